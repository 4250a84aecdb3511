"""Identifier questions and their answers, invented broadly (many phrasings, settings and
naming cultures), for :mod:`vault.anonymise.spoken.answers`: positives (the answer must be
found, with the question's class) and hard negatives (nothing to find). Synthetic throughout.

Each case: (question turn, answer turn(s), expected kind or None). Turns are joined with the
speaker labels of :data:`LABELS` in turn.
"""
from __future__ import annotations

#: (asker, answerer) label pairs the cases are written with, in rotation
LABELS: tuple[tuple[str, str], ...] = (
    ("I", "P"), ("Interviewer", "P07"), ("[Interviewer]", "[Participant]"),
    ("[00:04:12] IV", "[00:04:19] SX-06"), ("Researcher A", "Rp"), ("Q", "A"),
    ("Int.", "Part."), ("MOD", "Respondent"))

POSITIVES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # phones, in any phrasing
    ("Can I take a contact number?", ("Yeah, it's oh seven nine, nil nil, four five six six two.",),
     "PHONE"),
    ("And the best way to reach you?", ("Text me. Zero seven eight, three three, nine one two.",),
     "PHONE"),
    ("Is there a number the study team can ring?",
     ("Let me find it, it's on the letter... here. Oh one six double eight, three four eight.",),
     "PHONE"),
    ("What's your mobile, in case the link drops?", ("Oh seven five, um, it's seven two...",
                                                      "...nine nine one, four."), "PHONE"),
    ("Landline?", ("Oh one two one, four nine six, then eight eight one.",), "PHONE"),
    ("Could you give me a phone number for the voucher?",
     ("Sure. Zero two nine, twenty-two, sixty-one, forty-eight.",), "PHONE"),
    ("What's the WhatsApp number you use?", (("Plus two three four, eight oh three, five five "
                                              "one, two nine."),), "PHONE"),
    ("Just so we can get hold of you, what number?", (("Oh seven seven double oh, nine hundred, "
                                                       "one two three."),), "PHONE"),
    ("Would it be alright to take your telephone number?", ("07700 900 417, evenings best.",),
     "PHONE"),
    ("How can we contact you about the results?", ("Ring me, seven seven four, oh oh two.",),
     "PHONE"),
    # e-mail
    ("And your e-mail?", ("It's sarah dot khan at nhs dot net, I check it daily.",), "EMAIL"),
    ("What email should we send the transcript to?", (("kwame underscore asante at gmail dot "
                                                       "com."),), "EMAIL"),
    ("Email address for the voucher?", ("Oh, ah, nkem.obi@outlook.com, all lower case.",),
     "EMAIL"),
    ("Is there an e-mail I can use?", ("The work one, j dot novak at ncl dot ac dot uk.",),
     "EMAIL"),
    # addresses and postcodes
    ("What's the postcode there?", ("KA two, seven two U zed.",), "POSTCODE"),
    ("And the post code for the voucher?", ("S O fourteen, three P Q.",), "POSTCODE"),
    ("Where do you live now?", ("Up in Kilbarchan, by the old mill on Shuttle Street.",),
     "LOCATION"),
    ("And your home address?", ("Flat two, forty-one Harbour Brae, Tyndrum.",), "LOCATION"),
    ("Could I take the address for the pack?", ("Twelve Acacia Avenue, Llandeilo.",),
     "LOCATION"),
    ("What's the house number?", ("Hundred and six.",), "LOCATION"),
    ("Sorry, the house number again?", ("Hang on, let me check.", "Forty-one, Saltmarsh Row."),
     "LOCATION"),
    # dates of birth, birthdays, ages
    ("And your date of birth?", ("Fifth of May, nineteen eighty-one.",), "DATE"),
    ("When's your birthday?", ("March the third.",), "DATE"),
    ("And her birthday, for the card?", ("May the fifth, same as mine.",), "DATE"),
    ("DOB for the form?", ("Twelve, oh four, seventy-nine.",), "DATE"),
    ("When were you born, if you don't mind?", ("Ninety-two. October.",), "DATE"),
    ("How old were you then?", ("Nineteen. Just a kid.",), "AGE"),
    ("How old are you, if you don't mind me asking?", ("Oh, 42. [laughs] Don't write that.",),
     "AGE"),
    ("How old are you now, roughly?", ("Fifty-three this year.",), "AGE"),
    ("What age were you when you qualified?", ("Twenty-four, twenty-five maybe.",), "AGE"),
    ("And how old was Thandiwe when she started?", ("She'd have been thirty-one.",), "AGE"),
    # NHS / CHI / hospital numbers
    ("Could I grab your NHS number for the linkage?",
     ("Four eight five, seven seven seven, three four five six.",), "NHS_NUMBER"),
    ("And the CHI number?", ("Oh one oh five eight one, then two two three one.",), "NHS_NUMBER"),
    ("Do you know your hospital number?", ("K nine four, six six two, I think.",), "NHS_NUMBER"),
    # professional registrations
    ("What's your GMC number?", ("Seven oh one, four four two six.",), "GMC_NUMBER"),
    ("And your NMC pin?", ("Ninety-one A, oh four, seven three E.",), "GMC_NUMBER"),
    ("Registration number, for the record?", ("Six one two, eight eight four.",), "GMC_NUMBER"),
    ("Can you read me your HCPC number?", ("P H one oh four nine two.",), "GMC_NUMBER"),
    # references of any kind
    ("Could I take your staff number?", ("It's on my badge, hang on: Q R nine, four four.",),
     "NUMBER"),
    ("What was the reference on the letter?", ("R E F, two two nine, slash, eight one.",),
     "NUMBER"),
    ("And your payroll number?", ("Three four oh, double one, five.",), "NUMBER"),
    ("Have you got your national insurance number handy?",
     ("J K, four two, one one, nine eight, C.",), "NUMBER"),
    # spellings
    ("Could you spell that for me?", ("K W A B E N A.",), "SPELL"),
    ("How do you spell your surname?", ("N-Y-S-T-R-Ø-M, with the slashed O.",), "SPELL"),
    ("And how would I write that?", ("O, then apostrophe, then S H A U G H N E S S Y.",),
     "SPELL"),
)

