"""People's ages in any turn of phrase, in words or digits.

::

    find_ages(text)
    # "How old are you?\\nP07: Forty-seven."        -> "Forty-seven" (an answer to an age question)
    # "P07: God, 44. Don't remind me." (same)       -> "44"; "Oh, thirty-one" likewise
    # "Thirty-one last month", "Fifty-two in March" -> the number, as an answer or after age talk
    # "are you 40 yet?", "you're not fifty", "I'm nearly sixty"
    # "I hit fifty", "coming up to forty", "pushing sixty", "at the age of 45"
    # "a woman of eighty-two", "qualified at twenty-four", "sixty-one last birthday"
    # "in my forties", "in her late fifties"       -> "forties", "fifties"
    # "Sixty-ish, maybe.", "Mid-fifties." (answers), "getting on for forty", "shy of fifty"
    # "How old's your eldest?" / "And your little boy?" -> "Going on six", "Rising five"
    #   (also after a caption file's cue lines: "00:04:35.308 --> 00:05:07.673\nspk_1: six")
    # "a sixty-eight-year-old man", "sixty-seven years old", "my son was five",
    # "I was nineteen when I left, and thirty when I came back" -> both; "twelve and seven months"
    # "my grandad's a hundred and two", "the big four-oh", "you'd have been, what, thirty?"

Decades ("in my forties") are redacted: with grade, specialty and place they narrow a person
down, and the study's policy treats every age as identifying. Group talk is not an age ("we
were all thirty-somethings", "in our twenties" is left: "our" names nobody).

Hard negatives: counts and durations in words or digits ("forty patients", "thirty minutes",
"seventy-two hours", "six weeks" as the answer to "how long"), times of day ("at half seven",
"started at nine"), and numbers answering other questions ("How many? -- Forty, maybe fifty"; "How many years did
you train? -- Twelve."), heights and weights ("five foot two", "three stone"), the age of a
thing ("a ten-year-old car": after "X-year-old" only a person or no noun counts).
The span is the number only, as in the corpus conventions.
"""
from __future__ import annotations

import re

from vault.anonymise.calendar_words import DAY_ORDINALS_ALONE, MONTHS, alternation, lowered
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.calendars import loosened_lines, lower, word_starts, words_of
from vault.anonymise.spoken.dates import _ORD_UNIT
from vault.anonymise.spoken.numbers import NumberRun, number_runs
from vault.anonymise.spoken.turns import CAPTION_CUE, LABEL_WORDS, TIMED_SPEAKER_LINE
from vault.anonymise.wordlists import CHILD_WORDS, english_words, words_pattern

__all__ = ["AGE_TALK", "COUNT_QUESTION", "PEOPLE_AFTER_AGE", "age_said_at", "find_ages",
           "thing_asked_before"]

DETECTOR = "spoken_age"

#: the units, "fower" as Scots says four
_UNIT = r"(?:one|two|three|four|fower|five|six|seven|eight|nine)"
#: the tens in words, and the teens an adult's age may be
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEENS = r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
#: 1 to 99 in words, "twenty-one" and "twenty one" included
_BELOW_HUNDRED = (_TENS + r"(?:[- \t]" + _UNIT + r")?|ten|eleven|twelve|" + _TEENS + r"|"
                  + _UNIT)
#: "a hundred", "a hundred and two", "one hundred and forty-one"; a bare "a hundred" only
#: when no number word follows its "and"
_HUNDRED = (r"(?:a|one)[ \t]+hundred(?:(?:[ \t]+and[ \t]+(?:" + _BELOW_HUNDRED + r"))|(?![ \t]+and"
            r"[ \t]+(?:" + _TENS + r"|ten|eleven|twelve|" + _TEENS + r"|" + _UNIT + r")\b))")
#: the old way of saying a compound, the unit before the tens: "one and twenty", "five-and-twenty"
_UNIT_AND_TENS = _UNIT + r"[- \t]and[- \t]" + _TENS
_AGE_WORDS = (r"(?i:" + _UNIT_AND_TENS + r"|" + _TENS + r"(?:[- \t]" + _UNIT + r")?|ten|eleven|twelve|"
              + _TEENS + r"|" + _HUNDRED + r"|" + _UNIT + r")")
_ADULT_WORDS = (r"(?i:" + _UNIT_AND_TENS + r"|" + _TENS + r"(?:[- \t]" + _UNIT + r")?|" + _TEENS + r"|"
                + _HUNDRED + r")")
_PLURAL_NOT_UNIT = r"(?:was|is|has|this|yes|as|does|always|perhaps|plus|less|unless|thus|us|his|hers)\b"
#: what follows a number that makes it a count, a duration or a time, not an age
_NOT_AGE = (r"(?![ \t-]*(?:%|per[ \t]?cent|percent|minutes?|mins?|hours?|hrs?|seconds?|secs?|"
            r"days?|nights?|weeks?|months?|years?(?![ \t-]+old)|decades?|miles?|km|k\b|pounds?|"
            r"quid|grand|p\b|pence|times|foot|feet|stone|st\b|kilos?|kgs?|lbs?|cm|inch(?:es)?|"
            r"o['’]clock|am\b|pm\b|a\.m|p\.m|out[ \t]+of|past\b|"
            # "ten to nine", "twenty to." are times; "the wrong side of fifty to be doing
            # nights", "too old at sixty to retrain" are not
            r"to(?=[ \t]*(?:[,.;:!?)—–]|$)|[ \t]+(?:\d|(?i:one|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven|twelve|midnight|noon|the[ \t]+hour)\b))|"
            r"of[ \t]+(?:us|them|the|my|our|you|those|these|which)\b|thousand|hundred|million|"
            r"[-–][ \t]*(?:something|odd|ish)|[ \t]*[:.]\d|"
            r"(?!" + _PLURAL_NOT_UNIT + r")[a-z]+s\b))")
#: an age given roughly: "Sixty-ish", "thirty-odd", "forty-something", "50-ish" -- only where the
#: clause ends or a person's words follow, so "thirty-odd referrals" stays a count
_APPROX = (r"(?:(?i:" + _TENS + r")|[2-9]0)[- \t]?(?i:odd|ish|something|plus)(?![\w-])"
           r"(?=[ \t]*(?:[,.;:!?)\]—–]|$)|[ \t]+(?i:now|by[ \t]+now|maybe|perhaps|probably|or[ \t]+so|"
           r"I|he|she|at[ \t]+(?:a[ \t]+guess|most|least)|when|and|but|years?[ \t]+old)\b)")
#: an age with its hedge said after a pause: "Thirty-six - ish.", "Forty-two -- ish, maybe" (the
#: number and the hedge: a count said so, "forty - ish patients", is no age)
_SPACED_HEDGE = (r"(?:(?:1[01]\d|[1-9]?\d)|" + _AGE_WORDS + r")[ \t]+[-–—]+[ \t]*(?i:odd|ish)(?![\w-])"
                 r"(?=[ \t]*(?:[,.;:!?)\]—–]|$)|[ \t]+(?i:now|maybe|perhaps|probably|I|he|she)\b)")
_AGE = (r"(?:(?:(?:1[01]\d|[1-9]?\d)(?![\d:.,]\d)|" + _AGE_WORDS
        + r")(?![\w-])" + _NOT_AGE + r"|" + _APPROX + r")")
#: an answer's age: the same, or a hedge said after a pause
_ANSWERED = r"(?:" + _SPACED_HEDGE + r"|" + _AGE + r")"
_ADULT = (r"(?:(?:(?:1[01]\d|[1-9]\d)(?![\d:.,]\d)|" + _ADULT_WORDS
          + r")(?![\w-])" + _NOT_AGE + r"|" + _APPROX + r")")
_ADVERB = (r"(?:(?i:only|just|nearly|almost|not|even|about|around|barely|over|under|still|already|"
           r"now|turning|a[ \t]+fit|practically|well[ \t]+over|getting[ \t]+on[ \t]+for|actually|"
           r"currently|basically|really|literally|probably|roughly|approximately|at[ \t]+least|"
           # "all of twenty-five", "no more than thirty", "a year off forty", "two years shy of fifty"
           r"all[ \t]+of|(?:no[ \t]+)?(?:more|less|older|younger)[ \t]+than|"
           r"(?:a|one|two|three|four|five|a[ \t]+few|a[ \t]+couple[ \t]+of)[ \t]+(?:years?|months?)"
           r"[ \t]+(?:off|short[ \t]+of|shy[ \t]+of|from|away[ \t]+from|past|over))"
           r"[ \t]+)")

#: what a speaker says between "I'm"/"she's" and the age: hesitations and exclamations
#: ("she's, God, ninety", "I was, um, twenty-nine", "he'd be, what, sixty?")
_FILLER = (r"(?i:um|er|erm|uh|what|like|sort[ \t]+of|kind[ \t]+of|you[ \t]+know|God|gosh|blimey|"
           r"crikey|lord|heavens|oh|ooh|well|honestly|bless[ \t]+(?:her|him)|"
           r"believe[ \t]+it[ \t]+or[ \t]+not|"
           # a hedge or a discourse marker set off by a pause: "he's literally, four", "she was,
           # I mean, two", "I was honest, nineteen", "she's, let's say, sixty"
           r"I[ \t]+mean|honest|to[ \t]+be[ \t]+honest|if[ \t]+I['’]m[ \t]+honest|literally|basically|"
           r"actually|let['’]s[ \t]+say|say|mind[ \t]+you|to[ \t]+be[ \t]+fair|in[ \t]+fact)")

#: the people an "X-year-old" is said of (the learned age finder reads them too)
PEOPLE_AFTER_AGE: frozenset[str] = frozenset({
    "man", "men", "woman", "women", "boy", "girl", "lad", "lass", "kid", "child", "baby", "son",
    "daughter", "patient", "gentleman", "lady", "chap", "bloke", "fella", "guy", "female", "male",
    "mum", "mother", "dad", "father", "grandad", "grandmother", "nan", "doctor", "trainee",
    "registrar", "consultant", "nurse", "student"})
#: after "X-year-old": a person, or no noun at all ("a car" is no one's age)
_PERSON_AFTER = (r"(?=[ \t]*(?:[^\w \t]|$|(?i:" + words_pattern(PEOPLE_AFTER_AGE) + r"|"
                 r"and|who|with|from|in|on|at|when|was|is|had|has|by|but|so|like|"
                 r"I|he|she|they|we|you|"
                 # a verb after it: "my seven-year-old keeps me up", "the ten-year-old said"
                 r"does|did|can|could|will|would|won['’]t|doesn['’]t|didn['’]t|can['’]t|keeps|kept|"
                 r"loves|loved|wants|wanted|goes|went|says|said|thinks|thought|still|just|never|"
                 r"always|got|gets|needs|needed|started|starts|came|comes|asked|asks|told|tells)\b))")

#: a child's age too after "aged" / "at the age of": "my son, aged five", "at the age of nine"
_AGED = re.compile(r"(?=[Aa])(?i:\baged|\bage[ \t]+of)[ \t]+(?:(?i:only|just|about|around)[ \t]+)?"
                   r"(?P<age>" + _AGE + r")")
#: a score, not a birthday: "the big 3-0 win", "a big five-nil victory"
_NOT_A_SCORE = r"(?![ \t]+(?i:win|victory|defeat|lead|loss|thrashing|drubbing|scoreline)\b)"
#: a round birthday said by its digits: "four-oh", "six oh", "5-0", "3-oh" (not a score: "5-0 up",
#: "3-0 by half time", "4-0 at the break")
_ROUND_BIRTHDAY = (r"(?:(?i:(?:three|four|five|six|seven|eight|nine)[- \t]?(?:oh|o|zero|nought))|"
                   r"[3-9][- ]?(?:0|(?i:oh|o)))(?![\w-])(?![ \t]+(?i:up|down|(?:by|at|before|after)[ \t]+"
                   r"(?:half|full|the[ \t]+(?:break|interval|end))|in[ \t]+the[ \t]+(?:first|second|end))\b)"
                   + _NOT_A_SCORE)
#: "the big four-oh": a round birthday
_BIG = re.compile(r"(?=[Bb])(?i:\bbig)[ \t]+(?P<age>(?i:(?:three|four|five|six|seven|eight|nine)"
                  r"[- \t]?(?:oh|o|zero|nought)|(?:thirty|forty|fifty|sixty|seventy|eighty|ninety))|"
                  r"[3-9][- ]?[0oO])(?![\w-])" + _NOT_AGE + _NOT_A_SCORE)

#: the people whose age is asked and told: family, and the people of working life ("my supervisor
#: must be seventy-odd")
_KIN_AND_WORK = (r"son|daughter|boy|girl|"
                 r"kid|child|brother|sister|mum|mam|mom|mummy|mother|dad|daddy|father|nan|nana|nanna|"
                 r"gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|husband|"
                 r"wife|partner|eldest|oldest|youngest|niece|nephew|grandson|granddaughter|"
                 r"stepson|stepdaughter|auntie|aunt|uncle|"
                 r"supervisor|boss|manager|mentor|trainer|tutor|consultant|colleague|registrar|"
                 r"neighbour|friend|landlord|landlady|predecessor|successor|trainee|supervisee")
#: anyone whose age may be asked about: those, and people named by what they are
#: a relative by marriage said with the relation: "father-in-law", "sister in law"
_IN_LAW = r"(?:[- \t]in[- \t]law)?"
#: a relative by a parent's marriage, or a generation further: "stepdad", "step-mum", "great-gran"
_STEP = r"(?:step[- ]?|great[- ]?)?"
_PERSON_NOUN = (r"(?i:(?:" + _STEP + r"(?:" + _KIN_AND_WORK + r")" + _IN_LAW + r"|one|ones|man|woman|lady|gentleman|"
                r"chap|bloke|fella|"
                r"lad|lass|baby|kids|children|twins|patient|doctor|nurse|student|parents|folks|"
                r"other[ \t]+half)(?:s|['’]s)?)\b")

#: what says the number after a life event's "at" is a clock time: "left school at ten past
#: three", "at nine in the morning", "at twelve sharp", "at nine this morning"
_NOT_A_CLOCK = (r"(?![ \t,]+(?i:past|thirty|fifteen|forty-five|sharp|on[ \t]+the[ \t]+dot|"
                r"in[ \t]+the[ \t]+(?:morning|evening|afternoon|night)|at[ \t]+night|"
                r"(?:this|that|the[ \t]+next|last|yesterday|tomorrow|on[ \t]+\w+)[ \t]+"
                r"(?:morning|evening|afternoon|night)|tonight|today|yesterday|tomorrow)\b)")
#: a country or a place left or reached: "here", "over", "to this country", "to Leeds", "from
#: Accra", "to the UK" -- a move said with where it went, not "came in"/"came back" (a clock's)
_WHERE_TO = (r"(?:here|over(?:[ \t]+here)?|across|to[ \t]+this[ \t]+country|"
             r"(?:over[ \t]+|back[ \t]+)?(?:to|from)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")
