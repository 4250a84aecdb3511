"""The engine's shortcuts give what the plain algorithms they replace give.

Each shortcut (one token scan shared by every gazetteer, a bisection in place of a scan of the
kept spans, one pass for Presidio's per-recognizer context step) is checked against the plain
algorithm, written out here, on invented text, on the development corpora and on random input.
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import AnalyzerEngine

from vault.anonymise.engine import Anonymiser, _Detection, _first_disjoint
from vault.anonymise.pseudonyms import PseudonymBook
from vault.anonymise.wordlists import GazetteerIndex

CORPUS = Path(__file__).parent / "corpus"

#: the same token, stem and end rules as vault.anonymise.wordlists
_TOKEN = re.compile(r"(?:(?<![\w'’-])|(?<=(?<!\w)['‘’]))[A-Z][\w'’]*(?:-[\w'’]+)*")
_TOKEN_STEM = re.compile(r"[A-Z][\w]*")
_END = re.compile(r"(?![\w-]|['’]\w\w)")


def plain_finditer(index: GazetteerIndex, text: str) -> list[tuple[int, int]]:
    """Token after token, longest term first, leftmost first, no overlaps."""
    out = []
    after = 0
    for m in _TOKEN.finditer(text):
        start = m.start()
        if start < after:
            continue
        terms = index._by_first.get(m.group())
        if terms is None:
            stem = _TOKEN_STEM.match(m.group())
            terms = index._by_first.get(stem.group()) if stem else None
            if terms is None:
                continue
        for term in terms:
            end = start + len(term)
            if text.startswith(term, start) and _END.match(text, end):
                out.append((start, end))
                after = end
                break
    return out


def dev_texts(limit: int = 40) -> list[str]:
    texts = []
    for name in ("corpus.jsonl", "people_dev.jsonl", "names_dev.jsonl"):
        with open(CORPUS / name, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in list(f)[:limit]]
    return texts


INVENTED = [
    "I trained at Ashby de la Zouch, then Ashby, then Ash. Hexham's ward was the best.",
    "We moved from Newcastle upon Tyne to 'Oromia' and back to Newcastle's outskirts.",
    "‘Sindh’ she wrote; Chester-le-Street, King's Lynn and King's Cross are not the same.",
    "O'Neill went to Ashby-de-la-Zouch; Ashbyville is nowhere; Ash's shop shut.",
    "",
    "no capitals at all here, just words",
]


def test_gazetteer_index_finds_what_the_token_walk_finds() -> None:
    terms = ["Ash", "Ashby", "Ashby de la Zouch", "Hexham", "Newcastle", "Newcastle upon Tyne",
             "Oromia", "Sindh", "Chester-le-Street", "King's Lynn", "King", "Ashby-de-la-Zouch",
             "O'Neill"]
    one, two = GazetteerIndex(terms), GazetteerIndex(["King's Cross", "Ash", "Lynn"])
    for text in INVENTED:
        # two indexes in turn on the same text (the shared scan), then the next text
        assert list(one.finditer(text)) == plain_finditer(one, text)
        assert list(two.finditer(text)) == plain_finditer(two, text)
        assert list(one.finditer(text)) == plain_finditer(one, text)
    assert [INVENTED[0][s:e] for s, e in one.finditer(INVENTED[0])] == [
        "Ashby de la Zouch", "Ashby", "Ash", "Hexham"]


def test_shipped_gazetteers_find_what_the_token_walk_finds_on_dev_transcripts() -> None:
    from vault.anonymise import hospitals, recognizers

    indexes = [hospitals._index(), recognizers._word_name_index(), recognizers._name_word_index()]
    for text in dev_texts():
        for index in indexes:
            assert list(index.finditer(text)) == plain_finditer(index, text)
        # a slice of the text (a new string object with the same start) is scanned afresh
        part = text[: len(text) // 2]
        assert list(indexes[0].finditer(part)) == plain_finditer(indexes[0], part)


def plain_first_disjoint(ordered: list[_Detection]) -> list[_Detection]:
    kept: list[_Detection] = []
    for d in ordered:
        if all(d.end <= k.start or k.end <= d.start for k in kept):
            kept.append(d)
    return kept


_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_SPANS)
def test_first_disjoint_is_the_plain_greedy_choice(spans: list[tuple[int, int]]) -> None:
    ordered = [_Detection(s, s + n, "PERSON", 0.5, f"d{i}", None)
               for i, (s, n) in enumerate(spans)]
    assert _first_disjoint(ordered) == plain_first_disjoint(ordered)


def test_first_disjoint_keeps_empty_spans_at_edges_only() -> None:
    spans = [(3, 8), (5, 5), (8, 8), (3, 3), (8, 12), (2, 4), (12, 12)]
    ordered = [_Detection(s, e, "DATE", 0.5, "x", None) for s, e in spans]
    kept = _first_disjoint(ordered)
    assert [(d.start, d.end) for d in kept] == [(3, 8), (8, 8), (3, 3), (8, 12), (12, 12)]
    assert kept == plain_first_disjoint(ordered)


class _Passthrough:
    """A context enhancer that changes nothing (to compare the step before it)."""

    def enhance_using_context(self, text: str, raw_results: list[Any], nlp_artifacts: Any,
                              recognizers: list[Any], context: Any = None) -> list[Any]:
        return raw_results


def test_one_pass_context_step_orders_results_as_presidio_does(anonymiser: Anonymiser) -> None:
    analyzer = anonymiser._analyzer
    text = dev_texts(3)[0]
    doc = anonymiser.nlp(text)
    artifacts = anonymiser._nlp_engine._doc_to_nlp_artifact(doc, "en")
    recognizers = analyzer.registry.get_recognizers(language="en", entities=anonymiser._entities)
    raw = []
    for recognizer in recognizers:
        found = recognizer.analyze(text=text, entities=anonymiser._entities,
                                   nlp_artifacts=artifacts)
        raw += found or []
    assert len(raw) > 20
    # out of recognizer order, as results may come: the step regroups them
    raw = raw[::2] + raw[1::2]
    saved = analyzer.context_aware_enhancer
    analyzer.context_aware_enhancer = _Passthrough()
    try:
        ours = analyzer._enhance_using_context(text, list(raw), artifacts, recognizers)
        stock = AnalyzerEngine._enhance_using_context(analyzer, text, list(raw), artifacts,
                                                      recognizers)
    finally:
        analyzer.context_aware_enhancer = saved
    assert [id(r) for r in ours] == [id(r) for r in stock]


#: lines that hold each kind word the line-triggered patterns turn on, in several settings
KIND_LINES = [
    "I: Where did you train?\nP: Yeovil District, then Antrim Area and Powys Teaching.\n",
    "P: Sussex Community took over; Durham County was next.\nI: Right.",
    "P: Worcestershire Health and Care, then Gloucestershire Health and Social Care.",
    "P: Naomi House hospice, and Rowcroft hospice after.\nI: And the Wakefield hospice?",
    "P: I was at the R U H for a year and then the Q E H.\nP: the B R I",
    "P: Brimley Vale trust is where I trained.\nThe Tarnmouth trust had a freeze.",
    ("P: Tamar Valley Health, Riverside Medical, Elm Family Doctors, Oak Partnership, "
     "Ash Healthcare."),
    "P: the Bolton Royal, the Furness General, the Amersham Memorial, the Alnwick Cottage.",
    "Yeovil\nDistrict and Worcestershire\nHealth and Care: kinds on the next line.",
]


def _line_triggered() -> list[tuple[Any, Any, Any]]:
    from vault.anonymise.recognizers import StudyPatternRecognizer, build_recognizers

    out = []
    for recognizer in build_recognizers(_default_policy()):
        if isinstance(recognizer, StudyPatternRecognizer):
            for pattern in recognizer.patterns:
                trigger = recognizer.LINE_TRIGGERS.get(pattern.name)
                if trigger is not None:
                    out.append((recognizer, pattern, trigger))
    return out


def _default_policy() -> Any:
    from vault.anonymise.redaction_policy import default_redaction_policy

    return default_redaction_policy()


def test_line_triggered_patterns_cannot_cross_a_line() -> None:
    found = _line_triggered()
    assert len(found) >= 7
    for recognizer, pattern, _ in found:
        source = recognizer._compiled(pattern).pattern
        for token in ("\\s", "\\n", "\\W", "\\D", "\\S", "[^", "(?s"):
            assert token not in source, (pattern.name, token)
        assert "." not in source.replace("\\.", "").replace("[.", "").replace(".]", ""), \
            pattern.name


def test_line_triggered_patterns_find_what_a_whole_text_search_finds() -> None:
    from vault.anonymise.recognizers import trigger_lines

    texts = KIND_LINES + dev_texts()
    hits = 0
    for recognizer, pattern, trigger in _line_triggered():
        compiled = recognizer._compiled(pattern)
        for text in texts:
            whole = [m.span() for m in compiled.finditer(text)]
            lines = [m.span() for start, end in trigger_lines(text, trigger)
                     for m in compiled.finditer(text, start, end)]
            assert lines == whole, (pattern.name, text[:60])
            hits += len(whole)
    assert hits > 30


#: days said in other languages before months, over several lines, with near misses
FOREIGN_DAY_LINES = [
    ("Interviewer: And when was that?\nParticipant: le douze mars, I think.\nAnd then "
     "vingt-trois avril 1990, or am dritten Oktober.\nel tres junio de 1985, das March, "
     "pandrah August"),
    ("das Haus, dix mars\ndouze dix mars\nNo month here at all: douze, trois, tres bien\n"
     "quinze maggio; DOUZE MARS; Vingt Et Un Juin 2001\n\nzwölften Dezember"),
    "onze May, nove Jun\ndos Sept, seis Octubre\n",
]


def _round13_plain(text: str) -> list[tuple[int, int]]:
    """What dates._round13 counts, from the whole-text search of its pattern."""
    from vault.anonymise.spoken import dates
    from vault.anonymise.spoken.calendars import FOREIGN_MONTHS, words_of

    months = FOREIGN_MONTHS.intersection(words_of(text))
    return [m.span() for m in dates._FOREIGN_DAY_MONTH.finditer(text)
            if re.fullmatch(dates._ENGLISH_MONTH, m.group("month"))
            or m.group("month").lower() in months]


def test_foreign_day_month_pattern_cannot_cross_a_line() -> None:
    from vault.anonymise.spoken import dates

    source = dates._FOREIGN_DAY_MONTH.pattern
    for token in ("\\s", "\\n", "\\S", "\\D", "(?s"):
        assert token not in source, token
    assert re.findall(r"\[\^[^\]]*\]", source) == ["[^\\W\\d_]"]  # \n is \W: not in it
    assert "." not in source.replace("\\.", "").replace("[.", "").replace(".]", "")


def test_foreign_day_months_on_month_lines_count_what_the_whole_text_search_counts() -> None:
    from vault.anonymise.spoken import dates
    from vault.anonymise.spoken.calendars import FOREIGN_MONTHS, words_of

    texts = FOREIGN_DAY_LINES + dev_texts()
    texts += [t.lower() for t in texts] + [t.upper() for t in texts]
    counted = 0
    for text in texts:
        months = FOREIGN_MONTHS.intersection(words_of(text))
        plain = _round13_plain(text)
        lines = [m.span() for m in dates._foreign_day_months(text, months)
                 if re.fullmatch(dates._ENGLISH_MONTH, m.group("month"))
                 or m.group("month").lower() in months]
        assert lines == plain, text[:60]
        counted += len(plain)
    assert counted >= 10
    assert [f.start for f in dates._round13(FOREIGN_DAY_LINES[0])] == \
        [s for s, _ in _round13_plain(FOREIGN_DAY_LINES[0])]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["douze", "mars", "Mar", "May", "vingt-trois", "avril", "das",
                                 "March", "dritten", "Oktober", "\n", " ", ", ", "1990", "de",
                                 "Haus", "tres", "junio", "İstanbul", "of"]), max_size=30))
def test_foreign_day_months_on_random_word_strings(words: list[str]) -> None:
    from vault.anonymise.spoken import dates
    from vault.anonymise.spoken.calendars import FOREIGN_MONTHS, words_of

    text = " ".join(words)
    months = FOREIGN_MONTHS.intersection(words_of(text))
    assert [m.span() for m in dates._foreign_day_months(text, months)
            if re.fullmatch(dates._ENGLISH_MONTH, m.group("month"))
            or m.group("month").lower() in months] == _round13_plain(text)


#: sentences with the fillers and pronouns the contextual name patterns turn on
NAME_CONTEXT_LINES = [
    "Wall, um, she's just like that. And Frost, you know, he was lovely.",
    "Kemi, er, erm, she's from Leeds. Okay, um, he's fine.\nBrook, like, she was there",
    "Nothing, um, she's, no. Sharp, yeah, he is. Daddy, um, he's home",
]


def test_name_context_triggers_are_held_by_every_match() -> None:
    from vault.anonymise.recognizers import _NAME_CONTEXT_TRIGGERS, ContextualNameRecognizer

    patterns = [p for p, _, _ in ContextualNameRecognizer.PATTERNS]
    triggered = [p for p in patterns if p.pattern in _NAME_CONTEXT_TRIGGERS]
    assert triggered  # the trigger is still attached to its pattern
    hits = 0
    for text in NAME_CONTEXT_LINES + dev_texts():
        for pattern in triggered:
            trigger = _NAME_CONTEXT_TRIGGERS[pattern.pattern]
            for m in pattern.finditer(text):
                hits += 1
                assert trigger.search(text, m.start(), m.end()) is not None, m.group()
            if trigger.search(text) is None:
                assert pattern.search(text) is None
    assert hits >= 3


def test_warm_up_before_forking_leaves_the_redactions_alone(anonymiser: Anonymiser) -> None:
    texts = dev_texts(3)
    parallel = Anonymiser(anonymiser.policy, nlp=anonymiser.nlp, parallel_min_chars=0)
    assert not parallel._warm
    assert parallel.redact_many(texts, n_process=2) == anonymiser.redact_many(texts)
    assert parallel._warm  # built once in the parent, inherited by both workers
    assert parallel.redact_many(texts, n_process=2) == anonymiser.redact_many(texts)


def _counted(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """A call counter on an Anonymiser method, counting in this process only (a forked worker
    counts in its own copy)."""
    calls = [0]
    plain = getattr(Anonymiser, name)

    def counted(self: Anonymiser, *args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return plain(self, *args, **kwargs)

    monkeypatch.setattr(Anonymiser, name, counted)
    return calls


def test_workers_redact_whole_texts_when_each_has_its_own_book(
        anonymiser: Anonymiser, monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts with a fresh pseudonym book each: the workers find names again and rewrite too,
    so none of that is left to this process after them (it ran after them, in one process)."""
    texts = ["Dr Imani Achterberg rang on 3 May. Achterberg said Tunde was fine.",
             "My mobile is 07700 900461 and I'm forty-one. Ask Nurse Okafor.", *dev_texts(3)]
    expected = anonymiser.redact_many(texts)
    parallel = Anonymiser(anonymiser.policy, nlp=anonymiser.nlp, parallel_min_chars=0)
    parallel._warm_up(None, 32)
    propagated, rewritten = _counted(monkeypatch, "_propagate_names"), _counted(
        monkeypatch, "_rewrite")
    assert parallel.redact_many(texts, n_process=2) == expected
    assert propagated == rewritten == [0]
    parallel.redact_many(texts, n_process=1)
    assert propagated == rewritten == [len(texts)]


