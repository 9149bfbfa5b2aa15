"""When an article was published: parsed from metadata, or read from the top of its text.

Scraped text keeps the date where the page printed it. We look only near the top (the first
lines), for three shapes, in this order:

1. a ``date 2025-04-08`` prefix some scrapers write before the body;
2. a line that is a date and little else ("Mon Apr 21 2025", "Published: April 21, 2025 10:32",
   "21 April 2025", "2025-04-21", "Updated 10.08.2014 22:21"; an all-number date whose
   day and month could be either way round is not read);
3. a wire-style dateline opening a paragraph ("ISLAMABAD, April 8 (Reuters) -",
   "Bangkok, March 29:", "Oct. 27 (UPI) -"). A dateline usually has no year: it is then
   *partial* and the caller resolves the year from context (the other articles of the story)
   or leaves it unresolved.

Where the text prints no full date, the page's address often does ("/2024/10/18/"):
:func:`date_from_url` reads it.

Everything returns a ``DateGuess`` that keeps the text it was read from, so the report can show
what was guessed. No dateparser here: these shapes are few and exact, and regular expressions
keep ingest fast on big corpora.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

#: How far into the text a printed date or dateline is looked for.
HEAD_CHARS = 2_000
HEAD_LINES = 12
#: a line this long is a paragraph of the story, not a headline, byline or date line
_PARAGRAPH_CHARS = 200

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_LABEL = r"(?:(?:published|updated|posted|last updated|date|dated)\s*(?:on|:)?\s*)?"
_TIME = (
    r"(?:[\s,|-]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs)?(?:\s*[A-Z]{2,4})?)?"
)
# What a page prints after the date on the same line: a byline's "by" ("October 18, 2024 by"),
# or a separator and a few words of furniture ("24 May 2019 at 10:30hrs | Views").
_TAIL = r"(?:\s+by\b[^\n]{0,40}|\s*[|\u00b7\u2022][^\n]{0,40})?"

_UPDATED = re.compile(r"\s*(?:last\s+)?updated\b", re.IGNORECASE)
_PREFIX = re.compile(r"\A\s*date[:\s]\s*(?P<iso>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)

_DATE_LINE_SHAPES = (
    # Mon Apr 21 2025 / April 21, 2025
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    # Monday, 21 April 2025 / 21 Apr. 2025
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    # 2025-04-21 (optionally with a time, as ISO stamps come)
    r"(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?",
    # 10.08.2014 / 08/10/2014: which number is the day is read by _numeric_order
    rf"(?P<first>\d{{1,2}})(?P<sep>[./])(?P<second>\d{{1,2}})(?P=sep){_YEAR}",
)
_DATE_LINES = [
    re.compile(rf"\A\s*{_LABEL}{shape}{_TIME}{_TAIL}\s*\Z", re.IGNORECASE)
    for shape in _DATE_LINE_SHAPES
]

# A dateline: a place in capitals or title case, a comma, a month and day (a year is rare),
# an optional agency in brackets, then a colon or dash before the story begins. The place must
# start with a capital, the month may be in any case: (?i:...) scopes the flag to the month.
# A place: words in capitals ("NEW DELHI") or up to three capitalised words ("Bangkok",
# "Rio de Janeiro" is the rare miss), so an opening "The meeting, April 8 -" is no dateline.
_PLACE = (
    r"(?:[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+){0,3}|[A-Z][a-z.'\-]+(?:[ \t][A-Z][a-z.'\-]+){0,2})"
)
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_PLACE}(?:,[ \t]*{_PLACE})?),[ \t]+"
    rf"(?i:{_MONTH})\s+{_DAY}(?:,?\s+{_YEAR})?"
    r"\s*(?:\([A-Za-z .&]{1,30}\))?\s*[:\-\u2013\u2014]",
)
# A dateline with no place but the agency's name: "Oct. 27 (UPI) -". The bracketed agency is
# what tells it from a paragraph that merely opens on a date ("March 3 - a day to remember").
_AGENCY_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?i:{_MONTH})\s+{_DAY}(?:,?\s+{_YEAR})?"
    r"\s*\([A-Z][A-Za-z .&\-]{1,30}\)\s*[:\-\u2013\u2014]",
)

# A date in a page's address: "/2024/10/18/", "/2023-02-01-some-title", "/20230820/". A year
# and month alone ("/2024/10/title") is no day and is not read.
_URL_DATES = (
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?=[/_.\-]|$)"),
    re.compile(r"/(?:[a-z]+[_\-])?(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?=[/_.\-]|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?=/|$)"),
)


@dataclass(frozen=True, slots=True)
class DateGuess:
    """A date read from somewhere, with the evidence. ``year`` None: a partial date (dateline)."""

    evidence: str
    month: int
    day: int
    year: int | None

    @property
    def resolved(self) -> date | None:
        if self.year is None:
            return None
        return safe_date(self.year, self.month, self.day)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(match: re.Match[str], evidence: str) -> DateGuess | None:
    groups = match.groupdict()
    if groups.get("iso"):
        try:
            parsed = date.fromisoformat(groups["iso"])
        except ValueError:
            return None
        return DateGuess(evidence, parsed.month, parsed.day, parsed.year)
    if groups.get("sep"):
        order = _numeric_order(int(groups["first"]), int(groups["second"]), groups["sep"])
        if order is None:
            return None
        month, day = order
        return DateGuess(evidence, month, day, int(groups["year"])) if safe_date(
            int(groups["year"]), month, day
        ) else None
    month = _MONTHS[groups["month"].lower().rstrip(".")]
    day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    guess = DateGuess(evidence, month, day, year)
    # 31 February is no date at all; a partial guess must still be a real day of some year.
    if safe_date(year or 2000, month, day) is None:
        return None
    return guess


def _numeric_order(first: int, second: int, sep: str) -> tuple[int, int] | None:
    """(month, day) of an all-number date, or None when its order cannot be told.

    A number above 12 can only be the day. Otherwise dots are day first wherever they are
    written ("10.08.2014" is 10 August), while slashes are day first in most of the world and
    month first in the United States: "08/10/2014" is left undated rather than guessed.
    """
    if first > 12 >= second:
        return second, first
    if second > 12 >= first:
        return first, second
    if sep == "." and first <= 12 and second <= 12:
        return second, first
    return None


def _head_lines(text: str) -> list[str]:
    return text[:HEAD_CHARS].split("\n")[:HEAD_LINES]


def date_prefix(text: str) -> tuple[int, int] | None:
    """Where a scraper's ``date 2025-04-08`` prefix sits before the body, as (start, end)."""
    prefix = _PREFIX.match(text)
    if prefix is None:
        return None
    return len(prefix.group(0)) - len(prefix.group(0).lstrip()), prefix.end()


