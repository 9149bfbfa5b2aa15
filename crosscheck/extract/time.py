"""The time scope of a quantity, resolved against the article's published date.

Candidate phrases are found with bounded regexes; only the date part of a candidate ("March",
"April 7", "September 2023") goes to dateparser, through an ``lru_cache`` (dateparser costs
about a millisecond a call). Weekdays, years and "last year" are plain calendar arithmetic.

    ==================================  ========  ==========================================
    phrase (article of Tue 2025-04-08)  relation  dates
    ==================================  ========  ==========================================
    on Sunday                           point     2025-04-06
    since the end of March              since     2025-03-31 .. 2025-04-08
    so far in April                     since     2025-04-01 .. 2025-04-08
    in the first week of April          period    2025-04-01 .. 2025-04-07
    between April 1 and 7               period    2025-04-01 .. 2025-04-07
    last year                           period    2024-01-01 .. 2024-12-31
    in September 2023                   period    2023-09-01 .. 2023-09-30
    during 2025                         period    2025-01-01 .. 2025-12-31
    by the end of April                 until     .. 2025-04-30
    as of Sunday                        until     .. 2025-04-06
    since making landfall on Sunday     since     2025-04-06 .. 2025-04-08
    in the past four days               period    2025-04-04 .. 2025-04-08
    between January and March           period    2025-01-01 .. 2025-03-31
    in the third quarter of 2024        period    2024-07-01 .. 2024-09-30
    in the fourth quarter               period    2024-10-01 .. 2024-12-31
    over the weekend                    period    2025-04-05 .. 2025-04-06
    in the past week                    period    2025-04-01 .. 2025-04-08
    earlier this month                  period    2025-04-01 .. 2025-04-08
    since the war began in March 2022   since     2022-03-01 .. 2025-04-08
    first-quarter revenue, Q1           period    2025-01-01 .. 2025-03-31
    for fiscal 2024, FY24               period    2023-10-01 .. 2024-09-30 (nominal)
    four years ago                      period    2021-01-01 .. 2021-12-31
    on Friday, March 28                 point     2025-03-28
    ==================================  ========  ==========================================

A time phrase is not the figure's when it names the base of a change ("up 8% from a year
earlier", "on the same period last year"), or when it belongs to an opening concession ("Even
with a surplus in September, the deficit ..."). The day a figure was reported ("reported first-quarter revenue of $4.2
billion on Wednesday") yields to any period the clause names.

With no published date, relative phrases (weekdays, "last year", a month without a year)
come back with ``resolved=False``; absolute ones ("September 2023") still resolve.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

from crosscheck.extract.clauses import SPEECH_VERBS, clause_of, speech_verb_before
from crosscheck.extract.tokens import tokenize
from crosscheck.extract.words import read_words
from crosscheck.model import TimeScope
from crosscheck.text import may_hold_folded

# the dot belongs to an abbreviation ("Sept."), never to a full name ending a sentence
_MONTH = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
#: a year that spans two, as budgets, seasons and statistics name them: "2017-18", "2017/18",
#: "2019-2020" (the months it runs are the publisher's; both calendar years hold them)
_YEAR_SPAN = rf"(?:{_YEAR}[-/–](?:{_YEAR}|\d\d)(?![\d/]))"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_MONTH_DATE = rf"(?:{_MONTH}(?:\s+{_DAY})?(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?)"
_EDGE = r"(?:the\s+)?(?:start|end|beginning|middle|close|turn)\s+of\s+"
_ORDINAL = r"(?:first|second|third|fourth|last|final)"

#: "since making landfall on Saturday", "since late Tuesday", "since last October": what lies
#: between "since" and its date
#: or a short clause whose verb dates the start ("since the war began in February 2022")
_SINCE_LEAD = (r"(?:(?:early|late)\s+|(?P<last>last\s+)|[a-z]+ing\s+(?:[a-z]+\s+){0,2}?(?:on|in)\s+"
               r"|(?:[a-z]+\s+){1,3}?(?:[a-z]+ed|began|begun|broke\s+out|struck|hit|took\s+office|came|won)"
               r"\s+(?:(?:on|in)\s+)?)?")

#: the count of "two days ago", "a year earlier": in words or digits
_COUNT_BACK = r"\b(?P<n>(?i:a\s+couple\s+of|an?|\d{1,3}|[a-z]+(?:-[a-z]+)?))\s+"

#: a fiscal year: "fiscal 2024", "fiscal year 2023-24", "the 2024 fiscal year", "FY 2024", "FY23"
_FISCAL = (rf"(?:(?i:fiscal|financial)\s+(?:(?i:year)\s+)?(?P<fy1>{_YEAR_SPAN}|{_YEAR})"
           rf"|(?P<fy2>{_YEAR_SPAN}|{_YEAR})\s+(?i:fiscal|financial)\s+(?i:year)"
           rf"|FY\s?(?P<fy3>{_YEAR_SPAN}|{_YEAR}|\d\d(?:[-/]\d\d)?)(?![\d/]))")
#: a date that names its day, set beside a weekday: "Tuesday, Feb. 7", "Friday, 28 March"
_DAY_DATE = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("fiscal", re.compile(rf"\b(?:(?i:in|for|during|over|of|throughout)\s+(?:(?i:the)\s+)?)?{_FISCAL}")),
    # "the coming fiscal year", "this financial year", "last fiscal year" ("the previous fiscal
    # year" is the one before a year the text named, not before the article's)
    ("fiscal_rel", re.compile(r"\b(?:(?i:in|for|during|over|of|throughout)\s+)?(?:(?i:the)\s+)?"
                              r"(?P<rel>(?i:coming|next|upcoming|current|this|last|past))\s+"
                              r"(?i:fiscal|financial)\s+(?i:year)\b")),
    # "next quarter", "the coming year", "in the upcoming fiscal first quarter": a period after
    # the article's own, which a figure for the one just closed is not (dates only with "next
    # year" and the like, below, which know the article's day)
    ("ahead", re.compile(r"\b(?:(?i:in|for|during|over|throughout)\s+)?(?:(?i:the)\s+)?"
                         r"(?:(?P<rel>(?i:coming|next|upcoming))\s+(?:(?i:fiscal|financial)\s+)?"
                         r"(?:(?i:first|second|third|fourth)\s+)?(?i:quarter|half|months|weeks)"
                         # ("next year" is "relative"'s, which dates it)
                         r"|(?i:coming|upcoming)\s+(?i:year))\b")),
    ("months", re.compile(rf"\b(?i:between|from)\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s+(?:and|to|until|through|-|–)\s+(?P<m2>{_MONTH})(?!\s+\d{{1,2}}\b)(?:\s+(?P<y2>{_YEAR}))?")),
    # "in the three months to June", "the year to October", "the 12 months ended March 31", "the
    # fiscal year ending June 30"
    ("to_month", re.compile(rf"\b(?:(?i:in|over|during|for)\s+)?(?i:the)\s+(?:(?!(?i:fiscal|financial)\s)(?P<n>\d{{1,3}}|[A-Za-z]+(?:-[A-Za-z]+)?)\s+)?(?:(?i:fiscal|financial)\s+)?(?P<unit>(?i:months?|weeks?|years?|quarters?))\s+(?P<how>(?i:to|ending|ended|through))\s+(?P<what>{_MONTH_DATE})")),
    ("past_n", re.compile(r"\b(?i:in|over|during|within|for)\s+the\s+(?i:past|last|previous)\s+(?P<n>\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>(?i:hours|days|weeks|months|years))\b")),
    # "over the next three years", "for the coming 12 months": a period ahead of the article's day
    ("next_n", re.compile(r"\b(?i:in|over|during|within|for)\s+the\s+(?i:next|coming)\s+(?P<n>\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)\s+(?P<unit>(?i:days|weeks|months|years))\b")),
    ("as_of", re.compile(rf"\b(?i:as\s+of)\s+(?P<what>{_MONTH_DATE}|{_WEEKDAY}(?:,?\s+{_DAY_DATE})?|(?i:today|yesterday))")),
    # "By Friday, 12,000 had fled": a tally up to the day, like "as of"
    ("by_weekday", re.compile(rf"\b(?i:by)\s+(?P<what>{_WEEKDAY})\b")),
    ("between", re.compile(rf"\b(?i:between|from)\s+(?P<m>{_MONTH})\s+(?P<d1>{_DAY})\s+(?:and|to|-|–)\s+(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?")),
    ("quarter", re.compile(r"\b(?i:in|during|over|for)\s+the\s+(?P<ord>first|second|third|fourth)\s+(?P<part>quarter|half)\b(?!\s+of\b)")),
    # "first-quarter revenue", "second-half sales": the part of the year as a modifier
    ("quarter", re.compile(r"\b(?P<ord>(?i:first|second|third|fourth))-(?P<part>quarter|half)\b")),
    # "Q3", "Q1 2024", "H1 2025"
    ("quarter_code", re.compile(rf"\b(?P<code>[QH][1-4])(?:\s+(?P<y>{_YEAR}))?\b")),
    ("weekend", re.compile(r"\b(?P<which>(?i:over|at|during|on|prior\s+to)\s+the|(?i:last|this|past))\s+weekend\b")),
    ("week_of", re.compile(rf"\b(?i:in|during|over|for)\s+the\s+(?P<ord>{_ORDINAL})\s+(?P<part>week|fortnight|half|quarter)\s+of\s+(?P<what>{_MONTH}(?:\s+{_YEAR})?|{_YEAR})")),
    ("since", re.compile(rf"\b(?i:ever\s+)?(?i:since)\s+{_SINCE_LEAD}(?P<edge>{_EDGE})?(?P<what>{_MONTH_DATE}|{_YEAR}|{_WEEKDAY})")),
    ("so_far", re.compile(rf"\b(?i:so)\s+far\s+(?:in|this)\s+(?P<what>{_MONTH}|{_YEAR}|year|month|week)")),
    ("until", re.compile(rf"\b(?i:by|until|till|before)\s+(?P<edge>{_EDGE})?(?P<what>{_MONTH_DATE}|{_YEAR})")),
    ("edge", re.compile(rf"\b(?i:at)\s+(?P<edge>{_EDGE})(?P<what>{_MONTH_DATE}|{_YEAR})")),
    ("weekday", re.compile(rf"\b(?i:on\s+|last\s+)?(?P<wd>{_WEEKDAY})(?:\s+and\s+(?P<wd2>{_WEEKDAY}))?\b"
                           rf"(?:(?:,?\s+|\s+\()(?P<wdate>{_DAY_DATE})\b\)?)?")),  # "Monday (Jul 10)" too
    ("ago", re.compile(rf"{_COUNT_BACK}(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?|decades?))\s+(?i:ago)\b")),
    ("earlier", re.compile(rf"{_COUNT_BACK}(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:earlier|before)\b")),
    # "for the previous year", "the prior week": the one before a time named earlier in the
    # sentence, or before the article's
    ("previous", re.compile(r"\b(?:(?i:in|for|during|over|of)\s+)?(?i:the)\s+(?i:previous|prior|preceding)\s+"
                            r"(?P<unit>(?i:year|month|week|day))\b(?!\s+(?:to|ending|ended|through)\b)")),
    # "in the two prior months": the months before a time named earlier, or before the article
    ("prior_n", re.compile(r"\b(?:(?i:in|over|during|for)\s+)?(?i:the)\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
                           r"(?i:prior|previous|preceding)\s+(?P<span>(?i:days|weeks|months|years))\b")),
    ("relative", re.compile(r"\b(?P<earlier>(?i:earlier)\s+)?(?P<rel>(?i:last|this|next|past)\s+(?:year|month|week)|yesterday|today)\b")),
    # "last season", "this season": a sport's season, whose months the sport sets, left unresolved
    ("season", re.compile(r"\b(?P<rel>(?i:last|this|next|past))\s+season\b")),
    ("decade", re.compile(r"\b(?i:in|during)\s+the\s+(?P<dec>1[89]\d0|20\d0)s\b")),
    ("in", re.compile(rf"\b(?i:in|during|on|throughout|for)\s+(?:the\s+(?={_MONTH}\s+{_DAY}\s+[a-z]))?(?:early\s+|late\s+|mid-?)?(?P<what>{_MONTH_DATE}|{_YEAR_SPAN}|{_YEAR})\b")),
    # not a month that opens a name: "the August Ridge fire", "the May Day rally"
    ("bare_month", re.compile(rf"\b(?P<what>{_MONTH})\b(?!\s+(?!{_WEEKDAY}\b|{_MONTH})[A-Z][a-z])")),
]


def time_scope(
    sentence: str,
    start: int,
    end: int,
    published: date | None,
    offset: int = 0,
    *,
    after_only: bool = False,
) -> TimeScope | None:
    """The time phrase of the quantity at ``sentence[start:end]``, nearest first; None if none.

    Only phrases in the quantity's own clause count (``clauses.clause_of``), and never one that
    dates a speech verb ("said on Friday": when the figure was given, see ``reported_on``).
    ``after_only`` keeps phrases after the quantity: a figure inside a noun phrase ("the
    deportation of 500 people") does not take the time of the clause around that noun.
    """
    lo, hi = clause_of(sentence, start, end)
    own_lo = lo
    if lo > 1 and sentence[lo - 1] == "," and _RESULT_PARTICIPLE.match(sentence, lo):
        # "A train hit a bus on Monday, killing at least 15": a participle after the comma
        # tells what the main clause did, at the main clause's time
        lo = min(lo, clause_of(sentence, lo - 2, lo - 1)[0])
    hi = _past_an_appositive(sentence, lo, hi)
    # (only a conjunct with a figure after it counts: with no digit after the figure, none is sought)
    conjunct = _NEXT_CONJUNCT.search(sentence, end, hi) if _DIGIT.search(sentence, end, hi) else None
    if conjunct is not None and _DIGIT.search(sentence, conjunct.end(), hi):
        # "fell by 12,000 and are down by 84,000 this year": a second predicate in the present,
        # a running total with a figure of its own; a time after it is that figure's ("moved 500
        # troops and deployed 20 tanks on Friday" share their day)
        hi = conjunct.start()
    if after_only:
        lo = end
    best: tuple[int, TimeScope] | None = None
    when = _WHEN_CLAUSE.match(sentence, lo)
    found = _candidates(sentence, published)
    for m, scope, after_speech in found:
        if m.start() < end and start < m.end():
            continue  # inside the quantity itself
        if when and not after_speech and m.end() <= lo and _JUST_BEFORE_WHEN.fullmatch(sentence, m.end(), lo):
            # "the first strike on March 7, when officials said half a million walked out": the
            # "when" clause tells of that day
            return _shifted(scope, m, offset)
        if after_speech and m.start() >= end and _FIGURE_REPORTED.match(sentence, end, m.start()):
            after_speech = False  # "three cases were reported on May 19": the day the cases came, no telling
        if after_speech and m.end() <= start and _REPORTED_IN_SUBJECT.search(sentence, max(0, m.start() - 40), m.start()) \
                and _COPULA_TO_FIGURE.fullmatch(sentence, m.end(), start):
            after_speech = False  # "the number of cases reported from January to May is 7,800": a participle in the subject
        if after_speech or m.start() >= hi:
            continue
        if scope.relation == "point" and _RELEASED_ON.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "Census data *released Tuesday* shows the population rose 9.7%": the day of the release
        if m.start() < own_lo and scope.relation == "since" and not _opens_sentence(sentence, m, own_lo):
            continue  # "cut rates for the first time since 2020, taking the rate to 5%": no tally since then  # a phrase that starts in the clause may run past a comma of its own ("March 3, 2024")
        if scope.relation == "since" and _SUPERLATIVE_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
            continue  # "on the most violent day of protests since they began in January": what the superlative is measured against
        if m.start() >= end and _JUST_FROM.fullmatch(sentence, end, m.start()):
            # "an increase of 18% from March": the month the change is measured from ("its
            # half-point increase from June" is June's)
            continue
        if m.start() < lo and not _opens_sentence(sentence, m, lo) and not _fronted_over_a_list(sentence, m, found, start):
            continue
        if m.end() <= start and _CONCESSIVE.match(sentence, lo if m.start() >= lo else 0, m.start()):
            continue  # "Even with a surplus in September, the deficit totaled ...": September is the surplus's
        if m.end() <= start and _FROM_FIGURE.search(sentence, max(0, m.start() - 60), m.start()) \
                and _TO_NEXT.match(sentence, m.end(), start):
            continue  # "from 0.1 percent in December 2021 to 5.25 percent": the time is the first figure's
        if m.start() >= end and (_BACKWARD.search(m.group(0))
                                 or _SAME_SPAN_BEFORE.search(sentence, max(0, m.start() - 30), m.start())) \
                and _BASE_FIGURE.search(sentence, end, m.start()) \
                and not _BASE_BEFORE.search(sentence, max(0, start - 30), start):
            continue  # a base figure itself ("compared to £1.09 billion") keeps the year-ago time  # "to $1.25 billion compared to $1.52 billion a year ago": the base figure's year
        if _PERIOD_ENDING.search(sentence, max(0, m.start() - 30), m.start()) \
                and any(m.start() - 30 <= o.end() <= m.start() for o, _, _ in found):
            continue  # "the third quarter ending in September": the quarter is the figure's time, not the month
        distance = m.start() - end if m.start() >= end else (start - m.end()) + 15
        if m.start() >= end and _DIGIT.search(sentence, end, m.start()):
            # "rebounded in July, soaring by 83,000 after a revised 3,000 in June": a time after
            # another figure is that figure's before it is this one's
            distance += _PAST_ANOTHER_FIGURE
        if m.start() >= end and scope.relation == "point" and _REPORTED_BEFORE.search(sentence, lo, start):
            # "reported first-quarter revenue of $4.2 billion on Wednesday": the day dates the
            # report; any period the clause names is the figure's own
            distance += _REPORT_DAY
        if best is None or distance < best[0]:
            best = (distance, _shifted(scope, m, offset))
    if best is None and not after_only and lo > 0:
        for m, scope, after_speech in found:
            if not after_speech and m.end() <= lo and _DASH_TO_THE_FIGURE.fullmatch(sentence, m.end(), start):
                # "on 19 May, 1.12 million marched, and on 7 June – 1.28 million": the day the
                # dash hands the figure, though the dash parts their clauses
                return _shifted(scope, m, offset)
    return best[1] if best else None


#: a dash (or a colon) right between a time phrase and the figure it dates: "on 7 June – 1.28
#: million", "on the 31st: 1.27 million"
_DASH_TO_THE_FIGURE = re.compile(
    r"\s*[–—:]\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|just\s+over)\s+)?"
)


#: a superlative or a first before "since" in its clause: "the most violent day since ...", "the
#: biggest crowd since ...", "for the first time since ..."
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:(?<![Aa]t\s)(?:most|least)|first|record|biggest|largest|highest|lowest|worst|best|deadliest|strongest|weakest"
    r"|longest|greatest|smallest|fastest|slowest|heaviest|busiest|hottest|coldest|wettest|driest)\b[^,.;:]{0,70}$"
)
_WHEN_CLAUSE = re.compile(r"\s*(?:,\s*)?when\b", re.IGNORECASE)
#: "and"/"but" opening a second predicate in the present ("and are down by 84,000")
_NEXT_CONJUNCT = re.compile(
    r"\s(?:and|but)\s+(?:(?:also|now|still)\s+)?(?:is|are|has|have|remains?|stands?)\b"
)
#: a verb that opens the predicate after a subject's appositive ("Over 600,000 acres, nearly a
#: thousand square miles, *have* burned")
_PREDICATE_FIRST = re.compile(
    r"\s*(?:(?:also|now|already|still|so\s+far)\s+)?(?:is|are|was|were|has|have|had|will|would|could|may|"
    r"might|can|must|remain|remains|remained|[a-z]{3,}ed)\b"
)
_VERB_IN_APPOSITIVE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed)\b", re.IGNORECASE
)


def _past_an_appositive(sentence: str, lo: int, hi: int) -> int:
    """The clause's end past a subject's appositive: in "Over 600,000 acres, nearly a thousand
    square miles, have burned so far this year", both figures are the subject of "have burned",
    and its time is theirs. An appositive is a stretch between two commas with no verb, right
    before a verb; a list ("500 in A, 300 in B, 200 in C were ...") has no verb after its second
    comma."""
    if hi >= len(sentence) or sentence[hi] != ",":
        return hi
    if ", " in sentence[lo:hi] or lo > 0 and sentence[lo - 1] == ",":
        if not _VERB_IN_APPOSITIVE.search(sentence, lo, hi) and _PREDICATE_FIRST.match(sentence, hi + 1):
            return clause_of(sentence, hi + 1, hi + 2)[1]  # the appositive itself: "nearly a thousand square miles"
        return hi
    second = sentence.find(",", hi + 1)
    if second == -1 or second - hi > 80 or _VERB_IN_APPOSITIVE.search(sentence, hi + 1, second) \
            or not _PREDICATE_FIRST.match(sentence, second + 1):
        return hi
    return clause_of(sentence, second + 1, second + 2)[1]


#: a participle that opens a clause after a comma and tells the toll of the main clause's event
#: ("..., killing at least 15", "..., leaving 2,000 homeless", "..., including 20 children");
#: not a move ("cut rates today, taking the rate from 5.25% to 5%": the levels are no toll)
_RESULT_PARTICIPLE = re.compile(
    r"\s*(?:killing|leaving|injuring|wounding|displacing|destroying|damaging|flattening|burning|"
    r"forcing|stranding|trapping|affecting|claiming|including|"
    # a move's extreme: "prices slumped late last year, hitting lows of $49" (not the level it
    # left: "cut rates on Thursday, taking the rate to 5%" holds past that day)
    r"hitting|touching|topping)\b"
)
#: an opening adjunct of concession or circumstance, whose own time is not the main clause's
_CONCESSIVE = re.compile(
    r"\W*(?:even\s+)?(?:with|despite|in\s+spite\s+of|unlike|apart\s+from|besides|although|though)\b[^,;]*$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_PAST_ANOTHER_FIGURE = 40
#: a verb of reporting before the figure, in its clause ("reported", "announced", "posted")
_REPORTED_BEFORE = re.compile(r"\b(?:reported|reports|announced|announces|disclosed|unveiled|posted)\b(?:\s+\S+){0,6}\s*$")
_REPORT_DAY = 1000
#: a day right after a participle of publishing: it dates the publication, not the figures in it
_RELEASED_ON = re.compile(r"\b(?:released|published|issued|unveiled)\s+(?:on\s+|late\s+|early\s+)?$")
#: the figure itself reported, passive or as a participle after its noun, right before a time
#: phrase ("600 cases have been *reported since* August", "567 cases *reported in* October");
#: no one's telling comes between them
_FIGURE_REPORTED = re.compile(r"[^:;\"“”]*?\b(?:reported|recorded|registered|confirmed|logged)\s*$")
#: a plural noun and its participle right before a time phrase: "cases *reported* from January to
#: May", "deaths recorded in 2023", a reduced relative in a noun phrase, not a telling
_REPORTED_IN_SUBJECT = re.compile(r"\b[a-z]{3,}s\s+(?:reported|recorded|registered|confirmed|logged)\s+$")
#: nothing but a copula between such a subject and its figure: "... in 2023 *was* 7,800"
_COPULA_TO_FIGURE = re.compile(
    r"\s*(?:is|was|are|were|stood\s+at|stands\s+at|totall?ed|reached|came\s+to)\s+"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|at\s+least)\s+)?[$£€¥₹]?"
)


def _opens_sentence(sentence: str, m: re.Match[str], lo: int) -> bool:
    """A time phrase that opens the sentence and is followed by only a comma before the
    figure's clause: "On March 3, 2024, 500 left", "As of Tuesday, Feb. 7, shares fell" (the
    commas of the date made the clause start after it)."""
    if re.fullmatch(r"\s*,\s*", sentence[m.end() : lo]) is None:
        return False
    # or opens a clause of its own, set off by commas: "In the X sector, *earlier in 2013-14*,
    # Rs 85,000 crore was allocated", "added that *this year*, the ministry allocated ..."
    return not sentence[: m.start()].strip(" \"'“‘") or _OPENS_A_CLAUSE_BEFORE.search(sentence, 0, m.start()) is not None


def _fronted_over_a_list(sentence: str, m: re.Match[str], found: Sequence[_Candidate], start: int) -> bool:
    """A time phrase that opens the sentence, set off by a comma, dates every clause it is
    fronted to: "In 2024, exports rose 4%, imports 2% and the deficit narrowed to $3 billion".
    Not past a colon or semicolon, another time phrase, or a speech verb ("On Monday, the
    ministry said 500 had died": Monday may date the saying), nor into a future."""
    if sentence[: m.start()].strip(" \"'“‘") or not sentence[m.end() :].lstrip().startswith(","):
        return False
    between = sentence[m.end() : start]
    if ";" in between or ":" in between or any(m.end() <= c.match.start() < start for c in found):
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", between)}
    # nor into a relative clause, which tells of its noun at a time of its own ("On Tuesday, the
    # council approved the plan, which will cost $40 million")
    return words.isdisjoint(SPEECH_VERBS) and words.isdisjoint(_RELATIVE_WORDS)


_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "where", "will", "would", "could", "might", "should"})
_JUST_BEFORE_WHEN = re.compile(r"\s*,?\s*")
_OPENS_A_CLAUSE_BEFORE = re.compile(r"(?:,|\bthat)\s*(?:(?:and|but)\s+)?(?:(?i:earlier|later|then|now|also)\s+)?$")


