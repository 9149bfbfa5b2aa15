"""The grammar of quantities: find every quantity mention in a text.

    >>> [q.text for q in find_quantities("Pakistan expelled more than 80,000 Afghans, 52% of them")]
    ['more than 80,000', '52%']

A mention is: hedge words + currency + number + scale + unit, or a range ("between 20 and 30",
"2,000-4,000"), or a vague amount ("tens of thousands"). Numbers that say when are read with
a kind of their own (``dates``): "date" ("31 March 2025"), "year" ("in 2023", "the 1990s") and
"period", a duration that only bounds another figure's time ("in just over two weeks");
``find_figures`` leaves them out, and claims are made of figures only. What reads as a number
but is no quantity at all is left out (``filters``): clock times, ordinals, identifiers
("COVID-19", "Article 370"), phone numbers, code, the pronoun "one" ("no one", "one of"), and a
small number after a definite article ("the two countries": known entities, not a count).

Shares have ONE scale: kind "percent", value and low/high in 0-100, whether written "52%",
"52 per cent", "half" (50), "a third" (33.3) or "two-thirds" (66.7); so the judge compares
like with like and never a share with a count.

The scanner walks a token list once (``tokens.tokenize``: one linear regex), so time grows with
the text, never with how the text is shaped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from operator import itemgetter

from crosscheck.extract.amounts import Number, parse_digits, read_number
from crosscheck.extract.dates import (
    TIME_KINDS,
    four_digit_year,
    is_clock_time,
    read_date_or_year,
    read_time_bound,
)
from crosscheck.extract.filters import (
    is_band_of_a_scale,
    names_a_thing,
    not_a_quantity,
    score_after,
)
from crosscheck.extract.hedges import (
    DOZEN,
    EXACT_WORDS,
    JUST_PAST_HEDGES,
    MAX_HEDGE_WORDS,
    NEAR_HEDGES,
    NEAR_SHARE,
    POST_HEDGES,
    PRE_HEDGES,
    SHARE_IN_WORDS_STEP,
    VAGUE,
    interval,
    interval_with_step,
    rounding_step,
)
from crosscheck.extract.reading import Reading
from crosscheck.extract.tokens import Token, sentence_tokens, tokenize, touching
from crosscheck.extract.units import (
    A_UNITS,
    BARRELS_A_DAY,
    CASE_SENSITIVE_CODES,
    COMPOUND_STARTS,
    CROP_TRADE_UNITS,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    DURATIONS,
    GLUED_ONLY,
    IDENTIFIER_NOUNS,
    MEASURES,
    MONEY_PER,
    MONTHS,
    OPEN_AGE_BANDS,
    RATE_PERIODS,
    RATE_UNITS,
    RATE_WORDS,
    SHILLING_PREFIXES,
    SPACED_AS_WRITTEN,
    read_compound_unit,
)
from crosscheck.extract.words import (
    A_BEFORE,
    FRACTIONS,
    NUMBER_WORDS,
    SCALES,
    TENS,
    UNITS,
    split_glued,
)
from crosscheck.model import HedgeClass, Quantity

_STARTERS = (
    set(PRE_HEDGES) | NUMBER_WORDS | set(SCALES) | set(FRACTIONS)
    | {"a", "an", "between", "from", "minus", "negative", "several", "tens", "scores", "dozens",
       "many", "magnitude", "o", "oh"} | set("½⅓⅔¼¾⅛")
)
_STARTER_FIRST_WORDS = {k.split()[0] for k in _STARTERS} | {
    tokenize(k)[0].low for k in CURRENCY_PREFIX
}
_PERCENT_WORDS = {"percent": "%", "per cent": "%", "pc": "%", "percentage points": "pp",
                  "percentage point": "pp", "pct": "%", "per cent points": "pp", "per cent point": "pp",
                  "percent points": "pp", "percent point": "pp", "basis points": "bp", "basis point": "bp",
                  "ppt": "pp", "ppts": "pp",
                  # "a 9 percentage-point lead", "a 75 basis-point hike": the unit's words hyphened
                  "percentage-point": "pp", "percentage-points": "pp", "basis-point": "bp", "basis-points": "bp"}


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity mention in ``text``, sorted by start, non-overlapping: figures, and the
    numbers that say when (kinds in ``TIME_KINDS``: date, year, time, period).

    Never raises on any text; no blanket ``except`` hides a grammar bug (hypothesis proves the
    claim in tests/test_robustness.py)."""
    return _scan(text)


def is_figure(q: Quantity) -> bool:
    """A mention a claim can be made of: not a date, year or time bound."""
    return q.kind not in TIME_KINDS


def find_figures(text: str, offset: int = 0) -> list[Quantity]:
    """The mentions of ``find_quantities`` a claim can be made of (``is_figure``), their offsets
    moved by ``offset``: a sentence's figures read straight into article offsets, so a claim
    does not build its quantity twice."""
    return [q for q in _scan(text, offset) if q.kind not in TIME_KINDS]


#: a cheap first pass: where a number could be. Only text near a hit is tokenized, so prose
#: without numbers costs one regex scan.
_CANDIDATE_WORDS = frozenset(
    NUMBER_WORDS | set(SCALES) | set(FRACTIONS) | A_UNITS
    | {"dozen", "dozens", "scores", "tens", "couple", "pair", "kg", "lb"}
)
#: first three letters of every tens word: what a glued compound ("twentyone") must open with
_TENS_PREFIXES = frozenset(word[:3] for word in TENS)
#: every token (lower case) that may open a figure besides digits and symbols: starter words,
#: compounds written without the hyphen ("twentyone"), and a sign or point before digits
_OPENERS = frozenset(
    _STARTER_FIRST_WORDS
    | {tens + unit for tens in TENS for unit in UNITS if split_glued(tens + unit) is not None}
    | {"-", "−", "."}
)
_TENS_STEMS = ("twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS_WORD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_TENS_STEMS) + ")", re.IGNORECASE)
#: digits and money or fraction signs open a window at once; words are checked one by one,
#: and only in the stretches no digit has opened yet, so number-dense text is not walked word
#: by word in Python
_DIGIT_OR_SIGN = re.compile(r"\d+|[$£€¥₹½⅓⅔¼¾⅛]")
_WORD = re.compile(r"[^\W\d_]+")
_BEFORE, _AFTER = 80, 160
#: characters of hedge ("just over", "an estimated", "as many as") a window keeps before its edge
_HEDGE_REACH = 40
_START = itemgetter(0)
#: signs of comparison that hedge a figure in prose even with a space after them ("found > 200 men")
_SPACED_SIGNS = frozenset({">", "<", "≥", "≤"})


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching (start, end) stretches joined; input sorted by start."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_DIGITISH = r"[\d$£€¥₹½⅓⅔¼¾⅛]"
#: a run of digits whose gaps are short enough for their windows to merge: one match per
#: merged window, so text with 25,000 figures costs one C-level match, not 25,000
#: (the gap is possessive: a shorter gap is never followed by a digit either, so the engine
#: need not try them all once the last digit is behind it)
_DIGIT_CLUSTER = re.compile(
    rf"{_DIGITISH}(?:[^\d$£€¥₹½⅓⅔¼¾⅛]{{0,{_BEFORE + _AFTER}}}+{_DIGITISH})*"
)


def _digit_spans(text: str) -> list[tuple[int, int]]:
    """The merged windows around digits (``_BEFORE`` before, ``_AFTER`` after each)."""
    n = len(text)
    return [(max(0, m.start() - _BEFORE), min(n, m.end() + _AFTER)) for m in _DIGIT_CLUSTER.finditer(text)]


def _may_hold_tens_word(text: str) -> bool:
    """False only when ``_TENS_WORD`` cannot match anywhere in ``text``: no tens stem in its
    case folding (what the pattern's IGNORECASE matches, but for the dotted and dotless i,
    which fold differently, so their presence answers True). A substring test at C speed
    instead of a look-behind at every position of every sentence."""
    if "İ" in text or "ı" in text:
        return True
    folded = text.casefold()
    return any(stem in folded for stem in _TENS_STEMS)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around candidate numbers, merged, cut at whitespace."""
    n = len(text)
    digit_spans = _digit_spans(text)
    word_spans: list[tuple[int, int]] = []
    pos = 0
    tens: bool | None = None  # asked once, and only of a text with a gap to check
    for gap_end, next_pos in [*digit_spans, (n, n)]:
        while 0 < pos < n and text[pos - 1].isalpha():
            pos -= 1  # a word the last window cut in two is read whole
        if pos >= gap_end:
            pos = next_pos
            continue  # no gap: the windows around two digits touch
        if _CANDIDATE_WORDS.isdisjoint(map(str.lower, _WORD.findall(text, pos, gap_end))):
            if tens is None:
                tens = _may_hold_tens_word(text)
            if not tens or _TENS_WORD.search(text, pos, gap_end) is None:
                pos = next_pos
                continue  # prose without a number word: checked at C speed, word by word in Python never
        word_spans += [
            (max(0, m.start() - _BEFORE), min(n, m.end() + _AFTER))
            for m in _WORD.finditer(text, pos, gap_end)
            if (low := m.group().lower()) in _CANDIDATE_WORDS or low.startswith(_TENS_STEMS)
        ]
        pos = next_pos
    spans = _merge(sorted(digit_spans + word_spans)) if word_spans else digit_spans
    out = []
    for a, b in spans:
        # A number word just inside a window's left edge (the edge of a later digit's window:
        # "With almost half the votes ... at least 50") keeps the hedge words before it.
        a = max(0, a - _HEDGE_REACH)
        # widen to whitespace so no token is cut in two
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < n and not text[b].isspace():
            b += 1
        out.append((a, b))
    return _merge(out)


#: a long window is read in pieces of about this many characters, each with this much context
#: on both sides; a quantity is kept by the piece it starts in. Short token lists keep memory
#: (and the garbage collector's work) flat, so 1 MB of figures reads as fast as 1 KB, per figure.
_PIECE, _CONTEXT = 20_000, 200


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cut [a, b) at whitespace into stretches of about ``_PIECE`` characters."""
    cuts = [a]
    while b - cuts[-1] > _PIECE + _CONTEXT:
        cut = text.find(" ", cuts[-1] + _PIECE, b)
        if cut == -1 or b - cut < _CONTEXT:
            break
        cuts.append(cut)
    cuts.append(b)
    return list(pairwise(cuts))


#: a text up to this long is a sentence: tokenized once, whole (``tokens.sentence_tokens``,
#: which frames reads right after), and each window reads its stretch of those tokens
_SENTENCE = 2_000


def _scan(text: str, offset: int = 0) -> list[Quantity]:
    return _shared_price_units(text, list(_quantities(text, offset)), offset)


#: the unit a price is given per, after the bracket of the same price in another currency: "$2.95
#: (Sh381) *per kilo*"
_PER_AFTER_BRACKET = re.compile(r"\s*\)\s*(?:per|a|an)\s+(\w+)")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
#: the first price of a move from one to another: "from $2.54 ... to $2.41 per kilogram"
_TO_THE_NEXT = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?to\s+$")


