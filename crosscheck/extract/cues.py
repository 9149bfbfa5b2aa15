"""Speech acts in one sentence: the cue, the speaker noun phrase and the content, as offsets.

The grammar, sentence by sentence:

* a speech cue outside quotation marks ("said", "told AFP", "warned", "called on", "denies",
  "issued a statement", "according to") with a subject before it (leading frame: "X said that
  ...", "X urged Y to ...") or after the content (trailing frame: "“...,” the agency said",
  "..., a senior official said on Friday"), or after the verb ("“...,” said the minister");
* a headline "X: ..." or "X says ..." is a speech act like any other;
* a cue inside another act's content ("Dar said that Afghanistan has assured ...") is part of
  that content, not an act of its own.

Verbs that report words ("said", "warned that") take the clause after them as content; verbs
that are themselves the speech act ("called on", "denies", "voiced concern") keep the verb in
the content, so "He voiced concern over ..." reads as said. Who the subject names, and whether
the act is a statement at all, is for :mod:`crosscheck.extract.speech` to decide.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from crosscheck.extract.quotes import Quote
from crosscheck.extract.speakers import (
    DOCUMENT_NOUNS,
    NAME_PARTICLES,
    NICKNAME,
    ORG_HEADS,
    SOURCE_NOUNS,
    TITLE_WORDS,
    person_name,
    read_mention,
)
from crosscheck.model import Sentence, Span

# --------------------------------------------------------------------------- the cue lexicon

#: Verbs that report words: the content is the clause after them.
_SAY = (
    r"said|says|say|saying|told|tells|added|adds|stated|states|noted|notes|explained|explains"
    r"|announced|announces|claimed|claims|insisted|insists|argued|argues|warned|warns|cautioned"
    r"|assured|assures|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates"
    r"|confirmed|confirms|acknowledged|acknowledges|admitted|admits|declared|declares|wrote|writes"
    r"|tweeted|posted|predicted|predicts|promised|promises|pledged|pledges|vowed|vows|suggested"
    r"|alleged|alleges|asserted|asserts|recalled|replied(?!\s+to\b)|responded(?!\s+to\b)"
    r"|estimated|disclosed|revealed|reported|reports|underlined|underscored"
    r"|highlighted|highlights|informed|reminded|warn|argue|insist|claim|note|stress|predict|contend"
    r"|pointed\s+out|points\s+out|continued|continues"
    # "“...,” opened Ann Roe", "“...,” he quipped", "She went on: “...”": verbs of opening, going on
    # or a manner of speaking, speech only beside a quote (``_QUOTE_BOUND``), or with a that-clause
    # for some ("complained that ...")
    # "is warning that ...", "were insisting that ...": the progressive, with its that-clause (a
    # participle with no "be" before it is read as one, ", warning that ...")
    r"|warning(?=\s+that\b)|claiming(?=\s+that\b)|insisting(?=\s+that\b)|arguing(?=\s+that\b)"
    r"|suggesting(?=\s+that\b)|predicting(?=\s+that\b)|stressing(?=\s+that\b)|maintaining(?=\s+that\b)"
    r"|opened|began|concluded|went\s+on(?!\s+to\b)|quipped|joked|retorted|countered|mused|exclaimed|sighed|boasted"
    r"|complained|pleaded|protested|scoffed|snapped|fumed|whispered|offered|observed|interjected|chimed\s+in"
    # "Health officials emphasize that ...": the plural present of a verb of stance
    r"|emphasi[sz]e|reiterate|assert"
    # "“...,” the coach affirmed", "He reaffirmed that ...": a stance stated (again)
    r"|affirmed|affirms|reaffirmed|reaffirms"
    # "One man shouted \"...\"": a raised voice reports words only when the words follow
    r"|shouted(?=\s*[,:]?\s*[“\"])|yelled(?=\s*[,:]?\s*[“\"])|screamed(?=\s*[,:]?\s*[“\"])"
    r"|clarified|clarifies|commented|confessed|confesses|remarked|conceded|concedes"
    r"|contends|contended|allege|admit|acknowledge|testified|testifies"
    # "maintains that ...", "“...,” she maintained": a stance held; "maintain *a* low profile",
    # "maintained a lead" are deeds
    r"|maintained(?!\s+(?:a|an)\s)|maintains(?!\s+(?:a|an)\s)|maintain(?!\s+(?:a|an)\s)"
    # "recounted, “...”", "recounted that ...", "recounted how ...": a witness's telling
    # ("recounted the votes" is a deed)
    + "".join(rf"|{verb}(?=\s*[,:]?\s*[“\"]|\s+(?:that|how|telling|asking)\b|\s*[.,])" for verb in ("recounted", "recounts"))
    + r""
    # "reckons the port will reopen" ("a force to reckon with" is none), "is adamant that ...",
    # "accepted that the plan failed" ("accepted that offer" is a deed: a clause's subject must follow)
    r"|reckons|reckon(?!\s+with\b)|reckoned(?=\s+that\b)|adamant(?=\s+that\b)|insistent(?=\s+that\b)"
    r"|remains\s+adamant(?=\s+that\b)|remained\s+adamant(?=\s+that\b)"
    + "".join(rf"|{verb}(?=\s+that\s+(?:he|she|it|they|we|I|you|there|the|a|an|his|her|their|its|our|this|these|those"
              rf"|some|no|many|[A-Z][\w’'-]*|[a-z]+s\s+(?:were|are|had|have|would|could|will))\b)"
              for verb in ("accepted", "accepts", "accept"))
    + r""
    # "concluded that ...": a conclusion said, not an event that ended ("the trial concluded")
    r"|concluded(?=\s+that\b)|concludes(?=\s+that\b)"
    # "the court ruled on Friday that ...", "signalled that ...", "indicated that ...": a ruling or a
    # hint put in words, only with its that-clause ("ruled the country", "indicated a turn" are deeds)
    + "".join(rf"|{verb}(?=(?:\s+(?:on|this|last|late|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
              rf"|Sunday|morning|afternoon|evening|today|yesterday)){{0,3}}\s+that\s)"
              for verb in ("ruled", "rules", "signaled", "signalled", "signals", "indicated", "indicates"))
    + r""
    # "“...”, indicates the prosecutor": after a quote and a comma the words were what was indicated
    + "".join(rf"|{verb}(?<=[”\"],\s{verb})(?=\s+(?:the\s|[A-Z]))|{verb}(?<=,[”\"]\s{verb})(?=\s+(?:the\s|[A-Z]))"
              for verb in ("indicated", "indicates"))
    + r""
    # "The company expects demand to keep rising", "expects that ...": an expectation stated, with
    # its clause; not being expected ("is expected to rise"), nor "the expected cut"
    + "".join(rf"|{verb}" + "".join(rf"(?<!{be}\s{verb})" for be in ("is", "are", "was", "were", "be", "been", "being"))
              + r"(?=\s+that\s|\s+(?:the|this|these|those|its|their|his|her|it|them|[a-z]+s)\b"
              r"(?:\s+(?!that\b|which\b|who\b)[\w’'-]+){0,4}\s+to\s+[a-z]+)"
              for verb in ("expects", "expected"))
    + r""
    # "indicated this trend will continue": a hint with its clause and no "that", told by the modal
    # of its verb after a short subject ("indicated a turn" is a deed)
    + "".join(rf"|{verb}(?=\s+(?:the|this|these|that|those|its|their|his|her|it|they|[a-z]+s)\b"
              rf"(?:\s+(?!that\b|which\b|who\b)[\w’'-]+){{0,3}}\s+(?:will|would|could|may|might|should|can)\s+[a-z])"
              for verb in ("indicated", "indicates", "signaled", "signalled", "signals"))
    + r""
    # "The letter read: “...”", "“...,” it read.", "quotes from X, which read:": a document's
    # words, after "it", "which" or a document's noun ("read the verdict", "she read, then" are deeds)
    + "".join(rf"|{verb}(?<={word}\s{verb})(?=\s*[:.,](?!\d))" for verb in ("read", "reads")
              for word in ("it", "It", "which", "statement", "letter", "message", "note", "post", "tweet", "email",
                           "release", "document", "notice", "communique", "memo"))
    + r""
    # "requested Friday, “...”": a request in the speaker's words ("requested a recount" is a deed)
    r"|requested(?=(?:\s+[A-Z][a-z]+)?\s*[,:]\s*[“\"])"
    # "shared on Tuesday afternoon that ...": words shared, only with a that-clause after the time
    # ("shared a house that ..." is a deed)
    r"|shared(?=(?:\s+(?:on|this|last|late|early|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|morning|afternoon|evening|night|today|yesterday)){0,3}\s+that\s)"
    # "the mayor is warning that ...", "they were insisting that ...": a stance in the
    # progressive, only after a form of "be" and before "that" ("warning signs", "a warning that")
    + "".join(rf"|{verb}(?<={be}\s{verb})(?=\s+that\s)" for verb in ("warning", "insisting", "arguing", "claiming",
                                                                      "stressing", "predicting", "suggesting")
              for be in ("is", "are", "was", "were", "been"))
    + r""
    # "did state that ...", "does concede that": a bare verb after "did"/"does" (alone, "the state"
    # and "a reveal" are nouns)
    + "".join(rf"|{verb}(?<=did\s{verb})|{verb}(?<=does\s{verb})"
              for verb in ("state", "confirm", "reveal", "announce", "explain", "mention", "concede", "acknowledge"))
)
#: Verbs that are the speech act: the content keeps the verb ("called on Islamabad to ...").
_ACT = (
    r"urged|urges|urge|advised|advises|called\s+(?:on|upon|for)|calls\s+(?:on|upon|for)|demanded|demands"
    r"|appealed|appeals|denied|denies|deny|rejected|rejects|dismissed|dismisses|condemned"
    # "The union denounces “grave incidents”": a condemnation in the words quoted ("denounced the
    # ruling as ..." is read with what it was called)
    r"|denounced(?=\s+[“\"])|denounces(?=\s+[“\"])"
    r"|condemns|critici[sz]ed|critici[sz]es|accused|accuses|blamed|blames|expressed|expresses"
    r"|voiced|voices|welcomed|welcomes|praised|praises|hailed|hails|lamented|laments|regretted"
    r"|issued\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}(?:statement|release|warning|appeal)"
    # "described the plan as “reckless”": a characterisation, with the quote it gives
    # ("is describing the storm as “a disaster”": the same, in the progressive)
    r"|described(?=\s[^.;:“”\"]{1,60}?\sas\s[^.;:“”\"]{0,60}?[“\"‘])|describes(?=\s[^.;:“”\"]{1,60}?\sas\s[^.;:“”\"]{0,60}?[“\"‘])"
    r"|describing(?=\s[^.;:“”\"]{1,60}?\sas\s[^.;:“”\"]{0,60}?[“\"‘])"
    r"|celebrated(?=\s[^.;:“”\"]{1,60}?\sas\s[^.;:“”\"]{0,60}?[“\"‘])"
    # "denounced the ruling as “false”", "characterized the move as a “reset”", "touted the plan as
    # the “best ever”": the same characterisation, with the quote it gives
    + "".join(rf"|{verb}(?=\s(?:[^.;:“”\"]|\.(?=\S)|(?<=[A-Z])\.){{1,60}}?\sas\s[^.;:“”\"]{{0,60}}?[“\"‘])"
              for verb in ("denounced", "denounces", "characteri[sz]ed", "characteri[sz]es", "touted", "touts",
                           "branded", "brands", "labeled", "labelled"))
    + r""
    # "ordered the company to restore ...", "asked residents to stay ...": a directive, its addressee
    # and what they are to do ("asked them to do" is a pro-verb, no content; "ordered a review" a deed)
    + "".join(rf"|{verb}(?=\s+(?!by\b|for\b)[^.;:“”\"]{{1,60}}?\s+to\s+(?!do\b|so\b)[a-z]{{2,}})"
              for verb in ("ordered", "orders", "asked", "asks"))
    + r""
    # "credited the new line with lifting sales": a cause named in words, what it is credited with
    # a deed ("credited $40 to the account", "was credited with the goal" are none)
    r"|credited(?=\s(?!to\b|with\b)[^.;:“”\"]{1,160}?[\s—–]with\s+[a-z]+ing\b)"
    r"|credits(?=\s(?!to\b|with\b)[^.;:“”\"]{1,160}?[\s—–]with\s+[a-z]+ing\b)"
    # "was quick to accuse the agency of ...": the bare verb after "to"
    r"|accuse(?<=to\saccuse)(?=\s[^.;:]{1,80}?\sof\s)"
    # "called the findings “flawed”": a name given in the speaker's words (not "called on/for")
    # (a straight single mark too: "called the wait a 'national scandal'")
    r"|called(?=\s(?!on\b|upon\b|for\b)[^.;:“”\"]{1,50}?\s[“\"‘'])|calls(?=\s(?!on\b|upon\b|for\b)[^.;:“”\"]{1,50}?\s[“\"‘'])"
    r"|call(?=\s(?!on\b|upon\b|for\b)[^.;:“”\"]{1,50}?\s[“\"‘])"
    # "slammed X for showing ...", "lambasted X", "hit out at X": an attack in words ("slammed the
    # coast for hours" is none: what it is slammed for is a deed or a quality)
    r"|slammed(?=\s[^.;:]{1,80}?\s(?:for|as)\s+(?:[a-z]+ing\b|an?\s|his\s|her\s|their\s|its\s|[“\"‘]))"
    r"|slams(?=\s[^.;:]{1,80}?\s(?:for|as)\s+(?:[a-z]+ing\b|an?\s|his\s|her\s|their\s|its\s|[“\"‘]))"
    r"|lambasted|lambasts|hit\s+out\s+at|hits\s+out\s+at"
    # "the judge cited his lack of candour and “remarkable ease”": a reason given in the
    # speaker's words, or "cited X as ..."; "cited the driver (for speeding)" is a ticket
    r"|cited(?!(?:\s+[^\s.;:]+){1,3}\s+for\b)(?=\s[^.;:]{1,80}?(?:[“\"‘]|\sas\s))"
    r"|cites(?!(?:\s+[^\s.;:]+){1,3}\s+for\b)(?=\s[^.;:]{1,80}?(?:[“\"‘]|\sas\s))"
    # "cited poor results for the decision to ...": the reasons for a decision ("cited the driver
    # for the crash" is a ticket, so only a decision's nouns)
    r"|cited(?=\s[^.;:“”\"]{1,80}?\sfor\s+(?:the|his|her|their|its)\s+(?:decision|move|choice|sacking|sackings"
    r"|dismissal|dismissals|departure|resignation|delay|delays|cuts|closure|layoffs|ruling)\b)"
)
#: Auxiliaries and adverbs a cue verb may carry ("has long been saying", "did not deny").
_AUX_WORDS = (
    r"has|have|had|is|are|was|were|will|would|could|also|previously|strongly|repeatedly"
    r"|further|later|earlier|again|long|been|then|reportedly|once|already|publicly|firmly|openly"
    r"|recently|categorically|sharply|flatly|now|not|never|did|does|do|instead"
    # "Acme still maintains ...", "the plan not only shows ...": focus adverbs, no part of the subject
    r"|still|only|even"
    # "did, however, say that ...": a parenthetical adverb between the auxiliary and the verb
    # "was quick to accuse", "went on to say": the act is the verb after "to"
    r"|was\s+(?:quick|swift|keen|eager)\s+to|were\s+(?:quick|swift|keen|eager)\s+to|went\s+on\s+to"
    + "".join(rf"|{aux},\s+(?:however|though|nonetheless|nevertheless|in\s+fact),"
              for aux in ("did", "does", "has", "had", "have", "would", "will"))
    + r""
    r"|for\s+(?:days|weeks|months|years|decades)"
)


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regular expression alternation."""
    depth, out, begin = 0, [], 0
    for i, ch in enumerate(alternation):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            out.append(alternation[begin:i])
            begin = i + 1
    return [*out, alternation[begin:]]


def _by_first_letter(alternation: str) -> str:
    """The same alternation grouped by first letter ("said|says|told" -> "s(?:aid|ays)|t(?:old)"):
    the regex engine then rejects a word on one letter instead of trying every alternative."""
    groups: dict[str, list[str]] = {}
    for alternative in _alternatives(alternation):
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def _first_words(alternation: str) -> frozenset[str]:
    """The words a cue can start with, spelled out ("critici[sz]ed" -> criticised, criticized)."""
    out = set()
    for alternative in _alternatives(alternation):
        head = re.match(r"[a-z\[\]]+", alternative)
        if head:
            word = head.group()
            out.update({word.replace("[sz]", "s"), word.replace("[sz]", "z")})
    return frozenset(out)


#: "has doggedly insisted": a manner adverb after an auxiliary (alone, "family said" is a subject)
_MANNER_AFTER_AUX = r"(?:(?<=has\s)|(?<=had\s)|(?<=have\s)|(?<=also\s))[a-z]{3,}ly"
_AUX = rf"(?:(?:{_by_first_letter(_AUX_WORDS)}|{_MANNER_AFTER_AUX})\s+){{0,4}}"
_CUE = re.compile(
    rf"\b(?P<aux>{_AUX})(?P<verb>(?P<say>{_by_first_letter(_SAY)})|(?P<act>{_by_first_letter(_ACT)}))\b"
    r"(?P<medium>\s+(?:in\s+a\s+(?:[a-z]+\s+){0,2}statement|(?:on|to)\s+(?:X|Twitter|Facebook|Telegram"
    r"|social\s+media)|at\s+a\s+(?:news|press)\s+(?:conference|briefing)))?"
)
#: Every word a cue verb can start with: a sentence holding none of them has no cue to scan for.
_CUE_WORDS = _first_words(_SAY) | _first_words(_ACT)
_LOWER_WORD = re.compile(r"[a-z]+")
#: a-z to itself, every other byte to a blank
_LOWER_WORD_BYTES = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))


@lru_cache(maxsize=2)
def _lower_words_blanked(text: str) -> str:
    """The text with every character but a-z blanked, one for one (non-ASCII ones too), so a
    slice's ``split()`` is ``_LOWER_WORD.findall`` over that stretch, for the whole article in
    one C-speed pass instead of a regex scan per sentence."""
    return text.encode("ascii", "replace").translate(_LOWER_WORD_BYTES).decode("ascii")
#: the words an auxiliary chain before a cue verb is written with ("did, however, long", "was
#: quick to"), besides manner adverbs in -ly ("has doggedly insisted")
_AUX_CHAIN_WORDS = frozenset(re.findall(r"[a-z]+", re.sub(r"\\[a-z]", " ", _AUX_WORDS)))


def _aux_chain_start(text: str, blanked: str, lo: int, at: int) -> int:
    """The earliest offset a cue whose verb opens at ``at`` can open at: back over the words an
    auxiliary chain holds (``_AUX_CHAIN_WORDS``, -ly adverbs), set apart by white space and
    commas only, no further than ``lo``. ``blanked`` is ``_lower_words_blanked(text)``."""
    while at > lo:
        gap = at
        while gap > lo and blanked[gap - 1] == " ":
            gap -= 1
        if gap == lo or text[gap:at].replace(",", " ").strip():
            return at  # nothing before, or a character no chain holds
        start = max(lo, blanked.rfind(" ", lo, gap) + 1)
        word = blanked[start:gap]
        if word not in _AUX_CHAIN_WORDS and not (len(word) >= 5 and word.endswith("ly")):
            return at
        at = start
    return at


def _cues(text: str, sent: Sentence, words: Collection[str]) -> Iterator[re.Match[str]]:
    """``_CUE.finditer`` over the sentence, scanned only between where the first cue could
    open and its last cue word: each verb opens on a whole word of ``_CUE_WORDS`` (``words``,
    the sentence's ``_LOWER_WORD`` runs), after an auxiliary chain (``_aux_chain_start``)."""
    present = _CUE_WORDS.intersection(words)
    if not present:
        return
    # (where each is written as a whole word: the sentence's words are its blanked stretch's)
    blanked = f" {_lower_words_blanked(text)[sent.start : sent.end]} "
    first = sent.start + min(blanked.find(f" {word} ") for word in present)
    last = sent.start + max(blanked.rfind(f" {word} ") for word in present)
    first = _aux_chain_start(text, _lower_words_blanked(text), sent.start, first)
    for cue in _CUE.finditer(text, first, sent.end):
        yield cue
        if cue.end() > last:
            return  # no verb opens after this cue: the rest of the sentence holds none


#: One cue verb on its own ("urged", "called on"), for callers that read a subject themselves.
CUE_VERB = re.compile(rf"(?:{_SAY})|(?:{_ACT})")
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
#: ", according to a press release." closing a sentence whose act has a subject of its own
_ACCORDING_TAIL = re.compile(r",?\s+according\s+to\s+[^,.;:“”\"]{1,80}[.!?]?[\s\"”’']*$")
#: The addressee of "told", "assured", "warned" ... up to "that" or the end of a short object.
_OBJECT_VERBS = frozenset(
    ["told", "tells", "assured", "assures", "warned", "warns", "informed", "reminded", "promised", "urged", "urges"]
)
#: what may follow an addressee written with a common noun or a pronoun: a stop, a quote, an
#: adjunct, "that", or the subject of the clause told ("told the jury he took the bottle")
_AFTER_ADDRESSEE = (r"(?=\s*(?:[.,;:“\"]|$|\s+(?:on|in|at|from|during|after|before|that|when|while|as"
                    r"|(?:he|she|they|it|we|I|you)\s)\b))")
