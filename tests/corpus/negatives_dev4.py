"""DEVELOPMENT set of hard negatives, fourth batch (issue 14, round 12): DIALECT and VERNACULAR
English, written before anything was tuned on it. Speakers of Scots, Doric, Geordie,
Yorkshire, Scouse, Brummie, West Country, Welsh English, Hiberno-English, Ulster English,
Jamaican and Trinidadian creoles, Nigerian Pidgin, Ghanaian, Indian and Singapore English and
multicultural London English talk about work with dialect words, interjections, exclamations,
oaths and idioms opening their sentences with a capital ("Dinnae fash.", "Howay, man.",
"Abeg, make we go.", "Wah, so shiok."), number words and counts, and a few real identifiers
(labelled) so that leak is measured too. Hand-written from general knowledge for vault; no
other set's pools or strings. Markup and rendering as in negatives_dev.py::

    .venv/bin/python tests/corpus/negatives_dev4.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

_BASE = runpy.run_path(str(Path(__file__).with_name("negatives_dev.py")))

NAME = "negatives_dev4"

REGISTER = [
    ("Eilidh Mutch", "V01", ""),
    ("Graeme Ritchie", "V02", ""),
    ("Shannon Hetherington", "V03", "Shan"),
    ("Kayleigh Ackroyd", "V04", ""),
    ("Jamie Molyneux", "V05", ""),
    ("Harjit Bains", "V06", ""),
    ("Tamsin Penhaligon", "V07", ""),
    ("Ffion Pritchard", "V08", ""),
    ("Aoife Brennan", "V09", ""),
    ("Ciarán Devlin", "V10", ""),
    ("Marcia Blackwood", "V11", ""),
    ("Keron Ramdeen", "V12", ""),
    ("Chukwuemeka Obi", "V13", "Emeka"),
    ("Akosua Mensah", "V14", ""),
    ("Lakshmi Venkataraman", "V15", ""),
    ("Wei Jie Lim", "V16", ""),
    ("Tyrese Asante-Boateng", "V17", ""),
]

#: (participant code, style, text with markup)
DOCS: list[tuple[str, str, str]] = [
    ("V01", "spoken", """\
INT: How was your first winter on the ward?

V01: Och, dinnae ask. Dreich, the whole lot of it. Cannae mind a day it wisnae raining.

INT: And the work itself?

V01: Aye, busy. Wheesht, I'll tell you. Twelve beds, two nurses and me. Gonnae no dae that, the charge nurse would say to the students, and they'd just greet.

INT: Did you cope?

V01: Mostly. Awfy tired by the end of a run of nights. Ken how it is. Naebody tells you that at uni.

V01: I'm [[PERSON@V01:Eilidh]], by the way, and I trained in [[LOCATION:Aberdeen]].
"""),
    ("V01", "spoken", """\
INT: What did your family make of medicine?

V01: Ma granny was chuffed. Crivvens, she says, a doctor in the family. Braw, she kept saying, braw.

INT: And now?

V01: Jings, they still ask me about their bunions at Christmas. Haud on, I tell them, I'm a psychiatrist. Gie's peace.

V01: Ach, it's fine. Nae bother really. Bide a wee while and they forget.
"""),
    ("V02", "spoken", """\
INT: Where did you grow up?

V02: Up the road, in the [[LOCATION:Mearns]]. Fit like, they say there. Foo's yer doos.

INT: And the language at work?

V02: Aye, the older patients speak the Doric. Loon for a boy, quine for a lassie. Fit's adee, a mannie will say, and you need to ken that means what's wrong.

INT: Does that ever cause problems?

V02: Nae really. Ach, once a locum fae doon south wrote "patient reports feeling dwaibly" in the notes and the pharmacist phoned me. Dwaibly means weak, shaky. Peely-wally is pale.

V02: Onywye, I'm [[PERSON@V02:Graeme Ritchie]], GP, twenty year in the job.
"""),
    ("V02", "written", """\
Interviewer: What keeps you in rural practice?

V02: The folk. Gweed folk. Ye get tae ken three generations of a family. Thon's the best bit.

Interviewer: And the worst?

V02: Winter. Snaa on the roads, the surgery cut off for three days in a bad year. Stovies at the manse and a Land Rover to get tae the farms.

Interviewer: Any advice for trainees?

V02: Dinna rush. Tak yer time wi the auld anes. Hing in, it gets better.
"""),
    ("V03", "spoken", """\
INT: Tell me about your team.

V03: Howay, they're canny. Proper canny. Wor sister on the ward, she's mint.

INT: What do you mean by mint?

V03: Brilliant, like. Whey aye. Divvent get us wrong, it's hard graft, but we have a laugh. Haway, man, we say when someone's dawdling.

