"""The participant register, register hits, markers and consistent pseudonyms."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault.anonymise.engine import Anonymiser
from vault.anonymise.pseudonyms import PseudonymBook, letters
from vault.anonymise.register import Register, RegisterEntry
from vault.errors import InputError
from vault.markers import MARKER_RE, participant_token, render

REGISTER_CSV = (
    "name,code,aliases,email\n"
    "John Smith,P07,Johnny;JS,john.smith@nhs.net\n"
    "Sarah Jones,P08,,\n"
    "Sarah Brown,P09,,\n"
    "Will Turner,P10,,\n"
)


@pytest.fixture(scope="module")
def register() -> Register:
    return Register.from_csv(REGISTER_CSV)


# -- register CSV ------------------------------------------------------------------------------

def test_register_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_bytes(("\ufeff" + REGISTER_CSV).encode("utf-8"))  # Excel's BOM
    register = Register.from_csv(path)
    assert register.entries[0] == RegisterEntry(marker="P07", name="John Smith", code="P07",
                                                aliases=("Johnny", "JS"),
                                                email="john.smith@nhs.net")
    assert len(register.entries) == 4
    assert "John" not in repr(register) and "John" not in repr(register.entries[0])


@pytest.mark.parametrize("csv, message", [
    ("name,aliases\nJohn Smith,\n", "register: no 'code' column"),
    ("code\nP01\n", "register: no 'name' column"),
    ("name,code,phone\nA B,P01,1\n", "register: unknown column 'phone'"),
    ("name,code\nJohn Smith,P01\njohn  smith,P02\n", "register: row 3: duplicate name (same as row 2)"),
    ("name,code\nJohn Smith,P01\nJane Doe,P01\n", "register: row 3: duplicate code (same as row 2)"),
    ("name,code\n,P01\n", "register: row 2: empty name"),
    ("name,code\n-,P01\n", "register: row 2: name has no letters"),
    ("name,code\nAyla Demir,P01\n? ?,P02\n", "register: row 3: name has no letters"),
    ("name,code\nJohn Smith,\n", "register: row 2: empty code"),
    ("name,code\nJohn Smith,P/01\n",
     "register: row 2: 'code' must be letters, digits, spaces, '_', '.' or '-' (at most 64)"),
])
def test_register_errors_name_rows_not_values(csv: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        Register.from_csv(csv)
    assert info.value.message == message
    assert "John" not in info.value.message and "Jane" not in info.value.message


def test_register_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "reg.csv"
    path.write_bytes("name,code\nJosé Núñez,P01\n".encode("latin-1"))
    with pytest.raises(InputError) as info:
        Register.from_csv(path)
    assert info.value.message == f"{path}: not UTF-8 text"
    assert info.value.hint == "save the register as CSV UTF-8"


# -- register hits -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, marker", [
    ("John Smith was my mentor.", "John Smith", "P07"),
    ("john smith was my mentor.", "john smith", "P07"),
    ("Professor John Smith agreed.", "Professor John Smith", "P07"),
    ("JS called me.", "JS", "P07"),
    ("Write to john.smith@nhs.net today.", "john.smith@nhs.net", "P07"),
])
def test_exact_register_hits_map_to_markers(anonymiser: Anonymiser, register: Register, text: str,
                                            span: str, marker: str) -> None:
    """A full name, an e-mail or a distinctive alias is that participant, in any transcript."""
    hits = [r for r in anonymiser.analyse(text, register=register) if r.participant_marker]
    assert [(text[r.start:r.end], r.participant_marker, r.detector) for r in hits] == \
        [(span, marker, "register")]
    assert hits[0].replacement == participant_token(marker)


@pytest.mark.parametrize("text, span, marker", [
    ("John's mentor was great.", "John", "P07"),
    ("John’s mentor was great.", "John", "P07"),
    ("Dr Smith said so.", "Dr Smith", "P07"),
    ("Ask Mrs Jones.", "Mrs Jones", "P08"),
    ("Johnny called.", "Johnny", "P07"),           # an alias that is a common first name
    ("Brown was there.", "Brown", "P09"),
    ("J. Smith signed it.", "J. Smith", "P07"),    # initial + surname
])
def test_name_parts_are_the_participant_only_in_their_transcript(
        anonymiser: Anonymiser, register: Register, text: str, span: str, marker: str) -> None:
    hits = [r for r in anonymiser.analyse(text, register=register, participant=marker)
            if r.participant_marker]
    assert [(text[r.start:r.end], r.participant_marker, r.detector) for r in hits] == \
        [(span, marker, "register")]
    # in someone else's transcript the same words are a third party: a pseudonym, no code
    other = anonymiser.analyse(text, register=register, participant="P10")
    assert not any(r.participant_marker for r in other)
    assert any(text[r.start:r.end] == span.split()[-1] or text[r.start:r.end] == span
               for r in other if r.replacement.startswith("[Colleague"))


def test_possessive_keeps_its_s(anonymiser: Anonymiser, register: Register) -> None:
    # "P07:" labels the speaker: this is P07's transcript, so John and Dr Smith are P07
    out = anonymiser.redact("P07: John's wife and Dr Smith's team.", register=register).text
    assert out == f"P07: {participant_token('P07')}'s wife and {participant_token('P07')}'s team."
    assert render(out, {"P07": "P31"}) == "P07: [P31]'s wife and [P31]'s team."


def test_shared_first_name_is_not_guessed(anonymiser: Anonymiser, register: Register) -> None:
    # no context: a third party who happens to share the name
    redaction = anonymiser.redact("Sarah said it was fine.", register=register)
    assert redaction.text == "[Colleague A] said it was fine."
    assert redaction.replacements[0].participant_marker is None
    # both Sarahs speak in this transcript: a participant, but which one is not guessed
    text = "P08: Sarah said it was fine.\nP09: Yes.\n"
    assert anonymiser.redact(text, register=register).text == \
        "P08: [PARTICIPANT] said it was fine.\nP09: Yes.\n"


@pytest.mark.parametrize("text, replaced, reviewed", [
    ("I asked Will about it.", "I asked \u27e6P:P10\u27e7 about it.", []),
    ("Will you ask him?", "Will you ask him?", [(0, "P10")]),     # sentence start: a verb?
])
def test_stop_word_name_part(anonymiser: Anonymiser, register: Register, text: str,
                             replaced: str, reviewed: list[tuple[int, str]]) -> None:
    redaction = anonymiser.redact(text, register=register, participant="P10")
    assert redaction.text == replaced
    assert [(r.start, r.participant_marker) for r in redaction.review] == reviewed


def test_month_is_not_a_participant(anonymiser: Anonymiser) -> None:
    register = Register.from_csv("name,code\nMay Lin,P09\n")
    assert anonymiser.redact("We met in May last year.", register=register,
                             participant="P09").text == "We met in May last year."
    assert anonymiser.redact("Thanks, May.", register=register, participant="P09").text == \
        "Thanks, \u27e6P:P09\u27e7."


def test_register_codes_are_not_redacted(anonymiser: Anonymiser, register: Register) -> None:
    text = "P07: I spoke to P08 about it.\n"
    assert anonymiser.redact(text, register=register).text == text


# -- markers -----------------------------------------------------------------------------------

def test_marker_syntax() -> None:
    token = participant_token("p-3f9a")
    assert token == "\u27e6P:p-3f9a\u27e7"
    assert MARKER_RE.fullmatch(token).group(1) == "p-3f9a"  # type: ignore[union-attr]
    assert render(f"{token} and {participant_token('zz')}", {"p-3f9a": "P07"}) == \
        "[P07] and [PARTICIPANT]"
    assert render(token, {}, unknown="[REDACTED]") == "[REDACTED]"
    with pytest.raises(ValueError):
        participant_token("no spaces")


# -- pseudonyms --------------------------------------------------------------------------------

def test_consistent_pseudonyms_within_a_document(anonymiser: Anonymiser) -> None:
    text = ("Dr Alan Greaves was my mentor. Alan was kind, and Greaves's clinic was busy. "
            "Later I met Dr Priya Nair. Alan and Priya never met.")
    out = anonymiser.redact(text).text
    assert out.count("[Colleague A]") == 4
    assert out.count("[Colleague B]") == 2
    assert "Alan" not in out and "Priya" not in out and "Greaves" not in out


def test_pseudonyms_persist_across_interviews(anonymiser: Anonymiser) -> None:
    book = PseudonymBook()
    first = anonymiser.redact("Dr Priya Nair helped. Dr Alan Greaves did not.", pseudonyms=book)
    saved = book.to_dict()
    again = PseudonymBook.from_dict(saved)
    second = anonymiser.redact("Later Dr Alan Greaves came round.", pseudonyms=again)
    assert first.text == "[Colleague A] helped. [Colleague B] did not."
    assert second.text == "Later [Colleague B] came round."
    assert "Priya" not in repr(book)


def test_review_items_do_not_consume_labels() -> None:
    book = PseudonymBook()
    assert book.label_for("Anna", assign=False) == "[Colleague A]"
    assert len(book) == 0
    assert book.label_for("Dr Anna Kowalski") == "[Colleague A]"
    assert book.label_for("Kowalski") == "[Colleague A]"
    assert book.label_for("Mrs Jones") == "[Colleague B]"


def test_letters() -> None:
    assert [letters(i) for i in (0, 1, 25, 26, 27, 701, 702)] == \
        ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]


def test_book_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        PseudonymBook.from_dict({"version": 2})


_names = st.lists(st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True),
                  min_size=1, max_size=12, unique_by=lambda n: n.casefold())


@settings(max_examples=60, deadline=None)
@given(_names)
def test_pseudonyms_stable_per_name_and_distinct_across_names(names: list[str]) -> None:
    book = PseudonymBook()
    labels = [book.label_for(n) for n in names]
    restored = PseudonymBook.from_dict(book.to_dict())
    assert [restored.label_for(n) for n in names] == labels
    assert [book.label_for(n.upper()) for n in names] == labels
    assert len(set(labels)) == len(names)


# -- names whose letters change under case folding ---------------------------------------------

#: Turkish dotless/dotted i, German sharp s: a case-insensitive match and casefolding disagree
#: on them ("YILDIZ" matches "Yıldız" but folds to another key), which once raised KeyError
#: inside a run and stopped it
FOLDING_CSV = ("name,code,aliases\n"
               "Deniz Yıldırım-Işık,T01,\n"
               "İlker Öztürk-Çelik,T02,\n"
               "Jürgen Groß-Straße,T03,\n"
               "Sıla İnce,T04,\n")


@pytest.mark.parametrize("name", ["Deniz Yıldırım-Işık", "İlker Öztürk-Çelik",
                                  "Jürgen Groß-Straße", "Sıla İnce"])
@pytest.mark.parametrize("case", ["as written", "upper", "surname upper", "surname"])
def test_names_with_case_folding_letters_are_found_in_every_case(
        anonymiser: Anonymiser, name: str, case: str) -> None:
    register = Register.from_csv(FOLDING_CSV)
    marker = next(e.marker for e in register.entries if e.name == name)
    said = {"as written": name, "upper": name.upper(), "surname upper": name.split()[1].upper(),
            "surname": name.split()[1]}[case]
    text = f"Interviewer: So you worked with {said} then?"
    hits = [r for r in anonymiser.analyse(text, register=register, participant=marker)
            if r.participant_marker]
    assert [(text[r.start:r.end], r.participant_marker) for r in hits] == [(said, marker)]


def test_a_full_name_with_a_sharp_s_is_the_participant_in_any_transcript(
        anonymiser: Anonymiser) -> None:
    """Written as the register writes it, a full name is an exact hit (not parts), so it is
    that participant even outside their own interview."""
    register = Register.from_csv(FOLDING_CSV)
    text = "Jürgen Groß-Straße was my first boss."
    hits = [r for r in anonymiser.analyse(text, register=register) if r.participant_marker]
    assert [(text[r.start:r.end], r.detector) for r in hits] == [("Jürgen Groß-Straße", "register")]


_TRICKY = "aeiklnorsyzıİIißẞǅǄǆﬁKſçşğöüÆæØøÅåŁłĲĳ"


@settings(max_examples=80, deadline=None)
@given(first=st.text(_TRICKY, min_size=2, max_size=7), last=st.text(_TRICKY, min_size=2, max_size=9),
       fold=st.sampled_from(["upper", "lower", "title", "casefold", "swapcase"]))
def test_any_register_name_in_any_case_never_stops_a_run(first: str, last: str, fold: str) -> None:
    """Whatever letters a register name has and however a transcript cases it, looking it up
    finds a key (a KeyError here once stopped a whole run)."""
    from vault.anonymise.recognizers import RegisterRecognizer

    name = f"{first.title()} {last.title()}"
    try:
        register = Register.from_csv(f"name,code,aliases\n{name},T01,\n")
    except InputError:
        return  # not a name the register accepts
    recognizer = RegisterRecognizer(register)
    for said in (name, last.title(), first.title()):
        recognizer.analyze(f"I met {getattr(said, fold)()} and {said}.", ["PARTICIPANT"])


def test_a_register_match_whose_key_is_not_found_is_still_redacted(
        anonymiser: Anonymiser, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a name's two Unicode foldings ever disagree beyond what the lookup repairs, the
    register's exact match is not dropped: it is redacted as the ambiguous participant (whose
    it is, is not claimed), never left in the text and never a stopped run."""
    from vault.anonymise import recognizers

    monkeypatch.setattr(recognizers, "_keyed", lambda table, term: None)
    register = Register.from_csv("name,code\nOlwen Brackenridge,T01\n")
    out = anonymiser.redact("Olwen Brackenridge rang me on Tuesday.", register=register).text
    assert "Brackenridge" not in out and "Olwen" not in out, out
    assert out.startswith("[PARTICIPANT]"), out


