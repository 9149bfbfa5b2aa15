"""Speakers: what a subject names, and one id per real speaker across the corpus."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosscheck.extract.speakers import (
    acronym_of,
    person_name,
    read_mention,
    resolve_speakers,
    same_speaker,
)
from crosscheck.model import Span, Statement, StatementPart

MENTIONS = [
    # (id, written, kind, name)
    ("titled-person", "Pakistan’s Deputy Interior Minister Tallal Chaudhry", "person", "Tallal Chaudhry"),
    ("lowercase-title", "Pakistani foreign minister Ishaq Dar", "person", "Ishaq Dar"),
    ("envoy-appositive", "Pakistan’s special envoy for Afghanistan, Ambassador Muhammad Sadiq Khan",
     "person", "Muhammad Sadiq Khan"),
    ("bare-name", "Shah Mahmood", "person", "Shah Mahmood"),
    # an office named with a title-like adjective names no one; a senator's office still speaks for them
    ("office-of-foreign-affairs", "The Department of Foreign Affairs", "org", "Department of Foreign Affairs"),
    ("ministry-of-home-affairs", "Ministry of Home Affairs", "org", "Ministry of Home Affairs"),
    ("office-of-a-senator", "The office of Senator Vale", "person", "Vale"),
    # a police rank in initials before the name, alone or after an apposed title
    ("rank-initials", "DSP Tom Vale", "person", "Tom Vale"),
    ("title-then-rank-initials", "The State Commissioner of Police, CP Ann Roe", "person", "Ann Roe"),
    ("initials-of-a-body", "UK Foreign Office", "org", "UK Foreign Office"),
    ("org-of", "the Taliban Ministry of Refugees and Repatriation", "org", "Ministry of Refugees and Repatriation"),
    ("org-acronym", "the International Organization for Migration (IOM)", "org",
     "International Organization for Migration"),
    ("org-possessor", "Pakistan's interior ministry", "org", "interior ministry"),
    ("acronym-alone", "the FO", "org", "FO"),
    ("document-issuer", "a statement from Pakistan’s Foreign Office (FO)", "org", "Foreign Office"),
    ("document-bare", "the statement", "document", "the statement"),
    ("anon-official", "a senior official", "anonymous", "a senior official"),
    ("anon-plural", "officials", "anonymous", "officials"),
    ("anon-group", "Pakistani officials", "anonymous", "Pakistani officials"),
    ("pronoun", "she", "pronoun", "she"),
    ("description", "the Taliban minister", "person", "the Taliban minister"),
    ("name-particle", "Mayor Carla de Souza", "person", "Carla de Souza"),
    ("name-particles", "Commission President Ursula von der Leyen", "person", "Ursula von der Leyen"),
    ("name-particle-bin", "Crown Prince Faisal bin Khalid", "person", "Faisal bin Khalid"),
    ("particle-not-before-a-name", "Minister Ana Ruiz de facto", "person", "Ana Ruiz"),
    ("persons-office", "Mayor Carla de Souza's office", "org", "Mayor Carla de Souza's office"),
    ("middle-initial", "Police Chief Carla R. Souza", "person", "Carla R. Souza"),
    ("caption-aside", "Coach Dana Pike (left)", "person", "Dana Pike"),
    ("role-aside-in-capitals", "Dana Pike (Northam City's Director of Football)", "person", "Dana Pike"),
    ("role-aside-with-of", "Dana Pike (Head of Sales)", "person", "Dana Pike"),
    ("initials-for-a-first-name", "U.S. District Judge K.L. Moran III", "person", "K.L. Moran"),
    ("generational-suffix", "Coach Sam Hale Jr.", "person", "Sam Hale"),
    # letters after the name for a rank at the bar, a seat or an honour are not the name
    ("silk-after-the-name", "Ann Roe QC", "person", "Ann Roe"),
    ("seat-after-the-name", "Tom Vale MP", "person", "Tom Vale"),
    ("honour-after-a-titled-name", "Judge Dana Pike KC", "person", "Dana Pike"),
    ("an-mp-described", "the Northam MP", "person", "the Northam MP"),
    # titles joined by a hyphen are a title, after a body's initials too
    ("hyphenated-title", "UN Secretary-General Ann Roe", "person", "Ann Roe"),
    ("initials-then-hyphenated-title", "WHO Director-General Tom Vale", "person", "Tom Vale"),
    ("office-of-then-name", "Secretary of Transportation Dana Pike", "person", "Dana Pike"),
    ("office-of-then-name-with-initial", "Ohio Secretary of Health Dana R. Pike", "person", "Dana R. Pike"),
    ("abbreviated-title", "State Gov. Carla Souza", "person", "Carla Souza"),
    ("newspaper", "the Bay City Post", "org", "Bay City Post"),
    # a document named by its issuer, with the issuer's initials in brackets
    ("issuer-with-acronym-document", "a Coastal Audit Office (CAO) report", "org", "Coastal Audit Office"),
    ("document-post", "a post on social media", "document", "a post on social media"),
    # a spokesperson for a body: the body's name closes the phrase, no person's
    ("spokesperson-for-a-body", "a spokesperson for the Coastal Rescue Agency", "anonymous",
     "a spokesperson for the Coastal Rescue Agency"),
    ("spokesman-for-an-office", "a spokesman for the Home Office", "anonymous", "a spokesman for the Home Office"),
    # control: an office's name, then the person's
    ("office-then-name", "Secretary of Transport Ann Lee", "person", "Ann Lee"),
    # a description in lower-case words, then the full name: the person
    ("described-then-name", "Olympic sprint star Ann Roe", "person", "Ann Roe"),
    ("described-with-a-participle", "Northfield's title-winning midfielder Jo Vance", "person", "Jo Vance"),
    # a place or a body after "in", "of", "the": not a person
    ("people-in-a-place", "community activists in North Vale", "anonymous", "community activists in North Vale"),
    ("body-after-the", "members of the Blue Cross", "anonymous", "members of the Blue Cross"),
]


@pytest.mark.parametrize("written,kind,name", [m[1:] for m in MENTIONS], ids=[m[0] for m in MENTIONS])
def test_read_mention(written: str, kind: str, name: str) -> None:
    mention = read_mention(written)
    assert (mention.kind, mention.name) == (kind, name)


def test_descriptions_point_back_and_names_do_not() -> None:
    assert read_mention("the agency").description
    assert read_mention("the Taliban refugees ministry").description
    assert not read_mention("the Ministry of Interior").description


@pytest.mark.parametrize("np", ["Pakistan’s special envoy for Afghanistan", "the agency", "a lawyer", "Secretary of State",
                                "the Minister for Health"])
def test_no_person_name_in_a_description(np: str) -> None:
    assert person_name(np) is None


SAME = [
    ("surname", "Dar", "Ishaq Dar", True, True),
    ("spelling", "Tallal Chaudhry", "Talal Chaudhry", True, True),
    ("acronym", "IOM", "International Organization for Migration", False, True),
    ("org-subset", "Ministry of Refugees and Repatriation", "Ministry of Refugees and Repatriation Affairs",
     False, True),
    ("org-word-order", "interior ministry", "Ministry of Interior", False, True),
    ("other-surname", "Khan", "Ishaq Dar", True, False),
    ("other-org", "Foreign Office", "Foreign Ministry", False, False),
    ("other-person", "Amir Khan Muttaqi", "Muhammad Sadiq Khan", True, False),
]


@pytest.mark.parametrize("a,b,person,expected", [s[1:] for s in SAME], ids=[s[0] for s in SAME])
def test_same_speaker(a: str, b: str, person: bool, expected: bool) -> None:
    assert same_speaker(a, b, person, person) is expected


def test_acronym_of() -> None:
    assert acronym_of("International Organization for Migration") == "IOM"


def _st(article: str, speaker: str, written: str | None = None, anonymous: bool = False) -> Statement:
    written = written or speaker
    return Statement(
        id=f"{article}:s0-1", article=article, start=0, end=1, content="x", speaker=speaker,
        speaker_id=None, cue="said", direct=False, anonymous=anonymous,
        speaker_span=Span(start=0, end=len(written), text=written),
    )


def test_resolve_speakers_across_articles() -> None:
    statements = [
        _st("a", "Ishaq Dar", "Pakistani foreign minister Ishaq Dar"),
        _st("b", "Dar"),
        _st("c", "International Organization for Migration", "the International Organization for Migration (IOM)"),
        _st("d", "IOM"),
        _st("e", "a senior official", anonymous=True),
        _st("f", "Amir Khan Muttaqi", "The Taliban administration’s acting foreign minister Amir Khan Muttaqi"),
        _st("g", "the acting foreign minister of Taliban"),
    ]
    resolved, speakers = resolve_speakers(statements)
    ids = [s.speaker_id for s in resolved]
    assert ids[0] == ids[1] == "ishaq-dar"
    assert ids[2] == ids[3]
    assert ids[5] == ids[6] == "amir-khan-muttaqi"
    assert ids[4] is not None and ids[4].startswith("anonymous-")
    by_id = {s.id: s for s in speakers}
    assert "Pakistani foreign minister Ishaq Dar" in by_id["ishaq-dar"].aliases
    assert by_id[ids[4]].anonymous
    # deterministic: the same input gives the same ids
    assert resolve_speakers(statements) == (resolved, speakers)


def test_a_name_over_another_passage_is_a_speaker_too() -> None:
    """"Kenya vows ..." heading its minister's words: a figure "Kenya says" elsewhere finds it."""
    headline = StatementPart(id="a:s0-5", start=0, end=5, content="x", relation="restates", headline=True,
                             speaker_span=Span(start=0, end=5, text="Kenya"))
    pronoun = StatementPart(id="a:s6-9", start=6, end=9, content="y", relation="continues",
                            speaker_span=Span(start=6, end=8, text="it"))
    minister = replace(_st("a", "John Mwangi", "Kenya's finance minister John Mwangi"), parts=(headline, pronoun))
    resolved, speakers = resolve_speakers([minister])
    assert [s.id for s in speakers] == ["john-mwangi", "kenya"]
    assert resolved[0].speaker_id == "john-mwangi"


