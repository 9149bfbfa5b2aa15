"""Curly double quotes printed the wrong way round, turned where the pairing leaves no doubt.

Copy passed through a careless editor or converter often closes a quotation with an opening
mark: ``“It happened,“ Reed said.`` The statement finder pairs marks, so such a quote swallows
the rest of the paragraph. We turn a mark round only when both its neighbours and the marks
before it in the paragraph say which way it faces:

* an opening mark ``“`` that touches the word before it, is followed by a space or punctuation,
  and comes while a quotation is open, is a closing mark ``”``;
* a closing mark ``”`` that follows a space (or the start of the line), touches the word after
  it, and comes while no quotation is open, is an opening mark ``“``.

Anything else is left as printed. A paragraph with low-9 marks (German ``„…“``, where ``“``
closes) is left alone.

A full stop with a stray comma after it, before a quotation that opens a new sentence (``... the
levy., “The council ...``), keeps two sentences as one, and the act before the stop runs
into the quote; the comma is blanked (:func:`drop_stray_commas`). After an abbreviation
(``U.S., “We ...``, ``etc.,``) the comma is kept: only a lowercase word of three letters or more
ends a sentence that way.

One character stands for one character, so the text keeps its length and every offset into it
stays true.
"""

from __future__ import annotations

import re

OPEN, CLOSE = "\u201c", "\u201d"
_LOW_NINE = "\u201e"
_MARK = re.compile(f"[{OPEN}{CLOSE}]")
#: What may sit just before a closing mark (the end of a quoted word or sentence)...
_BEFORE_CLOSE = re.compile(r"[^\W_]|[.,!?;:…—–-]")
#: ...and just after it.
_AFTER_CLOSE = re.compile(r"\s|[.,!?;:)\]…—–-]")


def fix_reversed_quotes(text: str) -> str:
    """``text`` with unmistakably reversed curly double quotes turned round; the same length."""
    if OPEN not in text and CLOSE not in text:
        return text
    chars: list[str] | None = None
    for line in re.finditer(r"[^\n]+", text):
        paragraph = line.group()
        if _LOW_NINE in paragraph or (OPEN not in paragraph and CLOSE not in paragraph):
            continue
        is_open = False
        for mark in _MARK.finditer(paragraph):
            at = mark.start()
            before = paragraph[at - 1] if at > 0 else ""
            after = paragraph[at + 1] if at + 1 < len(paragraph) else ""
            fixed = mark.group()
            if fixed == OPEN and is_open and before and _BEFORE_CLOSE.match(before) and (
                not after or _AFTER_CLOSE.match(after)
            ):
                fixed = CLOSE
            elif fixed == CLOSE and not is_open and (not before or before.isspace() or before in "([—–") and (
                after and (after.isalnum())
            ):
                fixed = OPEN
            if fixed != mark.group():
                if chars is None:
                    chars = list(text)
                chars[line.start() + at] = fixed
            is_open = fixed == OPEN
    return text if chars is None else "".join(chars)


#: ``levy., “The`` -- a word, a full stop, a comma, then a quotation opening on a capital.
_STRAY_COMMA = re.compile(r"\b(?P<word>[a-z]{3,})\.,(?=[^\S\n]+[“\"][A-Z])")
#: Lowercase abbreviations that may take a comma after their stop.
_ABBREVIATIONS = frozenset(["etc", "approx", "incl", "excl", "esp", "misc", "dept", "govt", "cont", "est", "resp"])


def drop_stray_commas(text: str) -> str:
    """``text`` with the comma of a sentence-final ``.,`` before a quotation blanked; the same length."""
    if ".," not in text:
        return text
    return _STRAY_COMMA.sub(lambda m: m.group() if m.group("word") in _ABBREVIATIONS else m.group("word") + ". ", text)
