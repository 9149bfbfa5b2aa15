"""Statements across articles: stance, sides, and which statements are one position."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosscheck.align_statements import (
    act,
    align_statements,
    base_form,
    cluster_statements,
    predicate,
    refused,
    speaker_sides,
    stance,
)
from crosscheck.extract.speakers import side_of
from crosscheck.judge import judge_statements
from crosscheck.model import Span, Statement
from crosscheck.settings import DEFAULT


def _st(sid: str, content: str, speaker_id: str, written: str = "", cue: str = "said") -> Statement:
    article = sid.split(":")[0]
    speaker = speaker_id.replace("-", " ").title()
    return Statement(id=sid, article=article, start=0, end=len(content), content=content, speaker=speaker,
                     speaker_id=speaker_id, cue=cue, direct=False,
                     speaker_span=Span(start=0, end=len(written or speaker), text=written or speaker))


STANCES = [
    # (id, cue, content, stance)
    ("cue-verb", "condemned", "condemned the shelling of the hospital", {"criticise"}),
    ("participle-after-cue", "issued a statement", "issued a statement “condemning the raids on aid convoys”",
     {"criticise"}),
    ("evaluative-word", "said", "The treatment of the protesters is unacceptable and intolerable,", {"criticise"}),
    ("regret", "said", "It is with great regret that families are losing their homes,", {"criticise"}),
    ("relayed-own-act", "said", "He strongly urged the banks to lower their fees,", {"appeal"}),
    ("modal", "added", "All voters should be allowed to cast a ballot by post,", {"appeal"}),
    ("concern-at-head", "voiced", "voiced concern over the slow pace of the recount", {"concern"}),
    ("expressed-concern", "said in a statement", "he “expressed deep concern over the floods”", {"concern"}),
    ("deny", "denies", "denies the charge", {"deny"}),
    ("assure", "assured", "depositors would not lose their savings", {"assure"}),
    ("other-party-act", "said", "the rebels have assured the mediators they would stop", set()),
    ("add-on-participle", "expressed", "expressed interest in new trade routes, urging quick steps", set()),
    ("someone-elses-concern", "warned", "talks are off if the rebels ignore the government's concerns", {"warn"}),
    ("plain-fact", "said", "the tariff on rice was cut last month", set()),
]


@pytest.mark.parametrize("cue,content,expected", [s[1:] for s in STANCES], ids=[s[0] for s in STANCES])
def test_stance(cue: str, content: str, expected: set[str]) -> None:
    assert stance(_st("a:1", content, "x", cue=cue)) == expected


ACTS = [
    # (id, cue, content, act): the stance read without modals
    ("modal-alone", "added", "All voters should be allowed to cast a ballot by post,", set()),
    ("modal-and-verb", "urged", "the banks must lower their fees,", {"appeal"}),
    ("evaluative-word", "said", "The treatment of the protesters is unacceptable and intolerable,", {"criticise"}),
]


@pytest.mark.parametrize("cue,content,expected", [s[1:] for s in ACTS], ids=[s[0] for s in ACTS])
def test_act_leaves_modals_out(cue: str, content: str, expected: set[str]) -> None:
    assert act(_st("a:1", content, "x", cue=cue)) == expected


SIDES = [
    ("possessor", "Kenya’s interior ministry", {"kenya"}),
    ("adjective-before-title", "Kenyan finance minister John Mwangi", {"kenya"}),
    ("modifier-after-a-title-word", "acting Afghan Foreign Minister Amir Khan Muttaqi", {"afgha"}),
    ("post-modifier-is-not-a-side", "Brazil’s special envoy for Argentina, Ambassador Ana Silva", {"brazi"}),
    ("country-alone", "Brazil", {"brazi"}),
    ("person-alone", "Ana Silva", set()),
    ("pronoun", "He", set()),
]


@pytest.mark.parametrize("written,expected", [s[1:] for s in SIDES], ids=[s[0] for s in SIDES])
def test_side_of_a_speaker(written: str, expected: set[str]) -> None:
    assert side_of(written) == expected


def test_a_surname_standing_for_a_person_has_no_side() -> None:
    dar = _st("a:1", "trade will grow", "ishaq-dar", written="Dar")
    assert speaker_sides([dar]) == {}


def _groups(statements: list[Statement]) -> list[list[str]]:
    return cluster_statements(statements, DEFAULT.statement_threshold)


ALIGN = [
    # (id, statements, whether the first two are merged)
    ("one-speaker-one-act-shared-subject", [
        _st("a:1", "issued a statement “condemning the forced eviction of the squatters”", "housing-ministry",
            cue="issued a statement"),
        _st("b:1", "The eviction of the squatters by the police is unacceptable and intolerable,", "housing-ministry"),
    ], True),
    ("one-speaker-paraphrase", [
        _st("a:1", "expressed deep concern over the forced deportations of refugees", "minister", cue="expressed"),
        _st("b:1", "voiced concern over the forced deportation of refugees", "minister", cue="voiced"),
    ], True),
    ("one-speaker-two-acts", [
        _st("a:1", "condemned the raids on the opposition offices", "party", cue="condemned"),
        _st("b:1", "assured that the raids on opposition offices would be investigated", "party", cue="assured"),
    ], False),
    ("one-speaker-one-act-nothing-shared", [
        _st("a:1", "assured depositors would not lose savings", "central-bank", cue="assured"),
        _st("b:1", "assured that trade routes will remain open", "central-bank", cue="assured"),
    ], False),
    ("same-words-two-names", [
        _st("a:1", "a charge the junta denies", "junta", cue="denies"),
        _st("b:1", "denies the charge", "military-government", written="The military government", cue="denies"),
    ], True),
    ("one-side-one-act-close-content", [
        _st("a:1", "condemned the shelling of the border villages by the rebels", "kenya-ministry",
            written="Kenya’s defence ministry", cue="condemned"),
        _st("b:1", "condemned the rebel shelling of villages near the border", "john-mwangi",
            written="Kenyan defence minister John Mwangi", cue="condemned"),
    ], True),
    ("two-sides-one-act", [
        _st("a:1", "condemned the shelling of the border villages by the rebels", "kenya-ministry",
            written="Kenya’s defence ministry", cue="condemned"),
        _st("b:1", "condemned the rebel shelling of villages near the border", "ana-silva",
            written="Brazil’s defence minister Ana Silva", cue="condemned"),
    ], False),
    ("few-words-inside-a-longer-statement", [
        _st("a:1", "the toll will rise", "officials", written="Officials"),
        _st("b:1", "the death toll in the province was expected to rise as rescuers reach the hardest hit "
                   "villages", "omar-khan", written="provincial governor Omar Khan"),
    ], False),
    # a firm and its chief executive giving one piece of news, neither condemning nor assuring:
    # close content and no two kinds of act
    ("one-side-close-content-no-stance", [
        _st("a:1", "chief executive Jane Roe will step down at the end of the year", "acme",
            written="Acme", cue="announced"),
        _st("b:1", "she is stepping down as chief executive at the end of the year", "jane-roe",
            written="Acme chief executive Jane Roe"),
    ], True),
    # "quits" and "is stepping down" are one news verb
    ("one-speaker-quit-and-step-down", [
        _st("a:1", "she plans to call it quits at the end of the year amid the bank's losses", "ann-berg"),
        _st("b:1", "she is stepping down as chair at the end of the year", "ann-berg"),
    ], True),
    # names alone in common: the story's people, not what was said about them
    ("one-speaker-only-names-shared", [
        _st("a:1", "she hired Tom Lee and Sam Hill in May after the old staff left", "ann-berg"),
        _st("b:1", "Lee and Hill will coach the juniors", "ann-berg"),
    ], False),
    ("one-speaker-a-name-and-a-word-shared", [
        _st("a:1", "Tom Lee and Sam Hill will coach the juniors next season", "ann-berg"),
        _st("b:1", "Lee and Hill will coach the juniors", "ann-berg"),
    ], True),
    # the speaker's own words quoted in one, none of them in the other: the two share only the
    # writer's telling of the event
    ("one-speaker-a-quote-the-other-lacks", [
        _st("a:1", "Coach Tom Lee and trainer Sam Hill were let go by the board over “a run of poor results "
                   "and public rows”", "ann-berg"),
        _st("b:1", "she let coach Tom Lee and trainer Sam Hill go by letter on the eve of the final", "ann-berg"),
    ], False),
    ("one-speaker-a-quote-the-other-tells", [
        _st("a:1", "Coach Tom Lee and trainer Sam Hill were let go by the board over “a run of poor results "
                   "and public rows”", "ann-berg"),
        _st("b:1", "she let coach Tom Lee and trainer Sam Hill go after poor results and rows in public", "ann-berg"),
    ], True),
    # a two-word label is as often told in a word of the writer's
    ("one-speaker-a-quoted-label-told-in-other-words", [
        _st("a:1", "There was “bitter discord” between coach Tom Lee and his players", "ann-berg"),
        _st("b:1", "friction between the coach and his players led the club to sack Tom Lee", "ann-berg"),
    ], True),
    # the same kind of act on a named subject still joins ("condemned ... Acme" / "Acme ... unacceptable")
    ("one-speaker-one-act-on-a-name", [
        _st("a:1", "condemned the raid on Acme", "union", cue="condemned"),
        _st("b:1", "what happened to Acme is unacceptable", "union"),
    ], True),
    # a short statement sharing a word or two with a long one of the same speaker is no telling of it
    # two appeals of one speaker to the one party the story is about are two appeals ...
    ("one-speaker-two-appeals-to-one-name", [
        _st("a:1", "Norland should encourage the departure of the valley's farmers to other regions", "ann-berg"),
        _st("b:1", "We should not heed rulings that threaten the future of Norland", "ann-berg"),
    ], False),
    # ... unless they ask for one thing
    ("one-speaker-one-appeal-twice", [
        _st("a:1", "Norland should reopen the valley crossings to aid convoys", "ann-berg"),
        _st("b:1", "the crossings into the valley must reopen, she said of Norland", "ann-berg"),
    ], True),
    # two condemnations of what befell the people a name stands for keep the name
    ("one-speaker-two-condemnations-of-one-people", [
        _st("a:1", "The mistreatment of them (Norlanders) by neighbouring states is unacceptable", "refugee-ministry"),
        _st("b:1", "It is with great regret that Norlanders are being subjected to violence", "refugee-ministry"),
    ], True),
    # two sentences of one speaker with a modal ("must", "should") on one topic word are two
    # remarks: a modal is the grammar of any prescriptive sentence, not an act the two share
    ("one-speaker-two-modal-remarks-one-topic-word", [
        _st("a:1", "The town must condemn the looters, the gangs. They are extremely violent,", "ann-berg"),
        _st("a:2", "Everyone should denounce the violence committed against our firefighters, the depots and the "
                   "shops,", "ann-berg"),
    ], False),
    ("one-speaker-modal-remark-and-another-one-topic-word", [
        _st("a:1", "The town must condemn the looters, the gangs. They are extremely violent,", "ann-berg"),
        _st("b:1", "I think this tax should not be repealed because of violence,", "ann-berg"),
    ], False),
    # the same act told by its verb still joins on one subject word
    ("one-speaker-two-appeals-by-verb-one-subject", [
        _st("a:1", "urged the council to reopen the library", "ann-berg", cue="urged"),
        _st("b:1", "called on councillors to keep the library open through the winter", "ann-berg",
            cue="called on"),
    ], True),
    ("one-speaker-short-beside-long", [
        _st("a:1", "the bank might not cut rates much more", "ann-berg", cue="signaled"),
        _st("b:1", "weak exports, trade worries, soft prices and slow hiring abroad all motivated the decision to "
                   "cut rates", "ann-berg", cue="indicated"),
        # (the words the two share are the story's: others say them too)
        _st("c:1", "the board will not cut rates", "tom-lee"),
    ], False),
    ("one-speaker-short-inside-long", [
        _st("a:1", "the town will rise again", "ann-berg"),
        _st("b:1", "the town will rise again and be a symbol of our resilience and our values", "ann-berg"),
    ], True),
    ("one-side-loose-content", [
        _st("a:1", "condemned the shelling of the border villages by the rebels", "kenya-ministry",
            written="Kenya’s defence ministry", cue="condemned"),
        _st("b:1", "condemned the arrest of two journalists in the capital", "john-mwangi",
            written="Kenyan defence minister John Mwangi", cue="condemned"),
    ], False),
]


@pytest.mark.parametrize("statements,merged", [a[1:] for a in ALIGN], ids=[a[0] for a in ALIGN])
def test_which_statements_are_one_position(statements: list[Statement], merged: bool) -> None:
    together = any({statements[0].id, statements[1].id} <= set(g) for g in _groups(statements))
    assert together == merged


def test_one_side_two_acts_is_only_possibly_the_same() -> None:
    ministry = _st("a:1", "condemned the forced deportation of refugees from the capital", "refugee-ministry",
                   written="Kenya’s refugee ministry", cue="condemned")
    minister = _st("b:1", "voiced concern over the forced deportations of refugees from the capital",
                   "john-mwangi", written="Kenyan foreign minister John Mwangi", cue="voiced")
    alignment = align_statements([ministry, minister], DEFAULT.statement_threshold,
                                 DEFAULT.statement_possible_threshold)
    assert len(alignment.groups) == 2
    (link,) = alignment.links
    assert link.decision == "possible" and link.features["same_side"] == 1.0
    assert link.features["same_stance"] == 0.0
    clusters = judge_statements([ministry, minister], DEFAULT)
    assert [c.related for c in clusters] == [{clusters[1].id: "possible"}, {clusters[0].id: "possible"}]


def test_a_cluster_says_why_it_holds_together() -> None:
    a = _st("a:1", "issued a statement “condemning the forced eviction of the squatters”", "housing-ministry",
            cue="issued a statement")
    b = _st("b:1", "The eviction of the squatters by the police is unacceptable and intolerable,", "housing-ministry")
    (cluster,) = judge_statements([a, b], DEFAULT)
    assert cluster.members == ("a:1", "b:1") and "the same kind of act (criticise)" in cluster.why
    (link,) = cluster.links
    assert link.decision == "merged" and link.features["same_stance"] == 1.0


def test_sourcing_is_never_clustered() -> None:
    a = _st("a:1", "the clinic will reopen next week", "health-department")
    b = Statement(**{**{f: getattr(a, f) for f in a.__slots__}, "id": "b:1", "article": "b", "kind": "according_to"})
    assert [c.members for c in judge_statements([a, b], DEFAULT)] == [("a:1",)]


def test_one_speakers_many_points_do_not_chain_into_one_group() -> None:
    """A speech gives many statements sharing topic words ("driver"): past a few statements, a
    group grows only on close words, so "angry about the parking fines" and "wanted to block the
    bridge" stay apart though a loose link ("the driver ... the city") joins one of each."""
    statements = [
        _st("a:1", "the driver was angry about the new parking fines in the city", "ana-ruiz"),
        _st("b:1", "the driver said he was angry about the new parking fines", "ana-ruiz"),
        _st("c:1", "the driver was angry about the parking fines, he said", "ana-ruiz"),
        _st("d:1", "the driver wanted to block the bridge in the city", "ana-ruiz"),
        _st("e:1", "the driver said he wanted to block the bridge", "ana-ruiz"),
    ]
    alignment = align_statements(statements, DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold)
    assert alignment.groups == [["a:1", "b:1", "c:1"], ["d:1", "e:1"]]
    assert any({link.a, link.b} == {"a:1", "d:1"} and link.decision == "possible" for link in alignment.links)


