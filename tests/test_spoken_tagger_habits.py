"""Round 17's spoken tagger: trained on one more author and on invented transcripts of many
habits (scripts/spoken_tagger_synth.py :func:`habit_documents`). The training script refuses the
round's fold and blind sets by name; the tagger reads more general cue words and relays as
classes; the invented transcripts are deterministic and well labelled; and the shipped model finds
identifiers said in habits the round-16 model missed, in phrasings of our own, while ordinary
numbers said the same ways stay."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from vault.anonymise.spoken import tagger as tg

REPO = Path(__file__).resolve().parents[1]

needs_model = pytest.mark.skipif(not tg.MODEL_PATH.is_file(), reason="no spoken tagger model")


@pytest.fixture(scope="module")
def scripts() -> Iterator[tuple[ModuleType, ModuleType]]:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import spoken_tagger_synth as synth
        import train_spoken_tagger as train
    finally:
        sys.path.remove(str(REPO / "scripts"))
    yield train, synth


def test_the_fold_and_the_blind_sets_are_refused_by_name(scripts: tuple[ModuleType, ModuleType],
                                                         tmp_path: Path) -> None:
    train, _ = scripts
    assert "spoken/heldout9" in train.SPOKEN_DEV  # round 16's fold, trained on from round 17
    assert "spoken/heldout10" in train.SPOKEN_DEV  # round 17's fold, trained on from round 18
    for name in ("spoken/heldout11", "spoken/heldout12", "spoken/heldout13", "spoken/heldout14",
                 "spoken/heldout15"):  # retired in rounds 18 to 22, trained on from round 23
        assert name in train.SPOKEN_DEV
    assert "spoken/heldout16" in train.SPOKEN_DEV  # round 23's pair, trained on from round 24
    assert "spoken/heldout17" in train.SPOKEN_DEV  # round 24's pair, trained on from round 25
    assert "spoken/heldout18" in train.SPOKEN_DEV  # round 25's pair, trained on from round 26
    assert "spoken/heldout19" in train.SPOKEN_DEV  # round 26's pair, trained on from round 27
    # round 27's held-out pair, the blind sets, the names a blind writer may add and the
    # written sets (no spoken forms to learn)
    for name in ("people_heldout24", "spoken/heldout20",
                 "spoken/heldout21", "people_heldout25", "people_heldout26", "people_heldout23",
                 "people_heldout22", "people_heldout19", "people_heldout27", "spoken/heldout22",
                 "people_heldout28", "spoken/heldout23"):
        assert name not in train.SPOKEN_DEV
        with pytest.raises(SystemExit, match="not trained on"):
            train.train(["negatives_dev", name], tmp_path / "refused.crfsuite")
    assert not (tmp_path / "refused.crfsuite").exists()


@pytest.mark.parametrize(("word", "cls"), [
    ("mob", "CUEPH"), ("WhatsApp", "CUEPH"), ("telephone", "CUEPH"), ("cell", "CUEPH"),
    ("HCPC", "CUEID"), ("GPhC", "CUEID"), ("IMC", "CUEID"), ("wristband", "CUEID"),
    ("postal", "CUEPC"), ("icloud", "CUEEM"), ("btinternet", "CUEEM"),
    ("says", "RELAY"), ("saying", "RELAY"), ("writing", "RELAY"),
])
def test_general_cue_words_and_relays_are_classes(word: str, cls: str) -> None:
    assert tg._cls(word) == cls


def test_ordinary_words_near_the_new_cues_stay_words() -> None:
    for word in ("medical", "reach", "registered", "numbers", "direct", "mobility"):
        assert not tg._cls(word).startswith("CUE"), word


def test_habit_transcripts_are_deterministic_and_well_labelled(
        scripts: tuple[ModuleType, ModuleType]) -> None:
    _, synth = scripts
    one, two = synth.habit_documents(120), synth.habit_documents(120)
    assert [(d.text, d.spans) for d in one] == [(d.text, d.spans) for d in two]
    kinds = {s.type for d in one for s in d.spans}
    assert {"PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE", "EMAIL", "PERSON"} <= kinds
    for doc in one:
        for span in doc.spans:
            said = doc.text[span.start:span.end]
            assert said and said == said.strip(), (doc.id, span)
            assert span.form.startswith("sp_")
    # caption exports (cue numbers and times), dictated commands and relays are among them
    texts = "\n".join(d.text for d in synth.habit_documents())
    assert " --> " in texts and " full stop" in texts and "she says" in texts
    # some transcripts hold only ordinary numbers: nothing labelled in them
    assert any(not d.spans for d in one)


#: identifiers said in habits of our own (split over a relay, typed by dictation, said with a
#: registration prefix, an Eircode, a domain abroad): (sentence, words that must be covered)
HABIT_POSITIVES: list[tuple[str, str]] = [
    ("P: postcode's Tango Alpha one two, four Hotel Romeo.", "Tango Alpha one two, four Hotel Romeo"),
    ("P: the post code is l s six um three d w", "l s six um three d w"),
    ("P: that's spelt V-A-L-D-R-O-S-S", "V-A-L-D-R-O-S-S"),
    ("p07 my mobile is oh seven four double one five three nine two eight eight yeah",
     "oh seven four double one five three nine two eight eight"),
    ("Carer: she's saying oh seven eight one four, and then she says six two nine, nine one five.",
     "oh seven eight one four, and then she says six two nine, nine one five"),
    ("Son (on speaker): he says oh one nine oh four, he's writing it, two two six, eight one three.",
     "oh one nine oh four, he's writing it, two two six, eight one three"),
    ("P5: my mobile is 07931 comma 448 comma 207 full stop", "07931 comma 448 comma 207"),
    ("P5: my registration number is 5 dash 118 dash 924 full stop", "5 dash 118 dash 924"),
    ("P5: my AHPRA number, M E D, triple oh, four one two, seven seven nine, two.",
     "M E D, triple oh, four one two, seven seven nine, two"),
    ("P5: the number's plus three five three, eight seven, six one four, two two nine one.",
     "three five three, eight seven, six one four, two two nine one"),
    ("P5: my HCPC is P A two one five, nine eight seven.", "P A two one five, nine eight seven"),
    # a spelling in lower-case caption text, the pronoun after it
    ("speaker 2 its velt v e l t i think", "v e l t"),
    # a guard: "plus" before a number abroad is no part of it, and the number is still found
    ("R: it's plus four four, seven nine one two, three four five, six seven eight",
     "four four, seven nine one two, three four five, six seven eight"),
]

#: ordinary numbers said in the same habits (relayed counts, dictated doses, readings with
#: "point", times, rotas, rooms): nothing found
HABIT_NEGATIVES: list[str] = [
    "Carer: she says forty-two, and then she says fifty, that's the count for the week.",
    "P3: two point five days of induction comma then three point five full stop",
    "P3: temperature thirty-seven point two, then thirty-eight point one, then thirty-seven point nine.",
    "P3: the rota's four dash three dash four on the board, nights then days.",
    "P3: we gave two point five milligrams at oh seven hundred and again at nineteen hundred.",
    "P3: bed one four, bay two, room two oh six, then theatre three.",
    "P3: his sats were ninety-four, ninety-two, eighty-eight, then back up to ninety-six.",
    "P3: the potassium was five point one, the sodium one three two, the creatinine one four seven.",
    ("12\n00:01:04,200 --> 00:01:06,100\nwe saw about one two hundred patients\n\n13\n"
     "00:01:06,300 --> 00:01:09,000\nthat year and about nine hundred the next"),
    "P3: call nine nine nine, or one one one if it's not an emergency.",
    "P3: she's on five hundred mg three times a day for seven days.",
    # three lower-case letters and the pronoun: a word or an acronym said, not a name spelled
    "he was dr s o s i mean",
    "we rang the g p s i think and they came",
]


def _found(text: str) -> list[str]:
    plain = tg.plain_text(text)
    return [plain[f.start:f.end] for f in tg.find_tagged(plain)]


@needs_model
@pytest.mark.parametrize(("text", "said"), HABIT_POSITIVES)
def test_identifiers_said_in_other_habits_are_found(text: str, said: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULT_SPOKEN_TAGGER", raising=False)
    plain = tg.plain_text(text)
    at = text.index(said)
    spans = [(f.start, f.end) for f in tg.find_tagged(plain)]
    assert any(s <= at + 2 and e >= at + len(said) - 2 for s, e in spans), _found(text)


@needs_model
@pytest.mark.parametrize("text", HABIT_NEGATIVES)
def test_ordinary_numbers_said_the_same_ways_stay(text: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULT_SPOKEN_TAGGER", raising=False)
    assert _found(text) == []


@pytest.mark.parametrize(("said", "band"), [
    # identifiers read out: the band follows how many digits they say, however said
    ("oh seven seven, er, double four (.) nine one two, three four five", "nd=9-12"),
    ("zero seven nought nought nine eight six five four three two", "nd=9-12"),
    ("seven two three, four five six, one", "nd=6-8"),
    ("07931 448 207", "nd=9-12"),
    ("plus four four seven nine one two three four five six seven eight nine", "nd=13+"),
    # ordinary numbers: few digits, whatever the words
    ("two point five", "nd=1"),  # a decimal: each side of "point" on its own
    ("one hundred and six", "nd=2"),
    ("ninety-four", "nd=3"),
    ("seven", "nd=1"),
])
def test_a_number_run_carries_how_many_digits_it_says(said: str, band: str) -> None:
    toks = tg.tokenise(said)
    feats = tg.features(said, toks)
    numbers = [f for f, (s, e) in zip(feats, toks, strict=True)
               if tg._cls(said[s:e]) in tg._RUN_NUMBER]
    assert numbers and all(band in f for f in numbers), [f[-1] for f in feats]


def test_words_around_a_number_carry_no_digit_band() -> None:
    said = "my mobile is, um, oh seven seven and that's it"
    toks = tg.tokenise(said)
    feats = dict(zip((said[s:e] for s, e in toks), tg.features(said, toks), strict=False))
    for word in ("my", "mobile", "is", "um", "that's", "it", "and"):
        assert not any(f.startswith("nd=") for f in feats[word]), word
    assert "nd=3" in feats["seven"]


@pytest.mark.parametrize("said", [
    "P4: oh, sixty-two, eighteen, ninety-one, forty-four, seventy.",
    "R: it's a local one, then thirty-three, fifty-one, nineteen.",
    "p2 my number is oh seven, seventy-seven, twelve, eighty-eight, ninety",
])
def test_a_number_said_in_pairs_opens_a_window(said: str) -> None:
    """Teens and tens are anchors: a number said two digits at a time, with hardly a unit
    word in it, is tagged like one said digit by digit."""
    toks = tg.tokenise(said)
    windows = tg.anchor_windows(said, toks)
    assert windows
    covered = {i for a, b in windows for i in range(a, b)}
    pairs = [i for i, (s, e) in enumerate(toks) if tg._cls(said[s:e]) in ("TEEN", "TENS")]
    assert set(pairs) <= covered


#: numbers said two digits at a time (round 18): found; ordinary tens and teens said the same
#: way (scores, ages, ratios): left alone
PAIRS_POSITIVES: list[tuple[str, str]] = [
    ("P4: my mobile is oh seven, seventy-seven, twelve, eighty-eight, ninety-one, four.",
     "seven, seventy-seven, twelve, eighty-eight, ninety-one, four"),
    ("R: the landline's oh one, sixty-two, eighteen, ninety-one, forty-four, seventy.",
     "one, sixty-two, eighteen, ninety-one, forty-four, seventy"),
    ("P2: the NHS number is forty-three, sixty-one, twenty-two, eighty-five, nineteen.",
     "forty-three, sixty-one, twenty-two, eighty-five, nineteen"),
]
PAIRS_NEGATIVES: list[str] = [
    "P3: the scores went seventy-two, sixty-five, eighty, ninety, eighty-eight that term.",
    "P3: she's twenty-two, he's nineteen, and the baby's eleven months.",
    "P3: it was fifty-fifty, then sixty-forty, then seventy-thirty by the end.",
]
#: the ages said in them (round 21: the tagger emits ages; a person's age is an identifier,
#: not a number said in pairs)
PAIRS_AGES = frozenset({"twenty-two", "nineteen"})


@needs_model
@pytest.mark.parametrize(("text", "said"), PAIRS_POSITIVES)
def test_a_number_said_in_pairs_is_found(text: str, said: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULT_SPOKEN_TAGGER", raising=False)
    at = text.index(said)
    spans = [(f.start, f.end) for f in tg.find_tagged(tg.plain_text(text))]
    assert any(s <= at and e >= at + len(said) for s, e in spans), _found(text)


@needs_model
@pytest.mark.parametrize("text", PAIRS_NEGATIVES)
def test_tens_and_teens_said_in_ordinary_talk_stay(text: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULT_SPOKEN_TAGGER", raising=False)
    plain = tg.plain_text(text)
    found = [(plain[f.start:f.end], f.entity) for f in tg.find_tagged(plain)]
    assert [said for said, entity in found if entity != "AGE" or said not in PAIRS_AGES] == []


@pytest.mark.parametrize(("piece", "entity", "held"), [
    ("07 seven 7 9 thats", "PHONE", "07 seven 7 9"),  # a word after the number
    ("its oh seven seven, er, nine", "PHONE", "oh seven seven, er, nine"),  # a filler inside stays
    ("spelt K A Y E yeah", "PERSON", "K A Y E"),
    ("jo dot kay at nhs dot net", "EMAIL", "jo dot kay at nhs dot net"),
    ("that was it", "PHONE", "that was it"),  # nothing of a number: held whole
])
def test_only_the_words_an_identifier_can_hold_are_held_to_the_threshold(
        piece: str, entity: str, held: str) -> None:
    toks = tg.tokenise(piece)
    x, y = tg._held(piece, toks, entity)
    assert piece[toks[x][0]:toks[y - 1][1]] == held
