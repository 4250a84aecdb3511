"""Participant codes: the code scheme (what a public code looks like) and code generation.

A public participant code is a prefix plus a few characters drawn at random from an alphabet —
the study's own style, ``"PJ"`` — and per-interview material appends the interview number
(``"PJ 1"``). The scheme is policy (``policies/codes.toml``, section ``[codes]``) loaded into a
frozen :class:`CodeScheme`::

    scheme = load_code_scheme(vault.policies_dir / "codes.toml")
    codes = generate_codes(scheme, 30, is_taken=ledger.__contains__)
    scheme.render("PJ", 1)          # 'PJ 1'
    scheme.parse("PJ 1")            # ('PJ', 1)

Codes come from :mod:`secrets` (a :class:`random.SystemRandom`; tests may pass a seeded
:class:`random.Random`), are never derived from an identity, and :func:`generate_codes` never
returns a code the caller reports as taken — the register passes "used in this epoch or issued
in any earlier one", so codes never recur. Which participant holds which code, and the record of
every code ever issued, live in :mod:`vault.codes.epochs`.

The default alphabet leaves out ``I``, ``L`` and ``O``: beside an interview number and in
handwriting they read as ``1`` and ``0``. 23 letters, 2 of them: 529 codes.
"""
from __future__ import annotations

import itertools
import json
import random
import re
import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.errors import ParticipantError, PolicyError
from vault.policies import PolicyDocument, policy_from_mapping, read_policy

__all__ = [
    "DEFAULT_SCHEME",
    "CodeScheme",
    "generate_codes",
    "load_code_scheme",
    "parse_code_scheme",
    "render_code",
]

#: policy format versions this loader understands
SUPPORTED_VERSIONS = frozenset({1})
#: a code space at most this large is enumerated, so exhaustion is detected exactly
ENUMERATE_LIMIT = 50_000
_MAX_LENGTH = 8
_PREFIX_RE = re.compile(r"[A-Za-z0-9]{0,8}")
_ALPHABET_CHAR_RE = re.compile(r"[A-Za-z0-9]")
_FIELDS = {"code", "interview"}
_TOP_KEYS = ("version", "codes")
_CODES_KEYS = ("prefix", "alphabet", "length", "per_interview")
_WHAT = "code policy"
_POLICY_HINT = "see the comments in the project's policies/codes.toml"


