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
* two numbers and a slash that may be a date ("05/06", "1/0");
* a count hyphened to a noun before another noun ("a two-storey building"): a description;
* "a presidential one.": the pronoun "one" at a phrase's end;
* "and a half" after a noun ("an hour and a half north"): part of that thing, not a share;
* a person's age in apposition ("Jane Roe, 64, and ...", "the midfielder, 22, scored"): it
  names who, it is no figure of the story, and two such ages side by side are no conflict;
* a match score or a vote split ("lost 3-2", "a 1-1 draw", "a 5-4 ruling", "won 2-3" after a
  word of winning or losing): two numbers that count nothing one at a time, nor a range;
* "a" and an ordinal before a noun ("a third man", "a fifth straight win"), and a bare
  "quarter" after a describing word ("the third consecutive quarter of growth"): which one, or
  a period, not a share;
* a year naming which one of a thing ("its 2014 tally"), a catalogue name ("HD 40213",
  "LHS 5120b"), a number in an idiom ("a one-sided win", "a two-way race");

``names_a_thing`` reads the number of a product or model named by a capitalised word
("Office 365", "Windows 11", "Xbox 360 sales"): kept, with a kind of its own, and never a claim.
* clock times ("7:30am", "5 pm", "five o'clock", ``dates.is_clock_time``): neither a figure nor
  a date, and the peers read none in "2 pm".
