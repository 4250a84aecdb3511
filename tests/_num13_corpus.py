"""Round 13's invented phrasings of spoken numbers, written BEFORE the rules (see
tests/test_spoken_numbers_round13.py). « » mark what the mention covers."""
from __future__ import annotations

#: automatic captions: lower case, no punctuation, digits as homophones ("won", "to", "too",
#: "for", "fore", "ate", "tree", "free") or numerals, mixed with number words
CAPTION_HOMOPHONES = [
    "00:03:12.400 --> 00:03:15.100\nmy mobile is «oh seven seven won too three for five six ate nine» yeah",
    "yeah its «07 seven 7 9 to 1 for 5 6 ate 2» thats the mobile",
    "the nhs number is «for to won six ate ate nine 3 2 1» i think",
    "so the number is «zero seven nine fore two 6 won won 5 8 3» if you need it",
    "the landline «oh won too won for nine six ate three too won» we hardly use it",
    "my gmc number «seven oh to for for ate won» and i qualified in",
    "her nhs number «too ate five won for for six 7 0 9» its on the red book",
    "and his chi is «won 2 0 for ate 7 three 5 6 1» they gave us that up in",
    "you can call me on «0 7 9 ate 3 to 1 4 5 6 6» any time after six",
    "the surgery is «oh won fore won too ate 3 for 4 5 6» but they never pick up",
    "speaker 2: its «oh seven ate ate won to three for for six won» the mobile",
    "nmc pin «won to ate nine too ate ee»",
    "mobile «oh seven seven tree free won nine ate for too won»",
    "the nhs number on the wristband «ate won for too too three nine nine won six»",
    "phone «0 seven seven double oh nine hundred won two three»",
    "home number «oh one tree four seven to too won won ate nine»",
    "[00:12:40] P: ring the ward on «oh won won ate for nine to to six seven»",
    "so her number's «four for four won two three six six ate ate»",
    "gmc is «seven to won for fore six six»",
    "its «oh seven nine won too too three for five ate six» sorry",
]

#: lower case postcodes in captions: letters as words ("pea", "see", "why"), digits as homophones
CAPTION_POSTCODES = [
    "postcode is «pea ee too won are why»",
    "the post code «see tea nine for a why»",
    "its «en are seventeen too jay ex»",
    "we're «el en ate won dee are»",
    "postcode «pea oh thirty won for why tea»",
    "the postcode is «em ee won for four bee gee»",
    "«are em six too jay queue» thats us",
    "post code «es oh fifteen won aitch tea»",
    "its «pe21 6ry» on the letter",
    "postcode «ct9 4ay» yeah",
    "the postcode is «n r 17 2 j x»",
    "postcode «double you see won a for ex why»",
    "our postcode «dee ee for won ee ex»",
    "the postcode «tea en too won el gee»",
    "postcode «see bee ate won bee tea»",
    "«kay tea twenty won too why why» is the postcode",
    "postcode «ell es six ate dee queue»",
    "«why oh ten three dee bee» thats the postcode",
]

#: "pardon?", "sorry?", "say again": the number said again, slowly, digit by digit
PARDON_REPEATS = [
    "P: My mobile is «oh seven seven nine one two three four five six».\nI: Pardon?\nP: «Oh. Seven. Seven. Nine. One. Two. Three. Four. Five. Six.»",
    "P: It's «nine four three six six one two two eight eight».\nI: Sorry?\nP: «Nine... four... three... six... six... one... two... two... eight... eight.»",
    "I: And the NHS number?\nP: «Four eight five, seven seven one, nine nine two six.»\nI: Sorry, say that again?\nP: «Four. Eight. Five. Seven. Seven. One. Nine. Nine. Two. Six.»",
    "P: «Oh one two one, four nine six, double two eight».\nI: Pardon, the line's bad?\nP: «Zero. One. Two. One. Four. Nine. Six. Two. Two. Eight.»",
    "P: GMC's «seven oh one four four two six».\nI: What was that?\nP: «Seven - oh - one - four - four - two - six.»",
    "I: Your mobile?\nP: «Oh seven seven...» \nI: Pardon?\nP: «Oh. Seven. Seven. Three. Nine. Two. Three. One. One. Eight.»",
    "P: «nine four three, six six one, two two eight eight»\nI: pardon?\nP: I said «nine, four, three. Six, six, one. Two, two, eight, eight.»",
    "P: The CHI is «one two zero four eight seven three five six one».\nI: Come again?\nP: «One. Two. Zero. Four. Eight. Seven. Three. Five. Six. One.» Slowly.",
    "P: the landline's «oh one four seven three, eight two two nine one six»\nI: sorry, I didn't get the end\nP: «eight. two. two. nine. one. six.»",
    "P: It's «O-7-7-0-0, 9-0-0, 1-2-3».\nI: Sorry?\nP: «O. Seven. Seven. Zero. Zero. Nine. Zero. Zero. One. Two. Three.»",
    "I: Pardon?\nP: The number. «Oh, seven, seven, nine, one, two, three, four, five, six.»",
    "P: The surgery? «Oh one six three two... four four five nine nine two.»\nI: Say again?\nP: «Oh. One. Six. Three. Two. Four. Four. Five. Nine. Nine. Two.»",
]

