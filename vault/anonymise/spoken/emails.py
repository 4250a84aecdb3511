"""E-mail addresses read out: "sarah dot khan at nhs dot net", "s khan seventy-two at gmail dot
com", "jo underscore whitaker at hotmail dot co dot uk", "r dot akinola hyphen nine at ...".

::

    find_spoken_emails(text)

Found from the domain backwards. The domain is "at" ("at sign", "at symbol", "at-sign", with
pauses around it) followed by labels joined by "dot" or "full stop" (or typed dots; a label may
be spelled: "N H S") whose last labels are a public suffix (the offline suffix list vault
bundles). The local part is read back from "at": pieces joined by "dot", "full stop",
"underscore", "dash", "hyphen" or "apostrophe", a number read after a name ("chandran four",
"khan seventy-two"), a single letter before a name ("s khan"), a known first name before the
last word ("sarah khan"), letters spelled one by one ("m c i n t y r e": "i" and "a" there are
letters), an initial after "dot" ("ostrowski dot a"), and the words before "all one word"; it
stops at ordinary words ("email", "is", "on", "me"...). "At the end of the day", "on the dot"
and "dot points" have no such domain.
"""
from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.recognizers import first_names, offline_tld_extract
from vault.anonymise.spoken._finding import Finding, overlap_test
from vault.anonymise.spoken.numbers import TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from vault.anonymise.spoken.turns import label_end, line_before, resumed_turn
from vault.anonymise.wordlists import is_english_word

__all__ = ["find_spoken_emails"]

DETECTOR = "spoken_email"

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,40}[A-Za-z0-9])?"
#: a label spelled out: "N H S dot net", "n-h-s dot u-k"
_SPELLED_LABEL = r"[A-Za-z](?:[ \t-][A-Za-z](?![\w'’])){1,5}"
#: a label with a hyphen said in it: "kelvin dash mail dot com", "st hyphen annes dot org"
_DASH_WORD = r"[ \t]+(?i:dash|hyphen)[ \t]+"
_DASHED_LABEL = _LABEL + r"(?:" + _DASH_WORD + _LABEL + r")+"
_SPOKEN_LABEL = r"(?:" + _DASHED_LABEL + r"|" + _SPELLED_LABEL + r"|" + _LABEL + r")"
#: the dot said: "dot", "full stop", "point", "period", and in the speaker's other language
#: ("punto", "punkt", "kropka", "ponto", "pwynt", "piste", "nokta", "tochka")
_DOT_WORD = (r"(?i:dot|full[ \t-]?stop|point|period|punto|punkt|kropka|ponto|pwynt|piste|nokta|"
             r"tochka|tečka|tecka)")
#: a pause a transcriber writes inside an address: an ellipsis, "[pause]", a dash, a filler
_PAUSE = (r"(?:[ \t]*(?:…|\.{2,}|\[[^\]\n]{1,20}\]|—|–|--|,)[ \t]*"
          r"(?:(?i:um|erm|er|uh|uhm)(?![\w'’-])[ \t]*(?:…|\.{2,}|,)?[ \t]*)?)")
#: the dot said, or typed apart from the words around it: "nhs . net"; pauses around it
_SPOKEN_DOT = (r"(?:[ \t]+|" + _PAUSE + r")(?:" + _DOT_WORD + r"|\.)(?:[ \t]+|" + _PAUSE
               + r")")
#: "(dot)", "[at]": the words in brackets, as some transcribers type them; read as the words
_BRACKETED = re.compile(r"[(\[](?i:(dot|at))[)\]]")
#: "at", "at sign", "at symbol", "at-sign", "at the rate", "@" (spoken, then typed)
#: and in the speaker's other language: "arroba", "małpa", "chiocciola", "klammeraffe",
#: "arobase", "apenstaartje", "snabel-a", "sobaka"
_AT_WORD = (r"(?i:at)(?:[ \t-]+(?i:(?:the[ \t]+)?(?:sign|symbol)|the[ \t]+rate(?:[ \t]+of)?))?|"
            r"@(?:[ \t]+(?i:sign|symbol)(?![\w'’-]))?")
_AT = r"(?<![\w@.])(?:" + _AT_WORD + r")"
_FOREIGN_ATS = ("arroba", "małpa", "malpa", "chiocciola", "klammeraffe", "at-zeichen", "arobase",
                "apenstaartje", "snabel", "sobaka")
_AT_ANY = (r"(?<![\w@.])(?:" + _AT_WORD + r"|"
           r"(?i:arroba|małpa|malpa|chiocciola|klammeraffe|at-zeichen|arobase|apenstaartje|"
           r"snabel-?a|sobaka)(?![\w'’-]))")
