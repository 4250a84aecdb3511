"""The synthetic sample study (vault.sample) and `vault sample`."""
from __future__ import annotations

import array
import csv
import itertools
import json
import os
import re
import stat
import sys
import wave
from collections import Counter
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault.errors import InputError
from vault.media import HEAD_SIZE, transcript_kind
from vault.sample import (
    HARD_NEGATIVES,
    JOB_ROLE_GROUPS,
    MAX_PARTICIPANTS,
    QUESTIONNAIRE_COLUMNS,
    REGION_GROUPS,
    REGISTER_COLUMNS,
    UK_REGIONS,
    IdentifierKind,
    SampleStudy,
    generate_study,
    years_band,
)

CODE = re.compile(r"^P[ABCDEFGHJKMNPQRSTUVWXYZ]$")  # no I, O, L
CUE_TIMING = re.compile(r"^(\d{2}):(\d{2}):(\d{2})([.,])(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\4(\d{3})$")
DRAMA_PHONE = re.compile(
    r"^(?:07700 900\d{3}|\+44 7700 900\d{3}|01632 960\d{3}|\+44 1632 960\d{3}"
    r"|0(?:113|114|161) 496 0\d{3}|\+44 (?:113|114|161) 496 0\d{3}"
    r"|0191 498 0\d{3}|\+44 191 498 0\d{3})$")
POSTCODE = re.compile(r"^[A-Z]{1,2}\d{1,2} \d[ABD-HJLNP-UW-Z]{2}$")


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> SampleStudy:
    return generate_study(tmp_path_factory.mktemp("sample") / "study")


def _text(path: Path) -> str:
    """The words of a transcript in any of the four formats (cue numbers and timings dropped)."""
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    raw = path.read_text("utf-8")
    if path.suffix in (".vtt", ".srt"):
        lines = [line for line in raw.splitlines()
                 if line and line != "WEBVTT" and not line.isdigit() and "-->" not in line]
        return "\n".join(lines)
    return raw


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


# --- determinism --------------------------------------------------------------------------


def test_same_seed_same_bytes_and_different_seed_differs(tmp_path: Path) -> None:
    first = generate_study(tmp_path / "a", seed=11, participants=5, audio_seconds=0.3)
    again = generate_study(tmp_path / "b", seed=11, participants=5, audio_seconds=0.3)
    other = generate_study(tmp_path / "c", seed=12, participants=5, audio_seconds=0.3)
    a, b, c = _files(first.root), _files(again.root), _files(other.root)
    assert a == b
    assert [p.name for p in first.participants] == [p.name for p in again.participants]
    assert a["register.csv"] != c["register.csv"]
    assert a["questionnaire.csv"] != c["questionnaire.csv"]
    shared = set(a) & set(c)
    assert all(a[name] != c[name] for name in shared if name.startswith("transcripts/"))


def test_default_study_shape(study: SampleStudy) -> None:
    assert len(study.participants) == 12
    formats = Counter(i.transcript_format for i in study.interviews)
    assert formats["docx"] >= 1 and formats["vtt"] >= 1 and formats["srt"] >= 1
    assert set(formats) <= {"txt", "docx", "vtt", "srt"}
    assert {p.name for p in study.root.iterdir()} == {"register.csv", "questionnaire.csv",
                                                       "audio", "transcripts"}
    assert len(list(study.audio_dir.iterdir())) == len(study.interviews)
    assert len(list(study.transcripts_dir.iterdir())) == len(study.interviews)
    roles = {p.role for p in study.participants}
    assert {JOB_ROLE_GROUPS[r] for r in roles} == set(JOB_ROLE_GROUPS.values())
    assert roles & {"Anaesthetist", "Psychiatrist", "Paediatrician"}


@pytest.mark.parametrize("participants", [1, 2, MAX_PARTICIPANTS])
def test_every_transcript_format_at_any_size(tmp_path: Path, participants: int) -> None:
    sample = generate_study(tmp_path / "s", seed=3, participants=participants, audio_seconds=0.1)
    assert len(sample.participants) == participants
    formats = Counter(i.transcript_format for i in sample.interviews)
    assert formats["docx"] == formats["vtt"] == formats["srt"] == 1


