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