#: a domain's first label said as two or three words: "kofi mensah dot com", "d k accountants
#: dot co dot uk" (the words run together in the address)
_SPACED_LABEL = _LABEL + r"(?:[ \t]+" + _LABEL + r"){1,2}"
_DOMAIN_AFTER = (r"(?P<domain>" + _SPOKEN_LABEL + r"(?:" + _SPOKEN_DOT + _SPOKEN_LABEL + r")+|"
                 + _LABEL + r"(?:\." + _LABEL + r")+)(?![\w@-]|\.\w)")
#: a speaker's filler, said inside an address as anywhere: "sarah dot, um, khan at, er, nhs ..."
_FILLER = r"(?i:um|erm|er|uh|uhm)"
_AFTER_AT = r"(?:(?:,?[ \t]+" + _FILLER + r")?,?[ \t]+|" + _PAUSE + r")"
_DOMAIN = re.compile(_AT + _AFTER_AT + _DOMAIN_AFTER)
#: the same with the first label said as words (tried where no other domain is)
_SPACED_DOMAIN = (r"(?P<domain>" + _SPACED_LABEL + r"(?:" + _SPOKEN_DOT + _SPOKEN_LABEL
                  + r")+)(?![\w@-]|\.\w)")
_DOMAIN_SPACED = re.compile(_AT + _AFTER_AT + _SPACED_DOMAIN)
#: both, with "at" in other languages too (only where such a word is in the text: the longer
#: alternation is slower to scan)
_DOMAIN_ANY = re.compile(_AT_ANY + _AFTER_AT + _DOMAIN_AFTER)
_DOMAIN_SPACED_ANY = re.compile(_AT_ANY + _AFTER_AT + _SPACED_DOMAIN)
#: the local part typed with its "@" and the domain said: "j.smith@nhs dot net"
_TYPED_AT_DOMAIN = re.compile(r"(?<=[\w.])@" + _DOMAIN_AFTER)
_DOT = re.compile(_SPOKEN_DOT)
_SAID_DASH = re.compile(_DASH_WORD)
#: "_" said: "underscore", "under score", "under-line", "underbar", "low dash", "low-line" (the
#: separator optional: "underscore" is one of them)
_UNDERSCORE_WORD = r"under[ \t-]?(?:score|line|bar)|low[ \t-]?(?:dash|line)"
#: a local part with the shape of one: joined by a connector word, or with digits in it
_SHAPED_LOCAL = re.compile(r"(?i)[ \t](?:" + _UNDERSCORE_WORD + r"|"
                           r"dot|dash|hyphen|punto|punkt|kropka|ponto|pwynt|piste|nokta|tochka)"
                           r"[ \t]|[0-9_.]")
#: a domain said with "dot" (not "point", "period") whose labels before the suffix are no
#: function words: "proton dot me", not "this point in", "that dot in"
_SAID_DOT = re.compile(r"(?i)[ \t](?:dot|punto|punkt|kropka|ponto|pwynt|piste|nokta|tochka)[ \t]")
_FILLER_WORD = re.compile(r"(?<![\w'’-])" + _FILLER + r"(?![\w'’-])")
_LETTER_GAP = re.compile(r"(?<![A-Za-z])([A-Za-z])[ \t-](?=[A-Za-z](?![A-Za-z]))")
#: "at nhs", "at nhs net": the NHS's mail said short; a local part with an address's shape
#: before it ("ada dot obi", "r nowak two") is needed, as "at NHS" opens ordinary clauses
_BARE_NHS = re.compile(_AT + r"[ \t]+(?P<domain>(?i:nhs)(?:[ \t]+(?i:net|mail))?)(?![\w@-]|[ \t]+[A-Z]|[ \t]+"
                       + _DOT_WORD + r"\b|[ \t]*\.[ \t]*\w)")
#: (the provider said as two words, as captions write it: "g mail", "gee mail", "hot mail",
#: "proton mail", "talk talk", "virgin media"; a pause around "at": "kmensah... at... gmail")
_AFTER_AT = r"(?:[ \t]+|[ \t]*(?:…|\.{2,}|—|–)[ \t]*)"
_BARE_WEBMAIL = re.compile(_AT + _AFTER_AT + r"(?P<domain>(?i:gmail|hotmail|googlemail|yahoo|"
                           r"outlook|icloud|btinternet))(?![\w@-]|[ \t]+" + _DOT_WORD + r"\b|\.\w)")
