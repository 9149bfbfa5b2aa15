import itertools
import json
import random
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from factories import article, calibrated, claim, time_scope

from crosscheck.align import align_claims, event_classes
from crosscheck.ingest import load
from crosscheck.model import Attribution, Claim, HedgeClass, Quantity, TimeScope
from crosscheck.settings import DEFAULT
from crosscheck.text import segment, sentence_at

CORPUS = Path(__file__).parent.parent / "corpus" / "afghan-returns-2025"
APRIL = time_scope(date(2025, 3, 31), date(2025, 4, 19), text="since the end of March", relation="since")
WEEK = time_scope(date(2025, 4, 1), date(2025, 4, 7), text="in the first week of April")
SINCE_2023 = time_scope(date(2023, 9, 1), date(2025, 4, 21), text="since September 2023", relation="since")
ARTICLES = [article(x) for x in "abcde"]


def _same_cluster(claims: list[Claim], settings=DEFAULT) -> bool:  # type: ignore[no-untyped-def]
    groups = align_claims(claims, ARTICLES, settings).groups
    return any(set(c.id for c in claims) <= set(g) for g in groups)


@pytest.mark.parametrize(
    "a, b, merged",
    [
        (claim("more than 80,000", counted="Afghan nationals", event="expelled", place="Pakistan", time=APRIL, article="a"),
         claim("nearly 85,000", counted="Afghans", event="returned", place="Pakistan", time=APRIL, article="b"),
         True),
        (claim("20,073", counted="Afghans", event="returned", place="Pakistan", time=WEEK, article="a"),
         claim("more than 80,000", counted="Afghans", event="returned", place="Pakistan", time=APRIL, article="b"),
         False),
        (claim("around 800,000", counted="undocumented Afghans", event="expelled", place="Pakistan", time=SINCE_2023, article="a"),
         claim("over 485,000", counted="Afghan nationals", event="returned to Afghanistan", place="Pakistan", time=SINCE_2023, article="b"),
         True),
        (claim("1,644", counted="people", event="killed", place="Myanmar", article="a"),
         claim("1,700", counted="people", event="injured", place="Myanmar", article="b"),
         False),
        (claim("40", counted="people", event="killed", place="Gaza", article="a", kind="percent", unit="%"),
         claim("40", counted="people", event="killed", place="Gaza", article="b"),
         False),
        (claim("more than 80,000", counted="Afghans", event="expelled", place="Pakistan", article="a"),
         claim("more than 485,000", counted="Afghans", event="expelled", place="Pakistan", article="b"),
         False),
        (claim("an average of 4,000", counted="Afghans", event="crossed the border", place="Torkham", article="a"),
         claim("4,100", counted="Afghans", event="crossed the border", place="Torkham", article="b"),
         False),
        (claim("at least 162", counted="people", event="died", place="Thailand", article="a"),
         claim("at least 170", counted="people", event="died", place="Sri Lanka", article="b"),
         False),
        (claim("at least 162", counted="people", event="died", place="Thailand", article="a"),
         claim("170", counted="people", event="died", place="southern Thailand", article="b"),
         True),
        (claim("402", counted="people", event="still missing", place="Indonesia", article="a"),
         claim("442", counted="people", event="died", place="Indonesia", article="b"),
         False),
        (claim("more than 80,000", counted="Afghans", event="expelled", place="Pakistan", article="a",
               sentence="Pakistan has expelled more than 80,000 Afghans from Pakistan."),
         claim("nearly 85,000", counted="Afghans", event="crossed", place="Afghanistan", article="b",
               sentence="Since April nearly 85,000 Afghans crossed into Afghanistan."),
         True),
    ],
    ids=["same-scope-merged", "week-vs-running-count", "cumulative-800k-vs-485k", "killed-vs-injured",
         "different-kinds", "ten-times-apart-no-time", "average-vs-count", "died-in-two-countries",
         "a-region-inside-the-country", "missing-vs-dead", "from-one-country-into-another"],
)
def test_pairs(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def test_two_figures_in_one_sentence_are_never_merged_even_through_a_third() -> None:
    sentence = "Officials said 1,200 Afghans returned on Monday and 1,250 Afghans returned on Tuesday."
    first = claim("1,200", counted="Afghans", event="returned", sentence=sentence, offset=0, article="a")
    second = claim("1,250", counted="Afghans", event="returned", sentence=sentence, offset=0, article="a")
    third = claim("1,220", counted="Afghans", event="returned", article="b")
    groups = align_claims([first, second, third], ARTICLES, DEFAULT).groups
    assert not any({first.id, second.id} <= set(g) for g in groups)


def test_links_record_features_scorer_and_decision() -> None:
    a = claim("more than 80,000", counted="Afghan nationals", event="expelled", place="Pakistan", source="UNHCR", article="a")
    b = claim("nearly 85,000", counted="Afghans", event="returned", place="Pakistan", source="UNHCR", article="b")
    (link,) = align_claims([a, b], ARTICLES, DEFAULT).links
    assert {link.a, link.b} == {a.id, b.id}
    assert link.decision == "merged" and link.score >= DEFAULT.merge_threshold
    assert {"counted", "event", "place", "context", "value", "attribution"} <= set(link.features)
    assert link.features["attribution"] == 1.0


def test_a_shared_named_source_raises_the_score_and_different_sources_are_neutral() -> None:
    def score(source_a: str | None, source_b: str | None) -> float:
        a = claim("12,000", counted="homes", event="destroyed", place="Derna", source=source_a, article="a")
        b = claim("14,000", counted="houses", event="destroyed", place="eastern Libya", source=source_b, article="b")
        return max((link.score for link in align_claims([a, b], ARTICLES, DEFAULT).links), default=0.0)

    assert score("the Red Crescent", "Red Crescent") > score(None, None)
    assert score("the Red Crescent", "the mayor") == score(None, None)


def test_possible_links_between_thresholds_are_recorded_not_merged() -> None:
    a = claim("1,644", counted="people", event="killed", place="Myanmar", article="a")
    b = claim("1,700", counted="people", event="injured", place="Myanmar", article="b")
    result = align_claims([a, b], ARTICLES, DEFAULT)
    (link,) = result.links
    assert link.decision == "possible"
    assert DEFAULT.possible_threshold <= link.score < DEFAULT.merge_threshold
    assert sorted(map(len, result.groups)) == [1, 1]
    stricter = align_claims([a, b], ARTICLES, DEFAULT.but(possible_threshold=0.99)).links
    assert stricter == ()


def test_shuffled_input_gives_the_same_clusters() -> None:
    claims = _gold_claims()
    expected = set(align_claims(claims, _corpus_articles(), DEFAULT).groups)
    for seed in range(3):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        result = align_claims(shuffled, _corpus_articles(), DEFAULT)
        assert set(result.groups) == expected
        assert len(expected) < len(claims)  # something was merged, so the order could matter


# --------------------------------------------------------------------------- the sample answer key

_HEDGE_CLASS: dict[str | None, HedgeClass] = {
    None: "exact", "more than": "more", "nearly": "less", "around": "approx", "up to": "upto",
    "average": "average", "vague": "vague",
}

#: The answer key's time strings resolved by hand against each article's date (the time
#: extractor's job); strings that name when something was announced, not the span a figure
#: covers ("in April", "at the start of March"), are left unresolved.
_RESOLVED = {
    "on Sunday": (date(2025, 4, 6), date(2025, 4, 6)),
    "since the end of March": (date(2025, 3, 31), None),
    "so far in April": (date(2025, 4, 1), None),
    "since the start of April": (date(2025, 4, 1), None),
    "between April 1 and 7": (date(2025, 4, 1), date(2025, 4, 7)),
    "in the first week of April": (date(2025, 4, 1), date(2025, 4, 7)),
    "since September 2023": (date(2023, 9, 1), None),
    "first phase, since 2023": (date(2023, 9, 1), None),
    "on Sunday and Monday": (date(2025, 4, 6), date(2025, 4, 7)),
    "March": (date(2025, 3, 1), date(2025, 3, 31)),
    "In September 2023": (date(2023, 9, 1), date(2023, 9, 30)),
    "in 2023, in the space of a few weeks": (date(2023, 1, 1), date(2023, 12, 31)),
}


def _corpus_articles():  # type: ignore[no-untyped-def]
    return list(load([CORPUS]).articles)


def _gold() -> dict:  # type: ignore[type-arg]
    return json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))


def _gold_claims() -> list[Claim]:
    by_file = {a.file: a for a in _corpus_articles()}
    claims = []
    for g in _gold()["claims"]:
        if g["optional"]:
            continue
        art = by_file[g["file"]]
        sentence = sentence_at(segment(art), g["start"])
        assert sentence is not None
        cls = _HEDGE_CLASS[g["hedge"]]
        low, high = (g["low"], g["high"]) if g["value"] is None else calibrated(g["value"], cls)
        time = None
        if g["time"] in _RESOLVED:
            start, end = _RESOLVED[g["time"]]
            time = TimeScope(text=g["time"], date_from=start, date_to=end or art.published, resolved=True)
        claims.append(
            Claim(
                id=g["id"], article=art.id, start=g["start"], end=g["end"], text=g["quote"],
                sentence=sentence.text, sentence_start=sentence.start,
                quantity=Quantity(start=g["start"], end=g["end"], text=g["quote"], value=g["value"],
                                  low=low, high=high, hedge=g["hedge"], hedge_class=cls, kind=g["kind"]),
                counted=g["counted"], event=g["event"], place=g["place"], time=time,
                attribution=Attribution(source=g["attribution"]) if g["attribution"] else None,
            )
        )
    return claims


def _pairwise_f1(groups: tuple[tuple[str, ...], ...]) -> float:
    gold_cluster = {g["id"]: g["cluster"] for g in _gold()["claims"]}
    ours = {m: i for i, g in enumerate(groups) for m in g}
    both = gold_pairs = our_pairs = 0
    for a, b in itertools.combinations(sorted(ours), 2):
        same_gold, same_ours = gold_cluster[a] == gold_cluster[b], ours[a] == ours[b]
        gold_pairs += same_gold
        our_pairs += same_ours
        both += same_gold and same_ours
    precision, recall = both / max(1, our_pairs), both / max(1, gold_pairs)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


#: Ratchet: the pairwise F1 the mechanism reaches on the answer key's own frames today.
GOLD_F1_FLOOR = 0.78


def test_gold_frames_cluster_at_least_as_well_as_before() -> None:
    groups = align_claims(_gold_claims(), _corpus_articles(), DEFAULT).groups
    assert _pairwise_f1(groups) >= GOLD_F1_FLOOR


@pytest.mark.xfail(strict=True, reason="known misses: the 800,000 card cancellations and the "
                   "cumulative returns share every word; the vague 'residence permits' stays apart")
def test_gold_frames_reach_the_issue_goal() -> None:
    groups = align_claims(_gold_claims(), _corpus_articles(), DEFAULT).groups
    assert _pairwise_f1(groups) >= 0.9


SEPT_2023 = time_scope(date(2023, 9, 1), date(2023, 9, 30), text="In September 2023")
YEAR_2023 = time_scope(date(2023, 1, 1), date(2023, 12, 31), text="in 2023")


def test_a_running_total_and_one_episode_stay_apart() -> None:
    running = claim("around 800,000", counted="undocumented Afghans", event="expelled", article="a",
                    sentence="The programme has already expelled around 800,000 undocumented Afghans.")
    episode = claim("hundreds of thousands", counted="undocumented Afghans", event="poured across the border",
                    time=SEPT_2023, article="b")
    assert not _same_cluster([running, episode])


def test_a_year_that_only_places_an_episode_does_not_part_it_from_a_month_inside() -> None:
    month = claim("hundreds of thousands", counted="undocumented Afghans", event="poured across the border",
                  time=SEPT_2023, article="a")
    year = claim("hundreds of thousands", counted="undocumented Afghans", event="forced across the border",
                 time=YEAR_2023, article="b")
    assert _same_cluster([month, year])


def test_a_target_is_not_a_tally() -> None:
    articles = [article("a", published=date(2025, 4, 19)), article("b", published=date(2025, 4, 19))]
    deadline = TimeScope(text="by the end of April", relation="until", date_to=date(2025, 4, 30), resolved=True)
    goal = claim("over 800,000", counted="Afghans", event="evict", time=deadline, article="a")
    done = claim("around 800,000", counted="Afghans", event="expelled", article="b")
    groups = align_claims([goal, done], articles, DEFAULT).groups
    assert not any({goal.id, done.id} <= set(g) for g in groups)


def test_a_vague_amount_is_weaker_evidence_than_a_figure() -> None:
    from crosscheck.align import _prepare, link_features, link_score

    def score(x: Claim, y: Claim) -> float:
        return link_score(link_features(_prepare(x, None), _prepare(y, None)))

    precise = claim("80,000", counted="Afghans", event="expelled", article="a")
    vague = claim("tens of thousands", counted="Afghans", event="expelled", article="b")
    close = claim("82,000", counted="Afghans", event="expelled", article="b")
    assert score(precise, vague) < score(precise, close)


def test_a_projection_links_more_weakly_than_a_count() -> None:
    from crosscheck.align import PROJECTION_AND_FACT, _prepare, link_features, link_score

    def score(x: Claim, y: Claim) -> float:
        return link_score(link_features(_prepare(x, None), _prepare(y, None)))

    forecast = claim("1.6 million", counted="migrants", event="hold permits", article="a",
                     sentence="The new rules could leave 1.6 million migrants who hold permits.")
    count = claim("1.6 million", counted="migrants", event="hold permits", article="b",
                  sentence="The new rules now leave 1.6 million migrants who hold permits.")
    fact = claim("1.6 million", counted="migrants", event="hold permits", article="c",
                 sentence="The new rules did leave 1.6 million migrants who hold permits.")
    assert score(forecast, count) == pytest.approx(score(fact, count) * PROJECTION_AND_FACT)


def test_the_holder_pattern_spelled_for_speed_matches_its_plain_spelling() -> None:
    """_HOLDER_BEFORE's word runs are possessive (never given back, since what follows each is
    never one of its letters): it finds what the plain spelling finds, in any stretch."""
    import re

    from crosscheck.align import _HOLDER_BEFORE

    fast = _HOLDER_BEFORE
    slow = re.compile(fast.pattern.replace("*+", "*").replace("++", "+"))
    assert slow.pattern != fast.pattern
    pieces = ["Civic", "Union", "The", "Hale", "A-B", "R&D", "x", "the", "victor", "seats", "of", "as the victor with",
              "an", "a", "won", "has", "who also", "narrowly won", "securing", "is set to become president, securing",
              "was", "had", "with a", "'s", "’s", "s", ",", ".", "9", "é", "_", "Xlyly", "only", "lost"]
    gaps = [" ", " ", " ", "", "  ", ", ", "\n"]
    rng = random.Random(43)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 10)))
        lo = rng.randint(0, len(text) // 2)
        hi = len(text) if rng.random() < 0.5 else rng.randint(lo, len(text))  # the pattern ends at the stretch's end
        found, plain = fast.search(text, lo, hi), slow.search(text, lo, hi)
        assert (found and (found.span(), found.group("name"))) == (plain and (plain.span(), plain.group("name"))), text


@pytest.mark.parametrize(
    ("sentence", "figure", "holder"),
    [
        ("The ruling party leads with 61.6% of the vote.", "61.6%", "the ruling party"),
        ("Returns put the Lantern League ahead, with 63% of the vote to the opposition's 13%.", "13%",
         "the opposition"),
        # a verb that hands the figure to the name before it
        ("The first results give the Lantern League 59.48 percent of the list vote.", "59.48 percent",
         "Lantern League"),
        # ... the party, not its leader who owns it
        ("Early returns gave Mr. Tam Vell's Harbour Union more than 61 percent of the vote.", "61 percent",
         "Harbour Union"),
        # a figure handed to no one
        ("The first results give a turnout of 59 percent.", "59 percent", None),
        # a share a count puts a name at, the name in quotes or not; not the measure so put
        ('With most ballots counted, "Harbour Union" was put at 26 percent of the vote.', "26 percent",
         "Harbour Union"),
        ("Turnout was put at 61%.", "61%", None),
        # a bloc named by its place in the race, its members in brackets
        ("The centre-left coalition (Harbour Party, Green Alliance) came in second place with 25.99% of the vote.",
         "25.99%", "the centre-left coalition"),
        # a list of results: a name, a dash, its share
        ("The ruling party leads with 61.6%; the Harbour Party – 7.9%; the Lantern League – 6.7%.", "7.9%",
         "Harbour Party"),
        # ... which a dateline's dash is not
        ("HARBOUR CITY (AP) — 12% of the homes were lost.", "12%", None),
        # a bloc named in four words, its place in the race after it
        ("The main Lantern Opposition bloc was a distant second with 14%, it said.", "14%",
         "the main lantern opposition bloc"),
        # an amount a name takes in, or reaches (the verb is the figure's hedge)
        ("Kestrel Foods generated $4.1 billion in the quarter.", "$4.1 billion", "Kestrel Foods"),
        ("This year, Arden surpassed $75 billion in revenue.", "$75 billion", "Arden"),
        ("Harrow Cloud alone contributed $46.7 billion in revenue.", "$46.7 billion", "Harrow Cloud"),
        # a named part of a firm, past its head noun and an aside (whose last name is not the holder)
        ("The Home and Garden segment, home to Kale and Lune, posted $33.1 billion in revenue.", "$33.1 billion",
         "Home and Garden"),
        ("The Harbour Retail division—covering two chains—generated $13.5 billion.", "$13.5 billion", "Harbour Retail"),
        # a name that tells an amount does not own it
        ("Arden reported $76 billion in revenue.", "$76 billion", None),
        # a rate of change is its name's, as an amount is
        ("Kestrel Foods grew 39% in the quarter.", "39%", "Kestrel Foods"),
        ("Kestrel Foods alone saw 39% revenue growth during the quarter.", "39%", "Kestrel Foods"),
        ("Revenue in the Harbour Retail unit rose 26%.", "26%", "Harbour Retail"),
        ("Sales were strong - Kestrel Foods experienced a 39% year-over-year revenue increase.", "39%",
         "Kestrel Foods"),
        ("The Home and Garden division led the gains, with revenue climbing 26 percent.", "26 percent",
         "Home and Garden"),
        # ... and after an amount, the amount's holder's
        ("The Home and Garden segment, which includes Lune, brought in $29.9 billion, up 26% on the year.", "26%",
         "Home and Garden"),
        # the measure that grew is no holder, nor is a name that tells the figure
        ("The Harbour Retail segment brought in $29.9 billion in the quarter, representing 26% growth.", "26% growth",
         "Harbour Retail"),
        ("Kestrel Foods generated $4.1 billion, a 12% rise.", "12% rise", "Kestrel Foods"),
        # ... not a share of a whole told after it
        ("Kestrel Foods generated $4.1 billion, 12% of the total.", "12% of the total", None),
        ("Revenue grew 18% in the quarter.", "18%", None),
        ("The unit saw a 5% rise.", "5%", None),
        ("Kestrel Foods reported a 12% rise in sales.", "12%", None),
    ],
)
def test_whose_figure_it_is(sentence: str, figure: str, holder: str | None) -> None:
    from crosscheck.align import _holder
    from crosscheck.extract.claims import extract_claims

    art = article("a", text=sentence)
    [found] = [c for c in extract_claims(art, segment(art)) if figure in sentence[c.start : c.end]]
    assert _holder(found) == holder


def test_the_change_pre_test_never_hides_a_match() -> None:
    """_is_change asks its pattern only of a window ending in "by" (blanks after it, any
    case): wherever the pattern matches, the window so ends."""
    import re

    from crosscheck.align import _CHANGE_BEFORE

    # the pattern's IGNORECASE meets "b" and "y" in no letters but their two cases
    every_character = "".join(map(chr, range(0x110000)))
    assert set(re.findall("[by]", every_character, re.I)) == set("bByY")
    pieces = ["rose", "fell", "went", "up", "down", "by", "BY", "By", "more", "than", "nearly", "x", "about"]
    gaps = [" ", " ", "", "\n", " \t", ",", "."]
    rng = random.Random(47)
    for _ in range(20000):
        window = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 6)))
        if _CHANGE_BEFORE.search(window):
            assert window.rstrip()[-2:].casefold() == "by", window


