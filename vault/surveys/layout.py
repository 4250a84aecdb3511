"""The header of a survey export: its columns, as the survey tool describes them.

Leaf module shared by the reader (:mod:`vault.surveys.reader`) and the per-tool header parsers
(:mod:`vault.surveys.surveymonkey`, :mod:`~vault.surveys.qualtrics`,
:mod:`~vault.surveys.redcap`).
"""
from __future__ import annotations

from dataclasses import dataclass

from vault.anonymise.dataset import SourceFormat, SourceKey, source_label

__all__ = ["ExportColumn", "ExportLayout"]


@dataclass(frozen=True)
class ExportColumn:
    """One column of an export, as its header rows describe it.

    :param key: what a schema's ``source`` (or, in a plain CSV, ``name``) must equal.
    :param position: 0-based column position.
    :param question: the question's wording (SurveyMonkey row 1, Qualtrics row 2).
    :param answer: SurveyMonkey's sub-answer (row 2): ``Response``, an option, ``Other …``.
    :param import_id: Qualtrics' ImportId (row 3), e.g. ``QID3_TEXT``.
    """

    key: SourceKey
    position: int
    question: str | None = None
    answer: str | None = None
    import_id: str | None = None

    @property
    def label(self) -> str:
        return source_label(self.key)


@dataclass(frozen=True)
class ExportLayout:
    """The header of an export and where its data starts."""

    format: SourceFormat
    columns: tuple[ExportColumn, ...]
    delimiter: str
    #: byte offset of the first data row
    data_offset: int
    #: file name, for messages
    name: str
    #: the file line the first data row starts on
    first_line: int = 2

    @property
    def first_row(self) -> int:
        """The spreadsheet row number of the first data row."""
        return self.format.header_rows + 1

    def column(self, key: SourceKey) -> ExportColumn | None:
        for col in self.columns:
            if col.key == key:
                return col
        return None
