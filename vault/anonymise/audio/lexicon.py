"""Pronunciations: the aligner's dictionary, and a guess for words it does not have.

pocketsphinx aligns only words its dictionary knows (the CMU dictionary shipped in its wheel:
US English, about 135,000 words). Transcripts of British interviews are full of names and places
it lacks ("Hexham", "Okafor"). :meth:`Lexicon.pronounce` returns a known pronunciation, or a
guess, which is enough for the aligner to find the word between its neighbours::

    lexicon = Lexicon(lookup=decoder.lookup_word)
    phones, guessed = lexicon.pronounce("hexham")     # ("HH EH K S HH AE M", True)

The guess, in order: an acronym or a word with no vowel is spelt out letter by letter ("NHS");
otherwise the word is cut into the fewest dictionary words of three letters or more ("hex" +
"ham"), and what is left is read with a small set of English letter-to-sound rules. Guessed words
are reported as such (the windows built on them are widened, see ``windows``).
"""
from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["LETTER_NAMES", "Lexicon", "letters_to_sound"]

#: ARPABET for each letter's name, for spelling acronyms ("N H S")
LETTER_NAMES: dict[str, str] = {
    "a": "EY", "b": "B IY", "c": "S IY", "d": "D IY", "e": "IY", "f": "EH F", "g": "JH IY",
    "h": "EY CH", "i": "AY", "j": "JH EY", "k": "K EY", "l": "EH L", "m": "EH M", "n": "EH N",
    "o": "OW", "p": "P IY", "q": "K Y UW", "r": "AA R", "s": "EH S", "t": "T IY", "u": "Y UW",
    "v": "V IY", "w": "D AH B AH L Y UW", "x": "EH K S", "y": "W AY", "z": "Z EH D",
}

# longest first: (letters, phones); "" phones means silent
_RULES: tuple[tuple[str, str], ...] = tuple(sorted((
    ("tch", "CH"), ("sch", "SH"), ("igh", "AY"), ("ough", "AH F"), ("augh", "AO"),
    ("eigh", "EY"), ("tion", "SH AH N"), ("sion", "ZH AH N"), ("ture", "CH ER"),
    ("ch", "CH"), ("sh", "SH"), ("th", "TH"), ("ph", "F"), ("wh", "W"), ("ck", "K"),
    ("ng", "NG"), ("gh", ""), ("qu", "K W"), ("kn", "N"), ("wr", "R"), ("dg", "JH"),
    ("ee", "IY"), ("ea", "IY"), ("oo", "UW"), ("ou", "AW"), ("ow", "OW"), ("ai", "EY"),
    ("ay", "EY"), ("oi", "OY"), ("oy", "OY"), ("au", "AO"), ("aw", "AO"), ("ie", "IY"),
    ("ei", "EY"), ("ey", "IY"), ("ui", "UW"), ("oa", "OW"), ("ue", "UW"), ("ew", "UW"),
    ("ar", "AA R"), ("er", "ER"), ("ir", "ER"), ("ur", "ER"), ("or", "AO R"),
    ("a", "AE"), ("e", "EH"), ("i", "IH"), ("o", "AA"), ("u", "AH"), ("y", "IY"),
    ("b", "B"), ("c", "K"), ("d", "D"), ("f", "F"), ("g", "G"), ("h", "HH"), ("j", "JH"),
    ("k", "K"), ("l", "L"), ("m", "M"), ("n", "N"), ("p", "P"), ("q", "K"), ("r", "R"),
    ("s", "S"), ("t", "T"), ("v", "V"), ("w", "W"), ("x", "K S"), ("z", "Z"),
), key=lambda rule: -len(rule[0])))
_VOWELS = set("aeiouy")
_SOFT_C = re.compile(r"c(?=[eiy])")


def letters_to_sound(letters: str) -> str:
    """ARPABET for ``letters`` by simple English spelling rules (a rough guess)."""
    word = letters.lower()
    word = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", word)  # double consonants are one sound
    if len(word) > 3 and word.endswith("e") and word[-2] not in _VOWELS:
        word = word[:-1]  # final silent e
    word = _SOFT_C.sub("s", word)
    phones: list[str] = []
    index = 0
    while index < len(word):
        char = word[index]
        if char == "y" and index == 0:
            phones.append("Y")
            index += 1
            continue
        for spelling, sound in _RULES:
            if word.startswith(spelling, index):
                if sound:
                    phones.extend(sound.split())
                index += len(spelling)
                break
        else:
            index += 1  # not a letter we know (apostrophe): nothing said
    return " ".join(phones) or "AH"


class Lexicon:
    """Pronunciations from a dictionary look-up, with guesses for unknown words.

    :param lookup: returns the dictionary's phones for a word, or None (pocketsphinx's
        ``Decoder.lookup_word``).
    """

    def __init__(self, lookup: Callable[[str], str | None]) -> None:
        self._lookup = lookup
        self._cache: dict[str, tuple[str, bool]] = {}

    def known(self, word: str) -> bool:
        return self._lookup(word) is not None

    def pronounce(self, word: str, *, capitals: bool = False) -> tuple[str, bool]:
        """(ARPABET phones, guessed) for a lower-case word.

        :param capitals: the word was written in capitals (an acronym is spelt out).
        """
        key = f"{word}\x00{capitals}"
        if key in self._cache:
            return self._cache[key]
        phones = self._lookup(word)
        if phones is not None and not (capitals and len(word) <= 4 and self._spelt(word)):
            result = (phones, False)
        else:
            result = (self._guess(word, capitals), True)
        self._cache[key] = result
        return result

    def _spelt(self, word: str) -> bool:
        """Whether a capitalised dictionary word is better spelt out: an acronym such as "GMC"
        is in the dictionary as a word only when it is also said as one ("NATO")."""
        return not any(c in _VOWELS for c in word)

    def _guess(self, word: str, capitals: bool) -> str:
        letters = re.sub(r"[^a-z]", "", word)
        if not letters:
            return "AH"
        if (capitals and len(letters) <= 5) or not any(c in _VOWELS for c in letters) \
                or len(letters) <= 2:
            return " ".join(LETTER_NAMES[c] for c in letters)
        return self._pieces(letters)

    def _pieces(self, letters: str) -> str:
        """The fewest dictionary words of three letters or more covering ``letters``; the rest
        read by rule. Dynamic programming over cut points: a dictionary piece costs 1, a letter
        read by rule costs 1 each."""
        n = len(letters)
        best: list[tuple[int, int, bool]] = [(0, 0, False)] + [(10 ** 9, 0, False)] * n
        for end in range(1, n + 1):
            cost, start, piece = best[end - 1][0] + 1, end - 1, False
            for begin in range(max(0, end - 16), end - 2):
                candidate = best[begin][0] + 1
                if candidate < cost and self._lookup(letters[begin:end]) is not None:
                    cost, start, piece = candidate, begin, True
            best[end] = (cost, start, piece)
        chunks: list[tuple[str, bool]] = []
        end = n
        while end > 0:
            _, start, piece = best[end]
            chunks.append((letters[start:end], piece))
            end = start
        chunks.reverse()
        phones: list[str] = []
        pending = ""
        for text, piece in chunks:
            if piece:
                if pending:
                    phones.append(letters_to_sound(pending))
                    pending = ""
                found = self._lookup(text)
                phones.append(found if found is not None else letters_to_sound(text))
            else:
                pending += text
        if pending:
            phones.append(letters_to_sound(pending))
        return " ".join(phones)
