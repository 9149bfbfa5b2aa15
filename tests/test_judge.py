import math
from dataclasses import replace
from datetime import date

import pytest
from factories import article, claim, time_scope
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract.units import convert
from crosscheck.judge import (
    Interval,
    comparison_interval,
    judge_claims,
    rank,
    shared_unit,
    verdict_of,
)
from crosscheck.model import Claim
from crosscheck.settings import DEFAULT
from crosscheck.sources import SourceMap


def _sources(*article_ids: str) -> SourceMap:
    """Every article its own upstream source."""
    return SourceMap(sources_of={a: (a,) for a in article_ids}, members={a: (a,) for a in article_ids})


@pytest.mark.parametrize(
    "a, b, overlap",
    [
        ("more than 85,000", "nearly 85,000", False),
        ("more than 80,000", "nearly 85,000", True),
        ("800,000", "over 800,000", True),
        ("800,000", "over 900,000", False),
        ("hundreds of thousands", "800,000", True),
        ("hundreds of thousands", "1.6 million", False),
        ("tens of thousands", "more than 80,000", True),
        ("around 800,000", "over 485,000", False),
        ("nearly 3 million", "more than 2.8 million", True),
        ("1,636", "1,637", False),
        ("more than 80,000", "more than 80,000", True),
        # "about" a large figure is not its whole rounding step either side: "about 15,000"
        # (step read as fives) is no reading of 12,000, nor "about 2 million" of 1.6 million
        ("12,000", "about 15,000", False),
        ("about 2 million", "1.6 million", False),
        # controls: a figure near it still meets it, and a small count stays coarse
        ("13,000", "about 15,000", True),
        ("about 20", "17", True),
    ],
    ids=[
        "open-ends-meet-at-85k", "hedges-overlap", "round-exact-vs-over", "round-exact-vs-far-over",
        "vague-covers", "vague-misses", "tens-of-thousands", "around-vs-over-far",
        "nearly-vs-more", "exact-counts", "identical", "about-fives-too-far", "about-lone-digit-too-far",
        "about-near", "about-small-count",
    ],
)
def test_intervals_overlap(a: str, b: str, overlap: bool) -> None:
    ia, ib = comparison_interval(claim(a)), comparison_interval(claim(b))
    assert ia.overlaps(ib) is overlap
    assert ib.overlaps(ia) is overlap


@pytest.mark.parametrize(
    "figures, verdict",
    [
        (["more than 80,000"], "single"),
        (["more than 80,000", "more than 80,000"], "agree"),
        (["1,636", "1,636"], "agree"),
        (["more than 80,000", "nearly 85,000"], "compatible"),
        (["800,000", "over 800,000", "around 800,000", "hundreds of thousands"], "compatible"),
        (["more than 85,000", "nearly 85,000"], "conflict"),
        (["around 800,000", "over 485,000"], "conflict"),
        (["1,644", "2,719"], "conflict"),
        (["more than 20,000", "20,073"], "compatible"),
    ],
    ids=["single", "same-hedged", "same-exact", "hedges-allow-both", "acc-style", "open-ends",
         "cumulative-gap", "death-tolls", "total-and-over"],
)
def test_verdicts(figures: list[str], verdict: str) -> None:
    claims = [claim(f, article=f"a{i}") for i, f in enumerate(figures)]
    assert verdict_of(claims, DEFAULT)[0] == verdict


def _judge(claims, articles):  # type: ignore[no-untyped-def]
    groups = [[c.id for c in claims]]
    return judge_claims(groups, claims, articles, _sources(*(a.id for a in articles)), DEFAULT)


def test_compatible_why_names_both_figures_sources_and_gap() -> None:
    arts = [article("strat", outlet="StratNews Global"), article("dawn", outlet="Dawn")]
    claims = [
        claim("more than 80,000", article="strat", source="a senior official"),
        claim("nearly 85,000", article="dawn", source="Tallal Chaudhry"),
    ]
    (cluster,) = _judge(claims, arts)
    assert cluster.verdict == "compatible"
    assert cluster.why == (
        "more than 80,000 (StratNews Global, a senior official) vs nearly 85,000 (Dawn, Tallal Chaudhry): "
        "6% apart, hedges overlap"
    )
    assert cluster.spread == {"low": 80000, "high": 85000, "relative_gap": round(5000 / 85000, 4)}
    assert cluster.outlets == 2 and cluster.independent_sources == 2


