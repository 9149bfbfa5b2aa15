"""Time scopes resolved against the article's date (Tuesday 2025-04-08)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crosscheck.extract.time import time_scope

TUESDAY = date(2025, 4, 8)


def _scope(sentence: str, published: date | None = TUESDAY):
    i = sentence.index("500")
    return time_scope(sentence, i, i + 3, published)


@pytest.mark.parametrize(
    ("sentence", "relation", "date_from", "date_to"),
    [
        ("On Sunday 500 people crossed.", "point", date(2025, 4, 6), date(2025, 4, 6)),
        ("500 left since the end of March.", "since", date(2025, 3, 31), TUESDAY),
        ("500 returned so far in April.", "since", date(2025, 4, 1), TUESDAY),
        ("500 left in the first week of April.", "period", date(2025, 4, 1), date(2025, 4, 7)),
        ("Between April 1 and 7, 500 left.", "period", date(2025, 4, 1), date(2025, 4, 7)),
        ("500 were deported last year.", "period", date(2024, 1, 1), date(2024, 12, 31)),
        ("In September 2023, 500 crossed.", "period", date(2023, 9, 1), date(2023, 9, 30)),
        ("500 may be affected during 2025.", "period", date(2025, 1, 1), date(2025, 12, 31)),
        ("500 to be evicted by the end of April.", "until", None, date(2025, 4, 30)),
        ("500 returned since September 2023.", "since", date(2023, 9, 1), TUESDAY),
        # "since last October" is a tally since then, not October alone; "last" March, said in
        # April, is this year's, and in a March article last year's
        ("500 cases were recorded since last October.", "since", date(2024, 10, 1), TUESDAY),
        ("500 cases were recorded since last March.", "since", date(2025, 3, 1), TUESDAY),
        ("On Tuesday 500 arrived.", "point", TUESDAY, TUESDAY),
        ("500 crossed on Sunday and Monday.", "period", date(2025, 4, 6), date(2025, 4, 7)),
        ("500 died yesterday.", "point", date(2025, 4, 7), date(2025, 4, 7)),
        ("Only 500 recognised it in the 1990s.", "period", date(1990, 1, 1), date(1999, 12, 31)),
        # a year that spans two (budgets, seasons, statistics): both calendar years, not the first
        ("Police recorded 500 thefts in 2017-18.", "period", date(2017, 1, 1), date(2018, 12, 31)),
        ("Exports of 500 tonnes in 2017/18 were a record.", "period", date(2017, 1, 1), date(2018, 12, 31)),
        ("The club sold 500 seats for 2019-2020.", "period", date(2019, 1, 1), date(2020, 12, 31)),
        # disasters, elections and money date their figures like this too
        ("The toll was raised to 500 as of Sunday.", "until", None, date(2025, 4, 6)),
        ("By Sunday, 500 had fled the region.", "until", None, date(2025, 4, 6)),
        ("The storm has killed 500 since making landfall on Sunday.", "since", date(2025, 4, 6), TUESDAY),
        ("500 had died since late Sunday.", "since", date(2025, 4, 6), TUESDAY),
        ("500 have gone missing in the past four days.", "period", date(2025, 4, 4), TUESDAY),
        ("Over the past 24 hours, 500 were rescued.", "period", date(2025, 4, 7), TUESDAY),
        ("500 were rescued in the past twenty-four hours.", "period", date(2025, 4, 7), TUESDAY),
        ("500 fled in the last nineteen days.", "period", date(2025, 3, 20), TUESDAY),
        ("Between January and March, exports fell by 500 tonnes.", "period", date(2025, 1, 1), date(2025, 3, 31)),
        ("Exports grew by 500 tonnes in the third quarter of 2024.", "period", date(2024, 7, 1), date(2024, 9, 30)),
        ("Some 500 voters were turned away in the March 20 election.", "point", date(2025, 3, 20), date(2025, 3, 20)),
        # a quarter without a year is the latest one over; a weekend the latest one begun
        ("Profit rose by 500 million in the first quarter.", "period", date(2025, 1, 1), date(2025, 3, 31)),
        ("Profit rose by 500 million in the third quarter.", "period", date(2024, 7, 1), date(2024, 9, 30)),
        ("Some 500 troops were deployed over the weekend.", "period", date(2025, 4, 5), date(2025, 4, 6)),
        # the past week counts back from the article's day; "earlier this month" ends on it
        ("500 died in the past week.", "period", date(2025, 4, 1), TUESDAY),
        ("500 homes were destroyed earlier this month.", "period", date(2025, 4, 1), TUESDAY),
        # "N units earlier" counts back from the time phrase before it in the sentence
        ("The toll reached 95 on Sunday, up from 500 two days earlier.", "point", date(2025, 4, 4), date(2025, 4, 4)),
        ("Cases hit 900 in 2024, up from 500 a year earlier.", "period", date(2023, 1, 1), date(2023, 12, 31)),
        # a clause between "since" and its date
        ("Prices have risen 500% since the war began in February 2022.", "since", date(2022, 2, 1), TUESDAY),
        ("500 have been arrested since the protests erupted on Sunday.", "since", date(2025, 4, 6), TUESDAY),
        # a period that runs back from a month: economic copy dates its figures so
        ("Sales fell by 500 million in the three months to March.", "period", date(2025, 1, 1), date(2025, 3, 31)),
        ("Prices rose 500% in the year to February.", "period", date(2024, 3, 1), date(2025, 2, 28)),
        ("It earned 500 million in the 12 months ended March 31.", "period", date(2024, 4, 1), date(2025, 3, 31)),
        ("Imports rose by 500 tonnes in the quarter to December.", "period", date(2024, 10, 1), date(2024, 12, 31)),
        ("Sales rose by 500 in the four weeks to March 29.", "period", date(2025, 3, 2), date(2025, 3, 29)),
        # a fiscal year told by its last day: one still running ends on the coming day, one ended on the last
        ("A surplus of 500 million is forecast for the fiscal year ending June 30.", "period", date(2024, 7, 1),
         date(2025, 6, 30)),
        ("The firm earned 500 million in the financial year ended June 30.", "period", date(2023, 7, 1),
         date(2024, 6, 30)),
        # "N units ago" counts back from the article's day, to the unit counted: the year, the
        # month, the week around the day (two outlets a day apart name the same one)
        ("Turnout was 62%, up from 500 votes four years ago.", "period", date(2021, 1, 1), date(2021, 12, 31)),
        ("500 died a decade ago.", "period", date(2015, 1, 1), date(2015, 12, 31)),
        ("500 were hired two months ago.", "period", date(2025, 2, 1), date(2025, 2, 28)),
        ("500 died two weeks ago.", "period", date(2025, 3, 22), date(2025, 3, 28)),
        ("500 died three days ago.", "point", date(2025, 4, 5), date(2025, 4, 5)),
        # fiscal years: a nominal twelve months (to September; July to June when written
        # across two years), so one fiscal year stays apart from the next
        ("The deficit grew to 500 billion for fiscal 2024.", "period", date(2023, 10, 1), date(2024, 9, 30)),
        ("Receipts for the 2024 fiscal year hit 500 billion.", "period", date(2023, 10, 1), date(2024, 9, 30)),
        ("Fiscal 2023 outlays rose to 500 billion.", "period", date(2022, 10, 1), date(2023, 9, 30)),
        ("Borrowing hit 500 billion in FY 2024.", "period", date(2023, 10, 1), date(2024, 9, 30)),
        ("The firm sold 500 cars in FY23.", "period", date(2022, 10, 1), date(2023, 9, 30)),
        ("The firm sold 500 cars in fiscal year 2023-24.", "period", date(2023, 7, 1), date(2024, 6, 30)),
        ("The firm sold 500 cars in the 2023-24 financial year.", "period", date(2023, 7, 1), date(2024, 6, 30)),
        # a part of the year as a modifier or a code
        ("The firm posted first-quarter revenue of 500 million.", "period", date(2025, 1, 1), date(2025, 3, 31)),
        ("Second-half sales of 500 units were a record.", "period", date(2024, 7, 1), date(2024, 12, 31)),
        ("Revenue rose to 500 million in Q3 2024.", "period", date(2024, 7, 1), date(2024, 9, 30)),
        ("Sales fell to 500 units in Q4.", "period", date(2024, 10, 1), date(2024, 12, 31)),
        ("Margins held at 500 basis points in H1 2024.", "period", date(2024, 1, 1), date(2024, 6, 30)),
        # "for the first half of 2024" as "in" it; a possessive month dates its figure
        ("Income for the first half of 2024 was 500 million.", "period", date(2024, 1, 1), date(2024, 6, 30)),
        ("March's job gains were revised down by 500.", "period", date(2025, 3, 1), date(2025, 3, 31)),
        # a weekday with its date beside it is that date; a date's own comma ends no clause
        ("The stock had fallen 500 points as of Tuesday, Feb. 4, traders said.", "until", None, date(2025, 2, 4)),
        ("As of Tuesday, Feb. 4, the stock had fallen 500 points.", "until", None, date(2025, 2, 4)),
        ("Officials said 500 people died on March 3, 2024, in the north.", "point", date(2024, 3, 3), date(2024, 3, 3)),
        ("On March 3, 2024, 500 people died.", "point", date(2024, 3, 3), date(2024, 3, 3)),
        ("Quakes of 7.1 and 500 rocked the region on Friday, 28 February, the survey said.", "point",
         date(2025, 2, 28), date(2025, 2, 28)),
        # "since" a clause whose verb has no "on" before its day; a month still ahead is last year's
        ("The fire has forced 500 people out since it ignited Sunday afternoon.", "since", date(2025, 4, 6), TUESDAY),
        ("500 have died since the end of April.", "since", date(2024, 4, 30), TUESDAY),
        # a half without a year is the latest one over, like a quarter
        ("Profit rose by 500 million in the second half.", "period", date(2024, 7, 1), date(2024, 12, 31)),
    ],
)
def test_resolves(sentence: str, relation: str, date_from: date | None, date_to: date) -> None:
    scope = _scope(sentence)
    assert scope is not None and scope.resolved
    assert (scope.relation, scope.date_from, scope.date_to) == (relation, date_from, date_to)


def test_n_units_earlier_without_a_time_phrase_before_it_stays_unresolved() -> None:
    # the article's own date is seldom the one "a month earlier" counts back from
    scope = _scope("That is up from 500 a month earlier.")
    assert scope is not None and not scope.resolved


def test_no_time_phrase() -> None:
    assert _scope("500 people crossed the border.") is None


def test_relative_scopes_stay_unresolved_without_a_date() -> None:
    scope = _scope("On Sunday 500 people crossed.", None)
    assert scope is not None and not scope.resolved and scope.date_from is None


def test_absolute_scopes_resolve_without_a_date() -> None:
    scope = _scope("In September 2023, 500 crossed.", None)
    assert scope is not None and scope.resolved and scope.date_from == date(2023, 9, 1)


def test_nearest_phrase_wins() -> None:
    scope = _scope("On Monday officials said 500 left since the end of March.")
    assert scope is not None and scope.relation == "since"


def test_offsets_point_into_the_sentence() -> None:
    sentence = "Pakistan expelled 500 Afghans since the end of March."
    scope = _scope(sentence)
    assert scope is not None and sentence[scope.start : scope.end] == scope.text


# --------------------------------------------------------------------------- clauses


def _scope_of(sentence: str, figure: str, published: date | None = TUESDAY, **kw):
    i = sentence.index(figure)
    return time_scope(sentence, i, i + len(figure), published, **kw)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a time right after a speech verb dates the telling, not the figure
        ("He said on Friday that nearly 2,000 people have died since the start of March.", "nearly 2,000",
         "since the start of March"),
        ("The death toll rose to 2,100, a senior official said on Monday.", "2,100", None),
        ("The agency said on Friday more than half of the voters were women.", "more than half", None),
        ("Turnout reached 61%, officials told reporters on Sunday.", "61%", None),
        # ... but a figure reported itself, passive or as a participle, is dated by the time after it
        ("Three new measles cases were reported on May 19.", "Three", "on May 19"),
        ("Over 600 cases have been reported since August, the ministry said.", "Over 600", "since August"),
        ("That is up from 567 cases, with no death, reported in April 2017.", "567", "in April 2017"),
        ("The ministry reported on Monday 50 new cases.", "50", None),
        # a day right after a participle of publishing dates the release, not the figure
        ("Census data released Tuesday shows the population rose 9.7 percent.", "9.7 percent", None),
        # a name that ends in a speech verb's spelling tells nothing
        ("There were 500 people living in the Vale States as of April 1.", "500", "as of April 1"),
        # another clause's time does not carry over a dash, a colon, "which" or a comma
        ("The council approved the budget on Monday -- a plan which has already cut around 400 jobs.",
         "around 400", None),
        ("The party won in 2019: 52 seats went to it in May.", "52", "in May"),
        ("Police arrested 300 protesters in the square, the first such arrests since 2022.", "300", None),
        # a fronted time phrase belongs to the clause it opens
        ("In September 2023, hundreds of thousands of voters registered.", "hundreds of thousands", "In September 2023"),
        # a month modifying an average names the average's period
        ("Sales hit 900 a day on Monday, \"far above the March daily average of just 120\", he said.", "120", "March"),
        # coordinated clauses, each with its own figure and time
        ("400 homes were destroyed in May and 1,300 still have no roof by June.", "400", "in May"),
        # a wire dateline says when the story was filed, not when its figures hold
        ("OSLO, Feb 9 (Wire) The fund lowered its fee to 2 per cent.", "2 per cent", None),
        ("Lima, March 3 - Turnout reached 71% in the capital.", "71%", None),
        # a time after "than" dates the figure compared with, not this one
        ("Turnout of 58 percent was lower than in 2020.", "58 percent", None),
        ("Exports were 4% higher than last year.", "4%", None),
        ("Exports were 4% higher in March than a year before.", "4%", "in March"),
        # "from A in T to B": the time between the halves dates A, not B
        ("Rates rose from a low of 0.5 percent in May 2020 to 4.5 percent.", "4.5 percent", None),
        ("Rates rose from a low of 0.5 percent in May 2020 to 4.5 percent.", "0.5 percent", "in May 2020"),
        ("The toll rose on Sunday to 818.", "818", "on Sunday"),
        # a month that opens a name is no time: "the August Ridge fire", "the May Day march"
        ("The largest was the 2018 August Ridge fire (410,203 acres).", "410,203 acres", None),
        ("Some 20,000 joined the May Day march.", "Some 20,000", None),
        ("The largest fire burned 410,203 acres in August.", "410,203 acres", "in August"),
        # the base a change is measured from is not the change's period
        ("Receipts were a record for May at 528 billion, up 13% from a year earlier.", "13%", None),
        ("Profit rose 8.1% on the same period last year.", "8.1%", None),
        ("Sales fell by 7% compared with last year.", "7%", None),
        ("Sales fell to 200, down from 300 last year.", "300", "last year"),
        # ... and so is what a figure is likened to
        ("The 0.5% rate matches the move made earlier this month by a neighbour.", "0.5% rate", None),
        ("The 2% rise is in line with the increase seen last year.", "2% rise", None),
        ("In May, the 2% rise matched the forecasts of most banks.", "2% rise", "In May"),
        # an opening adjunct of concession keeps its time to itself
        ("Even with a small surplus in May, the deficit reached 1.8 trillion.", "1.8 trillion", None),
        ("Despite heavy rain on Monday, turnout was 64%.", "64%", None),
        ("In May, the deficit reached 1.8 trillion.", "1.8 trillion", "In May"),
        # a colon closes a speech verb's clause; a possessive month dates the figures after it
        ("Revisions cut estimates: March's gains fell 125 to 19, and April's fell 133 to 14.", "125", "March"),
        ("Revisions cut estimates: March's gains fell 125 to 19, and April's fell 133 to 14.", "133", "April"),
        # "last week's fires" dates the fires, not the toll
        ("As of Friday the toll from last week's fires rose to 114.", "114", "As of Friday"),
        # a time after another figure is that figure's before it is this one's
        ("Exports in July rose by 83 tonnes following a revised 4 tonnes in June.", "83 tonnes", "in July"),
        ("Exports in July rose by 83 tonnes following a revised 4 tonnes in June.", "4 tonnes", "in June"),
        # the day a figure was reported on is not its period when the clause names one
        ("The firm reported first-quarter revenue of $4.2 billion on Wednesday.", "$4.2 billion", "first-quarter"),
        ("The ministry reported 500 new cases on Monday.", "500 new cases", "on Monday"),
        ("The H1N1 strain infected 300 people.", "300 people", None),
    ],
    ids=["said-that", "comma-said", "said-without-that", "told-object", "passive-reported", "perfect-reported", "participle-reported", "active-reported", "released-day", "name-ending-in-states", "dash-which", "colon",
         "comma-apposition", "fronted", "month-modifier", "coordinated", "dateline-agency", "dateline-dash",
         "than-in-year", "than-last-year", "own-time-before-than", "from-to-second", "from-to-first",
         "rose-on-day-to", "month-opens-a-name", "may-day-name", "month-after-in",
         "base-a-year-earlier", "base-same-period", "base-compared-with", "base-figure-keeps-its-time",
         "likened-to-a-move-made-earlier", "in-line-with-last-year", "likeness-without-a-time",
         "concessive-with", "concessive-despite", "fronted-not-concessive",
         "colon-ends-speech", "colon-ends-speech-2", "event-possessive", "past-another-figure", "own-time-after-figure",
         "report-day-yields-to-period", "report-day-alone", "strain-name-no-half"],
)
def test_time_comes_from_the_figures_clause(sentence: str, figure: str, expected: str | None) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == expected


def test_a_figure_in_an_event_noun_phrase_takes_no_time_from_the_clause_around() -> None:
    sentence = "In a meeting on Saturday, the envoy raised the deportation of tens of thousands of people."
    assert _scope_of(sentence, "tens of thousands", after_only=True) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He said on Friday that 500 people left.", date(2025, 4, 4)),
        ("500 people left, officials told AFP on Sunday.", date(2025, 4, 6)),
        ("500 people left on Sunday.", None),
    ],
)
def test_reported_on_is_the_day_the_figure_was_given(sentence: str, expected: date | None) -> None:
    from crosscheck.extract.time import reported_on

    assert reported_on(sentence, TUESDAY) == expected


def test_until_without_a_year_looks_ahead() -> None:
    scope = _scope_of("500 may stay until June 30.", "500")
    assert scope is not None and scope.date_to == date(2025, 6, 30)


@pytest.mark.parametrize(
    "phrase",
    ["April", "March 31", "31 March", "June 30", "September 2023", "April 1 2025", "Sept. 2023",
     "Dec 25", "25 Dec 2024", "January", "December", "May 5", "Feb 29 2024",
     "November 30, 2024", "Aug 3rd", "3rd Aug 2022", "July 4th, 2020", "Jan. 2025"],
)
@pytest.mark.parametrize(
    "base", [date(2025, 4, 8), date(2025, 1, 1), date(2025, 12, 31), date(2024, 3, 1), date(2025, 6, 30)],
    ids=str,
)
def test_month_phrases_by_hand_read_as_dateparser_does(phrase: str, base: date) -> None:
    """The hand reading of month phrases (fast) gives dateparser's date (slow) exactly."""
    from crosscheck.extract.time import _dateparser_date, _month_phrase

    by_hand = _month_phrase(phrase, base)
    assert by_hand is not None
    assert by_hand == _dateparser_date(phrase, base)