def test_copies_of_one_remark_count_once_toward_a_groups_size() -> None:
    """Two outlets copy one remark and two copy a second, which paraphrases the first: two
    remarks, not a speech of four, so the loose link between them still joins them."""
    sacked = "she fired coach Tom Lee and his trainer by letter on the eve of the final"
    texted = "I wrote a letter to Tom and Sam on the eve of the final to tell them the board had voted"
    statements = [_st("a:1", sacked, "ann-berg"), _st("b:1", sacked, "ann-berg"),
                  _st("c:1", texted, "ann-berg"), _st("d:1", texted, "ann-berg")]
    alignment = align_statements(statements, DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold)
    assert alignment.groups == [["a:1", "b:1", "c:1", "d:1"]]
    # four remarks, each told a little differently, chain no further on such a loose link
    distinct = [_st("a:1", sacked, "ann-berg"), _st("b:1", sacked + " after the loss", "ann-berg"),
                _st("c:1", texted, "ann-berg"), _st("d:1", texted + " early", "ann-berg")]
    alignment = align_statements(distinct, DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold)
    assert alignment.groups == [["a:1", "b:1"], ["c:1", "d:1"]]


def test_groups_do_not_depend_on_article_order() -> None:
    """Four outlets copy one quote, two give it in their own words, and one adds a looser remark:
    the close links join first, so the remark stays "possibly the same" whichever article comes
    first (the group already holds three distinct remarks)."""
    quote = "the driver was angry about the new parking fines in the city"
    statements = [_st("a:1", quote, "ana-ruiz"), _st("a:2", "the driver was angry about the bridge closure", "ana-ruiz"),
                  _st("b:1", quote, "ana-ruiz"), _st("c:1", quote, "ana-ruiz"), _st("d:1", quote, "ana-ruiz"),
                  _st("b:2", "the driver was angry about parking fines downtown", "ana-ruiz"),
                  _st("c:2", "the driver said the new parking fines made him angry", "ana-ruiz")]
    for order in (statements, statements[::-1]):
        alignment = align_statements(order, DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold)
        assert alignment.groups == [["a:1", "b:1", "b:2", "c:1", "c:2", "d:1"], ["a:2"]]
        assert any({link.a, link.b} == {"a:1", "a:2"} and link.decision == "possible" for link in alignment.links)