INT: Do patients talk the same way?

V03: Aye, pet. Hinny, they call you. Gan canny, they say when you leave. Clarty, if the ward's mucky, and the netty for the toilet.

V03: I'm [[PERSON@V03:Shannon]], [[PERSON@V03:Shan]] on the rota, a staff nurse at the [[HOSPITAL:Freeman]].
"""),
    ("V03", "spoken", """\
INT: How was training?

V03: Champion. Nowt to complain about. Owt you need, the educators sort it.

INT: And the hours?

V03: Wey, the hours are mental. Bait at two in the morning if you're lucky. Hacky tired after four nights.

INT: Would you recommend it?

V03: Deffo. Lush people. Aalreet, you just get on with it.
"""),
    ("V04", "spoken", """\
INT: Where are you working now?

V04: Ey up, you've caught me on me dinner. A&E, still. Nowt changes.

INT: How's morale?

V04: Mardy, if I'm honest. Everyone's mithered. Summat has to give.

INT: What would help?

V04: Tha knows, just a bit of respect. Sithee, a cuppa and a thank you. Nesh, some of the new lot, they're always cold, but they're grand lasses and lads.

INT: Anything else?

V04: Appen we'll get more staff. Allus say that though. Reet, I'd best get back.

V04: [[PERSON@V04:Kayleigh Ackroyd]], band six, [[LOCATION:Barnsley]] born and bred.
"""),
    ("V04", "written", """\
Interviewer: What's the culture like?

V04: Blunt. Gerroff, we say, if someone's taking liberties. Gi'o'er, if they're moaning.

Interviewer: Do you like that?

V04: Aye. Nowt wrong wi' speaking plain. Laikin' about on a shift gets you nowhere.

Interviewer: Any regrets?

V04: Nah. Happen I'd have done nursing sooner. Ginnel to the bus stop, every morning, twenty year.
"""),
    ("V05", "spoken", """\
INT: What's it like working in the city?

V05: Boss. Dead boss. Sound people, la.

INT: And the patients?

V05: Made up when you get it right, gutted when you don't. Ay, some of them are proper characters. Eh, one fella told me he was feeling antwacky, which means old-fashioned, and I just nodded.

INT: Did you find it hard?

V05: Nah, I'm from here. Scran in the canteen is rank though. Kecks on, boots on, go.

V05: I'm [[PERSON@V05:Jamie]], F2 at the [[HOSPITAL:Royal Liverpool]].
"""),
    ("V05", "spoken", """\
INT: How do you switch off?

V05: Footy. Me and me mates, Sunday league. Arl fella comes to watch.

INT: And when it gets too much?

V05: Jarg, all of it, some days. Proper jarg. But you crack on. Gegging in on someone else's break is the worst.

INT: Fair enough.

V05: Sound. Ta-ra, then.
"""),
    ("V06", "spoken", """\
INT: How long have you been a pharmacist?

V06: Bostin question. Twenty-two year. Started on the counter at sixteen.

INT: And the area?

V06: Ar, it's changed. Yam yam country, people say, further out. Ow bist, the old boys say. Tara-a-bit when they leave.

INT: What's the work like?

V06: Blarting kids in the queue, babbies with colic, cobs for lunch. Donnered, by six.

V06: I'm [[PERSON@V06:Harjit]], and I'm from [[LOCATION:Smethwick]]. Tara-a-bit.
"""),
    ("V07", "spoken", """\
INT: Tell me about the practice.

V07: Proper job. Gert lush people. Dreckly, everything happens dreckly here.

INT: What does dreckly mean?

V07: Eventually. Maybe. Ansum, the old boys call you. Alright my lover, they say, at reception.

INT: Is it busy?

V07: Emmets in summer, that's the tourists. Wasson, we say, what's going on. Gurt queues.

V07: [[PERSON@V07:Tamsin]], partner, eleven year.
"""),
    ("V07", "written", """\
Interviewer: What do you do on a day off?

V07: Teasy, if I don't get out. Surf, usually. Dreckly I'll tidy the house.

Interviewer: Any sayings from home?

V07: Where's that to, my mother says, for where is it. Proper, for anything good. Mizzle, when it's misty rain.

Interviewer: Would you move?

V07: Never. Dunno what I'd do without the sea.
"""),
    ("V08", "spoken", """\
INT: Do you speak Welsh at work?

V08: Iawn, some. Diolch is thank you, obviously. Cariad, the older nurses say to everyone.

INT: And in English?

V08: Now in a minute, that's our favourite. Tidy, for good. Cwtch, for a cuddle. Tamping, if you're furious.

