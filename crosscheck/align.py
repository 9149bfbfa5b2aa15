"""Align: which claims, within and across articles, measure the same quantity over the same scope.

A link between two claims is scored from features, each in [0, 1]:

==============  ==========================================================================
counted         what is counted (rapidfuzz ``token_set_ratio`` over stemmed, generic-free words)
event           the event, by event class first ("expelled" ~ "deported"), else token_set_ratio
place           the place, token_set_ratio; neutral when either side has none
context         the sentences minus their numbers (``token_set_ratio``): wire copy scores high
time            the time scopes: 1 when the dates overlap and cover like spans, 0 when disjoint,
                0.2 when one is a small part of the other (a week's figure vs a running count);
                without two dates, by the month and day they name ("on March 3", "in June")
value           closeness of the figures' calibrated intervals on a log scale: 1 when they
                meet, 0 at ``VALUE_FALLOFF`` orders of magnitude apart (counts with
                ``COUNT_SLACK`` added, so small tolls are not parted by small differences)
attribution     1 when both claims name the same source; otherwise left out (a different
                source is no evidence against: outlets quote different people for one figure)
forecaster      only for two forecasts that both say who makes them: 0 when neither one's
                source shows in the other's sentence, scaling the score by
                ``FORECASTERS_DIFFER`` (a forecast is its forecaster's own figure), else 1
location        only when both places are where the figure holds ("in Thailand", not "from
                Pakistan" or a subject): 1 when one name contains the other, else place
                similarity; under 0.5 the score is scaled by ``LOCATION_MISMATCH``
country         only for two such places that ISO 3166 puts in different countries: 0, a veto
holder          only when both figures name whose they are ("the Civic Union's 156 seats", "the
                Green Alliance won 98 seats"; a place or a source is no holder): their
                similarity (a name and its abbreviation are one; two names alike only in
                what kind of body they are, "Harbour Party" and "Labour Party", are two);
                under 0.5 a veto
==============  ==========================================================================

The score is a weighted mean of the words and scope features (``WEIGHTS``; a feature one side
lacks is left out, not zeroed), scaled by closeness of the figures (from ``VALUE_FLOOR`` at 0
to 1; from ``SPECIFIC_FLOOR`` for two measures of one specific thing, word for word): evidence, never a requirement, so 800,000 and 485,000 for one cumulative figure still
align, but in a one-story corpus, where every figure counts the same people at the same place,
agreeing words cannot merge a week's 20,000 with a running 80,000. Vetoes (``VETOES``) cap
the score and keep the pair out of one cluster: disjoint or nested time scopes, a mean vs a
count, a forecast ("could reach 20,000") vs a count, a breakdown part vs its total in one
article, two different figures one article gives on the word of two different tellers (two
counters' tallies, not the article contradicting itself), two figures one article gives that
plainly differ (a whole and a sector: "added 73,000 jobs", "health care added 55,000"; not the
stages of a toll, nor a bound), two events of different classes, and
two figures of one sentence (unless one restates the
other in another unit: "120 km (75 miles)"). Two shares or
amounts that say nothing of what they measure ("a 16% increase", "won 42%"), unless their
sentences match or one named source gives both (``UNFRAMED_KINDS``), are capped the same way
but not kept apart (``CAPS_ONLY``): the pair weighs little, yet other pairs may still put both
figures in one cluster.

Pairs at or above ``settings.merge_threshold`` may be merged; pairs between
``possible_threshold`` and that are recorded as "possibly the same" and never merged (the two
thresholds Meedan Check uses). Merging is average-linkage (a pair never compared counts as 0; one
compared but too weak to show counts at its score), so one strong pair cannot chain two
different figures together (:mod:`crosscheck.linkage`).

Blocking keeps this near-linear: only claims of the same kind and dimension (kilometres and
miles compare, in common units; currencies never convert), within one order of
magnitude of each other (``GATHERING_REACH`` for estimates of one crowd), that share a key word (a stem of what is counted or of the event, an
event class, or the figure itself to two significant digits) are compared. A key word so common that its block would be quadratic splits its
block by place, and a block still too large compares each claim with its nearest figures only.

A figure that hundreds of outlets repeat still makes tens of thousands of true pairs, so pairs
are scored in bulk: each claim's features are computed once into arrays (:class:`_Columns`),
the features, score and vetoes of a batch of pairs come out of numpy operations (the same
floating-point operations, in the same order, as one pair at a time), and the text similarities
are scored once per distinct pair of texts with ``rapidfuzz.process.cpdist``. The scored links
stay in a :class:`~crosscheck.links.LinkTable`; a :class:`~crosscheck.model.Link` record is
built only for the links a report shows.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache, partial

import numpy as np
from rapidfuzz import fuzz, process, utils

from crosscheck.extract.claims import CHANGE_APPOSITION, LEVEL_PERIOD
from crosscheck.extract.frames import CHANGE_NOUN, NATIONWIDE, STATES, is_location
from crosscheck.extract.places import country_of, is_country
from crosscheck.extract.units import DOLLARS, dimension_of, scale_of
from crosscheck.linkage import average_linkage
from crosscheck.links import LinkTable
from crosscheck.model import Article, Attribution, Claim, Link
from crosscheck.settings import Settings

WEIGHTS: dict[str, float] = {
    "counted": 0.22,
    "event": 0.15,
    "place": 0.12,
    "context": 0.08,
    "time": 0.15,
    "attribution": 0.08,
}

#: Orders of magnitude between two figures' intervals at which their closeness reaches 0: a
#: half (about 3x) keeps 800,000 vs 485,000 at 0.63 and drops 80,000 vs 20,000 to 0.
VALUE_FALLOFF = 0.5

#: Added to both counts before their ratio is taken: small tolls are told with an absolute
#: slack (five dead in the morning, nine and then fifteen by the evening; 17 or 32 children
#: among the dead), so 5 against 15 is nearer than 5,000 against 15,000. Large counts, shares
#: and amounts are unaffected.
COUNT_SLACK = 10.0

#: Units already on a log scale, with the orders of magnitude one unit is: a quake of magnitude
#: 7.5 is twenty times one of 6.2, so two such figures are as far apart as their difference (1.3
#: orders), not as their ratio (1.2); a decibel is a tenth of an order, so 90 dB and 120 dB are
#: three orders apart.
LOGARITHMIC_UNITS = {"magnitude": 1.0, "dB": 0.1}

#: The factor a link keeps when one article gives two different figures.
SAME_ARTICLE_DIFFERENT_FIGURE = 0.75

#: The factor a link keeps when what is counted shares a head but each side has a word of its
#: own ("net income" and "operating income", "ACC holders" and "PoR holders"): two kinds of
#: one thing, seldom one figure. One side's extra words are no clash ("Afghans", "undocumented
#: Afghans"), unless they join a second thing to it ("homes and buildings", "homes").
COUNTED_CLASH = 0.75

#: How far below a total a figure stated in one place must lie to be read as that place's part
#: of it (see :func:`_part_by_place`): more than copy rounds a figure by.
PART_SHORTFALL = 0.1

#: The factor a link keeps when two figures are stated *in* different named places.
LOCATION_MISMATCH = 0.75

#: The factor a link keeps between two forecasts that different sources make ("could reach
#: 20,000, the mayor said", "officials expected the toll to rise above 10,000"): a forecast is
#: its forecaster's own figure, so two forecasters' figures are two forecasts, however alike
#: their words; one forecaster cited by two outlets is one. Not a veto: who made a forecast is
#: often told loosely ("officials", "the city's mayor").
FORECASTERS_DIFFER = 0.6

#: The factor a link keeps when its figures are as far apart as can be (closeness 0).
VALUE_FLOOR = 0.5
#: ... when two measures say, word for word, that they measure one specific thing ("km from
#: Northgate station": ``SPECIFIC_WORDS`` words or more): two outlets that frame a distance, an
#: area or a speed so alike are giving one quantity, whatever their figures (7 km and 20 km for
#: one distance, one of them misread), so the gap weighs less. Not counts, shares or amounts,
#: whose like frames hold a month's figure and a year's ("average hourly earnings").
SPECIFIC_FLOOR = 0.75
SPECIFIC_WORDS = 3
#: ... when two counts are both of the people at a gathering ("15,000 people had gathered", "a
#: crowd of 250,000", "attended by over 200,000") or both of the people it was allowed for
#: ("permission for about 5,000", "permission was granted for 80,000"): estimates of one crowd
#: run to ten times apart and more (police, organisers, witnesses; "a crowd of thousands" and
#: "250,000"), and that gap is the discrepancy to show, not a sign of two quantities. Such counts are compared up to ``GATHERING_REACH``
#: orders of magnitude apart, and a crowd is never its permitted size (see :func:`_gathering`).
GATHERING_FLOOR = 0.8
GATHERING_REACH = 2.0

#: feature -> (below this, the score is capped at this). Words that agree cannot outvote a
#: scope that does not: disjoint dates, or a week inside a running count, are other quantities
#: (capped under any sensible possible_threshold, so not even "possibly the same"); two events
#: of different classes ("killed" vs "injured") are at most "possibly the same"; within one
#: article, a part of a breakdown ("Of these, 12,982 ...") is not the total it breaks down, nor
#: is a figure stated in one place another figure stated in another (or the larger total
#: that names no place); nor two figures one article gives on the word of two tellers (see
#: :func:`_counters_of_one_article`); a figure stated in one country is not one stated in another;
#: two holders' figures ("Party A received 0.31%", "Party B received 0.29%") are two quantities,
#: however close.
VETOES: dict[str, tuple[float, float]] = {
    "time": (0.5, 0.3),
    "event": (0.2, 0.5),
    "country": (0.5, 0.3),
    "part_and_whole": (0.5, 0.3),
    "places_of_one_article": (0.5, 0.3),
    "figures_of_one_article": (0.5, 0.3),
    "counters_of_one_article": (0.5, 0.3),
    "statistic": (0.5, 0.3),
    "framing": (0.5, 0.5),
    "holder": (0.5, 0.3),
    "gathering": (0.5, 0.3),
    "chamber": (0.5, 0.3),
    "currency": (0.5, 0.3),
}

#: Vetoes that only cap a pair's score and do not keep its two figures out of one cluster. A
#: bare amount ("EU fines Vantor $4 Bln", "2,91 bn euro") is weak evidence against a framed one
#: ("a $4.04 billion fine"), not a reason to part them: kept apart, one headline's bare figure
#: splits a whole fine in two, whatever its other links say.
CAPS_ONLY = frozenset({"framing"})

#: Share and money figures say what they measure only through what is counted ("16% *of the
#: vote*", "*revenue* of $65.6 billion"); "a 16% increase", "grew 14%", "reaching $38.9 billion"
#: say nothing of it, and a results or election story holds dozens of them. Two such figures
#: are one quantity only on stronger evidence: sentences that tell one thing (``UNFRAMED_CONTEXT``,
#: context similarity with the figures taken out) or one named source; otherwise they are at
#: most "possibly the same". Not only wire copy: outlets retell one vote or one estimate in
#: their own words ("backed the walkout with 91%", "dock workers, 91% in all, backed a
#: walkout"), which score 0.6-0.75, while other things told in one story score about 0.5; the
#: closeness of the figures still weighs on every such pair.
UNFRAMED_KINDS = frozenset({"percent", "money"})
UNFRAMED_CONTEXT = 0.6
#: nouns that name a change, not what changed ("a 16% *increase*", "a 22% *rise*")
_CHANGE_WORDS = frozenset(
    "increase increases rise rises growth gain gains jump jumps drop drops fall falls decline declines "
    "decrease decreases cut cuts hike hikes up down surge surges slump slumps boost boosts".split()
)

#: token_set_ratio (0..1) at which two named sources count as the same source.
ATTRIBUTION_MATCH = 0.9

#: A block (claims sharing a key word) larger than this is split by place, and then compared
#: by sorted neighbourhood: each claim against its NEIGHBOURS nearest figures.
MAX_BLOCK = 150
NEIGHBOURS = 12

# Heads that say "people" without saying who: "Afghan nationals" counts the same as "Afghans".
_GENERIC_HEADS = frozenset(
    "nationals national people persons individuals citizens residents members others other "
    "total number figure some them those".split()
)
_STOPWORDS = frozenset(
    "a an the of in on at to from for by with and or as into over under more than less nearly "
    "around about up its their his her this that these who which were was have has had been be "
    "being are is will would could said say says".split()
)

#: roots of the verbs that take a level down or up ("cut its rate to 5%", "lowered", "hikes",
#: "raised"): the two classes of such a move below, and a lender's move of its rate
#: (``_RATE_MOVE_ROOTS``)
_LOWERING_ROOTS = "cut lower reduc slash trim"
_RAISING_ROOTS = "rais hik lift"

#: Event classes: verbs that news copy uses for the same happening. General, not per story.
#: A root matches the stems that begin with it; one written "=miss" matches that stem only
#: ("missing" is stemmed to "miss", which also begins "missile" and "mission").
EVENT_CLASSES: dict[str, frozenset[str]] = {
    "died": frozenset("kill dead die dying death fatalit toll perish drown slain".split()),
    "injured": frozenset("injur wound hurt maim".split()),
    "displaced": frozenset("displac flee fled evacuat homeless shelter".split()),
    "departed": frozenset(
        "expel deport return repatriat evict cross left leav depart push forc pour".split()
    ),
    "detained": frozenset("arrest detain held jail imprison custody".split()),
    "cancelled": frozenset("cancel revok withdraw suspend annul".split()),
    "voted": frozenset("vot ballot elect =cast".split()),
    "travelled": frozenset("travel walk trek hike journey drove driv commut".split()),
    # a sum that changes hands: "will pay $10 billion for", "sold for $10 billion", "purchased for"
    "paid": frozenset("spend spent pay paid cost alloc pledg fund budget rais donat =sold =sell =bought =buy "
                      "purcha acquir".split()),
    "hosted": frozenset("host live resid shelter stay".split()),
    "missing": frozenset("=miss unaccount disappear".split()),
    "affected": frozenset("affect impact".split()),
    "rescued": frozenset("rescu".split()),
    "committed": frozenset("alloc earmark sanction arrang outlay packag grant approv".split()),
    "requested": frozenset("appeal need seek sought request ask demand".split()),
    "cut": frozenset("cut shed slash axe eliminat layoff =laid redundan".split()),
    # a level taken down or up: "cut its rate to 5%", "lowered interest rates to 5%", "reduced",
    # "dropped its rate by 50 basis points"
    "lowered": frozenset(f"{_LOWERING_ROOTS} decrea =drop".split()),
    "raised": frozenset(f"{_RAISING_ROOTS} increa".split()),
    "fined": frozenset("=fine =fin slap =levy penal".split()),
    # a crowd: "1.2 million *marched*", "*took part* in protests", "*demonstrated*", "*rallied*"
    "protested": frozenset("protest demonstrat march rall particip street =part".split()),
    # a jobs report's hiring: "employers *hired* 73,000", "the economy *created* 73,000 jobs" ("added"
    # is a verb of telling as well: see _NON_EVENT_VERBS)
    "hired": frozenset("=hire =hir creat".split()),
    # a share or a count gained: "won 54.3% of the vote", "secured 54.3%", "garnered 35.8%", "which
    # gained some 8.7%" (a rise told so is kept out by the closeness the class asks of two figures,
    # see _event_similarity), or handed: "results give the party 59%", "gave the party 61%"
    "gained": frozenset(
        "=won =win =secur garner receiv obtain =poll =got =get earn =gain =give =giv =gave =given".split()
    ),
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NUMBERISH = re.compile(r"\d[\d,.\s]*\d|\d")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately small suffix stripper: enough to meet 'expelled'/'expel', 'Afghans'/'Afghan'.

    "-es" goes only after a sibilant ("crosses", "boxes"), so "homes" stays beside "home"; a
    doubled final consonant is undone only when a suffix was stripped ("expelled" -> "expel",
    "stopped" -> "stop") and never for s or z, which roots double ("crossed" -> "cross").
    """
    w = word.lower().strip("'’-")
    stripped = False
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if not w.endswith(suffix) or len(w) - len(suffix) < 3:
            continue
        root = w[: -len(suffix)]
        if suffix == "es" and not root.endswith(("ss", "x", "z", "ch", "sh")):
            continue  # "homes": the plain "-s" rule below takes it
        if suffix == "s" and root.endswith(("s", "u", "i")):
            break  # "cross", "census", "crisis" are not plurals
        w, stripped = root + keep, True
        break
    if stripped and len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiousz":
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def content_stems(phrase: str) -> tuple[str, ...]:
    """Stems of the meaningful words, generic heads dropped unless nothing else is left."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    words = [w for w in words if w not in _STOPWORDS]
    specific = [w for w in words if w not in _GENERIC_HEADS]
    return tuple(stem(w) for w in (specific or words))


@lru_cache(maxsize=65536)
def event_classes(phrase: str | None) -> frozenset[str]:
    if not phrase:
        return frozenset()
    stems = content_stems(phrase)
    return frozenset(name for name, roots in EVENT_CLASSES.items() if any(_has_root(s, roots) for s in stems))


#: Verbs that tell of a figure, only carry it or say who has it, and name no happening: "the
#: company *announced* 412 layoffs" and "*cutting* 412 jobs" are one event; "*decided* to fine
#: a search firm EUR 2bn", "*took* about 7 km", "1.3 million Afghans who *hold* PoR cards". Such an
#: event is no event: it neither joins nor parts two figures (roots as in ``EVENT_CLASSES``;
#: "held" is left out, since people are held in custody).
_NON_EVENT_VERBS = frozenset(
    "announc report confirm reveal disclos decid =said =say =tell =told =add =state =stat "
    "=face =fac =took =take =tak =made =make =mak =put =hold =own "
    # what a figure rests on: "the price is *based* on $11.45 a share"
    "=bas =base "
    # what someone wishes for is no happening: "workers *hoped* for a 25% raise"
    "=hope =hop =want =wish "
    # how a figure was got or given: "police *counted* 87,000", "the union *claimed* 500,000",
    # "903 fires were *recorded*"
    "=count =claim estimat =record "
    # how a result was told or taken in: "the unit *posted* $13.5 billion", "*generated*", "*brought* in"
    "=post =generat =brought =bring =book =pocket =deliver"
    # how a forecast is told: "the 110,000 jobs *expected*", "*forecast* 2.1% growth"
    " expect forecast predict anticipat".split()
)


@lru_cache(maxsize=65536)
def happening(event: str | None) -> str | None:
    """The event as alignment weighs it: None when it has no word but verbs that name no
    happening (``_NON_EVENT_VERBS``)."""
    if not event:
        return None
    stems = content_stems(event)
    return None if stems and all(_has_root(s, _NON_EVENT_VERBS) for s in stems) else event


def _event_of(claim: Claim) -> str | None:
    """The claim's event as alignment weighs it (:func:`happening`); when that names no class of
    happening and what is counted is one ("5,300 *deaths*", "200 *injuries*", "40 *arrests*"),
    what is counted: "5,300 deaths" tell of the dying that "5,300 people killed" do (not when the
    event denies a state: "14 of the dead had not been named" tell of the unnamed). A share
    that approved or endorsed something is a share of a vote ("96% *approved* the strike",
    "96% *voted* for the strike"); an amount approved is a sum committed."""
    event = _frame_event(claim.event, claim.counted)
    if claim.quantity.kind == "percent" and _consents(event):
        return "voted"
    return event


#: roots of verbs that give consent: a share of people who did so is a share of a vote
_CONSENT = frozenset("approv endors".split())


@lru_cache(maxsize=65536)
def _consents(event: str | None) -> bool:
    """The event is a giving of consent ("approved", "overwhelmingly endorsed"), and names no
    other class of happening than the sums committed that "approved" also reads as."""
    stems = content_stems(event) if event else ()
    return (
        any(_has_root(s, _CONSENT) for s in stems)
        and event_classes(event) <= {"committed"}
    )


@lru_cache(maxsize=65536)
def _frame_event(event: str | None, counted: str | None) -> str | None:
    """:func:`_event_of` of a claim's event and counted phrase."""
    happened = happening(event)
    if counted and not event_classes(happened) and _names_what_befell(counted) \
            and not (happened and _DENIED_STATE.fullmatch(happened)):
        return counted
    return happened


#: a state that denies what a participle says ("unidentified", "unrecovered"): of the dead, a part
#: told by what has not yet befallen them, not their dying
_DENIED_STATE = re.compile(r"un[a-z]+ed")


@lru_cache(maxsize=65536)
def _names_what_befell(counted: str) -> bool:
    """Every word of ``counted`` names something that befalls people ("deaths", "injuries")."""
    stems = content_stems(counted)
    return bool(stems) and all(
        any(_has_root(s, EVENT_CLASSES[name]) for name in _BEFALL_PEOPLE) for s in stems
    )


def _has_root(stem_: str, roots: frozenset[str]) -> bool:
    return any(stem_ == r[1:] if r.startswith("=") else stem_.startswith(r) for r in roots)


def _context(claim: Claim) -> str:
    """The sentence with its numbers and the claim itself taken out."""
    local_start = claim.start - claim.sentence_start
    local_end = claim.end - claim.sentence_start
    text = claim.sentence[:max(0, local_start)] + " " + claim.sentence[max(0, local_end):]
    return _NUMBERISH.sub(" ", text)


def scope_dates(claim: Claim, published: date | None) -> tuple[date, date] | None:
    t = claim.time
    if t is not None and t.resolved and t.date_from and t.date_to:
        return t.date_from, t.date_to
    return None


_MONTH_NUMBERS = {
    name: k
    for k, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}
_MONTH_WORD = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
#: a date named by its month, and maybe its day, and nothing else: "on March 3", "Mar. 3",
#: "3 March", "in June", "for May"
_MONTH_AND_DAY = re.compile(
    rf"(?:(?:in|on|for|during)\s+)?(?:(?P<day_first>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<month>{_MONTH_WORD})\.?(?:\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?",
    re.I,
)


