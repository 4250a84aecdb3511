"""Faults round 24 left (issue 14), each tried both ways.

* A UK nation by itself is ordinary language, but as an item of a list of who came, after
  the list's label ("Present:", "Apologies:"), it is a surname: every item there is a person.
* The spoken outward code set off by commas took a device's size for a postcode district
  ("the tube, N G twelve, for a week"): letters and a number said right after a device that
  comes in sizes, or after "size" or "gauge", are that size.
* A sign-off's field in capitals took a compound of the language for a surname ("Checked:
  DOUBLE-CHECKED", "Checked by: NIGHT-STAFF"); a double-barrelled surname stays a name.
* :class:`CapitalsRecognizer` re-read the whole line for every capitals word it judged (x16
  work for a line four times as long): each line is now counted once (counted in the
  characters its word search reads, never a clock).
* The spoken dates spelled their own year-of-birth prompt beside
  :data:`wordlists.YEAR_OF_BIRTH_WORDS`: one source now, which also reads "YOB" and "birth
  year".
* The second initials of a countersigned note ("GN / HM.") were built by cutting another
  pattern's text: now by a builder that names its group.

Every sentence is made up here (none is from a corpus); the people are invented."""
from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path
from typing import Any

import pytest

import vault
from vault.anonymise import capitals, person_contexts
from vault.anonymise.capitals import CapitalsRecognizer
from vault.anonymise.recognizers import DateRecognizer, TitledNameRecognizer
from vault.anonymise.spoken.dates import find_dates
from vault.anonymise.spoken.numbers import number_runs
from vault.anonymise.spoken.postcodes import find_outward_codes
from vault.anonymise.vocabulary import vocabulary_spans

# -- a nation in a list of who came ------------------------------------------------------------


def _nation_kept(text: str, nation: str) -> bool:
    start = text.index(nation)
    return any(s <= start and start + len(nation) <= e for s, e in vocabulary_spans(text))


@pytest.mark.parametrize("text, nation", [
    ("Present: Wales, Tembo, Arkwright.", "Wales"),
    ("Apologies: Tembo and England.", "England"),
    ("- In attendance: Arkwright, Scotland, Pellow", "Scotland"),
    ("Notes from the huddle. Present: Tembo, Wales (scribe).", "Wales"),
    ("Attendees (day two): England & Pellow", "England"),
])
def test_a_nation_as_an_item_of_a_list_of_who_came_is_a_surname(text: str, nation: str) -> None:
    assert not _nation_kept(text, nation)


@pytest.mark.parametrize("text, nation", [
    ("Present: nurses from Wales, Tembo, Arkwright.", "Wales"),
    ("Attendees: Dr Tembo (Scotland), Pellow", "Scotland"),
    ("Present: Tembo, who trained in England", "England"),
    ("Absent: none. The team flies to Wales next week.", "Wales"),
    ("Sites: England, Wales, Scotland", "Wales"),
    ("Leads: Scotland, Wales", "Scotland"),
    ("We met up in Wales; the rest were present.", "Wales"),
])
def test_a_nation_beside_such_a_list_but_no_item_of_it_is_still_kept(text: str,
                                                                   nation: str) -> None:
    assert _nation_kept(text, nation)


# -- a device's size said as letters and a number ----------------------------------------------


def _outward(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_outward_codes(text)]


@pytest.mark.parametrize("text", [
    "She went home with the tube, N G twelve, for a week.",
    "They put a catheter in, C H fourteen, and it leaked.",
    "The drain they chose, B S ten, was too narrow.",
    "Wrong size, N G ten, so we swapped it.",
])
def test_letters_and_a_number_after_a_device_are_its_size(text: str) -> None:
    assert _outward(text) == []


@pytest.mark.parametrize("text, code", [
    ("The surgery took us on, W S nine, and then shut.", "W S nine"),
    ("We had the drain out and then we moved, L S six, last spring.", "L S six"),
    ("The letter only has the first half, K Y six, oddly.", "K Y six"),
])
def test_an_outward_code_set_off_by_commas_elsewhere_is_still_found(text: str, code: str) -> None:
    assert _outward(text) == [code]


def test_the_engine_keeps_a_tube_s_size(anonymiser: Any) -> None:
    text = "She went home with the tube, N G twelve, for a week."
    assert not any("twelve" in text[r.start:r.end] for r in anonymiser.redact(text).replacements)


# -- a compound of the language in a sign-off's field ------------------------------------------


def _capitals(text: str) -> list[str]:
    return [text[r.start:r.end] for r in CapitalsRecognizer().find(text)]


def _titled(text: str) -> list[str]:
    return [text[r.start:r.end] for r in TitledNameRecognizer().analyze(text, ["PERSON"])]


@pytest.mark.parametrize("text", [
    "Drug chart, bay 2. Checked: DOUBLE-CHECKED",
    "Witnessed: SELF-ADMINISTERED",
    "Signed: HAND-WRITTEN",
])
def test_a_compound_of_words_in_a_sign_off_field_is_no_one(text: str) -> None:
    assert _capitals(text) == []


@pytest.mark.parametrize("text", ["Checked by: NIGHT-STAFF", "Reviewed by: DOUBLE-CHECKED"])
def test_a_compound_of_words_after_a_worker_s_verb_is_no_one(text: str) -> None:
    assert _titled(text) == []