def is_date_line(line: str) -> bool:
    """A line that is a printed date and nothing else ("Mon Apr 21 2025", "Updated: 2025-04-21")."""
    return len(line) <= 80 and any(shape.match(line) for shape in _DATE_LINES)


def date_from_text(text: str) -> DateGuess | None:
    """The date printed at the top of an article, or None. Partial (no year) for a dateline."""
    prefix = _PREFIX.match(text)
    if prefix:
        guess = _from_match(prefix, prefix.group(0))
        if guess:
            return guess
    updated: DateGuess | None = None
    paragraphs = 0
    for line in _head_lines(text):
        if len(line) > _PARAGRAPH_CHARS:
            paragraphs += 1
            if paragraphs >= 2:
                break  # the story has begun: a "Date: December 26, 2004" below it heads a fact box
        if len(line) > 80:
            continue
        for shape in _DATE_LINES:
            match = shape.match(line)
            if match:
                guess = _from_match(match, line.strip())
                if guess and _UPDATED.match(line):
                    # "Updated ..." above "Published ...": the first publication is the date
                    updated = updated or guess
                    break
                if guess:
                    return guess
    if updated is not None:
        return updated
    head = text[:HEAD_CHARS]
    for pattern in (_DATELINE, _AGENCY_DATELINE):
        for match in pattern.finditer(head):
            guess = _from_match(match, match.group(0).strip())
            if guess:
                return guess
    return None


def date_from_url(url: str | None) -> DateGuess | None:
    """The day a page's address names ("https://site/news/2024/10/18/title"), or None.

    News sites put the publication day in the path; the host is not read ("2024.example").
    """
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.\-]*://[^/]*", "", url.strip(), flags=re.IGNORECASE)
    for pattern in _URL_DATES:
        match = pattern.search(path)
        if match is None:
            continue
        year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
        if safe_date(year, month, day) is not None:
            return DateGuess(match.group(0), month, day, year)
    return None


def resolve_year(guess: DateGuess, context: Sequence[date]) -> date | None:
    """Give a partial date the year that puts it nearest the story's other dates.

    A story's articles are published within days of each other, so "March 29" in a story whose
    other articles are dated April 2025 is March 29, 2025 (and "December 30" among January 2026
    articles is December 30, 2025). No context: unresolved.
    """
    if guess.year is not None:
        return guess.resolved
    if not context:
        return None
    anchor = sorted(context)[len(context) // 2]
    candidates = [
        d
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := safe_date(year, guess.month, guess.day)) is not None
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - anchor).days))


def parse_date_value(value: object) -> date | None:
    """A metadata date ("2025-04-08", "2025-04-08T10:00:00Z", "8 April 2025", a Unix time)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        # Seconds (or milliseconds) since 1970, as some exports write them.
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    raw = value.strip()
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw).date()  # 3.11 reads a trailing "Z"
    except ValueError:
        pass
    for shape in _DATE_LINES:
        match = shape.match(raw)
        if match:
            guess = _from_match(match, raw)
            if guess and guess.resolved:
                return guess.resolved
    return _parse_with_dateparser(raw)


def _parse_with_dateparser(raw: str) -> date | None:
    """The slow, forgiving parser, for the shapes the rules above do not know."""
    if len(raw) > 100:
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        parsed = dateparser.parse(
            raw,
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd strings; a date is optional
        return None
    return parsed.date() if parsed else None
