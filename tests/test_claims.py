"""Claims on the sample corpus, scored against its answer key with the reference matching rules:
same file, span overlap, one-to-one greedy by overlap length; optional gold claims (durations,
ages) count neither way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.extract.claims import extract_claims
from crosscheck.extract.hedges import hedge_class
from crosscheck.ingest import load
from crosscheck.model import Article, Claim
from crosscheck.text import segment

CORPUS = Path(__file__).parent.parent / "corpus" / "afghan-returns-2025"
OPTIONAL_KINDS = {"duration", "age"}

#: the answer key writes hedges as words or as a class name; read both
_GOLD_HEDGE = {None: "exact", "vague": "vague", "more than": "more", "nearly": "less",
               "around": "approx", "up to": "upto", "average": "average"}


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return list(load([CORPUS]).articles)


@pytest.fixture(scope="module")
def claims(articles: list[Article]) -> dict[str, list[Claim]]:
    return {Path(a.file).name: extract_claims(a, segment(a)) for a in articles}


def _match(system: list[tuple[str, int, int]], gold: list[dict]) -> dict[int, int]:
    candidates = []
    for gi, g in enumerate(gold):
        for si, (file, start, end) in enumerate(system):
            if file == g["file"]:
                overlap = min(end, g["end"]) - max(start, g["start"])
                if overlap > 0:
                    candidates.append((overlap, gi, si))
    candidates.sort(reverse=True)
    gold_to_sys: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, si in candidates:
        if gi not in gold_to_sys and si not in taken:
            gold_to_sys[gi] = si
            taken.add(si)
    return gold_to_sys


def _score(claims: dict[str, list[Claim]]) -> dict[str, float]:
    gold_all = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["claims"]
    flat = [(f, c) for f, cs in claims.items() for c in cs]
    system = [(f, c.start, c.end) for f, c in flat]
    first = _match(system, gold_all)
    optional = {gi for gi, g in enumerate(gold_all) if g.get("optional") or g.get("kind") in OPTIONAL_KINDS}
    drop = {si for gi, si in first.items() if gi in optional}
    kept = [x for si, x in enumerate(flat) if si not in drop]
    gold = [g for gi, g in enumerate(gold_all) if gi not in optional]
    matched = _match([(f, c.start, c.end) for f, c in kept], gold)
    p = len(matched) / len(kept)
    r = len(matched) / len(gold)
    values = [kept[si][1].value for si in matched.values()]
    gold_values = [gold[gi]["value"] for gi in matched]
    value_ok = sum(
        (a is None and b is None) or (a is not None and b is not None and (abs(a - b) <= 0.005 * abs(b) or abs(a * 100 - b) <= 0.005 * abs(b) or abs(a - b * 100) <= 0.005 * abs(b * 100)))
        for a, b in zip(values, gold_values)
    )
    hedge_ok = sum(
        _class_of_words(kept[si][1].quantity.hedge, kept[si][1].quantity.hedge_class) == _GOLD_HEDGE.get(gold[gi]["hedge"], gold[gi]["hedge"])
        for gi, si in matched.items()
    )
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r), "value": value_ok / len(matched),
            "hedge": hedge_ok / len(matched)}


def _class_of_words(words: str | None, cls: str) -> str:
    """The reference scorer reads the hedge words; "at least" counts as "more" there."""
    if cls == "vague":
        return "vague"
    got = hedge_class(words)
    return "more" if got == "atleast" else got


def test_claims_f1(claims: dict[str, list[Claim]]) -> None:
    assert _score(claims)["f1"] >= 0.97


def test_value_accuracy(claims: dict[str, list[Claim]]) -> None:
    assert _score(claims)["value"] == 1.0


def test_hedge_accuracy(claims: dict[str, list[Claim]]) -> None:
    assert _score(claims)["hedge"] >= 0.95


def test_spans_hold_and_ids_are_deterministic(articles: list[Article], claims: dict[str, list[Claim]]) -> None:
    by_file = {Path(a.file).name: a for a in articles}
    for file, cs in claims.items():
        text = by_file[file].text
        for c in cs:
            assert text[c.start : c.end] == c.text
            assert c.id == f"{c.article}:{c.start}-{c.end}"
            assert c.start <= c.quantity.start and c.quantity.end <= c.end
            assert text[c.quantity.number_start : c.quantity.number_end] in c.text
    again = extract_claims(by_file["003_99f11a6eafaef3d0.txt"], segment(by_file["003_99f11a6eafaef3d0.txt"]))
    assert [c.id for c in again] == [c.id for c in claims["003_99f11a6eafaef3d0.txt"]]


def test_claim_extends_over_the_counted_phrase(claims: dict[str, list[Claim]]) -> None:
    texts = [c.text for c in claims["001_79ce0ea4bbe635d9.txt"]]
    assert "more than 80,000 Afghan nationals" in texts


def test_furniture_sentences_give_no_claims(articles: list[Article]) -> None:
    from dataclasses import replace

    article = articles[0]
    sentences = [replace(s, furniture=True) for s in segment(article)]
    assert extract_claims(article, sentences) == []


def test_attribution_comes_from_the_callback(articles: list[Article]) -> None:
    from crosscheck.model import Attribution

    seen: list[tuple[int, int, int]] = []

    def attribute(article, sentences, index, start, end):  # type: ignore[no-untyped-def]
        seen.append((index, start, end))
        return Attribution(source="officials")

    article = articles[0]
    found = extract_claims(article, segment(article), attribute)
    assert found and all(c.attribution and c.attribution.source == "officials" for c in found)
    assert [(s, e) for _, s, e in seen] == [(c.start, c.end) for c in found]


def _claims_of(text: str) -> dict[str, Claim]:
    from datetime import date

    article = Article(id="t", file="t.txt", text=text, published=date(2025, 4, 8))
    return {c.text: c for c in extract_claims(article, segment(article))}


@pytest.mark.parametrize(
    ("text", "scope_of_the_48"),
    [
        # the fronted "Last year" dates every figure of its sentence, not only the first
        ("Last year, more than 2,000 runners were treated after 48 runners collapsed at the finish.", "Last year"),
        # a time phrase inside the sentence is the scope of its own clause only
        ("Medics treated more than 2,000 runners last year, and 48 runners collapsed at the finish.", None),
    ],
    ids=["opening-phrase", "phrase-inside"],
)
def test_a_time_phrase_opening_a_sentence_dates_all_its_figures(text: str, scope_of_the_48: str | None) -> None:
    claims = _claims_of(text)
    assert claims["more than 2,000 runners"].time is not None
    later = claims["48 runners"].time
    assert (later.text if later else None) == scope_of_the_48


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a past event told right after a dated one happened that day
        ("Police said 1,636 people were detained on Sunday.\n\nThe largest operation was in the capital, "
         "where 511 other people were moved to camps.", "511 other people", "on Sunday"),
        # a running total ("have been moved") is not of that day
        ("Police said 1,636 people were detained on Sunday.\n\nSince then, 511 other people have been moved "
         "to camps.", "511 other people", None),
        # two sentences on, the day no longer holds
        ("Police said 1,636 people were detained on Sunday.\n\nThe minister spoke at noon.\n\n"
         "Officials moved 511 other people to camps.", "511 other people", None),
    ],
)
def test_a_dated_event_lends_its_day_to_the_next_sentence_only(text: str, figure: str, scope: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.time.text if claim.time else None) == scope


def test_a_claims_quantity_is_the_sentences_reading_moved_to_article_offsets(articles: list[Article]) -> None:
    """Every field of the quantity read in the sentence reaches the claim (a field the copy
    forgot would come back as its default)."""
    from dataclasses import fields, replace

    from crosscheck.extract.numbers import find_quantities

    for article in articles[:3]:
        sentences = segment(article)
        for c in extract_claims(article, sentences):
            local = {(q.start + c.sentence_start): q for q in find_quantities(c.sentence)}[c.quantity.start]
            o = c.sentence_start
            moved = replace(local, start=local.start + o, end=local.end + o,
                            number_start=local.number_start + o, number_end=local.number_end + o)
            assert [getattr(c.quantity, f.name) for f in fields(moved)] == [getattr(moved, f.name) for f in fields(moved)]


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # a headline lists figures after one verb, with only a place between them
        ("Cyclone Nerina kills at least 120 in Mozambique, 45 in Malawi", "45", "kills"),
        ("Storm has killed 12 in the north and 7 in the south", "7", "killed"),
        # a figure with a verb of its own keeps it
        ("The storm killed 12 people in the north, and 7 others were injured", "7 others", "injured"),
    ],
)
def test_a_listed_figure_shares_the_verb_of_the_figure_before(text: str, figure: str, event: str) -> None:
    assert _claims_of(text)[figure].event == event


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a bare figure borrows what the figure before it counted ...
        ("Police said 40 people died.\n\nAt least 12 were found on the shore.", "At least 12", "people"),
        # ... but not what a figure in a place or a breakdown counted
        ("In all 34 died, including two officers.\n\nMore than 300 were taken to hospital.", "More than 300", None),
        ("Some 100 people were treated in eight hospitals, with at least 11 in critical condition.",
         "at least 11", "people"),
        # and a toll's value needs no counted noun from the sentence before
        ("Police said 9 people died.\n\nThe death toll rose to 15 on Monday.", "15", None),
    ],
)
def test_what_a_bare_figure_borrows_from_the_figure_before(text: str, figure: str, counted: str | None) -> None:
    assert _claims_of(text)[figure].counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a length "from" or "of" a place is the distance from it, after a compass word or not
        ("The bus crashed about 11 km from Hill Road station at dawn.", "about 11 km", "distance from Hill Road station"),
        ("The quake struck 70 miles southwest of the capital.", "70 miles southwest", "distance from capital"),
        ("It lies 30 km from the border and 5 km from the sea.", "5 km", "distance from sea"),
        # a length that measures a thing keeps that thing
        ("A 5 km stretch of road was closed.", "5 km stretch", "stretch"),
    ],
)
def test_a_length_from_a_place_is_a_distance_from_it(text: str, figure: str, counted: str) -> None:
    assert _claims_of(text)[figure].counted == counted


def test_a_length_of_a_thing_is_no_distance() -> None:
    assert _claims_of("The storm may bring four to six inches of rain.")["four to six inches of rain"].counted == "rain"


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        # a sum with no currency takes the one currency of the article's other sums
        ("Acme hit with record 2.1 billion EU fine.\n\nRegulators fined Acme 2.14 billion euros on Tuesday.",
         "money", "EUR"),
        # ... or of the sum of about its size when a conversion adds another currency
        ("Acme hit with 2.1 billion EU fine.\n\nThe fine of 2.14 billion euros (Rs 18,000 crore) is a record.",
         "money", "EUR"),
        # two currencies, or none, leave it a count: which one is not written
        ("Acme hit with 2.1 billion fine.\n\nIt paid $3 billion and 1 billion euros before.", "count", None),
        ("Acme hit with 2.1 billion fine.\n\nIt will appeal.", "count", None),
    ],
)
def test_a_sum_without_a_currency_takes_the_articles_one_currency(text: str, kind: str, unit: str | None) -> None:
    q = _claims_of(text)[next(t for t in _claims_of(text) if t.startswith("2.1 billion"))].quantity
    assert (q.kind, q.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a bare count counts what the count of the sentence before counted
        ("Officials said 1,636 people were detained on Sunday.\n\nIn the capital, 511 were moved to camps.",
         "511", "people"),
        # further back, other figures came between: no noun is borrowed across them
        ("Average weekly hours rose to 35.1 from 34.9.\n\nRevisions were large.\n\n"
         "Revisions ran to 77,000 across May.", "77,000", None),
    ],
)
def test_a_bare_count_borrows_what_is_counted_from_the_sentence_before_only(
        text: str, figure: str, counted: str | None) -> None:
    assert _claims_of(text)[figure].counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a figure listed after another of its kind measures the same thing
        ("Average rents increased 0.4% on the month and 5.1% from a year earlier.", "5.1%", "average rents"),
        # a part of a crowd counts what the crowd counts, in its place
        ("Stewards counted 30,000 fans, 9,000 in the north stand.", "9,000", "fans"),
        # a share after a count is no share of the count's noun
        ("Stewards counted 30,000 fans, 20% more than last year.", "20%", None),
    ],
)
def test_a_listed_figure_takes_the_counted_noun_of_the_one_before(text: str, figure: str, counted: str | None) -> None:
    assert _claims_of(text)[figure].counted == counted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a bare day number after "than" or "since", in an article that names the day with its month
        ("The first march was on March 7. Unions said more people marched than 7.", []),
        ("The first march was on 7 March. A steward said: it's more than 7, for sure.", []),
        # a count of its own stays, and so does a day number no date of the article names
        ("The first march was on March 7. Some 7 people were hurt.", ["Some 7 people"]),
        ("The first march was on March 9. Unions said more people marched than 7.", ["7"]),
    ],
)
def test_a_bare_day_of_a_named_date_is_no_count(text: str, kept: list[str]) -> None:
    assert list(_claims_of(text)) == kept


@pytest.mark.parametrize(
    ("text", "figure", "counted", "event"),
    [
        # a state counts no noun that a later figure with its own state could borrow
        ("Police said 8 people died, 31 injured and 17 reported missing.", "17", None, "reported missing"),
        # a participle before a state is the verb that reports it
        ("Police said 17 confirmed dead.", "17", None, "confirmed dead"),
        # controls: a noun is still borrowed; a participle before a noun is an adjective
        ("Rescuers freed 40 miners and carried out 12.", "12", "miners", "carried"),
        ("Clinics logged 200 reported cases.", "200 reported cases", "reported cases", "logged"),
        # the ratio "X per Y" is one measure
        ("Adjusted earnings per share rose 4% to 61.5 pence.", "4%", "earnings per share", None),
        ("It paid basic earnings per share of 61.5 pence.", "61.5 pence", "earnings per share", "paid"),
    ],
)
def test_states_are_not_borrowed_and_ratios_are_one_measure(text: str, figure: str, counted: str | None, event: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.counted, claim.event) == (counted, event)


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a conversion in brackets measures what the figure before it measures
        ("Net revenue in the first half was 2.1 billion euros ($2.3 billion).", "$2.3 billion", "net revenue"),
        # so does its change told after it
        ("Net revenue was 2.1 billion euros, up 4.5% on a year earlier.", "4.5%", "net revenue"),
        ("It made earnings per share of 61 cents, down 3% on the year.", "3%", "earnings per share"),
        # and the old level a sum moved from
        ("Net revenue grew to 2.1 billion euros from 1.9 billion euros a year earlier.", "1.9 billion euros", "net revenue"),
        # the level a change reached, told after "to"
        ("Free cash flow up 12% to £420 million", "£420 million", "free cash flow"),
        ("Adjusted EPS +8.3% to 91.2p", "91.2p", "adjusted eps"),
        # a bracketed figure of another kind is no conversion: a share of something else
        ("Net revenue was 2.1 billion euros (12%).", "12%", None),
    ],
)
def test_a_gloss_measures_what_the_figure_before_it_measures(text: str, figure: str, counted: str | None) -> None:
    assert _claims_of(text)[figure].counted == counted


def test_a_figure_listed_after_a_tolls_value_borrows_no_noun_from_the_sentence_before() -> None:
    text = ("The number of injured rose to 300.\n\nFlood: Death Toll From Heavy Rains Jumps to More Than 1,000 "
            "As Waters Recede.")
    assert _claims_of(text)["More Than 1,000"].counted is None


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a figure joined by "and" to the one before shares its frame
        ("Tremors measuring 5.2 and 4.8 shook the valley.", "4.8", "tremors"),
        # unless it has a verb and a noun of its own
        ("The storm killed 12 people and 7 cars were swept away.", "7 cars", "cars"),
    ],
)
def test_a_figure_joined_by_and_shares_the_frame_before(text: str, figure: str, counted: str) -> None:
    assert _claims_of(text)[figure].counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # a bare total right after a toll's value is the toll's
        ("The death toll rose to 1,200.\n\nThe new total of 1,250 is up from the 1,100 total announced earlier.",
         "1,250", "death toll"),
        ("The death toll rose to 1,200.\n\nThe new total of 1,250 is up from the 1,100 total announced earlier.",
         "1,100 total", "death toll"),
        # a figure with an event of its own keeps it
        ("The death toll rose to 1,200.\n\nSome 300 houses collapsed.", "Some 300 houses", "collapsed"),
        # two sentences on, the toll no longer holds
        ("The death toll rose to 1,200.\n\nRescuers worked all night.\n\nThe new total of 1,250 was given.",
         "1,250", "given"),
    ],
)
def test_a_bare_total_after_a_toll_is_the_tolls(text: str, figure: str, event: str | None) -> None:
    assert _claims_of(text)[figure].event == event


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a figure restated in brackets in another unit measures what the first one does
        ("Readings at the dam reached 41.2 degrees Celsius (106 Fahrenheit) on Monday.", "106 Fahrenheit",
         "readings"),
        ("Pretax income of the group was 3.1 billion pounds ($4.0 billion) in the half.", "$4.0 billion",
         "pretax income"),
        # a bracket of another kind is not a restatement
        ("Readings at the dam reached 41.2 degrees Celsius (up 3%) on Monday.", "3%", None),
    ],
)
def test_a_figure_restated_in_brackets_counts_what_the_first_counts(text: str, figure: str, counted: str | None) -> None:
    assert _claims_of(text)[figure].counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "hedge_class"),
    [
        # a conversion in brackets is as hedged as the figure it converts
        ("The hamlet lies about 300km (190 miles) east of the port.", "190 miles", "approx"),
        ("The buyer paid more than $5 billion (4 billion pounds) for the mill.", "4 billion pounds", "more"),
        ("The ridge rises nearly 3,000 metres (9,800 feet) above the bay.", "9,800 feet", "less"),
        # its own hedge stays, and an unhedged figure gives none
        ("The hamlet lies about 300km (some 186 miles) east of the port.", "some 186 miles", "approx"),
        ("The hamlet lies 300km (186 miles) east of the port.", "186 miles", "exact"),
    ],
)
def test_a_conversion_in_brackets_takes_the_hedge_of_what_it_converts(text: str, figure: str, hedge_class: str) -> None:
    assert _claims_of(text)[figure].quantity.hedge_class == hedge_class


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # the dead among the cases counted before them are deaths, not cases of their own
        ("We are counting 20 people who are infected, and six who have already died.", "six", "deaths"),
        ("We found 20 people infected with the virus, and sadly, six of them have succumbed.", "six", "deaths"),
        # control: a bare count after a count of people borrows what it counts
        ("Officials said 20 people were evacuated and 12 were moved to camps.", "12", "people"),
    ],
)
def test_the_dead_among_the_cases_before_them_are_deaths(text: str, figure: str, counted: str | None) -> None:
    assert _claims_of(text)[figure].counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a bare repeat of an earlier count of the article counts what that one counted
        ("At least 640 walkers died in the heat. Crews worked all night. Officials said the total figure of 640 "
         "came from one clinic.", "640 ", "walkers"),
        ("Some 1,250 ferries were stranded. Crews worked all night. The total at the main port was 1,250.", "1,250.",
         "ferries"),
        # controls: small numbers repeat by chance; another value borrows nothing
        ("Some 12 boats sank. Crews worked all night in the rain. The total at the port was 12.", "12.", None),
        ("At least 640 walkers died. Crews worked all night in the rain. The total at the clinic was 410.", "410", None),
    ],
)
def test_a_repeated_count_counts_what_the_first_one_counted(text: str, figure: str, counted: str | None) -> None:
    article = Article(id="t", file="t.txt", text=text)
    start = text.rindex(figure)
    found = [c for c in extract_claims(article, segment(article)) if c.start == start]
    assert [c.counted for c in found] == [counted]


@pytest.mark.parametrize(
    ("text", "figure", "counted", "place"),
    [
        # two figures sharing one unit count what the phrase before them names, both of them
        ("Farms and mines saw growth of 8 and 9 percent, respectively.", "9 percent", "growth", None),
        ("Farms and mines saw growth of 8 and 9 percent, respectively.", "8", "growth", None),
        # a results table's rows: each line's votes are its contender's
        ("Results\n\nGreens: 1,482\n\nHarbour Party 415 (21%)\n\nMajority: 117", "1,482", "votes", "Greens"),
        ("Results\n\nGreens: 1,482\n\nHarbour Party 415 (21%)\n\nMajority: 117", "415", "votes", "Harbour Party"),
        ("Results\n\nGreens: 1,482\n\nHarbour Party 415 (21%)\n\nMajority: 117", "117", "majority", None),
    ],
)
def test_shared_units_and_result_rows(text: str, figure: str, counted: str | None, place: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.counted, claim.place) == (counted, place)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a sum in a sentence with a sum in a currency: a list of one firm's accounts
        ("The club reported turnover of 310.5 million pounds last year and an operating profit of 41.2 million.",
         "41.2 million", "GBP"),
        # a sum paid or received, in an article whose sums are nearly all in one currency
        ("Vella set record prize money of 40 million pounds ($51.2 million).\n\nThe total is 3.4 million pounds "
         "more than last year.\n\nFirst-round losers get 50,000 pounds.\n\nLosing finalists will be paid 1.1 million each.",
         "1.1 million", "GBP"),
        ("Vella set record prize money of 40 million pounds ($51.2 million).\n\nThe champions will each receive "
         "2.2 million, compared to 1.95 million last year, and first-round losers will get 50,000 pounds.",
         "1.95 million", "GBP"),
        # a count of people stays a count
        ("Vella set record prize money of 40 million pounds.\n\nThe city has 2.3 million residents.",
         "2.3 million residents", None),
        # two currencies of one weight leave the sum's currency unknown
        ("Vella paid 40 million pounds and $30 million.\n\nLosing finalists will be paid 1.1 million each.",
         "1.1 million", None),
    ],
)
def test_a_sum_said_without_its_currency_takes_the_one_around_it(text: str, figure: str, unit: str | None) -> None:
    assert _claims_of(text)[figure].quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a time phrase after the last figure of a list dates the list
        ("Data showed almost 12,000 cases and 21 deaths recorded since last June.", "almost 12,000 cases",
         "since last June"),
        ("Data showed 12,000 cases, 300 admissions and 21 deaths since last June.", "12,000 cases", "since last June"),
        # a figure of another clause, or of another kind, keeps its own (none)
        ("Officials counted 12,000 cases; later 21 deaths were recorded since last June.", "12,000 cases", None),
        ("Officials counted 12,000 cases and 21% of them were recorded since last June.", "12,000 cases", None),
        # the later figure's own verb keeps the time its own
        ("The firm had 500 staff, and 20 left on Monday.", "500 staff", None),
    ],
)
def test_a_list_shares_the_time_phrase_after_its_last_figure(text: str, figure: str, scope: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.time.text if claim.time else None) == scope


def test_a_toll_listed_after_a_count_of_bodies_counts_no_bodies() -> None:
    claims = _claims_of("With the discovery of five more bodies, the death toll from the crash now stands at 61.")
    assert claims["61"].counted is None and claims["61"].event == "death toll"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a figure after a verb of its own ("equates to", a participle) is no item of a list
        ("The rise on last year's payments to players of £31.2m equates to winners pocketing £2.2m each.",
         "£2.2m", None),
        # control: a verbless list still shares what its first figure counts
        ("Prices rose 0.4% on the month and 2.8% on the year.", "2.8%", "prices"),
        ("Officials said 1,200 homes were destroyed, 300 in the north.", "300", "homes"),
    ],
)
def test_a_figure_after_a_verb_of_its_own_is_no_list_item(text: str, figure: str, counted: str | None) -> None:
    assert _claims_of(text)[figure].counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted", "event"),
    [
        # a bare "toll", "number" or "figure" as the subject of a change stands for the measure
        # the sentence before named
        ("The death toll stood at 80 on Sunday. By Monday the toll had risen to 94.", "94", "death toll", "death toll"),
        ("At least 80 people were killed in the floods. By Tuesday the toll has risen to 94.", "94", "people", "toll"),
        ("The tally of confirmed cases rose to 30. The figure has since climbed to 45.", "45", "confirmed cases", "climbed"),
        ("Rescuers said 12 fishermen were missing. The number now stands at 15.", "15", "fishermen", None),
        # near misses: nothing named before, or a figure that names its own noun
        ("The toll has risen to 94.", "94", None, "toll"),
        ("The company hired 30 engineers. The total rose to 45 homes.", "45 homes", "homes", "rose"),
        ("The death toll stood at 80. Officials later counted 94 boats in the harbour.", "94 boats", "boats", "counted"),
    ],
)
def test_a_bare_toll_or_number_stands_for_the_measure_named_before(
        text: str, figure: str, counted: str | None, event: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.counted, claim.event) == (counted, event)


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a time phrase closing a fronted phrase set off by a comma dates every figure of the sentence
        ("In the previous election in 2019, the party took 57.5% of the vote, with 20.8% for its rival, "
         "on a turnout of 66% of registered voters.", "66%", "in 2019"),
        ("At the last census in 2021, the town had 4,000 homes, and 300 stood empty.", "300", "in 2021"),
        # near misses: the phrase has a verb of its own; no comma sets it off; no phrase opens the sentence
        ("In the town where he grew up in 2019, the party took 57.5% of the vote, on a turnout of 66%.", "66%", None),
        ("In the previous election in 2019 the party took 57.5%, while turnout rose to 66%.", "66%", None),
        # a that-clause's own opening time dates its figures, with a comma after it as without one
        ("The party said that in 2019, it took 57.5% of the vote, on a turnout of 66%.", "66%", "in 2019"),
        ("The party said that in 2019 it took 57.5% of the vote, on a turnout of 66%.", "66%", "in 2019"),
    ],
)
def test_a_time_closing_a_fronted_phrase_dates_the_sentence(text: str, figure: str, scope: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.time.text if claim.time else None) == scope


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a time phrase opening the sentence dates every figure of the list after it, of any kind
        ("In 2023, shipments rose 6%, returns 3% and the backlog shrank to $4 billion.", "$4 billion", "In 2023"),
        ("On Friday, a ferry overturned in the river, drowning at least 20 people and leaving 10 missing.",
         "at least 20 people", "On Friday"),
        ("On Friday, a ferry overturned in the river, drowning at least 20 people and leaving 10 missing.",
         "10", "On Friday"),
        # a figure with a time of its own keeps it
        ("In 2023, shipments rose 6%, after 2% growth in 2022.", "2% growth", "in 2022"),
        # not into a relative clause or a future
        ("On Tuesday, the council approved the plan, which will cost $40 million.", "$40 million", None),
        ("On Tuesday, the council backed a bill that would raise the fee to $40.", "$40", None),
    ],
    ids=["last-of-list", "participle", "participle-second", "own-time", "relative-clause", "would"],
)
def test_a_time_opening_the_sentence_dates_its_whole_list(text: str, figure: str, scope: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.time.text if claim.time else None) == scope


@pytest.mark.parametrize(
    ("text", "figure", "unit", "low", "high"),
    [
        # a level the rate is taken to or held at, told in basis points, is that level in percent
        ("The Bank of Varland raised rates, taking its key rate to between 325 and 350 basis points.",
         "between 325 and 350 basis points", "%", 3.25, 3.5),
        ("The Ostmark central bank held its policy rate at 525 basis points.", "525 basis points", "%", 5.25, 5.25),
        # near misses: a step in basis points stays a step
        ("The Bank of Varland raised its key rate by 25 basis points.", "25 basis points", "bp", 25, 25),
        ("Ostmark made a 50 basis point increase in June.", "50 basis point increase", "bp", 50, 50),
    ],
    ids=["range-to", "level-at", "step-by", "step-noun"],
)
def test_a_rates_level_in_basis_points_is_read_in_percent(
        text: str, figure: str, unit: str, low: float, high: float) -> None:
    q = _claims_of(text)[figure].quantity
    assert (q.unit, q.low, q.high) == (unit, low, high)


@pytest.mark.parametrize(
    ("text", "figure", "hedge"),
    [
        # a tally with "up to" after it: "up" is its rise, "to" the level it reached
        ("Damage spread, with the number of burned homes up to 4,210 as of Monday.", "4,210", None),
        ("By noon the toll was climbing, the toll up to 42 in the valley.", "42", None),
        # near misses: a bound on what may come
        ("The storm could bring up to 5 inches of rain.", "up to 5 inches of rain", "up to"),
        ("A total of up to 300 people may be moved.", "up to 300 people", "up to"),
    ],
    ids=["number-of-x-up-to", "toll-up-to", "bound-of-a-forecast", "total-of-up-to"],
)
def test_up_to_after_a_tally_is_the_level_it_reached(text: str, figure: str, hedge: str | None) -> None:
    assert _claims_of(text)[figure].quantity.hedge == hedge


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # a town's size told in apposition is not part of the find before it
        ("Crews found the four additional victims in Eastvale, a town of 9,000 people.", "9,000 people", None),
        # near miss: a figure listed after another shares its verb
        ("Rescuers found 12 bodies in Northgate, 4 in Southgate.", "4", "found"),
    ],
    ids=["apposition-size", "listed-figure"],
)
def test_the_size_of_a_place_in_apposition_takes_no_verb_from_the_figure_before(
        text: str, figure: str, event: str | None) -> None:
    assert _claims_of(text)[figure].event == event


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # two months joined by a slash before a meeting: a day the text does not give
        ("The Bank of Varland raised the rate by a quarter of a percentage point at its April/May meeting.",
         "a quarter of a percentage point", None),
        ("Ostmark's central bank cut its key rate by 50 basis points at the June/July policy meeting.",
         "50 basis points", None),
        # near miss: one month dates its figure
        ("The Bank of Varland raised the rate by a quarter of a percentage point at its June meeting.",
         "a quarter of a percentage point", "June"),
    ],
    ids=["meeting-across-months", "policy-meeting-across-months", "one-month-meeting"],
)
def test_two_months_joined_by_a_slash_date_no_figure(text: str, figure: str, scope: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.time.text if claim.time else None) == scope


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a share in brackets right after a count is its share of what was counted
        ("Vell secured 67,242 votes (69.86 per cent) against 25,101 votes (26.08 per cent).", "26.08 per cent", "votes"),
        ("The fever killed 400 people (12%) in the north.", "12%", "people"),
        # near miss: a conversion in brackets is the same sum in other money
        ("The fee was £75 million (US$97 million).", "US$97 million", "fee"),
    ],
    ids=["share-of-votes", "share-of-people", "conversion"],
)
def test_a_share_in_brackets_after_a_count_counts_what_it_counts(text: str, figure: str, counted: str) -> None:
    assert _claims_of(text)[figure].counted == counted


def test_a_fact_box_magnitude_is_a_magnitude() -> None:
    claim = _claims_of("Past quakes\nMagnitude: 9.3\nDeath toll – 4,100 to 5,200\n")["9.3"]
    assert (claim.quantity.kind, claim.quantity.unit, claim.counted) == ("measure", "magnitude", "magnitude")


def test_a_total_after_a_per_share_sum_borrows_no_per_share_noun() -> None:
    claims = _claims_of("Acme earned $64 million, or $1.12 a share, up from $48 million, or 84 cents a share.")
    assert (claims["$1.12"].counted, claims["$48 million"].counted) == ("earnings per share", None)


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a move told in percent and in points, and the level both reached, measure one index
        ("In Varstad trading, the Kor 100 index slipped 0.7% or 49.63 to 6,728.", "49.63", "index"),
        ("In Varstad trading, the Kor 100 index slipped 0.7% or 49.63 to 6,728.", "6,728", "index"),
        # a level after a comma and "to" is what the change before it changed
        ("Revenue rose 53 percent, to $3.42 billion from $2.24 billion a year earlier.", "$3.42 billion", "revenue"),
        # and a share price's move reaches the price
        ("Tarnwell Plc fell 1.5% to 3,280 after the drugmaker reported revenue rose.", "3,280", "Tarnwell Plc shares"),
    ],
    ids=["or-points", "level-after-or", "comma-to-level", "price-after-move"],
)
def test_a_move_in_points_and_its_level_measure_what_moved(text: str, figure: str, counted: str) -> None:
    assert _claims_of(text)[figure].counted == counted


def test_a_range_of_magnitudes_is_a_magnitude() -> None:
    claim = _claims_of("The quake hit the sea bed with a magnitude of 9.1 to 9.3.")["9.1 to 9.3"]
    assert (claim.quantity.kind, claim.quantity.unit) == ("measure", "magnitude")


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a figure listed after a dated one, with a day of its own between them, takes no date from it
        ("The ministry recalled that on January 19, 1.12 million people marched, on the 31st – 1.27 million, "
         "and on March 7 – 1.28 million.", "1.27 million", None),
        ("The ministry recalled that on January 19, 1.12 million people marched, on the 31st – 1.27 million, "
         "and on March 7 – 1.28 million.", "1.12 million people", "on January 19"),
        # near miss: the first figure's own day between them is no other day
        ("Rescuers found 12 bodies on Monday in Northgate, 4 in Southgate.", "4", "on Monday"),
    ],
    ids=["own-day-between", "dated-first", "parents-own-day"],
)
def test_a_listed_figure_with_a_day_of_its_own_takes_no_date_from_the_first(text: str, figure: str, scope: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.time.text if claim.time else None) == scope


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a part with no noun of its own counts what its whole counts, once a headline has told it
        ("2.1 million marchers today according to the Harbour Union\n\nOpponents of the plan were out in force. "
         "Turnout rose across Ostria: 2.1 million according to figures from the Harbour Union (including 400,000 "
         "in Lindenport) and 700,000 according to the police (including 90,000 in the capital).",
         "400,000", "marchers"),
        ("1.4 million ballots cast on Sunday, the board said\n\nVoters in the north were keen. Across the "
         "country 1.4 million according to the board (including 300,000 in Eastvale), up from 1.1 million.",
         "300,000", "vote"),
        # an own noun stays its own
        ("3,000 evacuees reached the shelters\n\nThe county took in 3,000 according to officials (including "
         "800 children).", "800 children", "children"),
    ],
    ids=["protest", "election", "own-noun"],
)
def test_a_part_counts_what_its_whole_counts(text: str, figure: str, counted: str) -> None:
    assert _claims_of(text)[figure].counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a place told by its kind in a figure's brackets is the figure's, not the sentence's
        ("Turnout was up across Ostria on Saturday: 700,000 according to the police (including 90,000 in the "
         "capital) and 2.1 million according to the union (including 400,000 in Lindenport).", "90,000", "the capital"),
        ("The fires burned 40,000 hectares across Ostria (including 9,000 hectares in the northern province) "
         "this summer.", "9,000 hectares", "the northern province"),
        # ... pointing back to a place an earlier bracket names, as parallel asides vary the word
        ("Turnout was up across Ostria: 2.1 million according to the union (including 400,000 in Lindenport) "
         "and 700,000 according to the police (including 90,000 in the capital).", "90,000", "Lindenport"),
        # ... but not to a place its own bracket gives another figure
        ("Turnout rose across Ostria: 2.1 million according to the union (including 400,000 in Lindenport and "
         "20,000 in the port city).", "20,000", "the port city"),
        # near miss: a bracket naming no place leaves the sentence's
        ("Across Ostria 2.1 million people marched (including 90,000 students), the union said.", "90,000 students",
         "Ostria"),
    ],
    ids=["capital", "wildfire-province", "parallel-aside", "same-bracket", "no-place-in-brackets"],
)
def test_a_bracketed_figure_keeps_its_own_place(text: str, figure: str, place: str) -> None:
    assert _claims_of(text)[figure].place == place


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a dash hands the figure the day before it, though it parts their clauses
        ("The board recalled that on 2 May, 1.4 million ballots were cast, and on 16 May – 1.9 million ballots.",
         "1.9 million ballots", "on 16 May"),
        ("Organisers said that on 3 June, 90,000 people marched, and on 10 June – 120,000 marchers.",
         "120,000 marchers", "on 10 June"),
        # near miss: a dash after a figure, not a day, dates nothing
        ("Rescuers counted 40 homes lost – 12 homes in Northgate.", "12 homes", None),
    ],
    ids=["election", "protest", "no-day-before-the-dash"],
)
def test_a_dash_hands_the_figure_the_day_before_it(text: str, figure: str, scope: str | None) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.time.text if claim.time else None) == scope


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # two counts joined by "and" as one subject share the verb after the second
        ("Nine hikers and two guides remained missing on Monday.", "Nine hikers", "remained missing"),
        ("Two firefighters and one pilot were injured as the blaze jumped the ridge.", "Two firefighters",
         "injured"),
        # ... past where the second came from and what that is
        ("Nine hikers and two guides from Fern Lodge, a mountain hostel near Brackwater, were still missing "
         "on Monday.", "Nine hikers", "missing"),
        # near misses: a count with a verb of its own keeps it
        ("The storm killed 12 people and 40 cattle drowned.", "12 people", "killed"),
        ("Police arrested 30 people and 12 officers were hurt.", "30 people", "arrested"),
    ],
    ids=["and", "wildfire", "from-a-named-place", "object-and-subject", "two-clauses"],
)
def test_counts_joined_as_one_subject_share_their_verb(text: str, figure: str, event: str) -> None:
    assert _claims_of(text)[figure].event == event


@pytest.mark.parametrize(
    ("text", "figure", "counted", "event"),
    [
        # a passive verb denied is the state it denies: unidentified, not identified
        ("The coroner said 14 of the dead had not yet been named.", "14 of the dead", "dead", "unnamed"),
        ("Some 200 residents were not evacuated before the fire reached the ridge.", "Some 200 residents",
         "residents", "unevacuated"),
        # a group named by what befell it, after "those", is what is counted ("those found dead": the dead)
        ("Police said 14 of those found dead had not been identified, including three teenagers.", "14",
         "dead", "unidentified"),
        # ... and a part of it shares that
        ("Police said 14 of those found dead had not been identified, including three teenagers.",
         "three teenagers", "teenagers", "unidentified"),
        # near miss: a verb said outright keeps its sense
        ("The coroner said 14 of the dead had been named.", "14 of the dead", "dead", "named"),
    ],
    ids=["not-yet-identified", "not-evacuated", "those-found-dead", "its-part", "identified"],
)
def test_a_denied_passive_is_the_state_it_denies(text: str, figure: str, counted: str, event: str) -> None:
    claim = _claims_of(text)[figure]
    assert (claim.counted, claim.event) == (counted, event)


@pytest.mark.parametrize(
    ("text", "rate", "counted", "scope"),
    [
        # a rate named a change in an apposition after a level measures what the level measures
        ("Tarrow's revenue rose to $75 billion in the quarter, representing 34% growth.", "34% growth", "revenue", None),
        ("Tarrow's sales rose to $8 billion, an increase of 20%.", "20%", "sales", None),
        ("Sales reached $8 billion in the third quarter — a 5% drop.", "5% drop", "sales", "in the third quarter"),
        # ... and the level's verb may be "came in at"
        ("Tarrow's net profit came in at $3.1 billion, up 9% from a year earlier.", "9%", "net profit", None),
        # ... past words between the figure and its change noun, or "rate" after it
        ("Tarrow's cloud revenue surpassed $75 billion, representing 34% year-over-year growth.", "34%",
         "cloud revenue", None),
        ("Tarrow said cloud revenue surpassed $75 billion, marking a 34% growth rate.", "34% growth rate",
         "cloud revenue", None),
        # ... and the level's time dates its change, whatever the frame read
        ("Cloud revenue surpassed $75 billion in fiscal 2025, marking a 34% increase.", "34% increase",
         "cloud revenue", "in fiscal 2025"),
        # ... a level's measure named after it, its change after "up" or "after a"
        ("This year, sales passed $75 billion in revenue, up 34 percent, driven by demand.", "34 percent",
         "revenue", "This year"),
        ("The unit crossed $75 billion in annual revenue after a 39 percent increase.", "39 percent increase",
         "annual revenue", None),
        # ... a level that names no measure lends none, and "growth" names none either
        ("It passed $75 billion, marking a 34% growth rate.", "34% growth rate", None, None),
        # a change of another measure keeps its own measure
        ("Revenue was $9 billion, a 4% rise in online sales.", "4% rise", "online sales", None),
        # a share of a whole after a level is no change of it
        ("Tarrow's sales rose to $8 billion, representing 20% of the group.", "20% of the group", "group", None),
    ],
    ids=["representing-growth", "an-increase-of", "dash-a-drop", "came-in-at-up", "words-before-growth",
         "growth-rate", "level-dates-its-change", "measure-after-the-level", "after-a-rise", "no-measure-to-lend",
         "another-measures-change", "share-of-a-whole"],
)
def test_a_rate_of_change_after_a_level_takes_its_measure(text: str, rate: str, counted: str | None,
                                                         scope: str | None) -> None:
    claim = _claims_of(text)[rate]
    assert claim.counted == counted
    assert (claim.time.text if claim.time else None) == scope