"""

from __future__ import annotations

import re

from crosscheck.extract.clauses import SPEECH_VERBS
from crosscheck.extract.dates import four_digit_year, is_iso_or_slash, singular_noun
from crosscheck.extract.reading import Reading
from crosscheck.extract.tokens import Token, touching
from crosscheck.extract.units import (
    CURRENCY_SUFFIX,
    DURATIONS,
    IDENTIFIER_NOUNS,
    MEASURES,
    MONTHS,
    WEEKDAYS,
)
from crosscheck.extract.words import is_number_word

_DEFINITE = {"the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your",
             "whose", "all", "this", "that", "first", "last", "next", "other", "same", "only"}
_ONE_PRONOUN_BEFORE = {"no", "the", "any", "every", "each", "this", "that", "which", "another",
                       "someone", "anyone", "little", "such", "last", "only", "loved", "right",
                       "wrong", "big", "new", "old", "good", "bad"}
_ONE_PRONOUN_AFTER = {"of", "another", "anothers", "'s", "’s", "who", "that", "which", "cannot",
                      "can", "must", "should", "would", "could", "may", "might", "will", "shall",
                      "does", "did", "is", "was", "has", "had", "by", "thing", "way", "side",
                      "hand", "moment", "day", "time", "point", "stage", "end"}
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
#: abbreviated label nouns written with a period before their number
_ABBREVIATED_LABELS = {"art", "arts", "sec", "secs", "ch", "chap", "para", "paras", "fig", "figs", "pp", "no", "nos"}
_STRONG_IDENTIFIERS = {"article", "section", "clause", "chapter", "resolution", "flight", "route",
                       "no", "nos", "number", "page", "paragraph", "rule", "room", "gate",
                       "platform", "covid", "phase", "version", "vol", "volume", "episode",
                       "amendment", "figure", "fig", "table", "highway", "verse", "psalm",
                       "exit", "junction", "proposition", "class", "sector", "ward", "block",
                       "level", "grade", "stage", "category", "tier"}
#: label nouns whose number stays a label with a hedge after it ("grade 7 or above", "level 3
#: or higher"): which step of a scale, not a count
_SCALE_STEPS = frozenset({"level", "grade", "stage", "category", "tier", "band", "key"})


def not_a_quantity(text: str, tokens: list[Token], r: Reading) -> bool:
    """True when the reading is an ordinal, identifier, pronoun or the like: dropped. (Clock
    times are dropped and dates and years read by ``dates`` before this is asked; time bounds
    after.)"""
    number = r.number
    written = number.written
    # each rule below is only asked where it can hold (the guards repeat the rules' own first
    # tests), which matters on text with tens of thousands of figures
    return (
        _is_ordinal(tokens, number.first, number.after)
        or is_iso_or_slash(tokens, number.first, number.after)
        or (written in ("digits", "fraction") and _is_identifier(text, tokens, r))
        or (written == "words" and (_is_pronoun_one(tokens, r) or _is_named_scale(tokens, r)
                                    or _is_plus_one_of_a_share(tokens, r)))
        or _is_definite_small(tokens, r)
        or (written == "fraction" and (_is_ordinal_half(tokens, r) or _is_and_a_half(tokens, r)
                                       or _is_ordinal_before_a_noun(tokens, r)))
        or (written == "digits" and _is_appositive_age(tokens, r))
        or _is_compound_modifier(tokens, r)
        or _is_denominator(tokens, r)
        or _is_bracketed_change(tokens, r)
        or (number.bare_int and (_is_year_before_a_noun(tokens, r) or _is_year_of_a_yardstick(tokens, r)))
        or _is_idiom(tokens, r)
        or (written == "digits" and (_is_catalogue_name(tokens, r) or _is_hyphened_name(tokens, r)))
        or _is_rank(tokens, r)
        or _is_scale_step(text, tokens, r)
        or _is_year_after_a_comparative(tokens, r)
        or _is_list_marker(text, tokens, r)
        or (written == "digits" and ((number.after < len(tokens) and tokens[number.after].text[0] == ")"
                                      and _is_enumerator(tokens, r))
                                     or (number.bare_int and _is_year_said_alone(tokens, r))
                                     or _in_a_link(text, tokens, r)))
        or (r.kind == "measure" and _is_calibre(tokens, r))
        or (r.after < len(tokens) and _is_window_of_a_chart(tokens, r))
        or _is_match_summary_mark(text, tokens, r)
        or (written == "words" and _is_capitalised_name_one(tokens, r))
        or (written == "fraction" and _is_half_compound(tokens, r))
    )


#: superlatives after which a number says how many lead a ranking ("the 5 largest fires")
_SUPERLATIVES = frozenset(
    "largest biggest deadliest costliest worst best highest lowest smallest greatest richest poorest "
    "longest strongest busiest fastest oldest newest hottest coldest wettest driest tallest most "
    "least".split()
)
#: words before such a number: a ranking is definite ("the 5 largest", "its 3 biggest")
_RANK_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "top"})
#: words before "top" that make it a verb ("could top 10,000"): then no ranking
_BEFORE_TOP_AS_A_VERB = frozenset("to could would may might will should can must".split())


def _is_rank(tokens: list[Token], r: Reading) -> bool:
    """"the top four fires", "one of the 5 largest wildfires", "its three biggest customers":
    how many lead a ranking, not a count of anything in the story; "the world number one" is a
    place in one."""
    number = r.number
    if r.kind != "count" or r.hedge_first >= 0 or r.is_range or number.first == 0:
        return False
    prev = tokens[number.first - 1]
    if prev.low == "number" and not (number.after < len(tokens) and tokens[number.after].low == "of"):
        return True  # "the world number one", "the number two official": a place in a ranking
    if prev.low == "top":
        before = tokens[number.first - 2] if number.first >= 2 else None
        return before is None or before.low not in _BEFORE_TOP_AS_A_VERB
    nxt = tokens[number.after] if number.after < len(tokens) else None
    return nxt is not None and nxt.low in _SUPERLATIVES and prev.low in _RANK_DETERMINERS


#: words of winning and losing that make "2-3" a score, not a range ("won 2-3", "a 2-3 defeat")
_SCORE_WORDS = frozenset(
    "won win wins winning lost lose loses losing loss losses beat beats beaten beating defeat defeats "
    "defeated victory victories draw draws drew drawn tie ties tied thrashed edged score scored "
    "scoreline result".split()
)


def score_after(tokens: list[Token], first: int, after: int) -> int:
    """The index after a match score or a vote split starting with the number at
    ``tokens[first:after]`` ("3-2", "1–1"), or -1. A pair whose first number is not the smaller
    ("lost 3-2", "a 5-4 ruling") is never a range; an ascending pair is a score only beside a
    word of winning or losing ("won 2-3", "a 2-3 defeat")."""
    n = len(tokens)
    if after + 1 >= n or after - first != 1 or tokens[first].kind != "n" or tokens[after + 1].kind != "n":
        return -1
    dash, second = tokens[after], tokens[after + 1]
    if dash.text not in ("-", "–") or not (touching(tokens, after) and touching(tokens, after + 1)):
        return -1
    if not (tokens[first].text.isdigit() and second.text.isdigit() and len(tokens[first].text) <= 2 and len(second.text) <= 2):
        return -1
    if after + 2 < n and touching(tokens, after + 2) and tokens[after + 2].text in ("-", "–", "%"):
        return -1  # "1-2-3", "5-10%": not a pair of whole numbers
    if int(tokens[first].text) >= int(second.text):
        return after + 2
    nxt = tokens[after + 2] if after + 2 < n else None
    if nxt is not None and nxt.kind == "w" and nxt.low not in _SCORE_WORDS and nxt.low not in _AFTER_SCORE:
        return -1  # "expected to win 10-20 seats": a range of seats
    near = [t.low for t in tokens[max(0, first - 3) : first]] + [t.low for t in tokens[after + 2 : after + 4]]
    return after + 2 if any(w in _SCORE_WORDS for w in near) else -1


_AFTER_SCORE = frozenset("to against over at in on with for after before and but as".split())


def _is_denominator(tokens: list[Token], r: Reading) -> bool:
    """"12 cases per 100,000 people": the base of a rate is no figure of its own."""
    prev = _prev(tokens, r.first)
    return prev is not None and prev.low == "per" and r.hedge_first < 0 and r.kind == "count"


def _prev(tokens: list[Token], i: int) -> Token | None:
    return tokens[i - 1] if i > 0 else None


def _is_ordinal(tokens: list[Token], first: int, after: int) -> bool:
    """"21st", and "the 9 th" as some copy spaces it: "th", "st", "nd", "rd" are no words."""
    return (
        after < len(tokens) and tokens[after].low in _ORDINAL_SUFFIX and tokens[after - 1].kind == "n"
        and (tokens[after - 1].end == tokens[after].start or tokens[after].start - tokens[after - 1].end == 1)
    )


def _is_bracketed_change(tokens: list[Token], r: Reading) -> bool:
    """"28% (-5)", "29%(+1)", "66% would stay (-16)": a signed number alone in brackets is the
    change of the figure before it since the last reading, an annotation, not a count."""
    f, a = r.number.first, r.number.after
    if r.kind != "count" or r.unit is not None or f < 2 or a >= len(tokens):
        return False
    sign, bracket, close = tokens[f - 1], tokens[f - 2], tokens[a]
    return (sign.text in ("-", "−", "+", "–") and bracket.text == "(" and close.text.startswith(")")
            and touching(tokens, f) and touching(tokens, f - 1))


def _is_identifier(text: str, tokens: list[Token], r: Reading) -> bool:
    number = r.number
    f, a = number.first, number.after
    n = len(tokens)
    if number.written not in ("digits", "fraction"):
        return False
    count = r.kind == "count"
    prev = tokens[f - 1] if f > 0 else None
    glued_before = prev is not None and prev.end == tokens[f].start
    nxt = tokens[a] if a < n else None
    glued_after = nxt is not None and nxt.start == tokens[a - 1].end
    if count and prev is not None:
        # "G20", "L2", "COVID-19", "F-16", "MACS J1149.5"
        if glued_before and prev.kind == "w":
            return True
        if glued_before and prev.text in ("-", "_", "#", "/", "№") and f >= 2:
            before = tokens[f - 2]
            before_glued = before.end == prev.start
            if prev.text == "#" or (before_glued and before.kind == "w" and (before.text.isupper() or before.text[:1].isupper())):
                return True
            if prev.text == "-" and before_glued and before.kind == "w" and before.low not in ("minus", "negative"):
                return True  # "F-16", not "negative-5"
        if prev.text == "#":
            return True
        if prev.text == "." and f >= 2 and tokens[f - 2].kind == "w" and tokens[f - 2].end == prev.start \
                and tokens[f - 2].low in _ABBREVIATED_LABELS:
            return True  # "Art. 49.3", "Sec. 230", "Fig. 2": a part of a law or a document
        if prev.kind == "w" and prev.low in IDENTIFIER_NOUNS and r.hedge_first < 0 and r.first == f:
            if prev.low in _STRONG_IDENTIFIERS or prev.text[:1].isupper():
                if not (prev.low == "no" and prev.text == "no"):
                    return True
    if count and glued_after and nxt is not None and nxt.text == "-" and a + 2 < n and tokens[a + 1].kind == "n" \
            and touching(tokens, a + 1) and touching(tokens, a + 2) and tokens[a + 2].kind == "w" and tokens[a + 2].text.isupper():
        return True  # "777-300ER": a model's number and its variant
    if glued_after and nxt is not None:
        # "4G", "3D", "A380" style: letters glued after the digits that were not read as a unit
        if count and nxt.kind == "w" and not number.glued_suffix and nxt.low not in ("s", "pts") and not (
            r.unit == "times" and nxt.low == "x"  # "2.0x": read as a multiple
        ):
            return True
        if nxt.text == "_":
            return True
    # phone numbers: "+92 51 1234567", "555-123-4567", "(051) 123 4567", "020 7946 0000"
    if count and prev is not None and (prev.kind == "n" or prev.text == "+") and _after_plus_prefix(tokens, f):
        return True
    if count and _in_a_phone_run(text, tokens, f):
        return True
    if count and prev is not None and prev.text in ("-", "–") and glued_before and f >= 2 and tokens[f - 2].kind == "n" \
            and touching(tokens, f - 1) and r.first == f:
        return True  # "44-1376-563090": the rest of a dashed number whose head was dropped
    if count and prev is not None and prev.text in ("'", "‘", "’") and glued_before and len(tokens[f].text) == 2 \
            and tokens[f].text.isdigit() and (f < 2 or not touching(tokens, f - 1)):
        return True  # "since '14", "'05": a year cut to two digits
    if count and prev is not None and prev.text == "." and glued_before is False and f >= 2 \
            and tokens[f - 2].low in _CITATION_MARKS and touching(tokens, f - 1) and r.hedge_first < 0:
        return True  # "Vol. 65, No. 33", "pp. 12": where in a journal, not how many
    if count and nxt is not None and glued_after and nxt.text == "(" and a + 2 < n and tokens[a + 1].kind == "n" \
            and tokens[a + 2].text.startswith(")"):
        return True  # "65(33);837–843": a volume and its issue
    if count and prev is not None and prev.text == ";" and glued_before and f >= 2 and tokens[f - 2].text.startswith(")"):
        return True  # "65(33);837–843": the pages
    if count and nxt is not None and nxt.text == "-" and a + 2 < n and tokens[a + 1].kind == "n" and tokens[a + 2].text == "-" and tokens[a + 3 if a + 3 < n else a].kind == "n":
        return True
    # code: a number inside the argument list of a call, or beside operators
    return _in_code(text, tokens, f, a)


#: a quarter, half or fiscal year before a year ("Q3 2023", "H1 2024", "FY 2025")
_PART_OF_A_YEAR = re.compile(r"(?:[qh][1-4]|fy\d{0,4})", re.IGNORECASE)
#: what follows a small number that is a grade or score said with "a" ("at least a 4 or 5",
#: "a 7 or an A grade"): no noun it could count
_AFTER_A_GRADE = frozenset({"or", "and", ",", ")", "grade", "grades", "in", "on", "at", "for", "to", ".", ";", "–", "-", "—"})


def _is_scale_step(text: str, tokens: list[Token], r: Reading) -> bool:
    """Numbers that name a step of a scale, not a count: "level 3 on the standard scale",
    "grade 7 or above", "in year 7" (a school year), "at least a 4 or 5", "a 7 or an A grade"
    (exam grades said with "a"), "Q3 2023" (a quarter's year), "12-Jul-2016" (a date)."""
    number = r.number
    f, a = number.first, number.after
    n = len(tokens)
    if r.kind != "count" or r.is_range or not number.bare_int or number.written != "digits":
        return False
    value = number.value or 0
    if a + 1 < n and tokens[a].text == "-" and touching(tokens, a) and touching(tokens, a + 1) and tokens[a + 1].low in MONTHS:
        return True  # the day of "12-Jul-2016"
    prev = tokens[f - 1] if f > 0 else None
    if prev is None:
        return False
    if four_digit_year(tokens[f].text) and (
        _PART_OF_A_YEAR.fullmatch(prev.text)
        or (f >= 2 and prev.kind == "n" and touching(tokens, f - 1) and _PART_OF_A_YEAR.fullmatch(tokens[f - 2].text + prev.text))
    ):
        return True  # "Q3 2023", "H1 2024", "FY 2025"
    if prev.text == "-" and touching(tokens, f) and f >= 2 and tokens[f - 2].low in MONTHS and touching(tokens, f - 1):
        return True  # the year of "12-Jul-2016"
    hedged_before = r.hedge_first >= 0 and r.hedge_first < f
    if prev.low in _SCALE_STEPS and prev.text.islower() and not hedged_before and value < 100:
        return True  # "level 3", "grade 7 or above" (the hedge after is the scale's, not a figure's)
    if prev.low == "year" and prev.text == "year" and value <= 13 and not hedged_before:
        return True  # "in year 7": a school year
    if value > 10 or a < n and tokens[a].text not in _AFTER_A_GRADE and tokens[a].low not in _AFTER_A_GRADE:
        return False
    if prev.low in ("a", "an"):
        if a + 2 < n and tokens[a].low in ("or", "and", "to") and tokens[a + 1].kind == "n" and (
            tokens[a + 2].text == "%" or tokens[a + 2].low in _UNIT_WORDS_AFTER_AN_ALTERNATIVE
        ):
            return False  # "a 5 or 6 per cent rise", "a 3 or 4 hour wait": the unit is the pair's
        return True  # "at least a 4 or 5": a grade or a score, which counts nothing
    return (prev.low in ("or", "and") and f >= 3 and tokens[f - 2].kind == "n" and tokens[f - 3].low in ("a", "an")
            and tokens[f - 2].text.isdigit() and int(tokens[f - 2].text) <= 10)


#: units that make "a 5 or 6 <unit>" two values of one measure, not two grades
_UNIT_WORDS_AFTER_AN_ALTERNATIVE = frozenset(
    {"per", "percent", "pc", "percentage", "point", "points"} | set(DURATIONS) | set(MEASURES) | set(CURRENCY_SUFFIX)
)


#: comparatives after which a bare year is the year compared with ("higher than 2019",
#: "above 2019 levels"), not a count; "more than 2019 people" keeps its noun and its count
_COMPARING = frozenset({"higher", "lower", "above", "below"})


def _is_year_after_a_comparative(tokens: list[Token], r: Reading) -> bool:
    number = r.number
    f, a = number.first, number.after
    if r.kind != "count" or r.is_range or r.hedge_first < 0 or r.hedge_first >= f or not number.bare_int:
        return False
    if tokens[r.hedge_first].low not in _COMPARING or not four_digit_year(tokens[f].text):
        return False
    nxt = tokens[a] if a < len(tokens) else None
    return nxt is None or nxt.kind == "p" or nxt.low in _YEAR_QUALIFIED or nxt.low in ("and", "or", "but")


#: the labels of a wire match summary whose numbers are minutes of play or the score
#: ("Scorers: A. Roe 30, B. Doe 52 Yellow card: Poe 83 Subs used: Loe 70 (Moe)")
_MATCH_EVENT_LABEL = re.compile(
    r"\b(?:Scorers?|Goals?|Goalscorers?|Yellow cards?|Red cards?|Subs(?: used)?|Substitutes?|Booked|Sent off|"
    r"Missed penalty|Penalties|Own goals?)\s*:")
#: any label of such a summary: the nearest one before a number says what the number is
_SUMMARY_LABEL = re.compile(r"\b[A-Z][a-z]+(?: [a-z]+)?\s*:")


def _is_match_summary_mark(text: str, tokens: list[Token], r: Reading) -> bool:
    """In a wire match summary ("Norbury (2) 3 Scorers: A. Roe 27, B. Doe 40 Subs used: Loe 67
    (Moe) Attendance: 38,965"), the minutes after the players' names and the half-time and full
    time scores count nothing; the attendance, under its own label, stays."""
    number = r.number
    if r.kind != "count" or r.hedge_first >= 0 or r.is_range or not number.bare_int or (number.value or 0) > 130:
        return False
    start, end = tokens[number.first].start, tokens[number.after - 1].end
    before = text[max(0, start - 160):start]
    labels = list(_SUMMARY_LABEL.finditer(before))
    if labels and _MATCH_EVENT_LABEL.fullmatch(labels[-1].group(0).rstrip()) is None and \
            _MATCH_EVENT_LABEL.match(labels[-1].group(0)) is None:
        labels = []  # the nearest label is another one ("Attendance:", "Referee:")
    if labels:
        return True
    # a score: "(2) 3" before a team's scorers, or the bracketed half-time score itself
    ahead = text[end:end + 40]
    return _MATCH_EVENT_LABEL.match(ahead.lstrip(") 0123456789")) is not None and (
        ahead.lstrip().startswith(("Scorers", "Subs", "Yellow", "Red", "Goals")) or ahead.startswith(")"))


#: nouns a small range names a band of ("the 4-6 band", "the 1-9 classification")
_BANDS = frozenset("band bands bracket brackets classification scale grades tier tiers".split())


def is_band_of_a_scale(tokens: list[Token], r: Reading) -> bool:
    """"the 1-9 classification", "the 4-6 band broadly matches ...": a band of a scale, not a
    range a figure lies in."""
    if not r.is_range or r.kind != "count" or r.high is None or r.high > 12 or r.first == 0:
        return False
    after = r.after
    return (after < len(tokens) and tokens[after].low in _BANDS
            and tokens[r.first - 1].low in ("the", "a", "this", "that", "each"))


def _is_half_compound(tokens: list[Token], r: Reading) -> bool:
    """"a half-eaten pie", "at half-time", "a half-built road": "half" hyphened to a word it
    qualifies is no share; "a half-point cut" is a step of a rate, read with its unit."""
    a = r.number.after
    if r.kind != "percent" or r.unit != "%" or r.is_range or tokens[a - 1].low != "half" or a + 1 >= len(tokens):
        return False
    return tokens[a].text == "-" and touching(tokens, a) and touching(tokens, a + 1) and tokens[a + 1].text.islower()


def _is_capitalised_name_one(tokens: list[Token], r: Reading) -> bool:
    """"Norline, Baltco, Sealink and ONE are transiting": "ONE" in capitals among words that are not
    is a name, not a count."""
    f = r.number.first
    if r.number.after - f != 1 or tokens[f].text != "ONE":
        return False
    neighbours = [t for t in tokens[max(0, f - 3):f + 4] if t.kind == "w" and t is not tokens[f]]
    return any(t.text.islower() for t in neighbours)


def _is_list_marker(text: str, tokens: list[Token], r: Reading) -> bool:
    """"20. Kestrel (KSL): 41,203,115": a small whole number that opens its line, glued to a
    full stop, numbers a list; the figures are after it."""
    number = r.number
    f, a = number.first, number.after
    if r.kind != "count" or r.hedge_first >= 0 or not number.bare_int or number.written != "digits":
        return False
    if a >= len(tokens) or tokens[a].text != "." or not touching(tokens, a) or (number.value or 0) > 999:
        return False
    start = tokens[f].start
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    rest = text[tokens[a].end:tokens[a].end + 2]
    return rest == "" or rest[:1] in (" ", "\n", "\t")


#: abbreviations before a full stop and a number that say where in a journal or a book
_CITATION_MARKS = frozenset({"vol", "vols", "no", "nos", "pp", "iss"})


def _in_a_phone_run(text: str, tokens: list[Token], f: int) -> bool:
    """"020 7946 0000", "0870 600 5522": a run of digit groups spaced on one line whose first
    group opens with a zero is a telephone number; no figure in news starts with "0" but a
    decimal."""
    k = f
    while k > 0 and tokens[k - 1].kind == "n" and text[tokens[k - 1].end:tokens[k].start] == " ":
        k -= 1
    head = tokens[k].text
    if not (head.startswith("0") and head.isdigit() and len(head) >= 3):
        return False
    nxt = f + 1
    return k < f or (nxt < len(tokens) and tokens[nxt].kind == "n" and text[tokens[f].end:tokens[nxt].start] == " ")


def _after_plus_prefix(tokens: list[Token], f: int) -> bool:
    """A number in a run of digit groups that starts with "+": "+92 51 1234567"."""
    k = f
    for _ in range(6):
        prev = _prev(tokens, k)
        if prev is None:
            return False
        if prev.text == "+" and touching(tokens, k):
            # "10+10", "(1/2)+2": a plus glued after a number or a bracket adds; it opens no
            # number. After a name's digits it is part of the name ("J1149.5+6663")
            before = tokens[k - 2] if k >= 2 and touching(tokens, k - 1) else None
            named = k >= 3 and touching(tokens, k - 2) and tokens[k - 3].kind == "w"
            return not (before is not None and (before.text == ")" or (before.kind == "n" and not named)))
        if prev.kind != "n" or prev.end + 1 != tokens[k].start:
            return False
        k -= 1
    return False


#: what a line of code has before a number that ends a statement with ";"
_CODE_MARKS = re.compile(r"[={}]")


#: words after "x > 5" in a line of code or a formula, not the noun of a count
_CODE_WORDS = frozenset("and or then else return if not in is do while for".split())


def _spaced_sign_in_prose(tokens: list[Token], f: int, a: int) -> bool:
    """"found > 200 men", "in < 5% of cases": a spaced sign after a word and before a figure
    of a noun or share is a hedge in prose ("if x > 5" is code)."""
    if f < 2 or tokens[f - 2].kind != "w" or tokens[f - 2].low in ("x", "y", "n", "i", "if", "while") or touching(tokens, f - 1):
        return False
    return a < len(tokens) and (tokens[a].text == "%" or (tokens[a].kind == "w" and tokens[a].text.islower()
                                                           and tokens[a].low not in _CODE_WORDS))


def _in_code(text: str, tokens: list[Token], f: int, a: int) -> bool:
    n = len(tokens)
    prev = _prev(tokens, f)
    if prev is not None and prev.text in ("=", "==", "{", "=>", "+=", "-="):
        return True
    if prev is not None and prev.text in ("<", ">") and (f < 2 or touching(tokens, f - 1) or not touching(tokens, f)) \
            and not _spaced_sign_in_prose(tokens, f, a):
        return True  # "if x > 5", "a<5"; in prose ">97% of cases" is a hedge
    if prev is not None and prev.text == "[" and (f < 2 or touching(tokens, f - 1)):
        return True  # "arr[5": an index; "1,482 [53%, +21%]" in prose is a bracketed share
    if a < n and tokens[a].text in ("]", ");", "};", "=", "==", "}", "]);"):
        return True
    if a < n and tokens[a].text == ";" and _CODE_MARKS.search(text, text.rfind("\n", 0, tokens[f].start) + 1, tokens[f].start):
        return True  # "x = 42;", but not prose: "the bloc only about 11; followed by ..."
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


def _is_enumerator(tokens: list[Token], r: Reading) -> bool:
    """"including 1) improving surveillance; 2) expanding testing": a small whole number with a
    closing bracket glued after it and no opening bracket before it numbers the items of a list."""
    f, a = r.number.first, r.number.after
    if r.kind != "count" or r.hedge_first >= 0 or not r.number.bare_int or a >= len(tokens) or r.first != f:
        return False
    if not tokens[a].text.startswith(")") or not touching(tokens, a) or (r.number.value or 0) > 20:
        return False
    for k in range(f - 1, max(-1, f - 25), -1):
        t = tokens[k].text
        if t.startswith(")") or t in (".", ";", ":"):
            return True
        if "(" in t:
            return False
    return True


#: verbs after a year that opens a sentence ("2019 proved to be a record year"): the year is the
#: subject, no count
_YEAR_SUBJECT_VERBS = frozenset(
    "was is will proved proves saw sees marked marks brought brings began begins ended ends became "
    "remains remained looks looked promises promised has had".split())
#: hedges that may stand before a year at the head of a sentence ("Around 2000, the state ...")
_YEAR_APPROX = frozenset({"around", "about", "circa", "c", "by", "until", "till", "since"})


def _is_year_said_alone(tokens: list[Token], r: Reading) -> bool:
    """A bare year where a count could not stand: the subject of a sentence ("2019 proved
    record-breaking"), after an owner ("the union's 2011 harvest survey"), before a singular
    time unit ("on Census 2011 day"), after "around" and before a comma at a sentence's head
    ("Around 2000, the state ordered ..."), after "over" before punctuation ("84 million over
    2016,")."""
    number = r.number
    f, a = number.first, number.after
    n = len(tokens)
    if not number.bare_int or not four_digit_year(tokens[f].text):
        return False
    prev = tokens[f - 1] if f > 0 else None
    nxt = tokens[a] if a < n else None
    head = prev is None or prev.text in (".", "!", "?", "\n") or (r.hedge_first == f - 1 and (f < 2 or tokens[f - 2].text in (".", "!", "?")))
    if r.kind == "count" and r.hedge_first < 0 and prev is None and nxt is not None and nxt.low in _YEAR_SUBJECT_VERBS:
        return True
    if r.kind == "count" and r.hedge_first < 0 and prev is not None and prev.kind == "w" \
            and prev.low.endswith(("'s", "’s")) and nxt is not None and nxt.kind == "w" and nxt.text.islower():
        return True
    if r.kind == "duration" and r.after - 1 > f and tokens[r.after - 1].low in ("day", "week", "month", "year") \
            and r.hedge_first < 0:
        return True
    if r.hedge_first == f - 1 and prev is not None and nxt is not None and nxt.text == ",":
        if prev.low in _YEAR_APPROX and head:
            return True
        if prev.low == "over" and f >= 2 and (tokens[f - 2].kind == "n" or tokens[f - 2].text == "%"
                                              or tokens[f - 2].low in ("million", "billion", "thousand", "cent")):
            return True  # "84 million over 2016,": the year compared with; "is over 2000," a count
    return False


def _in_a_link(text: str, tokens: list[Token], r: Reading) -> bool:
    """A number inside a web address or a DOI ("https://site/2020/07/16/id/977547",
    "doi:10.15585/mmwr.mm7314a1") is part of the address."""
    start = tokens[r.number.first].start
    if start == 0 or text[start - 1] not in "/.:=_-?&#":
        return False  # a number in an address is glued to its separators
    lo = max(0, start - 120)
    cut = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start))
    word = text[cut + 1 : start]
    return "/" in word and ("://" in word or word.startswith("www.")) or "doi:" in word.lower()


