"""Property: whatever the mix of participants, classes and holds, a purge shreds exactly the
keys of what it destroyed — every pre-purge copy of a destroyed object opens with no key the
live vault, its keystore or its managed backups still hold; every kept object still opens; a
second purge changes nothing."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_keys_shredding import _opens, reachable_identities
from test_retention_support import add_marker, put_item, set_events

import vault.operations  # noqa: F401
from vault import keys
from vault.keystore_backups import backup_keystore
from vault.retention.holds import HoldScope, add_hold
from vault.retention.purge import purge
from vault.retention.rules import vault_policy
from vault.store import Vault

TODAY = dt.datetime.now(dt.UTC).date()
CLASSES = ("audio", "transcript_raw", "redaction_log")

study = st.lists(st.tuples(st.lists(st.sampled_from(CLASSES), min_size=1, max_size=3),
                           st.booleans()), min_size=1, max_size=4)


@pytest.mark.slow
@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(study)
def test_purge_shreds_exactly_what_it_destroys(monkeypatch: pytest.MonkeyPatch,
                                               people: list[tuple[list[str], bool]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        monkeypatch.setenv("HOME", str(base))
        monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
        identity = base / "custodian.identity"
        monkeypatch.setenv("VAULT_IDENTITY_FILE", str(identity))
        vault = Vault.init(base / "vault", "Property study")
        keys.init_custodian(vault, store="file", identity_file=identity,
                            passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
        copies: dict[str, tuple[bytes, bool]] = {}
        for n, (classes, held) in enumerate(people):
            marker = f"pt_{n:012x}"
            add_marker(vault, marker)
            if held:
                add_hold(vault, HoldScope.PARTICIPANT, marker, reason="property")
            for cls in classes:
                item_id = put_item(vault, cls, marker=marker)
                copies[item_id] = (vault.object_path(item_id).read_bytes(), held)
        shared = put_item(vault, "audio")  # no participant: a (class, period) key
        copies[shared] = (vault.object_path(shared).read_bytes(), False)
        backup_keystore(vault)
        set_events(vault, final_report=(TODAY - dt.timedelta(days=4 * 366)).isoformat())
        result = purge(vault, vault_policy(vault), TODAY)
        reachable = reachable_identities(vault, [keys.read_identity_file(identity)])
        for item_id, (blob, held) in copies.items():
            assert _opens(blob, reachable) == held, item_id
            assert (item_id in result.destroyed) == (not held)
        again = purge(vault, vault_policy(vault), TODAY)
        assert again.destroyed == () and again.keys_destroyed == ()
        vault.close()
