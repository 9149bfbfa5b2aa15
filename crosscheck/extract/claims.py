"""Claims: each quantity in an article, in its frame, with offsets into the article text.

``extract_claims`` reads every non-furniture sentence, finds its quantities, and extends each
claim's span over the counted noun phrase that directly follows ("more than 80,000 Afghan
nationals"), so a reader sees what the number counts. Offsets are article offsets
(``article.text[claim.start:claim.end] == claim.text``); ids are ``"{article}:{start}-{end}"``.

Attribution is a separate concern: the pipeline passes ``attribute(article, sentences,
sentence_index, start, end)``; without it, claims carry none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from crosscheck.extract.clauses import clause_of
from crosscheck.extract.forecasts import forecast_words
from crosscheck.extract.frames import (
    CHANGE_NOUN,
    CHANGE_NOUNS,
    LENGTH_UNITS,
    MEASURE_NOUNS,
    PRESENT_VERBS,
    STATES,
    VERBS_AFTER_A_NOUN,
    distance_from,
    frame,
    is_verb,
)
from crosscheck.extract.hedges import interval
from crosscheck.extract.numbers import find_figures
from crosscheck.extract.time import reported_on, time_scope
from crosscheck.extract.units import MONTHS
from crosscheck.model import Article, Attribution, Claim, Quantity, Sentence, Span, TimeScope

_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))  # "January", "Jan"

Attribute = Callable[[Article, Sequence[Sentence], int, int, int], Attribution | None]


def extract_claims(
    article: Article,
    sentences: Sequence[Sentence],
    attribute: Attribute | None = None,
) -> list[Claim]:
    """Every numeric claim in ``article``, in text order."""
    claims: list[Claim] = []
    previous_counted: tuple[int, str] | None = None  # (sentence index, what a count there counts)
    previous_day: tuple[int, TimeScope, str] | None = None  # (sentence index, one-day scope, kind)
    previous_measure: tuple[int, str] | None = None  # (sentence index, a toll a figure there was the value of)
    parts: dict[int, int] = {}  # a part with no noun of its own ("including 400,000 in X") -> its whole, by position
    for index, sentence in enumerate(sentences):
        if sentence.furniture:
            continue
        quantities = find_figures(sentence.text, sentence.start)  # in article offsets
        if not quantities:
            continue  # most sentences hold no figure: skip their time phrases
        told = reported_on(sentence.text, article.published)
        for q in quantities:
            q = _level_reached(q, sentence)
            q_start, q_end = q.start - sentence.start, q.end - sentence.start  # in the sentence
            f = frame(sentence.text, q_start, q_end, amount=q.kind == "money")
            local_end = q_end
            if f.counted_span is not None and _directly_follows(sentence.text, q_end, f.counted_span[0]):
                local_end = f.counted_span[1]
            start = q.start
            end = sentence.start + local_end
            if q.kind == "measure" and q.unit in LENGTH_UNITS:
                f = f._replace(counted=distance_from(sentence.text, q_end) or f.counted)
            parent_at = _parent(claims, sentence, q_start, q_end)
            parent = claims[parent_at[0]] if parent_at is not None else None
            # "the death toll ... 131", or a figure listed after a toll's ("Toll Jumps to 1,000")
            measured = any(e is not None and e.split()[-1] in MEASURE_NOUNS
                           for e in (f.event, parent.event if parent is not None else None))
            # a bare count counts what the count just before it counted, in its own sentence or
            # the one before: "1,636 were deported. In Punjab, 5,111 were moved"; further back,
            # other figures have come between ("average weekly hours rose to 34.3 ... June was
            # revised lower by 60,000" counts no hours)
            borrowed = previous_counted[1] if previous_counted and previous_counted[0] >= index - 1 else None
            if borrowed is not None and borrowed.lower() in STATES and f.event and borrowed.lower() not in f.event.split():
                borrowed = None  # "42 injured and 78 reported missing": a state is no noun to borrow
            if borrowed is not None and borrowed.lower() == "cases" and (
                    (f.event and f.event.split()[0].lower() in _DYING) or _DIED_AFTER.match(sentence.text, q_end)):
                borrowed = "deaths"  # "20 people who are infected, and six who have died": six deaths, not cases
            counted = f.counted or (borrowed if q.kind == "count" and not measured else None)
            if f.counted and q.kind == "count" and not _in_adjunct(sentence.text, q_start):
                previous_counted = (index, f.counted)
            event = f.event
            scope = time_scope(sentence.text, q_start, q_end, article.published, sentence.start,
                               after_only=f.nominal)
            if scope is not None and _TWO_MONTHS.match(article.text, scope.start):
                scope = None  # "at its January/February meeting": a day in one month or the other
            if parent is not None:
                event = event or parent.event
                gap_lo = parent.end - sentence.start
                if parent.time is not None and parent.end <= parent.time.start and parent.time.end <= start:
                    gap_lo = parent.time.end - sentence.start  # the parent's own time is no other day
                # only the figure's own stretch, after the last comma: "on Wednesday, above the $4.1
                # billion forecast" dates the report, not the forecast
                gap_lo = max(gap_lo, sentence.text.rfind(",", gap_lo, q_start) + 1)
                if not _DATED_BETWEEN.search(sentence.text, gap_lo, q_start):
                    # not "on January 19, 1.12 million ..., on the 31st – 1.27 million": a day of its own between
                    scope = scope or parent.time
                state = parent.counted is not None and parent.counted.lower() in STATES \
                    and not (event and parent.counted.lower() in event.split())  # "31 injured and 17 reported missing"
                if counted is None and parent.quantity.kind == q.kind and parent.quantity.unit == q.unit and not state \
                        and not (f.event is not None and f.event.split()[-1] in MEASURE_NOUNS) \
                        and not (parent.counted is not None and " per " in parent.counted):
                    # (a sum per share or per barrel is no total: "$1.12 a share, up from $482.5 million")
                    # "prices rose 0.4% on the month and 2.8% on the year": a figure
                    # listed after another of its kind measures the same thing ("after five
                    # more bodies were found, the death toll stands at 61": a toll, no bodies)
                    counted = parent.counted
                if f.counted is None and not state and parent.quantity.kind == q.kind == "count" \
                        and parent_at is not None and parent_at[1]:
                    parts[len(claims)] = parent_at[0]
            named_a_change = counted is not None and all(w in CHANGE_NOUNS or w in _RATE_WORDS
                                                         for w in counted.lower().split())
            told_as_a_change = named_a_change or _CHANGE_NOUN_AFTER.match(sentence.text, q_end) is not None
            glossed = _glossed(claims, sentence, q_start, q.kind, q.unit, told_as_a_change=told_as_a_change)
            if glossed is not None and counted is not None and not named_a_change and told_as_a_change:
                # "Cloud revenue passed $75 billion in fiscal 2025, marking a 34% increase": the
                # frame read what rose; the level says when
                scope = scope or glossed.time
            elif glossed is not None and (counted is None or named_a_change):
                # "revenue of £3.1 billion ($3.9 billion), up 6%"; "revenue of $75 billion,
                # representing 34% growth", "marking a 34% growth rate": the growth of revenue
                # (of what the level measures, unnamed if the level's measure is: "growth" says
                # only that it moved)
                counted = glossed.counted
                scope = scope or glossed.time
                if _in_brackets_after(glossed, sentence, q_start):
                    # "reached 40.5 degrees Celsius (105 Fahrenheit)": the figure before, in
                    # other units, and what happened to it
                    event = event or glossed.event
            if glossed is not None and _in_brackets_after(glossed, sentence, q_start):
                q = _hedged_as_glossed(q, glossed.quantity)  # "about 300km (190 miles)": about 190 miles
            if q.kind == "count" and (counted is None or counted.lower() in _GENERIC_TOTALS) \
                    and (event is None or event.split()[0] in _TELLING) \
                    and previous_measure is not None and previous_measure[0] >= index - 1:
                # "The death toll rose to 2,400. The new total of 2,461 is a sharp rise over the
                # 1,530 total announced earlier": a bare total right after a toll's is the toll's
                event = previous_measure[1]
            if q.kind == "count" and index > 0 and _STAND_IN.search(sentence.text, 0, q_start):
                # "The death toll stood at 80. By Monday the toll had risen to 94": a bare
                # "toll", "number" or "figure" stands for the measure named just before it
                named = _named_before(claims, sentences[index - 1].start)
                if named is not None:
                    if counted is None or counted.lower() in _STAND_IN_NOUNS:
                        counted = named.counted
                    if named.event is not None and named.event.split()[-1] in MEASURE_NOUNS \
                            and (event is None or event in _STAND_IN_NOUNS):
                        # "the toll" is the death toll; a verb of its own ("the number had
                        # increased") stays the event, so a later stage of a toll is not read
                        # as the first one told
                        event = named.event
            if event is not None and event.split()[-1] in MEASURE_NOUNS:
                previous_measure = (index, event)
            if scope is None and previous_day is not None and previous_day[0] == index - 1 \
                    and previous_day[2] == q.kind and event and event.endswith("ed") and not told \
                    and not _PERFECT.search(sentence.text):
                # "1,636 were deported on Sunday. The largest transfer was in Punjab, where
                # 5,111 were transported ...": a past event told right after a dated one
                # happened that day, unless it says otherwise
                scope = previous_day[1]
            if scope is not None and scope.resolved and scope.date_from and scope.date_from == scope.date_to:
                previous_day = (index, scope, q.kind)
            q = _level_in_percent(q, sentence.text, q_start)
            if q.kind == "count" and counted is not None and counted.lower() == "magnitude" \
                    and (q.value if q.value is not None else q.high or 10) < 10 and f.counted == counted:
                q = replace(q, kind="measure", unit="magnitude")  # "Magnitude: 9.3", "a magnitude of 9.1 to 9.3"
            claims.append(
                Claim(
                    id=f"{article.id}:{start}-{end}",
                    article=article.id,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    sentence=sentence.text,
                    sentence_start=sentence.start,
                    quantity=q,
                    counted=counted,
                    event=event,
                    place=f.place,
                    time=scope,
                    attribution=attribute(article, sentences, index, start, end) if attribute else None,
                    reported_on=told,
                    forecast=_forecast(sentence, q_start, q_end),
                )
            )
    # What a figure's own sentence cannot tell, read from the article's other figures, in order:
    # a later pass sees what an earlier one settled (a sum's currency before what it repeats).
    claims = _without_days_of_named_dates(article.text, claims)
    claims = _in_the_articles_currency(claims)
    claims = _repeats_count_what_they_repeat(claims)
    claims = _parts_count_what_their_whole_counts(claims, parts)
    claims = _joined_subjects_share_their_verb(article.text, claims)
    claims = _lists_share_a_trailing_time(article.text, claims)
    return _dated_by_an_opening_time(claims)


#: bare nouns that stand for a measure named before them ("the toll", "the figure")
_STAND_IN_NOUNS = frozenset({"toll", "tally", "number", "figure", "count", "total"})
#: such a noun as the subject of a change or a state right before the figure: "the toll had
#: risen to", "the figure has since climbed to", "the number now stands at"; not "the number
#: of people killed rose to" (that names what it counts itself)
_STAND_IN = re.compile(
    r"(?i)\bthe\s+(?:" + "|".join(sorted(_STAND_IN_NOUNS)) + r")\s+"
    r"(?:(?:has|had|have|was|is|now|since|then|further|again|already|also)\s+)*"
    r"(?:rose|risen|rises|grew|grown|grows|climbed|climbs|increased|increases|jumped|jumps|reached|reaches"
    r"|soared|soars|fell|fallen|falls|dropped|drops|stood|stands|went|gone|hit|hits)"
    r"(?:\s+(?:to|at|past|above|beyond))?\s*$"
)


def _named_before(claims: list[Claim], since: int) -> Claim | None:
    """The latest count from ``since`` on (the sentence before, or this one) that names what it
    counts or the toll it is the value of."""
    for c in reversed(claims):
        if c.sentence_start < since:
            return None
        if c.quantity.kind == "count" and (c.counted is not None or (
                c.event is not None and c.event.split()[-1] in MEASURE_NOUNS)):
            return c
    return None


#: below this, one article's two equal figures are as likely two things ("3 dead", "3 weeks")
_REPEAT_AT_LEAST = 100


#: two months joined by a slash before a meeting: one that straddles them, on a day the text does
#: not give ("its January/February meeting"), so neither month dates the figure
_TWO_MONTHS = re.compile(rf"(?:(?:in|at|during|by)\s+)?(?:{_MONTH_NAMES})\.?\s*/\s*(?:{_MONTH_NAMES})\.?\s+"
                        r"(?:policy\s+|rate-setting\s+|board\s+)?(?:meeting|session|review|decision|summit)s?\b")


#: a tally or its move right before "up to": "with the number of homes lost up to 8,817", "the
#: toll up to 42", "a rise up to 5%": "up" is the move, "to" the level it reached, no bound
_MOVED_UP_TO = re.compile(
    r"\b(?:number|numbers|toll|tally|count|total|figure|rise|jump|increase|climb)"
    r"(?:\s+of(?:\s+[\w'’-]+){1,4}?)?\s+(?=up\s+to\s+$)",
    re.I,
)


def _level_reached(q: Quantity, sentence: Sentence) -> Quantity:
    """``q`` without its "up to" when that tells a tally's rise to it, not a bound (the grammar
    of the hedge alone cannot tell a verbless "the number of X up to N" from "up to N")."""
    if q.hedge_class != "upto" or not q.text.lower().startswith("up to") or q.number_start < 0:
        return q
    lead = sentence.text[max(0, q.start - sentence.start - 80) : q.number_start - sentence.start]
    if not _MOVED_UP_TO.search(lead):
        return q
    cut = q.number_start - q.start
    return replace(q, start=q.number_start, text=q.text[cut:], hedge=None, hedge_class="exact", low=q.value,
                   high=q.value)


#: what a rate is moved or held *to* or *at* before a figure in basis points: "taking the rate to
#: between 450 and 475 basis points", "held at 525 bps" tell where it stands, not a step
_LEVEL_BEFORE = re.compile(r"(?:\b(?:to|at)\s+(?:a\s+range\s+of\s+)?|\bbetween\s+)$", re.I)


def _level_in_percent(q: Quantity, sentence: str, start: int) -> Quantity:
    """``q``, or, when it tells a rate's level in basis points, that level in percent (100
    basis points are 1%): "between 450 and 475 basis points" is the range "4.5%-4.75%" other
    outlets give, where "by 25 basis points" stays a step."""
    if q.unit != "bp" or not _LEVEL_BEFORE.search(sentence, max(0, start - 30), start):
        return q

    def percent(x: float | None) -> float | None:
        return None if x is None else round(x / 100, 6)

    return replace(q, unit="%", value=percent(q.value), low=percent(q.low), high=percent(q.high))


def _dated_by_an_opening_time(claims: list[Claim]) -> list[Claim]:
    """``claims``, where a figure with no time scope takes the one a time phrase opening its
    sentence gives another figure of it: "Last year, more than 2,000 were treated after
    temperatures soared to 48C": the fronted "Last year" dates the whole sentence, the 48C of a
    clause the scope reader stopped short of as much as the 2,000."""
    opening: dict[tuple[str, int], TimeScope] = {}
    for c in claims:
        t = c.time
        if t is not None and t.resolved and (t.start == c.sentence_start or _in_a_fronted_adjunct(
                c.sentence, t.start - c.sentence_start, t.end - c.sentence_start)):
            opening.setdefault((c.article, c.sentence_start), t)
    if not opening:
        return claims
    return [
        replace(c, time=opening[(c.article, c.sentence_start)])
        if c.time is None and (c.article, c.sentence_start) in opening else c
        for c in claims
    ]


#: a fronted phrase a time phrase may close: "*In the previous election* in 2019, ...",
#: "*At the last census* in 2021, ..."; a preposition and a few words, no comma and no verb
_FRONTED_ADJUNCT = re.compile(r"(?:In|At|During|For|Before|After)\s+(?:the|its|their|his|her|that)\s+[\w\s'’-]{1,40}?\s+")


def _in_a_fronted_adjunct(sentence: str, start: int, end: int) -> bool:
    """The time phrase at ``sentence[start:end]`` closes a phrase that opens the sentence and is
    set off by a comma: it dates the sentence as a time opening it would."""
    if _FRONTED_ADJUNCT.fullmatch(sentence, 0, start) is None or not sentence.startswith(",", end):
        return False
    return not any(is_verb(w) for w in sentence[:start].lower().split()[1:])


#: what may stand between two figures of one list: "almost 12,000 cases *and* 21 deaths"
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*")
#: a verb of the later figure's own between it and the time phrase ("500 staff, and 20 *left* on
#: Monday", "20 *were* hurt on Monday"): the time is that figure's alone; a participle that
#: describes the list ("32 deaths *recorded* since") is no such verb
_OWN_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|left|died|fled|went|came|fell|rose|lost|won|ran|took|gave)\b",
    re.IGNORECASE)


def _lists_share_a_trailing_time(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims``, where a figure with no time scope, listed right before a figure of its kind
    whose time phrase follows it, takes that time: "data showing 1,500 cases and 32 deaths
    recorded since last May" dates both figures (the clause reader parts them at "and")."""
    out = list(claims)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        t = b.time
        if a.time is not None or t is None or not t.resolved or a.sentence_start != b.sentence_start \
                or a.article != b.article or a.quantity.kind != b.quantity.kind or t.start < b.end:
            continue
        if _LIST_JOIN.fullmatch(text, a.end, b.start) and not _OWN_PREDICATE.search(text, b.end, t.start):
            out[k] = replace(a, time=t)
    return out