#: what a calibre in millimetres names ("155mm artillery ammunition", "120 mm mortar systems")
_ARMS = frozenset("ammunition artillery shell shells round rounds mortar mortars howitzer howitzers gun guns "
                  "cannon cannons calibre caliber munitions rocket rockets".split())


def _is_calibre(tokens: list[Token], r: Reading) -> bool:
    """"155mm artillery ammunition": a calibre names the weapon; it is no measure to check."""
    return r.kind == "measure" and r.unit == "mm" and not r.is_range and r.after < len(tokens) \
        and tokens[r.after].low in _ARMS and r.hedge_first < 0


#: what a window of time names in a market report ("the 200-day moving average", "a 7-day chart")
_WINDOW_NOUNS = frozenset({"ma", "ema", "sma", "chart", "charts"})
_WINDOW_WORDS = frozenset({"-", "day", "week", "weekly", "daily", "month", "monthly", "min", "minute", "hour",
                           "hourly", "price"})


#: words before "N-month period" that make it a yardstick ("the same", "any", "the previous")
_YARDSTICK_DETERMINERS = frozenset("the same any previous each every that this corresponding".split())
#: nouns a length of time names a kind of rather than measures ("the same 12-month period", "the
#: five-year average", "a two-year fixed rate", "the average two year fix")
_WINDOWED = frozenset({"period", "periods", "average", "averages", "fixed", "fix", "fixes", "tracker"})


