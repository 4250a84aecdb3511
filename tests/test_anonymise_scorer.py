"""The anonymisation bench's scorer (bench/_corpus.py) and the labelled corpus's integrity.

No spaCy model is loaded: these run in well under a second or two.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from _corpus import (
    CORPUS_PATH,
    REGISTER_PATH,
    TYPES,
    Detection,
    Document,
    GoldSpan,
    load_corpus,
    load_generator,
    normalise_type,
    rebuild,
    register_text,
    score,
    tokens,
)


def doc(text: str, *spans: tuple[int, int, str]) -> Document:
    return Document("d", "P01", text, tuple(GoldSpan(s, e, t) for s, e, t in spans))


def det(*spans: tuple[int, int] | tuple[int, int, str]) -> list[Detection]:
    return [Detection(*s) for s in spans]  # type: ignore[arg-type]


# "Dr Sarah Khan met Tom."  tokens: Dr 0-2, Sarah 3-8, Khan 9-13, met 14-17, Tom 18-21
SARAH = doc("Dr Sarah Khan met Tom.", (3, 13, "PERSON"), (18, 21, "PERSON"))


def test_tokens_are_letter_digit_runs() -> None:
    text = "Sarah's NHS no. 943 476 5919, e-mail s.khan@nhs.net"
    assert [text[s:e] for s, e in tokens(text)] == [
        "Sarah", "s", "NHS", "no", "943", "476", "5919", "e", "mail", "s", "khan", "nhs", "net"]


@pytest.mark.parametrize(
    ("detections", "recall", "leak", "over", "over_tokens"),
    [
        # nothing detected: 0 of 3 name tokens, both mentions leak, nothing over-redacted
        ([], 0 / 3, 2 / 2, 0 / 2, 0),
        # "Sarah" only: Khan survives so that mention still leaks
        ([(3, 8)], 1 / 3, 2 / 2, 0 / 2, 0),
        # "Dr Sarah Khan": title is a non-identifier token (1 of "Dr", "met")
        ([(0, 13)], 2 / 3, 1 / 2, 1 / 2, 1),
        # a one-character overlap covers a token; (12, 15) touches "Khan" and "met"
        ([(5, 6), (12, 15), (18, 21)], 3 / 3, 0 / 2, 1 / 2, 1),
        # spans touching a token's edge without overlapping it cover nothing ("Dr|" "|met")
        ([(2, 3), (13, 14)], 0 / 3, 2 / 2, 0 / 2, 0),
        # overlapping detections are merged, not double counted
        ([(0, 21), (3, 13), (10, 20)], 3 / 3, 0 / 2, 2 / 2, 2),
    ],
)
def test_person_example(detections, recall, leak, over, over_tokens) -> None:
    s = score([SARAH], {"d": det(*detections)})
    assert s.recall("PERSON") == pytest.approx(recall)
    assert s.leak_rate() == pytest.approx(leak)
    assert s.leak_rate("PERSON") == pytest.approx(leak)
    assert s.over_redaction == pytest.approx(over)
    assert s.over_redacted == over_tokens
    assert s.other_tokens == 2
    assert s.mentions == 2


def test_two_types_and_type_accuracy() -> None:
    # tokens: Call 0-4, 07700 5-10, 900123 11-17, on 18-20, 3 21-22, May 23-26
    d = doc("Call 07700 900123 on 3 May.", (5, 17, "PHONE"), (21, 26, "DATE"))
    s = score([d], {"d": det((5, 11, "PHONE_NUMBER"), (0, 4, "PERSON"))})
    assert (s.per_type["PHONE"].tokens, s.per_type["PHONE"].covered) == (2, 1)
    assert s.recall("PHONE") == pytest.approx(1 / 2)
    assert s.recall("DATE") == 0.0
    assert s.recall() == pytest.approx(1 / 4)
    assert s.leak_rate("PHONE") == 1.0 and s.leak_rate("DATE") == 1.0
    assert s.leak_rate() == 1.0
    assert s.per_type["PHONE"].type_accuracy == 1.0  # PHONE_NUMBER maps to PHONE
    assert s.per_type["DATE"].type_accuracy == 0.0
    assert s.over_redaction == pytest.approx(1 / 2)  # "Call" of {"Call", "on"}
    assert s.over_redacted_words == Counter({"call": 1})
    assert {(m.type, m.surface) for m in s.misses} == {("PHONE", "07700 900123"), ("DATE", "3 May")}


def test_over_redacted_kinds_name_the_label_and_shape_not_the_word() -> None:
    """A held-out set's over-redaction is described by counts of (label, token shape) only."""
    from _corpus import token_shape

    d = doc("Call NHS on 0800 seven, said Joy of GMC.", (0, 0, "PERSON"))
    s = score([d], {"d": det((0, 4, "PERSON"), (5, 8, "ORGANISATION"), (12, 22, "PHONE_NUMBER"),
                             (29, 32, "PERSON"))})
    assert s.over_redacted_kinds == Counter({
        ("PERSON", "capitalised"): 2, ("ORGANISATION", "capitals"): 1,
        ("PHONE_NUMBER", "digits"): 1, ("PHONE_NUMBER", "number word"): 1})
    assert "joy" not in str(s.to_dict(examples=False)).lower()
    assert [token_shape(t) for t in ("0800", "Seven", "GMC", "Joy", "said", "I")] == [
        "digits", "number word", "capitals", "capitalised", "lower case", "capitalised"]


@pytest.mark.parametrize(
    ("detections", "recall", "leaked"),
    [
        ([(9, 14), (19, 29)], 3 / 3, 0),  # "Guy's" + "St Thomas'": the surviving "and" leaks nothing
        ([(9, 14)], 1 / 3, 1),            # "St Thomas" survives
        ([(15, 18)], 0 / 3, 1),           # covering only "and" covers no identifying token
    ],
)
def test_function_words_inside_a_span_do_not_count(detections, recall, leaked) -> None:
    # tokens: I 0-1, was 2-5, at 6-8, Guy 9-12, s 13-14, and 15-18, St 19-21, Thomas 22-28, then 30-34
    d = doc("I was at Guy's and St Thomas' then.", (9, 29, "HOSPITAL"))
    s = score([d], {"d": det(*detections)})
    assert s.per_type["HOSPITAL"].tokens == 3
    assert s.recall("HOSPITAL") == pytest.approx(recall)
    assert s.leaked == leaked
    assert s.other_tokens == 4 and s.over_redacted == 0


def test_a_detection_of_the_wrong_type_still_stops_the_leak() -> None:
    d = doc("I'm 47 now.", (4, 6, "AGE"))
    s = score([d], {"d": det((4, 6, "DATE_TIME"))})
    assert s.leak_rate() == 0.0 and s.recall("AGE") == 1.0
    assert s.per_type["AGE"].type_accuracy == 0.0


def test_scores_add_up_over_documents_and_missing_ids_mean_no_detections() -> None:
    other = Document("e", "P02", "Ring Tom.", (GoldSpan(5, 8, "PERSON"),))
    s = score([SARAH, other], {"d": det((0, 21))})
    # SARAH: 3/3 covered, 0 leaked, over 2/2; other: 0/1 covered, 1 leaked, over 0/1
    assert s.recall("PERSON") == pytest.approx(3 / 4)
    assert s.leak_rate() == pytest.approx(1 / 3)
    assert s.over_redaction == pytest.approx(2 / 3)
    assert s.to_dict()["leaked"] == 1


def test_types_without_mentions_score_as_perfect_not_as_division_by_zero() -> None:
    s = score([doc("Nothing here.")], {})
    assert s.recall("EMAIL") == 1.0 and s.leak_rate() == 0.0 and s.over_redaction == 0.0


@pytest.mark.parametrize(
    ("label", "expected"),
    [("PERSON", "PERSON"), ("EMAIL_ADDRESS", "EMAIL"), ("UK_NHS", "NHS_NUMBER"),
     ("DATE_TIME", "DATE"), ("ORGANIZATION", "HOSPITAL"), ("uk_postcode", "POSTCODE"),
     ("US_DRIVER_LICENSE", None), (None, None)],
)
def test_entity_labels_map_to_gold_types(label, expected) -> None:
    assert normalise_type(label) == expected


def test_rebuild_applies_original_offset_edits() -> None:
    class R:
        def __init__(self, start: int, end: int, replacement: str) -> None:
            self.start, self.end, self.replacement = start, end, replacement

    assert rebuild("Dr Sarah Khan met Tom.", [R(18, 21, "[Colleague A]"), R(3, 13, "[P01]")]) == \
        "Dr [P01] met [Colleague A]."


# --------------------------------------------------------------------------- corpus integrity


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return load_corpus()


@pytest.fixture(scope="module")
def register_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(register_text())))


def nhs_valid(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def test_corpus_size(corpus: list[Document]) -> None:
    assert len(corpus) >= 40
    assert len({d.id for d in corpus}) == len(corpus)
    assert sum(len(d.text.split()) for d in corpus) > 50_000
    assert CORPUS_PATH.stat().st_size < 2_000_000


def test_spans_are_in_range_known_sorted_and_disjoint(corpus: list[Document]) -> None:
    for d in corpus:
        prev_end = 0
        for s in d.spans:
            assert 0 <= s.start < s.end <= len(d.text), (d.id, s)
            assert s.type in TYPES, (d.id, s)
            assert s.start >= prev_end, f"{d.id}: overlapping or unsorted span {s}"
            surface = d.text[s.start:s.end]
            assert surface == surface.strip() and surface[-1] not in ",.?", (d.id, surface)
            prev_end = s.end


def test_every_type_has_at_least_50_mentions(corpus: list[Document]) -> None:
    counts = Counter(s.type for d in corpus for s in d.spans)
    assert {t: counts[t] for t in TYPES if counts[t] < 50} == {}


def test_participants_exist_in_the_register_and_match_it(
        corpus: list[Document], register_rows: list[dict[str, str]]) -> None:
    assert list(register_rows[0]) == ["name", "code", "aliases", "email"]
    by_code = {r["code"]: r for r in register_rows}
    for d in corpus:
        assert d.participant_code in by_code
        assert re.search(rf"^(\[[\d:]+\] )?{d.participant_code}: ", d.text, re.MULTILINE), d.id  # speaker
        for s in d.spans:
            if s.participant is None:
                continue
            row = by_code[s.participant]
            surface = d.text[s.start:s.end]
            if s.type == "PERSON":
                parts = set(row["name"].split()) | {row["name"]} | set(row["aliases"].split(";"))
                assert surface in parts, (d.id, surface, row["code"])
            else:
                assert s.type == "EMAIL"
                spoken = row["email"].replace("@", " at ").replace(".", " dot ")
                assert surface in (row["email"], spoken), (d.id, surface)


def test_identifier_values_are_well_formed(corpus: list[Document]) -> None:
    for d in corpus:
        for s in d.spans:
            v = d.text[s.start:s.end]
            if s.type == "NHS_NUMBER":
                digits = re.sub(r"[ -]", "", v)
                assert len(digits) == 10 and nhs_valid(digits), (d.id, v)
            elif s.type == "GMC_NUMBER":
                assert re.fullmatch(r"\d{7}", v), (d.id, v)
            elif s.type == "POSTCODE":
                assert re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}", v), (d.id, v)
            elif s.type == "EMAIL":
                assert "@" in v or " at " in v, (d.id, v)


def test_hard_negatives_are_present_and_unlabelled(corpus: list[Document]) -> None:
    """Unlabelled 10-digit numbers fail the NHS checksum; 7-digit ones lack GMC context; names-as-words."""
    seen = Counter()
    for d in corpus:
        gold = [(s.start, s.end) for s in d.spans if s.type != "EMAIL"]  # may.lin1@nhs.net

        def labelled(m: re.Match[str], gold: list[tuple[int, int]] = gold) -> bool:
            return any(s < m.end() and m.start() < e for s, e in gold)

        for m in re.finditer(r"(?<![\d ])\d{10}(?![\d])", d.text):
            if not labelled(m):
                assert not nhs_valid(m.group()), (d.id, m.group())
                seen["bad10"] += 1
        for m in re.finditer(r"(?<!\d)\d{7}(?!\d)", d.text):
            if not labelled(m):
                assert "GMC" not in d.text[max(0, m.start() - 40):m.start()], (d.id, m.group())
                seen["num7"] += 1
        for word in ("will", "may", "grace", "six months", "two years", "GROW model", "ST3", "F1"):
            seen[word] += len(re.findall(rf"\b{word}\b", d.text))
        for m in re.finditer(r"\b(will|may|grace)\b", d.text):
            assert not labelled(m), (d.id, m.group())
    assert min(seen.values()) >= 20, seen