PATCHED = _st("a:1", "construction crews were patching potholes on the bridge as the ship struck", "lee-park")
PATCHING = _st("b:1", "the crew out there working was basically patching holes", "lee-park")
OWN_WORDS = [
    # (id, statements besides the pair, merged): one speaker's paraphrase in two outlets meets
    # on a word no other statement holds; a word others use too is no such sign
    # (the speaker's third statement shares one word with the first: "struck the bridge" too
    # would join it to the first, and the pair's weak link would then not join that group)
    ("word-only-the-pair-holds", [_st("c:1", "the ship lost power minutes before the crash", "lee-park")], True),
    ("word-another-speaker-uses", [_st("c:1", "volunteers were patching roofs across the town", "ana-ruiz")], False),
    ("word-a-third-statement-uses", [_st("c:1", "patching the deck will take a year", "lee-park")], False),
]


def test_the_cue_verb_is_no_word_two_statements_share() -> None:
    """Two acts "expressed" by one speaker, about two things: the verb is the act, not a subject."""
    concern = _st("a:1", "expressed deep concern over the situation of migrants in Norland and their deportation",
                  "lee-park", cue="expressed")
    interest = _st("b:1", "expressed interest in expanding trade and joint projects with Norland, urging steps",
                   "lee-park", cue="expressed")
    other = _st("c:1", "Norland will reopen its border next week", "ana-ruiz")
    alignment = align_statements([concern, interest, other], DEFAULT.statement_threshold,
                                 DEFAULT.statement_possible_threshold)
    assert alignment.groups == [["a:1"], ["b:1"], ["c:1"]]


