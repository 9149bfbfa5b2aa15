"""Attributed speech in one article: every speech act, its speaker resolved in the article.

Sentence by sentence, :mod:`crosscheck.extract.cues` finds the speech acts; this pass reads
each subject with :mod:`crosscheck.extract.speakers` and resolves pronouns, short forms and
descriptions to the nearest compatible named speaker of the article, with a lower confidence.
A quote with no cue of its own that opens a paragraph continues the previous quoted speaker.

The speech acts found here are the source of truth for attribution: :func:`attribute` gives a
figure its source from them. :func:`find_statements` then hands them to
:mod:`crosscheck.extract.statements`, which tells statements from sourcing and folds the
versions of one statement together.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

# statement alignment lives in its own module; importable from here as before
from crosscheck.align_statements import cluster_statements, statement_similarity, word_diff
from crosscheck.extract.cues import LEAD_ADVERBIAL as _LEAD_ADVERBIAL
from crosscheck.extract.cues import Frame, has_words, reaction_frame, sentence_frames, span
from crosscheck.extract.numbers import find_figures, has_figure
from crosscheck.extract.quotes import Quote, find_quotes
from crosscheck.extract.speakers import (
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    GENERIC_LEADERS,
    LEADER_TITLES,
    OFFICE_TITLES,
    ORG_HEADS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SOURCE_NOUNS,
    TITLE_INITIALS,
    TITLE_WORDS,
    Mention,
    person_name,
    read_mention,
    resolve_speakers,
    spelled_titles,
)
from crosscheck.extract.statements import fold, kind_of
from crosscheck.extract.time import FIND_MONTH_STEM
from crosscheck.extract.words import is_number_word
from crosscheck.model import Article, Attribution, Sentence, Span, Statement
from crosscheck.text import may_hold_folded

__all__ = [
    "attribute",
    "cluster_statements",
    "find_statements",
    "resolve_speakers",
    "statement_similarity",
    "word_diff",
]

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


_TITLES = (
    "minister", "president", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "chief", "director", "governor", "mayor", "senator", "leader", "premier",
    "chancellor", "commander", "mullah", "lawyer", "judge", "chairman", "head", "executive",
    "founder", "professor", "coach", "sheriff", "prosecutor", "attorney", "commissioner",
    "superintendent", "inspector", "captain", "colonel", "officer", "volunteer", "teacher", "doctor",
    "sergeant", "councillor", "councilor", "candidate", "nominee", "challenger", "incumbent", "supervisor",
    "councilmember", "councilwoman", "councilman", "constable", "detective",
    *OFFICE_TITLES,
)
#: titles written in one case only, as regex pieces
_TITLE_ABBREVIATIONS = (r"CEO", r"CFO", r"COO", r"CTO", r"Gov\.?", r"Sen\.", r"Rep\.", r"Gen\.", r"Lt\.", r"Sgt\.", r"Capt\.", r"Dr\.?", r"Det\.")


def _by_first_letter(words: Sequence[str]) -> str:
    r"""``\b(?:[Mm]inister|[Mm]ayor|...)`` spelled "M(?<!\w.)(?:inister|ayor)|m(?<!\w.)(?:...)":
    opening on a plain letter lets the regex engine jump between candidates across a whole
    article instead of trying every title at every position; the look-behind is the \b."""
    rests: dict[str, list[str]] = {}
    for word in words:
        for letter in (word[0].upper(), word[0]):
            rests.setdefault(letter, []).append(word[1:])
    return "|".join(rf"{letter}(?<!\w.)(?:{'|'.join(r)})" for letter, r in rests.items())


#: the abbreviations open on their letter too ("C(?<!\w.)EO"): one alternative opening on a
#: word boundary would leave the engine no first character to jump to, for the whole pattern
_ABBREVIATIONS_BY_LETTER = "|".join(rf"{a[0]}(?<!\w.){a[1:]}" for a in _TITLE_ABBREVIATIONS)
#: a title, then a name of two to four words on the same line ("Judge T.S. Ellis III" gives
#: "T.S. Ellis": initials are part of a name, a generational suffix is not)
#: a title, written out or abbreviated
_TITLE = rf"(?:{_by_first_letter(_TITLES)}|{_ABBREVIATIONS_BY_LETTER})"
#: the name right after a title: "J.D. Roe", "Ann Roe", "Ann K. Roe"
_NAME_AFTER_TITLE = (
    r"(?:[A-Z]\.){1,3}(?:[^\S\n]+[A-Z][\w’'-]+){1,3}|[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z][\w’'-]+){1,3}"
)
#: the name set off by a comma after a title, before a stop: "Deputy Prime Minister, Ann Lee,"
#: ("D.J. Vale": a first name in initials)
_NAME_APPOSED = r"(?:[A-Z]\.){2,3}[^\S\n]*[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2}"
_TITLED_NAME = re.compile(
    # "Attorney General Jane Doyle": "General" closes the title, it opens no name
    # ("Secretary-General Ann Roe": joined by a hyphen)
    rf"{_TITLE}(?:[\s-]+General)?\s+(?P<name>{_NAME_AFTER_TITLE})"
)
_FIRST_WORD = re.compile(r"(\S+)\s+")
_NAME_SUFFIX = re.compile(r"[^\S\n]+(?:Jr|Sr|II|III|IV)$|[’'](?:s)?$")
#: a day written between a subject and its verb: "Minister Ann Roe Saturday said", "... on Monday"
#: (one tuple for the pattern and the word test that spares trying it where none of them ends)
_WHEN_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday",
               "tonight")
_WHEN_AFTER_NAME = re.compile(
    r"(?:,?[^\S\n]+(?:on|late|early|earlier|last))?,?[^\S\n]+(?:" + "|".join(_WHEN_WORDS) + r")$"
)


#: what each title opens with, lower-cased: a title is written as one of these whole words
#: ("Gov." opens on "gov"), in ASCII letters
_TITLE_HEADS = frozenset(
    [*_TITLES, *(re.match(r"[A-Za-z]+", a).group().lower() for a in _TITLE_ABBREVIATIONS)]  # type: ignore[union-attr]
)
_TITLE_HEAD_BYTES = frozenset(head.encode("ascii") for head in _TITLE_HEADS)
#: an ASCII letter to itself in lower case, every other byte to a blank
_LOWER_LETTERS_ONLY = bytes(b | 0x20 if chr(b).isascii() and chr(b).isalpha() else 0x20 for b in range(256))


@lru_cache(maxsize=2)
def _title_starts(text: str) -> tuple[int, ...]:
    """Every offset where one of ``_TITLE_HEADS`` is written as a whole word, in order.

    A pattern opening on a title tried at every character of an article costs a trial of each
    title's first letter at each: the heads are found at C speed instead, and only there tried.
    The text is read as bytes, each character one ("?" for any but ASCII, so offsets stay the
    text's), its ASCII letters lower-cased and all else blanked: its words are then split off
    and looked up at once, and a head found between blanks."""
    words = b" " + text.encode("ascii", "replace").translate(_LOWER_LETTERS_ONLY) + b" "
    starts: set[int] = set()
    for head in _TITLE_HEAD_BYTES.intersection(words.split()):
        needle = b" " + head + b" "
        at = words.find(needle)
        while at != -1:
            starts.add(at)  # the blank before the head is one ahead of the text: the head's offset
            at = words.find(needle, at + 1)
    return tuple(sorted(starts))


def _titles(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern that opens on ``_TITLE``: the same
    matches, each tried only where a title's head is written (``_title_starts``)."""
    endpos = len(text) if endpos is None else endpos
    starts = _title_starts(text)
    for at in starts[bisect.bisect_left(starts, pos) : bisect.bisect_left(starts, endpos)]:
        if at >= pos and (m := pattern.match(text, at, endpos)) is not None:
            yield m
            pos = m.end()


def _title_case_line(text: str, pos: int) -> bool:
    """A headline set in Title Case, where every word looks like a name."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    hi = text.find("\n", pos, pos + 300)
    words = text[lo : hi if hi != -1 else min(len(text), pos + 300)].split()
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and caps >= 0.8 * len(words)


class _People(list[tuple[int, str, str]]):
    """The article's titled names, (offset, name, the whole mention) in text order, with the
    look-ups made once: their offsets, and the full names by surname in order."""

    def __init__(self, mentions: list[tuple[int, str, str]]) -> None:
        super().__init__(mentions)
        self.offsets = [m[0] for m in mentions]
        self.by_last: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        for _, name, _ in mentions:
            if name.split():
                self.by_last.setdefault(name.split()[-1], []).append(name)
                self.by_first.setdefault(name.split()[0], []).append(name)

    def between(self, start: int, end: int) -> list[str]:
        return [m[1] for m in self[bisect.bisect_left(self.offsets, start) : bisect.bisect_left(self.offsets, end)]]


def _person_mentions(text: str) -> _People:
    """Titled names anywhere in the article: (offset, name, the whole mention). A title given in
    apposition ("The country's Deputy Prime Minister, Ann Lee,") or as what a person resigned or
    was named as ("Ann Lee has resigned as transport secretary") counts as written with the name.

    One scan reads a title and what follows it, a name or a comma and a name; a name holding a
    title where the two kinds could overlap ("Minister Tom Chief, Ann Lee") is read with one
    scan for each kind, as they would be read apart."""
    out: list[tuple[int, str, str]] = []
    for m in _titles(_TITLE_THEN_NAME, text):
        if m.group("name") is not None:
            if text.startswith(",", m.end()) and _holds_title(m.group("name").split()[-1:]):
                return _person_mentions_apart(text)
            _add_titled(text, m, out)
        else:
            if _holds_title(m.group("aname").split()):
                return _person_mentions_apart(text)
            _add_apposed(text, m, out)
    _add_held_as(text, out)
    out.sort(key=lambda t: t[0])
    return _People(out)


def _person_mentions_apart(text: str) -> _People:
    """``_person_mentions`` with one scan for each kind of mention."""
    out: list[tuple[int, str, str]] = []
    for m in _TITLED_NAME.finditer(text):
        _add_titled(text, m, out)
    if "," in text:
        for m in _APPOSED_TITLE.finditer(text):
            _add_apposed(text, m, out)
    _add_held_as(text, out)
    out.sort(key=lambda t: t[0])
    return _People(out)


def _holds_title(words: Sequence[str]) -> bool:
    """Whether a word of a name could open a title match of its own."""
    return any(_TITLE_WORD.fullmatch(w) for w in words)


def _add_titled(text: str, m: re.Match[str], out: list[tuple[int, str, str]]) -> None:
    if not _title_case_line(text, m.start()):
        # the title's modifiers ("Acting Afghan Foreign") lie in a short window before it
        stop = text.rfind(". ", max(0, m.start() - 60), m.start())
        while stop != -1 and _COMPANY_SUFFIX_BEFORE.search(text, max(0, stop - 6), stop):
            # "Kestrel Boats Inc. Chief Executive Tom Vale": the firm's suffix ends no sentence
            stop = text.rfind(". ", max(0, m.start() - 60), stop)
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60, stop + 2 if stop != -1 else 0)
        if out and out[-1][0] < m.start():
            # "Treasurer Tom Vale met Coroner Ann Roe": the title of the name before is not hers
            lo = max(lo, min(m.start(), out[-1][0] + len(out[-1][1])))
        name = _WHEN_AFTER_NAME.sub("", _NAME_SUFFIX.sub("", m.group("name")))
        at = m.start("name")
        # "Chief Superintendent Ann Roe": the first title opens the match, the next is a title too
        while (first := _FIRST_WORD.match(name)) and first.group(1).lower().strip(".") in TITLE_WORDS:
            name, at = name[first.end() :], at + first.end()
        if " " in name and not any(w.lower() in ORG_HEADS for w in name.split()):
            # ("Executive Committee Members": a body's members after a title word, no one's name)
            out.append((at, name, text[lo : m.end()]))


#: a company's suffix before its full stop: "Inc", "Co", "Corp", "Ltd"
_COMPANY_SUFFIX_BEFORE = re.compile(r"\b(?:Inc|Co|Corp|Ltd|Bros|Plc|PLC)$")


def _add_apposed(text: str, m: re.Match[str], out: list[tuple[int, str, str]]) -> None:
    name_group = "aname" if m.re is _TITLE_THEN_NAME else "name"
    title_group = "atitle" if m.re is _TITLE_THEN_NAME else "title"
    name, at = m.group(name_group), m.start(name_group)
    rank = _RANK_INITIALS.match(name)
    if rank is not None and person_name(name[rank.end() :]):
        name, at = name[rank.end() :], at + rank.end()  # "spokesman, SP Tom Vale": a rank's initials, then the name
    honorific = _HONORIFIC_BEFORE.match(name)
    if honorific is not None:
        name, at = name[honorific.end() :], at + honorific.end()  # "Minister for Justice, Mr Vale": the surname
    if (person_name(name) or honorific is not None) and not _title_case_line(text, m.start()):
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start(title_group) - 60)
        out.append((at, name, text[lo : m.end(name_group)]))


_HONORIFIC_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+(?=[A-Z])")
#: a police or military rank in initials before a name: "SP", "DSP", "CP", "Lt."
_RANK_INITIALS = re.compile(r"[A-Z]{2,4}\.?\s+(?=[A-Z][a-z])")


def _add_held_as(text: str, out: list[tuple[int, str, str]]) -> None:
    if " as " in text:
        for m in _TITLE_HELD_AS.finditer(text):
            if person_name(m.group("name")) and not _title_case_line(text, m.start()):
                out.append((m.start("name"), m.group("name"), m.group(0)))
    if ", " in text:
        for m in _ROLE_AFTER_NAME.finditer(text):
            if not person_name(m.group("name")) or _title_case_line(text, m.start()):
                continue
            if m.group("body") is not None:
                # "Jane Roe, who heads the agency,": the head of that body, as "the head of the agency" says
                out.append((m.start("name"), m.group("name"), f"{m.group('name')}, head of {m.group('body')}"))
            elif m.group("held") is not None:
                if any(w in TITLE_WORDS for w in _WORD.findall(m.group("held").lower())):
                    # "Jane Roe, who was named head of the agency in May,": the office she holds
                    out.append((m.start("name"), m.group("name"), f"{m.group('name')}, {m.group('held')}"))
            elif any(w in TITLE_WORDS for w in _WORD.findall(m.group("role").lower())):
                out.append((m.start("name"), m.group("name"), m.group(0)))  # "Jane Roe, the agency chief,"


#: a name, then its role set off by a comma: "Jane Roe, the agency chief,", "Tom Vale, a
#: spokesman for the council,", "Jane Roe, who heads the agency,"
_ROLE_AFTER_NAME = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2}),[^\S\n]+(?:(?P<role>(?:the|an?|its|his|her|their)"
    r"[^\S\n]+[^,;.:\n“”\"()]{2,60}?)|who[^\S\n]+(?:heads|leads|chairs|runs|directs|headed|led|chaired|ran)"
    r"[^\S\n]+(?P<body>[^,;.:\n“”\"()]{2,60}?)"
    r"|who[^\S\n]+(?:(?:was|is|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:named|appointed|elected|made)|became)"
    r"[^\S\n]+(?:as[^\S\n]+)?(?P<held>[^,;.:\n“”\"()]{2,60}?))(?=[,.;])"
)


#: "Deputy Prime Minister, Ann Lee,": a title, a comma, then the name it is
#: an office after its title, before the comma: "the Minister for Justice, Tom Vale,"
#: ("chief of retail operations, Ann Roe,": an office in lower case too, the apposed name bounds it)
_OFFICE_OF = r"(?:[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?[\w’'-]+(?:[^\S\n]+(?:and[^\S\n]+)?[\w’'-]+){0,3})?"
_APPOSED_TITLE = re.compile(rf"(?P<title>{_TITLE}){_OFFICE_OF},\s+(?P<name>{_NAME_APPOSED})(?=\s*[,.;)])")
#: what a page glues after a sentence: a photo credit, a post's picture link
_PAGE_TAIL = re.compile(r"\s+(?:(?:Photo\s+|Image\s+|Picture\s+)?Credit:\s|pic\.twitter\.com/)\S.*$", re.DOTALL)
#: a title and a surname alone: "Gov. Reed", "Mayor Lee" (no second capitalised word after it)
_TITLED_SURNAME = re.compile(
    rf"(?:{_by_first_letter(_TITLES)}|{_ABBREVIATIONS_BY_LETTER})[^\S\n]+([A-Z][\w’'-]+)(?![\w’'-]|[^\S\n]+[A-Z])"
)
#: a title, then its name (``_TITLED_NAME``) or a comma and its name (``_APPOSED_TITLE``), in one scan
_TITLE_THEN_NAME = re.compile(
    rf"(?P<atitle>{_TITLE})(?:(?:[\s-]+General)?\s+(?P<name>{_NAME_AFTER_TITLE})|{_OFFICE_OF},\s+(?P<aname>{_NAME_APPOSED})(?=\s*[,.;)]))"
)
#: a word that could open a title of its own ("Chief", "Gov.")
_TITLE_WORD = re.compile(rf"(?:{_by_first_letter(_TITLES)}|{_ABBREVIATIONS_BY_LETTER})[\w’'.-]*")
#: A one-word name with a possessive "'s" and no noun after it: "Reed's wrote".
_POSSESSIVE_SLIP = re.compile(r"([A-Z][\w-]+)['’]s")
#: "Ann Lee has resigned as transport secretary and deputy prime minister": the offices she held
_TITLE_HELD_AS = re.compile(
    r"(?P<name>[A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'-]+)\s+(?:has\s+|had\s+|have\s+)?(?:resigned|quit|stepped\s+down"
    r"|stood\s+down|retired|was\s+appointed|was\s+named|served|serves|was\s+sworn\s+in)\s+as\s+[^.;:\n]{3,80}"
)


#: a person told by age: "the 68-year-old", "the 45-year-old campaigner"
_AGED_DESCRIPTION = re.compile(r"the\s+\d{1,3}-year-old\b")


def _resolve(
    mention: Mention, pos: int, paragraph: int, known: list[_Known],
    people: list[tuple[int, str, str]], prev_sentence_people: list[str], names: _LazyNames | None = None,
) -> tuple[str, str, float]:
    """(name, kind, confidence) for a subject, from what the article named before."""
    low = mention.written.lower()
    if mention.kind == "unknown" and prev_sentence_people and _AGED_DESCRIPTION.match(low):
        # "Ann Roe, the former governor, rejected the tally ... “...,” the 68-year-old
        # campaigner said": a person told by age, right after the sentence naming them
        return prev_sentence_people[-1], "person", 0.6
    if mention.kind == "pronoun":
        if low in PERSON_PRONOUNS:
            # "Mr Lee ... Ms Roe ... She said": a name the article titles as the other sex is not hers
            other = names.titled(_OTHER_SEX[low]) if names is not None else frozenset()
            prev_sentence_people = [p for p in prev_sentence_people if p.split()[-1] not in other]
            if prev_sentence_people:
                return prev_sentence_people[-1], "person", 0.8
            for k in reversed(known):
                if k.kind == "person" and k.pos < pos and k.name.split()[-1] not in other:
                    return k.name, "person", 0.7 if paragraph - k.paragraph <= 2 else 0.5
            earlier = [p for p in people if p[0] < pos and p[1].split()[-1] not in other]
            if earlier:
                return _full_name(earlier[-1][1], people), "person", 0.5
            return mention.written, "pronoun", 0.3
        if low in PLURAL_PRONOUNS or FIRST_PERSON.fullmatch(low):
            return mention.written, "pronoun", 0.3  # "they" may be both sides: never guess one
        want = ("org", "unknown")
        for k in reversed(known):
            if k.kind in want and k.pos < pos:
                return k.name, k.kind, 0.75 if paragraph - k.paragraph <= 2 else 0.5
        return mention.written, "pronoun", 0.3
    if mention.kind == "document":
        issuer = next((k for k in reversed(known) if k.document_issuer and k.pos < pos), None)
        # "a statement released by the players' union Kestrel ... It read: “...”": the issuer
        # named with the document, when no speaker issued one since
        named = next((p for p in reversed(names.issuers()) if p[0] < pos), None) if names is not None else None
        if named is not None and (issuer is None or issuer.pos < named[0]):
            return named[1], "org", 0.7
        if issuer is not None:
            return issuer.name, issuer.kind, 0.8
        return mention.written, "document", 0.5
    acronym = _TITLE_ACRONYM.fullmatch(mention.written) if mention.kind in {"org", "unknown"} else None
    if acronym is not None:
        # "Cogta MEC Ann Roe ... the MEC said", "Commissioner of Police, CP Ann Roe ... The CP
        # noted", "Cabinet Secretary for Interior Tom Vale ... The interior CS stated": a title
        # in initials stands for the last person written with that title
        modifiers = acronym.group(1).lower().split()
        for k in reversed(known):
            if k.pos >= pos:
                continue
            carried = k.name.split()
            if acronym.group(2) in carried[:-2] and not modifiers:
                # a name read with its title in front ("Health MEC Ann Roe"): the words after it
                return " ".join(carried[carried.index(acronym.group(2)) + 1 :]), "person", 0.75
            if k.kind == "person" and _titled_by_initials(k.written, k.name, acronym.group(2), modifiers):
                return k.name, "person", 0.75
        for p in reversed(people):
            if p[0] < pos and _titled_by_initials(p[2], p[1], acronym.group(2), modifiers):
                return _full_name(p[1], people), "person", 0.7
    if mention.kind == "anonymous" and low.startswith("the ") and mention.head in _SPOKES:
        # "Police spokesman Tom Vale ... The spokesman alleged": "a spokesman" is a source no one
        # named, "the spokesman" the one the article named with that title before
        modifiers = [w.lower() for w in _WORD.findall(mention.written)[1:-1]]

        def spokesperson(written: str) -> bool:
            low_written = spelled_titles(written)
            # (a force's "Public Relations Officer" is its spokesperson by another name)
            return any(h in low_written for h in _SPOKES_WRITTEN) and all(m in low_written for m in modifiers)

        found = _last_titled(known, people, pos, spokesperson)
        if found is not None:
            return found
    if mention.kind == "person" and mention.description:
        # "the PM" is written "PM" or "prime minister"
        heads = {mention.head, TITLE_INITIALS.get(mention.head, mention.head)}
        # "Tesla CEO" is no CEO written with another company's name
        modifiers = [w.lower() for w in _WORD.findall(mention.written)[:-1] if w[:1].isupper() and w.lower() not in
                     _DESCRIPTION_WORDS]
        if mention.head in GENERIC_LEADERS:
            # "the football boss": any leader's title, of the field its other words name
            # ("football president Leo Marsh", not "head of the sports council")
            heads |= LEADER_TITLES
            # ("the head of the agency": the field after "of", the head before it)
            modifiers = [w.lower() for w in _WORD.findall(mention.written) if w.lower() not in _DESCRIPTION_WORDS
                         and w.lower() not in {mention.head, "of", "for"}]

        def fits(written: str) -> bool:
            low = spelled_titles(written)
            return any(h in low for h in heads) and all(m in low or _initials_of_run(m, written) for m in modifiers)

        found = _last_titled(known, people, pos, fits)
        if found is not None:
            return found
        later = {p[1] for p in people if p[0] > pos and fits(p[2])}
        if len(later) == 1:
            # a standfirst's "The party's health spokesman slammed ..." before the body names him:
            # the one person the article gives that title
            return later.pop(), "person", 0.6
        named_before = {_full_name(p[1], people) for p in people if p[0] < pos}
        if names is not None:
            # "Ms Roe" names a person too, title or not: then the article has named two
            named_before |= {_full_name(name, people) for at, name in names.honorifics() if at < pos}
        if names is not None and not later and low.startswith("the ") and not named_before:
            # "Gov. Reed was joined by officials ... the governor said": a title and a surname,
            # the last the article wrote with a title that fits, when no full name did
            short = [m.group(1) for m in _titles(_TITLED_SURNAME, names._text, max(0, pos - 3000), pos)
                     if fits(m.group(0))]
            if short:
                return short[-1], "person", 0.6
        if not later and len(named_before) == 1 and low.startswith("the ") and prev_sentence_people \
                and _full_name(prev_sentence_people[-1], people) in named_before:
            # "Ann Lee has quit ... The MP for Northam announced ...": a definite description no
            # name in the article carries, right after the sentence naming the one person the
            # article has named so far, is that person
            return named_before.pop(), "person", 0.5
        return mention.name, "person", 0.6
    if mention.kind == "org" and mention.description:
        words = [w for w in _WORD.findall(mention.name.lower()) if w != mention.head]
        best: _Known | None = None
        for k in reversed(known):
            if k.kind == "org" and k.pos < pos:
                kl = k.name.lower()
                if mention.head in kl and all(w[:5] in kl for w in words[-1:]):
                    return k.name, "org", 0.85
                if best is None:
                    best = k
        # "the court", "the Valmont-based court": the body the article named with that head
        # before (a place's "-based" says where it sits, not which it is)
        body = names.named_body(mention.head, pos) if names is not None and mention.head else None
        modifiers = [w for w in mention.name.lower().split() if w != mention.head]
        if body is not None and all(w.endswith("-based") for w in modifiers) and body.split()[0] not in _NOT_BODY_START:
            return body, "org", 0.75
        # "the agency" is the last organisation named; "the UN refugee agency" names its own
        if best is not None and not words and mention.head in {"agency", "organisation", "organization", "group", "body"}:
            return best.name, "org", 0.7
        # "the company", "the embattled firm": the company the article's executives are titled
        # by ("Acme CEO Jane Roe"), the one named most before, when no other name is given
        if mention.head in _COMPANY_HEADS and not any(w[:1].isupper() for w in _WORD.findall(mention.written)[1:]):
            if best is not None and best.kind == "org" and best.name[:1].isupper():
                return best.name, "org", 0.7  # a named body ("Acme"), not "cutbacks" misread as one
            employers = Counter(m.group(1) for p in people if p[0] < pos for m in _EMPLOYER.finditer(p[2])
                                if m.group(1).split()[0].lower() not in _NOT_EMPLOYERS)
            if employers:
                return employers.most_common(1)[0][0], "org", 0.6
        return mention.name, "org", 0.9
    if mention.kind in {"unknown", "anonymous"} and _BENCH.fullmatch(low) and names is not None:
        # "the judges said", "the 17-strong panel of judges ruled": the court the article named
        court = names.named_body("court", pos)
        if court is not None:
            return court, "org", 0.7
    if mention.kind == "unknown" and len(mention.name.split()) > 1 and mention.name.split()[-1][:1].isupper():
        # "Former Nigeria international Emenalo": a description, then a surname given in full before
        last = mention.name.split()[-1]
        full = _full_name(last, people, known)
        if full != last:
            return full, "person", 0.85
    if mention.kind == "unknown" and len(mention.name.split()) == 1:
        full = _full_name(mention.name, people, known)
        if full != mention.name:
            return full, "person", 0.9
        bare = _POSSESSIVE_SLIP.fullmatch(mention.name)
        if bare is not None and (full := _full_name(bare.group(1), people, known)) != bare.group(1):
            # "“...,” Reed's wrote": a slip of the possessive on a surname the article gave in
            # full before; a one-word possessive no one was named by ("Fenwick's") stays a firm
            return full, "person", 0.8
        written_before = names.only_full_name_before(mention.name, pos) if names is not None else None
        if written_before is not None and names is not None and not names.in_headline(pos):
            # "Ann Marsh took the stage ... Marsh said": the one person the article wrote in full
            # with that surname before, title or not
            return written_before, "person", 0.8
        introduced = names.introduced_by_first().get(mention.name, ()) if names is not None else ()
        if len(introduced) == 1:
            # "Kyle Yarnell, a worker at the plant, ... Kyle added": the one person introduced
            # with that first name
            return next(iter(introduced)), "person", 0.8
        return mention.name, "org", 0.9
    if mention.kind == "person":
        return _full_name(mention.name, people, known), "person", 1.0
    return mention.name, mention.kind, 1.0


#: "the MEC", "The interior CS": a title in initials, perhaps after lower-case modifiers
_TITLE_ACRONYM = re.compile(r"[Tt]he\s+((?:[a-z]+\s+){0,2})([A-Z]{2,4})")
_INITIALS_SKIP = frozenset(["of", "for", "and", "the"])


def _initials_of_run(modifier: str, written: str) -> bool:
    """"KBW CEO" over "Kestrel Boat Works Inc. Chief Executive Officer Ann Roe": a body in initials,
    the first letters of a run of capitalised words where it is written out."""
    if not 2 <= len(modifier) <= 5 or not modifier.isalpha():
        return False
    letters = modifier.upper()
    words = _WORD.findall(written)
    return any("".join(w[0] for w in words[i : i + len(letters)]) == letters
               and all(w[:1].isupper() for w in words[i : i + len(letters)]) for i in range(len(words) - len(letters) + 1))


def _last_titled(
    known: Sequence[_Known], people: list[tuple[int, str, str]], pos: int, fits: Callable[[str], bool]
) -> tuple[str, str, float] | None:
    """The last person before ``pos`` written with a title that ``fits``: a speaker already
    resolved (0.8), else any name the article gave with its title (0.7)."""
    for k in reversed(known):
        if k.kind == "person" and k.pos < pos and fits(k.written):
            return k.name, "person", 0.8
    for p in reversed(people):
        if p[0] < pos and fits(p[2]):
            return p[1], "person", 0.7
    return None


def _titled_by_initials(written: str, name: str, letters: str, modifiers: Sequence[str]) -> bool:
    """Whether a mention writes its person's title as ``letters`` right before the name ("MEC
    Ann Roe") or spells it out in words with those initials, one a title ("Commissioner of
    Police", "Cabinet Secretary"): "US Secretary of State Tom Vale" is no "the US"."""
    if not all(m in written.lower().split() for m in modifiers):
        return False
    if re.search(rf"\b{letters}[^\S\n]+{re.escape(name.split()[0])}", written):
        return True  # (a name read with its title: "MEC Ann Roe")
    name_words = set(name.split())
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", written) if w not in name_words]
    run = [w for w in words if w.lower() not in _INITIALS_SKIP]
    for i in range(len(run) - len(letters) + 1):
        piece = run[i : i + len(letters)]
        if all(w[0] == c for w, c in zip(piece, letters, strict=True)) and all(w[0].isupper() for w in piece) \
                and any(w.lower() in TITLE_WORDS for w in piece):
            return True
    return False


#: the heads of a spokesperson's title, one for another
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson"])
_SPOKES_WRITTEN = (*sorted(_SPOKES), "public relations officer")
#: a court's bench: "the judges", "the 17-strong panel of judges", "the justices"
_BENCH = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:panel\s+of\s+)?(?:judges|justices)")
#: capitalised words that open a sentence, not a body's name ("Meanwhile Court ...")
_NOT_BODY_START = frozenset(["In", "On", "At", "After", "Before", "Meanwhile", "But", "And", "However", "When", "While"])
#: heads of a description standing for a company named before ("the company", "the embattled firm")
_COMPANY_HEADS = frozenset(["company", "firm", "corporation", "airline", "carrier", "manufacturer", "planemaker",
                            "carmaker", "automaker", "bank", "lender", "insurer", "retailer", "group", "business"])