def _is_window_of_a_chart(tokens: list[Token], r: Reading) -> bool:
    """"below the 200 weekly MA", "the 200-MA", "Bitcoin 7-day chart", "15-min chart": the window
    of an average or a chart, no figure of the story; likewise "the same 12-month period", "the
    five-year average" (the yardstick, not a claim) and "a two-year fixed rate" (a product)."""
    if r.hedge_first >= 0 or r.is_range or r.kind not in ("count", "duration"):
        return False
    n = len(tokens)
    if r.kind == "duration" and r.after < n and tokens[r.after].low in _WINDOWED and tokens[r.after].text.islower():
        # "lasted a two-week period" measures the strike; "the same 12-month period" is a yardstick
        f = r.first
        return not tokens[r.after].low.startswith("period") or (f > 0 and tokens[f - 1].low in _YARDSTICK_DETERMINERS)
    k = r.number.after
    for _ in range(4):
        if k >= n:
            return False
        low = tokens[k].low
        if low in _WINDOW_NOUNS:
            return tokens[k].text != "ma" and (low != "ma" or tokens[k].text == "MA")
        if low == "moving" and k + 1 < n and tokens[k + 1].low in ("average", "averages"):
            return True
        if low not in _WINDOW_WORDS:
            return False
        k += 1
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
    if (nxt is None or nxt.text in (".", ",", ";", ")")) and f >= 2 and tokens[f - 2].low in ("a", "an", "the"):
        return True  # "from a parliamentary system to a presidential one."
    if f >= 2 and tokens[f - 2].low == "another" and prev is not None and prev.kind == "w" and prev.text.islower():
        return True  # "another tough one for drivers": "one" stands for a noun said before
    if nxt is not None and nxt.low in _POINTS_OF_AN_ARGUMENT and (prev is None or prev.low not in ("only", "just")):
        return True  # "One factor behind the rise was ...": "one" as "a", a point made, not a count
    if prev is not None and prev.low in _LOCATING_PREPOSITIONS and nxt is not None and nxt.kind == "w" \
            and nxt.text.islower() and not is_number_word(nxt.low) \
            and not (f >= 2 and tokens[f - 2].low in ("only", "just", "than")):
        return True  # "outside one clinic", "fled in one corner and some in the other": where, not how many
    return _is_indefinite_one(tokens, a)


