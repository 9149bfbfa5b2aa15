"""Frame accuracy on the sample corpus: counted, event, place and time against the answer key.

    python benchmarks/frame_accuracy.py [-v]

A loose match, because the key writes frames as a person would ("crossed the border from
Pakistan (daily average)"): both empty, or the normalised content words overlap (lower case,
a trailing plural "s" dropped, function words ignored). Claims are paired with the key the
way tests/test_claims.py pairs them (same file, greatest span overlap, one to one).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from crosscheck.extract.claims import extract_claims
from crosscheck.ingest import load
from crosscheck.model import Claim
from crosscheck.text import segment

CORPUS = Path(__file__).parent.parent / "corpus" / "afghan-returns-2025"
FIELDS = ("counted", "event", "place", "time")
_FUNCTION_WORDS = {"the", "a", "an", "of", "in", "on", "at", "to", "from", "into", "and", "or",
                   "be", "been", "were", "was", "had", "have", "has", "their", "would", "could"}


def _words(text: str | None) -> set[str]:
    if not text:
        return set()
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - _FUNCTION_WORDS


def loose_match(system: str | None, gold: str | None) -> bool:
    a, b = _words(system), _words(gold)
    return (not a and not b) or bool(a & b)


def _pairs(claims: dict[str, list[Claim]], gold: list[dict]) -> list[tuple[dict, Claim]]:
    candidates = []
    for gi, g in enumerate(gold):
        for si, c in enumerate(claims.get(g["file"], [])):
            overlap = min(c.end, g["end"]) - max(c.start, g["start"])
            if overlap > 0:
                candidates.append((overlap, gi, g["file"], si))
    candidates.sort(reverse=True)
    seen_gold: set[int] = set()
    taken: set[tuple[str, int]] = set()
    pairs = []
    for _, gi, file, si in candidates:
        if gi not in seen_gold and (file, si) not in taken:
            seen_gold.add(gi)
            taken.add((file, si))
            pairs.append((gold[gi], claims[file][si]))
    return pairs


def system_value(claim: Claim, field: str) -> str | None:
    if field == "time":
        return claim.time.text if claim.time else None
    return getattr(claim, field)


def frame_accuracy(verbose: bool = False) -> dict[str, float]:
    articles = load([CORPUS]).articles
    claims = {Path(a.file).name: extract_claims(a, segment(a)) for a in articles}
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["claims"]
    pairs = _pairs(claims, gold)
    hits = {f: 0 for f in FIELDS}
    for g, c in pairs:
        for f in FIELDS:
            ok = loose_match(system_value(c, f), g.get(f))
            hits[f] += ok
            if verbose and not ok:
                print(f"{g['id']:6} {f:8} gold={g.get(f)!r:45} got={system_value(c, f)!r}")
    scores = {f: hits[f] / len(pairs) for f in FIELDS}
    scores["all"] = sum(hits.values()) / (len(pairs) * len(FIELDS))
    scores["pairs"] = len(pairs)
    return scores


if __name__ == "__main__":
    result = frame_accuracy("-v" in sys.argv)
    print(" ".join(f"{k}={v:.3f}" if k != "pairs" else f"{k}={v}" for k, v in result.items()))
