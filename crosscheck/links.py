"""Links: every pair the alignment scored and kept, held as columns, and what each cluster keeps.

A story that hundreds of outlets re-report yields millions of linked pairs. Building a
:class:`~crosscheck.model.Link` record (with its dict of features) for each costs more than
scoring them, and the report keeps few of them: all the links inside a small cluster, a spanning
set inside a large one, and the strongest score towards each other cluster. So the links stay
in arrays (:class:`LinkTable`) and records are built only for the links a report shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np

from crosscheck.model import Link


def round3(values: np.ndarray) -> np.ndarray:
    """``round(v, 3)`` of every value, exactly as Python rounds it.

    ``rint(v * 1000) / 1000`` is the correctly rounded k/1000 that Python's ``round`` returns,
    except when ``v * 1000`` lies within rounding error of a half: those few go through
    ``round`` itself.
    """
    scaled = np.asarray(values, dtype=np.float64) * 1000.0
    out = np.rint(scaled)
    out /= 1000.0
    # |scaled - floor(scaled) - 0.5|, in place: a table's scores run to millions.
    gap = np.floor(scaled)
    np.subtract(scaled, gap, out=gap)
    del scaled
    gap -= 0.5
    np.abs(gap, out=gap)
    near_half = gap < 1e-6  # NaN: never near, stays NaN
    del gap
    if near_half.any():
        out[near_half] = [round(v, 3) for v in np.asarray(values)[near_half].tolist()]
    return out


def _shared_floats(values: np.ndarray) -> list[float]:
    """``values.tolist()``, but with one float object per distinct value: rounded to 3 places,
    a column of scores holds at most a thousand or so, and the records a large report keeps
    (each with a score and some six features) would otherwise carry a 32-byte float apiece."""
    if (np.signbit(values) & (values == 0)).any():
        return values.tolist()  # np.unique would take -0.0 for 0.0 (or the other way round)
    distinct, where = np.unique(values, return_inverse=True)
    # NaN (a feature a pair lacks) as one object throughout, so that rows of features compare
    # equal as tuples (NaN equals only itself, by identity).
    objects = [_NAN if v != v else v for v in distinct.tolist()]
    return list(map(objects.__getitem__, where.tolist()))


_NAN = float("nan")


#: Link records built in one call at most (see :func:`by_group`).
RECORDS_AT_ONCE = 1 << 16

#: The features of many pairs at once: (positions a, positions b) -> name -> value per pair,
#: NaN where a pair has no such feature.
FeaturesOf = Callable[[np.ndarray, np.ndarray], dict[str, np.ndarray]]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class LinkTable:
    """Scored pairs ``(ids[a[k]], ids[b[k]])`` with their unrounded scores.

    The features are not kept (six floats a pair would outweigh everything else): a record's
    features are computed again by ``features_of``, which gives the same figures. Records come
    out as :class:`Link`, rounded to 3 places.
    """

    ids: tuple[str, ...]
    a: np.ndarray
    b: np.ndarray
    score: np.ndarray
    merge_threshold: float
    features_of: FeaturesOf | None = None
    records: tuple[Link, ...] | None = None  # the records themselves, when built from them

    @classmethod
    def from_links(cls, links: Sequence[Link]) -> LinkTable:
        """A table over records built elsewhere (hand-made, or read back); they come out as given."""
        index: dict[str, int] = {}
        for link in links:
            index.setdefault(link.a, len(index))
            index.setdefault(link.b, len(index))
        return cls(
            ids=tuple(index),
            a=np.array([index[link.a] for link in links], dtype=np.int64),
            b=np.array([index[link.b] for link in links], dtype=np.int64),
            score=np.array([link.score for link in links], dtype=np.float64),
            merge_threshold=0.0,
            records=tuple(links),
        )

    def __len__(self) -> int:
        return len(self.a)

    def __repr__(self) -> str:
        return f"<LinkTable: {len(self.a):,} links between {len(self.ids):,} items>"

    def __iter__(self) -> Iterator[Link]:
        return iter(self.links())

    def links(self, which: np.ndarray | None = None, shared: dict[tuple, dict[str, float]] | None = None) -> list[Link]:  # type: ignore[type-arg]
        """The records of the links at positions ``which`` (all of them by default), in that order.

        Records with equal features share one features dict (``shared`` carries them from call
        to call): rounded to 3 places, the links a large report keeps hold a few thousand
        distinct sets of features among hundreds of thousands of links, and a dict apiece was
        most of what the kept links weighed. The dicts are never changed once built.
        """
        rows = np.arange(len(self.a)) if which is None else np.asarray(which, dtype=np.int64)
        if self.records is not None:
            return [self.records[k] for k in rows.tolist()]
        a, b = self.a[rows], self.b[rows]
        features = self.features_of(a, b) if self.features_of is not None and len(rows) else {}
        names = tuple(features)
        rounded_features = [round3(values) for values in features.values()]
        del features
        # Keys compare 0.0 and -0.0 equal, and the two print differently: no sharing then.
        signed_zero = any((np.signbit(v) & (v == 0)).any() for v in rounded_features)
        shared = None if signed_zero else ({} if shared is None else shared)
        columns = [_shared_floats(v) for v in rounded_features]
        del rounded_features
        score = self.score[rows]
        merged = (score >= self.merge_threshold).tolist()
        records = []
        for n, (x, y, rounded, values) in enumerate(
            zip(a.tolist(), b.tolist(), _shared_floats(round3(score)), zip(*columns) if columns else repeat(()), strict=False)
        ):
            found = shared.get(values) if shared is not None else None
            if found is None:
                found = {name: v for name, v in zip(names, values, strict=True) if v == v}  # not NaN
                if shared is not None:
                    # A missing feature is the one NaN object (see _shared_floats) in the key,
                    # so equal keys have equal values in the same places: equal dicts.
                    shared[values] = found
            records.append(
                Link(a=self.ids[x], b=self.ids[y], score=rounded, features=found, decision="merged" if merged[n] else "possible")
            )
        return records

    def rounded_scores(self, rows: np.ndarray | None = None) -> np.ndarray:
        """The scores as the records give them (3 places), of the links at positions ``rows``
        (all of them by default)."""
        score = self.score if rows is None else self.score[rows]
        return score if self.records is not None else round3(score)


def by_group(
    table: LinkTable, groups: Sequence[Sequence[str]], max_pairwise: int, most: int | None = None
) -> tuple[list[list[Link]], list[dict[int, float]]]:
    """For each group of ids: the records of its own links, and its strongest score to each other group.

    A group of up to ``max_pairwise`` members keeps all of its links, in table order; a larger
    one keeps a maximum spanning forest of them (strongest first, ties by ids; ordered by ids),
    so what is kept grows with the members, not their square. Scores are the rounded ones the
    records carry. Ids in no group are left out; an id in two groups counts for the last.
    With ``most``, a group's strongest scores keep only the ``most`` highest (and any tied with
    the last of them): a caller that shows a few need not hold every pair of groups.
    """
    ga, gb = _groups_of_ends(table, groups)
    # Scores are rounded where they are read (the links across groups, a large group's own),
    # not all at once: a rounded copy of the table's scores was as large as both group columns.
    strongest = _strongest_between(ga, gb, table, len(groups), most)
    kept_rows, kept_by = _own_rows(table, groups, ga, gb, max_pairwise)
    # Each as long as the table: let go before the records are built.
    del ga, gb
    # Few calls for every record kept (building them costs per call, not only per record), yet
    # in pieces: the features of a piece's pairs are some forty arrays as long as the piece.
    kept = np.concatenate(kept_rows) if kept_rows else np.empty(0, dtype=np.int64)
    shared: dict[tuple, dict[str, float]] = {}  # type: ignore[type-arg]
    records = chain.from_iterable(
        table.links(kept[k : k + RECORDS_AT_ONCE], shared) for k in range(0, len(kept), RECORDS_AT_ONCE)
    )
    own: list[list[Link]] = [[] for _ in groups]
    for g, rows in zip(kept_by, kept_rows, strict=True):
        own[g] = [next(records) for _ in range(len(rows))]
    return own, strongest


def _groups_of_ends(table: LinkTable, groups: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """The group number of each link's two ends (-1: in no group)."""
    # Group numbers as 32-bit integers: the arrays are as long as the table, which runs to
    # millions of links.
    owner = np.full(len(table.ids), -1, dtype=np.int32)
    position = {id_: k for k, id_ in enumerate(table.ids)}
    for g, members in enumerate(groups):
        for member in members:
            k = position.get(member)
            if k is not None:
                owner[k] = g
    return owner[table.a], owner[table.b]


