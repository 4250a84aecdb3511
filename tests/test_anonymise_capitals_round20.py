"""Round 20 of issue 14: capitalised words read as names, decided at the source.

* a weekday shortened the way rotas, tables and chat stamps write it ("Mon-Wed", "Wed to
  Fri", "base Sat?", "[Thu 08:14]", "Rota: L. Okafor Mon, P. Diaz Tue"): eight development
  authors write such days, and the unknown-name and capitalised-word finders and the NER read
  them as people, alone or as the last word of the name before them. A shortening that is no
  English word ("Mon", "Tue", "Fri") is a day unless a capitalised word follows it ("Thu
  Trang" may be someone); "Wed", "Sat", "Sun" only where a day stands (a run of days, a date
  or a time after it, "on", "every", "base" before it, a table's cell). A title or a given
  name before keeps a name ("Dr Sun", "Li Sun").

Every sentence is made up here (none is from a corpus); the people and places are invented."""
from __future__ import annotations

from typing import Any

import pytest


def _redacted(anonymiser: Any, text: str) -> str:
    return str(anonymiser.redact(text).text)


def _touched(anonymiser: Any, text: str, word: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    end = start + len(word)
    return any(r.start < end and start < r.end for r in anonymiser.redact(text).replacements)


@pytest.mark.parametrize(("text", "word"), [
    ("I'm in clinic Mon-Wed and on call Fri.", "Mon-Wed"),
    ("I'm in clinic Mon-Wed and on call Fri.", "Fri"),
    ("Can you cover the Hartfield base Sat? Thanks, Gwenllian", "Sat"),
    ("Rota: J. Okonkwo Mon, P. Vasquez Tue, R. Lindqvist Wed.", "Mon"),
    ("Rota: J. Okonkwo Mon, P. Vasquez Tue, R. Lindqvist Wed.", "Tue"),
    ("Rota: J. Okonkwo Mon, P. Vasquez Tue, R. Lindqvist Wed.", "Wed"),
    ("Interviewer: And your days?\n\nP04: Fri mostly, sometimes the odd weekend.", "Fri"),
])
def test_a_shortened_weekday_is_a_day(anonymiser: Any, text: str, word: str) -> None:
    assert not _touched(anonymiser, text, word)


@pytest.mark.parametrize(("text", "name"), [
    ("Rota: J. Okonkwo Mon, P. Vasquez Tue, R. Lindqvist Wed.", "Okonkwo"),
    ("Rota: J. Okonkwo Mon, P. Vasquez Tue, R. Lindqvist Wed.", "Vasquez"),
    ("[Thu 08:14] Priya: running late x", "Priya"),
    ("I went to see Dr Sun about it on Monday.", "Sun"),
    ("We met Li Sun at the conference on Tuesday.", "Sun"),
    ("Thu Trang was the one who rang me.", "Thu"),
    ("Sun said she'd cover the shift.", "Sun"),
    ("The rota had Mon Okafor on nights.", "Okafor"),
])
def test_a_name_beside_a_day_or_spelt_like_one_stays_a_name(anonymiser: Any, text: str,
                                                             name: str) -> None:
    assert _touched(anonymiser, text, name)


def test_a_rota_keeps_its_days_and_loses_its_names(anonymiser: Any) -> None:
    out = _redacted(anonymiser, "Rota: J. Okonkwo Mon, P. Vasquez Tue, R. Lindqvist Wed.")
    assert "Okonkwo" not in out and "Vasquez" not in out and "Lindqvist" not in out
    assert " Mon," in out and " Tue," in out and " Wed." in out