def reported_on(sentence: str, published: date | None) -> date | None:
    """The day a figure was given, from a time phrase right after a speech verb ("said on
    Friday", "told AFP on Friday"); None when the sentence dates no telling or it cannot be
    resolved. Kept apart from the scope: it says when, not what period, the figure covers."""
    for _m, scope, after_speech in _candidates(sentence, published):
        if after_speech and scope.resolved and scope.date_from == scope.date_to:
            return scope.date_from
    return None


def _shifted(scope: TimeScope, m: re.Match[str], offset: int) -> TimeScope:
    return TimeScope(
        text=m.group().strip(), start=m.start() + offset, end=m.end() + offset,
        relation=scope.relation, date_from=scope.date_from, date_to=scope.date_to,
        resolved=scope.resolved,
    )


#: what each pattern cannot match without: a month name, a year, a weekday (searched once per
#: sentence), or a word. A sentence without a pattern's anchor skips that pattern's regex, so
#: a sentence with no date word costs three quick searches, not eleven scans.
_ANCHORS: dict[str, tuple[str, ...]] = {
    "months": ("<month>",), "to_month": ("<month>",), "past_n": ("past", "last", "previous"), "next_n": ("next", "coming"),
    "as_of": ("<month>", "<weekday>", "today", "yesterday"), "by_weekday": ("<weekday>",),
    "ahead": ("quarter", "half", "month", "week", "year"),
    "between": ("<month>",), "week_of": ("<month>", "<year>"), "quarter": ("quarter", "half"), "weekend": ("weekend",),
    "quarter_code": ("Q1", "Q2", "Q3", "Q4", "H1", "H2"),
    "since": ("<month>", "<year>", "<weekday>"), "so_far": ("far",), "until": ("<month>", "<year>"),
    "edge": ("<month>", "<year>"), "weekday": ("<weekday>",),
    "relative": ("year", "month", "week", "yesterday", "today"), "season": ("season",), "decade": ("<year>",),
    "earlier": ("earlier", "before"), "ago": ("ago",), "previous": ("previous", "prior", "preceding"),
    "prior_n": ("previous", "prior", "preceding"),
    "in": ("<month>", "<year>"), "bare_month": ("<month>",), "fiscal": ("iscal", "inancial", "FY"),
    "fiscal_rel": ("iscal", "inancial"),
}
#: words a pattern cannot match without, in any case (its case-blind parts: "Next quarter"),
#: looked for as the pattern reads them, in the sentence's case folding
_FOLDED_ANCHORS: dict[str, tuple[str, ...]] = {"ahead": ("coming", "next")}
#: plain substrings the anchors cannot do without (every month name opens with its
#: three-letter abbreviation); literal alternations, which the regex engine scans for fast
_ANCHOR_WORDS = ("far", "year", "month", "week", "yesterday", "today", "past", "last", "previous", "prior", "preceding", "next", "coming",
                 "quarter", "half",
                 "weekend", "earlier", "before", "ago", "season", "iscal", "inancial", "FY", "Q1", "Q2", "Q3", "Q4", "H1", "H2")
