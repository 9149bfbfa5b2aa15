"""From speech acts to statements: what someone said, once, with every passage that gives it.

An article's speech acts (:mod:`crosscheck.extract.speech`) are not yet its statements. Two
questions turn the one into the other.

**Is it a statement at all?** (:func:`kind_of`) A statement is words someone can be held to: a
named person or organisation, or one unnamed source speaking for one ("a senior official"),
on an occasion. Attributions that source information instead are kept apart, as *sourcing*:

* "according to X, ..." marks where information comes from, not an act of speaking (unless X
  is a person: "according to Governor Ann Lee" gives her words); so does what a newsroom
  reports ("..., The Wall Street Journal reports");
* unnamed commentators in general ("analysts say", "critics argue"): a generic attribution;
* a standing line rather than one occasion ("officials have long been saying", "Chaudhry has
  previously accused ..."): habitual;
* testimony summed up for an unnamed group of people ("Afghans who crossed the border told AFP
  that ...", "residents said"): a group, not one speaker.

A negated act ("has not responded to requests for comment") says nothing and is dropped.

**Is it a new statement, or another passage of one already found?** (:func:`fold`) These
become ``parts`` of the first passage, each with its own spans:

* a quote paragraph with no cue of its own continues the quote before it;
* "the statement added", "it said", "according to the press release": the rest of a document
  already quoted is more of that document, unless the passage relays a person's own act
  ("“He strongly urged ...,” the statement said" is his statement);
* a headline, standfirst or subhead line that gives a body statement of the same speaker again
  (similar content words, the same polarity) restates it; so does a passage giving the same
  words as another of the same speaker, or of the document it came from;
* a partial quote in reported speech ("had warned that “all deals are off”") and the full quote
  it was taken from, given later by the same speaker, are one statement.

Statements that say distinct things stay distinct, even from one speaker in one breath ("X said
... X added ..."): only a continuation, a repeat or a document's own run is folded.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from crosscheck.align_statements import gist, name_words, negated
from crosscheck.extract.cues import CUE_VERB
from crosscheck.extract.speakers import DOCUMENT_NOUNS, Mention, read_mention, same_speaker
from crosscheck.model import Sentence, Statement, StatementKind, StatementPart

# --------------------------------------------------------------------------- kinds

#: Nouns for people who speak for an institution: unnamed, they are still a source on an
#: occasion ("officials said on Friday"), so their words stay statements.
OFFICIAL_SOURCES = frozenset(
    ["official", "officials", "source", "sources", "diplomat", "diplomats", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "aide", "aides", "insider", "insiders", "authorities", "authority", "officer", "officers", "police", "lawmaker", "lawmakers", "minister", "ministers", "investigators", "prosecutors", "rescuers", "medics", "doctors", "military", "commanders", "negotiators", "regulators", "representatives", "delegates", "executives",
     "organizers", "organisers", "monitors", "activists", "campaigners",
     # a case's detectives, a study's scientists: unnamed, but speaking for one inquiry or one study
     "detectives", "scientists", "researchers"]
)
#: Nouns for commentators: unnamed and plural, they voice an opinion no one can be held to.
COMMENTATORS = frozenset(
    ["analysts", "experts", "critics", "observers", "commentators", "economists", "scholars", "academics", "historians", "pundits", "sceptics", "skeptics", "opponents", "supporters", "detractors", "some", "many", "others"]
)
#: Newsrooms: what they report is where information comes from, like "according to".
_MEDIA = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Reuters|AFP|AP|"
    r"Associated\s+Press|Bloomberg|BBC|CNN|NBC|CBS|ABC|Fox|Al\s+Jazeera|[Tt]elevision|TV|[Rr]adio|"
    r"[Nn]ewspaper|[Dd]aily|[Bb]roadcaster|[Nn]ews\s+agency|[Mm]edia|[Cc]hannel|[Oo]utlet)\b"
)
#: Between the subject and the verb: the act is a standing line, not one occasion.
_HABITUAL = re.compile(
    # "has previously accused": a standing line; "she previously said “...”": one earlier occasion
    r"\b(?:long|(?<=has\s)previously|(?<=have\s)previously|repeatedly|often|frequently|routinely|always|regularly|consistently"
    r"|for\s+(?:months|years|decades|weeks|some\s+time)|in\s+the\s+past)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|n[o’']t)\b|n[’']t\b", re.IGNORECASE)


def _head(mention: Mention) -> str:
    words = mention.written.split()
    return mention.head or (words[-1].lower() if words else "")


def _plural_people(mention: Mention) -> bool:
    words = mention.written.split()
    head = _head(mention)
    return bool(words) and head.endswith("s") and not head.endswith("ss") and words[0].lower() not in {"a", "an", "one", "each"}


def kind_of(mention: Mention, cue: str, between: str) -> StatementKind | None:
    """What a speech act is, from its subject as read, its cue and the words between them
    (the auxiliaries: "have long been", "has previously", "did not"). None: no act at all."""
    if _NEGATION.search(between):
        return None
    if cue.lower().startswith("according to"):
        return "according_to"
    if cue.lower().startswith("report") and _MEDIA.search(mention.written):
        return "according_to"  # "The Wall Street Journal reports ...": a newsroom's reporting, no one's words
    if _HABITUAL.search(between):
        return "habitual"
    if mention.kind == "anonymous" and _plural_people(mention):
        head = _head(mention)
        if head in OFFICIAL_SOURCES:
            return "statement"  # "officials said on Friday": unnamed, still one source on an occasion
        if head in COMMENTATORS or mention.written.split()[0].lower() in {"some", "many"}:
            return "generic"
        return "group"
    return "statement"


# --------------------------------------------------------------------------- folding

#: Headlines and standfirsts summarise: a restatement there shares fewer words with the body.
HEADLINE_SIMILARITY = 0.5
#: Two body passages are one statement only when they give nearly the same content words.
BODY_SIMILARITY = 0.8
#: A partial quote is drawn from a fuller quote holding at least this share of its words.
QUOTE_COVERAGE = 0.75
_DOCUMENT_ANAPHOR = re.compile(
    r"^(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b|^(?:it|this)$",
    re.IGNORECASE,
)
_ACCORDING_DOCUMENT = re.compile(
    r"\baccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,2}(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b",
    re.IGNORECASE,
)
_DOCUMENT_WORD = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b", re.IGNORECASE)
#: A cue verb in the present tense with the third person "s", as headlines write them.
_HEADLINE_CUE = re.compile(r"^(?:says|tells|warns|urges|calls|denies|rejects|assures|vows|pledges"
                           r"|expresses|voices|slams|blasts|accuses|blames|insists|claims|admits"
                           r"|confirms|announces|demands|appeals|promises|welcomes|condemns|:)")
_TERMINAL = re.compile(r"[.!?][\"'”’)]*$")
#: A person as the subject of the content, then a cue: the passage relays that person's act.
_RELAYED_PERSON = re.compile(
    r"^(?P<subject>He|She|I|(?:The|the|Its|its|His|his|Her|her)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:minister|president|premier|envoy|ambassador|spokes(?:man|woman|person)|chief|leader|secretary"
    r"|governor|mayor|director|chairman|chairwoman|head)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
    r"\s+(?:[a-z]+ly\s+|also\s+)?(?P<verb>[a-z]+(?:\s+(?:on|upon|for))?)\b"
)
_QUOTED = re.compile(r"[“\"‘]([^”\"’]{3,}?)[”\"’]")


def _headline_lines(sentences: Sequence[Sentence]) -> set[int]:
    """Paragraph numbers of lines that read as headlines: one short sentence, alone on its line."""
    count: dict[int, int] = {}
    for s in sentences:
        count[s.paragraph] = count.get(s.paragraph, 0) + 1
    return {s.paragraph for s in sentences if count[s.paragraph] == 1 and len(s.text.split()) <= 30}


def _is_headline(st: Statement, sent: Sentence | None, lines: set[int]) -> bool:
    """A headline, standfirst or subhead: a short line alone, with no full stop or a present-tense cue."""
    if sent is None or sent.paragraph not in lines:
        return False
    return not _TERMINAL.search(sent.text) or bool(_HEADLINE_CUE.match(st.cue.lower()))


def _relays_person(st: Statement) -> bool:
    """"He strongly urged ..." as the content of "the statement said": the person's own act."""
    m = _RELAYED_PERSON.match(st.content)
    if not m or not CUE_VERB.fullmatch(m.group("verb")):
        return False
    subject = m.group("subject")
    return subject in {"He", "She", "I"} or read_mention(subject).kind == "person"


