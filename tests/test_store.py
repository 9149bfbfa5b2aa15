"""The SQLite store: lossless round trips, incremental runs, results equal to a fresh run, plain SQL."""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import fields
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from benchmarks.generate import write_corpus
from crosscheck import store as store_module
from crosscheck.model import (
    Article,
    Attribution,
    Claim,
    Quantity,
    Report,
    Sentence,
    Span,
    Statement,
    StatementPart,
    TimeScope,
)
from crosscheck.settings import Settings
from crosscheck.store import Store

DOCS = Path(__file__).parent.parent / "docs" / "store.md"


def _article() -> Article:
    text = "Home > World\nNearly 85,000 Afghans crossed since March 31, Ishaq Dar said. “We are ready,” he said.\n"
    return Article(
        id="a1", file="a1.txt", text=text, outlet="Dawn", published=date(2025, 4, 8), title="T",
        url="https://example.org/a1", provenance={"outlet": "meta.jsonl"},
        furniture=(Span(start=0, end=12, text="Home > World"),), content_hash="abc",
    )


def _extraction(article: Article) -> tuple[list[Sentence], list[Claim], list[Statement]]:
    text = article.text
    s1, e1 = 13, text.index("said.") + 5
    sentences = [
        Sentence(article="a1", index=0, paragraph=0, start=0, end=12, text=text[0:12], furniture=True),
        Sentence(article="a1", index=1, paragraph=1, start=s1, end=e1, text=text[s1:e1]),
    ]
    q_start = text.index("Nearly")
    quantity = Quantity(
        start=q_start, end=q_start + 13, text=text[q_start : q_start + 13], value=85000.0, low=80750.0,
        high=85000.0, hedge="Nearly", hedge_class="less", kind="count", unit=None,
        number_start=q_start + 7, number_end=q_start + 13,
    )
    claim = Claim(
        id="a1:20-40", article="a1", start=q_start, end=q_start + 21, text=text[q_start : q_start + 21],
        sentence=text[s1:e1], sentence_start=s1, quantity=quantity, counted="Afghans", event="crossed",
        place=None,
        time=TimeScope(text="since March 31", start=50, end=64, relation="since",
                       date_from=date(2025, 3, 31), date_to=date(2025, 4, 8), resolved=True),
        attribution=Attribution(source="Ishaq Dar", text="Ishaq Dar said", start=66, end=80,
                                channel=None, anonymous=False, speaker_id="ishaq-dar", scope="sentence"),
    )
    q2 = text.index("We")
    statement = Statement(
        id="a1:q1", article="a1", start=q2, end=q2 + 12, content=text[q2 : q2 + 12], speaker="Ishaq Dar",
        speaker_id=None, cue="said", direct=True, speaker_span=Span(start=66, end=75, text="Ishaq Dar"),
        cue_span=Span(start=1, end=2, text="x"), anonymous=False, confidence=0.7, sentence="“We are ready,” he said.",
        parts=(StatementPart(id="a1:q2", start=1, end=3, content=text[1:3], relation="restates", cue="says",
                             speaker_span=Span(start=0, end=1, text=text[0:1]), headline=True),),
    )
    return sentences, [claim], [statement]


def test_round_trip_of_model_objects(tmp_path: Path) -> None:
    article = _article()
    extraction = _extraction(article)
    with Store(tmp_path / "s.db") as db:
        db.save_articles([article], {article.id: extraction})
    with Store(tmp_path / "s.db") as db:
        plan = db.plan([article])
    assert plan.to_extract == []
    assert plan.reused == {"a1": extraction}


# A field added to the model must be stored too, or a reused extraction would silently lose it.
STORED_FIELDS = {
    Claim: {"id", "article", "start", "end", "text", "sentence", "sentence_start", "quantity", "counted",
            "event", "place", "time", "attribution", "reported_on", "forecast"},
    Quantity: {"start", "end", "text", "value", "low", "high", "hedge", "hedge_class", "kind", "unit",
               "number_start", "number_end"},
    Statement: {"id", "article", "start", "end", "content", "speaker", "speaker_id", "cue", "direct",
                "speaker_span", "cue_span", "anonymous", "confidence", "sentence", "kind", "parts"},
    Sentence: {"article", "index", "paragraph", "start", "end", "text", "furniture"},
}


@pytest.mark.parametrize("model", list(STORED_FIELDS), ids=lambda m: m.__name__)
def test_the_store_knows_every_field_of_what_extraction_returns(model: type) -> None:
    assert {f.name for f in fields(model)} == STORED_FIELDS[model]


def test_changed_text_date_or_extractor_invalidates(tmp_path: Path) -> None:
    article = _article()
    with Store(tmp_path / "s.db") as db:
        db.save_articles([article], {article.id: _extraction(article)})
        assert db.plan([article]).to_extract == []
        changed_text = Article(**{**{f.name: getattr(article, f.name) for f in fields(Article)},
                                  "text": article.text + "More.", "content_hash": "def"})
        assert db.plan([changed_text]).to_extract == [changed_text]
        redated = Article(**{**{f.name: getattr(article, f.name) for f in fields(Article)},
                             "published": date(2025, 4, 9)})
        assert db.plan([redated]).to_extract == [redated]
    with Store(tmp_path / "s.db", extractor="a newer extractor") as db:
        assert db.plan([article]).to_extract == [article]