#: every English month name, written out or cut short, opens with one of these
MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: a literal alternation the regex engine scans for fast: no month can be named where it finds none
FIND_MONTH_STEM, _FIND_WEEKDAY = re.compile("|".join(MONTH_STEMS)), re.compile("|".join(_WEEKDAYS))
_FIND_MONTH, _FIND_YEAR = re.compile(_MONTH), re.compile(_YEAR)


def _anchors(sentence: str) -> set[str]:
    """The anchors of ``_ANCHORS`` in the sentence: words (cased as the patterns spell them),
    and month names and years found with the very sub-patterns the time patterns embed, so a
    pattern can only match where its anchors are."""
    found = {word for word in _ANCHOR_WORDS if word in sentence}
    if FIND_MONTH_STEM.search(sentence) and _FIND_MONTH.search(sentence):
        found.add("<month>")
    if _FIND_YEAR.search(sentence):
        found.add("<year>")
    if _FIND_WEEKDAY.search(sentence):
        found.add("<weekday>")
    return found


class _Candidate(NamedTuple):
    match: re.Match[str]
    scope: TimeScope
    #: the phrase dates a speech verb ("said on Friday"), read once per sentence
    after_speech: bool


@lru_cache(maxsize=256)
def _candidates(sentence: str, published: date | None) -> tuple[_Candidate, ...]:
    """Every time phrase of the sentence, the first pattern to claim a stretch winning it."""
    found: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    counted_back: list[re.Match[str]] = []  # "two days earlier"
    present = _anchors(sentence)
    if not present:
        return ()
    for name, pattern in _PATTERNS:
        if present.isdisjoint(_ANCHORS[name]):
            continue  # its anchor is missing: the pattern cannot match
        if name in _FOLDED_ANCHORS and not may_hold_folded(sentence, _FOLDED_ANCHORS[name]):
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if name == "bare_month" and not _bare_month_ok(sentence, m):
                continue
            if name in ("weekday", "relative") and _DATES_AN_EVENT.match(sentence, m.end()):
                continue  # "the toll from Friday's quake", "last week's fires": the day of the event
            if _is_dateline(sentence, m) or _COMPARED.search(sentence, max(0, m.start() - 12), m.start()):
                continue  # "LONDON, Aug 1 (Wire) -": when it was filed; "than in 2019": the other side's time
            if _is_comparison_base(sentence, m, name):
                continue  # "up 13% from a year earlier": the time of what the change is measured from
            if name in ("earlier", "previous", "prior_n"):
                counted_back.append(m)  # resolved once every other phrase is known
                taken.append((m.start(), m.end()))
                continue
            scope = _resolve(name, m, published)
            if scope is None:
                continue
            taken.append((m.start(), m.end()))
            # "reported first-quarter revenue", "said Q1 sales": a modifier of the object, not
            # the day of the telling
            modifier = name == "quarter_code" or (name == "quarter" and "-" in m.group())
            found.append(_Candidate(m, scope, not modifier and _after_speech(sentence, m.start())))
    found += [_Candidate(m, scope, _after_speech(sentence, m.start()))
              for m in counted_back if (scope := _earlier(m, found, published)) is not None]
    return tuple(found)  # cached: scanned once per sentence, not once per figure


