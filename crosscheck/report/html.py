"""The HTML review report: one self-contained file built from the same Report as the JSON.

Jinja2 with autoescape and StrictUndefined; article text is split into segments in Python
(plain, furniture, claim) and every segment is escaped by the template, never marked safe.
"""

from __future__ import annotations

import json
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from crosscheck.model import Article, Claim, Report
from crosscheck.report.json import report_dict, summary

_env = Environment(
    loader=PackageLoader("crosscheck.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def segments(article: Article, claims: list[Claim]) -> list[dict[str, Any]]:
    """The article text cut at furniture and claim boundaries, in order, covering every character."""
    marks: list[tuple[int, int, str, str | None]] = [(f.start, f.end, "furniture", None) for f in article.furniture]
    marks += [(c.start, c.end, "claim", c.id) for c in claims]
    cuts = sorted({0, len(article.text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        if start >= end:
            continue
        claim_id = next((m[3] for m in marks if m[2] == "claim" and m[0] <= start and end <= m[1]), None)
        furniture = any(m[2] == "furniture" and m[0] <= start and end <= m[1] for m in marks)
        out.append({"text": article.text[start:end], "claim": claim_id, "furniture": furniture})
    return out


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def render(report: Report) -> str:
    claims_by_article: dict[str, list[Claim]] = {}
    for c in report.claims:
        claims_by_article.setdefault(c.article, []).append(c)
    articles = [
        {
            "id": a.id,
            "file": a.file,
            "outlet": a.outlet or a.file,
            "published": a.published.isoformat() if a.published else "date unknown",
            "url": _safe_url(a.url),
            "title": a.title or "",
            "provenance": a.provenance,
            "segments": segments(a, claims_by_article.get(a.id, [])),
        }
        for a in report.articles
    ]
    data = json.dumps(report_dict(report), ensure_ascii=False, sort_keys=True)
    # "</script>" or "<!--" inside the data block would end or bend it; JSON allows \u003c.
    data = data.replace("<", "\\u003c")
    return _env.get_template("report.html.j2").render(
        report=report,
        summary=summary(report),
        articles=articles,
        claims={c.id: c for c in report.claims},
        statements={s.id: s for s in report.statements},
        outlet_of={a.id: (a.outlet or a.file) for a in report.articles},
        data=data,
    )