def _shared_price_units(text: str, found: list[Quantity], offset: int) -> list[Quantity]:
    """Prices that share the unit written once after them: a price and its conversion in brackets
    ("$2.95 (Sh381) per kilo": both per kg), and the first price of "from A to B per kilogram"."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind != "money" or b.kind != "money" or "per" in (a.unit or "") or "per" in (b.unit or ""):
            continue
        if _OPEN_BRACKET.fullmatch(text, a.end - offset, b.start - offset):
            per = _PER_AFTER_BRACKET.match(text, b.end - offset)
            unit = RATE_UNITS.get(per.group(1).lower()) if per else None
            if unit is not None:
                out[i] = replace(a, unit=f"{a.unit} per {unit}")
                out[i + 1] = replace(b, unit=f"{b.unit} per {unit}")
    for i, a in enumerate(out):
        if a.kind != "money" or "per" in (a.unit or "") \
                or not text[max(0, a.start - offset - 5):a.start - offset].lower().endswith("from "):
            continue
        # "from $2.54 (Sh326) to $2.41 (Sh311) per kilogram": the next price past the bracket
        inner = i + 1 if i + 1 < len(out) and _OPEN_BRACKET.fullmatch(text, a.end - offset, out[i + 1].start - offset) else None
        j = i + 2 if inner is not None else i + 1
        if j >= len(out) or out[j].kind != "money" or " per " not in (out[j].unit or "") \
                or not _TO_THE_NEXT.fullmatch(text, a.end - offset, out[j].start - offset):
            continue
        shared = (out[j].unit or "").split(" per ", 1)[1]
        out[i] = replace(a, unit=f"{a.unit} per {shared}")
        if inner is not None and out[inner].kind == "money" and "per" not in (out[inner].unit or ""):
            out[inner] = replace(out[inner], unit=f"{out[inner].unit} per {shared}")
    return out


def has_figure(text: str) -> bool:
    """``bool(find_figures(text))``, read no further than the first figure."""
    return any(q.kind not in TIME_KINDS for q in _quantities(text))


def _quantities(text: str, offset: int = 0) -> Iterator[Quantity]:
    """The quantities of ``find_quantities``, window by window, as they are read."""
    end = -1  # where the last quantity given ends: a later one starting inside it is dropped
    windows = _windows(text)
    if windows and len(text) <= _SENTENCE:
        # Windows are cut at white space, which no token crosses, so the tokens starting in
        # a window are the ones tokenizing the window alone would give.
        tokens = sentence_tokens(text)
        for a, b in windows:
            window = tokens[bisect_left(tokens, a, key=_START) : bisect_left(tokens, b, key=_START)]
            for q in _scan_window(text, window, offset):  # type: ignore[arg-type]
                if q.start >= end:
                    end = q.end
                    yield q
        return
    for a, b in windows:
        for lo, hi in _pieces(text, a, b):
            ctx_lo = a if lo == a else _widen_left(text, max(a, lo - _CONTEXT))
            ctx_hi = b if hi == b else _widen_right(text, min(b, hi + _CONTEXT))
            for q in _scan_window(text, tokenize(text[ctx_lo:ctx_hi], ctx_lo), offset):
                if q.start - offset < lo or q.start - offset >= hi:
                    continue  # read with its full context by the neighbouring piece
                if q.start >= end:
                    end = q.end
                    yield q


def _widen_left(text: str, i: int) -> int:
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _widen_right(text: str, i: int) -> int:
    n = len(text)
    while i < n and not text[i].isspace():
        i += 1
    return i


def _scan_window(text: str, tokens: list[Token], offset: int = 0) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0  # the first token not yet read into a quantity
    # one set lookup per token: digits and symbols, or a word or sign that may open a figure
    # ("-5" and ".5" are checked below: a full stop opens none)
    starts = [k for k, t in enumerate(tokens) if t[4] in "ns" or t[3] in _OPENERS]
    last: Reading | None = None
    for k in starts:
        if k < i:
            continue
        t = tokens[k]
        if t.kind == "p" and not (k + 1 < len(tokens) and tokens[k + 1].kind == "n" and (
                tokens[k + 1].start == t.end or (t.text in _SPACED_SIGNS and k > 0 and tokens[k - 1].kind == "w"))):
            continue  # "-5", ".5", "found > 200" open a figure; a full stop does not
        if t.low in ("a", "an") and (k + 1 == len(tokens) or tokens[k + 1].low not in _AFTER_ARTICLE):
            continue  # "a", "an" start a figure only before these ("a dozen", "a third", "a few hundred")
        if t.kind == "w" and t.low not in _SELF_STARTERS and not (len(t.low) >= 7 and split_glued(t.low)):
            if t.low in _HEDGE_ONLY_WORDS and (
                not _may_open_hedge(tokens, k) or _match_hedge(tokens, k) is None
            ):
                continue  # "on", "over", "up": a hedge's first word with no hedge here
            if not _number_ahead(tokens, k):
                continue  # a hedge or currency word with no number close behind it
        reading, skip_to = _read_at(text, tokens, k)
        if reading is not None:
            if last is not None and reading.kind == "count":
                _share_compared_unit(tokens, last, reading)
            out.append(_to_quantity(text, tokens, reading, offset))
            last = reading
            i = reading.after
        else:
            i = max(k + 1, skip_to)
    return out


#: words before a second figure that compare it with the one before ("36.7 million tonnes, down
#: from 36.8 million"; "5.02 million hectares versus 4.98 million")
_COMPARED_WITH = frozenset({"from", "versus", "vs", "against", "than"})


def _share_compared_unit(tokens: list[Token], before: Reading, r: Reading) -> None:
    """"36.7 million tonnes, down slightly from 36.8 million": a scaled figure with no unit of its
    own, compared with a measure or an amount of money of the same scale just before it, is in
    the same unit; "from 36.8 million people" keeps its noun."""
    if r.unit is not None or not r.number.scaled or before.unit is None or before.kind not in ("measure", "money") \
            or not before.number.scaled or r.first - before.after > 8:
        return
    lead = r.hedge_first if r.hedge_first >= 0 else r.first
    if lead == 0 or tokens[lead - 1].low not in _COMPARED_WITH:
        return
    if _noun_at(tokens, r.after) and tokens[r.after].low not in ("last", "next", "earlier", "previously", "before"):
        return
    if before.kind == "money" and before.unit.split()[0] in ("PENCE",):
        return
    r.kind, r.unit = before.kind, before.unit


#: words that are amounts by themselves ("three", "dozens", "half"); other starters need a
#: number within a few tokens
_SELF_STARTERS = NUMBER_WORDS | set(FRACTIONS) | set("½⅓⅔¼¾⅛") | {"a", "an", "tens", "scores", "dozens",
                                                   "hundreds", "thousands", "millions",
                                                   "billions", "trillions", "several", "lakhs", "crores",
                                                   # a bare scale word is one of it ("thousand
                                                   # thousand" is 1000 twice)
                                                   "hundred", "thousand", "million", "billion",
                                                   "trillion", "o", "oh"}


def _number_ahead(tokens: list[Token], i: int) -> bool:
    for k in range(i + 1, min(len(tokens), i + MAX_HEDGE_WORDS + 3)):
        tok = tokens[k]
        if tok.kind in ("n", "s") or tok.low in _SELF_STARTERS or (len(tok.low) >= 7 and split_glued(tok.low)):
            return True
    return False


def _prefixes(table: dict) -> frozenset[str]:
    """Every leading piece of every key: a phrase lookup stops at the first token that leads
    nowhere instead of trying every longer key."""
    return frozenset(key[:k] for key in table for k in range(1, len(key) + 1))


def _may_open_hedge(tokens: list[Token], i: int) -> bool:
    """Cheap pre-test for ``_match_hedge``: the word is a hedge, or it and the next token
    begin one ("on Sunday" begins none)."""
    low = tokens[i].low
    if "’" in low:
        low = low.replace("’", "'")
    if low in PRE_HEDGES or i + 1 >= len(tokens):
        return low in PRE_HEDGES
    nxt = tokens[i + 1].low
    return nxt in _HEDGE_SECOND.get(low, ()) or "’" in nxt


def _match_hedge(tokens: list[Token], i: int) -> tuple[HedgeClass, int] | None:
    """The longest pre-hedge starting at ``i``: (class, index after it)."""
    if i >= len(tokens):
        return None
    best = None
    key = ""
    low = tokens[i].low
    if low not in PRE_HEDGES and (i + 1 >= len(tokens) or (tokens[i + 1].low not in _HEDGE_SECOND.get(low, ()) and "’" not in low + tokens[i + 1].low)):
        return None  # "a hundred", "in Kabul": no hedge opens with these two tokens
    for k in range(i, min(len(tokens), i + MAX_HEDGE_WORDS + 1)):
        tok = tokens[k]
        if tok.kind == "n":
            break
        key = tok.low if k == i else key + ("" if touching(tokens, k) else " ") + tok.low
        key = key.replace("’", "'")
        if key not in _HEDGE_PREFIXES:
            break
        if key in PRE_HEDGES:
            best = (PRE_HEDGES[key], k + 1)
    return best


def _match_phrase(tokens: list[Token], i: int, table: dict[str, str], max_words: int = 3) -> tuple[str, int] | None:
    """Longest key of ``table`` spelled by tokens from ``i`` (glued tokens join without space)."""
    prefixes = _PHRASE_PREFIXES.get(id(table))
    if prefixes is not None and tokens[i].low not in prefixes:
        return None
    best = None
    key = ""
    for k in range(i, min(len(tokens), i + max_words)):
        tok = tokens[k]
        key = tok.low if k == i else key + ("" if touching(tokens, k) else " ") + tok.low
        if prefixes is not None and key not in prefixes:
            break
        if key in table:
            best = (table[key], k + 1)
    return best


_HEDGE_PREFIXES = _prefixes(PRE_HEDGES)


def _after_article() -> frozenset[str]:
    """Every token that may follow "a"/"an" in a figure: a scale, fraction or unit for one
    ("a dozen", "a third", "a kilogram"), "couple", a vague amount's ("a few hundred"), a hedge's
    ("a little over", "an estimated"), a currency's ("A$"), a hyphen ("a-third")."""
    seconds: set[str] = set(A_BEFORE) | set(FRACTIONS) | A_UNITS | {"couple", "pair", "-", "‐"}
    for table in (PRE_HEDGES, VAGUE, CURRENCY_PREFIX):
        for key in table:
            toks = tokenize(key)
            if len(toks) >= 2 and toks[0].low in ("a", "an"):
                seconds.add(toks[1].low)
    return frozenset(seconds)


_AFTER_ARTICLE = _after_article()
#: hedge word -> every token that may follow it inside a hedge ("on" -> "the"; "approx" -> ".")
_HEDGE_SECOND: dict[str, set[str]] = {}
for _prefix in _HEDGE_PREFIXES:
    _toks = tokenize(_prefix)
    if len(_toks) >= 2:
        _HEDGE_SECOND.setdefault(_toks[0].low, set()).add(_toks[1].low)
#: the phrase tables this module looks up, by identity (dicts are not hashable)
_PHRASE_PREFIXES: dict[int, frozenset[str]] = {
    id(table): _prefixes(table)
    for table in (CURRENCY_PREFIX, CURRENCY_SUFFIX, MEASURES, POST_HEDGES, _PERCENT_WORDS, RATE_UNITS)
}
#: words that can only start a quantity as the first word of a hedge ("on the order of")
_HEDGE_ONLY_WORDS = frozenset(
    {tokenize(key)[0].low for key in PRE_HEDGES}
    - (_SELF_STARTERS | set(SCALES) | {"a", "an", "between", "from", "minus", "negative", "magnitude", "many"}
       | {tokenize(k)[0].low for k in CURRENCY_PREFIX})
)


#: currency prefixes written in mixed case, not in capitals as a code is: the rupee's "Rs" and the
#: East African shillings ("KSh", "USh", "TSh")
_MIXED_CASE_PREFIXES = frozenset({"rs", "rs.", "ksh"} | SHILLING_PREFIXES)


