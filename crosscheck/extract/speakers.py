"""Speakers: what a subject noun phrase names, and one id per real speaker across the corpus.

A subject as written ("Pakistan’s Deputy Interior Minister Tallal Chaudhry", "the agency", "a
senior official", "it") is read into a ``Mention``: the core name, whether it is a person, an
organisation, an anonymous source, a pronoun or a document ("the statement"). The grammar is
closed-class words only (titles, organisation heads, source nouns, pronouns): no names of the
people or places of any story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, utils

from crosscheck.extract.places import is_country
from crosscheck.model import Speaker, Statement

Kind = Literal["person", "org", "anonymous", "pronoun", "document", "unknown"]

#: offices of state, courts and audits: "Treasurer Ann Roe ... the treasurer said" (one list for
#: the title words here and the titles the speech module reads before a name)
OFFICE_TITLES = ("treasurer", "auditor", "comptroller", "registrar", "magistrate", "coroner", "solicitor", "barrister",
                 "ombudsman", "consul", "headteacher", "curator")
#: Ranks and roles written before a name ("Deputy Interior Minister Tallal Chaudhry").
TITLE_WORDS = frozenset(
    ["minister", "ministers", "deputy", "prime", "foreign", "acting", "interim", "president", "vice", "secretary", "general", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "head", "governor", "mayor", "senator", "judge", "justice", "commander", "colonel", "officer", "lawyer", "professor", "dr", "mr", "mrs", "ms", "mullah", "sheikh", "king", "queen", "prince", "premier", "chancellor", "chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "cto", "leader", "representative", "lt", "capt", "sgt", "inspector", "superintendent", "commissioner", "coordinator", "adviser", "advisor", "analyst", "researcher", "expert", "activist", "spokesperson", "ambassador", "captain", "major", "lieutenant", "sergeant", "pope", "bishop", "imam", "cleric", "economist", "official", "founder", "owner", "manager", "executive", "editor", "correspondent", "reporter", "attorney", "counsel", "speaker", "mp", "pm", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "councillor", "councilor", "sir", "lord", "lady", "dame", "haji", "maulana", "mufti",
     "candidate", "nominee", "challenger", "incumbent", "sheriff", "prosecutor", "coach", "teacher", "volunteer",
     "nurse", "frontman", "singer", "actor", "author", "journalist", "columnist", "banker", "physician", "surgeon",
     "boss", "skipper",
     # sport: "the midfielder", "Olympic sprinter Ann Roe"
     "footballer", "midfielder", "striker", "defender", "goalkeeper", "winger", "player", "athlete", "sprinter",
     "supervisor", "administrator", "trustee", "alderman", "assemblyman", "assemblywoman", "delegate",
     "councilmember", "councilwoman", "councilman", "alderwoman", "constable", "detective",
     "gov", "sen", "rep", "gen", "supt", "det", "cmdr", "adm", "col", "maj",
     # a band's members: "Guitarist Billy Roe added"
     "guitarist", "drummer", "bassist", "vocalist", "keyboardist", "pianist", "rapper", "producer",
     *OFFICE_TITLES]
)


def is_title(word: str) -> bool:
    """A title word, or titles joined by hyphens: "director-general", "attorney-general",
    "secretary-general", "governor-general"."""
    low = word.lower().strip(".")
    return low in TITLE_WORDS or ("-" in low and all(part in TITLE_WORDS for part in low.split("-")))


#: "Father-of-one Roe", "mother-of-three Ann Roe": a description of family written before a name
_FAMILY_DESCRIPTION = re.compile(r"(?:father|mother|grandfather|grandmother|dad|mum|mom)-of-[a-z]+", re.IGNORECASE)

#: Heads that make a noun phrase an organisation ("the Taliban refugees ministry").
ORG_HEADS = frozenset(
    ["ministry", "ministries", "department", "office", "government", "administration", "agency", "agencies", "organization", "organisation", "council", "committee", "commission", "authority", "authorities", "police", "army", "navy", "military", "forces", "court", "parliament", "assembly", "party", "union", "bank", "fund", "company", "corporation", "group", "institute", "center", "centre", "association", "federation", "embassy", "palace", "presidency", "cabinet", "regime", "service", "services", "board", "bureau", "directorate", "secretariat", "coalition", "alliance", "movement", "network", "unit", "cell", "command", "mission", "programme", "program", "foundation", "university", "hospital", "firm", "inc", "ltd", "airline", "airport", "station", "channel", "newspaper", "broadcaster", "outlet", "network", "emirate",
     # the heads of newspapers' names: "the Washington Post", "the San Francisco Chronicle"
     "post", "times", "journal", "herald", "tribune", "gazette", "telegraph", "chronicle", "guardian", "news",
     "press", "express", "globe", "inquirer", "examiner", "dispatch", "courier"]
)

#: Nouns that name a source without naming who ("a senior official", "officials", "a source").
SOURCE_NOUNS = frozenset(
    ["official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "witness", "witnesses", "resident", "residents", "observer", "observers", "activist", "activists", "people", "person", "insider", "insiders", "aide", "aides", "officer", "officers", "worker", "workers", "member", "members", "lawmaker", "lawmakers", "authority", "authorities", "police", "critics", "critic", "survivors", "survivor", "relatives", "relative", "doctors", "doctor", "medics", "medic", "neighbours", "neighbors", "refugees", "migrants", "protesters", "protestors", "villagers", "locals", "traders", "economists", "commentators", "scholars", "academics", "historians", "pundits", "fishermen", "farmers", "families", "parents", "students", "voters", "passengers", "rescuers", "investigators", "prosecutors",
     "organizers", "organisers", "campaigners", "volunteers", "monitors",
     # "Detectives described ...", "Scientists say ...": a profession in the plural names no one
     "detectives", "scientists", "researchers"]
)

#: Documents that speak for whoever issued them ("the statement said").
DOCUMENT_NOUNS = frozenset(
    ["statement", "statements", "release", "communique", "communiqué", "report", "letter", "post", "tweet", "video", "document", "memo", "notice", "filing", "declaration", "readout", "transcript", "bulletin", "circular"]
)

#: Lowercase particles written inside personal names ("de Vries", "van der Bellen", "bin Salman").
NAME_PARTICLES = frozenset(
    ["de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "van", "von", "al", "el", "bin", "ibn",
     "la", "le", "ter", "zu"]
)

PERSON_PRONOUNS = frozenset({"he", "she"})
ORG_PRONOUNS = frozenset({"it"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
#: "I", "we", "we’ve" outside quotation marks: a transcript or the writer, never resolved.
FIRST_PERSON = re.compile(r"(?:i|we)(?:[’'](?:ve|re|m|d|ll))?")
#: (the police, like any force named by its head, speaks as an organisation)
_BARE_SOURCES = frozenset({"authorities", "the authorities", "officials", "sources"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these"})
_QUANTIFIERS = frozenset({"some", "many", "several", "most", "other", "few"})
_RELATIVE = re.compile(r"\s(?:who|that)\s")
_POSSESSIVE = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|s’|s')\s+")
_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_POST_MODIFIER = re.compile(
    r"\s+(?:who|which|that|whose|in|from|at|on|under|with|for|of|based|speaking|born)\b"
)
_WORD = re.compile(r"[\w’'.-]+")
#: a full name, then an aside: "[...]", or "(...)" holding a lower-case word ("(Lab)" stays too short to matter)
#: ("(Acme's Director of Football)": a role in capitals, told by its possessive or its "of")
_NAME_ASIDE = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*(?:\[[^\]]{2,80}\]"
                         r"|\((?=[^)]*(?:\b[a-z]{3,}|[’']s\s|\sof\s))[^)]{2,60}\))")
_CAPTION_ASIDE = re.compile(r"\s*\((?:left|right|centre|center|pictured|above|below|top|bottom|inset|file)[^)]{0,20}\)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A subject noun phrase read for who it names."""

    written: str
    name: str
    kind: Kind
    acronym: str | None = None
    #: the head noun for descriptions ("agency" in "the agency"); empty for names
    head: str = ""
    #: True for a bare description ("the agency", "the Taliban minister") that needs a referent
    description: bool = False


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def acronym_of(name: str) -> str:
    """The initials of a name's capitalised words ("International Organization for Migration")."""
    return "".join(w[0] for w in _words(name) if _is_cap(w))