#: words before a title that are part of it, not a company ("Board Chair", "Vice President")
_NOT_EMPLOYERS = frozenset(["board", "vice", "deputy", "executive", "former", "interim", "acting", "the", "a", "an",
                            "co", "senior", "assistant", "associate", "managing", "general", "company", "its", "his", "her"])
#: a company before an executive's title: "Acme CEO Jane Roe", "Acme President and CEO Jane Roe"
_EMPLOYER = re.compile(
    # ("Acme's senior vice president", "Acme's chief of retail operations": a rank before the title)
    r"\b([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2})(?:’s|'s)?\s+(?:(?:senior|executive|vice|deputy|acting)\s+){0,2}"
    r"(?:CEO|Chief\s+Executive|chief\s+executive|President"
    r"|president|Chairman|chairman|Chair|chair|spokesman|spokeswoman|spokesperson|founder|Founder|chief(?=\s+of\s))\b"
)


class _Speakers(list[_Known]):
    """The speakers named so far in the article, in order, with the look-ups kept as they come:
    the persons' names, and those names by surname (``_full_name`` is asked once or more per
    sentence, and scanned every speaker so far each time)."""

    def __init__(self) -> None:
        super().__init__()
        self.person_names: set[str] = set()
        self.persons_by_last: dict[str, list[str]] = {}
        self.persons_by_first: dict[str, list[str]] = {}
        self.indexed = True  # False once a person's name has no word to index it by

    def append(self, known: _Known) -> None:
        super().append(known)
        if known.kind == "person":
            self.person_names.add(known.name)
            words = known.name.split()
            if words:
                self.persons_by_last.setdefault(words[-1], []).append(known.name)
                self.persons_by_first.setdefault(words[0], []).append(known.name)
            else:
                self.indexed = False


