"""Numbers written in words: "three", "twenty-one", "one hundred and twenty", "a dozen",
"two-thirds", "two and a half", "three crore twelve lakh", "two point two".

The grammar reads a cardinal the way a reader does, left to right, and stops at the first word
that cannot continue it, so "one two three" is three numbers and "thirty two and forty one" is
two (an "and" joins only after a hundred or a scale word: "one hundred and twenty").

    >>> read_words(tokenize("two hundred and forty-two people"), 0)
    (242.0, 6)
"""

from __future__ import annotations

from crosscheck.extract.tokens import Token, touching

UNITS: dict[str, int] = {
    "zero": 0, "naught": 0, "nought": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
#: scale words after a number (words or digits): "1.6 million", "three crore", "30 lakh"
SCALES: dict[str, float] = {
    "hundred": 100, "hundreds": 100,
    "thousand": 1e3, "thousands": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7, "krores": 1e7, "kr": 1e7,
    "quadrillion": 1e15, "quintillion": 1e18, "sextillion": 1e21,
}
DOZEN = {"dozen": 12, "dozens": 12}
#: denominators of spoken fractions; "second" is left out: it is nearly always an ordinal
FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
}
#: "a" reads as one only before these
A_BEFORE = {"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore", "dozen"}
NUMBER_WORDS = set(UNITS) | set(TENS)


_TENS_PREFIXES = {w[:3] for w in TENS}


def split_glued(word: str) -> tuple[int, int] | None:
    """"twentyone" -> (20, 1): compounds written without the hyphen."""
    if len(word) < 7 or word[:3] not in _TENS_PREFIXES:
        return None
    for tens_word, tens in TENS.items():
        if word.startswith(tens_word) and word[len(tens_word):] in UNITS:
            unit = UNITS[word[len(tens_word):]]
            if 0 < unit < 10:
                return tens, unit
    return None


def is_number_word(low: str) -> bool:
    return low in NUMBER_WORDS or split_glued(low) is not None


def _joined(tokens: list[Token], i: int) -> int:
    """Index of the next word token, stepping over a hyphen that glues two words together."""
    if (
        i < len(tokens)
        and tokens[i].text in ("-", "‐")
        and touching(tokens, i)
        and touching(tokens, i + 1)
    ):
        return i + 1
    return i


