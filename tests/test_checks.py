import pytest
from factories import claim

from crosscheck.checks import breakdown_checks

TOTAL = "A total of 20,073 Afghans returned in the first week of April."
PARTS = ("Of these, 12,982 departed from Khyber Pakhtunkhwa, 5,435 from Punjab, 1,573 from "
         "Islamabad, 44 from Sindh, 38 from Azad Jammu and Kashmir, and one from Gilgit Baltistan.")


def _breakdown(parts_text: str, figures: list[str]) -> list:  # type: ignore[type-arg]
    total = claim("20,073", counted="Afghans", sentence=TOTAL, offset=0, article="x")
    parts = [claim(f, counted=None, sentence=parts_text, offset=100, article="x") for f in figures]
    return [total, *parts]


def test_a_breakdown_that_sums_to_its_total() -> None:
    figures = ["12,982", "5,435", "1,573", "44", "38"]
    text = PARTS.replace("and one from", "and 1 from")
    (check,) = breakdown_checks(_breakdown(text, figures + ["1"]))
    assert check.kind == "sum" and check.ok
    assert check.found == check.expected == 20073
    assert "6 parts sum to 20,073" in check.why


def test_a_breakdown_off_by_n_says_by_how_much() -> None:
    text = PARTS.replace("5,435", "5,335").replace("and one from", "and 1 from")
    (check,) = breakdown_checks(_breakdown(text, ["12,982", "5,335", "1,573", "44", "38", "1"]))
    assert not check.ok
    assert check.found == 19973
    assert "(-100 off)" in check.why


@pytest.mark.parametrize(
    "sentence, figures, ok",
    [
        ("Some 1,200 people died, including 300 children and 200 women.", ["1,200", "300", "200"], True),
        ("Some 1,200 people died, including 900 children and 400 women.", ["1,200", "900", "400"], False),
    ],
    ids=["within", "exceeds"],
)
def test_including_lists_a_subset_of_the_total(sentence: str, figures: list[str], ok: bool) -> None:
    claims = [claim(f, counted=None, sentence=sentence, offset=0, article="y") for f in figures]
    (check,) = breakdown_checks(claims)
    assert check.kind == "subset" and check.ok is ok
    assert check.expected == 1200


def test_a_share_of_an_earlier_total_spells_out_the_count() -> None:
    from crosscheck.checks import share_checks

    total = claim("nearly 85,000", counted="Afghans", article="x", offset=0,
                  sentence="He said nearly 85,000 Afghans have crossed since the start of April.")
    share = claim("60", counted=None, kind="percent", unit="%", article="x", offset=200,
                  sentence="60 of them were children, the agency said.")
    (check,) = share_checks([total, share], {total.id: 0, share.id: 1})
    assert check.kind == "share" and check.ok
    assert check.total == total.id and check.parts == (share.id,)
    assert "comes to about 51,000" in check.why


def test_a_share_too_far_from_any_total_is_not_checked() -> None:
    from crosscheck.checks import share_checks

    total = claim("85,000", counted="Afghans", article="x", offset=0)
    share = claim("60", counted=None, kind="percent", unit="%", article="x", offset=900,
                  sentence="60 of them were children.")
    assert share_checks([total, share], {total.id: 0, share.id: 9}) == []


def _checks_of(text: str) -> list:  # type: ignore[type-arg]
    from crosscheck.extract.claims import extract_claims
    from crosscheck.model import Article
    from crosscheck.text import segment

    article = Article(id="t", file="t.txt", text=text)
    return breakdown_checks(extract_claims(article, segment(article)))


@pytest.mark.parametrize(
    ("text", "kind", "ok", "why"),
    [
        # a colon and a list: the whole of the total
        ("A total of 1,200 people were injured: 700 in Gorkha, 300 in Sindhupalchok and 250 in Dhading.",
         "sum", False, "the 3 parts sum to 1,250; the total given is 1,200 (50 off)"),
        ("A total of 1,200 people were injured: 700 in Gorkha, 300 in Sindhupalchok and 200 in Dhading.",
         "sum", True, "the 3 parts sum to 1,200; the total given is 1,200"),
        # "of which": some of it, in one currency
        ("Revenue rose to $4.2 billion, of which $3.1 billion came from cloud services and $1.5 billion "
         "from devices.", "subset", False, "the 2 parts named come to USD 4.6 billion, more than the total of "
         "USD 4.2 billion"),
        # a sentence that opens on its total
        ("Of the 480 people killed, 120 were children.", "subset", True,
         "1 part named comes to 120, within the total of 480"),
    ],
    ids=["colon-list-off", "colon-list-sums", "of-which-money-exceeds", "of-the-total"],
)
def test_a_breakdown_in_the_totals_own_sentence_is_checked(text: str, kind: str, ok: bool, why: str) -> None:
    (check,) = _checks_of(text)
    assert (check.kind, check.ok, check.why) == (kind, ok, why)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Sunday: 700 people were injured in Gorkha and 300 in Sindhupalchok.",
        "The fund raised $2 million, including 300 pledges from schools.",
    ],
    ids=["no-total-before-the-colon", "dollars-and-pledges-do-not-sum"],
)
def test_no_breakdown_where_there_is_no_total_of_the_same_kind(text: str) -> None:
    assert _checks_of(text) == []