def test_committed_corpus_is_what_the_generator_produces(corpus: list[Document]) -> None:
    gen = load_generator()
    people, docs = gen.build_corpus()
    assert gen.register_csv(people) == REGISTER_PATH.read_text(encoding="utf-8")
    with open(CORPUS_PATH, encoding="utf-8") as f:
        committed = [json.loads(line) for line in f]
    assert docs == committed


def test_heldout_pools_share_no_names_or_places_with_the_corpus() -> None:
    gen = load_generator()
    dev, held = gen.POOLS["dev"], gen.POOLS["heldout"]

    def names(p) -> set[str]:
        out = set(p.first_names) | set(p.surnames) | set(p.towns) | set(p.cities)
        out |= set(p.regions) | set(p.streets) | set(p.hospitals) | set(p.practices)
        out |= set(p.trusts) | set(p.postcode_outward)
        for first, sur, aliases, _, _ in p.register:
            out |= {first, sur, *aliases}
        return out

    assert names(dev) & names(held) == set()


def test_heldout_documents_are_labelled_like_the_corpus() -> None:
    from _corpus import heldout_corpus

    docs, reg = heldout_corpus(3, seed=1)
    codes = {r["code"] for r in csv.DictReader(io.StringIO(reg))}
    for d in docs:
        assert d.participant_code in codes
        prev = 0
        for s in d.spans:
            assert prev <= s.start < s.end <= len(d.text) and s.type in TYPES
            assert s.participant is None or s.participant in codes
            prev = s.end


# --------------------------------------------------------------------------- issue 14 additions


def test_misattribution_counts_third_parties_given_a_participants_code() -> None:
    # tokens: Robin 0-5 | rang 6-10 | Dr 11-13 | Cole 14-18 | and 19-22 | Ann 23-26
    d = Document("d", "P01", "Robin rang Dr Cole and Ann.", (
        GoldSpan(0, 5, "PERSON", None, "first"),       # a colleague who shares a name
        GoldSpan(14, 18, "PERSON", "P02", "title_surname"),
        GoldSpan(23, 26, "PERSON", "P03", "first")))
    s = score([d], {"d": [Detection(0, 5, "PERSON", "P01"), Detection(11, 18, "PERSON", "P02"),
                          Detection(23, 26, "PERSON", "P09")]})
    assert (s.third_party, s.misattributed, s.misattribution) == (1, 1, 1.0)
    assert (s.participant_mentions, s.coded_right, s.coded_wrong) == (2, 1, 1)
    assert s.misattributed_examples[0].surface == "Robin"
    # "Dr" before a gold PERSON span is part of the name's phrase, not ordinary language
    assert (s.over_redacted, s.other_tokens) == (1, 3)
    assert (s.over_redacted_ordinary, s.ordinary_tokens) == (0, 2)
    clean = score([d], {"d": [Detection(0, 5, "PERSON"), Detection(14, 18, "PERSON", "P02")]})
    assert clean.misattribution == 0.0 and clean.coded_right == 1


def test_a_place_replaced_as_a_person_is_counted() -> None:
    d = Document("d", "P01", "We moved to Worcester.", (GoldSpan(12, 21, "LOCATION"),))
    assert score([d], {"d": [Detection(12, 21, "PERSON")]}).place_as_person == 1
    assert score([d], {"d": [Detection(12, 21, "LOCATION")]}).place_as_person == 0


@pytest.fixture(scope="module")
def names_generator():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "_names_corpus_test", REPO / "tests" / "corpus" / "names_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_names_corpus_test"] = module
    spec.loader.exec_module(module)
    return module


#: the NATO/ICAO spelling alphabet
NATO_ALPHABET = frozenset("""Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo
Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee
Zulu""".split())  # noqa: SIM905


def _letters(s: str) -> str:
    """The letters of a name, upper case, accents dropped (as a name is spelled aloud)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s).upper() if "A" <= ch <= "Z")


def _bracketed(c) -> list[str]:  # type: ignore[no-untyped-def]
    """The places inside a set's universities and deaneries ("the University of [Dundee]")."""
    return [re.search(r"\[(.*)\]", e).group(1)  # type: ignore[union-attr]
            for e in (*c.universities, *c.deaneries)]


@pytest.mark.parametrize("name", ["names_dev", "names_heldout", "people_heldout", "people_dev",
                                  "people_heldout2", "people_heldout3", "people_heldout4",
                                  "people_dev2", "people_dev3",
                                  "people_heldout5", "people_heldout6", "people_heldout7",
                                  "people_heldout8", "people_heldout9", "people_heldout10",
                                  "people_heldout11", "people_heldout12", "people_heldout13",
                                  "people_heldout14", "people_heldout15",
                                  "people_heldout16", "people_heldout17",
                                  "people_heldout18", "people_heldout19",
                                  "people_heldout20", "people_heldout21",
                                  "people_heldout22", "people_heldout23",
                                  "people_heldout24", "people_heldout25",
                                  "people_heldout26", "people_heldout27",
                                  "people_heldout28"])
def test_names_corpora_are_what_the_generator_produces(names_generator, name: str) -> None:  # type: ignore[no-untyped-def]
    people, docs = names_generator.build(names_generator.load_content(name))
    corpus_dir = REPO / "tests" / "corpus"
    assert names_generator.register_csv(people) == \
        (corpus_dir / f"{name}_register.csv").read_text(encoding="utf-8")
    with open(corpus_dir / f"{name}.jsonl", encoding="utf-8") as f:
        assert docs == [json.loads(line) for line in f]


@pytest.mark.parametrize("name", ["names_dev", "names_heldout", "people_heldout", "people_dev",
                                  "people_heldout2", "people_heldout3", "people_heldout4",
                                  "people_dev2", "people_dev3",
                                  "people_heldout5", "people_heldout6", "people_heldout7",
                                  "people_heldout8", "people_heldout9", "people_heldout10",
                                  "people_heldout11", "people_heldout12", "people_heldout13",
                                  "people_heldout14", "people_heldout15",
                                  "people_heldout16", "people_heldout17",
                                  "people_heldout18", "people_heldout19",
                                  "people_heldout20", "people_heldout21",
                                  "people_heldout22", "people_heldout23",
                                  "people_heldout24", "people_heldout25",
                                  "people_heldout26", "people_heldout27",
                                  "people_heldout28"])
def test_names_corpora_are_labelled_consistently(name: str) -> None:
    corpus_dir = REPO / "tests" / "corpus"
    docs = load_corpus(corpus_dir / f"{name}.jsonl")
    rows = list(csv.DictReader(io.StringIO(
        (corpus_dir / f"{name}_register.csv").read_text(encoding="utf-8"))))
    by_code = {r["code"]: r for r in rows}
    assert len(docs) >= 60 and sum(len(d.spans) for d in docs) >= 2000
    assert {d.style for d in docs} == {"written", "spoken"}
    third = 0
    for d in docs:
        assert d.participant_code in by_code
        prev = 0
        for s in d.spans:
            surface = d.text[s.start:s.end]
            assert prev <= s.start < s.end <= len(d.text) and s.type in TYPES, (d.id, s)
            assert surface == surface.strip(), (d.id, surface)
            prev = s.end
            if s.type != "PERSON":
                assert s.participant is None
                continue
            if s.participant is None:
                third += 1
                continue
            row = by_code[s.participant]
            first, sur = row["name"].split(" ", 1)
            if s.form == "spelled":  # "O-K-E-K-E hyphen A-G-U-L-U", "double L": the surname
                said = re.sub(r"\b(?:hyphen|apostrophe)\b", " ", surface)
                said = re.sub(r"\bdouble ([A-Z])\b", r"\1\1", said)
                assert _letters(said) == _letters(sur), (d.id, surface, s.participant)
                continue
            if s.form == "caps":  # "INTERVIEW WITH DR BAEK": the surname in capitals
                assert surface == sur.upper(), (d.id, surface, s.participant)
                continue
            if s.form == "nato":  # "Papa Hotel Oscar hyphen Lima": the surname, a word a letter
                said = [w for w in surface.split() if w not in ("hyphen", "space", "apostrophe")]
                assert "".join(w[0] for w in said) == _letters(sur), (d.id, surface)
                continue
            if s.form == "citation":  # "Smith JA": the surname, then the initials
                inits = "".join(w[0] for w in re.split(r"[ -]", first) if w)
                assert surface == f"{sur} {inits}", (d.id, surface, s.participant)
                continue
            if s.form == "lower":  # a login or file-name part: "j.smith", "smith_j"
                f, r = _letters(first), _letters(sur)
                assert _letters(surface) in {f + r, f[0] + r, r + f[0]}, (d.id, surface)
                continue
            allowed = {row["name"], first, sur, f"{first[0]}. {sur}", *row["aliases"].split(";")}
            assert surface in allowed, (d.id, surface, s.participant)
    assert third >= 1000  # plenty of third parties to be misattributed


