"""Quotes and reported speech: the grammar case by case, then the sample corpus against its key."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spoken import said

from crosscheck.extract.quotes import find_quotes
from crosscheck.extract.speech import (
    _all_statements,
    attribute,
    cluster_statements,
    find_statements,
    resolve_speakers,
    statement_similarity,
    word_diff,
)
from crosscheck.model import Article, Statement
from crosscheck.text import segment, sentence_at

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "afghan-returns-2025"


def _article(text: str, article_id: str = "t") -> Article:
    return Article(id=article_id, file=f"{article_id}.txt", text=text)


def _statements(text: str) -> list[Statement]:
    article = _article(text)
    return find_statements(article, segment(article))


# --------------------------------------------------------------------------- positive cases

POSITIVE = [
    # (id, text, expected speaker, content fragment, direct)
    ("trailing-quote", "“We will rebuild,” the mayor said.", "the mayor", "We will rebuild", True),
    ("straight-quotes", '"Prices will rise," said economist Jane Roe.', None, "Prices will rise", True),
    ("said-that", "Moniza Kakar, a lawyer in Karachi, said that police are arresting people.",
     "Moniza Kakar", "police are arresting people", False),
    ("told-channel", "“There is no mechanism,” Shah Mahmood told AFP on Monday.", "Shah Mahmood",
     "There is no mechanism", True),
    ("according-to-front", "According to the Health Department, the clinic will reopen next week.",
     "Health Department", "the clinic will reopen", False),
    ("according-to-back", "The bridge collapsed after heavy rain, according to local officials.",
     "local officials", "The bridge collapsed", False),
    ("warned", "The envoy, Ambassador Maria Lopez, on Monday had warned that talks were over.",
     "Maria Lopez", "talks were over", False),
    ("urged", "The minister urged donors to release emergency funds quickly.", "The minister",
     "urged donors to release", False),
    ("called-upon", "The interim government on Tuesday called upon the United Nations to act.",
     "interim government", "called upon the United Nations", False),
    ("denies", "Rebels have attacked the convoy. The army denies the claims.", "army",
     "denies the claims", False),
    ("relative-denial", "Officials say rebels hide in the hills, a charge the group denies.",
     "group", "a charge the group denies", False),
    ("condemned", "The Red Crescent condemned the attack on its ambulance.", "Red Crescent",
     "condemned the attack", False),
    ("colon-quote", "The mayor reiterated his position: “No one will be evicted.”", "The mayor",
     "No one will be evicted.", True),
    ("relay-colon", "The ministry said in a statement that Jones: “welcomed the decision.”", "Jones",
     "welcomed the decision", True),
    ("headline-says", "Mayor says flood defences held", "Mayor", "flood defences held", False),
    ("headline-colon", "Greenpeace: oil spill is the worst in a decade", "Greenpeace",
     "oil spill is the worst", False),
    ("in-a-statement", "In a statement, the Foreign Ministry said its minister stressed dialogue.",
     "Foreign Ministry", "its minister stressed dialogue", False),
    ("anonymous", "The talks will resume in May, a senior official said on Friday.",
     "a senior official", "The talks will resume", False),
    # lower-case words before a title are part of the speaker, not a reason to drop the act
    ("trailing-cue-after-a-modified-title", ("The coach was sacked to “protect the club” and the owner had to act, "
     "technical director Tom Reed said."), "Tom Reed", "The coach was sacked", False),
    ("main-clause-after-an-opening-while", ("While there is no word yet on the missing crew, Reed said he believes "
     "they survived."), "Reed", "he believes they survived", False),
    ("said-via-a-channel-then-a-quote", ("Following the vote, Reed said via the party's website: “We accept the "
     "result and we will regroup.”"), "Reed", "We accept the result", True),
    # an act inside an opening "While ..." clause ends with that clause
    ("act-inside-an-opening-while", "While officials said the dam held, residents fled to the hills.", "officials",
     "the dam held", False),
    # a newspaper told, written with its article: the addressee, not the content
    ("told-the-named-paper", "“Every ballot was counted by hand,” Tom Reed told the Weekly on Wednesday.", "Tom Reed",
     "Every ballot was counted by hand", True),
    ("participle-after-a-trailing-cue-is-no-content", "“Both sides were well served,” Reed said, standing at the bench.",
     "Reed", "Both sides were well served", True),
    # a fronted phrase then "she said" and more words: the words after the cue are the content
    ("fronted-phrase-then-gerund-clause", ("Mary Roe will retire. In a note to staff sent by the firm, she said "
     "leading the team “was the honour of her career.”"), "Mary Roe", "leading the team “was the honour", False),
    ("fronted-phrase-then-gerund-clause-no-quote", ("Mary Roe will retire. In a note to staff, she said leading "
     "the team was an honour."), "Mary Roe", "leading the team was an honour", False),
    ("participle-adjunct-after-comma-still-one", "Prices will rise, the economist said, pointing to fuel costs.",
     "the economist", "Prices will rise", False),
    ("advised-is-an-appeal", "The health agency advised residents to stay indoors.", "health agency",
     "advised residents to stay indoors", False),
    # "testified that ...": words under oath; "described X as “...”": a characterisation with its quote
    ("testified-that", "Anna Berg testified that she had never seen the money.", "Anna Berg",
     "she had never seen the money", False),
    ("described-as-a-quote", "The mayor described the plan as “reckless.”", "mayor", "described the plan as", False),
    # the subject of a clause opened by "where" after an adjunct set off by commas
    ("where-then-adjunct-then-subject", ("Lee imposed the fine in the same room where, four months earlier, Reed-Hale "
     "testified that he had paid."), "Reed-Hale", "he had paid", False),
    ("where-then-adjunct-then-said", "The judge spoke in the room where, a year ago, Tom Reed said that he had paid.",
     "Tom Reed", "he had paid", False),
    # "said of X": whom the words were about, after the quote that is the content
    ("said-of-after-a-quote", "“He is sharp,” Kaplan said of the 32-year-old man who ran the firm.", "Kaplan",
     "He is sharp", True),
    # a long participle phrase fronted before the subject
    ("long-fronted-participle", ("Talking about his former business partners who testified against him during the "
     "trial, Reed-Hale said together they all “built something great.”"), "Reed-Hale", "together they all", False),
    # "but instead said “...”": an adverb between, the quote straight after the verb
    ("instead-said-then-a-quote", "Anna Berg had been expected to quit, but instead said “I deserve better than this”.",
     "Anna Berg", "I deserve better than this", False),
    # a fronted phrase, then "X stated, “...”": the quote is what was stated, not the phrase
    ("fronted-phrase-then-stated-comma-quote", ('Covering the floods and joined by his wife, Gov. Tom Reed stated, '
     '"More than 200 homes have been lost."'), "Tom Reed", "More than 200 homes have been lost.", True),
    ("requested-then-a-quote", 'Gov. Tom Reed requested Friday, "We ask people please not travel to the valley."',
     "Tom Reed", "We ask people please not travel", True),
    ("earlier-this-week-is-when-not-who", "Earlier this week, Reed said he would announce a moratorium on sales.",
     "Reed", "he would announce a moratorium", False),
    # "It read: “...”", "“...,” it read", "quotes from X, which read:": a document's words, its issuer's
    ("it-read-the-issuer-named-with-the-document", ("A statement released by the players' union Unitas said they "
     "would strike. The letter was signed by many players. It read: “We will not play until the board goes.”"),
     "Unitas", "We will not play until the board goes.", True),
    ("it-read-after-a-quote", ("The union said in the statement that every player was taking a stand. “We want real "
     "change,” it read."), "union", "We want real change", True),
    ("which-read-hangs-on-the-quoted-person", ("A statement released by the union included quotes from the striker "
     "Anna Berg, which read: “I never agreed to the deal.”"), "Anna Berg", "I never agreed to the deal.", True),
    # "In Reed's address, he ...": the one whose occasion the opening phrase names
    ("pronoun-after-a-possessive-occasion", ("Governor Tom Reed spoke on Friday. “The town is in shock,” Ann Berg "
     "said at a news conference. In Reed’s address, he promised help, while noting that rebuilding will be slow."),
     "Tom Reed", "rebuilding will be slow", False),
    # "a rant in which he claimed ...": the relative clause's own subject speaks
    ("in-which-he-claimed", ("Tom Reed had been expected to resign but instead began a rant in which he claimed he "
     "was the target of a plot."), "Tom Reed", "he was the target of a plot", False),
    # "while giving an update": when it was said, not part of what was said (its figures neither)
    ("while-giving-an-update-is-the-occasion", ("Gov. Tom Reed (D) said the town will “rise again” while giving an "
     "update after fires left over 100 people dead."), "Tom Reed", "the town will “rise again”", False),
    # a writer's gloss between dashes carries the figure, not what the speaker said
    ("figure-in-a-writers-aside", ("Governor Tom Reed spoke. The town will be rebuilt as a memorial to those lost — "
     "a number that rose by three on Friday to 114 — while keeping its culture, he said."), "Tom Reed",
     "The town will be rebuilt as a memorial", False),
    # ", he said, about how ...": the clause before a cue set off by commas is what was said
    ("clause-then-cue-then-continuation", ("Governor Tom Reed spoke. The state will set an example for the world, "
     "he said, about how to protect its culture."), "Tom Reed", "The state will set an example for the world", False),
    # a firm's expectation, with its clause; a hint with a modal clause and no "that"
    ("expects-an-object-to", ("Veltrane opened new sites. The company expects the shortage to persist through "
     "next spring."), "company", "the shortage to persist through next spring", False),
    ("indicated-a-modal-clause", "Finance chief Mara Quill indicated this trend will continue into the winter.",
     "Mara Quill", "this trend will continue into the winter", False),
    # a year closing a clause is no figure: the reported speech stays a statement
    ("a-year-before-a-comma", "Kelda Mining said output would stay low through 2027, pointing to weak demand.",
     "Kelda Mining", "output would stay low through 2027", False),
    # a cause named in words: what it is credited with doing
    ("credited-with-doing", "Veltrane credited its new stores—and a mild winter—with lifting sales.", "Veltrane",
     "credited its new stores—and a mild winter—with lifting sales", False),
    # "reported" with a clause after it still reports words
    ("reported-a-clause", "The agency reported the suspect would appear in court.", "agency",
     "the suspect would appear in court", False),
    # "Ms Roe ... She said": a name the article titles "Mr" is no "she"
    ("she-is-not-a-name-titled-mr", ("Mr Reed has claimed Ms Berg agreed to the deal. She said: “I never agreed to "
     "any of it.”"), "Berg", "I never agreed to any of it.", True),
    # a witness "recounted" what happened: words, with a quote, a that-clause or a how-clause
    ("recounted-a-quote", ('Tom Reed, who came from a village near the coast, recounted, "We waited two hours and '
     'the doors stayed shut."'), "Tom Reed", "We waited two hours", True),
    ("recounted-that", "Survivor Ann Berg recounted that when the music stopped, the crowd surged to the doors.",
     "Ann Berg", "when the music stopped, the crowd surged", False),
    # a speaker's trailing cue, then the outlet that relays it: the speaker said it
    ("said-then-an-outlet-reported", ("The road had been closed for the fair, Inspector Tom Reed said, the Daily "
     "Chronicle reported."), "Tom Reed", "The road had been closed for the fair", False),
    ("maintains-that", "The aides maintain that the singer did nothing wrong.", "aides",
     "the singer did nothing wrong", False),
    # a kind of press told is who heard it, not what was said
    ("told-local-media-that", "Ann Berg told local media that the gate was shut.", "Ann Berg", "the gate was shut",
     False),
    # the comma outside the closing mark ("”, says X"): still the quote, said by the name after the verb
    ("comma-after-quote-says", "“The shops stayed shut all day”, says Ann Berg, a trader.", "Ann Berg",
     "The shops stayed shut all day", True),
    ("comma-after-quote-explains", "“The shops stayed shut all day”, explains Ann Berg.", "Ann Berg",
     "The shops stayed shut all day", True),
    ("comma-after-quote-indicates", ("“Some thugs broke several windows”, indicates Tom Reed, the town prosecutor, "
     "in a press release."), "Tom Reed", "Some thugs broke several windows", True),
    ("quote-then-indicated-the", "“Two windows were broken,” indicated the town prosecutor.", "town prosecutor",
     "Two windows were broken", True),
    ("quote-then-warned", "“Stay off the bridge tonight,” warned Ann Berg.", "Ann Berg", "Stay off the bridge tonight",
     True),
    # a condemnation in quoted words
    ("denounces-quote", "The dockers' union denounces “grave incidents” at the north gate.", "dockers' union",
     "“grave incidents” at the north gate", False),
    # a stance in the progressive, after a form of "be" and before "that"
    ("is-warning-that", "Rents keep climbing, and the mayor is warning that harder times are still ahead.", "mayor",
     "harder times are still ahead", False),
    ("were-insisting-that", "The dockers were insisting that the deal was dead.", "dockers", "the deal was dead", False),
    # a that-clause after an as-clause's cue is still what was said
    ("as-said-that", "The council voted, as Mayor Dana Voss said that the budget was safe.", "Dana Voss",
     "the budget was safe", False),
]


@pytest.mark.parametrize("text,speaker,content,direct", [c[1:] for c in POSITIVE], ids=[c[0] for c in POSITIVE])
def test_statement_found(text: str, speaker: str | None, content: str, direct: bool) -> None:
    found = _statements(text)
    hits = [s for s in found if content in s.content]
    assert hits, f"no statement holds {content!r}: {[s.content for s in found]}"
    hit = hits[0]
    assert hit.direct == direct
    if speaker is not None:
        assert hit.speaker is not None and speaker.lower() in hit.speaker.lower()
    assert text[hit.start : hit.end] == hit.content
    assert hit.id == f"t:s{hit.start}-{hit.end}"


DEED_BEFORE_THE_CUE = [
    # (id, text, speaker): a deed and a joiner before the cue are no part of its subject
    ("approved-but-warned", "The council approved the plan but warned that costs would rise.", "council"),
    ("forecast-but-warned", ("The harbour board forecast record cargo for the spring but warned Monday that dock "
     "strikes could wipe out the gains."), "harbour board"),
    # a clause, a joining word with no comma, then the speaker of its own clause
    ("clause-but-speaker", ("Ferry fares have lifted the council's takings but the mayor is warning that leaner months "
     "lie ahead."), "the mayor"),
    ("clause-and-speaker", "The council approved the plan and the mayor said it was safe.", "the mayor"),
    # a relative clause stays on its head; two names joined stay one subject
    ("relative-clause", "Dockers who crossed the picket line told reporters they had lost their jobs.",
     "Dockers who crossed the picket line"),
    ("two-names", "Tom Reed and Ann Lee said the plan was safe.", "Tom Reed and Ann Lee"),
]


@pytest.mark.parametrize("text,speaker", [c[1:] for c in DEED_BEFORE_THE_CUE], ids=[c[0] for c in DEED_BEFORE_THE_CUE])
def test_a_deed_before_the_cue_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert [s.speaker for s in _statements(text)] == [speaker]


RESTRICTIVE_RELATIVE = [
    # (id, text, [(speaker as written, content)]): "X who said ..." without commas: X speaks, and
    # the sentence's own verb after the reported clause is no part of what X said
    ("then-resigned", "The chief who said the bridge was safe resigned on Monday.",
     [("The chief", "the bridge was safe")]),
    ("then-was", "The warden who said the dam was sound was sacked on Friday.", [("The warden", "the dam was sound")]),
    ("then-has", "The clerk who said the figures were wrong has since left the council.",
     [("The clerk", "the figures were wrong")]),
    ("then-after-passive", "The chief who said the bridge was closed resigned on Monday.",
     [("The chief", "the bridge was closed")]),
    # near misses: a participle on a noun or after a verb stays inside what was said
    ("participle-with-by", "The chief who said the storm damaged homes owned by farmers spoke first.",
     [("The chief", "the storm damaged homes owned by farmers spoke first")]),
    ("participle-after-verb", "The chief who said the city needed trained staff resigned.",
     [("The chief", "the city needed trained staff")]),
]


@pytest.mark.parametrize("text,acts", [c[1:] for c in RESTRICTIVE_RELATIVE], ids=[c[0] for c in RESTRICTIVE_RELATIVE])
def test_a_restrictive_relatives_head_speaks_and_the_main_verb_is_no_content(
        text: str, acts: list[tuple[str, str]]) -> None:
    assert [(s.speaker_span.text if s.speaker_span else None, s.content) for s in _statements(text)] == acts


@pytest.mark.parametrize("text,acts", [
    # a relative clause set off by commas on the sentence's subject, a description: it speaks
    ("The chief, who said the bridge was safe, resigned on Monday.", [("The chief", "the bridge was safe")]),
    ("An old warden, who said the dam would hold, left.", [("An old warden", "the dam would hold")]),
    # near miss: a long phrase before the comma is no bare subject; no one is guessed
    ("The rain fell on the town all night, who said it would stop.", []),
])
def test_a_described_subject_before_who_said_speaks(text: str, acts: list[tuple[str, str]]) -> None:
    assert [(s.speaker_span.text if s.speaker_span else None, s.content) for s in _statements(text)] == acts


@pytest.mark.parametrize("text,speaker,content", [
    # the second of two coordinated verbs reports words: the subject's statement
    ("The government forecast a surplus but warned that prices would rise.", "government", "prices would rise"),
    ("The board approved the budget and said that fares would stay low.", "board", "fares would stay low"),
])
def test_a_reporting_verb_joined_to_a_deed_is_the_subjects(text: str, speaker: str, content: str) -> None:
    assert [(s.speaker, s.content) for s in _statements(text)] == [(speaker, content)]


@pytest.mark.parametrize("text,found", [
    # a thing put forward with "this"/"these" speaks as a document does: no person's statement
    ("This budget says spending will rise next year.", []),
    ("These plans say the river will be dredged.", []),
    ("The report says spending will rise next year.", []),
    # near misses: a person pointed back to, and an org, still speak
    ("This man said the river was rising.", [("man", "the river was rising")]),
    ("This ministry said the river was rising.", [("ministry", "the river was rising")]),
])
def test_a_demonstrative_document_is_no_persons_statement(text: str, found: list[tuple[str, str]]) -> None:
    assert [(s.speaker, s.content) for s in _statements(text)] == found


ACCORDING_WHEN = [
    # (id, text, speaker as written): the day after "according to X" is when, not who
    ("weekday", "The firm will appeal the ruling, according to its lawyer Thursday.", "its lawyer"),
    ("on-weekday", "The firm will appeal the ruling, according to its lawyer on Thursday.", "its lawyer"),
    ("name", "The firm will appeal the ruling, according to Ann Lee.", "Ann Lee"),
]


@pytest.mark.parametrize("text,written", [c[1:] for c in ACCORDING_WHEN], ids=[c[0] for c in ACCORDING_WHEN])
def test_the_day_after_according_to_is_no_part_of_the_source(text: str, written: str) -> None:
    assert [s.speaker_span.text for s in _statements(text) if s.speaker_span is not None] == [written]


MANNER = [
    # (id, text, speaker as written): a manner adverb between the name and the cue is no part of it
    ("ly-adverb-after-name", "Anna Berg bluntly acknowledged that the town had problems.", "Anna Berg"),
    ("hyphenated-adverb-after-name", "Berg straight-up said that the town had problems.", "Berg"),
    ("ly-adverb-after-pronoun", "Anna Berg spoke. She flatly said that the town had problems.", "She"),
    ("ly-noun-closes-the-subject", "The Kennedy family said they were grateful.", "The Kennedy family"),
    ("possessor-then-ly-noun", "Anna's family said they were grateful.", "Anna's family"),
]


@pytest.mark.parametrize("text,written", [c[1:] for c in MANNER], ids=[c[0] for c in MANNER])
def test_a_manner_adverb_is_no_part_of_the_speaker(text: str, written: str) -> None:
    found = [s for s in _statements(text) if s.speaker_span is not None]
    assert [s.speaker_span.text for s in found] == [written]


ACT_OBJECTS = [
    # (id, text, content): an act's object ends where a clause with its own subject is joined on
    ("and-a-new-subject", "Bus drivers have criticised the council, and the union has been pressing for better pay.",
     "criticised the council"),
    ("but-a-new-subject", "The mayor denied the claims, but the police are investigating.", "denied the claims"),
    ("and-a-second-verb-of-the-same-subject", "The minister condemned the attack, and said the army would respond.",
     "condemned the attack, and said the army would respond"),
    ("coordinated-objects", "The minister urged donors to release funds and banks to lower fees.",
     "urged donors to release funds and banks to lower fees"),
    ("last-object-with-a-relative-clause", ("The minister urged the city to help the old, the sick, and those who "
     "had lost their homes."), "urged the city to help the old, the sick, and those who had lost their homes"),
    # not an act, but the same exact reading: "said of X that ...": the that-clause is what was said
    ("said-of-then-that", "The minister said of the plan that it would fail.", "it would fail"),
    # reported speech ends where a dash or a comma joins a clause with a speaker of its own
    ("reported-then-dash-as-others-confirm", "Anna Berg says she never agreed to the deal – as 81 players confirm "
     "they will not play.", "she never agreed to the deal"),
    ("reported-then-comma-as-others-say", "Tom Reed said the pay offer was final, as union leaders warned of a strike.",
     "the pay offer was final"),
    ("act-then-comma-as-a-long-subject-tells", ("Ann Roe called the tally “void”, as five of the nine aldermen "
     "told reporters it was flawed."), "called the tally “void”"),
    ("act-then-comma-as-no-cue-stays", "Ann Roe urged calm, as the crowd was growing.", "urged calm, as the crowd was growing"),
    # ", as she was tired": a reason inside what was said stays in it
    ("reported-reason-after-as-stays", "Anna Berg said she left early, as she was tired.", "she left early, as she was tired"),
]


@pytest.mark.parametrize("text,content", [c[1:] for c in ACT_OBJECTS], ids=[c[0] for c in ACT_OBJECTS])
def test_an_acts_object_ends_before_a_joined_clause(text: str, content: str) -> None:
    assert [s.content for s in _statements(text)] == [content]


@pytest.mark.parametrize("text,content", [
    ("Tom Reed said earlier on Friday he would not play for the club again.", "he would not play for the club again"),
    ("Tom Reed said earlier Friday he would not play for the club again.", "he would not play for the club again"),
    ("Tom Reed said overnight that he would not play for the club again.", "he would not play for the club again"),
    ("Tom Reed said in a defiant speech at an emergency board meeting that the deal was fair.", "the deal was fair"),
], ids=["earlier-on-weekday", "earlier-weekday", "overnight", "long-occasion-then-that"])
def test_when_and_where_it_was_said_are_no_content(text: str, content: str) -> None:
    assert [s.content for s in _statements(text)] == [content]


def test_a_dash_and_but_open_another_speakers_act() -> None:
    found = _statements("The chief has claimed Anna Berg agreed to the deal – but the midfielder has denied his "
                        "claims, saying in a statement that she never agreed.")
    assert [(s.speaker_span.text if s.speaker_span else None, s.content) for s in found] == [
        ("The chief", "Anna Berg agreed to the deal"),
        ("the midfielder", "denied his claims, saying in a statement that she never agreed"),
    ]


PARTICIPLES = [
    # (id, text, speaker, cue, content fragment): a participle clause is one more act of the
    # main clause's subject, or of the speaker of the act before it in the sentence
    ("shouting-a-clause", ("Tom Reed spoke on Friday. He began a rant in which he claimed he was the target of a plot, "
     "shouting he would never resign."), "Tom Reed", "shouting", "he would never resign"),
    ("saying-that-after-a-deed", ("Tom Reed pleaded guilty in a separate case, saying that he had arranged "
     "the payments."), "Tom Reed", "saying", "he had arranged the payments"),
    ("saying-after-an-appositive-left-open", ("Ann Lee, the agent in charge of the field office spoke at the "
     "briefing, saying that there is no sign of a plot."), "Ann Lee", "saying", "there is no sign of a plot"),
    ("adding-a-quote-after-said", ("Coach Dana Pike said the owner had been forced to act by poor results, "
     "adding: “This club is in trouble.”"), "Dana Pike", "adding", "This club is in trouble."),
    ("declaring-after-an-aside", ("Mayor Ann Lee turned on the council after the vote, a defeat that left her "
     "alone, declaring that they had “betrayed the city”."), "Ann Lee", "declaring", "they had “betrayed the city”"),
    ("accusing-after-an-opening-clause", ("Coach Dana Pike spoke after the game. While the club has backed him all "
     "season, he went further, accusing the board of undermining his work."), "Dana Pike", "accusing",
     "accusing the board of undermining his work"),
    ("citing-in-the-nearer-clause", ("Fans were angry but Ann Lee has now explained her thinking, citing an "
     "interview the coach gave in May."), "Ann Lee", "citing", "citing an interview the coach gave in May"),
    ("continued-after-a-quote", "“They went public and divided our fans,” Chairman Tom Reed continued.", "Tom Reed",
     "continued", "They went public and divided our fans,"),
    ("revealing-after-a-statement", ("Chairman Tom Reed has issued a statement on the sackings, revealing the pair "
     "were dismissed by text message."), "Tom Reed", "revealing", "the pair were dismissed by text message"),
    # a comma between the participle and its quote; the verb before it took only a topic
    ("saying-comma-quote-after-acknowledged-topic", ("In a statement Monday, Anna Berg straight-up acknowledged the "
     "town's problems, saying, \"We will get through this.\""), "Anna Berg", "saying", "We will get through this."),
    ("saying-comma-quote-after-explained-topic", ("The mayor explained his decision, saying, \"We cannot afford "
     "it.\""), "The mayor", "saying", "We cannot afford it."),
    ("advising-after-a-fronted-phrase", ("In an email to members, the chair spoke about calm, advising them to "
     "remain focused on a \"plan for every street.\""), "the chair", "advising", "remain focused on a"),
    # a modal opens the main clause's predicate: its subject is the one who states
    ("stating-after-will", ("Coach Dana Pike will step down at the end of the season, stating that he is \"tired "
     "of the travel\"."), "Dana Pike", "stating", "he is \"tired of the travel\""),
    # a preposition before the participle, with no comma, and a that-clause or a clause after it
    ("by-announcing-that", "Mayor Ann Lee has surprised voters by announcing that she is to retire in May.", "Ann Lee",
     "announcing", "she is to retire in May"),
    ("after-acknowledging-a-clause", ("Mayor Ann Lee also said the staff would take a pay cut, after acknowledging "
     "she made \"errors\" in the budget."), "Ann Lee", "acknowledging", "she made \"errors\" in the budget"),
    ("saying-a-pronoun-clause-with-a-past-verb", "Coach Dana Pike praised the fans, saying they sang all night.",
     "Dana Pike", "saying", "they sang all night"),
    ("by-admitting-a-determiner-subject", ("Acme chief Dana Pike opened the meeting by admitting the firm had "
     "endured a \"rough\" quarter."), "Dana Pike", "admitting", "the firm had endured a \"rough\" quarter"),
]


def test_a_participle_with_a_bare_object_is_no_act() -> None:
    assert [s.cue for s in _statements("Dana Pike won praise by admitting the error at the start.")] == []


@pytest.mark.parametrize("text,speaker,cue,content", [c[1:] for c in PARTICIPLES], ids=[c[0] for c in PARTICIPLES])
def test_participle_clause_is_an_act_of_the_main_subject(text: str, speaker: str, cue: str, content: str) -> None:
    found = _statements(text)
    hits = [s for s in found if s.cue == cue]
    assert hits, f"no statement with the cue {cue!r}: {[(s.cue, s.content) for s in found]}"
    assert hits[0].speaker == speaker
    assert content in hits[0].content and text[hits[0].start : hits[0].end] == hits[0].content


@pytest.mark.parametrize("text,acts", [
    # a second reporting verb with no subject of its own and its own that-clause: a second act
    ("Ann Lee, arriving for a rally, said that Tom Reed was “a good man” and highlighted the fact that the charges "
     "were old.", [("said", "Tom Reed was “a good man”"), ("highlighted", "the charges were old")]),
    ("Ann Lee said the vote was fair and stressed that the count would stand.",
     [("said", "the vote was fair"), ("stressed", "the count would stand")]),
    # a verb with no that-clause after "and" stays in the content: whose act it is, is unclear
    ("Ann Lee said that the talks had failed and warned the rebels.", [("said", "the talks had failed and warned the rebels")]),
])
def test_a_second_reporting_verb_after_and(text: str, acts: list[tuple[str, str]]) -> None:
    assert [(s.cue, s.content) for s in _statements(text)] == acts


@pytest.mark.parametrize("text,acts", [
    # a verb joined on inside a reported clause whose subject is someone else is theirs, reported
    ("Sheriff Tom Reed said the suspect was upset and expressed anger at his former employer.",
     [("said", "the suspect was upset and expressed anger at his former employer")]),
    ("Coach Jim Bell said the driver was tired and insisted that he would race on Sunday.",
     [("said", "the driver was tired and insisted that he would race on Sunday")]),
    # a thing as the clause's subject, or "she": the second act is the speaker's own
    ("Mayor Ann Lee said the plan was sound and urged the council to back it.",
     [("said", "the plan was sound"), ("urged", "urged the council to back it.")]),
    ("Mayor Ann Lee said she was sorry and urged calm.", [("said", "she was sorry"), ("urged", "urged calm.")]),
])
def test_an_act_inside_reported_content_belongs_to_its_subject(text: str, acts: list[tuple[str, str]]) -> None:
    assert [(s.cue, s.content) for s in _statements(text)] == acts


@pytest.mark.parametrize("text,acts", [
    # a second reporting verb with a clause of its own, a pronoun its subject: a second act
    ("Throughout the inquiry, Mayor Ann Lee maintained she had good relations with staff and insisted she has "
     "always acted with integrity.", [("maintained", "she had good relations with staff"),
                                      ("insisted", "she has always acted with integrity")]),
    ("Mayor Ann Lee said the plan was sound and noted it was cheap.",
     [("said", "the plan was sound"), ("noted", "it was cheap")]),
    # someone described as the reported clause's subject keeps the verb in the content
    ("Sheriff Tom Reed said the suspect was upset and insisted he was innocent.",
     [("said", "the suspect was upset and insisted he was innocent")]),
])
def test_a_second_reporting_verb_with_its_own_clause(text: str, acts: list[tuple[str, str]]) -> None:
    assert [(s.cue, s.content) for s in _statements(text)] == acts


@pytest.mark.parametrize("text,speaker,cue,content", [
    # a deed with a modal, then "but"/"and" and an act: the subject of the deed acts, not the
    # deed read as a long name
    ("Governor Ann Lee spoke on Monday. Lee could not confirm how many fishing boats were lost at sea in the "
     "storm but urged crews to stay in port until Friday.", "Ann Lee", "urged",
     "urged crews to stay in port until Friday"),
    ("Coach Tom Reed could only guess at the cause of the crash and said the squad would fly home on Friday.",
     "Tom Reed", "said", "the squad would fly home on Friday"),
    ("The mayor can only watch the river rise but said the levee would hold through the night.", "The mayor", "said",
     "the levee would hold through the night"),
])
def test_an_act_joined_to_a_deed_with_a_modal_is_the_subjects(text: str, speaker: str, cue: str, content: str) -> None:
    found = _statements(text)[-1]
    assert (found.speaker, found.cue, found.content) == (speaker, cue, content)


def test_who_always_insisted_hangs_on_the_name_before_it() -> None:
    article = _article("Lawyer Tom Reed led the inquiry into Mayor Ann Lee, who always insisted she would resign.")
    (found,) = _all_statements(article, segment(article))
    assert (found.speaker_span.text, found.speaker, found.kind) == ("Mayor Ann Lee", "Ann Lee", "habitual")


def test_an_act_in_an_opening_clause_and_the_main_one_are_two() -> None:
    found = _statements("Chairman Tom Reed spoke. While he maintained the pair were “heroes” to fans, he said "
                        "“serious mistakes” were made.")
    assert [(s.speaker, s.cue, s.content) for s in found] == [
        ("Tom Reed", "maintained", "the pair were “heroes” to fans"),
        ("Tom Reed", "said", "“serious mistakes” were made")]


def test_pointed_out_reports_words() -> None:
    (found,) = _statements("Mayor Ann Lee spoke on Monday. She pointed out that the dam had held.")
    assert (found.speaker, found.cue, found.content) == ("Ann Lee", "pointed out", "the dam had held")


def test_an_issued_statement_is_what_its_participle_says() -> None:
    found = _statements("Chairman Tom Reed has issued a lengthy statement on the sackings, revealing the pair were "
                        "dismissed by text message.")
    assert [(s.speaker, s.content) for s in found] == [("Tom Reed", "the pair were dismissed by text message")]


@pytest.mark.parametrize("text,speaker,content", [
    # "released / put out / posted a statement saying ...": what the statement says, the subject's
    ("The mayor this morning released a statement saying that she would keep her word and resign.", "The mayor",
     "she would keep her word and resign"),
    ("Mayor Ann Lee on Friday posted a message saying the road would reopen.", "Ann Lee", "the road would reopen"),
    ("The mayor issued a statement saying that she would keep to “her word” and resign.", "The mayor",
     "she would keep to “her word” and resign"),
])
def test_a_statement_saying_gives_what_it_says(text: str, speaker: str, content: str) -> None:
    assert [(s.speaker, s.content) for s in _statements(text)] == [(speaker, content)]


@pytest.mark.parametrize("text,contents", [
    # "pledges saying ..." inside what was said or told: the pledges' words, one statement
    ("Ann Roe said that the party had stood on pledges saying it would cut taxes.",
     ["the party had stood on pledges saying it would cut taxes"]),
    ("Ann Roe told members that they had run on printed promises saying they would build it.",
     ["they had run on printed promises saying they would build it"]),
    # near miss: after a bare object, not a clause, "saying" is the speaker's own second act
    ("The Harbour Party admitted defeat saying that it will sit on the back benches.",
     ["defeat", "it will sit on the back benches"]),
])
def test_a_bare_saying_inside_what_was_said_is_no_act_of_the_speaker(text: str, contents: list[str]) -> None:
    assert [s.content for s in _statements(text)] == contents


def test_a_video_saying_nothing_is_no_statement() -> None:
    assert _statements("The band released a video saying nothing.") == []


@pytest.mark.parametrize("text,speaker,cue", [
    # acts in words the lexicon lacked: an attack, a name given in quotes, a reason cited
    ("Senator Tom Reed slammed the mayor for showing “no remorse” over the cuts.", "Tom Reed", "slammed"),
    ("The union lambasted the council over the cuts.", "union", "lambasted"),
    ("The union hit out at the council over the cuts.", "union", "hit out at"),
    ("Mayor Ann Lee called the audit “a hatchet job” on Monday.", "Ann Lee", "called"),
    ("Judge Ann Lee also cited the defendant’s lack of candour and “remarkable ease” with the truth.",
     "Ann Lee", "cited"),
    ("Mayor Ann Lee cited the strike as the reason for the delay.", "Ann Lee", "cited"),
    ("Mayor Ann Lee cited poor results and weak signings for the decision to replace the coach.", "Ann Lee", "cited"),
    # "shared (at a time) that ...": words shared
    ("Governor Ann Lee shared Tuesday afternoon that the divers had found the recorder.", "Ann Lee", "shared"),
    # a bare verb after "did" or "does": "did state that ...", "does concede that ..."
    ("Mayor Ann Lee did state that the bridge would reopen in May.", "Ann Lee", "state"),
    ("The council does concede that the repairs ran late.", "council", "concede"),
    # where a letter was shared, then the act in it
    ("Mayor Ann Lee shared her letter on Twitter, in which she criticised the inquiry by saying it pitched the test too low.",
     "Ann Lee", "criticised"),
])
def test_more_acts_in_words(text: str, speaker: str, cue: str) -> None:
    assert [(s.speaker, s.cue) for s in _statements(text)] == [(speaker, cue)]


@pytest.mark.parametrize("text", [
    "Police cited the driver for speeding.",
    "Police cited the driver.",
    "Police cited the driver for the crash on the bridge.",
    "The storm slammed the coast for hours.",
    "The door slammed shut.",
    "Mayor Ann Lee called on the council to act.",
])
def test_deeds_that_share_a_cue_word_are_no_statements(text: str) -> None:
    assert all(s.cue not in {"cited", "slammed", "called"} for s in _statements(text))


@pytest.mark.parametrize("text", [
    "The gauges indicated a steady rise in the river.",
    "The mayor denounced the ruling.",
])
def test_indicated_or_denounced_without_quoted_words_is_no_statement(text: str) -> None:
    assert _statements(text) == []


def test_who_was_warned_after_a_trailing_cue_is_not_a_speaker() -> None:
    found = _statements("“The bridge is closed,” the mayor said, and warned residents to stay home.")
    assert {s.speaker for s in found} == {"the mayor"}


def test_a_standfirst_description_is_the_one_person_named_later_with_that_title() -> None:
    found = _statements("The shadow health secretary slammed the mayor for showing “no remorse”. The cuts were "
                        "made on Monday, says Shadow Health Secretary Tom Reed.")
    assert [s.speaker for s in found] == ["Tom Reed", "Tom Reed"]


@pytest.mark.parametrize("text,speaker,content", [
    # a document and whose it is, before "read:" or "said": the writer's words
    ("Ann Lee has resigned as mayor. While Governor Tom Reed said the vote would go ahead, the party accused him "
     "of delay. But Ms Lee had now taken matters into her own hands. Her letter to the governor read: “I did "
     "nothing wrong and I will keep my word.”", "Ann Lee", "I did nothing wrong"),
    ("Ann Lee has resigned as mayor. Lee’s statement said: “I did nothing wrong and I will keep my word.”",
     "Ann Lee", "I did nothing wrong"),
    ("Acme’s statement said the plant would close in May.", "Acme", "the plant would close"),
])
def test_an_owned_document_speaks_for_its_writer(text: str, speaker: str, content: str) -> None:
    last = _statements(text)[-1]
    assert (last.speaker, last.content[: len(content)]) == (speaker, content)


def test_a_sign_that_reads_is_no_speaker() -> None:
    assert _statements("Ann Lee has resigned. The banner read: “We will never forget you.”") == []


@pytest.mark.parametrize("text,speaker,content", [
    # a newsroom relaying someone's words: the one who spoke is the speaker
    ("Reporting from The Daily Post stated staff involved in the complaints said they lost sleep.",
     "staff involved in the complaints", "they lost sleep"),
    ("The Times reported that two aides said the minister had shouted at them.", "two aides",
     "the minister had shouted at them"),
    # a person's words about what others said stay the person's
    ("Governor Ann Lee said staff said they were tired.", "Ann Lee", "staff said they were tired"),
])
def test_a_newsroom_relays_the_words_of_the_one_who_spoke(text: str, speaker: str, content: str) -> None:
    assert [(s.speaker, s.content) for s in _statements(text)] == [(speaker, content)]


def test_a_case_names_v_ends_no_sentence() -> None:
    (found,) = _statements("Mayor Ann Lee says Smith v. Jones is \"on the ballot\" this fall.")
    assert found.content.startswith("Smith v. Jones is")


@pytest.mark.parametrize("text,acts", [
    # "Attorney General": "General" is no first name
    ("Attorney General Tom Reed called the ruling \"a devastating blow\".", [("Tom Reed", "called")]),
    # a name given in quotes after a quote's cue is an act of its own
    ('"It is a sad day," Ann Lee said, calling the ruling a "grave mistake" for the country.',
     [("Ann Lee", "said"), ("Ann Lee", "calling")]),
    # a characterisation whose quote comes a few words after "as"
    ('Mayor Ann Lee described the plan as the end of an effort to "tilt the scales of our courts".',
     [("Ann Lee", "described")]),
    ('Senator Tom Reed celebrated the ruling as the "biggest win in a generation".', [("Tom Reed", "celebrated")]),
    ('Mayor Ann Lee concluded that the plan "cannot be where this ends."', [("Ann Lee", "concluded")]),
    # the subject again after a quote's comma, with an act of its own
    ('Mayor Ann Lee described the vote as an effort to "tilt the scales of our courts," and she urged the council to '
     '"restore the old rules" at once.', [("Ann Lee", "described"), ("Ann Lee", "urged")]),
    # a second reporting verb with the speaker's own words right after it
    ('Mayor Ann Lee said that "it is a sad day" and warned the "health of the city is now at risk."',
     [("Ann Lee", "said"), ("Ann Lee", "warned")]),
    ('Judge Tom Reed called the law "a crushing setback," but said it "does not end the case."',
     [("Tom Reed", "called"), ("Tom Reed", "said")]),
    # one's own event announced is a deed; the words said after it are the statement
    ("Mayor Ann Lee announced her resignation via a statement and said she would keep her word.",
     [("Ann Lee", "said")]),
    # the whole subject before the deed, not a name after its "and"
    ("The MP for Hove and Brighton announced her resignation via a statement and said she would keep her word.",
     [("The MP for Hove and Brighton", "said")]),
])
def test_more_reaction_grammar(text: str, acts: list[tuple[str, str]]) -> None:
    assert [(s.speaker, s.cue) for s in _statements(text)] == acts


def test_a_named_issuer_before_a_document_speaks() -> None:
    found = _statements("Governor Ann Lee accepted the resignation with “great sadness”, a City Hall statement said.")
    assert [(s.speaker, s.content) for s in found] == [
        ("City Hall", "Governor Ann Lee accepted the resignation with “great sadness”")]
    assert _statements("The road will reopen on Monday, a Facebook post said.") == []


def test_the_act_before_a_participle_keeps_its_own_content() -> None:
    found = _statements("Coach Dana Pike said the owner had been forced to act by poor results, adding: “This club "
                        "is in trouble.”")
    assert [(s.cue, s.content) for s in found] == [
        ("said", "the owner had been forced to act by poor results"), ("adding", "This club is in trouble.")]
    found = _statements("Mayor Ann Lee said the staff would take a pay cut, after acknowledging she made errors.")
    assert [(s.cue, s.content) for s in found] == [
        ("said", "the staff would take a pay cut"), ("acknowledging", "she made errors")]


@pytest.mark.parametrize("text,content", [
    # adjuncts of the act between the verb and its that-clause are no part of what was said
    ("Coach Dana Pike announced in a surprise move on Friday that he will leave the club.", "he will leave the club"),
    ("Coach Dana Pike said in an interview with local radio that he will leave the club.", "he will leave the club"),
    # a clause before "that" is what was said, and the that-clause is inside it
    ("Coach Dana Pike said on Friday he was sure that the club would win.", "he was sure that the club would win"),
    ("Ann Lee said in a statement that the family that owns the mill will sell it.",
     "the family that owns the mill will sell it"),
])
def test_the_adjuncts_before_a_that_clause_are_not_content(text: str, content: str) -> None:
    assert [s.content for s in _statements(text)] == [content]


def test_anonymous_source_is_flagged() -> None:
    (hit,) = _statements("The talks will resume in May, a senior official said on Friday.")
    assert hit.anonymous and hit.speaker == "a senior official"


def test_quote_over_several_paragraphs_is_one_statement() -> None:
    text = (
        "The envoy, Ambassador Maria Lopez, spoke on Monday.\n\n"
        "“The border is a challenge. We cannot tolerate it.\n\n"
        "“They must work with us. There is no other way,” she said."
    )
    found = _statements(text)
    quotes = [s for s in found if s.direct]
    assert len(quotes) == 1
    assert quotes[0].content.startswith("The border is a challenge")
    assert quotes[0].content.endswith("There is no other way,")
    assert quotes[0].speaker == "Maria Lopez"


def test_unattributed_quote_paragraph_continues_the_last_speaker() -> None:
    text = "“We were robbed,” Ali Khan told AFP.\n“I had papers and they ripped them up.”"
    (only,) = _statements(text)
    assert only.speaker == "Ali Khan" and only.content == "We were robbed,"
    (part,) = only.parts
    assert (part.relation, part.content) == ("continues", "I had papers and they ripped them up.")
    assert text[part.start : part.end] == part.content


@pytest.mark.parametrize("text", [
    "“What kept us there,” he explains, “was a promise to finish the dam.”",
    "“What kept us there was plain,” he said adding: “a promise to finish the dam.”",
    "“What kept us there,” said Ali Khan, “was a promise to finish the dam.”",
    "“What kept us there,” Ali Khan admits, “was a promise. We kept it.”",
])
def test_quote_interrupted_by_its_cue_is_one_statement(text: str) -> None:
    (only,) = [s for s in _statements("Ali Khan spoke to reporters on Monday.\n" + text) if s.direct]
    assert only.content.startswith("What kept us there") and only.cue
    (part,) = only.parts
    assert part.relation == "continues" and "a promise" in part.content and part.cue == ""


def test_a_quote_with_its_own_cue_is_not_read_as_going_on_with_the_one_before() -> None:
    text = ("Fire chief Ana Ruiz gave details at a news conference: “We found the car at dawn.”\n"
            "“There was no safer choice. Anything else risked lives,” said Ruiz.")
    found = _statements(text)
    (last,) = [s for s in found if s.content.startswith("There was no safer choice")]
    assert last.cue == "said"


def test_a_quote_right_after_a_partial_quote_goes_on_with_it() -> None:
    text = ("“There was no safer choice,” said Chief Ana Ruiz. “Anything else risked lives.”\n"
            "The driver “had planned it for weeks” and “acted alone,” said Ruiz. “We still do not know why.”")
    found = _statements(text)
    (partial,) = [s for s in found if s.content.startswith("The driver")]
    assert [(p.relation, p.content) for p in partial.parts] == [("continues", "We still do not know why.")]
    (whole,) = [s for s in found if s.content.startswith("There was no safer choice")]
    assert [p.content for p in whole.parts] == ["Anything else risked lives."]


def test_coordinated_acts_are_two_statements() -> None:
    text = "Amir Khan Muttaqi met Dar. He voiced concern over the deportations and called on Islamabad to act."
    cues = [s.cue for s in _statements(text)]
    assert cues == ["voiced", "called on"]


def test_embedded_cue_stays_inside_the_reported_clause() -> None:
    text = "Dar on Saturday said that Afghanistan has assured Pakistan it would act."
    (only,) = _statements(text)
    assert only.speaker == "Dar" and only.content.startswith("Afghanistan has assured")


def test_but_clause_starts_a_second_speaker() -> None:
    text = 'Chaudhry has accused migrants of being "criminals", but analysts say it is politics.'
    found = _statements(text)
    assert [s.speaker for s in found] == ["Chaudhry", "analysts"]
    assert "analysts" not in found[0].content


# --------------------------------------------------------------------------- negative cases

NEGATIVE = [
    # a warning as a noun is no cue
    ("warning-signs", "Inspectors saw warning signs that the dam was weak."),
    ("scare-quote", "The two sides agreed to strengthen ties between the “brotherly countries”."),
    ("quoted-title", "She starred in 'Long Night' last year before moving abroad."),
    ("passive-told", "More than a million people have been told to leave the city by June."),
    ("participle", "The government cancelled the permits, warning those who stay of arrests."),
    ("noun-announcement", "The move follows an announcement made by the minister during the visit."),
    ("dateline", "ISLAMABAD: The ministry has set up a control room for returnees."),
    ("plural-pronoun", "They also pledged to remain engaged in regional development projects."),
    ("apostrophes", "The minister's office didn't comment on the country's new law."),
    # a passive with an adverb between: the subject is what was criticised, no one speaks
    ("passive-with-an-adverb", "His conduct was also criticised in the stands after he appeared to wave a flag."),
    ("photo-credit-label", "PROTEST: Fans gather outside the ground. Pic: Screenshot"),
    # "read" with an object or alone: a deed, not a document's words
    ("read-a-verdict", "The judge read the verdict aloud to a silent court."),
    ("read-alone", "Anna Berg looked tired. She read, then left the room."),
    # a participle with an object and no clause: a deed
    ("promising-an-object", "Tom Reed won the vote, promising voters a new bridge."),
    # a figure the speaker gave inside an aside is still a reported figure: a numeric claim
    ("figure-in-the-speakers-aside", "Governor Tom Reed spoke. The toll — which he put at 114 — will rise, he said."),
]


@pytest.mark.parametrize("text,content", [
    ("The coach has said he will retire on 3 March, after the cup final.", "he will retire on 3 March"),
    ("The mayor said the 2019 plan for the harbour was still the best hope.", "the 2019 plan for the harbour"),
    ("A guard said the doors were locked at 9:15 p.m. as usual.", "locked at 9:15 p.m."),
])
def test_a_date_year_or_time_is_no_figure_and_the_statement_stays(text: str, content: str) -> None:
    assert any(content in s.content for s in _statements(text))


@pytest.mark.parametrize("text,speaker,cue,content", [
    # "with NP -ing ...": an absolute phrase whose own subject speaks
    ("An inquiry by lawyer Tom Reed upheld two of the complaints against Lee with the MP saying she was "
     "“obliged” to accept the outcome.", "the MP", "saying", "she was “obliged” to accept"),
    ("Ann Lee has often been criticised, with one former aide claiming she was a bully.", "one former aide",
     "claiming", "she was a bully"),
    ("Prices rose again on Monday, with the central bank warning that inflation would stay high.", "central bank",
     "warning", "inflation would stay high"),
])
def test_a_with_phrase_participle_is_its_own_subjects_act(text: str, speaker: str, cue: str, content: str) -> None:
    hits = [s for s in _statements(text) if s.cue == cue]
    assert hits and hits[0].speaker == speaker and content in hits[0].content


@pytest.mark.parametrize("text", [
    "The team lost again, with fans saying nothing.",
    "The road was closed, with the price of fuel rising sharply.",
])
def test_a_with_phrase_without_words_said_is_no_statement(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize("text,acts", [
    # "a" and one word before a bare cue word: a noun ("a defiant note"), not the verb
    ("Despite apologising for the delay it had caused, the mayor struck a defiant note in her letter, saying the plan would go ahead.",
     [("the mayor", "the plan would go ahead")]),
    ("In an odd note of calm, the coach insisted the team would stay up.", [("the coach", "the team would stay up")]),
    # two words after "a" can be a subject with its verb
    ("A few residents note that the road has been closed since May.", [("A few residents", "the road has been closed")]),
])
def test_a_cue_word_after_a_and_one_word_is_a_noun(text: str, acts: list[tuple[str, str]]) -> None:
    found = _statements(text)
    assert [(s.speaker_span.text if s.speaker_span else None, s.content[: len(c)]) for s, (_, c) in zip(found, acts)] == acts
    assert len(found) == len(acts)


@pytest.mark.parametrize("text,content", [
    ("Ann Lee said on the club's website: 'I messaged both of them this morning.'", "I messaged both of them"),
    ("Ann Lee said on accringtonstanley.co.uk: “I messaged both of them.", "I messaged both of them"),
])
def test_the_channel_before_a_colon_and_a_quote_is_not_content(text: str, content: str) -> None:
    (found,) = _statements(text)
    assert found.content.startswith(content)


@pytest.mark.parametrize("text,speaker,content", [
    # a transcript's label names a person the article named before: the paragraph is theirs
    ("Police Chief Dana Pike said the suspect was dead.\nDANA PIKE: We are hurting. Our city is hurting.\nThe city mourned.",
     "Dana Pike", "We are hurting. Our city is hurting."),
    ("Lawyer Kevin Marsh spoke on Monday. “It went well,” Marsh said.\nQuestion: Will there be a verdict today?\n"
     "Marsh: I do not know. We will see what happens.", "Kevin Marsh", "I do not know. We will see what happens."),
])
def test_a_transcript_label_gives_the_paragraph_to_its_speaker(text: str, speaker: str, content: str) -> None:
    found = _statements(text)
    assert (found[-1].speaker, found[-1].content, found[-1].direct) == (speaker, content, True)
    assert all(s.speaker != "Question" for s in found)


@pytest.mark.parametrize("text", [
    "NEW DELHI: The government is ready to talk.",  # a dateline
    "Mayor Ann Lee spoke.\nDANA PIKE: We are hurting. Our city is hurting.",  # a label naming no one named before
    "Update: The road is open again to all traffic.",
])
def test_a_label_naming_no_known_person_is_no_transcript(text: str) -> None:
    assert all(s.cue != ":" or s.speaker == "Ann Lee" for s in _statements(text))


@pytest.mark.parametrize("text,statement", [
    # a count in words is a figure like one in digits: the claim carries it, with its source
    ("Transport Secretary Dana Pike confirmed that crews are searching for six workers.", False),
    ("Mayor Ann Lee said no details would be given about the other three suspects.", False),
    # a number word that counts nothing checkable leaves the statement
    ("Mayor Ann Lee said the two sides would meet again.", True),
    ("Mayor Ann Lee said they would return in two weeks.", True),
])
def test_a_count_in_words_is_a_figure_too(text: str, statement: bool) -> None:
    assert bool(_statements(text)) == statement


@pytest.mark.parametrize("text,statement", [
    # the speaker's own words beside a small count spelled out: the words are the point
    ('Mayor Ann Lee said three rulings against her were "unfair" and "a gift to the developers".', True),
    ('Mayor Ann Lee said the audit upheld "all but one" of the complaints against her.', True),
    # digits, a per cent or a large count beside quoted words stay a numeric claim
    ('The agency said 3,000 families left on Monday, "far more than we expected".', False),
    ('Mayor Ann Lee said the plan would reach "tens of thousands of families" by June.', False),
    ('A former aide said she was "90%" sure of it.', False),
])
def test_quoted_words_beside_a_small_count_keep_the_statement(text: str, statement: bool) -> None:
    assert bool(_statements(text)) == statement


def test_reported_figure_is_a_claim_not_a_statement_but_keeps_its_source() -> None:
    text = "Pakistan has expelled more than 80,000 Afghans, a senior official said on Friday."
    article = _article(text)
    sentences = segment(article)
    assert find_statements(article, sentences) == []
    start = text.index("more than 80,000")
    source = attribute(article, sentences, 0, start, start + 16)
    assert source is not None and source.source == "a senior official" and source.anonymous


# --------------------------------------------------------------------------- pronouns

PRONOUNS = [
    # "the football boss": a leader of the field its words name, not the head of another body
    ("generic-boss-is-the-leader-of-its-field", ("Football president Tom Reed kissed the player. Sam Cole, head of "
     "the sports council, said the state would act. The football boss claimed the kiss was mutual."), "Tom Reed"),
    # a sport's role noun is a description of the one person given it before
    ("role-noun-description", ("Dutch footballer Ann Roe says she never agreed. The footballer added such acts "
     "“should never go unpunished”."), "Ann Roe"),
    # "the midfielder" beside "Ms Roe": the article has named two people, so no guess of the other
    ("description-not-the-other-named-person", ("Federation president Tom Reed claimed Ms Roe agreed to the deal, "
     "but the midfielder has denied his claims."), "the midfielder"),
    ("he-after-named", ("Deputy Interior Minister Tallal Chaudhry spoke on Friday. "
     "“There will be no extension,” he added."), "Tallal Chaudhry"),
    ("she-told", "Moniza Kakar, a lawyer, criticised the raids. “There is no mechanism,” she told AFP.",
     "Moniza Kakar"),
    ("it-org", ("“Refugees need help,” the International Organization for Migration (IOM) said. "
     "“Funds are short,” it added."), "International Organization for Migration"),
    ("surname", "Foreign Minister Ishaq Dar arrived in Kabul. Dar said trade would grow.", "Ishaq Dar"),
    ("agency", ("“Crossings rose,” the International Organization for Migration told AFP. "
     "The new phase “could affect many people”, the agency said."), "International Organization for Migration"),
    ("described-agency-names-its-own", ("“Crossings rose,” the International Organization for Migration told AFP. "
     "The UN refugee agency said the camps along the border were full."), "UN refugee agency"),
    # the chain of subjects, not a name mentioned in an aside of the sentence before
    ("pronoun-keeps-the-subject-over-an-aside", ("Governor Ann Lee said she would stay. "
     "She ignored demands to step down - among them from Senator Tom Reed - for two days. "
     "Speaking outside the capitol, she said: “It was time.”"), "Ann Lee"),
    ("pronoun-after-a-sentence-naming-others", ("Mayor Ann Lee said the budget was final. "
     "Mr Lee lost the vote, after a walkout by Finance Minister Tom Reed and Health Secretary Paul Hart. "
     "“We will go on,” he said."), "Ann Lee"),
    ("surname-opener-given-in-full-earlier", ("Ann Lee has resigned as chair of the board. "
     "Her exit follows the departure of Chancellor Tom Reed. "
     "Lee has since been under pressure from donors. "
     "Speaking to reporters, she said: “It was time.”"), "Ann Lee"),
    ("title-phrase-in-content-is-no-subject", ("Senator Paul Hart met the press. "
     "He announced his exit as party leader. He said the vote was lost."), "Paul Hart"),


    # a surname given in full with initials and a suffix before: the judge, not the defendant
    ("surname-of-a-name-with-initials", ("U.S. District Judge K.L. Moran III closed the hearing as Ray Doyle "
     "listened. Moran said the jurors had asked for privacy. He said he had heard the complaints."), "K.L. Moran"),
    ("office-of-then-name-is-that-person", ("Senator Ann Reed and Secretary of Transportation Dana Pike toured the site. "
     "Secretary of Transportation Dana Pike said the state would get help."), "Dana Pike"),
    # a name closing a caption line does not run into the name opening the next line
    ("name-stops-at-the-line-end", "A gift from club chairman Tom Reed\nTom Reed said the club was for sale.",
     "Tom Reed"),
    # "he" inside a sentence: the subject of the nearest clause a named person opens
    ("pronoun-in-a-clause-after-the-subject", ("Judge Ann Lee closed the trial of Tom Reed. Reed stood silent. "
     "Lee called Reed to the podium briefly where he told the former official that he would not set a date."),
     "Ann Lee"),
    ("pronoun-after-and-goes-with-the-clause-subject", ("Coach Jim Bell gave an interview in May. Chairman Tom Reed "
     "reacted furiously to the interview, declaring the club up for sale, and he said on the club website: "
     "“I am done.”"), "Tom Reed"),
    ("pronoun-in-a-relative-clause-on-a-named-act", ("Coach Jim Bell gave an interview in May. Chairman Tom Reed has "
     "now explained his thinking, citing an interview Bell did with the radio earlier this season where he "
     "expressed a wish for longer contracts."), "Jim Bell"),
    # a description opening the sentence before, with the name in apposition
    ("he-after-a-described-subject-with-its-name", ("The commission's chairman, Tom Reed, has defended the count. "
     "“Every ballot was counted by hand,” he told the Weekly on Wednesday."), "Tom Reed"),
    # a quote between the subject and the pronoun hides no subject outside it
    ("pronoun-after-a-quote-in-its-own-sentence", ("Senator Tom Reed spoke first. Mayor Ann Lee has said it is "
     "\"painful not to see so many projects through\" as she announced her resignation as party leader."), "Ann Lee"),
    ("pronoun-after-a-quote-naming-others", ("Director Tom Reed spoke to the club channel. “We sit one point above "
     "the drop zone in the Premier League, and that is not good enough,” he added."), "Tom Reed"),
    ("surname-of-a-possessive-titled-name", ("President Ann Lee’s campaign chief resigned on Monday. "
     "Lee said the charges were old."), "Ann Lee"),
    ("description-then-a-surname", ("“We are in trouble,” technical director Tom Reed said. Former Nigeria "
     "international Reed said the owner had made a “tough decision”."), "Tom Reed"),
    # whom a letter was written to, or a call held with, is not who speaks in it
    ("pronoun-after-an-addressee-is-not-the-addressee", ("Ann Lee has resigned as mayor. The inquiry was set up by "
     "Governor Tom Reed after complaints about Ms Lee. In a letter to Mr Reed, she said she would keep her word."),
     "Ann Lee"),
    ("pronoun-after-a-call-with-someone", ("Ann Lee has resigned as mayor. The vote was called by Governor Tom Reed. "
     "In a call with Mr Reed on Monday, she said the inquiry was unfair."), "Ann Lee"),
    # a lower-case phrase after the connective is no part of the speaker
    ("connective-then-a-lower-case-phrase", ("Governor Tom Reed spoke first. However, in his letter to Ann Roe, "
     "the mayor, Mr Lee said that the reports were flawed."), "Lee"),
    # a title given in apposition, or as the office someone resigned, names the description
    ("description-after-an-apposed-title", ("The country's Deputy Prime Minister, Ann Lee, has resigned. "
     "The inquiry was led by lawyer Tom Reed. The prime minister's former deputy said the inquiry was unfair."),
     "Ann Lee"),
    ("description-after-a-title-resigned-as", ("Ann Lee has resigned as transport secretary. Chancellor Tom Reed "
     "was not told. The transport secretary said the inquiry was unfair."), "Ann Lee"),
    # "the company" is the company named before: a speaker, or the one its executives are titled by
    ("the-company-after-a-company-speaker", ("Acme announced on Monday that its chief would leave. "
     "The embattled company added that two plants would close."), "Acme"),
    ("the-company-after-its-chief-executive", ("Acme President and CEO Jane Roe will step down. Roe thanked staff. "
     "The company also announced that its chair would not stand again."), "Acme"),
    ("the-company-after-its-vice-president", ("Acme's senior vice president, Jane Roe, spoke first. "
     "The company said the boat would ship in May."), "Acme"),
    ("the-company-after-its-chief-of-an-office", ("Acme's chief of retail operations, Jane Roe, spoke first. "
     "The company said the boat would ship in May."), "Acme"),
    ("the-company-is-no-lower-case-phrase-read-as-a-body", ("The cuts unveiled Monday amount to job "
     "losses. The company said the plan would cost more than expected."), "company"),
    ("a-named-company-description-names-its-own", ("Acme CEO Jane Roe will step down. "
     "The Zenith company said it would bid for the plant."), "Zenith company"),
    # a possessive printed by mistake after a surname the article gave in full
    ("possessive-slip-on-a-surname", ("Council leader Ann Berg closed the pool on Friday. "
     "“The roof could have fallen in at any time,” Berg's wrote."), "Ann Berg"),
    ("possessive-slip-curly", ("Council leader Ann Berg closed the pool on Friday. "
     "“The roof could have fallen in at any time,” Berg’s wrote."), "Ann Berg"),
    # a one-word possessive no one in the article was named by: a firm's name, as written
    ("one-word-possessive-firm", ("Council leader Ann Berg opened the store. "
     "“We are open for business,” Fenwick's said."), "Fenwick's"),
    ("description-with-another-name-is-not-the-named-ceo", ("Acme CEO Jane Roe spoke first. “Costs are high,” "
     "Roe said. “Questions are welcome,” Zenith CEO told an analyst."), "Zenith CEO"),
]


OPENING_PRONOUNS = [
    # (id, text, speaker of the act in the opening clause, its content): "Though he ..., Judge X ..."
    # looks ahead to the main clause's named subject, unless someone was named just before
    ("looks-ahead", "Though he described the plan as “reckless,” Judge Ann Lee approved it.", "Ann Lee",
     "described the plan as “reckless,”"),
    ("looks-ahead-while", "While he maintained the plan was “sound,” Judge Tom Reed said it needed work.", "Tom Reed",
     "the plan was “sound,”"),
    ("named-before", "Mary Roe spoke first. Though she said the plan was sound, Judge Tom Reed rejected it.",
     "Mary Roe", "the plan was sound"),
]


@pytest.mark.parametrize("text,speaker,content", [c[1:] for c in OPENING_PRONOUNS], ids=[c[0] for c in OPENING_PRONOUNS])
def test_a_pronoun_in_an_opening_clause(text: str, speaker: str, content: str) -> None:
    first = _statements(text)[0]
    assert (first.speaker, first.content) == (speaker, content)


@pytest.mark.parametrize("text,speaker", [c[1:] for c in PRONOUNS], ids=[c[0] for c in PRONOUNS])
def test_speaker_resolved(text: str, speaker: str) -> None:
    last = _statements(text)[-1]
    assert last.speaker == speaker
    assert last.confidence < 1.0 or last.speaker_span and last.speaker_span.text.endswith(speaker)


# --------------------------------------------------------------------------- attribution of figures

ATTRIBUTIONS = [
    ("told-afp", ("An average of 4,000 Afghans crossed daily, the International Organization for "
     "Migration (IOM) told AFP."), "4,000", "International Organization for Migration", "AFP", False, "sentence"),
    ("says", "Pakistan says nearly 85,000 Afghans have returned.", "85,000", "Pakistan", None, False, "sentence"),
    ("officials-have-said", "More than 20,000 people left, officials have said.", "20,000", "officials",
     None, True, "sentence"),
    ("according-data", "The country hosts 2.8 million refugees, according to United Nations data.",
     "2.8 million", "United Nations data", None, False, "sentence"),
    ("pronoun", "Tallal Chaudhry spoke to reporters. He said on Friday that nearly 85,000 people left.",
     "85,000", "Tallal Chaudhry", None, False, "sentence"),
    ("previous", ("According to the Home Department, 20,073 people returned. Of these, 12,982 left "
     "from the north."), "12,982", "Home Department", None, False, "previous"),
    # a time after the source dates the telling, it is no part of the source's name
    ("according-time", "According to the port authority on Friday, at least 310 ships waited.",
     "310", "port authority", None, False, "sentence"),
    # the maker of a document told as its possessor is the source, the document no part of the name
    ("according-possessor", "According to the Poll Commission's declaration, Vell secured 67,242 votes.",
     "67,242", "Poll Commission", None, False, "sentence"),
    ("according-possessor-figures", "According to the ministry's latest figures, 400 people have died.",
     "400", "ministry", None, False, "sentence"),
    # what the source had is no part of its name
    ("according-with", "In Eastvale, Vell is ahead 45%-40%, according to a Tarn poll with a 5 point margin of error.",
     "45%", "a Tarn poll", None, True, "sentence"),
]


@pytest.mark.parametrize(
    "text,figure,source,channel,anonymous,scope", [c[1:] for c in ATTRIBUTIONS], ids=[c[0] for c in ATTRIBUTIONS]
)
def test_attribute(text: str, figure: str, source: str, channel: str | None, anonymous: bool, scope: str) -> None:
    article = _article(text)
    sentences = segment(article)
    start = text.index(figure)
    sent = sentence_at(sentences, start)
    assert sent is not None
    found = attribute(article, sentences, sent.index, start, start + len(figure))
    assert found is not None
    assert source.lower() in found.source.lower()
    assert (found.channel, found.anonymous, found.scope) == (channel, anonymous, scope)


def test_a_time_after_according_to_is_no_part_of_the_source() -> None:
    text = "According to the port authority on Friday, at least 310 ships waited."
    article = _article(text)
    sentences = segment(article)
    start = text.index("310")
    found = attribute(article, sentences, 0, start, start + 3)
    assert found is not None and (found.source, found.text) == ("port authority", "the port authority")


@pytest.mark.parametrize("text,speakers", [
    # "they" right after a sentence whose only speakers were unnamed sources or the police
    ("Officials said the dam had held overnight. They added that the road was closed to traffic.",
     [("Officials", True), ("Officials", True)]),
    ("Police said the suspect fled on foot. They said he was armed.", [("Police", False), ("Police", False)]),
    # no such sentence just before: "they" may be either side, and is not guessed
    ("Rebels and the army fought all night. They said the town was quiet now.", []),
    ("Officials said the dam had held overnight. The river rose in the night. They added that the road was closed.",
     [("Officials", True)]),
    ("Officials said the dam had held. Mayor Ann Lee said the town was safe. They added that the road was closed.",
     [("Officials", True), ("Ann Lee", False)]),
])
def test_they_after_unnamed_sources_is_them(text: str, speakers: list[tuple[str, bool]]) -> None:
    assert [(s.speaker, s.anonymous) for s in _statements(text)] == speakers


def test_unattributed_figure_has_no_source() -> None:
    text = "As part of the process, 1,636 people were deported on Sunday."
    article = _article(text)
    sentences = segment(article)
    start = text.index("1,636")
    assert attribute(article, sentences, 0, start, start + 5) is None
    assert attribute(article, sentences, 7, start, start + 5) is None


@pytest.mark.parametrize("text,figure,source", [
    # a participle's act after the figure vouches for its own clause, not the main one
    ("Tom Reed pleaded guilty to 8 crimes on Monday, saying that he had arranged the payments.", "8", None),
    ("The side lost 2-1 at home, a result that left it 16th, with the coach declaring that they had quit.", "16th",
     None),
    # the figure inside the participle's content is its speaker's
    ("Tom Reed spoke on Monday, saying that 40 workers had been laid off.", "40", "Tom Reed"),
    # an act of the main clause still vouches for a figure before a participle
    ("Officials said 40 people died, adding that the search would go on.", "40", "Officials"),
])
def test_a_participle_after_a_figure_is_not_its_source(text: str, figure: str, source: str | None) -> None:
    article = _article(text)
    start = text.index(figure)
    found = attribute(article, segment(article), 0, start, start + len(figure))
    assert (found.source if found else None) == source


# --------------------------------------------------------------------------- alignment helpers


def _st(sid: str, article: str, content: str, speaker_id: str | None) -> Statement:
    return Statement(id=sid, article=article, start=0, end=len(content), content=content,
                     speaker=speaker_id, speaker_id=speaker_id, cue="said", direct=False)


def test_paraphrase_of_one_speaker_clusters_and_other_speakers_do_not() -> None:
    a = _st("a", "x", "expressed deep concern and sadness over their forced deportation", "muttaqi")
    b = _st("b", "y", "voiced concern over the forced deportations of Afghan refugees", "muttaqi")
    c = _st("c", "z", "trade will double by next year thanks to new tariffs", "muttaqi")
    d = _st("d", "z", "voiced concern over the forced deportations of Afghan refugees", "dar")
    groups = cluster_statements([a, b, c], threshold=0.5)
    assert ["a", "b"] in groups and ["c"] in groups
    assert statement_similarity(a, b)["same_speaker"] == 1.0
    assert statement_similarity(a, d)["same_speaker"] == 0.0


def test_word_diff_shows_paraphrase() -> None:
    diff = word_diff("expressed deep concern over the forced deportation",
                     "voiced concern over the forced deportations")
    assert ("equal", "concern over the forced") in diff
    assert ("delete", "expressed deep") in diff and ("insert", "voiced") in diff
    assert word_diff("same words", "same words") == [("equal", "same words")]


# --------------------------------------------------------------------------- robustness


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.lists(
            st.sampled_from(["He", "said", "told", "AFP", "“", "”", '"', "'", "‘", "’", ",", ".", ":",
                             "\n", "according to", "the", "agency", "Ali Khan", "a charge", "denies",
                             "and", "called on", "it", "added", "Minister", "says", "statement", "\n\n",
                             "not", "have long", "analysts", "who"]),
            max_size=80,
        ).map(" ".join),
    )
)
def test_never_raises_and_spans_hold(text: str) -> None:
    article = _article(text)
    sentences = segment(article)
    found = find_statements(article, sentences)
    for s in found:
        assert text[s.start : s.end] == s.content
        if s.speaker_span:
            assert text[s.speaker_span.start : s.speaker_span.end] == s.speaker_span.text
        for p in s.parts:
            assert text[p.start : p.end] == p.content
            for span in (p.speaker_span, p.cue_span):
                assert span is None or text[span.start : span.end] == span.text
    assert found == find_statements(article, sentences)


@pytest.mark.parametrize("text", [
    "“" * 200_000,
    ("He said “a " * 50_000),
    "x" * 1_000_000,
    ("The minister said that " * 20_000) + ".",
], ids=["open-marks", "nested-open", "megabyte-line", "long-cue-run"])
def test_hostile_text_is_fast(text: str) -> None:
    article = _article(text)
    began = time.perf_counter()
    find_statements(article, segment(article))
    assert time.perf_counter() - began < 5.0


def test_find_quotes_skips_apostrophes() -> None:
    text = "'Afghan immigrants won't be mistreated,' Pakistan assures Kabul"
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "Afghan immigrants won't be mistreated,"


UNCLOSED = [
    # (id, text, the quoted words found): a closing mark left out after the paragraph's last full
    # stop closes there, not in the paragraph after
    ("after-a-colon", "He went on: “We will finish the bridge.\n\nThe council met on Tuesday.",
     ["We will finish the bridge."]),
    ("opening-a-sentence", "“We rest,” she said. “Then we wait for spring.\n\nThe council met on Tuesday.",
     ["We rest,", "Then we wait for spring."]),
    ("last-paragraph", "She said: “We will finish the bridge.", ["We will finish the bridge."]),
    ("run-over-two-paragraphs", "She said: “We will finish it.\n\n“And pay for it.\n\nThe council met.",
     ["We will finish it.\n\n“And pay for it."]),
    # near misses: a stray mark inside a sentence, a paragraph that ends on no stop
    ("stray-mark", "Roe called the so-“balanced plan a failure.\n\nThe council met on Tuesday.", []),
    ("no-full-stop", "He went on: “We will finish the bridge\n\nThe council met on Tuesday.", []),
]


@pytest.mark.parametrize(("text", "quoted"), [pytest.param(t, q, id=i) for i, t, q in UNCLOSED])
def test_a_quote_left_open_closes_at_its_paragraphs_end(text: str, quoted: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == quoted


def test_a_quote_left_open_is_its_speakers_and_no_more() -> None:
    text = ("Judge Tom Vale spoke last. He went on: “That is why the quay must close for the winter.\n\n"
            "The council met on Tuesday. Ann Roe said the vote would wait.")
    assert said(text) == [("Tom Vale", "That is why the quay must close for the winter.", True),
                          ("Ann Roe", "the vote would wait", False)]


# --------------------------------------------------------------------------- the sample corpus


def _norm(s: str) -> str:
    return (s or "").replace("\u2019", "'").lower().strip()


def _speaker_ok(found: str | None, canonical: str, aliases: dict[str, list[str]]) -> bool:
    """The reference scorer's rule: substring either way against the canonical name or an alias."""
    s = _norm(found or "")
    if not s:
        return False
    return any(s == _norm(n) or (len(s) >= 3 and (s in _norm(n) or _norm(n) in s))
               for n in [canonical, *aliases.get(canonical, [])])


