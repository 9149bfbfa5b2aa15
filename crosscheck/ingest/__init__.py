"""Ingest: files and folders in, ``Article`` objects out, and one line for everything that went wrong.

    >>> result = load(["corpus/afghan-returns-2025"])
    >>> [a.id for a in result.articles][:2]
    ['000_4dd257ec534cb603', '001_79ce0ea4bbe635d9']

What is read (``files.py`` has the details of discovery and decoding):

* ``.txt``/``.md``: the text is the file decoded as UTF-8 with universal newlines, nothing else
  changed but curly double quotes printed the wrong way round (``quotes.py``, one character for
  one): every later offset points into it.
* ``.html``/``.htm``: main text and metadata through trafilatura (``html.py``), never the network.
* ``.jsonl``/``.json``/``.csv``: one article per record (``records.py``).
* ``-``: one article from standard input.

Then, in order: the ``meta.jsonl`` sidecar overrides metadata (``meta.py``); a missing date is
read from the top of the text (``dates.py``); ids are made unique; page furniture is marked
(``furniture.py``); duplicates point at their first copy (``dedupe.py``). ``Article.provenance``
says where each metadata value came from. Bad input never raises: it becomes a ``Skipped`` entry
or a warning, one line naming the file.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TextIO

from crosscheck.ingest.dates import DateGuess, date_from_text, date_from_url, resolve_year
from crosscheck.ingest.dedupe import Fingerprint, find_duplicates, fingerprint
from crosscheck.ingest.draft import Draft
from crosscheck.ingest.files import (
    HTML_SUFFIXES,
    RECORD_SUFFIXES,
    NotArticles,
    Source,
    Unreadable,
    cap_text,
    decode,
    discover,
    read_text,
)
from crosscheck.ingest.furniture import find_furniture, is_furniture, paragraphs
from crosscheck.ingest.meta import SidecarStore
from crosscheck.ingest.quotes import drop_stray_commas, fix_reversed_quotes
from crosscheck.model import Article, Skipped, Span
from crosscheck.parallel import map_in_order
from crosscheck.settings import DEFAULT, Settings

__all__ = ["Ingested", "is_furniture", "load"]

STDIN_NAME = "<stdin>"
#: "# Headline" in a .md file: the title is the words, not the mark-up
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_SENTENCE_END = re.compile(r"[.!?:;,][\"'”’)]*$")
#: Below this many files per worker, reading them in one process is quicker than starting a pool
#: (a file costs the main process about 2 ms to read, mark and fingerprint).
MIN_FILES_PER_WORKER = 200


@dataclass(frozen=True, slots=True, kw_only=True)
class Ingested:
    """What ``load`` read: the articles, what it had to skip, and warnings (one line each)."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[str, ...]


def load(
    paths: Sequence[str | Path],
    settings: Settings = DEFAULT,
    stdin: TextIO | None = None,
) -> Ingested:
    """Read every article under ``paths`` (folders, files, ``-`` for standard input).

    Files are read, decoded, marked and fingerprinted over ``settings.jobs`` processes (1: in
    this one; small corpora stay in it too); the results come back in file order, so what
    follows (sidecars, dates, ids, duplicates) sees exactly what one process would.
    """
    reads: list[Read] = []
    skipped: list[Skipped] = []
    warnings: list[str] = []
    sidecars = SidecarStore()
    # One cache of word hashes per chunk of files (a fresh copy travels with each chunk).
    read = partial(read_source, max_chars=settings.max_article_chars, codes={})

    file_paths = [p for p in paths if str(p) != "-"]
    if len(file_paths) != len(paths):
        reads.append(_prepared(_read_stdin(stdin, settings, skipped, warnings), [], [], {}))
    sources, problems = discover(file_paths)
    skipped.extend(Skipped(file=file, reason=f"{file}: {reason}") for file, reason in problems)
    reads.extend(map_in_order(read, sources, settings.jobs, MIN_FILES_PER_WORKER))

    drafts: list[Draft] = []
    furniture: list[tuple[Span, ...]] = []
    fingerprints: list[Fingerprint] = []
    for done in reads:
        drafts.extend(done.drafts)
        furniture.extend(done.furniture)
        fingerprints.extend(done.fingerprints)
        skipped.extend(done.skipped)
        warnings.extend(done.warnings)
    del reads
    for draft in drafts:
        sidecars.apply(draft)
    warnings.extend(sidecars.warnings(read_files={d.path for d in drafts if d.path}))
    _infer_dates(drafts)
    articles = _finish(drafts, furniture)
    articles, duplicate_notes = find_duplicates(articles, fingerprints=fingerprints)
    warnings.extend(duplicate_notes)
    return Ingested(articles=tuple(articles), skipped=tuple(skipped), warnings=tuple(warnings))


