"""Review decisions: made in the HTML report, exported as JSON, carried into a later run.

An export looks like::

    {"crosscheck_reviews": 1, "report": "<report key>",
     "reviews": [{"cluster": "c-…", "status": "confirmed discrepancy" | "not a discrepancy" |
                  "needs follow-up", "note": "…", "updated": "2025-04-21T10:00:00Z",
                  "claims": [{"file": "003_….txt", "start": 1097, "end": 1118, "text": "nearly 85,000 Afghans"}]}]}

Cluster ids change when a corpus grows, so a review is matched to the new cluster by the
provenance of its claims (file, offsets, text): the new cluster that holds most of them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from crosscheck.model import Report

STATUSES = ("confirmed discrepancy", "not a discrepancy", "needs follow-up")


def load_reviews(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a readable reviews export ({error})") from error
    reviews = data.get("reviews") if isinstance(data, dict) else None
    if not isinstance(reviews, list):
        raise ValueError("not a crosscheck reviews export (no 'reviews' list)")
    good = [r for r in reviews if isinstance(r, dict) and r.get("status") in STATUSES]
    return good


def carry_over(report: Report, reviews: list[dict[str, Any]]) -> Report:
    """Attach each earlier review to the cluster that now holds its claims."""
    file_of = {a.id: a.file for a in report.articles}
    owner: dict[tuple[str, int, int], str] = {}
    by_text: dict[tuple[str, str], str] = {}
    claims = {c.id: c for c in report.claims}
    for cluster in report.clusters:
        for m in cluster.members:
            c = claims.get(m)
            if c is None:
                continue
            owner[(file_of.get(c.article, c.article), c.start, c.end)] = cluster.id
            by_text.setdefault((file_of.get(c.article, c.article), c.text), cluster.id)
    carried: dict[str, dict[str, Any]] = {}
    for review in reviews:
        votes: Counter[str] = Counter()
        for claim in review.get("claims", []):
            key = (claim.get("file"), claim.get("start"), claim.get("end"))
            cluster_id = owner.get(key) or by_text.get((claim.get("file"), claim.get("text")))  # type: ignore[arg-type]
            if cluster_id:
                votes[cluster_id] += 1
        if not votes:
            continue
        target = votes.most_common(1)[0][0]
        carried[target] = {
            "status": review["status"],
            "note": str(review.get("note", "")),
            "updated": str(review.get("updated", "")),
            "carried_over": True,
            "from_cluster": str(review.get("cluster", "")),
        }
    from dataclasses import replace

    return replace(report, reviews={**report.reviews, **carried})