#: a life's events that befall a child as well as an adult, said with "at <age>": a move to
#: a country or a town, a parent lost, care, school begun or left, home left, a marriage
_CHILDHOOD_EVENT = (r"(?:moved|came|emigrated|relocated|immigrated|arrived)[ \t]+" + _WHERE_TO + r"|"
                    r"emigrated|immigrated|"
                    r"lost[ \t]+(?:my|our|his|her|their)[ \t]+(?:(?:mum|mam|mom|mother|dad|father|"
                    r"parents?|brother|sister|nan|gran|granny|grandad|grandma|grandpa|grandmother|"
                    r"grandfather|husband|wife|twin)\b)|"
                    r"(?:went|was[ \t]+(?:taken|put|placed)|were[ \t]+(?:taken|put|placed))[ \t]+into[ \t]+"
                    r"(?:foster[ \t]+)?care|was[ \t]+(?:adopted|fostered)|"
                    r"(?:started|began|left|finished)[ \t]+(?:school|primary|nursery)|left[ \t]+home|"
                    r"got[ \t]+married")


_PATTERNS: list[tuple[re.Pattern[str], float]] = [
    # are you 40 yet? / you're not fifty / is she sixty?
    (re.compile(r"(?=[AaWwYyTtIiHhSs])(?i:\b(?:are|were)[ \t]+(?:you|they|we)|\b(?:you|they|we)['’]re|\byou[ \t]+are|"
                r"\bam[ \t]+I|\b(?:is|was)[ \t]+(?:he|she)|\b(?:he|she)['’]s|"
                r"\b(?:you|he|she|they)[ \t]+(?:must|might|could|would)[ \t]+(?:be|have[ \t]+been))"
                r"(?:,?[ \t]+" + _FILLER + r"[.!]?)*,?"
                r"[ \t]+" + _ADVERB + r"*(?P<age>" + _ADULT + r")"), 0.6),
    # I'm nearly sixty / I was, um, twenty-nine / she was not even forty
    (re.compile(r"(?=[IiHhSsYyTtWw])(?i:\bI['’]m|\bI[ \t]+am|\bI[ \t]+was|\b(?:he|she)[ \t]+(?:was|is)|"
                r"\b(?:I|he|she|you|they|we)(?:['’]d|[ \t]+would|[ \t]+will|['’]ll|[ \t]+(?:must|might|"
                r"may|could|can['’]t|cannot|couldn['’]t|should))[ \t]+(?:have[ \t]+been|be))"
                r"(?:,?[ \t]+" + _FILLER + r"[.!]?)*,?"
                r"[ \t]+" + _ADVERB
                + r"*(?:(?i:even)[ \t]+)?(?P<age>" + _AGE + r")"), 0.7),
    # I hit fifty / coming up to forty / at the age of 45 / turned fifty
    (re.compile(r"(?=[TtHhRrCcPpAaKkWwOoLlMmGgFfNnSsJj])(?i:\b(?:turned|turning|turns|turn|hit|hits|hitting|reached|reaching|reach|"
                r"coming[ \t]+up(?:[ \t]+(?:to|for|on))?|coming[ \t]+on|nudging|touching|closing[ \t]+in[ \t]+on|"
                r"pushing|approaching|knocking[ \t]+on|getting[ \t]+on[ \t]+for|"
                r"(?:just[ \t]+)?shy[ \t]+of|"
                r"going[ \t]+on|heading[ \t]+for|(?:the[ \t]+)?(?:far|near)[ \t]+side[ \t]+of|"
                r"lived[ \t]+(?:to|until|till)|live[ \t]+to|made[ \t]+it[ \t]+to|"
                r"(?:the[ \t]+)?(?:wrong|right|other)"
                r"[ \t]+side[ \t]+of|age[ \t]+of|aged?))[ \t]+(?:(?i:only|just|barely)[ \t]+)?"
                r"(?P<age>" + _ADULT + r")"), 0.75),
    # you don't look fifty / she looks about seventy / I've just gone forty / he's not long gone sixty
    (re.compile(r"(?=[IiYyHhSsTtWw])(?i:\b(?:I|you|he|she|they|we)(?:[ \t]+(?:honestly|really|"
                r"certainly|just))?(?:[ \t]+(?:don['’]t|doesn['’]t|"
                r"didn['’]t|do|does|did|never|still))?[ \t]+(?:look|looks|looked)|"
                r"\b(?:I['’]ve|I[ \t]+have|(?:he|she)['’]s|(?:he|she)[ \t]+has)[ \t]+(?:(?:just|only[ \t]+"
                r"just|not[ \t]+long|recently)[ \t]+)?gone)"
                r"[ \t]+" + _ADVERB + r"*(?:(?i:a[ \t]+day[ \t]+over|like)[ \t]+)?(?P<age>" + _ADULT + r")"),
     0.65),
    # a child's age asked: "Is she seven?", "Was he nine, then?"
    (re.compile(r"(?=[IiWw])(?i:\b(?:is|was)[ \t]+(?:he|she)[ \t]+(?:(?:only|just|about|nearly)[ \t]+)?)"
                r"(?P<age>" + _AGE + r")(?=[ \t]*(?:\?|,[ \t]*(?i:then|now|yet)\b[^\n]{0,20}\?))"),
     0.6),

    (re.compile(r"(?=[TtIiWw'’])(?i:\b(?:turned|turns|turning|is|was|['’]s)[ \t]+(?:only[ \t]+|just[ \t]+)?)"
                r"(?P<age>(?i:one))(?=[ \t]*[,.;!?]|[ \t]+(?i:and|while|when|now|next|last|this|"
                r"today|tomorrow|yesterday)\b)"), 0.6),
    # At forty-two, I was the oldest on the scheme
    (re.compile(r"(?:^|(?<=[.!?:][ \t])|(?<=[.!?:]))[ \t]*(?:(?:And|But|So|Well|Um|Er),?[ \t]+)?"
                r"(?i:at)[ \t]+(?P<age>" + _ADULT + r")(?=,)", re.MULTILINE), 0.65),
    # the kids are nine and eleven
    (re.compile(r"(?=[KkCcBbGgTtSsDd])(?i:\b(?:kids|children|boys|girls|twins|sons|daughters|"
                r"grandkids|grandchildren)[ \t]+(?:are|were)[ \t]+(?:now[ \t]+|only[ \t]+|just[ \t]+)?)"
                r"(?P<age>" + _AGE + r")"), 0.7),
    # a woman of eighty-two / a lad of nineteen
    (re.compile(r"(?=[AaTt])(?i:\b(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+)?(?:man|woman|lad|lass|boy|girl|gentleman|"
                r"lady|chap|bloke|fella|fellow|patient|kid|child|baby|son|daughter)[ \t]+of)[ \t]+"
                r"(?P<age>" + _AGE + r")"), 0.75),
    # qualified at twenty-four / died at 72 (an adult's life events)
    (re.compile(r"(?=[QqRrGgDdMmEePpLlWwBbHhSs])(?i:\b(?:qualified|retired|graduated|died|married|wed|passed[ \t]+away|"
                r"went[ \t]+to[ \t]+(?:med|medical)[ \t]+school|"
                r"became[ \t]+(?:a|an)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?|"
                r"had[ \t]+(?:my|our|her|his|their)[ \t]+(?:first|son|daughter|kids?|children|baby|"
                r"eldest|youngest|twins)|"
                r"(?:started|began)[ \t]+(?:medicine|med[ \t]+school|medical[ \t]+school|training|"
                r"university|uni|nursing))[ \t]+(?:at|aged))"
                r"[ \t]+(?P<age>" + _ADULT + r")" + _NOT_A_CLOCK), 0.65),
    # moved here at twelve / lost my dad at nine / went into care at four (a life's events that
    # befall a child too, so any age: a clock time goes with none of these)
    (re.compile(r"(?=[MmCcEeRrLlWwBbPpTtSsAaFfGg])(?i:\b(?:" + _CHILDHOOD_EVENT + r")(?:,?[ \t]+" + _FILLER
                + r"\.?)*,?[ \t]+(?:at|aged))"
                r"[ \t]+(?P<age>" + _AGE + r")" + _NOT_A_CLOCK), 0.65),
    # my son was five / my grandad's a hundred and two / her eldest is nineteen
    (re.compile(r"(?=[MmHhTtOoYy])(?i:\b(?:my|his|her|their|our|your)[ \t]+(?:(?:eldest|oldest|youngest|"
                r"little|baby|big|older|younger|middle|wee|late)[ \t]+)?(?:" + _KIN_AND_WORK + r")" + _IN_LAW +
                r"(?:['’]s|['’]ll[ \t]+be|['’]d[ \t]+be|[ \t]+(?:is|was|turned|turns|will[ \t]+be|"
                r"would[ \t]+be|has[ \t]+just[ \t]+turned|just[ \t]+turned|"
                r"(?:must|might|could|can['’]t|would)[ \t]+(?:be|have[ \t]+been))))[ \t]+"
                r"(?:(?i:only|just|nearly|almost|about|barely|now|still)[ \t]+)?(?P<age>" + _AGE + r")"
                r"(?=[ \t]*(?:[,.;:!?)\]—–]|$|-year|(?i:and|when|now|then|at|in|on|last|next|this|"
                r"but|so|or|going|nearly|yet|already|years?|with|if|because|I|he|she|we|they)\b))",
                re.MULTILINE), 0.7),
    # a child's age too after "aged" / "at the age of" (run only when "age" is in the text)
    (_AGED, 0.75),
    # the big four-oh / the big 5-0 / the big fifty (run only when "big" is in the text)
    (_BIG, 0.7),
    # I turned four-oh / she hit 5-0 (a round birthday by its digits)
    # (a person's: "the score turned 3-0", "the game hit 4-0" are a match's)
    (re.compile(r"(?=[TtHhRr])(?<!score[ \t])(?<!game[ \t])(?<!match[ \t])(?<!it[ \t])(?<!lead[ \t])"
                r"(?<!tie[ \t])(?i:\b(?:turned|turning|turns|turn|hit|hits|hitting|reached|reaching))"
                r"[ \t]+(?P<age>" + _ROUND_BIRTHDAY + r")"), 0.7),
    # Old Dr Pendlebury would be a hundred and one now / Gran would have been ninety today: a
    # named person's age had they lived, or by now
    (re.compile(r"(?<![\w'’-])(?!(?:It|That|This|There|What|Which|Who|He|She|They|We|You|I)\b)"
                r"(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’-]+(?:[ \t]+(?i:would|will|must)|['’]d)[ \t]+"
                r"(?i:be|have[ \t]+been)[ \t]+(?P<age>" + _AGE + r")(?=[ \t,]+(?i:now|by[ \t]+now|today|"
                r"this[ \t]+year|if[ \t]+(?:he|she)[ \t]+(?:was|were|had))\b)"), 0.65),
    # So twenty-eight at graduation. (an age read back with the event it was had at)
    (re.compile(r"(?:^|(?<=[.!?:][ \t])|(?<=[.!?:]))[ \t]*(?:(?i:so|and|oh|right)[,]?[ \t]+)?"
                r"(?P<age>" + _ADULT + r")[ \t]+(?i:at|on)[ \t]+(?i:graduation|qualification|qualifying|"
                r"marriage|retirement|diagnosis|death)(?=[ \t]*(?:[,.;!?]|$))", re.MULTILINE), 0.65),
    # in my forties / in her late fifties
    (re.compile(r"(?=[IiRrHhEeOoDdTtBbAaFf])(?i:\b(?:in|into|reach(?:ed|ing)?|hit|hitting|entering|of|"
                r"during|through|throughout|by|at|from|for)[ \t]+(?:my|his|her|their|"
                r"your)[ \t]+(?:(?:early|mid|late)[- \t]?)?)(?P<age>(?i:twenties|thirties|forties|"
                r"fifties|sixties|seventies|eighties|nineties|[2-9]0['’]?s)\b)"), 0.7),
]

#: "X years old", "X-year-old": found from "old" backwards (few words end so), the age just
#: before "years"
_YEARS_BEFORE_OLD = re.compile(r"(?<![\w'’])(?i:years?|yrs?)[ \t-]*\Z")
_AGE_BEFORE_YEARS = re.compile(r"(?<![\w'’-])(?P<age>(?:1[01]\d|[1-9]?\d)|" + _AGE_WORDS
                               + r")(?:[- \t](?i:odd|something|ish))?[ \t-]+\Z")
_OLD_AFTER = re.compile(r"(?i:old)(?![\w'’-])" + _PERSON_AFTER, re.MULTILINE)


def _years_old(text: str) -> list[Finding]:
    """"a forty-five-year-old", "sixty-seven years old", "45 yrs old", "a ninety four-year-old
    man"; not "a ten-year-old car" (after "X-year-old" only a person or no noun counts)."""
    findings = []
    pos = text.find("old")
    while pos != -1:
        if _OLD_AFTER.match(text, pos):
            years = _YEARS_BEFORE_OLD.search(text, max(0, pos - 10), pos)
            if years is not None:
                age = _AGE_BEFORE_YEARS.search(text, max(0, years.start() - 40), years.start())
                if age is not None:
                    findings.append(Finding(age.start("age"), age.end("age"), "AGE", 0.85,
                                            DETECTOR))
        pos = text.find("old", pos + 3)
    return findings


_AGE_QUESTION = re.compile(r"(?i)\bhow[ \t]+old\b|\bwhat[ \t]+age\b|\byour[ \t]+age\b|"
                           # whether someone was young or old: "Was the detainee young?", "Is
                           # your mum quite elderly now?" (a thing asked so is not: _THING_ASKED)
                           r"\b(?:is|was|are|were)[ \t]+(?:he|she|you|(?:the|your|his|her|their)"
                           r"(?:[ \t]+(?!(?:the|a|an|this|that)\b)[a-z'’-]+){1,2})[ \t]+(?:(?:very|quite|"
                           r"really|still|fairly|pretty)[ \t]+)?(?:young|old|elderly|older|younger)\b"
                           # not a choice between things: "Is the postcode the old one or the new?"
                           r"(?![ \t]+(?:one|ones|or)\b)(?=[^\n?.!]{0,20}\?)|"
                           # someone else's age asked, its mark close by: "And her age, roughly?"
                           r"\b(?:his|her|their)[ \t]+age\b(?=[^\n?.!]{0,30}\?)|"
                           r"\bage[ \t]+(?:bracket|group)\b|"
                           # a guess to be put right: "You must be about forty-five?", "You'd
                           # have been, what, thirty?"
                           r"\b(?:you|he|she|they)(?:['’]re|['’]s|['’]d[ \t]+(?:be|have[ \t]+been)|"
                           r"[ \t]+(?:must|might|could|would|will)[ \t]+(?:be|have[ \t]+been))"
                           r"(?:,?[ \t]+(?:about|around|roughly|nearly|only|what|um|er)\.?)*,?[ \t]+"
                           r"(?:" + _TENS + r"(?:[- \t]" + _UNIT + r")?|" + _TEENS + r")"
                           r"[ \t]*(?:,[ \t]*"
                           r"(?:then|right|yeah|surely|I[ \t]+guess))?(?=[ \t]*\?)")
