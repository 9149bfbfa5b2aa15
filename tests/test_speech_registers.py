"""Court reports, police appeals, earnings calls, obituaries and band news: made-up sentences
showing how these registers attribute what was said (who told whom, and the roles written
around a name)."""

from __future__ import annotations

import pytest
from spoken import said, statements

TOLD = [
    # (id, text, [(speaker, content, direct)])
    # a quote, then who was told: the quote is what was said, not the addressee and the occasion
    ("told-analysts-after-quote",
     "Firm boss Ann Roe says sales rose.\n“We made great progress on all our plans,” she told analysts on a call.",
     [("Ann Roe", "sales rose", False), ("Ann Roe", "We made great progress on all our plans,", True)]),
    ("told-the-court-when",
     "Judge Tom Reed condemned the attack as “a grave crime”.\n“The jury found you meant it,” he told the court when sentencing him.",
     [("Tom Reed", "condemned the attack as “a grave crime”", False),
      ("Tom Reed", "The jury found you meant it,", True)]),
    ("told-outlets-host",
     "“It is bleak for us,” Mayor Ann Roe told CNN’s Tom Vale, referring to the storm.",
     [("Ann Roe", "It is bleak for us,", True)]),
    # who was told, then what they were told without "that": the addressee is no part of it
    ("told-the-jury-clause", "Tom Reed told the jury he took the bottle in fear for his life.",
     [("Tom Reed", "he took the bottle in fear for his life", False)]),
    ("told-them-clause", "A neighbour told them they were “a disgrace”.",
     [("A neighbour", "they were “a disgrace”", False)]),
    # a relative clause on the addressee, then "that": who was told, not what
    ("told-name-who-then-that",
     ("Judge Tom Vale told Pell, who left the navy three years ago to run a bakery in the old harbour, "
      "that his act was a grave wrong."),
     [("Tom Vale", "his act was a grave wrong", False)]),
    ("told-name-who-was-then-that",
     "Judge Tom Vale told Pell, who was sacked last year, that the act was wrong.",
     [("Tom Vale", "the act was wrong", False)]),
    ("told-pronoun-colon", "Judge Tom Reed sentenced him on Friday. The judge told him: “It was a cruel act.”",
     [("Tom Reed", "It was a cruel act.", True)]),
    # a bare plural after another verb is what is promised, not whom
    ("promised-plural", "Mayor Ann Roe promised changes that would help the port.",
     [("Ann Roe", "would help the port", False)]),
    ("warned-them", "Mayor Ann Roe warned them it would flood.", [("Ann Roe", "it would flood", False)]),
    # who was told, then what to do: a directive keeps its addressee, and no fronted phrase is its content
    ("told-bare-plural-to",
     "In a flurry of alerts, the fire agency told residents in the north of the city to evacuate immediately.",
     [("fire agency", "residents in the north of the city to evacuate immediately", False)]),
    ("told-them-to", "The mayor told them to leave the building.", [("The mayor", "them to leave the building", False)]),
    ("told-plural-comma-to",
     "The agency told residents in the north of the town, as well as areas west of it, to evacuate.",
     [("agency", "residents in the north of the town, as well as areas west of it, to evacuate", False)]),
    # the same after a deed: "did X and told them ..."
    ("deed-and-told-them", "A woman went up to the table and told them they were \"a disgrace\".",
     [("A woman", "they were \"a disgrace\"", False)]),
    ("deed-and-told-reporters", "Ann Lee left the hall and told reporters the vote was rigged.",
     [("Ann Lee", "the vote was rigged", False)]),
    # the occasion after the cue holds a clause of its own: the quote before is what was said
    ("said-in-ordering-before",
     "“You struck him twice,” Judge Ann Roe said in ordering the man to serve five years before he is eligible for parole.",
     [("Ann Roe", "You struck him twice,", True)]),
    ("said-in-interview-clause", "Ann Roe said in an interview she was not sure the port would reopen.",
     [("Ann Roe", "she was not sure the port would reopen", False)]),
    # an occasion of several words between the verb and "that"
    ("insisted-in-an-appearance-that",
     "Only weeks ago, Acme CEO Ann Roe insisted in an appearance at a trade fair that the firm was “not dead.”",
     [("Ann Roe", "the firm was “not dead.”", False)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in TOLD])
def test_who_was_told_is_no_part_of_what_wassaid(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


ROLES = [
    # (id, text, speaker of the first statement)
    ("role-comma-name", "Telford PC, Tom Reed, said that the thefts took place in the town.", "Tom Reed"),
    ("office-comma-name", "Former councillor and ex-Mayor of Dudley, Tom Reed, said the news was \"very sad\".",
     "Tom Reed"),
    ("court-role-comma-name", "Mitigating, Ann Roe told the court that Reed has shown \"remorse\" over his actions.",
     "Ann Roe"),
    ("band-role", "Guitarist Tom Reed added, “I feel we’ve made a great record.”", "Tom Reed"),
    ("family-description", "Father-of-one Reed said they were both drunk when he arrived home.", "Reed"),
    ("aside-in-words", "Tom Reed (playing the mayor) suggested he should take the role.", "Tom Reed"),
    ("aside-in-brackets", "Ann Roe [Liberal home affairs spokeswoman] said the state had \"no right\" to spend it.",
     "Ann Roe"),
    ("two-titles", "The county’s Policing Commander, Chief Superintendent Tom Reed, said: “We remain in the early stages.”",
     "Tom Reed"),
]


@pytest.mark.parametrize("text", [
    "Detectives described the new line of inquiry as \"very significant\".",
    "Scientists say their findings are a “lost world.”",
    "Researchers from the university said the mice dream.",
])
def test_a_profession_in_the_plural_is_an_unnamed_source(text: str) -> None:
    (found,) = statements(text)
    assert found.anonymous


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in ROLES])
def test_a_role_written_around_a_name_is_not_the_name(text: str, speaker: str) -> None:
    assert statements(text)[0].speaker == speaker


