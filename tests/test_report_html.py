import json
import re
from dataclasses import replace
from html import unescape

import pytest
from factories import claim
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import Article, Report, Span, StatementPart
from crosscheck.report import html


def test_one_self_contained_file(report: Report) -> None:
    page = html.render(report)
    assert not re.search(r"""(src|href)=["']?(https?:)?//(?!www\.dawn|www\.afp|www\.arabnews)""", page)
    assert "<link" not in page and "@import" not in page
    assert page.count("<script>") == 1 and page.count("<style") == 1  # our script; the rest is JSON data
    assert page.count("<script") == 1 + page.count('<script type="application/json"')


def test_csp_allows_our_script_and_style_by_hash_only(report: Report) -> None:
    page = html.render(report)
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert found is not None
    csp = unescape(found.group(1))
    assert "unsafe-inline" not in csp and "default-src 'none'" in csp
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)  # type: ignore[union-attr]
    assert html._csp_hash(script) in csp


def test_hostile_text_is_escaped_everywhere(report: Report) -> None:
    page = html.render(report)
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page and "<b>Evil</b>" not in page
    assert "&lt;script&gt;window.__pwned = 1" in page
    assert "{{ 7*7 }}" in page  # article text is data, never a template
    assert 'href="javascript:' not in page


def test_script_data_cannot_close_its_block(report: Report) -> None:
    note = "</script><script>alert(1)</script><!--"
    page = html.render(replace(report, reviews={"c-returned": {"status": "needs follow-up", "note": note}}))
    block = re.search(r'<script type="application/json" id="crosscheck-data">(.*?)</script>', page, re.S).group(1)  # type: ignore[union-attr]
    assert "<" not in block
    assert json.loads(block)["clusters"]["c-returned"]["members"][0][0] == "dawn.txt"  # [file, start, end, text]
    assert json.loads(block)["carried"]["c-returned"]["note"] == note


@pytest.mark.parametrize(
    ("url", "linked"),
    [("https://example.org/a", True), ("http://example.org", True), ("javascript:alert(1)", False),
     ("JAVASCRIPT:alert(1)", False), ("data:text/html,x", False), (" https://x.org", True), ("https://x.org/a b", False), (None, False)],
    ids=["https", "http", "javascript", "upper-javascript", "data", "padded", "space", "none"],
)
def test_only_http_urls_are_links(url: str | None, linked: bool) -> None:
    assert (html.safe_url(url) is not None) is linked


def test_text_fragment_points_at_the_figure() -> None:
    url = html.text_fragment_url("https://example.org/story#top", "about 2,000 cross-border")
    assert url == "https://example.org/story#:~:text=about%202%2C000%20cross%2Dborder"


def test_sentence_highlights_the_number_inside_the_claim(report: Report) -> None:
    claim = next(c for c in report.claims if c.text == "Nearly 85,000 Afghans")
    parts = html.sentence_parts(claim)
    assert "".join(t for _, t in parts) == claim.sentence
    assert ("number", "85,000") in parts and ("claim", "Nearly ") in parts


def test_figure_draws_open_ends_for_open_intervals(report: Report) -> None:
    claims = [c for c in report.claims if c.id in next(cl for cl in report.clusters if cl.id == "c-returned").members]
    fig = html.figure(claims, {a.id: a.outlet or "" for a in report.articles})
    assert fig is not None
    rows = {r["label"]: r for r in fig["rows"]}
    assert rows["Dawn"]["open_right"] and not rows["Dawn"]["open_left"]  # "more than 80,000"
    assert rows["Dawn"]["x2"] == fig["right"]
    assert rows["TOLOnews"]["x1"] == rows["TOLOnews"]["x2"] == rows["TOLOnews"]["dot"]
    assert rows["AFP"]["x1"] < rows["Dawn"]["x1"] < rows["AFP"]["x2"] < rows["TOLOnews"]["x1"]


def article_texts(page: str) -> dict[str, str]:
    """Each article's text as the reader script builds it from the page's JSON segments."""
    docs = re.findall(r'<section class="doc" id="doc-([^"]+)".*?<script type="application/json" class="doc-data">(.*?)</script>', page, re.S)
    return {unescape(article): "".join(seg[0] for seg in json.loads(data)) for article, data in docs}


