"""Attributed statements: who said what, with the cue, the speaker and the content as spans.

The grammar, sentence by sentence:

* a speech cue outside quotation marks ("said", "told AFP", "warned", "called on", "denies",
  "issued a statement", "according to") with a subject before it (leading frame: "X said that
  ...", "X urged Y to ...") or after the content (trailing frame: "“...,” the agency said",
  "..., a senior official said on Friday");
* a quote with no cue of its own that opens a paragraph continues the previous quoted speaker;
* a headline "X: ..." or "X says ..." is a statement like any other;
* a quoted fragment of one to three words with no cue around it is a scare quote, not speech.

Verbs that report words ("said", "warned that") take the clause after them as content; verbs
that are themselves the speech act ("called on", "denies", "voiced concern") keep the verb in
the content, so "He voiced concern over ..." reads as said. Subjects are read by
:mod:`crosscheck.extract.speakers`; pronouns, short forms and descriptions are resolved to the
nearest compatible named speaker of the article, with a lower confidence.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, utils

from crosscheck.extract.quotes import Quote, find_quotes
from crosscheck.extract.speakers import (
    DOCUMENT_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    Mention,
    person_name,
    read_mention,
    resolve_speakers,
)
from crosscheck.model import Article, Attribution, Sentence, Span, Statement

__all__ = [
    "attribute",
    "cluster_statements",
    "find_statements",
    "resolve_speakers",
    "statement_similarity",
    "word_diff",
]

# --------------------------------------------------------------------------- the cue lexicon

#: Verbs that report words: the content is the clause after them.
_SAY = (
    r"said|says|say|saying|told|tells|added|adds|stated|states|noted|notes|explained|explains"
    r"|announced|announces|claimed|claims|insisted|insists|argued|argues|warned|warns|cautioned"
    r"|assured|assures|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates"
    r"|confirmed|confirms|acknowledged|acknowledges|admitted|admits|declared|declares|wrote|writes"
    r"|tweeted|posted|predicted|predicts|promised|promises|pledged|pledges|vowed|vows|suggested"
    r"|maintained|maintains|alleged|alleges|asserted|asserts|recalled|replied|responded"
    r"|estimated|estimates|disclosed|revealed|reported|reports|underlined|underscored"
    r"|highlighted|highlights|informed|reminded"
)
#: Verbs that are the speech act: the content keeps the verb ("called on Islamabad to ...").
_ACT = (
    r"urged|urges|urge|called\s+(?:on|upon|for)|calls\s+(?:on|upon|for)|demanded|demands"
    r"|appealed|appeals|denied|denies|deny|rejected|rejects|dismissed|dismisses|condemned"
    r"|condemns|critici[sz]ed|critici[sz]es|accused|accuses|blamed|blames|expressed|expresses"
    r"|voiced|voices|welcomed|welcomes|praised|praises|hailed|hails|lamented|laments|regretted"
    r"|issued\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}(?:statement|release|warning|appeal)"
)
_AUX = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|could|also|previously|strongly|repeatedly"
    r"|further|later|earlier|again|long|been|then|reportedly|once|already|publicly|firmly|openly"
    r"|recently|categorically|sharply|flatly|now|not|never|did|does|do)\s+){0,4}"
)
_CUE = re.compile(
    rf"\b(?P<aux>{_AUX})(?P<verb>(?P<say>{_SAY})|(?P<act>{_ACT}))\b"
    r"(?P<medium>\s+(?:in\s+a\s+(?:[a-z]+\s+){0,2}statement|on\s+(?:X|Twitter|Facebook|Telegram"
    r"|social\s+media)|at\s+a\s+(?:news|press)\s+(?:conference|briefing)))?"
)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
#: The addressee of "told", "assured", "warned" ... up to "that" or the end of a short object.
_OBJECT_VERBS = frozenset(
    ["told", "tells", "assured", "assures", "warned", "warns", "informed", "reminded", "promised", "urged", "urges"]
)
_CHANNEL = re.compile(
    r"\s+(?P<obj>(?:[A-Z][\w.&-]*|reporters|journalists|the\s+press|the\s+media|a\s+(?:news|press)"
    r"\s+(?:conference|briefing)|parliament|lawmakers)(?:\s+[A-Z][\w.&-]*){0,2})"
)
_THAT = re.compile(r"\s*(?:,\s*)?(?:that\b|:)?\s*")
_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:Meanwhile|However|But|And|Earlier|Later|Separately|In\s+response|In\s+addition|Also"
    r"|Still|Yet|Then|Last\s+\w+|On\s+\w+|Speaking\s+[^,]{0,60}|It\s+is\s+worth\s+(?:mentioning"
    r"|noting)\s+that|(?:In|On|At|During|After|Before|Following|Amid|Since|Earlier|Later)\s+[^,]{1,60},)"
    r"\s*,?\s+)+"
)
#: Words that cannot open a subject: the phrase is an adjunct or a clause, not a speaker.
_NOT_SUBJECT_START = frozenset(
    ["in", "on", "at", "during", "after", "before", "following", "amid", "since", "for", "from", "with", "by", "to", "of", "as", "if", "when", "while", "that", "which", "who", "date"]
)
_TIME_TAIL = re.compile(
    r"(?:,?\s+(?:on|last|this|late|early|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon|today)"
    r"|,?\s+(?:today|yesterday|earlier|also|however|too|then|now)|,)+\s*$"
)
#: Where a new clause with its own subject may begin inside a sentence.
_CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|and|as)\s+|;\s+|\s+--\s+|\s+—\s+|:\s+")
_ADJUNCT_ONLY = re.compile(
    r"^\s*(?:,\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|on|in|at|after|before|during|late|earlier|today|yesterday|last|this|from"
    r"|via|with|while|when|as|adding|calling|saying|urging|noting|citing|referring|speaking|told)\b"
    r"[^.!?]*)?[.!?]?[\"”’']?\s*$"
)
#: "..., a charge Kabul denies": the object first, then who denies it.
_RELATIVE_OBJECT = re.compile(
    r"\b(?:a|an|the)\s+(?:charge|claim|claims|accusation|accusations|allegation|allegations|assertion"
    r"|assertions|report|reports|version)\s+(?:that\s+|which\s+)?"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+$"
)
#: "said on Friday more than half ...": a time adjunct right after the verb is not content.
_TIME_HEAD = re.compile(
    r"(?:on|last|this|earlier|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|week|month|year|night|morning|evening)\s+(?:that\s+)?"
)
#: "that Dar: “...”": a name and a colon before a quote hand the quote to that name.
_RELAY = re.compile(r"(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}):\s*(?=[“\"])")
#: "said on Friday that ...": adjuncts between the verb and its that-clause.
_ADJUNCT_THEN_THAT = re.compile(
    r"\s+(?:(?:on|at|in|during|last|this|earlier|late|early)\s+(?:the\s+)?[\w’'-]+(?:\s+(?:of\s+)?"
    r"[\w’'-]+){0,3}\s+)?that\s+"
)
_WORDS = re.compile(r"\w[\w’'-]*")


@dataclass(frozen=True, slots=True)
class _Frame:
    """One speech act found in a sentence, before speakers are resolved."""

    speaker: Span | None
    cue: Span
    content_start: int
    content_end: int
    direct: bool
    act: bool
    channel: str | None = None
    #: True when the subject opens a new clause ("..., but analysts say"), so an earlier
    #: statement's content stops there instead of swallowing this one
    clause_initial: bool = False


# --------------------------------------------------------------------------- helpers


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _trim(text: str, start: int, end: int, chars: str = " \t\n,;:") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _in_quote(pos: int, quotes: Sequence[Quote]) -> Quote | None:
    for q in quotes:
        if q.open <= pos < q.close:
            return q
    return None


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def _plausible_subject(np: str) -> bool:
    """A short noun phrase that can name a speaker (not a clause, not a quote)."""
    np = np.strip(" ,")
    if not np or any(c in np for c in "“”\"") or _word_count(np) > 12:
        return False
    words = np.split()
    first = words[0]
    if first.lower() in _NOT_SUBJECT_START:
        return False
    if first[0].islower() and first.lower() not in {
        "the", "a", "an", "its", "his", "her", "their", "he", "she", "it", "they", "we", "i",
        "officials", "sources", "analysts", "experts", "residents", "witnesses", "police",
        "authorities", "activists", "observers", "critics", "aid", "rights", "human",
    } and not first.lower().endswith("s"):
        return False
    if words[-1].lower() in {"of", "the", "a", "an", "and", "to", "in", "for", "with", "that"}:
        return False
    return not re.search(r"\b(?:is|are|was|were|has|have|had|will|would)\b", np)


#: How far before a cue a subject may begin, in characters (a long title and an appositive).
_SUBJECT_REACH = 240


def _subject(text: str, lo: int, hi: int) -> Span | None:
    """The speaker noun phrase in text[lo:hi] (which ends right before the cue)."""
    lo = max(lo, hi - _SUBJECT_REACH)  # a speaker is a short phrase: never scan a whole page
    segment = text[lo:hi]
    lead = _LEAD_ADVERBIAL.match(segment)
    start = lo + (lead.end() if lead else 0)
    tail = _TIME_TAIL.search(text, max(start, hi - 80), hi)
    end = tail.start() if tail else hi
    start, end = _trim(text, start, end)
    if start >= end:
        return None
    np = text[start:end]
    parts = [p for p in re.split(r",\s+", np)]
    if len(parts) > 1:
        # "Moniza Kakar, a lawyer in ..., said": the name; "the envoy, Ambassador X Y, said": both.
        kept = [parts[0]]
        for part in parts[1:]:
            if part and part[0].isupper() and person_name(part) and not person_name(parts[0]):
                kept.append(part)
                break
            break
        joined = ", ".join(kept)
        end = start + len(joined)
        np = joined
    if not _plausible_subject(np):
        # Ingest leftovers or a fronted phrase before the subject ("date 2025-04-08 The ..."):
        # the subject is then the shortest plausible tail that opens with a capital.
        for m in re.finditer(r"(?<=\s)[A-Z]", np[-100:]):
            offset = max(0, len(np) - 100) + m.start()
            tail = np[offset:]
            if _word_count(tail) <= 8 and _plausible_subject(tail):
                return _span(text, start + offset, end)
        return None
    return _span(text, start, end)


def _clause_start(text: str, lo: int, hi: int, quotes: Sequence[Quote]) -> int:
    """Where the clause holding text[hi] begins: after a clause break or a closing quote."""
    start = lo
    for q in quotes:
        if lo <= q.close <= hi:
            start = max(start, q.close)
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        if not _in_quote(m.start(), quotes):
            start = max(start, m.end())
    return start


# --------------------------------------------------------------------------- frames


def _trailing_frame(
    text: str, sent: Sentence, cue: re.Match[str], quotes: Sequence[Quote]
) -> _Frame | None:
    """"“...,” the agency said" or "..., a senior official said on Friday"."""
    cs, ce = cue.start("verb") - len(cue.group("aux")), cue.end()
    after = text[ce : sent.end]
    channel = _channel(text, cue, sent.end)
    if channel:
        after = text[channel[1] : sent.end]
    if not _ADJUNCT_ONLY.match(after):
        return None
    # The speaker sits between the content's end (a closing quote or a comma) and the cue.
    quote_before: Quote | None = None
    for q in quotes:
        if sent.start <= q.close <= cs and q.open < cs and (quote_before is None or q.close > quote_before.close):
            quote_before = q
    speaker = None
    boundary = -1
    if quote_before is not None:
        boundary = quote_before.close
        np_start, np_end = _trim(text, boundary, cs)
        speaker = _subject(text, np_start, np_end) if np_end > np_start else None
    if speaker is None:
        quote_before = None
        comma = text.rfind(", ", sent.start, cs)
        if comma <= sent.start:
            return None
        boundary = comma + 1
        np_start, np_end = _trim(text, boundary, cs)
        if _RELATIVE_OBJECT.search(text, np_start, cs):
            return None
        speaker = _subject(text, np_start, np_end) if np_end > np_start else None
    if speaker is None or speaker.start != np_start:
        return None
    if quote_before is not None and _starts_clause(text, quote_before.open, sent):
        # the quote is all the content; it may have begun paragraphs earlier
        return _Frame(speaker, _cue_span(text, cue, channel), quote_before.start, quote_before.end,
                      True, cue.group("act") is not None, channel and text[channel[0]:channel[1]])
    content_end = quote_before.close if quote_before else boundary - 1
    content_start = sent.start
    lead = _LEAD_ADVERBIAL.match(text, content_start, content_end)
    if lead:
        content_start = lead.end()
    content_start, content_end = _trim(text, content_start, content_end)
    if _word_count(text[content_start:content_end]) < 3:
        return None
    return _Frame(speaker, _cue_span(text, cue, channel), content_start, content_end, False,
                  cue.group("act") is not None, channel and text[channel[0]:channel[1]])


def _starts_clause(text: str, pos: int, sent: Sentence) -> bool:
    """True when only white space or a clause opener stands between the sentence start and pos."""
    if pos <= sent.start:
        return True
    before = text[sent.start : pos].strip()
    return before == "" or bool(re.fullmatch(r"[\w\s’']{0,40}:", before))


def _channel(text: str, cue: re.Match[str], limit: int) -> tuple[int, int] | None:
    """"told AFP" / "assured Pakistan": the addressee after an object-taking verb."""
    verb = cue.group("verb").split()[0].lower()
    if verb not in _OBJECT_VERBS:
        return None
    m = _CHANNEL.match(text, cue.end(), limit)
    if not m:
        return None
    end = m.end("obj")
    while end > m.start("obj") and text[end - 1] in ".,":
        end -= 1
    return m.start("obj"), end


def _cue_span(text: str, cue: re.Match[str], channel: tuple[int, int] | None) -> Span:
    start = cue.start("verb")
    end = channel[1] if channel else cue.end()
    return _span(text, start, end)


def _leading_frame(
    text: str, sent: Sentence, cue: re.Match[str], quotes: Sequence[Quote]
) -> _Frame | None:
    """"X said (that) ...", "X urged Y to ...", "X, a lawyer, told AFP: ..."."""
    cs = cue.start("verb") - len(cue.group("aux"))
    clause = _clause_start(text, sent.start, cs, quotes)
    relative = _RELATIVE_OBJECT.search(text, clause, cs)
    speaker = None
    if relative is None:
        speaker = _subject(text, clause, cs)
    else:
        # "..., a charge Kabul denies": the object comes first, the speaker after it
        speaker = None
    act = cue.group("act") is not None
    channel = _channel(text, cue, sent.end)
    if relative is not None:
        speaker = _span(text, relative.start("who"), relative.end("who"))
        return _Frame(speaker, _cue_span(text, cue, None), relative.start(), cue.end(), False, True,
                      clause_initial=True)
    if speaker is None:
        return None
    opens_clause = clause > sent.start
    if act:
        start = cue.start("verb")
        channel = None
    else:
        start = channel[1] if channel else cue.end()
        that = _THAT.match(text, start, sent.end)
        if that:
            start = that.end()
        when = _TIME_HEAD.match(text, start, sent.end)
        if when:
            start = when.end()
        later = _ADJUNCT_THEN_THAT.match(text, start - 1 if start > 0 and text[start - 1] == " " else start, sent.end)
        if later and text[start : later.end()].count(",") == 0:
            start = later.end()
        elif channel or cue.group("verb").split()[0].lower() in _OBJECT_VERBS:
            # "assures Afghan counterpart that ...": skip a short addressee up to "that"
            obj = re.match(r"[^,.;:“\"]{0,60}?\bthat\s+", text[start : sent.end])
            if obj:
                start += obj.end()
    end = sent.end
    q = _in_quote(start, quotes)
    relay = _RELAY.match(text, start, sent.end)
    if relay:
        # "... said in a statement that Dar: “...”": the quote is Dar's, the office relays it
        speaker = _span(text, relay.start("who"), relay.end("who"))
    colon_quote = re.match(r"[^“\"]{0,80}:\s*(?=[“\"])", text[start : sent.end])
    if colon_quote and (q is None or q.open != start):
        # "reiterated the government's firm stance: “...”": the quote is what was said
        q2 = _in_quote(start + colon_quote.end(), quotes)
        if q2 is not None and q2.close >= sent.end - 1:
            q, start = q2, q2.open
    if q is not None and q.open == start and q.close >= sent.end - 1:
        return _Frame(speaker, _cue_span(text, cue, channel), q.start, q.end, True, act,
                      channel and text[channel[0]:channel[1]], opens_clause)
    if q is not None and q.open == start and q.close > sent.end:
        end = q.close
    start, end = _trim(text, start, end, " \t\n,;:.")
    if _word_count(text[start:end]) < 2:
        return None
    return _Frame(speaker, _cue_span(text, cue, channel), start, end, False, act,
                  channel and text[channel[0]:channel[1]], opens_clause)


def _inverted_frame(
    text: str, sent: Sentence, cue: re.Match[str], quotes: Sequence[Quote]
) -> _Frame | None:
    """"“...,” said the minister." / "..., says Jane Roe, an economist.": verb before subject."""
    if cue.group("aux").strip() or cue.group("act") is not None:
        return None
    before = text[sent.start : cue.start("verb")].rstrip()
    quote = next((q for q in quotes if q.close == len(before) + sent.start), None)
    if quote is None and not before.endswith(","):
        return None
    stop = sent.end
    for mark in (",", ".", ";"):
        j = text.find(mark, cue.end(), sent.end)
        if j != -1:
            stop = min(stop, j)
    np_start, np_end = _trim(text, cue.end(), stop, " \t\n,;:.")
    speaker = _subject(text, np_start, np_end) if np_end > np_start else None
    if speaker is None:
        return None
    if quote is not None and _starts_clause(text, quote.open, sent):
        return _Frame(speaker, _span(text, cue.start("verb"), cue.end()), quote.start, quote.end, True, False)
    start, end = _trim(text, sent.start, len(before) + sent.start)
    if _word_count(text[start:end]) < 3:
        return None
    return _Frame(speaker, _span(text, cue.start("verb"), cue.end()), start, end, False, False)


def _according_frame(text: str, sent: Sentence, m: re.Match[str], quotes: Sequence[Quote]) -> _Frame | None:
    """"according to X, ..." / "..., according to X"."""
    np_end = m.end()
    for stop in (",", ".", ";", "\n"):
        j = text.find(stop, m.end(), sent.end)
        if j != -1:
            np_end = min(np_end, j) if np_end != m.end() else j
    if np_end == m.end():
        np_end = sent.end
    np_start, np_end = _trim(text, m.end(), np_end, " \t\n,;:.")
    if np_end <= np_start or _word_count(text[np_start:np_end]) > 12:
        return None
    speaker = _span(text, np_start, np_end)
    cue = _span(text, m.start(), m.end() - 1)
    before = text[sent.start : m.start()].strip(" ,")
    if before and not _LEAD_ADVERBIAL.fullmatch(before + " "):
        start, end = _trim(text, sent.start, m.start())
    else:
        start, end = _trim(text, np_end, sent.end, " \t\n,;:.")
    if _word_count(text[start:end]) < 3:
        return None
    return _Frame(speaker, cue, start, end, False, False)


def _headline_frame(text: str, sent: Sentence) -> _Frame | None:
    """A headline line "Name: words" (not a dateline in capitals, not a sentence)."""
    m = re.match(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}):\s+(\S.{8,})$", sent.text)
    if not m or sent.text.endswith(".") or m.group(1).isupper():
        return None
    speaker = _span(text, sent.start, sent.start + m.end(1))
    cue = _span(text, sent.start + m.end(1), sent.start + m.end(1) + 1)
    return _Frame(speaker, cue, sent.start + m.start(2), sent.end, False, False)


#: Quotes and cues read per sentence: a real sentence has a handful; hostile text has thousands.
_MAX_QUOTES = 64
_MAX_CUES = 32


def _frames(text: str, sent: Sentence, quotes: Sequence[Quote]) -> list[_Frame]:
    """Every speech act of one sentence, embedded cues dropped, coordinated ones split."""
    local = [q for q in quotes if q.close > sent.start and q.open < sent.end][:_MAX_QUOTES]
    frames: list[_Frame] = []
    for n, cue in enumerate(_CUE.finditer(text, sent.start, sent.end)):
        if n >= _MAX_CUES:
            break
        if not _usable_cue(text, cue, local):
            continue
        frame = (
            _trailing_frame(text, sent, cue, local)
            or _leading_frame(text, sent, cue, local)
            or _inverted_frame(text, sent, cue, local)
        )
        if frame is None:
            frame = _coordinated(text, sent, cue, frames)
        if frame is not None:
            frames.append(frame)
    if not frames:
        for m in _ACCORDING.finditer(text, sent.start, sent.end):
            if not _in_quote(m.start(), local):
                frame = _according_frame(text, sent, m, local)
                if frame is not None:
                    frames.append(frame)
    if not frames:
        frame = _headline_frame(text, sent)
        if frame is not None:
            frames.append(frame)
    return _settle(text, frames)


def _usable_cue(text: str, cue: re.Match[str], quotes: Sequence[Quote]) -> bool:
    """Drop cues inside quotes, passives ("was told to leave") and bare participles."""
    start = cue.start("verb")
    if _in_quote(start, quotes):
        return False
    verb = cue.group("verb").split()[0].lower()
    aux = cue.group("aux").split()
    before = text[max(0, cue.start() - 12) : cue.start()].split()
    last = (aux[-1] if aux else (before[-1] if before else "")).lower()
    if last in {"been", "be", "being", "was", "were", "is", "are", "get", "got", "the"} and (
        verb.endswith("ed") or verb in {"told", "said"}
    ) and not (last == "been" and verb.endswith("ing")):
        return False
    if verb.endswith("ing") and last not in {"been", "is", "are", "was", "were"}:
        return False
    return not (verb == "saying" and last != "been")


def _coordinated(text: str, sent: Sentence, cue: re.Match[str], frames: list[_Frame]) -> _Frame | None:
    """"He voiced concern over ... and called on Islamabad to ...": a second act, same subject."""
    if not frames or cue.group("act") is None:
        return None
    prev = frames[-1]
    head = text[max(sent.start, cue.start() - 6) : cue.start()]
    if not re.search(r"\band\s+$", head):
        return None
    return _Frame(prev.speaker, _span(text, cue.start("verb"), cue.end()), cue.start("verb"),
                  sent.end, False, True)


def _settle(text: str, frames: list[_Frame]) -> list[_Frame]:
    """Drop cues embedded in another statement's content; split coordinated ones.

    "Dar said that Afghanistan has assured Pakistan ...": "assured" is part of what Dar said.
    "He voiced concern ... and called on Islamabad ...", "X accused ..., but analysts say ...":
    two statements, the first one's content stops where the second begins.
    """
    kept: list[_Frame] = []
    for frame in sorted(frames, key=lambda f: f.cue.start):
        container = next(
            (i for i, g in enumerate(kept) if g.content_start <= frame.cue.start < g.content_end), None
        )
        trailing = frame.content_end <= frame.cue.start
        if container is not None and trailing and frame.content_start <= kept[container].cue.start:
            container = None  # "X emphasised ..., the statement added": the outer frame wins
        if container is not None:
            g = kept[container]
            if frame.speaker is g.speaker or frame.clause_initial:
                cut = min(frame.content_start, frame.cue.start)
                if frame.speaker is not None and frame.speaker.start > g.content_start:
                    cut = min(cut, frame.speaker.start)
                kept[container] = replace(g, content_end=_cut_joiner(text, g.content_start, cut))
            else:
                continue
        # a trailing frame ("..., the statement added") swallows the cues inside its content
        if trailing:
            kept = [g for g in kept if not frame.content_start <= g.cue.start < frame.content_end]
        kept.append(frame)
    return [f for f in kept if f.content_end > f.content_start]


_JOINER_TAIL = re.compile(r"[\s,;]*(?:\b(?:but|and|while|whereas|as|--|—))?[\s,;]*$")


def _cut_joiner(text: str, start: int, cut: int) -> int:
    """Where a content cut at ``cut`` really ends: before ", but" / " and" and the spaces."""
    tail = _JOINER_TAIL.search(text, start, cut)
    return tail.start() if tail else cut


# --------------------------------------------------------------------------- article pass


@dataclass(frozen=True, slots=True)
class _Known:
    """A speaker named so far in the article, for pronouns and short forms."""

    name: str
    kind: str
    pos: int
    paragraph: int
    written: str
    document_issuer: bool = False


_TITLED_NAME = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|[Ss]pokes(?:man|woman|person)"
    r"|[Cc]hief|[Dd]irector|[Gg]overnor|[Mm]ayor|[Ss]enator|[Ll]eader|[Pp]remier|[Cc]hancellor"
    r"|[Cc]ommander|[Mm]ullah|[Ll]awyer|[Jj]udge|[Cc]hairman|[Hh]ead)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})"
)


def _title_case_line(text: str, pos: int) -> bool:
    """A headline set in Title Case, where every word looks like a name."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    hi = text.find("\n", pos, pos + 300)
    words = text[lo : hi if hi != -1 else min(len(text), pos + 300)].split()
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and caps >= 0.8 * len(words)


