"""Saved web pages through trafilatura: main text, metadata, furniture left out, no network."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosscheck.ingest import load
from crosscheck.ingest.html import declared_charset

BODY = (
    "<p>Pakistan has expelled more than 80,000 Afghan nationals since the end of March, a senior "
    "official said on Friday, as part of a renewed surge in a repatriation drive.</p>"
    "<p>The Taliban minister urged Islamabad to adopt a more compassionate approach, especially "
    "toward women, children, and those who had lived in Pakistan for decades.</p>"
    "<p>Tensions between the nations have run high, with a key border crossing closed for almost "
    "a month in February amid clashes between forces from both sides.</p>"
)

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Pakistan expels 80,000 Afghans | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Pakistan expels 80,000 Afghans">
<link rel="canonical" href="https://daily.example/world/pakistan-expels-afghans">
<meta property="article:published_time" content="2025-04-19T09:30:00+05:00">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a></nav>
<article><h1>Pakistan expels 80,000 Afghans</h1>{BODY}</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Canada never for sale, says Carney</a></li></ul></aside>
<footer>Copyright 2025 The Daily Example. All rights reserved.</footer>
</body></html>
"""


def test_saved_page_gives_main_text_and_metadata(tmp_path: Path):
    (tmp_path / "daily.html").write_text(PAGE, encoding="utf-8")
    result = load([tmp_path])
    assert result.skipped == () and result.warnings == ()
    (article,) = result.articles
    assert (article.id, article.file) == ("daily", "daily.html")
    assert "more than 80,000 Afghan nationals" in article.text
    assert "toward women, children" in article.text
    for chrome in ("dataLayer", "Copyright", "All rights reserved", "<p>"):
        assert chrome not in article.text
    assert article.title == "Pakistan expels 80,000 Afghans"
    assert article.outlet == "The Daily Example"
    assert article.url == "https://daily.example/world/pakistan-expels-afghans"
    assert article.published == date(2025, 4, 19)
    for name in ("title", "outlet", "url", "published"):
        assert article.provenance[name] == "html metadata (trafilatura)"


def test_sidecar_overrides_page_metadata(tmp_path: Path):
    (tmp_path / "daily.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(
        '{"file": "daily.htm", "outlet": "Daily (print)", "published": "2025-04-20"}\n'
    )
    (article,) = load([tmp_path]).articles
    assert (article.outlet, article.published) == ("Daily (print)", date(2025, 4, 20))
    assert article.provenance["outlet"] == "meta.jsonl"
    assert article.provenance["title"] == "html metadata (trafilatura)"


def test_page_without_site_name_falls_back_to_host(tmp_path: Path):
    page = PAGE.replace('<meta property="og:site_name" content="The Daily Example">', "").replace(
        "<title>Pakistan expels 80,000 Afghans | The Daily Example</title>",
        "<title>Pakistan expels 80,000 Afghans</title>",
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = load([tmp_path]).articles
    assert article.outlet == "daily.example"
    assert "host name" in article.provenance["outlet"]


def test_page_in_a_declared_legacy_charset(tmp_path: Path):
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("a senior official", "a \u201csenior\u201d official")
    (tmp_path / "legacy.html").write_bytes(page.encode("cp1252"))
    result = load([tmp_path])
    (article,) = result.articles
    assert "a \u201csenior\u201d official" in article.text
    assert result.warnings == ()


def test_declared_charset():
    assert (
        declared_charset(
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        )
        == "iso8859-1"
    )
    assert declared_charset(b"<meta charset='nonsense-enc'>") is None
    assert declared_charset(b"<p>no declaration</p>") is None


def test_tiny_page_falls_back_to_all_its_text(tmp_path: Path):
    (tmp_path / "tiny.html").write_text("<html><body><p>40 people died.</p></body></html>")
    result = load([tmp_path])
    (article,) = result.articles
    assert "40 people died." in article.text
    assert all("tiny.html" in w for w in result.warnings)


def test_page_with_no_text_is_skipped_with_one_line(tmp_path: Path):
    (tmp_path / "empty.html").write_text("<html><head><title></title></head><body></body></html>")
    (tmp_path / "ok.txt").write_text("A story about 5 goats.")
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["ok.txt"]
    (skipped,) = result.skipped
    assert skipped.file == "empty.html" and "empty.html" in skipped.reason


def test_furniture_rules_also_run_on_extracted_text(tmp_path: Path):
    page = PAGE.replace("</article>", "<p>Join our WhatsApp Channel</p></article>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = load([tmp_path]).articles
    (span,) = article.furniture
    assert span.text == "Join our WhatsApp Channel"
    assert article.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("title_tag", "outlet"),
    [
        ("Pakistan expels 80,000 Afghans | The Daily Example", "The Daily Example"),
        ("Pakistan expels 80,000 Afghans - Daily Example News", "Daily Example News"),
        ("Pakistan expels 80,000 Afghans | World | The Daily Example", "The Daily Example"),
    ],
)
def test_page_without_site_name_takes_the_name_its_title_puts_after_the_headline(tmp_path: Path, title_tag, outlet):
    page = PAGE.replace('<meta property="og:site_name" content="The Daily Example">', "").replace(
        "<title>Pakistan expels 80,000 Afghans | The Daily Example</title>", f"<title>{title_tag}</title>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = load([tmp_path]).articles
    assert (article.outlet, article.title) == (outlet, "Pakistan expels 80,000 Afghans")
