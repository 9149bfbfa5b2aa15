import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import Article, Span
from crosscheck.text import may_hold_folded, segment, sentence_at


def _sentences(text: str, furniture: tuple[Span, ...] = ()) -> list[str]:
    return [s.text for s in segment(Article(id="a", file="a.txt", text=text, furniture=furniture))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two.", ["One.", "Two."]),
        ("He met Mr. Smith in the U.S. on Monday. Then left.", ["He met Mr. Smith in the U.S. on Monday.", "Then left."]),
        ("It rose 2.8 percent. Prices fell.", ["It rose 2.8 percent.", "Prices fell."]),
        ('"We are leaving," he said. "Now."', ['"We are leaving," he said.', '"Now."']),
        ("Headline without stop\nBody starts here. And goes on.", ["Headline without stop", "Body starts here.", "And goes on."]),
        ("By Nitin A. Gokhale. Next sentence.", ["By Nitin A. Gokhale.", "Next sentence."]),
        # a first name in initials run together, after a comma too
        ("The firm's chief, D.J. Vale, spoke. He left.", ["The firm's chief, D.J. Vale, spoke.", "He left."]),
        ("What? Yes! Fine.", ["What?", "Yes!", "Fine."]),
        ("lower case. continues here", ["lower case. continues here"]),
        # scraped text that lost the space after a full stop
        ("The dam held for years.Repairs began in May.", ["The dam held for years.", "Repairs began in May."]),
        ("It was ongoing.Earlier, police said 40 died.", ["It was ongoing.", "Earlier, police said 40 died."]),
        ("See example.com or report.pdf now.", ["See example.com or report.pdf now."]),
        ("It rose 2.8 percent.Prices fell.", ["It rose 2.8 percent.", "Prices fell."]),
        # "Rs." before an amount is the rupee sign, no full stop
        ("The fund raised Rs. 2,100 crore. Most was lost.", ["The fund raised Rs. 2,100 crore.", "Most was lost."]),
        # a quote opening with a double and a single mark starts a sentence all the same
        ("He called it “fair”. “‘It was fair,” he said.", ["He called it “fair”.", "“‘It was fair,” he said."]),
        # titles before names, plural and run together, end no sentence
        ("Members, including Reps. Ana Vell and Bo Rain, have said no. Others agreed.",
         ["Members, including Reps. Ana Vell and Bo Rain, have said no.", "Others agreed."]),
        ("Sens. Ory and Pell left. Supt. Kade Omu said so.", ["Sens. Ory and Pell left.", "Supt. Kade Omu said so."]),
        ("Insp. Lira and Engr. Tobi Ade spoke. Barr. Uche Nwa agreed.",
         ["Insp. Lira and Engr. Tobi Ade spoke.", "Barr. Uche Nwa agreed."]),
        ("The army chief, Lt.Gen. Oru Dane, said it. Maj. Gen. Ile Paro agreed.",
         ["The army chief, Lt.Gen. Oru Dane, said it.", "Maj. Gen. Ile Paro agreed."]),
        # a word that only looks like a title still ends its sentence
        ("They voted for the reps. Then they left.", ["They voted for the reps.", "Then they left."]),
        # a law's article or a document's figure is numbered after its abbreviation; a full stop
        # after the same letters before a word still ends the sentence
        ("It passed under Art. 49.3 of the charter. Then talks ended.",
         ["It passed under Art. 49.3 of the charter.", "Then talks ended."]),
        ("As Fig. 2 and Sec. 230 show, it held. Then it fell.", ["As Fig. 2 and Sec. 230 show, it held.", "Then it fell."]),
        ("It was a work of art. Critics agreed.", ["It was a work of art.", "Critics agreed."]),
    ],
    ids=["plain", "abbreviations", "decimal", "quotes", "lines", "initial", "run-of-initials", "marks", "no-capital",
         "glued-stop", "glued-stop-comma", "lower-case-after-dot", "glued-after-percent", "rupee-sign",
         "two-opening-marks", "plural-title", "rank-titles", "trade-titles", "run-together-ranks",
         "title-word-at-end", "law-article", "figure-and-section", "word-art-at-end"],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_offsets_point_into_untouched_text() -> None:
    text = "  Lead line.\r\n\nSecond para. With two.\n   \nThird."
    article = Article(id="a", file="a.txt", text=text)
    sentences = segment(article)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_furniture_sentences_are_marked() -> None:
    text = "Real news here.\nicon-facebook icon-twitter\nMore news."
    furniture = (Span(start=16, end=41, text=text[16:41]),)
    marked = [s.furniture for s in segment(Article(id="a", file="a.txt", text=text, furniture=furniture))]
    assert marked == [False, True, False]


def test_sentence_at_finds_the_holder() -> None:
    article = Article(id="a", file="a.txt", text="First one. Second one.")
    sentences = segment(article)
    assert sentence_at(sentences, 0) is sentences[0]
    assert sentence_at(sentences, 12) is sentences[1]
    assert sentence_at(sentences, 10) is None  # the space between them


def test_glued_boundaries_spelled_for_speed_match_their_plain_spelling() -> None:
    """The glued-boundary pattern opens on its mark for speed; it finds what the plain
    spelling (a look-behind first) finds, in any stretch of any text."""
    import random
    import re

    from crosscheck import text

    plain = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z]{2,}\b)")
    pieces = ["ab", "a", "x.", ".", "!", "?", "Rates", "Ab", "Abc", "ABC", " ", "\n", "é", "_", "9", "’", "years."]
    rng = random.Random(11)
    for _ in range(20000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(sample))
        hi = rng.randint(lo, len(sample))
        found = [m.span() for m in text._GLUED_BOUNDARY.finditer(sample, lo, hi)]
        assert found == [m.span() for m in plain.finditer(sample, lo, hi)], (sample, lo, hi)


# ------------------------------------------------------------------ may_hold_folded

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Spokeswoman said", True),
        ("SPOKESMAN", True),
        ("the mayor said", False),
        ("ſpokesman", True),  # a long s: the case-blind pattern reads it as "s"
        ("MİNİSTER", True),  # a dotted capital I, which lowers to two characters
    ],
)
def test_may_hold_folded_answers_false_only_when_no_piece_is_there(text, expected):
    assert may_hold_folded(text, ("spokes", "minister")) is expected


@given(st.text(alphabet="aiksSIKſıİK é-", max_size=12), st.sampled_from(["ski", "is", "k", "sk-i"]))
def test_may_hold_folded_never_says_no_where_a_case_blind_pattern_matches(text, piece):
    if re.search(re.escape(piece), text, re.IGNORECASE):
        assert may_hold_folded(text, (piece,))
