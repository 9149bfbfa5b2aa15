"""Internal checks within one article: does a breakdown sum to its total?

These shapes of copy are read, all general, for counts and for amounts of one currency:
- a total, then a sentence that opens "Of these," / "Of them," / "Of whom," / "Among them,"
  listing parts: the parts should sum to the total ("a total of 20,073 ... Of these, 12,982 ...,
  5,435 ..., and one ...");
- a total, then a colon and a list in its own sentence ("1,200 were injured: 700 in A, 300 in B
  and 250 in C"): the parts should sum to it;
- a total followed in its own sentence by "including A and B" or "of which A and B", or a
  sentence opening on its total ("Of the 480 dead, 120 were children"): the parts may not
  exceed it;
- a share of an earlier total ("more than half of them were children", after "nearly 85,000
  Afghans have crossed"): the check spells out the count the share implies, so a reader can
  hold it against other figures, and flags a share above 100%.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.model import Check, Claim

_PARTS_OPENER = re.compile(r"^\W*(?:of\s+(?:these|them|whom|which|those)|among\s+(?:them|these|those))\b", re.I)
#: What opens a list of parts inside the total's own sentence: after a colon the list is the
#: whole of the total; after "including" it is some of it.
_LIST_OPENER = re.compile(r"(?P<whole>:)|\b(?:including|among\s+them|of\s+whom|of\s+which)\b", re.I)
#: A sentence that opens on its total: "Of the 480 dead, ..."
_OF_THE_TOTAL = re.compile(r"^\W*(?:of|among)\s+(?:the|those|these|its|their)\s*$", re.I)


def _fmt(x: float, unit: str | None = None) -> str:
    """A figure as a reader writes it: "20,073", "USD 4.6 billion"."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= size and unit:  # amounts of money: counts stay exact, digit by digit
            text = f"{x / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        text = f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"
    return f"{unit} {text}" if unit else text


def _counts(claims: Sequence[Claim]) -> list[Claim]:
    """The figures a breakdown can be made of: counts and amounts of money."""
    return [c for c in claims if c.kind in ("count", "money") and c.value is not None]


def _like(total: Claim, parts: Sequence[Claim]) -> list[Claim]:
    """The parts of the same kind and unit as the total: dollars do not sum with people."""
    return [p for p in parts if (p.kind, p.quantity.unit) == (total.kind, total.quantity.unit)]


def _by_article(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    """Each article's claims, in text order."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)
    for items in by_article.values():
        items.sort(key=lambda c: c.start)
    return by_article


def breakdown_checks(claims: Sequence[Claim]) -> list[Check]:
    checks: list[Check] = []
    for article, items in _by_article(claims).items():
        sentences: dict[int, list[Claim]] = defaultdict(list)
        for c in _counts(items):
            sentences[c.sentence_start].append(c)
        starts = sorted(sentences)
        for k, start in enumerate(starts):
            parts = sentences[start]
            sentence = parts[0].sentence
            exact = all(p.hedge_class == "exact" for p in parts)
            if _PARTS_OPENER.search(sentence) and k > 0:
                total = sentences[starts[k - 1]][-1]
                parts = _like(total, parts)
                if len(parts) < 2:
                    continue
                checks.append(_breakdown(article, total, parts, whole=exact))
                continue
            if len(parts) < 2:
                continue
            if _OF_THE_TOTAL.match(sentence[: parts[0].start - start]):
                # "Of the 480 dead, 120 were children": the sentence's first figure is its total
                rest = _like(parts[0], parts[1:])
                if rest:
                    checks.append(_breakdown(article, parts[0], rest, whole=False))
                continue
            match = _LIST_OPENER.search(sentence)
            if not match:
                continue
            cut = start + match.start()
            before = [p for p in parts if p.end <= cut]
            if not before:
                continue
            total = before[-1]
            after = _like(total, [p for p in parts if p.start >= cut])
            if match.group("whole") and len(after) >= 2 and all(p.hedge_class == "exact" for p in [total, *after]):
                checks.append(_breakdown(article, total, after, whole=True))
            elif after and not match.group("whole"):
                checks.append(_breakdown(article, total, after, whole=False))
    return checks


def _breakdown(article: str, total: Claim, parts: Sequence[Claim], *, whole: bool) -> Check:
    """Parts that make up the ``whole`` of the total should sum to it; parts that need not
    cover it may still not exceed it."""
    unit = total.quantity.unit if total.kind == "money" else None
    found = sum(p.value for p in parts)  # type: ignore[misc]
    expected: float = total.value  # type: ignore[assignment]
    if whole:
        ok = abs(found - expected) < 0.5
        why = f"the {len(parts)} parts sum to {_fmt(found, unit)}; the total given is {_fmt(expected, unit)}"
        why += "" if ok else f" ({_fmt(found - expected, unit)} off)"
    else:
        ok = found <= expected + 0.5
        named = "1 part named comes" if len(parts) == 1 else f"the {len(parts)} parts named come"
        why = f"{named} to {_fmt(found, unit)}, {'within' if ok else 'more than'} the total of {_fmt(expected, unit)}"
    return Check(article=article, kind="sum" if whole else "subset", total=total.id,
                 parts=tuple(p.id for p in parts), expected=expected, found=found, ok=ok, why=why)


_SHARE_OF_EARLIER = re.compile(r"^\s*(?:of\s+(?:them|these|those|whom|the\s+total))\b", re.I)
#: How many sentences back a share may point to find its total.
SHARE_REACH = 2


def share_checks(claims: Sequence[Claim], sentence_index: dict[str, int]) -> list[Check]:
    """A share of an earlier total, turned into the count it implies.

    ``sentence_index`` maps a claim id to the index of its sentence in its article, so "them"
    is looked for only in the same or the previous ``SHARE_REACH`` sentences.
    """
    checks: list[Check] = []
    for article, items in _by_article(claims).items():
        for n, share in enumerate(items):
            if share.kind != "percent" or share.low is None:
                continue
            after = share.sentence[share.end - share.sentence_start :]
            if not _SHARE_OF_EARLIER.match(after):
                continue
            here = sentence_index.get(share.id, 0)
            totals = [
                c for c in items[:n]
                if c.kind == "count" and c.value is not None and here - sentence_index.get(c.id, 0) <= SHARE_REACH
            ]
            if not totals:
                continue
            total = totals[-1]
            low_pct = share.low
            high_pct = share.high if share.high is not None else 100.0
            low, high = total.value * low_pct / 100, total.value * high_pct / 100  # type: ignore[operator]
            ok = low_pct <= 100
            implied = f"{_fmt(round(low))}" if low == high else f"{_fmt(round(low))} to {_fmt(round(high))}"
            checks.append(
                Check(
                    article=article,
                    kind="share",
                    total=total.id,
                    parts=(share.id,),
                    expected=total.value,  # type: ignore[arg-type]
                    found=round((low + high) / 2),
                    ok=ok,
                    why=f"'{share.quantity.text}' of '{total.quantity.text}' comes to about {implied}"
                    + ("" if ok else "; a share above 100% cannot be"),
                )
            )
    return checks