def test_same_article_contradiction_is_a_conflict_with_its_own_note() -> None:
    arts = [article("x", outlet="Arab News")]
    claims = [claim("more than 85,000", article="x"), claim("nearly 85,000", article="x")]
    (cluster,) = _judge(claims, arts)
    assert cluster.verdict == "conflict"
    assert "in the same article" in cluster.why
    assert cluster.notes and "Arab News says both" in cluster.notes[0]
    assert "more than 85,000" in cluster.notes[0] and "nearly 85,000" in cluster.notes[0]


def test_a_toll_reported_days_apart_is_an_update_not_a_conflict() -> None:
    saturday, tuesday = date(2025, 3, 29), date(2025, 4, 1)
    arts = [article("sat", published=saturday), article("tue", published=tuesday)]
    claims = [
        claim("2,719", counted="people", event="killed", article="tue"),
        claim("1,644", counted="people", event="killed", article="sat"),
    ]
    clusters = _judge(claims, arts)
    assert len(clusters) == 2
    first, second = clusters  # ordered by date: the earlier figure first
    assert first.members == (claims[1].id,) and second.members == (claims[0].id,)
    assert first.related == {second.id: "updated"} and second.related == {first.id: "updated"}
    assert all(c.verdict == "single" for c in clusters)


def test_a_cluster_whose_same_date_members_conflict_stays_one() -> None:
    day, later = date(2025, 4, 19), date(2025, 4, 21)
    arts = [article("x", published=day), article("y", published=later)]
    claims = [
        claim("more than 85,000", article="x"),
        claim("nearly 85,000", article="x"),
        claim("nearly 85,000", article="y"),
    ]
    (cluster,) = _judge(claims, arts)
    assert cluster.verdict == "conflict" and not cluster.related


def test_a_later_higher_toll_is_split_from_a_same_day_conflict_as_its_update() -> None:
    sunday, saturday = date(2025, 11, 30), date(2025, 12, 6)
    arts = [article("a", published=sunday), article("b", published=sunday), article("c", published=saturday)]
    claims = [
        claim("more than 900", counted="people", event="died", article="a"),
        claim("818", counted="people", event="died", article="b"),
        claim("at least 995", counted="people", event="died", article="c"),
    ]
    first, second = _judge(claims, arts)
    assert set(first.members) == {claims[0].id, claims[1].id} and first.verdict == "conflict"
    assert second.members == (claims[2].id,) and second.related == {first.id: "updated"}


def test_a_later_figure_inside_a_same_day_conflict_does_not_split_it() -> None:
    sunday, saturday = date(2025, 11, 30), date(2025, 12, 6)
    arts = [article("a", published=sunday), article("b", published=sunday), article("c", published=saturday)]
    claims = [
        claim("more than 900", article="a"),
        claim("818", article="b"),
        claim("850", article="c"),
    ]
    (cluster,) = _judge(claims, arts)
    assert cluster.verdict == "conflict" and not cluster.related


def test_time_scope_dates_decide_the_update_order_over_publication() -> None:
    arts = [article("x", published=date(2025, 4, 21)), article("y", published=date(2025, 4, 21))]
    claims = [
        claim("20,000", article="x", time=time_scope(date(2025, 4, 1), date(2025, 4, 14))),
        claim("8,000", article="y", time=time_scope(date(2025, 4, 1), date(2025, 4, 7))),
    ]
    first, second = _judge(claims, arts)
    assert first.members == (claims[1].id,) and second.related == {first.id: "updated"}


def test_severity_ranks_wider_gaps_first() -> None:
    arts = [article("a"), article("b")]
    narrow = _judge([claim("1,000", article="a"), claim("1,400", article="b")], arts)
    wide = _judge([claim("1,000", article="a"), claim("3,000", article="b")], arts)
    ranked = rank(narrow + wide)
    assert [c.verdict for c in ranked] == ["conflict", "conflict"]
    assert ranked[0].spread["high"] == 3000