_GRATEFUL = _st("a:1", "expressed gratitude to the mayor, nurses, helpers and operators", "lee-park", cue="expressed")
_SIRENS = _st("a:1", "“We will get to the bottom of exactly how the fire started and why our warning sirens stayed silent”",
              "lee-park")
OWN_WORD_FORMS = [
    # (id, pair, merged): a word only the pair holds joins it when both write that word ...
    ("one-word-two-inflections", [_GRATEFUL, _st("b:1", "expressed his resolve that the town will review each operator",
                                                "lee-park", cue="expressed")], True),
    ("one-remark-told", [_SIRENS, _st("b:1", "he will get to the bottom of the failed warning", "lee-park")], True),
    # ... not two words cut to one stem ("operators" / "operation")
    ("two-words-one-stem", [_GRATEFUL, _st("b:1", "expressed his resolve that the town will review the night operation",
                                          "lee-park", cue="expressed")], False),
    # ... nor a telling of several remarks in one, whose words may come from any of them
    ("several-remarks-told-at-once", [_SIRENS, _st("b:1", "the town will not abandon the families; he will get to the "
                                                   "bottom of the failed warning; and he will help them rebuild",
                                                   "lee-park")], False),
]


@pytest.mark.parametrize("pair,merged", [c[1:] for c in OWN_WORD_FORMS], ids=[c[0] for c in OWN_WORD_FORMS])
def test_a_word_only_two_hold_is_one_word_of_one_remark(pair: list[Statement], merged: bool) -> None:
    other = _st("c:1", "the ship lost power minutes before the crash", "ana-ruiz")
    groups = align_statements([*pair, other], DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold).groups
    assert any({"a:1", "b:1"} <= set(g) for g in groups) == merged