def read_words(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Read a cardinal in words starting at token ``i``: (value, index after it) or None."""
    n = len(tokens)
    total = 0.0  # completed scale groups ("three million")
    current = 0.0  # the group being built ("two hundred forty")
    last = ""  # "unit", "teen", "tens", "hundred", "scale"
    last_scale = float("inf")
    seen = False
    j = i
    end = i
    while j < n:
        t = tokens[j]
        low = t.low
        if t.kind != "w":
            if low == "," and last == "scale" and tokens[i].low in NUMBER_WORDS:
                rest = _after_comma(tokens, j, last_scale)
                if rest is not None:
                    return total + current + rest[0], rest[1]
            if low != "&":
                break
        if low == "a" and not seen:
            k = _joined(tokens, j + 1)
            if k < n and tokens[k].low in A_BEFORE:
                current, last, seen = 1.0, "unit", True
                j = k
                continue
            break
        glued = split_glued(low)
        if low in UNITS or glued:
            value = UNITS.get(low, 0) if not glued else glued[0] + glued[1]
            if last in ("unit", "teen") or (last == "tens" and (value >= 10 or glued or value == 0)):
                break
            if last == "tens":
                current += value
                last = "unit"
            else:
                current += value
                last = "teen" if value >= 10 or glued else "unit"
                if glued:
                    last = "teen"
        elif low in TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += TENS[low]
            last = "tens"
        elif low in ("hundred", "hundreds"):
            if last == "hundred" or current >= 100 or (not seen and low == "hundreds"):
                break
            if low == "hundreds" and current == 0 and total == 0:
                break
            current = (current or 1) * 100
            last = "hundred"
        elif low in SCALES and (low not in ("mn", "bn", "tn", "cr", "kr", "lkh", "lkhs") or seen):
            scale = SCALES[low]
            if last == "scale" and scale == last_scale:
                break
            if not seen:
                # a bare "thousand" / "million" at the start reads as one of them
                current = 1.0
            if scale > last_scale:
                total = (total + current) * scale
            else:
                total += (current or 1) * scale
            current = 0.0
            last_scale = scale
            last = "scale"
        elif low in DOZEN and seen and last != "scale":
            current = (current or 1) * 12
            last = "scale"
        elif low in ("and", "&") and seen and (total >= 100 or current >= 100) and last in ("hundred", "scale"):
            k = _joined(tokens, j + 1)
            if k < n and (tokens[k].low in NUMBER_WORDS or split_glued(tokens[k].low)):
                j = k
                continue
            break
        else:
            break
        seen = True
        end = j + 1
        j = _joined(tokens, end)
        if j == end and j < n and tokens[j].text in ("-", "‐"):
            break
    if not seen:
        return None
    return total + current, end


def _after_comma(tokens: list[Token], j: int, last_scale: float) -> tuple[float, int] | None:
    """"three million, two hundred & forty": after a scale word, a comma and a smaller group
    joined by "and" or "&" go on with the number, as cheques and legal copy write it. Without
    the "and", the comma starts a new clause ("Of one thousand, two hundred were hurt")."""
    if not touching(tokens, j):
        return None
    rest = read_words(tokens, j + 1)
    if rest is None or rest[0] >= last_scale:
        return None
    if not any(t.low in ("and", "&") for t in tokens[j + 1 : rest[1]]):
        return None
    return rest


_ZEROS = {"zero", "o", "oh", "nought", "naught"}
_DIGIT_WORDS = {w for w, v in UNITS.items() if 1 <= v <= 9}


def read_spoken_digits(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Numbers said the way codes and prices are read aloud, which ``read_words`` would split:

    leading zeros: "zero eight" -> 8, "zero zero five" -> 5, "zero zero" -> 0 (one number, as
    written "08", "005", "00"). None for any other shape (a lone "zero" is ``read_words``').

    Unsaid hundreds ("one fifty" for 150) are not read: the peers split on them, and "four
    twenty five" in a list of digits is 4 then 25 far more often than 425."""
    n = len(tokens)
    low = tokens[i].low
    if low in ("zero", "nought", "naught") or (low in ("o", "oh") and i + 1 < n and tokens[i + 1].low in _ZEROS | _DIGIT_WORDS | set(TENS)):
        j = i
        while j < n and tokens[j].low in _ZEROS:
            j += 1
        if j == i + 1 and (j >= n or tokens[j].kind != "w"):
            return None  # a lone "zero": read_words reads it
        if j < n and tokens[j].kind == "w":
            rest = read_words(tokens, j)
            if rest is not None and rest[1] > j:
                return rest
        if j == i + 1:
            return None  # "zero point five": one zero before something else
        return 0.0, j
    return None


def read_point_decimals(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """After "point": "two two" -> 0.22, "ninety-nine" -> 0.99, "zero five" -> 0.05."""
    digits = ""
    j = i
    n = len(tokens)
    while j < n and tokens[j].kind == "w":
        low = tokens[j].low
        if low in ("o", "oh"):
            low = "zero"
        if low in UNITS and UNITS[low] < 10:
            digits += str(UNITS[low])
            j += 1
        elif low in TENS:
            value = TENS[low]
            k = _joined(tokens, j + 1)
            if k < n and k != j + 1 and tokens[k].low in UNITS and UNITS[tokens[k].low] < 10:
                value += UNITS[tokens[k].low]
                j = k + 1
            elif k < n and k == j + 1 and tokens[k].low in UNITS and 0 < UNITS[tokens[k].low] < 10:
                value += UNITS[tokens[k].low]
                j = k + 1
            else:
                j += 1
            digits += str(value)
        elif low in UNITS:  # ten..nineteen
            digits += str(UNITS[low])
            j += 1
        else:
            break
        k = _joined(tokens, j)
        if k != j:
            j = k
    if not digits:
        return None
    return float("0." + digits), j


def read_fraction_word(tokens: list[Token], i: int, numerator: float | None) -> tuple[float, int] | None:
    """A denominator word at ``i`` ("thirds", "half"), given the numerator before it (None = "a")."""
    if i >= len(tokens):
        return None
    low = tokens[i].low
    if low not in FRACTIONS:
        return None
    plural = low.endswith("s")
    num = 1.0 if numerator is None else numerator
    hyphenated = i > 0 and tokens[i - 1].text in ("-", "‐") and tokens[i - 1].end == tokens[i].start
    # "two thirds", "one third"; not "one thirds", "two third", but "a two-third majority", as
    # much copy writes it, is a fraction all the same
    if (num != 1) != plural and not (hyphenated and num != 1):
        return None
    return num / FRACTIONS[low], i + 1