def _person_mentions(text: str) -> list[tuple[int, str, str]]:
    """Titled names anywhere in the article: (offset, name, the whole mention)."""
    out = []
    for m in _TITLED_NAME.finditer(text):
        if not _title_case_line(text, m.start()):
            # the title's modifiers ("Acting Afghan Foreign") lie in a short window before it
            lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60)
            out.append((m.start("name"), m.group("name"), text[lo : m.end()]))
    return out


def _resolve(
    mention: Mention, pos: int, paragraph: int, known: list[_Known],
    people: list[tuple[int, str, str]], prev_sentence_people: list[str],
) -> tuple[str, str, float]:
    """(name, kind, confidence) for a subject, from what the article named before."""
    low = mention.written.lower()
    if mention.kind == "pronoun":
        if low in PERSON_PRONOUNS:
            if prev_sentence_people:
                return prev_sentence_people[-1], "person", 0.8
            for k in reversed(known):
                if k.kind == "person" and k.pos < pos:
                    return k.name, "person", 0.7 if paragraph - k.paragraph <= 2 else 0.5
            earlier = [p for p in people if p[0] < pos]
            if earlier:
                return _full_name(earlier[-1][1], people), "person", 0.5
            return mention.written, "pronoun", 0.3
        if low in PLURAL_PRONOUNS:
            return mention.written, "pronoun", 0.3  # "they" may be both sides: never guess one
        want = ("org", "unknown")
        for k in reversed(known):
            if k.kind in want and k.pos < pos:
                return k.name, k.kind, 0.75 if paragraph - k.paragraph <= 2 else 0.5
        return mention.written, "pronoun", 0.3
    if mention.kind == "document":
        for k in reversed(known):
            if k.document_issuer and k.pos < pos:
                return k.name, k.kind, 0.8
        return mention.written, "document", 0.5
    if mention.kind == "person" and mention.description:
        head = mention.head
        for k in reversed(known):
            if k.kind == "person" and k.pos < pos and head in k.written.lower():
                return k.name, "person", 0.8
        for p in reversed(people):
            if p[0] < pos and head in p[2].lower():
                return p[1], "person", 0.7
        return mention.name, "person", 0.6
    if mention.kind == "org" and mention.description:
        words = [w for w in re.findall(r"\w+", mention.name.lower()) if w != mention.head]
        best: _Known | None = None
        for k in reversed(known):
            if k.kind == "org" and k.pos < pos:
                kl = k.name.lower()
                if mention.head in kl and all(w[:5] in kl for w in words[-1:]):
                    return k.name, "org", 0.85
                if best is None:
                    best = k
        if best is not None and mention.head in {"agency", "organisation", "organization", "group", "body"}:
            return best.name, "org", 0.7
        return mention.name, "org", 0.9
    if mention.kind == "unknown" and len(mention.name.split()) == 1:
        full = _full_name(mention.name, people, known)
        if full != mention.name:
            return full, "person", 0.9
        return mention.name, "org", 0.9
    if mention.kind == "person":
        return _full_name(mention.name, people, known), "person", 1.0
    return mention.name, mention.kind, 1.0


