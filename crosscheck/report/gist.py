"""What a cluster says, in a few words, for a link to it from another cluster.

Two clusters are often labelled alike ("turnout" and "turnout", "individuals rescued" on a card
labelled "individuals rescued"), so "possibly the same: turnout" did not say which cluster it
meant. Beside the label, every view shows the linked cluster's figures as written ("68%, nears
62%") or the first words of its statement.
"""

from __future__ import annotations

from collections.abc import Mapping

from crosscheck.model import Claim, Cluster, Statement

#: Distinct figures named before an ellipsis, and characters of a statement quoted.
FIGURES = 2
QUOTED = 40


def gist(cluster: Cluster, claims: Mapping[str, Claim], statements: Mapping[str, Statement]) -> str:
    """The cluster's first distinct figures as written, or the opening of its first statement."""
    if cluster.kind == "statement":
        said = next((statements[m].content for m in cluster.members if m in statements), "")
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