def _repeats_count_what_they_repeat(claims: list[Claim]) -> list[Claim]:
    """"At least 420 climbers died ... the total figure of 420 came from the morgue", "the
    total was 420": a count with nothing counted that repeats, to the unit, an earlier count
    of the same article takes what that one counted (the article's own gloss). Small numbers
    repeat by chance and are left alone."""
    seen: dict[tuple[float, str | None], str] = {}
    out = claims
    for i, c in enumerate(claims):
        q = c.quantity
        if q.kind != "count" or q.value is None or q.value < _REPEAT_AT_LEAST:
            continue
        key = (q.value, q.unit)
        if c.counted is not None and c.counted.lower() not in _GENERIC_TOTALS:
            seen.setdefault(key, c.counted)
        elif key in seen:
            if out is claims:
                out = list(claims)
            out[i] = replace(c, counted=seen[key])
    return out


def _parts_count_what_their_whole_counts(claims: list[Claim], parts: dict[int, int]) -> list[Claim]:
    """"3.5 million according to the union (including 800,000 in the capital)": a part that
    names no noun of its own counts what its whole counts, once the article's other figures
    have told what that is (here a headline's "3.5 million demonstrators"), rather than a noun
    borrowed from an earlier sentence or an earlier figure that happens to repeat it."""
    if not parts:
        return claims
    out = list(claims)
    for part, whole in parts.items():
        counted = out[whole].counted
        if counted is not None and counted.lower() not in _GENERIC_TOTALS and counted.lower() not in STATES:
            out[part] = replace(out[part], counted=counted)
    return out


