import pytest
from factories import article
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.sources import agency_credits, source_map

WIRE = (
    "Pakistan has expelled more than 80,000 Afghan nationals since the end of March as a "
    "deadline for them to leave the country passed, a senior official said on Saturday."
)


def test_wire_credits_are_read_from_the_copy() -> None:
    assert agency_credits(article("a", text="Story text. With inputs from Reuters")) == {"Reuters"}
    assert agency_credits(article("b", text='"We are leaving," a returnee told AFP.')) == {"AFP"}
    assert agency_credits(article("c", text="Fighting continued (AP) overnight.")) == {"AP"}
    # lower-case "ap" and "ani" are words, not agencies
    assert agency_credits(article("d", text="the map (ap) of the region")) == frozenset()


def test_articles_sharing_wire_copy_are_one_upstream_source() -> None:
    arts = [
        article("dawn", outlet="Dawn", text="ISLAMABAD: " + WIRE + " Local reporting followed."),
        article("strat", outlet="StratNews Global", text="New Delhi. " + WIRE),
        article("own", outlet="Arab News", text="Officials in Peshawar gave their own count today."),
    ]
    sources = source_map(arts)
    assert sources.sources_of["dawn"] == sources.sources_of["strat"] != sources.sources_of["own"]
    assert sources.independent_count(["dawn", "strat", "own"]) == 2
    assert any("shares copy with" in r for r in sources.reasons["dawn"])


def test_the_same_agency_credit_groups_articles_without_shared_copy() -> None:
    arts = [
        article("x", text="Different words here. With inputs from Reuters"),
        article("y", text="Other words entirely, a spokesman told Reuters."),
        article("z", text="Independent reporting from the border."),
    ]
    sources = source_map(arts)
    assert sources.independent_count(["x", "y", "z"]) == 2
    assert sources.sources_of["x"] == ("source:Reuters",)


def test_boilerplate_shared_by_every_article_is_not_shared_copy() -> None:
    footer = " Follow us on our channels for the latest news and updates from the region every day."
    arts = [article(f"a{i}", text=f"Story number {i} is about something else entirely." + footer) for i in range(60)]
    assert source_map(arts).independent_count([a.id for a in arts]) == 60


def test_a_shared_long_title_is_not_shared_copy() -> None:
    from factories import article

    from crosscheck.sources import source_map

    title = "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar"
    a = article("a", text=f"{title} spoke with his counterpart over the phone on Sunday about trade.")
    b = article("b", text=f"The understanding was reached during a meeting between {title} and the premier.")
    assert source_map([a, b]).independent_count(["a", "b"]) == 2


def test_a_shared_paragraph_is_one_source() -> None:
    from factories import article

    from crosscheck.sources import source_map

    copy = ("The new phase in the campaign to repatriate migrants could affect up to 1.6 million "
            "undocumented migrants and card holders during the year, the agency said on Monday.")
    a = article("a", text="Local lead paragraph here. " + copy)
    b = article("b", text=copy + " Another outlet's own closing line.")
    assert source_map([a, b]).independent_count(["a", "b"]) == 1


def _credits_by_full_scan(text: str) -> set[str]:
    """The plain definition: every match of the credit pattern over the whole text."""
    from crosscheck.sources import _CASE_SENSITIVE, _CREDIT, _LIST_SEPARATOR, AGENCIES, _agency_key

    credits = (next(g for g in m.groups() if g) for m in _CREDIT.finditer(text))
    names = (name for credit in credits for name in _LIST_SEPARATOR.split(credit))
    return {AGENCIES[_agency_key(n)] for n in names if _agency_key(n) not in _CASE_SENSITIVE or n.isupper()}


