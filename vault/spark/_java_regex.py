"""RE2 regexes as Java reads them the same way (Spark's ``rlike`` runs ``java.util.regex``).

The validation suite's regexes are written for RE2 (the local engine runs them in DuckDB):
the identifier prefilters, a schema's code format. Java's engine reads most RE2 syntax alike
but differs where it matters for counting rows:

==================  ==========================  =====================================
construct           RE2 (DuckDB)                Java, and what :func:`java_regex` writes
==================  ==========================  =====================================
``.``               any character but ``\\n``    also not ``\\r``, U+0085, U+2028/9:
                                                ``(?d)`` (only ``\\n`` ends a line)
``$`` (no ``m``)    end of text                 also before a final line break: ``\\z``
``(?i)``            Unicode case folding        ASCII only: ``(?iu)``
``\\s`` / ``\\S``     ``[\\t\\n\\f\\r ]``            adds U+000B: the class written out
``(?P<name>``       a named group               ``(?<name>``
==================  ==========================  =====================================

A regex whose meaning cannot be kept (RE2's ``(?U)`` ungreedy flag, POSIX classes such as
``[[:alpha:]]``, ``\\C``, ``\\S`` inside a class) raises
:class:`~vault.validate.metrics.PushdownUnsupported`: the caller refuses the suite rather
than count differently.
"""
from __future__ import annotations

import re

from vault.validate.metrics import PushdownUnsupported

__all__ = ["java_regex"]

_SPACE = "\\t\\n\\f\\r "
_FLAGS = re.compile(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])")


def java_regex(pattern: str) -> str:
    """``pattern`` (RE2 syntax) rewritten so that Java finds exactly the same matches.

    :raises PushdownUnsupported: a construct with no equivalent (see the module docstring).
    """
    out: list[str] = ["(?d)"]
    multiline = False
    i = 0
    n = len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            if i + 1 >= n:
                raise PushdownUnsupported("a regex ends with a lone backslash")
            escaped = pattern[i + 1]
            if escaped == "s":
                out.append(f"[{_SPACE}]")
            elif escaped == "S":
                out.append(f"[^{_SPACE}]")
            elif escaped == "C":
                raise PushdownUnsupported("a regex uses \\C (any byte)")
            else:
                out.append(pattern[i:i + 2])
            i += 2
        elif char == "[":
            end, text = _char_class(pattern, i)
            out.append(text)
            i = end
        elif char == "(" and pattern.startswith("(?P<", i):
            out.append("(?<")
            i += 4
        elif char == "(" and pattern.startswith("(?", i):
            match = _FLAGS.match(pattern, i)
            if match is None:  # (?: (?= … are the same in both
                out.append("(?")
                i += 2
                continue
            on, off, close = match.group(1), match.group(2), match.group(3)
            if "U" in on or (off and "U" in off):
                raise PushdownUnsupported("a regex uses RE2's ungreedy flag (?U)")
            multiline = multiline or "m" in on
            if "i" in on and "u" not in on:
                on += "u"
            out.append(f"(?{on}" + (f"-{off}" if off is not None else "") + close)
            i = match.end()
        elif char == "$" and not multiline:
            out.append("\\z")
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _char_class(pattern: str, start: int) -> tuple[int, str]:
    """The class starting at ``pattern[start] == "["``: (index after it, Java text)."""
    out = ["["]
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        out.append("^")
        i += 1
    first = True
    while i < len(pattern):
        char = pattern[i]
        if char == "]":
            if not first:
                out.append("]")
                return i + 1, "".join(out)
            out.append("\\]")  # a leading "]" is a literal in RE2
            first = False
            i += 1
            continue
        first = False
        if char == "\\":
            escaped = pattern[i + 1] if i + 1 < len(pattern) else ""
            if escaped == "s":
                out.append(_SPACE)
            elif escaped == "S":
                raise PushdownUnsupported("a regex uses \\S inside a character class")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if char == "[":
            if pattern.startswith("[:", i):
                raise PushdownUnsupported("a regex uses a POSIX class such as [[:alpha:]]")
            out.append("\\[")  # a literal "[" in RE2; a nested class in Java
            i += 1
            continue
        if char == "&" and pattern.startswith("&&", i):
            out.append("&\\&")  # a literal in RE2; intersection in Java
            i += 2
            continue
        out.append(char)
        i += 1
    raise PushdownUnsupported("a regex has an unterminated character class")
