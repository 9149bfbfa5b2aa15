"""Statements across articles: which report the same words of the same speaker.

Statement alignment, apart from the claims' (:mod:`crosscheck.align`): a statement has no
figure to block on, so candidates are pairs that share a content word, scored on their content
words and on who spoke.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from rapidfuzz import fuzz, utils

from crosscheck.model import Statement

_STOPWORDS = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "this", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they", "them", "we", "our", "us", "i", "you", "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "must", "not", "no", "as", "all", "any", "some", "such", "into", "over", "about", "than", "then", "there", "who", "which", "what", "when", "where", "while", "if", "so", "also", "very", "more", "most", "only", "just"]
)


def _gist(text: str) -> str:
    """Content words cut to a stem, in order: "the forced deportations" -> "forced deport"."""
    words = utils.default_process(text).split()
    return " ".join(w[:6] for w in words if w not in _STOPWORDS and not w.isdigit())


def statement_similarity(a: Statement, b: Statement) -> dict[str, float]:
    """Features for putting two statements together, each in [0, 1].

    Content is compared on its content words (stop words out, words cut to a six-letter stem) so
    that "voiced concern over the forced deportations" meets "expressed deep concern ... their
    forced deportation" and two unrelated sentences do not meet on "the" and "of".
    """
    return _similarity(a, b, _gist(a.content), _gist(b.content))


def _similarity(a: Statement, b: Statement, gist_a: str, gist_b: str) -> dict[str, float]:
    content = fuzz.token_set_ratio(gist_a, gist_b, processor=None, score_cutoff=0) / 100
    words_a, words_b = set(gist_a.split()), set(gist_b.split())
    shared = len(words_a & words_b) / max(1, min(len(words_a), len(words_b)))
    same = float(bool(a.speaker_id) and a.speaker_id == b.speaker_id)
    return {
        # what links decide on: see _link_score for why the two text measures are averaged
        "content": (content + shared) / 2,
        "content_token_set_ratio": content,
        "content_word_overlap": shared,
        "same_speaker": same,
    }


#: Content similarity at which two statements join whoever their speakers are.
_SAME_WORDS = 0.9
#: Gist words held by more statements than this are too common to pair statements on.
_MAX_WORD_SHARE = 200


def _link_score(a: Statement, b: Statement, gist_a: str, gist_b: str) -> float:
    """How strongly two statements report the same words: 0 when they cannot be one.

    The mean of rapidfuzz's token_set_ratio over content words and the share of content words in
    common: token_set_ratio alone scores two unrelated sentences near 0.5 (its character-level
    comparison of the leftover words), the word share alone is blind to near-spellings.
    """
    f = _similarity(a, b, gist_a, gist_b)
    content = f["content"]
    if f["same_speaker"]:
        return content
    if content >= _SAME_WORDS and min(len(gist_a.split()), len(gist_b.split())) >= 2:
        # the same words under two names: an unresolved pronoun, a capital standing for its
        # government ("a charge Kabul denies" / "the Taliban government denies the charge")
        return content
    return 0.0


def _candidate_pairs(gists: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs sharing at least one gist word: a pair with none cannot reach any threshold."""
    holders: dict[str, list[int]] = {}
    for i, gist in enumerate(gists):
        for word in set(gist.split()):
            holders.setdefault(word, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in holders.values():
        if len(members) > _MAX_WORD_SHARE:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j))
    return pairs


def cluster_statements(statements: Sequence[Statement], threshold: float) -> list[list[str]]:
    """Groups of statement ids that report the same words of the same speaker (single link).

    Each statement's gist is computed once, and only pairs that share a content word are
    scored, so a corpus of thousands of statements is not compared pair by pair.
    """
    n = len(statements)
    gists = [_gist(s.content) for s in statements]
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(_candidate_pairs(gists)):
        if find(i) != find(j) and _link_score(statements[i], statements[j], gists[i], gists[j]) >= threshold:
            parent[find(i)] = find(j)
    groups: dict[int, list[str]] = {}
    for i, st in enumerate(statements):
        groups.setdefault(find(i), []).append(st.id)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level differences of b against a: ("equal"|"delete"|"insert", words)."""
    wa, wb = a.split(), b.split()
    matcher = difflib.SequenceMatcher(None, [w.lower().strip(".,;:“”\"'") for w in wa],
                                      [w.lower().strip(".,;:“”\"'") for w in wb], autojunk=False)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(wa[i1:i2])))
        else:
            if i2 > i1:
                out.append(("delete", " ".join(wa[i1:i2])))
            if j2 > j1:
                out.append(("insert", " ".join(wb[j1:j2])))
    return out
