"""The clause a figure stands in, and the fast forms of the patterns that cut it."""

from __future__ import annotations

import random
import re

import pytest

from crosscheck.extract import clauses
from crosscheck.extract.clauses import clause_of, speech_verb_before


def _clause(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    lo, hi = clause_of(sentence, i, i + len(figure))
    return sentence[lo:hi]


@pytest.mark.parametrize(
    ("sentence", "figure", "clause"),
    [
        ("He said on Friday that 500 people left, the majority of them children.", "500", "that 500 people left"),
        ("In April, 500 left.", "500", "In April, 500 left."),
        ("Officials said 300 had died; 500 left.", "500", " 500 left."),
        ("800,000 had their cards cancelled and 1.3 million still have permits.", "1.3 million",
         "1.3 million still have permits."),
        ("The camp holds 500 people while 200 more wait outside.", "200", "while 200 more wait outside."),
        ("Up to 500 left as the rains came.", "500", "Up to 500 left "),
        ("Groups such as 500 volunteers helped.", "500", "Groups such as 500 volunteers helped."),
        ("WHICH 500 left", "500", "WHICH 500 left"),
        ("Cases rose, up from 500 a year before.", "500", " up from 500 a year before."),
        ("500 left before the rains came.", "500", "500 left "),
        ('Officials said 500 were "missing" on Monday.', "500", 'Officials said 500 were "missing" on Monday.'),
        ('Officials said 500 were missing, "and we fear the worst".', "500", "Officials said 500 were missing"),
    ],
    ids=["that-complement and comma", "fronted adverbial", "semicolon", "coordinated figure",
         "while", "as", "such as", "capitals", "adverb-before", "conjunction-before", "scare-quoted word",
         "quotation"],
)
def test_clause_of(sentence: str, figure: str, clause: str) -> None:
    assert _clause(sentence, figure) == clause


def test_speech_verb_before() -> None:
    s = "Officials told AFP on Friday that 500 left, he said on Monday."
    assert speech_verb_before(s, s.index("on Friday"))
    assert speech_verb_before(s, s.index("on Monday"))
    assert not speech_verb_before(s, s.index("500"))


#: the patterns as written for reading; clauses.py spells them for speed
_PLAIN = {
    "_OPENERS": re.compile(
        r"\b(?:which|while|whereas|because|although|though|when|where|but|whom|whose)\b"
        r"|\b(?:after|before)\b(?!\s*(?:[.,;:!?)]|$))"
        r"|(?<!\bsuch )(?<!\bas well )\bas\b(?! (?:many|much|few|little|high|low|well) as\b)(?! of\b)",
        re.IGNORECASE,
    ),
    "_BEFORE_ONLY": re.compile(r"\b(?:that|who)\b", re.IGNORECASE),
    "_COORDINATED_FIGURE": re.compile(
        r"(?<!\d )\b(?:and|but|or)\s+(?=(?:(?:about|around|nearly|almost|some|over|more than|another|"
        r"an estimated|estimated|at least|up to)\s+)?[\d½¼¾⅓⅔]|(?:one|two|three|four|five|six|seven|"
        r"eight|nine|ten|dozens|hundreds|thousands|tens)\b)",
        re.IGNORECASE,
    ),
}
#: words and marks the patterns care about, in odd cases and beside the letters IGNORECASE
#: folds oddly (ſ is an s, K a k, İ and ı an i)
_PIECES = (
    "which While WHEREAS because although though when where after before but whom whose as AS "
    "such well many much few little high low that who and AND or Or about some more than another "
    "an estimated at least up to one two ten dozens tens 500 5 ½ _ ſuch ıs whıch İs thoſe Kas é "
    "which19 as5 that2 ewhich aand oor bbut ; : - -- — – \" “ ” . , ) ?"
).split() + ["such as", "as well as", "as many as", "as of", "as often", "5 and 6", " and 7", "\n", "\t"]


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_the_fast_patterns_find_what_the_plain_ones_find(name: str) -> None:
    fast, plain = getattr(clauses, name), _PLAIN[name]
    rng = random.Random(name)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) + rng.choice((" ", " ", "", "  ")) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert [m.span() for m in fast.finditer(text, lo, hi)] == [m.span() for m in plain.finditer(text, lo, hi)], (
            text, lo, hi)


def test_hard_breaks_are_the_hard_pattern_read_once() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(rng.choice(_PIECES) + rng.choice((" ", "", " - ", " — ")) for _ in range(rng.randint(0, 10)))
        assert clauses._hard_breaks(text) == tuple(m.span() for m in clauses._HARD.finditer(text)), text
