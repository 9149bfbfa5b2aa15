"""Forecasts: a figure someone expects, not one that was counted.

A toll told over days mixes counts ("the death toll has risen to 11,300") with forecasts of it
("the toll could reach 20,000", "officials expected the death toll to rise above 4,000", "is
expected to climb to 20,000", "may exceed 25,000"). A forecast is not the same claim as a
count, however alike their words: two outlets that give "could reach 20,000" and "11,300 dead"
do not disagree, and a forecast of 10,000 is no confirmation of a count of 10,000. The claim
keeps the words that make it a forecast (:func:`forecast_words`), so alignment keeps forecasts
and counts apart and a reader sees why.

What makes a forecast, right before the figure:

* a modal of what may come, then a verb of reaching or growing: "could reach", "may exceed",
  "might top", "will rise to", "can reach", "could climb as high as";
* being expected, projected, forecast, predicted, feared, likely or set to do so: "is expected to
  rise to", "likely to exceed", "set to hit", "projected to grow to";
* someone expecting, predicting or fearing it, with what grows in between: "expected the death
  toll to rise above", "predicts the count will pass", "fear the number could reach".

A modal without such a verb is left alone: "will lay off 412 employees" is a plan told as
news, "could leave 1.6 million without permits" and "may have killed 200" are estimates of
what is or was, "can hold 40,000 people" a capacity. A verb of growing without a modal is a
count: "the toll rose to 2,100", "has climbed to 11,300".
"""

from __future__ import annotations

import re

#: verbs of reaching or growing that a forecast puts a figure at ("could *reach* 20,000")
_GROW = (
    r"(?:reach|rise|climb|exceed|top|surpass|hit|pass|soar|increase|grow|jump|double|triple|swell|mount|"
    r"balloon|near|approach|go\s+up|shoot\s+up|spike|surge|cross)"
)
#: what may stand between that verb and the figure: "rise *above*", "reach *as high as*"
_TO_FIGURE = (
    r"(?:\s+(?:to|by|above|beyond|past|over|into|towards?|the|some|around|about|nearly|almost|"
    r"more\s+than|at\s+least|as\s+(?:high|many|much)\s+as|up\s+to|well|further))*"
)
#: a modal of what may come, or being expected (and the like) to
_MODAL = (
    r"(?:could|may|might|can|will|would|should|shall|is\s+likely\s+to|are\s+likely\s+to|likely\s+to|"
    r"(?:is|are|was|were|be|been)?\s*(?:expected|projected|forecast|predicted|feared|set|poised|tipped|"
    r"estimated|anticipated)\s+to|threatens?\s+to|on\s+(?:course|track)\s+to)"
)
_ADVERBS = r"(?:\s+(?:\w+ly|still|soon|yet|even|eventually|further|again|once\s+again|back|once\s+more))*"

_MODAL_THEN_GROW = re.compile(
    rf"\b(?P<words>{_MODAL}{_ADVERBS}\s+{_GROW}(?:s|es|ed|ing)?)\b{_ADVERBS}{_TO_FIGURE}\s*$",
)  # case kept, here and below: "in May climbed to 5%" names a month
#: "expected the death toll to rise above", "predicts the count will pass": someone expects
#: what grows (a short noun phrase) to grow
_EXPECT_THEN_GROW = re.compile(
    r"\b(?P<words>(?:expect|predict|forecast|project|fear|anticipate|warn)(?:s|ed|ing)?\s+(?:that\s+)?"
    r"(?:[\w'’-]+\s+){1,5}?(?:to|could|would|will|may|might)"
    rf"{_ADVERBS}\s+{_GROW}(?:s|es|ed|ing)?)\b{_ADVERBS}{_TO_FIGURE}\s*$",
)

#: after the figure and what it counts, a modal of possibility and a verb: "20,000 people
#: *could die*", "1.6 million *may lose* their homes"; not "may have died" or "may still be
#: missing" (estimates of what is), nor "will be laid off" (a plan), nor across a relative
#: clause or a comma
_FIGURE_THEN_MODAL = re.compile(
    r"(?:[\s%]*(?!who\b|which\b|that\b|and\b|or\b)[\w'’-]+){0,4}?\s+"
    r"(?P<words>(?:could|may|might)(?:\s+(?:\w+ly|still|yet|even|soon|eventually))*+"
    r"\s+(?!have\b|be\b|been\b|not\b|never\b|well\b|and\b|or\b|but\b)[a-z]+)\b",
)  # case kept: "2% in May and June" names a month

#: a figure put where it is expected to be: "turnout is expected to be 60%", "growth is forecast
#: at 2.1%", "a forecast of 2.7%", "likely to be higher than 500"; not "estimated to be", which
#: sizes what is
_EXPECTED_AT = re.compile(
    r"\b(?P<words>(?:(?:is|are|was|were|be|been)\s+)?(?:expected|projected|forecast|predicted|likely|tipped|"
    r"poised)\s+(?:to\s+be|at)|(?:a|the|its|their)\s+(?:\w+\s+)?(?:forecast|projection|prediction)s?\s+of"
    # an estimate made ahead of the outcome: "the baseline estimate of $820 billion"
    r"|(?:a|the|its|their)\s+(?:baseline|budget|budgeted|initial|original|advance)\s+estimates?\s+of)"
    r"(?:\s+(?:higher|lower|more|less|greater|fewer|above|below|over|under|than|around|about|some|nearly|"
    r"almost|as\s+(?:high|many|much)\s+as|up\s+to|at\s+least|between))*\s*$"
)

