"""From speech acts to statements: what is a statement at all, and what is one more passage of
one already found. Table-driven, on made-up sentences from other stories (elections, disasters,
money) as well as this corpus's kind of copy."""

from __future__ import annotations

import pytest

from crosscheck.extract.speech import find_statements
from crosscheck.model import Article, Statement
from crosscheck.text import segment


def _found(text: str) -> list[Statement]:
    article = Article(id="t", file="t.txt", text=text)
    return find_statements(article, segment(article))


def _holding(found: list[Statement], fragment: str) -> Statement:
    hits = [s for s in found if fragment in s.content]
    assert hits, f"nothing holds {fragment!r}: {[(s.kind, s.content) for s in found]}"
    return hits[0]


# --------------------------------------------------------------------------- kinds

KINDS = [
    # (id, text, a fragment of the content, the kind of the passage holding it)
    ("according-front", "According to the Health Department, the clinic will reopen next week.",
     "the clinic will reopen", "according_to"),
    ("according-back", "The bridge collapsed after heavy rain, according to local officials.",
     "The bridge collapsed", "according_to"),
    # a person after "according to" gave the words on an occasion: a statement, not a document's data
    ("according-to-a-person", "The ship lost power before the crash, according to Governor Ann Lee.",
     "The ship lost power", "statement"),
    ("according-to-a-person-by-surname", ("Governor Ann Lee spoke on Tuesday. The crew sent out a mayday, "
     "according to Lee."), "The crew sent out a mayday", "statement"),
    # one unnamed person after "according to" speaks as "a witness said" does; a study or
    # sources only source the information
    ("according-to-a-witness", "According to a witness, the gunman fled on foot.", "the gunman fled", "statement"),
    ("according-to-one-official", "The dam held overnight, according to one official.", "The dam held", "statement"),
    ("according-to-a-study", "According to a study, the river is rising faster.", "the river is rising",
     "according_to"),
    ("according-to-sources", "According to sources, the deal is off.", "the deal is off", "according_to"),
    ("according-tail-of-an-act", "The electoral commission on Monday called for calm, according to a statement.",
     "called for calm", "statement"),
    # a newsroom's reporting sources information; an office reporting speaks
    ("newsroom-reports", "The talks have stalled, The Daily Ledger reports.", "talks have stalled", "according_to"),
    ("local-media-reported", "Local media reported that the bridge had collapsed.", "bridge had collapsed",
     "according_to"),
    ("ministry-reported", "The ministry reported that the bridge had collapsed.", "bridge had collapsed", "statement"),
    ("generic-analysts", "Analysts say the central bank will cut rates again.", "cut rates", "generic"),
    ("generic-critics-past", "Critics argued that the relief effort was far too slow.", "relief effort", "generic"),
    ("generic-some-economists", "Some economists warn that the budget gap will widen.", "budget gap", "generic"),
    ("habitual-long", "Opposition leaders have long said the voter rolls are padded.", "voter rolls", "habitual"),
    ("habitual-previously", "The mayor has previously blamed the flooding on poor drainage.", "blamed the flooding",
     "habitual"),
    ("habitual-for-years", "Fishermen have for years said the river is dying.", "the river", "habitual"),
    # "previously said" in the simple past: one earlier occasion, not a standing line
    ("previously-said-once", "Anna Berg left the club. She previously said “I did not like it at all” when asked.",
     "I did not like it", "statement"),
    ("group-vox-pop", "Residents who fled the flood told Reuters that the water rose within minutes.",
     "the water rose", "group"),
    ("group-witnesses", "Witnesses said the building collapsed within seconds.", "the building collapsed", "group"),
    # still statements
    ("official-sources", "Officials said on Friday that the dam had held overnight.", "the dam had held", "statement"),
    ("police", "Police said the suspect fled on foot.", "the suspect fled", "statement"),
    # activists at a news conference speak as one organised source, like organizers
    ("activists-as-a-source", "Community activists called on the council to delay the vote.", "called on the council",
     "statement"),
    ("one-unnamed-official", "The recount will take a week, a senior election official said.",
     "The recount will take", "statement"),
    ("named-present-tense", "The finance minister says the budget is balanced.", "the budget is balanced",
     "statement"),
    ("name-like-an-adverb", "Long Nguyen, a trader, said the market would recover.", "the market would recover",
     "statement"),
]


