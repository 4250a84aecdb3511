"""Qualtrics CSV exports: three header rows — ids, question text, ImportId JSON.

What Qualtrics writes (Data & Analysis → Export → CSV, "Use choice text", multi-value fields
split into columns): row 1 the column ids (``StartDate``, ``IPAddress``, ``RecipientEmail``,
``Q3``, ``Q5_1``, ``Q5_5_TEXT``, …), row 2 the question text (``Which models do you teach? -
Selected Choice - GROW``), row 3 ``{"ImportId":"QID5_1"}``. A column is known by its row-1 id:
a schema's ``source = "Q5_1"``.
"""
from __future__ import annotations

import json

from vault.errors import InputError
from vault.surveys.layout import ExportColumn

__all__ = ["IDENTITY_COLUMNS", "METADATA_COLUMNS", "export_columns", "split_question"]

#: Qualtrics' response metadata columns
METADATA_COLUMNS = ("StartDate", "EndDate", "Status", "IPAddress", "Progress",
                    "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId",
                    "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                    "ExternalReference", "LocationLatitude", "LocationLongitude",
                    "DistributionChannel", "UserLanguage")
#: metadata that identifies a respondent, their session or their place (never released)
IDENTITY_COLUMNS = frozenset(METADATA_COLUMNS)
_PARTS = (" - Selected Choice - ", " - ")


def split_question(text: str) -> tuple[str, str | None]:
    """``"Q? - Selected Choice - GROW"`` → ``("Q?", "GROW")``; plain text → ``(text, None)``."""
    for sep in _PARTS:
        if sep in text:
            head, _, tail = text.partition(sep)
            option = tail.removeprefix("Selected Choice").strip(" -")
            return head.strip(), option or None
    return text, None


def export_columns(rows: list[list[str]], *, name: str) -> list[ExportColumn]:
    """The columns described by Qualtrics' three header rows.

    :raises InputError: fewer than three rows, a column without an id, or a third row that is
        not ImportId JSON (then this is not a Qualtrics export).
    """
    if len(rows) < 3:
        raise InputError(f"{name}: a Qualtrics export has three header rows",
                         hint="export the responses again as CSV from Qualtrics")
    ids, texts, imports = rows
    out = []
    for i, col_id in enumerate(ids):
        if not col_id:
            raise InputError(f"{name}: row 1 (header): column {i + 1} has no id")
        raw = imports[i] if i < len(imports) else ""
        try:
            import_id = json.loads(raw)["ImportId"] if raw else None
        except (ValueError, TypeError, KeyError):
            raise InputError(f"{name}: row 3 (header): column {i + 1} is not ImportId JSON "
                             "— is this a Qualtrics export?",
                             hint="use --from csv for a plain CSV") from None
        text = texts[i] if i < len(texts) else ""
        question, answer = split_question(text) if text else (col_id, None)
        out.append(ExportColumn(key=col_id, position=i, question=question, answer=answer,
                                import_id=str(import_id) if import_id is not None else None))
    return out