#: words that open the clause told, never a word of the addressee ("told the accused that what ...")
_NOT_ADDRESSEE = r"(?:that|what|who|whom|which|how|why|when|where|if|whether|he|she|it|they|we|you|i)\b"
_CHANNEL = re.compile(
    # "CNN’s Tom Vale": a programme's host named after the outlet
    r"\s+(?P<obj>(?:[A-Z][\w.&-]*(?:[’']s(?=\s+[A-Z]))?|the\s+(?=[A-Z])[A-Z][\w.&-]*|reporters|journalists|the\s+press|the\s+media"
    # "told local media", "told state television": a kind of press, not what was said
    r"|(?:the\s+)?(?:local|state|foreign|national|international|regional)\s+(?:media|press|reporters|journalists|television|radio)"
    r"|a\s+(?:news|press)"
    r"\s+(?:conference|briefing)|parliament|lawmakers"
    # "the court", "his victim's mother", "him", "analysts": who was told, then what they were told
    # ("a crowded trade fair", "the club's website", "acme.com": two words before the noun; a web address)
    rf"|(?:(?:the|an?|his|her|their|its)\s+(?:(?!{_NOT_ADDRESSEE})[a-z]+(?:[’']s)?\s+){{0,2}}[a-z]+s?|him|her|them|us|me|[a-z]{{3,}}s"
    rf"|[a-z][\w-]*\.(?:com|org|net|co\.uk|tv)){_AFTER_ADDRESSEE})"
    r"(?:\s+[A-Z][\w.&-]*){0,2})"
)
_THAT = re.compile(r"\s*(?:,\s*)?(?:that\b|:)?\s*")
_LEAD_ADVERBIAL = re.compile(
    # "Earlier this week," whole before "Earlier" alone, or "this week" is read as the subject
    r"(?:(?:(?:Earlier|Later)\s+(?:this|last|that|in\s+the)\s+(?:week|month|year|day|morning|evening|afternoon|night)"
    r"|This\s+(?:week|month|year|morning|evening|afternoon)|Meanwhile|However|But|And|Earlier|Later|Separately|In\s+response|In\s+addition|Also"
    r"|For\s+example|For\s+instance|Furthermore|Moreover|Additionally|Overall|All\s+told|In\s+all|In\s+total"
    r"|Altogether|Likewise|Similarly|Nonetheless|Nevertheless|Indeed|Notably|Elsewhere"
    r"|Still|Yet|Then|Last\s+\w+|On\s+\w+|Speaking\s+[^,]{0,60}|(?:[A-Za-z][a-z]+ing|Asked|Pressed|Questioned|Without\s+[a-z]+ing)\s+[^,]{1,120},|[A-Z][a-z]+ed\s+(?:by|with)\s+[^,]{1,80},|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([A-Za-z]+\))?\s*[-–—:]?|[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([^)]{1,40}\))?\s*(?::|—|–|--|-(?=\s))|It\s+is\s+worth\s+(?:mentioning"
    # ("At least 11 people died,": a hedge on a count, no place or time set in front)
    r"|noting)\s+that|(?:In|On|At(?!\s+(?:least|most)\b)|During|After|Before|Following|Amid|Since|Earlier|Later|Throughout|Beyond|Across"
    r"|Outside|Inside|Under|Within|Among|Unlike|Like|Near)\s+[^,]{1,60},"
    # "A few hours after the hearing,", "Two days before the vote,": a time reckoned from an event
    # ("Barely 24 hours after affirming ...,": a count of hours, hedged, and the event's clause)
    r"|(?:An?|Two|Three|Four|Five|Several|Some|Just|Only|Moments|Minutes|Hours|Days|Weeks|Barely|Nearly|Almost|Less|More"
    r"|Hardly|Within|\d[\d,]*)\b[^,]{0,20}?"
    r"\b(?:moments?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b[^,]{0,160},)"
    r"\s*,?\s+)+"
)
#: The days of the week, as an alternation and as the words themselves.
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = "|".join(_WEEKDAY_NAMES)
#: Words that cannot open a subject: the phrase is an adjunct or a clause, not a speaker.
_NOT_SUBJECT_START = frozenset(
    ["in", "on", "at", "during", "after", "before", "following", "amid", "since", "for", "from", "with", "by", "to", "of", "as", "if", "when", "while", "that", "which", "who", "date", "there"]
)
_TIME_TAIL = re.compile(
    rf"(?:,?\s+(?:on|last|this|late|early|earlier|later)\s+(?:{_WEEKDAY}"
    r"|week|month|year|night|morning|evening|afternoon|today)"
    r"|,?\s+(?:today|yesterday|earlier|also|however|too|then|now)|,)+\s*$"
)
#: what ``_TIME_TAIL`` can end with (before white space): a phrase ending otherwise has none
_TIME_TAIL_ENDS = (",", *_WEEKDAY_NAMES, "week", "month", "year", "night", "morning", "evening", "afternoon", "today",
                   "yesterday", "earlier", "also", "however", "too", "then", "now")
#: Where a new clause with its own subject may begin inside a sentence.
_CLAUSE_BREAK = re.compile(
    r",\s+(?:but|while|whereas|and|as|(?:in|during|at|on|after|with)\s+which)\s+|;\s+|\s+--\s+|\s+—\s+|:\s+"
    # "a rant in which he claimed ...": a relative clause with a subject of its own
    r"|\s(?:in|during|at|after)\s+which\s+(?=(?:he|she|they|it|we)\s)"
    # a spaced en dash and a conjunction: "... the deal – but the midfielder denied ..."
    r"|\s+–\s+(?:but|while|whereas|and|as)\s+"
    # "... lifted the takings but the treasurer is warning ...": "but" with no comma before
    # a subject of its own ("and" joins subjects: "the mayor and the chief said")
    # ("not the mayor but the chief who said": a cleft's relative clause, no subject of its own)
    r"|\s(?:but|yet)\s+(?=(?:he|she|they|we|I|the|his|her|their|its)\s)(?!(?:\S+\s+){1,5}?(?:who|that)\s)"
)
def _may_break_clause(text: str, lo: int, hi: int) -> bool:
    """False only when ``_CLAUSE_BREAK`` cannot match in text[lo:hi] (each of its branches
    holds one of these marks or "which"): substring tests at C speed instead of trying the
    pattern at every space."""
    piece = text[lo:hi]
    return "," in piece or ";" in piece or ":" in piece or "—" in piece or "–" in piece or "--" in piece \
        or "which" in piece or " but " in piece or " yet " in piece


#: (a participle is an adjunct only after a comma: "..., she said, pointing to ..."; with none it
#: opens the content, "In a note to staff, she said leading the team was an honour")
_ADJUNCT_ONLY = re.compile(
    rf"^\s*(?:(?:,\s*)?(?:{_WEEKDAY}|on|in|at|of|after|before|during|following|amid|ahead|outside|late|early|earlier|later|today|yesterday|last|this|from"
    # ("by telephone", "by email": the means, like "via")
    r"|via|by|with|while|when|as|adding|calling|saying|urging|noting|citing|referring|speaking|told"
    # "“...,” Vale recalled telling Roe": the occasion recounted, the quote what was told
    r"|telling|asking"
    r"|released|issued|published|posted|sent|shared|distributed|provided|obtained|seen)\b"
    # (a page's link text glued after the full stop, "statement.external-link", ends it too)
    # (a full stop with more words after it is an abbreviation's, "U.S.": the sentence goes on)
    r"(?:[^.!?]|\.(?=\s*[\w$£€]))*|,\s*[a-z]{3,}ing\b(?:[^.!?]|\.(?=\s*[\w$£€]))*)?[.!?]?(?:(?<=\.)[a-z][a-z-]*)?[\"”’']?\s*$"
)
#: "..., a charge Kabul denies": the object first, then who denies it.
_RELATIVE_OBJECT = re.compile(
    r"\b(?:a|an|the)\s+(?:charge|claim|claims|accusation|accusations|allegation|allegations|assertion"
    r"|assertions|report|reports|version)\s+(?:that\s+|which\s+)?"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+$"
)


def _may_be_relative_object(text: str, lo: int, hi: int) -> bool:
    """False only when ``_RELATIVE_OBJECT`` cannot match in text[lo:hi] (it needs one of its
    nouns), told at C speed."""
    piece = text[lo:hi]
    return "claim" in piece or "report" in piece or "charge" in piece or "allegation" in piece \
        or "accusation" in piece or "assertion" in piece or "version" in piece
#: "said on Friday more than half ...": a time adjunct right after the verb is not content.
_TIME_HEAD = re.compile(
    rf"(?:(?:(?:earlier|later)\s+)?(?:(?:on|last|this|late|early)\s+)?(?:{_WEEKDAY})"
    r"(?:\s+(?:night|morning|evening|afternoon))?|(?:earlier|later|last|this|late)\s+(?:week|month|year|night"
    r"|morning|evening)|today|yesterday|overnight),?\s+(?:that\s+)?"
)
#: "that Dar: “...”": a name and a colon before a quote hand the quote to that name.
_RELAY = re.compile(r"(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}):\s*(?=[“\"])")
#: "said on Friday that ...", "announced in a surprise move on Friday that ...": adjuncts between
#: the verb and its that-clause (no word of a clause among them: "said on Friday he was sure that
#: ..." keeps "he was sure")
_ADJUNCT_WORD = r"(?!(?:that|he|she|they|we|I|it|is|was|were|are|will|would|had|has|have)\b)[\w’'-]+"
_ADJUNCT_THEN_THAT = re.compile(
    rf"\s+(?:(?:on|at|in|of|during|last|this|earlier|later|late|early)\s+{_ADJUNCT_WORD}(?:\s+{_ADJUNCT_WORD}){{0,9}}"
    r"\s+)?that\s+"
)
_WORDS = re.compile(r"\w[\w’'-]*")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|cannot|should|shall|must|might|did|does|(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Hh]e|[Ss]he)[’']s)\b")
_COMMA = re.compile(r",\s+")
_CAPITAL_AFTER_SPACE = re.compile(r"(?<=\s)[A-Z]")
_LABEL = re.compile(r"[\w\s’']{0,40}:")
_OBJECT_THAT = re.compile(r"[^,.;:“\"]{0,60}?\bthat\s+")
#: "told reporters after Monday's meeting of the council (CC) at the town hall that ...": where it
#: was said, a longer phrase than an addressee, then the that-clause
_OCCASION_THEN_THAT = re.compile(r"(?:after|before|following|during|at|in|on)\s[^,.;:“”\"]{1,120}?\bthat\s+")
#: "told Telemundo, a Spanish-language network, that ...": an appositive on the addressee
#: a relative clause on the addressee, then "that": "told Pell, who was sacked last year, that"
_RELATIVE_THEN_THAT = re.compile(r"\s*,\s*(?:who|whom)\s[^,.;:“”\"]{1,120}?,\s+that\s+")
_APPOSITIVE_THAT = re.compile(r"\s*,?\s*[^,.;:“\"]{1,60}?,\s+that\s+")
#: "told NBC they were working on the assumption that ...": a clause, not an addressee to skip
_CLAUSE_WORDS = re.compile(r"\b(?:they|he|she|it|we|I|you|is|are|was|were|has|have|had|will|would|could|may|might)\b")
#: the blank between a paragraph ending on a colon and the next, which opens on a quote mark
_NEXT_PARAGRAPH_QUOTE = re.compile(r"[ \t]*\n\s*(?=[“\"])")
#: (a colon within 81 characters of where it is tried, or no match)
_COLON_QUOTE = re.compile(r"[^“\"]{0,80}:\s*(?=[“\"])")
_HEADLINE_COLON = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}):\s+(\S.{8,})$")
_FLOATING_WORDS = ("each", "both", "all", "themselves", "himself", "herself", "itself")
_FLOATING_QUANTIFIER = re.compile(r"\s+(?:each|both|all|themselves|himself|herself|itself)\s*$")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|at|of|for|from|to|into|across|near|over|under|with|by|about|against|between|throughout"
    r"|told|tells|informed|assured)\s+$",
    re.IGNORECASE,
)
#: "..., he said in an interview he was not sure ...": a clause after the occasion is what was said,
#: so the cue leads (the content before it is another clause of the sentence)
_CLAUSE_AFTER_ADJUNCT = re.compile(
    # ("said in ordering him to serve five years before he is eligible": a clause a subordinator
    # opens belongs to the adjunct, not to what was said)
    r"\s+(?:in|on|at|during|via|to)\s[^,;:.!?“”\"]{1,60}?(?<!\bbefore)(?<!\bafter)(?<!\bwhen)(?<!\buntil)(?<!\bunless)"
    r"(?<!\bbecause)(?<!\bsince)(?<!\bif)(?<!\bwhile)(?<!\bas)(?<!\bonce)(?<!\bwhere)\s(?P<clause>he|she|they|we|I)\s+(?:[a-z]+ly\s+)?(?:is|was|were|are"
    r"|had|has|have|would|will|could|did|does|felt|knew|thought|[a-z]{2,}ed)\b"
)
#: "..., the institute said, and 180 people remain missing": a new clause after the trailing cue
_NEXT_CLAUSE = re.compile(rf"^(?:\s+(?:on\s+)?(?:{_WEEKDAY}|today))?"
                          r"\s*,\s*(?:and|but|while|whereas)\s+\S")
#: "“...,” the navy said in a statement, which did not say ...": a relative clause on the act;
#: "“...,” he said, “...”": the quote goes on after the cue; "“...,” he said but acknowledged
#: that ...": a second act of the same speaker
_AFTER_TRAILING_CUE = re.compile(
    rf"^\s*(?:,\s*(?:which|who)\s|,\s*(?=[“\"])|,?\s+(?:but|and)\s+(?:also\s+)?(?:{_SAY}|{_ACT})\b)"
)
#: "..., Inspector Lee said, the Daily Chronicle reported.": an outlet that relays the cue and
#: what was said ends the sentence after it
_RELAYED_AFTER_CUE = re.compile(
    r"^\s*,\s*(?:the\s+|The\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}\s+(?:reported|reports|said|says)"
    r"(?:\s+on\s+[A-Z][a-z]+)?\s*[.!]?\s*$"
)
#: "The state will set an example, he said, about how to ...": the sentence goes on after a cue
#: set off by commas with words that open no clause of their own; the clause before is what was said
_CONTINUATION_AFTER_CUE = re.compile(r"^\s*,\s*(?:about|because|since|including|despite|unless|than)\s")
#: "reported on Sunday that ...": the cue takes a that-clause after it
#: ("insisted in an appearance at a trade fair that ...": an occasion of up to eight words first)
_THAT_CLAUSE_AFTER = re.compile(r"^\s+(?:[\w’'-]+\s+){0,8}?that\s+\S")
#: the look-behinds sit after the blank they guard ("well |when"), so the pattern opens on a
#: blank, which the regex engine jumps to (tests/test_speech.py holds it to the plain spelling)
_SUBORDINATOR = re.compile(
    r"\s(?<!\bwell\s)(?<!\bsuch\s)(?<!\bsoon\s)(?:when|because|although|though|whereas|unless|after|as|where"
    r"|while)\s+(?!well\b)(?=\S)"
)
_COMMA_NEXT = re.compile(r"[^\S\n]*,")
#: a subject pronoun and its verb: a clause already complete ("it collapsed", "they arrived")
_COMPLETE_CLAUSE = re.compile(r"(?:it|he|she|they|we|I)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ew|ook|ame|ent)\b")
#: a subject after fronted phrases starts with its determiner and is no list's last item
_APPOSED_SUBJECT = re.compile(
    r"(?:the|a|an|its|their|his|her)\s+(?!.*\b(?:and|or)\s)|(?:he|she|it|they|we)$", re.IGNORECASE
)
_SPEECH_VERBS = frozenset(["said", "says", "told", "tells", "added", "stated", "announced"])
#: past-tense cue verbs that never modify a noun as an adjective ("the alleged gunman", "noted
#: author", "informed sources" do): inside a would-be subject they are its verb
_PAST_CUES_NEVER_ADJECTIVES = frozenset(
    ["affirmed", "reaffirmed", "insisted", "asserted", "clarified", "commented", "conceded", "confessed", "contended",
     "emphasised", "emphasized", "explained", "lamented", "reiterated", "remarked", "stressed", "testified", "tweeted",
     "vowed", "warned", "urged", "argued", "acknowledged", "revealed", "replied", "responded", "denied"]
)
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:also\s+)?$")


@dataclass(frozen=True, slots=True)
class Frame:
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
    #: True for the second half of a quote the cue interrupts ("“A,” he said, “B.”"): the
    #: same statement going on, not an act of its own
    resumes: bool = False


# --------------------------------------------------------------------------- helpers


#: Fronted adverbials before a sentence's subject ("Meanwhile,", "Speaking to reporters,").
LEAD_ADVERBIAL = _LEAD_ADVERBIAL


def span(text: str, start: int, end: int) -> Span:
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


def has_words(text: str, start: int, end: int, n: int) -> bool:
    """At least ``n`` words in text[start:end], read no further than the n-th (content can be
    a whole hostile page)."""
    for k, _ in enumerate(_WORDS.finditer(text, start, end), 1):
        if k >= n:
            return True
    return False


def word_count(text: str) -> int:
    return len(_WORDS.findall(text))


@lru_cache(maxsize=4096)  # pure, on a phrase: the same subjects ("Officials", "The ministry") recur
def _plausible_subject(np: str) -> bool:
    """A short noun phrase that can name a speaker (not a clause, not a quote)."""
    np = NICKNAME.sub(r"\1 ", np.strip(" ,"))
    if not np or any(c in np for c in "“”\"") or word_count(np) > 12 and not _PROPER_COORDINATION.fullmatch(np):
        return False
    if " " in np and np.upper() == np:
        return False  # "SANTA ROSA": a dateline in capitals, not a speaker
    words = np.split()
    first = words[0]
    if (first.lower() in _NOT_SUBJECT_START or first.lower() in _NOT_SUBJECT_OPENERS) and not first.isupper():
        # "Has no one told ...?", "Let people say ...": a question or a wish, no subject ("WHO
        # Director-General Ann Roe": a body's initials spelled like a word)
        return False
    if len(words) == 1 and first.lower() in {"this", "that", "so", "these", "those"}:
        return False  # "..., said this in a statement": a demonstrative pointing back, no speaker
    if len(words) > 1 and words[-1] in {"I", "we", "We"}:
        return False  # "The last thing I said", "On the 10th I wrote": the writer, inside a phrase
    if _TALK_HEAD.search(np):
        return False  # "the council's discussion revealed", "a row with X showed": talk itself is no speaker
    if first in NAME_PARTICLES and len(words) >= 2 and words[1][:1].isupper():
        return not _FINITE_VERB.search(np)  # "de Vries", "van der Berg": a name opening on its particle
    if first[0].islower() and first.lower() not in {
        "the", "a", "an", "its", "his", "her", "their", "he", "she", "it", "they", "we", "i",
        "officials", "sources", "analysts", "experts", "residents", "witnesses", "police",
        "authorities", "activists", "observers", "critics", "aid", "rights", "human",
    } and not first.lower().endswith("s") and first.lower() not in TITLE_WORDS \
            and not _MODIFIED_TITLE.match(np) and not _LOWER_SOURCES.fullmatch(np):
        return False  # a bare title may speak: "..., says mayor" in a headline
    if words[-1].lower() in {"of", "the", "a", "an", "and", "but", "or", "yet", "to", "in", "for", "with", "that"}:
        return False  # "The council approved the plan but (warned ...)": a clause and its joiner, no subject
    if _VERB_THEN_THAT.search(np):
        return False  # "recalled that the president": a reporting verb and its clause, no subject
    verb_object = _VERB_THEN_OBJECT.search(np)
    if verb_object is not None and not _RELATIVE_IN_SUBJECT.search(np, 0, verb_object.start() + 1):
        # "The council approved the plan and the mayor": a verb and its object, a clause ("Afghans
        # who crossed the border" is a relative clause on its head)
        return False
    if any(w.lower() in {"what", "which"} for w in words):
        return False  # "listed a series of what she said was ...": a free relative, not a subject
    if any(w in _SPEECH_VERBS or w in _PAST_CUES_NEVER_ADJECTIVES for w in words):
        return False  # "organizers told AFP they", "Tom Reed reaffirmed that ...": a whole speech act, not its subject
    return not _FINITE_VERB.search(np)


_VERB_THEN_THAT = re.compile(r"\b[a-z]{3,}ed\s+that\b")
_VERB_THEN_OBJECT = re.compile(r"\b[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her)\s")
#: words that open a question or a wish, not a subject: "Has no one told ...", "Let people say ..."
_NOT_SUBJECT_OPENERS = frozenset(["has", "have", "had", "did", "does", "do", "is", "are", "was", "were", "will", "would",
                                  "can", "could", "should", "let", "why", "how"])
#: what is said, not who says it: "the discussion revealed", "his disagreement with X highlighted"
_TALK_HEAD = re.compile(r"\b(?:discussions?|debates?|disagreements?|conversations?|exchanges?|row|dispute)"
                        r"(?:\s+(?:with|over|about|between|on)\b|$)", re.IGNORECASE)
