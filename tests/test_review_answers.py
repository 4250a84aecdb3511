"""Answers to identifier questions go to review (or are redacted when plainly an identifier),
and a release refuses the transcript until a human has decided them.

The question/answer corpus is in ``answer_corpus.py`` (positives in many phrasings, answers in
many shapes, volunteered identifiers, hard negatives: counts, doses, times, refusals).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answer_corpus import HARD_NEGATIVES, LABELS, POSITIVES, VOLUNTEERED
from click.testing import CliRunner

from cli import main
from vault import objects
from vault.anonymise.formats import document_from_bytes
from vault.anonymise.review import Decision, decide_all, pending_spans
from vault.anonymise.spoken.answers import DETECTOR, answer_items, answer_stretches
from vault.anonymise.stored_transcripts import anonymise_items, current_pair
from vault.errors import ChecksFailed
from vault.ingest import ingest_files
from vault.participants import add_participant
from vault.releases import create_release
from vault.store import Vault


def _dialogue(index: int, question: str, answers: tuple[str, ...]) -> str:
    asker, answerer = LABELS[index % len(LABELS)]
    lines = [f"{asker}: {question}"]
    for n, answer in enumerate(answers):
        if n:
            lines.append(f"{asker}: Yep.")  # a back-channel between two parts of an answer
        lines.append(f"{answerer}: {answer}")
    return "\n".join(lines) + "\n"


# --- the question detector and the answer's content ------------------------------------------

@pytest.mark.parametrize(("index", "question", "answers", "kind"),
                         [(i, *case) for i, case in enumerate(POSITIVES)])
def test_answers_to_identifier_questions_are_found(index: int, question: str,
                                                   answers: tuple[str, ...], kind: str) -> None:
    text = _dialogue(index, question, answers)
    found = answer_stretches(text)
    assert found, "no answer found"
    assert {s.kind for s in found} == {kind}
    answer_start = text.index(answers[0])
    for stretch in found:
        assert stretch.start >= answer_start  # the answer, never the question or a label
        assert stretch.content[0][0] == stretch.start and stretch.content[-1][1] == stretch.end


@pytest.mark.parametrize(("index", "said", "kind"),
                         [(i, *case) for i, case in enumerate(VOLUNTEERED)])
def test_identifiers_volunteered_after_their_cue_are_found(index: int, said: str,
                                                           kind: str) -> None:
    text = f"{LABELS[index % len(LABELS)][1]}: {said}\n"
    found = answer_stretches(text)
    assert [s.kind for s in found] == [kind]


@pytest.mark.parametrize(("index", "question", "answers"),
                         [(i, *case) for i, case in enumerate(HARD_NEGATIVES)])
def test_counts_doses_times_refusals_and_other_questions_give_nothing(
        index: int, question: str, answers: tuple[str, ...]) -> None:
    assert answer_stretches(_dialogue(index, question, answers)) == []


def test_the_answer_is_its_content_not_the_whole_turn() -> None:
    text = ("I: What's the postcode there?\n"
            "P: KA two, seven two U zed. The NEWS score was seven, which was the least of it, "
            "and we had a hundred and ten referrals.\n")
    [stretch] = answer_stretches(text)
    assert text[stretch.start:stretch.end] == "KA two, seven two U zed"
    assert stretch.plain


def test_an_answer_over_turns_is_one_stretch_per_turn_and_labels_are_never_content() -> None:
    text = ("[00:01:42] I: What's your GMC number?\n[00:01:50] P05: Seven oh one...\n"
            "[00:01:52] I: Yep.\n[00:01:53] P05: ...four four two six.\n")
    found = answer_stretches(text)
    assert [text[s.start:s.end] for s in found] == ["Seven oh one", "four four two six"]
    assert not any(s.plain for s in found)  # short parts: for review, not redaction


def test_the_asker_moving_on_ends_the_answer() -> None:
    text = ("I: And your mobile?\nP: Oh seven seven, one two.\n"
            "I: Thanks. How many shifts did you do that month?\nP: Nine, ten, eleven.\n")
    found = answer_stretches(text)
    assert [text[s.start:s.end] for s in found] == ["Oh seven seven, one two"]


# --- against what the engine found ------------------------------------------------------------

class _Found:
    def __init__(self, start: int, end: int, score: float) -> None:
        self.start, self.end, self.score = start, end, score


def _items(text: str, found: list[_Found]) -> tuple[list[Any], set[int]]:
    return answer_items(text, found, threshold=0.5, review_score=0.4, redact_score=0.75,
                        entities=lambda kind: {"NUMBER": "NHS_NUMBER",
                                               "SPELL": "PERSON"}.get(kind, kind))


def test_an_answer_already_redacted_gives_no_item() -> None:
    text = "I: What's your GMC number?\nP: Seven oh one, four.\n"
    start = text.index("Seven")
    assert _items(text, [_Found(start, len(text) - 2, 0.8)]) == ([], set())


def test_a_short_answer_left_standing_is_one_review_item() -> None:
    text = "I: What's your GMC number?\nP: Seven oh one, four.\n"
    [item], dropped = _items(text, [])
    assert (text[item.start:item.end], item.entity, item.score) == ("Seven oh one, four",
                                                                    "GMC_NUMBER", 0.4)
    assert dropped == set()


def test_a_plain_identifier_partly_redacted_is_redacted_whole() -> None:
    text = "I: Can I take a contact number?\nP: Oh seven nine, nil nil, crackle, four five six.\n"
    part = text.index("four")
    [item], dropped = _items(text, [_Found(part, part + len("four five six"), 0.8)])
    assert text[item.start:item.end] == "Oh seven nine, nil nil, crackle, four five six"
    assert (item.entity, item.score, dropped) == ("PHONE", 0.75, {0})


def test_a_review_item_never_overlaps_a_redaction() -> None:
    text = "I: And the CHI number?\nP: Oh one, and the end is four two.\n"
    redacted = text.index("end")  # a redaction inside the answer splits the item in two
    items, _ = _items(text, [_Found(redacted, redacted + 3, 0.9)])
    assert [text[i.start:i.end] for i in items] == ["Oh one", "four two"]
    assert all(i.end <= redacted or i.start >= redacted + 3 for i in items)


def test_a_weaker_span_inside_the_answer_is_taken_in() -> None:
    text = "I: What's your GMC number?\nP: Seven oh one, four.\n"
    weak = text.index("oh")
    [item], dropped = _items(text, [_Found(weak, weak + 6, 0.4)])
    assert text[item.start:item.end] == "Seven oh one, four" and dropped == {0}


# --- the engine ---------------------------------------------------------------------------------

def test_the_engine_lists_an_unrecognised_answer_for_review(anonymiser: Any) -> None:
    text = "I: Could I take your staff number?\nP: It's on my badge, hang on: QR9, four.\n"
    result = anonymiser.redact(text)
    [item] = [r for r in result.review if r.detector == DETECTOR]
    assert text[item.start:item.end] == "QR9, four"
    assert result.text == text  # listed, not replaced


@pytest.mark.parametrize("answer", ["Q R nine, four", "Q nine", "QR nine", "QR9, four",
                                    "it's Q R nine four"])
def test_an_answer_is_redacted_or_listed_never_left_silently(anonymiser: Any,
                                                              answer: str) -> None:
    """Whichever finder takes it (the spoken tagger redacts "Q R nine, four" since round 14;
    "QR9, four" no finder recognises), the answer to an identifier question is redacted or
    listed for review, never left alone in the text unnoticed."""
    text = f"I: Could I take your staff number?\nP: It's on my badge, hang on: {answer}.\n"
    result = anonymiser.redact(text)
    start = text.index(answer.removeprefix("it's "))
    listed = [r for r in result.review if r.start <= start < r.end]
    assert listed or "nine" not in result.text.split("\n")[1] and "9" not in result.text


def test_the_engine_redacts_a_plain_answer_it_did_not_recognise(anonymiser: Any) -> None:
    text = ("I: And the best way to reach you?\n"
            "P: Zilch seven, seven zilch, one one, and then it's eight.\n")
    result = anonymiser.redact(text)
    assert "seven" not in result.text and "zilch" not in result.text.lower()
    assert not result.review


def test_the_engine_leaves_counts_and_refusals_alone(anonymiser: Any) -> None:
    text = ("I: How many patients do you see?\nP: About thirty a day, forty on Mondays.\n"
            "I: And your date of birth?\nP: I'd rather not say, if that's OK.\n")
    result = anonymiser.redact(text)
    assert not [r for r in (*result.review, *result.replacements) if r.detector == DETECTOR]


# --- review and the release gate ------------------------------------------------------------

TRANSCRIPT = ("Interviewer: Thanks for coming.\n"
              "Participant: Happy to help.\n"
              "Interviewer: Could I take your staff number, for the voucher?\n"
              "Participant: It's on my badge, hang on: QR9, four.\n"
              "Interviewer: And after that?\n")
#: an answer no finder recognises (said "Q R nine, four", the spoken tagger redacts it)
SECRET = "QR9, four"


@pytest.fixture
def answered(vault: Vault, tmp_path: Path, anonymiser: Any) -> dict[str, Any]:
    code = add_participant(vault, "Teodora Vukovic")
    path = tmp_path / "t.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    summary = ingest_files(vault, [path], data_class="transcript_raw", participant_code=code,
                           interview=1)
    summary.check()
    raw = summary.ingested[0].id
    done = anonymise_items(vault, None, anonymiser=anonymiser)
    assert not done.failed and done.review == 1
    return {"raw": raw, "out": tmp_path / "out"}


def _redacted_text(vault: Vault, raw_id: str) -> str:
    pair, _log = current_pair(vault, raw_id)  # type: ignore[misc]
    return document_from_bytes(objects.read_object(vault, pair.redacted_id),
                               f"x.{pair.kind}").text


def test_release_refuses_until_the_answer_is_decided_and_accepting_redacts(
        vault: Vault, answered: dict[str, Any]) -> None:
    [span] = pending_spans(vault)
    assert span.entity_type == "NHS_NUMBER"
    with pytest.raises(ChecksFailed, match=r"^1 span\(s\) in 1 transcript\(s\) ") as caught:
        create_release(vault, "r1", dataset_ids=[], transcripts="all", out_dir=answered["out"])
    assert SECRET not in caught.value.render()
    assert SECRET in _redacted_text(vault, answered["raw"])
    decide_all(vault, Decision.ACCEPT, answered["raw"])
    text = _redacted_text(vault, answered["raw"])
    assert SECRET not in text and "hang on: [NHS NUMBER]." in text
    result = create_release(vault, "r1", dataset_ids=[], transcripts="all",
                            out_dir=answered["out"])
    assert result.manifest["transcripts"] == 1


def test_rejecting_the_answer_keeps_it_and_lets_the_release_go(
        vault: Vault, answered: dict[str, Any]) -> None:
    decide_all(vault, Decision.REJECT, answered["raw"])
    assert SECRET in _redacted_text(vault, answered["raw"])
    assert pending_spans(vault) == []
    result = create_release(vault, "r1", dataset_ids=[], transcripts="all",
                            out_dir=answered["out"])
    assert result.manifest["transcripts"] == 1


def test_vault_review_listing_prints_no_answer_text(vault: Vault, answered: dict[str, Any],
                                                    runner: CliRunner) -> None:
    vault.close()
    for args in (["review"], ["review", "--json"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "NHS_NUMBER" in result.output
        for secret in (SECRET, "QR9", "badge", "Teodora"):
            assert secret not in result.output


def test_an_extension_after_the_number_is_another_thing() -> None:
    text = ("I: And the direct line?\n"
            "P: Oh one nine seven, four two six, O O eight, then extension three three six one.\n")
    [stretch] = answer_stretches(text)
    assert text[stretch.start:stretch.end] == "Oh one nine seven, four two six, O O eight"


def test_an_answer_cut_by_a_timed_mark_is_listed_in_pieces_around_it() -> None:
    text = "I: And your NHS number?\nP: Six four two [inaudible 00:00:02] seven three zero.\n"
    mark = (text.index("[inaudible"), text.index("]") + 1)
    items, _ = answer_items(text, [], threshold=0.5, review_score=0.4, redact_score=0.75,
                            entities=lambda kind: kind,
                            protected=lambda a, b: a < mark[1] and mark[0] < b)
    assert [text[i.start:i.end] for i in items] == ["Six four two", "seven three zero"]
    assert {i.score for i in items} == {0.75}  # six digits: plainly the number, redacted