@pytest.mark.parametrize("text,fragment,kind", [k[1:] for k in KINDS], ids=[k[0] for k in KINDS])
def test_kind_of_an_attribution(text: str, fragment: str, kind: str) -> None:
    found = _holding(_found(text), fragment)
    assert found.kind == kind
    assert text[found.start : found.end] == found.content


def test_anonymous_sources_stay_flagged_whatever_their_kind() -> None:
    (official,) = _found("Officials said on Friday that the dam had held overnight.")
    (witnesses,) = _found("Witnesses said the building collapsed within seconds.")
    assert official.anonymous and witnesses.anonymous


NOT_SAID = [
    ("no-comment", "The ministry has not responded to requests for comment."),
    ("did-not-deny", "The company did not deny the report on Tuesday."),
    ("never-said", "The governor never said the bank would cut rates."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_SAID], ids=[n[0] for n in NOT_SAID])
def test_a_negated_act_says_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text,content", [
    # the negation belongs to a first verb joined to the act by "and"/"but"
    ("Coach Tom Reed did not name the new captain and said the squad would be picked on Friday.",
     "the squad would be picked on Friday"),
    ("The mayor would not give a date but said the bridge would reopen within weeks.",
     "the bridge would reopen within weeks"),
])
def test_a_negated_first_verb_leaves_the_act_joined_to_it(text: str, content: str) -> None:
    (st,) = _found(text)
    assert st.content == content and st.kind == "statement"


def test_according_to_tail_is_not_part_of_the_content() -> None:
    text = "The electoral commission on Monday called for calm, according to a statement."
    (st,) = _found(text)
    assert st.content == "called for calm"


# --------------------------------------------------------------------------- folding

FOLDED = [
    # (id, text, the first statement's content fragment, its parts' relations in text order)
    ("continuation-quote", "“The water came in minutes,” said Maria Lopez, a resident.\n“We lost everything.”",
     "The water came in minutes", ["continues"]),
    ("document-run", ("The electoral commission said in a statement that counting would resume on Monday.\n"
                      "“Observers from all parties will be present,” the statement added."),
     "counting would resume", ["continues"]),
    ("document-run-it", ("The central bank issued a statement welcoming the new budget rules.\n"
                         "“Spending will be reviewed every quarter,” it said."),
     "welcoming the new budget", ["continues"]),
    ("headline-restates-body", ("Central bank chief says rates will stay high\n\n"
                                "The central bank governor, Ana Ruiz, said on Tuesday that interest rates would stay "
                                "high for the rest of the year."),
     "interest rates would stay high", ["restates"]),
    ("country-headline-for-its-minister", ("Kenya vows no one will be left behind\n\n"
                                           "Kenya's finance minister, John Mwangi, vowed on Monday that no one would "
                                           "be left behind in the recovery."),
     "no one would be left behind", ["restates"]),
    ("same-words-again", ("The commission called for calm after the vote in the capital.\n\n"
                          "Later the commission again called for calm after the vote in the capital."),
     "called for calm", ["restates"]),
    ("lead-and-the-document-it-cites", ("The interim government on Monday called upon donors to fund the flood "
                                        "recovery, according to a press release.\n\nThe press release issued from "
                                        "the Presidential Palace said that a cabinet session called upon donors to "
                                        "fund the flood recovery."),
     "called upon donors", ["restates"]),
    # a headline sharing a name and a word of what was said restates the body statement
    ("headline-sharing-a-name-and-a-word", ("Ana Ruiz: Governor defends Tom Kerr firings\n\nGovernor Ana Ruiz "
                                            "said Tom Kerr was fired over the port accounts."),
     "Tom Kerr was fired", ["restates"]),
    ("partial-quote-and-full-quote", ("The envoy, Ambassador Maria Lopez, warned that “all talks are off” unless the "
                                      "attacks stop.\n\n“If they do not stop the attacks, all talks are off. There is "
                                      "no other way,” she said."),
     "all talks are off", ["full_quote"]),
    # a headline's partial quote restates the body quote; it does not take the body quote in
    ("headline-partial-quote-restates-the-body", ("Valley town will ‘rebuild stronger,’ mayor says of recovery\n\n"
                                                  "Mayor Ann Lee spoke on Friday.\n\n“We will rebuild stronger,” "
                                                  "Lee said during an evening address."),
     "We will rebuild stronger", ["restates"]),
]


