"""Round 23 of issue 14: one source for the name particles and the kin words the finders read
(:data:`~vault.anonymise.wordlists.NAME_PARTICLES`, :data:`~vault.anonymise.wordlists.KIN_WORDS`),
each finder's part derived from it. No behaviour changed: each finder's set of words is the one
it listed before, built here once from the old literal members, and each kin regex matches
what its old alternation matched."""
from __future__ import annotations

import re

import pytest
import regex

from vault.anonymise import (
    attribution,
    capitals,
    hospitals,
    person_contexts,
    recognizers,
    uncased,
)
from vault.anonymise.wordlists import (
    JOINED_NAME_PARTICLES,
    KIN_TITLES,
    KIN_WORDS,
    NAME_PARTICLES,
    words_pattern,
)


def _words(listed: str) -> frozenset[str]:
    return frozenset(listed.split())


#: each finder's particles as they were listed before round 23
OLD_PARTICLES: dict[str, frozenset[str]] = {
    "uncased._PARTICLES": _words(
        "van von der den de da di del della dos das du le la al el bin ter ten mac ap"),
    "uncased._NAME_PARTICLES": _words(
        "van von der den de da di del della dos das du le la al el bin ter ten mac ap "
        "ó ní nic ibn bint abu ben o dos das"),
    "uncased._JOINED_PARTICLES": frozenset(
        {"al", "el", "ul", "o", "d", "ben", "bin", "abu", "ibn", "mac", "mc"}),
    "person_contexts._NAME_PARTICLES": _words(
        "van von der den de del della di du da le la les al el bin ben ibn ter ten zu ap ab st "
        "mac mc dos das do"),
    "capitals._CAPS_PARTICLES": frozenset(
        {"DE", "DA", "DI", "DO", "DOS", "DAS", "DEL", "DELLA", "DER", "DEN", "VAN", "VON", "LA",
         "LE", "BIN", "BINTI", "BINT", "BEN", "IBN", "AP", "AB", "AL", "EL", "MAC", "NI", "UA",
         "ST", "NÍ", "NIC", "Ó", "UÍ", "MHIC"}),
}
NEW_PARTICLES: dict[str, frozenset[str]] = {
    "uncased._PARTICLES": uncased._PARTICLES,
    "uncased._NAME_PARTICLES": uncased._NAME_PARTICLES,
    "uncased._JOINED_PARTICLES": uncased._JOINED_PARTICLES,
    "person_contexts._NAME_PARTICLES": person_contexts._NAME_PARTICLES,
    "capitals._CAPS_PARTICLES": capitals._CAPS_PARTICLES,
}


@pytest.mark.parametrize("consumer", sorted(OLD_PARTICLES))
def test_each_finder_reads_the_particles_it_read_before(consumer: str) -> None:
    assert NEW_PARTICLES[consumer] == OLD_PARTICLES[consumer]


def test_the_shared_particles_are_the_union_of_the_finders() -> None:
    union = frozenset(w.lower() for words in OLD_PARTICLES.values() for w in words)
    assert union == NAME_PARTICLES
    assert JOINED_NAME_PARTICLES <= NAME_PARTICLES
    assert all(w == w.lower() for w in NAME_PARTICLES)


#: the kin alternations and the capitalised kin words as they were before round 23
OLD_UNCASED_KIN = (
    r"(?:sister|brother|mum|mam|mom|mother|dad|father|husband|wife|partner|son|daughter|"
    r"cousin|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|niece|nephew|aunt|auntie|"
    r"aunty|uncle|stepdad|stepmum|stepson|stepdaughter|friend|boyfriend|girlfriend|"
    r"fiancee?|fiancée?|neighbour|colleague|mate|sis|bro)")
