import math
import random

import numpy as np
import pytest

from crosscheck.linkage import average_linkage

T = 0.62


def _groups(n, links, apart=(), threshold=T):  # type: ignore[no-untyped-def]
    a, b, s = zip(*links, strict=True) if links else ((), (), ())
    x, y = zip(*apart, strict=True) if apart else ((), ())
    return average_linkage(n, np.array(a, dtype=np.int64), np.array(b, dtype=np.int64), np.array(s, dtype=float),
                           np.array(x, dtype=np.int64), np.array(y, dtype=np.int64), threshold)


@pytest.mark.parametrize(
    "n, links, apart, groups",
    [
        (2, [(0, 1, 0.9)], [], [[0, 1]]),
        (2, [(0, 1, 0.5)], [], [[0], [1]]),  # linked, but not strongly enough to merge
        (2, [(0, 1, 0.9)], [(0, 1)], [[0], [1]]),  # a cannot-link wins over any score
        # a chain: 2 joins {0, 1} only if its mean over both is strong; (0, 2) was never linked
        (3, [(0, 1, 0.9), (1, 2, 0.8)], [], [[0, 1], [2]]),
        (3, [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.5)], [], [[0, 1, 2]]),  # (0.8 + 0.5) / 2 >= 0.62
        (3, [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.9)], [(0, 2)], [[0, 1], [2]]),  # kept apart through a third
        # the strongest pair goes first: 1 joins 2, and {1, 2} then refuses 0
        (3, [(0, 1, 0.7), (1, 2, 0.95)], [], [[0], [1, 2]]),
        # two groups join when the mean over all four cross pairs holds
        (4, [(0, 1, 0.99), (2, 3, 0.99), (0, 2, 0.9), (1, 3, 0.9), (0, 3, 0.7), (1, 2, 0.7)], [], [[0, 1, 2, 3]]),
        (4, [(0, 1, 0.99), (2, 3, 0.99), (0, 2, 0.9), (1, 3, 0.9)], [], [[0, 1], [2, 3]]),
    ],
    ids=["strong", "weak", "cannot-link", "chain-refused", "chain-joined", "apart-through-third",
         "strongest-first", "groups-join", "groups-stay"],
)
def test_average_linkage(n, links, apart, groups) -> None:  # type: ignore[no-untyped-def]
    assert _groups(n, links, apart) == groups


def _reference(n, links, apart, threshold):  # type: ignore[no-untyped-def]
    """The rule as the module states it, with no shortcuts: strongest pair first; join two
    groups unless a cannot-link pair spans them or the mean over all their cross pairs (never
    linked = 0) falls below the threshold."""
    score = {(min(a, b), max(a, b)): s for a, b, s in links}
    cannot = {(min(a, b), max(a, b)) for a, b in apart}
    group = {i: [i] for i in range(n)}
    of = list(range(n))
    for a, b, s in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        ga, gb = of[a], of[b]
        if s < threshold or ga == gb:
            continue
        cross = [(min(x, y), max(x, y)) for x in group[ga] for y in group[gb]]
        if any(p in cannot for p in cross):
            continue
        if math.fsum(score.get(p, 0.0) for p in cross) / len(cross) < threshold:
            continue
        for x in group[gb]:
            of[x] = ga
        group[ga] += group.pop(gb)
    return sorted((sorted(g) for g in group.values()), key=min)


@pytest.mark.parametrize("seed", range(30))
def test_the_fast_linkage_follows_the_stated_rule(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(2, 60)
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < rng.choice([0.1, 0.5, 0.9])]
    # few distinct scores, so ties (broken by the pair) happen
    links = [(a, b, rng.choice([0.5, 0.62, 0.7, 0.8, 0.8, 0.9, 1.0, rng.random()])) for a, b in pairs]
    apart = [(a, b) for a, b in rng.sample(pairs, k=len(pairs) // 10)]
    apart += [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < 0.02]
    got = [sorted(g) for g in _groups(n, links, apart)]
    assert got == _reference(n, links, apart, T)


@pytest.mark.parametrize("few_links", [0, 1_000])
@pytest.mark.parametrize("seed", range(10))
def test_a_single_items_links_read_either_way_give_the_same_groups(seed: int, few_links: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # one item's links are read in Python up to _FEW_LINKS of them, with arrays past that
    from crosscheck import linkage

    monkeypatch.setattr(linkage, "_FEW_LINKS", few_links)
    rng = random.Random(seed)
    n = rng.randint(2, 60)
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < 0.6]
    links = [(a, b, rng.choice([0.5, 0.62, 0.7, 0.8, 0.9, 1.0, rng.random()])) for a, b in pairs]
    apart = [(a, b) for a, b in rng.sample(pairs, k=len(pairs) // 8)]
    assert [sorted(g) for g in _groups(n, links, apart)] == _reference(n, links, apart, T)
