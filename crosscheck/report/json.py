"""The JSON twin of the report: the contract tools rely on (see ``schema.json`` beside this file).

Layout: one top-level key per line, and one record per line inside each top-level list or
object (an article, a claim, a cluster...), keys sorted, no spaces inside a record. Two runs on
the same corpus diff to nothing, a changed claim diffs as one line, and every record goes through
the standard library's C encoder (an indented dump runs its pure-Python one, several times
slower). ``write_json`` hands the text out record by record, so a large report is never held
whole in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields
from importlib import resources
from typing import Any

from crosscheck.model import Report, json_ready
from crosscheck.sources import fewest_sources, sources_by_article

_record = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def report_dict(report: Report) -> dict[str, Any]:
    data = report.to_dict()
    data["summary"] = summary(report)
    return data


def _top_level(report: Report) -> dict[str, Any]:
    """The report's top-level values, records left as objects: each becomes a dict as it is written."""
    data: dict[str, Any] = {f.name: getattr(report, f.name) for f in fields(report)}
    data["summary"] = summary(report)
    return data


def json_chunks(report: Report, between: tuple[float, float] = (0.0, 1.0)) -> Iterator[str]:
    """report.json as a sequence of strings, one line each (see the module docstring).

    ``between`` (fractions of the file's lines) gives only that stretch of it, encoding none of
    the records outside it: stretches that meet, joined in order, are the whole file, so two
    processes can each make one.
    """
    items = sorted(_top_level(report).items())
    total = 2 + sum(2 + len(v) if isinstance(v, (list, tuple, dict)) and v else 1 for _, v in items)
    low, high = round(between[0] * total), round(between[1] * total)
    line = 0

    def wanted() -> bool:
        nonlocal line
        line += 1
        return low < line <= high

    if wanted():
        yield "{\n"
    for n, (key, value) in enumerate(items):
        end = ",\n" if n < len(items) - 1 else "\n"
        name = _record(key)
        if isinstance(value, (list, tuple)) and value:
            if wanted():
                yield f"{name}: [\n"
            last = len(value) - 1
            for i, item in enumerate(value):
                if wanted():
                    yield _record(json_ready(item)) + (",\n" if i < last else "\n")
            if wanted():
                yield "]" + end
        elif isinstance(value, dict) and value:
            if wanted():
                yield f"{name}: {{\n"
            last = len(value) - 1
            for i, (k, v) in enumerate(sorted(value.items())):
                if wanted():
                    yield f"{_record(k)}:{_record(json_ready(v))}" + (",\n" if i < last else "\n")
            if wanted():
                yield "}" + end
        elif wanted():
            yield f"{name}: {_record(json_ready(value))}{end}"
    if wanted():
        yield "}\n"


def to_json(report: Report) -> str:
    """Sorted keys and stable order, so two runs on the same corpus diff to nothing."""
    return "".join(json_chunks(report))


def schema() -> dict[str, Any]:
    return json.loads(resources.files("crosscheck.report").joinpath("schema.json").read_text("utf-8"))


def summary(report: Report) -> dict[str, int]:
    claim_clusters = [c for c in report.clusters if c.kind == "claim"]
    outlets = {a.display_name() for a in report.articles if a.duplicate_of is None}
    return {
        "articles": len(report.articles),
        "outlets": len(outlets),
        "independent_sources": fewest_sources(sources_by_article(report.sources).values()),
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
