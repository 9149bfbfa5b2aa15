"""Who a later mention of a speaker is, inside one article: "the spokesman" after a spokesman
was named, a rank's initials before an apposed name, and a "he" that goes on after a speaker
who named someone else. Made-up sentences only."""

from __future__ import annotations

import pytest
from spoken import said, statements

SPOKESPERSON = [
    # (id, text, speaker of the last statement)
    ("titled-before",
     "Police spokesman Tom Vale spoke on Saturday. The spokesman alleged that the gang robbed drivers.",
     "Tom Vale"),
    ("apposed-with-rank-initials",
     ("The command’s spokesman, SP Tom Vale, said this in a statement. Vale said the gang was caught after "
      "weeks of work. The spokesman alleged that the gang robbed drivers."),
     "Tom Vale"),
    ("spokeswoman-for-spokesperson",
     "Council spokesperson Ann Roe spoke on Monday. The spokeswoman said the bins would be collected.",
     "Ann Roe"),
    ("public-relations-officer",
     ("The State Police Public Relations Officer, DSP Tom Vale, said the robbers were caught. “The suspects will "
      "be charged,” the police spokesman said."),
     "Tom Vale"),
    # near misses: "a spokesman" is a source no one named; another body's spokesman is someone else
    ("indefinite", "Police spokesman Tom Vale spoke on Saturday. A spokesman alleged that the gang robbed drivers.",
     "A spokesman"),
    ("other-body", "Police spokesman Tom Vale spoke on Saturday. The army spokesman alleged that the gang robbed drivers.",
     "The army spokesman"),
    ("none-named", "Tom Vale spoke on Saturday. The spokesman alleged that the gang robbed drivers.", "The spokesman"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in SPOKESPERSON])
def test_the_spokesman_is_the_one_named_with_that_title(text: str, speaker: str) -> None:
    assert said(text)[-1][0] == speaker


GOING_ON = [
    # (id, text, [speakers])
    ("he-after-naming-a-president",
     ("Tom Reed spoke at the rally. He said President Ann Lee was not favouring any candidate. "
      "He argued that the council had been fair to all of them."),
     ["Tom Reed", "Tom Reed"]),
    ("he-after-naming-a-governor",
     ("Mayor Tom Reed met reporters. He said Governor Ann Lee had signed the order. "
      "He added that the roads would reopen."),
     ["Tom Reed", "Tom Reed"]),
    ("he-after-an-officer-titled-in-initials",
     ("Chief executive Tom Reed spoke first. “We must move fast,” Reed said. Acme’s CFO Jim Lee "
      "addressed the outage. He promised that the service would stay up."),
     ["Tom Reed", "Jim Lee"]),
    # near miss: an honorific says who "she" is
    ("she-is-the-one-named",
     "Mr Reed said Ms Lee had been arrested on Monday. She said she was innocent.",
     ["Reed", "Lee"]),
]


@pytest.mark.parametrize(("text", "speakers"), [pytest.param(t, s, id=i) for i, t, s in GOING_ON])
def test_a_pronoun_after_a_speaker_goes_on_with_the_speaker(text: str, speakers: list[str]) -> None:
    assert [speaker for speaker, _, _ in said(text)] == speakers