#: digits in languages the numerals table did not hold before round 13 (Russian, Mandarin,
#: Persian, Dutch, Swedish/Norwegian/Danish, Malay/Indonesian, Vietnamese, Japanese, Korean,
#: Czech, Hungarian, Amharic, Twi, Zulu, Shona, Nepali, Lithuanian, Albanian, Kurdish), and
#: runs holding a single other-language digit among English ones
FOREIGN_DIGITS = [
    "P: my dad reads it in Russian, «nol sem sem, devyat odin dva, tri chetyre pyat shest»",
    "P: the phone, in Mandarin: «ling qi qi, jiu yi er, san si wu liu»",
    "P: NHS number in Farsi, «noh chahar se, shesh shesh yek, do do hasht hasht»",
    "P: mijn nummer, «nul zeven zeven, negen een twee, drie vier vijf zes», the Dutch way",
    "P: in Swedish it's «noll sju sju, nio ett två, tre fyra fem sex»",
    "P: mobile, Malay: «kosong tujuh tujuh, sembilan satu dua, tiga empat lima enam»",
    "P: she says it in Vietnamese, «không bảy bảy, chín một hai, ba bốn năm sáu»",
    "P: GMC in Japanese: «nana rei ichi, yon yon ni roku»",
    "P: Korean: «gong chil chil, gu il i, sam sa o yuk», that's the mobile",
    "P: NHS number in Czech, «devět čtyři tři, šest šest jedna, dva dva osm osm»",
    "P: in Hungarian: «nulla hét hét, kilenc egy kettő, három négy öt hat»",
    "P: my mum's phone in Amharic, «zero sebat sebat, zetegn and hulet, sost arat amist siddist»",
    "P: in Twi: «hwee nson nson, nkron baako mmienu, mmiensa anan enum nsia»",
    "P: isiZulu: «iqanda isikhombisa isikhombisa, isishiyagalolunye kunye kubili»",
    "P: Nepali: «shunya saat saat, nau ek dui, tin char paanch chha»",
    "P: the NHS number, «nine char three, six six one, two two eight eight», half in Hindi",
    "P: mobile is «oh seven seven nine, ek two three, four five six»",
    "P: the GMC, «sept zero one, four four two six»",
    "P: phone in Norwegian: «null sju sju, ni en to, tre fire fem seks»",
    "P: in Danish, «nul syv syv, ni en to, tre fire fem seks»",
    "P: Indonesian: «nol delapan satu, dua tiga empat, lima enam tujuh delapan»",
    "P: in Albanian, «zero shtatë shtatë, nëntë një dy, tre katër pesë gjashtë»",
    "P: in Kurdish «sifir heft heft, neh yek du, sê çar pênc şeş»",
    "P: in Lithuanian «nulis septyni septyni, devyni vienas du, trys keturi penki šeši»",
]

#: on a bad line: halves, international forms, practice and landline numbers
BAD_LINE = [
    "P: It's «plus four four, seven seven, double oh nine, hundred, one two three».",
    "P: From abroad it's «double oh four four, one six one, four nine six, two two eight eight».",
    "P: «zero zero four four seven seven zero zero nine zero zero one two three» if you're ringing from Spain.",
    "P: the practice is «oh one two three four, five six seven, eight nine oh», ask for the nurses",
    "P: the surgery number is «oh one nine oh four... [line breaks up] ...six two three, four four one»",
    "P: «oh one nine oh four» — can you hear me? — «six two three four four one»",
    "P: the landline, «oh one four... one four... seven three, two two... eight nine one»",
    "P: mobile is «oh seven seven...» sorry, you're breaking up... «oh seven seven nine one, two three four five six»",
    "P: it's «+44 7700 900 123»",
    "P: «0044 (0) 7700 900123»",
    "P: from the States you'd dial «zero one one, four four, seven seven zero zero, nine zero zero, one two three»",
    "P: the mobile's «oh seven seven nine one» and then... hello? ... «two three four five six»",
]