def test_month_phrases_by_hand_leave_the_rest_to_dateparser() -> None:
    from crosscheck.extract.time import _month_phrase

    for phrase in ["February 30", "next Tuesday", "Frob 3", "the spring"]:
        assert _month_phrase(phrase, date(2025, 4, 8)) is None
    assert _month_phrase("April", None) is None  # no base: dateparser would read it against today


#: a sentence for every time pattern, in every case the patterns allow, plus near misses
_EVERY_PATTERN = [
    "Between April 1 and 7, 500 left.", "from Sept. 3 to 9 2024", "500 left in the last fortnight of 2024.",
    "Ever since the start of March, 500 left.", "since Friday 500 left", "since 2019",
    "So far this year 500 left.", "so far in April", "500 to go by the end of April.", "until June 30",
    "At the turn of 2024, 500 left.", "500 left on Sunday and Monday.", "last Friday", "LAST week",
    "500 died yesterday.", "Today 500 died.", "in the 1990s", "During the 2020s", "In early May 2023",
    "in mid-Jan.", "throughout 2025", "the March daily average of 500", "Dec. 5", "5 December, 2024",
    "the May figure", "500 may leave in march", "Mondays", "1,990 people", "20255 people", "the far north",
    "in the third quarter", "In the Fourth Quarter of 2024", "over the weekend", "last weekend",
    "earlier this month", "since the war began in February 2022", "the quarterfinal",
    "on Sunday, up from 60 two days earlier", "a year before", "weeks before", "the day before",
    "By Friday, 500 had fled", "by march 31", "nearby Sunday markets",
    "in the three months to June", "the year to October 2024", "the 12 months ended March 31",
    "in the first half", "the second half of 2024", "the rest of the year to June", "half of them",
    "four years ago", "a week ago", "many years ago", "a fortnight ago", "a couple of weeks ago",
    "for fiscal 2024", "Fiscal 2023 outlays", "the 2024 fiscal year", "in FY 2024", "FY23", "financial year 2023-24",
    "the fiscal cliff", "the coming fiscal year", "this financial year", "as of Tuesday, Feb. 4", "on Friday, 28 February", "May's total",
]