def test_conflicts_come_first_and_every_article_is_in_full(report: Report) -> None:
    page = html.render(report)
    assert page.index('data-verdict="conflict"') < page.index('data-verdict="compatible"') < page.index('data-verdict="single"')
    assert article_texts(page) == {a.id: a.text for a in report.articles}


def test_report_key_changes_with_the_corpus_only(report: Report) -> None:
    assert html.report_key(report) == html.report_key(replace(report, clusters=()))
    grown = replace(report, articles=(*report.articles, Article(id="new", file="new.txt", text="x", content_hash="abc")))
    assert html.report_key(grown) != html.report_key(report)


def test_word_diff_marks_added_and_dropped_words() -> None:
    diff = html._fallback_word_diff("We are facilitating a dignified return", "We are facilitating a safe and dignified return")
    assert ("insert", "safe and") in diff and all(op != "delete" for op, _ in diff)


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4))
def test_segments_cover_the_text_exactly(text: str, raw: list[tuple[int, int]]) -> None:
    spans = tuple(Span(start=min(a, b), end=max(a, b), text=text[min(a, b):max(a, b)]) for a, b in raw if max(a, b) <= len(text))
    article = Article(id="a", file="a.txt", text=text, furniture=spans)
    assert "".join(s["text"] for s in html.segments(article, [])) == text


def _segments_by_scan(article: Article, claims: list, statements: list) -> list[dict]:  # type: ignore[type-arg]
    """The plain definition of html.segments: every mark checked against every piece."""
    text = article.text
    marks = [(f.start, f.end, "furniture", "") for f in article.furniture]
    marks += [(c.start, c.end, "claim", c.id) for c in claims] + [(s.start, s.end, "statement", s.id) for s in statements]
    marks = [m for m in marks if 0 <= m[0] < m[1] <= len(text)]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        out.append({"text": text[start:end], "claims": " ".join(m[3] for m in covering if m[2] == "claim"),
                    "statements": " ".join(m[3] for m in covering if m[2] == "statement"),
                    "furniture": any(m[2] == "furniture" for m in covering)})
    return out


_bounds = st.tuples(st.integers(-2, 42), st.integers(-2, 42))


@given(st.lists(_bounds, max_size=3), st.lists(_bounds, max_size=6), st.lists(_bounds, max_size=4))
def test_segments_match_the_plain_definition(furniture: list, claims: list, statements: list) -> None:  # type: ignore[type-arg]
    from types import SimpleNamespace

    text = "Nearly 85,000 Afghans returned, officials said."[:40]
    spans = tuple(Span(start=a, end=b, text=text[a:b]) for a, b in furniture if 0 <= a < b <= len(text))
    article = Article(id="a", file="a.txt", text=text, furniture=spans)
    claim_marks = [SimpleNamespace(start=a, end=b, id=f"c{i}") for i, (a, b) in enumerate(claims)]
    statement_marks = [SimpleNamespace(start=a, end=b, id=f"s{i}", parts=()) for i, (a, b) in enumerate(statements)]
    assert html.segments(article, claim_marks, statement_marks) == _segments_by_scan(article, claim_marks, statement_marks)  # type: ignore[arg-type]


def test_page_provenance_equals_the_review_provenance(report: Report) -> None:
    from crosscheck.reviews import provenance

    index = html._provenance_index(report)
    for cluster in report.clusters:
        assert [index[m] for m in cluster.members if m in index] == provenance(report, cluster)


def _with_parts_and_sourcing(report: Report) -> Report:
    """The fixture, with a headline restating Kabir's words in TOLOnews and one sourcing line."""
    tolo = report.article("tolo")
    head = tolo.text.index("Returnees face hardship")
    kabir = next(s for s in report.statements if s.article == "tolo")
    part = StatementPart(id=f"tolo:s{head}-{head + 23}", start=head, end=head + 23, content=tolo.text[head : head + 23],
                         relation="restates", cue="says", headline=True,
                         speaker_span=Span(start=head, end=head + 9, text=tolo.text[head : head + 9]))
    figure = tolo.text.index("Up to 3,500 families")
    sourcing = replace(kabir, id=f"tolo:s{figure}", start=figure, end=figure + 20, content=tolo.text[figure : figure + 20],
                       speaker="officials", speaker_id=None, cue="said", kind="group",
                       speaker_span=Span(start=0, end=9, text="<b>officials</b>"))
    statements = tuple(replace(s, parts=(part,)) if s is kabir else s for s in report.statements)
    return replace(report, statements=statements, sourcing=(sourcing,))


