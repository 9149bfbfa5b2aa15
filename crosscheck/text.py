"""Segment: paragraphs and sentences with offsets into the untouched article text.

Scraped articles rarely keep blank lines between paragraphs, so every line break starts a new
paragraph. Sentences end at . ! ? (and a closing quote or bracket after them) followed by
white space and a capital, a digit or an opening quote, except after a known abbreviation
("Mr.", "U.S.", "Jan.") or an initial ("A. Gokhale"). No trained model: the rules are cheap
and predictable, and a missed boundary only makes a sentence longer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from crosscheck.model import Article, Sentence, Span

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt capt sgt st mt ft jr sr inc ltd co corp bros
    no nos vol vs etc approx est dept univ assn ave blvd rd rs
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m""".split()
)
#: Titles and ranks written before a name, singular and plural ("Reps. A and B", "Supt.",
#: "Engr.", "Barr."): capitalised, a sentence seldom ends on one, and a split there cuts the
#: speaker off the verb. Lower case they are words that can end a sentence ("for the reps.").
_TITLES = frozenset(
    """mmes messrs drs profs sens reps govs gens cols lts capts sgts maj majs brig adm cmdr cdr
    comdr cmdt cpl pvt pte spc det supt insp hon rt rev fr msgr atty amb asst engr barr alh ald
    cllr""".split()
)
#: "No." abbreviates "number" only before one ("No. 10"); "they said no. Others" ends there. So
#: do the labels of a law's or a document's parts ("Art. 49.3", "Sec. 230", "Fig. 2", "pp. 14-15").
_BEFORE_A_NUMBER = frozenset({"no", "nos", "art", "arts", "sec", "secs", "ch", "chap", "para", "paras", "fig",
                              "figs", "pp"})

# A candidate boundary: terminal punctuation, optional closers, then white space (no newline).
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]{0,2}[A-Z0-9])")
_RUN_OF_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,9})[.!?]+[\"'”’)\]]*[ \t]+$")


def paragraphs(text: str) -> Iterator[Span]:
    """Non-blank lines, each a paragraph, with offsets."""
    for start, end in _paragraph_bounds(text):
        yield Span(start=start, end=end, text=text[start:end])


def _paragraph_bounds(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            yield start, start + len(stripped)
        pos += len(line) + 1


def _is_abbreviation(text: str, boundary_end: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, boundary_end - 16), boundary_end)
    if not match:
        return False
    written = match.group(1)
    word = written.lower().rstrip(".")
    if word in _BEFORE_A_NUMBER:
        return boundary_end < len(text) and text[boundary_end].isdigit()
    # Ranks run together: "Lt.Gen.", "Asst.Supt." end on a known title.
    last = word.rsplit(".", 1)[-1]
    if written[0].isupper() and (word in _TITLES or ("." in word and (last in _TITLES or last in _ABBREVIATIONS))):
        return True
    if _RUN_OF_INITIALS.fullmatch(written.rstrip(".")):
        return True  # "D.J. Vale", "J.K. Lee": a first name in initials, run together
    # A lone capital letter followed by a period is an initial ("Nitin A. Gokhale"); a lone "v."
    # is "versus" in a case name ("Roe v. Wade").
    return word in _ABBREVIATIONS or (len(word) == 1 and (match.group(1).isupper() or match.group(1) == "v"))


#: A boundary scraping lost the space of: "the first cut in years.Rates were", "ongoing.Earlier,":
#: a full stop between a lower-case word and a capitalised one, touching both (a domain name or a
#: file name is lower case after its dot: "example.com", "report.pdf"). Read as
#: ``(?<=[a-z]{2})[.!?](?=[A-Z][a-z]{2,}\b)``; spelled to open on the mark, which the regex engine
#: jumps to, with the look-behind after it (a pattern opening on a look-behind is tried at every
#: position: a quarter of the cost of finding sentences).
_GLUED_BOUNDARY = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2,}\b)")


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence boundaries inside text[start:end], trimmed of white space."""
    cursor = start
    candidates = [(m.start(), m.end(), m.group(0)) for m in _BOUNDARY.finditer(text, start, end)]
    if "." in text[start:end]:
        glued = [(m.start(), m.end(), m.group(0)) for m in _GLUED_BOUNDARY.finditer(text, start, end)]
        if glued:
            candidates = sorted(candidates + glued)
    for _m_start, m_end, m_text in candidates:
        if _is_abbreviation(text, m_end):
            continue
        stop = m_end - (len(m_text) - len(m_text.rstrip()))
        if stop > cursor:
            yield cursor, stop
        cursor = m_end
    if end > cursor:
        yield cursor, end


def _mostly_in(start: int, end: int, spans: Sequence[Span]) -> bool:
    # Nearly all covered, not merely touched: furniture is whole lines, except a scraper's
    # "date 2025-04-08" prefix, which must not take the first sentence of the body with it.
    covered = sum(max(0, min(end, s.end) - max(start, s.start)) for s in spans)
    return covered > 0 and 10 * covered >= 9 * (end - start)


def segment(article: Article) -> list[Sentence]:
    """Every sentence of the article, in order, marked when it lies in page furniture."""
    text, furniture = article.text, article.furniture
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(_paragraph_bounds(text)):
        for start, end in sentence_spans(text, p_start, p_end):
            out.append(
                Sentence(
                    article=article.id,
                    index=len(out),
                    paragraph=p_index,
                    start=start,
                    end=end,
                    text=text[start:end],
                    furniture=bool(furniture) and _mostly_in(start, end, furniture),
                )
            )
    return out


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The sentence holding an article offset (sentences are sorted by start)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo].start <= offset < sentences[lo].end:
        return sentences[lo]
    return None


#: the only letters an IGNORECASE pattern reads as an ASCII letter that ``str.lower`` does not
#: lower to it (the dotted capital I lowers to two characters)
_ODD_FOLDS = ("İ", "ı", "ſ")


def may_hold_folded(text: str, pieces: Sequence[str]) -> bool:
    """False only when no piece (ASCII, lower case) is in ``text`` as an IGNORECASE pattern
    reads it: a pattern needing one of them is then not tried at every position."""
    if any(c in text for c in _ODD_FOLDS):
        return True
    low = text.lower()
    return any(piece in low for piece in pieces)
