"""The linkage guard: material released under one code epoch is not released again under another.

Participant codes rotate so that two releases cannot be joined on the code: wave 1 says
``PJK``, wave 2 says ``QRT`` for the same person. Re-releasing *the same material* after a
rotation undoes that: join wave-1 and wave-2 Parquet on the non-code columns, or diff the two
copies of a transcript, and every old code maps to its new one — for everyone in the release,
and so for every other release of either epoch.

So every release records, in the catalog table ``released``, what it released under which
epoch — item ids and keyed hashes only (HMAC under the vault's hashing key; never content):

* ``dataset`` — the stored dataset's item id;
* ``row`` — per dataset row that carries a participant link (a participant marker, or a marker
  token in its text): the keyed hash of the marker and the row's other values as stored;
* ``transcript`` — the redacted transcript's item id, its raw transcript's id and its content's
  keyed hash.

:func:`check` refuses (:class:`vault.errors.ChecksFailed`) a release whose material was released
under an earlier epoch, unless the steward allows it with a reason (``--allow-relink --reason``);
an allowed relink is written into the manifest::

    refs = ReleaseRefs.gather(vault, datasets=[(id, table, "participant")], transcripts=rows)
    relink = check(vault, refs, epoch=3, allow=False)          # raises, or None
    record(vault, "rel_…", 3, refs)                             # inside the journaled release
"""
from __future__ import annotations

import hmac
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.errors import ChecksFailed, InputError

if TYPE_CHECKING:
    import pyarrow as pa

    from vault.store import Vault

__all__ = ["ReleaseRefs", "Relink", "check", "forget", "record"]

_CHUNK = 500
_SEPARATOR = "\x1f"
#: the start of a participant marker token in stored text (vault.markers)
_TOKEN = "\u27e6P:"


@dataclass(frozen=True)
class ReleaseRefs:
    """What a release would release, as ids and keyed hashes."""

    datasets: tuple[str, ...] = ()
    #: dataset id → keyed hashes of its participant-linked rows
    rows: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: redacted transcript id → (its id, its raw transcript's id, its content's keyed hash)
    transcripts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def gather(cls, vault: Vault, *, datasets: Sequence[tuple[str, pa.Table, str | None]] = (),
               transcripts: Sequence[Any] = ()) -> ReleaseRefs:
        """Refs of stored datasets (id, table with markers, participant column) and of
        redacted transcript catalog rows (``id``, ``parent_id``; the keyed hash is read)."""
        secret = vault.custody().hashing_secret()
        rows = {ds_id: tuple(row_hashes(table, participant, secret))
                for ds_id, table, participant in datasets}
        refs: dict[str, tuple[str, ...]] = {}
        for row in transcripts:
            found = vault.db.execute("SELECT keyed_hash FROM items WHERE id = ?",
                                     (row["id"],)).fetchone()
            parts = [str(row["id"])]
            if row["parent_id"]:
                parts.append(str(row["parent_id"]))
            if found is not None and found["keyed_hash"]:
                parts.append(str(found["keyed_hash"]))
            refs[str(row["id"])] = tuple(parts)
        return cls(tuple(ds for ds, _t, _p in datasets), rows, refs)

    def entries(self) -> Iterator[tuple[str, str]]:
        """(kind, ref) pairs to record."""
        for ds in self.datasets:
            yield "dataset", ds
        for hashes in self.rows.values():
            for h in hashes:
                yield "row", h
        for parts in self.transcripts.values():
            for p in parts:
                yield "transcript", p


def row_hashes(table: pa.Table, participant: str | None, secret: bytes) -> Iterator[str]:
    """Keyed hashes of the rows that carry a participant link (marker or marker token)."""
    # lazy: pyarrow takes a while to import, `vault --help` (which imports releases) must not
    import pyarrow as pa
    import pyarrow.compute as pc

    if table.num_rows == 0:
        return
    linked = pa.nulls(table.num_rows, pa.bool_()).fill_null(False)
    if participant is not None and participant in table.column_names:
        linked = pc.or_(linked, pc.is_valid(table.column(participant)))
    parts = []
    for name in table.column_names:
        column = table.column(name)
        text = pc.fill_null(pc.binary_join_element_wise("v", pc.cast(column, pa.string()), ""),
                            "\x00")
        if name != participant and pa.types.is_string(column.type):
            linked = pc.or_(linked, pc.fill_null(pc.match_substring(column, _TOKEN),
                                                 False))
        parts.append(text)
    keys = pc.binary_join_element_wise(*parts, _SEPARATOR)
    for key, keep in zip(keys.to_pylist(), pc.fill_null(linked, False).to_pylist(),
                         strict=True):
        if keep:
            yield hmac.new(secret, key.encode(), "sha256").hexdigest()


