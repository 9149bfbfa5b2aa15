"""Rulings, directives, characterisations and press-conference copy: made-up sentences showing the
grammar of court rulings, central-bank briefings and the answers parties give each other."""

from __future__ import annotations

import pytest
from spoken import statements

from crosscheck.extract.quotes import find_quotes


def _acts(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.cue, s.content) for s in statements(text)]


ACTS = [
    # (id, text, [(speaker, cue, content)])
    ("ruled-that", "The appeals court ruled on Monday that the city must reopen the northern pier.",
     [("appeals court", "ruled", "the city must reopen the northern pier")]),
    ("ordered-to", "The tribunal ordered the company to restore water to the eastern villages.",
     [("tribunal", "ordered", "ordered the company to restore water to the eastern villages")]),
    ("asked-to", "The mayor asked residents to stay away from the flooded quarter.",
     [("The mayor", "asked", "asked residents to stay away from the flooded quarter")]),
    ("signaled-that", "Wall Street seemed disappointed that Governor Lena Ortiz signaled that the bank might wait.",
     [("Lena Ortiz", "signaled", "the bank might wait")]),
    ("indicated-that", "In prepared remarks Ortiz indicated that weak exports motivated the decision.",
     [("Ortiz", "indicated", "weak exports motivated the decision")]),
    ("manner-adverb", "Governor Lena Ortiz has doggedly insisted that the port is not for sale.",
     [("Lena Ortiz", "insisted", "the port is not for sale")]),
    ("did-however-say", "Mayor Tom Reed did, however, say that the ferry would resume next month.",
     [("Tom Reed", "say", "the ferry would resume next month")]),
    ("quick-to-accuse", "Councillor Ana Brill was quick to accuse the agency of being “reckless.”",
     [("Ana Brill", "accuse", "accuse the agency of being “reckless.”")]),
    ("denounced-as", "The minister denounced the report as “shameful” and “false”.",
     [("The minister", "denounced", "denounced the report as “shameful” and “false”")]),
    ("touted-as-abbreviation", "Tom Reed has touted the U.K. plan as the “finest ever” on Monday.",
     [("Tom Reed", "touted", "touted the U.K. plan as the “finest ever” on Monday")]),
    # the writer's setting of an act after its object is no part of it
    ("act-setting", "The court has ordered the firm to protect the river, in a landmark case brought by the union.",
     [("court", "ordered", "ordered the firm to protect the river")]),
    # the speaker holding back is said of the speaker, not part of what was said
    ("stopped-short", "The court ruled that the union may pursue its case, but stopped short of ordering a halt.",
     [("court", "ruled", "the union may pursue its case")]),
    ("did-not-signal", 'The governor said the cut was to "insure against shocks" but didn\'t signal the start of a cycle.',
     [("The governor", "said", 'the cut was to "insure against shocks"')]),
    # a quote before the cue, then the occasion and a phrase after it: the quote is what was said
    ("quote-then-following", "“We see it as a pause,” Reed said at a news conference following the half-point rise.",
     [("Reed", "said at a news conference", "We see it as a pause,")]),
    # a fronted time reckoned from an event is not the speaker
    ("hours-after", "A few hours after the hearing, Tom Reed wrote: “The vote was rigged.”",
     [("Tom Reed", "wrote", "The vote was rigged.")]),
    # "responded to X and said": the object of "responded to" is no content
    ("responded-to-and-said",
     "Tom Reed responded to the suit that was brought by the union to the court and said the port’s future "
     "was “secure”.",
     [("Tom Reed", "said", "the port’s future was “secure”")]),
    # a subject with a phrase set off by commas, inside "came after"
    ("came-after-the-court", "The ruling came after the court, in a hearing in Rome, ordered the firm to pay the fine.",
     [("court", "ordered", "ordered the firm to pay the fine")]),
    # an occasion between dashes after the cue
    ("dashed-aside", "Mayor Tom Reed said – in a televised address on Friday – that “the port will reopen.”",
     [("Tom Reed", "said", "the port will reopen.")]),
    # participles joined right after a closing quote mark, or naming with "as"
    ("adding-after-quote", "The board said the old plan was “dead” adding it was “never needed”.",
     [("board", "said", "the old plan was “dead”"), ("board", "adding", "it was “never needed”")]),
    ("referring-to-as",
     "The Fed chief said he does not expect more cuts, referring to the move as an “adjustment,” but he did not "
     "close the door.",
     [("The Fed chief", "said", "he does not expect more cuts"),
      ("The Fed chief", "referring to", "referring to the move as an “adjustment,”")]),
    # after a name given in quotes, the subject's next deed; after a quote, what the speaker did
    ("touted-but-wants", "Tom Reed has touted the harbour as the “finest ever” but wants more ships.",
     [("Tom Reed", "touted", "touted the harbour as the “finest ever”")]),
    ("quote-while-doing", "A few hours after the hearing, Tom Reed wrote: “The vote was rigged,” while praising the judges.",
     [("Tom Reed", "wrote", "The vote was rigged,")]),
    ("said-quote-while", "Tom Reed said “we will win” while smiling.", [("Tom Reed", "said", "we will win")]),
    # the writer's appositive on what was said
    ("writers-gloss",
     "Tom Reed declared that the city should “sell the port” to a rival, a statement that was widely seen as a bluff.",
     [("Tom Reed", "declared", "the city should “sell the port” to a rival")]),
    ("later-by-saying",
     "Governor Ann Lee called the move a pause. She later softened this stance by saying that it does not mean "
     "“the end” of talks.",
     [("Ann Lee", "saying", "it does not mean “the end” of talks")]),
]


