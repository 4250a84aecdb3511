"""Round 22 of issue 14: what is written beside a name and is not the name (post-nominal
letters and service ranks) is kept, measured on an invented space
(``credential_cases`` in ``tests/_credentials_space.py``), not on any author's text.

The conventions (``tests/corpus/README.md``) label the name only: titles apart, and the
letters after it are what someone holds. The engine already cut the degrees, honours and
college fellowships it knew off a person's span (``recognizers.without_postnominals``) and a
rank it knew off its start (``engine._ROLE_TITLE``); diplomas ("DRCOG", "DipIMC", "DTM&H"),
memberships of faculties and institutes ("MFFLM", "MCIL", "MIHEEM"), interpreters' and
nurses' registrations, decorations and the services' corps ("RAMC", "QARANC") and ranks with
their branch ("Surg Lt Cdr", "Sqn Ldr", "Maj") were redacted with the name or as a name of
their own, counted as ordinary words altered on four development authors (letters and ranks
after and before names in signatures, posting orders and minutes). Each name of the space is
still redacted; its letters and rank stand.
"""
from __future__ import annotations

import re
from collections import defaultdict

import pytest
from _credentials_space import credential_cases
from _mentions import TOKEN, marked_and_kept
from _space_assertions import engine_spans, touches

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import without_postnominals


def _by_shape() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for shape, text in credential_cases():
        out[shape].append(text)
    return dict(out)


SHAPES = _by_shape()


def test_the_space_is_deterministic_and_broad() -> None:
    assert credential_cases() == credential_cases()
    assert set(SHAPES) == {"diploma", "membership", "honour", "beside a known", "rank"}
    assert sum(map(len, SHAPES.values())) >= 140


def wrong(anonymiser: Anonymiser, marked: str) -> tuple[list[str], list[str]]:
    """The name's words left standing, and the kept words that were redacted."""
    text, gold, kept = marked_and_kept(marked)
    found = engine_spans(anonymiser, text)
    left = [t.group() for a, b in gold for t in TOKEN.finditer(text, a, b)
            if not touches(found, t.start(), t.end())]
    altered = [t.group() for a, b in kept for t in TOKEN.finditer(text, a, b)
               if touches(found, t.start(), t.end())]
    return left, altered


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_name_redacted_and_its_letters_and_rank_kept(anonymiser: Anonymiser,
                                                          shape: str) -> None:
    results = {t: wrong(anonymiser, t) for t in SHAPES[shape]}
    assert not {t: r[0] for t, r in results.items() if r[0]}, "names left"
    assert not {t: r[1] for t, r in results.items() if r[1]}, "letters or ranks redacted"


@pytest.mark.parametrize(("span", "kept"), [
    ("Dr Ana Reyes DRCOG", "Dr Ana Reyes"),
    ("Dr Ana Reyes DipIMC MRCSI", "Dr Ana Reyes"),
    ("Prof Quaye DTM&H.", "Prof Quaye"),
    ("Ms Okonjo MCIL DPSI", "Ms Okonjo"),
    ("Mr Hale RN RAMC", "Mr Hale"),
    ("Dr Brannock MFFLM", "Dr Brannock"),
    ("Dr Brannock Cert HE", "Dr Brannock"),
    ("Dr Brannock MCIL Cert HE", "Dr Brannock"),
    ("Dr Codell FCPS", "Dr Codell"),
    ("Khan HE", "Khan HE"),
    # hard negatives: initials in a reference list, and letters that are words or places
    ("Khan MA", "Khan MA"),
    ("Verrall TA", "Verrall TA"),
    ("Dipton", "Dipton"),
    ("Doyle MIND", "Doyle MIND"),
    ("Dr Hale DCH", "Dr Hale DCH"),
    ("Dr Hale DCH MRCPCH", "Dr Hale"),
    ("Dr Hale MCINNES", "Dr Hale MCINNES"),
    ("Typed up by FINCH", "Typed up by FINCH"),
    ("Dr Ana Reyes Dip", "Dr Ana Reyes Dip"),
])
def test_postnominal_letters_cut_off_a_span(span: str, kept: str) -> None:
    assert span[:without_postnominals(span, 0, len(span))] == kept


@pytest.mark.parametrize("text", [
    # hard negatives of the same shapes: a name that opens like a diploma or a membership
    "I spoke to Diplock about the rota.",
    "Then Mifsud rang from the ward.",
    "We met Fiona Dipple at the station.",
    "Major Tate signed it off.",
    "The surgeon, Mr Capton, came late.",
])
def test_names_shaped_like_letters_or_ranks_are_still_redacted(anonymiser: Anonymiser,
                                                               text: str) -> None:
    name = re.search(r"(?:Diplock|Mifsud|Fiona Dipple|Tate|Capton)", text)
    assert name is not None
    found = [(x.start, x.end) for x in anonymiser.redact(text).replacements]
    assert any(s <= name.start() and name.end() <= e for s, e in found)