#: between the question and the answer's first word: a line break, a speaker label, tags
#: (a caption file's cue lines too, and labels such as "spk_1:", "participant (captions):")
#: a turn's opening tag and speaker label, each optional ("[laughs] P02:", "spk_1:")
_LABELS = r"(?:\[[^\]\n]{0,40}\]:?[ \t]*)?(?:" + LABEL_WORDS + r":[ \t]*)?"
#: what may stand between a turn's label and its words: a transcriber's time mark after the
#: question ("#00:16:04-7#", as f4 writes them), a caption's mark of a new speaker (">>", "-"),
#: a tag in square or round brackets ("[lag]", "(overlapping)", "(jumping in)")
_TIME_MARK = r"(?:[ \t]*#\d{1,2}:\d{2}(?::\d{2})?(?:[-.,]\d{1,3})?#)?"
_ANSWER_START = re.compile(_TIME_MARK + r"[ \t]*(?:\r?\n)*(?:" + CAPTION_CUE + r"|" + TIMED_SPEAKER_LINE
                           + r")?[ \t]*(?:(?:>>|[-–])[ \t]+)?" + _LABELS
                           + r"(?:[\[(][^\])\n]{0,40}[\])][ \t]*)?")
_INTERJECTION = (r"(?:"
                 # an interpreter relaying the answer (before "She is"): "She is saying
                 # twenty-eight", "he says sixty", "he is telling me thirty"
                 r"(?:he|she|they)(?:['’]s|['’]re|[ \t]+is|[ \t]+are)?[ \t]+(?:saying|says|said|"
                 r"telling[ \t]+(?:me|us)|tells[ \t]+(?:me|us)|told[ \t]+(?:me|us))|"
                 r"(?:honestly|frankly|roughly)[ \t]+speaking|God|Oh|Ooh|Ah|Ahh|Er|Erm|Um|Umm|Uh|Hmm|Mm|Well|Blimey|Gosh|Crikey|Christ|Jeez|"
                 r"Lord|Heavens|Goodness|Ha|Haha|Yeah|Yes|Yep|Sure|Right|So|Oof|Eek|Honestly|Okay|OK|Me|"
                 r"Oh[ \t]+god|Oh[ \t]+gosh|Dear[ \t]+me|Bloody[ \t]+hell|I['’]m|I[ \t]+am|I[ \t]+was|"
                 r"He['’]s|She['’]s|He[ \t]+was|She[ \t]+was|He[ \t]+is|She[ \t]+is|They['’]re|"
                 r"It['’]s|just|nearly|almost|about|only|around|roughly|coming[ \t]+up[ \t]+to|"
                 r"pushing|turned|turning|I['’]ll[ \t]+be|[Aa]ged?|"
                 # how far along the way to an age: "Going on six", "Getting on for forty"
                 r"going[ \t]+on(?:[ \t]+for)?|getting[ \t]+on[ \t]+for|knocking[ \t]+on|"
                 r"heading[ \t]+for|rising|gone|past|just[ \t]+gone|well[ \t]+over|over|"
                 r"(?:He|She|They|We|You)['’](?:ll|d)[ \t]+be|We['’]re|You['’]re|"
                 # a hedge on the answer: "I think forty-three", "I'd say seventy", "Probably
                 # sixty", "Must be eighty-odd by now", "Barely twenty", "I don't know, fifty?"
                 r"I[ \t]+(?:think|guess|reckon|believe|suppose)|I['’]d[ \t]+(?:say|guess|think)|"
                 r"probably|possibly|maybe|perhaps|must[ \t]+be|barely|only[ \t]+just|"
                 r"I[ \t]+(?:don['’]t|do[ \t]+not)[ \t]+know|dunno|not[ \t]+sure|"
                 r"let[ \t]+me[ \t]+think|good[ \t]+question|actually|"
                 # discourse markers that open a reply: "Ach, fifty-odd", "Eh, listen, thirty-one",
                 # "Naw, but listen, twenty-nine", "Dead right, seventy-two", "Honest to God, no"
                 r"ach|och|aye|eh|naw|nah|no|but|listen|see|look|sorry|mind|y['’]know|"
                 r"dead[ \t]+right|honest[ \t]+to[ \t]+God|I[ \t]+mean|to[ \t]+be[ \t]+honest|"
                 # the people the answer is about, then their "be": "They were sixteen and
                 # eight", "Most are sixty-six, a few younger"
                 r"(?:they|we|most|both|all|the[ \t]+kids|the[ \t]+children|the[ \t]+twins)"
                 r"[ \t]+(?:are|were)|mostly)")
#: any one word said as a reply's opener before a comma ("Taip, just gone twenty-five", "Wallah,
#: thirty-five", "Mebbe, just gone thirty"): not a number or a decade, which would be the answer
_OPENER = (r"(?!" + _AGE_WORDS + r"\b|(?i:[a-z]+ties|" + alternation(lowered(MONTHS)) + r")\b)"
           r"[^\W\d_][\w'’]{1,11}(?:[ \t]+(?!" + _AGE_WORDS + r"\b)[^\W\d_][\w'’]{1,11})?,[ \t]+")
_ANSWER_LEAD = re.compile(r"(?:(?i:" + _INTERJECTION + r")(?:[ \t]*[,.!?…]+)*[ \t]+|" + _OPENER + r")")
#: a decade answering an age question: "Mid-fifties.", "Late forties, I'd guess."
_DECADE_ANSWER = (r"(?:(?i:early|mid|late)[- \t]?)?(?i:twenties|thirties|forties|fifties|sixties|"
                  r"seventies|eighties|nineties)\b")
#: a head count said straight after a reply's number, no comma between: "Twenty-five in the
#: team", "Twelve on the rota", "Forty in our cohort" (a group of people, not a person's age;
#: "Nineteen, in the army" or "Nineteen in the army" answer an age)
_COUNTED_IN_A_GROUP = (r"(?![ \t]+(?i:in|on|at)[ \t]+(?i:the|my|our|their|his|her|that|this|each|every|a)"
                       r"[ \t]+(?i:team|teams|group|groups|cohort|intake|department|dept|practice|"
                       r"unit|rota|list|caseload|section|squad|crew|committee|panel|office)\b)")
_ANSWER_AGE = re.compile(r"(?<!\d:)(?P<age>" + _ANSWERED + r"|" + _DECADE_ANSWER + r")" + _COUNTED_IN_A_GROUP)
#: an answer that says its unit: "64 years", "Forty-one years old." (the line ends after it)
_ANSWER_YEARS = re.compile(r"(?P<age>(?:1[01]\d|[1-9]?\d)|" + _AGE_WORDS + r")[ \t]+(?i:years?|yrs?)"
                           r"(?:[ \t]+(?i:old|of[ \t]+age|young))?(?=[ \t]*[.!]?[ \t]*$)", re.MULTILINE)
AGE_CHAIN = re.compile(r"[ \t]*(?:[,.?!…—–-]+[ \t]*)?(?:(?i:no|or|and|going[ \t]+on|well|sorry|actually|"
                    r"um|er|erm|uh|I[ \t]+mean|nearly|almost|or[ \t]+maybe|maybe|yeah|yes|"
                    # a self-correction: "Twenty-two? No, I tell a lie, thirty-one."
                    r"I[ \t]+tell[ \t]+a[ \t]+lie|I[ \t]+lie|wait|hang[ \t]+on|hold[ \t]+on|"
                    r"scratch[ \t]+that|let[ \t]+me[ \t]+think|come[ \t]+to[ \t]+think[ \t]+of[ \t]+it|"
                    r"rather|make[ \t]+that|correction)"
                    r"[,.]?[ \t]+(?:[—–-]+[ \t]+)?)*(?P<age>" + _AGE + r")")
#: an age said after an interjection or with "last month" when ages are being talked about:
#: checked around each number the parser found, not scanned for
_LOOSE_BEFORE = re.compile(r"(?:[.!?:\]\n])[ \t]*(?:(?:God|Oh|Gosh|Blimey|Christ|Crikey|Ooh|Jeez|Lord|"
                           r"Well|Er|Erm|Um),?[ \t]+)?\Z")
_LOOSE_AFTER = re.compile(r"[ \t]*[.!?]|[ \t]*,?[ \t]+(?i:last|next|this|in|now|already|going|nearly|"
                          r"almost|and[ \t]+a[ \t]+half|come|on)\b")
_NOT_AGE_AFTER = re.compile(_NOT_AGE + _COUNTED_IN_A_GROUP)
_BIRTHDAY_AFTER = re.compile(r"[ \t]+(?i:last|next)[ \t]+birthday\b|[ \t-]+(?i:years?)[ \t]+of[ \t]+"
                             r"age\b|[ \t-]+(?i:years?)[ \t]+young\b|[ \t]+(?i:not[ \t]+out)\b"
                             # a clinical note's "Pt 58 y/o", "72yo", "6 y.o."
                             r"|[ \t]?(?i:y/o|y\.o\.|yo)(?![\w/])")
#: a life counted in years owned, as some speakers of other languages say it: "I have forty
#: years.", "he had eighty-four years and still ..." (not "I have twenty years of experience")
_HAVE_YEARS = re.compile(r"(?=[IiHhSsMm])(?i:\b(?:I|he|she|my[ \t]+\w+)[ \t]+(?:have|has|had)"
                         r")[ \t]+(?P<age>(?:1[01]\d|[2-9]\d)|" + _ADULT_WORDS + r")[ \t]+(?i:years)"
                         r"(?=[ \t]*[,.;!?]|[ \t]*$|[ \t]+(?i:and[ \t]+(?:still|yet)|now|already)\b)",
                         re.MULTILINE)
#: a person's age named and then said: "my age, forty-four", "her age is sixty-two"
_MY_AGE = re.compile(r"(?=[MmHhYyTtOo])(?i:\b(?:my|his|her|your|their|our)[ \t]+age(?:[ \t]+(?:is|was)|['’]s)?"
                     r")[,:]?[ \t]+(?P<age>" + _AGE + r")")
#: "Seven and a half": the half belongs to the age
_HALF_AFTER = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b")
#: the words of a question that asks for a count, a duration or a time (the learned age finder
#: reads them too)
COUNT_QUESTION = r"how[ \t]+(?:many|much|long|often|far)|what[ \t]+time"
#: such a question just before: its answer is no age
_OTHER_QUESTION = re.compile(r"(?i)\b(?:" + COUNT_QUESTION + r")\b[^?\n]{0,80}\?[^?]*\Z")
#: a word of age talk: after a question of another kind, it says an age is talked of again
AGE_TALK = re.compile(r"(?i)\b(?:old|older|younger|age|aged|birthday|born|turn|turned|turning)\b")


#: an age standing as its own phrase later in the answer's first line, after a remark
_LATER_IN_ANSWER = re.compile(r"[.!?,…][ \t]+(?:(?i:no|well|actually|honestly|seriously|okay|ok|fine|"
                              r"alright|really|um|er|erm)[,.]?[ \t]+)?"
                              # the people asked about, then their "be": "July twenty-eleven.
                              # They were four and nine."
                              r"(?:(?i:they|we|most|both|all)(?:[ \t]+(?:are|were)|['’]re)[ \t]+)?"
                              r"(?P<age>" + _AGE + r")"
                              r"(?=[ \t]*[.!?,…]|[ \t]*$|[ \t]+(?i:next|last|this|in|now|come)\b|"
                              r"[ \t]+(?i:and)[ \t]+" + _AGE + r"[ \t]*(?:[.!?,…]|$))",
                              re.MULTILINE)


#: a short question taking up the last one about someone else: "And your little boy?", "What
#: about your dad?", "And him?" -- an age question when the question before it was one
_FOLLOW_UP = re.compile(r"^[ \t]*" + _LABELS +
                        r"(?:(?i:so|okay|ok|right|and)[,.]?[ \t]+)?(?i:and|what[ \t]+about|how[ \t]+about)"
                        r"[ \t]+(?P<who>(?i:you|yourself|him|her|them|(?:your|his|her|their|the)(?:[ \t]+"
                        r"[A-Za-z'’-]+){0,2}[ \t]+" + _PERSON_NOUN + r"))"
                        r"(?:,?[ \t]+(?i:roughly|approximately|then|too|now|yourself|at[ \t]+the[ \t]+time))?"
                        r"[ \t]*(?P<mark>\?)", re.MULTILINE)
_FOLLOW_UP_REACH = 600
#: the things whose age is asked in talk of work and life, never a person: where people live
#: and work, the organisations, the systems, records and papers, vehicles, machines and kit, and
#: animals (a pet's age names no one). Anyone else after "the" is a person, whatever the word
#: ("How old's the bairn?", "the carer", "the resident", "the grandkids"): the people are too
#: many kinds to list, the things asked about few
_THING_NOUN = (r"(?i:(?:building|block|house|home|flat|bungalow|cottage|place|site|estate|premises|"
               r"property|church|chapel|school|college|hospital|ward|wing|unit|clinic|practice|"
               r"surgery|centre|center|office|station|library|bridge|road|roof|boiler|kitchen|"
               r"bathroom|extension|garden|park|tree|wall|floor|"
               r"business|company|firm|charity|organisation|organization|trust|department|service|"
               r"scheme|programme|program|project|study|trial|survey|contract|lease|"
               r"system|software|computer|server|network|database|data|dataset|record|file|note|"
               r"version|app|website|platform|policy|protocol|guidance|guideline|document|report|"
               r"letter|form|certificate|licence|license|photo|photograph|picture|video|recording|"
               r"car|van|bus|ambulance|vehicle|bike|motorbike|boat|train|fleet|engine|"
               r"machine|scanner|equipment|kit|device|phone|laptop|printer|monitor|pump|bed|"
               r"chair|wheelchair|hoist|fridge|furniture|thing|stuff|"
               r"dog|cat|horse|pony|pet|puppy|kitten)(?:s|es)?)(?![\w'’-])"
               # a thing naming who works or lives there is a person: "the school nurse", "the
               # practice manager", "the home's residents", "the van driver"
               r"(?![ \t]+(?:" + _PERSON_NOUN + r"|(?i:[a-z]+(?:er|or|ist|ent|ant|ian)s?)\b))")
#: "how old" asked of a thing: "How old is the building?", "how old's that system?", "How old
#: was it?", "How old's your car?" -- the noun after "the"/"that" or a possessive (within two
#: more words: "the old ward block", "your old car") is a thing; any other noun there is a
#: person asked about ("How old's the wee one?", "your son", "the patient")
_THING_ASKED = re.compile(r"(?i:how[ \t]+old(?:[ \t]+(?:is|was|are|were)|['’]s)|is|was|are|were)[ \t]+(?:(?i:it)\b|"
                          r"(?i:the|that|this|these|those|your|my|his|her|their|our|its)[ \t]+"
                          r"(?:[A-Za-z'’-]+[ \t]+){0,2}"
                          + _THING_NOUN + r")")
#: how far after an age question's mark a second question, a tag or a remark of the asker's may
#: run on the same line ("How old was she then? Do you remember?", "Could you type your age? I
#: didn't catch it."): the answer is the next line's
_TAG_REACH = 80


def _tag_after(text: str, mark: int) -> int | None:
    """Where the asker's line ends when more words follow the age question's mark on it
    ("How old was she then? Do you remember?", "How old were you, twenty-something? Or
    older?", "Your age? I didn't catch it."), or None."""
    line_end = text.find("\n", mark + 1, mark + 1 + _TAG_REACH)
    if line_end == -1 or not text[mark + 1:line_end].strip():
        return None
    return line_end


