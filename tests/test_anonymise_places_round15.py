"""Places and hospitals by class, round 15 of issue 14 (every sentence made up here from general
knowledge of how people name where they live, trained and work; none copied from a corpus):

* a landscape by its name and a LOWER-CASE kind ("the Usk valley", "the Gower coast", "the
  Sperrin mountains"): the kind is part of the name and is redacted with it; nations, compass
  points, seasons and ordinary words said bare are not names ("the Welsh hills", "Beautiful
  valley");
* a hospital or hospice named with its kind in lower case: the kind is redacted with the name
  ("Brecon hospital", "Ty Olwen hospice");
* a workplace field INSIDE a header line, after a separator ("| Participant's site: X |",
  "Site: X   Researcher: ..."), not only at the line's start;
* a place written with a glottal-stop letter ("Hawaiʻi", "Nukuʻalofa", "ʻUpolu");
* a hospital abroad named by its kind and a hyphenated place ("University Hospital
  Aix-en-Provence");
* a community pharmacy, dental practice or optician by its name and kind ("Quayside Dental
  Care"); chains and kinds stay;
* a written address whose street has no English kind word ("9 Rue des Frênes, St Helier, JE2
  4QT");
* former country and city names ("born in Ceylon", "trained in Rhodesia");
* hospices and community trusts by the short names and initials staff use.
"""
from __future__ import annotations

import pytest
from _mentions import name_covered
from _mentions import replaced_words as _replaced_words

from vault.anonymise.engine import Anonymiser
from vault.anonymise.landforms import (
    ForeignStreetAddressRecognizer,
    InlineWorkplaceFieldRecognizer,
    LowerKindLandscapeRecognizer,
    NamedShopPracticeRecognizer,
    OkinaPlaceRecognizer,
    TownHospitalRecognizer,
)

