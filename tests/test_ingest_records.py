"""Exports with one article per record: JSON Lines and CSV, their field names and their faults."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from crosscheck.ingest import load
from crosscheck.ingest.records import FIELD_NAMES, field_map


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_jsonl_records_become_articles_with_their_metadata(tmp_path):
    write_jsonl(
        tmp_path / "export.jsonl",
        [
            {
                "headline": "A",
                "body": "First story:\r\n40 people.",
                "link": "https://a.example/1",
                "publisher": "Dawn",
                "published_at": "2025-04-08T10:00:00Z",
            },
            {
                "title": "B",
                "text": "Second story, 7 goats.",
                "source": {"name": "AFP"},
                "date": "8 April 2025",
            },
        ],
    )
    result = load([tmp_path])
    assert result.skipped == () and result.warnings == ()
    a, b = result.articles
    assert (a.id, a.file, a.text) == ("export#1", "export.jsonl", "First story:\n40 people.")
    assert (a.title, a.url, a.outlet, a.published) == (
        "A",
        "https://a.example/1",
        "Dawn",
        date(2025, 4, 8),
    )
    assert a.provenance["outlet"] == "record field 'publisher' of export.jsonl"
    assert (b.id, b.outlet, b.published) == ("export#2", "AFP", date(2025, 4, 8))


def test_record_id_field_is_the_article_id_made_unique(tmp_path):
    write_jsonl(
        tmp_path / "e.jsonl",
        [
            {"id": "x1", "text": "One about 4 cows."},
            {"id": "x1", "text": "Two about 9 hens."},
            {"id": 17, "text": "Three about 2 pigs."},
        ],
    )
    assert [a.id for a in load([tmp_path]).articles] == ["x1", "x1-2", "17"]


def test_bad_jsonl_lines_and_records_without_text_are_one_line_each(tmp_path):
    write_jsonl(
        tmp_path / "e.jsonl",
        [
            {"text": "Good one about 5 goats."},
            "{broken",
            "[1, 2]",
            {"title": "no text"},
            {"text": "   "},
            {"text": "Good two about 6 goats.", "date": "someday"},
        ],
    )
    result = load([tmp_path])
    assert [a.id for a in result.articles] == ["e#1", "e#6"]
    assert [s.file for s in result.skipped] == ["e.jsonl#4", "e.jsonl#5"]
    assert all("e.jsonl record" in s.reason and "no text" in s.reason for s in result.skipped)
    assert len(result.warnings) == 3
    assert result.warnings[0].startswith("e.jsonl line 2: not valid JSON")
    assert result.warnings[1].startswith("e.jsonl line 3: not a JSON object")
    assert result.warnings[2].startswith("e.jsonl record 6: 'date' value 'someday' is not a date")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_csv_export_with_any_common_delimiter(tmp_path, delimiter):
    write_csv(
        tmp_path / "sheet.csv",
        ["Headline", "Full Text", "Publication Date", "Site Name"],
        [
            ["A", "Body one, with 12 people; and more.\nSecond line.", "2025-04-08", "Dawn"],
            ["B", "Body two about 3 goats.", "", "AFP"],
        ],
        delimiter=delimiter,
    )
    result = load([tmp_path])
    assert result.skipped == () and result.warnings == ()
    a, b = result.articles
    assert (a.id, a.title, a.outlet, a.published) == ("sheet#1", "A", "Dawn", date(2025, 4, 8))
    assert a.text == "Body one, with 12 people; and more.\nSecond line."
    assert (b.id, b.published) == ("sheet#2", None)


def test_csv_without_a_text_column_is_skipped_naming_its_columns(tmp_path):
    write_csv(tmp_path / "links.csv", ["title", "url"], [["A", "https://a.example"]])
    (tmp_path / "ok.txt").write_text("A story about 5 goats.")
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["ok.txt"]
    (skipped,) = result.skipped
    assert skipped.file == "links.csv"
    assert skipped.reason.startswith("links.csv has no text column (columns: title, url;")


def test_csv_with_a_huge_field(tmp_path):
    body = "word " * 60_000  # past csv's default 128 kB field limit
    write_csv(tmp_path / "big.csv", ["text"], [[body]])
    (article,) = load([tmp_path]).articles
    assert article.text == body


def test_sidecar_fills_what_records_do_not_say(tmp_path):
    write_jsonl(
        tmp_path / "e.jsonl",
        [{"text": "One about 4 cows.", "outlet": "Own"}, {"text": "Two about 5 hens."}],
    )
    (tmp_path / "meta.jsonl").write_text(
        '{"file": "e.jsonl", "outlet": "Sidecar", "published": "2025-01-02"}\n'
    )
    a, b = load([tmp_path]).articles
    assert (a.outlet, b.outlet) == ("Own", "Sidecar")
    assert a.published == b.published == date(2025, 1, 2)


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (
            ["Body", "HEADLINE", "canonical_url"],
            {"text": "Body", "title": "HEADLINE", "url": "canonical_url"},
        ),
        (["content", "text"], {"text": "text"}),  # the first name listed wins
        (["pubDate", "domain"], {"published": "pubDate", "outlet": "domain"}),
        (["nothing", "useful"], {}),
    ],
    ids=["case", "priority", "camel", "none"],
)
def test_field_map(columns, expected):
    assert field_map(columns) == expected


def test_every_documented_text_field_name_is_read(tmp_path):
    for name in FIELD_NAMES["text"]:
        write_jsonl(tmp_path / f"{name}.jsonl", [{name: f"Story in {name} about 3 goats."}])
    texts = [a.text for a in load([tmp_path]).articles]
    assert sorted(texts) == sorted(f"Story in {n} about 3 goats." for n in FIELD_NAMES["text"])