def calendar_day(claim: Claim) -> tuple[int, int] | None:
    """The month and day (0 for a whole month) the claim's time scope names, whether or not it
    could be given a year: an article with no date of its own still says "on March 3" or "in
    June", and a figure for March 3 is not one for March 14, in any year. None when the
    scope is no single day or month ("since January", "two weeks ago", "in 2023")."""
    t = claim.time
    if t is None or t.relation not in ("point", "period", "unresolved"):
        return None
    if t.resolved and t.date_from and t.date_to:
        start, end = t.date_from, t.date_to
        if start == end:
            return start.month, start.day
        if start.day == 1 and end == _month_end(start):
            return start.month, 0
        return None
    m = _MONTH_AND_DAY.fullmatch(t.text.strip())
    if m is None:
        return None
    return _MONTH_NUMBERS[m.group("month").lower()], int(m.group("day") or m.group("day_first") or 0)


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _is_calendar_year(span: tuple[date, date]) -> bool:
    start, end = span
    return start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def _in_common_units(claim: Claim, x: float | None) -> float | None:
    """A figure of the claim in its dimension's common unit, so "15 miles" meets "24 km"; as
    stated when its unit converts to nothing (a count, a currency)."""
    scale = scale_of(claim.quantity.unit)
    return x if x is None or scale is None else scale.to_common(x)


def _figures(claim: Claim) -> tuple[float | None, float | None, float | None]:
    """The claim's value, low and high ends in common units (see :func:`_in_common_units`),
    converted once for :func:`magnitude`, :func:`value_span` and :func:`_figure_key`."""
    scale = scale_of(claim.quantity.unit)
    value, low, high = claim.value, claim.low, claim.high
    if scale is None:
        return value, low, high
    return (None if value is None else scale.to_common(value), None if low is None else scale.to_common(low),
            None if high is None else scale.to_common(high))


def magnitude(claim: Claim, figures: tuple[float | None, float | None, float | None] | None = None) -> float | None:
    """log10 of the figure, or of the middle of a vague amount's interval (in common units)."""
    value, low, high = figures or _figures(claim)
    if value is None and low is not None and high is not None:
        value = math.sqrt(max(low, 1e-9) * max(high, 1e-9))
    if value is None or value <= 0:
        return None
    return math.log10(value)


def value_span(
    claim: Claim, figures: tuple[float | None, float | None, float | None] | None = None
) -> tuple[float, float] | None:
    """The figures a claim allows, for closeness: its calibrated interval where both ends are
    positive and finite (a vague amount, "more than 80,000"), else the stated figure (zero
    included); in common units."""
    value, low, high = figures or _figures(claim)
    if low is not None and high is not None and 0 < low <= high and math.isfinite(high):
        return low, high
    if value is not None and value >= 0:
        return value, value  # zero too: "zero percent contained" is far from 18 percent
    return None


#: Words that name no one in particular: "officials", "a senior official", "sources".
_UNNAMED_SOURCE_WORDS = frozenset(
    "official source spokesperson spokesman spokeswoman authority senior local witness "
    "resident report media agency police statement company firm state result figure data".split()
)


def named_source(claim: Claim) -> str | None:
    """The claim's source as stems, or None when it is anonymous or names no one in particular."""
    attribution = claim.attribution
    if attribution is None or attribution.anonymous or not attribution.source:
        return None
    stems = content_stems(attribution.source)
    if not stems or all(s in _UNNAMED_SOURCE_WORDS for s in stems):
        return None
    return " ".join(stems)


def _teller(claim: Claim) -> str | None:
    """Who gives the figure, named or not ("the mayor", "officials"), as stems; None when no one
    is said to."""
    attribution = claim.attribution
    if attribution is None or not attribution.source:
        return None
    return " ".join(content_stems(attribution.source)) or None


@dataclass(slots=True)  # not frozen: a frozen dataclass is slow to build, and there is one per claim
class _Prepared:
    """What a claim brings to every pair it is in, computed once per claim rather than per pair."""

    claim: Claim
    context: str  # already through rapidfuzz's default_process (see _context_similarity)
    dates: tuple[date, date] | None
    magnitude: float | None
    values: tuple[float, float] | None
    source: str | None
    teller: str | None  # see _teller
    keys: tuple[str, ...]  # sorted: a set of strings iterates in an order that follows the hash seed
    block: tuple[str, str]
    breakdown: bool  # the sentence opens a breakdown ("Of these, ...")
    average: bool
    target: bool = False
    whole: bool = False  # see _is_whole
    vague: bool = False
    tally: str | None = None  # see _tally
    projection: bool = False  # see _projection
    prior: bool = False  # see _is_prior
    location: bool = False  # see _place_is_location
    holder: str | None = None  # see _holder
    possession: str | None = None  # see _possession
    framed: bool = True  # see _is_framed
    change: bool = False  # see _is_change
    published: int = 0  # the article's date as a proleptic ordinal; 0 unknown
    calendar: tuple[int, int] | None = None  # see calendar_day
    measured: str | None = None  # see _measured
    event: str | None = None  # see _event_of
    compared: str | None = None  # what is counted, as the counted feature compares it (see _compared)
    gathering: str | None = None  # see _gathering


@lru_cache(maxsize=65536)
def _frame_keys(counted: str | None, event: str | None) -> tuple[str, ...]:
    """Block keys from the frame: stems of what is counted, and the event's classes (or, when it
    has none, its stems)."""
    keys = set(content_stems(counted or ""))
    keys |= {f"event:{c}" for c in event_classes(event)}
    if event and not event_classes(event):
        keys |= set(content_stems(event))
    return tuple(sorted(keys))


@lru_cache(maxsize=65536)
def _claim_frame_keys(measured: str | None, event: str | None) -> tuple[str, ...]:
    """Block keys of what a claim measures and its event; also by what the counted feature
    compares: "2,300 individuals" counts the people that "over 2,000 people" do (see
    _without_states)."""
    return tuple(sorted({*_frame_keys(_one_word_for(measured), event),
                         *_frame_keys(_one_word_for(_without_states(measured)), event)}))


@lru_cache(maxsize=65536)
def _compared(measured: str | None) -> str | None:
    """What is counted as the counted feature compares it: without states, in its one word,
    through :func:`_phrase_text`."""
    return _phrase_text(_one_word_for(_without_states(measured)))


def _prepare(claim: Claim, published: date | None) -> _Prepared:
    context = _context(claim)
    # each read once: the measure and whether the figure is framed both ask them
    rate = _names_a_policy_rate(claim)
    won = not rate and _a_share_won(claim)
    measured, event = _measured(claim, rate=rate, won=won), _event_of(claim)
    keys = _claim_frame_keys(measured, event) or tuple(
        sorted({_ONE_STEM_FOR.get(s, s) for s in content_stems(context)[:6]})  # "its workforce": "staff"
    )
    possession = _possession(claim)
    if possession:  # met by what the other figure counts: "the visas of 9,000" and "9,000 visas"
        keys = tuple(sorted({*keys, *content_stems(_one_word_for(possession) or "")}))
    source = named_source(claim)
    if source and not claim.counted:
        # "the WFP said it needed $25 million" / "the WFP appealed for $25 million": with nothing
        # counted, one named source is the best sign two amounts may be one
        keys = tuple(sorted({*keys, f"source:{source}"}))
    holder = _holder(claim)
    if holder:
        # "the Five Star Movement (M5s) with 15.55%" / "the 5-Star Movement received 15.4%": one
        # named holder is worth comparing whatever else the two say
        keys = tuple(sorted({*keys, *(f"holder:{stem_}" for stem_ in content_stems(holder))}))
    figures = _figures(claim)
    figure = _figure_key(claim, figures)
    if figure is not None:
        keys = tuple(sorted({*keys, figure}))
    gathering = _gathering(claim)
    if gathering is not None:
        keys = tuple(sorted({*keys, _GATHERING + gathering}))
    q = claim.quantity
    return _Prepared(
        claim=claim,
        context=utils.default_process(context),
        dates=scope_dates(claim, published),
        magnitude=magnitude(claim, figures),
        values=value_span(claim, figures),
        source=source,
        teller=_teller(claim),
        keys=keys,
        # km and miles compare; dollars and euros do not; a bare "$" may be any dollar (see _currency_named)
        block=(q.kind, "dollar" if q.unit in DOLLARS else dimension_of(q.unit) or ""),
        breakdown=bool(_BREAKDOWN_OPENER.search(claim.sentence)),
        average=_is_average(claim),
        target=_is_target(claim, published),
        whole=_is_whole(claim),
        vague=claim.hedge_class == "vague",
        tally=_tally(claim),
        projection=_projection(claim),
        prior=_is_prior(claim),
        location=_place_is_location(claim),
        holder=holder,
        possession=possession,
        framed=_is_framed(claim, special=rate or won),
        change=_is_change(claim),
        published=published.toordinal() if published else 0,
        calendar=calendar_day(claim),
        measured=measured,
        event=event,
        compared=_phrase_text(measured) if _one_of_several_rates(claim) else _compared(measured),
        gathering=gathering,
    )


_GATHERING = "gathering:"
_GATHERING_EVENTS = frozenset("attend gather assembl congregat throng".split())
#: what says, before a count of people, that they are a gathering: "a crowd of 250,000",
#: "attended by over 200,000"
_CROWD_BEFORE = re.compile(r"\b(?:crowds?\s+of|attended\s+by)\s+$", re.I)
#: ... after it, of people told as no more than that: "15,000 persons were present at", "40,000
#: turned out" (not "200 officers were present")
_PRESENT_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}?\s+(?:were|was|had\s+been)\s+present\b|^\s+turned\s+out\b", re.I)
#: ... or around it: "there may have been about 50,000 people at the rally"
_THERE_BEEN_BEFORE = re.compile(r"\bthere\s+(?:[a-z]+\s+){0,2}?(?:were|was|been)\s+$", re.I)
#: who, counted, are the people at a protest: "1.1 million demonstrators", "14,800 marchers"
#: (not strikers, whose count is of a stoppage, nor police, arrests or injured)
_PROTESTERS = frozenset("demonstrators protesters protestors marchers".split())
#: ... or people told as marching: "3.5 million people took to the streets", "50,000 people
#: rallied in the square", "about 8,000 people came out to protest", "took part on Friday in the rallies"
_PROTEST_AFTER = re.compile(
    r"^(?:\s+[a-z]+){0,3}?\s+(?:marched|rallied|demonstrated|protested|took\s+to\s+the\s+(?:streets|protests)"
    r"|(?:came|turned)\s+out\s+to\s+(?:protest|demonstrate|march|rally)"
    r"|(?:went|joined|took\s+part|participated)\s+(?:[a-z]+\s+){0,2}?(?:to|in)\s+the\s+(?:rall(?:y|ies)|protests?|demonstrations?"
    r"|marche?s?))\b",
    re.I,
)
_AT_AN_OCCASION_AFTER = re.compile(r"^\s+at\s+the\s+[a-z]+", re.I)  # not "in the streets": fires lit there
#: what says, before a count, that it is the number a gathering was allowed: "had permission
#: for about 5,000", "permission was granted for 80,000 people", "a permit for 3,000"
_PERMITTED_BEFORE = re.compile(
    r"\b(?:permission|permit|approval|clearance|authori[sz]ation|permitted|allowed)\b[^.;:]{0,30}?\bfor\s+$", re.I
)


def _gathering(claim: Claim) -> str | None:
    """"attended" for a count of the people at a gathering, "turnout" for the people at a protest
    (see :func:`_one_turnout`), "permitted" for the number it was allowed; None for any other figure (see ``GATHERING_FLOOR``)."""
    if claim.quantity.kind != "count":
        return None
    at = claim.start - claim.sentence_start
    before, after = claim.sentence[:at], claim.sentence[claim.end - claim.sentence_start :]
    if _PERMITTED_BEFORE.search(before):
        return "permitted"
    if any(_has_root(s, _GATHERING_EVENTS) for s in content_stems(claim.event or "")):
        return "attended"
    if (claim.counted or "").lower() in _CROWD_NOUNS or _CROWD_BEFORE.search(before):
        return "attended"
    if (claim.counted or "").lower() in _PROTESTERS:
        return "turnout"
    only_people = (claim.counted or "people").lower() in _CROWD_HEADS
    if only_people and _PROTEST_AFTER.match(after):
        return "turnout"
    there_at = bool(_THERE_BEEN_BEFORE.search(before)) and bool(_AT_AN_OCCASION_AFTER.match(after))
    if only_people and (_PRESENT_AFTER.match(after) or there_at):
        return "attended"
    return None


#: Significant digits a figure is rounded to for its block key: "50 miles per hour" and
#: "80 km per hour" (80.5 in common units) are one figure, and so are 36 and 36.0.
FIGURE_KEY_DIGITS = 2


def _figure_key(claim: Claim, figures: tuple[float | None, float | None, float | None] | None = None) -> str | None:
    """A block key for the figure as stated (a range by its two ends), to two significant digits:
    two outlets that give one figure, word for word, are worth comparing even when they frame it
    in words that share nothing ("police counted 9,400 people" and "Lindenport: 9,400"; "payroll
    growth slowed to 41,000" and "nonfarm payrolls at 41,000"). None for a vague amount."""
    value, low, high = figures or _figures(claim)
    if value is not None:
        ends: tuple[float | None, ...] = (value,)
    elif claim.hedge_class == "range":
        ends = (low, high)
    else:
        return None
    if any(x is None or not math.isfinite(x) or x <= 0 for x in ends):
        return None
    return _FIGURE + "-".join(f"{x:.{FIGURE_KEY_DIGITS}g}" for x in ends)


_FIGURE = "figure:"
#: A figure's block larger than this is dropped: one figure repeated by so many claims is a
#: widely reported one, which its frame words block already, or a common one ("two", "10%"),
#: whose claims have little else in common; comparing them all would cost quadratic time.
MAX_FIGURE_BLOCK = 24


_CHANGE_VERBS = (
    r"rose|risen|rises|rise|fell|fallen|falls|fall|dropped|drops|drop|increased|increases|decreased|"
    r"decreases|declined|declines|grew|grown|grows|climbed|climbs|jumped|jumps|surged|slipped|shrank|"
    r"shrunk|went\s+up|went\s+down|up|down"
)
#: "dropped by 200", "went up by 12", "was revised lower by 3,100": a direction word
#: ("lower", "upward") tells a move as well as a verb of change does
_CHANGE_BEFORE = re.compile(
    rf"\b(?:{_CHANGE_VERBS}|lower|higher|downwards?|upwards?)\s+(?:\w+\s+){{0,2}}?by\s*$",
    re.I,
)
#: a verb of change right before the figure, and the level it moved to right after it: "fell
#: 3,100 to 9,800" (without "to", "rose 200" may be a level: "the toll rose 200" is rare)
_CHANGE_RIGHT_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERBS})\s+$", re.I)
_NEW_LEVEL_AFTER = re.compile(r"\s+to\s+(?:just\s+|only\s+|about\s+|around\s+)?[$€£¥]?\d")


#: a name that owns the figure right after it or gains it: "the Civic Union's 156 seats", "The
#: Green Alliance won 98 seats", "Harlow posted revenue of $4.2 billion". Verbs of telling are
#: left out: "Xinhua reported 381 dead" names a source, and sources differ for one figure.
#: (The word runs are possessive, ``*+`` and ``++``: what follows each is never a letter of the
#: run, so giving letters back cannot help, and the engine no longer tries it at every capital
#: of the window; tests/test_align.py holds the pattern to its plain spelling.)
_HOLDER_BEFORE = re.compile(
    # a name's words, with the small words a party's name joins them by ("Bank of England",
    # "Fratelli d'Italia")
    r"(?P<name>(?:[A-Z][\w&-]*+\s+(?:(?:of|the|de|di|del|da|la|le|des)\s++|d['’](?=[A-Z]))?){0,3}"
    r"(?:d['’])?[A-Z][\w&-]*+)"
    # what may stand between a name and its verb: its abbreviation or members in brackets ("the
    # Harbour Party (HP)"), and who leads it (", led by Ana Ruiz,")
    r"(?:\s*\([^()]{1,60}\)(?:\s+[a-z]++)?)?(?:,?\s+(?:led|headed|founded)\s+by\s+(?:[A-Z][\w'’.-]*+\s+){0,3}[A-Z][\w'’-]*+,?)?"
    r"(?:['’]s\s+(?:[a-z]++\s+){0,2}|,?\s+(?:who\s+)?(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?"
    r"(?:won|wins|took|takes|secured|gained|lost|captured|posted|earned|holds|held|got|garnered|received|"
    r"obtained|polled|scored|has|had)\s+(?:[a-z]++\s+){0,3}"
    # "Hale with 2.8%", "Lopez as the victor with 54.3%": a candidate with a share; so is a place
    # in the race ("came out on top with", "was a distant second with", "leads with")
    r"|\s+(?:as\s+(?:the\s+)?[a-z]++\s+|(?:came|comes|finished|finishes|ended|placed|emerged|leads|led|"
    r"was|is)\s+(?:[a-z]++\s+){0,4})?with\s+(?:an?\s+)?(?:[a-z]++\s+)?"
    # "Lopez is set to become president, securing 53.7%": the subject of the clause the
    # participle hangs on
    r"|\s+(?:is|was|has|had)\s+[^,;.]{0,80},\s+(?:securing|winning|taking|gaining|garnering|receiving|"
    r"capturing|polling|scoring|earning|obtaining|posting)\s+(?:[a-z]++\s+){0,3}"
    # a share a count or poll puts a name at: "the Harbour Union was put at 26%", "\"Harbour
    # Union\" is estimated at 31%" (the name may stand in quotes)
    r"|[\"”]?\s+(?:is|was|are|were)\s+(?:put|estimated|projected|placed)\s+at\s+)$"
)
_HOLDER_LEADS = ("The ", "A ", "An ")
#: a name that takes in an amount: "Kestrel Foods generated $4 billion", "Arden brought in $2
#: billion in sales"; or reaches it, the verb being the figure's hedge ("Arden *surpassed* $75
#: billion"). Not "reported" or "said", whose subject tells a figure rather than owning it.
_NAME = r"(?P<name>(?:[A-Z][\w&-]*+\s+(?:(?:of|the|de|di|del|da|la|le|des)\s++)?){0,3}[A-Z][\w&-]*+)"
_AMOUNT_HOLDER_BEFORE = re.compile(
    _NAME + r"(?:\s+(?:alone\s+|has\s+|had\s+)?(?:generated|brought\s+in|pocketed|booked|raked\s+in|took\s+in|"
    r"made|collected|netted|contributed)\s+(?:[a-z]++\s+){0,3})$"
)
_AMOUNT_HOLDER_REACHING = re.compile(_NAME + r"\s+$")
#: a named part of a firm, its head noun after the name, with an aside before its verb: "The
#: Harbour Retail *segment*, home to two chains, posted $3.1 billion", "the Kestrel Cloud business
#: division — which includes hosting — brought in $2 billion"
_UNIT_HOLDER_BEFORE = re.compile(
    r"(?P<name>(?:[A-Z][\w&-]*+\s+(?:(?:of|the|and|&)\s++)?){0,4}[A-Z][\w&-]*+)"
    r"(?:\s+[a-z]++)?\s+(?:segment|division|unit|arm|subsidiary)"
    r"(?:\s*,[^,;.“”\"]{1,80},|\s*[—–][^—–;.“”\"]{1,80}[—–])?"
    r"\s*(?:alone\s+)?(?:generated|brought\s+in|posted|contributed|reported|recorded|booked|delivered|made)"
    r"\s+(?:[a-z]++\s+){0,3}$"
)
#: verbs of growing or shrinking, which a rate of change follows
_GROWTH_VERBS = (
    r"(?:grew|grows|grown|rose|rises|risen|climbed|climbs|jumped|jumps|increased|increases|surged|surges|"
    r"fell|falls|fallen|dropped|drops|declined|declines|slipped|slips|gained|gains|expanded|shrank|advanced)"
)
_GROWTH_PARTICIPLES = r"(?:rise|grow|climb|jump|increase|surge|fall|drop|decline|slip|gain|expand|shrink|advance)"
_PART_NOUN = r"(?:segment|division|unit|arm|subsidiary|business)"
#: whose a rate of change is, the name before it: "Harrow Cloud grew 39%", "Harrow Cloud
#: alone saw 39% revenue growth", "Harrow experienced a 39% rise" (not "the cloud unit saw
#: revenue rise 39%": a name only), "revenue in the Harbour Retail unit rose 26%", "the Home and
#: Garden division led, with revenue climbing 26%"; "Harrow Cloud's revenue grew 39%" is
#: ``_HOLDER_BEFORE``'s
_GROWTH_HOLDER_BEFORE = re.compile(
    r"(?:\b(?i:[a-z]+)\s+(?:in|at|from)\s+(?:the\s+|its\s+)?)?"
    r"(?P<name>(?:[A-Z][\w&-]*+\s+(?:(?:of|the|and|&)\s++)?){0,4}[A-Z][\w&-]*+)"
    + rf"(?:\s+{_PART_NOUN})?(?:\s+alone)?(?:"
    rf"\s+(?:has\s+|had\s+)?{_GROWTH_VERBS}\s+(?:by\s+)?"
    rf"|\s+saw\s+(?:its\s+)?(?:[a-z]++\s+){{0,2}}?{_GROWTH_PARTICIPLES}\s+(?:by\s+)?"
    r"|\s+(?:saw|experienced|posted|recorded|logged)\s+(?:an?\s+)?"
    rf"|\s+{_PART_NOUN}\s+[^;.,]{{1,60}},\s+with\s+(?:its\s+)?[a-z]+\s+"
    r"(?:climbing|rising|growing|jumping|increasing|falling|dropping|declining|up|down)\s+(?:by\s+)?"
    r")$"
)
#: a rate of change right after an amount ("brought in $29.9 billion, up 26%"), or in an
#: apposition that names it a change ("$75 billion in the quarter, representing 34% growth", "$12
#: billion, an increase of 12%"): the amount's holder's
#: (the gap is the one claims reads forward from the level to keep the rate as its change)
_CHANGE_AFTER_AMOUNT = re.compile(
    r"[$€£¥]\s?\d[\d,.]*(?:\s+(?:[mb]illion|trillion|bn|m))?"
    + LEVEL_PERIOD
    + rf"(?:,?\s+(?P<signed>up|down)\s+|{CHANGE_APPOSITION}(?:an?\s+)?(?P<noun>{CHANGE_NOUN}\s+of\s+)?)$"
)
#: a rate told with the noun of its change after it: "34% growth", "a 12% year-on-year rise"
_CHANGE_NOUN_AFTER_RATE = re.compile(rf"[\d.,]+\s*(?:%|per\s*cent|percent)\s+(?:[a-z-]+\s+){{0,2}}?{CHANGE_NOUN}\b")
#: hedges that are verbs of reaching: the name right before the figure's text is its holder
_REACHING = re.compile(r"(?:surpass|exceed|cross|top|pass)(?:ed|es|s|ped)?\b", re.I)
#: a party named by its place in the race, not its name: "the ruling party leads with 61.6%",
#: "the opposition's 13%", "the nine-party opposition bloc with 14.9%" (see ``_generic_holder``)
_GENERIC_HOLDER_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:(?!(?:to|of|the|and|or|in|for|with|by|from|on|at|as)\s)[\w-]+\s+){0,3}?"
    r"(?:party|opposition|bloc|coalition|alliance|incumbents?))"
    # its members in brackets: "the centre-left coalition (Harbour Party, Green Alliance) came second with"
    r"(?:\s*\([^()]{1,80}\))?"
    r"(?:['’]s\s+(?:[a-z]++\s+){0,2}|\s+(?:(?:has\s+|had\s+)?(?:won|wins|took|takes|secured|gained|captured|"
    r"got|received|polled|scored|has|had|holds|held)\s+(?:[a-z]++\s+){0,3}"
    r"|(?:(?:came|comes|finished|ended|placed|leads|led|was|is)\s+(?:[a-z]++\s+){0,4})?with\s+(?:an?\s+)?))$"
)
#: a verb that hands a figure to a name, the name between: "results give the Harbour Union
#: 59.48 percent", "gave Mr. Vell's Harbour Union more than 61 percent" (the party, not its leader)
_HOLDER_GIVEN = re.compile(
    r"\b(?:give|gives|gave|given|giving|put|puts)\s+(?:the\s+)?"
    r"(?:(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w-]*+\s+){0,2}[A-Z][\w-]*+['’]s\s+)?"
    + _NAME + r"\s+"
    r"(?:more\s+than\s+|less\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|over\s+|just\s+)?$"
)
#: a name, then a dash and its figure, as one entry of a list of results: "; the Harbour Party –
#: 7.9%", "split among the Civic Union - 8.66%, and the Labour Party - 7.44%" (only a share's: a
#: dateline's dash, "HARBOUR CITY (AP) — 12 people", is no list)
_LISTED_HOLDER = re.compile(
    r"(?:[;,:]|\band|\bamong)\s+(?:the\s+)?" + _NAME + r"\s*[–—-]\s*$"
)
#: "X and Y won 8.9% and 8.3% respectively": each figure is one of two holders', in turn
_RESPECTIVELY_AFTER = re.compile(r"(?:[^.;]|\.\d){0,60}\brespectively\b")