def _match(found: list[Statement], gold: list[dict]) -> dict[int, int]:
    """One-to-one greedy matching by overlap within a file, as the reference scorer does."""
    cands = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(found):
            if s.article == g["file"]:
                overlap = min(s.end, g["end"]) - max(s.start, g["start"])
                if overlap > 0:
                    cands.append((overlap, gi, si))
    gm: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, si in sorted(cands, reverse=True):
        if gi not in gm and si not in used:
            gm[gi] = si
            used.add(si)
    return gm


@pytest.fixture(scope="module")
def sample() -> tuple[list[Statement], list[dict], dict[str, list[str]]]:
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    found: list[Statement] = []
    for path in sorted(CORPUS.glob("*.txt")):
        article = Article(id=path.name, file=path.name, text=path.read_text(encoding="utf-8"))
        found += find_statements(article, segment(article))
    resolved, _ = resolve_speakers(found)
    statements = [s for s in resolved if s.kind == "statement"]  # the report's "statements"
    return statements, gold["statements"], gold["speaker_aliases"]


def test_sample_recall_and_speakers(sample) -> None:
    found, gold, aliases = sample
    gm = _match(found, gold)
    assert len(gm) / len(gold) >= 0.9
    right = sum(_speaker_ok(found[si].speaker, gold[gi]["speaker"], aliases) for gi, si in gm.items())
    assert right / len(gm) >= 0.9