def _full_name(name: str, people: list[tuple[int, str, str]], known: Sequence[_Known] = ()) -> str:
    """A surname's full name from the article's titled names or earlier speakers."""
    last = name.split()[-1] if name.split() else name
    if isinstance(known, _Speakers) and known.indexed:
        for full in known.persons_by_last.get(last, ()):
            if len(full) > len(name):
                return full
    else:
        for k in known:
            if k.kind == "person" and k.name.split()[-1] == last and len(k.name) > len(name):
                return k.name
    by_last = people.by_last.get(last, ()) if isinstance(people, _People) else [p[1] for p in people]
    for full in by_last:
        if full.split()[-1] == last and len(full) > len(name):
            return full
    if " " not in name and isinstance(known, _Speakers) and isinstance(people, _People):
        # "Kyle Yarnell, a worker, called it ... Kyle added": a first name alone is the one
        # person of the article it opens, when only one does
        fulls = {f for f in (*known.persons_by_first.get(name, ()), *people.by_first.get(name, ())) if " " in f}
        if len(fulls) == 1:
            return fulls.pop()
    return name


_WORD = re.compile(r"\w+")
_QUOTE_MARK = re.compile(r"[“”\"]")
_DESCRIPTION_WORDS = frozenset(["the", "a", "an", "its", "his", "her", "their"])
_CONTENT_SUBJECT = re.compile(
    r"((?:[\w’'-]+\s+){0,5}?(?:minister|president|spokes\w+|envoy|official|chief|leader))\b", re.IGNORECASE
)
_CONTENT_SUBJECT_HEADS = ("minister", "president", "spokes", "envoy", "official", "chief", "leader")
#: a newsroom or a report as the one who "stated": it relays someone else's words
_NEWSROOM = re.compile(
    r"^(?:Reporting|Reports?|A\s+report|Media\s+reports?)\b|\b(?:Times|Post|Journal|Mirror|Sun|Mail|Express|Herald"
    r"|Telegraph|Guardian|Independent|Gazette|Tribune|Press|News|Reuters|AFP|Bloomberg|BBC|CNN|[Nn]ewspaper|[Mm]edia|[Oo]utlet)\b"
)
#: "staff involved in the complaints said (that) ...": a speaker and their verb opening the content
_NEWSROOM_RELAY = re.compile(
    r"(?P<who>(?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+(?P<cue>said|told\s+(?:it|the\s+paper|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    # ("claimed 134 more lives" is a death toll, no one speaking)
    r"|claimed(?!\s+(?:[\w,’'-]+\s+){0,3}?(?:lives|life|victims)\b)|alleged|say|says"
    # "X called Y an “inspiration” ..., the paper reported": X's characterisation, relayed
    r"|called(?=\s(?!on\b|upon\b|for\b|off\b)[^.;:“”\"]{1,50}?\s[“\"‘])"
    r"|described(?=\s[^.;:“”\"]{1,60}?\sas\s[^.;:“”\"]{0,60}?[“\"‘]))\s+(?:that\s+)?(?=\S)"
)
_POSSESSIVE_AS_SUBJECT = {"His": "he", "Her": "she", "Their": "they",
                         # "according to him": the object pronoun stands for the same person
                         "him": "he", "her": "she", "them": "they"}
