"""The terminal report (rich): the story in numbers, then the clusters, conflicts first.

On a large corpus it summarises (limits in :mod:`crosscheck.report.budget`): the first clusters
in full, each with its distinct figures first, and the rest counted by verdict; ``--all``
(``show_all``) prints everything, single-source figures included.

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

from crosscheck.model import Cluster, Report
from crosscheck.report.budget import (
    HTML_CARDS,
    NOTES,
    ROWS,
    TERMINAL_CLUSTERS,
    TERMINAL_LINES,
    first,
    plural,
    representative,
)
from crosscheck.report.gist import gist, latest_reports, relation_name, shared_sources
from crosscheck.report.json import summary
from crosscheck.sources import sources_by_article

VERDICT_STYLE = {"conflict": "bold red", "compatible": "yellow", "agree": "green", "single": "dim"}
VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
#: How a count of clusters names its verdict: (one, many).
VERDICT_COUNTED = {
    "conflict": ("conflict", "conflicts"), "compatible": ("compatible", "compatible"),
    "agree": ("agreeing", "agreeing"), "single": ("single-report", "single-report"),
}


def plain(text: str | None) -> Text:
    """Untrusted text as a rich Text, with control and bidi-override characters made visible."""
    if text and text.isprintable():  # no Cc or Cf character: most text, checked in C
        return Text(text)
    cleaned = "".join(
        "\ufffd" if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" and ch != "\u200d" else ch
        for ch in (text or "")
    )
    return Text(cleaned)


class _Lookups:
    """What every panel looks up, built once per report (per panel it cost clusters x articles)."""

    def __init__(self, report: Report) -> None:
        self.outlet = {a.id: a.display_name() for a in report.articles}
        self.published = {a.id: a.published.isoformat() if a.published else "no date" for a in report.articles}
        self.label = {c.id: c.label or c.id for c in report.clusters}
        self.sources_of = sources_by_article(report.sources)
        self.claims = {c.id: c for c in report.claims}
        statements = {s.id: s for s in report.statements}
        linked = {other for c in report.clusters for other in c.related}
        self.gist = {c.id: gist(c, self.claims, statements) for c in report.clusters if c.id in linked}
        # when each linked figure was last reported, for "later figure, <date>"
        self.dated = latest_reports((c for c in report.clusters if c.id in linked or c.related), self.claims, statements,
                                    {a.id: a for a in report.articles})


def overview(report: Report) -> Table:
    s = summary(report)
    table = Table.grid(padding=(0, 3))
    items = [
        (s["articles"], "articles"), (s["outlets"], "outlets"), (s["independent_sources"], "independent sources"),
        (s["claims"], "claims"), (s["clusters"], "figures compared"), (s["conflicts"], "conflicts"),
    ]
    for _ in items:
        table.add_column(justify="left")
    table.add_row(*(Text(f"{n:,}", style="bold red" if label == "conflicts" and n else "bold") for n, label in items))
    table.add_row(*(Text(label, style="dim") for _, label in items))
    return table


#: How each hedge class bounds its figure, in a word or a sign.
HEDGE_READING = {
    "exact": "=", "more": "> more", "atleast": "≥ at least", "less": "< less", "upto": "≤ up to",
    "approx": "≈ about", "range": "range", "vague": "vague", "average": "average",
}


def cluster_panel(report: Report, cluster: Cluster, lookups: _Lookups, rows: int | None = ROWS) -> Panel:
    table = Table(show_header=True, header_style="bold", expand=True, box=None, pad_edge=False)
    table.add_column("outlet", ratio=3, overflow="fold")
    table.add_column("date", width=10, no_wrap=True)
    table.add_column("figure as written", ratio=4, overflow="fold")
    # how the hedge reads, not its words again (the figure column has them): short, never folded
    table.add_column("reads as", no_wrap=True)
    table.add_column("source", ratio=3, overflow="fold")
    table.add_column("time", ratio=3, overflow="fold")
    members = [lookups.claims[m] for m in cluster.members if m in lookups.claims]
    shown = representative(members, rows)
    for c in shown:
        table.add_row(
            plain(lookups.outlet.get(c.article, c.article)),
            Text(lookups.published.get(c.article, "no date")),
            plain(c.text),
            # a forecast says so: it is no count, whatever its hedge
            Text("forecast" if c.forecast else HEDGE_READING.get(c.quantity.hedge_class, c.quantity.hedge_class),
                 style="dim"),
            plain(c.attribution.source if c.attribution else "-"),
            plain(c.time.text if c.time else "-"),
        )
    body: list[Text | Table] = [plain(cluster.why)]
    notes, more_notes = first(cluster.notes, None if rows is None else NOTES)
    for note in notes:
        body.append(Text.assemble(("note: ", "italic"), plain(note)))
    if more_notes:
        body.append(Text(f"... and {plural(more_notes, 'more note')} (report.json has them all)", style="dim"))
    for one_source in shared_sources(dict.fromkeys(c.article for c in members), lookups.sources_of, lookups.outlet):
        shared = plain(one_source)
        shared.stylize("dim")
        body.append(shared)
    for other, relation in sorted(cluster.related.items()):
        kind = relation_name(relation, lookups.dated.get(cluster.id), lookups.dated.get(other))
        what = plain(f" ({lookups.gist[other]})" if lookups.gist.get(other) else "")
        what.stylize("dim")
        body.append(Text.assemble((f"{kind}: ", "italic dim"), plain(lookups.label.get(other, other)), what))
    review = report.reviews.get(cluster.id)
    if review:
        line = Text.assemble(("review (carried over): " if review.get("carried_over") else "review: ", "bold cyan"), plain(str(review.get("status", ""))))
        if review.get("note"):
            line.append(" - ")
            line.append_text(plain(str(review["note"])))
        body.append(line)
    title = Text.assemble((cluster.verdict.upper(), VERDICT_STYLE.get(cluster.verdict, "")), "  ", plain(cluster.label))
    parts: list[Text | Table] = [*body, Text(""), table]
    if len(shown) < len(members):
        parts.append(Text(f"... and {plural(len(members) - len(shown), 'more report')} of figures shown above", style="dim"))
    return Panel(Group(*parts), title=title, title_align="left")


def _left_out(clusters: list[Cluster], in_all: int) -> Text:
    counts = {v: sum(1 for c in clusters if c.verdict == v) for v in VERDICT_ORDER}
    named = ", ".join(f"{n:,} {VERDICT_COUNTED[verdict][n != 1]}" for verdict, n in counts.items() if n)
    # the HTML page has a card budget too: pointing there for "all" sent a reader to look for
    # clusters it does not have
    where = ("the HTML and JSON reports list them all" if in_all <= HTML_CARDS else
             f"the JSON report lists them all, the HTML report the first {HTML_CARDS:,} (conflicts first)")
    return Text(f"... and {plural(len(clusters), 'more cluster')} ({named}): {where}", style="bold")


def render(report: Report, console: Console, show_all: bool = False) -> None:
    """The summary a fact-checker reads first; conflicts, then other multi-source clusters.

    On a large report only the first clusters, checks and statements are printed, and the rest
    counted; ``show_all`` prints every one, single-source figures too.
    """
    lookups = _Lookups(report)
    limit = None if show_all else TERMINAL_CLUSTERS
    lines = None if show_all else TERMINAL_LINES
    rows = None if show_all else ROWS
    console.print(Text.assemble(("crosscheck ", "bold"), plain(report.corpus)))
    console.print(overview(report))
    if report.skipped:  # each reason was already said when the run read its input
        names = ", ".join(s.file for s in report.skipped)
        console.print(Text.assemble(("skipped ", "yellow"), plain(f"{plural(len(report.skipped), 'input')}: {names}")))
    claim_clusters = sorted((c for c in report.clusters if c.kind == "claim"), key=lambda c: VERDICT_ORDER.get(c.verdict, 9))
    shown = [c for c in claim_clusters if c.verdict != "single" or show_all]
    printed, _ = first(shown, limit)
    for cluster in printed:
        console.print(cluster_panel(report, cluster, lookups, rows))
    if len(printed) < len(shown):
        console.print(_left_out(shown[len(printed):], len(report.clusters)))
    checks = list(report.checks)
    failed = [c for c in checks if not c.ok]
    more_failed = 0
    if lines is not None and len(checks) > lines:
        # Too many to list: the failed ones (a reader acts on those), and a count of the rest.
        console.print(Text(f"{plural(len(checks), 'internal check')}: {len(checks) - len(failed):,} ok, {len(failed):,} failed", style="bold"))
        checks, more_failed = first(failed, lines)
    # In columns, so a long explanation wraps under itself and the outcome stays in a column
    # of its own, instead of running back to the margin where the next check's outcome stands.
    if checks:
        if not more_failed and len(checks) == len(report.checks):
            console.print(Text("Internal checks (parts that should add up to their total):", style="bold"))
        grid = _wrapping_grid()
        for check in checks:
            grid.add_row(
                Text(f"check {'ok' if check.ok else 'FAILED'}", style="green" if check.ok else "bold red"),
                Text.assemble(plain(lookups.outlet.get(check.article, check.article)), (f" ({check.kind})", "dim")),
                plain(check.why),
            )
        console.print(grid)
    if more_failed:
        console.print(Text(f"... and {more_failed:,} more failed checks", style="dim"))
    quoted = [c for c in report.clusters if c.kind == "statement" and len(c.members) > 1]
    if quoted:
        console.print(Text(f"{len(quoted)} statements reported by more than one article (see the HTML report):", style="bold"))
        listed, left = first(quoted, lines)
        grid = _wrapping_grid()
        for cluster in listed:
            grid.add_row(
                Text("  " + cluster.verdict, style=VERDICT_STYLE.get(cluster.verdict, "")), plain(cluster.label), plain(cluster.why)
            )
        console.print(grid)
        if left:
            console.print(Text(f"  ... and {left:,} more", style="dim"))
    if not [c for c in shown if c.verdict != "single"] and not failed:
        console.print(Text("No figure was reported by more than one article.", style="dim"))


def _wrapping_grid() -> Table:
    """A label column, then two that wrap in place (a long line stays in its column instead of
    running back to the margin)."""
    grid = Table.grid(padding=(0, 2), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_column(ratio=3)
    return grid