def test_sample_precision_floor(sample) -> None:
    """A ratchet, not the goal: the key lists only 'main' statements (21). Of the 51 attributed
    passages, sourcing and the versions of one statement are now apart or folded in; the 30 left
    are distinct things said, some of which the key does not count as main."""
    found, gold, _ = sample
    assert len(_match(found, gold)) / len(found) >= 0.67  # 21 of 31 without ingest marking furniture


def test_sample_statement_clusters_are_precise(sample) -> None:
    found, gold, _ = sample
    gm = _match(found, gold)
    cluster_of = {sid: i for i, g in enumerate(cluster_statements(found, threshold=0.5)) for sid in g}
    both = sys_pairs = gold_pairs = 0
    items = sorted(gm)
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            a, b = items[x], items[y]
            same_gold = gold[a]["cluster"] == gold[b]["cluster"]
            same_sys = cluster_of[found[gm[a]].id] == cluster_of[found[gm[b]].id]
            gold_pairs += same_gold
            sys_pairs += same_sys
            both += same_gold and same_sys
    assert sys_pairs and both / sys_pairs >= 0.9
    assert both / gold_pairs >= 0.8


def test_sample_statement_cluster_f1_goal(sample) -> None:
    found, gold, _ = sample
    gm = _match(found, gold)
    cluster_of = {sid: i for i, g in enumerate(cluster_statements(found, threshold=0.5)) for sid in g}
    items = sorted(gm)
    both = sys_pairs = gold_pairs = 0
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            a, b = items[x], items[y]
            g = gold[a]["cluster"] == gold[b]["cluster"]
            s = cluster_of[found[gm[a]].id] == cluster_of[found[gm[b]].id]
            gold_pairs += g
            sys_pairs += s
            both += g and s
    p, r = both / max(1, sys_pairs), both / max(1, gold_pairs)
    assert 2 * p * r / (p + r) >= 0.8