@pytest.mark.parametrize("others,merged", [c[1:] for c in OWN_WORDS], ids=[c[0] for c in OWN_WORDS])
def test_a_word_only_two_statements_hold_joins_them(others: list[Statement], merged: bool) -> None:
    groups = align_statements([PATCHED, PATCHING, *others], DEFAULT.statement_threshold,
                              DEFAULT.statement_possible_threshold).groups
    assert any({"a:1", "b:1"} <= set(g) for g in groups) == merged


def test_a_link_on_a_word_only_two_hold_ranks_below_links_on_content() -> None:
    """It is weaker evidence than close content: recorded at its content score, under the merge
    line, so loose links on content are taken before it."""
    alignment = align_statements([PATCHED, PATCHING], DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold)
    (link,) = alignment.links
    assert link.decision == "merged" and link.features["own_words_shared"] >= 1
    assert link.score == link.features["content"] < DEFAULT.statement_threshold


def test_a_cluster_counts_the_articles_it_comes_from() -> None:
    a = _st("a:1", "the clinic will reopen next week", "health-department")
    b = _st("a:2", "the clinic will reopen next week", "health-department")
    c = _st("b:1", "the clinic will reopen next week", "health-department")
    (one_article,) = judge_statements([a, b], DEFAULT)
    assert one_article.why.startswith("2 versions from 1 article (")
    (two_articles,) = judge_statements([a, b, c], DEFAULT)
    assert two_articles.why.startswith("3 versions from 2 articles (")


@pytest.mark.parametrize(
    ("speakers", "named"),
    [
        (["ann-lee", "lee", "mayor"], "(Ann Lee, Lee, Mayor)"),
        (["al-lee", "ann-lee", "lee", "mayor"], "(Al Lee, Ann Lee, Lee, Mayor)"),
        # a quote carried by many outlets: a few names and how many more, not a wall of names
        ([f"speaker-{n}" for n in "abcdefgh"], "(Speaker A, Speaker B, Speaker C and 5 more)"),
    ],
    ids=["three", "four", "eight"],
)
def test_a_statement_clusters_why_names_a_few_speakers(speakers: list[str], named: str) -> None:
    members = [_st(f"{chr(97 + i)}:1", "the clinic will reopen next week", s) for i, s in enumerate(speakers)]
    (cluster,) = judge_statements(members, DEFAULT)
    assert named in cluster.why


