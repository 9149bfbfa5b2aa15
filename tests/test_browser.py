"""The HTML report driven in headless Chromium, opened from file:// as a user would open it."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from crosscheck.model import Report
from crosscheck.report import html
from crosscheck.reviews import carry_over, load_reviews

pytestmark = pytest.mark.browser


def write_report(report: Report, folder: Path) -> Path:
    path = folder / "report.html"
    path.write_text(html.render(report), encoding="utf-8")
    return path


class Page:
    """A page plus everything it tried to do behind the user's back."""

    def __init__(self, context: Any, url: str) -> None:
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        self.page = context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)


@pytest.fixture
def opened(chromium: Any, report: Report, tmp_path: Path) -> Iterator[Page]:
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    yield Page(context, write_report(report, tmp_path).as_uri())
    context.close()


def test_page_makes_no_request_and_breaks_no_policy(opened: Page) -> None:
    opened.page.locator(".claim-link").first.click()
    assert all(url.startswith(("file:", "blob:", "data:")) for url in opened.requests), opened.requests
    assert not [m for m in opened.console if "Content Security Policy" in m], opened.console
    assert opened.errors == []


def test_clicking_a_claim_opens_its_article_scrolled_to_the_highlight(opened: Page, report: Report) -> None:
    page = opened.page
    tolo_claim = next(c for c in report.claims if c.article == "tolo" and "120,000" in c.text)
    page.locator(f'#cluster-c-returned button.claim-link[data-claim="{tolo_claim.id}"]').click()
    reader = page.locator("#reader")
    assert page.locator("#doc-tolo").is_visible()
    assert page.locator("#doc-dawn").is_hidden()
    mark = reader.locator("mark.active")
    assert mark.count() >= 1
    assert mark.first.inner_text() == tolo_claim.text
    # Visible inside the reader's own scroll box, and on screen.
    inside = page.evaluate(
        """() => { const r = document.getElementById('reader').getBoundingClientRect();
                   const m = document.querySelector('#reader mark.active').getBoundingClientRect();
                   return m.top >= r.top && m.bottom <= r.bottom && m.height > 0; }"""
    )
    assert inside
    assert mark.first.is_visible()
    # Furniture of the open article is greyed, not removed.
    page.locator(".claim-link", has_text="More than 80,000").click()
    furniture = page.locator("#doc-dawn .furniture").first
    assert furniture.inner_text() == "Share on Facebook | Share on X"
    assert furniture.evaluate("e => getComputedStyle(e).color") != page.locator("#doc-dawn .doc-text").evaluate(
        "e => getComputedStyle(e).color"
    )


def test_long_article_scrolls_the_reader_to_a_late_claim(chromium: Any, report: Report, tmp_path: Path) -> None:
    padded = tuple(
        replace(a, text="Filler paragraph about something else.\n\n" * 80 + a.text) if a.id == "afp" else a
        for a in report.articles
    )
    shift = len("Filler paragraph about something else.\n\n" * 80)
    claims = tuple(
        replace(c, start=c.start + shift, end=c.end + shift, sentence_start=c.sentence_start + shift,
                quantity=replace(c.quantity, number_start=c.quantity.number_start + shift, number_end=c.quantity.number_end + shift),
                id=c.id)
        if c.article == "afp" else c
        for c in report.claims
    )
    statements = tuple(replace(s, start=s.start + shift, end=s.end + shift) if s.article == "afp" else s for s in report.statements)
    long_report = replace(report, articles=padded, claims=claims, statements=statements)
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    page = Page(context, write_report(long_report, tmp_path).as_uri()).page
    page.locator(".claim-link", has_text="Nearly 85,000").click()
    assert page.locator("#reader").evaluate("e => e.scrollTop") > 500
    mark = page.locator("#reader mark.active").first
    box, reader = mark.bounding_box(), page.locator("#reader").bounding_box()
    assert box and reader and reader["y"] <= box["y"] <= reader["y"] + reader["height"]
    context.close()