def test_a_title_written_as_initials_joins_the_one_person_holding_it() -> None:
    """"The PM announced ..." in one article, "Prime Minister Jane Roe" in another."""
    statements = [
        _st("a", "Jane Roe", "Prime Minister Jane Roe"),
        _st("b", "PM", "The PM"),
        _st("c", "Tom Reed", "Finance Minister Tom Reed"),
    ]
    resolved, _ = resolve_speakers(statements)
    assert [s.speaker_id for s in resolved] == ["jane-roe", "jane-roe", "tom-reed"]


def test_an_office_named_by_its_country_joins_the_same_office_named_by_adjective() -> None:
    statements = [
        _st("a", "Chilean navy", "The Chilean navy"),
        _st("b", "navy", "Chile's navy"),
        _st("c", "Peruvian army", "the Peruvian army"),
        _st("d", "army", "Bolivia's army"),
    ]
    resolved, _ = resolve_speakers(statements)
    assert [s.speaker_id for s in resolved] == ["chilean-navy", "chilean-navy", "peruvian-army", "army"]


def test_a_description_with_the_title_spelled_out_joins_the_abbreviated_title() -> None:
    """"the state's governor" in one article, "State Gov. Ana Ruiz" in another."""
    statements = [_st("a", "Ana Ruiz", "State Gov. Ana Ruiz"), _st("b", "State’s governor", "The State’s governor")]
    resolved, _ = resolve_speakers(statements)
    assert [s.speaker_id for s in resolved] == ["ana-ruiz", "ana-ruiz"]


