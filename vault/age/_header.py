"""The age header: stanza lines, the header MAC, and a strict parser (C2SP age ABNF) that
reads with constant memory on hostile input.

Private to :mod:`vault.age`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes, hmac

from vault.age._stanza import Stanza, b64decode, b64encode, hkdf
from vault.errors import AgeHeaderError

INTRO = b"age-encryption.org/v1\n"
#: header limits: constant memory on hostile input (real headers are a few KiB)
_MAX_HEADER_LINE = 1 << 20
_MAX_HEADER = 4 << 20
_ARG_RE = re.compile(rb"[\x21-\x7e]+")


def marshal_stanza(stanza: Stanza) -> bytes:
    line = " ".join(("->", stanza.type, *stanza.args)).encode("ascii") + b"\n"
    encoded = b64encode(stanza.body).encode("ascii")
    body = [encoded[i:i + 64] for i in range(0, len(encoded), 64)]
    if len(encoded) % 64 == 0:
        body.append(b"")  # a body always ends with a short (possibly empty) line
    return line + b"".join(part + b"\n" for part in body)


def header_mac(file_key: bytes, header_without_mac: bytes) -> bytes:
    mac = hmac.HMAC(hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header_without_mac)
    return mac.finalize()


class Source:
    """A buffered reader over ``src`` that can hand back what it over-read."""

    def __init__(self, src: BinaryIO, prefix: bytes = b"") -> None:
        self.src = src
        self._buf = bytearray(prefix)
        self._eof = False
        self.consumed = 0

    def _more(self) -> bool:
        if self._eof:
            return False
        data = self.src.read(1 << 16)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def readline(self) -> bytes:
        """One header line including its LF; raises AgeHeaderError without one."""
        start = 0
        while True:
            nl = self._buf.find(b"\n", start)
            if nl >= 0:
                line = bytes(self._buf[:nl + 1])
                del self._buf[:nl + 1]
                self.consumed += len(line)
                if self.consumed > _MAX_HEADER:
                    raise AgeHeaderError("age header is too large")
                return line
            start = len(self._buf)
            if start > _MAX_HEADER_LINE:
                raise AgeHeaderError("age header line is too long")
            if not self._more():
                raise AgeHeaderError("age header is truncated")

    def read_exact(self, n: int) -> bytes | None:
        while len(self._buf) < n and self._more():
            pass
        if len(self._buf) < n:
            return None
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data

    def peek(self, n: int) -> bytes:
        while len(self._buf) < n and self._more():
            pass
        return bytes(self._buf[:n])

    def take_buffer(self) -> bytes:
        data = bytes(self._buf)
        self._buf.clear()
        return data


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    #: the header bytes the MAC covers: from the start through "---"
    authenticated: bytes


def parse_header(source: Source) -> Header:
    """Parse the textual header strictly (C2SP age ABNF); AgeHeaderError on any deviation."""
    raw = bytearray()
    intro = source.readline()
    if intro != INTRO:
        if intro.startswith(b"age-encryption.org/"):
            raise AgeHeaderError("unsupported age format version",
                                 hint="this file needs a newer age implementation")
        raise AgeHeaderError("not an age file: bad first line")
    raw += intro
    stanzas: list[Stanza] = []
    while True:
        line = source.readline()
        if line.startswith(b"---"):
            parts = line[:-1].split(b" ")
            if parts[0] != b"---" or len(parts) != 2 or not stanzas:
                raise AgeHeaderError("malformed header end line")
            try:
                mac = b64decode(parts[1])
            except ValueError:
                raise AgeHeaderError("malformed header MAC") from None
            if len(mac) != 32:
                raise AgeHeaderError("malformed header MAC: wrong length")
            raw += b"---"
            return Header(tuple(stanzas), mac, bytes(raw))
        if not line.startswith(b"->"):
            raise AgeHeaderError("malformed header: unexpected line")
        raw += line
        parts = line[:-1].split(b" ")
        if parts[0] != b"->" or len(parts) < 2:
            raise AgeHeaderError("malformed stanza: missing type")
        if not all(_ARG_RE.fullmatch(arg) for arg in parts[1:]):
            raise AgeHeaderError("malformed stanza: invalid argument")
        body = bytearray()
        while True:
            line = source.readline()
            raw += line
            try:
                chunk = b64decode(line[:-1])
            except ValueError:
                raise AgeHeaderError("malformed stanza body") from None
            if len(chunk) > 48:
                raise AgeHeaderError("malformed stanza body: line too long")
            body += chunk
            if len(chunk) < 48:
                break
        args = tuple(arg.decode("ascii") for arg in parts[1:])
        stanzas.append(Stanza(args[0], args[1:], bytes(body)))
