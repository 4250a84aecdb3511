"""Standard-library regexes that find their matches sooner: the same pattern, told which
characters a match can start with.

Python's ``re`` searches fast only when a pattern *starts* with a literal or a character class:
it then skips to the next position holding one of those characters in a tight C loop. A pattern
that opens with a zero-width test -- ``\\b``, a look-behind ``(?<![\\w'’-])``, a look-ahead --
gets no such hint, and the engine runs the whole pattern at every position of the text. Most
of vault's recognizer patterns open that way (a name, a place, a date, not inside a longer
word), so most of their scanning time went on positions where no match can start.

:func:`compile` compiles the pattern exactly as :func:`re.compile` does, then adds to its
search information the set of characters a match can start with (found by reading past the
zero-width tests at its start). Only where the search starts trying changes: every match is
still found by the same compiled program from the same position, so ``search``, ``finditer``,
``findall``, ``sub`` and ``split`` give the same results (``match`` and ``fullmatch`` never used
the hint). A case-insensitive pattern (``(?i)``, ``(?i:at)``) is told too where its first
characters are ASCII: the hint then holds each one's other case and the four non-ASCII letters
``re`` folds onto ASCII ones ("İ", "ı", "ſ", the Kelvin sign), a set that may be larger than
needed, never smaller. A pattern whose first character cannot be told safely (a non-ASCII
letter under case folding, a negated class, any character, a
back-reference, locale flags, or one that can match the empty string) is compiled unchanged.
tests/test_fastre.py compares every accelerated pattern with the plain one.

:func:`accelerate` does this for the compiled patterns a module keeps at module level.
"""
from __future__ import annotations

import importlib
import re
import sys
import weakref
from collections.abc import Iterable, MutableMapping
from typing import Any

__all__ = ["accelerate", "accelerate_loaded", "compile", "merged_windows", "start_hint"]

try:  # the standard library's own compiler (private, but stable since Python 3.11)
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _c: Any = importlib.import_module("re._constants")
    _sre: Any = importlib.import_module("_sre")
    _ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})
    _REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
    _AVAILABLE = True
except (ImportError, AttributeError):  # pragma: no cover - another Python: plain patterns
    _AVAILABLE = False

#: the patterns made here (accelerating one again would only compile it again)
_MADE: weakref.WeakSet[re.Pattern[str]] = weakref.WeakSet()

#: flags under which the first character is not told: locale, debug output
_UNTOLD_FLAGS = re.LOCALE | re.DEBUG


class _Untold(Exception):
    """The first character of a match cannot be told safely."""


#: the letters outside ASCII that a case-insensitive ``re`` pattern matches with an ASCII
#: letter: "İ" and "ı" with "i", "ſ" with "s", the Kelvin sign with "k" (tests/test_fastre.py
#: checks every code point)
_FOLDED_ONTO_ASCII = tuple(ord(c) for c in "\u0130\u0131\u017f\u212a")
#: scoped flags a hint is still told under: case folding is read, the others change no first
#: character (ASCII-only classes are a subset of the Unicode ones the hint is compiled with)
_SCOPED_FLAGS = re.IGNORECASE | re.ASCII | re.MULTILINE | re.DOTALL | re.VERBOSE


def _folded(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Set items matching, case-insensitively, at least what ``items`` (literals and ranges
    of ASCII characters, categories) match: each character in both cases, and the non-ASCII
    letters folded onto ASCII ones when there is a letter."""
    codes: set[int] = set()
    for kind, av in items:
        if kind is _c.LITERAL and av < 128:
            codes.add(av)
        elif kind is _c.RANGE and av[1] < 128:
            codes.update(range(av[0], av[1] + 1))
        elif kind is not _c.CATEGORY:  # \d, \s, \w are closed under case folding: as they are
            raise _Untold  # a non-ASCII letter: its case partners are not told
    cased = {ord(c) for code in codes for c in (chr(code).lower(), chr(code).upper())}
    if any(chr(code).isalpha() for code in codes):
        cased.update(_FOLDED_ONTO_ASCII)
    return [*((_c.LITERAL, code) for code in sorted(codes | cased)),
            *((kind, av) for kind, av in items if kind is _c.CATEGORY)]


def _first(items: Any, folded: bool = False) -> tuple[list[tuple[Any, Any]], bool]:
    """The character-set items a match of the parsed sequence ``items`` can start with, and
    whether the sequence can match the empty string (then what follows it counts too);
    ``folded``: the sequence is matched case-insensitively."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # \b, ^, a look-around: consumes nothing
        if op is _c.LITERAL:
            out.extend(_folded([(op, av)]) if folded else [(op, av)])
            return out, False
        if op is _c.IN:
            if any(kind is _c.NEGATE for kind, _ in av):
                raise _Untold
            out.extend(_folded(av) if folded else av)
            return out, False
        if op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                chars, can_be_empty = _first(alternative, folded)
                out.extend(chars)
                empty |= can_be_empty
            if not empty:
                return out, False
            continue
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~_SCOPED_FLAGS:
                raise _Untold  # "(?L:...)": locale flags inside
            inner = (folded or bool(add_flags & re.IGNORECASE)) and \
                not del_flags & re.IGNORECASE
            chars, can_be_empty = _first(sub, inner)
            out.extend(chars)
            if not can_be_empty:
                return out, False
            continue
        if op is _c.ATOMIC_GROUP:
            chars, can_be_empty = _first(av, folded)
            out.extend(chars)
            if not can_be_empty:
                return out, False
            continue
        if op in _REPEATS:
            least, _most, item = av
            chars, can_be_empty = _first(item, folded)
            out.extend(chars)
            if least > 0 and not can_be_empty:
                return out, False
            continue
        raise _Untold  # any character, a negated literal, a back-reference, a conditional
    return out, True


def _hinted(pattern: str, flags: int) -> tuple[list[int], Any] | None:
    """The compiled program of ``pattern`` with the starting characters added to its search
    information, and the parsed pattern; None when there is nothing safe to add."""
    if not _AVAILABLE:
        return None
    parsed = _parser.parse(pattern, flags)
    every_flag = parsed.state.flags | flags
    if every_flag & _UNTOLD_FLAGS:
        return None
    code: list[int] = _compiler._code(parsed, flags)
    # <INFO> <skip> <flags> <min> <max> ...: already a prefix or a set (flags), or a pattern
    # that can match nothing (min 0): leave it
    if code[0] != _c.INFO or code[2] != 0 or code[3] == 0:
        return None
    if parsed.data and parsed.data[0][0] is _c.AT and (
            parsed.data[0][1] is _c.AT_BEGINNING_STRING
            or parsed.data[0][1] is _c.AT_BEGINNING and not every_flag & re.MULTILINE):
        return None  # anchored at the text's start: the search tries one position anyway
    try:
        chars, can_be_empty = _first(parsed.data, bool(every_flag & re.IGNORECASE))
    except _Untold:
        return None
    if can_be_empty or not chars:
        return None
    charset, _cased = _compiler._optimize_charset(chars)
    info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, every_flag, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:], parsed