def test_two_agencies_named_together_are_neither_of_them() -> None:
    statements = [
        _st("a", "Department of Forestry and the County Sheriff's Office"),
        _st("b", "County Sheriff's Office"),
    ]
    resolved, _ = resolve_speakers(statements)
    assert resolved[0].speaker_id != resolved[1].speaker_id


@pytest.mark.parametrize(("description", "expected"), [
    ("The head of the agency", "jane-roe"),
    ("the agency boss", "jane-roe"),
    # near misses: another field's head; the same field's head when two leaders hold titles in it
    ("The head of the union", "the-head-of-the-union"),
], ids=["head-of", "boss", "other-field"])
def test_a_bodys_head_in_one_article_joins_its_titled_leader_in_another(description: str, expected: str) -> None:
    """"The head of the agency said ..." in one article, "agency chief Jane Roe" in another."""
    resolved, _ = resolve_speakers([_st("a", "Jane Roe", "Agency chief Jane Roe"), _st("b", description, description)])
    assert resolved[1].speaker_id == expected


def test_a_bodys_head_with_two_leaders_in_the_field_joins_neither() -> None:
    statements = [_st("a", "Jane Roe", "Agency chief Jane Roe"), _st("b", "Tom Vale", "agency director Tom Vale"),
                  _st("c", "The head of the agency", "The head of the agency")]
    resolved, _ = resolve_speakers(statements)
    assert resolved[2].speaker_id == "the-head-of-the-agency"
