"""The hash-chained audit log detects every kind of tampering."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vault.errors import AuditError
from vault.store import Vault


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    v = Vault.init(tmp_path / "v", "Audit study")
    for i in range(5):
        with v.write() as tx:
            v.audit.append(tx, action="event.set", outcome="ok", items=[f"it_{i:012d}"],
                           details={"n": i}, custodian="abcd")
    return v


def _lines(v: Vault) -> list[bytes]:
    return v.audit_path.read_bytes().splitlines(keepends=True)


def _write(v: Vault, lines: list[bytes]) -> None:
    v.audit_path.write_bytes(b"".join(lines))


def test_intact_log_verifies(vault: Vault) -> None:
    report = vault.audit.verify()
    assert report.entries == 6
    entries = vault.audit.entries()
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[2].items == ("it_000000000001",)


def test_edited_entry_detected(vault: Vault) -> None:
    lines = _lines(vault)
    lines[3] = lines[3].replace(b'"outcome":"ok"', b'"outcome":"no"')
    _write(vault, lines)
    # unsigned lines: the edit is line 4's, or line 5's record of it
    with pytest.raises(AuditError, match="line 4 or line 5 was edited"):
        vault.audit.verify()


def test_edited_unsigned_entry_is_named_by_the_signed_one_after_it(vault_dir: Path) -> None:
    """Issue 20: the line named is the edited one, not the line after it. Line 1 (vault.init)
    precedes the signing key; line 2, signed, proves what line 1 held."""
    signed = Vault.open(vault_dir)
    lines = _lines(signed)
    lines[0] = lines[0].replace(b'"outcome":"ok"', b'"outcome":"no"')
    _write(signed, lines)
    with pytest.raises(AuditError, match=r"audit.log: line 1 was edited \(line 2, signed"):
        signed.audit.verify()
    signed.close()


def test_edited_entry_rehashed_still_detected_at_head(vault: Vault) -> None:
    """An attacker who rewrites an entry and recomputes every later hash is caught by the head."""
    lines = _lines(vault)
    import hashlib

    objs = [json.loads(line) for line in lines]
    objs[2]["outcome"] = "failed"
    prev = objs[0]["prev"]
    rebuilt = []
    for obj in objs:
        obj["prev"] = prev
        raw = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()
        rebuilt.append(raw + b"\n")
        prev = hashlib.sha256(raw).hexdigest()
    _write(vault, rebuilt)
    with pytest.raises(AuditError, match="catalog head"):
        vault.audit.verify()


def test_non_canonical_edit_detected(vault: Vault) -> None:
    lines = _lines(vault)
    lines[1] = lines[1].replace(b'{"action"', b'{ "action"')
    _write(vault, lines)
    with pytest.raises(AuditError, match="line 2 is not in canonical form"):
        vault.audit.verify()


def test_reordered_entries_detected(vault: Vault) -> None:
    lines = _lines(vault)
    lines[2], lines[3] = lines[3], lines[2]
    _write(vault, lines)
    with pytest.raises(AuditError, match="line 3 has sequence number 4 .entries deleted, "
                                         "inserted or reordered"):
        vault.audit.verify()


def test_deleted_entry_detected(vault: Vault) -> None:
    lines = _lines(vault)
    del lines[2]
    _write(vault, lines)
    with pytest.raises(AuditError, match="line 3 has sequence number 4"):
        vault.audit.verify()


def test_deleted_last_entry_detected(vault: Vault) -> None:
    _write(vault, _lines(vault)[:-1])
    with pytest.raises(AuditError, match="has 5 entries but the catalog head records 6"):
        vault.audit.verify()


def test_inserted_entry_detected(vault: Vault) -> None:
    lines = _lines(vault)
    lines.insert(3, lines[2])
    _write(vault, lines)
    with pytest.raises(AuditError, match="line 4 has sequence number 3"):
        vault.audit.verify()


def test_truncated_entry_detected(vault: Vault) -> None:
    data = vault.audit_path.read_bytes()
    vault.audit_path.write_bytes(data[:-20])
    with pytest.raises(AuditError, match="last entry is truncated"):
        vault.audit.verify()
    # and a reopen does not "repair" a truncation
    with pytest.raises(AuditError):
        Vault.open(vault.root).audit.verify()


def test_garbage_line_detected(vault: Vault) -> None:
    lines = _lines(vault)
    lines[1] = b"not json\n"
    _write(vault, lines)
    with pytest.raises(AuditError, match="line 2 is not a valid entry"):
        vault.audit.verify()


def test_missing_log_detected(vault: Vault) -> None:
    vault.audit_path.unlink()
    with pytest.raises(AuditError, match="missing"):
        vault.audit.verify()


def test_append_refused_when_log_was_tampered(vault: Vault) -> None:
    _write(vault, _lines(vault)[:-1])
    with pytest.raises(AuditError, match="lacks committed entries from sequence number 6"), \
            vault.write() as tx:
        vault.audit.append(tx, action="x", outcome="ok", custodian="-")


def test_a_stray_tail_is_never_cut(vault: Vault) -> None:
    """Bytes past the catalog's head are not ours (audit.log never holds an uncommitted line):
    reopening reports them and leaves the file as it is."""
    head_before = vault.audit.verify().head
    stray = json.dumps({"seq": 7, "action": "ingest", "prev": head_before}).encode() + b"\n"
    with vault.audit_path.open("ab") as fh:
        fh.write(stray)
    before = vault.audit_path.read_bytes()
    reopened = Vault.open(vault.root)
    assert reopened.audit_path.read_bytes() == before
    assert reopened.audit.divergence is not None
    assert "1 entry past the catalog's head (first not in the catalog: sequence number 7)" \
        in reopened.audit.divergence.message()
    with pytest.raises(AuditError, match="past the catalog's head"):
        reopened.audit.verify()
    with pytest.raises(AuditError, match="past the catalog's head"), reopened.write():
        pass
    assert reopened.audit_path.read_bytes() == before


def test_no_identifiers_in_entries(vault: Vault) -> None:
    for entry in vault.audit.entries():
        assert set(entry.to_json()) - {"sig"} == {"seq", "time", "custodian", "action", "items",
                                                  "outcome", "details", "prev"}
