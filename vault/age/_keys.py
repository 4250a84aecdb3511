"""Reading key strings and key files: any supported identity (``AGE-SECRET-KEY-1…``,
``AGE-SECRET-KEY-PQ-1…``) or recipient (``age1…``, ``age1pq1…``), one per line in a file.

Private to :mod:`vault.age`, which re-exports the ``parse_*`` functions.
"""
from __future__ import annotations

from vault.age._stanza import Identity, Recipient, bech32_decode
from vault.age.pq import MLKEM768X25519Identity, MLKEM768X25519Recipient
from vault.age.x25519 import X25519Identity, X25519Recipient
from vault.errors import AgeKeyError


def parse_identity(s: str) -> Identity:
    """Parse any supported secret key string (X25519 or post-quantum hybrid).

    :raises AgeKeyError: malformed or unsupported (e.g. plugin) identity.
    """
    s = s.strip()
    upper = s.upper()
    if upper.startswith("AGE-SECRET-KEY-PQ-1"):
        return MLKEM768X25519Identity.from_string(s)
    if upper.startswith("AGE-SECRET-KEY-1"):
        return X25519Identity.from_string(s)
    if upper.startswith("AGE-PLUGIN-"):
        raise AgeKeyError("age plugin identities are not supported",
                          hint="use an AGE-SECRET-KEY-1... identity")
    raise AgeKeyError("unrecognised identity: expected AGE-SECRET-KEY-1... or "
                      "AGE-SECRET-KEY-PQ-1...")


def parse_recipient(s: str) -> Recipient:
    """Parse any supported recipient string (``age1…`` or ``age1pq1…``).

    :raises AgeKeyError: malformed or unsupported (SSH, plugin, tag) recipient.
    """
    s = s.strip()
    if s.startswith(("ssh-", "ecdsa-")):
        raise AgeKeyError("SSH recipients are not supported",
                          hint="use an age1... recipient from `vault age keygen`")
    if not s.lower().startswith("age1"):
        raise AgeKeyError("unrecognised recipient: expected age1... or age1pq1...")
    hrp, _ = bech32_decode(s, "recipient")
    if hrp == "age":
        return X25519Recipient.from_string(s)
    if hrp == "age1pq":
        return MLKEM768X25519Recipient.from_string(s)
    raise AgeKeyError("unsupported recipient type (plugin or tag recipient)",
                      hint="use an age1... or age1pq1... recipient")


def _key_lines(text: str) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.strip().startswith("#")]


def parse_identities(text: str) -> list[Identity]:
    """Parse identity-file text: one identity per line; ``#`` comments and blank lines ignored.

    :raises AgeKeyError: a line is not a valid identity (the message gives its line number), or
        the text holds no identity at all.
    """
    identities: list[Identity] = []
    for number, line in _key_lines(text):
        try:
            identities.append(parse_identity(line))
        except AgeKeyError as exc:
            raise AgeKeyError(f"identity file line {number}: {exc.message}",
                              hint=exc.hint) from None
    if not identities:
        raise AgeKeyError("no identities found in the identity file")
    return identities


def parse_recipients(text: str) -> list[Recipient]:
    """Parse recipients-file text (one per line; ``#`` comments and blank lines ignored).

    :raises AgeKeyError: a line is not a valid recipient, or there is none.
    """
    recipients: list[Recipient] = []
    for number, line in _key_lines(text):
        try:
            recipients.append(parse_recipient(line))
        except AgeKeyError as exc:
            raise AgeKeyError(f"recipients file line {number}: {exc.message}",
                              hint=exc.hint) from None
    if not recipients:
        raise AgeKeyError("no recipients found in the recipients file")
    return recipients