# --------------------------------------------------------------------------- other topics' grammar
# Sentences paraphrased from disaster, protest, election and budget copy: the subject, the source
# and the content as a reader of any story would take them.

SOURCE_OF_FIGURE = [
    # (id, text, figure, expected source or None)
    ("subordinate-clause-subject", ("A worrying new turn came on Friday when a Red Cross official said 40 cases "
     "of cholera had been confirmed."), "40", "a Red Cross official"),
    ("expletive-there", "There are reports the death toll could exceed 9,000 in the valley.", "9,000", None),
    ("according-to-which-said", ("About 120 people are unaccounted for in Tarvania, according to the Civil "
     "Protection Office, which said 8,000 people had fled the coast."), "8,000", "Civil Protection Office"),
    ("according-to-which-first-figure", ("About 120 people are unaccounted for in Tarvania, according to the "
     "Civil Protection Office, which said 8,000 people had fled the coast."), "120", "Civil Protection Office"),
    ("trailing-cue-then-and", ("The levee broke near Holt. About 6,000 people are homeless in Holt, the office said, "
     "and 75 remain missing."), "6,000", "the office"),
    ("trailing-cue-second-clause", ("The levee broke near Holt. About 6,000 people are homeless in Holt, the office "
     "said, and 75 remain missing."), "75", "the office"),
    ("estimates-from", ("Around 80,000 people rallied in the capital, a week after the vote, according to "
     "estimates from union leaders."), "80,000", "union leaders"),
    ("review-of-estimates", ("At least 1 million voters queued past midnight, according to a review of official "
     "and unofficial estimates from election monitors."), "1 million", "election monitors"),
    ("participle-after-source", ("The storm killed more than 300 people, according to official figures "
     "published on Monday."), "300", "official figures"),
    ("participle-by-keeps-agency", ("The storm killed more than 300 people, according to figures compiled by "
     "the health ministry."), "300", "the health ministry"),
    ("participle-by-names-issuer", ("About 900 homes were flooded, according to a video shared by the "
     "City Council."), "900", "City Council"),
    ("fronted-participle", "Presenting the budget, Okafor said that 2,500 new teachers would be hired.", "2,500", "Okafor"),
    ("name-particle", "Governor Anna van der Berg's office said on Sunday that 12,000 homes lost power.", "12,000",
     "Governor Anna van der Berg's office"),
    ("fronted-place-and-appositive", ("In Borsland, the worst-hit region, the Emergency Service announced on "
     "Monday that 410 people had died."), "410", "Emergency Service"),
    ("as-well-as-is-no-clause", "Officials as well as aid workers said 700 tents had arrived.", "700",
     "Officials as well as aid workers"),
    ("list-of-places-not-a-subject", "Organizers in Leeds, Hull and York all said more than 5,000 people came.",
     "5,000", "Organizers in Leeds"),
]


