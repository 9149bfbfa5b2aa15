"""Linkage: which scored pairs end up in one group (average linkage with cannot-link pairs).

Pairs are taken strongest first. Two groups join when the mean score over every pair across
them stays at or above the threshold, where a pair that was never linked (blocked apart, never
scored) counts as 0: a group is only as good as all of its pairs on average, not its single
best one. A cannot-link pair (two figures of one sentence, or a vetoed
pair) keeps its two groups apart whatever the mean.

Cost: nothing is kept per group but its members. The sum of scores between two groups is added
up when a pair between them is considered (from the links of the smaller group's members), and
a refusal is remembered (for good when the groups must stay apart, else until either grows), so
the work follows the links, not the square of the group sizes. The sums are exact
(``math.fsum``), so they do not depend on the order in which groups grew. The pairs are walked
in batches, and a batch first drops, in bulk, the pairs whose groups are already one or already
refused, which is most of them once the strongest pairs have built the groups.
"""

from __future__ import annotations

import math

import numpy as np

#: The weight that marks a cannot-link pair among an item's links.
_APART_MARK = -1.0
#: Why two groups were not joined, when it holds for good.
_APART = -1
#: Strong pairs filtered in bulk at a time, at first: the strongest pairs build most groups, so
#: batches start small and double.
_FIRST_BATCH = 1 << 12
#: ... and double up to this, so that the pairs of a batch, as Python lists, stay a few megabytes.
_LAST_BATCH = 1 << 16
#: A single item's links up to this many are read in Python rather than with array operations.
_FEW_LINKS = 64


def average_linkage(
    n: int,
    a: np.ndarray,
    b: np.ndarray,
    score: np.ndarray,
    apart_a: np.ndarray,
    apart_b: np.ndarray,
    threshold: float,
) -> list[list[int]]:
    """Groups of the items ``0..n-1``, each a list, ordered by their smallest item.

    ``a[k]``, ``b[k]`` (each pair once) are linked with ``score[k]`` (in [0, 1]); only pairs at or
    above ``threshold`` can join two groups, the others count towards the means. ``apart_a[k]``,
    ``apart_b[k]`` must never end up in one group. Ties between equal scores go to the pair
    with the smaller ``(a, b)``.
    """
    a, b, apart_a, apart_b = (np.asarray(x, dtype=np.int32) for x in (a, b, apart_a, apart_b))
    score = np.asarray(score, dtype=np.float64)
    # The strong pairs in the order they are taken, before the compressed rows below are built:
    # each step holds only what it needs (a large corpus has millions of pairs).
    strong = _strong_in_order(n, a, b, score, apart_a, apart_b, threshold)
    # Each item's links and cannot-links, both ways, as compressed rows: item x's partners are
    # partner[first[x]:first[x + 1]], and row[first[x]:first[x + 1]] says which pair each is:
    # link k (its weight score[k]) or, as len(a), a cannot-link (see _APART_MARK).
    links = len(a)
    partner, row, first = _compressed_rows(n, a, b, apart_a, apart_b)
    first_of = first.tolist()

    def weights_of(rows: np.ndarray) -> list[float]:
        """The weights of the pairs at ``rows``: their scores, or only the mark if a
        cannot-link is among them (read in place: a copy of the scores would be as long)."""
        if (rows == links).any():
            return [_APART_MARK]
        return score[rows].tolist()  # type: ignore[no-any-return]

    group_of = list(range(n))  # each item's group, named by one of its items
    group_array = np.arange(n)  # the same, for looking up many items at once
    size = [1] * n
    members: dict[int, list[int]] = {}  # groups of two or more items
    # (group, group) as one number -> _APART, or their sizes (as one number) when the mean fell short
    refused: dict[int, int] = {}

    # A group's rows (links and cannot-links of all its members), gathered when the group is
    # first the smaller side of a check and topped up with the members that joined since:
    # group -> (members gathered, partners, rows). Only partners outside the group are kept:
    # groups only grow, so a partner inside never counts between this group and another, and
    # the links inside a large group are most of its rows.
    gathered: dict[int, tuple[int, np.ndarray, np.ndarray]] = {}

    def between(group: int, other: int) -> list[float]:
        """The weights of the pairs between the groups ``group`` and ``other``."""
        items = members.get(group)
        if items is None:
            lo, hi = first_of[group], first_of[group + 1]
            if hi - lo > _FEW_LINKS:
                return weights_of(row[lo:hi][group_array[partner[lo:hi]] == other])
            # most checks: one item with a few dozen links, read in Python, which costs less
            # here than the array operations' calls
            found = [r for p, r in zip(partner[lo:hi].tolist(), row[lo:hi].tolist()) if group_of[p] == other]
            if links in found:
                return [_APART_MARK]
            return score[found].tolist()  # type: ignore[no-any-return]
        done, partners, rows = gathered.get(group, (0, partner[:0], row[:0]))
        if done < len(items):
            at = _rows(first, items[done:])
            partners, rows = np.concatenate([partners, partner[at]]), np.concatenate([rows, row[at]])
            outside = group_array[partners] != group
            partners, rows = partners[outside], rows[outside]
            gathered[group] = (len(items), partners, rows)
        return weights_of(rows[group_array[partners] == other])

    strong.reverse()
    while strong:
        ea, eb = strong.pop()  # let go once walked: the groups and their records grow meanwhile
        for i, j in zip(*_still_open(ea, eb, group_array, refused, n), strict=True):
            gi, gj = group_of[i], group_of[j]
            if gi == gj:
                continue
            if gi > gj:
                gi, gj = gj, gi
            ni, nj = size[gi], size[gj]
            if ni != 1 or nj != 1:  # two single items: their one pair is the mean, and it is strong
                key = gi * n + gj
                why = refused.get(key)
                if why is not None and (why == _APART or why == ni * n + nj):
                    continue
                weights = between(gi, gj) if ni <= nj else between(gj, gi)
                if _APART_MARK in weights:
                    refused[key] = _APART
                    continue
                if math.fsum(weights) / (ni * nj) < threshold:
                    refused[key] = ni * n + nj
                    continue
            big, small = (gi, gj) if ni >= nj else (gj, gi)
            moved = members.pop(small, None) or [small]
            gathered.pop(small, None)
            members.setdefault(big, [big]).extend(moved)
            for x in moved:
                group_of[x] = big
            group_array[moved] = big
            size[big] += size[small]
    singles = [[x] for x in range(n) if group_of[x] == x and x not in members]
    return sorted([*members.values(), *singles], key=min)