@pytest.mark.parametrize("dev_name,held_name", [("names_dev", "names_heldout"),
                                                 ("names_dev", "people_heldout"),
                                                 ("names_heldout", "people_heldout"),
                                                 ("people_dev", "people_heldout"),
                                                 ("names_dev", "people_heldout2"),
                                                 ("names_heldout", "people_heldout2"),
                                                 ("people_heldout", "people_heldout2"),
                                                 ("people_dev", "people_heldout2"),
                                                 ("names_dev", "people_heldout3"),
                                                 ("names_heldout", "people_heldout3"),
                                                 ("people_heldout", "people_heldout3"),
                                                 ("people_dev", "people_heldout3"),
                                                 ("people_heldout2", "people_heldout3"),
                                                 ("names_dev", "people_heldout4"),
                                                 ("names_heldout", "people_heldout4"),
                                                 ("people_heldout", "people_heldout4"),
                                                 ("people_dev", "people_heldout4"),
                                                 ("people_heldout2", "people_heldout4"),
                                                 ("people_heldout3", "people_heldout4"),
                                                 ("names_dev", "people_dev2"),
                                                 ("names_heldout", "people_dev2"),
                                                 ("people_heldout", "people_dev2"),
                                                 ("people_dev", "people_dev2"),
                                                 ("people_dev2", "people_heldout2"),
                                                 ("people_dev2", "people_heldout3"),
                                                 ("people_dev2", "people_heldout4"),
                                                 ("names_dev", "people_dev3"),
                                                 ("names_heldout", "people_dev3"),
                                                 ("people_heldout", "people_dev3"),
                                                 ("people_dev", "people_dev3"),
                                                 ("people_heldout2", "people_dev3"),
                                                 ("people_heldout3", "people_dev3"),
                                                 ("people_heldout4", "people_dev3"),
                                                 ("names_dev", "people_heldout5"),
                                                 ("names_heldout", "people_heldout5"),
                                                 ("people_heldout", "people_heldout5"),
                                                 ("people_dev", "people_heldout5"),
                                                 ("people_heldout2", "people_heldout5"),
                                                 ("people_heldout3", "people_heldout5"),
                                                 ("people_heldout4", "people_heldout5"),
                                                 ("people_dev2", "people_heldout5"),
                                                 ("people_dev3", "people_heldout5"),
                                                 ("names_dev", "people_heldout6"),
                                                 ("names_heldout", "people_heldout6"),
                                                 ("people_heldout", "people_heldout6"),
                                                 ("people_dev", "people_heldout6"),
                                                 ("people_heldout2", "people_heldout6"),
                                                 ("people_heldout3", "people_heldout6"),
                                                 ("people_heldout4", "people_heldout6"),
                                                 ("people_dev2", "people_heldout6"),
                                                 ("people_dev3", "people_heldout6"),
                                                 ("names_dev", "people_heldout7"),
                                                 ("names_heldout", "people_heldout7"),
                                                 ("people_heldout", "people_heldout7"),
                                                 ("people_dev", "people_heldout7"),
                                                 ("people_heldout2", "people_heldout7"),
                                                 ("people_heldout3", "people_heldout7"),
                                                 ("people_heldout4", "people_heldout7"),
                                                 ("people_dev2", "people_heldout7"),
                                                 ("people_dev3", "people_heldout7"),
                                                 ("people_heldout5", "people_heldout7"),
                                                 ("people_heldout6", "people_heldout7"),

                                                 ("names_dev", "people_heldout8"),
                                                 ("names_heldout", "people_heldout8"),
                                                 ("people_heldout", "people_heldout8"),
                                                 ("people_dev", "people_heldout8"),
                                                 ("people_heldout2", "people_heldout8"),
                                                 ("people_heldout3", "people_heldout8"),
                                                 ("people_heldout4", "people_heldout8"),
                                                 ("people_dev2", "people_heldout8"),
                                                 ("people_dev3", "people_heldout8"),
                                                 ("people_heldout5", "people_heldout8"),
                                                 ("people_heldout6", "people_heldout8"),
                                                 ("names_dev", "people_heldout10"),
                                                 ("names_heldout", "people_heldout10"),
                                                 ("people_heldout", "people_heldout10"),
                                                 ("people_dev", "people_heldout10"),
                                                 ("people_heldout2", "people_heldout10"),
                                                 ("people_heldout3", "people_heldout10"),
                                                 ("people_heldout4", "people_heldout10"),
                                                 ("people_dev2", "people_heldout10"),
                                                 ("people_dev3", "people_heldout10"),
                                                 ("people_heldout5", "people_heldout10"),
                                                 ("people_heldout6", "people_heldout10"),
                                                 ("people_heldout7", "people_heldout10"),
                                                 ("people_heldout8", "people_heldout10"),
                                                 ("names_dev", "people_heldout9"),
                                                 ("names_heldout", "people_heldout9"),
                                                 ("people_heldout", "people_heldout9"),
                                                 ("people_dev", "people_heldout9"),
                                                 ("people_heldout2", "people_heldout9"),
                                                 ("people_heldout3", "people_heldout9"),
                                                 ("people_heldout4", "people_heldout9"),
                                                 ("people_dev2", "people_heldout9"),
                                                 ("people_dev3", "people_heldout9"),
                                                 ("people_heldout5", "people_heldout9"),
                                                 ("people_heldout6", "people_heldout9"),
                                                 ("people_heldout7", "people_heldout9"),
                                                 ("names_dev", "people_heldout11"),
                                                 ("names_heldout", "people_heldout11"),
                                                 ("people_heldout", "people_heldout11"),
                                                 ("people_dev", "people_heldout11"),
                                                 ("people_heldout2", "people_heldout11"),
                                                 ("people_heldout3", "people_heldout11"),
                                                 ("people_heldout4", "people_heldout11"),
                                                 ("people_dev2", "people_heldout11"),
                                                 ("people_dev3", "people_heldout11"),
                                                 ("people_heldout5", "people_heldout11"),
                                                 ("people_heldout6", "people_heldout11"),
                                                 ("people_heldout7", "people_heldout11"),
                                                 ("people_heldout8", "people_heldout11"),
                                                 ("people_heldout9", "people_heldout11"),
                                                 ("people_heldout10", "people_heldout11"),
                                                 ("names_dev", "people_heldout12"),
                                                 ("names_heldout", "people_heldout12"),
                                                 ("people_heldout", "people_heldout12"),
                                                 ("people_dev", "people_heldout12"),
                                                 ("people_heldout2", "people_heldout12"),
                                                 ("people_heldout3", "people_heldout12"),
                                                 ("people_heldout4", "people_heldout12"),
                                                 ("people_dev2", "people_heldout12"),
                                                 ("people_dev3", "people_heldout12"),
                                                 ("people_heldout5", "people_heldout12"),
                                                 ("people_heldout6", "people_heldout12"),
                                                 ("people_heldout7", "people_heldout12"),
                                                 ("people_heldout8", "people_heldout12"),
                                                 ("people_heldout9", "people_heldout12"),
                                                 ("people_heldout10", "people_heldout12"),
                                                 ("people_heldout11", "people_heldout12"),
                                                 ("names_dev", "people_heldout13"),
                                                 ("names_heldout", "people_heldout13"),
                                                 ("people_heldout", "people_heldout13"),
                                                 ("people_dev", "people_heldout13"),
                                                 ("people_heldout2", "people_heldout13"),
                                                 ("people_heldout3", "people_heldout13"),
                                                 ("people_heldout4", "people_heldout13"),
                                                 ("people_dev2", "people_heldout13"),
                                                 ("people_dev3", "people_heldout13"),
                                                 ("people_heldout5", "people_heldout13"),
                                                 ("people_heldout6", "people_heldout13"),
                                                 ("people_heldout7", "people_heldout13"),
                                                 ("people_heldout8", "people_heldout13"),
                                                 ("people_heldout9", "people_heldout13"),
                                                 ("people_heldout10", "people_heldout13"),
                                                 ("people_heldout11", "people_heldout13"),
                                                 ("people_heldout12", "people_heldout13"),
                                                 ("names_dev", "people_heldout14"),
                                                 ("names_heldout", "people_heldout14"),
                                                 ("people_heldout", "people_heldout14"),
                                                 ("people_dev", "people_heldout14"),
                                                 ("people_heldout2", "people_heldout14"),
                                                 ("people_heldout3", "people_heldout14"),
                                                 ("people_heldout4", "people_heldout14"),
                                                 ("people_dev2", "people_heldout14"),
                                                 ("people_dev3", "people_heldout14"),
                                                 ("people_heldout5", "people_heldout14"),
                                                 ("people_heldout6", "people_heldout14"),
                                                 ("people_heldout7", "people_heldout14"),
                                                 ("people_heldout8", "people_heldout14"),
                                                 ("people_heldout9", "people_heldout14"),
                                                 ("people_heldout10", "people_heldout14"),
                                                 ("people_heldout11", "people_heldout14"),
                                                 ("people_heldout12", "people_heldout14"),
                                                 ("people_heldout13", "people_heldout14"),
                                                 ("names_dev", "people_heldout15"),
                                                 ("names_heldout", "people_heldout15"),
                                                 ("people_heldout", "people_heldout15"),
                                                 ("people_dev", "people_heldout15"),
                                                 ("people_heldout2", "people_heldout15"),
                                                 ("people_heldout3", "people_heldout15"),
                                                 ("people_heldout4", "people_heldout15"),
                                                 ("people_dev2", "people_heldout15"),
                                                 ("people_dev3", "people_heldout15"),
                                                 ("people_heldout5", "people_heldout15"),
                                                 ("people_heldout6", "people_heldout15"),
                                                 ("people_heldout7", "people_heldout15"),
                                                 ("people_heldout8", "people_heldout15"),
                                                 ("people_heldout9", "people_heldout15"),
                                                 ("people_heldout10", "people_heldout15"),
                                                 ("people_heldout11", "people_heldout15"),
                                                 ("people_heldout12", "people_heldout15"),
                                                 ("people_heldout13", "people_heldout15"),
                                                 ("people_heldout14", "people_heldout15"),
                                                 ("names_dev", "people_heldout16"),
                                                 ("names_heldout", "people_heldout16"),
                                                 ("people_heldout", "people_heldout16"),
                                                 ("people_dev", "people_heldout16"),
                                                 ("people_heldout2", "people_heldout16"),
                                                 ("people_heldout3", "people_heldout16"),
                                                 ("people_heldout4", "people_heldout16"),
                                                 ("people_dev2", "people_heldout16"),
                                                 ("people_dev3", "people_heldout16"),
                                                 ("people_heldout5", "people_heldout16"),
                                                 ("people_heldout6", "people_heldout16"),
                                                 ("people_heldout7", "people_heldout16"),
                                                 ("people_heldout8", "people_heldout16"),
                                                 ("people_heldout9", "people_heldout16"),
                                                 ("people_heldout10", "people_heldout16"),
                                                 ("people_heldout11", "people_heldout16"),
                                                 ("people_heldout12", "people_heldout16"),
                                                 ("people_heldout13", "people_heldout16"),
                                                 ("people_heldout14", "people_heldout16"),
                                                 ("people_heldout15", "people_heldout16"),
                                                 ("names_dev", "people_heldout17"),
                                                 ("names_heldout", "people_heldout17"),
                                                 ("people_heldout", "people_heldout17"),
                                                 ("people_dev", "people_heldout17"),
                                                 ("people_heldout2", "people_heldout17"),
                                                 ("people_heldout3", "people_heldout17"),
                                                 ("people_heldout4", "people_heldout17"),
                                                 ("people_dev2", "people_heldout17"),
                                                 ("people_dev3", "people_heldout17"),
                                                 ("people_heldout5", "people_heldout17"),
                                                 ("people_heldout6", "people_heldout17"),
                                                 ("people_heldout7", "people_heldout17"),
                                                 ("people_heldout8", "people_heldout17"),
                                                 ("people_heldout9", "people_heldout17"),
                                                 ("people_heldout10", "people_heldout17"),
                                                 ("people_heldout11", "people_heldout17"),
                                                 ("people_heldout12", "people_heldout17"),
                                                 ("people_heldout13", "people_heldout17"),
                                                 ("people_heldout14", "people_heldout17"),
                                                 ("people_heldout15", "people_heldout17"),
                                                 ("people_heldout16", "people_heldout17"),
                                                 ("names_dev", "people_heldout18"),
                                                 ("names_heldout", "people_heldout18"),
                                                 ("people_heldout", "people_heldout18"),
                                                 ("people_dev", "people_heldout18"),
                                                 ("people_heldout2", "people_heldout18"),
                                                 ("people_heldout3", "people_heldout18"),
                                                 ("people_heldout4", "people_heldout18"),
                                                 ("people_dev2", "people_heldout18"),
                                                 ("people_dev3", "people_heldout18"),
                                                 ("people_heldout5", "people_heldout18"),
                                                 ("people_heldout6", "people_heldout18"),
                                                 ("people_heldout7", "people_heldout18"),
                                                 ("people_heldout8", "people_heldout18"),
                                                 ("people_heldout9", "people_heldout18"),
                                                 ("people_heldout10", "people_heldout18"),
                                                 ("people_heldout11", "people_heldout18"),
                                                 ("people_heldout12", "people_heldout18"),
                                                 ("people_heldout13", "people_heldout18"),
                                                 ("people_heldout14", "people_heldout18"),
                                                 ("people_heldout15", "people_heldout18"),
                                                 ("people_heldout16", "people_heldout18"),
                                                 ("people_heldout17", "people_heldout18"),
                                                 ("names_dev", "people_heldout19"),
                                                 ("names_heldout", "people_heldout19"),
                                                 ("people_heldout", "people_heldout19"),
                                                 ("people_dev", "people_heldout19"),
                                                 ("people_heldout2", "people_heldout19"),
                                                 ("people_heldout3", "people_heldout19"),
                                                 ("people_heldout4", "people_heldout19"),
                                                 ("people_dev2", "people_heldout19"),
                                                 ("people_dev3", "people_heldout19"),
                                                 ("people_heldout5", "people_heldout19"),
                                                 ("people_heldout6", "people_heldout19"),
                                                 ("people_heldout7", "people_heldout19"),
                                                 ("people_heldout8", "people_heldout19"),
                                                 ("people_heldout9", "people_heldout19"),
                                                 ("people_heldout10", "people_heldout19"),
                                                 ("people_heldout11", "people_heldout19"),
                                                 ("people_heldout12", "people_heldout19"),
                                                 ("people_heldout13", "people_heldout19"),
                                                 ("people_heldout14", "people_heldout19"),
                                                 ("people_heldout15", "people_heldout19"),
                                                 ("people_heldout16", "people_heldout19"),
                                                 ("people_heldout17", "people_heldout19"),
                                                 ("people_heldout18", "people_heldout19"),
                                                 ("names_dev", "people_heldout20"),
                                                 ("names_heldout", "people_heldout20"),
                                                 ("people_heldout", "people_heldout20"),
                                                 ("people_dev", "people_heldout20"),
                                                 ("people_heldout2", "people_heldout20"),
                                                 ("people_heldout3", "people_heldout20"),
                                                 ("people_heldout4", "people_heldout20"),
                                                 ("people_dev2", "people_heldout20"),
                                                 ("people_dev3", "people_heldout20"),
                                                 ("people_heldout5", "people_heldout20"),
                                                 ("people_heldout6", "people_heldout20"),
                                                 ("people_heldout7", "people_heldout20"),
                                                 ("people_heldout8", "people_heldout20"),
                                                 ("people_heldout9", "people_heldout20"),
                                                 ("people_heldout10", "people_heldout20"),
                                                 ("people_heldout11", "people_heldout20"),
                                                 ("people_heldout12", "people_heldout20"),
                                                 ("people_heldout13", "people_heldout20"),
                                                 ("people_heldout14", "people_heldout20"),
                                                 ("people_heldout15", "people_heldout20"),
                                                 ("people_heldout16", "people_heldout20"),
                                                 ("people_heldout17", "people_heldout20"),
                                                 ("people_heldout18", "people_heldout20"),
                                                 ("people_heldout19", "people_heldout20"),
                                                 ("names_dev", "people_heldout21"),
                                                 ("names_heldout", "people_heldout21"),
                                                 ("people_heldout", "people_heldout21"),
                                                 ("people_dev", "people_heldout21"),
                                                 ("people_heldout2", "people_heldout21"),
                                                 ("people_heldout3", "people_heldout21"),
                                                 ("people_heldout4", "people_heldout21"),
                                                 ("people_dev2", "people_heldout21"),
                                                 ("people_dev3", "people_heldout21"),
                                                 ("people_heldout5", "people_heldout21"),
                                                 ("people_heldout6", "people_heldout21"),
                                                 ("people_heldout7", "people_heldout21"),
                                                 ("people_heldout8", "people_heldout21"),
                                                 ("people_heldout9", "people_heldout21"),
                                                 ("people_heldout10", "people_heldout21"),
                                                 ("people_heldout11", "people_heldout21"),
                                                 ("people_heldout12", "people_heldout21"),
                                                 ("people_heldout13", "people_heldout21"),
                                                 ("people_heldout14", "people_heldout21"),
                                                 ("people_heldout15", "people_heldout21"),
                                                 ("people_heldout16", "people_heldout21"),
                                                 ("people_heldout17", "people_heldout21"),
                                                 ("people_heldout18", "people_heldout21"),
                                                 ("people_heldout19", "people_heldout21"),
                                                 ("people_heldout20", "people_heldout21"),
                                                 ("names_dev", "people_heldout22"),
                                                 ("names_heldout", "people_heldout22"),
                                                 ("people_heldout", "people_heldout22"),
                                                 ("people_dev", "people_heldout22"),
                                                 ("people_heldout2", "people_heldout22"),
                                                 ("people_heldout3", "people_heldout22"),
                                                 ("people_heldout4", "people_heldout22"),
                                                 ("people_dev2", "people_heldout22"),
                                                 ("people_dev3", "people_heldout22"),
                                                 ("people_heldout5", "people_heldout22"),
                                                 ("people_heldout6", "people_heldout22"),
                                                 ("people_heldout7", "people_heldout22"),
                                                 ("people_heldout8", "people_heldout22"),
                                                 ("people_heldout9", "people_heldout22"),
                                                 ("people_heldout10", "people_heldout22"),
                                                 ("people_heldout11", "people_heldout22"),
                                                 ("people_heldout12", "people_heldout22"),
                                                 ("people_heldout13", "people_heldout22"),
                                                 ("people_heldout14", "people_heldout22"),
                                                 ("people_heldout15", "people_heldout22"),
                                                 ("people_heldout16", "people_heldout22"),
                                                 ("people_heldout17", "people_heldout22"),
                                                 ("people_heldout18", "people_heldout22"),
                                                 ("people_heldout19", "people_heldout22"),
                                                 ("people_heldout20", "people_heldout22"),
                                                 ("people_heldout21", "people_heldout22"),
                                                 ("names_dev", "people_heldout23"),
                                                 ("names_heldout", "people_heldout23"),
                                                 ("people_heldout", "people_heldout23"),
                                                 ("people_dev", "people_heldout23"),
                                                 ("people_heldout2", "people_heldout23"),
                                                 ("people_heldout3", "people_heldout23"),
                                                 ("people_heldout4", "people_heldout23"),
                                                 ("people_dev2", "people_heldout23"),
                                                 ("people_dev3", "people_heldout23"),
                                                 ("people_heldout5", "people_heldout23"),
                                                 ("people_heldout6", "people_heldout23"),
                                                 ("people_heldout7", "people_heldout23"),
                                                 ("people_heldout8", "people_heldout23"),
                                                 ("people_heldout9", "people_heldout23"),
                                                 ("people_heldout10", "people_heldout23"),
                                                 ("people_heldout11", "people_heldout23"),
                                                 ("people_heldout12", "people_heldout23"),
                                                 ("people_heldout13", "people_heldout23"),
                                                 ("people_heldout14", "people_heldout23"),
                                                 ("people_heldout15", "people_heldout23"),
                                                 ("people_heldout16", "people_heldout23"),
                                                 ("people_heldout17", "people_heldout23"),
                                                 ("people_heldout18", "people_heldout23"),
                                                 ("people_heldout19", "people_heldout23"),
                                                 ("people_heldout20", "people_heldout23"),
                                                 ("people_heldout21", "people_heldout23"),
                                                 ("people_heldout22", "people_heldout23"),
                                                 ("names_dev", "people_heldout24"),
                                                 ("names_heldout", "people_heldout24"),
                                                 ("people_heldout", "people_heldout24"),
                                                 ("people_dev", "people_heldout24"),
                                                 ("people_heldout2", "people_heldout24"),
                                                 ("people_heldout3", "people_heldout24"),
                                                 ("people_heldout4", "people_heldout24"),
                                                 ("people_dev2", "people_heldout24"),
                                                 ("people_dev3", "people_heldout24"),
                                                 ("people_heldout5", "people_heldout24"),
                                                 ("people_heldout6", "people_heldout24"),
                                                 ("people_heldout7", "people_heldout24"),
                                                 ("people_heldout8", "people_heldout24"),
                                                 ("people_heldout9", "people_heldout24"),
                                                 ("people_heldout10", "people_heldout24"),
                                                 ("people_heldout11", "people_heldout24"),
                                                 ("people_heldout12", "people_heldout24"),
                                                 ("people_heldout13", "people_heldout24"),
                                                 ("people_heldout14", "people_heldout24"),
                                                 ("people_heldout15", "people_heldout24"),
                                                 ("people_heldout16", "people_heldout24"),
                                                 ("people_heldout17", "people_heldout24"),
                                                 ("people_heldout18", "people_heldout24"),
                                                 ("people_heldout19", "people_heldout24"),
                                                 ("people_heldout20", "people_heldout24"),
                                                 ("people_heldout21", "people_heldout24"),
                                                 ("people_heldout22", "people_heldout24"),
                                                 ("people_heldout23", "people_heldout24"),
                                                 ("names_dev", "people_heldout25"),
                                                 ("names_heldout", "people_heldout25"),
                                                 ("people_heldout", "people_heldout25"),
                                                 ("people_dev", "people_heldout25"),
                                                 ("people_heldout2", "people_heldout25"),
                                                 ("people_heldout3", "people_heldout25"),
                                                 ("people_heldout4", "people_heldout25"),
                                                 ("people_dev2", "people_heldout25"),
                                                 ("people_dev3", "people_heldout25"),
                                                 ("people_heldout5", "people_heldout25"),
                                                 ("people_heldout6", "people_heldout25"),
                                                 ("people_heldout7", "people_heldout25"),
                                                 ("people_heldout8", "people_heldout25"),
                                                 ("people_heldout9", "people_heldout25"),
                                                 ("people_heldout10", "people_heldout25"),
                                                 ("people_heldout11", "people_heldout25"),
                                                 ("people_heldout12", "people_heldout25"),
                                                 ("people_heldout13", "people_heldout25"),
                                                 ("people_heldout14", "people_heldout25"),
                                                 ("people_heldout15", "people_heldout25"),
                                                 ("people_heldout16", "people_heldout25"),
                                                 ("people_heldout17", "people_heldout25"),
                                                 ("people_heldout18", "people_heldout25"),
                                                 ("people_heldout19", "people_heldout25"),
                                                 ("people_heldout20", "people_heldout25"),
                                                 ("people_heldout21", "people_heldout25"),
                                                 ("people_heldout22", "people_heldout25"),
                                                 ("people_heldout23", "people_heldout25"),
                                                 ("people_heldout24", "people_heldout25"),
                                                 ("names_dev", "people_heldout26"),
                                                 ("names_heldout", "people_heldout26"),
                                                 ("people_heldout", "people_heldout26"),
                                                 ("people_dev", "people_heldout26"),
                                                 ("people_heldout2", "people_heldout26"),
                                                 ("people_heldout3", "people_heldout26"),
                                                 ("people_heldout4", "people_heldout26"),
                                                 ("people_dev2", "people_heldout26"),
                                                 ("people_dev3", "people_heldout26"),
                                                 ("people_heldout5", "people_heldout26"),
                                                 ("people_heldout6", "people_heldout26"),
                                                 ("people_heldout7", "people_heldout26"),
                                                 ("people_heldout8", "people_heldout26"),
                                                 ("people_heldout9", "people_heldout26"),
                                                 ("people_heldout10", "people_heldout26"),
                                                 ("people_heldout11", "people_heldout26"),
                                                 ("people_heldout12", "people_heldout26"),
                                                 ("people_heldout13", "people_heldout26"),
                                                 ("people_heldout14", "people_heldout26"),
                                                 ("people_heldout15", "people_heldout26"),
                                                 ("people_heldout16", "people_heldout26"),
                                                 ("people_heldout17", "people_heldout26"),
                                                 ("people_heldout18", "people_heldout26"),
                                                 ("people_heldout19", "people_heldout26"),
                                                 ("people_heldout20", "people_heldout26"),
                                                 ("people_heldout21", "people_heldout26"),
                                                 ("people_heldout22", "people_heldout26"),
                                                 ("people_heldout23", "people_heldout26"),
                                                 ("people_heldout24", "people_heldout26"),
                                                 ("people_heldout25", "people_heldout26"),
                                                 ("names_dev", "people_heldout27"),
                                                 ("names_heldout", "people_heldout27"),
                                                 ("people_heldout", "people_heldout27"),
                                                 ("people_dev", "people_heldout27"),
                                                 ("people_heldout2", "people_heldout27"),
                                                 ("people_heldout3", "people_heldout27"),
                                                 ("people_heldout4", "people_heldout27"),
                                                 ("people_dev2", "people_heldout27"),
                                                 ("people_dev3", "people_heldout27"),
                                                 ("people_heldout5", "people_heldout27"),
                                                 ("people_heldout6", "people_heldout27"),
                                                 ("people_heldout7", "people_heldout27"),
                                                 ("people_heldout8", "people_heldout27"),
                                                 ("people_heldout9", "people_heldout27"),
                                                 ("people_heldout10", "people_heldout27"),
                                                 ("people_heldout11", "people_heldout27"),
                                                 ("people_heldout12", "people_heldout27"),
                                                 ("people_heldout13", "people_heldout27"),
                                                 ("people_heldout14", "people_heldout27"),
                                                 ("people_heldout15", "people_heldout27"),
                                                 ("people_heldout16", "people_heldout27"),
                                                 ("people_heldout17", "people_heldout27"),
                                                 ("people_heldout18", "people_heldout27"),
                                                 ("people_heldout19", "people_heldout27"),
                                                 ("people_heldout20", "people_heldout27"),
                                                 ("people_heldout21", "people_heldout27"),
                                                 ("people_heldout22", "people_heldout27"),
                                                 ("people_heldout23", "people_heldout27"),
                                                 ("people_heldout24", "people_heldout27"),
                                                 ("people_heldout25", "people_heldout27"),
                                                 ("people_heldout26", "people_heldout27"),
                                                 ("names_dev", "people_heldout28"),
                                                 ("names_heldout", "people_heldout28"),
                                                 ("people_heldout", "people_heldout28"),
                                                 ("people_dev", "people_heldout28"),
                                                 ("people_heldout2", "people_heldout28"),
                                                 ("people_heldout3", "people_heldout28"),
                                                 ("people_heldout4", "people_heldout28"),
                                                 ("people_dev2", "people_heldout28"),
                                                 ("people_dev3", "people_heldout28"),
                                                 ("people_heldout5", "people_heldout28"),
                                                 ("people_heldout6", "people_heldout28"),
                                                 ("people_heldout7", "people_heldout28"),
                                                 ("people_heldout8", "people_heldout28"),
                                                 ("people_heldout9", "people_heldout28"),
                                                 ("people_heldout10", "people_heldout28"),
                                                 ("people_heldout11", "people_heldout28"),
                                                 ("people_heldout12", "people_heldout28"),
                                                 ("people_heldout13", "people_heldout28"),
                                                 ("people_heldout14", "people_heldout28"),
                                                 ("people_heldout15", "people_heldout28"),
                                                 ("people_heldout16", "people_heldout28"),
                                                 ("people_heldout17", "people_heldout28"),
                                                 ("people_heldout18", "people_heldout28"),
                                                 ("people_heldout19", "people_heldout28"),
                                                 ("people_heldout20", "people_heldout28"),
                                                 ("people_heldout21", "people_heldout28"),
                                                 ("people_heldout22", "people_heldout28"),
                                                 ("people_heldout23", "people_heldout28"),
                                                 ("people_heldout24", "people_heldout28"),
                                                 ("people_heldout25", "people_heldout28"),
                                                 ("people_heldout26", "people_heldout28"),
                                                 ("people_heldout27", "people_heldout28"),
                                                 ("people_heldout8", "people_heldout9")])