def _bare(name: str) -> str:
    return name.lower().removeprefix("the ")


@pytest.mark.parametrize("text,figure,source", [c[1:] for c in SOURCE_OF_FIGURE], ids=[c[0] for c in SOURCE_OF_FIGURE])
def test_source_of_figure_in_other_topics(text: str, figure: str, source: str | None) -> None:
    article = _article(text)
    sentences = segment(article)
    start = text.index(figure)
    sent = sentence_at(sentences, start)
    assert sent is not None
    found = attribute(article, sentences, sent.index, start, start + len(figure))
    if source is None:
        assert found is None
    else:
        assert found is not None
        assert _bare(source) in {_bare(found.source), _bare(found.text)}


STATEMENT_PARTS = [
    # (id, text, speaker, content starts with)
    ("fronted-place-content", "In the north, the Flood Control Center reported on Friday that the dam was holding.",
     "Flood Control Center", "the dam was holding"),
    ("fronted-as-for", ("As for the east, and the coast in particular, the Weather Office announced on Tuesday that "
     "the warnings were lifted."), "Weather Office", "the warnings were lifted"),
    ("day-after-cue", "The city police department said Sunday it had not yet counted the crowd.",
     "city police department", "it had not yet counted"),
    ("day-and-part-after-cue", "The electoral commission said Monday night that turnout was high.",
     "electoral commission", "turnout was high"),
    ("floating-each", "Unions in Lyon and Lille each claimed to have drawn the largest crowd.",
     "Unions in Lyon and Lille", "to have drawn"),
    ("floating-both", "The two parties both insisted the recount was fair.", "two parties",
     "the recount was fair"),
    ("organizers-speak-for-an-event", ("Organizers in Lyon also claimed a record crowd, tweeting: \"This is what "
     "a city sounds like!\""), "Organizers in Lyon", "This is what a city"),
    ("dateline-caps-not-speaker", ("LAGOS, March 4 (NAN) Finance Minister Grace Okafor on Monday announced new "
     "grants for farmers. She said that the grants would reach every state."), "Grace Okafor",
     "the grants would reach"),
    ("dateline-not-speaker", ("Lagos, March 4 (NAN) Finance Minister Grace Okafor on Monday announced new grants "
     "for farmers. She said that the grants would reach every state."), "Grace Okafor",
     "the grants would reach"),
    ("quote-then-relative-clause", ("But “the pumps are working again,” the port authority said in a statement, "
     "which did not say when ships could dock."), "port authority", "the pumps are working again"),
    ("scare-quote-inside-reported-content", ("Governor Ann Lee spoke on Monday. It was a source of “lasting "
     "sorrow” that the bridge was never finished, she added."), "Ann Lee", "It was a source of"),
    ("said-but-acknowledged", ("Senator Ann Lee spoke on Monday. “The plan was sound,” she said but acknowledged "
     "that the timing was “poor”."), "Ann Lee", "the timing was"),
    ("quoted-as-saying", ("The radio quoted union leader Jane Corr as saying the mayor had been “right to "
     "go”."), "Jane Corr", "the mayor had been"),
    ("was-quoted-as-saying", "Senator Ann Lee was quoted by local radio as saying: “We will rebuild every house.”",
     "Ann Lee", "We will rebuild"),
    ("clarified", "Chief Ana Ruiz clarified that the suspect did not act alone.", "Ana Ruiz",
     "the suspect did not act alone"),
    ("commented-quote-without-comma", "Ana Ruiz commented “Good ideas are cheap, but good teams are rare.”",
     "Ana Ruiz", "Good ideas are cheap"),
    ("confessed", "Governor Ann Lee confessed “I should have listened to the farmers.”", "Ann Lee",
     "I should have listened"),
    ("channel-then-a-clause-of-its-own", ("Rescue chief Ana Ruiz told Radio Sur they were planning for the "
     "roads to stay shut all week."), "Ana Ruiz", "they were planning for"),
    ("channel-with-appositive", ("Ana Ruiz, a nurse, told Radio Sur, a local station, that “the lights went "
     "out first” when the ground shook."), "Ana Ruiz", "“the lights went out first”"),
    ("lowercase-participle-then-pronoun", ("Governor Ann Lee left office. speaking in Bay City, she said it had "
     "been “a privilege to serve”."), "Ann Lee", "it had been"),
    ("title-inside-place-run", ("In a short speech in Bay City Mrs Lee said she had kept every promise on "
     "schools."), "Lee", "she had kept every promise"),
    ("the-navy-is-the-navy-named-before", ("The Chilean navy said the ship had sunk. Later the navy said in a "
     "statement that the crew was safe."), "Chilean navy", "the crew was safe"),
    ("colon-quote-after-any-verb", ("Fire chief Ana Ruiz gave details at a news conference on Friday: “The blaze "
     "started in the kitchen and spread fast.”"), "Ana Ruiz", "The blaze started"),
    ("colon-quote-after-spoke", "Senator Ann Lee spoke in support of the dockers: “Your strike is our strike.”",
     "Ann Lee", "Your strike is our strike"),
    ("headline-quote-then-speaker", "'The river will crest by Sunday': Flood Chief Ana Ruiz", "Ana Ruiz",
     "The river will crest"),
    ("trailing-cue-with-a-common-noun-addressee", "“We will win this fight,” Ana Ruiz assured the analysts.",
     "Ana Ruiz", "We will win this fight"),
    ("dateline-in-capitals-before-content", ("HARARE: Police fired tear gas at marchers in the city centre, AFP "
     "reporters said."), "AFP reporters", "Police fired tear gas"),
    ("ceo-title-then-surname", "Acme CEO Jane Roe spoke to analysts. “We missed the target,” Roe said.",
     "Jane Roe", "We missed the target"),
    ("the-ceo-is-the-ceo-named-before", "Acme CEO Jane Roe spoke to analysts. The CEO vowed to cut costs.",
     "Jane Roe", "to cut costs"),
    ("fronted-adverbial-of-a-later-sentence", ("The dam held overnight. Meanwhile, the roads to the valley will "
     "reopen on Monday, the ministry said."), "ministry", "the roads to the valley"),
    ("dateline-after-a-headline", ("Clashes erupt in the capital\n\nHARARE: Police fired tear gas at marchers, "
     "AFP reporters said."), "AFP reporters", "Police fired tear gas"),
    ("candidate-title-then-surname", ("Republican candidate Larry Moss conceded the race on Tuesday. “The voters "
     "have spoken,” Moss said."), "Larry Moss", "The voters have spoken"),
    ("quote-then-cue-with-participle-clause", ("“Clinics will open on Sunday,” Health Director Ana Ruiz. said in a "
     "statement sent to reporters."), "Ana Ruiz", "Clinics will open on Sunday"),
    ("newspaper-named-post-is-no-document", ("Bay Post reported that Mayor Ana Ruiz had asked for more "
     "firefighters."), "Bay Post", "Mayor Ana Ruiz had asked"),
    ("dateline-with-state-and-agency", ("PORT ELLEN, Wash (Web Desk) – The state’s governor warned that winds "
     "would fan the fires."), "governor", "winds would fan"),
    ("dateline-with-hyphen", ("PORT ELLEN (DAILY BUGLE) - The state's governor warned that winds "
     "would fan the fires."), "governor", "winds would fan"),
        ("gov-abbreviation-then-the-governor", ("State Gov. Ana Ruiz toured a shelter. “We are sending every crew we "
     "have,” the governor said in a statement."), "Ana Ruiz", "We are sending every crew"),
    ("supervisor-title", "“We have never moved so many people,” County Supervisor Kate Berg said.", "Kate Berg",
     "We have never moved so many people"),
    ("participle-with-colon-after-as-clause", ("Governor Ann Lee spoke last. Her voice shook as she closed her remarks "
     "saying: “Thank you for trusting me with this office.”"), "Ann Lee", "Thank you for trusting me"),
    ("with-name-tweeting-colon", ("Reactions came fast, with the singer Tom Reed tweeting: “Good riddance to the "
     "whole council.”"), "Tom Reed", "Good riddance to the whole council"),
    ("trailing-cue-after-a-semicolon", ("Gunmen opened fire on the convoy; the guards fought back, the army "
     "said."), "army", "the guards fought back"),
    ("headline-label-before-inverted-cue", "Mayor quits: I leave with a heavy heart, says mayor",
     "mayor", "I leave with a heavy heart"),
]


