"""Round 23: what the retrained spoken tagger read that is no identifier, dropped where its
spans are judged (pages listed, a shift's clock times as a date, letters said alone as a
postcode, "zero" as an age), and the identifiers of the same shapes still redacted."""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.ner_dates import a_typed_figure


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def _labels(anonymiser: Anonymiser, text: str, words: str) -> set[str]:
    """The labels of the spans that touch ``words`` in ``text``."""
    start = text.index(words)
    end = start + len(words)
    return {r.entity_type for r in anonymiser.analyse(text) if r.start < end and start < r.end}


@pytest.mark.parametrize("text, kept", [
    ("See p. 66, pp. 12-14, section 4.2.1.", "66, pp. 12-14"),
    ("Read pages 4, 6-8 and 11 before the session.", "4, 6-8"),
    ("Shift 0800-2000, break at 12.15.", "0800-2000"),
    ("Clinic hours are 0900–1730, Monday to Friday.", "0900–1730"),
    ("P3: It was zero, so one stroke two of them, and the road closed.", "zero"),
    ("P: Honestly it was nil, nothing at all, the uptake.", "nil"),
    ("P: I wrote to the P H S O in the end, about the complaint.", "P H S O"),
    ("P: We went to the N H S E about it, twice.", "N H S E"),
])
def test_figures_letters_and_nought_the_tagger_read_are_kept(anonymiser: Anonymiser,
                                                            text: str, kept: str) -> None:
    assert _labels(anonymiser, text, kept) == set()


@pytest.mark.parametrize("text, said, label", [
    ("P: The postcode's C F ten, three A B.", "C F ten, three A B", "POSTCODE"),
    ("P: It's B S nine, oh D X, the house.", "B S nine, oh D X", "POSTCODE"),
    ("P: I'm forty-seven now, believe it or not.", "forty-seven", "AGE"),
    ("P: She was born on the eighth of December two thousand.", "eighth of December two thousand",
     "DATE"),
    ("The letter is dated 08/12/2000.", "08/12/2000", "DATE"),
])
def test_identifiers_of_the_same_shapes_are_still_redacted(anonymiser: Anonymiser, text: str,
                                                           said: str, label: str) -> None:
    assert label in _labels(anonymiser, text, said)


@pytest.mark.parametrize("text, said, entity, typed", [
    ("see pp. 12-14", "12-14", "DATE", True),
    ("see p. 66, pp. 12-14", "66, pp. 12-14", "DATE", True),
    ("on 66, 12-14", "66, 12-14", "DATE", False),  # no page word before it
    ("shift 0800-2000", "0800-2000", "DATE", True),
    ("shift 0800-2000", "0800-2000", "PHONE", True),
    ("from 0800-2500", "0800-2500", "DATE", False),  # 25:00 is no clock time
    ("born 08-12-2000", "08-12-2000", "DATE", False),
])
def test_a_typed_figure_reads_page_lists_and_clock_ranges(text: str, said: str, entity: str,
                                                         typed: bool) -> None:
    start = text.index(said)
    assert a_typed_figure(text, start, start + len(said), entity) is typed
