"""The pipeline: ingest -> segment -> extract -> align -> judge, composed in one function.

``run`` never prints and never exits: it reports progress through ``on_progress(stage, done,
total)`` and returns a :class:`Report`, which the CLI (or any caller) renders.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TextIO

from crosscheck import __version__
from crosscheck.align import align_claims
from crosscheck.checks import breakdown_checks, share_checks
from crosscheck.extract.claims import extract_claims
from crosscheck.extract.speech import attribute, find_statements, resolve_speakers
from crosscheck.extract.time import unplaced_note
from crosscheck.ingest import load
from crosscheck.judge import attach_possible_links, judge_claims, judge_statements, rank
from crosscheck.model import Article, Claim, Cluster, Report, Sentence, Speaker, Statement
from crosscheck.parallel import extract_all, extract_each, in_background
from crosscheck.settings import Settings
from crosscheck.sources import source_map
from crosscheck.store import Store
from crosscheck.text import segment

Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    return None


#: glibc's mallopt parameter: allocations at least this large get their own mapping.
_M_MMAP_THRESHOLD = -3
#: 128 KiB, glibc's starting value, kept fixed.
_MMAP_THRESHOLD = 128 * 1024


def give_back_large_blocks() -> None:
    """Have glibc's malloc give large freed blocks straight back to the system.

    glibc raises its mmap threshold (up to 32 MiB) each time a large block is freed, so that
    alignment's and linkage's later arrays, a few megabytes each, land in the heap and stay
    resident after they are freed, under the records the judge builds next: at 3,000 generated
    articles the peak fell from 542 to 453 MiB with the threshold held at its starting value.
    Elsewhere (other C libraries, other systems) nothing is done. The setting holds for the
    whole process, so the command line asks for it; a program that calls :func:`run` as a
    library keeps its own allocator settings unless it calls this too.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
    except (OSError, AttributeError, TypeError):
        return


def extract_article(article: Article) -> tuple[list[Sentence], list[Claim], list[Statement]]:
    """Everything one article yields on its own: pure, so it can run in any worker process."""
    sentences = segment(article)
    statements = find_statements(article, sentences)
    claims = extract_claims(article, sentences, attribute)
    return sentences, claims, statements


def link_attributions(claims: Sequence[Claim], speakers: Sequence[Speaker]) -> list[Claim]:
    """Give each attributed claim the corpus-wide id of its source, when the source is a speaker.

    Attribution is found per article, before speakers are resolved across the corpus; this
    joins the two, so a figure "according to the IOM" and a quote of "the agency" meet under
    one speaker in filters and in the store.
    """
    by_name: dict[str, str] = {}
    for speaker in speakers:
        for name in (speaker.name, *speaker.aliases):
            by_name.setdefault(name.casefold(), speaker.id)
    out = []
    for claim in claims:
        a = claim.attribution
        speaker_id = by_name.get(a.source.casefold()) if a and a.source and not a.speaker_id else None
        out.append(replace(claim, attribution=replace(a, speaker_id=speaker_id)) if speaker_id and a else claim)
    return out


Extracted = tuple[list[Sentence], list[Claim], list[Statement]]


