"""The synthetic sample study: a realistic, fictional study to demo and test vault on.

It is modelled on the seed study — doctors (consultants, GPs, trainees, and the odd anaesthetist,
psychiatrist and paediatrician) interviewed up to four times, four to six months apart, about
mentoring and their well-being — and holds every kind of identifier the anonymiser must catch::

    from vault.sample import generate_study

    study = generate_study(tmp_path / "study", seed=7, participants=12)
    study.register            # register.csv: name,code,aliases,email,role,consent_date
    study.questionnaire       # questionnaire.csv: ~60-120 respondents
    for interview in study.interviews:
        interview.audio       # audio/PJ_1.wav (16 kHz mono 16-bit)
        interview.transcript  # transcripts/PJ_1.txt (or .docx / .vtt / .srt)
        gold = study.gold[interview.transcript]
        gold.texts()          # every identifier planted in it; none may survive redaction
        gold.negatives        # phrases that must survive ("six months", "GROW model", ...)

Same seed, same bytes: every file is a pure function of ``seed``, ``participants`` and
``audio_seconds`` (the .docx is re-zipped with fixed timestamps for that). Everything is
fictional: names are drawn from a pool and combined at random, phone numbers come from Ofcom's
ranges reserved for drama, NHS numbers from the 999 test range (with a valid check digit), and
e-mail addresses use the reserved ``example.*`` domains. Hospitals and towns are real places.

The files are nevertheless written as the real ones would be — files 0600, directories 0700 —
because the sample stands in for identifiable data in every workflow it exercises.

Layout: :mod:`~vault.sample.model` (the public types and tables), :mod:`~vault.sample.study`
(writing a study); private modules for the people (``_people``), their fictional identifiers
(``_identifiers``), transcripts (``_transcripts``, ``_formats``), recordings (``_audio``) and the
questionnaire (``_questionnaire``). Names, places, phrases and transcript templates are data, in
``vault/sample/data/*.toml`` (read by ``_data``).
"""
from __future__ import annotations

from vault.sample.model import (
    HARD_NEGATIVES,
    JOB_ROLE_GROUPS,
    MAX_PARTICIPANTS,
    QUESTIONNAIRE_COLUMNS,
    REGION_GROUPS,
    REGISTER_COLUMNS,
    SAMPLE_RATE,
    UK_REGIONS,
    YEARS_BANDS,
    IdentifierKind,
    PlantedIdentifier,
    QuestionnaireIdentifier,
    SampleInterview,
    SampleParticipant,
    SampleStudy,
    TranscriptGold,
    years_band,
)
from vault.sample.study import generate_study, summarise

__all__ = [
    "HARD_NEGATIVES",
    "JOB_ROLE_GROUPS",
    "MAX_PARTICIPANTS",
    "QUESTIONNAIRE_COLUMNS",
    "REGION_GROUPS",
    "REGISTER_COLUMNS",
    "SAMPLE_RATE",
    "UK_REGIONS",
    "YEARS_BANDS",
    "IdentifierKind",
    "PlantedIdentifier",
    "QuestionnaireIdentifier",
    "SampleInterview",
    "SampleParticipant",
    "SampleStudy",
    "TranscriptGold",
    "generate_study",
    "summarise",
    "years_band",
]
