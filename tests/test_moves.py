"""A figure's move to a new level, as economic and disaster copy writes it: "ticked up to",
"rose from A to B", "rose 12 cents to $36.44". Each move is two figures, or one with no hedge:
never a range or an "up to" (every sentence made up)."""

from __future__ import annotations

import pytest

from crosscheck.extract.numbers import find_figures

#: (text, [(mention, value, low, high, hedge class)] of what find_figures reads)
MOVES: list[tuple[str, list[tuple[str, float | None, float | None, float | None, str]]]] = [
    # "up" is the move's particle, not the start of "up to"
    ("The vacancy rate ticked up to 6.1% in May.", [("6.1%", 6.1, 6.1, 6.1, "exact")]),
    ("Output edged up to 38.5 tonnes.", [("38.5 tonnes", 38.5, 38.5, 38.5, "exact")]),
    ("The storm could kill up to 200 people.", [("up to 200", 200, 0, 200, "upto")]),
    # a change from one level to another: two levels, not a range
    ("The vacancy rate rose from 5.9% to 6.1%.", [("5.9%", 5.9, 5.9, 5.9, "exact"), ("6.1%", 6.1, 6.1, 6.1, "exact")]),
    ("The vacancy rate rose slightly, from 5.9% to 6.1%.",
     [("5.9%", 5.9, 5.9, 5.9, "exact"), ("6.1%", 6.1, 6.1, 6.1, "exact")]),
    ("Losses could range from $3 billion to $5 billion.", [("from $3 billion to $5 billion", None, 3e9, 5e9, "range")]),
    # "a range of A and B": the noun says the two are its ends
    ("The firm gave a range of $2 billion and $4 billion for both storms.",
     [("$2 billion and $4 billion", None, 2e9, 4e9, "range")]),
    ("They hired 20 and fired 30.", [("20", 20, 20, 20, "exact"), ("30", 30, 30, 30, "exact")]),
    # a change in cents and the level in dollars
    ("Hourly pay rose 9 cents to $31.20.", [("9 cents", 9, 9, 9, "exact"), ("$31.20", 31.2, 31.2, 31.2, "exact")]),
    # a hedged year after a word of time bounds a period: no figure
    ("It was the deepest cut since at least 1982.", []),
    ("The rule holds until at least 2031.", []),
    ("He has at least 1982 followers.", [("at least 1982", 1982, 1982, None, "atleast")]),
]


@pytest.mark.parametrize(("text", "expected"), MOVES, ids=[t for t, _ in MOVES])
def test_a_move_to_a_level_is_no_range_and_no_hedge(text: str, expected: list) -> None:
    found = [(q.text, q.value, q.low, q.high, q.hedge_class) for q in find_figures(text)]
    assert [f[0] for f in found] == [e[0] for e in expected]
    for got, want in zip(found, expected):
        assert got[1] == pytest.approx(want[1]) if want[1] is not None else got[1] is None
        assert got[2] == pytest.approx(want[2])
        if want[3] is not None:
            assert got[3] == pytest.approx(want[3])
        assert got[4] == want[4]