def test_a_statement_reporting_two_things_joins_only_one_of_their_groups() -> None:
    """One outlet reports two remarks in one statement ("will retire ... because she is tired of
    the travel"); others report each apart. The statement holds the words of both, so it links
    both groups, but the two groups are two remarks and stay apart."""
    statements = [
        _st("a:1", "she will retire from the squad at the end of the season", "ana-ruiz"),
        _st("b:1", "she will retire from the squad at the end of the season", "ana-ruiz"),
        _st("a:2", "she was tired of the endless travel", "ana-ruiz"),
        _st("c:1", "she was tired of the endless travel", "ana-ruiz"),
        _st("d:1", "she will retire from the squad at the end of the season because she was tired of the endless "
                   "travel", "ana-ruiz"),
    ]
    for order in (statements, statements[::-1]):
        groups = align_statements(order, DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold).groups
        assert not any({"a:1", "a:2"} <= set(g) for g in groups), groups
        assert any({"a:1", "b:1"} <= set(g) for g in groups) and any({"a:2", "c:1"} <= set(g) for g in groups)


@pytest.mark.parametrize("statements,together", [
    # paraphrases of one remark, each close to the next: the groups back the link
    ([_st("a:1", "the council will repair every bridge in the valley before winter", "ana-ruiz"),
      _st("b:1", "the council will repair every bridge in the valley before winter", "ana-ruiz"),
      _st("c:1", "every valley bridge will be repaired by the council before winter", "ana-ruiz")], True),
    # two speakers: the same words join them, no average of one speaker's pairs to hold them back
    ([_st("a:1", "the talks will resume in the capital next week", "ana-ruiz"),
      _st("b:1", "the talks will resume in the capital next week", "ana-ruiz"),
      _st("c:1", "the talks will resume in the capital next week", "tom-reed")], True),
])
def test_groups_that_report_one_remark_still_join(statements: list[Statement], together: bool) -> None:
    groups = align_statements(statements, DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold).groups
    assert (len(groups) == 1) == together, groups


def test_two_remarks_an_outlet_reports_apart_stay_apart_whatever_the_others_do() -> None:
    """Two outlets report both remarks in one statement, so on average the groups seem to back
    the link; but one outlet reports them apart, as two statements that share nothing: two remarks."""
    statements = [
        _st("a:1", "she will retire from the squad at the end of the season", "ana-ruiz"),
        _st("a:2", "she was tired of the endless travel", "ana-ruiz"),
        _st("b:1", "she will retire from the squad at the end of the season because she was tired of the endless "
                   "travel", "ana-ruiz"),
        _st("c:1", "she will retire from the squad at the end of the season as she was tired of the endless travel",
            "ana-ruiz"),
        _st("d:1", "she will retire from the squad at the end of the season", "ana-ruiz"),
        _st("e:1", "she was tired of the endless travel", "ana-ruiz"),
    ]
    for order in (statements, statements[::-1]):
        groups = align_statements(order, DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold).groups
        assert not any({"a:1", "a:2"} <= set(g) for g in groups), groups
        assert any({"a:1", "d:1"} <= set(g) for g in groups) and any({"a:2", "e:1"} <= set(g) for g in groups)


# --------------------------------------------------------------------------- reported and quoted

BASE_FORMS = [
    # (word, base form): the forms of one word meet
    ("kissed", "kiss"), ("kisses", "kiss"), ("kiss", "kiss"),
    ("decided", "decid"), ("decide", "decid"), ("deciding", "decid"),
    ("stopped", "stop"), ("called", "call"), ("agreed", "agre"), ("agree", "agre"),
    ("studies", "study"), ("warns", "warn"), ("warning", "warn"),
    ("process", "proces"), ("status", "status"), ("consented", "consen"),
]


@pytest.mark.parametrize("word,expected", BASE_FORMS, ids=[w for w, _ in BASE_FORMS])
def test_base_form(word: str, expected: str) -> None:
    assert base_form(word) == expected


PREDICATES = [
    ("pronoun-auxiliary-negation", "she did not agree to being filmed by Tom Lee", ("agre", "film")),
    ("never", "he never wanted to leave the club", ("leav", "club")),
    ("names-skipped", "Ann Berg would sign the deal with Acme", ("sign", "deal")),
    ("too-short", "he would not resign", ()),
]


@pytest.mark.parametrize("content,expected", [p[1:] for p in PREDICATES], ids=[p[0] for p in PREDICATES])
def test_predicate_of_reported_speech(content: str, expected: tuple[str, ...]) -> None:
    assert predicate(content) == expected


def _quote(sid: str, content: str, speaker_id: str) -> Statement:
    return replace(_st(sid, content, speaker_id), direct=True)


