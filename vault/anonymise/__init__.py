"""Transcript de-identification on Presidio: recognizers, engine, pseudonyms, document formats.

The short path::

    from vault.anonymise import Anonymiser, Register, read_document, redact_document
    anonymiser = Anonymiser()                         # packaged policy, model loaded once
    doc = read_document(Path("interview.docx"))
    redacted, redactions = redact_document(doc, anonymiser, register=Register.from_csv(p))

Everything here works without click; ``vault.commands.anonymise`` is one client of it.
"""
from __future__ import annotations

import importlib
from typing import Any

# Attributes resolve lazily (PEP 562): importing ``vault.anonymise.dataset`` or the policy must
# not pay for spaCy and Presidio.
_EXPORTS: dict[str, str] = {
    "Anonymiser": "engine", "Redaction": "engine", "Replacement": "engine",
    "load_spacy_model": "engine",
    "AnonymiseSummary": "formats", "Document": "formats", "anonymise_files": "formats",
    "document_from_bytes": "formats", "document_to_bytes": "formats", "read_document": "formats",
    "redact_document": "formats", "write_document": "formats",
    "RedactionPolicy": "redaction_policy", "default_redaction_policy": "redaction_policy",
    "load_redaction_policy": "redaction_policy",
    "PseudonymBook": "pseudonyms",
    "Register": "register", "RegisterEntry": "register",
}
__all__ = [
    "AnonymiseSummary", "Anonymiser", "Document", "PseudonymBook", "Redaction", "RedactionPolicy",
    "Register", "RegisterEntry", "Replacement", "anonymise_files", "default_redaction_policy",
    "document_from_bytes", "document_to_bytes", "load_redaction_policy", "load_spacy_model",
    "read_document", "redact_document", "write_document",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"vault.anonymise.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'vault.anonymise' has no attribute {name!r}")
