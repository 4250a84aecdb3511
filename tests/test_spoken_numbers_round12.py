"""Round 12: spoken numbers said in another language or dialect, with stammers, another voice
inlaid, the rest after a backchannel turn, and as another number changed at its end. Phrasings
written BEFORE the rules (invented; many settings and languages), marked with « » around what
the mention covers; hard negatives below lose no word to a number finder.

When first run against main (4e0e112), 20 of the first 62 positives (FIRST) were caught (0 of
18 code-switched, 0 of 8 dialect, 2 of 5 stammered, 3 of 5 inlaid, 0 of 5 changed tails, 2 of
3 across turns, 3 of 8 postcodes in parts); after the rules all 62. The later batches (LATER:
changed tails, twelve more languages and dialects, postcodes in parts) were written after the
rules and caught 6 of 6, 12 of 12 and 5 of 6 when first run (the postcode miss, "... A E, I
think", read "I" as a third inward letter; mended). No hard negative lost a word at any time.
"""
from __future__ import annotations

import pytest
from _mentions import THRESHOLD, uncovered
from _mentions import marked as _marked

from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.numerals import OTHER_DIGITS, plain_numerals

_NUMBER_ENTITIES = {"PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE"}


def _left(marked: str) -> list[str]:
    """The mention tokens no finding covers (the scorer's leak test)."""
    text, spans = _marked(marked)
    found = [(f.start, f.end) for f in find_spoken_forms(text) if f.score >= THRESHOLD]
    return [t for span in spans for t in uncovered(text, span, found)]

