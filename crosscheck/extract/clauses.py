"""The clause a quantity stands in, so its frame and time come from its own clause.

A sentence often carries several clauses, and a phrase from one says nothing about a figure in
another: in "Islamabad announced at the start of March that 800,000 cards would be cancelled --
a programme which has already expelled 800,000 people", the second figure has no date. The
clause is cut at:

* hard breaks: ``;``, ``:``, a spaced or em dash, a double quotation mark;
* words that open a new clause: *which, while, whereas, because, although, though, when, where,
  after, before, as* (not *as many as*, *such as*, *as well as*), *but*, and *that* or *who*
  before the figure (a complement or relative clause the figure sits in);
* *and*/*but*/*or* directly before another figure ("800,000 had their cards cancelled *and*
  1.3 million still have permits");
* a comma, except after a fronted phrase that opens the sentence without a verb ("In September
  2023, hundreds of thousands crossed"; "Of these, 12,982 departed"), which belongs to the
  clause it introduces.

Cheap and general: words and punctuation only, no parser.

    >>> s = "He said on Friday that 500 people left, the majority of them children."
    >>> s[slice(*clause_of(s, 23, 26))]
    '500 people left'
"""

from __future__ import annotations

import re
from functools import lru_cache

#: words that report speech: a time phrase right after one dates the telling, not the figure
SPEECH_VERBS = frozenset(
    "said says say told tells stated states added adds reported reports noted notes claimed "
    "claims confirmed confirms estimated estimates announced announces wrote writes declared "
    "declares explained explains insisted insists warned warns".split()
)

_HARD = re.compile(r";|:(?!\d)|\s[-–—]{1,2}\s|—|--|[\"“”]")
#: one or two words in quotation marks ('12 others were "missing"', 'a "safe" route'): a word
#: the writer holds at arm's length, read in its clause, not a quotation that opens or ends one
_SCARE_QUOTED = re.compile(r"[\"“](?:[A-Za-z’'-]+)(?:\s[A-Za-z’'-]+)?[\"”]")
#: what a hard break cannot do without: a sentence with none of these has no hard break
_HARD_CHARS = tuple(';:"“”—–-')