def _full_name(name: str, people: list[tuple[int, str, str]], known: Sequence[_Known] = ()) -> str:
    """A surname's full name from the article's titled names or earlier speakers."""
    last = name.split()[-1] if name.split() else name
    for k in known:
        if k.kind == "person" and k.name.split()[-1] == last and len(k.name) > len(name):
            return k.name
    for _, full, _ in people:
        if full.split()[-1] == last and len(full) > len(name):
            return full
    return name


_FIGURE = re.compile(
    r"\d|\b(?:million|billion|thousand|hundreds|thousands|dozens|half|per\s*cent|percent)\b", re.IGNORECASE
)


_SENTENCE_SUBJECT = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:[a-z]+\s+)?[a-z]{3,}\b")


def find_statements(article: Article, sentences: Sequence[Sentence]) -> list[Statement]:
    """Every attributed statement of one article, in text order, speakers resolved in the article.

    A reported (not quoted) statement whose content carries a figure ("..., a senior official
    said", "according to United Nations data") is left out: it is a numeric claim, and the claim
    takes its source from :func:`attribute`, so the report shows it once, where figures are judged.
    Quotes are always kept, figures or not: a misquote is a finding of its own.
    """
    return [
        st for st in _all_statements(article, sentences)
        if st.direct or not _FIGURE.search(st.content)
    ]