@pytest.mark.parametrize("text,speaker,content", [c[1:] for c in STATEMENT_PARTS], ids=[c[0] for c in STATEMENT_PARTS])
def test_statement_parts_in_other_topics(text: str, speaker: str, content: str) -> None:
    found = _statements(text)
    hits = [s for s in found if s.content.startswith(content)]
    assert hits, [(s.speaker, s.content) for s in found]
    assert hits[-1].speaker.endswith(speaker) or hits[-1].speaker == speaker
    assert all(not s.speaker.isupper() and "(" not in s.speaker for s in found)


OTHER_TOPIC_NEGATIVES = [
    ("page-label-colon", "Photos: Rescuers Dig Through Rubble After Powerful Quake"),
    ("viewer-warning-label", "Warning: Graphic footage\n\nThe crowd surged towards the gate."),
    ("pressing-demands-is-a-noun", ("For a fifth week running, large crowds filled the main squares, "
     "pressing demands for a recount.")),
    ("voice-before-colon-quote", "Her voice broke as she spoke to the crowd: “I will miss this job so much.”"),
    ("thing-before-colon-quote", "The banner carried the words: “No entry for anyone after dark.”"),
    ("colon-quote-after-a-rule", "The rules are simple: “No one leaves the camp after dark.”"),
    ("the-latest-label", "The Latest: Death toll in the flooded valley keeps rising"),
    ("raising-passive", "Questions remain over a hiker widely reported to have been seen near the lake."),
    ("said-to-be", "The former mayor, said to be ill, did not attend the hearing."),
    ("free-relative", "The governor listed what she said were the year's achievements in schooling."),
    ("first-person-outside-quotes", "We’ve confirmed that the suspect is dead and the road is open."),
    ("estimates-is-a-noun", "Independent estimates put the crowd at far fewer than the organizers' count."),
    ("there-are-reports", "There are reports that the bridge has collapsed under the weight of debris."),
    # a participle after a main clause speaks only with a clause or a quote after it
    ("participle-with-no-words", "He left the meeting early, saying nothing."),
    ("participle-of-a-figure-move", "The shares fell sharply on Monday, adding to the week's losses."),
    ("participle-with-a-deed", "Ann Lee reacted furiously to the interview, declaring the club up for sale."),
    # a participle after a preposition with no comma is an act only with a clause after it
    ("by-participle-of-a-figure-move", "Prices rose by adding costs that were hidden."),
    ("after-participle-with-an-object", "The team lost after conceding a late goal to the visitors."),
    ("while-participle-with-a-wh-clause", "The staff waited while explaining why the doors were shut."),
    # "shared" with an object is a deed, even with "that" after the object
    ("shared-a-thing", "The two families shared a house that burned down in the spring."),
    # a bare cue verb with no "did" before it is a noun
    ("bare-verb-is-a-noun", "Fans waited for the big reveal of the new kit, and the state confirm list grew."),
    # declaring a mistrial or an emergency, explaining a decision: a deed or a topic, no words
    ("declared-a-deed", "Governor Ann Lee declared a state of emergency on Tuesday."),
    ("declared-a-deed-after-an-aside", "The judge in Dover, Delaware, declared a mistrial on the remaining counts."),
    ("explained-a-topic", "The coach explained his decision to the board on Friday."),
    ("advised-passive", "Residents were advised to stay indoors."),
    ("testified-a-deed", "Anna Berg testified before Congress on Monday."),
    ("described-no-quote", "Witnesses described the scene as chaotic and loud."),
    # "according to" a rule or a plan: in keeping with it, no one tells
    ("according-to-the-law", "Staff abroad will be told of the cuts according to their local laws."),
    ("according-to-plan", "The count went ahead according to plan on Sunday."),
    # a cue word that is a plural noun with its own phrase, then the clause's verb
    ("claims-noun-with-a-phrase", "Initial jobless claims for the week came in at 242,000."),
    ("reports-noun-then-verb", "Early reports of flooding were wrong, the mayor's office found later."),
    # "continued" is speech only right after a quote it goes on with
    ("continued-with-no-quote", "The rain continued into the night, and the river rose."),
    ("continued-a-deed", "The mayor continued her speech in the rain."),
    # "maintain a low profile", "recounted the ballots": deeds, not words
    ("told-local-media-and-no-more", "One survivor, Ann Berg, who was at the fair, told local media."),
    ("maintain-a-low-profile", "The singer and her aides maintain a low profile in the press."),
    ("maintained-a-lead", "The incumbent maintained a narrow lead in the polls."),
    ("recounted-the-ballots", "Officials recounted the ballots in two districts."),
    # results filed are no words: "reported a loss", "posted record profits"
    ("reported-results", "Veltrane reported fourth-quarter earnings that beat forecasts, driven by demand."),
    ("reported-a-loss", "The grocer reported a loss for the year."),
    # being expected, or a hint that is a deed, is no one's words
    ("being-expected", "The storm is expected to weaken and crews are expected to return."),
    ("indicated-a-deed", "The data indicated a turn in the market."),
    ("credited-money", "The bank credited $40 to the account with interest."),
    ("credited-passive", "The striker was credited with the goal."),
]


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVE + OTHER_TOPIC_NEGATIVES],
                         ids=[c[0] for c in NEGATIVE + OTHER_TOPIC_NEGATIVES])