#: ... and the providers that are also words, or said as two words as captions write them
#: ("g mail", "hot mail", "talk talk", "virgin media", "sky"): only after a local part with an
#: address's shape or a single word no dictionary or name list has ("kmensah at sky", not "works
#: at sky", "kofi at sky")
_BARE_WEBMAIL_WORDS = re.compile(
    _AT + _AFTER_AT + r"(?P<domain>(?i:g[ \t]mail|gee[ \t]mail|hot[ \t]mail|google[ \t]mail|"
    r"ymail|bt[ \t]internet|protonmail|proton[ \t]mail|talktalk|talk[ \t]talk|virginmedia|"
    r"virgin[ \t]media|ntlworld|blueyonder|tiscali|btopenworld|live[ \t]mail)|aol|sky)"
    r"(?![\w@-]|[ \t]+" + _DOT_WORD + r"\b|\.\w)")
_TOKEN = re.compile(r"[^\W_][\w.'’-]*|(?<=[ \t])\.(?=[ \t])")
#: "_" said as "underscore", "underline", "low dash", "underbar"; "." in the speaker's other
#: language ("punto", "kropka", "pwynt" ...)
_CONNECTORS = frozenset({".", "dot", "underscore", "under score", "dash", "hyphen", "minus", "apostrophe",
                         "full stop", "full-stop", "point", "period", "underline", "under line",
                         "low dash", "lowdash", "low line", "underbar", "under bar", "punto", "punkt",
                         "kropka", "ponto", "pwynt", "piste", "nokta", "tochka", "under-score",
                         "under-line", "under-bar", "low-dash", "low-line"})
#: connectors said in two words, joined back into one token: "full stop", "under score"
_TWO_WORD_CONNECTORS = frozenset({("full", "stop"), ("under", "score"), ("under", "line"),
                                  ("low", "dash"), ("low", "line"), ("under", "bar"),
                                  ("lower", "case"), ("upper", "case"), ("small", "letter"),
                                  ("capital", "letter")})
#: what a speaker says about a letter's case inside a local part: "capital J, jones"
_CASE_WORDS = frozenset({"capital", "small", "big", "little", "lowercase", "uppercase", "lower-case",
                         "upper-case", "lower case", "upper case", "small letter", "capital letter"})
#: a pause a transcriber writes between the words of an address: "tomasz … dot … wrobel"
_QUIET = re.compile(r"(?<![\w'’-])" + _FILLER + r"(?![\w'’-])|…|\.{2,}|\[[^\]\n]{0,20}\]|[—–]")
_NUMBER_WORDS = frozenset([*UNIT_WORDS, *TEEN_WORDS, *TENS_WORDS])
#: words that end a local part read backwards
_STOP = frozenset("""
at on is it's its was me my email e-mail mail address addresses to the and or her his their our
your um er erm uh that's that it be send sent from by via use using try at in of for with say said
just i you he she they we us them him contact reach get got looked look work worked working based
arrived met stayed all a an as also but so if then than there here this these those what which
who whom where when yeah yes no okay ok well like account personal work's were are am been
""".split())  # noqa: SIM905
_WEBMAIL = frozenset({"nhs", "gmail", "hotmail", "outlook", "yahoo", "icloud", "btinternet", "live",
                      "aol", "sky", "googlemail", "doctors", "me"})


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(name.lower() for name in first_names())


def _is_number(word: str) -> bool:
    parts = word.lower().split("-")
    return word.isdigit() or all(p in _NUMBER_WORDS for p in parts)


#: what a speaker says about the local part just before "at": "sarah khan, all one word, at",
#: its case ("all small", "lower case", "small letters", "no capitals"), and a listener's
#: back-channel the transcriber put in brackets after it ("(I: yep)")
_AFTER_LOCAL = re.compile(r"(?i)(?:,?[ \t]+(?:all[ \t]+)?(?:in[ \t]+)?(?:one[ \t]+word|lower[ \t-]?case|"
                          r"small(?:[ \t]+(?:letters|case))?|no[ \t]+(?:spaces?|capitals|caps))){1,2}"
                          r"[ \t]*,?[ \t]*(?:[(\[][^()\[\]\n]{1,30}[)\]][ \t]*,?[ \t]*)?\Z")
#: "the number" said after a number in the local part, to say it is digits, not a word:
#: "khan six, the number, at ..."
_NUMBER_REMARK = re.compile(r"(?i),?[ \t]+the[ \t]+number[ \t]*,?[ \t]*\Z")


#: a spelled piece of a local part: a letter, letters joined by hyphens ("h-o-l-t"), and
#: "double"/"triple" said inside them ("r-e-double", "w-a-double")
_SPELLED_PIECE = re.compile(r"(?i)(?:[a-z]|double|triple|treble)(?:-(?:[a-z]|double|triple|treble))*")
_REPEAT = frozenset({"double", "triple", "treble"})


#: a word with a contraction's ending ("one's", "we're", "didn't"): no word of an address
_CONTRACTED = re.compile(r"(?i)['’](?:s|re|ve|ll|d|m|t)\Z")