# --- register and interviews ----------------------------------------------------------------


def test_register(study: SampleStudy) -> None:
    with study.register.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == REGISTER_COLUMNS
        rows = list(reader)
    assert [r["code"] for r in rows] == [p.code for p in study.participants]
    assert len({r["code"] for r in rows}) == len(rows)
    assert all(CODE.match(r["code"]) for r in rows)
    for row, person in zip(rows, study.participants):
        assert row["name"] == person.name and row["email"] == person.email
        assert tuple(row["aliases"].split(";")) == person.aliases
        assert person.aliases[1] == "Dr " + person.name.split()[-1]
        assert row["consent_date"] == person.consent_date.isoformat()
        assert person.consent_date < study.interviews_of(person.code)[0].date
    names = [p.name for p in study.participants]
    assert len(set(names)) == len(names)
    # distinct first names and nicknames, so a deny-list maps each to one participant
    firsts = [n.split()[0] for n in names]
    assert len(set(firsts)) == len(firsts)
    assert len({p.aliases[0] for p in study.participants}) == len(names)


def test_interviews_are_four_to_six_months_apart(study: SampleStudy) -> None:
    for person in study.participants:
        interviews = study.interviews_of(person.code)
        assert [i.number for i in interviews] == list(range(1, len(interviews) + 1))
        assert 1 <= len(interviews) <= 4
        for earlier, later in itertools.pairwise(interviews):
            assert 120 <= (later.date - earlier.date).days <= 190
        for interview in interviews:
            assert interview.date.weekday() < 5
            stem = f"{person.code}_{interview.number}"
            assert interview.audio.name == f"{stem}.wav"
            assert interview.transcript.name == f"{stem}.{interview.transcript_format}"


# --- recordings -----------------------------------------------------------------------------


def test_recordings_are_16k_mono_pcm_of_the_requested_length(study: SampleStudy) -> None:
    for interview in study.interviews:
        with wave.open(str(interview.audio), "rb") as reader:
            assert (reader.getnchannels(), reader.getsampwidth(), reader.getframerate()) == (
                1, 2, 16_000)
            assert reader.getnframes() / reader.getframerate() == pytest.approx(2.0)
            samples = array.array("h", reader.readframes(reader.getnframes()))
        if sys.byteorder == "big":
            samples.byteswap()
        assert 3_000 < max(samples) and min(samples) < -3_000  # audible
        assert max(samples) < 32_767 and min(samples) > -32_768  # not clipped


def test_audio_seconds_parameter(tmp_path: Path) -> None:
    sample = generate_study(tmp_path / "s", participants=1, audio_seconds=0.75)
    with wave.open(str(sample.interviews[0].audio), "rb") as reader:
        assert reader.getnframes() == 12_000


# --- transcripts and gold -------------------------------------------------------------------


def test_transcripts_are_speaker_labelled_conversation(study: SampleStudy) -> None:
    for interview in study.interviews:
        text = _text(interview.transcript)
        turns = [line for line in text.splitlines() if line.strip()]
        assert all(t.startswith(("Interviewer: ", f"{interview.code}: ")) for t in turns)
        assert any(t.startswith(f"{interview.code}: ") for t in turns)
        assert 300 <= len(text.split()) <= 800 + 3 * len(turns)  # cue labels repeat
        if interview.transcript_format == "txt":
            assert 300 <= len(text.split()) <= 800
        assert re.search(r"\b(um|er)\b", text) and "—" in text  # hesitations, false starts


