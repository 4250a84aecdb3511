"""Datasets inside the vault: anonymised questionnaire tables stored as encrypted Parquet.

A survey export (a CSV as SurveyMonkey, Qualtrics or REDCap wrote it, or a plain one) is
imported once, streamed (:mod:`vault.dataset_import`); from then on only its anonymised form
exists, as an age-encrypted object of data class ``dataset`` under a class key of its own (so
:func:`vault.dataset_removal.remove_dataset` shreds exactly that dataset)::

    info = import_dataset(vault, Path("export.csv"), name="survey",
                          schema_path=Path("survey.toml"))
    list_datasets(vault)                       # [DatasetInfo(id="ds_…", rows=96, …)]
    stored = load_dataset(vault, info.id)      # decrypted in memory: table with MARKERS
    table = render_dataset(stored, current_codes(vault))   # markers -> codes of this epoch
    result = validate_dataset(vault, info.id)  # the schema's suite + the vault's policy

What is stored: the anonymised table with the participant column holding internal participant
**markers** (never codes: DESIGN.md invariant 4) and marker tokens (``⟦P:…⟧``) in redacted free
text. The Parquet file's key-value metadata carries the dataset schema (its TOML text and its
SHA-256), so a dataset is validated and released against exactly the schema it was imported
with. Everything — the table, the schema and the dataset's name (kept like ingest keeps a file
name, encrypted to the class key) — is encrypted; the catalog holds only the item row.

Participants are found through the encrypted register: the schema's ``participant`` column
(the sample survey uses the e-mail address) is matched, case-insensitively, against each
register entry's e-mail address and full name. **A respondent who is not in the register gets
a null marker**: surveys are usually sent to more people than are interviewed, and those rows are
still useful, just not linkable to an interviewee. If the schema declares the participant
column ``nullable = false``, such a row is refused instead (:class:`ParticipantError`, naming
the row only). A value matching two participants counts as not found (never guessed).

Storing goes through the one write path as a ``dataset-import`` operation
(:mod:`vault.dataset_store`: journal entry, the dataset's own class key, temp file, confirm,
publish, then one transaction with the catalog row, the audit entry and the journal close), so
an error or a kill at any instant is rolled back.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from vault import age, objects
from vault.anonymise.dataset import (
    DatasetSchema,
    read_dataset_schema,
    schema_from_bytes,
)
from vault.anonymise.register import normalise_name
from vault.codes.epochs import code_scheme, current_codes
from vault.dataset_import import PreparedDataset, prepare_dataset
from vault.dataset_store import DATASET_CLASS, store_dataset_object
from vault.errors import DecryptionFailed, InputError, StoreError
from vault.markers import render
from vault.participants import load_register
from vault.validate import build_suite, validate_table
from vault.validate.release import render_codes
from vault.validate.validation_policy import ValidationPolicy

if TYPE_CHECKING:
    from vault.anonymise.register import Register
    from vault.store import Vault
    from vault.validate.report import ValidationResult

__all__ = [
    "DATASET_CLASS",
    "DatasetInfo",
    "StoredDataset",
    "import_dataset",
    "list_datasets",
    "load_dataset",
    "register_names",
    "render_dataset",
    "validate_dataset",
    "vault_validation_policy",
]

#: Parquet key-value metadata keys (inside the encrypted object only)
_META_SCHEMA = b"vault.schema.toml"
_META_SCHEMA_SHA = b"vault.schema.sha256"
#: the import's counts (rows in/out, cells nulled, rows suppressed), JSON
_META_IMPORT = b"vault.import.json"
#: a dataset name: a plain file name (it becomes ``<name>.parquet`` in a release)
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
#: words of a register name that are titles, not names (never scanned for on their own)
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame",
                     "rev", "revd", "lord", "lady"})


@dataclass(frozen=True)
class DatasetInfo:
    """A stored dataset, as listed: no cell values, no identities."""

    id: str
    name: str
    schema: str
    schema_sha256: str
    rows: int
    columns: tuple[str, ...]
    created: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "schema": self.schema,
                "schema_sha256": self.schema_sha256, "rows": self.rows,
                "columns": list(self.columns), "created": self.created}


@dataclass(frozen=True)
class StoredDataset:
    """A dataset decrypted in memory: its table (participant markers) and its schema."""

    info: DatasetInfo
    schema: DatasetSchema
    table: pa.Table
    #: the import's counts (``ImportSummary.to_json``); empty for datasets stored without one
    summary: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    #: the exact schema TOML stored with the dataset
    schema_raw: bytes = dataclasses.field(default=b"", repr=False)

    def __repr__(self) -> str:
        return f"StoredDataset({self.info.id}, {self.info.rows} rows)"


# -- import -----------------------------------------------------------------------------------

def _check_name(name: str) -> str:
    if not _NAME_RE.fullmatch(name):
        raise InputError(f"dataset name {name!r} is not a plain name",
                         hint="use 1-64 letters, digits, _ . - (starting with a letter or digit)")
    return name


def _identifier(register: Register) -> Callable[[str], str | None]:
    """Participant column value -> marker: e-mail or full name, case-insensitive, or None."""

    index: dict[str, str | None] = {}

    def add(key: str, marker: str) -> None:
        if key in index and index[key] != marker:
            index[key] = None  # ambiguous: two participants share it
        else:
            index[key] = marker

    for entry in register.entries:
        if entry.email:
            add(normalise_name(entry.email), entry.marker)
        add(normalise_name(entry.name), entry.marker)
    return lambda value: index.get(normalise_name(value))


def import_dataset(vault: Vault, export: bytes | Path, *, name: str, schema_path: Path,
                   source: str | None = None, anonymiser: Any = None,
                   generalise: Sequence[str] = (), suppress: bool | None = None,
                   max_suppressed_percent: float | None = None) -> DatasetInfo:
    """Anonymise a survey export with its schema and store it, encrypted, in the vault.

    The export is read as the survey tool wrote it (the schema's ``format``) and streamed; see
    :func:`vault.dataset_import.prepare_dataset` for the steps and refusals.

    :param export: the export file (streamed) or its bytes.
    :param name: the dataset's name (a plain file name; its release file is ``NAME.parquet``).
    :param schema_path: the dataset schema (TOML); the schema actually applied (with any
        remedy) is stored with the dataset and its SHA-256 recorded.
    :param source: the export's file name, for messages only (never stored).
    :param anonymiser: an :class:`vault.anonymise.engine.Anonymiser` to reuse; one is created
        (loading spaCy) only when the table has free text.
    :param generalise: remedies: quasi-identifiers taken one level beyond the schema's rule.
    :param suppress: remedy: suppress rows still in groups smaller than k (overrides the
        schema's ``[anonymity] suppress``).
    :returns: what was stored.
    :raises InputError: a bad name, an unusable export, a value the schema refuses, rows
        outside ``rows``; :class:`vault.ingest.DuplicateContent` for a duplicate. Nothing is
        stored.
    :raises ChecksFailed: k-anonymity fails after the remedies (the message says what would
        fix it).
    :raises PolicyError: the schema is missing or invalid.
    :raises ParticipantError: a respondent is not in the register and the schema's participant
        column is not nullable.
    :raises CustodyError: no unlocked custodian (the register is encrypted).
    """
    _check_name(name)
    prepared = prepare_export(vault, export, schema_path=schema_path, source=source,
                              anonymiser=anonymiser, generalise=generalise, suppress=suppress,
                              max_suppressed_percent=max_suppressed_percent)
    return store_dataset(vault, prepared.table, name=name, schema_raw=prepared.schema_raw,
                         source=source or "dataset", summary=prepared.summary.to_json(),
                         details={"unmatched_respondents":
                                  prepared.summary.unmatched_respondents})


def prepare_export(vault: Vault, export: bytes | Path, *, schema_path: Path,
                   source: str | None = None, anonymiser: Any = None,
                   generalise: Sequence[str] = (), suppress: bool | None = None,
                   max_suppressed_percent: float | None = None,
                   dry_run: bool = False) -> PreparedDataset:
    """What :func:`import_dataset` would store, without storing it (``--dry-run``).

    :raises: as :func:`import_dataset`, except that with ``dry_run`` a k-anonymity failure is
        returned in ``kanon`` instead of raised.
    """
    schema, schema_raw = read_dataset_schema(schema_path)
    vault.custody()
    register = load_register(vault)
    engine: list[Any] = [anonymiser]

    def redact_texts(texts: list[str]) -> Sequence[str]:
        if engine[0] is None:
            # lazy: the engine loads Presidio and spaCy
            from vault.anonymise.engine import Anonymiser

            engine[0] = Anonymiser()
        return [r.text for r in engine[0].redact_many(texts, register=register)]

    return prepare_dataset(export, schema, schema_raw, identify=_identifier(register),
                           redact_texts=redact_texts, name=source, generalise=generalise,
                           suppress=suppress, max_suppressed_percent=max_suppressed_percent,
                           dry_run=dry_run)


def store_dataset(vault: Vault, table: pa.Table, *, name: str, schema_raw: bytes,
                  source: str = "dataset", details: Mapping[str, Any] | None = None,
                  summary: Mapping[str, Any] | None = None) -> DatasetInfo:
    """Store an already-anonymised table (participant MARKERS) as an encrypted dataset.

    :func:`import_dataset` calls this after anonymising; use it directly only for a table
    anonymised elsewhere. Nothing checks the table here: every release validates it.

    :param schema_raw: the dataset schema's TOML bytes (stored with the table; hash recorded).
    :param details: more counts for the audit entry (no values, no identities).
    :param summary: the import's counts, kept with the dataset (release manifest, codebook).
    :raises InputError: a bad name; :class:`vault.ingest.DuplicateContent` for a duplicate.
    :raises PolicyError: the schema is invalid.
    """
    _check_name(name)
    schema = schema_from_bytes(schema_raw, source=f"{source} (schema)")
    vault.custody()  # fail before the work when no custodian is unlocked
    schema_sha = hashlib.sha256(schema_raw).hexdigest()
    meta = dict(table.schema.metadata or {})
    meta[_META_SCHEMA] = schema_raw
    meta[_META_SCHEMA_SHA] = schema_sha.encode()
    if summary is not None:
        meta[_META_IMPORT] = json.dumps(dict(summary), sort_keys=True).encode()
    table = table.replace_schema_metadata(meta)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    data = buffer.getvalue()

    counts = {"suppressed_rows": summary.get("suppressed_rows", 0),
              "invalid_nulled": sum(dict(summary.get("invalid_nulled", {})).values())
              } if summary else {}
    stored = store_dataset_object(vault, data, name=name, source=source, details={
        "schema": schema.name, "schema_sha256": schema_sha, "rows": table.num_rows,
        "columns": table.num_columns, **dict(details or {}), **counts})
    return DatasetInfo(stored.id, name, schema.name, schema_sha, table.num_rows,
                       tuple(table.column_names), stored.created)


# -- reading ----------------------------------------------------------------------------------

def _dataset_row(vault: Vault, dataset_id: str) -> Any:
    row = objects.present_item(vault, dataset_id)
    if row["data_class"] != DATASET_CLASS:
        raise StoreError(f"item {dataset_id} is not a dataset",
                         hint="see `vault dataset list` for dataset ids")
    return row


def _decode(vault: Vault, dataset_id: str, data: bytes, key_id: str,
            sealed_name: bytes | None, created: str) -> StoredDataset:
    custody = vault.custody()
    try:
        parquet = pq.ParquetFile(io.BytesIO(data))
        meta = parquet.schema_arrow.metadata or {}
        schema_raw = meta[_META_SCHEMA]
        schema_sha = meta[_META_SCHEMA_SHA].decode()
    except (pa.ArrowException, OSError, KeyError) as exc:
        raise DecryptionFailed(f"dataset {dataset_id} is not a vault dataset object",
                               hint="run `vault verify`") from exc
    if hashlib.sha256(schema_raw).hexdigest() != schema_sha:
        raise DecryptionFailed(f"dataset {dataset_id}: its schema does not match its hash",
                               hint="run `vault verify`")
    schema = schema_from_bytes(schema_raw, source=f"dataset {dataset_id} (schema)")
    name = dataset_id
    if sealed_name is not None:
        name = age.decrypt_bytes(sealed_name, [custody.class_identity(key_id)]).decode()
    table = parquet.read()
    summary = json.loads(meta[_META_IMPORT]) if _META_IMPORT in meta else {}
    table = table.replace_schema_metadata(
        {k: v for k, v in (table.schema.metadata or {}).items()
         if k not in (_META_SCHEMA, _META_SCHEMA_SHA, _META_IMPORT)} or None)
    info = DatasetInfo(dataset_id, name, schema.name, schema_sha, table.num_rows,
                       tuple(table.column_names), created)
    return StoredDataset(info, schema, table, summary, schema_raw)


def load_dataset(vault: Vault, dataset_id: str) -> StoredDataset:
    """Decrypt a stored dataset into memory (participant markers, not codes).

    :raises StoreError: no such item, destroyed, or not a dataset.
    :raises DecryptionFailed: the object is damaged.
    :raises CustodyError: no unlocked custodian.
    """
    row = _dataset_row(vault, dataset_id)
    extra = vault.db.execute("SELECT original_name, created FROM items WHERE id = ?",
                             (dataset_id,)).fetchone()
    data = objects.read_object(vault, dataset_id, vault.custody())
    return _decode(vault, dataset_id, data, row["key_id"], extra["original_name"],
                   extra["created"])


def list_datasets(vault: Vault) -> list[DatasetInfo]:
    """Every present dataset, oldest first (decrypts each one's name and footer; needs custody).

    :raises CustodyError: no unlocked custodian.
    """
    rows = vault.db.execute("SELECT id FROM items WHERE data_class = ? AND state = 'present' "
                            "ORDER BY created, id", (DATASET_CLASS,)).fetchall()
    return [load_dataset(vault, r["id"]).info for r in rows]


# -- rendering and validation -----------------------------------------------------------------

def render_dataset(stored: StoredDataset, codes: Mapping[str, str]) -> pa.Table:
    """The dataset as released: markers -> the given epoch's codes, tokens in text rendered.

    :param codes: marker -> public code (``vault.codes.epochs.current_codes``). A value that
        is no participant's marker is left unchanged, so validation (current codes only)
        rejects it.
    """
    table = stored.table
    participant = stored.schema.participant_column
    if participant is not None:
        def code_for(marker: str) -> str:
            # not a current participant's marker: left as it is, so that validation fails on
            # it (not a current code) instead of it being hidden or guessed
            return codes.get(marker, marker)

        table = render_codes(table, column=participant, code_for=code_for)
    for index, field in enumerate(table.schema):
        if field.name == participant or not pa.types.is_string(field.type):
            continue
        values = [None if v is None else render(v, codes)
                  for v in table.column(index).to_pylist()]
        table = table.set_column(index, field.name, pa.array(values, type=pa.string()))
    return table


def register_names(register: Register) -> list[str]:
    """Every name to scan released text for: full names, aliases, and each name's parts.

    Titles ("Dr", "Prof", …) and one-letter parts are left out: they are not names.
    """
    names: dict[str, None] = {}
    for entry in register.entries:
        for full in (entry.name, *entry.aliases):
            full = full.strip()
            if not full:
                continue
            names[full] = None
            for part in re.split(r"[\s]+", full):
                part = part.strip(".,")
                if len(part) > 1 and part.casefold().rstrip(".") not in _TITLES:
                    names[part] = None
    return list(names)


def vault_validation_policy(vault: Vault) -> ValidationPolicy:
    """The vault's validation policy: current codes, their format, the register's names.

    :raises CustodyError: no unlocked custodian (the register is encrypted).
    """

    return ValidationPolicy.of(current_codes=set(current_codes(vault).values()),
                               code_regex=code_scheme(vault).regex,
                               register_names=register_names(load_register(vault)))


def validate_dataset(vault: Vault, dataset_id: str, *, engine: str = "duckdb",
                     policy: ValidationPolicy | None = None) -> ValidationResult:
    """Render a stored dataset to the current codes (in memory) and run its schema's suite.

    :returns: the result (``success`` False when a check failed; nothing raised for that).
    :raises StoreError: no such dataset.
    :raises CustodyError: no unlocked custodian.
    """

    stored = load_dataset(vault, dataset_id)
    policy = policy or vault_validation_policy(vault)
    table = render_dataset(stored, current_codes(vault))
    suite = build_suite(stored.schema, policy)
    return validate_table(table, suite, dataset=f"{stored.info.name}.parquet", engine=engine,
                          schema=stored.schema)