def _letter(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether token j is spelled: a single letter, letters joined by hyphens, or "double"
    before one ("double r": one letter said twice)."""
    if not 0 <= j < len(tokens):
        return False
    word = tokens[j][2]
    if len(word) == 1:
        return word.isalpha()
    if word.lower() in _REPEAT:
        return j + 1 < len(tokens) and len(tokens[j + 1][2]) == 1 and tokens[j + 1][2].isalpha()
    return "-" in word and _SPELLED_PIECE.fullmatch(word) is not None and \
        any(len(p) == 1 for p in word.split("-"))


def _spelled_at(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token i is a letter in a run of at least three single letters (a name spelled
    out: "m c i n t y r e"), so "i" and "a" there are letters, not words; "double r" and
    "w-a-double" count as letters of the run."""
    letter = functools.partial(_letter, tokens)
    if not letter(i):
        return False
    if "-" in tokens[i][2]:
        return True  # "h-o-l-t", "r-e-double": a run of letters in one token
    return letter(i - 1) and letter(i + 1) or letter(i - 1) and letter(i - 2) \
        or letter(i + 1) and letter(i + 2)


#: the words between a letter and the word said for it, by their last word ("s for sugar", "d
#: as in delta"): how many tokens of them come before that word
_SPELLING_AID = {"for": 1, "in": 2}
_SENTENCE_MARK = re.compile(r"[.?!;:\n]")


def _spelled_by(tokens: list[tuple[int, int, str]], i: int, said: int) -> bool:
    """Whether token i is the word said for a letter just before it: "s for sugar", "k as in
    king" (the letter, ``said`` words, then a word opening with that letter)."""
    letter = tokens[i - said - 1][2]
    words = [t[2].lower() for t in tokens[i - said:i]]
    return len(letter) == 1 and letter.isalpha() and words in (["for"], ["as", "in"]) \
        and tokens[i][2][:1].lower() == letter.lower() and tokens[i][2].isalpha() \
        and len(tokens[i][2]) > 1


def _local_start(text: str, at_start: int) -> int | None:
    """Where the local part read before " at " begins, or None if there is none."""
    remark = _AFTER_LOCAL.search(text, max(0, at_start - 40), at_start)
    joined = 0  # bare words that may still join the local part
    if remark is not None:
        at_start = remark.start()  # "sarah khan, all one word, at nhs dot net"
        joined = 2
    number = _NUMBER_REMARK.search(text, max(0, at_start - 20), at_start)
    if number is not None:
        said = text[max(0, number.start() - 20):number.start()].split()
        if said and _is_number(said[-1]):
            at_start = number.start()  # "khan six, the number at ...": only after a number
    window_start = max(0, at_start - 120)
    tokens: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text[window_start:at_start]):
        token = (m.start() + window_start, m.end() + window_start, m.group())
        if tokens and (tokens[-1][2].lower(), token[2].lower()) in _TWO_WORD_CONNECTORS and \
                not text[tokens[-1][1]:token[0]].strip(" \t"):  # "sarah full stop jones"
            first = tokens.pop()
            token = (first[0], token[1], f"{first[2].lower()} {token[2].lower()}")
        if _FILLER_WORD.fullmatch(token[2]) or text[token[0] - 1:token[0]] == "[":
            continue  # "sarah dot, um, khan": the filler is a pause, like the commas (and
            # "[pause]", a transcriber's note)
        tokens.append(token)
    if not tokens or _QUIET.sub("", text[tokens[-1][1]:at_start]).strip(" \t,"):
        return None
    i = len(tokens) - 1
    word = tokens[i][2]
    initial = len(word) == 1 and word.isalpha() and i > 0 and (
        tokens[i - 1][2].lower() in _CONNECTORS or tokens[i - 1][2].lower() in _CASE_WORDS)
    if (word.lower() in _STOP or word.lower() in _CONNECTORS) and not _spelled_at(tokens, i) \
            and not initial or _CONTRACTED.search(word):  # "ostrowski dot a at ...": an
        return None  # initial after "dot"; "we're at ...": a contraction is no address
    start = tokens[i][0]
    while i > 0:
        prev = tokens[i - 1]
        gap = _QUIET.sub("", text[prev[1]:tokens[i][0]])
        if gap.strip(" \t,") and (gap.strip(" \t,-") or not _spelled_at(tokens, i - 1)):
            break  # a comma is a pause: "sarah, dot, khan"; a dash between the letters of a
            # spelling too: "t - r - e - f - u - s - i - s"
        current = tokens[i][2]
        low = prev[2].lower()
        if low == "number" and i >= 2 and tokens[i - 2][2].lower() == "the" \
                and _is_number(current):
            start, i = tokens[i - 2][0], i - 2  # "smeaton the number six at", "dash the
            continue  # number twenty at": "the number" says the next word is digits
        if low in _CASE_WORDS and (len(current) == 1 or "-" in current and _letter(tokens, i)):
            start, i = prev[0], i - 1  # "capital A at ...", "capital b-a-x-t-e-r at ...":
            continue  # the case said before a letter or a run of them
        spelled = _SPELLING_AID.get(low)
        if spelled is not None and i > spelled and _spelled_by(tokens, i, spelled) and \
                _SENTENCE_MARK.search(text, tokens[i - spelled - 1][1], tokens[i][0]) is None:
            start, i = tokens[i - spelled - 1][0], i - spelled - 1  # "s for sugar
            continue  # underscore hingley at ...": the letter, then the word said for it
        if len(prev[2]) == 1 and prev[2].isalpha() and i >= 2 and \
                tokens[i - 2][2].lower() in _CASE_WORDS:
            start, i = tokens[i - 2][0], i - 2  # "capital J, jones": a cased initial
            continue
        if low in _CONNECTORS and i >= 3 and tokens[i - 2][2].lower() == "the" and \
                tokens[i - 3][2].lower() not in _STOP and not _QUIET.sub(
                    "", text[tokens[i - 3][1]:tokens[i - 2][0]] + text[tokens[i - 2][1]:prev[0]]
                ).strip(" \t,"):
            start, i = tokens[i - 3][0], i - 3  # "oriel the underscore vance": "the" said
            continue  # before the connector
        if low in _CONNECTORS and i >= 2 and not _QUIET.sub("", text[tokens[i - 2][1]:prev[0]]
                                                            ).strip(" \t,"):
            before = tokens[i - 2][2].lower()
            # a letter before "dot" is an initial even where it is a word: "a dot pellow"
            if before in _STOP and not (len(before) == 1 and before.isalpha()) \
                    or before in _CONNECTORS:
                break
            start, i = tokens[i - 2][0], i - 2
            continue
        if _spelled_at(tokens, i - 1):
            start, i = prev[0], i - 1  # a letter of a spelled run: "m c i n t y r e", "s a n"
            continue
        if low in _STOP or low in _CONNECTORS:
            break
        if "," in gap and low not in _CONNECTORS and tokens[i][2].lower() not in _CONNECTORS:
            break  # only "dot", "underscore"... may follow a pause
        if _is_number(current) or (len(prev[2]) == 1 and prev[2].isalpha()):
            start, i = prev[0], i - 1  # "chandran four", "seventy two", "s khan"
            continue
        if _CONTRACTED.search(low):
            break  # "the home one's kbrodie, all small, at": no address has "'s" in it
        if len(low) > 2 and low.endswith("."):
            break  # "I think so. jsmith, all one word, at": a sentence ended before it
        if joined or low in _first_names() or low.isalpha() and not is_english_word(low):
            # "sarah khan, all one word, at", a first name before the surname ("sarah khan
            # at"), or a word no dictionary knows ("prothero jones at"): a name, however few
            # name lists hold it
            joined = max(0, joined - 1)
            start, i = prev[0], i - 1
            continue
        if low.isalpha() and i - 1 == _clause_start(text, tokens, i - 1):
            start = prev[0]  # "Use my work one, hazel moss at ...": two words that open the
            # clause before "at" are the local part, whatever the dictionary says of them
        break
    return start


