"""Names written in capitals: e-mail headers, sign-offs, letter signatures, page headers.

Every other name rule reads capitalisation ("a capitalised word no dictionary has"), and
spaCy's model is not shown all-capitals words (acronyms are the patterns' job), so a name in
capitals ("FROM: TEMI OKAFOR", "Kind regards,\\nMAEVE", "ASHBOURNE VALE HOSPITAL NHS TRUST")
slipped past every rule. This recognizer reads each run of all-capitals words as if it were
written in title case, and decides by the shape of the evidence:

* a run of two or three capitals words of which one is a listed first name or surname (not an
  ordinary English word) and none is ordinary vocabulary is a full name ("TEMI OKAFOR",
  "BRANWEN FAGG", "ROWAN NKEMDIRIM");
* one capitals word that is a listed first name or surname and no English word is a name
  ("MAEVE", "HALLORAN");
* in a name's place (a header field "From:"/"To:"/"Cc:", a line alone after a closing such as
  "Thanks," or "Kind regards", after "signed", before "wrote:", a speaker label at a line's
  start) any capitals word that is not ordinary vocabulary is a name ("ROWAN", "LEDGER");
* a run that ends in an organisation's kind ("HOSPITAL", "NHS FOUNDATION TRUST",
  "INFIRMARY") is read by the healthcare-organisation patterns in title case.

Acronyms stay: a word of two or three letters, or one without a vowel, or one that is a word
of the dictionary, is never a name on its own ("NHS", "MRCP", "PACES", "URGENT").
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import ClassVar

from presidio_analyzer import RecognizerResult

from vault.anonymise.ner_input import ORGANISATION_VOCABULARY
from vault.anonymise.recognizers import (
    _PEOPLE_ONLY_AFTER,
    COMMON_CAPITALISED,
    SIGN_OFF_LABELS,
    HealthcareOrganisationRecognizer,
    RuleRecognizer,
    _can_be_name,
    _compound_of_words,
    _derived_word,
    _joined_words,
    credited,
    is_first_name,
    is_surname,
    known_place,
)
from vault.anonymise.vocabulary import _MEDICINE
from vault.anonymise.wordlists import (
    BODY_ACRONYMS,
    COINED_GIVEN_NAMES,
    NAME_PARTICLES,
    VIRTUE_NAMES,
    fold,
    is_english_word,
    name_words,
    word_names,
    word_surnames,
)

__all__ = ["KNOWN_ACRONYMS", "CapitalsRecognizer"]

#: a capital letter of any Latin script ("Ø", "Ł", "Ş"): upper case is checked in code (the
#: Latin Extended ranges mix both cases)
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u024F"
_WORD = r"[" + _UP + r"][" + _UP + r"'’]*(?:-[" + _UP + r"][" + _UP + r"'’]*)*"
#: a run of capitals words on one line (two capitals letters at least in each word)
_RUN = re.compile(r"(?<![\w’-])(?<!\w')" + _WORD + r"(?:[ \t]+" + _WORD + r")*(?![\w'’-])")
_HAS_RUN = re.compile(r"[A-Z][A-Z]")
#: a word of a run (compiled once: a text holds thousands of runs, most of them "I" and "A")
_RUN_WORD = re.compile(r"\S+")
#: what an organisation's name ends in
_ORG_KIND = re.compile(r"\b(?:HOSPITALS?|INFIRMARY|TRUST|HOSPICE|SURGERY|PRACTICE|CLINIC|"
                       r"HEALTH[ \t]+BOARD|MEDICAL[ \t]+CENTRE|HEALTH[ \t]+CENTRE|HEALTHCARE)\b"
                       # a hospital's short form ends the run: "KIRKHALLAM ROYAL"
                       r"|[ \t](?:ROYAL|GENERAL|MEMORIAL|COTTAGE)\Z")
#: joining words of an organisation's name, written in lower case in title case
_JOIN = frozenset({"OF", "UPON", "ON", "AND", "THE", "IN", "FOR", "AT"})
#: acronyms kept in capitals when a run is read in title case
_ACRONYMS = frozenset({"NHS", "UHB", "DGH", "GP", "PCN", "CCG", "ICB", "UK"})
#: a name's place before a run: a header field, "signed", a greeting
_NAME_PLACE_BEFORE = re.compile(
    r"(?:^[ \t>]*(?:from|to|cc|bcc|sender|author|signed|signature|name|typist|transcriber|"
    r"contact|(?:sent|written|typed|transcribed|checked|interviewed)[ \t]+by)[ \t]*:|\b(?:signed|sincerely|regards|dear|hi|hello|thanks|cheers|love)[,:]?)[ \t]*\Z",
    re.IGNORECASE | re.MULTILINE)
#: a closing on the line before a line that is only a name
_CLOSING_LINE = re.compile(
    r"(?:^|\n)[ \t>]*(?:(?:kind|best|warm|many|with)[ \t]+(?:regards|wishes|thanks)|regards|"
    r"thanks|thank[ \t]+you|cheers|best|sincerely|yours(?:[ \t]+\w+)?|love|all[ \t]+the[ \t]+best|"
    r"take[ \t]+care|speak[ \t]+soon)[ \t]*[,.!]?[ \t]*\n[ \t>]*\Z", re.IGNORECASE)
#: a name's place after a run: "wrote:", "said:", a speaker label's colon at a line's start
_NAME_PLACE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:wrote|writes|said)\b",
                               re.IGNORECASE)
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)|<[^<>\n]{1,60}>|[-–—,;|][^\n]{0,60})?"
                             r"[ \t]*(?:\n|\Z)")
_LABEL_AFTER = re.compile(r"[ \t]*:")
#: a speaker's role as a header field: a name when the line holds nothing else
#: ("Interviewee: OKAFOR - site 2"), speech when it goes on ("Participant: OSKAR never...")
_ROLE_FIELD_BEFORE = re.compile(
    r"^[ \t>]*(?:interviewee|interviewer|participant|respondent|researcher|speaker(?:[ \t]+\w+)?)"
    r"[ \t]*:[ \t]*\Z", re.IGNORECASE | re.MULTILINE)
#: a person's title in capitals just before: "DR", "MRS", "PROF."
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?:DR|MR|MRS|MS|MISS|MX|PROF|PROFESSOR|SIR|DAME|REV|"
                           # a nursing, medical or civic role written before the name on a
                           # board or a rota ("RN GALLAGHER", "HCA OBI", "Sister DUFFY")
                           r"RN|RGN|RMN|RNLD|RM|SN|HCA|HCSW|SHO|SPR|ANP|ACP|CNS|CLLR|FR|"
                           r"SISTER|NURSE|MATRON|(?:[Ss]taff|[Cc]harge)[ \t]+[Nn]urse|Sister|Nurse|"
                           r"Matron|Cllr|Councillor)\.?"
                           r"[ \t]+(?:[A-Z]\.?[ \t]+){0,2}\Z")  # "DR F OYELARAN"
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t>]*\Z")
_VOWEL = re.compile(r"[AEIOUY]")
_VOWELS = frozenset("AEIOUY")
_POSSESSIVE = re.compile(r"['’]S\Z")
_LINE_WORD = re.compile(r"[A-Za-z]{2,}")
#: what makes a name in a capitals header a place of work: "GARTHMYL SITE"
_SITE_AFTER = re.compile(r"[ \t]+(?:SITE|CAMPUS|ED|A&E|WARD|UNIT|CENTRE|HOSPITAL)\b")
#: a person's title before a name in capitals: not part of the name
_TITLES = frozenset({"DR", "MR", "MRS", "MS", "MISS", "MX", "PROF", "PROFESSOR", "SIR", "DAME",
                     "REV", "LORD", "LADY", "RN", "RGN", "RMN", "RNLD", "SN", "HCA", "HCSW", "SHO",
                     "SPR", "ANP", "ACP", "CNS", "CLLR", "FR", "SISTER", "NURSE", "MATRON"})
#: a surname's particle in capitals inside a name ("ANA DE SOUZA", "PIETER VAN DER BERG",
#: "NUR BINTI AHMAD"): a name's part, though no list or vowel count would take it. The shared
#: list (:data:`~vault.anonymise.wordlists.NAME_PARTICLES`) in capitals, less single letters
#: ("O", "D": initials), words a heading in capitals holds ("TEN", "LES") and the forms not
#: read here ("DU", "TER", "ZU", "MC", "ABU", "UL")
_CAPS_PARTICLES = frozenset(p.upper() for p in NAME_PARTICLES - frozenset("""
o d ten les du ter zu mc abu ul
""".split()))  # noqa: SIM905
#: what joins the items of a list of names in capitals: a comma, a slash, a semicolon, a bar,
#: "&", "and", and the next item's label ("SHAH | Late: MURPHY", "OKONKWO/BRENNAN")
_LIST_GAP_AFTER = re.compile(r"[ \t]*(?:[,/;|&+]|and|AND)[ \t]*(?:[A-Z][a-z]+[ \t]*:[ \t]*)?")
_LIST_GAP_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>" + _WORD + r")[ \t]*(?:[,/;|&+]|and|AND)"
                              r"[ \t]*(?:[A-Z][a-z]+[ \t]*:[ \t]*)?\Z")
_LIST_WORD = re.compile(_WORD + r"(?![\w'’-])")


#: acronyms written in running text that a vowel and four letters would let pass as a name,
#: or that a name list knows ("OSKAR", "SOCRATES", "NATO", "BORG"): coaching and clinical
#: models and scores, exams and regulators of international recruitment, royal colleges and
#: funders, clinical systems, conditions, bodies (general knowledge, not any transcript's);
#: the engine and :mod:`vault.anonymise.uncased` read it too ("on the CV" is no hospital)
KNOWN_ACRONYMS: frozenset[str] = frozenset("""
GROW OSKAR CLEAR SCARF PERMA SECI SOAP SOAPIE SBAR ISBAR SPIKES SOCRATES ABCDE AVPU NEWS NEWS2
PEWS MEWS QSOFA SOFA CURB WELLS GCS APGAR BRAT TIMI HEART GRACE CHADS CHADSVASC ORBIT HASBLED
MUST WATERLOW BORG PHQ GAD AUDIT CAGE MMSE MOCA ACE CAMHS AMHP DOLS MCA IMCA DNACPR DNAR RESPECT
TEP ALS ACLS ATLS PALS APLS BLS ILS NLS EPLS ETC MIMMS PLAB OSCE IELTS OET TOEFL USMLE NCLEX AMC
MCCQE ECFMG EPIC NARIC ENIC UKVI BRP CAS COS EEA EU UK USA UAE KSA MRCP MRCGP MRCS MRCOG MRCPCH
MRCPSYCH FRCA FRCS FRCP FRCR
NES MPS DDRB ARCP ACCS CCT CESR PRHO FY FY1
FY2 CT1 ST1 SAS SHO SPR GPST GPVTS VTS AKT CSA SCA RCA WPBA CBD COT MSF PSQ CEPS QIP ESR TIS
BICS EMIS SYSTMONE VISION ADASTRA ARIA CERNER LORENZO RIO PARIS ICE DATIX TRAKCARE MEDITECH
ONS MRC UKRI ESRC AHRC EPSRC BBSRC UCAS UCL KCL LSE LSHTM UCLAN UWE OFSTED
OFQUAL UNICEF UNESCO UNHCR UNAIDS UNISON UNITE UNITED NATO OPEC ASEAN FIFA UEFA OECD WHO IMF
IKEA ASDA BUPA ACAS HMRC DWP PAYE NINO NI COPD ARDS SIRS AIDS HIV TB MRSA MSSA CDIFF
ESBL UTI DVT PE MI ACS STEMI NSTEMI CVA TIA AKI CKD IBD IBS GORD COVID SARS MERS EBOLA ADHD ASD
OCD PTSD CBT EMDR DBT IAPT SSRI NSAID PPI ICU ITU HDU NICU PICU SCBU AMU SAU CDU MAU ED AE OOH
GP STP LMCS QOF DES LES ARRS PCSE HR IT OH ISA ADA PPE MDT SOP CPD KPI SMART OKR
SWOT PESTLE KPIS FAQ PDF ASAP LOL OMG BTW FYI TBC TBD AOB NB PS RIP OK OKAY HELLO HIYA THANKS
SORRY
CV CVS ACF ACL NTN OOP OOPE OOPR OOPT OOPC LAT LAS LTFT TPD APD ES CS AES PGCERT PGDIP PHD DPHIL
MSC BSC MBBS MBCHB FHEA SFHEA OBE MBE CBE ODP CD ODA CPR ECG EEG MRI CT PET IV IM PRN TTO TTA
""".split()) | BODY_ACRONYMS  # noqa: SIM905
#: greetings, thanks and interjections of other languages in English-speaking use, and
#: chat-speak, which a speaker or a pasted chat line writes in capitals ("she typed ASANTE",
#: "SORRY HABIBI", "YALLA everyone"): words, not names
_INTERJECTIONS: frozenset[str] = frozenset("""
NAMASTE INSHALLAH MASHALLAH ALHAMDULILLAH WALLAHI WALLAH HABIBI HABIBTI YALLA SUBHANALLAH
BISMILLAH SALAAM SALAM SHUKRAN UBUNTU HAKUNA MATATA ASANTE SAWA POLE JAMBO HABARI NZURI
ACHHA ACHA ARRE YAAR CHALO SHABASH AYYO AIYO AIYA AIYOH ALAMAK SALAMAT MABUHAY KAMUSTA WAHALA
ABEG OYIBO MZUNGU JUGAAD OBRIGADO OBRIGADA GRACIAS MERCI DANKE SPASIBO KIA ORA TALOFA
FAKAFETAI BULA VINAKA MAHALO ALOHA DANKIE SIYABONGA NGIYABONGA ENKOSI TATENDA MEDAASE
ARGH AARGH AARGHH UGH HMM HMMM HAHA HAHAHA LOL LMAO ROFL OMG OMFG WTF BRB TTYL IMO IMHO FYI
NVM SMH TBH TODO FWD ATTN IDK PLS PLZ THX WOOHOO YAY YAAY YIKES OOPS WHOOPS EEK PHEW MWAH XOXO GRR GRRR
SHHH SHH AHEM BOOM OOF YASSS YESSS NOOO SOOO
""".split())  # noqa: SIM905
#: a word glossed after it: "UBUNTU, which means...", "MAKADII - it means how are you"
_GLOSS_AFTER = re.compile(
    r"[ \t]*[,:(–—-]?[ \t]*(?:(?:(?:[Ww]hich|[Ii]t|[Tt]hat)(?:['’]s|[ \t]+(?:is|was))?[ \t]+)?(?:[Mm]eans|[Mm]eant|"
    r"[Mm]eaning|translates|stands[ \t]+for)\b|=|(?:[Ww]hich|[Ii]t|[Tt]hat)(?:['’]s|[ \t]+(?:is|was))[ \t]+"
    r"(?:[a-z]+[ \t]+){1,3}in[ \t]+(?:Shona|Zulu|Xhosa|Yoruba|Igbo|Hausa|Twi|Swahili|Amharic|"
    r"Somali|Arabic|Urdu|Hindi|Punjabi|Bengali|Gujarati|Tamil|Malayalam|Tagalog|Malay|Samoan|"
    r"Tongan|Fijian|M[aā]ori|Welsh|Gaelic|Polish|Romanian|Portuguese|Spanish|French|German|"
    r"Norwegian|Swedish|Danish|Finnish|Icelandic|Russian|Ukrainian|[A-Z][a-z]+ese|[A-Z][a-z]+ish|"
    r"[A-Z][a-z]+ian|[A-Z][a-z]+i)\b)")
#: a word named as a word before it: "the word", "we say", "in Shona", "a term"
_WORD_NAMED_BEFORE = re.compile(
    r"\b(?:word|words|term|phrase|expression|saying|slang|greeting|acronym|abbreviation|"
    r"(?:we|you|they|people|everyone|everybody|Nigerians|Ghanaians)[ \t]+(?:say|call[ \t]+it)|"
    r"in[ \t]+[A-Z][a-z]+|means|meaning)[ \t]*[:,]?[ \t]*['\"‘“]?[ \t]*\Z")
#: medicine stems the vocabulary's list lacks, common in capitals on charts and boxes
#: ("OXYCODONE", "HYDROMORPHONE", "FENTANYL", "TRAMADOL", "NALOXONE")
_MORE_MEDICINE = re.compile(r"[a-z]{2,}(?:codone|morphone|tanyl|adol|oxone|idone|epam|olam)\Z")
#: one letter said three times or more: a shout or a word drawn out ("NOOOO", "SOOOO")
_DRAWN_OUT = re.compile(r"(.)\1\1")

#: what makes a capitals word in running text a thing's name, not a person's: a noun after it
#: ("the PERMA model", "OSKAR framework", "EMIS login"), a possessive or an article before it
#: ("Seligman's PERMA", "the OSCE")
_THING_AFTER = re.compile(
    r"[ \t]+(?:model|models|framework|tool|toolkit|score|scores|scale|system|systems|app|portal|"
    r"exam|exams|test|tests|course|courses|form|forms|criteria|guidance|guidelines|protocol|"
    r"pathway|module|programme|scheme|account|login|software|number|code|website|site|report|"
    r"certificate|approach|cycle|method|thing|stuff|assessment|training|acronym|mnemonic|"
    r"template|tool|sheet|chart|checklist|result|results|pass|mark|marks|level|band|visa|"
    r"application|card|status|team|service|services|unit|ward|clinic|trust|board)\b")
_THING_BEFORE = re.compile(r"(?:(?<![Ii]t)(?<![Tt]hat)(?<![Hh]e)(?<![Ss]he)(?<![Tt]here)(?<![Ww]hat)"
                           r"(?<![Hh]ere)(?<![Nn]ame)(?<![Ww]ho)['’]s|\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Oo]ur|[Mm]y)"
                           r"|\b(?:via|on|in|into|onto|using|use|used|uses)|[A-Z]{2,}[ \t]*(?:,|and|or|&))"
                           r"[ \t]+\Z")
#: a running text's place for a name: after a verb of writing, saying, naming or signing, or
#: a tag, badge or card that says it ("my badge says NKEM", "signed it BJØRN", "called him
#: TAVITA", "love from THEMBA", "CALL DAWIT")
_PROSE_NAME_BEFORE = re.compile(
    r"\b(?:says|said|say|saying|read|reads|wrote|writes|write|written|writing|typed|types|"
    r"type|typing|signed|signs|sign|called|calls|call|named|nicknamed|name[ \t]+is|name['’]s|"
    r"addressed[ \t]+to|(?:love|message|note|card|email|e-mail|text|letter|greetings|hello|"
    r"best|regards|cheers|thanks)[ \t]+from|CALL|ASK|SEE|FROM|LOVE|THANKS|DEAR|FAO|ATTN)"
    r"(?:(?<=sign)[ \t]+it|(?<=signs|igned)[ \t]+it|[ \t]+(?:him|her|me|them|us|himself|herself|"
    r"myself|themselves))?"
    r"(?:[ \t]+(?:as|just|simply|only|was|is))?[ \t]*[:,]?[ \t]*['\"‘“]?[ \t]*\Z")
#: where only a person's name stands, so that a given name that is also a word is a name
#: there ("called her BLESSING", "signed it PRECIOUS", "love from MERCY", "her name's GIFT")
_PERSON_NAME_BEFORE = re.compile(
    r"\b(?:(?:called|calls|call|named|nicknamed)[ \t]+(?:him|her|me|them|us)|signed(?:[ \t]+it)?|"
    r"name[ \t]+is|name['’]s|(?:love|regards|cheers|thanks)[ \t]+from|LOVE[ \t]+FROM)"
    r"(?:[ \t]+(?:just|simply|only))?[ \t]*[:,]?[ \t]*['\"‘“]?[ \t]*\Z")
#: what before a word takes a person: a verb of asking or ringing, thanks, a greeting, "me
#: and" ("Ask JOY about the rota", "thanks to MERCY", "me and HOPE did nights"); not "with",
#: "like" or "see", where capitals are as often emphasis
_PERSON_TAKER_BEFORE = re.compile(
    r"(?:\b(?i:asked|told|rang|phoned|emailed|texted|messaged|thanked|ask|tell|ring|phone|"
    r"email|text|thank|met|meet|thanks[ \t]+to|thanks|cheers|hi|hello|dear|bless|poor|"
    r"(?:me|him|her|you)[ \t]+and)|\b(?:[Mm]y|[Oo]ur)[ \t]+(?:colleague|mentor|friend|"
    r"supervisor|manager|boss|buddy|registrar|consultant|interpreter|flatmate|housemate))"
    r",?[ \t]+\Z")
#: a name in apposition: after "the locum," "our interpreter," "my colleague" (with or
#: without a comma), then a comma, a dash, a bracket or the sentence's end
_APPOSITION_BEFORE = re.compile(
    r"\b(?:the|our|my|their|his|her|your|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*"
    r"[ \t]*,[ \t]*\Z|\b(?:interpreter|translator|locum|colleague|friend|manager|mentor|"
    r"supervisor|trainer|trainee|nurse|doctor|registrar|consultant|receptionist|partner|"
    r"pharmacist|husband|wife|son|daughter|sister|brother|cousin|buddy|boss|lead|GP|HCA|"
    r"physio|paramedic|midwife|student|neighbour|landlord|landlady|uncle|aunt|auntie)[ \t]*,?[ \t]*\Z")
_APPOSITION_AFTER = re.compile(r"[ \t]*(?:[,;)–—]|-[ \t]|[.!?](?:[ \t]|\Z)|\Z)")
#: a thing named before: "the app is called", "a ward named" (not a person's name)
_THING_CALLED_BEFORE = re.compile(
    r"\b(?:app|apps|system|software|platform|program|programme|tool|website|site|ward|unit|"
    r"team|model|course|exam|drug|medicine|company|firm|agency|charity|group|scheme|project|"
    r"clinic|practice|building|thing|it|one|place|pub|shop|restaurant|cafe|film|show|book|song|"
    r"band|game)[ \t]+(?:(?:is|was|were|are|'s|’s)[ \t]+)?(?:called|named|nicknamed)[ \t]*\Z")
#: a badge, a tag, a board or a list that a name stands on: "VUYO on the badge", "KALANI in
#: the chat"
_ITEM_AFTER = re.compile(
    r"[ \t]+(?:on|in)[ \t]+(?:the|my|her|his|their|our|your)[ \t]+(?:badge|name[ \t]*tag|tag|"
    r"card|lanyard|label|sticker|whiteboard|board|screen|door|locker|rota|list|notebook|diary|"
    r"chat|group[ \t]+chat|email|e-mail|register|sheet|sign-in[ \t]+sheet|jobs[ \t]+list)\b")
#: a video call's or a chat's system line after a name: "TENDAI has joined", "left the
#: meeting", "is typing", "raised a hand"
_CHAT_AFTER = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|just[ \t]+)?(?:joined|rejoined|left|is[ \t]+typing|reacted|"
    r"raised|lowered|unmuted|muted|was[ \t]+(?:admitted|removed|muted)|admitted|is[ \t]+presenting|"
    r"dropped|is[ \t]+waiting|renamed|changed[ \t]+(?:their|his|her)[ \t]+name)\b")
#: a timestamp or a chat's label opening a line before a speaker's name ("[09:14] NOMVULA:",
#: "Chat: NOMVULA:", "14:02 - NOMVULA:")
_CHAT_LINE_BEFORE = re.compile(
    r"(?:^|\n|[ \t])[ \t>]*(?:(?:chat|message|comment|msg|from)[ \t]*:[ \t]*)?"
    r"(?:[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[ap]m)?[\])]?[ \t]*[-–—:]?[ \t]*)"
    r"(?:(?:chat|message|comment|msg|from)[ \t]*:[ \t]*)?\Z", re.IGNORECASE)


#: a record's author after a verb of writing, copying or noting and "by", with up to eight words
#: in lower case between them (a particle, where it was copied from, a filler): "typed up from
#: a notebook by FINCH", "typed from handwriting by FINCH", "copied, you know, out of the
#: diary by FINCH", "minutes taken by HARTLEY", "signed off by TEMPLE": the person who wrote
#: it, whatever word the name is
_AUTHOR_BY_BEFORE = re.compile(
    r"\b(?i:typed|written|wrote|copied|transcribed|compiled|noted|jotted|taken|signed|recorded|"
    r"submitted|prepared|scribbled|drafted|filled|completed|collated|kept|logged|entered|"
    r"posted|sent|shared|uploaded|scanned|photographed|checked|countersigned|witnessed|notes)"
    r"(?:,?[ \t]+[a-z][\w'’-]*){0,8},?[ \t]+(?:by|BY)[ \t]*:?[ \t]*\Z")
#: a badge's or a signature's role after the name and a slash or a bar: "TEMPLE / WARD
#: CLERK", "GOODCHILD | HEALTHCARE ASSISTANT"
_ROLE_SLASH_AFTER = re.compile(
    r"[ \t]*[/|][ \t]*(?:[A-Z&-]+[ \t]+){0,3}(?:NURSE|TECHNICIAN|PHARMACIST|DOCTOR|ASSISTANT|CLERK|"
    r"RECEPTIONIST|MANAGER|PORTER|CLEANER|MIDWIFE|PARAMEDIC|PHYSIOTHERAPIST|THERAPIST|"
    r"DISPENSER|REGISTRAR|CONSULTANT|SISTER|MATRON|SUPPORT[ \t]+WORKER|WORKER|VOLUNTEER|"
    r"SECRETARY|ADMINISTRATOR|COORDINATOR|CO-ORDINATOR|PRACTITIONER|HCA|GP|INTERPRETER|"
    r"STUDENT|TRAINEE|SURGEON|OFFICER|LEAD|HOUSEKEEPER|CHAPLAIN|HYGIENIST)S?\b")
#: words that follow "by" or stand before a role without naming anyone
_NOT_AN_AUTHOR = frozenset("""
HAND POST EMAIL PHONE STAFF EVERYONE ALL TEAM SELF MYSELF HIMSELF HERSELF NAME NONE UNKNOWN
ANONYMOUS AGENCY WARD WARDS NIGHT NIGHTS DAY DAYS BANK LOCUM NURSE NURSES DOCTOR DOCTORS
PHARMACY RECEPTION THEATRE THEATRES CLINIC SURGERY PRACTICE HOSPITAL HOSPITALS TRUST BOARD
DEPARTMENT OFFICE SENIOR JUNIOR STUDENT STUDENTS TRAINEE PATIENT PATIENTS FAMILY RELATIVE
""".split())  # noqa: SIM905


#: (round 24) a form's field for the person who signed it or did the work, anywhere in a line
#: (a form quoted in running text): "Authorised: DURWARD", "Checked by: HOLLIS", "Surgeon:
#: QUAYLE"; a name's place, so its words are a name unless they are ordinary words or
#: acronyms ("Approved: PENDING", "Authorised: NHS ENGLAND" stay); a medicine counted on a
#: controlled-drug chart is no one in any name's place ("Witnessed: MIDAZOLAM returned")
_FIELD_OF_A_PERSON_BEFORE = re.compile(
    r"(?<![\w-])(?<!\w['’])(?:" + SIGN_OFF_LABELS + r"|Surgeon|SURGEON|Anaesthetist|ANAESTHETIST|Anesthetist|"
    r"ANESTHETIST)[ \t]*:[ \t]*\Z")


def _signed_place(text: str, start: int, end: int) -> bool:
    """Whether capitals at ``start:end`` stand where only a person's name stands, ordinary
    word or not: a record's author after "typed up ... by", or a badge's name before "/ ROLE"."""
    return _AUTHOR_BY_BEFORE.search(text, max(0, start - 90), start) is not None \
        or _ROLE_SLASH_AFTER.match(text, end) is not None


def _signed_word(word: str) -> bool:
    """A capitals word that can be a name in a signed place: voiced, four letters or more (or a
    listed name), not a title, a role, an acronym, the NHS's vocabulary or a medicine ("FINCH",
    "COPSE", "HEAVENS"; not "NHS", "STAFF", "PHARMACY", "FENTANYL")."""
    bare = _POSSESSIVE.sub("", word)
    letters = _letters(bare)
    title = _title(bare)
    if bare in _TITLES or bare in _JOIN or bare in _ACRONYMS or bare in KNOWN_ACRONYMS \
            or bare in _INTERJECTIONS or bare in _NOT_AN_AUTHOR or title in _vocabulary() \
            or _VOWEL.search(letters) is None or _medicine_not_a_name(title):
        return False
    return (len(letters) >= 4 and _pronounceable(letters, vowels=0.2)) or _listed_name(title)


def _title(word: str) -> str:
    return _title_case(_POSSESSIVE.sub("", word))  # "KWABENA'S" is asked as "Kwabena"


def _title_case(word: str) -> str:
    """Each part of a capitals word in title case, every letter kept ("ST OSWALD'S" ->
    "St Oswald's", "EL-HAZAWI" -> "El-Hazawi")."""
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def _letters(word: str) -> str:
    """The letters of a capitals word in ASCII ("BJØRN" -> "BJORN")."""
    return "".join(c for c in fold(word) if c.isalpha())


@functools.cache
def _vocabulary() -> frozenset[str]:
    return ORGANISATION_VOCABULARY | COMMON_CAPITALISED


def _ordinary(title: str) -> bool:
    """An ordinary word: the dictionary's, the NHS's vocabulary, a role or a label."""
    return is_english_word(title) or title in _vocabulary()


def _acronym_like(word: str) -> bool:
    letters = _letters(word)
    return len(letters) <= 3 or _VOWEL.search(letters) is None or word in _ACRONYMS


def _listed_name(title: str) -> bool:
    """A first name or surname of the lists that no dictionary has ("Maeve", "Halloran")."""
    return (is_first_name(title) or is_surname(title)) and not _ordinary(title) \
        and title not in word_names()


def _medicine(title: str) -> bool:
    """A medicine's name by its stem ("Midazolam", "Oxycodone"): never a person's."""
    return _MEDICINE.fullmatch(title) is not None or _MORE_MEDICINE.search(title.lower()) is not None


def _medicine_not_a_name(title: str) -> bool:
    """A medicine's name that no name list holds: no one in a name's place or a signed one
    ("Witnessed: MIDAZOLAM"), where a listed name of a medicine's shape still is someone."""
    return _medicine(title) and not _listed_name(title)


