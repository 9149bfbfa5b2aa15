"""Judge: what the gap between the figures of a cluster means.

Each claim is compared as an interval (:func:`comparison_interval`): the calibrated interval of
its hedge, and for an unhedged round figure the rounding of its last significant digit
("800,000" stands for 750,000 to 850,000; "1,636" for itself), never more than 10% either side
("1,000" stands for 900 to 1,100, not 500 to 1,500). Shares, amounts and measures stand for the
rounding of their last digit whatever it is, up to but not including the next step: "62%" is
61.5 to 62.5, so it meets 61.8% and not "63%". "More than X" is open at X and
"nearly X" is open at X, so "more than 85,000" and "nearly 85,000" never meet. A figure "nearly"
reached, written in digits, is at most 10% short of it: "almost 20%" is not a reading of 16%;
a figure of a thousand or more "about" reached is at most 15% either side of it: "about 2.5
million" is not a reading of 2.1 million. A fall told with a sign ("-12.4%") and in words ("down
12.4%") is one change: in a group with signed falls, figures stated as falls are read signed.

=============  ======================================================================
agree          the same figure, read the same way ("more than 80,000" twice)
compatible     the figures differ but every pair of intervals overlaps: the hedges allow both
conflict       some pair of intervals is disjoint: no reading makes them agree
single         one report only
=============  ======================================================================

Figures in different units of one dimension ("15 miles", "24 km") are compared in the unit
most members use; an unhedged figure then stands for the rounding of its last digit, since a
converted figure is rounded ("24 km" for 24.14), and two figures agree when each, converted,
rounds to the other.

A discrepancy that time explains is an update, not a conflict: when the members of a conflicting
cluster fall on different dates, and each date's figures agree among themselves (or each date's
figures all lie above the last date's), the cluster is split into one cluster per date, linked as
"updated" and ordered by date. A figure an article restates without a date of its own speaks for
the date the article gave it first. How far a count has got ("with 96.4% of votes counted", "81%
of votes are counted") only grows: two such shares are two moments of the count, split the same
way and ordered by figure.

Severity ranks conflicts (higher first): the larger of the relative gap between the nearest bounds
of the most distant pair and the relative spread of the stated figures (at least 0.01), times
1 + 0.5 per independent source beyond the first, times 0.5 + 0.5 x the share of members that name
a source. A well-sourced, wide, independently reported gap comes first.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import combinations

import numpy as np

from crosscheck.align import keeps_running
from crosscheck.align_statements import (
    align_statements,
    refusals,
    speaker_sides,
    stance,
    statement_similarity,
)
from crosscheck.extract.frames import STATES
from crosscheck.extract.units import convert, scale_of
from crosscheck.links import LinkTable, by_group
from crosscheck.model import Article, Claim, Cluster, Link, Statement
from crosscheck.settings import Settings
from crosscheck.sources import SourceMap

#: An unhedged round figure stands for at most this share either side of itself, and a figure
#: "nearly" reached ("almost 20%") for at most this share below it.
EXACT_ROUNDING_SHARE = 0.1
#: A large figure "about" reached stands for at most this share either side of itself,
#: whatever its rounding step ("about 2 million" is 1.7 to 2.3 million, not 1.5 to 2.5) ...
APPROX_SHARE = 0.15
#: ... from this size up: copy rounds figures this large by choice, to a digit it picks.
APPROX_CAPPED_FROM = 1000
_IN_DIGITS = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        lo, lo_open = max((self.low, self.low_open), (other.low, other.low_open))
        hi, hi_open = min((self.high, not self.high_open), (other.high, not other.high_open))
        hi_open = not hi_open
        if lo < hi:
            return True
        return lo == hi and not lo_open and not hi_open

    def gap(self, other: Interval) -> float:
        """Distance between the nearest bounds (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        return max(other.low - self.high, self.low - other.high, 0.0)


def rounding_step(value: float) -> float:
    """The place of the last significant digit: 800,000 -> 100,000; 1.3 million -> 100,000; 1,636 -> 1."""
    if value == 0 or not math.isfinite(value):
        return 1.0
    v = abs(value)
    step = 10 ** math.floor(math.log10(v))
    # Walk down until the figure is a whole number of steps (to float precision).
    while step > 1e-6 and abs(round(v / step) * step - v) > 1e-9 * v:
        step /= 10
    return step


def comparison_interval(claim: Claim, into: str | None = None) -> Interval:
    """The figures a claim allows, in its own unit; or, among figures in several units of its
    dimension, converted ``into`` the one they are compared in (see :func:`shared_unit`)."""
    q = claim.quantity
    low = -math.inf if q.low is None else q.low
    high = math.inf if q.high is None else q.high
    if q.hedge_class == "exact" and q.value is not None and low == high == q.value:
        step = rounding_step(q.value)
        # Only round figures stand for a range: "800,000" is rounded, "1,636" is a count. Among
        # figures in several units each stands for its last digit whatever it is: some were
        # converted and rounded ("15 miles (24 km)").
        if into is not None or (step >= 100 and step < abs(q.value) * 1.0001):
            # Unhedged copy is closer than "around": "1,000 dead" is not a reading of 1,400.
            half = min(step / 2, abs(q.value) * EXACT_ROUNDING_SHARE)
            interval = Interval(q.value - half, q.value + half)
        elif q.kind in WRITTEN_ROUNDED:
            interval = _rounding_of_last_digit(q.value, step, q.kind)
        else:
            interval = Interval(low, high)
    else:
        if q.hedge_class == "less" and q.value is not None and _IN_DIGITS.search(q.text):
            # "almost 20%" is 18 or 19, not 10 to 20: written in digits, a figure "nearly" reached
            # is at most a tenth short of it ("almost a tenth", in words, stays coarse)
            low = max(low, q.value - abs(q.value) * EXACT_ROUNDING_SHARE)
        if q.hedge_class == "approx" and q.value is not None and abs(q.value) >= APPROX_CAPPED_FROM:
            # "about 2.5 million" is not 2.25 to 2.75 million (its step read as fives): a writer
            # with 2.3 million says "about 2.3 million". Small counts stay coarse ("about 20").
            low = max(low, q.value - abs(q.value) * APPROX_SHARE)
            high = min(high, q.value + abs(q.value) * APPROX_SHARE)
        interval = Interval(
            low,
            high,
            low_open=q.hedge_class == "more" and q.value is not None and low == q.value,
            high_open=q.hedge_class == "less" and q.value is not None and high == q.value,
        )
    if into is None or into == q.unit:
        return interval
    # Conversions are increasing (factor > 0), so the ends stay the ends.
    return replace(interval, low=convert(interval.low, q.unit, into), high=convert(interval.high, q.unit, into))


#: Kinds of figure that copy rounds to its last digit whatever that digit is: a turnout of
#: 61.8% is "62%" in the next outlet, a depth of 10.2 km "10 km". A count under a hundred is
#: exact ("1,636" dead is not "1,637").
WRITTEN_ROUNDED = frozenset({"percent", "money", "measure"})


def _rounding_of_last_digit(value: float, step: float, kind: str) -> Interval:
    """What a figure rounded to its last digit covers: "62%" is 61.5 up to (not including)
    62.5, so "62%" meets 61.8% but not "63%". A share is rounded to a whole point at most
    ("40%" is not 35 to 45); other figures to at most ``EXACT_ROUNDING_SHARE`` either side."""
    if kind == "percent":
        half = min(step, 1.0) / 2
    else:
        half = min(step / 2, abs(value) * EXACT_ROUNDING_SHARE)
    return Interval(value - half, value + half, high_open=True)


def shared_unit(claims: Sequence[Claim]) -> str | None:
    """The unit to compare a group's figures in: None when they share one (nothing to convert),
    else the unit most members state, the first member's on a tie. Alignment only groups units
    of one dimension (kilometres and miles, never dollars and euros)."""
    units = [c.quantity.unit for c in claims]
    if len(set(units)) < 2 or not all(scale_of(u) for u in units):
        return None
    return max(dict.fromkeys(units), key=units.count)


def same_when_converted(a: Claim, b: Claim) -> bool:
    """'15 miles' and '24 km': one figure, when either, converted, rounds to the other's last digit."""
    if a.value is None or b.value is None:
        return False

    def rounds_to(x: float, target: float) -> bool:
        step = rounding_step(target)
        return abs(round(x / step) * step - target) <= 1e-9 * max(abs(target), step)

    ua, ub = a.quantity.unit, b.quantity.unit
    return rounds_to(convert(a.value, ua, ub), b.value) or rounds_to(convert(b.value, ub, ua), a.value)


@dataclass(frozen=True, slots=True)
class Bounds:
    """Comparison intervals as columns (one row per claim), and each claim's stated figure (0
    when none): computed once per claim, then read for many pairs at once. A figure that
    hundreds of reports repeat makes a conflict of tens of thousands of disjoint pairs."""

    low: np.ndarray
    high: np.ndarray
    low_open: np.ndarray
    high_open: np.ndarray
    stated: np.ndarray

    @classmethod
    def of(cls, claims: Sequence[Claim], into: str | None = None) -> Bounds:
        return cls.of_intervals(
            [comparison_interval(c, into) for c in claims], [_stated(c, into) or 0.0 for c in claims]
        )

    @classmethod
    def of_intervals(cls, intervals: Sequence[Interval], stated: Sequence[float] = ()) -> Bounds:
        return cls(
            low=np.array([i.low for i in intervals], dtype=np.float64),
            high=np.array([i.high for i in intervals], dtype=np.float64),
            low_open=np.array([i.low_open for i in intervals], dtype=bool),
            high_open=np.array([i.high_open for i in intervals], dtype=bool),
            stated=np.array(stated or [0.0] * len(intervals), dtype=np.float64),
        )

    def take(self, rows: np.ndarray) -> Bounds:
        return Bounds(self.low[rows], self.high[rows], self.low_open[rows], self.high_open[rows], self.stated[rows])

    def interval(self, k: int) -> Interval:
        return Interval(float(self.low[k]), float(self.high[k]), bool(self.low_open[k]), bool(self.high_open[k]))

    def meeting(self, k: int) -> np.ndarray:
        """``interval(j).overlaps(interval(k))`` for every row ``j`` at once: at a shared end the
        open one decides, as in :meth:`Interval.overlaps`."""
        low, high, low_open, high_open = self.low, self.high, self.low_open, self.high_open
        lo = np.maximum(low, low[k])
        lo_open = np.where(low == low[k], low_open | low_open[k], np.where(low > low[k], low_open, low_open[k]))
        hi = np.minimum(high, high[k])
        hi_open = np.where(high == high[k], high_open | high_open[k], np.where(high < high[k], high_open, high_open[k]))
        return np.asarray((lo < hi) | ((lo == hi) & ~lo_open & ~hi_open))

    def gaps(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """``interval(a[k]).gap(interval(b[k]))`` for pairs known to be disjoint."""
        la, ha, lb, hb = self.low[a], self.high[a], self.low[b], self.high[b]
        with np.errstate(invalid="ignore"):
            out = np.maximum(np.maximum(lb - ha, la - hb), 0.0)
        # inf - inf: Python's max over a NaN depends on where the NaN stands; ask it.
        for k in np.flatnonzero(np.isnan(out)).tolist():
            out[k] = max(lb[k] - ha[k], la[k] - hb[k], 0.0)
        return out


@dataclass(frozen=True, slots=True)
class Disjoint:
    """The disjoint pairs of a group of claims: positions ``a[k] < b[k]`` into the group, in
    order, with the group's :class:`Bounds`."""

    a: np.ndarray
    b: np.ndarray
    bounds: Bounds

    def __len__(self) -> int:
        return len(self.a)

    def pairs(self, claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
        return [(claims[x], claims[y]) for x, y in zip(self.a.tolist(), self.b.tolist(), strict=True)]


def _stated(claim: Claim, into: str | None = None) -> float | None:
    """The figure a claim states (the middle of a vague amount's interval), ``into`` that unit."""
    if claim.value is not None:
        value: float | None = claim.value
    elif claim.low is not None and claim.high is not None:
        value = math.sqrt(max(claim.low, 0) * max(claim.high, 0)) or None
    else:
        return None
    return value if into is None or value is None else convert(value, claim.quantity.unit, into)


def _figures(claims: Sequence[Claim]) -> list[float | None]:
    """Each claim's stated figure, in the group's :func:`shared_unit` when units differ."""
    into = shared_unit(claims)
    return [_stated(c, into) for c in claims]


def describe(claim: Claim, articles: dict[str, Article]) -> str:
    """'more than 80,000 (StratNews Global, a senior official)'."""
    article = articles.get(claim.article)
    who = [outlet_name(article) if article else claim.article]
    if claim.attribution and claim.attribution.source:
        who.append(claim.attribution.source)
    return f"{claim.quantity.text or claim.text} ({', '.join(who)})"


def outlet_name(article: Article) -> str:
    return article.display_name()


def disjoint_pairs(intervals: Sequence[Interval]) -> list[tuple[int, int]]:
    """Every (i, j), i < j, of intervals that do not overlap, in that order."""
    a, b = _disjoint_positions(Bounds.of_intervals(intervals))
    return list(zip(a.tolist(), b.tolist(), strict=True))


#: Up to this many intervals, every pair is compared in Python: most clusters are a handful of
#: claims, and for them the dozen numpy calls of the sorted search cost more than the pairs.
FEW_INTERVALS = 12


def _disjoint_positions(bounds: Bounds) -> tuple[np.ndarray, np.ndarray]:
    """The disjoint pairs of ``bounds``' intervals as positions ``(a[k], b[k])``, ``a < b``, in order.

    Two intervals that each hold a point are disjoint exactly when one ends before the other
    begins, so after sorting the intervals by where they begin, those that begin after one ends
    are found by bisection: the cost follows the disjoint pairs found, not every pair (a figure
    repeated by 300 reports has 45,000 pairs and, in a conflict, often a few hundred disjoint).
    An interval that holds no point ("more than 5" read up to 5) is disjoint from every other.
    """
    low, high, low_open, high_open = bounds.low, bounds.high, bounds.low_open, bounds.high_open
    n = len(low)
    if n <= FEW_INTERVALS or np.isnan(low).any() or np.isnan(high).any():  # compare every pair
        intervals = [
            Interval(*ends)
            for ends in zip(low.tolist(), high.tolist(), low_open.tolist(), high_open.tolist(), strict=True)
        ]
        found = [(a, b) for a, b in combinations(range(n), 2) if not intervals[a].overlaps(intervals[b])]
        pairs = np.array(found, dtype=np.int64).reshape(-1, 2)
        return pairs[:, 0], pairs[:, 1]
    # What i.overlaps(i) says: the interval holds a point.
    holds = (low < high) | ((low == high) & ~low_open & ~high_open)
    held = np.flatnonzero(holds)
    # i ends before j begins when (i.high, 0 if open else 1) < (j.low, 2 if open else 1): below,
    # or at the same point with either end open. Starts sorted by (low, 1 or 2, position).
    start_mark = np.where(low_open, 2, 1)[held]
    order = held[np.lexsort((held, start_mark, low[held]))]
    # bisect_right over the sorted starts for (high, 0 or 1): the starts below ``high``, and at
    # ``high`` those marked 1 when the end is closed (marked 1).
    ends = high[held]
    after = np.searchsorted(low[order], ends, side="left")
    closed_starts = np.sort(low[held][start_mark == 1])
    at_end = np.searchsorted(closed_starts, ends, side="right") - np.searchsorted(closed_starts, ends, side="left")
    after = after + np.where(high_open[held], 0, at_end)
    counts = len(order) - after
    begin = np.cumsum(counts) - counts
    partner = order[np.repeat(after - begin, counts) + np.arange(int(counts.sum()))]
    one = np.repeat(held, counts)
    first, second = np.minimum(one, partner), np.maximum(one, partner)
    if len(held) < n:
        empty = np.flatnonzero(~holds)
        other = np.tile(np.arange(n), len(empty))
        alone = np.repeat(empty, n)
        alone, other = alone[alone != other], other[alone != other]
        first = np.concatenate([first, np.minimum(alone, other)])
        second = np.concatenate([second, np.maximum(alone, other)])
    keys = np.unique(first.astype(np.int64) * n + second)
    return keys // n, keys % n


def verdict_of(
    claims: Sequence[Claim], settings: Settings, bounds: Bounds | None = None
) -> tuple[str, list[tuple[Claim, Claim]]]:
    """The verdict and the disjoint pairs behind a conflict (``bounds``: the claims' own, in
    order, when already known)."""
    if bounds is None:
        bounds = _signed_falls(claims, Bounds.of(claims, shared_unit(claims)))
    verdict, disjoint = _verdict(claims, settings, bounds)
    return verdict, disjoint.pairs(claims)


def _verdict(claims: Sequence[Claim], settings: Settings, bounds: Bounds) -> tuple[str, Disjoint]:
    """:func:`verdict_of`, with the disjoint pairs as positions."""
    none = np.empty(0, dtype=np.int64)
    if len(claims) < 2:
        return "single", Disjoint(none, none, bounds)
    disjoint = Disjoint(*_disjoint_positions(bounds), bounds)
    if len(disjoint):
        return "conflict", disjoint
    values = [v for v in _figures(claims) if v is not None]
    classes = {c.quantity.hedge_class for c in claims}
    if len(values) == len(claims) and len(classes) == 1:
        if shared_unit(claims) is not None:
            if _agree_across_units(claims, settings):
                return "agree", disjoint
            return "compatible", disjoint
        lo, hi = min(values), max(values)
        if hi == 0 or (hi - lo) / abs(hi) <= settings.agree_tolerance:
            return "agree", disjoint
    return "compatible", disjoint


def _agree_across_units(claims: Sequence[Claim], settings: Settings) -> bool:
    """Every two figures are one: the same within rounding in one unit, or one converted from
    the other ("15 miles", "24 km")."""
    distinct = list({(c.quantity.unit, c.value): c for c in reversed(claims)}.values())
    for a, b in combinations(distinct, 2):
        if a.quantity.unit != b.quantity.unit:
            if not same_when_converted(a, b):
                return False
        elif a.value is None or b.value is None or abs(a.value - b.value) > settings.agree_tolerance * max(abs(a.value), abs(b.value)):
            return False
    return True


def spread(claims: Sequence[Claim]) -> dict[str, float | None]:
    """Lowest to highest stated figure; vague amounts count only when nothing else is stated."""
    into = shared_unit(claims)
    values = [v for c in claims if c.value is not None and (v := _stated(c, into)) is not None] or [
        v for v in _figures(claims) if v is not None
    ]
    if not values:
        return {"low": None, "high": None, "relative_gap": None}
    lo, hi = min(values), max(values)
    if into is not None:  # converted: "4856.22770688 ha" says more than the figures do
        lo, hi = float(f"{lo:.4g}"), float(f"{hi:.4g}")
    return {"low": lo, "high": hi, "relative_gap": round((hi - lo) / hi, 4) if hi else 0.0}


def as_of(claim: Claim, articles: dict[str, Article]) -> date | None:
    """The date a figure speaks for: the end of its time scope, else the day it was given
    ("said on Friday"), else the article's date."""
    if claim.time and claim.time.resolved and claim.time.date_to and not _so_far_since_that_day(claim):
        return claim.time.date_to
    if claim.reported_on:
        return claim.reported_on
    article = articles.get(claim.article)
    return article.published if article else None


#: a present perfect between a figure and the day its clause names: "at least 70 people *have
#: died* in flooding that began Thursday", "the storm *has destroyed* 300 homes since landing on
#: Friday": the count runs up to the telling, and the day is when what it counts began
_PRESENT_PERFECT = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.I)


def _so_far_since_that_day(claim: Claim) -> bool:
    """A running count told in the present perfect whose clause names one day: the day it
    began, not the day the count speaks for (:data:`_PRESENT_PERFECT`)."""
    t = claim.time
    if t is None or t.relation != "point" or t.start < 0 or not keeps_running(claim):
        return False
    lo, hi = sorted((claim.end, t.start)) if t.start >= claim.end else sorted((t.end, claim.start))
    between = claim.sentence[lo - claim.sentence_start : hi - claim.sentence_start]
    return _PRESENT_PERFECT.search(between) is not None or _PRESENT_PERFECT.search(
        claim.sentence[max(0, claim.start - claim.sentence_start - 40) : claim.start - claim.sentence_start]) is not None


def _restated_as_of(claims: Sequence[Claim], articles: dict[str, Article], bounds: Bounds) -> list[date | None]:
    """``as_of`` of each claim, but a figure with no date of its own that restates a dated
    figure of its own article speaks for that date: "killing at least 240 people yesterday ...
    the agency said at least 240 people had been killed" gives yesterday's toll twice."""
    own = [as_of(c, articles) for c in claims]
    dated_in: dict[str, list[int]] = defaultdict(list)  # each article's members with a time scope
    for j, c in enumerate(claims):
        if c.time is not None and c.time.resolved:
            dated_in[c.article].append(j)
    out = list(own)
    for k, claim in enumerate(claims):
        if claim.time is not None or claim.reported_on is not None or not dated_in.get(claim.article):
            continue
        mine, mine_as_of = bounds.interval(k), own[k]
        earlier = [
            d for j in dated_in[claim.article]
            if j != k and bounds.interval(j).overlaps(mine)
            and (d := own[j]) is not None and (mine_as_of is None or d < mine_as_of)
        ]
        if earlier:
            out[k] = min(earlier)
    return out


def _recaps_an_earlier_day(days: list[date | None], bounds: Bounds, claims: Sequence[Claim]) -> list[date | None]:
    """Each figure's date, but a figure of a later day that an earlier day gave and that lies
    below a figure of its own day speaks for that earlier day: a report that the toll is 59
    that also recalls "rose to 48" (yesterday's toll, in a headline or a recap) does not make
    48 and 59 rival figures of one day. Within its own report a recap need only meet the earlier
    figure (closed ends treated as meeting: it restates it); another outlet's lower figure must
    agree with the earlier day's to be taken for it ("88" again, not "more than 88", which
    "88" excludes: that outlet's own figure for the later day)."""
    known = [d for d in days if d is not None]
    if len(set(known)) < 2:
        return days  # one day: nothing to recall
    day = np.array([d.toordinal() if d is not None else 0 for d in days])
    low, high = bounds.low, bounds.high
    first = min(d.toordinal() for d in known)
    report = np.unique([c.article for c in claims], return_inverse=True)[1].ravel()
    # a toll many outlets repeat gives few distinct (day, figure, report) rows: each is weighed once
    rows, one, where = np.unique(np.stack([day, low, high, report], axis=1), axis=0,
                                 return_index=True, return_inverse=True)
    moved: dict[int, date] = {}
    distinct = bounds.take(one)  # the bounds of each row, read a row's worth, not the cluster's
    for r, (d, lo, hi, own) in enumerate(rows.tolist()):
        if d <= first:
            continue
        above = (rows[:, 0] == d) & (rows[:, 1] > hi)
        if not above.any():
            continue  # nothing of its own day lies above it
        before = (rows[:, 0] > 0) & (rows[:, 0] < d)
        if (above & (rows[:, 3] == own)).any():
            # its interval meets theirs (closed ends treated as meeting: a recap restates the figure)
            earlier = before & (np.maximum(rows[:, 1], lo) <= np.minimum(rows[:, 2], hi))
        else:
            # it must meet every figure of that day, or it would only make that day a conflict
            meets = distinct.meeting(r)
            earlier = before & np.isin(rows[:, 0], [e for e in set(rows[before, 0].tolist())
                                                    if meets[rows[:, 0] == e].all()])
        if earlier.any():
            moved[r] = date.fromordinal(int(rows[earlier, 0].max()))
    return [moved.get(int(r), d) for r, d in zip(np.ravel(where).tolist(), days, strict=True)]


#: Dates this far apart may hold an update. A day: tolls, counts and tallies in a breaking
#: story move from one day's reports to the next ("nearly 30 dead" on Saturday, "at least 33"
#: on Sunday), and the split still asks each date's figures to agree and none to fall.
UPDATE_GAP = timedelta(days=1)


#: a count not over yet, as opposed to a complete (if provisional) one: "with 90% of results
#: tallied", "partial results", "early returns"
_PARTIAL_COUNT = re.compile(
    r"\b(?:partial|early|preliminary|incomplete)\s+(?:official\s+)?(?:results?|returns|counts?|tally|tallies)\b"
    r"|\bwith\s+(?:[\w.,%]+\s+){1,6}(?:counted|tallied|reporting|reported|declared|processed)\b",
    re.IGNORECASE,
)


def _partial_apart(claims: Sequence[Claim], settings: Settings, bounds: Bounds) -> list[list[Claim]] | None:
    """The figures of a count not over yet ("53.7% with 90% of ballots counted") and the others
    ("54.3%, provisional results showed"), when each side agrees within itself: a running result
    and the result, told the same day, are two moments of one count, not a conflict."""
    partial = [k for k, c in enumerate(claims) if _PARTIAL_COUNT.search(c.sentence)]
    if not partial or len(partial) == len(claims):
        return None
    rest = sorted(set(range(len(claims))) - set(partial))
    parts = [partial, rest]
    if any(_verdict([claims[k] for k in p], settings, bounds.take(np.array(p)))[0] == "conflict" for p in parts):
        return None
    return [[claims[k] for k in p] for p in parts]


#: the progress of a count, right after its share: "81% of votes *are counted*", "with 96.4% of
#: ballots *counted*", "with 64% of precincts *reporting*", "90% of polling station results
#: *tallied*"
_COUNT_PROGRESS_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent|percent)?\s*of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:votes?|ballots?|precincts?|polling\s+stations?|stations?|results?|returns|districts?|constituencies)\s+"
    r"(?P<aux>(?:(?:are|were|is|was|have\s+been|has\s+been|had\s+been|now|already)\s+)+)?"
    r"(?:counted|tallied|reporting|reported|processed|declared|in)\b",
    re.IGNORECASE,
)
#: without a verb of its own ("are counted"), the progress is told by "with": "with 96.4% of
#: votes counted", not "won 52% of the votes counted" (her share of them)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)


