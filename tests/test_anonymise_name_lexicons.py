"""Names from many naming cultures, found without the small spaCy model's help (issue 14):
the given-name and surname lexicons (accent-folded), capitalised words that must be names by
what follows them at the start of a sentence, and the guards that keep ordinary words intact.

Strings are made up here (none is from the corpus generators' pools).
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import COMMON_CAPITALISED, is_first_name, is_surname
from vault.anonymise.wordlists import (
    FoldedNameIndex,
    english_words,
    fold,
    given_names,
    surnames,
)


def touched(anonymiser: Anonymiser, text: str) -> list[str]:
    """Replaced and sent to review."""
    redaction = anonymiser.redact(text)
    return [text[r.start:r.end] for r in (*redaction.replacements, *redaction.review)]


# ---------------------------------------------------------------------------- the lexicons

@pytest.mark.parametrize("word, folded", [
    ("Wiśniewski", "Wisniewski"), ("Łukasz", "Lukasz"), ("Şükrü", "Sukru"), ("Ørsted", "Orsted"),
    ("Nguyễn", "Nguyen"), ("Smith", "Smith"), ("Đorđević", "Dordevic"),
])
def test_fold_reads_names_as_the_lists_store_them(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_folded_index_finds_accented_names_and_keeps_possessives_and_acronyms_out() -> None:
    index = FoldedNameIndex({"Lukasz", "Malgorzata"})
    text = "Łukasz's clinic, then Małgorzata. ŁUKASZ in capitals; NHS; łukasz."
    assert [text[s:e] for s, e in index.finditer(text)] == ["Łukasz", "Małgorzata"]
    assert "Małgorzata" in index and "Łukasz's" in index and "Lukasz" in index
    assert "Zbigniew" not in index


@pytest.mark.parametrize("name", ["Piotr", "Morag", "Abimbola", "Imtiaz", "Gwyneth", "Sipho",
                                  "Xiaoling", "Oluwaseun", "Małgorzata", "Teodora", "Lionel"])
def test_given_names_from_many_countries_are_known(name: str) -> None:
    assert is_first_name(name)


@pytest.mark.parametrize("name", ["Dlamini", "Wiśniewski", "Nguyen", "Adeyemi", "Kowalczyk",
                                  "Papadopoulos", "Yılmaz"])
def test_surnames_from_many_countries_are_known(name: str) -> None:
    assert is_surname(name)


def test_the_lexicons_hold_no_ordinary_word_and_no_transcript_word() -> None:
    """The over-redaction guard of the lists themselves: no entry is an English dictionary
    word, a common capitalised word of transcripts, or a month or weekday abbreviation."""
    words = english_words()
    for lexicon in (given_names(), surnames()):
        assert len(lexicon) > 20_000
        assert not {n for n in lexicon if n.lower() in words}
        assert not lexicon & {"Jan", "Mar", "Jun", "Jul", "Sep", "Oct", "Mon", "Thu", "Hmm",
                              "Yeah", "Okay", "Mum", "Dad", "Covid", "Zoom"}
    assert not {n for n in COMMON_CAPITALISED if is_first_name(n)}
    assert all(n.isascii() for n in given_names() | surnames())


# ---------------------------------------------------------------------------- detection classes

NAMES = [
    # given names from many countries, first in the sentence, with nothing else to go on
    ("P03: Wojtek covered my clinic twice.", "Wojtek"),
    ("R: Morag was the one I trusted.", "Morag"),
    ("Thandeka rang the next morning.", "Thandeka"),
    ("Yeah. Imtiaz had seen it all before.", "Imtiaz"),
    # accents, found by folding or as unknown capitals in any Latin script
    ("I went to Małgorzata for advice.", "Małgorzata"),
    ("It was Şükrü who phoned.", "Şükrü"),
    ("Then Dr Wiśniewski took over.", "Wiśniewski"),
    # a first name carries its surname, known or not
    ("Lionel Dlamini left medicine that year.", "Lionel Dlamini"),
    ("I met Teodora Vasilescu on the course.", "Teodora Vasilescu"),
    # a sentence-initial known surname, and two unknown capitals in a row: a full name
    ("Okafor never once asked how I was.", "Okafor"),
    ("Kirsteen Stansfield chaired the panel.", "Stansfield"),
    # a capital doing something at the start of a sentence: a verb with an object, a workplace
    ("Zbyszko mentored me for years.", "Zbyszko"),
    ("Tunmise in the office sorted it all out.", "Tunmise"),
    ("Rosemary covered my on-calls for a month.", "Rosemary"),
    ("Honey on reception knew before I did.", "Honey"),
    ("Amber runs the rota these days.", "Amber"),
    ("Tunmise sends me a text every week.", "Tunmise"),
    # a dictionary word that is a surname, capitalised mid-sentence before a verb of saying
    ("And then Marsh said I should go home.", "Marsh"),
    # surnames that open with a particle
    ("I think Ms Ó Súilleabháin was the lead.", "Ó Súilleabháin"),
    ("Dr van der Merwe signed it off.", "Merwe"),
    ("I met Aoibhinn Nic Giolla on the course.", "Nic Giolla"),
    ("It was Professor al-Rashidi who rang.", "Rashidi"),
    # given names that are also words, well attested as names: decided by context
    ("Funnily enough Florin trained with my dad.", "Florin"),
    ("I'd ring Sterling on the way home.", "Sterling"),
    ("Me and, um, Precious were the only ones left.", "Precious"),
]


NAMES += [
    # a capital after an auxiliary opening a question, or after "poor"/"even": someone, even a
    # dictionary word no list knows as a name
    ("Did Bramble know what was going on?", "Bramble"),
    ("Poor Thistle ended up doing three nights.", "Thistle"),
    ("Even Kestrel admitted it was a mess.", "Kestrel"),
    # a filler between a preposition and a place said in speech
    ("I was at, um, Frimley Park, yeah.", "Frimley Park"),
    ("I was at, er, the Grange for two years.", "Grange"),
]


@pytest.mark.parametrize("text, name", NAMES)
def test_names_from_many_cultures_are_redacted(anonymiser: Anonymiser, text: str,
                                               name: str) -> None:
    found = replaced(anonymiser, text)
    assert all(any(part in span for span in found) for part in name.split()), found


# ---------------------------------------------------------------------------- the guards

ORDINARY = [
    # sentence-initial ordinary words before a verb with an object, or a workplace
    "Burnout affected everyone on the ward.",
    "Mentoring helped me more than anything.",
    "Pharmacy said they would ring back.",
    "Reception in the office was chaos.",
    "Hope keeps me going, honestly.",
    "Is Mentoring something you'd recommend? Has Pharmacy got back to you?",
    "Was it hard? Did it help? Can I ask something?",
    "Guidance says the opposite.",
    "Honestly, my GP said to take a break.",
    "The Trust said no, and then the Board said no.",
    # theorists who are surnames in the lists, kept by the policy's vocabulary
    "We did Kolb, Gibbs and the Johari window on the course.",
    "Hawkins and Shohet came up again.",
    # theories named after people, by the "<Name>'s <noun>" grammar or the policy's terms
    "Kirkpatrick's four levels came up in the evaluation.",
    "We looked at Seligman's PERMA model.",
    "Herzberg and Goleman were on the reading list.",
    # a filler before an ordinary word or a month
    "I was at, um, work, yeah. In, er, March we moved.",
    # interjections, transcript furniture, weekdays
    "Hmm. Okay. Mm-hm.",
    "Everybody was tired by February.",
    "We meet on Wednesdays and Fridays.",
    # given names that are also words, used as words
    "It was a precious moment, really.",
    "Sterling work from the whole team.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_words_stay_whatever_the_lexicons_hold(anonymiser: Anonymiser,
                                                         text: str) -> None:
    assert replaced(anonymiser, text) == []


def test_a_month_abbreviation_is_a_date_not_a_name(anonymiser: Anonymiser) -> None:
    redaction = anonymiser.redact("Jan 2019 was when it started.")
    assert [r.entity_type for r in redaction.replacements] == ["DATE"]


def test_a_word_that_is_a_first_name_before_a_surname_is_a_name_in_that_transcript(
        anonymiser: Anonymiser) -> None:
    """A dictionary word right before a surname is a first name ("Storm Ndlovu"); then it is
    that person wherever a name would stand in the same transcript, and a word elsewhere."""
    text = ("The new consultant, Storm Ndlovu, has made a difference. Storm runs the group "
            "now. With Storm gone, it was hard. A storm hit. Storm is forecast for Friday.")
    redaction = anonymiser.redact(text)
    found = [text[r.start:r.end] for r in redaction.replacements]
    assert found == ["Storm Ndlovu", "Storm", "Storm"]
    assert "A storm hit. Storm is forecast" in redaction.text


@pytest.mark.parametrize("text", ["Yesterday Ndlovu rang me.", "Ask Ndlovu about it."])
def test_an_adverb_or_imperative_before_a_surname_stays(anonymiser: Anonymiser,
                                                         text: str) -> None:
    assert replaced(anonymiser, text) == ["Ndlovu"]