def _unknown(word: str, title: str) -> bool:
    """A word nobody can explain as ordinary: no list, no dictionary, not an acronym (nor a
    label such as "INT-B"); after a surname's particle and a hyphen, the rest is asked
    (round 22: "EL-HAZAWI" as "HAZAWI", so "DE-ESCALATION" stays)."""
    head, _, rest = word.partition("-")
    if head in _CAPS_PARTICLES and rest:  # "EL-HAZAWI", "AL-QADDAWI"; not "DE-ESCALATION"
        return _unknown(rest, _title(rest))
    if rest and _joined_words(word, _ordinary):
        return False  # (round 25) "DOUBLE-CHECKED", "NIGHT-STAFF": the language's compounds
    return not _ordinary(title) and not _acronym_like(word) and not known_place(title) \
        and all(len(part) >= 3 for part in word.split("-"))


def _made_of_words(word: str, title: str) -> bool:
    """Capitals the dictionary explains in parts (round 24: study titles and account names in
    headers): an ordinary word's derived form ("CARER", "RETURNERS"), ordinary words joined by
    hyphens ("COFFEE-ROOM", "OVERSEAS-RECRUITED"), or a label joined to the NHS's or a study's
    vocabulary ("RELOC-STUDY"); not when a part can be a name ("OKAFOR-BELLO", "HILL-WOOD",
    "WALKER"). Asked of a lone word in a header or in prose only: a list of people holds
    surnames of that shape ("GOODINGS, SCOTTER")."""
    parts = [_title(p) for p in word.split("-") if p]
    if any(_can_be_name(p) for p in parts):
        return False
    if len(parts) == 1:
        return _derived_word(title)
    return all(_ordinary(p) for p in parts) or any(p in _vocabulary() for p in parts)