def test_a_statement_shows_its_other_passages_and_they_light_up_with_it(report: Report) -> None:
    changed = _with_parts_and_sourcing(report)
    page = html.render(changed)
    kabir = next(s for s in changed.statements if s.parts)
    (part,) = kabir.parts
    assert 'class="part-label">headline</span>' in page
    assert f'data-statement="{part.id}"' in page
    # in the article, the passage carries the statement's id and its own
    tolo = changed.article("tolo")
    marked = [s for s in html.segments(tolo, [], changed.statements) if kabir.id in s["statements"].split()]
    assert any(part.id in s["statements"].split() and s["text"] == part.content for s in marked)


def test_sourcing_is_listed_apart_and_escaped(report: Report) -> None:
    page = html.render(_with_parts_and_sourcing(report))
    section = page[page.index('id="sourcing"') :]
    assert "group testimony" in section and "&lt;b&gt;officials&lt;/b&gt;" in section
    assert "<b>officials</b>" not in page
    assert 'id="sourcing"' not in html.render(report)  # no section when there is nothing to list


def test_a_large_report_keeps_the_cards_a_fact_checker_reads_first() -> None:
    from report_fixture import build_large_report

    large = build_large_report(clusters=12, members=30)
    page = html.render(large, cards=10, rows=8)
    cards = re.findall(r'<article class="card cluster[^"]*" id="cluster-([^"]+)"[^>]*data-verdict="([a-z]+)"', page)
    assert len(cards) == 10 and all(verdict == "conflict" for _, verdict in cards)  # conflicts first
    assert "the first 10 of 21 clusters" in page
    first_big = page[page.index('id="cluster-c-big0"'):page.index('id="cluster-c-big1"')]
    assert first_big.count('<tr data-claim=') == 8 and "120,000 Afghans" in first_big  # the outlier stays
    assert "30 reports" in first_big and "and 22 more reports of the figures above" in first_big
    data = json.loads(re.search(r'id="crosscheck-data">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    assert sorted(data["clusters"]) == sorted(cluster for cluster, _ in cards)  # reviews only for cards shown
    assert set(article_texts(page)) == {"dawn", "afp", "tolo"}  # the articles those cards point to


def test_a_report_within_the_budget_is_shown_whole(report: Report) -> None:
    assert html.render(report) == html.render(report, cards=None, rows=None)


def test_a_sourcing_line_opens_its_article_even_when_no_card_shown_cites_it(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:

    arab = report.article("arabnews")
    at = arab.text.index("95,000 Afghans")
    line = next(s for s in report.statements if s.article == "arabnews")
    line = replace(line, id=f"arabnews:s{at}", start=at, end=at + 14, content=arab.text[at : at + 14], kind="group")
    many = replace(report, sourcing=(line, *(replace(line, id=f"arabnews:x{n}") for n in range(3))))
    page = html.render(many, cards=2)  # the two multi-report figures; Arab News has neither
    assert "arabnews" in article_texts(page)
    monkeypatch.setattr(html, "HTML_SOURCING", 2)
    page = html.render(many, cards=2)
    assert "4 attributions" in page and "The first 2 are listed" in page
    assert page.count('data-statement="arabnews:') == 2


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [
        (100 / 3, 1 / 3 * 100, 1),  # one third written two ways: a point, not a loop without end
        (33.42, 34.58, 5),
        (0.0, 1000.0, 6),
    ],
)
def test_axis_ticks_always_end(low: float, high: float, ticks: int) -> None:
    assert len(html._nice_ticks(min(low, high), max(low, high))) == ticks


def test_figure_of_one_share_written_two_ways_is_one_point() -> None:
    from types import SimpleNamespace

    def third(article: str, value: float) -> SimpleNamespace:
        return SimpleNamespace(
            id=article, article=article, text="one-third", value=value, low=value, high=value,
            quantity=SimpleNamespace(unit="%"),
        )

    fig = html.figure([third("a", 100 / 3), third("b", 1 / 3 * 100)], {})
    assert fig is not None and fig["rows"][0]["dot"] == fig["rows"][1]["dot"]


def test_figures_in_other_units_share_one_axis_in_the_unit_most_use() -> None:
    miles = claim("15", counted="miles", kind="measure", unit="mile", article="a")
    km = [claim("24", counted="km", kind="measure", unit="km", article=x) for x in "bc"]
    fig = html.figure([miles, *km], {})
    assert fig is not None and fig["unit"] == "km"
    dots = [row["dot"] for row in fig["rows"]]
    assert abs(dots[0] - dots[1]) < 0.1 * (html.FIG_RIGHT - html.FIG_LEFT)  # 24.1 km, not 15 far off
    assert html.figure(km, {})["unit"] == "km"  # type: ignore[index]  # labelled when none was converted too


def test_the_number_line_of_shares_reads_in_per_cent() -> None:
    shares = [claim("68", counted="%", kind="percent", unit="%", article="a"), claim("61.8", counted="%", kind="percent", unit="%", article="b")]
    fig = html.figure(shares, {})
    assert fig is not None and all(t["label"].endswith("%") for t in fig["ticks"])
    counts = html.figure([claim("120,000", article="a"), claim("85,000", article="b")], {})
    assert counts is not None and counts["unit"] is None and not any(t["label"].endswith("%") for t in counts["ticks"])


def _versions(page: str, cluster: str) -> list[str]:
    card = page.split(f'id="cluster-{cluster}"', 1)[1].split("</article>", 1)[0]
    return card.split('<figure class="version">')[1:]


@pytest.mark.parametrize(
    ("second", "marked"),
    [
        ("Pakistan should stop the deportations now.", True),  # half its words the same: a word diff helps
        ("Every family deserves a safe return home, and soon.", False),  # another sentence: strikes would mislead
    ],
    ids=["close-wording", "different-wording"],
)
def test_a_version_is_marked_word_by_word_only_when_it_shares_most_words(report: Report, second: str, marked: bool) -> None:
    statements = tuple(
        replace(s, content=second, end=s.start + len(second)) if s.speaker == "Abdul Kabir" else s
        for s in report.statements
    )
    page = html.render(replace(report, statements=statements))
    first_version, second_version = _versions(page, "q-kabir")
    assert "<del>" not in first_version and "<ins>" not in first_version
    assert ("<del>" in second_version) is marked
    assert ("Worded differently from the first version" in second_version) is not marked
    assert ("Differences from the first version" in page.split('id="cluster-q-kabir"', 1)[1].split("</article>")[0]) is marked


def test_a_link_to_a_related_cluster_says_which_figure_it_leads_to(report: Report) -> None:
    page = html.render(report)
    link = re.search(r'<a href="#cluster-c-later"[^>]*>(.*?)</a>', page, re.S)
    # an updated figure says it came later, and when: the links read as the figure's timeline
    assert link and "later figure, 2025-04-21: Afghans who left by April 21" in unescape(re.sub("<[^>]+>", "", link.group(1)))
    assert "95,000" in link.group(1)
    back = re.search(r'<a href="#cluster-c-returned"[^>]*>(.*?)</a>', page.split('id="cluster-c-later"', 1)[1], re.S)
    assert back and unescape(back.group(1)).startswith("earlier figure, 2025-04-")


@pytest.mark.parametrize(
    ("relation", "here", "there", "named"),
    [
        ("updated", "2025-03-10", "2025-03-14", "later figure, 2025-03-14"),
        ("updated", "2025-03-14", "2025-03-10", "earlier figure, 2025-03-10"),
        ("updated", "2025-03-10", "2025-03-10", "updated figure"),  # the same day: no order to tell
        ("updated", None, "2025-03-10", "updated figure"),  # an undated side
        ("possible", "2025-03-10", "2025-03-14", "possibly the same"),
    ],
)
def test_a_related_figure_is_named_by_when_it_was_reported(relation: str, here: str | None, there: str | None, named: str) -> None:
    from datetime import date

    from crosscheck.report.gist import relation_name

    day = lambda d: date.fromisoformat(d) if d else None  # noqa: E731
    assert relation_name(relation, day(here), day(there)) == named


def test_only_figures_several_reports_give_get_a_number_line(report: Report) -> None:
    page = html.render(report)
    card = lambda cid: page.split(f'id="cluster-{cid}"', 1)[1].split("</article>", 1)[0]  # noqa: E731
    assert '<div class="figure" role="img"' in card("c-returned")
    assert 'class="figure"' not in card("c-families")  # one report: nothing to compare on a line


@pytest.mark.parametrize(
    ("figures", "said"),
    [
        (["two", "Two"], "two"),  # one figure, once at a sentence's start
        (["two", "Two", "2"], "two, 2"),
        (["68%", "nears 62%", "61.8%"], "68%, nears 62%, …"),
    ],
    ids=["case", "case-and-digits", "more-than-two"],
)
def test_a_linked_cluster_is_named_by_its_distinct_figures(figures: list[str], said: str) -> None:
    from types import SimpleNamespace

    from crosscheck.model import Cluster
    from crosscheck.report.gist import gist

    claims = {f"c{i}": SimpleNamespace(quantity=SimpleNamespace(text=f)) for i, f in enumerate(figures)}
    cluster = Cluster(id="k", kind="claim", members=tuple(claims), verdict="agree", label="x", why="")
    assert gist(cluster, claims, {}) == said


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("We will rebuild the town", "\u201cWe will rebuild the town\u201d"),
        ('"We will rebuild the town"', "\u201cWe will rebuild the town\u201d"),
        ("\u201cWe will get to the bottom of exactly how the fire started\u201d", "\u201cWe will get to the bottom of exactly how\u2026\u201d"),
    ],
    ids=["plain", "straight-quotes-kept", "curly-quotes-kept-and-cut"],
)
def test_a_linked_statement_is_quoted_once(content: str, said: str) -> None:
    from types import SimpleNamespace

    from crosscheck.model import Cluster
    from crosscheck.report.gist import gist

    cluster = Cluster(id="q", kind="statement", members=("s1",), verdict="single", label="x", why="")
    assert gist(cluster, {}, {"s1": SimpleNamespace(content=content)}) == said


