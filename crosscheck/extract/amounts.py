"""The bare number of a quantity: digits, words, scales, fractions, and vague amounts.

``read_number(tokens, i)`` reads one number starting at token ``i`` and says how it was
written, so the scanner in ``numbers`` can decide what it is (a count, a year, a date part).

    1,636 / 2.8 / .77 / 800 000 / 1.3m / 80k / 1.6 million / 2 lakh / 3.5 crore / 2 1/2 / 3/4 / ½
    three / twenty-one / one hundred and twenty / a dozen / two dozen / two-thirds / a third
    two and a half / two point two million / tens of thousands (vague)
"""

from __future__ import annotations

import re
from typing import NamedTuple

from crosscheck.extract.hedges import VAGUE
from crosscheck.extract.tokens import Token, touching
from crosscheck.extract.units import A_UNITS, CURRENCY_ONLY_SUFFIX, MONTHS, SCALE_SUFFIX
from crosscheck.extract.words import (
    DOZEN,
    FRACTIONS,
    SCALES,
    UNITS,
    read_fraction_word,
    read_point_decimals,
    read_spoken_digits,
    read_words,
)

#: digits longer than this are identifiers or noise, not quantities (and float() of a
#: 100,000-digit string is wasted work)
MAX_DIGITS = 21

_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_EURO_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
#: lakh and crore grouping as South Asia writes it: "2,14,906", "31,46,20,518" (two-digit
#: groups above the last three)
_INDIAN_THOUSANDS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅛": 0.125}
_VAGUE_MAX_WORDS = max(len(k.split()) for k in VAGUE)
#: every leading run of whole words of a vague phrase ("tens", "tens of", "tens of thousands")
_VAGUE_PREFIXES = frozenset(" ".join(k.split()[:m]) for k in VAGUE for m in range(1, len(k.split()) + 1))


class Number(NamedTuple):
    """A number as read: value (None when vague), its token span, and how it was written.

    A named tuple, not a frozen dataclass: one is built for every figure read, and a frozen
    dataclass's ``__init__`` costs about ten times as much."""

    value: float | None
    first: int  # index of the first token
    after: int  # index after the last token
    written: str  # "digits", "words", "fraction", "vague"
    low: float | None = None
    high: float | None = None
    scaled: bool = False  # a scale word or suffix was applied ("1.6 million", "80k")
    bare_int: bool = False  # plain digits, no separator, no decimal, no scale ("2023", "7")
    glued_suffix: str = ""  # letters glued to the digits that were read as a scale


def parse_digits(s: str) -> float | None:
    """"1,636" -> 1636.0; "2.8" -> 2.8; "1.234.567" -> 1234567.0; "45·6" -> 45.6 (a raised
    decimal point, as some journals print it); a malformed group -> None."""
    if len(s) > MAX_DIGITS + 8:
        return None
    if "·" in s:
        s = s.replace("·", ".")
    if _THOUSANDS.fullmatch(s):
        return float(s.replace(",", ""))
    if _PLAIN.fullmatch(s):
        if len(s.split(".")[0]) > MAX_DIGITS:
            return None
        return float(s)
    if _EURO_THOUSANDS.fullmatch(s):
        return float(s.replace(".", ""))
    if _INDIAN_THOUSANDS.fullmatch(s):
        return float(s.replace(",", ""))
    if _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))  # "78,11%": two digits after a comma are no thousands
    return None


#: a decimal comma as much of Europe writes it ("78,11%", "12,50 euros"): two digits after the
#: comma, which a thousands group (three) never has
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{2}")


