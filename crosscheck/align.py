"""Align: which claims, within and across articles, measure the same quantity over the same scope.

A link between two claims is scored from features, each in [0, 1]:

==============  ==========================================================================
counted         what is counted (rapidfuzz ``token_set_ratio`` over stemmed, generic-free words)
event           the event, by event class first ("expelled" ~ "deported"), else token_set_ratio
place           the place, token_set_ratio; neutral when either side has none
context         the sentences minus their numbers (``token_set_ratio``): wire copy scores high
time            the time scopes: 1 when the dates overlap and cover like spans, 0 when disjoint,
                0.2 when one is a small part of the other (a week's figure vs a running count)
value           numeric closeness, min/max of the figures: evidence, never a requirement, so
                800,000 and 485,000 for one cumulative figure can still align
==============  ==========================================================================

The score is a weighted mean of the features (``WEIGHTS``). Pairs at or above
``settings.merge_threshold`` may be merged; pairs between ``possible_threshold`` and that are
recorded as "possibly the same" and never merged (the two thresholds Meedan Check uses).
Merging is average-linkage, so one strong pair cannot chain two different figures together.

Blocking keeps this near-linear: only claims of the same kind and unit, within one order of
magnitude of each other, that share a key word (a stem of what is counted or of the event, or an
event class) are compared. Key words so common that they would make a block quadratic are
dropped from the index.
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

from crosscheck.model import Article, Claim, Link
from crosscheck.settings import Settings

WEIGHTS: dict[str, float] = {
    "counted": 0.22,
    "event": 0.15,
    "place": 0.06,
    "context": 0.15,
    "time": 0.15,
    "value": 0.27,
}

#: A time similarity this low (one scope a small part of the other) keeps a pair below merging.
PARTIAL_SCOPE_CAP = 0.45
#: Two different figures in one article are usually two quantities; an article that repeats or
#: contradicts itself still links, on the strength of everything else.
SAME_ARTICLE_DIFFERENT_FIGURE = 0.85

#: Key words held by more claims than this are too common to block on.
MAX_BLOCK_KEY_SHARE = 400

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
    "died": frozenset("kill dead die death fatalit toll perish drown slain lives".split()),
    "injured": frozenset("injur wound hurt maim".split()),
    "displaced": frozenset("displac flee fled evacuat homeless shelter".split()),
    "departed": frozenset(
        "expel deport return repatriat evict cross left leav depart push forc pour".split()
    ),
    "detained": frozenset("arrest detain held jail imprison custody".split()),
    "cancelled": frozenset("cancel revok withdraw suspend annul".split()),
    "voted": frozenset("vote ballot elect".split()),
    "paid": frozenset("spend spent pay paid cost alloc pledg fund budget rais donat".split()),
    "hosted": frozenset("host live resid shelter stay".split()),
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NUMBERISH = re.compile(r"\d[\d,.\s]*\d|\d")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately small suffix stripper: enough to meet 'expelled'/'expel', 'Afghans'/'Afghan'."""
    w = word.lower().strip("'’-")
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("led", "l"), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + keep
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiou":  # expell -> expel
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def content_stems(phrase: str) -> tuple[str, ...]:
    """Stems of the meaningful words, generic heads dropped unless nothing else is left."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    words = [w for w in words if w not in _STOPWORDS]
    specific = [w for w in words if w not in _GENERIC_HEADS]
    return tuple(stem(w) for w in (specific or words))


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


def _phrase_similarity(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    sa, sb = content_stems(a), content_stems(b)
    if not sa or not sb:
        return None
    return _ratio(" ".join(sa), " ".join(sb))


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
    # A single day inside a longer span may be the day a running count was given ("said on
    # Friday"), not the span it covers: the dates neither join nor part the two.
    if min(len_a, len_b) == 1 and max(len_a, len_b) > 1:
        return None
    # A week's figure inside a month-long running count is another quantity.
    if min(len_a, len_b) / max(len_a, len_b) < 0.4:
        return 0.2
    return 1.0


def magnitude(claim: Claim) -> float | None:
    """log10 of the figure, or of the middle of a vague amount's interval."""
    value = claim.value
    if value is None and claim.low is not None and claim.high is not None:
        value = math.sqrt(max(claim.low, 1e-9) * max(claim.high, 1e-9))
    if value is None or value <= 0:
        return None
    return math.log10(value)


def _value_similarity(a: Claim, b: Claim) -> float:
    """1 within 10% of each other, falling to 0 at a factor of 2.5 (a ratio of 0.4)."""
    ma, mb = magnitude(a), magnitude(b)
    if ma is None or mb is None:
        return 0.5
    ratio = 10 ** -abs(ma - mb)
    return max(0.0, min(1.0, (ratio - 0.4) / 0.5))


@dataclass(frozen=True, slots=True)
class _Prepared:
    claim: Claim
    context: str
    dates: tuple[date, date] | None
    magnitude: float | None
    keys: frozenset[str]
    block: tuple[str, str]


