"""``vault age``: age keys and files from the command line, with the age CLI's semantics.

A steward can use these on any file, inside or outside a vault; the output opens with the
standard ``age`` tool and vice versa. The format itself lives in :mod:`vault.age`.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import click

from vault import age as agefmt
from vault.commands._app import get_app
from vault.errors import (
    AgeKeyError,
    AgeNoIdentityMatch,
    CustodyError,
    DecryptionFailed,
    InputError,
)
from vault.files import refuse_inside_vault

#: environment variables (shared meaning across vault commands)
PASSPHRASE_ENV = "VAULT_PASSPHRASE"
IDENTITY_FILE_ENV = "VAULT_IDENTITY_FILE"


@click.group("age")
def age_group() -> None:
    """Encrypt and decrypt files in the age format (compatible with the age CLI).

    The flags are age's: keygen takes -o, --pq and -y (age-keygen's); encrypt takes -r, -R,
    -p, -a and -o; decrypt takes -i and -o, and, like age, recognises a passphrase-encrypted
    file by itself (no -p).

    \b
    Example:
      vault age keygen -o key.txt
      vault age keygen -y key.txt
      vault age encrypt -r age1... -o notes.txt.age notes.txt
      vault age decrypt -i key.txt -o notes.txt notes.txt.age
    """


# --- helpers -------------------------------------------------------------------------------
def _passphrase(confirm: bool) -> str:
    """The passphrase from $VAULT_PASSPHRASE, else a no-echo prompt on the terminal."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not _have_terminal():
        raise CustodyError("a passphrase is needed but there is no terminal to ask for it",
                           hint=f"set {PASSPHRASE_ENV} for non-interactive use")
    value: str = click.prompt("Enter passphrase", hide_input=True,
                              confirmation_prompt="Confirm passphrase" if confirm else False,
                              err=True)
    if not value:
        raise CustodyError("empty passphrase", hint="enter a non-empty passphrase")
    return value


class _PassphraseWhenAsked:
    """The passphrase identity, asked for only when the file is passphrase-encrypted (its
    header holds an scrypt stanza): like age, ``decrypt`` needs no -p."""

    def unwrap(self, stanzas: Sequence[agefmt.Stanza]) -> bytes | None:
        if not any(stanza.type == "scrypt" for stanza in stanzas):
            return None
        return agefmt.ScryptIdentity(_passphrase(False)).unwrap(stanzas)


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _have_terminal() -> bool:
    try:
        with open("/dev/tty", "rb"):
            return True
    except OSError:
        return sys.stdin.isatty()