def counts_progress(claim: Claim) -> bool:
    """Whether the figure is how far a count has got ("with 96.4% of votes counted"): a share
    that only grows while the count goes on, so two of them are two moments, not a conflict."""
    if claim.quantity.kind != "percent":
        return False
    q = claim.quantity
    after = (q.number_end if q.number_end >= 0 else q.end) - claim.sentence_start
    m = _COUNT_PROGRESS_AFTER.match(claim.sentence[after:])
    if m is None:
        return False
    before = claim.sentence[max(0, q.start - claim.sentence_start - 30) : q.start - claim.sentence_start]
    return bool(m.group("aux")) or bool(_WITH_BEFORE.search(before))


def _by_progress(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Shares of a count's progress, one group per figure, lowest (earliest) first."""
    groups: dict[float, list[Claim]] = defaultdict(list)
    for c in claims:
        groups[_stated(c) or 0.0].append(c)
    return [groups[v] for v in sorted(groups)]


def split_updates(
    claims: Sequence[Claim],
    articles: dict[str, Article],
    settings: Settings,
    bounds: Bounds | None = None,
) -> list[list[Claim]]:
    """Split a conflicting group into dated updates when time explains the gap; else one group.
    Shares of a count's progress (:func:`counts_progress`) are split by figure, since such a
    share only grows: each is the count at another moment, whatever the dates say; and the
    figures of a count not over yet from the rest (:func:`_partial_apart`).

    Only a running count (:func:`keeps_running`), or figures that each date themselves, have
    updates. Time explains the gap when the members fall on different dates (``UPDATE_GAP``), the figures do
    not fall from one date to the next, and either each date's figures agree among themselves or
    each date's figures all lie above the figures of the date before. ``bounds``: the claims'
    own, in order, when already known.
    """
    if all(map(counts_progress, claims)):
        return _by_progress(claims)
    bounds = bounds if bounds is not None else Bounds.of(claims, shared_unit(claims))
    partial = _partial_apart(claims, settings, bounds)
    if partial is not None:
        return partial
    if not any(map(keeps_running, claims)) and not all(c.time is not None and c.time.resolved for c in claims):
        return [list(claims)]
    dated = [(d, k, c) for k, (d, c) in enumerate(zip(_recaps_an_earlier_day(
        _restated_as_of(claims, articles, bounds), bounds, claims), claims))]
    if any(d is None for d, _, _ in dated):
        return [list(claims)]
    dated.sort(key=lambda dkc: (dkc[0], dkc[2].id))
    parts: list[list[int]] = []
    last: date | None = None
    for d, k, _ in dated:
        if last is None or d - last >= UPDATE_GAP:  # type: ignore[operator]
            parts.append([])
        parts[-1].append(k)
        last = d
    # Days whose figures agree with the day before are one stretch of that figure: "125 dead"
    # on Saturday, Sunday and Monday, then "131" on Wednesday is one update, not three.
    merged: list[list[int]] = []
    for part in parts:
        if merged and _verdict([claims[k] for k in merged[-1] + part], settings,
                               bounds.take(np.array(merged[-1] + part)))[0] != "conflict":
            merged[-1] = merged[-1] + part
        else:
            merged.append(part)
    parts = merged
    if len(parts) < 2:
        return [list(claims)]
    # A running count grows or holds; one that falls between reports is not explained by time.
    for earlier, later in zip(parts, parts[1:]):
        if max(bounds.high[later].tolist()) < min(bounds.low[earlier].tolist()):
            return [list(claims)]
    grouped = [[claims[k] for k in p] for p in parts]
    if not any(_verdict(g, settings, bounds.take(np.array(p)))[0] == "conflict" for g, p in zip(grouped, parts)):
        return grouped
    # Outlets that disagree on one day still disagree, but a figure given days later that is
    # above every figure of the day before is that count's next update (a toll of "more than
    # 900" and "818" on Sunday, "at least 995" on Saturday after): the day's conflict stays a
    # conflict of its own, and the later figure is not made a party to it.
    if all(_rises(earlier, later, bounds.take(np.array(p)))
           for earlier, later, p in zip(grouped, grouped[1:], parts[1:])):
        return grouped
    return [list(claims)]


def _rises(earlier: Sequence[Claim], later: Sequence[Claim], later_bounds: Bounds) -> bool:
    """Every figure of the later day lies above every figure of the day before: stated higher,
    or "more than" the highest of them ("88" on Tuesday, "more than 88" on Wednesday)."""
    into = shared_unit([*earlier, *later])
    before = [v for c in earlier if (v := _stated(c, into)) is not None]
    after = [_stated(c, into) for c in later]
    if not before or all(v is None for v in after):
        return False
    top = max(before)
    return all(v is None or v > top or (later_bounds.low[k] == top and later_bounds.low_open[k])
               for k, v in enumerate(after))


def _percent(a: float, b: float) -> str:
    hi = max(abs(a), abs(b))
    return f"{round(100 * abs(a - b) / hi)}%" if hi else "0%"


def _first_largest(first: np.ndarray, second: np.ndarray) -> int:
    """The position of the largest ``(first[k], second[k])``, the first such: what ``max`` over
    the pairs gives."""
    if np.isnan(first).any() or np.isnan(second).any():  # NaN: ordering as Python's max does
        keys = list(zip(first.tolist(), second.tolist(), strict=True))
        return max(range(len(keys)), key=keys.__getitem__)
    tied = np.flatnonzero(first == first.max())
    return int(tied[np.argmax(second[tied])])


def why(verdict: str, claims: Sequence[Claim], disjoint: Disjoint, articles: dict[str, Article]) -> str:
    if verdict == "single":
        return f"one report: {describe(claims[0], articles)}"
    if verdict == "agree":
        if shared_unit(claims) is not None:
            shown = list({c.quantity.unit: c for c in reversed(claims)}.values())[::-1]
            return f"{len(claims)} reports give the same figure in different units: " + " = ".join(
                describe(c, articles) for c in shown
            )
        return f"{len(claims)} reports give the same figure: {describe(claims[0], articles)}"
    if verdict == "conflict":
        # Name the pair whose figures lie furthest apart; the interval gap breaks ties, so
        # "more than 85,000" vs "nearly 85,000" is named when it is the only contradiction.
        x, y, stated = disjoint.a, disjoint.b, disjoint.bounds.stated
        best = _first_largest(np.abs(stated[x] - stated[y]), disjoint.bounds.gaps(x, y))
        a, b = claims[int(x[best])], claims[int(y[best])]
        va, vb = float(stated[int(x[best])]), float(stated[int(y[best])])
        same = " (in the same article)" if a.article == b.article else ""
        if va == vb:
            return f"{describe(a, articles)} vs {describe(b, articles)}: the same figure, hedged both ways, cannot both hold{same}"
        return f"{describe(a, articles)} vs {describe(b, articles)}: {_percent(va, vb)} apart, no reading of the hedges makes them agree{same}"
    figures = disjoint.bounds.stated.tolist()  # each claim's figure, falls signed (see _signed_falls)
    ordered = sorted(range(len(claims)), key=figures.__getitem__)
    low, high = ordered[0], ordered[-1]
    return f"{describe(claims[low], articles)} vs {describe(claims[high], articles)}: {_percent(figures[low], figures[high])} apart, hedges overlap"


def same_article_notes(claims: Sequence[Claim], disjoint: Disjoint, articles: dict[str, Article]) -> tuple[str, ...]:
    code: dict[str, int] = {}
    article = np.array([code.setdefault(c.article, len(code)) for c in claims], dtype=np.int64)
    same = article[disjoint.a] == article[disjoint.b]
    notes = []
    for x, y in zip(disjoint.a[same].tolist(), disjoint.b[same].tolist(), strict=True):
        a, b = claims[x], claims[y]
        notes.append(
            f"{outlet_name(articles[a.article]) if a.article in articles else a.article} says both "
            f"'{a.text}' and '{b.text}'"
        )
    return tuple(dict.fromkeys(notes))


def severity(verdict: str, claims: Sequence[Claim], disjoint: Disjoint, independent: int) -> float:
    if verdict != "conflict":
        return 0.0
    x, y, bounds = disjoint.a, disjoint.b, disjoint.bounds
    ends = np.stack([bounds.low[x], bounds.high[x], bounds.low[y], bounds.high[y]])
    top = np.where(np.isfinite(ends), np.abs(ends), 0.0).max(axis=0)
    gaps = bounds.gaps(x, y) / np.where(top == 0.0, 1.0, top)
    widest = max(gaps.tolist()) if np.isnan(gaps).any() else float(gaps.max())
    # Hedges that merely touch ("more than 85,000" vs "nearly 85,000") leave no interval gap, yet
    # the figures around them may still disagree: the spread of the stated figures counts too.
    gap = max(widest, spread(claims)["relative_gap"] or 0.0, MIN_CONFLICT_GAP)
    attributed = sum(1 for c in claims if c.attribution is not None) / len(claims)
    return round(gap * (1 + 0.5 * max(0, independent - 1)) * (0.5 + 0.5 * attributed), 4)


#: The gap a conflict counts with at the least, so sources and attribution still rank it.
MIN_CONFLICT_GAP = 0.01


def label(claims: Sequence[Claim]) -> str:
    """A short name: the most common 'counted event' among the members; "forecast: ..." for
    figures someone expects ("could reach 20,000"), so a reader does not take them for a count."""
    names = [_name(c) for c in claims]
    names = [n for n in names if n] or [claims[0].text]
    name = max(sorted(set(names)), key=names.count)
    return f"forecast: {name}" if all(c.forecast is not None for c in claims) else name


def _forecasts_apart(groups: Sequence[Sequence[str]], by_id: dict[str, Claim]) -> list[list[Claim]]:
    """Each group's members in order, forecasts ("could reach 20,000") apart from counts: a
    forecast is never judged against a count (alignment keeps them apart; this holds for
    groups made elsewhere too)."""
    out: list[list[Claim]] = []
    for group in groups:
        members = sorted((by_id[m] for m in group), key=lambda c: (c.article, c.start))
        forecasts = [c for c in members if c.forecast is not None]
        counts = [c for c in members if c.forecast is None]
        out.extend(part for part in (counts, forecasts) if part)
    return out


def _name(claim: Claim) -> str:
    """'people killed', 'death toll', 'displaced people': the event is left out when it only
    repeats a word of what is counted or what is counted already says what befell it ("left
    2,000 people dead": 'people dead', not 'people dead left'), and a toll speaks for itself."""
    counted, event = claim.counted, claim.event
    if event and event.endswith("toll"):
        return event
    words = set(counted.lower().split()) if counted else set()
    if counted and event and (set(event.lower().split()) <= words or words & STATES):
        return counted
    return " ".join(x for x in (counted, event) if x)


def _group_bounds(members: Sequence[Claim], bounds: Bounds, row: dict[str, int]) -> Bounds:
    """A group's rows of the claims' own bounds, or, when its units differ, its bounds converted;
    with its falls signed when it signs some (see :func:`_signed_falls`)."""
    into = shared_unit(members)
    if into is not None:
        return _signed_falls(members, Bounds.of(members, into))
    return _signed_falls(members, bounds.take(np.array([row[c.id] for c in members], dtype=np.int64)))


#: Words that say a figure next to them is a fall: "down 12.4%", "fell 4%", "a 3% drop".
_FALL_WORDS = frozenset(
    "down fell fall falls falling dropped drop drops dropping declined decline declines declining decreased "
    "decrease decreases slid slipped slumped slump sank plunged plunge tumbled lower lost shed shrank contracted "
    "minus".split()
)
#: after a fall word, a level, not a change: "fell to 4%", "down from 16%"
_LEVEL_AFTER_FALL = frozenset({"to", "from"})
_JUDGE_WORD = re.compile(r"[a-z]+")


def _stated_as_a_fall(claim: Claim) -> bool:
    """The figure is the size of a fall: a fall word just before it ("down 12.4%", "fell by
    4%") or just after ("a 3% drop", "16% lower")."""
    local = claim.start - claim.sentence_start
    before = _JUDGE_WORD.findall(claim.sentence[max(0, local - 30) : local].lower())[-2:]
    after = _JUDGE_WORD.findall(claim.sentence[local + len(claim.text) : local + len(claim.text) + 20].lower())[:1]
    if before and before[-1] in _LEVEL_AFTER_FALL:
        return False
    return any(w in _FALL_WORDS for w in before + after)


def _signed_falls(members: Sequence[Claim], bounds: Bounds) -> Bounds:
    """When some figures of a group are signed falls ("-12.4%") and every positive one is
    stated as a fall ("down 12.4%"), the positive ones are read as the negative figures they
    are: one change told two ways, not two figures 200% apart."""
    signs = np.array([0.0 if c.value is None else np.sign(c.value) for c in members])
    if not (signs < 0).any() or not (signs > 0).any():
        return bounds
    rising = [k for k, c in enumerate(members) if signs[k] > 0]
    if not all(_stated_as_a_fall(members[k]) for k in rising):
        return bounds
    flip = np.zeros(len(members), dtype=bool)
    flip[rising] = True
    return Bounds(
        low=np.where(flip, -bounds.high, bounds.low),
        high=np.where(flip, -bounds.low, bounds.high),
        low_open=np.where(flip, bounds.high_open, bounds.low_open),
        high_open=np.where(flip, bounds.low_open, bounds.high_open),
        stated=np.where(flip, -bounds.stated, bounds.stated),
    )


def judge_claims(
    groups: Sequence[Sequence[str]],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    sources: SourceMap,
    settings: Settings,
) -> list[Cluster]:
    """Clusters with verdicts, spreads, severity and update links, ranked conflicts first."""
    by_id = {c.id: c for c in claims}
    arts = {a.id: a for a in articles}
    row = {c.id: k for k, c in enumerate(claims)}
    bounds = Bounds.of(claims)  # once per claim: a conflict is judged again after splitting
    judged: list[tuple[list[Claim], str, Disjoint]] = []
    update_chains: list[list[int]] = []
    for members in _forecasts_apart(groups, by_id):
        own = _group_bounds(members, bounds, row)
        verdict, disjoint = _verdict(members, settings, own)
        parts = split_updates(members, arts, settings, own) if verdict == "conflict" else [members]
        if len(parts) == 1:
            judged.append((members, verdict, disjoint))
            continue
        update_chains.append(list(range(len(judged), len(judged) + len(parts))))
        for part in parts:
            part = sorted(part, key=lambda c: (c.article, c.start))
            own = _group_bounds(part, bounds, row)
            judged.append((part, *_verdict(part, settings, own)))

    clusters: list[Cluster] = []
    for members, verdict, disjoint in judged:
        member_articles = sorted({c.article for c in members})
        independent = sources.independent_count(member_articles)
        outlets = len({outlet_name(arts[a]) if a in arts else a for a in member_articles})
        clusters.append(
            Cluster(
                id="c-" + members[0].id,
                kind="claim",
                members=tuple(c.id for c in members),
                verdict=verdict,  # type: ignore[arg-type]
                why=why(verdict, members, disjoint, arts),
                label=label(members),
                spread=spread(members),
                severity=severity(verdict, members, disjoint, independent),
                outlets=outlets,
                independent_sources=independent,
                notes=same_article_notes(members, disjoint, arts),
            )
        )
    for chain in update_chains:
        ids = [clusters[i].id for i in chain]
        for i in chain:
            related = {other: "updated" for other in ids if other != clusters[i].id}
            clusters[i] = replace(clusters[i], related={**clusters[i].related, **related})
    return clusters


#: "Possibly the same" links kept per cluster, strongest first: enough to follow a lead,
#: few enough to read.
MAX_POSSIBLE = 3


def attach_possible_links(clusters: Sequence[Cluster], links: LinkTable | Sequence[Link]) -> list[Cluster]:
    """Record each cluster's own links, and its strongest 'possibly the same' links to others.

    A cluster of up to ``MAX_PAIRWISE_LINKS`` members keeps every link between its members; a
    larger one keeps the strongest links that still join every member (a maximum spanning
    forest): a figure repeated by hundreds of articles links every pair of them, and the report
    keeps how each member joined, so its size grows with the claims, not their square.
    """
    table = links if isinstance(links, LinkTable) else LinkTable.from_links(links)
    own, strongest = by_group(table, [c.members for c in clusters], MAX_PAIRWISE_LINKS, most=MAX_POSSIBLE)
    out = []
    for c, kept, scores in zip(clusters, own, strongest, strict=True):
        best = sorted(((clusters[g].id, s) for g, s in scores.items()), key=lambda kv: (-kv[1], kv[0]))
        related = {**{other: "possible" for other, _ in best[:MAX_POSSIBLE]}, **c.related}  # "updated" wins
        out.append(replace(c, links=tuple(kept), related=related))
    return out


_VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}