def _age_question_marks(text: str) -> list[int]:
    """Where each age question ends (its "?", or the end of its line when a caption left the
    mark out), follow-up questions included."""
    marks, tags = [], []
    for question in _AGE_QUESTION.finditer(text):
        if _THING_ASKED.match(text, question.start()):
            continue
        mark = text.find("?", question.end(), question.end() + 150)
        line_end = text.find("\n", question.end(), question.end() + 60)
        if line_end != -1 and (mark == -1 or mark > line_end):
            mark = line_end - 1  # a caption's question without its mark: "how old are you\n"
        marks.append(mark if mark != -1 else question.end() - 1)
        tag = _tag_after(text, marks[-1])
        if tag is not None:
            tags.append(text.rfind("?", 0, tag))
    if marks and "?" in text:
        asked = {*marks, *tags}
        for follow in _FOLLOW_UP.finditer(text, marks[0]):
            before = text.rfind("?", 0, follow.start())
            if before in asked and follow.start() - before <= _FOLLOW_UP_REACH:
                asked.add(follow.start("mark"))
                marks.append(follow.start("mark"))
    return marks


#: a turn opening with how far along the way to an age someone is, the number standing free:
#: "Going on six, and he runs the house.", "Rising five." -- an age when the question just
#: before asked about a person ("And your little boy?", "What about you?")
_GOING_ON_TURN = re.compile(
    r"^[ \t]*" + _LABELS +
    r"(?:(?i:um|umm|er|erm|uh|oh|well|so|ah|mm)[,.]?[ \t]+)?(?i:going[ \t]+on(?:[ \t]+for)?|"
    r"getting[ \t]+on[ \t]+for|rising|knocking[ \t]+on)[ \t]+(?P<age>" + _AGE + r")"
    r"(?=[ \t]*(?:[,.;!?…]|$)|[ \t]+(?i:and|but|now|next|this|come|in)\b)", re.MULTILINE)
_PERSON_ASKED = re.compile(
    r"(?i)(?:\b(?:and|about)[ \t]+(?:you|yourself|him|her|them)[ \t]*\?[ \t]*\Z|"
    r"\b(?:your|his|her|their|the)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:boy|girl|lad|lass|son|daughter|kid|kids|child|baby|eldest|youngest|oldest|middle|one|"
    r"mum|mam|mother|dad|father|nan|gran|granny|grandad|grandson|granddaughter|husband|wife|"
    r"partner|brother|sister|niece|nephew|stepson|stepdaughter)\b[^?\n]{0,40}\?[ \t]*\Z)")
_ASKED_REACH = 200


def _going_on_turns(text: str) -> list[Finding]:
    findings = []
    for m in _GOING_ON_TURN.finditer(text):
        mark = text.rfind("?", max(0, m.start() - _ASKED_REACH), m.start())
        if mark == -1 or "?" in text[mark + 1:m.start()]:
            continue
        line_start = text.rfind("\n", 0, mark) + 1
        if _PERSON_ASKED.search(text, line_start, mark + 1):
            findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.7, DETECTOR))
    return findings


_LINE_REST_EMPTY = re.compile(r"[ \t]*\r?\n")


def _answer_after(text: str, pos: int) -> tuple[re.Match[str] | None, float]:
    """The age answering a question whose mark ends just before ``pos``, and its score."""
    start = _ANSWER_START.match(text, pos)
    pos = start.end() if start else pos
    if start is not None and "[" in start.group() and _LINE_REST_EMPTY.match(text, pos):
        # a reply in another language, only its mark ("PT: [answers in Pashto]"): the
        # interpreter's turn after it relays the answer
        start = _ANSWER_START.match(text, pos)
        pos = start.end() if start else pos
    for _ in range(4):
        lead = _ANSWER_LEAD.match(text, pos)
        if lead is None:
            break
        pos = lead.end()
    age = _ANSWER_AGE.match(text, pos) or _ANSWER_YEARS.match(text, pos)
    if age is not None:
        return age, 0.8
    # "Old enough. No, forty-six." / "Don't ask. Thirty-nine."
    line_end = text.find("\n", pos)
    return _LATER_IN_ANSWER.search(text, pos, min(pos + 80, len(text) if line_end == -1
                                                  else line_end)), 0.7


#: a question before a follow-up that asked for a count, a time or a length, or (round 25)
#: which or what thing, the reply a number that names it ("Which bus does your mum take?",
#: "What's her shoe size?", "What did he score?"), not an age (:data:`_AGE_NAMED` says when)
_NUMBER_ASKED = re.compile(r"(?i)\b(?:" + COUNT_QUESTION + r"|years)\b|"
                           r"\b(?:what|which)\b(?![ \t]+about\b)")
#: a question that names an age, however it asks ("What age is she?", "What's your mum's age?")
_AGE_NAMED = re.compile(r"(?i)\b(?:old|age|aged)\b")
#: an adult's age opening a reply, the number standing free (see :func:`_follow_up_answers`)
_ADULT_REPLY = re.compile(r"(?P<age>" + _ADULT + r")(?=[ \t]*[,.!?…]|[ \t]+(?i:next|last|this|in|at|on|"
                          r"now)\b)")


def _follow_up_answers(text: str) -> list[Finding]:
    """A follow-up about one person ("And your father-in-law?", "And you, roughly?") answered
    by an adult's age standing free ("Eighty-eight, still drives", "Fifty-two next month"),
    with no age question before it: the question asks what the last one asked of someone else,
    and a bare adult number is their age -- unless that question asked for a count, a time or a
    length ("How many years...? -- And you?"). A child's age ("two") or a group's ("And your
    kids? -- Three") may be a count and is left."""
    findings = []
    for follow in _FOLLOW_UP.finditer(text):
        who = follow.group("who").lower()
        if who == "them" or who.endswith(("s", "children", "folk")):
            continue
        before = text.rfind("?", max(0, follow.start() - _FOLLOW_UP_REACH), follow.start())
        if before != -1:
            asked = text.rfind("\n", 0, before) + 1
            if _NUMBER_ASKED.search(text, asked, before) and not _AGE_NAMED.search(text, asked, before):
                continue
        start = _ANSWER_START.match(text, follow.end())
        pos = start.end() if start else follow.end()
        for _ in range(4):
            lead = _ANSWER_LEAD.match(text, pos)
            if lead is None:
                break
            pos = lead.end()
        age = _ADULT_REPLY.match(text, pos)
        if age is not None:
            findings.append(Finding(age.start("age"), age.end("age"), "AGE", 0.7, DETECTOR))
    return findings


def _answers(text: str) -> list[Finding]:
    findings = _follow_up_answers(text) if "?" in text else []
    if "oing on" in text or "ising" in text or "nocking" in text or "etting on" in text:
        findings.extend(_going_on_turns(text))
    for mark in _age_question_marks(text):
        age, score = _answer_after(text, mark + 1)
        if age is None:  # a tag after the question: "How old was she? Do you remember?"
            tag = _tag_after(text, mark)
            if tag is not None:
                age, score = _answer_after(text, tag)
        if age is None:
            continue
        findings.append(Finding(age.start("age"), age.end("age"), "AGE", score, DETECTOR))
        findings.extend(_chain(text, age.end("age")))
        findings.extend(_chipped_in(text, age.end("age")))
    return findings


#: the next turn's opening: its label after a line break (a caption's cue before it, perhaps), or
#: a header of a time and the speaker on a line of its own ("00:31:14 Participant 3")
_NEXT_TURN = re.compile(r"[ \t]*(?:\r?\n)+(?:" + TIMED_SPEAKER_LINE + r"(?:[ \t]*\r?\n)*[ \t]*|(?:"
                        + CAPTION_CUE + r")?[ \t]*(?:\[[^\]\n]{0,40}\]:?|[A-Za-z][^\n:?.!]{0,40}:)[ \t]*)"
                        r"(?:\[[^\]\n]{0,40}\][ \t]*)?")
#: a whole turn that is an age and a remark: "Twenty-four, you told me.", "Forty-one!"
_TURN_AGE = re.compile(r"(?P<age>" + _AGE + r")(?=[ \t]*[,.!?…])")


def _chipped_in(text: str, pos: int) -> list[Finding]:
    """The next speaker's turn, when it opens with an age standing free: someone else in the
    room answering too or correcting ("Partner: Twenty-four, you told me.")."""
    line_end = text.find("\n", pos)
    if line_end == -1:
        return []
    turn = _NEXT_TURN.match(text, line_end)
    if turn is None:
        return []
    at = turn.end()
    for _ in range(2):
        lead = _ANSWER_LEAD.match(text, at)
        if lead is None:
            break
        at = lead.end()
    age = _TURN_AGE.match(text, at)
    if age is None:
        return []
    return [Finding(age.start("age"), age.end("age"), "AGE", 0.65, DETECTOR)]


def thing_asked_before(text: str, pos: int) -> bool:
    """Whether the age talk before ``pos`` is only a thing's age asked ("How old is the
    building? -- Um, fifty."): no other word of age talk after that question."""
    asked = None
    for asked in _THING_ASKED.finditer(text, max(0, pos - 200), pos):
        pass
    return asked is not None and not AGE_TALK.search(text, asked.end(), pos)


def _around_numbers(text: str, runs: list[NumberRun]) -> list[Finding]:
    """Ages told by what is around a number: "sixty-one last birthday", "45 years of age", and
    "God, 44." / "Thirty-one last month." when ages are being talked about."""
    findings = []
    for run in runs:
        for index, item in enumerate(run.items):
            if not (item.words or len(item.digits) <= 3) or not item.digits.isdigit() or \
                    not 1 <= int(item.digits) <= 110:
                continue
            if _BIRTHDAY_AFTER.match(text, item.end):
                findings.append(Finding(item.start, item.end, "AGE", 0.75, DETECTOR))
                continue
            if index or not _LOOSE_AFTER.match(text, item.end) or \
                    _NOT_AGE_AFTER.match(text, item.end) is None:
                continue
            window = ("\n" if item.start <= 24 else "") + text[max(0, item.start - 24):item.start]
            if _LOOSE_BEFORE.search(window) and AGE_TALK.search(
                    text, max(0, item.start - 200), item.start) and not _OTHER_QUESTION.search(
                    text, max(0, item.start - 120), item.start) and not thing_asked_before(
                    text, item.start):
                findings.append(Finding(item.start, item.end, "AGE", 0.6, DETECTOR))
    return findings


def _chain(text: str, pos: int) -> list[Finding]:
    """Ages said straight after an age, correcting or adding to it ("eighteen? Yeah,
    seventeen", "Fifteen and fourteen")."""
    findings = []
    for _ in range(3):
        more = AGE_CHAIN.match(text, pos)
        if more is None:
            break
        findings.append(Finding(more.start("age"), more.end("age"), "AGE", 0.7, DETECTOR))
        pos = more.end()
    return findings


def find_ages(text: str, runs: list[NumberRun]) -> list[Finding]:
    """Ages in ``text`` (the number, or the decade word); ``runs`` from ``number_runs(text)``;
    also those said with a stammer or a restart ("I'm f-f-forty-two", "he's sev- seventy-three"):
    each line holding one is read again without it."""
    findings = _find_ages(text, runs)
    for line, starts, ends in loosened_lines(text, ages=True):
        findings.extend(Finding(starts[f.start], ends[f.end - 1], f.entity, f.score, f.detector)
                        for f in _find_ages(line, number_runs(line)) if f.end > f.start)
    return findings + _read_back(text, findings)


#: how far after an age the other voice may read it back
_READ_BACK_REACH = 300
#: a read-back's opening: a new turn (its label), then a few words of checking
_READ_BACK_BEFORE = re.compile(r"\n[ \t]*" + _LABELS + r"(?:(?i:sorry|so|and|right|okay|ok|oh|"
                               r"did[ \t]+you[ \t]+say|was[ \t]+that|is[ \t]+that)[,.]?[ \t]+)*\Z")
#: and its close: a question, or "you said", "was it", "yeah"
_READ_BACK_AFTER = re.compile(r"[ \t]*(?:\?|[,.][ \t]*(?i:you[ \t]+said|did[ \t]+you[ \t]+say|"
                              r"was[ \t]+it|yeah|yes|right|is[ \t]+that[ \t]+right)\b)")


def _read_back(text: str, findings: list[Finding]) -> list[Finding]:
    """An age the other voice reads back to check it, in a turn of its own soon after ("P: I'm
    forty-four. -- I: Forty-four, you said?", "I: Sorry, sixty?"): the same words, opening the
    turn and closing on a question or "you said". Only an age found first is read back, so a
    count said twice stays a count."""
    out, seen = [], set()
    for f in findings:
        said = text[f.start:f.end]
        if not said or "\n" in said or (f.start, f.end) in seen:
            continue
        seen.add((f.start, f.end))
        word = re.compile(r"(?<![\w'’-])" + re.escape(said) + r"(?![\w'’-])", re.IGNORECASE)
        for again in word.finditer(text, f.end, min(len(text), f.end + _READ_BACK_REACH)):
            if _READ_BACK_BEFORE.search(text, max(0, again.start() - 80), again.start()) and \
                    _READ_BACK_AFTER.match(text, again.end()):
                out.append(Finding(again.start(), again.end(), f.entity, f.score, DETECTOR))
        out.extend(_checked_turns(text, f.end))
    return out


#: the next turn checking a number just said, perhaps misheard: "[cutting in] Nineteen?",
#: "-- sorry, just to be clear -- thirty-two?", "Thirty-one, did you say?"
_CHECK_TURN = re.compile(r"(?:[-–—]+[ \t]*)?(?:(?i:sorry|so|just[ \t]+to[ \t]+(?:be[ \t]+clear|check)|"
                         r"did[ \t]+you[ \t]+say|was[ \t]+that|you[ \t]+said)[,.]?[ \t]*(?:[-–—]+[ \t]*)?)*"
                         r"(?P<age>" + _AGE + r")(?=[ \t]*(?:\?|,?[ \t]*(?i:did[ \t]+you[ \t]+say|"
                         r"you[ \t]+said|was[ \t]+it|is[ \t]+that[ \t]+right)\b))")
#: and the turn after it, answering the check: "No, SEVENTEEN.", "Aye, thirty.", "Ach, no, thirty"
_CHECK_ANSWER = re.compile(r"(?:" + _ANSWER_LEAD.pattern + r"){0,3}"
                           r"(?:(?i:no|naw|nah|nope|ach|och|aye|yes|yeah|yep|right|correct|"
                           r"that['’]s[ \t]+right)[,.!]?[ \t]+)+(?P<age>" + _AGE + r")")


def _checked_turns(text: str, end: int) -> list[Finding]:
    """An age checked by the other voice in the very next turn, the number asked back perhaps
    misheard ("P: Seventeen. -- I: Nineteen? -- P: No, seventeen."): the number asked and the
    number that answers it are ages too."""
    line_end = text.find("\n", end, end + 120)
    if line_end == -1:
        return []
    turn = _NEXT_TURN.match(text, line_end)
    if turn is None:
        return []
    check = _CHECK_TURN.match(text, turn.end())
    if check is None:
        return []
    out = [Finding(check.start("age"), check.end("age"), "AGE", 0.6, DETECTOR)]
    line_end = text.find("\n", check.end(), check.end() + 80)
    answer = _NEXT_TURN.match(text, line_end) if line_end != -1 else None
    if answer is not None:
        said = _CHECK_ANSWER.match(text, answer.end())
        if said is not None:
            out.append(Finding(said.start("age"), said.end("age"), "AGE", 0.6, DETECTOR))
    return out


