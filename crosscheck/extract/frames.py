"""The frame of a quantity in its sentence: what is counted, the event, the place.

Cheap, general heuristics over the sentence's tokens; no trained model, no gazetteer:

* **counted**: the noun phrase right after the quantity ("more than 80,000 *Afghan nationals*",
  "tens of thousands of *Afghan nationals*", "5,111 other *Afghan nationals*"), up to a verb,
  a preposition or punctuation, at most five words; "other"/"more"/"of the" are dropped.
* **event**: the main verb next to the quantity: after the counted phrase ("80,000 Afghans
  *returned*", "were *killed*") or, failing that, the verb before it ("Pakistan has *expelled*
  more than 80,000"). A verb is a word ending in -ed or one of the common irregular past forms.
* **place**: a capitalised phrase after a place preposition (in, from, across, into, at, to,
  near, through, inside, out of), nearest to the quantity, else the capitalised subject of
  the sentence when a verb follows it ("*Pakistan* has expelled ...").

    >>> frame("Pakistan has expelled more than 80,000 Afghan nationals since March", 22, 38)
    Frame(counted='Afghan nationals', counted_span=(39, 55), event='expelled', place='Pakistan')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from crosscheck.extract.units import MONTHS, WEEKDAYS

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d[\d,.]*|[^\w\s]")

_AUX = {"have", "has", "had", "been", "be", "being", "were", "was", "are", "is", "will",
        "would", "could", "can", "may", "might", "should", "must", "reportedly", "also",
        "already", "now", "so", "far", "since", "then", "still", "not", "allegedly", "all"}
_IRREGULAR = {"left", "fled", "died", "hit", "lost", "went", "came", "made", "took", "taken",
              "given", "gave", "fell", "fallen", "rose", "risen", "fought", "sent", "held",
              "began", "begun", "drove", "driven", "ran", "run", "saw", "seen", "told", "set",
              "paid", "met", "brought", "kept", "cost", "won", "built", "caught", "struck",
              "stood", "sold", "spent", "shot", "slain", "thrown", "threw", "found", "led",
              "bought", "fed", "felt", "forced", "gone", "grew", "grown", "put", "quit", "shut",
              "sought", "sunk", "swept", "torn", "withdrawn", "written", "live", "lived",
              "stranded", "return", "cross", "flee", "leave", "remain", "face"}
_STOP = {"who", "which", "that", "were", "was", "had", "have", "has", "are", "is", "from",
         "to", "in", "on", "since", "at", "by", "for", "with", "and", "or", "but", "as", "into",
         "across", "over", "during", "after", "before", "through", "this", "last", "per",
         "a", "an", "the", "said", "according", "will", "would", "could", "been", "being",
         "while", "when", "where", "than", "so", "until", "of", "out", "back", "each", "every",
         "had", "about", "between", "among", "including", "under", "be", "they", "he", "she",
         "it", "we", "you", "i", "them", "still", "already", "also", "now", "more", "less"}
_DROP_LEAD = {"other", "more", "additional", "further", "new", "another", "of", "the", "some",
              "such", "these", "those", "their", "its", "his", "her", "our"}
_PLACE_PREPS = {"in", "from", "across", "into", "at", "to", "near", "through", "inside", "outside",
                "via", "towards", "toward", "throughout", "within"}
_NOT_PLACES = MONTHS | WEEKDAYS | {"the", "a", "an", "i", "he", "she", "they", "we", "it", "this",
                                    "that", "but", "and", "on", "in", "according"}


class Frame(NamedTuple):
    counted: str | None
    counted_span: tuple[int, int] | None
    event: str | None
    place: str | None


def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]


def _is_verb(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR:
        return True
    return len(low) > 4 and low.endswith("ed") and low not in {"hundred", "red", "bed", "need",
                                                                 "seed", "speed", "feed", "united"}


def counted_after(sentence: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """The noun phrase right after a quantity ending at ``end`` (local offsets)."""
    toks = [t for t in _tokens(sentence) if t[0] >= end]
    words: list[tuple[int, int, str]] = []
    k = 0
    # "tens of thousands of Afghans", "half of them"
    while k < len(toks) and toks[k][2].lower() in _DROP_LEAD and len(words) == 0 and k < 3:
        k += 1
    for s, e, w in toks[k:]:
        low = w.lower()
        if not (w[0].isalpha()) or low in _STOP or (_is_verb(w) and words):
            break
        if words and low.endswith("ing") and len(low) > 5:
            break  # "hundreds of Afghans dragging ...": a participle starts a new clause
        if _is_verb(w) and not words and low not in ("displaced", "undocumented", "registered", "wounded", "injured", "armed", "unaccompanied", "detained", "trapped"):
            if low.endswith("ed") and low not in _IRREGULAR:
                break
        words.append((s, e, w))
        if len(words) >= 5:
            break
    if not words:
        return None
    text = " ".join(w for _, _, w in words)
    return text, (words[0][0], words[-1][1])


def event_near(sentence: str, start: int, end: int, counted_end: int | None) -> str | None:
    """The verb after the counted phrase, else the nearest verb before the quantity."""
    toks = _tokens(sentence)
    after = [t for t in toks if t[0] >= (counted_end if counted_end is not None else end)]
    for s, e, w in after[:5]:
        if w.lower() in _AUX:
            continue
        if _is_verb(w):
            return w.lower()
        if not w[0].isalpha():
            break
        break
    before = [t for t in toks if t[1] <= start][::-1]
    for s, e, w in before[:8]:
        if w in (".", ";", "—") and False:
            break
        if _is_verb(w):
            return w.lower()
    return None


def _capital_runs(sentence: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words ("Azad Jammu and Kashmir", "Gilgit Baltistan")."""
    toks = _tokens(sentence)
    runs: list[tuple[int, int, str]] = []
    k = 0
    while k < len(toks):
        s, e, w = toks[k]
        if w[0].isupper() and w.lower() not in _NOT_PLACES:
            j = k + 1
            while j < len(toks):
                w2 = toks[j][2]
                if w2[0].isupper() and w2.lower() not in MONTHS | WEEKDAYS:
                    j += 1
                elif w2 == "and" and j + 1 < len(toks) and toks[j + 1][2][0].isupper() and j - k <= 2:
                    j += 2
                else:
                    break
            runs.append((s, toks[j - 1][1], sentence[s : toks[j - 1][1]]))
            k = j
        else:
            k += 1
    return runs