def test_severity_rewards_independent_and_attributed_sources() -> None:
    arts = [article("a"), article("b")]
    bare = [claim("1,644", article="a"), claim("2,719", article="b")]
    sourced = [claim("1,644", article="a", source="WHO"), claim("2,719", article="b", source="UN")]
    one_source = SourceMap(sources_of={"a": ("wire",), "b": ("wire",)}, members={"wire": ("a", "b")})
    two_sources = _sources("a", "b")
    [wire] = judge_claims([[c.id for c in bare]], bare, arts, one_source, DEFAULT)
    [independent] = judge_claims([[c.id for c in bare]], bare, arts, two_sources, DEFAULT)
    [attributed] = judge_claims([[c.id for c in sourced]], sourced, arts, two_sources, DEFAULT)
    assert wire.independent_sources == 1 and independent.independent_sources == 2
    assert 0 < wire.severity < independent.severity < attributed.severity
    assert [c.id for c in rank([wire, attributed, independent])][0] == attributed.id


def test_rank_puts_conflicts_first_and_singles_last() -> None:
    arts = [article("a"), article("b")]
    conflict = _judge([claim("1,644", article="a"), claim("2,719", article="b")], arts)
    agree = _judge([claim("500", article="a"), claim("500", article="b")], arts)
    single = _judge([claim("7", article="a")], arts)
    assert [c.verdict for c in rank(single + agree + conflict)] == ["conflict", "agree", "single"]


def test_a_figure_that_falls_between_dates_is_a_conflict_not_an_update() -> None:
    from crosscheck.sources import source_map

    arts = [article("a", published=date(2025, 4, 8)), article("b", published=date(2025, 4, 21))]
    earlier = claim("around 800,000", counted="Afghans", event="returned", article="a")
    later = claim("over 485,000", counted="Afghans", event="returned", article="b")
    clusters = judge_claims([(earlier.id, later.id)], [earlier, later], arts, source_map(arts), DEFAULT)
    assert [c.verdict for c in clusters] == ["conflict"]
    assert not clusters[0].related


def test_only_the_strongest_possible_links_are_kept() -> None:
    from crosscheck.judge import MAX_POSSIBLE, attach_possible_links
    from crosscheck.model import Cluster, Link

    hub = Cluster(id="hub", kind="claim", members=("h",))
    others = [Cluster(id=f"o{n}", kind="claim", members=(f"m{n}",)) for n in range(MAX_POSSIBLE + 2)]
    links = [Link(a="h", b=f"m{n}", score=0.5 + n / 100, decision="possible") for n in range(MAX_POSSIBLE + 2)]
    (linked_hub, *_) = attach_possible_links([hub, *others], links)
    strongest = [f"o{n}" for n in range(MAX_POSSIBLE + 1, 1, -1)]
    assert list(linked_hub.related) == strongest
    assert set(linked_hub.related.values()) == {"possible"}


def test_a_large_cluster_keeps_a_spanning_set_of_its_strongest_links() -> None:
    from crosscheck.judge import MAX_PAIRWISE_LINKS, attach_possible_links
    from crosscheck.model import Cluster, Link

    n = MAX_PAIRWISE_LINKS + 3
    members = tuple(f"m{i:02}" for i in range(n))
    big = Cluster(id="big", kind="claim", members=members)
    links = [Link(a=a, b=b, score=0.7 + (i + j) / 1000, decision="merged")
             for i, a in enumerate(members) for j, b in enumerate(members) if i < j]
    (kept,) = attach_possible_links([big], links)
    assert len(kept.links) == n - 1  # every member joined, no pair twice
    joined = {m for link in kept.links for m in (link.a, link.b)}
    assert joined == set(members)
    strongest = max(links, key=lambda link: link.score)
    assert strongest in kept.links
    small = Cluster(id="small", kind="claim", members=members[:3])
    (all_kept,) = attach_possible_links([small], links[:3])
    assert len(all_kept.links) == len([link for link in links[:3] if {link.a, link.b} <= set(members[:3])])


