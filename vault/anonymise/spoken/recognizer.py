"""The Presidio side of the spoken-form finders: one recognizer that runs them all once per text.

``SpokenFormsRecognizer`` parses the text's numbers once (:func:`number_runs`) and hands them
to every finder, so adding the spoken forms costs one pass of each precompiled pattern, not one
parse per identifier type. Results carry the finder's name ("spoken_date", "spoken_number", ...)
as the recognizer name, which the engine records as the detector in the redaction log.
"""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.addresses import find_spoken_addresses
from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.dates import find_dates
from vault.anonymise.spoken.emails import find_spoken_emails
from vault.anonymise.spoken.identifiers import find_identifier_numbers
from vault.anonymise.spoken.initials import find_initialled_names
from vault.anonymise.spoken.numbers import number_runs
from vault.anonymise.spoken.postcodes import find_postcodes
from vault.anonymise.spoken.spelling import find_spelled_names

__all__ = ["SpokenFormsRecognizer", "find_spoken_forms"]

#: the entities the finders emit
SPOKEN_ENTITIES: tuple[str, ...] = (
    "DATE", "AGE", "PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE", "EMAIL", "PERSON", "LOCATION")


def find_spoken_forms(text: str) -> list[Finding]:
    """Every spoken-form identifier in ``text``, unsorted and possibly overlapping."""
    runs = number_runs(text)
    return [*find_identifier_numbers(text, runs), *find_dates(text, runs), *find_ages(text, runs),
            *find_postcodes(text), *find_spoken_emails(text), *find_spelled_names(text),
            *find_initialled_names(text), *find_spoken_addresses(text)]


class SpokenFormsRecognizer(EntityRecognizer):
    """Identifiers as people say them (see :mod:`vault.anonymise.spoken`)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=list(SPOKEN_ENTITIES), name="spoken_forms")

    def load(self) -> None:  # nothing to load: the patterns compile at import
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        wanted = set(entities)
        return [RecognizerResult(
            entity_type=f.entity, start=f.start, end=f.end, score=f.score,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: f.detector,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for f in find_spoken_forms(text) if f.entity in wanted]
