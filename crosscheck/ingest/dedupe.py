"""The same article twice: identical, or near-identical (another scrape, another set of buttons).

A duplicate keeps its place in the report, points at its first copy (``duplicate_of``) and gets
one warning; the pipeline extracts it once, so a story copied twice does not count as two outlets.

Near-identical means a rapidfuzz ``ratio`` of at least ``NEAR_DUPLICATE_RATIO`` between the two
texts normalised (furniture left out, case folded, punctuation and spacing flattened). One ratio
of two 5,000-character texts costs a third of a millisecond and every pair would be quadratic, so
the pairs worth a ratio are found the way near-duplicate web pages are (MinHash with
locality-sensitive hashing), in time linear in the corpus:

* each text's word 4-grams are hashed and dealt into ``BINS`` bins, each bin keeping its smallest
  hash (one-permutation MinHash): two texts agree on a bin about as often as they share 4-grams
  (their resemblance, the Jaccard index of their 4-gram sets);
* the bins are read in ``BANDS`` bands of ``BAND_ROWS``; texts that agree on a whole band are
  candidates. Another scrape or a corrected copy changes a line or a paragraph and keeps a
  resemblance above 0.8, which makes it a candidate every time but once in thousands (at 0.6 nine
  times in ten); articles of one story that share wire sentences (about 0.2-0.3) rarely are;
* a candidate must then agree on ``MIN_RESEMBLANCE`` of its bins, and have a length the ratio
  allows, before the ratio itself is computed.

Only edits scattered every few words could reach the ratio without the resemblance: a rewrite,
not a copy.

A near-identical copy whose figures differ (an update: "1,200 displaced" became "1,300") is no
duplicate: folding it would drop the very figure a fact-checker is looking for. It is kept, with a
warning that names the figures that changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import operator
import re
import string
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz

from crosscheck.model import Article, Span

#: rapidfuzz ratio (0-100) from which two normalised texts are the same article.
NEAR_DUPLICATE_RATIO = 95.0
SHINGLE_WORDS = 4
#: Shingles are taken from this many words at most: enough to tell articles apart, cheap on books.
SKETCH_MAX_WORDS = 5_000
BAND_ROWS = 3
BANDS = 16
BINS = BAND_ROWS * BANDS
#: Share of bins two candidates must agree on (an estimate of their resemblance) to be compared.
MIN_RESEMBLANCE = 0.5

_PUNCTUATION = string.punctuation + "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb\u00a0"
#: A word of the normalised text: a run of characters that are neither punctuation nor space.
_WORD = re.compile(f"[^{re.escape(_PUNCTUATION)}\\s]+")

Signature = tuple[int | None, ...]


class Fingerprint(NamedTuple):
    """What the duplicate search needs of one article, computed apart from the search itself
    (in the worker that read the file): the rest of the search is a few comparisons per article."""

    #: length of the normalised text
    length: int
    #: sha256 of the normalised text: equal keys are identical texts
    exact_key: str
    #: MinHash signature of the normalised text (None when it has no words)
    signature: Signature | None


def words(article: Article) -> list[str]:
    """The article's words without furniture, case-folded, punctuation and spacing dropped."""
    return text_words(article.text, article.furniture)


def text_words(text: str, furniture: Sequence[Span]) -> list[str]:
    """:func:`words` of a text and its furniture spans, before they make an ``Article``."""
    pieces, cursor = [], 0
    for span in furniture:
        pieces.append(text[cursor : span.start])
        cursor = span.end
    pieces.append(text[cursor:])
    # One regex scan in C: a translate table over non-ASCII text costs a dict lookup per character.
    return _WORD.findall(" ".join(pieces).casefold())


def normalise(article: Article) -> str:
    """The article's text without furniture, case-folded, with punctuation and spacing flattened."""
    return " ".join(words(article))


def shingles(text_words: Sequence[str], codes: dict[str, int]) -> set[int]:
    """Hashes of the text's word 4-grams; ``codes`` caches each word's own hash.

    Hashes of tuples of ints are deterministic (those of strings vary with PYTHONHASHSEED), and
    building them with ``zip`` and ``map`` keeps the loop in C.
    """
    text_words = text_words[:SKETCH_MAX_WORDS]
    for word in set(text_words).difference(codes):
        codes[word] = zlib.crc32(word.encode("utf-8", "replace"))
    ids = list(map(codes.__getitem__, text_words))
    if len(ids) < SHINGLE_WORDS:
        return {hash(tuple(ids))}
    return set(map(hash, zip(*(ids[i:] for i in range(SHINGLE_WORDS)))))


def signature(hashes: set[int]) -> Signature:
    """The smallest hash of each bin (None for a bin no 4-gram fell in: a very short text)."""
    smallest: dict[int, int] = {}
    for h in sorted(hashes, reverse=True):  # the last write of a bin is its smallest hash
        smallest[h % BINS] = h
    return tuple(smallest.get(b) for b in range(BINS))


def band_keys(sig: Signature) -> list[tuple[int | None, ...]]:
    """One key per band; a band of empty bins says nothing about the text and has none."""
    if None not in sig:  # every bin holds a hash: all but very short texts
        return list(zip(range(BANDS), *(sig[row::BAND_ROWS] for row in range(BAND_ROWS))))
    keys = []
    for band in range(BANDS):
        rows = sig[band * BAND_ROWS : (band + 1) * BAND_ROWS]
        if any(row is not None for row in rows):
            keys.append((band, *rows))
    return keys


def resemblance(a: Signature, b: Signature) -> float:
    """The share of bins on which two signatures agree (an estimate of the texts' resemblance).

    Bins both texts leave empty count as agreeing: only very short texts have them, and for
    those the ratio is cheap.
    """
    return sum(map(operator.eq, a, b)) / BINS