REPORTED_AND_QUOTED = [
    # the writer's telling and the speaker's words of one remark
    ("verb-and-object-in-the-quote", [
        _st("a:1", "she did not agree to being filmed by the crew of Tom Lee", "ann-berg"),
        _quote("b:1", "I want to make clear that at no point did I agree to the filming that night", "ann-berg"),
    ], True),
    ("polarity-differs", [
        _st("a:1", "she did not agree to being filmed by the crew of Tom Lee", "ann-berg"),
        _quote("b:1", "I want to make clear that I did agree to the filming that night", "ann-berg"),
    ], False),
    ("two-speakers", [
        _st("a:1", "she did not agree to being filmed by the crew of Tom Lee", "ann-berg"),
        _quote("b:1", "I want to make clear that at no point did I agree to the filming that night", "sam-hill"),
    ], False),
    ("the-object-is-not-in-the-quote", [
        _st("a:1", "she did not agree to being filmed by the crew of Tom Lee", "ann-berg"),
        _quote("b:1", "I want to make clear that at no point did I agree to the new contract", "ann-berg"),
    ], False),
    # the speaker's act opens the reported content: the predicate is what follows it
    ("past-the-cue", [
        _st("a:1", "accused them of splitting the choir.", "ann-berg", cue="accused"),
        _quote("b:1", "Going to the papers behind my back was bound to split our choir", "ann-berg"),
    ], True),
    ("both-reported", [
        _st("a:1", "she did not agree to being filmed by the crew of Tom Lee", "ann-berg"),
        _st("b:1", "at no point did she agree to the filming that night, a spokesman for Ann Berg added", "ann-berg"),
    ], False),
]


@pytest.mark.parametrize("statements,merged", [r[1:] for r in REPORTED_AND_QUOTED],
                         ids=[r[0] for r in REPORTED_AND_QUOTED])
def test_a_reported_statement_joins_the_quote_it_retells(statements: list[Statement], merged: bool) -> None:
    together = any({statements[0].id, statements[1].id} <= set(g) for g in _groups(statements))
    assert together == merged


def test_outlets_reporting_and_quoting_one_remark_make_one_group() -> None:
    # several outlets quote the remark at different lengths and several tell it: the copies make
    # two groups of a few distinct wordings each, which the retelling joins
    statements = [
        _quote("a:1", "I want to make clear that at no point did I agree to the filming,", "ann-berg"),
        _quote("b:1", "I want to make clear that at no point did I agree to the filming that the crew did "
                      "and at no point did I ask for it", "ann-berg"),
        _quote("c:1", "I want to make clear, that at no point did I agree to the filming. I will not accept "
                      "that my account is doubted", "ann-berg"),
        _st("b:2", "she did not agree to being filmed by the crew of Tom Lee after he refused to apologise",
            "ann-berg"),
        _st("c:2", "she did not agree to be filmed by the Acme crew of Tom Lee", "ann-berg"),
        _st("d:1", "she did not agree to being filmed by the Acme crew of Tom Lee after the final on Sunday",
            "ann-berg"),
    ]
    assert [sorted(s.id for s in statements)] == _groups(statements)


# --------------------------------------------------------------------------- refusals


def _at(st: Statement, start: int) -> Statement:
    """A statement placed at ``start`` in its article."""
    return replace(st, start=start, end=start + len(st.content))


REFUSED_VERBS = [
    # (word of the cue, content, verb stem, whether the statement turns it down)
    ("rejected", "rejected the union's calls to abandon the fuel levy", "cancel", True),
    ("said", "I think this levy should not be withdrawn because of the protests", "cancel", True),
    ("said", "she won't step down before the audit ends", "resign", True),
    ("said", "he ruled out stepping down", "resign", True),
    ("denied", "that the levy would be scrapped", "cancel", True),
    # two refusals undo each other
    ("said", "she did not deny that the levy could be scrapped", "cancel", False),
    ("confirmed", "two ferry crossings were cancelled on Monday", "cancel", False),
    # a negation after the verb is not of it
    ("said", "the levy will be scrapped, not cut", "cancel", False),
]


@pytest.mark.parametrize("cue,content,verb,expected", REFUSED_VERBS, ids=[r[1][:40] for r in REFUSED_VERBS])
def test_a_statement_turns_a_news_verb_down(cue: str, content: str, verb: str, expected: bool) -> None:
    assert refused(cue, content, frozenset([verb])) is expected


REFUSALS = [
    # (id, statements, whether the first two are merged): one speaker turning one act down in two
    # wordings that share no other word is one position
    ("summed-up-then-quoted", [
        _at(_st("a:1", "rejected the union's calls to abandon the fuel levy that the council passed last week",
                "ann-berg", cue="rejected"), 0),
        _at(_quote("a:2", "I think this levy should not be withdrawn because of the protests,", "ann-berg"), 90),
    ], True),
    ("in-two-outlets", [
        _st("a:1", "rejected calls to resign over the budget overrun", "ann-berg", cue="rejected"),
        _quote("b:1", "I will not step down while the audit is running,", "ann-berg"),
    ], True),
    # one turns the act down, the other reports it done
    ("one-refuses-one-reports", [
        _st("a:1", "two ferry crossings were cancelled on Monday", "ann-berg", cue="confirmed"),
        _quote("b:1", "I think this levy should not be withdrawn because of the protests,", "ann-berg"),
    ], False),
    ("two-speakers", [
        _st("a:1", "rejected calls to resign over the budget overrun", "ann-berg", cue="rejected"),
        _quote("b:1", "I will not step down while the audit is running,", "tom-lee"),
    ], False),
]


