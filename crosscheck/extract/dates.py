"""Numbers that say when: dates, years, time bounds and clock times.

Dates, years and time bounds are read, not dropped, so ``crosscheck quantities`` shows what it
saw and why it is no figure; each gets a kind of its own (``TIME_KINDS``) and claims are never
made of them (a fact-checker compares counts, not dates):

* ``date``: a day number beside a month ("March 31", "31 March 2025", "March 21st, 2025",
  "between April 1 and 7"), ISO and slashed dates ("2025-04-08", "2025-04", "11/02/2007");
  value None, the span is the whole date;
* ``year``: a bare four-digit number from 1000 to 2100 with no unit or hedge ("in 2023",
  "from 2019 to 2023", "2013-14"); value the year. A decade ("the 1960s") spans its ten
  years ([1960, 1969]); a two-digit one ("the '90s") has no value (which century?);
* ``period``: a duration that bounds another figure's time ("in just over two weeks", "for
  three years", "over the past 24 hours", "two weeks ago"); value and unit as any duration. A term
  handed down ("sentenced to 8 years", "jailed for six months") is a duration, not a bound.

Clock times ("7:30am", "5 pm", "10.30pm", "five o'clock") are recognised (``is_clock_time``) and
dropped: the peers read no quantity in "2 pm" either. Minutes have two digits, so "2.1 pm" and
"2.123 am" are no clock time.

``read_date_or_year`` and ``read_time_bound`` decide, and set the kind, span and value on the
``Reading``.
"""

from __future__ import annotations

import re

from crosscheck.extract.reading import Reading
from crosscheck.extract.tokens import Token, touching
from crosscheck.extract.units import MONTHS, WEEKDAYS

#: mentions that place a figure in time rather than state one: never a claim (why, as a
#: user reads it in ``crosscheck quantities``)
WHY_NOT_A_CLAIM = {
    "date": "a date says when",
    "year": "a year says when",
    "period": "a time bound says when another figure holds",
    "name": "a number in a name says which thing (\"Windows 11\", \"Office 365\")",
}
TIME_KINDS = frozenset(WHY_NOT_A_CLAIM)

_TIME_PREPOSITIONS = {"in", "within", "for", "over", "during", "after", "before", "past", "last",
                      "next", "of", "than", "every", "each", "since", "until", "till", "about",
                      "around", "nearly", "almost", "recent", "previous", "coming", "first",
                      "the", "those", "these", "few", "some", "several", "two", "by", "to"}
_TIME_AFTER = {"ago", "later", "earlier", "before", "after", "since", "from", "into", "on",
               "old", "hence", "away"}
#: words that follow a year, not a count ("in 2023 and", "2023 was")
_AFTER_YEAR = {"and", "or", "to", "the", "was", "is", "when", "as", "after", "before", "until",
               "but", "that", "which", "with", "for", "in", "on", "at", "by", "of", "saw", "had",
               "has", "have", "will", "would", "alone", "onwards", "onward", "through", "from"}
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
#: what may follow the hour of a clock time (time zones included: "0600 GMT" is no count)
_CLOCK = {"am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "hrs", "ist", "pst", "est",
          "cet", "bst", "pkt", "edt", "pdt"}


def read_date_or_year(tokens: list[Token], r: Reading) -> bool:
    """True when the reading is a date or a year; then its kind, span and value are set."""
    if r.kind != "count" or not r.number.bare_int:
        return False  # "80,000 people", "2.5%": dates and years are plain digits (asked first)
    if _part_of_a_name(tokens, r.number.first):
        return False
    return _read_date(tokens, r) or _read_year(tokens, r)


def _part_of_a_name(tokens: list[Token], f: int) -> bool:
    """Digits glued to letters or a sign before them: "LGA1156", "#2020", "F-1999", "_2024"."""
    if f == 0 or not touching(tokens, f):
        return False
    prev = tokens[f - 1]
    if prev.kind == "w" or prev.text in ("#", "№", "_"):
        return True
    return prev.text == "-" and f >= 2 and touching(tokens, f - 1) and tokens[f - 2].kind == "w"


def _prev(tokens: list[Token], i: int) -> Token | None:
    return tokens[i - 1] if i > 0 else None


def _set(r: Reading, kind: str, first: int, after: int, value: float | None,
         low: float | None = None, high: float | None = None) -> bool:
    r.kind, r.unit, r.first, r.after = kind, None, first, after
    r.value, r.is_range, r.hedge_first, r.hedge_after = value, False, -1, -1
    r.low, r.high = (value, value) if low is None and high is None else (low, high)
    r.hedge_class = "range" if value is None and low is not None else "exact"
    r.number_after = r.number.after
    r.fixed = True
    return True