def _currency_before(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A currency written before the number at ``i``: "$", "US$", "Rs.", "EUR"."""
    hit = _match_phrase(tokens, i, CURRENCY_PREFIX, 3)
    if hit is None:
        return None
    code, after = hit
    word = tokens[i].low
    if word in CASE_SENSITIVE_CODES and not tokens[i].text.isupper():
        return None
    if word in SHILLING_PREFIXES and (not tokens[i].text[:1].isupper() or after >= len(tokens)
                                      or not (touching(tokens, after) or tokens[after - 1].text == ".")):
        return None  # "Sh2.1 billion", "Sh. 40": a bare "Sh" apart from a number is no currency
    if tokens[i].kind == "w" and len(word) == 3 and not tokens[i].text.isupper() and word not in _MIXED_CASE_PREFIXES:
        return None  # "eur" in lower case is rare; "try", "php" are words
    if after < len(tokens) and (tokens[after].kind == "n" or tokens[after].text == "."):
        return code, after
    if after + 1 < len(tokens) and tokens[after].text in ("-", "−") and tokens[after + 1].kind == "n":
        return code, after  # "$-99.99": the sign comes after the currency
    if after < len(tokens) and tokens[after].kind == "w":
        return code, after  # "$ ten", "Rs twenty"
    return None


def _read_lead(tokens: list[Token], i: int) -> tuple[
    tuple[HedgeClass, int] | None, HedgeClass, int, int, str, bool, bool, tuple[str, int] | None, int
]:
    """What comes before the number: hedge, range intro, "magnitude", sign, currency."""
    n = len(tokens)
    j = i
    hedge = _match_hedge(tokens, j)
    hedge_cls: HedgeClass = "exact"
    hedge_first = hedge_after = -1
    if hedge is not None:
        hedge_cls, after = hedge
        # "some" and "about" only hedge a number that follows at once
        hedge_first, hedge_after = j, after
        j = after
        j = _past_an_addition(tokens, j)
        j = _past_the_mark(tokens, j)
    range_intro = ""
    if j < n and tokens[j].low in ("between", "from") and hedge is None or (
        j < n and tokens[j].low == "between"
    ):
        range_intro = tokens[j].low
        j += 1
    magnitude = False
    if j < n and tokens[j].low == "magnitude" and j + 1 < n and tokens[j + 1].kind == "n":
        magnitude = True  # "a magnitude 6.4 aftershock"
        j += 1
    negative = False
    if j < n and tokens[j].low == "minus" and j >= 2 and tokens[j - 2].low == "plus" and tokens[j - 1].low == "or":
        j += 1  # "plus or minus two points": a margin either way, no negative figure
    elif j < n and tokens[j].low in ("minus", "negative"):
        negative = True
        j += 1
        if j + 1 < n and tokens[j].text in ("-", "−") and touching(tokens, j) and tokens[j + 1].kind == "n":
            j += 1  # "negative-5": the hyphen only joins the sign word to the digits
    currency = None
    if j < n:
        currency = _currency_before(tokens, j)
        if currency is not None:
            j = currency[1]
    if j < n and tokens[j].text in ("-", "−") and j + 1 < n and tokens[j + 1].kind == "n" and touching(tokens, j + 1):
        if j == 0 or not touching(tokens, j) or currency is not None or tokens[j - 1].text in ("(", "["):
            negative = True  # "-5", "$-99.99", "(-5%)"; not "COVID-19"
            j += 1
    return hedge, hedge_cls, hedge_first, hedge_after, range_intro, magnitude, negative, currency, j


#: words between a hedge and its figure that say the figure is added to another ("up to an
#: additional $3 a share", "as many as another 500"): the hedge still bounds the figure
_ADDITIONS = frozenset({"additional", "extra", "further", "another"})


def _past_an_addition(tokens: list[Token], j: int) -> int:
    """Index after "an additional", "a further", "another" ... when a number follows, else ``j``."""
    k = j + 1 if j < len(tokens) and tokens[j].low in ("a", "an") else j
    if k < len(tokens) and tokens[k].low in _ADDITIONS and k + 1 < len(tokens) and (tokens[k + 1].kind == "n" or _currency_before(tokens, k + 1) is not None):
        return k + 1
    return j


#: nouns of a round figure passed or not yet reached: "crossed *the* $75 billion *mark*"
_MARKS = frozenset("mark milestone threshold barrier level".split())
#: what may stand between "the" and such a noun: the figure itself, with its scale and sign
_IN_A_MARK = frozenset("thousand million billion trillion percent per cent %".split())


def _past_the_mark(tokens: list[Token], j: int) -> int:
    """Index after "the" when a figure named as a mark follows ("beyond the $4 trillion mark",
    "topped the 1,000 mark"): the hedge bounds that figure; else ``j``."""
    if j >= len(tokens) or tokens[j].low != "the":
        return j
    seen_number, words = False, 0
    for k in range(j + 1, min(len(tokens), j + 9)):
        tok = tokens[k]
        if tok.low in _MARKS:
            return j + 1 if seen_number else j
        if tok.kind == "n" or tok.low in _IN_A_MARK or (tok.kind == "s" and k == j + 1):
            seen_number = seen_number or tok.kind == "n"
            continue
        words += 1  # what the mark is of: "the $75 billion *quarterly revenue* mark"
        if not (seen_number and tok.kind == "w" and tok.text.islower() and words <= 2):
            return j
    return j


#: words before "top" that make it a verb ("could top 10,000", "is set to top $5bn")
_TOP_AS_A_VERB = frozenset("to could would may might will should can must 'll ’ll".split())
#: verbs of speech and thought whose "about" is their preposition, not a hedge: "we are
#: talking about 41 deaths" says 41, "worried about 300 jobs" 300 ("killed about 300" hedges)
_ABOUT_AS_A_PREPOSITION = frozenset(
    "talk talks talked talking speak speaks spoke spoken speaking think thinks thought thinking "
    "worry worries worried worrying care cares cared caring know knows knew known hear hears heard "
    "learn learns learned learnt ask asks asked asking write writes wrote written writing "
    "complain complains complained concerned anxious nervous".split()
)
#: nouns after which "over" means "about", not "more than" ("a row over $2bn in aid")
_OVER_MEANS_BECAUSE = frozenset(
    "row rows dispute disputes clash clashes protest protests anger outrage concern concerns fears "
    "worries talks battle fight feud standoff criticism".split()
)
#: what a figure after "over" may be the amount of when "over" means "because of" ("jailed
#: for 12 years over $3.4m fraud"): "arrested over 300 people" still hedges its count
_CAUSE_NOUNS = frozenset(
    "fraud frauds scam scams theft thefts embezzlement scandal scandals bribe bribes bribery "
    "debt debts loan loans deal deals contract contracts claim claims dispute payout payouts "
    "tax taxes fine fines bill bills heist robbery".split()
)


#: verbs whose "up" is a particle of the move, not the start of "up to" ("ticked up to 4.2%",
#: "edged up to 34.3 hours", "was revised up to 14,000"); "killed up to 200" still hedges
_MOVES_UP = frozenset(
    "tick ticks ticked ticking edge edges edged edging inch inches inched inching creep creeps crept "
    "move moves moved moving go goes went gone going shoot shoots shot nudge nudges nudged bump bumps "
    "bumped revise revises revised revising ratchet ratchets ratcheted pick picks picked climb climbs "
    "climbed climbing jump jumps jumped jumping rise rises rose risen rising".split()
)
#: verbs of a change before "from A to B": the old and the new level, no range ("the rate
#: rose (slightly,) from 5.1% to 5.3%"); "could range from $30bn to $50bn" is a range
_CHANGES = frozenset(
    "rose risen rise rises rising fell fallen falls falling climbed climbs grew grows increased increases "
    "decreased decreases declined declines dropped drops jumped jumps ticked edged inched crept dipped "
    "slipped eased slowed surged soared plunged tumbled sank slid moved went revised adjusted raised "
    "lowered cut hiked lifted trimmed lost gained added shed slumped rallied advanced retreated "
    "grown gains loses sheds adds declining dropping climbing gaining losing shedding adding sliding "
    "slipping dipping jumping surging soaring plunging tumbling sinking increasing decreasing".split()
)
#: adverbs of a move said right before the figure ("Tarnwell, down 8.1p to 162.35p", "Gold up
#: 0.43% to 1,168.80"): the figure is the change, and "to" names the level it reached
_MOVE_ADVERBS = frozenset("up down higher lower".split())


def _after_a_change(tokens: list[Token], i: int) -> bool:
    """A verb of change stands right before token ``i`` ("from"), past an adverb, a comma or a
    particle: "rose slightly, from", "ticked up from", "was revised down from"."""
    if i > 0 and tokens[i - 1].low in _MOVE_ADVERBS and tokens[i].kind == "n":
        return True
    k = i - 1
    while k >= 0 and (tokens[k].text in (",", "—", "–") or tokens[k].low in ("up", "down", "sharply", "slightly")
                      or (tokens[k].kind == "w" and tokens[k].low.endswith("ly") and len(tokens[k].low) > 5)):
        k -= 1
    if k >= 0 and tokens[k].low in _CHANGES:
        return True
    if i > 1 and tokens[i - 1].low == "or" and tokens[i - 2].kind != "w" or i > 2 and tokens[i - 1].low == "or" \
            and tokens[i - 2].low in ("%", "percent", "cent", "points", "pence", "p", "cents"):
        # "declining 7 per cent or 24.6p to 327p": the change said twice, then the level reached
        k = i - 2
        while k >= 0 and i - k < 8 and (tokens[k].kind == "n" or tokens[k].low in ("%", "percent", "per", "cent", "points", "pence", "p", "cents", "$", "£", "€")):
            k -= 1
        return k >= 0 and (tokens[k].low in _CHANGES or tokens[k].low in _MOVE_ADVERBS)
    if i > 0 and tokens[i - 1].text in (",", "–", "—"):
        # "a 12% increase in recorded thefts, from 540 to 605", "increased by 12% year-on-year,
        # from 627 to 701", "a rise of two points – from 3% to 5%": a change named earlier in
        # the clause, the figures after the comma or dash its old and new level
        for k in range(i - 2, max(-1, i - 13), -1):
            if tokens[k].text in (".", ";", ":") or (tokens[k].text == "," and k < i - 1):
                return False
            if tokens[k].low in _CHANGE_NOUNS or tokens[k].low in _CHANGES:
                return True
    return False


#: words that deny what follows them ("not", "never", "didn't")
_NEGATIONS = frozenset("not never n't didn't doesn't don't won't wouldn't can't cannot couldn't "
                       "isn't wasn't aren't weren't shouldn't hasn't haven't hadn't".split())
#: the bound a denied hedge leaves: "not more than 42" is at most 42, "not less than 60" at least 60
_NEGATED_BOUND: dict[HedgeClass, HedgeClass] = {"more": "upto", "less": "atleast"}


def _negated(tokens: list[Token], i: int) -> bool:
    """A negation stands right before the hedge at ``i``, or before the one verb that governs it
    ("not more than", "would not get more than", "didn't kill more than")."""
    if i > 0 and tokens[i - 1].low in ("only", "just", "merely", "simply"):
        return False  # "not only more than 40 ...": the denial is of "only"
    for k in (i - 1, i - 2):
        if k < 0 or tokens[k].kind != "w":
            return False
        low = tokens[k].low.replace("’", "'")
        if low in _NEGATIONS:
            # "if the party does not win more than 50%": the figure is the threshold of a
            # condition, not a bound on what was won
            return not any(t.low in ("if", "unless", "whether") for t in tokens[max(0, k - 8) : k])
    return False


#: after a verb of change, "X to Y" with Y this many times X is a change and the level it reached
#: ("rose 12 to 140"); closer ends are a range of the change ("rose 2% to 3%")
_LEVEL_AFTER_CHANGE = 3
#: nouns of a change whose old and new levels may follow after a comma
_CHANGE_NOUNS = frozenset("increase increases rise rises fall falls drop drops decline declines jump jumps "
                          "surge surges growth decrease decreases".split())


def _read_at(text: str, tokens: list[Token], i: int) -> tuple[Reading | None, int]:
    """Try to read a quantity starting at token ``i``: (reading or None, index to resume at)."""
    n = len(tokens)
    j = i
    hedge: tuple[HedgeClass, int] | None = None
    hedge_cls: HedgeClass = "exact"
    hedge_first = hedge_after = -1
    range_intro = ""
    magnitude = negative = False
    currency: tuple[str, int] | None = None
    if tokens[i].kind != "n":  # digits start a bare number: no hedge, sign or currency to read
        if tokens[i].low == "up" and i > 0 and tokens[i - 1].low in _MOVES_UP:
            return None, i + 1  # "the rate ticked up to 4.2%": a move to the level, no "up to" hedge
        if tokens[i].low == "over" and i > 0 and tokens[i - 1].low in _OVER_MEANS_BECAUSE:
            return None, i + 1  # "jailed over $3.4m fraud": over is "because of", no hedge
        if tokens[i].low == "about" and i > 0 and tokens[i - 1].low in _ABOUT_AS_A_PREPOSITION:
            return None, i + 1  # "talking about 41 deaths": the verb's preposition, no hedge
        if tokens[i].low == "top" and not (i > 0 and tokens[i - 1].low in _TOP_AS_A_VERB):
            return None, i + 1  # "the top 10 fires": a rank; "could top 10,000" is a hedge
        hedge, hedge_cls, hedge_first, hedge_after, range_intro, magnitude, negative, currency, j = (
            _read_lead(tokens, i)
        )
    if j >= n:
        return None, i + 1
    number = read_number(text, tokens, j, money=currency is not None)
    if number is None:
        return None, i + 1
    if hedge is not None and tokens[i].low == "over" and number.after < n and tokens[number.after].low in _CAUSE_NOUNS:
        return None, i + 1  # "jailed over $3.4m fraud": the fraud's amount, no hedge
    if hedge_cls in _NEGATED_BOUND and _negated(tokens, i):
        # "would not get more than 42%", "did not kill fewer than 40": a denied "more than" is
        # a ceiling, a denied "fewer than" a floor
        hedge_cls = _NEGATED_BOUND[hedge_cls]
    if hedge_cls == "upto" and tokens[i].low == "up" and _rose_to_from(tokens, i, number.after):
        # "profit was up to $8.7bn from $7.8bn": "up" is the rise, "to" the level it reached
        hedge, hedge_cls, i, hedge_first, hedge_after = None, "exact", hedge_after, -1, -1
    if hedge is None and currency is None and not negative and number.written == "digits":
        score_end = score_after(tokens, number.first, number.after)
        if score_end >= 0:
            return None, score_end  # "lost 3-2": a score, neither a range nor two counts
    if hedge is None and range_intro == "" and currency is None and not negative:
        first = number.first
    else:
        first = i if hedge is not None or range_intro else (i if currency or negative else number.first)
    if range_intro and hedge is None:
        first = i
    value = number.value
    if negative and value is not None:
        value = -value
    reading = Reading(
        first=first, after=number.after, number=number, value=value,
        hedge_first=hedge_first, hedge_after=hedge_after, hedge_class=hedge_cls,
        number_after=number.after, negative=negative,
    )
    if currency is not None:
        reading.kind, reading.unit = "money", currency[0]
    if magnitude:
        reading.kind, reading.unit, reading.first = "measure", "magnitude", j - 1
    a = number.after
    if reading.kind != "count" or (a < n and (tokens[a].low in _GOES_ON or tokens[a].start == tokens[a - 1].end)):
        reading.after = _restated(text, tokens, number)
        _read_uncertainty(text, tokens, reading)
        _read_suffix(tokens, reading, text)
        _read_poll_points(text, tokens, reading)
        _read_shared_percent(text, tokens, reading)
        _read_share(text, tokens, reading)
        _read_range(text, tokens, reading, range_intro)
        if reading.is_range:
            _read_poll_points(text, tokens, reading)  # "between 2 and 6 points" of a poll's lead
        _read_post_hedge(tokens, reading)
    elif reading.value is not None and 0 < reading.value < 1:
        _read_share(text, tokens, reading)  # "half", "3/4" at the end of a text
    elif a + 2 < n and tokens[a + 1].low == "per":
        _read_rate_after_noun(tokens, reading)  # "179 offences per 100,000 population"
    if number.written == "words" and reading.after > a and not reading.is_range:
        reading.after = _restated_after_unit(text, tokens, reading)  # "twenty years (20)"
    _read_and_a_half(tokens, reading)
    _read_ratio(text, tokens, reading)
    _read_milestone(tokens, reading)
    _read_vague_unit(tokens, reading)
    _read_couple_of_unit(tokens, reading)
    if reading.kind == "count" and _after_age_word(tokens, reading):
        _read_age(text, tokens, reading)
    elif reading.kind == "duration" and reading.unit in ("year", "month", "week", "day") \
            and _age_word_before(tokens, reading.first):
        reading.kind = "age"  # "aged 40-80 years", "the mean age was 74 years", "aged <13 months"
    if reading.kind == "count" and a < n and tokens[a].low in _QUAKES and _magnitude_like(number, tokens):
        reading.kind, reading.unit = "measure", "magnitude"  # "Mexico's 7.1 earthquake", "a 5.6 quake"
    if reading.kind == "count" and reading.after == a and _magnitude_like(number, tokens) and (
        _measuring_a_quake(tokens, number.first) or _magnitude_follows(text, tokens, a)
    ):
        reading.kind, reading.unit = "measure", "magnitude"  # "quakes measuring 7.3 and 5.8"
    if _names_an_age_group(tokens, reading):
        return None, max(number.after, reading.after)  # both ends of "ages 18 to 49" name the group
    if is_clock_time(tokens, reading) or _clock_range(tokens, reading):
        return None, number.after
    if read_date_or_year(tokens, reading):
        return reading, reading.after
    if is_band_of_a_scale(tokens, reading):
        return None, reading.after  # "the 4-6 band": both ends are the band's name
    if not_a_quantity(text, tokens, reading):
        return None, number.after
    if names_a_thing(tokens, reading):
        reading.kind = "name"
        return reading, reading.after
    read_time_bound(tokens, reading)
    if range_intro and not reading.is_range:
        # "between 20 people": the intro word is not part of a single number; a sign is
        if hedge is None:
            reading.first = number.first
            if currency is not None:
                reading.first = i + 1  # "up from $4 billion": the currency stays with its figure
            elif negative and number.first > 0 and tokens[number.first - 1].text in ("-", "−"):
                reading.first = number.first - 1
    return reading, reading.after


#: verbs of going past a round figure named as a milestone ("passed the 1,000 mark")
_PASSING_VERBS = frozenset(
    "passed passes passing crossed crosses crossing exceeded exceeds exceeding surpassed surpasses surpassing "
    "topped tops topping broke breaks breaking breached breaches breaching".split()
)
#: nouns that make a round figure a milestone to pass, not an amount of it
_MILESTONES = frozenset("mark level threshold barrier milestone line".split())


def _read_milestone(tokens: list[Token], r: Reading) -> None:
    """"the toll passed the 1,000 mark", "costs exceeded the $5 billion level": the figure is a
    milestone passed, so more than it (the verb is the hedge, the article between is no matter)."""
    if r.hedge_first >= 0 or r.is_range or r.first < 2 or r.after >= len(tokens):
        return
    m = r.after
    if tokens[m].text == "-" and m + 2 < len(tokens) and touching(tokens, m) and touching(tokens, m + 1) \
            and tokens[m + 1].kind == "w":
        m += 2  # "crossed the 5,300-point mark": the mark of a figure joined to what it counts
    if tokens[m].low not in _MILESTONES or tokens[r.first - 1].low != "the":
        return
    if tokens[r.first - 2].low not in _PASSING_VERBS:
        return
    if r.kind == "count" and r.number.bare_int and 1800 <= (r.value or 0) <= 2099:
        return  # "crossed the 2020 line": a year's line, not a milestone figure
    r.hedge_first, r.hedge_after, r.hedge_class = r.first - 2, r.first - 1, "more"
    r.first = r.first - 2


#: scales a vague amount may count in before its unit ("thousands of crores of rupees")
_VAGUE_SCALES = {"crores": 1e7, "crore": 1e7, "lakhs": 1e5, "lakh": 1e5}


def _read_vague_unit(tokens: list[Token], r: Reading) -> None:
    """"tens of millions of dollars", "dozens of metres", "thousands of crores of rupees": a
    vague amount of money or of a measure, not a count of dollars or metres."""
    if r.value is not None or r.kind != "count" or r.number.written != "vague":
        return
    n, j = len(tokens), r.after
    if not (j + 1 < n and tokens[j].low == "of"):
        return
    low, high = r.number.low, r.number.high
    scale = _VAGUE_SCALES.get(tokens[j + 1].low)
    if scale is not None and j + 3 < n and tokens[j + 2].low == "of":
        j += 2  # "thousands of crores of rupees"
    unit = _match_phrase(tokens, j + 1, CURRENCY_SUFFIX, 3)
    kind = "money"
    if unit is None:
        unit, kind = _match_phrase(tokens, j + 1, MEASURES, 3), "measure"
        if unit is not None and tokens[j + 1].low in GLUED_ONLY:
            return  # "dozens of m": a bare letter is no unit
    if unit is None:
        return
    if scale is not None and low is not None and high is not None:
        low, high = low * scale, high * scale
    r.number = r.number._replace(low=low, high=high)
    r.kind, r.unit, r.after = kind, unit[0], unit[1]


#: verbs before "3 in 10" that make it a tally over events, not a share ("won 3 in 10")
_TALLY_VERBS = frozenset("won win wins lost lose loses scored score scores hit hits took take takes "
                         "made make makes got get gets kill kills".split())


def _read_couple_of_unit(tokens: list[Token], r: Reading) -> None:
    """"a couple of hours", "a pair of metres": two of a unit of time or measure, not a count."""
    n, j = len(tokens), r.after
    if r.kind != "count" or r.number.written != "words" or r.value != 2 or j + 1 >= n:
        return
    if tokens[r.number.after - 1].low not in ("couple", "pair") or tokens[j].low != "of":
        return
    word = tokens[j + 1].low
    if word in DURATIONS:
        r.kind, r.unit, r.after = "duration", DURATIONS[word], j + 2
    elif word in MEASURES and word not in GLUED_ONLY:
        r.kind, r.unit, r.after = "measure", MEASURES[word], j + 2


#: a unit after the base of "one in five" that makes it no share ("3 in 10 days")
_NOT_A_RATIO_BASE = frozenset(DURATIONS) | frozenset(MEASURES) | {"%", "percent", "per", "-"}


def _read_ratio(text: str, tokens: list[Token], r: Reading) -> None:
    """"one in five people", "two out of 10 adults", "three in every four", "one pound in
    four": a share of a whole (20%, 25%), not a count of one and another of five. The base is
    a larger whole number up to 1,000 with no unit after it ("3 in 10 days" is two figures)."""
    if r.value is None or r.is_range or r.number.scaled or r.value != int(r.value) or not 1 <= r.value < 100:
        return
    if not (r.kind == "count" and r.unit is None) and not (r.kind == "money" and r.value == 1 and r.number.written == "words"):
        return  # a count, or "one pound in four" (a unit word after "one")
    n = len(tokens)
    j = r.after
    out_of = j + 1 < n and tokens[j].low == "out" and tokens[j + 1].low == "of"
    if out_of:
        j += 2
    elif j < n and tokens[j].low == "in":
        opener = r.hedge_first if r.hedge_first >= 0 else r.first
        before = tokens[opener - 1] if opener > 0 else None
        if before is not None and before.kind == "w" and (before.low.endswith("ed") or before.low in _TALLY_VERBS):
            return  # "scored 3 in 10 games", "killed 2 in 5 raids": a tally over some events
        j += 1
    else:
        return
    if j < n and tokens[j].low == "every":
        j += 1
    if j >= n or (tokens[j].kind != "n" and tokens[j].low not in NUMBER_WORDS):
        return
    base = read_number(text, tokens, j)
    if base is None or base.value is None or base.scaled or base.value != int(base.value) \
            or not r.value < base.value <= 1000:
        return
    if out_of and r.value > 1 and base.value > 10 and base.value not in (100, 1000):
        return  # "48 out of 75 seats": a count of a whole, as "48 of the 75 seats"; a share has a round base
    if base.after < n and (tokens[base.after].low in _NOT_A_RATIO_BASE or tokens[base.after].low in MONTHS):
        return
    r.value = r.value / base.value * 100
    r.kind, r.unit, r.after, r.number_after = "percent", "%", base.after, base.after
    r.number = r.number._replace(written="fraction")  # hedged, it rounds as a share in words does


_QUAKES = frozenset({"earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "temblor", "temblors",
                     "aftershock", "aftershocks"})


def _measuring_a_quake(tokens: list[Token], first: int) -> bool:
    """"Earthquakes measuring 7.3 and 5.8", "a tremor measuring 5.9": a verb of measuring whose
    subject, a few words back, is a quake (past the figures listed before this one)."""
    k = first - 1
    while k >= 1 and tokens[k].low in ("and", "or", ",") and tokens[k - 1].kind == "n":
        k -= 2  # "measuring 7.3 *and* 5.8": back over the figures before
    if k < 0 or tokens[k].low not in ("measuring", "measured"):
        return False
    return any(t.low in _QUAKES for t in tokens[max(0, k - 3) : k])


def _magnitude_follows(text: str, tokens: list[Token], a: int) -> bool:
    """"the 7.3 and 5.8 Richter magnitude quakes": the next figure, after "and", is a magnitude."""
    n = len(tokens)
    if a + 1 >= n or tokens[a].low not in ("and", "or") or tokens[a + 1].kind != "n":
        return False
    nxt = read_number(text, tokens, a + 1)
    if nxt is None or not _magnitude_like(nxt, tokens) or nxt.after >= n:
        return False
    return tokens[nxt.after].low in _QUAKES | {"magnitude", "richter"}


def _magnitude_like(number: Number, tokens: list[Token]) -> bool:
    """One decimal place, below ten, no scale: how a magnitude is written ("7.1")."""
    digits = tokens[number.first].text
    return (number.after == number.first + 1 and len(digits) == 3 and digits[1] == "." and digits[0].isdigit()
            and digits[2].isdigit())


#: verbs before "up to" that make "up" a rise ("sales were up to $5bn from $4bn")
_BE_BEFORE_UP = frozenset("is are was were be been being 's ’s".split())


def _rose_to_from(tokens: list[Token], i: int, after: int) -> bool:
    """"was up to X from Y": a form of "be" before "up to" and "from" a few words after X
    (past an aside in brackets: "up to $8.7bn ($1.67 a share) from $7.8bn")."""
    if i == 0 or tokens[i - 1].low not in _BE_BEFORE_UP:
        return False
    k, words, n = after, 0, len(tokens)
    while k < n and words < 4:
        tok = tokens[k]
        if tok.low == "from":
            return True
        if tok.text == "(":
            close = next((c for c in range(k + 1, min(n, k + 12)) if tokens[c].text.startswith(")")), -1)
            if close < 0:
                return False
            k = close + 1
            continue
        if tok.kind == "p" and tok.text != ",":
            return False
        k, words = k + 1, words + 1
    return False


_AGE_WORDS = frozenset({"age", "aged", "ages"})


def _after_age_word(tokens: list[Token], r: Reading) -> bool:
    """"aged 70", "a toddler age three", "at the age of 12": the number is someone's age; not
    "the age of 30 people", where a noun after the number says what is counted."""
    first = r.first
    if first >= 1 and tokens[first - 1].low in _AGE_WORDS:
        return True
    if first < 2 or tokens[first - 1].low != "of" or tokens[first - 2].low not in _AGE_WORDS:
        return False
    return r.after >= len(tokens) or tokens[r.after].kind != "w" or tokens[r.after].low in _STARTERS_OF_A_CLAUSE


_STARTERS_OF_A_CLAUSE = frozenset("and or but when in on at after before he she they his her".split())


def _age_word_before(tokens: list[Token], first: int) -> bool:
    """"age", "aged" a few words before a number of years in the same clause."""
    for k in range(first - 1, max(-1, first - 7), -1):
        if tokens[k].low in _AGE_WORDS:
            return True
        if (tokens[k].kind == "p" and tokens[k].text not in ("(", "-")) or tokens[k].kind == "n":
            return False  # "at the age of 30 she served 10 years": the age has its own number
    return False


def _read_age(text: str, tokens: list[Token], r: Reading) -> None:
    """An age, and the other age an "or" offers ("age three or four"): one age between them."""
    r.kind = "age"
    a = r.after
    if r.is_range or r.value is None or a + 1 >= len(tokens) or tokens[a].low != "or":
        return
    other = read_number(text, tokens, a + 1)
    if other is None or other.value is None or other.value <= r.value or other.value > 10 * r.value + 10:
        return
    r.low, r.high, r.value, r.is_range = r.value, other.value, None, True
    r.number_after = r.after = other.after


def _restated(text: str, tokens: list[Token], number: Number) -> int:
    """"forty-five (45) days", "45 (forty-five)": a number restated in brackets, as contracts
    and some official copy write it, is one figure; the index after it (after the bracket)."""
    a = number.after
    if number.value is None or a + 2 >= len(tokens) or tokens[a].text != "(":
        return a
    again = read_number(text, tokens, a + 1)
    if again is None or again.value != number.value or again.after >= len(tokens) or tokens[again.after].text != ")":
        return a
    return again.after + 1


#: words near a lead "in points" that make them percentage points: a poll or a share
_POLL_WORDS = re.compile(r"\b(?:polls?|polling|pollsters?|surveys?|voters|vote share|approval|ratings?|percentage|per ?cent"
                         r"|undecideds?)\b|%",
                         re.IGNORECASE)
#: nouns a "16-point" figure may describe when it is a gap between shares
_GAPS = frozenset("lead leads gap margin advantage deficit swing drop fall rise increase jump".split())


def _read_poll_points(text: str, tokens: list[Token], r: Reading) -> None:
    """"a 16 point lead in the latest poll", "trail by ten points in the polls", "the gap
    narrowed from 9.1 points" after "6.5 percentage points": points of a share (kind percent,
    unit "pp"), not a count of points. A game's points stay counts: without a poll, a survey or
    a share within the sentence's reach, "points" are what was scored."""
    j = r.after
    n = len(tokens)
    if r.kind != "count" or (r.value is None and not r.is_range) or j >= n:
        return  # a range too: "stable between 2 and 6 points since the poll started"
    if tokens[j].low in ("point", "points", "pts"):
        after = j + 1
        spaced_lead = tokens[j].low == "point" and after < n and tokens[after].low in _GAPS
        if tokens[j].low == "point" and not spaced_lead:
            return  # "at one point", "the 5 point plan": no gap
    elif tokens[j].text == "-" and touching(tokens, j) and j + 2 < n and tokens[j + 1].low == "point" \
            and touching(tokens, j + 1) and tokens[j + 2].low in _GAPS:
        after = j + 2  # "a 16-point lead"
    else:
        return
    start = tokens[r.first].start
    window = text[max(0, text.rfind(".", 0, max(0, start - 1)) + 1):text.find(".", tokens[after - 1].end) % (len(text) + 1) or len(text)]
    if not _POLL_WORDS.search(window):
        return
    r.kind, r.unit, r.after = "percent", "pp", after