def age_said_at(text: str, pos: int) -> int | None:
    """Where an age said at ``pos`` ends ("twenty-three when she died" -> after "three"), or
    None: a number in words or digits that is no count, duration or time."""
    age = _ANSWER_AGE.match(text, pos)
    return age.end("age") if age is not None else None


def _find_ages(text: str, runs: list[NumberRun]) -> list[Finding]:
    findings = _years_old(text)
    skip = {pattern for pattern, words in ((_BIG, ("big", "Big")), (_AGED, ("age", "Age")))
            if not any(word in text for word in words)}
    for pattern, score in _PATTERNS:
        if pattern in skip:
            continue
        for m in pattern.finditer(text):
            findings.append(Finding(m.start("age"), m.end("age"), "AGE", score, DETECTOR))
            if m.group("age")[-1] != "s":  # not after a decade
                findings.extend(_chain(text, m.end("age")))
    findings.extend(_answers(text))
    findings.extend(_around_numbers(text, runs))
    findings.extend(_by_shape(text))
    findings.extend(_ordinal_birthdays(text))
    findings.extend(_school_years(text))
    findings.extend(_round12(text))
    if "age" in text:
        for m in _MY_AGE.finditer(text):  # "... and my age, forty-four."
            findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.75, DETECTOR))
    if "years" in text:
        for m in _HAVE_YEARS.finditer(text):
            findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.75, DETECTOR))
    if "half" in text:
        for index, found in enumerate(findings):
            half = _HALF_AFTER.match(text, found.end)
            if half is not None:
                findings[index] = Finding(found.start, half.end(), found.entity, found.score,
                                          found.detector)
                findings.extend(_chain(text, half.end()))  # "Six and a half and five"
    findings.extend(_round13(text, findings))
    findings.extend(_coordinated(text, findings))
    return findings


# -- round 9: an age by its shape: a person, little words, a number standing free ------------

#: who an age belongs to: a pronoun, a person noun (a relative, a patient), a name
_WHO = (r"(?:\b(?i:I|he|she|you)\b|\b(?i:man|woman|"
        r"boy|girl|lad|lass|kid|child|baby|twins?|patient|gentleman|lady|chap|bloke|fella|mum|"
        r"mother|dad|father|grandad|grandma|granny|gran|nan|husband|wife|partner|son|daughter|"
        r"brother|sister|eldest|youngest|oldest)\b|\b[A-Z][a-z]+(?=['’]s\b|[ \t]+(?:is|was)\b))")
#: closed-class words only between the person and the number: being, degree, fillers (a
#: verb of doing -- "she saw forty" -- or a noun is not among them)
_LITTLE = (r"(?:[ \t]*,?[ \t]*(?:['’](?:s|re|m|d|ll)|(?i:is|was|are|were|be|been|being|would|will|"
           r"now|then|only|just|a|mere|barely|nearly|almost|both|still|probably|maybe|like|er|"
           r"erm|um|uh|what|about|around|years?|of|couple|few|older|younger|then|at|least|most|"
           r"I[ \t]+think|you[ \t]+know|bless[ \t]+(?:him|her)|God[ \t]+love[ \t]+(?:him|her)))"
           r"(?![\w'’]))")
#: the number stands free: the clause ends, or another age or a time of life follows
_FREE = (r"(?![ \t]*[,.;…—–-]*[ \t]*(?:(?i:oh|nought|zero|one|two|three|four|five|six|seven|"
         r"eight|nine|erm|er|um|uh)\b|\.\.\.|\d)|[ \t]*[,;][ \t]*then\b)"
         r"(?=[ \t]*(?:[,.;!?…—–)]|$)|[ \t]+(?i:or|and)[ \t]+(?:" + _ADULT_WORDS + r"|\d\d)\b|"
         r"[ \t]+(?i:now|then|next|last|this|come|when|if|at[ \t]+the[ \t]+time|going[ \t]+on|bless)\b)")
#: a number an adult's age may be, standing free; then the person and little words before it
_FREE_NUMBER = re.compile(r"(?=[TtFfSsEeNnAaOo1-9])(?<![\w'’-])(?P<age>(?:1[01]\d|[2-9]\d|1[3-9])"
                          r"(?![\d:.,]\d)|" + _ADULT_WORDS + r")(?![\w'’-])" + _FREE, re.MULTILINE)
_PERSON_BEFORE = re.compile(_WHO + r"(?:" + _LITTLE + r"){0,6}[ \t]*,?[ \t]+\Z")
#: "Being sixty-one, ...", "At thirty-eight I ...": an age no clock or calendar could be
_OPENING_AGE = re.compile(r"(?=[BbAa])\b(?i:being|at)[ \t]+(?P<age>"
                          r"(?i:(?:twenty[- \t](?:five|six|seven|eight|nine)|thirty|forty|fifty|"
                          r"sixty|seventy|eighty|ninety)(?:[- \t](?:one|two|three|four|five|six|"
                          r"seven|eight|nine))?)|[3-9]\d|2[5-9])(?=[ \t]*,|[ \t]+(?:I|he|she|you|"
                          r"they)\b)")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\n])[ \t]*\Z")
#: a life told as a length of time: "born fifty-one years ago", "fifty-three years on this
#: earth", "lived forty-two years", "seventy-odd birthdays", "in her eighty-ninth year"
_LIFE_WORDS = re.compile(r"(?i:on[ \t]+(?:this|the|God['’]s)[ \t]+(?:earth|planet|green[ \t]+earth)|"
                         r"\balive\b|\blived\b(?![ \t]+(?:in|at|with|there|here|abroad|together|near|on|by|next|up|"
                         r"down|over|out|under|apart|alone|locally|nearby))|of[ \t]+(?:my|his|her|your)[ \t]+life|in[ \t]+this[ \t]+"
                         r"world|walking[ \t]+(?:this|the)[ \t]+earth|on[ \t]+this[ \t]+mortal[ \t]+coil)")
_LIFE_UNIT = re.compile(r"(?i:years?|birthdays)\b(?P<ago>[ \t]+(?i:ago)\b)?")
_NUMBER_BEFORE_UNIT = re.compile(r"(?<![\w'’-])(?P<age>(?:(?:1[01]\d|[2-9]\d|1[3-9])|"
                                 + _ADULT_WORDS + r")(?:[- \t]?(?i:odd|ish))?)[ \t]+\Z")
_BORN_BEFORE = re.compile(r"(?i:\bborn[ \t]+(?:about[ \t]+|nearly[ \t]+|over[ \t]+|some[ \t]+)?)\Z")
_NTH_YEAR = re.compile(r"(?=[Ii])\b(?i:in[ \t]+(?:my|his|her|your))[ \t]+(?P<age>(?i:(?:twenty|thirty|"
                       r"forty|fifty|sixty|seventy|eighty|ninety)[- \t]?(?:first|second|third|fourth|"
                       r"fifth|sixth|seventh|eighth|ninth)|(?:twen|thir|for|fif|six|seven|eigh|nine)"
                       r"tieth|hundredth))[ \t]+(?i:year)(?=[ \t]*(?:[,.;!?…—–)]|$))", re.MULTILINE)
_WHO_RE = re.compile(_WHO)


def _clause_around(text: str, start: int, end: int, reach: int = 40) -> tuple[int, int]:
    """The stretch of one sentence around ``text[start:end]``, at most ``reach`` each side."""
    left = max(0, start - reach)
    for stop in (".", "!", "?", "\n"):
        left = max(left, text.rfind(stop, left, start) + 1)
    right = min(len(text), end + reach)
    for stop in (".", "!", "?", "\n"):
        found = text.find(stop, end, right)
        if found != -1:
            right = found
    return left, right


def _life_years(text: str) -> list[Finding]:
    findings = []
    for unit in _LIFE_UNIT.finditer(text):
        m = _NUMBER_BEFORE_UNIT.search(text, max(0, unit.start() - 40), unit.start())
        if m is None or unit.start() > 0 and (text[unit.start() - 1].isalnum()):
            continue
        left, right = _clause_around(text, m.start(), unit.end())
        if unit.group().lower() == "birthdays":
            ok = True
        elif unit.group("ago"):  # born ... ago, said of a person
            ok = bool(_BORN_BEFORE.search(text, left, m.start())) and bool(
                _WHO_RE.search(text, left, m.start()))
        else:
            ok = bool(_LIFE_WORDS.search(text, left, right))
        if ok:
            findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.6, DETECTOR))
    findings.extend(Finding(m.start("age"), m.end("age"), "AGE", 0.6, DETECTOR)
                    for m in _NTH_YEAR.finditer(text))
    return findings


def _by_shape(text: str) -> list[Finding]:
    """Ages by their shape whatever the verb or the phrase: a person, then only little words,
    then a number an adult's age may be standing free ("My husband's a year older, fifty-four",
    "He was only a boy, fourteen or fifteen"), unless more numbers follow (a number read out);
    an age opening a sentence ("Being sixty-one, ..."); a life told as a length of time
    ("born fifty-one years ago", "fifty-three years on this earth", "in her eighty-ninth year")."""
    findings = [Finding(m.start("age"), m.end("age"), "AGE", 0.6, DETECTOR)
                for m in _FREE_NUMBER.finditer(text)
                if _PERSON_BEFORE.search(text, max(0, m.start() - 90), m.start())]
    findings.extend(Finding(m.start("age"), m.end("age"), "AGE", 0.6, DETECTOR)
                    for m in _OPENING_AGE.finditer(text)
                    if _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()))
    if "year" in text or "birthdays" in text:
        findings.extend(_life_years(text))
    return findings


# -- round 11: a birthday as an ordinal, a school year as an age ---------------------------------

#: ordinals an age may be, said in one word: "eighteenth", "fiftieth", "hundredth"
_AGE_ORDINAL_WORDS = frozenset((*DAY_ORDINALS_ALONE, "fortieth", "fiftieth", "sixtieth", "seventieth",
                                "eightieth", "ninetieth", "hundredth"))
#: "twenty-first", "forty fifth": found from their "ty", the tens read backwards
_TENS_ORDINAL = re.compile(r"ty(?<=[a-z]ty)[- \t]?(?i:" + _ORD_UNIT + r")(?![\w'’-])")
_TENS_BEFORE = re.compile(r"(?<![\w'’-])(?i:twen|thir|for|fif|six|seven|eigh|nine)\Z")
#: "21st", "50th", "100th"
_DIGIT_ORDINAL = re.compile(r"(?=\d)(?<![\w'’-])(?:1[01]\d|[1-9]\d)(?:st|nd|rd|th)(?![\w'’-])")
#: "first" to "ninth" ("the baby's first"): an age only with "birthday" after it
_BIRTHDAY_WORD = re.compile(r"(?=[Bb])(?<![\w'’-])(?i:birthday|bday|b-day)\b")
_BIRTHDAY_SAID = frozenset({"birthday", "bday", "b-day"})
_SMALL_BEFORE = re.compile(r"(?<![\w'’-])(?i:" + _ORD_UNIT + r"|[1-9](?:st|nd|rd|th))[ \t]+\Z")
#: whose birthday: "my", "his", "Mum's", "the baby's", "Grandad's" (not "our": an anniversary)
_OWNERS = frozenset({"my", "his", "her", "your", "their"})
_NOT_OWNERS = frozenset({"it", "that", "what", "there", "here", "he", "she", "who", "where", "how",
                         "let", "one"})
_BEFORE_ORDINAL = frozenset({"big", "own", "surprise", "special"})
_POSSESSIVE_WORD = re.compile(r"[A-Za-z]+['’]s")


def _birthday_owner(text: str, start: int) -> bool:
    """Whether the word before ``start`` (past "big", "own") is a person's: "my", "Mum's"."""
    words = text[max(0, start - 40):start].split()
    if not words or not text[start - 1:start].isspace():
        return False
    if words[-1].lower() in _BEFORE_ORDINAL and len(words) > 1:
        words.pop()
    word = words[-1]
    if word.lower() in _OWNERS:
        return True
    return _POSSESSIVE_WORD.fullmatch(word) is not None and word[:-2].lower() not in _NOT_OWNERS


_PARTY = (r"birthday|bday|b-day|party|parties|do|bash|celebrations?|dinner|meal|drinks|weekend|"
          r"present|presents|cake|card|cards")
#: what follows a birthday said as an ordinal: the party, the clause's end, a little word
AFTER_BIRTHDAY = re.compile(
    r"(?:[ \t]*(?:[,.;:!?)\]—–…]|$)|[ \t]+(?i:" + _PARTY + r"|last|next|this|that|in(?![ \t]+a[ \t]+row)|"
    r"on|at|was|is|were|"
    r"we|I|he|she|they|it|and|but|so|with|coming|came|went|when|while|had|has|will|would|fell|falls|"
    r"then|already|too|though|abroad|away|back|or|my|his|her|our|their|me|us|you)\b)", re.MULTILINE)


def _ordinal_candidates(text: str) -> list[tuple[int, int]]:
    """Where an ordinal an age may be stands: each found from what is cheap to look for."""
    spans: list[tuple[int, int]] = []
    present = _AGE_ORDINAL_WORDS.intersection(words_of(text))
    low = lower(text) if present else ""
    for word in present:
        spans.extend((at, at + len(word)) for at in word_starts(low, word))
    spans.extend((m.start(), m.end()) for m in _DIGIT_ORDINAL.finditer(text))
    for m in _TENS_ORDINAL.finditer(text):
        tens = _TENS_BEFORE.search(text, max(0, m.start() - 5), m.start())
        if tens is not None:
            spans.append((tens.start(), m.end()))
    return spans


def _ordinal_birthdays(text: str) -> list[Finding]:
    """A birthday said as an ordinal is an age: "for my sixtieth", "Mum's seventieth is in June",
    "his eightieth party", "the baby's first birthday"; not an ordinal that counts ("the fortieth
    time", "my fiftieth patient", "our twenty-fifth anniversary")."""
    findings = []
    for start, end in _ordinal_candidates(text):
        if _birthday_owner(text, start) and AFTER_BIRTHDAY.match(text, end):
            findings.append(Finding(start, end, "AGE", 0.7, DETECTOR))
    for m in _BIRTHDAY_WORD.finditer(text) if not _BIRTHDAY_SAID.isdisjoint(words_of(text)) else ():
        small = _SMALL_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if small is not None and _birthday_owner(text, small.start()):
            findings.append(Finding(small.start(), small.start() + len(small.group().rstrip()), "AGE",
                                    0.7, DETECTOR))
    return findings


