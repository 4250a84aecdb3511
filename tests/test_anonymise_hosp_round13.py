"""Trusts, regional NHS bodies, university hospitals, practices, deaneries, regions and towns,
round 13 of issue 14 (every sentence made up here from general knowledge of how NHS staff name
the bodies they work for and where they live; none from a test corpus):

* a REGIONAL ambulance service is where someone works, like a trust: "North West Ambulance
  Service", "East of England Ambulance Service NHS Trust", and the initials its crews use
  ("NWAS", "EMAS", "SECAmb"); a nation's ("the Welsh Ambulance Service", "the Scottish
  Ambulance Service", "the Northern Ireland Ambulance Service") stays a national body;
* a Scottish health and social care partnership ("Glasgow City HSCP", "the Edinburgh Health
  and Social Care Partnership") and the island health services ("Manx Care");
* a regional foundation school is a place, as a deanery is ("the [Northern] Foundation
  School"); a nation's deanery ("the Wales Deanery") is a national body;
* in UNCASED caption text: hospitals of the list whose every word is ordinary ("the royal
  united", "the freeman", "the general in leicester") by the same cues cased text uses (the
  article, "at"/"to", workplace words, a town after it), regional ambulance services, practices
  named after a street, building or landscape ("the elm tree surgery", "the church street
  practice"), towns that are English words ("bath", "reading", "sale", "wells", "deal") after a
  home or a move ("i live in", "we moved to", "grew up in", "i'm from") or with a known place
  after them ("wells, in somerset"), after a hospital ("the royal united in bath"), and landscape
  regions after such a cue ("grew up in the valleys"), boards by "nhs" and their place ("nhs
  kent and medway"; not "nhs england", "the nhs app") and hospitals by their place and kind
  word ("ealing general", "yeovil district"; not "a general election"), trusts and boards by their
  region and kind ("south eastern health and social care trust", "leeds teaching hospitals
  trust"; not "our mental health trust"); months ("born in march"), idioms ("live
  in hope"), kinds of surgery ("knee surgery", "the dental surgery") and "the ambulance service"
  stay.

Each list below was written before the rule it tests; the counts of what the engine before
round 13 caught are in the round's report.
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser


def _covered(anonymiser: Anonymiser, text: str, name: str) -> bool:
    """Every word of ``name`` (its first occurrence in ``text``) lies inside a replacement."""
    spans = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    at = text.index(name)
    words = [(at + i, at + i + len(w)) for i, w in _words(name)]
    return all(any(s <= a and b <= e for s, e in spans) for a, b in words)


def _words(name: str) -> list[tuple[int, str]]:
    """The words of ``name`` that identify (not "and", "the", "of"), with their offsets."""
    out, i = [], 0
    for word in name.split():
        i = name.index(word, i)
        bare = word.rstrip(",")
        if bare not in ("and", "the", "of"):
            out.append((i, bare))
        i += len(word)
    return out


def _replaced(anonymiser: Anonymiser, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


WRITTEN = [
    ('P: I did six years on the road with North West Ambulance Service before retraining.', ['North West Ambulance Service']),
    ("P: My husband's a paramedic for East Midlands Ambulance Service.", ['East Midlands Ambulance Service']),
    ('P: South Central Ambulance Service took me on as a call handler.', ['South Central Ambulance Service']),
    ('P: Yorkshire Ambulance Service were brilliant that night.', ['Yorkshire Ambulance Service']),
    ('P: I was seconded to the London Ambulance Service for a year.', ['London Ambulance Service']),
    ('P: She works in the control room at South East Coast Ambulance Service.', ['South East Coast Ambulance Service']),
    ("P: He's with West Midlands Ambulance Service University NHS Foundation Trust now.", ['West Midlands Ambulance Service University NHS Foundation Trust']),
    ('P: The East of England Ambulance Service Trust had the longest waits.', ['East of England Ambulance Service']),
    ('P: I trained with the North East Ambulance Service in 2015.', ['North East Ambulance Service']),
    ('P: We hand over to South Western Ambulance Service at the county line.', ['South Western Ambulance Service']),
    ('P: I was a technician with NWAS, then the hospital poached me.', ['NWAS']),
    ("P: My mate's at EMAS in the Lincoln hub.", ['EMAS']),
    ('P: Before medicine I was a call taker at YAS.', ['YAS']),
    ('P: The SWASFT crews know our unit well.', ['SWASFT']),
    ("P: I'd been at SECAmb for four years.", ['SECAmb']),
    ('P: I moved to the Southern Trust after my F2.', ['Southern Trust']),
    ('P: The Western Trust covers a huge rural patch.', ['Western Trust']),
    ('P: I work for the Belfast Trust in the Royal.', ['Belfast Trust']),
    ("P: She's a band 6 in the South Eastern Health and Social Care Trust.", ['South Eastern Health and Social Care Trust']),
    ('P: The Northern HSC Trust were short of anaesthetists.', ['Northern HSC Trust']),
    ('P: I did my foundation years in Hywel Dda.', ['Hywel Dda']),
    ('P: Cwm Taf Morgannwg was my first health board.', ['Cwm Taf Morgannwg']),
    ("P: I'm employed by Swansea Bay University Health Board.", ['Swansea Bay University Health Board']),
    ('P: The Cardiff and Vale board paid for the course.', ['Cardiff and Vale']),
    ('P: We covered all of Powys Teaching Health Board.', ['Powys Teaching Health Board']),
    ('P: I went out to NHS Shetland for a locum.', ['NHS Shetland']),
    ('P: After that I joined NHS Western Isles.', ['NHS Western Isles']),
    ('P: I did a stint with Health and Care Services in Guernsey.', ['Guernsey']),
    ('P: The Isle of Wight NHS Trust advertised a post.', ['Isle of Wight NHS Trust']),
    ('P: I sit on a panel for NHS Cheshire and Merseyside ICB.', ['Cheshire and Merseyside']),
    ('P: The Humber and North Yorkshire ICB funds our posts.', ['Humber and North Yorkshire']),
    ('P: Lancashire and South Cumbria Integrated Care Board commissioned it.', ['Lancashire and South Cumbria Integrated Care Board']),
    ("P: I'm employed by the Edinburgh Health and Social Care Partnership.", ['Edinburgh Health and Social Care Partnership']),
    ('P: Glasgow City HSCP took over the service.', ['Glasgow City HSCP']),
    ('P: We report to the Black Country ICB.', ['Black Country']),
    ('P: I did my psych rotation at Mersey Care.', ['Mersey Care']),
    ('P: Pennine Care run the crisis team.', ['Pennine Care']),
    ("P: She's a community nurse with Oxleas.", ['Oxleas']),
    ("P: I'm at Livewell Southwest now.", ['Livewell Southwest']),
    ('P: Avon and Wiltshire Mental Health Partnership had a vacancy.', ['Avon and Wiltshire Mental Health Partnership']),
    ('P: I worked for Kent Community Health NHS Foundation Trust.', ['Kent Community Health NHS Foundation Trust']),
    ('P: Bridgewater Community Healthcare took over the district nurses.', ['Bridgewater Community Healthcare']),
    ('P: The South London and Maudsley were great to train in.', ['South London and Maudsley']),
    ('P: I spent a year at Tees, Esk and Wear Valleys.', ['Tees, Esk and Wear Valleys']),
    ('P: Central and North West London was my mental health trust.', ['Central and North West London']),
    ('P: I was at Leeds and York Partnership for my CT2.', ['Leeds and York Partnership']),
    ('P: The Solent trust runs the community beds.', ['Solent']),
    ('P: The Dudley trust gave me a flexible contract.', ['Dudley']),
    ('P: I left the Walsall Healthcare trust in 2019.', ['Walsall Healthcare']),
    ('P: Our trust, Gateshead Health, was fine about it.', ['Gateshead Health']),
    ('P: I was at the Shrewsbury and Telford trust.', ['Shrewsbury and Telford']),
    ('P: The Northern Care Alliance merged the sites.', ['Northern Care Alliance']),
    ('P: The Mid and South Essex trust was massive.', ['Mid and South Essex']),
    ('P: I work for East Kent Hospitals.', ['East Kent Hospitals']),
    ('P: Barts Health have five sites.', ['Barts Health']),
    ("P: I'm employed by University Hospitals of Derby and Burton.", ['University Hospitals of Derby and Burton']),
    ('P: The Royal Cornwall Hospitals trust sponsored my visa.', ['Royal Cornwall Hospitals']),
    ('P: Wye Valley NHS Trust offered me a job.', ['Wye Valley NHS Trust']),
    ('P: I got a job with Somerset NHS Foundation Trust.', ['Somerset NHS Foundation Trust']),
    ('P: I was at Sherwood Forest Hospitals for years.', ['Sherwood Forest Hospitals']),
    ('P: The Hampshire Hospitals trust is where I met him.', ['Hampshire Hospitals']),
    ('P: NHS Highland were desperate for GPs.', ['NHS Highland']),
    ('P: I did my training in NHS Lanarkshire.', ['NHS Lanarkshire']),
    ('P: I did my F1 at University Hospitals of Leicester.', ['University Hospitals of Leicester']),
    ('P: University Hospitals Birmingham is enormous.', ['University Hospitals Birmingham']),
    ('P: I moved to University Hospital Southampton in 2018.', ['University Hospital Southampton']),
    ('P: Then University Hospitals of Morecambe Bay, which was hard.', ['University Hospitals of Morecambe Bay']),
    ('P: UHCW gave me my first consultant job.', ['UHCW']),
    ('P: I was a registrar at the University Hospital of Wales.', ['University Hospital of Wales']),
    ('P: University Hospital Wishaw is where I did A&E.', ['University Hospital Wishaw']),
    ("P: I'm with University Hospitals Dorset.", ['University Hospitals Dorset']),
    ('P: She transferred to University Hospitals Sussex last year.', ['University Hospitals Sussex']),
    ('P: I was at the University Hospital of North Tees for my FY2.', ['University Hospital of North Tees']),
    ('P: Aintree University Hospital was my first job.', ['Aintree University Hospital']),
    ('P: I did nights at Royal Stoke University Hospital.', ['Royal Stoke University Hospital']),
    ('P: Hull University Teaching Hospitals took me on as a fellow.', ['Hull University Teaching Hospitals']),
    ('P: I did my training at Sheffield Teaching Hospitals.', ['Sheffield Teaching Hospitals']),
    ('P: Nottingham University Hospitals is a big trust.', ['Nottingham University Hospitals']),
    ('P: The Norfolk and Norwich University Hospital was my base.', ['Norfolk and Norwich University Hospital']),
    ('P: I went to Barking, Havering and Redbridge University Hospitals.', ['Barking, Havering and Redbridge University Hospitals']),
    ('P: I worked at the university hospital in Coventry.', ['Coventry']),
    ("P: Coventry's university hospital is where I trained.", ['Coventry']),
    ('P: I was at Cork University Hospital before I came over.', ['Cork University Hospital']),
    ('P: University Hospital Limerick was chaos.', ['University Hospital Limerick']),
    ('P: Galway University Hospitals had a good scheme.', ['Galway University Hospitals']),
    ('P: I spent two years at the Lewisham university hospital.', ['Lewisham']),
    ('P: We transferred him to UHNM.', ['UHNM']),
    ('P: I started at UHL as a nurse.', ['UHL']),
    ('P: They sent me to the Plymouth teaching hospital.', ['Plymouth']),
    ('P: My first job was in a teaching hospital in Leeds.', ['Leeds']),
    ('P: I was at the University Hospital in Ayr.', ['Ayr']),
    ('P: Southend University Hospital was my rotation.', ['Southend University Hospital']),
    ('P: Frimley Park and then Wexham Park, both big.', ['Frimley Park', 'Wexham Park']),
    ('P: University College Hospital, UCLH, was my F2.', ['University College Hospital', 'UCLH']),
    ("P: I did surgery at Queen's Medical Centre.", ["Queen's Medical Centre"]),
    ('P: University Hospital Crosshouse took me on.', ['University Hospital Crosshouse']),
    ('P: I worked at Ninewells, the teaching hospital in Dundee.', ['Ninewells', 'Dundee']),
    ('P: The Countess of Chester Hospital was my base.', ['Countess of Chester Hospital']),
    ('P: Hairmyres is where I trained.', ['Hairmyres']),
    ('P: University Hospital Monklands was a long drive.', ['University Hospital Monklands']),
    ('P: I moved to University Hospitals Plymouth NHS Trust.', ['University Hospitals Plymouth NHS Trust']),
    ('P: I was at UH Sussex for a year.', ['UH Sussex']),
    ('P: I spent my F1 at Leicester Royal, part of UHL.', ['Leicester Royal', 'UHL']),
    ('P: I did my F2 at Oxford University Hospitals.', ['Oxford University Hospitals']),
    ('P: Cambridge University Hospitals gave me a fellowship.', ['Cambridge University Hospitals']),
    ("P: I'm at OUH now.", ['OUH']),
    ('P: CUH is where I trained.', ['CUH']),
    ('P: Imperial College Healthcare was my first trust.', ['Imperial College Healthcare']),
    ("P: King's College Hospital was a great F1.", ["King's College Hospital"]),
    ("P: I moved to St George's University Hospitals in 2017.", ["St George's University Hospitals"]),
    ('P: Portsmouth Hospitals University NHS Trust hired me.', ['Portsmouth Hospitals University NHS Trust']),
    ('P: University Hospitals Bristol and Weston was my first trust.', ['University Hospitals Bristol and Weston']),
    ('P: I did a year at UH Bristol.', ['UH Bristol']),
    ('P: The University Hospital of North Midlands is huge.', ['University Hospital of North Midlands']),
    ('P: The university hospitals trust in Hull paid for it.', ['Hull']),
    ('P: I was at the Queen Elizabeth University Hospital, the QEUH.', ['Queen Elizabeth University Hospital', 'QEUH']),
    ("P: I'm at Leeds Teaching now.", ['Leeds Teaching']),
    ('P: Lancashire Teaching Hospitals took me on.', ['Lancashire Teaching Hospitals']),
    ("P: I was at Keele's teaching hospital, the Royal Stoke.", ['Royal Stoke']),
    ('P: I worked at Liverpool University Hospitals for a bit.', ['Liverpool University Hospitals']),
    ('P: Liverpool University Hospitals NHS Foundation Trust sponsored me.', ['Liverpool University Hospitals NHS Foundation Trust']),
    ('P: Then the Uni Hospital in Coventry.', ['Coventry']),
    ("P: I've been at Karolinska University Hospital.", ['Karolinska University Hospital']),
    ('P: I did my internship at Lagos University Teaching Hospital.', ['Lagos University Teaching Hospital']),
    ('P: I was a house officer at Korle Bu Teaching Hospital.', ['Korle Bu Teaching Hospital']),
    ('P: I trained at Aga Khan University Hospital in Nairobi.', ['Aga Khan University Hospital', 'Nairobi']),
    ('P: I worked at University Teaching Hospital Lusaka.', ['University Teaching Hospital Lusaka']),
    ('P: I did my housemanship at Universiti Malaya Medical Centre.', ['Universiti Malaya Medical Centre']),
    ('P: I was at Charité in Berlin.', ['Charité', 'Berlin']),
    ('P: I did my residency at University Hospital Motol.', ['University Hospital Motol']),
    ('P: University Hospital Galway was my first job.', ['University Hospital Galway']),
    ('P: I was at University College Hospital Ibadan.', ['University College Hospital Ibadan']),
    ("P: She'd come from the Mater Misericordiae University Hospital.", ['Mater Misericordiae University Hospital']),
    ('P: I was at Beaumont, the teaching hospital.', ['Beaumont']),
    ('P: I came from Tygerberg Academic Hospital.', ['Tygerberg Academic Hospital']),
    ('P: I was a junior at Groote Schuur.', ['Groote Schuur']),
    ('P: After Kenyatta National Hospital I came over.', ['Kenyatta National Hospital']),
    ('P: I did my house job at Mayo Hospital Lahore.', ['Mayo Hospital', 'Lahore']),
    ('P: I trained at the Royal Free, a UCL teaching hospital.', ['Royal Free']),
    ('P: I did a year at Birmingham Heartlands.', ['Birmingham Heartlands']),
    ('P: I was at the University Hospital of South Manchester, Wythenshawe.', ['University Hospital of South Manchester', 'Wythenshawe']),
    ("P: I'm at UHSM.", ['UHSM']),
    ('P: Derriford, University Hospitals Plymouth, was my F1.', ['Derriford', 'University Hospitals Plymouth']),
    ('P: I did my F1 at the Uni Hospital of Wales.', ['Uni Hospital of Wales']),
    ("P: I'm a reg at Univ Hospitals Birmingham.", ['Univ Hospitals Birmingham']),
    ("P: I'm a partner at Elm Tree Surgery.", ['Elm Tree Surgery']),
    ('P: I did my GP training at the Church Street surgery.', ['Church Street']),
    ('P: I was salaried at Castle Medical Practice.', ['Castle Medical Practice']),
    ('P: Riverside Health Centre was my first practice.', ['Riverside Health Centre']),
    ('P: I joined the Millbrook practice in 2016.', ['Millbrook']),
    ('P: Heaton Moor Medical Group took me as a registrar.', ['Heaton Moor Medical Group']),
    ('P: Our PCN is Ashfield North PCN.', ['Ashfield North']),
    ('P: The Bridge Street practice has eight partners.', ['Bridge Street']),
    ("P: I worked at Dr Khan's surgery for years.", ['Khan']),
    ("P: I'm at the practice on Station Road.", ['Station Road']),
    ("P: We're the practice in Ambleside.", ['Ambleside']),
    ('P: I locum mostly at Thornbury Health Centre.', ['Thornbury Health Centre']),
    ('P: The Grange Medical Centre took me on.', ['Grange Medical Centre']),
    ('P: I was a trainee at Priory Fields Surgery.', ['Priory Fields Surgery']),
    ('P: Hollybank surgery was lovely.', ['Hollybank']),
    ("P: I'm now a partner at the Alverton practice.", ['Alverton']),
    ('P: I was at Woodlands Family Practice.', ['Woodlands Family Practice']),
    ('P: My first salaried job was at Penryn Surgery.', ['Penryn Surgery']),
    ('P: We merged with the Kingsway practice last year.', ['Kingsway']),
    ('P: I trained at the Harbour Medical Practice down in Looe.', ['Harbour Medical Practice', 'Looe']),
    ('P: Our practice, Abbey Mead, has a dispensary.', ['Abbey Mead']),
    ('P: I did two years at Park Lane surgery.', ['Park Lane']),
    ('P: She works at the Lisburn Road practice.', ['Lisburn Road']),
    ('P: I work at Brunswick Medical Centre now.', ['Brunswick Medical Centre']),
    ("P: I'm a GP at the Nuffield practice in Coton.", ['Nuffield', 'Coton']),
    ('P: I did my registrar year at Dr Okafor and Partners.', ['Okafor']),
    ('P: The Trinity Medical Group is our hub.', ['Trinity Medical Group']),
    ('P: We belong to the Tamar Valley PCN.', ['Tamar Valley']),
    ('P: I work across three practices in the Wensum PCN.', ['Wensum']),
    ("P: I'm at St Mary's Surgery in the town.", ["St Mary's Surgery"]),
    ('P: Before that I was at the Gables surgery.', ['Gables']),
    ('P: I moved to the Old School Surgery in Bristol.', ['Old School Surgery', 'Bristol']),
    ("P: I'm a partner at Fernville.", ['Fernville']),
    ('P: I did my ST3 at the Maryhill Health Centre.', ['Maryhill Health Centre']),
    ('P: Llanfair surgery was my training practice.', ['Llanfair']),
    ('P: Ballymena Health Centre was busy.', ['Ballymena Health Centre']),
    ('P: I trained in the Wessex Deanery.', ['Wessex']),
    ('P: I was in the Severn deanery for GP training.', ['Severn']),
    ('P: The Northern Deanery was good to me.', ['Northern']),
    ('P: I moved to the Mersey deanery.', ['Mersey']),
    ('P: The Peninsula Deanery had a great scheme.', ['Peninsula']),
    ('P: I did my training in the Oxford deanery.', ['Oxford']),
    ("P: I'm in HEE Thames Valley.", ['Thames Valley']),
    ('P: The North Western Deanery was massive.', ['North Western']),
    ('P: I was in Yorkshire and the Humber deanery.', ['Yorkshire and the Humber']),
    ('P: East of England deanery gave me an LTFT post.', ['East of England']),
    ('P: I trained with NES in the West region.', ['West']),
    ('P: I was a trainee in the North East of Scotland region.', ['North East of Scotland']),
    ('P: I transferred to HEE North West.', ['North West']),
    ('P: HEE Wessex covered my study leave.', ['Wessex']),
    ('P: I did core training in the London deanery.', ['London']),
    ("P: I'm in the West Midlands deanery.", ['West Midlands']),
    ("P: I'm with NHSE WT&E South West.", ['South West']),
    ('P: My training programme was in HEE East Midlands.', ['East Midlands']),
    ('P: I did my GPST in the Mersey region.', ['Mersey']),
    ('P: I was an FY1 in the South Thames Foundation School.', ['South Thames']),
    ('P: I got the Northern Foundation School.', ['Northern']),
    ('P: I was in the Severn Foundation School.', ['Severn']),
    ('P: I was in the Kent, Surrey and Sussex deanery.', ['Kent, Surrey and Sussex']),
    ('P: I was in the Oxford, Thames Valley and Wessex region.', ['Oxford, Thames Valley and Wessex']),
    ('P: I did my ACCS in the Black Country, which is part of the West Midlands deanery.', ['Black Country', 'West Midlands']),
    ('P: I moved from the East Midlands to the North East.', ['East Midlands', 'North East']),
    ('P: I was a GP in the Cotswolds.', ['Cotswolds']),
    ("P: I'm from the Borders.", ['Borders']),
    ('P: I grew up in the Fylde.', ['Fylde']),
    ('P: We live out in the Wirral.', ['Wirral']),
    ('P: Most of my list lives on the Wirral.', ['Wirral']),
    ("P: I'm from the Highlands.", ['Highlands']),
    ('P: I trained in East Anglia.', ['East Anglia']),
    ('P: We moved to the Home Counties.', ['Home Counties']),
    ('P: She lives in the South Hams.', ['South Hams']),
    ("P: He's from Teesside.", ['Teesside']),
    ('P: I grew up in the Peak District.', ['Peak District']),
    ('P: I worked in the Welsh Marches.', ['Welsh Marches']),
    ('P: I moved up to Tyneside.', ['Tyneside']),
    ('P: I was brought up on Deeside.', ['Deeside']),
    ('P: We were in Strathclyde then.', ['Strathclyde']),
    ('P: My family are from the Mearns.', ['Mearns']),
    ('P: I did my job in the Isle of Thanet.', ['Isle of Thanet']),
    ("P: I'm from the Forest of Dean.", ['Forest of Dean']),
    ("P: She's from the Lleyn Peninsula.", ['Lleyn Peninsula']),
    ('P: I worked up on the Black Isle.', ['Black Isle']),
    ('P: I live in the Calder Valley.', ['Calder Valley']),
    ('P: My patients were all over the Gower.', ['Gower']),
    ('P: We live on the Isle of Purbeck.', ['Isle of Purbeck']),
    ("P: I'm from the Medway towns.", ['Medway']),
    ('P: I lived in the Golden Valley.', ['Golden Valley']),
    ('P: I worked in the Rhondda.', ['Rhondda']),
    ('P: I grew up in the Cynon Valley.', ['Cynon Valley']),
    ("P: I'm from Mid Ulster.", ['Mid Ulster']),
    ('P: I worked in South Armagh.', ['South Armagh']),
    ("P: I'm from West Cork.", ['West Cork']),
    ('P: She lived in the Glens of Antrim.', ['Glens of Antrim']),
    ('P: We lived in the Mournes.', ['Mournes']),
    ("P: I'm from Kintyre.", ['Kintyre']),
    ("P: My family's from the Western Isles.", ['Western Isles']),
    ("P: I'm from the Northern Isles.", ['Northern Isles']),
    ('P: I worked in the Scottish Borders.', ['Scottish Borders']),
    ("P: I'm from the Fens.", ['Fens']),
    ('P: I worked in the Chilterns.', ['Chilterns']),
    ('P: We lived in the Weald.', ['Weald']),
    ("P: I'm from the Lake District.", ['Lake District']),
    ("P: I'm from the Yorkshire Dales.", ['Yorkshire Dales']),
    ('P: I lived in Lincolnshire Wolds.', ['Lincolnshire Wolds']),
    ("P: I'm from the Tamar valley.", ['Tamar']),
    ('P: He grew up in the Derbyshire Dales.', ['Derbyshire Dales']),
    ("P: I'm from Morecambe Bay.", ['Morecambe Bay']),
    ('P: I did a job in the Vale of Glamorgan.', ['Vale of Glamorgan']),
    ("P: I'm from the Vale of York.", ['Vale of York']),
    ('P: We lived in Metroland.', ['Metroland']),
    ("P: Manx Care run the hospital in Douglas now.", ["Manx Care"]),
]


@pytest.mark.parametrize(("text", "names"), WRITTEN)
def test_trusts_regional_bodies_hospitals_practices_and_deaneries(
        anonymiser: Anonymiser, text: str, names: list[str]) -> None:
    for name in names:
        assert _covered(anonymiser, text, name), name


WRITTEN_NEGATIVES = [
    'P: The Welsh Ambulance Service covers the whole country.',
    'P: I applied to the Scottish Ambulance Service.',
    'P: The Northern Ireland Ambulance Service was on strike.',
    'P: I rang the ambulance service twice.',
    'P: I volunteered with St John Ambulance as a teenager.',
    'P: The trust said no, obviously.',
    'P: Every trust does it differently.',
    'P: NHS England published the plan.',
    'P: The ICB meeting overran.',
    'P: We got a letter from the health board.',
    'P: I trust the ambulance crews completely.',
    'P: Public Health Wales sent guidance.',
    'P: The mental health trust was in special measures.',
    'P: Our integrated care board is new.',
    'P: A university hospital pays better than a district general.',
    'P: The teaching hospital model is changing.',
    'P: I always wanted to work in a university hospital.',
    'P: Most teaching hospitals have a sim suite.',
    'P: The practice manager sorted it.',
    'P: Our surgery has a pharmacy attached.',
    'P: I went to the health centre for my jabs.',
    'P: The surgery was in a converted house.',
    'P: General practice is a different world.',
    'P: The practice nurse did the bloods.',
    'P: Our PCN meeting was cancelled.',
    'P: The Wales Deanery ran my programme.',
    'P: I was at Health Education and Improvement Wales.',
    'P: HEIW sorted my placement.',
    "P: The deanery wouldn't budge.",
    'P: NES runs the Scottish programmes.',
    'P: Down South they do it differently.',
    'P: We drove through the valley.',
    "The Wales Deanery ran my programme.",
    "The Foundation School sent an email round.",
]


@pytest.mark.parametrize("text", WRITTEN_NEGATIVES)
def test_national_bodies_and_kinds_stay(anonymiser: Anonymiser, text: str) -> None:
    assert _replaced(anonymiser, text) == {}


def test_a_regional_ambulance_service_is_a_healthcare_organisation(
        anonymiser: Anonymiser) -> None:
    text = "P: I did six years on the road with North West Ambulance Service before retraining."
    assert _replaced(anonymiser, text) == {"North West Ambulance Service": "HOSPITAL"}


CAPTIONS = [
    ('speaker 1: i moved to the south eastern health and social care trust after that', ['south eastern health and social care trust']),
    ('speaker 2: i was at leeds teaching hospitals trust for my f2', ['leeds teaching hospitals trust']),
    ('speaker 1: i work for cornwall partnership foundation trust', ['cornwall partnership foundation trust']),
    ("speaker 2: she's with the northern health and social care trust", ['northern health and social care trust']),
    ('speaker 1: i was in sheffield health and social care trust before', ['sheffield health and social care trust']),
    ('speaker 1: i did my training in nhs kent and medway, then moved', ['nhs kent and medway']),
    ('speaker 2: yeah nhs highland were desperate for gps', ['nhs highland']),
    ('speaker 1: i was employed by nhs greater glasgow and clyde for years', ['nhs greater glasgow and clyde']),
    ('speaker 2: i did nights at ealing general, it was rough', ['ealing general']),
    ('speaker 2: i was at yeovil district for two years', ['yeovil district']),
    ("speaker 1: she's at the cumberland infirmary now", ['cumberland infirmary']),
    ('speaker 2: i was at airedale general for a bit', ['airedale general']),
    ('speaker 1: nhs tayside paid for the course', ['nhs tayside']),
    ('speaker 1: yeah so i grew up in wolverhampton and then we moved to reading when i was small', ['wolverhampton', 'reading']),
    ('speaker 2: i live in bath now, just outside the centre', ['bath']),
    ('speaker 2: i work at the royal united in bath', ['royal united', 'bath']),
    ('speaker 1: i did my f1 at the rvi in newcastle', ['rvi', 'newcastle']),
    ("speaker 2: i'm at addenbrookes now", ['addenbrookes']),
    ('speaker 1: i trained at ninewells up in dundee', ['ninewells', 'dundee']),
    ('speaker 2: i was at the queen elizabeth in birmingham', ['queen elizabeth', 'birmingham']),
    ('speaker 1: my practice is in wells, in somerset', ['wells', 'somerset']),
    ('speaker 2: i grew up in deal on the kent coast', ['deal', 'kent']),
    ("speaker 1: i'm a gp in street, near glastonbury", ['street', 'glastonbury']),
    ('speaker 2: i worked at university hospitals of leicester for two years', ['university hospitals of leicester']),
    ("speaker 1: i'm at the leeds teaching hospitals trust", ['leeds teaching hospitals']),
    ('speaker 2: i work for north west ambulance service', ['north west ambulance service']),
    ("speaker 1: i'm at the royal free", ['royal free']),
    ('speaker 2: i did nights at the general in leicester, the lri', ['general', 'leicester', 'lri']),
    ('speaker 1: i was at southmead in bristol', ['southmead', 'bristol']),
    ('speaker 2: i moved to hull from grimsby', ['hull', 'grimsby']),
    ('speaker 1: we live in newport, the welsh one not the isle of wight', ['newport', 'isle of wight']),
    ("speaker 2: i'm from ballymena originally", ['ballymena']),
    ('speaker 1: i work in the belfast trust at the royal', ['belfast', 'royal']),
    ('speaker 2: i was at the princess of wales in bridgend', ['princess of wales', 'bridgend']),
    ('speaker 1: my surgery is the elm tree surgery in stockport', ['elm tree surgery', 'stockport']),
    ("speaker 2: i'm at the church street practice in ripon", ['church street', 'ripon']),
    ("speaker 2: i'm from the black country, dudley", ['black country', 'dudley']),
    ("speaker 1: i'm at the freeman in newcastle", ['freeman', 'newcastle']),
    ("speaker 2: i'm at the christie now", ['christie']),
    ('speaker 1: i grew up in sale, just outside manchester', ['sale', 'manchester']),
    ('speaker 2: we moved to hope in derbyshire', ['hope', 'derbyshire']),
    ("speaker 1: i'm from kirkwall in orkney", ['kirkwall', 'orkney']),
    ('speaker 2: i lived in douglas on the isle of man', ['douglas', 'isle of man']),
    ('speaker 1: i worked in st helier for a bit', ['st helier']),
    ("speaker 2: i'm from truro, in cornwall", ['truro', 'cornwall']),
    ('speaker 1: i trained in swansea at morriston', ['swansea', 'morriston']),
    ("speaker 2: i'm at the queen elizabeth university hospital in glasgow", ['queen elizabeth university hospital', 'glasgow']),
    ('speaker 2: i work in the valleys now and then', ['valleys']),
]


@pytest.mark.parametrize(("text", "names"), CAPTIONS)
def test_hospitals_practices_and_towns_in_uncased_captions(
        anonymiser: Anonymiser, text: str, names: list[str]) -> None:
    for name in names:
        assert _covered(anonymiser, text, name), name


CAPTION_NEGATIVES = [
    "speaker 1: i'm a doctor there, living over in the town centre now",
    "speaker 2: my dad went into the royal last week, he's fine now",
    'speaker 2: the trust was fine, honestly',
    'speaker 1: our mental health trust is struggling',
    'speaker 2: the health board sent a letter',
    'speaker 1: i trust my partner completely',
    'speaker 2: the north and south health board meeting',
    'speaker 2: i think nhs england should sort it out',
    'speaker 1: i downloaded the nhs app last week',
    'speaker 2: we had a general election that year',
    "speaker 1: it's a community thing really",
    'speaker 2: she works in the district, not the town',
    'speaker 1: my nhs number is on the letter',
    'speaker 2: the general manager said no',
    'speaker 1: yeah the trust was fine, i live in hope that it gets better',
    "speaker 2: i'm reading a book on the march of time",
    'speaker 1: we had a deal with the bath people about the street party',
    'speaker 2: i went to the general practice meeting',
    'speaker 1: yeah so i had knee surgery last year and the practice nurse was great',
    'speaker 2: i live in hope that it gets better, honestly',
    'speaker 1: i was born in march and my sister in may',
    'speaker 2: we moved to reading glasses after forty',
    'speaker 1: i work at the general practice level mostly',
    "speaker 2: i'm from the north originally, you know",
    'speaker 1: i was at the royal college for the exam',
    'speaker 2: the dental surgery is next door to the group practice',
    'speaker 1: i moved to over there and then back',
    'speaker 2: i live in sin, my nan says, ha',
    'speaker 1: i work in theatre mostly, and in recovery',
    'speaker 2: i grew up in care, so',
    'speaker 1: we settled in fine, i think',
    "speaker 2: i'm from a big family, so the house was full",
    'speaker 1: the ambulance service was rubbish that night',
    'speaker 2: the welsh ambulance service took hours',
    'speaker 1: i work in the same practice as my husband',
    'speaker 2: my practice is in the middle of town',
    'speaker 1: i did my placement at the old surgery on the corner',
    "speaker 2: she's from the bank, the loan people",
    'speaker 1: i live near the park, by the river',
    "speaker 2: i'm based at the main site mostly",
    'speaker 1: we went on holiday to the lakes',
]


@pytest.mark.parametrize("text", CAPTION_NEGATIVES)
def test_ordinary_words_in_uncased_captions_stay(anonymiser: Anonymiser, text: str) -> None:
    assert _replaced(anonymiser, text) == {}
