"""Build model objects for the align/judge/sources/checks tests without running extraction.

``claim()`` places its text inside a sentence inside an article, so offsets hold
(``sentence[start - sentence_start:end - sentence_start] == text``), and calibrates the interval
the way the hedge lexicon documents it: a hedge is read against the rounding step of the last
significant digit ("more than 80,000" -> (80,000, 90,000]; "nearly 85,000" -> [80,000, 85,000)).
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from decimal import Decimal

from crosscheck.model import Article, Attribution, Claim, HedgeClass, Quantity, TimeScope

_serial = itertools.count()

#: hedge words -> class, enough for the tests (the extraction lexicon is larger)
HEDGE_WORDS: dict[str, HedgeClass] = {
    "more than": "more", "over": "more", "at least": "atleast", "nearly": "less",
    "almost": "less", "around": "approx", "about": "approx", "an estimated": "approx",
    "up to": "upto", "an average of": "average",
}

#: vague amounts -> interval, as the extraction lexicon documents them
VAGUE: dict[str, tuple[float, float]] = {
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "thousands": (2_000, 9_999),
    "hundreds": (200, 999),
}


def rounding_step(value: float) -> float:
    """The step of the last significant digit: 80,000 -> 10,000; 85,000 -> 5,000; 2.8 -> 0.1."""
    if value == 0:
        return 1.0
    sign, digits, exponent = Decimal(repr(abs(float(value)))).normalize().as_tuple()
    step = Decimal(10) ** int(exponent)
    if digits[-1] == 5 and len(digits) > 1:
        step *= 5
    return float(step)


def calibrated(value: float, cls: HedgeClass) -> tuple[float | None, float | None]:
    """The interval a stated value stands for under a hedge class (None = open on that side)."""
    step = rounding_step(value)
    match cls:
        case "more" | "atleast":
            return value, value + step
        case "less":
            return max(0.0, value - step), value
        case "approx":
            return max(0.0, value - step / 2), value + step / 2
        case "upto":
            return 0.0, value
        case _:
            return value, value


def parse_figure(text: str) -> tuple[float | None, HedgeClass, str | None, float | None, float | None]:
    """A figure as the tests write it: '[hedge] number [million]' or a vague amount.

    Returns value, hedge class, hedge words, low, high.
    """
    lowered = text.lower()
    for words, (low, high) in VAGUE.items():
        if lowered == words:
            return None, "vague", None, low, high
    hedge_words = None
    cls: HedgeClass = "exact"
    for words in sorted(HEDGE_WORDS, key=len, reverse=True):
        if lowered.startswith(words + " "):
            hedge_words, cls = text[: len(words)], HEDGE_WORDS[words]
            lowered = lowered[len(words) + 1 :]
            break
    scale = 1
    for name, factor in (("million", 10**6), ("billion", 10**9)):
        if lowered.endswith(" " + name):
            lowered, scale = lowered[: -len(name) - 1], factor
    value = float(Decimal(lowered.replace(",", "")) * scale)
    low, high = calibrated(value, cls)
    return value, cls, hedge_words, low, high


def time_scope(date_from: date, date_to: date | None = None, text: str = "", relation: str = "period") -> TimeScope:
    return TimeScope(
        text=text or f"{date_from:%d %B}",
        relation=relation,
        date_from=date_from,
        date_to=date_to or date_from,
        resolved=True,
    )


def claim(
    figure: str,
    *,
    counted: str | None = "people",
    event: str | None = None,
    place: str | None = None,
    time: TimeScope | None = None,
    source: str | None = None,
    article: str = "a",
    sentence: str | None = None,
    offset: int | None = None,
    kind: str = "count",
    unit: str | None = None,
    id: str | None = None,
) -> Claim:
    """A claim whose quantity reads ``figure`` ("more than 80,000", "hundreds of thousands").

    The claim's text is the figure followed by what is counted; the sentence defaults to
    "<text> <event> in <place>." and ``offset`` places the sentence in its article (by default
    each claim gets a sentence of its own).
    """
    value, cls, hedge, low, high = parse_figure(figure)
    text = f"{figure} {counted}" if counted else figure
    if sentence is None:
        sentence = " ".join(x for x in (text, event, f"in {place}" if place else None) if x) + "."
    # the figure as a whole number: "200" is not the tail of "1,200"
    found = re.search(rf"(?<![\d,.]){re.escape(text)}(?![\d])", sentence)
    assert found, f"{text!r} is not in {sentence!r}"
    local = found.start()
    sentence_start = (next(_serial) * 1000) if offset is None else offset
    start = sentence_start + local
    quantity = Quantity(
        start=start,
        end=start + len(text),
        text=figure,
        value=value,
        low=low,
        high=high,
        hedge=hedge,
        hedge_class=cls,
        kind=kind,
        unit=unit,
        number_start=start,
        number_end=start + len(figure),
    )
    return Claim(
        id=id or f"{article}:{start}",
        article=article,
        start=start,
        end=start + len(text),
        text=text,
        sentence=sentence,
        sentence_start=sentence_start,
        quantity=quantity,
        counted=counted,
        event=event,
        place=place,
        time=time,
        attribution=Attribution(source=source) if source else None,
    )


def article(id: str, *, outlet: str | None = None, published: date | None = None, text: str = "") -> Article:
    return Article(id=id, file=f"{id}.txt", text=text, outlet=outlet or id.upper(), published=published)