@pytest.mark.parametrize("sentence", _EVERY_PATTERN)
@pytest.mark.parametrize("published", [TUESDAY, None], ids=["dated", "undated"])
def test_the_anchor_pre_test_never_hides_a_time_phrase(sentence: str, published: date | None) -> None:
    """Patterns are skipped when a sentence lacks their anchor (a month, a year, a weekday, a
    word): a speed-up that must find exactly what running every pattern finds."""
    from crosscheck.extract import time as scopes

    found, taken, counted_back = [], [], []
    for name, pattern in scopes._PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if name == "bare_month" and not scopes._bare_month_ok(sentence, m):
                continue
            if name == "earlier":
                taken.append(m.span())
                counted_back.append(m)
                continue
            scope = scopes._resolve(name, m, published)
            if scope is not None:
                taken.append(m.span())
                found.append(scopes._Candidate(m, scope, False))
    found += [scopes._Candidate(m, scope, False) for m in counted_back
              if (scope := scopes._earlier(m, found)) is not None]
    scopes._candidates.cache_clear()
    got = [(c.match.span(), c.scope) for c in scopes._candidates(sentence, published)]
    assert got == [(c.match.span(), c.scope) for c in found]


@pytest.mark.parametrize(
    ("sentence", "figure", "phrase"),
    [
        # a "when" clause tells of the time just before it
        ("Police counted 9,000 fans, up from 7,000 at the first match on March 3, when stewards said "
         "20,000 came.", "20,000", "on March 3"),
        ("On Monday, when 300 people marched, it rained.", "300", "On Monday"),
        # a time further back is not the "when" clause's
        ("On March 3 the league met, and later, when stewards said 20,000 came, it rained.", "20,000", None),
    ],
)
def test_a_when_clause_takes_the_time_just_before_it(sentence: str, figure: str, phrase: str | None) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == phrase


