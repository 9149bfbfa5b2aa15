"""Score a report against an answer key, by the rules of the project's reference scorer.

- Claims: a system claim matches a gold claim of the same file whose span it overlaps, one to
  one, largest overlap first. Gold claims marked optional (or of kind duration/age) count
  neither way: a system claim matched to one is dropped before scoring.
- Value accuracy: equal values, where a share may be a fraction (0.5) or a percentage (50).
- Hedge accuracy: the hedges compared as classes (more, less, upto, approx, average, vague, exact).
- Clusters: pairwise P/R/F1 over matched gold claims; verdicts over gold clusters of two or more
  required members ("conflict" is discrepant, every other verdict consistent), by the system
  cluster holding most of the gold cluster's matched members.
- Statements: P/R/F1 by span overlap, speaker accuracy (the name or one of its aliases, or a part
  of one of at least three characters), and statement cluster pairwise F1.
"""

from __future__ import annotations

import itertools
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

HEDGE_CLASSES: dict[str, str] = {
    "exact": "exact", "none": "exact",
    "more than": "more", "over": "more", "above": "more", "in excess of": "more", "upwards of": "more",
    "more": "more", "at least": "more", "greater than": "more",
    "nearly": "less", "almost": "less", "close to": "less", "just under": "less", "approaching": "less",
    "less than": "less", "fewer than": "less", "under": "less", "below": "less", "less": "less",
    "up to": "upto", "as many as": "upto", "at most": "upto", "upto": "upto", "max": "upto",
    "around": "approx", "about": "approx", "approximately": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "approx": "approx", "approximate": "approx",
    "about/around": "approx",
    "average": "average", "an average of": "average", "avg": "average", "mean": "average",
    "vague": "vague",
}
OPTIONAL_KINDS = frozenset({"duration", "age"})
DISCREPANT = frozenset({"conflict", "discrepant", "discrepancy", "contradiction"})


def _norm(s: str | None) -> str:
    return unicodedata.normalize("NFKC", s or "").replace("\u2019", "'").lower().strip()


def hedge_class(hedge: Any) -> str:
    if isinstance(hedge, dict):
        hedge = hedge.get("kind") or hedge.get("text")
    h = _norm(hedge) if hedge else ""
    if not h:
        return "exact"
    if h in HEDGE_CLASSES:
        return HEDGE_CLASSES[h]
    # The first listed hedge word found inside the phrase decides ("more then" -> more).
    for key, cls in HEDGE_CLASSES.items():
        if key in h:
            return cls
    return h