@pytest.mark.parametrize(
    "event, classes",
    [
        ("still missing", {"missing"}),
        ("remain missing", {"missing"}),
        ("unaccounted for", {"missing"}),
        ("disappeared", {"missing"}),
        ("missile strike", set()),
        ("were killed", {"died"}),
        ("were evacuated", {"displaced"}),
        ("voted", {"voted"}),  # stemmed to "vot"
        ("cast ballots", {"voted"}),
        ("cast", {"voted"}),  # "3.1 million ballots were cast"
        ("forecast", set()),
        # a sum changes hands: paid by one side, sold or bought by the other
        ("sold", {"paid"}),
        ("purchased", {"paid"}),
        ("acquired", {"paid"}),
        ("soldier", set()),
        ("travelled", {"travelled"}),
        ("walked", {"travelled"}),
        ("fined", {"fined"}),  # stemmed to "fin"
        ("slapped", {"fined"}),  # "slapped Vantor with a fine"
        ("levied", {"fined"}),
        ("fine", {"fined"}),
        # a share or a count gained: "won 54%", "secured 54% of the vote", "garnered 35%"
        ("won", {"gained"}),
        ("secured", {"gained"}),
        ("garnered", {"gained"}),
        ("received", {"gained"}),
        ("gained", {"gained"}),  # "which gained some 8.7%"
        ("gaining", {"gained"}),
        ("gave", {"gained"}),  # "results gave the party 61%"
        ("give", {"gained"}),
        ("security", set()),
        ("winds", set()),
        ("window", set()),
        ("finished", set()),
        ("finance", set()),
        # a level taken down or up: "cut its rate to 5%" and "lowered rates to 5%" are one move
        ("lowered", {"lowered"}),
        ("cut", {"cut", "lowered"}),
        ("reduced", {"lowered"}),
        ("trimmed", {"lowered"}),
        ("dropped", {"lowered"}),  # "dropped its rate by 50 basis points"
        ("droplets", set()),
        ("hiked", {"raised"}),
        ("increased", {"raised"}),
        # a crowd: "marched", "demonstrated", "took part", "took to the streets", "rallied"
        ("marched", {"protested"}),
        ("demonstrated", {"protested"}),
        ("took part", {"protested"}),
        ("took to the streets", {"protested"}),
        ("rallied", {"protested"}),
        ("participated in protests", {"protested"}),
        ("party", set()),
        # a jobs report's hiring
        ("created", {"hired"}),
        ("hired", {"hired"}),
        ("addressed", set()),
    ],
)
def test_event_classes_put_news_verbs_for_one_happening_together(event: str, classes: set[str]) -> None:
    assert event_classes(event) == classes


def test_every_event_root_meets_its_own_word() -> None:
    """A root that its own word's stem does not begin with ("vote", stemmed "vot") is dead."""
    from crosscheck.align import EVENT_CLASSES

    dead = [(name, root) for name, roots in EVENT_CLASSES.items() for root in roots
            if not root.startswith("=") and name not in event_classes(root)]
    assert dead == []


@pytest.mark.parametrize(
    ("scope", "merged"),
    [
        # a march that "drew 500,000 in 2006" is not this week's undated "half a million"
        (time_scope(date(2006, 1, 1), date(2006, 12, 31), text="in 2006"), False),
        # a date within the year of the other article says nothing against it
        (time_scope(date(2017, 1, 21), text="on Saturday"), True),
    ],
    ids=["years-before", "same-week"],
)
def test_a_figure_dated_long_before_is_not_an_undated_figure_of_today(scope: TimeScope, merged: bool) -> None:
    articles = [article("a", published=date(2017, 1, 22)), article("b", published=date(2017, 1, 22))]
    dated = claim("500,000", counted="people", time=scope, article="a",
                  sentence="Police said the crowd was larger than a march which drew 500,000 people.")
    undated = claim("about 500,000", counted="people", event="showed up", article="b",
                    sentence="Officials said about 500,000 people showed up on the main square.")
    groups = align_claims([dated, undated], articles, DEFAULT).groups
    assert any({dated.id, undated.id} <= set(g) for g in groups) is merged


@pytest.mark.parametrize(
    ("scope", "published", "merged"),
    [
        # last year's figure, told in a June article, is an earlier value, not this year's
        (time_scope(date(2030, 1, 1), date(2030, 12, 31), text="Last year"), date(2031, 6, 19), False),
        # ... but in early January last year's figure is the news of the day
        (time_scope(date(2030, 1, 1), date(2030, 12, 31), text="last year"), date(2031, 1, 12), True),
        # a month just closed is what a report of early the next month gives
        (time_scope(date(2031, 5, 1), date(2031, 5, 31), text="in May"), date(2031, 6, 7), True),
    ],
    ids=["last-year-in-june", "last-year-in-january", "last-month"],
)
def test_a_figure_of_a_period_closed_months_before_is_not_an_undated_figure_of_today(
    scope: TimeScope, published: date, merged: bool
) -> None:
    articles = [article("a", published=published), article("b", published=published)]
    dated = claim("more than 2,000", counted="runners", event="treated", time=scope, article="a",
                  sentence=f"{scope.text}, more than 2,000 runners were treated for heat exhaustion during the race.")
    undated = claim("over 2,000", counted="runners", event="treated", article="b",
                    sentence="Medics reported treating over 2,000 runners suffering from the heat.")
    groups = align_claims([dated, undated], articles, DEFAULT).groups
    assert any({dated.id, undated.id} <= set(g) for g in groups) is merged


@pytest.mark.parametrize(
    ("other", "merged"),
    [
        # a people named in what is counted and another in the place: two holders' figures
        (claim("13", counted="pilgrims", event="died", place="Ostrian Highlands", article="b",
               sentence="Officials in the Ostrian Highlands blamed the heat for the deaths of 13 pilgrims."), False),
        # two peoples named in what is counted
        (claim("13", counted="Ostrian pilgrims", event="died", article="b",
               sentence="At least 13 Ostrian pilgrims died of heat stroke."), False),
        # one people, as a noun and as an adjective
        (claim("14", counted="Norlandians", event="died", article="b", sentence="Among the dead were 14 Norlandians, officials said."),
         True),
        # a city whose name ends as an adjective would is no people
        (claim("14", counted="pilgrims", event="died", place="Delhi", article="b",
               sentence="Officials said 14 pilgrims died in Delhi."), True),
    ],
    ids=["people-and-place-of-another", "two-peoples", "one-people", "city-is-no-people"],
)
def test_figures_of_two_peoples_are_two_quantities(other: Claim, merged: bool) -> None:
    norlandians = claim("14", counted="Norlandian pilgrims", event="died", article="a",
                        sentence="The ministry said 14 Norlandian pilgrims died of heat stroke.")
    assert _same_cluster([norlandians, other]) is merged


@pytest.mark.parametrize(
    ("sentence", "merged"),
    [
        # a bound said to hold each day is a rate, not the reading of one day inside it
        ("The square drew more than 40,000 fans each day of the festival.", False),
        ("The square drew more than 40,000 fans a day.", False),
        # "a day after" is a time, not a rate
        ("The square drew more than 40,000 fans a day after the final.", True),
    ],
    ids=["each-day", "a-day", "a-day-after"],
)
def test_a_figure_for_each_day_is_not_one_days_figure(sentence: str, merged: bool) -> None:
    each_day = claim("more than 40,000", counted="fans", event="drew", article="a", sentence=sentence)
    monday = claim("51,800", counted="fans", event="drew", article="b",
                   time=time_scope(date(2031, 6, 16), text="on Monday", relation="point"),
                   sentence="The square drew 51,800 fans on Monday.")
    assert _same_cluster([each_day, monday]) is merged


def test_one_articles_figures_for_two_places_never_meet_even_through_a_vague_amount() -> None:
    sri_lanka = claim("218", event="missing", place="Sri Lanka", article="a",
                      sentence="In Sri Lanka, 218 people are still missing.")
    sumatra = claim("226", event="missing", place="Sumatra", article="a",
                    sentence="Officials said 226 people remain missing across the island of Sumatra.")
    hundreds = claim("hundreds", counted=None, event="missing", article="b", sentence="hundreds are missing.")
    groups = align_claims([sri_lanka, sumatra, hundreds], ARTICLES, DEFAULT).groups
    assert not any({sri_lanka.id, sumatra.id} <= set(g) for g in groups)