@pytest.mark.parametrize(
    ("sentence", "figure", "phrase"),
    [
        # a weekday's possessive dates the disaster, not the toll counted since
        ("The toll from Sunday's tremor rose to 812.", "812", None),
        ("The toll from Sunday’s powerful 6.9 earthquake reached 812.", "812", None),
        # controls: the day's own figure, a vote's turnout, a plain weekday
        ("Sunday's count rose to 812.", "812", "Sunday"),
        ("Turnout in Sunday's vote was 61%.", "61%", "Sunday"),
        ("The toll rose to 812 on Sunday.", "812", "on Sunday"),
    ],
)
def test_the_day_of_a_disaster_is_not_the_tolls(sentence: str, figure: str, phrase: str | None) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == phrase


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # an appositive inside the subject: both figures take the predicate's time
        ("Over 600,000 acres, nearly a thousand square miles, have burned statewide so far this year.",
         "Over 600,000 acres", "so far this year"),
        ("Over 600,000 acres, nearly a thousand square miles, have burned statewide so far this year.",
         "nearly a thousand square miles", "so far this year"),
        ("Some 300 homes, most of them wooden, were destroyed on Monday.", "Some 300 homes", "on Monday"),
        # control: a list of figures, each with its own place, is no appositive
        ("About 500 in the north, 300 in the south, 200 in the east were moved in May.", "About 500", None),
        # a participle after the comma tells the main clause's outcome, at its time
        ("A train hit a bus on Monday, killing at least 15.", "at least 15", "on Monday"),
        ("Floods hit the region in March, leaving 2,000 people homeless.", "2,000 people", "in March"),
        ("The bank cut rates for the first time since 2020, taking the rate to 500 points.", "500 points", None),
        ("The bank lowered rates on Thursday, taking the rate from 600 to 500 points.", "500 points", None),
        # "since" after a superlative tells what the superlative is measured against
        ("There were 60 fires in the old town on the most violent night of the strike since it began in May.",
         "60 fires", None),
        ("Some 40 people have died since the storm began in March.", "Some 40 people", "since the storm began in March"),
        ("At least 40 people have been held since January.", "At least 40 people", "since January"),
        # control: a new clause with its own subject
        ("The storm hit on Monday, and 40 people died.", "40 people", None),
        # a second predicate in the present holds a running total of its own
        ("Payrolls fell by 12,000 and are down by 84,000 this year.", "12,000", None),
        ("Payrolls fell by 12,000 and are down by 84,000 this year.", "84,000", "this year"),
        # control: two past verbs share the time said after them
        ("The army moved 500 troops and deployed 20 tanks on Friday.", "500 troops", "on Friday"),
    ],
    ids=["appositive-subject", "appositive-itself", "appositive-clause", "list-no-appositive",
         "participle-killing", "participle-leaving", "participle-no-since", "participle-a-move", "superlative-since", "since-a-clause", "at-least-since", "and-new-clause", "present-conjunct-first",
         "present-conjunct-second", "past-conjuncts-share"],
)
def test_time_reaches_past_an_appositive_and_a_participle(sentence: str, figure: str, expected: str | None) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry said late Saturday that 500 people had died.", date(2025, 4, 5)),
        ("Officials told reporters early on Monday that 500 people had died.", date(2025, 4, 7)),
        ("500 people died late Saturday.", None),
    ],
)
def test_late_or_early_after_a_speech_verb_dates_the_telling(sentence: str, expected: date | None) -> None:
    from crosscheck.extract.time import reported_on

    assert reported_on(sentence, TUESDAY) == expected
    assert (_scope(sentence) is None) == (expected is not None)