#: short e-mails and e-mails said with "hyphen"/"dash"
EMAILS = [
    "P: email me, «kmensah» at gmail",
    "P: it's «kofi dot mensah» at nhs",
    "P: «kofi hyphen mensah» at hotmail dot co dot uk",
    "P: «k dash mensah» at outlook dot com",
    "P: «mensah k» at nhs dot net",
    "P: «drkmensah» at icloud",
    "P: just «kofi m» at yahoo",
    "P: the email's «priya underscore s» at gmail dot com",
    "P: «a dot okafor» at nhs dot net",
    "P: «okafor hyphen a» at hotmail",
]

#: addresses in captions (lower case, numerals)
CAPTION_ADDRESSES = [
    "we live at «14 mill lane» just past the church",
    "its «23 station road» the one with the green door",
    "«flat 4 2 church street» above the chemist",
    "her address is «9 the crescent»",
    "we moved to «forty two victoria avenue» last year",
    "the address on the letter «7 orchard close»",
    "«112 high street» is the surgery",
    "were at «number 9 primrose way»",
]

#: hard negatives: counts, doses, times, scores, money, homophones in ordinary talk
NEGATIVES = [
    "i went to see him for two weeks and then won the appeal",
    "we ate at seven and went to bed at ten",
    "one for the road and two for the kids",
    "she takes 5 mg twice a day and 10 at night",
    "the score was 3 2 to us and then 4 1",
    "ring between 9 and 5 on weekdays",
    "it cost 250 pounds for 3 sessions",
    "i gave him four or five to start with then too many",
    "we waited for two hours to see someone for five minutes",
    "he won for the first time in years",
    "pardon? i said i was on nights for three weeks",
    "sorry? oh we had two, two kids and a dog",
    "he's 6 foot 2 and weighs about 90 kilos",
    "bus 42 to the hospital then the 7 back",
    "we see them for an hour two or three times a week",
    "i ate breakfast at 8 and took 2 paracetamol",
    "she scored 28 out of 30 on the memory test",
    "page 14 of the leaflet section 3 point 2",
    "in Hindi we count ek do teen char paanch chhe",
    "Seven. Eight. Nine. Ten. The kids were counting down.",
    "I: Pardon?\nP: Two. Two kids, both at school.",
    "the see saw and the tea party for the kids are at the park",
    "are you okay to see me at ten",
    "P: there were twenty to thirty of us, for two or three years",
]

# --- written AFTER the rules, to see how far they reach unseen phrasings -------------------------

LATER_POSITIVES = [
    "speaker 1: and the best number to get you on\nspeaker 2: «07 won 2 3 for 5 6 7 ate 9»",
    "yeah the home phone «oh won 7 3 fore 5 too too 8 won 9» but i'm never in",
    "the chi number «too for won won ate 5 3 6 9 0»",
    "his gmc «six won for ate too 0 3»",
    "«oh seven ate won too, free three for, five six won» that's my other phone",
    "[00:04:10] so the hospital number um «oh won won six ate, for nine won, too too 6»",
    "the postcode um «ell es too for, six bee why»",
    "our postcode «see why won for, ate are tea»",
    "its «kay tea for too double you tea»",
    "the post code is «en ee sixty six won jay jay»",
    "«es oh fourteen ate jay why» i think",
    "postcode «tea are too won why ex»",
    "we're in «sw1a 1aa» believe it or not",
    "its «ls6 2hg»",
    "her flat is «flat 3 27 moor lane»",
    "we live at «six church walk»",
    "they moved to «41 beech grove» in the spring",
    "mum's at «number 12 the green»",
    "P: my wife's mobile, she says it in Dutch, «nul zes twee acht, drie drie negen, vijf vijf een»",
    "P: mobile's «oh seven seven chin nine won two three four five»",
]

LATER_NEGATIVES = [
    "we went to 2 or 3 places for 4 or 5 days",
    "i want to go for a walk for 10 minutes to clear my head",
    "from 1 to 10 how bad is it to be honest about a 7",
    "we won 2 nil and then 3 1 for the cup",
    "i ate 2 sandwiches for lunch at 1",
    "he drove for 2 hours up to the hill farm",
    "it's a 5 minute walk to the park from ours",
    "the 2 way street by the 4 lane road",
    "she lives 2 doors down the road from us",
    "12 weeks to go for the op",
    "i saw 3 patients in 20 minutes and then 6 more",
    "P: we count in Korean at taekwondo, hana dul set net",
    "P: the kids say ein zwei drei on the trampoline",
    "i'm on 5 mg for 2 weeks then 10 mg for 4",
    "we see the team at 10 to 11 for 20 minutes",
    "the see saw broke and the tea urn too",
    "why are you asking and why do you want it",
    "P: she took 2 for the pain and 2 more at 6",
    "2 big fields and 3 small ones on the farm",
    "we had a 3 bed house in a close near the park",
]
