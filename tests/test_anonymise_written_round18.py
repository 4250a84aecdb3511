"""Round 18 of issue 14: people as computers and reference lists write them, whoever writes.
Each class is decided by its grammar, never by a transcript's strings:

* logins, user names, handles, folders and file names written with the words of a person
  named in the text, run together, in lower case, with initials, particles or a title
  ("okaforj", "amara.okafor", "okafor_a_jobplan_v2.docx", "mvandenberg", "drokafor"), and
  "first.last" or "initial.surname" of the name lists though no one is named ("priya.nair",
  "j_kowalczyk"), and a name found whole written again in lower case ("amara quarshie"); but
  not an English word that a name's word is part of ("a hill walk" beside Dr Hill,
  "uphill", "chill"), the word of a name found alone written small, or a plural ("a fella"
  where "Fella" was read as a name, "okafors"), degrees after a name ("PhD"), nor "e.g.",
  "grace.period" or a file's extension ("report_final.docx", "anna.pdf");
* authors as reference lists, bylines and collaborators' tables write them: surname and
  initials ("Nwachukwu-Ellis T, Berg H, le Roux-Mabena A"), surname, comma and dotted
  initials ("Oyelaran, K. A., & Fairweather, J."), initials first with a particle ("K. zu
  Salm-Reiff"), a footnote mark ("Adaeze Oyelowo¹") or a place in brackets ("Tembo C
  (Mzuzu)"); but not things labelled by letters in the same shape ("Vitamin D, Hepatitis B
  and Group A", "Site A and Site B", "Patient A", "Plan B"), nor a body and its acronym
  ("Public Health England PHE");
* German surnames opened by "zu", "zur" or "zum" after a title or an initial ("Dr zu
  Salm-Reiff", "K. zu Salm-Reiff", "Dr Ines zur Linde");
* a place no list has, named as the adjective of a branch, a lot of people, a job, a school
  or a network ("covering the Quarnbie branch", "the the Drumwhinnock lot", "The Ashgarvie job was
  the making of me"); but not an English word, a specialty or a person's adjective there ("The
  Cardiology job", "the Research network", "the Phoenix team", "the Jungian school").

* a double given name before a surname found alone, each part a listed given name, though
  one is a month ("April-Mae Quarshie", "June-Rose Adeyinka"); not a compound that names no
  one ("the Pre-Op Vantreight list", "a Scottish-Nigerian Vantreight").

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import covered_words as _covered
from _mentions import kept as _kept
from _mentions import nth_covered

from vault.anonymise.engine import Anonymiser


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


HANDLES = [
    ("Dr Amara Okafor supervised me. Her login is okaforj, the same shape as everyone's.",
     "okaforj"),
    ("Dr Amara Okafor supervised me; the folder was 'Students/amara.okafor/drafts'.",
     "amara.okafor"),
    ("Professor Okafor sent 'okafor_a_jobplan_v2.docx' round, which says it all.", "okafor_a"),
    ("Marieke van den Berg chaired it, and her username, mvandenberg, is on every form.",
     "mvandenberg"),
    ("I follow Dr Tunde Adeyemi-Cole online, he posts as drtadeyemicole most days.",
     "drtadeyemicole"),
    ("Our registrar, Siobhan Ní Bhriain, logs in as nibhriains on the ward machines.",
     "nibhriains"),
    ("Dr Wójcik-Lis helped; the shared drive has wojciklis_k/thesis in it.", "wojciklis_k"),
    ("Write to the team drive as usual: priya.nair owns the spreadsheet.", "priya.nair"),
    ("The old rota file lives under j_kowalczyk on the shared drive.", "j_kowalczyk"),
    ("Dr Amara Quarshie rang, and then in the captions it says amara quarshie again.",
     "amara quarshie"),
]


@pytest.mark.parametrize(("text", "handle"), HANDLES)
def test_handles_written_with_a_name_are_people(anonymiser: Anonymiser, text: str,
                                                handle: str) -> None:
    assert _covered(anonymiser, text, handle)


NOT_HANDLES = [
    ("Dr Hill was kind. It was a hill walk on a chill day, uphill all the way.", "hill"),
    ("Dr Hill was kind. It was a hill walk on a chill day, uphill all the way.", "uphill"),
    ("Dr Hill was kind. It was a hill walk on a chill day, uphill all the way.", "chill"),
    ("Dr Rose Baker was there with roses for everyone.", "roses"),
    ("I came up for a fella. Fella's gone, job stayed, and the fellas laughed.", "fella"),
    ("Dr Okafor's here. The okafor in the lower-case list, and okafors too.", "okafor"),
    ("See the guidance, e.g. the leaflet, i.e. the short one.", "e.g"),
    ("There is a grace.period of a week for the form, and will.power does the rest.",
     "grace.period"),
    ("Dr Anna Sharp saved it as report_final.docx and anna.pdf for the panel.",
     "report_final"),
    ("Dr Anna Sharp saved it as report_final.docx and anna.pdf for the panel.", "pdf"),
]


@pytest.mark.parametrize(("text", "word"), NOT_HANDLES)
def test_words_beside_a_name_are_no_handles(anonymiser: Anonymiser, text: str,
                                            word: str) -> None:
    assert _kept(anonymiser, text, word)


@pytest.mark.parametrize(("name", "text"), [
    ("Φώτης ΐωνας", "Interviewer: And Φώτης ΐωνας was your supervisor? P: Yes, ΐωνας, always."),
    ("Олег Петров", "The rota says Олег Петров, and the folder is петров_rota.xlsx."),
])
def test_names_in_scripts_that_fold_to_nothing_are_no_crash(anonymiser: Anonymiser, name: str,
                                                            text: str) -> None:
    """A name no letter of which folds to ASCII put an empty key into the login finder's
    stems, and a lower-case word of it then crashed the engine (IndexError; found by the
    engine fuzz test in CI after the merge): such a word is no login of the lists, and the
    register's name is still that participant's code."""
    from vault.anonymise.register import Register

    register = Register.from_csv(f"name,code\n{name},T01\n")
    redaction = anonymiser.redact(text, register=register)
    assert (name, "T01") in [(text[r.start:r.end], r.participant_marker)
                             for r in redaction.replacements]


def test_a_degree_after_a_name_is_no_handle(anonymiser: Anonymiser) -> None:
    text = "Dr Okafor PhD FRCP wrote it, and a phd is a long haul, frcp or not."
    assert not nth_covered(anonymiser, text, "phd", 0)
    assert not nth_covered(anonymiser, text, "frcp", 0)


AUTHORS = [
    ("The paper went out as 'Nwachukwu-Ellis T, Berg H, le Roux-Mabena A, Quayson W.' then.",
     ["Nwachukwu-Ellis T", "Berg H", "le Roux-Mabena A", "Quayson W"]),
    ("In the collaborators' table it's 'Tembo C (Mzuzu)', 'Ashaolu AK (Ilorin)'.",
     ["Tembo C", "Ashaolu AK"]),
    ("The reference reads Oyelaran, K. A., Szymanska, P., & Fairweather, J. (2019), if need be.",
     ["Oyelaran, K. A.", "Szymanska, P.", "Fairweather, J."]),
    ("The byline: Adaeze Oyelowo¹, Kwabena Mensah²*, and then the department.",
     ["Adaeze Oyelowo", "Kwabena Mensah"]),
    ("Contributions: A. Kowalczyk, K. zu Salm-Reiff and B. Oyediran conceived it.",
     ["K. zu Salm-Reiff"]),
    ("We cite Hollowell JT, Frost A, Cook B et al. in the protocol.",
     ["Hollowell JT", "Frost A", "Cook B"]),
]


@pytest.mark.parametrize(("text", "names"), AUTHORS)
def test_cited_authors_are_people(anonymiser: Anonymiser, text: str, names: list[str]) -> None:
    for name in names:
        assert _covered(anonymiser, text, name), name


LETTERED = [
    ("We checked Vitamin D, Hepatitis B and Group A before the trip.",
     ["Vitamin", "Hepatitis", "Group"]),
    ("Then Site A and Site B, Plan B, Ward C and Bay D, and Patient A, Patient B.",
     ["Site", "Plan", "Ward", "Bay", "Patient"]),
    ("Public Health England PHE, NHS England NHSE and Health Education England HEE, all three.",
     ["Public", "Health", "Education"]),
    ("Option A, Option B, or Stage C of the trial, see Table S1.", ["Option", "Stage", "Table"]),
]


@pytest.mark.parametrize(("text", "words"), LETTERED)
def test_things_labelled_by_letters_are_no_authors(anonymiser: Anonymiser, text: str,
                                                   words: list[str]) -> None:
    for word in words:
        assert _kept(anonymiser, text, word), word


ZU_NAMES = [
    ("Dr zu Salm-Reiff MBE is an NIHR clinical lecturer.", "zu Salm-Reiff"),
    ("The letter went to Dr K. zu Salm-Reiff and copied the dean.", "K. zu Salm-Reiff"),
    ("Dr Ines zur Linde came to the retreat as well.", "Ines zur Linde"),
]


@pytest.mark.parametrize(("text", "name"), ZU_NAMES)
def test_zu_surnames_are_whole(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


PLACES_AS_ADJECTIVES = [
    ("Hossam is covering the Quarnbie branch until Thursday.", "Quarnbie"),
    ("Dr Fagg, she's the TPD for the the Drumwhinnock lot, fierce but fair.", "Drumwhinnock"),
    ("The Ashgarvie job was the making of me, honestly.", "Ashgarvie"),
    ("The Vexley Common branch closed last spring.", "Vexley Common"),
]


@pytest.mark.parametrize(("text", "place"), PLACES_AS_ADJECTIVES)
def test_places_as_adjectives_are_places(anonymiser: Anonymiser, text: str, place: str) -> None:
    assert _covered(anonymiser, text, place)


NOT_PLACES_AS_ADJECTIVES = [
    ("The Cardiology job was the making of me.", "Cardiology"),
    ("The Research network met on Fridays and the Phoenix team won the quiz.", "Research"),
    ("The Research network met on Fridays and the Phoenix team won the quiz.", "Phoenix"),
    ("She trained in the Jungian school and then the Hunterian school of thought.", "Jungian"),
    ("She trained in the Jungian school and then the Hunterian school of thought.",
     "Hunterian"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PLACES_AS_ADJECTIVES)
def test_ordinary_adjectives_of_a_job_are_kept(anonymiser: Anonymiser, text: str,
                                               word: str) -> None:
    assert _kept(anonymiser, text, word)


DOUBLE_GIVEN_NAMES = [
    ("We thank Dr Rewiti for advice and April-Mae Quarshie for help with recruitment.",
     "April-Mae Quarshie"),
    ("Apologies: April-Jane Vantreight, who was on leave.", "April-Jane Vantreight"),
    ("Endorsed for teaching by June-Rose Adeyinka and the dean.", "June-Rose Adeyinka"),
]


@pytest.mark.parametrize(("text", "name"), DOUBLE_GIVEN_NAMES)
def test_double_given_names_join_the_surname(anonymiser: Anonymiser, text: str,
                                             name: str) -> None:
    assert _covered(anonymiser, text, name)


def test_a_compound_before_a_surname_is_no_given_name(anonymiser: Anonymiser) -> None:
    text = "Dr Vantreight ran it, and the Pre-Op Vantreight list was long."
    assert _kept(anonymiser, text, "Pre-Op")
    assert _kept(anonymiser, "She is a Scottish-Nigerian Vantreight, Dr Vantreight.",
                 "Scottish-Nigerian")