@pytest.mark.parametrize(
    ("sentence", "date_from", "date_to"),
    [
        # the nominal fiscal year of ``_fiscal_span`` (to September) the article's day is in
        ("A deficit of 500 billion is expected in the coming fiscal year.", date(2025, 10, 1), date(2026, 9, 30)),
        ("The deficit was 500 billion last fiscal year.", date(2023, 10, 1), date(2024, 9, 30)),
        ("Spending this financial year is 500 million.", date(2024, 10, 1), date(2025, 9, 30)),
        ("The deficit for fiscal 2025 was 500 billion.", date(2024, 10, 1), date(2025, 9, 30)),
    ],
)
def test_relative_fiscal_years(sentence: str, date_from: date, date_to: date) -> None:
    scope = _scope(sentence)
    assert scope is not None and scope.resolved
    assert (scope.relation, scope.date_from, scope.date_to) == ("period", date_from, date_to)


@pytest.mark.parametrize(
    "sentence",
    ["Borrowing hit 900 billion in FY 2024, an increase of 500 billion from last fiscal year.",
     "Borrowing rose by 500 billion from the previous fiscal year."],
)
def test_a_fiscal_year_named_as_the_base_of_a_change_is_not_its_period(sentence: str) -> None:
    assert _scope(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    ["500 jobs went two weeks ago.", "500 jobs went a fortnight ago.", "500 jobs went a couple of weeks ago.",
     "500 jobs went 2 weeks ago."],
)
def test_two_weeks_back_however_said(sentence: str) -> None:
    scope = _scope(sentence)
    assert scope is not None and scope.resolved
    assert (scope.date_from, scope.date_to) == (date(2025, 3, 22), date(2025, 3, 28))


