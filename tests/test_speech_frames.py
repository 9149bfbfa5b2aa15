"""Frames of reported speech met less often: a role and a name set off by commas before a
trailing cue, rarer verbs of stance, quotes announced before a colon or signed underneath,
and a speaker's characterisation of someone. Made-up sentences only."""

from __future__ import annotations

import pytest
from spoken import said, statements

from crosscheck.extract.speech import attribute
from crosscheck.model import Article
from crosscheck.text import segment

# --------------------------------------------------------------------------- a role, then a name, then the cue

ROLE_THEN_NAME = [
    # (id, text, [(speaker, content, direct)])
    ("the-president-name",
     "The dam held through the night, the president, Ann Roe, said.",
     [("Ann Roe", "The dam held through the night", False)]),
    ("possessive-role-name",
     "The ferry was overloaded, the nation’s transport minister, Tom Vale, said on Monday.",
     [("Tom Vale", "The ferry was overloaded", False)]),
    ("role-of-name",
     "The port will reopen in spring, the minister of transport, Ann de Vries, told reporters.",
     [("Ann de Vries", "The port will reopen in spring", False)]),
    ("after-a-clause-with-an-aside",
     "Many homes, including a school, were flooded after the river burst, the region’s governor, Tom Vale, said.",
     [("Tom Vale", "Many homes, including a school, were flooded after the river burst", False)]),
    # near misses: a phrase that ends on no title is no role; a name already before the cue keeps it
    ("not-a-role", "The port will reopen, the storm, Ann Roe, said.", []),
    ("clause-then-name", "Prices rose in the north, the report found, Ann Roe said.",
     [("Ann Roe", "Prices rose in the north, the report found", False)]),
    ("name-then-role", "The dam held, Ann Roe, the president, said.", [("Ann Roe", "The dam held", False)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in ROLE_THEN_NAME])
def test_a_name_after_a_role_before_the_cue_speaks(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("text", [
    "More than 100 people have died after a ferry sank, the president, Ann Roe, said.",
    "More than 100 people, including children, have died and 20 are missing after a ferry sank off the coast, "
    "the southern nation’s president, Ann Roe, said on Monday.",
])
def test_a_figure_the_titled_name_gave_is_not_said_by_its_own_subject(text: str) -> None:
    article = Article(id="t", file="t.txt", text=text)
    sentences = segment(article)
    start = text.index("100")
    found = attribute(article, sentences, 0, start, start + 3)
    assert found is not None and found.source == "Ann Roe"


@pytest.mark.parametrize(("text", "figure", "source"), [
    # a surname resolves to the full name written after an office "of" something
    ("Secretary of Transport Ann Lee opened the bridge. Lee said the works cost $1.2 billion.", "$1.2", "Ann Lee"),
    # figures pointed back to, with no maker named, come from no one
    ("According to those numbers, the club has 175,000 members.", "175,000", None),
    ("According to the preliminary estimation, the bill was $628 million.", "$628", None),
    # control: a maker's capitalised name, or the writer's own estimates, stay the source
    ("According to our estimates, the app earned $368,000 in April.", "$368,000", "our estimates"),
])
def test_who_a_figure_is_given_to(text: str, figure: str, source: str | None) -> None:
    article = Article(id="t", file="t.txt", text=text)
    sentences = segment(article)
    start = text.index(figure)
    index = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
    found = attribute(article, sentences, index, start, start + len(figure))
    assert (found.source if found else None) == source


# --------------------------------------------------------------------------- rarer verbs of stance

STANCES = [
    ("reckons", "Ann Roe reckons the port will reopen in spring.",
     [("Ann Roe", "the port will reopen in spring", False)]),
    ("is-adamant-that", "Tom Vale is adamant that the bridge is safe.",
     [("Tom Vale", "the bridge is safe", False)]),
    ("remains-adamant-that", "Tom Vale remains adamant that the bridge is safe.",
     [("Tom Vale", "the bridge is safe", False)]),
    ("accepted-that-clause", "Ann Roe accepted that the plan had failed.",
     [("Ann Roe", "the plan had failed", False)]),
    ("accepted-that-plural", "Ann Roe accepted that mistakes were made.",
     [("Ann Roe", "mistakes were made", False)]),
    # a speaker with a role set off by commas, then a clause with a modal: no inverted speaker
    ("role-then-reckons-clause", "Tom Vale, chief economist at Acme, reckons Ann Roe may decline to back a rate cut.",
     [("Tom Vale", "Ann Roe may decline to back a rate cut", False)]),
    ("role-then-says-clause", "Tom Vale, chief economist at Acme, says Ann Roe may decline to back a rate cut.",
     [("Tom Vale", "Ann Roe may decline to back a rate cut", False)]),
    ("inverted-name-may", "Rates will fall, says May Lee.", [("May Lee", "Rates will fall", False)]),
    # near misses: a deed, an idiom, a passive, an adjective with no clause
    ("accepted-that-offer", "Ann Roe accepted that offer and left the club.", []),
    ("accepted-award", "Ann Roe accepted the award on Friday.", []),
    ("reckon-with", "The club is a force to reckon with in the league.", []),
    ("was-reckoned", "The bridge was reckoned to be safe.", []),
    ("adamant-about", "Tom Vale was adamant about the bridge.", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in STANCES])
def test_rarer_verbs_of_stance_report_what_wassaid(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


# --------------------------------------------------------------------------- quotes announced and signed

ANNOUNCED = [
    ("following-to-say-comma", "The coach had the following to say about the pitch, \"It was too dry for us.\"",
     [("The coach", "It was too dry for us.", True)]),
    ("following-comments-comma", "Ann Roe shared the following comments, “We are proud of the team.”",
     [("Ann Roe", "We are proud of the team.", True)]),
    ("following-comments-colon", "Ann Roe shared the following comments: “We are proud of the team.”",
     [("Ann Roe", "We are proud of the team.", True)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in ANNOUNCED])
def test_a_quote_announced_by_the_following_is_the_announcers(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


def test_the_following_as_a_time_announces_no_quote() -> None:
    found = statements("In the following weeks, “We will rebuild the wall,” Ann Roe said.")
    assert [(s.speaker, s.cue) for s in found] == [("Ann Roe", "said")]


SIGNED = [
    ("quoted-paragraphs-dash",
     "The firm gave its results on Friday.\n\n“We are very pleased with the progress this year.”\n\n"
     "“The team worked hard for it.”\n\n– Ann Roe\n\nShares rose in early trading.",
     [("Ann Roe", "We are very pleased with the progress this year.", True),
      ("Ann Roe", "The team worked hard for it.", True)]),
    ("plain-paragraph-hyphen-role",
     "The firm gave its results on Friday.\n\nWe are very pleased with the progress this year. The team worked hard.\n"
     "- Ann Roe, chief executive\n\nShares rose.",
     [("Ann Roe", "We are very pleased with the progress this year. The team worked hard.", True)]),
    ("plain-block-after-its-introduction",
     "However, an Acme spokesman stressed that the chief remains in charge.\n\n"
     "The chief is very much in charge and is kept abreast of events.\n\nWe are calm here.\n\n– Acme spokesman\n\nNext item",
     [("an Acme spokesman", "the chief remains in charge", False),
      ("Acme spokesman", "The chief is very much in charge and is kept abreast of events.", True),
      ("Acme spokesman", "We are calm here.", True)]),
    # a role signs as written, not as the person the page named before it
    ("role-after-a-named-speaker",
     "Ann Roe said the port would reopen.\n\nThe harbour wall will be rebuilt this year.\n\n– Acme spokesman\n\nEnd.",
     [("Ann Roe", "the port would reopen", False), ("Acme spokesman", "The harbour wall will be rebuilt this year.", True)]),
    # near misses: a wire credit signs nothing; the quote after someone's words is the signer's
    ("wire-credit", "The river rose overnight and the town flooded.\n\n- Reuters", []),
    ("list-of-names", "These people stood for the board this year.\n\n- Ann Roe\n- Tom Vale\n\nThe vote is today.", []),
    ("after-another-speaker",
     "Ann Roe said the port would reopen.\n\n“We will rebuild the harbour wall this year.”\n\n– Tom Vale\n\nEnd.",
     [("Ann Roe", "the port would reopen", False), ("Tom Vale", "We will rebuild the harbour wall this year.", True)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in SIGNED])
def test_a_block_signed_underneath_is_the_signers(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


# --------------------------------------------------------------------------- characterisations

CHARACTERISATIONS = [
    # an outlet reporting a characterisation relays the caller's words
    ("called-reported-by-outlet",
     "Ann Roe called Tom Vale an “inspiration” and a “fighter” during a press conference, The Daily Post reported.",
     [("Ann Roe", "Tom Vale an “inspiration” and a “fighter” during a press conference", False)]),
    ("called-reported-by-press-agency",
     "Ann Roe called Tom Vale a “fighter” at a briefing, The Valley Press reported.",
     [("Ann Roe", "Tom Vale a “fighter” at a briefing", False)]),
    ("described-reported-by-paper", "Ann Roe described the plan as “reckless”, the newspaper reported.",
     [("Ann Roe", "the plan as “reckless”", False)]),
    # a participle's characterisation after a subject with a relative clause, then a verb of its own
    ("calling-after-relative-clause",
     "Ann Roe, who is abroad, took a swipe at the critics of the port plan, calling them “compulsive grumblers”.",
     [("Ann Roe", "calling them “compulsive grumblers”", False)]),
    ("calling-then-and-accused",
     "Ann Roe took a swipe at the critics, calling them “compulsive grumblers”, and accused them of lying.",
     [("Ann Roe", "calling them “compulsive grumblers”", False), ("Ann Roe", "accused them of lying", False)]),
    # near misses: a deed reported by an outlet stays the outlet's report; a plain "called"
    ("called-off-reported", "Ann Roe called off the match after the storm, the newspaper reported.",
     [("newspaper", "Ann Roe called off the match after the storm", False)]),
    ("called-plain", "Ann Roe called the plan “reckless”.", [("Ann Roe", "called the plan “reckless”", False)]),
    ("called-straight-single-marks", "A judge called the wait a 'national scandal'.",
     [("A judge", "called the wait a 'national scandal'", False)]),
    ("called-a-name-in-single-marks", "The mayor called 'Tom' on the phone.", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CHARACTERISATIONS])
def test_a_characterisation_is_the_callers_statement(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


PARTICIPLES = [
    # "saying" with no comma before it reports all the same
    ("The lawyer sought an adjournment saying the witness was ill.",
     [("The lawyer", "the witness was ill", False)]),
    ("Tom Vale rose saying that the motion was out of order.",
     [("Tom Vale", "the motion was out of order", False)]),
    # "writing, “...”" after a reaction gives the words written
    ("Sen. Tom Vale responded to the vote on social media, writing, “We are all sad today.”",
     [("Tom Vale", "We are all sad today.", True)]),
    # near misses: a progressive or an idiom, and what was written rather than the words
    ("Tom Vale kept saying the plan was good.", []),
    ("It goes without saying the plan was good.", []),
    ("Ann Roe answered the letter, writing a reply the same day.", []),
    ("Mayor Ann Lee on Friday posted a message saying the road would reopen.",
     [("Ann Lee", "the road would reopen", False)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_a_reporting_participle_reports_its_subjects_words(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


AS_SAID = [
    # an opening as-clause with a speaker and a cue gives the main clause as what was said
    ("As Tom Vale pointed out, the plan was never safe.", [("Tom Vale", "the plan was never safe", False)]),
    ("As Acme's Tom Vale noted, the plan was never safe.", [("Tom Vale", "the plan was never safe", False)]),
    # a trailing as-clause, with or without an occasion after its cue
    ("The ferry will still be late, as Tom Vale noted.", [("Tom Vale", "The ferry will still be late", False)]),
    ("But the ferry will still be late, as Mayor Tom Vale noted at the morning briefing.",
     [("Tom Vale", "the ferry will still be late", False)]),
    # ... the occasion after the cue is not what was noted
    ("The ferry timetable is still a draft, as Mayor Dana Voss noted in her weekly harbourside briefing at the old "
     "customs house.", [("Dana Voss", "The ferry timetable is still a draft", False)]),
    # near misses: the writer's own "as I said", a cue with an object, no speaker at all
    ("The ferry will still be late, as I said.", []),
    ("As I said, the plan was never safe.", []),
    ("As Tom Vale said goodbye, the crowd cheered.", []),
    ("As expected, the plan was never safe.", []),
]


@pytest.mark.parametrize(("text", "expected"), AS_SAID)
def test_an_as_clause_names_who_said_the_main_clause(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


EMBEDDED_REASON = [
    # speech in a because-clause of reported speech is part of the reason given, and a "he"
    # after it goes on with the one who gave it
    ("Tom Vale said he did not reply to the critics because Ann Roe asked him to move on. "
     "Replying to another question, he said the talks would resume.",
     [("Tom Vale", "he did not reply to the critics because Ann Roe asked him to move on", False),
      ("Tom Vale", "the talks would resume", False)]),
    ("Tom Vale said the deal failed because Ann Roe said no.",
     [("Tom Vale", "the deal failed because Ann Roe said no", False)]),
    # near miss: a second speaker in a clause of their own is a statement of their own
    ("Tom Vale said the plan failed, but Ann Roe said it worked.",
     [("Tom Vale", "the plan failed", False), ("Ann Roe", "it worked", False)]),
]


@pytest.mark.parametrize(("text", "expected"), EMBEDDED_REASON)
def test_speech_inside_a_reason_given_is_the_reason(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


# --------------------------------------------------------------------------- verbs of going on, after a quote

GOING_ON = [
    # verbs of opening, going on or a manner of speaking, inverted or not, speak beside a quote
    ("opened-inverted", "“We fought hard and we lost fairly,” opened Tom Vale.",
     [("Tom Vale", "We fought hard and we lost fairly,", True)]),
    ("went-on", "“The rain did not help us at all,” Ann Roe went on.",
     [("Ann Roe", "The rain did not help us at all,", True)]),
    ("went-on-inverted", "“The rain did not help us at all,” went on Ann Roe.",
     [("Ann Roe", "The rain did not help us at all,", True)]),
    ("concluded", "“We will be back next year,” Ann Roe concluded.", [("Ann Roe", "We will be back next year,", True)]),
    ("began", "“It is a good day for the town,” Ann Roe began.", [("Ann Roe", "It is a good day for the town,", True)]),
    ("quipped", "“That is a fine question indeed,” Tom Vale quipped.",
     [("Tom Vale", "That is a fine question indeed,", True)]),
    ("went-on-colon", "Ann Roe went on: “We will build it before the winter.”",
     [("Ann Roe", "We will build it before the winter.", True)]),
    # with a that-clause, a complaint is reported speech of its own
    ("complained-that", "Ann Roe complained that the rules were unfair to small farms.",
     [("Ann Roe", "the rules were unfair to small farms", False)]),
    # near misses: with no quote beside them the same verbs are deeds
    ("opened-a-bridge", "The mayor opened the new bridge on Monday, and the crowd cheered loudly.", []),
    ("went-on-to", "Ann Roe went on to win the race by a wide margin last year.", []),
    ("began-a-speech", "Ann Roe began her speech by thanking the volunteers who came.", []),
    ("snapped", "The rope snapped, and the climbers fell into the water.", []),
    ("a-deed-after-said", "“It is over for us now,” Ann Roe said and opened the meeting with a prayer.",
     [("Ann Roe", "It is over for us now,", True)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in GOING_ON])
def test_a_verb_of_going_on_speaks_beside_a_quote(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


# --------------------------------------------------------------------------- a fronted characterisation

FRONTED_NAMING = [
    # the quoted name a fronted participle gives is the words of the main clause's subject
    ("describing-then-act", "Describing his rival as “a man of no ideas,” Tom Vale revealed that he would stay.",
     [("Tom Vale", "a man of no ideas", True), ("Tom Vale", "he would stay", False)]),
    ("comma-outside-the-marks", "Describing the plan as “reckless and costly”, Tom Vale said the party would oppose it.",
     [("Tom Vale", "reckless and costly", True), ("Tom Vale", "the party would oppose it", False)]),
    ("describing-then-a-deed", "Describing the storm as “the worst in decades”, Ann Roe left the stage in tears.",
     [("Ann Roe", "the worst in decades", True)]),
    # near misses: no quoted words, no one who speaks, a name called out
    ("no-quote", "Describing the scene as the worst he had seen, Ann Roe said the town was gone.",
     [("Ann Roe", "the town was gone", False)]),
    ("no-speaker", "Describing the storm as “the worst in decades”, the water rose quickly over the bank.", []),
    ("calling-a-name", "Calling “Tom” loudly, the girl ran down the street toward the river bank.", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in FRONTED_NAMING])
def test_a_fronted_characterisation_is_the_subjects_words(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


def test_a_name_given_is_no_restatement_of_the_speakers_longer_quote() -> None:
    text = ("Describing her rival as “the victor,” Ann Roe said she had called him.\n\n"
            "“I called the victor to wish him well in the years ahead,” Roe said.")
    assert [(s.content, len(s.parts)) for s in statements(text)] == [
        ("the victor", 0), ("she had called him", 0), ("I called the victor to wish him well in the years ahead,", 0)]


FRONTED_SAYING = [
    # a fronted participle of saying and its that-clause: one more act of the main clause's speaker
    ("stressing-then-said", "Stressing that the town is safe, Tom Vale said that the levies are not aimed at it.",
     [("Tom Vale", "the town is safe", False), ("Tom Vale", "the levies are not aimed at it", False)]),
    # (a quote inside the fronted phrase breaks no clause: the subject follows the phrase)
    ("quote-inside-the-phrase",
     "Stressing that the club is “on good terms” with Northam, Vale said that the fee rise is not aimed at it.",
     [("Vale", "the club is “on good terms” with Northam", False), ("Vale", "the fee rise is not aimed at it", False)]),
    # near misses: no act of the subject's own after the phrase, or no that-clause
    ("a-deed-after", "Noting that the bridge held, the mayor thanked the crews who worked all night.", []),
    ("no-that-clause", "Stressing the need for calm, Tom Vale said that the levies are not aimed at it.",
     [("Tom Vale", "the levies are not aimed at it", False)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in FRONTED_SAYING])
def test_a_fronted_participle_of_saying_is_the_subjects_act(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "that Northam claims" closing a sentence is a relative clause on what is claimed
    ("In an interview, Tom Vale said that the dam is a worry, since it sits in the part of the valley that Northam claims.",
     [("Tom Vale", "the dam is a worry, since it sits in the part of the valley that Northam claims", False)]),
    ("The flood reached the fields which they dispute, officials said.",
     [("officials", "The flood reached the fields which they dispute", False)]),
    # near miss: a speaker set off by a comma before the cue still speaks
    ("The dam is a worry, Tom Vale claims.", [("Tom Vale", "The dam is a worry", False)]),
], ids=["that-name-claims", "which-they-dispute-in-content", "plain-trailing-cue"])
def test_a_relative_clause_before_a_cue_names_no_speaker(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


RECOUNTED_AND_POSTED = [
    # a quote, then who recounted telling someone it: the teller's words
    ("recounted-telling", "“Keep the boat in the harbour,” Tom Vale recounted telling Ann Roe.",
     [("Tom Vale", "Keep the boat in the harbour,", True)]),
    ("recalled-telling", "“Keep the boat in the harbour,” Tom Vale recalled telling Ann Roe.",
     [("Tom Vale", "Keep the boat in the harbour,", True)]),
    # an aside between dashes is where the speaker was; a post's channel is no content
    ("dashed-aside", "While the crews wait, Tom Vale - from the quay - posted to social media that the race was unfair.",
     [("Tom Vale", "the race was unfair", False)]),
    # a headline's words after "says" are what was said, not who said it
    ("says-then-quote", "Tom Vale, on social media, says 'I will not sell the boat'",
     [("Tom Vale", "I will not sell the boat", True)]),
    # near misses: what a post was about gives no words; "recounted the votes" is a deed
    ("posted-about", "While the crews wait, Tom Vale - from the quay - posted to social media about the race.", []),
    ("recounted-the-votes", "The clerk recounted the votes in the northern ward on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in RECOUNTED_AND_POSTED])
def test_what_was_recounted_or_posted_is_the_tellers(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


PROGRESSIVE_AND_BUT = [
    # the progressive of a verb of saying, with its that-clause, reports as the past does
    ("is-warning", "Tom Vale is warning that tougher days are still ahead.",
     [("Tom Vale", "tougher days are still ahead", False)]),
    ("is-saying", "Tom Vale is saying that tougher days are still ahead.",
     [("Tom Vale", "tougher days are still ahead", False)]),
    ("was-insisting", "Tom Vale was insisting that the vote was fair.", [("Tom Vale", "the vote was fair", False)]),
    # "but" with no comma before a subject of its own opens the speaker's clause
    ("but-no-comma", "Ticket sales have lifted the takings but the treasurer is warning that leaner years lie ahead.",
     [("the treasurer", "leaner years lie ahead", False)]),
    # near misses: a directive, a farewell, a noun, a cleft's relative clause, joined subjects
    ("warning-to-do", "The union is warning members to stay home.", []),
    ("saying-goodbye", "Tom Vale is saying goodbye to the town he loved.", []),
    ("a-warning-noun", "The warning that came on Monday was ignored by the town.", []),
    ("cleft", "It was not the mayor but the police chief who said the bridge was safe.", []),
    ("joined-subjects", "The mayor and the police chief said the bridge was safe.",
     [("The mayor and the police chief", "the bridge was safe", False)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in PROGRESSIVE_AND_BUT])
def test_a_progressive_cue_and_a_clause_after_but_report(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected
