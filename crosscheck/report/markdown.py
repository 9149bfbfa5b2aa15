"""A Markdown summary to paste into a write-up: the story in numbers and the conflicts."""

from __future__ import annotations

from crosscheck.model import Report
from crosscheck.report.json import summary


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    s = summary(report)
    outlet = {a.id: a.display_name() for a in report.articles}
    claims = {c.id: c for c in report.claims}
    lines = [
        f"# crosscheck: {_cell(report.corpus)}",
        "",
        f"{s['articles']} articles, {s['outlets']} outlets, {s['independent_sources']} independent sources; "
        f"{s['claims']} claims in {s['clusters']} multi-report clusters; **{s['conflicts']} conflicts**.",
        "",
    ]
    for verdict, title in (("conflict", "Conflicts"), ("compatible", "Compatible given the hedges"), ("agree", "Agreeing")):
        shown = [c for c in report.clusters if c.kind == "claim" and c.verdict == verdict]
        if not shown:
            continue
        lines += [f"## {title}", ""]
        for cluster in shown:
            lines += [f"### {_cell(cluster.label)}", "", _cell(cluster.why), ""]
            lines += ["| outlet | figure | source | time |", "|---|---|---|---|"]
            for m in cluster.members:
                c = claims[m]
                lines.append(
                    f"| {_cell(outlet.get(c.article, c.article))} | {_cell(c.text)} | "
                    f"{_cell(c.attribution.source if c.attribution else '')} | {_cell(c.time.text if c.time else '')} |"
                )
            lines.append("")
    return "\n".join(lines) + "\n"
