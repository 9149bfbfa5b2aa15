"""Hedge words -> class and the calibrated interval of a hedged round number."""

from __future__ import annotations

import pytest

from crosscheck.extract.hedges import hedge_class, interval, reported_hedge, rounding_step


@pytest.mark.parametrize(
    ("words", "cls"),
    [("more than", "more"), ("More Than", "more"), ("more then", "more"), ("over", "more"),
     ("above", "more"), ("exceeds", "more"), ("surpasses", "more"), ("passes", "more"), ("at least", "atleast"),
     ("nearly", "less"), ("almost", "less"), ("close to", "less"), ("just under", "less"),
     ("around", "approx"), ("about", "approx"), ("approximately", "approx"), ("some", "approx"),
     ("an estimated", "approx"), ("estimated at", "approx"), ("roughly", "approx"), ("up to", "upto"),
     ("as many as", "upto"), ("an average of", "average"), (None, "exact"), ("", "exact"),
     ("whatever", "exact")],
)
def test_hedge_class(words: str | None, cls: str) -> None:
    assert hedge_class(words) == cls


@pytest.mark.parametrize(
    ("value", "step"),
    [(80_000, 10_000), (85_000, 5_000), (800_000, 100_000), (1_636, 1), (2.8, 0.1),
     (1_300_000, 100_000), (3, 1), (0, 1), (0.5, 0.1)],
)
def test_rounding_step(value: float, step: float) -> None:
    assert rounding_step(value) == pytest.approx(step)


@pytest.mark.parametrize(
    ("value", "cls", "low", "high"),
    [(80_000, "more", 80_000, 90_000), (85_000, "less", 80_000, 85_000),
     (800_000, "approx", 750_000, 850_000), (1_600_000, "upto", 0, 1_600_000),
     (80_000, "atleast", 80_000, 90_000), (1_636, "exact", 1_636, 1_636),
     (4_000, "average", 4_000, 4_000), (3_000_000, "less", 2_000_000, 3_000_000),
     # below a lone leading 1 a writer's round figures are a decimal place finer
     (100, "less", 90, 100), (1_000_000, "less", 900_000, 1_000_000), (1, "less", 0.9, 1)],
)
def test_interval(value: float, cls: str, low: float, high: float) -> None:
    assert interval(value, cls) == (pytest.approx(low), pytest.approx(high))  # type: ignore[arg-type]


def test_more_than_and_nearly_overlap_only_at_the_round_figure() -> None:
    # "more than 80,000" and "nearly 85,000" can both be true: a judge should see "compatible"
    more = interval(80_000, "more")
    nearly = interval(85_000, "less")
    assert more[0] < nearly[1] and nearly[0] < more[1]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("words", "cls", "reported"),
    [
        # plain words stay as written
        ("More than", "more", "More than"), ("nearly", "less", "nearly"), ("around", "approx", "around"),
        ("up to", "upto", "up to"), ("at least", "atleast", "at least"), ("over", "more", "over"),
        # a verb, sign or turn of phrase gives the plain words of its bound
        ("surpassed", "more", "more than"), ("topped", "more", "more than"), ("as high as", "upto", "up to"),
        ("nears", "less", "nearly"), (">", "more", "more than"), ("no fewer than", "atleast", "at least"),
        ("no more than", "upto", "up to"), ("or so", "approx", "about"),
        # words a denial turned round ("would not get more than 42%")
        ("more than", "upto", "up to"), ("less than", "atleast", "at least"),
        (None, "exact", None),
    ],
)
def test_reported_hedge(words: str | None, cls: str, reported: str | None) -> None:
    assert reported_hedge(words, cls) == reported  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum that may grow to a ceiling is told up to it
        ("The forward joins for an initial fee of £96.8m, potentially rising to £135.5m.",
         [("£96.8m", "exact"), ("potentially rising to £135.5m", "upto")]),
        # near miss: a level a count is rising to is no ceiling
        ("The toll is rising to 40.", [("40", "exact")]),
    ],
    ids=["potentially-rising-to", "rising-to"],
)
def test_a_ceiling_a_sum_may_rise_to(text: str, expected: list[tuple[str, str]]) -> None:
    from crosscheck.extract.numbers import find_figures

    assert [(q.text, q.hedge_class) for q in find_figures(text)] == expected