def _share(figure: str, counted: str | None, event: str, article: str, sentence: str | None = None,
           source: str | None = None) -> Claim:
    return claim(figure, counted=counted, event=event, kind="percent", unit="%", article=article,
                 sentence=sentence, source=source)


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # a share that says only that something grew: two articles' "increase" figures are not one
        (_share("14", "increase", "grew", "a", "Operating income posted a 14 increase in the period."),
         _share("16", "increase", "rose", "b", "Revenue posted a 16 increase over a year earlier."),
         False),
        # two parties' shares of a vote, nothing counted, in two reports of one election
        (_share("54.6", None, "won", "a", "The incumbent won 54.6 in the presidential race, the council said."),
         _share("42", None, "won", "b", "State media said the ruling party had won 42 in the assembly vote."),
         False),
        # the same share in near-identical wire copy still meets
        (_share("54.6", None, "won", "a", "The incumbent won 54.6 with most ballots counted, the council said."),
         _share("54.6", None, "won", "b", "The incumbent won 54.6 with most ballots counted, the council said on Monday."),
         True),
        # a share that names what it measures needs no more
        (_share("87", "turnout", "stood", "a"), _share("87", "turnout", "was", "b"), True),
        # a state alone counts people: "1,891 injured" and "1,891 people injured"
        (claim("1,891", counted="injured", event="injured", article="a"),
         claim("1,891", counted="people", event="injured", article="b"),
         True),
        # a bare share whose sentence names what the other share measures, at the same figure
        (_share("about 12", None, "cut", "a",
                "The airline will cut 900 jobs, or about 12 of its workforce, the company said."),
         _share("12", "workforce", "cutting", "b", "The carrier is cutting a 12 workforce share."),
         True),
        (claim("1.04 billion", counted=None, article="a", kind="money", unit="USD",
               sentence="Regulators fine the carmaker 1.04 billion over emissions tests."),
         claim("1 billion", counted="fine", event="levied", article="b", kind="money", unit="USD",
               sentence="The carmaker was handed a record 1 billion fine on Monday."),
         True),
        # ... but not at another figure: a company's revenue is not its cloud revenue
        (claim("38.9 billion", counted=None, article="a", kind="money", unit="USD",
               sentence="Cloud revenue increased 22% to 38.9 billion."),
         claim("65.6 billion", counted="revenue", event="reported", article="b", kind="money", unit="USD",
               sentence="The group reported 65.6 billion revenue for the quarter."),
         False),
        # ... nor when the sentence does not name it
        (claim("1.04 billion", counted=None, article="a", kind="money", unit="USD",
               sentence="The carmaker must pay 1.04 billion within ninety days."),
         claim("1 billion", counted="fine", event="levied", article="b", kind="money", unit="USD",
               sentence="The carmaker was handed a record 1 billion fine on Monday."),
         False),
    ],
    ids=["two-increases", "two-parties-shares", "wire-copy-share", "named-share", "state-alone",
         "bare-share-of-its-workforce", "bare-amount-fined", "bare-amount-other-figure", "bare-amount-named-nowhere"],
)
def test_shares_and_amounts_need_to_say_what_they_measure(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def test_one_article_giving_two_shares_by_one_source_keeps_them_apart() -> None:
    a = _share("11", None, "had", "a", "State media said its ally had 11 of the vote.", source="state media")
    b = _share("10", None, "had", "a", "The new nationalist party had 10 of the vote, according to state media.",
               source="state media")
    assert not _same_cluster([a, b])


def test_a_change_is_not_the_level_it_changes() -> None:
    level = claim("over 300", counted="missing", event="missing", article="a")
    change = claim("more than 300", counted="missing", event="missing", article="b",
                   sentence="The list of the missing dropped by more than 300 missing on Sunday.")
    assert not _same_cluster([level, change])
    again = claim("more than 300", counted="missing", event="missing", article="c",
                  sentence="Officials said the list fell by more than 300 missing overnight.")
    assert _same_cluster([change, again])


def test_cutting_jobs_and_shedding_them_are_one_event() -> None:
    a = claim("1,200", counted="jobs", event="cutting", article="a")
    b = claim("about 1,200", counted="jobs", event="shed", article="b")
    assert _same_cluster([a, b])


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # two kinds of one thing: each phrase has a word the other lacks
        (claim("24.7", counted="net income", event="rose", article="a",
               sentence="The results showed 24.7 net income for the quarter, the group said."),
         claim("24.1", counted="operating income", event="rose", article="b",
               sentence="Filings put 24.1 operating income ahead of forecasts."),
         False),
        # one side's extra word only narrows the other: still one figure
        (claim("more than 80,000", counted="Afghans", event="returned", article="a"),
         claim("nearly 85,000", counted="undocumented Afghans", event="returned", article="b"),
         True),
    ],
    ids=["net-vs-operating", "narrowed"],
)
def test_what_is_counted_clashes_only_when_both_sides_add_a_word(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "a, b, merged",
    [
        (claim("about 15", counted="miles", event="spread", kind="measure", unit="mile", article="a"),
         claim("about 24", counted="km", event="spread", kind="measure", unit="km", article="b"),
         True),
        (claim("more than 12,000", counted="acres", event="burned", kind="measure", unit="acre", article="a"),
         claim("more than 4,860", counted="hectares", event="burned", kind="measure", unit="ha", article="b"),
         True),
        (claim("12,000", counted="acres", event="burned", kind="measure", unit="acre", article="a"),
         claim("12,000", counted="km", event="burned", kind="measure", unit="km", article="b"),
         False),
        (claim("15 million", counted="aid", event="pledged", kind="money", unit="USD", article="a"),
         claim("15 million", counted="aid", event="pledged", kind="money", unit="EUR", article="b"),
         False),
    ],
    ids=["miles-and-km", "acres-and-hectares", "an-area-is-not-a-length", "dollars-are-not-euros"],
)
def test_figures_in_other_units_of_one_dimension_are_compared(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def _sum(written: str, unit: str, article: str, counted: str = "surplus") -> Claim:
    """A sum of 6.3 billion as ``written`` ("$6.3 billion", "A$6.3 billion"), in ``unit``."""
    c = claim("6.3 billion", counted=counted, event="forecast", kind="money", unit=unit, article=article)
    return replace(c, quantity=replace(c.quantity, text=written))


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # a bare "$" is the dollar of the outlet's country: it may be the one another names
        (_sum("$6.3 billion", "USD", "a"), _sum("6.3 billion Canadian dollars", "CAD", "b"), True),
        (_sum("$6.3 billion", "USD", "a"), _sum("NZ$6.3 billion", "NZD", "b"), True),
        # two dollars each named by their country are two currencies
        (_sum("US$6.3 billion", "USD", "a"), _sum("C$6.3 billion", "CAD", "b"), False),
        (_sum("A$6.3 billion", "AUD", "a"), _sum("C$6.3 billion", "CAD", "b"), False),
        # and a dollar is no euro
        (_sum("$6.3 billion", "USD", "a"), _sum("€6.3 billion", "EUR", "b"), False),
    ],
    ids=["bare-and-canadian", "bare-and-nz", "us-and-canadian", "australian-and-canadian", "dollar-and-euro"],
)
def test_a_bare_dollar_sign_may_be_any_dollar(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # a small toll is told with an absolute slack: five dead and later fifteen are one toll
        (claim("5", counted="people", event="killed", article="a",
               sentence="In all 5 people were killed when the ferry capsized."),
         claim("at least 15", counted="people", event="killed", article="b",
               sentence="The capsizing killed at least 15 people, police said."),
         True),
        (claim("32", counted="children", event="died", article="a",
               sentence="At least 32 children died in the crush, the ministry said."),
         claim("17", counted="children", event="died", article="b",
               sentence="Officials said 17 children died in the crush."),
         True),
        # the same ratio between large counts still parts them
        (claim("5,000", counted="people", event="killed", article="a",
               sentence="About 5,000 people were killed in the fighting."),
         claim("15,000", counted="people", event="killed", article="b",
               sentence="The fighting killed 15,000 people, aid groups said."),
         False),
        # "323 others" injured counts the people "323 people" injured counts
        (claim("323", counted="others", event="injured", article="a",
               sentence="The crush killed 125 people and left 323 others injured."),
         claim("323", counted="people", event="injured", article="b",
               sentence="Police said 323 people were injured."),
         True),
    ],
    ids=["five-vs-fifteen-dead", "children-17-vs-32", "thousands-three-times-apart", "others-are-people"],
)
def test_small_tolls_and_pronoun_heads(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # one count of a firm's people, whatever word each outlet uses for them
        (claim("1,200", counted="jobs", event="cut", article="a", sentence="The carmaker cut 1,200 jobs on Monday."),
         claim("1,200", counted="employees", event="laid off", article="b",
               sentence="The carmaker has laid off 1,200 employees, a union said."),
         True),
        (claim("1,200", counted="workers", article="a", event="laid off", sentence="The group laid off 1,200 workers last week."),
         claim("1,200", counted="staff", article="b", event="cut", sentence="It cut 1,200 staff, the union said."),
         True),
        # a train's cars, whatever word each outlet uses for them
        (claim("3", counted="bogies", event="derailed", article="a", sentence="In all 3 bogies derailed near the station."),
         claim("3", counted="carriages", event="derailed", article="b",
               sentence="The crash derailed 3 carriages, officials said."),
         True),
        # staff are not students
        (claim("1,200", counted="staff", event="left", article="a", sentence="Some 1,200 staff left the university."),
         claim("1,200", counted="students", event="left", article="b",
               sentence="The college said 1,200 students left last term."),
         False),
        # a firm's takings, in British or American English
        (_share("up to 5", "average daily worldwide turnover", "face", "a",
                "The firm could face fines of up to 5 average daily worldwide turnover share."),
         _share("up to 5", "average daily revenue", "face", "b",
                "It may face penalties of up to 5 average daily revenue share, the ruling said."),
         True),
    ],
    ids=["jobs-vs-employees", "workers-vs-staff", "bogies-vs-carriages", "staff-vs-students", "turnover-vs-revenue"],
)
def test_words_for_a_firms_staff_count_the_same_people(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # a share won with nothing said of what it is of is a share of the vote
        (_share("8.85", None, "won", "a", "Its partner won 8.85% in the count announced at dawn."),
         replace(_share("8.8", None, "received", "b", "The Lantern League received 8.8% of the vote, a poor night."),
                 counted="vote"),
         True),
        # ... and so is one a party leads the race with, or that results give it
        (_share("61.6", None, "", "a", "The ruling party leads with 61.6%, ahead of the rest."),
         replace(_share("59.2", None, "won", "b", "Officials said the party in power has won 59.2% of votes."),
                 counted="votes"),
         True),
        (_share("59.5", None, "", "a", "Early results give the Harbour Union 59.5% nationwide."),
         replace(_share("63", None, "", "b", "Partial results show the ruling party has 63% of the vote."),
                 counted="vote"),
         True),
        # a rise is no share won: "gained" tells both
        (_share("2", None, "gained", "a", "The main index gained 2% in early trading on Monday."),
         replace(_share("2", None, "won", "b", "The Lantern League won 2% of the vote, officials said."), counted="vote"),
         False),
        # ... nor is a change told after a share of the vote
        (replace(_share("5", None, "", "a", "Lopez won 54% of the vote, up 5% from the last election."), event=None),
         replace(_share("6", None, "won", "b", "The Lantern League won 6% of the vote, officials said."), counted="vote"),
         False),
        # a list of results, each name then a dash and its share
        (replace(_share("7.9", None, "", "a", "The ruling party leads with 61.6%; the Harbour Party – 7.9%; the Lantern League – 6.7%."),
                 event=None),
         replace(_share("8.4", None, "", "b", "Seats went to the Harbour Party - 8.4% of votes, and the Lantern League - 7.1%."),
                 counted="votes", event=None),
         True),
        (replace(_share("7.9", None, "", "a", "The ruling party leads with 61.6%; the Harbour Party – 7.9%; the Lantern League – 6.7%."),
                 event=None),
         replace(_share("7.4", None, "", "b", "Seats went to the Orchard Movement - 8.4% of votes, and the Lantern Party - 7.4%."),
                 counted="votes", event=None),
         False),
        # a bare share after a share of the vote in one sentence is another share of it, however far
        # from the figure it meets
        (replace(_share("13", None, "", "a", "Early results show 63% of the vote for the ruling party and 13% for its rivals."),
                 event=None),
         replace(_share("16.5", None, "polled", "b", "Its rivals polled 16.5% of the votes in all, officials said."),
                 counted="votes"),
         True),
        (replace(_share("14", None, "", "a", "The main Lantern Opposition bloc was a distant second with 14%, it said."),
                 event=None),
         replace(_share("14.9", None, "", "b", "The nine-party opposition bloc came second with 14.9% of the vote."),
                 counted="vote", event=None),
         True),
    ],
    ids=["won-bare-vs-of-the-vote", "leads-with-vs-won-of-votes", "results-give-vs-has-of-the-vote", "index-gained",
         "a-change-after-a-share", "listed-with-a-dash", "listed-with-a-dash-two-parties", "after-a-share-of-the-vote",
         "a-bloc-named-in-four-words"],
)
def test_a_share_won_is_a_share_of_the_vote(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def _rate(counted: str, event: str, article: str, sentence: str) -> Claim:
    """A bare "5%" in ``sentence`` measuring ``counted`` (the claim factory's text would be "5% counted")."""
    return replace(_share("5", None, event, article, sentence), counted=counted)


@pytest.mark.parametrize(
    "a, b, merged",
    [
        (_rate("benchmark interest rate", "cut", "a",
               "The central bank voted to cut its benchmark interest rate to 5% on Thursday."),
         _rate("interest rates", "lowered", "b", "The bank has lowered interest rates to 5%, from 5.25%."),
         True),
        (_rate("base rate", "cut", "a", "The bank cut the base rate to 5%, down from 5.25%."),
         _rate("cost of borrowing", "lowered", "b", "In a close vote the bank lowered the cost of borrowing to 5%."),
         True),
        # a rate of something else is not the policy rate
        (_rate("base rate", "cut", "a", "The bank cut the base rate to 5%, down from 5.25%."),
         _rate("unemployment rate", "rose", "b", "Separately, the unemployment rate rose to 5% in June."),
         False),
        # "dropped" takes a level down as "cut" does
        (_rate("benchmark interest rate", "cut", "a", "The central bank cut its benchmark interest rate to 5% on Friday."),
         _rate("key rate", "dropped", "b", "The bank dropped its key rate to 5%, the lowest in a decade."),
         True),
        # "the benchmark" alone, a level after its step, is the rate
        (_rate("key rate", "lowered", "a", "The bank lowered its key rate to 5% at an emergency meeting."),
         replace(_share("5", None, "", "b",
                        "It slashed its benchmark interest rate by a half point, dropping the benchmark to 5% on Friday."),
                 event=None),
         True),
    ],
    ids=["benchmark-rate-cut-vs-rates-lowered", "base-rate-vs-cost-of-borrowing", "base-rate-vs-unemployment",
         "rate-cut-vs-rate-dropped", "the-benchmark-alone"],
)
def test_a_central_banks_rate_is_one_measure_by_any_of_its_names(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def test_an_earlier_value_of_a_measure_is_not_the_current_one() -> None:
    now = claim("4.3 billion", counted="euro fine", event="fined", article="a", kind="money", unit="EUR",
                sentence="The regulator imposed a 4.3 billion euro fine on Wednesday.")
    before = claim("2.4 billion", counted="euro fine", article="b", kind="money", unit="EUR",
                   sentence="It nearly doubles the previous record of 2.4 billion euro fine set last year.")
    again = claim("4.3 billion", counted="euro fine", event="fined", article="b", kind="money", unit="EUR",
                  sentence="The firm got a 4.3 billion euro fine, a record.")
    assert not _same_cluster([now, before])
    assert _same_cluster([now, again])


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # whose figure it is: a possessor or the subject of a verb of winning or holding
        (claim("156", counted="seats", article="a", sentence="The Civic Union's 156 seats give it a majority."),
         claim("154", counted="seats", event="won", article="b", sentence="The Civic Union won 154 seats."),
         True),
        (claim("156", counted="seats", article="a", sentence="The Civic Union's 156 seats give it a majority."),
         claim("98", counted="seats", event="won", article="b", sentence="The Green Alliance won 98 seats."),
         False),
        # a source is no holder: outlets quote different agencies for one toll
        (claim("381", counted="people", event="killed", article="a", sentence="Xinhua reported 381 people killed."),
         claim("381", counted="people", event="killed", article="b", sentence="CCTV said 381 people were killed."),
         True),
        # the whole a part is out of is not a part
        (claim("300", counted="seats", event="won", article="a", sentence="The party won 154 of the 300 seats."),
         claim("296", counted="seats", event="won", article="b", sentence="The Civic Union won 296 seats."),
         False),
        # ... nor when what the part counts stands before "out of"
        (claim("300", counted="seats", article="a", sentence="The party took 154 deputy seats out of 300 seats."),
         claim("296", counted="seats", event="won", article="b", sentence="The Civic Union won 296 seats."),
         False),
        # ... but a whole is the size that another outlet tells of the body on its own
        (claim("200", counted="seats", article="a", sentence="The alliance also holds the upper house, with 115 seats out of 200 seats."),
         claim("200", counted="senators", article="b", sentence="The new chamber will have 400 deputies and 200 senators."),
         True),
        # ... nor is it when the part is a fraction in words and a possessor stands before the whole
        (claim("150", counted="seats", event="won", article="a",
               sentence="The party won two-thirds of the assembly's 150 seats."),
         claim("150", counted="seats", event="won", article="b", sentence="The Civic Union won 150 seats."),
         False),
        # the subject of the clause a participle hangs on holds its figure
        (replace(_share("53.7", None, "securing", "a",
                        "Maria Lopez is set to become the next president, securing 53.7% of the vote."), counted="vote"),
         replace(_share("36.2", None, "won", "b", "Rival Tom Hale, who won 36.2% of the vote, conceded."), counted="vote"),
         False),
        # a verb of gaining is one event however it is worded ...
        (replace(_share("54.3", None, "won", "a", "Maria Lopez won 54.3% of votes, the commission said."),
                 counted="votes"),
         replace(_share("over 54", None, "secured", "b", "Maria Lopez secured over 54% of the votes."),
                 counted="votes"),
         True),
        # ... "gained" among them, for two figures that agree
        (_share("8.85", None, "won", "a",
                "Its partners, the Lantern League and the Harbour Party, won 8.85% and 8.27% respectively."),
         _share("8.7", None, "gained", "b",
                "It ran with the Lantern League and the Harbour Party, which gained 8.7% and 8.1%."),
         True),
        # ... and one named holder says whose share a bare figure is
        (_share("35.8", None, "garnered", "a", "Rival Tom Hale garnered 35.8% in the first round."),
         replace(_share("35.8", None, "secured", "b", "Tom Hale secured 35.8% of the votes, officials said."),
                 counted="votes"),
         True),
        (_share("35.8", None, "garnered", "a", "Rival Tom Hale garnered 35.8% in the first round."),
         replace(_share("35.8", None, "secured", "b", "Ana Ruiz secured 35.8% of the votes, officials said."),
                 counted="votes"),
         False),
        # ... but with no holder named, gaining alone does not join two candidates' shares
        (replace(_share("about 40", None, "won", "a", "He said he had won about 40% of the vote."), counted="vote"),
         replace(_share("nearly 59", None, "securing", "b",
                        "The governor beat back the recall, securing nearly 59% of the vote."), counted="vote"),
         False),
        # two parties whose names share only "Party" are two holders
        (replace(_share("8.1", None, "received", "a", "The Harbour Party received 8.1% of the vote."), counted="vote"),
         replace(_share("8.0", None, "received", "b", "The Labour Party received 8.0% of the vote."), counted="vote"),
         False),
        # two small parties' close shares are two quantities, however alike the rest
        (replace(_share("0.31", None, "received", "a", "The Harbour Party received 0.31% of the vote."), counted="vote"),
         replace(_share("0.29", None, "received", "b", "The Orchard Movement received 0.29% of the vote."),
                 counted="vote"),
         False),
        # "has" says whose share it is as "won" does
        (replace(_share("21.7", None, "has", "a", "The Green Alliance has 21.7% of the vote so far."), counted="vote"),
         replace(_share("about 22", None, "won", "b", "The Civic Union won about 22% of the vote."), counted="vote"),
         False),
        # a party and its abbreviation are one holder
        (replace(_share("40.1", None, "won", "a", "The African Unity Party won 40.1% of the vote."), counted="vote"),
         replace(_share("40.1", None, "has", "b", "The AUP has 40.1% of the vote, officials said."), counted="vote"),
         True),
        # a place in the race names whose share it is, past brackets and who leads the party
        (replace(_share("31.2", None, "", "a",
                        "The Harbour Party (HP), led by Ana Vell, came out on top with 31.2% of the vote."),
                 counted="vote", event=None),
         replace(_share("31.2", None, "won", "b", "The Orchard Movement won 31.2% of the vote."), counted="vote"),
         False),
        # "respectively" hands the figures out in turn: the name nearest the verb is not the holder
        (replace(_share("8.9", None, "won", "a",
                        "The Harbour Party and the Orchard Movement won 8.9% and 8.3% respectively."), counted="vote"),
         replace(_share("8.9", None, "received", "b", "The Harbour Party received 8.9% of the vote."), counted="vote"),
         True),
        # one named holder brings two shares to be compared though they share no other word
        (replace(_share("15.55", None, "", "a", "Others trailed, followed by the Lantern League (LL) with 15.55%."),
                 event=None),
         replace(_share("15.4", None, "received", "b", "The Lantern League received 15.4% of the vote."),
                 counted="vote"),
         True),
        # a party told by its place in the race may be any named party ...
        (replace(_share("61.6", None, "", "a", "The ruling party leads with 61.6% of the vote."),
                 counted="vote", event=None),
         replace(_share("61.6", None, "won", "b", "The Lantern League won 61.6% of the vote."), counted="vote"),
         True),
        # ... but not the other side of the race
        (replace(_share("13", None, "", "a", "The count gave 63% to the opposition's 13% of the vote."),
                 counted="vote", event=None),
         replace(_share("13", None, "won", "b", "The ruling party won 13% of the vote."), counted="vote"),
         False),
    ],
    ids=["one-party-two-figures", "two-parties", "two-sources-one-toll", "a-whole-is-not-a-part",
         "a-whole-out-of-after-its-noun", "a-whole-and-the-size-of-the-body", "a-whole-of-a-fraction-is-not-a-part", "participle-subject-vs-rival", "won-and-secured", "won-and-gained", "one-holder-bare-share", "two-holders-bare-share",
         "unnamed-holders-far-apart", "names-sharing-only-party", "two-small-parties-close-shares", "has-names-the-holder", "party-and-abbreviation",
         "place-in-the-race", "respectively", "holder-alone-compares", "ruling-party-and-a-name",
         "opposition-and-ruling-party"],
)
def test_whose_figure_and_the_whole_of_a_part(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "first, second, merged",
    [
        # one article, two exact shares to the same digit: two quantities, however close
        ("The ruling bloc came first with 31.02% of the vote.", "The opposition bloc came second with 30.98% of the vote.",
         False),
        ("The ruling bloc came first with 31% of the vote.", "The opposition bloc came second with 30% of the vote.",
         False),
        # to different digits, one figure may be the other rounded
        ("The ruling bloc came first with 31.02% of the vote.", "The ruling bloc took 31% of the vote, it said.", True),
    ],
    ids=["two-decimals", "whole-numbers", "rounded"],
)
def test_one_article_does_not_round_one_figure_two_ways(first: str, second: str, merged: bool) -> None:
    def share(sentence: str) -> Claim:
        figure = sentence.split("%")[0].split()[-1]
        return replace(_share(figure, None, "came", "a", sentence), counted="vote")

    assert _same_cluster([share(first), share(second)]) is merged


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # a verb of telling names no happening: announcing cuts and cutting are one event
        (claim("1,200", counted="layoffs", event="announced", article="a",
               sentence="The carmaker announced 1,200 layoffs on Monday."),
         claim("1,200", counted="jobs", event="cutting", article="a",
               sentence="It is cutting 1,200 jobs, the union said."),
         True),
        (claim("600 million", counted="fine", event="decided", article="a", kind="money", unit="EUR",
               sentence="The regulator decided to levy a 600 million fine on the bank."),
         claim("600 million", counted="fine", event="imposed", article="b", kind="money", unit="EUR",
               sentence="A 600 million fine was imposed on the bank, officials said."),
         True),
        # two happenings of different classes still stay apart
        (claim("1,200", counted="people", event="reported dead", article="a",
               sentence="Officials reported 1,200 people dead."),
         claim("1,200", counted="people", event="injured", article="b",
               sentence="Some 1,200 people were injured."),
         False),
        # nor does a verb of having: "who hold cards" against "registered"
        (claim("1.4 million", counted="migrants", event="hold", article="a",
               sentence="Some 1.4 million migrants who hold residence cards may stay."),
         claim("around 1.4 million", counted="migrants", event="registered", article="b",
               sentence="There are around 1.4 million migrants registered with the agency."),
         True),
        # nor does what a figure rests on: "is based on" against "will be paid", "sold at"
        (claim("4.20", counted="price per share", event="based", article="a", kind="money", unit="USD",
               sentence="The offer is based on a 4.20 price per share in cash, the company said."),
         claim("4.20", counted="price per share", event="paid", article="b", kind="money", unit="USD",
               sentence="Holders will be paid a 4.20 price per share under the agreement."),
         True),
        (claim("6.3 billion", counted="valuation", event="based", article="a", kind="money", unit="USD",
               sentence="The 6.3 billion valuation is based on last year's earnings."),
         claim("6.3 billion", counted="valuation", event="sold", article="b", kind="money", unit="USD",
               sentence="The firm sold at a 6.3 billion valuation on Monday."),
         True),
    ],
    ids=["announced-vs-cutting", "decided-to-fine-vs-imposed", "reported-dead-vs-injured", "hold-vs-registered",
         "based-on-vs-paid", "based-on-vs-sold"],
)
def test_verbs_of_telling_name_no_event(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def test_an_amount_that_names_nothing_still_joins_through_one_named_source() -> None:
    # Two outlets frame the fine; a third gives the bare amount twice, from the official who
    # announced it. Its bare amounts are weak evidence against the first outlet (nothing
    # counted, other words), but no reason to keep the whole figure in two clusters.
    fined = claim("1.2 billion", counted="fine", event="fined", article="a", kind="money", unit="EUR",
                  sentence="The bank was fined a 1.2 billion fine on Tuesday over its card fees.")
    levied = claim("1.2 billion", counted="fine", event="fined", source="Jane Roe", article="b", kind="money",
                   unit="EUR", sentence="Jane Roe said the bank was fined a 1.2 billion fine for abusing its dominance.")
    bare = [
        claim("1.2 billion", counted=None, source="Jane Roe", article="c", kind="money", unit="EUR",
              sentence="The fine: 1.2 billion, Jane Roe told reporters in Brussels."),
        claim("1.2 billion", counted=None, source="Jane Roe", article="c", kind="money", unit="EUR",
              sentence="Fine of 1.2 billion for three kinds of illegal conduct, Jane Roe wrote."),
    ]
    assert _same_cluster([fined, levied, *bare])


def test_a_weak_pair_weighs_at_its_score_not_as_if_never_compared() -> None:
    # One toll from four outlets: 5, 9 and 19 dead. The 5 and the 19 are far apart and stated
    # in two differently named places, too weak a pair to show as "possibly the same", but
    # still a fair pair among four that otherwise agree: it must not count as 0 in the mean.
    claims = [
        claim("9", counted="people", event="killed", article="a",
              sentence="The collision killed 9 people, a railway official said on Monday."),
        claim("at least 9", counted="people", event="killed", article="b",
              sentence="Officials said at least 9 people were killed in the collision on Monday."),
        claim("5", counted="people", event="killed", place="Shelbyville", article="c",
              sentence="Police said 5 people were killed in the collision in Shelbyville on Monday."),
        claim("19", counted=None, event="killed", place="Springfield", article="d",
              sentence="The collision killed 19 in Springfield, a railway official said on Monday."),
    ]
    alignment = align_claims(claims, [article(x) for x in "abcd"], DEFAULT)
    weak = {claims[2].id, claims[3].id}
    assert not any({link.a, link.b} == weak for link in alignment.links)  # not shown
    assert _same_cluster(claims)


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # the share of an electorate that voted is the turnout
        (_share("nearly 62", "registered voters", "cast ballots", "a",
                "Officials said nearly 62 registered voters cast ballots on Sunday."),
         _share("61.8", "turnout", "was", "b", "Final figures put the 61.8 turnout above forecasts."),
         True),
        # ... but not a share of voters who backed one side
        (_share("62", "voters", "backed", "a", "Polls showed 62 voters backed the plan."),
         _share("61.8", "turnout", "was", "b", "Final figures put the 61.8 turnout above forecasts."),
         False),
    ],
    ids=["share-of-registered-voters-who-voted", "share-of-voters-who-backed"],
)
def test_the_share_of_an_electorate_that_voted_is_the_turnout(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # a share of members who approved a walkout is the share that voted for it
        (_share("91", None, "approved", "a", "The union said 91 of members approved the walkout on Sunday."),
         _share("91", None, "voted", "b", "The union said 91 of members voted for the walkout on Sunday."),
         True),
        (_share("91", None, "overwhelmingly endorsed", "a", "The union said 91 of members overwhelmingly endorsed the walkout."),
         _share("91", None, "voted", "b", "The union said 91 of members voted for the walkout."),
         True),
        # ... not the share that rejected the offer, told alike
        (_share("91", None, "approved", "a", "The union said 91 of members approved the walkout on Sunday."),
         _share("91", None, "rejected", "b", "The union said 91 of members rejected the offer on Sunday."),
         False),
        # an amount approved is a sum committed, not a vote
        (claim("2 billion", counted=None, event="approved", article="a", kind="money", unit="USD",
               sentence="Lawmakers said 2 billion was approved for the repairs on Sunday."),
         claim("2 billion", counted=None, event="voted", article="b", kind="money", unit="USD",
               sentence="Lawmakers said 2 billion was voted for the repairs on Sunday."),
         False),
    ],
    ids=["approved-vs-voted", "endorsed-vs-voted", "approved-vs-rejected", "amount-approved-vs-voted"],
)
def test_a_share_that_approved_is_a_share_of_a_vote(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # one crowd, whatever word each outlet uses for the people in it
        (claim("90,000", counted="protesters", event="marched", article="a",
               sentence="Police said 90,000 protesters marched in the capital on Saturday."),
         claim("90,000", counted="demonstrators", event="counted", article="b",
               sentence="Officers counted 90,000 demonstrators in the capital on Saturday."),
         True),
        (claim("90,000", counted="people", event="took to the streets", article="a",
               sentence="Some 90,000 people took to the streets of the capital on Saturday."),
         claim("90,000", counted="marchers", event="rallied", article="b",
               sentence="The march drew 90,000 marchers who rallied on Saturday."),
         True),
        # police deployed, in any of their names
        (claim("6,000", counted="policemen", event="deployed", article="a",
               sentence="Police said 6,000 policemen were deployed for the march."),
         claim("6,000", counted="police officers", event="deployed", article="b",
               sentence="The minister put 6,000 police officers on duty across the country, with tear gas ready."),
         True),
        # people who died are no crowd
        (claim("90", counted="people", event="died", article="a", sentence="At least 90 people died in the crush."),
         claim("90", counted="protesters", event="marched", article="b", sentence="Only 90 protesters marched."),
         False),
    ],
    ids=["protesters-vs-demonstrators", "people-on-the-streets-vs-marchers", "policemen-vs-police-officers",
         "dead-vs-crowd"],
)
def test_words_for_a_crowd_count_the_same_people(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    ("event", "kept"),
    [
        # how a figure was got or given names no happening: "police counted 9,000", "the union
        # claimed 40,000", "officials estimated 300"
        ("counted", None),
        ("claimed", None),
        ("estimated", None),
        ("recorded", None),
        ("marched", "marched"),
        ("countered", "countered"),
    ],
)
def test_verbs_of_counting_and_claiming_name_no_happening(event: str, kept: str | None) -> None:
    from crosscheck.align import happening

    assert happening(event) == kept