#: what ends a clause before a local part: punctuation, a bracket, a line's end
_CLAUSE_END = re.compile(r"[.,;:!?—–(\[\n]")


def _clause_start(text: str, tokens: list[tuple[int, int, str]], i: int) -> int:
    """``i`` if token i opens its clause (punctuation right before it), else -1."""
    before = text[tokens[i - 1][1] if i > 0 else 0:tokens[i][0]]
    if i == 0 or _CLAUSE_END.search(before):
        return i
    return -1


def find_spoken_emails(text: str) -> list[Finding]:
    """Spoken e-mail addresses in ``text``."""
    findings: list[Finding] = []
    extract = offline_tld_extract()
    if "t)" in text or "t]" in text:  # "sarah (dot) khan (at) nhs (dot) net", same offsets
        text = _BRACKETED.sub(lambda m: f" {m.group(1)} ", text)
    typed = _TYPED_AT_DOMAIN.finditer(text) if "@" in text else ()
    low = text.lower()
    foreign = any(word in low for word in _FOREIGN_ATS)
    plain = list((_DOMAIN_ANY if foreign else _DOMAIN).finditer(text))
    spaced = [m for m in (_DOMAIN_SPACED_ANY if foreign else _DOMAIN_SPACED).finditer(text)
              if not any(p.start() < m.end() and m.start() < p.end() for p in plain)]
    for match in [*plain, *spaced, *typed]:
        domain = _LETTER_GAP.sub(r"\1", _DOT.sub(".", _SAID_DASH.sub("-", match.group("domain"))))
        if "." not in domain:
            continue
        first, _, rest = domain.partition(".")
        if " " in first or "\t" in first:  # "kofi mensah dot com": no word a sentence needs
            if any(w.lower() in STOP_WORDS or w.lower() in _STOP for w in first.split()):
                continue
            domain = "".join(first.split()) + "." + rest
        parts = extract(domain.lower())
        if not parts.suffix or not parts.domain:
            continue
        if domain.rsplit(".", 1)[-1].lower() in STOP_WORDS and _DOT.search(match.group()):
            # "at this point in time", "at that period in my life": ".in" is a suffix, but a
            # domain said aloud ends in a word no sentence needs -- unless the local part
            # before "at" is joined by "underscore", "dot", "dash" or carries digits, which
            # no sentence does either ("priya underscore nandra at proton dot me")
            labels = domain.lower().split(".")[:-1]
            if _SAID_DOT.search(match.group("domain")) and not STOP_WORDS.intersection(labels):
                findings.extend(f for f in _with_local(text, match.start(), match.end(),
                                                       parts.domain)
                                if _SHAPED_LOCAL.search(text, f.start, match.start())
                                or _AFTER_LOCAL.search(text, f.start, match.start()))
                # (or remarked on as an address is: "jsmith, all one word, at p m dot me")
            continue
        findings.extend(_with_local(text, match.start(), match.end(), parts.domain))
    for match in _BARE_WEBMAIL.finditer(text):  # "s khan at gmail", the ".com" left unsaid
        findings.extend(_with_local(text, match.start(), match.end(), ""))
    if " mail" in low or "sky" in low or "aol" in low or "talk" in low or "media" in low or \
            "internet" in low or "world" in low or "tiscali" in low or "yonder" in low:
        for match in _BARE_WEBMAIL_WORDS.finditer(text):  # "kmensah at hot mail"
            findings.extend(f for f in _with_local(text, match.start(), match.end(), "")
                            if _unknown_word_or_shaped(text[f.start:match.start()]))
    for match in _bare_nhs(text, low):  # "ada dot obi at nhs"
        findings.extend(f for f in _with_local(text, match.start(), match.end(), "nhs")
                        if _shaped(text[f.start:match.start()], digits=False)
                        and not text[f.start:match.start()].rstrip().endswith(",") and not any(
                            g.start < f.end and f.start < g.end for g in findings))
    findings.extend(_undomained(text, low, findings))
    if " at " in low or " at," in low:
        findings.extend(_short_domains(text))
    return findings


