"""What reads as a number but is not a quantity in the world.

Each rule is a small predicate over the token list around a reading; ``not_a_quantity`` is
their disjunction. The rules are about how English writes numbers that are names, dates and
times, never about a particular story:

* dates: a day number beside a month name ("March 31", "31 March 2025", "between April 1 and
  7", "Mon Apr 21 2025"), ISO and slashed dates ("2025-04-08", "11/02/2007");
* years and decades: a bare four-digit number from 1000 to 2100 with no unit or hedge
  ("in 2023"), "1990s", "'90s";
* clock times: "7:30", "5 pm", "five o'clock";
* ordinals: "1st", "21st" (word ordinals are never read as numbers);
* identifiers and code: "COVID-19", "G20", "4G", "Article 370", "#5", phone numbers,
  "setTimeout(fn, 5000)";
* the pronoun "one" ("no one", "one of", "the one", "one another");
* a small number after a definite article or possessive ("the two countries", "both ... their
  three children"): known entities, not a count;
* a duration that only bounds another figure's time ("in just over two weeks", "for a decade",
  "over the past 24 hours", "two weeks ago").
"""

from __future__ import annotations

from crosscheck.extract.reading import Reading
from crosscheck.extract.tokens import Token, touching
from crosscheck.extract.units import IDENTIFIER_NOUNS, MONTHS, WEEKDAYS

_DEFINITE = {"the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your",
             "whose", "all", "this", "that", "first", "last", "next", "other", "same", "only"}
_ONE_PRONOUN_BEFORE = {"no", "the", "any", "every", "each", "this", "that", "which", "another",
                       "someone", "anyone", "little", "such", "last", "only", "loved", "right",
                       "wrong", "big", "new", "old", "good", "bad"}
_ONE_PRONOUN_AFTER = {"of", "another", "anothers", "'s", "’s", "who", "that", "which", "cannot",
                      "can", "must", "should", "would", "could", "may", "might", "will", "shall",
                      "does", "did", "is", "was", "has", "had", "by", "thing", "way", "side",
                      "hand", "moment", "day", "time", "point", "stage"}
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
_STRONG_IDENTIFIERS = {"article", "section", "clause", "chapter", "resolution", "flight", "route",
                       "no", "nos", "number", "page", "paragraph", "rule", "room", "gate",
                       "platform", "covid", "phase", "version", "vol", "volume", "episode",
                       "amendment", "figure", "fig", "table", "highway", "verse", "psalm",
                       "exit", "junction", "proposition", "class", "sector", "ward", "block"}
_CLOCK = {"am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "hrs", "ist", "pst", "est",
          "cet", "bst", "pkt", "edt", "pdt"}


def not_a_quantity(text: str, tokens: list[Token], r: Reading) -> bool:
    """True when the reading is a date, year, time, ordinal, identifier, pronoun or time bound."""
    number = r.number
    written = number.written
    # each rule below is only asked where it can hold (the guards repeat the rules' own first
    # tests), which matters on text with tens of thousands of figures
    return (
        _is_ordinal(tokens, number.first, number.after)
        or _is_clock_time(tokens, r)
        or _is_date_part(tokens, r)
        or _is_year(tokens, r)
        or (written in ("digits", "fraction") and _is_identifier(text, tokens, r))
        or (written == "words" and (_is_pronoun_one(tokens, r) or _is_named_scale(tokens, r)))
        or _is_definite_small(tokens, r)
        or (r.kind == "duration" and _is_time_bound(tokens, r))
        or (written == "fraction" and _is_ordinal_half(tokens, r))
    )


def _prev(tokens: list[Token], i: int) -> Token | None:
    return tokens[i - 1] if i > 0 else None


def _is_ordinal(tokens: list[Token], first: int, after: int) -> bool:
    return (
        after < len(tokens) and tokens[after].low in _ORDINAL_SUFFIX
        and tokens[after - 1].end == tokens[after].start and tokens[after - 1].kind == "n"
    )