#: "and" alone between two counts: "Nine hikers *and* two guides were still missing"
_JOINED_BY_AND = re.compile(r"\s+and\s+")


def _joined_subjects_share_their_verb(text: str, claims: list[Claim]) -> list[Claim]:
    """"Nine hikers and two guides were still missing": two counts joined by "and" as one subject
    share the verb after the second; the first had none (it was read as the verb of the second
    alone). Not across anything more than "and" ("12 hikers, found on Sunday, and ...")."""
    out = claims
    for k in range(len(claims) - 1, 0, -1):
        first, second = out[k - 1], out[k]
        if first.event is not None or second.event is None or first.quantity.kind != "count" \
                or second.quantity.kind != "count" or first.sentence_start != second.sentence_start \
                or _JOINED_BY_AND.fullmatch(text, first.end, second.start) is None:
            continue
        if out is claims:
            out = list(claims)
        out[k - 1] = replace(first, event=second.event)
    return out


#: "January 19", "19 January", "Jan. 19", "the 19th of January"
_DAY_WITH_MONTH = re.compile(
    rf"\b(?:(?:{_MONTH_NAMES})\.?\s+(\d{{1,2}})\b|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b)"
)
#: words before a bare day number that compare or place in time: "more than 19", "since 19"
_BEFORE_A_DAY = re.compile(r"\b(?:than|since|on|before|after|until)\s*$", re.IGNORECASE)