def test_a_surname_after_two_titles_is_the_person_named_with_them() -> None:
    text = ("The county’s Policing Commander, Chief Superintendent Tom Reed, said: “We remain in the early stages.”\n"
            "“Please contact my officers,” Reed said.")
    assert [s.speaker for s in statements(text)] == ["Tom Reed", "Tom Reed"]


def test_a_pronoun_after_a_role_and_a_name_goes_on_with_the_person() -> None:
    text = ("Telford PC, Tom Reed, said that the thefts took place in the town.\n\n"
            "He said: \"We are appealing for information after a theft took place.\n\n"
            "\"We are keen to hear from anyone.\"\n\nAnyone with information can call police.")
    found = statements(text)
    assert [(s.speaker, s.direct) for s in found] == [("Tom Reed", False), ("Tom Reed", True)]


SPEAKERS = [
    # (id, text, [(speaker, content, direct)])
    # a name opening on its lower-case particle speaks like any other
    ("particle-name", "Mayor Bill de Vere announced an emergency on Tuesday. “This is an unusual step,” de Vere said.",
     [("Bill de Vere", "an emergency on Tuesday", False), ("Bill de Vere", "This is an unusual step,", True)]),
    # a subject set off by a phrase in commas keeps the act; what follows "announced" is no speaker
    ("along-with-announced",
     "Mayor Tom Reed, along with Health Commissioner Ann Roe, announced a public health emergency on Tuesday.",
     [("Tom Reed", "a public health emergency on Tuesday", False)]),
    ("under-new-leadership", "Acme, under new leadership, announced a small profit in a surprising turnaround.",
     [("Acme", "a small profit in a surprising turnaround", False)]),
    # "he" goes on with the person described as the last speaker, not the last one named
    ("victim-then-he",
     "Prosecutor Ann Roe said Reed had a hammer. The victim, who gave evidence at the trial, said the attack hurt his health.\n"
     "He added that the verdict was a relief and said: \"I am so happy I can go out.\"",
     [("Ann Roe", "Reed had a hammer", False), ("victim", "the attack hurt his health", False),
      ("victim", "the verdict was a relief", False), ("victim", "I am so happy I can go out.", True)]),
    # a description the content opens with is no one a "he" later stands for
    ("content-description-not-he",
     "MP Tom Reed said the former council leader had had a big impact on the city.\nHis record included better housing.\n"
     "\"He brought in major changes,\" he said.",
     [("Tom Reed", "the former council leader had had a big impact on the city", False),
      ("Tom Reed", "He brought in major changes,", True)]),
    ("councilmember-he",
     "Mayor Ann Roe stated she feels the vote will divide us. Councilmember Lee stated that the repeal is wrong. "
     "He stated that the process must play out.",
     [("Ann Roe", "she feels the vote will divide us", False), ("Lee", "the repeal is wrong", False),
      ("Lee", "the process must play out", False)]),
    # "said ... and added: “...”": two acts, the reported one and the quote
    ("said-and-added-colon", "Mayor Ann Roe said the port was safe and added: “We will reopen it on Monday.”",
     [("Ann Roe", "the port was safe", False), ("Ann Roe", "We will reopen it on Monday.", True)]),
    ("said-colon-quote", "Mayor Ann Roe said: “We will reopen it on Monday.”",
     [("Ann Roe", "We will reopen it on Monday.", True)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in SPEAKERS])
def test_who_speaks_in_court_and_council_copy(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


LABELS = [
    # (id, text, [(speaker, content, direct)])
    # a police appeal: a titled name and a colon, the quote going on over paragraphs
    ("titled-label-quote",
     "Detectives are appealing for witnesses.\n\nDetective Constable Ann Roe: “Thankfully the victim has only minor "
     "injuries.\n\n“We want to hear from anyone who was in the area.”\n\nAnyone with information should call police.",
     [("Ann Roe", "Thankfully the victim has only minor injuries.\n\n“We want to hear from anyone who was in the area.",
       True)]),
    # a broadcast transcript: labels in capitals, a title in the label
    ("transcript-capitals",
     "HOST: Welcome to the show.\n\nPRESIDENT TOM REED: There will be setbacks and false starts.\n\nHOST: Thank you.",
     [("Tom Reed", "There will be setbacks and false starts.", True)]),
    # an interview printed as questions and answers, each paragraph labelled
    ("interview-labels",
     "The Journal: Tell me about the book.\nAnn Roe: I always hope readers find the voice familiar.\n",
     [("Ann Roe", "I always hope readers find the voice familiar.", True)]),
    # a headline naming a person, with no other label: no transcript
    ("headline-label-alone", "Taylor Vale: The Tour review\nThe show was loud.",
     [("Taylor Vale", "The Tour review", False)]),
    # "X said ... and she added": the speaker of the same sentence, not the one before
    ("same-sentence-she",
     "Councillor Tom Reed said the loss was a shock.\n"
     "Former mayor, Ann Roe, said news of his death was \"very sad\" and she added: \"We were a great team.\"",
     [("Tom Reed", "the loss was a shock", False), ("Ann Roe", "news of his death was \"very sad\"", False),
      ("Ann Roe", "We were a great team.", True)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in LABELS])
def test_labels_and_pronouns_in_appeals_and_transcripts(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


NOT_SAID = [
    # (id, text): no one is reported saying anything
    ("having-said-that", "‘The best team won. Having said that, I think the pitch was poor.’"),
    ("participle-on-noun", "All times stated are UK"),
    ("page-tag", "Tag: Tom Reed"),
    ("wrote-for-a-person", "Ann Roe wrote for Tom Reed, and now edits the Monthly."),
    ("tells-the-story", "Director Ann Roe tells the story of Kate and Geoff, an older couple."),
    ("conceded-to", "The candidate conceded to Reed via a phone call, but she did not give a speech."),
    ("question", "Has no one told the ministers they are all responsible?"),
    ("wish", "Let people say what they think."),
    ("writer-in-a-phrase", "On the 10th December I wrote that \"some MPs voted with the coalition\"."),
    ("writer-quoting-self", "The last thing I said to Tom was, \"Can I bring you anything?\""),
    ("talk-as-subject", "The council's discussion revealed deep divisions over the plan."),
    ("talk-with-a-name", "Reed's disagreement with Mr Vale highlighted bias in the process."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_SAID])
def test_idioms_furniture_and_the_writer_are_nostatements(text: str) -> None:
    assert said(text) == []


STILL_SAID = [
    # (id, text, [(speaker, content, direct)]): the near misses of the rules above still speak
    ("wrote-for-paper-that", "Ann Roe wrote for the Times that the vote was lost.",
     [("Ann Roe", "for the Times that the vote was lost", False)]),
    ("relative-said-was", "Police logged more thefts, which the bureau said was driven by burglary.",
     [("bureau", "was driven by burglary", False)]),
    ("spokesman-for-debate-body", "A spokesman for the debate commission said the date was set.",
     [("A spokesman for the debate commission", "the date was set", False)]),
    # a verb of perception: the one heard is the speaker
    ("heard-x-say", "He was sitting on a sofa when he heard the defendant say: “I knew it.”",
     [("the defendant", "I knew it.", True)]),
    ("heard-x-admit", "They heard Reed admit he gave the man \"a steaming\" and he made threats.",
     [("Reed", "he gave the man \"a steaming\" and he made threats", False)]),
    # an absolute phrase with a surname: "with Reed saying, “...”"
    ("with-surname-saying",
     "Governor Tom Reed toured the valley. There is no count of the missing, with Reed saying, “It will be hard.”",
     [("Tom Reed", "It will be hard.", True)]),
    # a surname the article wrote in full once before, with no title, is that person
    ("surname-written-in-full-before", "John Vale took the stage at the party. “We will be back,” Vale said.",
     [("John Vale", "We will be back,", True)]),
    ("surname-before-its-full-name", "“We will be back,” Vale said. John Vale took the stage.",
     [("Vale", "We will be back,", True)]),
    # "the governor" after a title and a surname alone is that person, when no full name fits
    ("title-and-surname-for-a-description",
     "Gov. Reed toured the coast on Saturday. The governor said the roads along the coast were shut.",
     [("Reed", "the roads along the coast were shut", False)]),
    ("description-other-title", "Mayor Lee spoke first. The governor said the roads were shut.",
     [("The governor", "the roads were shut", False)]),
    # a raised voice reports the words that follow it, and nothing else
    ("shouted-quote", "Tom Reed shouted: “Get out of my house now!”", [("Tom Reed", "Get out of my house now!", True)]),
    ("shouted-abuse", "The crowd shouted abuse at the referee.", []),
    # a characterisation in the progressive
    ("is-describing-as", "Gov. Tom Reed is describing the storm as “a monumental disaster for our state.”",
     [("Tom Reed", "describing the storm as “a monumental disaster for our state.”", False)]),
    # a fronted "without ...ing" phrase sets the scene: the quote after the cue is what was said
    ("without-participle-quote",
     "Without naming the party or its allies, Reed said, “There are some who think they were born to rule.”",
     [("Reed", "There are some who think they were born to rule.", True)]),
    ("without-participle-clause", "Without naming the party, Reed said the vote was rigged.",
     [("Reed", "the vote was rigged", False)]),
    # a photo credit or a post's picture link glued after the sentence is no part of it
    ("caption-credit", "Dame Ann Roe said Reed supporters are turning the party into a 'fan club' Credit: Tom Vale / PA",
     [("Ann Roe", "Reed supporters are turning the party into a 'fan club'", False)]),
    ("post-picture-link", "Acme: house prices in the city could halve in the wake of the vote pic.twitter.com/YHHjvAgaTZ",
     [("Acme", "house prices in the city could halve in the wake of the vote", False)]),
    # a title and a surname is no full name to give the surname
    ("title-and-surname-is-no-full-name",
     "President Vale said he was saddened. “Tom was the embodiment of the city,” Vale said.",
     [("Vale", "he was saddened", False), ("Vale", "Tom was the embodiment of the city,", True)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in STILL_SAID])
def test_near_misses_still_speak(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("text", [
    "Deputy Prime Minister, Ann Lee, said the port was safe.",
    "Chief Superintendent Mike Vale said the road was shut.",
    "President Tom Minister, Ann Lee, said.",  # a name ending in a title word, then a comma
    "The Minister, President Ann Lee, said it.",  # an apposed name opening on a title
    "Attorney General, Ann Lee, and Gov. Tom Reed, Gov., Ann Roe.",
    "Mayor Ann Lee has resigned as mayor of the town, Director, Dr. Ann Roe, said.",
])
def test_titled_names_read_in_one_scan_are_those_read_one_kind_at_a_time(text: str) -> None:
    from crosscheck.extract.speech import _person_mentions, _person_mentions_apart

    assert list(_person_mentions(text)) == list(_person_mentions_apart(text))


@pytest.mark.parametrize("text", [
    "Gov. Tom Reed and CEO Ann Lee met Sen. Marr; the spokesperson for the port authority, Ann Roe, told Gov. Reed.",
    "The ministers met. Mayor Ann Lee said the headland's head Tom Vale and Lt. Marr agreed.",
    "İlk reports: Minister Ann Lee told Mayor Vale the bridge was shut.",  # a letter lower-casing lengthens
])
@pytest.mark.parametrize("pattern", ["_TITLE_THEN_NAME", "_TITLED_SURNAME"])
def test_a_title_pattern_tried_only_where_a_title_is_written_finds_what_a_full_scan_finds(text: str, pattern: str) -> None:
    from crosscheck.extract import speech

    compiled = getattr(speech, pattern)
    assert list(compiled.finditer(text))
    for lo, hi in ((0, len(text)), (9, len(text) - 9)):
        assert [m.span() for m in speech._titles(compiled, text, lo, hi)] == [m.span() for m in compiled.finditer(text, lo, hi)]



@pytest.mark.parametrize(("subject", "kind"), [
    ("Detectives", "statement"), ("Scientists", "statement"), ("Researchers from the university", "statement"),
    ("Residents", "group"), ("Analysts", "generic"),
])
def test_unnamed_detectives_and_scientists_speak_for_one_inquiry(subject: str, kind: str) -> None:
    from crosscheck.extract.speakers import read_mention
    from crosscheck.extract.statements import kind_of

    assert kind_of(read_mention(subject), "said", "") == kind


# --------------------------------------------------------------------------- a press release's "X said:" paragraph

SAID_COLON_PARAGRAPH = [
    # (id, text, [(speaker, content, direct)])
    ("name-then-colon",
     "Ann Roe said:\n\n“We welcome the vote tonight.”",
     [("Ann Roe", "We welcome the vote tonight.", True)]),
    ("seat-and-role-then-colon",
     "Ann Roe MP, leader of the Northam Party, said:\n\n“We welcome the vote tonight.”",
     [("Ann Roe", "We welcome the vote tonight.", True)]),
    ("told-then-colon",
     "Tom Vale told reporters:\n\n“The bridge will open in spring.”",
     [("Tom Vale", "The bridge will open in spring.", True)]),
    # near miss: a paragraph out of quotation marks after the colon is no quote given to the speaker
    ("plain-paragraph-after-colon",
     "Ann Roe said:\n\nPrices rose by a lot.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in SAID_COLON_PARAGRAPH])
def test_a_quote_opening_the_paragraph_after_said_colon_is_what_was_said(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert said(text) == expected


HEADLINES_SPEAKER_LAST = [
    # (id, text, [(speaker, headline content)]): a headline line with its speaker last, after a
    # colon or before a title-case "Says", named again below; its words fold under the body's
    ("surname-after-colon",
     "Talks with the rebels will go on: Vale\nInterior Minister Tom Vale said on Monday the talks would go on.",
     [("Tom Vale", "Talks with the rebels will go on")]),
    ("title-after-colon",
     "Bridge Will Reopen In May: Transport Minister\nTransport Minister Tom Vale said the bridge would reopen in May.",
     [("Tom Vale", "Bridge Will Reopen In May")]),
    ("initials-then-says",
     "Boat Yards Are Full but Orders Keep Coming, KBW CEO Says\n"
     "Kestrel Boat Works Inc. Chief Executive Officer Tom Vale said the yards were full.",
     [("Tom Vale", "Boat Yards Are Full but Orders Keep Coming")]),
    # near misses: a page's label, a word no one below is named by, a place
    ("page-label", "Floods in the north of the country: Live Updates\nThe river rose for a third day.", []),
    ("a-plain-word", "Election results in the capital: Explained\nThe river rose for a third day.", []),
    ("a-place", "Rain hits the valley for a third day: Northam\nThe rain fell on Northam and the river rose.", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in HEADLINES_SPEAKER_LAST])
def test_a_headline_with_its_speaker_last_is_the_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(s.speaker, p.content) for s in statements(text) for p in s.parts if p.headline]
    found += [(s.speaker, s.content) for s in statements(text) if s.start < text.index("\n")]
    assert found == expected