def _is_clock_time(tokens: list[Token], r: Reading) -> bool:
    n = len(tokens)
    number = r.number
    a = number.after
    if a < n and tokens[a].text == ":" and a + 1 < n and tokens[a + 1].kind == "n" and touching(tokens, a + 1):
        return True
    p = number.first - 1
    if p >= 1 and tokens[p].text == ":" and touching(tokens, number.first) and tokens[p - 1].kind == "n":
        return True
    if r.kind in ("count",) and number.value is not None and number.value <= 24 and a < n:
        low = tokens[a].low
        if low in _CLOCK or (low in ("a", "p") and a + 1 < n and tokens[a + 1].text == "." and a + 2 < n and tokens[a + 2].low == "m"):
            return True
        if low == "o'clock" or low == "o’clock":
            return True
    # "2.30pm": glued am/pm after a decimal
    return False


def _is_month(tok: Token | None) -> bool:
    if tok is None or tok.kind != "w":
        return False
    if tok.low == "may":
        return tok.text == "May"
    if tok.low == "mar":
        return tok.text in ("Mar",)
    return tok.low in MONTHS


def _is_date_part(tokens: list[Token], r: Reading) -> bool:
    number = r.number
    n = len(tokens)
    f, a = number.first, number.after
    if not number.bare_int or r.kind != "count" or r.hedge_first >= 0 and not r.is_range:
        # "more than 31 March" is odd; hedged numbers are read as amounts
        if not (number.bare_int and r.kind == "count"):
            return _is_iso_or_slash(tokens, f, a)
    if _is_iso_or_slash(tokens, f, a):
        return True
    value = number.value or 0
    if not (number.bare_int and 1 <= value <= 31 or _four_digit_year(tokens[f].text)):
        return False
    prev = _prev(tokens, f)
    if prev is not None and prev.text == "." and f >= 2 and _is_month(tokens[f - 2]):
        return True
    if _is_month(prev):
        return True
    if a < n and _is_month(tokens[a]):
        return True
    if a + 1 < n and tokens[a].low == "of" and _is_month(tokens[a + 1]):
        return True
    if prev is not None and prev.low in WEEKDAYS and value <= 31:
        return True
    # "April 1 and 7", "March 3-5": the second day of a date range
    if prev is not None and prev.low in ("and", "to", "-", "–", "&") and f >= 3:
        before = tokens[f - 2]
        if before.kind == "n" and before.text.isdigit() and _is_month(tokens[f - 3]):
            return True
    # "1 and 7 April"
    if a + 2 < n and tokens[a].low in ("and", "to", "-", "–") and tokens[a + 1].kind == "n" and _is_month(tokens[a + 2]):
        return True
    return False


