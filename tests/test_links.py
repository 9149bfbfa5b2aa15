import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from crosscheck.links import LinkTable, by_group, round3
from crosscheck.model import Link


@given(st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=1, max_size=50))
def test_round3_rounds_as_python_does(values: list[float]) -> None:
    # halves of the third place and their neighbours are where a shortcut would go wrong
    edges = [k / 1000 + 0.0005 + d for k in range(0, 1000, 37) for d in (-1e-17, 0.0, 1e-17)]
    for v in (*values, *edges):
        assert round3(np.array([v]))[0] == round(v, 3)


@settings(max_examples=300)
@given(st.text(alphabet="ab c", max_size=12), st.text(alphabet="ab c", max_size=12))
def test_token_set_ratio_is_symmetric(a: str, b: str) -> None:
    # the alignment scores each unordered pair of texts once
    assert fuzz.token_set_ratio(a, b) == fuzz.token_set_ratio(b, a)


def _table() -> LinkTable:
    # items 0-4 in one group (a pair each), 5-6 in another; 7 in none
    ids = tuple(f"c{i}" for i in range(8))
    pairs = [(0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.95), (2, 3, 0.7), (3, 4, 0.7), (0, 4, 0.65),
             (5, 6, 0.99), (4, 5, 0.5), (1, 6, 0.55), (6, 7, 0.9)]
    return LinkTable(
        ids=ids,
        a=np.array([p[0] for p in pairs]),
        b=np.array([p[1] for p in pairs]),
        score=np.array([p[2] for p in pairs]),
        merge_threshold=0.62,
        features_of=lambda a, b: {"context": (a + b) / 100.0, "place": np.where(a == 0, 1.0, np.nan)},
    )


def test_records_carry_rounded_scores_decisions_and_present_features() -> None:
    first, *_, last = _table().links()
    assert first == Link(a="c0", b="c1", score=0.9, features={"context": 0.01, "place": 1.0}, decision="merged")
    assert last == Link(a="c6", b="c7", score=0.9, features={"context": 0.13}, decision="merged")
    assert [link.decision for link in _table().links(np.array([7, 8]))] == ["possible", "possible"]


def test_a_small_group_keeps_every_link_and_a_large_one_a_spanning_set() -> None:
    table = _table()
    groups = [("c0", "c1", "c2", "c3", "c4"), ("c5", "c6")]
    own, strongest = by_group(table, groups, max_pairwise=5)
    assert [(x.a, x.b) for x in own[0]] == [("c0", "c1"), ("c0", "c2"), ("c1", "c2"), ("c2", "c3"), ("c3", "c4"), ("c0", "c4")]
    own, strongest = by_group(table, groups, max_pairwise=4)
    # strongest first while it joins someone new: (1,2) .95, (0,1) .9, then (2,3) .7 before (3,4)
    # .7 by ids, (3,4); (0,2) .8 and (0,4) .65 would close a loop
    assert [(x.a, x.b) for x in own[0]] == [("c0", "c1"), ("c1", "c2"), ("c2", "c3"), ("c3", "c4")]
    assert [(x.a, x.b) for x in own[1]] == [("c5", "c6")]
    # the strongest score between two groups, either way round; c7 is in no group
    assert strongest == [{1: 0.55}, {0: 0.55}]


def test_records_made_elsewhere_come_back_as_given() -> None:
    links = [Link(a="x", b="y", score=0.7, features={"context": 0.3}), Link(a="y", b="z", score=0.5, decision="possible")]
    table = LinkTable.from_links(links)
    assert table.links() == links
    own, strongest = by_group(table, [("x", "y"), ("z",)], max_pairwise=12)
    assert own == [[links[0]], []]
    assert strongest == [{1: 0.5}, {0: 0.5}]


@settings(max_examples=200)
@given(
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.sampled_from([0.5, 0.6, 0.7, 0.8])), max_size=40),
    st.integers(1, 4),
)
def test_a_group_keeps_its_strongest_scores_to_others_and_their_ties(pairs: list, most: int) -> None:  # type: ignore[type-arg]
    pairs = [(a, b, s) for a, b, s in pairs if a != b]
    table = LinkTable(
        ids=tuple(f"c{i}" for i in range(12)),
        a=np.array([p[0] for p in pairs], dtype=np.int64),
        b=np.array([p[1] for p in pairs], dtype=np.int64),
        score=np.array([p[2] for p in pairs], dtype=np.float64),
        merge_threshold=0.62,
    )
    groups = [tuple(f"c{i}" for i in range(k, k + 2)) for k in range(0, 12, 2)]  # six groups of two
    _, every = by_group(table, groups, max_pairwise=12)
    _, kept = by_group(table, groups, max_pairwise=12, most=most)
    for all_scores, top in zip(every, kept, strict=True):
        ranked = sorted(all_scores.values(), reverse=True)
        cutoff = ranked[most - 1] if len(ranked) >= most else -1.0
        assert top == {g: s for g, s in all_scores.items() if s >= cutoff}