#: a person written to or spoken with before a pronoun's act: "In a letter to Mr Lee, he said"
_ADDRESSEE = re.compile(
    r"\b(?:to|with)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?=[^,;.]{0,30}[,;])"
)
#: an opening phrase naming whose occasion it is: "In Reed’s address, ", "During Ann Lee's visit, "
_OWNER_IN_FRONT = re.compile(
    r"(?:In|During|At|After|Throughout)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[’']s\s+(?:[a-z-]+\s+){0,3}"
    r"(?:address|speech|remarks|statement|interview|briefing|visit|letter|post|video|appearance|testimony),\s*"
)
_RELAY_COLON = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}):\s*[“\"]")
_TOLD = re.compile(r"(?:told|tells)\s+(.+)$")
_FIGURE = re.compile(
    r"\d|\b(?:million|billion|thousand|hundreds?|thousands|dozens?|half|per\s*cent|percent"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b", re.IGNORECASE
)


def _reports_figure(content: str) -> bool:
    """A figure a claim is made of in the content: a date, a year, a clock time or a number in a
    name ("Number 10", "Route 128") is none, so the statement stays. A plain count ("273
    deaths", "40 percent") answers at once; the number grammar, dearer, reads the rest."""
    if _FIGURE.search(content) is None:
        return False
    if FIND_MONTH_STEM.search(content) and _DAY_OF_MONTH.search(content):
        # "the outcome of the June 8, 2022, primary": a date says when, it counts nothing
        content = _DAY_OF_MONTH.sub(" ", content)
        if _FIGURE.search(content) is None:
            return False
    if "—" in content or "–" in content:
        # "rebuilt as a memorial to those lost — a number that rose to 114 — while ...": the
        # writer's gloss between dashes is no figure the speaker gave
        content = _WRITERS_ASIDE.sub(" ", content)
        if _FIGURE.search(content) is None:
            return False
    for m in _PLAIN_COUNT.finditer(content):
        before = content[max(0, m.start() - 30) : m.start()].split()[-1:]
        if _YEAR.fullmatch(m.group("n")) or (before and before[0][:1].isupper()):
            continue
        return True
    return has_figure(content)


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
#: a day of a month, with its year if given: "June 8, 2022", "8 June 2022", "Sept. 28", or a
#: span of days: "from March 3 to 20", "3-20 March"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TO_DAY = rf"(?:\s*(?:-|–|to|through|until|and)\s*{_DAY})?"
_DAY_OF_MONTH = re.compile(
    rf"\b{_MONTH}\.?\s+{_DAY}\b{_TO_DAY}(?:,?\s+\d{{4}}\b)?|\b{_DAY}{_TO_DAY}\s+{_MONTH}\b(?:,?\s+\d{{4}}\b)?"
)
#: an aside between dashes glossing the noun before it ("— a number that rose to 114 —")
_WRITERS_ASIDE = re.compile(r"\s[—–]\s+(?:a|an)\s+[a-z]+\s+(?:that|which)\s[^—–]{1,120}?\s[—–]\s")
#: a number and a lower-case word or a per cent after it: a count, unless a year or a name
#: (a comma after the digits closes a clause: "through 2026, pointing to ..." is a year)
_PLAIN_COUNT = re.compile(r"(?<![\w:.,/-])(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*%|\s+(?:per\s*cent|[a-z]{3,}))")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


_SENTENCE_SUBJECT = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:[a-z]+\s+)?[a-z]{3,}\b")


#: the subject of a sentence, a body named with "the" ("The bank cut", "The Central Bank has"), then its verb
_BODY_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?][”\"\s])|(?<=\n))\s*(?P<np>The\s+(?:[\w.&’'-]+\s+){0,4}?[\w.&’'-]+)\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:[a-z]{2,}ed|has|had|is|was|will|would|said|says|cut|cuts|set|sets|kept|held|made|took|gave)\b"
)
_NEXT_SENTENCE = re.compile(r"[.!?][”\"’]?\s+[A-Z]")


def _body_subject_before(text: str, start: int) -> str | None:
    """The organisation the sentence just before ``start`` is about, if its subject is one ("The
    court", "The Fed"; a person's name never takes "the")."""
    lo = max(0, start - 400)
    found = None
    for m in _BODY_SUBJECT.finditer(text, lo, start):
        found = m
    if found is None or _NEXT_SENTENCE.search(text, found.end(), max(found.end(), start - 1)):
        return None  # none, or not the sentence right before
    np = found.group("np")
    mention = read_mention(np)
    words = np.split()
    if mention.kind == "org" or (len(words) > 1 and all(w[:1].isupper() for w in words[1:])):
        return np
    return None


def _one_unnamed_person(mention: Mention) -> bool:
    """"a witness", "one resident", "an official": one person, unnamed, who speaks as "a witness
    said" does; not "sources" or "a study"."""
    words = mention.written.lower().split()
    return mention.kind == "anonymous" and len(words) >= 2 and words[0] in ("a", "an", "one") \
        and (mention.head or words[-1]) in SOURCE_NOUNS


def find_statements(article: Article, sentences: Sequence[Sentence]) -> list[Statement]:
    """Every attributed statement of one article, in text order, speakers resolved in the article.

    A reported (not quoted) statement whose content carries a figure ("..., a senior official
    said", "according to United Nations data") is left out: it is a numeric claim, and the claim
    takes its source from :func:`attribute`, so the report shows it once, where figures are judged.
    Quotes are always kept, figures or not, and so is reported speech holding quoted words:
    a misquote is a finding of its own.
    """
    # Through the cache: extract_claims' attribute() reads the same statements right after.
    found = [st for st in _statements_cached(article, sentences)
             if st.direct or not _reports_figure(st.content) or _quoted_words_over_small_count(st.content)]
    return fold(sentences, found)


def _quoted_words_over_small_count(content: str) -> bool:
    """Reported speech that holds the speaker's own words and whose only figures are small
    counts spelled out ('two findings were "flawed"', 'dismissed "all but three" of the claims'):
    the number only says which things the words are about, the quoted words are the point, and
    a misquote of them is a finding of its own. Digits, a per cent or a large count ("4,000
    crossed, "far higher" than ...") make it a numeric claim, as any reported figure."""
    if not any(has_words(content, q.start, q.end, 1) for q in find_quotes(content)):
        return False
    return all(f.kind == "count" and f.high is not None and f.high < 10 and not any(c.isdigit() for c in f.text)
               for f in find_figures(content))