@pytest.mark.parametrize("statements,merged", [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_one_act_turned_down_twice_is_one_position(statements: list[Statement], merged: bool) -> None:
    together = any({statements[0].id, statements[1].id} <= set(g) for g in _groups(statements))
    assert together == merged


def test_a_cluster_of_one_act_turned_down_says_so() -> None:
    quit_calls = _st("a:1", "rejected calls to resign over the budget overrun", "ann-berg", cue="rejected")
    staying = _quote("b:1", "I will not step down while the audit is running,", "ann-berg")
    (cluster,) = judge_statements([quit_calls, staying], DEFAULT)
    assert "each turns one act down (resign)" in cluster.why


# --------------------------------------------------------------------------- one article

_PERMIT = _st("a:1", "Temporary permission had been granted for the fair", "lee-park")
_CROWD = _st("a:3", "On a first reading, more people came to the fair than the number for which permission was sought,",
             "lee-park")
_BETWEEN = _st("a:2", "the stalls were checked by the fire brigade on Friday", "ana-ruiz")
ONE_ARTICLE = [
    # (id, statements, whether the first two are merged)
    # one speaker's two remarks an article tells apart share the story's nouns, not a remark
    ("two-remarks-apart", [_at(_PERMIT, 0), _at(_CROWD, 200), _at(_BETWEEN, 100)], False),
    # ... or a paragraph of something else
    ("two-remarks-a-paragraph-apart", [_at(_PERMIT, 0), _at(_CROWD, 400)], False),
    # the same two in two outlets: each may be either remark
    ("two-outlets", [_PERMIT, replace(_CROWD, id="b:1", article="b")], True),
    # a remark summed up and then quoted, one after the other, is one remark
    ("summed-up-then-quoted", [
        _at(_st("a:1", "the first results show the voters want a centre-right cabinet led by her party", "ann-berg"), 0),
        _at(_quote("a:2", "It seems to me that the voters have given a clear sign for a centre-right cabinet led by our "
                          "party,", "ann-berg"), 90),
    ], True),
    # apart in one article, one act on one subject is still one position
    ("one-act-apart", [
        _at(_st("a:1", "The mistreatment of them (Norlanders) by neighbouring states is unacceptable",
                "refugee-ministry"), 0),
        _at(_st("a:3", "It is with great regret that Norlanders are being subjected to violence", "refugee-ministry"),
            300),
        _at(_BETWEEN, 100),
    ], True),
    # nearly the same words in one article are one remark told twice
    ("same-words-apart", [_at(_PERMIT, 0), _at(replace(_PERMIT, id="a:3"), 300), _at(_BETWEEN, 100)], True),
    # a lead sums a remark up and the quote comes paragraphs later, in close words
    ("lead-then-quote", [
        _at(_st("a:1", "the budget would ease inflation next year", "ann-berg"), 0),
        _at(_quote("a:3", "This budget will help bring inflation down from next year,", "ann-berg"), 300),
        _at(_BETWEEN, 100),
    ], True),
]


@pytest.mark.parametrize("statements,merged", [r[1:] for r in ONE_ARTICLE], ids=[r[0] for r in ONE_ARTICLE])
def test_one_speakers_remarks_in_one_article(statements: list[Statement], merged: bool) -> None:
    together = any({statements[0].id, statements[1].id} <= set(g) for g in _groups(statements))
    assert together == merged


def test_two_prescriptive_sentences_sharing_a_word_are_two_remarks() -> None:
    """A modal is all the act the two share, and the word they share no more than a topic
    ("tax offices" / "this tax"; "violence" is others' word too): possibly the same at most."""
    statements = [
        _st("a:1", "Everyone should denounce the violence committed against our tax offices, the depots and the "
                   "town halls,", "ann-berg", cue="wrote"),
        _quote("b:1", "I think this tax should not be repealed because of violence,", "ann-berg"),
        _st("c:1", "the violence in the streets must end now", "tom-lee"),
    ]
    alignment = align_statements(statements, DEFAULT.statement_threshold, DEFAULT.statement_possible_threshold)
    (link,) = (link for link in alignment.links if {link.a, link.b} == {"a:1", "b:1"})
    assert link.features["own_words_shared"] >= 1
    assert link.decision == "possible"
