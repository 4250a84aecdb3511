"""Writing a whole sample study: :func:`generate_study` and :func:`summarise`.

Each purpose draws from its own random stream (respondents, people, transcripts, audio,
questionnaire), so changing how recordings are made never reshuffles the people.
"""
from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType

from vault.errors import InputError
from vault.sample._audio import recording, synthesise_voice
from vault.sample._formats import as_docx, as_srt, as_txt, as_vtt
from vault.sample._identifiers import draw_codes
from vault.sample._people import (
    build_interviewee,
    name_all,
    others_pool,
    pick_interviewees,
    respondents,
)
from vault.sample._questionnaire import csv_bytes, questionnaire_csv
from vault.sample._transcripts import transcript_turns
from vault.sample.model import (
    HARD_NEGATIVES,
    MAX_PARTICIPANTS,
    REGISTER_COLUMNS,
    PlantedIdentifier,
    SampleInterview,
    SampleParticipant,
    SampleStudy,
    TranscriptGold,
)

__all__ = ["generate_study", "summarise"]

def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=False, exist_ok=True)
    os.chmod(path, 0o700)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def _interview_counts(rng: random.Random, participants: int) -> list[int]:
    counts = [4] * min(3, participants)
    counts += [rng.choices((1, 2, 3, 4), weights=(1, 2, 3, 3))[0]
               for _ in range(participants - len(counts))]
    return counts


def _special_formats(counts: Sequence[int]) -> dict[tuple[int, int], str]:
    """Which (participant index, interview number) are .docx / .vtt / .srt."""
    special = [(i, 4) for i, c in enumerate(counts) if c == 4][:3]
    for number in (3, 2):
        if len(special) < 3:
            special.append((0, number))
    return dict(zip(special, ("docx", "vtt", "srt")))


def generate_study(out_dir: Path, *, seed: int = 7, participants: int = 12,
                   audio_seconds: float = 2.0) -> SampleStudy:
    """Write a synthetic study to ``out_dir``: register, recordings, transcripts, questionnaire.

    Deterministic: the same arguments always produce byte-identical files.

    :param out_dir: a new (or empty) directory; created 0700.
    :param seed: selects the study; different seeds give different people and text.
    :param participants: interviewees, 1 to :data:`MAX_PARTICIPANTS`.
    :param audio_seconds: length of each recording (0.1 to 600 seconds).
    :raises InputError: ``out_dir`` exists and is not an empty directory, or a bad count/length.
    """
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise InputError(f"--participants must be between 1 and {MAX_PARTICIPANTS}",
                         hint=f"choose a number from 1 to {MAX_PARTICIPANTS}")
    if not 0.1 <= audio_seconds <= 600:
        raise InputError("audio length must be between 0.1 and 600 seconds",
                         hint="choose a shorter or longer recording length")
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise InputError(f"{out_dir}: already exists and is not an empty directory",
                         hint="choose a new directory; the sample never overwrites files")
    if not out_dir.parent.is_dir():
        raise InputError(f"{out_dir.parent}: no such directory",
                         hint="create the parent directory first")

    def stream(purpose: str) -> random.Random:
        # One independent stream per purpose, so changing the audio never reshuffles people.
        return random.Random(f"vault-sample:{seed}:{purpose}")

    total_rows = min(120, max(60, 8 * participants))
    rows = respondents(stream("respondents"), total_rows)
    people_rng = stream("people")
    chosen = pick_interviewees(people_rng, rows, participants)
    name_all(people_rng, rows, chosen)
    codes = draw_codes(people_rng, participants)
    others = others_pool(chosen)
    counts = _interview_counts(people_rng, participants)
    interviewees = [build_interviewee(people_rng, r, code, others, count)
                    for r, code, count in zip(chosen, codes, counts)]
    formats = _special_formats(counts)

    root = out_dir
    _private_dir(root)
    audio_dir, transcripts_dir = root / "audio", root / "transcripts"
    _private_dir(audio_dir)
    _private_dir(transcripts_dir)

    register_rows = []
    sample_participants = []
    for person in interviewees:
        r = person.respondent
        aliases = (r.nickname, f"Dr {r.surname}")
        register_rows.append([person.full, person.code, ";".join(aliases), r.email, r.role,
                              person.consent.isoformat()])
        sample_participants.append(SampleParticipant(person.full, person.code, aliases, r.email,
                                                     r.role, person.consent))
    register = root / "register.csv"
    _write_private(register, csv_bytes(REGISTER_COLUMNS, register_rows))

    text_rng = stream("transcripts")
    audio_rng = stream("audio")
    # four voices (low to high) shared out among the participants: synthesis is the slow part
    voices = [synthesise_voice(audio_rng, pitch * audio_rng.uniform(0.95, 1.05))
              for pitch in (105.0, 140.0, 185.0, 225.0)]
    interviews = []
    gold: dict[Path, TranscriptGold] = {}
    for index, (person, count) in enumerate(zip(interviewees, counts)):
        voice = audio_rng.choice(voices)
        for number in range(1, count + 1):
            stem = f"{person.code}_{number}"
            audio = audio_dir / f"{stem}.wav"
            _write_private(audio, recording(audio_rng, audio_seconds, voice))
            turns, used = transcript_turns(text_rng, person, number, count)
            kind = formats.get((index, number), "txt")
            transcript = transcripts_dir / f"{stem}.{kind}"
            if kind == "docx":
                data = as_docx(turns, f"Interview {stem}")
            elif kind == "vtt":
                data = as_vtt(turns)
            elif kind == "srt":
                data = as_srt(turns)
            else:
                data = as_txt(turns)
            _write_private(transcript, data)
            planted = tuple(dict.fromkeys(
                PlantedIdentifier(s.kind, s.text, s.form, s.participant) for s in used))
            text = " ".join(t for _, t in turns)
            gold[transcript] = TranscriptGold(
                transcript, planted, tuple(n for n in HARD_NEGATIVES if n in text))
            interviews.append(SampleInterview(person.code, number, person.dates[number - 1],
                                              audio, transcript, kind))

    questionnaire = root / "questionnaire.csv"
    data, questionnaire_gold = questionnaire_csv(stream("questionnaire"), rows, others)
    _write_private(questionnaire, data)

    return SampleStudy(
        root=root, seed=seed, register=register, questionnaire=questionnaire,
        audio_dir=audio_dir, transcripts_dir=transcripts_dir,
        participants=tuple(sample_participants), interviews=tuple(interviews),
        gold=MappingProxyType(gold), questionnaire_rows=len(rows),
        questionnaire_gold=tuple(questionnaire_gold))


def summarise(study: SampleStudy) -> dict[str, int]:
    """Counts only (no names): what ``vault sample`` prints."""
    formats = Counter(i.transcript_format for i in study.interviews)
    return {"participants": len(study.participants), "interviews": len(study.interviews),
            "recordings": len(study.interviews), "questionnaire_rows": study.questionnaire_rows,
            **{f"transcripts_{k}": formats.get(k, 0) for k in ("txt", "docx", "vtt", "srt")}}