def test_a_forecast_says_so_beside_its_figure(report: Report) -> None:
    first = next(c for c in report.claims if any(c.id in k.members for k in report.clusters))
    words = Span(start=first.start, end=first.start, text="could reach")
    page = html.render(replace(report, claims=tuple(
        replace(c, forecast=words) if c.id == first.id else c for c in report.claims
    )))
    assert page.count("forecast: could reach") == 1


def test_the_time_a_figure_covers_sits_with_the_figure_not_under_its_source(report: Report) -> None:
    from crosscheck.model import TimeScope

    # With no source named, a time beside the source read as the source: "source: on January 19".
    first = next(c for c in report.claims if any(c.id in k.members for k in report.clusters))
    page = html.render(replace(report, claims=tuple(
        replace(c, time=TimeScope(text="on the first Sunday"), attribution=None) if c.id == first.id else c
        for c in report.claims
    )))
    row = re.search(rf'<tr data-claim="{re.escape(first.id)}">(.*?)</tr>', page, re.S).group(1)  # type: ignore[union-attr]
    figure_cell = re.search(r'<td class="figure-as-written">(.*?)</td>', row, re.S).group(1)  # type: ignore[union-attr]
    assert "on the first Sunday" in figure_cell
    assert re.search(r'<td class="attribution"></td>', row)


