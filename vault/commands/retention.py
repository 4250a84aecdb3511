"""``vault retention …``: what is due when, purges, disposition review and certificates.

Thin wrappers over :mod:`vault.retention`: parse, load the policy, call
one library function, print. Output carries item ids, counts and dates — never identifiers.
"""
from __future__ import annotations

import datetime as dt

import click

from vault.clock import utc_today
from vault.commands._app import emit, get_app, is_interactive, json_option, open_unlocked
from vault.commands._listing import listing, table
from vault.commands._params import DATE
from vault.errors import RetentionError
from vault.retention.certificates import list_certificates
from vault.retention.planner import PurgePlan, plan, status
from vault.retention.purge import PurgeResult, approve, list_pending, purge
from vault.retention.rules import vault_policy


def _as_of(value: dt.date | None) -> dt.date:
    return value if value is not None else utc_today()


@click.group("retention")
def retention_group() -> None:
    """Retention: what is due when, and the scheduled purge (policies/retention.toml).

    \b
    Example:
      vault retention status
      vault retention plan --as-of 2026-07-01
      vault retention purge --yes          # from cron/systemd, with VAULT_IDENTITY_FILE
    """


@retention_group.command("status")
@listing("retention_status")
def retention_status() -> None:
    """Per data class: present, overdue, held and unscheduled items, and the next due date.

    \b
    Example:
      vault retention status --json
    """
    vault = get_app().open_vault()
    policy = vault_policy(vault)
    s = status(vault, policy, utc_today())

    def text() -> str:
        events = ", ".join(f"{k} {v.isoformat()}" for k, v in sorted(s.events.items()))
        lines = [(f"retention status on {s.today.isoformat()} (policy {policy.sha256[:12]}, "
                  f"approval {'required' if s.require_approval else 'not required'})"),
                 f"events: {events or 'none set'}", ""]
        lines.append(table(
            ("class", "present", "overdue", "held", "unscheduled", "destroyed", "next_due",
             "rule"),
            [(c.data_class, c.present, c.overdue, c.held, c.unscheduled, c.destroyed,
              c.next_due, c.rule + (" (not yet scheduled)"
                                        if c.unscheduled and c.anchor_date is None else ""))
             for c in s.classes], empty="no data classes"))
        lines.append("")
        lines.append(s.register.describe(s.today))
        if s.pending:
            lines.append("")
            lines.append(f"awaiting approval: {', '.join(s.pending)} "
                         "(`vault retention approve`)")
        return "\n".join(lines)

    emit(s.to_json(), text)


def _plan_text(p: PurgePlan, verb: str) -> str:
    counts = p.by_class()
    lines = [(f"purge as of {p.as_of.isoformat()}: {len(p.due)} due objects {verb}, "
              f"{len(p.held)} due but held"), ""]
    lines.append(table(("class", "due", "held", "later", "unscheduled", "next_due"),
                       [(cls, c["due"], c["held"], c["not_yet_due"], c["unscheduled"],
                         p.next_due.get(cls)) for cls, c in counts.items()],
                       empty="no objects in the vault"))
    if p.register is not None:
        lines += ["", p.register.describe(p.as_of)]
    if p.due or p.held:
        lines.append("")
        lines.append(table(("item", "class", "due", "action"),
                           [(i.id, i.data_class, i.due, verb) for i in p.due]
                           + [(i.id, i.data_class, i.due, f"held: {', '.join(i.holds)}")
                              for i in p.held], empty=""))
    return "\n".join(lines)


@retention_group.command("plan")
@click.option("--as-of", "as_of", type=DATE, help="The purge day (default: today, UTC).")
@listing("retention_plan")
def retention_plan(as_of: dt.date | None) -> None:
    """Show what a purge on DATE would destroy, skip (held) and leave. Changes nothing.

    \b
    Example:
      vault retention plan --as-of 2026-07-01
    """
    vault = get_app().open_vault()
    p = plan(vault, vault_policy(vault), _as_of(as_of))
    emit(p.to_json(), lambda: _plan_text(p, "would destroy"))


def _result_text(result: PurgeResult) -> str:
    if result.dry_run:
        return "dry run, nothing changed\n" + _plan_text(result.plan, "would destroy")
    if result.pending is not None:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(result.pending.counts().items()))
        if result.pending.state == "pending":
            return (f"disposition {result.pending.id} awaits approval: "
                    f"{len(result.pending.items)} due objects ({counts}); nothing destroyed")
    lines = [(f"purge as of {result.as_of.isoformat()}: destroyed {len(result.destroyed)} "
              f"objects, {len(result.keys_destroyed)} class keys")]
    for cls, n in sorted(result.counts.items()):
        lines.append(f"  {cls:<20} {n}")
    if result.held:
        lines.append(f"  skipped {len(result.held)} held items (see `vault hold list`)")
    if result.failed:
        lines.append(f"  failed: {', '.join(result.failed)}")
    if result.no_longer_due:
        lines.append(f"  no longer due, left alone: {len(result.no_longer_due)}")
    if result.certificate is not None:
        lines.append(f"certificate {result.certificate.id}: {result.certificate.text_path} "
                     f"(sha256 {result.certificate.sha256})")
    elif not result.destroyed and result.register_certificate is None:
        lines.append("nothing was due")
    reg = result.register_certificate
    if reg is not None:
        lines.append(f"participant register destroyed on its rule: certificate {reg.id}: "
                     f"{reg.text_path} (sha256 {reg.sha256})")
    return "\n".join(lines)


