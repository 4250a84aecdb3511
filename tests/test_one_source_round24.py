"""Round 24 of issue 14 (twins24): things the engine wrote twice, each now written once; the
engine's output is unchanged (the fingerprint of every development document is the same).

1. The engine exempted two finders from the allow list by their detector names (the spoken
   dates', the grade-district postcodes'): a recognizer now declares that its finds stand though
   the policy allows their words, and stamps :data:`DESPITE_ALLOWED_KEY` on them; the engine
   reads the stamp, so a recognizer without the declaration is not exempt.
2. The spoken ages spelt the words for a child four times over, each list short of others'
   words ("my lad, six months", "the newborn is six weeks" were missed): one list,
   :data:`CHILD_WORDS`, read by every pattern; "one" alone is no child where someone is said to
   be a number of months ("the next one is four months" is a post).
3. A speaker's label was parsed by its own pattern in each of five readers (the turn readers',
   the answers', the register's, the engine's participant labels, the role labels), each
   spelling the line's timestamp again: one parser, :mod:`vault.anonymise.speaker_labels`,
   builds every reader's pattern from the same parts, each reader choosing the words it takes
   for a label, and says who a label names the same for all.
4. The birth words ("born", "DOB", "d.o.b.", "date of birth", "birthday") were spelt in fifteen
   patterns, no two alike ("d.ob" and "D O B" cued a date of birth in some, not others): one
   source, :data:`BIRTH_WORDS` and :data:`DATE_OF_BIRTH_WORDS` (without "birth" and "born",
   for the finders that read them so), read by all.
"""
from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path
from typing import Any

import pytest

import vault
from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import (
    DESPITE_ALLOWED_KEY,
    GradeDistrictRecognizer,
    UkPostcodeRecognizer,
)
from vault.anonymise.speaker_labels import CUE_AFTER, label_pattern, speaker
from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.numbers import number_runs
from vault.anonymise.spoken.recognizer import SpokenFormsRecognizer
from vault.anonymise.spoken.turns import label_end
from vault.anonymise.wordlists import BIRTH_WORDS, CHILD_WORDS, DATE_OF_BIRTH_WORDS

# -- 1. a recognizer declares its finds stand though their words are allowed -------------------


def _stamps(recognizer: object, text: str, entities: list[str]) -> dict[str, set[bool]]:
    """Each detector's finds in ``text``: whether each carries the stamp."""
    out: dict[str, set[bool]] = {}
    for r in recognizer.analyze(text, entities):  # type: ignore[attr-defined]
        meta = r.recognition_metadata
        out.setdefault(meta["recognizer_name"], set()).add(meta.get(DESPITE_ALLOWED_KEY, False))
    return out


def test_the_grade_district_finder_declares_its_finds() -> None:
    assert _stamps(GradeDistrictRecognizer(), "We live in ST3 now.", ["POSTCODE"]) == {
        "postcode_grade_district": {True}}


def test_a_postcode_finder_without_the_declaration_stamps_nothing() -> None:
    assert _stamps(UkPostcodeRecognizer(), "Postcode: BT8, and we moved to FY4.",
                   ["POSTCODE"]) == {"uk_postcode": {False}}


def test_only_the_spoken_dates_are_stamped() -> None:
    stamps = _stamps(SpokenFormsRecognizer(),
                     "P2: It went wrong on the ninth of March. I was forty-four then.",
                     ["DATE", "AGE"])
    # the age finders (the rules', and the learned one where it is sure) and the learned date
    # finder stamp nothing
    assert stamps.pop("spoken_date") == {True}
    assert stamps.pop("spoken_age") == {False}
    assert set(stamps) <= {"learned_age", "learned_date"} and \
        all(v == {False} for v in stamps.values())


@pytest.mark.parametrize(("text", "allowed"), [
    ("P3: The letter came on Boxing Day, of all days.", "Boxing Day"),
    ("We live in ST3 now, near the park.", "ST3"),
])
def test_the_engine_reads_the_stamp(anonymiser: Anonymiser, monkeypatch: pytest.MonkeyPatch,
                                    text: str, allowed: str) -> None:
    assert allowed not in anonymiser.redact(text).text
    # the same finds without the declaration: the allowed words stay
    monkeypatch.setattr(SpokenFormsRecognizer, "FINDERS_DESPITE_ALLOWED", frozenset())
    monkeypatch.setattr(GradeDistrictRecognizer, "DESPITE_ALLOWED", False)
    assert allowed in anonymiser.redact(text).text


# -- 2. one list of children's words for the ages in months and weeks -------------------------


def _ages(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_ages(text, number_runs(text))]


def _is(word: str) -> str:
    return "are" if word in ("kids", "twins") else "is"


@pytest.mark.parametrize("word", sorted(CHILD_WORDS))
def test_every_child_word_is_read_by_every_months_pattern(word: str) -> None:
    # beside the age, before a name set off by commas, asked about in the turn before
    assert _ages(f"Our {word}, six months, never sleeps.") == ["six months"]
    assert _ages(f"Our {word}, I mean, Tobin, was ten months then.") == ["ten months"]
    assert _ages(f"I: How old's the {word}?\nP: Seven months.") == ["Seven months"]
    if word != "one":  # said to be a number of months: see the next test
        assert _ages(f"The {word} {_is(word)} six weeks now.") == ["six weeks"]