def _all_statements(article: Article, sentences: Sequence[Sentence]) -> list[Statement]:
    """Every speech act, figure reports included (the source of truth for attribution)."""
    text = article.text
    quotes = find_quotes(text)
    quote_opens = [q.open for q in quotes]
    people = _person_mentions(text)
    known: list[_Known] = []
    out: list[Statement] = []
    covered: list[tuple[int, int]] = []
    last_direct: tuple[Statement, int] | None = None
    prev_people: list[str] = []
    for sent in sentences:
        if sent.furniture:
            continue
        # quotes never overlap, so only the one before the sentence can still be open in it
        first = max(0, bisect.bisect_left(quote_opens, sent.start) - 1)
        frames = _frames(text, sent, quotes[first : bisect.bisect_left(quote_opens, sent.end)])
        sentence_people: list[str] = []
        for frame in frames:
            st, entry = _statement(article, sent, frame, known, people, prev_people)
            if st is None:
                continue
            out.append(st)
            covered.append((st.start, st.end))
            if entry is not None:
                known.append(entry)
                if entry.kind == "person":
                    sentence_people.append(entry.name)
            if st.direct:
                last_direct = (st, sent.paragraph)
        # A quote opening a paragraph with no cue of its own continues the last quoted speaker.
        first = bisect.bisect_left(quote_opens, sent.start)
        for q in quotes[first : bisect.bisect_left(quote_opens, sent.end)]:
            if any(a <= q.start < b for a, b in covered[-8:]):
                continue
            if _word_count(text[q.start : q.end]) <= 3:
                continue  # a scare quote or a title
            if q.open != sent.start or last_direct is None or sent.paragraph - last_direct[1] > 2:
                continue
            prev_st = last_direct[0]
            cont = replace(
                prev_st,
                id=f"{article.id}:s{q.start}-{q.end}",
                start=q.start,
                end=q.end,
                content=text[q.start : q.end],
                cue="",
                cue_span=None,
                confidence=round(prev_st.confidence * 0.8, 2),
                sentence=sent.text,
            )
            out.append(cont)
            covered.append((q.start, q.end))
            last_direct = (cont, sent.paragraph)
        people_here = [name for off, name, _ in people if sent.start <= off < sent.end]
        opener = _SENTENCE_SUBJECT.match(sent.text)
        if opener and not people_here:
            # "Muttaqi met Dar. He voiced ...": the previous sentence's subject, when a name
            named = person_name(opener.group(1)) or _full_name(opener.group(1), people, known)
            if named and (len(named.split()) > 1 or any(k.kind == "person" and k.name == named for k in known)):
                people_here.append(named)
        for frame in frames:
            if frame.speaker is not None:
                m = read_mention(frame.speaker.text)
                if m.kind == "person" and not m.description:
                    people_here.append(_full_name(m.name, people, known))
        content_people = [
            _resolve(read_mention(p), sent.start, sent.paragraph, known, people, [])[0]
            for p in _content_subject_people(text, frames, known, people)
        ]
        prev_people = sentence_people + people_here + content_people or (
            prev_people if not frames else []
        )
    out.sort(key=lambda s: (s.start, s.end))
    return _dedupe(out)