#: "media reports and officials", "local health workers": lower-case words ending in a noun
#: of people or of documents that tell
_LOWER_SOURCES = re.compile(
    r"(?:[a-z][\w’'-]*\s+(?:and\s+)?){1,4}(?:"
    + "|".join(sorted(SOURCE_NOUNS | DOCUMENT_NOUNS | {"reports"}, key=len, reverse=True)) + r")"
)
_ENDS_WITH_SUBORDINATOR = re.compile(r"\s(?:where|when|while|after|before|because|since|although|though|if)$")
_RELATIVE_IN_SUBJECT = re.compile(r"\s(?:that|who|which)\s")
#: one or two lower-case modifiers before a title: "technical director Jo Roe", "senior adviser"
_MODIFIED_TITLE = re.compile(
    # ("national disaster agency (NDA) chief": the body's initials in brackets before the title)
    rf"[a-z]+(?:\s+[a-z]+){{0,3}}(?:\s+\([A-Z]{{2,8}}\))?\s+(?:{'|'.join(sorted(w for w in TITLE_WORDS if len(w) > 3))})\b(?!\s+(?:of|for|to)\b)"
)
#: a full stop after three small letters, at the end: opens on the stop, which the engine jumps to
_STRAY_STOP = re.compile(r"\.(?<=[a-z]{3}\.)$")
#: "the California Department of Forestry and Fire Protection and the County Sheriff's Office":
#: names joined by "and", long but a subject
_PROPER_COORDINATION = re.compile(
    r"(?:(?:the|of|and|for|[A-Z][\w.&’'-]*)\s+){12,18}[A-Z][\w.&’'-]*"
)
#: a manner adverb between a name (or a pronoun) and its cue: "-ly", or a hyphenated word in small letters
_ADVERB_AFTER_NAME = re.compile(r"(?<![\w.’'-])(?P<prev>[\w.’'-]+)\s+(?P<word>[a-z]{2,}ly|[a-z]+-[a-z]+(?:-[a-z]+)*)$")
#: what may stand between a subject and its verb: nothing, or the manner adverb cut off above
_MANNER_ONLY = re.compile(r"(?:[a-z]{2,}ly|[a-z]+-[a-z]+(?:-[a-z]+)*)?")
_PRONOUNS = frozenset(["he", "she", "they", "we", "it", "He", "She", "They", "We", "It"])
#: nouns that end in "-ly" and close a subject ("the Kennedy family said")
_LY_NOUNS = frozenset(["family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "bully", "homily"])
#: How far before a cue a subject may begin, in characters (a long title and an appositive).
_SUBJECT_REACH = 240
_JOINING_WORD = re.compile(r"\s*(?:and|but|yet)\s+(?=(?:he|she|they|we|I)\s)")
_LOWER_FRONTED_PHRASE = re.compile(
    r"(?:in|on|at|during|after|before|following|amid|since|despite)\s+[^,;:“”\"]{1,60},\s+(?=\S)"
)


#: ", which the bureau" before a cue: the relative pronoun is the object of what was said, the
#: noun phrase after it (opened by a determiner or a capital) the one who said it; "which runs
#: the port, said" is the subject's own relative clause
_RELATIVE_SUBJECT = re.compile(
    r",\s+(?:which|who|whom)\s+(?P<np>(?:(?:the|a|an|its|their|his|her)\s+\w|[A-Z])[^,;:“”\"]{0,80})$"
)
#: a name and a past-tense verb: a clause ("Roe visited the site that ..."), not a subject's head
_NAME_AND_VERB = re.compile(r"(?<![\w’'-])(?!(?:A|An|The|Its|His|Her|Their|This|That)\s)[A-Z][\w’'-]*\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\s")
#: "including ..." / "such as ..." after a group: examples of its members, not the speaker
_INCLUDING = re.compile(r",?\s+(?:including|among\s+them|such\s+as)\s")


def _says_next(text: str, at: int) -> bool:
    """Whether a verb of saying (not a deed such as "ordered") follows at text[at]: "which the
    judge ordered him to pay" tells of a sum, not of words said about it."""
    cue = _CUE.match(text, at + len(text[at : at + 5]) - len(text[at : at + 5].lstrip()))
    return cue is not None and cue.group("say") is not None


#: an occasion set between the subject and its verb: "Ann Roe, in a statement(,) said"
#: (one tuple for the pattern and the word test that spares trying it where none of them ends)
_OCCASION_NOUNS = ("statement", "interview", "post", "letter", "tweet", "message", "video", "speech", "address",
                   "briefing", "release", "reaction", "response", "remarks")
_OCCASION_BEFORE_VERB = re.compile(
    r",?\s+in\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(_OCCASION_NOUNS) + r")\s*,?\s*$"
)


#: an aside between dashes right before the verb: "Tom Vale - from the quay - posted"
_DASHED_BEFORE_VERB = re.compile(r"\s+[-–—]\s+[^-–—“”\"]{1,60}?\s+[-–—]$")


def _subject(text: str, lo: int, hi: int) -> Span | None:
    """The speaker noun phrase in text[lo:hi] (which ends right before the cue)."""
    lo = max(lo, hi - _SUBJECT_REACH)  # a speaker is a short phrase: never scan a whole page
    segment = text[lo:hi]
    lead = _LEAD_ADVERBIAL.match(segment)
    start = lo + (lead.end() if lead else 0)
    joining = _JOINING_WORD.match(text, start, hi)
    if joining:
        start = joining.end()  # "“... our law,” and he urged": the subject after the joining word
    if lead:
        # "However, in his letter to Jane Roe, the mayor said": a phrase after the connective
        # opens lower case
        phrase = _LOWER_FRONTED_PHRASE.match(text, start, hi)
        if phrase:
            start = phrase.end()
    # both patterns end a phrase, tried from every position before it: asked only when the
    # phrase ends as they must (their last word, or a comma), told at C speed
    tail = None
    if text[max(start, hi - 80) : hi].rstrip().endswith(_TIME_TAIL_ENDS):
        tail = _TIME_TAIL.search(text, max(start, hi - 80), hi)
    end = tail.start() if tail else hi
    # (the pattern ends a phrase, tried from every position: asked only when the phrase ends in
    # one of its nouns, a comma and white space aside)
    occasion = _OCCASION_BEFORE_VERB.search(text, start, end) \
        if text[start:end].rstrip().rstrip(",").rstrip().endswith(_OCCASION_NOUNS) else None
    if occasion is not None and occasion.start() > start:
        end = occasion.start()  # "Ann Roe, in a statement said": where she said it, not part of her name
    start, end = _trim(text, start, end)
    if text.endswith(("-", "–", "—"), start, end) and (aside := _DASHED_BEFORE_VERB.search(text, start, end)) is not None \
            and aside.start() > start:
        end = aside.start()  # "Tom Vale - from the quay - posted": where he was, set off by dashes
    adverb = _ADVERB_AFTER_NAME.search(text, start, end) \
        if text.endswith("ly", start, end) or text.find("-", start, end) != -1 else None
    if adverb is not None and adverb.group("word") not in _LY_NOUNS and (
        adverb.group("prev") in _PRONOUNS
        or adverb.group("prev")[:1].isupper() and not adverb.group("prev").endswith(("’s", "'s"))
    ):
        end = adverb.end("prev")  # "Anna Berg bluntly said", "Roe straight-up acknowledged": a manner, not the name
    if _STRAY_STOP.search(text, start, end):
        end -= 1  # "Director Jane Roe. said": a stray full stop after a name, not "Jr." or "Co."
    floating = None
    if text[start:end].rstrip().endswith(_FLOATING_WORDS):
        floating = _FLOATING_QUANTIFIER.search(text, start, end)
    if floating and floating.start() > start:
        end = floating.start()  # "organizers in both cities each claimed": "each" is not the speaker
    if start >= end:
        return None
    including = _INCLUDING.search(text, start, end) if text.find("including", start, end) != -1 \
        or text.find("among", start, end) != -1 or text.find("such", start, end) != -1 else None
    if including is not None and including.start() > start:
        end = including.start()  # "officials including Gov. Ann Lee and Sen. Tom Reed said": the officials
    np = text[start:end]
    relative_subject = _RELATIVE_SUBJECT.search(np)
    if relative_subject is not None and "," not in text[end:hi] and _says_next(text, hi) \
            and _plausible_subject(relative_subject.group("np")):
        # "Police logged 40 more thefts, which the bureau said was driven by ...": the subject of
        # the relative clause speaks of what it follows
        return span(text, start + relative_subject.start("np"), end)
    parts = _COMMA.split(np)
    if len(parts) > 1 and not _COMMA_NEXT.match(text, end) and _APPOSED_SUBJECT.match(parts[-1]) and _plausible_subject(parts[-1]):
        # "In Indonesia, the worst-hit country, the agency announced": the part touching the
        # verb is the subject; the ones before it are fronted phrases or appositives of them
        return span(text, end - len(parts[-1]), end)
    if len(parts) > 1 and not _COMMA_NEXT.match(text, end) \
            and (parts[-1] in SOURCE_NOUNS or _LOWER_SOURCES.fullmatch(parts[-1])):
        # "Beyond the border – in the valley, experts say": unnamed sources touching the verb
        # are its subject; a name's appositive is never a bare plural of people
        return span(text, end - len(parts[-1]), end)
    if len(parts) > 1 and _ENDS_WITH_SUBORDINATOR.search(parts[0]) and _plausible_subject(parts[-1]):
        # "... in the courtroom where, months earlier, Tom Reed testified": the subordinate
        # clause's own subject, after the adjunct set off by commas
        return span(text, end - len(parts[-1]), end)
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
        joiner = max(_CLAUSE_JOINER.finditer(np), key=lambda m: m.start(), default=None)  # the last one
        if joiner is not None and _CLAUSE_BEFORE_JOINER.search(np, 0, joiner.start()) \
                and word_count(np[joiner.end():]) <= 8 and _plausible_subject(np[joiner.end():]) \
                and not _ENDS_IN_A_RELATIVE.search(np):
            # "Fares have lifted takings but the mayor is warning that ...": a clause, a joining
            # word with no comma, then the speaker ("not the mayor but the chief who said": a
            # cleft's relative clause, no subject of its own)
            return span(text, start + joiner.end(), end)
        # Ingest leftovers or a fronted phrase before the subject ("date 2025-04-08 The ..."):
        # the subject is then the shortest plausible tail that opens with a capital.
        for m in _CAPITAL_AFTER_SPACE.finditer(np[-100:]):
            offset = max(0, len(np) - 100) + m.start()
            shorter = np[offset:]
            if _AFTER_PREPOSITION.search(np, 0, offset):
                continue  # "displaced in Sofala", "told AFP they": a place or an addressee never speaks
            before = np[:offset].split()
            if before and before[-1][:1].isupper() and np[offset:].split()[0].lower().strip(".") not in TITLE_WORDS:
                continue  # "in Downing Street Mrs May": not from inside a name, but from its title on
            if word_count(shorter) <= 8 and _plausible_subject(shorter):
                return span(text, start + offset, end)
        relative = _RELATIVE_IN_SUBJECT.search(np)
        if relative is not None and np[:1].isupper() and _plausible_subject(np[: relative.start()]) \
                and word_count(np[: relative.start()]) <= 8 and not _NAME_AND_VERB.search(np, 0, relative.start()):
            # "A senior executive for the company that employed the workers who ... said": the
            # head before its relative clause
            return span(text, start, start + relative.start())
        words = np.split()
        if len(words) > 2 and words[0].lower() in _NOT_SUBJECT_START and "," not in np:
            # "At the main march organizers told AFP": a fronted phrase with no comma; a plural
            # source noun closing it is the subject ("organizers", "police", "officials")
            last = words[-1]
            if last in SOURCE_NOUNS:
                return span(text, end - len(last), end)
        return None
    return span(text, start, end)


#: a word that joins two clauses, with no comma before it ("... the budget but the mayor said")
_CLAUSE_JOINER = re.compile(r"\s(?:but|yet|and|while|whereas)\s+")
#: a finite or past verb before the joining word: what comes before it is a clause, no name
_CLAUSE_BEFORE_JOINER = re.compile(r"\b(?:have|has|had|is|are|was|were|will|would|[a-z]{3,}ed)\b")
_ENDS_IN_A_RELATIVE = re.compile(r"\s(?:who|that|which)$")


#: "... in March, but as the talks began, he said ...": a main clause joined on, opened by a
#: subordinate clause, which a comma closes before the new clause's subject
_JOINED_SUBORDINATE = re.compile(
    r"\s(?:but|and|yet)\s+(?:as|when|while|after|before|since|although|though|once)\s[^,;:“”\"]{1,120},\s+"
)


#: an adjective of feeling or likelihood and its that-clause, whose subject is the speaker
_FEELING_THAT = re.compile(
    r"\b(?:disappointed|pleased|relieved|surprised|concerned|worried|happy|glad|angry|upset|clear|aware"
    r"|convinced|hopeful|confident|likely|unlikely|possible|notable|evident|obvious|unclear)\s+that\s+"
)


#: "the court, in a hearing in Rome, ": a subject with a phrase set off by commas before its verb
_SET_OFF_PHRASES = re.compile(
    r"[^,;:“”\"]{1,60}(?:,\s+(?:in|at|on|during|after|before|with|under|by|from)\s[^,;:“”\"]{1,60}"
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?=,))?)+,\s*"
)


def _clause_start(text: str, lo: int, hi: int, quotes: Sequence[Quote]) -> int:
    """Where the clause holding text[hi] begins: after a clause break or a closing quote."""
    start = lo
    opening = _OPENING_SUBORDINATE.match(text, lo, hi)
    if opening and not _in_quote(opening.end(), quotes):
        start = opening.end()  # "While there is no word yet on ..., Roe said": the main clause
    elif (inside := _SUBORDINATOR_OPENING.match(text, lo, hi)) is not None and "," not in text[inside.end() : hi]:
        start = inside.end()  # "While he maintained ...": the act inside the opening clause
    for q in quotes:
        if lo <= q.close <= hi:
            start = max(start, q.close)
    listing = _INCLUDING.search(text, lo, hi) if "includ" in text[lo:hi] or "such as" in text[lo:hi] else None
    for m in _CLAUSE_BREAK.finditer(text, lo, hi) if _may_break_clause(text, lo, hi) else ():
        if listing is not None and listing.end() <= m.start() and m.group().strip(" ,") == "and":
            continue  # "lawmakers, including Reps. Ann Roe, Tom Vale, and Jo Lee, have said": the list's last item
        if m.group().strip() in {"but", "yet"} and _CUE.search(text, lo, m.start()):
            continue  # "Ann Lee said the plan was sound but he said ...": inside what she said, whose "he" is unclear
        if not _in_quote(m.start(), quotes):
            start = max(start, m.end())
    for m in _FEELING_THAT.finditer(text, start, hi) if text.find("that", start, hi) != -1 else ():
        if not _in_quote(m.start(), quotes):
            start = max(start, m.end())  # "Markets seemed disappointed that Roe signalled ...": Roe's clause
    joined = text.find(",", start, hi) != -1 and (
        text.find("and", start, hi) != -1 or text.find("but", start, hi) != -1 or text.find("yet", start, hi) != -1)
    for m in _JOINED_SUBORDINATE.finditer(text, start, hi) if joined else ():
        if m.end() < hi and not _in_quote(m.start(), quotes):
            start = max(start, m.end())
    for m in _SUBORDINATOR.finditer(text, start, hi):
        # "... was announced when a WHO official said": a clause of its own, if no comma closes it;
        # "... on the bridge when it collapsed said": a clause complete before the cue is inside
        # the subject, not the speaker's
        if m.start() > lo and ("," not in text[m.end() : hi] or _SET_OFF_PHRASES.fullmatch(text, m.end(), hi)) \
                and not _in_quote(m.start(), quotes) and not _COMPLETE_CLAUSE.match(text, m.end(), hi):
            start = max(start, m.end())
    return start


# --------------------------------------------------------------------------- frames


def _trailing_frame(
    text: str, sent: Sentence, cue: re.Match[str], quotes: Sequence[Quote]
) -> Frame | None:
    """"“...,” the agency said" or "..., a senior official said on Friday"."""
    cs, ce = cue.start("verb") - len(cue.group("aux")), cue.end()
    after = text[ce : sent.end]
    channel = _channel(text, cue, sent.end)
    if channel:
        after = text[channel[1] : sent.end]
    next_act = _AFTER_TRAILING_CUE.match(after) or _CONTINUATION_AFTER_CUE.match(after) or _RELAYED_AFTER_CUE.match(after)
    if ":" in after[:81] and _COLON_QUOTE.match(after) and not _RESUME.match(after):
        return None  # "..., Roe said via the club's channel: “...”": the quote after the colon is what was said
    if not (next_act or _ADJUNCT_ONLY.match(after) or _NEXT_CLAUSE.match(after)) \
            or (_THAT_CLAUSE_AFTER.match(after) and not next_act) or _CLAUSE_AFTER_ADJUNCT.match(after):
        return None  # "..., the agency reported on Sunday that ...": a leading frame after a fronted phrase
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
        if speaker is not None and speaker.start != np_start:
            # "“...,” Ann Roe, the deputy chair of the board told a briefing": the role's closing
            # comma left out, the name before the role speaks
            speaker = _name_before_role(text, np_start, np_end)
    if speaker is None:
        quote_before = None
        comma = text.rfind(", ", sent.start, cs)
        if comma <= sent.start:
            return None
        boundary = comma + 1
        np_start, np_end = _trim(text, boundary, cs)
        if text.startswith("as ", np_start) and _plausible_subject(text[np_start + 3 : np_end]):
            np_start += 3  # "The ferry will still be late, as Tom Vale noted.": the as-clause's subject said it
        if _may_be_relative_object(text, np_start, cs) and _RELATIVE_OBJECT.search(text, np_start, cs):
            return None
        speaker = _subject(text, np_start, np_end) if np_end > np_start else None
        if speaker is None or speaker.start != np_start:
            # "..., Jane Roe, 52, told reporters", "..., Jane Roe, the chief executive, said":
            # an appositive stands between the speaker and the cue
            apposed = _apposed_speaker(text, sent.start, comma) or _described_speaker(text, sent.start, comma, cs)
            if apposed is not None:
                boundary, speaker = apposed
                np_start = speaker.start
    if speaker is None or speaker.start != np_start:
        return None
    if _OBJECT_RELATIVE_BEFORE_CUE.search(text, np_start, cs):
        return None  # "..., the part of the valley that Northam claims.": what is claimed, no one speaking
    if quote_before is None and channel and _BARE_ADDRESSEE.fullmatch(text, channel[0], channel[1]):
        # "In a flurry of alerts, the agency told residents in the north to evacuate": who was told
        # with no article opens a directive, not a cue trailing what was said before it
        return None
    if quote_before is None and _QUOTE_AFTER_COMMA.match(after) and _FRONTED_PHRASE.match(text, sent.start, boundary):
        return None  # "Joined by his wife, Gov. Reed stated, “...”": the phrase sets the scene, the quote is said
    if quote_before is None and _quote_bound(text, cue):
        return None  # "Prices rose, the fighting continued": no quote to go on with
    if quote_before is not None and _starts_clause(text, quote_before.open, sent):
        # the quote is all the content; it may have begun paragraphs earlier
        return Frame(speaker, _cue_span(text, cue, channel), quote_before.start, quote_before.end,
                      True, cue.group("act") is not None, channel and text[channel[0]:channel[1]])
    content_end = quote_before.close if quote_before else boundary - 1
    content_start = sent.start
    if quote_before is None and (fronted := _LEAD_ADVERBIAL.match(text, content_start, cs)) is not None \
            and fronted.end() >= boundary:
        return None  # "After the count, the mayor said.": a fronted phrase, nothing said
    lead = _LEAD_ADVERBIAL.match(text, content_start, content_end)
    if lead:
        content_start = lead.end()
    semicolon = text.rfind("; ", content_start, content_end)
    if semicolon != -1 and not _in_quote(semicolon, quotes) and has_words(text, semicolon, content_end, 3):
        content_start = semicolon + 1  # "X happened; Y happened, police said": the cue vouches for Y
    content_start, content_end = _trim(text, content_start, content_end)
    if not has_words(text, content_start, content_end, 3):
        return None
    return Frame(speaker, _cue_span(text, cue, channel), content_start, content_end, False,
                  cue.group("act") is not None, channel and text[channel[0]:channel[1]])


#: a relative clause whose subject is right before the cue: "the part of the valley that Northam
#: claims", "the sum which they deny" (its object is the noun before "that")
_OBJECT_RELATIVE_BEFORE_CUE = re.compile(
    r"\s(?:that|which)\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|he|she|they|we|it)\s*$"
)
#: "... to evacuate": an infinitive ahead in the clause makes "told X" a directive
_DIRECTIVE_AHEAD = re.compile(r"[^.;:“”\"]{0,120}?\bto\s+[a-z]")
#: an addressee with no article: a pronoun or a bare plural ("told them", "told residents")
_BARE_ADDRESSEE = re.compile(r"(?!(?:reporters|journalists|lawmakers)\b)(?:him|her|them|us|me|[a-z]{3,}s)")
#: a comma and a quote right after a cue: the words said, when nothing but a phrase came before
_QUOTE_AFTER_COMMA = re.compile(r"\s*,\s*[“\"]")
#: a participle or prepositional phrase opening a sentence: no clause that could have been said
_FRONTED_PHRASE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|[A-Z][a-z]+ed\s+(?:by|with|in|at)|In|On|At|During|After|Before|Following|Amid|With|Without|Despite)\b"
)
#: what may stand between a speaker and a trailing cue, set off by commas: an age or a
#: description ("52", "the chief executive", "a lawyer for the family")
_APPOSITIVE = re.compile(r"\s*(?:\d{1,3}|(?:the|a|an|its|his|her|their)\s+[^,;:.“”\"]{1,60})\s*")


