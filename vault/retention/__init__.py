"""Retention: how long each data class is kept, what is due when, and its destruction.

Library first — the CLI (``vault retention …``, ``vault hold …``, ``vault event …``) is a thin
client of these functions::

    from vault.retention import load_retention_policy, plan, status
    from vault.retention.purge import purge   # the module vault.retention.purge holds it
    policy = load_retention_policy(vault.policies_dir / "retention.toml")
    status(vault, policy, today)              # per class: counts, next due, overdue, held
    plan(vault, policy, as_of)                # what a purge on that day would destroy
    purge(vault, policy, as_of)               # destroy due objects and empty class keys

Modules: :mod:`~vault.retention.rules` (the policy model, :func:`key_period`),
:mod:`~vault.retention.planner` (due dates, computed on the fly from events),
:mod:`~vault.retention.holds` (legal holds), :mod:`~vault.retention.purge` (destruction,
crypto-shredding, disposition review, crash recovery), :mod:`~vault.retention.certificates`
(disposition certificates). Study events live in :mod:`vault.events`. The package imports
every module but :mod:`~vault.retention.purge`, which stands on the write path
(:mod:`vault.write_path`) that itself reads :func:`key_period`: import it by its name.
"""
from __future__ import annotations

from vault.retention.certificates import Certificate, verify_certificate
from vault.retention.holds import (
    ActiveHolds,
    Hold,
    HoldScope,
    active_holds,
    add_hold,
    list_holds,
    remove_hold,
)
from vault.retention.planner import (
    ClassStatus,
    PlannedItem,
    PurgePlan,
    RetentionStatus,
    plan,
    status,
)
from vault.retention.rules import (
    DATA_CLASSES,
    Anchor,
    Period,
    RetentionPolicy,
    RetentionRule,
    add_period,
    key_period,
    load_retention_policy,
    parse_period,
    vault_policy,
)

__all__ = [
    "DATA_CLASSES",
    "ActiveHolds",
    "Anchor",
    "Certificate",
    "ClassStatus",
    "Hold",
    "HoldScope",
    "Period",
    "PlannedItem",
    "PurgePlan",
    "RetentionPolicy",
    "RetentionRule",
    "RetentionStatus",
    "active_holds",
    "add_hold",
    "add_period",
    "key_period",
    "list_holds",
    "load_retention_policy",
    "parse_period",
    "plan",
    "remove_hold",
    "status",
    "vault_policy",
    "verify_certificate",
]
