"""Irish and overseas identifiers in their written forms (issue 14, round 13).

Doctors returning to practice in Ireland and Northern Ireland carry identifiers the UK finders
do not read:

* **Dublin's postal districts** after the city ("Dublin 14", "Dublin 6W");
* **Eircodes** (Ireland's postcodes): a routing key (a letter and two digits, or "D6W") and a
  four-character unique identifier from the letters A C D E F H K N P R T V W X Y and digits:
  "D02 X285", "A65 F4E2", "T12K2YX". The identifier must hold a letter unless "Eircode" is
  said just before (an all-digit one is possible but is too like "A12 2019" in prose);
* **overseas registration numbers** (typed as GMC_NUMBER): AHPRA's ("MED0001234567": a
  profession code and ten digits), and any number of five to eight digits (or a code typed
  with one) called a registration number by its council: "IMC 412345", "Medical Council
  number 412345", "MCRN: 398765", "NMBI PIN 123456", "MCNZ 54321", "MDCN/R/41234",
  "MCI reg. 58234", "HPCSA MP0612345";
* **international phone numbers** with a country code other than the UK's ("+353 87 123
  4567", "00353 1 234 5678", "+61 412 345 678", "+91 98765 43210", "+234 803 123 4567") and
  Irish mobiles typed nationally ("087 123 4567": the UK finder's shape, kept here so both
  agree);
* **dates with a roman-numeral month**, as Irish and continental forms and old registers type
  them: "13.V.1963", "3/XI/88", "13 XII 2001", "21-ix-2015", "XI/1988"; and an **age in roman
  numerals** after an age word ("aged XLII", "Age: LXV").

Each finder is a pattern recognizer (:class:`~vault.anonymise.recognizers.StudyPatternRecognizer`)
with a cheap trigger where the pattern is rare.
"""
from __future__ import annotations

import re as std_re
from typing import ClassVar

from presidio_analyzer import Pattern

from vault.anonymise.recognizers import FLAGS, StudyPatternRecognizer

__all__ = ["CuedEircodeRecognizer", "DublinDistrictRecognizer", "EircodeRecognizer", "InternationalPhoneRecognizer", "OverseasRegistrationRecognizer",
           "RomanAgeRecognizer", "RomanDateRecognizer", "irish_recognizers", "roman_value"]

#: the characters of an Eircode's unique identifier (and the letters of routing keys)
_EIR = r"[0-9ACDEFHKNPRTV-Y]"
_EIR_LOWER = r"[0-9acdefhknprtv-y]"
_ROUTING = r"(?:[ACDEFHKNPRTV-Y]\d\d|D6W)"
_ROUTING_LOWER = r"(?:[acdefhknprtv-y]\d\d|d6w)"


class EircodeRecognizer(StudyPatternRecognizer):
    """Eircodes written: "D02 X285", "A65 F4E2", "T12K2YX", "d02 x285" (see the module)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("eircode", r"(?<![\w/-])" + _ROUTING + r"[ \t]?" + _EIR + r"{4}(?![\w/-])", 0.85),
        Pattern("eircode_lower", r"(?<![\w/-])" + _ROUTING_LOWER + r"[ \t]?" + _EIR_LOWER
                + r"{4}(?![\w/-])", 0.6),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="POSTCODE", patterns=self.PATTERNS, name="eircode",
                         context=["eircode", "address"], global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        ident = pattern_text[-4:]
        if pattern_text[:3].upper() == "D6W":
            return None
        if ident.isdigit():
            return False  # "A12 2019": an Eircode all in digits only when called one (below)
        if ident.isalpha() and not any(c in pattern_text for c in " \t"):
            return False  # "A12FACE": a code or a word run on, not an Eircode typed solid
        return None


class CuedEircodeRecognizer(StudyPatternRecognizer):
    """An Eircode called one, whatever its identifier: "Eircode D04 1234"."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("eircode_cued", r"(?i:eir[ \t]?code)[ \t]*(?:is|was|:|-)?[ \t]*(?P<m>(?i:"
                + _ROUTING + r")[ \t]?(?i:" + _EIR + r"){4})(?![\w/-])", 0.85),
    ]
    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "eircode_cued": std_re.compile(r"(?i)eir[ \t]?code")}

    def __init__(self) -> None:
        super().__init__(supported_entity="POSTCODE", patterns=self.PATTERNS, name="eircode_cued",
                         global_regex_flags=FLAGS)