def _apposed_speaker(text: str, sent_start: int, comma: int) -> tuple[int, Span] | None:
    """The speaker before an appositive that ends at ``comma`` (the comma before the cue), and
    the boundary where the content ends: "..., Jane Roe, 52, told" gives "Jane Roe"."""
    after_name = text.rfind(", ", sent_start, comma)  # "Roe, | 52, told"
    before_name = text.rfind(", ", sent_start, after_name)  # "cut jobs, | Roe"
    if before_name <= sent_start or not _APPOSITIVE.fullmatch(text, after_name + 1, comma):
        return None
    np_start, np_end = _trim(text, before_name + 1, after_name)
    name = text[np_start:np_end]
    if not name or not (name[0].isupper() or name.split()[0].lower() in TITLE_WORDS) \
            or not _plausible_subject(name) or word_count(name) > 6:
        return None
    speaker = _subject(text, np_start, np_end)
    if speaker is None or speaker.start != np_start:
        return None
    return before_name + 1, speaker


#: a role set off by commas before a name: "the president", "the nation's foreign minister",
#: "Acme's chief executive", "the minister of health" (ending on a title, so "the report found"
#: is none)
_ROLE_BEFORE_NAME = re.compile(
    r"\s*(?:(?:the|a|an|its|his|her|their)\s+|[A-Z][\w’'-]*[’']s\s+)?(?:[\w’'-]+\s+){0,5}?"
    rf"(?i:{'|'.join(sorted(TITLE_WORDS, key=len, reverse=True))})"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?\s*"
)
#: a name of two to four capitalised words, initials and particles allowed
_BARE_NAME = re.compile(
    rf"\s*(?:[A-Z][\w’'-]*\.?|{'|'.join(sorted(NAME_PARTICLES))})(?:\s+(?:[A-Z][\w’'-]*\.?|{'|'.join(sorted(NAME_PARTICLES))})){{1,3}}\s*"
)


def _name_before_role(text: str, np_start: int, np_end: int) -> Span | None:
    """"Ann Roe, the deputy chair of the board" written whole between a quote and its cue: the
    name, or None (a quote inside the content: "a matter of “deep regret” that ..., she added")."""
    comma = text.find(", ", np_start, np_end)
    if comma == -1 or not _BARE_NAME.fullmatch(text, np_start, comma) \
            or _ROLE_BEFORE_NAME.fullmatch(text, comma + 1, np_end) is None:
        return None
    speaker = _subject(text, np_start, comma)
    return speaker if speaker is not None and speaker.start == np_start else None


def _described_speaker(text: str, sent_start: int, comma: int, cue_start: int) -> tuple[int, Span] | None:
    """The name after a role, both set off by commas right before the cue: "More than 100 people
    died, the president, Ann Roe, said" gives "Ann Roe" (and the content ends before the role),
    not the content's own subject."""
    if text[comma + 1 : cue_start].strip():
        return None  # only a comma between the name and the cue: "..., the president, Ann Roe, said"
    after_role = text.rfind(", ", sent_start, comma)  # "president, | Ann Roe, said"
    before_role = text.rfind(", ", sent_start, after_role)  # "sank, | the president"
    if before_role <= sent_start or not _BARE_NAME.fullmatch(text, after_role + 1, comma):
        return None
    if _ROLE_BEFORE_NAME.fullmatch(text, before_role + 1, after_role) is None:
        return None
    np_start, np_end = _trim(text, after_role + 1, comma)
    if not _plausible_subject(text[np_start:np_end]):
        return None
    speaker = _subject(text, np_start, np_end)
    if speaker is None or speaker.start != np_start:
        return None
    return before_role + 1, speaker


def _starts_clause(text: str, pos: int, sent: Sentence) -> bool:
    """True when only white space or a clause opener stands between the sentence start and pos."""
    if pos <= sent.start:
        return True
    before = text[sent.start : pos].strip()
    return before == "" or bool(_LABEL.fullmatch(before)) or before in _QUOTE_OPENERS


#: A conjunction before a quote that opens the sentence: "But “there are signs of life,” ..."
_QUOTE_OPENERS = frozenset(["But", "And", "Yet", "So", "Still", "Or"])


def _channel(text: str, cue: re.Match[str], limit: int) -> tuple[int, int] | None:
    """"told AFP" / "assured Pakistan": the addressee after an object-taking verb."""
    verb = cue.group("verb").split()[0].lower()
    if verb not in _OBJECT_VERBS:
        return None
    m = _CHANNEL.match(text, cue.end(), limit)
    if not m:
        return None
    if verb not in {"told", "tells"} and text[m.start("obj")].islower() and " " not in m.group("obj") \
            and m.group("obj") not in {"reporters", "journalists", "parliament", "lawmakers", "him", "her", "them", "us", "me"}:
        return None  # "promised changes that ...": a bare plural after another verb is what is promised
    if _BARE_ADDRESSEE.fullmatch(m.group("obj")) and _DIRECTIVE_AHEAD.match(text, m.end("obj"), limit):
        return None  # "told residents in the north to evacuate": a directive, the addressee part of it
    end = m.end("obj")
    programme = _PROGRAMME.match(text, end, limit)
    if programme is not None:
        end = programme.end()  # "told CNN Philippines' “The Source.”": the outlet's programme, no words said
    while end > m.start("obj") and text[end - 1] in ".,":
        end -= 1
    return m.start("obj"), end


#: an outlet's programme after its possessive: "’s “Evening Desk”", "Norland's “The Source”"
_PROGRAMME = re.compile(r"(?:(?<=s)[’']|[’']s)\s*[“\"][A-Z][^“”\"]{0,40}?[.,]?[”\"]")


def _cue_span(text: str, cue: re.Match[str], channel: tuple[int, int] | None) -> Span:
    start = cue.start("verb")
    end = channel[1] if channel else cue.end()
    return span(text, start, end)


def _leading_frame(
    text: str, sent: Sentence, cue: re.Match[str], quotes: Sequence[Quote]
) -> Frame | None:
    """"X said (that) ...", "X urged Y to ...", "X, a lawyer, told AFP: ..."."""
    cs = cue.start("verb") - len(cue.group("aux"))
    who = _WHO_BEFORE_CUE.search(text, sent.start, cs)
    if who is not None:
        # "..., fined by Judge Alan Poe, who said the scheme ran for years": the speaker is the
        # name the relative clause hangs on, not the sentence's subject; none found, no frame
        # "... from CEO Alan Poe on Tuesday, who stated ...": the time of the act is no antecedent
        when = _TIME_TAIL.search(text, sent.start, who.start())
        antecedent = _ANTECEDENT.search(text, sent.start, when.start() if when else who.start()) \
            or _SUBJECT_BEFORE_WHO.fullmatch(text, sent.start, who.start())
        if antecedent is None:
            return None
        start = antecedent.start()
        while True:  # title words before the name: "chief executive Alan Poe"
            title = _LAST_WORD.search(text[max(sent.start, start - 30) : start])
            if title is None or title.group(1).lower() not in TITLE_WORDS:
                break
            start -= len(title.group(0))
        content_start, content_end = _trim(text, cue.end(), sent.end, " \t\n,;:.")
        that = _THAT.match(text, content_start, sent.end)
        if that:
            content_start = that.end()
        resumed = _MAIN_CLAUSE_RESUMES.search(text, content_start, content_end)
        if resumed:
            content_end = resumed.start()  # "X, who said the plan would fail, resigned": the main clause goes on
        if not has_words(text, content_start, content_end, 2):
            return None
        return Frame(span(text, start, antecedent.end()), _cue_span(text, cue, None), content_start, content_end,
                     False, cue.group("act") is not None)
    clause = _clause_start(text, sent.start, cs, quotes)
    relative = _RELATIVE_OBJECT.search(text, clause, cs) if _may_be_relative_object(text, clause, cs) else None
    speaker = None
    if relative is None:
        speaker = _subject(text, clause, cs)
    else:
        # "..., a charge Kabul denies": the object comes first, the speaker after it
        speaker = None
    act = cue.group("act") is not None
    channel = _channel(text, cue, sent.end)
    if relative is not None:
        speaker = span(text, relative.start("who"), relative.end("who"))
        return Frame(speaker, _cue_span(text, cue, None), relative.start(), cue.end(), False, True,
                      clause_initial=True)
    if speaker is None and clause > sent.start and (lead := _LEAD_ADVERBIAL.match(text, sent.start, cs)) is not None \
            and clause < lead.end() < cs:
        # "Stressing that the club is “on good terms” with Northam, Vale said ...": a quote inside
        # the fronted phrase is no clause break; the subject follows the phrase
        speaker = _subject(text, lead.end(), cs)
        if speaker is not None and speaker.start != lead.end():
            speaker = None
    if speaker is None:
        return None
    restrictive = _RESTRICTIVE_WHO.search(speaker.text)
    if restrictive is not None:
        # "The chief who said the bridge was safe resigned": the noun the relative clause
        # restricts speaks, and the sentence's own verb comes after what was said
        speaker = span(text, speaker.start, speaker.start + restrictive.start())
    heard = _PERCEIVED.match(speaker.text)
    if heard is not None:
        # "he heard the defendant say: “...”", "They heard Reed admit ...": the one heard speaks
        speaker = span(text, speaker.start + heard.start("np"), speaker.end)
    opens_clause = clause > sent.start
    going_on = _QUOTE_NEXT.match(text, cue.end(), sent.end)
    quote_next = _in_quote(going_on.end() - 1, quotes) if going_on else None
    if _quote_bound(text, cue) and (quote_next is None or quote_next.close < sent.end - 2):
        # "Fighting continued ...": goes on as speech only after a quote ("“...,” she continued")
        # or right before one ("He continued, “...”")
        return None
    if not act and cue.group("verb").split()[0].lower() in _ANSWERS and _ADJUNCT_ONLY.match(text[cue.end() : sent.end]) \
            and not _THAT_OR_QUOTE.search(text, cue.end(), sent.end):
        return None  # "The union responded on Friday.": an answer announced, its words (if any) after it
    if not act and cue.group("verb").lower() in _VERBS_OF_DEEDS and not _PARTICIPLE_CONTENT.match(text, cue.end(), sent.end):
        return None  # "declared a mistrial", "explained his decision": a deed or a topic, no words given
    if not act and cue.group("verb").lower() in {"announced", "announces"} and _OWN_EVENT.match(text, cue.end(), sent.end):
        return None  # "announced his resignation via a statement": the event, no words given
    if not act and cue.group("verb").lower() in _VERBS_OF_RESULTS and _RESULTS_AS_OBJECT.match(text, cue.end(), sent.end):
        return None  # "reported quarterly earnings that beat forecasts": results filed, no words given
    if act:
        start = cue.start("verb")
        channel = None
    else:
        start = channel[1] if channel else cue.end()
        aside = _DASHED_ASIDE.match(text, start, sent.end)
        if aside:
            start = aside.end()  # "said – in a televised address – that ...": where it was said, set off by dashes
        that = _THAT.match(text, start, sent.end)
        if that:
            start = that.end()
        when = _TIME_HEAD.match(text, start, sent.end)
        if when:
            start = when.end()
        later = _ADJUNCT_THEN_THAT.match(text, start - 1 if start > 0 and text[start - 1] == " " else start, sent.end)
        occasion = _CLAUSE_AFTER_ADJUNCT.match(text, start - 1 if start > 0 and text[start - 1] == " " else start, sent.end)
        if later and text[start : later.end()].count(",") == 0:
            start = later.end()
        elif occasion:
            start = occasion.start("clause")  # "said in an interview he was not sure": the occasion is no content
        elif channel or cue.group("verb").split()[0].lower() in _OBJECT_VERBS:
            # "assures Afghan counterpart that ...": skip a short addressee up to "that"
            obj = _OBJECT_THAT.match(text, start, sent.end) or _OCCASION_THEN_THAT.match(text, start, sent.end) or (
                _APPOSITIVE_THAT.match(text, start, sent.end) if channel else None
            )
            if obj and not _CLAUSE_WORDS.search(text, start, obj.end()):
                start = obj.end()
            elif channel and (relative := _RELATIVE_THEN_THAT.match(text, channel[1], sent.end)) is not None:
                start = relative.end()  # "told Pell, who left the navy three years ago, that ...": who he is
    end = sent.end
    if not act and cue.group("verb").lower() in _SHARING_CUES and text.startswith("about ", start):
        return None  # "posted to social media about the race": what it was about, no words given
    if not act and not text[start:sent.end].strip(" \t\n:") and text.endswith(":", sent.start, sent.end):
        # "Ann Roe, leader of the party, said:" closing its paragraph: the quote that opens the
        # next paragraph (and may run over several) is what was said
        following = _NEXT_PARAGRAPH_QUOTE.match(text, sent.end)
        opened = next((q for q in quotes if following and q.open == following.end()), None)
        if opened is not None:
            return Frame(speaker, _cue_span(text, cue, channel), opened.start, opened.end, True, act,
                         channel and text[channel[0]:channel[1]], opens_clause)
    inside = _SUBORDINATOR_OPENING.match(text, sent.start, cs)
    if inside is not None and clause == inside.end():
        # "While officials said the dam held, residents fled": the act ends with its clause
        comma = next((m.start() for m in _COMMA.finditer(text, start, sent.end) if not _in_quote(m.start(), quotes)), -1)
        # "Though he described the plan as “reckless,” Judge ...": the clause's comma inside a quote
        closing = [q.close + 1 for q in quotes if start < q.end <= q.close < sent.end and text[q.end - 1] == ","]
        ends = [e for e in (comma, *closing) if e != -1]
        if ends:
            end = min(ends)
    q = _in_quote(start, quotes)
    relay = _RELAY.match(text, start, sent.end)
    if relay:
        # "... said in a statement that Dar: “...”": the quote is Dar's, the office relays it
        speaker = span(text, relay.start("who"), relay.end("who"))
    colon_quote = _COLON_QUOTE.match(text, start, sent.end) if text.find(":", start, start + 81) != -1 else None
    if colon_quote and (_PARTICIPLE_CUE.search(text, start, colon_quote.end())
                        or _SECOND_SAYING.search(text, start, colon_quote.end())):
        # "said the results were poor, adding: “...”", "said ... and added: “...”": the quote is the second act's
        colon_quote = None
    if colon_quote and (q is None or q.open != start):
        # "reiterated the government's firm stance: “...”": the quote is what was said
        q2 = _in_quote(colon_quote.end(), quotes)
        if q2 is not None and q2.close >= sent.end - 1:
            q, start = q2, q2.open
        elif q2 is not None and q2.open == colon_quote.end() and _PARTICIPLE_AFTER_QUOTE.match(text, q2.close, sent.end):
            q, start = q2, q2.open  # "reiterated his stance: “...,” while giving ...": the quote
    if q is None and not act:
        # "said on the club's website: 'I messaged ...": a quote in single marks, or one whose
        # close is past the page's furniture, starts after the channel and its colon
        channel_colon = _CHANNEL_COLON.match(text, start, sent.end)
        if channel_colon:
            start = channel_colon.end()
            q = next((quote for quote in quotes if quote.open == start), None)
    if q is not None and q.open == start and (q.close >= sent.end - 1
                                              or _PARTICIPLE_AFTER_QUOTE.match(text, q.close, sent.end)):
        # (a quote, then ", while giving a nod to ...": what the speaker did besides saying it)
        return Frame(speaker, _cue_span(text, cue, channel), q.start, q.end, True, act,
                      channel and text[channel[0]:channel[1]], opens_clause)
    if q is not None and q.open == start and q.close > sent.end:
        end = q.close
    tail = _ACCORDING_TAIL.search(text, max(start, end - 120), end)
    if tail and not _in_quote(tail.start(), quotes):
        end = tail.start()  # "X called for ..., according to a press release": where it was said
    held_back = next((m for m in _HELD_BACK.finditer(text, start, end) if not _in_quote(m.start(), quotes)), None) \
        if text.find("but", start, end) != -1 else None
    if held_back is not None:
        end = held_back.start()  # "ruled that ..., but stopped short of ...": what the speaker did not say
    if act:
        setting = next((m for m in _ACT_SETTING.finditer(text, start, end) if not _in_quote(m.start(), quotes)), None)
        if setting is not None:
            end = setting.start()  # "ordered X to ..., in a landmark case brought by Y": where, not what
        named = next((m for m in _AFTER_NAMING.finditer(text, start, end) if not _in_quote(m.start(), quotes)), None)
        if named is not None:
            end = named.start()  # "touted the plan as the “best ever” but wants ...": a deed joined on
        # "criticised the council, and the union has been pressing for ...": the act's object
        # ends where a clause with a subject of its own is joined on
        joined = next((m for m in _JOINED_SUBJECT_CLAUSE.finditer(text, start, end) if not _in_quote(m.start(), quotes)),
                      None)
        if joined is not None:
            end = joined.start()
        # "called the tally “void”, as several aldermen told reporters ...": another speaker's clause
        other = next((m for m in _OTHER_SPEAKERS_CLAUSE.finditer(text, start, min(end, start + _REPORTED_REACH))
                      if not _in_quote(m.start(), quotes)), None)
        if other is not None:
            end = other.start()
    elif q is None or q.open != start:
        gloss = next((m for m in _WRITERS_GLOSS.finditer(text, start, end) if not _in_quote(m.start(), quotes)), None)
        if gloss is not None:
            end = gloss.start()  # "..., a statement that was widely seen as ...": the writer's gloss
        # "said she did not agree – as 81 players confirm they ...", "claimed she agreed – but the
        # midfielder has denied ...": the reported clause ends where another speaker's clause begins
        # (read within a reported clause's reach: a page-long "sentence" is never scanned whole)
        reach = min(end, start + _REPORTED_REACH)
        if any(text.find(mark, start, reach) != -1 for mark in ("–", "—", ", as ", ", while ", ", whereas ")):
            other = next((m for m in _OTHER_SPEAKERS_CLAUSE.finditer(text, start, reach)
                          if not _in_quote(m.start(), quotes)), None)
            if other is not None:
                end = other.start()
        if text.find(" while ", start, reach) != -1 or text.find(" when ", start, reach) != -1:
            occasion = next((m for m in _WHILE_SPEAKING.finditer(text, start, min(end, reach))
                             if not _in_quote(m.start(), quotes)), None)
            if occasion is not None:
                end = occasion.start()  # "said the town will “rise again” while giving an update": when it was said
    if restrictive is not None and q is None:
        end = _before_main_verb(text, start, end)
    start, end = _trim(text, start, end, " \t\n,;:.")
    if not has_words(text, start, end, 2):
        return None
    if not act and _occasion_only(text, start, end):
        return None  # "The company said in a press release.", "said this at a briefing": where, not what
    return Frame(speaker, _cue_span(text, cue, channel), start, end, False, act,
                  channel and text[channel[0]:channel[1]], opens_clause)


#: what follows a reporting verb when it names only the occasion or the means: a preposition
#: first, or "this"/"so" (the words were given before) and then one
_OCCASION_HEAD = re.compile(
    r"(?:(?P<anaphor>this|so|these)\s+)?(?:in|on|at|by|via|during|after|before|through|over|from|with)\s",
    re.IGNORECASE,
)
_OCCASION_REACH = 8


def _occasion_only(text: str, start: int, end: int) -> bool:
    """The content is an occasion or a means and nothing said: "in a press release", "by
    telephone", "this in a briefing after the council meeting". A clause after the phrase ("in
    2020 prices rose") would give a verb; a long phrase is read as content unless it opens on
    "this", which points back at words already given."""
    head = _OCCASION_HEAD.match(text, start, end)
    if head is None or _FINITE_VERB.search(text, start, end) or _CLAUSE_WORDS.search(text, head.end(), end) \
            or any(c in text[start:end] for c in "“”\""):
        return False
    return head.group("anaphor") is not None or word_count(text[start:end]) <= _OCCASION_REACH


#: ", and the union has been ...": a second clause with its own subject and a finite verb
_JOINED_SUBJECT_CLAUSE = re.compile(
    rf",[”\"’]?\s+(?:and|but|while|whereas)\s+(?!(?:also\s+)?(?:{_SAY}|{_ACT})\b)(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:who|which|that|whose|whom)\b)[\w’'-]+\s+){1,4}?"
    r"(?:has|have|had|is|are|was|were|will|would|did|does)\b"
    # "..., and he urged Congress to ...": the subject again, with an act of its own
    rf"|,[”\"’]?\s+(?:and|but)\s+(?:he|she|they|we)\s+(?:also\s+)?(?:{_SAY}|{_ACT})\b"
)
#: ", while giving a nod to ...", " as he left": what the speaker did besides, after a quote
_PARTICIPLE_AFTER_QUOTE = re.compile(r"\s*,?\s+(?:while|as|before|after)\s+[a-z]+ing\b")
#: "... as the “best ever” but wants ...": after a name given in quotes, the subject's next deed
_AFTER_NAMING = re.compile(r"(?<=[”\"])\s+(?:but|yet|and)\s+(?![“\"‘])(?:also\s+|still\s+)?(?!is\b|was\b|has\b)[a-z]{3,}s\b")
#: ", a statement that was widely seen as ...", ", a claim that has been denied": the writer's
#: appositive on what was said, after the reported clause
_WRITERS_GLOSS = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|remark|comment|claim|call|view|position|charge|accusation|assertion"
    r"|suggestion|pledge|promise|threat|warning)\s+(?:that|which)\s+(?:was|were|is|has|had|many|critics|some|drew|sparked)\b"
)
#: " – in a televised statement on Friday – ": an occasion set off by dashes right after the cue
_DASHED_ASIDE = re.compile(r"\s*[–—]\s+(?:in|on|at|during|via|through|speaking)\s[^–—“”\"]{1,120}?\s[–—]\s*")
#: ", in a landmark case brought by ...", ", in a ruling on ...": the setting of an act, after its object
_ACT_SETTING = re.compile(r",\s+in\s+(?:a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:case|ruling|judgment|judgement"
                          r"|verdict|decision|statement|letter|speech|address|interview|hearing|order|report)\b")