#: a speaker volunteering an identifier after its cue, no question asked
VOLUNTEERED: tuple[tuple[str, str], ...] = (
    ("Anyway my mobile's oh seven seven one two, three four five six seven, if you need it.",
     "PHONE"),
    ("You can reach me on oh one nine one, four nine six, two two oh one.", "PHONE"),
    ("My email is t dot adeyemi at nhs dot net, that's the best one.", "EMAIL"),
    ("I was born on the ninth of June, eighty-four, in Lagos.", "DATE"),
    ("My postcode's B nine, four T H, for the voucher.", "POSTCODE"),
    ("My GMC number is six nine nought, three three one two.", "GMC_NUMBER"),
    ("My NHS number, four oh one, two two three, nine nine eight seven.", "NHS_NUMBER"),
)

HARD_NEGATIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("How many patients do you see?", ("About thirty a day, forty on Mondays.",)),
    ("What number of visits a week?", ("Twelve, fifteen.",)),
    ("Can I take a contact number?", ("Ring after six, I'm on days till then.",)),
    ("And your date of birth?", ("I'd rather not say, if that's OK.",)),
    ("Your mobile?", ("Same as before.",)),
    ("How old is the building?", ("Nineteen sixties, I think.",)),
    ("What dose were you on?", ("Forty milligrams, twice a day.",)),
    ("What number would you give it out of ten?", ("Seven.",)),
    ("What's the number of patients on the list?", (("Two thousand four hundred, give or "
                                                      "take."),)),
    ("Could I take your number?", ("Give me two minutes and I'll find it.",)),
    ("How did your phone calls go that week?", (("Three or four calls a day, mostly "
                                                 "relatives."),)),
    ("Did the phone ring much?", ("Twenty times a night, easily.",)),
    ("What's your e-mail like after a night shift?", ("Hundreds of them, honestly.",)),
    ("What was the score on the scale?", ("Seven out of ten.",)),
    ("Which bus do you get?", ("The number forty-two.",)),
    ("How long was the shift?", ("Twelve hours, twelve and a half.",)),
    ("What time did you start?", ("About half seven.",)),
    ("What's the address of the practice like, busy road?", ("Yes, very busy.",)),
    ("Do you prefer email or phone?", ("Email, definitely.",)),
    ("And your date of birth?", ("Prefer not to give that.",)),
    ("How old were the children?", ("Both at school.",)),
    ("What was the reference range?", ("Four to six.",)),
    ("How much did they pay?", ("Two hundred pounds.",)),
    ("Can I have your mobile?", ("Why do you need it?",)),
    ("Was there an e-mail for the scheme?", (("Just a website, w w w dot mentors dot org dot "
                                              "uk, and a form."),)),
    ("Is there a landline at all?", ("We've still got one, it's in the hall.",)),
    ("What's your NHS number?", ("It was on the letter from two thousand and eight.",)),
    ("And your date of birth?", ("Handover was at five to eight, sorry, what did you ask?",)),
    ("When's your birthday?", ("It was the fourth time I'd asked for leave.",)),
    ("And the hospital number?", ("Three and a half months it took to find it.",)),
    ("Which hospital number was on the wristband?", ("The one from page one to page thirty.",)),
    ("What's the postcode, roughly?", ("It's just off the A five nine one, you can't miss it.",)),
    ("Could I take your registration number?", ("Not on me, sorry. Bay eleven has it.",)),
    ("How do you spell his surname?", ("He's one of the CT1s now, ask him.",)),
    ("When were you born?", ("Right, we had a hundred and ten referrals that year.",)),
    ("Where do you live now?", ("A ground floor flat, near the shops.",)),
    ("And your date of birth, for the form?", ("In my country we say the year first.",)),
    ("How old were you then?", ("The NEWS score was seven, that's what I remember.",)),
    ("How old were you all?", ("We were all thirty-somethings, no idea what we were doing.",)),
    ("Can I take the NHS number?", ("The NHS one? I don't know it, sorry.",)),
)