class DublinDistrictRecognizer(StudyPatternRecognizer):
    """Dublin's postal districts written after the city in an address: "Dublin 14", "Dublin
    6W", "Dublin 8" (1 to 24, and 6W) -- the number names the district as a UK postcode's
    outward part does, so it goes with the city (not "Dublin 3 times", "Dublin 2019")."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("dublin_district", r"\bDublin[ \t]+(?:6[Ww]|1\d|2[0-4]|[1-9])(?![\w/.-])"
                r"(?![ \t]+(?:times|years?|days?|weeks?|months?|nights?|hours?|minutes?|or|to|and|"
                r"of|x|am|pm|nil|[-–])(?![\w]))", 0.85),
    ]
    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "dublin_district": std_re.compile(r"Dublin[ \t]+\d")}

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", patterns=self.PATTERNS,
                         name="dublin_district", global_regex_flags=FLAGS)


#: profession codes AHPRA registration numbers start with
_AHPRA_CODES = ("MED|NMW|DEN|PHA|PHY|PSY|OPT|OST|CHI|POD|OCC|MRP|ATS|CMR|PAR")
#: councils and words that call a number a registration number
_COUNCIL = (r"(?:AHPRA|IMC|MCRN|NMBI|MCNZ|MDCN|NMCN|MCI|NMC|HPCSA|SLMC|PMDC|BMDC|PRC|PRN|"
            r"(?:Irish[ \t]+)?Medical[ \t]+Council(?:[ \t]+of[ \t]+[A-Z][a-z]+)?|"
            r"(?:Nursing|Dental|Medical)[ \t]+(?:and[ \t]+Midwifery[ \t]+)?(?:Board|Council)|"
            r"(?i:registration|reg\.?|licen[cs]e|PIN))")
_REG_NUMBER = (r"(?P<m>(?:[A-Z]{1,4}[/ -]?(?:[A-Z][/ -])?)?\d{5,8}|(?:" + _AHPRA_CODES
               + r")\d{10})")


class OverseasRegistrationRecognizer(StudyPatternRecognizer):
    """AHPRA numbers anywhere, and registration numbers of other councils after the council or
    "registration (number)" (see the module); typed GMC_NUMBER as the study labels them."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("ahpra", r"(?<![\w/-])(?:" + _AHPRA_CODES + r")\d{10}(?![\w/-])", 0.9),
        Pattern("council_number",
                r"(?<![\w-])" + _COUNCIL + r"(?:[ \t]+(?i:registration|reg\.?|number|no\.?|num|"
                r"PIN|ID|is|was|of|my|with|under|:|#|-))*[ \t]*[:#-]?[ \t]*" + _REG_NUMBER
                + r"(?![\w/-])", 0.85),
    ]
    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "ahpra": std_re.compile(_AHPRA_CODES),
        "council_number": std_re.compile(r"\d{5}"),
    }

    def __init__(self) -> None:
        super().__init__(supported_entity="GMC_NUMBER", patterns=self.PATTERNS,
                         name="overseas_registration", global_regex_flags=FLAGS)