@dataclass(frozen=True)
class Relink:
    """Material of this release already released under earlier epochs (counts, ids)."""

    earlier_epochs: tuple[int, ...]
    datasets: tuple[str, ...]
    rows: int
    transcripts: tuple[str, ...]
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"allowed": True, "reason": self.reason, "earlier_epochs": list(self.earlier_epochs),
                "datasets": list(self.datasets), "rows": self.rows,
                "transcripts": list(self.transcripts)}

    def describe(self) -> str:
        parts = []
        if self.datasets or self.rows:
            parts.append(f"{len(self.datasets)} dataset(s) with {self.rows} participant-linked "
                         "row(s)")
        if self.transcripts:
            parts.append(f"{len(self.transcripts)} transcript(s)")
        epochs = ", ".join(str(e) for e in self.earlier_epochs)
        return f"{' and '.join(parts)} already released under code epoch {epochs}"


def _earlier(vault: Vault, kind: str, refs: Iterable[str], epoch: int) -> tuple[set[str], set[int]]:
    found: set[str] = set()
    epochs: set[int] = set()
    refs = list(dict.fromkeys(refs))
    for start in range(0, len(refs), _CHUNK):
        chunk = refs[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in vault.db.execute(
                f"SELECT ref, epoch FROM released WHERE kind = ? AND epoch < ? AND ref IN "
                f"({marks})", (kind, epoch, *chunk)):
            found.add(str(row["ref"]))
            epochs.add(int(row["epoch"]))
    return found, epochs


def check(vault: Vault, refs: ReleaseRefs, *, epoch: int, allow: bool = False,
          reason: str | None = None) -> Relink | None:
    """Refuse material already released under an earlier epoch, unless allowed with a reason.

    :returns: ``None`` when nothing links; the allowed :class:`Relink` otherwise.
    :raises ChecksFailed: something links and ``allow`` is false (nothing is written).
    :raises InputError: ``allow`` without a reason.
    """
    if allow and not (reason and reason.strip()):
        raise InputError("--allow-relink needs --reason TEXT",
                         hint="say why re-releasing under a new code epoch is acceptable")
    ds_found, epochs = _earlier(vault, "dataset", refs.datasets, epoch)
    row_hits = 0
    linked_datasets = set(ds_found)
    for ds_id, hashes in refs.rows.items():
        found, more = _earlier(vault, "row", hashes, epoch)
        if found:
            row_hits += sum(1 for h in hashes if h in found)
            linked_datasets.add(ds_id)
            epochs |= more
    transcripts = []
    for item_id, parts in refs.transcripts.items():
        found, more = _earlier(vault, "transcript", parts, epoch)
        if found:
            transcripts.append(item_id)
            epochs |= more
    if not linked_datasets and not transcripts:
        return None
    relink = Relink(tuple(sorted(epochs)), tuple(sorted(linked_datasets)), row_hits,
                    tuple(sorted(transcripts)), reason.strip() if reason else None)
    if not allow:
        raise ChecksFailed(
            f"release would link code epochs: {relink.describe()}; releasing it again under "
            f"epoch {epoch} maps every earlier code in it to its new one",
            hint="leave that material out; or, if linking is acceptable (e.g. the earlier "
                 "release was withdrawn), pass --allow-relink --reason TEXT")
    return relink


def record(vault: Vault, release_id: str, epoch: int, refs: ReleaseRefs, *,
           created: str) -> None:
    """Record what ``release_id`` releases under ``epoch`` (idempotent)."""
    with vault.write() as tx:
        tx.executemany("INSERT OR IGNORE INTO released(release_id, epoch, kind, ref, created) "
                       "VALUES (?, ?, ?, ?, ?)",
                       ((release_id, epoch, kind, ref, created) for kind, ref in refs.entries()))


def forget(vault: Vault, release_id: str) -> None:
    """Drop the records of a release that was rolled back (never published)."""
    with vault.write() as tx:
        tx.execute("DELETE FROM released WHERE release_id = ?", (release_id,))
