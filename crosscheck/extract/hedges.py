"""Hedge words -> hedge class, and the interval a hedged round number stands for.

Journalists round. "More than 80,000" is written when the count is a bit over 80,000, and the
next round figure would have been written had the count reached it; so a hedge is read against
the *rounding step* of the number's last significant digit (a last digit of 5 rounds to fives):

    ==========================  =========  ===================================================
    wording                     class      interval (step of 80,000 is 10,000; of 85,000, 5,000)
    ==========================  =========  ===================================================
    more than / over / above    more       more than 80,000  -> (80,000, 90,000]
    at least / no fewer than    atleast    at least 80,000   -> [80,000, 90,000]
    nearly / almost / just      less       nearly 85,000     -> [80,000, 85,000)
    under / less than                      nearly 100        -> [90, 100) (a finer step below a lone 1)
    around / about / some /     approx     around 800,000    -> [750,000, 850,000]
    an estimated / roughly                 (half a step either side)
    up to / as many as /        upto       up to 1.6 million -> [0, 1,600,000]
    at most / no more than
    an average of               average    an average of 4,000 -> [4,000, 4,000] (a mean)
    between 20 and 30           range      [20, 30]
    (none), just 77, a total of exact      just 77           -> [77, 77]
    ==========================  =========  ===================================================

Vague amounts have no value, only an interval (``VAGUE``): "tens of thousands" is [20,000,
99,999], "hundreds of thousands" [200,000, 999,999], "dozens" [24, 99], "scores" [40, 99],
"several hundred" [300, 999], "a few thousand" [2,000, 5,999].

Common typos are accepted ("more then 80,000").

    >>> interval(80000, "more")
    (80000.0, 90000.0)
    >>> interval(85000, "less")
    (80000.0, 85000.0)
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from crosscheck.model import HedgeClass

#: hedge words before a number (lower case, one space between words) -> class
PRE_HEDGES: dict[str, HedgeClass] = {
    # more
    "more than": "more", "more then": "more", "more that": "more", "mor than": "more",
    "over": "more", "just over": "more", "well over": "more", "slightly over": "more",
    "above": "more", "just above": "more", "well above": "more",
    "in excess of": "more", "upwards of": "more", "upward of": "more",
    "greater than": "more", "higher than": "more", "larger than": "more",
    "exceeding": "more", "exceeds": "more", "exceeded": "more", "exceed": "more",
    "surpassing": "more", "surpasses": "more", "surpassed": "more", "surpass": "more",
    "crossed": "more", "crosses": "more", "crossing": "more", "beyond": "more",
    # "could top 10,000"; "the top 10" is a rank, so the scanner takes "top" only after a
    # modal or "to" (``numbers._TOP_AS_A_VERB``)
    "top": "more",
    "topping": "more", "topped": "more", "tops": "more", "north of": "more", "passes": "more",
    "slightly more than": "more", "just more than": "more", "well more than": "more",
    "a little over": "more", "a little more than": "more", "a bit over": "more",
    # at least
    "at least": "atleast", "no fewer than": "atleast", "no less than": "atleast",
    "not less than": "atleast", "not fewer than": "atleast", "a minimum of": "atleast",
    "minimum of": "atleast", "at the very least": "atleast",
    # less
    "nearly": "less", "almost": "less", "close to": "less", "closer to": "less",
    "just under": "less", "just below": "less", "just shy of": "less", "shy of": "less",
    "approaching": "less", "nearing": "less", "nears": "less", "neared": "less", "approaches": "less",
    "approached": "less", "less than": "less", "fewer than": "less",
    "under": "less", "below": "less", "lower than": "less", "just less than": "less",
    "slightly less than": "less", "slightly under": "less", "a little under": "less",
    "less then": "less", "fewer then": "less", "not quite": "less",
    "just short of": "less", "short of": "less", "nearly a full": "less", "almost a full": "less",
    # signs of comparison in tables and abstracts (">97% of cases", "aged <13 months", "≥95%")
    "≥": "atleast", "≤": "upto", ">": "more", "<": "less",
    # approximately
    "around": "approx", "about": "approx", "approximately": "approx", "approx": "approx",
    "approx.": "approx", "roughly": "approx", "some": "approx", "an estimated": "approx",
    "estimated": "approx", "estimated at": "approx", "an approximate": "approx", "approximate": "approx",
    "circa": "approx", "ca.": "approx", "c.": "approx", "~": "approx", "nearly about": "approx",
    "somewhere around": "approx", "somewhere between": "approx", "an estimate of": "approx",
    "in the region of": "approx", "of the order of": "approx", "on the order of": "approx",
    "an approximated": "approx", "around about": "approx", "give or take": "approx",
    "roughly about": "approx", "about around": "approx", "some estimated": "approx",
    # up to
    "up to": "upto", "upto": "upto", "as many as": "upto", "as much as": "upto",
    "at most": "upto", "no more than": "upto", "not more than": "upto", "a maximum of": "upto",
    "maximum of": "upto", "as high as": "upto", "up to about": "upto",
    "at the most": "upto",
    # a sum that may grow to a ceiling: "a fee of £96m, potentially rising to £135m"
    "potentially rising to": "upto", "possibly rising to": "upto", "potentially up to": "upto",
    "rising potentially to": "upto",
    # exact: the writer says the figure is not rounded ("exactly 42"); the words are part of
    # the figure's span, its interval is the number itself
    "exactly": "exact", "precisely": "exact",
    # average
    "an average of": "average", "average of": "average", "on average": "average",
    "averaging": "average", "an average": "average", "a mean of": "average",
    "a daily average of": "average", "an annual average of": "average",
}

#: "less" hedges that say the figure was nearly reached, not merely not passed: "nearly 200" is
#: 180 to 200 (a writer with 150 would say "about 150"), while "fewer than 200" may be far less
NEAR_HEDGES = frozenset({
    "nearly", "almost", "close to", "closer to", "just under", "just below", "just shy of",
    "approaching", "nearing", "nears", "neared", "approaches", "approached", "just less than",
    "slightly less than", "slightly under", "a little under", "not quite", "just short of",
    "nearly a full", "almost a full",
})
#: "more" hedges that say the figure was only just passed: "just over three million" is 3 to
#: 3.3 million (a writer with 3.8 million would say "nearly four million"), while "more than
#: three million" may be anything up to the next round figure
JUST_PAST_HEDGES = frozenset({
    "just over", "just above", "just more than", "slightly over", "slightly more than",
    "slightly above", "a little over", "a little more than", "fractionally over",
})
#: how far short of the figure a "nearly" may fall, or past it a "just over" may go, as a share of it
NEAR_SHARE = 0.1
#: a share in words is rounded to fives of percent: "nearly a third" may be 29%, "almost a
#: tenth" 8%
SHARE_IN_WORDS_STEP = 5.0
#: a count in dozens steps by a dozen: "more than a dozen" is what is said until "two dozen"
#: (or "dozens") would be, so 13 to 24, not 12 to 13; "half a dozen" steps by six
DOZEN = 12.0

#: hedge words after a number ("80,000 or more", "20-plus") -> class
POST_HEDGES: dict[str, HedgeClass] = {
    "or more": "atleast", "and more": "atleast", "or over": "atleast", "and over": "atleast",
    "and above": "atleast", "or above": "atleast", "plus": "more", "+": "more",
    "or so": "approx", "odd": "approx", "or thereabouts": "approx", "-odd": "approx",
    "or less": "upto", "or fewer": "upto", "and under": "upto", "or under": "upto",
    "and below": "upto", "or below": "upto", "at most": "upto", "at least": "atleast",
}

#: the longest hedge in words, so the scanner knows how far to look
MAX_HEDGE_WORDS = max(len(k.split()) for k in PRE_HEDGES)

#: vague amounts (lower case, one space between words) -> (low, high)
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "several dozen": (36, 99), "a few dozen": (24, 71),
    "scores": (40, 99),
    "tens": (20, 99),
    "hundreds": (200, 999), "several hundred": (300, 999), "a few hundred": (200, 599),
    "many hundreds": (300, 999), "a couple of hundred": (200, 299), "a couple hundred": (200, 299),
    "thousands": (2_000, 9_999), "several thousand": (3_000, 9_999),
    "a few thousand": (2_000, 5_999), "many thousands": (3_000, 9_999),
    "a couple of thousand": (2_000, 2_999), "a couple thousand": (2_000, 2_999),
    "tens of thousands": (20_000, 99_999), "several tens of thousands": (30_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "several hundred thousand": (300_000, 999_999),
    "a few hundred thousand": (200_000, 599_999),
    "millions": (2e6, 9_999_999), "several million": (3e6, 9_999_999),
    "a few million": (2e6, 5_999_999), "tens of millions": (2e7, 99_999_999),
    "hundreds of millions": (2e8, 999_999_999),
    "billions": (2e9, 9_999_999_999), "several billion": (3e9, 9_999_999_999),
    "tens of billions": (2e10, 99_999_999_999), "hundreds of billions": (2e11, 999_999_999_999),
    "trillions": (2e12, 9_999_999_999_999), "several trillion": (3e12, 9_999_999_999_999),
    "lakhs": (2e5, 999_999), "crores": (2e7, 99_999_999),
}

#: a hedge that only says the figure is exact or small ("just 77", "a total of 20,073"):
#: not a hedge, the number reads as stated
EXACT_WORDS = {"just", "only", "exactly", "precisely", "a total of", "a mere", "fully", "total of"}


#: the plain words of each bound, given in the report for a hedge said another way
PLAIN_WORDS: dict[HedgeClass, str] = {
    "more": "more than", "atleast": "at least", "less": "less than", "upto": "up to",
    "approx": "about", "average": "an average of",
}
#: hedges said by a verb, a sign or a turn of phrase: the report gives their plain words
#: ("surpassed $100 billion" is hedged "more than", "as high as 88%" "up to"); the words as
#: written stay in the figure's text
SAID_OTHERWISE = frozenset({
    "exceeding", "exceeds", "exceeded", "exceed", "surpassing", "surpasses", "surpassed", "surpass",
    "crossed", "crosses", "crossing", "beyond", "top", "topping", "topped", "tops", "passes", "north of", "upward of", "higher than", "larger than",
    "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "minimum of",
    "at the very least", "closer to", "just shy of", "shy of", "just short of", "short of", "not quite",
    "nearing", "nears", "neared", "approaches", "approached", "lower than",
    "≥", "≤", ">", "<", "~", "+", "circa", "ca.", "c.", "nearly about", "an estimate of",
    "in the region of", "of the order of", "on the order of", "give or take",
    "as much as", "no more than", "not more than", "as high as", "at the most", "averaging",
    "plus", "or so", "odd", "-odd", "or less", "or fewer", "and under", "or under", "and below", "or below",
})


def reported_hedge(words: str | None, cls: HedgeClass) -> str | None:
    """The hedge as the report gives it: the words as written when they say the figure's bound
    plainly ("more than", "nearly", "around"), else the plain words of its class: a verb, sign
    or turn of phrase ("surpassed", ">", "as high as"), or words a negation turned round ("would
    not get *more than* 42%" is at most 42: "up to")."""
    if not words or cls not in PLAIN_WORDS:
        return words
    key = normalise(words)
    if key not in SAID_OTHERWISE and hedge_class(key) == cls:
        return words
    if cls == "less" and key in NEAR_HEDGES:
        return "nearly"
    return PLAIN_WORDS[cls]


def normalise(words: str) -> str:
    """Lower case, single spaces, curly apostrophes straightened: the lexicon's key form."""
    return " ".join(words.replace("’", "'").lower().split())


def hedge_class(words: str | None) -> HedgeClass:
    """The class of hedge words as written ("More than" -> "more"); unknown or None -> "exact"."""
    if not words:
        return "exact"
    key = normalise(words)
    return PRE_HEDGES.get(key) or POST_HEDGES.get(key) or "exact"


@lru_cache(maxsize=4096)
def rounding_step(value: float) -> float:
    """The step of the last significant digit: 80,000 -> 10,000; 85,000 -> 5,000; 2.8 -> 0.1.
    Cached: reading the digits through Decimal is slow, and a story repeats its figures."""
    if value == 0:
        return 1.0
    try:
        d = Decimal(repr(abs(float(value)))).normalize()
    except (InvalidOperation, ValueError):
        return abs(value) or 1.0
    sign, digits, exponent = d.as_tuple()
    if not isinstance(exponent, int) or not digits:
        return abs(value) or 1.0
    step = Decimal(10) ** exponent
    if digits[-1] == 5 and len(digits) > 1:
        step *= 5
    return float(step)


def interval(value: float, cls: HedgeClass) -> tuple[float | None, float | None]:
    """The interval a stated ``value`` stands for under hedge class ``cls`` (None = open)."""
    return interval_with_step(value, cls, None)


def interval_with_step(value: float, cls: HedgeClass, step: float | None) -> tuple[float | None, float | None]:
    """``interval`` with the rounding step given (None: read from the value's digits)."""
    v = float(value)
    if cls in ("exact", "average", "range"):
        return v, v
    given = step is not None
    step = rounding_step(v) if step is None else step
    if v < 0:  # sign flips which side "more" opens to; keep it simple and honest
        return (v, v) if cls == "exact" else (None, None)
    if cls == "more":
        return v, v + step
    if cls == "atleast":
        return v, v + step
    if cls == "less":
        # "nearly 100" is 90 to 100: below a lone leading 1 the round figures a writer would
        # have used instead ("nearly 90") are a decimal place finer
        below = step / 10 if v == step and not given else step
        return max(0.0, v - below), v
    if cls == "approx":
        return max(0.0, v - step / 2), v + step / 2
    if cls == "upto":
        return 0.0, v
    return None, None