#: "..., but stopped short of ...", "... but didn't signal ...": the speaker holding back, said of
#: the speaker (who alone can decline to say), so no longer the reported clause
_HELD_BACK = re.compile(
    r",?\s+but\s+(?:stopped\s+short|declined|refused|(?:did\s+not|didn[’']t)\s+(?:say|signal|specify|elaborate|give"
    r"|offer|rule|explain|comment|address|mention|indicate|provide|commit|close|spell|set))\b"
)
#: how far into a reported clause another speaker's clause or the speaker's occasion is looked for
_REPORTED_REACH = 600
#: "while giving an update", "while speaking to reporters": the speaker's occasion after reported speech
_WHILE_SPEAKING = re.compile(
    r",?\s+(?:while|when)\s+(?:giving|speaking|addressing|visiting|touring|delivering|answering|announcing|holding"
    r"|briefing|testifying|appearing|campaigning|accepting|unveiling|launching|presenting|introducing)\b"
)
#: cue verbs in the present tense of a plural subject ("81 players confirm"), missing from the lexicon
_PLURAL_PRESENT_CUES = r"confirm|deny|state|announce|agree|accuse|demand|reveal|tell|pledge|vow"
#: a dash or a comma, a conjunction, a subject of a few words, then an auxiliary or a cue verb:
#: a clause of its own joined to reported speech (after a comma, only with a cue verb: ", as
#: he was tired" may be part of what was said)
_OTHER_SPEAKERS_CLAUSE = re.compile(
    rf"\s+[–—]\s+(?:as|but|while|whereas)\s+(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){{1,5}}?"
    rf"(?:(?:has|have|had|is|are|was|were|will|would|did|does)\s+(?:[a-z]+ly\s+)?(?:{_SAY}|{_ACT})|{_SAY}|{_ACT}"
    rf"|{_PLURAL_PRESENT_CUES})\b"
    # ("..., as five of the nine aldermen told reporters ...": a subject of up to seven words)
    rf"|,\s+(?:as|while|whereas)\s+(?:(?!(?:who|which|that|he|she|it|they|we)\b)[\w’'-]+\s+){{1,7}}?"
    rf"(?:{_SAY}|{_ACT}|{_PLURAL_PRESENT_CUES})\b"
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
#: "X, who said the plan would fail, resigned": the main clause going on after a relative one
_MAIN_CLAUSE_RESUMES = re.compile(r",\s+(?=[a-z])")
#: "The chief who": a subject closed by a restrictive relative pronoun, its cue right after
_RESTRICTIVE_WHO = re.compile(r"(?<=[a-z])\s+who$")
#: a finite verb of the reported clause, then a past-tense verb after a word that is no
#: verb: "the bridge was safe *resigned* on Monday" (a verb with "by" after it is a participle
#: on a noun: "homes owned by ...")
_MAIN_VERB = r"(?P<verb>(?:is|are|was|were|has|have|had|[a-z]{2,}ed)\b)(?!\s+by\b)"
_MAIN_VERB_AFTER_CONTENT = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|[a-z]{2,}ed)\s+"
    r"(?:[a-z’'-]+\s+){0,6}?(?!(?:is|are|was|were|has|have|had|been|be|being|not|and|or|but|that|which|who|to)\s)"
    r"(?![a-z’'-]*ed\s)[a-z’'-]+\s+" + _MAIN_VERB
)


#: a passive at the reported clause's end, then the sentence's verb: "the bridge was closed *resigned*"
_MAIN_VERB_AFTER_PASSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+[a-z]{2,}ed\s+" + _MAIN_VERB)


def _before_main_verb(text: str, start: int, end: int) -> int:
    """Where a restrictive relative's reported clause ends: before the sentence's own verb."""
    verbs = [m for m in (_MAIN_VERB_AFTER_CONTENT.search(text, start, end), _MAIN_VERB_AFTER_PASSIVE.search(text, start, end))
             if m is not None]
    verb = min(verbs, key=lambda m: m.start("verb"), default=None)
    return verb.start("verb") if verb is not None and "," not in text[start : verb.start("verb")] else end


#: ", who said": a relative clause hangs the cue on the noun before it
_WHO_BEFORE_CUE = re.compile(r",\s+who\s+(?:[a-z]+ly\s+|also\s+|later\s+|always\s+|never\s+|still\s+|often\s+)?$")
#: the sentence's whole subject before that comma, a description ("The chief, who said ...")
_SUBJECT_BEFORE_WHO = re.compile(r"(?:The|A|An)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}")
#: a capitalised name right before that comma ("Judge Alan Poe", "the WHO")
_ANTECEDENT = re.compile(r"(?<![\w.])(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*$")


#: a subject's relative clause set off by commas right before the cue
_RELATIVE_BEFORE_CUE = re.compile(r"[\w’'.]\s*,\s+(?:who|which)\s[^,;:“”\"]{1,120},$")
#: a verb of perception and its object before a bare infinitive: "he heard the defendant (say)"
_PERCEIVED = re.compile(r"(?:.*\s)?(?:heard|hear|hears|overheard|saw|watched)\s+(?P<np>\S.*)$")
#: verbs whose object follows them at once: after a comma, what comes next is what was announced
#: "“...,” warned the mayor": after a quote these verbs' subject follows ("warned residents" is
#: who was warned only when no quote comes first)
_QUOTE_THEN_SPEAKER = frozenset(["warned", "warns", "assured", "assures"])
_OBJECT_FIRST = frozenset(["announced", "announces", "unveiled", "unveils", "launched", "launches", "released",
                           "releases", "issued", "issues", "revealed", "reveals"])


def _inverted_frame(
    text: str, sent: Sentence, cue: re.Match[str], quotes: Sequence[Quote]
) -> Frame | None:
    """"“...,” said the minister." / "..., says Jane Roe, an economist.": verb before subject."""
    if cue.group("aux").strip() or cue.group("act") is not None:
        return None
    before = text[sent.start : cue.start("verb")].rstrip()
    # "“...,” said X" or, with the comma outside the marks, "“...”, said X"
    ends = (len(before) + sent.start, len(before) + sent.start - 1 if before.endswith(",") else -1)
    quote = next((q for q in quotes if q.close in ends), None)
    verb = cue.group("verb").split()[0].lower()
    if verb in _OBJECT_VERBS and not (quote is not None and verb in _QUOTE_THEN_SPEAKER):
        return None  # "..., told reporters": what follows "told" is who was told, never the speaker
    if quote is None and not before.endswith(","):
        return None
    if quote is None and (cue.group("verb").lower() in _VERBS_OF_DEEDS | _OBJECT_FIRST or _quote_bound(text, cue)):
        # "The judge, in a brief hearing, declared a mistrial", "The mayor, along with his health
        # chief, announced an emergency": the object is no speaker
        return None
    if quote is None and ("who" in before or "which" in before) and _RELATIVE_BEFORE_CUE.search(before):
        return None  # "The victim, who gave evidence, said the attack hurt him": the subject came first
    stop = _name_stop(text, cue.end(), sent.end)
    occasion = _OCCASION_AFTER_SPEAKER.search(text, cue.end(), stop)
    if occasion is not None:
        stop = occasion.start()  # "said Moore during the press conference": where, not who
    np_start, np_end = _trim(text, cue.end(), stop, " \t\n,;:.")
    if text.startswith(("'", "‘", "“", "\""), np_start):
        return None  # "Vale, on social media, says 'I will not sell'": the words said, no speaker
    first_word = text[np_start:np_end].split()[:1]
    named = _NAME_AFTER_DESCRIPTION.match(text, np_end, sent.end) if first_word and first_word[0].lower() in _POSSESSIVES else None
    if named and person_name(named.group(1)):
        np_end = named.end(1)  # "said his lawyer, Kevin Downing": the description, then the name
    speaker = _subject(text, np_start, np_end) if np_end > np_start else None
    if speaker is None or _NOT_INVERTED_FIRST.match(text, np_start) or _NOT_INVERTED.search(text, np_start, speaker.end) \
            or not _title_words_only(text[np_start : speaker.start]):
        # "said WHO officer Jane Roe" inverts; "said that officials are ...", "said Wednesday
        # that 37,958 ...", "said the gap could not be closed" are the said thing, not a speaker
        return None
    if quote is not None and _starts_clause(text, quote.open, sent):
        return Frame(speaker, span(text, cue.start("verb"), cue.end()), quote.start, quote.end, True, False)
    start, end = _trim(text, sent.start, len(before) + sent.start)
    label = _HEADLINE_LABEL.match(text, start, end)
    if label:
        start = label.end()  # "Mayor resigns: It was time, says mayor": the words after the colon
    if not has_words(text, start, end, 3):
        return None
    return Frame(speaker, span(text, cue.start("verb"), cue.end()), start, end, False, False)


def _title_words_only(words: str) -> bool:
    """What may stand between an inverted cue and its speaker's name: a title ("WHO senior
    surveillance officer", "the company's chief executive"), not a phrase ("special packages
    for Andhra Pradesh and")."""
    split = words.split()
    if len(split) > 5 or any(w.lower() in _PHRASE_WORDS for w in split):
        return False
    lower = [w for w in split if w[:1].islower() and w.lower() not in ("the", "a", "an")]
    return not lower or any(w.lower().strip(".,") in TITLE_WORDS for w in split)


_PHRASE_WORDS = frozenset("for and of to in on with that from by at as or".split())
#: a phrase after an inverted speaker that tells the occasion: "said Moore during the briefing"
_OCCASION_AFTER_SPEAKER = re.compile(
    r"\s(?:during|at|in|on|after|before|via|outside|inside|while|when|from|to|with)\s+(?:a|an|the|his|her|their"
    r"|its|[A-Z]|\d)|\s(?:while|when|after|before)\s+[a-z]+ing\b")
_POSSESSIVES = frozenset(["his", "her", "their", "its", "the"])
#: ", Kevin Downing." after "said his lawyer": the name the description is given
_NAME_AFTER_DESCRIPTION = re.compile(r",\s*([A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,2})\s*[.;]?\s*$")
_NOT_INVERTED = re.compile(r"\b(?:that|is|are|was|were|has|have|had|will|would|could|can|may|should|must|might|not)\b")
_NOT_INVERTED_FIRST = re.compile(
    rf"(?:{_WEEKDAY}|yesterday|today|on|in|at|that|\d[\d,.]*)\b"
)

#: A headline's topic before a colon, ahead of the words reported: "Mayor resigns: ...".
_HEADLINE_LABEL = re.compile(r"[^:“\"\n]{1,60}:\s+(?=\S)")


#: what "according to" means "in keeping with": a rule, a plan or a custom, no one who tells
_RULEBOOK = re.compile(
    r"(?:(?:the|their|its|his|her|our|local|national|state|federal|international|new|existing|current)\s+){0,3}"
    r"(?:law|laws|rule|rules|regulation|regulations|policy|policies|plan|plans|schedule|tradition|traditions|custom"
    r"|customs|protocol|protocols|procedure|procedures|guidelines|requirements)"
)


#: figures pointed back to with no maker named: "according to *those numbers*", "*the preliminary
#: estimation*" (a capitalised word names one, "the UN figures"; "our estimates" are the writer's)
_NO_ONES_FIGURES = re.compile(
    r"(?:the|these|those|this|that|its|their)\s+(?:[a-z]+\s+){0,2}"
    r"(?:numbers|figures|estimates?|estimations?|calculations?|data|projections?|reckoning)"
)


#: where a name after its cue ends: a comma, a semicolon, a spaced dash ("said Roe – below the
#: 50 it had"), or a full stop that is not an initial, a dotted abbreviation ("the U.S. Weather
#: Office") or a decimal point ("£2.3bn")
_NAME_STOP = re.compile(r"[,;\n]|\s(?:–|—|--?)\s|\.(?!\w)")
_INITIAL_BEFORE_STOP = re.compile(r"(?<![\w.’'-])(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|Co|Inc)$")


def _name_stop(text: str, start: int, end: int) -> int:
    """Where the phrase naming a source, from ``start``, ends (``end`` when nothing ends it)."""
    for m in _NAME_STOP.finditer(text, start, end):
        if m.group() == "." and _INITIAL_BEFORE_STOP.search(text, max(start, m.start() - 8), m.start()) \
                and m.end() < end:
            continue  # "the U.S. Drought Office", "John F. Kennedy": the name goes on
        return m.start()
    return end


def _according_frame(text: str, sent: Sentence, m: re.Match[str], quotes: Sequence[Quote]) -> Frame | None:
    """"according to X, ..." / "..., according to X"."""
    np_end = _name_stop(text, m.end(), sent.end)
    np_start, np_end = _trim(text, m.end(), np_end, " \t\n,;:.")
    if np_end <= np_start or has_words(text, np_start, np_end, 13):
        return None
    np_start, np_end = _source_of_figures(text, np_start, np_end)
    if text[np_start:np_end].endswith(_TIME_TAIL_ENDS):
        when = _TIME_TAIL.search(text, np_start, np_end)
        if when is not None and when.start() > np_start:
            np_end = when.start()  # "according to its lawyer on Thursday": when, not who
        elif text[np_start:np_end].endswith(_WEEKDAY_NAMES) and " " in text[np_start:np_end].strip():
            np_end = text.rindex(" ", np_start, np_end)  # "according to his lawyer Thursday"
    if _RULEBOOK.fullmatch(text, np_start, np_end):
        return None  # "notified according to local laws", "according to plan": in keeping with, no source
    if _NO_ONES_FIGURES.fullmatch(text, np_start, np_end):
        return None  # "according to those numbers", "the preliminary estimation": figures no one is named for
    speaker = span(text, np_start, np_end)
    cue = span(text, m.start(), m.end() - 1)
    before = text[sent.start : m.start()].strip(" ,")
    if before and not _LEAD_ADVERBIAL.fullmatch(before + " "):
        start, end = _trim(text, sent.start, m.start())
    else:
        start, end = _trim(text, np_end, sent.end, " \t\n,;:.")
    if not has_words(text, start, end, 3):
        return None
    return Frame(speaker, cue, start, end, False, False)


#: "estimates from march organizers", "a review of estimates by X": the figures come from X.
_FIGURES_FROM = re.compile(
    r"(?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?:of|by)\s+)?(?:(?:the|their|its|[a-z]+al|new|latest|early"
    r"|initial|preliminary|separate|and)\s+){0,3}(?:estimates?|figures?|data|numbers?|statistics|counts?|tall(?:y|ies)"
    r"|calculations?|projections?)\s+(?:(?:released|published|compiled|issued|provided|given|collected)\s+)?"
    r"(?:from|by)\s+(?=\S)"
)
#: "official figures released on Saturday": a participle clause after the source is not its name.
_PARTICIPLE_TAIL = re.compile(
    r"\s+(?:released|published|issued|compiled|provided|given|cited|collected|announced|posted"
    r"|updated|seen|obtained|reported|shared)\b(?!\s+by\b).*$"
)


#: a document its maker's name is the possessor of: "the commission*'s declaration*", "the
#: agency*'s latest figures*"
_OWNERS_DOCUMENT = re.compile(
    r"['’]s\s+(?:(?:latest|official|final|new|initial|preliminary|provisional|annual|own|weekly|daily|monthly)\s+)*"
    r"(?:declaration|report|data|figures?|estimates?|statement|count|tally|records?|results|tables?|survey|statistics)\s*$"
)


_DESCRIBED_WITH = re.compile(r"\s+with\s+(?:a|an|its|their)\s+.*$")


def _source_of_figures(text: str, start: int, end: int) -> tuple[int, int]:
    """The source named after "according to": who made the figures, without a participle clause."""
    lead = _FIGURES_FROM.match(text, start, end)
    if lead:
        start = lead.end()
    tail = _PARTICIPLE_TAIL.search(text, start, end)
    if tail and has_words(text, start, tail.start(), 1):
        end = tail.start()
    described = _DESCRIBED_WITH.search(text, start, end)
    if described and has_words(text, start, described.start(), 2):
        end = described.start()  # "a Corvel poll with a 5 point margin of error": what the source had, not its name
    owner = _OWNERS_DOCUMENT.search(text, start, end)
    if owner and has_words(text, start, owner.start(), 1):
        end = owner.start()  # "the Election Commission's declaration": the commission made it
    return start, end


#: The first verb of a sentence, where its subject ends: a past tense or a common irregular one.
_FIRST_VERB = re.compile(
    r"\s(?:[a-z]+ly\s+|also\s+|later\s+|earlier\s+|then\s+|again\s+)?(?:[a-z]{2,}ed|spoke|gave|made|struck|took|wrote|sent|went|came|began|stood"
    # "X will step down at the end of the season, stating that ...": a modal opens the predicate
    r"|set|put|kept|held|left|sounded|had|has|will|would|could|can|cannot|did|does|should|must|might"
    # irregular past tenses a participle clause follows ("sought an adjournment saying ...")
    r"|sought|rose|brought|fought|met|led|won|lost|got|found|threw|drew|ran|told"
    # "The board forecast a surplus but warned ...": a verb spelled as its noun, unless a
    # determiner makes it the noun ("the forecast", "a forecast")
    r"|(?<!the\s)(?<!an\s)(?<!a\s)(?<!’s\s)(?<!'s\s)forecasts?)\b"
)
_COLON_BEFORE_QUOTE = re.compile(r":\s*(?=[“\"])")
#: "had the following to say about the pitch, “...”", "shared the following comments, “...”":
#: the comma stands for the colon when "the following" announces the quote
_FOLLOWING_COMMA = re.compile(r"\bthe\s+following\b[^.;:“”\"]{0,60}?(?P<mark>,\s*)(?=[“\"])")
_PARTICIPLE_BEFORE_COLON = re.compile(
    r"\b(?:(?:as|when|while|before|after)\s+(?P<who>he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b[^,;:“\"]{0,80}?|with\s+(?P<with>[^,;:“\"]{2,80}?))\s+"
    r"(?P<cue>saying|adding|declaring|tweeting|writing|posting)\s*$"
)


def _colon_quote_frame(text: str, sent: Sentence, quotes: Sequence[Quote]) -> Frame | None:
    """"The chief offered details at a news conference: “...”", "He struck a defiant tone:
    “...”": a quote after a colon that fills the rest of the sentence is its subject's words."""
    found = _COLON_BEFORE_QUOTE.search(text, sent.start, sent.end)
    if found is None:
        found = _FOLLOWING_COMMA.search(text, sent.start, sent.end) \
            if text.find("following", sent.start, sent.end) != -1 else None  # "the following comments, “...”"
        if found is None:
            return None
        colon_start, colon_end = found.span("mark")
    else:
        colon_start, colon_end = found.span()
    q = next((q for q in quotes if q.open == colon_end), None)
    if q is None or q.close < sent.end - 1 or not has_words(text, q.start, q.end, 3):
        return None
    # "... as she ended her speech saying: “...”", "..., with the singer X tweeting: “...”": the
    # participle's own subject, when the clause names it
    participle = _PARTICIPLE_BEFORE_COLON.search(text, max(sent.start, colon_start - 160), colon_start)
    if participle is not None:
        group = "who" if participle.group("who") else "with"
        who = _trim(text, participle.start(group), participle.end(group))
        if _plausible_subject(text[who[0] : who[1]]):
            cue = span(text, participle.start("cue"), participle.end("cue"))
            return Frame(span(text, *who), cue, q.start, q.end, True, False)
    verb = _FIRST_VERB.search(text, sent.start, colon_start) or _DOCUMENT_READ.search(text, sent.start, colon_start)
    if verb is None or verb.start() <= sent.start:
        return None
    speaker = _subject(text, sent.start, verb.start())
    between = text[speaker.end : verb.start()].strip(" ,") if speaker is not None else ""
    if speaker is None or not (_MANNER_ONLY.fullmatch(between) or _WHEN_BETWEEN.fullmatch(between)):
        return None  # "The mayor this morning released ...": a time between is no part of either
    words = speaker.text.split()
    if not (words[0][:1].isupper() or words[0].lower() in {"he", "she"}) or words[0].lower() in {"it", "they", "this", "that"}:
        return None
    mention = read_mention(speaker.text)
    owner = _OWNED_DOCUMENT.fullmatch(speaker.text)
    if mention.kind == "document" and owner is not None and text[verb.start() : colon_start].split()[0] in _DOCUMENT_SAYS:
        # "His letter to the PM read: “...”", "Lee’s statement said: “...”": the writer's words
        writer = span(text, speaker.start + owner.start("who"), speaker.start + owner.end("who"))
        return Frame(writer, span(text, verb.start() + 1, colon_start), q.start, q.end, True, False)
    if mention.kind == "document" or (mention.kind == "unknown" and len(words) > 1):
        return None  # "The banner carried the words: “...”", "Her voice broke: “...”": not a speaker
    cue = span(text, colon_start, colon_start + 1)
    return Frame(speaker, cue, q.start, q.end, True, False)


