"""Review decisions: made in the HTML report, exported as JSON, carried into a later run.

An export looks like::

    {"crosscheck_reviews": 1, "report": "<report key>", "exported": "2025-04-21T10:00:00Z",
     "reviews": [{"cluster": "c-…", "kind": "claim" | "statement", "label": "…",
                  "status": "confirmed discrepancy" | "not a discrepancy" | "needs follow-up",
                  "note": "…", "updated": "2025-04-21T10:00:00Z", "carried_over": false,
                  "claims": [{"file": "003_….txt", "start": 1097, "end": 1118, "text": "nearly 85,000 Afghans"}]}]}

``claims`` holds the provenance of the cluster's members: claims for a figure cluster, statements
(their content span) for a statement cluster. Cluster ids change when a corpus grows, so a review
is matched to the new cluster by that provenance (file and offsets, else file and text): the new
cluster that holds most of it. The page writes this format (report/static/report.js) and
:func:`load_reviews` reads it; keep both sides in step.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from crosscheck.model import Cluster, Report

STATUSES = ("confirmed discrepancy", "not a discrepancy", "needs follow-up")
FORMAT_VERSION = 1


def provenance(report: Report, cluster: Cluster) -> list[dict[str, Any]]:
    """Where each member of ``cluster`` sits: file, offsets and text, stable across runs."""
    file_of = {a.id: a.file for a in report.articles}
    spans = {c.id: (c.article, c.start, c.end, c.text) for c in report.claims}
    spans.update({s.id: (s.article, s.start, s.end, s.content) for s in report.statements})
    out = []
    for member in cluster.members:
        if member in spans:
            article, start, end, text = spans[member]
            out.append({"file": file_of.get(article, article), "start": start, "end": end, "text": text})
    return out


def load_reviews(path: Path) -> list[dict[str, Any]]:
    """The reviews of an export, keeping only those with a known status."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a readable reviews export ({error})") from error
    reviews = data.get("reviews") if isinstance(data, dict) else None
    if not isinstance(reviews, list):
        raise ValueError("not a crosscheck reviews export (no 'reviews' list)")
    return [r for r in reviews if isinstance(r, dict) and r.get("status") in STATUSES]


def carry_over(report: Report, reviews: list[dict[str, Any]]) -> Report:
    """Attach each earlier review to the cluster that now holds most of its claims."""
    by_span: dict[tuple[Any, Any, Any], str] = {}
    by_text: dict[tuple[Any, Any], str] = {}
    for cluster in report.clusters:
        for p in provenance(report, cluster):
            by_span[(p["file"], p["start"], p["end"])] = cluster.id
            by_text.setdefault((p["file"], p["text"]), cluster.id)
    carried: dict[str, dict[str, Any]] = {}
    for review in reviews:
        votes: Counter[str] = Counter()
        claims = review.get("claims")
        for claim in claims if isinstance(claims, list) else []:
            if not isinstance(claim, dict):
                continue
            cluster_id = by_span.get((claim.get("file"), claim.get("start"), claim.get("end"))) or by_text.get(
                (claim.get("file"), claim.get("text"))
            )
            if cluster_id:
                votes[cluster_id] += 1
        if not votes:
            continue
        target = votes.most_common(1)[0][0]
        decision = {
            "status": review["status"],
            "note": str(review.get("note", "")),
            "updated": str(review.get("updated", "")),
            "carried_over": True,
            "from_cluster": str(review.get("cluster", "")),
        }
        carried[target] = merged(carried[target], decision) if target in carried else decision
    return replace(report, reviews={**report.reviews, **carried})


def merged(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Two earlier reviews of clusters that a later run joined into one. The second used to
    replace the first, its note lost; now both notes are kept, and decisions that differ become
    "needs follow-up", saying what each was, since neither holds for the joined cluster alone."""
    notes = [n for n in (first["note"], second["note"]) if n]
    if first["status"] != second["status"]:
        status = "needs follow-up"
        notes.insert(0, f"earlier reviews differ: {first['status']} ({first['from_cluster']}), "
                        f"{second['status']} ({second['from_cluster']})")
    else:
        status = first["status"]
    return {
        "status": status,
        "note": " / ".join(dict.fromkeys(notes)),
        "updated": max(first["updated"], second["updated"]),
        "carried_over": True,
        "from_cluster": f"{first['from_cluster']} {second['from_cluster']}".strip(),
    }
