"""What is counted, the event and the place around a quantity."""

from __future__ import annotations

import pytest

from crosscheck.extract.frames import frame


def _frame(sentence: str, figure: str):
    i = sentence.index(figure)
    return frame(sentence, i, i + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("Pakistan has expelled more than 80,000 Afghan nationals since March.", "more than 80,000", "Afghan nationals"),
        ("The deportation of tens of thousands of Afghan nationals began.", "tens of thousands", "Afghan nationals"),
        ("Officials moved 5,111 other Afghan nationals to camps.", "5,111", "Afghan nationals"),
        ("The quake killed 2,000 people in the region.", "2,000", "people"),
        ("Islamabad cancelled hundreds of thousands of residence permits.", "hundreds of thousands", "residence permits"),
        ("Among them were 2,301 children and 1,120 women.", "2,301", "children"),
    ],
)
def test_counted(sentence: str, figure: str, counted: str) -> None:
    assert _frame(sentence, figure).counted == counted


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        ("Pakistan has expelled more than 80,000 Afghan nationals since March.", "more than 80,000", "expelled"),
        ("Nearly 85,000 Afghans returned in April.", "Nearly 85,000", "returned"),
        ("At least 300 people were killed in the floods.", "At least 300", "killed"),
        ("Officials said 12 ministers resigned.", "12", "resigned"),
    ],
)
def test_event(sentence: str, figure: str, event: str) -> None:
    assert _frame(sentence, figure).event == event


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("Pakistan has expelled more than 80,000 Afghan nationals.", "more than 80,000", "Pakistan"),
        ("Floods displaced 3,000 families in Northern Province on Monday.", "3,000", "Northern Province"),
        ("Some 1,573 left from Islamabad, 44 from Sindh.", "44", "Sindh"),
        ("About 900 arrived across the Rio Grande.", "About 900", "Rio Grande"),
        ("The 52 deputies voted.", "52", None),
    ],
)
def test_place(sentence: str, figure: str, place: str | None) -> None:
    assert _frame(sentence, figure).place == place


def test_an_adjective_of_nationality_is_not_a_place() -> None:
    assert _frame("He met 40 Afghan nationals.", "40").place is None


# --------------------------------------------------------------------------- clauses
# Each case: the frame comes from the figure's own clause, not from a neighbouring one.


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        # a relative clause after a dash: its own verb, not the main clause's
        ("The ministry announced on Monday that 300 schools would close -- the second wave of a plan "
         "which has already shut around 1,200 clinics.", "around 1,200", "shut"),
        # after a colon, the figure's clause has its own verb ("had ... cancelled")
        ("Officials say nearly two million voters live abroad: 400,000 had their ballots rejected in May.",
         "400,000", "rejected"),
        # a figure inside "the <event noun> of": the noun is the event
        ("At a summit on Friday, the minister voiced concern over the eviction of thousands of tenants.",
         "thousands", "eviction"),
        # verb + bare object: the class can see the noun
        ("Nearly 40,000 families have taken shelter in schools after the quake.", "Nearly 40,000", "taken shelter"),
        # a present-tense verb right after the figure: the figure is its subject
        ("Some 1.2 million own shares, while another 300,000 hold bonds.", "300,000", "hold bonds"),
        # an infinitive governing the figure
        ("The city plans to hire 2,000 teachers by September.", "2,000", "hire"),
        # a parenthesis between the figure and its verb
        ("Some 5,000 health workers (HCWs) walked out on Monday.", "Some 5,000", "walked out"),
    ],
    ids=["dash-which", "colon", "event-noun", "verb-object", "present-tense", "infinitive", "parenthesis"],
)
def test_event_from_the_figures_clause(sentence: str, figure: str, event: str) -> None:
    assert _frame(sentence, figure).event == event


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Some 1.2 million own shares, while another 300,000 hold bonds.", "300,000"),
        ("Nearly 800 people hold permits.", "Nearly 800"),
    ],
)
def test_a_verb_after_the_figure_is_not_what_is_counted(sentence: str, figure: str) -> None:
    counted = _frame(sentence, figure).counted
    assert counted is None or "hold" not in counted


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        # an organisation after "according to" is a source, not a place
        ("According to the Sindh Revenue Department, a total of 3,400 homes were flooded.", "3,400", None),
        ("According to the National Disaster Management Authority, 1,200 people died in Sindh.", "1,200", "Sindh"),
        # the locative in the figure's clause wins over one in another clause
        ("The storm hit Florida on Monday, while 20,000 homes lost power in Georgia.", "20,000", "Georgia"),
    ],
    ids=["org-after-according-to", "org-and-locative", "own-clause"],
)
def test_place_comes_from_a_locative(sentence: str, figure: str, place: str | None) -> None:
    assert _frame(sentence, figure).place == place


def test_a_figure_in_an_event_noun_phrase_is_marked_nominal() -> None:
    f = _frame("In a rare meeting on Saturday, the envoy raised the deportation of tens of thousands of people.",
               "tens of thousands")
    assert f.nominal and f.event == "deportation"


def test_tokens_read_off_the_shared_tokenizer_are_the_word_pattern() -> None:
    """frames reads its words off tokens.tokenize's tokens (joining and splitting them); the
    result must be what its own pattern finds, on any text."""
    import random

    from crosscheck.extract import frames

    pieces = list("ab Z9 0,.'’-_ $£€%~+#°½⅓ \t\n–—“”!?()ſKİé漢٣²") + [
        "o'clock", "rock'n'roll", "well-known", "1,000", "2.5", "--", "''", "...", ",,", "a-", "-b", "5-", "-5"]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        expected = tuple((m.start(), m.end(), m.group()) for m in frames._WORD.finditer(text))
        assert frames._tokens.__wrapped__(text) == expected, text