@dataclass(frozen=True)
class CodeScheme:
    """How public participant codes look.

    :param prefix: fixed leading characters (letters and digits, may be empty).
    :param alphabet: the characters drawn at random (letters and digits, no repeats).
    :param length: how many characters are drawn.
    :param per_interview: how a code is rendered for one interview; ``{code}`` and
        ``{interview}`` are replaced.
    """

    prefix: str = "P"
    alphabet: str = "ABCDEFGHJKMNPQRSTUVWXYZ"
    length: int = 2
    per_interview: str = "{code} {interview}"

    @property
    def space(self) -> int:
        """How many distinct codes the scheme has."""
        return int(len(self.alphabet) ** self.length)

    @property
    def regex(self) -> str:
        """A regular expression that fully matches every code of this scheme (for validation)."""
        return f"{re.escape(self.prefix)}[{re.escape(self.alphabet)}]{{{self.length}}}"

    def describe(self) -> str:
        """``'P' + 2 of 23 characters (529 codes)``."""
        return (f"{self.prefix!r} + {self.length} of {len(self.alphabet)} characters "
                f"({self.space:,} codes)")

    def matches(self, code: str) -> bool:
        """Whether ``code`` has this scheme's shape."""
        return re.fullmatch(self.regex, code) is not None

    def render(self, code: str, interview: int | None = None) -> str:
        """The code as printed on material: per interview (``"PJ 1"``) or on its own (``"PJ"``)."""
        if interview is None:
            return code
        return self.per_interview.format(code=code, interview=interview)

    def parse(self, rendered: str) -> tuple[str, int | None]:
        """Split ``"PJ 1"`` into ``("PJ", 1)``; a bare code gives ``(code, None)``.

        :raises ParticipantError: ``rendered`` is neither a code nor a per-interview code.
        """
        value = rendered.strip()
        if self.matches(value):
            return value, None
        pattern = ""
        for literal, field_name, _spec, _conv in string.Formatter().parse(self.per_interview):
            pattern += re.escape(literal)
            if field_name == "code":
                pattern += f"(?P<code>{self.regex})"
            elif field_name == "interview":
                pattern += r"(?P<interview>\d+)"
        match = re.fullmatch(pattern, value)
        if match is None or "interview" not in match.groupdict():
            example = self.render(self.prefix + self.alphabet[0] * self.length, 1)
            raise ParticipantError(f"{value!r} is not a participant code of the form {example!r}",
                                   hint="see `vault participant list` for current codes")
        return match.group("code"), int(match.group("interview"))

    def to_json(self) -> str:
        """The scheme as stored with each code epoch."""
        return json.dumps({"prefix": self.prefix, "alphabet": self.alphabet,
                           "length": self.length, "per_interview": self.per_interview},
                          sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CodeScheme:
        return parse_code_scheme(json.loads(text), "code epoch scheme")


#: the scheme of ``policies/codes.toml`` as shipped
DEFAULT_SCHEME = CodeScheme()


def render_code(code: str, interview: int | None = None, *,
                scheme: CodeScheme | None = None) -> str:
    """Render a public code, per interview when ``interview`` is given: ``"PJ 1"``.

    :param scheme: the vault's scheme (``vault.codes.epochs.code_scheme(vault)``) for its
        per-interview format; the default format is ``"{code} {interview}"``.
    """
    return (scheme or DEFAULT_SCHEME).render(code, interview)


def parse_code_scheme(data: dict[str, Any], where: str | Path) -> CodeScheme:
    """Validate the keys of a ``[codes]`` table into a :class:`CodeScheme`.

    :param where: the file (or label) messages start with.
    :raises PolicyError: unknown key, wrong type, or a value out of range (names the key).
    """
    return _parse_codes(policy_from_mapping({"codes": data}, source=str(where), what=_WHAT),
                        data)


def _parse_codes(doc: PolicyDocument, data: dict[str, Any]) -> CodeScheme:
    doc.reject_unknown(data, _CODES_KEYS, table="codes")
    defaults = DEFAULT_SCHEME
    prefix = data.get("prefix", defaults.prefix)
    alphabet = data.get("alphabet", defaults.alphabet)
    length = data.get("length", defaults.length)
    per_interview = data.get("per_interview", defaults.per_interview)

    def invalid(key: str, what: str, hint: str = _POLICY_HINT) -> PolicyError:
        return doc.invalid(key, what, table="codes", hint=hint)

    if not isinstance(prefix, str) or not _PREFIX_RE.fullmatch(prefix):
        raise invalid("prefix", "must be 0-8 letters or digits")
    if (not isinstance(alphabet, str) or len(alphabet) < 2
            or not all(_ALPHABET_CHAR_RE.fullmatch(c) for c in alphabet)):
        raise invalid("alphabet", "must be at least 2 letters or digits")
    if len(set(alphabet)) != len(alphabet):
        raise invalid("alphabet", "repeats a character")
    if isinstance(length, bool) or not isinstance(length, int) or not 1 <= length <= _MAX_LENGTH:
        raise invalid("length", f"must be a whole number from 1 to {_MAX_LENGTH}")
    if not isinstance(per_interview, str):
        raise invalid("per_interview", "must be a string")
    template_hint = "write e.g. \"{code} {interview}\""
    try:
        fields = [f for _lit, f, _spec, _conv in string.Formatter().parse(per_interview)
                  if f is not None]
    except ValueError as exc:
        raise invalid("per_interview", "is not a valid template", template_hint) from exc
    if set(fields) - _FIELDS or fields.count("code") != 1 or fields.count("interview") != 1:
        raise invalid("per_interview", "must hold {code} and {interview} once each and no "
                      "other field", template_hint)
    try:
        per_interview.format(code="PX", interview=1)
    except (ValueError, KeyError, IndexError) as exc:
        raise invalid("per_interview", "is not a valid template", template_hint) from exc
    return CodeScheme(prefix=prefix, alphabet=alphabet, length=length,
                      per_interview=per_interview)


def load_code_scheme(path: Path) -> CodeScheme:
    """Load the ``[codes]`` table of a code policy file.

    :raises PolicyError: missing or unreadable file, bad TOML, unknown key, unsupported
        version, or an invalid value (the message names the file, the line and the key).
    """
    doc = read_policy(path, what=_WHAT,
                      missing_hint="copy policies/codes.toml from the project into the vault's "
                                   "policies/ directory")
    doc.reject_unknown(doc.data, _TOP_KEYS)
    doc.require_version(SUPPORTED_VERSIONS)
    section = doc.data.get("codes")
    if section is None:
        raise doc.error("no [codes] table", hint=_POLICY_HINT)
    if not isinstance(section, dict):
        raise doc.error("[codes] must be a table", key="codes", hint=_POLICY_HINT)
    return _parse_codes(doc, section)


def _exhausted(scheme: CodeScheme, needed: int, free: int | None) -> ParticipantError:
    longer = CodeScheme(scheme.prefix, scheme.alphabet, scheme.length + 1, scheme.per_interview)
    left = f"{free} are still free" if free is not None else "too few are still free"
    return ParticipantError(
        f"participant code space exhausted: {scheme.describe()}; {needed} new codes are needed "
        f"and {left} (codes are never issued twice)",
        hint=(f"set length = {longer.length} in policies/codes.toml ({longer.space:,} codes), "
              "then run `vault codes rotate`"))


def generate_codes(scheme: CodeScheme, count: int, *, is_taken: Callable[[str], bool],
                   rng: random.Random | None = None) -> list[str]:
    """``count`` distinct random codes of ``scheme`` for which ``is_taken`` is false.

    :param is_taken: true for a code in use now or issued at any time before.
    :param rng: the randomness; default :class:`secrets.SystemRandom` (the OS CSPRNG).
    :raises ParticipantError: the scheme has fewer than ``count`` free codes left.
    """
    if count <= 0:
        return []
    rng = rng or secrets.SystemRandom()
    if scheme.space <= ENUMERATE_LIMIT:
        free = [code for code in _all_codes(scheme) if not is_taken(code)]
        if len(free) < count:
            raise _exhausted(scheme, count, len(free))
        return rng.sample(free, count)
    chosen: dict[str, None] = {}
    attempts = 0
    limit = 64 * count + 1024  # a space this sparse never needs them; a full one fails clearly
    while len(chosen) < count:
        attempts += 1
        if attempts > limit:
            raise _exhausted(scheme, count, None)
        code = scheme.prefix + "".join(rng.choice(scheme.alphabet) for _ in range(scheme.length))
        if code not in chosen and not is_taken(code):
            chosen[code] = None
    return list(chosen)


def _all_codes(scheme: CodeScheme) -> list[str]:
    return [scheme.prefix + "".join(chars)
            for chars in itertools.product(scheme.alphabet, repeat=scheme.length)]