def test_every_identifier_kind_is_planted_in_every_transcript(study: SampleStudy) -> None:
    assert set(study.gold) == {i.transcript for i in study.interviews}
    for interview in study.interviews:
        gold = study.gold[interview.transcript]
        assert gold.kinds() == set(IdentifierKind)
        own = {i.form for i in gold.identifiers if i.kind is IdentifierKind.PARTICIPANT_NAME}
        assert own == {"full", "first", "title_surname", "possessive", "nickname"}
        assert all(i.participant == interview.code for i in gold.identifiers
                   if i.kind is IdentifierKind.PARTICIPANT_NAME)
        people = {i.form for i in gold.identifiers if i.kind is IdentifierKind.PERSON}
        assert people == {"mentor", "colleague", "partner"}
        orgs = {i.form for i in gold.identifiers if i.kind is IdentifierKind.ORGANISATION}
        assert {"hospital", "abbreviation", "trust"} <= orgs
        assert set(gold.negatives) == set(HARD_NEGATIVES)


def test_gold_matches_the_text(study: SampleStudy) -> None:
    for interview in study.interviews:
        gold = study.gold[interview.transcript]
        text = _text(interview.transcript)
        for planted in gold.identifiers:
            assert planted.text in text, (interview.transcript.name, planted.kind)
        for negative in gold.negatives:
            assert negative in text


def test_nothing_identifying_is_left_outside_the_gold(study: SampleStudy) -> None:
    """Remove every gold string: no name, alias, e-mail or number may remain.

    This is what makes "no gold string survives redaction" a sufficient test.
    """
    everyone = {a for p in study.participants
                for a in (p.name, *p.name.split(), *p.aliases, p.email)}
    every_gold = {t for g in study.gold.values() for t in g.texts()}
    for interview in study.interviews:
        rest = _text(interview.transcript)
        for planted in study.gold[interview.transcript].texts():  # longest first
            rest = rest.replace(planted, "\u2588")
        for name in everyone | every_gold:
            assert name not in rest, (interview.transcript.name, "an unplanted identifier")
        assert not re.search(r"\d{6,}|\d{3}[ -]\d{3}[ -]\d{4}|@", rest)


def _nhs_valid(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"[ -]", "", number)]
    check = 11 - sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return len(digits) == 10 and check != 10 and digits[9] == (0 if check == 11 else check)


def test_identifier_values_are_valid_and_fictional(study: SampleStudy) -> None:
    phones: Counter[str] = Counter()
    for interview in study.interviews:
        gold = study.gold[interview.transcript]
        text = _text(interview.transcript)
        for planted in gold.identifiers:
            if planted.kind is IdentifierKind.NHS_NUMBER:
                assert _nhs_valid(planted.text) and planted.text.startswith("999")
            elif planted.kind is IdentifierKind.GMC_NUMBER:
                assert re.fullmatch(r"\d{7}", planted.text)
                assert re.search(rf"GMC number(?: is)? {planted.text}|{planted.text}, my GMC "
                                 r"number", text)
            elif planted.kind is IdentifierKind.PHONE:
                assert DRAMA_PHONE.match(planted.text), planted.form
                phones[planted.form] += 1
            elif planted.kind is IdentifierKind.EMAIL:
                assert re.fullmatch(r"[a-z.]+\d*@(?:nhs\.)?example\.(?:com|org|net)", planted.text)
            elif planted.kind is IdentifierKind.POSTCODE:
                assert POSTCODE.match(planted.text)
            elif planted.kind is IdentifierKind.AGE:
                assert re.fullmatch(r"I'm \d{2}(?: years old)?", planted.text)
            elif planted.kind is IdentifierKind.DATE:
                assert re.search(r"\d{4}$", planted.text)
    assert {"mobile", "landline", "international"} <= set(phones)


# --- formats --------------------------------------------------------------------------------


