"""Tokens with offsets: the one pass over the text every other grammar module reads.

One linear regex (no nested quantifiers, so no catastrophic backtracking) splits text into
digit runs, words and symbols. Runs of ordinary punctuation collapse into one token, so a line of
a million commas is one token, not a million. The lower-cased text is kept beside the offsets
because every lexicon lookup is case-insensitive.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# digits with internal separators (1,636 / 2.8 / 1.234.567 / 45·6); words with an apostrophe inside
# (o'clock, baker's); currency and share symbols one by one; other punctuation as runs of
# the same character.
_TOKEN = re.compile(
    r"(?P<n>\d+(?:[.,·]\d+)*)"
    r"|(?P<w>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|(?P<s>[$£€¥₹¢%~+#°½⅓⅔¼¾⅛])"
    r"|(?P<p>([^\w\s])\5*)"
)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    low: str
    kind: str  # "n" digits, "w" word, "s" symbol, "p" punctuation


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Every token of ``text`` with its offsets (plus ``offset``); whitespace is dropped."""
    return list(_tokenize(text, offset))


def sentence_tokens(text: str) -> tuple[Token, ...]:
    """``tokenize(text)`` as a tuple, from a cache of the last few texts: the quantity grammar
    tokenizes a sentence (most often whole: its window around a figure spans it) and the frame
    of each figure found reads the same tokens right after. Read-only, like every cached value."""
    return _tokenize(text, 0)


#: ``_TOKEN`` with the white space before each token (and underscores: no token takes them)
#: as a group of its own, so ``findall`` hands back plain strings and a token's offset is a
#: running sum of their lengths: no match object per token, which cost a third of the loop.
_SPACED_TOKEN = re.compile(
    r"([\s_]*+)"
    r"(?:(\d+(?:[.,·]\d+)*)"
    r"|([^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|([$£€¥₹¢%~+#°½⅓⅔¼¾⅛])"
    r"|(([^\w\s])\6*))"
)


@lru_cache(maxsize=16)
def _tokenize(text: str, offset: int) -> tuple[Token, ...]:
    out: list[Token] = []
    append = out.append
    make = tuple.__new__  # Token(...) through its NamedTuple __new__ is the hot spot on dense text
    # Blanks at the end are left out of the scan: with no token after them, findall would
    # try them again from each of their positions (quadratic on a page of blanks).
    stop = len(text.rstrip())
    while stop and text[stop - 1] == "_" or text[stop - 1 : stop].isspace():
        stop -= 1
    pos = offset
    for space, n, w, s, p, _ in _SPACED_TOKEN.findall(text, 0, stop):
        pos += len(space)
        if w:  # words first: most tokens are words, then marks
            tok, kind = w, "w"
        elif p:
            tok, kind = p, "p"
        elif n:
            tok, kind = n, "n"
        else:
            tok, kind = s, "s"
        end = pos + len(tok)
        append(make(Token, (pos, end, tok, tok.lower(), kind)))
        pos = end
    return tuple(out)


def touching(tokens: list[Token], i: int) -> bool:
    """True when token ``i`` follows token ``i-1`` with no space between them."""
    return 0 < i < len(tokens) and tokens[i - 1].end == tokens[i].start