#: "His letter", "Lee’s resignation statement": a document and whose it is
_OWNED_DOCUMENT = re.compile(
    r"(?P<who>His|Her|Their|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?=[’']s\s))(?:[’']s)?\s+(?:[a-z]+\s+){0,2}"
    r"(?:letter|statement|note|message|post|tweet|email|e-mail)\b.*"
)
#: "His letter read:": a document's own verb, right before the colon
_DOCUMENT_READ = re.compile(r"\s(?:read|reads)(?=\s*$)")
#: what a document's verb before a colon may be: it gives the words that follow
_DOCUMENT_SAYS = frozenset(["read", "reads", "said", "says", "stated", "states", "continued", "added"])


#: ", saying that ...", ", adding: “...”", ", accusing X of ...": a participle clause after the
#: main clause is one more act of the main clause's subject
#: "... and added:", "... but said:": a second verb of saying before a colon and a quote
_SECOND_SAYING = re.compile(r"\s(?:and|but)\s+(?:also\s+|then\s+)?(?:added|said|stated|declared|insisted|warned)\s*:\s*$")
#: a word before a bare "saying" that makes it no reporting participle of its own
_NOT_BEFORE_BARE_SAYING = re.compile(
    r"\b(?:is|am|are|was|were|be|been|being|kept|keep|keeps|stop|stopped|without|of|for|about|worth|like|from"
    r"|began|begin|continued|continue|started|start|avoid|avoided|quit|mean|meant|by|while|on|in|at|not|just|and|or)$"
)
_PARTICIPLE_CUE = re.compile(
    # "..., after acknowledging he made mistakes", "surprised fans by announcing that ...": a
    # preposition before the participle, with or without a comma
    r"(?:,\s+(?:(?:and|while|after|before|by)\s+)?|\s(?:after|before|by|while)\s+|(?<=[”\"])\s+(?=adding\s)"
    # "sought an adjournment saying the witness was ill": "saying" needs no comma
    + r"|\s(?=saying\s))(?:also\s+)?(?:(?P<say>saying|adding|declaring|insisting|arguing|warning|claiming|noting"
    r"|stressing|explaining|revealing|stating|asserting|maintaining|acknowledging|admitting|confirming"
    r"|announcing|shouting|(?:writing|tweeting|posting)(?=,\s*[“\"]))|(?P<act>accusing|urging|advising|calling\s+(?:on|upon|for)|blaming|demanding|denying|citing"
    # "calling the ruling a “grave mistake”": a name given in the speaker's words
    r"|(?P<naming>calling(?=\s(?!on\b|upon\b|for\b)[^.;:“”\"]{1,50}?\s[“\"‘])"
    # "referring to it as an “adjustment”", "describing the plan as “reckless”": a name given
    r"|(?:referring\s+to|describing|characteri[sz]ing|branding|dismissing)(?=\s[^.;:“”\"]{1,60}?\sas\s[^.;:“”\"]{0,40}?[“\"‘]))"
    r"|criticising|criticizing|condemning|rejecting))\b"
)
#: the participles ``_PARTICIPLE_CUE`` reads, each a whole lower-case word (``_LOWER_WORD``)
_PARTICIPLE_WORDS = frozenset(
    ["saying", "adding", "declaring", "insisting", "arguing", "warning", "claiming", "noting", "stressing",
     "explaining", "revealing", "stating", "asserting", "maintaining", "acknowledging", "admitting", "confirming",
     "announcing", "shouting", "writing", "tweeting", "posting", "accusing", "urging", "advising", "calling",
     "blaming", "demanding", "denying", "citing", "referring", "describing", "characterising", "characterizing",
     "branding", "dismissing", "criticising", "criticizing", "condemning", "rejecting"]
)
#: a participle after a preposition with no comma before it, for the cheap test of a sentence
_PREPOSITION_PARTICIPLE = re.compile(r"\s(?:after|before|by|while)\s+(?:also\s+)?[a-z]+ing\b|[”\"]\s+adding\s|\ssaying\s")
#: what a participle after a preposition and no comma must take to be an act: a that-clause, a
#: quote, or a clause with a subject pronoun ("by announcing that ...", "after admitting she ...")
_CLAUSE_AFTER_PARTICIPLE = re.compile(
    r"\s*(?:that\b|:|[“\"‘])|\s+(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?[a-z]{2,}\b"
    # "by admitting the firm had endured a rough quarter": a subject with a determiner, then its auxiliary
    r"|\s+(?:the|its|his|her|their)\s+(?:[\w’'-]+\s+){1,2}?(?:had|has|was|were|is|are|would|will|could|did)\b"
)
#: what a reporting participle takes: a that-clause, a quote after a colon, or a clause with its
#: own subject ("saying he was tired"), never a bare object ("adding to losses", "saying nothing")
_PARTICIPLE_CONTENT = re.compile(
    r"\s*(?:that\b|,?\s*:|,?\s*[“\"‘])|\s+(?:[\w’'-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would|could|can"
    r"|should|must|did|does|do)\b"
    # "acknowledging she made mistakes": a subject pronoun opens a clause whatever its verb
    r"|\s+(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?[a-z]{2,}\b"
)
#: Reporting verbs that also take a deed or a topic as their object ("declared a state of
#: emergency", "explained his thinking", "testified before Congress"): words are reported only in a
#: clause or a quote after them
_VERBS_OF_DEEDS = frozenset(
    ["declared", "declares", "declare", "explained", "explains", "explain", "testified", "testifies"]
)
#: "on the club's website: '": where it was said, then a colon and an opening quote mark
_CHANNEL_COLON = re.compile(r"(?:on|in|via|through|to)\s(?:[^“\"‘:.;]|\.(?=\S)){1,80}:\s*(?=[‘'“\"][A-Z])")
#: "announced his resignation", "announced their engagement on Monday": one's own event as the object
_OWN_EVENT = re.compile(
    r"\s+(?:his|her|their|its|my|our)\s+(?:[a-z-]+\s+)?[a-z-]+(?=\s*(?:[.,;]|$|\s+(?:via|on|in|at|with|after|and|to|from|as|during|this|last)\b))"
)
#: verbs that report words and also a firm's results as their object ("reported a loss")
_VERBS_OF_RESULTS = frozenset(["reported", "reports", "posted", "posts"])
#: results as the object: "a loss", "record profits", "fourth-quarter earnings that ...", not the
#: subject of a reported clause ("reported that revenue rose", "reported sales were weak")
_RESULTS_AS_OBJECT = re.compile(
    r"\s+(?!that\b)(?:[\w’'-]+\s+){0,3}?(?:earnings|results|revenues?|profits?|loss(?:es)?|sales|income|turnover)\b"
    r"(?!\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|had|has|have|will|would|could|may|might|rose|fell|grew|slipped|jumped|dropped|declined|increased|decreased)\b)"
)
_THAT_OR_QUOTE = re.compile(r"\bthat\b|[“\"‘:]")
#: verbs of answering, which may stand alone: "The union responded on Friday."
_ANSWERS = frozenset(["responded", "replied"])
#: a quote opening right after the verb, after a comma or a colon
_QUOTE_NEXT = re.compile(r"\s*[,:]\s*[“\"]")
#: verbs that are speech only right beside a quote ("“...,” she continued", "“...,” opened Roe",
#: "He went on: “...”"): alone they are deeds ("the fighting continued", "the mayor opened the
#: bridge", "the rope snapped")
_GOING_ON = frozenset(["continued", "continues", "opened", "began", "concluded", "went on", "quipped", "joked",
                       "retorted", "countered", "mused", "exclaimed", "sighed", "boasted", "complained", "pleaded",
                       "protested", "scoffed", "snapped", "fumed", "whispered", "offered", "observed", "interjected",
                       "chimed in"])
#: of those, the ones that report the that-clause after them too: "complained that the rules ..."
_GOING_ON_THAT = frozenset(["concluded", "quipped", "joked", "retorted", "countered", "mused", "boasted", "complained",
                            "protested", "observed"])
_THAT_NEXT = re.compile(r"\s+that\s")
_BE = frozenset(["is", "are", "was", "were"])


def _quote_bound(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue is speech only beside a quote (``_GOING_ON``): "complained that ..." is
    reported speech with no quote."""
    verb = " ".join(cue.group("verb").lower().split())
    return verb in _GOING_ON and not (verb in _GOING_ON_THAT and _THAT_NEXT.match(text, cue.end()))
_NAME_BEFORE_APPOSITIVE = re.compile(r"\s*([A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,3}),\s*")
#: a second main clause with a subject of its own: "... but Holt has ...", "... and she ..."
_JOINED_CLAUSE = re.compile(r"\s(?:but|and|yet)\s+(?=[A-Z][a-z]|(?:he|she)\s)")
#: a subordinate clause opening the sentence, before the main clause's subject
_OPENING_SUBORDINATE = re.compile(
    r"(?:While|Although|Though|When|As|Because|If|Since|After|Before|Once|Even\s+though|Despite|In\s+spite\s+of)\b[^,]{1,120},\s+"
)
_SUBORDINATOR_OPENING = re.compile(r"(?:While|Although|Though|Even\s+though|Whereas)\s+")


_ISSUED = re.compile(r"issued\s")


def _participle_frames(text: str, sent: Sentence, quotes: Sequence[Quote], frames: list[Frame]) -> list[Frame]:
    """"X spoke at the briefing, saying that ...", "X said ..., adding: “...”", "He took it
    further, accusing his side of ...": the act of the main clause's subject, or of the speaker
    of the act before it in the sentence."""
    out: list[Frame] = []
    for m in _PARTICIPLE_CUE.finditer(text, sent.start, sent.end):
        cue_start = m.start("say") if m.group("say") else m.start("act")
        if _in_quote(cue_start, quotes) or any(f.cue.start <= cue_start < f.cue.end for f in frames):
            continue
        cue = span(text, cue_start, m.end())
        if m.group("act"):
            start, end = cue_start, sent.end
            # "referring to it as an “adjustment,” but he did not ...": a clause of its own joined on
            joined = next((j for j in _JOINED_SUBJECT_CLAUSE.finditer(text, start, end)
                           if not _in_quote(j.start(), quotes) or text[j.start() + 1 : j.start() + 2] in "”\""), None) \
                or next((j for j in _JOINED_PREDICATE.finditer(text, start, end)  # ", and accused them of ..."
                         if not _in_quote(j.start(), quotes) or text[j.start() + 1 : j.start() + 2] in "”\""), None)
            if joined is not None:
                end = joined.start() + (1 if text[joined.start() + 1 : joined.start() + 2] in "”\"" else 0) + 1
        else:
            if not _PARTICIPLE_CONTENT.match(text, m.end(), sent.end):
                continue
            after_quote = m.start() > 0 and text[m.start() - 1] in "”\""  # "“dead” adding it was ...": as after a comma
            bare = not text.startswith(",", m.start()) and m.group(0).split()[0] == "saying"
            if bare and (after_quote or _NOT_BEFORE_BARE_SAYING.search(text, max(sent.start, m.start() - 12), m.start())):
                continue  # "was saying", "kept saying", "without saying": no act of its own
            if bare and any(d.start("cue") == cue_start for d in
                            _STATEMENT_SAYING.finditer(text, max(sent.start, cue_start - 120), m.end())):
                continue  # "posted a message saying ...": the message's words, read with the message
            if bare and any(not f.act and f.content_start < m.start() < f.content_end
                            and _CLAUSE_WORDS.search(text, f.content_start, m.start()) for f in (*frames, *out)):
                continue  # "telling members that they ran on promises saying ...": the promises' words, inside what was told
            if bare and _PARTICIPLE_CONTENT.match(text, m.end(), sent.end):
                after_quote = True  # "sought an adjournment saying the witness was ill": as after a comma
            if not text.startswith(",", m.start()) and not after_quote \
                    and not _CLAUSE_AFTER_PARTICIPLE.match(text, m.end(), sent.end):
                continue  # "said the judge while explaining why ...": with no comma, an occasion
            that = _THAT.match(text, m.end(), sent.end)
            start, end = that.end() if that else m.end(), sent.end
            if m.group("say") in {"writing", "tweeting", "posting"}:
                if not _QUOTE_NEXT.match(text, m.end(), sent.end):
                    continue  # "writing a letter", "posting photos": what was written, not the words
                start = _QUOTE_NEXT.match(text, m.end(), sent.end).end() - 1  # type: ignore[union-attr]
                # "responded on Twitter, writing, “...”": the main clause's content was the participle
                frames[:] = [f for f in frames if f.content_start != cue_start]
        if any(abs(f.content_start - start) <= 2 for f in frames):
            continue  # "“...,” he said, adding: “...”": the quote after the cue is read already
        before = [f for f in frames if f.cue.start < cue_start and f.speaker is not None]
        if before and m.group("act") and not m.group("naming"):
            continue  # "“...,” the ministry said, calling for talks": the same act, told on
        if before and before[-1].act and _ISSUED.match(before[-1].cue.text) and before[-1].content_end >= m.end():
            # "X issued a lengthy statement on the sackings, revealing ...": what the statement says
            frames.remove(before[-1])
        if before:
            speaker: Span | None = before[-1].speaker
        else:
            speaker = _main_subject(text, sent, cue_start)
        if speaker is None:
            continue
        q = _in_quote(start, quotes)
        if q is not None and q.open == start and q.close >= sent.end - 1:
            out.append(Frame(speaker, cue, q.start, q.end, True, False))
            continue
        start, end = _trim(text, start, end, " \t\n,;:.")
        if has_words(text, start, end, 3):
            out.append(Frame(speaker, cue, start, end, False, m.group("act") is not None))
    return out


#: a sentence opening on a participle that names a thing in quoted words: "Describing his rival
#: as “...”, Roe revealed ...", "Calling the plan “reckless,” the union said ..."
_NAMING_PARTICIPLE = r"Describing|Calling|Branding|Labell?ing|Characteri[sz]ing|Dubbing|Hailing|Dismissing|Referring\s+to"
#: (the cheap test whether a sentence opens so, before the full pattern is tried)
_FRONTED_NAMING_WORDS = re.compile(rf"(?:{_NAMING_PARTICIPLE})\s")
_FRONTED_NAMING = re.compile(rf"(?P<cue>{_NAMING_PARTICIPLE})" r"\s[^.;:“”\"]{1,80}?\s(?=[“\"‘])")
#: the comma after the quoted words, inside or outside the closing mark, then the main clause
_COMMA_THEN_CLAUSE = re.compile(r"\s*,\s*(?=\S)")
_BLANK_THEN_CLAUSE = re.compile(r"\s+(?=\S)")


def _fronted_naming_frame(text: str, sent: Sentence, quotes: Sequence[Quote], frames: list[Frame]) -> Frame | None:
    """"Describing his rival as “a man of no ideas,” Roe revealed that ...": the quoted name is
    the words of the main clause's subject, who gives them as the participle says. The clause
    after may be an act of its own ("revealed that ...") or a deed ("..., Roe left the stage")."""
    m = _FRONTED_NAMING.match(text, sent.start, sent.end)
    if m is None:
        return None
    q = next((q for q in quotes if q.open == m.end()), None)
    if q is None or q.close >= sent.end - 1:
        return None
    # the comma that closes the phrase: inside the marks ("“a man of no ideas,” Roe") or after them
    after = _COMMA_THEN_CLAUSE.match(text, q.close, sent.end)
    if text[q.end - 1] == "," and after is None:
        after = _BLANK_THEN_CLAUSE.match(text, q.close, sent.end)
    if after is None:
        return None
    clause = after.end()
    own = next((f for f in frames if f.speaker is not None and f.speaker.start == clause), None)
    if own is not None:
        speaker: Span | None = own.speaker
    else:
        verb = _FIRST_VERB.search(text, clause, sent.end)
        speaker = _subject(text, clause, verb.start()) if verb is not None and verb.start() > clause else None
        if speaker is None or speaker.start != clause or not _plausible_subject(speaker.text):
            return None
        mention = read_mention(speaker.text)
        if mention.kind not in {"person", "org", "anonymous", "pronoun"} and not speaker.text[:1].isupper():
            return None
    end = q.end - 1 if text[q.end - 1] == "," else q.end
    if not has_words(text, q.start, end, 1):
        return None
    return Frame(speaker, span(text, m.start("cue"), m.end("cue")), q.start, end, True, False)


#: a sentence opening on a participle of saying and its that-clause: "Stressing that the town is
#: safe, Roe said ...", "Noting that the bridge held, the mayor thanked ..."
_FRONTED_SAYING = re.compile(
    r"(?P<cue>Stressing|Noting|Insisting|Warning|Arguing|Acknowledging|Admitting|Claiming|Maintaining|Reiterating"
    r"|Emphasi[sz]ing|Explaining|Pointing\s+out|Recalling|Conceding|Saying)\s+that\s+(?=\S)"
)


def _fronted_saying_frame(text: str, sent: Sentence, quotes: Sequence[Quote], frames: list[Frame]) -> Frame | None:
    """"Stressing that the town is safe, Tom Vale said that ...": the that-clause is one more
    act of the main clause's speaker, who speaks in an act of their own right after the comma
    that closes the clause (with none, the comma cannot be told from one inside the clause)."""
    m = _FRONTED_SAYING.match(text, sent.start, sent.end)
    if m is None:
        return None
    for f in sorted(frames, key=lambda f: f.cue.start):
        if f.speaker is None or f.speaker.start <= m.end():
            continue
        comma = text.rfind(",", m.end(), f.speaker.start)
        if comma == -1 or text[comma + 1 : f.speaker.start].strip() or _in_quote(comma, quotes):
            continue
        if not has_words(text, m.end(), comma, 3):
            return None
        return Frame(f.speaker, span(text, m.start("cue"), m.end("cue")), m.end(), comma, False, False)
    return None


#: "..., with the MP saying he was ...", "with one former official claiming ...": an absolute
#: phrase whose own subject is the speaker of the participle after it
_WITH_PARTICIPLE = re.compile(
    r"\bwith\s+(?P<who>(?:(?:the|a|an|one|two|some|several|many|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    r"|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)\s+(?P<cue>saying|claiming|insisting|arguing|warning|adding|stressing"
    r"|noting|telling\s+[^,.;:“”\"]{1,40}?|declaring|maintaining|suggesting|alleging)\b"
)


#: the participles ``_WITH_PARTICIPLE`` reads, each a whole lower-case word (``_LOWER_WORD``)
_WITH_PARTICIPLE_WORDS = frozenset(
    ["saying", "claiming", "insisting", "arguing", "warning", "adding", "stressing", "noting", "telling",
     "declaring", "maintaining", "suggesting", "alleging"]
)


def _with_participle_frames(text: str, sent: Sentence, quotes: Sequence[Quote], frames: list[Frame]) -> list[Frame]:
    """"The inquiry upheld two complaints, with the MP saying he was “obliged” to accept it":
    the act of the phrase's own subject, when a clause or a quote follows the participle."""
    out: list[Frame] = []
    for m in _WITH_PARTICIPLE.finditer(text, sent.start, sent.end):
        if _in_quote(m.start(), quotes) or any(f.cue.start <= m.start("cue") < f.cue.end for f in frames):
            continue
        if not _PARTICIPLE_CONTENT.match(text, m.end(), sent.end):
            continue  # "with officials saying nothing", "with fans adding to the noise"
        mention = read_mention(m.group("who"))
        surname = mention.kind == "unknown" and " " not in mention.name and mention.name[:1].isupper()
        if mention.kind not in {"person", "org", "anonymous"} and not surname:
            continue  # "with the price claiming ...": no one who speaks ("with Reed saying" does)
        that = _THAT.match(text, m.end(), sent.end)
        start, end = _trim(text, that.end() if that else m.end(), sent.end, " \t\n,;:.")
        if any(f.content_start <= m.start() < f.content_end for f in frames):
            continue  # inside an act already read: the act's content, not a speaker of its own
        if has_words(text, start, end, 3):
            quoted = _WHOLE_QUOTE.fullmatch(text, start, end)
            if quoted is not None:
                start, end = quoted.span(1)  # "with Reed saying, “...”": the words themselves
            out.append(Frame(span(text, m.start("who"), m.end("who")), span(text, m.start("cue"), m.end("cue")),
                             start, end, quoted is not None, False))
    return out


#: "released a statement saying ...", "put out a letter stating that ...": the statement is
#: the speaker's, and what it says is the content
_STATEMENT_SAYING = re.compile(
    r"\b(?:issued|released|put\s+out|published|sent\s+out|posted|shared)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}"
    r"(?:statement|letter|message|note|video|post)\s+(?:(?:on|in|via|to)\s+[^,.;:“”\"]{1,40}?\s+)?"
    r"(?P<cue>saying|stating|declaring|announcing)\b"
)


def _statement_saying_frames(text: str, sent: Sentence, quotes: Sequence[Quote], frames: list[Frame]) -> list[Frame]:
    """"X released a statement saying that ...": the act of the main subject with the statement's
    words as content, in place of "issued a statement" read as an act with itself as content."""
    for m in _STATEMENT_SAYING.finditer(text, sent.start, sent.end):
        if _in_quote(m.start(), quotes) or any(abs(f.cue.start - m.start("cue")) <= 1 for f in frames):
            continue
        if not _PARTICIPLE_CONTENT.match(text, m.end(), sent.end):
            continue
        issued = [f for f in frames if f.cue.start == m.start() and f.content_end >= m.end()]
        speaker = issued[0].speaker if issued else _main_subject(text, sent, m.start("cue"))
        if speaker is None:
            continue
        that = _THAT.match(text, m.end(), sent.end)
        start = that.end() if that else m.end()
        q = _in_quote(start, quotes)
        if q is not None and q.open == start and q.close >= sent.end - 1:
            frame = Frame(speaker, span(text, m.start("cue"), m.end("cue")), q.start, q.end, True, False)
        else:
            start, end = _trim(text, start, sent.end, " \t\n,;:.")
            if not has_words(text, start, end, 3):
                continue
            frame = Frame(speaker, span(text, m.start("cue"), m.end("cue")), start, end, False, False)
        frames = [f for f in frames if f not in issued] + [frame]
    return frames


_WHEN_BETWEEN = re.compile(
    rf"(?:this|last|on|earlier|later)\s+(?:morning|afternoon|evening|night|week|{_WEEKDAY})|yesterday|today|earlier|later"
)


#: ", and accused them of ...": the main clause's subject goes on with a verb of its own, after
#: a participle's act ("..., calling them “...”, and accused them")
_JOINED_PREDICATE = re.compile(r",[”\"’]?\s+and\s+(?:also\s+|then\s+)?[a-z]{3,}ed\b")
#: a subject with its relative clause set off by commas: "Ann Roe, who is abroad, "
_SUBJECTS_RELATIVE = re.compile(r"\s*(?P<np>[A-Z][^,;:“”\"]{1,80}?),\s+(?P<clause>who|which)\s[^,;:“”\"]{1,120},\s")


def _main_subject(text: str, sent: Sentence, limit: int) -> Span | None:
    """The subject of the sentence's main clause before ``limit``: the phrase before its first
    verb, past fronted phrases and an opening subordinate clause."""
    lo = sent.start
    sub = _OPENING_SUBORDINATE.match(text, lo, limit)
    if sub:
        lo = sub.end()
    for joined in _JOINED_CLAUSE.finditer(text, lo, limit):
        if _FIRST_VERB.search(text, joined.end(), limit):
            lo = joined.end()  # "Fans were dismayed but Holt has explained ..., citing": the clause nearest
    verb = _FIRST_VERB.search(text, lo, limit)
    if verb is None or verb.start() <= lo:
        return None
    relative = _SUBJECTS_RELATIVE.match(text, lo, limit)
    if relative is not None and verb.start() > relative.start("clause"):
        # "Ann Roe, who is abroad, took a swipe ..., calling": the verb of the relative clause
        # is not the main clause's
        verb = _FIRST_VERB.search(text, relative.end() - 1, limit)
        if verb is None:
            return None
        speaker = _subject(text, lo, relative.end("np"))
        between = ""
    else:
        speaker = _subject(text, lo, verb.start())
        between = text[speaker.end : verb.start()].strip(" ,") if speaker is not None else ""
    if speaker is None or not (_MANNER_ONLY.fullmatch(between) or _WHEN_BETWEEN.fullmatch(between)):
        return None  # "The mayor this morning released ...": a time between is no part of either
    named = _NAME_BEFORE_APPOSITIVE.fullmatch(text, lo, speaker.start)
    if named and speaker.text[:1].islower() and person_name(named.group(1)):
        # "Jane Roe, the agent in charge of the office spoke ...": the comma closing the
        # appositive is missing; the name before it is the subject
        speaker = span(text, named.start(1), named.end(1))
    words = speaker.text.split()
    if words[0].lower() in {"it", "they", "this", "that", "there"}:
        return None
    mention = read_mention(speaker.text)
    if mention.kind == "unknown" and len(words) > 1:
        return None  # "Heavy Rain fell ..., flooding ...": no one who speaks
    if not (words[0][:1].isupper() or words[0].lower() in {"he", "she"} or mention.kind in {"person", "org", "anonymous"}):
        return None  # "the water rose, ...": a lower-case phrase speaks only as a person or a body
    return speaker


#: A headline "'Words': Speaker" / "“Words” - Speaker".
_HEADLINE_QUOTE_FIRST = re.compile(
    r"^[‘'“\"](?P<words>[^‘'“\"’”]{8,}?)[’'”\"]\s*[:–—-]\s*(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})\s*$"
)


def _headline_frame(text: str, sent: Sentence) -> Frame | None:
    """A headline line "Name: words" (not a dateline in capitals, not a sentence), or
    "'Words': Name"."""
    quoted = _HEADLINE_QUOTE_FIRST.match(sent.text)
    if quoted and not _page_label(quoted.group("who")):
        speaker = span(text, sent.start + quoted.start("who"), sent.start + quoted.end("who"))
        cue = span(text, sent.start + quoted.end("words") + 1, sent.start + quoted.start("who"))
        return Frame(speaker, cue, sent.start + quoted.start("words"), sent.start + quoted.end("words"), True, False)
    says = _HEADLINE_SAYS_LAST.match(sent.text) if sent.text.endswith(("Says", "Said")) else None
    if says is not None and _alone_on_its_line(text, sent) and read_mention(says.group("who")).kind in {"person", "org"}:
        # "Boat Yards Are Full, Acme CEO Says": a headline in title case, the cue last
        return Frame(span(text, sent.start + says.start("who"), sent.start + says.end("who")),
                     span(text, sent.start + says.start("cue"), sent.start + says.end("cue")),
                     sent.start + says.start("words"), sent.start + says.end("words"), False, False)
    last = _HEADLINE_WHO_LAST.match(sent.text) if ":" in sent.text else None
    if last is not None and _alone_on_its_line(text, sent) and not _page_label(last.group("who")) \
            and _speaks_in_a_headline(text, last.group("who"), sent.end):
        # "The ferry will run all winter: Vale", "Bridge will reopen in May: Transport Minister"
        return Frame(span(text, sent.start + last.start("who"), sent.start + last.end("who")),
                     span(text, sent.start + last.end("words"), sent.start + last.end("words") + 1),
                     sent.start + last.start("words"), sent.start + last.end("words"), False, False)
    m = _HEADLINE_COLON.match(sent.text)
    if not m or sent.text.endswith(".") or m.group(1).isupper():
        return None
    if _page_label(m.group(1)):
        return None  # "Photos: Rescuers dig through rubble", "The Latest: ...": the page's labels
    speaker = span(text, sent.start, sent.start + m.end(1))
    cue = span(text, sent.start + m.end(1), sent.start + m.end(1) + 1)
    return Frame(speaker, cue, sent.start + m.start(2), sent.end, False, False)


#: "Words: Name" closing a headline line, the speaker last ("..., Interior Minister")
_HEADLINE_WHO_LAST = re.compile(
    r"(?P<words>[^:“”\"\n]{12,}?[^\s:.!?])[^\S\n]*:[^\S\n]*(?P<who>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3})[^\S\n]*$"
)
#: "Words, Name Says": a title-case headline with the cue last
_HEADLINE_SAYS_LAST = re.compile(
    r"(?P<words>[^“”\"\n]{12,}?),[^\S\n]+(?P<who>[A-Z][\w’'.&-]*(?:[^\S\n]+[A-Z][\w’'.&-]*){0,4})[^\S\n]+(?P<cue>Says|Said)$"
)


def _alone_on_its_line(text: str, sent: Sentence) -> bool:
    """A headline: the sentence is its whole line, with no full stop closing it."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    return not text[line_start : sent.start].strip() and not text[sent.end : line_end if line_end != -1 else len(text)].strip() \
        and not sent.text.rstrip().endswith((".", "!", "?", "”", "\""))


def _speaks_in_a_headline(text: str, who: str, line_end: int) -> bool:
    """Whether the words after a headline's colon name a speaker the story below gives: a title
    or a name of two words or more written again below ("Interior Minister Tom Vale said"), or
    a surname it gives in full ("Vale" over "Tom Vale"); "Live Updates" is the page's label."""
    if " " in who:
        mention = read_mention(who)
        return mention.kind in {"person", "org"} and text.lower().find(who.lower(), line_end) != -1
    return re.compile(rf"\b[A-Z][\w’'-]+[^\S\n]+{re.escape(who)}\b").search(text, line_end) is not None


#: Labels a news page sets before a colon: sections, media, updates. No one speaks there.
_PAGE_LABELS = frozenset(
    ["tag", "tags", "tagged", "category", "categories", "topics", "filed under",
     "photo", "photos", "pic", "pics", "picture", "pictures", "screenshot", "image", "images", "video", "videos", "watch", "listen", "audio",
     "podcast", "gallery", "graphic", "graphics", "map", "chart", "read", "read more", "more", "see", "see also",
     "also read", "related", "update", "updates", "updated", "latest", "live", "breaking", "breaking news",
     "just in", "opinion", "analysis", "editorial", "comment", "exclusive", "explainer", "factbox", "fact check",
     "timeline", "q&a", "q", "a", "question", "answer", "interview", "note", "editor's note", "editor’s note", "correction", "source", "sources",
     "file", "credit", "caption", "advertisement", "sponsored", "trending", "top stories", "news", "world",
     "politics", "business", "sport", "sports", "health", "science", "tech", "technology", "entertainment",
     "lifestyle", "travel", "culture", "local", "national", "international", "weather", "markets",
     # a viewer's warning set over a video or a picture
     "warning", "content warning", "trigger warning", "disclaimer", "viewer discretion", "alert"]
)


def _page_label(name: str) -> bool:
    words = name.lower().split()
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words) in _PAGE_LABELS


