"""``vault review``: accept or reject the redaction spans that await review.

Thin: it parses, calls :mod:`vault.anonymise.review` and prints ids and counts. Span context
(identifying text) is shown only on a terminal, during an interactive review; never in
``--json`` output, never in logs.
"""
from __future__ import annotations

import os
import signal
import sys
import webbrowser
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from vault.anonymise.review import (
    Decision,
    apply_decisions,
    decide_all,
    pending_spans,
    span_contexts,
)
from vault.commands._app import emit, get_app, is_interactive, open_unlocked
from vault.commands._listing import listing, table
from vault.review_web import DEFAULT_IDLE_TIMEOUT

if TYPE_CHECKING:
    from vault.review_web.server import Workbench


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
@click.option("--web", is_flag=True,
              help="Review in the browser: a local workbench on 127.0.0.1 (first line: its "
                   "one-time URL).")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default="a free port",
              help="With --web: the loopback port.")
@click.option("--idle-timeout", type=click.FloatRange(min=1), default=DEFAULT_IDLE_TIMEOUT,
              show_default=True, help="With --web: stop after this many seconds without a request.")
@click.option("--no-browser", is_flag=True, help="With --web: print the URL, open no browser.")
@listing("review_spans")
def review_command(item: str | None, accept_all: bool, reject_all: bool, web: bool, port: int,
                   idle_timeout: float, no_browser: bool) -> None:
    """Review low-confidence spans left by `vault anonymise run`: accept (redact) or reject (keep).

    Lists the pending spans of ITEM (a transcript id) or of every transcript. On a terminal
    you decide span by span, seeing a little context; elsewhere pass --accept-all or
    --reject-all, or get the list only. Decisions rewrite the redacted transcript and its
    redaction log together. --json lists {item, span_id, entity_type, score} only: no text.
    --web opens the review workbench in the browser instead (served on 127.0.0.1 only; the
    first line printed is its one-time URL): every transcript, one key per decision, relabels,
    "every occurrence" and the study's deny/allow lists. It stops when you finish, on Ctrl-C,
    or after --idle-timeout seconds without a request.

    \b
    Example:
      vault review                       # decide one by one (terminal)
      vault review it_3f9c0a1b2d4e --accept-all
      vault review --json
      vault review --web                 # the workbench in the browser
    """

    if accept_all and reject_all:
        raise click.UsageError("--accept-all and --reject-all exclude each other")
    ctx = click.get_current_context()
    if not web and any(ctx.get_parameter_source(name) is not ParameterSource.DEFAULT
                       for name in ("port", "idle_timeout", "no_browser")):
        raise click.UsageError("--port, --idle-timeout and --no-browser go with --web")
    if web and (accept_all or reject_all or item or get_app().json):
        raise click.UsageError("--web reviews every transcript in the browser: it takes no "
                               "ITEM, --accept-all, --reject-all or --json")
    vault = open_unlocked()
    if web:
        # lazy: the server (http.server, Jinja2) is for --web only, not every CLI start
        from vault.review_web.server import Workbench

        _serve(Workbench(vault, port=port, idle_timeout=idle_timeout), not no_browser)
        return
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


def _has_graphical_browser() -> bool:
    """Whether opening a browser cannot take over this terminal (a console browser such as
    lynx would, on a server): a desktop session on Linux, or macOS/Windows."""
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return sys.platform in ("darwin", "win32")


def _serve(bench: Workbench, browser: bool) -> None:
    """Run the workbench: its URL first (stdout, flushed), then serve until it stops."""
    click.echo(bench.url)
    sys.stdout.flush()
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # started in the background by a script (nohup, cron): Ctrl-C never reaches this process
        click.echo("review workbench on 127.0.0.1 — Ctrl-C is ignored here (started in the "
                   "background): stop it with \"Finish review\", or it stops after "
                   f"{bench.idle_timeout:g} s without a request", err=True)
    else:
        click.echo("review workbench on 127.0.0.1 — press Ctrl-C to stop", err=True)
    if browser and _has_graphical_browser():
        webbrowser.open(bench.url)
    try:
        outcome = bench.serve()
    except KeyboardInterrupt:
        click.echo("review workbench stopped (Ctrl-C)", err=True)
        return
    why = {"finished": "review finished", "idle": "stopped after the idle timeout",
           "stopped": "stopped"}[outcome.reason.value]
    click.echo(f"{why}: {outcome.decided} decision(s), {outcome.terms} new term(s)", err=True)


COMMANDS = [review_command]