def _forecast(c: Claim, words: str) -> Claim:
    from crosscheck.model import Span

    return replace(c, forecast=Span(start=max(0, c.start - len(words) - 1), end=c.start - 1, text=words))


def test_a_forecast_and_a_count_are_never_one_cluster() -> None:
    articles = [article("a"), article("b"), article("c")]
    count = claim("9,000", counted=None, event="death toll", article="a",
                  sentence="The death toll has risen to 9,000, the governor said.")
    forecast = _forecast(claim("9,000", counted=None, event="death toll", article="b",
                               sentence="The death toll could reach 9,000, the governor said."), "could reach")
    other = _forecast(claim("9,000", counted=None, event="death toll", article="c",
                            sentence="The death toll might reach 9,000, the governor said."), "might reach")
    groups = align_claims([count, forecast, other], articles, DEFAULT).groups
    assert {forecast.id, other.id} in [set(g) for g in groups]
    assert not any(count.id in g and forecast.id in g for g in groups)


@pytest.mark.parametrize(
    ("counted", "event", "measured"),
    [
        (None, "death toll", "people"),  # "the death toll exceeded 2,100"
        (None, "killed", "people"),  # "the storm killed 170 elsewhere"
        (None, "evacuated", "people"),
        (None, "missing", "people"),
        (None, "destroyed", None),  # what a storm destroys is not people
        ("houses", "destroyed", "houses"),
        ("cattle", "killed", "cattle"),
        ("passengers", "killed", "people"),  # "five passengers were killed": five people
        ("passengers", "boarded", "people"),  # "130 passengers boarded": 130 people aboard
        ("passengers", "carrying", "people"),
        ("passengers", None, "people"),
        ("crew", "carrying", "crew"),  # another group aboard keeps its word
        ("victims", "reported", "victims"),  # harm the event does not name, not people in general
        ("children", "killed", "children"),  # a group within the dead, not the dead
    ],
)
def test_a_toll_with_nothing_counted_counts_people(counted: str | None, event: str | None, measured: str | None) -> None:
    from crosscheck.align import _measured

    assert _measured(claim("2,100", counted=counted, event=event)) == measured


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # one boat's load, told by its role in one outlet and as people in another
        (("130", "passengers", "According to the harbour master, the old barge carried 130 passengers when it went down."),
         ("130", "people", "The overcrowded boat was carrying 130 people and many of those who drowned were children."), True),
        (("about 40", "travellers", "Local radio said the minibus held about 40 travellers from the valley towns."),
         ("About 40", "people", "About 40 people were on board when it left the road, police in the region said."), True),
        # the crew are another group aboard, however close their figure
        (("130", "crew", "The ferry was carrying 130 crew when it sank off the coast."),
         ("130", "people", "The overloaded boat was carrying 130 people, officials said."), False),
    ],
)
def test_people_in_a_role_are_people_whatever_befell_them(first, second, merged) -> None:  # type: ignore[no-untyped-def]
    a = claim(first[0], counted=first[1], event="carrying", article="a", sentence=first[2])
    b = claim(second[0], counted=second[1], event="carrying", article="b", sentence=second[2])
    assert _same_cluster([a, b]) is merged


def test_a_toll_with_nothing_counted_meets_a_count_of_people() -> None:
    articles = [article("a"), article("b"), article("c")]
    toll = claim("more than 2,100", counted=None, event="death toll", article="a",
                 sentence="The confirmed death toll is more than 2,100, a spokesman said.")
    dead = claim("more than 2,100", counted="people", event="killed", article="b",
                 sentence="Floods have killed more than 2,100 people, officials said.")
    bare = claim("more than 2,100", counted="people", event=None, article="c",
                 sentence="Some more than 2,100 people are feared dead after the floods.")
    groups = align_claims([toll, dead, bare], articles, DEFAULT).groups
    assert {toll.id, dead.id, bare.id} in [set(g) for g in groups]


def _told(c: Claim, source: str, words: str) -> Claim:
    """``c`` as a forecast ("could reach") that ``source`` makes."""
    return replace(_forecast(c, words), attribution=Attribution(source=source, text=source))


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # two forecasters' forecasts are two forecasts, however alike their words and figures
        (_told(claim("9,000", counted=None, event="death toll", article="a",
                     sentence="The death toll could reach 9,000 in the valley, the governor said."),
               "the governor", "could reach"),
         _told(claim("9,000", counted=None, event="death toll", article="b",
                     sentence="Aid workers expected the death toll to rise to 9,000 in the valley."),
               "Aid workers", "expected the death toll to rise"),
         False),
        # one forecaster cited by two outlets, named loosely by one of them, is one forecast
        (_told(claim("40,000", counted="insurance claims", article="a",
                     sentence="The storm could bring 40,000 insurance claims, according to Northfield Analytics."),
               "Northfield Analytics", "could bring"),
         _told(claim("40,000", counted="insurance claims", article="b",
                     sentence="The storm could bring 40,000 insurance claims, the latest figures from Northfield show."),
               "the latest figures", "could bring"),
         True),
        # a forecast that says nothing of who makes it is not parted from one that does
        (_told(claim("9,000", counted=None, event="death toll", article="a",
                     sentence="The death toll could reach 9,000 in the valley, the governor said."),
               "the governor", "could reach"),
         _forecast(claim("9,000", counted=None, event="death toll", article="b",
                         sentence="The death toll could reach 9,000 in the valley."), "could reach"),
         True),
        # counts told by different sources are still one quantity: a different source is no evidence
        (replace(claim("9,000", counted=None, event="death toll", article="a",
                       sentence="The death toll has reached 9,000 in the valley, the governor said."),
                 attribution=Attribution(source="the governor", text="the governor")),
         replace(claim("9,000", counted=None, event="death toll", article="b",
                       sentence="Aid workers said the death toll has reached 9,000 in the valley."),
                 attribution=Attribution(source="Aid workers", text="Aid workers")),
         True),
    ],
    ids=["two-forecasters", "one-forecaster-named-loosely", "one-untold", "two-sources-of-a-count"],
)
def test_a_forecast_is_its_forecasters_own_figure(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    ("counted", "measured"),
    [
        ("forecasts", None),  # "economists' forecasts of 110,000": how the figure was got
        ("median estimate", None),
        ("range", "range"),  # "a range of 300 km": a missile's range is what is measured
        ("jobs", "jobs"),
        ("estimated losses", "estimated losses"),  # the losses are what is counted
    ],
)
def test_words_of_how_a_figure_was_got_count_nothing(counted: str, measured: str | None) -> None:
    from crosscheck.align import _measured

    assert _measured(claim("110,000", counted=counted, event="added")) == measured


def test_an_expected_figure_meets_a_forecast_of_the_same_thing_not_the_count() -> None:
    articles = [article("a"), article("b"), article("c")]
    count = claim("41,000", counted="jobs", event="added", article="a",
                  sentence="Employers added 41,000 jobs in March, the agency said.")
    expected = _forecast(claim("80,000", counted="jobs", event="expected", article="b",
                               sentence="Payrolls grew in March, short of the 80,000 jobs expected."), "expected")
    forecasts = _forecast(claim("80,000", counted="forecasts", event="added", article="c",
                                sentence="Employers added jobs in March, below the 80,000 forecasts of economists."),
                          "the")
    groups = [set(g) for g in align_claims([count, expected, forecasts], articles, DEFAULT).groups]
    assert {expected.id, forecasts.id} in groups


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # one specific thing measured, word for word: the gap weighs less (a distance misread)
        (claim("about 7", counted="km from Northgate station", kind="measure", unit="km", article="a",
               sentence="The crash site lies about 7 km from Northgate station."),
         claim("20", counted="km from Northgate station", kind="measure", unit="km", article="b",
               sentence="Rescuers said the wreck was 20 km from Northgate station."),
         True),
        # a short, common frame does not: every figure of a story counts "people killed"
        (claim("7,000", counted="people", event="fled", article="a", sentence="The fighting made 7,000 people flee."),
         claim("20,000", counted="people", event="fled", article="b", sentence="By then 20,000 people fled the fighting."),
         False),
        # nor do the words outvote disjoint dates
        (claim("about 7", counted="km from Northgate station", kind="measure", unit="km", article="a",
               time=WEEK, sentence="The crash site lies about 7 km from Northgate station."),
         claim("20", counted="km from Northgate station", kind="measure", unit="km", article="b",
               time=time_scope(date(2024, 5, 1), date(2024, 5, 7)),
               sentence="Rescuers said the wreck was 20 km from Northgate station."),
         False),
    ],
    ids=["one-specific-distance", "common-frame", "specific-but-other-dates"],
)
def test_a_specific_frame_word_for_word_weighs_more_than_the_gap(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # what is counted names what befell people: "deaths" are people who died
        (claim("5,300", counted="deaths", article="a", sentence="Officials have confirmed 5,300 deaths in the city."),
         claim("5,300", counted="people", event="killed", article="b", sentence="The floods killed 5,300 people in the city."),
         True),
        # ... whatever word the frame reader took for the event
        (claim("5,300", counted="deaths", event="based", article="a", sentence="There are 5,300 deaths based on reports."),
         claim("5,300", counted=None, event="death toll", article="b", sentence="The death toll is 5,300 now."),
         True),
        (claim("240", counted="injuries", article="a", sentence="Doctors reported 240 injuries in the city."),
         claim("240", counted="people", event="injured", article="b", sentence="The blast left 240 people injured."),
         True),
        # injuries are not deaths
        (claim("5,300", counted="injuries", article="a", sentence="Doctors treated 5,300 injuries in the city."),
         claim("5,300", counted="people", event="killed", article="b", sentence="The floods killed 5,300 people in the city."),
         False),
        # a group within the dead is not all of them
        (claim("5,300", counted="child deaths", article="a", sentence="Officials recorded 5,300 child deaths in the city."),
         claim("5,300", counted="people", event="killed", article="b", sentence="The floods killed 5,300 people in the city."),
         False),
    ],
    ids=["deaths-and-people-killed", "deaths-and-toll", "injuries-and-injured", "injuries-are-not-deaths",
         "child-deaths-are-a-group"],
)
def test_a_count_of_what_befell_people_counts_people(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def test_a_specific_frame_does_not_join_a_months_share_and_a_years() -> None:
    month = claim("2", counted="average hourly earnings growth", kind="percent", unit="%", article="a",
                  sentence="Over the month 2 average hourly earnings growth was recorded.")
    year = claim("6", counted="average hourly earnings growth", kind="percent", unit="%", article="b",
                 sentence="Over the year 6 average hourly earnings growth was recorded.")
    assert not _same_cluster([month, year])


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # a magnitude is already a logarithm: 6.2 is a twentieth of 7.5, an aftershock, not the quake
        (claim("7.5", counted="quake", event="struck", kind="measure", unit="magnitude", article="a",
               sentence="A 7.5 quake struck the coast."),
         claim("6.2", counted="quake", event="struck", kind="measure", unit="magnitude", article="b",
               sentence="Later a 6.2 quake struck the coast."),
         False),
        # two agencies' readings of one quake differ by a tenth or two
        (claim("7.5", counted="quake", event="struck", kind="measure", unit="magnitude", article="a",
               sentence="A 7.5 quake struck the coast."),
         claim("7.3", counted="quake", event="struck", kind="measure", unit="magnitude", article="b",
               sentence="A 7.3 quake struck the coast, the agency said."),
         True),
        # a decibel is a tenth of an order: 85 and 115 dB are a thousand times apart
        (claim("85", counted="dB", event="measured", kind="measure", unit="dB", article="a",
               sentence="Noise of 85 dB measured near the runway."),
         claim("115", counted="dB", event="measured", kind="measure", unit="dB", article="b",
               sentence="Noise of 115 dB measured near the runway, residents said."),
         False),
    ],
    ids=["aftershock", "two-readings-of-one-quake", "decibels"],
)
def test_figures_on_a_log_scale_are_apart_by_their_difference(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def _one_cluster(claims: list[Claim], *pair: Claim) -> bool:
    groups = align_claims(claims, ARTICLES, DEFAULT).groups
    return any({c.id for c in pair} <= set(g) for g in groups)


def _destroyed(figure: str, article: str, sentence: str, place: str | None = None) -> Claim:
    return claim(figure, counted="homes", event="destroyed", place=place, article=article, sentence=sentence)


@pytest.mark.parametrize(
    "first, second, third, apart",
    [
        # two counties of one article: "county" alone does not make them one place
        (_destroyed("330", "a", "In Marlow County, 330 homes have been destroyed.", "Marlow County"),
         _destroyed("270", "a", "Officials said 270 homes were destroyed in Kestrel County.", "Kestrel County"),
         _destroyed("about 300", "b", "The blaze has destroyed about 300 homes so far."),
         True),
        # one article's total and the smaller part one county holds, chained by a hedged headline
        (_destroyed("520", "a", "As of Monday, 520 homes have been destroyed."),
         _destroyed("360", "a", "In Marlow County, 360 homes have been destroyed.", "Marlow County"),
         _destroyed("more than 500", "b", "Fire destroys more than 500 homes near the lake."),
         True),
        # control: a figure in a place above the article's placeless one is no part of it (a
        # headline's figure and the body's)
        (_destroyed("330", "a", "Fire destroys 330 homes in Marlow County.", "Marlow County"),
         _destroyed("290", "a", "The blaze has destroyed 290 homes, officials said."),
         _destroyed("about 300", "b", "The blaze has destroyed about 300 homes so far."),
         False),
        # control: a county and its name without "county" are one place
        (_destroyed("330", "a", "In Marlow County, 330 homes have been destroyed.", "Marlow County"),
         _destroyed("300", "a", "Officials said 300 homes were destroyed in Marlow.", "Marlow"),
         _destroyed("about 300", "b", "The blaze has destroyed about 300 homes so far."),
         False),
    ],
    ids=["two-counties", "part-and-total", "larger-in-a-place", "county-and-its-name"],
)
def test_one_articles_figures_for_different_places_never_meet_through_a_third(
    first: Claim, second: Claim, third: Claim, apart: bool
) -> None:
    assert _one_cluster([first, second, third], first, second) is not apart


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # two things counted together are more than one of them counted alone
        (claim("420", counted="homes and barns", event="destroyed", article="a",
               sentence="The flood has destroyed 420 homes and barns across the valley."),
         claim("at least 260", counted="homes", event="destroyed", article="b",
               sentence="The flood destroyed at least 260 homes, officials said."),
         False),
        # control: the same two things counted in both reports
        (claim("420", counted="homes and barns", event="destroyed", article="a",
               sentence="The flood has destroyed 420 homes and barns across the valley."),
         claim("about 400", counted="homes and barns", event="destroyed", article="b",
               sentence="Officials said about 400 homes and barns were destroyed."),
         True),
        # control: one thing counted in both
        (claim("420", counted="homes", event="destroyed", article="a",
               sentence="The flood has destroyed 420 homes across the valley."),
         claim("about 400", counted="homes", event="destroyed", article="b",
               sentence="Officials said about 400 homes were destroyed."),
         True),
    ],
    ids=["two-things-vs-one", "both-two-things", "both-one-thing"],
)
def test_two_things_counted_together_are_not_one_of_them(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # one visa apiece: the visas of 90,000 workers are 90,000 visas
        (claim("more than 90,000", counted="workers", event="revoked", article="a",
               sentence="The ministry revoked the work visas of more than 90,000 workers in May."),
         claim("90,000", counted="work visas", event="revoked", article="b",
               sentence="Officials revoked 90,000 work visas in May, the ministry said."),
         True),
        (claim("50", counted="people", event="killed", article="a",
               sentence="The storm took the lives of 50 people on the coast."),
         claim("50", counted="lives", event="lost", article="b", sentence="The storm cost 50 lives on the coast."),
         True),
        # holders of one thing and holders of another stay apart
        (claim("90,000", counted="workers", event="revoked", article="a",
               sentence="The ministry revoked the work visas of 90,000 workers in May."),
         claim("90,000", counted="student loans", event="revoked", article="b",
               sentence="Officials revoked 90,000 student loans in May, the ministry said."),
         False),
    ],
    ids=["visas-of-workers", "lives-of-people", "visas-are-not-loans"],
)
def test_a_count_of_holders_is_a_count_of_what_each_holds(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "sentence, figure, held",
    [
        ("Officials cancelled the residence permits of more than 8,000 migrants.", "more than 8,000", "residence permits"),
        ("The flood destroyed the homes of 300 families.", "300", "homes"),
        ("The quake claimed the lives of 12 people.", "12", "lives"),
        ("Police arrested 40 of the protesters.", "40", None),  # no "the X of" before the figure
        ("The majority of 300 members voted.", "300", None),  # how many, not what each has
        ("The rest of 120 passengers were safe.", "120", None),
        ("They checked the papers of 30 workers.", "30", "papers"),
    ],
)
def test_what_each_counted_one_holds(sentence: str, figure: str, held: str | None) -> None:
    from crosscheck.align import _possession

    c = claim(figure, counted=None, sentence=sentence)
    assert _possession(c) == held