def _strong_in_order(
    n: int,
    a: np.ndarray,
    b: np.ndarray,
    score: np.ndarray,
    apart_a: np.ndarray,
    apart_b: np.ndarray,
    threshold: float,
) -> list[tuple[np.ndarray, np.ndarray]]:
    """The pairs at or above ``threshold`` that may join their groups, strongest first (ties:
    smaller ``(a, b)`` first), in batches ``(a, b)`` of ``_FIRST_BATCH`` pairs doubling up to
    ``_LAST_BATCH``, each an array of its own."""
    strong = score >= threshold
    sa, sb, ss = a[strong], b[strong], score[strong]
    del strong
    # A strong pair that must stay apart never joins its groups (while both are single items it
    # is their only pair; later its mark is among the pairs between their groups): left out now.
    if len(apart_a):
        apart = np.minimum(apart_a, apart_b).astype(np.int64)
        apart *= n
        apart += np.maximum(apart_a, apart_b)
        apart.sort()
        keys = np.minimum(sa, sb).astype(np.int64)
        keys *= n
        keys += np.maximum(sa, sb)
        at = np.searchsorted(apart, keys)
        np.minimum(at, len(apart) - 1, out=at)
        allowed = apart[at] != keys
        del apart, keys, at
        sa, sb, ss = sa[allowed], sb[allowed], ss[allowed]
        del allowed
    # by (a, b) within a score, as a * n + b would order them, with no such key made
    ss = np.negative(ss, out=ss)
    order = np.lexsort((sb, sa, ss))
    del ss
    batches = []
    start, batch = 0, _FIRST_BATCH
    while start < len(order):
        at = order[start : start + batch]
        batches.append((sa[at], sb[at]))
        start, batch = start + batch, min(batch * 2, _LAST_BATCH)
    return batches