def _all_statements(article: Article, sentences: Sequence[Sentence]) -> list[Statement]:
    """Every speech act, figure reports included (the source of truth for attribution)."""
    text = article.text
    quotes = find_quotes(text)
    quote_opens = [q.open for q in quotes]
    people = _person_mentions(text)
    known = _Speakers()
    out: list[Statement] = []
    covered: list[tuple[int, int]] = []
    last_direct: tuple[Statement, int] | None = None
    #: the last partial quote in reported speech, with its paragraph and sentence number
    last_partial: tuple[Statement, int, int] | None = None
    #: (sentence index, speaker, cue) of a sentence that only announced a reaction
    reaction: tuple[int, Span, Span] | None = None
    prev_people: list[str] = []
    #: (sentence index, as written) of unnamed plural sources that were a sentence's only speakers
    plural_sources: tuple[int, str] | None = None
    #: (sentence index, name) of the last sentence whose subject was a person
    recent_subject: tuple[int, str] | None = None
    names = _LazyNames(text)
    honorific_at = [(m.start(2), m.group(2)) for m in _HONORIFIC.finditer(text)] if "M" in text else []
    # the subject of a sentence matters only to a "he" or "she" in the next few: each sentence
    # is searched once, not once for each of the three sentences before it
    with_pronoun = {s.index for s in sentences if _PERSON_PRONOUN_WORD.search(s.text) or s.text.startswith(("His ", "Her "))}

    def pronoun_ahead(index: int) -> bool:
        return not with_pronoun.isdisjoint(range(index + 1, index + 4))

    for sent in sentences:
        if sent.furniture:
            continue
        first_of_sentence = len(out)
        # quotes never overlap, so only the one before the sentence can still be open in it
        first = max(0, bisect.bisect_left(quote_opens, sent.start) - 1)
        # (and the one after it: "Ann Roe said:" closing a paragraph opens on the next one's quote)
        frames = [_without_day(text, f) for f in
                  sentence_frames(text, sent, quotes[first : bisect.bisect_left(quote_opens, sent.end) + 1])]
        sentence_people: list[str] = []
        if not frames:
            label = _transcript_frame(text, sent, people, known, names,
                                      quotes[first : bisect.bisect_left(quote_opens, sent.end)])
            if label is not None:
                frame, who = label
                st, _ = _statement(article, sent, frame, known, people, prev_people, names)
                if st is not None:
                    out.append(replace(st, speaker=who, confidence=0.9))
                    covered.append((st.start, st.end))
                    last_direct = (out[-1], sent.paragraph)
                    sentence_people.append(who)
        for frame in frames:
            # ("Ann Roe said the news was sad and he added: ...": a speaker earlier in the same
            # sentence comes before those of the sentence before)
            st, entry = _statement(article, sent, frame, known, people, prev_people + sentence_people, names,
                                   plural_sources[1] if plural_sources and plural_sources[0] == sent.index - 1 else None,
                                   recent_subject[1] if recent_subject and recent_subject[0] >= sent.index - 3 else None)
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
            elif st.cue and (_QUOTE_MARK.search(st.content) or st.speaker and not st.anonymous):
                # (reported speech of a named speaker too: 'Roe said the merger opened a new chapter.'
                # then a paragraph of quote, hers, unless a line below signs it "– Tom Vale")
                last_partial = (st, sent.paragraph, sent.index)
        # A quote opening a paragraph with no cue of its own continues the last quoted speaker.
        first = bisect.bisect_left(quote_opens, sent.start)
        for q in quotes[first : bisect.bisect_left(quote_opens, sent.end)]:
            if any(a <= q.start < b for a, b in covered[-8:]):
                continue
            whole_sentence = q.open == sent.start and q.close >= sent.end - 1
            if not has_words(text, q.start, q.end, 4) and not whole_sentence:
                continue  # a scare quote or a title; a quote standing as a sentence is speech
            # (or in the paragraph before: 'X said the law is “unjust.”' then a paragraph of quote)
            partial = last_partial is not None and sent.paragraph - 1 <= last_partial[1] <= sent.paragraph \
                and last_partial[2] == sent.index - 1 and (last_direct is None or last_partial[0].start > last_direct[0].start) \
                and (_QUOTE_MARK.search(last_partial[0].content) is not None
                     or not _SIGNED_BELOW.match(text, q.close + 1))
            if q.open == sent.start and reaction is not None and reaction[0] == sent.index - 1 \
                    and q.close >= sent.end - 1:
                # "The federation also reacted to the ruling." then a paragraph of quote: its words
                st, entry = _statement(article, sent, Frame(reaction[1], reaction[2], q.start, q.end, True, False),
                                       known, people, prev_people, names)
                if st is not None:
                    out.append(st)
                    covered.append((st.start, st.end))
                    if entry is not None:
                        known.append(entry)
                    last_direct = (st, sent.paragraph)
                    continue
            if q.open != sent.start or (not partial and (last_direct is None or sent.paragraph - last_direct[1] > 2)):
                continue
            # 'The suspect “wanted to kill”, said X. “None of it makes sense.”': the quote right
            # after a partial quote in the same paragraph goes on with that one
            prev_st = last_partial[0] if partial and last_partial is not None else last_direct[0]  # type: ignore[index]
            cont = replace(
                prev_st,
                direct=True,
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
        if not frames and (sent.text.rstrip().endswith((".", ":"))) and (
                "react" in sent.text or "respond" in sent.text or "hit back" in sent.text
                or "explained" in sent.text or "described" in sent.text or "outlined" in sent.text):
            found = reaction_frame(text, sent)
            reaction = (sent.index, found[0], found[1]) if found is not None else None
        # Who "he" or "she" in the next sentence is: the subject of this one before anyone it
        # merely mentions ("He resisted calls to quit, including from Chancellor Jane Roe" keeps
        # the chain of subjects on him), then its speakers, then the subject of what they said.
        mentioned = people.between(sent.start, sent.end)
        lo_h, hi_h = bisect.bisect_left(honorific_at, (sent.start, "")), bisect.bisect_left(honorific_at, (sent.end, ""))
        if lo_h < hi_h:
            # "claimed Ms Lee agreed": an honorific makes a surname a person mentioned here (the
            # full name given before, if any), for a "she" to come; no title for descriptions
            mentioned = mentioned + [_full_name(name, people, known) for _, name in honorific_at[lo_h:hi_h]
                                     if name not in mentioned]
        subject = _subject_person(text, sent, people, known, prev_people, names) if pronoun_ahead(sent.index) else []
        if subject:
            recent_subject = (sent.index, subject[-1])
        for frame in frames:
            if frame.speaker is not None:
                m = read_mention(frame.speaker.text)
                if m.kind == "person" and not m.description:
                    sentence_people.append(_full_name(m.name, people, known))
                elif m.kind == "unknown" and _PERSON_DESCRIBED.fullmatch(m.written):
                    # "The victim said ... He added": the one a "he" goes on with is the person
                    # described, not the last one named before
                    said_here = next((st.speaker for st in out[first_of_sentence:]
                                      if st.speaker_span is not None and st.speaker_span.start == frame.speaker.start), None)
                    if said_here:
                        sentence_people.append(said_here)
                elif m.kind == "pronoun" and m.written.lower() in PERSON_PRONOUNS:
                    # "He said ... He argued ...": the person the pronoun stood for goes on speaking
                    said_here = next((st.speaker for st in out[first_of_sentence:]
                                      if st.speaker_span is not None and st.speaker_span.start == frame.speaker.start
                                      and st.speaker != st.speaker_span.text), None)
                    if said_here:
                        sentence_people.append(said_here)
        # (a description the content opens with, "said the former leader had ...", is no one
        # a "he" to come can be told from the speaker by)
        content_people = [
            name for name, kind, _ in (
                _resolve(read_mention(p), sent.start, sent.paragraph, known, people, [])
                for p in _content_subject_people(text, frames, known, people)
            ) if not (kind == "person" and read_mention(name).description)
        ]
        # (a speaker goes on speaking: "He said President Ann Lee was fair. He argued ..." is the
        # speaker again, so the speakers come after the subject of what they said)
        ranked = [p for p in mentioned if p not in subject] + subject + content_people + sentence_people
        prev_people = ranked or (prev_people if not frames else [])
        plural_sources = _plural_sources(sent.index, out[first_of_sentence:]) if len(out) > first_of_sentence else None
    if "\n" in text and _SIGNATURE.search(text):
        out.extend(_signed_blocks(article, sentences, out, known, people, names))
    out.sort(key=lambda s: (s.start, s.end))
    return _dedupe(_named_right_after(text, out, people))


def _named_right_after(text: str, out: list[Statement], people: _People) -> list[Statement]:
    """A lead's "the head of the agency said ..." before any name, then "Jane Roe said ...":
    news writing names the person a description stood for in the statement right after it. The
    name must be new there and given with no title anywhere (a new person is introduced by
    their role), and the description one the article gives no one else."""
    mentions: list[Mention | None] = []
    for st in out:  # up to the first person named
        mentions.append(read_mention(st.speaker) if st.speaker else None)
        if mentions[-1] is not None and mentions[-1].kind == "person" and not mentions[-1].description:
            break
    else:
        return out
    first_named = len(mentions) - 1
    if not first_named:
        return out
    named = out[first_named]
    if named.speaker is None or named.speaker_span is None or named.speaker_span.text != named.speaker \
            or len(named.speaker.split()) < 2 or any(p[1] == named.speaker for p in people) \
            or text.find(named.speaker) < named.speaker_span.start:
        return out
    described = [i for i, m in enumerate(mentions[:first_named]) if m is not None and m.kind == "person" and m.description]
    if not described or len({out[i].speaker for i in described}) != 1 \
            or not all(sp is not None and _DEFINITE_DESCRIPTION.match(sp.text) for sp in (out[i].speaker_span for i in described)):
        return out
    lead = out[described[0]]
    before = min(lead.start, lead.speaker_span.start) if lead.speaker_span is not None else lead.start
    if any(person_name(m.group()) and not _title_case_line(text, m.start()) for m in _TWO_CAPITALISED.finditer(text, 0, before)):
        return out  # "Tom Vale toured the town. ... the head of the board said": someone named before
    out = list(out)
    for i in described:
        out[i] = replace(out[i], speaker=named.speaker, confidence=0.5)
    return out


#: two capitalised words in a row, a name perhaps
_TWO_CAPITALISED = re.compile(r"[A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'-]+")
#: a description with the definite article: "the head of the agency", "The agency chief"
_DEFINITE_DESCRIPTION = re.compile(r"[Tt]he\s")


#: a line that signs the block above it: "– Ann Roe", "- Ann Roe, chief executive", "— Acme spokesman"
#: a quote's paragraph, then a signature line under it
_SIGNED_BELOW = re.compile(r"[^\S\n]*\n\s*[–—-][^\S\n]*[A-Z]")
_SIGNATURE = re.compile(
    r"(?m)^[^\S\n]*[–—-][^\S\n]*(?P<who>[A-Z][\w’'.-]*(?:[^\S\n]+[\w’'.-]+){0,5}?)(?:,[^\S\n]*[^\n,]{1,60}?)?[^\S\n]*$"
)
#: a dashed line next to a signature: the signature is an item of a list
_LIST_ITEM = re.compile(r"\s*\n\s*[–—-][^\S\n]*\S")
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[–—-][^\S\n]*\S[^\n]*\s*$")
#: how far up a signature reaches: the paragraphs of one block quote
_SIGNED_PARAGRAPHS = 5


def _signed_blocks(
    article: Article, sentences: Sequence[Sentence], said: list[Statement], known: _Speakers,
    people: list[tuple[int, str, str]], names: _LazyNames,
) -> list[Statement]:
    """The paragraphs of a block quote signed on the line below ("...\n– Ann Roe"): the signer's
    words. Paragraphs in quotation marks go back as far as they run; a block printed without
    marks is the paragraph above, or the paragraphs back to one that reports speech (the
    sentence that introduced the block), when one comes within reach."""
    text = article.text
    quotes = find_quotes(text)
    paragraphs: dict[int, list[Sentence]] = {}
    for sent in sentences:
        paragraphs.setdefault(sent.paragraph, []).append(sent)
    said_at = sorted(st.start for st in said)
    out: list[Statement] = []
    for m in _SIGNATURE.finditer(text):
        who = m.group("who")
        mention = read_mention(who)
        if not (mention.kind == "person" and " " in who or mention.kind in {"anonymous", "org"}):
            continue  # "- Live updates", "– Reuters": a page label or a wire credit, no one signing
        if _LIST_ITEM.match(text, m.end()) or _LIST_ITEM_BEFORE.search(text, 0, m.start()):
            continue  # "- Ann Roe\n- Tom Vale": a list of names, signing nothing
        signed = next((s for s in sentences if s.start >= m.start() and s.end <= m.end() + 1), None)
        if signed is None:
            continue
        quoted: list[tuple[int, int]] = []
        plain: list[tuple[int, int]] = []
        introduced = False
        for number in range(signed.paragraph - 1, max(-1, signed.paragraph - 1 - _SIGNED_PARAGRAPHS), -1):
            held = paragraphs.get(number)
            if not held or any(s.furniture for s in held):
                break
            start, end = held[0].start, held[-1].end
            lo = bisect.bisect_left(said_at, start)
            if lo < len(said_at) and said_at[lo] < end:
                introduced = True  # speech reported there: the block begins after it
                break
            if not text[start:end].rstrip().endswith((".", "!", "?", "”", "\"")) or not has_words(text, start, end, 3):
                break  # a headline or a caption
            quote = next((q for q in quotes if q.open == start and q.close >= end - 1), None)
            if quote is not None and len(plain) == 0:
                quoted.append((quote.start, quote.end))
                continue
            if quoted:
                break  # the quoted block ends at the first paragraph out of quotation marks
            plain.append((start, end))
        block = quoted or (plain if introduced else plain[:1])
        who_span = span(text, m.start("who"), m.end("who"))
        dash = next(i for i in range(m.start(), m.start("who")) if text[i] in "–—-")
        for start, end in reversed(block):
            opening = next((s for s in sentences if s.start <= start < s.end), None)
            if opening is None:
                continue
            frame = Frame(who_span, span(text, dash, dash + 1), start, end, True, False)
            # (a role signs as written: "– Acme spokesman" is no one named elsewhere on the page)
            st, _ = _statement(article, opening, frame, _Speakers() if mention.description else known,
                               [] if mention.description else people, [], names)
            if st is not None:
                out.append(st)
    return out


#: a definite description of one person by who they are in the story: "the victim", "the boy's mother"
_PERSON_DESCRIBED = re.compile(
    r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}(?:victim|defendant|accused|man|woman|boy|girl|teenager|driver|mother|father"
    r"|wife|husband|son|daughter|brother|sister|widow|widower|pensioner|patient|suspect|landlord|tenant|owner)"
)


def _plural_sources(index: int, said_here: list[Statement]) -> tuple[int, str] | None:
    """(sentence index, as written) when a sentence's one speaker is unnamed plural sources or
    the police: who a "they" in the next sentence is."""
    speakers = {st.speaker for st in said_here if st.speaker}
    if len(speakers) != 1:
        return None
    for st in said_here:
        written = st.speaker_span.text if st.speaker_span is not None else ""
        last = written.split()[-1].lower() if written.split() else ""
        if (st.anonymous and last.endswith("s")) or last == "police":
            return index, written
    return None




#: "he", "she" as words: spelled to open with a plain character set (the look-behind after
#: it is the leading word boundary), so the engine jumps between H and S instead of trying
#: a boundary at every position; tests/test_speech.py holds it to the plain pattern
_PERSON_PRONOUN_WORD = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he)\b")
_PERSON_PRONOUN_OPENER = re.compile(r"(?:He|She)\s+[a-z]")
#: Two or three capitalised words that can be a full name ("Jane Roe", "Mary Ann Smith").
_NAME_RUN = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]*(?:[^\S\n]+[A-Z][a-z][\w’'-]*){1,2})(?![\w’'-])")
_NOT_NAME_WORDS = frozenset(
    ["The", "A", "An", "In", "On", "At", "After", "Before", "During", "Since", "But", "And", "As", "If", "When",
     "While", "It", "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "Mr", "Mrs",
     "Ms", "Dr", "Sir", "Lady", "Lord"]
)