def test_docx_vtt_srt_are_valid(study: SampleStudy) -> None:
    for interview in study.interviews:
        path = interview.transcript
        assert transcript_kind(path, path.read_bytes()[:HEAD_SIZE]) == interview.transcript_format
        if interview.transcript_format == "docx":
            paragraphs = docx.Document(str(path)).paragraphs
            assert paragraphs
            for paragraph in paragraphs:
                label = paragraph.runs[0]
                assert label.bold and label.text in ("Interviewer:", f"{interview.code}:")
                assert not paragraph.runs[1].bold
        elif interview.transcript_format in ("vtt", "srt"):
            raw = path.read_text("utf-8")
            blocks = raw.split("\n\n")
            if interview.transcript_format == "vtt":
                assert blocks.pop(0) == "WEBVTT"
            blocks = [b for b in blocks if b.strip()]
            previous_end = -1
            for number, block in enumerate(blocks, 1):
                index, timing, text = block.strip("\n").split("\n")
                assert index == str(number)
                match = CUE_TIMING.match(timing)
                assert match and match.group(4) == ("." if path.suffix == ".vtt" else ",")
                h1, m1, s1, _, ms1, h2, m2, s2, ms2 = match.groups()
                start = ((int(h1) * 60 + int(m1)) * 60 + int(s1)) * 1000 + int(ms1)
                end = ((int(h2) * 60 + int(m2)) * 60 + int(s2)) * 1000 + int(ms2)
                assert previous_end < start < end
                previous_end = end
                assert text.startswith(("Interviewer: ", f"{interview.code}: "))


# --- questionnaire --------------------------------------------------------------------------


def _questionnaire(study: SampleStudy) -> list[dict[str, str]]:
    with study.questionnaire.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == QUESTIONNAIRE_COLUMNS
        return list(reader)


def test_questionnaire_columns_and_values(study: SampleStudy) -> None:
    rows = _questionnaire(study)
    assert 60 <= len(rows) <= 120 and len(rows) == study.questionnaire_rows
    by_email = {r["email"]: r for r in rows}
    assert len(by_email) == len(rows)
    for person in study.participants:  # every interviewee answered
        row = by_email[person.email]
        assert row["name"] == person.name and row["job_role"] == person.role
    for row in rows:
        assert row["job_role"] in JOB_ROLE_GROUPS
        assert row["region"] in UK_REGIONS
        assert int(row["years_in_role"]) >= 0 and int(row["mentees"]) >= 0
        assert row["mentor_training"] in ("yes", "no")
        if row["mentor_training"] == "yes":
            assert row["training_organiser"] in ("deanery", "trust", "royal college", "BMA",
                                                 "self-funded")
            assert 2000 <= int(row["training_year"]) <= 2025
            assert set(row["models_taught"].split(";")) <= {
                "GROW", "Skilled Helper", "CLEAR", "OSKAR", "Solution-focused", "Co-Active"}
        else:
            assert row["training_organiser"] == row["training_year"] == row["models_taught"] == ""
    assert {r["region"] for r in rows} == set(UK_REGIONS) or len({r["region"] for r in rows}) >= 9


def test_questionnaire_free_text_gold(study: SampleStudy) -> None:
    rows = _questionnaire(study)
    assert {g.kind for g in study.questionnaire_gold} >= {
        IdentifierKind.PERSON, IdentifierKind.EMAIL, IdentifierKind.ORGANISATION}
    for planted in study.questionnaire_gold:
        assert planted.text in rows[planted.row][planted.column]
    flagged = {g.row for g in study.questionnaire_gold}
    assert 0.1 <= len(flagged) / len(rows) <= 0.4


def _generalised_cells(rows: list[dict[str, str]]) -> Counter[tuple[str, str, str]]:
    return Counter((JOB_ROLE_GROUPS[r["job_role"]], years_band(int(r["years_in_role"])),
                    REGION_GROUPS[r["region"]]) for r in rows)


def test_questionnaire_is_5_anonymous_after_generalisation(study: SampleStudy) -> None:
    rows = _questionnaire(study)
    cells = _generalised_cells(rows)
    assert min(cells.values()) >= 5
    assert len(cells) >= 8  # but not one big blob either
    raw = Counter((r["job_role"], r["years_in_role"], r["region"]) for r in rows)
    assert min(raw.values()) < 5  # the raw columns do need generalising


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), participants=st.integers(1, 8))
def test_invariants_hold_for_any_seed(tmp_path_factory: pytest.TempPathFactory, seed: int,
                                      participants: int) -> None:
    sample = generate_study(tmp_path_factory.mktemp("any") / "s", seed=seed,
                            participants=participants, audio_seconds=0.1)
    assert min(_generalised_cells(_questionnaire(sample)).values()) >= 5
    for interview in sample.interviews:
        gold = sample.gold[interview.transcript]
        text = _text(interview.transcript)
        assert gold.kinds() == set(IdentifierKind)
        assert all(t in text for t in gold.texts())


