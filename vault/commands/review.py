"""``vault review``: accept or reject the redaction spans that await review.

Thin: it parses, calls :mod:`vault.anonymise.review` and prints ids and counts. Span context
(identifying text) is shown only on a terminal, during an interactive review; never in
``--json`` output, never in logs.
"""
from __future__ import annotations

import sys
from typing import Any

import click

from vault.anonymise.review import (
    Decision,
    apply_decisions,
    decide_all,
    pending_spans,
    span_contexts,
)
from vault.commands._app import emit, get_app, is_interactive, open_unlocked
from vault.commands._listing import listing, table


def _ask(span: Any, context: Any | None) -> str:
    """One interactive decision: a(ccept), r(eject), s(kip) or q(uit)."""
    click.echo(f"\n{span.item} {span.span_id} {span.entity_type} (score {span.score:.2f})")
    if context is not None:
        click.echo(f"  …{context.before}" + click.style(f"[{context.text}]", bold=True)
                   + f"{context.after}…")
    else:
        click.echo("  (context hidden: output is not a terminal)")
    return str(click.prompt("accept (redact), reject (keep), skip or quit",
                            type=click.Choice(["a", "r", "s", "q"]), default="s",
                            show_choices=True))


@click.command("review")
@click.argument("item", required=False)
@click.option("--accept-all", is_flag=True, help="Redact every pending span.")
@click.option("--reject-all", is_flag=True, help="Keep the text of every pending span.")
@listing("review_spans")
def review_command(item: str | None, accept_all: bool, reject_all: bool) -> None:
    """Review low-confidence spans left by `vault anonymise run`: accept (redact) or reject (keep).

    Lists the pending spans of ITEM (a transcript id) or of every transcript. On a terminal
    you decide span by span, seeing a little context; elsewhere pass --accept-all or
    --reject-all, or get the list only. Decisions rewrite the redacted transcript and its
    redaction log together. --json lists {item, span_id, entity_type, score} only: no text.

    \b
    Example:
      vault review                       # decide one by one (terminal)
      vault review it_3f9c0a1b2d4e --accept-all
      vault review --json
    """

    if accept_all and reject_all:
        raise click.UsageError("--accept-all and --reject-all exclude each other")
    vault = open_unlocked()
    if accept_all or reject_all:
        result = decide_all(vault, Decision.ACCEPT if accept_all else Decision.REJECT, item)
        counts = result.accepted if accept_all else result.rejected
        verb = "accepted" if accept_all else "rejected"
        emit(result.to_json(),
             lambda: "\n".join([f"{entity}: {n}" for entity, n in counts.items()]
                               + [(f"{sum(counts.values())} span(s) {verb} in "
                                  f"{len(result.items)} transcript(s)")]))
        return
    spans = pending_spans(vault, item)
    if get_app().json or not spans or not is_interactive():
        emit([s.to_json() for s in spans],
             lambda: "\n".join([table(("item", "span", "entity_type", "score"),
                                      [(s.item, s.span_id, s.entity_type, f"{s.score:.2f}")
                                       for s in spans], empty="no spans pending review",
                                      right={3})]
                               + (["", (f"{len(spans)} span(s) pending review; decide on a "
                                    "terminal, or pass --accept-all or --reject-all")]
                                  if spans else [])))
        return
    contexts = span_contexts(vault, spans) if sys.stdout.isatty() else {}
    decisions: dict[tuple[str, str], Decision] = {}
    for span in spans:
        answer = _ask(span, contexts.get((span.item, span.span_id)))
        if answer == "q":
            break
        if answer in ("a", "r"):
            decisions[(span.transcript, span.span_id)] = (
                Decision.ACCEPT if answer == "a" else Decision.REJECT)
    if not decisions:
        click.echo("no decisions made; nothing changed")
        return
    result = apply_decisions(vault, decisions)
    click.echo(f"{sum(result.accepted.values())} accepted, {sum(result.rejected.values())} "
               f"rejected in {len(result.items)} transcript(s)")


COMMANDS = [review_command]