def rank(clusters: Sequence[Cluster]) -> list[Cluster]:
    """Conflicts first by severity; then multi-source clusters; singles last; stable by id."""
    return sorted(
        clusters,
        key=lambda c: (_VERDICT_ORDER.get(c.verdict, 9), -c.severity, -len(c.members), c.id),
    )


#: Statement clusters larger than this record a star of links (first member to each other),
#: not every pair: the evidence stays readable and the cost linear.
MAX_PAIRWISE_LINKS = 12
#: Speakers a statement cluster's why names before it counts the rest: a wire quote carried by
#: sixty outlets is told by sixty spellings of a few people, and a list of all of them buries the
#: reason in the page and the terminal.
SPEAKERS_NAMED = 3


def _some_of(names: Sequence[str]) -> str:
    """"A, B, C and 4 more": the first ``SPEAKERS_NAMED`` names, then how many are left."""
    if len(names) <= SPEAKERS_NAMED + 1:
        return ", ".join(names)
    return f"{', '.join(names[:SPEAKERS_NAMED])} and {len(names) - SPEAKERS_NAMED} more"


def judge_statements(statements: Sequence[Statement], settings: Settings) -> list[Cluster]:
    """Statement clusters: one speaker's words or position across reports, verbatim or
    paraphrased, each with the links that joined it and its "possibly the same" neighbours."""
    statements = [s for s in statements if s.kind == "statement"]  # sourcing is not aligned
    by_id = {s.id: s for s in statements}
    sides = speaker_sides(statements)
    alignment = align_statements(statements, settings.statement_threshold, settings.statement_possible_threshold)
    clusters = []
    for group in alignment.groups:
        members = sorted((by_id[m] for m in group), key=lambda s: (s.article, s.start))
        if len(members) == 1:
            verdict, reason = "single", f"one report: {members[0].speaker or 'unknown speaker'}"
        else:
            if len(members) <= MAX_PAIRWISE_LINKS:
                pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
            else:
                pairs = [(members[0], b) for b in members[1:]]
            scored = [statement_similarity(a, b, sides) for a, b in pairs]
            lowest = min(f["content"] for f in scored)
            verdict = "agree" if lowest >= 0.9 else "compatible"
            speakers = sorted({m.speaker or "unknown" for m in members})
            acts = sorted(set.intersection(*(set(stance(m)) for m in members)))
            how = "the same words" if verdict == "agree" else f"paraphrased, lowest content similarity {lowest:.0%}"
            if verdict != "agree" and acts:
                how += f"; the same kind of act ({', '.join(acts)})"
            turned_down = sorted(frozenset.intersection(*(refusals(m) for m in members)))
            if verdict != "agree" and turned_down:
                how += f"; each turns one act down ({', '.join(turned_down)})"
            articles = len({m.article for m in members})
            reason = (
                f"{len(members)} versions from {articles} article{'' if articles == 1 else 's'} "
                f"({_some_of(speakers)}): {how}"
            )
        clusters.append(
            Cluster(
                id="q-" + members[0].id,
                kind="statement",
                members=tuple(m.id for m in members),
                verdict=verdict,  # type: ignore[arg-type]
                why=reason,
                label=members[0].speaker or "unknown speaker",
                outlets=len({m.article for m in members}),
            )
        )
    # the links that joined each cluster, and its strongest "possibly the same" neighbours
    return attach_possible_links(clusters, alignment.links)