#: prepositions that place what is told: "one" after them is "a" ("waited outside one
#: clinic", "fled in one corner"); "in only one village" still counts
_LOCATING_PREPOSITIONS = frozenset("in at outside inside near from into towards toward".split())


#: nouns of an argument's points: "one" before them is "a" ("one reason", "one factor"); a
#: story counts people and things, not its own reasons
_POINTS_OF_AN_ARGUMENT = frozenset(
    "reason factor explanation example problem issue question possibility option concern theory lesson "
    "aspect challenge consequence advantage drawback scenario idea answer solution thing way sign".split()
)


#: what follows a source who speaks ("one official *said*", "one resident, *who* ...")
_SPEAKING = SPEECH_VERBS | {"warning", "saying", "speaking", "describing", "telling", "who", ","}
#: verbs of how a thing was left or lay ("one carriage *left* nearly vertical")
_POSTURE = {"left", "lay", "lying", "stood", "standing", "lies", "stands", "sat", "sitting"}
_POSTURE_ADVERBS = {"nearly", "almost", "completely", "partly", "partially", "still", "half", "totally", "upside"}
_NOT_A_RESULT = {"in", "on", "at", "by", "with", "for", "to", "from", "behind", "outside", "inside", "near",
                 "and", "or", "but", "the", "a", "an", "after", "before", "as"}