def test_names_heldout_sets_share_no_pools_with_other_sets(  # type: ignore[no-untyped-def]
        names_generator, dev_name: str, held_name: str) -> None:
    dev = names_generator.load_content(dev_name)
    held = names_generator.load_content(held_name)

    def pools(c) -> set[str]:  # type: ignore[no-untyped-def]
        out = set(c.first_names) | set(c.surnames) | set(c.towns) | set(c.cities)
        out |= set(c.regions) | set(c.abroad) | set(c.countries) | set(c.trusts)
        out |= set(c.practices) | {h for h, _ in c.hospitals} | set(c.unihosp_places)
        out |= {s for _, shorts in c.hospitals for s in shorts}
        out |= set(c.universities) | set(c.deaneries) | set(_bracketed(c))
        for first, sur, aliases in c.register:
            out |= {sur, *aliases}
        return out

    assert pools(dev) & pools(held) == set()
    assert set(dev.participant_written).isdisjoint(held.participant_written)
    assert set(dev.participant_spoken).isdisjoint(held.participant_spoken)
    assert set(dev.interviewer).isdisjoint(held.interviewer)
    if held_name in ("people_heldout2", "people_heldout3", "people_heldout4",
                     "people_dev2", "people_dev3", "people_heldout5",
                     "people_heldout6", "people_heldout7",
                     "people_heldout8",
                     "people_heldout9", "people_heldout10",
                     "people_heldout11", "people_heldout12",
                     "people_heldout13", "people_heldout14",
                     "people_heldout15", "people_heldout16",
                     "people_heldout17", "people_heldout18",
                     "people_heldout19", "people_heldout20",
                     "people_heldout21", "people_heldout22",
                     "people_heldout23", "people_heldout24",
                     "people_heldout25", "people_heldout26",
                     "people_heldout27",
                     "people_heldout28"):  # blind sets, round 4's dev: nothing shared
        def words(c) -> set[str]:  # type: ignore[no-untyped-def]
            out = set(c.word_names) | {first for first, _, _ in c.register}
            out |= set(c.negatives) | set(c.theories) | set(c.idioms) | set(c.bodies)
            out |= set(c.initials) | set(c.headers) | set(c.footers)
            return out | {line for pair in (*c.openings, *c.closings) for line in pair}

        assert (pools(dev) | words(dev)).isdisjoint(pools(held) | words(held))


