"""Saved web pages: the main text and the page's metadata, through trafilatura.

Why trafilatura and not our own tag stripping: finding the article inside a page (and leaving the
menus, teasers and comment threads out) is the hard part, and trafilatura does it with rules and
fallbacks (readability, jusText) measured on thousands of news pages; it also reads the metadata
pages carry in many dialects (JSON-LD, OpenGraph, ``<meta>``, ``<time>``) and dates through
htmldate. Hand-written code would cover one site at a time.

Nothing here touches the network: trafilatura is given the page's text, never a URL to fetch.
The article text is the extracted main text (with universal newlines); offsets point into it.
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
from typing import Any

from crosscheck.ingest.dates import parse_date_value
from crosscheck.ingest.draft import Draft
from crosscheck.ingest.files import (
    Source,
    Unreadable,
    cap_text,
    decode,
    read_capped,
    universal_newlines,
)

PROVENANCE = "html metadata (trafilatura)"
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
_DECLARED_FROM = re.compile(r"decoded as cp1252")


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes (``<meta charset=...>``), if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def page_text(data: bytes) -> tuple[str, list[str]]:
    """The page as text: a BOM or valid UTF-8 first, else the charset the page declares."""
    decoded = decode(data)
    notes = list(decoded.notes)
    if any(_DECLARED_FROM.search(note) for note in notes):
        charset = declared_charset(data)
        if charset:
            return data.decode(charset, errors="replace"), []
    return decoded.text, notes


def _extract(page: str) -> dict[str, Any] | None:
    try:
        import trafilatura
    except ImportError as exc:  # a declared dependency; its own imports can still fail
        raise Unreadable(f"cannot be read: trafilatura is not usable ({' '.join(str(exc).split())})") from exc
    try:
        document = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken pages
        raise Unreadable(f"is not HTML trafilatura can read ({type(exc).__name__})") from exc
    if document is None:
        return None
    return document if isinstance(document, dict) else document.as_dict()


def _whole_page_text(page: str) -> str:
    """All the page's text, for pages where trafilatura finds no main text (very short pages)."""
    try:
        import trafilatura

        return trafilatura.html2txt(page) or ""
    except Exception:  # noqa: BLE001 - as above: a broken page gives no text rather than an error
        return ""


def read_html(source: Source, max_chars: int) -> tuple[Draft, list[str]]:
    """One saved page as a draft article, and notes about how it was read."""
    # HTML carries markup around the text, so allow more bytes than the text cap needs.
    data, _ = read_capped(source.path, max_chars * 4)
    if not data.strip():
        raise Unreadable("is empty")
    page, notes = page_text(data)
    document = _extract(page)
    text = universal_newlines((document or {}).get("text") or "")
    if not text.strip():
        text = universal_newlines(_whole_page_text(page))
        if not text.strip():
            raise Unreadable("has no text trafilatura can find")
        notes.append("trafilatura found no main text; using all the page's text")
    text, cut = cap_text(text, max_chars)
    if cut:
        notes.append(cut)
    draft = Draft(
        file=source.rel,
        id_hint=source.rel.rsplit("/", 1)[-1].rsplit(".", 1)[0],
        text=text,
        path=source.path,
        root=source.root,
    )
    _set_metadata(draft, document or {}, page)
    return draft, notes


_TITLE_TAG = re.compile(r"<title[^>]{0,200}>([^<]{1,400})</title>", re.IGNORECASE)
# "Headline | The Daily Example", "Headline - Tahrir News", "Headline | World | The Paper": the
# site's name is the last part after the headline.
_SITE_SUFFIX = re.compile(r"\s+(?P<sep>[|–—·-])\s+(?P<rest>.+)$")
MAX_SITE_WORDS = 6
MAX_SITE_CHARS = 60
TITLE_SNIFF_CHARS = 65_536


def site_from_title(page: str, headline: str | None) -> str | None:
    """The site's name a page's ``<title>`` puts after the headline, when it does."""
    match = _TITLE_TAG.search(page[:TITLE_SNIFF_CHARS])
    if match is None or not headline:
        return None
    title = html_lib.unescape(" ".join(match.group(1).split()))
    if not title.startswith(headline):
        return None
    suffix = _SITE_SUFFIX.match(title[len(headline) :])
    if suffix is None:
        return None
    site = suffix.group("rest").split(f" {suffix.group('sep')} ")[-1].strip()
    if (
        not re.search(r"[^\W\d_]", site)
        or len(site) > MAX_SITE_CHARS
        or len(site.split()) > MAX_SITE_WORDS
    ):
        return None
    return site


def _set_metadata(draft: Draft, document: dict[str, Any], page: str = "") -> None:
    for name, key in (("title", "title"), ("url", "url")):
        value = document.get(key)
        if isinstance(value, str) and value.strip():
            draft.set(name, value.strip(), PROVENANCE)
    sitename, hostname = document.get("sitename"), document.get("hostname")
    # trafilatura falls back to the host name itself; say so when it did, it is a weaker guess.
    title_site = site_from_title(page, _text_or_none(document.get("title")))
    if isinstance(sitename, str) and sitename.strip() and sitename != hostname:
        draft.set("outlet", sitename.strip(), PROVENANCE)
    elif title_site is not None:
        draft.set("outlet", title_site, "html: the site's name after the headline in the page title")
    elif isinstance(hostname, str) and hostname.strip():
        draft.set("outlet", hostname.strip(), "html: the page's host name (trafilatura)")
    published = parse_date_value(document.get("date"))
    if published is not None:
        draft.set("published", published, PROVENANCE)


def _text_or_none(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
