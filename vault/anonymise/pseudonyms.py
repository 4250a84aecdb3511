"""Consistent pseudonyms for people who are not participants ("[Colleague A]", "[Colleague B]").

A :class:`PseudonymBook` remembers which label each name got, so the same person keeps the same
label within a document and, when the caller passes the same book again, across one
participant's interviews. The book holds real names: the caller persists it only encrypted::

    book = PseudonymBook()
    book.label_for("Dr Sarah Jones", "Colleague")   # '[Colleague A]'
    book.label_for("Sarah", "Colleague")            # '[Colleague A]' (unambiguous part of a name)
    state = book.to_dict()                          # store encrypted; PseudonymBook.from_dict(state)
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from vault.anonymise.register import normalise_name

__all__ = ["PseudonymBook", "letters"]

_TITLE = re.compile(r"^(?:dr|doctor|mr|mrs|ms|miss|mx|prof|professor|sir|dame)\.?\s+")


def letters(index: int) -> str:
    """Spreadsheet-style letters: 0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def person_key(name: str) -> str:
    """A name's key in the book: normalised, without title or possessive."""
    key = normalise_name(name)
    key = key.removesuffix("'s")
    key = _TITLE.sub("", key)
    return key.strip(" .,;:'\"")


class PseudonymBook:
    """Name -> label assignments, one namespace per label kind ("Colleague", ...)."""

    def __init__(self) -> None:
        #: kind -> normalised name -> letter suffix
        self._assigned: dict[str, dict[str, str]] = {}

    def __repr__(self) -> str:  # never show names
        return f"PseudonymBook({sum(len(v) for v in self._assigned.values())} names)"

    def __len__(self) -> int:
        return sum(len(v) for v in self._assigned.values())

    def label_for(self, name: str, kind: str = "Colleague", *, assign: bool = True) -> str:
        """The label for ``name``, assigning the next free one on first sight.

        A single-word name ("Sarah", "Jones") that is the first or last word of exactly one
        name already in the book gets that person's label; an ambiguous one gets its own.

        :param name: the name as written (titles and possessives are ignored).
        :param kind: the label prefix, e.g. ``"Colleague"``.
        :param assign: record a new assignment; ``False`` only previews the label (review items).
        """
        names = self._assigned.setdefault(kind, {})
        key = person_key(name) or normalise_name(name)
        if key in names:
            return f"[{kind} {names[key]}]"
        words = key.split()
        suffix: str | None = None
        if len(words) == 1:
            owners = {v for k, v in names.items()
                      if len(k.split()) > 1 and words[0] in (k.split()[0], k.split()[-1])}
            if len(owners) == 1:
                suffix = owners.pop()
        elif len(words) > 1:
            # a full name after its parts: reuse the label of a lone part seen before
            owners = {names[w] for w in (words[0], words[-1]) if w in names}
            if len(owners) == 1:
                suffix = owners.pop()
        if suffix is None:
            suffix = letters(len(set(names.values())))
        if assign:
            names[key] = suffix
        return f"[{kind} {suffix}]"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able snapshot (holds real names: store it encrypted)."""
        return {"version": 1, "assigned": {k: dict(v) for k, v in self._assigned.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PseudonymBook:
        """Rebuild a book saved with :meth:`to_dict`.

        :raises ValueError: the mapping is not a saved book.
        """
        if data.get("version") != 1 or not isinstance(data.get("assigned"), Mapping):
            raise ValueError("not a saved PseudonymBook (version 1)")
        book = cls()
        for kind, names in data["assigned"].items():
            if not isinstance(names, Mapping):
                raise ValueError("not a saved PseudonymBook (version 1)")  # noqa: TRY004
            book._assigned[str(kind)] = {str(k): str(v) for k, v in names.items()}
        return book
