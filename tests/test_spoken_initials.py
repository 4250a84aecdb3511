"""Two initials before a surname ("H D Nagra", "BN Dikko", "T. N. Jafri") are one PERSON span."""
from __future__ import annotations

import re

import pytest

from vault.anonymise.spoken.initials import find_initialled_names


def found(text: str) -> list[tuple[str, bool]]:
    """Each span and whether it is strong enough to be replaced on its own (not weak)."""
    return [(text[f.start:f.end], f.score >= 0.5) for f in find_initialled_names(text)]


@pytest.mark.parametrize("text, span", [
    ("The letter was signed H D Nagra, Associate Medical Director.", "H D Nagra"),
    ("Who signed it? BN Dikko, clinical director.", "BN Dikko"),
    ("I still email T. N. Jafri every Christmas.", "T. N. Jafri"),
    ("It went to K.J. Okonkwo in the end.", "K.J. Okonkwo"),
    ("Copy to: ZS Myerscough; LP Cowperthwaite", "ZS Myerscough"),
    ("cc Y. R. Kowalczyk-Nowak, the rota lead", "Y. R. Kowalczyk-Nowak"),
    ("the form says F F Ibbotson at the bottom", "F F Ibbotson"),
    ("from A J O'Rourke, I think", "A J O'Rourke"),
])
def test_two_initials_and_a_surname_that_is_no_word(text: str, span: str) -> None:
    assert (span, True) in found(text)


@pytest.mark.parametrize("text, span", [
    # a surname that is also a word, or letters that are also an acronym: weak, so the span
    # only widens a surname another finder took
    ("It was signed K J Baker, the clinical lead.", "K J Baker"),
    ("the HR Director signed it", "HR Director"),
    ("DM Pugsley signed the job plan", "DM Pugsley"),
    ("my GP Partner said so", "GP Partner"),
])
def test_weak_when_the_surname_is_a_word_or_the_letters_an_acronym(text: str, span: str) -> None:
    assert found(text) == [(span, False)]


@pytest.mark.parametrize("text", [
    "Each F Y Monday was the same.",              # a weekday
    "We met in the A E March review.",            # a month
    "G R I F F I T H S Griffiths",                # the end of a letter stream
    "that's B R Bravo, then",                     # a NATO word
    "I said OK. Then we left.",                   # no capitalised word after
    "the ST3 Rota and the FY2 Teaching",          # grades with numbers
    "J Smith signed",                             # one initial is the name finders' business
])
def test_not_initialled_names(text: str) -> None:
    assert [span for span, strong in found(text) if strong] == []


@pytest.mark.parametrize("text, span", [
    ("Attendees: Nagra, H. D.; Dikko BN; Okafor, J.", "Nagra, H. D."),
    ("Attendees: Nagra, H. D.; Dikko BN; Okafor, J.", "Dikko BN"),
    ("Attendees: Nagra, H. D.; Dikko BN; Okafor, J.", "Okafor, J."),
    ("signed off by Wrobel K and Udeh T", "Wrobel K"),
    ("Rota lead: Cowperthwaite, L.P.\nDeputy: none", "Cowperthwaite, L.P."),
])
def test_a_surname_before_its_initials(text: str, span: str) -> None:
    assert (span, True) in found(text)


@pytest.mark.parametrize("text", [
    "I moved to Hexham, NE England, then Leeds, UK.",       # regions, acronyms
    "We saw Okafor, I think. Then Nagra, a lovely man.",     # the pronoun, the article
    "The Dikko report, B. Then page C.",                     # a capital before the word
    "Postcode Leeds LS 6, then Durham DH1.",                 # not followed by an entry's end
    "Spell it? Yeah, L, A, M, B, E, R, T.",                  # a word before a spelling
    "Prothero, P, R, O, T, H, E, R, O.",
    "Dr G. Munteanu wrote my reference; Mrs H. Boakye chaired.",   # a title, a first initial
    "It was Okafor, J. Then the panel sat.",                 # a stop before a sentence
    "Um, Posy, bless her, swapped my weekend. Er, Central Mid, yeah, it was alright. " * 3,
])
def test_not_a_surname_before_initials(text: str) -> None:
    # (an initial before its surname, "G. Munteanu", is the weak one-initial span: not this)
    assert [s for s, _ in found(text) if not re.fullmatch(r"[A-Z]\.? \w+", s)] == []


@pytest.mark.parametrize("text, span", [
    ("Dr K was lovely to me.", "K"),
    ("and then Mrs B. said no", "B."),
    ("I asked Professor T, who said yes.", "T"),
    ("Sister M was on that night.", "M"),
    ("Dr J. was the registrar.", "J."),
])
def test_a_person_named_by_an_initial_after_a_title(text: str, span: str) -> None:
    assert (span, True) in found(text)


@pytest.mark.parametrize("text", [
    "Dr K Okafor",                      # the initial of a name the name finders take
    "Dr A and Dr I, no,",               # "A" and "I" bare: the article, the pronoun
    "Dr D, I, K, K, O, that's him",     # a spelling after the title
    "the Dr Who episode",
])
def test_no_initial_alone_after_a_title(text: str) -> None:
    assert [span for span, _ in found(text) if len(span.strip(".")) == 1] == []


ORDINARY_TALK = """\
P: So I was an ST four, then the ARCP came round, and the TPD said do the MRCP part A first.
I: Right. And the QI project?
P: Plan A was the BMI audit, plan B the UTI one; I got a B for it, honestly. We used the
PHQ nine and the GAD seven, and the A and E lot did the ABG teaching on the M six corridor.
Then the GP said, I, I don't know, take the X-ray and the CT, and the ICU, I T U, rang back.
I: And the rota?
P: One in eight, the FY two rota, on call Monday to Friday, NHS England signed it off in May.
Dr Who fans, all of them. We met at the dot com place, at one point, at this point in time.
"""


def test_ordinary_clinical_talk_has_no_spelling_initials_or_address() -> None:
    from vault.anonymise.spoken.emails import find_spoken_emails
    from vault.anonymise.spoken.spelling import find_spelled_names
    strong = [f for f in [*find_initialled_names(ORDINARY_TALK), *find_spelled_names(ORDINARY_TALK),
                          *find_spoken_emails(ORDINARY_TALK)] if f.score >= 0.5]
    assert [ORDINARY_TALK[f.start:f.end] for f in strong] == []


@pytest.mark.parametrize("text", [
    "Spell it? O, K, A, F, O — R. And the first name is Tobi.",
    "it's A N. There were nine of us.",
    "grade B C. My mentor said so.",
])
def test_two_letters_and_a_stop_before_a_function_word_are_no_initials(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span", [
    ("Who's C Athwal, on the rota?", "C Athwal"),
    ("Who's I Beddoes, on the rota?", "I Beddoes"),          # "I" mid-sentence, an initial
    ("I'd ask T. Nwosu about it.", "T. Nwosu"),
])
def test_one_initial_before_a_capitalised_word_is_a_weak_span(text: str, span: str) -> None:
    assert (span, False) in found(text)


@pytest.mark.parametrize("text", [
    "A Smith came in. I Googled it.",                       # the article and the pronoun
    "that's L Lima, then",                                   # a NATO word
    "G R I F F I T H S Griffiths",                           # a letter run's end
    "Each F Monday was the same.",                           # a weekday
    "See Appendix B. Page four has it.",                     # a label's letter, a new sentence
])
def test_no_one_initial_span_at_an_opening_or_in_a_letter_run(text: str) -> None:
    assert [s for s, _ in found(text) if len(s.split()) == 2 and len(s.split()[0].strip(".")) == 1] == []