def start_hint(pattern: str, flags: int = 0) -> bool:
    """Whether :func:`compile` adds a starting-character hint to ``pattern``."""
    try:
        return _hinted(pattern, flags) is not None
    except Exception:  # noqa: BLE001 - see compile
        return False


def _with_hint(pattern: str, flags: int) -> re.Pattern[str] | None:
    try:
        hinted = _hinted(pattern, flags)
    except Exception:  # noqa: BLE001 - an internal the compiler changed: the plain pattern
        return None
    if hinted is None:
        return None
    code, parsed = hinted
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _sre.compile(pattern, flags | parsed.state.flags, code,
                                             parsed.state.groups - 1, groupindex,
                                             tuple(indexgroup))
    _MADE.add(compiled)
    return compiled


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, searching only from where a match can start (see the
    module docstring); the plain compiled pattern when that cannot be told."""
    hinted = _with_hint(pattern, flags) if _may_gain(pattern, flags) else None
    return hinted if hinted is not None else re.compile(pattern, flags)


def accelerate(namespace: MutableMapping[str, Any], module: str | None = None) -> int:
    """Replace every compiled ``str`` pattern that ``namespace`` (a module's ``globals()``)
    keeps -- directly, in a list, tuple or dict, or as an attribute of a class the module
    defines (``module``: its name) -- by its :func:`compile` twin; the number replaced."""
    done: dict[int, Any] = {}

    def faster(value: Any) -> Any:
        if isinstance(value, re.Pattern):
            if value in _MADE:
                return value
            if id(value) not in done:
                done[id(value)] = (_with_hint(value.pattern, value.flags)
                                   if isinstance(value.pattern, str)
                                   and _may_gain(value.pattern, value.flags) else None) or value
            return done[id(value)]
        if isinstance(value, tuple) and any(isinstance(v, re.Pattern) for v in value):
            items = tuple(faster(v) for v in value)
            return value if all(a is b for a, b in zip(items, value)) else items
        return value

    def in_place(value: Any) -> int:
        replaced = 0
        if isinstance(value, list):
            for i, item in enumerate(value):
                new = faster(item)
                if new is not item:
                    value[i] = new
                    replaced += 1
        elif isinstance(value, dict):
            for key, item in value.items():
                new = faster(item)
                if new is not item:
                    value[key] = new
                    replaced += 1
        return replaced

    replaced = 0
    for key, value in list(namespace.items()):
        if isinstance(value, type) and module is not None and value.__module__ == module:
            for attribute, item in list(vars(value).items()):
                new = faster(item)
                if new is not item:
                    setattr(value, attribute, new)
                    replaced += 1
                else:
                    replaced += in_place(item)
            continue
        new = faster(value)
        if new is not value:
            namespace[key] = new
            replaced += 1
        else:
            replaced += in_place(value)
    return replaced


#: a pattern opening with a literal character or a (not negated) class already has its hint
_HAS_HINT = re.compile(r"[\w \t'’,:;/@#&%=<>\"-]|\[(?!\^)|\\[dDsSwW]")


def _may_gain(pattern: str, flags: int) -> bool:
    """A cheap first look: whether :func:`compile` may add anything (the parse is the dear part)."""
    return not flags & _UNTOLD_FLAGS and (
        _HAS_HINT.match(pattern) is None or bool(flags & re.IGNORECASE)
        or pattern.startswith("(?i"))


def accelerate_loaded(package: str) -> int:
    """:func:`accelerate` every module of ``package`` imported so far; the number replaced."""
    prefix = package + "."
    return sum(accelerate(vars(module), name) for name, module in list(sys.modules.items())
               if (name == package or name.startswith(prefix)) and module is not None)


def merged_windows(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans``, in order of their starts, joined into windows to scan: a span starting at or
    before the previous window's end joins it, which then ends at the later end. The finders
    that scan only near their key words ("postcode", a lone capital, a word of teaching) make
    their windows so."""
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows
