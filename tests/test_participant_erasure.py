"""Withdrawal with --purge erases the participant's identity from the register: names,
aliases, e-mail, role and consent date go; the redactor keeps recognising their names in
other people's transcripts from keyed hashes only; the register is re-sealed to a fresh key so
copies of the register taken before the withdrawal no longer open."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from test_keys_shredding import _opens, reachable_identities

import vault.operations  # noqa: F401
from vault import keys
from vault.anonymise.study_terms import add_deny_terms, load_study_terms
from vault.codes.epochs import code_history, rotate_codes
from vault.markers import participant_token
from vault.participants import (
    add_participant,
    list_participants,
    load_register,
    withdraw_participant,
)
from vault.store import Vault


def _register_blobs(catalog: Path) -> list[bytes]:
    db = sqlite3.connect(catalog)
    blobs = [bytes(r[0]) for r in db.execute("SELECT register FROM participant_register")]
    blobs += [bytes(r[0]) for r in db.execute("SELECT sealed FROM code_epochs "
                                             "WHERE sealed IS NOT NULL")]
    db.close()
    return blobs


def test_withdraw_purge_erases_the_identity(vault: Vault, identity_file: Path, tmp_path: Path,
                                            anonymiser: Any) -> None:
    gone = add_participant(vault, "Gwendolyn Arbuthnot", email="g.arbuthnot@example.org",
                           aliases=["Gwen Arbuthnot"], role="nurse", consent_date="2026-01-05")
    stays = add_participant(vault, "Hamish Stays", email="hamish@example.org")
    rotate_codes(vault, "before the withdrawal")
    add_deny_terms(vault, "PERSON", ["Bartholomew Quill"])  # sealed to the register key too
    # the codes of the new epoch
    gone, stays = (vault.db.execute(
        "SELECT c.code FROM participant_codes c JOIN participants p ON p.marker = c.marker "
        "ORDER BY p.created, p.rowid").fetchall()[i][0] for i in (0, 1))
    copy = tmp_path / "before-withdrawal"
    shutil.copytree(vault.root, copy)
    old_blobs = _register_blobs(copy / "catalog.sqlite")
    ident = keys.read_identity_file(identity_file)
    assert all(_opens(b, reachable_identities(vault, [ident])) for b in old_blobs)

    withdraw_participant(vault, gone, purge=True)

    # the live register: the identity is erased, the other participant's is whole
    shown = {p.code: p.identity for p in list_participants(vault, reveal=True)}
    assert shown[gone] is not None and shown[gone].name == "" and shown[gone].email is None
    assert shown[gone].role is None and shown[gone].consent_date is None
    assert shown[stays] is not None and shown[stays].name == "Hamish Stays"
    assert len(code_history(vault, stays)) == 2  # the sealed history still works
    # copies of the register from before the withdrawal open with nothing reachable now
    reachable = reachable_identities(vault, [ident])
    for blob in old_blobs:
        assert not _opens(blob, reachable)
    for blob in _register_blobs(vault.catalog_path):
        assert b"Arbuthnot" not in blob
    # the redactor still finds the erased participant's names in someone else's transcript
    register = load_register(vault)
    assert register.hashed is not None and len(register.hashed.terms) == 3
    assert all(e.name for e in register.entries)
    text = ("Interviewer: Did you work with Gwendolyn Arbuthnot?\n"
            "Participant: Yes, Gwen Arbuthnot, g.arbuthnot@example.org, on the ward.\n")
    out = anonymiser.redact(text, register=register).text
    assert "Arbuthnot" not in out and "g.arbuthnot" not in out
    erased = vault.db.execute("SELECT marker FROM participants WHERE state = 'withdrawn'"
                              ).fetchone()[0]
    assert out.count(participant_token(erased)) == 3, out
    # the study's term lists, sealed like the register, were re-sealed, not lost
    assert "Bartholomew Quill" in load_study_terms(vault).deny["PERSON"]
    # idempotent: a second withdrawal --purge erases nothing more
    withdraw_participant(vault, gone, purge=True)
    vault.audit.verify()