# --------------------------------------------------------------------------- clock times


def is_clock_time(tokens: list[Token], r: Reading) -> bool:
    """"10:30", "7:30am", "5 pm", "10.30pm", "five o'clock"; also digits joined by a colon that
    are no time ("won 3:1"). Minutes have two digits: "2.1 pm" is no clock time."""
    n = len(tokens)
    number = r.number
    f, a = number.first, number.after
    if a < n and tokens[a].text == ":" and a + 1 < n and tokens[a + 1].kind == "n" and touching(tokens, a + 1):
        return True
    if f >= 2 and tokens[f - 1].text == ":" and touching(tokens, f) and tokens[f - 2].kind == "n":
        return True
    if r.kind != "count" or number.value is None or number.value > 24 or a >= n:
        return False
    low = tokens[a].low
    if not (low in _CLOCK or low in ("o'clock", "o’clock") or _dotted_meridiem(tokens, a)):
        return False
    digits = tokens[f].text
    if number.written == "digits" and "." in digits:
        minutes = digits.split(".", 1)[1]
        return len(minutes) == 2 and int(minutes) < 60  # "2.30pm"; not "2.1 pm", "2.123 am"
    return True


def _dotted_meridiem(tokens: list[Token], a: int) -> bool:
    """"a.m." / "p.m." as tokens: a, ".", m."""
    n = len(tokens)
    return (tokens[a].low in ("a", "p") and a + 2 < n and tokens[a + 1].text == "."
            and tokens[a + 2].low == "m")


# --------------------------------------------------------------------------- dates


def _is_month(tok: Token | None) -> bool:
    if tok is None or tok.kind != "w":
        return False
    if tok.low == "may":
        return tok.text == "May"
    if tok.low == "mar":
        return tok.text in ("Mar",)
    return tok.low in MONTHS