def _strip_determiner(np: str) -> str:
    first, _, rest = np.partition(" ")
    return rest if rest and first.lower() in _DETERMINERS else np


def _strip_possessor(np: str) -> str:
    match = _POSSESSIVE.match(np)
    return np[match.end() :] if match else np


def _head_phrase(np: str) -> str:
    """The noun phrase up to its post-modifiers, as written."""
    cut = _POST_MODIFIER.search(np)
    return np[: cut.start()] if cut else np


def _head_noun(np: str) -> str:
    """The head of a noun phrase: the last word before any post-modifier."""
    cut = _POST_MODIFIER.search(np)
    core = np[: cut.start()] if cut else np
    words = _words(core)
    return words[-1].lower().strip(".’'") if words else ""


#: Initials written as a first or middle name: "J.", "T.S.", "J.R.R."
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
#: Generational suffixes after a surname: not the surname, and not part of the name's look-up
_NAME_SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])
#: letters after a name for a rank at the bar, a seat or an honour ("Ann Roe QC", "Tom Vale MP,
#: leader of ...", "Jo Lee OBE"): not part of the name, or every "QC" would be one person
_POST_NOMINALS = re.compile(
    r"(?<=[a-z’'])(?:\s+(?:QC|KC|SC|MP|MEP|MSP|MLA|MPP|MHA|TD|OBE|CBE|MBE|KBE|DBE|PhD|MD)\b\.?)+(?=\s*(?:,|$))"
)
#: A full name closing a phrase: two capitalised words, or three with a middle initial
_CLOSING_NAME = re.compile(r"(?<![\w.])([A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)\s*(?:,?\s*(?:Jr\.?|Sr\.?|II|III|IV))?\s*$")