@pytest.mark.parametrize(
    ("counted", "event", "name"),
    [("people", "killed", "people killed"), ("displaced people", "displaced", "displaced people"),
     ("people", "death toll", "death toll"), (None, "toll", "toll"), ("homes", None, "homes"),
     ("people dead", "left", "people dead"), ("displaced people", "continued", "displaced people")],
)
def test_a_cluster_label_does_not_repeat_itself(counted: str | None, event: str | None, name: str) -> None:
    from crosscheck.judge import label

    assert label([claim("45", counted=counted, event=event)]) == name


_ends = st.sampled_from([-math.inf, 0.0, 1.0, 2.0, 3.0, math.inf])


@pytest.mark.parametrize("few", [0, 12], ids=["sorted-search", "pair-by-pair"])
@given(intervals=st.lists(st.builds(Interval, _ends, _ends, st.booleans(), st.booleans()), max_size=12))
def test_disjoint_pairs_are_every_pair_that_does_not_overlap(few: int, intervals: list) -> None:  # type: ignore[type-arg]
    from itertools import combinations

    import crosscheck.judge
    from crosscheck.judge import disjoint_pairs

    every_pair = [(a, b) for a, b in combinations(range(len(intervals)), 2) if not intervals[a].overlaps(intervals[b])]
    kept = crosscheck.judge.FEW_INTERVALS
    crosscheck.judge.FEW_INTERVALS = few  # small groups are compared pair by pair; large ones by a sorted search
    try:
        assert disjoint_pairs(intervals) == every_pair
    finally:
        crosscheck.judge.FEW_INTERVALS = kept


@given(intervals=st.lists(st.builds(Interval, _ends, _ends, st.booleans(), st.booleans()), min_size=1, max_size=12))
def test_the_rows_meeting_one_are_those_whose_intervals_overlap_it(intervals: list) -> None:  # type: ignore[type-arg]
    from crosscheck.judge import Bounds

    bounds = Bounds.of_intervals(intervals)
    for k, mine in enumerate(intervals):
        assert bounds.meeting(k).tolist() == [other.overlaps(mine) for other in intervals]


def test_a_toll_that_rises_from_one_day_to_the_next_is_an_update() -> None:
    saturday, sunday = date(2025, 9, 12), date(2025, 9, 13)
    arts = [article("sat", published=saturday), article("sun", published=sunday)]
    claims = [claim("nearly 30", event="killed", article="sat"), claim("at least 33", event="killed", article="sun")]
    first, second = _judge(claims, arts)
    assert first.members == (claims[0].id,) and second.related == {first.id: "updated"}


def test_a_figure_restated_without_a_date_speaks_for_the_date_its_article_gave_it() -> None:
    arts = [article("early", published=date(2025, 8, 4)), article("late", published=date(2025, 8, 4))]
    yesterday = time_scope(date(2025, 8, 3), date(2025, 8, 3), text="yesterday", relation="point")
    claims = [
        claim("at least 357", event="killed", article="early", time=yesterday),
        claim("at least 357", event="killed", article="early"),  # "the agency said at least 357 ..."
        claim("at least 381", event="killed", article="late"),
    ]
    first, second = _judge(claims, arts)
    assert set(first.members) == {claims[0].id, claims[1].id} and first.verdict == "agree"
    assert second.members == (claims[2].id,) and first.related == {second.id: "updated"}


def _measure(figure: str, unit: str, word: str, article: str) -> Claim:
    """A measure whose quantity reads with its unit ("15 miles"), as extraction gives it."""
    c = claim(figure, counted=word, unit=unit, kind="measure", article=article, event="burned")
    return replace(c, quantity=replace(c.quantity, text=c.text))