def _reads_as_a_bare_day(text: str, claim: Claim) -> bool:
    """A count written as one or two digits, after "than", "since", "on" ..., with no noun."""
    q = claim.quantity
    number = text[q.number_start : q.number_end]
    return (q.kind == "count" and number.isdigit() and len(number) <= 2 and claim.end == q.end
            and _BEFORE_A_DAY.search(text[max(0, q.number_start - 12) : q.number_start]) is not None
            and _NOUN_AFTER.match(text, q.end) is None)


#: a lower-case word right after a figure: what it counts
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _without_days_of_named_dates(text: str, claims: list[Claim]) -> list[Claim]:
    """"More people marched than 19", "it's more than 19": a bare day number after "than",
    "since" or "on", with no noun, in an article that names that day with its month ("the
    first strike on March 7"), is the day, not a count (copy translated from a language
    that writes "le 19" for a date)."""
    suspects = [c for c in claims if _reads_as_a_bare_day(text, c)]
    if not suspects:
        return claims  # most articles: no scan of the whole text for dates
    days = {int(a or b) for a, b in _DAY_WITH_MONTH.findall(text)}
    dropped = {id(c) for c in suspects if int(text[c.quantity.number_start : c.quantity.number_end]) in days}
    return [c for c in claims if id(c) not in dropped]


