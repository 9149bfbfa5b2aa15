"""Frames of reported speech met less often: a role and a name set off by commas before a
trailing cue, rarer verbs of stance, quotes announced before a colon or signed underneath,
and a speaker's characterisation of someone. Made-up sentences only."""

from __future__ import annotations

import pytest

from crosscheck.extract.speech import attribute, find_statements
from crosscheck.model import Article, Statement
from crosscheck.text import segment


def _statements(text: str) -> list[Statement]:
    article = Article(id="t", file="t.txt", text=text)
    return find_statements(article, segment(article))


def _said(text: str) -> list[tuple[str, str, bool]]:
    return [(s.speaker, s.content, s.direct) for s in _statements(text)]


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
    assert _said(text) == expected


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