def fingerprint(text: str, furniture: Sequence[Span], codes: dict[str, int]) -> Fingerprint:
    """The article's :class:`Fingerprint`; ``codes`` caches word hashes (see :func:`shingles`)."""
    found = text_words(text, furniture)
    normal = " ".join(found)
    exact_key = hashlib.sha256(normal.encode("utf-8", "replace")).hexdigest()
    return Fingerprint(len(normal), exact_key, signature(shingles(found, codes)) if normal else None)


def _lengths_allow(a: int, b: int, ratio: float) -> bool:
    # ratio = 2·matches / (len a + len b) <= 2·min / (a + b)
    return a + b > 0 and 200.0 * min(a, b) / (a + b) >= ratio


def find_duplicates(
    articles: Sequence[Article],
    ratio: float = NEAR_DUPLICATE_RATIO,
    fingerprints: Sequence[Fingerprint] | None = None,
) -> tuple[list[Article], list[str]]:
    """Articles with ``duplicate_of`` set on later copies, and one warning per duplicate.

    ``fingerprints`` (one per article, in order) are computed here unless given: ingest makes
    them where it reads the files, on every core.
    """
    if fingerprints is None:
        codes: dict[str, int] = {}
        fingerprints = [fingerprint(a.text, a.furniture, codes) for a in articles]
    out: list[Article] = []
    notes: list[str] = []
    by_hash: dict[str, str] = {}
    by_band: dict[tuple[int | None, ...], list[int]] = defaultdict(list)
    # Every kept article's length and signature, as arrays, so that its candidates (which grow
    # with the corpus: articles of one story share wire sentences, hence bands) are filtered
    # in bulk. An empty bin is -1, which no hash is (CPython never returns -1 as a hash).
    lengths = np.zeros(len(articles), dtype=np.int64)
    signatures = np.full((len(articles), BINS), _EMPTY_BIN, dtype=np.int64)
    for index, (article, (length, exact_key, sig)) in enumerate(zip(articles, fingerprints, strict=True)):
        first: str | None = by_hash.get(exact_key)
        how = "identical text"
        keys: list[tuple[int | None, ...]] = []
        if first is None and sig is not None:
            keys = band_keys(sig)
            row = _bins(sig)
            normal = ""
            version_noted = False
            for other in _candidates(keys, by_band, length, row, lengths, signatures, ratio):
                # Rare enough to normalise both texts again rather than keep every one.
                normal = normal or normalise(article)
                score = fuzz.ratio(normal, normalise(out[other]), processor=None, score_cutoff=ratio)
                if not score:
                    continue
                changed = _changed_figures(article, out[other])
                if changed:
                    if version_noted:  # one line per article, naming the first version it follows
                        continue
                    version_noted = True
                    notes.append(f"{_name(article)}: near-identical to {out[other].id} but {changed}; kept, so both are compared")
                    continue
                first = out[other].id
                how = f"near-identical text (rapidfuzz ratio {score:.1f})"
                break
        if first is not None:
            out.append(dataclasses.replace(article, duplicate_of=first))
            notes.append(f"{_name(article)}: duplicate of {first} ({how}); counted once")
            continue
        by_hash[exact_key] = article.id
        if keys:
            lengths[index] = length
            signatures[index] = row
            for key in keys:
                by_band[key].append(index)
        out.append(article)
    return out, notes


_EMPTY_BIN = -1


def _figures(article: Article) -> Counter[str]:
    """The article's figures as its normalised words give them ("1,200" is the words 1 and 200)."""
    return Counter(w for w in words(article) if any(ch.isdigit() for ch in w))


def _changed_figures(article: Article, earlier: Article) -> str:
    """How the figures of two near-identical texts differ, in words; empty when they do not."""
    mine, theirs = _figures(article), _figures(earlier)
    if mine == theirs:
        return ""
    only_mine, only_theirs = sorted((mine - theirs).elements()), sorted((theirs - mine).elements())

    def listed(figures: list[str]) -> str:
        return ", ".join(figures[:3]) + (", ..." if len(figures) > 3 else "") if figures else "nothing"

    return f"its figures differ ({listed(only_mine)} where {earlier.id} has {listed(only_theirs)})"


def _bins(sig: Signature) -> list[int]:
    return [_EMPTY_BIN if h is None else h for h in sig]


def _candidates(
    keys: list[tuple[int | None, ...]],
    by_band: dict[tuple[int | None, ...], list[int]],
    length: int,
    row: list[int],
    lengths: np.ndarray,
    signatures: np.ndarray,
    ratio: float,
) -> list[int]:
    """The earlier articles worth a ratio, in order: they share a band, their lengths allow the
    ratio, and they agree on ``MIN_RESEMBLANCE`` of the bins (:func:`_lengths_allow` and
    :func:`resemblance` in bulk, as the same floating-point operations)."""
    held = [by_band[key] for key in keys if key in by_band]
    if not held:
        return []
    others = np.unique(np.concatenate(held))
    other_lengths = lengths[others]
    total = other_lengths + length
    allowed = (total > 0) & (200.0 * np.minimum(other_lengths, length) / np.maximum(total, 1) >= ratio)
    others = others[allowed]
    if not len(others):
        return []
    agree = (signatures[others] == np.asarray(row, dtype=np.int64)).sum(axis=1) / BINS
    return others[agree >= MIN_RESEMBLANCE].tolist()  # type: ignore[no-any-return]


def _name(article: Article) -> str:
    """The file, and the article id when the file holds several (an export)."""
    stem = article.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return article.file if article.id in (stem, article.file) else f"{article.file} ({article.id})"