def test_a_figure_restated_in_brackets_may_share_its_cluster() -> None:
    def reading(sentence: str, mention: str, unit: str, article: str, id: str) -> Claim:
        number = mention.split()[0]
        made = claim(number, counted=None, kind="measure", unit=unit, article=article, sentence=sentence,
                     offset=0, id=id)
        start = sentence.index(mention)
        return replace(made, counted="readings", start=start, end=start + len(mention), text=mention)

    sentence = "Readings reached 41.2 degrees Celsius (106 Fahrenheit) on Monday."
    celsius = reading(sentence, "41.2 degrees Celsius", "degC", "a", "a:c")
    fahrenheit = reading(sentence, "106 Fahrenheit", "degF", "a", "a:f")
    other = reading("The dam read 41.2 degrees Celsius.", "41.2 degrees Celsius", "degC", "b", "b:c")
    groups = align_claims([celsius, fahrenheit, other], ARTICLES, DEFAULT).groups
    assert {"a:c", "a:f", "b:c"} in [set(g) for g in groups]
    # the same two figures without the bracket are two quantities of one sentence
    apart = "Readings reached 41.2 degrees Celsius and 106 Fahrenheit on Monday."
    celsius = reading(apart, "41.2 degrees Celsius", "degC", "a", "a:c")
    fahrenheit = reading(apart, "106 Fahrenheit", "degF", "a", "a:f")
    groups = align_claims([celsius, fahrenheit, other], ARTICLES, DEFAULT).groups
    assert not any({"a:c", "a:f"} <= set(g) for g in groups)



@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # pay, whatever word each outlet uses for it
        ("pay", "wages", True),
        ("wage", "salaries", True),
        # a state's takings and spendings, in a budget office's words or a wire's
        ("receipts", "revenues", True),
        ("outlays", "expenditures", True),
        ("spending", "outlays", True),
        ("deficit", "shortfall", True),
        # takings are not spendings, nor a gap
        ("receipts", "outlays", False),
        ("deficit", "receipts", False),
    ],
)
def test_words_for_pay_takings_and_spendings_count_the_same(first: str, second: str, same: bool) -> None:
    from crosscheck.align import _prepare, link_features

    def amount(counted: str, article: str) -> Claim:
        return claim("4,900", counted=counted, event="reported", kind="money", unit="USD", article=article)

    features = link_features(_prepare(amount(first, "a"), None), _prepare(amount(second, "b"), None))
    assert (features["counted"] == 1.0) is same


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # one figure in one place, framed in words that share nothing: still compared, and one
        (claim("12,400", counted="people", event="counted", place="Lindenport", article="a",
               sentence="In Lindenport, police counted 12,400 people at the march."),
         claim("12,400", counted=None, place="Lindenport", article="b",
               sentence="Lindenport: 12,400, the prefecture said."),
         True),
        # the same figure for two different things is compared, and stays apart
        (claim("12,400", counted="homes", event="flooded", place="Lindenport", article="a"),
         claim("12,400", counted="people", event="evacuated", place="Lindenport", article="b"),
         False),
    ],
    ids=["one-figure-no-shared-word", "one-figure-two-things"],
)
def test_one_figure_word_for_word_is_compared(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged



@pytest.mark.parametrize(
    "figure, sentence, change",
    [
        ("300", "The list of the missing fell 300 to 1,200 overnight.", True),
        ("300", "The estimate was revised lower by 300 to 1,200.", True),
        ("300", "Weekly sales were adjusted upward by 300.", True),
        ("1,200", "The list of the missing fell 300 to 1,200 overnight.", False),
        ("1,200", "The toll rose to 1,200 on Friday.", False),
        ("300", "Crews closed 300 to 400 roads.", False),
        ("58", "The bill would raise the age from 58 to 61.", False),
    ],
)
def test_a_figure_that_says_how_much_a_level_moved(figure: str, sentence: str, change: bool) -> None:
    from crosscheck.align import _is_change

    assert _is_change(claim(figure, counted=None, sentence=sentence)) is change



def _unresolved(text: str) -> TimeScope:
    """A scope as an article with no date of its own leaves it: no year, so no dates."""
    return TimeScope(text=text, relation="period")



@pytest.mark.parametrize(
    "text, day",
    [
        ("on March 3", (3, 3)),
        ("Feb. 11", (2, 11)),
        ("11 February", (2, 11)),
        ("in July", (7, 0)),
        ("for May", (5, 0)),
        ("Sept. 3", (9, 3)),
        ("two weeks ago", None),
        ("last month", None),
        ("early January", None),
    ],
)
def test_the_day_an_undated_scope_names(text: str, day: tuple[int, int] | None) -> None:
    from crosscheck.align import calendar_day

    assert calendar_day(claim("40,000", time=_unresolved(text))) == day



@pytest.mark.parametrize(
    "first, second, merged",
    [
        (_unresolved("on March 3"), _unresolved("on March 3"), True),
        (_unresolved("on March 3"), _unresolved("on March 14"), False),
        (_unresolved("on March 3"), time_scope(date(2024, 3, 14), text="on Thursday", relation="point"), False),
        (_unresolved("on March 3"), time_scope(date(2024, 3, 3), text="on Sunday", relation="point"), True),
        (_unresolved("in June"), _unresolved("in July"), False),
        # a day and the month it is in say nothing either way
        (_unresolved("on July 9"), _unresolved("in July"), True),
        # a running count names no single day
        (_unresolved("since March"), _unresolved("on May 2"), True),
    ],
    ids=["same-day", "other-day", "other-day-dated", "same-day-dated", "other-month", "day-in-its-month",
         "running-count"],
)
def test_days_named_without_a_year_part_or_join_figures(first: TimeScope, second: TimeScope, merged: bool) -> None:
    a = claim("about 40,000", counted="protesters", event="marched", time=first, article="a")
    b = claim("42,000", counted="protesters", event="marched", time=second, article="b")
    assert _same_cluster([a, b]) is merged



@pytest.mark.parametrize(
    "counted, event, sentence",
    [
        ("jobs", "added", "Employers added 41,000 jobs last month, the agency said."),
        ("payroll growth", "slowed", "Payroll growth slowed to 41,000 last month."),
        ("nonfarm payrolls", "grew", "Nonfarm payrolls grew by just 41,000 in the month."),
        ("job growth", None, "The headline job growth figure of 41,000 missed forecasts."),
    ],
)
def test_one_month_of_hiring_told_in_an_outlets_own_words(counted: str, event: str | None, sentence: str) -> None:
    told = claim("41,000", counted="jobs", event="added", article="a",
                 sentence="The economy added 41,000 jobs, a government report showed.")
    other = replace(claim("41,000", counted=None, event=event, article="b", sentence=sentence), counted=counted)
    assert _same_cluster([told, other])



@pytest.mark.parametrize(
    ("counted", "compared"),
    [
        ("people onboard", "people"),  # "130 people onboard": where they were, not who
        ("people aboard", "people"),
        ("passengers on board", "people"),
        ("crew on board", "crew"),  # another group aboard keeps its word
        ("onboard cameras", "onboard camera"),  # a kind of thing, not where it was
        # "ones" stands for a noun said before: its modifiers say what is counted
        ("former ones", "former"),
        ("ones", "one"),  # nothing before it to say more
    ],
)
def test_where_people_were_is_not_what_is_counted(counted: str, compared: str) -> None:
    from crosscheck.align import _compared, _measured

    assert _compared(_measured(claim("130", counted=counted, event="carrying"))) == compared


@pytest.mark.parametrize(
    ("counted", "merged"),
    [
        ("former ones", True),  # "65 million former ones", after "current members"
        ("current ones", False),  # another group of the same noun
    ],
)
def test_a_group_named_by_ones_meets_its_noun(counted: str, merged: bool) -> None:
    named = claim("65", counted="former members", event="affected", article="a",
                  sentence="The leak affected 65 former members of the club, its board said.")
    ones = claim("65", counted=counted, article="b",
                 sentence=f"The files held 8 current members and 65 {counted}, a report found.")
    assert _same_cluster([named, ones]) is merged


def test_people_counted_by_a_pronoun_like_head_are_compared_with_people() -> None:
    # "individuals" and "people" count the same people; the block keys must see it as the
    # counted feature does, or the pair is never scored
    a = claim("over 2,000", counted="people", event="believed dead", article="a",
              sentence="Officials said over 2,000 people believed dead after the dam burst.")
    b = claim("at least 2,300", counted="individuals", event="believed", article="b",
              sentence="Rescuers said at least 2,300 individuals are believed to have died in the flood.")
    assert _same_cluster([a, b])



@pytest.mark.parametrize(
    "counted, figure, merged",
    [
        ("quake", "6.9", True),
        ("temblor", "6.9", True),
        ("tremor", "6.9", True),
        ("aftershock", "5.1", False),
    ],
)
def test_one_shock_by_any_of_its_names(counted: str, figure: str, merged: bool) -> None:
    told = claim("6.9", counted="earthquake", kind="measure", unit="magnitude", article="a",
                 sentence="A 6.9 earthquake struck the coast before dawn.")
    other = claim(figure, counted=counted, kind="measure", unit="magnitude", article="b",
                  sentence=f"Residents fled after the {figure} {counted} shook the region.")
    assert _same_cluster([told, other]) is merged



@pytest.mark.parametrize(
    "sentence, first, second, merged",
    [
        ("Gusts reached 50 miles per hour (80 km per hour) on the coast.",
         ("50", "50 miles per hour", "mile per hour"), ("80", "80 km per hour", "km per hour"), True),
        ("The fire has burned 640 acres, about 1 square mile, so far.",
         ("640", "640 acres", "acre"), ("about 1", "about 1 square mile", "mile2"), True),
        # a dash typed as two hyphens, or a dash and "or"
        ("Altogether 240,000 acres -- or 375 square miles -- have burned.",
         ("240,000", "240,000 acres", "acre"), ("375", "375 square miles", "mile2"), True),
        ("The blaze covers 640 acres — or 1 square mile — by now.",
         ("640", "640 acres", "acre"), ("1", "1 square mile", "mile2"), True),
        # two readings in one sentence, joined by "and": two quantities
        ("The trail runs 12 km and the road 30 miles.", ("12", "12 km", "km"), ("30", "30 miles", "mile"), False),
    ],
    ids=["in-parentheses", "between-commas", "double-hyphen-or", "dash-or", "a-list"],
)
def test_a_figure_restated_in_another_unit_is_one_figure(
    sentence: str, first: tuple[str, str, str], second: tuple[str, str, str], merged: bool
) -> None:
    def measure(figure: str, text: str, unit: str) -> Claim:
        c = claim(figure, counted=None, kind="measure", unit=unit, article="a", sentence=sentence, offset=0)
        start = sentence.index(text)
        return replace(c, start=start, end=start + len(text), text=text,
                       quantity=replace(c.quantity, start=start, end=start + len(text), text=text))

    assert _same_cluster([measure(*first), measure(*second)]) is merged



@pytest.mark.parametrize(
    "counted, sentence",
    [
        ("population", "Harbourton, which has a population of about 2.1 million, lost power."),
        ("inhabitants", "Harbourton has about 2.1 million inhabitants."),
    ],
)
def test_a_population_counts_a_places_people(counted: str, sentence: str) -> None:
    people = claim("2.1 million", counted="people", place="Harbourton", article="a",
                   sentence="The quake hit Harbourton, a city of 2.1 million people.")
    other = replace(claim("about 2.1 million", counted=None, place="Harbourton", article="b", sentence=sentence),
                    counted=counted)
    assert _same_cluster([people, other])



@pytest.mark.parametrize("many", [2, 40])
def test_a_common_figure_alone_blocks_only_a_few_claims(many: int) -> None:
    # "12 boats", "12 schools", ... share only the figure: worth comparing when a few claims give
    # it, not when it is so common that comparing them all would cost quadratic time
    from crosscheck.align import MAX_FIGURE_BLOCK, _prepare, candidate_pairs

    assert 2 < MAX_FIGURE_BLOCK < 40
    words = [f"{a}{b}" for a in "bcdfghjklm" for b in ("ors", "ants", "ings", "ettes")]
    claims = [claim("12", counted=words[k], article=f"x{k}") for k in range(many)]
    pairs = candidate_pairs([_prepare(c, None) for c in claims])
    assert (len(pairs) > 0) is (many == 2)



def test_zero_is_far_from_a_figure_and_a_verb_says_what_its_noun_counts() -> None:
    # a count of zero is no figure of its own scale: far from 18, not unknown; and "18 percent
    # contained" measures what "containment of 18 percent" does
    def share(figure: str, counted: str | None, event: str, article: str, sentence: str) -> Claim:
        c = claim(figure, counted=None, event=event, kind="percent", unit="%", article=article, sentence=sentence)
        return replace(c, counted=counted)

    zero = share("0", "containment", "remained", "a", "The blaze remained at 0 percent containment on Monday.")
    framed = share("18", "containment", "remained", "b", "Officials said containment remained at 18 percent by Wednesday.")
    bare = share("18", None, "contained", "c", "Crews now have the blaze 18-percent contained.")
    groups = align_claims([zero, framed, bare], ARTICLES, DEFAULT).groups
    assert {framed.id, bare.id} in [set(g) for g in groups]



@pytest.mark.parametrize(
    "sentence, counted, says",
    [
        ("Crews now have the blaze 18-percent contained.", "containment", True),
        ("Some 900 residents were evacuated overnight.", "evacuations", True),
        ("Ratepayers were charged 5% more.", "rate", False),
    ],
)
def test_a_sentence_says_what_is_counted_by_the_words_root(sentence: str, counted: str, says: bool) -> None:
    from crosscheck.align import _says_what_it_counts

    assert _says_what_it_counts(sentence, counted) is says



@pytest.mark.parametrize(
    "figure, counted, event, merged",
    [
        ("About 2.4 million", "people", "voted", True),
        ("2.4 million", "votes", "cast", True),
        # people registered to vote are the electorate, not the ballots cast
        ("2.4 million", "registered voters", "listed", False),
    ],
)
def test_people_who_voted_count_the_ballots_cast(figure: str, counted: str, event: str, merged: bool) -> None:
    ballots = claim("More than 2.4 million", counted="ballots", event="cast", article="a",
                    sentence="More than 2.4 million ballots cast were counted by Monday night.")
    other = claim(figure, counted=counted, event=event, article="b",
                  sentence=f"Officials said {figure} {counted} {event}, a record.")
    assert _same_cluster([ballots, other]) is merged




def _deaths(figure: str, article: str, sentence: str, source: str | None, event: str | None = None) -> Claim:
    return claim(figure, counted="deaths", event=event, article=article, sentence=sentence, source=source)


_WIRE_TALLY = _deaths("412", "b", "The provinces have reported 412 deaths, according to a Harbor Wire tally.",
                      "a Harbor Wire tally", "reported")


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        # one article's two tolls, each on its own counter's word: two counts, not a contradiction
        (_deaths("412", "a", "According to a Harbor Wire count, the provinces have now recorded 412 deaths.",
                 "a Harbor Wire count", "recorded"),
         _deaths("390", "a", "The city morgue has logged 390 deaths, officials said.", "officials", "logged"),
         True),
        # so are a named counter's tally and another named teller's figure, however alike the words
        (_deaths("412", "a", "The provinces have reported 412 deaths, by the Harbor Wire's tally.",
                 "the Harbor Wire's tally", "reported"),
         _deaths("390", "a", "The city morgue has reported 390 deaths, the Pellham Health Office said.",
                 "the Pellham Health Office", "reported"),
         True),
        # control: two tellers of one figure, no count kept: the article reports a disagreement
        (_deaths("412", "a", "The provinces have reported 412 deaths, the Pellham police said.", "the Pellham police",
                 "reported"),
         _deaths("390", "a", "The provinces have reported 390 deaths, a witness named Dana Orrin said.",
                 "Dana Orrin", "reported"),
         False),
        # control: one counter told twice gives one toll the article contradicts itself on
        (_deaths("412", "a", "According to a Harbor Wire count, the provinces have now recorded 412 deaths.",
                 "a Harbor Wire count", "recorded"),
         _deaths("390", "a", "The provinces have recorded 390 deaths, the Harbor Wire said.", "the Harbor Wire",
                 "recorded"),
         False),
        # control: "officials" and "authorities" name no one: perhaps the same people, told loosely
        (_deaths("412", "a", "The provinces have recorded 412 deaths, officials said.", "officials", "recorded"),
         _deaths("390", "a", "The provinces have recorded 390 deaths, authorities said.", "authorities", "recorded"),
         False),
    ],
    ids=["wire-count-and-officials", "tally-and-named-teller", "two-tellers-no-tally", "one-counter-twice", "no-one-named"],
)
def test_one_articles_figures_from_two_counters_never_meet_through_a_third(first: Claim, second: Claim, apart: bool) -> None:
    assert _one_cluster([first, second, _WIRE_TALLY], first, second) is not apart


def _as_of(day: date, text: str) -> TimeScope:
    return TimeScope(text=text, relation="until", date_to=day, resolved=True)


