"""The encrypted participant register and code epochs (vault.participants), as a library.

Fixtures ``vault`` / ``vault_dir`` come from tests/conftest.py (one custodian, plain identity
file). Property tests build their own small vaults with :func:`new_vault`.
"""
from __future__ import annotations

import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault import keys
from vault.codes import DEFAULT_SCHEME
from vault.codes.epochs import (
    code_history,
    code_scheme,
    current_codes,
    current_epoch,
    resolve_code,
    rotate_codes,
)
from vault.errors import ParticipantError
from vault.markers import participant_token, render
from vault.participants import (
    add_participant,
    import_register,
    list_participants,
    load_register,
    withdraw_participant,
)
from vault.store import Vault

PLANTED_NAME = "Zebedee Quorndon-Vantablack"
PLANTED_EMAIL = "zq.vantablack@example.org"
PLANTED_ALIAS = "Zebby"


def new_vault(root: Path, *, codes_policy: str | None = None) -> Vault:
    """A fresh vault with one custodian (plain identity file beside it), custody unlocked."""
    vault = Vault.init(root / "vault", "Property study")
    if codes_policy is not None:
        (vault.policies_dir / "codes.toml").write_text(codes_policy)
    keys.init_custodian(vault, store="file", identity_file=root / "custodian.identity",
                        passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
    return vault


def register_csv(names: list[str], *, codes: list[str] | None = None) -> bytes:
    lines = ["name,code,aliases,email,role,consent_date"]
    for i, name in enumerate(names):
        code = codes[i] if codes else ""
        email = name.lower().replace(" ", ".") + "@example.org"
        lines.append(f"{name},{code},,{email},GP,2024-01-{(i % 28) + 1:02d}")
    return ("\n".join(lines) + "\n").encode()


def names(count: int, start: int = 0) -> list[str]:
    return [f"Participant Number{n}" for n in range(start, start + count)]


def catalog_bytes(root: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal"):
        path = Path(f"{root / 'catalog.sqlite'}{suffix}")
        if path.exists():
            data += path.read_bytes()
    return data


# -- adding, listing, the register --------------------------------------------------------------

def test_add_issues_a_random_code_of_the_scheme_and_keeps_identity_encrypted(vault: Vault
                                                                            ) -> None:
    code = add_participant(vault, f"  Dr {PLANTED_NAME} ", email=PLANTED_EMAIL,
                           aliases=[PLANTED_ALIAS], role="GP partner", consent_date="2024-02-01")
    assert DEFAULT_SCHEME.matches(code)
    assert current_epoch(vault) == 1
    marker = resolve_code(vault, code)
    assert re.fullmatch(r"pt_[0-9a-f]{12}", marker)
    assert current_codes(vault) == {marker: code}
    (entry,) = load_register(vault).entries
    assert (entry.marker, entry.code, entry.name, entry.aliases, entry.email) == (
        marker, code, f"Dr {PLANTED_NAME}", (PLANTED_ALIAS,), PLANTED_EMAIL)
    assert PLANTED_NAME not in repr(entry)
    # identities exist only inside age-encrypted storage
    vault.close()
    raw = catalog_bytes(vault.root) + (vault.root / "audit.log").read_bytes()
    for planted in (PLANTED_NAME, PLANTED_EMAIL, PLANTED_ALIAS, "GP partner"):
        assert planted.encode() not in raw
    blob = vault.db.execute("SELECT register FROM participant_register").fetchone()[0]
    assert bytes(blob).startswith(b"age-encryption.org/v1\n")


def test_list_shows_codes_and_status_only_and_reveal_is_audited(vault: Vault) -> None:
    code = add_participant(vault, PLANTED_NAME, email=PLANTED_EMAIL)
    (row,) = list_participants(vault)
    assert (row.code, row.state, row.withdrawn, row.items, row.identity) == (
        code, "active", None, 0, None)
    assert PLANTED_NAME not in repr(row) and PLANTED_NAME not in str(row.to_json())
    before = len(vault.audit.entries())
    (revealed,) = list_participants(vault, reveal=True)
    assert revealed.identity is not None and revealed.identity.name == PLANTED_NAME
    assert revealed.to_json()["email"] == PLANTED_EMAIL and "marker" not in revealed.to_json()
    entries = vault.audit.entries()
    assert len(entries) == before + 1
    assert entries[-1].action == "participant.reveal"
    assert entries[-1].details == {"participants": 1, "epoch": 1}


def test_listing_is_sorted_by_code_not_by_registration(vault: Vault) -> None:
    import_register(vault, register_csv(names(12)))
    codes = [row.code for row in list_participants(vault)]
    assert codes == sorted(codes)


def test_import_keeps_file_codes_for_mapping_only(vault: Vault, sample_study: Any) -> None:
    data = Path(sample_study.register).read_bytes()
    result = import_register(vault, data)
    assert (result.added, result.epoch, result.legacy_codes) == (12, 1, 12)
    first = data.decode().splitlines()[1].split(",")
    legacy = first[1]
    marker = resolve_code(vault, legacy)        # the study's own code maps (custodian unlocked)
    current = current_codes(vault)[marker]
    assert current != legacy and DEFAULT_SCHEME.matches(current)
    assert legacy not in current_codes(vault).values()
    assert code_history(vault, current) == [(0, legacy), (1, current)]
    entry = next(e for e in load_register(vault).entries if e.marker == marker)
    assert entry.name == first[0] and entry.aliases == tuple(first[2].split(";"))


def test_imported_codes_are_never_issued(tmp_path: Path) -> None:
    vault = new_vault(tmp_path, codes_policy='version = 1\n[codes]\nprefix = "P"\n'
                      'alphabet = "AB"\nlength = 2\n')           # PAA PAB PBA PBB
    import_register(vault, register_csv(names(2), codes=["PAA", "PAB"]))
    assert sorted(current_codes(vault).values()) == ["PBA", "PBB"]
    with pytest.raises(ParticipantError, match="space exhausted"):
        add_participant(vault, PLANTED_NAME)


def test_resolve_accepts_per_interview_rendering_and_case(vault: Vault) -> None:
    code = add_participant(vault, PLANTED_NAME)
    marker = resolve_code(vault, code)
    assert resolve_code(vault, f"{code} 2") == marker
    assert resolve_code(vault, code.lower()) == marker


def test_unknown_code_is_a_participant_error(vault: Vault) -> None:
    add_participant(vault, PLANTED_NAME)
    with pytest.raises(ParticipantError) as info:
        resolve_code(vault, "PZZZ")
    assert info.value.render() == ("error: no participant has code 'PZZZ' in the current code "
                                   "epoch (1) — see `vault participant list` for the current "
                                   "codes")


def test_old_epoch_code_says_codes_were_rotated(vault: Vault,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    old = add_participant(vault, PLANTED_NAME)
    marker = resolve_code(vault, old)
    rotate_codes(vault, "test")
    with pytest.raises(ParticipantError) as info:
        resolve_code(vault, old)
    assert str(info.value) == (f"participant code {old!r} is from code epoch 1; codes have "
                               "been rotated since (now epoch 2)")
    assert f"vault codes history {old}" in info.value.hint
    assert resolve_code(vault, old, history=True) == marker
    # without custody the vault cannot tell an old code from a typo, but still hints
    monkeypatch.delenv("VAULT_IDENTITY_FILE")
    reopened = Vault.open(vault.root)
    try:
        with pytest.raises(ParticipantError) as info:
            resolve_code(reopened, old)
    finally:
        reopened.close()
    assert str(info.value) == f"no participant has code {old!r} in the current code epoch (2)"
    assert info.value.hint.startswith("codes were rotated (now epoch 2)")


def test_load_register_follows_rotation_with_stable_markers(vault: Vault) -> None:
    import_register(vault, register_csv(names(5)))
    before = {e.marker: e.code for e in load_register(vault).entries}
    rotate_codes(vault)
    after = {e.marker: e.code for e in load_register(vault).entries}
    assert before.keys() == after.keys()
    assert not set(before.values()) & set(after.values())
    assert after == current_codes(vault)


# -- rotation --------------------------------------------------------------------------------------

def test_rotation_gives_fresh_codes_and_seals_the_old_mapping(vault: Vault) -> None:
    import_register(vault, register_csv(names(8)))
    epoch1 = current_codes(vault)
    result = rotate_codes(vault, reason=f"{PLANTED_NAME} asked")
    assert (result.from_epoch, result.to_epoch, result.participants) == (1, 2, 8)
    epoch2 = current_codes(vault)
    assert epoch1.keys() == epoch2.keys()
    assert not set(epoch1.values()) & set(epoch2.values())
    for marker, old in epoch1.items():
        assert code_history(vault, old) == [(1, old), (2, epoch2[marker])]
    row = vault.db.execute("SELECT closed, sealed FROM code_epochs WHERE epoch = 1").fetchone()
    assert row["closed"] and bytes(row["sealed"]).startswith(b"age-encryption.org/v1\n")
    rotate_entry = [e for e in vault.audit.entries() if e.action == "codes.rotate"][-1]
    assert rotate_entry.details == {"from_epoch": 1, "to_epoch": 2, "participants": 8,
                                    "reason_recorded": True}
    vault.audit.verify()


def test_old_codes_leave_no_plaintext_trace_in_the_catalog(tmp_path: Path) -> None:
    # long codes, so that a chance match in encrypted bytes is impossible in practice
    vault = new_vault(tmp_path, codes_policy='version = 1\n[codes]\nprefix = "Q"\n'
                      'alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ"\nlength = 7\n')
    import_register(vault, register_csv(names(20)))
    old = list(current_codes(vault).values())
    rotate_codes(vault)
    new = list(current_codes(vault).values())
    vault.close()
    raw = catalog_bytes(vault.root) + (vault.root / "audit.log").read_bytes()
    assert all(code.encode() not in raw for code in old)
    assert all(code.encode() in raw for code in new)


def test_rotation_without_participants_is_refused(vault: Vault) -> None:
    with pytest.raises(ParticipantError, match="no participants: there are no codes to rotate"):
        rotate_codes(vault)


def test_exhausted_code_space_refuses_and_changes_nothing(tmp_path: Path) -> None:
    vault = new_vault(tmp_path, codes_policy='version = 1\n[codes]\nprefix = "P"\n'
                      'alphabet = "AB"\nlength = 2\n')
    import_register(vault, register_csv(names(2)))
    rotate_codes(vault)                         # 4 codes: both epochs fit
    state = _state(vault)
    with pytest.raises(ParticipantError) as info:
        rotate_codes(vault)
    assert str(info.value) == (
        "participant code space exhausted: 'P' + 2 of 2 characters (4 codes); 2 new codes are "
        "needed and 0 are still free (codes are never issued twice)")
    assert info.value.hint == ("set length = 3 in policies/codes.toml (8 codes), then run "
                               "`vault codes rotate`")
    assert _state(vault) == state
    with pytest.raises(ParticipantError, match="space exhausted"):
        add_participant(vault, PLANTED_NAME)
    assert _state(vault) == state
    # the remedy works: a longer pattern from the next rotation on
    (vault.policies_dir / "codes.toml").write_text(
        'version = 1\n[codes]\nprefix = "P"\nalphabet = "AB"\nlength = 3\n')
    rotate_codes(vault)
    assert all(len(c) == 4 for c in current_codes(vault).values())
    assert code_scheme(vault).length == 3


def test_interrupted_rotation_journal_is_recovered_and_audited(vault: Vault) -> None:
    import_register(vault, register_csv(names(3)))
    codes = current_codes(vault)
    with vault.write() as tx:  # what a kill between journal entry and commit leaves behind
        tx.execute("INSERT INTO journal(op, payload, started) VALUES ('rotate', "
                   "'{\"from_epoch\": 1, \"to_epoch\": 2}', '2026-01-01T00:00:00Z')")
    vault.close()
    reopened = Vault.open(vault.root)
    assert reopened.open_operations() == []
    assert current_epoch(reopened) == 1 and current_codes(reopened) == codes
    last = reopened.audit.entries()[-1]
    assert (last.action, last.outcome) == ("codes.rotate", "rolled-back")
    reopened.audit.verify()


# -- withdrawal ------------------------------------------------------------------------------------

def test_withdraw_flags_participant_and_records_the_event(vault: Vault) -> None:
    code = add_participant(vault, PLANTED_NAME)
    marker = resolve_code(vault, code)
    import datetime as dt

    result = withdraw_participant(vault, code, date=dt.date(2026, 5, 2))
    assert (result.code, result.withdrawn, result.items, result.purged) == (
        code, "2026-05-02", 0, False)
    row = vault.db.execute("SELECT state, withdrawn FROM participants").fetchone()
    assert tuple(row) == ("withdrawn", "2026-05-02")
    last = vault.audit.entries()[-1]
    assert last.action == "participant.withdraw"
    assert last.details == {"participant": marker, "date": "2026-05-02", "items": 0}
    with pytest.raises(ParticipantError, match=f"participant {code} has already withdrawn"):
        withdraw_participant(vault, code)
    # withdrawn participants keep a code and stay in the anonymiser's register
    assert [e.marker for e in load_register(vault).entries] == [marker]


# -- properties ------------------------------------------------------------------------------------

def _state(vault: Vault) -> dict[str, Any]:
    db = vault.db
    tables = ("participant_register", "participants", "participant_codes", "code_epochs",
              "code_ledger", "events", "journal")
    out: dict[str, Any] = {t: [tuple(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY 1")]
                           for t in tables}
    out["audit"] = vault.audit_path.read_bytes()
    return out


_CODE_IN_RENDER = re.compile(r"\[([A-Z0-9]+)\]")


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(plan=st.lists(st.tuples(st.sampled_from(["add", "import", "rotate"]),
                               st.integers(1, 6)), min_size=1, max_size=7))
def test_property_codes_never_shared_or_reused(plan: list[tuple[str, int]]) -> None:
    """Within an epoch no two participants share a code; across epochs no code recurs; a render
    before a rotation and one after share no code."""
    with tempfile.TemporaryDirectory() as tmp:
        vault = new_vault(Path(tmp))
        try:
            issued_by_epoch: dict[int, dict[str, str]] = {}
            serial = 0
            for step, count in plan:
                if step == "rotate":
                    if not current_codes(vault):
                        continue
                    document = " ".join(participant_token(m) for m in sorted(current_codes(vault)))
                    before = set(_CODE_IN_RENDER.findall(render(document, current_codes(vault))))
                    rotate_codes(vault)
                    after = set(_CODE_IN_RENDER.findall(render(document, current_codes(vault))))
                    assert before and after and not before & after
                elif step == "add":
                    add_participant(vault, f"Added Person{serial}")
                    serial += 1
                else:
                    import_register(vault, register_csv(names(count, start=serial)))
                    serial += count
                codes = current_codes(vault)
                assert len(set(codes.values())) == len(codes)          # unique within epoch
                issued_by_epoch.setdefault(current_epoch(vault), {}).update(codes)
            everything = [c for epoch in issued_by_epoch.values() for c in epoch.values()]
            assert len(everything) == len(set(everything))             # no reuse across epochs
            # the sealed history agrees with what was in force
            for epoch, codes in issued_by_epoch.items():
                for code in codes.values():
                    assert (epoch, code) in code_history(vault, code)
            vault.audit.verify()
        finally:
            vault.close()


def test_catalog_schema_has_the_register_tables(vault: Vault) -> None:
    tables = {r[0] for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"participant_register", "code_epochs", "participant_codes",
            "code_ledger"} <= tables
    assert isinstance(vault.db, sqlite3.Connection)
