"""Round 11 of issue 14: names written in capitals in running text, names that are ordinary
words, and full names of many naming cultures.

* one capitals word in mixed-case prose (a badge, a name tag, a notebook, a whiteboard, a
  pasted chat line, a name shouted or signed) is a name when a name list knows it and it is
  no word and no acronym ("the rota had ŁUKASZ on"), or when no list, dictionary or acronym
  explains it and it reads as a word: in a name's place ("my tag says NKEM", "the
  interpreter, AIGERIM,", "WIREMU has joined") at four letters, anywhere at five ("I sat next
  to TSHEPO");
* acronyms stay: known ones ("PLAB", "IELTS", "OSKAR", "PERMA"), ones that do not read as
  a word ("DNACPR"), a thing's name ("the PERMA model", "the app is called MEDIBOOK"), a word
  glossed or named as a word ("UBUNTU", "we say MAKADII, it means..."), chat-speak and loan
  interjections ("SOOOO", "INSHALLAH", "LOL");
* capitals in any Latin script ("HALVARD NYSTRØM", "BJØRN", "SŁAWOMIR");
* given names coined from English words ("Godknows", "Learnmore", "Loveness") are first
  names; virtue names ("Tribulation", "Witness", "Knowledge") are people where the words
  around them need one.

Every string is made up for this file (none is from a corpus or its generator's pools).
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.capitals import CapitalsRecognizer
from vault.anonymise.engine import Anonymiser


def covered(anonymiser: Anonymiser, text: str, word: str) -> bool:
    at = text.index(word)
    return any(r.start <= at < r.end for r in anonymiser.redact(text).replacements)


@pytest.mark.parametrize("text, names", [
    ("P: In my notebook I wrote KWABENA next to the date.", ["KWABENA"]),
    ("P: My name tag says NKEM but nobody reads it.", ["NKEM"]),
    ("P: The locum, HALVARD NYSTRØM, covered Tuesdays.", ["HALVARD", "NYSTRØM"]),
    ("[10:02] OLUWASEUN ADEYEMI has joined the meeting", ["OLUWASEUN", "ADEYEMI"]),
    ("P: SIPHO joined the call late that day.", ["SIPHO"]),
    ("P: The whiteboard said TANVIR on nights, in red pen.", ["TANVIR"]),
    ("P: Her badge read DR AMARA OKONKWO, ST3.", ["AMARA", "OKONKWO"]),
    ("P: He just signed it BJØRN, no surname.", ["BJØRN"]),
    ("P: We called the interpreter, AIGERIM, to help.", ["AIGERIM"]),
    ("MALAKAI TUPOU: can you hear me now?", ["MALAKAI", "TUPOU"]),
    ("P: The rota had ŁUKASZ on the Saturday.", ["ŁUKASZ"]),
    ("P: I put ESPERANZA in the diary for Friday.", ["ESPERANZA"]),
    ("P: Then SOLVEIG came in with the notes.", ["SOLVEIG"]),
    ("P: They wrote KOFI MENSAH on the board.", ["KOFI", "MENSAH"]),
    ("P: The card said THANK YOU FROM THEMBA AND THE TEAM.", ["THEMBA"]),
    ("P: On the lanyard it says RANGI, just RANGI.", ["RANGI"]),
    ("P: The sticky note just said CALL DAWIT.", ["DAWIT"]),
    ("P: I saw 'YESENIA left early' in the handover book.", ["YESENIA"]),
    ("P: My manager, MRS ADEBAYO, was lovely.", ["ADEBAYO"]),
    ("P: Everyone called him TAVITA, even the patients.", ["TAVITA"]),
    ("P: Wiremu typed SORRY WIREMU HERE in the chat.", ["WIREMU"]),
    ("Chat: [09:14] NOMVULA: mic is off sorry", ["NOMVULA"]),
    ("P: Her ID card says PHAM THI HUONG.", ["PHAM", "HUONG"]),
    ("P: The email came from GRZEGORZ, the practice manager.", ["GRZEGORZ"]),
    ("P: The sign-in sheet just had OKONJO at the bottom.", ["OKONJO"]),
    ("P: I remember the whiteboard: BEATRIZ - bay 4.", ["BEATRIZ"]),
    ("P: The locker label said AMINATA, not my name.", ["AMINATA"]),
    ("P: On Teams it showed KALANI as the organiser.", ["KALANI"]),
    ("P: She shouted SEREWAIA down the corridor.", ["SEREWAIA"]),
    ("P: My trainer, MIHAELA, wrote it in capitals.", ["MIHAELA"]),
    ("P: Then the message: ABDULLAHI left the chat.", ["ABDULLAHI"]),
    ("P: I still have the card from OLUFUNKE somewhere.", ["OLUFUNKE"]),
    ("P: The prescription was signed by DR CHUKWUMA.", ["CHUKWUMA"]),
    ("P: Her nickname on the ward was TITI.", ["TITI"]),
    ("P: We'd write RAHEL on the jobs list and she'd do them.", ["RAHEL"]),
    ("P: The notebook has SVETLANA crossed out.", ["SVETLANA"]),
    ("P: The stamp said DR ANDILE NDLOVU, GP.", ["ANDILE", "NDLOVU"]),
    ("P: On the rota it's PAVLÍNA, then me.", ["PAVLÍNA"]),
    ("P: My colleague SŁAWOMIR said the same.", ["SŁAWOMIR"]),
    ("P: JÜRGEN HOFFMANN was the trainer.", ["JÜRGEN", "HOFFMANN"]),
    ("P: I saw that ISILELI had replied in the group chat.", ["ISILELI"]),
    ("P: The email was from BONGIWE MASEKO, so I opened it.", ["BONGIWE", "MASEKO"]),
    ("P: 10:41 FOLAKE: can you all see my screen?", ["FOLAKE"]),
    ("P: It was FERNANDA who rang me that morning.", ["FERNANDA"]),
    ("P: And then MOANA, the HCA, came to help.", ["MOANA"]),
    ("P: My patient's daughter, AROHA, translated.", ["AROHA"]),
    ("P: I was sat next to TSHEPO in the induction.", ["TSHEPO"]),
    ("P: It's VUYO on the badge but his name's Vuyolwethu.", ["VUYO"]),
    ("P: Thank you, TEMITOPE, for organising.", ["TEMITOPE"]),
    ("P: I asked for ZODWA at reception.", ["ZODWA"]),
    ("P: The label on my locker: NIKHIL.", ["NIKHIL"]),
    ("P: ANAHERA and I did the baby clinic.", ["ANAHERA"]),
    ("P: Everyone called her BLESSING, even the consultant.", ["BLESSING"]),
    ("P: The card was signed PRECIOUS, with a heart.", ["PRECIOUS"]),
    ("P: TRIBULATION has joined the meeting", ["TRIBULATION"]),
    ("P: The interpreter, MERCY, was brilliant.", ["MERCY"]),
])
def test_a_name_in_capitals_in_running_text_is_redacted(anonymiser: Anonymiser, text: str,
                                                        names: list[str]) -> None:
    for name in names:
        assert covered(anonymiser, text, name), name


@pytest.mark.parametrize("text", [
    "P: I typed HELP in the chat and nobody answered.",
    "P: The label said FRAGILE in big letters.",
    "P: The sign said DO NOT ENTER.",
    "P: I passed PLAB first time.",
    "P: The form says URGENT at the top.",
    "P: I wrote SBAR on my hand.",
    "P: It said NIL BY MOUTH on the board.",
    "P: My badge says INTERNATIONAL GP.",
    "P: The whiteboard said BEDS FULL again.",
    "P: The mug says WORLD'S BEST NURSE.",
    "P: They wrote COVID on the notes.",
    "P: My name tag says NURSE, which is funny.",
    "P: The screen said RECONNECTING for ages.",
    "P: We moved from EMIS to SYSTMONE last year.",
    "P: They wrote AWOL next to my name.",
    "P: She typed SOOOO sorry in the chat.",
    "P: He always says INSHALLAH when I ask about the rota.",
    "P: We used the SOCRATES mnemonic for pain.",
    "P: The app is called MEDIBOOK, it's rubbish.",
    "P: The NEWS2 score was seven.",
    "P: It's CAMHS referrals that take forever.",
    "P: The word UBUNTU came up in the training.",
    "P: She wrote ASAP and underlined it.",
    "P: I typed LOL and regretted it.",
    "P: Everyone calls it the ARRS money.",
    "P: I said YALLA and they all laughed.",
    "P: We used GROW mostly, and OSKAR later on.",
    "P: OSKAR was on the course, but I never used it.",
    "P: We did Seligman's PERMA model on the course.",
    "P: HEIW sent a survey round.",
    "P: It said DNACPR at the top of the form.",
    "P: I sat the IELTS twice and the OET once.",
    "P: My notebook says TODO: revalidation.",
])
def test_capitals_that_are_no_name_stay(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text", [
    "P: Back home we say MAKADII, it means how are you.",
    "P: The word SAWUBONA, which is hello, made her smile.",
    "P: He wrote TAKK - it's thanks in Norwegian.",
    "P: In Tagalog it's SALAMAT, everyone says it.",
    "P: The app is called ZENDOCO, it books the rooms.",
    "P: We logged it on the TRAKCARE system.",
    "P: It was NOOOOO from everyone.",
    "P: They just wrote MRCGP after my name.",
    "P: The poster said HOPE in big letters.",
    "P: I wrote PATIENCE in my notebook.",
    "P: It said SILENCE PLEASE on the door.",
    "P: WITNESS STATEMENT due Friday.",
    "P: It was written OXYCODONE in big letters.",
    "P: The box said NALOXONE, so I grabbed it.",
])
def test_capitals_read_as_words_or_things_are_no_one(text: str) -> None:
    assert CapitalsRecognizer().find(text) == []


@pytest.mark.parametrize("text, name", [
    ("P: Godknows rang me after the interview.", "Godknows"),
    ("P: Honestly Loveness, our interpreter, was brilliant with the family.", "Loveness"),
    ("P: I did nights with Learnmore for a year.", "Learnmore"),
    ("P: My colleague Precious taught me the system.", "Precious"),
    ("P: I asked Comfort to translate for the family.", "Comfort"),
    ("P: Blessing and I shared a flat in Leeds.", "Blessing"),
    ("P: Innocent, the pharmacist, sorted it out.", "Innocent"),
    ("P: Memory's husband drove us to the station.", "Memory"),
    ("P: Thanks, Gift, that helps.", "Gift"),
    ("P: I trained with Marvellous back home.", "Marvellous"),
    ("P: Our receptionist Prosper speaks four languages.", "Prosper"),
    ("P: Me and Happiness did the flu clinic together.", "Happiness"),
    ("P: I asked Witness to cover my Friday.", "Witness"),
    ("P: My buddy Knowledge met me at the airport.", "Knowledge"),
    ("P: Thanks to Tribulation, I passed.", "Tribulation"),
 ("P: I was paired with Knowledge on my first week.", "Knowledge"),
 ("P: Talent from the pharmacy team rang me.", "Talent"),
 ("P: My flatmate Witness is a midwife.", "Witness"),
 ("P: We rang Pardon to ask about the rota.", "Pardon"),
 ("P: Me and Goodness covered the walk-ins.", "Goodness"),
 ("P: Ask Silence, she knows the system.", "Silence"),
 ("P: Precious and Lucky were both from Bulawayo.", "Lucky"),
 ("P: My sister Fortunate lives in Leicester.", "Fortunate"),
 ("P: Dr Godknows Moyo supervised me.", "Godknows"),
 ("P: I roomed with Learnmore Chikwanha in Harare.", "Learnmore"),
 ("P: Obedience's daughter is in my son's class.", "Obedience"),
 ("P: Admire from IT fixed my laptop.", "Admire"),
 ("P: I told Tribulation about the complaint.", "Tribulation"),
 ("P: My mentor was Providence Banda.", "Providence"),
 ("P: Hardlife, our porter, knows everyone.", "Hardlife"),
 ("P: I worked with Nomore Sithole for two years.", "Nomore"),
 ("P: Thanks to Remember, I found the clinic.", "Remember"),
 ("P: Salvation Mensah was the other locum.", "Salvation"),
])
def test_a_word_name_or_coined_name_in_a_persons_place_is_redacted(anonymiser: Anonymiser,
                                                                    text: str, name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text", [
    "P: Remember to mute yourself when you join.",
    "P: Comfort is important for the patients.",
    "P: Patience is the main thing you need.",
    "P: Lucky for me the bus was late too.",
    "P: Memory is a funny thing, isn't it.",
    "P: Blessing in disguise, really.",
    "P: Precious little time to eat.",
    "P: Given the circumstances, we coped.",
    "P: Charity begins at home, my mum says.",
    "P: Innocent until proven guilty, they said.",
    "P: Trials and tribulations, like they say.",
    "P: Knowledge is power, my dad said.",
    "P: Witness statements took ages.",
    "P: Silence is golden on a night shift.",
    "P: Kindness costs nothing.",
 "P: Knowledge of the system takes time.",
 "P: Talent is wasted in that department.",
 "P: Justice was never done for those patients.",
 "P: Pardon, can you repeat the question?",
 "P: Silence on the line for ages.",
 "P: Goodness, it was a long night.",
 "P: Forget it, I said.",
 "P: Perseverance is what got me through PLAB.",
 "P: Victory for common sense, finally.",
 "P: Witness statements are a nightmare.",
 "P: Promise me you'll rest, she said.",
 "P: Truth is, I nearly left.",
 "P: Courage is a big word for it.",
 "P: Humility matters in general practice.",
 "P: Salvation Army shop on the high street.",
])
def test_a_virtue_word_as_a_word_stays(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, names", [
    ("P: Chidinma Eze-Okafor was the practice manager.", ["Chidinma", "Eze-Okafor"]),
    ("P: I worked with Nguyen Thi Lan in Hanoi before.", ["Nguyen", "Lan"]),
    ("P: Sione Havili and Malakai Fifita came over with me.",
     ["Sione", "Havili", "Malakai", "Fifita"]),
    ("P: Aigerim Zhaksylykova was on the same course.", ["Aigerim", "Zhaksylykova"]),
    ("P: Agnieszka Szczepańska did my induction.", ["Agnieszka", "Szczepańska"]),
    ("P: João Magalhães was the other overseas GP.", ["João", "Magalhães"]),
    ("P: Abdulrahman Al-Qahtani interviewed me.", ["Abdulrahman", "Al-Qahtani"]),
    ("P: Siti Nurhaliza binti Abdullah was my buddy.", ["Siti", "Nurhaliza", "Abdullah"]),
    ("P: Teuila Faleolo runs the Samoan group.", ["Teuila", "Faleolo"]),
    ("P: Haukur Sigurðsson, the Icelandic GP, left.", ["Haukur", "Sigurðsson"]),
    ("P: Dilnoza Yusupova and Farrukh Rashidov.", ["Dilnoza", "Yusupova", "Farrukh", "Rashidov"]),
    ("P: Marlon Thwaites-Clarke from Kingston.", ["Marlon", "Thwaites-Clarke"]),
 ("P: Koffi Agbodjan-Prince did the induction for us.", ["Koffi", "Agbodjan-Prince"]),
 ("P: We had Tevita Ma'afu on nights.", ["Tevita", "Ma'afu"]),
 ("P: Our lead is Ebere Onwuachusi, she's amazing.", ["Ebere", "Onwuachusi"]),
 ("P: Vaiola Taufahema from the Tongan church helped.", ["Vaiola", "Taufahema"]),
 ("P: I was supervised by Mthunzi Sibanda-Ncube.", ["Mthunzi", "Sibanda-Ncube"]),
 ("P: Ingrid Bjørnstad and I did the minor ops list.", ["Ingrid", "Bjørnstad"]),
 ("P: My buddy was Lwazi Mabuza from Pietermaritzburg.", ["Lwazi", "Mabuza"]),
 ("P: Nuno Gonçalves Ferreira runs the diabetes clinic.", ["Nuno", "Gonçalves", "Ferreira"]),
 ("P: Ravindu Jayawardena trained in Colombo.", ["Ravindu", "Jayawardena"]),
 ("P: Bich Ngoc Tran was the receptionist.", ["Bich", "Ngoc", "Tran"]),
 ("P: Dr Olumide Fashola-Bakare signed my logbook.", ["Olumide", "Fashola-Bakare"]),
 ("P: Khurshida Begum Chowdhury was the practice nurse.", ["Khurshida", "Chowdhury"]),
 ("P: Anzhelika Korolenko covered the phones.", ["Anzhelika", "Korolenko"]),
 ("P: Kwesi Appiah-Nkansah is the partner.", ["Kwesi", "Appiah-Nkansah"]),
 ("P: I shadowed Fetu Leiataua for a week.", ["Fetu", "Leiataua"]),
 ("P: Tarni Wirrpanda joined after me.", ["Tarni", "Wirrpanda"]),
 ("P: Mahlet Tesfaye and Yonas Gebremedhin both came from Addis.",
     ["Mahlet", "Tesfaye", "Yonas", "Gebremedhin"]),
 ("P: Sunniva Kvalheim is the Norwegian locum.", ["Sunniva", "Kvalheim"]),
 ("P: Oddbjørn Aasen, the other GP, left in May.", ["Oddbjørn", "Aasen"]),
 ("P: Shanique Gordon-Mattis from Trinidad mentored me.", ["Shanique", "Gordon-Mattis"]),
 ("P: Rohan Wickramasinghe was the registrar.", ["Rohan", "Wickramasinghe"]),
 ("P: Apakuki Vainikolo came with his family.", ["Apakuki", "Vainikolo"]),
 ("P: Uchenna Obiorah-Nnaji helped with the visa.", ["Uchenna", "Obiorah-Nnaji"]),
 ("P: Thanks to Nilufar Karimova I passed.", ["Nilufar", "Karimova"]),
 ("P: Ayşegül Yıldırım was my clinical supervisor.", ["Ayşegül", "Yıldırım"]),
 ("P: Everyone loved Mosese Tuilagi.", ["Mosese", "Tuilagi"]),
 ("P: Ilsa Lindqvist-Haraldsen wrote my reference.", ["Ilsa", "Lindqvist-Haraldsen"]),
 ("P: Dumisani Zwane, bless him, drove me home.", ["Dumisani", "Zwane"]),
 ("P: I met Chiamaka Okeke-Ogbu at the airport.", ["Chiamaka", "Okeke-Ogbu"]),
 ("P: Pania Ngata-Hēnare runs the Māori health group.", ["Pania", "Ngata-Hēnare"]),
])
def test_full_names_of_many_naming_cultures(anonymiser: Anonymiser, text: str,
                                            names: list[str]) -> None:
    for name in names:
        assert covered(anonymiser, text, name), name


@pytest.mark.parametrize("text, kept", [
    ("P: I asked Tevita's mum about it.", "mum"),
    ("P: Sione Tui'll be there, he said.", "be"),
])
def test_a_glottal_stop_is_no_possessive_or_contraction(anonymiser: Anonymiser, text: str,
                                                         kept: str) -> None:
    assert not covered(anonymiser, text, kept)


@pytest.mark.parametrize("text, name", [
    ("P: My badge says ADE, short for Adebayo.", "ADE"),
    ("P: YAW has joined the meeting", "YAW"),
    ("P: I saw LIV on the list.", "LIV"),
    ("P: I found KWABENA'S notebook on the desk.", "KWABENA'S"),
    ("P: Kwabena ASAMOAH-BOATENG signed it.", "ASAMOAH-BOATENG"),
])
def test_three_capitals_need_a_name_list_and_a_names_place(text: str, name: str) -> None:
    found = [text[r.start:r.end] for r in CapitalsRecognizer().find(text)]
    assert name in found


@pytest.mark.parametrize("text", [
    "P: He wrote MUM on the form.",
    "P: It says NHS on the badge.",
    "P: I put ICU on the form.",
    "P: It said TTO on the chart.",
    "P: It says GMC on my lanyard.",
    "P: I moved it all into my ISA.",
    "P: Everyone says ASAP on that ward.",
])
def test_three_capitals_elsewhere_are_an_acronym(text: str) -> None:
    assert CapitalsRecognizer().find(text) == []
