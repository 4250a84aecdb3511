"""Places abroad from broad data sources rather than hand-written lists.

* the sub-national regions of every country but the UK (states, provinces, regions,
  districts, counties, prefectures, voivodeships...): ISO 3166-2 as shipped by **pycountry**
  (LGPL-2.1, a pinned run-time dependency; its data are read from the installed package, never
  copied into this repository);
* every country's name in pycountry's translations of ISO 3166-1 into the Latin-script
  languages of :data:`LOCALES` (the Debian iso-codes project): how people write their own country and their neighbours'
  ("Deutschland", "Polska", "Magyarország", "Shqipëria");
* towns abroad of at least 15,000 people (``data/world_towns.txt``, derived from GeoNames'
  ``cities15000`` table by ``data/build_gazetteers.py``; CC BY 4.0, see ``data/LICENSE.md``).

Each is read once per process, on first use, into a frozenset: every lookup is one set
membership test, never a scan. Names whose every word is an ordinary English word ("Central",
"Western", "Split", "Nice") are left out here; the recognizers decide such names by context.
"""
from __future__ import annotations

import functools
import gettext
import os
import re

import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.wordlists import fold, is_english_word, load_term_list

__all__ = [
    "ABBREVIATIONS",
    "FORMER_NAMES",
    "country_names_abroad",
    "places_abroad",
    "subdivision_kinds",
    "subdivisions_abroad",
    "towns_abroad",
]

#: the small words inside many places' names ("Rio Grande do Sul", "Santiago del Estero")
_JOINERS = frozenset("""de del la las los di do da dos das el al ad an and of du des le les
am im der upon on sur ob pri na nad pod e y i u w z v""".split())  # noqa: SIM905


_W = r"[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]*(?:['’-][^\W\d_]+)*"
#: a well-formed name: capitalised words first and last, small joining words between
_NAME = re.compile(_W + r"(?:[ ](?:" + _W + r"|" + "|".join(sorted(_JOINERS)) + r"))*")


def _content_words(name: str) -> list[str] | None:
    """The capitalised words of ``name`` if it is a well-formed place name, else None."""
    if not _NAME.fullmatch(name):
        return None
    words = name.split(" ")
    if words[-1] in _JOINERS:
        return None
    return [w for w in words if w not in _JOINERS]


def _ordinary(word: str) -> bool:
    return word.lower() in STOP_WORDS or is_english_word(word) or "-" in word and all(
        is_english_word(p) for p in word.split("-"))


#: names that are ordinary English the dictionary lacks ("Indie" is India in Polish), or a
#: language's name ("Lao")
NOT_PLACES: frozenset[str] = frozenset(("Indie", "Greek", "Dane", "Swede", "Finn", "Pole", "Lao"))


def usable(name: str) -> bool:
    """Whether ``name`` can stand in a place list: well formed, longer than two letters, and
    not made only of ordinary English words ("Central", "Upper East", "Gold Coast")."""
    if len(name) <= 2 or len(name.split(" ", 1)[0]) < 2 or name in NOT_PLACES:
        return False  # "A India", "O Salvador": an article of another language
    content = _content_words(name)
    return content is not None and bool(content) and not all(_ordinary(w) for w in content)


