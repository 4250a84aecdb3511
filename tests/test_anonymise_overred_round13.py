"""Over-redaction of ordinary words, round 13 (issue 14): PROFESSIONAL HEALTHCARE language in
capitals, measured on tests/corpus/negatives_dev5.py (brands, eponymous signs and kit, clinical
words, systems, headings, lists and bullet points).

Classes, each with invented sentences (not the dev set's) and near misses whose names must still
be redacted:
- a medicine by an INN stem a prescriber meets daily, or a combination's "co-" name;
- a word of clinical Greek and Latin told by its ending ("-itis" after a consonant, "-ectomy",
  "-opathy", "-aemia", "-oid", "-ellar"...), when no name or place list knows it;
- ward and theatre kit named for its maker or inventor, the name straight before the thing
  ("a Sengstaken tube", "Magill forceps"), a plural that is also a verb only with no object;
- a sign by its eponym alone with a finding or coordinated ("Kernig's negative", "Phalen's and
  Tinel's"), a known surname only with an examination written up before it;
- an abstract noun by its suffix capitalised anywhere ("training in Followership");
- a person found that is ordinary words in title case: two dictionary words no name or place
  list knows ("Hand Hygiene"), or one listed among such ("Honest, Caring, Reliable"), or a word
  no list knows between two such ("Echo, Angio, Pacing").
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser
from vault.anonymise.vocabulary import vocabulary_spans


def ordinary(text: str) -> list[str]:
    return sorted({text[a:b] for a, b in vocabulary_spans(text)})


MEDICINES = [
    "Amikacin", "Netilmicin", "Naproxen", "Spironolactone", "Bupivacaine", "Prilocaine",
    "Atracurium", "Rocuronium", "Vecuronium", "Meropenem", "Ertapenem", "Tazobactam",
    "Teicoplanin", "Linezolid", "Caspofungin", "Ciclosporin", "Tacrolimus", "Sirolimus",
    "Liraglutide", "Dulaglutide", "Tirzepatide", "Tiotropium", "Ipratropium", "Budesonide",
    "Levodopa", "Carbidopa", "Clopidogrel", "Ticagrelor", "Dabigatran", "Amiodarone",
    "Tapentadol", "Tramadol", "Diclofenac", "Celecoxib", "Doxazosin", "Tamsulosin",
    "Hydroxychloroquine", "Phenytoin", "Sumatriptan", "Fenofibrate", "Ezetimibe", "Verapamil",
    "Diltiazem", "Pioglitazone", "Goserelin", "Leuprorelin", "Latanoprost", "Gemcitabine",
    "Bendamustine", "Pemetrexed", "Lamivudine", "Dolutegravir", "Hydromorphone", "Zopiclone",
    "Digoxin", "Co-codamol", "Co-careldopa", "Co-trimoxazole", "Morphine", "Codeine",
]


@pytest.mark.parametrize("word", MEDICINES)
def test_a_medicine_by_its_stem_is_ordinary(word: str) -> None:
    text = f"R: {word} was the problem that week."
    assert word in ordinary(text)


BRANDS_AND_KIT = [
    "R: Zomorph twice a day and Oxynorm for breakthrough pain.",
    "R: Trulicity weekly, Jardiance daily, and Lantus at night.",
    "R: Relvar in the morning, Spiriva too, and a Salamol for emergencies.",
    "R: The Graseby drivers went years ago. Alaris pumps now.",
    "R: Airvo first, then the Hudson mask, then a Venturi mask.",
    "R: She needed a Sengstaken tube before the scope.",
    "R: Yankauer sucker, Magill forceps and a Guedel airway on every trolley.",
    "R: Pfannenstiel incision, then a Seldinger technique for the line.",
    "R: The Groshong line blocked, so we went back to a Hickman line.",
    "R: Flowtron boots on both legs and Zimmer frames by every bed.",
    "R: Dräger ventilators in theatre, Laerdal mannequins in the skills lab.",
]


@pytest.mark.parametrize("text", BRANDS_AND_KIT)
def test_brands_devices_and_eponymous_kit_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


CLINICAL_WORDS = [
    ("R: Cholecystitis, Diverticulitis, Pancreatitis: a surgical take.",
     ["Cholecystitis", "Diverticulitis", "Pancreatitis"]),
    ("R: Laparotomy at two. Tracheostomy on day five.", ["Laparotomy", "Tracheostomy"]),
    ("R: Sarcoidosis, Bronchiectasis and then Idiopathic fibrosis.",
     ["Bronchiectasis", "Idiopathic", "Sarcoidosis"]),
    ("R: Hyperkalaemia again. Neuropathic pain. Cerebellar gait.",
     ["Cerebellar", "Hyperkalaemia", "Neuropathic"]),
    ("R: Sigmoid volvulus. Dysphagia. Hemiplegia after the stroke.",
     ["Dysphagia", "Hemiplegia", "Sigmoid"]),
    ("R: A big Haematoma after the Arthroplasty.", ["Arthroplasty", "Haematoma"]),
]


@pytest.mark.parametrize(("text", "words"), CLINICAL_WORDS)
def test_clinical_words_are_known_by_their_endings(text: str, words: list[str]) -> None:
    assert set(words) <= set(ordinary(text))


EPONYMS = [
    "R: Trendelenburg's positive on the left. Kernig's negative.",
    "R: We taught Brudzinski's and Kernig's on the meningitis day.",
    "R: Tone normal, reflexes brisk, Hoffmann's present.",
    "R: Lots of Simmonds tests and Lasègue's.",
    "R: Beau's and Muehrcke's lines in the nail clinic.",
]


@pytest.mark.parametrize("text", EPONYMS)
def test_eponymous_signs_alone_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


#: (round 13's rule for title-case words listed or in headings, which also kept "Donning,
#: Doffing and Disposal", was withdrawn: on an unseen names set it cost word-names, 24 -> 31
#: leaked, for no over-redaction gain on any unseen set)
TITLE_WORDS = [
    "Appraisal summary\nStrengths: Honest, Caring, Reliable.\nNext year: Hand Hygiene audit.",
    "Audit topic: Sharps Safety.\nLead: the ward sister.",
    "Audit topics:\n- Hand Hygiene\n- Sharps Safety\n- Falls Prevention",
    "R: We had training in Followership, then Mentorship.",
    "R: Ortho rotation. Plaster, Traction, Bracing.",
]


@pytest.mark.parametrize("text", TITLE_WORDS)
def test_ordinary_words_in_title_case_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


NAMES = [
    ("R: Dr Okonkwo started the Amikacin.", "Okonkwo"),
    ("R: Sarah Jones monitors the drips on nights.", "Sarah Jones"),
    ("R: Okafor lines up the students every morning.", "Okafor"),
    ("R: Hope, Grace and Faith covered the ward.", "Grace"),
    ("R: Lamine Diop covered nights with me.", "Lamine Diop"),
    ("R: Adomaitis covered the ward that week.", "Adomaitis"),
    ("R: Paloma Reyes was my mentor.", "Paloma Reyes"),
    ("R: Patel's negative about the rota, honestly.", "Patel"),
    ("R: I worked with Kwabena, Tunde and Grace on the unit.", "Tunde"),
    ("R: Ask Siobhan Callaghan, she runs the Hickman line clinic.", "Siobhan Callaghan"),
    # word names and word surnames no list knows, after a title or as a full name
    ("R: Doctor Thistle was my supervisor.", "Thistle"),
    ("R: It was Opal Brook, one of the nurses, who rang.", "Opal Brook"),
    ("R: And, um, Mister Quill, Mister Quill said no.", "Quill"),
    ("R: I phoned Serenity and she came.", "Serenity"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_near_these_classes_are_still_redacted(anonymiser: Anonymiser, text: str,
                                                      name: str) -> None:
    assert any(name in r or r in name for r in replaced(anonymiser, text)), replaced(anonymiser, text)


def test_a_first_name_before_kit_is_someone_and_a_surname_finding_needs_an_examination() -> None:
    assert ordinary("R: Tell Sarah line them up.") == []
    assert "Patel" not in ordinary("R: Patel's negative about it.")
    assert "Hoffmann" in ordinary("R: Reflexes brisk, Hoffmann's absent.")
    assert "Adomaitis" not in ordinary("R: Adomaitis came.")  # "-itis" after a vowel: a name