def _space_group(text: str, tokens: list[Token], j: int, digits: str) -> int:
    """"800 000": extend a 1-3 digit number over following space-separated 3-digit groups."""
    if not digits.isdigit() or len(digits) > 3:
        return j
    k = j
    while (
        k + 1 < len(tokens)
        and tokens[k + 1].kind == "n"
        and len(tokens[k + 1].text) == 3
        and tokens[k + 1].text.isdigit()
        and text[tokens[k].end : tokens[k + 1].start] in (" ", "\u00a0", "\u202f", "\u2009")
        and not (k + 2 < len(tokens) and tokens[k + 2].kind == "w" and touching(tokens, k + 2))
    ):
        k += 1  # but "20 120mm mortars": a group glued to a unit is a number of its own
    # a lone group after a short number is as likely two numbers ("in 2023 100 people"),
    # but "10 000" style is common in Europe and wire copy: accept it; unless yet another
    # number follows after a space: a row of a table ("NDA BJP UPA 353 302 92 52")
    if k > j and k + 1 < len(tokens) and tokens[k + 1].kind == "n" and text[tokens[k].end : tokens[k + 1].start] == " ":
        return j
    return k


def _vague_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The longest vague phrase starting at ``i`` ("tens of thousands"), dropping a final "of"."""
    best: tuple[str, int] | None = None
    key = ""
    for k in range(i, min(len(tokens), i + _VAGUE_MAX_WORDS)):
        if tokens[k].kind != "w":
            break
        key = tokens[k].low if k == i else f"{key} {tokens[k].low}"
        if key not in _VAGUE_PREFIXES:
            break  # "a hundred": no vague phrase goes on this way
        if key in VAGUE:
            best = (key, k + 1)
    return best


#: words after a glued "m" that make it metres, not millions ("5m deep", "a 10m wall")
_METRE_CONTEXT = {"deep", "high", "tall", "long", "wide", "away", "above", "below", "under",
                  "from", "of", "wall", "walls", "waves", "wave", "sprint", "race", "drop", "in",
                  "into", "across", "along", "off", "beneath", "short", "underground", "underwater"}


#: words a few tokens before a glued "m" that make it millions of money, however it ends
#: ("a fee of 106.8m.", "valued at 40m,"); not "a record in the 100m."
_PAID_WORDS = frozenset("paid pay pays paying worth fee fees cost costs costing spent spend spending bid offer "
                        "price priced valued value deal sold bought sale raised budget fine fined "
                        "salary wages transfer profit revenue turnover earned earns investment funding "
                        "joined joins signed signs signing buy buys fetch fetched %".split())


def _a_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


#: nouns a few words before a glued "m" that make it millions of people or things ("a
#: population of 56.1m,", "population rises 3.7m in 10 years"); "a wall of 3m" stays metres
_COUNTED_WORDS = frozenset("population populations people residents inhabitants voters visitors tourists "
                           "passengers users viewers customers subscribers households homes jobs crimes "
                           "offences offenses patients members".split())


def _counted_before(tokens: list[Token], first: int) -> bool:
    """A glued "m" is millions after a noun of things counted in millions, or after "Xm to" whose
    first figure read as millions ("from 5.9m to 11m.")."""
    if first >= 3 and tokens[first - 1].low == "to" and tokens[first - 2].text == "m" and tokens[first - 3].kind == "n" \
            and touching(tokens, first - 2) and tokens[first - 4 if first >= 4 else 0].low != "from":
        return False  # "5m to 10m" alone stays as read; "from 5.9m to 11m" is asked below
    for k in range(first - 1, max(-1, first - 7), -1):
        low = tokens[k].low
        if low in _COUNTED_WORDS:
            return True
        if low in ("within", "away", "around", "tall", "high", "deep", "long", "wide"):
            return False
        if low == "to" and k >= 2 and tokens[k - 1].text == "m" and tokens[k - 2].kind == "n" and touching(tokens, k - 1) \
                and k >= 3 and tokens[k - 3].low == "from":
            return True
        if tokens[k].kind == "p" and tokens[k].text not in ("-", "‐"):
            return False
    return False


def _paid_before(tokens: list[Token], first: int) -> bool:
    for k in range(first - 1, max(-1, first - 5), -1):
        if tokens[k].low in _PAID_WORDS:
            return True
        if tokens[k].kind == "p" and tokens[k].text not in ("-", "‐"):
            return False
    return False


#: scale words a hyphen may join to the digits before them ("a $5-billion deal")
_HYPHENED_SCALES = frozenset({"thousand", "million", "billion", "trillion", "lakh", "crore"})


def read_number(text: str, tokens: list[Token], i: int, money: bool = False) -> Number | None:
    """One number starting at token ``i``, or None. ``money``: a currency came before it."""
    t = tokens[i]
    n = len(tokens)
    if t.text in _UNICODE_FRACTIONS:  # the tokenizer may call "½" a word (it is \w)
        return Number(_UNICODE_FRACTIONS[t.text], i, i + 1, "fraction")
    if t.kind == "w":
        return _read_word_number(tokens, i)
    decimal_lead = False
    if t.kind == "p" and t.text == "." and i + 1 < n and tokens[i + 1].kind == "n" and touching(tokens, i + 1):
        # ".77": a leading decimal point, only where it cannot be a sentence's full stop
        if i > 0 and tokens[i - 1].end == t.start:
            return None
        decimal_lead = True
        i += 1
        t = tokens[i]
    if t.kind != "n":
        return None
    digits = t.text
    if decimal_lead:
        if not digits.isdigit() or len(digits) > MAX_DIGITS:
            return None
        value: float | None = float("0." + digits)
    else:
        value = parse_digits(digits)
    if value is None:
        return None
    first = i - 1 if decimal_lead else i
    j = i
    if (
        not decimal_lead and i + 1 < n and tokens[i + 1].kind == "n"
        and not (i > 0 and tokens[i - 1].kind == "w" and tokens[i - 1].end == t.start)
    ):
        # "800 000"; not "i7 860": digits glued to letters name a thing, and no group follows
        j = _space_group(text, tokens, i, digits)
        if j != i:
            joined = "".join(tok.text for tok in tokens[i : j + 1])
            value = float(joined)
    after = j + 1
    bare = digits.isdigit() and j == i and not decimal_lead
    nxt_tok = tokens[after] if after < n else None
    if nxt_tok is None or (
        nxt_tok.kind == "w" and nxt_tok.start != tokens[j].end and nxt_tok.low not in _WORDS_AFTER_DIGITS
    ):
        return Number(value, first, after, "digits", bare_int=bare)  # "80,000 people": the common case
    # scientific notation: "1.5e-3", "3 x 10^6", "2.48×10−5", "10⁶", "2^10"
    if after < n and (tokens[after].low in _EXPONENT_STARTS or tokens[after].text[0] in _SUPERSCRIPT_START):
        power = _power(tokens, after, digits)
        if power is not None:
            base, exponent, after, replaces = power
            value = _times_power(1.0 if replaces else value, base, exponent)
            return Number(value, first, after, "digits", scaled=True)
    # a fraction written with a slash: "3/4", "2 1/2"
    frac = _slash_fraction(tokens, after - 1)
    if frac is not None and bare:
        fval, fafter = frac
        return Number(fval, first, fafter, "fraction")
    if frac is None and bare and after + 2 < n + 1:
        nxt = after
        if nxt < n and tokens[nxt].kind == "n" and not touching(tokens, nxt):
            mixed = _slash_fraction(tokens, nxt)
            if mixed is not None and mixed[0] < 1:
                return Number(value + mixed[0], first, mixed[1], "fraction")
        if nxt < n and tokens[nxt].text in _UNICODE_FRACTIONS and touching(tokens, nxt):
            return Number(value + _UNICODE_FRACTIONS[tokens[nxt].text], first, nxt + 1, "fraction")
    # glued scale suffix: "80k", "1.3m", "2bn"
    if after < n and tokens[after].kind == "w" and touching(tokens, after):
        suffix = tokens[after].low
        word_after = tokens[after + 1] if after + 1 < n else None
        when_after = (word_after is not None and word_after.low == "in" and after + 2 < n
                      and (tokens[after + 2].low in MONTHS or _a_year(tokens[after + 2].text)))
        metre = tokens[after].text == "m" and not money and (
            word_after is None or word_after.kind != "w" or word_after.low in _METRE_CONTEXT
        ) and not when_after and not _paid_before(tokens, first) and not (
            (word_after is None or word_after.kind != "w" or word_after.low == "in") and _counted_before(tokens, first))
        if money and suffix in CURRENCY_ONLY_SUFFIX:
            return Number(value * CURRENCY_ONLY_SUFFIX[suffix], first, after + 1, "digits",
                          scaled=True, glued_suffix=suffix)
        if suffix in SCALE_SUFFIX and not metre:
            return Number(value * SCALE_SUFFIX[suffix], first, after + 1, "digits", scaled=True,
                          glued_suffix=suffix)
    # "1 point 1": a decimal said aloud
    if bare and after + 1 < n and tokens[after].low == "point" and tokens[after + 1].kind == "n" and tokens[after + 1].text.isdigit():
        value = float(f"{digits}.{tokens[after + 1].text}")
        after += 2
        bare = False
    # scale words: "1.6 million", "30 lakh", "2 dozens", "5 hundred"
    scaled = False
    if (
        after + 1 < n and tokens[after].text == "-" and touching(tokens, after) and touching(tokens, after + 1)
        and tokens[after + 1].low in _HYPHENED_SCALES
    ):
        after += 1  # "a 2.91-billion-euro fine": the hyphens only join a compound modifier
    while after < n and tokens[after].kind == "w":
        low = tokens[after].low
        if low in SCALES and low not in ("hundreds",):
            value *= SCALES[low]
        elif low in DOZEN:
            value *= 12
        else:
            break
        scaled = True
        after += 1
    return Number(value, first, after, "digits", scaled=scaled, bare_int=bare and not scaled)


#: what may follow a mantissa in scientific notation: "e", a times sign, a caret
_TIMES = frozenset({"x", "×", "*", "·", "⋅"})
_EXPONENT_STARTS = _TIMES | {"e", "^", "**"}
#: the spaced words that may go on with digits ("1.6 million", "3 x 10^6", "1 point 1")
_WORDS_AFTER_DIGITS = _EXPONENT_STARTS | set(SCALES) | set(DOZEN) | {"point"}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SUPERSCRIPT_START = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_MINUS = ("-", "−", "⁻")
#: powers beyond this overflow a float or are noise
_MAX_EXPONENT = 300


def _power(tokens: list[Token], i: int, mantissa: str) -> tuple[int, int, int, bool] | None:
    """The power after a mantissa, starting at token ``i``: (base, exponent, index after,
    whether the power replaces the mantissa). "e-3" and "×10−5" multiply it; a caret right
    after the digits raises them ("10^6", "2^10"), and so do superscripts after a 10 ("10⁶",
    "10⁻³"; after other digits they are footnote marks). The sign of a caret-less "10-3" only
    counts when all is glued ("5.5x10-3"): spaced, "3 x 10-12" is a size and a range."""
    n = len(tokens)
    t = tokens[i]
    if not touching(tokens, i) and t.low not in _TIMES:
        return None
    if t.low == "e":  # "4e14", "1E-3", "9.83e+05": e glued between digits
        exponent = _signed_digits(tokens, i + 1, glued=True)
        if exponent is None:
            return None
        return 10, exponent[0], exponent[1], False
    if t.text in ("^", "**"):  # "10^6", "2^10": the digits before are the base
        exponent = _signed_digits(tokens, i + 1, glued=True)
        if exponent is None or not mantissa.isdigit() or len(mantissa) > 3 or int(mantissa) < 2:
            return None
        return int(mantissa), exponent[0], exponent[1], True
    if t.text[0] in _SUPERSCRIPT_START:
        exponent = _superscript(tokens, i) if mantissa == "10" else None
        if exponent is None:
            return None
        return 10, exponent[0], exponent[1], True
    # "× 10^6", "x10⁶", "×10−5", "x 2^10"
    j = i + 1
    if j >= n or tokens[j].kind != "n" or not tokens[j].text.isdigit() or len(tokens[j].text) > 3:
        return None
    base = int(tokens[j].text)
    k = j + 1
    if k < n and tokens[k].text in ("^", "**") and touching(tokens, k):
        exponent = _signed_digits(tokens, k + 1, glued=True)
    elif k < n and touching(tokens, k) and (tokens[k].text in ("⁻",) or tokens[k].text.translate(_SUPERSCRIPTS).isdigit()):
        exponent = _superscript(tokens, k)
    elif base == 10 and touching(tokens, i) and touching(tokens, j) and k < n and tokens[k].text in _MINUS:
        exponent = _signed_digits(tokens, k, glued=True)
    else:
        return None
    if exponent is None or base < 2:
        return None
    return base, exponent[0], exponent[1], False


def _times_power(value: float, base: int, exponent: int) -> float:
    """``value`` × base^exponent; powers of ten through the decimal form, so 2.48×10−5 is
    2.48e-05 and not 2.4800000000000003e-05."""
    if base == 10:
        return float(f"{value!r}e{exponent}")
    return value * float(base) ** exponent


def _signed_digits(tokens: list[Token], i: int, glued: bool) -> tuple[int, int] | None:
    """"-3", "−5", "+05", "14" from token ``i``, all glued: (the integer, index after)."""
    n = len(tokens)
    sign = 1
    if i < n and tokens[i].text in (*_MINUS, "+") and (not glued or touching(tokens, i)):
        sign = 1 if tokens[i].text == "+" else -1
        i += 1
    if not (i < n and tokens[i].kind == "n" and tokens[i].text.isdigit() and (not glued or touching(tokens, i))):
        return None
    exponent = sign * int(tokens[i].text[:4])
    if abs(exponent) > _MAX_EXPONENT:
        return None
    return exponent, i + 1


def _superscript(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """"⁶", "⁻³", "¹²": an exponent in superscript digits (the tokenizer calls them a word)."""
    n = len(tokens)
    sign = 1
    if tokens[k].text == "⁻":
        sign = -1
        k += 1
        if not (k < n and touching(tokens, k)):
            return None
    digits = tokens[k].text.translate(_SUPERSCRIPTS)
    if not digits.isdigit() or len(digits) > 3:
        return None
    return sign * int(digits), k + 1


def _slash_fraction(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """"3/4" at token ``i`` (digits, "/", digits, all glued) -> (0.75, index after)."""
    n = len(tokens)
    if not (i + 2 < n and tokens[i + 1].text == "/" and tokens[i + 2].kind == "n"):
        return None
    if not (touching(tokens, i + 1) and touching(tokens, i + 2)):
        return None
    a, b = tokens[i].text, tokens[i + 2].text
    if not (a.isdigit() and b.isdigit()) or len(a) > 4 or len(b) > 4:
        return None
    # a third part makes it a date ("11/02/2007"); a leading zero too ("05/06")
    if i + 3 < n and tokens[i + 3].text == "/" and touching(tokens, i + 3):
        return None
    if a.startswith("0") or b.startswith("0") or int(b) == 0:
        return None
    if len(a) == 4 and 1800 <= int(a) <= 2100 and int(b) in (int(a) + 1, (int(a) + 1) % 100):
        return None  # "2015/2016", "2017/18": a financial or school year, not a fraction
    return int(a) / int(b), i + 3


def _past_hyphen(tokens: list[Token], k: int) -> int:
    """``k + 1`` when ``tokens[k]`` is a hyphen touching the words on both sides ("two-and-a-half"), else ``k``."""
    if k + 1 < len(tokens) and tokens[k].text == "-" and touching(tokens, k) and touching(tokens, k + 1):
        return k + 1
    return k


def _read_word_number(tokens: list[Token], i: int) -> Number | None:
    low = tokens[i].low
    n = len(tokens)
    vague = _vague_at(tokens, i)
    if vague is not None:
        key, after = vague
        lo, hi = VAGUE[key]
        # "hundreds" alone must look like an amount, not a scale in a longer number
        return Number(None, i, after, "vague", low=lo, high=hi)
    if low in ("a", "an", "one") and i + 1 < n:
        k = i + 1
        if tokens[k].text in ("-",) and touching(tokens, k):
            k += 1
        frac = read_fraction_word(tokens, k, None)
        if frac is not None:
            m = frac[1]
            if (m + 2 < n and tokens[m].low == "of" and tokens[m + 1].low in ("a", "an")
                    and (tokens[m + 2].low in SCALES or tokens[m + 2].low == "dozen")):
                # "a quarter of a million" is 250,000, not a share beside a million
                scale = DOZEN["dozen"] if tokens[m + 2].low == "dozen" else SCALES[tokens[m + 2].low]
                return Number(frac[0] * scale, i, m + 3, "words", scaled=True)
            return Number(frac[0], i, frac[1], "fraction")
        if low != "one" and k < n and tokens[k].low in ("couple", "pair"):
            after = k + 1
            if after < n and tokens[after].low == "of":
                after += 0  # "a couple of" keeps "of" out of the span: it belongs to the noun
            return Number(2.0, i, after, "words")
    if low in ("a", "an") and i + 1 < n and tokens[i + 1].low in A_UNITS:
        return Number(1.0, i, i + 1, "words")
    if low in ("half", "quarter") and low in FRACTIONS:
        # "half a million", "a quarter of a million", "half a dozen": a fraction of a scale
        k = _past_hyphen(tokens, i + 1)  # "half-a-dozen" is written with hyphens too
        k += k < n and tokens[k].low == "of"
        s = _past_hyphen(tokens, k + 1) if k + 1 < n else k + 1
        if s < n and tokens[k].low in ("a", "an") and (tokens[s].low in SCALES or tokens[s].low == "dozen"):
            scale = DOZEN["dozen"] if tokens[s].low == "dozen" else SCALES[tokens[s].low]
            return Number(scale / FRACTIONS[low], i, s + 1, "words", scaled=True)
        return Number(1 / FRACTIONS[low], i, i + 1, "fraction")
    spoken = read_spoken_digits(tokens, i)
    if spoken is not None:
        return Number(spoken[0], i, spoken[1], "words")
    words = read_words(tokens, i)
    if words is None:
        return None
    value, after = words
    # "two point two million", "one point five"
    if after < n and tokens[after].low == "point" and value < 1000:
        dec = read_point_decimals(tokens, after + 1)
        if dec is not None:
            value += dec[0]
            after = dec[1]
            # a large scale multiplies a spoken decimal ("two point two million"); "hundred"
            # does not: "one point two hundred thirty-six" is 1.2 then 136
            while after < n and tokens[after].low in SCALES and tokens[after].low not in ("hundred", "hundreds"):
                value *= SCALES[tokens[after].low]
                after += 1
    # "two-thirds", "three quarters"
    k = after
    if k < n and tokens[k].text == "-" and touching(tokens, k):
        k += 1
    frac = read_fraction_word(tokens, k, value) if value < 100 else None
    if frac is not None and tokens[after - 1].low in UNITS:
        return Number(frac[0], i, frac[1], "fraction")
    # "two and a half", "one and a quarter", "two and three eighths", "two-and-a-half"
    joined = _past_hyphen(tokens, after)
    if joined + 1 < n and tokens[joined].low == "and":
        k = _past_hyphen(tokens, joined + 1)
        nxt = tokens[k].low
        part = None
        if nxt in ("a", "an", "one") and k + 1 < n:
            part = read_fraction_word(tokens, _past_hyphen(tokens, k + 1), None)
        elif nxt in UNITS and k + 1 < n:
            part = read_fraction_word(tokens, _past_hyphen(tokens, k + 1), float(UNITS[nxt]))
        if part is not None and part[0] < 1:
            total, after = value + part[0], part[1]
            scaled = False
            while after < n and tokens[after].low in SCALES and tokens[after].low != "hundreds":
                total *= SCALES[tokens[after].low]  # "two and a half million"
                after += 1
                scaled = True
            return Number(total, i, after, "words" if scaled else "fraction", scaled=scaled)
    return Number(value, i, after, "words", scaled=any(tokens[x].low in SCALES for x in range(i, after)))