@pytest.mark.parametrize("first,second", [("people_heldout5", "people_heldout6"),
                                          ("people_heldout7", "people_heldout8"),
                                          ("people_heldout9", "people_heldout10")])
def test_blind_names_sets_of_one_round_share_no_pool_entry_with_each_other(  # type: ignore[no-untyped-def]
        names_generator, first: str, second: str) -> None:
    """Each round's two blind names sets (5 and 6 in round 5, 7 and 8 in round 6) were written
    at the same time by two authors who could not see each other's work, split by the first
    letter of every pool entry (A-L and M-Z). Their names, places and organisations are
    disjoint; their templates may share an everyday phrasing ("Did you enjoy
    {HOSP:short}?"), which neither set was tuned on."""
    a = names_generator.load_content(first)
    b = names_generator.load_content(second)

    def pools(c) -> set[str]:  # type: ignore[no-untyped-def]
        out = set(c.first_names) | set(c.surnames) | set(c.word_names) | set(c.towns)
        out |= set(c.cities) | set(c.regions) | set(c.abroad) | set(c.countries)
        out |= set(c.trusts) | set(c.practices) | set(c.unihosp_places) | set(_bracketed(c))
        out |= {x for h, shorts in c.hospitals for x in (h, *shorts)}
        return out | {x for first, sur, aliases in c.register for x in (first, sur, *aliases)}

    assert pools(a) and pools(b) and pools(a).isdisjoint(pools(b))


@pytest.mark.parametrize("name", ["people_heldout2", "people_heldout3", "people_heldout4",
                                  "people_dev2", "people_dev3",
                                  "people_heldout5", "people_heldout6", "people_heldout7",
                                  "people_heldout8", "people_heldout9", "people_heldout10",
                                  "people_heldout11", "people_heldout12", "people_heldout13",
                                  "people_heldout14", "people_heldout15",
                                  "people_heldout16", "people_heldout17",
                                  "people_heldout18", "people_heldout19",
                                  "people_heldout20", "people_heldout21",
                                  "people_heldout22", "people_heldout23",
                                  "people_heldout24", "people_heldout25",
                                  "people_heldout26", "people_heldout27",
                                  "people_heldout28"])
def test_blind_heldout_names_and_places_are_not_in_the_main_generators(  # type: ignore[no-untyped-def]
        names_generator, name: str) -> None:
    """The blind sets (rounds 2 and 3) and round 4's ``people_dev2`` share no name, place or
    organisation with the written and spoken generators either (whole words), so no earlier
    tuning could have seen them."""

    held = names_generator.load_content(name)
    corpus_dir = REPO / "tests" / "corpus"
    text = (corpus_dir / "generate.py").read_text(encoding="utf-8")
    text += (corpus_dir / "spoken" / "generate.py").read_text(encoding="utf-8")
    # the spoken generator's per-set renderings live beside it, one module a set
    text += "".join(p.read_text(encoding="utf-8")
                    for p in sorted((corpus_dir / "spoken").glob("render_v*.py")))
    entries = set(held.first_names) | set(held.surnames) | set(held.word_names)
    entries |= set(held.towns) | set(held.cities) | set(held.regions) | set(held.abroad)
    entries |= set(held.countries) | set(held.trusts) | set(held.practices)
    entries |= {x for h, shorts in held.hospitals for x in (h, *shorts)}
    entries |= {x for first, sur, aliases in held.register for x in (first, sur, *aliases)}
    entries |= set(_bracketed(held))
    found = {e for e in entries
             if _said(e, text)}
    # the spelling alphabet ("E for Echo") that spoken/dev2 spells with is a fixed standard's
    # vocabulary, not a name any tuning saw as a person: a blind set may still name an Echo
    assert found - NATO_ALPHABET == set()


