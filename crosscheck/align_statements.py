"""Statements across articles: which report the same words of the same speaker.

Statement alignment, apart from the claims' (:mod:`crosscheck.align`): a statement has no
figure to block on, so candidates are pairs that share a content word, scored on their content
words and on who spoke.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, utils

from crosscheck.extract.speakers import read_mention, side_of
from crosscheck.model import Link, Statement

_STOPWORDS = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "this", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they", "them", "we", "our", "us", "i", "you", "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "must", "not", "no", "as", "all", "any", "some", "such", "into", "over", "about", "than", "then", "there", "who", "which", "what", "when", "where", "while", "if", "so", "also", "very", "more", "most", "only", "just"]
)


#: News verbs that outlets swap for one another when they report one remark ("he sacked the
#: pair" / "the pair were dismissed"): each form read as the first word of its row. General
#: English, no story's words; only words with no other common sense in news copy.
_SYNONYM_ROWS = (
    "dismissed dismiss dismisses dismissing dismissal dismissals sacked sack sacks sacking sackings fired firing"
    " firings axed ousted ouster",
    "resigned resign resigns resigning resignation resignations quit quits quitting",
    "arrested arrest arrests arresting detained detain detains detaining detention detentions",
    "bought buy buys buying purchased purchase purchases purchasing acquired acquire acquires acquiring acquisition"
    " acquisitions",
    "banned ban bans banning barred prohibited prohibit prohibits prohibition",
    "cancelled canceled cancel cancels cancelling canceling cancellation cancellations scrapped scrap scraps scrapping"
    " withdrawn withdraw withdraws withdrawing withdrew withdrawal abandon abandons abandoned abandoning repeal"
    " repeals repealed repealing revoke revokes revoked revoking",
    "postponed postpone postpones postponing postponement delayed",
    "sued sue sues suing lawsuit lawsuits",
)
_SYNONYMS = {word: row.split()[0] for row in _SYNONYM_ROWS for word in row.split()}
#: Phrasal verbs that say what one word of a row says: "will step down" / "plans to quit".
_PHRASAL = re.compile(r"\b(?:step|steps|stepped|stepping|stand|stands|stood|standing)\s+(?:down|aside)\b",
                      re.IGNORECASE)


@lru_cache(maxsize=8192)  # pure, on a statement's words; judging reads each statement again
def gist(text: str) -> str:
    """Content words cut to a stem, in order: "the forced deportations" -> "forced deport";
    a news verb and its synonyms to one stem ("sacked", "dismissed" -> "dismis"; "quits", "will step
    down" -> "resign")."""
    words = utils.default_process(_PHRASAL.sub(" resigned ", text)).split()
    return " ".join(_SYNONYMS.get(w, w)[:6] for w in words if len(w) > 1 and w not in _STOPWORDS and not w.isdigit())


@lru_cache(maxsize=8192)
def whole_words(text: str) -> dict[str, frozenset[str]]:
    """Each gist word of a passage and the whole words, uninflected, it was cut from: "the
    responders" -> {"respon": {"responder"}}; a news verb's synonyms stand as their row's word."""
    out: dict[str, set[str]] = {}
    for w in utils.default_process(_PHRASAL.sub(" resigned ", text)).split():
        if len(w) > 1 and w not in _STOPWORDS and not w.isdigit():
            synonym = _SYNONYMS.get(w)
            out.setdefault((synonym or w)[:6], set()).add(synonym or uninflected(w))
    return {stem: frozenset(words) for stem, words in out.items()}


#: Reported clauses joined by semicolons: several remarks told in one statement.
_SEVERAL_REMARKS = re.compile(r"\w;\s+(?:and\s+)?(?:he|she|it|they|we|the|[A-Z])")


class _Read(NamedTuple):
    """What scoring a pair reads of each statement: read once per statement, not once per pair."""

    #: the gist's words
    words: frozenset[str]
    #: the gist words of its cue
    cue_words: frozenset[str]
    #: it tells several remarks at once (``_SEVERAL_REMARKS``)
    several: bool
    #: the kinds of act its verbs and evaluative words perform (:func:`act`)
    acts: frozenset[str]


def _read(st: Statement, gist_text: str) -> _Read:
    return _Read(frozenset(gist_text.split()), frozenset(gist(st.cue).split()),
                 _SEVERAL_REMARKS.search(st.content) is not None, act(st))


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")


@lru_cache(maxsize=8192)
def name_words(text: str) -> frozenset[str]:
    """The gist words a passage writes with a capital: mostly names ("Tom Lee", "Acme")."""
    return frozenset(gist(" ".join(_CAPITALISED.findall(text))).split())


_QUOTED = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")
#: A partial quote holds at least this many content words: a two-word label ("palpable discord")
#: is as often told in one word of the writer's ("friction").
_PARTIAL_QUOTE_WORDS = 3


@lru_cache(maxsize=8192)
def partial_quote_words(content: str) -> frozenset[str]:
    """The gist words of the speaker's own words quoted inside reported speech ("were sacked
    because of “a run of poor results and public rows”" -> run, poor, result, public, rows); none
    when the quote is (nearly) the whole content or holds fewer than three content words."""
    words: set[str] = set()
    for m in _QUOTED.finditer(content):
        if len(m.group(1)) < 0.8 * len(content):
            words.update(gist(m.group(1)).split())
    return frozenset(words) if len(words) >= _PARTIAL_QUOTE_WORDS else frozenset()


#: the words of a negation, as a pattern (a refusal's as well: see ``_REFUSAL_OR_WORD``)
_NEGATION_WORDS = r"not|no|never|nobody|nothing|none|neither|nor|without"
_NEGATION = re.compile(rf"\b(?:{_NEGATION_WORDS})\b|n[’']t\b", re.IGNORECASE)


def negated(text: str) -> bool:
    """True when the words carry a negation: "will not be mistreated", "won't", "no leniency"."""
    return bool(_NEGATION.search(text))


#: How a report names a news verb, by the stem of its row in ``_SYNONYM_ROWS`` (the acts a refusal
#: can be of): the row's shortest form ("cancelled ... cancel ..." -> cancel).
_VERB_NAMES = {row.split()[0][:6]: min((w for w in row.split() if w[:3] == row[:3]), key=len) for row in _SYNONYM_ROWS}
_NEWS_VERBS = frozenset(_VERB_NAMES)
#: A word, or a negation or verb of refusal that turns what follows it down: "not", "won't",
#: "rejected (calls to ...)", "refused (to ...)", "ruled out".
_REFUSAL_OR_WORD = re.compile(
    rf"(?P<refusal>\b(?:{_NEGATION_WORDS}|cannot"
    r"|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\s+out)\b|\w+n[’']t\b)"
    r"|[\w’'-]+",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # pure; every pair that shares a news verb asks it again of both statements
def refused(cue: str, content: str, stems: frozenset[str]) -> bool | None:
    """Whether the first of ``stems`` (gist words) in a statement is turned down: an odd count of
    the negations and verbs of refusal before it, its cue's first ("rejected calls to scrap the
    levy" and "this levy should not be withdrawn" both turn down "cancel"; "did not deny the levy
    would be withdrawn" does not). None when no stem is in the statement."""
    told = content if content.lower().startswith(cue.lower()) else f"{cue} {content}"
    refusals = 0
    for m in _REFUSAL_OR_WORD.finditer(_PHRASAL.sub(" resigned ", told)):
        if m.group("refusal"):
            refusals += 1
            continue
        word = utils.default_process(m.group()).replace(" ", "")
        if _SYNONYMS.get(word, word)[:6] in stems:
            return refusals % 2 == 1
    return None


def refusals(st: Statement) -> frozenset[str]:
    """The news verbs a statement turns down, by name: "rejected calls to scrap the levy" ->
    {"cancel"}; "I will not step down" -> {"resign"}."""
    stems = frozenset(gist(st.content).split()) & _NEWS_VERBS
    return frozenset(_VERB_NAMES[v] for v in stems if refused(st.cue, st.content, frozenset([v])))


# --------------------------------------------------------------------------- reported and quoted

#: Letters written twice in a word's own stem ("kiss", "call", "buzz", "stuff"): kept when an
#: ending comes off, unlike the doubled letter of "stopp(ed)" or "plann(ing)".
_KEPT_DOUBLES = frozenset("slzf")


def base_form(word: str) -> str:
    """A lower-case word without its inflection, so that a reported verb meets the speaker's own
    form of it: "kissed", "kisses", "kiss" -> "kiss"; "decided", "deciding" -> "decid"; "stopped"
    -> "stop". Cut to the gist's six letters, as :func:`gist` cuts."""
    return uninflected(word)[:6]


def uninflected(word: str) -> str:
    """A lower-case word without its inflection, whole: "repairs", "repairing" -> "repair";
    "responders" -> "responder", "response" -> "respons" (one stem, two words)."""
    w = word
    if len(w) >= 5 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) >= 6 and w.endswith("ing") or len(w) >= 5 and w.endswith("ed"):
        w = w[:-3] if w.endswith("ing") else w[:-1] if w.endswith("eed") else w[:-2]
        if len(w) >= 3 and w[-1] == w[-2] and w[-1] not in _KEPT_DOUBLES and w[-1] not in "aeiou":
            w = w[:-1]
    elif len(w) >= 5 and w.endswith("es") and w[-3] in "sxz" or w.endswith(("ches", "shes")):
        w = w[:-2]
    elif len(w) >= 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # "decide" meets "decided"
    return w


#: Auxiliaries and negations a reported clause opens with ("she did not ...", "he never ..."):
#: not what the speaker said, so skipped on the way to the verb.
_AUXILIARIES = frozenset(
    ["did", "do", "does", "done", "didn", "doesn", "don", "won", "wouldn", "couldn", "shouldn", "isn", "wasn",
     "aren", "weren", "hasn", "haven", "hadn", "cannot", "never", "ever", "had", "having", "get", "got", "going",
     "want", "wanted", "wants"]
)
#: The words of a reported clause's predicate looked for in a quote: its verb and what it is of.
_PREDICATE_WORDS = 2


@lru_cache(maxsize=8192)
def predicate(content: str) -> tuple[str, ...]:
    """The first content words of reported speech past its subject pronoun and auxiliaries, names
    (capitalised) left out, in base form: "she did not agree to being filmed by Tom Lee" ->
    ("agre", "film")."""
    words = []
    for m in re.finditer(r"[\w’'-]+", content):
        token = m.group()
        low = utils.default_process(token)
        if not low or low in _STOPWORDS or low in _AUXILIARIES or low.isdigit() or len(low) < 2:
            continue
        if token[0].isupper():
            continue  # a name, or a sentence's first word standing for its subject
        words.append(base_form(low.replace(" ", "")))
        if len(words) == _PREDICATE_WORDS:
            return tuple(words)
    return ()


@lru_cache(maxsize=8192)
def base_words(content: str) -> frozenset[str]:
    """Every word of a passage in base form, to look a reported predicate up in a quote."""
    return frozenset(base_form(w) for w in utils.default_process(content).split())


def reported_from_quote(a: Statement, b: Statement) -> bool:
    """True when one statement reports in the writer's words what the other quotes, by one
    speaker: the reported clause's verb and its object are in the quote, with the same polarity
    ("she did not agree to being filmed" / "I never agreed to the filming")."""
    if a.direct == b.direct or not a.speaker_id or a.speaker_id != b.speaker_id:
        return False
    reported, quote = (b, a) if a.direct else (a, b)
    told = reported.content
    if reported.cue and told.lower().startswith(reported.cue.lower()):
        told = told[len(reported.cue):]  # "accused them of dividing the club": past the speaker's act
    words = predicate(told)
    return (
        len(words) == _PREDICATE_WORDS
        and negated(reported.content) == negated(quote.content)
        and set(words) <= base_words(quote.content)
    )


# --------------------------------------------------------------------------- stance

#: What kind of act a statement is, read from closed-class words. Verbs count in the cue, or at
#: the head of the content when the speaker is its subject ("condemning ...", "He urged ...");
#: evaluative words and modals anywhere in the content's main clause ("is unacceptable", "with
#: great regret", "should be allowed").
_STANCE_VERBS = {
    "criticise": r"condemn\w*|denounc\w*|deplor\w*|critici[sz]\w*|slam\w*|decr(?:y|ies|ied)|accus\w*|blam\w*",
    # a noun at the head too: "expressed deep concern", "voiced concern"; later in the content,
    # "Islamabad's growing concerns" are someone else's
    "concern": r"worr(?:y|ies|ied)|(?:deep\s+|grave\s+|serious\s+)?(?:concern|sadness|alarm|dismay)",
    "appeal": r"urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|appeal\w*|demand\w*|ask(?:s|ed)?|request\w*",
    "deny": r"den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*",
    "assure": r"assur\w*|promis\w*|pledg\w*|vow\w*|guarante\w*",
    "warn": r"warn\w*|caution\w*|threaten\w*",
    "praise": r"welcom\w*|prais\w*|hail(?:s|ed)?|commend\w*|applaud\w*",
}
_STANCE_WORDS = {
    "criticise": r"unacceptable|intolerable|outrageous|regret\w*|shameful|deplorable|condemnation",
    "concern": r"concerned|saddened|alarmed|dismayed",
    "appeal": r"should|must|ought",
    "deny": r"baseless|unfounded|denial",
}
#: One pattern per table, a named group per stance: a statement is read in three searches.
_VERB_RE = re.compile("|".join(rf"(?P<{k}>\b(?:{v})\b)" for k, v in _STANCE_VERBS.items()), re.IGNORECASE)
_WORD_RE = re.compile("|".join(rf"(?P<{k}>\b(?:{v})\b)" for k, v in _STANCE_WORDS.items()), re.IGNORECASE)
#: Every stance word, to read what a statement is about apart from the kind of act it is.
_ANY_STANCE = re.compile(
    r"\b(?:" + "|".join([*_STANCE_VERBS.values(), *_STANCE_WORDS.values()]) + r")\b", re.IGNORECASE
)
#: The content's head, where a verb is the speaker's own act: "condemning", "He strongly urged".
_HEAD = re.compile(
    r"^[“\"‘']?(?:(?:he|she|it|they|we|i)\s+[“\"‘']?)?(?:\w+ly\s+|also\s+)?\w+(?:\s+(?:on|upon|for))?"
    r"(?:\s+(?:deep|grave|serious)?\s*(?:concern|sadness|alarm|dismay))?",
    re.IGNORECASE,
)
#: Where the main clause ends: a participle tacked on ("..., urging concrete steps").
_ADD_ON = re.compile(r",\s+(?:\w+ly\s+)?\w+ing\b")


@lru_cache(maxsize=8192)
def subject_words(content: str) -> frozenset[str]:
    """What a statement is about: its gist words without the words of its stance, so two
    condemnations share "condem" but not, for that, a subject."""
    return frozenset(gist(_ANY_STANCE.sub(" ", content)).split())


def stance(st: Statement) -> frozenset[str]:
    """The kinds of act a statement performs: {"criticise"}, {"appeal"}, {"concern", "appeal"} ..."""
    return _stance(st.cue, st.content)


#: Modals read as an appeal: any prescriptive sentence has one ("this law should not be
#: withdrawn", "everyone should denounce the attacks"), so they tell two kinds of act apart but
#: are no act of the speaker's that two remarks could share.
_MODALS = re.compile(r"\b(?:should|must|ought)\b", re.IGNORECASE)


def act(st: Statement) -> frozenset[str]:
    """The kinds of act a statement performs read from its verbs and evaluative words, no modal:
    "condemned the raids" -> {"criticise"}; "the law should stay" -> none."""
    return _stance(st.cue, st.content, modals=False)


@lru_cache(maxsize=8192)
def _stance(cue: str, content: str, modals: bool = True) -> frozenset[str]:
    cut = _ADD_ON.search(content)
    main = content[: cut.start()] if cut else content
    if not modals:
        main = _MODALS.sub(" ", main)
    # "issued a statement “condemning ...”": past a cue that opens the content, its object's head
    after_cue = content[len(cue):].lstrip(" “\"‘'") if cue and content.startswith(cue) else content
    head = _HEAD.match(after_cue)
    found = {m.lastgroup for m in _VERB_RE.finditer(cue)}
    if head:
        found.update(m.lastgroup for m in _VERB_RE.finditer(head.group()))
    found.update(m.lastgroup for m in _WORD_RE.finditer(main))
    return frozenset(f for f in found if f)


# --------------------------------------------------------------------------- similarity


def statement_similarity(a: Statement, b: Statement, sides: dict[str, frozenset[str]] | None = None) -> dict[str, float]:
    """Features for putting two statements together, each in [0, 1].

    Content is compared on its content words (stop words out, words cut to a six-letter stem) so
    that "voiced concern over the forced deportations" meets "expressed deep concern ... their
    forced deportation" and two unrelated sentences do not meet on "the" and "of". ``sides``
    (speaker id -> side, from :func:`speaker_sides`) adds whether the speakers are on one side.
    """
    return _similarity(
        a, b, gist(a.content), gist(b.content), stance(a), stance(b), sides or {},
        subject_words(a.content), subject_words(b.content),
    )


def _similarity(
    a: Statement, b: Statement, gist_a: str, gist_b: str,
    stance_a: frozenset[str], stance_b: frozenset[str], sides: dict[str, frozenset[str]],
    subject_a: frozenset[str], subject_b: frozenset[str], held_twice: frozenset[str] | None = None,
    read: tuple[_Read, _Read] | None = None,
) -> dict[str, float]:
    """``statement_similarity``'s features; ``held_twice`` are the gist words exactly two of
    the statements aligned hold (none: no own words are counted); ``read`` is what
    :func:`_read` gives of each, when the caller has it already."""
    content = fuzz.token_set_ratio(gist_a, gist_b, processor=None, score_cutoff=0) / 100
    read_a, read_b = read or (_read(a, gist_a), _read(b, gist_b))
    words_a, words_b = read_a.words, read_b.words
    common = words_a & words_b
    shared = len(common) / max(1, min(len(words_a), len(words_b)))
    same = bool(a.speaker_id) and a.speaker_id == b.speaker_id
    # words these two statements alone hold among all those aligned: what they have in common
    # and no other report has ("repairs" / "repairing potholes"), unlike the story's names
    # (the cue's own words left out: two acts "expressed" are no shared subject)
    # a stem shared as one word ("repairs" / "repairing"), not as two words cut alike
    # ("responders" / "emergency response"); none from a telling of several remarks at once
    # ("he will rebuild; he will find out why; he will help"), whose words come from any of them
    own = 0
    if held_twice is not None and not read_a.several and not read_b.several:
        shared_stems = (common & held_twice) - read_a.cue_words - read_b.cue_words
        if shared_stems:
            whole_a, whole_b = whole_words(a.content), whole_words(b.content)
            own = sum(1 for w in shared_stems if whole_a.get(w, frozenset()) & whole_b.get(w, frozenset()))
    side = not same and bool(sides.get(a.speaker_id or "", frozenset()) & sides.get(b.speaker_id or "", frozenset()))
    # a news verb both turn down: one position told with no word in common but the verb
    # ("rejected calls to scrap the levy" / "this levy should not be withdrawn")
    refused_alike = sum(1 for verb in common & _NEWS_VERBS
                        if refused(a.cue, a.content, frozenset([verb])) and refused(b.cue, b.content, frozenset([verb])))
    return {
        # what links decide on: see _link_score for why the two text measures are averaged
        "content": (content + shared) / 2,
        "content_token_set_ratio": content,
        "content_word_overlap": shared,
        # content words in common, the words of the stance left out: a shared subject
        "subject_words_shared": float(len(_shared_subject(a, b, subject_a, subject_b, stance_a & stance_b))),
        "own_words_shared": float(own),
        "same_speaker": float(same),
        "same_side": float(side),
        # 1 the same kind of act (both condemn), 0 two kinds (one condemns, one assures),
        # 0.5 when either reads as neither
        "same_stance": 1.0 if stance_a & stance_b else 0.0 if stance_a and stance_b else 0.5,
        # 1 the same kind of act read from a verb or an evaluative word, not from a modal alone
        "same_act": float(bool(read_a.acts & read_b.acts)),
        # one reports in the writer's words what the other quotes: see reported_from_quote
        "reported_from_quote": float(reported_from_quote(a, b)),
        "refused_alike": float(refused_alike),
    }


def _shared_subject(
    a: Statement, b: Statement, subject_a: frozenset[str], subject_b: frozenset[str], stances: frozenset[str]
) -> frozenset[str]:
    """The subject words two statements share. Of two appeals, a name both write is left out: it
    is whom they appeal to ("Norland should reopen the border", "Norland must refrain from
    action"), as a rule the story's own, not what they ask; two condemnations of what befell the
    people a name stands for ("the mistreatment of Norlanders", "Norlandic workers subjected to
    violence") keep it."""
    shared = subject_a & subject_b
    if stances == {"appeal"} and shared:
        return shared - (name_words(a.content) & name_words(b.content))
    return shared


#: Content similarity at which two statements join whoever their speakers are.
_SAME_WORDS = 0.9
#: ... and the shorter statement has at least this share of the longer one's content words.
_SAME_WORDS_SHARE = 0.5
#: Two speakers of one side (a ministry and its minister) join on this content, unless they
#: perform two kinds of act (one condemns, the other assures).
_SAME_SIDE_WORDS = 0.6
#: A statement of this many content words or fewer is short: see _link_score.
_SHORT_WORDS = 4
#: Gist words held by more statements than this are too common to pair statements on.
_MAX_WORD_SHARE = 200


def _link_score(f: dict[str, float], words_a: int, words_b: int, merge: float, possible: float) -> tuple[float, str]:
    """How strongly two statements report the same words or position, and what that decides:
    "merged", "possible" (shown as possibly the same) or "" (no link).

    Content is the mean of rapidfuzz's token_set_ratio over content words and the share of
    content words in common: token_set_ratio alone scores two unrelated sentences near 0.5 (its
    character-level comparison of the leftover words), the word share alone is blind to
    near-spellings. Who spoke and the kind of act decide what content is enough:

    * the same words under any two names (an unresolved pronoun, a capital standing for its
      government: "a charge Kabul denies" / "the Taliban government denies the charge");
    * one speaker: similar content, or the same kind of act on a shared subject (one ministry
      condemning the deportations in one outlet, calling them "unacceptable" in another); two
      kinds of act (condemning, then assuring) are at most possibly the same;
    * two speakers of one side (a ministry and its minister, a firm and its chief executive):
      close content and not two kinds of act; two kinds of act are possibly the same.

    Speakers of no common side never link short of the same words.
    """
    content = f["content"]
    # the same words, not a few words found inside a longer statement ("the toll will rise"
    # inside "the toll, based on hospital reports, was likely to rise"), which says little
    # when the speakers differ
    alike = min(words_a, words_b) >= _SAME_WORDS_SHARE * max(words_a, words_b)
    if content >= _SAME_WORDS and min(words_a, words_b) >= 2 and (alike or f["same_speaker"]):
        return content, "merged"
    if f["same_speaker"]:
        if f.get("reported_from_quote") and f["same_stance"] != 0.0:
            # the writer's telling and the speaker's words share little wording but its verb
            # and object: as close a link as copies of one quote
            return max(content, _JOIN_GROUPS), "merged"
        if f["same_stance"] == 1.0 and f["same_act"] == 1.0 and f["subject_words_shared"] >= 1:
            # one act (both condemn) on one subject; two sentences with a modal on one topic word
            # ("must condemn the violent factions", "should not be withdrawn because of violence")
            # are two remarks, joined on their content or not at all
            return max(content, _STANCE_FLOOR), "merged"
        if f.get("refused_alike"):
            # one news verb both refuse: one position, whatever else each says of it
            return max(content, _STANCE_FLOOR), "merged"
        # one speaker's statements an article tells apart are two remarks unless the same act or
        # close words join them (a lead's summing up and the quote paragraphs later; see
        # _apart_in_one_article)
        content_joins = not f.get("apart_in_one_article") or content >= _JOIN_GROUPS
        # a modal is all the act two prescriptive sentences share: a word of theirs in common
        # ("should denounce the attacks on our tax offices" / "this tax should not be repealed")
        # is no more than a topic of both
        modal_only = f["same_stance"] == 1.0 and not f["same_act"]
        # a short statement sharing a word or two with a long one of the same speaker ("the bank
        # might not cut rates" / a list of reasons "... motivated the decision to cut rates") is no
        # telling of it unless it lies nearly whole inside it
        short_in_long = min(words_a, words_b) <= _SHORT_WORDS and max(words_a, words_b) >= 3 * min(words_a, words_b) \
            and f["content_token_set_ratio"] < _JOIN_GROUPS
        if content >= merge and f["same_stance"] != 0.0 and not short_in_long and content_joins:
            return content, "merged"
        if f["own_words_shared"] >= 1 and content >= possible and f["same_stance"] != 0.0 and content_joins \
                and not modal_only:
            # scored as its content: weaker than a link on content, so taken after those
            return content, "merged"
        return content, "possible" if content >= possible else ""
    if f["same_side"]:
        if f["same_stance"] != 0.0 and content >= _SAME_SIDE_WORDS:
            return content, "merged"
        return content, "possible" if content >= max(merge, possible) else ""
    return 0.0, ""


#: One speaker's statements chain through single links when a speech gives many: a group of
#: more than _LOOSE_GROUP distinct remarks (copies of one remark in several outlets count once)
#: grows only on a link this close, else "possibly the same".
_JOIN_GROUPS = 0.7
_LOOSE_GROUP = 3
#: A link joins two groups only when the pairs of one speaker's statements across them score this
#: on average: a statement that reports two things ("will step down ... because she is tired") links
#: both the group of the one and the group of the other, which are not one statement.
_GROUP_BACKING = 0.45


#: The score of a link made by the kind of act (one speaker, one stance, a shared subject):
#: above the merge threshold, and recorded as such, not dressed up as a content score.
_STANCE_FLOOR = 0.55


def _candidate_pairs(gists: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs sharing at least one gist word: a pair with none cannot reach any threshold."""
    holders: dict[str, list[int]] = {}
    for i, g in enumerate(gists):
        for word in set(g.split()):
            holders.setdefault(word, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in holders.values():
        if len(members) > _MAX_WORD_SHARE:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j))
    return pairs


@dataclass(frozen=True, slots=True)
class StatementAlignment:
    """Statement groups (ids, single link above ``merge``) and the links scored on the way: the
    "merged" ones that joined each member to its group, and "possible" ones (possibly the same)."""

    groups: list[list[str]]
    links: list[Link]


def speaker_sides(statements: Sequence[Statement]) -> dict[str, frozenset[str]]:
    """Speaker id -> the side its names give it ("Pakistan’s interior ministry" -> pakis)."""
    sides: dict[str, set[str]] = {}
    for st in statements:
        if st.speaker_id and st.speaker_span is not None and not st.anonymous:
            written = st.speaker_span.text
            if " " not in written.strip() and written != st.speaker:
                continue  # a surname standing for a full name ("Dar"): no side in it
            person = read_mention(st.speaker or "").kind == "person"
            sides.setdefault(st.speaker_id, set()).update(side_of(written, st.speaker if person else ""))
    return {k: frozenset(v) for k, v in sides.items()}


#: How far apart (characters between their contents) a remark summed up and its quote may be:
#: the rest of one sentence, its attribution and the next sentence's opening, not a paragraph
#: of something else.
_AT_ONCE_CHARS = 200


class _Position(NamedTuple):
    """Where a statement stands in its article: the article, its rank in text order, its span."""

    article: str
    rank: int
    start: int
    end: int


def _positions_in_article(statements: Sequence[Statement]) -> list[_Position]:
    """Each statement's position in its article, ranked in text order among the article's own."""
    order = sorted(range(len(statements)), key=lambda i: (statements[i].article, statements[i].start, statements[i].end))
    rank, seen = [0] * len(statements), Counter[str]()
    for i in order:
        rank[i] = seen[statements[i].article]
        seen[statements[i].article] += 1
    return [_Position(st.article, rank[i], st.start, st.end) for i, st in enumerate(statements)]


def _apart_in_one_article(a: _Position, b: _Position) -> bool:
    """Two statements of one article not told at once: another statement, or a paragraph of
    something else, between them. An outlet tells one remark once, or sums it up and quotes it
    at once ("X rejected calls to ... ." then "“...,” he said"): one speaker's statements further
    apart in one article are two remarks when they share no more than a few of the story's nouns
    ("the permit for the fair was granted" / "more people came to the fair than the permit
    allowed")."""
    if a.article != b.article:
        return False
    first, second = (a, b) if a.rank < b.rank else (b, a)
    return second.rank - first.rank > 1 or second.start - first.end > _AT_ONCE_CHARS


def align_statements(statements: Sequence[Statement], merge: float, possible: float) -> StatementAlignment:
    """Group statements that report the same words or position of one speaker (single link).

    Each statement's gist and stance are computed once, and only pairs that share a content word
    are scored, so a corpus of thousands of statements is not compared pair by pair.
    """
    n = len(statements)
    gists = [gist(s.content) for s in statements]
    stances = [stance(s) for s in statements]
    subjects = [subject_words(s.content) for s in statements]
    sides = speaker_sides(statements)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reads = [_read(st, g) for st, g in zip(statements, gists)]
    words = [r.words for r in reads]
    side = [sides.get(s.speaker_id or "", frozenset()) for s in statements]
    holders = Counter(w for r in reads for w in r.words - r.cue_words)
    held_twice = frozenset(w for w, count in holders.items() if count == 2)
    links: list[Link] = []
    names = [name_words(st.content) for st in statements]
    quoted = [partial_quote_words(st.content) for st in statements]
    positions = _positions_in_article(statements)

    members = [[i] for i in range(n)]
    # each group's distinct content words: copies of one remark in several outlets count once
    # toward its size (two outlets' copies of one remark and of a second are two remarks, not a
    # speech of four)
    remarks = [{g} for g in gists]
    # the score of each scored pair of one speaker's statements: a pair never scored shares no
    # content word, and counts 0 (speakers apart are joined on the same words only, no average)
    one_speaker: dict[tuple[int, int], float] = {}

    def backed(i: int, j: int) -> bool:
        """Whether the groups of i and j report one thing as a whole, not only through this pair."""
        gi, gj = members[find(i)], members[find(j)]
        if len(gi) + len(gj) <= 2:
            return True
        scores = []
        for x in gi:
            for y in gj:
                if statements[x].speaker_id and statements[x].speaker_id == statements[y].speaker_id:
                    score = one_speaker.get((min(x, y), max(x, y)), 0.0)
                    if score < possible and statements[x].article == statements[y].article:
                        return False
                    scores.append(score)
        return not scores or sum(scores) / len(scores) >= _GROUP_BACKING

    def join(i: int, j: int, score: float, f: dict[str, float], decision: str) -> None:
        a, b = statements[i], statements[j]
        if decision == "merged" and not backed(i, j):
            decision = "possible"  # the link holds, the groups do not: shown as possibly the same
        links.append(Link(a=a.id, b=b.id, score=round(score, 3), features={k: round(v, 3) for k, v in f.items()},
                          decision=decision))
        if decision == "merged":
            ri, rj = find(i), find(j)
            parent[ri] = rj
            members[rj].extend(members[ri])
            members[ri] = []
            remarks[rj] |= remarks[ri]
            remarks[ri] = set()

    # Close links first, closest first (copies of one quote before a statement that holds it
    # and more): they join groups of any size the groups back.
    loose: list[tuple[float, int, int, dict[str, float], str]] = []
    close: list[tuple[float, int, int, dict[str, float], str]] = []
    for i, j in sorted(_candidate_pairs(gists)):
        a, b = statements[i], statements[j]
        if not (a.speaker_id and a.speaker_id == b.speaker_id) and not side[i] & side[j]:
            # only the same words join speakers of no common side: content, the mean of
            # token_set_ratio (at most 1) and the word share, needs a word share of 0.8 for 0.9
            if len(words[i] & words[j]) < (2 * _SAME_WORDS - 1) * min(len(words[i]), len(words[j])):
                continue
        f = _similarity(a, b, gists[i], gists[j], stances[i], stances[j], sides, subjects[i], subjects[j], held_twice,
                        (reads[i], reads[j]))
        if f["same_speaker"]:
            f["apart_in_one_article"] = float(_apart_in_one_article(positions[i], positions[j]))
        score, decision = _link_score(f, len(words[i]), len(words[j]), merge, possible)
        if decision == "merged" and f["same_stance"] != 1.0 and f["content"] < _SAME_WORDS and (
            not (words[i] & words[j]) - (names[i] & names[j])
            or quoted[i] and not quoted[i] & words[j]
            or quoted[j] and not quoted[j] & words[i]
        ):
            # names alone in common: the story's people are in many statements and say little
            # of what was said ("she hired Tom Lee in May" / "Lee will coach the juniors");
            # nor does the writer's telling of the event when one statement quotes the speaker's
            # own words and the other has none of them ("X and Y were sacked because of “a run of
            # poor results and public rows”" / "he sacked X and Y by text message")
            decision = "possible" if f["content"] >= possible else ""
        if f["same_speaker"]:
            one_speaker[(i, j)] = score if decision == "merged" else f["content"]
        if decision == "merged" and score >= _JOIN_GROUPS:
            close.append((score, i, j, f, decision))
        elif decision:
            loose.append((score, i, j, f, decision))

    def group_size(i: int, j: int) -> int:
        a, b = remarks[find(i)], remarks[find(j)]
        return len(a) + len(b) - len(a & b)

    def closest_first(t: tuple[float, int, int, dict[str, float], str]) -> tuple[float, float, int, int]:
        # at one score, statements of one length first: copies of a remark before a statement
        # that holds it and more, which scores as high on the words of the shorter
        i, j = t[1], t[2]
        return -t[0], -min(len(words[i]), len(words[j])) / max(1, len(words[i]), len(words[j])), i, j

    close.sort(key=closest_first)
    for score, i, j, f, decision in close:
        if find(i) != find(j):
            join(i, j, score, f, decision)
    # Then the loose ones, closest first: a group that may grow only on close words past a few
    # members must not be filled by whichever loose links come first in article order.
    loose.sort(key=closest_first)
    for score, i, j, f, decision in loose:
        if find(i) == find(j):
            continue
        if decision == "merged" and group_size(i, j) > _LOOSE_GROUP:
            decision = "possible"  # a group past a few statements grows only on close words
        join(i, j, score, f, decision)
    groups: dict[int, list[str]] = {}
    for i, st in enumerate(statements):
        groups.setdefault(find(i), []).append(st.id)
    return StatementAlignment(
        groups=sorted((sorted(g) for g in groups.values()), key=lambda g: g[0]),
        links=links,
    )


def cluster_statements(statements: Sequence[Statement], threshold: float) -> list[list[str]]:
    """Groups of statement ids that report the same words or position of one speaker."""
    return align_statements(statements, threshold, threshold).groups


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level differences of b against a: ("equal"|"delete"|"insert", words)."""
    wa, wb = a.split(), b.split()
    matcher = difflib.SequenceMatcher(None, [w.lower().strip(".,;:“”\"'") for w in wa],
                                      [w.lower().strip(".,;:“”\"'") for w in wb], autojunk=False)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(wa[i1:i2])))
        else:
            if i2 > i1:
                out.append(("delete", " ".join(wa[i1:i2])))
            if j2 > j1:
                out.append(("insert", " ".join(wb[j1:j2])))
    return out