class InternationalPhoneRecognizer(StudyPatternRecognizer):
    """Phone numbers with a country code other than the UK's: "+353 87 123 4567", "00353 1 234
    5678", "+61 412 345 678", "+91 98765 43210", "+1 (416) 555 0199"; 8 to 13 digits after the
    country code."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("intl_phone", r"(?<![\w+])(?:\+|00)(?!44)[1-9]\d{0,2}[ \t.-]?(?:\(0\)[ \t]?)?"
                              r"\(?\d{1,4}\)?(?:[ \t.-]?\d{2,5}){1,4}(?![\w])", 0.75),
    ]
    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "intl_phone": std_re.compile(r"\+\d|(?<!\d)00[1-9]")}

    def __init__(self) -> None:
        super().__init__(supported_entity="PHONE", patterns=self.PATTERNS, name="intl_phone",
                         global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = std_re.sub(r"\D", "", pattern_text)
        if pattern_text.startswith("00"):
            digits = digits[2:]
        return None if 9 <= len(digits) <= 15 else False


_ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:(?:19|20)\d\d|\d\d)"


class RomanDateRecognizer(StudyPatternRecognizer):
    """Dates with the month in roman numerals ("13.V.1963", "3/XI/88", "13 XII 2001",
    "21-ix-2015", "XI/1988") and ages in roman numerals after an age word ("aged XLII")."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # one separator throughout (a dot, slash, hyphen or space)
        Pattern("roman_date", r"(?<![\w./-])" + _DAY + r"(?P<s>[./-]|[ \t])[ \t]?" + _ROMAN_MONTH
                + r"[ \t]?(?P=s)[ \t]?" + _YEAR + r"(?![\w/-]|\.\d)", 0.85),
        Pattern("roman_month_year", r"(?<![\w./-])" + _ROMAN_MONTH + r"[./-](?:19|20)\d\d(?![\w/-]|\.\d)",
                0.6),
    ]
    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "roman_date": std_re.compile(r"(?i)\d[./ \t-][ \t]?[ivx]"),
        "roman_month_year": std_re.compile(r"(?i)[ivx][./-](?:19|20)\d\d")}

    def __init__(self) -> None:
        super().__init__(supported_entity="DATE", patterns=self.PATTERNS, name="roman_date",
                         global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        month = std_re.search(r"(?i)(?<![a-z])[ivx]+(?![a-z])", pattern_text)
        if month is None:
            return False
        if month.group().islower() and month.group() in ("i", "v", "x") and " " in pattern_text:
            return False  # "3 i 88": a lower-case letter between numbers, not a month
        return None


#: roman numerals 1-119 (an age), strict form
_ROMAN_AGE = r"(?:C?(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"


def roman_value(numeral: str) -> int:
    """The value of a roman numeral written in the strict form ("XLII" -> 42); 0 for ""."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    numeral = numeral.upper()
    for i, ch in enumerate(numeral):
        value = values[ch]
        if i + 1 < len(numeral) and values[numeral[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


class RomanAgeRecognizer(StudyPatternRecognizer):
    """An age in roman numerals after an age word: "aged XLII", "Age: LXV", "age xxxiv"."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("roman_age", r"\b(?i:aged?|age[ \t]+now|years[ \t]+of[ \t]+age)[ \t]*[:=-]?[ \t]*"
                r"(?P<m>(?-i:" + _ROMAN_AGE + r"|" + _ROMAN_AGE.lower() + r"))(?![\w-])", 0.85),
    ]
    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {"roman_age": std_re.compile(r"(?i)\bage")}

    def __init__(self) -> None:
        super().__init__(supported_entity="AGE", patterns=self.PATTERNS, name="roman_age",
                         global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        value = roman_value(pattern_text)
        if not 1 <= value <= 119 or (len(pattern_text) == 1 and pattern_text in "iI"):
            return False  # "aged I" reads as the pronoun; nothing over 119
        return None


def irish_recognizers() -> list[StudyPatternRecognizer]:
    """The recognizers of this module, for :func:`~vault.anonymise.recognizers.build_recognizers`."""
    return [EircodeRecognizer(), CuedEircodeRecognizer(), DublinDistrictRecognizer(),
            OverseasRegistrationRecognizer(), InternationalPhoneRecognizer(),
            RomanDateRecognizer(), RomanAgeRecognizer()]