def _prepare(claim: Claim, published: date | None) -> _Prepared:
    keys = set(content_stems(claim.counted or ""))
    keys |= {f"event:{c}" for c in event_classes(claim.event)}
    if claim.event and not event_classes(claim.event):
        keys |= set(content_stems(claim.event))
    if not keys:
        keys = set(content_stems(_context(claim))[:6])
    q = claim.quantity
    return _Prepared(
        claim=claim,
        context=_context(claim),
        dates=scope_dates(claim, published),
        magnitude=magnitude(claim),
        keys=frozenset(keys),
        block=(q.kind, q.unit or ""),
    )


def link_features(a: _Prepared, b: _Prepared) -> dict[str, float | None]:
    """The features of one pair; ``same_article_penalty`` is 1 unless one article gives two figures."""
    same_article = a.claim.article == b.claim.article and _value_similarity(a.claim, b.claim) < 1.0
    return {
        "same_article_penalty": SAME_ARTICLE_DIFFERENT_FIGURE if same_article else None,
        "counted": _phrase_similarity(a.claim.counted, b.claim.counted),
        "event": _event_similarity(a.claim.event, b.claim.event),
        "place": _phrase_similarity(a.claim.place, b.claim.place),
        "context": _ratio(a.context, b.context),
        "time": _time_similarity(a.dates, b.dates),
        "value": _value_similarity(a.claim, b.claim),
    }


def link_score(features: dict[str, float | None]) -> float:
    """Weighted mean over the features both sides have; a missing feature is left out, not zeroed."""
    total = weight = 0.0
    for name, w in WEIGHTS.items():
        value = features.get(name)
        if value is None:
            continue
        total += w * value
        weight += w
    score = total / weight if weight else 0.0
    score *= features.get("same_article_penalty") or 1.0
    # Disjoint time scopes are different quantities, whatever the words say.
    if features.get("time") == 0.0:
        score = min(score, 0.3)
    elif (features.get("time") or 1.0) < 0.5:
        score = min(score, PARTIAL_SCOPE_CAP)
    return score


def candidate_pairs(prepared: Sequence[_Prepared]) -> Iterable[tuple[int, int]]:
    """Pairs worth scoring: same kind and unit, within an order of magnitude, sharing a key word."""
    index: dict[tuple[tuple[str, str], str], list[int]] = defaultdict(list)
    for i, p in enumerate(prepared):
        for key in p.keys:
            index[(p.block, key)].append(i)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > MAX_BLOCK_KEY_SHARE:
            continue
        # Sorting by magnitude lets the inner loop stop at the first figure ten times larger.
        ordered = sorted(members, key=lambda i: prepared[i].magnitude if prepared[i].magnitude is not None else -1)
        for x, i in enumerate(ordered):
            mi = prepared[i].magnitude
            for j in ordered[x + 1 :]:
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


def align_claims(claims: Sequence[Claim], articles: Sequence[Article], settings: Settings) -> Alignment:
    published = {a.id: a.published for a in articles}
    prepared = [_prepare(c, published.get(c.article)) for c in claims]
    scores: dict[tuple[int, int], float] = {}
    links: list[Link] = []
    for i, j in candidate_pairs(prepared):
        if _same_sentence(claims[i], claims[j]):
            continue  # two figures in one sentence are two quantities
        features = link_features(prepared[i], prepared[j])
        score = link_score(features)
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
    groups = _average_linkage(len(claims), scores, prepared, settings.merge_threshold)
    return Alignment(
        groups=tuple(tuple(claims[i].id for i in sorted(g)) for g in groups),
        links=tuple(links),
    )


def _average_linkage(
    n: int, scores: dict[tuple[int, int], float], prepared: Sequence[_Prepared], threshold: float
) -> list[list[int]]:
    """Greedy agglomeration: join two groups when their mean pairwise score stays >= threshold.

    Pairs that were never scored (blocked apart, or too weak to record) are scored on demand, so
    a group is only as good as all of its pairs on average, not its single best one.
    """
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def score(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in scores:
            a, b = prepared[key[0]], prepared[key[1]]
            far = a.magnitude is not None and b.magnitude is not None and abs(a.magnitude - b.magnitude) > 1.0
            if a.block != b.block or far or _same_sentence(a.claim, b.claim):
                scores[key] = 0.0
            else:
                scores[key] = link_score(link_features(a, b))
        return scores[key]

    for (i, j), s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if s < threshold:
            break
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        cross = [score(x, y) for x in members[gi] for y in members[gj]]
        if sum(cross) / len(cross) < threshold:
            continue
        keep, gone = (gi, gj) if gi < gj else (gj, gi)
        for x in members[gone]:
            group_of[x] = keep
        members[keep].extend(members.pop(gone))
    return sorted(members.values(), key=min)