def test_articles_that_left_the_corpus_leave_the_store(tmp_path: Path) -> None:
    article = _article()
    with Store(tmp_path / "s.db") as db:
        db.save_articles([article], {article.id: _extraction(article)})
        db.save_articles([], {})
        assert db.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
        assert db.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_reviews_are_stored(tmp_path: Path) -> None:
    reviews = {"c-1": {"status": "confirmed discrepancy", "note": "called the ministry", "updated": "2025-04-21"}}
    report = Report(reviews=reviews)
    with Store(tmp_path / "s.db") as db:
        db.save_results(report, extracted=0, reused=0, started=datetime.now(UTC))
        assert db.reviews() == reviews
        row = db.db.execute("SELECT status, note FROM reviews WHERE cluster = 'c-1'").fetchone()
    assert tuple(row) == ("confirmed discrepancy", "called the ministry")


def test_an_older_schema_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as db:
        db.save_articles([_article()], {"a1": _extraction(_article())})
        db.db.execute("UPDATE store_info SET value = '0' WHERE key = 'schema_version'")
        db.db.commit()
    with Store(path) as db:
        assert db.plan([_article()]).to_extract == [_article()]


# --------------------------------------------------------------------------- whole runs


@pytest.fixture()
def counted_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count extract_article calls (in process: jobs=1)."""
    import crosscheck.pipeline as pipeline

    calls: list[str] = []
    real = pipeline.extract_article

    def counting(article: Article):  # type: ignore[no-untyped-def]
        calls.append(article.id)
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", counting)
    return calls


def _grow(source: Path, target: Path, n: int) -> None:
    """Copy the first n generated articles (and their sidecar lines) into target."""
    target.mkdir(exist_ok=True)
    files = sorted(p.name for p in source.glob("*.txt"))[:n]
    for name in files:
        shutil.copy(source / name, target / name)
    lines = [line for line in (source / "meta.jsonl").read_text().splitlines() if line.split('"')[3] in files]
    (target / "meta.jsonl").write_text("\n".join(lines) + "\n")


def test_incremental_run_extracts_only_new_and_changed_articles(
    tmp_path: Path, counted_extraction: list[str]
) -> None:
    from crosscheck.pipeline import run
    from crosscheck.report.json import to_json

    source, corpus, db = tmp_path / "all", tmp_path / "corpus", tmp_path / "store.db"
    write_corpus(source, 24, seed=3, words=150)
    settings = Settings(jobs=1)

    _grow(source, corpus, 18)
    run([corpus], settings, db=db)
    assert len(counted_extraction) == 18

    counted_extraction.clear()
    _grow(source, corpus, 24)  # six new articles
    edited = sorted(corpus.glob("*.txt"))[2]
    edited.write_text(edited.read_text() + "\nOfficials said 1,234 more people arrived on Monday.\n")
    reused: list[tuple[int, int]] = []
    grown = run([corpus], settings, db=db,
                on_progress=lambda stage, done, total: reused.append((done, total)) if stage == "reused" else None)
    assert sorted(counted_extraction) == sorted([edited.stem] + [p.stem for p in sorted(corpus.glob("*.txt"))[18:]])
    assert reused == [(17, 24)]

    counted_extraction.clear()
    fresh = run([corpus], settings)
    assert len(counted_extraction) == 24
    assert to_json(grown) == to_json(fresh)

    counted_extraction.clear()
    again = run([corpus], settings, db=db)
    assert counted_extraction == []
    assert to_json(again) == to_json(fresh)

    with sqlite3.connect(db) as plain:
        runs = plain.execute("SELECT articles, extracted, reused FROM runs ORDER BY id").fetchall()
    assert runs == [(18, 18, 0), (24, 7, 17), (24, 0, 24)]


def test_the_schema_reads_with_plain_sql_and_is_documented(tmp_path: Path) -> None:
    from crosscheck.pipeline import run

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 12, seed=5, words=150)
    report = run([corpus], Settings(jobs=1), db=tmp_path / "store.db")

    plain = sqlite3.connect(tmp_path / "store.db")
    by_outlet = dict(plain.execute("SELECT outlet, count(*) FROM articles GROUP BY outlet").fetchall())
    assert sum(by_outlet.values()) == 12
    assert set(by_outlet) == {a.outlet for a in report.articles}
    stored_statements = plain.execute(
        "SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article WHERE a.duplicate_of IS NULL"
    ).fetchone()[0]
    assert stored_statements == len(report.statements) + len(report.sourcing)
    members = plain.execute("SELECT count(*) FROM cluster_members").fetchone()[0]
    assert members == sum(len(c.members) for c in report.clusters)
    # Every offset points into the stored text, as in the model.
    for text, start, end, content in plain.execute(
        "SELECT a.text, s.start, s.\"end\", s.content FROM statements s JOIN articles a ON a.id = s.article"
    ):
        assert text[start:end] == content

    documented = _documented_columns()
    tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = {r[1] for r in plain.execute(f'PRAGMA table_info("{table}")')}
        assert documented.get(table) == columns, f"docs/store.md does not match table {table}"


def _documented_columns() -> dict[str, set[str]]:
    """Tables are '### name' headings in docs/store.md, each followed by a column table."""
    out: dict[str, set[str]] = {}
    table = None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^### `(\w+)`", line)
        if heading:
            table = heading.group(1)
            out[table] = set()
            continue
        cell = re.match(r"^\| `([\w]+)` \|", line)
        if table and cell:
            out[table].add(cell.group(1))
    return out


def test_stamp_names_the_version() -> None:
    from crosscheck import __version__

    assert store_module.EXTRACTOR_STAMP.startswith(__version__ + "+")