def test_a_relative_fiscal_year_stays_unresolved_without_a_date() -> None:
    scope = _scope("The deficit was 500 billion last fiscal year.", None)
    assert scope is not None and not scope.resolved


def test_since_last_month_said_in_that_month_is_last_years() -> None:
    scope = _scope("500 cases were recorded since last April.")
    assert (scope.relation, scope.date_from) == ("since", date(2024, 4, 1))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # "on" after a change or a figure names the base the change is measured from, no period
        ("Losers take home £50,000, a £4,000 increase on 2023.", "£4,000", None),
        ("The 9.1 per cent rise on last year's payments equates to £2.2m each.", "9.1", None),
        ("Sales were up 5% on last year.", "5%", None),
        ("The cheques are £300,000 each on 2023.", "£300,000", None),
        ("Losers get 50,000 pounds, a rise of 4,000 pounds on 2023.", "4,000", None),
        # controls: a period after "on" that no change precedes still dates the figure
        ("Officials said $5m was spent on last year's campaign.", "$5m", "last year"),
        ("Officials said 500 died on May 5, 2023.", "500", "on May 5, 2023"),
    ],
)
def test_on_after_a_change_names_its_base_not_its_period(sentence: str, figure: str, expected: str | None) -> None:
    i = sentence.index(figure)
    scope = time_scope(sentence, i, i + len(figure), TUESDAY)
    assert (scope.text if scope else None) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a year-ago time after a base figure is the base's, not the level's or the change's
        ("Profit dropped 34.6% to $1.25 billion compared to $1.52 billion a year ago.", "34.6%", None),
        ("Profit dropped 34.6% to $1.25 billion compared to $1.52 billion a year ago.", "$1.25 billion", None),
        ("Profit dropped 34.6% to $1.25 billion compared to $1.52 billion a year ago.", "$1.52 billion", "a year ago"),
        ("Sales rose to $3.42 billion from $2.24 billion a year earlier.", "$3.42 billion", None),
        ("Crews fought 4,587 fires, compared with 4,425 fires through the same period in 2029.", "4,587 fires", None),
        ("Crews fought 4,587 fires, compared with 4,425 fires through the same period in 2029.", "4,425 fires", "in 2029"),
        # so is a base figure's with another base between: "compared to £1.09 billion and ... from 12.1 pence a year earlier"
        ("Profit fell to £948 million compared to £1.09 billion and earnings rose to 12.2 pence from 12.1 pence a year earlier.",
         "£1.09 billion", "a year earlier"),
        # a year-ago time with no base figure between stays the figure's
        ("Profit was $5 million last year.", "$5 million", "last year"),
        # a period told by its last month is the period, not the month
        ("Revenue in the third-quarter ending in September rose 4% to $6.25 billion.", "4%", "third-quarter"),
        ("Sales in the first-half ending in September climbed 4.4%.", "4.4%", "first-half"),
        ("Revenue in the quarter that ended on June 27 was up 59%.", "59%", "on June 27"),
    ],
    ids=["change-before-base", "level-before-base", "base", "level-from-base", "count-before-base", "count-base",
         "base-past-another-base", "no-base", "quarter-ending", "half-ending", "quarter-ended-no-other-time"],
)
def test_a_base_figure_and_a_period_ending_found_in_the_fifteenth_sweep(sentence: str, figure: str, expected: str | None) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a period ahead of the article's day
        ("The Treasury plans to spend £8bn on the backlog over the next three years.", "£8bn", "over the next three years"),
        ("The groups said the service needed £10bn each year for the next three years.", "£10bn", "for the next three years"),
        # a sport's season, left unresolved
        ("Bryce scored 10 goals for Ostberg last season.", "10 goals", "last season"),
        # a day in brackets after its weekday
        ("Moor completed his move on Monday (Jul 10) for a fee of £75 million.", "£75 million", "on Monday (Jul 10)"),
    ],
    ids=["over-the-next", "for-the-next", "last-season", "weekday-bracket-date"],
)
def test_periods_ahead_seasons_and_bracketed_days(sentence: str, figure: str, expected: str) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == expected


