"""Audio redaction without audio: spoken scripts, pronunciations, the [audio] policy and how
redacted spans become muted windows (table-driven, no espeak-ng needed)."""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

from vault.anonymise.audio.align import Alignment
from vault.anonymise.audio.audio_policy import (
    AudioPolicy,
    MuteMode,
    load_audio_policy,
    parse_audio_policy,
)
from vault.anonymise.audio.lexicon import Lexicon, letters_to_sound
from vault.anonymise.audio.script import Script, say, spoken_script
from vault.anonymise.audio.windows import Located, SpanRef, mute_windows
from vault.anonymise.formats import document_from_bytes
from vault.anonymise.redaction_policy import default_policy_path, load_redaction_policy
from vault.errors import PolicyError

# -- saying written words -------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "words"), [
    ("2019", ("twenty", "nineteen")),
    ("1998", ("nineteen", "ninety", "eight")),
    ("2005", ("two", "thousand", "and", "five")),
    ("1900", ("nineteen", "hundred")),
    ("1905", ("nineteen", "oh", "five")),
    ("42", ("forty", "two")),
    ("105", ("one", "hundred", "and", "five")),
    ("3rd", ("third",)),
    ("21st", ("twenty", "first")),
    ("30th", ("thirtieth",)),
    ("1990s", ("nineteen", "nineties")),
    ("07700", ("oh", "seven", "seven", "oh", "oh")),
    ("123456", ("one", "two", "three", "four", "five", "six")),
    ("FY1", ("fy", "one")),
    ("&", ("and",)),
    ("%", ("percent",)),
    ("erm", ("um",)),
    ("Sarah's", ("sarah's",)),
    ("’", ()),
])
def test_say(written: str, words: tuple[str, ...]) -> None:
    assert say(written) == words


# -- spoken scripts -----------------------------------------------------------------------------

def _script(text: str, kind: str) -> tuple[Script, list[str]]:
    doc = document_from_bytes(text.encode(), f"t.{kind}")
    script = spoken_script(doc)
    return script, [doc.segments[t.segment][t.start:t.end] for t in script.tokens]


def test_txt_labels_annotations_and_turns() -> None:
    text = ("Interviewer: So, where do you work? [laughs]\n"
            "P1: At the RVI, since 2019 (pause) erm, in Newcastle.\n"
            "and before that [inaudible] Hexham.\n"
            "\n"
            "[00:12:31] Dr Okafor: Right & then?\n")
    script, written = _script(text, "txt")
    assert written == ["So", "where", "do", "you", "work", "At", "the", "RVI", "since", "2019",
                       "erm", "in", "Newcastle", "and", "before", "that", "Hexham", "Right",
                       "&", "then"]
    assert [(t.first, t.end) for t in script.turns] == [(0, 5), (5, 17), (17, 20)]
    assert script.tokens[9].words == ("twenty", "nineteen")
    assert script.tokens[7].capitals
    # [inaudible] lets unknown speech in before "Hexham"
    assert script.unknown_speech == frozenset({16})
    # a span maps to the tokens it covers, offsets as in the document's segments
    start = text.index("Newcastle")
    assert [t.words for t in script.tokens_in(0, start, start + 9)] == [("newcastle",)]
    label = text.index("P1")
    assert script.tokens_in(0, label, label + 2) == []
    turn = script.turn_at(0, label)
    assert turn is not None and turn.index == 1


def test_vtt_cues_are_turns_with_times_and_notes_are_not_spoken() -> None:
    text = ("WEBVTT\n\nNOTE written by the transcriber: Sarah Jones\n\n"
            "00:00:01.500 --> 00:00:04.000\n<v Interviewer>Where do you work?\n\n"
            "cue-2\n00:01:02.250 --> 00:01:05.000\nParticipant: In Hexham.\n")
    script, written = _script(text, "vtt")
    assert written == ["Where", "do", "you", "work", "In", "Hexham"]
    assert [t.cue for t in script.turns] == [(1.5, 4.0), (62.25, 65.0)]


def test_srt_cues() -> None:
    text = ("1\n00:00:00,500 --> 00:00:02,000\nHello there.\n\n"
            "2\n00:00:02,500 --> 00:00:04,000\nI: Which ward?\n")
    script, written = _script(text, "srt")
    assert written == ["Hello", "there", "Which", "ward"]
    assert [t.cue for t in script.turns] == [(0.5, 2.0), (2.5, 4.0)]