@pytest.mark.parametrize(
    "a, b, verdict",
    [
        (("15", "mile", "miles"), ("24", "km", "km"), "agree"),
        (("200", "mile", "miles"), ("320", "km", "km"), "agree"),
        (("15", "mile", "miles"), ("25", "km", "km"), "compatible"),
        (("15", "mile", "miles"), ("40", "km", "km"), "conflict"),
        (("more than 12,000", "acre", "acres"), ("more than 4,860", "ha", "hectares"), "agree"),
        (("more than 12,000", "acre", "acres"), ("more than 8,000", "ha", "hectares"), "conflict"),
        (("50", "degF", "F"), ("10", "degC", "C"), "agree"),
        (("up to 60", "mph", "mph"), ("up to 97", "km/h", "km/h"), "agree"),
        (("6", "foot", "feet"), ("1.8", "m", "metres"), "agree"),
        (("6", "foot", "feet"), ("2.5", "m", "metres"), "conflict"),
    ],
    ids=["miles-km", "round-miles-km", "miles-km-rounded-apart", "miles-km-far", "acres-hectares",
         "acres-hectares-far", "fahrenheit-celsius", "mph-kmh", "feet-metres", "feet-metres-far"],
)
def test_figures_in_other_units_are_compared_converted(
    a: tuple[str, str, str], b: tuple[str, str, str], verdict: str
) -> None:
    assert verdict_of([_measure(*a, article="a"), _measure(*b, article="b")], DEFAULT)[0] == verdict


def test_a_converted_agreement_says_so_and_spreads_in_the_unit_most_use() -> None:
    arts = [article(x, outlet=x.upper()) for x in "abc"]
    claims = [
        _measure("15", "mile", "miles", "a"),
        _measure("24", "km", "km", "b"),
        _measure("24", "km", "km", "c"),
    ]
    (cluster,) = _judge(claims, arts)
    assert cluster.verdict == "agree"
    assert cluster.why == "3 reports give the same figure in different units: 15 miles (A) = 24 km (B)"
    assert cluster.spread == {"low": 24, "high": 24.14, "relative_gap": round(0.14 / 24.14, 4)}


def test_currencies_are_never_converted() -> None:
    dollars = claim("15 million", counted="aid", kind="money", unit="USD", article="a")
    euros = claim("15 million", counted="aid", kind="money", unit="EUR", article="b")
    assert shared_unit([dollars, euros]) is None
    assert convert(15.0, "USD", "EUR") == 15.0


@pytest.mark.parametrize(
    "a, b, kind, verdict",
    [
        ("61.8", "62", "percent", "agree"),  # a turnout, rounded by the next outlet
        ("55.2", "55", "percent", "agree"),
        ("2", "2.4", "percent", "compatible"),  # "2%" may be 2.4% rounded
        ("55", "56", "percent", "conflict"),  # no one figure rounds to both
        ("40", "43", "percent", "conflict"),  # "40%" is a whole point, not 35 to 45
        ("6.5", "6.54", "measure", "compatible"),
        ("6.5", "6.4", "measure", "conflict"),
        ("1,636", "1,637", "count", "conflict"),  # counts are exact
    ],
    ids=["turnout-rounded", "share-rounded", "small-share-rounded", "next-point", "round-share",
         "magnitude-rounded", "magnitude-apart", "counts-exact"],
)
def test_shares_and_measures_stand_for_the_rounding_of_their_last_digit(a: str, b: str, kind: str, verdict: str) -> None:
    unit = {"percent": "%", "measure": "magnitude", "count": None}[kind]
    claims = [claim(a, article="a", kind=kind, unit=unit), claim(b, article="b", kind=kind, unit=unit)]
    assert verdict_of(claims, DEFAULT)[0] == verdict


@pytest.mark.parametrize(
    "first, later, counted, event, kind, split",
    [
        ("1,644", "2,719", "people", "killed", "count", True),  # a toll keeps running
        ("7,000", "13,000", "structures", "destroyed", "count", True),  # so does damage
        ("600", "900", "cases", "reported", "count", True),
        ("61.8", "68", "turnout", None, "percent", False),  # the election is over
        ("154", "156", "seats", "won", "count", False),
        ("4.2 billion", "4.6 billion", "revenue", None, "money", False),  # so is the quarter
    ],
    ids=["toll", "damage", "cases", "turnout", "seats", "revenue"],
)
def test_only_a_running_count_has_updates(
    first: str, later: str, counted: str, event: str | None, kind: str, split: bool
) -> None:
    monday, friday = date(2025, 10, 13), date(2025, 10, 17)
    arts = [article("mon", published=monday), article("fri", published=friday)]
    unit = {"percent": "%", "money": "USD", "count": None}[kind]
    claims = [
        claim(first, counted=counted, event=event, kind=kind, unit=unit, article="mon"),
        claim(later, counted=counted, event=event, kind=kind, unit=unit, article="fri"),
    ]
    clusters = _judge(claims, arts)
    if split:
        assert [c.verdict for c in clusters] == ["single", "single"]
        assert "updated" in clusters[0].related.values()
    else:
        assert [c.verdict for c in clusters] == ["conflict"]