def _read_shared_percent(text: str, tokens: list[Token], r: Reading) -> None:
    """"growth of 7.0 and 6.3 per cent respectively", "a 5 or 6 per cent rise", "won by 52 to 45
    percent": the first of two numbers joined by "and" or "or", or a larger one by "to" (no
    range runs downwards), shares the second's percent sign. A whole number before "and"
    shares it when the second is larger ("rose 8 and 9 percent") or "respectively" follows; not
    after an age word ("aged 5 and 10 per cent of them")."""
    j = r.after
    n = len(tokens)
    if r.kind != "count" or r.is_range or r.hedge_first >= 0 or j + 2 >= n or tokens[j].low not in ("and", "or", "to"):
        return
    second = read_number(text, tokens, j + 1)
    if second is None or second.value is None or second.after >= n:
        return
    unit = ("%", second.after + 1) if tokens[second.after].text == "%" else _match_phrase(tokens, second.after, _PERCENT_WORDS, 3)
    if unit is None or unit[0] != "%":
        return
    if tokens[j].low == "to":
        if r.value is not None and second.value < r.value <= 100:
            r.kind, r.unit = "percent", "%"  # "leads by 48 to 44 percent": two shares, the larger first
        return
    respectively = any(t.low == "respectively" for t in tokens[unit[1]:unit[1] + 3])
    if r.number.bare_int and not respectively and tokens[j].low == "and" and (
            second.value <= (r.value or 0) or _age_word_before(tokens, r.first)):
        # "5 or 6 per cent" are alternatives of one share, and "rose 8 and 9 percent" two
        # shares in step; "aged 5 and 10 per cent" an age, and "20 and 9 per cent" may be a count
        return
    r.kind, r.unit = "percent", "%"