#: what an office's name ends on after a title-like adjective ("Foreign Affairs", "Interior Security")
_OFFICE_NOUNS = frozenset(["affairs", "relations", "services", "resources", "works", "operations", "communications",
                           "development", "security", "defence", "defense", "justice", "health", "education", "finance",
                           "trade", "office", "ministry", "department"])
#: a one-word nickname in quotation marks between a first name and a surname: Ann “Annie” Roe
NICKNAME = re.compile(r"(\b[A-Z][\w’'.-]*)\s+[“\"][A-Z][\w’'.-]*[”\"]\s+(?=[A-Z])")
#: auxiliaries that open a question, never a first name ("Will", "May", "Do" can be names)
_QUESTION_OPENERS = frozenset(["Has", "Have", "Had", "Did", "Does", "Is", "Are", "Was", "Were", "Would", "Could",
                               "Should", "Shall", "Must", "Might"])
#: a rank in initials opening a name: "SP", "DSP", "CP" (one word in capitals, then a capitalised one)
_RANK_INITIALS = re.compile(r"\s*[A-Z]{2,4}\.?\s+(?=[A-Z][a-z])")


@lru_cache(maxsize=16384)  # pure, on a phrase; speaker phrases recur across articles
def person_name(np: str) -> str | None:
    """The proper name inside a titled noun phrase, or None when it names no person.

    "Pakistan’s Deputy Interior Minister Tallal Chaudhry" -> "Tallal Chaudhry";
    "Pakistan’s special envoy for Afghanistan, Ambassador Muhammad Sadiq Khan" -> its last name run.
    """
    if np.split(maxsplit=1)[:1] and np.split(maxsplit=1)[0] in _QUESTION_OPENERS:
        return None  # "Has Roe started talks?": a question's auxiliary, then its subject
    if "“" in np or '"' in np:
        np = NICKNAME.sub(r"\1 ", np)  # Sen. Ann “Annie” Roe: the name around the nickname
    np = _POST_NOMINALS.sub("", np)
    if "," in np:
        # "Telford PC, Ann Roe", "Former councillor and ex-mayor of Dudley, Ann Roe", "Mitigating,
        # Ann Roe": a role or a description set off by a comma, then the person's whole name
        tail = np.rsplit(",", 1)[1].strip()
        tail_words = _words(tail)
        if 2 <= len(tail_words) <= 5 and all(_is_cap(w) or w in NAME_PARTICLES for w in tail_words) \
                and (named := person_name(tail)) is not None:
            return named
    rank = _RANK_INITIALS.match(np)
    if rank is not None:
        # "CP Ann Roe", "DSP Tom Vale": a police or military rank in initials, then the name
        after = _words(np[rank.end() :])
        if 2 <= len(after) <= 3 and all(_is_cap(w) for w in after) and (named := person_name(np[rank.end() :])):
            return named
    words = _words(np.replace(",", " , "))
    last_title = -1
    for i, w in enumerate(words):
        low = w.lower().strip(".")
        # ("President-elect", "Mayor-elect": the title before taking office)
        if is_title(low) or _FAMILY_DESCRIPTION.fullmatch(w) or (low.endswith("-elect") and low[:-6] in TITLE_WORDS):
            last_title = i
    run: list[str] = []
    rest = words[last_title + 1 :]
    if last_title >= 0 and rest[:1] in (["of"], ["for"]):
        # "Secretary of Transportation Pete Buttigieg": the office's name, then the person's,
        # the last two capitalised words (three with a middle initial) closing the phrase
        closing = _CLOSING_NAME.search(np)
        if closing and closing.group(1).split()[-1].lower() in ORG_HEADS:
            return None  # "a spokesperson for the Civil Defence Agency": a body, no one's name
        return closing.group(1) if closing and _is_cap(closing.group(1)) else None
    # The name follows its title at once: "envoy for Afghanistan" names no one.
    for i, w in enumerate(rest):
        if w.endswith(("’s", "'s")) and run:
            return None  # "Mayor Ann de Vries's office": what the person owns speaks, not the person
        if w in _NAME_SUFFIXES:
            break  # "T.S. Ellis III", "Martin Luther King Jr.": the name without its suffix
        # "David O. Brown", "T.S. Ellis": initials inside or opening a name
        initial = _INITIALS.fullmatch(w) is not None
        if _is_cap(w) and w.lower() not in ORG_HEADS and (not w.isupper() or initial) and not w.endswith(("’s", "'s")):
            run.append(w)
        elif run and w in NAME_PARTICLES and _is_cap(next((x for x in rest[i:] if x not in NAME_PARTICLES), "")):
            run.append(w)  # "Ann de Vries", "Karl von der Heide": lowercase particles inside a name
        else:
            break
    if last_title >= 1 and len(run) == 1 and words[last_title - 1].lower() == "of" and run[0].lower() in _OFFICE_NOUNS:
        return None  # "the Department of Foreign Affairs", "Ministry of Home Affairs": an office's name
    if last_title >= 0 and run:
        return " ".join(run)
    if last_title < 0 and 2 <= len(run) <= 4 and len(run) == len(words):
        return " ".join(run)
    return None