def _forms(name: str) -> set[str]:
    """A name as written and accent-folded, each kept if :func:`usable`."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()  # "Bolzano (it)"
    words = name.split()
    if len(words) > 1 and words[-1][:1].islower() and words[-1] not in _JOINERS:
        name = " ".join(words[:-1])  # "Saldus novads", "Sremski okrug": the kind in lower case
    forms = {name, fold(name)}
    forms |= {f.replace("-", " ") for f in forms if "-" in f}  # "Kwazulu Natal"
    return {n for n in forms if usable(n)}


@functools.cache
def subdivisions_abroad() -> frozenset[str]:
    """The ISO 3166-2 subdivisions of every country but the UK, usable as place names."""
    out: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.country_code != "GB" and "," not in sub.name:
            out |= _forms(sub.name)
    return frozenset(out)


@functools.cache
def subdivision_kinds() -> dict[str, frozenset[str]]:
    """Every ISO 3166-2 subdivision abroad (as written and folded), ordinary words included,
    with its kinds in title case: ``"Rivers" -> {"State"}``, ``"Savannah" -> {"Region"}``. A
    name said with its own kind ("Savannah Region", "Rivers State") is the place whatever the
    words."""
    kinds: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.country_code == "GB" or "," in sub.name:
            continue
        name = re.sub(r"\s*\([^)]*\)\s*$", "", sub.name).strip()
        kind = sub.type.split()[-1].title()  # "Administrative region" -> "Region"
        for n in {name, fold(name)}:
            if _content_words(n):
                kinds.setdefault(n, set()).add(kind)
    return {k: frozenset(v) for k, v in kinds.items()}


#: the translations read: the Latin-script languages of the countries the UK's health and care
#: workforce and its patients come from most, and of Europe (reading all 150-odd costs a
#: second at start-up and adds names in languages nobody here writes)
LOCALES = tuple("""
af ak ast az bs ca cs cy da de ee es et eu fi fil fo fr ga gl ha hr hu id is it kab lt lv mi
ms mt nb_NO nl nn pl pt pt_BR ro rw sk sl so sq sr@latin sv sw tk tl tr uz wo xh yo zu
""".split())  # noqa: SIM905


@functools.cache
def country_names_abroad() -> frozenset[str]:
    """Countries' names in the translations of :data:`LOCALES`, usable as place names: "Deutschland", "España", "Sverige"."""
    locales = pycountry.LOCALES_DIR
    names = [c.name for c in pycountry.countries if c.alpha_2 != "GB"] + [
        c.common_name for c in pycountry.countries if getattr(c, "common_name", None)]
    translated: set[str] = set()
    for locale in LOCALES:
        if not os.path.exists(os.path.join(locales, locale, "LC_MESSAGES", "iso3166-1.mo")):
            continue
        translation = gettext.translation("iso3166-1", locales, languages=[locale])
        translated.update(translation.gettext(name) for name in names)
    out: set[str] = set()
    for name in translated - set(names):
        if _LATIN_START.match(name):
            out |= _forms(name)
    return frozenset(out)


@functools.cache
def country_names() -> frozenset[str]:
    """Countries' and territories' English names (ISO 3166-1), ordinary words among them
    ("Jersey", "Chad", "Turkey"): what a word is when a government's word follows it."""
    return frozenset([c.name for c in pycountry.countries] + [
        c.common_name for c in pycountry.countries if getattr(c, "common_name", None)]
        + list(_ENGLISH_COUNTRY_NAMES))


#: countries by the names English speakers say, where ISO 3166-1 now has another ("Türkiye",
#: "Czechia", "Eswatini", "Myanmar", "North Macedonia", "Cabo Verde", "Timor-Leste") or only
#: a formal one ("Russian Federation", "Brunei Darussalam", "Holy See"), and a few more
_ENGLISH_COUNTRY_NAMES = frozenset((
    "Turkey", "Russia", "Palestine", "Ivory Coast", "Czech Republic", "Swaziland", "Burma",
    "Macedonia", "Cape Verde", "East Timor", "Holland", "Democratic Republic of the Congo",
    "DR Congo", "Brunei", "Micronesia", "Vatican", "The Gambia", "Kosovo", "America",
    "United States of America", "Great Britain", "Britain"))


#: a name that starts in Latin script (the others cannot be in an English transcript's words)
_LATIN_START = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024F]")


@functools.cache
def towns_abroad() -> frozenset[str]:
    """Towns abroad of 15,000+ people (``data/world_towns.txt``), as written and folded."""
    return load_term_list("world_towns.txt")


