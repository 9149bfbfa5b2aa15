"""The SQLite store: a run's articles, extraction and results in one file, and a cache for the next run.

A story grows for weeks. With ``--db FILE`` a run keeps what it extracted from each article;
the next run extracts only articles that are new or changed, reuses the rest, and aligns and
judges everything again (alignment depends on the whole corpus). The results equal those of a
fresh run, because extraction is pure per article: its output depends on the ``Article`` and
on the extractor's code, and both are part of the cache key:

* ``articles.input_hash``: SHA-256 over everything ``extract_article`` can see (id, text,
  metadata, furniture). A changed text changes ``content_hash`` and so the key; so does a
  changed publication date in ``meta.jsonl``, since time scopes resolve against it.
* ``articles.extractor``: :data:`EXTRACTOR_STAMP`, the crosscheck version plus a hash of the
  segment and extract modules' source, so an upgraded (or locally edited) extractor re-extracts.

The file is meant to be read with any SQLite tool or Datasette: plain columns for what is flat,
JSON text columns only where nesting is natural (spans, time scopes, feature scores). Every
table and column is described in ``docs/store.md``. The store mirrors the latest run: articles
that left the corpus leave the store.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from crosscheck import __version__
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
from crosscheck.parallel import Extraction

#: Bumped when the tables change shape; an older file is rebuilt from scratch (it is a cache
#: plus the latest results, both of which a run recreates).
STORE_SCHEMA_VERSION = 4  # 2: claims.reported_on; 3: statements.kind and parts; 4: claims.forecast


def _extractor_stamp() -> str:
    """The version plus a digest of the code that turns an article into sentences, claims and statements."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([package / "text.py", package / "model.py", *(package / "extract").glob("*.py")]):
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:  # a zipped install: fall back to the version alone
            pass
    return f"{__version__}+{digest.hexdigest()[:12]}"


EXTRACTOR_STAMP = _extractor_stamp()

SCHEMA = """
CREATE TABLE IF NOT EXISTS store_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT NOT NULL,
    crosscheck_version TEXT NOT NULL,
    extractor TEXT NOT NULL,
    corpus TEXT NOT NULL,
    articles INTEGER NOT NULL,
    extracted INTEGER NOT NULL,
    reused INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    file TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    title TEXT,
    url TEXT,
    content_hash TEXT NOT NULL,
    duplicate_of TEXT,
    input_hash TEXT NOT NULL,
    extractor TEXT,
    provenance TEXT NOT NULL,
    furniture TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    "index" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    furniture INTEGER NOT NULL,
    PRIMARY KEY (article, "index")
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    hedge TEXT,
    hedge_class TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT,
    counted TEXT,
    event TEXT,
    place TEXT,
    time TEXT,
    attribution TEXT,
    sentence TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    quantity_start INTEGER NOT NULL,
    quantity_end INTEGER NOT NULL,
    quantity_text TEXT NOT NULL,
    number_start INTEGER NOT NULL,
    number_end INTEGER NOT NULL,
    time_scope TEXT,
    attribution_detail TEXT,
    reported_on TEXT,
    forecast TEXT,
    PRIMARY KEY (article, position)
);
CREATE TABLE IF NOT EXISTS statements (
    id TEXT NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    content TEXT NOT NULL,
    speaker TEXT,
    speaker_id TEXT,
    resolved_speaker TEXT,
    cue TEXT NOT NULL,
    direct INTEGER NOT NULL,
    anonymous INTEGER NOT NULL,
    confidence REAL NOT NULL,
    sentence TEXT NOT NULL,
    speaker_span TEXT,
    cue_span TEXT,
    kind TEXT NOT NULL,
    parts TEXT NOT NULL,
    PRIMARY KEY (article, position)
);
CREATE TABLE IF NOT EXISTS speakers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    anonymous INTEGER NOT NULL,
    aliases TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS clusters (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    verdict TEXT NOT NULL,
    label TEXT NOT NULL,
    why TEXT NOT NULL,
    size INTEGER NOT NULL,
    severity REAL NOT NULL,
    outlets INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    spread_low REAL,
    spread_high REAL,
    spread TEXT NOT NULL,
    related TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_members (
    cluster TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    member TEXT NOT NULL,
    claim TEXT,
    statement TEXT,
    PRIMARY KEY (cluster, position)
);
CREATE TABLE IF NOT EXISTS links (
    cluster TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    score REAL NOT NULL,
    decision TEXT NOT NULL,
    features TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS checks (
    article TEXT NOT NULL,
    kind TEXT NOT NULL,
    total TEXT NOT NULL,
    parts TEXT NOT NULL,
    expected REAL NOT NULL,
    found REAL NOT NULL,
    ok INTEGER NOT NULL,
    why TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (source, article)
);
CREATE TABLE IF NOT EXISTS reviews (
    cluster TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    updated TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_id ON claims(id);
CREATE INDEX IF NOT EXISTS statements_id ON statements(id);
CREATE INDEX IF NOT EXISTS cluster_members_claim ON cluster_members(claim);
CREATE INDEX IF NOT EXISTS links_cluster ON links(cluster);
"""