def _read_and_a_half(tokens: list[Token], r: Reading) -> None:
    """"a mile and a half", "a cent and a half", "an hour and a half": half a unit more."""
    k = r.after
    n = len(tokens)
    if r.kind not in ("measure", "money", "duration") or r.is_range or r.value is None or k + 2 >= n:
        return
    if k + 3 < n and tokens[k + 3].text == "-" and touching(tokens, k + 3):
        return  # "$3 and a half-eaten pie"
    if [t.low for t in tokens[k:k + 3]] == ["and", "a", "half"]:
        r.value += 0.5
        r.low = None if r.low is None else r.low + 0.5
        r.high = None if r.high is None else r.high + 0.5
        r.after = k + 3


def _restated_after_unit(text: str, tokens: list[Token], r: Reading) -> int:
    """"twenty years (20) in prison": a number in words restated in digits after its unit is
    the same figure; the index after the bracket, or the reading's own end."""
    a = r.after
    if a + 2 >= len(tokens) or tokens[a].text != "(":
        return a
    again = read_number(text, tokens, a + 1)
    if again is None or again.value != r.number.value or again.after >= len(tokens) or tokens[again.after].text != ")":
        return a
    return again.after + 1


def _read_uncertainty(text: str, tokens: list[Token], r: Reading) -> None:
    """"2,000.45±0.01", "9.83e-3 +/- 1e-5", "12 +- 2": a measurement and its stated error,
    one mention whose interval is value ± error (kept out when a hedge word came first:
    "no more than 2,000.45±0.01" stays an upper bound)."""
    n = len(tokens)
    j = r.after
    if j >= n or r.value is None or tokens[j].text not in ("±", "+"):
        return
    k = j + 1
    if tokens[j].text == "+":  # "+/-", "+-", all glued
        if k < n and tokens[k].text == "/" and touching(tokens, k):
            k += 1
        if not (k < n and tokens[k].text in ("-", "−") and touching(tokens, k)):
            return
        k += 1
    if k >= n:
        return
    error = read_number(text, tokens, k)
    if error is None or error.value is None or error.value <= 0 or error.written != "digits":
        return
    if r.hedge_first < 0:
        r.uncertainty = error.value
        r.hedge_first, r.hedge_after, r.hedge_class = j, error.after, "approx"
    r.after = error.after


def _goes_on() -> frozenset[str]:
    """Every token (lower case) after a count's number that a suffix, share, range, hedge
    or restatement may open; after any other token the count is complete as read."""
    return frozenset(
        _SUFFIX_STARTS | _first_tokens(POST_HEDGES) | {"(", "±", "+", "-", "–", "—", "to", "and", "up", "or"}
        | {"a", "an", "of"}  # "half a million", "three quarters of an hour"
        | {"point", "points", "pts"}  # "a 16 point lead in the polls"
    )