#: an address with its domain said short, the way people give a home provider's address: no
#: ".com"/".co.uk", maybe a country after it ("jo dot bloggs at freeserve UK", "jdunn at
#: onetel", "kim dash lee at, erm, the plusnet"); the local part has an address's shape
_SHORT_JOINER = (r"[ \t]*,?[ \t]+(?:(?i:the)[ \t]+)?(?i:dot|dash|hyphen|" + _UNDERSCORE_WORD
                 + r")[ \t]*,?[ \t]+")
_SHORT_DOMAIN = re.compile(
    r"(?<![\w'’@.-])(?P<local>[^\W\d_][\w'’]*(?:" + _SHORT_JOINER + r"[^\W_][\w'’]*)*)"
    r"[ \t]*,?[ \t]+(?i:at)(?:[ \t]*,?[ \t]*(?i:um|erm|er|uh)[ \t]*,?)?[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?P<domain>[A-Za-z][A-Za-z0-9-]*(?:[ \t]+(?:[a-z][a-z0-9-]*|UK|IE|US))?)"
    r"(?=[ \t]*(?:[,.;:!?)—–]|$))", re.MULTILINE)
_SHORT_CUE_REACH = 240
_COUNTRY = frozenset({"uk", "ie", "us"})


def _short_domain_candidates(text: str, cues: list[int]) -> list[re.Match[str]]:
    """``_SHORT_DOMAIN`` matches starting after a cue and within reach of it (the only ones a
    cue can qualify), scanned only there: a transcript is not searched word by word."""
    found: list[re.Match[str]] = []
    pos = 0
    for cue in cues:
        start = max(pos, cue)
        stop = cue + _SHORT_CUE_REACH
        while start < stop:
            m = _SHORT_DOMAIN.search(text, start)
            if m is None or m.start() >= stop:
                break
            found.append(m)
            start = pos = m.end()
    return found