def _is_indefinite_one(tokens: list[Token], a: int) -> bool:
    """"one" as "a": a source that speaks ("one Oregon official warning of ...", "one resident
    said") or a thing described, not counted ("one carriage left nearly vertical"). "One child
    was killed", "one official was injured", "one man left dead" stay counts: their verb or
    state is what happened to the one."""
    from crosscheck.extract.frames import STATES
    from crosscheck.extract.speakers import SOURCE_NOUNS

    n = len(tokens)
    k = a
    while k < n and k - a < 3 and tokens[k].kind == "w" and not (tokens[k].low in SOURCE_NOUNS or tokens[k].low in _POSTURE):
        k += 1  # "one *senior* official", "one *Oregon* official", "one *freight* carriage"
    if k >= n or k == a and tokens[k].low in _POSTURE:
        return False
    head, nxt = tokens[k], tokens[k + 1] if k + 1 < n else None
    if head.low in SOURCE_NOUNS and not head.low.endswith("s") and nxt is not None and nxt.low in _SPEAKING:
        return True
    if head.low not in _POSTURE:
        return False
    j = k + 1
    while j < n and (tokens[j].low in _POSTURE_ADVERBS or tokens[j].low.endswith("ly")):
        j += 1
    # a degree adverb before the word says it is a result, not an object ("left *nearly* vertical",
    # not "left town"); a state ("left dead", "lay injured") is what happened to the one counted
    result = tokens[j] if j < n and j > k + 1 else None
    return (result is not None and result.kind == "w" and result.text.islower() and result.low not in STATES
            and result.low not in _NOT_A_RESULT)


def _is_definite_small(tokens: list[Token], r: Reading) -> bool:
    number = r.number
    if r.hedge_first >= 0 or r.is_range or r.kind not in ("count",):
        return False
    value = number.value
    if value is None or value > 12 or value != int(value):
        return False
    if number.written == "digits" and value > 3:
        return False
    after = number.after
    if after < len(tokens) and tokens[after].low in _ADDED:
        return False  # "the six additional victims", "the three new cases": a count of what was added
    prev = _prev(tokens, number.first)
    return prev is not None and prev.low in _DEFINITE and prev.low not in ("first", "last", "next", "only", "other", "this", "that")


#: words after a number that count what was added to a tally, told with "the" all the same
_ADDED = frozenset({"additional", "further", "more", "new", "newly"})


def _is_plus_one_of_a_share(tokens: list[Token], r: Reading) -> bool:
    """"50 per cent plus one (seat)": the one is part of the threshold the share names, no count."""
    f = r.number.first
    return (r.value == 1 and f >= 2 and tokens[f - 1].low == "plus"
            and tokens[f - 2].low in ("cent", "percent", "%", "per-cent", "pc"))


def _is_and_a_half(tokens: list[Token], r: Reading) -> bool:
    """"an hour and a half", "a day and a half": the half of the thing before, not a share."""
    f = min(r.first, r.number.first)
    if tokens[r.number.after - 1].low != "half" or f < 2 or tokens[f - 1].low != "and":
        return False
    return tokens[f - 2].kind == "w" and tokens[f - 2].low not in ("percent", "cent")


def _is_ordinal_half(tokens: list[Token], r: Reading) -> bool:
    """"the second half of 2025", "the first quarter": a part of a period, not a share."""
    number = r.number
    if number.written != "fraction" or tokens[number.first].low not in ("half", "quarter"):
        return False
    if r.unit == "pp" and number.after < len(tokens) and tokens[number.after].text == "-" \
            and touching(tokens, number.after):
        return False  # "the quarter-point rise", "the quarter-percentage point increase": a step of a rate
    prev = _prev(tokens, number.first)
    if prev is not None and prev.text == "-" and touching(tokens, number.first) and number.first >= 2 \
            and touching(tokens, number.first - 1):
        prev = tokens[number.first - 2]  # "first-half income", "a second-quarter loss": hyphened
    if prev is not None and prev.low in ("first", "second", "third", "fourth", "last", "latter",
                                          "former", "the", "this", "next", "past", "previous", "final"):
        return True
    if tokens[number.first].low == "quarter" and r.hedge_first < 0:
        nxt = tokens[number.after] if number.after < len(tokens) else None
        if nxt is None or nxt.low not in ("of", "pound", "mile", "century"):
            return True
        # "the third consecutive quarter of growth", "a strong quarter of sales": a bare
        # quarter after a describing word is a period; a share takes "a", "one" or a hedge
        return prev is not None and prev.kind == "w" and prev.low not in _BEFORE_A_BARE_SHARE
    return False