def _read_suffix(tokens: list[Token], r: Reading, text: str = "") -> None:
    """Percent, currency, unit of measure or time, and a rate after the number."""
    n = len(tokens)
    j = r.after
    if j >= n:
        return
    nxt = tokens[j]
    if nxt.low not in _SUFFIX_STARTS and r.kind != "money":
        return  # "80,000 Afghans": nothing after the number can be a unit, share or rate
    glued = touching(tokens, j)
    # "6.4-magnitude", "one-day", "48-hour", "27-kilometer": a hyphen gluing a unit
    if nxt.text == "-" and glued and j + 1 < n and touching(tokens, j + 1) and tokens[j + 1].kind == "w":
        unit_low = tokens[j + 1].low
        if unit_low in DURATIONS:
            r.kind, r.unit, r.after = "duration", DURATIONS[unit_low], j + 2
            if _age_follows(tokens, j + 2):
                r.kind, r.after = "age", j + 4
            return
        if unit_low in MEASURES and unit_low not in GLUED_ONLY:
            r.kind, r.unit, r.after = "measure", MEASURES[unit_low], j + 2
            return
        if unit_low in ("long",) and r.number.written == "words":
            return
        if r.kind != "money" and r.number.scaled and unit_low in CURRENCY_SUFFIX:
            r.kind, r.unit, r.after = "money", CURRENCY_SUFFIX[unit_low], j + 2  # "a 2.91-billion-euro fine"
            return
        if r.kind == "count" and unit_low in ("percent", "per", "percentage", "basis"):
            # "a two-percent target", "a 3-per-cent raise", "a 2-percentage-point drop", "a
            # 75-basis-point hike": the share glued on as an adjective
            glued_words = [unit_low]
            k = j + 1
            while k + 2 < n and tokens[k + 1].text == "-" and touching(tokens, k + 1) and touching(tokens, k + 2) \
                    and len(glued_words) < 2:
                glued_words.append(tokens[k + 2].low)
                k += 2
            for size in range(len(glued_words), 0, -1):
                glued_unit = _PERCENT_WORDS.get(" ".join(glued_words[:size]))
                if glued_unit is not None:
                    r.kind, r.unit, r.after = "percent", glued_unit, j + 2 * size
                    return
    if nxt.text == "%":
        r.kind, r.unit, r.after = "percent", "%", j + 1
        return
    if nxt.text in ("bp", "bps"):  # lower case only: "20 BP stations" names the company
        r.kind, r.unit, r.after = "percent", "bp", j + 1
        return
    if r.kind != "money" and _pence_glued(tokens, j, r):
        r.kind, r.unit, r.after = "money", "PENCE", j + 1  # "163.5p", "41p a share"
        _read_rate(tokens, r)
        return
    if nxt.text == "-" and glued and j + 1 < n and tokens[j + 1].low == "fold" and touching(tokens, j + 1):
        r.unit, r.after = "times", j + 2  # "a 17-fold increase": a multiple
        return
    if nxt.text == "x" and glued and not r.number.scaled and _multiple_ends(tokens, j + 1):
        # "leverage of 2.0x", "a 3x return": a multiple; a capital ("Model 3X") is a name
        r.unit, r.after = "times", j + 1
        return
    pct = _match_phrase(tokens, j, _PERCENT_WORDS, 3)
    if pct is not None:
        r.kind, r.unit, r.after = "percent", pct[0], pct[1]
        return
    if r.kind != "money":
        cur = _match_phrase(tokens, j, CURRENCY_SUFFIX, 5)  # "L.E", "u.s. dollars": dots are tokens
        if cur is not None:
            if tokens[j].low in ("pound", "pounds") and (
                (cur[1] < n and tokens[cur[1]].low == "of") or _weighed(tokens, r.first)
            ):
                r.kind, r.unit, r.after = "measure", "lb", cur[1]  # "5 pounds of rice", "weighs 9 pounds"
                return
            r.kind, r.unit, r.after = "money", cur[0], cur[1]
            _read_minor(text, tokens, r)
            _read_rate(tokens, r)
            return
    else:
        _read_minor(text, tokens, r)
        _read_rate(tokens, r)
        return
    compound = read_compound_unit(tokens, j) if nxt.low in COMPOUND_STARTS else None
    if compound is not None:  # "9.8 m/s2", "20 J/m^2", "4e14 s-1", "0.3 mSv/h"
        r.kind, r.unit, r.after = "measure", compound[0], compound[1]
        _read_rate(tokens, r)
        return
    temperature = _temperature_after(tokens, j, r)
    if temperature is not None:
        r.kind, r.unit, r.after = "measure", temperature[0], temperature[1]
        return
    if nxt.kind == "w":
        low = nxt.low
        if low in ("straight", "consecutive", "successive") and j + 1 < n and tokens[j + 1].low in DURATIONS \
                and tokens[j + 1].low.endswith("s"):
            # "for four straight days", "three consecutive weeks": a span of time in a row
            r.kind, r.unit, r.after = "duration", DURATIONS[tokens[j + 1].low], j + 2
            return
        if low == "earth" and j + 1 < n and tokens[j + 1].low in DURATIONS:
            # "orbits every 36 Earth days": a span of time on Earth's clock
            r.kind, r.unit, r.after = "duration", DURATIONS[tokens[j + 1].low], j + 2
            return
        if low in ("magnitude",):
            r.kind, r.unit, r.after = "measure", "magnitude", j + 1
            return
        if low == "richter" and _magnitude_like(r.number, tokens):
            # "a 6.4 Richter quake", "6.4 Richter magnitude", "6.4 Richter scale"
            after = j + 2 if j + 1 < n and tokens[j + 1].low in ("magnitude", "scale") else j + 1
            r.kind, r.unit, r.after = "measure", "magnitude", after
            return
        if low in DURATIONS and not (low == "h" and not glued):
            r.kind, r.unit, r.after = "duration", DURATIONS[low], j + 1
            if j + 1 < n and tokens[j + 1].low == "'" and touching(tokens, j + 1):
                r.after = j + 2
            if _age_follows(tokens, j + 1):
                r.kind, r.after = "age", j + 2
            return
        crop = _crop_trade_unit(tokens, j) if nxt.text[0] in "MKT" else None
        if crop is not None:  # "48.0MMT", "270KHA", "3.61MT/HA": grain trade shorthand
            (unit_name, factor), r.after = crop
            r.value, r.low, r.high = (None if v is None else v * factor for v in (r.value, r.low, r.high))
            r.kind, r.unit = "measure", unit_name
            return
        barrels = _barrels_a_day(tokens, j)
        if barrels is not None:  # "27.4 mb/d", "312 kb/d": millions or thousands of barrels a day
            factor, r.after = barrels
            r.value, r.low, r.high = (None if v is None else v * factor for v in (r.value, r.low, r.high))
            r.kind, r.unit = "measure", "barrel per day"
            return
        unit = _match_phrase(tokens, j, MEASURES, 4)
        if unit is not None and low in GLUED_ONLY and not glued and _spaced_as_written(tokens, j):
            unit = (MEASURES[low], j + 1)  # "2 g." ends a sentence: the dot is not the unit's
        elif unit is not None and low in GLUED_ONLY and not glued:
            unit = None
        if unit is not None and nxt.text not in ("G", "D", "B"):
            r.kind, r.unit, r.after = "measure", unit[0], unit[1]
            if unit[0] == "foot" and r.value is not None and not r.is_range:
                _read_inches_after_feet(tokens, r)  # "6ft 3in"
            _read_rate(tokens, r)
            return
        if low == "in" and glued is False and r.number.written == "fraction" and tokens[r.number.first].kind == "n":
            r.kind, r.unit, r.after = "measure", "inch", j + 1
            return
        if low in ("times",):
            r.unit, r.after = "times", j + 1
            _read_rate(tokens, r)
            return
    _read_rate(tokens, r)


def _read_inches_after_feet(tokens: list[Token], r: Reading) -> None:
    """"6ft 3in", "5 feet 11 inches": a height in feet and inches is one measure in feet."""
    k = r.after
    n = len(tokens)
    if k + 1 >= n or tokens[k].kind != "n" or not tokens[k].text.isdigit() or tokens[k + 1].low not in ("in", "ins", "inch", "inches"):
        return
    inches = int(tokens[k].text)
    if inches >= 12 or (tokens[k + 1].low == "in" and not touching(tokens, k + 1)):
        return  # "6 feet in 3 ..." is no height
    r.value = r.value + inches / 12 if r.value is not None else None
    r.after = k + 2


def _names_an_age_group(tokens: list[Token], r: Reading) -> bool:
    """"the number of 16-year-olds", "18- to 24-year-olds", "among voters ages 18 to 49",
    "voters 50 and older": an age that names a group, no figure; not "12 suspects aged 19 to
    25", the ages of those counted."""
    k = r.after
    first = r.first
    if r.kind in ("count", "age") and r.hedge_first < 0 and first >= 1 and _plural_noun(tokens[first - 1 - (r.kind == "age")]) \
            and (r.kind == "count" or (tokens[first - 1].low in ("ages", "aged")
                                       and not (first >= 3 and tokens[first - 3].kind == "n"))) \
            and (r.kind == "age" or " ".join(t.low for t in tokens[k:k + 2]) in OPEN_AGE_BANDS
                 or " ".join(t.low for t in tokens[max(first + 1, k - 2):k]) in OPEN_AGE_BANDS):
        return True
    if r.kind not in ("duration", "age") or k >= len(tokens):
        return False
    if tokens[k].text == "-" and k + 1 < len(tokens) and touching(tokens, k + 1):
        k += 1
    return tokens[k].low in ("olds", "olds'", "olds’")



def _plural_noun(token: Token) -> bool:
    """A plural common noun ("voters", "adults", "children", "men"), the kind of word a group is named by."""
    low = token.text
    return token.kind == "w" and low.islower() and len(low) > 2 and (
        low.endswith("s") and not low.endswith("ss") or low in ("children", "men", "women", "people"))


def _clock_range(tokens: list[Token], r: Reading) -> bool:
    """"between 5 and 8 pm", "from 9 to 11am": hours of the clock, not a count."""
    if not r.is_range or r.kind != "count" or r.after >= len(tokens) or r.high is None or r.high > 12:
        return False
    nxt = tokens[r.after].low
    return nxt in ("am", "pm") or (nxt in ("a", "p") and r.after + 1 < len(tokens) and tokens[r.after + 1].text == ".")


def _crop_trade_unit(tokens: list[Token], j: int) -> tuple[tuple[str, float], int] | None:
    """((unit, factor), index after) of crop trade shorthand at ``j`` ("MMT", "KHA", "MT/HA"),
    its letters and slash glued; the longest match, in capitals as the trade writes it."""
    written, best = "", None
    for k in range(j, min(len(tokens), j + 3)):
        if k > j and not touching(tokens, k):
            break
        written += tokens[k].text
        if written in CROP_TRADE_UNITS and (k + 1 >= len(tokens) or not touching(tokens, k + 1)
                                            or tokens[k + 1].text in ("/", ",", ".", ";", ")")):
            best = CROP_TRADE_UNITS[written], k + 1
    return best