#: Bits of a score in thousandths (0..1000) packed under a sort key.
_SCORE_BITS = 11
_SCORE_TOP = (1 << _SCORE_BITS) - 1


def _strongest_between(
    ga: np.ndarray, gb: np.ndarray, table: LinkTable, group_count: int, most: int | None
) -> list[dict[int, float]]:
    """Each group's strongest score to each other group (see :func:`by_group`).

    Scores in whole thousandths (all that round3 gives, in [0, 1]) travel packed under the
    pair of groups in one 64-bit sort key: one array as long as the links across groups,
    sorted in place, instead of the several arrays and orders :func:`_strongest_between_sorted`
    (any other scores) holds. The scores are rounded and turned into thousandths a piece at a
    time, and the key is built from 32-bit group numbers in place: at 10,000 articles the
    links across groups run to millions, and every full-length temporary was tens of megabytes.
    """
    width = max(1, group_count)
    if 2 * width.bit_length() + _SCORE_BITS > 62:
        return _strongest_between_sorted(ga, gb, table.rounded_scores(), group_count, most)
    across = np.flatnonzero((ga >= 0) & (gb >= 0) & (ga != gb))
    thousandths = np.empty(len(across), dtype=np.int16)
    for k in range(0, len(across), _PIECE):
        s = table.rounded_scores(across[k : k + _PIECE])
        t = np.rint(s * 1000.0)
        if not (np.all((t >= 0) & (t <= 1000)) and np.array_equal(t / 1000.0, s)):
            del across, thousandths
            return _strongest_between_sorted(ga, gb, table.rounded_scores(), group_count, most)
        thousandths[k : k + _PIECE] = t
    # (smaller group, larger group, strongest first) as one key
    low, high = ga[across], gb[across]
    del across
    key = np.minimum(low, high).astype(np.int64)
    np.maximum(low, high, out=high)
    del low
    key *= width
    key += high
    del high
    key <<= _SCORE_BITS
    np.subtract(_SCORE_TOP, thousandths, out=thousandths)
    key |= thousandths
    del thousandths
    key.sort()
    new = np.ones(len(key), dtype=bool)
    pair = key >> _SCORE_BITS
    np.not_equal(pair[1:], pair[:-1], out=new[1:])
    del pair
    key = key[new]  # per pair of groups, its strongest score
    del new
    score = _SCORE_TOP - (key & _SCORE_TOP)
    low, high = np.divmod(key >> _SCORE_BITS, width)
    del key
    # Both ways, by group and then by the other group.
    both = np.concatenate([low * width + high, high * width + low])
    both <<= _SCORE_BITS
    both |= np.concatenate([score, score])
    del low, high, score
    both.sort()
    x, rest = np.divmod(both >> _SCORE_BITS, width)
    score = both & _SCORE_TOP
    del both
    if most is not None and len(x):
        # Each group's ``most``-th highest score (or its lowest), found by one more sort.
        ranked = x << _SCORE_BITS
        ranked |= _SCORE_TOP - score
        ranked.sort()
        starts = np.flatnonzero(np.concatenate([[True], np.diff(ranked >> _SCORE_BITS) != 0]))
        ends = np.append(starts[1:], len(ranked))
        cutoff = np.zeros(width, dtype=np.int64)
        cutoff[ranked[starts] >> _SCORE_BITS] = _SCORE_TOP - (ranked[np.minimum(starts + most - 1, ends - 1)] & _SCORE_TOP)
        del ranked
        top = score >= cutoff[x]
        x, rest, score = x[top], rest[top], score[top]
    strongest: list[dict[int, float]] = [{} for _ in range(group_count)]
    for g, other, best in zip(x.tolist(), rest.tolist(), (score / 1000.0).tolist(), strict=True):
        strongest[g][other] = best
    return strongest