#: what people call some regions and countries by their initials, from general knowledge:
#: "in KZN", "back in KPK", "locums in NSW", "two years in KSA", "from T&T"; and the
#: universities abroad whose initials are their names ("I qualified from UNILAG", "KNUST")
ABBREVIATIONS: frozenset[str] = frozenset("""
KZN KPK NWFP AJK J&K NSW QLD KSA T&T NRW CDMX PEI BVI PNG
UNILAG UNIBEN UNIMAID UNIZIK UNICAL UNIJOS UNILORIN UNIPORT KNUST LUMS KEMU UKZN UNZA UDSM
MUHAS BPKIHS
""".split())  # noqa: SIM905


#: cities abroad whose names are ordinary English words, with universities or hospitals people
#: name after them ("the University of Split", "Cork University Hospital"), from general
#: knowledge: places only where an institution is named for them
WORD_CITIES: frozenset[str] = frozenset("""
Split Nice Mobile Cork Limerick Natal Buffalo Phoenix Tours Angers Perm Ruse Gent Canton
Savannah Providence Wellington Concord Male Tamale Erode Acre Bologna Tyre Tangier Mascara
Sari Van Flint Anchorage Cairns Midland Surrey Troy Hull Reading Bath Wells Ely Truro
""".split())  # noqa: SIM905


#: former and colonial names of countries, provinces and cities, from general knowledge: how
#: older people, and anyone speaking of where they were born or trained before a renaming,
#: name them ("born in British Honduras", "trained in Ceylon", "nursing in Rhodesia", "grew up
#: in East Pakistan", "qualified in Madras"); a closed list, complete for the twentieth
#: century's renamings of countries and of the large cities people name
FORMER_NAMES: frozenset[str] = frozenset(n.strip() for n in """
British Honduras; British Guiana; Dutch Guiana; French Guiana; Rhodesia; Northern Rhodesia;
Southern Rhodesia; Nyasaland; Bechuanaland; Basutoland; Swaziland; Tanganyika; Zanzibar;
Belgian Congo; Congo-Léopoldville; Congo-Kinshasa; Zaire; Dahomey; Upper Volta; French Sudan;
French Somaliland; British Somaliland; Italian Somaliland; Abyssinia; Portuguese Guinea;
Spanish Guinea; Spanish Sahara; South West Africa; Ruanda-Urundi; Biafra; Transvaal;
Orange Free State; Cape Colony; Bophuthatswana; Transkei; Ciskei; Venda; Ceylon; Burma;
East Pakistan; West Pakistan; East Bengal; Siam; Persia; Mesopotamia; Trucial States;
Trucial Oman; Aden; South Yemen; North Yemen; Malaya; Straits Settlements; Federation of Malaya;
North Borneo; British North Borneo; Sarawak; Kampuchea; Khmer Republic; Indochina;
French Indochina; Formosa; Manchuria; Tibet; Yugoslavia; Czechoslovakia; Soviet Union;
USSR; East Germany; West Germany; GDR; FRG; Prussia; Bohemia; Moravia; Ottoman Empire;
New Hebrides; Gilbert Islands; Ellice Islands; Western Samoa; British Solomon Islands;
Netherlands Antilles; Danish West Indies; British West Indies; Gold Coast; Ivory Coast;
Bombay; Madras; Calcutta; Bangalore; Poona; Baroda; Benares; Simla; Cawnpore; Trivandrum;
Cochin; Mysore; Gurgaon; Allahabad; Rangoon; Peking; Canton; Saigon; Salisbury; Leopoldville;
Elisabethville; Stanleyville; Lourenço Marques; Fort Lamy; Bathurst; Fort-Lamy; Usumbura;
Constantinople; Smyrna; Leningrad; Stalingrad; Königsberg; Danzig; Breslau; Pressburg;
Lemberg; Byelorussia; Moldavia; Kirghizia; Turkmenia; Bessarabia
""".replace("\n", " ").split(";") if n.strip())


@functools.cache
def places_abroad() -> frozenset[str]:
    """All of the above: regions, countries in other languages, towns, :data:`ABBREVIATIONS`
    and :data:`FORMER_NAMES`."""
    return subdivisions_abroad() | country_names_abroad() | towns_abroad() | ABBREVIATIONS \
        | FORMER_NAMES