def _short_domains(text: str) -> list[Finding]:
    """Addresses whose domain is said short (see ``_SHORT_DOMAIN``), where an e-mail or an
    address was asked for or named shortly before: the local part must have an address's shape
    (pieces joined by "dot", "dash", "underline" ...) or be one word no dictionary or name list
    has ("kmensah"); the domain must be no word a sentence needs ("works at the hospital" has
    no shaped local part; "it's jo dot lee at home" names home as the domain only with a cue)."""
    out: list[Finding] = []
    cues = [c.end() for c in _ADDRESS_CUE.finditer(text)]
    if not cues:
        return out
    for m in _short_domain_candidates(text, cues):
        local, domain = m.group("local"), m.group("domain").lower().split()
        joined = re.search(_SHORT_JOINER, local) is not None
        if not joined and not _unknown_word_or_shaped(local):
            continue
        if any(w in STOP_WORDS and w not in _COUNTRY and not _is_number(w) for w in domain) or \
                domain[0] in _STOP or domain[0] in _CONNECTORS or \
                (len(domain) == 2 and domain[1] not in _COUNTRY and not _is_number(domain[1])):
            continue
        words = [w.strip(",").lower() for w in re.split(_SHORT_JOINER, local)]
        if any(w in STOP_WORDS or w in _STOP or w in _NOT_NAMES for w in words):
            continue
        if _ADDRESS_CUE.search(text, max(0, m.start() - _SHORT_CUE_REACH), m.start()) is None:
            continue
        out.append(Finding(m.start("local"), m.end("domain"), "EMAIL", 0.8, DETECTOR))
    return out


def _bare_nhs(text: str, low: str) -> list[re.Match[str]]:
    """``_BARE_NHS`` matches, tried only where "at nhs" is said (a plain search first)."""
    out = []
    at = low.find("at nhs")
    while at != -1:
        m = _BARE_NHS.match(text, at)
        if m is not None:
            out.append(m)
        at = low.find("at nhs", at + 6)
    return out


def _unknown_word_or_shaped(local: str) -> bool:
    """A local part with an address's shape, or one word that is no English word, no first
    name and no filler: "kmensah", "jsmith72", "drokafor"."""
    words = local.replace(".", " ").replace("…", " ").split()
    if len(words) == 1:
        word = words[0].strip(",;:").lower()
        return word.isalnum() and word not in _STOP and not is_english_word(word) and \
            word not in _first_names()
    return _shaped(local, digits=True)


def _shaped(local: str, *, digits: bool = True) -> bool:
    """Whether a local part read out has an address's shape: a connector word, digits (unless
    ``digits`` is false: "on the 8th of April 2012, at NHS ..."), a number word, or an initial
    before a name ("r nowak two", "ada dot obi", "p nair")."""
    words = local.split()
    shaped = _SHAPED_LOCAL.search(" " + local + " ")
    return shaped is not None and (digits or not shaped.group().isdigit()) \
        or any(_is_number(w) and not w.isdigit() for w in words) \
        or len(words) >= 2 and len(words[0]) == 1 and words[0].isalpha()


#: a local part said without its domain: "olu dot bakare", "ada underline obi" (words joined
#: by a connector word)
_JOINER_WORDS = r"[ \t]*,?[ \t]+(?i:dot|" + _UNDERSCORE_WORD + r")[ \t]*,?[ \t]+"
_JOINED_WORDS = re.compile(
    r"(?<![\w'’@.-])[^\W\d_][\w'’]*(?:" + _JOINER_WORDS + r"[^\W_][\w'’]*(?![\w'’@-]))+")
#: the connector words in the lower-cased text (a literal space first: quick to scan)
_JOINER_LOW = re.compile(r" (?:dot|under[ -]?(?:score|line|bar)|low[ -]?(?:dash|line))[ ,]")
_LAST_WORD = re.compile(r"[^\W\d_][\w'’]*[ \t]*,?\Z")
_JOINER = re.compile(_JOINER_WORDS)
_UNDERSCORED = re.compile(r"(?i)" + _UNDERSCORE_WORD)
#: what says an address is being given: "e-mail", "address", "firstname dot surname"
_ADDRESS_CUE = re.compile(r"(?i)(?<![\w-])(?:e-?mail|address|inbox|dot[ \t]+(?:surname|lastname|last[ \t]+name))"
                          r"(?![\w-])")
_NOT_NAMES = frozenset({"com", "net", "org", "uk", "co", "gov", "ac", "nhs", "dot", "firstname",
                        "surname", "lastname", "name", "first", "last"})