#: "154 of the 300 seats", "two-thirds of the parliament's 150 seats": a part, in figures or as
#: a fraction in words, then "of" and its whole (a possessor may stand between)
_PART_OF_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|\b(?:half|(?:a|one|two|three|four)[\s-]+(?:half|thirds?|quarters?|fifths?)|majority))"
    # "out of" may follow what the part counts: "119 deputy seats out of 150"
    r"\s+(?:(?:[a-z][\w-]*\s+){0,2}out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?$",
    re.I,
)


def _is_whole(claim: Claim) -> bool:
    """The whole a part is counted out of: the 300 of "won 154 of the 300 seats", the five of
    "three of the five largest fires", the 150 of "two-thirds of the parliament's 150 seats"."""
    local = claim.start - claim.sentence_start
    return _PART_OF_BEFORE.search(claim.sentence, max(0, local - 60), max(0, local)) is not None


def _holder(claim: Claim) -> str | None:
    """Who the figure belongs to, when a name owns or gains it right before it (see
    ``_HOLDER_BEFORE``); None for a place, which the place features weigh."""
    local = claim.start - claim.sentence_start
    if _RESPECTIVELY_AFTER.match(claim.sentence, claim.end - claim.sentence_start):
        return None
    window = (max(0, local - 120), max(0, local))
    # a firm's named part first: the last name of an aside before its verb is not the holder
    # ("The Harbour Retail segment, home to Kale and Lune, posted ...")
    unit = _UNIT_HOLDER_BEFORE.search(claim.sentence, *window) if claim.quantity.kind == "money" else None
    m = unit or _HOLDER_GIVEN.search(claim.sentence, *window) or _HOLDER_BEFORE.search(claim.sentence, *window)
    if m is None and claim.quantity.kind == "percent":
        m = _LISTED_HOLDER.search(claim.sentence, *window) or _growth_holder(claim, *window)
    if m is None and claim.quantity.kind == "money":
        m = _AMOUNT_HOLDER_BEFORE.search(claim.sentence, *window)
        if m is None and _REACHING.match(claim.text):
            m = _AMOUNT_HOLDER_REACHING.search(claim.sentence, *window)
    if m is None:
        generic = _GENERIC_HOLDER_BEFORE.search(claim.sentence, *window)
        # kept with its article, which no name keeps (``_HOLDER_LEADS``): see _holder_similarity
        return "the " + generic.group("name").lower() if generic else None
    name = m.group("name")
    for lead in _HOLDER_LEADS:
        name = name.removeprefix(lead)
    if name.lower() == (claim.counted or "").lower():
        return None  # "Turnout was put at 61%": the measure, capitalised at the sentence's start
    if country_of(name) is not None or (claim.place and (name in claim.place or claim.place in name)):
        return None
    return name


def _is_generic_holder(holder: str | None) -> bool:
    """A holder told by its place in the race ("the ruling party"), which :func:`_holder` alone
    writes with "the" (it takes the article off a name): any party's, not one by name."""
    return holder is not None and holder.startswith("the ")


def _growth_holder(claim: Claim, lo: int, hi: int) -> re.Match[str] | None:
    """The name a rate of change belongs to (see ``_GROWTH_HOLDER_BEFORE``), or the holder of
    the amount it follows ("Harbour Retail brought in $3 billion, up 26%"). Not the measure
    itself: in "Revenue grew 18%" the capital is the sentence's, and revenue is what grew."""
    sentence = claim.sentence
    after = _CHANGE_AFTER_AMOUNT.search(sentence, max(lo, hi - 80), hi)
    if after is not None and (after.group("signed") or after.group("noun")
                              or _CHANGE_NOUN_AFTER_RATE.match(sentence, hi)):
        amount = (max(0, after.start() - 120), after.start())
        return _UNIT_HOLDER_BEFORE.search(sentence, *amount) or _AMOUNT_HOLDER_BEFORE.search(sentence, *amount)
    m = _GROWTH_HOLDER_BEFORE.search(sentence, lo, hi)
    name = m.group("name").lower() if m else ""
    if m is None or name in (claim.counted or "").lower() or name in _STOPWORDS:
        return None
    return m


#: "cancelled *the residence permits of* 800,000 Afghans", "claimed *the lives of* 50 people":
#: a plural thing each of the counted has one of, named right before the figure
_POSSESSION_BEFORE = re.compile(r"\bthe\s+(?P<held>(?:[a-z]+\s+){0,2}[a-z]{3,}s)\s+of\s+$")
#: plurals before "of" that say how many or which part, not what each one has
_NOT_POSSESSIONS = frozenset(
    "thousands hundreds tens millions dozens scores billions lots majority rest remainder ranks likes "
    "series numbers totals sums ages".split()
)


#: A proper adjective of a people ("Veskian", "Iraqi", "Chinese", "British", "French"), by its
#: ending: no list of nations. A country's own name ("Ostria", "Sudan") may match too, and meets
#: its adjective through their common stem.
_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:ans?|ese|is?|ish|ch)\b")
#: ... in a place's name, only before a name it qualifies ("Ostrian Highlands"): a name of that
#: ending alone is as often a city's ("Delhi", "Paris", "Munich")
_DEMONYM_IN_PLACE = re.compile(r"\b([A-Z][a-z]+(?:an|ese|i|ish|ch))\s+[A-Z]")
#: Letters of a people's adjective that name it: "Ostr" for "Ostrian" and "Ostria".
_DEMONYM_STEM = 4


def _nationality(claim: Claim) -> str | None:
    """The peoples a figure is said to be of, as stems ("ostr"): a proper adjective in what is
    counted ("14 Veskian visitors") or in its place when that is no country's name ("Ostrian
    Highlands"; in "visitors from South Ostria" the country is the place, weighed as a place)."""
    found = _DEMONYM.findall(claim.counted or "")
    if claim.place and country_of(claim.place) is None:
        found += _DEMONYM_IN_PLACE.findall(claim.place)
    stems = sorted({w[:_DEMONYM_STEM].lower() for w in found})
    return " ".join(stems) if stems else None


def _possession(claim: Claim) -> str | None:
    """What each counted one has, when the figure counts its holders ("the residence permits of
    800,000 Afghans"): one apiece, so the figure is as much a count of the things held ("cancelled
    800,000 residence permits") and alignment weighs either reading."""
    if claim.quantity.kind != "count":
        return None
    local = claim.start - claim.sentence_start
    window = claim.sentence[max(0, local - 60) : local]
    if not window.rstrip().endswith("of"):
        return None  # most figures: skip the regex
    m = _POSSESSION_BEFORE.search(window)
    if m is None or m.group("held").split()[-1] in _NOT_POSSESSIONS:
        return None
    return m.group("held")


def _is_change(claim: Claim) -> bool:
    """A figure that says by how much something moved ("the list dropped by more than 200",
    "the toll rose by 12", "the count fell 300 to 1,200"), not where it stands: never the same
    quantity as a level. Verbs of doing ("cut its staff by 1,200") are left out: what was cut is
    what was counted ("cut 1,200 jobs")."""
    if claim.quantity.kind == "percent":
        return False  # "rose 12%" and "rose by 12%" are one change; a share is seldom a level of it
    local = claim.start - claim.sentence_start
    window = claim.sentence[max(0, local - 60) : local]
    # the pattern ends in "by" and blanks: most windows do not, and skip a regex tried at every position
    if window.rstrip()[-2:].casefold() == "by":
        return bool(_CHANGE_BEFORE.search(window))
    end = claim.end - claim.sentence_start
    if _NEW_LEVEL_AFTER.match(claim.sentence, end) and _CHANGE_RIGHT_BEFORE.search(window):
        return True
    return _is_an_increment(claim)


#: "11 *additional* deaths", "41 *more* cases": a figure told as added to a count
_ADDED = re.compile(r"\s*(?:additional|more|further|new)\b", re.I)
#: ... and the count it brings to a new level after it: "..., *pushing the flood's toll to*
#: 52", "*bringing the total to* 1,240"
_BRINGING_TO = re.compile(
    r"[^.;]{0,80}?\b(?:bringing|pushing|raising|taking|lifting|sending)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:toll|total|tally|number|count)\s+to\b", re.I
)


def _is_an_increment(claim: Claim) -> bool:
    """A count told as added to a running count, which the sentence then brings to its new
    level ("7 additional deaths were reported, pushing the toll to 52"): how much it grew,
    not where it stands, however alike its words to a level's."""
    q = claim.quantity
    if q.kind != "count" or q.number_end < 0 or not _ADDED.match(claim.text, q.number_end - claim.start):
        return False
    return _BRINGING_TO.match(claim.sentence, claim.end - claim.sentence_start) is not None


def _is_framed(claim: Claim, special: bool) -> bool:
    """False for a share or an amount whose counted phrase names nothing but a change (or is
    missing): see ``UNFRAMED_KINDS``. ``special``: the figure is a policy rate's or a share won
    (:func:`_names_a_policy_rate`, :func:`_a_share_won`), which frame it."""
    if claim.quantity.kind not in UNFRAMED_KINDS or special:
        return True
    words = [w.lower() for w in _WORD.findall(claim.counted or "")]
    return any(w not in _STOPWORDS and w not in _GENERIC_HEADS and w not in _CHANGE_WORDS for w in words)


#: a US dollar named as such: "US$2 million", "2 million U.S. dollars", "USD 5m"
_US_DOLLAR_NAMED = re.compile(r"US\$|U\.S\.|\bUSD\b|(?i:\bus\s+dollars?\b)")


def _currency_named(claim: Claim) -> str | None:
    """The dollar a sum names its country of ("A$4 billion", "4 billion Australian dollars",
    "US$4 billion"); None for a bare "$" or "dollars", which each country's press writes for its
    own dollar, and for anything else."""
    unit = claim.quantity.unit or ""
    code = unit.split(" per ")[0]
    if code not in DOLLARS:
        return None
    if code != "USD":
        return code  # only a written country makes a sum another dollar than a bare "$"
    return code if _US_DOLLAR_NAMED.search(claim.quantity.text) else None


def _place_is_location(claim: Claim) -> bool:
    return bool(claim.place) and is_location(claim.sentence, claim.place, claim.start - claim.sentence_start)  # type: ignore[arg-type]


#: where the people counted were, after them: "people aboard", "people onboard", "people on board"
_ABOARD = re.compile(r"\s+(?:aboard|onboard|on\s+board)$", re.I)


def _without_states(counted: str | None) -> str | None:
    """What is counted without the adjectives that say what happened to it (``frames.STATES``):
    the event's business ("15,000 displaced people" and "15,000 people displaced" count the same
    people, and so does "15,000 displaced")."""
    if not counted:
        return counted
    # "1,891 injured", "181 missing": a state alone counts people ("1,891 people injured"); "130
    # people onboard" says where they were, and counts the people "130 people" does
    words = [w for w in _ABOARD.sub("", counted).split() if w.lower() not in STATES]
    # "65.4 million former ones": "ones" stands for the noun said before; the words before it
    # are all this phrase says of what is counted
    if len(words) > 1 and words[-1].lower() == "ones":
        words = words[:-1]
    # "125 people killed and 323 others injured": a pronoun-like head counts people too
    if all(w.lower() in _PEOPLE_PRONOUNS for w in words):
        return "people"
    return " ".join(words)


#: words news copy uses for one thing counted (general English, like ``EVENT_CLASSES``): a
#: firm's people ("412 employees", "412 jobs", "412 workers", "412 layoffs", "a 4,100-strong
#: workforce"), a train's cars ("three bogies", "three coaches", "three carriages") and a firm's
#: takings ("5% of its average daily turnover", "5% of its average daily revenue")
_ONE_WORD_FOR: dict[str, str] = {
    **dict.fromkeys(
        "employee employees worker workers job jobs staff staffer staffers layoff layoffs position positions "
        "role roles workforce".split(), "staff"),
    **dict.fromkeys("coach coaches bogie bogies bogey bogeys carriage carriages compartment compartments "
                    "wagon wagons".split(), "carriage"),
    # a firm's takings: British "turnover" is American "revenue"
    **dict.fromkeys("turnover turnovers revenue revenues".split(), "revenue"),
    # a crowd, by outlet: "1.2 million protesters", "demonstrators", "marchers", "participants"
    **dict.fromkeys("protester protesters protestor protestors demonstrator demonstrators marcher marchers "
                    "participant participants".split(), "protesters"),
    # pay, by outlet: "raised pay by 25%", "a 25% wage hike", "increased wages by 25%"
    **dict.fromkeys("pay wage wages salary salaries".split(), "pay"),
    # a state's takings and spendings: "receipts" are "revenues", "outlays" are "expenditures"
    **dict.fromkeys("receipts".split(), "revenue"),
    **dict.fromkeys("outlay outlays expenditure expenditures spending".split(), "spending"),
    **dict.fromkeys("deficit deficits shortfall shortfalls".split(), "deficit"),
    # a police deployment: "11,000 policemen", "11,000 police officers", "11,000 gendarmes"
    **dict.fromkeys("police policeman policemen policewoman policewomen gendarme gendarmes".split(), "police"),
    # a shock, by outlet: "a 6.9 magnitude quake", "earthquake", "temblor", "tremor" (an aftershock
    # is another shock, and keeps its word)
    **dict.fromkeys("earthquake earthquakes quake quakes temblor temblors tremor tremors".split(), "earthquake"),
    # a count of votes cast: "3.1 million ballots", "3.1 million votes"
    **dict.fromkeys("ballot ballots vote votes".split(), "votes"),
    # a firm's stock, by outlet: "shares jumped 9%", "the stock jumped 9%" ("stocks", a market's,
    # and "share", a part, keep their words)
    **dict.fromkeys("stock shares".split(), "shares"),
    # a sale of a firm, by outlet: "a $10 billion deal", "the transaction", "the takeover", "the buyout"
    **dict.fromkeys("deal deals transaction transactions takeover takeovers buyout buyouts acquisition "
                    "acquisitions".split(), "deal"),
    # a place's people: "a population of 2.1 million", "a city of 2.1 million people", "inhabitants"
    **dict.fromkeys("population populations inhabitants".split(), "people"),
    # a chamber's size, by outlet: "400 deputies", "400 seats", "400 lawmakers" (each seat one member)
    # (plurals only: "deputy mayor", "senator's aide" name no seat)
    **dict.fromkeys("seat seats deputies senators mps lawmakers legislators".split(), "seats"),
    # a sum paid to those harmed, by outlet: "Rs 2 lakh compensation", "a $10,000 payout" ("aid"
    # and "assistance" are such a sum only when paid to the harmed: see ``_aid_to_the_harmed``)
    **dict.fromkeys("compensation payout payouts".split(), "compensation"),
}


#: words that count a chamber's seats, one member to a seat
_SEAT_HEADS = frozenset("seat seats mandate mandates deputies senators mps lawmakers legislators".split())
#: the tier of a chamber elected by mixed rules that seats were won in, named in what is counted
#: ("23 list seats", "14 constituency seats", "60 proportional seats") or elsewhere in the
#: sentence ("23 seats from party lists", "about 52 seats through the proportional system")
_LIST_TIER = r"(?:party[\s-])?lists?|proportional|compensatory|top-up|levelling|leveling"
_DISTRICT_TIER = (r"constituenc(?:y|ies)|(?:electoral\s+)?districts|single[\s-](?:member|mandate|seat)|majoritarian"
                  r"|majority\s+system|first-past-the-post|direct\s+mandates?")
_TIER = re.compile(rf"\b(?:(?P<list>{_LIST_TIER})|(?P<district>{_DISTRICT_TIER}))\b", re.I)
#: a chamber's size told as a body's ("the 150-seat parliament": see frames' fused bodies)
_SIZE_OF_A_BODY = re.compile(r"^(?:seats|members)\s+(?:in|of)\s+the\s+")
_SEAT_TIERS = {None: 0, "all": 1, "list": 2, "district": 3}


def _tiers_named(text: str) -> set[str]:
    """The tiers of a mixed system ``text`` names (see ``_TIER``)."""
    return {("list" if m.group("list") else "district") for m in _TIER.finditer(text)}


def seat_tier(claim: Claim) -> str | None:
    """Which of a chamber's seats a count of seats counts: "list" or "district" seats of a
    mixed system, "all" when its sentence names no tier (a party's seats in all, or a chamber's
    size); None for a figure that counts no seats, or whose sentence names both tiers (which
    one it counts would need the sentence's grammar)."""
    counted = claim.counted or ""
    words = counted.split()
    if claim.quantity.kind != "count" or not words or words[-1].lower() not in _SEAT_HEADS:
        return None if not _SIZE_OF_A_BODY.match(counted) else "all"
    named = _tiers_named(counted) or _tiers_named(claim.sentence)
    if not named:
        return "all"
    return named.pop() if len(named) == 1 else None


#: the two chambers of a parliament, by the names news copy gives them
_UPPER_CHAMBER = re.compile(r"\b(?:Senate|senate|[Uu]pper\s+(?:house|chamber)|House\s+of\s+Lords|Bundesrat|Rajya\s+Sabha)\b")
_LOWER_CHAMBER = re.compile(
    r"\b(?:[Ll]ower\s+(?:house|chamber)|Chamber\s+of\s+Deputies|House\s+of\s+(?:Representatives|Commons)"
    r"|National\s+Assembly|Bundestag|Lok\s+Sabha|Congress\s+of\s+Deputies)\b"
)
_CHAMBERS = {None: 0, "upper": 1, "lower": 2}
#: what an election's results measure, besides seats: what a chamber's result may be told of
_RESULTS = frozenset({"vote", "votes", "turnout"})


#: how far from a figure the name of a chamber may stand and still be the figure's
CHAMBER_REACH = 80


def chamber_of(claim: Claim) -> str | None:
    """The chamber of a parliament a figure is told of: the chamber named nearest to it within
    ``CHAMBER_REACH`` characters of its sentence ("upper": the Senate, the upper house; "lower":
    the lower house, the Chamber of Deputies), as in "counted in the Senate race, where the
    bloc received 44.1%" or "21 seats in the Chamber of Deputies and nine in the Senate"; None
    when none is named near it. Two results of one party, one per chamber, are two quantities."""
    sentence = claim.sentence
    if "enate" not in sentence and "ouse" not in sentence and "hamber" not in sentence \
            and "Assembly" not in sentence and "Sabha" not in sentence and "Bundes" not in sentence:
        return None  # most sentences name no chamber: skip the two searches
    lo, hi = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    best: tuple[int, str] | None = None
    for name, pattern in (("upper", _UPPER_CHAMBER), ("lower", _LOWER_CHAMBER)):
        for m in pattern.finditer(sentence, max(0, lo - CHAMBER_REACH), hi + CHAMBER_REACH):
            distance = lo - m.end() if m.end() <= lo else m.start() - hi
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best is not None else None


#: what is counted joins two kinds of thing: "homes and buildings" counts more than "homes"
_COORDINATED = re.compile(r"\w\s+(?:and|or|&)\s+\w")


#: the same, by stem: for block keys drawn from a sentence
_ONE_STEM_FOR = {stem(word): one for word, one in _ONE_WORD_FOR.items()}

#: phrases news copy uses for one thing measured, whole: a central bank's policy rate is "the
#: base rate", "its benchmark interest rate", "the cost of borrowing" or "the repo rate" by outlet
_ONE_PHRASE_FOR: dict[str, str] = dict.fromkeys(
    (
        "interest rate", "base rate", "bank rate", "benchmark rate", "benchmark interest rate", "key rate",
        "key interest rate", "policy rate", "key policy rate", "benchmark policy rate", "cost of borrowing",
        "borrowing cost", "cash rate", "official cash rate", "repo rate", "federal funds rate", "fed funds rate",
        "main refinancing rate", "deposit rate",
    ),
    "interest rate",
) | dict.fromkeys(("police officers", "police officer", "riot police", "security forces"), "police") | dict.fromkeys(
    # what a listed firm is worth, by outlet: "a $4 trillion market valuation", "its market
    # capitalization", "a market value of", "market cap"
    ("market value", "market valuation", "market capitalization", "market capitalisation", "market cap"),
    "market value",
) | dict.fromkeys(
    # an economy's hiring, by outlet: "employers added 41,000 jobs", "payroll growth slowed to
    # 41,000", "nonfarm payrolls grew by 41,000", "job growth of 41,000" (the staff of
    # ``_ONE_WORD_FOR``). "Job gains" and "employment gains" keep their own words: they are as
    # often one sector's ("job gains in retail").
    (
        "job growth", "jobs growth", "job creation", "new jobs", "jobs added", "hiring",
        "payrolls", "payroll growth", "payroll gains", "nonfarm payrolls", "non-farm payrolls", "payroll employment",
        "nonfarm payroll employment",
    ),
    "staff",
)
_LEADING_DETERMINERS = ("the ", "its ", "their ", "a ")