def test_a_period_ahead_resolves_from_the_articles_day() -> None:
    scope = _scope_of("The Treasury will spend £8bn over the next three years.", "£8bn")
    assert scope is not None and (scope.date_from, scope.date_to) == (TUESDAY, TUESDAY + timedelta(days=3 * 365))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a time set off by commas opens the figure's clause after a phrase or a "that"
        ("In the farm sector, earlier in 2013-14, Rs 85,000 crore was allocated.", "Rs 85,000 crore", "in 2013-14"),
        ("The minister added that this year, the ministry has allocated Rs 96,000 crore more.", "Rs 96,000 crore", "this year"),
        # near miss: a time closing another clause before "and"
        ("Troops arrived in May, and 500 people left.", "500 people", None),
    ],
    ids=["between-commas", "after-that", "other-clause"],
)
def test_a_time_set_off_by_commas_opens_the_clause(sentence: str, figure: str, expected: str | None) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == expected


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Harlow plans to spend 500 million next quarter.", "next quarter"),
        ("The board expects 500 new stores in the coming quarter.", "in the coming quarter"),
        ("Sales should grow by 500 million in the upcoming fiscal first quarter.", "in the upcoming fiscal first quarter"),
        ("Kestrel will hire 500 staff over the next months.", "over the next months"),
        ("Kestrel will open 500 stores in the coming year.", "in the coming year"),
    ],
)
def test_a_period_ahead_is_the_figures_time(sentence: str, text: str) -> None:
    scope = _scope(sentence)
    assert scope is not None and scope.text == text


