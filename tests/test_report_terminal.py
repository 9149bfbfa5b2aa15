from dataclasses import replace
from io import StringIO

from rich.console import Console

from crosscheck.model import Report
from crosscheck.report import terminal


def rendered(report: Report, show_all: bool = False) -> str:
    console = Console(file=StringIO(), width=100, color_system=None)
    terminal.render(report, console, show_all=show_all)
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_overview_then_conflicts_first_within_100_columns(report: Report) -> None:
    out = rendered(report)
    assert all(len(line) <= 100 for line in out.splitlines())
    assert "independent sources" in out and "conflicts" in out
    assert out.index("CONFLICT") < out.index("COMPATIBLE") < out.index("AGREE")
    for figure in ("Nearly 85,000 Afghans", "120,000 Afghans", "Taliban"):
        assert figure in out
    assert "SINGLE  Afghans who left" not in out  # single-source figures only with --all
    assert "SINGLE  Afghans who left" in rendered(report, show_all=True)


def test_hostile_text_prints_as_itself(report: Report) -> None:
    out = rendered(report)
    assert "[bold]families[/bold]" in out
    assert "{{ 7*7 }}" in out
    assert "<img src=x" in out
    assert "\u202e" not in out and "\x1b" not in out


def test_escape_sequences_in_an_article_cannot_reach_the_terminal(report: Report) -> None:
    hostile = replace(report, corpus="corpus\x1b[2J\x1b]0;pwned\x07")
    out = rendered(hostile)
    assert "\x1b" not in out and "\x07" not in out


def test_carried_over_review_is_shown(report: Report) -> None:
    reviewed = replace(report, reviews={"c-returned": {"status": "not a discrepancy", "note": "different dates", "carried_over": True}})
    assert "review (carried over): not a discrepancy - different dates" in rendered(reviewed)


def test_a_large_report_is_summarised_with_every_distinct_figure_kept() -> None:
    from report_fixture import build_large_report

    from crosscheck.report.budget import ROWS, TERMINAL_CLUSTERS

    large = build_large_report(clusters=TERMINAL_CLUSTERS + 5, members=ROWS + 10)
    out = rendered(large)
    assert out.count("CONFLICT") == TERMINAL_CLUSTERS
    assert "... and 8 more clusters (6 conflicts, 1 compatible, 1 agreeing)" in " ".join(out.split())
    first_big = out[out.index("Big cluster 0"):out.index("Big cluster 1")]
    assert "120,000 Afghans" in first_big  # the outlier, last of its 22 reports, is still shown
    assert "... and 10 more reports of figures shown above" in first_big
    everything = rendered(large, show_all=True)
    assert everything.count("CONFLICT") == TERMINAL_CLUSTERS + 6
    assert "more report" not in everything and "more cluster" not in everything


def test_each_row_says_how_its_hedge_reads_without_folding_it(report: Report) -> None:
    out = rendered(report)
    assert "reads as" in out
    rows = [line for line in out.splitlines() if "Nearly 85,000" in line or "nearly 85,000" in line]
    assert rows and all("< less" in line for line in rows)


def test_a_link_to_another_cluster_names_its_figures(report: Report) -> None:
    out = " ".join(rendered(report).split())
    assert "later figure, 2025-04-21: Afghans who left by April 21 (95,000 Afghans)" in out


def test_checks_and_statements_wrap_in_their_own_columns(report: Report) -> None:
    console = Console(file=StringIO(), width=80, color_system=None)
    long_why = replace(report, checks=tuple(replace(c, why=c.why + " and a much longer explanation " * 3) for c in report.checks))
    terminal.render(long_why, console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("check "))
    # The explanation's continuation lines start under the explanation, never back at the margin.
    following = lines[start + 1 : start + 3]
    assert following and all(line.startswith(" ") for line in following), following
    assert "Internal checks" in out


def test_a_forecast_reads_as_one(report: Report) -> None:
    from crosscheck.model import Span

    first = next(c for c in report.claims if any(c.id in k.members and len(k.members) > 1 for k in report.clusters))
    words = Span(start=first.start, end=first.start, text="could reach")
    changed = replace(report, claims=tuple(replace(c, forecast=words) if c.id == first.id else c
                                           for c in report.claims))
    assert "forecast" not in rendered(report, show_all=True)
    assert "forecast" in rendered(changed, show_all=True)


def test_a_report_without_a_date_says_so_in_words(report: Report) -> None:
    # "?" in the date column read as a doubt about the figure, not a missing date
    undated = replace(report, articles=tuple(replace(a, published=None) for a in report.articles))
    out = rendered(undated)
    assert "no date" in out and " ? " not in out


def test_a_panel_says_which_outlets_count_as_one_source(report: Report) -> None:
    shared = replace(report, sources={"source:AFP": ("afp", "tolo"), "source:dawn": ("dawn",)})
    out = " ".join(rendered(shared).split())
    assert "AFP and TOLOnews count as one source (credited to AFP)" in out
    assert "count as one source" not in rendered(report)  # every outlet its own source


def test_the_count_of_clusters_left_out_points_to_a_report_that_has_them(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from report_fixture import build_large_report

    from crosscheck.report.budget import TERMINAL_CLUSTERS

    large = build_large_report(clusters=TERMINAL_CLUSTERS + 5, members=3)
    assert "the HTML and JSON reports list them all" in " ".join(rendered(large).split())
    # more clusters than the HTML page has cards: only the JSON has them all
    monkeypatch.setattr(terminal, "HTML_CARDS", len(large.clusters) - 1)
    out = " ".join(rendered(large).split())
    assert f"the JSON report lists them all, the HTML report the first {len(large.clusters) - 1:,}" in out


def test_the_story_in_numbers_groups_thousands() -> None:
    from report_fixture import build_large_report

    large = build_large_report(clusters=40, members=30)
    assert f"{len(large.claims):,}" in rendered(large).splitlines()[1]


def test_a_cluster_with_many_notes_shows_a_few_and_counts_the_rest(report: Report) -> None:
    notes = tuple(f"the daily says both '{n}' and '{n + 7}'" for n in range(40))
    noisy = replace(report, clusters=tuple(replace(c, notes=notes) if c.id == "c-returned" else c for c in report.clusters))
    out = rendered(noisy)
    assert "the daily says both '2' and '9'" in out and "the daily says both '3' and '10'" not in out
    assert "... and 37 more notes (report.json has them all)" in out
    assert "the daily says both '39' and '46'" in rendered(noisy, show_all=True)


def test_one_skipped_input_is_counted_in_the_singular(report: Report) -> None:
    from crosscheck.model import Skipped

    one = replace(report, skipped=(Skipped(file="a.pdf", reason="a.pdf: not read"),))
    assert "skipped 1 input: a.pdf" in rendered(one)