def same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return any(abs(p - q) <= max(1e-9, 0.005 * abs(q)) for p, q in ((x, y), (x * 100, y), (x, y * 100)))


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def match(system: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]]) -> dict[int, int]:
    """gold index -> system index: same file, overlapping spans, one to one, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if s["_file"] == g["file"]:
                overlap = min(s["end"], g["end"]) - max(s["start"], g["start"])
                if overlap > 0:
                    candidates.append((overlap, gi, si))
    candidates.sort(reverse=True)
    g2s: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, si in candidates:
        if gi not in g2s and si not in taken:
            g2s[gi] = si
            taken.add(si)
    return g2s


def pairwise(gold: Sequence[dict[str, Any]], g2s: dict[int, int], cluster_of: dict[int, Any], key: str) -> tuple[tuple[float, float, float], int]:
    gold_pairs = sys_pairs = both = 0
    for a, b in itertools.combinations(sorted(g2s), 2):
        same_gold = gold[a][key] == gold[b][key]
        ca, cb = cluster_of.get(g2s[a]), cluster_of.get(g2s[b])
        same_sys = ca is not None and ca == cb
        gold_pairs += same_gold
        sys_pairs += same_sys
        both += same_gold and same_sys
    return prf(both, sys_pairs, gold_pairs), gold_pairs


def speaker_ok(system_speaker: str | None, canonical: str, aliases: dict[str, list[str]]) -> bool:
    s = _norm(system_speaker)
    if not s:
        return False
    for name in [canonical, *aliases.get(canonical, [])]:
        n = _norm(name)
        if s == n or (len(s) >= 3 and (s in n or n in s)):
            return True
    return False


@dataclass
class Scores:
    figures: dict[str, Any] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_value: list[str] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)
    statements_missed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**self.figures, "missed": self.missed, "spurious": self.spurious,
                "wrong_value": self.wrong_value, "verdicts": self.verdicts,
                "statements_missed": self.statements_missed}


def locate_gold(gold: dict[str, Any], texts: dict[str, str]) -> None:
    """Fill start/end from quote + occurrence where the answer key gives no offsets."""
    for item in gold.get("claims", []) + gold.get("statements", []):
        if "start" in item and "end" in item:
            continue
        text = texts[item["file"]]
        quote = item.get("quote") or item.get("content")
        pos = -1
        for _ in range(max(1, item.get("occurrence", 1))):
            pos = text.find(quote, pos + 1)
            if pos < 0:
                raise ValueError(f"gold quote not found in {item['file']}: {quote!r}")
        item["start"], item["end"] = pos, pos + len(quote)


def score(report: dict[str, Any], gold: dict[str, Any]) -> Scores:
    """Score a report (as report.json holds it) against an answer key."""
    file_of = {a["id"]: os.path.basename(str(a.get("file") or a["id"])) for a in report.get("articles", [])}
    gold_files = {c["file"] for c in gold["claims"]}

    def prepare(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for item in items:
            f = file_of.get(item.get("article"), os.path.basename(str(item.get("article"))))
            if f in gold_files:
                out.append({**item, "_file": f})
        return out

    result = Scores()
    claims = prepare(report.get("claims", []))
    all_gold = gold["claims"]
    optional = {gi for gi, g in enumerate(all_gold) if g.get("optional") or g.get("kind") in OPTIONAL_KINDS}
    first = match(claims, all_gold)
    dropped = {si for gi, si in first.items() if gi in optional}
    claims = [c for si, c in enumerate(claims) if si not in dropped]
    gclaims = [g for gi, g in enumerate(all_gold) if gi not in optional]
    g2s = match(claims, gclaims)
    matched_sys = set(g2s.values())
    f = result.figures
    f["claims_found"] = len(claims)
    f["claims_gold"] = len(gclaims)
    f["claim_p_r_f"] = prf(len(g2s), len(claims), len(gclaims))
    n = max(1, len(g2s))
    f["value_acc"] = round(sum(same_value(claims[si].get("value"), gclaims[gi]["value"]) for gi, si in g2s.items()) / n, 3)
    f["hedge_acc"] = round(sum(hedge_class(claims[si].get("hedge")) == hedge_class(gclaims[gi]["hedge"]) for gi, si in g2s.items()) / n, 3)
    result.missed = [f"{g['id']}: {g['quote']}" for gi, g in enumerate(gclaims) if gi not in g2s]
    result.spurious = [c.get("text", "")[:60] for si, c in enumerate(claims) if si not in matched_sys]
    result.wrong_value = [
        f"{gclaims[gi]['id']}: {claims[si].get('value')} != {gclaims[gi]['value']}"
        for gi, si in g2s.items() if not same_value(claims[si].get("value"), gclaims[gi]["value"])
    ]

    index = {c.get("id"): i for i, c in enumerate(claims)}
    cluster_of: dict[int, Any] = {}
    verdict_of: dict[Any, Any] = {}
    order: dict[Any, int] = {}
    for cl in report.get("clusters", []):
        order.setdefault(cl.get("id"), len(order))
        for m in cl.get("members") or cl.get("claims") or []:
            if m in index:
                cluster_of[index[m]] = cl.get("id")
        verdict_of[cl.get("id")] = cl.get("verdict")
    f["cluster_pairs_p_r_f"], f["cluster_gold_pairs"] = pairwise(gclaims, g2s, cluster_of, "cluster")

    right = counted = 0
    for gc in gold["clusters"]:
        gv = gc["verdict"]
        if gv not in ("consistent", "discrepant"):
            continue
        required = [gi for gi, g in enumerate(gclaims) if g["cluster"] == gc["id"]]
        if len(required) < 2:
            continue
        systems = [cluster_of[g2s[gi]] for gi in required if gi in g2s and g2s[gi] in cluster_of]
        counted += 1
        if not systems:
            result.verdicts.append(f"{gc['id']}: gold {gv}, system no cluster")
            continue
        # The reference scorer breaks ties by set order (which varies with the hash seed);
        # here the cluster listed first in the report wins, so runs are repeatable.
        top = max(sorted(set(systems), key=order.__getitem__), key=systems.count)
        sv = verdict_of.get(top)
        says = "discrepant" if str(sv).lower() in DISCREPANT else "consistent"
        right += says == gv
        result.verdicts.append(f"{gc['id']}: gold {gv}, system {sv} ({'ok' if says == gv else 'WRONG'})")
    f["verdict_acc"] = round(right / counted, 3) if counted else None

    if gold.get("statements"):
        sts = prepare(report.get("statements", []))
        gst = gold["statements"]
        s2 = match(sts, gst)
        f["statement_p_r_f"] = prf(len(s2), len(sts), len(gst))
        aliases = gold.get("speaker_aliases", {})
        f["speaker_acc"] = round(
            sum(speaker_ok(sts[si].get("speaker") or sts[si].get("speaker_name"), gst[gi]["speaker"], aliases) for gi, si in s2.items())
            / max(1, len(s2)), 3)
        sindex = {s.get("id"): i for i, s in enumerate(sts)}
        scluster: dict[int, Any] = {}
        for cl in report.get("clusters", []):
            for m in cl.get("members") or cl.get("statements") or []:
                if m in sindex:
                    scluster[sindex[m]] = cl.get("id")
        f["statement_cluster_pairs_p_r_f"], _ = pairwise(gst, s2, scluster, "cluster")
        result.statements_missed = [g["id"] for gi, g in enumerate(gst) if gi not in s2]
    return result