@pytest.mark.parametrize(
    "first, second, merged",
    [
        # a running count taken on one day and on another are two moments of the count
        (_as_of(date(2024, 5, 3), "As of 3 May"), _as_of(date(2024, 5, 17), "As of 17 May 2024"), False),
        (_as_of(date(2024, 5, 3), "As of 3 May"), _as_of(date(2024, 5, 3), "as of 3 May"), True),
        # one side giving no day is no evidence either way
        (_as_of(date(2024, 5, 3), "As of 3 May"), None, True),
    ],
    ids=["other-days", "same-day", "one-undated"],
)
def test_running_counts_as_of_other_days_stay_apart(first: TimeScope, second: TimeScope | None, merged: bool) -> None:
    a = claim("36", counted="cases", event="reported", time=first, article="a")
    b = claim("40", counted="cases", event="reported", time=second, article="b")
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    "sentence, stage",
    [
        ("With 97.84% of the votes counted, the Greens had won just over 40%.", 97.84),
        ("With results in from 11.3% of polling stations, the Greens stood at 42.8%.", 11.3),
        ("The Greens received 42 per cent of the confirmed 62 per cent of votes cast.", 62.0),
        ("With more than 97 percent of the ballots counted, the Greens lead.", 97.0),
        ("with 85% of results in, the Greens lead.", 85.0),
        # a share won, however worded, is no stage of the count
        ("She won with 60% of the vote.", None),
        ("The party secured 54.5% of the vote in the last election.", None),
    ],
)
def test_the_stage_of_a_count_a_partial_result_is_read_at(sentence: str, stage: float | None) -> None:
    from crosscheck.align import count_stage

    assert count_stage(sentence) == stage


@pytest.mark.parametrize(
    "second, merged",
    [
        # two partial results read at other stages of the count are two moments of it
        ("With 85% of the ballots counted, the Greens had won 41% of the vote.", False),
        # one stage: one quantity
        ("With 62% of the ballots counted, the Greens had won 41% of the vote.", True),
        # figures that agree are one quantity at whatever stage they were read
        ("With 85% of the ballots counted, the Greens had won 42% of the vote.", True),
    ],
    ids=["other-stage", "same-stage", "same-value"],
)
def test_partial_results_at_other_stages_of_a_count_stay_apart(second: str, merged: bool) -> None:
    a = replace(_share("42", None, "won", "a", "With 62% of the ballots counted, the Greens had won 42% of the vote."),
                counted="vote")
    figure = "41" if "41%" in second else "42"
    b = replace(_share(figure, None, "won", "b", second), counted="vote")
    assert _same_cluster([a, b]) is merged


def test_a_national_figure_holds_in_its_country_not_in_a_region() -> None:
    from crosscheck.extract.frames import NATIONWIDE

    national = replace(_share("40", None, "won", "a", "The Greens had won 40% of the national vote."),
                       counted="national vote", place=NATIONWIDE)
    country = replace(_share("40.1", None, "won", "b", "In Portugal, the Greens had won 40.1% of the national vote."),
                      counted="national vote", place="Portugal")
    region = replace(_share("43", None, "won", "c", "In Limpia, the Farmers have already won 43% of the vote."),
                     counted="vote", place="Limpia")
    assert _same_cluster([national, country])
    assert not _same_cluster([national, region])
    assert _same_cluster([replace(national, place=None), region])  # control: a figure of no named place


def test_a_past_years_result_is_read_at_no_stage_of_this_count() -> None:
    from crosscheck.align import article_stages

    now = _share("42", None, "won", "a", "With 62% of the ballots counted, the Greens had won 42% of the vote.")
    past = replace(_share("54.5", None, "won", "a", "In the previous election in 2019, the Greens won 54.5%."),
                   time=TimeScope(text="in 2019", relation="period"))
    day = replace(_share("41", None, "stood", "a", "The share of the vote in Sunday's election stood at 41%."),
                  time=TimeScope(text="Sunday", relation="point"))
    assert article_stages([now, past, day]) == [62.0, None, 62.0]


@pytest.mark.parametrize(
    "a, b",
    [
        # one sale of a firm, however an outlet names it
        (claim("2 billion", counted="deal", event="agreed", kind="money", unit="USD", article="a",
               sentence="Harlow agreed a $2 billion deal with the fund."),
         claim("2 billion", counted="transaction", event="agreed", kind="money", unit="USD", article="b",
               sentence="Harlow agreed the $2 billion transaction with the fund.")),
    ],
    ids=["deal-transaction"],
)
def test_one_thing_by_other_words(a: Claim, b: Claim) -> None:
    assert _same_cluster([a, b])