def test_years_band() -> None:
    assert [years_band(y) for y in (0, 4, 5, 14, 15, 40)] == ["0-4", "0-4", "5-14", "5-14",
                                                              "15+", "15+"]
    with pytest.raises(ValueError):
        years_band(-1)


# --- privacy of what is written --------------------------------------------------------------


def _modes(root: Path) -> tuple[set[int], set[int]]:
    files = {stat.S_IMODE(p.stat().st_mode) for p in root.rglob("*") if p.is_file()}
    dirs = {stat.S_IMODE(p.stat().st_mode) for p in [root, *root.rglob("*")] if p.is_dir()}
    return files, dirs


def test_files_0600_and_directories_0700(study: SampleStudy) -> None:
    assert _modes(study.root) == ({0o600}, {0o700})


def test_modes_hold_under_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        sample = generate_study(tmp_path / "s", participants=1, audio_seconds=0.1)
    finally:
        os.umask(old)
    assert _modes(sample.root) == ({0o600}, {0o700})


def test_existing_empty_directory_is_used_and_tightened(tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir(mode=0o755)
    sample = generate_study(target, participants=1, audio_seconds=0.1)
    assert stat.S_IMODE(sample.root.stat().st_mode) == 0o700


@pytest.mark.parametrize("kwargs, message", [
    ({"participants": 0}, f"--participants must be between 1 and {MAX_PARTICIPANTS}"),
    ({"participants": MAX_PARTICIPANTS + 1},
     f"--participants must be between 1 and {MAX_PARTICIPANTS}"),
    ({"audio_seconds": 0.0}, "audio length must be between 0.1 and 600 seconds"),
])
def test_bad_arguments(tmp_path: Path, kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(InputError) as caught:
        generate_study(tmp_path / "s", **kwargs)  # type: ignore[arg-type]
    assert caught.value.message == message
    assert not (tmp_path / "s").exists()


def test_refuses_a_non_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(InputError, match="already exists and is not an empty directory"):
        generate_study(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


# --- the command ----------------------------------------------------------------------------


def test_cli_writes_and_prints_counts_only(tmp_path: Path) -> None:
    from cli import main

    target = tmp_path / "demo"
    result = CliRunner().invoke(main, ["sample", str(target), "--seed", "5", "--participants",
                                       "3", "--audio-seconds", "0.2"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"wrote sample study (seed 5) to {target}"
    assert "participants:       3" in result.output
    with (target / "register.csv").open(encoding="utf-8") as handle:
        register = list(csv.DictReader(handle))
    for row in register:  # no identities on the terminal, not even synthetic ones
        for value in (row["name"], *row["name"].split(), row["email"], *row["aliases"].split(";")):
            assert value not in result.output
    again = CliRunner().invoke(main, ["sample", str(target)])
    assert again.exit_code == 9
    assert again.output.startswith(f"error: {target}: already exists and is not an empty")


def test_cli_json(tmp_path: Path) -> None:
    from cli import main

    result = CliRunner().invoke(main, ["--json", "sample", str(tmp_path / "j"),
                                       "--participants", "2", "--audio-seconds", "0.1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["participants"] == 2 and data["seed"] == 7
    assert data["interviews"] == data["recordings"] == sum(
        data[f"transcripts_{k}"] for k in ("txt", "docx", "vtt", "srt"))


def test_cli_help_has_an_example() -> None:
    from cli import main

    result = CliRunner().invoke(main, ["sample", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "vault sample ./demo-study" in result.output
    bad = CliRunner().invoke(main, ["sample", "x", "--participants", "0"])
    assert bad.exit_code == 2