#: a weekday's possessive before the disaster it dates ("Friday's powerful earthquake"): the
#: day it struck, which a toll counted since does not cover. "Friday's count" still dates the
#: figure, and so does "Sunday's vote" (turnout and votes are the day's own figures)
#: a time that counts back ("a year ago", "a year earlier", "last year"), or the same span of an
#: earlier one ("the same period in 2017"): the time a base figure is of
_BACKWARD = re.compile(r"\b(?:ago|earlier|last|previous|prior)\b", re.IGNORECASE)
_SAME_SPAN_BEFORE = re.compile(r"\bsame\s+(?:period|month|quarter|week|day|time|half)\s+(?:of\s+|in\s+|last\s+)?$",
                               re.IGNORECASE)
#: a base figure between a figure and such a time: "to $1.25 billion *from $1.52 billion* a year
#: earlier", "*compared with 4,425 fires* through the same period in 2017"
_BASE_FIGURE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|some\s+)?[$£€¥₹]?\d",
                          re.IGNORECASE)
#: a period told by its last month or day: "the quarter *ending in* September", "the half that ended on June 30"
_PERIOD_ENDING = re.compile(r"\b(?:quarter|half|year|period)\s+(?:that\s+|which\s+)?(?:ending|ended|ends)\s+(?:in\s+|on\s+)?$",
                            re.IGNORECASE)