_SCHOOL_NUMBER = (r"(?:1[0-3]|[1-9])(?!\d)|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                  r"twelve|thirteen)(?![\w-])")
#: a school year or class by its name: "Year Nine", "P5", "Primary Seven", "S4", "grade four",
#: "ninth grade", "class nine", "Form Two", "Standard Five", "JSS2", "the lower sixth", "Reception"
#: (one pattern a kind, each opening with its own letters: cheap to scan for)
_SCHOOL_YEARS = [(kind, frozenset(words.split()), re.compile(pattern)) for kind, words, pattern in (
    # "Year Nine": found from its "ear" (a literal the scan can jump to), the "Y" checked after
    ("year", "year Year", r"ear(?<=[Yy]ear)(?<![\w'’-][Yy]ear)[ \t]+(?:" + _SCHOOL_NUMBER + r")"),
    ("code", "", r"(?=[PSJ])(?<![\w'’-])(?:[PS][1-7]|(?:JSS|SSS|SS|JS)[1-3])(?![\w'’:-])"),
    ("named", "Primary primary Secondary Standard Std Form", r"(?=[PpSF])(?<![\w'’-])(?:[Pp]rimary|Secondary|"
     r"Standard|Std\.?|Form)[ \t]+(?:" + _SCHOOL_NUMBER + r")"),
    ("class", "class Class grade Grade", r"(?=[CcGg])(?<![\w'’-])(?:[Cc]lass|[Gg]rade)[ \t]+(?:"
     + _SCHOOL_NUMBER + r")"),
    ("sixth", "sixth", r"(?=[LlUu])(?<![\w'’-])(?:[Ll]ower|[Uu]pper)[ \t]+sixth(?![\w-])"),
    ("reception", "reception Reception", r"(?=[Rr])(?<![\w'’-])[Rr]eception(?![\w'’-])"))]
#: "ninth grade", "a fifth-grader": found from "grade", the ordinal read backwards
_GRADE = re.compile(r"(?=[Gg])(?<=[- \t])[Gg]rade(?:rs?)?(?![\w-])")
_ORDINAL_BEFORE_GRADE = re.compile(
    r"(?<![\w'’-])(?i:" + _ORD_UNIT + r"|tenth|eleventh|twelfth|[1-9]th|1[0-2]th|1st|2nd|3rd)[- \t]\Z")
#: the words one of the kinds above needs
_SCHOOL_WORDS = frozenset("""year primary secondary standard std form class grade grader graders
sixth reception""".split())  # noqa: SIM905
_SCHOOL_CODE = re.compile(r"(?=[PSJ])\b(?:[PS][1-7]|J?SSS?[1-3]|JS[1-3])\b")


#: a child or school nearby: whose school year it is
_SCHOOL_CUE = re.compile(
    r"(?i)\b(?:school|primary|secondary|teachers?|head[ \t]?teacher|pupils?|SATs|GCSEs?|A[- ]levels?|"
    r"O[- ]levels?|nursery|playground|homework|uniform|kids?|son|sons|daughters?|child|children|"
    r"eldest|youngest|twins?|niece|nephew|grandson|granddaughter|grandkids|grandchildren|boy|girl|"
    r"lad|lass|little[ \t]+one|baby|stepson|stepdaughter|brother|sister|cousin|bless[ \t]+(?:him|her)|"
    r"when[ \t]+I[ \t]+was|standard[ \t]+grades?|highers|exams?)\b")
#: years of training, not of school: "in year two of my training", "Year 3 medical students"
_TRAINING_CUE = re.compile(
    r"(?i)\b(?:training|trainees?|programme|program|medical|med[ \t]+school|medics?|uni|university|"
    r"degree|foundation|specialty|PhD|project|course|residency|placement|rotation|registrar|"
    r"clinical|students?|F[12]|FY[12]|ST\d|CT\d|internship|fellowship|contract|nursing)\b")
#: what may follow a school year: the clause's end, a little word, a word of school
_AFTER_SCHOOL_YEAR = re.compile(
    r"(?:[ \t]*(?:[,.;:!?)\]—–…]|$)|[ \t]+(?i:when|and|at|in|now|then|I|I['’]d|we|he|she|they|so|but|"
    r"was|is|with|by|that|which|or|until|till|back|already|yet|too|though|pupils?|class|kids?|"
    r"children|boys?|girls?|students?(?=[ \t]+(?:at|in)\b)|this|next|last|doing|going|bless|"
    r"maybe|probably|where|because|after|before|right|yeah|my|his|her|our|their|me|us)\b)", re.MULTILINE)
_NOT_OF_A_PERSON = re.compile(r"(?i)\b(?:this|last|next|that|every|each|per|one|same|whole|new|"
                              r"gap|leap|financial|academic|tax|calendar|fill[ \t]+in|complete|sign|"
                              r"submit|send|a[ \t]+class|first|second|third)[ \t]+\Z")
_INTO = re.compile(r"(?i)\b(?:in|into|to|from|started|starting|starts|finished|finishing|doing|by|"
                   r"until|till|since|reached|passed|going[ \t]+into|moved[ \t]+up[ \t]+to|a|an)[ \t]+"
                   r"(?:the[ \t]+)?\Z")
#: someone other than the speaker is in it: "He's in", "Our middle one is in", "Amara was in"
_THIRD_PERSON_IN = re.compile(r"(?<![Ii])(?<![Ww]e)(?<![Yy]ou)(?:['’]s|\bis|\bare|\bwas|\bwere)[ \t]+"
                              r"(?:(?i:now|only|already|just|still)[ \t]+)?in[ \t]+\Z")
_RECEPTION_BEFORE = re.compile(r"(?i)(?:['’]s|\bis|\bwas|\bare|\bwere|\bstarted|\bstarting|\bstarts|"
                               r"\bgoing[ \t]+into|\bin[ \t]+the[ \t]+same)[ \t]+(?:in[ \t]+)?\Z")


def _school_years(text: str) -> list[Finding]:
    """A school year is an age: "when I was in Year Nine", "my son's in P5", "in ninth grade",
    "by class nine", "she's in Reception"; not a year of training ("year two of my training",
    "Year 3 medical students"), a grade of a tumour or an exam ("grade four piano"), a form to
    fill in, a time ("this year nine of us left")."""
    findings: list[Finding] = []
    words = words_of(text)
    codes = _SCHOOL_CODE.search(text) is not None
    if _SCHOOL_WORDS.isdisjoint(words) and not codes:
        return findings
    found = [(kind, m.start() - (kind == "year"), m.end()) for kind, needs, pattern in _SCHOOL_YEARS
             if (codes if kind == "code" else not needs.isdisjoint(words)) for m in pattern.finditer(text)]
    for m in _GRADE.finditer(text) if not {"grade", "grader", "graders"}.isdisjoint(words) else ():
        ordinal = _ORDINAL_BEFORE_GRADE.search(text, max(0, m.start() - 10), m.start())
        if ordinal is not None:
            found.append(("ordinal", ordinal.start(), m.end()))
    for kind, start, end in found:
        if not _AFTER_SCHOOL_YEAR.match(text, end):
            continue
        before = text[max(0, start - 40):start]
        if _NOT_OF_A_PERSON.search(before):
            continue
        left = max(0, start - 150)
        left = max(left, text.rfind("\n", left, start) + 1)
        right = text.find("\n", end, end + 80)
        window = text[left:right if right != -1 else end + 80]
        cue = _SCHOOL_CUE.search(window) is not None or _THIRD_PERSON_IN.search(before) is not None
        training = _TRAINING_CUE.search(window) is not None
        said = text[start:end]
        if kind == "year":
            number = said.split()[-1].lower()
            big = number in ("seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen") or (
                number.isdigit() and int(number) >= 7)
            ok = (big or cue) and not training
        elif kind == "code":
            ok = _INTO.search(before) is not None and not training and (cue or said[0] in "JS" and len(said) > 2)
        elif kind == "named":
            ok = cue or said.startswith(("Primary", "Secondary")) or _INTO.search(before) is not None
        elif kind == "class":
            ok = _INTO.search(before) is not None and (said[:1].lower() == "c" or cue)
        elif kind == "reception":
            ok = cue and _RECEPTION_BEFORE.search(before) is not None
        else:
            ok = True  # "ninth grade", "the lower sixth"
        if ok:
            findings.append(Finding(start, end, "AGE", 0.65, DETECTOR))
    return findings


# -- round 12: ages as scores, in months or weeks, "completed", "having", "summers", in chat ---

_SCORE_MULT = r"(?:a|one|two|three|four|five)"
#: "three score and ten", "fourscore", "threescore years and ten", "a score and nine",
#: "three-score-and-twelve": the old count in twenties (a bare "a score" is no age)
_SCORE = re.compile(
    r"(?=[AaOoTtFf])(?<![\w'’-])(?P<age>(?i:(?:one|two|three|four|five)[- \t]?score(?:[- \t]+years)?"
    r"(?:[- \t]+and[- \t]+(?:" + _BELOW_HUNDRED + r"))?|a[ \t]+score(?:[- \t]+years)?[- \t]+and[- \t]+"
    r"(?:" + _BELOW_HUNDRED + r")))(?![\w'’-])")
#: what may follow a score that is an age: the clause's end, a little word -- not a noun
#: ("three score pages")
_AFTER_SCORE = re.compile(
    r"[ \t]*(?:[,.;:!?)\]—–…]|$)|[ \t]+(?i:now|then|if|when|and|but|so|or|last|next|this|near|"
    r"nearly|come|at|in|on|by|years?|yet|already|still|I|he|she|they|we|you|bless|give|plus|odd|"
    r"or[ \t]+so|not|no|more|less)\b", re.MULTILINE)

_SMALL_UNIT = r"(?:months?|weeks?|mo|mths?|wks?)"
#: "eighteen months old", "six-week-old", "a 14-month-old": a baby's age in months or weeks
_MONTHS_OLD = re.compile(
    r"(?=[A-Za-z0-9])(?<![\w'’-])(?P<age>(?:\d{1,2}|" + _AGE_WORDS + r")(?:[- \t]+and[- \t]+a[- \t]+half)?"
    r"[- \t]+(?i:" + _SMALL_UNIT + r"))[- \t]+(?i:old)(?![\w'’-])" + _PERSON_AFTER, re.MULTILINE)
#: a child's name said between the noun and the verb: "my wee one, Tobin, was ten months"
_NAMED_BETWEEN = r"(?:,[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,)?"
#: a child, in the patterns of a child's age in months or weeks (:data:`CHILD_WORDS`)
_CHILD = words_pattern(CHILD_WORDS)
#: the same but "one" alone, for who is a number of months: "one" is a child there only as a
#: little or wee one ("the first one was six months" is a post's length)
_CHILD_NOT_ONE = words_pattern(CHILD_WORDS - {"one"})
#: a child said before a name set off by commas: "my wee one, I mean, Tobin, was ten months"
#: (not "The pilot, Horizon, was six months", a project's length)
_CHILD_BEFORE = re.compile(r"(?i)\b" + _CHILD + r"\b")


def _child_named(text: str, m: re.Match[str]) -> bool:
    """Whether a months age found after a name set off by commas has a child said in the 60
    characters before the name (any other match has its subject in the pattern itself)."""
    if "named" not in m.re.groupindex or m.start("named") < 0:
        return True
    return _CHILD_BEFORE.search(text, max(0, m.start("named") - 60), m.start("named")) is not None


#: "our youngest, eighteen months, never sleeps": a child and their age in months or weeks said
#: beside them, the clause closed after the unit ("my son, six months later" is a time)
_MONTHS_BESIDE = re.compile(
    r"(?=[MmOoHhTt])(?<![\w'’])(?i:my|our|his|her|their|the)[ \t]+(?:(?i:little|wee|baby|new)[ \t]+)?"
    r"(?i:" + _CHILD + r")" + _NAMED_BETWEEN + r",[ \t]+(?:(?i:only|just|nearly|almost|about|"
    r"barely)[ \t]+)?(?P<age>(?:\d{1,2}|" + _AGE_WORDS + r")(?:[- \t]+and[- \t]+a[- \t]+half)?[- \t]+(?i:"
    + _SMALL_UNIT + r"))(?=[ \t]*(?:[,;:!?)\]—–…]|\.|$))", re.MULTILINE)
#: "My daughter's 18 months", "the twins are twenty-two months now", "She was only fourteen
#: months when ...": someone is a number of months or weeks, and the clause ends or goes on
#: without a noun ("The scan was eighteen months ago" has no person; "ago", "long" are not ages)
_IS_MONTHS = re.compile(
    r"(?=[A-Za-z'’])(?:(?<![\w'’])(?i:he|she|they|we|you|I)|(?<![\w'’])(?i:" + _CHILD_NOT_ONE
    + r"|(?:little|wee|baby)[ \t]+(?:one|man))" + _NAMED_BETWEEN + r"|"
    # a name set off by commas after a child said just before ("my wee, I mean, one, Tobin, was
    # ten months"; :data:`_CHILD_BEFORE` is checked where the match is used)
    r"(?<=,[ \t])(?P<named>[A-Z][\w'’-]+),|"
    r"(?<![\w'’])(?!(?:It|That|This|"
    r"There|What|Which|Who|Where|When|How|He|She|They|We|You)\b)[A-Z][a-z]+)(?:['’]s|['’]re|[ \t]+(?:is|was|"
    r"are|were|will[ \t]+be|['’]ll[ \t]+be|turned|turns))(?:,?[ \t]+" + _FILLER + r")*,?"
    r"(?:[ \t]+(?i:just[ \t]+)?(?i:gone|turned))?[ \t]+(?:(?i:only|just|nearly|almost|about|"
    r"barely|now|still|already|coming[ \t]+up[ \t]+to|a[ \t]+mere)[ \t]+)?"
    r"(?P<age>(?:\d{1,2}|" + _AGE_WORDS + r")(?:[- \t]+and[- \t]+a[- \t]+half)?[- \t]+(?i:"
    + _SMALL_UNIT + r"))(?=[ \t]*(?:[,.;:!?)\]—–…]|$)|[ \t]+(?i:now|when|and|but|so|then|today|"
    r"yesterday|tomorrow|bless|at[ \t]+the[ \t]+time|I|he|she|we|they|if|next|this|last|old)\b)",
    re.MULTILINE)
#: "I have completed forty-two years", "Mum completes eighty this Diwali", "he crossed seventy",
#: "My father is having seventy-two years" (a life's years owned, as Indian English says it)
_LIFE_VERB = re.compile(
    r"(?=[CcHhIiAaWw'’])(?<![\w'’-])(?i:complet(?:ed|es|e|ing)|crossed|crosses|crossing|(?:is|am|are|was|['’]s|"
    r"['’]m)[ \t]+having)[ \t]+(?:(?i:my|his|her|their|your)[ \t]+)?(?P<age>(?:1[01]\d|[1-9]\d)(?![\d:.,]\d)"
    r"|" + _ADULT_WORDS + r")(?![\w'’-])(?P<unit>[ \t]+(?i:years?|yrs)(?:[ \t]+(?i:of[ \t]+age|old))?)?")
_AFTER_LIFE_VERB = re.compile(
    r"[ \t]*(?:[,.;:!?)\]—–…]|$)|[ \t]+(?i:this|last|next|in|on|now|when|and|but|so|going|already|"
    r"yesterday|today|recently|just|back|before|after|at|I|he|she|we|they|bless)\b", re.MULTILINE)