def test_workers_with_a_shared_book_only_detect(anonymiser: Anonymiser,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """One book for all the texts (one document): a name found in one text counts in the next,
    so the names are found again and the texts rewritten here, after the workers' detection."""
    texts = ["Dr Imani Achterberg rang on 3 May.", "Later Achterberg said Tunde was fine.",
             *dev_texts(2)]
    expected = anonymiser.redact_many(texts, pseudonyms=PseudonymBook())
    parallel = Anonymiser(anonymiser.policy, nlp=anonymiser.nlp, parallel_min_chars=0)
    parallel._warm_up(None, 32)
    rewritten = _counted(monkeypatch, "_rewrite")
    assert parallel.redact_many(texts, n_process=2, pseudonyms=PseudonymBook()) == expected
    assert rewritten == [len(texts)]
    assert "Achterberg" not in expected[1].text  # found in the first text, named in the second


def test_warm_up_leaves_the_collector_alone_and_workers_skip_this_process_objects(
        anonymiser: Anonymiser) -> None:
    """The warm-up builds lists that live as long as the process: no cyclic collection walks
    them while they grow. The workers find this process's objects frozen (a collection in a
    worker walks only its own), and this process gets them back unfrozen."""
    parallel = Anonymiser(anonymiser.policy, nlp=anonymiser.nlp, parallel_min_chars=0)
    collections = [0]

    def count(phase: str, info: dict[str, int]) -> None:
        collections[0] += phase == "start"

    gc.callbacks.append(count)
    try:
        parallel._warm_up(None, 32)
    finally:
        gc.callbacks.remove(count)
    assert collections == [0] and gc.isenabled()
    frozen = parallel._in_workers(None, 32, ["a", "b"], [1, 1], 2,
                                  lambda items, register, batch: [gc.get_freeze_count()
                                                                  for _ in items])
    assert len(frozen) == 2 and min(frozen) > 0
    assert gc.get_freeze_count() == 0


# -- numpy's BLAS on one thread (vault.anonymise.spacy_models.load_numpy_on_one_thread) ---------

#: a process importing the engine, then telling its thread count, whether the variable is left
#: set, and whether glibc still takes its single-thread paths; with "redact", the redactions of
#: the texts on stdin too
_PROBE = """
import ctypes, json, os, sys
import vault.anonymise.engine as engine
threads = int(open("/proc/self/status").read().split("Threads:")[1].split()[0])
single = ctypes.c_char.in_dll(ctypes.CDLL(None), "__libc_single_threaded").value == b"\\x01"
out = {"threads": threads, "left_set": os.environ.get("OPENBLAS_NUM_THREADS"),
       "single": single}
if sys.argv[1:] == ["redact"]:
    texts = json.load(sys.stdin)
    out["redactions"] = [[r.text, [(x.start, x.end, x.entity_type, x.replacement)
                                   for x in r.replacements]]
                         for r in engine.Anonymiser().redact_many(texts)]
print(json.dumps(out))
"""

_BLAS_TEXTS = [
    ("Interviewer: And your mobile? P07: oh seven seven double nine, four one two, three three "
     "eight. I moved from Ashby Road, Loughborough, LE11 3TU, in March 2019, when I was 34."),
    ("Dr Imogen Thwaite at St Aldhelm's said Kwabena should ring 0161 496 0734 or e-mail "
     "k.mensah@example.ac.uk. Ward 7B, DOB 14/02/1987, NHS number 943 476 5919."),
]


def _probe(*args: str, env: dict[str, str] | None = None,
           texts: list[str] | None = None) -> dict[str, Any]:
    base = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], env={**base, **(env or {})},
                          input=json.dumps(texts or []), capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[1])
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