@pytest.mark.parametrize("text,acts", [c[1:] for c in ACTS], ids=[c[0] for c in ACTS])
def test_rulings_directives_and_characterisations(text: str, acts: list[tuple[str, str, str]]) -> None:
    assert _acts(text) == acts


NONE = [
    # (id, text): no act at all
    ("asked-pro-verb", "We did what we asked them to do."),
    ("asked-passive", "He was asked by reporters to comment on the vote."),
    ("continued-no-quote", "Fighting continued, “fierce” in places."),
    ("ordered-a-deed", "The council ordered a review of the bridge."),
    ("ruled-no-clause", "The party ruled the province for a decade."),
    ("referring-to-notes", "He spoke for an hour, referring to his notes."),
]


@pytest.mark.parametrize("text", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_no_act_is_read(text: str) -> None:
    assert statements(text) == []


PRONOUN_AND_FOLLOW_UPS = [
    # (id, text, [(speaker, content)])
    # "It" after a sentence about a body: that body
    ("it-after-a-body", "The bank cut its key rate on Monday. It also said it would stop buying bonds at once.",
     [("bank", "it would stop buying bonds at once")]),
    ("it-after-a-named-body", "The Central Board dropped its rate on Monday. It also said it would stop buying bonds.",
     [("Central Board", "it would stop buying bonds")]),
    # "It" after a person or a thing stays unresolved, so no statement
    ("it-after-a-person", "Tom Reed resigned on Monday. It said it would stop buying bonds.", []),
    # a reaction announced, then its words in a quote paragraph
    ("reacted-then-quote",
     "Meanwhile, the Northern Fishers’ Union also reacted to the court ruling.\n"
     "“Today’s ruling is a blow to the city’s plan and it will fail.”",
     [("Northern Fishers’ Union", "Today’s ruling is a blow to the city’s plan and it will fail.")]),
    ("responded-then-quote", "The union responded on Friday.\n“We will strike.”", [("union", "We will strike.")]),
    ("responded-that", "The union responded on Friday that it would strike.", [("union", "it would strike")]),
    # what was explained, then its words in a quote paragraph; a paragraph out of quotation marks is none
    ("explained-then-quote",
     "Acme's senior vice president, Ann Roe, explained the thinking behind the new hull.\n“We started again.”",
     [("Ann Roe", "We started again.")]),
    ("explained-then-plain-paragraph", "Ann Roe explained the thinking behind the new hull.\nThe boat is slow.", []),
    # a paragraph opened with a single mark and closed with a double one
    ("mismatched-marks", "The mayor spoke.\n‘The charge is false, it’s absurd and all should reject it,” Tom Reed said.",
     [("Tom Reed", "The charge is false, it’s absurd and all should reject it,")]),
    # an embedded post signed with its author's name, handle and date
    ("embedded-post",
     "The mayor attacked the board on Monday.\n\n….As usual, the board let us down, but at least it is ending "
     "the fees. We are winning anyway! — Tom Reed (@tomreed) July 3, 2021\n\nThe board cut its fees by half.",
     [("Tom Reed", "As usual, the board let us down, but at least it is ending the fees. We are winning anyway!")]),
    # "the court" after a court named in capitals: that court
    ("the-court-named-before",
     "The Regional Court of Appeal ruled that the port may reopen. The Rome-based court also said the fines "
     "were too high.",
     [("Regional Court of Appeal", "the port may reopen"), ("Regional Court of Appeal", "the fines were too high")]),
    # the bench speaks for the court the article named
    ("the-judges", "The Regional Court of Appeal heard the case. The judges said the firm must pay.",
     [("Regional Court of Appeal", "the firm must pay")]),
    ("panel-of-judges",
     "Reed slammed the Regional Court of Appeal’s ruling. In Rome, the 12-strong panel of judges ruled that the "
     "firm must pay.",
     [("Regional Court of Appeal", "the firm must pay")]),
    ("judges-no-court", "Officials met. The judges said the firm must pay.", [("judges", "the firm must pay")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PRONOUN_AND_FOLLOW_UPS],
                         ids=[c[0] for c in PRONOUN_AND_FOLLOW_UPS])
def test_who_speaks_across_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.speaker, s.content) for s in statements(text)] == expected


def test_a_paragraph_opened_with_the_wrong_mark_is_one_quote() -> None:
    text = "‘The charge is false, it’s absurd,” he said."
    assert [(q.open, text[q.start:q.end]) for q in find_quotes(text)] == [(0, "The charge is false, it’s absurd,")]


def test_a_quote_paragraph_goes_on_with_the_partial_quote_just_before() -> None:
    # not with the last full quote's speaker, a paragraph earlier
    text = ("“The court is aware of the loss,” Judge Ada Moor said.\nTom Reed said the city’s “commitment is firm.”\n"
            "“Equally firm is our resolve to defend the port.”")
    parts = {s.speaker: [p.content for p in s.parts] for s in statements(text)}
    assert parts == {"Ada Moor": [], "Tom Reed": ["Equally firm is our resolve to defend the port."]}