def test_one_toll_repeated_on_several_days_is_one_stretch_before_its_update() -> None:
    days = [date(2025, 10, 1), date(2025, 10, 2), date(2025, 10, 3), date(2025, 10, 5)]
    arts = [article(f"d{k}", published=d) for k, d in enumerate(days)]
    claims = [
        claim("125", event="killed", article="d0"),
        claim("125", event="killed", article="d1"),
        claim("at least 125", event="killed", article="d2"),
        claim("131", event="killed", article="d3"),
    ]
    first, second = _judge(claims, arts)
    assert set(first.members) == {c.id for c in claims[:3]} and first.verdict != "conflict"
    assert second.members == (claims[3].id,) and first.related == {second.id: "updated"}


@pytest.mark.parametrize(
    "early_sentence, split",
    [
        ("With 90% of polling station results tallied, the mayor won 53.7% of the vote.", True),
        ("Partial results put the mayor on 53.7% of the vote.", True),
        ("According to early returns, the mayor won 53.7% of the vote.", True),
        ("With most ballots counted, the mayor won 53.7% of the vote.", True),
        ("The mayor won 53.7% of the vote, the commission said.", False),  # a final figure misreported
    ],
    ids=["share-tallied", "partial-results", "early-returns", "most-counted", "final"],
)
def test_a_result_still_being_counted_is_updated_by_the_later_count(early_sentence: str, split: bool) -> None:
    monday, thursday = date(2025, 10, 13), date(2025, 10, 16)
    arts = [article("mon", published=monday), article("thu", published=thursday)]
    def share(figure: str, article_id: str, sentence: str) -> Claim:
        bare = claim(figure, counted=None, event="won", kind="percent", unit="%", article=article_id, sentence=sentence)
        return replace(bare, counted="vote")

    claims = [share("53.7", "mon", early_sentence),
              share("54.3", "thu", "The mayor won 54.3% of the vote, according to the final count.")]
    verdicts = [c.verdict for c in _judge(claims, arts)]
    assert verdicts == (["single", "single"] if split else ["conflict"])


def test_a_forecast_is_never_judged_against_a_count() -> None:
    from crosscheck.model import Span

    count = claim("11,000", counted=None, event="death toll", article="a")
    forecast = replace(claim("20,000", counted=None, event="death toll", article="b"),
                       forecast=Span(start=0, end=11, text="could reach"))
    clusters = _judge([count, forecast], [article("a"), article("b")])
    assert sorted((c.members, c.verdict) for c in clusters) == [((count.id,), "single"), ((forecast.id,), "single")]
    assert {c.label for c in clusters} == {"death toll", "forecast: death toll"}


@pytest.mark.parametrize(
    ("sentence", "figure", "progress"),
    [
        ("The commission said 64% of votes are counted.", "64%", True),
        ("The incumbent won with 91.5% of ballots counted, officials said.", "91.5%", True),
        ("With 40 percent of precincts reporting, the mayor led.", "40 percent", True),
        ("She had 52% with 90% of polling station results tallied.", "90%", True),
        # a share of the votes is a result, not the count's progress
        ("She won 52% of the votes counted so far.", "52%", False),
        ("The mayor took 52% of the vote.", "52%", False),
        ("Turnout reached 64% of registered voters.", "64%", False),
    ],
)
def test_a_share_of_a_count_under_way_is_its_progress(sentence: str, figure: str, progress: bool) -> None:
    from crosscheck.judge import counts_progress

    c = claim(figure.removesuffix("%").removesuffix(" percent"), counted=None, kind="percent", unit="%",
              sentence=sentence)
    assert counts_progress(c) is progress


