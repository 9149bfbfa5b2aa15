"""How much of a large report the views for people show, and which part.

report.json holds everything. The terminal summary, the Markdown write-up and the HTML page are
read by a person, so on a corpus of thousands of articles they show what a fact-checker reads
first: the clusters in the judge's order (conflicts first, by severity), and within a cluster
every distinct reading of the figure before its repeats. What is left out is counted where it
would have been, and the HTML and JSON reports are named for the rest. A small corpus (the
sample has 8 multi-report clusters of at most 4 reports) is shown whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from crosscheck.model import Claim

#: Clusters the terminal prints in full; the others are counted by verdict.
TERMINAL_CLUSTERS = 20
#: Reports the terminal and the Markdown list per cluster.
ROWS = 12
#: A cluster's notes ("the daily says both 35 and 42") the terminal, Markdown and HTML card show
#: before counting the rest: a table read as prose can give a hundred.
NOTES = 3
#: Internal checks and repeated statements the terminal lists.
TERMINAL_LINES = 20
#: Clusters per verdict the Markdown write-up gives a table to.
MARKDOWN_CLUSTERS = 100
#: Cluster cards on the HTML page, and reports drawn and listed per card.
HTML_CARDS = 1_000
HTML_ROWS = 50
#: Cards whose number line and report rows are in the page as it opens; the page's script draws
#: the others' as they come near the screen (a page of a few dozen cards is drawn whole).
HTML_DRAWN = 20
#: Sourcing lines ("according to the ministry") the HTML page lists.
HTML_SOURCING = 500

T = TypeVar("T")


def reading(claim: Claim) -> tuple[object, ...]:
    """What makes two reports of a figure different to a reader: the figure and its hedge."""
    q = claim.quantity
    return (q.value, q.low, q.high, q.hedge_class, q.unit)


def representative(claims: Sequence[Claim], limit: int | None) -> list[Claim]:
    """At most ``limit`` of ``claims``, in their order: one of each distinct reading first, then
    repeats. ``None`` keeps them all."""
    if limit is None or len(claims) <= limit:
        return list(claims)
    chosen: set[int] = set()
    seen: set[tuple[object, ...]] = set()
    for i, claim in enumerate(claims):
        key = reading(claim)
        if key not in seen and len(chosen) < limit:
            seen.add(key)
            chosen.add(i)
    for i in range(len(claims)):
        if len(chosen) >= limit:
            break
        chosen.add(i)
    return [c for i, c in enumerate(claims) if i in chosen]


def first(items: Sequence[T], limit: int | None) -> tuple[list[T], int]:
    """The first ``limit`` items (all with ``None``) and how many were left out."""
    if limit is None or len(items) <= limit:
        return list(items), 0
    return list(items[:limit]), len(items) - limit


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"
