"""Names, organisations and places as people say them, and the ordinary language around them
(issue 14): table-driven positives per class, hard negatives per class.

Strings are made up here (none is from the corpus generators' pools).
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser
from vault.anonymise.vocabulary import PhraseIndex, vocabulary_spans


def touched(anonymiser: Anonymiser, text: str) -> list[str]:
    """Replaced and sent to review."""
    redaction = anonymiser.redact(text)
    return [text[r.start:r.end] for r in (*redaction.replacements, *redaction.review)]


NAMES = [
    # introduced by role or apposition
    ("Grace, our clinical director, said yes.", "Grace"),
    ("Bev, our practice manager, moved my clinics.", "Bev"),
    ("My mentor, Tom, agreed straight away.", "Tom"),
    ("Our clinical lead, Oyinda, found the money.", "Oyinda"),
    ("It was Tadgh, the rota coordinator, who rang.", "Tadgh"),
    ("And Ifan is a colleague at the practice?", "Ifan"),
    # initial + surname
    ("H. Griffiths signed the form.", "H. Griffiths"),
    ("The chair was Dr A. Rahman, who was fair.", "Dr A. Rahman"),
    ("The email just said J. Thewlis.", "J. Thewlis"),
    # names that are also words, decided by context
    ("I asked Will about the rota.", "Will"),
    ("Then May said she'd cover it.", "May"),
    ("I told Amber and Frank the same day.", "Amber"),
    ("I told Amber and Frank the same day.", "Frank"),
    ("Thanks, Joy, I said, and went back in.", "Joy"),
    ("Rose, our lead nurse, spotted it.", "Rose"),
    ("Bill said I looked terrible.", "Bill"),
    ("Hope, our receptionist, was brilliant.", "Hope"),
    ("So, Mark, can you tell me about your role?", "Mark"),
    ("Iris, you know, Iris on reception, she noticed.", "Iris"),
    # unknown names the lists and the model miss
    ("So Okonjo was more a sounding board?", "Okonjo"),
    ("Tell Wynn I said hello.", "Wynn"),
    ("And who's Tendai?", "Tendai"),
    ("Transcribed by Ffion Prydderch", "Ffion Prydderch"),
]


@pytest.mark.parametrize("text, name", NAMES)
def test_names_as_people_say_them(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert any(name in span for span in replaced(anonymiser, text)), replaced(anonymiser, text)


PLACES = [
    ("I was at the Vic for three years.", "Vic"),
    ("I did my F1 at the RVI.", "RVI"),
    ("I locum at the QE some weekends.", "QE"),
    ("I did my F2 at University Hospital Crosshouse.", "University Hospital Crosshouse"),
    ("I'm a partner at Tamar Valley Health now.", "Tamar Valley Health"),
    ("I rang Riverside Medical and they were fine.", "Riverside Medical"),
    ("I grew up in Lagos and came over at twenty.", "Lagos"),
    ("My parents are still in Sri Lanka.", "Sri Lanka"),
    ("I qualified in Nigeria.", "Nigeria"),
    ("We went back to Kraków for a month.", "Kraków"),
    ("Then I spent six months at Ysbyty Glan Clwyd.", "Ysbyty Glan Clwyd"),
    ("Aneurin Bevan paid for the coaching.", "Aneurin Bevan"),
]


@pytest.mark.parametrize("text, place", PLACES)
def test_hospitals_practices_and_places_abroad(anonymiser: Anonymiser, text: str,
                                               place: str) -> None:
    assert any(place in span or span in place and len(span) > 2
               for span in replaced(anonymiser, text)), replaced(anonymiser, text)


ORDINARY = [
    # the study's models and mentoring's theorists: not even sent to review
    "We used the GROW model, then OSKAR, then a bit of CLEAR.",
    "Kolb's learning cycle and Gibbs' reflective cycle were on the course.",
    "We did Kolb, Gibbs and the Johari window at medical school.",
    "Hawkins and Shohet's seven-eyed model is the one for supervision.",
    "Schön talks about reflection-in-action.",
    "Egan's Skilled Helper is what good mentors do anyway.",
    "Proctor's model and Heron's six categories came up too.",
    "Karpman's drama triangle explains a lot of ward politics.",
    "My dad had Parkinson's, so I knew the signs.",
    # idioms with names
    "It's like every Tom, Dick and Harry has an opinion.",
    "Send the form off and Bob's your uncle.",
    "Murphy's law, the one night I'm on my own.",
    "A GP is a Jack of all trades, really.",
    "I was a Doubting Thomas about mentoring at first.",
    "Mark my words, it will get worse.",
    # national bodies that contain a place
    "Honestly, NHS England could fund this tomorrow.",
    "Health Education England paid for the first cohort.",
    "NHS Scotland does it differently, and NHS Wales too.",
    "I'm a member of the Royal College of Surgeons of Edinburgh.",
    "The Royal College of Physicians of London had a leaflet.",
    # sentence-initial capitals and words that are also names
    "Everybody says it gets better.",
    "Burnout wasn't a word people used back then.",
    "Will that go in the report?",
    "May I ask how the transcripts are stored?",
    "To be frank, it was a relief.",
    "We had an amber warning and still went in.",
    # speaker labels and codes used as labels, without a register
    "PR.10: I agree with that.",
    "P07: Yes.\nInterviewer: Okay.",
    "MW-07: Participant MW-07, that's me.",
    # document furniture
    "CONFIDENTIAL - Interview transcript",
    "Transcribed by the study team.\nPage 1 of 9",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_language_is_kept(anonymiser: Anonymiser, text: str) -> None:
    assert touched(anonymiser, text) == []


def test_vocabulary_spans() -> None:
    text = ("Kolb's learning cycle, Dr Proctor's model, Sarah's model and the Royal College of "
            "Physicians and Surgeons of Glasgow; every Tom, Dick and Harry.")
    spans = [text[s:e] for s, e in vocabulary_spans(text, PhraseIndex(["Tom, Dick and Harry"]))]
    assert "Kolb" in spans
    assert "Proctor" not in spans and "Sarah" not in spans  # a title, a first name: people
    assert "Royal College of Physicians and Surgeons of Glasgow" in spans
    assert "Tom, Dick and Harry" in spans


def test_places_and_names_mean_what_they_are_with_and_without_the_model(
        anonymiser: Anonymiser) -> None:
    """The model reads only sentences with a word nothing else explains; the result must not
    depend on that: one text and the same text cut into many give the same replacements."""
    text = ("Grace, our clinical director, was at the Vic. I grew up in Lagos. "
            "Then Okonjo rang from Morpeth.")
    whole = anonymiser.redact(text).text
    parts = anonymiser.redact_many(text.split(". "))
    assert [p.text for p in parts] == [anonymiser.redact(t).text for t in text.split(". ")]
    assert "Grace" not in whole and "Vic" not in whole and "Lagos" not in whole
    assert "Okonjo" not in whole and "Morpeth" not in whole


# ------------------------------------------------- round 4: capitalised ordinary language

ORDINARY_PROPER = [
    # festivals and named days ("Eve" is a word-name, "Eid" a surname elsewhere)
    "Easter was busy, Eid was busy too.",
    "During Ramadan I was fasting on nights.",
    "Over Diwali we had a party on the ward.",
    "British Summer Time messes up the rota.",
    # medicines: generic names by their stems, brands by name
    "He was on Warfarin and Metformin.",
    "We prescribed Sertraline, then Citalopram.",
    "Prozac helped, and a Ventolin inhaler.",
    "Lemsip and carry on, that's the culture.",
    "Atorvastatin, Ramipril, Bisoprolol, the usual.",
    # apps, software, products, shops, publications
    "We moved from SystmOne to EMIS last year.",
    "Headspace is the app I use.",
    "I use Calm at night, and my Fitbit says I don't sleep.",
    "Pilates is what I do now.",
    "Greggs for lunch, Velcro on the splints.",
    "There was an article in the Lancet about it.",
    "I read it in the Daily Mail, which I know.",
    # nationalities, languages, adjectives made from names
    "Spanish and Italian at school.",
    "Victorian building, falling apart.",
    "It was Kafkaesque, honestly.",
    "Machiavellian management, Dickensian conditions.",
    "It was all so Wagnerian.",
    # "the <Word> <thing>", teams, companies, idioms with places, charities
    "The Francis report changed things.",
    "After the Francis Inquiry nothing changed.",
    "The Brexit thing made it worse.",
    "The Jubilee line was down again.",
    "I support Newcastle United, so Saturdays are sacred.",
    "He's a Liverpool fan.",
    "Transcript prepared by Transcription Services Ltd.",
    "They sent him to Coventry after that.",
    "It was like carrying coals to Newcastle.",
    "He was a GCS of eight on the Glasgow Coma Scale.",
    "Macmillan nurses are amazing, Marie Curie nurses too.",
    "Harry Potter books with my kids.",
    "Marks and Spencer sandwiches.",
]


@pytest.mark.parametrize("text", ORDINARY_PROPER)
def test_capitalised_ordinary_language_is_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, days", [
    ("Christmas Eve I was on nights, New Year's Eve too.", ["Christmas Eve", "New Year's Eve"]),
    ("P: We went out for St Patrick's Day, the whole ward.", ["St Patrick's Day"]),
])
def test_a_holiday_fixed_in_the_calendar_is_a_date_never_a_name(anonymiser: Anonymiser, text: str,
                                                                days: list[str]) -> None:
    """"Christmas Eve" says as much as "the twenty-fourth of December", which is redacted as a
    date; it is never taken for a person or a place."""
    found = anonymiser.redact(text).replacements
    assert [text[r.start:r.end] for r in found] == days
    assert {r.entity_type for r in found} == {"DATE"}


PEOPLE_NEAR_ORDINARY = [
    # the same shapes, but people: a title or first name before, a name the lists know
    ("Dr Eid was busy too.", "Eid"),
    ("I asked Caroline about the Warfarin.", "Caroline"),
    ("Jasmine prescribed it.", "Jasmine"),
    ("Sarkissian said no, and Dr Sarkissian meant it.", "Sarkissian"),
    ("Ask Adrian, the registrar.", "Adrian"),
    ("Dr Fenwick's report was kind.", "Fenwick"),
    ("Me and Julian covered the nights.", "Julian"),
    ("The Harrogate job was hard.", "Harrogate"),
]


@pytest.mark.parametrize("text, name", PEOPLE_NEAR_ORDINARY)
def test_names_beside_ordinary_proper_words_are_still_found(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert any(name in r for r in replaced(anonymiser, text))


# ------------------------------------ round 4: counties, council areas and landscape areas

@pytest.mark.parametrize("text, place", [
    ("Calderdale is lovely, honestly.", "Calderdale"),
    ("Yeah, Ryedale. Beautiful.", "Ryedale"),
    ("We walk in the Cotswolds most weekends.", "Cotswolds"),
    ("Anywhere round the Pennines really.", "Pennines"),
    ("Oh, Dumfries and Galloway, yeah.", "Dumfries and Galloway"),
    ("We moved to the Isle of Wight last year.", "Isle of Wight"),
    ("She grew up in the Forest of Dean.", "Forest of Dean"),
    ("Um, Midlothian's services are stretched.", "Midlothian"),
    ("We're Ribble Valley based.", "Ribble Valley"),
    ("Yeah, North Yorkshire. Beautiful.", "North Yorkshire"),
    ("I did two years in South Lanarkshire.", "South Lanarkshire"),
    ("Then West London for a bit.", "West London"),
])
def test_counties_council_and_landscape_areas_are_places(anonymiser: Anonymiser, text: str,
                                                         place: str) -> None:
    assert place in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "Bury the hatchet, I said.",
    "Barrow of paperwork, honestly.",
    "Wear a mask, they said.",
    "Avon calling.",
])
def test_area_words_that_are_also_words_stay_words(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


def test_a_brand_after_a_title_is_a_person(anonymiser: Anonymiser) -> None:
    # "Rennie" is a brand of antacid in the list, and a surname after a title
    assert "Rennie" in " ".join(replaced(anonymiser, "I rang Mr Rennie about it. Dr. Rennie agreed."))
    assert "Rennie" in " ".join(replaced(anonymiser, "And Mister Rennie, the patient's son, said."))
    assert replaced(anonymiser, "A Rennie after nights, that's my diet.") == []


# ------------------------------- round 4: institutions, roles, bodies, theories, eponyms

def redacted(anonymiser: Anonymiser, text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in anonymiser.redact(text).replacements]


@pytest.mark.parametrize("text, place", [
    ("I was with the Mercia Deanery for core training.", "Mercia"),
    ("After the Wessex Deanery I moved across to Leeds.", "Wessex"),
    ("I did my degree at Staffordshire University, so not far.", "Staffordshire"),
    ("I did medicine at the University of Bolton.", "Bolton"),
])
def test_a_deanery_or_university_is_its_place(anonymiser: Anonymiser, text: str,
                                              place: str) -> None:
    found = redacted(anonymiser, text)
    assert (place, "LOCATION") in found
    assert not any(w in span for span, _ in found for w in ("Deanery", "University", "After"))


@pytest.mark.parametrize("text, name", [
    ("Sister Okonkwo, um, she just took over.", "Okonkwo"),
    ("Councillor, er, Councillor Wozniak got involved.", "Wozniak"),
    ("Nurse Adeyemi rang me at home.", "Adeyemi"),
])
def test_a_role_before_a_name_is_not_part_of_it(anonymiser: Anonymiser, text: str,
                                                name: str) -> None:
    assert [span for span, _ in redacted(anonymiser, text)] == [name]


@pytest.mark.parametrize("text", [
    "Was that run by Disclosure Scotland?",
    "The funding came from Age Scotland, in the end.",
    "We were referred by Mind Cymru.",
    "The funding came from the Mental Welfare Commission for Scotland.",
    "Did anyone use Festinger's cognitive dissonance with you?",
    "I found Antonovsky's sense of coherence useful, oddly.",
    "We looked at Berne's parent-adult-child on the course.",
    "Perfectionism is the doctor's disease, really.",
    "Presenteeism is what wears you down.",
    "I worked out the Wells score and it was borderline.",
    "He's got a Holter monitor on.",
    "We got sweet Fanny Adams in the way of thanks.",
    "I felt like Billy no-mates in the canteen.",
    "It was Box and Cox, me and my husband.",
    "He had the Midas touch at medical school.",
    "We'd put Bake Off on and just switch off.",
])
def test_bodies_theories_abstract_nouns_eponyms_and_idioms_are_kept(
        anonymiser: Anonymiser, text: str) -> None:
    assert redacted(anonymiser, text) == []


@pytest.mark.parametrize("text, name", [
    ("Did Grace England say anything?", "England"),
    ("I found Okafor's notes on the desk.", "Okafor"),
    ("I used Sarah's notes with the trainees.", "Sarah"),
    ("Scotland was cold, we moved to Central Scotland.", "Central Scotland"),
])
def test_people_and_places_near_those_shapes_are_still_found(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert any(name in span for span, _ in redacted(anonymiser, text))


@pytest.mark.parametrize("text, name", [
    ("TRANSCRIBED BY OKAFOR-BELLO\n\nINT: Shall we start?", "OKAFOR-BELLO"),
    ("Checked: P. Dear / second check ADEYEMI\n", "ADEYEMI"),
    ("INTERVIEW WITH DR NWOSU\n", "NWOSU"),
    # a header's label for who did the work, and capitals beyond A-Z
    ("TRANSCRIBER: FENWICK\n\nINT: Shall we start?", "FENWICK"),
    ("Study 12, interview 3\nTypist: OKORO-LEE\n", "OKORO-LEE"),
    ("NOTE TAKER: ŠIMKUS\n", "ŠIMKUS"),
    ("TRANSCRIPT OF CONVERSATION WITH DR ŽEMAITIS\n", "ŽEMAITIS"),
    ("INTERVIEW WITH MRS ŁUKASIEWICZ\n", "ŁUKASIEWICZ"),
])
def test_names_in_capitals_in_typed_headers(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in [span for span, _ in redacted(anonymiser, text)]


@pytest.mark.parametrize("text", [
    "DR ON CALL: PAGE 1234",
    "Transcribed by AI software, checked by hand.",
    "TRANSCRIBER: NONE\nNOTES: TBC",
    "Transcriber: N/A (AI SOFTWARE)",
    "The transcriber: IT WAS HARD TO HEAR.",
    "INT: OKAY, SHALL WE START?",
    "His Glasgow Coma Scale was eight when he came in.",
    "Her pain score was seven, then GCS 14.",
])
def test_capitals_and_scores_that_are_not_identifiers(anonymiser: Anonymiser, text: str) -> None:
    assert redacted(anonymiser, text) == []


@pytest.mark.parametrize("text, place", [
    ("I did medicine at the University of the West of Scotland.", "West of Scotland"),
    ("Were you with the North of England deanery then?", "North of England"),
])
def test_a_part_of_a_nation_by_its_direction_is_a_place(anonymiser: Anonymiser, text: str,
                                                       place: str) -> None:
    assert (place, "LOCATION") in redacted(anonymiser, text)


def test_an_age_is_still_an_age_beside_a_score(anonymiser: Anonymiser) -> None:
    text = "I was 34 at the time, and my pain score was seven. My son was eight."
    assert [span for span, _ in redacted(anonymiser, text)] == ["34", "eight"]


@pytest.mark.parametrize("text, kept", [
    ("It was paid for by Northern Ireland Practice and Education Council.", ""),
    ("After Covid NHS Kent and Medway set up a staff psychology service.", "After Covid"),
    ("N. Abenov - Ealing General - round 4\nChecked: C. Quill", "round 4"),
    ("Phuong Ferriter from the renal unit rang me at home.", "me"),
    ("Some duke or earl opened the new wing.", ""),
    ("Um, the Reverend, Reverend Tshering, came in.", "Reverend"),
])
def test_lead_ins_roles_header_fields_and_lowercase_words_are_not_names(
        anonymiser: Anonymiser, text: str, kept: str) -> None:
    found = [span for span, _ in redacted(anonymiser, text)]
    assert not any(w in span for span in found for w in ("Council", "Practice", "duke", "earl"))
    if kept:
        assert not any(kept in span for span in found)
    if "Tshering" in text:
        assert found == ["Tshering"]


def test_the_other_names_of_a_list_with_a_person_are_people(anonymiser: Anonymiser) -> None:
    text = "Peacock, Onyeka and Hawk were all on the rota."
    assert [span for span, _ in redacted(anonymiser, text)] == ["Peacock", "Onyeka", "Hawk"]
    # a list of theorists or places is no list of people
    assert redacted(anonymiser, "Kolb, Gibbs and Schön were all on the reading list.") == []
    assert {kind for _, kind in redacted(anonymiser, "Newcastle and Leeds were both good.")} \
        == {"LOCATION"}


@pytest.mark.parametrize("text, acronym", [
    ("How did the DPQ compare with the WRX?", "WRX"),
    ("Yeah, the QEG, we called it the WRX.", "WRX"),
])
def test_a_hospital_acronym_compared_or_called(anonymiser: Anonymiser, text: str,
                                              acronym: str) -> None:
    assert acronym in [span for span, _ in redacted(anonymiser, text)]


@pytest.mark.parametrize("text, name", [
    ("How did Seo-yeon react when you told them?", "Seo-yeon"),
    ("Just Min-jun is fine.", "Min-jun"),
])
def test_korean_given_names_with_a_hyphen(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in [span for span, _ in redacted(anonymiser, text)]


@pytest.mark.parametrize("text, name", [
    # nationalities that are common surnames are left to context
    ("French and Okafor did the rota between them.", "French"),
])
def test_surnames_that_are_nationalities_or_groups_stay_people(anonymiser: Anonymiser, text: str,
                                                               name: str) -> None:
    assert any(name in span for span, _ in redacted(anonymiser, text))


@pytest.mark.parametrize("text, name", [
    # an action on someone in the progressive, which only a person does
    ("So Wren was coaching me at that point?", "Wren"),
    ("I'd have gone under without Sparrow ringing me that night.", "Sparrow"),
    ("I think Brook is, um, mentoring us both now.", "Brook"),
    # a contracted "is" and praise only a person earns
    ("Oh, Sparrow? Sparrow's, um, a real gem.", "Sparrow"),
    ("To be honest Sparrow's a lifesaver on nights.", "Sparrow"),
    # a mind or a relative in the possessive
    ("In the end Brook's view was that I should go part-time.", "Brook"),
    ("Clay's mother was ill that year.", "Clay"),
    # talk about the word as a name
    ("And Sparrow, is that a name I'd know?", "Sparrow"),
])
def test_word_names_taken_by_what_only_a_person_does_or_is(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in [span for span, _ in redacted(anonymiser, text)]


@pytest.mark.parametrize("text", [
    "Snow was covering the car park when I got in.",
    "Rain's a nuisance on the drive in.",
    "The storm was keeping us awake all night.",
    "Spring's a busy time for the practice.",
    "Is that a name for it, burnout?",
])
def test_weather_and_seasons_near_those_shapes_are_kept(anonymiser: Anonymiser,
                                                         text: str) -> None:
    assert redacted(anonymiser, text) == []


@pytest.mark.parametrize("text, name", [
    ("You mentioned Baker earlier on. Who's that?", "Baker"),
    ("You said Chamberlain just now. Sorry, who is she?", "Chamberlain"),
    ("You brought up Mason a while back. Who was he?", "Mason"),
])
def test_a_word_someone_said_and_was_asked_who_it_is_is_a_person(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in [span for span, _ in redacted(anonymiser, text)]


@pytest.mark.parametrize("text", [
    "You mentioned burnout earlier. Who's that affecting most?",
    "You said Christmas was hard. Who was there?",
])
def test_a_word_asked_about_without_who_it_is_is_kept(anonymiser: Anonymiser,
                                                       text: str) -> None:
    assert redacted(anonymiser, text) == []


@pytest.mark.parametrize("text, name", [
    ("Pound, um, she's just like that with everyone.", "Pound"),
    ("I'll tell you about Shepherd. Shepherd, er, he was the one who stayed late.", "Shepherd"),
    ("Honestly? Cotton, you know, she's a force of nature.", "Cotton"),
])
def test_a_word_taken_up_by_a_pronoun_after_a_filler_is_a_person(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in [span for span, _ in redacted(anonymiser, text)]


@pytest.mark.parametrize("text", [
    "Honestly, um, she's just like that with everyone.",
    "Anyway, er, he was the one who stayed late.",
    "Mum, you know, she's a force of nature.",
])
def test_an_interjection_or_kin_before_a_filler_and_a_pronoun_is_kept(
        anonymiser: Anonymiser, text: str) -> None:
    assert redacted(anonymiser, text) == []


@pytest.mark.parametrize("text, name", [
    ("You mentioned Cotterill a moment ago. Who's that?", "Cotterill"),
    ("I saw Pemberton a moment ago in the corridor, she said hello.", "Pemberton"),
])
def test_a_name_before_an_article_and_an_eponym_noun_is_no_eponym(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in [span for span, _ in redacted(anonymiser, text)]


@pytest.mark.parametrize("text", [
    "I moved to Scotland in my second year and stayed.",
    "When you were working in Wales, was the rota any better?",
    "P4: Yes, in England first, then up to Scotland for the job.",
    "We flew over to Northern Ireland for the conference.",
    "Scotland's a different world for trainees, honestly.",
    "they moved back to wales when the kids were small",
    "It was England and Wales then, the rules were the same.",
])
def test_a_uk_nation_by_itself_is_ordinary_language(anonymiser: Anonymiser, text: str) -> None:
    # round 24: no development set labels a nation by itself (1,085 of 1,225 mentions unlabelled)
    assert redacted(anonymiser, text) == []


@pytest.mark.parametrize("text, place", [
    ("I moved to North Wales in my second year.", "North Wales"),
    ("We were in the west of Scotland for his job.", "west of Scotland"),
    ("I trained in Scotland, in Dundee mostly.", "Dundee"),
    ("Did Rhian Wales ever get back to you?", "Rhian Wales"),
    ("I asked Dr England about it.", "England"),
    ("I did my core years in the Northern Ireland deanery.", "Northern Ireland"),
    ("I was at the Prince of Wales on nights, then the Royal.", "Wales"),
])
def test_parts_of_nations_towns_and_people_named_so_are_still_found(
        anonymiser: Anonymiser, text: str, place: str) -> None:
    assert any(place in span for span, _ in redacted(anonymiser, text)), redacted(anonymiser, text)