def _name_or_unknown(title: str) -> bool:
    """A listed name, a given name that is also a word ("Rowan", "Hope"), or no ordinary
    word: in a name's place such a word is a name; "NONE", "TBC", "UNKNOWN" are not, nor
    (round 25) ordinary words joined by hyphens ("DOUBLE-CHECKED", "NIGHT-STAFF")."""
    return is_first_name(title) or is_surname(title) or title in word_names() \
        or not _ordinary(title) and not _joined_words(title, _ordinary)


def _header_word(word: str) -> bool:
    """Long enough and voiced enough to be a name rather than an acronym ("GARTHMYL", not
    "NIHR", "PREMS")."""
    letters = _letters(word)
    return len(letters) >= 5 and len(_VOWEL.findall(letters)) >= 2


def _pronounceable(letters: str, *, vowels: float = 0.25) -> bool:
    """Whether capitals read as a word rather than letter by letter: enough vowels, and no
    four consonants together ("NKEM", "TAVITA"; not "DNACPR", "MRCGP")."""
    run = longest = 0
    for c in letters:
        run = 0 if c in _VOWELS else run + 1
        longest = max(longest, run)
    return longest < 4 and sum(c in _VOWELS for c in letters) >= vowels * len(letters)


def _strong_name_place(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` in running text stands where a name stands: after a verb of
    writing, saying, naming or signing, in apposition, before a chat's system words, on a
    badge or a list, as a chat line's speaker."""
    return _PROSE_NAME_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _CHAT_AFTER.match(text, end) is not None or _ITEM_AFTER.match(text, end) is not None \
        or (_APPOSITION_BEFORE.search(text, max(0, start - 50), start) is not None
            and _APPOSITION_AFTER.match(text, end) is not None) \
        or (_CHAT_LINE_BEFORE.search(text, max(0, start - 40), start) is not None
            and _LABEL_AFTER.match(text, end) is not None)


def _prose_name(text: str, item: tuple[int, int, str], named: bool, unknown: bool) -> bool:
    """Whether one capitals word in running text is a person's name (a badge, a name tag, a
    notebook, a chat line, a name written as it was shouted or signed):

    * a listed first name or surname that is no word and no acronym ("SOLVEIG came in",
      "the rota had ŁUKASZ on"), anywhere but as a thing's name ("the OSKAR model");
    * a word nobody can explain that reads as a word, in a name's place: after a verb of
      writing, saying, naming or signing ("my tag says NKEM"), in apposition ("the
      interpreter, AIGERIM,"), before a chat's system words ("WIREMU has joined"), or, five
      letters or more, as the subject of a person's verb ("TAVITA rang me") or inside a
      shouted message of ordinary words ("SORRY WIREMU HERE").
    """
    start, end, word = item
    bare = _POSSESSIVE.sub("", word)
    letters = _letters(bare)
    if bare in KNOWN_ACRONYMS or bare in _INTERJECTIONS or bare in _ACRONYMS \
            or len(letters) < 3 or _VOWEL.search(letters) is None \
            or _DRAWN_OUT.search(letters) is not None \
            or _THING_AFTER.match(text, end) is not None \
            or _THING_BEFORE.search(text, max(0, start - 16), start) is not None:
        return False
    if len(letters) == 3:
        # three capitals are an acronym in running text, unless a name list knows them and
        # they stand where only a name stands ("my badge says ADE", "YAW has joined"), or a
        # given name that is a word is asked, thanked or rung ("Ask JOY about the rota")
        return (named and _strong_name_place(text, start, end)) or (
            _title(bare) in word_names()
            and _PERSON_TAKER_BEFORE.search(text, max(0, start - 30), start) is not None)
    if _acronym_like(bare):
        return False
    if named:
        return True
    title = _title(bare)
    if title in word_names() or title in VIRTUE_NAMES or title in COINED_GIVEN_NAMES \
            or (title in name_words() and title not in COMMON_CAPITALISED):
        # a given name or a surname that is also a word: in a person's place only, or where
        # a person is spoken to, asked, thanked or paired ("Ask JOY about it", "me and HOPE",
        # "I rang BAKER") or does what only a person does ("FRANK said", "HOPE, she")
        return _PERSON_NAME_BEFORE.search(text, max(0, start - 40), start) is not None \
            or _PERSON_TAKER_BEFORE.search(text, max(0, start - 30), start) is not None \
            or _PEOPLE_ONLY_AFTER.match(text, end) is not None \
            or _CHAT_AFTER.match(text, end) is not None \
            or (_APPOSITION_BEFORE.search(text, max(0, start - 50), start) is not None
                and _APPOSITION_AFTER.match(text, end) is not None)
    if not unknown or not _pronounceable(letters) or _medicine(title) \
            or _GLOSS_AFTER.match(text, end) is not None \
            or _WORD_NAMED_BEFORE.search(text, max(0, start - 30), start) is not None \
            or _THING_CALLED_BEFORE.search(text, max(0, start - 40), start) is not None:
        return False
    if _strong_name_place(text, start, end):
        return True
    # five letters or more that read as a word and that no list, dictionary or acronym
    # explains: in running text, such capitals are someone's name ("I sat next to TSHEPO")
    return len(letters) >= 5 and _pronounceable(letters, vowels=0.3) \
        and not _compound_of_words(title) and not _derived_word(title) \
        and not _made_of_words(bare, title)


def _list_name(word: str) -> bool:
    """Whether one capitals word listed next to a name in capitals is a name too: a listed
    first name or surname, a name that is also a word ("WARD", "SHAH", "HOPE"), or a word
    nobody can explain that reads as one ("MBEKI"); not an acronym, a label or the NHS's
    vocabulary ("HUGHES, MBEKI" but not "OKAFOR, TBC", "SHAH / NHS", "MURPHY, ALL STAFF")."""
    bare = _POSSESSIVE.sub("", word)
    letters = _letters(bare)
    title = _title(bare)
    if len(letters) < 2 or bare in KNOWN_ACRONYMS or bare in _INTERJECTIONS \
            or bare in _ACRONYMS or bare in _TITLES or bare in _JOIN or title in _vocabulary():
        return False
    if is_first_name(title) or is_surname(title) or title in word_names() \
            or title in name_words() or title in word_surnames():
        return len(letters) >= 3 or not _acronym_like(bare)
    return _unknown(bare, title) and _pronounceable(letters)


def _listed_with(recognizer: RuleRecognizer, text: str,
                 found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Names in capitals listed with a name already found in capitals: attendees, apologies,
    a rota's slots, a copy list ("Apologies: HUGHES, MBEKI", "OKONKWO/BRENNAN to update",
    "Early: SHAH | Late: MURPHY"): a list of people holds people, so a word of the list that
    reads as a name (:func:`_list_name`) is one, even where a list of acronyms would not be."""
    taken = {(r.start, r.end) for r in found}
    queue = [(r.start, r.end) for r in found if r.entity_type == "PERSON"]
    out: list[RecognizerResult] = []
    while queue:
        start, end = queue.pop()
        gap = _LIST_GAP_AFTER.match(text, end)
        if gap is not None and gap.end() > end:
            item = _LIST_WORD.match(text, gap.end())
            if item is not None and (item.start(), item.end()) not in taken \
                    and not any(r.start <= item.start() < r.end for r in found) \
                    and _list_name(item.group()):
                taken.add((item.start(), item.end()))
                queue.append((item.start(), item.end()))
                out.append(credited(recognizer, "PERSON", item.start(), item.end(),
                                    CapitalsRecognizer.PLACE_SCORE))
        before = _LIST_GAP_BEFORE.search(text, max(0, start - 60), start)
        if before is not None and (before.start("w"), before.end("w")) not in taken \
                and not any(r.start <= before.start("w") < r.end for r in found) \
                and _list_name(before.group("w")):
            taken.add((before.start("w"), before.end("w")))
            queue.append((before.start("w"), before.end("w")))
            out.append(credited(recognizer, "PERSON", before.start("w"), before.end("w"),
                                CapitalsRecognizer.PLACE_SCORE))
    return out


class _CapitalsLines:
    """How many words each line of a text holds and how many of them are in capitals: a line
    written mostly in capitals is a header or a title, where a capitals word is no acronym in
    running prose. Each line is counted once, when a word on it first asks (round 25: each
    capitals word re-read its whole line, x16 work for a line four times as long)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._breaks: list[int] | None = None
        self._counts: dict[int, tuple[int, int]] = {}

    def mostly_capitals(self, start: int, at_least: int = 0) -> bool:
        """Whether the line around ``start`` is written mostly in capitals, with at least
        ``at_least`` capitals words."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self._text)]
        i = bisect.bisect_left(self._breaks, start)
        line_start = self._breaks[i - 1] + 1 if i else 0
        counts = self._counts.get(line_start)
        if counts is None:
            line_end = self._breaks[i] if i < len(self._breaks) else len(self._text)
            words: list[str] = _LINE_WORD.findall(self._text, line_start, line_end)
            counts = self._counts[line_start] = (sum(w.isupper() for w in words), len(words))
        upper, total = counts
        return upper * 2 >= total and upper >= at_least


#: a line of at least three items between semicolons, slashes or bars
_LIST_SEPARATORS = re.compile(r"[;/|][^\n;/|]+[;/|]")
#: one item of a surname-first list: the surname in capitals, a comma or not, the given name
#: in title case ("KEWLEY, Elgan", "VAN DER BERG Nimco", "Ó BRIAIN, Siún", "SHIN Bo-ra")
#: a given name in title case, perhaps of two parts ("Siún", "Bo-ra", "Mary Jo")
_GIVEN_TITLE = (r"[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][a-zß-öø-ÿ\u0100-\u024F\u1E00-\u1EFF'’]+"
                r"(?:[ \t-][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ\u0100-\u024F\u1E00-\u1EFF'’]+)?")
_SURNAME_FIRST = re.compile(
    r"(?P<sur>[^\W\d_][^\s,]*(?:[ \t]+[^\W\d_][^\s,]*){0,3}),?[ \t]+"
    r"(?P<given>" + _GIVEN_TITLE + r")")

#: a full stop and more words after a list's last item
_SENTENCE_AFTER_ITEM = re.compile(r"\.[ \t]+\S.*\Z")
#: a surname in capitals and a given name ending a stretch of prose: the first item of a
#: surname-first list that a sentence leads into
_CAPS_SURNAME_FIRST_TAIL = re.compile(
    r"(?<!\S)[" + _UP + r"][" + _UP + r"'’-]+(?:[ \t]+[" + _UP + r"][" + _UP + r"'’-]*){0,3},?[ \t]+"
    + _GIVEN_TITLE + r"\Z")


def _surname_first_items(text: str) -> list[tuple[int, int]]:
    """People listed surname first with the surname in capitals, item after item on one line
    ("ROSTER: KEWLEY, Elgan / YEO, Loyalty / SHIN, Bronagh", "HAW Heddwyn; MOOK Siskin"): a
    list writes its people so whatever the surname is (short, a word, an acronym's shape), so
    every item of such a line is a name once two of its items are surely names (a surname no
    acronym could be, or a given name no dictionary has); a line of acronyms and courses or
    titles ("PPE Training / BLS Update / CPR Refresher", "NHS, England / GP, Wales") is not."""
    found: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        body = line.group()
        sep = max(";/|", key=body.count)
        if body.count(sep) < 1:
            continue
        items: list[tuple[int, int, bool]] = []
        pos = line.start()
        for part in body.split(sep):
            start = pos + len(part) - len(part.lstrip())
            pos += len(part) + 1
            item = part.strip().rstrip(".")
            if ":" in item:  # "ROSTER: KEWLEY, Elgan": the list's label
                cut = item.rindex(":") + 1
                start += cut + len(item[cut:]) - len(item[cut:].lstrip())
                item = item[cut:].strip()
            # the list ends a sentence and the line goes on ("...; HAW Heddwyn. Then we
            # left."): the item ends at the full stop
            item = _SENTENCE_AFTER_ITEM.sub("", item)
            lead = _CAPS_SURNAME_FIRST_TAIL.search(item) if not items else None
            if lead is not None and lead.start() > 0:
                # the list starts inside a sentence ("the board said MOOK Siskin; HAW
                # Heddwyn"): its first item is the capitals surname and given name at the end
                start += lead.start()
                item = item[lead.start():]
            m = _SURNAME_FIRST.fullmatch(item)
            if m is None:
                continue
            sur = m.group("sur").split()
            if not all(_letters(w).isupper() and len(_letters(w)) >= 2 for w in sur) \
                    or all(w in _ACRONYMS or w in KNOWN_ACRONYMS or w in _TITLES or w in _JOIN
                           for w in sur):
                continue
            given = m.group("given")
            sure = any(not _acronym_like(w) for w in sur) or not _ordinary(given.split("-")[0]) \
                or is_first_name(given.split("-")[0]) and given not in word_names()
            items.append((start, start + m.end("given"), sure))
        if sum(sure for _, _, sure in items) >= 2:
            found.extend((a, b) for a, b, _ in items)
    return found


#: three or more capitals words listed with commas in a line ("just said HOLM, TREVASKIS,
#: OYELARAN, in capitals")
_CAPS_COMMA_LIST = re.compile(r"(?<![\w'’-])" + _WORD + r"(?:,[ \t]+" + _WORD + r"){2,}"
                              r"(?![\w'’-])")


def _sure_surname(word: str) -> bool:
    """A capitals word that reads only as a surname or a name nobody can explain: a listed
    name no dictionary has ("TREVASKIS") or an unknown, pronounceable word of five letters
    and two vowels or more ("OYELARAN", not "NHSE"); not an acronym, a place or a medicine."""
    title = _title(word)
    letters = _letters(word)
    if _acronym_like(word) or known_place(title) or _medicine(title):
        return False
    return _listed_name(title) or _header_word(word) and _unknown(word, title) \
        and _pronounceable(letters)


def _surnames_listed(text: str, found: list[RecognizerResult]) -> list[tuple[int, int]]:
    """The surnames of a list of capitals words said in prose, when two of its words or more
    can only be surnames (:func:`_sure_surname`), one of them a listed one: a sign-in sheet, a theatre list or a rota
    read out ("the sheet said HOLM, TREVASKIS, OYELARAN"); each such word not found yet, for
    :func:`_listed_with` to take the list's other names from. A list of acronyms, places or
    medicines or tubes ("NHS, GMC, BMA", "LEEDS, YORK, HULL", "EDTA, HEPARIN, CITRATE")
    gives none."""
    out: list[tuple[int, int]] = []
    for m in _CAPS_COMMA_LIST.finditer(text):
        items = [(i.start(), i.end()) for i in _LIST_WORD.finditer(text, m.start(), m.end())]
        sure = [(a, b) for a, b in items if _sure_surname(text[a:b])]
        if len(sure) >= 2 and any(_listed_name(_title(text[a:b])) for a, b in sure):
            out.extend((a, b) for a, b in sure
                       if not any(r.start <= a < r.end for r in found))
    return out


class CapitalsRecognizer(RuleRecognizer):
    """People's and organisations' names written in capitals (see the module docstring)."""

    ENTITIES = ("PERSON", "HOSPITAL")
    NAME = "capitals"
    SCORE: ClassVar[float] = 0.7
    PLACE_SCORE: ClassVar[float] = 0.65

    def __init__(self, listed_hospital: Callable[[str], bool] = lambda name: False) -> None:
        super().__init__()
        self._organisations = HealthcareOrganisationRecognizer(listed_hospital)

    def find(self, text: str) -> list[RecognizerResult]:
        if _HAS_RUN.search(text) is None:
            return []
        out: list[RecognizerResult] = []
        lines = _CapitalsLines(text)
        for run in _RUN.finditer(text):
            words = [(m.start() + run.start(), m.end() + run.start(), m.group())
                     for m in _RUN_WORD.finditer(run.group())]
            if all(len(w) < 2 or not w[1:2].isupper() for _, _, w in words) \
                    or not all(w.isupper() for _, _, w in words):
                continue  # "I", "A": no capitals word here; "Łukasz" is title case
            if _ORG_KIND.search(run.group()) is not None:
                out.extend(self._organisation(text, run.start(), run.end()))
                continue
            out.extend(self._people(text, words, lines))
        out.extend(credited(self, "PERSON", a, b, self.PLACE_SCORE)
                   for a, b in _surnames_listed(text, out))
        if out:
            out.extend(_listed_with(self, text, out))
        if _LIST_SEPARATORS.search(text) is not None:
            out.extend(credited(self, "PERSON", a, b, self.PLACE_SCORE)
                       for a, b in _surname_first_items(text))
        return out

    def _organisation(self, text: str, start: int, end: int) -> list[RecognizerResult]:
        """The run read in title case by the organisation patterns."""
        # each word in title case, a possessive kept ("ST OSWALD'S HOSPITAL" is "St Oswald's
        # Hospital": the offsets map back only if no letter is dropped)
        titled = " ".join(w if w in _ACRONYMS else w.lower() if w in _JOIN else _title_case(w)
                          for w in text[start:end].split(" "))
        if len(titled) != end - start:
            return []  # tabs or double spaces: offsets would not map back
        found = []
        for result in self._organisations.analyze(titled, ["HOSPITAL", "LOCATION"]):
            if result.score < 0.6:
                continue
            found.append(credited(self, result.entity_type, start + result.start,
                                  start + result.end, self.SCORE))
        return found

    def _people(self, text: str, words: list[tuple[int, int, str]],
                lines: _CapitalsLines) -> list[RecognizerResult]:
        """Stretches of name-like words in a run of capitals words."""
        out = []
        stretch: list[tuple[int, int, str]] = []
        for item in [*words, (0, 0, "")]:
            word = item[2]
            title = _title(word)
            if word and word.rstrip(".") not in _TITLES and (
                    not _ordinary(title) and len(_letters(word)) >= 2
                    or is_first_name(title) and title not in word_names()
                    and title not in _vocabulary()
                    or stretch and word in _CAPS_PARTICLES):
                stretch.append(item)
                continue
            if stretch:
                out.extend(self._judge(text, stretch, lines))
                stretch = []
            elif word and (title in word_names() or title in VIRTUE_NAMES or is_first_name(title)
                           or title in name_words() and title not in COMMON_CAPITALISED) \
                    and title not in _vocabulary():
                stretch = [item]  # "HYACINTH BOATENG": a given name that is also a word,
                # taken when a surname follows (see _judge)
        # a name's place makes any capitals word of it a name, ordinary or not
        while words and words[0][2].rstrip(".") in _TITLES:
            words = words[1:]  # "DR SPEED": the name after the title
        if not out and 1 <= len(words) <= 3 \
                and self._name_place(text, words[0][0], words[-1][1], label=False):
            names = [w for w in words if _title(w[2]) not in _vocabulary()
                     and not _acronym_like(w[2]) and w[2] not in _JOIN
                     and _name_or_unknown(_title(w[2]))]
            if names and len(names) == len(words):
                out.append(credited(self, "PERSON", words[0][0], words[-1][1], self.PLACE_SCORE))
        if not out and 1 <= len(words) <= 3 and _signed_place(text, words[0][0], words[-1][1]) \
                and all(_signed_word(w[2]) for w in words):
            out.append(credited(self, "PERSON", words[0][0], words[-1][1], self.PLACE_SCORE))
        return out

    def _judge(self, text: str, stretch: list[tuple[int, int, str]],
               lines: _CapitalsLines) -> list[RecognizerResult]:
        while len(stretch) > 1 and stretch[-1][2] in _CAPS_PARTICLES:
            stretch = stretch[:-1]  # "OKAFOR VAN": a particle ends no name
        start, end = stretch[0][0], stretch[-1][1]
        titles = [_title(w) for _, _, w in stretch]
        named = [_listed_name(t) or (is_first_name(t) and t not in word_names())
                 or (i == 0 and len(titles) >= 2 and (t in word_names() or t in name_words()))
                 for i, t in enumerate(titles)]
        unknown = [_unknown(w, t) or (0 < i < len(stretch) - 1 and w in _CAPS_PARTICLES)
                   for i, ((_, _, w), t) in enumerate(zip(stretch, titles))]
        listed = sum(named)
        if len(stretch) >= 2 and all(n or u for n, u in zip(named, unknown)) and (
                listed >= 1 or all(len(w) >= 4 for _, _, w in stretch if w not in _CAPS_PARTICLES)):
            return [credited(self, "PERSON", start, end, self.SCORE)]
        if len(stretch) == 1 and _listed_name(titles[0]) and not _acronym_like(stretch[0][2]) \
                and lines.mostly_capitals(start):
            return [credited(self, "PERSON", start, end, self.SCORE)]
        if len(stretch) == 1 and unknown[0] and _header_word(stretch[0][2]) \
                and not _made_of_words(stretch[0][2], titles[0]) \
                and lines.mostly_capitals(start, at_least=3):
            # "GARTHMYL SITE – INTERVIEW 5": a word nobody can explain in a capitals header
            kind = _SITE_AFTER.match(text, end)
            return [credited(self, "HOSPITAL" if kind else "PERSON", start, end,
                             self.PLACE_SCORE)]
        if len(stretch) == 1 and _prose_name(text, stretch[0], named[0], unknown[0]):
            return [credited(self, "PERSON", start, end, self.PLACE_SCORE)]
        if len(stretch) <= 3 and (listed or any(unknown)) \
                and self._name_place(text, start, end, label=len(stretch) >= 2 or listed > 0):
            return [credited(self, "PERSON", start, end, self.PLACE_SCORE)]
        return []

    @staticmethod
    def _name_place(text: str, start: int, end: int, *, label: bool = True) -> bool:
        """Whether ``start:end`` stands where a name stands (see the module docstring); a
        speaker label's place counts only when ``label``."""
        if any(_medicine_not_a_name(t) for t in map(_title, text[start:end].split())):
            return False  # "Witnessed: MIDAZOLAM returned", "Checked by: FENTANYL patches"
        if _NAME_PLACE_BEFORE.search(text, max(0, start - 40), start) is not None \
                or _FIELD_OF_A_PERSON_BEFORE.search(text, max(0, start - 40), start) is not None \
                or _TITLE_BEFORE.search(text, max(0, start - 12), start) is not None:
            return True
        if _NAME_PLACE_AFTER.match(text, end) is not None:
            return True
        if _ROLE_FIELD_BEFORE.search(text, max(0, start - 30), start) is not None \
                and _LINE_END_AFTER.match(text, end) is not None:
            return True
        line_start = _LINE_START_BEFORE.search(text, max(0, start - 8), start) is not None \
            or _CHAT_LINE_BEFORE.search(text, max(0, start - 40), start) is not None
        if label and line_start and _LABEL_AFTER.match(text, end) is not None:
            return True  # "BRANWEN FAGG: Staff nurse on the unit."
        return line_start and _LINE_END_AFTER.match(text, end) is not None \
            and _CLOSING_LINE.search(text, max(0, start - 40), start) is not None