@pytest.mark.parametrize("text, name", [
    ("Witnessed: QUARSHIE-BRANDT", "QUARSHIE-BRANDT"),
    ("Checked: HILL-WOOD", "HILL-WOOD"),
    ("Checked: SMITH-JONES", "SMITH-JONES"),
])
def test_a_double_barrelled_surname_in_a_sign_off_field_is_a_name(text: str, name: str) -> None:
    assert name in _capitals(text)


@pytest.mark.parametrize("text, name", [
    ("Checked by: MENSAH-BONSU", "MENSAH-BONSU"),
    ("Checked by: HILL-WOOD", "HILL-WOOD"),
    ("Dr Double-Barrow said so", "Dr Double-Barrow"),
])
def test_a_double_barrelled_surname_after_a_worker_s_verb_is_a_name(text: str, name: str) -> None:
    assert name in _titled(text)


# -- the capitals of a line counted once -------------------------------------------------------


class _CountingWords:
    """:data:`capitals._LINE_WORD`, counting the characters its searches read."""

    def __init__(self) -> None:
        self.read = 0
        self._pattern = capitals._LINE_WORD

    def findall(self, text: str, pos: int = 0, endpos: int = -1) -> list[str]:
        self.read += (len(text) if endpos < 0 else endpos) - pos
        return self._pattern.findall(text, pos, endpos if endpos >= 0 else len(text))


@pytest.mark.parametrize("said", ["MAEVE and ", "GARTHMYL then ", "MAEVE, "])
def test_a_line_s_capitals_are_counted_once_for_all_its_words(said: str,
                                                            monkeypatch: Any) -> None:
    def read(n: int) -> int:
        counting = _CountingWords()
        monkeypatch.setattr(capitals, "_LINE_WORD", counting)
        CapitalsRecognizer().find("NOTES\n" + said * n + "\nend")
        return counting.read

    small, large = read(100), read(400)
    assert large <= 5 * small + 100, (small, large)  # the whole line per word: x16


def test_a_line_in_capitals_still_decides_for_a_lone_word() -> None:
    assert "GARTHMYL" in _capitals("GARTHMYL SITE – INTERVIEW 5\nWe began late.")
    assert "GARTHMYL" not in _capitals("We began late.\nwe drove past the GARTHMYL sign twice")


# -- the year-of-birth prompt from one source --------------------------------------------------


#: the year-of-birth prompt spelt as a pattern: "year[ \t]+of[ \t]+birth", "birth\s+year"
_SPELT_YEAR_OF_BIRTH = re.compile(r"(?i)year(?:\[ \\t\]\+|\\s\+| )of(?:\[ \\t\]\+|\\s\+| )birth|"
                                  r"birth(?:\[ \\t\]\+|\\s\+| )year")


def test_no_pattern_spells_the_year_of_birth_prompt_but_the_word_lists() -> None:
    spelt = []
    for path in sorted((Path(vault.__file__).parent / "anonymise").rglob("*.py")):
        if path.name == "wordlists.py":
            continue
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text()).readline)
        spelt += [f"{path.name}:{t.start[0]}" for t in tokens if t.type == tokenize.STRING
                  and t.string[:1] in "rR" and _SPELT_YEAR_OF_BIRTH.search(t.string)]
    assert spelt == []


def _spoken_dates(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_dates(text, number_runs(text))]


def _written_dates(text: str) -> list[str]:
    return [text[r.start:r.end] for r in DateRecognizer().analyze(text, ["DATE"])]


@pytest.mark.parametrize("text, year", [
    ("My birth year is nineteen eighty-four, if that helps.", "nineteen eighty-four"),
    ("I: YOB?\nP: Eighty-one.", "Eighty-one"),
    ("I: Year of birth?\nP: Nineteen sixty.", "Nineteen sixty"),
])
def test_every_year_of_birth_prompt_is_read_in_speech(text: str, year: str) -> None:
    assert year in _spoken_dates(text)


def test_a_birth_year_label_is_read_in_writing() -> None:
    assert "1962" in _written_dates("Birth year: 1962")
    assert "1962" in _written_dates("YOB 1962")


@pytest.mark.parametrize("text", [
    "Some yob kicked the door in. Eighty people were queuing.",
    "Year of the birth of the unit was a big day, eighty people came.",
    "The birth weight, nineteen hundred grams, was fine.",
])
def test_no_year_of_birth_without_its_prompt(text: str) -> None:
    assert _spoken_dates(text) == []


# -- the second initials of a countersigned note ------------------------------------------------


def test_both_initials_closing_a_countersigned_note_are_found() -> None:
    assert set(person_contexts._INITIALS_CLOSING.groupindex) == {"i", "j"}
    text = "'Left settled on the ward. GN / HM.'"
    found = [text[r.start:r.end] for r in person_contexts.TeamInitialsRecognizer().find(text)]
    assert found == ["GN", "HM"]


def test_each_initials_group_is_built_with_its_own_name() -> None:
    for group in "ijk":
        assert f"(?P<{group}>" in person_contexts._initials(group)
        assert f"(?P<{group}>" in person_contexts._initials_quotable(group)
    # the second of a pair has no look-behind of its own: its separator stands before it
    assert not person_contexts._initials_quotable("j", joined_before=True).startswith("(?<")