#: "sixty summers", "a lass of sixteen summers", "seventy-odd winters on that farm": a life
#: counted in seasons; not "sixty summers of cricket", "for forty summers we went to Whitby"
_SEASONS = re.compile(
    r"(?=[A-Za-z0-9])(?<![\w'’-])(?P<age>(?:1[01]\d|[1-9]\d)|" + _AGE_WORDS + r"(?:[- \t]?(?i:odd|"
    r"something|ish))?)[ \t]+(?i:summers|winters|springs|harvests|monsoons)(?![\w'’-])"
    r"(?![ \t]+(?i:of|in|at|ago|back|before|running)\b)")
_NOT_SEASONS_BEFORE = re.compile(r"(?i:\b(?:for|the|last|past|next|those|these|every|over|in|few|"
                                 r"many|two|three)[ \t]+)\Z")
#: a chat line: "[10:42] Amaka (chat): im 34 btw", "Chat from Ola: am 29", "Kofi: age: 46",
#: "Mei: me 33, hubby 35": the message is an age and nothing but chat tags
_CHAT_LINE = re.compile(
    r"^(?:\[[^\]\n]{0,12}\][ \t]*)?[^\n:]{0,60}:[ \t]*(?:(?i:i['’]?m|i[ \t]+am|am|me|age[:=]?|aged|"
    r"turned|turning|will[ \t]+be)[ \t]+)?(?P<age>(?:1[01]\d|[1-9]\d)(?![\d:.,/]\d)|" + _ADULT_WORDS
    + r")(?![\w'’-])(?=[ \t]*(?:[!?.,;)…]+[ \t]*)*(?:$|(?i:btw|lol|lmao|haha+|hehe|tbh|tho|now|"
    r"next[ \t]+(?:wk|week|month|mth|yr|year|bday|birthday)|last[ \t]+(?:wk|week|month|bday|"
    r"birthday)|yday|yrs?|y/?o|yo|in[ \t]+(?:may|june|july|august|march|april)|hubby|wife|husband|"
    r"and|x+)\b|&|:[)(D]|[\U0001F300-\U0001FAFF]))", re.MULTILINE)
_CHAT_HINT = re.compile(r"(?i)\bchat\b|^\[\d\d?[:.]\d\d\]", re.MULTILINE)
#: "me 33, hubby 35": a second age after a relation in the same chat message
_CHAT_MORE = re.compile(r"[ \t]*[,&+][ \t]*(?i:hubby|husband|wife|wifey|partner|son|daughter|mum|"
                        r"dad|kids?|him|her|he|she|and)[ \t]+(?P<age>(?:1[01]\d|[1-9]\d?)(?![\d:.,/]\d))")


_UNIT_AT = re.compile(r"(?i)(?<=[- \t])(?:months?|weeks?|mo|mths?|wks?)(?![\w'’])")
#: the answer to "how old is she?" given in months or weeks, opening the next turn: "DV-16:
#: Nineteen months. Into everything.", "P: Oh, about thirty-three weeks now"
_ANSWER_MONTHS = re.compile(
    r"(?P<age>(?:\d{1,2}|" + _AGE_WORDS + r")(?:[- \t]+and[- \t]+a[- \t]+(?:half|bit))?[- \t]+(?i:"
    + _SMALL_UNIT + r"))(?=[ \t]*(?:[,.;:!?)\]—–…]|$)|[ \t]+(?i:old|now|today|and|but|so|last|next|"
    r"bless|going)\b)", re.MULTILINE)
#: what may open the answering turn before the age: a label, a mark, a filler, "she's"
_ANSWER_OPENING = re.compile(
    r"[^\n:]{1,40}:[ \t]*(?:\[[^\]\n]{0,30}\][ \t]*)?(?:(?i:oh|ah|um|er|erm|well|so|she['’]s|he['’]s|"
    r"they['’]re|only|just|nearly|about|almost|coming[ \t]+up[ \t]+to|yeah|aye)[ \t]*,?[ \t]+)*\Z")
#: the question is about a child: "how old's the wee one / your son / she?", not "how old are
#: the notes / is the practice?" (a thing's age)
_CHILD_ASKED = re.compile(r"(?i)\b(?:he|she|him|her|they|" + _CHILD + r")\b")
_HOW_OLD = re.compile(r"(?i)\b(?:how[ \t]+old|what[ \t]+age|(?:his|her|their|the[ \t]+baby['’]s)[ \t]+age)\b"
                      r"[^\n]*\?")


def _months_and_weeks(text: str) -> list[Finding]:
    """A baby's age in months or weeks, read around each "month(s)"/"week(s)" said."""
    findings: list[Finding] = []
    for unit in _UNIT_AT.finditer(text):
        left = max(0, unit.start() - 120)
        left = max(left, text.rfind("\n", left, unit.start()) + 1)
        right = text.find("\n", unit.end())
        right = len(text) if right == -1 else right
        findings.extend(Finding(m.start("age"), m.end("age"), "AGE", 0.7, DETECTOR)
                        for pattern in (_MONTHS_OLD, _IS_MONTHS, _MONTHS_BESIDE) for m in pattern.finditer(text, left, right)
                        if m.end("age") == unit.end() and _child_named(text, m))
        line_start = text.rfind("\n", 0, unit.start()) + 1
        answer = _ANSWER_MONTHS.search(text, line_start, right)
        if answer is None or answer.end("age") != unit.end() or \
                _ANSWER_OPENING.fullmatch(text, line_start, answer.start()) is None:
            continue
        asked = text[max(0, line_start - 200):line_start].rstrip("\n")
        question = asked[asked.rfind("\n") + 1:]
        if _HOW_OLD.search(question) and _CHILD_ASKED.search(question):  # the turn before asked
            findings.append(Finding(answer.start("age"), answer.end("age"), "AGE", 0.7, DETECTOR))
    return findings


def _round12(text: str) -> list[Finding]:
    findings: list[Finding] = []
    if "score" in text or "SCORE" in text or "Score" in text:
        for m in _SCORE.finditer(text):
            if _AFTER_SCORE.match(text, m.end()):
                findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.7, DETECTOR))
    if "month" in text or "week" in text or "mth" in text or "wk" in text or " mo " in text:
        findings.extend(_months_and_weeks(text))
    words = words_of(text)
    if not words.isdisjoint(("completed", "complete", "completes", "completing", "crossed",
                             "crosses", "crossing", "having")):
        for m in _LIFE_VERB.finditer(text):
            if m.group("unit") or _AFTER_LIFE_VERB.match(text, m.end()):
                findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.7, DETECTOR))
    if not words.isdisjoint(("summers", "winters", "springs", "harvests", "monsoons")):
        findings.extend(Finding(m.start("age"), m.end("age"), "AGE", 0.65, DETECTOR)
                        for m in _SEASONS.finditer(text)
                        if not _NOT_SEASONS_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    if _CHAT_HINT.search(text):
        for m in _CHAT_LINE.finditer(text):
            findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.6, DETECTOR))
            more = _CHAT_MORE.match(text, m.end("age"))
            if more is not None:
                findings.append(Finding(more.start("age"), more.end("age"), "AGE", 0.6, DETECTOR))
    return findings


# -- round 13: decade parts, "going on", halves and quarters, captions, other languages -------

_DECADE_WORD = r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0['’]?s)"
#: "late forties", "mid-sixties", "early 30s", "mid to late fifties": the modifier is part of
#: the age (it narrows the decade to a few years)
_DECADE_PART = re.compile(
    r"(?=[EeMmLl])(?<![\w'’-])(?P<age>(?i:(?:early|mid|late)(?:[- \t]+(?:to|or)[- \t]+(?:early|mid|late))?"
    r"(?:[- \t]+|-)?" + _DECADE_WORD + r"))(?![\w'’-])")
#: an era or a group, not one person's age: "in the late sixties", "those mid-seventies
#: buildings", "our early twenties"
_ERA_BEFORE = re.compile(r"(?i:\b(?:the|those|these|that|our|from|since|until|till|of[ \t]+the)"
                         r"(?:[ \t]+very)?)[ \t]+\Z")
#: a measurement the decade is of: temperatures, saturations, scores, rates, prices, levels
MEASURE_WORDS = (
    r"temp(?:erature)?s?|degrees|celsius|fahrenheit|weather|sats|saturations?|oxygen|"
    r"O2|pulse|heart[ \t]+rate|rate|bpm|BP|pressure|diastolic|systolic|scores?|scored|scoring|marks?|"
    r"MoCA|MMSE|ACE|per[ \t]?cent|percent|mph|speed|weigh(?:s|t|ed)?|kgs?|kilos|BMI|sodium|potassium|"
    r"glucose|sugars?|levels?|readings?|INR|eGFR|HbA1c|results?|counts?|price[sd]?|cost|costs|salary|"
    r"grand|pounds|quid|k|mark|minutes|seconds|laps|tests?|exam|percentile|centile|IQ|bus|route|"
    r"number|numbers|page|pages|room|ward|bay|bed")
_MEASURE = re.compile(r"(?i)(?:%|°|\b(?:" + MEASURE_WORDS + r")\b)")
#: a pronoun or a relation just before (a capitalised word could be the measure: "Saturation was")
_KIN_BEFORE_DECADE = re.compile(_WHO.split(r"|\b[A-Z]", 1)[0] + r")" + r"(?:" + _LITTLE + r"){0,6}[ \t]*,?[ \t]+(?:(?i:in|into|at)[ \t]+"
                                r"(?:(?i:my|his|her|their|your)[ \t]+)?)?\Z")


def _decade_parts(text: str) -> list[Finding]:
    """A decade narrowed by "early", "mid" or "late" is a person's age wherever it stands ("My
    dad, late sixties, ...", "I'm early thirties", "Mid-forties, and knackered."), unless it is
    an era ("in the late sixties") or a measurement ("sats mid-nineties", "scores in the
    mid-forties", "temperatures in the late twenties")."""
    findings = []
    for m in _DECADE_PART.finditer(text):
        if _ERA_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                or _OTHER_QUESTION.search(text, max(0, m.start() - 120), m.start()):
            continue  # an era, or the answer to "how many?"
        left, right = _clause_around(text, m.start(), m.end(), 60)
        if _MEASURE.search(text, left, right) and not _KIN_BEFORE_DECADE.search(
                text, max(0, m.start() - 90), m.start()):
            continue
        findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.65, DETECTOR))
    return findings


#: "late" / "mid-" / "early" just before a decade found by another rule ("in her late [fifties]")
_MODIFIER_BEFORE = re.compile(r"(?<![\w'’-])(?i:(?:early|mid|late)(?:[- \t]+(?:to|or)[- \t]+(?:early|mid|"
                              r"late))?)(?:[- \t]+|-)?\Z")
_DECADE_FOUND = re.compile(r"(?i:" + _DECADE_WORD + r")")

#: the age said with a fraction: "twelve and a half", "nine and three quarters", "four and a
#: bit", "two and a quarter" (not "and a bit of", "and a half hours")
_FRACTION_AFTER = re.compile(r"[ \t]+(?i:and)[ \t]+(?i:a[ \t]+half|half|a[ \t]+bit|a[ \t]+quarter|"
                             r"three[ \t]+quarters|three-quarters)(?![\w'’-])(?![ \t]+(?i:of)\b)")
#: the rest of the clause after an age with a fraction: its end or a little word, not a noun
_AFTER_FRACTION = re.compile(
    r"(?=[ \t]*(?:[,.;:!?)\]—–…]|$)|[ \t]+(?i:now|when|and|but|so|then|next|last|this|at|in|I|he|she|"
    r"they|we|going|goin['’]?|years?[ \t]+old|yrs?[ \t]+old|bless|if|or|nearly|almost|already|yet|"
    r"with|because|though|tho|apparently|actually|honestly|mind|she|he|you)\b)", re.MULTILINE)
#: homophones a caption writes for a unit: "for"/"fore" (four), "ate" (eight)
_HOMOPHONE_UNIT = r"(?:for|fore|ate)"
_CAPTION_AGE = (r"(?:(?:1[01]\d|[1-9]?\d)(?![\d:.,]\d)|" + _AGE_WORDS + r"|(?i:" + _TENS + r")[- \t]"
                + _HOMOPHONE_UNIT + r"|" + _HOMOPHONE_UNIT + r")(?![\w'’-])")
_CAPTION_AGE_RE = re.compile(_CAPTION_AGE)
#: a number with a fraction after a person and only little words: "She's twelve and a half",
#: "My daughter, eleven and a half, ...", "Amara's six and a half now"
_NUMBER_WITH_FRACTION = re.compile(
    r"(?=[A-Za-z0-9])(?<![\w'’-])(?P<age>(?:1[01]\d|[1-9]?\d)(?![\d:.,]\d)|" + _AGE_WORDS + r"|"
    + _HOMOPHONE_UNIT + r")(?P<frac>[ \t]+(?i:and)[ \t]+(?i:a[ \t]+half|half|a[ \t]+bit|a[ \t]+quarter|"
    r"three[ \t]+quarters|three-quarters))(?![\w'’-])" + _AFTER_FRACTION.pattern, re.MULTILINE)

#: who is being aged, for "going on" and for caption text without apostrophes: a pronoun and
#: "be" ("she's", "shes", "I was"), a relation or a name and "be" ("my lad is", "Kemi's",
#: "mums")
_RELATION = (r"(?:son|daughter|boy|girl|lad|lass|kid|child|baby|bairn|wean|brother|sister|mum|mam|"
             r"mom|mummy|mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandma|grandmother|"
             r"grandad|granddad|grandpa|grandfather|husband|wife|partner|eldest|oldest|youngest|"
             r"niece|nephew|grandson|granddaughter|stepson|stepdaughter|auntie|aunt|uncle|twins|"
             r"little[ \t]+one|wee[ \t]+one|middle[ \t]+one|one)")
_ONE_PERSON = (r"(?<![\w'’-])(?i:i['’]?m|i[ \t]+am|i[ \t]+was|i['’]ll[ \t]+be|(?:he|she)(?:['’]?s|[ \t]+is|"
               r"[ \t]+was|['’]ll[ \t]+be)|you['’]?re)")
_KIN_BE = (r"(?<![\w'’-])(?i:(?:my|his|her|their|our|your|the)[ \t]+(?:(?:little|wee|baby|big|eldest|"
           r"youngest|oldest|middle|older|younger)[ \t]+)?" + _RELATION + r")"
           # the relative's name may follow: "my little girl Anca was", "our son Tomasz's"
           r"(?:[ \t]+[A-Z][\w'’-]+)?(?:['’]?s|[ \t]+(?:is|was|are|were))"
           r"|(?<![\w'’-])(?i:mum|mam|mom|dad|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|"
           r"auntie|uncle)(?:['’]?s|[ \t]+(?:is|was))")
_SUBJECT_BE = (r"(?:" + _ONE_PERSON + r"|(?<![\w'’-])(?i:(?:you|they)[ \t]+(?:are|were)|they['’]?re|"
               r"we(?:['’]re|[ \t]+are|[ \t]+were))|" + _KIN_BE
               + r"|(?<![\w'’-])(?!(?:It|That|This|There|What|Which|Who|Where|When|How|He|She|They|We|You|"
               r"Everything|Everyone|Nothing|Something|Someone|Anything|Let|Here)\b)[A-Z][a-z]+(?:['’]s|[ \t]+"
               r"(?:is|was)))")