#: the words of expecting as an adjective of the figure: "a *projected* 20,000 deaths", "an
#: *expected* 2.5% rise", "economists' *forecasts of* 110,000", "analysts' *consensus of* $4.1
#: billion" (what analysts expect a result to be); not "an estimated 1.2 million", which sizes
#: what is
_EXPECTED_BEFORE = re.compile(
    r"\b(?P<words>(?:a|an|the|its|their)\s+(?:[a-z]+ly\s+)?(?:projected|forecast|predicted|expected|anticipated)"
    r"|[\w-]+['’]s?\s+(?:\w+\s+)?(?:forecast|projection|prediction|expectation|consensus)s?\s+(?:of|for)"
    r"|(?:a|an|the)\s+(?:\w+\s+)?consensus\s+(?:forecast|estimate|view)s?\s+(?:of|for)"
    # what analysts, or forecasts unowned, put a result at: "beating forecasts of $3", "analyst
    # estimates of $28 billion", "expectations of 34%"; not "the official estimate of 500 dead"
    r"|(?<!the\s)(?<!an\s)(?<!a\s)\b(?:forecast|projection|prediction|expectation)s\s+(?:of|for)"
    r"|\banalysts?['’]?\s+(?:forecast|projection|estimate|expectation)s?\s+(?:of|for))"
    r"(?:\s+(?:around|about|some|nearly|almost|roughly|up\s+to|at\s+least|between|of))*\s*$"
)

#: the words of expecting right after the figure and what it counts, closing its phrase: "short
#: of the 110,000 jobs *expected*", "below the 2.5% *forecast*", "the 500 *predicted* by
#: analysts"; not "20,000 expected to return" (see _MODAL), nor a verb of its own ("400 were
#: expected"), nor a figure set against the forecast ("300 more than forecast", "rose 2% as
#: expected")
_EXPECTED_AFTER = re.compile(
    r"(?:\s+(?!were\b|was\b|are\b|is\b|had\b|have\b|has\b|than\b|as\b)[A-Za-z][\w-]*){0,2}?\s+"
    r"(?P<words>expected|forecast|projected|predicted|anticipated|consensus|estimates?|expectations?)"
    r"(?=\s*(?:[.,;:)]|$|by\b|from\b))"
)

#: how far before the figure a forecast's words may begin
_WINDOW = 90

#: a word one of the patterns needs, searched in lower case and without word bounds (which
#: makes the scan several times faster): most windows hold none, and skip the patterns (a
#: corpus holds hundreds of thousands of figures)
_ANY_MODAL = re.compile(
    "could|may|might|can|will|would|should|shall|likely|expect|project|forecast|predict|fear|set|"
    "poised|tipped|estimate|anticipat|threaten|course|track|warn|prediction|consensus"
)
_ANY_MODAL_AFTER = re.compile("could|may|might")  # searched as written: "May" is a month
_ANY_EXPECTING = re.compile("expect|predict|forecast|project|fear|anticipat|warn|consensus|estimate")
_ANY_EXPECTED_AT = re.compile("to be|at|of")
_ANY_GROW = re.compile(
    "reach|rise|rising|climb|exceed|top|surpass|hit|pass|soar|increas|grow|jump|doubl|tripl|swell|mount|"
    "balloon|near|approach|go up|shoot|spik|surg|cross"
)


def forecast_words(sentence: str, start: int, end: int | None = None) -> tuple[int, int] | None:
    """The span (in ``sentence``) of the words that make the figure at ``start`` (its number
    ending at ``end``, when given) a forecast ("could reach", "expected the death toll to
    rise", "could die"), or None for a figure of what is or was."""
    if end is not None and _ANY_MODAL_AFTER.search(sentence, end, end + 60):
        m = _FIGURE_THEN_MODAL.match(sentence, end, min(len(sentence), end + 60))
        if m is not None:
            return m.start("words"), m.end("words")
    if end is not None and _ANY_EXPECTING.search(sentence, end, end + 40):
        m = _EXPECTED_AFTER.match(sentence, end, min(len(sentence), end + 40))
        if m is not None:
            return m.start("words"), m.end("words")
    lo = max(0, start - _WINDOW)
    window = sentence[lo:start]
    low = window.lower()
    if not _ANY_MODAL.search(low):
        return None
    if not (_ANY_GROW.search(low) or _ANY_EXPECTED_AT.search(low)):
        return _expected_before(window, lo) if _ANY_EXPECTING.search(low) else None
    # A forecast does not reach over the end of a clause: "...could rise. Officials say 2,100"
    for stop in (". ", "; ", ": ", "? ", "! "):
        cut = window.rfind(stop)
        if cut >= 0:
            lo, window = lo + cut + len(stop), window[cut + len(stop):]
    patterns = (_EXPECT_THEN_GROW, _MODAL_THEN_GROW, _EXPECTED_AT) if _ANY_EXPECTING.search(low) \
        else (_MODAL_THEN_GROW, _EXPECTED_AT)
    for pattern in patterns:  # the fuller words first
        m = pattern.search(window)
        if m is not None:
            return lo + m.start("words"), lo + m.end("words")
    return _expected_before(window, lo) if _ANY_EXPECTING.search(low) else None


def _expected_before(window: str, lo: int) -> tuple[int, int] | None:
    """The span of ``_EXPECTED_BEFORE`` at the end of ``window`` (which starts at ``lo``)."""
    m = _EXPECTED_BEFORE.search(window)
    return None if m is None else (lo + m.start("words"), lo + m.end("words"))