def _is_document(st: Statement) -> bool:
    written = st.speaker_span.text if st.speaker_span else ""
    return bool(_DOCUMENT_WORD.search(written) or _DOCUMENT_WORD.search(st.cue))


def _same_speaker(a: Statement, b: Statement) -> bool:
    if not a.speaker or not b.speaker:
        return False
    pa = read_mention(a.speaker).kind == "person"
    pb = read_mention(b.speaker).kind == "person"
    return same_speaker(a.speaker, b.speaker, pa, pb)


def fold(sentences: Sequence[Sentence], found: Sequence[Statement]) -> list[Statement]:
    """The article's statements with their parts, then its sourcing, each in text order.

    ``found`` is every attributed passage of one article in text order, speakers resolved.
    """
    items = sorted(found, key=lambda s: (s.start, s.end))
    n = len(items)
    parent = list(range(n))
    relation: dict[int, str] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def attach(i: int, to: int, why: str) -> None:
        r = root(to)
        if r != i and root(i) == i:
            parent[i] = r
            relation[i] = why

    starts = [s.start for s in sentences]
    sent_of: list[Sentence | None] = []
    for st in items:
        k = bisect.bisect_right(starts, st.start) - 1
        sent_of.append(sentences[k] if k >= 0 and sentences[k].start <= st.start <= sentences[k].end else None)
    lines = _headline_lines(sentences)
    headline = [_is_headline(st, sent_of[i], lines) for i, st in enumerate(items)]
    gists = [gist(st.content) if st.kind == "statement" else "" for st in items]
    in_document = [_is_document(st) for st in items]
    spoken_by_document = [bool(st.speaker_span and _DOCUMENT_WORD.search(st.speaker_span.text)) for st in items]
    cites_document = [
        doc or (sent is not None and _ACCORDING_DOCUMENT.search(sent.text) is not None)
        for doc, sent in zip(in_document, sent_of)
    ]

    for i, st in enumerate(items):
        # a quote paragraph with no cue: it continues the quote it follows (same speaker span)
        if st.cue == "" and st.direct and st.kind == "statement":
            for j in range(i - 1, -1, -1):
                if (items[j].direct or items[j].cue) and items[j].speaker_span == st.speaker_span:
                    attach(i, j, "continues")
                    break
            continue
        # "the statement added", "it said": more of the document quoted just before, same issuer
        written = st.speaker_span.text if st.speaker_span else ""
        if i and in_document[i - 1] and items[i - 1].speaker == st.speaker and st.kind in {"statement", "according_to"} \
                and _DOCUMENT_ANAPHOR.match(written) and not _relays_person(st):
            attach(i, i - 1, "continues")
            in_document[i] = True

    statements = [i for i in range(n) if items[i].kind == "statement"]
    words = [frozenset(g.split()) for g in gists]
    speakers_match: dict[tuple[str | None, str | None], bool] = {}

    def same(i: int, j: int) -> bool:
        key = (items[i].speaker, items[j].speaker)
        if key not in speakers_match:
            speakers_match[key] = _same_speaker(items[i], items[j])
        return speakers_match[key]

    # a partial quote in reported speech and the fuller quote it was taken from
    quotes = [j for j in statements if items[j].direct]
    for i in statements:
        if items[i].direct or root(i) != i or not quotes or headline[i]:
            continue  # a headline's partial quote restates the body below (restatements, next)
        for m in _QUOTED.finditer(items[i].content):
            fragment = frozenset(gist(m.group(1)).split())
            if len(fragment) < 2:
                continue
            for j in quotes:
                if j != i and root(j) == j and len(items[j].content) > len(m.group(1)) \
                        and len(fragment & words[j]) >= QUOTE_COVERAGE * len(fragment) and same(i, j):
                    attach(j, i, "full_quote")
    # restatements: a headline line giving a body statement again, or the same words twice;
    # candidates share a content word, counted through an index of who holds each word
    holders: dict[str, list[int]] = {}
    for j in statements:
        if not headline[j]:
            for w in words[j]:
                holders.setdefault(w, []).append(j)
    polarity = {i: negated(items[i].content) for i in statements}
    for i in statements:
        if root(i) != i or not words[i]:
            continue
        shared: dict[int, int] = {}
        for w in words[i]:
            for j in holders.get(w, ()):
                shared[j] = shared.get(j, 0) + 1
        need = HEADLINE_SIMILARITY if headline[i] else BODY_SIMILARITY
        best, best_score = -1, 0.0
        for j, count in sorted(shared.items()):
            if j == i or (not headline[i] and j > i) or polarity[i] != polarity[j]:
                continue
            score = count / min(len(words[i]), len(words[j]))
            if score < need or score <= best_score or root(j) == i:
                continue
            if not headline[i] and len(words[j]) < 3 < len(words[i]):
                continue  # "Describing her rival as “the victor,” Roe said ... “I called the victor ...”": a name given, not the words restated
            if headline[i]:
                # names of the story's people are in every line: a headline or caption sharing
                # only them with a body statement ("Ann Berg said she hired Tom Lee in May" and
                # "Lee will coach the juniors") says something else about the same people
                fits = bool((words[i] & words[j]) - name_words(items[j].content)) and (
                    same(i, j) or not _names_other_person(items[i], items[j])
                )
            else:
                # two names for one document's words: "X called for ..., according to a press
                # release" and "The press release ... said that ... called for ..."
                fits = same(i, j) or (spoken_by_document[i] and cites_document[j]) or (
                    spoken_by_document[j] and cites_document[i]
                )
            if fits:
                best, best_score = j, score
        if best >= 0:
            attach(i, best, "restates")

    members: dict[int, list[int]] = {}
    for j in range(n):
        if root(j) != j:
            members.setdefault(root(j), []).append(j)
    out: list[Statement] = []
    for i, st in enumerate(items):
        if root(i) != i:
            continue
        parts = tuple(_part(items[j], relation[j], headline[j]) for j in members.get(i, ()))
        out.append(replace(st, parts=parts) if parts else st)
    return out


def _names_other_person(headline: Statement, body: Statement) -> bool:
    """A headline's speaker is a named person other than the body statement's ("Minister Jane
    Doe says ..." over Tom Kerr's words). A description ("Central bank chief"), a country or a
    capital standing for its government ("Pakistan assures ...") may head anyone's words."""
    mention = read_mention(headline.speaker or "")
    return mention.kind == "person" and not mention.description and not _same_speaker(headline, body)


def _part(st: Statement, why: str, headline: bool) -> StatementPart:
    # a quote paragraph with no cue names no speaker of its own: its evidence is its words alone
    speaker_span = st.speaker_span if st.cue else None
    return StatementPart(
        id=st.id, start=st.start, end=st.end, content=st.content, relation=why,  # type: ignore[arg-type]
        cue=st.cue, direct=st.direct, speaker_span=speaker_span, cue_span=st.cue_span, headline=headline,
    )


