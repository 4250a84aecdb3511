"""Over-redaction of ordinary words, round 10 (issue 14): classes of ordinary language the
engine altered, each with invented sentences that must be kept and near misses whose names
must still be redacted.

Classes: a greeting or blessing before a name is no part of it ("Bless Dolly"); a whole-word
title before a full stop does not make the next sentence's first word a name ("not Sister.
It were"); a month after a word of time ("come August"); a sentence's first word that offers
or asks before an article ("Fancy a brew"); allusions (television characters, named storms,
idioms with a place in their frame: "as busy as Clapham Junction", "met my Waterloo"); named
concepts of coaching and psychology ("de Shazer's miracle question"); church feasts, sweets
and bakes, national bodies named for a nation.
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser

KEPT = [
    # allusions: characters, storms, idioms with places in their frame
    "Participant: Honestly, the rota that month was a proper Victor Meldrew.",
    "Participant: He stood there like Captain Mainwaring giving orders nobody followed.",
    "Participant: The handover room was as busy as Clapham Junction at five o'clock.",
    "Participant: It was as crowded as Clapham Junction, every single night.",
    "Participant: The drugs cupboard was locked up like Fort Knox, three keys.",
    "Participant: Storm Eunice blew the car park barrier clean off.",
    "Participant: After Storm Arwen we had no power for two days on the ward.",
    "Participant: That audit was where I met my Waterloo, to be fair.",
    "Participant: The night shift was the Bermuda Triangle of the whole trust.",
    "Participant: We went all round the Wrekin to get a straight answer out of them.",
    "Participant: Ask the man on the Clapham omnibus and he'd say the same.",
    "Participant: The new manager was a bit of a Hooray Henry, all talk.",
    # church feasts, sweets and bakes, bodies named for a nation
    "Participant: I sang at Evensong most Sundays, it kept me sane.",
    "Participant: My gran called it Lady Day, and we always had a roast.",
    "Participant: Lunch was a Twix and a bit of Rocky Road from the machine.",
    "Participant: The Care Inspectorate came round the homes in the spring.",
    "Participant: I rang Samaritans Ireland twice that winter.",
    "Participant: Senedd Cymru put money into the scheme, to be fair.",
    # named concepts of coaching and psychology after a theorist's name
    "Participant: We did Polanyi's tacit knowledge on the leadership day.",
    "Participant: Kahn's personal engagement came up in the last session.",
    "Participant: Hobfoll's conservation of resources was the one that stuck with me.",
    "Participant: Cooperrider's appreciative inquiry, that's what the away day was built on.",
    "Participant: Hochschild's emotional labour, that's the bit nobody pays you for.",
    "Participant: I still use Rosenberg's nonviolent communication at home.",
    "Participant: My careers lead had me read up on Super's career rainbow.",
    # a drama and a medical acronym, not a person or a hospital
    "Participant: My mum watches Casualty and rings me about it after.",
    "Participant: His ribs were sore for a week from the CPR, poor man.",
    # a greeting or pity before a word, a month after a word of time, an offer before an article
    "Participant: Twenty years in the job come August, and I'm still tired.",
    "Participant: We've been short since June, and it shows.",
    "Participant: Fancy a brew, she'd say, and that was her way of checking on you.",
    "Participant: Bear with me, I lose my thread when I talk about that year.",
    # a whole-word title before a full stop ends a sentence
    "Participant: Nurse, mind, not Sister. It was a long shift, that one.",
    "Participant: I'd trained as a nurse, then became a Matron. We moved the next year.",
]


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_language_is_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


REDACTED = [
    # the name after a blessing or greeting is still a name; only the greeting is kept
    ("Participant: Bless Dolly Okonkwo, she sat with me while I cried.", "Dolly Okonkwo", "Bless"),
    ("Participant: Poor Tamsin Achterberg, she never got the post.", "Tamsin Achterberg", "Poor"),
    ("Participant: Dear Priya, she always brought biscuits.", "Priya", "Dear"),
    # a title before a name keeps its name (an abbreviation may take a dot)
    ("Participant: I spoke to Dr. Abernethy about it after the meeting.", "Abernethy", None),
    ("Participant: Sister Okoro was on that night, thank God.", "Okoro", None),
    ("Participant: Doctor Wojciechowska came down and sorted it.", "Wojciechowska", None),
    # a month's name as a person's, where no word of time stands before it
    ("Participant: August Nkemelu was my registrar that year.", "Nkemelu", None),
    ("Participant: We met in May and June Fairweather was there.", "Fairweather", None),
    # a place in its own right, not in an idiom's frame
    ("Participant: I live just by Clapham Junction with my sister.", "Clapham", None),
    # a possessive before an ordinary noun is still a person's
    ("Participant: Okafor's knowledge of the rota was a bit thin.", "Okafor", None),
    ("Participant: Then Abernethy's face just fell, poor woman.", "Abernethy", None),
    ("Participant: Okafor's rainbow jumper was the talk of the ward.", "Okafor", None),
]


@pytest.mark.parametrize(("text", "name", "kept"), REDACTED)
def test_names_near_the_classes_are_still_redacted(anonymiser: Anonymiser, text: str,
                                                    name: str, kept: str | None) -> None:
    found = replaced(anonymiser, text)
    assert any(name in f for f in found), found
    if kept is not None:
        assert not any(kept in f for f in found), found