@pytest.mark.parametrize("text", [
    "The first one was six months, then a year in Leeds.",  # "one" alone: a post's length
    "The next one is four months, in Oban.",
    "Each one was six months.",
    "The kid, six months later, came back.",  # a time after, not an age
    "I: How old's the practice?\nP: Seven months.",  # a thing's age
    "The kids were six weeks off school.",
])
def test_months_that_are_no_childs_age(text: str) -> None:
    assert _ages(text) == []


def test_a_little_one_is_still_a_child() -> None:
    assert _ages("Our wee one is four months now.") == ["four months"]


# -- 3. one parser of speaker labels ------------------------------------------------------------

#: the timestamp that may open a labelled line, spelt as a pattern
_SPELT_TIMESTAMP = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?[\\])]?"


def test_no_module_spells_the_line_timestamp_but_the_parser() -> None:
    spelt = [p.name for p in sorted((Path(vault.__file__).parent / "anonymise").rglob("*.py"))
             if p.name != "speaker_labels.py" and _SPELT_TIMESTAMP in p.read_text()]
    assert spelt == []


@pytest.mark.parametrize(("line", "options", "who", "said"), [
    ("P07: oh seven", {}, "p07", " oh seven"),
    ("Interviewer (JM):  Right", {"after": "[ \t]*"}, "interviewer (jm)", "Right"),
    ("[00:01:42] I: Go on", {"stamp": True, "after": CUE_AFTER}, "i", "Go on"),
    ("12:31 PR.10: Yes", {"stamp": True, "after": " "}, "pr.10", "Yes"),
    ("[laughs] P02: [sighs] Aye", {"cue": True, "after": CUE_AFTER}, "p02", "Aye"),
    ("[Interviewer]: And then?", {"bracketed": True, "after": " "}, "interviewer", "And then?"),
    ("W8-02 (GP): Fine", {"note": r"(?:[ \t]*\((?P<note>[^()\n]{1,24})\))?", "after": " "},
     "w8-02", "Fine"),
])
def test_the_label_parser(line: str, options: dict[str, Any], who: str, said: str) -> None:
    label = label_pattern(r"[A-Za-z][\w .()-]{0,30}?", **options).match(line)
    assert label is not None and speaker(label) == who and line[label.end():] == said


@pytest.mark.parametrize("line", ["[00:01:42] I: Go on", "[laughs] P02: Aye", "[Interviewer]: And?"])
def test_a_label_part_no_reader_takes_is_no_label(line: str) -> None:
    assert label_pattern(r"[A-Za-z][\w .()-]{0,30}?").match(line) is None


def test_a_tab_before_the_colon_is_a_label_for_the_turn_readers_too() -> None:
    # the answer and register readers took "P07\t:" for a label; the turn readers now do too
    assert label_end("P07\t: oh seven", 0) == len("P07\t: ")
    assert label_end("P07 oh seven", 0) == 0


# -- 4. the birth words, one source in the word lists -------------------------------------------

#: a birth word spelt as a pattern: "dob", "d\.?o\.?b", "d\.?\s?o\.?\s?b", "date[ \t]+of[ \t]+birth"
_SPELT_BIRTH = re.compile(r"(?i)(?<![a-z])d(?:\\\.\??)?(?:\\s\?|\[ \\t\]\?)?o(?:\\\.\??)?"
                          r"(?:\\s\?|\[ \\t\]\?)?b(?![a-z])|date(?:\[ \\t\]\+|\\s\+| )of")


def test_no_pattern_spells_the_birth_words_but_the_word_lists() -> None:
    spelt = []
    for path in sorted((Path(vault.__file__).parent / "anonymise").rglob("*.py")):
        if path.name == "wordlists.py":
            continue
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text()).readline)
        spelt += [f"{path.name}:{t.start[0]}" for t in tokens if t.type == tokenize.STRING
                  and t.string[:1] in "rR" and _SPELT_BIRTH.search(t.string)]
    assert spelt == []


@pytest.mark.parametrize("said", ["born", "birth", "birthday", "Date of Birth", "DOB", "dob",
                                  "d.o.b.", "D.O.B", "D O B"])
def test_the_birth_words(said: str) -> None:
    assert re.fullmatch(r"(?i)" + BIRTH_WORDS + r"\.?", said)
    assert (re.fullmatch(r"(?i)" + DATE_OF_BIRTH_WORDS + r"\.?", said) is None) \
        == (said in ("born", "birth"))


@pytest.mark.parametrize("text", ["It's Dobbs, D O B B S.", "adobe", "Dobson", "He was borne"])
def test_no_birth_word_inside_others(text: str) -> None:
    assert re.search(r"(?i)\b" + BIRTH_WORDS + r"\b", text) is None


@pytest.mark.parametrize("text", [
    "P2: My D O B is 120584, for the form.",  # read as digits after the letters said apart
    "P2: My d.ob is 120584, for the form.",
    "P2: D O B? Oh three, oh five, eighty-four.",
])
def test_every_form_cues_a_date_of_birth(text: str) -> None:
    assert "DATE" in {f.entity for f in find_spoken_forms(text)}


@pytest.mark.parametrize("text", [
    "P2: The birth weight was three, four, two, oh.",  # "birth" alone: no date of birth
    "P2: It's Dobbs, D O B B S, and the ward's on four.",
])
def test_birth_look_alikes_cue_no_date(text: str) -> None:
    assert "DATE" not in {f.entity for f in find_spoken_forms(text)}