#: Quotes and cues read per sentence: a real sentence has a handful; hostile text has thousands.
_MAX_QUOTES = 64
_MAX_CUES = 32


#: "... — Jane Roe (@janeroe) March 3, 2024": an embedded post, signed with the author's name,
#: handle and date as the page prints it; the paragraph before the dash is the post
_EMBED_SIGNATURE = re.compile(
    r"(?:^|\s)[—–-]\s*(?P<who>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3})[^\S\n]+\((?P<handle>@\w{1,30})\)[^\S\n]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},[^\S\n]+\d{4}\s*$"
)


def embed_frame(text: str, sent: Sentence) -> Frame | None:
    """The post an embedded social-media card quotes, as its author's statement."""
    m = _EMBED_SIGNATURE.search(text, sent.start, sent.end)
    if m is None:
        return None
    para_start = text.rfind("\n", 0, m.start()) + 1
    start, end = _trim(text, para_start, m.start(), " \t\n….")
    if not has_words(text, start, end, 3):
        return None
    return Frame(span(text, m.start("who"), m.end("who")), span(text, m.start("handle"), m.end("handle")),
                 start, end, True, False)


#: "The federation also reacted to the ruling.": a reaction announced, its words in the quote after
_REACTED = re.compile(
    r"\s+(?:also\s+|quickly\s+|swiftly\s+)?(?:(?P<cue>reacted|responded|hit\s+back)"
    r"(?:\s+(?:to|on|against)\s+[^.;:“”\"]{1,80}?)?"
    # "Ann Roe explained the thinking behind the design.": what she explained, in the quote after
    r"|(?P<topic>explained|described|outlined)\s+(?:the|his|her|their|its|how|why|what)\s+[^.;:“”\"]{1,80}?)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|today|yesterday))?\s*[.:]\s*$"
)


#: a role, then the name set off by commas: "Acme's senior vice president, Ann Roe,"
_NAME_AFTER_ROLE = re.compile(r"[^,;:“”\"]{3,80},\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),?\s*")


def reaction_frame(text: str, sent: Sentence) -> tuple[Span, Span] | None:
    """(speaker, cue) of a sentence that only announces a reaction ("X also reacted to the
    ruling."), whose words a quote paragraph right after it then gives."""
    for m in _REACTED.finditer(text, sent.start, sent.end):
        if m.end() < sent.end - 1:
            continue
        lo = sent.start
        lead = _LEAD_ADVERBIAL.match(text, lo, m.start())
        if lead:
            lo = lead.end()
        speaker = _subject(text, lo, m.start())
        if speaker is None or speaker.start > lo + 1:
            # "Acme's senior vice president, Ann Roe, explained ...": the name apposed to a role
            apposed = _NAME_AFTER_ROLE.fullmatch(text, lo, m.start())
            speaker = _subject(text, apposed.start("name"), apposed.end("name")) if apposed else None
            if speaker is None:
                continue
        cue = "cue" if m.group("cue") else "topic"
        return speaker, span(text, m.start(cue), m.end(cue))
    return None


def sentence_frames(text: str, sent: Sentence, quotes: Sequence[Quote]) -> list[Frame]:
    """Every speech act of one sentence, embedded cues dropped, coordinated ones split."""
    local = [q for q in quotes if q.close > sent.start and q.open < sent.end][:_MAX_QUOTES]
    if text.endswith(":", sent.start, sent.end) and (following := _NEXT_PARAGRAPH_QUOTE.match(text, sent.end)):
        # "Ann Roe said:" closing its paragraph: the quote opening the next one is in reach
        local += [q for q in quotes if q.open == following.end()][:1]
    frames: list[Frame] = []
    # the cue pattern is a long alternation tried at every word: skip sentences without a cue word
    words = _lower_words_blanked(text)[sent.start : sent.end].split()
    has_cue = not _CUE_WORDS.isdisjoint(words)
    for n, cue in enumerate(_cues(text, sent, words) if has_cue else ()):
        if n >= _MAX_CUES:
            break
        if not _usable_cue(text, cue, local):
            continue
        # "..., said Jane Roe.": a comma right before the cue puts the speaker after it; a
        # subject before its verb is not cut off by a bare comma (an appositive closes first)
        inverted_first = text[sent.start : cue.start("verb")].rstrip().endswith(",")
        frame = (
            (n == 0 and _quote_closed_before(text, sent, cue, quotes))
            or _trailing_frame(text, sent, cue, local)
            or (inverted_first and _inverted_frame(text, sent, cue, local))
            or _leading_frame(text, sent, cue, local)
            or (not inverted_first and _inverted_frame(text, sent, cue, local))
            or None
        )
        if _quote_bound(text, cue) and (frame is None or not frame.direct):
            continue  # "“...,” he said and opened the meeting": a deed, with no quote of its own
        if frame is None:
            frame = _coordinated(text, sent, cue, frames)
        if frame is not None and _in_a_comment_clause(text, frame):
            continue
        if frame is not None:
            frames.append(frame)
            resumed = _resumed_quote(text, frame, local)
            if resumed is not None:
                frames.append(resumed)
    # each participle pattern opens on a whole word of its own: without one, no pattern is tried
    if not _PARTICIPLE_WORDS.isdisjoint(words) and (
            text.find(", ", sent.start, sent.end) != -1 or _PREPOSITION_PARTICIPLE.search(text, sent.start, sent.end)):
        frames.extend(_participle_frames(text, sent, local, frames))
    if _FRONTED_NAMING_WORDS.match(text, sent.start, sent.end):
        frame = _fronted_naming_frame(text, sent, local, frames)
        if frame is not None:
            frames.append(frame)
    elif _FRONTED_SAYING.match(text, sent.start, sent.end):
        frame = _fronted_saying_frame(text, sent, local, frames)
        if frame is not None:
            frames.append(frame)
    if text.find("with ", sent.start, sent.end) != -1 and not _WITH_PARTICIPLE_WORDS.isdisjoint(words):
        frames.extend(_with_participle_frames(text, sent, local, frames))
    if text.find(" saying", sent.start, sent.end) != -1 or text.find(" stating", sent.start, sent.end) != -1:
        frames = _statement_saying_frames(text, sent, local, frames)
    if not frames and text.startswith("As ", sent.start):
        frame = _as_said_frame(text, sent)
        if frame is not None:
            frames.append(frame)
    if not frames and has_cue and "quoted" in text[sent.start : sent.end]:
        frames.extend(_quoted_as_saying(text, sent, local))
    if not frames and text.find("ccording", sent.start, sent.end) != -1:  # the pattern's letters, found at C speed
        for m in _ACCORDING.finditer(text, sent.start, sent.end):
            if not _in_quote(m.start(), local):
                frame = _according_frame(text, sent, m, local)
                if frame is not None:
                    frames.append(frame)
    if not frames:
        frame = _colon_quote_frame(text, sent, local)
        if frame is not None:
            frames.append(frame)
    if not frames and "(@" in text[sent.start : sent.end]:
        frame = embed_frame(text, sent)
        if frame is not None:
            frames.append(frame)
    if not frames:
        frame = _headline_frame(text, sent)
        if frame is not None:
            frames.append(frame)
    return _settle(text, frames)


#: ", as Mayor Ann Roe noted": a comment clause after the main one, its speaker right after "as"
_AS_BEFORE_SPEAKER = re.compile(r",\s+as\s+$")


def _in_a_comment_clause(text: str, frame: Frame) -> bool:
    """"The surplus is still a forecast, as Ann Roe noted in her morning briefing": what she
    noted is the main clause before "as"; words after the cue with no clause of their own are
    the occasion, never what was said (a quote or a that-clause after the cue is: ", as Roe put
    it, “a rounding error”", "the council voted, as Roe said that ...")."""
    if frame.speaker is None or frame.direct:
        return False
    before = text[max(0, frame.speaker.start - 6) : frame.speaker.start]
    content = text[frame.content_start : frame.content_end]
    return _AS_BEFORE_SPEAKER.search(before) is not None and not any(c in content for c in "“”\"") \
        and not content.startswith("that ") and _FINITE_VERB.search(content) is None


#: "As Acme's Tom Vale pointed out, the plan ...": a speaker and a cue in an opening as-clause
_AS_SAID = re.compile(
    r"As\s+(?P<who>[^,;:“”\"]{2,60}?)\s+(?:has\s+|had\s+|once\s+)?(?P<cue>said|noted|pointed\s+out|explained|observed"
    r"|argued|warned|stressed|put\s+it|told\s+[a-z]+(?:\s+[a-z]+)?|wrote|reported),\s+(?=\S)"
)
_FIRST_PERSON_WHO = frozenset(["i", "we", "you"])


def _as_said_frame(text: str, sent: Sentence) -> Frame | None:
    """"As Tom Vale noted, the plan was never safe.": the main clause is what the speaker of
    the as-clause said (a possessive before the name says whose he is: "Acme's Tom Vale")."""
    m = _AS_SAID.match(text, sent.start, sent.end)
    if m is None or m.group("who").lower() in _FIRST_PERSON_WHO:
        return None
    who_start = m.start("who")
    owner = text.rfind("’s ", who_start, m.end("who"))
    owner = owner if owner != -1 else text.rfind("'s ", who_start, m.end("who"))
    if owner != -1 and text[owner + 3 : owner + 4].isupper():
        who_start = owner + 3
    if not _plausible_subject(text[who_start : m.end("who")]):
        return None
    start, end = _trim(text, m.end(), sent.end, " \t\n,;:.")
    if not has_words(text, start, end, 3):
        return None
    return Frame(span(text, who_start, m.end("who")), span(text, m.start("cue"), m.end("cue")), start, end, False, False)


def _quote_closed_before(text: str, sent: Sentence, cue: re.Match[str], quotes: Sequence[Quote]) -> Frame | None:
    """"“... Our foundation is solid.” The company said in a press release.": a quote closed
    with its own full stop, then a sentence of only its speaker, cue and occasion. The quote
    is what was said (the full stop in the quote is a slip for a comma)."""
    before = next((q for q in quotes if q.close <= sent.start and not text[q.close : sent.start].strip()), None)
    if before is None or text[before.end - 1] not in ".!?":
        return None
    channel = _channel(text, cue, sent.end)
    a_start, a_end = _trim(text, channel[1] if channel else cue.end(), sent.end, " \t\n,;:.")
    if a_end > a_start and not _occasion_only(text, a_start, a_end) \
            and not _TIME_TAIL.fullmatch(" " + text[a_start:a_end]):
        return None  # "The company said in a statement that it would ...": its own words follow
    cs = cue.start("verb") - len(cue.group("aux"))
    start, end = _trim(text, sent.start, cs)
    speaker = _subject(text, start, end) if end > start else None
    if speaker is None or speaker.start != start or speaker.end != end:
        return None
    return Frame(speaker, _cue_span(text, cue, channel), before.start, before.end, True, cue.group("act") is not None,
                 channel and text[channel[0]:channel[1]])


