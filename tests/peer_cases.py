"""Reading the peer suites (tests/data/peers, see its README) and judging crosscheck on them.

Each task type is compared as the README describes; values are compared, not surface text,
because every extractor draws span edges its own way.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from crosscheck.extract.numbers import find_quantities
from crosscheck.model import Quantity

PEERS = Path(__file__).parent / "data" / "peers"

#: the peers normalise some units; crosscheck keeps the unit as written. Compare in the peer's.
_TO_PEER_UNIT = {("kg", "Gram"): 1000.0, ("mg", "Gram"): 0.001, ("g", "Gram"): 1.0}


def load_cases() -> list[dict[str, Any]]:
    cases = []
    for path in sorted(PEERS.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                case["id"] = f"{path.stem}:{lineno}"
                cases.append(case)
    return cases


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _share_factor(q: Quantity) -> float:
    """crosscheck states a share written as a fraction ("half", "1/5") on the percent scale
    (50, 20); the peers state the fraction (0.5, 0.2). Same number, other scale."""
    if q.kind == "percent" and not re.search(r"%|per|pc|pct|point", q.text, re.IGNORECASE):
        return 0.01
    return 1.0


def peer_value(q: Quantity) -> float | None:
    return None if q.value is None else q.value * _share_factor(q)


def _value_in_peer_unit(q: Quantity, expected: dict[str, Any]) -> float | None:
    factor = _TO_PEER_UNIT.get((q.unit or "", expected.get("unit") or ""), 1.0) * _share_factor(q)
    return None if q.value is None else q.value * factor


#: what crosscheck reads as a date or a year (a number that says when) is no unit of measure
_WHEN_KINDS = ("date", "year")


def matches(q: Quantity, expected: dict[str, Any]) -> bool:
    """One found quantity against one expected item: value, or range, or bound + modifier."""
    if q.kind in _WHEN_KINDS and (expected.get("unit") or "dimensionless") != "dimensionless":
        return False  # the peer states a unit ("1500 b" is bits): a year is not that
    factor = _TO_PEER_UNIT.get((q.unit or "", expected.get("unit") or ""), 1.0)
    rng = expected.get("range")
    modifier = expected.get("modifier")
    if modifier in ("more", "less") and rng is not None:
        bound = rng[0] if modifier == "more" else rng[1]
        wanted = {"more": ("more", "atleast"), "less": ("less", "upto")}[modifier]
        return q.hedge_class in wanted and q.value is not None and _close(q.value * factor, bound)
    if rng is not None and rng[0] is not None and rng[1] is not None and not re.search(r"±|\+/-", expected.get("text") or ""):
        return (
            q.hedge_class == "range"
            and q.low is not None and q.high is not None
            and _close(q.low * factor, rng[0]) and _close(q.high * factor, rng[1])
        )
    if expected.get("value") is None:
        return True
    return _close(_value_in_peer_unit(q, expected), float(expected["value"]))


def numbers_in(output: str) -> list[float]:
    """The numbers a rewrite API wrote: "1/2" -> 0.5, "09" -> 9, "12.99" -> 12.99, "-15" -> -15
    (a minus sign not glued to a word before it: "3-4" is 3 and 4). A run of digits with two
    slashes or more ("11/02/2007") is no number: numerizer states that multiple slashes are
    not evaluated (test_multiple_slashes_should_not_be_evaluated)."""
    values = []
    output = re.sub(r"\d+(?:/\d+){2,}", " ", output)
    for m in re.finditer(r"(?<![\w.])(-?\d+(?:\.\d+)?)(?:/(\d+))?", output):
        a = float(m.group(1))
        values.append(a / float(m.group(2)) if m.group(2) else a)
    return values


def reads_a_fraction(q: Quantity) -> bool:
    """crosscheck read a ratio: a share from a fraction ("half", "3/4") or digits over digits."""
    return _share_factor(q) != 1.0 or re.search(r"\d\s*/\s*\d", q.text) is not None


def judge(case: dict[str, Any]) -> tuple[bool, str]:
    """(passed, what crosscheck found) for one peer case."""
    text = case["input"]
    found = find_quantities(text)
    seen = [(q.text, q.value, q.low, q.high, q.hedge_class, q.unit) for q in found]
    task = case["task"]
    expected = case.get("expected") or []
    if task == "whole":
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        ok = (
            len(found) == 1
            and found[0].start == lead
            and not re.search(r"\d", text[found[0].end :])
            and matches(found[0], expected[0])
        )
        return ok, repr(seen) + f" whole={stripped!r}"
    if task == "extract":
        ok = len(found) == len(expected) and all(matches(q, e) for q, e in zip(found, expected))
        return ok, repr(seen)
    if task == "first":
        return bool(found) and matches(found[0], expected[0]), repr(seen)
    if task == "count":
        return len(found) == case["expected_count"], repr(seen)
    if task == "values":
        wanted = [e["value"] for e in expected]
        got = [peer_value(q) for q in found]
        return len(got) == len(wanted) and all(_close(a, b) for a, b in zip(got, wanted)), repr(seen)
    if task == "reject":
        stripped = text.strip()
        whole = [q for q in found if q.text == stripped]
        return not whole, repr(seen)
    if task == "rewrite" and case.get("suite") == "parse_fraction" and case.get("expected_output") is None:
        # number-parser's parse_fraction() returns None for "not a fraction expression" (its
        # note): it states nothing about plain numbers in the text ("32", "eleven")
        return not any(reads_a_fraction(q) for q in found), repr(seen)
    if task == "rewrite":
        wanted = numbers_in(case.get("expected_output") or "")
        got = [peer_value(q) for q in found if q.value is not None]
        # numbers already in digits in the input stay numbers in the output
        return len(got) == len(wanted) and all(_close(a, b) for a, b in zip(got, wanted)), repr(seen)
    return False, f"unknown task {task}"
