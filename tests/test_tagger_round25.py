"""Round 25: the spoken tagger's work on a date said in many parts between commas grows with the
run, not with its square (each part comes with its index; the caller searched the piece for it)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import overload

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