def _name_runs(text: str) -> dict[str, list[tuple[int, str]]]:
    """The article's written full names by surname ("Roe" -> [(12, "Jane Roe")]), each with
    where it is first written: runs of two or three capitalised words, the first of which is no
    determiner, preposition or title."""
    runs: dict[str, list[tuple[int, str]]] = {}
    for m in _NAME_RUN.finditer(text):
        written = m.group(1)
        if written.endswith(("’s", "'s")):
            written = written[:-2]  # "Sean Vale's first briefing": the full name, in the possessive
        words = written.split()
        if len(words) == 3 and text[max(0, m.start() - 3):m.start()] == "of " \
                and person_name(" ".join(words[1:])) is not None:
            written, words = " ".join(words[1:]), words[1:]  # "Secretary of *Commerce* Ann Vell": the office's end
        named = person_name(written) if words[0] not in _NOT_NAME_WORDS else None
        if named is None or " " not in named:
            continue  # ("President Lane", "Councilmember Lee": a title and a surname, no full name)
        name = named
        found = runs.setdefault(words[-1], [])
        if all(name != f for _, f in found):
            found.append((m.start(), name))
    return runs


#: a description opening a sentence, then the name it describes between commas
_DESCRIBED_SUBJECT = re.compile(
    r"(?:The|Its|His|Her|Their)\s[^,.;:“”\"]{1,60},\s+([A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,2}),\s+[a-z]"
)


def _subject_person(
    text: str, sent: Sentence, people: _People, known: Sequence[_Known], prev_people: Sequence[str],
    names: _LazyNames,
) -> list[str]:
    """The person a sentence opens with as its subject: a name ("Mr Roe faced ..."), a surname
    the article gave in full ("Roe has since been ..."), or "He"/"She" going on with the
    previous subject. Empty when the subject is no person."""
    body = sent.text
    lead = _LEAD_ADVERBIAL.match(body)
    if lead:
        body = body[lead.end() :]
    if _PERSON_PRONOUN_OPENER.match(body):
        return [prev_people[-1]] if prev_people else []
    apposed = _DESCRIBED_SUBJECT.match(body)
    if apposed and person_name(apposed.group(1)) is not None:
        # "The commission's chairman, Tomas Reyl, has defended the count.": the name in apposition
        return [_full_name(apposed.group(1), people, known)]
    opener = _SENTENCE_SUBJECT.match(body)
    if not opener:
        return []
    written = opener.group(1)
    mention = read_mention(written)
    if mention.kind == "person" and mention.description:
        return []
    named = person_name(written) or written
    full = _full_name(named, people, known)
    if len(full.split()) == 1:
        full = names.get().get(full, full)
    if len(full.split()) > 1 and person_name(full) is not None:
        return [full]
    if full in known.person_names if isinstance(known, _Speakers) else any(
            k.kind == "person" and k.name == full for k in known):
        return [full]
    return []


#: "DAVID BROWN: We're hurting." / "Downing: I don't know.": a transcript's speaker label
_LABEL_LINE = re.compile(r"(?m)^[^\S\n]*[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){0,3}:[^\S\n]+\S")
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){0,3}):[^\S\n]+(?=\S)")


def _transcript_frame(
    text: str, sent: Sentence, people: _People, known: _Speakers, names: _LazyNames, quotes: Sequence[Quote] = (),
) -> tuple[Frame, str] | None:
    """A paragraph opening with a speaker label, as transcripts print them: the words after the
    colon are the speaker's, when the label names a person the article named before (a
    dateline "NEW DELHI:" or a page label "Update:" names no one)."""
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return None
    m = _TRANSCRIPT_LABEL.match(text, sent.start, sent.end)
    if m is None or not has_words(text, m.end(), sent.end, 2):
        return None
    label = m.group(1)
    written = label.title() if label.isupper() else label
    full = _full_name(written, people, known)
    if full not in known.person_names and not any(p[0] < sent.start and p[1] == full for p in people):
        # A person named for the first time in the label: "Detective Constable Ann Roe: “...”"
        # (the words in quotation marks), or "Ann Roe: ..." in a transcript that labels more
        # than one paragraph so
        named = person_name(written)
        if named is None or " " not in named or not (text[m.end() : m.end() + 1] in "“\"" or names.label_lines() >= 2):
            return None
        full = _full_name(named, people, known)
    end = text.find("\n", m.end())
    end = len(text) if end == -1 else end  # the label holds for its whole paragraph
    start = m.end()
    quote = next((q for q in quotes if q.open == start), None)
    if quote is not None:
        start, end = quote.start, quote.end  # "Ann Roe: “...”": the quote, over paragraphs if it goes on
    frame = Frame(span(text, m.start(1), m.end(1)), span(text, m.end(1), m.end(1) + 1), start, end, True, False)
    return frame, full


#: a capitalised name, then a verb: the subject of a clause ("Ellis called", "Bell did")
_CLAUSE_SUBJECT = re.compile(
    r"(?<![\w’'.-])([A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){0,3})[^\S\n]+(?:[a-z]+ly\s+|also\s+|now\s+)?"
    r"(?:[a-z]{2,}ed|did|does|said|says|told|took|made|gave|went|spoke|wrote|met|left|has|had|was|is)\b"
)


def _clause_subject_before(
    text: str, start: int, pos: int, people: list[tuple[int, str, str]], known: Sequence[_Known],
    names: _LazyNames | None,
) -> str | None:
    """"Ellis called Roe to the podium, where he told ...", "... an interview Bell did where he
    expressed ...", "Holt reacted ..., and he said ...": a "he" or "she" inside a sentence is the
    subject of the nearest clause before it that a named person opens."""
    found = None
    for m in _CLAUSE_SUBJECT.finditer(text, start, pos):
        # never a name inside quoted words: "“... the Premier League is not enough,” he added"
        if text.rfind("“", start, m.start()) > text.rfind("”", start, m.start()) \
                or text.count('"', start, m.start()) % 2:
            continue
        found = m
    if found is None:
        return None
    name = found.group(1)
    if name.split()[0] in _NOT_NAME_WORDS:
        return None
    full = _full_name(person_name(name) or name, people, known)
    if " " not in full and names is not None:
        full = names.get().get(full, full)
    if " " in full and person_name(full) is not None:
        return full
    if isinstance(known, _Speakers):
        return full if full in known.person_names else None
    return full if any(k.kind == "person" and k.name == full for k in known) else None


#: "Though he described the plan as “reckless,” Judge Ann Lee approved it": a pronoun opening
#: the sentence's subordinate clause, and the named person who is the main clause's subject
_OPENING_PRONOUN = re.compile(
    r"(?:While|Though|Although|Even\s+though|Whereas)\s+(?:he|she)\b[^,;]{0,200},[”\"’']?\s+"
    r"(?P<subject>(?:[A-Z][\w.’'-]*\s+){1,6})(?=[a-z])"
)


def _main_subject_after_opening(text: str, sent: Sentence, pos: int) -> str | None:
    """The person a "he" or "she" in an opening "Though ..." clause looks ahead to."""
    m = _OPENING_PRONOUN.match(text, sent.start, sent.end)
    if m is None or pos > m.start("subject"):
        return None
    return person_name(m.group("subject").strip())


#: a full name introduced with an appositive: "Kyle Yarnell, a worker", "Jo Roe, 52,", "Jo Roe, who"
_INTRODUCED_NAME = re.compile(
    r"(?<![\w’'-])([A-Z][a-z][\w’'-]*(?:[^\S\n]+[A-Z][a-z][\w’'-]*){1,2}),\s+(?:a|an|the|who|\d{1,3},)\s"
)

#: a document and who put it out: "a statement released by players' union Kestrel", "The
#: letter, signed by the Bar Council," (the name, after any lower-case description of it)
_ISSUED_BY = re.compile(
    r"\b(?:statement|letter|message|release|communiqu[eé]|notice|memo|declaration)\s*,?\s+(?:released|published"
    r"|issued|put\s+out|sent|posted|signed)\s+by\s+(?:(?:the|its|their|a|an)\s+)?(?:[a-z][\w’'-]*\s+){0,3}?"
    r"(?P<who>[A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*){0,4})"
)