needs_threads = pytest.mark.skipif(
    not Path("/proc/self/status").exists() or (os.cpu_count() or 1) < 2
    or not sys.platform.startswith("linux"),
    reason="OpenBLAS starts threads only with several CPUs; counted from /proc (Linux)")


@needs_threads
def test_engine_loads_numpy_with_no_blas_threads() -> None:
    """No idle BLAS thread: the process (and the workers it forks) keeps glibc's single-thread
    paths, and the variable is not left set for processes started later."""
    found = _probe()
    assert found == {"threads": 1, "left_set": None, "single": True}


@needs_threads
def test_a_blas_thread_count_the_user_chose_is_kept() -> None:
    found = _probe(env={"OPENBLAS_NUM_THREADS": "2"})
    assert found["threads"] == 2 and found["left_set"] == "2" and not found["single"]


@needs_threads
def test_redactions_are_the_same_whatever_the_blas_threads() -> None:
    texts = _BLAS_TEXTS + dev_texts(6)
    one = _probe("redact", texts=texts)
    two = _probe("redact", env={"OPENBLAS_NUM_THREADS": "2"}, texts=texts)
    assert one["threads"] == 1 and two["threads"] == 2
    assert one["redactions"] == two["redactions"]
    assert any(r[1] for r in one["redactions"][:2])  # the invented texts were redacted
