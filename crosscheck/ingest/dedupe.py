"""The same article twice: identical, or near-identical (another scrape, another set of buttons).

A duplicate keeps its place in the report, points at its first copy (``duplicate_of``) and gets
one warning; the pipeline extracts it once, so a story copied twice does not count as two outlets.

Near-identical means a rapidfuzz ``ratio`` of at least ``NEAR_DUPLICATE_RATIO`` between the two
texts normalised (furniture left out, case folded, punctuation and spacing flattened). Comparing
every pair would be quadratic, so pairs are *blocked* twice before any ratio is computed:

* by a bottom-k sketch: each text keeps the ``SKETCH_SIZE`` smallest CRC32 hashes of its word
  4-grams; only texts sharing ``MIN_SHARED_SKETCH`` of them are compared (near-identical texts
  share most);
* by length: two texts whose lengths differ by more than the ratio allows cannot reach it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
import string
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from crosscheck.model import Article

#: rapidfuzz ratio (0-100) from which two normalised texts are the same article.
NEAR_DUPLICATE_RATIO = 95.0
SKETCH_SIZE = 8
#: Sketch hashes two texts must share before their ratio is computed. Near-identical texts
#: share most of their 4-grams, so most of their sketch; articles of one story that merely
#: share a stock phrase or two share one or two hashes, and comparing each such pair made the
#: check quadratic on a large corpus.
MIN_SHARED_SKETCH = 3
SHINGLE_WORDS = 4
#: Shingles are taken from this many words at most: enough to tell articles apart, cheap on books.
SKETCH_MAX_WORDS = 5_000

_PUNCTUATION_TO_SPACE = str.maketrans(
    dict.fromkeys(
        string.punctuation + "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb\u00a0", " "
    )
)


def normalise(article: Article) -> str:
    """The article's text without furniture, case-folded, with punctuation and spacing flattened."""
    text = article.text
    pieces, cursor = [], 0
    for span in article.furniture:
        pieces.append(text[cursor : span.start])
        cursor = span.end
    pieces.append(text[cursor:])
    # str.translate and split run in C: a regex substitution over a page of punctuation runs
    # took half a second on 2 MB, this takes milliseconds.
    return " ".join(" ".join(pieces).casefold().translate(_PUNCTUATION_TO_SPACE).split())


def sketch(normal: str) -> list[int]:
    """The smallest CRC32 hashes of the text's word 4-grams (a bottom-k MinHash sketch)."""
    words = normal.split()[:SKETCH_MAX_WORDS]
    if len(words) < SHINGLE_WORDS:
        shingles = {" ".join(words)}
    else:
        shingles = {
            " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
        }
    return heapq.nsmallest(
        SKETCH_SIZE, {zlib.crc32(s.encode("utf-8", "replace")) for s in shingles}
    )


def _lengths_allow(a: int, b: int, ratio: float) -> bool:
    # ratio = 2·matches / (len a + len b) <= 2·min / (a + b)
    return a + b > 0 and 200.0 * min(a, b) / (a + b) >= ratio


def find_duplicates(
    articles: Sequence[Article], ratio: float = NEAR_DUPLICATE_RATIO
) -> tuple[list[Article], list[str]]:
    """Articles with ``duplicate_of`` set on later copies, and one warning per duplicate."""
    out: list[Article] = []
    notes: list[str] = []
    by_hash: dict[str, str] = {}
    by_shingle: dict[int, list[int]] = defaultdict(list)
    normals: list[str] = []
    for article in articles:
        normal = normalise(article)
        exact_key = hashlib.sha256(normal.encode("utf-8", "replace")).hexdigest()
        first: str | None = by_hash.get(exact_key)
        how = "identical text"
        hashes = sketch(normal)
        if first is None and normal:
            shared = Counter(i for h in hashes for i in by_shingle.get(h, ()))
            candidates = sorted(i for i, n in shared.items() if n >= MIN_SHARED_SKETCH)
            for index in candidates:
                other = normals[index]
                if not _lengths_allow(len(normal), len(other), ratio):
                    continue
                score = fuzz.ratio(normal, other, processor=None, score_cutoff=ratio)
                if score:
                    first = out[index].id
                    how = f"near-identical text (rapidfuzz ratio {score:.1f})"
                    break
        index = len(out)
        normals.append(normal)
        if first is not None:
            out.append(dataclasses.replace(article, duplicate_of=first))
            notes.append(f"{_name(article)}: duplicate of {first} ({how}); counted once")
            continue
        by_hash[exact_key] = article.id
        for h in hashes:
            by_shingle[h].append(index)
        out.append(article)
    return out, notes


def _name(article: Article) -> str:
    """The file, and the article id when the file holds several (an export)."""
    stem = article.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return article.file if article.id in (stem, article.file) else f"{article.file} ({article.id})"