POSITIVE = [
    # landscapes with a lower-case kind
    ("P: We bought a cottage in the Usk valley after I qualified.", "Usk valley"),
    ("P: I grew up on the Gower coast, so the sea is home.", "Gower coast"),
    ("P: My brother farms up in the Sperrin mountains.", "Sperrin mountains"),
    ("P: Weekends we walked the Quantock hills with the dog.", "Quantock hills"),
    ("P: In Swaledale valley everybody knows your business.", "Swaledale valley"),
    ("P: Her folks retired to the Ardnamurchan peninsula.", "Ardnamurchan peninsula"),
    ("P: I commuted from the Rhondda valleys for three years.", "Rhondda valleys"),
    ("P: It reminded me of the Trossachs hills at home.", "Trossachs hills"),
    ("P: We moved from the Eden valley to Salford for his job.", "Eden valley"),
    ("P: She lives out on the Causeway coast now.", "Causeway coast"),
    # a hospital or hospice with its kind in lower case
    ("P: My mum is in Brecon hospital again this week.", "Brecon hospital"),
    ("P: I did my palliative placement at Ty Olwen hospice.", "Ty Olwen hospice"),
    # workplace fields inside a header line
    ("Interview 12 | Participant's site: Pennyfields | Mode: telephone", "Pennyfields"),
    ("Participant: R. K.   Site: Oakmere Lodge   Interviewer: S. T.", "Oakmere Lodge"),
    ("Focus group 3 | Host site: QEHKL | Recorded on Teams", "QEHKL"),
    # glottal-stop places
    ("P: My aunt still lives in ʻUpolu, we talk on WhatsApp.", "ʻUpolu"),
    ("P: I trained in Hawaiʻi before I came over.", "Hawaiʻi"),
    ("P: The pharmacy in Nukuʻalofa was tiny.", "Nukuʻalofa"),
    # hospitals abroad with a hyphenated place
    ("P: I did my internship at University Hospital Aix-en-Provence.", "University Hospital Aix-en-Provence"),
    ("P: Then two years at Klinikum Garmisch-Partenkirchen in anaesthetics.", "Klinikum Garmisch-Partenkirchen"),
    # pharmacies, dentists, opticians by name
    ("P: Now I'm a dispenser at Quayside Dental Care three days a week.", "Quayside Dental Care"),
    ("P: I started at the Old Forge Pharmacy on the high street.", "Old Forge Pharmacy"),
    ("P: She manages Mill Lane Opticians in town.", "Mill Lane Opticians"),
    # written addresses with a street that has no English kind word
    ("P: Send it to 9 Rue des Frênes, St Helier, JE2 4QT please.", "9 Rue des Frênes"),
    ("P: Address: 31 Les Vardes, GY6 8RT.", "31 Les Vardes"),
    ("P: We lived at 4 Vicarage Without, Derby, for years.", "4 Vicarage Without"),
    # former names of countries and cities
    ("P: My father was born in Ceylon and trained in Madras.", "Ceylon"),
    ("P: She nursed in Rhodesia before independence.", "Rhodesia"),
    ("P: In British Guiana the hospital had one doctor.", "British Guiana"),
    ("P: Grandad came from East Pakistan in the sixties.", "East Pakistan"),
    # hospices by short names, with a workplace word or a place word
    ("P: I worked nights at Naomi House before I went back to the wards.", "Naomi House"),
    ("P: Was it Forget Me Not where you did your placement?", "Forget Me Not"),
    ("P: The nurses at Tŷ Gobaith were incredible with her.", "Tŷ Gobaith"),
    # a hospital by its town and the one word of its name staff use, near a workplace word
    ("P: Sorry, I mean Bridport Community, where I did my nights.", "Bridport Community"),
    ("P: I'm a trainee, I'm at Cardigan ICC on the wards at the moment.", "Cardigan ICC"),
    # districts of large cities made of ordinary words
    ("P: We rented a flat in Balsall Heath when I first came.", "Balsall Heath"),
    ("P: The practice is in Spinney Hill, very mixed list.", "Spinney Hill"),
    ("P: She grew up in Gospel Oak and never left London.", "Gospel Oak"),
    # a name the listener asks the whereabouts of, whatever its words
    ("I: Sorry, Pucklechurch? I don't know it. Whereabouts is that?", "Pucklechurch"),
    ("I: And Nettle, is that where home is?", "Nettle"),
    ("I: Kettle Green, where's that?", "Kettle Green"),
    # a university by its subjects and its city
    ("P: I trained at the University of Medicine and Pharmacy, Cluj-Napoca, in Romania.",
     "Medicine and Pharmacy, Cluj-Napoca"),
    # community trusts by their initials and names
    ("P: LCHS gave me the job in the end, district nursing.", "LCHS"),
    ("P: I was with Central London Community Healthcare for two years.", "Central London Community Healthcare"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVE)
def test_places_round15_are_redacted(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name_covered(anonymiser, text, name, ignore=()), text


NEGATIVE = [
    # nations, compass points, ordinary words and seasons before a landscape word
    ("P: The Welsh hills were lovely in the rain.", {"hills"}),
    ("P: The North coast was windy, the East coast was worse.", {"coast"}),
    ("P: Beautiful valley, that, I said to him.", {"valley"}),
    ("P: The Christmas hills of paperwork never end.", {"hills", "Christmas"}),
    ("P: Covid mountains of forms, honestly.", {"mountains", "Covid"}),
    ("P: Sarah's hills are steeper than mine, she says.", {"hills"}),
    # a hospital's kind after an ordinary or generic word
    ("P: The Cottage hospital closed, and a Victorian hospital took its beds.", {"hospital"}),
    # chains and kinds of pharmacy and dentistry
    ("P: I picked it up from the Community Pharmacy by the bus stop.", {"Pharmacy", "Community"}),
    ("P: Paediatric Dental referred him on.", {"Paediatric", "Dental"}),
    # numbers before capitalised words and a town that are no address
    ("P: We scored 24 Points, Leeds won anyway.", {"24", "Points"}),
    ("P: We had 3 Kids, London was too dear.", {"3", "Kids"}),
    # the words of a district in lower case are ordinary
    ("P: The mile end of the run was hard, a small heath fire on the hill.", {"mile", "heath"}),
    # a town's word with no workplace near
    ("P: Harrogate General Election results were in the paper.", {"General"}),
    # questions about where, after a department, a weekday or a titled person
    ("I: And Cardiology, is that where you started?", {"Cardiology"}),
    ("I: Sorry, Tuesday? Where is that on the rota?", {"Tuesday"}),
    ("I: The University of Health Sciences alone, was that a good school?", {"Health", "Sciences"}),
    # hospice names that are ordinary words, said as words
    ("P: I have hope, house prices are mad. Forget me not, she said.", {"hope", "house", "Forget"}),
    ("P: Each of us had a go, and the garden house was lovely.", {"Each"}),
]


@pytest.mark.parametrize(("text", "kept"), NEGATIVE)
def test_places_round15_leave_ordinary_words(anonymiser: Anonymiser, text: str,
                                             kept: set[str]) -> None:
    assert not kept & _replaced_words(anonymiser, text), text


def test_landscape_kind_is_inside_the_span() -> None:
    text = "We moved from the Usk valley to Newport."
    found = LowerKindLandscapeRecognizer().find(text)
    assert [(text[r.start:r.end], r.entity_type) for r in found] == [("Usk valley", "LOCATION")]


def test_inline_field_value_ends_at_the_separator() -> None:
    text = "Participant: A. B.   Site: Oakmere Lodge   Researcher 1: Hello"
    found = InlineWorkplaceFieldRecognizer().find(text)
    assert [(text[r.start:r.end], r.entity_type) for r in found] == [("Oakmere Lodge", "HOSPITAL")]


@pytest.mark.parametrize("text", [
    "Interview 4 | Site: Main Building | Mode: video",
    "Interview 5 | Participant's site: NHS | Mode: Teams",
    "Interview 6 | Site: ICU | Mode: phone",
    "Interview 7 | Site: Online Video | Mode: phone",
])
def test_inline_field_that_says_what_is_no_workplace(text: str) -> None:
    assert InlineWorkplaceFieldRecognizer().find(text) == []


def test_glottal_place_needs_a_known_name_or_in() -> None:
    finder = OkinaPlaceRecognizer()
    assert finder.find("Thanks to Faʻafetai for the lift.") == []
    assert finder.find("Then we drove to Ana's, in Leeds, and had tea at Nuku’s.") == []
    text = "She is from Hawaiʻi."
    assert [text[r.start:r.end] for r in finder.find(text)] == ["Hawaiʻi"]


def test_shop_practice_needs_two_names_or_an_unknown_word() -> None:
    finder = NamedShopPracticeRecognizer()
    assert finder.find("She went to Boots Pharmacy.") == []
    assert finder.find("It was the Community Pharmacy.") == []
    text = "She went to Quayside Dental Care."
    assert [text[r.start:r.end] for r in finder.find(text)] == ["Quayside Dental Care"]


def test_foreign_street_needs_a_postcode_or_a_cue_and_a_town() -> None:
    finder = ForeignStreetAddressRecognizer()
    assert finder.find("We scored 24 Points, Leeds won.") == []
    text = "Address 6 Bondgate Within, AB43 2RA."
    assert [text[r.start:r.end] for r in finder.find(text)] == ["6 Bondgate Within"]


def test_town_and_hospital_word_needs_a_workplace_word() -> None:
    finder = TownHospitalRecognizer()
    assert finder.find("We got the train into Bolton Victoria and walked to the match.") == []
    assert finder.find("The Bolton Victoria station rota was posted to staff.") == []
    text = "My first consultant job was at Bolton Royal."
    assert [text[r.start:r.end] for r in finder.find(text)] == ["Bolton Royal"]