def _content_subject_people(
    text: str, frames: Sequence[_Frame], known: Sequence[_Known], people: list[tuple[int, str, str]]
) -> list[str]:
    """"...said its foreign minister emphasized ...": a person who is the subject of the content."""
    found = []
    for f in frames:
        m = re.match(r"((?:[\w’'-]+\s+){0,5}?(?:minister|president|spokes\w+|envoy|official|chief|leader))\b",
                     text[f.content_start : f.content_end], re.IGNORECASE)
        if m:
            found.append(m.group(1))
    return found


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen: set[str] = set()
    out = []
    for st in statements:
        if st.id not in seen:
            seen.add(st.id)
            out.append(st)
    return out


def _statement(
    article: Article, sent: Sentence, frame: _Frame, known: list[_Known],
    people: list[tuple[int, str, str]], prev_people: list[str],
) -> tuple[Statement | None, _Known | None]:
    text = article.text
    start, end = frame.content_start, frame.content_end
    content = text[start:end]
    # "... said in a statement that Dar: “...”": the quote is Dar's, the ministry only relays it.
    speaker_span = frame.speaker
    relay = re.match(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}):\s*[“\"]", content)
    if relay:
        speaker_span = _span(text, start, start + relay.end(1))
        start = start + relay.end() 
        close = text.find("”", start, sent.end + 2)
        end = close if close != -1 else end
        content = text[start:end]
    if speaker_span is None:
        return None, None
    mention = read_mention(speaker_span.text)
    prev = prev_people
    name, kind, confidence = _resolve(mention, speaker_span.start, sent.paragraph, known, people, prev)
    anonymous = mention.kind == "anonymous"
    if kind in {"pronoun", "document"} and mention.kind in {"pronoun", "document"}:
        # "They also pledged ...", "the statement said" with nothing before: no one to name
        return None, None
    cue_text = frame.cue.text
    st = Statement(
        id=f"{article.id}:s{start}-{end}",
        article=article.id,
        start=start,
        end=end,
        content=content,
        speaker=name,
        speaker_id=None,
        cue=cue_text,
        direct=frame.direct,
        speaker_span=speaker_span,
        cue_span=frame.cue,
        anonymous=anonymous,
        confidence=confidence,
        sentence=sent.text,
    )
    issuer = "statement" in cue_text.lower() or "statement" in speaker_span.text.lower() or any(
        w in speaker_span.text.lower().split() for w in DOCUMENT_NOUNS
    )
    entry = None
    if name and not anonymous:
        entry = _Known(name, kind if kind != "unknown" else "org", speaker_span.start, sent.paragraph,
                       speaker_span.text, document_issuer=issuer and kind not in {"document", "pronoun"})
    return st, entry


