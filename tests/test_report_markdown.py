import re

from crosscheck.model import Report
from crosscheck.report import markdown


def test_summary_lists_conflicts_first_with_every_source(report: Report) -> None:
    text = markdown.render(report)
    assert text.index("## Conflicts") < text.index("## Compatible given the hedges") < text.index("## Agreeing")
    assert "**1 conflict**." in text  # not "1 conflicts"
    conflict = text[text.index("## Conflicts"):text.index("## Compatible")]
    for figure in ("More than 80,000 Afghan nationals", "Nearly 85,000 Afghans", "120,000 Afghans"):
        assert figure in conflict


def test_hostile_text_cannot_break_a_table_or_inject_html(report: Report) -> None:
    text = markdown.render(report)
    row = next(line for line in text.splitlines() if "Evil" in line)
    assert row.count("|") - row.count("\\|") == 7  # six cells, no more
    assert not re.search(r"(?<!\\)<", text), "every < is backslash-escaped, so no renderer sees a tag"
    assert "\\<script\\>" in text
    assert "\u202e" not in text


def test_pipe_and_newline_stay_inside_one_cell() -> None:
    assert markdown.cell("a | b\nc") == "a \\| b c"


def test_carried_review_is_in_the_summary(report: Report) -> None:
    from dataclasses import replace

    reviewed = replace(report, reviews={"c-returned": {"status": "confirmed discrepancy", "note": "call UNHCR", "carried_over": True}})
    assert "Review (carried over): **confirmed discrepancy** call UNHCR" in markdown.render(reviewed)


def test_a_large_report_stays_a_summary() -> None:
    from report_fixture import build_large_report

    from crosscheck.report.budget import MARKDOWN_CLUSTERS, ROWS

    text = markdown.render(build_large_report(clusters=MARKDOWN_CLUSTERS + 4, members=ROWS + 5))
    conflicts = text[text.index("## Conflicts"):text.index("## Compatible")]
    assert conflicts.count("### ") == MARKDOWN_CLUSTERS
    assert "5 more clusters of this kind" in conflicts
    first_big = conflicts[conflicts.index("### Big cluster 0"):conflicts.index("### Big cluster 1")]
    assert "120,000 Afghans" in first_big and "5 more reports of the figures above" in first_big


def test_each_figure_links_to_its_original_sentence_when_the_article_has_an_address(report: Report) -> None:
    from dataclasses import replace

    text = markdown.render(report)
    assert "[Nearly 85,000 Afghans](https://www.afp.com/en/news/afghans-return#:~:text=Nearly%2085%2C000%20Afghans)" in text
    assert "| 120,000 Afghans |" in text  # no address, no link
    assert "javascript:" not in text
    # An address with table or Markdown syntax in it stays one inert link in one cell.
    odd = replace(report, articles=tuple(replace(a, url="https://x.test/a|b)<i>(c)") if a.id == "afp" else a for a in report.articles))
    row = next(line for line in markdown.render(odd).splitlines() if "Nearly 85,000" in line)
    assert row.count("|") - row.count("\\|") == 7
    assert "](https://x.test/a%7Cb%29%3Ci%3E%28c%29#:~:text=" in row


def test_who_said_what_each_outlet_in_its_own_words(report: Report) -> None:
    from dataclasses import replace

    reviewed = replace(report, reviews={"q-kabir": {"status": "needs follow-up", "note": "which one did he say?"}})
    text = markdown.render(reviewed)
    section = text[text.index("## Statements reported by more than one article"):]
    kabir = section[section.index("### Abdul Kabir"):]
    assert "Review: **needs follow-up** which one did he say?" in kabir
    rows = [line for line in kabir.splitlines() if line.startswith("| TOLOnews") or line.startswith("| Arab News")]
    assert rows[0].startswith("| TOLOnews | 2025-04-09 | Mullah Abdul Kabir | said, quote | Pakistan must stop the forced deportations. |")
    assert "| Arab News | 2025-04-21 | Abdul Kabir | said, reported speech | [Pakistan should stop the deportations now.](http" in rows[1]


def _with_forecast(report: Report) -> tuple[Report, str]:
    from dataclasses import replace

    from crosscheck.model import Span

    first = next(c for c in report.claims if any(c.id in k.members and len(k.members) > 1 for k in report.clusters))
    words = Span(start=first.start, end=first.start, text="could reach")
    claims = tuple(replace(c, forecast=words) if c.id == first.id else c for c in report.claims)
    return replace(report, claims=claims), first.text


def test_a_forecast_says_so_beside_its_figure(report: Report) -> None:
    changed, figure = _with_forecast(report)
    row = next(line for line in markdown.render(changed).splitlines() if figure in line and line.startswith("|"))
    assert "forecast: could reach" in row


def test_a_write_up_says_which_outlets_count_as_one_source(report: Report) -> None:
    from dataclasses import replace

    shared = replace(report, sources={"source:AFP": ("afp", "tolo"), "source:dawn": ("dawn",)})
    assert "AFP and TOLOnews count as one source (credited to AFP)." in markdown.render(shared)
    assert "count as one source" not in markdown.render(report)