_PLATFORMS = frozenset(["twitter", "x", "facebook", "instagram", "tiktok", "telegram", "youtube", "linkedin", "threads",
                        "truth social", "bluesky", "weibo", "wechat", "whatsapp", "reddit"])
#: "a Downing Street statement": capitalised words right before the document noun
_ISSUER_BEFORE_DOCUMENT = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+(?P<issuer>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+"
    # "Lee’s resignation statement": whose it is
    r"|(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})[’']s\s+(?:[a-z]+\s+)?)"
    r"(?:(?:press|news|written|official|joint)\s+)?(?P<doc>[a-z]+)"
)


#: a capitalised name in the possessive and nothing after it: "Reed's", "Ann Lee’s"
_POSSESSIVE_NAME = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s")


#: a description ending in a lower-case word, then a full name of two or three words
_DESCRIBED_NAME = re.compile(r"(?:\S+\s+)*?(?P<before>[a-z][\w’'-]*)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
#: words before a name that make it a place or a body the description is of or in
_NOT_BEFORE_NAME = frozenset(["of", "in", "at", "on", "from", "for", "by", "with", "to", "the", "a", "an", "and", "or",
                              "into", "across", "near", "outside", "inside", "around", "across", "near", "over"])


@lru_cache(maxsize=16384)  # pure, and Mention is frozen: one instance can be shared


def read_mention(np: str) -> Mention:
    """Read a subject noun phrase as written in the text."""
    # "Andy Holt (centre) said", "Jane Roe (pictured)": a caption's aside, not part of the name
    written = _CAPTION_ASIDE.sub("", np).strip(" ,")
    # "Ann Roe (playing the mayor)", "Tom Reed [the party's spokesman]": an aside after a full
    # name, in square brackets or in words, is what the person is, not part of the name
    aside = _NAME_ASIDE.fullmatch(written)
    if aside is not None and person_name(aside.group("name")) is not None:
        written = aside.group("name")
    low = written.lower()
    words = _words(written)
    if not words:
        return Mention(written, written, "unknown")
    if low in PERSON_PRONOUNS or low in ORG_PRONOUNS or low in PLURAL_PRONOUNS or FIRST_PERSON.fullmatch(low):
        return Mention(written, written, "pronoun")
    owner = _POSSESSIVE_NAME.fullmatch(written)
    if owner is not None and (owned := read_mention(owner.group(1))).kind == "person":
        # "Tom Reed's wrote" (a slip), or "Tom Reed's" cut from "Tom Reed's detailed statement":
        # a person's name in the possessive alone speaks for the one it names. One word in the
        # possessive is as often a firm's whole name ("Fenwick's", "Harrow's") and stays as written.
        return replace(owned, written=written)
    acronym_match = _ACRONYM_IN_PARENS.search(written)
    acronym = acronym_match.group(1) if acronym_match else None
    head = _head_noun(written.replace(acronym_match.group(0), "") if acronym_match else written)
    first = words[0].lower()
    # A document speaks for its issuer: "a statement from X", "the press release issued from X".
    # "the statement", "a post on X"; a capitalised "Post" names a newspaper ("Washington Post")
    if any(w in DOCUMENT_NOUNS for w in words[:4]) or (head in DOCUMENT_NOUNS and _words(_head_phrase(written))[-1:] == [head]):
        issuer = re.search(r"\b(?:from|by|of)\s+(.+)$", written)
        if issuer and any(_is_cap(w) for w in _words(issuer.group(1))):
            inner = read_mention(issuer.group(1))
            return replace(inner, written=written)
        # "a National Audit Office (NAO) report": the acronym in brackets stands inside the issuer's name
        named = _ISSUER_BEFORE_DOCUMENT.fullmatch(" ".join(_ACRONYM_IN_PARENS.sub("", written).split()))
        if named and named.group("doc").lower() in DOCUMENT_NOUNS and named.group("owner"):
            inner = read_mention(named.group("owner"))
            if inner.kind in {"org", "person", "unknown"}:
                return replace(inner, written=written, description=False)
        if named and named.group("doc").lower() in DOCUMENT_NOUNS and named.group("issuer") \
                and named.group("issuer").lower() not in _PLATFORMS:
            # "a Downing Street statement", "a White House readout": the issuer names it, a body
            # more often than not ("a Facebook post" names where, not who)
            inner = read_mention(named.group("issuer"))
            if inner.kind in {"org", "person", "unknown"}:
                return replace(inner, written=written, kind="org", description=False)
        return Mention(written, written, "document", head=head, description=True)
    name = person_name(written)
    if name:
        return Mention(written, name, "person")
    described = _DESCRIBED_NAME.fullmatch(written)
    if described and described.group("before").lower() not in _NOT_BEFORE_NAME and described.group("before") not in ORG_HEADS \
            and (name := person_name(described.group("name"))):
        # "Dutch footballer Ann Roe", "World Cup star Ann Roe": a description in lower-case
        # words, then the person's full name
        return Mention(written, name, "person")
    core = _strip_possessor(written)
    core_words = _words(core)
    core_first = core_words[0].lower() if core_words else ""
    has_proper = any(_is_cap(w) for w in core_words[1:]) or (
        core_first not in _DETERMINERS and core_words and _is_cap(core_words[0])
    )
    if low in _BARE_SOURCES:
        return Mention(written, written, "anonymous", head=head)  # "authorities said": no one named
    if head in ORG_HEADS or (acronym and head not in SOURCE_NOUNS):
        name = _org_core(core)
        # "the agency", "the Taliban refugees ministry": a description that points back
        points_back = core_first in _DETERMINERS and not _capitalised_org(name)
        return Mention(written, name, "org", acronym=acronym, head=head, description=points_back)
    # "Afghans who crossed the border", "some economists": people no one names
    unnamed_people = head.endswith("s") and (first in _QUANTIFIERS or _RELATIVE.search(written) is not None)
    if head in SOURCE_NOUNS or first in {"a", "an"} or low in {"officials", "sources"} or unnamed_people:
        if is_title(head) and has_proper and first not in {"a", "an"}:
            # "the Taliban minister": a description of someone named elsewhere
            return Mention(written, written, "person", head=head, description=True)
        return Mention(written, written, "anonymous", head=head)
    if is_title(head):
        return Mention(written, written, "person", head=head, description=True)
    if first in {"this", "these"} and len(words) <= 4 and not any(_is_cap(w) for w in words[1:]) \
            and head not in _PEOPLE_WORDS:
        # "This budget reports ...", "These plans say ...": a thing the text just put forward speaks
        # as a document does, for whoever issued it
        return Mention(written, written, "document", head=head, description=True)
    bare = [w for w in core_words if w.lower() not in _DETERMINERS]
    if len(bare) == 1 and bare[0].isupper() and len(bare[0]) >= 2:
        return Mention(written, bare[0], "org", acronym=bare[0], head=head)
    possessor = _POSSESSIVE.match(written)
    if possessor and len(core_words) == 1 and _is_cap(core_words[0]) \
            and not is_country(possessor.group().strip().removesuffix("’s").removesuffix("'s")):
        # "Fenwick's Bakery": one capitalised word after a possessor that is no country is the
        # rest of a firm's name, not a body the possessor owns ("Norland's Zenbank" keeps the firm)
        return Mention(written, _strip_determiner(written), "unknown", acronym=acronym)
    if _is_cap(words[0]) and len(words) <= 4:
        # A bare capitalised name: a surname ("Dar"), a capital ("Kabul") or a country.
        return Mention(written, _org_core(core), "unknown", acronym=acronym)
    return Mention(written, written, "unknown", head=head)


#: people a demonstrative can point back to ("this man said"), unlike a thing put forward
_PEOPLE_WORDS = frozenset(["man", "men", "woman", "women", "person", "people", "boy", "boys", "girl", "girls",
                           "child", "children", "family", "families", "group", "couple", "team", "side"])


def _capitalised_org(name: str) -> bool:
    words = _words(name)
    return bool(words) and all(_is_cap(w) or w.lower() in {"of", "and", "for", "the"} for w in words)


#: adjectives that open institutions' own names ("International Court of Fisheries", "Supreme
#: Court of Appeal"), unlike a possessor before a head ("the Taliban Ministry of ...")
_NAME_ADJECTIVES = frozenset(["International", "National", "Supreme", "Federal", "European", "Central", "High",
                              "Royal", "General", "World", "Constitutional", "Permanent", "Criminal", "Higher",
                              "Regional", "Provincial", "Metropolitan", "Municipal", "Economic", "Security"])


def _org_core(np: str) -> str:
    """An organisation's name without the article, possessor and parenthesised acronym.

    "the Taliban Ministry of Refugees and Repatriation" keeps "Ministry of Refugees and
    Repatriation": a capitalised head that takes an of-phrase is the start of the proper name.
    """
    core = _ACRONYM_IN_PARENS.sub("", _strip_possessor(np)).strip(" ,")
    words = core.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    for i, w in enumerate(words):
        if w.lower() in ORG_HEADS and _is_cap(w) and i + 1 < len(words) and words[i + 1] == "of":
            # "the International Court of Fisheries": words of the name itself stay
            if not all(before in _NAME_ADJECTIVES for before in words[:i]):
                words = words[i:]
            break
    return " ".join(words).strip(" ,")


_AFTER_HEAD = frozenset({",", "for", "of", "in", "at", "on", "under", "with", "from", "to", "who", "which"})


def _side_word(word: str) -> str:
    """A place or group word cut to a stem shared by its noun and adjective: Pakistan/Pakistani."""
    w = word.lower().removesuffix("’s").removesuffix("'s").strip(".’'")
    return w[:5]


@lru_cache(maxsize=4096)
def side_of(written: str, name: str = "") -> frozenset[str]:
    """The side a speaker's name puts it on: the possessor and the capitalised words before
    its title or head ("Pakistan’s interior ministry", "acting Afghan Foreign Minister X",
    "the Taliban Ministry of ..."), cut to a stem so the noun meets the adjective. A bare
    one-word name that is no person ("Pakistan") is its own side. Words after the head ("envoy
    for Afghanistan") say what the speaker deals with, not whose it is: they do not count, nor
    do the words of ``name``, the speaker's own name."""
    words = _words(written)
    if not words:
        return frozenset()
    mention = read_mention(written)
    if len(words) == 1 and mention.kind in {"org", "unknown"} and _is_cap(words[0]) and not words[0].isupper():
        return frozenset({_side_word(words[0])})
    name_words = set((person_name(written) or "").split()) | set(name.split())
    side: set[str] = set()
    for w in _words(written.replace(",", " , ")):
        low = w.lower().strip(".’'").removesuffix("’s").removesuffix("'s")
        if low in ORG_HEADS or low in SOURCE_NOUNS or low in _AFTER_HEAD:
            break  # the head or a post-modifier: what follows names the office, not its side
        if low in TITLE_WORDS:
            continue
        if _is_cap(w) and w not in name_words and low not in _DETERMINERS and len(low) >= 3 and not w.isupper():
            side.add(_side_word(w))
    return frozenset(side)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", utils.default_process(name)).strip("-") or "speaker"


# --------------------------------------------------------------------------- corpus-wide


def _content_tokens(name: str) -> frozenset[str]:
    stop = {"the", "of", "and", "for", "a", "an", "s"}
    return frozenset(
        w for w in utils.default_process(name.replace("’s", "").replace("'s", "")).split() if w not in stop
    )


_COORDINATED = re.compile(r"\band\s+(?:the|its|their)\s", re.IGNORECASE)


def same_speaker(a: str, b: str, a_person: bool, b_person: bool) -> bool:
    """Two names for one speaker: surname match for people, token subset or acronym for groups."""
    if not a or not b:
        return False
    pa, pb = utils.default_process(a), utils.default_process(b)
    if pa == pb:
        return True
    if a_person or b_person:
        wa, wb = pa.split(), pb.split()
        if not wa or not wb:
            return False
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if len(short) == 1:
            return short[0] == long_[-1]
        return fuzz.token_sort_ratio(pa, pb, processor=None, score_cutoff=90) >= 90
    if a.isupper() and len(a) >= 2 and acronym_of(b) == a:
        return True
    if b.isupper() and len(b) >= 2 and acronym_of(a) == b:
        return True
    ta, tb = _content_tokens(a), _content_tokens(b)
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    # "X and the Y" names two speakers: it holds the words of each and is neither
    if len(small) >= 2 and small <= big and not _COORDINATED.search(a) and not _COORDINATED.search(b):
        return True
    return fuzz.token_sort_ratio(pa, pb, processor=None, score_cutoff=92) >= 92


#: Titles written as initials, for matching a description to a name's written titles.
TITLE_INITIALS = {
    "pm": "prime minister", "fm": "foreign minister", "ceo": "chief executive", "cfo": "chief financial officer",
    "coo": "chief operating officer", "cto": "chief technology officer", "gov": "governor",
    "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant", "sgt": "sergeant",
    "capt": "captain", "supt": "superintendent", "det": "detective",
}


#: heads a writer gives any leader ("the football boss", "the head of the agency")
GENERIC_LEADERS = frozenset(["boss", "chief", "head"])
#: the titles such a head may stand for
LEADER_TITLES = frozenset(["boss", "chief", "president", "chairman", "chairwoman", "chair", "head", "director", "leader",
                           "ceo", "executive", "owner", "manager", "secretary", "governor"])


def spelled_titles(written: str) -> str:
    """A speaker as written, lower case, with its titles' initials spelled out beside them
    ("Gov. Jane Roe" -> "gov. governor jane roe"), for matching a description ("the governor")."""
    out = []
    for w in written.lower().split():
        out.append(w)
        full = TITLE_INITIALS.get(w.strip(".,"))
        if full:
            out.append(full)
    return " ".join(out)


def title_words(description: str) -> frozenset[str]:
    """The content words of a title, initials spelled out ("the PM" -> prime, minister)."""
    words = _content_tokens(description) - {"its", "his", "her", "their"}
    out: set[str] = set()
    for w in words:
        out.update(TITLE_INITIALS.get(w, w).split())
    return frozenset(out)


def _merge_descriptions(groups: list[list[str]], statements: Sequence[Statement]) -> list[list[str]]:
    """Join a description ("the acting foreign minister of Taliban") to the one named person
    whose written titles hold all its words ("The Taliban administration’s acting foreign
    minister Amir Khan Muttaqi"). Ambiguous descriptions stay on their own."""
    written: dict[str, set[str]] = {}
    for st in statements:
        if st.speaker and st.speaker_span is not None:
            written.setdefault(st.speaker, set()).add(st.speaker_span.text)
    named = [g for g in groups if person_name(g[0]) or any(person_name(w) for w in written.get(g[0], ()))]
    out: list[list[str]] = []
    for group in groups:
        head = group[0]
        mention = read_mention(head)
        if group in named or not (mention.kind == "person" and mention.description):
            out.append(group)
            continue
        words = title_words(head)
        fits = [
            g for g in named
            if len(words) >= 2 and any(_holds_title(words, mention.head, _content_tokens(spelled_titles(w)))
                                       for name in g for w in written.get(name, {name}))
        ]
        if len(fits) == 1:
            fits[0].extend(group)
        else:
            out.append(group)
    return [g for g in out if g]


def _holds_title(words: frozenset[str], head: str | None, tokens: frozenset[str]) -> bool:
    """Whether a name's written titles (``tokens``) hold a description's words; "the head of
    the agency" and "the agency boss" are any leader's title of that field ("agency chief")."""
    if head in GENERIC_LEADERS:
        return words - GENERIC_LEADERS <= tokens and not tokens.isdisjoint(LEADER_TITLES)
    return words <= tokens


def _merge_one_office(
    groups: list[list[str]], statements: Sequence[Statement], is_person: dict[str, bool]
) -> list[list[str]]:
    """Join "Mexico's navy" (read as "navy") to "the Mexican navy": an organisation whose words
    all lie in another's name, with the same head and the one side its possessor or modifier
    names. Two sides ("Chile's navy", "Peru's navy" both read "navy") join nothing."""
    written: dict[str, set[str]] = {}
    for st in statements:
        if st.speaker and st.speaker_span is not None and not st.anonymous:
            written.setdefault(st.speaker, set()).add(st.speaker_span.text)

    def sides(group: list[str]) -> frozenset[str]:
        out: set[str] = set()
        for name in group:
            for w in written.get(name, {name}):
                out |= side_of(w)
        return frozenset(out)

    orgs = [g for g in groups if not any(is_person.get(n, False) for n in g) and _head_noun(g[0]) in ORG_HEADS]
    merged: set[int] = set()
    for small in sorted(orgs, key=lambda g: len(_content_tokens(g[0]))):
        side = sides(small)
        if len(side) != 1:
            continue
        fits = [
            big for big in orgs
            if big is not small and id(big) not in merged and _head_noun(big[0]) == _head_noun(small[0])
            and _content_tokens(small[0]) < _content_tokens(big[0]) and side <= sides(big)
        ]
        if len(fits) == 1:
            fits[0].extend(small)
            merged.add(id(small))
    return [g for g in groups if id(g) not in merged]


def resolve_speakers(statements: Sequence[Statement]) -> tuple[list[Statement], list[Speaker]]:
    """One speaker id per real speaker across the corpus; aliases gathered from every article.

    Named speakers are grouped greedily, longest name first, so "Dar" joins "Ishaq Dar" rather
    than founding its own speaker. Anonymous sources each stay their own speaker, flagged. The
    names written over a statement's other passages ("Pakistan assures Kabul" restating its
    minister) are speakers too, so a figure attributed to them elsewhere finds its speaker.
    """
    names: dict[str, bool] = {}
    for st in statements:
        spoken = [st.speaker] if st.speaker and not st.anonymous else []
        spoken += [m.name for m in (read_mention(p.speaker_span.text) for p in st.parts if p.speaker_span)
                   if m.kind in {"person", "org", "unknown"} and not m.description]
        for name in spoken:
            is_person = read_mention(name).kind == "person" or len(name.split()) >= 2 and (
                person_name(name) is not None
            )
            names[name] = names.get(name, False) or is_person
    groups: list[list[str]] = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for group in groups:
            if same_speaker(group[0], name, names[group[0]], names[name]):
                group.append(name)
                break
        else:
            groups.append([name])
    groups = _merge_descriptions(groups, statements)
    groups = _merge_one_office(groups, statements, names)
    canonical: dict[str, str] = {}
    speakers: dict[str, Speaker] = {}
    for group in groups:
        sid = slug(group[0])
        while sid in speakers:
            sid += "-2"
        for name in group:
            canonical[name] = sid
        written = sorted({name for name in group})
        speakers[sid] = Speaker(id=sid, name=group[0], aliases=tuple(written))
    anonymous: dict[str, Speaker] = {}
    out: list[Statement] = []
    for st in statements:
        if st.anonymous and st.speaker:
            sid = "anonymous-" + slug(st.speaker)
            anonymous.setdefault(sid, Speaker(id=sid, name=st.speaker, anonymous=True))
            out.append(replace(st, speaker_id=sid))
        elif st.speaker and st.speaker in canonical:
            out.append(replace(st, speaker_id=canonical[st.speaker]))
        else:
            out.append(st)
    # Aliases as written in the articles (titles and all), not only the resolved names.
    written_by_id: dict[str, set[str]] = {}
    for st in out:
        if st.speaker_id in speakers and st.speaker_span is not None:
            if read_mention(st.speaker_span.text).kind not in {"pronoun", "document"}:
                written_by_id.setdefault(st.speaker_id, set()).add(st.speaker_span.text)
    for sid, more in written_by_id.items():
        sp = speakers[sid]
        speakers[sid] = replace(sp, aliases=tuple(sorted(set(sp.aliases) | more)))
    return out, sorted([*speakers.values(), *anonymous.values()], key=lambda s: s.id)
