"""Who a later mention of a speaker is, inside one article: "the spokesman" after a spokesman
was named, a rank's initials before an apposed name, and a "he" that goes on after a speaker
who named someone else. Made-up sentences only."""

from __future__ import annotations

import pytest
from spoken import said

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
    # near miss: an honorific says who "she" is
    ("she-is-the-one-named",
     "Mr Reed said Ms Lee had been arrested on Monday. She said she was innocent.",
     ["Reed", "Lee"]),
]


@pytest.mark.parametrize(("text", "speakers"), [pytest.param(t, s, id=i) for i, t, s in GOING_ON])
def test_a_pronoun_after_a_speaker_goes_on_with_the_speaker(text: str, speakers: list[str]) -> None:
    assert [speaker for speaker, _, _ in said(text)] == speakers