@dataclass(frozen=True, slots=True)
class Read:
    """What reading one file gives, all of it a function of the file alone (so a worker can make
    it): its drafts, each draft's furniture and duplicate fingerprint, and its one-line problems."""

    drafts: list[Draft]
    furniture: list[tuple[Span, ...]]
    fingerprints: list[Fingerprint]
    skipped: list[Skipped]
    warnings: list[str]


def read_source(source: Source, max_chars: int, codes: dict[str, int]) -> Read:
    """Read one file into a :class:`Read`; never raises for bad input (see :func:`_read_source`)."""
    skipped: list[Skipped] = []
    warnings: list[str] = []
    drafts = _read_source(source, max_chars, skipped, warnings)
    return _prepared(drafts, skipped, warnings, codes)


def _prepared(drafts: list[Draft], skipped: list[Skipped], warnings: list[str], codes: dict[str, int]) -> Read:
    for draft in drafts:
        # One character for one: offsets into the file's text stay true.
        draft.text = drop_stray_commas(fix_reversed_quotes(draft.text))
    furniture = [find_furniture(d.text) for d in drafts]
    fingerprints = [fingerprint(d.text, spans, codes) for d, spans in zip(drafts, furniture)]
    return Read(drafts, furniture, fingerprints, skipped, warnings)


# --------------------------------------------------------------------------- readers


def _read_source(
    source: Source, max_chars: int, skipped: list[Skipped], warnings: list[str]
) -> list[Draft]:
    """The drafts of one file; problems go to ``skipped``/``warnings``, never raised."""
    suffix = source.path.suffix.lower()
    try:
        if suffix in HTML_SUFFIXES:
            from crosscheck.ingest.html import read_html

            draft, notes = read_html(source, max_chars)
            drafts = [draft]
        elif suffix in RECORD_SUFFIXES:
            from crosscheck.ingest.records import read_records

            drafts, notes, bad = read_records(source, max_chars)
            skipped.extend(bad)
        else:
            decoded = read_text(source.path, max_chars)
            drafts = [_text_draft(source, decoded.text)]
            notes = list(decoded.notes)
    except NotArticles as exc:
        if source.named:
            skipped.append(Skipped(file=source.rel, reason=f"{source.rel} {exc}"))
        return []
    except Unreadable as exc:
        skipped.append(Skipped(file=source.rel, reason=f"{source.rel} {exc}"))
        return []
    notes = list(notes)
    kept = []
    for draft in drafts:
        if is_figures_only(draft.text):
            name = draft.file if draft.id_hint == _stem(draft.file) else f"{draft.file} ({draft.id_hint})"
            skipped.append(Skipped(file=name, reason=f"{name} holds figures but hardly any words (a table or a list?); not read as an article"))
        else:
            kept.append(draft)
            if not reads_as_english(draft.text):
                name = draft.file if draft.id_hint == _stem(draft.file) else f"{draft.file} ({draft.id_hint})"
                notes.append(f"{name}: does not read as English; crosscheck's grammar is English, so its figures and quotes may be missed or misread")
    drafts = kept
    # Record-level notes already name the file ("x.csv record 3: ...").
    warnings.extend(
        note if note.startswith(source.rel) else f"{source.rel}: {note}" for note in notes
    )
    return drafts


_WORD = re.compile(r"[^\W\d_]{2,}")
#: Characters read to tell a table from prose (bounded, so a huge file costs no more).
FIGURES_SAMPLE = 50_000
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def is_figures_only(text: str) -> bool:
    """Whether a text is a table or list of figures rather than prose: more than twice as many
    figures as words. Its figures have no sentence to say what they count, so read as claims
    they only give false conflicts ("the table says both 35 and 42")."""
    sample = text[:FIGURES_SAMPLE]  # a table is the same all through: its start tells
    figures = len(_FIGURE.findall(sample))
    if figures <= 20:
        return False
    # Words are counted only until there are enough to make it prose: an article's first
    # sentences, not all of its words.
    enough = (figures + 1) // 2
    return sum(1 for _ in islice(_WORD.finditer(sample), enough)) < enough


#: Words nearly every English news paragraph has; in other languages they are rare.
_ENGLISH = frozenset(
    "the of and to in a is was for on that said with by as at from it has were are have be this".split()
)
_LOWER_WORD = re.compile(r"[^\W\d_]+")


def reads_as_english(text: str) -> bool:
    """Whether a text reads as English: common English words are at least a tenth of its words
    (English news runs at a quarter to a third; French, Spanish or Urdu at a few percent).
    A text of fewer than 20 words is given the benefit of the doubt."""
    found = _LOWER_WORD.findall(text[:FIGURES_SAMPLE].lower())
    return len(found) < 20 or sum(w in _ENGLISH for w in found) >= 0.1 * len(found)


