"""Text hidden in non-string columns, made scannable: binary, list, struct and map columns.

Schema-free validation scans every string column for identifiers. A Parquet file can also
carry text in a binary column (``b"mail someone@example.org"``), a list of strings, a struct
or a map; :func:`flatten_parquet` turns each such column into one string per row — binary
decoded as UTF-8, list elements, struct fields and map keys and values joined by newlines,
nested to any depth — streaming the file a row group at a time::

    found = flatten_parquet(Path("x.parquet"))
    found.table              # one string column per flattened column, same row count
    found.unchecked          # column -> (values that could not be checked, why)

What cannot be checked is counted, never skipped: a binary value that is not valid UTF-8 is
still scanned (with replacement characters, so ASCII identifiers are found) but counted as
unchecked, and a column of a type that holds no text vault can read (a union, an extension
type) is unchecked whole. :func:`unchecked_outcomes` turns those counts into failing
``unchecked`` outcomes; a validation that fails only on them exits with its own code
(:class:`vault.errors.UncheckedData`).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from vault.validate.parquet_source import dataset_schema, parquet_files
from vault.validate.report import ExpectationOutcome

__all__ = ["NOT_UTF8", "Flattened", "flatten_array", "flatten_parquet", "needs_flattening",
           "unchecked_outcomes", "unreadable_reason"]

_JOIN = "\n"
#: why binary values that are not UTF-8 are counted as unchecked
NOT_UTF8 = "binary values that are not UTF-8 text (scanned as far as readable)"
#: types that hold no free text (numbers, truth values, times): not scanned
_NOT_TEXT = (pa.types.is_integer, pa.types.is_floating, pa.types.is_decimal,
             pa.types.is_boolean, pa.types.is_temporal, pa.types.is_null)


def _is_string(t: pa.DataType) -> bool:
    return bool(pa.types.is_string(t) or pa.types.is_large_string(t)
                or pa.types.is_string_view(t))


def _is_binary(t: pa.DataType) -> bool:
    return bool(pa.types.is_binary(t) or pa.types.is_large_binary(t)
                or pa.types.is_fixed_size_binary(t) or pa.types.is_binary_view(t))


def _is_list(t: pa.DataType) -> bool:
    return bool(pa.types.is_list(t) or pa.types.is_large_list(t)
                or pa.types.is_fixed_size_list(t) or pa.types.is_list_view(t)
                or pa.types.is_large_list_view(t) or pa.types.is_map(t))


def needs_flattening(t: pa.DataType) -> bool:
    """A column type the string scans do not cover but that can hold text."""
    if _is_string(t):
        return False
    if pa.types.is_dictionary(t):
        return needs_flattening(t.value_type)
    return not any(test(t) for test in _NOT_TEXT)


@dataclass
class Flattened:
    """Flattened text columns of a file, and what could not be checked."""

    table: pa.Table
    #: column → (values that could not be checked, why)
    unchecked: dict[str, tuple[int, str]] = field(default_factory=dict)


class _Unreadable(Exception):
    """A type that holds no text vault can read."""


def flatten_array(arr: pa.Array, counts: list[int]) -> pa.Array:
    """One string per element of ``arr`` (null where there is no text); ``counts[0]`` grows
    by the values that could not be decoded.

    :raises _Unreadable: a type vault cannot read text from.
    """
    t = arr.type
    if _is_string(t):
        return arr.cast(pa.string())
    if pa.types.is_dictionary(t):
        return flatten_array(arr.dictionary_decode(), counts)
    if any(test(t) for test in _NOT_TEXT):
        return pa.nulls(len(arr), pa.string())
    if _is_binary(t):
        return _decode(arr, counts)
    if pa.types.is_struct(t):
        parts = [pc.fill_null(flatten_array(arr.field(i), counts), "")
                 for i in range(t.num_fields)]
        if not parts:
            return pa.nulls(len(arr), pa.string())
        joined = pc.binary_join_element_wise(*parts, _JOIN) if len(parts) > 1 else parts[0]
        return pc.if_else(arr.is_null(), pa.scalar(None, pa.string()), joined)
    if _is_list(t):
        if pa.types.is_map(t):
            arr = pa.ListArray.from_arrays(arr.offsets, pa.StructArray.from_arrays(
                [arr.keys, arr.items], ["key", "value"]), mask=arr.is_null())
        elif not pa.types.is_list(t):
            arr = arr.cast(pa.list_(t.value_type))
        offsets = arr.offsets
        start = offsets[0].as_py()
        values = arr.values.slice(start, offsets[-1].as_py() - start)
        text = pc.fill_null(flatten_array(values, counts), "")
        rebased = pc.subtract(offsets, start)
        lists = pa.ListArray.from_arrays(rebased, text, mask=arr.is_null())
        return pc.binary_join(lists, _JOIN)
    raise _Unreadable(str(t))


def unreadable_reason(t: pa.DataType) -> str | None:
    """Why a column of type ``t`` is unchecked whole (it holds no text vault can read), or
    ``None`` when :func:`flatten_array` reads it."""
    try:
        flatten_array(pa.nulls(0, t), [0])
    except _Unreadable as exc:
        return _why(exc)
    return None


def _why(exc: _Unreadable) -> str:
    return f"type {exc} holds no text vault can read"


def _decode(arr: pa.Array, counts: list[int]) -> pa.Array:
    try:
        return arr.cast(pa.binary()).cast(pa.string())
    except pa.ArrowInvalid:
        pass
    out: list[str | None] = []
    for value in arr.cast(pa.binary()).to_pylist():
        if value is None:
            out.append(None)
            continue
        try:
            out.append(value.decode("utf-8"))
        except UnicodeDecodeError:
            counts[0] += 1
            out.append(value.decode("utf-8", errors="replace"))
    return pa.array(out, pa.string())


def flatten_parquet(path: Path, *, batch_size: int = 65_536) -> Flattened:
    """Flatten every column of ``path`` (a file, or a directory of part files) that
    :func:`needs_flattening` (streamed)."""
    files = parquet_files(path)
    wanted = [f.name for f in dataset_schema(files) if needs_flattening(f.type)]
    result = Flattened(pa.table({}))
    if not wanted:
        return result
    chunks: dict[str, list[pa.Array]] = {name: [] for name in wanted}
    bad: dict[str, list[int]] = {name: [0] for name in wanted}
    unreadable: dict[str, tuple[int, str]] = {}
    batches = (batch for file in files
               for batch in pq.ParquetFile(file).iter_batches(batch_size=batch_size,
                                                              columns=wanted))
    for batch in batches:
        for name in wanted:
            column = batch.column(name)
            if name in unreadable:
                count, why = unreadable[name]
                unreadable[name] = (count + len(column) - column.null_count, why)
                chunks[name].append(pa.nulls(len(column), pa.string()))
                continue
            try:
                chunks[name].append(flatten_array(column, bad[name]))
            except _Unreadable as exc:
                unreadable[name] = (len(column) - column.null_count, _why(exc))
                chunks[name].append(pa.nulls(len(column), pa.string()))
    result.table = pa.table({name: pa.chunked_array(parts, pa.string())
                             for name, parts in chunks.items()})
    for name in wanted:
        if name in unreadable:
            result.unchecked[name] = unreadable[name]
        elif bad[name][0]:
            result.unchecked[name] = (bad[name][0], NOT_UTF8)
    return result


def unchecked_outcomes(unchecked: Mapping[str, tuple[int, str]]) -> list[ExpectationOutcome]:
    """One failing ``unchecked`` outcome per column that could not be fully checked."""
    return [ExpectationOutcome(name=f"unchecked:{column}", kind="unchecked", column=column,
                               success=False, unexpected_count=count,
                               error=f"{count} value(s) could not be checked: {why}")
            for column, (count, why) in sorted(unchecked.items())]
