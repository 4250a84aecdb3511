"""Reading a survey export as it comes: its header rows, then its data in streamed batches.

An export file is a CSV whose first one to three rows are headers (:class:`SourceFormat`):
a plain CSV or a REDCap export has one, SurveyMonkey two (question text, then sub-answer),
Qualtrics three (ids, question text, ImportId JSON). :func:`read_layout` parses just the header
rows (with Python's ``csv``, quotes and newlines in question text respected) and finds the byte
offset where data begins; :func:`iter_batches` then hands that offset to pyarrow's streaming CSV
reader, so a million-row export is read a block at a time, never as Python objects::

    layout = read_layout(path, SourceFormat.SURVEYMONKEY)
    for first_row, batch in iter_batches(path, layout):
        ...   # batch: one string column per export column ("c0", "c1", …); "" and blanks → null

Handled: a UTF-8 byte-order mark, ``,`` ``;`` tab and ``|`` delimiters (sniffed from the
first header row), quoted cells spanning lines, blank lines. Refused with an
:class:`~vault.errors.InputError` naming the row (as a spreadsheet numbers it) and column, never
a cell value: UTF-16, invalid UTF-8, an empty file, a missing or duplicate header, a row with
too few or too many fields, broken quoting.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from vault.anonymise.dataset import SourceFormat, source_label
from vault.errors import InputError
from vault.surveys import qualtrics, redcap, surveymonkey
from vault.surveys.layout import ExportColumn, ExportLayout

__all__ = ["DELIMITERS", "Source", "blank_to_null", "iter_batches", "open_source", "read_layout",
           "read_survey_csv", "read_table"]

#: delimiters an export may use, in order of preference on a tie
DELIMITERS = (",", ";", "\t", "|")
#: bytes read per pyarrow block (rows per batch follow from it)
BLOCK_SIZE = 8 << 20
#: the most header bytes read before giving up (question text can be long, not this long)
_MAX_HEADER = 64 << 20
_BOM = b"\xef\xbb\xbf"

#: an export file: its path, or its bytes (tests, small files)
Source = Path | bytes


def open_source(source: Source) -> BinaryIO:
    """A binary file object over the export (the caller closes it)."""
    if isinstance(source, bytes):
        return io.BytesIO(source)
    try:
        return open(source, "rb")
    except FileNotFoundError as exc:
        raise InputError(f"{Path(source).name}: no such file",
                         hint="check the file name and try again") from exc
    except OSError as exc:
        raise InputError(f"{Path(source).name}: cannot be read ({exc.strerror})") from exc


def _name_of(source: Source, name: str | None) -> str:
    if name is not None:
        return name
    return Path(source).name if not isinstance(source, bytes) else "export.csv"


def _header_end(data: bytes, start: int, records: int) -> int | None:
    """Byte offset just after the ``records``-th record from ``start`` (quotes respected)."""
    in_quotes = False
    seen = 0
    for match in re.finditer(rb'["\n]', data[start:]):
        if match.group() == b'"':
            in_quotes = not in_quotes
        elif not in_quotes:
            seen += 1
            if seen == records:
                return start + match.end()
    if not in_quotes and seen == records - 1 and data[start:].rstrip(b"\r\n"):
        return len(data)  # the header is the whole file (no trailing newline)
    return None


def _sniff_delimiter(first_line: str) -> str:
    """The delimiter that splits the header line into the most fields (quotes respected)."""
    best, best_n = ",", 0
    for delim in DELIMITERS:
        try:
            n = len(next(csv.reader([first_line], delimiter=delim)))
        except (csv.Error, StopIteration):
            continue
        if n > best_n:
            best, best_n = delim, n
    return best


def read_layout(source: Source, fmt: SourceFormat = SourceFormat.CSV, *,
                name: str | None = None) -> ExportLayout:
    """Parse an export's header rows.

    :param source: the export (path or bytes).
    :param fmt: how its header is laid out.
    :param name: the file name used in messages (default: the path's name).
    :raises InputError: UTF-16, not UTF-8, empty, too few header rows, a header without a name,
        a duplicate column.
    """
    name = _name_of(source, name)
    with open_source(source) as fh:
        head = fh.read(1 << 20)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError(f"{name}: file is UTF-16; export the survey as UTF-8 CSV")
        start = len(_BOM) if head.startswith(_BOM) else 0
        # skip blank lines before the header
        while head[start:start + 1] in (b"\n", b"\r") and start < len(head):
            start += 1
        end = _header_end(head, start, fmt.header_rows)
        while end is None and len(head) < _MAX_HEADER:
            more = fh.read(len(head))
            if not more:
                break
            head += more
            end = _header_end(head, start, fmt.header_rows)
    if not head[start:].strip():
        raise InputError(f"{name}: file is empty")
    if end is None:
        raise InputError(f"{name}: fewer than {fmt.header_rows} header row(s) — is this a "
                         f"{fmt.value} export?",
                         hint="check the export's format (--from / the schema's format)")
    try:
        text = head[start:end].decode("utf-8")
    except UnicodeDecodeError as exc:
        line = head[:start + exc.start].count(b"\n") + 1
        raise InputError(f"{name}: line {line} is not valid UTF-8",
                         hint="export the survey as UTF-8 CSV") from exc
    delimiter = _sniff_delimiter(text.split("\n", 1)[0])
    try:
        rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text, newline=""),
                                                           delimiter=delimiter, strict=True)]
    except csv.Error as exc:
        raise InputError(f"{name}: row 1 (header): malformed CSV") from exc
    rows = rows[:fmt.header_rows]
    if fmt is SourceFormat.SURVEYMONKEY:
        columns = surveymonkey.export_columns(rows, name=name)
    elif fmt is SourceFormat.QUALTRICS:
        columns = qualtrics.export_columns(rows, name=name)
    elif fmt is SourceFormat.REDCAP:
        columns = redcap.export_columns(rows, name=name)
    else:
        columns = _plain_columns(rows[0], name=name)
    dupes = [k for k, n in Counter(c.key for c in columns).items() if n > 1]
    if dupes:
        where = "row 1 (header)" if fmt.header_rows == 1 else "header"
        raise InputError(f"{name}: {where}: duplicate column {source_label(dupes[0])!r}",
                         hint="rename one of them in the survey tool and export again")
    return ExportLayout(format=fmt, columns=tuple(columns), delimiter=delimiter,
                        data_offset=end, name=name, first_line=head[:end].count(b"\n") + 1)


def _plain_columns(header: list[str], *, name: str) -> list[ExportColumn]:
    for pos, col in enumerate(header, start=1):
        if not col:
            raise InputError(f"{name}: row 1 (header): column {pos} has no name")
    return [ExportColumn(key=h, position=i) for i, h in enumerate(header)]


def iter_batches(source: Source, layout: ExportLayout, *, block_size: int = BLOCK_SIZE
                 ) -> Iterator[tuple[int, pa.RecordBatch]]:
    """Stream the data rows: (spreadsheet row number of the batch's first row, batch).

    Every column is a string column named ``c<position>``; a cell that is empty or only
    whitespace is null. Only a block of the file is in memory at a time.

    :raises InputError: invalid UTF-8, a row whose field count differs from the header, broken
        quoting (the message gives the row number and column name, never a cell value).
    """
    names = [f"c{c.position}" for c in layout.columns]
    bad: list[int] = []

    def on_invalid(_row: object) -> str:
        bad.append(1)
        return "error"

    fh = open_source(source)
    try:
        fh.seek(layout.data_offset)
        try:
            reader = pacsv.open_csv(
                fh,
                read_options=pacsv.ReadOptions(column_names=names, block_size=block_size,
                                               use_threads=True),
                parse_options=pacsv.ParseOptions(delimiter=layout.delimiter, quote_char='"',
                                                 double_quote=True, newlines_in_values=True,
                                                 ignore_empty_lines=True,
                                                 invalid_row_handler=on_invalid),
                convert_options=pacsv.ConvertOptions(
                    column_types=dict.fromkeys(names, pa.binary()),
                    strings_can_be_null=False, quoted_strings_can_be_null=False))
        except pa.ArrowInvalid as exc:
            if "Empty CSV file" in str(exc):
                return
            raise _malformed(source, layout) from None
        row = layout.first_row
        while True:
            try:
                batch = reader.read_next_batch()
            except StopIteration:
                break
            except pa.ArrowInvalid:
                # pyarrow's message quotes the row: find the row with Python's csv instead
                raise _malformed(source, layout) from None
            yield row, _clean(batch, layout, row)
            row += batch.num_rows
    finally:
        fh.close()


def _clean(batch: pa.RecordBatch, layout: ExportLayout, first_row: int) -> pa.RecordBatch:
    """Binary → UTF-8 strings (checked), blank cells → null."""
    arrays = []
    for index, column in enumerate(batch.columns):
        try:
            text = column.cast(pa.string())
        except pa.ArrowInvalid:
            offset = next(i for i, v in enumerate(column.to_pylist()) if not _utf8(v))
            raise InputError(f"{layout.name}: row {first_row + offset}: column "
                             f"{layout.columns[index].label!r} is not valid UTF-8",
                             hint="export the survey as UTF-8 CSV") from None
        arrays.append(blank_to_null(text))
    return pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)


def blank_to_null(text: pa.Array) -> pa.Array:
    """Empty and whitespace-only cells → null (a survey tool's "no answer")."""
    blank = pc.fill_null(pc.equal(pc.utf8_trim_whitespace(text), ""), False)
    return pc.if_else(blank, pa.scalar(None, pa.string()), text)


def _utf8(value: bytes | None) -> bool:
    try:
        if value is not None:
            value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _malformed(source: Source, layout: ExportLayout) -> InputError:
    """Rescan with Python's csv to name the first bad row (only on the failure path)."""
    fh = open_source(source)
    try:
        fh.seek(layout.data_offset)
        text = io.TextIOWrapper(fh, encoding="utf-8", errors="replace", newline="")
        reader = csv.reader(text, delimiter=layout.delimiter, quotechar='"', doublequote=True,
                            strict=True)
        width = len(layout.columns)
        row = layout.first_row - 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error:
                return InputError(f"{layout.name}: row {row + 1} (line "
                                  f"{layout.first_line + reader.line_num - 1}): malformed quoting")
            if not record or (len(record) == 1 and record[0] == ""):
                continue
            row += 1
            where = f"row {row} (line {layout.first_line + reader.line_num - 1})"
            if len(record) < width:
                missing = layout.columns[len(record)].label
                return InputError(f"{layout.name}: {where}: {len(record)} fields, expected "
                                  f"{width}; column {missing!r} is missing")
            if len(record) > width:
                return InputError(f"{layout.name}: {where}: {len(record)} fields, expected "
                                  f"{width}; extra field after column "
                                  f"{layout.columns[-1].label!r}")
    finally:
        fh.close()
    return InputError(f"{layout.name}: malformed CSV")


def read_table(source: Source, fmt: SourceFormat = SourceFormat.CSV, *,
               name: str | None = None) -> tuple[ExportLayout, pa.Table]:
    """The whole export as one table of string columns named by position (``c0``, …).

    For drafting a schema and for small files; imports stream with :func:`iter_batches`.

    :raises InputError: as :func:`read_layout` and :func:`iter_batches`.
    """
    layout = read_layout(source, fmt, name=name)
    batches = [b for _row, b in iter_batches(source, layout)]
    names = [f"c{c.position}" for c in layout.columns]
    if not batches:
        table = pa.table({n: pa.array([], pa.string()) for n in names})
    else:
        table = pa.Table.from_batches(batches)
    return layout, table


def read_survey_csv(data: Source, *, name: str | None = None) -> pa.Table:
    """A plain CSV (one header row) as a table of string columns named by its headers.

    :raises InputError: as :func:`read_layout` and :func:`iter_batches`.
    """
    layout, table = read_table(data, SourceFormat.CSV, name=name)
    return table.rename_columns([c.label for c in layout.columns])