def _forecast(sentence: Sentence, start: int, end: int) -> Span | None:
    """The words that make the figure at ``start``-``end`` (in the sentence) a forecast, as a
    span of the article (see :mod:`crosscheck.extract.forecasts`)."""
    words = forecast_words(sentence.text, start, end)
    if words is None:
        return None
    lo, hi = words
    return Span(start=sentence.start + lo, end=sentence.start + hi, text=sentence.text[lo:hi])


#: nouns that name a sum of money ("a 4.3 billion *fine*", "a 2 billion *bailout*")
_MONEY_NOUNS = frozenset(
    "fine fines penalty penalties bailout budget deal loan loans package settlement payout compensation "
    "damages subsidy subsidies grant grants bonus bonuses salary salaries revenue revenues profit profits "
    "debt debts investment investments tax taxes tariff tariffs bill bills aid "
    # what a prize, a firm's accounts or a purchase is worth
    "prize prizes pot fund cheque cheques turnover income fee fees cost costs price funding purse wages".split()
)
#: verbs that pay a sum to someone: "finalists will be *paid* 1.4 million each", "the champions
#: *receive* 2.7 million": the figure is a sum even with its currency left unsaid
_PAYING = frozenset(
    "paid pay pays receive receives received receiving earn earns earned earning get gets got "
    "pocket pockets pocketed pocketing bank banks banked collect collects collected awarded".split()
)
#: of the article's sums, the share one currency must hold to lend it to a sum named without
#: one: a conversion or two in brackets ("(EUR 59 million)", "($63.94 million)") do not make
#: a pound story's currency unknown
_DOMINANT_CURRENCY = 0.75