def sentence_indexes(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> dict[str, int]:
    """Each claim's sentence index in its article: all that the checks need of the sentences."""
    index_at = {s.start: s.index for s in sentences}
    return {c.id: index_at.get(c.sentence_start, 0) for c in claims}


#: What a worker sends back when the sentences are not kept: each claim's sentence index, the
#: claims, the statements.
Compact = tuple[dict[str, int], list[Claim], list[Statement]]


def extract_compact(article: Article) -> Compact:
    """:func:`extract_article` with the sentences reduced to each claim's sentence index, in
    the worker: pickling them there and unpickling them here was a fifth of what an article's
    extraction costs the main process, for sentences dropped as soon as they arrived."""
    sentences, claims, statements = extract_article(article)
    return sentence_indexes(sentences, claims), claims, statements


def gather(extracted: Iterable[Extracted]) -> tuple[list[Claim], list[Statement], dict[str, int]]:
    """The claims and statements of every article, and each claim's sentence index (what the
    checks need of the sentences, so these can be let go before alignment)."""
    return gather_compact((sentence_indexes(s, c), c, st) for s, c, st in extracted)


def gather_compact(extracted: Iterable[Compact]) -> tuple[list[Claim], list[Statement], dict[str, int]]:
    """:func:`gather` over what :func:`extract_compact` gives."""
    claims: list[Claim] = []
    statements: list[Statement] = []
    sentence_index: dict[str, int] = {}
    for indexes, article_claims, article_statements in extracted:
        sentence_index.update(indexes)
        claims.extend(article_claims)
        statements.extend(article_statements)
    claims.sort(key=lambda c: (c.article, c.start))
    return claims, statements, sentence_index


def analyse(
    articles: Sequence[Article],
    settings: Settings,
    on_progress: Progress = _quiet,
    extracted: Sequence[Extracted] | None = None,
    gathered: tuple[list[Claim], list[Statement], dict[str, int]] | None = None,
) -> tuple[list[Claim], list[Statement], list, list[Cluster], list, dict[str, tuple[str, ...]]]:  # type: ignore[type-arg]
    """Extract (unless given, or ``gathered`` already), align and judge; the part of a run after ingest."""
    live = [a for a in articles if a.duplicate_of is None]
    if gathered is None:
        if extracted is None:
            extracted = []
            for n, article in enumerate(live, 1):
                extracted.append(extract_article(article))
                on_progress("extract", n, len(live))
        gathered = gather(extracted)
    claims, raw_statements, sentence_index = gathered
    # The records are replaced as speakers are resolved; the originals go (a caller that hands
    # ``gathered`` over keeps no reference), or a large corpus's records are held twice.
    del gathered
    statements, speakers = resolve_speakers(raw_statements)
    del raw_statements
    statements = sorted(statements, key=lambda s: (s.article, s.start))
    claims = link_attributions(claims, speakers)
    # Read before alignment, so each claim's sentence index is let go before the linkage's peak.
    checks = breakdown_checks(claims) + share_checks(claims, sentence_index)
    del sentence_index

    # Statements are aligned and judged on their own, so beside the claims: in a forked child
    # (unless settings.jobs is 1), which the claims' alignment leaves a core for most of its time.
    statement_clusters = in_background(partial(judge_statements, statements, settings), settings.jobs)
    # So is the source map, which reads only the articles' texts (its search for shared copy is
    # a second or two per thousand articles).
    source_job = in_background(partial(source_map, live), settings.jobs)
    try:
        on_progress("align", 0, 1)
        alignment = align_claims(claims, live, settings)
        sources = source_job.result()
        on_progress("judge", 0, 1)
        clusters = judge_claims(alignment.groups, claims, live, sources, settings)
        clusters = attach_possible_links(clusters, alignment.table)
        del alignment  # every scored pair: the largest thing alive, and no longer needed
        clusters = rank(clusters) + statement_clusters.result()
    except BaseException:
        statement_clusters.cancel()
        source_job.cancel()
        raise
    on_progress("judge", 1, 1)
    return claims, statements, speakers, clusters, checks, sources.members


def run(
    paths: Sequence[str | Path] | str | Path,
    settings: Settings,
    on_progress: Progress | None = None,
    stdin: TextIO | None = None,
    db: str | Path | None = None,
) -> Report:
    """Read the articles at ``paths`` and cross-check them.

    Extraction runs over ``settings.jobs`` processes (0 = every core). With ``db``, a SQLite
    store (:mod:`crosscheck.store`) supplies the extraction of articles it has already seen
    and receives this run's articles, extraction and results; the stage ``"reused"`` of
    ``on_progress`` then says how many of the articles to extract came from it.
    """
    progress = on_progress or _quiet
    if isinstance(paths, (str, Path)):
        paths = [paths]
    started = datetime.now(UTC)
    ingested = load(paths, settings, stdin=stdin)
    progress("ingest", len(ingested.articles), len(ingested.articles))
    live = [a for a in ingested.articles if a.duplicate_of is None]
    store = Store(db) if db is not None else None
    try:
        plan = store.plan(live) if store else None
        todo = plan.to_extract if plan else live
        progress("reused", len(live) - len(todo), len(live))
        if store:
            fresh = dict(zip((a.id for a in todo), extract_all(todo, settings.jobs, progress)))
            gathered = gather(fresh[a.id] if a.id in fresh else plan.reused[a.id] for a in live)  # type: ignore[union-attr]
            del plan
        else:
            # Without a store the sentences are not kept: each worker reduces an article's to
            # its claims' sentence indexes, so they are never sent back nor held for the corpus.
            gathered = gather_compact(extract_each(live, settings.jobs, progress, extract_compact))
        handed_over = [gathered]  # handed over, not kept: see analyse
        del gathered
        claims, statements, speakers, clusters, checks, sources = analyse(
            ingested.articles, settings, progress, gathered=handed_over.pop()
        )
        report = _report(paths, ingested, claims, statements, speakers, clusters, checks, sources)
        if store:
            store.save_articles(ingested.articles, fresh)
            store.save_results(report, extracted=len(todo), reused=len(live) - len(todo), started=started)
    finally:
        if store:
            store.close()
    return report


def _report(paths, ingested, claims, statements, speakers, clusters, checks, sources) -> Report:  # type: ignore[no-untyped-def]
    corpus = ", ".join(str(p) for p in paths)
    return Report(
        version=__version__,
        corpus=corpus,
        articles=tuple(ingested.articles),
        claims=tuple(claims),
        statements=tuple(s for s in statements if s.kind == "statement"),
        sourcing=tuple(s for s in statements if s.kind != "statement"),
        speakers=tuple(speakers),
        clusters=tuple(clusters),
        checks=tuple(checks),
        sources=sources,
        skipped=tuple(ingested.skipped),
        warnings=(*ingested.warnings, *_unplaced_times(ingested.articles, claims)),
    )


def _unplaced_times(articles: Sequence[Article], claims: Sequence[Claim]) -> list[str]:
    """A warning when figures' times stay unplaced for want of their article's date."""
    undated = [a.id for a in articles if a.published is None and a.duplicate_of is None]
    scopes = [(c.article, c.time) for c in claims if c.time is not None]
    note = unplaced_note(undated, scopes) if undated else None
    return [note] if note else []
