"""Round 25: the spoken tagger's work on a date said in many parts between commas grows with the
run, not with its square (each part comes with its index; the caller searched the piece for it);
the model retrained with spoken/heldout17: the commas between a number's groups are not held to
the threshold, and a thing's number named with hesitations around its verb stays a thing's."""
from __future__ import annotations

from collections.abc import Sequence
from typing import overload

import pytest

from vault.anonymise.spoken import tagger as tg


class _Counted(Sequence[tuple[int, int]]):
    """A piece's tokens that count every token read (by index, slice, iteration or search)."""

    def __init__(self, toks: list[tuple[int, int]]) -> None:
        self.toks = toks
        self.reads = 0

    def __len__(self) -> int:
        return len(self.toks)

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[tuple[int, int]]: ...

    def __getitem__(self, i: int | slice) -> tuple[int, int] | Sequence[tuple[int, int]]:
        if isinstance(i, slice):
            part = self.toks[i]
            self.reads += len(part)
            return part
        self.reads += 1
        return self.toks[i]


def _reads(parts: int) -> tuple[int, int]:
    said = ", ".join(["the second of May"] * parts)
    piece = _Counted(tg.tokenise(said))
    found = tg._comma_parts(said, piece)
    assert len(found) == parts
    assert all(piece.toks[k] == part[0] for k, part in found)  # the index of each part's start
    return piece.reads, len(piece)


def test_comma_parts_read_each_token_a_bounded_number_of_times() -> None:
    small, n_small = _reads(50)
    large, n_large = _reads(800)
    assert large / small <= 1.1 * n_large / n_small  # linear: x16 tokens, about x16 reads
    assert large <= 3 * n_large


def test_a_piece_with_no_comma_has_no_parts() -> None:
    said = "the second of May nineteen sixty"
    assert tg._comma_parts(said, tg.tokenise(said)) == []


def test_the_commas_between_a_numbers_groups_are_not_held_to_the_threshold() -> None:
    said = "M E D, triple oh, four one two"
    toks = tg.tokenise(said)
    sure = [0.99 if said[s:e] != "," else 0.6 for s, e in toks]
    assert tg._least_sure(said, toks, sure) == 0.99  # only the commas were unsure
    sure[toks.index(next(t for t in toks if said[t[0]:t[1]] == "four"))] = 0.5
    assert tg._least_sure(said, toks, sure) == 0.5  # a word said unsure still counts
    assert tg._least_sure(",", tg.tokenise(","), [0.3]) == 0.3  # commas alone: held whole


needs_model = pytest.mark.skipif(not tg.MODEL_PATH.is_file(), reason="no spoken tagger model")


def _tagged(text: str) -> list[tuple[str, str]]:
    plain = tg.plain_text(text)
    return [(f.entity, plain[f.start:f.end]) for f in tg.find_tagged(plain)]


@pytest.mark.parametrize("before", [
    "the order number, um, was ",
    "my ticket number is, er, ",
    "the invoice number, erm, it's, ",
    "the serial number was, uh, um, ",
    "booking ref: ",
])
def test_a_things_number_named_with_hesitations_before_it_is_a_things(before: str) -> None:
    assert tg._THING_NUMBER.search(before)


@pytest.mark.parametrize("before", [
    "my hospital number, um, was ",
    "the order came late. Her number, er, is ",
    "the order, um, and then my NHS number is ",
    "and the order was wrong so I rang, my mobile is ",
])
def test_a_persons_number_after_hesitations_is_no_things(before: str) -> None:
    assert not tg._THING_NUMBER.search(before)


@needs_model
@pytest.mark.parametrize("text", [
    "P: The invoice number, um, was four one one, two nine three, eight eight six.",
    "P: Her ticket number is, er, six two two, nine one four, three three seven.",
])
def test_a_things_number_read_out_after_hesitations_is_no_identifier(text: str) -> None:
    assert _tagged(text) == []