#: between the subject's "be" and the age: a degree word, or a filler set off by commas ("Our
#: Lola is basically, seven", "My little girl was, I mean, two")
#: (a comma between two words is the next word's, never also the last one's: read both ways, a
#: run of fillers could be split 2**n ways before a match failed; fuzz25 found it)
_BE_EXTRA = (r"(?:,?[ \t]+(?:(?i:only|just|nearly|almost|about|now|still|already|actually|probably)|"
             + _FILLER + r")\.?)*,?")
#: "he's going on seven", "my lad is going on 8", "I was going on nine when ..."
_GOING_ON = re.compile(
    r"(?=[A-Za-z])" + _SUBJECT_BE + _BE_EXTRA + r"[ \t]+(?:(?i:going|goin['’]?)[ \t]+on|(?i:rising))[ \t]+"
    r"(?:(?i:for)[ \t]+)?"
    r"(?P<age>" + _AGE + r")")
#: "six going on sixteen", "five, going on six": two ages, the second after "going on"
_X_GOING_ON_Y = re.compile(
    r"(?=[A-Za-z0-9])(?<![\w'’-])(?P<a>(?:1[01]\d|[1-9]?\d)(?![\d:.,]\d)|" + _AGE_WORDS + r")(?![\w'’-])"
    r"[ \t]*,?[ \t]*(?i:going|goin['’]?)[ \t]+on[ \t]+(?:(?i:for)[ \t]+)?(?P<age>" + _AGE + r")")
_GOING_ON_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:going|goin['’]?)[ \t]+on[ \t]+(?:(?i:for)[ \t]+)?"
                             r"(?P<age>" + _AGE + r")")
#: caption text: the subject without its apostrophe and a number or a homophone after it,
#: standing free ("shes twelve and she", "im 52 and i", "my son is ate and", "hes eighty four now")
#: one person in a caption (a group -- "we were sixty" -- or a capitalised word -- "Index is" -- is not)
_CAPTION_WHO = r"(?:" + _ONE_PERSON + r"|" + _KIN_BE + r")"
#: not the first group of a number read out: "twenty-one, oh four, seven six"
_NOT_READ_OUT = (r"(?![ \t]*[,.;…—–-]*[ \t]*(?:(?i:oh|nought|zero|one|two|three|four|five|six|seven|eight|"
                 r"nine|then)\b|\.\.\.|\d))")
#: a number a second age may be, in words or digits (see :func:`_coordinated`)
_SECOND_NUMBER = r"(?:(?:1[01]\d|[1-9]?\d)(?![\d:.,]\d)|" + _AGE_WORDS + r")(?![\w'’-])"
#: another child, the clause's verb left out, before its number: "and the big one eight", "and
#: our youngest, six" (:data:`CHILD_WORDS`); the clause ends after the number (:data:`_CLAUSE_ENDS`:
#: "and the big one eight stone" is a weight)
_ANOTHER_CHILD = (r",?[ \t]+and[ \t]+(?i:the|my|our|his|her|their)[ \t]+(?:(?i:wee|little|big|older|"
                  r"younger|middle|baby|other)[ \t]+)?(?i:" + _CHILD + r")(?:[ \t]+(?i:was|is|were|are)|,)?"
                  r"[ \t]+")
_CLAUSE_ENDS = r"(?=[ \t]*(?:[,.;!?…)—–]|$)|[ \t]+(?i:and|now|then)\b)"
_CAPTION_SUBJECT = re.compile(
    r"(?=[A-Za-z])" + _CAPTION_WHO + _BE_EXTRA + r"[ \t]+(?P<age>" + _CAPTION_AGE + r")" + _NOT_READ_OUT
    + r"(?=[ \t]*(?:[,.;:!?)\]—–…]|$)|[ \t]+(?i:now|next|last|this|going|goin['’]?|years?[ \t]+old|"
    r"bless|already|yet|nearly|almost|in[ \t]+(?:" + alternation(lowered(MONTHS)) + r")|"
    r"(?:but|so|when|cos|because)[ \t]+(?:i|he|she|they|we|"
    r"you|my|his|her|it)\b|and[ \t]+(?!(?i:a|an|the|half|three|" + _AGE_WORDS + r"|\d)\b)[a-z]+\b)"
    r"|(?=[ \t]+and[ \t]+(?:a[ \t]+(?:half|bit|quarter)|three[ \t]+quarters)" + _AFTER_FRACTION.pattern + r")"
    # another child's age after it, the verb left out: "the wee one was three and the big one six"
    r"|" + _ANOTHER_CHILD + _SECOND_NUMBER + _CLAUSE_ENDS + r")",
    re.MULTILINE)


#: where :data:`_GOING_ON` may match: "going on", and "rising" ("she's rising five", British for nearly)
_GOING_ON_AT = re.compile(r"(?i:goin)(?:g|['’])?[ \t]+(?i:on)[ \t]|(?i:rising)[ \t]")


def _going_on(text: str) -> list[Finding]:
    """Read only around each "going on" said (the subject within 60 characters before it)."""
    findings: list[Finding] = []
    for at in _GOING_ON_AT.finditer(text):
        left, right = max(0, at.start() - 60), min(len(text), at.end() + 40)
        findings.extend(Finding(m.start("age"), m.end("age"), "AGE", 0.65, DETECTOR)
                        for m in _GOING_ON.finditer(text, left, right))
        for m in _X_GOING_ON_Y.finditer(text, max(0, at.start() - 20), right):
            findings.append(Finding(m.start("a"), m.end("a"), "AGE", 0.65, DETECTOR))
            findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.65, DETECTOR))
    return findings


def _caption_ages(text: str) -> list[Finding]:
    """Ages where a caption lost the apostrophes and the question mark: "shes twelve", "im 52
    and i work nights", "mums ninety one next month", a homophone for a unit ("my son is ate
    and he helps out", "my daughters for and a half")."""
    findings = []
    for m in _CAPTION_SUBJECT.finditer(text):
        said = m.group("age")
        if said.lower() in ("for", "fore", "ate") and not (
                _FRACTION_AFTER.match(text, m.end("age")) or _GOING_ON_AFTER.match(text, m.end("age"))
                or re.match(r"[ \t]*(?:[,.;!?]|$)|[ \t]+(?i:and|now|next|last)\b", text[m.end("age"):])):
            continue
        findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.6, DETECTOR))
    return findings


def _fractions(text: str) -> list[Finding]:
    return [Finding(m.start("age"), m.end("frac"), "AGE", 0.65, DETECTOR)
            for m in _NUMBER_WITH_FRACTION.finditer(text)
            if _PERSON_OR_SUBJECT.search(text, max(0, m.start() - 90), m.start())]


_PERSON_OR_SUBJECT = re.compile(r"(?:" + _WHO + r"|" + _SUBJECT_BE + r"|(?<![\w'’-])(?i:" + _RELATION
                                + r")s?)(?:" + _LITTLE + r"){0,6}[ \t]*,?[ \t]+\Z")


#: a life's years in another language, the number before: Polish "lat", Hindi/Urdu/Punjabi
#: "saal"/"sal"/"baras", Bengali "bochor", French "ans", Spanish/Portuguese "años"/"anos",
#: Italian "anni", Romanian "ani", German "Jahre", Dutch "jaar", Welsh "oed", Arabic "sana",
#: Somali "sano", Turkish "yaşında", Tagalog "taong gulang", Greek "chronon", Vietnamese "tuổi"
_YEARS_ABROAD = frozenset("""lat lata saal sal saala baras barasa barsh varsh varas varsh bochor
bochhor bachar bachhar bochhor ans años anos anni ani jahre jahren jaar år vuotta godina godine
oed sana sanah sanawat sanat sano yaşında yasinda yaşındayım taong chronon chronia xronon xronia
tuổi tuoi sui""".split())  # noqa: SIM905
#: number words of other languages that open or join a compound age ("noventa y dos",
#: "naw deg", "dwadzieścia pięć", "soixante et onze", "khamsa wa arbaeen")
_FOREIGN_NUMBER_PARTS = frozenset("""y i e et und en wa o a deg ugain dwadzieścia trzydzieści
czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt veinte
treinta cuarenta cincuenta sesenta setenta ochenta noventa vingt trente quarante cinquante
soixante trinta quarenta cinquenta sessenta setenta oitenta noventa venti trenta quaranta
cinquanta sessanta settanta ottanta novanta zwanzig dreißig vierzig fünfzig sechzig siebzig
achtzig neunzig un dau tri pedwar pump chwech saith wyth naw deg uno dos tres cuatro cinco seis
siete ocho nueve um dois três quatro sete oito nove due tre quattro cinque sei sette otto deux
trois quatre cinq six sept huit neuf jeden dwa trzy cztery pięć sześć siedem osiem
dziewięć""".split())  # noqa: SIM905
_CONNECTORS = frozenset(["y", "i", "e", "et", "und", "en", "wa", "o", "a"])
_TOKEN_BEFORE = re.compile(r"(?<![\w'’])(?P<w>[^\W_]+(?:-[^\W_]+)*)[ \t]+\Z")


def _other_language_ages(text: str) -> list[Finding]:
    """An age said in another language, found from the word for "years" said after it: "mam
    czterdzieści lat", "main pachaas saal ki hoon", "tengo ochenta años", "quatre-vingt-deux
    ans", "naw deg oed"; the number is the word or words before it that are no English word
    (digits too: "mam 40 lat")."""
    present = _YEARS_ABROAD.intersection(words_of(text))
    if not present:
        return []
    english = english_words()
    findings = []
    low = lower(text)
    for unit in present:
        for at in (m.start() for m in re.finditer(r"(?<![\w'’-])" + re.escape(unit) + r"(?![\w-])", low)):
            if text[at:at + 1].isupper() and unit not in ("jahre", "jahren"):
                continue  # "Sana", "Anni", "Sal": names
            first = _TOKEN_BEFORE.search(text, max(0, at - 40), at)
            if first is None:
                continue
            word = first.group("w").lower()
            if word in _CONNECTORS or not (word.isdigit() and len(word) <= 3 or word in _FOREIGN_NUMBER_PARTS
                                           or word not in english and not word.isdigit()):
                continue
            start = first.start("w")
            for _ in range(3):  # "noventa y dos", "naw deg", "dwadzieścia pięć"
                more = _TOKEN_BEFORE.search(text, max(0, start - 30), start)
                if more is None or more.group("w").lower() not in _FOREIGN_NUMBER_PARTS:
                    break
                start = more.start("w")
            while start < first.start("w") and text[start:].split(None, 1)[0].lower() in _CONNECTORS:
                start = text.index(" ", start) + 1  # "y dos años" opens at the number
            findings.append(Finding(start, first.end("w"), "AGE", 0.6, DETECTOR))
            gloss = _GLOSS_AFTER.match(text, at + len(unit))
            if gloss is not None:  # "sattar saal ki, seventy": the English said after it
                findings.append(Finding(gloss.start("age"), gloss.end("age"), "AGE", 0.6, DETECTOR))
    return findings


#: after an age in another language: its little words, then the same age in English
_GLOSS_AFTER = re.compile(
    r"(?:[ \t]+(?i:ki|ka|ke|ko|hai|hain|hoon|hun|hu|ho|hy|alt|oed|gulang|de|ya|na|ni|tha|thi|hei|"
    r"ydw|yw|dw|wyf|i|ma|mam))*[ \t]*['’\"”]?[ \t]*[,—–:-]+[ \t]*(?:(?i:so|that['’]?s|that[ \t]+is|i\.e\.|"
    r"meaning|which[ \t]+is|I['’]m|she['’]s|he['’]s|like|or)[,]?[ \t]+)?(?P<age>" + _AGE + r")")


def _round13(text: str, found: list[Finding]) -> list[Finding]:
    findings: list[Finding] = []
    if "ties" in text or "0s" in text or "0's" in text or "0’s" in text:
        findings.extend(_decade_parts(text))
    if "goin" in text or "ising" in text:
        findings.extend(_going_on(text))
    if " and " in text:
        findings.extend(_fractions(text))
    findings.extend(_caption_ages(text))
    findings.extend(_other_language_ages(text))
    for f in [*found, *findings]:
        if f.entity != "AGE":
            continue
        start, end = f.start, f.end
        if _DECADE_FOUND.fullmatch(text, start, end):
            mod = _MODIFIER_BEFORE.search(text, max(0, start - 24), start)
            if mod is not None and not _ERA_BEFORE.search(text, max(0, mod.start() - 20), mod.start()):
                start = mod.start()
        frac = _FRACTION_AFTER.match(text, end)
        if frac is not None and _AFTER_FRACTION.match(text, frac.end()):
            end = frac.end()
        if (start, end) != (f.start, f.end):
            findings.append(Finding(start, end, "AGE", f.score, DETECTOR))
        more = _GOING_ON_AFTER.match(text, end)
        if more is not None:
            findings.append(Finding(more.start("age"), more.end("age"), "AGE", 0.65, DETECTOR))
    return findings


# -- round 24: a second age said in the same breath as the first -----------------------------
# "I was nineteen when I left Leeds, and thirty-one when I sat the exam"; "the wee one was
# fifteen and the big one eight"; "the kids were twelve and seven months": once one age is
# found, the next said in the same shape is one too, though alone it is a bare number.

_SECOND = r"(?P<age>" + _SECOND_NUMBER + r")"
#: the shapes, each matched where a found age ends
_COORDINATED = tuple(re.compile(p, re.MULTILINE) for p in (
    # the same clause again: "... when I left Leeds, and thirty-one when I sat the exam"
    r"[ \t]+when\b[^.?!;\n]{1,80}?,?[ \t]+and[ \t]+" + _SECOND + r"(?=[ \t]+when\b)",
    # the clause's verb left out, another child named (see :data:`_ANOTHER_CHILD`)
    _ANOTHER_CHILD + _SECOND + _CLAUSE_ENDS,
    # two ages said as one complement, the clause ending after the second: "They were four
    # and nine.", "the twins are ten and eight"
    r"[ \t]+and[ \t]+" + _SECOND + r"(?=[ \t]*(?:[.;!?…]|$))",
    # a baby's age in months or weeks after an older child's: "twelve and seven months"
    r"[ \t]+and[ \t]+" + _SECOND + r"(?=[ \t]+(?i:" + _SMALL_UNIT + r")(?:[ \t]+(?i:old))?"
    r"[ \t]*(?:[,.;!?…)—–]|$))"))


def _coordinated(text: str, found: list[Finding]) -> list[Finding]:
    """The ages said after a found age in the same shape (see above), each one's own next."""
    findings: list[Finding] = []
    todo = [f.end for f in found if f.entity == "AGE"]
    seen: set[int] = set()
    while todo:
        end = todo.pop()
        if end in seen:
            continue
        seen.add(end)
        for pattern in _COORDINATED:
            m = pattern.match(text, end)
            if m is not None:
                findings.append(Finding(m.start("age"), m.end("age"), "AGE", 0.7, DETECTOR))
                todo.append(m.end("age"))
                break
    return findings