@pytest.mark.parametrize(
    "a, b, merged",
    [
        # a change of a level and a figure whose event grows or shrinks it are one change
        (claim("3,400", counted="jobs", article="a",
               sentence="Factory employment fell by 3,400 jobs in March."),
         claim("3,400", counted="positions", event="shed", article="b",
               sentence="Manufacturers shed 3,400 positions in March."),
         True),
        (claim("2,100", counted="jobs", article="a",
               sentence="Payrolls rose by 2,100 jobs last month."),
         claim("2,100", counted="jobs", event="created", article="b",
               sentence="Employers created 2,100 jobs last month."),
         True),
        # a change is still not the level it changes
        (claim("more than 300", counted="missing", event="missing", article="a",
               sentence="The list of the missing dropped by more than 300 missing on Sunday."),
         claim("over 300", counted="missing", event="missing", article="b",
               sentence="Officials said over 300 missing were still unaccounted for."),
         False),
    ],
    ids=["fell-by-vs-shed", "rose-by-vs-created", "dropped-by-vs-missing"],
)
def test_a_change_meets_a_figure_that_grows_or_shrinks_something(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged



@pytest.mark.parametrize(
    "a, b, merged",
    [
        # what someone hoped for is no happening: the figure's frame decides
        (_share("12", "wage rise", "hoped", "a", "The carmaker had hoped a 12 wage rise would end the dispute."),
         _share("12", "pay", "raised", "b", "The offer raised wages with a 12 pay increase over three years."),
         True),
        (claim("4,000", counted="homes", event="wanted", article="a",
               sentence="The council wanted 4,000 homes built by the river."),
         claim("4,000", counted="homes", event="built", article="b",
               sentence="Some 4,000 homes were built by the river."),
         True),
    ],
    ids=["hoped-vs-raised", "wanted-vs-built"],
)
def test_verbs_of_wishing_name_no_event(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged



def test_one_articles_two_different_figures_of_like_words_are_two_quantities() -> None:
    # One article gives the whole and a sector in like words; another outlet gives each again.
    total = claim("41,000", counted="jobs", event="added", article="a",
                  sentence="Employers added 41,000 jobs in May, the report showed.")
    sector = claim("29,000", counted="jobs", event="added", article="a",
                   sentence="Retailers added 29,000 jobs, the most since winter.")
    total_again = claim("41,000", counted="jobs", event="added", article="b",
                        sentence="The economy added 41,000 jobs last month.")
    sector_again = claim("29,000", counted="jobs", event="added", article="c",
                         sentence="Shops and stores added 29,000 jobs in May.")
    claims = [total, sector, total_again, sector_again]
    assert _same_cluster([total, total_again]) and _same_cluster([sector, sector_again])
    groups = align_claims(claims, ARTICLES, DEFAULT).groups
    assert not any({total.id, sector.id} <= set(g) for g in groups)



def test_one_articles_stages_of_a_toll_are_not_kept_apart() -> None:
    # A toll one article tells in stages is one count that rose: its two figures may still meet.
    early = claim("At least 9", counted="people", event="killed", article="a",
                  sentence="At least 9 people were killed in the crash, police said at first.")
    later = claim("12", counted="people", event="killed", article="a",
                  sentence="By the evening 12 people had been killed, officials said.")
    other = claim("At least 10", counted="people", event="killed", article="b",
                  sentence="At least 10 people were killed in the crash.")
    groups = align_claims([early, later, other], ARTICLES, DEFAULT).groups
    assert any({early.id, later.id, other.id} <= set(g) for g in groups)



@pytest.mark.parametrize(
    "a, b, merged",
    [
        # two bare shares, one figure, sentences that tell one vote in other words
        (_share("91", None, "backed", "a", "Dock workers backed the walkout with 91, the union said on Sunday."),
         _share("91", None, "backed", "b", "Nearly all dock workers at the port, 91 in all, backed a walkout over pay."),
         True),
        # two bare shares of one figure whose sentences tell of other things stay apart
        (_share("91", None, "backed", "a", "Dock workers backed the walkout with 91, the union said on Sunday."),
         _share("91", None, "backed", "b", "Shareholders backed the merger of the two lenders with 91 at the meeting."),
         False),
    ],
    ids=["one-vote-told-twice", "two-votes"],
)
def test_bare_shares_meet_on_sentences_that_tell_one_thing(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged



def test_a_bare_share_borrows_a_frame_its_sentence_tells_in_another_form() -> None:
    # "voting" says what "a vote of 88" measures: the stems meet without the silent e
    framed = _share("88", "vote", None, "a", "Members backed the deal with a 88 vote, the union said.")
    bare = _share("88", None, None, "b", "Of those voting at the northern plant, 88 said yes to the pay offer.")
    assert _same_cluster([framed, bare])



@pytest.mark.parametrize(
    ("earlier", "current", "merged"),
    [
        ("The mayor gave an initial death toll of 40 on the radio.", "In all, 45 people died in the floods, the mayor said.", False),
        ("The original estimate was 40 dead, officials said.", "In all, 45 people died in the floods, the mayor said.", False),
        ("The previous toll was 40, officials said.", "In all, 45 people died in the floods, the mayor said.", False),
        # an outlet that still has the first figure as the current one retells it
        ("The mayor gave an initial death toll of 45 on the radio.", "In all, 45 people died in the floods, the mayor said.", True),
    ],
    ids=["initial", "original", "previous", "same-figure"],
)
def test_a_first_stage_of_a_toll_is_not_the_latest(earlier: str, current: str, merged: bool) -> None:
    figure = re.search(r"\d+", earlier).group()  # type: ignore[union-attr]
    first = claim(figure, counted=None, event="death toll", article="a", sentence=earlier)
    latest = claim("45", counted="people", event="died", article="b", sentence=current)
    assert _same_cluster([first, latest]) is merged


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # a sentence told of an earlier moment gives an earlier stage, not the latest figure
        ("Earlier, at least 40 people were dead, the mayor said.", "In all, 45 people died in the floods, the mayor said.", False),
        ("Earlier on Monday, officials said 40 people had died.", "In all, 45 people died in the floods, the mayor said.", False),
        ("Earlier, at least 40 people were dead, the mayor said.", "At least 40 people died in the floods by Sunday night.", True),
        # two earlier stages that differ are two stages, not one figure misread
        ("Earlier, at least 40 people were dead, the mayor said.", "The mayor gave an initial death toll of 38 on the radio.", False),
        ("Earlier, at least 40 people were dead, the mayor said.", "The initial toll was at least 40, the mayor said.", True),
        # "earlier" inside the sentence, not opening it, dates nothing
        ("Police said earlier that 40 people had died.", "Officials said 40 people died in the floods.", True),
    ],
    ids=["earlier", "earlier-on-monday", "earlier-same-figure", "two-stages", "one-stage-twice", "earlier-inside"],
)
def test_a_sentence_told_earlier_gives_an_earlier_stage(first: str, second: str, merged: bool) -> None:
    def told(sentence: str, article: str) -> Claim:
        figure = re.search(r"(?:[Aa]t least )?\d+", sentence).group()  # type: ignore[union-attr]
        counted = "people" if f"{figure} people" in sentence else None
        return claim(figure, counted=counted, event="died", article=article, sentence=sentence)

    assert _same_cluster([told(first, "a"), told(second, "b")]) is merged


@pytest.mark.parametrize(
    "earlier, later, merged",
    [
        # an article written first gives as current the figure a later one calls earlier
        (claim("2.6 billion", counted="euro fine", event="fined", article="a", kind="money", unit="EUR",
               sentence="The regulator imposed a 2.6 billion euro fine on the carrier."),
         claim("2.6 billion", counted="euro fine", article="b", kind="money", unit="EUR",
               sentence="It nearly doubles the previous record of 2.6 billion euro fine set on the carrier."),
         True),
        # an earlier value that differs from the current one is still another quantity
        (claim("2.6 billion", counted="euro fine", event="fined", article="a", kind="money", unit="EUR",
               sentence="The regulator imposed a 2.6 billion euro fine on the carrier."),
         claim("2.5 billion", counted="euro fine", article="b", kind="money", unit="EUR",
               sentence="It nearly doubles the previous record of 2.5 billion euro fine set on the carrier."),
         False),
    ],
    ids=["same-figure-called-earlier-later", "another-earlier-figure"],
)
def test_an_earlier_value_meets_the_same_figure_told_as_current_elsewhere(earlier: Claim, later: Claim, merged: bool) -> None:
    assert _same_cluster([earlier, later]) is merged



@pytest.mark.parametrize(
    "a, b, merged",
    [
        # "people" says nothing of who died: one toll, told of pilgrims and of people
        (claim("at least 180", counted="pilgrims", event="reported dead", article="a",
               sentence="Last season at least 180 pilgrims were reported dead by their countries."),
         claim("at least 180", counted="people", event="died", article="b",
               sentence="During last season's rites at least 180 people died, officials said."),
         True),
        # a group among the dead is a part of them, not the toll
        (claim("12", counted="children", event="killed", article="a",
               sentence="The blast killed 12 children near the market."),
         claim("40", counted="people", event="killed", article="b",
               sentence="The blast near the market killed 40 people."),
         False),
    ],
    ids=["pilgrims-vs-people", "children-among-the-dead"],
)
def test_people_in_a_toll_say_nothing_of_who_died(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged



def test_a_bound_and_a_figure_of_one_article_are_not_kept_apart() -> None:
    # "more than 12" may be the article's first word for the "18" it gives later: a bound
    # is no second figure, so the pair is still weighed (a link), not parted as two quantities
    bound = claim("more than 12", counted="officers", event="suspended", article="a",
                  sentence="The force suspended more than 12 officers on Monday.")
    figure = claim("18", counted="officers", event="suspended", article="a",
                   sentence="In all 18 officers were suspended pending the inquiry.")
    links = align_claims([bound, figure], ARTICLES, DEFAULT).links
    assert [link.decision for link in links] in (["possible"], ["merged"])
    assert all("figures_of_one_article" not in link.features for link in links)
    # two figures told as figures are two quantities
    other = claim("6", counted="officers", event="suspended", article="a",
                  sentence="Another 6 officers were suspended in the north.")
    links = align_claims([figure, other], ARTICLES, DEFAULT).links
    assert links == ()



@pytest.mark.parametrize(
    "codes, pairs",
    [
        ([], []),
        ([0, 1, 2], []),
        ([0, 0, 0], [(0, 1), (0, 2), (1, 2)]),
        # sentence by sentence in the order first met, then by the first claim, then the second
        ([0, 0, 1, 0, 2, 2, 1], [(0, 1), (0, 3), (1, 3), (2, 6), (4, 5)]),
    ],
)
def test_pairs_of_claims_in_one_sentence(codes: list[int], pairs: list[tuple[int, int]]) -> None:
    from crosscheck.align import _same_sentence_pairs

    assert [tuple(r) for r in _same_sentence_pairs(np.array(codes, dtype=np.int32)).tolist()] == pairs


@pytest.mark.parametrize(
    "sentence, figure, counted, event, prior",
    [
        ("The toll reached 68, an increase from 43 deaths reported the night before.", "43", "deaths", None, True),
        ("The toll is 131, up from 120 at the start of the week.", "120", None, "death toll", True),
        ("The toll rose from 40 to 52 overnight.", "40", None, "death toll", True),
        ("The toll reached 68 people killed by the storm.", "68", "people", "killed", False),
        # a fixed figure's earlier value is another matter: two turnouts told alike stay one
        ("Turnout was 62%, up from 55% four years ago.", "55%", None, "turnout", False),
    ],
    ids=["an-increase-from", "up-from", "rose-from", "a-level", "not-a-running-count"],
)
def test_the_level_a_toll_moved_from_is_an_earlier_stage(
    sentence: str, figure: str, counted: str | None, event: str | None, prior: bool
) -> None:
    from crosscheck.align import _is_prior

    kind = "percent" if figure.endswith("%") else "count"
    c = claim(figure.rstrip("%"), counted=counted, event=event, sentence=sentence, kind=kind)
    assert _is_prior(c) is prior


def _read(*texts: str) -> tuple[list[Claim], list]:  # type: ignore[type-arg]
    """The claims the pipeline reads in one article per text, and the articles."""
    from crosscheck.model import Article
    from crosscheck.pipeline import extract_article

    articles = [Article(id=f"o{k}", file=f"o{k}.txt", text=t, published=date(2025, 6, 12)) for k, t in enumerate(texts)]
    return [c for a in articles for c in extract_article(a)[1]], articles


@pytest.mark.parametrize(
    ("a", "figure_a", "b", "figure_b", "merged"),
    [
        # one step of a lender's rate, in points or basis points, however the rate is named
        ("The Bank of Varland raised its target interest rate by a quarter of a percentage point on Wednesday.",
         "a quarter of a percentage point",
         "The Varland central bank increased interest rates by 25 basis points.", "25 basis points", True),
        ("Varland central bank raises rates a quarter point and signals more ahead.", "a quarter point",
         "The Bank of Varland lifted its benchmark rate by 25 basis points.", "25 basis points", True),
        ("The move followed a half-point increase in March.", "a half-point increase",
         "That came after a 50 basis point increase in March.", "50 basis point increase", True),
        # one level, as a range in percent or in basis points
        ("The bank set its key rate in a range of 3.25% to 3.5%.", "3.25% to 3.5%",
         "It took the policy rate to between 325 and 350 basis points.", "between 325 and 350 basis points", True),
        ("The bank raised its policy rate by 25bps to 3.25-3.5%.", "3.25-3.5%",
         "It took the policy rate to between 325 and 350 basis points.", "between 325 and 350 basis points", True),
        # near misses: a step of another rate; a move of a share in points
        ("The jobless rate rose by a quarter of a percentage point in May.", "a quarter of a percentage point",
         "The Bank of Varland raised interest rates by 25 basis points.", "25 basis points", False),
        ("Support for the plan saw a half-point rise in the latest poll.", "a half-point rise",
         "The Ostmark bank announced a half-point rise on Tuesday.", "a half-point rise", False),
        ("Layoffs pushed the jobless rate to 5.25% in May.", "5.25%",
         "The bank raised its policy rate by 25bps to 5.25%.", "5.25%", False),
        ("Bond markets slid and the benchmark yield rose 12 basis points to 4.2% on Monday.", "4.2%",
         "The bank lifted its policy rate by 25bps to 4.2%.", "4.2%", False),
        # a headline's lender and its move name the rate it moves
        ("Varbank hikes 25bps to 3.50-3.75%, signals more", "3.50-3.75%",
         "The Varland central bank set its key rate in a range of 3.5% to 3.75%.", "3.5% to 3.75%", True),
        ("Varbank increases 25bps to 3.50-3.75%, signals more", "3.50-3.75%",
         "The Varland central bank set its key rate in a range of 3.5% to 3.75%.", "3.5% to 3.75%", True),
        # a level the rate is left at
        ("After a long debate on Thursday, the Ostmark central bank left its deposit rate unchanged at 4%.", "4%",
         "Policymakers, citing sticky wages and weak exports, kept the deposit rate unchanged at 4 per cent.",
         "4 per cent", True),
        # a rate named by its target
        ("The Varland central bank cut its key interest target by half a percentage point on Friday.",
         "half a percentage point", "The bank lowered its policy rate by 50 basis points.", "50 basis points", True),
        # near miss: one of a lender's several rates, named beside another
        ("The Bank Rate is now 0.75% and the deposit rate is 0.25%.", "0.25%",
         "The Varland central bank lowered its target for the overnight rate by 50 basis points to 0.25%.", "0.25%",
         False),
    ],
    ids=["quarter-point-vs-25bp", "raises-rates-vs-benchmark", "half-point-vs-50bp", "range-pct-vs-bp",
         "level-after-step-vs-bp", "jobless-rate-step", "poll-points", "jobless-rate-level", "yield-level",
         "headline-level", "headline-increases", "left-unchanged-at", "interest-target", "one-of-several-rates"],
)
def test_a_lenders_rate_told_in_points_or_basis_points_is_one_figure(
        a: str, figure_a: str, b: str, figure_b: str, merged: bool) -> None:
    claims, articles = _read(a, b)
    one = next(c for c in claims if c.article == "o0" and c.text == figure_a)
    two = next(c for c in claims if c.article == "o1" and c.text == figure_b)
    groups = align_claims(claims, articles, DEFAULT).groups
    assert any({one.id, two.id} <= set(g) for g in groups) is merged
@pytest.mark.parametrize(
    "sentence, merged",
    [
        # a share of voters the sentence has just called the turnout is the turnout
        ("Officials lamented the low turnout in the vote, which did not exceed 62% of voters.", True),
        # another figure between them: the share is of something else
        ("Turnout was 55% and 62% of voters were women.", False),
    ],
    ids=["called-the-turnout", "another-figure-between"],
)
def test_a_share_of_voters_named_as_the_turnout_is_the_turnout(sentence: str, merged: bool) -> None:
    turnout = replace(_share("61.8", None, "", "a", "Final turnout was 61.8%, the commission said."),
                      counted="final turnout", event=None)
    voters = replace(_share("62", None, "", "b", sentence), counted="voters", event=None)
    assert _same_cluster([turnout, voters]) is merged


@pytest.mark.parametrize(
    "counted, sentence, merged",
    [
        ("deputies", "The new chamber has 240 deputies and 90 senators.", True),
        ("lawmakers", "The assembly's 240 lawmakers meet on Monday.", True),
        # members of something else are no seats
        ("families", "Some 240 families were moved.", False),
    ],
    ids=["deputies", "lawmakers", "families"],
)
def test_a_chambers_members_are_its_seats(counted: str, sentence: str, merged: bool) -> None:
    seats = claim("240", counted="seats", article="a", sentence="The coalition holds 130 of a total of 240 seats.")
    members = claim("240", counted=counted, article="b", sentence=sentence)
    assert _same_cluster([seats, members]) is merged


@pytest.mark.parametrize(
    ("figure", "merged"),
    [
        # one amount told to four digits in two outlets, one of which says nothing of what it is
        ("$48.27 billion", True),
        # a round amount retold says too little: other amounts of a results story share it
        ("$48 billion", False),
    ],
)
def test_a_precise_amount_retold_is_one_quantity(figure: str, merged: bool) -> None:
    from crosscheck.extract.claims import extract_claims

    texts = {"a": f"Zentrix results.\n\nThe grocer's sales came to {figure} in the quarter.",
             "b": f"Zentrix results.\n\nThe grocer's numbers: {figure} vs. a year of weak trade."}
    arts = [article(k, text=t) for k, t in texts.items()]
    claims = [c for a in arts for c in extract_claims(a, segment(a))]
    assert len(claims) == 2
    assert _same_cluster(claims) is merged



@pytest.mark.parametrize("verb", ["posted", "generated", "brought", "booked", "delivered"])
def test_how_a_result_was_told_is_no_happening(verb: str) -> None:
    from crosscheck.align import happening

    assert happening(verb) is None
    assert happening("killed") == "killed"


def test_one_named_part_of_a_firm_with_agreeing_amounts_is_one_quantity() -> None:
    from crosscheck.extract.claims import extract_claims

    texts = {"a": "Veltrane results.\n\nThe Harbour Retail segment, home to Kale and Lune, posted $13.5 billion.",
             "b": "Veltrane results.\n\nThe Harbour Retail division generated $13.45 billion, above forecasts."}
    arts = [article(k, text=t) for k, t in texts.items()]
    claims = [c for a in arts for c in extract_claims(a, segment(a))]
    assert len(claims) == 2
    assert _same_cluster(claims)


@pytest.mark.parametrize(
    ("figure", "counted", "event", "sentence", "frame"),
    [
        ("more than 12,000", "people", "gathered", "Police said more than 12,000 people had gathered for the fair.", "attended"),
        ("over 150,000", "people", "attended", "The fair was attended by over 150,000 people.", "attended"),
        ("90,000", "pilgrims", None, "The square could not hold a crowd of 90,000 pilgrims.", "attended"),
        ("8,000", "persons", None, "Some 8,000 persons were present at the fair, police said.", "attended"),
        ("about 40,000", "people", None, "A vendor said there may have been about 40,000 people at the fair.", "attended"),
        ("about 3,000", "people", None, "The fair had permission for about 3,000 people.", "permitted"),
        ("60,000", "people", "granted", "Permission was granted for 60,000 people, the report said.", "permitted"),
        # not a gathering: what was lit in the streets, who fled, a grant of money
        ("700", "fires", "lit", "There had been 700 fires lit in the streets overnight.", None),
        ("200", "police officers", None, "Some 200 police officers were present at the fair.", None),
        ("20,000", "people", "fled", "The floods made 20,000 people flee.", None),
        ("5,000", "dollars", None, "Each family got 5,000 dollars in aid.", None),
    ],
    ids=["gathered", "attended-by", "crowd-of", "were-present", "there-been-at", "permission-for", "granted-for",
         "fires-in-the-streets", "officers-present", "fled", "money"],
)
def test_a_count_of_the_people_at_a_gathering_or_allowed_it_is_told_apart(
    figure: str, counted: str | None, event: str | None, sentence: str, frame: str | None
) -> None:
    from crosscheck.align import _gathering

    kind = "money" if counted == "dollars" else "count"
    assert _gathering(claim(figure, counted=counted, event=event, sentence=sentence, kind=kind)) == frame


_GATHERED = claim("more than 12,000", counted="people", event="gathered", article="a",
                  sentence="Police said more than 12,000 people had gathered for the fair.")
_ATTENDED = claim("over 150,000", counted="people", event="attended", article="b",
                  sentence="The fair was attended by over 150,000 people.")


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # estimates of one crowd twelve times apart: one quantity, whose gap is the discrepancy
        (_GATHERED, _ATTENDED, True),
        (_GATHERED, claim("140,000", counted="pilgrims", article="c", sentence="Reporters saw a crowd of 140,000 pilgrims."),
         True),
        (claim("about 40,000", counted="people", article="c",
               sentence="A vendor said there may have been about 40,000 people at the fair."), _ATTENDED, True),
        (claim("thousands", counted=None, article="c", sentence="Reporters saw a crowd of thousands at the fair."),
         _ATTENDED, True),
        # the numbers the gathering was allowed, however far apart, are one quantity too ...
        (claim("about 3,000", counted="people", article="a", sentence="The fair had permission for about 3,000 people."),
         claim("60,000", counted="people", event="granted", article="b",
               sentence="Permission was granted for 60,000 people, the report said."),
         True),
        # ... but never the crowd itself
        (_GATHERED, claim("about 12,000", counted="people", article="b",
                          sentence="The fair had permission for about 12,000 people."), False),
        # a count of people that is no gathering keeps the gap's full weight
        (_GATHERED, claim("150,000", counted="people", event="evacuated", article="b",
                          sentence="Officials said 150,000 people were evacuated."), False),
        # nor do two gatherings in two places join
        (claim("12,000", counted="people", event="gathered", place="Lindenport", article="a",
               sentence="In Lindenport 12,000 people gathered for the vigil."),
         claim("150,000", counted="people", event="gathered", place="Eastvale", article="b",
               sentence="In Eastvale 150,000 people gathered for the vigil."),
         False),
    ],
    ids=["gathered-and-attended", "a-crowd-of-pilgrims", "a-witness-guess", "a-crowd-of-thousands", "permitted", "crowd-is-not-permitted",
         "not-a-gathering", "two-places"],
)
def test_estimates_of_one_crowd_align_however_far_apart(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


@pytest.mark.parametrize(
    ("figure", "counted", "sentence", "frame"),
    [
        ("40,000", "demonstrators", "Organisers said 40,000 demonstrators filled the avenue.", "turnout"),
        ("12,000", "marchers", "Police counted 12,000 marchers in Lindenport.", "turnout"),
        ("about 8,000", "people", "On Saturday about 8,000 people took to the streets of Lindenport.", "turnout"),
        ("50,000", "people", "Some 50,000 people marched through the old town.", "turnout"),
        ("9,000", "people", "The union said 9,000 people came out to protest.", "turnout"),
        ("2 million", "people", "Some 2 million people took part on Friday in the rallies.", "turnout"),
        # counted at a protest, but not its crowd
        ("300", "strikers", "Some 300 strikers stayed away from the depot.", None),
        ("457", "arrests", "Police made 457 arrests during the marches.", None),
        ("13,000", "police officers", "Some 13,000 police officers were deployed for the marches.", None),
        ("41", "people", "Some 41 people were injured as protesters marched.", None),
    ],
    ids=["demonstrators", "marchers", "took-to-the-streets", "marched", "came-out-to-protest",
         "took-part-on-a-day-in", "strikers", "arrests", "police-deployed", "injured"],
)
def test_the_crowd_of_a_protest_is_told_apart(figure: str, counted: str, sentence: str, frame: str | None) -> None:
    from crosscheck.align import _gathering

    assert _gathering(claim(figure, counted=counted, sentence=sentence)) == frame


_SATURDAY = time_scope(date(2025, 4, 12), date(2025, 4, 12), text="on Saturday", relation="point")
_TUESDAY = time_scope(date(2025, 4, 8), date(2025, 4, 8), text="on Tuesday", relation="point")
_A_WEEK_EARLIER = TimeScope(text="A week earlier")  # as extraction reads it: no date to resolve
_BY_POLICE = claim("12,000", counted="marchers", place="Lindenport", article="a",
                   sentence="Police counted 12,000 marchers in Lindenport.")


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # the organisers' count and the police's of one march, over three times apart: one crowd
        (_BY_POLICE, claim("40,000", counted="demonstrators", place="Lindenport", article="b",
                           sentence="Organisers said 40,000 demonstrators marched in Lindenport."), True),
        (claim("1.1 million", counted="protesters", time=_SATURDAY, article="a",
               sentence="The ministry said 1.1 million protesters marched across the country on Saturday."),
         claim("3.4 million", counted="people", time=_SATURDAY, article="b",
               sentence="The unions said 3.4 million people took to the streets on Saturday."), True),
        # one article telling both, side by side, reports the disagreement
        (claim("40,000", counted="marchers", place="Lindenport", article="c", offset=0,
               sentence="In Lindenport organisers counted 40,000 marchers, while police counted 12,000 marchers."),
         claim("12,000", counted="marchers", place="Lindenport", article="c", offset=0,
               sentence="In Lindenport organisers counted 40,000 marchers, while police counted 12,000 marchers."), True),
        # two cities' marches, or a city's and the nation's, are two crowds
        (_BY_POLICE, claim("40,000", counted="demonstrators", place="Eastvale", article="b",
                           sentence="Organisers said 40,000 demonstrators marched in Eastvale."), False),
        (_BY_POLICE, claim("40,000", counted="demonstrators", article="b",
                           sentence="Organisers said 40,000 demonstrators marched across the country."), False),
        # two days' turnouts are two crowds, and so are a dated one and an undated one
        (claim("1.1 million", counted="protesters", time=_SATURDAY, article="a",
               sentence="The ministry said 1.1 million protesters marched across the country on Saturday."),
         claim("3.4 million", counted="people", time=_TUESDAY, article="b",
               sentence="The unions said 3.4 million people took to the streets on Tuesday."), False),
        (claim("1.1 million", counted="protesters", time=_SATURDAY, article="a",
               sentence="The ministry said 1.1 million protesters marched across the country on Saturday."),
         claim("3.4 million", counted="people", article="b",
               sentence="The unions said 3.4 million people took to the streets."), False),
        # one article's two sentences give two figures, not one crowd it contradicts itself on
        (claim("40,000", counted="marchers", place="Lindenport", article="c",
               sentence="In Lindenport organisers counted 40,000 marchers."),
         claim("12,000", counted="marchers", place="Lindenport", article="c", time=_A_WEEK_EARLIER,
               sentence="A week earlier police counted 12,000 marchers in Lindenport."), False),
        # nor are two figures one sentence tells as two stages or two cities'
        (claim("12,000", counted="marchers", place="Lindenport", article="c", offset=0,
               sentence="Police counted 12,000 marchers in Lindenport, up from 9,000 marchers, organisers said."),
         claim("9,000", counted="marchers", place="Lindenport", article="c", offset=0,
               sentence="Police counted 12,000 marchers in Lindenport, up from 9,000 marchers, organisers said."), False),
        (claim("12,000", counted="marchers", place="Lindenport", article="c", offset=0,
               sentence="Police counted 12,000 marchers in Lindenport and 30,000 marchers in Eastvale."),
         claim("30,000", counted="marchers", place="Eastvale", article="c", offset=0,
               sentence="Police counted 12,000 marchers in Lindenport and 30,000 marchers in Eastvale."), False),
        # nor is a crowd the arrests made at it
        (_BY_POLICE, claim("40,000", counted="arrests", place="Lindenport", article="b",
                           sentence="Police made 40,000 arrests in Lindenport."), False),
    ],
    ids=["police-and-organisers", "ministry-and-unions", "side-by-side", "two-cities", "city-and-nation",
         "two-days", "dated-and-undated", "two-sentences", "two-stages-in-a-sentence", "two-cities-in-a-sentence",
         "arrests"],
)
def test_rival_estimates_of_one_protest_align(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


_NEWS_ARTICLES = [article("p", published=date(2025, 4, 13)), article("q", published=date(2025, 4, 13)),
                  article("r", published=date(2025, 4, 30)), article("u"), article("v")]
_TODAY, _YESTERDAY = TimeScope(text="today"), TimeScope(text="yesterday")
_ON_SATURDAY, _ON_SUNDAY = TimeScope(text="on Saturday"), TimeScope(text="on Sunday")
_THE_UNIONS_SENTENCE = ("Turnout rose across the country: 3.4 million marchers according to figures from the "
                        "unions (including 500,000 in Lindenport) and 1.1 million marchers according to the ministry.")
_AFTER_A_QUIET_DAY = ("A week after a quiet first day (400,000 marchers according to the police, 1.5 million "
                      "marchers according to the unions), the marches filled up again.")


@pytest.mark.parametrize(
    ("sentence", "figure", "prior"),
    [
        (_AFTER_A_QUIET_DAY, "1.5 million marchers", True),
        ("Turnout was higher than on the first day (2 million voters), the board said.", "2 million voters", True),
        # a part of a figure told before the occasion is that figure's, of the news day
        ("The firm cut 1,000 jobs after the merger (including 300 jobs in Lindenport).", "300 jobs", False),
        ("After the storm, rescuers counted 400 homes lost (120 homes in Eastvale).", "120 homes", False),
    ],
    ids=["a-week-after", "than-on", "a-part-after-an-occasion", "a-figure-before-the-bracket"],
)
def test_figures_bracketed_after_an_earlier_occasion_are_prior(sentence: str, figure: str, prior: bool) -> None:
    from crosscheck.align import _is_prior

    value, counted = figure.rsplit(" ", 1)
    assert _is_prior(claim(value, counted=counted, sentence=sentence)) is prior


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # an undated turnout is its article's news: the one an article of the next day dates
        (claim("1.1 million", counted="protesters", time=_SATURDAY, article="p",
               sentence="The ministry said 1.1 million protesters marched on Saturday."),
         claim("3.4 million", counted="people", article="q",
               sentence="The unions said 3.4 million people took to the streets."), True),
        # ... not one dated weeks before its article
        (claim("1.1 million", counted="protesters", time=_SATURDAY, article="r",
               sentence="The ministry said 1.1 million protesters marched on Saturday."),
         claim("3.4 million", counted="people", article="q",
               sentence="The unions said 3.4 million people took to the streets."), False),
        # an undated article's "today" is its news day, and another's "yesterday" may be the same
        (claim("3.4 million", counted="protesters", time=_TODAY, article="u",
               sentence="3.4 million protesters today, the unions said."),
         claim("1.1 million", counted="people", time=_YESTERDAY, article="v",
               sentence="The ministry said 1.1 million people marched yesterday."), True),
        # two weekdays are two days, dated or not
        (claim("3.4 million", counted="protesters", time=_ON_SATURDAY, article="u",
               sentence="The unions said 3.4 million protesters marched on Saturday."),
         claim("1.1 million", counted="people", time=_ON_SUNDAY, article="v",
               sentence="The ministry said 1.1 million people marched on Sunday."), False),
        # a turnout told nationwide and one told with no place are the nation's
        (claim("1.1 million", counted="protesters", place="nationwide", article="u",
               sentence="The ministry said 1.1 million protesters marched nationwide."),
         claim("3.4 million", counted="people", article="v",
               sentence="The unions said 3.4 million people took to the streets."), True),
        # one article's two sentences, each with its teller, tell one crowd's rival counts
        (claim("40,000", counted="marchers", place="Lindenport", article="u",
               sentence="Organisers said 40,000 marchers filled Lindenport."),
         claim("12,000", counted="marchers", place="Lindenport", article="u",
               sentence="Police counted 12,000 marchers in Lindenport."), True),
        # ... and so does one sentence that names each figure's source ("according to ... from")
        (claim("3.4 million", counted="marchers", article="u", offset=0, sentence=_THE_UNIONS_SENTENCE),
         claim("1.1 million", counted="marchers", article="u", offset=0, sentence=_THE_UNIONS_SENTENCE), True),
        # figures in brackets after an earlier day are that day's, not the news day's ...
        (claim("400,000", counted="marchers", article="u", offset=0, sentence=_AFTER_A_QUIET_DAY),
         claim("1.2 million", counted="marchers", article="v",
               sentence="Police counted 1.2 million marchers across the country."), False),
        # ... and rival counts of it all the same
        (claim("400,000", counted="marchers", article="u", offset=0, sentence=_AFTER_A_QUIET_DAY),
         claim("1.5 million", counted="marchers", article="u", offset=0, sentence=_AFTER_A_QUIET_DAY), True),
    ],
    ids=["undated-and-the-news-day", "undated-and-weeks-before", "today-and-yesterday", "two-weekdays",
         "nationwide-and-no-place", "two-sentences-two-tellers", "according-to-figures-from",
         "an-earlier-days-figures", "an-earlier-days-rival-figures"],
)
def test_rival_estimates_of_the_news_day_align(a: Claim, b: Claim, merged: bool) -> None:
    groups = align_claims([a, b], _NEWS_ARTICLES, DEFAULT).groups
    assert any({a.id, b.id} <= set(g) for g in groups) is merged