FIRST = [
    "P: Fy rhif ffôn i? «sero saith saith, naw dau un, pedwar pump chwech wyth» — sorry, that's the Welsh.",
    'P: my mobile, in Welsh it comes out as «dim saith wyth, tri tri, un dau naw, pump pedwar»',
    "P: Mo's NHS number she always says in Urdu, «teen chaar saat, do do ek, paanch nau aath chhe»",
    "P: my mum reads it as «ek do teen, chaar paanch, chhe saat aath nau sifar» — that's her NHS number",
    'P: GMC? My dad says it in Polish: «siedem, zero, jeden, cztery, osiem, dwa, sześć»',
    'P: the phone is «zero siedem siedem, dziewięć pięć trzy, jeden jeden osiem dwa»',
    'P: she gave her mobile in Yoruba, «odo meje meje, mesan eji, meta merin arun, mefa»',
    "P: In Gaelic: «neoni seachd seachd, naoi aon dhà, trì ceithir còig sia»! That's the landline.",
    'P: tha e... «a naoi a ceathair a trì, a sé a sé a haon, a dó a dó a hocht a hocht», the NHS one',
    "P: my GMC, j'ai dit «sept zéro un, quatre quatre deux six»",
    'P: phone, in Spanish for my abuela: «cero siete siete, nueve uno dos, tres cuatro cinco seis»',
    'P: mobile is oh seven seven, «naw naw dau», then in English «four five six one two»',
    "P: the number's «zero sete sete, nove oito dois, um três quatro cinco», like in Portuguese",
    'P: NHS number, in Hindi: «nau chaar teen, chhe chhe ek, do do aath aath»',
    'P: we say it in Tagalog at home: «sero pito pito, siyam isa dalawa, tatlo apat lima anim»',
    'P: my GMC in Swahili is «saba sifuri moja, nne nne mbili sita»',
    'P: phone — «null sieben sieben, neun eins zwei, drei vier fünf sechs» — the German way',
    "P: «ling yat chat, gau yi sei, ng luk baat yat», that's my mobile in Cantonese",
    "P: me mobile's «oh seeven seeven, nine twa one, fower five sax echt»",
    "P: NHS number, it's «fower fower twa, sax sax yin, echt echt three nine»",
    'P: GMC is «sivven oh wan, fower fower twa sax»',
    'P: di phone numba a «zero sebben sebben, nain wan tuu, chree fo faiv siks»',
    'P: my landline is «oh one nine one, tree tree tree, fower fower fower»',
    "P: phone's «oh sivin sivin, noine one two, tree foive six one»",
    "P: numba? «Oh seben seben, fi' nain, tree tree, wan tuh tree»",
    'P: NHS? Aye, «nine fower three, sax sax wan, twa twa echt echt»',
    'P: my mobile is «oh s-s-seven seven, n-nine one two, th-three four five six»',
    'P: my NHS number is «f-four eight, eight... eight five, s-six six two one one»',
    'P: GMC, «sev- seven oh one, f-f-four four two six»',
    "P: it's «oh seven seven, ni- nine, nine one, two two, three f- four»",
    'P: phone is «oh, oh seven — seven seven nine, one, one two, three three»',
    'P: my mobile is «oh seven seven nine» (I: mhm) «one two three» (I: yeah) «four five six»',
    'P: NHS number «nine four three» [I: uh-huh] «six six one» [I: yep] «two two eight eight»',
    "P: my phone's «oh seven nine one one, [laughs] two two three, [cough] four four five»",
    "P: «oh one two one» — I: okay — «four nought nought, eight nine one two», that's the landline",
    'P: GMC is «seven oh one,» I: go on, P: «four four two six»',
    'P: my GMC ends «four four two six», and starts with «seven oh one»',
    'P: I know the last bit of my mobile, «four five six», the beginning is «oh seven seven nine one two three»... no, «oh seven seven nine one two»',
    'P: NHS number, backwards from the end: «two two eight eight», before that «six six one», first «nine four three»',
    "P: it finishes «eight eight one», the front part's «oh seven seven three, nine two three»",
    'P: the last three are «four five six» and the rest is «oh seven seven nine one two three four»',
    "P: my GMC — the end's «two six», the start's «seven oh one four four»",
    "P: my mobile is «oh seven seven nine one, two three four five six». My husband's is the same but ending in «eight one»",
    "P: the landline's the same as the surgery number but the last two are «four seven»",
    "P: mine's the same as my brother's, just ends «six six three» instead",
    "P: work phone's the same as my mobile except the last digit's a «nine»",
    "P: same as Dad's but with «four one» at the end",
    'P: my mobile is «oh seven seven nine eight... no, oh seven seven eight nine, one two three four five, no, four five six»',
    'P: NHS number is «nine four three, six six one, two two eight... sorry, two two eight nine»',
    'P: GMC, «seven oh one four four two, no scratch that, seven oh two four four two six»',
    "P: phone is «oh one two two four six seven», wrong one, that's the old one, it's «oh one two two four six eight three three nine two»",
    'P: my phone number is «oh seven seven nine one»\nI: Yes.\nP: «two three four five six»',
    'P: NHS number, the first half «nine four three six six»\nI: Mhm.\nP: the second half «one two two eight eight»',
    'P: GMC «seven oh one»\nI: Seven oh one.\nP: «four four two six»',
    "P: postcode's «B L eight», the second half «four Q T»",
    "P: first bit of my postcode is «C F ten», and the end's «three A E»",
    'P: postcode, «bee ell eight, four queue tee»',
    'P: postcode is «ess kay nine, four ay tee»',
    'P: postcode, it ends «four Q T». It starts «B L eight»',
    'P: postcode «N E sixty-five»\nI: Yep.\nP: «two J J»',
    "P: my postcode's «em one four, two double you ex»",
    'P: postcode, «ell ess six, two aitch gee»',
]