@pytest.mark.parametrize("name, spoken_modules, at_least", [
    # round 9's blind names set, against the spoken generator and heldout2 to heldout5;
    # spoken/heldout6 was written the same hour by a writer who could not read it (two pool
    # entries occur in both by chance, harmless while both are blind: nobody tuned on either)
    ("people_heldout11", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py"), 900),
    # round 11's, against the generator and heldout2 to heldout6; spoken/heldout7 was written
    # the same hour (13 entries occur in both, counted at the merge, not read; both blind)
    ("people_heldout12", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py"), 700),
    # round 12's, against the generator and heldout2 to heldout7; spoken/heldout8 was written
    # the same hour by a writer who could not read it (left to the merge; both blind)
    ("people_heldout13", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py"), 700),
    # round 13's, against the generator and heldout2 to heldout8; spoken/heldout9 was written
    # the same hour by a writer who could not read it (left to the merge; both blind)
    ("people_heldout14", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py"), 700),
    # round 14's, against the generator and heldout2 to heldout9; spoken/heldout10 was written
    # the same hour by a writer who could not read it (left to the merge; both blind)
    ("people_heldout15", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py"), 600),
    # round 15's, against the generator and heldout2 to heldout10; spoken/heldout11 was written
    # the same hour by a writer who could not read it (4 of 564 entries occur in it, counted at
    # the merge, not printed; both blind)
    ("people_heldout16", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py"), 500),
    # round 16's, against the generator and heldout2 to heldout11; spoken/heldout12 was written
    # the same hour by a writer who could not read it (left to the merge; both blind)
    ("people_heldout17", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py"), 500),
    # round 17's, against the generator and heldout2 to heldout12; spoken/heldout13 was written
    # the same hour by a writer who could not read it (left to the merge; both blind)
    ("people_heldout18", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py"), 500),
    # round 18's, against the generator and heldout2 to heldout13 (the still-blind ones checked
    # by a script that printed only counts and this set's own pool indices); the spoken set of
    # round 18 was written the same hour by a writer who could not read it (left to the merge)
    ("people_heldout19", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py"), 500),
    # round 19's, against the generator and heldout2 to heldout14 (the still-blind ones checked
    # by a script that printed only counts and this set's own pool indices); the spoken set of
    # round 19 was written the same hour by a writer who could not read it (left to the merge)
    ("people_heldout20", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py"), 500),
    # round 20's, against the generator and heldout2 to heldout15 (the still-blind ones checked
    # by a script that printed only counts and this set's own pool indices); the spoken set of
    # round 20 was written the same hour by a writer who could not read it (left to the merge)
    ("people_heldout21", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py", "heldout15.py"), 400),
    # round 21's, against the generator and heldout2 to heldout16 (the still-blind ones checked
    # by a script that printed only counts and this set's own pool indices); the spoken set of
    # round 21 was written the same hour by a writer who could not read it (left to the merge)
    ("people_heldout22", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py", "heldout15.py", "heldout16.py"), 400),
    # round 22's, against the generator and heldout2 to heldout18 (the still-blind ones checked
    # by a script that printed only counts and this set's own pool indices); heldout18, the
    # spoken set of round 22, was written the same hour by a writer who could not read it, and
    # added here at the merge (0 shared)
    ("people_heldout23", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py", "heldout15.py", "heldout16.py",
                          "heldout17.py", "heldout18.py"), 400),
    # round 23's, against the generator and heldout2 to heldout18 (the still-blind ones checked
    # by a script that printed only counts and this set's own pool indices); heldout19, the
    # spoken set of round 23, was written the same hour by a writer who could not read it, and
    # added here at the merge
    ("people_heldout24", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py", "heldout15.py", "heldout16.py",
                          "heldout17.py", "heldout18.py", "heldout19.py"), 400),
    # round 24's, against the generator and heldout2 to heldout19 (the still-blind ones checked
    # by a script that printed only counts and this set's own entries); spoken/heldout20, the
    # spoken set of round 24, was written the same hour by a writer who could not read it, and
    # added here at the merge
    ("people_heldout25", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py", "heldout15.py", "heldout16.py",
                          "heldout17.py", "heldout18.py", "heldout19.py", "heldout20.py"), 400),
    # round 25's, against the generator and heldout2 to heldout20 (the still-blind ones checked
    # by a script that printed only counts and this set's own entries); spoken/heldout21, the
    # spoken set of round 25, was written the same hour by a writer who could not read it (left
    # to the merge)
    ("people_heldout26", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py", "heldout15.py", "heldout16.py",
                          "heldout17.py", "heldout18.py", "heldout19.py", "heldout20.py",
                          "heldout21.py"), 400),
    # round 26's, against the generator and heldout2 to heldout21 (the still-blind ones checked
    # by a script that printed only counts and this set's own entries); spoken/heldout22, the
    # spoken set of round 26, was written the same hour by a writer who could not read it
    # (checked at the merge)
    ("people_heldout27", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py", "heldout15.py", "heldout16.py",
                          "heldout17.py", "heldout18.py", "heldout19.py", "heldout20.py",
                          "heldout21.py", "heldout22.py"), 400),
    # round 27's, against the generator and heldout2 to heldout22 (the still-blind ones checked
    # by running the spoken sets' tests on this set's own lines only); spoken/heldout23, the
    # spoken set of round 27, was written the same hour by a writer who could not read it
    # (checked at the merge)
    ("people_heldout28", ("generate.py", "heldout2.py", "heldout3.py", "heldout4.py",
                          "heldout5.py", "heldout6.py", "heldout7.py", "heldout8.py",
                          "heldout9.py", "heldout10.py", "heldout11.py", "heldout12.py",
                          "heldout13.py", "heldout14.py", "heldout15.py", "heldout16.py",
                          "heldout17.py", "heldout18.py", "heldout19.py", "heldout20.py",
                          "heldout21.py", "heldout22.py", "heldout23.py"), 400),
])
def test_a_blind_names_set_shares_no_name_or_place_with_the_spoken_sets(  # type: ignore[no-untyped-def]
        names_generator, name: str, spoken_modules: tuple[str, ...], at_least: int) -> None:
    """A blind names set was checked against the spoken sets' content as well: none of its
    names, aliases, places or organisations occurs there as a whole word. (The spoken sets' own
    tests check the other direction: none of their entries is said in the names module.)"""
    held = names_generator.load_content(name)
    spoken_dir = REPO / "tests" / "corpus" / "spoken"
    text = "".join((spoken_dir / f).read_text(encoding="utf-8") for f in spoken_modules)
    if "generate.py" in spoken_modules:  # and its per-set renderings, one module a set beside it
        text += "".join(p.read_text(encoding="utf-8")
                        for p in sorted(spoken_dir.glob("render_v*.py")))
    entries = set(held.first_names) | set(held.surnames) | set(held.word_names)
    entries |= set(held.towns) | set(held.cities) | set(held.regions) | set(held.abroad)
    entries |= set(held.countries) | set(held.trusts) | set(held.practices)
    entries |= set(held.unihosp_places) | set(_bracketed(held))
    entries |= {x for h, shorts in held.hospitals for x in (h, *shorts)}
    entries |= {x for first, sur, aliases in held.register for x in (first, sur, *aliases)}
    assert len(entries) > at_least
    found = {e for e in entries
             if _said(e, text)}
    assert found == set()


#: hard-negative development sets written in the same round as a blind set, blind to it
_WRITTEN_WITH: dict[str, set[str]] = {"people_heldout14": {"negatives_dev5.py"}}


@pytest.mark.parametrize("name", ["people_heldout14", "people_heldout15",
                                  "people_heldout16", "people_heldout17",
                                  "people_heldout18", "people_heldout19",
                                  "people_heldout20", "people_heldout21",
                                  "people_heldout22", "people_heldout23",
                                  "people_heldout24", "people_heldout25",
                                  "people_heldout26", "people_heldout27",
                                  "people_heldout28"])
def test_a_blind_names_set_shares_no_name_or_place_with_the_negatives_sets(  # type: ignore[no-untyped-def]
        names_generator, name: str) -> None:
    """Round 13's, round 14's and round 15's blind names sets were also checked against the
    hard-negative development sets (``negatives_dev*.py``, tuned on): none of their names,
    aliases, places or organisations occurs in them as a whole word, so no over-redaction fix
    could have been fitted to them. ``negatives_dev5`` was written in round 13, blind to
    ``people_heldout14``, and is not compared with it; ``people_heldout15``,
    ``people_heldout16``, ``people_heldout17`` and ``people_heldout18`` are compared with all
    five."""
    held = names_generator.load_content(name)
    corpus_dir = REPO / "tests" / "corpus"
    modules = [m for m in sorted(corpus_dir.glob("negatives_dev*.py"))
               if m.name not in _WRITTEN_WITH.get(name, set())]
    assert len(modules) >= 4
    text = "".join(m.read_text(encoding="utf-8") for m in modules)
    entries = set(held.first_names) | set(held.surnames) | set(held.word_names)
    entries |= set(held.towns) | set(held.cities) | set(held.regions) | set(held.abroad)
    entries |= set(held.countries) | set(held.trusts) | set(held.practices)
    entries |= set(held.unihosp_places) | set(_bracketed(held))
    entries |= {x for h, shorts in held.hospitals for x in (h, *shorts)}
    entries |= {x for first, sur, aliases in held.register for x in (first, sur, *aliases)}
    found = {e for e in entries if _said(e, text)}
    assert found == set()


def test_people_heldout25_counts_forms_and_hard_negatives() -> None:
    """Round 24's blind names set (blood-donor sessions and organ donation, London, the Home
    Counties, the South East and East Anglia): its size, the DATE/AGE forms and the chat-sender
    form only it uses, and hard negatives that are present and never inside a gold span. Counts
    and shapes only: no string of its pools is listed here."""
    docs = load_corpus(REPO / "tests" / "corpus" / "people_heldout25.jsonl")
    assert len(docs) == 60
    assert sum(d.style == "written" for d in docs) == 30
    assert 50_000 <= sum(len(d.text.split()) for d in docs) <= 62_000
    spans = [s for d in docs for s in d.spans]
    assert len(spans) >= 4000
    forms = {(s.type, s.form) for s in spans}
    for form in ("d_mon_y", "d_mon_yy", "wkd_d_mon", "slash_nopad", "compact", "ord_of_year",
                 "month_apos", "said_month_the_year", "said_weekday_the", "dob_said_digits",
                 "dob_slash_nopad", "dob_d_mon_y", "dob_ord_of_year"):
        assert ("DATE", form) in forms, form
    for form in ("hyphen", "said_hyphen", "sexage", "said", "num"):
        assert ("AGE", form) in forms, form
    for type_, form in (("PERSON", "first_initial"), ("PERSON", "handle"), ("PERSON", "initials"),
                        ("PERSON", "reversed"), ("PERSON", "spelled"), ("PERSON", "alias"),
                        ("PERSON", "plural"), ("PERSON", "word"), ("HOSPITAL", "ward"),
                        ("LOCATION", "address"), ("POSTCODE", "postcode"), ("EMAIL", "spoken")):
        assert (type_, form) in forms, (type_, form)
    for d in docs:
        for s in d.spans:
            surface = d.text[s.start:s.end]
            if s.type == "DATE" and s.form == "compact":
                assert re.fullmatch(r"20[0-2]\d[01]\d[0-3]\d", surface)
            if s.type == "AGE":
                assert not surface.startswith(("the ", "a ")) and "year" not in surface
            if s.type in ("HOSPITAL", "LOCATION"):
                assert not surface.startswith("the "), surface
    negatives = ("142/88", "16-gauge", "470 ml", "Anthony Nolan", "NHS Blood and Transplant",
                 "24/7", "1/2 of the bag", "06:30", "A140", "Ward 7, bed 12", "band 3",
                 "Marie Curie", "O negative", "Kell negative", "12 weeks")
    seen = set()
    for d in docs:
        for neg in negatives:
            for m in re.finditer(re.escape(neg), d.text):
                seen.add(neg)
                assert not any(s.start < m.end() and m.start() < s.end for s in d.spans), neg
    assert seen == set(negatives)


#: people_heldout26's own DATE forms (as ships and ports write and say them) and their shapes
_HELDOUT26_DATES: dict[str, str] = {
    "dtg": r"\d{6}Z [A-Z]{3} \d{2}", "caps_compact": r"\d{2}[A-Z]{3}\d{2}",
    "us_slash": r"\d{2}/\d{2}/\d{4}", "us_long": r"[A-Z][a-z]+ \d{1,2}, \d{4}",
    "dm_slash": r"\d{2}/\d{2}", "mon_yy_dash": r"[A-Z][a-z]{2}-\d{2}",
    "said_day_month": r"[a-z-]+ [A-Z][a-z]+", "said_card": r"[A-Z][a-z]+ [a-z-]+",
    "said_card_year": r"[A-Z][a-z]+ [a-z-]+, [a-z -]+",
}


def test_people_heldout26_counts_forms_and_hard_negatives() -> None:
    """Round 25's blind names set (ships, ports, platforms and lifeboats in Scotland, Wales and
    the South West): its size, every DATE and AGE labelled in the forms its author writes, the
    crew list's "SURNAME, Given" as two spans, and its hard negatives present and unlabelled."""
    docs = load_corpus(REPO / "tests" / "corpus" / "people_heldout26.jsonl")
    assert len(docs) == 60
    assert Counter(d.style for d in docs) == {"written": 30, "spoken": 30}
    assert 50_000 <= sum(len(d.text.split()) for d in docs) <= 60_000
    spans = [(d, s) for d in docs for s in d.spans]
    assert len(spans) >= 4000
    forms = Counter((s.type, s.form) for _, s in spans)
    for form in _HELDOUT26_DATES:
        n = forms[("DATE", form)] + forms[("DATE", "dob_" + form)]
        assert n >= 5, form
    for d, s in spans:
        surface = d.text[s.start:s.end]
        if s.type == "DATE" and s.form.removeprefix("dob_") in _HELDOUT26_DATES:
            assert re.fullmatch(_HELDOUT26_DATES[s.form.removeprefix("dob_")], surface), surface
        if s.type == "AGE":  # the number only, in digits or words
            assert re.fullmatch(r"\d{1,2}|[a-z]+(?:-[a-z]+)?", surface), surface
            if s.form == "agesex":  # "43M" on a medevac form
                assert d.text[s.end] in "MF"
            if s.form == "yoa":
                assert d.text[s.end:s.end + 4] == " yoa"
            if s.form == "said_yoa":
                assert d.text[s.end:s.end + 13] == " years of age"
    for form in ("agesex", "yoa", "said_yoa", "num", "said", "paren"):
        assert forms[("AGE", form)] >= 5, form
    # the crew list's "SURNAME, Given": a caps span, a comma, the given name as a second span
    pairs = sum(1 for d in docs for a, b in zip(d.spans, d.spans[1:])
                if a.form == "caps" and b.form == "reversed" and d.text[a.end:b.start] == ", ")
    assert pairs >= 50
    for type_, at_least in (("PERSON", 2000), ("LOCATION", 800), ("HOSPITAL", 250),
                            ("DATE", 500), ("AGE", 250), ("EMAIL", 30), ("POSTCODE", 15)):
        assert sum(1 for _, s in spans if s.type == type_) >= at_least, type_
    third = sum(1 for _, s in spans if s.type == "PERSON" and s.participant is None)
    assert third >= 1000
    # hard negatives: in the text and outside every gold span
    negatives = ("PZ 1187", "MHQR7", "232004512", "58°12'N 006°40'W", "Force eight",
                 "Neil Robertson stretcher", "Thomas splint", "FV Silver Spray", "Ocean Harvester",
                 "Channel 16", "Trinity House", "Mother Carey's chickens", "14:20", "pain 6/10",
                 "Guiding Star", "Pan-pan", "twelve-hour shifts", "Uncle Tom Cobley")
    for word in negatives:
        found = 0
        for d in docs:
            for m in re.finditer(re.escape(word), d.text):
                found += 1
                assert not any(s.start < m.end() and m.start() < s.end for s in d.spans), (d.id, word)
        assert found, word



#: people_heldout27's own DATE forms (as care homes and home-care runs write and say them)
_HELDOUT27_DATE_SHAPES = {
    "wkd_dm_slash": r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [0-3]\d/[01]\d",
    "dash_num": r"[0-3]\d-[01]\d-20[0-2]\d",
    "dm_nopad": r"[1-3]?\d/1?\d",
    "mon_d": r"[A-Z][a-z]{2} [1-3]?\d",
    "d_month_y": r"[1-3]?\d [A-Z][a-z]+ 20[0-2]\d",
    "said_of_the_num": r"[a-z-]+ of the [a-z-]+",
    "said_ord_month": r"[a-z-]+ [A-Z][a-z]+",
}


def test_people_heldout27_counts_forms_and_hard_negatives() -> None:
    """Round 26's blind names set (care homes and home care in the North of England, the
    Midlands and Northern Ireland): its size, the DATE/AGE forms and the rota-signature form only
    it uses, and hard negatives that are present and never inside a gold span. Counts and shapes
    only: no string of its pools is listed here."""
    docs = load_corpus(REPO / "tests" / "corpus" / "people_heldout27.jsonl")
    assert len(docs) == 60
    assert sum(d.style == "written" for d in docs) == 30
    assert 50_000 <= sum(len(d.text.split()) for d in docs) <= 62_000
    spans = [s for d in docs for s in d.spans]
    assert len(spans) >= 4000
    forms = {(s.type, s.form) for s in spans}
    for form in (*_HELDOUT27_DATE_SHAPES, "dob_dash_num", "dob_d_month_y",
                 "dob_said_of_the_num_yy", "slash4", "d_mon_y", "month_year"):
        assert ("DATE", form) in forms, form
    for form in ("yrs_compact", "yr_hyphen", "said_year_old", "ton", "num", "said", "yo",
                 "said_hyphen"):
        assert ("AGE", form) in forms, form
    for type_, form in (("PERSON", "signature"), ("PERSON", "citation"), ("PERSON", "initials"),
                        ("PERSON", "reversed"), ("PERSON", "spelled"), ("PERSON", "alias"),
                        ("PERSON", "plural"), ("PERSON", "word"), ("PERSON", "handle"),
                        ("HOSPITAL", "ward"), ("LOCATION", "address"), ("POSTCODE", "postcode"),
                        ("EMAIL", "spoken"), ("LOCATION", "university")):
        assert (type_, form) in forms, (type_, form)
    for d in docs:
        for s in d.spans:
            surface = d.text[s.start:s.end]
            if s.type == "DATE" and s.form in _HELDOUT27_DATE_SHAPES:
                assert re.fullmatch(_HELDOUT27_DATE_SHAPES[s.form], surface), (s.form, surface)
            if s.type == "AGE":
                assert re.fullmatch(r"\d+|[a-z]+(?:-[a-z]+)?", surface), surface
                if s.form == "ton":
                    assert 100 <= int(surface) <= 106
            if s.type in ("HOSPITAL", "LOCATION"):
                assert not surface.startswith("the "), surface
            if s.type == "PERSON" and s.form == "signature":
                assert s.participant is None and re.fullmatch(r"[A-Z]\.[A-Z][\w'-]+", surface)
    negatives = ("Northern Ireland", "Herbert Protocol", "98/60", "07:15", "Waterlow 18",
                 "Room 12", "band 3", "180 kg", "12.21", "Zimmer frame", "Certificate of Sponsorship",
                 "12-week", "Care Certificate", "5 mg", "111", "w/c", "22 miles")
    seen = set()
    for d in docs:
        for neg in negatives:
            for m in re.finditer(re.escape(neg), d.text):
                seen.add(neg)
                assert not any(s.start < m.end() and m.start() < s.end for s in d.spans), neg
    assert seen == set(negatives)

def test_every_corpus_register_is_one_the_engine_accepts() -> None:
    """Each register a corpus ships is loaded by the engine's own parser (the one `participant
    import` uses), so no set can be scored only by a bench that skips its register: round 9's
    first render used codes with a '/', which the register refuses (a code may name a file)."""
    from _corpus import discover_corpora

    from vault.anonymise.register import Register

    registers = {c.name: c.register_csv for c in discover_corpora(generated_heldout=0)}
    assert len(registers) > 20
    for name, register_csv in registers.items():
        assert register_csv is not None, name
        assert len(Register.from_csv(register_csv).entries) > 0, name


def test_only_picks_a_still_blind_set_by_its_exact_name_alone() -> None:
    """`--only spoken/heldout` scores the development sets it names part of, never a blind
    set whose name merely contains it; a blind set is scored when it is named in full."""
    from _corpus import discover_corpora
    from anonymise_quality import (
        RETIRED_IN_ROUND_15,
        RETIRED_IN_ROUND_16,
        RETIRED_IN_ROUND_17,
        RETIRED_IN_ROUND_18,
        RETIRED_IN_ROUND_19,
        RETIRED_IN_ROUND_20,
        RETIRED_IN_ROUND_21,
        RETIRED_IN_ROUND_22,
        RETIRED_IN_ROUND_23,
        RETIRED_IN_ROUND_24,
        RETIRED_IN_ROUND_25,
        RETIRED_IN_ROUND_26,
        RETIRED_IN_ROUND_27,
        STILL_BLIND,
        select_corpora,
    )

    corpora = discover_corpora(generated_heldout=0)
    assert "spoken/heldout21" in STILL_BLIND
    by_part = {c.name for c in select_corpora(corpora, ["spoken/heldout"])}
    assert {"spoken/heldout", "spoken/heldout2", "spoken/heldout4"} <= by_part
    assert by_part.isdisjoint(STILL_BLIND)
    # sets retired into development are chosen by part like any development set
    assert RETIRED_IN_ROUND_15.isdisjoint(STILL_BLIND)
    assert {"spoken/heldout5", "spoken/heldout6", "spoken/heldout7"} <= by_part
    assert RETIRED_IN_ROUND_16.isdisjoint(STILL_BLIND)
    assert {"spoken/heldout8", "spoken/heldout9"} <= by_part
    assert {"people_heldout12", "people_heldout13"} <= {
        c.name for c in select_corpora(corpora, ["people_heldout1"])}
    assert RETIRED_IN_ROUND_17.isdisjoint(STILL_BLIND)
    assert "spoken/heldout10" in by_part
    assert {"people_heldout14", "people_heldout17"} <= {
        c.name for c in select_corpora(corpora, ["people_heldout1"])}
    assert {c.name for c in select_corpora(corpora, ["spoken"])}.isdisjoint(STILL_BLIND)
    assert RETIRED_IN_ROUND_18.isdisjoint(STILL_BLIND)
    assert "spoken/heldout11" in by_part
    assert {"people_heldout15", "people_heldout18"} <= {
        c.name for c in select_corpora(corpora, ["people_heldout1"])}
    assert RETIRED_IN_ROUND_19.isdisjoint(STILL_BLIND)
    assert "spoken/heldout12" in by_part
    assert "people_heldout16" in {c.name for c in select_corpora(corpora, ["people_heldout1"])}
    assert RETIRED_IN_ROUND_20.isdisjoint(STILL_BLIND)
    assert "spoken/heldout13" in by_part
    assert "people_heldout19" in {c.name for c in select_corpora(corpora, ["people_heldout1"])}
    assert RETIRED_IN_ROUND_21.isdisjoint(STILL_BLIND)
    assert "spoken/heldout14" in by_part
    assert "people_heldout20" in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    assert RETIRED_IN_ROUND_22.isdisjoint(STILL_BLIND)
    assert "spoken/heldout15" in by_part
    assert "people_heldout21" in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    assert RETIRED_IN_ROUND_23.isdisjoint(STILL_BLIND)
    assert "spoken/heldout16" in by_part
    assert "people_heldout22" in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    assert RETIRED_IN_ROUND_24.isdisjoint(STILL_BLIND)
    assert "spoken/heldout17" in by_part
    assert "people_heldout23" in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    assert RETIRED_IN_ROUND_25.isdisjoint(STILL_BLIND)
    assert "spoken/heldout18" in by_part
    assert "people_heldout24" in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    assert RETIRED_IN_ROUND_26.isdisjoint(STILL_BLIND)
    assert "spoken/heldout19" in by_part
    assert "people_heldout25" in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    assert RETIRED_IN_ROUND_27.isdisjoint(STILL_BLIND)
    assert "spoken/heldout20" in by_part
    assert "people_heldout26" in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    # round 25's spoken set: blind, picked only by its exact name, never by a part of it
    assert "spoken/heldout21" in STILL_BLIND
    assert [c.name for c in select_corpora(corpora, ["spoken/heldout21"])] == ["spoken/heldout21"]
    assert "spoken/heldout21" not in by_part
    assert "spoken/heldout21" not in {c.name for c in select_corpora(corpora, ["spoken/heldout2"])}
    assert "spoken/heldout21" not in {c.name for c in select_corpora(corpora, ["heldout21"])}
    assert "spoken/heldout21" not in {c.name for c in select_corpora(corpora, ["spoken"])}
    # round 26's spoken set: blind, picked only by its exact name, never by a part of it
    assert "spoken/heldout22" in STILL_BLIND
    assert [c.name for c in select_corpora(corpora, ["spoken/heldout22"])] == ["spoken/heldout22"]
    assert "spoken/heldout22" not in by_part
    assert "spoken/heldout22" not in {c.name for c in select_corpora(corpora, ["spoken/heldout2"])}
    assert "spoken/heldout22" not in {c.name for c in select_corpora(corpora, ["heldout22"])}
    assert "spoken/heldout22" not in {c.name for c in select_corpora(corpora, ["spoken"])}
    # round 27's spoken set: blind, picked only by its exact name, never by a part of it
    assert "spoken/heldout23" in STILL_BLIND
    assert [c.name for c in select_corpora(corpora, ["spoken/heldout23"])] == ["spoken/heldout23"]
    assert "spoken/heldout23" not in by_part
    assert "spoken/heldout23" not in {c.name for c in select_corpora(corpora, ["spoken/heldout2"])}
    assert "spoken/heldout23" not in {c.name for c in select_corpora(corpora, ["heldout23"])}
    assert "spoken/heldout23" not in {c.name for c in select_corpora(corpora, ["spoken"])}
    # round 26's names set: blind, picked only by its exact name, never by a part of it
    assert "people_heldout27" in STILL_BLIND
    assert [c.name for c in select_corpora(corpora, ["people_heldout27"])] == ["people_heldout27"]
    assert "people_heldout27" not in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    assert "people_heldout27" not in {c.name for c in select_corpora(corpora, ["heldout27"])}
    assert "people_heldout27" not in {c.name for c in select_corpora(corpora, ["people_heldout"])}
    # round 27's names set: blind, picked only by its exact name, never by a part of it
    assert "people_heldout28" in STILL_BLIND
    assert [c.name for c in select_corpora(corpora, ["people_heldout28"])] == ["people_heldout28"]
    assert "people_heldout28" not in {c.name for c in select_corpora(corpora, ["people_heldout2"])}
    assert "people_heldout28" not in {c.name for c in select_corpora(corpora, ["heldout28"])}
    assert "people_heldout28" not in {c.name for c in select_corpora(corpora, ["people_heldout"])}
    assert "people_heldout28" not in {c.name for c in select_corpora(corpora, ["people"])}
    assert select_corpora(corpora, ["no_such_set"]) == []


def test_only_naming_no_corpus_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt `--only` scores nothing, loads no model, and says so in one line."""
    from anonymise_quality import main

    assert main(["--only", "no_such_set"]) == 2
    out, err = capsys.readouterr()
    assert err == "--only no_such_set: no corpus has such a name\n"
    assert out == ""


def test_one_bench_finds_every_corpus_with_its_register() -> None:
    """bench/anonymise_quality.py reports every corpus: the committed one first, the names sets
    and the spoken-forms sets, each with its register, held-out sets marked."""
    from _corpus import discover_corpora

    found = {c.name: c for c in discover_corpora(generated_heldout=0)}
    assert next(iter(found)) == "corpus"
    assert {"corpus", "names_dev", "names_heldout", "spoken/dev", "spoken/dev2", "spoken/heldout"} <= set(found)
    assert all(c.register_csv for c in found.values())
    assert {n for n, c in found.items() if c.heldout} >= {"names_heldout", "people_heldout",
                                                          "people_heldout2", "people_heldout3",
                                                          "people_heldout4", "people_heldout5",
                                                          "people_heldout6", "people_heldout7",
                                                          "people_heldout8",
                                                          "people_heldout9", "people_heldout10",
                                                          "people_heldout11", "people_heldout12",
                                                          "people_heldout13", "people_heldout14",
                                                          "people_heldout15", "people_heldout16",
                                                          "people_heldout17", "people_heldout18",
                                                          "people_heldout19", "people_heldout20",
                                                          "people_heldout21", "people_heldout22",
                                                          "people_heldout23", "people_heldout24",
                                                          "people_heldout25",
                                                          "spoken/heldout", "spoken/heldout2",
                                                          "spoken/heldout3", "spoken/heldout4",
                                                          "spoken/heldout5", "spoken/heldout6",
                                                          "spoken/heldout7", "spoken/heldout8",
                                                          "spoken/heldout9", "spoken/heldout10",
                                                          "spoken/heldout11",
                                                          "spoken/heldout12",
                                                          "spoken/heldout13"}
    assert not found["spoken/dev"].heldout and not found["spoken/dev2"].heldout


def test_spoken_and_written_forms_are_scored_apart() -> None:
    """A corpus labelling spoken forms (``sp_*``) gets a leak per class of form; one without
    gets none (its documents' style splits it instead)."""
    from anonymise_quality import by_form_class

    text = "P01: ring oh seven seven, or 07700 900123. Ask Sam."
    spoken = Document("d", "P01", text, (GoldSpan(10, 24, "PHONE", form="sp_mobile"),
                                         GoldSpan(29, 41, "PHONE", form="sp_groups"),
                                         GoldSpan(47, 50, "PERSON", form="first")))
    s = score([spoken], {"d": det((10, 24))})
    leaks = by_form_class([spoken], s)
    assert {c: (x.leaked, x.mentions) for c, x in leaks.items()} == {
        "spoken forms": (1, 2), "written forms": (1, 1)}
    assert by_form_class([SARAH], score([SARAH], {})) == {}


@pytest.mark.parametrize(
    ("text", "covered", "marks_only"),
    [
        # the digits are redacted, only the crosstalk mark between them survives
        ("P01: oh seven seven [crosstalk 00:12:01] nine double oh.", [(5, 19), (41, 56)], True),
        # a timed pause and a sigh are marks too
        ("P01: oh seven seven (1.2) nine (sighs) double oh.", [(5, 19), (26, 30), (39, 49)], True),
        # a digit word survives: a real leak, marks or not
        ("P01: oh seven seven [crosstalk 00:12:01] nine double oh.", [(5, 19), (46, 56)], False),
        # words in round brackets are not a mark: they may be a place ("(Wansbeck)")
        ("P01: oh seven seven (Wansbeck) nine double oh.", [(5, 19), (31, 46)], False),
    ],
)
def test_mentions_leaking_only_a_transcribers_mark_are_counted_apart(
        text: str, covered: list[tuple[int, int]], marks_only: bool) -> None:
    """The leak is still counted; how many leaked only a mark is reported beside it."""
    from anonymise_quality import by_form_class

    end = text.rindex(".")
    d = Document("d", "P01", text, (GoldSpan(5, end, "PHONE", form="sp_mobile"),))
    s = score([d], {"d": det(*((a, b, "PHONE_NUMBER") for a, b in covered))})
    assert s.leaked == 1
    assert s.per_type["PHONE"].leaked_marks_only == int(marks_only)
    assert s.misses[0].marks_only is marks_only
    assert s.leak_rate_marks_not_counted() == (0.0 if marks_only else 1.0)
    leak = by_form_class([d], s)["spoken forms"]
    assert (leak.leaked, leak.marks_only) == (1, int(marks_only))
    assert s.to_dict(examples=False)["leak_rate_marks_not_counted"] == (0.0 if marks_only else 1.0)


def test_misattributions_are_counted_by_form_and_a_held_out_set_shows_no_names(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Third parties given a participant's code are listed by form, counts only, so a blind
    set's misattributions can be told apart without its names reaching the screen."""
    from anonymise_quality import print_misses

    text = "P01: The band said OKAFOR, CHIDI. Ask Sam."
    d = Document("d", "P01", text, (GoldSpan(19, 32, "PERSON", form="caps_sur_first"),
                                    GoldSpan(38, 41, "PERSON", form="first")))
    s = score([d], {"d": [Detection(19, 25, "PERSON", "P01"), Detection(38, 41, "PERSON")]})
    assert s.misattributed == 1
    print_misses("held", s, 5, examples=False)
    out = capsys.readouterr().out
    assert "third parties given a participant's code, by form" in out
    assert "caps_sur_first 1" in out
    assert "OKAFOR" not in out and "CHIDI" not in out
    print_misses("open", s, 5, examples=True)
    assert "OKAFOR" in capsys.readouterr().out  # a development set shows its examples


def _said(entry: str, text: str) -> bool:
    """Whether ``entry`` (a leading "the " ignored) occurs in ``text`` as a whole word; the
    substring test first, as the word-bounded search walks the whole text for every entry."""
    word = entry.removeprefix("the ")
    return word in text and re.search(r"\b" + re.escape(word) + r"\b", text) is not None


#: people_heldout28's own DATE forms (as a control room's systems print them and its call
#: handlers read them back)
_HELDOUT28_DATE_SHAPES = {
    "ymd_slash": r"20[0-2]\d/[01]\d/[0-3]\d",
    "dash_mon_caps": r"[0-3]\d-[A-Z]{3}-(?:19|20)\d\d",
    "ddmmyyyy": r"[0-3]\d[01]\d(?:19|20)\d\d",
    "d_month": r"[1-3]?\d [A-Z][a-z]+",
    "wkd_ord_month": r"[A-Z][a-z]+day [1-3]?\d(?:st|nd|rd|th) [A-Z][a-z]+",
    "said_slash": r"[a-z-]+ slash [a-z-]+ slash [a-z -]+",
    "said_each_digit": r"(?:[a-z]+ [a-z]+, ){2}[a-z]+ [a-z]+",
    "said_of_yy": r"[a-z-]+ of [A-Z][a-z]+, [a-z -]+",
}


def _nhs_checksum_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(digits[9])


def test_people_heldout28_counts_forms_and_hard_negatives() -> None:
    """Round 27's blind names set (clinical contact centres in London, the Home Counties, the
    South East and East Anglia): its size, every DATE and AGE labelled in the forms its author
    writes, the dispatch screen's "SURNAME Given" as two spans, surnames spelled in the phonetic
    alphabet, call-back numbers and NHS numbers (valid check digits) labelled, and hard negatives
    (response categories, determinant and disposition codes, failed-checksum references, desk
    numbers, clock times) present and never inside a gold span."""
    docs = load_corpus(REPO / "tests" / "corpus" / "people_heldout28.jsonl")
    assert len(docs) == 60
    assert Counter(d.style for d in docs) == {"written": 30, "spoken": 30}
    assert 50_000 <= sum(len(d.text.split()) for d in docs) <= 60_000
    spans = [(d, s) for d in docs for s in d.spans]
    assert len(spans) >= 4000
    forms = Counter((s.type, s.form) for _, s in spans)
    for form in _HELDOUT28_DATE_SHAPES:
        assert forms[("DATE", form)] + forms[("DATE", "dob_" + form)] >= 5, form
    digits = {"oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
              "six": "6", "seven": "7", "eight": "8", "nine": "9"}
    for d, s in spans:
        surface = d.text[s.start:s.end]
        if s.type == "DATE" and s.form.removeprefix("dob_") in _HELDOUT28_DATE_SHAPES:
            assert re.fullmatch(_HELDOUT28_DATE_SHAPES[s.form.removeprefix("dob_")], surface), surface
        if s.type == "AGE":  # the number only, in digits or words
            assert re.fullmatch(r"\d{1,2}|[a-z]+(?:-[a-z]+)?", surface), surface
            if s.form == "yo_compact":  # "84yo"
                assert d.text[s.end:s.end + 2] == "yo"
            if s.form == "sex_first":  # "F84"
                assert d.text[s.start - 1] in "MF"
            if s.form in ("years_old", "said_years_old"):
                assert d.text[s.end:s.end + 10] == " years old"
        if s.type == "NHS_NUMBER":  # written or read out, the check digit is right
            if s.form == "said":
                words = surface.replace(",", "").split()
                said, i = "", 0
                while i < len(words):
                    if words[i] == "double":
                        said += digits[words[i + 1]] * 2
                        i += 2
                    else:
                        said += digits[words[i]]
                        i += 1
            else:
                said = surface.replace(" ", "")
            assert len(said) == 10 and _nhs_checksum_ok(said), surface
        if s.type == "PHONE" and not s.form.startswith("said_"):
            assert re.fullmatch(r"07700 900\d{3}|020 7946 0\d{3}|01632 960\d{3}", surface), surface
    for form in ("yo_compact", "sex_first", "years_old", "said_years_old", "num", "said"):
        assert forms[("AGE", form)] >= 5, form
    for type_, form in (("PERSON", "nato"), ("PERSON", "caps_initial"), ("PHONE", "mobile"),
                        ("PHONE", "landline"), ("PHONE", "said_mobile"),
                        ("PHONE", "said_landline"), ("NHS_NUMBER", "spaced"),
                        ("NHS_NUMBER", "plain"), ("NHS_NUMBER", "said")):
        assert forms[(type_, form)] >= 5, (type_, form)
    # the dispatch screen's "SURNAME Given": a caps span, a space, the given name as a second span
    pairs = sum(1 for d in docs for a, b in zip(d.spans, d.spans[1:])
                if a.form == "caps" and b.form == "reversed" and d.text[a.end:b.start] == " ")
    assert pairs >= 30
    for type_, at_least in (("PERSON", 2000), ("LOCATION", 500), ("HOSPITAL", 300),
                            ("DATE", 500), ("AGE", 300), ("PHONE", 100), ("NHS_NUMBER", 50),
                            ("EMAIL", 30), ("POSTCODE", 30)):
        assert sum(1 for _, s in spans if s.type == type_) >= at_least, type_
    third = sum(1 for _, s in spans if s.type == "PERSON" and s.participant is None)
    assert third >= 1000
    # hard negatives: in the text and outside every gold span
    negatives = ("Cat 2", "10-D-1", "09-E-1", "Dx05", "4412 907 136", "0417-2231", "GCS 15",
                 "NEWS2 of 7", "HA-0412", "Red 7", "02:14:51", "Echo 47", "Sod's law",
                 "Hobson's choice", "St John Ambulance", "National Poisons Information Service",
                 "Twelve-hour shifts", "43 calls holding", "500mg", "Bonfire Night", "INC 7734")
    for word in negatives:
        found = 0
        for d in docs:
            for m in re.finditer(re.escape(word), d.text):
                found += 1
                assert not any(s.start < m.end() and m.start() < s.end for s in d.spans), (d.id, word)
        assert found, word
