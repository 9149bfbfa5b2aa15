"""Curly double quotes printed the wrong way round: turned only where the pairing is unmistakable."""

from __future__ import annotations

import pytest

from crosscheck.ingest import load
from crosscheck.ingest.quotes import drop_stray_commas, fix_reversed_quotes

TURNED = [
    # a closing quote printed as an opening one
    ("“It was a sad thing that happened,“ the mayor said.", "“It was a sad thing that happened,” the mayor said."),
    ("“We lost 40 homes.“", "“We lost 40 homes.”"),
    # an opening quote printed as a closing one
    ("”We will rebuild,” she said.", "“We will rebuild,” she said."),
    ("He said ”no“ to the plan.", "He said “no” to the plan."),
    # both in one paragraph, each turned by where it sits
    (
        "“It happened,“ the mayor said. ”This has nothing to do with the storm.”",
        "“It happened,” the mayor said. “This has nothing to do with the storm.”",
    ),
]

KEPT = [
    "“It happened,” the mayor said.",
    "“He said “no” to the plan,” she said.",  # a quote inside a quote
    "„Wir schaffen das,“ sagte sie.",  # German marks: “ closes after „
    "“Go on, ” he said.",  # a closing mark after a space, while a quote is open
    "A 12“ screen was on sale.",  # no quotation open: not a closing mark
    "“The first paragraph of a long quote\n“The second,” she said.",  # a quote running on
    "He called it “a disgrace“and left.",  # touches a word on both sides: no telling
]


@pytest.mark.parametrize(("printed", "fixed"), TURNED, ids=[c[0][:24] for c in TURNED])
def test_reversed_quotes_are_turned_round_keeping_the_length(printed, fixed):
    assert fix_reversed_quotes(printed) == fixed
    assert len(fix_reversed_quotes(printed)) == len(printed)


@pytest.mark.parametrize("text", KEPT, ids=[c[:24] for c in KEPT])
def test_quotes_whose_direction_is_in_doubt_are_left_as_printed(text):
    assert fix_reversed_quotes(text) == text


def test_ingest_turns_reversed_quotes_and_offsets_still_point_at_the_same_words(tmp_path):
    printed = "Storm hits coast\n\n“We lost 40 homes,“ the mayor said on Monday.\n"
    (tmp_path / "a.txt").write_text(printed, encoding="utf-8")
    article = load([tmp_path]).articles[0]
    assert article.text == printed.replace("homes,“", "homes,”")
    start = printed.index("40 homes")
    assert article.text[start : start + 8] == "40 homes"


STRAY_COMMAS = [
    # (id, printed, as read): a full stop and a comma before a quotation opening a new sentence
    ("after-a-word", "The mayor dropped the plan for a tourist levy., “The council will vote,” she said.",
     "The mayor dropped the plan for a tourist levy.  “The council will vote,” she said."),
    ("straight-quote", 'The mayor rejected the plan., "We will wait," she said.',
     'The mayor rejected the plan.  "We will wait," she said.'),
    # an abbreviation may take a comma after its stop
    ("after-initials", "He lives in the U.S., “We will go,” he said.", "He lives in the U.S., “We will go,” he said."),
    ("after-etc", "Fruit, nuts etc., “All gone,” he said.", "Fruit, nuts etc., “All gone,” he said."),
    # no quotation after it, or one opening in lower case: left as printed
    ("no-quote-after", "It was fine., and then it rained.", "It was fine., and then it rained."),
    ("lower-case-quote", "He called it a plan., “quite a plan” too.", "He called it a plan., “quite a plan” too."),
]


@pytest.mark.parametrize(("printed", "read"), [c[1:] for c in STRAY_COMMAS], ids=[c[0] for c in STRAY_COMMAS])
def test_a_stray_comma_after_a_full_stop_before_a_quote_is_blanked(printed, read):
    assert drop_stray_commas(printed) == read
    assert len(drop_stray_commas(printed)) == len(printed)


def test_a_stray_comma_no_longer_runs_the_act_into_the_quote(tmp_path):
    from crosscheck.extract.speech import find_statements
    from crosscheck.text import segment

    printed = ("Mayor Ann Roe spoke for an hour. She rejected the call for a new tourist levy on hotels., "
               "“The council will vote on the budget in June,” said the mayor.\n")
    (tmp_path / "a.txt").write_text(printed, encoding="utf-8")
    article = load([tmp_path]).articles[0]
    found = find_statements(article, segment(article))
    contents = sorted(s.content for s in found)
    assert any(c.startswith("rejected the call") and c.endswith("hotels") for c in contents), contents
    assert any(c.startswith("The council will vote") for c in contents), contents
