"""Ages in words and digits in any turn of phrase, and counts and durations that are not ages."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.numbers import number_runs


def found(text: str) -> list[str]:
    return sorted({text[f.start:f.end] for f in find_ages(text, number_runs(text))})


POSITIVES = [
    # answers to an age question, after interjections, with corrections and additions
    ("I: And, um, how old are you?\n\nP01: Forty-seven.", ["Forty-seven"]),
    ("I: Can I ask how old you are?\n\nP01: Oh, thirty-one. [laughs]", ["thirty-one"]),
    ("INT: And your age, for the demographics?\n\nP01: God, 44. Don't remind me.", ["44"]),
    ("I: How old are you now?\n\nP03: Thirty-one last month, actually.", ["Thirty-one"]),
    ("Q: What age are you now, roughly?\n\nA: Er, 34, thirty-five in August.", ["34", "thirty-five"]),
    ("R: How old were you at the time?\n\nP04: Ooh. Thirty-eight? No, thirty-seven.",
     ["Thirty-eight", "thirty-seven"]),
    ("I: How old are your kids?\n\nP: Fifteen and fourteen. Both at the high school.",
     ["Fifteen", "fourteen"]),
    ("I: Could I ask your age?\n\n[00:03:12] P: Sure. 52.", ["52"]),
    ("Researcher: How old was he?\nP09: [pause] Blimey. Eighty-one, I think.", ["Eighty-one"]),
    ("I: How old are you?\nP: I'm nearly sixty.", ["sixty"]),
    # a self-correction after the answer: the corrected number is the age too
    (("I: How old were you when you qualified?\n\nP: Um, twenty-six? No, I tell a lie, "
      "twenty-five."), ["twenty-five", "twenty-six"]),
    ("Q: And how old was your dad then?\n\nA: Seventy. Wait, scratch that, sixty-nine.",
     ["Seventy", "sixty-nine"]),
    # "even" before the age in a question
    ("The registrar laughed, are you even twenty-five? I was twenty-nine.",
     ["twenty-five", "twenty-nine"]),
    ("Is he even thirty? He looks about twelve.", ["thirty"]),
    # an interjection or "last month" when ages are being talked about, without a question
    ("It was my birthday on Friday. God, forty-four. Where did it go?", ["forty-four"]),
    ("I'm old now. Fifty-two in March.", ["Fifty-two"]),
    ("sixty-one last birthday.", ["sixty-one"]),
    ("she is 45 years of age", ["45"]),
    # questions and statements
    ("My consultant said, are you 40 yet? As if that was the problem.", ["40"]),
    ("he kept saying, you're not sixty, are you?", ["sixty"]),
    ("Is she seventy? She doesn't look it.", ["seventy"]),
    ("I was, um, eighteen? Yeah, seventeen.", ["eighteen", "seventeen"]),
    ("I'd have been thirty when I started as an F1.", ["thirty"]),
    ("I'm the wrong side of fifty now.", ["fifty"]),
    ("I turned fifty in the summer.", ["fifty"]),
    ("I hit forty during the first lockdown.", ["forty"]),
    ("I'm coming up to sixty-five and counting down.", ["sixty-five"]),
    ("pushing forty, with two kids", ["forty"]),
    ("at the age of forty-five he retired", ["forty-five"]),
    ("We had a lad of nineteen in resus.", ["nineteen"]),
    ("A woman of eighty-two, on her own.", ["eighty-two"]),
    ("I qualified at twenty-four, straight through.", ["twenty-four"]),
    ("he died at 72, far too young", ["72"]),
    ("She'll be sixty next year.", ["sixty"]),
    ("I: How old are you?\n\nP: Me? Forty-four.", ["Forty-four"]),
    ("I'm knocking on fifty.", ["fifty"]),
    ("My kids are nine and eleven.", ["nine", "eleven"]),
    ("At forty-two, I was the oldest on the scheme.", ["forty-two"]),
    ("she was sort of only 16, like, and her mum was there", ["16"]),
    ("Keith turned one while I was on nights.", ["one"]),
    ("the kids, well, Trevor is one and picks up on everything", ["one"]),
    # decades of a person
    ("I'm in my forties, so I remember.", ["forties"]),
    # round 13: the modifier is found with the decade (the widest span wins in the engine)
    ("She was in her late fifties, I think.", ["fifties", "late fifties"]),
    ("a man in his mid-sixties", ["mid-sixties", "sixties"]),
    ("by then I was into my thirties", ["thirties"]),
    # "X years old", "X-year-old", in words and digits
    ("the patient was sixty-seven years old and had never been in", ["sixty-seven"]),
    ("A ninety-four-year-old man came in with chest pain.", ["ninety-four"]),
    ("he was a fit ninety four-year-old, ran marathons", ["ninety", "ninety four"]),  # merged
    ("She was a twelve-year-old, and her dad was there.", ["twelve"]),
    ("a 45 year old woman", ["45"]),
    ("he's 8 yrs old", ["8"]),
    # a relative's age: "my son was five", "my grandad's a hundred and two"
    ("Yeah, so my son was five and I missed his birthday.", ["five"]),
    ("My grandad's a hundred and two and he still does the crossword.", ["a hundred and two"]),
    ("my nan is one hundred and six, would you believe", ["one hundred and six"]),
    ("Her eldest is nineteen now.", ["nineteen"]),
    ("My grandad's 104 and sharp.", ["104"]),
    ("my dad'll be seventy in May", ["seventy"]),
    # ages over a hundred after other cues
    ("I: How old was she?\n\nP: A hundred and one. Got a card and everything.",
     ["A hundred and one"]),
    ("she turned a hundred and three last week", ["a hundred and three"]),
    # questions with "what" before the guess
    ("So you'd have been, what, thirty? Thirty-one?", ["Thirty-one", "thirty"]),
    ("Are you, what, forty-five now?", ["forty-five"]),
    ("are you over forty, can I ask?", ["forty"]),
    ("You must be, what, forty-five?", ["forty-five"]),
    ("Was he ninety, or ninety-one?", ["ninety", "ninety-one"]),
    ("she lived to a hundred and one", ["a hundred and one"]),
    ("he made it to ninety-four, bless him", ["ninety-four"]),
    # the age later in the answer, after a remark
    ("IV: How old are you, if you don't mind?\n\nP: [laughs] Old enough. No, forty-six.",
     ["forty-six"]),
    ("I: And your age?\n\nP: Don't ask. Thirty-nine next month.", ["Thirty-nine"]),
    ("my son, aged five, was in the back", ["five"]),
    ("she left school at the age of nine", ["nine"]),
    # more life events with an age; more adverbs before it
    ("I became a consultant at forty-one, which is late", ["forty-one"]),
    ("she had her first at nineteen", ["nineteen"]),
    ("I started medicine at twenty-six", ["twenty-six"]),
    ("I'm actually forty-seven, believe it or not", ["forty-seven"]),
    ("she was probably eighty-one, maybe eighty-two", ["eighty-one", "eighty-two"]),
    # the big birthday
    ("It was the big four-oh, and they threw me a party.", ["four-oh"]),
    ("the big five oh is next year", ["five oh"]),
    ("for the big 5-0 we went to Rome", ["5-0"]),
]


@pytest.mark.parametrize("text, ages", POSITIVES)
def test_finds(text: str, ages: list[str]) -> None:
    assert found(text) == sorted(ages)


NEGATIVES = [
    "I: How many patients would you see in a day?\n\nP: Forty, maybe fifty on a bad day.",
    "I: How long were you off in the end?\n\nP: Six weeks. Then a phased return.",
    "I: And how long have you been a consultant?\n\nP: Ten, eleven years now.",
    "I: How many partners?\n\nP: Seven. Well, six and a half.",
    "I: How old are the notes?\n\nP: Six months, maybe more.",          # an age question, a duration
    "I've got forty patients on the list.",
    "Thirty minutes for lunch, if you're lucky.",
    "I was on for seventy-two hours straight.",
    "We were all thirty-somethings with no idea.",                      # a group, not a person
    "We were all in our twenties then.",
    "the nineties were a different world",
    "You're one of the best, you are.",
    "Are you two still together?",
    "I started at nine, and left at twenty past six.",                   # times of day
    "He was forty minutes late.",
    "There were twenty-eight beds and seven of us.",
    "It was the birthday party. Forty came.",
    "God, forty minutes on hold.",
    "I'm on call twenty-four seven.",
    "At twenty past, we left. At nine, we started.",
    "She was one of the best. It is one of those things. He's one in a million.",
    # counts, durations and measures next to the same cues
    "I: How many years did you train for?\n\nP: Twelve. Twelve years, start to finish. I'm old now.",
    "my son was two hours late and my dad was three stone heavier",
    "my wife's one concern was the commute, my dad's one worry was money",
    "My husband's two brothers came, my son was first in the queue.",
    "my daughter was five foot two by then",
    "a three-year-old car, a ten year old laptop",
    "a big four-by-four, the big one, the big forty-seater coach",
    "one hundred and six patients on the list, a hundred and two beds",
    "I: How old are you?\n\nP: Old enough. I've done this twenty years, forty patients a day.",
    "I: How old is the building?\n\nP: Ancient. Sixties, maybe.",
    "I: How old is the hospital?\n\nP: A hundred and twenty years, near enough.",
    "they lived to tell the tale, made it to twenty past",
    "aged three months, aged two weeks, an aged care home",
    "I started training at nine in the morning, became a regular at twenty past",
    "we had our first meeting at eleven, I'm actually fifty minutes away",
    # a correction after a count stays a count; "even" before a count or a duration
    "I: How many on the list?\n\nP: Thirty? No, I tell a lie, thirty-two patients.",
    "Are you even two minutes away? Were they even thirty pages long?",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_alone(text: str) -> None:
    assert found(text) == []