def test_no_statement(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize("text,speaker,content,anonymous", [
    ("At the main rally organizers told AFP they counted 300,000 people.", "organizers", "they counted 300,000", True),
    ("In the capital police told reporters that 40,000 people had marched.", "police", "40,000 people had marched",
     False),
    ('At the main "Unity March" organizers told AFP they put the crowd at 200,000, with more elsewhere.',
     "organizers", "they put the crowd at 200,000", True),
], ids=["organizers-told-channel", "police-told-reporters", "quoted-event-name-before-subject"])
def test_speaker_after_a_fronted_phrase_without_comma(text: str, speaker: str, content: str, anonymous: bool) -> None:
    article = _article(text)
    sentences = segment(article)
    start = text.index(content)
    found = attribute(article, sentences, 0, start, start + len(content))
    assert found is not None
    assert (found.source, found.anonymous) == (speaker, anonymous)
    assert found.channel in {"AFP", "reporters"}


@pytest.mark.parametrize("text,written", [
    ("Governor Ann Lee left office. speaking in Bay City, she said it had been an honour.", "she"),
    ("In a short speech in Bay City Mrs Lee said she had kept every promise on schools.", "Mrs Lee"),
    (("In a string of alerts, the State Office of Parks and Wildlife and the Bay County Sheriff's Office told "
      "residents to leave at once."), "the State Office of Parks and Wildlife and the Bay County Sheriff's Office"),
])
def test_speaker_as_written_after_a_fronted_phrase(text: str, written: str) -> None:
    (only,) = _statements(text)
    assert only.speaker_span is not None and only.speaker_span.text == written


@pytest.mark.parametrize("text,anonymous", [
    ("A boy was found alive in the rubble, authorities said on Friday.", True),
    ("Officials said the bridge would stay shut until the inspection ends.", True),
    ("The city police said the bridge would stay shut until the inspection ends.", False),
])
def test_unnamed_authorities_are_flagged_anonymous(text: str, anonymous: bool) -> None:
    (only,) = _statements(text)
    assert only.anonymous == anonymous


def test_organizers_speak_for_their_event_not_as_a_crowd() -> None:
    found = _statements('Organizers in Lyon also claimed a record crowd, tweeting: "This is what a city sounds like!"')
    assert [(s.speaker, s.kind) for s in found if s.direct] == [("Organizers in Lyon", "statement")]


@pytest.mark.parametrize("text,figure,source", [
    (("The quake killed more than 900 people, according to official figures released on Sunday. Borsland was "
      "the hardest hit. The country's Civil Defence Agency said at least 410 people had died there."),
     "410", "Civil Defence Agency"),
    (("About 120 people are missing, according to the National Office for Flood Relief. More than 6,000 people "
      "are homeless in Holt, the office said, and 75 remain missing."), "6,000", "National Office for Flood Relief"),
], ids=["own-speaker-beats-previous-sentence", "description-resolves-to-earlier-source"])
def test_sentence_source_in_context(text: str, figure: str, source: str) -> None:
    article = _article(text)
    sentences = segment(article)
    start = text.index(figure)
    sent = sentence_at(sentences, start)
    assert sent is not None
    found = attribute(article, sentences, sent.index, start, start + len(figure))
    assert found is not None and found.source.removeprefix("the ").removeprefix("country's ") == source


def test_content_after_told_channel_is_the_whole_clause() -> None:
    text = 'At the main "Unity March" organizers told AFP they estimated the turnout as huge, with more elsewhere.'
    found = _statements(text)
    assert [(s.speaker, s.cue, s.content) for s in found] == [
        ("organizers", "told AFP", "they estimated the turnout as huge, with more elsewhere")
    ]


def test_titled_names_are_found_as_the_plain_title_pattern_finds_them() -> None:
    """speech._TITLED_NAME opens each title on a plain letter (fast to scan for); it must find
    what "\\b(?:[Mm]inister|...)" finds, on any text."""
    import random
    import re

    from crosscheck.extract import speech

    titles = "|".join([f"[{t[0].upper()}{t[0]}]{t[1:]}" for t in speech._TITLES] + list(speech._TITLE_ABBREVIATIONS))
    word = r"[A-Z][\w’'-]+"
    gap = r"[^\S\n]+"
    name = rf"(?:[A-Z]\.){{1,3}}(?:{gap}{word}){{1,3}}|{word}(?:{gap}(?:[A-Z]\.{gap})?{word}){{1,3}}"
    plain = re.compile(rf"\b(?:{titles})\s+(?P<name>{name})")
    pieces = ["Minister", "minister", "Spokesman", "spokesperson", "Head", "head", "ahead", " ", "\n", "T.", "S.",
              "Ali", "Khan", "Dar", "x", "_", "é", "9", "-", "’", "Prime", "forehead", "Mayor", "Gov.",
              "Gov", "Dr.", "Dr", "CEO", "xCEO", "Sen.", ".", "Det."]
    rng = random.Random(17)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        found = [(m.start("name"), m.group("name"), m.end()) for m in speech._TITLED_NAME.finditer(text)]
        assert found == [(m.start("name"), m.group("name"), m.end()) for m in plain.finditer(text)], text


def test_the_pronoun_pattern_finds_what_the_plain_one_finds() -> None:
    """speech._PERSON_PRONOUN_WORD opens on a plain letter (fast to scan for); it must find
    "he" and "she" as words where "\\b(?:[Hh]e|[Ss]he)\\b" does, on any text."""
    import random
    import re

    from crosscheck.extract import speech

    plain = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
    pieces = ["He", "he", "She", "she", "S", "s", "H", "h", "e", "the", "These", "Shell", " ", "\n", ".", "_",
              "é", "9", "-", "’", "x"]
    rng = random.Random(31)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        found = [m.span() for m in speech._PERSON_PRONOUN_WORD.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)], text


def test_full_names_from_the_speaker_index_are_those_of_a_plain_scan() -> None:
    """_full_name reads earlier speakers through their surname index; that must give what a
    scan of every earlier speaker gives, in the order they were named."""
    import random

    from crosscheck.extract import speech

    names = ["Dar", "Ishaq Dar", "Mohammad Ishaq Dar", "Khan", "Imran Khan", "Amina Khan", "UNHCR", "Ali"]
    rng = random.Random(23)
    for _ in range(3000):
        known, plain = speech._Speakers(), []
        for k in range(rng.randint(0, 8)):
            entry = speech._Known(rng.choice(names), rng.choice(["person", "org"]), k, 0, "")
            known.append(entry)
            plain.append(entry)
        asked = rng.choice(names)
        assert speech._full_name(asked, [], known) == speech._full_name(asked, [], plain)
        assert known.person_names == {k.name for k in plain if k.kind == "person"}


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("_SUBORDINATOR", r"(?<!\bwell)(?<!\bsuch)(?<!\bsoon)\s(?:when|because|although|though|whereas|unless"
                          r"|after|as|where|while)\s+(?!well\b)(?=\S)"),
        ("_STRAY_STOP", r"(?<=[a-z]{3})\.$"),
    ],
)
def test_cue_patterns_spelled_for_speed_match_their_plain_spelling(name: str, plain: str) -> None:
    """cues patterns that open on a character the regex engine can jump to, instead of a
    look-behind tried at every position, find what the plain spelling finds, in any stretch."""
    import random
    import re

    from crosscheck.extract import cues

    fast, slow = getattr(cues, name), re.compile(plain)
    pieces = [" ", "\n", ".", ",", "well ", " well", "swell ", "such ", "soon ", " as ", " when ", "while ",
              " after", "x", "abc", "ab", "Jr", "é", "_", "-", "’", "9"]
    rng = random.Random(37)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert [m.span() for m in fast.finditer(text, lo, hi)] == [m.span() for m in slow.finditer(text, lo, hi)], text


def test_the_phrase_end_pre_tests_never_hide_a_match() -> None:
    """cues._subject asks its time-tail and floating-quantifier patterns only of a phrase
    ending in one of their last words; wherever a pattern matches, the phrase so ends."""
    import random

    from crosscheck.extract import cues

    pieces = [" ", "  ", "\n", ",", ", ", "on", "last", "Monday", "Sunday", "week", "today", "also", "now",
              "then", "each", "both", "all", "itself", "themselves", "officials", "The", "agency", "x", "\t"]
    rng = random.Random(29)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        if cues._TIME_TAIL.search(text):
            assert text.rstrip().endswith(cues._TIME_TAIL_ENDS), text
        if cues._FLOATING_QUANTIFIER.search(text):
            assert text.rstrip().endswith(cues._FLOATING_WORDS), text


def test_every_cue_verb_opens_on_a_whole_word() -> None:
    """sentence_frames skips a sentence holding none of ``_CUE_WORDS`` (the first words of the
    cue verbs, looked up among the sentence's words): each alternative must open on letters
    that end at a blank, a word boundary or a look-around, so that its first word is a whole
    word of the sentence, and one the look-up finds."""
    import re

    from crosscheck.extract import cues

    def after_lookarounds(rest: str) -> str:
        """What follows the look-behinds and negative look-aheads at the start of ``rest``
        (they consume nothing; the alternative's next character is decided after them)."""
        while rest.startswith(("(?<=", "(?<!", "(?!")):
            depth = 0
            for i, ch in enumerate(rest):
                depth += {"(": 1, ")": -1}.get(ch, 0)
                if depth == 0:
                    rest = rest[i + 1:]
                    break
        return rest

    for alternation in (cues._SAY, cues._ACT):
        for alternative in cues._alternatives(alternation):
            head = re.match(r"[a-z\[\]]+", alternative)
            assert head is not None, alternative
            rest = after_lookarounds(alternative[head.end():])
            # nothing more (the pattern's word boundary follows), a blank, or a look-ahead on one
            assert rest == "" or rest.startswith(("\\s", "\\b", "(?=\\s", "(?=(?:\\s")), alternative
            assert head.group().replace("[sz]", "s") in cues._CUE_WORDS, alternative


def test_an_auxiliary_chain_holds_only_what_the_cue_scan_walks_back_over() -> None:
    """The cue scan opens at the chain of ``_AUX_CHAIN_WORDS`` and -ly adverbs before the first
    cue word, walking back over white space and commas: an auxiliary spelled with another
    character ("hasn't"), or a manner adverb read otherwise, would open a cue before it."""
    import re

    from crosscheck.extract import cues

    between_words = re.sub(r"\\s|[a-z()|?:+]", "", cues._AUX_WORDS)
    assert set(between_words) <= {","}, between_words
    assert cues._MANNER_AFTER_AUX.endswith("[a-z]{3,}ly")  # -ly words of five letters or more


@pytest.mark.parametrize("text", [
    "İlknur Şahin said—“it’s fine”, naïve_plans x2y told Acme's CEO.",
    "THE COUNCIL SAID: no",
    "Ann Roe\tsaid\nthe  road was_shut since 2019",
])
def test_the_lower_case_words_read_from_the_blanked_text_are_those_the_word_pattern_reads(text: str) -> None:
    from crosscheck.extract import cues

    blanked = cues._lower_words_blanked(text)
    assert len(blanked) == len(text)
    for lo, hi in ((0, len(text)), (3, len(text) - 4)):
        assert blanked[lo:hi].split() == cues._LOWER_WORD.findall(text, lo, hi)


@pytest.mark.parametrize("text", [
    "The mayor did, however, long insist the bridge was safe, and the council has repeatedly said it was not.",
    "“We will rebuild,” the chief of the port authority said on Monday, as workers cleared the road.",
    "Essays on the flood were read aloud; Ann Roe said the town was flagging and told Tom Vale so.",
    "Acme has doggedly insisted the figures were right.",
    "The board was quick to deny it; the mayor has, however, long and publicly said she was not told.",
    "Officials for weeks have repeatedly warned the dam was weak, Lee said.",
])
def test_the_cues_read_between_the_first_and_last_cue_word_are_those_a_full_scan_reads(text: str) -> None:
    from crosscheck.extract import cues
    from crosscheck.model import Sentence

    sent = Sentence(article="t", index=0, paragraph=0, start=0, end=len(text), text=text)
    words = cues._LOWER_WORD.findall(text)
    found = [(m.span(), m.groups()) for m in cues._cues(text, sent, words)]
    assert found and found == [(m.span(), m.groups()) for m in cues._CUE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # an age or a description between the speaker and a trailing cue
        ("The group cut jobs in the region, Dana Okafor, 52, told reporters.", "Dana Okafor",
         "The group cut jobs in the region"),
        ("The group cut jobs in the region, Dana Okafor, the chief executive, told reporters.",
         "Dana Okafor", "The group cut jobs in the region"),
        # the speaker after the verb, with an appositive of its own
        ("The group cut jobs in the region, said Dana Okafor, the chief executive.", "Dana Okafor",
         "The group cut jobs in the region"),
        ("“We are trying hard,” said senior surveillance officer Omar Tariq.", "Omar Tariq",
         "We are trying hard,"),
        # what follows "said" is the said thing when it is a clause, not a name
        ("Jane Roe, a lawyer in the capital, said that officials are arresting people.", "Jane Roe",
         "officials are arresting people"),
        ("But Mr. Hale, who was making his first run for office, said the gap could not be closed.", "Hale",
         "the gap could not be closed"),
        ("Minister Ana Silva, presenting the budget on Tuesday, announced new funds for the two regions.",
         "Ana Silva", "new funds for the two regions"),
        # ", who said": the name the relative clause hangs on speaks, not the sentence's subject
        ("Jane Roe was ordered to repay the money by Judge Alan Poe, who said the scheme had run for years.",
         "Alan Poe", "the scheme had run for years"),
        ("Jane Roe, who said the plan would fail, resigned on Monday.", "Jane Roe", "the plan would fail"),
        # the time of the act between the name and "who" is no antecedent
        ("The cuts came in a blog post from chief executive Alan Poe on Tuesday, who stated that staff would be "
         "told by email.", "Alan Poe", "staff would be told by email"),
        # after an inverted speaker, the occasion is not part of the name; a name after the
        # description is who the description is
        ("“We are still counting,” said Governor Dana Okafor during the briefing.", "Dana Okafor",
         "We are still counting,"),
        ("“It was time,” said CEO Dana Okafor on a call in May.", "Dana Okafor", "It was time,"),
        ("“He is disappointed,” said his lawyer, Kevin Marsh.", "Kevin Marsh", "He is disappointed,"),
        ("“He is disappointed,” said his lawyer, Kevin Marsh. “He is weighing his options.”", "Kevin Marsh",
         "He is disappointed,"),
        ("“It was time,” said the head of the agency in the capital.", "the head of the agency", "It was time,"),
        ("“It was time,” said the Minister of Finance.", "the Minister of Finance", "It was time,"),
        # a clause complete before the cue is inside a long subject; its head speaks
        ("A senior executive for the firm that employed the workers who were on the bridge when it collapsed "
         "said later Tuesday afternoon that they are all presumed dead.", "A senior executive for the firm",
         "they are all presumed dead"),
        ("The plan was announced when a senior health official said the clinics would open.",
         "a senior health official", "the clinics would open"),
    ],
)
def test_appositives_and_inversions_around_a_cue(text: str, speaker: str, content: str) -> None:
    (st,) = _statements(text)
    assert (st.speaker, st.content) == (speaker, content)


@pytest.mark.parametrize("text,written", [
    ("“We are still counting,” said Moore during the briefing.", "Moore"),
    ("“It was time,” said CEO Dana Okafor on a call in May.", "CEO Dana Okafor"),
    ("“We will rebuild,” said Moore at the scene on Tuesday.", "Moore"),
    ("“The plan was sound,” said the judge while explaining why the firm had failed.", "the judge"),
    ("“It is over,” said Moore after hearing the verdict.", "Moore"),
])
def test_the_occasion_after_an_inverted_speaker_is_not_its_name(text: str, written: str) -> None:
    (st,) = _statements(text)
    assert st.speaker_span is not None and st.speaker_span.text == written


def test_what_follows_told_is_who_was_told_never_the_speaker() -> None:
    assert [s.speaker for s in _statements("The group cut jobs in the region, told reporters.")] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a first name alone is the one person of the article it opens
        ("Kyle Yarnell, a worker, said the offer was an insult. Kyle added, “We met every quota they had.”",
         "Kyle Yarnell"),
        # two people open with it: left as written
        ("Kyle Yarnell said the offer was an insult. Kyle Smith said it was fair. Kyle added, “We met every quota.”",
         "Kyle"),
        # the full name never spoke and had no title, but was introduced as a person
        ("Kyle Yarnell, a worker at the plant, has been there for years. Kyle added, “We met every quota.”",
         "Kyle Yarnell"),
        ("Kyle Yarnell, 52, joined the strike. Kyle Smith, a welder, did not. Kyle added, “We met every quota.”",
         "Kyle"),
        # a name that was not introduced as a person is not looked up by its first word
        ("Chelsea Football Club was sold. “We are ready,” Chelsea added.", "Chelsea"),
    ],
)
def test_a_first_name_alone_resolves_only_when_one_person_has_it(text: str, speaker: str) -> None:
    assert _statements(text)[-1].speaker == speaker