#: "Mr Lee", "Ms. Roe": the sex an honorific gives a surname
#: ``\b(Mr|Mrs|Ms|Miss)\.?\s+...``, opening on the "M" (the look-behind is the \b): a pattern
#: that opens on a letter is found by jumping between its "M"s, not tried at every position
_HONORIFIC = re.compile(r"(M(?<!\wM)(?:r|rs|s|iss))\.?\s+([A-Z][\w’'-]+)")
#: the honorifics a pronoun cannot stand for
_OTHER_SEX = {"he": "f", "she": "m"}


#: a body named in capitals: its words before the head, the head, an of/for-phrase after it
_NAMED_BODY = re.compile(
    r"(?<![\w’'-])(?P<name>(?:(?!The\b)[A-Z][\w’'-]*[^\S\n]+){0,4}(?P<head>[A-Z][a-z]+)"
    r"(?:[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w’'-]*){0,4})?)"
)


_POSSESSIVE_END = re.compile(r"[’']s?$")


class _LazyNames:
    """The article's name runs, read only when a sentence needs them."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs: dict[str, list[tuple[int, str]]] | None = None
        self._first: dict[str, str] | None = None
        self._introduced: dict[str, set[str]] | None = None
        self._issuers: list[tuple[int, str]] | None = None
        self._titled: dict[str, frozenset[str]] | None = None
        self._honorifics: list[tuple[int, str]] | None = None
        self._labels: int | None = None

    def get(self) -> dict[str, str]:
        """The first full name written with each surname."""
        if self._first is None:
            self._first = {last: found[0][1] for last, found in self._all_runs().items()}
        return self._first

    def _all_runs(self) -> dict[str, list[tuple[int, str]]]:
        if self._runs is None:
            self._runs = _name_runs(self._text)
        return self._runs

    def only_full_name_before(self, surname: str, pos: int) -> str | None:
        """The one full name the article gives a surname, written before ``pos`` ("Tom Reed
        toured ... Reed said"); None when it gives two ("Reg Roe", his father "Ben Roe")."""
        found = self._all_runs().get(surname, ())
        if len(found) == 1 and found[0][0] < pos:
            return found[0][1]
        return None

    def in_headline(self, pos: int) -> bool:
        """Whether ``pos`` stands in a line set in title case (a headline, a caption)."""
        return _title_case_line(self._text, pos)

    def label_lines(self) -> int:
        """How many paragraphs open with a speaker label ("ANN ROE: ...", "Interviewer: ...")."""
        if self._labels is None:
            self._labels = len(_LABEL_LINE.findall(self._text))
        return self._labels

    def honorifics(self) -> list[tuple[int, str]]:
        """(position, surname) of each name written after an honorific ("Ms Roe"), in text order."""
        if self._honorifics is None:
            self._honorifics = [(m.start(2), m.group(2)) for m in _HONORIFIC.finditer(self._text)]
        return self._honorifics

    def titled(self, sex: str) -> frozenset[str]:
        """Surnames the article writes after an honorific of one sex ("Mr Lee": "m", "Ms Roe": "f")."""
        if self._titled is None:
            by_sex: dict[str, set[str]] = {"m": set(), "f": set()}
            for m in _HONORIFIC.finditer(self._text):
                by_sex["m" if m.group(1) == "Mr" else "f"].add(m.group(2))
            self._titled = {k: frozenset(v) for k, v in by_sex.items()}
        return self._titled[sex]

    def named_body(self, head: str, pos: int) -> str | None:
        """The last body named before ``pos`` with a capitalised ``head`` and a name of its own
        ("the International Court of Fisheries" for "the court"), without article or acronym."""
        found = None
        if self._text.find(head[:1].upper() + head[1:], max(0, pos - 3000), pos) == -1:
            return None  # the head, capitalised as a name's, is nowhere in reach: no body to find
        for m in _NAMED_BODY.finditer(self._text, max(0, pos - 3000), pos):
            if m.group("head").lower() == head and m.group("name") != m.group("head"):
                found = _POSSESSIVE_END.sub("", m.group("name"))
        return found

    def issuers(self) -> list[tuple[int, str]]:
        """(position, name) of each issuer named with a document it put out ("a statement
        released by the union Kestrel"), in text order."""
        if self._issuers is None:
            self._issuers = [(m.start(), m.group("who")) for m in _ISSUED_BY.finditer(self._text)]
        return self._issuers

    def introduced_by_first(self) -> dict[str, set[str]]:
        """Full names the article introduces as a person ("Kyle Yarnell, a worker, ..."), by
        first name."""
        if self._introduced is None:
            self._introduced = {}
            for m in _INTRODUCED_NAME.finditer(self._text):
                words = m.group(1).split()
                if words[0] not in _NOT_NAME_WORDS and person_name(m.group(1)) is not None:
                    self._introduced.setdefault(words[0], set()).add(" ".join(words))
        return self._introduced


def _content_subject_people(
    text: str, frames: Sequence[Frame], known: Sequence[_Known], people: list[tuple[int, str, str]]
) -> list[str]:
    """"...said its foreign minister emphasized ...": a person who is the subject of the content."""
    found = []
    for f in frames:
        m = _CONTENT_SUBJECT.match(text, f.content_start, f.content_end) \
            if may_hold_folded(text[f.content_start : f.content_end], _CONTENT_SUBJECT_HEADS) else None
        if m and _VERB_AFTER.match(text, m.end(), f.content_end):
            found.append(m.group(1))
    return found


#: The title phrase opening a content is its subject only when a verb follows it ("its
#: foreign minister emphasized"), not in "his resignation as party leader".
_VERB_AFTER = re.compile(r"(?:\s+[A-Z][\w’'-]+){0,4}\s+(?:[a-z]+ly\s+|also\s+)?(?:[a-z]+ed|[a-z]+s|said|told|has|had|is|was|will|would)\b")


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """One statement per passage. A quote read as going on with the speaker before it, then
    found with a cue of its own in its last sentence ("“A. B,” said Brown."), is the cue's."""
    kept: dict[str, int] = {}
    out: list[Statement] = []
    for st in statements:
        i = kept.get(st.id)
        if i is None:
            kept[st.id] = len(out)
            out.append(st)
        elif out[i].cue == "" and st.cue:
            out[i] = st
    return out


_LAST_JOINER = re.compile(r".*\s(?:and|but)\s", re.DOTALL)


def _auxiliaries(text: str, sent: Sentence, speaker: Span, cue: Span) -> str:
    """The words right before the cue verb, after the subject: "have long been", "did not"."""
    lo = max(cue.start - 40, sent.start, speaker.end if speaker.end <= cue.start else 0)
    gap = text[lo : cue.start]
    cut = max(gap.rfind(","), gap.rfind("”"), gap.rfind('"'))
    gap = gap[cut + 1 :] if cut >= 0 else gap
    # "did not name the captain and said ...": the negation is the first verb's, not the act's
    joined = _LAST_JOINER.search(gap)
    return gap[joined.end() :] if joined else gap


_FIGURE_WORDS = re.compile(r"[^\W_]+(?:[’'.,%-][^\W_]+)*%?")
_HEDGE_OPENERS = frozenset("nearly almost about around over some just roughly approximately".split())
_FRACTIONS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths".split())
#: nouns whose phrase is a figure: "the *number* of crimes", "a *total* of 131,441"
_FIGURE_HEADS = frozenset("number total share proportion percentage majority count tally sum amount".split())
_CUES_THAT_ARE_PLURAL_NOUNS = frozenset({"states", "notes", "reports", "claims", "statements"})
_HOLDS_A_FIGURE = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\b", re.I)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_LARGE_FIGURE = re.compile(r"\d[\d,]*[.,]\d|\d%")


@lru_cache(maxsize=4096)  # pure, on a speaker phrase, and speaker phrases recur
def _names_a_figure(written: str) -> bool:
    """A speaker's words that are a figure or the subject a figure is told of, not a source:
    "60.3%", "Eight" (alone), "Nearly one-third of all cases", "the number of crimes", "a
    total of 131,441", "Police recorded 458,021 more offences"; a parse that read a passive
    "reported"/"estimated" or a list as a speech act. "Two officials", "One resident" stay."""
    words = _FIGURE_WORDS.findall(written)
    if not words:
        return False
    lows = [w.lower() for w in words]
    if len(lows) == 1 and (lows[0][0].isdigit() or is_number_word(lows[0]) or lows[0] == "please"):
        return True  # "Eight high-burden states were identified": no one said anything
    if _LARGE_FIGURE.search(written):
        return True
    first = lows[1] if lows[0] in _HEDGE_OPENERS and len(lows) > 1 else lows[0]
    if first.split("-")[-1] in _FRACTIONS and all(is_number_word(p) or p in _FRACTIONS for p in first.split("-")):
        return True  # "Nearly one-third of all measles cases reported ..."
    return any(w in _FIGURE_HEADS and k + 1 < len(lows) and lows[k + 1] == "of" for k, w in enumerate(lows[:4]))


def _without_day(text: str, frame: Frame) -> Frame:
    """A frame whose subject ends on a day loses the day: "Interior Minister Ann Roe Saturday
    rejected ...": wire copy puts the day between the subject and its verb; it says when, not who."""
    if frame.speaker is None:
        return frame
    # (the pattern ends the text, tried from every position: asked only when a word of its ends it)
    when = _WHEN_AFTER_NAME.search(frame.speaker.text) \
        if frame.speaker.text.removesuffix("\n").endswith(_WHEN_WORDS) else None
    if when is None or when.start() == 0:
        return frame
    return replace(frame, speaker=span(text, frame.speaker.start, frame.speaker.start + when.start()))


def _statement(
    article: Article, sent: Sentence, frame: Frame, known: list[_Known],
    people: list[tuple[int, str, str]], prev_people: list[str], names: _LazyNames | None = None,
    plural_before: str | None = None, recent_subject: str | None = None,
) -> tuple[Statement | None, _Known | None]:
    text = article.text
    inner = _NEWSROOM_RELAY.match(text, frame.content_start, frame.content_end) if frame.speaker is not None \
        and not frame.direct and _NEWSROOM.search(frame.speaker.text) else None
    if inner is not None and read_mention(inner.group("who")).kind in {"person", "org", "anonymous", "unknown"}:
        # "Reporting from The Post stated staff involved said they lost sleep": the newsroom
        # relays; the staff spoke
        frame = replace(frame, speaker=span(text, inner.start("who"), inner.end("who")),
                        cue=span(text, inner.start("cue"), inner.end("cue")), content_start=inner.end(), act=False)
    start, end = frame.content_start, frame.content_end
    if not frame.direct:
        tail = _PAGE_TAIL.search(text, start, end) if text.find("Credit:", start, end) != -1 \
            or text.find("pic.twitter.com/", start, end) != -1 else None
        if tail is not None and tail.start() > start:
            end = tail.start()  # "... into a 'fan club' Credit: A. Roe / PA Archive": a caption's credit
    content = text[start:end]
    # "... said in a statement that Dar: “...”": the quote is Dar's, the ministry only relays it.
    speaker_span = frame.speaker
    relay = _RELAY_COLON.match(content)
    if relay:
        speaker_span = span(text, start, start + relay.end(1))
        start = start + relay.end() 
        close = text.find("”", start, sent.end + 2)
        end = close if close != -1 else end
        content = text[start:end]
    if speaker_span is None or _names_a_figure(speaker_span.text):
        return None, None
    if frame.cue.text.lower() in _CUES_THAT_ARE_PLURAL_NOUNS and _HOLDS_A_FIGURE.search(speaker_span.text):
        return None, None  # "deaths among 27 *states* were ...", "Eight coastal *states*": a count of states, not a cue
    if frame.cue.text == ":" and len(_LETTERS.findall(content)) < 2:
        return None, None  # "Conservative: 1,482 [53%]": a label and its figures, nothing said
    # "His letter read: “...”": the possessive stands for "he"
    mention = read_mention(_POSSESSIVE_AS_SUBJECT.get(speaker_span.text, speaker_span.text))
    if mention.kind == "pronoun" and mention.written.lower() == "it" and frame.cue.text.lower() in {"read", "reads"} \
            and _resolve(read_mention("the statement"), speaker_span.start, sent.paragraph, known, people, [],
                         names)[1] != "document":
        mention = read_mention("the statement")  # "It read: “...”": only a document reads, its issuer's words
    prev = prev_people
    if mention.kind == "pronoun" and mention.written.lower() in PERSON_PRONOUNS:
        # looking ahead only when no one was named just before: "Mary Roe spoke. Though she ..."
        ahead = None if prev_people else _main_subject_after_opening(text, sent, speaker_span.start)
        nearer = ahead or _clause_subject_before(text, sent.start, speaker_span.start, people, known, names)
        owner = _OWNER_IN_FRONT.fullmatch(text, sent.start, speaker_span.start)
        if nearer is None and owner is not None and read_mention(owner.group(1)).kind in {"person", "unknown"}:
            # "In Reed's address, he said ...": whose occasion the opening phrase names is who speaks
            nearer = _full_name(owner.group(1), people, known)
        if nearer is not None:
            prev = [nearer]
        addressed = {m.group(1).split()[-1] for m in _ADDRESSEE.finditer(text, sent.start, speaker_span.start)}
        if addressed and prev and prev[-1].split()[-1] in addressed:
            # "In a letter to Mr Lee, he said ...": whom he wrote to is not who wrote; the
            # subject of a sentence just before is
            prev = [p for p in prev if p.split()[-1] not in addressed]
            if not prev and recent_subject is not None and recent_subject.split()[-1] not in addressed:
                prev = [recent_subject]
    name, kind, confidence = _resolve(mention, speaker_span.start, sent.paragraph, known, people, prev, names)
    anonymous = mention.kind == "anonymous"
    if mention.kind == "pronoun" and mention.written.lower() == "they" and plural_before is not None:
        # "Officials said the dam held. They added that ...": the unnamed sources of the sentence
        # just before, when they were its only speakers
        mention = read_mention(plural_before)
        name, kind, confidence, anonymous = _resolve(mention, speaker_span.start, sent.paragraph, known, people, [])[0], \
            mention.kind, 0.6, mention.kind == "anonymous"
    if kind == "pronoun" and mention.written.lower() == "it":
        body = _body_subject_before(text, sent.start)
        if body is not None:
            # "The bank cut its rate on Monday. It also said ...": the body the sentence before is about
            name, kind, confidence = read_mention(body).name, "org", 0.6
    if kind in {"pronoun", "document"} and mention.kind in {"pronoun", "document"}:
        # "They also pledged ...", "the statement said" with nothing before: no one to name
        return None, None
    # the second half of a quote the cue interrupts goes on with the first: no cue of its own
    cue_text = "" if frame.resumes else frame.cue.text
    statement_kind = kind_of(mention, cue_text, _auxiliaries(text, sent, speaker_span, frame.cue))
    if statement_kind is None:
        return None, None  # "has not responded to requests for comment": nothing was said
    if statement_kind == "according_to" and cue_text.lower().startswith("according") and (
            kind == "person" or _one_unnamed_person(mention)):
        # "..., according to Moore", "according to a witness": a person's words, not a document's data
        statement_kind = "statement"
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
        cue_span=None if frame.resumes else frame.cue,
        anonymous=anonymous,
        confidence=confidence,
        sentence=sent.text,
        kind=statement_kind,
    )
    written_words = speaker_span.text.lower().split()
    issuer = "statement" in cue_text.lower() or "statement" in speaker_span.text.lower() or any(
        w in DOCUMENT_NOUNS for w in written_words
    )
    entry = None
    if name and not anonymous:
        entry = _Known(name, kind if kind != "unknown" else "org", speaker_span.start, sent.paragraph,
                       speaker_span.text, document_issuer=issuer and kind not in {"document", "pronoun"})
    return st, entry