def _undomained(text: str, low: str, found: list[Finding]) -> list[Finding]:
    """A local part said with no domain, where the turn is about an e-mail address (or the
    words are joined by "underscore", which nothing else is): "firstname dot surname at the
    trust, so mine's olu dot bakare"."""
    out: list[Finding] = []
    end = 0
    taken = overlap_test((f.start, f.end) for f in found)
    for hit in _JOINER_LOW.finditer(low):
        if hit.start() < end:
            continue
        word = _LAST_WORD.search(text, max(0, hit.start() - 40), hit.start())
        m = _JOINED_WORDS.match(text, word.start()) if word is not None else None
        if m is None:
            continue
        end = m.end()
        if taken(m.start(), m.end()):
            continue
        names = [w.strip(" \t,").lower() for w in _JOINER.split(m.group())]
        if not names or any(w in STOP_WORDS or w in _STOP or w in _NOT_NAMES or w in _CONNECTORS
                            for w in names):
            continue  # "dot dot dot", "on the dot", "firstname dot surname", "dot com"
        cue = _ADDRESS_CUE.search(text, max(0, text.rfind("\n", 0, m.start()) + 1, m.start() - 120),
                                  m.start())
        if cue is None and not _UNDERSCORED.search(m.group()):
            continue
        out.append(Finding(m.start(), m.end(), "EMAIL", 0.85, DETECTOR))
    return out


#: what names an e-mail address just before it is read out: "my email's", "e-mail address
#: is", "email me on", "the address: it's"
_EMAIL_CUE = re.compile(r"(?i)(?<![\w-])(?:e-?mail|address)(?![\w-])(?:['’]s|[ \t]+(?:address|is|me|on|was|"
                        r"it['’]s|that['’]s))*[ \t]*[:,-]?[ \t]*(?:(?:it['’]s|is|that['’]s|so|at)"
                        r"[ \t]*[:,]?[ \t]*)*")
#: a sentence or a turn ends between the cue and "at": the cue names something else
_BREAK = re.compile(r"[.?!][ \t]+[A-Z]|\n|[?!]")
_MAX_CUED_WORDS = 7


def _cued_start(text: str, at: int) -> int | None:
    """Where the local part starts when an e-mail cue comes shortly before "at": everything
    between the cue and "at" is the address, whatever words the speaker put in it ("my
    email's dee dot marsh, that's at outlook dot com", "email is fatima, the number nine,
    at gmail")."""
    cue = None
    for cue in _EMAIL_CUE.finditer(text, max(0, at - 90), at):
        pass
    if cue is None or cue.end() >= at:
        return None
    between = text[cue.end():at]
    if _BREAK.search(between) or not 0 < len(between.split()) <= _MAX_CUED_WORDS:
        return None
    return cue.end()


#: words that say the stretch after a cue is not the address: a person or a clause ("email
#: Carol on ...", "emailed the scheme at ...")
_NOT_LOCAL = re.compile(r"(?<![\w'’-])(?:on|to|for|from|with|and|or|but|he|she|they|we|you|I|the(?![ \t]+"
                        r"number)|[A-Z][a-z]+)(?![\w'’-])")


#: what ends the first half of an address a speaker breaks off: an ellipsis or a dash
_BROKEN_OFF = re.compile(r"[ \t]*(?:\.\.\.|…|[-–—]+)[ \t]*\Z")


def _local_in_turn_before(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of a local part the speaker said at the end of their last turn, broken off
    there ("It's jo underscore marsh..." -- "Yep." -- "At outlook dot com"), when the turn
    holding ``at`` resumes it after a back-channel and opens with "at"; else None."""
    back = line_before(text, text.rfind("\n", 0, at) + 1)  # the back-channel's line
    first = None if back is None else line_before(text, back)  # the broken-off turn
    if first is None:
        return None
    before = text.find("\n", first)
    broken = _BROKEN_OFF.search(text, max(0, before - 12), before)
    if broken is None:
        return None
    local_end = broken.start()
    if resumed_turn(text, local_end) != at:
        return None
    start = _local_start(text, local_end)
    if start is None or label_end(text, text.rfind("\n", 0, start) + 1) > start:
        return None
    return start, local_end


def _with_local(text: str, at: int, end: int, domain: str) -> list[Finding]:
    start = _local_start(text, at)
    cued = _cued_start(text, at)
    if cued is not None and (start is None or cued < start) and \
            not _NOT_LOCAL.search(text, cued, at if start is None else start):
        start = cued
    if start is None:
        split = _local_in_turn_before(text, at)
        if split is None:
            return []
        return [Finding(*split, "EMAIL", 0.9, DETECTOR), Finding(at, end, "EMAIL", 0.9, DETECTOR)]
    local = text[start:at]
    pieces = len(local.split())
    # one word before "at" is an address when the speaker named it one ("my email's
    # jsmith at nhs dot uk"), a webmail domain follows, or it carries digits
    score = 0.9 if pieces > 1 or domain.lower() in _WEBMAIL or any(
        c.isdigit() for c in local) or start == cued else 0.7
    return [Finding(start, end, "EMAIL", score, DETECTOR)]
