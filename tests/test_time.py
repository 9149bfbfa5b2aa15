"""Time scopes resolved against the article's date (Tuesday 2025-04-08)."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.extract.time import time_scope

TUESDAY = date(2025, 4, 8)


def _scope(sentence: str, published: date | None = TUESDAY):
    i = sentence.index("500")
    return time_scope(sentence, i, i + 3, published)


@pytest.mark.parametrize(
    ("sentence", "relation", "date_from", "date_to"),
    [
        ("On Sunday 500 people crossed.", "point", date(2025, 4, 6), date(2025, 4, 6)),
        ("500 left since the end of March.", "since", date(2025, 3, 31), TUESDAY),
        ("500 returned so far in April.", "since", date(2025, 4, 1), TUESDAY),
        ("500 left in the first week of April.", "period", date(2025, 4, 1), date(2025, 4, 7)),
        ("Between April 1 and 7, 500 left.", "period", date(2025, 4, 1), date(2025, 4, 7)),
        ("500 were deported last year.", "period", date(2024, 1, 1), date(2024, 12, 31)),
        ("In September 2023, 500 crossed.", "period", date(2023, 9, 1), date(2023, 9, 30)),
        ("500 may be affected during 2025.", "period", date(2025, 1, 1), date(2025, 12, 31)),
        ("500 to be evicted by the end of April.", "until", None, date(2025, 4, 30)),
        ("500 returned since September 2023.", "since", date(2023, 9, 1), TUESDAY),
        ("On Tuesday 500 arrived.", "point", TUESDAY, TUESDAY),
        ("500 crossed on Sunday and Monday.", "period", date(2025, 4, 6), date(2025, 4, 7)),
        ("500 died yesterday.", "point", date(2025, 4, 7), date(2025, 4, 7)),
        ("Only 500 recognised it in the 1990s.", "period", date(1990, 1, 1), date(1999, 12, 31)),
    ],
)
def test_resolves(sentence: str, relation: str, date_from: date | None, date_to: date) -> None:
    scope = _scope(sentence)
    assert scope is not None and scope.resolved
    assert (scope.relation, scope.date_from, scope.date_to) == (relation, date_from, date_to)


def test_no_time_phrase() -> None:
    assert _scope("500 people crossed the border.") is None


def test_relative_scopes_stay_unresolved_without_a_date() -> None:
    scope = _scope("On Sunday 500 people crossed.", None)
    assert scope is not None and not scope.resolved and scope.date_from is None


def test_absolute_scopes_resolve_without_a_date() -> None:
    scope = _scope("In September 2023, 500 crossed.", None)
    assert scope is not None and scope.resolved and scope.date_from == date(2023, 9, 1)


def test_nearest_phrase_wins() -> None:
    scope = _scope("On Monday officials said 500 left since the end of March.")
    assert scope is not None and scope.relation == "since"


def test_offsets_point_into_the_sentence() -> None:
    sentence = "Pakistan expelled 500 Afghans since the end of March."
    scope = _scope(sentence)
    assert scope is not None and sentence[scope.start : scope.end] == scope.text