def _barrels_a_day(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """(factor, index after) of an abbreviated oil rate at ``j`` ("mb/d", "kbpd"), or None.
    Its letters and slash are glued tokens; "Mb/d" with a capital M and a small b is thousands."""
    written = ""
    for k in range(j, min(len(tokens), j + 3)):
        if k > j and not touching(tokens, k):
            break
        written += tokens[k].text
        factor = BARRELS_A_DAY.get(written.lower())
        if factor is not None and (k + 1 >= len(tokens) or not touching(tokens, k + 1) or tokens[k + 1].kind == "p"):
            return (1e3 if written.startswith("Mb") else factor), k + 1
    return None


def _noun_at(tokens: list[Token], k: int) -> bool:
    """A lower-case word that is no function word at ``k``: what a bare figure counts ("staff")."""
    if k >= len(tokens) or tokens[k].kind != "w" or not tokens[k].text.islower():
        return False
    return tokens[k].low not in _RANGE_GOES_ON


#: words after a range's bare second number that leave it a range ("5% to 7 of them", "or so")
_RANGE_GOES_ON = frozenset("of in on at for from and or to by per a an the so this that each every".split())
#: what a whole number of pence is per, after its glued "p" ("30p a share", "12p per litre")
_PER_SHARE = frozenset({"per", "a", "each"})


#: lines of a video picture written like pence ("shot in 1080p"): never a price
_VIDEO_LINES = frozenset({144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})


def _pence_glued(tokens: list[Token], j: int, r: Reading) -> bool:
    """A lower-case "p" glued to the figure is pence: with decimals ("163.5p"), per something
    ("41p a share"), or a whole number on its own ("close to 160p", "sold for 99p"); not the
    lines of a video format ("1080p")."""
    if tokens[j].text != "p" or not touching(tokens, j) or r.number.scaled:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and touching(tokens, j + 1) and nxt.kind in ("w", "n"):
        return False  # "5px", "3p2": glued on to something longer
    if "." in tokens[r.number.first].text:
        return True
    if nxt is not None and nxt.low in _PER_SHARE and r.number.written == "digits":
        return True
    if r.kind == "count" and r.number.written == "digits" and r.value in _VIDEO_LINES:
        # "28.5p lower at 720p", "up 20p to 480p": a price after a move in pence is pence
        f = r.number.first
        return f >= 2 and tokens[f - 1].low in ("at", "to", "from") and any(
            t.text == "p" and touching(tokens, k) and k > 0 and tokens[k - 1].kind == "n"
            for k, t in enumerate(tokens[max(0, f - 8):f], start=max(0, f - 8)))
    return r.kind == "count" and r.number.written == "digits"


def _multiple_ends(tokens: list[Token], k: int) -> bool:
    """After a glued "x": the end, punctuation or a word, not digits ("3x10" is a power)."""
    return k >= len(tokens) or (tokens[k].kind != "n" and not (touching(tokens, k) and tokens[k].kind == "w"))


def _weighed(tokens: list[Token], first: int) -> bool:
    """A verb of weighing just before the figure: "it weighs no more than 2,000 pounds"."""
    return any(t.low.startswith("weigh") for t in tokens[max(0, first - 3) : first])


def _spaced_as_written(tokens: list[Token], j: int) -> bool:
    """A unit that reads only glued ("5g") but is unmistakable spaced as written: "2.0 g",
    "8 MB", "3 L of wine" (a capital L before "of" or punctuation)."""
    text = tokens[j].text
    if text in SPACED_AS_WRITTEN:
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return text == "L" and (nxt is None or nxt.low == "of" or nxt.kind == "p")


def _first_tokens(table: dict) -> set[str]:
    return {tokenize(key)[0].low for key in table if key}


#: every token that can open what ``_read_suffix`` reads; anything else ends the figure at once
_SUFFIX_STARTS = frozenset(
    _first_tokens(_PERCENT_WORDS) | _first_tokens(CURRENCY_SUFFIX) | _first_tokens(MEASURES)
    | set(DURATIONS) | RATE_WORDS | COMPOUND_STARTS
    | {"-", "%", "/", "magnitude", "in", "times", "°", "º", "ºc", "ºf", "degree", "degrees", "c", "f", "earth"}
    | {"℃", "℉", "celsius", "centigrade", "fahrenheit"}
    | {"bp", "bps", "p", "x", "richter"}
    | {"straight", "consecutive", "successive"}  # "four straight days"
    | {key.split("/")[0] for key in BARRELS_A_DAY}
    | {key.split("/")[0].lower() for key in CROP_TRADE_UNITS}
)
_GOES_ON = _goes_on()
#: what says a temperature after a number: the degree sign (with or without the scale letter,
#: glued or spaced) or the word "degrees" with its scale
_DEGREE_SCALES = {"c": "degC", "f": "degF", "celsius": "degC", "centigrade": "degC",
                  "fahrenheit": "degF"}
#: the one-character degree signs of East Asian and Gulf copy ("48℃")
_DEGREE_SIGNS = {"℃": "degC", "℉": "degF"}


def _temperature_after(tokens: list[Token], j: int, r: Reading) -> tuple[str, int] | None:
    """"-18 °C", "572 °F", "300°C", "40 ºC", "1200 degrees Celsius", "47℃", "117 Fahrenheit"
    (the scale named without "degrees"), and the British "40C" / "-10C" (a capital C or F glued
    to a number of at most three digits): (unit, index after)."""
    n = len(tokens)
    tok = tokens[j]
    if tok.text in _DEGREE_SIGNS:
        return _DEGREE_SIGNS[tok.text], j + 1
    if tok.low in ("celsius", "centigrade", "fahrenheit"):
        return _DEGREE_SCALES[tok.low], j + 1
    if tok.text in ("°", "º"):
        if j + 1 < n and tokens[j + 1].low in ("c", "f") and tokens[j + 1].start - tok.end <= 1:
            return _DEGREE_SCALES[tokens[j + 1].low], j + 2
        return "degree", j + 1
    if tok.low in ("ºc", "ºf"):
        return _DEGREE_SCALES[tok.low[1]], j + 1
    if tok.low in ("degree", "degrees") and j + 1 < n and tokens[j + 1].low in _DEGREE_SCALES:
        if len(tokens[j + 1].low) > 1 or tokens[j + 1].text.isupper():
            return _DEGREE_SCALES[tokens[j + 1].low], j + 2
    if (
        tok.text in ("C", "F") and touching(tokens, j) and r.number.written == "digits"
        and not r.number.scaled and len(tokens[r.number.first].text.split(".")[0]) <= 3
        and (j + 1 >= n or tokens[j + 1].kind != "w" or not touching(tokens, j + 1))
        and not _named_before(tokens, r.number.first)
    ):
        return _DEGREE_SCALES[tok.low], j + 1
    return None


def _named_before(tokens: list[Token], first: int) -> bool:
    """A capitalised word or an identifier noun right before the number ("Room 10C", "Gate 4F")."""
    if first == 0:
        return False
    prev = tokens[first - 1]
    if prev.text in ("-", "−") and first >= 2:
        return False  # "-10C": a sign, so a temperature
    return prev.kind == "w" and (prev.text[0].isupper() or prev.low in IDENTIFIER_NOUNS)


_FRACTION_MARK = re.compile(r"[½⅓⅔¼¾⅛/]|" + "|".join(sorted(FRACTIONS, key=len, reverse=True)), re.IGNORECASE)


#: what makes a fraction word a step of a rate ("a quarter of a percentage point" is 0.25
#: points): the words after it, and the unit they give; longest first
_SHARE_OF_A_POINT = tuple(sorted(
    [((*lead, *unit_words), unit)
     for lead in (("of", "a"), ("of", "one"), ("a",), ())
     for unit_words, unit in ((("percentage", "point"), "pp"), (("percentage", "points"), "pp"),
                              (("point",), "pp"), (("per", "cent"), "%"), (("percent",), "%"))
     if lead or unit_words[-1] == "point"],  # "a quarter point"; never "a quarter percent" alone
    key=lambda item: -len(item[0]),
))


def _read_share(text: str, tokens: list[Token], r: Reading) -> None:
    """"half", "a third", "two-thirds", "3/4" on their own are shares of a whole: kind
    "percent" on the same 0-100 scale as "52%" (half -> 50), so the judge never sets a share
    beside a count nor 0.5 beside 52. "half a million" (a scale follows) and "three quarters
    of an hour" (a unit follows) stay what they are."""
    if r.kind != "count" or r.unit is not None or r.value is None or r.number.scaled:
        return
    if not 0 < r.value < 1:
        return
    written = text[tokens[r.number.first].start : tokens[r.number.after - 1].end]
    if not _FRACTION_MARK.search(written):
        return  # "0.5" in digits is a number, not a share
    j = r.after
    nxt = [t.low for t in tokens[j : j + 3]]
    if nxt[:1] and nxt[0] in ("a", "an") and len(nxt) > 1 and (nxt[1] in SCALES or nxt[1] in ("dozen", "hundred")):
        return  # "half a million": a count
    if nxt[:1] == ["of"] and len(nxt) > 2 and nxt[1] in ("a", "an") and nxt[2] in DURATIONS:
        r.kind, r.unit, r.after = "duration", DURATIONS[nxt[2]], j + 3  # "three quarters of an hour"
        return
    if nxt[:1] == ["of"] and len(nxt) > 2 and nxt[1] in ("a", "an") and nxt[2] in MEASURES:
        r.kind, r.unit, r.after = "measure", MEASURES[nxt[2]], j + 3  # "half of a mile"
        return
    # "a quarter-point rise", "a half-point cut": the fraction and its unit joined by a hyphen
    joined = int(j < len(tokens) and tokens[j].low == "-" and tokens[j].start == tokens[j - 1].end)
    tail = [t.low for t in tokens[j + joined : j + joined + 5]]
    for words, unit in _SHARE_OF_A_POINT:
        if tail[: len(words)] == list(words) and (len(words) > 1 or not written.lower().endswith(("third", "thirds"))):
            # "a quarter of a percentage point", "half a point", "a quarter point cut": the
            # fraction is the size of the step, in points (or in percent), not a share of a whole
            r.kind, r.unit, r.after = "percent", unit, j + joined + len(words)
            return
    r.value *= 100
    r.kind, r.unit = "percent", "%"


def _read_minor(text: str, tokens: list[Token], r: Reading) -> None:
    """"20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence": the minor unit joins the amount."""
    from crosscheck.extract.units import MINOR_UNITS

    n = len(tokens)
    j = r.after
    if r.value is None or r.value != int(r.value) or r.number.scaled or j >= n:
        return
    if tokens[j].low == "and":
        j += 1
    if j >= n:
        return
    cents = read_number(text, tokens, j)
    if cents is None or cents.value is None or not 0 < cents.value < 100 or cents.value != int(cents.value):
        return
    k = cents.after
    if k < n and tokens[k].low in MINOR_UNITS:
        k += 1
    elif not (k >= n):
        return  # "$20 43 people": two figures, not one amount
    r.value = r.value + cents.value / 100
    r.after = k


def _age_follows(tokens: list[Token], j: int) -> bool:
    """"-year-old" / "years old" after a duration."""
    n = len(tokens)
    if j < n and tokens[j].low in _OLD:
        return True
    return j + 1 < n and tokens[j].text == "-" and tokens[j + 1].low in _OLD


#: "old" and its possessive, one token ("the 22-year-old's arrival")
_OLD = frozenset({"old", "old's", "old’s"})


#: scale words that may be the base of a rate on their own ("per million population")
_RATE_BASES = frozenset({"thousand", "million", "billion", "100,000", "1,000", "10,000"})


def _looks_like_count_noun(low: str) -> bool:
    """A plural noun a rate counts ("offences", "deaths", "cases"), not "per cent" or a verb."""
    return len(low) > 3 and low.endswith("s") and not low.endswith("ss")


def _read_rate_after_noun(tokens: list[Token], r: Reading) -> None:
    """"179 offences per 100,000 population", "36 cases per 1 million": the rate's base after
    its noun. The noun stays the counted thing, so the reading ends before it."""
    j, n = r.after, len(tokens)
    if not (j + 2 < n and tokens[j + 1].low == "per" and r.kind == "count" and tokens[j].kind == "w"):
        return
    base = tokens[j + 2]
    if (base.kind == "n" or base.low in _RATE_BASES) and tokens[j].text.islower() and _looks_like_count_noun(tokens[j].low):
        k = j + 2
        while k + 1 < n and tokens[k + 1].kind == "n" and tokens[k + 1].text.isdigit() and len(tokens[k + 1].text) == 3:
            k += 1
        if k + 1 < n and tokens[k].kind == "n" and tokens[k + 1].low in _RATE_BASES:
            k += 1
        if base.kind == "n" and k == j + 2 and (parse_digits(base.text) or 0) < 100:
            return  # "3 goals per 2 games": no population base
        r.unit, r.kind = "per " + " ".join(t.text for t in tokens[j + 2 : k + 1]), "rate"


def _read_rate(tokens: list[Token], r: Reading) -> None:
    """"4,000 a day", "$15.4/hour", "four times per week": a rate."""
    n = len(tokens)
    j = r.after
    if j + 1 < n and tokens[j].low == "per" and r.kind == "count" and (
            tokens[j + 1].kind == "n" or tokens[j + 1].low in _RATE_BASES):
        # "12 per 100,000 people", "98.4 per million population", "36 per 1 million": a rate
        k = j + 1
        while k + 1 < n and tokens[k + 1].kind == "n" and tokens[k + 1].text.isdigit() and len(tokens[k + 1].text) == 3:
            k += 1  # "1 000": a number spaced in thousands
        if k + 1 < n and tokens[k].kind == "n" and tokens[k + 1].low in _RATE_BASES:
            k += 1  # "per 1 million"
        base = " ".join(t.text for t in tokens[j + 1 : k + 1])
        r.unit, r.kind, r.after = f"per {base}", "rate", k + 1
        return
    if j < n and r.kind == "money" and tokens[j].text in MONEY_PER:
        r.unit = (r.unit + " " if r.unit else "") + "per " + MONEY_PER[tokens[j].text]  # "£745pcm"
        r.after = j + 1
        return
    if j + 1 < n and tokens[j].low in ("a", "an") and tokens[j + 1].low in DURATIONS and r.kind == "count" \
            and r.number.written == "fraction" and r.value is not None and r.value < 1 \
            and tokens[r.number.after - 1].kind == "w":
        # "half a day", "half a century": a length of time, not a rate
        r.kind, r.unit, r.after = "duration", DURATIONS[tokens[j + 1].low], j + 2
        return
    if j + 1 < n and tokens[j].low in ("a", "an") and tokens[j + 1].low in _COIN_WORDS and r.kind == "count" \
            and r.number.written == "fraction" and r.value is not None and r.value < 1 \
            and tokens[r.number.after - 1].kind == "w":
        # "half a penny", "a quarter of a cent": a sum of money, not a share
        r.kind, r.unit, r.after = "money", CURRENCY_SUFFIX[tokens[j + 1].low], j + 2
        return
    if j + 2 < n and tokens[j].low == "for" and tokens[j + 1].low == "each" and r.kind == "measure":
        j += 1  # "eight miles for each second"
    if j + 1 < n and r.kind == "measure" and r.unit in ("mile", "km", "m") and tokens[j].low in RATE_WORDS \
            and tokens[j + 1].low == "second":
        # "eight miles for each second", "12.3 kilometers every second": a speed
        r.unit, r.after = f"{r.unit} per second", j + 2
        return
    if j + 1 < n and (tokens[j].low in RATE_WORDS or tokens[j].text == "/"):
        period = tokens[j + 1].low
        if period in RATE_PERIODS and (tokens[j].low != "a" or period != "head"):
            if tokens[j].low in ("a", "an") and period in ("capita",):
                return
            if j + 2 < n and tokens[j + 2].low in ("earlier", "before", "ago", "later", "after"):
                return  # "up from 2,100 a year earlier": when, not how often
            r.unit = (r.unit + " " if r.unit else "") + "per " + RATE_PERIODS[period]
            if r.kind == "count":
                r.kind = "rate"
            r.after = j + 2
            return
        # a price or yield per unit: "$80 a barrel", "$350 per kg", "4 tonnes per hectare"
        if tokens[j].low in ("each", "every"):
            return
        unit = _match_phrase(tokens, j + 1, RATE_UNITS, 3)
        if unit is not None and tokens[j].low in ("a", "an") and r.kind == "count" and r.number.written == "fraction" \
                and r.value is not None and r.value < 1 and tokens[r.number.after - 1].kind == "w":
            r.kind, r.unit, r.after = "measure", unit[0], unit[1]  # "half a mile", "a quarter of a ton" is a measure
            return
        if unit is not None and (tokens[j].low not in ("a", "an") or " " not in unit[0]):
            r.unit = (r.unit + " " if r.unit else "") + "per " + unit[0]
            if r.kind == "count":
                r.kind = "rate"
            r.after = unit[1]


#: coins a fraction of one is written of: "half a penny", "a third of a cent"
_COIN_WORDS = frozenset({"penny", "cent", "pence"})


def _read_range(text: str, tokens: list[Token], r: Reading, intro: str) -> None:
    """"between 20 and 30", "2,000 to 4,000", "2,000-4,000", "from A up to B"."""
    n = len(tokens)
    j = r.after
    if j >= n or r.value is None:
        return
    if (
        tokens[j].text == "-" and touching(tokens, j) and j + 1 < n
        and tokens[j + 1].low in ("to", "and") and not touching(tokens, j + 1)
    ):
        j += 1  # "8- to 16-metre": the first number's unit is left hanging on its hyphen
    joiner = tokens[j].low
    if intro == "from" and joiner == "up" and j + 1 < n and tokens[j + 1].low == "to":
        j += 1  # "from 10 up to 20"
        joiner = "to"
    if intro == "between":
        ok = joiner in ("and", "to", "-", "–", "—")
    elif intro == "from":
        ok = joiner in ("to", "-", "–") and not (joiner == "to" and _after_a_change(tokens, r.first))
    else:
        ok = joiner in ("to", "-", "–", "—") or (
            # "gave a range of $12 billion and $18 billion": the noun says the two are its ends
            joiner == "and" and r.first >= 2 and tokens[r.first - 1].low == "of" and tokens[r.first - 2].low == "range")
        if joiner == "-" and not (touching(tokens, j) and touching(tokens, j + 1)) and r.number.written != "digits":
            ok = False
    if not ok:
        return
    if joiner == "to" and not intro and r.first > 0 and tokens[r.first - 1].low == "by":
        return  # "cut its staff by 1,200 to 18,300": a change and the level it reached
    k = j + 1
    if joiner == "-" and k < n and tokens[k].text == "-":
        return
    if intro == "from" and k + 1 < n and tokens[k].low == "up" and tokens[k + 1].low == "to":
        k += 2
    if k < n and tokens[k].text in ("~", "about"):
        k += 1
    hedge_inside = _match_hedge(tokens, k)
    if hedge_inside is not None and (hedge_inside[0] == "approx" or (hedge_inside[0] == "upto" and joiner == "to")):
        k = hedge_inside[1]  # "2 to about 3", "$500 to as much as $2,700"
    cur = _currency_before(tokens, k) if k < n else None
    if cur is not None and r.kind not in ("count", "money"):
        return  # "rose by 11% to $24.7 billion": a change and the level it reached, no range
    if cur is not None and r.kind == "money" and r.unit is not None and r.unit.split()[0] != cur[0]:
        return  # "rose 12 cents to $36.44": a change in cents and the level in dollars
    if cur is not None and r.kind == "count" and r.number.bare_int and four_digit_year(tokens[r.number.first].text) \
            and r.number.first > 0 and tokens[r.number.first - 1].low in ("in", "during", "since", "by", "until"):
        return  # "from $2 billion in 2019 to $3 billion": a year, then the level reached
    if cur is not None:
        k = cur[1]
    if k >= n:
        return
    negative_second = False
    if k + 1 < n and tokens[k].text in ("-", "−") and touching(tokens, k + 1) and not touching(tokens, k):
        negative_second = True
        k += 1
    second = read_number(text, tokens, k, money=cur is not None or r.kind == "money")
    if second is None or second.value is None:
        return
    if r.kind == "count" and r.number.bare_int and four_digit_year(tokens[r.number.first].text) \
            and r.number.first > 0 and (tokens[r.number.first - 1].low in ("in", "during", "since", "by", "until")
                                        or tokens[r.number.first - 1].low in MONTHS) \
            and not (second.bare_int and four_digit_year(tokens[second.first].text)):
        return  # "from 21.4 million in 2019 to 12.7 million", "in May 2022 to 19.3 mln": a year, then a level
    if second.written == "words" and r.number.written == "digits" and not intro:
        return
    if r.kind == "percent" and second.scaled:
        return  # "up 2.4 per cent to 12.6 million": a change, then the level it reached
    if joiner == "to" and not intro and r.value is not None and r.value > 0 and second.value > _LEVEL_AFTER_CHANGE * r.value \
            and not second.scaled and _after_a_change(tokens, r.hedge_first if r.hedge_first >= 0 else r.first):
        return  # "petrol rose 3.7p to 136.52p", "the toll rose 12 to 140": a change, then the level
    high = -second.value if negative_second else second.value
    low = r.value
    # "2 to 3 million": the scale on the second number applies to the first
    if second.scaled and not r.number.scaled and low is not None and low < high / 10 and low * (high / second_base(second, tokens)) <= high:
        low = low * (high / second_base(second, tokens))
    if high is None or low is None or (high < low and not r.negative):
        if not (r.negative and high is not None):
            return
    if r.negative:
        low, high = (low, -high) if tokens[k - 1].text in ("-",) and False else (low, high)
    probe = Reading(first=r.first, after=second.after, number=second, value=second.value)
    probe.kind, probe.unit = r.kind, r.unit
    if cur is not None:
        probe.kind, probe.unit = "money", cur[0]
    _read_suffix(tokens, probe, text)
    if r.kind != "count" and probe.kind == "count" and r.unit is None:
        return
    if r.kind not in ("count", "percent", probe.kind) and probe.kind != "count":
        return  # "fallen by 0.38% in the past 24 hours to 39.46%": a time, then a level
    if r.kind == "percent" and probe.after == second.after and not intro and r.number.after < r.after:
        return  # "down 0.5% to 6,342": the first carries its own sign, the second none: a level
    if r.kind == "percent" and (probe.kind != "percent" or (probe.after == second.after and _noun_at(tokens, probe.after))):
        return  # "rose 6.2% to 163 pence", "up 3% to 4,100 staff": a change, then the level it reached
    r.is_range = True
    r.low, r.high = (min(low, high), max(low, high))
    r.value = None
    r.number_after = second.after
    r.after = probe.after
    if probe.kind != "count" or probe.unit:
        r.kind, r.unit = probe.kind, probe.unit
    if r.hedge_class == "exact" or r.hedge_class == "approx":
        r.hedge_class = "range"


def second_base(number: Number, tokens: list[Token]) -> float:
    """The value of a scaled number without its scale ("3 million" -> 3)."""
    for x in range(number.first, number.after):
        if tokens[x].kind == "n":
            try:
                return float(tokens[x].text.replace(",", "")) or 1.0
            except ValueError:
                return 1.0
    return 1.0


#: words that open a number after "plus" ("five plus three"): arithmetic, no hedge
_NUMBER_STARTS = frozenset(NUMBER_WORDS | {"a", "an", "another", "half"})


#: words that open a noun phrase: after "and above", "or over" they make it a preposition
_OPENS_AN_OBJECT = frozenset("the a an its their his her our this that these those".split())


def _read_post_hedge(tokens: list[Token], r: Reading) -> None:
    """"80,000 or more", "20-plus", "500+", "40 or so"."""
    n = len(tokens)
    j = r.after
    if j >= n or r.hedge_first >= 0 or r.is_range:
        return
    if tokens[j].text == "+" and touching(tokens, j) and not (j + 1 < n and touching(tokens, j + 1) and tokens[j + 1].kind in ("n", "w", "p")):
        r.hedge_class, r.hedge_first, r.hedge_after, r.after = "more", j, j + 1, j + 1
        return
    if tokens[j].text == "-" and touching(tokens, j) and j + 1 < n and tokens[j + 1].low in ("plus", "odd"):
        r.hedge_class = POST_HEDGES[tokens[j + 1].low]
        r.hedge_first, r.hedge_after, r.after = j, j + 2, j + 2
        return
    if tokens[j].low == "plus" and j + 1 < n and tokens[j + 1].kind == "w" and tokens[j + 1].low not in _NUMBER_STARTS:
        # "10,000 plus people", "10 million plus TEUs": more than it; "5 plus 3" adds
        r.hedge_class, r.hedge_first, r.hedge_after, r.after = "more", j, j + 1, j + 1
        return
    hit = _match_phrase(tokens, j, POST_HEDGES, 2)  # type: ignore[arg-type]
    if hit is not None and hit[1] < n and (tokens[hit[1]].low in _OPENS_AN_OBJECT or tokens[hit[1]].kind in ("n", "s")):
        return  # "up 9% and above the $12 billion forecast": a preposition with its own object
    if hit is not None and tokens[j].low in ("or", "and"):
        r.hedge_class = hit[0]  # type: ignore[assignment]
        r.hedge_first, r.hedge_after, r.after = j, hit[1], hit[1]


def _as_written(value: float | None) -> float | None:
    """A scaled value without the float noise of the scaling: "$4.1 million" is 4,100,000, not
    4,099,999.9999999995 (fifteen significant digits is all a double holds exactly)."""
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return value
    if value.__class__ is float and value.is_integer() and -1e15 < value < 1e15:
        return value  # fifteen digits or fewer, and no fraction: printed and read back as it is
    return float(f"{value:.15g}")


def _to_quantity(text: str, tokens: list[Token], r: Reading, offset: int = 0) -> Quantity:
    start = tokens[r.first].start
    end = tokens[r.after - 1].end
    num_start = tokens[r.number.first].start
    num_end = tokens[r.number_after - 1].end
    hedge_text = text[tokens[r.hedge_first].start : tokens[r.hedge_after - 1].end] if r.hedge_first >= 0 else None
    if hedge_text is not None and " ".join(hedge_text.lower().split()) in EXACT_WORDS:
        hedge_text = None
    hedge_cls: HedgeClass
    if r.fixed:  # a date, year or clock time: as read
        low, high, value, hedge_cls = r.low, r.high, r.value, r.hedge_class
    elif r.is_range:
        low, high = r.low, r.high
        value = None
        hedge_cls = "range"
    elif r.value is None:  # vague
        low, high, value, hedge_cls = r.number.low, r.number.high, None, "vague"
    else:
        value = _as_written(r.value) if r.number.scaled else r.value
        assert value is not None  # the vague reading, the one without a value, was taken above
        hedge_cls = r.hedge_class
        low, high = (value, value) if hedge_cls == "exact" else interval(value, hedge_cls)
        if hedge_cls != "exact" and r.number.written == "fraction" and r.kind == "percent" and value >= 10:
            # "nearly a third", "almost a tenth": a share in words is rounded to a fraction, not
            # to a decimal digit: a third (33.333...) steps by fives, a tenth by its own digit
            # (not the finer step below a lone 1 of "nearly 100"); nearly reached, it is at most
            # five points short: "almost a tenth" is 5 to 10%, "almost half" 45 to 50%
            near = hedge_text is not None and " ".join(hedge_text.lower().split()) in NEAR_HEDGES
            step = SHARE_IN_WORDS_STEP if near else max(SHARE_IN_WORDS_STEP, rounding_step(value))
            low, high = interval_with_step(value, hedge_cls, step)
        elif hedge_cls != "exact" and text[num_start:num_end].lower().endswith("dozen"):
            low, high = interval_with_step(value, hedge_cls, DOZEN if value % DOZEN == 0 else DOZEN / 2)
        elif hedge_cls == "less" and hedge_text is not None and low is not None \
                and " ".join(hedge_text.lower().split()) in NEAR_HEDGES:
            low = max(low, value * (1 - NEAR_SHARE))  # "nearly 200" is 180 to 200
        elif hedge_cls == "more" and hedge_text is not None and high is not None \
                and " ".join(hedge_text.lower().split()) in JUST_PAST_HEDGES:
            just_past = _as_written(value * (1 + NEAR_SHARE))  # "just over 3 million" is 3 to 3.3 million
            high = high if just_past is None else min(high, just_past)
        if r.uncertainty is not None:
            low, high = value - r.uncertainty, value + r.uncertainty
    if not r.fixed:
        low, high = _as_written(low), _as_written(high)  # "almost £3.30" is 3.2 up, not 3.1999...
    return Quantity(
        start=start + offset, end=end + offset, text=text[start:end], value=value, low=low, high=high,
        hedge=hedge_text, hedge_class=hedge_cls, kind=r.kind, unit=r.unit,
        number_start=num_start + offset, number_end=num_end + offset,
    )
