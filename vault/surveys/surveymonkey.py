"""SurveyMonkey CSV exports: two header rows, question text then sub-answer.

What SurveyMonkey writes (``All Responses`` → CSV, "Expanded" columns): a UTF-8 byte-order
mark; row 1 holds the metadata column names (``Respondent ID``, ``Collector ID``, ``Start
Date``, ``End Date``, ``IP Address``, ``Email Address``, ``First Name``, ``Last Name``,
``Custom Data 1``) and each question's text, written once above all of its columns; row 2 holds
each column's sub-answer — ``Response`` or ``Open-Ended Response`` for a single answer, the
option's text for each option of a select-all-that-apply question (the cell holds the option
text when ticked), ``Other (please specify)`` for the "other" text box. A column is known by
the pair (question, sub-answer): a schema's ``source = ["question", "answer"]``.
"""
from __future__ import annotations

from vault.errors import InputError
from vault.surveys.layout import ExportColumn

__all__ = ["IDENTITY_COLUMNS", "METADATA_COLUMNS", "SINGLE_ANSWERS", "export_columns"]

#: SurveyMonkey's metadata columns, in export order
METADATA_COLUMNS = ("Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
                    "Email Address", "First Name", "Last Name", "Custom Data 1")
#: metadata that identifies a respondent or their session (never released)
IDENTITY_COLUMNS = frozenset(METADATA_COLUMNS) | {"Custom Data", "Custom Data 2",
                                                 "Custom Data 3"}
#: row-2 labels of a question's only column (not an option)
SINGLE_ANSWERS = frozenset({"Response", "Open-Ended Response", ""})


def export_columns(rows: list[list[str]], *, name: str) -> list[ExportColumn]:
    """The columns described by SurveyMonkey's two header rows.

    A blank row-1 cell continues the question to its left (SurveyMonkey writes a question's
    text once above all its columns).

    :raises InputError: the first column has no name, or only one header row.
    """
    if len(rows) < 2:
        raise InputError(f"{name}: a SurveyMonkey export has two header rows; found one",
                         hint="export with --from csv, or export 'Expanded' columns again")
    questions, answers = rows[0], rows[1]
    width = max(len(questions), len(answers))
    current: str | None = None
    out = []
    for i in range(width):
        question = questions[i] if i < len(questions) else ""
        answer = answers[i] if i < len(answers) else ""
        if question:
            current = question
        elif current is None:
            raise InputError(f"{name}: row 1 (header): column {i + 1} has no question")
        out.append(ExportColumn(key=(current, answer), position=i, question=current,
                                answer=answer or None))
    return out