def test_review_is_kept_across_reload_and_exported(opened: Page, report: Report, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page = opened.page
    card = page.locator("#cluster-c-returned")
    card.get_by_label("confirmed discrepancy").check()
    card.locator(".review-note").fill("Taliban figure counts from April 1; UN from March 31")
    assert card.locator(".review-badge").inner_text().lower() == "confirmed discrepancy"
    page.reload()
    card = page.locator("#cluster-c-returned")
    expect(card.get_by_label("confirmed discrepancy")).to_be_checked()
    expect(card.locator(".review-note")).to_have_value("Taliban figure counts from April 1; UN from March 31")

    with page.expect_download() as download_info:
        page.locator("#export-reviews").click()
    # The download is silent: the page says what was saved and what it is for.
    status = page.get_by_role("status")
    assert "1 review saved as crosscheck-reviews-" in status.inner_text() and "--reviews" in status.inner_text()
    exported = tmp_path / "reviews.json"
    download_info.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["crosscheck_reviews"] == 1 and data["report"] == html.report_key(report)
    [review] = data["reviews"]
    assert review["cluster"] == "c-returned" and review["status"] == "confirmed discrepancy"
    assert {(c["file"], c["text"]) for c in review["claims"]} == {
        ("dawn.txt", "More than 80,000 Afghan nationals"), ("afp.txt", "Nearly 85,000 Afghans"), ("tolo.txt", "120,000 Afghans")
    }
    # The export is what `crosscheck run --reviews` reads: it carries into a re-run whose cluster ids changed.
    renamed = replace(report, clusters=tuple(replace(c, id="new-" + c.id, related={}) for c in report.clusters))
    carried = carry_over(renamed, load_reviews(exported))
    assert carried.reviews["new-c-returned"]["status"] == "confirmed discrepancy"
    assert carried.reviews["new-c-returned"]["note"].startswith("Taliban figure")


def test_exporting_before_any_review_says_so_instead_of_saving_an_empty_file(opened: Page) -> None:
    downloads: list[Any] = []
    opened.page.on("download", lambda d: downloads.append(d))
    opened.page.locator("#export-reviews").click()
    assert "Nothing to export yet" in opened.page.get_by_role("status").inner_text()
    opened.page.wait_for_timeout(200)  # a download would have started by now
    assert downloads == []


def test_carried_over_review_is_shown_and_overridden_by_a_local_decision(chromium: Any, report: Report, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    carried = replace(report, reviews={"c-torkham": {"status": "not a discrepancy", "note": "same count, rounded", "carried_over": True}})
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    page = Page(context, write_report(carried, tmp_path).as_uri()).page
    card = page.locator("#cluster-c-torkham")
    # expect() waits for the page script to apply the reviews; a bare read can run before it.
    expect(card.get_by_label("not a discrepancy")).to_be_checked()
    expect(card.locator(".review-note")).to_have_value("same count, rounded")
    expect(card.locator(".badge.carried")).to_be_visible()
    card.get_by_label("needs follow-up").check()
    page.reload()
    card = page.locator("#cluster-c-torkham")
    expect(card.get_by_label("needs follow-up")).to_be_checked()
    expect(card.locator(".badge.carried")).to_be_hidden()
    context.close()


def test_hostile_article_never_runs(opened: Page) -> None:
    page = opened.page
    page.locator("input[name=verdict][value=single]").check()
    page.locator("#cluster-c-hostile .claim-link").click()
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert opened.dialogs == []
    doc = page.locator("#doc-hostile .doc-text")
    assert "<script>window.__pwned = 1; alert('pwned')</script>" in doc.inner_text()
    assert "{{ 7*7 }}" in doc.inner_text() and "[bold]news[/bold]" in doc.inner_text()
    assert page.locator("#doc-hostile img, #doc-hostile script, #cluster-c-hostile img").count() == 0
    assert page.locator("#doc-hostile a").count() == 0  # javascript: URL is shown, never linked
    assert page.locator("#doc-hostile .unsafe-url").inner_text() == "javascript:alert(1)"
    # Our own script runs; every other script element is data (JSON) and never runs.
    assert page.locator("script:not([type='application/json'])").count() == 1


def test_filters_search_and_keyboard(opened: Page) -> None:
    page = opened.page
    visible = lambda: page.locator(".cluster:visible")  # noqa: E731
    assert page.locator("#cluster-c-later").is_hidden()  # single-source figures start hidden
    page.locator("input[name=verdict][value=compatible]").uncheck()
    page.locator("input[name=verdict][value=agree]").uncheck()
    assert [c.get_attribute("data-verdict") for c in visible().all()] == ["conflict"]
    page.locator("input[name=verdict][value=compatible]").check()
    page.locator("#filter-speaker").select_option("Abdul Kabir")
    assert [c.get_attribute("id") for c in visible().all()] == ["cluster-q-kabir"]
    page.locator("#filter-speaker").select_option("")
    page.locator("#filter-outlet").select_option("Arab News")
    assert [c.get_attribute("id") for c in visible().all()] == ["cluster-q-kabir"]
    page.locator("#filter-outlet").select_option("")
    page.locator("#filter-text").fill("people crossing")
    assert [c.get_attribute("id") for c in visible().all()] == ["cluster-c-torkham"]
    page.locator("#filter-text").fill("")

    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    assert page.locator(".cluster.current").get_attribute("id") == "cluster-c-returned"
    page.keyboard.press("j")
    assert page.locator(".cluster.current").get_attribute("id") == "cluster-c-torkham"
    page.keyboard.press("ArrowUp")
    assert page.locator(".cluster.current").get_attribute("id") == "cluster-c-returned"
    page.keyboard.press("3")
    assert page.locator("#cluster-c-returned").get_by_label("needs follow-up").is_checked()
    page.keyboard.press("o")
    assert page.locator("#doc-dawn").is_visible()
    page.locator(".keys summary").click()  # the keys are documented in the page
    assert "j / ↓ next cluster" in page.locator(".keys").inner_text()


def test_statement_versions_show_a_word_diff(opened: Page) -> None:
    card = opened.page.locator("#cluster-q-chaudhry")
    versions = card.locator(".version")
    assert versions.count() == 2
    assert versions.nth(1).locator("ins").all_inner_texts() == ["safe and"]
    card.locator(".statement-link").nth(1).click()
    assert opened.page.locator("#doc-afp .active").first.inner_text() == "We are facilitating a safe and dignified return"


def test_narrow_window_still_shows_the_source(chromium: Any, report: Report, tmp_path: Path) -> None:
    context = chromium.new_context(viewport={"width": 900, "height": 900})
    page = Page(context, write_report(report, tmp_path).as_uri()).page
    assert page.evaluate("document.documentElement.scrollWidth") <= 900  # no sideways scrolling
    page.locator(".claim-link", has_text="120,000").click()
    assert page.locator("#reader mark.active").first.is_visible()
    page.keyboard.press("Escape")
    assert page.locator("#reader").is_hidden()
    context.close()


def test_screenshot(opened: Page, tmp_path: Path) -> None:
    """Saves a picture of the report for eyes; CROSSCHECK_SCREENSHOT=path keeps it somewhere else."""
    opened.page.locator(".claim-link").first.click()
    target = Path(os.environ.get("CROSSCHECK_SCREENSHOT") or tempfile.gettempdir()) 
    target = target / "crosscheck-report.png" if target.is_dir() else target
    opened.page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def test_a_wrapped_toolbar_never_covers_the_article_or_a_card_jumped_to(chromium: Any, report: Report, tmp_path: Path) -> None:
    # A laptop-width window and a long outlet name: the sticky toolbar wraps to more than one row.
    long_name = "The Daily Chronicle of the Northern Provinces"
    renamed = replace(report, articles=tuple(replace(a, outlet=long_name) if a.id == "afp" else a for a in report.articles))
    context = chromium.new_context(viewport={"width": 1150, "height": 800})
    page = Page(context, write_report(renamed, tmp_path).as_uri()).page
    toolbar_bottom = page.locator(".toolbar").evaluate("e => e.getBoundingClientRect().bottom")
    assert toolbar_bottom > 70  # the case that went wrong: more than one row
    page.mouse.wheel(0, 400)
    page.locator(".claim-link", has_text="Nearly 85,000").click()
    # The open article's outlet line and its close button are on top, not under the toolbar.
    on_top = page.locator("#doc-afp .reader-close").evaluate(
        """b => { const r = b.getBoundingClientRect();
                  return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b; }"""
    )
    assert on_top
    page.locator("#doc-afp .reader-close").click()
    assert page.locator("#doc-afp").is_hidden()
    # A "possibly the same" jump lands with the card's title below the toolbar.
    page.locator(".related-link[href='#cluster-c-families']").click()
    head = page.locator("#cluster-c-families .card-head").bounding_box()
    assert head and head["y"] >= page.locator(".toolbar").evaluate("e => e.getBoundingClientRect().bottom") - 1
    # The outlet's name beside the number line is cut with an ellipsis inside the card, not off
    # the picture's edge, and the whole name is a hover away.
    label = page.locator("#cluster-c-returned .row-label", has_text=long_name[:10]).first
    assert label.evaluate("l => getComputedStyle(l).textOverflow") == "ellipsis"
    assert long_name in (label.get_attribute("title") or "")
    box, card = label.bounding_box(), page.locator("#cluster-c-returned").bounding_box()
    assert box and card and box["x"] >= card["x"]
    context.close()


def test_search_reads_the_story_and_my_notes_and_says_what_unticked_verdicts_hide(opened: Page) -> None:
    page = opened.page
    shown = lambda: [c.get_attribute("id") for c in page.locator(".cluster:visible").all()]  # noqa: E731
    # The review controls on every card ("not a discrepancy") are not part of the story.
    page.locator("#filter-text").fill("discrepancy")
    assert shown() == []
    # A figure only one report gives: single reports start ticked off, and the page says so.
    page.locator("#filter-text").fill("3,500")
    assert shown() == []
    more = page.locator("#show-elsewhere")
    assert more.is_visible() and "1 more" in more.inner_text() and "single" in more.inner_text()
    more.click()
    assert shown() == ["cluster-c-families"]
    assert page.locator("input[name=verdict][value=single]").is_checked()
    # A note I wrote is searchable.
    page.locator("#filter-text").fill("")
    page.locator("#cluster-c-torkham .review-note").fill("ring the border police back")
    page.locator("#filter-text").fill("border police")
    assert shown() == ["cluster-c-torkham"]
    assert more.is_hidden()


def test_a_phone_reads_each_report_as_a_block_without_sideways_scrolling(chromium: Any, report: Report, tmp_path: Path) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = Page(context, write_report(report, tmp_path).as_uri()).page
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    row = page.locator("#cluster-c-returned tbody tr").first
    # The figure and its sentence each get the card's width, not a sliver of a six-column table.
    figure, sentence = row.locator(".claim-link").bounding_box(), row.locator("td.sentence").bounding_box()
    card = page.locator("#cluster-c-returned").bounding_box()
    assert figure and sentence and card
    assert sentence["width"] > card["width"] * 0.8
    assert figure["height"] < 40  # "More than 80,000 Afghan nationals" on a line or two, not a letter a line
    # Without the column heads, what each value is stays said.
    assert "hedge:" in row.locator("td.hedge-cell").evaluate("e => getComputedStyle(e, '::before').content + e.textContent").replace('"', "")
    # The number line is shown whole, each interval inside the card, and its outlets' names and
    # ticks keep a readable size: a picture scaled to the phone's width drew them 6 pixels high.
    for part in page.locator("#cluster-c-returned .figure .row-label, #cluster-c-returned .figure .interval, #cluster-c-returned .figure .tick-label").all():
        box = part.bounding_box()
        assert box and card["x"] <= box["x"] and box["x"] + box["width"] <= card["x"] + card["width"]
    for text in page.locator("#cluster-c-returned .figure .row-label, #cluster-c-returned .figure .tick-label").all():
        assert text.bounding_box()["height"] >= 10  # type: ignore[index]
    assert "AFP" in page.locator("#cluster-c-returned .figure .row-label").all_inner_texts()
    row.locator(".claim-link").click()
    assert page.locator("#reader mark.active").first.is_visible()
    # The report being read is marked as one block, not as cells with white gaps between them.
    assert row.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    context.close()


def test_a_screen_reader_hears_whose_review_each_control_is(opened: Page) -> None:
    page = opened.page
    label = page.locator("#cluster-c-returned h3").inner_text()
    review = page.get_by_role("group", name=f"Review of {label}")
    review.get_by_role("radio", name="needs follow-up").check()
    page.get_by_role("textbox", name=f"Note on {label}").fill("ask the ministry")
    assert page.locator("#cluster-c-returned .review-badge").inner_text().lower() == "needs follow-up"
    assert page.locator("#cluster-c-returned .review-note").input_value() == "ask the ministry"


CONTRAST = """sel => Array.from(document.querySelectorAll(sel)).filter(e => e.getClientRects().length).map(e => {
  const rgb = c => c.match(/[\\d.]+/g).map(Number);
  const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
                     return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  let back = e, bg = 'rgb(255, 255, 255)';
  while (back) { const c = getComputedStyle(back).backgroundColor; const a = rgb(c);
                 if (a.length < 4 || a[3] > 0.9) { bg = c; break; } back = back.parentElement; }
  const [hi, lo] = [lum(getComputedStyle(e).color), lum(bg)].sort((a, b) => b - a);
  return [sel + ': ' + e.textContent.trim().slice(0, 30), (hi + 0.05) / (lo + 0.05)];
})"""


def test_small_and_grey_text_stays_readable(opened: Page) -> None:
    page = opened.page
    page.locator("input[name=verdict][value=single]").check()
    page.locator(".claim-link", has_text="More than 80,000").click()  # an article with page furniture, open
    low = []
    for selector in (".verdict", ".stats dt", ".muted", ".badge", ".related-link", ".chip", ".doc-text .furniture", ".sources th",
                     ".check-status", ".sources .when", ".fig-labels .row-label"):
        low += [(what, round(ratio, 2)) for what, ratio in page.locator("body").evaluate(f"() => ({CONTRAST})({selector!r})") if ratio < 4.5]
    assert low == []


def test_a_figure_highlighted_in_the_article_leads_back_to_its_cluster(opened: Page) -> None:
    page = opened.page
    page.locator("#cluster-c-returned .claim-link", has_text="More than 80,000").click()
    # Reading on in the Dawn article: "2,000 people crossed at Torkham" is compared elsewhere.
    mark = page.locator("#doc-dawn mark", has_text="2,000 people")
    mark.click()
    assert page.locator(".cluster.current").get_attribute("id") == "cluster-c-torkham"
    assert page.locator("#cluster-c-torkham tr.active .claim-link").inner_text() == "2,000 people"
    head = page.locator("#cluster-c-torkham .card-head").bounding_box()
    assert head and 0 <= head["y"] < 900
    # A quote leads to its statement cluster, even one the filters hid.
    page.locator("input[name=verdict][value=compatible]").uncheck()
    page.locator("#doc-dawn .span-statement, #doc-dawn mark.in-statement").first.click()
    assert page.locator(".cluster.current").get_attribute("id") == "cluster-q-chaudhry"
    assert page.locator("#cluster-q-chaudhry").is_visible()


def test_the_story_in_numbers_and_the_shown_count_do_not_contradict(opened: Page) -> None:
    page = opened.page
    stats = dict(zip(page.locator(".stats dt").all_text_contents(), page.locator(".stats dd").all_text_contents()))
    assert "clusters" not in stats  # the shown count below counts every card as a cluster
    compared = int(stats["figures compared"].replace(",", ""))
    multi = page.evaluate("Array.from(document.querySelectorAll('.cluster[data-kind=claim]')).filter(c => c.querySelectorAll('tbody tr').length > 1).length")
    assert compared == multi
    assert page.locator("#shown-count").inner_text().endswith("clusters shown")


def test_printing_keeps_the_cards_and_decisions_and_leaves_the_controls_off_paper(opened: Page) -> None:
    page = opened.page
    card = page.locator("#cluster-c-returned")
    card.get_by_label("confirmed discrepancy").check()
    card.locator(".review-note").fill("two dates of count")
    page.emulate_media(media="print")
    assert page.locator(".toolbar").is_hidden() and page.locator("#reader").is_hidden()
    width = page.evaluate("document.documentElement.clientWidth")
    box = card.bounding_box()
    assert box and box["width"] > 0.9 * width - 10  # the cards get the page's width
    assert card.get_by_label("confirmed discrepancy").is_visible() and card.get_by_label("not a discrepancy").is_hidden()
    assert card.locator(".review-note").is_visible()
    assert page.locator("#cluster-c-torkham .review").is_hidden()  # not reviewed: no empty form on paper
    page.emulate_media(media="screen")


#: The words of the elements a selector finds that the page breaks over two lines.
WORDS_CUT = """(selector) => Array.from(document.querySelectorAll(selector))
  .filter(e => e.getClientRects().length)
  .flatMap(e => { const node = e.firstChild, text = node.textContent, cut = [];
    for (const m of text.matchAll(/\\S+/g)) {
      const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
      if (r.getClientRects().length > 1) cut.push(m[0]);
    }
    return cut; })"""


def test_a_figure_as_written_keeps_its_words_whole_on_a_laptop(chromium: Any, tmp_path: Path) -> None:
    # "undocumented" was cut "undocumente / d" in the figure column of the sample's first card.
    from crosscheck.pipeline import run
    from crosscheck.settings import DEFAULT

    sample = run([str(Path(__file__).resolve().parent.parent / "corpus" / "afghan-returns-2025")], DEFAULT)
    context = chromium.new_context(viewport={"width": 1366, "height": 900})
    page = Page(context, write_report(sample, tmp_path).as_uri()).page
    assert page.locator(".sources td.figure-as-written .claim-link").count() > 5
    assert page.evaluate(WORDS_CUT, '.sources td.figure-as-written .claim-link') == []
    context.close()


def test_on_a_laptop_each_sentence_reads_across_the_card_and_outlet_names_stay_whole(
    chromium: Any, report: Report, tmp_path: Path
) -> None:
    # As a sixth column the sentence had a fifth of the card (ten lines a report) and a one-word
    # outlet name broke mid-word ("NationalW orld").
    renamed = replace(report, articles=tuple(replace(a, outlet="Chronicleworld") if a.id == "afp" else a for a in report.articles))
    context = chromium.new_context(viewport={"width": 1366, "height": 768})
    page = Page(context, write_report(renamed, tmp_path).as_uri()).page
    card = page.locator("#cluster-c-returned")
    table = card.locator("table.sources").bounding_box()
    assert table
    for row in card.locator("tbody tr").all():
        sentence, figure = row.locator("td.sentence").bounding_box(), row.locator("td.figure-as-written").bounding_box()
        assert sentence and figure
        assert sentence["width"] > 0.9 * table["width"]
        assert sentence["y"] >= figure["y"] + figure["height"] - 1  # under the figure, not beside it
    assert page.evaluate(WORDS_CUT, '.sources td.outlet') == []
    # The column heads still name what is below them, for eyes and for a screen reader.
    heads = card.locator("thead th")
    assert [h.strip().lower() for h in heads.all_inner_texts()][:5] == ["outlet", "date", "figure as written", "hedge", "source"]
    assert page.get_by_role("columnheader", name="sentence").count() >= 1
    # An outlet's name beside the number line opens its figure in the article, as the bar does.
    label = card.locator(".figure .row-label").first
    label.click()
    assert page.locator(f"#doc-{label.get_attribute('data-article')} mark.active").first.is_visible()
    assert card.locator(f"tr.active[data-claim=\"{label.get_attribute('data-claim')}\"]").count() == 1
    context.close()


def test_the_keys_act_on_the_card_reached_with_tab(opened: Page) -> None:
    page = opened.page
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")  # the first card is the current one
    assert page.locator(".cluster.current").get_attribute("id") == "cluster-c-returned"
    # Tabbing on into the next card's figures, a keyboard user marks that card, not the first.
    page.locator("#cluster-c-torkham .claim-link").first.focus()
    page.keyboard.press("1")
    assert page.locator("#cluster-c-torkham").get_by_label("confirmed discrepancy").is_checked()
    assert not page.locator("#cluster-c-returned").get_by_label("confirmed discrepancy").is_checked()
    page.keyboard.press("j")  # and j steps on from there
    assert page.locator(".cluster.current").get_attribute("id") not in ("cluster-c-returned", "cluster-c-torkham")


def test_an_internal_check_that_fails_comes_first_says_so_in_words_and_opens_its_article(opened: Page, report: Report) -> None:
    page = opened.page
    first = page.locator(".checks li").first
    assert first.locator(".check-status").inner_text().lower() == "inconsistent"  # not in red alone
    first.locator(".check-link").click()
    check = report.checks[0]
    total = next(c for c in report.claims if c.id == check.total)
    assert page.locator(f"#doc-{check.article}").is_visible()
    assert page.locator("#reader mark.active").first.inner_text() == total.text
    assert opened.errors == []


def test_a_sourcing_line_highlighted_in_the_article_breaks_nothing(chromium: Any, tmp_path: Path) -> None:
    # Its highlight has no card to lead to: clicking it threw, and the page's script stopped.
    from crosscheck.pipeline import run
    from crosscheck.settings import DEFAULT

    sample = run([str(Path(__file__).resolve().parent.parent / "corpus" / "afghan-returns-2025")], DEFAULT)
    assert sample.sourcing
    context = chromium.new_context(viewport={"width": 1366, "height": 900})
    opened = Page(context, write_report(sample, tmp_path).as_uri())
    page = opened.page
    page.locator("#sourcing summary").click()
    link = page.locator("#sourcing .claim-link").first
    link.click()
    page.locator(f'#reader [data-statements~="{link.get_attribute("data-statement")}"]').first.click()
    assert opened.errors == []
    page.keyboard.press("j")  # the page still answers
    assert page.locator(".cluster.current").count() == 1
    context.close()


def test_an_article_opened_at_the_end_of_the_page_starts_below_the_toolbar(chromium: Any, report: Report, tmp_path: Path) -> None:
    # At the foot of the page the sticky reader was pushed up under the toolbar, its outlet line
    # and close button covered.
    # an article longer than the window (filler after its end: no offset moves)
    long = replace(report, articles=tuple(
        replace(a, text=a.text + "\n\nFiller paragraph about something else." * 80) if a.id == report.checks[0].article else a
        for a in report.articles
    ))
    context = chromium.new_context(viewport={"width": 1366, "height": 768})
    page = Page(context, write_report(long, tmp_path).as_uri()).page
    page.locator("input[name=verdict][value=single]").check()  # a page longer than the window
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.locator(".checks .check-link").first.click()
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    close = page.locator(f"#doc-{report.checks[0].article} .reader-close")
    on_top = close.evaluate(
        """b => { const r = b.getBoundingClientRect();
                  return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b; }"""
    )
    assert on_top
    context.close()


def test_a_search_that_finds_nothing_is_undone_in_one_click(opened: Page) -> None:
    page = opened.page
    before = page.locator(".cluster:visible").count()
    clear = page.locator("#clear-filters")
    assert clear.is_hidden()  # nothing to clear yet
    page.locator("#filter-outlet").select_option("Dawn")
    page.locator("#filter-text").fill("no such words anywhere")
    assert page.locator(".cluster:visible").count() == 0
    assert page.locator("#shown-count").inner_text().startswith("0 of")
    clear.click()
    assert page.locator(".cluster:visible").count() == before
    assert page.locator("#filter-text").input_value() == "" and page.locator("#filter-outlet").input_value() == ""
    assert clear.is_hidden()


PLACEHOLDER_FITS = """e => { const s = getComputedStyle(e), c = document.createElement('canvas').getContext('2d');
  c.font = s.font; const room = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 16;
  return c.measureText(e.placeholder).width <= room; }"""


@pytest.mark.parametrize("width", [1366, 1000, 390])
def test_the_search_box_shows_its_whole_hint(chromium: Any, report: Report, tmp_path: Path, width: int) -> None:
    # At 14rem the placeholder was cut before its "( / )": the key that jumps to the box.
    context = chromium.new_context(viewport={"width": width, "height": 800})
    page = Page(context, write_report(report, tmp_path).as_uri()).page
    assert page.locator("#filter-text").evaluate(PLACEHOLDER_FITS)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


@pytest.mark.parametrize("typed", ["85000", "85,000", "85 000"])
def test_a_figure_is_found_however_its_thousands_are_typed(opened: Page, typed: str) -> None:
    page = opened.page
    page.locator("#filter-text").fill(typed)
    shown = [c.get_attribute("id") for c in page.locator(".cluster:visible").all()]
    assert "cluster-c-returned" in shown  # "Nearly 85,000 Afghans"
    assert "cluster-c-torkham" not in shown


def test_the_readers_header_hides_the_text_under_it_and_wraps_a_long_address(chromium: Any, report: Report, tmp_path: Path) -> None:
    long_url = "https://www.example.org/2025/04/08/" + "-".join(["afghans-return-from-pakistan"] * 6) + "/"
    padded = tuple(
        replace(a, url=long_url, text="Filler paragraph about something else.\n\n" * 80 + a.text) if a.id == "afp" else a
        for a in report.articles
    )
    shift = len("Filler paragraph about something else.\n\n" * 80)
    claims = tuple(
        replace(c, start=c.start + shift, end=c.end + shift, sentence_start=c.sentence_start + shift,
                quantity=replace(c.quantity, number_start=c.quantity.number_start + shift, number_end=c.quantity.number_end + shift))
        if c.article == "afp" else c
        for c in report.claims
    )
    statements = tuple(replace(s, start=s.start + shift, end=s.end + shift) if s.article == "afp" else s for s in report.statements)
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    page = Page(context, write_report(replace(report, articles=padded, claims=claims, statements=statements), tmp_path).as_uri()).page
    page.locator(".claim-link", has_text="Nearly 85,000").click()
    reader, head = page.locator("#reader"), page.locator("#doc-afp .doc-head")
    # the whole address is there, on lines of its own, and the reader does not scroll sideways
    assert head.locator("a.original").inner_text() == long_url
    assert reader.evaluate("e => e.scrollWidth <= e.clientWidth")
    # the article has scrolled under the header: what is right under the header's middle is the header
    assert reader.evaluate("e => e.scrollTop") > 500
    covered = page.evaluate(
        """() => { const h = document.querySelector('#doc-afp .doc-head').getBoundingClientRect();
                   const hit = document.elementFromPoint(h.left + h.width / 2, h.top + h.height / 2);
                   return hit.closest('.doc-head') !== null && getComputedStyle(hit.closest('.doc-head')).backgroundColor; }"""
    )
    assert covered == "rgb(255, 255, 255)"
    # so does the page's toolbar, over the cards scrolled under it
    page.evaluate("window.scrollTo(0, 600)")
    assert page.locator(".toolbar").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 255, 255)"
    context.close()


# ---------------------------------------------------------------- cards drawn as they come near
#: Twelve tall cards of thirty reports between the first card and the rest of the story: the
#: cards after them are far below the first screen.
TALL = 12


@pytest.fixture
def long_page(chromium: Any, tmp_path: Path) -> Iterator[Page]:
    from report_fixture import build_large_report

    path = tmp_path / "report.html"
    path.write_text(html.render(build_large_report(clusters=TALL, members=30), drawn=1), encoding="utf-8")
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    yield Page(context, path.as_uri())
    context.close()


def test_a_far_cards_rows_appear_when_it_is_scrolled_to(long_page: Page) -> None:
    from playwright.sync_api import expect

    page = long_page.page
    card = page.locator("#cluster-c-torkham")
    assert card.locator("tbody tr").count() == 0  # not drawn yet: the page opened without it
    assert page.locator("#cluster-c-returned tbody tr").count() == 3
    card.scroll_into_view_if_needed()
    expect(card.locator("tbody tr")).to_have_count(2)
    expect(card.locator(".figure .interval")).to_have_count(4)  # two outlets' names, two intervals
    # an interval is its row's figure, and says so on hover, as its outlet's name does
    assert card.locator("g.interval title").all_text_contents() == card.locator(".row-label").evaluate_all("ls => ls.map(l => l.title)")
    assert card.locator("g.interval").evaluate_all("gs => gs.map(g => g.dataset.claim)") == card.locator("tbody tr").evaluate_all(
        "rs => rs.map(r => r.dataset.claim)")
    assert card.locator(".claim-link").first.get_attribute("title") == "Show this figure in its article"
    card.locator(".claim-link", has_text="About 2,000 people").click()
    assert page.locator("#doc-afp mark.active").first.inner_text() == "About 2,000 people"
    assert long_page.errors == []


def test_search_finds_a_figure_in_a_row_not_drawn_yet(long_page: Page) -> None:
    page = long_page.page
    assert page.locator("#cluster-c-torkham tbody tr").count() == 0
    page.locator("#filter-text").fill("people crossing")  # words of a sentence in a row
    assert [c.get_attribute("id") for c in page.locator(".cluster:visible").all()] == ["cluster-c-torkham"]
    page.locator("#filter-text").fill("2000 Torkham")  # a figure typed without its comma, and a place
    assert [c.get_attribute("id") for c in page.locator(".cluster:visible").all()] == ["cluster-c-torkham"]
    page.locator("#cluster-c-torkham .claim-link").first.click()  # now on screen, so drawn
    assert page.locator("#doc-dawn, #doc-afp").filter(has=page.locator("mark.active")).count() == 1


def test_a_review_of_a_card_drawn_late_is_kept_across_reload(long_page: Page) -> None:
    from playwright.sync_api import expect

    page = long_page.page
    card = page.locator("#cluster-c-torkham")
    card.scroll_into_view_if_needed()
    card.get_by_label("confirmed discrepancy").check()
    card.locator(".review-note").fill("Taliban count, not the UN's")
    page.evaluate("window.scrollTo(0, 0)")  # the reload opens at the top, far from the card
    page.reload()
    card = page.locator("#cluster-c-torkham")
    # before the card is drawn again its badge says the decision, and the review filter finds it
    expect(card.locator(".review-badge")).to_have_text("confirmed discrepancy")
    assert card.locator(".review").count() == 0
    page.locator("#filter-review").select_option("confirmed discrepancy")
    assert [c.get_attribute("id") for c in page.locator(".cluster:visible").all()] == ["cluster-c-torkham"]
    page.locator("#filter-text").fill("UN's")  # the note is searched too
    assert [c.get_attribute("id") for c in page.locator(".cluster:visible").all()] == ["cluster-c-torkham"]
    expect(card.get_by_label("confirmed discrepancy")).to_be_checked()
    expect(card.locator(".review-note")).to_have_value("Taliban count, not the UN's")
    assert card.locator(".review").get_attribute("aria-label") == "Review of People crossing at Torkham on Sunday"


def test_a_figure_in_the_article_leads_back_to_a_card_not_drawn_yet(long_page: Page) -> None:
    page = long_page.page
    assert page.locator("#cluster-c-torkham tbody tr").count() == 0
    page.locator("#cluster-c-returned .claim-link", has_text="More than 80,000").click()
    page.locator("#doc-dawn mark", has_text="2,000 people").click()
    assert page.locator(".cluster.current").get_attribute("id") == "cluster-c-torkham"
    assert page.locator("#cluster-c-torkham tr.active .claim-link").inner_text() == "2,000 people"
    page.keyboard.press("j")  # and the keys step on to the next card, drawn as it is reached
    current = page.locator(".cluster.current")
    assert current.get_attribute("id") != "cluster-c-torkham" and current.locator("noscript").count() == 0
    assert long_page.errors == []


def test_printing_draws_every_card(long_page: Page) -> None:
    page = long_page.page
    assert page.locator("main .card-body > noscript").count() > 0
    page.emulate_media(media="print")
    page.wait_for_function("document.querySelectorAll('main .card-body > noscript').length === 0")
    assert page.locator("#cluster-c-torkham tbody tr").count() == 2
    page.emulate_media(media="screen")


def test_the_browsers_own_find_sees_every_card(long_page: Page) -> None:
    page = long_page.page
    assert page.locator("#cluster-c-torkham tbody tr").count() == 0
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("Control+f")  # before the browser's find bar opens, the page draws every card
    assert page.locator("main .card-body > noscript").count() == 0
    assert page.locator("#cluster-c-torkham tbody tr").count() == 2


def test_without_javascript_every_card_shows_its_rows(chromium: Any, tmp_path: Path) -> None:
    from report_fixture import build_large_report

    path = tmp_path / "report.html"
    path.write_text(html.render(build_large_report(clusters=TALL, members=30), drawn=1), encoding="utf-8")
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, java_script_enabled=False)
    page = Page(context, path.as_uri()).page
    card = page.locator("#cluster-c-torkham")
    assert card.locator("tbody tr").count() == 2
    assert card.locator("td.sentence").first.is_visible()
    assert "Officials said 2,000 people crossed at Torkham" in (card.locator("td.sentence").first.text_content() or "")
    # and the page says what needs scripts, instead of showing a review form that kept nothing
    assert "reviews, the filters, search" in page.locator(".toolbar noscript .warning").inner_text()
    assert page.locator(".review").count() == 0
    context.close()