@pytest.mark.parametrize("text,acts", [
    # the occasion after the cue, then a clause: the clause is what was said
    ("Ann Lee spoke on Monday. Later, she said in an interview she was not sure she would stay.",
     [("said", "she was not sure she would stay")]),
    ("Ann Lee said in a letter to staff she had made mistakes.", [("said", "she had made mistakes")]),
    # the occasion alone after a trailing cue: what comes before is what was said
    ("The bridge will reopen in May, Ann Lee said in an interview.", [("said", "The bridge will reopen in May")]),
    # a main clause joined on by "but", opened by a subordinate clause: a second act
    ("Coach Dana Pike said he first spoke to the owners in March but as they began planning the next season, he "
     "said in an interview he was not sure he would stay.",
     [("said", "he first spoke to the owners in March"), ("said", "he was not sure he would stay")]),
    # "but he said" with no clause between stays inside what was said (whose "he" is unclear)
    ("Ann Lee said the plan was sound but he said it would fail.",
     [("said", "the plan was sound but he said it would fail")]),
])
def test_an_occasion_or_a_joined_clause_around_a_cue(text: str, acts: list[tuple[str, str]]) -> None:
    assert [(s.cue, s.content) for s in _statements(text)] == acts


@pytest.mark.parametrize("text,speaker", [
    # a definite description no name carries, right after the sentence naming the one person
    # the article has named so far: that person
    ("Ann Lee has quit as housing secretary after a report was delivered. The MP for Northam announced her "
     "resignation via a statement and said she would keep her word.", "Ann Lee"),
    ("Coach Dana Pike will leave the club in May. The veteran boss admitted that he was tired.", "Dana Pike"),
    # two people named: which one is unclear
    ("Ann Lee met Tom Reed on Monday. The minister said the talks had failed.", "The minister"),
    # the person named sentences before, not in the one just before
    ("Ann Lee has quit. Storms hit the coast overnight. The minister said the talks had failed.", "The minister"),
    # an indefinite description is someone else
    ("Ann Lee has quit. A minister said the talks had failed.", "A minister"),
])
def test_a_description_after_the_one_person_named(text: str, speaker: str) -> None:
    assert [s.speaker for s in _statements(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # the members a group is said to include are examples, not the speaker
    ("Officials including Governor Ann Lee, Secretary Tom Reed and Senator Jo Park said that the bridge remains the "
     "scene of a search.", "Officials"),
    ("Local leaders such as Mayor Ann Lee said the roads would reopen soon.", "Local leaders"),
    # a name alone is the speaker
    ("Governor Ann Lee said that the bridge remains the scene of a search.", "Ann Lee"),
])
def test_the_members_a_group_includes_are_not_its_speaker(text: str, speaker: str) -> None:
    assert [s.speaker for s in _statements(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # a person's name in the possessive alone before the act: the one it names ("Tom Reed's
    # wrote" is a slip; "Tom Reed's detailed statement ..., insisting" gives the participle to
    # the statement's writer)
    ("Chairman Tom Reed spoke on Monday. Tom Reed's detailed statement cited poor results, insisting that the "
     "pair were given every chance.", "Tom Reed"),
    ("Chairman Tom Reed spoke on Monday. “They wanted longer contracts,” Tom Reed's wrote.", "Tom Reed"),
    # one word in the possessive is as often a firm's whole name
    ("Analysts were cautious. Fenwick's said that sales would fall in the spring.", "Fenwick's"),
])
def test_a_possessive_name_alone_speaks_for_the_one_it_names(text: str, speaker: str) -> None:
    assert [s.speaker for s in _statements(text)] == [speaker]


def test_a_possessive_name_before_a_body_is_not_the_person() -> None:
    (found,) = _statements("Chairman Tom Reed spoke on Monday. Reed's office said the talks would go on.")
    assert found.speaker != "Tom Reed"


def test_link_text_glued_after_the_full_stop_is_no_content() -> None:
    """"... said in his statement.external-link": a page's furniture stuck to the sentence; the
    quote before the cue is what was said, and nothing after it is a second statement."""
    found = _statements("“Despite this I did not want it to end,” Tom Reed said in his statement.external-link")
    assert [(s.speaker, s.content) for s in found] == [("Tom Reed", "Despite this I did not want it to end,")]


def _source_of(text: str, figure: str) -> str | None:
    """The source a figure in a one-sentence article is attributed to, as the report shows it."""
    article = _article(text)
    sentences = segment(article)
    start = text.index(figure)
    index = next(s.index for s in sentences if s.start <= start < s.end)
    found = attribute(article, sentences, index, start, start + len(figure))
    return found.source if found else None


FIGURE_SOURCES = [
    # (id, made-up sentence, figure, source): the source of a figure, read from its sentence
    ("according-to-dotted-abbreviation", "Over 70% of the valley is dry, according to the U.S. Weather Office.",
     "70%", "U.S. Weather Office"),
    ("according-to-initial", "Rents rose 5%, according to Jane Q. Roe.", "5%", "Jane Q. Roe"),
    ("inverted-name-before-a-dash", "Some 40 farms will close, said Lane – below the 50 the mayor feared.",
     "40", "Lane"),
    ("early-after-trailing-cue", "Crews found 14 carriages, police said early Monday.", "14", "police"),
    # controls: a count of people, a colon that quotes, a year in a document's name stay sources
    ("two-officials-said", "Two officials said 40 homes were lost.", "40", "Two officials"),
    ("colon-quote", "Lane said: “We lost 40 homes in one night.”", "40", "Lane"),
    ("year-in-a-document", "Some 40 farms closed, according to the 2021 farm census.", "40", "the 2021 farm census"),
    ("later-after-trailing-cue", "Crews found 14 carriages, police said later.", "14", "police"),
    ("abbreviation-in-a-participle-after-the-cue",
     "About 16 million tons could follow, Roe earlier told reporters, before suggesting the total could reach "
     "50 million, more than all U.S. imports.", "16 million", "Roe"),
    ("for-example-opening", "For example, Norland vowed to tax 12 billion in goods, while Vesta said it would target 34 billion.",
     "12 billion", "Norland"),
    ("furthermore-without-comma", "Furthermore the bank also revealed that prices have risen by 6.5% this year.",
     "6.5%", "bank"),
    ("beyond-fronted-phrase", "Beyond Norland, experts say the harvest will fall by 40%.", "40%", "experts"),
    ("fronted-phrase-with-dash", "Fields beyond Norland – in Vesta, experts say the harvest will fall by 40%.",
     "40%", "experts"),
    ("lower-case-sources", "The storm killed 134 more people, media reports and officials said on Tuesday.",
     "134", "media reports and officials"),
    ("lives-claimed-is-no-speech", "The storm in Norland and Vesta claimed 134 more lives, media reports and officials said.",
     "134", "media reports and officials"),
    ("appositive-then-inverted-number", "Jane Roe, a lawyer for the tenants, said 40 homes burned.", "40", "Jane Roe"),
    # controls that read as before
    ("spokesperson-for-a-body", "Some 19 people died, according to a spokesperson for the Coastal Rescue Agency.",
     "19", "a spokesperson for the Coastal Rescue Agency"),
    ("according-to-reports-then-cue", "According to First Incident reports, the driver missed the signal and as a result, "
     "2 coaches derailed, Railway Spokesperson Ann Lee said in Oakville.", "2 coaches", "Ann Lee"),
    ("according-to-plain", "Rents rose 5%, according to the agency.", "5%", "agency"),
    ("according-to-police-reports", "According to police reports, 40 homes burned.", "40", "police reports"),
    ("person-promised-to", "The minister promised to the crowd that 40 schools would open.", "40", "The minister"),
    ("inverted-name", "Some 40 farms will close, said Jane Roe.", "40", "Jane Roe"),
    ("claimed-that", "The group claimed that 40 people died.", "40", "group"),
    ("name-with-a-digit", "The toll rose to 40, said 3M chief Ann Lee.", "40", "Ann Lee"),
    ("inverted-name-before-a-decimal", "Some 40 farms will close, said Lane, below the 1.5 million once feared.",
     "40", "Lane"),
    # a relative clause naming who spoke of the figure it follows
    ("which-the-body-said", "Police logged 3,412 more thefts, which the bureau said was driven by burglary.",
     "3,412", "bureau"),
    ("which-a-named-body-said", "Crews cleared 86 roads, which the Norland Roads Agency said was a record.",
     "86", "Norland Roads Agency"),
    ("figure-inside-what-the-relative-clause-says",
     "Police logged 3,412 more thefts, which the bureau said was driven by burglary, which rose 9% to 1,204.",
     "9%", "bureau"),
    # a firm named "X's Y" keeps its possessor; a country's firm is the firm
    ("possessive-firm-name", "In Norland, Fenwick's Bakery reported a 40% rise in sales.", "40%", "Fenwick's Bakery"),
    ("possessive-firm-name-before-said", "Fenwick's Bakery said sales rose 40% last quarter.", "40%", "Fenwick's Bakery"),
    ("countrys-firm", "Japan's Zenbank said profits rose 40% last quarter.", "40%", "Zenbank"),
    ("countrys-body", "Norland's interior ministry said 40 people died.", "40", "interior ministry"),
    # a focus adverb between the subject and its verb is no part of the subject
    ("still-before-the-verb", "Even though prices fell, Zencoin still maintains that its daily volume is $12,345,678.",
     "$12,345,678", "Zencoin"),
    ("even-before-the-verb", "The agency even said that 40 homes burned.", "40", "agency"),
    # controls: a relative clause of the subject's own, and one after its figure's clause
    ("subject-with-its-own-relative-clause", "The agency, which runs the port, said 40 ships were held.", "40", "agency"),
]


@pytest.mark.parametrize("text,figure,source", [c[1:] for c in FIGURE_SOURCES], ids=[c[0] for c in FIGURE_SOURCES])
def test_the_source_of_a_figure(text: str, figure: str, source: str) -> None:
    assert _source_of(text, figure) == source


@pytest.mark.parametrize("figure,source", [
    # the board speaks of the turnout its relative clause follows, not of the shares before it
    ("51.2%", None), ("22.4%", None), ("61%", "board"),
])
def test_a_relative_clause_source_speaks_of_what_it_follows(figure: str, source: str | None) -> None:
    text = ("In the last vote in 2017, the Party won 51.2% of the vote, with 22.4% for the Union, on a turnout of "
            "61% of voters, which the board has said is likely to be higher this time.")
    assert _source_of(text, figure) == source


def test_a_deed_in_a_relative_clause_is_no_source() -> None:
    """"which the judge ordered him to repay": an order about a sum, not words said of it."""
    text = "The firm left its lenders short of $11 billion, which the judge ordered him to repay."
    assert "judge" not in (_source_of(text, "$11 billion") or "")


NO_SOURCE = [
    # (id, made-up sentence, figure): no one is said to give the figure
    ("not-only-before-the-verb", "This season not only highlights his range but also shows his accuracy, "
     "shooting 48.2% from the field."),
    ("all-told", "All told, the survey found that 98% of the crop was lost."),
    ("headline-claims-lives", "Storm claims dozens of lives in Norland"),
    ("cleft-it-is-contracted", "It’s fields like these that have led traders to predict a 100 million ton drop."),
    ("thing-promised-to", "The pact raises the total promised to the Green Fund to 7.5 billion."),
    ("thing-pledged-by", "The aid pledged by donors reached 40 million."),
    ("states-after-names", "Thirty people died in the capital and the Vesta and Ostra states, taking the count to 148."),
    # a figure, or the phrase a figure is told of, read as a speaker of "reported", "said" or "states"
    ("a-total-of-confirmed", "A total of 12,480 confirmed cases were reported from Norland during the year."),
    ("bullet-fraction-reported", "• Nearly one-quarter of all flu cases reported in Vesta since 2019 were reported in May."),
    ("number-word-states", "Eight coastal states were identified, and other data indicate rises in these states."),
    ("figure-before-states", "Deaths from falls reached a record high in 2019, with over 20 states reporting a rise."),
    ("label-colon-figures", "Greens: 415 [21%, +3%]"),
    ("please-note", "Please note that all figures are based on a minimum of 60% of games played."),
    ("share-expressed", "Of those asked, 71.5% found the text clear; 41.2% expressed \"concern\", 12.5% \"relief\"."),
    ("number-of-estimated", "If fraud is included, the number of thefts estimated by the survey rises from 2.1m to 4m."),
    ("bullet-number-of-reported", "• The annual number of people hurt in falls reported to doctors has risen by 4% since 2010."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_SOURCE], ids=[c[0] for c in NO_SOURCE])
def test_no_source_is_read_from_an_idiom_or_a_noun(text: str) -> None:
    found = _statements(text) + [s for s in _all_statements(_article(text), segment(_article(text)))]
    assert [s.speaker for s in found] == []


SYNONYM_VERSIONS = [
    # (id, one outlet's version, another's, same group): two outlets swap a news verb for its
    # synonym; the same words under two names join, other words do not
    ("sacked-dismissed", "the coach was sacked by text message", "the coach was dismissed by text message", True),
    ("detained-arrested", "two teenagers were detained near the stadium", "two teenagers were arrested near the stadium",
     True),
    ("scrapped-cancelled", "the summer tour was scrapped", "the summer tour was cancelled", True),
    # controls: a word that is no synonym keeps them apart
    ("scrapped-success", "the summer tour was scrapped", "the summer tour was a success", False),
    ("sacked-praised", "the coach was sacked by text message", "the coach was praised in a text message", False),
]


@pytest.mark.parametrize("one,other,joined", [c[1:] for c in SYNONYM_VERSIONS], ids=[c[0] for c in SYNONYM_VERSIONS])
def test_versions_worded_with_a_synonym_join(one: str, other: str, joined: bool) -> None:
    a, b = _st("a", "x", one, "club"), _st("b", "y", other, "spokesman")
    assert (["a", "b"] in cluster_statements([a, b], threshold=0.5)) == joined


# Speed gates: a costly pattern is tried only when a word it opens on is in the sentence. A word
# added to the pattern and not to its gate would silently drop every statement it cues.
_GATED_PARTICIPLES = [
    ("participle-cue", "_PARTICIPLE_CUE", "_PARTICIPLE_WORDS"),
    ("with-participle", "_WITH_PARTICIPLE", "_WITH_PARTICIPLE_WORDS"),
]


@pytest.mark.parametrize("pattern,gate", [c[1:] for c in _GATED_PARTICIPLES], ids=[c[0] for c in _GATED_PARTICIPLES])
def test_every_participle_a_pattern_reads_passes_its_gate(pattern: str, gate: str) -> None:
    from crosscheck.extract import cues

    source = re.sub(r"\(\?P<\w+>", "(", getattr(cues, pattern).pattern)  # group names are no words
    participles = set(re.findall(r"(?<![\w\[])([a-z]+ing)\b", source))
    assert participles, "the pattern names its participles"
    assert participles <= getattr(cues, gate)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a figure before a clause that holds the act of telling is not what was told
        ("Acme Plc fell 1.5% after the drugmaker reported revenue rose 4% to $6.2 billion.", "1.5%"),
        # nor one in a phrase on the speaker before the verb
        ("Moore, who spent £89 million on a forward last year, added he was looking forward to the season.", "£89 million"),
    ],
    ids=["after-clause", "speaker-relative"],
)
def test_a_figure_outside_the_act_in_its_sentence_has_no_source(text: str, figure: str) -> None:
    assert _source_of(text, figure) is None


def test_the_figure_a_clause_after_it_reports_keeps_its_source() -> None:
    text = "Acme Plc fell 1.5% after the drugmaker reported revenue rose 4% to $6.2 billion."
    assert _source_of(text, "4%") == "the drugmaker"


def test_a_conjunct_a_poll_gives_is_that_polls_not_the_closing_sources() -> None:
    text = ("A Tarn poll in Eastvale has him leading 49%-45% and in Westvale, he trails, with Vell ahead "
            "45%-40%, according to a Corvel poll.")
    assert (_source_of(text, "49%"), _source_of(text, "40%")) == ("A Tarn poll", "a Corvel poll")


def test_a_closing_source_covers_every_conjunct_without_a_source_of_its_own() -> None:
    assert _source_of("Turnout was 61% and 400 people were hurt, according to officials.", "61%") == "officials"