_BASE_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|some\s+)?$", re.IGNORECASE)
_DATES_AN_EVENT = re.compile(
    r"['’]s\s+(?:[a-z][a-z\-]*\s+|\d+(?:\.\d+)?[\s\-]+){0,3}?"
    r"(?:quake|earthquake|tremor|temblor|storm|cyclone|hurricane|typhoon|flood|floods|flooding|fire|wildfire|blaze|"
    r"landslide|eruption|explosion|blast|attack|attacks|raid|shooting|crash|collapse|derailment|crush|stampede)\b"
)
#: "from <figure> ... <time> to <figure>": a time between the two halves dates the first
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:[^\s,;]+\s+){0,4}?\S*\d\S*\s+(?:[^\s,;]+\s+){0,2}$", re.IGNORECASE)
_TO_NEXT = re.compile(r",?\s+to\b", re.IGNORECASE)
_JUST_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)

#: a wire dateline: a place and a comma before the date, an agency in brackets or a dash after it
_DATELINE_PLACE = re.compile(r"(?:^|\s)[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,2},\s*$")
_DATELINE_AFTER = re.compile(rf"\s*(?:{_DAY})?(?:,?\s+{_YEAR})?\s*(?:\([A-Za-z .&]{{1,30}}\)|[:\-\u2013\u2014]\s)")
#: a time phrase right after "than" dates what a figure is compared with ("lower than in 2019")
_COMPARED = re.compile(r"\bthan\s+$", re.IGNORECASE)
#: "up 8.1% on the same period last year", "compared with the same month of 2023"
_BASE_SAME = re.compile(
    r"\b(?:from|on|over|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?(?:same|corresponding|comparable)\s+"
    r"(?:period|month|quarter|week|day|time|half)\s+(?:of\s+|in\s+)?$",
    re.IGNORECASE,
)
#: "up 13% from a year earlier", "down from last year", "compared with a year ago"
_BASE_BACK = re.compile(r"\b(?:from|over|against|versus|vs\.?|compared\s+(?:with|to))\s+$", re.IGNORECASE)
#: "on" after a change or a figure names the base too: "a 5% rise on last year('s)", "a £5,000
#: increase on 2023", "up 4% on 2019" ("spent on last year's campaign" dates the spending)
_BASE_ON = re.compile(
    r"(?:\d%?|\bcent|\bpercent|\bpoints?|\bpounds|\bdollars|\beuros|\bmillion|\bbillion|\bup|\bdown|\bhigher|\blower|\bmore|\bless|\brises?|\bincreases?"
    r"|\bjumps?|\bfalls?|\bdrops?|\bgains?|\bdeclines?|\beach|\bhalf|\b(?:third|quarter|fifth|tenth)s?)\s+on\s+$",
    re.IGNORECASE,
)
_ON_A_YEAR = re.compile(rf"(?i:on)\s+{_YEAR}$")


def _base_on(before: str) -> bool:
    """``_BASE_ON`` searched in ``before``, asked only when the text ends with "on" and white
    space, as it must to match: the pattern opens on an alternation of words, tried at every
    position, and most phrases end otherwise."""
    head = before.rstrip()
    return len(head) < len(before) and head[-2:].lower() == "on" and _BASE_ON.search(before) is not None


