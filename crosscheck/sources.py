"""Source independence: which articles are one upstream source, so repeats are not confirmations.

Two articles share an upstream source when
- both credit the same wire agency ("With inputs from Reuters", "told AFP", "(AP) -", an agency
  named as the outlet), or
- they share wire copy: a run of 15 words or more (``MIN_SHARED_SHINGLES`` shingles of
  ``SHINGLE`` words), identical after folding case and punctuation.

Articles that share copy are one group (connected components). A group that credits agencies
is one source per agency: each wire is its own source, and so an article that credits two
("with inputs from AFP and PTI") is in both, without making the two wires one. A group that
credits none is a source of its own. A cluster's independent sources are the fewest sources
that account for every one of its articles (:func:`fewest_sources`): an AFP report, a PTI
report and one crediting both are two sources, not three, and not one. Shingles held by very
many articles are boilerplate ("Follow us on ...") and are not evidence of shared copy.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat

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
#: "and" or a comma between two credited agencies ("with inputs from AFP, PTI and Reuters")
_AND = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
_AGENCY_LIST = rf"(?:{_AGENCY_ALT})\b(?:{_AND}(?:{_AGENCY_ALT})\b)*"
_LIST_SEPARATOR = re.compile(_AND, re.IGNORECASE)
_CREDIT = re.compile(
    rf"(?:with\s+(?:additional\s+)?(?:inputs?|reporting)\s+(?:from|by)\s+(?P<a>{_AGENCY_LIST})"
    rf"|\btold\s+(?P<b>{_AGENCY_ALT})\b"
    rf"|\((?P<c>{_AGENCY_ALT})\)"
    rf"|\b(?P<d>{_AGENCY_ALT})\s+reported\b"
    rf"|\baccording\s+to\s+(?P<e>{_AGENCY_ALT})\b)",
    re.IGNORECASE,
)
# Uppercase-only short names ("AP", "ANI") must not match ordinary words ("ap", "ani").
_CASE_SENSITIVE = {k for k in AGENCIES if len(k) <= 4}
_WORDS = re.compile(r"[a-z0-9]+")

# _CREDIT tries five alternatives and thirty names at every position of the text, case-blind:
# 3 ms an article. Each alternative opens with a word of its own ("with", "told", "(",
# "according") or, for "X reported", closes with one; finding those words first and trying
# only the alternative each one opens, at its place, finds the same credits in a tenth of the
# time. The case-blind search also folds "ı" to "i"; the cue words are looked for in a
# lower-cased copy of the same length ("İ", which lower-cases to two characters, sends the
# text down the plain search).
_CUES = re.compile(r"w[iı]th|told|\(|accord[iı]ng|reported")
_AFTER_CUE = {
    "with": re.compile(rf"with\s+(?:additional\s+)?(?:inputs?|reporting)\s+(?:from|by)\s+(?P<a>{_AGENCY_LIST})", re.I),
    "told": re.compile(rf"\btold\s+(?P<b>{_AGENCY_ALT})\b", re.I),
    "(": re.compile(rf"\((?P<c>{_AGENCY_ALT})\)", re.I),
    "according": re.compile(rf"\baccording\s+to\s+(?P<e>{_AGENCY_ALT})\b", re.I),
}
_REPORTED = re.compile(r"reported\b", re.I)
_NAME_BEFORE = re.compile(rf"\b(?P<d>{_AGENCY_ALT})\Z", re.I)
_LONGEST_NAME = max(map(len, AGENCIES))


def _credited_names(text: str) -> list[str]:
    """Every agency name _CREDIT finds in ``text``, as written (what its finditer yields)."""
    if "\u0130" in text:
        return [next(g for g in match.groups() if g) for match in _CREDIT.finditer(text)]
    names = []
    for cue in _CUES.finditer(text.lower()):
        at, word = cue.start(), cue.group().replace("ı", "i")
        if word != "reported":
            match = _AFTER_CUE[word].match(text, at)
            if match:
                names.append(next(g for g in match.groups() if g))
            continue
        # "X reported": the name ends where the white space before the cue begins.
        end = at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end < at and _REPORTED.match(text, at):
            match = _NAME_BEFORE.search(text, max(0, end - _LONGEST_NAME), end)
            if match:
                names.append(match.group("d"))
    return names


def credited_agency_names(text: str) -> list[str]:
    """Every agency name credited in ``text``, as written, a credit to several read as each."""
    return [name for credit in _credited_names(text) for name in _LIST_SEPARATOR.split(credit)]


def _agency_key(name: str) -> str:
    """A name as matched, case-blind, folded to its key in AGENCIES: the search also takes "ſ" for
    "s", "ı" and "İ" for "i" ("Reuterſ" used to raise KeyError)."""
    return name.lower().replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")


def agency_credits(article: Article) -> frozenset[str]:
    credits = set()
    for name in credited_agency_names(article.text):
        key = _agency_key(name)
        if key in _CASE_SENSITIVE and not name.isupper():
            continue
        credits.add(AGENCIES[key])
    if article.outlet and article.outlet.lower() in AGENCIES:
        credits.add(AGENCIES[article.outlet.lower()])
    return frozenset(credits)


def _shingles(text: str) -> set[int]:
    words = _WORDS.findall(text.lower())
    # zip builds the 10-word tuples and map hashes them without a Python-level loop.
    return set(map(hash, zip(*(words[i:] for i in range(SHINGLE)))))


#: Distinct shingles counted at once while finding those two articles or more share (a Counter
#: of this many is about 100 MB); a larger corpus is counted in parts of the hash range.
SHINGLES_PER_PASS = 1_000_000
_HASH_RANGE = (-(2**63), 2**63)


def _copy_shingles(shingles: Sequence[array[int]]) -> set[int]:
    """The shingles that are copy: held by two articles or more, and by no more than
    ``_BOILERPLATE_SHARE`` (more is page boilerplate). Each article's hashes come sorted.

    A count for each of the eight million shingles of 10,000 articles would take a gigabyte, so
    the hash range is cut into parts of about ``SHINGLES_PER_PASS`` shingles, counted one after
    the other (in C: each article's part is a slice found by bisection).
    """
    total = sum(map(len, shingles))
    parts = max(1, -(-total // SHINGLES_PER_PASS))
    low, high = _HASH_RANGE
    bounds = [low + (high - low) * k // parts for k in range(parts + 1)]
    copy: set[int] = set()
    for start, end in zip(bounds, bounds[1:]):
        if parts == 1:
            counts = Counter(chain.from_iterable(shingles))
        else:
            counts = Counter(chain.from_iterable(h[bisect_left(h, start) : bisect_left(h, end)] for h in shingles))
        copy.update(h for h, n in counts.items() if 1 < n <= _BOILERPLATE_SHARE)
    return copy


class _Groups:
    """Union-find over article indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.count = size  # groups left

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        """Join the groups of a and b; False when they were one already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        self.count -= 1
        return True


def _join_shared_copy(shingles: Sequence[array[int]], groups: _Groups) -> list[tuple[int, int]]:
    """Join articles that share ``MIN_SHARED_SHINGLES`` shingles of copy; the pairs that joined
    two groups, (earlier, later), in article order.

    Each article in turn counts, among its copy shingles, how many each earlier article holds:
    C set operations and a Counter over the earlier holders' lists, with no loop over pairs,
    whose number grows with the square of a corpus full of wire copy.
    """
    joined: list[tuple[int, int]] = []
    if groups.count <= 1:  # a single article
        return joined
    copy = _copy_shingles(shingles)
    holders: dict[int, list[int]] = {h: [] for h in copy}
    for index, hashes in enumerate(shingles):
        if groups.count == 1:
            break
        mine = copy.intersection(hashes)
        if not mine:
            continue
        lists = list(map(holders.__getitem__, mine))
        shared = Counter(chain.from_iterable(lists))
        # One shingle can be a long title and name ("Pakistan's Deputy Prime Minister and
        # Foreign Minister Ishaq Dar"); copy shares a run of words well past that.
        for earlier in sorted(e for e, n in shared.items() if n >= MIN_SHARED_SHINGLES):
            if groups.union(earlier, index):
                joined.append((earlier, index))
        deque(map(list.append, lists, repeat(index)), maxlen=0)  # index joins each list, in C
    return joined


def fewest_sources(options: Iterable[Iterable[str]]) -> int:
    """The fewest sources that account for every report, given the sources each could come
    from: a wire both credit explains two reports at once. Taken greedily, the source that
    explains most reports still unexplained first (ties by name, for a stable count); the
    options are a few wires apiece, where the greedy count is the least or next to it."""
    left = [frozenset(o) for o in options]
    count = 0
    while left:
        tally = Counter(chain.from_iterable(left))
        best = min(tally, key=lambda name: (-tally[name], name))
        if tally[best] == 1:
            # No source explains two reports still unexplained: each pick from here on
            # explains one, so one per report is left (a cluster of unrelated articles was
            # counted one pick and one tally at a time, its size squared).
            return count + len(left)
        left = [o for o in left if best not in o]
        count += 1
    return count


@dataclass(frozen=True, slots=True)
class SourceMap:
    """article id -> the upstream sources it may come from, and why articles were grouped."""

    sources_of: dict[str, tuple[str, ...]]
    members: dict[str, tuple[str, ...]]
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def independent_count(self, article_ids: Iterable[str]) -> int:
        return fewest_sources(self.sources_of.get(a, (a,)) for a in dict.fromkeys(article_ids))


def sources_by_article(members: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """article id -> its sources, from source id -> articles (a report's ``sources``)."""
    out: dict[str, list[str]] = defaultdict(list)
    for source, articles in members.items():
        for article in articles:
            out[article].append(source)
    return {article: tuple(found) for article, found in out.items()}


def source_map(articles: Sequence[Article]) -> SourceMap:
    ids = [a.id for a in articles]
    groups = _Groups(len(ids))
    reasons: dict[str, set[str]] = defaultdict(set)
    credits = [agency_credits(a) for a in articles]
    for index, agencies in enumerate(credits):
        for agency in agencies:
            reasons[ids[index]].add(f"credits {agency}")

    # Eight bytes a shingle, not a set's sixty: the sets of 10,000 articles would not fit.
    shingles = [array("q", sorted(_shingles(a.text))) for a in articles] if len(articles) > 1 else []
    for first, other in _join_shared_copy(shingles, groups):
        reasons[ids[first]].add(f"shares copy with {ids[other]}")
        reasons[ids[other]].add(f"shares copy with {ids[first]}")

    in_group: dict[int, list[int]] = defaultdict(list)
    for index in range(len(ids)):
        in_group[groups.find(index)].append(index)
    sources_of: dict[str, tuple[str, ...]] = {}
    for group in in_group.values():
        # copy shared with an article that credits a wire came from that wire too
        wires = sorted({agency for index in group for agency in credits[index]})
        names = tuple(f"source:{agency}" for agency in wires) or (f"source:{min(ids[i] for i in group)}",)
        for index in group:
            sources_of[ids[index]] = names
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in ids:
        for name in sources_of[article_id]:
            members[name].append(article_id)
    return SourceMap(
        sources_of=sources_of,
        # listed by name, each source's articles in article order
        members={name: tuple(members[name]) for name in sorted(members)},
        reasons={k: tuple(sorted(v)) for k, v in reasons.items()},
    )