#: words before a bare "quarter of" that leave it a share ("cut by quarter of its staff")
_BEFORE_A_BARE_SHARE = frozenset({"of", "by", "to", "than", "and", "or", "another", "nearly", "almost", "about"})
#: ordinals that are also denominators ("a third of" is a share, "a third man" an ordinal)
_ORDINAL_FRACTIONS = frozenset({"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
#: what may follow a share "a third": "of", a comparative, a preposition or a time word
_AFTER_A_SHARE = frozenset(
    "of more less fewer as than and or to in on at by for from since over under after before during "
    "this that last next between compared per each every the its their his her a an so too again "
    "larger smaller bigger higher lower greater cheaper dearer faster slower longer shorter heavier "
    "lighter wider narrower fatter thinner taller older younger richer poorer stronger weaker".split())


def _is_ordinal_before_a_noun(tokens: list[Token], r: Reading) -> bool:
    """"a third man", "a fourth suspect", "a fifth straight win": "a" and an ordinal before a
    noun name which one, not a share; "a third of", "a third larger", "by a third last year"
    and "a third." are shares."""
    number = r.number
    if number.after - number.first != 2 or tokens[number.first].low not in ("a", "an"):
        return False
    if tokens[number.after - 1].low not in _ORDINAL_FRACTIONS or number.after >= len(tokens):
        return False
    nxt = tokens[number.after]
    if nxt.text == "-" and touching(tokens, number.after) and number.after + 1 < len(tokens) \
            and tokens[number.after + 1].kind == "w" and touching(tokens, number.after + 1):
        return True  # "a third-party supplier", "a fourth-generation farmer": which one, in a compound
    return nxt.kind == "w" and nxt.low not in _AFTER_A_SHARE and not touching(tokens, number.after)


_BARE_SCALES = {"hundred", "thousand", "million", "billion", "trillion"}


def _is_named_scale(tokens: list[Token], r: Reading) -> bool:
    """A bare scale word in capitals is a name ("the Million Man March", "Thousand Oaks");
    in lower case it is one of it ("thousand thousand" is 1000 twice)."""
    number = r.number
    if number.written != "words" or number.after - number.first != 1:
        return False
    tok = tokens[number.first]
    return tok.low in _BARE_SCALES and tok.text[0].isupper()


#: words before a capitalised word that make it a place or a time, not a name's first part
_LEADING_PREPOSITIONS = {"in", "on", "at", "by", "since", "from", "to", "across", "until", "after",
                         "before", "during", "near", "throughout", "inside", "outside"}
_NOT_NAMES = MONTHS | WEEKDAYS


def _bare_small_count(r: Reading, most: float) -> bool:
    number = r.number
    value = number.value
    return (r.kind == "count" and r.hedge_first < 0 and not r.is_range and number.bare_int
            and value is not None and 0 < value < most)


def _is_compound_modifier(tokens: list[Token], r: Reading) -> bool:
    """"a new two-storey building", "a 17-story tower", "a four-lane road": a count joined by a
    hyphen to a noun before another noun describes that noun; it counts nothing in the story
    (units and durations, "a 15-year grip", were read before this is asked)."""
    a = r.number.after
    if r.kind != "count" or r.hedge_first >= 0 or r.is_range or a + 2 >= len(tokens):
        return False
    dash, word, nxt = tokens[a], tokens[a + 1], tokens[a + 2]
    return (dash.text == "-" and touching(tokens, a) and touching(tokens, a + 1) and word.low in _COMPOUND_HEADS
            and nxt.kind == "w" and nxt.text.islower() and not touching(tokens, a + 2)
            and nxt.low not in _MILESTONE_NOUNS)


#: nouns that make "the 5,300-point mark" a round figure of points, not a kind of mark
_MILESTONE_NOUNS = frozenset("mark threshold barrier milestone".split())


#: words a hyphen joins to "one", "two" in an idiom that counts nothing ("a one-sided
#: victory", "a one-off payment", "a two-way race", "a one-time fee", "a three-dimensional map")
_IDIOM_HEADS = frozenset("sided off way time liner stop shot size horse trick dimensional handed armed eyed "
                         "legged faced tier factor step pointer pointers".split())


def _is_idiom(tokens: list[Token], r: Reading) -> bool:
    a = r.number.after
    if r.kind != "count" or r.hedge_first >= 0 or r.is_range or a + 1 >= len(tokens):
        return False
    return (tokens[a].text == "-" and touching(tokens, a) and touching(tokens, a + 1)
            and tokens[a + 1].low in _IDIOM_HEADS)


#: nouns that make "N-<noun>" describe a thing rather than count ("two-storey building",
#: "four-lane road", "28-member council", "10-point plan", "300-bed hospital")
_COMPOUND_HEADS = {"storey", "story", "floor", "lane", "member", "bed", "seat", "room", "point", "page",
                   "man", "woman", "strong", "part", "star", "judge", "person", "nation", "party",
                   "bedroom", "door", "wheel", "engine", "car", "track", "piece", "inch"}


def _is_appositive_age(tokens: list[Token], r: Reading) -> bool:
    """"John Roe, 66, of Millbrook", "Ann Poe, 71.": a number set off by commas right
    after a capitalised name is that person's age."""
    f, a = r.number.first, r.number.after
    if f < 2 or not _bare_small_count(r, 120):
        return False
    comma, name = tokens[f - 1], tokens[f - 2]
    if comma.text != "," or name.kind != "w" or name.low in _NOT_NAMES:
        return False
    if not name.text[:1].isupper() and not _names_a_person(tokens, f - 2):
        return False
    if f >= 3 and tokens[f - 3].low in _LEADING_PREPOSITIONS:
        return False  # "In Oregon, 10, ..." reads as a place and a figure
    nxt = tokens[a] if a < len(tokens) else None
    return nxt is None or nxt.text in (",", ")", ";") or (nxt.text == "." and (a + 1 == len(tokens) or tokens[a + 1].text[:1].isupper()))


#: words before a year that name which one of a thing ("its 2014 tally", "from 2014 only")
_BEFORE_A_NAMED_YEAR = frozenset("its their his her our my your the this that a an from".split())


def _is_year_before_a_noun(tokens: list[Token], r: Reading) -> bool:
    """"beat its 2014 tally of 282", "the party's share from 2014 only": a year after a
    determiner (or "from") and before a singular noun or a word that is no noun says which
    one; "the town has 2014 residents" keeps its count."""
    f, a = r.number.first, r.number.after
    if r.kind != "count" or r.hedge_first >= 0 or r.is_range or f == 0 or a >= len(tokens):
        return False
    if tokens[f - 1].low not in _BEFORE_A_NAMED_YEAR or not four_digit_year(tokens[f].text):
        return False
    nxt = tokens[a].low
    if tokens[a].kind != "w" or not tokens[a].text.islower():
        return False
    return nxt in ("only", "and", "or") or not _looks_plural(nxt)


#: plural nouns a year qualifies, never a count of them: "from 1990 levels", "all 2019 imports",
#: "in 2010 dollars", "2017 figures" (a count of levels or figures that large has its commas)
_YEAR_QUALIFIED = frozenset(
    "level levels figures prices rates values terms standards imports exports totals budgets "
    "accounts estimates forecasts dollars pounds euros data census elections olympics".split()
)


def _is_year_of_a_yardstick(tokens: list[Token], r: Reading) -> bool:
    """A bare year before a noun it dates ("curb emissions 40 percent from 1990 levels"): the
    year of the yardstick, not a count of it."""
    f, a = r.number.first, r.number.after
    if r.kind != "count" or r.hedge_first >= 0 or r.is_range or a >= len(tokens):
        return False
    return four_digit_year(tokens[f].text) and tokens[a].low in _YEAR_QUALIFIED and tokens[a].text.islower()


_PLURALS_WITHOUT_S = frozenset("people children men women police staff cattle sheep".split())


def _is_hyphened_name(tokens: list[Token], r: Reading) -> bool:
    """"the anti-regime 5-Star Movement received": digits hyphened to a word in capitals before
    another, in a line of lower-case words, are part of a name, as "two-storey building" is part
    of a description. Not in a headline set in capitals ("Rescuers Find 3-Year-Old")."""
    f, a = r.number.first, r.number.after
    if r.kind != "count" or r.hedge_first >= 0 or r.is_range or f == 0 or a + 2 >= len(tokens):
        return False
    before, dash, word, nxt = tokens[f - 1], tokens[a], tokens[a + 1], tokens[a + 2]
    return (before.kind == "w" and before.text.islower() and not touching(tokens, f)
            and dash.text == "-" and touching(tokens, a) and touching(tokens, a + 1)
            and word.kind == "w" and word.text[0].isupper() and word.text[1:].islower()
            and nxt.kind == "w" and nxt.text[0].isupper() and not touching(tokens, a + 2))


def _is_catalogue_name(tokens: list[Token], r: Reading) -> bool:
    """"the star HD 40213", "the planet LHS 5120b", "NHS 111": digits without separators
    right after a word in capitals (not a currency: those read as money first) name a
    catalogued thing. Not in a line set all in capitals ("FLOODS KILL 23 PEOPLE")."""
    f, a = r.number.first, r.number.after
    if r.kind != "count" or r.hedge_first >= 0 or r.is_range or f == 0:
        return False
    name, digits = tokens[f - 1], tokens[f].text
    if (name.kind != "w" or not 2 <= len(name.text) <= 5 or not name.text.isupper() or touching(tokens, f)
            or not digits.isdigit() or len(digits) < 3):
        return False
    if f >= 2 and tokens[f - 2].kind == "w" and tokens[f - 2].text.isupper():
        return False  # a headline in capitals
    nxt = tokens[a] if a < len(tokens) else None
    return nxt is None or not (nxt.kind == "w" and nxt.text.isupper())


def _capitalised(word: str) -> bool:
    """"Windows", "HD", and the brand names written in camel case: "iPhone", "eBay"."""
    return word[:1].isupper() or (word[:1].islower() and not word.islower() and word[1:2].isupper())


def _looks_plural(word: str) -> bool:
    return word in _PLURALS_WITHOUT_S or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))