#: a verb of likeness and the thing it likens the figure to, up to a time phrase: "the 0.25% rate
#: matches the move made earlier this month", "in line with the cut announced last week"
_LIKENED_TO = re.compile(
    r"\b(?:match(?:es|ed)?|mirror(?:s|ed)?|echo(?:es|ed)?|equals?|equall?ed|in\s+line\s+with|similar\s+to|"
    r"the\s+same\s+as)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)


#: a word of each verb of likeness ``_LIKENED_TO`` reads: without one, it is not tried
_LIKENED_TO_WORDS = ("match", "mirror", "echo", "equal", "line", "similar", "same")


def _is_comparison_base(sentence: str, m: re.Match[str], name: str) -> bool:
    """The time phrase names the base a change is measured from, or the time of what a figure is
    likened to, not the period of a figure."""
    before = sentence[max(0, m.start() - 40) : m.start()]
    if (may_hold_folded(before, ("same", "corresponding", "comparable")) and _BASE_SAME.search(before)) or (
        may_hold_folded(sentence[max(0, m.start() - 60) : m.start()], _LIKENED_TO_WORDS)
        and _LIKENED_TO.search(sentence, max(0, m.start() - 60), m.start())
    ):
        return True
    if name == "in" and _ON_A_YEAR.fullmatch(m.group(0)):
        return _base_on(sentence[max(0, m.start() - 40) : m.start() + 3])
    counts_back = name in ("earlier", "ago", "previous") or (
        name in ("relative", "fiscal_rel") and m.group("rel").lower().startswith(("last", "past"))
    )
    return counts_back and (_BASE_BACK.search(before) is not None or _base_on(before))


def _after_speech(sentence: str, at: int) -> bool:
    """A speech verb right before ``at``, with no colon or semicolon closing its clause first
    ("revisions slashed estimates: May's gains fell" dates the gains, not a telling)."""
    return not sentence[:at].rstrip().endswith((":", ";")) and speech_verb_before(sentence, at)


def _is_dateline(sentence: str, m: re.Match[str]) -> bool:
    lo = max(0, m.start() - 40)
    # (the place ends on a comma, with nothing but white space after it)
    return bool(sentence[lo : m.start()].rstrip().endswith(",") and _DATELINE_PLACE.search(sentence, lo, m.start())
                and _DATELINE_AFTER.match(sentence, m.end()))


def _earlier(m: re.Match[str], found: list[_Candidate], published: date | None = None) -> TimeScope | None:
    """"up from 60 two days earlier", "2,100 a year earlier": counted back from the time phrase
    before it in the sentence ("reached 95 on Thursday"); unresolved when there is none, since
    the article's own date is seldom the one meant. "The previous year" with none before it is
    the year before the article's, as "last year" is."""
    previous = "n" not in m.re.groupindex
    if "span" in m.re.groupindex:
        return _prior_span(m, found, published)
    raw, unit = ("a" if previous else m.group("n").lower()), m.group("unit").lower().rstrip("s")
    n = _count(raw)
    if n is None:
        return None  # "the day before", "weeks before": not a count of units
    text = m.group()
    # (the day a figure was told is no time it is counted back from: "reported Wednesday that the
    # deficit for the previous year")
    anchors = [c.scope for c in found if c.match.end() <= m.start() and c.scope.resolved and c.scope.date_to
               and not (previous and c.after_speech)]
    if previous:
        # the whole unit before the one the anchor falls in, as "last year" is the article's
        base = anchors[-1].date_to if anchors else published
        return _relative(text, "yesterday" if unit == "day" else f"last {unit}", base)
    if not anchors:
        return TimeScope(text=text, relation="unresolved")
    anchor = anchors[-1]
    lo, hi = anchor.date_from or anchor.date_to, anchor.date_to
    assert lo is not None and hi is not None
    return TimeScope(text=text, relation=anchor.relation if anchor.relation != "since" else "period",
                     date_from=_back(lo, n, unit), date_to=_back(hi, n, unit), resolved=True)


def _prior_span(m: re.Match[str], found: list[_Candidate], published: date | None) -> TimeScope | None:
    """"9.5 million at the end of March, down from 9.9 million in the two prior months": the n
    units before the time named earlier in the sentence (not a telling's day), or before the
    article's."""
    n = _count(m.group("n").lower())
    if n is None:
        return None
    anchors = [c.scope for c in found if c.match.end() <= m.start() and c.scope.resolved
               and (c.scope.date_from or c.scope.date_to) and not c.after_speech]
    base = (anchors[-1].date_from or anchors[-1].date_to) if anchors else published
    if base is None:
        return TimeScope(text=m.group(), relation="period")
    unit = m.group("span").lower().rstrip("s")
    if unit in ("month", "year"):
        base = base.replace(day=1) if unit == "month" else base.replace(month=1, day=1)
    return TimeScope(text=m.group(), relation="period", date_from=_back(base, n, unit),
                     date_to=base - timedelta(days=1), resolved=True)


def _count(raw: str) -> int | None:
    """A count of time units in digits or in the grammar's number words ("four", "twenty-four",
    "a" as in "a year ago")."""
    if raw in ("a", "an"):
        return 1
    if raw.split() == ["a", "couple", "of"]:
        return 2
    if raw.isdigit():
        return int(raw)
    tokens = tokenize(raw)
    read = read_words(tokens, 0)
    return int(read[0]) if read is not None and read[1] == len(tokens) else None


def _back(d: date, n: int, unit: str) -> date:
    if unit in ("day", "week"):
        return d - timedelta(days=n * (7 if unit == "week" else 1))
    months = d.year * 12 + d.month - 1 - n * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


#: a noun a month names the period of: "the March daily average", "the preliminary March
#: estimate", "the April reading"
_MONTH_MODIFIES = re.compile(
    r"\s+(?:daily|weekly|monthly|average|total|figures?|tally|toll|record|count|estimates?|reading|readings|"
    r"numbers?|data|report|print|survey|payrolls?)\b"
)


def _bare_month_ok(sentence: str, m: re.Match[str]) -> bool:
    word = m.group("what")
    if word[0].isupper() and re.match(r"['’]s\b", sentence[m.end() :]):
        return True  # "May's job gains": the verb "may" takes no possessive
    # "the March daily average": a month naming the period of the figure beside it
    modifies = _MONTH_MODIFIES.match(sentence, m.end())
    if word in ("May", "March") and not modifies and not re.search(r"(?:average|total|figure|of|in|from|since|until|through|before|after)\s*$", sentence[: m.start()]):
        return False
    return word[0].isupper()


_MONTH_NUMBER = {name.lower(): k for k, name in enumerate(calendar.month_name) if name} | {
    name.lower(): k for k, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Za-z]+)\.?(?:,?\s+(?P<y>\d{4}))?")
_MONTH_FIRST = re.compile(r"(?P<m>[A-Za-z]+)\.?(?:\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>\d{4}))?")


def _month_phrase(phrase: str, base: date | None) -> date | None:
    """"April", "March 31", "31 March 2025", "Sept. 2023" read by hand, the way dateparser
    reads them with the settings below (a missing day is the 1st; without a year, the latest
    such date not after ``base``). None for anything else, or a day the month lacks: those
    go to dateparser."""
    m = _MONTH_FIRST.fullmatch(phrase.strip()) or _DAY_FIRST.fullmatch(phrase.strip())
    if m is None or m.group("m").lower() not in _MONTH_NUMBER:
        return None
    month = _MONTH_NUMBER[m.group("m").lower()]
    day = int(m.group("d")) if m.group("d") else 1
    if m.group("y"):
        year = int(m.group("y"))
    elif base is not None:
        year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    else:
        return None  # dateparser would read it against today: leave that to it
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


@lru_cache(maxsize=4096)
def _parse_date(phrase: str, base: date | None) -> date | None:
    """A candidate phrase as a date relative to ``base``: month phrases by hand, anything else
    through dateparser; cached (dateparser is slow)."""
    by_hand = _month_phrase(phrase, base)
    if by_hand is not None:
        return by_hand
    return _dateparser_date(phrase, base)


def _dateparser_date(phrase: str, base: date | None) -> date | None:
    import dateparser  # imported late: it takes a while to load

    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except Exception:
        return None
    return parsed.date() if parsed else None


def _has_year(text: str) -> bool:
    return re.search(_YEAR, text) is not None


def _has_day(text: str) -> bool:
    return re.search(r"\d", re.sub(_YEAR, "", text)) is not None


def _month_span(text: str, published: date | None) -> tuple[date, date] | None:
    """"September 2023" -> (09-01, 09-30); "April 7" -> (04-07, 04-07); a year -> whole year."""
    text = text.strip()
    if re.fullmatch(_YEAR, text):
        y = int(text)
        return date(y, 1, 1), date(y, 12, 31)
    if re.fullmatch(_YEAR_SPAN, text):
        first, last = int(text[:4]), int(text[5:])
        last += first // 100 * 100 if last < 100 else 0
        if first < last <= first + 1:
            return date(first, 1, 1), date(last, 12, 31)
        return date(first, 1, 1), date(first, 12, 31)  # "2017-15": a year and something else
    if not _has_year(text) and published is None:
        return None
    d = _parse_date(text, published)
    if d is None:
        return None
    if _has_day(text):
        return d, d
    last = calendar.monthrange(d.year, d.month)[1]
    return d.replace(day=1), d.replace(day=last)


def _edge_date(edge: str | None, span: tuple[date, date]) -> date:
    if edge and re.search(r"end|close", edge):
        return span[1]
    if edge and "middle" in edge:
        return span[0] + (span[1] - span[0]) // 2
    return span[0]


def _latest_part(text: str, part: str, index: int, published: date | None) -> TimeScope | None:
    """"in the third quarter", "first-half", "Q2" with no year: the latest such part over by the
    article's date (the one whose figures are out; a forecast names its year more often)."""
    if part == "half" and index > 1:
        return None  # "the third half": not a part of a year
    if published is None:
        return TimeScope(text=text, relation="period")
    months = 3 if part == "quarter" else 6
    year = published.year if published.month > months * (index + 1) else published.year - 1
    lo, hi = _part_of((date(year, 1, 1), date(year, 12, 31)), ("first", "second", "third", "fourth")[index], part)
    return TimeScope(text=text, relation="period", date_from=lo, date_to=hi, resolved=True)


def _fiscal_span(year: str) -> tuple[date, date] | None:
    """The twelve months a fiscal year is taken to cover.

    Fiscal calendars differ (October to September for the US government, April to March in
    India, Japan or the UK, July to June elsewhere), and the article seldom says which. A
    nominal span is enough for what the scope is for: one fiscal year meets its calendar year
    and stays apart from the next fiscal year, and a month inside it is a part, not the whole.
    "Fiscal 2024" is taken as the twelve months to September 2024; a year written across two
    ("2023-24") as July 2023 to June 2024.
    """
    m = re.fullmatch(r"(?P<a>\d{2}|\d{4})(?:[-/–](?P<b>\d{2}|\d{4}))?", year)
    if m is None:
        return None
    first = int(m.group("a")) + (2000 if len(m.group("a")) == 2 else 0)
    if m.group("b") is None:
        return date(first - 1, 10, 1), date(first, 9, 30)
    last = int(m.group("b"))
    last += first // 100 * 100 if last < 100 else 0
    if last != first + 1:
        return None
    return date(first, 7, 1), date(last, 6, 30)