INT: How's the ward?

V08: Tamping, mostly. [laughs] Duw, the waits. Ych a fi, the smell on that bay some days. Twp, some of the things people do.

INT: Who's your supervisor?

V08: [[PERSON:Dr Gwilym|Gwilym]], lovely man. I'm [[PERSON@V08:Ffion]], trained in [[LOCATION:Bangor]].
"""),
    ("V08", "spoken", """\
INT: What keeps you going?

V08: Hiraeth, a bit, when I'm away. Hwyl, when we sing. Lush, the choir is.

INT: And the patients?

V08: Mun, they're tidy people. Bach, they call the little ones. Iechyd da at Christmas with a tiny sherry.

INT: Any hard days?

V08: Loads. Duw, duw. But there we are.
"""),
    ("V09", "spoken", """\
INT: How did you find the move over?

V09: Grand. Sure look, it's only across the water.

INT: And the work culture?

V09: Ah, it's gas. Feck, the hours though. Janey, the first week I thought I'd die.

INT: Did people understand you?

V09: Mostly. Craic was mighty once they got used to me. Eejit, I'd call myself when I got lost in the corridors. Yoke, for anything I couldn't name. Banjaxed, the printer, every single day.

V09: I'm [[PERSON@V09:Aoife]], and I'm from [[LOCATION:Mullingar]].
"""),
    ("V09", "written", """\
Interviewer: What would you tell a new trainee?

V09: Arrah, don't be worrying. Giving out gets you nowhere. Amn't I the proof of that.

Interviewer: Anything you miss?

V09: Deadly breakfasts. Thanks a million, said the right way. Bold, for a child being naughty. Press, for the cupboard.

Interviewer: Will you go back?

V09: Musha, who knows. Maybe.
"""),
    ("V10", "spoken", """\
INT: What's it like in the emergency department?

V10: Wile busy. Thon waiting room's a hoor on a Saturday.

INT: How do you cope?

V10: Dander round the car park at break. Scundered, some days, when you get it wrong. Foundered, in winter, out in the ambulance bay.

INT: Sounds tough.

V10: Aye, it's some craic. Wee buns, the rest of it. Boke, the smell sometimes. Catch yerself on, I tell the younger ones when they moan.

V10: [[PERSON@V10:Ciarán Devlin]], ED reg, [[LOCATION:Omagh]].
"""),
    ("V10", "written", """\
Interviewer: Anything else you'd like to add?

V10: Och, no. Wheen of us feel the same. Houl yer whisht, my da would say, and get on with it.

Interviewer: Does that help?

V10: Sometimes. Yous all need a break, I tell the team. Yiz are dead on.
"""),
    ("V11", "spoken", """\
INT: Where did you train?

V11: Back home, in [[LOCATION:Kingston]]. Then I came here fi do the nursing.

INT: How was that?

V11: Lawd, it was cold. Mi neva see snow before. Wah gwaan, the porters say to me now, and I say, mi deh yah.

INT: And the patients?

V11: Likkle bit of everything. Pickney in the children's ward, old people in the day unit. Cyaan complain. Tek time, mi granny used to say. Soon come.

V11: I'm [[PERSON@V11:Marcia]], Sister on the stroke unit.
"""),
    ("V11", "spoken", """\
INT: What's hard about the job?

V11: Di workload. Bwoy, it heavy. Nuh time fi eat some days.

INT: And what helps?

V11: Church. Mi bredren dem. Irie, when the shift go good. Nyam some food after and sleep.

INT: Any advice?

V11: Walk good. Likkle by likkle, it get done.
"""),
    ("V12", "spoken", """\
INT: Tell me about coming from [[LOCATION:Trinidad]].

V12: Oh gosh, it was bacchanal. Doh ask. Steups, the paperwork alone.

INT: How's the work?

V12: Lime after work with the team, when we can. Tabanca, when I miss home too much. Mamaguy, when the manager sweet-talking you into an extra shift.

INT: Do people get you?

V12: Sometimes. Eh-eh, one patient thought I was cussing him when I said he was dotish. [laughs] Fete season, I does miss that.

V12: [[PERSON@V12:Keron]], physio, from [[LOCATION:San Fernando]].
"""),
    ("V13", "spoken", """\
INT: What was it like starting in the NHS?

V13: Abeg, no ask me. Wahala plenty. Na so e be.

INT: In what way?

V13: Oga for the unit, he no dey smile. Wetin I go do? Sha, I survive. Ehen, then things start to better.

INT: Any good days?

V13: Plenty. Omo, the day I pass my exam! Chai, I shout for the car park. Jare, the joy.