def test_next_year_keeps_its_dates() -> None:
    scope = _scope("Kestrel will open 500 stores next year.")
    assert scope is not None and (scope.date_from, scope.date_to) == (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize("phrase", [
    "Next quarter", "in the UPCOMING year", "for the coming fiscal first quarter", "the next half",
])
def test_a_period_ahead_in_any_case_passes_the_word_test_that_spares_its_pattern(phrase: str) -> None:
    from crosscheck.extract import time as time_scopes
    from crosscheck.text import may_hold_folded

    ahead = dict(time_scopes._PATTERNS)["ahead"]
    assert ahead.search(phrase) is not None
    assert may_hold_folded(phrase, time_scopes._FOLDED_ANCHORS["ahead"])


@pytest.mark.parametrize("before", [
    "the rate matches the move made ", "Mirrored the rise seen ", "IN LINE WITH the cut announced ",
    "similar to the fall recorded ", "equalled the record set ", "echoes the drop seen ", "the same as the gain ",
])
def test_every_verb_of_likeness_passes_the_word_test_that_spares_its_pattern(before: str) -> None:
    from crosscheck.extract import time as time_scopes
    from crosscheck.text import may_hold_folded

    assert time_scopes._LIKENED_TO.search(before) is not None
    assert may_hold_folded(before, time_scopes._LIKENED_TO_WORDS)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected", "date_from", "date_to"),
    [
        # a month modifying the noun the figure measures is the figure's month
        ("The revised May estimate was cut to 71,000.", "71,000", "May", date(2024, 5, 1), date(2024, 5, 31)),
        ("Output beat the preliminary March estimate of 4,200 units.", "4,200", "March",
         date(2025, 3, 1), date(2025, 3, 31)),
        ("The February reading came in at 3.9%.", "3.9%", "February", date(2025, 2, 1), date(2025, 2, 28)),
        # "the previous year" with no time before it is the year before the article's
        ("The agency said on Monday that the shortfall for the previous year was $812 million.", "$812 million",
         "for the previous year", date(2024, 1, 1), date(2024, 12, 31)),
        # ... and with one, the year before that one
        ("Ferry trips reached 6,300 in 2021 and 5,100 in the previous year.", "5,100", "in the previous year",
         date(2020, 1, 1), date(2020, 12, 31)),
        ("Filings for the prior week were revised up by 3,000.", "3,000", "for the prior week",
         date(2025, 3, 31), date(2025, 4, 6)),
        # a participle in the subject keeps its period: no telling
        ("The total number of cases reported from January to June 2024 is 9 412.", "9 412",
         "from January to June 2024", date(2024, 1, 1), date(2024, 6, 30)),
        # "the two prior months": the months before the one named, or before the article's
        ("Vacancies were 7.1 million in March, down from 7.4 million and 7.9 million in the two prior months.",
         "7.9 million", "in the two prior months", date(2025, 1, 1), date(2025, 2, 28)),
        ("Arrivals averaged 500 a day in the three previous years.", "500", "in the three previous years",
         date(2022, 1, 1), date(2024, 12, 31)),
    ],
    ids=["month-estimate", "preliminary-month-estimate", "month-reading", "previous-year-of-article",
         "previous-year-of-named", "prior-week", "reported-in-subject", "n-prior-months-of-named",
         "n-previous-years-of-article"],
)
def test_modifier_months_and_previous_units_resolve(sentence: str, figure: str, expected: str,
                                                    date_from: date, date_to: date) -> None:
    scope = _scope_of(sentence, figure)
    assert scope is not None and scope.resolved
    assert (scope.text, scope.date_from, scope.date_to) == (expected, date_from, date_to)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the base of a change is not the figure's time
        ("Thefts rose by a fifth on the previous year, to 4,400.", "4,400"),
        ("Exports were 640 tonnes, down from the prior year.", "640 tonnes"),
        ("Fees brought in $9.1 million, a 7% rise from the corresponding period in the prior year.", "7%"),
        # a telling with a day stays the telling's
        ("Officials reported on Monday that 2,300 had fled.", "2,300"),
    ],
    ids=["fifth-on-previous", "down-from-prior", "corresponding-period", "reported-that"],
)
def test_previous_and_reported_stay_out_where_they_date_no_figure(sentence: str, figure: str) -> None:
    assert _scope_of(sentence, figure) is None


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a participle telling a move's result shares the move's time
        ("Both grades slumped late last year, hitting lows of $41.20 and $38.75 a barrel.", "$38.75", "last year"),
        ("Tolls rose 4% in March, topping $7.10 for a day.", "$7.10", "in March"),
        # a time of its own still wins
        ("Tolls rose 4% in March, hitting $7.10 this week.", "$7.10", "this week"),
    ],
    ids=["hitting", "topping", "own-time"],
)
def test_a_result_participle_shares_the_moves_time(sentence: str, figure: str, expected: str) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected", "date_from", "date_to"),
    [
        ("Fares are dearer than last year, and since January, they have edged up by 0.4%.", "0.4%",
         "since January", date(2025, 1, 1), TUESDAY),
        ("About 3,100 farms have closed in the past four and a half years.", "3,100",
         "in the past four and a half years", TUESDAY - timedelta(days=4 * 365 + 183), TUESDAY),
        ("Fuel stood at 151.2p a litre prior to the weekend.", "151.2p", "prior to the weekend",
         None, date(2025, 4, 4)),
        ("Sales grew 9% from March, when the shop first sold 700 kites.", "700 kites", "March",
         date(2025, 3, 1), date(2025, 3, 31)),
    ],
    ids=["since-after-and", "past-and-a-half", "prior-to-weekend", "from-month-when"],
)
def test_more_time_phrases_resolve(sentence: str, figure: str, expected: str, date_from: date | None,
                                   date_to: date) -> None:
    scope = _scope_of(sentence, figure)
    assert scope is not None and scope.resolved
    assert (scope.text, scope.date_from, scope.date_to) == (expected, date_from, date_to)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # the month right after "from" after a change is its base
        ("Sales grew 9% from March.", "9%", None),
        # ... after a noun, the change's own month
        ("The board feared a repeat of its 0.5-point increase from June.", "0.5-point", "June"),
    ],
    ids=["from-month-base", "increase-from-month"],
)
def test_a_month_after_from_is_a_base_only_right_after_the_figure(sentence: str, figure: str,
                                                                  expected: str | None) -> None:
    scope = _scope_of(sentence, figure)
    assert (scope.text if scope else None) == expected