def _text_draft(source: Source, text: str) -> Draft:
    return Draft(
        file=source.rel,
        id_hint=_stem(source.rel),
        text=text,
        path=source.path,
        root=source.root,
    )


def _stem(rel: str) -> str:
    name = rel.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return stem or name


def _read_stdin(
    stdin: TextIO | None, settings: Settings, skipped: list[Skipped], warnings: list[str]
) -> list[Draft]:
    stream = stdin if stdin is not None else sys.stdin
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            raw = buffer.read(settings.max_article_chars * 4 + 4)
            text = decode(raw).text
        else:
            text = stream.read(settings.max_article_chars + 1)
            if not text.strip():
                raise Unreadable("is empty")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
    except Unreadable as exc:
        skipped.append(Skipped(file=STDIN_NAME, reason=f"{STDIN_NAME} {exc}"))
        return []
    except (OSError, ValueError) as exc:
        skipped.append(Skipped(file=STDIN_NAME, reason=f"{STDIN_NAME} cannot be read ({exc})"))
        return []
    text, note = cap_text(text, settings.max_article_chars)
    if note:
        warnings.append(f"{STDIN_NAME}: {note}")
    return [Draft(file=STDIN_NAME, id_hint="stdin", text=text)]


# --------------------------------------------------------------------------- inference


def _infer_dates(drafts: list[Draft]) -> None:
    """Dates from the text where metadata gave none; datelines take the story's year."""
    for draft in drafts:
        if draft.published is not None:
            continue
        guess = date_from_text(draft.text)
        if guess is not None and guess.resolved is not None:
            draft.set("published", guess.resolved, f"inferred from text: {guess.evidence!r}")
            continue
        # A full date in the address beats a dateline whose year would have to be guessed.
        in_url = date_from_url(_str_or_none(draft.value("url")))
        if in_url is not None and in_url.resolved is not None:
            draft.set("published", in_url.resolved, f"inferred from URL: {in_url.evidence!r}")
        elif guess is not None and guess.year is None:
            draft.partial_date = (guess.month, guess.day, guess.evidence)
    context: list[date] = [d.published for d in drafts if d.published is not None]
    for draft in drafts:
        if draft.partial_date is None or draft.published is not None:
            continue
        month, day, evidence = draft.partial_date
        resolved = resolve_year(DateGuess(evidence, month, day, None), context)
        if resolved is None:
            draft.meta["published"] = (None, f"unresolved: {evidence!r} gives no year")
        else:
            draft.set(
                "published",
                resolved,
                f"inferred from text: {evidence!r}, year from the other articles' dates",
            )


# --------------------------------------------------------------------------- articles


def unique_ids(drafts: Sequence[Draft]) -> list[str]:
    """Ids from the id hints; where two clash, the relative path, then a counter."""
    counts: dict[str, int] = {}
    for draft in drafts:
        counts[draft.id_hint] = counts.get(draft.id_hint, 0) + 1
    taken: set[str] = set()
    ids: list[str] = []
    for draft in drafts:
        candidate = draft.id_hint
        if counts[candidate] > 1 and not draft.from_record:
            candidate = draft.file
        base, n = candidate, 2
        while candidate in taken:
            candidate = f"{base}-{n}"
            n += 1
        taken.add(candidate)
        ids.append(candidate)
    return ids


def title_from_text(text: str, furniture: Sequence[Span]) -> str | None:
    """The first line that is not furniture, when it reads as a headline (short, no full stop)."""
    # Whole furniture lines only: a line that merely starts with some ("date 2025-04-08 Body") is text.
    marked = {(span.start, span.end) for span in furniture}
    for line in paragraphs(text):
        if (line.start, line.end) in marked:
            continue
        words = line.text.split()
        if 2 <= len(words) <= 25 and len(line.text) <= 200 and not _SENTENCE_END.search(line.text):
            return _MARKDOWN_HEADING.sub("", line.text).strip("*_ ") or line.text
        return None
    return None


def _finish(drafts: Sequence[Draft], furniture_of: Sequence[tuple[Span, ...]]) -> list[Article]:
    articles = []
    for draft, article_id, furniture in zip(drafts, unique_ids(drafts), furniture_of, strict=True):
        if draft.value("title") is None:
            draft.set(
                "title", title_from_text(draft.text, furniture), "inferred from text: first line"
            )
        provenance = {name: source for name, (_, source) in sorted(draft.meta.items())}
        published = draft.published
        articles.append(
            Article(
                id=article_id,
                file=draft.file,
                text=draft.text,
                outlet=_str_or_none(draft.value("outlet")),
                published=published,
                title=_str_or_none(draft.value("title")),
                url=_str_or_none(draft.value("url")),
                provenance=provenance,
                furniture=furniture,
                content_hash=hashlib.sha256(
                    draft.text.encode("utf-8", "surrogatepass")
                ).hexdigest(),
            )
        )
    return articles


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
