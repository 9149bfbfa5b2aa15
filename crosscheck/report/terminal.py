"""The terminal report (rich): the story in numbers, then the clusters, conflicts first.

Article text and metadata are untrusted: they reach rich only as ``Text`` objects, never as
markup, so "[bold]" in an article prints as itself. Control characters (an ANSI escape or a
right-to-left override inside an article) are replaced so they cannot repaint the terminal.
"""

from __future__ import annotations

import unicodedata

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crosscheck.model import Claim, Cluster, Report
from crosscheck.report.json import summary

VERDICT_STYLE = {"conflict": "bold red", "compatible": "yellow", "agree": "green", "single": "dim"}
VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}


def plain(text: str | None) -> Text:
    """Untrusted text as a rich Text, with control and bidi-override characters made visible."""
    cleaned = "".join(
        "\ufffd" if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" and ch != "\u200d" else ch
        for ch in (text or "")
    )
    return Text(cleaned)


def _outlets(report: Report) -> dict[str, str]:
    return {a.id: a.display_name() for a in report.articles}


def overview(report: Report) -> Table:
    s = summary(report)
    table = Table.grid(padding=(0, 3))
    items = [
        (s["articles"], "articles"), (s["outlets"], "outlets"), (s["independent_sources"], "independent sources"),
        (s["claims"], "claims"), (s["clusters"], "clusters"), (s["conflicts"], "conflicts"),
    ]
    for _ in items:
        table.add_column(justify="left")
    table.add_row(*(Text(str(n), style="bold red" if label == "conflicts" and n else "bold") for n, label in items))
    table.add_row(*(Text(label, style="dim") for _, label in items))
    return table


def cluster_panel(report: Report, cluster: Cluster, claims: dict[str, Claim]) -> Panel:
    outlet = _outlets(report)
    published = {a.id: a.published.isoformat() if a.published else "?" for a in report.articles}
    table = Table(show_header=True, header_style="bold", expand=True, box=None, pad_edge=False)
    table.add_column("outlet", ratio=3, overflow="fold")
    table.add_column("date", width=10, no_wrap=True)
    table.add_column("figure as written", ratio=4, overflow="fold")
    table.add_column("hedge", ratio=2, overflow="fold")
    table.add_column("attribution", ratio=3, overflow="fold")
    table.add_column("time", ratio=3, overflow="fold")
    for member in cluster.members:
        c = claims.get(member)
        if c is None:
            continue
        table.add_row(
            plain(outlet.get(c.article, c.article)),
            Text(published.get(c.article, "?")),
            plain(c.text),
            plain(c.quantity.hedge or ""),
            plain(c.attribution.source if c.attribution else "-"),
            plain(c.time.text if c.time else "-"),
        )
    body: list[Text | Table] = [plain(cluster.why)]
    for note in cluster.notes:
        body.append(Text.assemble(("note: ", "italic"), plain(note)))
    labels = {c.id: c.label or c.id for c in report.clusters}
    for other, relation in sorted(cluster.related.items()):
        kind = "updated figure" if relation == "updated" else "possibly the same"
        body.append(Text.assemble((f"{kind}: ", "italic dim"), plain(labels.get(other, other))))
    review = report.reviews.get(cluster.id)
    if review:
        line = Text.assemble(("review (carried over): " if review.get("carried_over") else "review: ", "bold cyan"), plain(str(review.get("status", ""))))
        if review.get("note"):
            line.append(" - ")
            line.append_text(plain(str(review["note"])))
        body.append(line)
    title = Text.assemble((cluster.verdict.upper(), VERDICT_STYLE.get(cluster.verdict, "")), "  ", plain(cluster.label))
    return Panel(Group(*body, Text(""), table), title=title, title_align="left")


def render(report: Report, console: Console, show_all: bool = False) -> None:
    """The summary a fact-checker reads first; conflicts, then other multi-source clusters."""
    claims = {c.id: c for c in report.claims}
    console.print(Text.assemble(("crosscheck ", "bold"), plain(report.corpus)))
    console.print(overview(report))
    if report.skipped:  # each reason was already said when the run read its input
        names = ", ".join(s.file for s in report.skipped)
        console.print(Text.assemble(("skipped ", "yellow"), plain(f"{len(report.skipped)} inputs: {names}")))
    claim_clusters = sorted((c for c in report.clusters if c.kind == "claim"), key=lambda c: VERDICT_ORDER.get(c.verdict, 9))
    shown = [c for c in claim_clusters if c.verdict != "single" or show_all]
    for cluster in shown:
        console.print(cluster_panel(report, cluster, claims))
    outlet = _outlets(report)
    for check in report.checks:
        console.print(Text.assemble(
            (f"check ({check.kind}) {'ok' if check.ok else 'FAILED'}", "green" if check.ok else "red"),
            " in ", plain(outlet.get(check.article, check.article)), ": ", plain(check.why),
        ))
    quoted = [c for c in report.clusters if c.kind == "statement" and len(c.members) > 1]
    if quoted:
        console.print(Text(f"{len(quoted)} statements reported by more than one article (see the HTML report):", style="bold"))
        for cluster in quoted:
            console.print(Text.assemble("  ", (cluster.verdict, VERDICT_STYLE.get(cluster.verdict, "")), "  ", plain(cluster.label), "  ", plain(cluster.why)))
    if not [c for c in shown if c.verdict != "single"] and not [c for c in report.checks if not c.ok]:
        console.print(Text("No figure was reported by more than one article.", style="dim"))