def place_near(sentence: str, start: int, end: int) -> str | None:
    """A capitalised phrase after a place preposition, nearest the quantity."""
    toks = _tokens(sentence)
    best: tuple[int, str] | None = None
    for s, e, text in _capital_runs(sentence):
        if s == toks[0][0] if toks else False:
            continue
        before = [t for t in toks if t[1] <= s]
        if before and before[-1][2].lower() == "the":
            before = before[:-1]  # "across the Rio Grande"
        if not before or before[-1][2].lower() not in _PLACE_PREPS:
            continue
        after_run = [t for t in toks if t[0] >= e][:1]
        if after_run and after_run[0][2][0].islower() and after_run[0][2].lower() not in _STOP:
            continue  # "Afghan nationals", "Pakistani officials": an adjective, not a place
        dist = s - end if s >= end else (start - e) * 2 + 40  # prefer a place after the figure
        if dist < 0:
            continue
        if best is None or dist < best[0]:
            best = (dist, text)
    if best is not None:
        return re.sub(r"['’]s$", "", best[1])
    # the sentence's capitalised subject, when a verb follows it: "Pakistan has expelled ..."
    if toks and toks[0][2][0].isupper() and toks[0][2].lower() not in _NOT_PLACES:
        runs = _capital_runs(sentence)
        if runs and runs[0][0] == toks[0][0]:
            after = [t for t in toks if t[0] >= runs[0][1]][:3]
            if after and after[0][2][0].isdigit():
                return None  # "About 900 arrived": a hedge, not a subject
            if any(_is_verb(w) or w.lower() in ("has", "have", "had") for _, _, w in after):
                return runs[0][2]
    return None


def frame(sentence: str, start: int, end: int) -> Frame:
    """The frame of the quantity at ``sentence[start:end]``."""
    found = counted_after(sentence, end)
    counted, span = (found if found else (None, None))
    event = event_near(sentence, start, end, span[1] if span else None)
    return Frame(counted, span, event, place_near(sentence, start, end))
