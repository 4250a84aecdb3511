"""Round 22 of issue 14: people's names in every turn of phrase, measured by the whole engine
on a space built from the language, not from any author (``tests/_person_name_space.py``):
names by role or apposition, kin and nicknames, vocatives, possessives, initials and bare
initials, titles, particles and compound surnames, family plurals, ten cultures' patterns made
of syllables, names that are also words, lower case, capitals in headers, spelled then said;
and hard negatives of the same shapes (modals, adjectives, job titles and kin alone,
sentence-initial capitals, eponyms, figures of speech, idioms, abbreviations, plurals that are
teams, hills or colours).

Classes the engine missed before this round, each widened in the finder that owns it:

* in lower-case (speech-recognition) stretches, a name by the role or kin around it
  (``uncased.py``): "my nephew x", "auntie x", "x, our practice manager,", "our practice
  manager, x,", "our kev said"; a name that is also a word only with the apposition's commas,
  kin and a person's deed ("my dad frank said", not "my son will be"), or asked/told and
  "to"/"if" ("i asked amber to cover"); a particle surname after a name ("bin", "ó", "de");
* a name in capitals whose surname opens with a particle ("HALOOD BIN QAMAN", "YALOOD
  EL-HAZAWI"; ``capitals.py``);
* a colleague known by initials in talk ("JT told me", "me and KP went", "I rang DK", "it
  was KP's idea"; ``person_contexts.TeamInitialsRecognizer``).

Closed late in the round (tune-gaps22, ``tests/test_gaps_round22.py``): "will"/"may" as names
in lower case where a modal cannot stand, roles workplaces name ("our deputy", "union rep"),
"dr." with a full stop, a lower-case hyphenated surname or one after "al-" or "o'", and "X
wasn't happy" after a word-name (a state of mind only a person is in).

Known gaps of the space, left for later (not asserted, listed in ``_GAPS``): a
name that is an English word and in no name list ("chance", "teat", "tang"), "father" as a
title in lower case, a capitals name in a dashed header, a three-letter capitals given name
("NEN", "WIX"), initials that are an abbreviation too ("ED", "NA", "PS"), "X was brilliant"
after a word-name or three initials, family plurals of names no list has. One negative is still
touched (``_KNOWN_TOUCHED``): "the Cairngorms and the Mournes", LOCATIONs by the conventions
(landscape areas are places), never PERSONs (``tests/test_negative_space_round22.py`` asserts
that). "Every May we do the audit" is kept since tune-negspace22.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

import pytest
from _mentions import TOKEN
from _mentions import failures as _failures
from _mentions import marked_and_kept as parse
from _person_name_space import cases, register_cases
from _space_assertions import engine_spans

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import is_first_name, is_surname
from vault.anonymise.register import Register
from vault.anonymise.wordlists import is_english_word

#: the known gaps (see the module's docstring), by the text of the case
_GAPS = re.compile(
    r"«(?:[A-Z]{3} [^»]*|[^»]* [A-Z]{3}|"
    r"ED|NA|P\.S\.|S\.C\.|[A-Z]{3})»|father «|NOTES - «|"
    r"«[^»]*» was brilliant")
#: shapes left out of the positive sweep: family plurals (their finder wants a person's verb
#: or a social frame; names no list has are a gap of it)
_GAP_SHAPES = frozenset({"person/family"})
#: negatives of the space the engine still touches, left for later (see the docstring)
_KNOWN_TOUCHED = frozenset({"neg/hills"})


def _word_no_list_has(marked: str) -> bool:
    """A gold word of the case is an English word that no name list has ("Mussy", "Teat",
    "Tang"): the syllables made a word, and nothing but the frame says it is a name."""
    text, gold, _ = parse(marked)
    return any(is_english_word(t.group().lower()) and not is_first_name(t.group().capitalize())
               and not is_surname(t.group().capitalize())
               for a, b in gold for t in TOKEN.finditer(text, a, b))


def _by_class() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for shape, text in cases():
        out["/".join(shape.split("/")[:2])].append(text)
    return dict(out)


CLASSES = _by_class()
POSITIVES = sorted(k for k in CLASSES if not k.startswith("neg/"))
NEGATIVES = sorted(k for k in CLASSES if k.startswith("neg/"))


@cache
def _engine() -> Anonymiser:
    return Anonymiser()


def _found(text: str, entity: str | None = None) -> list[tuple[int, int]]:
    return engine_spans(_engine(), text, entity)


def test_the_space_is_deterministic_and_broad() -> None:
    assert cases() == cases()
    shapes = {shape for shape, _ in cases()}
    assert {s.split("/")[1] for s in shapes if s.startswith("person/")} >= {
        "role_after", "role_before", "kin", "vocative", "possessive", "initial", "initials",
        "family", "title", "full", "first", "lower", "header", "spelled_said", "word_name",
        "word_name_lower"}
    cultures = {s.split("/")[2] for s in shapes if s.count("/") == 2}
    assert len(cultures) >= 10
    assert len(cases()) >= 1000 and len(NEGATIVES) >= 15


@pytest.mark.parametrize("shape", sorted(set(POSITIVES) - _GAP_SHAPES))
def test_the_engine_covers_every_shape_but_the_known_gaps(shape: str) -> None:
    missed = {t: _failures(t, _found(parse(t)[0])) for t in CLASSES[shape]
              if not _GAPS.search(t) and not _word_no_list_has(t)}
    assert not {t: m for t, m in missed.items() if m}


@pytest.mark.parametrize("shape", sorted(set(NEGATIVES) - _KNOWN_TOUCHED))
def test_the_engine_keeps_every_negative_shape(shape: str) -> None:
    touched = {t: _failures(t, _found(parse(t)[0])) for t in CLASSES[shape]}
    assert not {t: m for t, m in touched.items() if m}


def test_a_third_party_never_gets_a_participants_code() -> None:
    csv, rows = register_cases()
    register = Register.from_csv(csv)
    for lower in (False, True):
        for _, marked, participant in rows:
            marked = marked.lower() if lower else marked
            text, gold, _ = parse(marked)
            reps = _engine().redact(text, register=register, participant=participant).replacements
            assert not [r for r in reps if r.participant_marker
                        and any(r.start < b and a < r.end for a, b in gold)], marked


# -- the engine, on phrasings of our own for each class widened this round -----------------------

#: each fails on the engine before this round (the look-alikes in KEPT pass before and after)
WIDENED = [
    # lower case: kin, a role in apposition, "our" and a deed, word-names, particles
    "p3: auntie «gwawr» was the one who noticed.",
    "p3: our practice manager, «ngozika», said fine.",
    "p3: our deputy lead, «hazel», said fine.",
    "p3: «heather», our clinical lead, stepped in.",
    "p3: my dad «frank» said not to bother.",
    "p3: i asked «amber» to swap with me.",
    "p3: i asked «yusra bin haddad» about it.",
    "p3: we rang «aoife ní bhraonáin» after.",
    # capitals with a particle
    "INTERVIEW WITH «FARIDA AL-SHAMMOUDI»\n\nINT: Thanks for coming.",
    # a colleague known by initials
    "P3: «KT» told me to go home.",
    "P3: «DW» and me did the night.",
    "P3: I rang «PH» straight after, and then «GL» came in.",
    "P3: It was «MO»'s idea to start at eight.",
]

KEPT = [
    "p3: my sister ‹rose› to the occasion, and my son ‹will› be there.",
    "p3: our manager, ‹mark› my words, won't last.",
    "p3: we logged it on our ‹datix› and our ‹whatsapp› group.",
    "p3: i asked ‹sky› about the broadband.",
    "p3: our supervisor, ‹frank› as ever, said no.",
    "SESSION ON ‹DE-ESCALATION› AND ‹AL-ANON›\n\nINT: Thanks.",
    "P3: ‹ED› told us to wait, ‹ICU› came down, ‹HR› said no.",
    "P3: The ‹GP›'s idea was fine, ‹OT› went up.",
    "P3: I rang ‹NHS› direct, and then ‹PALS› said no.",
]


@pytest.mark.parametrize("text", WIDENED)
def test_the_engine_redacts_each_widened_class(text: str) -> None:
    assert not _failures(text, _found(parse(text)[0]))


@pytest.mark.parametrize("text", KEPT)
def test_the_engine_keeps_the_same_shapes_used_otherwise(text: str) -> None:
    assert not _failures(text, _found(parse(text)[0]))
