"""Internal checks within one article: does a breakdown sum to its total?

Two shapes of copy are read, both general:
- a total, then a sentence that opens "Of these," / "Of them," / "Of whom," / "Among them,"
  listing parts: the parts should sum to the total ("a total of 20,073 ... Of these, 12,982 ...,
  5,435 ..., and one ...");
- a total followed in its own sentence by "including A and B": the parts may not exceed it;
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
_INCLUDING = re.compile(r"\b(?:including|among\s+them|of\s+whom)\b", re.I)


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


def _counts(claims: Sequence[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "count" and c.value is not None]


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
            if _PARTS_OPENER.search(sentence) and len(parts) >= 2 and k > 0 and exact:
                total = sentences[starts[k - 1]][-1]
                found = sum(p.value for p in parts)  # type: ignore[misc]
                ok = abs(found - total.value) < 0.5  # type: ignore[operator]
                checks.append(
                    Check(
                        article=article,
                        kind="sum",
                        total=total.id,
                        parts=tuple(p.id for p in parts),
                        expected=total.value,  # type: ignore[arg-type]
                        found=found,
                        ok=ok,
                        why=f"the {len(parts)} parts sum to {_fmt(found)}; the total given is {_fmt(total.value)}"  # type: ignore[arg-type]
                        + ("" if ok else f" ({_fmt(found - total.value)} off)"),  # type: ignore[operator]
                    )
                )
            elif _PARTS_OPENER.search(sentence) and len(parts) >= 2 and k > 0:
                # Hedged parts ("around 1.3 million ... another estimated 800,000") are not a
                # full breakdown: they may only not exceed the total.
                checks.append(_subset(article, sentences[starts[k - 1]][-1], parts))
            elif len(parts) >= 2:
                match = _INCLUDING.search(sentence)
                if not match:
                    continue
                cut = start + match.start()
                before = [p for p in parts if p.end <= cut]
                after = [p for p in parts if p.start >= cut]
                if not before or not after:
                    continue
                checks.append(_subset(article, before[-1], after))
    return checks


def _subset(article: str, total: Claim, parts: Sequence[Claim]) -> Check:
    """Parts that need not cover the total may still not exceed it."""
    found = sum(p.value for p in parts)  # type: ignore[misc]
    ok = found <= total.value + 0.5  # type: ignore[operator]
    return Check(
        article=article,
        kind="subset",
        total=total.id,
        parts=tuple(p.id for p in parts),
        expected=total.value,  # type: ignore[arg-type]
        found=found,
        ok=ok,
        why=f"the {len(parts)} parts named come to {_fmt(found)}, "
        + ("within" if ok else "more than")
        + f" the total of {_fmt(total.value)}",  # type: ignore[arg-type]
    )


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
