"""Quotation spans: where quoted words start and end in an article's text.

One linear scan per paragraph, no regular expression over the quoted text, so a megabyte line or
a thousand nested marks costs a single pass (a one-character class search jumps from mark to mark). Curly marks say which way they face; a straight
double mark opens after white space or an opening bracket and closes otherwise. Single marks only
count as quotes at word edges, so the apostrophes of "won't" and "Pakistan’s" are never quotes.

A quote that runs over several paragraphs follows the newspaper convention: the paragraph opens
with a mark and has no closing mark, the next paragraph opens with a mark again, and only the
last paragraph closes it. Such a quote is one span from the first opening to the last closing mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from crosscheck.text import paragraphs

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘‹"
_CLOSE_SINGLE = "’›"
_OPENING_CONTEXT = " \t\n([{—–-/:"
#: Every character the scan acts on; all others leave its state as it was, so it jumps between them.
_MARK = re.compile("[" + re.escape(_OPEN_DOUBLE + _CLOSE_DOUBLE + _OPEN_SINGLE + _CLOSE_SINGLE + "\"'") + "]")


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted words: ``start``/``end`` cover the inner text, ``open``/``close`` the marks."""

    open: int
    start: int
    end: int
    close: int
    single: bool = False
    #: True when the quote runs over more than one paragraph
    multi_paragraph: bool = False


def _opens(text: str, i: int, lo: int) -> bool:
    """A straight mark at i opens a quote (white space or a bracket before, a word after)."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENING_CONTEXT or before in _OPEN_DOUBLE) and not after.isspace()


def _single_opens(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPENING_CONTEXT and (after.isalnum() or after in "“\"")


def _single_closes(text: str, i: int, hi: int) -> bool:
    """A right single mark closes a quote only at a word's end ("mistreated,'" not "won't")."""
    after = text[i + 1] if i + 1 < hi else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isalnum() and not before.isspace()


def _paragraph_quotes(text: str, lo: int, hi: int) -> tuple[list[Quote], int | None]:
    """Quotes closed inside text[lo:hi], and the offset of a double mark still open at the end."""
    found: list[Quote] = []
    open_double: int | None = None
    open_single: int | None = None
    for mark in _MARK.finditer(text, lo, hi):
        i, ch = mark.start(), mark.group()
        if ch in _OPEN_DOUBLE:
            if open_double is None:
                open_double = i
        elif ch in _CLOSE_DOUBLE or ch == '"':
            if ch == '"' and open_double is None:
                if _opens(text, i, lo):
                    open_double = i
            elif open_double is not None:
                found.append(Quote(open_double, open_double + 1, i, i + 1))
                open_double = None
                open_single = None
            elif ch in _CLOSE_DOUBLE and open_single == lo:
                # "‘The charge is false,” he said.": a paragraph opened with the wrong mark, closed
                # with a double one that has nothing else to close
                found.append(Quote(open_single, open_single + 1, i, i + 1))
                open_single = None
        elif open_double is None and (ch in _OPEN_SINGLE or ch == "'"):
            if open_single is None:
                if _single_opens(text, i, lo):
                    open_single = i
            elif (ch == "'" or ch in _CLOSE_SINGLE) and _single_closes(text, i, hi):
                found.append(Quote(open_single, open_single + 1, i, i + 1, single=True))
                open_single = None
        elif open_double is None and open_single is not None and ch in _CLOSE_SINGLE:
            if _single_closes(text, i, hi):
                found.append(Quote(open_single, open_single + 1, i, i + 1, single=True))
                open_single = None
    return found, open_double


def _starts_with_open_mark(text: str, lo: int) -> bool:
    return lo < len(text) and (text[lo] in _OPEN_DOUBLE or text[lo] == '"')


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in the text, in order, multi-paragraph quotes joined into one."""
    out: list[Quote] = []
    pending: int | None = None  # opening mark of a quote carried over from earlier paragraphs
    last_end = 0  # where the paragraph before ends
    for para in paragraphs(text):
        lo, hi = para.start, para.end
        if pending is not None and not _starts_with_open_mark(text, lo):
            # the convention is broken: the carried quote never closed; its closing mark left out
            # after the paragraph's last full stop, it ends there, not in the paragraph after
            if _unmarked_close(text, pending, last_end):
                out.append(Quote(pending, pending + 1, last_end, last_end, multi_paragraph=text.find("\n", pending, last_end) != -1))
            pending = None
        quotes, still_open = _paragraph_quotes(text, lo, hi)
        if pending is not None:
            # The paragraph's own opening mark continues the pending quote.
            if quotes and quotes[0].open == lo:
                first = quotes[0]
                out.append(Quote(pending, pending + 1, first.end, first.close, multi_paragraph=True))
                quotes = quotes[1:]
                pending = None
            elif still_open == lo and not quotes:
                quotes = []
                still_open = pending  # the carried quote runs on through this paragraph too
        out.extend(q for q in quotes if not _nickname(text, q))
        pending = still_open
        last_end = hi
    if pending is not None and _unmarked_close(text, pending, last_end):
        out.append(Quote(pending, pending + 1, last_end, last_end, multi_paragraph=text.find("\n", pending, last_end) != -1))
    return out


def _unmarked_close(text: str, open_mark: int, para_end: int) -> bool:
    """A quote whose closing mark is missing at its paragraph's end: one that opens as words
    said do (first in its paragraph or sentence, or after a colon or comma: "He went on: “...")
    and whose paragraph ends on a full stop, a question or an exclamation mark, where the mark
    was left out. A stray mark inside a sentence ("the so-“called plan ...") closes nothing."""
    if para_end - open_mark <= 2 or text[para_end - 1] not in ".!?":
        return False
    line_start = text.rfind("\n", 0, open_mark) + 1
    before = text[max(line_start, open_mark - 40) : open_mark].rstrip(" \t")
    if not before:
        return True
    if before[-1] in "”\"’" and len(before) > 1:
        before = before[:-1]  # "... she said.” “And ...": the mark closing the quote before
    return before[-1] in ":,.!?"


#: a one-word nickname in quotation marks inside a name: Sen. Ann “Annie” Roe
_NAME_WORD_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w’'.-]*\s$")
_NAME_WORD_AFTER = re.compile(r"\s[A-Z][\w’'-]+")
_ONE_NAME_WORD = re.compile(r"[A-Z][\w’'.-]{0,20}")


def _nickname(text: str, q: Quote) -> bool:
    """The quote is a nickname between a first name and a surname, no one's words."""
    return _ONE_NAME_WORD.fullmatch(text, q.start, q.end) is not None \
        and _NAME_WORD_BEFORE.search(text, max(0, q.open - 30), q.open) is not None \
        and _NAME_WORD_AFTER.match(text, q.close) is not None


def iter_unquoted(text: str, quotes: list[Quote], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Stretches of text[lo:hi] that lie outside every quote (marks included in the quote)."""
    cursor = lo
    for q in quotes:
        if q.close <= lo or q.open >= hi:
            continue
        if q.open > cursor:
            yield cursor, q.open
        cursor = max(cursor, q.close)
    if cursor < hi:
        yield cursor, hi
