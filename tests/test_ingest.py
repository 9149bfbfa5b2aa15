"""Ingest of text files: the offset contract, the sidecar, dates, furniture, ids, duplicates."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pytest
from folders import write

from crosscheck.ingest import load, title_from_text, unique_ids
from crosscheck.ingest.dates import date_from_text, date_from_url, parse_date_value, resolve_year
from crosscheck.ingest.dedupe import find_duplicates
from crosscheck.ingest.draft import Draft
from crosscheck.ingest.furniture import find_furniture, furniture_lines, is_furniture
from crosscheck.model import Article, Span
from crosscheck.text import segment

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "afghan-returns-2025"



# --------------------------------------------------------------------------- the sample corpus


@pytest.fixture(scope="module")
def sample():
    return load([CORPUS])


def test_sample_corpus_reads_the_five_articles_and_nothing_else(sample):
    assert [a.file for a in sample.articles] == sorted(p.name for p in CORPUS.glob("*.txt"))
    assert sample.skipped == ()
    assert sample.warnings == ()


def test_sample_text_is_the_decoded_file_unchanged(sample):
    for article in sample.articles:
        raw = (CORPUS / article.file).read_bytes().decode("utf-8")
        assert article.text == raw.replace("\r\n", "\n").replace("\r", "\n")
        assert article.content_hash == hashlib.sha256(article.text.encode()).hexdigest()


def test_sample_gold_offsets_still_point_at_their_quotes(sample):
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    texts = {a.file: a.text for a in sample.articles}
    for claim in gold["claims"]:
        assert texts[claim["file"]][claim["start"] : claim["end"]] == claim["quote"]


def test_sample_metadata_from_sidecar_and_text(sample):
    by_file = {a.file[:3]: a for a in sample.articles}
    assert (by_file["000"].outlet, by_file["000"].published) == ("Dawn", date(2025, 4, 8))
    assert by_file["000"].provenance["published"] == "meta.jsonl"
    # 003 has no date in the sidecar: it is printed in the text.
    assert by_file["003"].published == date(2025, 4, 21)
    assert by_file["003"].provenance["published"] == "inferred from text: 'Mon Apr 21 2025'"
    assert by_file["003"].outlet is None and "outlet" not in by_file["003"].provenance


def test_sample_furniture_spans_hold_and_cover_the_page_furniture(sample):
    marked = {}
    for article in sample.articles:
        for span in article.furniture:
            assert article.text[span.start : span.end] == span.text
        marked[article.file[:3]] = [s.text for s in article.furniture]
    # The scraper's "date 2025-04-08" before the first paragraph, and nothing else.
    assert marked["000"] == ["date 2025-04-08"] and marked["002"] == ["date 2025-04-08"]
    assert marked["001"][0].startswith("Home Neighbours Afghanistan")
    assert any(t.endswith("REUTERS/Hedyatshah Hedayat/File Photo") for t in marked["001"])
    assert "Nitin A Gokhale WhatsApp Channel" in marked["001"]
    assert marked["003"].count("icon-facebook icon-twitter icon-whatsapp") == 2
    for label in (
        "Popular",
        "Spotlight",
        "More from World",
        "Comments",
        "See what people are discussing",
        "Canada 'never for sale', Carney tells Trump",
    ):
        assert label in marked["004"]
    # Credits are evidence of a shared source, not furniture.
    assert "With additional input from AFP" not in marked["004"]
    assert "(With inputs from Reuters)" not in marked["001"]


def test_sample_gold_claims_are_never_in_furniture(sample):
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    articles = {a.file: a for a in sample.articles}
    for claim in gold["claims"]:
        assert not is_furniture(articles[claim["file"]], claim["start"], claim["end"]), claim["id"]


# --------------------------------------------------------------------------- text contract


def test_text_keeps_everything_but_line_ends(tmp_path):
    content = "  Leading space\r\nWindows line\rOld Mac line\n\ttab\u00a0nbsp  \n\n"
    write(tmp_path, "a.txt", content)
    (article,) = load([tmp_path]).articles
    assert article.text == "  Leading space\nWindows line\nOld Mac line\n\ttab\u00a0nbsp  \n\n"


def test_single_file_and_markdown(tmp_path):
    path = write(tmp_path, "sub/story.md", "# Title\n\nBody with 12 people.\n")
    result = load([path])
    (article,) = result.articles
    assert (article.id, article.file) == ("story", "story.md")


def test_folder_walk_is_recursive_sorted_and_skips_non_articles(tmp_path):
    write(tmp_path, "b.txt", "Second story text.")
    write(tmp_path, "a/z.txt", "Nested story text.")
    write(tmp_path, ".hidden.txt", "Hidden.")
    write(tmp_path, ".git/x.txt", "Inside a hidden folder.")
    write(tmp_path, "gold.json", "{}")
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, "meta.jsonl", "")
    write(tmp_path, "out/report.json", "{}")
    write(tmp_path, "out/report.html", "<html></html>")
    write(tmp_path, "out/other.txt", "In an output folder.")
    write(tmp_path, "renamed.html", "<html><head><title>crosscheck report: x</title></head></html>")
    write(tmp_path, "report.md", "# crosscheck report")
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["a/z.txt", "b.txt"]
    # a document the user may have meant as an article is named; keys and sidecars are not
    assert [s.reason for s in result.skipped] == [
        "notes.pdf: not read: a .pdf document (save the article as text or HTML)"]


@pytest.mark.parametrize("name", ["story.pdf", "story.DOCX", "sub/story.odt", "story.rtf"])
def test_a_document_in_a_folder_is_named_once_and_the_rest_is_read(tmp_path, name):
    write(tmp_path, "good.txt", "Officials said 40 people were hurt.")
    write(tmp_path, name, b"\x00binary document")
    write(tmp_path, "photo.jpg", b"\xff\xd8")
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["good.txt"]
    (skipped,) = result.skipped
    assert skipped.file == name and skipped.reason.startswith(f"{name}: not read")


def test_ids_are_stems_made_unique_by_path(tmp_path):
    write(tmp_path, "x/story.txt", "One story about 5 goats.")
    write(tmp_path, "y/story.txt", "Another story about 7 sheep.")
    write(tmp_path, "other.txt", "A third story about 9 cows.")
    ids = [a.id for a in load([tmp_path]).articles]
    assert ids == ["other", "x/story.txt", "y/story.txt"]
    assert ids == [a.id for a in load([tmp_path]).articles]  # deterministic


def test_unique_ids_counts_up_when_even_paths_clash():
    drafts = [
        Draft(file="a.txt", id_hint="a", text="x"),
        Draft(file="a.txt", id_hint="a", text="y"),
    ]
    assert unique_ids(drafts) == ["a.txt", "a.txt-2"]


def test_stdin_is_one_article():
    result = load(["-"], stdin=io.StringIO("From a pipe:\r\n40 people."))
    (article,) = result.articles
    assert (article.id, article.file, article.text) == (
        "stdin",
        "<stdin>",
        "From a pipe:\n40 people.",
    )


# --------------------------------------------------------------------------- sidecar


def test_sidecar_overrides_what_is_inferred(tmp_path):
    write(tmp_path, "a.txt", "Mon Apr 21 2025\nA story.")
    write(tmp_path, "sub/b.txt", "Another story.")
    write(
        tmp_path,
        "meta.jsonl",
        '{"file": "a.txt", "outlet": "Dawn", "published": "2025-04-08", "title": "T", "note": 1}\n'
        '{"file": "sub/b.txt", "url": "https://example.org/b"}\n',
    )
    a, b = load([tmp_path]).articles
    assert (a.outlet, a.published, a.title) == ("Dawn", date(2025, 4, 8), "T")
    assert a.provenance == {
        "outlet": "meta.jsonl",
        "published": "meta.jsonl",
        "title": "meta.jsonl",
    }
    assert b.url == "https://example.org/b" and b.provenance["url"] == "meta.jsonl"


def test_nearest_sidecar_wins(tmp_path):
    write(tmp_path, "sub/b.txt", "A story.")
    write(tmp_path, "meta.jsonl", '{"file": "sub/b.txt", "outlet": "Outer"}\n')
    write(tmp_path, "sub/meta.jsonl", '{"file": "b.txt", "outlet": "Inner"}\n')
    (article,) = load([tmp_path]).articles
    assert article.outlet == "Inner" and article.provenance["outlet"] == "sub/meta.jsonl"


def test_sidecar_applies_to_a_file_given_alone(tmp_path):
    path = write(tmp_path, "a.txt", "A story.")
    write(tmp_path, "meta.jsonl", '{"file": "a.txt", "outlet": "Dawn"}\n')
    assert load([path]).articles[0].outlet == "Dawn"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"outlet": "X"}', 'no "file" field'),
        ('{"file": "a.txt", "published": "someday"}', "is not a date"),
        ('{"file": "missing.txt", "outlet": "X"}', "no file 'missing.txt'"),
    ],
    ids=["bad-json", "not-object", "no-file", "bad-date", "missing-file"],
)
def test_bad_sidecar_line_is_one_warning_and_the_rest_counts(tmp_path, line, problem):
    write(tmp_path, "a.txt", "A story.")
    write(tmp_path, "b.txt", "Another story.")
    write(tmp_path, "meta.jsonl", f'{line}\n{{"file": "b.txt", "outlet": "Kept"}}\n')
    result = load([tmp_path])
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("meta.jsonl line 1: ") and problem in result.warnings[0]
    assert result.articles[1].outlet == "Kept"


# --------------------------------------------------------------------------- dates


DATE_CASES = [
    (" date 2025-04-08 The Afghan interim government", date(2025, 4, 8), "' date 2025-04-08'"),
    ("Headline\n\nMon Apr 21 2025\nicon-facebook", date(2025, 4, 21), "'Mon Apr 21 2025'"),
    ("Headline\nPublished: April 21, 2025 10:32 AM\nBody.", date(2025, 4, 21), None),
    ("Headline\nMonday, 21 April 2025\nBody.", date(2025, 4, 21), None),
    ("Headline\nUpdated 2025-04-21T08:00:00Z\nBody.", date(2025, 4, 21), None),
    ("KABUL, Afghanistan, May 2, 2024 — Officials said", date(2024, 5, 2), None),
    (
        "Headline\nBody text that says April 8, 2025 inside a long sentence of the article here.",
        None,
        None,
    ),
    ("The meeting, April 8 - nothing", None, None),
    ("No date at all.", None, None),
    # a stamp with "at" before its time, a byline or furniture after it on the same line
    ("Headline\nUpdated March 4, 2031 at 9:05 a.m. EST\nBody.", date(2031, 3, 4), None),
    ("Headline\n\nMarch 4, 2031 by\n\nBody.", date(2031, 3, 4), None),
    ("Headline\n4 March 2031 at 10:30hrs | Views\nBody.", date(2031, 3, 4), None),
    ("Headline\n04 March 2031 - 21:30\nBody.", date(2031, 3, 4), None),
    # all-number dates: dots put the day first; a day above 12 settles either order;
    # a slashed date that reads both ways is no date at all
    ("Headline\nPublished 04.03.2031 00:00\nUpdated 05.03.2031 22:21\nBody.", date(2031, 3, 4), None),
    ("Headline\nPosted: 03/24/2031\nBody.", date(2031, 3, 24), None),
    ("Headline\nPosted: 24/03/2031\nBody.", date(2031, 3, 24), None),
    ("Headline\nPosted: 04/03/2031\nBody.", None, None),
    # a stamp of the last update yields to the first publication printed below it
    ("Headline\nUpdated: March 5, 2031\nPublished: March 3, 2031\nBody.", date(2031, 3, 3), None),
    ("Headline\nLast updated 5 March 2031\nBody.", date(2031, 3, 5), None),
    # a photo caption's date inside a sentence is the day of the photo, not of the article
    ("Headline\nA crane on the quay on March 2, 2031. (Photo agency)\nBody.", None, None),
    # below two paragraphs of the story, a dated line heads a fact box of some past event
    ("Two storms hit the coast. " * 10 + "\n\n" + "Rescuers reached the islands. " * 8
     + "\n\nPast storms\nDate: March 2, 2001\nDeaths: 40", None, None),
]


@pytest.mark.parametrize(
    ("text", "expected", "evidence"), DATE_CASES, ids=[c[0][:24] for c in DATE_CASES]
)
def test_date_from_text(text, expected, evidence):
    guess = date_from_text(text)
    assert (guess.resolved if guess else None) == expected
    if evidence:
        assert repr(guess.evidence) == evidence


DATELINE_CASES = [
    ("ISLAMABAD, April 8 (Reuters) - Pakistan said", (4, 8)),
    ("Bangkok, March 29: Thai rescuers", (3, 29)),
    ("NEW DELHI, Sept. 3 (PTI) — The", (9, 3)),
    ("Headline\n\nGENEVA, Dec 30 (AFP) - The UN", (12, 30)),
    ("Headline\n\nOct. 27 (UPI) — A council said", (10, 27)),
]


@pytest.mark.parametrize(
    ("text", "month_day"), DATELINE_CASES, ids=[c[0][:16] for c in DATELINE_CASES]
)
def test_dateline_without_year_is_partial(text, month_day):
    guess = date_from_text(text)
    assert guess is not None and guess.year is None and (guess.month, guess.day) == month_day


def test_partial_date_takes_the_nearest_year_of_the_story():
    (guess,) = [date_from_text("GENEVA, Dec 30 (AFP) - x")]
    assert resolve_year(guess, [date(2026, 1, 2), date(2026, 1, 3)]) == date(2025, 12, 30)
    assert resolve_year(guess, []) is None


def test_dateline_year_from_other_articles_or_unresolved(tmp_path):
    write(tmp_path, "a.txt", "ISLAMABAD, April 8 (Reuters) - Pakistan said 5 people.")
    (alone,) = load([tmp_path]).articles
    assert alone.published is None
    assert alone.provenance["published"].startswith("unresolved: 'ISLAMABAD, April 8 (Reuters) -'")
    write(tmp_path, "b.txt", " date 2025-04-09 Another story.")
    a, b = load([tmp_path]).articles
    assert (a.published, b.published) == (date(2025, 4, 8), date(2025, 4, 9))
    assert "year from the other articles" in a.provenance["published"]


URL_CASES = [
    ("https://news.example/world/2031/03/04/council-votes/", date(2031, 3, 4)),
    ("https://example.org/news/2031-03-04-council-votes.html", date(2031, 3, 4)),
    ("https://reader.example/paper/20310304/281629604815519", date(2031, 3, 4)),
    ("https://example.org/2031/03/council-votes", None),  # a month is no day
    ("https://example.org/story/2031-13-04-x", None),  # no 13th month
    ("https://2031.example/03/04/x", None),  # the host is not read
    ("https://example.org/item/12345", None),
    (None, None),
]


@pytest.mark.parametrize(("url", "expected"), URL_CASES, ids=[str(c[0])[-24:] for c in URL_CASES])
def test_date_from_url(url, expected):
    guess = date_from_url(url)
    assert (guess.resolved if guess else None) == expected


def test_url_date_when_the_text_prints_none_and_the_text_wins_when_it_does(tmp_path):
    write(tmp_path, "a.txt", "Officials said 12 people were hurt.")
    write(tmp_path, "b.txt", "Headline\nMarch 5, 2031\nOfficials said 12 people were hurt.")
    write(tmp_path, "c.txt", "OSLO, March 3 (AFP) - Officials said 12 people were hurt.")
    lines = [
        {"file": "a.txt", "url": "https://news.example/2031/03/04/hurt/"},
        {"file": "b.txt", "url": "https://news.example/2031/03/04/hurt/"},
        {"file": "c.txt", "url": "https://news.example/2031/03/04/hurt/"},
    ]
    write(tmp_path, "meta.jsonl", "\n".join(json.dumps(line) for line in lines))
    a, b, c = load([tmp_path]).articles
    assert a.published == date(2031, 3, 4) and a.provenance["published"].startswith("inferred from URL")
    assert b.published == date(2031, 3, 5)
    # the address has the year the dateline lacks
    assert c.published == date(2031, 3, 4)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-08", date(2025, 4, 8)),
        ("2025-04-08T23:10:00Z", date(2025, 4, 8)),
        ("8 April 2025", date(2025, 4, 8)),
        ("April 8, 2025", date(2025, 4, 8)),
        (1744070400, date(2025, 4, 8)),
        ("not a date", None),
        ("", None),
        (None, None),
        (True, None),
    ],
    ids=["iso", "iso-time", "day-month", "month-day", "epoch", "garbage", "empty", "none", "bool"],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


# --------------------------------------------------------------------------- furniture


FURNITURE_CASES = [
    ("icon-facebook icon-twitter icon-whatsapp", "share"),
    ("Share Tweet Email", "share"),
    ("Home › World › Asia", "crumbs"),
    ("Most read", "box"),
    ("More from Business", "box"),
    ("Advertisement", "box"),
    ("Leave a comment", "comments"),
    ("12 Comments", "comments"),
    ("Follow us on Google News", "promo"),
    ("Join our WhatsApp Channel", "promo"),
    ("Ending Soon! Save 40% on All Access", "promo"),
    ("Limited-time offer: 50% off your first year", "promo"),
    (
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
        "code",
    ),
    ("Rescuers search the rubble in Mandalay, March 29, 2025. REUTERS/Stringer", "caption"),
    ("A boy stands at the camp. (Photo by John Doe/AFP)", "caption"),
    ("Mon Apr 21 2025", "date"),
    # The page's notes about itself: their figures count the page, not the story.
    ("5 min read", "meta"),
    ("Written by Jane · 1 min read >", "meta"),
    ("Reading time: 4 minutes", "meta"),
    ("This article is more than 1 year old", "meta"),
    ("This story was published over 3 years ago", "meta"),
    ("Updated 3 hours ago", "meta"),
    ("By Jane Doe | Updated 12:30 GMT", "meta"),
    ("1,204 views", "share"),
    ("Posted 3 June 2021 at 09:15hrs | Views: 4,310", "meta"),
    ("Advertise on Example.com to reach thousands of our daily readers", "promo"),
    ("Share 38 Tweet Comments 0", "share"),
    ("Read more: Floods kill 231 in the south", "teaser"),
    ("ALSO READ | 5 things to know about the budget", "teaser"),
    ("Read More at Fund Nears $10 Billion U.N. Goal", "teaser"),
    ("Start your 7-day free trial and read 9000+ magazines and newspapers on any device.", "promo"),
    ("Start din 7-dagers gratis prøveperiode og les 9000+ magasiner og aviser.", "promo"),
    ("Get a weekly pick of 8 of our best reads in your inbox every Sunday.", "promo"),
    ("Get the 5 stories you need straight to your inbox.", "promo"),
    # free issues or a discount on the site's own subscription
    ("Subscribe to Example Weekly today and get your first four issues absolutely FREE", "promo"),
    ("Register now for 3 free articles every 30 days.", "promo"),
    ("Sign up with the link below and you'll get 30% off your first 6 months.", "promo"),
    ("Until the season starts you can get 20% off a 12-month subscription by clicking below.", "promo"),
    # a comment counter alone on its line, a page's build notes
    ("0", "meta"),
    ("Hostname: page-component-abc123 Total loading time: 0 Render date: 2024-01-01", "meta"),
]


@pytest.mark.parametrize(
    ("line", "rule"), FURNITURE_CASES, ids=[c[0][:20] for c in FURNITURE_CASES]
)
def test_furniture_rules(line, rule):
    text = f"{line}\n\nThe body of the story says 40 people died, officials said.\n"
    marks = furniture_lines(text)
    assert [(span.text, r) for span, r in marks] == [(line, rule)]


PROSE_CASES = [
    "Households could save 20% on energy bills",
    "Home Minister Amit Shah said 40 people had been detained.",
    "The share of returnees rose to 60 percent, the agency said.",
    "With additional input from AFP",
    "(With inputs from Reuters)",
    "Most read books this year were thrillers, the survey found.",
    "Officials said the window. The document was signed by 12 ministers.",
    "Second phase of deportations",
    # Figures near the words the page-note rules look for, in sentences of a story.
    "The hearing took 1 min",
    "The hearing took 1 min.",
    "It was a 5 min read, she said.",
    "The bridge is more than 100 years old",
    "The fire started 3 hours ago, police said.",
    "By 2030, 40 percent of cars will be electric.",
    "By Monday 40 people had left",
    "The firm offered a 30-day free trial to 40 schools, officials said.",
    "Read more than 40 books a year, the minister urged.",
    "Share prices fell 38 percent",
    "Advertisers spent 40 percent more, the survey found.",
    "Views differed: 40 people backed the plan | others did not",
    "Get this: 40 people found the scam in their inbox, police said.",
    "- 40 people were hurt, police said.",
    "Retailers offered 25% off in the sales, the survey found.",
    "Get ready: 25 people were hurt in the crash.",
    "Join 40 people who signed the letter, the group urged.",
    "740",
    # an agency among a poll's sponsors is no photo credit
    "Lena Moravec holds a 6-point lead, according to a Reuters/Tarn poll released on Friday.",
]


@pytest.mark.parametrize("line", PROSE_CASES, ids=[c[:20] for c in PROSE_CASES])
def test_prose_is_not_furniture(line):
    text = f"Headline of the story\n{line}\nMore text follows here with 5 numbers.\n"
    assert find_furniture(text) == ()


def test_a_date_prefix_before_the_body_is_furniture_but_its_sentence_still_counts():
    text = " date 2024-11-02 Floods killed 40 people on Saturday, officials said.\n\nMore follows."
    article = _article(text, find_furniture(text))
    assert [(s.start, s.end, s.text) for s in article.furniture] == [(1, 16, "date 2024-11-02")]
    first = segment(article)[0]
    assert first.text.startswith("date 2024-11-02 Floods killed 40") and not first.furniture
    short = "date 2024-11-02 Ten died.\n"
    assert not segment(_article(short, find_furniture(short)))[0].furniture


def test_closing_block_of_teasers_is_furniture_only_at_the_end():
    body = "A paragraph of the story with 300 people in it.\n" * 20
    tail = "Related\nOther story headline about 5 things\nAnother teaser with 9 goats\n"
    marked = [s.text for s in find_furniture(body + tail)]
    assert marked == [
        "Related",
        "Other story headline about 5 things",
        "Another teaser with 9 goats",
    ]
    # The same label in the middle of the article does not swallow the rest.
    marked = [s.text for s in find_furniture(tail + body)]
    assert marked == ["Related"]


def test_bulleted_links_under_a_box_label_are_teasers_even_mid_article():
    body = "A paragraph of the story with 300 people in it.\n" * 20
    box = "Related\n  • Maker recalls 850 Vans after brake fault\n  • Plant shuts 2 lines\n"
    marked = [s.text for s in find_furniture(body + box + body)]
    assert marked == ["Related", "• Maker recalls 850 Vans after brake fault", "• Plant shuts 2 lines"]
    # a bulleted line with no label above it is the story's own list
    marked = [s.text for s in find_furniture(body + "• 40 people were hurt\n" + body)]
    assert marked == []


def _article(text: str, furniture: tuple[Span, ...]) -> Article:
    return Article(id="a", file="a.txt", text=text, furniture=furniture)


def test_is_furniture_means_wholly_inside():
    text = "Popular\nSpotlight\nBody 12 people."
    article = _article(text, find_furniture(text))
    assert is_furniture(article, 0, 7)
    assert is_furniture(article, 0, 17)  # two spans and the newline between them
    assert is_furniture(article, 2, 4)
    assert not is_furniture(article, 0, 20)  # reaches into the body
    assert not is_furniture(article, 18, 22)
    assert not is_furniture(article, 5, 5)
    assert not is_furniture(_article(text, ()), 0, 7)


# --------------------------------------------------------------------------- titles


def test_title_is_the_first_headline_like_line_not_furniture():
    text = "Home News Asia Big Story\nBig Story About 5 Things\nBody."
    assert title_from_text(text, find_furniture(text)) == "Big Story About 5 Things"
    assert title_from_text("A whole first sentence ends here.\nBody", ()) is None
    # A date glued before the first sentence marks only itself: the line is still a sentence.
    text = "date 2025-04-08 A whole first sentence ends here.\nShort Line Below"
    assert title_from_text(text, find_furniture(text)) is None


@pytest.mark.parametrize(
    ("outlet", "url", "title", "shown"),
    [
        ("Dawn", "https://www.dawn.com/news/1", "T", "Dawn"),
        (None, "https://www.dawn.com/news/1", "T", "dawn.com"),
        # A file named after its source says more than the headline.
        (None, None, "Floods kill 231", "dawn-2025-04-08"),
    ],
)
def test_an_article_is_called_by_its_outlet_else_its_site_else_its_file(outlet, url, title, shown):
    article = Article(id="dawn-2025-04-08", file="in/dawn-2025-04-08.txt", text="x", outlet=outlet, url=url, title=title)
    assert article.display_name() == shown


@pytest.mark.parametrize(
    ("file", "article_id", "title", "shown"),
    [
        ("004_register.txt", "004_register", "T", "004_register"),
        ("feed.jsonl", "feed#3", "T", "feed#3"),  # two records of one file stay two sources
        # A file named by a machine: a headline stands in, quoted so it is not read as a paper's name.
        ("003_99f11a6eafaef3d0.txt", "003_99f11a6eafaef3d0", "Floods kill 231", "“Floods kill 231”"),
        ("17.txt", "17", "Pakistan, Afghanistan agree to deepen ties, continue dialogue", "“Pakistan, Afghanistan agree to deepen…”"),
        ("17.txt", "17", None, "17.txt"),
    ],
)
def test_an_article_without_outlet_or_site_is_called_by_its_file_unless_a_machine_named_it(file, article_id, title, shown):
    article = Article(id=article_id, file=file, text="x", title=title)
    assert article.display_name() == shown


# --------------------------------------------------------------------------- duplicates


def test_identical_and_near_identical_articles_point_at_the_first(tmp_path):
    story = (
        "Pakistan has expelled more than 80,000 Afghan nationals since the end of March, "
        "a senior official said on Friday, as part of a renewed surge in a repatriation drive. "
    ) * 6
    write(tmp_path, "a.txt", story)
    write(tmp_path, "b.txt", story)
    write(tmp_path, "c.txt", "icon-facebook icon-twitter\n" + story.replace("Friday", "friday!"))
    write(tmp_path, "d.txt", "An unrelated story about 12 goats and 4 sheep in the hills. " * 8)
    result = load([tmp_path])
    assert [a.duplicate_of for a in result.articles] == [None, "a", "a", None]
    assert len(result.warnings) == 2
    assert result.warnings[0].startswith("b.txt: duplicate of a (identical text)")
    assert result.warnings[1].startswith("c.txt: duplicate of a (")


def test_different_versions_of_a_story_are_not_duplicates():
    base = "The agency said 4,000 Afghans crossed on Sunday and Monday, far above March. " * 3
    other = base.replace("4,000", "9,000").replace("Sunday and Monday", "the whole week")
    other += "A new paragraph adds a response from the ministry, which denied the figures. " * 2
    articles = [
        Article(id="a", file="a.txt", text=base),
        Article(id="b", file="b.txt", text=other),
    ]
    out, notes = find_duplicates(articles)
    assert [a.duplicate_of for a in out] == [None, None] and notes == []


# --------------------------------------------------------------------------- reading in worker processes


@pytest.fixture()
def mixed_folder(tmp_path):
    """Every kind of file ingest treats apart: good, copied, re-encoded, bad, exported, described."""
    story = "The agency said 4,000 families crossed on Sunday, far above March, officials said. " * 6
    write(tmp_path, "a.txt", "Share this\n" + story)
    write(tmp_path, "b.txt", story)  # identical once furniture is left out
    write(tmp_path, "c.txt", story.replace("Sunday", "sunday!"))  # near-identical
    write(tmp_path, "d.txt", "KABUL, May 2 — Some 120 people died in floods, officials said.")
    write(tmp_path, "e.txt", "Flood toll rises to 35 in the north, the ministry said.".encode("cp1252") + b"\x96 ok")
    write(tmp_path, "f.txt", b"ab\x00\x01cd")
    write(tmp_path, "g.txt", "")
    write(tmp_path, "h.jsonl", '{"id": "r1", "text": "Some 9 boats sank."}\n{"id": "r2"}\nnot json\n')
    write(tmp_path, "sub/i.md", "# A headline here\n\nAbout 300 people were moved, aid groups said.")
    write(tmp_path, "meta.jsonl", '{"file": "d.txt", "outlet": "Dawn"}\n{"file": "zz.txt"}\n{bad\n')
    return tmp_path


def test_reading_in_two_processes_gives_what_one_process_gives(mixed_folder, monkeypatch):
    import crosscheck.ingest as ingest
    from crosscheck import parallel
    from crosscheck.settings import Settings

    single = load([mixed_folder], Settings(jobs=1))
    # Ten files would stay in one process: lower the bar so the pool really runs.
    monkeypatch.setattr(ingest, "MIN_FILES_PER_WORKER", 1)
    assert parallel.worker_count(2, 9, ingest.MIN_FILES_PER_WORKER) == 2
    double = load([mixed_folder], Settings(jobs=2))
    assert double.articles == single.articles
    assert double.skipped == single.skipped
    assert double.warnings == single.warnings
    # The folder does exercise what must stay the same: copies, skipped files and warnings.
    assert [a.duplicate_of for a in single.articles if a.duplicate_of] == ["a", "a"]
    assert {s.file for s in single.skipped} >= {"f.txt", "g.txt"}
    assert any(w.startswith("e.txt: not valid UTF-8") for w in single.warnings)
    assert any(w.startswith("meta.jsonl line 2") for w in single.warnings)


def test_a_bad_file_read_by_a_worker_is_one_line_naming_it(mixed_folder, monkeypatch):
    import crosscheck.ingest as ingest
    from crosscheck.settings import Settings

    monkeypatch.setattr(ingest, "MIN_FILES_PER_WORKER", 1)
    result = load([mixed_folder], Settings(jobs=2))
    (binary,) = [s for s in result.skipped if s.file == "f.txt"]
    assert binary.reason == "f.txt looks binary (contains NUL bytes); not read"
    (empty,) = [s for s in result.skipped if s.file == "g.txt"]
    assert empty.reason == "g.txt is empty"
    assert "f.txt" not in {a.file for a in result.articles}


def test_a_near_identical_copy_with_other_figures_is_kept_as_a_version():
    story = (
        "The ministry said 1,200 people were displaced by the floods on Monday, and officials "
        "estimated the damage at $3 million. About 450 homes were destroyed, the Red Cross said. "
    ) * 3
    updated = story.replace("1,200", "1,300")
    articles = [
        Article(id="a", file="a.txt", text=story),
        Article(id="b", file="b.txt", text=updated),
        Article(id="c", file="c.txt", text=updated.replace("Monday", "monday!")),
    ]
    out, notes = find_duplicates(articles)
    # the update keeps its figure; a mere re-scrape of the update is still a copy of it
    assert [a.duplicate_of for a in out] == [None, None, "b"]
    assert notes[0] == "b.txt: near-identical to a but its figures differ (300, 300, 300 where a has 200, 200, 200); kept, so both are compared"
    assert notes[1].startswith("c.txt: duplicate of b (")
