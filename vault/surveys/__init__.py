"""Survey exports as the survey tools write them, and schemas drafted from them.

Three tools' exports are read unchanged — SurveyMonkey (:mod:`~vault.surveys.surveymonkey`),
Qualtrics (:mod:`~vault.surveys.qualtrics`) and REDCap (:mod:`~vault.surveys.redcap`, with its
data dictionary) — besides a plain one-header CSV. :mod:`~vault.surveys.reader` parses the
header rows and streams the data through pyarrow; :mod:`~vault.surveys.draft` writes a dataset
schema a steward only has to review::

    from vault.surveys import SourceFormat, draft_schema
    text = draft_schema(Path("export.csv"), SourceFormat.SURVEYMONKEY, name="mentoring")
    Path("mentoring.toml").write_text(text)     # then: vault dataset import export.csv --schema …

:mod:`~vault.surveys.synthetic` writes realistic, entirely fictional exports of the three tools
for tests, demos and the import benchmark.
"""
from __future__ import annotations

from vault.anonymise.dataset import SourceFormat
from vault.surveys.layout import ExportColumn, ExportLayout

__all__ = ["ExportColumn", "ExportLayout", "SourceFormat"]
