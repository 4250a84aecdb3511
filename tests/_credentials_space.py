"""An invented space of what is written beside a name and is not the name: post-nominal letters
and service ranks (round 22 of issue 14, ordinary words altered).

A signature, a byline, a committee list, a posting order or a CV writes after a name the
letters of what someone holds, and before it the rank they serve at. The name identifies; the
letters and the rank are ordinary language (the labelling conventions label the name only,
titles and "the" apart). The letters are built here from how UK and Irish bodies make them,
never from a corpus's words:

* **diplomas**: a college's or faculty's diploma, "D" and its letters ("DRCOG", "DFSRH",
  "DTM&H", "DOccMed", "DIMC", "DMCC"; not three letters such as "DCH", also a hospital's
  initials, which the engine cuts only inside a span beside another post-nominal), and "Dip" before a subject's short name
  ("DipIMC", "DipPallMed", "DipMedEd");
* **memberships and fellowships** of faculties, institutes and chartered bodies: "MF" or "FF"
  and a faculty's letters ("MFOM", "MFFLM", "FFLM"), "MCI"/"FCI" and an institute's ("MCIL",
  "FCIPD"), "MI"/"FI" and an institution's ("MIHEEM", "FIHEEM", "MIET"), "MInst..." ("MInstLM");
* **registrations and honours**: interpreters' ("DPSI"), nurses' ("RSCN", "RNLD", "SCPHN"),
  honours and decorations ("BEM", "DSO", "QGM", "RRC", "KStJ", "CVO"), the services' corps and
  reserves written after a serving doctor's name ("RAMC", "QARANC", "RADC", "RNR", "RAFVR");
* **ranks**: a rank and its branch before a name, abbreviated as orders write them ("Surg Lt
  Cdr", "Surg Capt", "Sqn Ldr", "Flt Lt", "Wg Cdr", "Maj", "Capt", "Pte", "LCpl", "CPO").

:func:`credential_cases` gives marked texts (``«...»`` the name, a gold span; ``‹...›`` the
words that must stay), each with its shape. The names are made of syllables
(:func:`_spoken_number_space.invented_name`), so no list can know them.
"""
from __future__ import annotations

import random

from _spoken_number_space import invented_given, invented_name

#: diplomas: a college's or faculty's "D..." and "Dip" + a subject's short name
DIPLOMAS = ["DRCOG", "DFSRH", "DTM&H", "DOccMed", "DIMC", "DMCC", "DAvMed",
            "DipIMC", "DipPallMed", "DipMedEd", "DipClinEd", "DipDerm", "DipSEM", "DipTravMed",
            "DipGUM", "DipMedTox"]
#: memberships and fellowships of faculties, institutes and chartered bodies
MEMBERSHIPS = ["MFOM", "MFFLM", "MFSEM", "MFDS", "FFLM", "FFOM", "MCIL", "FCIL", "MCIPD", "FCIPD",
               "MCMI", "MIHEEM", "FIHEEM", "MIET", "MInstLM", "MCSP", "MRPharmS", "FRPharmS", "FCPS",
               "MCPS", "Cert HE"]
#: registrations, honours and decorations, and the services' letters after a name
HONOURS = ["DPSI", "RSCN", "RNLD", "SCPHN", "BEM", "ARRC", "KStJ", "OStJ", "RAMC", "QARANC",
           "RADC", "RAFVR"]

#: degrees and fellowships the engine knew before round 22: one of them beside a new one
KNOWN = ["MRCGP", "FRCEM", "MBChB", "PhD", "FRCP", "MRCS", "MSc"]
#: ranks (with their branch) before a name, as orders and rotas abbreviate them
RANKS = ["Surg Lt Cdr", "Surg Cdr", "Surg Capt", "Surgeon Lieutenant", "Sqn Ldr", "Flt Lt",
         "Wg Cdr", "Gp Capt", "Maj", "Capt", "Lt Col", "Pte", "LCpl", "CPO", "WO2", "Sub Lt"]

#: frames of a name with letters after it ({name} the marked name, {pn} the marked letters)
LETTER_FRAMES = [
    "Signed: {name} {pn}, on behalf of the panel.",
    "Corresponding author: {name} {pn}. Received 3 May.",
    "Chair: {name} {pn}\nMinutes: the education committee.",
    "Yours sincerely,\n{name} {pn}\nClinical Lead",
    "The reviewer was {name} {pn}, who asked about the rota.",
    "Expedition medical plan: 'Doctor: {name} {pn}. Base camp from Tuesday.'",
    "Her e-mail signature: '{name} {pn} | Forensic Physician'",
    "I recommend him without reservation. {name} {pn}.",
]
#: frames of a rank before a name ({rank} the marked rank)
RANK_FRAMES = [
    "Posting order: '{rank} {name} to the medical centre, reporting on the first.'",
    "Then {rank} {name} signed the leave form.",
    "Duty list: {rank} {name}, nights.",
    "We were told {rank} {name} would cover the clinic.",
]


def _name(rng: random.Random, titled: bool) -> str:
    surname = invented_name(rng)
    if not titled:
        return f"«{surname}»"
    title = rng.choice(["Dr", "Dr", "Prof", "Mr", "Ms", "Professor"])
    return f"{title} «{invented_given(rng)} {surname}»" if rng.random() < 0.5 \
        else f"{title} «{surname}»"


def credential_cases(seed: int = 22) -> list[tuple[str, str]]:
    """(shape, marked text) for every letter and rank of the space, twice each in different
    frames; the shapes: "diploma", "membership", "honour" (one set of letters after a titled
    name), "beside a known" (a new one beside a degree the engine knew), "rank"."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for shape, letters in (("diploma", DIPLOMAS), ("membership", MEMBERSHIPS),
                           ("honour", HONOURS)):
        for pn in letters:
            for _ in range(2):
                frame = rng.choice(LETTER_FRAMES)
                out.append((shape, frame.format(name=_name(rng, True), pn=f"‹{pn}›")))
    for pn in [*DIPLOMAS, *MEMBERSHIPS, *HONOURS][::3]:
        known = rng.choice(KNOWN)
        pair = f"‹{known} {pn}›" if rng.random() < 0.5 else f"‹{pn} {known}›"
        out.append(("beside a known", rng.choice(LETTER_FRAMES).format(
            name=_name(rng, True), pn=pair)))
    for rank in RANKS:
        for _ in range(2):
            frame = rng.choice(RANK_FRAMES)
            out.append(("rank", frame.format(rank=f"‹{rank}›", name=_name(rng, False))))
    return out
