"""What runs inside Spark's Python workers for validation (``mapInArrow`` functions).

Two steps of the suite need Python, as in the local engine: the exact *confirm* of an
identifier detector (an NHS number's check digit, a register name's word boundaries) and the
flattening of binary, list, struct and map columns into text. Both run here on Arrow batches
with the very functions the local engine uses (:meth:`IdentifierDetector.contains`,
:func:`vault.validate.flatten.flatten_array`), and return only counts or text columns. The
module imports no Great Expectations, so a worker starts quickly; detectors are built once per
worker process (a register of names compiles into one large regex).
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence

import pyarrow as pa

from vault.validate.detectors import IdentifierDetector, detector
from vault.validate.flatten import flatten_array

__all__ = ["confirm_counts", "flatten_batches"]

_LOCK = threading.Lock()
_DETECTORS: dict[tuple[str, tuple[str, ...]], IdentifierDetector] = {}


def _detector(kind: str, names: tuple[str, ...]) -> IdentifierDetector:
    with _LOCK:
        key = (kind, names)
        if key not in _DETECTORS:
            if len(_DETECTORS) > 16:
                _DETECTORS.clear()
            _DETECTORS[key] = detector(kind, names)
        return _DETECTORS[key]


def confirm_counts(batches: Iterable[pa.RecordBatch], *,
                   checks: Sequence[tuple[int, str, tuple[str, ...]]]
                   ) -> Iterator[pa.RecordBatch]:
    """Per batch, how many values each detector finds in its column (``c0``, ``c1``, …).

    :param checks: (column position in the batch, identifier kind, register names) per
        detector; nulls are skipped.
    """
    detectors = [(column, _detector(kind, names)) for column, kind, names in checks]
    for batch in batches:
        texts = [[t for t in batch.column(i).to_pylist() if t is not None]
                 for i in range(batch.num_columns)]
        yield pa.RecordBatch.from_pydict(
            {f"c{j}": pa.array([sum(1 for t in texts[column] if det.contains(t))], pa.int64())
             for j, (column, det) in enumerate(detectors)})


def flatten_batches(batches: Iterable[pa.RecordBatch], *,
                    columns: Sequence[str]) -> Iterator[pa.RecordBatch]:
    """Each column as one string per row (:func:`~vault.validate.flatten.flatten_array`),
    plus ``__vault_bad_<i>``: in a batch's first row, how many of its values of column ``i``
    were binary that is not UTF-8 (0 in the other rows; the sum is the total)."""
    for batch in batches:
        out: dict[str, pa.Array] = {}
        bad: list[int] = []
        for name in columns:
            counts = [0]
            out[name] = flatten_array(batch.column(name), counts)
            bad.append(counts[0])
        for i, count in enumerate(bad):
            flags = [0] * batch.num_rows
            if flags:
                flags[0] = count
            out[f"__vault_bad_{i}"] = pa.array(flags, pa.int64())
        yield pa.RecordBatch.from_pydict(out)
