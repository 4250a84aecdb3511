"""Round 16 of issue 14: written names decided by the place they stand in, whatever word the
name is, as anyone writes or says them. Each class is decided by shape or context, never by a
transcript's strings:

* a record's author after a verb of writing and "by" with a few words between ("typed from
  handwriting by QUILLFEATHER", "copied, you know, out of the diary by MARROWBONE"), but not
  a body, the post or a hand in that place ("sent by POST", "approved in the end by NICE");
* the people of a rota line, a day and a name cell after cell ("Mon Okafor / Tue Hedge / Wed
  Nowak-Lis"), whatever word a name is, but not a line of sessions or leave ("Mon Clinic /
  Tue Theatre / Wed Admin") nor days in prose ("we met Mon, Tue and Fri");
* a word taken up by "she" or "he" after an opener, a byname or an apposition ("And Thimble,
  the wee one, she...", "Big Sorrel, he's the porter"), but not an opener, kin, a time or an
  oath in that place ("Anyway, the point is, she left", "And Christmas, the whole day, he
  sulked");
* places named in Scottish Gaelic or Irish by their grammar after a word of where (an article
  and a lenited or prefixed word, a head word and its genitive, a name and a Gaelic compass
  point: "in An t-Eilean", "from Ceann a' Mhuilinn", "in Barraigh a Deas"), but not English
  that opens with "An" ("An Irish nurse", "at An Post") nor "Na" as "no";
* a surname opened by a particle written small ("ter Haar taught me", "Dr de las Heras",
  "not the el-Badawis"), but not an English word after such a word ("the van Driver");
* a name said to be the word it sounds like ("Thimble, yeah, like the word", "Sorrel is what
  it sounds like"), but not an ordinary word so glossed ("a slog, like the word says");
* a chat handle after "@" ("@Okonjo: running late"), but not a channel's ("@All", "@Here");
* a place whose name links capitalised parts with a small word in lower case, as English and
  Welsh place names are ("Kirkby-on-Bain", "Cefn-yn-Rhos", "Llanddewi-ar-Ffrwd"), but not a
  phrase written small ("a jack-in-the-box") nor a double-barrelled surname ("Pryce-Morgan");
* people listed surname first with the surname in capitals, however short ("ROSTER: YEO,
  Marigold / HAW, Tamsin"), but not a line of acronyms and courses ("PPE Training / BLS
  Update").

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import covered_words as _covered
from _mentions import kept as _kept

from vault.anonymise.engine import Anonymiser
from vault.anonymise.landforms import LinkedPlaceRecognizer
from vault.anonymise.person_contexts import SmallParticleSurnameRecognizer


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


AUTHORS = [
    ("Reflective log typed from handwriting by QUILLFEATHER\n\nFacilitator: Go on.",
     "QUILLFEATHER"),
    ("Handover book copied, you know, out of the old diary by MARROWBONE\n\nQ: Thanks.",
     "MARROWBONE"),
    ("Minutes, written up after the meeting by TWINELOFT", "TWINELOFT"),
    ("Notes typed um, up later that night by HOLLOWAX", "HOLLOWAX"),
    ("Entry scribbled on the back of a form by BRACKENRIDGE", "BRACKENRIDGE"),
]


@pytest.mark.parametrize(("text", "name"), AUTHORS)
def test_an_author_after_a_verb_of_writing_and_a_few_words_is_a_name(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


AUTHOR_NEGATIVES = [
    ("Letters were sent out to families by POST", "POST"),
    ("The form was approved in the end by NICE", "NICE"),
    ("Notes written up on the ward by HAND", "HAND"),
    ("Minutes typed up and checked by STAFF", "STAFF"),
]


@pytest.mark.parametrize(("text", "word"), AUTHOR_NEGATIVES)
def test_bodies_and_means_after_such_a_verb_stay(anonymiser: Anonymiser, text: str,
                                                 word: str) -> None:
    assert _kept(anonymiser, text, word)


ROTAS = [
    ("Rota: Mon Okafor / Tue Hedge / Wed Nowak-Lis / Thu Pike / Fri Grelinski", "Hedge"),
    ("Rota: Mon Okafor / Tue Hedge / Wed Nowak-Lis / Thu Pike / Fri Grelinski", "Pike"),
    ("Mon: Ramaswamy; Tue: Ladder; Wed: Oyelowo; Thu: Annual Leave", "Ladder"),
    ("Cover | Mon Tkachenko | Tue Rosa Ferreira | Wed Thimble | Thu Zubiri", "Thimble"),
    ("Nights: Mon Fenwick-Osei, Tue Kettle, Wed Abernathy-Roe, Fri Vasquez-Lind", "Kettle"),
]


@pytest.mark.parametrize(("text", "name"), ROTAS)
def test_the_people_of_a_rota_line_are_names_whatever_word(anonymiser: Anonymiser,
                                                           text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


ROTA_NEGATIVES = [
    ("Mon Clinic / Tue Theatre / Wed Admin / Thu Ward / Fri Off", "Theatre"),
    ("Mon Clinic / Tue Theatre / Wed Admin / Thu Ward / Fri Off", "Admin"),
    ("Mon: Okafor; Tue: Ladder; Wed: Oyelowo; Thu: Annual Leave", "Leave"),
    ("We met Mon, Tue, Wed and Fri, then had a break.", "Tue"),
    ("Mon Teaching / Tue Audit / Wed Endoscopy / Thu Research", "Endoscopy"),
]


@pytest.mark.parametrize(("text", "word"), ROTA_NEGATIVES)
def test_sessions_leave_and_days_in_prose_stay(anonymiser: Anonymiser, text: str,
                                               word: str) -> None:
    assert _kept(anonymiser, text, word)


TAKEN_UP = [
    ("Member 3: And Thimble, the wee one, she thinks I work in a bank.", "Thimble"),
    ("Member 3: Big Sorrel, he's the gym orderly, he'd do anything.", "Sorrel"),
    ("P2: Wee Marigold, she's the night porter, she knows everyone.", "Marigold"),
    ("P2: So Gravel, our youngest, he wants to be a paramedic.", "Gravel"),
    ("P4: Oh, Dunnock, the new one, she started on Monday.", "Dunnock"),
]


@pytest.mark.parametrize(("text", "name"), TAKEN_UP)
def test_a_word_taken_up_after_an_opener_byname_or_apposition_is_someone(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


TAKEN_UP_NEGATIVES = [
    ("P1: Anyway, the point is, she left early.", "Anyway"),
    ("P1: And Christmas, the whole day, he sulked.", "Christmas"),
    ("P1: So Mum, the poor thing, she cried.", "Mum"),
    ("P1: And Sunday, the quiet one, he slept.", "Sunday"),
    ("P1: But Honestly, the whole time, she was fine.", "Honestly"),
]


@pytest.mark.parametrize(("text", "word"), TAKEN_UP_NEGATIVES)
def test_openers_times_and_kin_before_a_pronoun_stay(anonymiser: Anonymiser, text: str,
                                                     word: str) -> None:
    assert _kept(anonymiser, text, word)


GAELIC_PLACES = [
    ("P2: My gran was from An Gleannan Dubh, out past the pier.", "An Gleannan Dubh"),
    ("P2: She kept the shop at An t-Àth for thirty years.", "An t-Àth"),
    ("P3: We cover the whole of Na Hearadhan Beaga on our own.", "Na Hearadhan Beaga"),
    ("P3: The boat goes out of Ceann a' Mhuilinn twice a day.", "Ceann a' Mhuilinn"),
    ("P4: He moved to Baile na h-Innse when he retired.", "Baile na h-Innse"),
    ("P4: Her sister nurses in Barraigh a Deas now.", "Barraigh a Deas"),
    ("P5: I trained in Cill Mhantáin before coming over.", "Cill Mhantáin"),
]


@pytest.mark.parametrize(("text", "place"), GAELIC_PLACES)
def test_a_place_named_in_gaelic_or_irish_by_its_grammar(anonymiser: Anonymiser, text: str,
                                                          place: str) -> None:
    assert _covered(anonymiser, text, place)


GAELIC_NEGATIVES = [
    ("P1: An Irish nurse came on nights that week.", "Irish"),
    ("P1: He works at An Post in the sorting office.", "Post"),
    ("P1: Na, I didn't go in the end.", "Na"),
    ("P1: We were in An Hour of Need, the play, at school.", "Hour"),
]


@pytest.mark.parametrize(("text", "word"), GAELIC_NEGATIVES)
def test_english_that_opens_with_an_or_na_stays(anonymiser: Anonymiser, text: str,
                                                word: str) -> None:
    assert _kept(anonymiser, text, word)


PARTICLE_SURNAMES = [
    ("P1: She was my educator. ter Haar taught me everything.", "ter Haar"),
    ("P1: My supervisor was Dr de las Heras, who left in May.", "de las Heras"),
    ("P2: He's an el-Badawi, not the el-Badawis from the shop.", "el-Badawi"),
    ("P2: The dentist, Doctor du Preez, took me on.", "du Preez"),
    ("P3: I said van Rijsewijk would cover the Friday.", "van Rijsewijk"),
    ("P3: It was ter Veldhuis this and de los Arcos that.", "de los Arcos"),
]


@pytest.mark.parametrize(("text", "name"), PARTICLE_SURNAMES)
def test_a_surname_opened_by_a_small_particle_is_a_name(anonymiser: Anonymiser, text: str,
                                                        name: str) -> None:
    assert _covered(anonymiser, text, name)


PARTICLE_NEGATIVES = [
    ("P1: I took the van Home on the Friday after the shift.", "Home"),
    ("P1: The du Jour Special was on the board at lunch.", "Special"),
]


@pytest.mark.parametrize(("text", "word"), PARTICLE_NEGATIVES)
def test_an_english_word_after_a_small_particle_stays(anonymiser: Anonymiser, text: str,
                                                        word: str) -> None:
    assert _kept(anonymiser, text, word)


@pytest.mark.parametrize("text", ["Then the van Driver was late.", "He had von Willebrand disease.",
                                  "We flew to Rio de Janeiro.", "He moved to el-Minya."])
def test_the_particle_finder_leaves_words_eponyms_and_places(text: str) -> None:
    assert SmallParticleSurnameRecognizer().find(text) == []


LIKE_THE_WORD = [
    (("P1: It's down the lane near the old mill. Thimble, yeah, like the word. I thought it "
     "was a nickname."), "Thimble"),
    (("P1: She runs the pharmacy in town. Sorrel is what it sounds like. For the record, she's "
     "great."), "Sorrel"),
    (("P2: Nobody's ever used his first name. Kestrel, yeah, like the, um, word. I thought it "
     "odd."), "Kestrel"),
    ("P2: She was on the other crew. Bramble, aye, like the word. Lovely girl.", "Bramble"),
    ("P3: He did the stores for years. Linnet, like the bird. Quiet lad.", "Linnet"),
]


@pytest.mark.parametrize(("text", "name"), LIKE_THE_WORD)
def test_a_name_said_to_be_the_word_it_sounds_like(anonymiser: Anonymiser, text: str,
                                                   name: str) -> None:
    assert _covered(anonymiser, text, name)


LIKE_THE_WORD_NEGATIVES = [
    ("P1: It was a real slog, like the word says, every night.", "slog"),
    ("P1: Honestly, like the word, it was chaos on the ward.", "Honestly"),
    ("P1: Burnout, like the word says, is the end of the road.", "Burnout"),
]


@pytest.mark.parametrize(("text", "word"), LIKE_THE_WORD_NEGATIVES)
def test_an_ordinary_word_glossed_stays(anonymiser: Anonymiser, text: str, word: str) -> None:
    assert _kept(anonymiser, text, word)


HANDLES = [
    ('P1: Then in the group chat, @Okonjo: "stuck at the hospital again"', "Okonjo"),
    ("P2: I put cc @Thimble-Ade on the message.", "Thimble-Ade"),
]


@pytest.mark.parametrize(("text", "name"), HANDLES)
def test_a_chat_handle_is_a_name(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


HANDLE_NEGATIVES = [
    ("P1: I sent it to @All on the ward group.", "All"),
    ("P1: Just post it @Here and everyone sees it.", "Here"),
]


@pytest.mark.parametrize(("text", "word"), HANDLE_NEGATIVES)
def test_a_channels_handle_and_an_email_are_no_handle(anonymiser: Anonymiser, text: str,
                                                      word: str) -> None:
    assert _kept(anonymiser, text, word)


SURNAME_FIRST = [
    ("ROSTER: KELLOWAY, Anwen / YEO, Marigold / TANNOCK, Bronagh / SHIN, Ha-eun", "YEO"),
    ("Agency list, as printed: HAW Tamsin; VAN DER BERG Iolanthe; PRYCE-MORGAN Eluned.", "HAW"),
    ("Agency list, as printed: HAW Tamsin; VAN DER BERG Iolanthe; PRYCE-MORGAN Eluned.",
     "VAN DER BERG"),
    ("On call: PARK, Jiwoo | LORD, Tamsin | OKWU, Chidinma", "PARK"),
]


@pytest.mark.parametrize(("text", "name"), SURNAME_FIRST)
def test_a_surname_in_capitals_first_in_a_list_of_people_is_a_name(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


SURNAME_FIRST_NEGATIVES = [
    ("Mandatory: PPE Training / BLS Update / CPR Refresher / IPC Module", "BLS"),
    ("Kit: ECG Leads; BP Cuff; IV Stand", "Cuff"),
]


@pytest.mark.parametrize(("text", "word"), SURNAME_FIRST_NEGATIVES)
def test_a_list_of_acronyms_and_courses_stays(anonymiser: Anonymiser, text: str,
                                              word: str) -> None:
    assert _kept(anonymiser, text, word)


LINKED_PLACES = [
    ("P1: They rotated me to Rhydlewis and then Cefn-yn-Rhos.", "Cefn-yn-Rhos"),
    ("P1: The arrest was at Llanddewi-ar-Ffrwd on the Friday.", "Llanddewi-ar-Ffrwd"),
    ("P2: We drove out through Kirkby-on-Bain to get there.", "Kirkby-on-Bain"),
    ("P2: He did a summer at Chapel-en-le-Dale years ago.", "Chapel-en-le-Dale"),
    ("P3: Mrs Bowen of Llanfihangel-uwch-Gwili rang again.", "Llanfihangel-uwch-Gwili"),
]


@pytest.mark.parametrize(("text", "place"), LINKED_PLACES)
def test_a_place_linked_by_a_small_word_is_a_place(anonymiser: Anonymiser, text: str,
                                                   place: str) -> None:
    assert _covered(anonymiser, text, place)


@pytest.mark.parametrize("text", ["He was a jack-in-the-box all shift.",
                                  "He's a bit of a Jack-in-the-Box in meetings.",
                                  "It was a happy-go-lucky sort of day.",
                                  "Dr Pryce-Morgan signed the form.",
                                  "A Johnny-come-lately, that one."])
def test_phrases_and_double_barrelled_names_are_no_linked_place(text: str) -> None:
    assert LinkedPlaceRecognizer().find(text) == []
