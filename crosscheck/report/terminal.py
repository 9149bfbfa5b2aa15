"""The terminal report (rich): the story in numbers, then the clusters, conflicts first.

Article text and metadata are untrusted: they reach rich only as ``Text`` objects, never as
markup, so "[bold]" in an article prints as itself.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crosscheck.model import Claim, Cluster, Report
from crosscheck.report.json import summary

VERDICT_STYLE = {"conflict": "bold red", "compatible": "yellow", "agree": "green", "single": "dim"}


def _outlet(report: Report, article_id: str) -> str:
    for a in report.articles:
        if a.id == article_id:
            return a.display_name()
    return article_id


def overview(report: Report) -> Table:
    s = summary(report)
    table = Table.grid(padding=(0, 2))
    for _ in range(6):
        table.add_column(justify="right")
    table.add_row(
        Text(f"{s['articles']} articles"),
        Text(f"{s['outlets']} outlets"),
        Text(f"{s['independent_sources']} independent sources"),
        Text(f"{s['claims']} claims"),
        Text(f"{s['clusters']} clusters"),
        Text(f"{s['conflicts']} conflicts", style="bold red" if s["conflicts"] else ""),
    )
    return table


def cluster_panel(report: Report, cluster: Cluster, claims: dict[str, Claim]) -> Panel:
    table = Table(show_header=True, header_style="bold", expand=True, box=None)
    table.add_column("outlet", ratio=2, overflow="fold")
    table.add_column("figure", ratio=2, overflow="fold")
    table.add_column("source", ratio=2, overflow="fold")
    table.add_column("time", ratio=2, overflow="fold")
    for member in cluster.members:
        c = claims.get(member)
        if c is None:
            continue
        table.add_row(
            Text(_outlet(report, c.article)),
            Text(c.text),
            Text(c.attribution.source if c.attribution else "-"),
            Text(c.time.text if c.time else "-"),
        )
    body = [Text(cluster.why)]
    for note in cluster.notes:
        body.append(Text("note: " + note, style="italic"))
    updated = [k for k, v in cluster.related.items() if v == "updated"]
    if updated:
        body.append(Text("updated in: " + ", ".join(updated), style="italic"))
    title = Text.assemble((cluster.verdict.upper(), VERDICT_STYLE.get(cluster.verdict, "")), "  ", cluster.label)
    return Panel(Group(*body, table), title=title, title_align="left")


def render(report: Report, console: Console, show_all: bool = False) -> None:
    """The summary a fact-checker reads first; conflicts, then other multi-source clusters."""
    claims = {c.id: c for c in report.claims}
    console.print(Text("crosscheck", style="bold"), Text(report.corpus))
    console.print(overview(report))
    for skipped in report.skipped:
        console.print(Text(f"skipped {skipped.file}: {skipped.reason}", style="yellow"))
    claim_clusters = [c for c in report.clusters if c.kind == "claim"]
    shown = [c for c in claim_clusters if c.verdict == "conflict"]
    shown += [c for c in claim_clusters if c.verdict in ("compatible", "agree")]
    if show_all:
        shown += [c for c in claim_clusters if c.verdict == "single"]
    for cluster in shown:
        console.print(cluster_panel(report, cluster, claims))
    failed = [c for c in report.checks if not c.ok]
    for check in report.checks:
        style = "red" if not check.ok else "green"
        console.print(Text(f"check ({check.kind}) in {_outlet(report, check.article)}: {check.why}", style=style))
    if not shown and not failed:
        console.print(Text("No figure was reported by more than one article.", style="dim"))