def _in_the_articles_currency(claims: list[Claim]) -> list[Claim]:
    """"Vantor hit with 2.9 billion EU fine": a sum of money named with no currency takes the
    currency of the article's sums of about its size ("a 2.91-billion-euro fine" further
    down; a conversion "(Rs 34,260 crore)" is far off), else of its sentence's sums ("turnover
    of 310 million pounds and a profit of 41 million"), else of all its sums when they share
    one or nearly all do. Two candidate currencies, or none, leave the figure a count: which
    is not written. A sum is a figure that counts a sum's noun ("fine", "profit", "prize"), or
    that counts nothing and is paid or received, or stands beside a sum in its sentence."""
    sums = [c for c in claims if c.quantity.kind == "money" and c.quantity.unit and c.quantity.value]
    if not sums:
        return claims
    units_of_all = [s.quantity.unit for s in sums]
    dominant = max(set(units_of_all), key=units_of_all.count)
    out = []
    for c in claims:
        q = c.quantity
        if q.kind == "count" and q.value is not None and q.value >= 1_000_000 and _is_a_sum(c, sums):
            value = q.value
            near = {s.quantity.unit for s in sums if abs(s.quantity.value - value) <= 0.05 * value}  # type: ignore[operator]
            beside = {s.quantity.unit for s in sums if s.sentence_start == c.sentence_start and s.article == c.article}
            units = near or beside or set(units_of_all)
            if len(units) == 1:
                c = replace(c, quantity=replace(q, kind="money", unit=units.pop()))
            elif not near and not beside and len(sums) >= 3 \
                    and units_of_all.count(dominant) >= _DOMINANT_CURRENCY * len(sums):
                c = replace(c, quantity=replace(q, kind="money", unit=dominant))
        out.append(c)
    return out


def _is_a_sum(claim: Claim, sums: list[Claim]) -> bool:
    if claim.counted:
        return claim.counted.lower().split()[-1] in _MONEY_NOUNS
    if claim.event and claim.event.split()[0].lower() in _PAYING:
        return True
    return any(s.sentence_start == claim.sentence_start and s.article == claim.article for s in sums)


#: words before a figure that make it the object of a place or a breakdown ("in eight
#: hospitals", "including two officers"): what it counts is no default for the next bare figure
_ADJUNCT_BEFORE = re.compile(
    r"\b(?:in|at|across|into|inside|within|throughout|near|including|among)\s*$", re.IGNORECASE
)


def _in_adjunct(sentence: str, start: int) -> bool:
    return bool(_ADJUNCT_BEFORE.search(sentence[max(0, start - 14) : start]))


#: words that open a breakdown of the figure before ("including 2,301 children", "Of these,
#: 12,982 departed"): the parts share the total's event and time unless they state their own
_BREAKDOWN = re.compile(
    r"\b(?:including|among them|among whom|of these|of them|of whom|of which|of those)\b[\s,]*"
    r"(?:[\w.,]+\s+){0,3}$",
    re.IGNORECASE,
)


#: "have impacted", "has killed", "had been displaced": a running total, not something of one day
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?\w+ed\b", re.IGNORECASE)

_BREAKDOWN_OPENS_SENTENCE = re.compile(r"(?:of|among)\b", re.IGNORECASE)


def _parent(claims: list[Claim], sentence: Sentence, start: int, end: int) -> tuple[int, bool] | None:
    """Where in ``claims`` the earlier claim this quantity elaborates stands, if any, and whether
    this one is opened as a part of it ("including 400,000 in X", "among them 300 children"):
    the figure it breaks down, or the figure before it in a verbless list ("12,982 departed from
    X, 5,435 from Y")."""
    if not claims:
        return None
    last = len(claims) - 1
    lo, hi = clause_of(sentence.text, start, end)
    clause_before = sentence.text[lo:start]
    same_sentence = claims[-1].sentence_start == sentence.start
    opener = _BREAKDOWN.search(clause_before)
    # "including ..." elaborates a figure of its own sentence; "Of these, ..." may open the next
    if opener and (same_sentence or _BREAKDOWN_OPENS_SENTENCE.match(sentence.text[opener.start():])):
        return last, True
    if same_sentence and _SIZE_OF_A_NAMED_THING.search(sentence.text, claims[-1].end - sentence.start, start):
        return None  # "found six victims in Eastvale, a town of 9,000 people": the town's size, not the find's
    if same_sentence and not _has_verb(sentence.text[lo:hi]):
        return last, False
    if same_sentence and _LISTED.fullmatch(sentence.text[claims[-1].end - sentence.start : start]):
        # "Cyclone kills at least 120 in Mozambique, 45 in Malawi": a figure listed right after
        # another, with only a place or time between, shares its verb
        return last, False
    return None


#: an apposition that sizes the name before it: ", a town of", ", a community of about"
_SIZE_OF_A_NAMED_THING = re.compile(r"[A-Z][\w'’-]*,\s+(?:a|an)\s+(?:[a-z]+\s+){1,2}of\s+(?:about\s+|some\s+|around\s+)?$")


#: what may stand between two listed figures: a short verbless phrase, then a comma or "and"
_LISTED = re.compile(r"(?:\s+(?:in|at|on|from|across)\s+[^,;:.()]{1,40}?)?\s*(?:,|\band\b|,\s*and\b)\s*")