# The word patterns below read as
#     _OPENERS:   \b(?:which|while|whereas|because|although|though|when|where|but|whom|whose)\b
#                 | \b(?:after|before)\b not ending their phrase
#                 | \bas\b, not in "such as", "as well as", "as many as", "as of", "as measured by" ...
#     _BEFORE_ONLY:          \b(?:that|who)\b
#     _COORDINATED_FIGURE:   \b(?<!\d )(?:and|but|or)\s+ before a figure
# all case-insensitive. Each is written to open with the words' first letters as a plain
# character set (none of them has an odd case fold), which lets the regex engine jump from
# candidate letter to candidate letter instead of trying the pattern at every position; the
# word boundary before the word is then a look-behind past that letter, and the rest is read
# case-insensitively. tests/test_clauses.py holds them to the plain patterns.
_WORD_START = r"(?<![\w][\s\S])"  # after the first letter: no word character before it
#: "before" and "after" that end their phrase are adverbs ("up from 60 two days before."), not
#: the opening of a clause
_ADVERB_END = r"(?!\s*(?:[.,;:!?)]|$))"
_OPENERS = re.compile(
    r"[WwBbAaTt]" + _WORD_START
    + r"(?i:(?<=w)h(?:ich|ile|ereas|en|ere|om|ose)\b|(?<=b)(?:ecause|ut)\b|(?<=b)efore\b" + _ADVERB_END
    + r"|(?<=a)lthough\b|(?<=a)fter\b" + _ADVERB_END + r"|(?<=t)hough\b"
    r"|(?<=a)s\b(?<!\bsuch as)(?<!\bas well as)(?! (?:many|much|few|little|high|low|well) as\b)(?! of\b)"
    # "inflation as measured by the index": how the measure is taken, no clause of its own
    r"(?! [a-z]{3,}ed by\b))"
)
_BEFORE_ONLY = re.compile(r"[TtWw]" + _WORD_START + r"(?i:(?<=t)hat|(?<=w)ho)\b")
_COORDINATED_FIGURE = re.compile(
    r"[AaBbOo]" + _WORD_START + r"(?<!\d [\s\S])"
    r"(?i:(?:(?<=a)nd|(?<=b)ut|(?<=o)r)\s+(?=(?:(?:about|around|nearly|almost|some|over|more than|"
    r"another|an estimated|estimated|at least|up to)\s+)?[\d½¼¾⅓⅔]|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|thousands|tens)\b))"
)
_VERB_HINT = re.compile(
    r"\b(?:\w{3,}ed|is|are|was|were|has|have|had|will|would|says|said|told|took|left|fled|"
    r"hit|lost|made|came|went|rose|fell|began|gave)\b",
    re.IGNORECASE,
)
#: a fronted adverbial opens with a preposition ("In the phase announced in March, ...")
_PREPOSITION_FIRST = re.compile(
    r"\s*(?:in|on|at|during|since|between|from|of|among|by|over|throughout|across|within|until|for)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _hard_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where ``_HARD`` matches, read once per sentence, however many figures it holds."""
    if not any(ch in sentence for ch in _HARD_CHARS):
        return ()  # the common case, told apart at C speed
    scare = {i for m in _SCARE_QUOTED.finditer(sentence) for i in (m.start(), m.end() - 1)}
    return tuple(m.span() for m in _HARD.finditer(sentence) if m.start() not in scare)


@lru_cache(maxsize=1024)
def clause_of(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds (local offsets) of the clause holding the quantity at ``sentence[start:end]``."""
    lo, hi = 0, len(sentence)
    for m_start, m_end in _hard_breaks(sentence):
        if m_end <= start:
            lo = max(lo, m_end)
        elif m_start >= end:
            hi = min(hi, m_start)
            break
    for m in _OPENERS.finditer(sentence, lo, hi):
        if m.end() <= start:
            lo = max(lo, m.start())
        elif m.start() >= end:
            hi = min(hi, m.start())
            break
    for m in _BEFORE_ONLY.finditer(sentence, lo, start):
        lo = max(lo, m.start())
    for m in _COORDINATED_FIGURE.finditer(sentence, lo, hi):
        if m.end() <= start:
            lo = max(lo, m.end())
        elif m.start() >= end:
            hi = min(hi, m.start())
            break
    lo = _comma_before(sentence, lo, start)
    comma_after = sentence.find(",", end, hi)
    if comma_after != -1 and not _thousands_comma(sentence, comma_after):
        hi = comma_after
    return lo, hi


def _thousands_comma(sentence: str, i: int) -> bool:
    return 0 < i < len(sentence) - 1 and sentence[i - 1].isdigit() and sentence[i + 1].isdigit()


def _comma_before(sentence: str, lo: int, start: int) -> int:
    """Move ``lo`` past the last comma before the figure, unless what precedes it is a fronted
    phrase with no verb that opens the clause ("In April, 500 left")."""
    commas, last = 0, -1
    i = sentence.find(",", lo, start)
    while i != -1:
        if not _thousands_comma(sentence, i):
            commas, last = commas + 1, i
        i = sentence.find(",", i + 1, start)
    if not commas:
        return lo
    head = sentence[lo:last]
    if commas == 1 and (lo == 0 or not sentence[:lo].strip()) and len(head.split()) <= 8 and (
        _PREPOSITION_FIRST.match(head) is not None or not _VERB_HINT.search(head)
    ):
        return lo  # a fronted adverbial that opens the sentence
    return last + 1


#: speech verbs that also end names in capitals ("United States", "Daily Reports")
_NAME_ENDS = frozenset({"states", "reports", "notes", "claims", "says", "tells", "writes", "announces"})


def speech_verb_before(sentence: str, at: int) -> bool:
    """A speech verb ends right before ``at`` ("said on Friday", "told AFP on Friday")."""
    words = re.findall(r"[A-Za-z]+", sentence[max(0, at - 40) : at])
    if len(words) >= 2 and words[-1].lower() in ("late", "early"):
        words.pop()  # "said late Saturday", "told reporters early on Monday"
    if not words:
        return False
    if words[-1].lower() in SPEECH_VERBS and not (words[-1][0].isupper() and words[-1].lower() in _NAME_ENDS):
        return True  # (not the end of a name: "the United *States* as of April 1")
    # "told AFP on Friday", "told reporters on Friday": one object word between
    return len(words) >= 2 and words[-2].lower() in ("told", "tells") and sentence[:at].rstrip()[-1:].isalpha()