@lru_cache(maxsize=65536)
def _one_word_for(counted: str | None) -> str | None:
    """What is counted, a phrase of ``_ONE_PHRASE_FOR`` read as its one phrase and each word of
    ``_ONE_WORD_FOR`` as its one word."""
    if not counted:
        return counted
    phrase = counted.lower()
    for determiner in _LEADING_DETERMINERS:
        phrase = phrase.removeprefix(determiner)
    # "interest rates", "borrowing costs": the phrases are listed in the singular
    one = _ONE_PHRASE_FOR.get(phrase) or _ONE_PHRASE_FOR.get(phrase.removesuffix("s"))
    if one is not None:
        return one
    words = counted.split()
    if not any(w.lower() in _ONE_WORD_FOR for w in words):
        return counted
    return " ".join(_ONE_WORD_FOR.get(w.lower(), w) for w in words)


#: what a share of an electorate that voted measures: "nearly 62 percent of registered voters
#: cast ballots" is the turnout ("turnout nears 62%")
_ELECTORATE_WORDS = frozenset("registered eligible voter voters electorate electors".split())


#: events that befall people: a count of them with nothing counted counts people ("the death
#: toll exceeded 2,100", "the storm killed 170 elsewhere", "1,200 were evacuated")
_BEFALL_PEOPLE = frozenset({"died", "injured", "missing", "displaced", "rescued", "detained"})
#: people named by the part they had in it: in a toll, "five passengers were killed" and "five
#: people were killed" count the same dead (a group within them, "32 children", is not here)
_PEOPLE_IN_A_ROLE = frozenset(
    "passenger passengers victim victims traveller travellers traveler travelers commuter commuters "
    "occupant occupants".split()
)
#: people in a role named by where they were, not by what befell them: whatever the event, "130
#: passengers" are 130 people aboard ("victims" are not here: without a toll's verb, "35 victims
#: reported" tells of harm the event does not name, not of people in general)
_PEOPLE_ABOARD = _PEOPLE_IN_A_ROLE - {"victim", "victims"}


#: nouns that say how a figure was got, not what it counts: "economists' *forecasts* of
#: 110,000", "the median *estimate* was 115,000"; a counted phrase of nothing else names
#: nothing counted ("range" and "reading" are left out: a missile's range, a gauge's reading)
_HOW_GOT = frozenset(
    "forecast forecasts estimate estimates projection projections prediction predictions expectation "
    "expectations consensus median".split()
)


def _measured(claim: Claim, rate: bool | None = None, won: bool | None = None) -> str | None:
    """What the figure counts, as alignment compares it: nothing when the counted phrase only
    says how the figure was got (``_HOW_GOT``), "turnout" for the share of an electorate that
    voted, "people" for a count of what befalls people (``_BEFALL_PEOPLE``) that names nothing
    counted or people only by their part (``_PEOPLE_IN_A_ROLE``), "interest rate" for a step or
    level of a lender's rate told loosely (see :func:`_names_a_policy_rate`), "turnout" for a share
    of voters the sentence has just called the turnout (see :func:`_of_turnout`), else the
    counted phrase. ``rate`` and ``won``: those two readings, when the caller has them already."""
    if _names_a_policy_rate(claim) if rate is None else rate:
        return "interest rate"
    if _a_share_won(claim) if won is None else won:
        return "vote"
    measured = _measured_frame(claim.counted, claim.quantity.kind, claim.event)
    if measured and measured != "turnout" and claim.quantity.kind == "percent" and _of_turnout(claim):
        return "turnout"
    if measured and claim.quantity.kind == "money" and _aid_to_the_harmed(measured, claim.sentence):
        return "compensation"
    if claim.quantity.kind == "percent" and _counted_so_far(claim):
        return "progress of the count"  # no word of "vote", whose share it is not
    return measured


#: after a share of the ballots, what says it is how far the count has gone, not a share won:
#: "more than half of the ballots *were counted*", "with almost half of the votes *already counted*"
_COUNTED_SO_FAR = re.compile(
    r"\s+(?:(?P<told>were|was|have\s+been|has\s+been|had\s+been)\s+)?(?P<already>already\s+|now\s+)?"
    r"(?:counted|tallied|processed|declared)\b",
    re.I,
)
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)


def _counted_so_far(claim: Claim) -> bool:
    """The share is of the ballots counted so far, told as such ("half of the ballots were
    counted", "with 90% of the votes counted"), not a share won out of them ("won 44% of the
    votes counted")."""
    local = claim.start - claim.sentence_start
    m = _COUNTED_SO_FAR.match(claim.sentence, claim.end - claim.sentence_start)
    return m is not None and bool(m.group("told") or m.group("already")
                                  or _WITH_BEFORE.search(claim.sentence, max(0, local - 8), local))


#: aid or assistance told as nothing but money, which may be a payout to those harmed
_MONEY_AID = re.compile(r"(?:(?:financial|monetary|cash|ex[\s-]gratia|immediate|interim)\s+)?(?:aid|assistance)", re.I)
#: those harmed, or each of them, as a payout's receivers: "to the families of the dead", "to the
#: next of kin", "for each of the injured", "per family" (not "flood victims": relief is
#: sent to them as often)
_THE_HARMED = re.compile(
    r"\b(?:famil(?:y|ies)|kin|bereaved|dependants|dependents|each\s+of\s+the\s+(?:dead|deceased|injured))\b"
    r"|\b(?:the|those)\s+(?:dead|deceased|killed|injured|wounded)\b",
    re.I,
)


def _aid_to_the_harmed(measured: str, sentence: str) -> bool:
    """"Aid" or "assistance" that is a payout: told as money only ("financial assistance of
    $10,000") and given to the families of the dead or to the injured. Aid of a kind
    ("humanitarian aid", "emergency assistance") or aid to a place is relief, another sum."""
    return _MONEY_AID.fullmatch(measured) is not None and _THE_HARMED.search(sentence) is not None


#: roots of the verbs a share is won by, as ``EVENT_CLASSES["gained"]`` without "gained", which
#: tells a rise as often ("the index gained 2%")
_WINNING = EVENT_CLASSES["gained"] - {"=gain"}
#: a share of the vote told earlier in the sentence, which a bare share after it continues
_SHARE_OF_THE_VOTE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)\s+of\s+(?:the\s+)?(?:votes?|ballots)\b", re.I)
#: a verb of change or "by" right before a figure (past a hedge): the figure is a move
_MOVE_RIGHT_BEFORE = re.compile(
    rf"\b(?:{_CHANGE_VERBS}|by)\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just)\s+)?$", re.I
)
#: "The Harbour Party leads with 31.2%", "followed by the opposition bloc with 14.9%": a share a
#: holder is in the race with
_IN_THE_RACE_WITH = re.compile(r"\bwith\s+(?:an?\s+)?(?:[a-z]+\s+)?$")


def _a_share_won(claim: Claim) -> bool:
    """A share that says nothing of what it is of, won ("won 8.85%", "garnered 44.3%"), given to
    a named holder ("results give the Harbour Union 59.5%"), held in a race by one ("the ruling
    party leads with 61.6%"), listed after one ("; the Labour Party – 6.7%") or after a share of
    the vote ("63% of the vote to the opposition's 13%"): a share of the vote, as "won 8.85% of
    the vote" says. Read otherwise, such a share never meets the same figure told in full."""
    if claim.quantity.kind != "percent" or claim.quantity.unit != "%" or claim.counted:
        return False  # points are a move: "up 5 points"
    happened = happening(claim.event)
    if happened and any(_has_root(s, _WINNING) for s in content_stems(happened)):
        return True
    local = claim.start - claim.sentence_start
    before = (max(0, local - 120), max(0, local))
    if _MOVE_RIGHT_BEFORE.search(claim.sentence, max(0, local - 40), max(0, local)):
        return False  # "won 54% of the vote, up 5% from 2019": a change, not another share
    if _HOLDER_GIVEN.search(claim.sentence, *before) or _LISTED_HOLDER.search(claim.sentence, *before):
        return True
    if _SHARE_OF_THE_VOTE.search(claim.sentence, 0, max(0, local)):
        return True
    with_before = _IN_THE_RACE_WITH.search(claim.sentence, max(0, local - 30), max(0, local))
    return with_before is not None and _holder(claim) is not None


#: "the record low turnout in the elections, which did not exceed 64% of voters": a share of an
#: electorate that the sentence has just called the turnout, with no other figure between
_TURNOUT_BEFORE = re.compile(r"\bturnout\b[^\d%]*$", re.I)


def _of_turnout(claim: Claim) -> bool:
    if not all(w.lower() in _ELECTORATE_WORDS for w in (claim.counted or "").split()):
        return False
    local = claim.start - claim.sentence_start
    return _TURNOUT_BEFORE.search(claim.sentence, max(0, local - 100), max(0, local)) is not None


#: words that only qualify which of a lender's rates is meant ("its target interest rate", "the
#: benchmark federal funds rate", "the key overnight rate"): outlets pick them freely for one rate
_RATE_QUALIFIERS = frozenset(
    "its their the a target targeted benchmark key main official policy central bank bank's base interest "
    "overnight federal funds fed short-term trend-setting trendsetting refinancing lending repo cash "
    "prime discount headline rate rates".split()
)
#: roots of the verbs a lender moves its rate by, as a pattern: "raised rates", "cuts", "increasing"
_RATE_MOVE_ROOTS = "|".join(f"{_RAISING_ROOTS} increas {_LOWERING_ROOTS}".split())
#: verbs and nouns of a move that a counted phrase may carry along ("raises rates", "rate increase")
_RATE_MOVES = re.compile(rf"^(?:{_RATE_MOVE_ROOTS}|ris|boost|tighten|eas)\w*$", re.I)
#: a lender's rate named in a sentence: "interest rates", "its benchmark rate", "the repo rate",
#: "raised rates", "a quarter-point rate increase"
_POLICY_RATE_IN_SENTENCE = re.compile(
    r"\b(?:interest|benchmark|key|policy|base|bank|cash|repo|funds|overnight|lending|refinancing|deposit|target|"
    r"trendsetting|trend-setting)\s+(?:interest\s+)?rates?\b"
    rf"|\b(?:{_RATE_MOVE_ROOTS})\w*\s+(?:its\s+|their\s+|the\s+)?rates\b"
    r"|\brate\s+(?:increase|rise|hike|cut|reduction)s?\b"
    r"|\b(?:interest|policy)\s+(?:rate\s+)?target\b",  # "its key interest target", "the policy target"
    re.I,
)
#: a level the rate was moved to, told right after its step in points or its name: "hikes 25bps
#: *to* 4.50-4.75%", "by a quarter point to a range of 4.5% to 4.75%", "lowered a key rate to 0.5%",
#: "left its deposit rate unchanged at 4%", "dropping the benchmark to 0.25%"
_LEVEL_AFTER_STEP = re.compile(
    r"(?:(?:basis[\s-]+points?|bps?|points?|\brates?|\bbenchmark)\s+to|\brates?\s+(?:unchanged|steady|on\s+hold)\s+at)\s+"
    r"(?:a\s+(?:target\s+)?range\s+of\s+|between\s+)?$",
    re.I,
)
#: a headline's lender and its move, opening the sentence: "Varbank hikes", "Bank of Ostmark cuts",
#: "Varbank increases" (the same roots as a move in a sentence)
_NAME_MOVES_RATES = re.compile(
    r"\s*(?:[A-Z][\w.&'’-]*\s+(?:of\s+)?){1,4}"
    rf"(?i:{_RATE_MOVE_ROOTS})\w*\s"
)
#: counted phrases that name only how a level is told ("a range of 4.5% to 4.75%")
_RANGE_WORDS = frozenset("range target targeted band corridor".split())


#: what a move's noun is of, after it: "a one-point rise *in* the jobless rate", "*of* the index"
#: ("in December", "in late 2022", "in the first quarter" say when, not of what)
_MOVE_OF = re.compile(
    r"\s+(?:in|of|for|to)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:late|early|mid|last|this|next|past|first|second|third|fourth|previous|week|month|year|quarter|spring|"
    r"summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b)[a-z]"
)


def _a_move_of_its_own(claim: Claim, words: Sequence[str]) -> bool:
    """A step in points named by its move alone ("a half-point increase", "a quarter-point cut"),
    saying of nothing what moved: news copy's way with a lender's rate."""
    return bool(words) and all(w in _CHANGE_WORDS for w in words) \
        and not _MOVE_OF.match(claim.sentence, claim.end - claim.sentence_start)


#: a rate named by what sets it apart: "the deposit rate", "the Bank Rate", "the lending rate"
_NAMED_RATE = re.compile(r"\b([A-Za-z]+)\s+rates?\b", re.I)


def _one_of_several_rates(claim: Claim) -> bool:
    """A share whose counted phrase names a rate, in a sentence that names another rate beside
    it ("the Bank Rate is 0.5% and the deposit rate is 0.25%"): one of a lender's several rates,
    compared by its own name, not as "the" interest rate."""
    if claim.quantity.kind != "percent" or not claim.counted or "rate" not in claim.counted.lower():
        return False
    names = {m.group(1).lower() for m in _NAMED_RATE.finditer(claim.sentence)} - _STOPWORDS - _ANY_RATE
    return len(names) >= 2


#: words that name no rate apart from the others: "interest rates ... the funds rate" is one rate
_ANY_RATE = frozenset("interest key benchmark policy main official headline target its their".split())


def _names_a_policy_rate(claim: Claim) -> bool:
    """True for a step of a rate in points ("raised rates by a quarter point", "a 50 basis point
    increase") or a level in percent ("a range of 4.5% to 4.75%") whose counted phrase names no
    rate but the lender's own, loosely ("rate", "its target interest rate", "raises rates",
    nothing, "range") in a sentence that names such a rate: outlets word one policy rate
    differently, and its step in points is no share of anything."""
    q = claim.quantity
    if q.kind != "percent" or _one_of_several_rates(claim):
        return False
    words = [w.lower() for w in (claim.counted or "").split()]
    if dimension_of(q.unit) == "rate step":
        loose = all(w in _RATE_QUALIFIERS or w in _CHANGE_WORDS or _RATE_MOVES.match(w) for w in words)
        # basis points are a lender's (or a yield's) unit; "percentage points" also move shares,
        # unless the step is a rate's move of its own ("a half-point increase", not "a one-point
        # rise in the jobless rate")
        return loose and (q.unit == "bp" or bool(_POLICY_RATE_IN_SENTENCE.search(claim.sentence))
                          or _a_move_of_its_own(claim, words))
    if q.unit != "%":
        return False
    local = claim.start - claim.sentence_start
    if not words:
        step = _LEVEL_AFTER_STEP.search(claim.sentence[max(0, local - 60) : local])
        # a lender's rate, named ("pushed the jobless rate to 5%", "the yield rose 12 basis points
        # to 4.2%" are other rates) or a headline's subject ("Varbank hikes 25bps to 3.5%")
        return step is not None and bool(_POLICY_RATE_IN_SENTENCE.search(claim.sentence)
                                         or _NAME_MOVES_RATES.match(claim.sentence))
    # "the rate rose to 5%" may be any rate: the sentence must name a lender's
    # "its key interest target" names the rate by its target ("a 2% target" alone may be inflation's)
    named = any(w.startswith("rate") for w in words) or ("target" in words and not {"interest", "policy"}.isdisjoint(words))
    loose = all(w in _RANGE_WORDS for w in words) or (named and all(w in _RATE_QUALIFIERS for w in words))
    return loose and bool(_POLICY_RATE_IN_SENTENCE.search(claim.sentence))


@lru_cache(maxsize=65536)
def _measured_frame(counted: str | None, kind: str, event: str | None) -> str | None:
    """:func:`_measured` of a claim's counted phrase, kind and event: a corpus repeats them."""
    happened = event_classes(_frame_event(event, counted))
    if counted and all(w.lower() in _HOW_GOT for w in counted.split()):
        counted = None  # "forecasts of 110,000", "the median estimate": how, not what
    if kind == "count" and happened & _BEFALL_PEOPLE and (
        not counted or counted.lower() in _PEOPLE_IN_A_ROLE or _names_what_befell(counted)
    ):
        return "people"
    if kind == "count" and counted and _ABOARD.sub("", counted).lower() in _PEOPLE_ABOARD:
        # "carrying 130 passengers" and "carrying 130 people" count the same people aboard,
        # whatever happened to them; another group ("12 crew", "40 children") keeps its word
        return "people"
    if (
        counted
        and kind == "percent"
        and all(w.lower() in _ELECTORATE_WORDS for w in counted.split())
        and "voted" in happened
    ):
        return "turnout"
    if counted and counted.lower() in _CROWD_HEADS and "protested" in happened:
        return "protesters"  # "1.27 million people marched" counts the crowd "2.8 million protesters" does
    if kind == "count" and counted and counted.lower() in _CROWD_HEADS and "voted" in happened:
        return "votes"  # "3.1 million people voted": the ballots "3.1 million ballots were cast" count
    return counted


#: heads that say "people" of a crowd: its people are protesters when the event is a protest
_CROWD_HEADS = frozenset("people persons individuals".split())
#: what a crowd is counted as: its people, or the crowd itself ("a crowd of 5,000")
_CROWD_NOUNS = frozenset({"crowd", "crowds"})
_CROWD_WORDS = _CROWD_HEADS | _CROWD_NOUNS


#: heads that count people without naming them ("323 others", "32 of them")
_PEOPLE_PRONOUNS = frozenset("others other them those persons individuals".split())


_BREAKDOWN_OPENER = re.compile(
    r"^\W*(?:of\s+(?:these|them|whom|which|those)|among\s+(?:them|these|those))\b", re.I
)


#: A figure said to hold for each day (week, ...) right after it: a rate, not one reading or
#: total ("well above 40C each day", "4,000 a day", "300 daily"); "a day after the quake" is a time
_PER_PERIOD_AFTER = re.compile(
    r",?\s+(?:(?:each|every|a|per)\s+(?:day|night|week|fortnight|month|year|hour)|daily|nightly|weekly|monthly)\b"
    r"(?!\s+(?:after|before|earlier|later|ago)\b)",
    re.I,
)


def _is_average(claim: Claim) -> bool:
    """A mean ("an average of 4,000") or a rate per period ("4,000 a day", "above 40C each day"):
    never the same statistic as one count or reading."""
    if claim.hedge_class == "average":
        return True
    end = claim.end - claim.sentence_start
    return 0 <= end <= len(claim.sentence) and _PER_PERIOD_AFTER.match(claim.sentence, end) is not None


#: How much a vague amount ("hundreds of thousands") says about being the same figure as a
#: precise one that falls inside it: some, not all: it fits a great many figures.
VAGUE_EVIDENCE = 0.7


def _is_target(claim: Claim, published: date | None) -> bool:
    """A figure bounded by a deadline still ahead ("to evict 800,000 by the end of April", in an
    article of 19 April) is a goal, not a count of what happened."""
    t = claim.time
    # "by" sets a deadline; "until June 30" says how long something holds, not a goal.
    return bool(
        t is not None
        and t.relation == "until"
        and t.text.lower().startswith("by ")
        and t.date_to
        and published
        and t.date_to > published
    )


#: What a running count counts: casualties, people moved, held or missing, damage, cases. The
#: event classes of alignment, and a few roots of damage and disease they leave out.
RUNNING_CLASSES = frozenset({"died", "injured", "displaced", "departed", "detained", "missing", "affected", "rescued"})
_RUNNING_ROOTS = tuple("destroy damag flatten collaps burn burnt scorch case infect evacu toll".split())


#: a count still going on: "with 90% of polling station results tallied", "partial results",
#: "according to early returns", "the provisional tally", "with most ballots counted"
_COUNT_UNDER_WAY = re.compile(
    r"\b(?:partial|early|preliminary|incomplete|provisional)\s+(?:official\s+)?(?:results?|returns|counts?|tally|tallies)\b"
    r"|\bwith\s+(?:[\w.,%]+\s+){1,6}(?:counted|tallied|reporting|reported|declared|processed)\b",
    re.IGNORECASE,
)


def keeps_running(claim: Claim) -> bool:
    """Whether the claim counts what keeps happening while a story runs (the dead, the
    displaced, homes destroyed, cases), or a result still being counted ("with 90% of results
    tallied"), so a later figure may be its update. A turnout, a result or a price is fixed
    once its election or quarter is over: two figures for it on two days are a conflict, not
    an update."""
    return _counts_what_runs(claim.event) or _counts_what_runs(claim.counted) or _count_under_way(claim.sentence)


@lru_cache(maxsize=65536)
def _counts_what_runs(phrase: str | None) -> bool:
    """:func:`keeps_running` of one phrase (an event or what is counted): a corpus repeats them."""
    if event_classes(phrase) & RUNNING_CLASSES:
        return True
    return bool(phrase) and any(stem.startswith(_RUNNING_ROOTS) for stem in content_stems(phrase or ""))


@lru_cache(maxsize=65536)
def _count_under_way(sentence: str) -> bool:
    """A sentence that tells of a count still going on (``_COUNT_UNDER_WAY``); a sentence holds
    several figures, and alignment and the judge both ask."""
    return _COUNT_UNDER_WAY.search(sentence) is not None


_RUNNING_TOTAL = re.compile(r"\b(?:already|so\s+far|to\s+date|in\s+total|in\s+all|cumulative|overall)\b", re.I)

#: The factor a link keeps between a running total ("has already expelled 800,000", "since
#: 2023") and a figure for one dated episode ("in September 2023, hundreds of thousands poured
#: across"): they can be the same number, but seldom are.
TALLY_AND_EPISODE = 0.8


_PROJECTION = re.compile(
    r"\b(?:could|may|might|would|will|expected\s+to|projected\s+to|forecast\s+to|set\s+to|likely\s+to)\b"
    r"(?:\s+\w+){0,3}\s*$",
    re.I,
)