def test_a_report_without_a_date_says_so_in_words(report: Report) -> None:
    page = html.render(replace(report, articles=tuple(replace(a, published=None) for a in report.articles)))
    assert '<td class="date">no date</td>' in page and '<td class="date">?</td>' not in page


def test_versions_in_the_same_words_get_no_legend_for_marks_they_do_not_have(report: Report) -> None:
    same = "Pakistan must stop the forced deportations."
    statements = tuple(
        replace(s, content=same, end=s.start + len(same)) if s.speaker == "Abdul Kabir" else s
        for s in report.statements
    )
    card = html.render(replace(report, statements=statements)).split('id="cluster-q-kabir"', 1)[1].split("</article>")[0]
    assert "<ins>" not in card and "<del>" not in card
    assert "Differences from the first version" not in card


@pytest.mark.parametrize(
    ("sources", "said"),
    [
        ({"source:AFP": ("afp", "tolo"), "source:dawn": ("dawn",)}, "AFP and TOLOnews count as one source (credited to AFP)."),
        ({"source:afp": ("afp", "tolo"), "source:dawn": ("dawn",)}, "AFP and TOLOnews count as one source (the same wire copy)."),
        # an outlet that credits two wires is named with each, and does not make them one
        ({"source:AFP": ("afp", "tolo"), "source:Reuters": ("dawn", "tolo")},
         "AFP and TOLOnews count as one source (credited to AFP); "
         "Dawn and TOLOnews count as one source (credited to Reuters)."),
        # the same outlets crediting the same wires are one line naming every wire
        ({"source:AFP": ("afp", "tolo"), "source:Reuters": ("afp", "tolo"), "source:AP": ("afp", "tolo"), "source:dawn": ("dawn",)},
         "AFP and TOLOnews count as one source (credited to AFP, AP and Reuters)."),
        ({"source:afp": ("afp", "tolo"), "source:AP": ("afp", "tolo"), "source:dawn": ("dawn",)},
         "AFP and TOLOnews count as one source (the same wire copy; credited to AP)."),
        ({"source:afp": ("afp",), "source:tolo": ("tolo",), "source:dawn": ("dawn",)}, None),  # all independent: nothing to say
    ],
    ids=["credited-agency", "shared-copy", "two-wires-credited", "same-outlets-three-wires", "copy-and-wire", "independent"],
)
def test_a_card_says_which_outlets_count_as_one_source(report: Report, sources: dict, said: str | None) -> None:  # type: ignore[type-arg]
    card = html.render(replace(report, sources=sources)).split('id="cluster-c-returned"', 1)[1].split("</article>")[0]
    shared = re.search(r'<p class="shared muted">(.*?)</p>', card)
    assert (unescape(shared.group(1)) if shared else None) == said