_CREDIT_PIECES = [
    "with inputs from ", "With additional reporting by ", " and ", ", ", "WITH INPUT FROM ", "wıth inputs from ", "forthwith inputs by ",
    "told ", "TOLD ", "according to ", "accordıng to ", "(", ")", " reported", " REPORTED", " reportedly",
    "Reuters", "AFP", "ap", "AP", "the Associated Press", "Agence France-Presse", "Anadolu Agency", "xinhua",
    "Reuterſ", "\u0130", "\u212a", " ", "\n", "  ", "-", ".", "x", "said",
]


@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=14).map("".join))
def test_credits_found_from_cue_words_match_a_full_scan(text: str) -> None:
    assert agency_credits(article("a", text=text)) == _credits_by_full_scan(text)


@pytest.mark.parametrize(
    "text",
    ["Reuters reported on Monday", "told AFP reported", "(AP) reported", "the Associated Press\n\n reported",
     "snap reported", "Kyodo reported", "\u212ayodo reported", "İt was, Reuters reported", "told Reuterſ"],
    ids=["reported", "overlap", "bracket", "long-space", "inside-word", "kyodo", "kelvin-sign", "dotted-i", "long-s"],
)
def test_credit_cases(text: str) -> None:
    assert agency_credits(article("a", text=text)) == _credits_by_full_scan(text)


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("With inputs from AFP and PTI", {"AFP", "PTI"}),
        ("with additional reporting by Reuters, AP and AFP.", {"Reuters", "AP", "AFP"}),
        ("With inputs from Reuters & ANI", {"Reuters", "ANI"}),
        ("With inputs from AFP and the town council", {"AFP"}),
    ],
)
def test_a_credit_to_several_agencies_credits_each(text: str, credited: set[str]) -> None:
    assert agency_credits(article("a", text=text)) == credited


def test_a_name_matched_through_case_folding_is_still_its_agency() -> None:
    assert agency_credits(article("a", text="with inputs from Reuterſ")) == {"Reuters"}


def test_a_large_corpus_counted_in_parts_of_the_hash_range_groups_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck import sources

    stories = [f"Story {i} tells of {i} different things that happened somewhere else on day {i}." for i in range(12)]
    arts = [article(f"a{i}", text=stories[i] + (" " + WIRE if i % 3 == 0 else "") + (" " + stories[i - 1] * 2 if i % 4 == 1 else ""))
            for i in range(12)]
    whole = source_map(arts)
    monkeypatch.setattr(sources, "SHINGLES_PER_PASS", 7)
    parts = source_map(arts)
    assert parts.members == whole.members and parts.reasons == whole.reasons
    assert whole.independent_count([a.id for a in arts]) < len(arts)  # some copy was shared


def test_an_article_crediting_two_wires_does_not_make_them_one_source() -> None:
    arts = [
        article("afp", text="Crowds gathered in the square on Friday, a witness told AFP."),
        article("pti", text="Police counted the marchers at noon. With inputs from PTI"),
        article("both", text="The march ended peacefully by evening. With inputs from AFP and PTI"),
        article("own", text="Our reporter at the scene saw the crowds thin out."),
    ]
    sources = source_map(arts)
    assert sources.sources_of["both"] == ("source:AFP", "source:PTI")
    assert sources.independent_count(["afp", "pti"]) == 2
    # the report crediting both repeats one of the two wires: still two sources, not three (or one)
    assert sources.independent_count(["afp", "pti", "both"]) == 2
    assert sources.independent_count(["afp", "both"]) == 1
    assert sources.independent_count(["both", "own"]) == 2


@pytest.mark.parametrize(
    ("options", "fewest"),
    [
        ([], 0),
        ([{"a"}], 1),
        ([{"a"}, {"b"}, {"a", "b"}], 2),
        ([{"a", "b"}, {"b", "c"}, {"c"}], 2),
        ([{"a", "b"}, {"a", "b"}], 1),
        ([{"x"}, {"y"}, {"z"}], 3),
    ],
)
def test_the_fewest_sources_that_account_for_every_report(options: list[set[str]], fewest: int) -> None:
    from crosscheck.sources import fewest_sources

    assert fewest_sources(options) == fewest