def test_docx_headers_are_not_spoken() -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Transcript of Sarah Jones"
    document.add_paragraph("Interviewer: Where do you work?")
    document.add_paragraph("Participant: In Hexham.")
    document.add_paragraph("I moved there in 2019.")
    out = io.BytesIO()
    document.save(out)
    doc = document_from_bytes(out.getvalue(), "t.docx")
    script = spoken_script(doc)
    written = [doc.segments[t.segment][t.start:t.end] for t in script.tokens]
    assert written == ["Where", "do", "you", "work", "In", "Hexham", "I", "moved", "there",
                       "in", "2019"]
    assert len(script.turns) == 2  # the unlabelled paragraph continues the participant's turn


# -- pronunciations --------------------------------------------------------------------------------

_DICT = {"hex": "HH EH K S", "ham": "HH AE M", "new": "N UW", "castle": "K AE S AH L",
         "work": "W ER K", "nhs": None}


def test_lexicon_known_guessed_and_spelt() -> None:
    lexicon = Lexicon(_DICT.get)
    assert lexicon.pronounce("work") == ("W ER K", False)
    assert lexicon.pronounce("hexham") == ("HH EH K S HH AE M", True)
    assert lexicon.pronounce("nhs", capitals=True) == ("EH N EY CH EH S", True)
    phones, guessed = lexicon.pronounce("nwosu")
    assert guessed and phones.split()[0] in ("EH", "N")
    assert letters_to_sound("thwaite").split()[0] == "TH"


# -- the [audio] policy ------------------------------------------------------------------------------

def test_default_policy_has_audio_table() -> None:
    policy = load_audio_policy(default_policy_path())
    assert (policy.padding, policy.mode, policy.tone_hz) == (0.25, MuteMode.SILENCE, 1000.0)


@pytest.mark.parametrize(("table", "error"), [
    ({"padding_ms": 250, "mode": "beep", "tone_hz": 1000, "tone_dbfs": -20},
     "p.toml: unknown mode 'beep' in [audio]"),
    ({"padding_ms": -1, "mode": "tone", "tone_hz": 1000, "tone_dbfs": -20},
     "p.toml: padding_ms in [audio] must be between 0 and 2000"),
    ({"padding_ms": 250, "mode": "tone", "tone_hz": 1000}, "p.toml: [audio] has no 'tone_dbfs'"),
    ({"padding_ms": 250, "mode": "tone", "tone_hz": 1000, "tone_dbfs": -20, "pading_ms": 1},
     "p.toml: unknown key 'pading_ms' in [audio] (did you mean 'padding_ms'?)"),
    ({"padding_ms": "250", "mode": "tone", "tone_hz": 1000, "tone_dbfs": -20},
     "p.toml: padding_ms in [audio] must be a number between 0 and 2000"),
    ("loud", "p.toml: [audio] must be a table"),
])
def test_bad_audio_tables_fail_closed(table: object, error: str) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_audio_policy(table, source="p.toml")
    assert caught.value.message == error


def test_redaction_policy_loader_checks_the_audio_table(tmp_path: Path) -> None:
    """The one policy reader's wording, with the line of the bad key, from either loader."""
    text = default_policy_path().read_text()
    path = tmp_path / "redaction.toml"
    path.write_text(text.replace('mode = "silence"', 'mode = "bleep"'))
    line = path.read_text().splitlines().index('mode = "bleep"') + 1
    for load in (load_redaction_policy, load_audio_policy):
        with pytest.raises(PolicyError) as caught:
            load(path)
        assert caught.value.message == f"{path}:{line}: unknown mode 'bleep' in [audio]"
        assert caught.value.hint == "use one of: silence, tone"


def test_missing_audio_table_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "redaction.toml"
    text = default_policy_path().read_text()
    path.write_text(text[:text.index("[audio]")])
    with pytest.raises(PolicyError, match=r"missing 'audio'") as caught:
        load_audio_policy(path)
    assert "padding_ms" in (caught.value.hint or "")
    load_redaction_policy(path)  # the transcript redaction needs no [audio] table


# -- spans to windows --------------------------------------------------------------------------------

_TRANSCRIPT = ("Interviewer: Where do you work now?\n"
               "Participant: I work at the Freeman in Newcastle with Sarah.\n"
               "Interviewer: And before?\n")