#: written after the rules, run once before any change
LATER = [
    "R: Gran's landline? It's the same as ours except it ends «five two» not «five three».",
    "P: her NHS number is the same as her twin's, only the last digit is «eight».",
    "P: the office line is the same as the ward's but with «four four» on the end",
    "P: my new mobile's the same as the old one, just the last three are «nine one one» now",
    "P: it's the same number as my sister, apart from the ending, «six seven».",
    "Daughter: Dad's phone is the same as mine but it finishes «oh two».",
    'P: Hooyo says the phone in Somali: «eber toddoba toddoba, sagaal kow laba, saddex afar shan lix»',
    'P: in Igbo, my NHS number is «itoolu ano ato, isii isii otu, abuo abuo asato asato»',
    'P: GMC, in Hausa: «bakwai sifiri daya, hudu hudu biyu shida»',
    'P: telefon? «sıfır yedi yedi, dokuz bir iki, üç dört beş altı»',
    "P: My yiayia's phone, «miden epta epta, ennea ena dio, tria tessera pente exi»",
    'P: NHS number, cum zicem noi, «nouă patru trei, șase șase unu, doi doi opt opt»',
    'P: Ammu says my mobile as «shunno shat shat, noy ek dui, tin char panch chhoy»',
    "P: Biji's number is «sifar satt satt, nau ikk do, tinn chaar panj chhe»",
    'P: Amma reads my phone «poojyam ezhu ezhu, onbadhu onnu rendu, moonu naalu anju aaru»',
    "P: رقم my phone, «sifr sab'a sab'a, tis'a wahid ithnain, thalatha arba'a khamsa sitta»",
    'P: da numba a «zero sebm sebm, nain wan tuu, chree faa faiv siks», mi phone',
    'P: ma phone? «O sivven sivven, nine yin twa, three fower five sax»',
    'P: postcode? The front is «L S six», then the back bit, «two H G».',
    'P: our postcode, first part «G twelve», second part «eight Q Q»',
    'P: the end of the postcode is «one R D», the beginning is «S N one»',
    'I: And the postcode?\nP: «E H nine»\nI: Mhm.\nP: «one S L»',
    'P: postcode starts «C F ten» and finishes «three A E», I think.',
    "P: postcode's «em kay four», um, I always forget, «six jay ay»",
]

STAYS = [
    'P: I take two one five, one and a half, and three of the twenty milligram ones a day.',
    'P: We were seven, eight, nine of us in the house, and the baby made ten.',
    'P: The scores were four, four, three, five, two and six on the scale.',
    'P: I worked nights, four on, four off, then three days, then four nights again.',
    'P: In Welsh we count un, dau, tri, and the kids learn it by singing.',
    "P: Mae hi'n naw o'r gloch, dim problem, I'll see you then.",
    "P: He'd say 'ek, do, teen' when he counted the pills out for my mum.",
    'P: I do do that, I sat in the tin hut and had chai with my char lady.',
    'P: Me mam had sax bairns and twa dogs, and we lived in a wee hoose.',
    'P: The bus was the number seven, then the forty-two, then the seven again.',
    "P: It's a tree, a big tree, three trees actually, down by the river.",
    'P: Rota was six till two, two till ten, ten till six.',
    'P: the room was eleven, bed four, bay two, ward seven.',
    'P: I gave her one, two, three, four, five, six, seven, eight chances.',
    'P: Nine, ten, eleven years I was there, and then twelve at the other place.',
    "P: Saith o blant, pump ohonyn nhw'n ferched.",
    'P: dos cervezas, por favor, and then tres more for the table.',
    'P: The GMC took a year, two years maybe, three tops.',
    "P: It's the same as before but ending at six instead of seven.",
    'P: Same as last time but with two more staff on the ward.',
    'P: My daughter is the same, just ends up crying at four.',
    'P: s-s-seven of us in the team, f-four of them new.',
    'P: The dose was sev- seven milligrams, then ni- nine.',
    'P: He did one, two, three reps, then four, five, six.',
    "P: the bleep is four four two, and the extension's three one one.",
    'P: Chwech, saith, wyth, naw, deg — the kids were counting down to the new year.',
    'P: Shanghai, Lima and Moja were the names of the cats.',
    'P: cuatro, cinco, seis — she learned the numbers in Spanish at school.',
    'P: the shift is the same but it ends at seven now, not eight.',
    "P: it's the same as last year, except the last two weeks were quiet.",
    'P: same as before, just ending earlier, about four.',
    'P: the dose is the same but the last one is at ten at night.',
    'P: my number is the same, just ends up in voicemail at nine every night.',
    'P: The results were the same but with three more errors in the last test.',
    'P: Mae gen i dri o blant a dau gi, a naw wyrion.',
    'P: We had ek, do, teen bottles of Limca and chai for two.',
    'P: Je parle un peu, deux mots, trois phrases maybe.',
    'P: bir iki üç, my son counts to ten in Turkish now.',
    'P: Tatu was the name of the dog, and Saba the cat, and Moja the rabbit.',
    'P: Sita and Arun came with Isa and Tara on Monday.',
    "P: My mum said 'ek minute, do minute' and then came down.",
    'P: uno, dos, tres, cuatro, cinco — she sang it all the way to school.',
    'P: I was on ward B L, bed eight, and the nurse was on four days a week.',
    'P: the M six, then junction four, then the A one for ten miles.',
    'P: our postcode changed last year, the council sent two letters about it.',
    'P: Grade B two, level four, then band six after a year.',
    "P: The postcode lottery, honestly, it's four Q T levels of nonsense.",
    'P: I got an A, then a B, then in year nine two Cs and a D.',
]