def four_digit_year(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1000 <= int(s) <= 2100


def _read_date(tokens: list[Token], r: Reading) -> bool:
    number = r.number
    n = len(tokens)
    f, a = number.first, number.after
    if not number.bare_int or r.kind != "count":
        return _read_iso_or_slash(tokens, r)
    if _read_iso_or_slash(tokens, r):
        return True
    value = number.value or 0
    if not (1 <= value <= 31 or four_digit_year(tokens[f].text)):
        return False
    day = 1 <= value <= 31
    prev = _prev(tokens, f)
    end = a + 1 if day and a < n and tokens[a].low in _ORDINAL_SUFFIX and touching(tokens, a) else a
    if prev is not None and prev.text == "." and f >= 2 and _is_month(tokens[f - 2]):
        return _set(r, "date", f - 2, _year_after(tokens, end, comma=True), None)  # "Apr. 21"
    if _is_month(prev):
        return _set(r, "date", f - 1, _year_after(tokens, end, comma=True), None)  # "March 31, 2025"
    if end < n and _is_month(tokens[end]):
        return _set(r, "date", f, _year_after(tokens, end + 1), None)  # "31 March 2025"
    if end + 1 < n and tokens[end].low == "of" and _is_month(tokens[end + 1]):
        return _set(r, "date", f, _year_after(tokens, end + 2), None)  # "the 31st of March"
    if not day:
        return False
    if prev is not None and prev.low in WEEKDAYS:
        return _set(r, "date", f, end, None)
    # "April 1 and 7", "March 3-5": the second day of a date range
    if prev is not None and prev.low in ("and", "to", "-", "–", "&") and f >= 3:
        before = tokens[f - 2]
        if before.kind == "n" and before.text.isdigit() and _is_month(tokens[f - 3]):
            return _set(r, "date", f, end, None)
    # "1 and 7 April": the first day of one
    if a + 2 < n and tokens[a].low in ("and", "to", "-", "–") and tokens[a + 1].kind == "n" and _is_month(tokens[a + 2]):
        return _set(r, "date", f, end, None)
    return False


def _year_after(tokens: list[Token], i: int, comma: bool = False) -> int:
    """The index after a year that completes a date at ``i`` ("March 31, 2025"), else ``i``."""
    n = len(tokens)
    j = i + 1 if comma and i < n and tokens[i].text == "," else i
    if j >= n or not four_digit_year(tokens[j].text):
        return i
    nxt = tokens[j + 1] if j + 1 < n else None
    if nxt is not None and nxt.kind == "w" and (
        touching(tokens, j + 1) or (nxt.text.islower() and nxt.low not in _AFTER_YEAR and _plural_noun(nxt.low))
    ):
        return i  # "on March 31, 2000 people fled": the count, not the year ("2022 beating" is one)
    return j + 1


_DATE_JOINERS = ("-", "/", ".")


def _read_iso_or_slash(tokens: list[Token], r: Reading) -> bool:
    """"2025-04-08", "11/02/2007", "2025-04" (dates) and "2013-14" (a year that spans two):
    the whole run is one mention. Two numbers and a slash ("05/06", "1/0") are left to the
    filters: a date or a fraction, no reader can tell."""
    f = r.number.first
    if not is_iso_or_slash(tokens, f, r.number.after):
        return False
    n = len(tokens)
    after = f + 1
    for _ in range(2):  # at most two more parts: month and day
        if after + 1 < n and tokens[after].text in _DATE_JOINERS and touching(tokens, after) \
                and tokens[after + 1].kind == "n" and touching(tokens, after + 1):
            after += 2
        else:
            break
    first = tokens[f].text
    if after == f + 3 and four_digit_year(first) and tokens[f + 1].text in ("-", "/"):
        second = tokens[f + 2].text
        if (len(second) == 2 and int(second) > int(first[2:])) or (len(second) == 4 and int(second) == int(first) + 1):
            # "2013-14", "2019/20", "2015/2016": a financial, school or sports year spans
            # calendar years
            start = float(first)
            end = float(second if len(second) == 4 else first[:2] + second)
            return _set(r, "year", f, after, None, start, end)
        return _set(r, "date", f, after, None)  # "2025-04"
    if after == f + 5:
        return _set(r, "date", f, after, None)
    return False


def is_iso_or_slash(tokens: list[Token], f: int, a: int) -> bool:
    """The number at ``f`` is a part of a date written with "-" or "/"."""
    n = len(tokens)
    tok = tokens[f]
    if tok.kind != "n":
        return False
    if not (a < n and tokens[a].text in _DATE_JOINERS) and not (f >= 1 and tokens[f - 1].text in _DATE_JOINERS):
        return False  # no "-", "/" or "." beside the number: nothing joins it into a date
    sep_after = a < n and tokens[a].text in ("-", "/", ".") and touching(tokens, a) and a + 1 < n and tokens[a + 1].kind == "n" and touching(tokens, a + 1)
    sep_before = f >= 2 and tokens[f - 1].text in ("-", "/") and touching(tokens, f) and touching(tokens, f - 1) and tokens[f - 2].kind == "n"
    if four_digit_year(tok.text) and sep_after and tokens[a].text in ("-", "/"):
        nxt = tokens[a + 1].text
        return nxt.isdigit() and (
            (len(nxt) == 2 and (nxt.startswith("0") or int(nxt) <= 12 or int(nxt) > int(tok.text[2:])))
            or (len(nxt) == 4 and int(nxt) == int(tok.text) + 1)  # "2015/2016": one year spanning two
        )
    if tok.text.isdigit() and len(tok.text) <= 2 and sep_after and tokens[a].text == "/":
        k = a + 2
        if k + 1 < n and tokens[k].text == "/" and tokens[k + 1].kind == "n":
            return True
        return tok.text.startswith("0") or tokens[a + 1].text.startswith("0")
    if sep_before and tokens[f - 1].text in ("-", "/"):
        prev_num = tokens[f - 2].text
        if four_digit_year(prev_num) and tok.text.isdigit() and len(tok.text) == 2:
            return True
        # the day of "2025-04-08": two steps back is the year
        if (
            f >= 4
            and tokens[f - 3].text == tokens[f - 1].text
            and touching(tokens, f - 2)
            and four_digit_year(tokens[f - 4].text)
        ):
            return True
        if tokens[f - 1].text == "/" and f >= 4 and tokens[f - 3].text == "/":
            return True
        if tokens[f - 1].text == "/" and (prev_num.startswith("0") or tok.text.startswith("0")):
            return True
    return False


# --------------------------------------------------------------------------- years


def _read_year(tokens: list[Token], r: Reading) -> bool:
    number = r.number
    if _read_decade(tokens, r):
        return True
    text = tokens[number.first].text
    if not number.bare_int or r.kind != "count" or not four_digit_year(text):
        return False
    a = number.after
    if r.hedge_first >= 0 and not r.is_range:
        # "the largest revision since at least 1979": a hedged year after a word of time bounds
        # a period; a count would take its noun ("since at least 2000 homes were lost")
        before_hedge = _prev(tokens, r.hedge_first)
        if before_hedge is None or before_hedge.low not in _SINCE_WORDS or (
                a < len(tokens) and tokens[a].kind == "w" and tokens[a].text.islower()
                and tokens[a].low not in _AFTER_YEAR):
            return False
        return _set(r, "year", r.first, a, float(text))
    n = len(tokens)
    prev = _prev(tokens, number.first)
    if r.is_range:
        if r.hedge_class != "range" or r.low is None or r.high is None or not four_digit_year(f"{r.high:.0f}"):
            return False
        # "2013-2014", "from 2019 to 2023"
        return _set(r, "year", r.first, r.after, None, r.low, r.high)
    # "fiscal year 2031 reached ...", "FY 2030", "calendar 2029": a word that names a year
    if prev is not None and prev.low in _NAMES_A_YEAR:
        return _set(r, "year", number.first, a, float(text))
    # "2000 people" after no time preposition is a count; otherwise a year
    if a < n and tokens[a].kind == "w" and tokens[a].text.islower() and tokens[a].low not in _AFTER_YEAR:
        if prev is None or prev.low not in _TIME_PREPOSITIONS | {"since", "until", "of", "by"}:
            if not (prev is not None and prev.kind == "w" and prev.text.islower()
                    and (singular_noun(tokens[a].low) or prev.low in ("a", "an"))):
                return False  # "since a 2011 uprising": "a" takes no count above one
            # "a controversial 2017 referendum", "the 2012 quake": a count above one takes a
            # plural noun, so a singular one after a bare four-digit number names a year's thing
        before_of = _prev(tokens, number.first - 1) if number.first > 0 else None
        if prev.low == "of" and _plural_noun(tokens[a].low) and (before_of is None or before_of.low not in _TIME_NOUNS):
            return False  # "a crowd of 2000 people", "a total of 1500 homes": a count
    if prev is not None and prev.kind == "w" and prev.text[:1].isupper() and prev.low not in MONTHS \
            and prev.low not in _TIME_PREPOSITIONS | {"since", "until", "by", "of"} and _share_in_brackets(tokens, a):
        return False  # "Independent 1989 [43.5%]": a contender's votes and their share, a results row
    return _set(r, "year", number.first, a, float(text))


def _share_in_brackets(tokens: list[Token], k: int) -> bool:
    """A share in brackets opens at ``tokens[k]``: "(43.5%)", "[43.5 per cent]"."""
    if k >= len(tokens) or tokens[k].text not in ("(", "["):
        return False
    inside = tokens[k + 1:k + 3]
    return len(inside) == 2 and inside[0].kind == "n" and inside[1].low in ("%", "per", "percent")


#: words right before a four-digit number that make it a year whatever follows
_NAMES_A_YEAR = frozenset({"year", "fiscal", "fy", "calendar"})
#: words of time before a hedged year: "since at least 1979", "until at least 2030"
_SINCE_WORDS = frozenset({"since", "until", "till", "before"})
#: "the end of 2024 ...", "the class of 2019": "of" after these names a year
_TIME_NOUNS = frozenset("end start beginning middle mid summer spring autumn fall winter half quarter class "
                        "year month rest remainder course early late first second third fourth".split())
_IRREGULAR_PLURALS = frozenset("people children men women police staff personnel cattle troops".split())
_NOT_PLURAL = frozenset("is was has as this its us thus plus was towards across whereas".split())


#: lower-case words after a number that are no singular noun ("2000 more", "1500 each")
_NOT_SINGULAR_NOUNS = frozenset("more less each strong dead alive other new own per cent percent "
                                "were are who died fled held".split())


def singular_noun(word: str) -> bool:
    """A word that reads as a singular noun after a number ("referendum", "quake"): neither a
    plural, nor a verb or adverb by its ending, nor a word that follows counts."""
    return (len(word) > 2 and word.isalpha() and not _plural_noun(word) and word not in _NOT_SINGULAR_NOUNS
            and not word.endswith(("ed", "ing", "ly")) and word not in _AFTER_YEAR)


def _plural_noun(word: str) -> bool:
    """A word that reads as a plural noun after a number ("people", "homes"), not a verb ("was")."""
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURAL
    )