#: Scores rounded at once in :func:`_strongest_between`.
_PIECE = 1 << 16


def _strongest_between_sorted(
    ga: np.ndarray, gb: np.ndarray, rounded: np.ndarray, group_count: int, most: int | None
) -> list[dict[int, float]]:
    """:func:`_strongest_between` for any scores."""
    strongest: list[dict[int, float]] = [{} for _ in range(group_count)]
    # The strongest score between two groups is the same both ways: found once per unordered
    # pair of groups (one key: smaller * groups + larger), and only then turned both ways, so
    # that the links across groups are never held twice over.
    across = (ga >= 0) & (gb >= 0) & (ga != gb)
    ha, hb = ga[across], gb[across]
    width = max(1, group_count)
    pair = np.minimum(ha, hb).astype(np.int64) * width + np.maximum(ha, hb)
    del ha, hb
    s = rounded[across]
    del across
    first_of_pair = np.lexsort((-s, pair))  # per pair, the strongest first
    pair, s = pair[first_of_pair], s[first_of_pair]
    del first_of_pair
    new = np.ones(len(pair), dtype=bool)
    new[1:] = pair[1:] != pair[:-1]
    pair, s = pair[new], s[new]
    low, high = np.divmod(pair, width)
    del pair
    x, y, s = np.concatenate([low, high]), np.concatenate([high, low]), np.concatenate([s, s])
    del low, high
    by_pair = np.lexsort((y, x))  # by group, then by the other group
    x, y, s = x[by_pair], y[by_pair], s[by_pair]
    del by_pair
    if most is not None and len(x):
        # Each group's scores, highest first: keep those at least its ``most``-th highest.
        by_score = np.lexsort((-s, x))
        bounds = np.flatnonzero(np.diff(x[by_score])) + 1
        starts = np.concatenate([[0], bounds])
        ends = np.concatenate([bounds, [len(x)]])
        cutoff = s[by_score][np.minimum(starts + most - 1, ends - 1)]
        group_at = np.searchsorted(x[by_score][starts], x)
        del by_score
        top = s >= cutoff[group_at]
        del group_at
        x, y, s = x[top], y[top], s[top]
    for g, other, best in zip(x.tolist(), y.tolist(), s.tolist(), strict=True):
        strongest[g][other] = best
    return strongest


