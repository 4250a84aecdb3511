"""Bech32 (BIP 173) as age uses it for key strings: no length limit, one case per string.

Private to :mod:`vault.age`. ``encode(hrp, data)`` returns a lower-case string (callers
upper-case secret keys); ``decode(s)`` returns ``(hrp, data)`` with the hrp in the case it was
written, so a caller can insist on ``AGE-SECRET-KEY-`` versus ``age``. Errors are plain
``ValueError`` with messages that never echo the input (it may be a secret key).
"""
from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_REV = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _GENERATOR[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or (acc << (to_bits - bits)) & maxv:
        # leftover bits must be fewer than a group and all zero (canonical encoding)
        raise ValueError("invalid padding in data part")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under the human-readable part ``hrp`` (output is lower case)."""
    hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod(_hrp_expand(hrp) + values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def decode(s: str) -> tuple[str, bytes]:
    """Decode a Bech32 string; returns ``(hrp, data)`` with ``hrp`` in its original case.

    :raises ValueError: mixed case, bad characters, bad separator, or bad checksum.
    """
    if s.lower() != s and s.upper() != s:
        raise ValueError("mixed case")
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        raise ValueError("separator '1' at invalid position")
    hrp = s[:pos]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise ValueError("invalid character in human-readable part")
    lower = s.lower()
    try:
        values = [_CHARSET_REV[c] for c in lower[pos + 1:]]
    except KeyError:
        raise ValueError("invalid character in data part") from None
    if _polymod(_hrp_expand(hrp.lower()) + values) != 1:
        raise ValueError("invalid checksum")
    data = bytes(_convert_bits(values[:-6], 5, 8, pad=False))
    return hrp, data