#: The factor a link keeps between a figure dated long before the other's article and a figure
#: with no date of its own, which speaks of its article's day: "a march which drew 500,000 in
#: 2006" is seldom the "half a million" of this week's march.
STALE_AND_UNDATED = 0.6
#: How long before the other article's date a dated figure is "long before": a season. A
#: figure of a period that closed months before the other article was written ("last year,
#: more than 2,000 were treated" in a June article; "in 2019, turnout was 66%") is an earlier
#: value, not the undated figure that article gives of its own day; the figure of a month or a
#: year just closed ("added 272,000 jobs in May" in early June, annual results in March) is
#: still the news of its day.
STALE_DAYS = 120

#: The factor a link keeps between a projection ("could affect up to 1.6 million") and a figure
#: of what is or was: a forecast and a count are seldom one quantity.
PROJECTION_AND_FACT = 0.8


_PRIOR = re.compile(
    r"\b(?:previous|prior|earlier|former|initial|original|last\s+year['’]s|the\s+last)\s+(?:[\w'’-]+\s+){0,4}?(?:of|was|at)\s*$",
    re.I,
)
#: the level a running count moved from: "68, *an increase from* 43 deaths reported the night
#: before", "*up from* 120 at the start of the week", "the toll *rose from* 40 to 52"
_FROM_LEVEL = re.compile(
    r"\b(?:up|increases?|increased|rises?|risen|rose|jump(?:ed|s)?|climb(?:ed|s)?|grew|grown|down|decreases?|"
    r"decreased|falls?|fell|drop(?:ped|s)?|declined?|revised)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$",
    re.I,
)
#: words one of which ``_PRIOR`` needs: most windows hold none, and skip the regex
_PRIOR_WORDS = ("previous", "prior", "earlier", "former", "last", "initial", "original")


#: a sentence told of an earlier moment than the article's latest: "Earlier, at least 94 people
#: were dead", "Earlier on Monday, officials said 90"
_EARLIER_SENTENCE = re.compile(r"^\W*earlier(?:\s+(?:on|in|that|this)\s+(?:the\s+)?\w+)?\s*,", re.I)


#: an occasion told as an earlier one, right before a bracket: "a week *after* a quiet eighth
#: day (", "more numerous *than* on 15 March (", "up *since* the first march ("
_EARLIER_OCCASION = re.compile(
    r"\b(?:after|since|than|compared\s+(?:with|to))\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+\s*\(\s*$", re.I
)


def _in_brackets_of_an_earlier_occasion(claim: Claim) -> bool:
    """The figure stands in brackets that gloss an occasion the sentence tells as an earlier one:
    "a week after a quiet eighth day (480,000 marchers by the police's count, 1.7 million by the
    unions')": that day's figures, not the one the article reports."""
    local = claim.start - claim.sentence_start
    opened = claim.sentence.rfind("(", 0, local)
    if opened < 0 or ")" in claim.sentence[opened:local] or _PART_IN_BRACKETS.match(claim.sentence, opened + 1):
        return False  # "cut 1,000 jobs after the merger (including 300 in X)": a part of the figure before
    occasion = _EARLIER_OCCASION.search(claim.sentence, max(0, opened - 80), opened + 1)
    # the occasion is what the sentence compares with, not when a figure before it happened
    return occasion is not None and not any(ch.isdigit() for ch in claim.sentence[max(0, opened - 80) : occasion.start()])


#: a bracket that opens on a part of the figure before it: "(including 300 in X)", "(of whom ..."
_PART_IN_BRACKETS = re.compile(r"\s*(?:including|of\s+wh(?:om|ich)|among\s+them|incl\.?)\b", re.I)


def _is_prior(claim: Claim) -> bool:
    """A figure said to be an earlier value of its measure ("the previous record fine of 2.4
    billion euros", "last year's budget of $3 billion", "the initial death toll of 91", "the
    original estimate was 40", or in brackets after an earlier occasion: see
    :func:`_in_brackets_of_an_earlier_occasion`): another quantity than the current one, however
    alike their words."""
    local = claim.start - claim.sentence_start
    if "(" in claim.sentence and _in_brackets_of_an_earlier_occasion(claim):
        return True
    window = claim.sentence[max(0, local - 60) : local]
    low = window.lower()
    if _EARLIER_SENTENCE.match(claim.sentence):  # anchored: fails at once on most sentences
        return True
    if " from " in low and _FROM_LEVEL.search(window) and keeps_running(claim):
        return True  # a toll's earlier stage; an earlier turnout or rate is one fixed figure, told alike
    return any(w in low for w in _PRIOR_WORDS) and bool(_PRIOR.search(window))


#: a time phrase that looks past the article's own period: "next quarter", "the coming year",
#: "in the upcoming fiscal first quarter"
_AHEAD = re.compile(r"\b(?:next|coming|upcoming)\b", re.I)


def _looks_ahead(claim: Claim) -> bool:
    """The figure's time scope lies after the article's own period ("plans to spend $30 billion
    next quarter"): a plan or an outlook, never the figure of the period just closed ("spent
    $24 billion in the fourth quarter"), however alike their words."""
    return claim.time is not None and bool(_AHEAD.search(claim.time.text))


