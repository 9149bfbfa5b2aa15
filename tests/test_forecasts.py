"""Forecasts: the words before a figure that make it a figure someone expects, not a count."""

from __future__ import annotations

import pytest

from crosscheck.extract.forecasts import forecast_words


def _words(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    span = forecast_words(sentence, start, start + len(figure))
    return None if span is None else sentence[span[0] : span[1]]


@pytest.mark.parametrize(
    ("sentence", "figure", "words"),
    [
        # a modal of what may come, then a verb of reaching or growing
        ("The flood toll could reach 9,000 in the port city, the governor said.", "9,000", "could reach"),
        ("The count may exceed 4,500 by the weekend.", "4,500", "may exceed"),
        ("Aid workers said the number might reach the thousands.", "thousands", "might reach"),
        ("It can reach 7,000 to 8,000 deaths, the mayor said.", "7,000", "can reach"),
        ("The tally could climb to 9,000 given the damage.", "9,000", "could climb"),
        ("Losses will likely rise above $3 billion.", "$3 billion", "will likely rise"),
        ("The toll could easily climb as high as 600.", "600", "could easily climb"),
        ("Prices are expected to rise once again to 3.5% this year.", "3.5%", "are expected to rise"),
        # being expected (and the like) to do so
        ("The death toll is expected to rise to 1,200.", "1,200", "is expected to rise"),
        ("Prices are projected to grow to 4.5% next year.", "4.5%", "are projected to grow"),
        ("Turnout is likely to top 70%.", "70%", "is likely to top"),
        ("The fund is set to hit $2 billion.", "$2 billion", "is set to hit"),
        # a figure put where it is expected to be
        ("Turnout is expected to be 60% on Sunday.", "60%", "is expected to be"),
        ("Growth is forecast at 2.1% next year.", "2.1%", "is forecast at"),
        ("The bank raised its forecast of 2.7% for inflation.", "2.7%", "its forecast of"),
        ("The final toll is likely to be higher than 500.", "500", "is likely to be"),
        # someone expecting it, with what grows in between
        ("Officials said they expected the death toll to rise above 3,000 people.", "3,000",
         "expected the death toll to rise"),
        ("Analysts predict the deficit will pass $40 billion.", "$40 billion", "predict the deficit will pass"),
        ("Rescuers fear the number of dead could reach 800.", "800", "fear the number of dead could reach"),
        # after the figure and what it counts, a modal of possibility and a verb
        ("As many as 20,000 people could die in the coming weeks.", "20,000", "could die"),
        ("Up to 1.6 million residents may lose their homes.", "1.6 million", "may lose"),
        ("Some 300 families might eventually return.", "300", "might eventually return"),
        # the words of expecting as an adjective of the figure, before it or closing its phrase
        ("Officials warned of a projected 9,000 deaths in the valley.", "9,000", "a projected"),
        ("Markets priced in an expected 0.5% cut on Thursday.", "0.5%", "an expected"),
        ("Hiring came in well below analysts' forecasts of roughly 90,000 to 95,000.", "90,000",
         "analysts' forecasts of"),
        ("The bank's forecast of about 3% was cut.", "3%", "bank's forecast of"),
        # what analysts agree a result will be
        ("Net profit beat analysts' consensus of $812 million.", "$812 million", "analysts' consensus of"),
        ("Sales topped the consensus forecast of 2.1 billion euros.", "2.1 billion", "the consensus forecast of"),
        ("Payrolls grew by 41,000, short of the 80,000 jobs expected.", "80,000", "expected"),
        ("Sales rose 2%, well below the 4% forecast.", "4%", "forecast"),
        ("The 600 predicted by the agency did not come.", "600", "predicted"),
        # ... or what forecasts unowned, analysts' estimates, or a consensus put it at
        ("Earnings of $1.10 a share beat forecasts of $0.95 and more.", "$0.95", "forecasts of"),
        ("Revenue of $9.9 billion topped analyst estimates of $9.2 billion.", "$9.2 billion", "analyst estimates of"),
        ("Cloud sales grew 31%, beating analyst expectations of 28%.", "28%", "analyst expectations of"),
        ("It earned $2.05 a share against a $1.98 consensus, and more.", "$1.98", "consensus"),
        ("Sales beat the $4.4 billion Zentrix estimate.", "$4.4 billion", "estimate"),
        ("Margins were ahead of the 12.5 percent analyst consensus.", "12.5 percent", "consensus"),
        # a rise by a figure is as much a forecast as a rise to it
        ("The chief financial officer projected that sales would grow by 12% next quarter.", "12%",
         "projected that sales would grow"),
    ],
)
def test_a_forecast_is_told_by_the_words_before_its_figure(sentence: str, figure: str, words: str) -> None:
    assert _words(sentence, figure) == words


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # counts: a verb of growing without a modal
        ("The death toll rose to 1,200 on Tuesday.", "1,200"),
        ("The toll has climbed to 9,300, the Red Crescent said.", "9,300"),
        # a plan told as news, an estimate of what is or was, a capacity
        ("The company will lay off 450 employees.", "450"),
        ("The new rules could leave 1.6 million migrants without permits.", "1.6 million"),
        ("The blast may have killed 200 people.", "200"),
        ("The arena can hold 40,000 people.", "40,000"),
        ("Planes can reach speeds of 900 km/h.", "900"),
        # agreement that is no expectation
        ("The board reached a consensus of 9 members on the plan.", "9"),
        # the forecast is of another clause
        ("The toll could rise. So far 300 people have died.", "300"),
        ("The toll is expected to soar, with 4,000 people reported missing.", "4,000"),
        # estimates of what is, a plan, another clause's modal
        ("As many as 700 people may have died.", "700"),
        ("Some 4,000 people may still be missing.", "4,000"),
        ("About 412 employees will be laid off.", "412"),
        ("The firm hired 90 engineers who may leave next year.", "90"),
        ("Police arrested 12 people, and more may follow.", "12"),
        # an estimate of what is, a target
        ("The crowd was estimated to be 40,000.", "40,000"),
        ("The cost is put at $3 billion.", "$3 billion"),
        ("An estimated 1.2 million people marched.", "1.2 million"),
        # being expected, with a verb of its own: a count of who is awaited, or another clause
        ("Some 400 guests were expected.", "400"),
        ("About 2,000 residents expected to return on Monday.", "2,000"),
        ("Payrolls grew by 41,000, short of the 80,000 jobs expected.", "41,000"),
        # a figure set against the forecast is what happened
        ("Hiring came in 300 more than forecast.", "300"),
        ("Prices rose 2% as expected.", "2%"),
        # a month
        ("Inflation fell back to 2% in May and June.", "2%"),
        ("Sales rose 5% in May compared with April.", "5%"),
        ("Exports in May climbed to 7.2% of output.", "7.2%"),
    ],
)
def test_a_count_is_no_forecast(sentence: str, figure: str) -> None:
    assert _words(sentence, figure) is None


@pytest.mark.parametrize(
    ("sentence", "figure", "words"),
    [
        # an estimate made ahead of the outcome is a forecast of it
        ("The gap was $40 billion below the baseline estimate of $900 billion.", "$900 billion",
         "the baseline estimate of"),
        ("It beat the budget estimate of $2.1 trillion in March.", "$2.1 trillion", "the budget estimate of"),
        # an estimate of what is or was sizes it, and is no forecast
        ("The official estimate of 500 dead was revised on Monday.", "500", None),
        ("Officials estimated 500 dead.", "500", None),
        ("Officials raised their estimates of 500 dead to 700.", "500", None),
        ("An estimate of 500 dead was given.", "500", None),
    ],
)
def test_an_estimate_made_ahead_is_a_forecast(sentence: str, figure: str, words: str | None) -> None:
    assert _words(sentence, figure) == words
