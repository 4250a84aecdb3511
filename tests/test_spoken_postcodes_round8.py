"""Round 8 postcode shapes: letters by their names ("aitch", "zed", "double-u"), "space" and
"[pause]" between the halves, an outward code alone called a postcode -- invented sentences,
positives and hard negatives."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.postcodes import find_postcodes


def _spans(text: str) -> set[str]:
    return {text[f.start:f.end] for f in find_postcodes(text)}


@pytest.mark.parametrize(("text", "span"), [
    ("It's B aitch nine, space, three R zed, the new build.", "B aitch nine, space, three R zed"),
    ("Write down S why one two, space, one A B, please.", "S why one two, space, one A B"),
    ("My postcode's E X four [pause] two double-u Q.", "E X four [pause] two double-u Q"),
    ("zed E one, space, oh aitch A, that's Lerwick.", "zed E one, space, oh aitch A"),
    ("We're in a D gee seven postcode, miles from anywhere.", "D gee seven"),
    ("It's an L S twelve postcode, so Leeds.", "L S twelve"),
])
def test_finds(text: str, span: str) -> None:
    assert span in _spans(text)


@pytest.mark.parametrize("text", [
    "Why did you go back? I think A and B were there, then C.",
    "She got an A, gee, she was pleased.",
    "He got F one in the race, space was tight.",
    "Then B why not try the A ex factor?",
    "An F one postcode is not a thing.",
])
def test_leaves_alone(text: str) -> None:
    assert not _spans(text)