#: Tables a run rewrites whole: the results of aligning and judging the current corpus.
RESULT_TABLES = ("speakers", "clusters", "cluster_members", "links", "checks", "sources")


# --------------------------------------------------------------------------- keys and values


def input_hash(article: Article) -> str:
    """A digest of everything extraction reads from an article."""
    data = article.to_dict()
    data.pop("duplicate_of", None)  # set by ingest across articles; extraction never reads it
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _span(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else Span(**data)


def _time_scope(data: dict[str, Any] | None) -> TimeScope | None:
    if data is None:
        return None
    return TimeScope(**{**data, "date_from": _date(data.get("date_from")), "date_to": _date(data.get("date_to"))})


def _attribution(data: dict[str, Any] | None) -> Attribution | None:
    return None if data is None else Attribution(**data)


def _exact(value: float | None) -> float | None:
    """Floats as they were: ``to_dict`` turns 12.0 into 12, which must not come back as an int."""
    return None if value is None else float(value)


# --------------------------------------------------------------------------- rows


def _article_row(article: Article, position: int, extractor: str | None) -> tuple[Any, ...]:
    return (
        article.id, position, article.file, article.outlet,
        article.published.isoformat() if article.published else None,
        article.title, article.url, article.content_hash, article.duplicate_of,
        input_hash(article), extractor,
        json.dumps(article.provenance, ensure_ascii=False, sort_keys=True),
        json.dumps([s.to_dict() for s in article.furniture], ensure_ascii=False),
        article.text,
    )


def _claim_row(claim: Claim, position: int) -> tuple[Any, ...]:
    q = claim.quantity
    return (
        claim.id, claim.article, position, claim.start, claim.end, claim.text,
        q.value, q.low, q.high, q.hedge, q.hedge_class, q.kind, q.unit,
        claim.counted, claim.event, claim.place,
        claim.time.text if claim.time else None,
        claim.attribution.source if claim.attribution else None,
        claim.sentence, claim.sentence_start,
        q.start, q.end, q.text, q.number_start, q.number_end,
        _json(claim.time), _json(claim.attribution),
        claim.reported_on.isoformat() if claim.reported_on else None,
        _json(claim.forecast),
    )


def _claim_from(row: sqlite3.Row) -> Claim:
    quantity = Quantity(
        start=row["quantity_start"], end=row["quantity_end"], text=row["quantity_text"],
        value=_exact(row["value"]), low=_exact(row["low"]), high=_exact(row["high"]),
        hedge=row["hedge"], hedge_class=row["hedge_class"], kind=row["kind"], unit=row["unit"],
        number_start=row["number_start"], number_end=row["number_end"],
    )
    return Claim(
        id=row["id"], article=row["article"], start=row["start"], end=row["end"], text=row["text"],
        sentence=row["sentence"], sentence_start=row["sentence_start"], quantity=quantity,
        counted=row["counted"], event=row["event"], place=row["place"],
        time=_time_scope(_loads(row["time_scope"])),
        attribution=_attribution(_loads(row["attribution_detail"])),
        reported_on=_date(row["reported_on"]),
        forecast=_span(_loads(row["forecast"])),
    )


def _statement_row(statement: Statement, position: int) -> tuple[Any, ...]:
    s = statement
    return (
        s.id, s.article, position, s.start, s.end, s.content, s.speaker, s.speaker_id, None,
        s.cue, int(s.direct), int(s.anonymous), s.confidence, s.sentence,
        _json(s.speaker_span), _json(s.cue_span), s.kind,
        json.dumps([p.to_dict() for p in s.parts], ensure_ascii=False),
    )


def _statement_from(row: sqlite3.Row) -> Statement:
    return Statement(
        id=row["id"], article=row["article"], start=row["start"], end=row["end"],
        content=row["content"], speaker=row["speaker"], speaker_id=row["speaker_id"], cue=row["cue"],
        direct=bool(row["direct"]), anonymous=bool(row["anonymous"]), confidence=row["confidence"],
        sentence=row["sentence"], speaker_span=_span(_loads(row["speaker_span"])),
        cue_span=_span(_loads(row["cue_span"])), kind=row["kind"],
        parts=tuple(_part(p) for p in json.loads(row["parts"])),
    )


def _part(d: dict[str, Any]) -> StatementPart:
    return StatementPart(**{**d, "speaker_span": _span(d.get("speaker_span")), "cue_span": _span(d.get("cue_span"))})


def _sentence_from(row: sqlite3.Row, article: Article) -> Sentence:
    # The text is not stored twice: a sentence is its offsets into the article's text.
    return Sentence(
        article=article.id, index=row["index"], paragraph=row["paragraph"], start=row["start"],
        end=row["end"], text=article.text[row["start"] : row["end"]], furniture=bool(row["furniture"]),
    )


def _placeholders(n: int) -> str:
    return ", ".join("?" * n)


# --------------------------------------------------------------------------- the store


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run can reuse: extraction results by article id, and the articles left to extract."""

    reused: dict[str, Extraction]
    to_extract: list[Article]


class Store:
    """One SQLite file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, extractor: str | None = None) -> None:
        self.path = str(path)
        self.extractor = extractor or EXTRACTOR_STAMP
        self.db = sqlite3.connect(self.path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        found = self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'store_info'"
        ).fetchone()
        if not found and self.db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
            # Someone else's database: adding our tables to it, or later dropping them, is not ours to do.
            self.db.close()
            raise sqlite3.DatabaseError("it holds tables of another program, not a crosscheck store")
        if found:
            row = self.db.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
            if row is None or int(row[0]) != STORE_SCHEMA_VERSION:
                self._drop_all()
        with self.db:
            self.db.executescript(SCHEMA)
            self.db.execute(
                "INSERT OR REPLACE INTO store_info VALUES ('schema_version', ?)", (str(STORE_SCHEMA_VERSION),)
            )

    def _drop_all(self) -> None:
        tables = [r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        with self.db:
            self.db.execute("PRAGMA foreign_keys = OFF")
            for table in tables:
                self.db.execute(f'DROP TABLE IF EXISTS "{table}"')
            self.db.execute("PRAGMA foreign_keys = ON")

    # ----------------------------------------------------------------------- extraction cache

    def plan(self, articles: Sequence[Article]) -> Plan:
        """Split ``articles`` into those whose stored extraction is still valid and the rest."""
        stored = {
            row["id"]: (row["input_hash"], row["extractor"])
            for row in self.db.execute("SELECT id, input_hash, extractor FROM articles")
        }
        valid = [a for a in articles if stored.get(a.id) == (input_hash(a), self.extractor)]
        reused = self.load_extractions(valid)
        return Plan(reused=reused, to_extract=[a for a in articles if a.id not in reused])

    def load_extractions(self, articles: Sequence[Article]) -> dict[str, Extraction]:
        by_id = {a.id: a for a in articles}
        out: dict[str, Extraction] = {a.id: ([], [], []) for a in articles}
        if not by_id:
            return out
        # A temporary table of the wanted ids keeps this one query per table, whatever the count.
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM wanted")
        self.db.executemany("INSERT INTO wanted VALUES (?)", ((i,) for i in by_id))
        for row in self.db.execute(
            'SELECT s.* FROM sentences s JOIN wanted w ON s.article = w.id ORDER BY s.article, s."index"'
        ):
            out[row["article"]][0].append(_sentence_from(row, by_id[row["article"]]))
        for row in self.db.execute(
            "SELECT c.* FROM claims c JOIN wanted w ON c.article = w.id ORDER BY c.article, c.position"
        ):
            out[row["article"]][1].append(_claim_from(row))
        for row in self.db.execute(
            "SELECT s.* FROM statements s JOIN wanted w ON s.article = w.id ORDER BY s.article, s.position"
        ):
            out[row["article"]][2].append(_statement_from(row))
        self.db.execute("DELETE FROM wanted")
        return out

    def save_articles(self, articles: Sequence[Article], extracted: dict[str, Extraction]) -> None:
        """Write the corpus: every article; the extraction of those in ``extracted`` replaces the old one.

        Articles that left the corpus are removed with what was extracted from them. An article
        without an extraction here keeps its stored one (it was reused).
        """
        with self.db:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS current (id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM current")
            self.db.executemany("INSERT INTO current VALUES (?)", ((a.id,) for a in articles))
            gone = "SELECT id FROM articles WHERE id NOT IN (SELECT id FROM current)"
            for table in ("sentences", "claims", "statements"):
                self.db.execute(f"DELETE FROM {table} WHERE article IN ({gone})")
            self.db.execute(f"DELETE FROM articles WHERE id IN ({gone})")
            self.db.execute("DELETE FROM current")

            kept = {
                row["id"]: row["extractor"] for row in self.db.execute("SELECT id, extractor FROM articles")
            }
            rows = []
            stamp: str | None
            for position, article in enumerate(articles):
                if article.id in extracted:
                    stamp = self.extractor
                elif article.duplicate_of is None:
                    stamp = kept.get(article.id)
                else:
                    stamp = None  # duplicates are never extracted
                rows.append(_article_row(article, position, stamp))
            # An upsert, not INSERT OR REPLACE: a replace deletes the row first, and the delete
            # would cascade to the extraction we are keeping.
            columns = [r[1] for r in self.db.execute("PRAGMA table_info(articles)")]
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
            self.db.executemany(
                f"INSERT INTO articles VALUES ({_placeholders(14)}) ON CONFLICT(id) DO UPDATE SET {updates}",
                rows,
            )
            fresh = list(extracted)
            for table in ("sentences", "claims", "statements"):
                self.db.executemany(f"DELETE FROM {table} WHERE article = ?", ((i,) for i in fresh))
            self.db.executemany(
                f"INSERT INTO sentences VALUES ({_placeholders(6)})",
                ((s.article, s.index, s.paragraph, s.start, s.end, int(s.furniture))
                 for sentences, _, _ in extracted.values() for s in sentences),
            )
            self.db.executemany(
                f"INSERT INTO claims VALUES ({_placeholders(29)})",
                (_claim_row(c, n) for _, claims, _ in extracted.values() for n, c in enumerate(claims)),
            )
            self.db.executemany(
                f"INSERT INTO statements VALUES ({_placeholders(18)})",
                (_statement_row(s, n) for _, _, statements in extracted.values() for n, s in enumerate(statements)),
            )

    # ----------------------------------------------------------------------- results

    def save_results(self, report: Report, extracted: int, reused: int, started: datetime) -> None:
        """Replace the results tables with this report's, and log the run."""
        with self.db:
            for table in RESULT_TABLES:
                self.db.execute(f"DELETE FROM {table}")
            self.db.executemany(
                "INSERT INTO speakers VALUES (?, ?, ?, ?)",
                ((s.id, s.name, int(s.anonymous), json.dumps(list(s.aliases), ensure_ascii=False))
                 for s in report.speakers),
            )
            self.db.execute("UPDATE statements SET resolved_speaker = NULL")
            self.db.executemany(
                "UPDATE statements SET resolved_speaker = ? WHERE id = ?",
                ((s.speaker_id, s.id) for s in (*report.statements, *report.sourcing)),
            )
            claim_ids = {c.id for c in report.claims}
            self.db.executemany(
                f"INSERT INTO clusters VALUES ({_placeholders(15)})",
                (
                    (c.id, n, c.kind, c.verdict, c.label, c.why, len(c.members), c.severity, c.outlets,
                     c.independent_sources, c.spread.get("low"), c.spread.get("high"),
                     _json(c.spread), _json(c.related), _json(list(c.notes)))
                    for n, c in enumerate(report.clusters)
                ),
            )
            self.db.executemany(
                "INSERT INTO cluster_members VALUES (?, ?, ?, ?, ?)",
                (
                    (c.id, n, m, m if m in claim_ids else None, None if m in claim_ids else m)
                    for c in report.clusters for n, m in enumerate(c.members)
                ),
            )
            self.db.executemany(
                "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)",
                ((c.id, ln.a, ln.b, ln.score, ln.decision, _json(ln.features))
                 for c in report.clusters for ln in c.links),
            )
            self.db.executemany(
                f"INSERT INTO checks VALUES ({_placeholders(8)})",
                ((k.article, k.kind, k.total, _json(list(k.parts)), k.expected, k.found, int(k.ok), k.why)
                 for k in report.checks),
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO sources VALUES (?, ?)",
                ((source, article) for source, articles in report.sources.items() for article in articles),
            )
            self.replace_reviews(report.reviews, commit=False)
            self.db.execute(
                f"INSERT INTO runs (started, finished, crosscheck_version, extractor, corpus, articles, "
                f"extracted, reused) VALUES ({_placeholders(8)})",
                (started.isoformat(timespec="seconds"), _now().isoformat(timespec="seconds"), __version__,
                 self.extractor, report.corpus, len(report.articles), extracted, reused),
            )

    def replace_reviews(self, reviews: dict[str, dict[str, Any]], commit: bool = True) -> None:
        """Store the report's review decisions (cluster id -> review record) in place of the earlier ones.

        Cluster ids change as a corpus grows, so reviews are those of the latest report; the
        HTML report's export (``--reviews``) is what carries them from run to run.
        """
        self.db.execute("DELETE FROM reviews")
        rows = [
            (cluster, str(r.get("status", "")), str(r.get("note", "")), str(r.get("updated", "")), _json(r))
            for cluster, r in sorted(reviews.items())
        ]
        self.db.executemany("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?)", rows)
        if commit:
            self.db.commit()

    def reviews(self) -> dict[str, dict[str, Any]]:
        return {row["cluster"]: json.loads(row["record"]) for row in self.db.execute("SELECT * FROM reviews")}

    def runs(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute("SELECT * FROM runs ORDER BY id")]


def _now() -> datetime:
    return datetime.now(UTC)


def ordered(articles: Iterable[Article], results: dict[str, Extraction]) -> list[Extraction]:
    """Extraction results in the order of ``articles``."""
    return [results[a.id] for a in articles]