def _read_decade(tokens: list[Token], r: Reading) -> bool:
    n = len(tokens)
    f, a = r.number.first, r.number.after
    text = tokens[f].text
    if r.kind != "count" or not text.isdigit():
        return False
    prev = _prev(tokens, f)
    quoted = prev is not None and prev.text in ("'", "’") and touching(tokens, f)
    if not (a < n and touching(tokens, a)):
        return False
    plural = tokens[a].low == "s" and len(text) in (2, 4) and text.endswith("0")
    # "1990's": the tokenizer splits the apostrophe from the s
    possessive = (tokens[a].text in ("'", "’") and a + 1 < n and tokens[a + 1].low == "s"
                  and touching(tokens, a + 1) and text.endswith("0") and len(text) == 4)
    if not (plural or possessive or (quoted and tokens[a].low == "s")):
        return False
    after = a + 2 if possessive else a + 1
    if len(text) == 4:
        start = float(text)
        return _set(r, "year", f, after, start, start, start + 9)
    return _set(r, "year", f - 1 if quoted else f, after, None, None, None)


# --------------------------------------------------------------------------- time bounds


#: verbs after which "over" a duration means "more than" it
_LASTING = frozenset("last lasts lasted lasting take takes took taken taking spend spends spent spending "
                     "wait waits waited serve serves served run runs ran stay stays stayed been be is was".split())