# --------------------------------------------------------------------------- attribution of figures

_CACHE: OrderedDict[tuple[str, int, int], list[Statement]] = OrderedDict()
_CACHE_SIZE = 256


def _statements_cached(article: Article, sentences: Sequence[Sentence]) -> list[Statement]:
    key = (article.id, len(article.text), hash(article.text))
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    found = _all_statements(article, sentences)
    _CACHE[key] = found
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return found


_CONTINUES_PREVIOUS = re.compile(
    r"^\s*(?:Of\s+(?:these|them|those|which|this)|Among\s+(?:them|these|those)|Including|"
    r"(?:This|That|The)\s+(?:figure|number|total|tally|count)\s+includes?)\b"
)


def _to_attribution(st: Statement, scope: str) -> Attribution:
    span = st.speaker_span
    channel = None
    if st.cue_span is not None:
        m = re.match(r"(?:told|tells)\s+(.+)$", st.cue_span.text)
        if m:
            channel = m.group(1)
    return Attribution(
        source=st.speaker or (span.text if span else ""),
        text=span.text if span else "",
        start=span.start if span else -1,
        end=span.end if span else -1,
        channel=channel,
        anonymous=st.anonymous,
        speaker_id=st.speaker_id,
        scope=scope,
    )


def attribute(
    article: Article, sentences: Sequence[Sentence], sentence_index: int, start: int, end: int
) -> Attribution | None:
    """Where the figure at article offsets [start, end) in that sentence comes from, if said."""
    if not 0 <= sentence_index < len(sentences):
        return None
    statements = _statements_cached(article, sentences)
    sent = sentences[sentence_index]
    inside = [s for s in statements if s.start <= start and end <= s.end and s.speaker]
    if inside:
        return _to_attribution(min(inside, key=lambda s: s.end - s.start), "sentence")
    here = [s for s in statements if sent.start <= s.start < sent.end and s.speaker and not s.direct]
    if here:
        return _to_attribution(here[0], "sentence")
    if sentence_index > 0 and _CONTINUES_PREVIOUS.match(sent.text):
        prev = sentences[sentence_index - 1]
        before = [s for s in statements if prev.start <= s.start < prev.end and s.speaker]
        if before:
            return _to_attribution(before[-1], "previous")
    return None