#: nouns that name a figure as a total of something said before: "the new *total* of 2,461"
_GENERIC_TOTALS = frozenset({"total", "figure", "tally", "number", "count"})
#: verbs that only tell a figure ("the 1,530 total *announced* earlier"): no event of their own
_TELLING = frozenset({"announced", "reported", "given", "released", "published", "said", "confirmed"})


#: what stands between a figure and a gloss of it that names no measure of its own: a
#: conversion in brackets ("£3.1 billion *(*$3.9 billion)"), or the change of the figure told
#: after it ("£3.1 billion*, up* 6% on last year", "61 pence*, down by* 3%", "£420m*, +*12%")
_CONVERSION_GAP = re.compile(r"\s*\(\s*")
_FROM_GAP = re.compile(r",?\s+from\s+")
#: a change told by its sign in words: "*up* 6%", "*down by* 3%"
_SIGNED = r"(?:up|down)(?:\s+by)?\s+"
_CHANGE_GAP = re.compile(rf"\s*\)?\s*[,;]\s*(?:and\s+)?(?:{_SIGNED})?")
#: words that, with a change noun, still name only the change: "a 34% growth *rate*"
_RATE_WORDS = frozenset({"rate", "year-over-year", "year-on-year", "annual", "yearly", "quarterly"})
#: a change noun right after a figure, past up to two words: "34% *year-over-year growth*"
_CHANGE_NOUN_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{CHANGE_NOUN}|increases|rises|gains)\b")
#: the period or measure of a level, between it and a change told of it: "$75 billion *in the
#: quarter*, representing 34% growth", "$75 billion *in revenue*, up 34%" (alignment reads the
#: same gap to find whose level a rate follows)
LEVEL_PERIOD = r"(?:\s+(?:in|for|during|over)\s+(?:(?:the|its|this|last)\s+)?[a-z-]+(?:\s+[a-z-]+)?)?"
#: a comma or a dash and the words that may open an apposition naming a rate: "*, representing*
#: 34% growth", "*, which was* a 12% rise", "* —* a 4% drop"
CHANGE_APPOSITION = r"\s*(?:[,;]|[—–]|\s-)\s*(?:which\s+(?:is|was)\s+|representing\s+|reflecting\s+|marking\s+)?"
#: ... or in an apposition that names it a change: "$75 billion*, representing* 34% growth",
#: "$12 billion*, a* 12% rise", "$2 billion*, an increase of* 15%", "$9 billion *—* a 4% drop"
_APPOSED_CHANGE_GAP = re.compile(
    LEVEL_PERIOD
    # ... or "after": "crossed $75 billion in revenue *after a* 39% increase"
    + rf"(?:{CHANGE_APPOSITION}|\s+after\s+)"
    r"(?:an?\s+)?"
    rf"(?P<noun>{CHANGE_NOUN}\s+of\s+)?"
    rf"(?P<signed>{_SIGNED})?",
    re.IGNORECASE,
)


#: a day, month, weekday or year between two listed figures: the second has a time of its own
_DATED_BETWEEN = re.compile(
    rf"\b(?:{_MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:19|20)\d\d\b")
