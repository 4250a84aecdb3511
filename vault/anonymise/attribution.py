"""The right code or none: whose participant code a name may become in one transcript.

A register hit is *exact* (a participant's full name, e-mail or distinctive alias) or a *name
part* (a first name, a surname after a title, "A. Rahman", a common nickname) that several
people can share. An exact hit is that participant. A name part becomes a participant's code
only when it is unambiguous in the transcript's context: the transcript's own participants (the
interviewee, known from the vault item, from the file name or from a speaker label that is the
participant's code) and the participants whose exact name appeared earlier in it. Otherwise it
is a third party (a colleague pseudonym); two participants in context who share the part make
it ambiguous ("[PARTICIPANT]", no code)::

    context = AttributionContext.start(register, participants=["P07"], text=text)
    context.decide(("P07", "P12"))      # "P07": the interviewee
    context.introduce("P12")            # "Dr Amara Okafor" was named in full
    context.decide(("P12",))            # "P12"
    context.decide(("P30",))            # None: a colleague who shares P30's first name

"Robin, our clinical director" is therefore a colleague pseudonym in every interview but
Robin's own, instead of the code of a participant Robin who is not in that interview.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from vault.anonymise.register import Register, normalise_name
from vault.anonymise.speaker_labels import label_pattern
from vault.anonymise.wordlists import KIN_WORDS, words_pattern

__all__ = ["AMBIGUOUS", "AttributionContext", "kin_of_someone", "other_given_name",
           "participants_in_labels",
           "participants_in_name"]

#: what :meth:`AttributionContext.decide` returns for a part two participants in context share
AMBIGUOUS = ""

#: a speaker label at the start of a line, after an optional timestamp ("[00:12:31] PR.10:")
_LABEL = label_pattern(r"[A-Za-z][A-Za-z0-9_.\-]{0,63}?", stamp=True)


#: the relatives beside a name who may share its surname: the shared list
#: (:data:`~vault.anonymise.wordlists.KIN_WORDS`) less the friends, neighbours and colleagues,
#: who need not, and the street forms "sis" and "bro", said to friends as well
_KIN_WORDS = KIN_WORDS - frozenset("""
friend boyfriend girlfriend neighbour colleague mate sis bro
""".split())  # noqa: SIM905
_KIN = words_pattern(_KIN_WORDS)
_OWNER = r"(?:my|his|her|our|their|the)"
#: a relative named beside the name: "Mr Okafor, my husband,", "Mrs Okafor senior", "Okafor
#: junior", "Tobi Okafor (my son)"
_KIN_AFTER = re.compile(r"(?i)[ \t]*(?:,[ \t]*|\([ \t]*|[ \t]+-+[ \t]+)?(?:" + _OWNER + r"[ \t]+"
                        + _KIN + r"\b|(?:senior|junior|snr|jnr|sr|jr)\b)")
#: ... or before it: "my husband, Mr Okafor", "our son Tobi Okafor", "her mum Mrs Okafor"
_KIN_BEFORE = re.compile(r"(?i)\b" + _OWNER + r"[ \t]+" + _KIN + r"(?:[ \t]*,)?[ \t]+\Z")


def kin_of_someone(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is named as someone's relative ("Mr Okafor, my
    husband"; "our son, Tobi Okafor"; "Mrs Okafor senior"): a person who shares a participant's
    surname, never the participant, so a name part there is a third party."""
    return bool(_KIN_AFTER.match(text, end)) \
        or bool(_KIN_BEFORE.search(text[max(0, start - 40):start]))


#: a comma and a given name after a surname, as a wristband, label or letter writes a name:
#: "Okafor, Emeka"
_GIVEN_AFTER = re.compile(r",[ \t]+(?P<given>[A-Z][A-Za-z'’-]+)")


def other_given_name(text: str, start: int, end: int, register: Register,
                     candidates: Iterable[str], is_given: Callable[[str], bool]) -> int | None:
    """Where the given name ends when the surname at ``text[start:end]`` is written
    surname-first with a given name that no candidate has ("Okafor, Emeka", "OKAFOR, EMEKA"
    when the participant is Ngozi Okafor): someone else who shares the surname, a third party
    whose name runs to that end. None when it is not so. ``is_given`` says whether a word is a
    first name (the engine's name lists). A titled surname is someone spoken to or of
    ("Dr Castle, Amber said ..."), never a label's surname-first name."""
    m = _GIVEN_AFTER.match(text, end)
    if m is None or any(c.isspace() for c in text[start:end]):
        return None
    given = m.group("given")
    if not is_given(given.title() if given.isupper() else given):
        return None
    markers = set(candidates)
    own = {normalise_name(w) for entry in register.entries if entry.marker in markers
           for w in (*entry.name.split()[:-1], *entry.aliases)}
    return None if normalise_name(given) in own else m.end()


def participants_in_labels(text: str, register: Register) -> set[str]:
    """Markers of the participants whose code is a speaker label in ``text`` ("P07: ...",
    and "PJ 1: ..." for a legacy code with a space)."""
    codes = {entry.code: entry.marker for entry in register.entries}
    found = {codes[m.group("label")] for m in _LABEL.finditer(text) if m.group("label") in codes}
    spaced = [code for code in codes if " " in code]
    if spaced:
        label = label_pattern("|".join(map(re.escape, spaced)), stamp=True)
        found |= {codes[m.group("label")] for m in label.finditer(text)}
    return found


def participants_in_name(name: str, register: Register) -> set[str]:
    """Markers of the participants whose code is a whole token of a file name
    ("P07_interview2.docx", "PR.10-T1.txt")."""
    stem = name.rsplit("/", 1)[-1]
    found: set[str] = set()
    for entry in register.entries:
        # a legacy code with a space ("PJ 1") is written PJ_1, PJ-1 or PJ1 in file names
        code = re.escape(entry.code).replace(r"\ ", r"[ _.\-]?")
        if re.search(r"(?<![A-Za-z0-9])" + code + r"(?![A-Za-z0-9])", stem):
            found.add(entry.marker)
    return found


@dataclass
class AttributionContext:
    """The participants a name part may refer to at one point of a transcript."""

    participants: set[str] = field(default_factory=set)

    @classmethod
    def start(cls, register: Register, *, participants: Iterable[str] = (),
              text: str = "") -> AttributionContext:
        """The context at the start of ``text``: the given participants and those whose code
        labels a speaker in it."""
        return cls(set(participants) | participants_in_labels(text, register))

    def introduce(self, marker: str) -> None:
        """A participant named exactly (full name, e-mail, alias) is in context from here on."""
        if marker:
            self.participants.add(marker)

    def decide(self, candidates: Sequence[str]) -> str | None:
        """The marker a name part shared by ``candidates`` becomes: the one candidate in
        context, :data:`AMBIGUOUS` when several are, None (a third party) when none is."""
        live = [m for m in candidates if m in self.participants]
        if len(live) == 1:
            return live[0]
        return AMBIGUOUS if live else None