NAMES = [
    # (id, text, [(speaker, content)])
    ("nickname-in-quotes-inverted",
     ("The port still needs more dredging, Sen. Tomas “Tommy” Vale III said Monday. The senator also pointed "
      "out that only the north pier has been repaired."),
     [("Tomas Vale", "The port still needs more dredging"),
      ("Tomas Vale", "only the north pier has been repaired")]),
    ("nickname-in-straight-quotes",
     'Rep. Ann "Annie" Roe said the ferry would run again.',
     [("Ann Roe", "the ferry would run again")]),
    # near miss: a one-word quote before a name, with no name before it, is someone's words
    ("one-word-quote-before-a-name",
     "Ann Roe replied: “Enough.” Tom Vale agreed with her.",
     [("Ann Roe", "Enough.")]),
    ("members-of-a-body-are-no-name",
     ("Governor Ann Roe said she would meet the police chief. The county boss said she was sure the assembly "
      "would approve her nominees for the County Executive Committee Members."),
     [("Ann Roe", "she would meet the police chief"),
      ("Ann Roe", "she was sure the assembly would approve her nominees for the County Executive Committee Members")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in NAMES])
def test_a_name_is_read_around_a_nickname_and_not_from_a_bodys_members(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(speaker, content) for speaker, content, _ in said(text)] == expected


TITLED_BEFORE_OFFICE = [
    # (id, text, [speakers])
    ("mayor-elect-with-a-place",
     "Northam Mayor-elect Ann Roe said the city would cut fares. Roe added that buses would run later.",
     ["Ann Roe", "Ann Roe"]),
    ("president-elect-in-the-possessive",
     ("Rep. Tom Vale is highlighting President-elect Ann Roe's support for his bid. “A win for Tom today "
      "will be a big win,” Roe wrote."),
     ["Ann Roe"]),
    ("full-name-first-met-in-the-possessive",
     ("Sean Vale's first briefing ran long. Vale ran through the diary. He has spoken to both leaders, "
      "Vale says. The goal is to open markets, he says."),
     ["Sean Vale", "Sean Vale"]),
]


@pytest.mark.parametrize(("text", "speakers"), [pytest.param(t, s, id=i) for i, t, s in TITLED_BEFORE_OFFICE])
def test_a_title_before_office_and_a_possessive_keep_the_name(text: str, speakers: list[str]) -> None:
    assert [speaker for speaker, _, _ in said(text)] == speakers


def test_a_questions_auxiliary_opens_no_name() -> None:
    text = ("Vale ran through the diary. Has Roe started talks with Canada? She has spoken to both leaders, "
            "Vale says. The goal is to open markets, he says.")
    assert not [speaker for speaker, _, _ in said(text) if speaker.startswith("Has ")]


TITLE_IN_INITIALS = [
    # (id, text, speaker of the last statement)
    ("initials-written-before",
     "The State Commissioner of Police, CP Ann Roe disclosed that arms were found. The CP noted that all "
     "suspects would be charged.",
     "Ann Roe"),
    ("initials-of-the-title",
     "Interior Cabinet Secretary Tom Vale said the roads would reopen. The interior CS stated that the gangs would leave.",
     "Tom Vale"),
    ("initials-read-with-the-name",
     "Health MEC Ann Roe called for an inquiry. Later the MEC said teams had been sent.",
     "Ann Roe"),
    # near misses: an organisation's initials before a title are no title; a modifier the title
    # never had names someone else
    ("body-before-a-title",
     "US Secretary of State Tom Vale spoke first. The US said the talks would go on.",
     "US"),
    ("other-modifier",
     "Interior Cabinet Secretary Tom Vale said the roads would reopen. The health CS stated that the clinics would open.",
     "health CS"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in TITLE_IN_INITIALS])
def test_a_title_in_initials_is_the_one_written_with_it(text: str, speaker: str) -> None:
    assert said(text)[-1][0] == speaker


DAY_AFTER_SUBJECT = [
    # (id, text, speakers)
    ("weekday", "Interior Minister Tom Vale Saturday rejected the claim, saying it was false. He said more would come.",
     ["Tom Vale", "Tom Vale", "Tom Vale"]),
    ("today", "Mayor Ann Roe today said the bridge would reopen.", ["Ann Roe"]),
    ("on-weekday", "Mayor Ann Roe, on Monday, said the bridge would reopen.", ["Ann Roe"]),
    # a day that is the name's own last word is kept only when nothing else is left
    ("name-only", "Monday said the bridge would reopen.", ["Monday"]),
]


@pytest.mark.parametrize(("text", "speakers"), [pytest.param(t, s, id=i) for i, t, s in DAY_AFTER_SUBJECT])
def test_a_day_after_the_subject_is_when_not_who(text: str, speakers: list[str]) -> None:
    assert [s for s, _, _ in said(text)] == speakers


OFFICE_THEN_NAME = [
    # (id, text, speaker of the last statement)
    ("office-after-title",
     ("The plant will close, the Minister for Energy, Tom Vale, told parliament. Ann Roe said it was late. "
      "The Minister said the claim was unfair."),
     "Tom Vale"),
    ("honorific-surname",
     ("The plant will close, the Minister for Energy, Mr Vale, told parliament. Ann Roe said it was late. "
      "The Minister said the claim was unfair."),
     "Vale"),
    # near miss: a title given to no one stays a description
    ("no-name", "Ann Roe said it was late. The Minister said the claim was unfair.", "The Minister"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in OFFICE_THEN_NAME])
def test_a_title_with_its_office_names_the_person_after_the_comma(text: str, speaker: str) -> None:
    assert said(text)[-1][0] == speaker


def test_two_silks_are_two_speakers() -> None:
    # "QC" after both names is no surname they share: the second speaks, and her "she" goes on with her
    text = ("Passing sentence, Judge Tom Vale QC told the accused that his act was a grave wrong. "
            "Opening the trial, Ann Roe QC, for the prosecution, said the accused had seen a chance to profit. "
            "“It was a bad plan,” she said.")
    assert [speaker for speaker, _, _ in said(text)] == ["Tom Vale", "Ann Roe", "Ann Roe"]


LEADER = [
    # (id, text, speaker of the last statement)
    ("body-initials-then-hyphenated-title",
     ("The floods in Northam, Westby and Eastham are the agency's “chief worry,” WHO Director-General "
      "Tom Vale said Monday. The WHO chief said the rains would stop."),
     "Tom Vale"),
    ("the-hyphenated-title-again",
     "UN Secretary-General Ann Roe spoke on Monday. The body “stands ready” to act, the secretary-general said.",
     "Ann Roe"),
    ("the-head-of-the-same-body",
     "WHO Director-General Tom Vale spoke on Monday. The WHO head said the rains would stop.",
     "Tom Vale"),
    # near miss: another body's head is someone else
    ("another-bodys-head",
     "WHO Director-General Tom Vale spoke on Monday. Mayor Ann Roe spoke too. The UNICEF head said the rains would stop.",
     "The UNICEF head"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in LEADER])
def test_a_bodys_chief_or_head_is_the_one_named_leading_it(text: str, speaker: str) -> None:
    assert said(text)[-1][0] == speaker


@pytest.mark.parametrize("text", [
    "Acme's chief of retail operations, Tom Kell, began the event. He said the merger opened a new chapter.",
    "Acme's chief, D.J. Vale, began the event. But he said the merger opened a new chapter.",
], ids=["office-in-lower-case", "first-name-in-initials"])
def test_a_he_goes_on_with_the_name_apposed_to_an_office(text: str) -> None:
    assert said(text)[-1][:2] == (text.split(", ")[1], "the merger opened a new chapter")


@pytest.mark.parametrize(("text", "speaker"), [
    ('Ann Roe, the former governor, called the tally “void”. “We reject it,” the 68-year-old campaigner said.',
     "Ann Roe"),
    # near miss: no one named in the sentence before, the age names no one
    ("Ann Roe spoke. The bridge was shut. “We reject it,” the 68-year-old said.", "the 68-year-old"),
], ids=["right-after-the-name", "no-name-right-before"])
def test_a_person_told_by_age_is_the_one_named_just_before(text: str, speaker: str) -> None:
    assert said(text)[-1][0] == speaker


@pytest.mark.parametrize(("text", "parts"), [
    ("Tom Vale said the merger opened a new chapter.\n“From today we sell our boats in twelve ports.”",
     ["From today we sell our boats in twelve ports."]),
    # near misses: unnamed sources, or a sentence of the writer's between
    ("Officials said the bridge was shut.\n“We are working on it as fast as we can.”", []),
    ("Tom Vale said the merger opened a new chapter.\nThe boats are slow.\n“From today we sell our boats in twelve ports.”",
     []),
], ids=["right-after-reported-speech", "after-unnamed-sources", "a-sentence-between"])
def test_a_quote_paragraph_right_after_reported_speech_is_the_speakers(text: str, parts: list[str]) -> None:
    assert [p.content for p in statements(text)[0].parts] == parts



DESCRIBED_ELSEWHERE = [
    # (id, text, speaker of the first statement): a description the article gives one person,
    # before or after, as a title, a role set off by commas, or a "who heads" clause
    ("head-of-then-titled-later",
     "The head of the agency said the rules would change next year.\n\n"
     "Agency chief Jane Roe arrived in Kestrel on Monday to open the new office.",
     "Jane Roe"),
    ("head-of-then-who-heads",
     "The head of the agency said the rules would change next year.\n\nJane Roe, who heads the agency, arrived on Monday.",
     "Jane Roe"),
    ("who-heads-then-head-of",
     "Jane Roe, who heads the agency, arrived on Monday.\n\nThe head of the agency said the rules would change.",
     "Jane Roe"),
    ("role-after-the-name-later",
     "The agency head said the rules would change next year.\n\nJane Roe, the agency chief, arrived on Monday.",
     "Jane Roe"),
    ("named-head-later",
     "“The rules will change next year,” said the head of the agency.\n\n"
     "Jane Roe, who was named head of the agency in May, arrived on Monday.",
     "Jane Roe"),
    # near misses: another body's head, or two people the article gives the title
    ("became-no-office",
     "“The rules will change next year,” said the head of the agency.\n\n"
     "Jane Roe, who became a grandmother in May, arrived on Monday.",
     "the head of the agency"),
    ("another-body",
     "The head of the agency said the rules would change next year.\n\nJane Roe, who heads the union, arrived on Monday.",
     "The head of the agency"),
    ("two-heads",
     "The head of the agency said the rules would change next year.\n\n"
     "Jane Roe, who heads the agency, met Tom Vale, the agency chief until last year.",
     "The head of the agency"),
    ("a-role-with-no-title",
     "The head of the agency said the rules would change next year.\n\nJane Roe, the mother of two, arrived on Monday.",
     "The head of the agency"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in DESCRIBED_ELSEWHERE])
def test_a_description_is_the_one_person_the_article_gives_it(text: str, speaker: str) -> None:
    assert said(text)[0][0] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a lead's description before any name is the person named, untitled, in the statement after it
    ("The harbour faces “rough seas” this winter, the head of the river board said on Monday.\n\n"
     "At a briefing, Jane Roe said the quay would close for repairs.", "Jane Roe"),
    # near misses: the new person comes with a title of their own; someone was named before
    ("The harbour faces “rough seas” this winter, the head of the river board said on Monday.\n\n"
     "In a news conference, Mayor Jane Roe said the town had never seen such a flood.", "the head of the river board"),
    ("Tom Vale toured the town. The harbour faces “rough seas” this winter, the head of the river board said on Monday.\n\n"
     "At a briefing, Jane Roe said the quay would close for repairs.", "the head of the river board"),
], ids=["named-right-after", "titled-newcomer", "someone-named-before"])
def test_a_leads_description_is_the_person_named_right_after(text: str, speaker: str) -> None:
    assert said(text)[0][0] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Treasurer Tom Vale's harbour plan goes to the council today.\n\n"
     "The main item is the ferry fund, which the treasurer insists will cut fares.", "Tom Vale"),
    ("Coroner Ann Roe opened the inquest on Monday. The coroner said the death was an accident.", "Ann Roe"),
    # two offices: each description is the one holding it, not the last named
    ("Treasurer Tom Vale met Coroner Ann Roe on Monday. The treasurer said the costs were high.", "Tom Vale"),
    ("Minister Tom Vale met Governor Ann Roe on Monday. The minister said the costs were high.", "Tom Vale"),
], ids=["treasurer", "coroner", "two-offices", "the-title-before-anothers-name"])
def test_an_office_of_state_or_court_is_the_one_titled_with_it(text: str, speaker: str) -> None:
    assert said(text)[-1][0] == speaker