#: verbs that hand down a term: "sentenced him to 8 years", "jailed for six months", "banned
#: for 10 years": the duration after them is the term itself, a figure to check, not a time bound
_TERM_VERB = re.compile(r"(?:sentenc|imprison|condemn|disqualif)\w*|jail(?:ed|s|ing)?|bann?(?:ed|s|ing)?|barred|exiled?")


def _term_handed_down(tokens: list[Token], first: int) -> bool:
    """Whether the duration at ``first`` follows "to"/"for" after a verb that hands down a term,
    with at most three words between ("sentenced the former minister to 8 years")."""
    prev = first - 1
    if prev < 1 or tokens[prev].low not in ("to", "for"):
        return False
    for i in range(prev - 1, max(-1, prev - 5), -1):
        word = tokens[i].low
        if four_digit_year(tokens[i].text) and i >= 1 and tokens[i - 1].low == "in":
            continue  # "sentenced in 2011 to 12 years": the year it was handed down
        if not word[:1].isalpha():
            return False  # a comma or a number: another clause or another figure
        if _TERM_VERB.fullmatch(word):
            return True
    return False


#: what a term is served in ("3 months imprisonment", "two years' detention")
_CUSTODY = frozenset("imprisonment prison jail custody detention suspension ban probation".split())
#: nouns of a wait whose length is the figure after "of" ("delays of 7 to 14 days", "a wait of 18 weeks")
_WAITS = frozenset("delay delays wait waits sentence sentences term terms".split())


def _length_is_the_figure(tokens: list[Token], r: Reading) -> bool:
    """"a period of 3 months imprisonment", "delays of 7 to 14 days": how long a term or a wait
    lasts, a figure to check, not when another figure holds."""
    nxt = r.after
    if nxt < len(tokens) and tokens[nxt].text in ("'", "’") and nxt + 1 < len(tokens):
        nxt += 1  # "two years' imprisonment"
    if nxt < len(tokens) and tokens[nxt].low in _CUSTODY:
        return True
    first = r.first
    return first >= 2 and tokens[first - 1].low == "of" and tokens[first - 2].low in _WAITS


def read_time_bound(tokens: list[Token], r: Reading) -> bool:
    """A duration that says when, not how long something measured lasted: kind "period"."""
    if r.kind != "duration":
        return False
    first = r.first
    glued_unit = r.after >= 2 and tokens[r.after - 2].text == "-"
    if glued_unit:
        return False  # "a one-day visit", "a 48-hour strike": the duration is the claim
    prev = _prev(tokens, first)
    nxt = tokens[r.after] if r.after < len(tokens) else None
    # "over" before a duration is a hedge after a verb of lasting ("the trial lasted over four
    # years") and otherwise the preposition of a period ("a 9% increase spread out over 4 years")
    over = tokens[first].low == "over" and (prev is None or prev.low not in _LASTING)
    if _term_handed_down(tokens, first) or _length_is_the_figure(tokens, r):
        return False
    bound = (
        over
        or (nxt is not None and nxt.low in _TIME_AFTER)
        or (prev is not None and prev.low in _TIME_PREPOSITIONS)
        or (prev is not None and prev.low == "just" and first >= 2 and tokens[first - 2].low in _TIME_PREPOSITIONS)
    )
    if bound:
        r.kind = "period"
    return bound
