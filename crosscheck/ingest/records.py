"""Exports with one article per record: JSON Lines (``.jsonl``, ``.ndjson``), JSON and CSV.

A ``.json`` export is a list of records, an object holding such a list (under ``articles``,
``items``, ``results``, ``data``, ``records``, ``documents``, ``stories`` or ``posts``), or one
record. JSON that holds no record with a text field (an answer key, settings, a crosscheck
report) is not articles: :class:`NotArticles`.

Scrapers, news APIs and spreadsheets name their columns differently, so each field is looked up
under the names they use (case and spacing ignored), first match wins:

=========  ==========================================================
text       text, body, content, article, full_text
title      title, headline
url        url, link, canonical_url
outlet     outlet, source, site, publisher, site_name, domain
published  published, date, published_at, pubdate, publication_date
id         id
=========  ==========================================================

A record's id becomes the article id when it has one; otherwise ``{file stem}#{n}``, n counting
records from 1. A record without text is skipped with its number; a CSV without any text
column is skipped as a whole, naming the columns it has.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from crosscheck.ingest.dates import parse_date_value
from crosscheck.ingest.draft import Draft
from crosscheck.ingest.files import (
    NotArticles,
    Source,
    Unreadable,
    cap_text,
    decode,
    read_capped,
    universal_newlines,
)
from crosscheck.model import Skipped

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "outlet": ("outlet", "source", "site", "publisher", "site_name", "domain"),
    "published": ("published", "date", "published_at", "pubdate", "publication_date"),
    "id": ("id",),
}
PROVENANCE = "record field {key!r} of {file}"
#: A whole export may hold many articles: its byte cap is this many times one article's.
_EXPORT_CAP_FACTOR = 50


def _key(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def field_map(columns: list[str]) -> dict[str, str]:
    """Our field name -> the record's key that holds it, for the keys present."""
    by_normal: dict[str, str] = {}
    for column in columns:
        by_normal.setdefault(_key(column), column)
    found = {}
    for name, accepted in FIELD_NAMES.items():
        for candidate in accepted:
            if candidate in by_normal:
                found[name] = by_normal[candidate]
                break
    return found


def _scalar_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    # Some exports nest the outlet: {"source": {"name": "Dawn"}}.
    if isinstance(value, Mapping):
        for inner in ("name", "title", "text"):
            if isinstance(value.get(inner), str) and value[inner].strip():
                return str(value[inner])
    return None


def record_draft(
    record: Mapping[str, Any], number: int, source: Source, stem: str, max_chars: int
) -> tuple[Draft | None, list[str]]:
    """One record as a draft (None when it has no text) and notes about it."""
    where = f"{source.rel} record {number}"
    keys = field_map([k for k in record if isinstance(k, str)])
    text = _scalar_text(record.get(keys["text"])) if "text" in keys else None
    if text is None or not text.strip():
        return None, [f"{where}: no text; skipped"]
    notes = []
    text, cut = cap_text(universal_newlines(text), max_chars)
    if cut:
        notes.append(f"{where}: {cut}")
    record_id = _scalar_text(record.get(keys["id"])) if "id" in keys else None
    draft = Draft(
        file=source.rel,
        id_hint=record_id.strip() if record_id else f"{stem}#{number}",
        text=text,
        path=source.path,
        root=source.root,
        from_record=True,
    )
    for name in ("title", "url", "outlet"):
        if name in keys:
            value = _scalar_text(record.get(keys[name]))
            if value:
                draft.set(name, value.strip(), PROVENANCE.format(key=keys[name], file=source.rel))
    if "published" in keys and record.get(keys["published"]) not in (None, ""):
        raw = record[keys["published"]]
        published = parse_date_value(raw)
        if published is None:
            notes.append(f"{where}: {keys['published']!r} value {str(raw)[:40]!r} is not a date")
        else:
            draft.set(
                "published", published, PROVENANCE.format(key=keys["published"], file=source.rel)
            )
    return draft, notes


def _jsonl_records(
    text: str, rel: str, notes: list[str]
) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            notes.append(f"{rel} line {number}: not valid JSON ({reason}); line ignored")
            continue
        if not isinstance(record, dict):
            notes.append(f"{rel} line {number}: not a JSON object; line ignored")
            continue
        yield number, record


#: keys under which JSON exports keep their list of records
JSON_LIST_KEYS = ("articles", "items", "results", "data", "records", "documents", "stories", "posts")


def _json_records(text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(f"is not valid JSON ({exc.msg} at line {exc.lineno}); not read") from exc
    except RecursionError as exc:
        raise Unreadable("is JSON nested too deeply to read; not read") from exc
    if isinstance(data, dict) and {"schema_version", "clusters"} <= data.keys():
        raise NotArticles("is a crosscheck report, not articles; not read")
    if isinstance(data, dict):
        lists = [data[key] for key in JSON_LIST_KEYS if isinstance(data.get(key), list)]
        data = lists[0] if lists else [data]
    records = [r for r in data if isinstance(r, dict)] if isinstance(data, list) else []
    if not any("text" in field_map([k for k in r if isinstance(k, str)]) for r in records):
        accepted = ", ".join(FIELD_NAMES["text"])
        raise NotArticles(f"holds no article records (records need a text field: one of {accepted}); not read")
    return ((n, r) for n, r in enumerate(data, start=1) if isinstance(r, dict))


def _csv_records(text: str) -> tuple[list[str], Iterator[tuple[int, Mapping[str, Any]]]]:
    # Article bodies overflow csv's default 128 kB field limit.
    csv.field_size_limit(2**31 - 1)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    try:
        columns = [c for c in (reader.fieldnames or []) if c is not None]
    except csv.Error as exc:
        raise Unreadable(f"is not a CSV file we can read ({exc})") from exc

    return columns, enumerate(reader, start=1)


def read_records(source: Source, max_chars: int) -> tuple[list[Draft], list[str], list[Skipped]]:
    """Every record of an export as a draft; notes; records (or the file) that were skipped."""
    data, truncated = read_capped(source.path, max_chars * _EXPORT_CAP_FACTOR)
    if not data.strip():
        raise Unreadable("is empty")
    decoded = decode(data, truncated=truncated)
    notes = list(decoded.notes)
    if truncated:
        notes.append("export larger than the read limit; records after the cut are not read")
    stem = source.rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if source.path.suffix.lower() == ".csv":
        columns, records = _csv_records(decoded.text)
        if "text" not in field_map(columns):
            accepted = ", ".join(FIELD_NAMES["text"])
            raise Unreadable(
                f"has no text column (columns: {', '.join(columns) or 'none'}; "
                f"expected one of: {accepted})"
            )
    elif source.path.suffix.lower() == ".json":
        records = _json_records(decoded.text)
    else:
        records = _jsonl_records(decoded.text, source.rel, notes)
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    try:
        for number, record in records:
            draft, record_notes = record_draft(record, number, source, stem, max_chars)
            if draft is None:
                skipped.append(Skipped(file=f"{source.rel}#{number}", reason=record_notes[0]))
            else:
                drafts.append(draft)
                notes.extend(record_notes)
    except csv.Error as exc:
        notes.append(f"CSV broken after {len(drafts)} records ({exc}); the rest is not read")
    if not drafts and not skipped:
        raise Unreadable("holds no records")
    if not drafts and all(s.reason.endswith(": no text; skipped") for s in skipped):
        # one line for the file, not one per record, when no record has a text field at all
        raise Unreadable(
            f"holds no article text ({len(skipped):,} records, none with text in a field named "
            f"{', '.join(FIELD_NAMES['text'])})"
        )
    return drafts, notes, skipped