_TO_GAP = re.compile(r",?\s+to\s+")  # "rose 53 percent, to $3.42 billion" too
_OR_GAP = re.compile(r"\s+or\s+(?:by\s+)?")
#: a verb that moved a level, right before its change: "slipped 0.7%", "fell by 1.5%"
_MOVED_BY = re.compile(r"\b(?:rose|fell|slipped|slid|jumped|climbed|declined|dropped|gained|lost|added|shed|rallied"
                       r"|tumbled|plunged|surged|sank|dipped|advanced|eased|retreated|soared|edged\s+(?:up|down|higher|lower))"
                       r"\s+(?:by\s+)?$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"(?:\b(?:up|down)(?:\s+by)?\s*|[+\-−]\s*)$", re.IGNORECASE)


def _hedged_as_glossed(q: Quantity, glossed: Quantity) -> Quantity:
    """A conversion in brackets with no hedge of its own reads as hedged as the figure it
    converts: "about 300km (190 miles)" is about 190 miles, "more than $5bn (£4bn)" more than £4bn."""
    if q.hedge_class != "exact" or q.value is None or glossed.hedge_class in ("exact", "range", "average", "vague"):
        return q
    low, high = interval(q.value, glossed.hedge_class)
    return replace(q, hedge=glossed.hedge, hedge_class=glossed.hedge_class, low=low, high=high)


def _is_a_change(text: str, start: int) -> bool:
    """The figure at ``start`` is told as a change: "up 12%", "+8.3%"."""
    return text.startswith(("+", "-", "−"), start) or bool(_CHANGE_BEFORE.search(text[max(0, start - 12) : start]))


def _in_brackets_after(before: Claim, sentence: Sentence, start: int) -> bool:
    """The figure at ``start`` stands in brackets right after ``before``: its conversion."""
    return _CONVERSION_GAP.fullmatch(sentence.text, before.end - sentence.start, start) is not None


def _glossed(claims: list[Claim], sentence: Sentence, start: int, kind: str, unit: str | None,
             told_as_a_change: bool = False) -> Claim | None:
    """The figure just before this one in its sentence that this one glosses: its conversion
    into another currency or unit (of the same kind), its share in brackets, or its change ("up 6%", or a signed
    figure, or a rate in an apposition that names it a change: "representing 34% growth", "a 12%
    rise"; ``told_as_a_change``: a change noun follows the figure): both measure what the figure
    before them measures."""
    if not claims or claims[-1].sentence_start != sentence.start:
        return None
    before = claims[-1]
    gap = sentence.text[before.end - sentence.start : start]
    if _in_brackets_after(before, sentence, start):
        # "67,242 votes (69.86 per cent)": a share in brackets after a count is its share of them
        return before if before.quantity.kind == kind or (kind == "percent" and before.quantity.kind == "count") else None
    if _FROM_GAP.fullmatch(gap):  # "grew to £3.3 billion from £3.1 billion": the old level
        return before if before.quantity.kind == kind and before.quantity.unit == unit else None
    moved = _is_a_change(sentence.text, before.start - sentence.start) \
        or bool(_MOVED_BY.search(sentence.text, max(0, before.start - sentence.start - 20), before.start - sentence.start))
    if _OR_GAP.fullmatch(gap) and before.quantity.kind == "percent" and moved:
        return before  # "the index slipped 0.7% or 49.63": the same move in points
    if _TO_GAP.fullmatch(gap) and before.quantity.kind == "percent" and moved:
        return before  # "Free cash flow up 12% to £420m", "shares fell 1.5% to 3,280": the level the change reached
    if _TO_GAP.fullmatch(gap) and len(claims) > 1 and claims[-2].sentence_start == sentence.start \
            and _OR_GAP.fullmatch(sentence.text[claims[-2].end - sentence.start:before.start - sentence.start]) \
            and before.counted is not None and before.counted == claims[-2].counted:
        return before  # "slipped 0.7% or 49.63 to 6,728": the level both moves reached
    past_its_time = gap
    if before.time is not None and before.end <= before.time.start and before.time.end - sentence.start <= start:
        # "rose to $75 billion *in the quarter*, representing 34% growth": the level's own time
        past_its_time = sentence.text[before.time.end - sentence.start : start]
    if kind == "percent" and before.quantity.kind != "percent" \
            and (apposed := _APPOSED_CHANGE_GAP.fullmatch(past_its_time)) \
            and (told_as_a_change or apposed.group("noun") or apposed.group("signed")):
        return before
    m = _CHANGE_GAP.fullmatch(past_its_time)
    if m is None:
        return None
    changed = bool(re.search(r"\b(?:up|down)\b", past_its_time)) or sentence.text.startswith(("+", "-", "−"), start)
    return before if changed else None


_LETTERS = re.compile(r"[A-Za-z]+")


#: words in -ing that are no verb of a clause: prepositions and nouns ("including 40 children")
_ING_NOT_A_VERB = frozenset({"including", "according", "during", "following", "regarding", "concerning",
                             "excluding", "notwithstanding", "pending", "morning", "evening", "something",
                             "nothing", "anything", "everything", "ceiling", "building", "funding", "spending"})


def _has_verb(clause: str) -> bool:
    """A verb stands in the clause: a past or present form, an auxiliary, a sum's own verb
    ("equates to"), or a participle in -ing ("winners *pocketing* £2.2m each")."""
    return any(is_verb(w) or w.lower() in PRESENT_VERBS or w.lower() in VERBS_AFTER_A_NOUN
               or w.lower() in ("is", "are", "was", "were", "has", "have", "had")
               or (len(w) > 5 and w.lower().endswith("ing") and w.lower() not in _ING_NOT_A_VERB)
               for w in _LETTERS.findall(clause))


#: the first words of events by which the counted died, who are no longer the cases counted before them
_DYING = frozenset({"died", "die", "dies", "dead", "passed", "succumbed", "killed", "perished", "lost"})
#: "six *of them have succumbed*", "six *who have already passed away*"
_DIED_AFTER = re.compile(r"\s+(?:of\s+(?:them|these|those)\s+)?(?:who\s+)?(?:(?:have|has|had)\s+)?(?:already\s+)?"
                         r"(?:died|succumbed|passed\s+away|perished|lost\s+their\s+lives)\b")


def _directly_follows(sentence: str, end: int, counted_start: int) -> bool:
    """The counted phrase starts after only spaces and "of"/"other" words (no punctuation)."""
    gap = sentence[end:counted_start]
    return all(word in ("of", "other", "more", "additional", "the", "further", "new")
               for word in gap.split()) and not any(ch in gap for ch in ",.;:()")
