"""A short invented text run through detection once before ``redact_many`` forks its workers.

Most word lists, indexes and patterns of the recognizers are built lazily, on the first text
that needs them (about a second of CPU). Forked workers that start cold each build them again;
built once in the parent first, they are inherited by every worker (copy-on-write). The
caches are pure (the same lists whatever text built them), so the redactions are the same with
or without the warm-up; only the CPU time changes.

The text is invented (no real person, number or address) and touches the kinds of thing the
lazy parts are for: titles and first names, word-names, hospitals and trusts, universities,
places at home and abroad, spoken and written numbers, dates, ages, e-mail addresses, postcodes.
"""
from __future__ import annotations

__all__ = ["WARM_TEXT"]

WARM_TEXT = (
    "Interviewer: Thanks, Dr Sarah O'Neill. Can you tell me about your training?\n"
    "Participant: Sure. I qualified in 2009 at the University of Leeds, then did my foundation "
    "years at St James's Hospital in Leeds and the Royal Victoria Infirmary, Newcastle upon Tyne "
    "NHS Foundation Trust. My mentor, Kemi, said I should move to Glasgow. Then I worked in "
    "Lagos, Nigeria and in Melbourne, Australia for two years.\n"
    "Interviewer: And how old were you then?\n"
    "Participant: I was twenty-eight, going on twenty-nine. Born on the fourth of March "
    "nineteen eighty-four, a Pisces. My number is oh seven seven double nine, one two three, "
    "four five six. Email is jane dot doe at nhs dot net, j.doe@example.org. Postcode LS1 4AP, "
    "that's L S one, four A P. GMC 1234567, NHS number 943 476 5919.\n"
    "Interviewer: Did Storm know? Is Mentoring useful?\n"
    "Participant: Honestly, Ridge was lovely. Me and Happiness went to Greggs. We live at 12 "
    "Acacia Avenue, Hexham, Northumberland. Call 0191 496 0000 on Monday 12th June 2023.\n"
)