def _read_key_file(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{what} {path}: no such file", hint="check the path") from None
    except OSError as exc:
        raise InputError(f"{what} {path}: cannot read ({exc.strerror})",
                         hint="check the path and its permissions") from None


def _load_identities(paths: tuple[Path, ...]) -> list[agefmt.Identity]:
    identities: list[agefmt.Identity] = []
    for path in paths:
        identities.extend(_parse_identity_file(_read_key_file(path, "identity file"), path))
    return identities


def _parse_identity_file(data: bytes, path: Path | str) -> list[agefmt.Identity]:
    """The identities in an identity file's bytes (decrypting a passphrase-protected one)."""
    if agefmt.is_age_file(data[:64]):
        # a passphrase-protected identity file (age -p over an identity file)
        try:
            data = agefmt.decrypt_bytes(data, [agefmt.ScryptIdentity(_passphrase(False))])
        except AgeNoIdentityMatch:
            raise CustodyError(f"identity file {path}: wrong passphrase",
                               hint=f"check ${PASSPHRASE_ENV}") from None
        except DecryptionFailed as exc:
            raise CustodyError(f"identity file {path}: damaged ({exc.message})",
                               hint="restore the identity file from backup") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise AgeKeyError(f"identity file {path}: not UTF-8 text") from None
    try:
        return agefmt.parse_identities(text)
    except AgeKeyError as exc:
        raise AgeKeyError(f"{path}: {exc.message}", hint=exc.hint) from None


def _refuse_vault_output(path: Path) -> None:
    """No output of these commands goes into a vault (plaintext, keys), by any path."""
    refuse_inside_vault(path, vault_root=get_app().known_vault_root(),
                        hint="write it outside the vault: plaintext and keys never live there")


@contextlib.contextmanager
def _open_input(path: Path | None) -> Iterator[BinaryIO]:
    if path is None or str(path) == "-":
        yield sys.stdin.buffer
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the `with` below
    except FileNotFoundError:
        raise InputError(f"input {path}: no such file", hint="check the path") from None
    except IsADirectoryError:
        raise InputError(f"input {path}: is a directory", hint="give a file") from None
    except OSError as exc:
        raise InputError(f"input {path}: cannot read ({exc.strerror})",
                         hint="check the path and its permissions") from None
    with handle:
        yield handle


@contextlib.contextmanager
def _open_output(path: Path | None, *, binary: bool) -> Iterator[BinaryIO]:
    """stdout, or ``path`` written through a temporary file renamed into place on success.

    Like age, an existing file is replaced; unlike a plain truncate, a failure (a damaged
    file, a wrong key) leaves no partial output and the old file untouched.
    """
    if path is None or str(path) == "-":
        if binary and path is None and _stdout_is_terminal():
            raise InputError("refusing to write binary output to the terminal",
                             hint='use -a/--armor, -o FILE, or force it with "-o -"')
        stream = sys.stdout.buffer
        yield stream
        stream.flush()
        return
    directory = path.parent if str(path.parent) else Path(".")
    _refuse_vault_output(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise InputError(f"output {path}: cannot create ({exc.strerror})",
                         hint="check the directory exists and is writable") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


# --- commands ------------------------------------------------------------------------------
@age_group.command("keygen")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the identity (with -y: the recipients) to FILE. A new identity file "
                   "is created with mode 0600 and never overwrites one.")
@click.option("--pq", is_flag=True,
              help="Generate a post-quantum hybrid identity (ML-KEM-768 + X25519).")
@click.option("-y", "convert", is_flag=True,
              help="Print the recipient (public key) of each identity in INPUT instead of "
                   "generating one, as age-keygen -y does; a passphrase-protected identity "
                   "file is decrypted first.")
@click.argument("input_path", metavar="[INPUT]", required=False,
                type=click.Path(dir_okay=False, path_type=Path))
def keygen(output: Path | None, pq: bool, convert: bool, input_path: Path | None) -> None:
    """Generate a new age identity and print its public key (recipient) to stderr; with -y,
    print the recipients of the identity file INPUT (default: stdin).

    \b
    Example:
      vault age keygen -o key.txt
      vault age keygen --pq -o pq-key.txt
      vault age keygen -y key.txt > recipients.txt
      vault age keygen -y ~/.config/vault/STUDY_ID.identity.age   # a custodian's own key
    """
    if convert:
        if pq:
            raise click.UsageError("-y converts an existing identity: it can't take --pq")
        _print_recipients(input_path, output)
        return
    if input_path is not None:
        raise click.UsageError("INPUT is only read with -y (print the recipients of an "
                               "identity file)")
    identity: agefmt.X25519Identity | agefmt.MLKEM768X25519Identity = (
        agefmt.MLKEM768X25519Identity.generate() if pq else agefmt.X25519Identity.generate())
    public = identity.recipient.to_string()
    created = _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()
    text = f"# created: {created}\n# public key: {public}\n{identity.to_string()}\n"
    if output is None:
        if not _stdout_is_terminal():
            click.echo(f"Public key: {public}", err=True)
        click.echo(text, nl=False)
        return
    _refuse_vault_output(output)
    try:
        fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InputError(f"output {output}: already exists",
                         hint="choose a new path; an identity file is never overwritten") from None
    except OSError as exc:
        raise InputError(f"output {output}: cannot create ({exc.strerror})",
                         hint="check the directory exists and is writable") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
    click.echo(f"Public key: {public}", err=True)


def _print_recipients(input_path: Path | None, output: Path | None) -> None:
    """``vault age keygen -y``: one recipient a line, in the identity file's order."""
    with _open_input(input_path) as src:
        data = src.read()
    where = str(input_path) if input_path is not None and str(input_path) != "-" else "stdin"
    recipients = []
    for identity in _parse_identity_file(data, where):
        recipient = getattr(identity, "recipient", None)
        if recipient is None:  # pragma: no cover - every identity parse_identities makes has one
            raise AgeKeyError(f"{where}: an identity without a recipient")
        recipients.append(recipient.to_string())
    with _open_output(output, binary=False) as dst:
        dst.write(("\n".join(recipients) + "\n").encode("ascii"))


@age_group.command("encrypt")
@click.option("-r", "--recipient", "recipients", multiple=True, metavar="RECIPIENT",
              help="Encrypt to RECIPIENT (age1... or age1pq1...). Repeatable.")
@click.option("-R", "--recipients-file", "recipient_files", multiple=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Encrypt to the recipients listed in FILE. Repeatable.")
@click.option("-p", "--passphrase", is_flag=True,
              help=f"Encrypt with a passphrase (from ${PASSPHRASE_ENV}, else a prompt).")
@click.option("--work-factor", type=click.IntRange(1, 30), default=18, show_default=True,
              help="scrypt cost (log2 N) for -p.")
@click.option("-a", "--armor", is_flag=True, help="Write PEM-armored text instead of binary.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to FILE (default: stdout).")
@click.argument("input_path", metavar="[INPUT]", required=False,
                type=click.Path(dir_okay=False, path_type=Path))
def encrypt(recipients: tuple[str, ...], recipient_files: tuple[Path, ...], passphrase: bool,
            work_factor: int, armor: bool, output: Path | None,
            input_path: Path | None) -> None:
    """Encrypt INPUT (default: stdin) to recipients or a passphrase.

    \b
    Example:
      vault age encrypt -r age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p \\
          -o interview.wav.age interview.wav
      vault age encrypt -p -a notes.txt > notes.txt.age
    """
    if passphrase and (recipients or recipient_files):
        raise click.UsageError("-p/--passphrase can't be combined with -r/-R")
    if not passphrase and not recipients and not recipient_files:
        raise click.UsageError("missing recipients: use -r, -R or -p")
    chosen: list[agefmt.Recipient] = []
    for value in recipients:
        chosen.append(agefmt.parse_recipient(value))
    for path in recipient_files:
        text = _read_key_file(path, "recipients file").decode("utf-8", errors="replace")
        try:
            chosen.extend(agefmt.parse_recipients(text))
        except AgeKeyError as exc:
            raise AgeKeyError(f"{path}: {exc.message}", hint=exc.hint) from None
    if passphrase:
        chosen.append(agefmt.ScryptRecipient(_passphrase(True), work_factor=work_factor))
    with _open_input(input_path) as src, _open_output(output, binary=not armor) as dst:
        agefmt.encrypt(src, dst, chosen, armor=armor)


@age_group.command("decrypt")
@click.option("-i", "--identity", "identity_files", multiple=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help=f"Identity file to decrypt with (default: ${IDENTITY_FILE_ENV}). "
                   "Repeatable. A passphrase-encrypted file needs none.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the plaintext to FILE (default: stdout).")
@click.argument("input_path", metavar="[INPUT]", required=False,
                type=click.Path(dir_okay=False, path_type=Path))
def decrypt(identity_files: tuple[Path, ...], output: Path | None,
            input_path: Path | None) -> None:
    """Decrypt INPUT (default: stdin), binary or armored, with identities or a passphrase.

    A passphrase-encrypted file is recognised by itself, as age does: the passphrase is
    asked for (or read from $VAULT_PASSPHRASE) only then. Nothing is written to -o unless
    the whole file decrypts and authenticates.

    \b
    Example:
      vault age decrypt -i key.txt -o interview.wav interview.wav.age
      VAULT_PASSPHRASE=... vault age decrypt notes.txt.age
    """
    if not identity_files and os.environ.get(IDENTITY_FILE_ENV):
        identity_files = (Path(os.environ[IDENTITY_FILE_ENV]),)
    identities: list[agefmt.Identity] = _load_identities(identity_files)
    identities.append(_PassphraseWhenAsked())
    with _open_input(input_path) as src, _open_output(output, binary=False) as dst:
        try:
            agefmt.decrypt(src, dst, identities)
        except DecryptionFailed as exc:
            if input_path is not None:
                exc.args = (f"{input_path}: {exc.message}",)
            raise


COMMANDS = [age_group]