def _still_open(
    ea: np.ndarray, eb: np.ndarray, group: np.ndarray, refused: dict[int, int], n: int
) -> tuple[list[int], list[int]]:
    """The pairs ``(ea[k], eb[k])`` whose groups are neither one already nor refused for good:
    groups only grow, so such a pair would be skipped later anyway. (A mean that fell short is
    not reason enough: either group may grow before the pair's turn.)"""
    gi, gj = group[ea], group[eb]
    lo, hi = np.minimum(gi, gj), np.maximum(gi, gj)
    open_ = lo != hi
    apart = np.fromiter((key for key, why in refused.items() if why == _APART), dtype=np.int64)
    if len(apart):
        open_ &= ~np.isin(lo.astype(np.int64) * n + hi, apart)
    return ea[open_].tolist(), eb[open_].tolist()


def _compressed_rows(
    n: int, a: np.ndarray, b: np.ndarray, apart_a: np.ndarray, apart_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair of ``(a, b)`` and ``(apart_a, apart_b)`` both ways, grouped by item (in the
    order of the pairs): ``(partner, row, first)``, item x's part being ``first[x]:first[x + 1]``
    of the others; ``row`` is the pair's position in ``a`` (32 bits), or ``len(a)`` for any
    cannot-link.

    The ends are taken in the order ``a, b, apart_a, apart_b`` but never joined into one array
    (the other end of each is read from the array beside it), and ``row`` is written into the
    memory of the sorted positions it is made from: one array of 64 bits as long as ``partner``
    besides it, at most, where a joined copy of the ends and a fresh ``row`` were half as much again.
    """
    links, aparts = len(a), len(apart_a)
    ends = (a, b, apart_a, apart_b)
    other_ends = (b, a, apart_b, apart_a)
    bounds = np.cumsum([0, links, links, aparts, aparts]).tolist()
    first = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(sum(np.bincount(x, minlength=n) for x in ends), out=first[1:])
    by_item = _order(ends)
    total = len(by_item)
    partner = np.empty(total, dtype=np.int32)
    row = by_item.view(np.int32)
    for start in range(0, total, _PIECE):
        p = by_item[start : start + _PIECE]
        for lo, hi, other_end in zip(bounds, bounds[1:], other_ends, strict=False):
            inside = (p >= lo) & (p < hi)
            partner[start : start + len(p)][inside] = other_end[p[inside] - lo]
        # Written over positions already read: piece k's rows take half the bytes of its positions.
        row[start : start + len(p)] = np.minimum(np.where(p >= links, p - links, p), links)
        del p
    del row
    by_item.resize((total + 1) // 2, refcheck=False)  # gives the second half back
    return partner, by_item.view(np.int32)[:total], first


#: Positions handled at once where a whole array's worth of temporaries would be too much.
_PIECE = 1 << 20


def _order(parts: tuple[np.ndarray, ...]) -> np.ndarray:
    """``argsort(np.concatenate(parts), kind="stable")`` (64 bits) for small non-negative
    integers, by a plain sort of value and position packed into one integer (several times
    faster than a stable argsort), with no array as long as all the parts besides the result."""
    total = sum(map(len, parts))
    shift = max(1, int(total).bit_length())
    if total == 0 or max(int(x.max()) for x in parts if len(x)).bit_length() + shift > 62:
        return np.argsort(np.concatenate(parts), kind="stable").astype(np.int64, copy=False)
    packed = np.empty(total, dtype=np.int64)
    at = 0
    for x in parts:
        packed[at : at + len(x)] = x
        at += len(x)
    packed <<= shift
    for start in range(0, total, _PIECE):
        packed[start : start + _PIECE] |= np.arange(start, min(start + _PIECE, total), dtype=np.int64)
    packed.sort()
    packed &= (1 << shift) - 1
    return packed


def _rows(first: np.ndarray, items: list[int]) -> np.ndarray:
    """The rows of every item in ``items``, item by item."""
    starts = first[items]
    lengths = first[np.asarray(items) + 1] - starts
    before = np.cumsum(lengths) - lengths
    return np.arange(lengths.sum()) + np.repeat(starts - before, lengths)  # type: ignore[no-any-return]