V13: I'm [[PERSON@V13:Emeka]], [[PERSON@V13:Chukwuemeka Obi]] for the forms, core trainee.
"""),
    ("V13", "written", """\
Interviewer: How do you relax?

V13: Gist with my people on WhatsApp. Jollof on Sunday. Sabi person no dey carry last.

Interviewer: Any regrets about coming?

V13: Haba, no. Japa was the plan. Sef, my brother wants to come next year.

Interviewer: Anything else?

V13: Kai, only the weather. Walahi, the cold.
"""),
    ("V14", "spoken", """\
INT: How did you find the first months?

V14: Chale, it was hard. Eii, the cold! Herh, nobody warned me.

INT: And the ward?

V14: Saa, it was busy. Ebei, the paperwork. Ampa, I'm telling you the truth.

INT: What helped?

V14: Akwaaba, the other Ghanaian nurses said when I arrived. Medaase, I said. Ayekoo, they say when you finish a hard shift.

V14: I'm [[PERSON@V14:Akosua]], from [[LOCATION:Kumasi]].
"""),
    ("V15", "spoken", """\
INT: How did you settle in?

V15: Arre, it took time. Accha, the systems were new. Yaar, the forms!

INT: What was different?

V15: Prepone, I said once, and nobody understood. Timepass, the long handovers. Jugaad, we do when the kit is missing.

INT: And now?

V15: Theek hai, it's fine. Chalo, you adjust. Aiyo, the winters though. Ji, I am happy.

V15: [[PERSON@V15:Lakshmi]], consultant anaesthetist, trained in [[LOCATION:Chennai]].
"""),
    ("V15", "written", """\
Interviewer: How do you talk to your juniors?

V15: Simply. Kindly do the needful, my old boss used to write. Revert back, they say at home, for reply.

Interviewer: Anything you miss?

V15: Filter coffee. Bas, that's all. Haan, and my mother's sambar.
"""),
    ("V16", "spoken", """\
INT: How is the workload here compared to home?

V16: Wah, here also jialat. Alamak, the rota! Aiyoh, so many nights.

INT: What do you do to relax?

V16: Makan with friends. Shiok, the laksa. Chope a table at the hawker place when I go back.

INT: And at work?

V16: Kiasu, some people, always chasing the next course. Paiseh, I say when I'm late. Steady lah, the team is good.

V16: [[PERSON@V16:Wei Jie]], registrar, from [[LOCATION:Singapore]].
"""),
    ("V16", "written", """\
Interviewer: Is the language at work a problem?

V16: Sometimes. Can or not, I ask, and people look at me. Sian, when the shift is long.

Interviewer: Anything else?

V16: Walao, the price of coffee here. Atas, all the cafes near the hospital.
"""),
    ("V17", "spoken", """\
INT: How did you get into paramedic work?

V17: Innit, everyone asks. Bruv, I just wanted to help people.

INT: How's the job?

V17: Peak, some days. Bare calls, no break. Allow it, I say when my crewmate moans.

INT: And the good bits?

V17: Peng, when you get someone back. Safe, the team is. Wagwan, I say to the control room, they love it.

V17: [[PERSON@V17:Tyrese]], from [[LOCATION:Hackney]], five years on the road.
"""),
    ("V17", "spoken", """\
INT: What's the hardest call you've had?

V17: Rah, don't ask me that. Nah, fam, that's a long story.

INT: Okay. What helps after?

V17: Mandem from the station. Gassed, when we win at five-a-side. Long, the paperwork. Ahlie, it's a lot.

INT: Thanks.

V17: Calm. Safe.
"""),
    ("V04", "spoken", """\
INT: How many patients did you see yesterday?

V04: Thirty-odd. Forty, maybe. Nine before ten o'clock, three in resus at once.

INT: Is that normal?

V04: Aye. Sixteen hour shift, two breaks, four cups of tea. Twenty-odd years of this, me.

INT: And the ambulances?

V04: Seven queued at one point. Eleven the week before. Summat's wrong.
"""),
    ("V11", "spoken", """\
INT: When did you come over?

V11: Long time now. Before the Olympics. Mi was young.

INT: And your family?

V11: Three pickney, all big now. Di last one, she [[AGE:seventeen]]. Mi have two grandbaby too.

INT: Do you go back?

V11: Every couple of years, at Christmas. Lawd, the flights!
"""),
]


def build() -> tuple[list[dict[str, object]], str]:
    """The documents and the register CSV (negatives_dev.py's renderer)."""
    docs, register = _BASE["build_set"](NAME, REGISTER, DOCS)
    return docs, register


if __name__ == "__main__":
    _BASE["write_set"](NAME, REGISTER, DOCS, Path(__file__).resolve().parent)
