"""Align: which claims, within and across articles, measure the same quantity over the same scope.

A link between two claims is scored from features, each in [0, 1]:

==============  ==========================================================================
counted         what is counted (rapidfuzz ``token_set_ratio`` over stemmed, generic-free words)
event           the event, by event class first ("expelled" ~ "deported"), else token_set_ratio
place           the place, token_set_ratio; neutral when either side has none
context         the sentences minus their numbers (``token_set_ratio``): wire copy scores high
time            the time scopes: 1 when the dates overlap and cover like spans, 0 when disjoint,
                0.2 when one is a small part of the other (a week's figure vs a running count)
value           closeness of the figures' calibrated intervals on a log scale: 1 when they
                meet, 0 at ``VALUE_FALLOFF`` orders of magnitude apart
attribution     1 when both claims name the same source; otherwise left out (a different
                source is no evidence against: outlets quote different people for one figure)
location        only when both places are where the figure holds ("in Thailand", not "from
                Pakistan" or a subject): 1 when one name contains the other, else place
                similarity; under 0.5 the score is scaled by ``LOCATION_MISMATCH``
country         only for two such places that ISO 3166 puts in different countries: 0, a veto
==============  ==========================================================================

The score is a weighted mean of the words and scope features (``WEIGHTS``; a feature one side
lacks is left out, not zeroed), scaled by closeness of the figures (from ``VALUE_FLOOR`` at 0
to 1): evidence, never a requirement, so 800,000 and 485,000 for one cumulative figure still
align, but in a one-story corpus, where every figure counts the same people at the same place,
agreeing words cannot merge a week's 20,000 with a running 80,000. Vetoes (``VETOES``) cap
the score and keep the pair out of one cluster: disjoint or nested time scopes, a mean vs a
count, a breakdown part vs its total in one article, two events of different classes, and two
figures of one sentence.

Pairs at or above ``settings.merge_threshold`` may be merged; pairs between
``possible_threshold`` and that are recorded as "possibly the same" and never merged (the two
thresholds Meedan Check uses). Merging is average-linkage (a never-linked pair counts as 0), so
one strong pair cannot chain two different figures together.

Blocking keeps this near-linear: only claims of the same kind and unit, within one order of
magnitude of each other, that share a key word (a stem of what is counted or of the event, or an
event class) are compared. A key word so common that its block would be quadratic splits its
block by place, and a block still too large compares each claim with its nearest figures only.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, utils

from crosscheck.extract.frames import is_location
from crosscheck.extract.places import country_of
from crosscheck.model import Article, Claim, Link
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

#: The factor a link keeps when one article gives two different figures.
SAME_ARTICLE_DIFFERENT_FIGURE = 0.85

#: The factor a link keeps when two figures are stated *in* different named places.
LOCATION_MISMATCH = 0.75

#: The factor a link keeps when its figures are as far apart as can be (closeness 0).
VALUE_FLOOR = 0.5

#: feature -> (below this, the score is capped at this). Words that agree cannot outvote a
#: scope that does not: disjoint dates, or a week inside a running count, are other quantities
#: (capped under any sensible possible_threshold, so not even "possibly the same"); two events
#: of different classes ("killed" vs "injured") are at most "possibly the same"; within one
#: article, a part of a breakdown ("Of these, 12,982 ...") is not the total it breaks down.
VETOES: dict[str, tuple[float, float]] = {
    "time": (0.5, 0.3),
    "event": (0.2, 0.5),
    "country": (0.5, 0.3),
    "part_and_whole": (0.5, 0.3),
    "statistic": (0.5, 0.3),
}

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

#: Event classes: verbs that news copy uses for the same happening. General, not per story.
EVENT_CLASSES: dict[str, frozenset[str]] = {
    "died": frozenset("kill dead die dying death fatalit toll perish drown slain lives".split()),
    "injured": frozenset("injur wound hurt maim".split()),
    "displaced": frozenset("displac flee fled evacuat homeless shelter".split()),
    "departed": frozenset(
        "expel deport return repatriat evict cross left leav depart push forc pour".split()
    ),
    "detained": frozenset("arrest detain held jail imprison custody".split()),
    "cancelled": frozenset("cancel revok withdraw suspend annul".split()),
    "voted": frozenset("vote ballot elect".split()),
    "paid": frozenset("spend spent pay paid cost alloc pledg fund budget rais donat".split()),
    "committed": frozenset("alloc earmark sanction arrang outlay packag grant approv".split()),
    "requested": frozenset("appeal need seek sought request ask demand".split()),
    "hosted": frozenset("host live resid shelter stay".split()),
    "missing": frozenset("missing unaccount disappear".split()),
    "affected": frozenset("affect impact".split()),
    "rescued": frozenset("rescu".split()),
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
    return frozenset(
        name for name, roots in EVENT_CLASSES.items() if any(s.startswith(r) for s in stems for r in roots)
    )


def _ratio(a: str, b: str) -> float:
    """token_set_ratio in [0, 1], explicit processor (rapidfuzz 3 has none by default)."""
    return fuzz.token_set_ratio(a, b, processor=utils.default_process, score_cutoff=0) / 100.0


@lru_cache(maxsize=262144)  # frames repeat: the same few phrases meet again and again
def _phrase_similarity(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    sa, sb = content_stems(a), content_stems(b)
    if not sa or not sb:
        return None
    return _ratio(" ".join(sa), " ".join(sb))


#: adjectives that say what happened to those counted: the event's business, not the counted
#: noun's ("15,000 displaced people" and "15,000 people displaced" count the same people)
_STATE_WORDS = re.compile(
    r"\b(?:displaced|missing|dead|injured|wounded|homeless|affected|stranded|trapped|evacuated|detained)\s+", re.I
)


def _counted_similarity(a: str | None, b: str | None) -> float | None:
    if a and b:
        a, b = _STATE_WORDS.sub("", a) or a, _STATE_WORDS.sub("", b) or b
    return _phrase_similarity(a, b)


@lru_cache(maxsize=262144)
def _event_similarity(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    ca, cb = event_classes(a), event_classes(b)
    if ca and cb:
        return 1.0 if ca & cb else 0.15
    return _phrase_similarity(a, b)


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


def _time_similarity(a: tuple[date, date] | None, b: tuple[date, date] | None) -> float | None:
    if a is None or b is None:
        return None
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if lo > hi:
        return 0.0
    len_a = (a[1] - a[0]).days + 1
    len_b = (b[1] - b[0]).days + 1
    if min(len_a, len_b) / max(len_a, len_b) < 0.4:
        # "In 2023" mostly places an event in its year rather than bounding a count, so a
        # month or week inside that year neither joins nor parts the two.
        if _is_calendar_year(a if len_a > len_b else b):
            return None
        # A week's figure inside a month-long running count is another quantity.
        return 0.2
    return 1.0


def _is_calendar_year(span: tuple[date, date]) -> bool:
    start, end = span
    return start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def magnitude(claim: Claim) -> float | None:
    """log10 of the figure, or of the middle of a vague amount's interval."""
    value = claim.value
    if value is None and claim.low is not None and claim.high is not None:
        value = math.sqrt(max(claim.low, 1e-9) * max(claim.high, 1e-9))
    if value is None or value <= 0:
        return None
    return math.log10(value)