def _setup(spans: dict[int, tuple[float, float] | None], *, voiced: np.ndarray | None = None
           ) -> tuple[Script, Alignment]:
    script = spoken_script(document_from_bytes(_TRANSCRIPT.encode(), "t.txt"))
    times: list[tuple[float, float] | None] = []
    for index in range(len(script.tokens)):
        times.append(spans.get(index, (1.0 + index * 0.5, 1.3 + index * 0.5)))
    return script, Alignment(20.0, tuple(times), frozenset(), 1, voiced)


def _span(word: str) -> SpanRef:
    start = _TRANSCRIPT.index(word)
    return SpanRef(0, start, start + len(word), word[:2])


def test_aligned_span_is_padded_and_reaches_into_pauses() -> None:
    script, alignment = _setup({})
    located, windows = mute_windows([_span("Freeman")], script, alignment, padding=0.25)
    token = script.tokens_in(0, *(_span("Freeman").start, _span("Freeman").end))[0]
    start, end = alignment.spans[token.index]  # type: ignore[misc]
    assert located[0].located is Located.ALIGNED
    # padded by 0.25 s; the 0.2 s pauses on either side are inside the padding
    assert (located[0].start, located[0].end) == pytest.approx((start - 0.25, end + 0.25))
    assert len(windows) == 1 and windows[0].spans == (0,)


def test_unplaced_word_between_placed_neighbours_is_interpolated() -> None:
    script, _ = _setup({})
    token = script.tokens_in(0, _span("Freeman").start, _span("Freeman").end)[0]
    script, alignment = _setup({token.index: None})
    located, _ = mute_windows([_span("Freeman")], script, alignment, padding=0.25)
    before, after = alignment.spans[token.index - 1], alignment.spans[token.index + 1]
    assert located[0].located is Located.INTERPOLATED
    assert (located[0].start, located[0].end) == pytest.approx((before[1] - 0.25,  # type: ignore[index]
                                                                after[0] + 0.25))  # type: ignore[index]


def test_unlocated_turn_is_muted_whole_fail_closed() -> None:
    script, _ = _setup({})
    turn = script.turns[1]
    script, alignment = _setup({i: None for i in range(turn.first, turn.end)})
    located, windows = mute_windows([_span("Sarah"), _span("Newcastle")], script, alignment,
                                    padding=0.25)
    assert [s.located for s in located] == [Located.TURN, Located.TURN]
    end_of_previous = alignment.spans[turn.first - 1][1]  # type: ignore[index]
    start_of_next = alignment.spans[turn.end][0]  # type: ignore[index]
    assert (located[0].start, located[0].end) == pytest.approx((end_of_previous - 0.25,
                                                                start_of_next + 0.25))
    assert len(windows) == 1 and windows[0].located is Located.TURN
    assert windows[0].spans == (0, 1)


def test_speech_in_a_pause_widens_the_window() -> None:
    script, alignment = _setup({})
    token = script.tokens_in(0, _span("Sarah").start, _span("Sarah").end)[0]
    after = alignment.spans[token.index + 1]
    voiced = np.zeros(2000, dtype=bool)
    # the pause after the next word holds 0.15 s of sound: that word may be misplaced
    voiced[int(after[1] * 100) + 2:int(after[1] * 100) + 17] = True  # type: ignore[index]
    script, alignment = _setup({}, voiced=voiced)
    located, _ = mute_windows([_span("Sarah")], script, alignment, padding=0.25)
    assert located[0].located is Located.INTERPOLATED
    assert located[0].end == pytest.approx(after[1] + 0.17 + 0.25)  # type: ignore[index]


def test_unspoken_spans_and_merging() -> None:
    script, alignment = _setup({})
    label = SpanRef(0, 0, len("Interviewer"), "lb")
    located, windows = mute_windows([label, _span("Freeman"), _span("Newcastle"),
                                     _span("Sarah")], script, alignment, padding=0.25)
    assert located[0].located is Located.UNSPOKEN and located[0].start is None
    # "Freeman" and "Newcastle" are one word apart: 0.2 s of "in" is left between them;
    # "Newcastle" and "Sarah" are as well; adjacent padded windows would merge
    assert [w.spans for w in windows] == [(1,), (2,), (3,)]
    _, merged = mute_windows([_span("Freeman"), _span("Newcastle")], script, alignment,
                             padding=0.4)
    assert [w.spans for w in merged] == [(0, 1)]


def test_policy_to_json() -> None:
    assert AudioPolicy().to_json() == {"padding_ms": 250, "mode": "silence", "tone_hz": 1000.0,
                                       "tone_dbfs": -20.0}
