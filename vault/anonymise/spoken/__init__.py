"""Identifiers as people say them, for verbatim transcripts.

Transcripts write speech: "oh seven seven double oh, nine hundred, one two three", "the fifth
of December", "Forty-seven." after "How old are you?", "C F seven, seven B P", "sarah dot khan
at nhs dot net", "G-R-I-F-F-I-T-H-S". The written-form recognizers
(:mod:`vault.anonymise.recognizers`) miss these; the finders here catch them::

    from vault.anonymise.spoken import find_spoken_forms
    for finding in find_spoken_forms(text):
        finding.entity, text[finding.start:finding.end], finding.score

One concept a module, all sharing one number parser:

==============================  ===========================================================
:mod:`~.numbers`                 number words and digit groups -> digits ("double", "oh", ...)
:mod:`~.identifiers`             phones, NHS and CHI numbers, GMC numbers read out
:mod:`~.digit_chains`            the fail-safe: any 7+ digits said together, corrected or split
:mod:`~.density`                 the fail-safe by shape: number-dense stretches, any words inside
:mod:`~.turns`                   a speaker resuming an identifier after a back-channel turn
:mod:`~.dates`                   dates in every spoken order, days alone, years of birth
:mod:`~.ages`                    ages as answers, after interjections, in questions, decades
:mod:`~.postcodes`               postcodes read out letter by letter
:mod:`~.emails`                  e-mail addresses read out ("dot", "at", "underscore")
:mod:`~.spelling`                names spelled letter by letter, and the names they spell
:mod:`~.initials`                two initials before a surname ("H D Nagra", "BN Dikko")
:mod:`~.addresses`               house numbers in words before a street
:mod:`~.answers`                 answers to identifier questions: to review, whatever was found
:mod:`~.tagger`                  a trained CRF tagger over anchor windows: adds spans it is sure of
:mod:`~.recognizer`              the Presidio recognizer the engine registers
==============================  ===========================================================

The engine registers :func:`build_spoken_recognizers` next to the written-form recognizers;
overlapping spans of one entity are merged there, so "March the 3rd" found here and "3rd"
found elsewhere become one redaction.
"""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from vault.anonymise.redaction_policy import RedactionPolicy
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.recognizer import SpokenFormsRecognizer, find_spoken_forms

__all__ = ["Finding", "SpokenFormsRecognizer", "build_spoken_recognizers", "find_spoken_forms"]


def build_spoken_recognizers(policy: RedactionPolicy) -> list[EntityRecognizer]:
    """The spoken-form recognizers for ``policy`` (the engine passes only the policy's
    entities to each recognizer, so a policy without AGE gets no ages)."""
    return [SpokenFormsRecognizer()]