# -- the register recognizer's fast paths equal the plain ones ---------------------------------

_FAST_TEXTS = [
    "I met OLWEN BRACKENRIDGE and olwen brackenridge, then Dr Brackenridge.",
    "Ms Tamsin Kettleby said ſtella Kettleby's KETTLEBY and İdris were there; Kelvin too.",
    "x-Olwen Brackenridge, Olwen Brackenridge's notes, @olwen brackenridge and O'Kettleby",
    "Élodie Marchetti and ÉLODIE MARCHETTI; élodie marchetti rang.",
    "",
]


@pytest.mark.parametrize("csv", [
    "name,code,aliases\nOlwen Brackenridge,T01,\nTamsin Kettleby,T02,Tam\nKelvin Ashgrove,T03,\n",
    "name,code,aliases\nÉlodie Marchetti,T01,\nIdris Sſtone,T02,\n",  # a name opening outside ASCII
])
def test_the_register_pattern_told_where_to_start_finds_what_the_plain_one_finds(csv: str) -> None:
    import re

    from vault.anonymise.recognizers import RegisterRecognizer

    recognizer = RegisterRecognizer(Register.from_csv(csv))
    fast = recognizer._exact_re
    assert fast is not None
    plain = re.compile(fast.pattern, fast.flags)
    if csv.startswith("name,code,aliases\nOlwen"):
        assert fast != plain  # ASCII first letters: the hint is there
    for text in _FAST_TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)], text


@settings(max_examples=60, deadline=None)
@given(keys=st.lists(st.text("aAıİiIſsΐϊ\u0301\u0308 ", min_size=1, max_size=4), max_size=8),
       terms=st.lists(st.text("aAıİiIſsΐϊ\u0301\u0308 ", min_size=1, max_size=4), max_size=8))
def test_a_register_lookup_by_loose_key_equals_the_scan(keys: list[str], terms: list[str]) -> None:
    """The loose-key index (built once per table) gives what scanning every key gave: the
    first key in the table's order whose loose form is the term's, or None."""
    from vault.anonymise import recognizers

    plain = {key: n for n, key in enumerate(keys)}
    table = recognizers._KeyTable(plain)
    for term in [*terms, *keys]:
        scanned = plain.get(recognizers._match_key(term))
        if scanned is None:
            loose = recognizers._loose_key(term)
            scanned = next((v for k, v in plain.items() if recognizers._loose_key(k) == loose),
                           None)
        assert recognizers._keyed(table, term) == scanned