@pytest.mark.parametrize("text,fragment,relations", [f[1:] for f in FOLDED], ids=[f[0] for f in FOLDED])
def test_passages_of_one_statement_are_its_parts(text: str, fragment: str, relations: list[str]) -> None:
    statements = [s for s in _found(text) if s.kind == "statement"]
    assert len(statements) == 1, [s.content for s in statements]
    (st,) = statements
    assert fragment in st.content
    assert [p.relation for p in st.parts] == relations
    for p in st.parts:
        assert text[p.start : p.end] == p.content
        assert p.id == f"t:s{p.start}-{p.end}"
        if p.speaker_span is not None:
            assert text[p.speaker_span.start : p.speaker_span.end] == p.speaker_span.text
        else:
            assert p.cue == ""  # only a quote paragraph with no cue names no speaker


def test_a_headline_part_says_so_and_the_body_leads() -> None:
    text = ("Central bank chief says rates will stay high\n\nThe central bank governor, Ana Ruiz, said on "
            "Tuesday that interest rates would stay high for the rest of the year.")
    (st,) = _found(text)
    assert st.start > text.index("\n") and st.speaker == "Ana Ruiz"
    (part,) = st.parts
    assert part.headline and part.content == "rates will stay high" and part.cue == "says"


SEPARATE = [
    # (id, text, how many statements)
    ("said-then-added-distinct", "“Inflation has peaked,” the governor said.\n“We will keep rates on hold until June,” "
     "she added.", 2),
    ("same-words-two-speakers", "The Red Cross called for more rescue teams in the north.\n\nThe UN also called for "
     "more rescue teams in the north.", 2),
    ("document-relays-a-person", ("The minister said in a statement that the talks had been useful.\n"
                                  "“He urged donors to pay what they pledged,” the statement said."), 2),
    ("two-statements-same-words", ("Olu Fernandes said in a statement that officers had been attacked with "
                                   "stones.\n\nLuis Khan said in a statement that officers had been attacked with "
                                   "stones."), 2),
    ("headline-names-another-person", ("Minister Jane Doe says the old bridge is safe\n\n"
                                       "Engineer Tom Kerr said the old bridge was safe for now."), 2),
    ("headline-says-the-opposite", ("Governor says rates will rise\n\nThe governor, Ana Ruiz, said that rates would "
                                    "not rise this year."), 2),
    ("quote-of-another-speaker", ("The mayor warned that “the dam could fail” within days.\n\n“The dam could fail "
                                  "and we are not ready,” the engineer said."), 2),
    # a caption line sharing only the names of the story's people with a body statement
    ("caption-sharing-only-names", ("Ann Berg (right) said she hired Tom Lee (left) and Sam Hill in May after "
                                    "the old staff left\n\n"
                                    "Chairman Ann Berg has maintained Lee and Hill will \"coach the juniors\"."), 2),
    ("headline-sharing-only-names", ("Governor Ana Ruiz says Tom Kerr cost the port millions\n\nThe governor, Ana "
                                     "Ruiz, said Tom Kerr was a loyal friend."), 2),
]


@pytest.mark.parametrize("text,count", [s[1:] for s in SEPARATE], ids=[s[0] for s in SEPARATE])
def test_distinct_things_stay_distinct_statements(text: str, count: int) -> None:
    statements = [s for s in _found(text) if s.kind == "statement"]
    assert len(statements) == count, [(s.speaker, s.content, s.parts) for s in statements]


def test_sourcing_is_never_folded_into_a_statement() -> None:
    text = ("The minister said the clinic would reopen next week.\n\n"
            "According to the Health Department, the clinic will reopen next week.")
    found = _found(text)
    assert sorted(s.kind for s in found) == ["according_to", "statement"]
    assert all(not s.parts for s in found)


def test_folding_keeps_every_passage_once() -> None:
    text = ("Kenya vows no one will be left behind\n\n"
            "Kenya's finance minister, John Mwangi, vowed on Monday that no one would be left behind.\n"
            "“We will rebuild every school,” he said.\n“Every single one.”")
    found = _found(text)
    spans = [(s.start, s.end) for s in found] + [(p.start, p.end) for s in found for p in s.parts]
    assert len(spans) == len(set(spans)) == 4