def _four_digit_year(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1000 <= int(s) <= 2100


_DATE_JOINERS = ("-", "/", ".")


def _is_iso_or_slash(tokens: list[Token], f: int, a: int) -> bool:
    """"2025-04-08", "11/02/2007", "05/06", "2013-14": numbers joined into a date."""
    n = len(tokens)
    tok = tokens[f]
    if tok.kind != "n":
        return False
    if not (a < n and tokens[a].text in _DATE_JOINERS) and not (f >= 1 and tokens[f - 1].text in _DATE_JOINERS):
        return False  # no "-", "/" or "." beside the number: nothing joins it into a date
    sep_after = a < n and tokens[a].text in ("-", "/", ".") and touching(tokens, a) and a + 1 < n and tokens[a + 1].kind == "n" and touching(tokens, a + 1)
    sep_before = f >= 2 and tokens[f - 1].text in ("-", "/") and touching(tokens, f) and touching(tokens, f - 1) and tokens[f - 2].kind == "n"
    if _four_digit_year(tok.text) and sep_after and tokens[a].text in ("-", "/"):
        nxt = tokens[a + 1].text
        return nxt.isdigit() and (len(nxt) == 2 and (nxt.startswith("0") or int(nxt) <= 12 or int(nxt) > int(tok.text[2:])))
    if tok.text.isdigit() and len(tok.text) <= 2 and sep_after and tokens[a].text == "/":
        k = a + 2
        if k + 1 < n and tokens[k].text == "/" and tokens[k + 1].kind == "n":
            return True
        return tok.text.startswith("0") or tokens[a + 1].text.startswith("0")
    if sep_before and tokens[f - 1].text in ("-", "/"):
        prev_num = tokens[f - 2].text
        if _four_digit_year(prev_num) and tok.text.isdigit() and len(tok.text) == 2:
            return True
        # the day of "2025-04-08": two steps back is the year
        if (
            f >= 4
            and tokens[f - 3].text == tokens[f - 1].text
            and touching(tokens, f - 2)
            and _four_digit_year(tokens[f - 4].text)
        ):
            return True
        if tokens[f - 1].text == "/" and f >= 4 and tokens[f - 3].text == "/":
            return True
        if tokens[f - 1].text == "/" and (prev_num.startswith("0") or tok.text.startswith("0")):
            return True
    return False


def _is_year(tokens: list[Token], r: Reading) -> bool:
    number = r.number
    if not number.bare_int or r.kind != "count" or r.is_range and False:
        return _is_decade(tokens, r)
    text = tokens[number.first].text
    if not _four_digit_year(text):
        return _is_decade(tokens, r)
    if r.hedge_first >= 0:
        return False
    a = number.after
    n = len(tokens)
    prev = _prev(tokens, number.first)
    if r.is_range:
        return True  # "2013-2014", "from 2019 to 2023"
    # "2000 people" after no time preposition is a count; otherwise a year
    if a < n and tokens[a].kind == "w" and tokens[a].text.islower() and tokens[a].low not in _AFTER_YEAR:
        if prev is None or prev.low not in _TIME_PREPOSITIONS | {"since", "until", "of", "by"}:
            return False
    return True


def _is_decade(tokens: list[Token], r: Reading) -> bool:
    n = len(tokens)
    a = r.number.after
    text = tokens[r.number.first].text
    if a < n and touching(tokens, a) and text.isdigit():
        if tokens[a].low == "s" and (len(text) in (2, 4)) and text.endswith("0"):
            return True
        if tokens[a].low in ("'s", "’s") and text.endswith("0") and len(text) == 4:
            return True
    prev = _prev(tokens, r.number.first)
    if prev is not None and prev.text in ("'", "’") and a < n and tokens[a].low == "s":
        return True
    return False


def _is_identifier(text: str, tokens: list[Token], r: Reading) -> bool:
    number = r.number
    f, a = number.first, number.after
    n = len(tokens)
    if number.written not in ("digits", "fraction"):
        return False
    prev = _prev(tokens, f)
    if r.kind == "count" and prev is not None:
        # "G20", "L2", "COVID-19", "F-16", "MACS J1149.5"
        if touching(tokens, f) and prev.kind == "w":
            return True
        if prev.text in ("-", "_", "#", "/", "№") and touching(tokens, f) and f >= 2:
            before = tokens[f - 2]
            if prev.text == "#" or (touching(tokens, f - 1) and before.kind == "w" and (before.text.isupper() or before.text[:1].isupper())):
                return True
            if prev.text == "-" and touching(tokens, f - 1) and before.kind == "w" and before.low not in ("minus", "negative"):
                return True  # "F-16", not "negative-5"
        if prev.text == "#":
            return True
        if prev.kind == "w" and prev.low in IDENTIFIER_NOUNS and r.hedge_first < 0 and r.first == f:
            if prev.low in _STRONG_IDENTIFIERS or prev.text[:1].isupper():
                if not (prev.low == "no" and prev.text == "no"):
                    return True
    # "4G", "3D", "A380" style: letters glued after the digits that were not read as a unit
    if r.kind == "count" and a < n and touching(tokens, a) and tokens[a].kind == "w" and not number.glued_suffix:
        if tokens[a].low not in ("s",):
            return True
    if a < n and touching(tokens, a) and tokens[a].text in ("_",):
        return True
    # phone numbers: "+92 51 1234567", "555-123-4567", "(051) 123 4567"
    if r.kind == "count" and prev is not None and (prev.kind == "n" or prev.text == "+") and _after_plus_prefix(tokens, f):
        return True
    if r.kind == "count" and a + 2 < n and tokens[a].text == "-" and tokens[a + 1].kind == "n" and tokens[a + 2].text == "-" and tokens[a + 3 if a + 3 < n else a].kind == "n":
        return True
    # code: a number inside the argument list of a call, or beside operators
    if _in_code(text, tokens, f, a):
        return True
    return False


def _after_plus_prefix(tokens: list[Token], f: int) -> bool:
    """A number in a run of digit groups that starts with "+": "+92 51 1234567"."""
    k = f
    for _ in range(6):
        prev = _prev(tokens, k)
        if prev is None:
            return False
        if prev.text == "+" and touching(tokens, k):
            return True
        if prev.kind != "n" or prev.end + 1 != tokens[k].start:
            return False
        k -= 1
    return False


def _in_code(text: str, tokens: list[Token], f: int, a: int) -> bool:
    n = len(tokens)
    prev = _prev(tokens, f)
    if prev is not None and prev.text in ("=", "==", "[", "{", "<", ">", "=>", "+=", "-="):
        return True
    if a < n and tokens[a].text in ("]", ";", ");", "};", "=", "==", "}", "]);"):
        return True
    # an unclosed "(" glued to a name earlier on this line: "setTimeout(fn, 5000)"
    start = tokens[f].start
    lo = max(0, start - 200)
    opener = text.rfind("(", lo, start)
    if opener <= 0 or text.find("\n", opener, start) != -1:
        return False  # no "(" before the number on its own line (the common case: one C scan)
    if text.find(")", opener, start) == -1:
        before = text[opener - 1]
        return before.isalnum() or before == "_"
    return False


def _is_pronoun_one(tokens: list[Token], r: Reading) -> bool:
    number = r.number
    f, a = number.first, number.after
    if number.written != "words" or a - f != 1 or tokens[f].low != "one":
        return False
    if r.hedge_first >= 0 or r.kind != "count" or r.is_range:
        return False
    prev = _prev(tokens, f)
    nxt = tokens[a] if a < len(tokens) else None
    if prev is not None and prev.low in _ONE_PRONOUN_BEFORE:
        return True
    if nxt is not None and (nxt.low in _ONE_PRONOUN_AFTER or nxt.text in ("'s", "’s")):
        return True
    if nxt is not None and nxt.low == "or" and a + 1 < len(tokens) and tokens[a + 1].low in ("another", "other"):
        return True
    if nxt is not None and nxt.kind == "w" and nxt.low in ("can", "cannot", "could", "should", "must", "might", "may", "would", "will"):
        return True
    return False


def _is_definite_small(tokens: list[Token], r: Reading) -> bool:
    number = r.number
    if r.hedge_first >= 0 or r.is_range or r.kind not in ("count",):
        return False
    value = number.value
    if value is None or value > 12 or value != int(value):
        return False
    if number.written == "digits" and value > 3:
        return False
    prev = _prev(tokens, number.first)
    return prev is not None and prev.low in _DEFINITE and prev.low not in ("first", "last", "next", "only", "other", "this", "that")


def _is_time_bound(tokens: list[Token], r: Reading) -> bool:
    """A duration that says when, not how long something measured lasted."""
    if r.kind != "duration":
        return False
    first = r.first
    glued_unit = r.after >= 2 and tokens[r.after - 2].text == "-"
    if glued_unit:
        return False  # "a one-day visit", "a 48-hour strike": the duration is the claim
    prev = _prev(tokens, first)
    nxt = tokens[r.after] if r.after < len(tokens) else None
    if nxt is not None and nxt.low in _TIME_AFTER:
        return True
    if prev is None:
        return False
    if prev.low in _TIME_PREPOSITIONS:
        return True
    if prev.low in ("just",) and first >= 2 and tokens[first - 2].low in _TIME_PREPOSITIONS:
        return True
    return False


def _is_ordinal_half(tokens: list[Token], r: Reading) -> bool:
    """"the second half of 2025", "the first quarter": a part of a period, not a share."""
    number = r.number
    if number.written != "fraction" or tokens[number.first].low not in ("half", "quarter"):
        return False
    prev = _prev(tokens, number.first)
    if prev is not None and prev.low in ("first", "second", "third", "fourth", "last", "latter",
                                          "former", "the", "this", "next", "past", "previous", "final"):
        return True
    if tokens[number.first].low == "quarter" and r.hedge_first < 0:
        nxt = tokens[number.after] if number.after < len(tokens) else None
        return nxt is None or nxt.low not in ("of", "pound", "mile", "century")
    return False


_BARE_SCALES = {"hundred", "thousand", "million", "billion", "trillion"}


def _is_named_scale(tokens: list[Token], r: Reading) -> bool:
    """A bare scale word in capitals is a name ("the Million Man March", "Thousand Oaks");
    in lower case it is one of it ("thousand thousand" is 1000 twice)."""
    number = r.number
    if number.written != "words" or number.after - number.first != 1:
        return False
    tok = tokens[number.first]
    return tok.low in _BARE_SCALES and tok.text[0].isupper()