@pytest.mark.parametrize(
    ("part", "merged"),
    [
        # a part as large as the other figure is that figure told again
        (claim("11", counted="hikers", event="missing", article="a", sentence="Among those still missing were 11 hikers."),
         True),
        # ... a smaller one is a part of it
        (claim("4", counted="hikers", event="missing", article="a", sentence="Among those still missing were 4 hikers."),
         False),
    ],
    ids=["as-large", "smaller"],
)
def test_a_part_as_large_as_the_figure_is_the_figure(part: Claim, merged: bool) -> None:
    headline = claim("11", counted="hikers", event="missing", article="a", sentence="Floods close roads; 11 hikers missing")
    other = claim("11", counted="hikers", event="missing", article="b", sentence="Rescuers said 11 hikers were missing.")
    assert _same_cluster([headline, part, other]) is merged


@pytest.mark.parametrize(
    ("counted", "event", "weighed"),
    [
        # the dead told by what has not befallen them are the unidentified, not the dying
        ("dead", "unidentified", "unidentified"),
        ("injured", "untreated", "untreated"),
        # near misses: a verb of no class, or a word in un- that denies no participle, leaves
        # what befell them
        ("dead", "buried", "dead"),
        ("missing", "unknown", "missing"),
    ],
    ids=["unidentified", "untreated", "a-verb-of-no-class", "no-participle"],
)
def test_a_denied_state_is_the_event_weighed(counted: str, event: str, weighed: str) -> None:
    from crosscheck.align import _event_of

    assert _event_of(claim("22", counted=counted, event=event)) == weighed


@pytest.mark.parametrize(
    ("figure", "counted", "sentence", "change"),
    [
        # a count told as added, then the running count it brings to a new level: an increment
        ("At least 7", "additional deaths",
         "At least 7 additional deaths were reported downstream, pushing the flood's toll to 52.", True),
        ("240", "more cases", "Officials reported 240 more cases on Monday, bringing the total to 1,240.", True),
        ("35,000", "more marchers", "Some 35,000 more marchers joined in the afternoon, taking the count to 90,000.",
         True),
        # near misses: no new level told, or no figure told as added
        ("41", "more", "At least 82 people are dead and at least 41 more are missing.", False),
        ("11", "deaths", "Officials confirmed 11 deaths upriver, bringing the total to 79.", False),
    ],
    ids=["additional-deaths", "more-cases", "more-marchers", "more-without-a-new-level", "not-told-as-added"],
)
def test_a_count_added_to_a_running_count_is_a_change(figure: str, counted: str, sentence: str, change: bool) -> None:
    from crosscheck.align import _is_change

    assert _is_change(claim(figure, counted=counted, sentence=sentence)) is change


def test_a_guess_at_what_was_is_no_projection() -> None:
    from crosscheck.align import _projection

    assert not _projection(claim("about 40,000", sentence="There may have been about 40,000 people at the fair."))
    assert not _projection(claim("up to 2,000", sentence="The leak could have affected up to 2,000 people."))
    assert _projection(claim("up to 2,000", sentence="The leak could affect up to 2,000 people."))
    assert _projection(claim("2,000", sentence="By June the fund will have paid 2,000 people."))


def test_more_than_a_dozen_in_the_lede_is_the_eighteen_told_later() -> None:
    """One article's loose first figure and its exact one: one cluster, and no conflict."""
    from crosscheck.judge import judge_claims
    from crosscheck.sources import source_map

    text = ("More than a dozen people were injured in a crush at a fair in the northern hills.\n\n"
            "Police said at least 18 people were injured and taken to hospital.")
    claims, articles = _read(text)
    alignment = align_claims(claims, articles, DEFAULT)
    (cluster,) = [c for c in judge_claims(alignment.groups, claims, articles, source_map(articles), DEFAULT) if len(c.members) > 1]
    assert len(cluster.members) == 2 and cluster.verdict != "conflict"


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # one sum paid to each bereaved family, whatever each outlet calls it
        (claim("5,000", counted="compensation", kind="money", unit="USD", article="a",
               sentence="The families were promised 5,000 compensation each."),
         claim("5,000", counted="aid", event="announced", kind="money", unit="USD", article="b",
               sentence="The state announced 5,000 aid for each of the families."),
         True),
        (claim("5,000", counted="payouts", kind="money", unit="USD", article="a",
               sentence="Families will get 5,000 payouts each from the fund."),
         claim("5,000", counted="assistance", kind="money", unit="USD", article="b",
               sentence="Each family is due 5,000 assistance from the fund."),
         True),
        # a fine is no payout
        (claim("5,000", counted="compensation", kind="money", unit="USD", article="a",
               sentence="The families were promised 5,000 compensation each."),
         claim("5,000", counted="fine", kind="money", unit="USD", article="b",
               sentence="The organisers face a 5,000 fine from the city."),
         False),
    ],
    ids=["compensation-vs-aid", "payouts-vs-assistance", "compensation-vs-fine"],
)
def test_words_for_a_payout_count_the_same_sum(a: Claim, b: Claim, merged: bool) -> None:
    assert _same_cluster([a, b]) is merged


def _claims_of(*sentences: str, figures: tuple[str, ...]) -> list[Claim]:
    from crosscheck.extract.claims import extract_claims

    found = []
    for name, (sentence, figure) in zip("abcde", zip(sentences, figures, strict=True), strict=False):
        art = article(name, text=sentence)
        found += [c for c in extract_claims(art, segment(art)) if figure in sentence[c.start : c.end]]
    return found


def _sentences_merged(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether the figures of two one-sentence articles, each (sentence, figure), are clustered
    together; each sentence must yield its figure."""
    claims = _claims_of(first[0], second[0], figures=(first[1], second[1]))
    assert len(claims) == 2
    return _same_cluster(claims)


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # a party's list seats are a part of its seats, whichever figures
        (("The Harbour Party won 23 list seats in the chamber.", "23 list seats"),
         ("The Harbour Party won 23 seats in the chamber.", "23 seats"), False),
        (("The Harbour Party won 14 constituency seats.", "14 constituency seats"),
         ("The Harbour Party won 15 seats.", "15 seats"), False),
        # ... its district seats are not its list seats
        (("The Harbour Party won 14 district seats.", "14 district seats"),
         ("The Harbour Party won 15 list seats.", "15 list seats"), False),
        # ... the tier may be named after the seats
        (("The Harbour Party won 23 seats from party lists.", "23 seats"),
         ("The Harbour Party took 23 seats in all.", "23 seats"), False),
        # one tier, told two ways
        (("The Harbour Party won 23 seats from party lists.", "23 seats"),
         ("The Harbour Party won 23 list seats.", "23 list seats"), True),
        (("The Harbour Party will take about 52 seats through the proportional system.", "about 52 seats"),
         ("The Harbour Party won 52 list seats.", "52 list seats"), True),
        # a sentence naming both tiers does not say which one a bare count of seats is of
        (("The Harbour Party won 71 seats, and the Lantern League won 2 single-mandate and 9 list seats.", "71 seats"),
         ("The Harbour Party won 71 seats in all.", "71 seats"), True),
        # a party's seats, told as seats or mandates
        (("The Harbour Party won 89 seats.", "89 seats"),
         ("The Harbour Party secured 89 mandates in the new parliament.", "89 mandates"), True),
    ],
    ids=["list-vs-all", "constituency-vs-all", "district-vs-list", "tier-after-the-seats", "one-tier",
         "tier-named-in-the-sentence", "both-tiers-named", "all-seats"],
)
def test_a_chambers_list_and_district_seats_are_apart_from_its_total(
    first: tuple[str, str], second: tuple[str, str], merged: bool
) -> None:
    assert _sentences_merged(first, second) is merged


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # relief sent to a place is no payout to the harmed, whatever its sum
        (("The government pledged $10 million in humanitarian aid to the flooded valley.", "$10 million"),
         ("Officials announced a $10 million payout to the families of the dead.", "$10 million"), False),
        (("The agency sent $2 million in assistance to the valley.", "$2 million"),
         ("The state will pay $2 million in compensation to the families of the dead.", "$2 million"), False),
        # ... money aid to the families of the dead is their payout
        (("The families of those killed will receive financial assistance of $5,000 each.", "$5,000"),
         ("The state announced a $5,000 payout for each family of the dead.", "$5,000"), True),
        # ... and aid is aid, with or without its kind
        (("The government pledged $10 million in humanitarian aid to the flooded valley.", "$10 million"),
         ("The government pledged $10 million in aid to the valley.", "$10 million"), True),
    ],
    ids=["relief-vs-payout", "assistance-to-a-place-vs-compensation", "assistance-to-families-vs-payout",
         "aid-of-a-kind-vs-aid"],
)
def test_aid_is_a_payout_only_when_paid_to_the_harmed(first: tuple[str, str], second: tuple[str, str],
                                                        merged: bool) -> None:
    assert _sentences_merged(first, second) is merged


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # a plan for the quarter ahead is not the quarter just closed
        (("Harlow plans to invest over $30 billion in capital expenditures next quarter.", "$30 billion"),
         ("Harlow had $26.3 billion in capital expenditures in the fourth quarter.", "$26.3 billion"), False),
        (("Kestrel expects to spend $12 billion on equipment in the coming quarter.", "$12 billion"),
         ("Kestrel spent $11.5 billion on equipment last quarter.", "$11.5 billion"), False),
        # one plan, told with its time ahead and without
        (("Harlow plans to invest over $30 billion in capital expenditures next quarter.", "$30 billion"),
         ("Harlow said it would invest over $30 billion in capital expenditures.", "$30 billion"), True),
        # one figure to the digit, told with its time ahead and without
        (("Lawmakers approved a $3 billion budget for the coming year.", "$3 billion"),
         ("Lawmakers approved a $3 billion budget on Tuesday.", "$3 billion"), True),
        # two figures of the quarter ahead
        (("Harlow plans to invest $30 billion in capital expenditures next quarter.", "$30 billion"),
         ("Harlow will put $30 billion into capital expenditures in the coming quarter.", "$30 billion"), True),
        # an outlook for the quarter ahead is not the expectation the closed quarter beat
        (("Kestrel projected that cloud revenue would grow by 37% in the upcoming quarter.", "37%"),
         ("Cloud revenue grew 39%, beating analyst expectations of 36.6%.", "36.6%"), False),
        # ... but may be an outlook told without its time
        (("Kestrel projected that cloud revenue would grow by 37% in the upcoming quarter.", "37%"),
         ("Kestrel expects cloud revenue to grow by 37%, its finance chief said.", "37%"), True),
    ],
    ids=["plan-vs-spent", "coming-vs-last", "plan-told-without-its-time", "one-budget", "both-ahead", "outlook-vs-beaten-forecast",
         "outlook-told-without-its-time"],
)
def test_a_figure_for_a_period_ahead_is_not_one_of_the_period_closed(
    first: tuple[str, str], second: tuple[str, str], merged: bool
) -> None:
    assert _sentences_merged(first, second) is merged


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # one firm's part and another's: two growth rates, not one told two ways
        (("Kestrel's Harbour Retail division led the gains, with revenue climbing 26 percent.", "26 percent"),
         ("Lune Cloud alone saw 39% revenue growth during the quarter.", "39%"), False),
        # one part's growth, told two ways
        (("Kestrel's Harbour Retail division led the gains, with revenue climbing 26 percent.", "26 percent"),
         ("The Harbour Retail segment brought in $29.9 billion, up 26%.", "26%"), True),
        # a rate told after a level is that level's change: the same measure's growth ...
        (("Tarrow's revenue rose to $75 billion in the quarter, representing 34% growth.", "34% growth"),
         ("Tarrow's revenue grew 34% in the quarter.", "34%"), True),
        # ... not another measure's that moved as much
        (("Tarrow's net profit came in at $3.1 billion, up 9% from a year earlier.", "9%"),
         ("Tarrow's revenue rose 9% from a year earlier.", "9%"), False),
        (("Tarrow posted sales of $12 billion, a 12% rise from a year earlier.", "12% rise"),
         ("Tarrow's operating income increased 12% year over year.", "12%"), False),
    ],
    ids=["two-parts", "one-part", "growth-after-a-level", "profit-vs-revenue", "sales-vs-income"],
)
def test_growth_rates_of_two_holders_stay_apart(first: tuple[str, str], second: tuple[str, str], merged: bool) -> None:
    assert _sentences_merged(first, second) is merged


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # a firm's stock and its shares are one thing, whichever word an outlet uses
        (("Following the results, Kestrel's shares rose over 9% in after-hours trading.", "over 9%"),
         ("Kestrel (KST) stock jumped 9% in extended trading Wednesday after the results.", "9%"), True),
        (("Kestrel's stock climbed 4.5% to $88 on Friday.", "4.5%"),
         ("Shares in Kestrel climbed 4.5% on Friday.", "4.5%"), True),
    ],
    ids=["shares-vs-stock", "stock-vs-shares-in"],
)
def test_a_firms_stock_is_its_shares(first: tuple[str, str], second: tuple[str, str], merged: bool) -> None:
    assert _sentences_merged(first, second) is merged


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # what a firm is worth, however each outlet words it
        (("Kestrel became the third firm to reach a $4 trillion market valuation.", "$4 trillion"),
         ("The rally pushed Kestrel's market capitalization beyond the $4 trillion mark.", "$4 trillion"), True),
        (("Kestrel's market cap reached $900 billion on Friday.", "$900 billion"),
         ("Kestrel's market value reached $900 billion on Friday.", "$900 billion"), True),
    ],
    ids=["valuation-vs-capitalization-mark", "cap-vs-value"],
)
def test_words_for_a_firms_worth_name_one_measure(first: tuple[str, str], second: tuple[str, str], merged: bool) -> None:
    assert _sentences_merged(first, second) is merged


def _grouped_in(texts: dict[str, str], figures: dict[str, str]) -> bool:
    """The figures (one per article named) fall in one cluster, the corpus being ``texts``."""
    from crosscheck.extract.claims import extract_claims

    arts = [article(name, text=text) for name, text in texts.items()]
    claims = [c for a in arts for c in extract_claims(a, segment(a))]
    chosen = {c.id for c in claims if c.article in figures and c.text.startswith(figures[c.article])}
    assert len(chosen) == len(figures)
    return any(chosen <= set(g) for g in align_claims(claims, arts, DEFAULT).groups)


_OWN_NAME = "The Unione del Porto came out on top with 31.2% of the vote."
_ENGLISH_NAME = 'With most ballots counted, "Harbour Union" was put at 31 percent of the vote.'


@pytest.mark.parametrize(
    ("gloss", "merged"),
    [
        # a party's own name and its English one are one holder once an article glosses one by the other
        ("Voters in the north backed the Unione del Porto (Harbour Union) again.", True),
        ("Voters in the north backed the Harbour Union (Unione del Porto) again.", True),
        ("Voters in the north backed the Unione del Porto, known in English as Harbour Union.", True),
        # without the gloss, two names are two holders
        ("Voters in the north went to the polls again.", False),
        # a name in brackets after two others is their affiliation, no other name of either
        ("Ana Ruiz (Harbour Union) and Tom Bell (Harbour Union) won in the north; Lia Moro (Unione del Porto) lost.",
         False),
    ],
    ids=["own-then-english", "english-then-own", "known-as", "no-gloss", "affiliation"],
)
def test_a_party_named_in_two_languages_is_one_holder_once_glossed(gloss: str, merged: bool) -> None:
    texts = {"a": _OWN_NAME, "b": _ENGLISH_NAME, "c": gloss}
    assert _grouped_in(texts, {"a": "31.2%", "b": "31 percent"}) is merged


def test_a_party_told_by_its_place_is_not_one_its_article_names_apart() -> None:
    """A party told by its place in the race is none of the parties its article names for other
    figures: "the centre-left coalition" (25.99%) beside "the Harbour Union" (26.01%) is not the
    Harbour Union another outlet puts at 26%, and no link between them is shown."""
    from crosscheck.extract.claims import extract_claims

    texts = {
        "a": "The Harbour Union came out on top with 26.01% of the vote. The centre-left coalition (Lantern "
             "Party, Green Alliance) came in second place with 25.99% of the vote.",
        "b": 'With most ballots counted, "Harbour Union" was put at 26 percent of the vote.',
    }
    arts = [article(name, text=text) for name, text in texts.items()]
    claims = [c for a in arts for c in extract_claims(a, segment(a))]
    text_of = {c.id: c.text for c in claims}
    linked = {frozenset((text_of[link.a][:5], text_of[link.b][:5])) for link in align_claims(claims, arts, DEFAULT).table}
    assert frozenset(("26.01", "26 pe")) in linked
    assert frozenset(("25.99", "26 pe")) not in linked


@pytest.mark.parametrize(
    ("texts", "figures", "merged"),
    [
        # a bloc's share for the Senate is not its share for the lower house
        ({"a": "More ballots were counted in the Senate race, where the Harbour bloc received 44.1% of the vote.",
          "b": "As for the lower house race, the Harbour bloc garnered 44.34% of the vote."},
         {"a": "44.1%", "b": "44.34%"}, False),
        # ... one chamber named two ways is one
        ({"a": "In the lower house, the Harbour bloc received 44.1% of the vote.",
          "b": "The Harbour bloc garnered 44.1% of the vote for the Chamber of Deputies."},
         {"a": "44.1%", "b": "44.1%"}, True),
        # ... a chamber named far from the figure, in another clause, is not its chamber
        ({"a": "The voting age for the Senate was lowered from 25 to 18 this year, while the reform cut the seats "
               "of parliament to 600 (400 deputies and 200 senators).",
          "b": "The lower house now has 400 deputies."},
         {"a": "400 deputies", "b": "400 deputies"}, True),
        # how far the count has gone is no share of the vote
        ({"a": "More than half of the ballots were counted by midnight.",
          "b": "The Harbour bloc won 51% of the vote."},
         {"a": "More than half", "b": "51%"}, False),
    ],
    ids=["senate-vs-lower-house", "lower-house-two-ways", "chamber-far-away", "count-progress-vs-share"],
)
def test_a_chambers_result_and_the_counts_progress_are_their_own(texts: dict[str, str], figures: dict[str, str],
                                                                 merged: bool) -> None:
    assert _grouped_in(texts, figures) is merged


def test_one_bills_sum_is_one_in_either_chamber() -> None:
    texts = {"a": "The Senate passed the $1.2 trillion spending bill on Tuesday.",
             "b": "The lower house passed the $1.2 trillion spending bill on Tuesday."}
    assert _grouped_in(texts, {"a": "$1.2 trillion", "b": "$1.2 trillion"})