#: "The paper quoted X as saying ...": X said it, the paper relays it.
_QUOTED_AS = re.compile(
    r"\bquoted\s+(?P<who>[^,.;:“\"]{2,80}?)\s+as\s+(?P<cue>saying|telling\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})"
    r"\b[\s,:]*(?:that\s+)?"
)
#: "X was quoted by the paper as saying ..."
_QUOTED_AS_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+(?:by\s+[^,.;:“\"]{2,60}?\s+)?as\s+(?P<cue>saying)"
    r"\b[\s,:]*(?:that\s+)?"
)


def _quoted_as_saying(text: str, sent: Sentence, quotes: Sequence[Quote]) -> list[Frame]:
    """"The BBC quoted the mayor as saying ..." / "The mayor was quoted as saying ...": the
    words are the quoted person's, whoever relays them."""
    out = []
    for m in _QUOTED_AS.finditer(text, sent.start, sent.end):
        who = m.group("who")
        if _in_quote(m.start(), quotes) or not (_plausible_subject(who) or person_name(who) is not None):
            continue  # "quoted opposition leader Jane Roe as saying": a titled name, however it opens
        speaker = span(text, *_trim(text, m.start("who"), m.end("who")))
        out.append(_content_after(text, sent, speaker, span(text, m.start("cue"), m.end("cue")), m.end(), quotes))
    for m in _QUOTED_AS_PASSIVE.finditer(text, sent.start, sent.end):
        if _in_quote(m.start(), quotes):
            continue
        subject = _subject(text, _clause_start(text, sent.start, m.start(), quotes), m.start())
        if subject is not None:
            out.append(_content_after(text, sent, subject, span(text, m.start("cue"), m.end("cue")), m.end(), quotes))
    return [f for f in out if f is not None]


def _content_after(
    text: str, sent: Sentence, speaker: Span, cue: Span, start: int, quotes: Sequence[Quote]
) -> Frame | None:
    """A frame whose content is the rest of the sentence after ``start`` (a whole quote if one
    opens there)."""
    q = _in_quote(start, quotes)
    if q is not None and q.open == start and q.close >= sent.end - 1:
        return Frame(speaker, cue, q.start, q.end, True, False)
    end = max(sent.end, q.close) if q is not None and q.open == start else sent.end
    start, end = _trim(text, start, end, " \t\n,;:.")
    if not has_words(text, start, end, 2):
        return None
    return Frame(speaker, cue, start, end, False, False)


#: Words before a cue word in -s that make it a plural noun ("their demands", "new calls").
#: cues that also modify what was shared ("pictures tweeted from the pier", "a video posted online")
_SHARING_CUES = frozenset(["tweeted", "posted", "shared", "published", "circulated"])
_MEDIA_NOUNS = frozenset(["photo", "photos", "picture", "pictures", "image", "images", "video", "videos", "footage",
                          "clip", "clips", "post", "posts", "message", "messages", "letter", "letters", "document",
                          "documents", "pictures", "recording", "recordings", "comments", "remarks"])
#: a noun in the possessive ("roe’s", "firm's"), not a pronoun's contraction ("he's reported": he has)
_OWNER_BEFORE = re.compile(r"(?!(?:he|she|it|that|there|who|what|where|here)[’'])[\w-]+[’']s")
_NOUN_BEFORE = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "these", "those", "such", "new", "fresh",
     "renewed", "repeated", "growing", "mounting", "many", "several", "public", "official", "of", "with", "for",
     "by", "amid", "despite", "whose", "similar", "earlier", "recent", "latest", "media", "news", "press",
     "unconfirmed", "initial", "early", "local", "conflicting",
     # "refused to comment on reports that ...", "angered over claims that ...": a preposition's noun
     "on", "about", "from", "over", "against", "to", "at", "in", "into", "following"]
)
_RAISING = re.compile(r"\s+to\s+(?:be|have)\b")
#: bare cue words that are nouns too ("a note", "a claim")
_BARE_NOUN_CUES = frozenset(["note", "claim", "stress", "urge"])
#: "a defiant " right before a bare cue word: a singular article never takes a plain verb
_ARTICLE_AND_WORD = re.compile(r"(?<![\w’'-])(?:[Aa]|[Aa]n)\s+[\w’'-]+\s+$")
_RESUME = re.compile(r"\s*,\s*|\s*,?\s*(?:adding|saying|continuing)\s*[:,]?\s*")


def _resumed_quote(text: str, frame: Frame, quotes: Sequence[Quote]) -> Frame | None:
    """"“The reason is simple,” he said, “we had no choice.”": the quote after the cue is the
    rest of the one before it, by the same speaker."""
    if not frame.direct or frame.speaker is None or frame.content_end > frame.cue.start:
        return None
    gap = _RESUME.match(text, max(frame.cue.end, frame.speaker.end))
    if gap is None:
        return None
    q = next((q for q in quotes if q.open == gap.end()), None)
    if q is None or not has_words(text, q.start, q.end, 2):
        return None
    return Frame(frame.speaker, frame.cue, q.start, q.end, True, frame.act, frame.channel, resumes=True)


def _usable_cue(text: str, cue: re.Match[str], quotes: Sequence[Quote]) -> bool:
    """Drop cues inside quotes, passives ("was told to leave") and bare participles."""
    start = cue.start("verb")
    if _in_quote(start, quotes):
        return False
    verb = cue.group("verb").split()[0].lower()
    aux = cue.group("aux").split()
    before = text[max(0, cue.start() - 12) : cue.start()].split()
    # "was also criticised": the adverbs between say nothing of voice, the auxiliary before them does
    verbal = [w for w in aux if w.lower() in _VERBAL_AUX]
    last = (verbal[-1] if verbal else aux[-1] if aux else (before[-1] if before else "")).lower()
    if last in {"been", "be", "being", "was", "were", "is", "are", "get", "got", "the"} and (
        verb.endswith("ed") or verb in {"told", "said"}
    ) and not (last == "been" and verb.endswith("ing")):
        return False
    if verb.endswith("ing") and last not in {"been", "is", "are", "was", "were"}:
        return False
    if verb.endswith("s") and not aux and last and (last.endswith("ing") or last in _NOUN_BEFORE):
        return False  # "pressing demands for ...", "fresh calls for ...": a noun, not the verb
    if verb == "alleged" and not aux and last in _NOUN_BEFORE:
        return False  # "from alleged plans to ...", "over the alleged leak": an adjective on a noun
    if verb in _SHARING_CUES and not aux and last in _MEDIA_NOUNS:
        return False  # "pictures tweeted from the pier showed ...": what was shared, no one sharing
    if verb in {"alleged", "reported"} and not aux and _OWNER_BEFORE.fullmatch(last):
        return False  # "Roe’s reported £51m fee", "the firm's alleged fraud": a possessive, then an adjective
    if not aux and verb in _BARE_NOUN_CUES and _ARTICLE_AND_WORD.search(text, max(0, cue.start() - 40), cue.start()):
        return False  # "struck a defiant note", "made a bold claim": "a" and one word, then a noun
    if verb in {"said", "reported", "alleged", "estimated"} and _RAISING.match(text, cue.end()):
        return False  # "a girl widely reported to have been found", "he is said to be ill": no one speaks
    if not aux and verb.endswith("ed") and _THING_BEFORE_PARTICIPLE.search(text, max(0, cue.start() - 30), cue.start()) \
            and _RELATIVE_PARTICIPLE_AFTER.match(text, cue.end()):
        noun = before[-1].lower() if before else ""
        if noun not in TITLE_WORDS and noun not in SOURCE_NOUNS and noun not in ORG_HEADS and noun not in DOCUMENT_NOUNS:
            return False  # "raises the total promised to the fund": a thing promised, no one promising
    if text.find("ccording", max(0, cue.start() - 70), cue.start()) != -1 \
            and _ACCORDING_BEFORE.search(text, max(0, cue.start() - 70), cue.start()):
        return False  # "According to first incident reports, ...": the source's noun, no verb
    if verb == "told" and last == "all" and not aux:
        return False  # "All told, the agency found ...": an idiom for "in all", no one is told
    if verb == "said" and last in {"having", "that"} and not aux:
        return False  # "Having said that, ...", "That said, ...": idioms for "even so", no one speaks
    if not aux and _BE_AFTER.match(text, cue.end()) and not _RELATIVE_WORD.search(text, max(0, cue.start() - 60), cue.start()):
        # "All times stated are UK", "the sums reported were ...": a participle on a noun ("which
        # the bureau said was ..." is a relative clause: the bureau speaks)
        return False
    deed = _NOT_SPEECH_AFTER.get(verb)
    if deed is not None and deed.match(text, cue.end()):
        return False  # "wrote for the president" (a job), "tells the story of", "conceded to" (lost): no words given
    if verb.startswith("claim") and _LIVES_CLAIMED.match(text, cue.end()):
        return False  # "the storm claimed 134 more lives": killed, not said
    if verb in _PLURAL_NOUN_CUES and not aux and _COORDINATED_NAMES.search(text, max(0, cue.start() - 80), cue.start()):
        return False  # "the Vesta and Ostra states, taking ...": two names take "state", so a noun
    if verb in _PLURAL_NOUN_CUES and not aux and _NOUN_PHRASE_GOES_ON.match(text, cue.end()):
        return False  # "Initial jobless claims *for the week* came in at 242,000": the noun's phrase, no telling
    # ("is saying that ...": the progressive with its clause; "saying goodbye" is no report)
    return not (verb == "saying" and last != "been" and not (last in _BE and _THAT_NEXT.match(text, cue.end())))


#: a form of "be" right after a participle: the participle describes the noun before it
_BE_AFTER = re.compile(r"\s+(?:is|are|was|were)\b")
_RELATIVE_WORD = re.compile(r"\b(?:which|that|who|whom|what)\b")
#: what follows "wrote", "tells" or "conceded" when no words are reported: a job, a story, a defeat
_WROTE_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?!\s+(?:that|in|on)\b)")
_TELLS_STORY = re.compile(r"\s+(?:the|a|an|their|his|her|its)\s+(?:[a-z]+\s+)?(?:story|tale|history)\b")
_CONCEDED_TO = re.compile(r"\s+(?:defeat\s+)?to\s+(?:the\s+)?[A-Z]")
_NOT_SPEECH_AFTER = {"wrote": _WROTE_FOR, "writes": _WROTE_FOR, "tells": _TELLS_STORY, "told": _TELLS_STORY,
                     "conceded": _CONCEDED_TO, "concedes": _CONCEDED_TO}
#: auxiliaries proper among the words a cue may carry (the rest are adverbs)
_VERBAL_AUX = frozenset(["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "been", "did",
                         "does", "do"])
#: "the total promised to the fund", "the aid pledged by donors": a participle after a thing
#: named with "the", then "to" or "by" and a noun phrase, describes the thing
_THING_BEFORE_PARTICIPLE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+[a-z]+\s+$")
_RELATIVE_PARTICIPLE_AFTER = re.compile(r"\s+(?:(?:to|by)\s+(?:the|a|an|its|their|his|her|[A-Z])|by\s+[a-z]+s\b)")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+[^,;:.“”\"]{0,50}$")
#: "claimed 134 more lives", "claims dozens of lives", "claimed the life of": a death toll
_LIVES_CLAIMED = re.compile(r"\s+(?:[\w,’'-]+\s+){0,3}?(?:lives|life|victims)\b")
#: cue words that are also plural nouns: after names joined by "and" the verb would be "state"
_PLURAL_NOUN_CUES = frozenset(["states", "reports", "claims", "notes"])
#: what follows such a word as a noun: a preposition of its phrase, then the clause's own verb
_NOUN_PHRASE_GOES_ON = re.compile(
    r"\s+(?:for|of|filed|made|rose|fell|came|dropped|jumped|climbed|declined|increased|decreased"
    r"|were|are|have|had)\b"
)
_COORDINATED_NAMES = re.compile(r"\band\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+$")


#: "... and warned the “health of women is at risk”", "but said it “does not ...”": no "that", but
#: the speaker's own words right after the verb
_QUOTED_WORDS_AHEAD = re.compile(
    r"\s+(?=(?:[\w’'-]+\s+){0,3}[“\"‘])"
    # "... and insisted he has always acted ...": a clause of its own, a pronoun its subject
    r"|\s+(?=(?:he|she|they|we|I|it)\s+(?:[a-z]+ly\s+)?(?:is|was|were|are|has|had|have|would|will|could|did)\b)"
)
#: the that-clause a second reporting verb takes: "that", "the fact that", a colon
_FACT_THAT = re.compile(r"\s+(?:the\s+fact\s+)?that\s+|\s*:\s*")


#: the subject of a reported clause, before its verb: "the suspect was", "Tom Smith had"
_CONTENT_SUBJECT = re.compile(
    r"\s*(?P<np>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:[a-z]+ly\s+)?(?:is|was|were|are|had|has|have|would|will|could"
    r"|can|did|does|[a-z]{3,}ed)\b"
)
#: people a reported clause may be about, who then act in it ("the suspect ... expressed anger")
_HUMAN_HEADS = frozenset(
    ["suspect", "suspects", "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children",
     "teenager", "teen", "driver", "victim", "victims", "gunman", "shooter", "attacker", "assailant", "defendant",
     "accused", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "pilot", "captain",
     "passenger", "patient", "player", "players", "employee", "employees", "staff", "student", "pupil", "customer",
     "customers", "tenant", "owner", "neighbour", "neighbor", "friend", "colleague", "suspect's", "inmate",
     "prisoner", "detainee", "soldier", "soldiers", "fan", "fans", "coach", "manager", "boss"]
)


def _someone_else_acts(text: str, prev: Frame) -> bool:
    """The reported clause has someone described as its subject ("the suspect", "the driver"; not
    "he"/"she", who may well be the speaker): a verb joined on inside it is theirs, reported."""
    m = _CONTENT_SUBJECT.match(text, prev.content_start, prev.content_end)
    if m is None:
        return False
    np = m.group("np")
    words = np.split()
    if words[0].lower() in {"he", "she", "they", "i", "we", "it"}:
        return False
    # a named person is left out: "said that Tom Reed was “a good man” and highlighted the fact
    # that ..." is the speaker going on as often as not
    return words[-1].lower() in _HUMAN_HEADS or words[-1].lower() in SOURCE_NOUNS


def _after_a_deed(text: str, sent: Sentence, cue: re.Match[str]) -> Frame | None:
    """"Ann Lee announced her resignation via a statement and said she would ...": a reporting
    verb joined to a deed; the main clause's subject said it."""
    head = text[max(sent.start, cue.start() - 6) : cue.start()]
    if not _AND_BEFORE.search(head):
        return None
    # the subject before the sentence's first verb: "The MP for Northam and Westby announced ..."
    # is one phrase here, not a clause joined on at "and Walton"
    verb = _FIRST_VERB.search(text, sent.start, cue.start())
    speaker = _subject(text, sent.start, verb.start()) if verb is not None and verb.start() > sent.start else None
    if speaker is None or not _plausible_subject(speaker.text):
        return None
    if cue.group("act") is not None:
        # "Lee could not confirm the reports but thanked the crews who ...": the act with its object
        start, end = _trim(text, cue.start("verb"), sent.end, " \t\n,;:.")
        if not has_words(text, start, end, 3):
            return None
        return Frame(speaker, span(text, cue.start("verb"), cue.end()), start, end, False, True)
    channel = _channel(text, cue, sent.end)  # "went up to them and told them they were ...": who was told
    after = channel[1] if channel else cue.end()
    that = _THAT.match(text, after, sent.end)
    start, end = _trim(text, that.end() if that else after, sent.end, " \t\n,;:.")
    if not (_PARTICIPLE_CONTENT.match(text, after, sent.end) or _LONGER_SUBJECT_CLAUSE.match(text, after, sent.end)) \
            or not has_words(text, start, end, 3):
        return None
    return Frame(speaker, _cue_span(text, cue, channel), start, end, False, False,
                 channel and text[channel[0] : channel[1]])


#: "... and said the bank’s commitment to the plan was firm": a clause whose subject runs to a few
#: more words than a participle's content may
_LONGER_SUBJECT_CLAUSE = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,7}?(?:is|are|was|were|has|have|had|will|would|could|can|should|must)\b"
)


def _coordinated(text: str, sent: Sentence, cue: re.Match[str], frames: list[Frame]) -> Frame | None:
    """"He voiced concern over ... and called on Islamabad to ...": a second act, same subject."""
    if not frames:
        return _after_a_deed(text, sent, cue)
    prev = frames[-1]
    head = text[max(sent.start, cue.start() - 6) : cue.start()]
    if not _AND_BEFORE.search(head):
        return None
    if prev.content_start <= cue.start() < prev.content_end and not prev.direct and _someone_else_acts(text, prev):
        return None  # "X said the suspect was upset and expressed anger at ...": the suspect's act, reported
    if cue.group("act") is not None:
        return Frame(prev.speaker, span(text, cue.start("verb"), cue.end()), cue.start("verb"),
                      sent.end, False, True)
    if prev.content_start <= cue.start() < prev.content_end and not prev.direct and prev.speaker is not None:
        # "said that X was “a good man” and highlighted the fact that ...": a second reporting
        # verb with no subject of its own, and its own that-clause, is a second act
        that = _FACT_THAT.match(text, cue.end(), sent.end) or _QUOTED_WORDS_AHEAD.match(text, cue.end(), sent.end)
        if that is None or prev.cue.end > cue.start():
            return None
        start, end = _trim(text, that.end(), sent.end, " \t\n,;:.")
        if not has_words(text, start, end, 3):
            return None
        quoted = _WHOLE_QUOTE.fullmatch(text, start, end)
        if quoted is not None:
            # "added that ... and said: “I am so happy.”": the words themselves, a direct quote
            return Frame(prev.speaker, span(text, cue.start("verb"), cue.end()), quoted.start(1), quoted.end(1), True, False)
        return Frame(prev.speaker, span(text, cue.start("verb"), cue.end()), start, end, False, False)
    if prev.content_end > cue.start() or prev.cue.end > cue.start():
        return None
    # "“...,” he said but acknowledged that ...": a reporting verb takes the clause after it
    if text[prev.cue.end : cue.start()].strip(" ,") not in {"and", "but", "and also", "but also"}:
        return None
    that = _THAT.match(text, cue.end(), sent.end)
    start, end = _trim(text, that.end() if that else cue.end(), sent.end, " \t\n,;:.")
    if not has_words(text, start, end, 2):
        return None
    quoted = _WHOLE_QUOTE.fullmatch(text, start, end)
    if quoted is not None:
        # "... and said: “I am so happy.”": the words themselves, a direct quote
        return Frame(prev.speaker, span(text, cue.start("verb"), cue.end()), quoted.start(1), quoted.end(1), True, False)
    return Frame(prev.speaker, span(text, cue.start("verb"), cue.end()), start, end, False, False)


#: a quotation and nothing else, its marks around it
_WHOLE_QUOTE = re.compile(r"[“\"]([^“”\"]+)[”\"]")


def _settle(text: str, frames: list[Frame]) -> list[Frame]:
    """Drop cues embedded in another statement's content; split coordinated ones.

    "Dar said that Afghanistan has assured Pakistan ...": "assured" is part of what Dar said.
    "He voiced concern ... and called on Islamabad ...", "X accused ..., but analysts say ...":
    two statements, the first one's content stops where the second begins.
    """
    kept: list[Frame] = []
    for frame in sorted(frames, key=lambda f: f.cue.start):
        container = next(
            (i for i, g in enumerate(kept) if g.content_start <= frame.cue.start < g.content_end), None
        )
        trailing = frame.content_end <= frame.cue.start
        if container is not None and trailing and frame.content_start <= kept[container].cue.start:
            container = None  # "X emphasised ..., the statement added": the outer frame wins
        if container is not None:
            g = kept[container]
            if frame.speaker is not None and frame.speaker is not g.speaker and g.content_start < frame.speaker.start \
                    and _SUBORDINATOR_BEFORE.search(text, max(g.content_start, frame.speaker.start - 12), frame.speaker.start):
                continue  # "he did not answer because the PM asked him to move on": the reason he gave
            if frame.speaker is g.speaker or frame.clause_initial:
                cut = min(frame.content_start, frame.cue.start)
                if frame.speaker is not None and frame.speaker.start > g.content_start:
                    cut = min(cut, frame.speaker.start)
                kept[container] = replace(g, content_end=_cut_joiner(text, g.content_start, cut))
            else:
                continue
        # a trailing frame ("..., the statement added") swallows the cues inside its content,
        # unless its content is a whole trailing attribution of its own: "..., Inspector Lee
        # said, the Daily Chronicle reported" relays what Lee said, and Lee is the speaker
        if trailing:
            if any(_relays_a_trailing_frame(text, frame, g) for g in kept):
                continue
            kept = [g for g in kept if not frame.content_start <= g.cue.start < frame.content_end]
        kept.append(frame)
    return [f for f in kept if f.content_end > f.content_start]


def _relays_a_trailing_frame(text: str, outer: Frame, inner: Frame) -> bool:
    """The trailing ``outer`` frame's content is ``inner``, a trailing frame, whole: its words,
    its speaker and its cue, up to the comma before the outer speaker."""
    return (inner.content_end <= inner.cue.start and inner.speaker is not None
            and outer.content_start <= inner.content_start < inner.cue.start < outer.content_end
            and _ONLY_A_DAY_LEFT.fullmatch(text, inner.cue.end, outer.content_end) is not None)


_ONLY_A_DAY_LEFT = re.compile(r"(?:\s+on\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?)?[\s,]*")


#: a subordinator right before a speaker inside another's content: the speech is part of it
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:because|unless|whether|if)\s+$")
_JOINER_TAIL = re.compile(r"[\s,;]*(?:\b(?:but|and|while|whereas|as|after|before|by|--|—))?[\s,;]*$")


_JOINED_SUBORDINATE_TAIL = re.compile(
    r",?\s(?:but|and|yet)\s+(?:as|when|while|after|before|since|although|though|once)\s[^,;:“”\"]{1,120},\s*$"
)


def _cut_joiner(text: str, start: int, cut: int) -> int:
    """Where a content cut at ``cut`` really ends: before ", but" / " and" and the spaces."""
    opened = _JOINED_SUBORDINATE_TAIL.search(text, start, cut)
    if opened is not None:
        return opened.start()  # "... in March but as the talks began, | he said ...": the clause is the next act's
    tail = _JOINER_TAIL.search(text, start, cut)
    return tail.start() if tail else cut
