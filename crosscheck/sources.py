"""Source independence: which articles are one upstream source, so repeats are not confirmations.

Two articles share an upstream source when
- both credit the same wire agency ("With inputs from Reuters", "told AFP", "(AP) -", an agency
  named as the outlet), or
- they share wire copy: a run of 15 words or more (``MIN_SHARED_SHINGLES`` shingles of
  ``SHINGLE`` words), identical after folding case and punctuation.

Articles are grouped by these links (connected components); a cluster's independent sources are
the distinct groups among its members' articles. Shingles held by very many articles are
boilerplate ("Follow us on ...") and are not evidence of shared copy.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crosscheck.model import Article

SHINGLE = 10
#: Shingles two articles must share to be one copy: 6 overlapping 10-word shingles is a run of
#: 15 words or more.
MIN_SHARED_SHINGLES = 6
_BOILERPLATE_SHARE = 50

#: Wire agencies by the names copy uses for them -> one canonical short name.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "ani": "ANI",
    "pti": "PTI",
    "ians": "IANS",
    "xinhua": "Xinhua",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "app": "APP",
    "upi": "UPI",
}
_AGENCY_ALT = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))
_CREDIT = re.compile(
    rf"(?:with\s+(?:additional\s+)?(?:inputs?|reporting)\s+(?:from|by)\s+(?P<a>{_AGENCY_ALT})\b"
    rf"|\btold\s+(?P<b>{_AGENCY_ALT})\b"
    rf"|\((?P<c>{_AGENCY_ALT})\)"
    rf"|\b(?P<d>{_AGENCY_ALT})\s+reported\b"
    rf"|\baccording\s+to\s+(?P<e>{_AGENCY_ALT})\b)",
    re.IGNORECASE,
)
# Uppercase-only short names ("AP", "ANI") must not match ordinary words ("ap", "ani").
_CASE_SENSITIVE = {k for k in AGENCIES if len(k) <= 4}
_WORDS = re.compile(r"[a-z0-9]+")


def agency_credits(article: Article) -> frozenset[str]:
    credits = set()
    for match in _CREDIT.finditer(article.text):
        name = next(g for g in match.groups() if g)
        if name.lower() in _CASE_SENSITIVE and not name.isupper():
            continue
        credits.add(AGENCIES[name.lower()])
    if article.outlet and article.outlet.lower() in AGENCIES:
        credits.add(AGENCIES[article.outlet.lower()])
    return frozenset(credits)


def _shingles(text: str) -> set[int]:
    words = _WORDS.findall(text.lower())
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


@dataclass(frozen=True, slots=True)
class SourceMap:
    """article id -> upstream source id, and why articles were grouped."""

    source_of: dict[str, str]
    members: dict[str, tuple[str, ...]]
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def independent_count(self, article_ids: Iterable[str]) -> int:
        return len({self.source_of.get(a, a) for a in article_ids})


def source_map(articles: Sequence[Article]) -> SourceMap:
    ids = [a.id for a in articles]
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    reasons: dict[str, set[str]] = defaultdict(set)
    credits = {a.id: agency_credits(a) for a in articles}
    by_agency: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        for agency in credits[a.id]:
            by_agency[agency].append(a.id)
            reasons[a.id].add(f"credits {agency}")
    for members in by_agency.values():
        for other in members[1:]:
            union(members[0], other)

    # Most shingles belong to one article: keep the first holder of each, and a list only for
    # the shingles that turn out to be shared (one list per shingle cost most of the time).
    first_holder: dict[int, str] = {}
    shared_by: dict[int, list[str]] = {}
    for a in articles:
        for h in _shingles(a.text):
            holder = first_holder.setdefault(h, a.id)
            if holder is a.id:
                continue
            members = shared_by.get(h)
            if members is None:
                shared_by[h] = [holder, a.id]
            else:
                members.append(a.id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for members in shared_by.values():
        if len(members) <= _BOILERPLATE_SHARE:
            for x, first in enumerate(members):
                for other in members[x + 1 :]:
                    shared[(first, other)] += 1
    for (first, other), count in sorted(shared.items()):
        # One shingle can be a long title and name ("Pakistan's Deputy Prime Minister and
        # Foreign Minister Ishaq Dar"); copy shares a run of words well past that.
        if count < MIN_SHARED_SHINGLES:
            continue
        if find(first) != find(other):
            reasons[first].add(f"shares copy with {other}")
            reasons[other].add(f"shares copy with {first}")
        union(first, other)

    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[find(i)].append(i)
    source_of: dict[str, str] = {}
    named: dict[str, tuple[str, ...]] = {}
    for root, members in sorted(groups.items()):
        # Groups that share an agency were joined above, so agency names identify a group.
        agencies = sorted({ag for m in members for ag in credits[m]})
        source_id = "source:" + ("+".join(agencies) if agencies else root)
        named[source_id] = tuple(members)
        for m in members:
            source_of[m] = source_id
    return SourceMap(
        source_of=source_of,
        members=named,
        reasons={k: tuple(sorted(v)) for k, v in reasons.items()},
    )