@pytest.mark.parametrize("marked", FIRST + LATER)
def test_numbers_in_other_words_and_parts_are_redacted_whole(marked: str) -> None:
    assert _left(marked) == []


@pytest.mark.parametrize("text", STAYS)
def test_counts_words_and_names_stay(text: str) -> None:
    found = [text[f.start:f.end] for f in find_spoken_forms(text)
             if f.score >= THRESHOLD and f.entity in _NUMBER_ENTITIES]
    assert found == []


def test_the_copy_keeps_offsets_and_maps_stammers() -> None:
    text = "P: it's oh s-s-seven seven, n-nine one two, sev- seven"
    plain, moved = plain_numerals(text)
    assert len(plain) == len(text)
    assert "s-s-" not in plain and "n-nine" not in plain and "sev-" not in plain
    assert moved[text.index("seven seven")] == text.index("s-s-")
    assert moved[text.index("nine")] == text.index("n-nine")


def test_a_broken_off_word_that_is_no_number_is_left() -> None:
    for text in ("a well-known fact", "the x-ray at twenty-two", "she was s-so tired, f-fine",
                 "Five-five-seven-five-four-eight-one", "oh-oh-five", "six-sixty", "one-on-one"):
        assert plain_numerals(text) == (text, {})


def test_other_digits_are_read_only_in_a_run() -> None:
    text = "P: I do do that, I sat in the tin hut. Saith o blant."
    assert plain_numerals(text)[0] == text
    run = "P: sero saith saith, naw dau un, pedwar pump"
    plain = plain_numerals(run)[0]
    assert len(plain) == len(run)
    assert "saith" not in plain and "pedwar" not in plain


def test_counting_in_another_language_is_not_a_number() -> None:
    text = "P: chwech, saith, wyth, naw, the kids counting down"
    assert plain_numerals(text)[0] == text


def test_the_irish_particle_goes_with_the_number() -> None:
    text = "P: a naoi a ceathair a trí, a sé a sé a haon, a dó a dó a hocht a hocht"
    plain, moved = plain_numerals(text)
    assert " a " not in plain[3:]
    assert moved[text.index("naoi")] == text.index("a naoi")


def test_the_table_covers_many_languages() -> None:
    # Welsh, Gaelic, Irish, Polish, Urdu/Hindi, Yoruba, Igbo, Hausa, Swahili, Somali, Arabic,
    # Tamil, Tagalog, Turkish, Greek, French, Spanish, Portuguese, Italian, Romanian, German,
    # Cantonese; Scots and Caribbean forms
    for word, digit in [("saith", 7), ("seachd", 7), ("seacht", 7), ("siedem", 7), ("saat", 7),
                        ("meje", 7), ("asaa", 7), ("bakwai", 7), ("saba", 7), ("toddoba", 7),
                        ("ezhu", 7), ("pito", 7), ("yedi", 7), ("epta", 7), ("sept", 7),
                        ("siete", 7), ("sete", 7), ("sette", 7), ("sapte", 7), ("sieben", 7),
                        ("chat", 7), ("seeven", 7), ("sebben", 7)]:
        assert OTHER_DIGITS[word] == digit, word


@pytest.mark.parametrize("marked", [
    "I: Postcode?\nP: em, two, six, erm, five, and «L S six, two H G».",
    "P: my postcode, hmm, nine, one, three, and «N E one, four L P», I think",
    "P: postcode is «B L nine», sorry, «B L eight, four Q T»",
])
def test_a_whole_postcode_is_not_taken_as_the_second_half_of_another(marked: str) -> None:
    assert _left(marked) == []
    text, spans = _marked(marked)
    found = [(f.start, f.end) for f in find_spoken_forms(text)
             if f.score >= THRESHOLD and f.entity == "POSTCODE"]
    assert all(any(a <= s and e <= b for s, e in spans) for a, b in found), found