def _own_rows(
    table: LinkTable,
    groups: Sequence[Sequence[str]],
    ga: np.ndarray,
    gb: np.ndarray,
    max_pairwise: int,
) -> tuple[list[np.ndarray], list[int]]:
    """The rows of the links each group keeps of its own (see :func:`by_group`), and the groups."""
    n = len(table.ids)
    inside = np.flatnonzero((ga >= 0) & (ga == gb))
    inside = inside[np.argsort(ga[inside], kind="stable")]  # by group, in table order
    bounds = np.flatnonzero(np.diff(ga[inside])) + 1
    rank = None
    kept_rows: list[np.ndarray] = []
    kept_by: list[int] = []
    for rows in np.split(inside, bounds) if len(inside) else []:
        g = int(ga[rows[0]])
        if len(groups[g]) > max_pairwise:
            if rank is None:
                rank = np.empty(n, dtype=np.int64)
                rank[sorted(range(n), key=table.ids.__getitem__)] = np.arange(n)
            rows = _spanning(rows, table.a, table.b, table.rounded_scores(rows), rank, len(groups[g]))
        kept_rows.append(rows)
        kept_by.append(g)
    return kept_rows, kept_by


def _spanning(
    rows: np.ndarray, a: np.ndarray, b: np.ndarray, score: np.ndarray, rank: np.ndarray, size: int
) -> np.ndarray:
    """The rows of a maximum spanning forest (Kruskal: strongest first, ties by the ids' order),
    ordered by the ids of their ends; ``score`` is each row's, in the order of ``rows``."""
    rows = rows[np.lexsort((rank[b[rows]], rank[a[rows]], -score))]
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kept = []
    for row, x, y in zip(rows.tolist(), a[rows].tolist(), b[rows].tolist(), strict=True):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[rx] = ry
            kept.append(row)
            if len(kept) == size - 1:
                break
    out = np.array(kept, dtype=np.int64)
    return out[np.lexsort((rank[b[out]], rank[a[out]]))]