def test_the_story_in_numbers_groups_thousands() -> None:
    from report_fixture import build_large_report

    large = build_large_report(clusters=40, members=30)
    assert len(large.claims) >= 1000
    stats = re.search(r'<dl class="stats".*?</dl>', html.render(large), re.S).group(0)  # type: ignore[union-attr]
    claims = re.search(r"<dt>claims</dt><dd>([^<]*)</dd>", stats).group(1)  # type: ignore[union-attr]
    assert claims == f"{len(large.claims):,}"  # "1,215", not "1215"


def test_a_cards_notes_beyond_the_first_few_fold_away(report: Report) -> None:
    notes = tuple(f"the daily says both '{n}' and '{n + 7}'" for n in range(40))
    noisy = replace(report, clusters=tuple(replace(c, notes=notes) if c.id == "c-returned" else c for c in report.clusters))
    page = html.render(noisy)
    card = page[page.index('id="cluster-c-returned"'):page.index('id="cluster-c-torkham"')]
    shown, folded = card.split('<details class="more-notes">')
    assert shown.count('class="note muted"') == 3
    assert "37 more notes</summary>" in folded and folded.count('class="note muted"') == 37


def test_cards_past_the_first_hold_their_rows_and_no_text_can_end_the_hold(report: Report) -> None:
    # A card's body past the first is written inside a <noscript> for the script to draw: text
    # that could end that block early would turn the rest of the card into live markup.
    first = next(c for c in report.claims if c.article == "hostile")
    sneaky = replace(report, claims=tuple(
        replace(c, sentence="</noscript><img src=x onerror=alert(1)> said 5,000") if c.id == first.id else c for c in report.claims
    ))
    page = html.render(sneaky, drawn=1)
    cards = re.findall(r'<article class="card cluster.*?</article>', page, re.S)
    assert "<noscript>" not in cards[0] and "<tbody>" in cards[0]  # the first card is in the page as it opens
    assert all(card.count("<noscript>") == card.count("</noscript>") == 1 for card in cards[1:])
    assert "&lt;/noscript&gt;&lt;img src=x" in page and "</noscript><img" not in page
    # a page of a few dozen cards is drawn whole
    assert "<noscript>" not in "".join(re.findall(r'<article class="card cluster.*?</article>', html.render(report), re.S))


def test_an_articles_marks_are_written_without_its_own_id_and_read_back_whole(report: Report) -> None:
    page = html.render(report)
    section = re.search(r'<section class="doc" id="doc-dawn"[^>]*>.*?class="doc-data">(.*?)</script>', page, re.S)
    assert section and "data-short-ids" in section.group(0)
    marked = [seg for seg in json.loads(section.group(1)) if len(seg) > 1 and seg[1]]
    ids = {i for seg in marked for i in seg[1].split()}
    assert ids and all(i.startswith(":") for i in ids)
    assert {"dawn" + i for i in ids} <= {c.id for c in report.claims if c.article == "dawn"}
    # an id that starts with a colon of its own would be misread: that article is written whole
    renamed = next(c for c in report.claims if c.article == "dawn").id
    page = html.render(replace(report, claims=tuple(replace(c, id=":odd") if c.id == renamed else c for c in report.claims)))
    section = re.search(r'<section class="doc" id="doc-dawn"[^>]*>', page)
    assert section and "data-short-ids" not in section.group(0)