def test_two_moments_of_a_count_are_updates_not_a_conflict() -> None:
    early = claim("64", counted=None, kind="percent", unit="%", article="a",
                  sentence="The commission said 64% of votes are counted.")
    late = claim("91.5", counted=None, kind="percent", unit="%", article="b",
                 sentence="The incumbent won with 91.5% of ballots counted, officials said.")
    clusters = _judge([early, late], [article("a"), article("b")])
    assert sorted(c.members for c in clusters) == [(early.id,), (late.id,)]
    assert all(c.verdict == "single" and set(c.related.values()) == {"updated"} for c in clusters)


@pytest.mark.parametrize(
    ("figures", "kind", "verdict"),
    [
        # "almost 20%" is just under 20, not anywhere from 10 to 20
        (["16", "almost 20"], "percent", "conflict"),
        (["19", "almost 20"], "percent", "compatible"),
        (["1,200", "nearly 2,000"], "count", "conflict"),
        (["1,850", "nearly 2,000"], "count", "compatible"),
        (["80,000", "nearly 85,000"], "count", "compatible"),
    ],
)
def test_a_figure_nearly_reached_is_at_most_a_tenth_short(figures: list[str], kind: str, verdict: str) -> None:
    claims = [claim(f, article=f"a{i}", kind=kind, unit="%" if kind == "percent" else None, counted=None)
              for i, f in enumerate(figures)]
    assert verdict_of(claims, DEFAULT)[0] == verdict


def test_a_running_result_and_the_result_are_two_moments() -> None:
    running = claim("53.7", counted=None, kind="percent", unit="%", article="a",
                    sentence="Lopez had 53.7% with 90% of ballots counted, the commission said.")
    result = claim("54.3", counted=None, kind="percent", unit="%", article="b",
                   sentence="Lopez won 54.3%, provisional results showed.")
    again = claim("54.3", counted=None, kind="percent", unit="%", article="c",
                  sentence="Lopez took 54.3%, the commission said.")
    clusters = _judge([running, result, again], [article("a"), article("b"), article("c")])
    assert sorted(c.members for c in clusters) == [(running.id,), (result.id, again.id)]
    assert all(set(c.related.values()) == {"updated"} for c in clusters)
    # outlets that disagree on the result itself still disagree
    other = claim("51.2", counted=None, kind="percent", unit="%", article="c",
                  sentence="Lopez took 51.2%, the commission said.")
    [cluster] = _judge([running, result, other], [article("a"), article("b"), article("c")])
    assert cluster.verdict == "conflict"


def _change(figure: str, article: str, sentence: str) -> Claim:
    return claim(figure, counted=None, kind="percent", unit="%", article=article, sentence=sentence)


@pytest.mark.parametrize(
    "sentences, verdict",
    [
        # one fall told with a sign and with a word, before or after the figure
        ((("-12.4", "Quarterly profit -12.4 on a reported basis."),
          ("12.4", "Its profit was down 12.4 from a year earlier.")), "compatible"),
        ((("-12.4", "Quarterly profit -12.4 on a reported basis."),
          ("12.4", "Analysts noted a 12.4 drop in quarterly profit.")), "compatible"),
        # controls: a rise against a fall, and a level a figure fell to, still conflict
        ((("-12.4", "Quarterly profit -12.4 on a reported basis."),
          ("12.4", "Its profit was up 12.4 from a year earlier.")), "conflict"),
        ((("-12.4", "Quarterly profit -12.4 on a reported basis."),
          ("12.4", "Its margin fell to 12.4 profit share this year.")), "conflict"),
    ],
    ids=["down-before", "drop-after", "rise-is-no-fall", "fell-to-a-level"],
)
def test_a_signed_fall_and_a_fall_in_words_are_one_change(sentences, verdict: str) -> None:  # type: ignore[no-untyped-def]
    claims = [_change(figure, f"a{k}", sentence) for k, (figure, sentence) in enumerate(sentences)]
    assert verdict_of(claims, DEFAULT)[0] == verdict