def value_span(claim: Claim) -> tuple[float, float] | None:
    """The figures a claim allows, for closeness: its calibrated interval where both ends are
    positive and finite (a vague amount, "more than 80,000"), else the stated figure."""
    low, high, value = claim.low, claim.high, claim.value
    if low is not None and high is not None and 0 < low <= high and math.isfinite(high):
        return low, high
    if value is not None and value > 0:
        return value, value
    return None


def _value_similarity(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    """1 when the figures' intervals meet, falling by 1 per order of magnitude between them.

    On a log scale, so 800,000 vs 485,000 (0.2 orders apart) stays close while a week's 20,000
    against a running 80,000 (0.6 orders) and anything ten times larger (0) fall away.
    """
    if a is None or b is None:
        return None
    if a[0] <= b[1] and b[0] <= a[1]:
        return 1.0
    near_low, near_high = (a[1], b[0]) if a[1] < b[0] else (b[1], a[0])
    return max(0.0, 1.0 - math.log10(near_high / near_low) / VALUE_FALLOFF)


#: Words that name no one in particular: "officials", "a senior official", "sources".
_UNNAMED_SOURCE_WORDS = frozenset(
    "official source spokesperson spokesman spokeswoman authority senior local witness "
    "resident report media agency police statement".split()
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


def _attribution_similarity(a: str | None, b: str | None) -> float | None:
    """1 when both name the same source; otherwise no evidence either way (None, left out).

    Outlets quote different people for one figure all the time, so a different source must not
    count against a link; the same named source ("the United Nations", "United Nations data")
    is evidence for it.
    """
    if a is None or b is None:
        return None
    if a == b or _ratio(a, b) >= ATTRIBUTION_MATCH:
        return 1.0
    return None


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What a claim brings to every pair it is in, computed once per claim rather than per pair."""

    claim: Claim
    context: str  # already through rapidfuzz's default_process (see _context_similarity)
    dates: tuple[date, date] | None
    magnitude: float | None
    values: tuple[float, float] | None
    source: str | None
    keys: frozenset[str]
    block: tuple[str, str]
    breakdown: bool  # the sentence opens a breakdown ("Of these, ...")
    average: bool
    target: bool = False
    vague: bool = False
    tally: str | None = None  # see _tally
    projection: bool = False  # see _projection
    location: bool = False  # see _place_is_location


def _prepare(claim: Claim, published: date | None) -> _Prepared:
    keys = set(content_stems(claim.counted or ""))
    keys |= {f"event:{c}" for c in event_classes(claim.event)}
    if claim.event and not event_classes(claim.event):
        keys |= set(content_stems(claim.event))
    if not keys:
        keys = set(content_stems(_context(claim))[:6])
    source = named_source(claim)
    if source and not claim.counted:
        # "the WFP said it needed $25 million" / "the WFP appealed for $25 million": with nothing
        # counted, one named source is the best sign two amounts may be one
        keys.add(f"source:{source}")
    q = claim.quantity
    return _Prepared(
        claim=claim,
        context=utils.default_process(_context(claim)),
        dates=scope_dates(claim, published),
        magnitude=magnitude(claim),
        values=value_span(claim),
        source=source,
        keys=frozenset(keys),
        block=(q.kind, q.unit or ""),
        breakdown=bool(_BREAKDOWN_OPENER.search(claim.sentence)),
        average=_is_average(claim),
        target=_is_target(claim, published),
        vague=claim.hedge_class == "vague",
        tally=_tally(claim),
        projection=_projection(claim),
        location=_place_is_location(claim),
    )


_BREAKDOWN_OPENER = re.compile(
    r"^\W*(?:of\s+(?:these|them|whom|which|those)|among\s+(?:them|these|those))\b", re.I
)


def _part_and_whole(a: _Prepared, b: _Prepared) -> float | None:
    """0 when one claim lists a part of a breakdown ("Of these, ...") and the other does not, in
    one article; else None (not compared)."""
    if a.claim.article != b.claim.article:
        return None
    if a.breakdown != b.breakdown:
        return 0.0
    return None


def _context_similarity(a: str, b: str) -> float:
    """:func:`_ratio` of two contexts that already went through ``utils.default_process``.

    rapidfuzz applies the processor to each string before scoring, so processing each claim's
    context once and scoring with ``processor=None`` gives the same figure without redoing the
    processing for every pair the claim is in.
    """
    return fuzz.token_set_ratio(a, b, processor=None, score_cutoff=0) / 100.0


def _is_average(claim: Claim) -> bool:
    return claim.hedge_class == "average"


#: How much a vague amount ("hundreds of thousands") says about being the same figure as a
#: precise one that falls inside it: some, not all: it fits a great many figures.
VAGUE_EVIDENCE = 0.7


def _closeness(a: _Prepared, b: _Prepared) -> float | None:
    closeness = _value_similarity(a.values, b.values)
    if closeness is not None and a.vague != b.vague:
        closeness *= VAGUE_EVIDENCE
    return closeness


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

#: The factor a link keeps between a projection ("could affect up to 1.6 million") and a figure
#: of what is or was: a forecast and a count are seldom one quantity.
PROJECTION_AND_FACT = 0.8


def _projection(claim: Claim) -> bool:
    """True when a modal verb governs the figure from just before it ("could affect up to ...")."""
    local = claim.start - claim.sentence_start
    return bool(_PROJECTION.search(claim.sentence[max(0, local - 50) : local]))


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


def _place_is_location(claim: Claim) -> bool:
    return bool(claim.place) and is_location(claim.sentence, claim.place, claim.start - claim.sentence_start)  # type: ignore[arg-type]


def _location_similarity(a: _Prepared, b: _Prepared) -> float | None:
    """How far two figures stated *in* named places are in the same place: 0 for "162 died in
    Thailand" and "212 died in Sri Lanka"; None when either place is an origin, a destination or
    a subject ("Islamabad cancelled ..."), which say less about where the figure holds."""
    if not (a.location and b.location):
        return None
    pa, pb = a.claim.place.lower(), b.claim.place.lower()  # type: ignore[union-attr]
    if pa in pb or pb in pa:
        return 1.0
    return _phrase_similarity(a.claim.place, b.claim.place)


def _country_similarity(a: _Prepared, b: _Prepared) -> float | None:
    """0 when the two figures are stated in places of two different countries; else None."""
    if not (a.location and b.location):
        return None
    ca, cb = country_of(a.claim.place), country_of(b.claim.place)
    if ca is None or cb is None:
        return None
    return 1.0 if ca == cb else 0.0


def link_features(a: _Prepared, b: _Prepared) -> dict[str, float | None]:
    """The features of one pair; ``same_article_penalty`` is set only when one article gives two
    different figures (usually two quantities; an article that contradicts itself still links on
    the strength of everything else)."""
    closeness = _closeness(a, b)
    same_article = a.claim.article == b.claim.article and closeness is not None and closeness < 1.0
    tallies = {a.tally, b.tally}
    return {
        "same_article_penalty": SAME_ARTICLE_DIFFERENT_FIGURE if same_article else None,
        "tally_penalty": TALLY_AND_EPISODE if tallies == {"running", "episode"} else None,
        "projection_penalty": PROJECTION_AND_FACT if a.projection != b.projection else None,
        "counted": _counted_similarity(a.claim.counted, b.claim.counted),
        "event": _event_similarity(a.claim.event, b.claim.event),
        "place": _phrase_similarity(a.claim.place, b.claim.place),
        "location": _location_similarity(a, b),
        "country": _country_similarity(a, b),
        "context": _context_similarity(a.context, b.context),
        "time": _time_similarity(a.dates, b.dates),
        "value": closeness,
        "attribution": _attribution_similarity(a.source, b.source),
        "part_and_whole": _part_and_whole(a, b),
        # A mean ("an average of 4,000 a day") and a count are different statistics, and a
        # target is not a tally.
        "statistic": 1.0 if (a.average, a.target) == (b.average, b.target) else 0.0,
    }


def link_score(features: dict[str, float | None]) -> float:
    """Weighted mean over the features both sides have, then the vetoes (``VETOES``).

    A missing feature is left out, not zeroed: a claim without a place is not a different place.
    """
    return _score_and_veto(features)[0]


def _score_and_veto(features: dict[str, float | None]) -> tuple[float, bool]:
    """:func:`link_score` and :func:`vetoed` in one pass over the features (both run per pair)."""
    total = weight = 0.0
    for name, w in WEIGHTS.items():
        value = features.get(name)
        if value is None:
            continue
        total += w * value
        weight += w
    score = total / weight if weight else 0.0
    # Closeness scales the score rather than joining the mean: when the words all agree (as they
    # do for every figure of a one-story corpus) they must not outvote figures far apart, yet a
    # gap alone never vetoes a link (the scale stops at VALUE_FLOOR).
    closeness = features.get("value")
    if closeness is not None:
        score *= VALUE_FLOOR + (1.0 - VALUE_FLOOR) * closeness
    score *= features.get("same_article_penalty") or 1.0
    score *= features.get("tally_penalty") or 1.0
    score *= features.get("projection_penalty") or 1.0
    location = features.get("location")
    if location is not None and location < 0.5:
        # Not a veto: with no gazetteer, "Derna" and "eastern Libya" look as far apart as
        # "Thailand" and "Sri Lanka"; enough to keep a pair out unless everything else agrees.
        score *= LOCATION_MISMATCH
    capped = False
    for name, (below, cap) in VETOES.items():
        value = features.get(name)
        if value is not None and value < below:
            score = min(score, cap)
            capped = True
    return score, capped


def _blocks(prepared: Sequence[_Prepared]) -> Iterable[list[int]]:
    """Claims sharing kind, unit and a key word; a block grown past ``MAX_BLOCK`` is split again
    by the stems of the place, since at that size the key word alone says little."""
    index: dict[tuple[tuple[str, str], str], list[int]] = defaultdict(list)
    for i, p in enumerate(prepared):
        # Sorted: a frozenset of strings iterates in an order that changes with the hash seed,
        # and the order of blocks is the order of the links in the report.
        for key in sorted(p.keys):
            index[(p.block, key)].append(i)
    for members in index.values():
        if len(members) <= MAX_BLOCK:
            yield members
            continue
        by_place: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for place in content_stems(prepared[i].claim.place or "") or ("",):
                by_place[place].append(i)
        yield from by_place.values()


def candidate_pairs(prepared: Sequence[_Prepared]) -> Iterable[tuple[int, int]]:
    """Pairs worth scoring: same kind and unit, within an order of magnitude, sharing a key word.

    Within a block, claims are sorted by magnitude so the inner loop stops at the first figure
    ten times larger; a block still larger than ``MAX_BLOCK`` compares each claim with its
    ``NEIGHBOURS`` nearest figures only (sorted neighbourhood), which keeps the work linear.
    """
    seen: set[tuple[int, int]] = set()
    for members in _blocks(prepared):
        ordered = sorted(members, key=lambda i: (prepared[i].magnitude is not None, prepared[i].magnitude or 0.0, i))
        reach = len(ordered) if len(ordered) <= MAX_BLOCK else NEIGHBOURS
        for x, i in enumerate(ordered):
            mi = prepared[i].magnitude
            for j in ordered[x + 1 : x + 1 + reach]:
                mj = prepared[j].magnitude
                if mi is not None and mj is not None and mj - mi > 1.0:
                    break
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def _same_sentence(a: Claim, b: Claim) -> bool:
    return a.article == b.article and a.sentence_start == b.sentence_start


@dataclass(frozen=True, slots=True)
class Alignment:
    """Groups of claim ids (each a would-be cluster), and every link scored on the way."""

    groups: tuple[tuple[str, ...], ...]
    links: tuple[Link, ...]


def vetoed(features: dict[str, float | None]) -> bool:
    """True when a veto caps this pair: such a pair never ends up in one cluster."""
    return any(
        (value := features.get(name)) is not None and value < below for name, (below, _) in VETOES.items()
    )


def align_claims(claims: Sequence[Claim], articles: Sequence[Article], settings: Settings) -> Alignment:
    """Group the claims that report one quantity; the same groups and links whatever the input order."""
    # Ties between equal scores are broken by position, so fix the positions first.
    claims = sorted(claims, key=lambda c: (c.article, c.start, c.end, c.id))
    published = {a.id: a.published for a in articles}
    prepared = [_prepare(c, published.get(c.article)) for c in claims]
    scores: dict[tuple[int, int], float] = {}
    cannot: set[tuple[int, int]] = set(_same_sentence_pairs(claims))
    links: list[Link] = []
    for i, j in candidate_pairs(prepared):
        if (i, j) in cannot:
            continue  # two figures in one sentence are two quantities
        features = link_features(prepared[i], prepared[j])
        score, capped = _score_and_veto(features)
        if capped:
            cannot.add((i, j))
        if score < settings.possible_threshold:
            continue
        scores[(i, j)] = score
        links.append(
            Link(
                a=claims[i].id,
                b=claims[j].id,
                score=round(score, 3),
                features={k: round(v, 3) for k, v in features.items() if v is not None},
                decision="merged" if score >= settings.merge_threshold else "possible",
            )
        )
    groups = _average_linkage(len(claims), scores, cannot, settings.merge_threshold)
    return Alignment(
        groups=tuple(tuple(claims[i].id for i in sorted(g)) for g in groups),
        links=tuple(links),
    )


def _same_sentence_pairs(claims: Sequence[Claim]) -> Iterable[tuple[int, int]]:
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_sentence[(c.article, c.sentence_start)].append(i)
    for members in by_sentence.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                yield (i, j)


def _average_linkage(
    n: int, scores: dict[tuple[int, int], float], cannot: set[tuple[int, int]], threshold: float
) -> list[list[int]]:
    """Greedy agglomeration: join two groups when their mean pairwise score stays >= threshold.

    Pairs are taken strongest first. The mean runs over every pair across the two groups, and a
    pair that was never linked (blocked apart, or below the possible threshold) counts as 0, so
    a group is only as good as all of its pairs on average, not its single best one. A pair that
    cannot be linked (same sentence, or vetoed) keeps its two groups apart whatever the mean.

    Cost: each group keeps the summed scores and the cannot-link counts towards its neighbours;
    a merge folds the smaller group's maps into the larger's, so the work grows with the number
    of links, not with the square of the group sizes.
    """
    size = [1] * n
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    linked: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    blocked: list[dict[int, int]] = [defaultdict(int) for _ in range(n)]
    for (i, j), s in scores.items():
        linked[i][j] += s
        linked[j][i] += s
    for i, j in cannot:
        blocked[i][j] += 1
        blocked[j][i] += 1

    for (i, j), s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if s < threshold:
            break
        gi, gj = group_of[i], group_of[j]
        if gi == gj or blocked[gi].get(gj):
            continue
        if linked[gi].get(gj, 0.0) / (size[gi] * size[gj]) < threshold:
            continue
        big, small = (gi, gj) if size[gi] >= size[gj] else (gj, gi)
        for x in members[small]:
            group_of[x] = big
        members[big].extend(members.pop(small))
        size[big] += size[small]
        for table in (linked, blocked):
            for other, value in table[small].items():
                if other == big:
                    continue
                table[big][other] += value
                table[other][big] += value
                del table[other][small]
            table[big].pop(small, None)
            table[small] = {}
    return sorted(members.values(), key=min)