# --------------------------------------------------------------------------- alignment


_STOPWORDS = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "this", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they", "them", "we", "our", "us", "i", "you", "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "must", "not", "no", "as", "all", "any", "some", "such", "into", "over", "about", "than", "then", "there", "who", "which", "what", "when", "where", "while", "if", "so", "also", "very", "more", "most", "only", "just"]
)


def _gist(text: str) -> str:
    """Content words cut to a stem, in order: "the forced deportations" -> "forced deport"."""
    words = utils.default_process(text).split()
    return " ".join(w[:6] for w in words if w not in _STOPWORDS and not w.isdigit())


def statement_similarity(a: Statement, b: Statement) -> dict[str, float]:
    """Features for putting two statements together, each in [0, 1].

    Content is compared on its content words (stop words out, words cut to a six-letter stem) so
    that "voiced concern over the forced deportations" meets "expressed deep concern ... their
    forced deportation" and two unrelated sentences do not meet on "the" and "of".
    """
    gist_a, gist_b = _gist(a.content), _gist(b.content)
    content = fuzz.token_set_ratio(gist_a, gist_b, processor=utils.default_process, score_cutoff=0) / 100
    words_a, words_b = set(gist_a.split()), set(gist_b.split())
    shared = len(words_a & words_b) / max(1, min(len(words_a), len(words_b)))
    same = float(bool(a.speaker_id) and a.speaker_id == b.speaker_id)
    return {
        # what links decide on: see _link_score for why the two text measures are averaged
        "content": (content + shared) / 2,
        "content_token_set_ratio": content,
        "content_word_overlap": shared,
        "same_speaker": same,
    }


#: Content similarity at which two statements join whoever their speakers are.
_SAME_WORDS = 0.9


def _link_score(a: Statement, b: Statement) -> float:
    """How strongly two statements report the same words: 0 when they cannot be one.

    The mean of rapidfuzz's token_set_ratio over content words and the share of content words in
    common: token_set_ratio alone scores two unrelated sentences near 0.5 (its character-level
    comparison of the leftover words), the word share alone is blind to near-spellings.
    """
    f = statement_similarity(a, b)
    content = f["content"]
    if f["same_speaker"]:
        return content
    if content >= _SAME_WORDS and min(len(_gist(a.content).split()), len(_gist(b.content).split())) >= 2:
        # the same words under two names: an unresolved pronoun, a capital standing for its
        # government ("a charge Kabul denies" / "the Taliban government denies the charge")
        return content
    return 0.0


def cluster_statements(statements: Sequence[Statement], threshold: float) -> list[list[str]]:
    """Groups of statement ids that report the same words of the same speaker (single link)."""
    n = len(statements)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if _link_score(statements[i], statements[j]) >= threshold:
                parent[find(i)] = find(j)
    groups: dict[int, list[str]] = {}
    for i, st in enumerate(statements):
        groups.setdefault(find(i), []).append(st.id)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


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