@pytest.mark.parametrize(
    "sentence, update",
    [
        # the day names when the flooding began; "have died" counts up to the telling
        ("Officials said at least 70 people have died in flooding that began on Thursday.", False),
        ("Officials said at least 70 people have been killed after the storm hit on Thursday.", False),
        # a toll of that day itself speaks for that day
        ("Officials said at least 70 people died on Thursday.", True),
    ],
    ids=["present-perfect", "present-perfect-passive", "a-day-s-toll"],
)
def test_a_toll_so_far_speaks_for_the_day_it_is_told_not_the_day_it_began(sentence: str, update: bool) -> None:
    thursday, sunday = date(2025, 9, 11), date(2025, 9, 14)
    arts = [article("x", published=sunday), article("y", published=sunday)]
    start = sentence.index("Thursday")
    began = replace(time_scope(thursday, thursday, text="Thursday", relation="point"), start=start, end=start + 8)
    told = claim("at least 70", event="died", article="x", sentence=sentence, offset=0, time=began)
    other = claim("at least 82", event="died", article="y")
    parts = _judge([told, other], arts)
    assert (len(parts) == 2) is update


def test_a_later_report_that_recalls_the_day_before_s_toll_does_not_make_it_a_rival() -> None:
    # Tuesday: "the toll rose to 48"; Wednesday: "the toll rose to 59", and a line recalling
    # Tuesday's "rises again, to 48": two days of one count, not 48 against 59 on Wednesday
    tuesday, wednesday = date(2025, 11, 4), date(2025, 11, 5)
    arts = [article("tue", published=tuesday), article("wed", published=wednesday)]
    claims = [claim("48", event="died", article="tue"), claim("59", event="died", article="wed"),
              claim("48", event="died", article="wed")]
    first, second = _judge(claims, arts)
    assert set(first.members) == {claims[0].id, claims[2].id} and first.verdict == "agree"
    assert second.members == (claims[1].id,) and second.related == {first.id: "updated"}


def test_another_outlet_s_lower_figure_is_its_own_day_s_figure_not_a_recap() -> None:
    # Tuesday: "88" and "at least 88"; Wednesday: "93" in one outlet and "more than 88" in
    # another. The lower figure, which Tuesday's "88" excludes, is that outlet's figure for
    # Wednesday, at odds with 93 there, and both lie above Tuesday's: Tuesday holds, Wednesday
    # conflicts, and Wednesday updates Tuesday.
    tuesday, wednesday = date(2025, 11, 4), date(2025, 11, 5)
    arts = [article("t1", published=tuesday), article("t2", published=tuesday),
            article("w1", published=wednesday), article("w2", published=wednesday)]
    claims = [claim("88", event="died", article="t1"), claim("at least 88", event="died", article="t2"),
              claim("93", event="died", article="w1"), claim("more than 88", event="died", article="w2")]
    first, second = _judge(claims, arts)
    assert set(first.members) == {claims[0].id, claims[1].id} and first.verdict != "conflict"
    assert set(second.members) == {claims[2].id, claims[3].id} and second.verdict == "conflict"
    assert second.related == {first.id: "updated"}


@pytest.mark.parametrize(
    ("later", "split"),
    [
        (["93", "more than 88"], True),  # "more than" Tuesday's figure lies above it
        (["93", "88"], True),  # another outlet gives Tuesday's figure again: a recap of it
        (["93", "87"], False),  # a figure no day gave, below the day's: a rival
    ],
    ids=["more-than", "recap", "lower"],
)
def test_a_later_day_rises_when_each_figure_lies_above_the_day_before(later: list[str], split: bool) -> None:
    tuesday, wednesday = date(2025, 11, 4), date(2025, 11, 5)
    arts = [article("t", published=tuesday), *(article(f"w{k}", published=wednesday) for k in range(len(later)))]
    claims = [claim("88", event="died", article="t"),
              *(claim(f, event="died", article=f"w{k}") for k, f in enumerate(later))]
    assert (len(_judge(claims, arts)) == 2) is split