OLD_UNCASED_KIN_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:my|our|his|her|their|your|me)[ \t]+(?:(?:little|big|older|younger|"
    r"eldest|youngest|twin|late|baby|step|best|old|other)[ \t]+)?" + OLD_UNCASED_KIN
    + r"|(?<![\w'’-])(?:auntie|aunty|uncle|nan|nana|nanna|grandma|grandad|granny))[ \t]+\Z")
OLD_ATTRIBUTION_KIN = (
    r"(?:husband|wife|partner|hubby|missus|fianc[ée]e?|son|daughter|boy|girl|lad|lass|child|"
    r"kid|baby|eldest|youngest|mum|mam|mom|mother|mummy|dad|father|daddy|brother|sister|"
    r"twin|aunt|auntie|aunty|uncle|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|"
    r"grandpa|grandfather|grandson|granddaughter|cousin|nephew|niece|stepson|stepdaughter|"
    r"stepmum|stepdad|(?:mother|father|brother|sister|son|daughter)[- ]in[- ]law)")
_OWNER = r"(?:my|his|her|our|their|the)"
OLD_ATTRIBUTION_KIN_AFTER = re.compile(
    r"(?i)[ \t]*(?:,[ \t]*|\([ \t]*|[ \t]+-+[ \t]+)?(?:" + _OWNER + r"[ \t]+" + OLD_ATTRIBUTION_KIN
    + r"\b|(?:senior|junior|snr|jnr|sr|jr)\b)")
OLD_ATTRIBUTION_KIN_BEFORE = re.compile(
    r"(?i)\b" + _OWNER + r"[ \t]+" + OLD_ATTRIBUTION_KIN + r"(?:[ \t]*,)?[ \t]+\Z")
OLD_RECOGNIZERS_KIN = frozenset("""
Aunt Auntie Aunty Uncle Cousin Nan Nana Nanna Gran Granny Grandma Grandad Grandpa Grandmother
Grandfather Sister Brother Little Big Old Young
""".split())  # noqa: SIM905


def _candidates() -> list[str]:
    """Every kin word in each spelling an alternation could take, and near misses: in-laws
    with hyphens and spaces, capitals, plurals, a letter short or over, other words."""
    words = set(KIN_WORDS) | {w.replace("-", " ") for w in KIN_WORDS} | {
        "mother in-law", "mother-in law", "sister in law", "son-in-laws", "fiancées", "fianceé",
        "stepbrother", "grandchild", "parent", "parents", "bestie", "mates", "sisters", "nans",
        "grann", "broth", "soon", "s", "", "Sister", "MUM", "Fiancée", "Mother-In-Law"}
    words |= {w[:-1] for w in list(words) if len(w) > 2} | {w + "s" for w in list(words)}
    return sorted(words)


def test_the_uncased_kin_words_are_the_ones_before() -> None:
    old = re.compile(OLD_UNCASED_KIN)
    for word in _candidates():
        assert bool(old.fullmatch(word)) == bool(re.fullmatch(uncased._KIN, word)), word
        for text in (f"my {word} ", f"our little {word} ", f"{word} ", f"x {word}  ",
                     f"me {word}\t"):
            assert bool(OLD_UNCASED_KIN_BEFORE.search(text)) \
                == bool(uncased._KIN_BEFORE.search(text)), text


def test_the_attribution_kin_words_are_the_ones_before() -> None:
    old = re.compile(OLD_ATTRIBUTION_KIN, re.IGNORECASE)
    new = re.compile(attribution._KIN, re.IGNORECASE)
    for word in _candidates():
        assert bool(old.fullmatch(word)) == bool(new.fullmatch(word)), word
        for text in (f", my {word} said", f" (their {word})", f" - the {word}x", f" her {word}-"):
            assert bool(OLD_ATTRIBUTION_KIN_AFTER.match(text)) \
                == bool(attribution._KIN_AFTER.match(text)), text
        for text in (f"our {word}, ", f"The {word} ", f"his {word}"):
            assert bool(OLD_ATTRIBUTION_KIN_BEFORE.search(text)) \
                == bool(attribution._KIN_BEFORE.search(text)), text


def test_the_capitalised_kin_words_are_the_ones_before() -> None:
    assert recognizers._KIN == OLD_RECOGNIZERS_KIN


def test_the_shared_kin_words_are_the_union_of_the_finders() -> None:
    read = {w for w in _candidates() if re.fullmatch(OLD_UNCASED_KIN, w)
            or re.fullmatch(OLD_ATTRIBUTION_KIN, w)}
    assert {w for w in read if " " not in w} == KIN_WORDS
    assert {w.lower() for w in OLD_RECOGNIZERS_KIN} - {"little", "big", "old", "young"} \
        == KIN_TITLES <= KIN_WORDS


@pytest.mark.parametrize("word, said", [
    ("mother-in-law", "mother-in-law"), ("mother-in-law", "mother in law"),
    ("mother-in-law", "mother in-law"), ("fiancé", "fiancé"),
])
def test_a_words_pattern_reads_a_hyphen_as_a_hyphen_or_a_space(word: str, said: str) -> None:
    assert re.fullmatch(words_pattern([word]), said)


@pytest.mark.parametrize("word, said", [
    ("mother-in-law", "motherinlaw"), ("mother-in-law", "mother  in law"), ("son", "so"),
    ("son", "sons"), ("fiancé", "fiance"),
])
def test_a_words_pattern_reads_no_other_word(word: str, said: str) -> None:
    assert not re.fullmatch(words_pattern([word]), said)


#: the nouns after a short hospital name that is also an adjective, as listed before round 23
OLD_ORDINARY_NOUN_NEXT = re.compile(
    r"[ \t]+(?:family|families|wedding|weddings|baby|babies|visit|visits|household|highness|"
    r"seal|warrant|charter|pardon|couple|tour|box|icing|jelly|blue|flush|"
    r"election|elections|public|practice|practitioners?|anaesthetic|anaesthesia|surgery|"
    r"surgeons?|medicine|manager|managers|consensus|feeling|knowledge|rule|sense|strike|"
    r"assembly|secretary|purpose|admission|admissions|note|notes|question|questions|"
    r"comments?)\b")
OLD_NICKNAME_NOUNS = "family|families|wedding|weddings|household|election|elections|public"


def _noun_candidates() -> list[str]:
    words = set(re.findall(r"[a-z]+", OLD_ORDINARY_NOUN_NEXT.pattern)) - {"t"}
    words |= {"practitioner", "surgeon", "comment", "ward", "site", "Family", "publican"}
    return sorted(words | {w + "s" for w in words} | {w[:-1] for w in words})


def test_the_nouns_after_a_short_hospital_name_are_the_ones_before() -> None:
    for word in _noun_candidates():
        for text in (f" {word}", f"\t{word} was", f"  {word}-led", f" {word}x"):
            assert bool(OLD_ORDINARY_NOUN_NEXT.match(text)) \
                == bool(hospitals._ORDINARY_NOUN_NEXT.match(text)), text


def test_the_nickname_guess_stops_before_the_nouns_it_stopped_before() -> None:
    assert recognizers.NOUNS_NO_HOSPITAL_HAS == _words(OLD_NICKNAME_NOUNS.replace("|", " "))
    assert recognizers.NOUNS_NO_HOSPITAL_HAS <= _words(" ".join(
        w for w in _noun_candidates() if OLD_ORDINARY_NOUN_NEXT.match(" " + w)))
    pattern = recognizers.HospitalNicknameRecognizer.PATTERNS[0].regex
    old = pattern.replace("|".join(sorted(recognizers.NOUNS_NO_HOSPITAL_HAS)), OLD_NICKNAME_NOUNS)
    assert old != pattern
    for word in _noun_candidates():
        for text in (f"I worked at the Freeman {word} then", f"the Royal {word}."):
            assert bool(regex.search(old, text, recognizers.FLAGS)) \
                == bool(regex.search(pattern, text, recognizers.FLAGS)), text