#: nouns for a person that an age in apposition may follow ("the midfielder, 22, scored")
_PERSON_NOUNS = frozenset(
    "man woman boy girl mother father son daughter wife husband child teen teenager victim suspect "
    "resident student patient pensioner grandmother grandfather widow nurse chef pilot star captain "
    "coach international mum dad boss".split())
#: words ending like a doer ("-er", "-or", "-ist") that name no person
_NOT_PERSONS = frozenset(
    "number quarter order water center centre paper letter chapter matter border layer register "
    "counter meter parameter other either neither never over under after later per her their "
    "together however whether rather further power total error sector factor floor door major "
    "minor interior exterior tenor vapor motor liquor mirror".split())


def _names_a_person(tokens: list[Token], i: int) -> bool:
    """"the Ghana midfielder", "the driver", "a woman": a lower-case noun for a person after a
    determiner a few words back."""
    low = tokens[i].low
    if low in _NOT_PERSONS or not (low in _PERSON_NOUNS or low.endswith(("er", "or", "ist", "ian"))):
        return False
    return any(tokens[k].low in ("the", "a", "an", "his", "her", "their", "its") for k in range(max(0, i - 6), i))


_FUNCTION_WORDS = {"a", "an", "the", "its", "it", "this", "that", "these", "those", "some", "all",
                   "about", "only", "just", "over", "nearly", "almost", "around", "his", "her",
                   "their", "our", "my", "your", "we", "they", "he", "she", "i", "and", "but", "or",
                   "if", "when", "with", "for", "of", "by", "at", "in", "on", "to", "from", "up",
                   "more", "than", "less", "fewer", "another", "each", "every", "no", "top",
                   # words of amount or order that open a sentence before its figure ("Remaining
                   # 75 seats are contested", "Another 300 fled"): capitalised, yet no name
                   "remaining", "additional", "further", "other", "extra", "total", "roughly",
                   "approximately", "estimated", "latest", "last", "first", "next", "past",
                   "recent", "new", "many", "most", "least", "still", "both", "fully"}


def _name_follows(tokens: list[Token], i: int) -> bool:
    """A capitalised word (no month or weekday) at ``i`` that no figure follows: "and Postbox",
    not "and Northgate 200", a second place with its own count."""
    if i >= len(tokens) or tokens[i].kind != "w" or not _capitalised(tokens[i].text):
        return False
    if tokens[i].low in _NOT_NAMES or tokens[i].low in _FUNCTION_WORDS:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].kind != "n"


def names_a_thing(tokens: list[Token], r: Reading) -> bool:
    """"Office 365 commercial cloud", "Windows 11 users", "Xbox 360 sales": a plain number
    right after a capitalised word (not a month or weekday) and before another word is part of
    a name; English puts a count before its noun, and a place before a count takes a comma or a
    preposition. Before punctuation it is a list of figures by name ("the Labour Party 5;")."""
    f = r.number.first
    if f < 1 or not _bare_small_count(r, 10000):
        return False
    name = tokens[f - 1]
    if (name.kind != "w" or not _capitalised(name.text) or name.low in _NOT_NAMES or name.low in _FUNCTION_WORDS
            or name.end == tokens[f].start or r.number.written != "digits"):
        return False
    if name.low.endswith(("'s", "’s", "s'", "s’")):
        return False  # "the Civic Union's 156 seats": a possessor owns a count, it is no name
    a = r.number.after
    if a >= len(tokens) or tokens[a].kind != "w":
        return False  # "the Labour Party 5;", "Lane 47, Roe 46": a list of figures by name
    if tokens[a].text[:1].isupper() and tokens[a].low not in _NOT_NAMES:
        # "a rise in Office 365 Commercial revenue": the name goes on after it; but in a
        # headline in capitals a plural after the number is what it counts ("Floods Kill 23
        # People", "Acme To Lay Off 1200 Workers")
        return not (_looks_plural(tokens[a].low) and f >= 2 and _capitalised(tokens[f - 2].text))
    if tokens[a].low in ("and", "or") and _name_follows(tokens, a + 1):
        return True  # "home to Deskware 365 and Postbox": a list of names, each with its number
    if a < len(tokens) and tokens[a].kind == "w" and tokens[a].text.islower() and r.number.value != 1 \
            and singular_noun(tokens[a].low):
        return True  # "from the Crisp 100 range": a count above one would take a plural noun
    before = tokens[f - 2] if f >= 2 else None
    if before is not None and before.low in ("the", "a", "an") and f >= 3:
        before = tokens[f - 3]
    return before is None or before.low not in _LEADING_PREPOSITIONS