#: a result measured against an expectation, right before it: "*beating* analyst expectations of
#: 34%", "*ahead of* the $28.9 billion consensus", "*missed* estimates of $1.20"
_MEASURED_AGAINST = re.compile(
    r"\b(?:beat|beats|beating|top|tops|topped|topping|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|miss|missed|"
    r"missing|ahead\s+of|short\s+of|above|below)\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)


def _outcome_known(claim: Claim) -> bool:
    """An expectation a result was already measured against ("beating analyst expectations of
    34%"): the forecast of a period closed, not of one ahead."""
    local = claim.start - claim.sentence_start
    return bool(_MEASURED_AGAINST.search(claim.sentence, max(0, local - 60), max(0, local)))


def _projection(claim: Claim) -> bool:
    """True for a forecast (``Claim.forecast``), and when a modal verb governs the figure from
    just before it ("could affect up to ...")."""
    if claim.forecast is not None:
        return True
    local = claim.start - claim.sentence_start
    before = claim.sentence[max(0, local - 50) : local]
    return bool(_PROJECTION.search(before)) and not _PAST_GUESS.search(before)


#: a guess about what was, not a projection: "there may have been about 50,000", "could have
#: affected up to 2,000" (not "will have spent", the future by a date)
_PAST_GUESS = re.compile(r"\b(?:could|may|might)\s+have\s+(?:\w+\s+){0,2}$", re.I)


def _tally(claim: Claim) -> str | None:
    """'running' for a running total, 'episode' for a figure of one dated period, else None."""
    t = claim.time
    if t is not None and t.relation == "since":
        return "running"
    window = claim.sentence[max(0, claim.start - claim.sentence_start - 60) : claim.start - claim.sentence_start]
    if _RUNNING_TOTAL.search(window):
        return "running"
    if t is not None and t.resolved and t.relation in ("period", "point"):
        return "episode"
    return None


@dataclass(frozen=True, slots=True)
class _Columns:
    """The claims' :class:`_Prepared` features as arrays, one row per claim, to score many pairs
    in one go. Words are codes into ``texts``: each distinct text is scored against another once
    (already through rapidfuzz's ``default_process``; None where the claim has none)."""

    article: np.ndarray
    sentence: np.ndarray  # one code per (article, sentence start)
    low: np.ndarray  # value_span, NaN where the claim has none
    high: np.ndarray
    vague: np.ndarray
    count: np.ndarray  # a count of things (kind "count"): see COUNT_SLACK
    orders_per_unit: np.ndarray  # for a figure in one of LOGARITHMIC_UNITS; 0 on a linear scale
    dated: np.ndarray  # has resolved scope dates
    stage: np.ndarray  # the share of the count a partial result was read at (see count_stage); NaN none
    as_of: np.ndarray  # the day a running count was taken ("as of 3 October"), ordinal; 0 none
    date_from: np.ndarray  # proleptic ordinals
    date_to: np.ndarray
    published: np.ndarray  # the article's date, proleptic ordinal; 0 unknown
    calendar_year: np.ndarray
    month: np.ndarray  # see calendar_day; 0 none
    day: np.ndarray  # 0 none or a whole month
    tally: np.ndarray  # 0 none, 1 running, 2 episode
    running: np.ndarray  # counts what keeps happening while a story runs: see keeps_running
    projection: np.ndarray
    forecast: np.ndarray  # the claim is a forecast (Claim.forecast)
    ahead: np.ndarray  # see _looks_ahead
    open_forecast: np.ndarray  # a forecast no result was measured against yet: see _outcome_known
    prior: np.ndarray  # see _is_prior
    breakdown: np.ndarray
    average: np.ndarray
    target: np.ndarray
    whole: np.ndarray
    won: np.ndarray  # its event is a getting ("won", "secured") or it names a holder: see _no_whole_against_a_part
    event_classes: np.ndarray  # bit k: EVENT_CLASSES' k-th class
    counted: np.ndarray
    specific: np.ndarray  # a measure whose counted phrase has SPECIFIC_WORDS words or more
    event: np.ndarray
    place: np.ndarray
    context: np.ndarray
    source: np.ndarray
    teller: np.ndarray
    holder: np.ndarray
    nationality: np.ndarray  # code into texts["nationality"]: see _nationality
    currency: np.ndarray  # code of the dollar a sum names (see _currency_named), -1 for a bare "$" or none
    possession: np.ndarray  # code into texts["counted"]: see _possession
    named: np.ndarray  # names a source
    located: np.ndarray  # the place is where the figure holds ("in Thailand")
    placeless: np.ndarray  # the claim names no place at all
    whole_country: np.ndarray  # 1 the place is a whole country by name, 2 the figure holds nationwide, else 0
    coordinated: np.ndarray  # what is counted joins two things ("homes and buildings")
    seat_tier: np.ndarray  # see seat_tier: 0 no seats, else _SEAT_TIERS' code
    #: per claim told by a generic holder ("the ruling party"), the named holders its own article
    #: gives other figures of its kind (see :func:`_named_rivals`); empty otherwise
    rivals: list[frozenset[int]]
    chamber: np.ndarray  # see chamber_of: 0 none or both, 1 upper, 2 lower
    people_only: np.ndarray  # counts "people" and nothing more specific: see _who_befell_it
    gathering: np.ndarray  # 0 none, 1 the people at a gathering, 2 the number it was allowed: see _gathering
    # of a protest's turnout only (see _one_turnout), read once per claim rather than per pair:
    news_day: np.ndarray  # told of its article's news day: see _of_the_news_day
    said_when: np.ndarray  # code of its time as written, lower-cased; -1 none
    time_resolved: np.ndarray  # its time resolves to dates
    weekday: np.ndarray  # code of the weekday its time names, lower-cased; -1 none
    a_crowd: np.ndarray  # counts "people", or "a crowd", and nothing more specific
    told: np.ndarray  # stated as a figure (exact, approximate or a range), not a bound or vague
    decimals: np.ndarray  # digits after the decimal point of an exact figure; -1 for any other
    precise: np.ndarray  # an exact figure told to PRECISE_DIGITS significant digits or more
    framed: np.ndarray  # see _is_framed
    bare: np.ndarray  # not framed, or (a count) nothing counted: see _borrowed_frame
    change: np.ndarray  # see _is_change
    country: np.ndarray  # code of the place's ISO 3166 country; -1 unknown
    places: list[str]  # each claim's place, lower case ("" when none)
    claims: Sequence[Claim]  # for what few pairs need beyond the arrays (see _borrowed_frame)
    texts: dict[str, list[str | None]]


_CLASS_BITS = {name: 1 << k for k, name in enumerate(EVENT_CLASSES)}


@lru_cache(maxsize=65536)
def _class_bits(event: str | None) -> int:
    """The event's classes as bits (see ``_CLASS_BITS``)."""
    return sum(_CLASS_BITS[name] for name in event_classes(event))
_TALLY_CODES = {None: 0, "running": 1, "episode": 2}
_GATHERING_CODES = {None: 0, "attended": 1, "permitted": 2, "turnout": 3}
_PERMITTED, _TURNOUT = 2, 3


#: words that say what kind of place a name is: "Marlow County" and "Kestrel County" share only
#: "county", and are two places; "Marlow County" and "Marlow" are one
_PLACE_KINDS = frozenset(
    "county counties province provinces district districts region regions state states city town village "
    "municipality prefecture governorate department oblast parish borough township".split()
)


@lru_cache(maxsize=65536)
def _place_text(place: str | None) -> str | None:
    """What a place is compared by: its content stems without the words that only say what
    kind of place it is (``_PLACE_KINDS``), unless nothing else is left ("the state")."""
    if not place:
        return None
    words = [w for w in _WORD.findall(place) if w.lower() not in _PLACE_KINDS]
    return _phrase_text(" ".join(words) if words else place)


@lru_cache(maxsize=65536)
def _phrase_text(phrase: str | None) -> str | None:
    """What a phrase is compared by: its content stems, processed; None when it has none."""
    stems = content_stems(phrase) if phrase else ()
    return utils.default_process(" ".join(stems)) if stems else None


def _codes(values: Sequence[Hashable], table: dict[Hashable, int] | None = None) -> tuple[np.ndarray, list]:  # type: ignore[type-arg]
    """Each value's code, and the values by code; ``table`` (value -> code) carries the codes
    from call to call, so that columns made a piece at a time share them."""
    table = {} if table is None else table
    codes = [table.setdefault(v, len(table)) for v in values]
    return np.array(codes, dtype=np.int32), list(table)


#: Claims prepared at once (see :func:`_prepared_columns`).
PREPARED_AT_ONCE = 1 << 12


def _columns(
    prepared: Sequence[_Prepared],
    tables: dict[str, dict[Hashable, int]] | None = None,
    stages: Sequence[float | None] | None = None,
) -> _Columns:
    """The columns of ``prepared``; with ``tables``, coded through (and into) those tables,
    so that the columns of consecutive pieces can be joined (:func:`_joined_columns`). The
    claims' stages of a count are their sentences' unless ``stages`` gives them (alignment
    gives each its article's: see :func:`article_stages`)."""
    tables = {} if tables is None else tables
    claims = [p.claim for p in prepared]
    if stages is None:
        stages = [None if _of_a_year(c) else count_stage(c.sentence) for c in claims]
    nan = math.nan
    texts: dict[str, list[str | None]] = {}
    coded: dict[str, np.ndarray] = {}
    for name, values in (
        ("counted", [p.compared for p in prepared]),
        ("event", [_phrase_text(p.event) for p in prepared]),
        ("place", [_place_text(c.place) for c in claims]),
        ("context", [p.context for p in prepared]),
        ("source", [utils.default_process(p.source) if p.source else None for p in prepared]),
        ("teller", [utils.default_process(p.teller) if p.teller else None for p in prepared]),
        ("holder", [utils.default_process(p.holder) if p.holder else None for p in prepared]),
        ("nationality", [_nationality(c) for c in claims]),
    ):
        coded[name], texts[name] = _codes(values, tables.setdefault(name, {}))
    # what is held is coded among what is counted, to be scored against it
    coded["possession"], texts["counted"] = _codes(
        [_phrase_text(_one_word_for(p.possession)) for p in prepared], tables["counted"]
    )
    no_dates = (date.min, date.min)
    tiers = [seat_tier(c) for c in claims]
    return _Columns(
        article=_codes([c.article for c in claims], tables.setdefault("article", {}))[0],
        sentence=_codes([(c.article, c.sentence_start) for c in claims], tables.setdefault("sentence", {}))[0],
        low=np.array([p.values[0] if p.values else nan for p in prepared]),
        high=np.array([p.values[1] if p.values else nan for p in prepared]),
        vague=np.array([p.vague for p in prepared]),
        count=np.array([p.claim.quantity.kind == "count" for p in prepared]),
        orders_per_unit=np.array([LOGARITHMIC_UNITS.get(p.claim.quantity.unit or "", 0.0) for p in prepared]),
        dated=np.array([p.dates is not None for p in prepared]),
        stage=np.array(stages, dtype=np.float64),
        as_of=np.array([_as_of(c) for c in claims], dtype=np.int32),
        date_from=np.array([(p.dates or no_dates)[0].toordinal() for p in prepared], dtype=np.int32),
        date_to=np.array([(p.dates or no_dates)[1].toordinal() for p in prepared], dtype=np.int32),
        published=np.array([p.published for p in prepared], dtype=np.int32),
        calendar_year=np.array([p.dates is not None and _is_calendar_year(p.dates) for p in prepared]),
        month=np.array([(p.calendar or (0, 0))[0] for p in prepared], dtype=np.int8),
        day=np.array([(p.calendar or (0, 0))[1] for p in prepared], dtype=np.int8),
        tally=np.array([_TALLY_CODES[p.tally] for p in prepared], dtype=np.int8),
        running=np.array([keeps_running(p.claim) for p in prepared], dtype=bool),
        projection=np.array([p.projection for p in prepared]),
        forecast=np.array([c.forecast is not None for c in claims]),
        ahead=np.array([_looks_ahead(c) for c in claims]),
        open_forecast=np.array([p.projection and not _outcome_known(p.claim) for p in prepared]),
        prior=np.array([p.prior for p in prepared]),
        breakdown=np.array([p.breakdown for p in prepared]),
        average=np.array([p.average for p in prepared]),
        target=np.array([p.target for p in prepared]),
        whole=np.array([p.whole for p in prepared]),
        won=np.array([bool(_class_bits(p.event) & _GETTING) or bool(p.holder) for p in prepared]),
        event_classes=np.array([_class_bits(p.event) for p in prepared], dtype=np.int32),
        named=np.array([p.source is not None for p in prepared]),
        specific=np.array(
            [p.claim.quantity.kind == "measure" and len((p.compared or "").split()) >= SPECIFIC_WORDS for p in prepared]
        ),
        located=np.array([p.location for p in prepared]),
        placeless=np.array([not c.place for c in claims]),
        whole_country=np.array([2 if c.place == NATIONWIDE else 1 if is_country(c.place) else 0 for c in claims],
                               dtype=np.int8),
        coordinated=np.array([bool(_COORDINATED.search(c.counted or "")) for c in claims]),
        seat_tier=np.array([_SEAT_TIERS[t] for t in tiers], dtype=np.int8),
        rivals=[frozenset()] * len(claims),
        # an election's results only: one bill's sum is the same sum in either chamber
        chamber=np.array([_CHAMBERS[chamber_of(c)] if p.measured in _RESULTS or t is not None else 0
                          for p, c, t in zip(prepared, claims, tiers, strict=True)], dtype=np.int8),
        people_only=np.array([(p.measured or "").lower() in _CROWD_HEADS for p in prepared]),
        gathering=np.array([_GATHERING_CODES[p.gathering] for p in prepared], dtype=np.int8),
        news_day=np.array([p.gathering != "turnout" or _of_the_news_day(p.claim, p.published) for p in prepared]),
        said_when=_codes_or_none([_lower(p.claim.time.text) if p.gathering == "turnout" and p.claim.time else None
                                  for p in prepared], tables.setdefault("said_when", {})),
        time_resolved=np.array([p.gathering == "turnout" and p.claim.time is not None and p.claim.time.resolved
                                for p in prepared]),
        weekday=_codes_or_none([_weekday(p.claim) if p.gathering == "turnout" else None for p in prepared],
                               tables.setdefault("weekday", {})),
        a_crowd=np.array([(p.measured or "").lower() in _CROWD_WORDS for p in prepared]),
        told=np.array([c.hedge_class in _TOLD_AS_A_FIGURE for c in claims]),
        decimals=np.array([_decimals(c) for c in claims], dtype=np.int8),
        precise=np.array([_precise(c) for c in claims]),
        framed=np.array([p.framed for p in prepared]),
        bare=np.array([not p.framed or p.measured is None for p in prepared]),
        change=np.array([p.change for p in prepared]),
        country=_codes_or_none(
            [country_of(c.place) if p.location else None for p, c in zip(prepared, claims)], tables.setdefault("country", {})
        ),
        # One string per distinct place: a lower-cased copy apiece was one per claim.
        places=[_lower(c.place) for c in claims],
        currency=_codes_or_none([_currency_named(c) for c in claims], tables.setdefault("currency", {})),
        claims=claims,
        texts=texts,
        **coded,
    )


@lru_cache(maxsize=65536)
def _lower(place: str | None) -> str:
    return (place or "").lower()


def _joined_columns(parts: Sequence[_Columns], tables: dict[str, dict[Hashable, int]]) -> _Columns:
    """The columns of consecutive pieces, coded through the same ``tables``, as one."""
    joined: dict[str, object] = {}
    for f in fields(_Columns):
        values = [getattr(part, f.name) for part in parts]
        if f.name == "texts":
            joined[f.name] = {name: list(tables[name]) for name in values[0]} if values else {}
        elif isinstance(values[0], np.ndarray):
            joined[f.name] = np.concatenate(values)
        else:
            joined[f.name] = [v for value in values for v in value]
    return _Columns(**joined)  # type: ignore[arg-type]


def _codes_or_none(values: Sequence[str | None], table: dict[Hashable, int] | None = None) -> np.ndarray:
    """Each value's code as :func:`_codes` gives it, and -1 for None: a country or a currency
    not named, which weighs neither for nor against another claim's."""
    table = {} if table is None else table
    return np.array([-1 if v is None else table.setdefault(v, len(table)) for v in values], dtype=np.int32)


def _location_similarity(c: _Columns, i: np.ndarray, j: np.ndarray, words: _TextSimilarity) -> np.ndarray:
    """How far two figures stated *in* named places are in the same place: 1 when one name
    contains the other ("Thailand", "southern Thailand"), else the places' similarity; NaN when
    either place is an origin, a destination or a subject ("Islamabad cancelled ..."), which
    say less about where the figure holds."""
    both = c.located[i] & c.located[j]
    out = np.where(both, words(c.place[i], c.place[j]), np.nan)
    for k in np.flatnonzero(both & ~(out >= 0.5)).tolist():
        a, b = c.places[int(i[k])], c.places[int(j[k])]
        if a in b or b in a:
            out[k] = 1.0
    # "40% of the national vote" holds where "40% in South Africa" does: the whole country
    national = c.whole_country[i] * c.whole_country[j] == 2
    return np.where(both & national, 1.0, out)


def _part_by_place(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Where figure ``i``, stated in a named place, lies well below figure ``j``, which names
    no place: within one article, the part of a total that one place holds. (A larger figure
    in a place is no part: a headline's "30 hurt in the city" and the body's "25 injured";
    nor is one a rounding away: "4.3 billion in the bloc" and "4.34 billion".)"""
    return c.located[i] & c.placeless[j] & (c.high[i] < c.low[j] * (1.0 - PART_SHORTFALL))  # type: ignore[no-any-return]


def _country_similarity(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """0 when the two figures are stated in places of two different countries; else NaN."""
    ca, cb = c.country[i], c.country[j]
    return np.where((ca >= 0) & (cb >= 0), np.where(ca == cb, 1.0, 0.0), np.nan)


class _TextSimilarity:
    """token_set_ratio (0..1) between the texts of two codes, each unordered pair scored once
    per call (the ratio is symmetric) and in bulk, over ``workers`` threads; NaN where a text
    is None.

    Up to ``DENSE`` distinct texts (what is counted, events, places, sources: a corpus repeats
    them), the scores are kept in a table indexed by the pair, for every later call.
    """

    DENSE = 256

    def __init__(self, texts: list[str | None], workers: int) -> None:
        self.texts = texts
        self.workers = workers
        m = len(texts)
        self.table = np.full(m * m, np.nan) if m <= self.DENSE else None
        self.scored = np.zeros(m * m, dtype=bool) if m <= self.DENSE else None

    def __call__(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        m = len(self.texts)
        keys = np.minimum(x, y).astype(np.int64) * m + np.maximum(x, y)
        if self.table is not None and self.scored is not None:
            new = np.unique(keys[~self.scored[keys]])
            self.table[new] = self._score(new)
            self.scored[new] = True
            return self.table[keys]
        distinct, where = _distinct(keys)
        return self._score(distinct)[where]

    def _score(self, keys: np.ndarray) -> np.ndarray:
        m = len(self.texts)
        pairs = [(self.texts[k // m], self.texts[k % m]) for k in keys.tolist()]
        scorable = [n for n, (p, q) in enumerate(pairs) if p is not None and q is not None]
        out = np.full(len(pairs), np.nan)
        if scorable:
            out[scorable] = process.cpdist(
                [pairs[n][0] for n in scorable],
                [pairs[n][1] for n in scorable],
                scorer=fuzz.token_set_ratio,
                processor=None,  # the texts went through default_process once, when coded
                dtype=np.float64,
                workers=self.workers,
            ) / 100.0
        return out


def _distinct(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, return_inverse=True)`` for non-negative integers, by a plain sort of key
    and position packed into one integer (several times faster than the argsort np.unique uses)."""
    shift = max(1, len(keys).bit_length())
    if len(keys) == 0 or int(keys.max()).bit_length() + shift > 62:
        return np.unique(keys, return_inverse=True)  # type: ignore[no-any-return]
    packed = np.sort((keys << shift) | np.arange(len(keys), dtype=np.int64))
    key = packed >> shift
    new = np.ones(len(key), dtype=bool)
    new[1:] = key[1:] != key[:-1]
    where = np.empty(len(key), dtype=np.int64)
    where[packed & ((1 << shift) - 1)] = np.cumsum(new) - 1
    return key[new], where


def _counted_similarity(c: _Columns, i: np.ndarray, j: np.ndarray, words: _TextSimilarity) -> np.ndarray:
    """How alike what the two figures count, each read as its counted phrase or, for a count of
    holders, as the things they hold (see :func:`_possession`): the better reading wins."""
    similarity = words(c.counted[i], c.counted[j])
    held_i, held_j = c.possession[i], c.possession[j]
    # NaN where a side holds nothing: fmax keeps the plain reading there
    similarity = np.fmax(similarity, words(held_i, c.counted[j]))
    return np.fmax(similarity, words(c.counted[i], held_j))


#: hedge classes that state a figure rather than bound it (see ``figures_of_one_article``)
_TOLD_AS_A_FIGURE = frozenset({"exact", "approx", "range"})

_BEFALL_BITS = sum(_CLASS_BITS[name] for name in _BEFALL_PEOPLE)


def _who_befell_it(c: _Columns, i: np.ndarray, j: np.ndarray, closeness: np.ndarray) -> np.ndarray:
    """True where one of two agreeing figures of one thing that befalls people ("died") counts
    just "people" and the other says which people ("75 climbers were reported dead", "75
    people died"): "people" says nothing of who they were, so what is counted neither joins nor
    parts the two. Not for figures that differ: "12 children" among "40 people" dead is a part."""
    shared = c.event_classes[i] & c.event_classes[j] & _BEFALL_BITS
    return (c.people_only[i] != c.people_only[j]) & (shared != 0) & (closeness >= BORROW_CLOSENESS)


def _counted_clash(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """``COUNTED_CLASH`` where the two counted phrases share a word and each has one the other
    lacks (decided once per distinct pair of phrases), or where only one of them joins two
    things; NaN elsewhere."""
    texts = c.texts["counted"]
    m = max(len(texts), 1)
    x, y = c.counted[i].astype(np.int64), c.counted[j].astype(np.int64)
    keys = np.minimum(x, y) * m + np.maximum(x, y)
    if len(keys) == 0:
        return np.full(0, np.nan)
    distinct, where = _distinct(keys)
    out = np.full(len(distinct), np.nan)
    for n, key in enumerate(distinct.tolist()):
        a, b = texts[key // m], texts[key % m]
        if a is None or b is None or a == b:
            continue
        wa, wb = set(a.split()), set(b.split())
        if wa & wb and wa - wb and wb - wa:
            out[n] = COUNTED_CLASH
    # "homes and buildings" against "homes": one side counts two things together, not one of them
    one_joins_two = (c.coordinated[i] != c.coordinated[j]) & (c.counted[i] != c.counted[j])
    return np.where(one_joins_two, COUNTED_CLASH, out[where])


#: How close two figures must be (see :func:`_closeness`) for a bare one to borrow the other's
#: frame from its own sentence: "$4.04 billion" and "$4 billion", not $61.2bn and $35.7bn.
BORROW_CLOSENESS = 0.9


def _borrowed_frame(c: _Columns, i: np.ndarray, j: np.ndarray, closeness: np.ndarray) -> np.ndarray:
    """True where one figure is a bare share or amount (see ``UNFRAMED_KINDS``), or a count
    that names nothing counted ("below forecasts of 80,000"), whose sentence holds every word
    of what the other, framed figure counts, and the two figures agree: "EU fines Vantor $4
    billion" and "a $4.04 billion fine"; "412 employees, or about 8 percent, of its workforce"
    and "8 percent of workforce"; "employers added jobs, below forecasts of 80,000" and "the
    80,000 jobs expected". The sentence says what the bare figure
    measures, even where the frame reader missed it; agreeing figures make it the same."""
    out = np.zeros(len(i), dtype=bool)
    for k in np.flatnonzero((c.bare[i] != c.bare[j]) & (closeness >= BORROW_CLOSENESS)).tolist():
        framed, bare = (c.claims[int(i[k])], c.claims[int(j[k])])
        if c.bare[i[k]]:
            framed, bare = bare, framed
        out[k] = _says_what_it_counts(bare.sentence, framed.counted)
    return out


@lru_cache(maxsize=65536)
def _says_what_it_counts(sentence: str, counted: str | None) -> bool:
    """Every meaningful word of ``counted`` is in ``sentence`` (by stem, or as the verb its noun
    is made from: "18 percent contained" says what "containment of 18 percent" counts)."""
    wanted = {_without_final_e(w) for w in content_stems(counted or "")} - {_without_final_e(stem(w)) for w in _CHANGE_WORDS}
    have = {_without_final_e(w) for w in content_stems(sentence)}
    return bool(wanted) and all(w in have or any(_one_root(w, h) for h in have) for w in wanted)


def _without_final_e(stem_: str) -> str:
    """A stem without the silent "e" that "-ing" and "-ed" drop: "vote" meets "voting" ("vot")."""
    return stem_[:-1] if len(stem_) > 3 and stem_.endswith("e") else stem_


#: letters a stem must have to be read as the root of a longer word
ROOT_LETTERS = 5


def _one_root(a: str, b: str) -> bool:
    """One stem begins the other and is long enough to be a root: "contain" and "containment",
    "evacuat" and "evacuation", not "rate" and "ratepayer"."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= ROOT_LETTERS and long_.startswith(short)


def _similarities(columns: _Columns, workers: int) -> dict[str, _TextSimilarity]:
    return {name: _TextSimilarity(texts, workers) for name, texts in columns.texts.items()}


_NO_CLOSENESS_FROM = 10**VALUE_FALLOFF * (1 + 1e-9)


def _closeness(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """1 when the figures' intervals meet, falling by 1 per ``VALUE_FALLOFF`` orders of
    magnitude between them (counts with ``COUNT_SLACK`` added), to 0; times ``VAGUE_EVIDENCE``
    when one of them is vague.

    On a log scale, so 800,000 vs 485,000 (0.2 orders apart) stays close while a week's 20,000
    against a running 80,000 (0.6 orders) and anything ten times larger (0) fall away.
    """
    a0, a1, b0, b1 = c.low[i], c.high[i], c.low[j], c.high[j]
    out = np.full(len(i), np.nan)
    known = ~(np.isnan(a0) | np.isnan(b0))
    meet = known & (a0 <= b1) & (b0 <= a1)
    out[meet] = 1.0
    apart = np.flatnonzero(known & ~meet)
    below = a1[apart] < b0[apart]
    slack = np.where(c.count[i[apart]], COUNT_SLACK, 0.0)
    near_low = np.where(below, a1[apart], b1[apart]) + slack
    near_high = np.where(below, b0[apart], a0[apart]) + slack
    with np.errstate(divide="ignore"):
        ratio = near_high / near_low  # inf from a zero: as far apart as can be
    # A figure on a log scale is already an order of magnitude: its gap is a difference.
    per_unit = c.orders_per_unit[i[apart]]
    logarithmic = (per_unit > 0) & (per_unit == c.orders_per_unit[j[apart]])
    if logarithmic.any():
        ratio = np.where(logarithmic, 10.0 ** np.minimum((near_high - near_low) * per_unit, 3.0), ratio)
    # Past 10 ** VALUE_FALLOFF (with room for rounding) the closeness is 0 without a logarithm;
    # below, math.log10 rather than numpy's: the same figure whatever the platform's vector maths.
    near = np.flatnonzero(ratio < _NO_CLOSENESS_FROM)
    orders = np.fromiter(map(math.log10, ratio[near].tolist()), dtype=np.float64, count=len(near))
    closeness = np.zeros(len(apart))
    closeness[near] = np.maximum(0.0, 1.0 - orders / VALUE_FALLOFF)
    out[apart] = closeness
    return np.where(c.vague[i] != c.vague[j], out * VAGUE_EVIDENCE, out)


_DECIMAL_PART = re.compile(r"\d[.,·](\d+)$")


def _decimals(claim: Claim) -> int:
    """Digits after the decimal point of an exact count or share ("26.01%": 2, "26%": 0); -1 for
    any other figure, or when the number's own text is not at hand."""
    q = claim.quantity
    # a measure or an amount may be one figure in two units ("50 mph (80 km/h)")
    if q.kind not in ("count", "percent") or q.hedge_class != "exact" or q.number_start < 0 or q.value is None:
        return -1
    number = claim.text[q.number_start - claim.start : q.number_end - claim.start].strip()
    if not number or not number[0].isdigit() or not number[-1].isdigit():
        return -1
    m = _DECIMAL_PART.search(number)
    # "4,200" is a thousands group, not a decimal part
    return len(m.group(1)) if m and len(m.group(1)) != 3 else 0


#: Significant digits from which one exact figure in two articles ("$73.81 billion", "35.82%")
#: is one quantity retold, whatever their words say of it: outlets copy such a figure, and two
#: quantities of one story seldom share four digits.
PRECISE_DIGITS = 4


def _filled(similarity: np.ndarray, where: np.ndarray) -> np.ndarray:
    """``similarity`` with 1.0 where it is unknown (NaN) and ``where`` holds."""
    return np.where(np.isnan(similarity) & where, 1.0, similarity)


def _precise(claim: Claim) -> bool:
    q = claim.quantity
    if q.hedge_class != "exact" or q.number_start < 0 or q.value is None:
        return False
    number = claim.text[q.number_start - claim.start : q.number_end - claim.start]
    digits = "".join(ch for ch in number if ch.isdigit()).lstrip("0")
    if "." not in number:
        digits = digits.rstrip("0")  # "4,000" is told to one digit, "4,012" to four
    return len(digits) >= PRECISE_DIGITS


def _same_precision_apart(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Both figures are exact and told to the same digit, and their values differ."""
    return (c.decimals[i] >= 0) & (c.decimals[i] == c.decimals[j]) & (c.low[i] != c.low[j])


def _stale(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """``i`` is dated and ends long before the article of ``j``, which gives no date."""
    return c.dated[i] & ~c.dated[j] & (c.published[j] > 0) & (c.date_to[i] < c.published[j] - STALE_DAYS)


def _time_similarity(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """1 when the scopes overlap and cover like spans, 0 when disjoint, 0.2 when one is a small
    part of the other; NaN when either has no dates."""
    from_a, to_a, from_b, to_b = c.date_from[i], c.date_to[i], c.date_from[j], c.date_to[j]
    len_a, len_b = to_a - from_a + 1, to_b - from_b + 1
    disjoint = np.maximum(from_a, from_b) > np.minimum(to_a, to_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        nested = np.minimum(len_a, len_b) / np.maximum(len_a, len_b) < 0.4
    # "In 2023" mostly places an event in its year rather than bounding a count, so a month or
    # week inside that year neither joins nor parts the two; a week's figure inside a
    # month-long running count is another quantity.
    longer_is_year = np.where(len_a > len_b, c.calendar_year[i], c.calendar_year[j])
    out = np.where(disjoint, 0.0, np.where(nested, np.where(longer_is_year, np.nan, 0.2), 1.0))
    # Without two dates, the days the scopes name by month and day: other months, or other days
    # of one month, are disjoint; one month, or one day, meet; a day and its month say nothing.
    month_a, month_b, day_a, day_b = c.month[i], c.month[j], c.day[i], c.day[j]
    named = (month_a > 0) & (month_b > 0)
    by_name = np.where(
        month_a != month_b, 0.0, np.where(day_a == day_b, 1.0, np.where((day_a > 0) & (day_b > 0), 0.0, np.nan))
    )
    out = np.where(c.dated[i] & c.dated[j], out, np.where(named, by_name, np.nan))
    # two running counts taken on other days ("as of 3 October", "as of 17 October") are two
    # moments of the count, as a count for one day and one for another are
    both_as_of = (c.as_of[i] > 0) & (c.as_of[j] > 0)
    out = np.where(both_as_of, np.where(c.as_of[i] == c.as_of[j], 1.0, 0.0), out)
    # two figures that differ, read at other stages of a count ("with 62% of votes counted",
    # "with 85% of the ballots counted"), are two moments of a partial result
    with np.errstate(invalid="ignore"):
        other_stage = np.abs(c.stage[i] - c.stage[j]) > STAGE_SLACK
    differ = ~((c.low[i] == c.low[j]) & (c.high[i] == c.high[j]))
    return np.where(other_stage & differ, 0.0, out)


#: Points of the share counted within which two partial results are read at one stage of the
#: count: "more than 97 percent" and "97.84%" are one moment of the count.
STAGE_SLACK = 2.0
_PCT = r"(\d{1,2}(?:\.\d+)?|100)\s*(?:%|per\s*cent\b|percent\b)"
_STAGE_HEDGE = r"(?:(?:more\s+than|over|just\s+over|nearly|almost|about|around|some|roughly)\s+)?"
#: how far a count had gone when a partial result was read: "with 85% of the ballots counted",
#: "results in from 11.3% of polling stations", "of the confirmed 62 per cent of votes cast"
_COUNT_STAGE = re.compile(
    rf"\b{_STAGE_HEDGE}{_PCT}\s+of\s+(?:the\s+)?(?:(?:votes?|ballots?)\s+(?:cast\s+)?(?:counted|tallied|processed|"
    rf"declared|reported)|results\s+(?:in|counted|declared|reported))\b"
    rf"|\bfrom\s+{_STAGE_HEDGE}{_PCT}\s+of\s+(?:the\s+)?(?:polling\s+stations|precincts|voting\s+districts|"
    rf"constituencies|polling\s+places)\b"
    rf"|\b(?:confirmed|counted|declared)\s+{_STAGE_HEDGE}{_PCT}\s+of\s+(?:the\s+)?(?:votes?|ballots?)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def count_stage(sentence: str) -> float | None:
    """The share of the count (in percent) a sentence says its partial results were read at;
    None when it says none, or two."""
    if "%" not in sentence and "cent" not in sentence.lower():
        return None  # every stage is a share: most sentences are passed without a scan
    found = {float(next(g for g in m.groups() if g)) for m in _COUNT_STAGE.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def article_stages(claims: Sequence[Claim]) -> list[float | None]:
    """Each claim's stage of the count: its sentence's, else its article's when the article
    reads its partial results at one stage only; none for a claim of a named year (a past
    election's "54.5% in 2019" is read at no stage of this count)."""
    own = [count_stage(c.sentence) for c in claims]
    by_article: dict[str, set[float]] = defaultdict(set)
    for c, stage in zip(claims, own, strict=True):
        if stage is not None:
            by_article[c.article].add(stage)
    one = {article: max(stages) for article, stages in by_article.items() if max(stages) - min(stages) <= STAGE_SLACK}
    return [None if _of_a_year(c) else stage if stage is not None else one.get(c.article)
            for c, stage in zip(claims, own, strict=True)]


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _of_a_year(claim: Claim) -> bool:
    """The claim's time names a year ("in 2019", "the 2014 election"): a past result, read at no
    stage of this count ("Wednesday's election" is this count's own day)."""
    return claim.time is not None and bool(_A_YEAR.search(claim.time.text))


def _as_of(claim: Claim) -> int:
    """The day (proleptic ordinal) a running count stood at its figure, when its scope says so
    ("as of 3 October", "so far, until 5 May"): a resolved scope that ends on a day and
    starts nowhere; 0 otherwise."""
    t = claim.time
    if t is None or not t.resolved or t.relation != "until" or t.date_from is not None or t.date_to is None:
        return 0
    return t.date_to.toordinal()


#: Event classes that say only that someone got a figure ("won 54%", "secured 36%"): whose it is
#: tells two candidates' shares apart, so sharing the class alone joins only agreeing figures
_GETTING = _CLASS_BITS["gained"]


def _event_similarity(
    c: _Columns, i: np.ndarray, j: np.ndarray, words: _TextSimilarity, closeness: np.ndarray
) -> np.ndarray:
    """By event class when both events have one (1 when they share one, else 0.15), else by
    words. Two events that share no class but gaining ("won about 40%", "securing nearly 59%")
    are one event only for figures that agree (``BORROW_CLOSENESS``), else go by words."""
    ca, cb = c.event_classes[i], c.event_classes[j]
    shared = ca & cb
    by_words = words(c.event[i], c.event[j])
    by_class = np.where(shared != 0, 1.0, 0.15)
    getting_only = (shared == _GETTING) & ~(closeness >= BORROW_CLOSENESS)
    by_class = np.where(getting_only, np.maximum(by_words, 0.15), by_class)
    return np.where((ca != 0) & (cb != 0), by_class, by_words)


#: Event classes that say by how much something grew or shrank: "*shed* 12,000 positions",
#: "*added* 73,000 jobs", "*lowered* its estimate by 258,000". Such a figure is itself a change,
#: so it may be the one that "jobs fell by 12,000" tells as a change of a level.
_CHANGE_CLASSES = _CLASS_BITS["cut"] | _CLASS_BITS["hired"] | _CLASS_BITS["lowered"] | _CLASS_BITS["raised"]


def _one_kind_of_change(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """False where one figure is a change of a level ("the list fell by 300") and the other a
    level ("300 missing"); a change and a figure whose event is a growing or shrinking ("fell by
    12,000", "shed 12,000 positions") may be one quantity."""
    flows_i = (c.event_classes[i] & _CHANGE_CLASSES) != 0
    flows_j = (c.event_classes[j] & _CHANGE_CLASSES) != 0
    return (c.change[i] == c.change[j]) | (c.change[i] & flows_j) | (c.change[j] & flows_i)


def _attribution_similarity(c: _Columns, i: np.ndarray, j: np.ndarray, words: _TextSimilarity) -> np.ndarray:
    """1 when both name the same source; otherwise no evidence either way (NaN, left out).

    Outlets quote different people for one figure all the time, so a different source must not
    count against a link; the same named source ("the United Nations", "United Nations data")
    is evidence for it.
    """
    same = (c.source[i] == c.source[j]) | (words(c.source[i], c.source[j]) >= ATTRIBUTION_MATCH)
    return np.where(same & c.named[i] & c.named[j], 1.0, np.nan)


def _forecaster_similarity(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """For two forecasts that both say who makes them: 0 when neither one's source shows in the
    other's sentence (see ``FORECASTERS_DIFFER``), else 1; NaN for any other pair. By the other's
    sentence, not its source alone: one forecaster is told loosely ("Corwin's", "the latest figures
    from Corwin's Risk Models"), and the source read may be a piece of the name."""
    texts = c.texts["teller"]
    out = np.full(len(i), np.nan)
    both = c.projection[i] & c.projection[j] & (c.teller[i] >= 0) & (c.teller[j] >= 0)
    for k in np.flatnonzero(both).tolist():
        a, b = c.teller[i[k]], c.teller[j[k]]
        if texts[a] is None or texts[b] is None:
            continue
        x, y = c.claims[int(i[k])], c.claims[int(j[k])]
        out[k] = 1.0 if a == b or _names_in(x.attribution, y.sentence) or _names_in(y.attribution, x.sentence) else 0.0
    return out


def _names_in(attribution: Attribution | None, sentence: str) -> bool:
    """A word of the source's that says who it is (not "officials", "a forecast") is in the sentence."""
    return bool(_own_words(attribution) & set(content_stems(sentence)))


def _one_turnout(c: _Columns, i: np.ndarray, j: np.ndarray, turnouts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs of protest turnouts (``turnouts``) are one crowd's, and which of those one
    article tells. A story of a protest movement tells many turnouts (each city's, each day's),
    often without a place or a day, so two count as one crowd only when they name one place (or
    neither names any, or one names none and the other the whole country) and one day (or one
    names none and the other the day of its article's news, see :func:`_of_the_news_day`):
    "14,800 in the city, the union claimed 23,000" are rival estimates, and so are "3.4 million
    marched" and "1.1 million across Veskia on Saturday" in a Sunday article; "the capital's
    119,000" and a nationwide million, or Tuesday's march and Saturday's, or a turnout of weeks
    before and an undated one, are not. Two such figures in one article ("3.5 million according
    to the union, 1.1 million according to the ministry", or the two told in two sentences) are
    the article reporting a disagreement, not contradicting itself."""
    one = np.zeros(len(i), dtype=bool)
    in_one_article = np.zeros(len(i), dtype=bool)
    k = np.flatnonzero(turnouts)
    if not len(k):
        return one, in_one_article
    a, b = i[k], j[k]
    same_place = np.array([c.places[x] == c.places[y] for x, y in zip(a.tolist(), b.tolist(), strict=True)], dtype=bool)
    # one names no place and the other the whole country: a story's turnout told without a
    # place is the nation's, as a city's never is
    place = same_place | (c.placeless[a] & (c.whole_country[b] > 0)) | (c.placeless[b] & (c.whole_country[a] > 0))
    timed_a, timed_b = c.said_when[a] >= 0, c.said_when[b] >= 0
    news = c.news_day[a] & c.news_day[b]  # an undated turnout is of the news day
    days_may_meet = np.where((c.weekday[a] >= 0) & (c.weekday[b] >= 0), c.weekday[a] == c.weekday[b],
                             c.article[a] != c.article[b])
    # two times written apart that are not two unresolved news days that may meet ask their dates
    asks_dates = timed_a & timed_b & (c.said_when[a] != c.said_when[b]) \
        & ((c.time_resolved[a] & c.time_resolved[b]) | ~news | ~days_may_meet)
    met = place & ((timed_a == timed_b) | news)
    check = met & asks_dates
    if check.any():
        met[check] = _time_similarity(c, a[check], b[check]) == 1.0
    one[k] = met
    in_one_article[k] = met & (c.article[a] == c.article[b])
    return one, in_one_article


_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: a day told from the article's own ("today", "yesterday", "on Thursday", "last night"):
#: unresolved when the article gives no date, but the day its news is of all the same
_DAY_OF_THE_NEWS = re.compile(
    r"(?:on\s+|this\s+|last\s+)?(?:today|tonight|yesterday|(?:this|last)\s+(?:morning|afternoon|evening|night)"
    rf"|{_WEEKDAY_NAME})(?:,?\s+[a-z]+\s+\d{{1,2}}|,?\s+\d{{1,2}}\s+[a-z]+)?",
    re.I,
)
#: days before its article's date a turnout may be told and still be the news of that article
NEWS_DAYS = 2


def _of_the_news_day(claim: Claim, published: int) -> bool:
    """The turnout ``claim`` is told of its article's own day (``published``, an ordinal; 0
    unknown) or the day or two before ("on Saturday" in a Sunday article, an undated article's
    "today"): the day whose turnout a story tells without a date. Not a day named further back
    ("on January 19"), nor a day of an article of no known date ("on 12 April"), which may be any."""
    t = claim.time
    if t is None:
        return True
    if t.resolved and t.date_to is not None and published > 0:
        return 0 <= published - t.date_to.toordinal() <= NEWS_DAYS
    return not t.resolved and _DAY_OF_THE_NEWS.fullmatch(t.text.strip()) is not None


_WEEKDAY = re.compile(rf"\b{_WEEKDAY_NAME}\b", re.I)


def _weekday(claim: Claim) -> str | None:
    """The weekday a figure's time names ("on Saturday"), lower-cased. Two days told from their
    articles' own (see ``_DAY_OF_THE_NEWS``), one of them unresolved, may be one day: not two
    weekdays ("on Saturday", "on Sunday"), nor, in one article, two words ("today",
    "yesterday"); across articles, "today" in one is "yesterday" in the next day's (see
    :func:`_one_turnout`)."""
    day = _WEEKDAY.search(claim.time.text) if claim.time is not None else None
    return day.group().lower() if day else None


def _counters_of_one_article(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """0 where one article gives two figures that disagree, one of them from a count someone
    keeps ("412, according to a wire agency's count", "390 at the city morgue, officials said"):
    a tally is its counter's own figure, so the article reports two counts, not one quantity it
    contradicts itself on. Not for two tellers of one figure ("police said 30", "a witness said
    20-25": the article reports a disagreement). A teller's own words (not "officials") must
    name one of them, and neither's may show in the other's sentence: one counter told twice
    ("the agency's tally", "the agency said") is one count. NaN for any other pair."""
    texts = c.texts["teller"]
    out = np.full(len(i), np.nan)
    # figures that disagree outright: not "tens of thousands" against "more than 80,000"
    disagree = ((c.high[i] < c.low[j]) | (c.high[j] < c.low[i])) & ~c.vague[i] & ~c.vague[j]
    both = (c.article[i] == c.article[j]) & disagree & (c.teller[i] >= 0) & (c.teller[j] >= 0)
    for k in np.flatnonzero(both).tolist():
        a, b = int(c.teller[i[k]]), int(c.teller[j[k]])
        if a == b or texts[a] is None or texts[b] is None:
            continue
        x, y = c.claims[int(i[k])], c.claims[int(j[k])]
        if not (_is_tally(x.attribution) or _is_tally(y.attribution)):
            continue  # "police said 30", "a witness said 20-25": two tellers of one figure
        if not (_own_words(x.attribution) or _own_words(y.attribution)):
            continue  # "officials" and "authorities": perhaps the same people, told loosely
        if not (_names_in(x.attribution, y.sentence) or _names_in(y.attribution, x.sentence)):
            out[k] = 0.0
    return out


#: a source that is a count someone keeps ("an agency's tally", "by a wire count")
_TALLY_WORDS = frozenset("count counts tally tallies".split())


def _is_tally(attribution: Attribution | None) -> bool:
    return attribution is not None and bool(_TALLY_WORDS & set(attribution.source.lower().replace("'s", "").split()))


def _own_words(attribution: Attribution | None) -> frozenset[str]:
    """The stems of a source that say who it is (not "officials", "a forecast")."""
    if attribution is None:
        return frozenset()
    return frozenset(content_stems(attribution.source)) - _UNNAMED_SOURCE_WORDS - _HOW_GOT


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _NOT_IN_INITIALS)


#: words an abbreviation leaves out ("Bank of England", BoE; "Party of the Regions", PoR)
_NOT_IN_INITIALS = frozenset({"of", "the", "and", "for", "de", "la"})


#: token_set_ratio (0..1) at which two holders' own words, past what kind of body they are, are one
#: name spelled two ways ("Labor Party", "Labour Party")
BODY_NAME_MATCH = 0.8
#: words that say what kind of body a party or list is, not which one
_BODY_WORDS = frozenset("party parties movement alliance bloc block coalition union front list league".split())


def _without_body_words(name: str) -> str:
    return " ".join(w for w in name.split() if w not in _BODY_WORDS)


def _holder_similarity(c: _Columns, i: np.ndarray, j: np.ndarray, words: _TextSimilarity) -> np.ndarray:
    """How alike the two figures' holders' names are (NaN unless both name one); a name and its
    abbreviation ("African Unity Party", "AUP") are one holder. Two figures of two nationalities
    ("14 Veskian visitors", "13 visitors" in "officials in the Ostrian Highlands said") are two
    holders' (0), whatever else they name."""
    out = words(c.holder[i], c.holder[j])
    for k in np.flatnonzero(out < 0.5).tolist():
        a, b = words.texts[c.holder[i[k]]], words.texts[c.holder[j[k]]]
        if a and b and (_initials(a) == b.replace(" ", "") or _initials(b) == a.replace(" ", "")):
            out[k] = 1.0
    # two names that share only what kind of body they are ("the Harbour Party", "the Labour
    # Party"; "Civic Union", "Farmers' Union") are two holders: weighed without those words
    for k in np.flatnonzero((out >= 0.5) & (out < 1.0)).tolist():
        a, b = words.texts[c.holder[i[k]]], words.texts[c.holder[j[k]]]
        if a and b and not _is_generic_holder(a) and not _is_generic_holder(b):
            a_own, b_own = _without_body_words(a), _without_body_words(b)
            own = fuzz.token_set_ratio(a_own, b_own) / 100 if a_own and b_own else 1.0
            # their own words differ past a spelling ("Labor", "Labour"): "Harbour", "Labour"
            out[k] = min(out[k], own) if own >= BODY_NAME_MATCH else 0.0
    # a party told by its place in the race ("the ruling party", see _holder) may be any party's
    # name, so meets a name unweighed; two such are weighed without the article they share
    generic = np.array([_is_generic_holder(t) for t in words.texts], dtype=bool)
    if generic.any():
        hi, hj = c.holder[i], c.holder[j]
        for k in np.flatnonzero(generic[hi] | generic[hj]).tolist():
            a, b = words.texts[hi[k]], words.texts[hj[k]]
            if a and b:
                both = generic[hi[k]] and generic[hj[k]]
                if both:
                    out[k] = fuzz.token_set_ratio(a[4:], b[4:]) / 100
                else:
                    # ... unless its own article gives that name another figure: "X came top with
                    # 26.01%; the centre-left coalition came second with 25.99%"
                    rivals = c.rivals[int(i[k])] | c.rivals[int(j[k])]
                    out[k] = 0.0 if hi[k] in rivals or hj[k] in rivals else np.nan
    named = np.array([t is not None for t in c.texts["nationality"]], dtype=bool)
    na, nb = c.nationality[i], c.nationality[j]
    for k in np.flatnonzero(named[na] & named[nb] & (na != nb)).tolist():
        a, b = c.texts["nationality"][na[k]], c.texts["nationality"][nb[k]]
        if not set(a.split()) & set(b.split()):
            out[k] = 0.0
    return out


def _no_whole_against_a_part(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """False where one figure is the whole a part is out of ("won 115 seats out of 200") and the
    other a count someone won or holds ("the alliance won 200 seats"); a whole and a figure that
    only tells the size of that whole ("the chamber's 200 senators", "the remaining 75 seats are
    contested") may be one quantity."""
    return (c.whole[i] == c.whole[j]) | (c.whole[i] & ~c.won[j]) | (c.whole[j] & ~c.won[i])


def _pair_features(
    c: _Columns, i: np.ndarray, j: np.ndarray, *, words: dict[str, _TextSimilarity]
) -> dict[str, np.ndarray]:
    """The features of the pairs ``(i[k], j[k])``, NaN where a pair has no such feature.

    ``same_article_penalty`` is set only when one article gives two different figures (usually
    two quantities; an article that contradicts itself still links on the strength of
    everything else).
    """
    nan = np.nan
    closeness = _closeness(c, i, j)
    same_article = c.article[i] == c.article[j]
    location = _location_similarity(c, i, j, words["place"])
    tallies = c.tally[i] * c.tally[j]  # 1 * 2: a running total and an episode
    context = words["context"](c.context[i], c.context[j])
    attribution = _attribution_similarity(c, i, j, words["source"])
    borrowed = _borrowed_frame(c, i, j, closeness)
    holder = _holder_similarity(c, i, j, words["holder"])
    # one named holder of two agreeing figures says whose share it is ("Hale garnered 35.8%",
    # "Hale secured 35.8% of the votes"), as one named source does
    held = (holder >= 0.9) & (closeness >= BORROW_CLOSENESS)
    # One figure, to the last digit, in two articles: an earlier value in one ("the firm had
    # earlier put losses at $35-55 billion") is the then-current value of an article written
    # before it ("losses will range between $35 billion and $55 billion").
    same_figure = (c.low[i] == c.low[j]) & (c.high[i] == c.high[j])
    one_figure_retold = ~same_article & same_figure
    one_exact_figure = same_figure & (c.low[i] == c.high[i])  # both exact and the same to the unit
    # one precise figure retold in another article names its quantity as well as words would
    retold_precisely = one_figure_retold & c.precise[i] & c.precise[j]
    # two counts of the people at one gathering (or of the number it was allowed), told as
    # people, devotees or a crowd: the frame says what is counted and the event (see GATHERING_FLOOR)
    turnouts = (c.gathering[i] == _TURNOUT) & (c.gathering[j] == _TURNOUT)
    one_turnout, told_in_one_article = _one_turnout(c, i, j, turnouts)
    one_gathering = (c.gathering[i] != 0) & (c.gathering[i] == c.gathering[j]) & (~turnouts | one_turnout)
    crowd_counted = one_gathering & (c.a_crowd[i] | c.a_crowd[j] | c.bare[i] | c.bare[j])
    unframed = ~(c.framed[i] & c.framed[j]) & ~(context >= UNFRAMED_CONTEXT) & ~(attribution == 1.0) & ~borrowed & ~held \
        & ~retold_precisely
    return {
        "same_article_penalty": np.where(same_article & (closeness < 1.0) & ~told_in_one_article,
                                         SAME_ARTICLE_DIFFERENT_FIGURE, nan),
        "tally_penalty": np.where(tallies == 2, TALLY_AND_EPISODE, nan),
        "projection_penalty": np.where(c.projection[i] != c.projection[j], PROJECTION_AND_FACT, nan),
        "counted_clash": _counted_clash(c, i, j),
        # one specific thing measured, word for word (see SPECIFIC_FLOOR)
        "specific": np.where((c.counted[i] == c.counted[j]) & c.specific[i], 1.0, nan),
        "stale_penalty": np.where(_stale(c, i, j) | _stale(c, j, i), STALE_AND_UNDATED, nan),
        # ... and where one side says nothing of what it counts, the precise figure, or the one
        # named holder of two agreeing figures, says it for it
        "counted": np.where(
            borrowed | crowd_counted, 1.0, np.where(_who_befell_it(c, i, j, closeness), nan,
                                    _filled(_counted_similarity(c, i, j, words["counted"]), retold_precisely | held))
        ),
        "event": np.where(one_gathering, 1.0, _event_similarity(c, i, j, words["event"], closeness)),
        "place": words["place"](c.place[i], c.place[j]),
        "context": context,
        "time": _time_similarity(c, i, j),
        "value": closeness,
        "attribution": attribution,
        "forecaster": _forecaster_similarity(c, i, j),
        "location": location,
        "holder": holder,
        "country": _country_similarity(c, i, j),
        # Within one article, a part of a breakdown ("Of these, ...") is not the total, and
        # two figures stated in two places ("218 missing in Sri Lanka", "226 missing across
        # Sumatra") are a list by place, not the article contradicting itself.
        # (A part told as large as the other figure is no part of it: "9 hikers missing" and
        # "Among those still missing were 9 hikers" tell one group twice.)
        # A chamber's list seats, its district seats and all its seats are three counts, in any
        # two articles: "won 23 list seats" is a part of "won 89 seats", not the same figure.
        "part_and_whole": np.where((same_article & (c.breakdown[i] != c.breakdown[j]) & ~one_exact_figure)
                                   | ((c.seat_tier[i] != 0) & (c.seat_tier[j] != 0) & (c.seat_tier[i] != c.seat_tier[j])),
                                   0.0, nan),
        # So are a smaller figure stated in a named place and one that names no place ("360
        # destroyed in the north county", "520 destroyed" in all): a part by place and the whole.
        "counters_of_one_article": _counters_of_one_article(c, i, j),
        # So are two figures one article gives that plainly differ (more than copy rounds by),
        # unless they count what keeps happening, whose stages one article tells ("five dead
        # at first, 15 by evening"): "the economy added 73,000 jobs" and "health care added
        # 55,000 jobs" are the whole and a sector, whatever their like words. Only figures told
        # as figures: a bound ("more than a dozen") the article may well pin down later ("18").
        # Two exact figures to the same digit that differ ("26.01%" and "25.99%") differ too,
        # however close: an article does not round one figure two ways at one precision.
        "figures_of_one_article": np.where(
            same_article & ((closeness < BORROW_CLOSENESS) | _same_precision_apart(c, i, j))
            & c.told[i] & c.told[j] & ~c.running[i] & ~c.running[j] & ~told_in_one_article,
            0.0, nan,
        ),
        # (not two turnouts of one place: "3.5 million" and "1.1 million across Veskia" are the
        # nation's, no part of it)
        "places_of_one_article": np.where(
            same_article & (closeness < 1.0) & ~one_turnout
            & ((location < 0.5) | _part_by_place(c, i, j) | _part_by_place(c, j, i)),
            0.0, nan,
        ),
        # A mean ("an average of 4,000 a day") and a count are different statistics, a target
        # is not a tally, a change ("dropped by 200") is not a level ("200 missing"), an
        # earlier value ("the previous record fine of ...") is not the current one, the
        # whole a part is of ("154 of the 300 seats") is not a part, and a forecast ("could
        # reach 20,000") is not a count. Two earlier values that differ are two earlier stages
        # ("the initial toll of 91", "earlier, at least 94 were dead"), not one figure misread.
        "statistic": np.where(
            (c.average[i] == c.average[j]) & (c.target[i] == c.target[j]) & _one_kind_of_change(c, i, j)
            & (((c.prior[i] == c.prior[j]) & ~(c.prior[i] & (closeness < 1.0) & ~told_in_one_article)) | one_figure_retold)
            & _no_whole_against_a_part(c, i, j) & (c.forecast[i] == c.forecast[j])
            & ~_ahead_against_a_fact(c, i, j, same_figure),
            1.0, 0.0,
        ),
        # a share or an amount that says nothing of what it measures (see UNFRAMED_KINDS)
        "framing": np.where(unframed, 0.0, nan),
        # the people at a gathering are not the number it was allowed
        # a party's result for the Senate is not its result for the lower house
        "chamber": np.where((c.chamber[i] != 0) & (c.chamber[j] != 0) & (c.chamber[i] != c.chamber[j]), 0.0, nan),
        # two sums in dollars of two countries each named ("A$4 billion", "US$4 billion") are
        # two sums, however alike; a bare "$" is any country's dollar
        "currency": np.where((c.currency[i] >= 0) & (c.currency[j] >= 0) & (c.currency[i] != c.currency[j]), 0.0, nan),
        "gathering": np.where(one_gathering, 1.0,
                              np.where((c.gathering[i] != 0) & (c.gathering[j] != 0)
                                       & ((c.gathering[i] == _PERMITTED) != (c.gathering[j] == _PERMITTED)), 0.0, nan)),
    }


#: The features of a link, in the order its record lists them.
_FEATURES = (
    "same_article_penalty", "tally_penalty", "projection_penalty", "stale_penalty", "counted_clash", "specific", "counted",
    "event", "place", "context", "time", "value", "attribution", "forecaster", "location", "holder", "country", "part_and_whole",
    "places_of_one_article", "figures_of_one_article", "counters_of_one_article", "statistic", "framing", "gathering",
    "chamber",
    "currency",
)


def _ahead_against_a_fact(c: _Columns, i: np.ndarray, j: np.ndarray, same_figure: np.ndarray) -> np.ndarray:
    """One figure's time lies ahead (see _looks_ahead) and the other's is told as a fact of no
    time ahead: "over $30 billion next quarter" is not the quarter's "$24.2 billion". Another
    forecast may be the same outlook told without its time ("analysts expect $5 billion"), unless a
    result was measured against it ("beating expectations of 34%"): that one's period is over.
    One figure to the digit is one figure told with its time and without ("a $3 billion budget
    for the coming year", "a $3 billion budget"): ``same_figure`` says which pairs are one."""
    open_forecast = c.open_forecast
    return ~same_figure & (c.ahead[i] != c.ahead[j]) & ~np.where(c.ahead[i], open_forecast[j], open_forecast[i])


def _score_and_veto(features: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The link scores of many pairs, and which of them a veto capped (see :func:`link_score`)."""
    total = weight = np.zeros(len(features["context"]))
    for name, w in WEIGHTS.items():
        value = features[name]
        known = ~np.isnan(value)
        total = total + np.where(known, w * value, 0.0)
        weight = weight + np.where(known, w, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(weight > 0, total / weight, 0.0)
    # Closeness scales the score rather than joining the mean: when the words all agree (as they
    # do for every figure of a one-story corpus) they must not outvote figures far apart, yet a
    # gap alone never vetoes a link (the scale stops at VALUE_FLOOR).
    closeness = features["value"]
    floor = np.where(features["specific"] == 1.0, SPECIFIC_FLOOR, VALUE_FLOOR)
    floor = np.where(features["gathering"] == 1.0, GATHERING_FLOOR, floor)
    score = np.where(np.isnan(closeness), score, score * (floor + (1.0 - floor) * closeness))
    for penalty in ("same_article_penalty", "tally_penalty", "projection_penalty", "stale_penalty", "counted_clash"):
        factor = features[penalty]
        score = np.where(np.isnan(factor), score, score * factor)
    # Not a veto: with no gazetteer, "Derna" and "eastern Libya" look as far apart as
    # "Thailand" and "Sri Lanka"; enough to keep a pair out unless everything else agrees.
    score = np.where(features["location"] < 0.5, score * LOCATION_MISMATCH, score)
    score = np.where(features["forecaster"] < 0.5, score * FORECASTERS_DIFFER, score)
    capped = np.zeros(len(score), dtype=bool)
    for name, (below, cap) in VETOES.items():
        hit = features[name] < below  # NaN (no such feature) is never below
        score = np.where(hit, np.minimum(score, cap), score)
        if name not in CAPS_ONLY:
            capped |= hit
    return score, capped


def _as_arrays(features: dict[str, float | None]) -> dict[str, np.ndarray]:
    return {name: np.array([math.nan if features.get(name) is None else features[name]]) for name in _FEATURES}


def link_features(a: _Prepared, b: _Prepared) -> dict[str, float | None]:
    """The features of one pair (what :func:`align_claims` computes for many at once)."""
    columns = _columns([a, b])
    one, two = np.array([0]), np.array([1])
    features = _pair_features(columns, one, two, words=_similarities(columns, workers=1))
    return {name: None if math.isnan(v[0]) else float(v[0]) for name, v in features.items()}


def link_score(features: dict[str, float | None]) -> float:
    """Weighted mean over the features both sides have, then the vetoes (``VETOES``).

    A missing feature is left out, not zeroed: a claim without a place is not a different place.
    """
    return float(_score_and_veto(_as_arrays(features))[0][0])


def vetoed(features: dict[str, float | None]) -> bool:
    """True when a veto caps this pair: such a pair never ends up in one cluster."""
    return bool(_score_and_veto(_as_arrays(features))[1][0])


#: Claims by block: (kind and dimension, key word) -> positions, in the order first met.
BlockIndex = dict[tuple[tuple[str, str], str], list[int]]


def _index_blocks(prepared: Sequence[_Prepared], index: BlockIndex, offset: int = 0) -> None:
    """Add the claims ``prepared`` (at positions from ``offset`` on) to ``index``."""
    for i, p in enumerate(prepared, offset):
        # In sorted order (p.keys is), since the order of blocks is the order of the links in
        # the report.
        for key in p.keys:
            index[(p.block, key)].append(i)


def _blocks(index: BlockIndex, claims: Sequence[Claim]) -> Iterable[tuple[float, list[int]]]:
    """Claims sharing kind, unit and a key word, each block with the orders of magnitude its
    claims are compared across; a block grown past ``MAX_BLOCK`` is split again by the stems of
    the place, since at that size the key word alone says little."""
    for (_, key), members in index.items():
        if key.startswith(_FIGURE) and len(members) > MAX_FIGURE_BLOCK:
            continue  # a figure this common says little: its own frames block the claims that share it
        # a protest's turnouts are compared within an order of magnitude, like any figure: a
        # city's march and the nation's, or one day's and a week's, run that far apart
        reach = GATHERING_REACH if key.startswith(_GATHERING) and key != _GATHERING + "turnout" else 1.0
        if len(members) <= MAX_BLOCK:
            yield reach, members
            continue
        by_place: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for place in content_stems(claims[i].place or "") or ("",):
                by_place[place].append(i)
        for part in by_place.values():
            yield reach, part


def candidate_pairs(prepared: Sequence[_Prepared]) -> np.ndarray:
    """Pairs worth scoring, as rows ``(i, j)`` with ``i < j``: same kind and unit, within an order
    of magnitude, sharing a key word; each pair once, in the order blocks first meet it.

    Within a block, claims are sorted by magnitude and a claim meets the ones after it up to the
    first figure ten times larger; a block still larger than ``MAX_BLOCK`` compares each claim
    with its ``NEIGHBOURS`` nearest figures only (sorted neighbourhood), which keeps the work
    linear.
    """
    index: BlockIndex = defaultdict(list)
    _index_blocks(prepared, index)
    magnitudes = np.array([math.nan if p.magnitude is None else p.magnitude for p in prepared])
    return _pairs_in_blocks(index, magnitudes, [p.claim for p in prepared])


def _pairs_in_blocks(index: BlockIndex, magnitudes: np.ndarray, claims: Sequence[Claim]) -> np.ndarray:
    """:func:`candidate_pairs` from the claims' blocks and magnitudes (NaN: none)."""
    n = len(claims)
    # Claims without a figure first, then by magnitude, then by position.
    has_magnitude = ~np.isnan(magnitudes)
    sort_magnitude = np.where(has_magnitude, magnitudes, 0.0)
    # Each pair as one number, i * n + j: a claim shares several key words with its peers, so
    # a large corpus meets each pair about twice, and the pairs met run to tens of millions.
    found = [np.empty(0, dtype=np.int64)]
    for reach, block in _blocks(index, claims):
        if len(block) < 2:
            continue
        members = np.array(block, dtype=np.int32)
        ordered = members[np.lexsort((members, sort_magnitude[members], has_magnitude[members]))]
        x, y = _within_reach(len(ordered))
        m = magnitudes[ordered]
        near = ~(m[y] - m[x] > reach)  # sorted, so this is "up to the first ten times larger"; NaN: no magnitude
        i, j = ordered[x[near]], ordered[y[near]]
        key = np.minimum(i, j).astype(np.int64)
        key *= n
        key += np.maximum(i, j)
        found.append(key)
    keys = np.concatenate(found)
    del found
    keys = _distinct_in_order(keys)
    pairs = np.empty((len(keys), 2), dtype=np.int32)
    pairs[:, 0], pairs[:, 1] = np.divmod(keys, max(n, 1))
    return pairs


def _distinct_in_order(keys: np.ndarray) -> np.ndarray:
    """The distinct values of ``keys`` (non-negative int64), each where it first occurs, in that
    order: ``keys[np.sort(np.unique(keys, return_index=True)[1])]``. Works in ``keys`` itself
    (which it spoils): a plain sort of key and position packed into one integer, then of position
    and key, with no more than one other array as long as ``keys`` alive at a time."""
    size = len(keys)
    shift = max(1, size.bit_length())
    key_bits = int(keys.max()).bit_length() if size else 0
    if size == 0 or key_bits + shift > 62:
        return keys[np.sort(np.unique(keys, return_index=True)[1])]
    keys <<= shift
    keys |= np.arange(size, dtype=np.int64)
    keys.sort()
    first = np.ones(size, dtype=bool)
    first[1:] = np.diff(keys >> shift) != 0
    kept = keys[first]
    del keys, first
    # (key, position) -> (position, key): sorted, the keys come in order of first occurrence.
    position = kept & ((1 << shift) - 1)
    kept >>= shift
    position <<= key_bits
    kept |= position
    del position
    kept.sort()
    kept &= (1 << key_bits) - 1
    return kept


def _within_reach(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Positions ``(x, y)``, ``x < y``, of the pairs a block of ``size`` sorted claims compares,
    in the order x, then y."""
    if size <= MAX_BLOCK:
        return _triangle(size)
    # Not cached: a large block's arrays run to megabytes, and few large blocks share a size.
    x = np.repeat(np.arange(size, dtype=np.int32), NEIGHBOURS)
    y = x + np.tile(np.arange(1, NEIGHBOURS + 1, dtype=np.int32), size)
    return x[y < size], y[y < size]


@lru_cache(maxsize=MAX_BLOCK + 1)
def _triangle(size: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs ``(x, y)``, ``x < y``, of ``size`` items, as 32-bit positions (every size up to
    ``MAX_BLOCK`` kept, some 4 MB in all)."""
    x, y = np.triu_indices(size, 1)
    return x.astype(np.int32), y.astype(np.int32)


@dataclass(frozen=True, slots=True)
class Alignment:
    """Groups of claim ids (each a would-be cluster), and every link scored on the way."""

    groups: tuple[tuple[str, ...], ...]
    table: LinkTable

    @property
    def links(self) -> tuple[Link, ...]:
        """Every link as a record (a large alignment holds millions: see :mod:`crosscheck.links`)."""
        return tuple(self.table.links())


#: Pairs scored at once: large enough that numpy's per-call cost vanishes, small enough that
#: the arrays of one batch (some forty of them) stay near twenty megabytes.
BATCH = 1 << 16


def align_claims(claims: Sequence[Claim], articles: Sequence[Article], settings: Settings) -> Alignment:
    """Group the claims that report one quantity; the same groups and links whatever the input order."""
    # Ties between equal scores are broken by position, so fix the positions first.
    claims = sorted(claims, key=lambda c: (c.article, c.start, c.end, c.id))
    columns, index, magnitudes = _prepared_columns(claims, {a.id: a.published for a in articles})
    columns = replace(columns, holder=_holders_by_alias(columns.holder, columns.texts["holder"], articles))
    columns = replace(columns, rivals=_named_rivals(columns))
    words = _similarities(columns, workers=-1 if settings.jobs == 0 else settings.jobs)
    pairs = _pairs_in_blocks(index, magnitudes, claims)
    del index, magnitudes
    # Two figures in one sentence are two quantities: never scored, never merged; unless one
    # restates the other in other units ("120 km (75 miles)", "40.5C (105F)", "£3.1bn ($4.0bn)"),
    # or the two are rival estimates of one crowd ("40,000 by the union's count, 12,000 by the police's").
    same_sentence = np.flatnonzero(columns.sentence[pairs[:, 0]] == columns.sentence[pairs[:, 1]])
    keep = np.ones(len(pairs), dtype=bool)
    rows = pairs[same_sentence]
    keep[same_sentence] = _restated(claims, rows) | _rival_estimates(columns, rows)
    pairs = pairs[keep]
    del same_sentence, keep, rows
    a, b, scores, shown, vetoed = _scored_links(columns, pairs, words, settings.possible_threshold)
    # Only the table holds the links from here on: the candidate pairs, as long as it, would
    # otherwise stay alive through the linkage, the largest step of alignment.
    del pairs
    table = LinkTable(
        ids=tuple(c.id for c in claims),
        a=a[:shown],  # views: the linkage below reads the same arrays, weak pairs and all
        b=b[:shown],
        score=scores[:shown],
        merge_threshold=settings.merge_threshold,
        features_of=partial(_pair_features, columns, words=words),
    )
    one_sentence = _same_sentence_pairs(columns.sentence)
    one_quantity = _restated(claims, one_sentence) | _rival_estimates(columns, one_sentence)
    apart = np.concatenate([one_sentence[~one_quantity], vetoed])
    del vetoed, one_sentence, one_quantity  # alive through the linkage otherwise
    groups = average_linkage(len(claims), a, b, scores, apart[:, 0], apart[:, 1], settings.merge_threshold)
    return Alignment(groups=tuple(tuple(claims[i].id for i in sorted(g)) for g in groups), table=table)


#: a name and another name for it in brackets, as an outlet glosses a party's own name in
#: English or the other way round: "the Unione del Porto (Harbour Union)", "Harbour Union
#: (Unione del Porto)"; or with "known as": "Unione del Porto, known in English as Harbour Union"
#: the small words that join a name's capitalised words ("Unione *del* Porto", "Bank *of* Ostmark")
_NAME_JOINER_WORDS = "of the and de di del da la le des für y"
_NAME_JOINERS = frozenset(_NAME_JOINER_WORDS.split())
_ALIAS_NAME = rf"(?:[A-Z][\w'’-]*\s+(?:(?:{_NAME_JOINER_WORDS.replace(' ', '|')})\s+)?){{0,4}}[A-Z][\w'’-]*"
#: where a gloss starts: a bracket, or "known as"; the names are read around it (a pattern
#: starting with a name, or a search for either, was tried at every position of the corpus:
#: seconds for 10,000 articles; the two marks are found by ``str.find``)
_GLOSS = re.compile(r"\(\s*[\"“]?(?=[A-Z])|known\s+(?:in\s+[A-Z][a-z]+\s+)?as\s+(?:the\s+)?[\"“]?(?=[A-Z])")
_NAME_IN_BRACKETS = re.compile(rf"(?P<name>{_ALIAS_NAME})[\"”]?\s*\)")
_NAME_AFTER = re.compile(rf"(?P<name>{_ALIAS_NAME})")
_ALSO_KNOWN = re.compile(r",?\s*(?:also\s*)?$")


def _glosses(text: str) -> Iterable[re.Match[str]]:
    """Each start of a gloss in ``text`` (see ``_GLOSS``)."""
    for mark in ("(", "known"):
        at = text.find(mark)
        while at >= 0:
            m = _GLOSS.match(text, at)
            if m is not None and (mark == "(" or at == 0 or not text[at - 1].isalnum()):
                yield m
            at = text.find(mark, at + 1)


def _name_before(text: str, end: int) -> str | None:
    """The capitalised name that ends right before ``end`` (blanks, a comma or "also" between):
    up to five capitalised words and the small words that join them."""
    window = text[max(0, end - 80) : end]
    window = window[: _ALSO_KNOWN.search(window).start()]  # type: ignore[union-attr]
    if not window or not (window[-1].isalnum() or window[-1] in "'’-"):
        return None
    words = window.split()
    taken: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() and all(ch.isalnum() or ch in "'’-" for ch in word):
            taken.append(word)
        elif word in _NAME_JOINERS and taken:
            taken.append(word)
        else:
            break
        if sum(w[:1].isupper() for w in taken) == 5:
            break
    while taken and taken[-1] in _NAME_JOINERS:
        taken.pop()
    return " ".join(reversed(taken)) or None


#: how alike a holder's name and a name an article glossed must be to be that name
ALIAS_MATCH = 0.8


def learn_aliases(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """Pairs of names the corpus gives as one ("X (Y)", "X, known as Y"), processed as holder
    names are. A name glossed as two others (a party after each of its candidates, "Ana Ruiz
    (Harbour Union)", "Tom Bell (Harbour Union)") is an affiliation, not another name: dropped;
    so are initials (matched elsewhere), places, and one name twice."""
    partners: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        if "(" not in article.text and "known" not in article.text:
            continue
        for m in _glosses(article.text):
            before = _name_before(article.text, m.start())
            glossed = (_NAME_IN_BRACKETS if m.group().startswith("(") else _NAME_AFTER).match(article.text, m.end())
            if before is None or glossed is None:
                continue
            a, b = (name.removeprefix("The ").removeprefix("the ") for name in (before, glossed.group("name")))
            if " " not in b:
                continue  # "Rome (AP)", "Kestrel (KST)", "Vell (Governor)": a dateline, a ticker, initials, a role
            if country_of(a) is not None or country_of(b) is not None:
                continue
            x, y = utils.default_process(a), utils.default_process(b)
            if x and y and x != y:
                partners[x].add(y)
                partners[y].add(x)
    return sorted({(min(x, y), max(x, y)) for x, ys in partners.items() if len(ys) == 1
                   for y in ys if len(partners[y]) == 1})


def _named_rivals(c: _Columns) -> list[frozenset[int]]:
    """For each claim told by a generic holder ("the ruling party", see :func:`_holder`), the
    named holders its article gives other figures of its kind that differ from its own: the
    generic one is none of them."""
    texts = c.texts["holder"]
    generic = [_is_generic_holder(t) for t in texts]
    named = [t is not None and not g for t, g in zip(texts, generic, strict=True)]
    rivals: list[frozenset[int]] = [frozenset()] * len(c.claims)
    if not any(generic):
        return rivals
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, claim in enumerate(c.claims):
        if named[c.holder[k]] or generic[c.holder[k]]:
            by_article[claim.article].append(k)
    for rows in by_article.values():
        for k in rows:
            if not generic[c.holder[k]]:
                continue
            mine = c.claims[k].quantity
            rivals[k] = frozenset(
                int(c.holder[r]) for r in rows
                if named[c.holder[r]] and c.claims[r].quantity.kind == mine.kind and c.claims[r].quantity.value != mine.value
            )
    return rivals


def _holders_by_alias(holder: np.ndarray, texts: list[str | None], articles: Sequence[Article]) -> np.ndarray:
    """The holder codes with every name the corpus gives as another name of a holder (see
    :func:`learn_aliases`) coded as that holder: "Unione del Porto" in one outlet and "Harbour
    Union" in another are one party's once an article says "Unione del Porto (Harbour Union)"."""
    named = [(k, t) for k, t in enumerate(texts) if t]
    if len(named) < 2:
        return holder
    aliases = learn_aliases(articles)
    if not aliases:
        return holder
    parent = list(range(len(texts)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for x, y in aliases:
        # the whole name, not a word of it ("union" is no name of "harbour union"); not a
        # party told by its place in the race ("the ruling party"), which may be any
        one_holder = [k for k, t in named if not _is_generic_holder(t)
                      and max(fuzz.ratio(t, x), fuzz.ratio(t, y)) / 100 >= ALIAS_MATCH]
        for k in one_holder[1:]:
            parent[root(k)] = root(one_holder[0])
    mapped = np.array([root(k) for k in range(len(texts))], dtype=holder.dtype)
    return mapped[holder] if len(holder) else holder


def _prepared_columns(
    claims: Sequence[Claim], published: dict[str, date | None]
) -> tuple[_Columns, BlockIndex, np.ndarray]:
    """The claims' columns, blocks and magnitudes, prepared ``PREPARED_AT_ONCE`` at a time: a
    :class:`_Prepared` of every claim at once (some twenty values apiece) was the largest thing
    alignment held before its pairs, and left the memory it freed too scattered to give back."""
    tables: dict[str, dict[Hashable, int]] = {}
    index: BlockIndex = defaultdict(list)
    parts, magnitudes = [], []
    # read once, for all claims: a claim's stage may be its article's
    stages = article_stages(claims)
    for start in range(0, max(len(claims), 1), PREPARED_AT_ONCE):
        end = start + PREPARED_AT_ONCE
        prepared = [_prepare(c, published.get(c.article)) for c in claims[start:end]]
        parts.append(_columns(prepared, tables, stages[start:end]))
        _index_blocks(prepared, index, start)
        magnitudes.append(np.array([math.nan if p.magnitude is None else p.magnitude for p in prepared]))
        del prepared
    return _joined_columns(parts, tables), index, np.concatenate(magnitudes)


def _scored_links(
    columns: _Columns, pairs: np.ndarray, words: dict[str, _TextSimilarity], threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, np.ndarray]:
    """Score ``pairs`` (rows ``(i, j)``) ``BATCH`` at a time: the two ends and the score of each
    pair worth weighing, the number of them (first) that reach ``threshold`` and are shown, and
    the rows a veto capped.

    The pairs after the shown ones were compared, not vetoed, but are too weak to show: they
    still weigh in the groups' means at their own score (a pair never compared counts 0).
    """
    a, b, scores, vetoed = [np.empty(0, dtype=np.int32)], [np.empty(0, dtype=np.int32)], [np.empty(0)], []
    weak_a, weak_b, weak_scores = [], [], []
    for start in range(0, len(pairs), BATCH):
        batch = pairs[start : start + BATCH]
        score, capped = _score_and_veto(_pair_features(columns, batch[:, 0], batch[:, 1], words=words))
        vetoed.append(batch[capped])
        keep = score >= threshold
        a.append(batch[keep, 0])
        b.append(batch[keep, 1])
        scores.append(score[keep])
        weak = ~keep & ~capped & (score > 0)
        weak_a.append(batch[weak, 0])
        weak_b.append(batch[weak, 1])
        weak_scores.append(score[weak])
    shown = sum(map(len, scores))
    return (
        np.concatenate(a + weak_a),
        np.concatenate(b + weak_b),
        np.concatenate(scores + weak_scores),
        shown,
        np.concatenate([np.empty((0, 2), dtype=np.int32), *vetoed]),
    )


#: what stands between a figure and its restatement in another unit: "120 km (75 miles)",
#: "120 km, or 75 miles", "640 acres, about a square mile," (a hedge belongs to the figure),
#: "240,000 acres -- or 375 square miles --" (a typed dash, two hyphens, with or without "or")
_RESTATING = re.compile(r"\s*(?:\(|,\s*or\s+|,|or\s+|(?:[—–]|--|-\s)\s*(?:or\s+)?)\s*")
_OPENS_A_BRACKET = re.compile(r"\s*\(\s*")


#: what, between two turnouts told in one sentence, says who gives each: "3.5 million according to
#: the union, 1.1 million according to the ministry", "police counted 14,800, while organisers claimed 23,000"
_GIVEN_BY = re.compile(r"\b(?:according|claim|count|said|say|estimat|put|police|organi[sz]er|union)", re.I)
#: ... and what says they are two days' or two stages' ("from 480,000 to 1.1 million", "up from
#: 480,000", "a week after ...", "more than"); not "according to" or "figures from" a source
_TWO_STAGES = re.compile(
    r"\b(?:than|up|down|compared|after|before|earlier|later|previous|last|next|week|day|rose|fell|grew"
    r"|increased?|decreased?|doubled?|then|now)\b|\b(?:from|to)\s*$", re.I
)


def _rival_estimates(c: _Columns, rows: np.ndarray) -> np.ndarray:
    """Which rows ``(i, j)`` of figures in one sentence are rival estimates of one protest's crowd
    (see :func:`_one_turnout`), each told with who gives it and nothing between them saying they
    are two days' or two stages' counts: one quantity told two ways, the disagreement to show."""
    out = np.zeros(len(rows), dtype=bool)
    if not len(rows):
        return out
    i, j = rows[:, 0], rows[:, 1]
    turnouts = (c.gathering[i] == _TURNOUT) & (c.gathering[j] == _TURNOUT)
    one, _ = _one_turnout(c, i, j, turnouts)
    for k in np.flatnonzero(one).tolist():
        a, b = sorted((c.claims[int(i[k])], c.claims[int(j[k])]), key=lambda x: x.start)
        between = a.sentence[a.end - a.sentence_start : b.start - b.sentence_start]
        after = b.sentence[b.end - b.sentence_start :]
        out[k] = bool(_GIVEN_BY.search(between + " " + after[:40])) and not _TWO_STAGES.search(between)
    return out


def _restated(claims: Sequence[Claim], rows: np.ndarray) -> np.ndarray:
    """Which rows ``(i, j)`` (``i`` first in the text) of figures in one sentence are one figure
    told twice: converted into another unit of its dimension right after it ("40.5 degrees
    Celsius (105 Fahrenheit)", "120 km, or 75 miles"), or into another currency in brackets
    ("3.1 billion pounds ($4.0 billion)"; rates move, so the sums are not compared). The same
    quantity, not two, so the two may stand in one cluster."""
    out = np.zeros(len(rows), dtype=bool)
    for k, (i, j) in enumerate(rows.tolist()):
        a, b = claims[i], claims[j]
        ua, ub = a.quantity.unit, b.quantity.unit
        if ua is None or ub is None or ua == ub or b.start < a.end:
            continue  # most pairs: a count and a count
        gap = (a.sentence, a.end - a.sentence_start, b.start - b.sentence_start)
        if a.quantity.kind == "money" and b.quantity.kind == "money":
            out[k] = a.value is not None and b.value is not None and _OPENS_A_BRACKET.fullmatch(*gap) is not None
        elif scale_of(ua) is not None and dimension_of(ua) == dimension_of(ub):
            out[k] = _RESTATING.fullmatch(*gap) is not None
    return out


def _same_sentence_pairs(sentence: np.ndarray) -> np.ndarray:
    """Rows ``(i, j)``, ``i < j``, of claims in one sentence: sentence by sentence in the order
    of their codes (the order they were first met), then by ``i``, then by ``j``. In numpy: a
    loop over every claim in Python cost more than the pairs are worth."""
    order = np.argsort(sentence, kind="stable")
    code = sentence[order]
    # where each claim's run of one sentence ends, in sorted order
    ends = np.flatnonzero(np.r_[code[1:] != code[:-1], True]) + 1
    run_end = np.repeat(ends, np.diff(np.r_[0, ends]))
    after = run_end - np.arange(len(order)) - 1  # the claims after each one in its sentence
    total = int(after.sum())
    first = np.repeat(np.arange(len(order)), after)
    step = np.arange(total) - np.repeat(np.cumsum(after) - after, after) + 1
    rows = np.empty((total, 2), dtype=np.int32)
    rows[:, 0], rows[:, 1] = order[first], order[first + step]
    return rows
