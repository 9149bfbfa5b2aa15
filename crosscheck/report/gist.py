"""What a cluster says, in a few words, for a link to it from another cluster, and which of
its outlets are one source.

Two clusters are often labelled alike ("turnout" and "turnout", "individuals rescued" on a card
labelled "individuals rescued"), so "possibly the same: turnout" did not say which cluster it
meant. Beside the label, every view shows the linked cluster's figures as written ("68%, nears
62%") or the first words of its statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from crosscheck.model import Article, Claim, Cluster, Statement

#: Distinct figures named before an ellipsis, and characters of a statement quoted.
FIGURES = 2
QUOTED = 40
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def gist(cluster: Cluster, claims: Mapping[str, Claim], statements: Mapping[str, Statement]) -> str:
    """The cluster's first distinct figures as written, or the opening of its first statement."""
    if cluster.kind == "statement":
        said = next((statements[m].content for m in cluster.members if m in statements), "")
        # the gist wraps it in quotation marks: those the content kept from its source went double
        said = said.strip(_QUOTE_MARKS + " ")
        if not said:
            return ""
        return f"\u201c{said[:QUOTED].rstrip()}\u2026\u201d" if len(said) > QUOTED else f"\u201c{said}\u201d"
    # "two" and "Two" (one at a sentence's start) are one figure as written
    figures: dict[str, str] = {}
    for member in cluster.members:
        if member in claims:
            figures.setdefault(claims[member].quantity.text.lower(), claims[member].quantity.text)
    written = list(figures.values())
    return ", ".join(written[:FIGURES]) + (", \u2026" if len(written) > FIGURES else "")


def latest_reports(clusters: Iterable[Cluster], claims: Mapping[str, Claim],
                   statements: Mapping[str, Statement], articles: Mapping[str, Article]) -> dict[str, date]:
    """Each cluster's most recent publication date among its members' articles (none: left out)."""
    out: dict[str, date] = {}
    for cluster in clusters:
        days = [
            articles[a].published for a in
            (claims[m].article if m in claims else statements[m].article if m in statements else "" for m in cluster.members)
            if a in articles and articles[a].published
        ]
        if days:
            out[cluster.id] = max(d for d in days if d)
    return out


def relation_name(relation: str, here: date | None, there: date | None) -> str:
    """How a link to another cluster is named. An updated figure says whether it was reported
    later or earlier, and when: a toll's links then read as its timeline ("later figure,
    2025-03-14: toll (61)") instead of "updated figure" either way."""
    if relation != "updated":
        return "possibly the same"
    if here and there and here != there:
        return f"{'later' if there > here else 'earlier'} figure, {there.isoformat()}"
    return "updated figure"


#: Outlets named in a line that says which of a card's reports are one source.
SHARED_OUTLETS = 6


def shared_sources(
    articles: Iterable[str], sources_of: Mapping[str, Sequence[str]], outlet_of: Mapping[str, str]
) -> list[str]:
    """Which outlets among ``articles`` count as one source, and why: one line per source that
    two or more outlets share ("AFP and Daily Nation count as one source (credited to AFP)").
    "3 outlets, 1 independent source" alone left a fact-checker to guess which reports were one.
    An outlet that credits two wires is named under each; outlets that share several sources are
    one line naming them all."""
    outlets_of: dict[str, set[str]] = {}
    for article in articles:
        for source in sources_of.get(article, (article,)):
            outlets_of.setdefault(source, set()).add(outlet_of.get(article, article))
    # Outlets that share several wires are one line naming every wire: a line per wire repeated
    # the same eighteen outlets for each of five agencies.
    whys_of: dict[tuple[str, ...], list[str]] = {}
    for source, outlets in sorted(outlets_of.items()):
        if len(outlets) < 2:
            continue
        name = source.removeprefix("source:")
        # a source named by an article is copy shared with it; else it is the wire credited
        whys_of.setdefault(tuple(sorted(outlets)), []).append(name)
    lines = []
    for names, sources in whys_of.items():
        copied = [s for s in sources if s in outlet_of]
        credited = [s for s in sources if s not in outlet_of]
        why = "; ".join(
            (["the same wire copy"] if copied else [])
            + (["credited to " + _and(credited)] if credited else [])
        )
        if len(names) > SHARED_OUTLETS:
            listed = ", ".join(names[:SHARED_OUTLETS]) + f" and {len(names) - SHARED_OUTLETS} more"
        else:
            listed = _and(list(names))
        lines.append(f"{listed} count as one source ({why})")
    return lines


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