# --------------------------------------------------------------------------- attribution of figures

class _Statements(list[Statement]):
    """An article's speech acts in text order (``_all_statements`` sorts them by start), with
    their starts for bisection: attribute() looks up the acts around each figure."""

    def __init__(self, statements: list[Statement]) -> None:
        super().__init__(statements)
        self.starts = [st.start for st in statements]


_CACHE: OrderedDict[tuple[str, int, int], tuple[Sequence[Sentence], _Statements]] = OrderedDict()
_CACHE_SIZE = 256


def _statements_cached(article: Article, sentences: Sequence[Sentence]) -> _Statements:
    """_all_statements of an article, kept for the calls that follow (find_statements, then
    attribute() once per figure). A hit needs the same text and the same sentences: the very
    list in the usual case, else an equal one. Callers must not mutate the list returned."""
    key = (article.id, len(article.text), hash(article.text))
    hit = _CACHE.get(key)
    if hit is not None and (hit[0] is sentences or list(hit[0]) == list(sentences)):
        _CACHE.move_to_end(key)
        return hit[1]
    found = _Statements(_all_statements(article, sentences))
    _CACHE[key] = (sentences, found)
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
        m = _TOLD.match(st.cue_span.text)
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


#: ", which the board said ..." right before a speaker: a relative clause naming who spoke of
#: what it follows
_RELATIVE_BEFORE_SPEAKER = re.compile(r",\s+(?:which|who|whom)\s+$")
#: where the clause a relative clause follows begins: after the last comma or clause break
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s")


def _before_its_antecedent(text: str, sentence_start: int, st: Statement, figure_end: int) -> bool:
    """True when ``st`` is told in a relative clause ("..., on a turnout of 61%, which the board
    said is likely to rise") and the figure lies before the clause the relative pronoun follows:
    the board speaks of the turnout, not of the shares listed before it."""
    if st.speaker_span is None:
        return False
    relative = _RELATIVE_BEFORE_SPEAKER.search(text, sentence_start, st.speaker_span.start)
    if relative is None:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence_start, relative.start()))
    return bool(breaks) and figure_end <= breaks[-1].start()


#: a subordinate clause opened after a figure and before an act of telling: the act is the clause's
_CLAUSE_OPENS = re.compile(r"\b(?:after|before|when|while|as|since|because|until|once)\b")


def _outside_the_act(text: str, s: Statement, start: int, end: int) -> bool:
    """The figure at [start, end) lies outside what the act ``s`` tells: before a clause that
    holds the act ("Shares fell 1.5% *after* the company reported ..."), or in a phrase on its
    speaker before the verb ("Moore, who spent £89 million on ..., added that ...")."""
    if s.cue_span is None or s.cue_span.start < end:
        return False
    if _CLAUSE_OPENS.search(text, end, s.cue_span.start) and (s.speaker_span is None or s.speaker_span.start >= end):
        return True
    return s.speaker_span is not None and s.speaker_span.end <= start


#: a poll, survey or count that gives its own figures: "A Tarn poll in Ostland *has* him
#: leading 49%-45%", "a census *found* 4,000 homes"
_OWN_SOURCE = re.compile(r"\b(?:poll|survey|study|report|census|count|tally)\b[^,;.]{0,40}?"
                         r"\b(?:has|had|shows?|showed|puts?|gives?|gave|finds?|found)\b", re.IGNORECASE)


def _in_a_conjunct_with_its_own_source(text: str, s: Statement, start: int, end: int) -> bool:
    """The figure stands in a conjunct whose own subject is a poll or a count giving it, before an
    "and" that opens the conjunct a closing "according to X" sources: "A Tarn poll has him
    leading 49%-45% and in Vesta ..., according to a Corvel poll" gives the first figures to no Corvel poll."""
    if s.cue_span is None or s.cue_span.start < end or not s.cue.lower().startswith("according"):
        return False
    own = _OWN_SOURCE.search(text, max(s.start, start - 120), start)
    return own is not None and _AND.search(text[end:s.cue_span.start]) is not None


_AND = re.compile(r"\band\b")
_POLL_NAMED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w/&.'’-]+\s+){0,3}?(?:poll|survey|study|report|census|count|tally)\b")


def _poll_named_before(text: str, lo: int, hi: int) -> Attribution | None:
    """The last poll, survey or count named between ``lo`` and ``hi``, as the figures' source."""
    named = list(_POLL_NAMED.finditer(text, lo, hi))
    if not named:
        return None
    found = named[-1]
    return Attribution(source=found.group(0), text=found.group(0), start=found.start(), end=found.end(), scope="sentence")


def attribute(
    article: Article, sentences: Sequence[Sentence], sentence_index: int, start: int, end: int
) -> Attribution | None:
    """Where the figure at article offsets [start, end) in that sentence comes from, if said."""
    if not 0 <= sentence_index < len(sentences):
        return None
    statements = _statements_cached(article, sentences)
    starts = statements.starts  # sorted: the acts starting in a stretch are a slice
    sent = sentences[sentence_index]
    holding = [s for s in statements[: bisect.bisect_right(starts, start)] if end <= s.end and s.speaker]
    own_source = [_in_a_conjunct_with_its_own_source(article.text, s, start, end) for s in holding]
    inside = [s for s, own in zip(holding, own_source) if not own]
    if not inside and any(own_source):
        poll = _poll_named_before(article.text, max(sent.start, start - 160), start)
        if poll is not None:
            return poll  # "A Tarn poll in Ostland has him leading 49%-45%": that poll's figures
    if inside:
        return _to_attribution(min(inside, key=lambda s: s.end - s.start), "sentence")
    # a participle's act after the figure ("pleaded guilty to eight crimes, saying that ...")
    # vouches for its own clause, not for the main clause before it
    here = [s for s in statements[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)]
            if s.speaker and not s.direct and not (s.cue.endswith("ing") and s.cue_span is not None
                                                   and s.cue_span.start >= end)
            and not _before_its_antecedent(article.text, sent.start, s, end)
            and not _outside_the_act(article.text, s, start, end)
            and not _in_a_conjunct_with_its_own_source(article.text, s, start, end)]
    if here:
        return _to_attribution(here[0], "sentence")
    if sentence_index > 0 and _CONTINUES_PREVIOUS.match(sent.text):
        prev = sentences[sentence_index - 1]
        before = [s for s in statements[bisect.bisect_left(starts, prev.start) : bisect.bisect_left(starts, prev.end)]
                  if s.speaker]
        if before:
            return _to_attribution(before[-1], "previous")
    return None