def _ago_span(published: date, n: int, unit: str) -> tuple[date, date]:
    """"Four years ago" as the year it names, "two months ago" as that month, "two weeks ago"
    as that week: a day that far back would be false precision, and two outlets writing a day
    apart would seem to name two different days."""
    if unit == "decade":
        n, unit = 10 * n, "year"
    d = _back(published, n, unit)
    if unit == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if unit == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if unit == "week":
        return d - timedelta(days=3), d + timedelta(days=3)
    return d, d


def _resolve(name: str, m: re.Match[str], published: date | None) -> TimeScope | None:
    text = m.group()
    unresolved = TimeScope(text=text, relation="unresolved")
    if name == "fiscal":
        span = _fiscal_span(m.group("fy1") or m.group("fy2") or m.group("fy3"))
        if span is None:
            return None
        return TimeScope(text=text, relation="period", date_from=span[0], date_to=span[1], resolved=True)
    if name == "fiscal_rel":
        if published is None:
            return unresolved
        # the fiscal year the article's day falls in, on the nominal calendar of ``_fiscal_span``
        current = published.year + (1 if published.month >= 10 else 0)
        rel = m.group("rel").lower()
        year = current + (1 if rel in ("coming", "next", "upcoming") else -1 if rel in ("last", "past") else 0)
        span = _fiscal_span(str(year))
        assert span is not None  # a four-digit year always spans
        return TimeScope(text=text, relation="period", date_from=span[0], date_to=span[1], resolved=True)
    if name == "months":
        first = _month_span(f"{m.group('m1')} {m.group('y1') or m.group('y2') or ''}".strip(), published)
        last = _month_span(f"{m.group('m2')} {m.group('y2') or m.group('y1') or ''}".strip(), published)
        if first is None or last is None:
            return TimeScope(text=text, relation="period")
        lo, hi = first[0], last[1]
        if hi < lo and not m.group("y1"):
            lo = lo.replace(year=lo.year - 1)  # "from November to February"
        return TimeScope(text=text, relation="period", date_from=lo, date_to=hi, resolved=True)
    if name == "to_month":
        # a period that ends with the month (or day) named and runs back the units counted
        span = _month_span(m.group("what"), published)
        if span is not None and published is not None and span[1] < published and m.group("how").lower() == "ending" \
                and not _has_year(m.group("what")) and span[1].replace(year=span[1].year + 1) - published < published - span[1]:
            # "the fiscal year ending June 30", written in May: a year still running ends on the
            # coming June 30, not the one gone by (a year "ended" has closed)
            span = (span[0].replace(year=span[0].year + 1), span[1].replace(year=span[1].year + 1))
        n = 1 if m.group("n") is None else _count(m.group("n").lower())
        if n is None:
            return None  # "the rest of the year to June": not a count of units
        if span is None:
            return TimeScope(text=text, relation="period")
        unit = m.group("unit").lower().rstrip("s")
        hi = span[1]
        if unit == "week":
            lo = hi - timedelta(days=7 * n - 1)
        else:
            months = n * {"month": 1, "quarter": 3, "year": 12}[unit]
            # whole months back from the month named: "three months to June" opens 1 April
            lo = _back(hi.replace(day=1), months - 1, "month") if not _has_day(m.group("what")) \
                else _back(hi, months, "month") + timedelta(days=1)
        return TimeScope(text=text, relation="period", date_from=lo, date_to=hi, resolved=True)
    if name == "ago":
        # "four years ago": that far back from the article's day, to the unit counted in
        n = _count(m.group("n").lower())
        if n is None:
            return None  # "weeks ago", "many years ago": no count to go back by
        if published is None:
            return TimeScope(text=text, relation="point")
        unit = m.group("unit").lower().rstrip("s")
        if unit == "fortnight":
            n, unit = 2 * n, "week"  # "a fortnight ago" is two weeks back
        lo, hi = _ago_span(published, n, unit)
        return TimeScope(text=text, relation="point" if lo == hi else "period", date_from=lo, date_to=hi,
                         resolved=True)
    if name == "past_n":
        if published is None:
            return TimeScope(text=text, relation="period")
        n = _count(m.group("n").lower())
        if n is None:
            return None
        unit = m.group("unit").lower()
        days = {"hours": -(-n // 24), "days": n, "weeks": 7 * n, "months": 30 * n, "years": 365 * n}[unit]
        if m.group("half"):  # "the past four and a half years"
            days += {"hours": 0, "days": 1, "weeks": 4, "months": 15, "years": 183}[unit]
        return TimeScope(text=text, relation="period", date_from=published - timedelta(days=days),
                         date_to=published, resolved=True)
    if name == "next_n":
        n = _count(m.group("n").lower())
        if n is None:
            return None
        if published is None:
            return TimeScope(text=text, relation="period")
        unit = m.group("unit").lower()
        days = {"days": n, "weeks": 7 * n, "months": 30 * n, "years": 365 * n}[unit]
        return TimeScope(text=text, relation="period", date_from=published, date_to=published + timedelta(days=days),
                         resolved=True)
    if name in ("as_of", "by_weekday"):
        what = m.group("what")
        if what.lower() in ("today", "yesterday"):
            scope = _relative(text, what.lower(), published)
            return TimeScope(text=text, relation="until", date_to=scope.date_to, resolved=scope.resolved)
        what = _date_beside_weekday(what)
        if what in _WEEKDAYS:
            if published is None:
                return TimeScope(text=text, relation="until")
            return TimeScope(text=text, relation="until", date_to=_last_weekday(what, published), resolved=True)
        span = _month_span(what, published)
        if span is None:
            return TimeScope(text=text, relation="until")
        return TimeScope(text=text, relation="until", date_to=span[1], resolved=True)
    if name == "between":
        y = m.group("y") or (str(published.year) if published else None)
        if y is None:
            return TimeScope(text=text, relation="period")
        a = _parse_date(f"{m.group('m')} {m.group('d1')} {y}", None)
        b = _parse_date(f"{m.group('m')} {m.group('d2')} {y}", None)
        if a is None or b is None:
            return unresolved
        return TimeScope(text=text, relation="period", date_from=a, date_to=b, resolved=True)
    if name == "quarter_code":
        code = m.group("code")
        part, index = ("quarter" if code[0] == "Q" else "half"), int(code[1]) - 1
        ordinal = ("first", "second", "third", "fourth")[index]
        if part == "half" and index > 1:
            return None  # "H3": no half of a year
        if m.group("y"):
            y = int(m.group("y"))
            lo, hi = _part_of((date(y, 1, 1), date(y, 12, 31)), ordinal, part)
            return TimeScope(text=text, relation="period", date_from=lo, date_to=hi, resolved=True)
        return _latest_part(text, part, index, published)
    if name == "quarter":
        part = m.group("part").lower()
        index = {"first": 0, "second": 1, "third": 2, "fourth": 3}[m.group("ord").lower()]
        return _latest_part(text, part, index, published)
    if name == "weekend":
        if published is None:
            return TimeScope(text=text, relation="period")
        saturday = _last_weekday("saturday", published)
        if m.group("which").lower() == "last" and published - saturday < timedelta(days=2):
            saturday -= timedelta(days=7)  # "last weekend", said on a Sunday, is the one before
        if m.group("which").lower().startswith("prior"):
            # "stood at 162p prior to the weekend": the level up to the Friday
            return TimeScope(text=text, relation="until", date_to=saturday - timedelta(days=1), resolved=True)
        return TimeScope(text=text, relation="period", date_from=saturday,
                         date_to=min(published, saturday + timedelta(days=1)), resolved=True)
    if name == "week_of":
        span = _month_span(m.group("what"), published)
        if span is None:
            return TimeScope(text=text, relation="period")
        date_from, date_to = _part_of(span, m.group("ord"), m.group("part"))
        return TimeScope(text=text, relation="period", date_from=date_from, date_to=date_to, resolved=True)
    if name in ("since", "so_far"):
        what = m.group("what")
        if what.lower() in ("year", "month", "week"):
            if published is None:
                return TimeScope(text=text, relation="since")
            start = {"year": published.replace(month=1, day=1), "month": published.replace(day=1),
                     "week": published - timedelta(days=published.weekday())}[what.lower()]
            return TimeScope(text=text, relation="since", date_from=start, date_to=published, resolved=True)
        if what in _WEEKDAYS:
            if published is None:
                return TimeScope(text=text, relation="since")
            d = _last_weekday(what, published)
            return TimeScope(text=text, relation="since", date_from=d, date_to=published, resolved=True)
        span = _month_span(what, published)
        if span is None or published is None and not _has_year(what):
            return TimeScope(text=text, relation="since")
        start = _edge_date(m.groupdict().get("edge"), span)
        if published is not None and not _has_year(what) and (
                start > published or m.groupdict().get("last") and start.year == published.year
                and start.month == published.month):
            # "since the end of March" in a March 6 article, "since last March" in a March 20
            # one: last year's March is meant
            start = _back(start, 1, "year")
        return TimeScope(text=text, relation="since", date_from=start, date_to=published,
                         resolved=True)
    if name in ("until", "edge"):
        span = _month_span(m.group("what"), published)
        if span is None:
            return TimeScope(text=text, relation="until" if name == "until" else "point")
        d = _edge_date(m.group("edge"), span) if m.group("edge") else span[1] if name == "until" else span[0]
        if name == "until":
            if published is not None and d < published and not _has_year(m.group("what")):
                d = _next_year(d)  # "until June 30" in a March article looks ahead, not back
            return TimeScope(text=text, relation="until", date_to=d, resolved=True)
        return TimeScope(text=text, relation="point", date_from=d, date_to=d, resolved=True)
    if name == "weekday":
        if m.group("wdate") and (named := _month_span(m.group("wdate"), published)) is not None:
            # "on Friday, March 28": the date says which Friday
            return TimeScope(text=text, relation="point", date_from=named[0], date_to=named[1], resolved=True)
        if published is None:
            return TimeScope(text=text, relation="point")
        d = _last_weekday(m.group("wd"), published)
        d2 = _last_weekday(m.group("wd2"), published) if m.group("wd2") else d
        lo, hi = min(d, d2), max(d, d2)
        return TimeScope(text=text, relation="point" if lo == hi else "period", date_from=lo,
                         date_to=hi, resolved=True)
    if name == "season":
        return TimeScope(text=text, relation="period")
    if name == "relative":
        scope = _relative(text, m.group("rel").lower(), published)
        if m.group("earlier") and scope.resolved and published is not None:
            # "earlier this month": from the month's start to the article's day
            return TimeScope(text=text, relation="period", date_from=scope.date_from,
                             date_to=min(published, scope.date_to or published), resolved=True)
        return scope
    if name == "decade":
        y = int(m.group("dec"))
        return TimeScope(text=text, relation="period", date_from=date(y, 1, 1),
                         date_to=date(y + 9, 12, 31), resolved=True)
    if name in ("in", "bare_month"):
        span = _month_span(m.group("what"), published)
        if span is None:
            return TimeScope(text=text, relation="period")
        relation = "point" if span[0] == span[1] else "period"
        return TimeScope(text=text, relation=relation, date_from=span[0], date_to=span[1], resolved=True)
    return unresolved


def _date_beside_weekday(what: str) -> str:
    """"Tuesday, Feb. 7" -> "Feb. 7": the date says which Tuesday; a weekday alone stays."""
    m = re.fullmatch(rf"{_WEEKDAY},?\s+(?P<d>{_DAY_DATE})", what)
    return m.group("d") if m else what


def _next_year(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def _part_of(span: tuple[date, date], ordinal: str, part: str) -> tuple[date, date]:
    """"the first week of April" -> (04-01, 04-07); "the second half of 2025" -> (07-01, 12-31)."""
    first, last = span
    if part in ("week", "fortnight"):
        days = 7 if part == "week" else 14
        index = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(ordinal)
        if index is None:  # last / final
            return max(first, last - timedelta(days=days - 1)), last
        lo = first + timedelta(days=days * index)
        return lo, min(last, lo + timedelta(days=days - 1))
    pieces = 2 if part == "half" else 4
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        # a year's quarters and halves are calendar months, not equal shares of its days
        months = 12 // pieces
        index = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(ordinal, pieces - 1)
        m1, m2 = index * months + 1, (index + 1) * months
        return date(first.year, m1, 1), date(first.year, m2, calendar.monthrange(first.year, m2)[1])
    length = (last - first).days + 1
    index = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(ordinal, pieces - 1)
    lo = first + timedelta(days=length * index // pieces)
    hi = first + timedelta(days=length * (index + 1) // pieces - 1)
    return lo, hi


#: English names whatever the locale (calendar.day_name follows LC_TIME), as the patterns read
_WEEKDAY_NUMBER = {day.lower(): k for k, day in enumerate(_WEEKDAYS)}


def _last_weekday(name: str, published: date) -> date:
    """The latest day called ``name`` on or before the published date."""
    target = _WEEKDAY_NUMBER[name.lower()]
    return published - timedelta(days=(published.weekday() - target) % 7)


def _relative(text: str, rel: str, published: date | None) -> TimeScope:
    if published is None:
        return TimeScope(text=text, relation="period")
    if rel == "yesterday":
        d = published - timedelta(days=1)
        return TimeScope(text=text, relation="point", date_from=d, date_to=d, resolved=True)
    if rel == "today":
        return TimeScope(text=text, relation="point", date_from=published, date_to=published, resolved=True)
    which, unit = rel.split()
    if which == "past":
        # "the past week" is the days up to the article, not the calendar week before it
        days = {"year": 365, "month": 30, "week": 7}[unit]
        return TimeScope(text=text, relation="period", date_from=published - timedelta(days=days),
                         date_to=published, resolved=True)
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        y = published.year + shift
        return TimeScope(text=text, relation="period", date_from=date(y, 1, 1), date_to=date(y, 12, 31), resolved=True)
    if unit == "month":
        y, mth = published.year, published.month + shift
        if mth == 0:
            y, mth = y - 1, 12
        elif mth == 13:
            y, mth = y + 1, 1
        return TimeScope(text=text, relation="period", date_from=date(y, mth, 1),
                         date_to=date(y, mth, calendar.monthrange(y, mth)[1]), resolved=True)
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
    return TimeScope(text=text, relation="period", date_from=monday, date_to=monday + timedelta(days=6), resolved=True)


def unplaced_note(undated: Sequence[str], scopes: Sequence[tuple[str, TimeScope]]) -> str | None:
    """A warning for figures whose time could not be placed because their article has no date.

    ``undated`` names the articles with no publication date; ``scopes`` pairs each claim's
    article with its time scope. "On Tuesday" in an undated article is some Tuesday: the report
    says so, rather than compare it silently with a dated "Tuesday" elsewhere.
    """
    missing = set(undated)
    hit = [article for article, scope in scopes if article in missing and not scope.resolved]
    if not hit:
        return None
    articles = list(dict.fromkeys(hit))
    named = ", ".join(articles[:3]) + (f" and {len(articles) - 3} more" if len(articles) > 3 else "")
    return (
        f'{len(hit)} figure(s) give a time relative to their article\'s date ("on Tuesday", '
        f'"last week") that is left unplaced, as these articles have no publication date: '
        f'{named}; give "published" in meta.jsonl'
    )