def _require_terminal() -> None:
    """Without --yes a person must confirm on a terminal; scheduled runs pass --yes."""
    if not is_interactive():
        raise RetentionError("no terminal to confirm the destruction on, and no --yes",
                             hint="scheduled runs (cron/systemd) must pass --yes; "
                             "nothing was destroyed")


@retention_group.command("purge")
@click.option("--dry-run", is_flag=True, help="Only show what would be destroyed.")
@click.option("--as-of", "as_of", type=DATE,
              help="Purge as of this day (default today, UTC; a later day only with --dry-run).")
@click.option("--yes", is_flag=True, help="Destroy without asking (required without a terminal).")
@json_option
def retention_purge(dry_run: bool, as_of: dt.date | None, yes: bool) -> None:
    """Destroy due objects and their emptied class keys; write a disposition certificate.

    Held items are never destroyed. Exit status: 0 nothing due or all due objects destroyed,
    5 held items skipped, 4 some objects could not be removed, 16 another purge is running,
    17 refused (no --yes without a terminal, or the due list awaits approval when the policy
    sets require_approval). An interrupted purge is completed by the next vault command.

    \b
    Example:
      vault retention purge --dry-run
      VAULT_IDENTITY_FILE=/etc/vault/purge.identity vault retention purge --yes
    """
    day = _as_of(as_of)
    if dry_run:
        vault = get_app().open_vault()
        result = purge(vault, vault_policy(vault), day, dry_run=True)
        emit(result.to_json(), lambda: _result_text(result))
        return
    vault = open_unlocked()
    policy = vault_policy(vault)
    only: set[str] | None = None
    if not yes and not policy.require_approval:
        _require_terminal()
        p = plan(vault, policy, day)
        if p.due:
            click.echo(_plan_text(p, "will destroy"), err=True)
            click.confirm(f"Destroy these {len(p.due)} objects permanently?", abort=True,
                          err=True)
            only = set(p.item_ids)
    result = purge(vault, policy, day, only=only)
    emit(result.to_json(), lambda: _result_text(result))
    error = result.error()
    if error is not None:
        raise error


@retention_group.command("pending")
@listing("retention_pending")
def retention_pending() -> None:
    """List due lists awaiting approval (policies with require_approval = true).

    \b
    Example:
      vault retention pending
    """
    pending = list_pending(get_app().open_vault())
    emit([p.to_json() for p in pending],
         lambda: table(("id", "as_of", "created", "objects", "classes"),
                       [(p.id, p.as_of.isoformat(), p.created, len(p.items),
                         ", ".join(f"{k} {v}" for k, v in sorted(p.counts().items())))
                        for p in pending], empty="nothing awaits approval"))


@retention_group.command("approve")
@click.argument("pending_id", required=False)
@click.option("--yes", is_flag=True, help="Approve without asking (required without a terminal).")
@json_option
def retention_approve(pending_id: str | None, yes: bool) -> None:
    """Approve a pending due list (default: the newest) and destroy what is still due.

    Items put on hold or no longer due since the list was made are left alone.

    \b
    Example:
      vault retention pending
      vault retention approve disp_3f9c0a1b2d4e
    """
    vault = open_unlocked()
    policy = vault_policy(vault)
    if not yes:
        _require_terminal()
        chosen = [p for p in list_pending(vault) if pending_id in (None, p.id)]
        if chosen:
            p = chosen[-1]
            counts = ", ".join(f"{k} {v}" for k, v in sorted(p.counts().items()))
            click.echo(f"disposition {p.id} as of {p.as_of.isoformat()}: {len(p.items)} objects "
                       f"({counts})", err=True)
            click.confirm(f"Approve and destroy the objects of {p.id} permanently?",
                          abort=True, err=True)
    result = approve(vault, policy, pending_id)
    emit(result.to_json(), lambda: _result_text(result))
    error = result.error()
    if error is not None:
        raise error


@retention_group.command("certificates")
@listing("certificates")
def retention_certificates() -> None:
    """List disposition certificates and check each file against the hash the catalog holds.

    Exits 17 when a certificate file is missing or was altered.

    \b
    Example:
      vault retention certificates
    """
    records = list_certificates(get_app().open_vault())
    emit([r.to_json() for r in records],
         lambda: table(("id", "created", "as_of", "objects", "keys", "file"),
                       [(r.id, r.created, r.as_of, r.items, r.keys, r.file_state)
                        for r in records], empty="no certificates yet"))
    bad = [r for r in records if r.file_state != "intact"]
    if bad:
        more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
        raise RetentionError(f"certificate {bad[0].id} is {bad[0].file_state}{more}",
                             hint="restore certificates/ from backup; the audit log holds "
                             "each certificate's SHA-256")


COMMANDS = [retention_group]
