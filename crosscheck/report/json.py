"""The JSON twin of the report: the contract tools rely on (see ``schema.json`` beside this file)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from crosscheck.model import Report


def report_dict(report: Report) -> dict[str, Any]:
    data = report.to_dict()
    data["summary"] = summary(report)
    return data


def to_json(report: Report) -> str:
    """Sorted keys and stable order, so two runs on the same corpus diff to nothing."""
    return json.dumps(report_dict(report), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def schema() -> dict[str, Any]:
    return json.loads(resources.files("crosscheck.report").joinpath("schema.json").read_text("utf-8"))


def summary(report: Report) -> dict[str, int]:
    claim_clusters = [c for c in report.clusters if c.kind == "claim"]
    outlets = {a.display_name() for a in report.articles if a.duplicate_of is None}
    return {
        "articles": len(report.articles),
        "outlets": len(outlets),
        "independent_sources": len(report.sources),
        "claims": len(report.claims),
        "statements": len(report.statements),
        "sourcing": len(report.sourcing),
        "clusters": len([c for c in claim_clusters if len(c.members) > 1]),
        "conflicts": len([c for c in claim_clusters if c.verdict == "conflict"]),
        "compatible": len([c for c in claim_clusters if c.verdict == "compatible"]),
        "agree": len([c for c in claim_clusters if c.verdict == "agree"]),
        "single": len([c for c in claim_clusters if c.verdict == "single"]),
        "checks_failed": len([c for c in report.checks if not c.ok]),
        "skipped": len(report.skipped),
    }
