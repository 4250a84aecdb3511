"""``vault anonymise terms show|deny|allow|remove``: the study's sealed deny and allow lists.

The same lists the review workbench's "every occurrence in the study" decisions write
(:mod:`vault.anonymise.study_terms`): terms are names, so they are read from a file or standard
input (one per line) rather than the command line, where they would land in shell history,
and are printed only with ``show --reveal`` (custodians; audited).
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from vault.anonymise.redaction_policy import ENTITY_TYPES
from vault.anonymise.review import add_to_allow_list, add_to_deny_list, remove_from_term_lists
from vault.anonymise.study_terms import TermsChange, reveal_study_terms, terms_revision
from vault.commands._app import emit, get_app, json_option, open_unlocked
from vault.commands._params import choice
from vault.errors import InputError, printable

if TYPE_CHECKING:
    from vault.store import Vault

#: the largest terms file read (a list of names, not a corpus)
MAX_TERMS_BYTES = 1024 * 1024

_SOURCE = click.argument("source", metavar="FILE", type=click.Path(dir_okay=False,
                                                                  allow_dash=True))


def read_terms(source: str) -> list[str]:
    """The terms in ``source`` (a path, or ``-`` for standard input): one per line, blank
    lines and lines starting with ``#`` skipped.

    :raises InputError: unreadable, too large, not UTF-8, or no terms.
    """
    name = "standard input" if source == "-" else Path(source).name
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_TERMS_BYTES + 1)
        else:
            with open(source, "rb") as handle:
                data = handle.read(MAX_TERMS_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read the terms file ({exc.strerror})") from exc
    if len(data) > MAX_TERMS_BYTES:
        raise InputError(f"{name}: the terms file is larger than 1 MiB",
                         hint="one term a line: names, not transcripts")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: the terms file is not UTF-8 text",
                         hint="save it as UTF-8") from exc
    terms = [line.strip() for line in text.splitlines()]
    terms = [t for t in terms if t and not t.startswith("#")]
    if not terms:
        raise InputError(f"{name}: no terms (one a line; # starts a comment)")
    return terms


def _change(source: str, change_lists: Callable[[Vault, list[str]], TermsChange],
            verb: str) -> None:
    """Read the terms (before opening the vault: bad input changes nothing), apply one
    change, print its counts and the transcripts it made stale."""
    terms = read_terms(source)
    change = change_lists(open_unlocked(), terms)
    count = change.removed if verb == "removed" else change.added

    def text() -> str:
        lines = [f"study term lists revision {change.revision}: {count} {verb}"]
        if change.stale:
            lines.append(f"{len(change.stale)} redacted transcripts are now stale: "
                         "`vault anonymise run --stale` re-redacts them")
        return "\n".join(lines)

    emit({"revision": change.revision, "added": change.added, "removed": change.removed,
          "stale": list(change.stale)}, text)


@click.group("terms")
def terms_group() -> None:
    """The study's own deny list (always redact) and allow list (never redact).

    These are sealed in the vault like the register, never written to
    policies/redaction.toml; every change makes the transcripts redacted before it stale
    (`vault anonymise run --stale`; `vault release create` refuses stale ones). Terms are read
    from FILE, one a line, or from standard input with `-`, so names stay out of shell
    history.

    \b
    Example:
      vault anonymise terms show
      vault anonymise terms deny PERSON - < names.txt
      vault anonymise terms allow allow.txt
      vault anonymise terms remove mistakes.txt
    """


@terms_group.command("show")
@click.option("--reveal", is_flag=True,
              help="Print the terms themselves (custodians; recorded in the audit log).")
@json_option
def terms_show(reveal: bool) -> None:
    """Show the lists' revision; with --reveal, every term and the list it is on.

    \b
    Example:
      vault anonymise terms show --reveal
    """
    if not reveal:
        vault = get_app().open_vault()
        revision = terms_revision(vault)
        emit({"revision": revision}, f"study term lists revision {revision} "
             "(`--reveal` prints the terms: custodians, audited)")
        return
    terms = reveal_study_terms(open_unlocked())

    def text() -> str:
        lines = [f"study term lists revision {terms.revision}"]
        for entity, listed in sorted(terms.deny.items()):
            lines += [f"deny {entity}: {printable(t)}" for t in listed]
        lines += [f"allow: {printable(t)}" for t in terms.allow]
        if len(lines) == 1:
            lines.append("both lists are empty")
        return "\n".join(lines)

    emit({"revision": terms.revision, **terms.to_json()}, text)


@terms_group.command("deny")
@click.argument("entity_type", metavar="TYPE", type=choice(ENTITY_TYPES))
@_SOURCE
@json_option
def terms_deny(entity_type: str, source: str) -> None:
    """Always redact the terms in FILE as TYPE (e.g. PERSON, HOSPITAL), in every transcript.

    \b
    Example:
      vault anonymise terms deny PERSON names.txt
      vault anonymise terms deny HOSPITAL - < hospital-nicknames.txt
    """
    _change(source, lambda vault, terms: add_to_deny_list(vault, entity_type, terms),
            "added to the deny list")


@terms_group.command("allow")
@_SOURCE
@json_option
def terms_allow(source: str) -> None:
    """Never redact the terms in FILE (a whole detected span, case ignored).

    \b
    Example:
      vault anonymise terms allow models-and-theorists.txt
    """
    _change(source, add_to_allow_list, "added to the allow list")


@terms_group.command("remove")
@_SOURCE
@json_option
def terms_remove(source: str) -> None:
    """Take the terms in FILE off both lists (case and spacing ignored).

    \b
    Example:
      vault anonymise terms remove mistakes.txt
    """
    _change(source, remove_from_term_lists, "removed")
