"""The frame of a quantity in its sentence: what is counted, the event, the place.

Cheap, general heuristics over the sentence's tokens; no trained model, no gazetteer:

* **counted**: the noun phrase right after the quantity ("more than 80,000 *Afghan nationals*",
  "tens of thousands of *Afghan nationals*", "5,111 other *Afghan nationals*"), up to a verb,
  a preposition or punctuation, at most five words; "other"/"more"/"of the" are dropped.
* **event**: the main verb next to the quantity: after the counted phrase ("80,000 Afghans
  *returned*", "were *killed*") or, failing that, the verb before it ("Pakistan has *expelled*
  more than 80,000"). A verb is a word ending in -ed or one of the common irregular past forms.
* **place**: a capitalised phrase after a place preposition (in, from, across, into, at, to,
  near, through, inside, out of), nearest to the quantity, else the capitalised subject of
  the sentence when a verb follows it ("*Pakistan* has expelled ...").

    >>> frame("Pakistan has expelled more than 80,000 Afghan nationals since March", 22, 38)
    Frame(counted='Afghan nationals', counted_span=(39, 55), event='expelled', place='Pakistan', nominal=False)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from crosscheck.extract.clauses import clause_of
from crosscheck.extract.hedges import PRE_HEDGES
from crosscheck.extract.places import country_of
from crosscheck.extract.tokens import sentence_tokens
from crosscheck.extract.units import (
    CASE_SENSITIVE_CODES,
    CURRENCY_PREFIX,
    DURATIONS,
    MONTHS,
    OPEN_AGE_BANDS,
    WEEKDAYS,
)
from crosscheck.extract.words import SCALES, is_number_word

#: the tokens frames reads, as a pattern (``_tokens`` reads them off the shared tokens instead)
_WORD = re.compile(r"[^\W\d_]+(?:(?:['’\-]|(?<=[A-Z])&(?=[A-Z]))[^\W\d_]+)*|\d[\d,.]*|[^\w\s]")

_AUX = {"have", "has", "had", "been", "be", "being", "were", "was", "are", "is", "will",
        "would", "could", "can", "may", "might", "should", "must", "reportedly", "also",
        "already", "now", "so", "far", "since", "then", "still", "not", "allegedly", "all"}
_IRREGULAR = {"left", "fled", "died", "hit", "lost", "went", "came", "made", "took", "taken",
              "given", "gave", "fell", "fallen", "rose", "risen", "fought", "sent", "held",
              "began", "begun", "drove", "driven", "ran", "run", "saw", "seen", "told", "set",
              "paid", "met", "brought", "kept", "cost", "won", "built", "caught", "struck",
              "stood", "sold", "spent", "shot", "slain", "thrown", "threw", "found", "led",
              "bought", "fed", "felt", "forced", "gone", "grew", "grown", "put", "quit", "shut",
              "sought", "sunk", "swept", "torn", "withdrawn", "written", "live", "lived", "dug",
              "cut", "shed", "slashed", "laid", "cast", "burst", "broke", "sank", "shook", "blew",
              "stranded", "return", "cross", "flee", "leave", "remain", "face", "withdrew", "reset",
              "lit", "burnt", "stolen", "beaten", "hidden"}
_STOP = {"who", "which", "that", "were", "was", "had", "have", "has", "are", "is", "from",
         "to", "in", "on", "since", "at", "by", "for", "with", "and", "or", "but", "as", "into",
         "across", "over", "during", "after", "before", "through", "this", "last", "per",
         "a", "an", "the", "said", "according", "will", "would", "could", "must", "should", "might",
         "can", "cannot", "shall", "been", "being",
         "while", "when", "where", "than", "so", "until", "of", "out", "back", "each", "every",
         "about", "between", "among", "including", "under", "be", "they", "he", "she",
         "it", "we", "you", "i", "them", "still", "already", "also", "now", "more", "less", "whose",
         "once", "unless", "if", "because", "although", "though", "whereas", "against", "amid",
         "despite", "toward", "towards", "without", "within", "via"}
_DROP_LEAD = {"other", "more", "additional", "further", "new", "another", "of", "the", "some",
              "such", "these", "those", "their", "its", "his", "her", "our",
              # "$50 billion worth of goods": what the money buys is what it counts
              "worth"}
_PLACE_PREPS = {"in", "from", "across", "into", "at", "to", "near", "through", "inside", "outside",
                "via", "towards", "toward", "throughout", "within"}
_NOT_PLACES = MONTHS | WEEKDAYS | {"the", "a", "an", "i", "he", "she", "they", "we", "it", "this",
                                    "that", "but", "and", "on", "in", "according"}


#: verbs in the present tense that commonly follow a counted subject ("800,000 *hold* cards");
#: a general English list, needed because a present-tense verb has no tell-tale ending
PRESENT_VERBS = {"live", "lives", "hold", "holds", "remain", "remains", "face", "faces", "need", "needs",
            "own", "owns", "lack", "lacks", "stay", "stays", "work", "works", "return", "returns",
            "cross", "crosses", "flee", "flees", "leave", "leaves", "die", "dies", "vote", "votes",
            "attend", "attends", "receive", "receives", "earn", "earns", "support", "supports",
            "oppose", "opposes", "want", "wants", "use", "uses", "depend", "depends", "reside",
            "resides", "suffer", "suffers", "owe", "owes", "cost", "costs", "account", "accounts",
            "make", "makes", "take", "takes", "get", "gets", "go", "goes", "come", "comes",
            "try", "tries", "help", "helps", "wait", "waits", "search", "dig", "fight", "fights",
            # headline verbs: "Over two million join marches", "Floods kill 231"
            "join", "joins", "kill", "kills", "rally", "protest", "lose", "loses", "win",
            "wins", "quit", "quits", "escape", "escapes", "survive", "survives", "gather", "gathers",
            "give", "gives", "show", "shows", "mean", "means", "bring", "brings", "keep", "keeps",
            "participate", "participates", "continue", "continues", "arrive", "arrives", "collapse",
            # verbs of opinion and passage after a share or count: "35% think ...", "600 ships pass"
            "think", "thinks", "believe", "believes", "say", "feel", "feels", "agree", "agrees",
            "expect", "expects", "pass"}
#: verbs that say what a figure amounts to, not what happened: never an event
_LINKING_VERBS = {"give", "gives", "show", "shows", "mean", "means", "bring", "brings", "keep", "keeps",
                  "represent", "represents", "representing", "represented", "amounting", "accounting",
                  "constitute", "constitutes", "constituting", "equalling", "equaling",
                  # "the data is *linked to* 2 million customers": a relation, not a happening
                  "linked", "tied", "connected", "related"}
#: words after which the next word is a noun, whatever it looks like ("of the *votes*")
_DETERMINERS = {"the", "their", "its", "his", "her", "our", "these", "those"}
_MODALS = {"could", "would", "will", "may", "might", "can", "should", "must", "to"}
_POSSESSIVES = {"their", "its", "his", "her", "our", "my", "your"}
#: nouns that name an event ("the deportation of 500", "the arrival of 300"): a figure after
#: "<noun> of" is framed by that noun, not by the clause around it
_EVENT_NOUN_ENDINGS = ("tion", "sion", "ment")
_EVENT_NOUNS = {"arrival", "removal", "withdrawal", "dismissal", "burial", "approval", "refusal",
                "denial", "survival", "return", "release", "rescue", "death", "deaths", "killing",
                "killings", "arrest", "arrests", "exodus", "flight", "influx", "loss", "losses",
                "sale", "sales", "purchase", "transfer", "expulsion", "expulsions", "departure",
                "departures", "closure", "layoff", "layoffs", "strike", "capture", "murder"}
#: words that make a capitalised run an organisation, not a place
_ORG_WORDS = {"department", "ministry", "agency", "organization", "organisation", "office",
              "council", "commission", "authority", "committee", "bank", "party", "court",
              "university", "police", "army", "association", "fund", "programme", "program",
              "institute", "board", "bureau", "service", "services", "company", "group",
              "corporation", "federation", "league", "foundation", "centre", "center",
              "lab", "labs", "laboratory", "union", "unions", "firm", "confederation", "division"}
_PARTICLES = {"out", "back", "off", "away", "up", "down"}
#: titles that make a capitalised run a person ("Finance Minister Nirmala Sitharaman said ...")
_TITLE_WORDS = {"minister", "president", "prime", "secretary", "chief", "spokesman", "spokeswoman",
                "spokesperson", "governor", "mayor", "director", "general", "ambassador", "envoy",
                "chairman", "chairwoman", "chair", "commissioner", "senator", "representative",
                "judge", "justice", "king", "queen", "prince", "sheikh", "dr", "mr", "mrs", "ms",
                "professor", "officer", "inspector", "superintendent", "captain", "colonel", "major"}
#: heads that make a capitalised run a named happening, not a place ("Cyclone Ditwah",
#: "Hurricane Maria", "Operation Sindoor", "the Paris Olympics")
_NAMED_EVENT_WORDS = {"cyclone", "hurricane", "typhoon", "storm", "tropical", "tornado", "operation",
                      "olympics", "games", "cup", "festival", "summit", "war", "conference", "election",
                      "elections", "marathon", "championship", "championships", "covid", "pandemic",
                      # two named at once: "the Storms Aldo and Bree"
                      "cyclones", "hurricanes", "typhoons", "storms", "tornadoes",
                      # "the Ridge Fire", "the Lakeside Complex", "State Fire": a fire's or its agency's name
                      "fire", "fires", "wildfire", "complex", "earthquake", "quake", "flood", "floods"}
#: compass words between a preposition and a place ("in southern Thailand")
_COMPASS = {f"{d}{suffix}" for d in ("north", "south", "east", "west", "northeast", "northwest",
                                     "southeast", "southwest") for suffix in ("", "ern")} | {"central"}
#: "the island of Sumatra", "the province of Aceh": the place is the name after "of"
_PLACE_KINDS = {"island", "islands", "province", "city", "town", "village", "state", "district",
                "region", "county", "country", "capital", "port", "municipality", "prefecture"}
#: sites a town's name is put before ("in the Dorvale mortuary", "at Marlow hospital"): the
#: name says where, as it does before "district"; "Afghan nationals" stays an adjective
_SITES = frozenset("mortuary morgue hospital hospitals airport station camp camps stadium market prison jail "
                   "school mosque temple church harbour harbor".split())
#: Read as ``\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin)\s+(...)``: spelled to open on the
#: prepositions' first letters, which the regex engine jumps between, instead of a word boundary
#: it tries at every position (tests/test_frames.py holds the two spellings together).
#: (one tuple for the pattern and the word test that spares trying it on most sentences)
_ANAPHORIC_KINDS = ("province", "region", "state", "district", "county", "city", "town", "village")
_ANAPHORIC_PLACE = re.compile(
    r"[IiAaTtWw](?<![\w][\s\S])(?:(?<=[Ii])n|(?<=[Aa])cross|(?<=[Tt])hroughout|(?<=[Ww])ithin)"
    r"\s+((?:the|that|this)\s+(?:" + "|".join(_ANAPHORIC_KINDS) + r"))\b"
    r"(?!['’])"  # "in the region's floods": the region owns the next noun, the figure is not placed there
)
#: a preposition after these words names a cause, not a place ("rains resulting from Cyclone X")
_CAUSAL = {"resulting", "resulted", "stemming", "caused", "triggered", "driven", "spawned"}
#: adjectives that state what happened to the people counted ("402 are still missing",
#: "938 dead"): the event when no verb says it
STATES = {"missing", "dead", "injured", "wounded", "displaced", "homeless", "affected", "stranded",
           "trapped", "unaccounted", "hospitalised", "hospitalized", "evacuated", "detained",
           "arrested", "killed", "rescued", "infected", "sick", "ill", "unemployed", "jailed", "hurt"}
#: verbs that only move a figure ("the toll rose to 818"): the figure's event is the measure
#: named before them, when there is one
_MOVERS = {"rose", "risen", "reached", "reaching", "climbed", "stood", "topped", "tops", "hit",
           "passed", "pass", "pushed", "surpassed", "exceeded", "jumped", "soared", "increased",
           "grew", "fell", "dropped", "declined", "raised", "revised", "put", "estimated", "at",
           "to", "of", "was", "is", "were", "are", "stands", "reaches", "rises", "passes", "climbs",
           "jumps", "hits", "nears", "neared", "exceeds", "surpasses", "crosses", "rising",
           "climbing", "mounts", "mounted", "soars", "grows", "growing", "increases", "swells", "swelled",
           # after a modal or "to": "the tally could *climb* to", "expected the toll to *rise* above"
           "rise", "reach", "climb", "top", "exceed", "surpass", "soar", "jump", "increase", "grow", "mount"}


class Frame(NamedTuple):
    counted: str | None
    counted_span: tuple[int, int] | None
    event: str | None
    place: str | None
    #: the figure sits in a noun phrase headed by an event noun ("the deportation of 500"):
    #: the time of the clause around that noun is not the figure's
    nominal: bool = False


#: the per-sentence readings below are pure functions of the sentence and are asked for once
#: per figure; caching them reads each sentence once however many figures it holds
@lru_cache(maxsize=256)
def _tokens(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Words (joined over ' ’ and -: "well-known", "rock'n'roll"), digits with the commas and full
    stops that touch them, and single marks, as (start, end, text): what ``_WORD`` finds, read
    off the shared tokens (``tokens.sentence_tokens``; the quantity grammar has just read the
    sentence) instead of a second regex pass. tests/test_frames.py holds the two to each other."""
    toks = sentence_tokens(sentence)
    out: list[tuple[int, int, str]] = []
    append = out.append
    i, n = 0, len(toks)
    while i < n:
        start, end, _text, _low, kind = toks[i]
        i += 1
        if kind == "w":  # letters, joined over a single ' ’ or - to the letters right after
            # (and over "&" between capitals: "KL&M", "S&P" are one name)
            while (i + 1 < n and toks[i][4] == "p" and toks[i][0] == end
                   and toks[i + 1][4] == "w" and toks[i + 1][0] == toks[i][1]
                   and (toks[i][2] in _JOINERS or toks[i][2] == "&" and "A" <= sentence[end - 1] <= "Z"
                        and "A" <= sentence[toks[i + 1][0]] <= "Z")):
                end = toks[i + 1][1]
                i += 2
        elif kind == "n":  # digits, then the digits, commas and full stops touching them
            while i < n and toks[i][0] == end and (toks[i][4] == "n" or toks[i][4] == "p" and toks[i][2][0] in ",."):
                end = toks[i][1]
                i += 1
        elif kind == "p" and end - start > 1:  # a run of one mark: a token per mark
            out.extend((k, k + 1, sentence[k]) for k in range(start, end))
            continue
        append((start, end, sentence[start:end]))
    return tuple(out)


_JOINERS = ("'", "’", "-")


def _inside(sentence: str, lo: int = 0, hi: int | None = None) -> tuple[tuple[int, int, str], ...]:
    """The tokens starting at or after ``lo`` and ending by ``hi``, in order (token starts and
    ends both increase, so two bisections find them)."""
    toks = _tokens(sentence)
    first = bisect_left(toks, lo, key=_START)
    return toks[first : len(toks) if hi is None else bisect_right(toks, hi, key=_END)]


_START, _END = itemgetter(0), itemgetter(1)


def is_verb(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR:
        return True
    return len(low) > 4 and low.endswith("ed") and low not in {"hundred", "red", "bed", "need",
                                                                 "seed", "speed", "feed", "united"}


#: words after a participle that make it a verb, telling when or by whom it was done ("the
#: tally of 37 reported *earlier* by the ministry"), not a noun it describes ("37 reported cases")
_WHEN_A_VERB_WAS_DONE = {"earlier", "later", "yesterday", "today", "on", "by", "last", "this", "overnight"}
_PARTICIPIAL_ADJECTIVES = {"displaced", "undocumented", "registered", "wounded", "injured", "armed",
                           "unaccompanied", "detained", "trapped", "estimated", "missing",
                           "stranded", "unemployed", "retired", "elected",
                           # an estimate's kind: "private *insured* losses", "the *combined* loss"
                           "insured", "uninsured", "combined", "projected", "reported", "unreported"}


#: words that end the noun phrase after a figure: time words, "thanks to", change adverbs
_NOT_IN_A_NOUN_PHRASE = {"yesterday", "today", "tonight", "tomorrow", "overnight", "thanks", "up",
                         "down", "year-on-year", "year-over-year", "yoy", "annually", "apiece", "each",
                         "alone", "altogether", "respectively", "instead", "too", "either", "ago",
                         # adverbs and prepositions of place: "170 people *elsewhere*", "two dams *outside* the city"
                         "elsewhere", "nearby", "abroad", "overseas", "worldwide", "nationwide", "outside",
                         "inside", "near", "beyond", "throughout", "along", "behind", "upstream", "downstream",
                         # a preposition that looks like a participle: "83,000 *following* a revised 3,000"
                         "following", "off",
                         # "162p a litre *prior* to the weekend": when, before a preposition
                         "prior",
                         # a lead in a race: "some 46 percent *ahead* of its rival"
                         "ahead",
                         # "50 per cent *plus* one": the rest of a figure, not a noun
                         "plus",
                         # where a figure stands against another: "20% *above* the average", "5
                         # hectares *versus* 4", "100 miles *away*", "back to $42 *again*"
                         "above", "below", "versus", "vs", "away", "again",
                         # focus adverbs after the noun: "a 2% decline *just* a month earlier"
                         "just", "only",
                         # "four councillors and *there* is ...": a new clause, not a second noun
                         "there", "here", "then"}
#: how often a rate is counted, after a share: "wages rose 0.3 percent *monthly*" (an adverb)
#: unless a noun follows ("0.3 percent monthly growth")
_FREQUENCY_ADVERBS = {"monthly", "yearly", "quarterly", "weekly", "daily", "annually"}
#: "the previous time", "the day before": a time after a figure (``time`` reads it)
_PRIOR_TIME = {"previous", "prior", "last", "preceding", "earlier", "first"}
_TIME_HEADS = {"time", "day", "week", "month", "year", "quarter", "round", "count", "occasion", "edition"}
#: adverb endings ("anxiously", "mostly"): not "family", "assembly", "supply"
_ADVERB_ENDINGS = ("ously", "ally", "ably", "ibly", "ently", "antly", "edly", "ingly", "fully",
                   "lessly", "ively", "ately", "stly", "ickly", "ightly")


def _is_count_in_words(word: str) -> bool:
    """"four", "twenty-one", "a" (as in "a year ago"): a count in words."""
    low = word.lower()
    return low in ("a", "an") or all(is_number_word(part) for part in low.split("-"))


def _past_own_count(toks: Sequence[tuple[int, int, str]], k: int) -> int:
    """Past a figure at ``toks[k]`` and its scale words ("5 million", "five"): where the noun
    after it starts; ``k`` when no figure stands there."""
    if k < len(toks) and (toks[k][2][0].isdigit() or is_number_word(toks[k][2].lower())):
        k += 1
        while k < len(toks) and toks[k][2].lower() in SCALES:
            k += 1
    return k


#: adverbs that end a counted noun phrase before it starts ("$34 billion *currently* set",
#: "seven *directly* due to"): endings no noun has
_FIRST_WORD_ADVERB_ENDINGS = ("ently", "ctly", "ously", "edly", "ingly", "ively")
#: adverbs of cause and degree that open no noun phrase: "down 14% *largely* due to", "$6
#: billion *partly* because of"
_CAUSE_ADVERBS = frozenset("largely partly partially mostly mainly chiefly primarily entirely solely wholly "
                           "due owing".split())
_COMPARATIVES = {"greater", "higher", "lower", "larger", "smaller", "bigger", "better", "worse",
                 "overall", "warmer", "cooler", "colder", "hotter", "wetter", "drier", "dryer", "cheaper",
                 "dearer", "faster", "slower", "older", "younger", "longer", "shorter", "wider", "deeper"}


def _is_currency_code(word: str) -> bool:
    """"Rs", "INR", "USD" as a word: the currency of the next amount, never what one counts."""
    low = word.lower().rstrip(".")
    return (low in CURRENCY_PREFIX and low.isalpha() and low not in CASE_SENSITIVE_CODES
            and (word[:1].isupper() or word.isupper()))


#: past participles that describe the state of what is counted ("14 wrecked cars", "20 damaged
#: homes"); a participle in a hyphened compound ("weapon-wounded", "flood-hit") is one too
_DESCRIBING_PARTICIPLES = frozenset(
    "mangled wrecked damaged destroyed burned burnt flooded collapsed abandoned stolen suspected "
    "confirmed infected affected vaccinated unvaccinated licensed skilled unskilled qualified "
    "trained deported evacuated occupied submerged flattened gutted razed looted lit beaten hidden".split()
)


#: present-tense verbs that are verbs only with their preposition after them: "women *account
#: for* 60%", but "2.4 million current *account* holders", "31 million customer *accounts*"
_VERBS_ONLY_WITH = {"account": "for", "accounts": "for"}


def _present_verb(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """``toks[k]`` reads as a present-tense verb (``PRESENT_VERBS``), not as a noun that shares its
    spelling ("account holders")."""
    low = toks[k][2].lower()
    if low not in PRESENT_VERBS:
        return False
    needs = _VERBS_ONLY_WITH.get(low)
    return needs is None or (k + 1 < len(toks) and toks[k + 1][2].lower() == needs)


def _participle_before_a_noun(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """"14 *mangled* train carriages", "3,400 *weapon-wounded* individuals", "14 *wrecked*
    cars": a participle of state with a noun after it describes the noun; "500 crossed into",
    "20 arrested yesterday" or "1.27 million protested pension reforms" stay verbs."""
    word = toks[k][2].lower()
    if k + 1 >= len(toks) or not (word in _DESCRIBING_PARTICIPLES or ("-" in word and word.endswith("ed"))):
        return False  # "1.27 million protested pension reforms": a verb and its object
    nxt = toks[k + 1][2]
    low = nxt.lower()
    return (nxt.isalpha() and nxt.islower() and low not in _STOP and low not in _PLACE_PREPS and low not in STATES
            and low not in _NOT_IN_A_NOUN_PHRASE and not is_verb(nxt) and not _present_verb(toks, k + 1)
            and not is_number_word(low) and not low.endswith("ly"))


#: prepositions right after a participle that make it a passive verb ("900 reported *in* May")
_AFTER_A_PASSIVE = frozenset({"in", "at", "from", "to", "for", "across", "during", "since"})
#: nouns in -ing that follow a figure as what it counts ("$5 million funding for ...")
_ING_NOUNS = frozenset("funding financing spending borrowing lending housing building buildings training clothing "
                       "shipping marketing advertising bidding polling voting earnings savings holdings "
                       "listings bookings sightings offerings dwelling trading".split())
#: present-tense verbs that follow a counted noun and open its predicate: "400 complaints
#: *include* fraud", "a 5% figure *represents* ...", "the trading volume *stands* at ..."
VERBS_AFTER_A_NOUN = frozenset(
    "include includes represent represents stand stands command commands query queries "
    "comprise comprises exceed exceeds thought "
    # "payments of £4m *equate* to", "a bill of $5bn *amounts* to": the sum's verb
    "equate equates amount amounts translate translates".split())


def _opens_a_clause(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """The token at ``k`` starts what a verb or adverb before it governs: a determiner, a
    preposition, a figure, a name or a mark ("involving *a* firearm", "producing *9.5* tonnes",
    "early *today*", "prevailing *in* 2007"), not a noun ("trading *days*")."""
    if k >= len(toks):
        return True
    w = toks[k][2]
    low = w.lower()
    return (not w[0].isalpha() or w[0].isupper() or low in _STOP or low in _DETERMINERS or low in _PLACE_PREPS
            or low in _NOT_IN_A_NOUN_PHRASE or low in _MONTHS_AND_DAYS)


def counted_after(sentence: str, end: int, limit: int | None = None) -> tuple[str, tuple[int, int]] | None:
    """The noun phrase right after a quantity ending at ``end`` (local offsets), before ``limit``."""
    hi = len(sentence) if limit is None else limit
    toks = _inside(sentence, end, hi)
    if toks and toks[0][2] == "(" and len(toks) > 1 and toks[1][2][:1].isdigit():
        # "100,000 hectares (247,000 acres) of farmland": the same figure in other units, then its noun
        close = next((j for j in range(2, min(len(toks), 10)) if toks[j][2] == ")"), None)
        if close is not None and close + 1 < len(toks) and toks[close + 1][2].lower() == "of":
            toks = toks[close + 1:]  # not "200km (125 miles) southeast of": a direction, no noun
    elif toks and toks[0][2] == "(" and len(toks) > 2 and toks[1][2] in _SUM_SIGNS and toks[2][2][:1].isdigit():
        # "a C$12.7 billion ($9.1 billion) deficit": the sum in another currency, then the noun it sizes
        close = next((j for j in range(3, min(len(toks), 10)) if toks[j][2] == ")"), None)
        if close is not None:
            toks = toks[close + 1:]
    words: list[tuple[int, int, str]] = []
    k = 0
    lead = [t[2].lower() for t in toks[:3]]
    if len(lead) == 3 and lead[0] == "the" and lead[1] in _PRIOR_TIME and lead[2] in _TIME_HEADS:
        return None  # "down from 40,000 the previous time": a time, not what is counted
    if len(lead) >= 2 and lead[0] in ("next", "this", "last") and lead[1] in _TIME_HEADS:
        return None  # "to rise to 5% next year": when, not what
    # "won 48 out of 75 seats" counts what "won 48 of the 75 seats" does
    out_of = len(lead) >= 3 and lead[0] == "out" and lead[1] == "of" and toks[2][2][0].isdigit()
    if out_of:
        k = 1
    # "tens of thousands of Afghans", "half of them"
    while k < len(toks) and toks[k][2].lower() in _DROP_LEAD and len(words) == 0 and k < 3:
        k += 1
    if k > 0 and (out_of or toks[0][2].lower() == "of"):
        k = _past_own_count(toks, k)  # "won 154 of the 300 seats": a part counts what its whole counts
    quoted = False
    while k < len(toks):
        s, e, w = toks[k]
        k += 1
        if not words and not quoted and w in _OPENING_MARKS and _closes_soon(toks, k):
            quoted = True  # "1,500 “black blocs” smashed ...": a noun in scare quotes is what is counted
            continue
        if quoted and w in _CLOSING_MARKS:
            break
        if len(w) == 1 and w.isupper() and (dotted := _DOTTED.match(sentence, s)) and dotted.end() - s > 2:
            # "98% of the U.S. wheat crop": a dotted abbreviation is one word, not the letter "U"
            e, w = dotted.end(), dotted.group()
            while k < len(toks) and toks[k][0] < e:
                k += 1
        low = w.lower()
        if low in ("and", "or") and words and len(words) <= 2 and _noun_joins(toks, k):
            words.append((s, e, w))  # "334 homes and buildings": two nouns, one thing counted
            continue
        if low in PRESENT_VERBS and len(words) == 1 and _adjective_after_a_determiner(toks, k - 2):
            words.append((s, e, w))  # "40% of the national *vote*": a noun after "the" and an adjective
            continue
        if words and w == "(" and k + 2 < len(toks) and toks[k][2].isupper() and toks[k][2].isalpha() \
                and toks[k + 1][2] == ")" and toks[k + 2][2].isalpha() and toks[k + 2][2].islower():
            k += 2  # "three new Ebola virus disease *(EVD)* cases": the initials stand inside the noun phrase
            continue
        if not (w[0].isalpha()) or low in _STOP or (is_verb(w) and words) or (words and _present_verb(toks, k - 1)):
            break
        if words and w[0].isupper() and low in _LEVEL_MOVERS and words[-1][2][0].isupper():
            break  # a title-case headline's verb: "Toll From 7.2 Magnitude Quake *Jumps* to 900"
        if low in ("ago", "earlier", "later") or (low == "before" and words and words[-1][2].lower() in DURATIONS):
            # "up from 55 percent four years ago", "up from 60 two days earlier", "in 20 states
            # one week ago": a time, not part of what is counted
            while words and (words[-1][2].lower() in DURATIONS or _is_count_in_words(words[-1][2])):
                words.pop()
            break
        if low in _NOT_IN_A_NOUN_PHRASE or low in _MONTHS_AND_DAYS or (
                words and (low in STATES or low.endswith(_ADVERB_ENDINGS) or low in _COMPARATIVES)) \
                or low.endswith(_FIRST_WORD_ADVERB_ENDINGS) or _is_currency_code(w):
            # "33 people dead", "homes yesterday", "people anxiously", "43% thanks to", "winds
            # greater than", "$34 billion currently", "£200 Rs 20,000" (the next amount's currency)
            break
        following = [t[2].lower() for t in toks[k : k + 2]]
        if words and low in ("next", "this", "last") and following[:1] and following[0] in _TIME_HEADS:
            break  # "a $9 million deficit next year": when, not what
        if not words and (low in _CAUSE_ADVERBS or (low in _COMPARATIVES and (
                not following or following[0] == "than" or not following[0].isalpha() or following[0] in _STOP))):
            break  # "14% largely due to", "$30 billion lower than", "$9 billion higher.": no noun
        if low in _FREQUENCY_ADVERBS and not (following and following[0].isalpha() and following[0] not in _STOP):
            break  # "rose 0.3 percent monthly, and": how often, not what
        if low in ("year", "month", "quarter", "week") and following[:1] in (["over"], ["on"]) \
                and following[1:] == [low]:
            break  # "3.9 percent year over year", "up 2% month on month": a comparison, not a noun
        if words and low in _PLACE_PREPS and words[-1][2].lower() in STATES:
            break  # "30 hurt near the border": a state alone counts people
        if words and low.endswith("ing") and len(low) > 5:
            break  # "hundreds of Afghans dragging ...": a participle starts a new clause
        if not words and k >= 2 and toks[k - 2][2].lower() == "those" and is_verb(w) and k < len(toks) \
                and toks[k][2].lower() in STATES:
            return toks[k][2], (toks[k][0], toks[k][1])  # "14 of those found dead had ...": the dead
        if not words and low in _PARTICIPIAL_ADJECTIVES and k < len(toks) and (
                toks[k][2].lower() in STATES or toks[k][2].lower() in _WHEN_A_VERB_WAS_DONE
                or (low not in STATES and toks[k][2].lower() in _AFTER_A_PASSIVE)):
            break  # "78 reported missing", "12 confirmed dead", "37 reported earlier by", "900 reported in May": a verb
        if not words and low.endswith("ing") and len(low) > 4 and low not in _ING_NOUNS and _opens_a_clause(toks, k):
            break  # "1,200 involving a firearm", "3 million producing 9 tonnes": a participle's clause
        if low in ("early", "late") and _opens_a_clause(toks, k):
            break  # "$49 early today", "40 degrees late in May", "three bodies late on Sunday": when, not what
        if low in VERBS_AFTER_A_NOUN and (words or _opens_a_clause(toks, k)):
            break  # "400 complaints *include* fraud", "the 5% figure *represents* ...": the noun's verb
        if not words and low not in _PARTICIPIAL_ADJECTIVES and (is_verb(w) or _present_verb(toks, k - 1)) \
                and not (low in PRESENT_VERBS and not is_verb(w) and k < len(toks) and toks[k][2].lower() in _PLURAL_AUX) \
                and not (low in PRESENT_VERBS and low.endswith("s") and (k >= len(toks) or toks[k][2] in ".,;:(")) \
                and not (k >= 2 and toks[k - 2][2].lower() in _DETERMINERS | {"of", "new", "other", "additional", "further", "another"}) \
                and not _participle_before_a_noun(toks, k - 1):
            # "800,000 hold cards", "500 left": the figure is the subject of a verb; after a
            # determiner, "of" or "new" the word is a noun ("54% of the votes", "54% of votes",
            # "two new protest days")
            break
        if low.endswith(("'s", "’s")) and len(low) > 2 and k < len(toks) and toks[k][2][0].isalnum():
            # "5 percent of Alphabet's average daily revenue", "62 percent of the country's 5
            # million registered voters": the possessor, and its own count, are no part of it
            words = []
            k = _past_own_count(toks, k)
            continue
        words.append((s, e, w))
        if sum(x[2].lower() not in ("and", "or") for x in words) >= 5:
            break  # five words, a joining "and" not among them ("current and former account holders")
    if not words:
        return None
    text = " ".join(w for _, _, w in words)
    return text, (words[0][0], words[-1][1])


_OPENING_MARKS = frozenset("“\"‘")
#: currency signs that open a sum restated in brackets
_SUM_SIGNS = frozenset("$£€¥₹")
_CLOSING_MARKS = frozenset("”\"’")


def _opens_with_a_participle(phrase: str) -> bool:
    """The phrase after a sum starts with a word in -ing that is a verb ("reflecting strong
    growth"), not a noun ("housing package") nor a hyphened compound ("cost-of-living package")."""
    first = phrase.split()[0].lower()
    return first.endswith("ing") and len(first) > 5 and first not in _ING_NOUNS and "-" not in first


def _closes_soon(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Lower-case words from ``k``, one to three, then a closing mark: a noun in scare quotes
    ("“black blocs”"), not a quote that opens after a figure ("40, “we are leaving”")."""
    for n in range(k, min(k + 4, len(toks))):
        w = toks[n][2]
        if w in _CLOSING_MARKS:
            return n > k
        if not (w.isalpha() and w.islower()):
            return False
    return False


def _adjective_after_a_determiner(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """``toks[k]`` is a lower-case word that is no plural noun, right after a determiner: "the
    *national* vote", "a *second* count" (so the word after it is a noun, not a verb)."""
    if k < 1 or k >= len(toks):
        return False
    word, before = toks[k][2], toks[k - 1][2].lower()
    return word.isalpha() and word.islower() and not word.endswith("s") and before in _DETERMINERS | {"a", "an"}


#: auxiliaries no plural verb is followed by: "10 *lives were* lost" makes "lives" a noun (so
#: does the end of the clause: "claimed 40 *lives*.", "won by 12 *votes*,")
_PLURAL_AUX = {"were", "are", "was", "have", "had"}


def _noun_joins(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """The token at ``k`` (after "and"/"or") is a plain noun that ends the phrase: "homes and
    *buildings* destroyed"; not "deaths and *3,408* injuries", "people and *injured* 30", "and *the*"."""
    if k >= len(toks):
        return False
    w = toks[k][2]
    low = w.lower()
    if not (w.isalpha() and w.islower()) or low in _STOP or low in STATES or low in _NOT_IN_A_NOUN_PHRASE \
            or is_verb(w) or low in PRESENT_VERBS or low.endswith(_ADVERB_ENDINGS) or (low.endswith("ing") and len(low) > 5):
        return False
    nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
    return not nxt[:1].isdigit() and nxt.lower() not in ("of",)


def event_near(sentence: str, start: int, end: int, counted_end: int | None,
               lo: int = 0, hi: int | None = None) -> str | None:
    """The verb governing the quantity inside its clause ``[lo, hi)``: after the counted phrase
    when the quantity is the subject ("500 people *fled*", "800,000 had their cards
    *cancelled*"), else before it when it is the object ("Pakistan has *expelled* 500")."""
    hi = len(sentence) if hi is None else hi
    after = _inside(sentence, max(lo, counted_end if counted_end is not None else end), hi)
    verb = _verb_after(after)
    if verb is not None:
        return verb
    before = _inside(sentence, lo, min(hi, start))[::-1]
    if len(before) >= 2 and before[0][2][0].islower() and before[1][2].lower() in _MODALS \
            and before[0][2].lower() not in _STOP and before[0][2].lower() not in _FOCUS_ADVERBS:
        return before[0][2].lower()  # "to evict 800,000", "could affect up to 1.6 million"; not "to *just* 19,000"
    if len(before) >= 3 and (before[0][2][0].isupper() or before[0][2].lower() in ("it", "them", "him", "her")) \
            and before[1][2].isalpha() and before[1][2].islower() and before[1][2] not in _STOP \
            and before[2][2].lower() == "to":
        return before[1][2].lower()  # "decided to fine the firm 2.91 billion euros", "to pay them $5m"
    if before and before[0][2].islower() and before[0][2].endswith("ing") and len(before[0][2]) > 5 \
            and before[0][2] not in _STOP and not (len(before) > 1 and before[1][2].lower() in _DETERMINERS | {"a", "an"}):
        return before[0][2]  # "killing about 19,500 people", "including arranging Rs 15,000 crore"
    for k, (_s, _e, w) in enumerate(before[:8]):
        if k + 1 < len(before) and before[k + 1][2].lower() in _DETERMINERS | {"a", "an"}:
            continue  # "lowered *the cost* of borrowing by ...": after a determiner, a noun
        if w.lower() in _PARTICIPIAL_ADJECTIVES and k > 0 and before[k - 1][2].isalpha() \
                and before[k - 1][2].islower() and before[k - 1][2].lower() not in _STOP \
                and before[k - 1][2].lower() not in _DETERMINERS | _POSSESSIVES | {"a", "an"}:
            continue  # "private *insured* losses ... $30bn": an adjective before its noun, no event
        if k > 0 and before[k - 1][2] == "by" and k + 1 < len(before) and before[k + 1][2].lower() == "as":
            continue  # "inflation *as measured by* the index to be 3%": how the measure is taken, no event
        if k > 0 and w[0].isupper() and w.lower() in _IRREGULAR and _present_third_person(before[k - 1][2]):
            return before[k - 1][2].lower()  # "Fed hikes 25bps", "Led Corp Raises 5%": a name, then its verb
        if is_verb(w) or (k == 0 and w.lower() in PRESENT_VERBS):  # "Floods kill 231"
            if k > 0 and not w.lower().endswith("ed") and before[k - 1][2].lower() in _FINITE_AFTER_A_SUBJECT:
                return None  # "the data *set includes* 2 million": a noun before the clause's verb
            if w.lower() in _INCLUDE and k + 1 < len(before) and before[k + 1][2].lower() in STATES:
                return before[k + 1][2].lower()  # "the dead included 17 children": they are dead
            return w.lower()
    # the figure is the subject, and an aside parts it from its verb: "31 people, most of them
    # pilgrims, died", "64 people - 50 women and a boy - were killed"; not "..., officials said"
    aside = _ASIDE_AFTER.match(sentence, counted_end if counted_end is not None else end)
    if aside is not None and (verb := _verb_after(_inside(sentence, aside.end()))) is not None \
            and verb.split()[0] not in _TELLING_EVENTS | {"says", "say", "told", "tells", "added", "adds"}:
        return verb
    return None


_INCLUDE = {"included", "include", "includes", "including"}

_AND_BEFORE = re.compile(r"\b(?:and|while)\s+$")
#: an aside right after the counted phrase, between commas or dashes, that parts the subject
#: from its verb: "31 people*, most of them pilgrims,* died", "64 people *- 50 women and a boy -* were
#: killed", "two guides *from Fern Lodge, a mountain hostel,* were still missing" (where they are from,
#: then what that is); the verb must follow it at once
_ASIDE_AFTER = re.compile(
    r"(?:\s+(?:from|of|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,\s*[^,;:()\"“”—–-]{1,40}?,\s+"
    r"|\s+[-–—]\s+[^;:()\"“”—–-]{1,80}?\s+[-–—]\s+"
)


def _present_third_person(word: str) -> bool:
    """A verb's present form after a singular subject ("hikes", "raises", "cuts"), not a
    possessive or a plural noun in capitals ("PMs")."""
    return word.isalpha() and len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        and word[1:].islower()
#: finite verbs whose subject stands right before them: a same-form past ("set", "cut", "hit")
#: there is a noun ("the data set includes", "the tax cut was")
_FINITE_AFTER_A_SUBJECT = frozenset("includes include included is was are were has have had contains contained "
                                    "covers covered shows showed".split())
#: adverbs that stand before a figure and are no verb ("cut to *just* 19,000")
_FOCUS_ADVERBS = {"just", "only", "barely", "merely", "nearly", "almost", "about", "around", "roughly", "some"}


_QUOTE_MARKS = frozenset('"“”')


def _verb_after(after: Sequence[tuple[int, int, str]]) -> str | None:
    """The verb (with a bare object or particle) at the head of ``after``, skipping auxiliaries."""
    possessed = negated = False
    # quotation marks left in a clause hold a word at arm's length ('were "missing"'), not the verb
    after = tuple(t for t in _without_brackets(after) if t[2] not in _QUOTE_MARKS)
    for k, (_s, _e, w) in enumerate(after[:8]):
        low = w.lower()
        if low in _AUX or (k == 0 and low == "who") or (negated and low == "yet"):  # "the 125 people who died"
            negated = negated or low == "not"
            continue
        if possessed and w[0].isalpha() and not is_verb(w):
            continue  # "had their ACC residency cards cancelled": the object before the verb
        if low in STATES and not is_verb(w):
            return low  # "402 people are still missing", "211 still missing"
        if low == "among" and k + 2 < len(after) and after[k + 1][2].lower() == "the" \
                and after[k + 2][2].lower() in STATES:
            return after[k + 2][2].lower()  # "215 soldiers were among the dead"
        progressive = k > 0 and after[k - 1][2].lower() in _BE and low.endswith("ing") and len(low) > 5
        if is_verb(w) or low in PRESENT_VERBS or progressive:  # "100 were *receiving* treatment"
            if [t[2].lower() for t in after[k + 1 : k + 4]] == ["to", "the", "streets"]:
                return f"{low} to the streets"  # "1.2 million took to the streets": they marched
            if negated and low.endswith("ed") and _BE & {t[2].lower() for t in after[:k]}:
                return "un" + low  # "22 had not yet been identified": they are unidentified, not identified
            rest = after[k + 1 : k + 2]
            if rest and _bare_object(rest[0][2]):
                return f"{low} {rest[0][2]}"
            return low
        if low in _POSSESSIVES and k > 0 and after[k - 1][2].lower() in ("had", "have", "has"):
            possessed = True
            continue
        return None
    return None


_BE = {"is", "are", "was", "were", "be", "been", "being", "am"}


def _without_brackets(toks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Tokens outside parentheses: "800,000 cards (ACC) would be cancelled" reads on."""
    out, depth = [], 0
    for t in toks:
        if t[2] == "(":
            depth += 1
        elif t[2] == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


def _bare_object(word: str) -> bool:
    """A particle or a bare noun right after a verb ("taken *shelter*", "hold *ACCs*")."""
    low = word.lower()
    if low in _PARTICLES:
        return True
    if not word[0].isalpha() or low in _STOP or low in _DROP_LEAD or is_verb(word) or low in _MONTHS_AND_DAYS \
            or low in _NOT_IN_A_NOUN_PHRASE:  # "demonstrated *nationwide*": an adverb, no object
        return False
    return word.islower() or (word.isupper() or word[:-1].isupper()) and len(word) <= 6


_MONTHS_AND_DAYS = {w.lower() for w in MONTHS | WEEKDAYS}


#: nouns in -tion that name a sum, not something that happened: "a cash *consideration* of $14"
_SUMS_NOT_EVENTS = frozenset({"consideration", "valuation", "capitalisation", "capitalization"})
#: verbs of a sale whose price follows "for": "agreed to be *sold* to X *for* $10 billion"
_SALE_VERBS = frozenset("sold sell sells selling bought buy buys buying purchased purchase purchases purchasing "
                        "acquired acquire acquires acquiring".split())


def _price_of_a_sale(sentence: str, start: int, lo: int) -> str | None:
    """"deal" for a sum after "for" in a clause whose verb sells or buys: "agreed to be purchased
    by Kestrel Partners *for* $4 billion", "bought the chain for $2 billion"."""
    before = _inside(sentence, lo, start)[::-1][:9]
    if not before or before[0][2].lower() != "for":
        return None
    return "deal" if any(w.lower() in _SALE_VERBS for _, _, w in before[1:]) else None


def governing_noun(sentence: str, start: int, lo: int = 0) -> str | None:
    """The event noun a figure is the "of"-complement of ("the *deportation* of 500")."""
    before = _inside(sentence, lo, start)[::-1]
    if len(before) < 2 or before[0][2].lower() != "of":
        return None
    noun = before[1][2].lower()
    if noun in _SUMS_NOT_EVENTS:
        return None
    if noun in _EVENT_NOUNS or (noun.endswith(_EVENT_NOUN_ENDINGS) and len(noun) > 6):
        return noun
    if noun.endswith("ing") and len(noun) > 5 and len(before) > 2 and before[2][2].lower() == "the":
        return noun  # "fed by *the breaching* of two dams": a gerund with "the" is a noun
    return None


_POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=256)
def _capital_runs(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Runs of capitalised words ("Azad Jammu and Kashmir", "Gilgit Baltistan")."""
    toks = _tokens(sentence)
    n = len(toks)
    runs: list[tuple[int, int, str]] = []
    k = 0  # the first token not yet in a run
    for first in [i for i, t in enumerate(toks) if t[2][0].isupper()]:  # few: skip the rest at once
        low = toks[first][2].lower()
        if first < k or low in _NOT_PLACES or low in _PLACE_PREPS or _POSSESSIVE_END.sub("", low) in _MONTHS_AND_DAYS:
            continue  # a headline's "Near", "From": the preposition before a place, never in its
            # name; "in Tuesday's protests": a day, whoever owns the next noun
        j = first + 1
        while j < n:
            w2 = toks[j][2]
            if w2.lower() in _PLACE_PREPS:
                break  # "Ridge Fire Near Vella": a title-case headline's preposition ends the name
            if w2 == "." and len(toks[j - 1][2]) == 1 and j + 1 < n and len(toks[j + 1][2]) == 1 \
                    and toks[j + 1][2].isupper() and toks[j][0] == toks[j - 1][1] and toks[j + 1][0] == toks[j][1]:
                j += 2  # "the U.S.", "the U.K.": one name, not the letter "U"
            elif w2[0].isupper() and w2.lower() not in _MONTHS_AND_DAYS:
                j += 1
            elif w2 == "and" and j + 1 < n and toks[j + 1][2][0].isupper() and j - first <= 2:
                j += 2
            else:
                break
        start, end = toks[first][0], toks[j - 1][1]
        runs.append((start, end, sentence[start:end]))
        k = j
    return tuple(runs)


def _title_case(sentence: str) -> bool:
    """Most of the sentence's longer words capitalised, as headlines write them."""
    words = [w for _, _, w in _tokens(sentence) if w.isalpha() and len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


#: endings of adjectives of place ("Caspian", "Norlandic", "Chinese", "Northern", "Pakistani")
_ADJECTIVE_OF_A_PLACE = ("an", "ese", "ish", "ern", "ic", "i")
#: people counted as a firm's staff: "at" or "for" after them names the employer
_WORKFORCE = frozenset(
    "workers employees staff staffers machinists engineers mechanics nurses doctors drivers pilots "
    "miners dockworkers teachers members personnel contractors".split()
)


@lru_cache(maxsize=256)
def _owns_a_place(sentence: str, e: int) -> bool:
    """The noun after a possessive name at ``e`` is a place's part: "fled to Vella's *capital*",
    "to Vella's *northern* coast"."""
    after = [w.lower() for _, _, w in _inside(sentence, e, min(len(sentence), e + 40)) if w[0].isalpha()][:2]
    after = [w for w in after if w != "s"]
    return bool(after) and (after[0] in _PLACE_KINDS or after[0] in _COMPASS)


@lru_cache(maxsize=256)  # asked for each figure of the sentence
def _locatives(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Capitalised phrases after a place preposition, organisations and "according to" left out."""
    found = []
    for s, e, text in _capital_runs(sentence):
        if _inside(sentence, e)[:1] and _inside(sentence, e)[0][2][0].isdigit() and country_of(text) is None \
                and _title_case(sentence):
            continue  # "Toll From Powerful 7.2 Magnitude Quake": a capitalised adjective of the figure's noun
        before = _inside(sentence, 0, s)
        before = before[: len(before) - _place_lead([t[2].lower() for t in before[-5:]])]
        after3 = [t[2].lower() for t in _inside(sentence, e)[:3]]
        where = after3[:2] == [",", "where"] and after3[2:] != [] and after3[2] not in _BE | {"do", "does", "did"}
        if not where and (not before or before[-1][2].lower() not in _PLACE_PREPS):
            continue  # "in Nantes"; "... increased Nantes, where police counted": "where" says a place
        # The word before the name: none when a "where" clause names a place that opens the
        # sentence ("Vella, where the boat sank, is ...").
        lead = before[-1][2] if before else ""
        if len(before) >= 2 and before[-1][2].lower() == "to" and before[-2][2].lower() in ("according", "told", "said"):
            continue  # "according to the Interior Ministry": a source, not a place
        if _SOURCE_OF_FIGURES.search(sentence, max(0, s - 60), s):
            continue  # "according to figures from the union": whose figures, not where
        if "&" in text or any(w.lower() in _ORG_WORDS or w.lower() in _NAMED_EVENT_WORDS for w in text.split()):
            continue  # a firm ("Smith & Sons", "KL&M"), a body or a named event, not a place
        if sentence[e : e + 1].isdigit() or text in ("FY", "CY"):
            continue  # "in Q2", "in H1", "from FY 2023": a period's or a thing's code
        after2 = _inside(sentence, e)[:2]
        if after2 and after2[0][2][0].isdigit() and country_of(text) is None and not (
                len(after2) > 1 and after2[1][2][:1].islower() and after2[1][2] not in _STOP):
            continue  # "in the FTSE 100 Index", "up to Census 2021.": a name with its number ("in Kabul 300 fled" is a place)
        if after2 and after2[0][2].lower() in _MONTHS_AND_DAYS and after2[0][2][0].isupper():
            continue  # "from Giving Tuesday", "on Black Friday": a named day, not a place
        if lead.lower() == "to" and _title_case(sentence) and (is_verb(text.split()[0]) or text.split()[0].lower() in PRESENT_VERBS):
            continue  # a title-case headline's "Rushes to Reset Passcodes": an infinitive, not a place
        if lead[:1].isupper() and any(t[2][0].isalpha() for t in before[:-1]) and not _title_case(sentence):
            continue  # "Children In Need": a capitalised preposition inside a name
        if text.split()[0].lower() in _STOP or sentence.startswith("$", e):
            continue  # a title-case headline's "at Between $30B", a currency's "US$35bn"
        if len(before) >= 2 and before[-2][2].lower() in _CAUSAL:
            continue
        if lead.lower() == "to" and (_POSSESSIVE_AFTER.match(sentence, e) or _POSSESSIVE_END.search(text)) \
                and not _owns_a_place(sentence, e):
            continue  # "a premium to Harlow's closing price", "to the EFF's 9.4%": whose, not where
        if len(before) >= 2 and before[-1][2].lower() in ("at", "for") and before[-2][2].lower() in _WORKFORCE:
            continue  # "9,000 workers at Harlow": the employer, not where the figure holds
        after_run = _inside(sentence, e)[:2]
        if after_run and after_run[0][2][0].islower() and after_run[0][2].lower() not in _STOP \
                and not after_run[0][2].lower().endswith(("ly", "ing")) and after_run[0][2].lower() not in _PLACE_KINDS \
                and not (after_run[0][2].lower() in _SITES and not text.lower().endswith(_ADJECTIVE_OF_A_PLACE)) \
                and after_run[0][2].lower() not in _NOT_IN_A_NOUN_PHRASE and not is_verb(after_run[0][2]):
            continue  # "Afghan nationals", "Pakistani officials": an adjective, not a place ("in Paris *alone*" is)
        if after_run and after_run[0][2].lower() in _PLACE_KINDS and " " not in text \
                and text.lower().endswith(_ADJECTIVE_OF_A_PLACE) and sentence[:s].rstrip().lower().endswith(" the"):
            continue  # "in the Caspian city (of X)": where the city lies, not its name
        if after_run and after_run[0][2].lower() == "and" and len(after_run) > 1 and after_run[1][2].lower() in _ORG_WORDS:
            continue  # "the Home and Tribal Affairs Department" cut at "and"
        found.append((s, e, text))
    # "died in the province", "in that region": a place named in an earlier sentence, but a
    # part of the story's area all the same, which a figure for the whole does not share. When
    # the sentence names a place itself, the phrase points back to it ("in Punjab, where 5,111
    # were moved to camps across the province").
    if not found:
        if any(kind in sentence for kind in _ANAPHORIC_KINDS):
            found.extend((m.start(1), m.end(1), m.group(1)) for m in _ANAPHORIC_PLACE.finditer(sentence))
    return tuple(found)


def place_near(sentence: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """A locative phrase in the quantity's clause ``[lo, hi)``, nearest after the quantity;
    else one elsewhere in the sentence; else the sentence's capitalised subject."""
    hi = len(sentence) if hi is None else hi
    named = _name_before_its_figure_in_brackets(sentence, start, end)
    if named is not None:
        return named
    toks = _tokens(sentence)
    runs = _locatives(sentence)
    bracket = _bracket_around(sentence, start)
    if bracket is not None:
        own = _own_place_in_brackets(sentence, bracket, end, runs)
        if own is not None:
            return own
    for inside in (True, False):
        best: tuple[int, str] | None = None
        for s, e, text in runs:
            if inside != (lo <= s and e <= hi):
                continue
            dist = s - end if s >= end else (start - e) * 2 + 40  # prefer a place after the figure
            if dist < 0 or (s >= end and _PART_OPENERS.search(sentence, end, s)):
                continue
            if not inside and e <= start and _FINDING.search(sentence, e, start) and _locates_an_org(sentence, s):
                continue  # "data from an institute in Boston shows that 30% ...": where the source sits
            if not inside and s >= hi and _NEXT_MAIN_CLAUSE.search(sentence, hi, s):
                continue  # "118 deaths among its people, ..., and officials in X cited ...": X is the next clause's
            if _bracket_around(sentence, s) not in (None, bracket):
                continue  # "2 million (including 300,000 in X) and 900,000": X is the bracketed figure's alone
            if not inside and e <= start and _in_a_relative_aside(sentence, s, e, start):
                continue  # "Ann Roe, who came from X, said 500 ...": where the speaker came from
            if best is None or dist < best[0]:
                best = (dist, text)
        if best is not None:
            name = _appositive_subject(sentence, best[1]) or _POSSESSIVE_END.sub("", best[1])
            return _DOTTED.sub(lambda m: m.group().replace(".", ""), name)  # "U.S" and "US" are one name
    # the sentence's capitalised subject, when a verb follows it: "Pakistan has expelled ..."; not
    # for a figure in a later clause with a subject of its own ("..., while Lorin said 3 died")
    if toks and toks[0][2][0].isupper() and not _OWN_SUBJECT_BEFORE.search(sentence, 0, start) \
            and toks[0][2].lower() not in _NOT_PLACES \
            and _POSSESSIVE_END.sub("", toks[0][2]).lower() not in _NOT_PLACES:  # "July's jobs report"
        caps = _capital_runs(sentence)
        if caps and caps[0][0] == toks[0][0] and "&" not in caps[0][2] and not any(
            w.lower().rstrip(".") in _ORG_WORDS | _NAMED_EVENT_WORDS | _TITLE_WORDS for w in caps[0][2].split()
        ) and not _names_a_firm_or_player(sentence, caps[0][2], caps[0][1]):  # "KL&M said": a firm
            after = _inside(sentence, caps[0][1])[:3]
            if after and after[0][2][0].isdigit():
                return None  # "About 900 arrived": a hedge, not a subject
            if [w.lower() for _, _, w in after[:2]] in ([",", "who"], ["who"]):
                return None  # "Jane Roe, who came third, won 2.8%": "who" names a person
            if after and after[0][2][0].islower() and after[0][2].lower() not in _STOP | _AUX \
                    and not is_verb(after[0][2]):
                return None  # "New figures show ...": the capital word qualifies a noun
            if after and after[0][2].lower() in ("have", "are", "were"):
                return None  # "Floods have affected ...": a country takes "has", a plural noun "have"
            word = caps[0][2]
            if " " not in word and word.lower().endswith(_ABSTRACT_ENDINGS):
                return None  # "Participation has increased": an abstract noun, no place
            if " " not in word and (_CONTRACTION.search(word) or (is_verb(word) and country_of(word) is None)
                                    or (word.lower().endswith("ing") and len(word) > 5 and after
                                        and after[0][2][:1].islower() and country_of(word) is None)):
                # "I'm pleased ...", "We've passed ...", "Buoyed by ...", "Announcing the new
                # fund, ...": a pronoun or a verb
                return None
            if " " not in word and (word.lower() in _OPENING_FUNCTION_WORDS or is_number_word(word.lower())
                                    or (word.lower().endswith("ly") and country_of(word) is None)):
                return None  # "To put it ...", "All told, ...", "Five of them drowned", "Unsurprisingly, ..."
            verbs = [w.lower() for _, _, w in after if is_verb(w) or w.lower() in _ESTIMATING]
            if verbs and verbs[0] in _ESTIMATING:
                return None  # "Riskco has estimated losses at ...": who estimates is a source, not a place
            if " " not in word and after and after[0][2].lower() in _LEVEL_MOVERS - {"came", "comes", "hit", "hits"} \
                    and country_of(word) is None:
                return None  # "Support rose among young voters": what moved, not where
            if " " not in word and word.endswith("s") and not (after and after[0][2].lower() in ("has", "is", "was")):
                if country_of(word) is None:
                    return None  # "Officials counted ...", "Rescuers found ...": a plural noun
            if any(is_verb(w) or w.lower() in ("has", "have", "had") for _, _, w in after):
                return caps[0][2]
    return None


#: "according to figures from", "according to data by": the name after it is whose figures they are
_SOURCE_OF_FIGURES = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:figures|data|estimates|numbers|counts?|tall(?:y|ies)|statistics)"
    r"\s+(?:from|of|by)\s+(?:the\s+)?$",
    re.I,
)


#: a place told by its kind alone, in the brackets of a figure: "(including 90,000 *in the
#: capital*)", "(9,000 hectares *in the northern province*)"
_PLACE_BY_ITS_KIND = re.compile(
    r"\b(?:in|across|throughout|within)\s+(the\s+(?:[a-z]+\s+)?(?:capital|city|town|village|port|province|region"
    r"|state|district|county|island))\b(?!['’])"
)


def _own_place_in_brackets(sentence: str, bracket: int, end: int, runs: tuple[tuple[int, int, str], ...]) -> str | None:
    """The place a figure in brackets names by its kind alone ("3 million across the country
    (including 90,000 in the capital)"): not the sentence's place, of which it is a part. When an
    earlier bracket of the sentence names a place, the kind points back to it, as writers vary
    the word in parallel asides ("(including 400,000 in Lindenport) and 700,000 (including
    90,000 in the capital)"); else the phrase itself ("400,000 in Lindenport and 20,000 in the port
    city": another place). None when the brackets name a place after the figure, or none."""
    close = sentence.find(")", end)
    close = len(sentence) if close < 0 else close
    if any(end <= s and e <= close for s, e, _ in runs):
        return None  # "(including 400,000 in Lindenport)": the name, found as any place is
    kind = _PLACE_BY_ITS_KIND.search(sentence, end, close)
    if kind is None:
        return None
    earlier = [text for s, e, text in runs if e <= bracket and _bracket_around(sentence, s) not in (None, bracket)]
    return _POSSESSIVE_END.sub("", earlier[-1]) if earlier else kind.group(1)


def _bracket_around(sentence: str, at: int) -> int | None:
    """Where the bracket that holds ``at`` opens, if one does."""
    opened = sentence.rfind("(", 0, at)
    return opened if opened >= 0 and ")" not in sentence[opened:at] else None


_RELATIVE_OPENING = re.compile(r",\s+who\s+[^,]*$")


def _in_a_relative_aside(sentence: str, s: int, e: int, start: int) -> bool:
    """The place at ``[s, e)`` stands in a relative clause on a person set off by commas, closed
    before the figure at ``start``: "Ann Roe, who came all the way from X, said ...", which says
    where she came from, not where the figure holds ("the town, which lies in X, ..." still does)."""
    return _RELATIVE_OPENING.search(sentence, 0, s) is not None and "," in sentence[e:start]


#: the last word of a firm's name: "Kestrel *Holdings*", "Marlow *Developments*", "Tern *plc*"
_FIRM_SUFFIXES = frozenset("holdings group inc incorporated corp corporation co company companies ltd limited plc "
                           "llc llp ag sa nv gmbh developments industries airlines airways motors technologies "
                           "pharmaceuticals pharma resources minerals mining petroleum brands foods stores "
                           "properties investments enterprises securities financial insurance telecom "
                           "communications entertainment media systems solutions partners capital ventures "
                           "homes retail logistics".split())
#: a figure a player makes: "Jones *averaged 27 points*", "finished the season *averaging 31.6 points*"
_PLAYER_FIGURE = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:averag(?:ed|ing|es)|scor(?:ed|ing|es)|tallied|tallying|netted|netting|posted|posting)"
    r"\s+(?:a\s+)?(?:career-high\s+|season-high\s+)?[\d.]+\s+(?:points|rebounds|assists|goals|yards|runs|wickets|"
    r"touchdowns|steals|blocks|saves)\b", re.I)
#: a firm's share price moved in pence or cents: "Tern *lost 11.25p*", "Rook *rose 4 cents*"
_SHARE_PRICE_MOVE = re.compile(
    r"\s+(?:\w+\s+)?(?:rose|fell|lost|gained|added|shed|dropped|slipped|climbed|jumped|slid|closed|ended|was|were)"
    r"(?:\s+(?:up|down))?\s+\d[\d.]*\s*(?:p|pence|cents?)\b", re.I)


def _names_a_firm_or_player(sentence: str, name: str, end: int) -> bool:
    """The capitalised name opening ``sentence`` (ending at ``end``) is a firm, a coin or a
    player, not a place: a firm's suffix ("Kestrel Holdings fell 3%"), a coin's ("Bitcoin
    rose"), a player's figure after it ("Jones averaged 27 points"), or a share price moved
    in pence or cents ("Tern lost 11.25p")."""
    words = name.split()
    if words[-1].lower().rstrip(".") in _FIRM_SUFFIXES or (words[-1].lower().endswith("coin") and len(words[-1]) > 4):
        return True
    return bool(_PLAYER_FIGURE.match(sentence, end) or _SHARE_PRICE_MOVE.match(sentence, end))


#: a figure alone in brackets right after a name: "Limpia (74 percent), the Eastern Shore (64 percent)"
_ALONE_IN_BRACKETS = re.compile(r"\s*\)")


def _name_before_its_figure_in_brackets(sentence: str, start: int, end: int) -> str | None:
    """The capitalised name right before the bracket a figure stands alone in: a list of places
    each with its figure ("Limpia (74 percent), the Eastern Shore (64 percent)"), where each
    figure is the name's own and no place preposition comes before every name."""
    if not sentence[:start].rstrip().endswith("(") or not _ALONE_IN_BRACKETS.match(sentence, end):
        return None
    bracket = sentence.rindex("(", 0, start)
    for _s, e, text in _capital_runs(sentence):
        if e > bracket:
            break
        if sentence[e:bracket].strip():
            continue
        words = text.split()
        if any(w.lower().rstrip(".") in _ORG_WORDS | _NAMED_EVENT_WORDS | _TITLE_WORDS for w in words) \
                or text.isupper() or words[0].lower() in _STOP \
                or (len(words) == 1 and text.endswith("s") and country_of(text) is None):
            return None  # "the Interior Ministry (40%)", "the AUP (40%)", "the Greens (40%)": a body
            # or a party, not a place
        return _POSSESSIVE_END.sub("", text)
    return None


#: a verb by which data or a study tells a finding, then "that": what comes before it (a place
#: included) describes the source, not the figure after it
_FINDING = re.compile(r"\b(?:shows?|showed|shown|finds|found|indicates?|indicated|suggests?|suggested|"
                      r"reveals?|revealed|concludes?|concluded)\s+that\b")


def _locates_an_org(sentence: str, place_start: int) -> bool:
    """The place at ``place_start`` follows "<organisation word> in/at/near": "the Fire
    *Center in* Vella", "a *university at* Leeds"."""
    before = [w.lower() for _, _, w in _inside(sentence, 0, place_start)[::-1][:3]]
    if before and before[0] == "the":
        before = before[1:]
    return len(before) >= 2 and before[0] in ("in", "at", "near") and before[1] in _ORG_WORDS


#: a comma and a conjunction, or a semicolon, that open another main clause after the figure's
_NEXT_MAIN_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+)?[a-z]+\s+(?:in|at|of|from)\b")
#: a share that voted: "81.5% *had voted* in favour", "77% *voted* to strike"
_VOTED_AFTER_A_SHARE = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:members|voters|workers|those)\s+)?(?:had\s+|have\s+)?voted\b")
#: the voters as what a share counts ("91% of *voting members*", "of *those voting*", "of *ballots
#: cast*"): the share of a vote, however the vote is told ("a vote of 91%", "91% voted to ...");
#: people, so "40% of voting shares" (a company's stock) stays what it is
_THOSE_WHO_VOTED = re.compile(
    r"(?i)(?:(?:the\s+)?voting\s+(?:members|workers|employees|staff|delegates|voters|citizens|residents|shareholders)"
    r"|(?:those|members|workers|people)\s+(?:who\s+)?(?:voting|voted)"
    r"|(?:the\s+)?(?:ballots|votes)\s+cast|voting|ballots)"
)
#: a clause with a capitalised subject of its own before the figure: ", while Lorin ...", "; Lorin ..."
_OWN_SUBJECT_BEFORE = re.compile(r"(?:,\s*(?:while|whereas|but|and)|;|\d%?,)\s+(?:the\s+)?[A-Z]")
#: a possessive mark right after a name: "Harlow's", "Marstons’"
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’](?=\s)")
#: a pronoun's contraction: "I'm", "We've", "They'll"
_CONTRACTION = re.compile(r"['’](?:m|ve|re|ll|d)$", re.I)
#: words that open a sentence and are never a place's name
_OPENING_FUNCTION_WORDS = {"to", "all", "both", "each", "every", "some", "many", "most", "few", "if", "as",
                           "for", "with", "without", "after", "before", "once", "despite", "meanwhile",
                           # a determiner or a request opening the sentence: "These included ...", "Please note"
                           "these", "those", "such", "please",
                           "however", "overall", "still", "yet", "even", "only", "just", "here", "there",
                           # a hedge opening the sentence: "More than 10,000 cases were recorded"
                           "more", "less", "fewer", "over", "nearly", "almost", "about", "around", "roughly",
                           "approximately", "up", "at", "well", "under", "below", "above",
                           # a preposition opening the sentence: "Among the cases, 70% are nurses"
                           "among", "amid", "amongst", "during", "since", "following", "according", "within",
                           "between", "throughout", "until", "by", "from", "of", "on", "in", "across", "like",
                           "unlike", "besides", "beyond", "per", "via", "upon"}
#: endings of abstract nouns, never of a place's name ("Participation", "Unemployment")
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism")
#: verbs whose subject gives a figure as its estimate, not as where it holds
_ESTIMATING = {"estimated", "estimates", "estimate", "pegged", "pegs", "forecast", "forecasts", "projected",
               "projects", "predicted", "predicts", "expects", "expected", "modelled", "modeled", "calculated",
               "calculates", "reckons", "reckoned"}
#: words that open a part of the figure before them: "2.8 million people, *including* half a
#: million in Paris": the part's place is not the whole's
_PART_OPENERS = re.compile(r"\b(?:including|of\s+which|of\s+whom|among\s+them|with)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?"
                           r"(?:\d|half\b|a\s+(?:third|quarter)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.I)


#: a line of a results table: a name (with its candidate in brackets), maybe a colon, the
#: votes, maybe their share in brackets: "Harbour Party 415 (21%)", "Greens: 1,482 [53%, +21%]"
_RESULT_ROW = re.compile(
    r"\s*(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|the|for|&)){0,5})\s*(?:\([^()]*\))?\s*:?\s+"
    r"(?P<votes>\d{1,3}(?:,\d{3})+|\d+)\s*(?P<share>[\[(][^\[\]()]*%[^\[\]()]*[\])])?\s*\.?\s*")
#: words that make a name a party or a list: "Harbour *Party*", "the *Greens*", "*Independent*"
_PARTY_WORDS = frozenset("party parti partei partido greens green democrats democrat democratic liberal liberals "
                         "conservative conservatives labour labor socialist socialists republican republicans "
                         "independent independents alliance coalition bloc league movement federation "
                         "nationalist nationalists unionist unionists progressives progressive".split())
#: labels of a results table that are no contender: "Majority: 117", "Turnout: 4,100"
_RESULT_FIELDS = frozenset("majority turnout electorate attendance total spoilt rejected registered "
                           "population count swing".split())


def result_row(sentence: str) -> tuple[str, int, int | None] | None:
    """A results-table line as (contender, where its votes start, where its share starts):
    "Greens: 1,482", "Harbour Party 415 (21%)". The name holds a party word, or a share in
    brackets follows the figure (a candidate's row); a field such as "Majority: 117" is no row."""
    if len(sentence) > 160:
        return None  # a row is short: no need to read prose
    last = sentence.rstrip().rstrip(".").rstrip()[-1:]
    if not (last.isdecimal() or last in (")", "]")):
        return None  # a row ends on its votes or its share in brackets (a full stop aside)
    m = _RESULT_ROW.fullmatch(sentence)
    if m is None:
        return None
    name = m.group("name")
    words = [w.lower() for w in name.split()]
    if words[0] in _RESULT_FIELDS or words[0] in _STOP or not (m.group("share") or _PARTY_WORDS & set(words)):
        return None
    return name, m.start("votes"), (m.start("share") if m.group("share") else None)


def frame(sentence: str, start: int, end: int, amount: bool = False) -> Frame:
    """The frame of the quantity at ``sentence[start:end]``, read inside its own clause;
    ``amount``: the quantity is a sum of money."""
    if not amount and (row := result_row(sentence)) is not None and start >= row[1]:
        # a results row: the votes are the contender's ("Greens: 1,482"), and so is the share after them
        return Frame("votes" if start == row[1] else None, None, None, row[0])
    lo, hi = clause_of(sentence, start, end)
    share = _SHARE_UNIT.search(sentence, start, end) is not None  # the figure is a share (%)
    found: tuple[str, tuple[int, int] | None] | None = counted_after(sentence, end, hi)
    if found and amount and _opens_with_a_participle(found[0]):
        found = None  # "163.5p reflecting strong growth": a participle after a sum opens a clause
    if found is None and not amount and not share \
            and (plural := _PLURAL_AFTER.match(sentence, end, hi)) and plural.group(1) in PRESENT_VERBS \
            and not _ONE.fullmatch(sentence, start, end):
        # "polled 5,231 votes and", "by 885 votes in": after a count above one a word in -s is a
        # plural noun (a verb would agree with a plural subject: "5,231 vote")
        found = (plural.group(1), plural.span(1))
    if share and (measure := _measure_of_a_share(sentence, start, lo)):
        found = None  # "a turnout of 66% of registered voters": the share is the turnout
        counted_first: str | None = measure
    else:
        counted_first = None
    counted, span = (found if found else (counted_first, None))
    headline_noun = counted is not None and span is not None and counted[:1].isupper() and (
        _title_case(sentence) or (" " in counted and counted.split()[-1].islower())) \
        and not sentence[span[1]:].lstrip().startswith(":")
    # "Outbreak: Four *Deaths* and Rising Cases": a headline's noun, not a field's label
    if counted is None or (counted[:1].isupper() and not headline_noun):
        label = _label_before_colon(sentence, start, end)  # "Attendance: 72,732 Referee: ..."
        if label is not None:
            counted, span, found = label, None, None
    if (counted is None or counted.lower() in _MARKS) and _POINT_MARK.match(sentence, end):
        counted, span, found = "points", None, None  # "below the 5,300-point mark": an index's level
    if amount and counted is not None and counted.lower() in _MARKS:
        counted = _measure_past_a_mark(sentence, start) or counted
    body = _FUSED_BODY.match(sentence, end) if counted is None else None
    if body is not None:
        # "the 400-member Assembly", "a 15-strong panel", "the 150-seat parliament": the
        # figure is the size of the body it describes
        counted = "seats" if body.group(1).lower() == "seat" else "members"
        named = _NAMED_BODY.match(sentence, body.end())
        head = _WORD_AFTER.match(sentence, named.end()) if named is not None else None
        if named is not None and (head is None or head.group(1) in _STOP or is_verb(head.group(1))):
            # "members of the National Assembly"; not "the World Cup squad": a noun after the name heads it
            counted += f" {'in' if counted == 'seats' else 'of'} the {named.group(1)}"
    if counted is None and amount and (per_unit := _PER_UNIT.match(sentence, end, hi)):
        counted = f"price per {per_unit.group(1).lower()}"  # "$14.20 a share", "$80 per barrel"
        if per_unit.group(1).lower() == "share":
            # "earned $643 million, or $1.12 a share", "94 cents a share profit forecast",
            # "a dividend of 5p a share": what each share earned or was paid, not its price;
            # after ", or" the per-share figure glosses a total told before it in the sentence
            if re.search(r",\s*or\s+$", sentence[max(0, start - 8):start]):
                told = _EARNED_A_SHARE.search(sentence, 0, start)
            else:
                told = _EARNED_BEFORE.search(sentence, max(0, start - 30), start) \
                    or _EARNED_AFTER.match(sentence, end)
            if told is not None:
                counted = "dividend per share" if told.group(0).lower().startswith("dividend") else "earnings per share"
    if counted is not None and span is not None and counted.lower() in _SHARE_NOUNS \
            and (whole := _SHARE_OF.match(sentence, span[1], hi)):
        of = [w for w in whole.group(1).split() if w not in _STOP and w not in _AUX and w not in _LEVEL_MOVERS
              and not is_verb(w)]
        if of == whole.group(1).split()[: len(of)] and of:
            counted = f"{counted} of {' '.join(of)}"  # "40 percent share *of the national vote*"
    change: str | None = None
    if counted is not None and span is not None and counted.lower() in CHANGE_NOUNS:
        # not cut at the clause's end: "profit *before* tax" is no clause opened by "before"
        changed = _measure_changed(sentence, span[1]) or _opening_subject(sentence, start) or counted
        # "a 4% rise *in sales*"; "*Sales* rose 5% after a 3% drop in May": what moved before
        if changed != counted:
            change = counted.lower()
        counted = changed
    if counted is not None and counted.lower() in _MARGIN_UNITS and _MARGIN_BEFORE.search(sentence, max(0, start - 80), start):
        counted = f"margin of {counted.lower()}"  # "won by a margin of 42,141 votes", "defeated X by 885 votes"
    noun = governing_noun(sentence, start, lo)
    event = noun or event_near(sentence, start, end, span[1] if span else None, lo, hi)
    if change is not None and (event is None or event.split()[0] in _TELLING_EVENTS):
        event = change  # "the figures show a 19% *rise* in the murder rate": the change is what happened
    if counted is not None and counted.lower() == "others" and span is not None:
        counted = _kind_of_the_others(sentence, start) or counted  # "Firefighters joined 800 others"
    if counted is not None and counted.lower() in _PEOPLE_HEADS | _DWELLERS and _place_sized(sentence, start):
        counted = "population"  # "a city of 2.1 million people", "a town with 9,000 residents"
    if counted is not None and counted.lower() in _PEOPLE_HEADS:
        # "a workforce of 4,100 people"; "put the number of participants at 2.8 million people"
        counted = _collective_of(sentence, start, lo) or _number_of(sentence, start, lo)[0] or counted
    if counted is None and (whole := _APPOSED_PART.search(sentence, max(0, start - 60), start)):
        counted = whole.group(1)  # "The majority of the dead, around 323, were ...": the part of the dead
    if counted is None:
        counted = _counted_of_the_next_figure(sentence, end, hi)  # "42,000 and 9,000 new jobs"
        found = (counted, span) if counted else found
    if counted is None:
        counted = _label_in_brackets(sentence, start)  # "the second city (population 900,000)"
    if counted is None:
        counted = _rate_right_before(sentence, start, lo)  # "a fatality rate as high as 88%"
    if found is not None and found[1] is not None:
        predicate = _predicate_of_partitive(sentence, end, hi)
        if predicate is not None:
            counted = predicate  # "120 of the buildings lost were *family homes*"
    if counted is None:
        counted = _noun_measuring(sentence, start, lo)  # "an earthquake measuring 6.8"
    if counted is None:
        counted, participle = _number_of(sentence, start, lo)
        counted = counted or _noun_of(sentence, start, lo) or _noun_at(sentence, start, lo) \
            or object_of_setter(sentence, start, lo) or _predicate_of_part(sentence, end, hi) \
            or (_noun_in_after(sentence, end, hi) or _what_a_sum_goes_to(sentence, start, end, lo, hi) if amount else None)
        if counted is None:
            # the level moved from is in the clause before ("..., up from 55.2%"): read the sentence
            counted = _counted_of_the_level_before(sentence, start, end)
        if counted is None:
            first = _inside(sentence, start, end)[:1]
            verb_hedge = bool(first) and first[0][2].lower() in _HEDGE_VERBS
            # "turnout nears 62%": the hedge is the verb, and its subject comes right before it
            # "the rate rose slightly, from 5.1% to 5.3%": the comma does not part the move from its figures
            mover_lo = 0 if _MOVE_GOES_ON.match(sentence, lo, start) else lo
            counted = subject_of_mover(sentence, first[0][1] if verb_hedge else start, mover_lo)
            if counted is None:
                # "Revenue, excluding fuel, was $4 billion", "The index (CPI), which tracks
                # prices, rose 2%": the subject stands before an insertion
                counted = _subject_past_insertions(sentence, first[0][1] if verb_hedge else start, end)
            if counted is None:
                counted = subject_of_verbless_change(sentence, start, lo)  # "Revenue up 7%"
            if counted is None and (absolute := _WITH_A_CHANGE.search(sentence, max(0, start - 50), start)) \
                    and not any(w in _STOP or is_verb(w) for w in absolute.group(1).split()):
                counted = absolute.group(1)  # "..., with sales up 85% in China": what the "with" phrase says moved
            if counted is None:
                counted = _measure_of_the_change_before(sentence, start)  # "a 4% rise in sales to $9bn"
            if counted is not None and event in _LEVEL_MOVERS:
                event = None  # "rose", "climbed", "reached": how a figure moved, not what happened
        if participle and (event is None or event.split()[0] in _MOVERS):
            event = participle
    if counted is None and (share or not amount):
        # "over 70% are health workers"; a bare count too: "of which 8,650 are family homes"
        counted = _what_a_share_is(sentence, end, hi)
    if counted is None and not amount and (group := _FRONTED_GROUP.search(sentence, max(0, lo - 60), start)):
        counted = group.group(1)  # "Of the fatalities so far, 68 have occurred in the county"
    if event is None and not amount and (among := _AMONG_A_STATE.search(sentence, max(0, start - 80), start)) \
            and _THEN_THE_PART.fullmatch(sentence, among.end(), start):
        event = among.group(1).lower()  # "Among those still missing were 11 children": they are missing
    if event is None and not amount and _INCLUDING_BEFORE.search(sentence, max(0, start - 30), start) \
            and (group_states := list(_THOSE_IN_A_STATE.finditer(sentence, 0, start))):
        # "the search for those still missing — including 11 children from a camp": part of them
        event = group_states[-1].group(1).lower()
    if counted is None and not amount and (share or _PAIRED_SHARE.match(sentence, end)):
        # "led among farmers 79 percent to 17 percent"; "by 48 to 44 percent among likely voters"
        counted = _group_among(sentence, start, end)
    if counted is None and _VOTED_AFTER_A_SHARE.match(sentence, end, hi):
        counted = "vote"  # "81.5% had voted in favour of ...": a share of a vote, as "a vote of 81.5%"
    if counted is not None and _THOSE_WHO_VOTED.fullmatch(counted):
        counted = "vote"  # "91% of voting members rejected ...": a share of those voting is the vote
    if amount and counted is None:
        counted = _price_of_a_sale(sentence, start, lo)  # "sold to a fund for $10 billion"
    if amount and counted is None and event in _VERBS_OF_A_PENALTY:
        counted = _VERBS_OF_A_PENALTY[event]  # "was fined $5 million": the amount of a fine
    # a list of places can cut the clause before its subject ("the toll from the floods that
    # struck A, B and C rose to 818"); measure_before stops at any other verb on its own
    measure = measure_before(sentence, start)
    if measure is not None:
        event = measure  # "the death toll rose to 818": the figure is the toll, whatever moved it
        if found is None and counted is not None and measure.split()[-1] not in counted.lower().split() \
                and f"{measure.split()[-1]} of {counted.lower()}" not in sentence[:start].lower():
            # "the death toll in the coastal city of X soared to": no city is counted; "the
            # tally of confirmed cases rose to 30" counts the cases
            counted = None
    elif counted and " " in counted and counted.split()[0].lower() in STATES and (
            event is None or _AFTER_A_PREPOSITION.search(sentence, max(0, start - 12), start)):
        # "some 15,000 displaced people were sheltering"; "the search went on *for* 10 missing
        # girls": the verb does not govern a figure in a prepositional phrase, the state says
        # what befell them
        event = counted.split()[0].lower()
    elif counted and counted.lower() in STATES and (
        event is None or event.split()[0] in _MOVERS or event in ("left", "leave", "leaves", "leaving")
        or _AND_BEFORE.search(sentence, max(lo, start - 6), start)
    ):
        # "nine died *and* more than a dozen injured": the verb of the clause before
        # is not this figure's; its own state after it is
        event = counted.lower()  # "at least 938 dead", "left 4,000 dead": the state is the event
    if counted is not None and counted.lower() == "lives" and event in _LOSING:
        event = "died"  # "10 lives were lost", "claimed 40 lives": people died
    if counted is not None and counted.lower() in _PEOPLE_HEADS | {"patients"} and event in _INFECTED \
            and not sentence[end:].lstrip().startswith("of "):  # "Eleven of the 36 people infected" are a part
        counted = "cases"  # "20 people who are infected", "36 people infected with the virus": cases
    if event is not None and event.split()[0] in _LINKING_VERBS:
        event = None  # "representing 8% of its staff": what the figure is, not what happened
    if body is not None:
        event = None  # "won 150 seats in the 300-seat Senate": the Senate's size won nothing
    if counted is not None and counted.lower() == "range":
        counted = _what_a_range_spans(sentence, start) or counted  # "a payment range of Sh23 to Sh25"
    if counted is None and (those := _THOSE_WHO.match(sentence, end, hi)):
        counted = those.group(1)  # "Half of those who crossed were farmers": a part of those who crossed
    place = place_near(sentence, start, end, lo, hi)
    if place is not None and counted is not None and place.lower() in counted.lower().split():
        place = None  # "Revenue rose 8%": the sentence's first word is what is counted, no place
    # lower case only: "members of the National Assembly" names a body, not a national figure
    if place is None and ((counted is not None and "national" in counted.split())
                          or (_may_say_nationwide(sentence, lo, hi) and _NATIONWIDE.search(sentence, lo, hi))):
        place = NATIONWIDE  # "40% of the national vote", "Nationally the party has 12%": not a province's
    return Frame(counted, span, event, place, noun is not None)


#: a weekday's name written out and capitalised, as it stands after "on" ("on Monday")
_WEEKDAY_NAMES = frozenset(w.capitalize() for w in WEEKDAYS if w.endswith("day"))
#: what a range of figures spans, named before "range of": "the initial *payment* range of Sh23
#: to Sh25"; or the object of the verb that set it to the range: "raised its *benchmark rate* to a
#: range of 5% to 5.25%"
_RANGE_NAMED = re.compile(r"(?:\b(?:the|its|their|a|an)\s+)?((?:[a-z][a-z-]*\s+){1,3})range\s+of\s+$")
_TO_A_RANGE = re.compile(r"\bto\s+a\s+range\s+of\s+$")
#: a part of people told by what they did: "Half *of those who made it* to Europe", "of those crossing"
_THOSE_WHO = re.compile(r"\s+of\s+(those\s+(?:who\s+[a-z]+(?:\s+it)?|[a-z]+ing))\b")


def _what_a_range_spans(sentence: str, start: int) -> str | None:
    """The measure a range of figures at ``start`` is the value of (see ``_RANGE_NAMED``)."""
    lead = sentence[max(0, start - 80):start]
    named = _RANGE_NAMED.search(lead)
    if named is not None:
        words = [w for w in named.group(1).split() if w not in _STOP and not is_verb(w)]
        if words and words == named.group(1).split():
            return " ".join(words)
    to_range = _TO_A_RANGE.search(lead)
    if to_range is not None:
        return object_of_setter(sentence, max(0, start - 80) + to_range.start() + 3)
    return None


#: a part named before a figure set off by commas: "the majority of *the dead*, around 323,"
_APPOSED_PART = re.compile(r"\b(?:[Mm]ajority|[Mm]ost|[Hh]alf|[Mm]any|[Ss]ome|[Mm]ore)\s+of\s+(?:the|these|those)\s+"
                           r"([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?),\s*(?:about|around|some|nearly|almost|roughly|at\s+least|"
                           r"over|more\s+than)?\s*$")
_MEASURING = {"measuring", "measured", "of magnitude", "with a magnitude of", "registering", "rated"}
#: nouns a round figure is told as: "the $4 trillion *mark*", "the 1,000 *milestone*"
_MARKS = frozenset({"mark", "level", "barrier", "threshold", "line", "milestone"})
#: an index level told as a mark: "the 5,300-*point mark*", "the 20,000-points level"
_POINT_MARK = re.compile(r"-points?\s+(?:" + "|".join(sorted(_MARKS)) + r")s?\b", re.I)
#: what went past an amount told as a mark: "its market value *beyond* the $4 trillion mark"
_PAST_A_MARK_WORDS = r"(?:beyond|past|above|over|through|across|to|below|under)\s+the\s+"
_PAST_A_MARK = re.compile(rf"(?P<measure>(?<!['’])\b[a-z]+(?:\s+[a-z]+)?)\s+{_PAST_A_MARK_WORDS}$")
#: ... the preposition inside the figure's own text, as its hedge ("beyond the $4 trillion mark")
_MARK_HEDGE = re.compile(_PAST_A_MARK_WORDS)
_MEASURE_BEFORE = re.compile(r"(?P<measure>(?<!['’])\b[a-z]+(?:\s+[a-z]+)?)\s+$")


def _measure_past_a_mark(sentence: str, start: int) -> str | None:
    """The measure an amount told as a mark is a level of: "pushed the firm's market value
    beyond the $4 trillion mark" measures market value; the mark is only how it is told. None
    when a verb stands there instead ("climbed past the $100 mark")."""
    pattern = _MEASURE_BEFORE if _MARK_HEDGE.match(sentence, start) else _PAST_A_MARK
    m = pattern.search(sentence, max(0, start - 60), start)
    if m is None:
        return None
    words = m.group("measure").split()
    while words and (words[0] in _STOP or is_verb(words[0])):
        words = words[1:]
    if not words or any(is_verb(w) for w in words):
        return None
    return " ".join(words)
#: a body's size fused to its noun by a hyphen: "a 400-*member* assembly", "a 15-*strong* panel"
_FUSED_BODY = re.compile(r"-(member|strong|seat)\b", re.I)
#: the body so described, when a name: "400-member *National Assembly*", "a 15-strong *Supreme Court*"
_NAMED_BODY = re.compile(r"\s+([A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,3})\b")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
#: what a sum per share is earned or paid as: "earned", "earnings", "profit", "loss", "dividend"
_EARNED = r"earn(?:ed|s|ings?)?|profits?|loss(?:es)?|income|dividends?"
#: ... told anywhere before a per-share figure after ", or": "earned $643 million, or $1.12 a share"
_EARNED_A_SHARE = re.compile(rf"\b(?:{_EARNED})\b", re.I)
#: ... right before the per-share figure ("earnings of 94 cents to $1.03 a share", "a dividend of
#: 5p a share") or right after it ("97 cents a share in earnings", "94 cents a share profit forecast")
_EARNED_BEFORE = re.compile(rf"\b(?:{_EARNED}|EPS)\s+(?:of\s+)?(?:\S+\s+){{0,3}}$", re.I)
_EARNED_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+share\s+(?:in\s+)?(?:profits?|earnings|loss(?:es)?|income|dividends?)\b", re.I)
#: a sum paid for each of a unit traded: "$14.20 *a share*", "$80 *per barrel*"
_PER_UNIT = re.compile(r"\s+(?:a|an|per|each)\s+(share|barrel|tonne|ton|ounce|troy ounce|gallon|litre|liter|unit)\b", re.I)
#: the place of a figure said of a whole country, not of a region in it
NATIONWIDE = "nationwide"
#: a figure said of a whole country: "Nationally, the party has 12%", "turnout nationwide was 58%"
_NATIONWIDE = re.compile(r"\b(?:[Nn]ationally|[Nn]ationwide|[Cc]ountrywide)\b")


def _may_say_nationwide(sentence: str, lo: int, hi: int) -> bool:
    """False only when ``_NATIONWIDE`` cannot match in sentence[lo:hi], told at C speed."""
    return sentence.find("ationally", lo, hi) != -1 or sentence.find("ationwide", lo, hi) != -1 \
        or sentence.find("ountrywide", lo, hi) != -1


#: a share named after its figure, which says little without what it is a share of
_SHARE_NOUNS = frozenset({"share", "stake", "proportion", "portion"})
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b")
#: measures a share is given as ("a *turnout* of 66% of registered voters"): what the share is,
#: whatever it is a share of
_MEASURES_OF_A_SHARE = frozenset({"turnout", "participation", "majority", "approval"})


#: the group a share is taken in, named before it: "led *among farmers* 79 percent", "*Among
#: voters ages 18 to 49,* X led 53 percent"; the nearest "among" before the figure is its own
_AMONG = re.compile(r"\b[Aa]mong\s")
_AMONG_BEFORE = re.compile(r"[Aa]mong\s+([^,;:()]{2,60}?)\s*(?:,[^,;]*){0,2}$")
#: or right after it, or after the other share of its pair: "48 to 44 percent *among likely voters*"
_AMONG_AFTER = re.compile(r"(?:\s+to\s+\d[\d.]*\s*(?:%|per\s*cent|percent))?\s+among\s+([^,;:()]{2,60})")
_PAIRED_SHARE = re.compile(r"\s+to\s+\d[\d.]*\s*(?:%|per\s*cent|percent)")
_NOT_A_GROUP = frozenset({"them", "us", "others", "other", "those", "these", "which", "whom", "it"})


def _group_among(sentence: str, start: int, end: int) -> str | None:
    """The group a share was taken in, named by "among"; None when no such group is named."""
    found = _AMONG_AFTER.match(sentence, end)
    if found is None:
        for among in reversed(list(_AMONG.finditer(sentence, max(0, start - 120), start))):
            found = _AMONG_BEFORE.match(sentence, among.start(), start)
            break  # the nearest "among" is the figure's own, or none is
    if found is None:
        return None
    given = found.group(1).split()
    words: list[str] = []
    k = 0
    while k < len(given):
        word, low = given[k], given[k].lower()
        if word[0].isdigit():
            if words and words[-1].lower() in ("ages", "aged"):
                # "voters ages 18 to 49": the band's both ends
                band = 3 if k + 2 < len(given) and given[k + 1].lower() in ("to", "and") else 1
                words.extend(given[k:k + band])
                k += band
                continue
            if words and k + 1 < len(given) and " ".join(given[k + 1:k + 3]).lower() in OPEN_AGE_BANDS:
                words.extend(given[k:k + 3])  # "voters 50 and older"
                k += 3
                continue
            break  # "among farmers 79 percent": the figure ends the group
        if low in _STOP - {"and", "or"} or (is_verb(word) and words) or word.endswith((".", "!", "?")):
            break
        words.append(word)
        k += 1
    while words and words[-1].lower() in ("and", "or"):
        words.pop()
    if not words or len(words) > 6 or words[0].lower() in _NOT_A_GROUP:
        return None
    return " ".join(words)



#: a word in -s right after a figure, and a figure that is one
_PLURAL_AFTER = re.compile(r"\s+([a-z]+s)\b")
_ONE = re.compile(r"\s*(?:1|one|One|a|an)\s*")
#: what a winner's lead is told in, and the words that make a count the lead: "a margin of",
#: "defeated X by", "won by", "leads by"
_MARGIN_UNITS = frozenset({"votes", "points", "runs", "goals", "wickets", "strokes", "seats"})
_MARGIN_BEFORE = re.compile(
    r"(?:\bmargin\s+of|\b(?:defeat\w*|beat(?:s|ing)?|won|wins?|winning|leads?|leading|led|trail\w*|ahead)\b"
    r"[^.;:]{0,60}?\bby(?:\s+a\s+(?:\w+\s+)?margin\s+of)?)\s+"
    r"(?:(?:over|more\s+than|about|nearly|almost|just|some|around|at\s+least)\s+)?$", re.IGNORECASE)


def _measure_of_a_share(sentence: str, start: int, lo: int) -> str | None:
    before = _inside(sentence, lo, start)[::-1][:2]
    if len(before) == 2 and before[0][2].lower() == "of" and before[1][2].lower() in _MEASURES_OF_A_SHARE:
        return before[1][2].lower()
    return None


_SHARE_UNIT = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s*$")
#: "70% *are health care workers*": the plural noun phrase a share is of
_ARE_A_PLURAL = re.compile(r"\s+(?:are|were)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\b")


def _what_a_share_is(sentence: str, end: int, hi: int) -> str | None:
    """The plural noun phrase a share of a group is said to be: "among the cases, over 70% *are
    health care workers*", "40% were *women*"; None for a verb or an adjective ("70% are
    expected", "70% are happy")."""
    m = _ARE_A_PLURAL.match(sentence, end, hi)
    if m is None:
        return None
    words = m.group(1).split()
    for k, w in enumerate(words):
        if k and (w in _STOP or w in _PLACE_PREPS):
            words = words[:k]  # "70% are nurses *from* two clinics"
            break
    while words and not (words[-1].endswith("s") or words[-1] in _IRREGULAR_PLURALS):
        words.pop()  # "70% are nurses from two clinics": the phrase ends at its plural head
    # a hyphened modifier is no adverb nor participle: "single-family homes", "long-serving staff"
    if not words or any(w in _STOP or w in _AUX or is_verb(w) or (w.endswith(("ly", "ing")) and "-" not in w)
                        or w in _DROP_LEAD for w in words) or words[-1].endswith(("ss", "us", "ous")):
        return None
    return " ".join(words)


def _noun_measuring(sentence: str, start: int, lo: int = 0) -> str | None:
    """The noun a reading is the measure of, before "measuring": "an *earthquake* measuring
    6.8", "*Earthquakes* measuring 7.1 and 5.9 struck", "a *storm* registering 120 mph"."""
    before = _inside(sentence, lo, start)[::-1][:3]
    if len(before) < 2 or before[0][2].lower() not in ("measuring", "registering"):
        return None
    noun = before[1][2]
    low = noun.lower()
    if not noun.isalpha() or low in _STOP or low in _AUX or is_verb(noun) or low in PRESENT_VERBS \
            or (noun[0].isupper() and before[1][0] != lo):
        return None  # "Police measuring 30" names no reading; "Storm Aldo measuring": a name
    return low


_IRREGULAR_PLURALS = {"children", "women", "men", "people"}
#: a preposition right before a figure (past a hedge): the figure is no verb's object
_AFTER_A_PREPOSITION = re.compile(r"\b(?:for|of|among|about|with|including)\s+$", re.I)
#: a group named by what befell it, before a part of it: "*Among those still missing* were 11
#: children", "*Of the dead*, 28 were children"
_AMONG_A_STATE = re.compile(
    r"\b(?:Among|Of|among|of)\s+(?:those|the)\s+(?:still\s+|now\s+|reported\s+|confirmed\s+)?("
    + "|".join(sorted(STATES)) + r")\b"
)
#: "including" right before a figure (past a hedge), and a group named by its state before it
_INCLUDING_BEFORE = re.compile(
    r"\bincluding\s+(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over)\s+)?$", re.I)
_THOSE_IN_A_STATE = re.compile(
    r"\b(?:those|people|others)\s+(?:still\s+|now\s+|reported\s+)?(" + "|".join(sorted(STATES)) + r")\b", re.I)
#: what may stand between such a group and its part: a comma or a verb of being, and a hedge
_THEN_THE_PART = re.compile(
    r"\s*(?:,|were|are|was|is|include|included|includes)?\s*"
    r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over)\s+)?"
)
#: a group named before a bare figure, which is part of it: "*Of the fatalities* so far, 68 have
#: occurred in the county", "*Among the injured*, 12 are in a serious condition"
_FRONTED_GROUP = re.compile(
    r"(?:^|[.;:]\s+)\W*(?:Of|Among)\s+(?:the|these|those|its|their)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:s|ed|en|people))"
    r"(?:\s+(?:so\s+far|to\s+date|reported|recorded|confirmed))?\s*,\s*$"
)
#: "N of the X (...) were Y": the part is Y, said of some of X ("20 of the victims were children")
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?\s+(?:were|are)\s+"
                        r"([a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def _predicate_of_partitive(sentence: str, end: int, hi: int) -> str | None:
    """What a part of a group is said to be, past the group's own phrase: "120 of the
    buildings lost in the storm were *family homes*"; not a verb or a place ("were
    destroyed", "were from abroad")."""
    m = _PARTITIVE.match(sentence, end, hi)
    if m is None:
        return None
    words = m.group(1).split()
    kept: list[str] = []
    for w in words:
        if w in _STOP or w in _DROP_LEAD or w in _AUX or is_verb(w) or w in STATES or w.endswith(_ADVERB_ENDINGS) \
                or w in _NOT_IN_A_NOUN_PHRASE or w in PRESENT_VERBS:
            break
        kept.append(w)
    if not kept or (len(kept) == 1 and not kept[0].endswith("s") and kept[0] not in _IRREGULAR_PLURALS):
        return None  # "were safe", "were local": a plural noun says what the part is
    return " ".join(kept)


#: verbs that, with "lives", say people died
_LOSING = {"lost", "claimed", "taken", "claiming", "claims", "cost", "costing"}


_PART_OF = re.compile(r"\s+of\s+(?:(?:them|these|those|whom)\s+(?:were|are|was|is)|them)\s+([a-z]+)\b")


def _label_before_colon(sentence: str, start: int, end: int) -> str | None:
    """A field label right before the figure and its colon: "Attendance: 72,732", "Load
    factor: 83.4%", or a spaced dash opening a fact box's line ("Injured – 125,000"): what the
    figure is, as a summary or a table row names it (lower case).
    A field opens its line or follows a bracket, a dash or another field, and no word goes on
    after its figure: "live in Pakistan: 800,000 had ..." and "Breaking: 5 killed" are prose."""
    after = _inside(sentence, end, min(len(sentence), end + 40))[:1]
    if after and after[0][2][:1].islower():
        return None
    before = _inside(sentence, 0, start)[::-1][:5]
    dash = len(before) >= 2 and before[0][2] in ("–", "—", "-") and sentence[before[0][0] - 1:before[0][0]] == " "
    if len(before) < 2 or (before[0][2] != ":" and not dash):
        return None
    words: list[str] = []
    k = 1
    while k < len(before) and len(words) < 3:
        tok = before[k][2]
        if not tok.isalpha() or (words and words[0][:1].isupper() and not tok[:1].isupper()):
            break  # "Load factor:", "Latin America:", but not "... used Attendance:"
        words.insert(0, tok)
        k += 1
    opener = before[k][2] if k < len(before) else None
    if opener is not None and (opener.isalpha() or opener == ","):
        return None  # the label is the end of a clause ("live in Pakistan:"), no field
    if dash and opener is not None:
        return None  # a fact box's "Injured – 125,000" opens its line; "... Paris - 5 killed" is prose
    if not words or not words[0][:1].isupper() or words[-1].lower() in _STOP \
            or (len(words[-1]) < 4 and not (words[-1].isupper() and len(words[-1]) > 1)):
        return None  # "(CFR: 17.3%)": a short label is an acronym
    return " ".join(words).lower()


def _label_in_brackets(sentence: str, start: int) -> str | None:
    """A noun labelling the figure right after an opening bracket: "(population 900,000)",
    "(turnout 61%)": what the figure is, as a table's column would say."""
    before = _inside(sentence, 0, start)[::-1][:3]
    if len(before) < 2 or before[1][2] != "(":
        return None
    w = before[0][2]
    if not (w.isalpha() and w.islower()) or w in _STOP or is_verb(w) or len(w) < 4:
        return None
    return w


def _predicate_of_part(sentence: str, end: int, hi: int) -> str | None:
    """What a part of a group is said to be: "32 of them were *children*"."""
    m = _PART_OF.match(sentence, end, hi)
    if m is None or m.group(1) in _STOP or m.group(1) in _DROP_LEAD or is_verb(m.group(1)) \
            or m.group(1) in _AUX or m.group(1) in _MODALS:  # "each of them *will* get 6 seats"
        return None
    return m.group(1)


#: verbs whose sum of money is the amount of one thing: "fined $5B" is "a $5B fine"
_VERBS_OF_A_PENALTY = {"fined": "fine", "fines": "fine", "fine": "fine", "penalised": "penalty",
                       "penalized": "penalty"}

#: units of length, for "7 km from the station": a distance from a place
LENGTH_UNITS = frozenset({"km", "m", "mile", "foot", "cm", "mm", "nm", "inch"})
_DISTANCE_FROM = re.compile(
    r"(?:\s*\([\d.,]+\s+[a-z]+\))?"  # the same length in other units first: "1,830 miles (2,950 kilometers) above"
    r"\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west)\s+(?:from|of)|(?:away\s+)?from|above|off)\s+"
    r"((?:the\s+)?[\w’'-]+(?:\s+(?!(?:at|on|in|and|but|when|after|before|while|as|by|to|with)\b)[\w’'-]+){0,3})",
    re.IGNORECASE,
)


def distance_from(sentence: str, end: int, hi: int | None = None) -> str | None:
    """What a length after a figure is the distance from: "7 km *from Northgate
    station*", "70 miles southwest *of Vella*", "1,830 miles *above Earth*" -> "distance from ..."; two figures of one
    distance from one place are one quantity, whatever else their sentences say. "Of" says
    "from" only after a compass word: "six inches of rain" is rain."""
    m = _DISTANCE_FROM.match(sentence, end, len(sentence) if hi is None else hi)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0].lower() == "the":
        words = words[1:]
    if not words or words[0].lower() in _STOP or not words[0][0].isalpha():
        return None
    return "distance from " + " ".join(words)


_AMOUNT_IN = re.compile(r"\s+in\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")


def _noun_in_after(sentence: str, end: int, hi: int) -> str | None:
    """What a sum is paid or counted in, named after "in": "$20 million *in severance*", "$5
    billion *in aid*", "$10 million *in cash expenses*"; not "in the first quarter", "in
    2019" or "in Brussels" (a determiner, a number or a name is a time or a place)."""
    m = _AMOUNT_IN.match(sentence, end, hi)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] in _STOP or words[0] in _DROP_LEAD or words[0] in _POSSESSIVES or words[0] in _NOT_IN_A_NOUN_PHRASE \
            or words[0] in _GENERIC_OF or is_verb(words[0]) or words[0] in ("a", "an", "total", "all", "part") \
            or words[0] in _PERIOD_HEADS or words[0] in ("fiscal", "financial", "calendar"):
        return None  # "$2 billion in fiscal year 2031": a period, not what the sum is in
    if len(words) > 1 and (words[1] in _STOP or is_verb(words[1]) or words[1].endswith("ly")):
        words = words[:1]
    return " ".join(words)


#: a verb that spends or sets money aside, just before a sum (past a hedge or "an extra"): what
#: follows the sum after "on" or "for" is what the money goes to
_SPENDING_BEFORE = re.compile(
    r"\b(?:spend|spends|spent|spending|invest|invests|invested|investing|allocate|allocates|allocated|allocating"
    r"|earmark|earmarks|earmarked|earmarking|set\s+aside|sets\s+aside|setting\s+aside|commit|commits|committed"
    r"|committing|pledge|pledges|pledged|pledging|budget|budgets|budgeted|budgeting)"
    r"\s+(?:(?:an?\s+)?(?:extra|additional|further|another|more\s+than|over|about|around|nearly|almost|up\s+to|some)\s+)?$",
    re.I,
)
_SPENT_ON = re.compile(r"\s+(?:on|for)\s+(?:an?\s+)?")


def _what_a_sum_goes_to(sentence: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """What a sum is spent or set aside for: "will spend $1.2 million *on road repairs*",
    "earmarked $40m *for flood defences*"; not "spent $5 on Monday" (a name or a time)."""
    if not _SPENDING_BEFORE.search(sentence, max(lo, start - 40), start):
        return None
    on = _SPENT_ON.match(sentence, end, hi)
    if on is None:
        return None
    found = counted_after(sentence, on.end(), hi)
    if found is None or not found[0][:1].islower():
        return None
    return found[0]


#: nouns that name a running measure of a happening: "the death toll rose to 818"
_MEASURES = {"toll", "tally"}
#: the same, for readers outside: a figure that is a toll's value needs no counted noun
MEASURE_NOUNS = frozenset(_MEASURES)


#: "the toll *is* 57", "the tally *stood at* 40" (a mover): be, right before the figure
_COPULAS_OF_A_MEASURE = frozenset({"is", "was", "remains", "remained"})


def measure_before(sentence: str, start: int, lo: int = 0) -> str | None:
    """The measure a figure is the value of, named shortly before it in its clause: "the
    *death toll* rose to 818", "pushed the *toll* to more than 79,000", "a *death toll* of
    25,000"."""
    before = _inside(sentence, lo, start)[::-1][:30]
    # "the death toll in the region could *top* 10,000": the hedge is the verb that moved it
    moved = any(t[2].lower() in _HEDGE_VERBS for t in _inside(sentence, start)[:1])
    copula = False
    for k, (_s, _e, w) in enumerate(before):
        low = w.lower()
        if low in _MEASURES:
            head = before[k - 1][2].lower() if k > 0 else ""
            if copula and head.isalpha() and head not in _STOP | _AUX | {"so", "now", "thus"}:
                return None  # "the toll *road* is 57 km long": "toll" is no head of its own
            modifier = before[k + 1][2] if k + 1 < len(before) else ""
            if modifier.isalpha() and modifier.islower() and modifier not in _STOP | _DROP_LEAD:
                return f"{modifier} {low}"
            return low
        # only words that move or place the figure may stand between it and its measure:
        # "the toll rose again on Sunday to 818", not "the toll rose as rescuers found 40 more"
        if low in _MOVERS and low not in _STOP:
            moved = True
            continue
        if k == 0 and low in _COPULAS_OF_A_MEASURE:
            copula = True  # "the toll in the blast so far *is* 57": the subject of "is" is the toll
            continue
        if copula and w.isalpha() and w.islower() and not is_verb(w):
            continue
        if moved and w not in (".", ";", ":") and (not w[0].isdigit() or _modifies_a_noun(before, k)):
            continue  # "the death toll *from the floods that struck Java* rose to 818", "the toll
            # from Friday's *magnitude 7.3* earthquake has risen to": a figure inside a noun phrase
        if k >= 10:
            return None
        if w[0].isdigit() and k + 1 < len(before) and (before[k + 1][2].lower() == "from" or (
                before[k + 1][2].lower() == "of" and k + 2 < len(before) and before[k + 2][2].lower() in _MEASURES)):
            # "the toll was revised *from 174* to 125", "the initial toll *of 61* rose to 66":
            # the old figure of the same measure
            continue
        if not (low in _STOP or low in _AUX or low in _MONTHS_AND_DAYS or w[0].isupper()
                or low in ("again", "further", ",", "sharply", "slightly", "now")):
            return None
    return None


def _modifies_a_noun(before: Sequence[tuple[int, int, str]], k: int) -> bool:
    """The figure at ``before[k]`` (reversed tokens) stands between a determiner, a possessive
    or "magnitude" and a lower-case noun: "Friday's *magnitude 7.3* earthquake", "the *2* dams"."""
    if k < 1 or k + 1 >= len(before):
        return False
    noun, lead = before[k - 1][2], before[k + 1][2].lower()
    return (noun.isalpha() and noun.islower() and noun not in _STOP and not is_verb(noun)
            and (lead in ("magnitude", "the", "its", "their") or lead.endswith(("'s", "’s"))))


def _number_of(sentence: str, start: int, lo: int = 0) -> tuple[str | None, str | None]:
    """What "the number of X" counts when the figure is that number, and the participle after
    X: "the number of *dead* could pass 25,000", "the number of *people killed* ... has climbed
    to 210"."""
    before = _inside(sentence, lo, start)[::-1][:20]
    words = [w.lower() for _, _, w in before]
    for k in range(len(words) - 2, 0, -1):
        if words[k] == "of" and words[k + 1] in ("number", "total", "count", "tally") and words[k - 1].isalpha() \
                and words[k - 1] not in _STOP:
            # the noun phrase after "of": "the number of *flood deaths* reported", "of *dead*"
            last = k - 1
            while last - 1 >= 0 and k - last < 3 and words[last - 1].isalpha() and before[last - 1][2].islower() \
                    and words[last - 1] not in _STOP and not is_verb(words[last - 1]) \
                    and words[last - 1] not in STATES and words[last] not in STATES and not words[last].endswith("s"):
                last -= 1  # a modifier goes on to its noun ("flood deaths"); a plural ends the phrase
            participle = words[last - 1] if last >= 1 else None
            if participle is not None and not (is_verb(participle) or participle in STATES):
                participle = None
            return " ".join(before[m][2] for m in range(k - 1, last - 1, -1)), participle
    return None, None


#: prepositions that say where a figure holds, as opposed to where people came from or went
#: ("expelled *from* Pakistan" and "crossed *into* Afghanistan" count the same people)
_LOCATIVE_PREPOSITIONS = frozenset({"in", "inside", "within", "throughout", "across", "at"})


def is_location(sentence: str, place: str, near: int) -> bool:
    """True when the occurrence of ``place`` nearest to ``near`` is introduced by a locative
    preposition ("in Thailand", "in southern Thailand", "across the island of Sumatra"), and
    for a figure held nationwide (``NATIONWIDE``): the whole country is where it holds."""
    if place == NATIONWIDE:
        return True
    best = None
    for m in re.finditer(re.escape(place), sentence):
        if best is None or abs(m.start() - near) < abs(best - near):
            best = m.start()
    if best is None:
        return False
    before = [w.lower() for w in sentence[max(0, best - 40) : best].split()]
    before = before[: len(before) - _place_lead(before)]
    if _WHERE_AFTER.match(sentence, best + len(place)):
        return True  # "Nantes, where police counted 28,000": "where" says the figure holds there
    return bool(before) and before[-1] in _LOCATIVE_PREPOSITIONS


_WHERE_AFTER = re.compile(r",\s+where\b")
#: a dotted abbreviation: "U.S", "U.K."
_DOTTED = re.compile(r"\b(?:[A-Z]\.)+[A-Z]\b\.?")


def _place_lead(words: Sequence[str]) -> int:
    """How many of the last ``words`` (lower case) stand between a preposition and the place
    name that follows them: "in *southern* Thailand", "across *the island of* Sumatra", "in
    *the central province of* Sofala", "across *the* Rio Grande"."""
    k = len(words)
    if k and words[k - 1] in _COMPASS:
        k -= 1
    if k >= 3 and words[k - 1] == "of" and words[k - 2] in _PLACE_KINDS:
        k -= 2
        if k and words[k - 1] in _COMPASS:
            k -= 1
        elif k and words[k - 1].isalpha() and words[k - 1] not in _STOP and words[k - 1] not in _PLACE_PREPS:
            k -= 1  # "in the *coastal* city of Vella", "the *port* city of"
        if k and words[k - 1].endswith(("'s", "’s")) and words[k - 1][:-2].isalpha():
            k -= 1  # "in *Lorin's* home province of Vella": whose province it is
    else:  # "in the capital Paris", "in the port city Derna"
        j = 0
        while j < 2 and k - j >= 2 and words[k - 1 - j] in _PLACE_KINDS | _COMPASS:
            j += 1
        if j and words[k - 1 - j] == "the" and words[k - 1] in _PLACE_KINDS:
            k -= j
    if k and words[k - 1] == "the":
        k -= 1
    return len(words) - k


_FRONTED = re.compile(r"^\s*In (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*, ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)(?:, the\b| (?:has|have|had|is|was)\b)")


def _appositive_subject(sentence: str, place: str) -> str | None:
    """The subject named right after a fronted region: "In Southeast Asia, *Indonesia*, the
    worst-hit country, has recorded 442 deaths": the figure is Indonesia's, not the region's."""
    m = _FRONTED.match(sentence)
    if m is None or not sentence.lstrip()[3:].lstrip().removeprefix("the ").startswith(place):
        return None
    subject = m.group(1)
    if any(w.lower() in _ORG_WORDS | _NAMED_EVENT_WORDS or w.lower() in _NOT_PLACES for w in subject.split()):
        return None
    return subject


#: nouns too general to say what a figure is ("a total of", "a number of", "a figure of")
_GENERIC_OF = {"total", "number", "figure", "sum", "amount", "count", "tally", "toll", "minimum",
               "maximum", "average", "estimate", "record", "rate", "increase", "rise", "drop", "fall",
               "guess", "forecast", "projection"}  # "with a best guess of $14 billion"


#: verbs that carry a subject's figure to a new level ("net profit *rose* by 12% to $610 million")
_LEVEL_MOVERS = {"rose", "rises", "risen", "fell", "falls", "fallen", "climbed", "climbs", "reached",
                 "reaches", "grew", "grows", "increased", "increases", "decreased", "decreases",
                 "declined", "declines", "dropped", "drops", "jumped", "jumps", "slipped", "slips",
                 "totalled", "totaled", "totals", "came", "comes", "surged", "soared", "plunged",
                 "tumbled", "slumped", "hit", "hits", "topped", "tops", "edged", "amounted", "amounts",
                 "reaching", "rising", "climbing", "falling", "totalling", "totaling", "growing",
                 # verbs that are also hedges ("turnout *nears* 62%", "sales *topped* $1 billion")
                 "ascended", "ascends", "crossed", "crosses", "crossing",
                 "nears", "neared", "nearing", "approaches", "approached", "approaching", "exceeded",
                 "exceeds", "exceeding", "surpassed", "surpasses", "passed", "passes", "topping",
                 # after a modal or "to": "deaths could *top* 10,000", "likely to *surpass* 5,000"
                 "top", "exceed", "surpass",
                 # small moves of a rate or a count: "the jobless rate *ticked* up to 4.2%"
                 "ticked", "ticks", "dipped", "dips", "slowed", "slows", "eased", "eases", "shrank",
                 "shrinks", "inched", "inches", "crept", "creeps", "sank", "sinks", "slid", "slides",
                 "rebounded", "rebounds", "soaring", "surging", "jumping", "plunging", "sliding",
                 # a figure set again ("June's gain *was revised* lower to 14,000")
                 "revised", "adjusted", "hovering", "hovered", "hovers", "hover",
                 # after "to" or a modal: "expected to *rise* to 3.1%", "is seen to *return* to 2%"
                 "rise", "increase", "grow", "climb", "return", "drop", "decline", "jump", "ease", "slow",
                 # where an estimate lands: "insured losses will *fall* between $30bn and $50bn"
                 "fall", "range", "ranges", "ranged", "ranging", "reach",
                 # a level set by someone, told in the passive: "May's job growth *was cut* from 144,000"
                 "cut", "lowered", "reduced", "raised", "slashed", "trimmed", "lifted",
                 # a gap or a debt that grows or shrinks: "the deficit *widened* to $40 billion"
                 "widened", "widens", "narrowed", "narrows", "ballooned", "balloons", "swelled",
                 "swells", "expanded", "expands", "contracted", "contracts",
                 # a list of moves told in participles: "crude oil *dropping* $30 billion"
                 "dropping", "declining", "decreasing", "increasing", "tumbling", "slipping", "plummeting",
                 "plummeted", "plummets", "dipping", "easing", "edging", "shrinking", "widening", "narrowing",
                 # a price that moves back: "Brent *cooled* slightly to $59.79"
                 "cooled", "cools", "retreated", "retreats", "rallied", "rallies", "firmed", "weakened",
                 # "the jobless rate was expected to *pick up* to 3.6%"
                 "pick", "picked", "picks"}
#: the level movers a figure's own hedge may begin with ("nears 62%"): then the hedge is the verb
_HEDGE_VERBS = frozenset(w for w in PRE_HEDGES if " " not in w) & _LEVEL_MOVERS
#: what may stand between such a verb and its figure: "rose *by 12% to* $610 million"
_BETWEEN_MOVER_AND_FIGURE = {"to", "by", "%", "per", "cent", "percent", "up", "down", "a", "an",
                             "some", "about", "around", "nearly", "almost", "over", "more", "than",
                             "just", "roughly", "approximately", "as", "much", "sharply", "slightly",
                             "again", "once", "further", "also", ",", "$", "£", "€", "year-on-year", "back",
                             # another figure of the same move: "rose *9 cents* to $28.10"
                             "cents", "pence", "points", "point", "percentage",
                             # the direction of a revision: "revised *lower* by 60,000 to 9,000"
                             "lower", "higher", "downward", "upward", "downwards", "upwards",
                             # the old level: "the rate rose slightly, *from* 4.1% to 4.2%"
                             "from",
                             # "hit a *record* $4 billion", "rose to an *all-time* 900"
                             "record", "all-time",
                             # a change restated before the level: "rose 9%, *or* $60 *billion*, to $700 billion"
                             "or", "million", "billion", "trillion", "bn", "m", "tn",
                             # a level told with "at": "prices *stood at* 162p", "imports *came in at* $3 trillion"
                             "at",
                             # the day between a move and its level: "was up $1.23 *today* to $51.01"
                             "today", "yesterday"}


#: adverbs of focus and time between a subject and its verb: "top temperatures *just* reaching 40"
_BEFORE_A_VERB = frozenset({"just", "only", "barely", "merely", "still", "already", "also", "even"})


def _time_word_pair(before: Sequence[tuple[int, int, str]], k: int) -> bool:
    """``before[k]`` (reversed tokens) ends "this year", "next month", "last week": a time
    between a subject, its verb and its figure."""
    return before[k][2].lower() in _TIME_HEADS and k + 1 < len(before) \
        and before[k + 1][2].lower() in ("this", "next", "last")


#: marks that open an item of a list ("- Shares jumped 8%"): the word after one is capitalised as
#: the first word of a sentence is
_LIST_MARKS = frozenset("*-•–—")


def _opens_a_list_item(before: Sequence[tuple[int, int, str]], k: int, lo: int) -> bool:
    """``before[k]`` (reversed tokens) follows a list mark that opens the clause."""
    return k + 1 < len(before) and before[k + 1][0] == lo and before[k + 1][2] in _LIST_MARKS


#: a comparison with what was expected between a verb and its figure: "fell *more than anticipated to*"
_BEYOND_EXPECTED = re.compile(
    r"\s(?:much\s+|far\s+|slightly\s+)?(?:more|less|faster|slower|further|higher|lower|better|worse)\s+than\s+"
    r"(?:had\s+been\s+|was\s+|were\s+)?(?:anticipated|expected|forecast|predicted|estimated|feared|hoped)\s+(?:to\s+)?$")


#: verbs by which a firm grows its business, not its share price
_GROWING = frozenset({"grew", "grow", "grows", "growing", "expanded", "expand", "expands", "expanding"})


def _came_in_at(before: Sequence[tuple[int, int, str]], k: int) -> bool:
    """``before`` (words in reverse) reads "came in at" from ``k``: a level told as reached
    ("net profit came in at $3.1 billion")."""
    return k + 2 < len(before) and before[k][2].lower() == "at" and before[k + 1][2].lower() == "in" \
        and before[k + 2][2].lower() in ("came", "come", "comes", "coming")


#: the bare forms of verbs that move a level, read as verbs only after "to" or a modal: "growth
#: *to fall* to 1.5%", "inflation tipped to *halve* to 3%", "could *double* to" ("a fall to 3%" is a noun)
_BASE_MOVERS = frozenset("fall rise drop decline grow increase decrease climb ease slow halve double "
                         "triple shrink slip dip edge peak".split())


#: verbs of a highest (or lowest) level, whose figure follows "at"
_PEAKS = frozenset("peak peaks peaked peaking bottom bottoms bottomed bottoming".split())
_BEFORE_A_BARE_MOVER = frozenset("almost nearly roughly more than just only further".split())


def subject_of_mover(sentence: str, start: int, lo: int = 0) -> str | None:
    """What moved to the figure, named before the verb that moved it: "*net profit* rose by
    12% to $610 million", "*Revenue* rose 8% to $4.2 billion", "*revenue* reaching $65.6
    billion", "*Revenue* for the first quarter came to $4.5 billion". Two words at most
    (the head and one modifier); None when no such verb stands right before the figure."""
    beyond = _BEYOND_EXPECTED.search(sentence, max(lo, start - 60), start)
    if beyond is not None:
        start = beyond.start()  # "inflation fell *more than anticipated to* 7.9%": the verb before the comparison
    if "result" in sentence or "due to" in sentence or "because of" in sentence:
        read_past = _without_causes(sentence, lo, start)
        if read_past != sentence:  # the phrase's "as" cut the clause: it starts before it again
            sentence, lo = read_past, min(lo, clause_of(read_past, start, start + 1)[0])
    before = _inside(sentence, lo, start)[::-1][:16]
    k = 0
    while k < len(before) and (before[k][2].lower() in _BETWEEN_MOVER_AND_FIGURE or before[k][2][0].isdigit()
                               # "debt is forecast to peak *at* 41.5%", "inflation peaked *at* 9.1%"
                               or before[k][2] == "at" and k + 1 < len(before) and before[k + 1][2].lower() in _PEAKS
                               or "-than-" in before[k][2]  # "edged up to a *higher-than-expected* 3.9%"
                               or _time_word_pair(before, k) or _came_in_at(before, k)):
        # "sales rose *last year* to $5bn": the time between the verb and its figure; "profit
        # came *in at* $3bn": the particle and preposition of the mover (not "came in $5 billion
        # higher")
        k += 2 if _time_word_pair(before, k) or _came_in_at(before, k) else 1
    if k < len(before) and before[k][2].lower() not in _LEVEL_MOVERS and before[k][2].lower() not in _COPULAS | {"be"} \
            | _BASE_MOVERS | _PEAKS:
        # "shares are (still) down 16%", "prices are still 1.3% higher": the copula moves it
        k = _copula_of_change(before, k, _COMPARED_AFTER.match(sentence, start) is not None)
    if k + 2 < len(before) and before[k][2].lower() in _BASE_MOVERS and before[k + 1][2].lower() in _BEFORE_A_BARE_MOVER \
            and before[k + 2][2].lower() in _MODALS:
        before = (*before[: k + 1], *before[k + 2 :])  # "tipped to *almost* halve to 3%": the adverb is the figure's hedge
    if k >= len(before) or (before[k][2].lower() not in _LEVEL_MOVERS | (_PEAKS - _BASE_MOVERS) and before[k][2].lower() not in _COPULAS
                            and not (before[k][2].lower() in _BASE_MOVERS | {"be"} and k + 1 < len(before)
                                     and before[k + 1][2].lower() in _MODALS)):
        return None  # "revenue was $5 billion", "the casualty count may be as high as 15"
    k += 1
    if k + 1 < len(before) and before[k][2].lower() == "to" and before[k + 1][2].lower() in _LIKELIHOOD:
        k += 2  # "deaths were *likely to* surpass 5,000", "sales are *set to* top $5bn"
    elif k < len(before) and before[k][2].lower() == "to":
        return _object_expected_to_move(before, k + 1)  # "expected *inflation* to rise to 3.1%"
    mover = before[k - 1][2].lower()
    if k >= len(before) and lo > 0:  # the clause starts at the verb: the word before it, in the sentence
        before = (*before, *_inside(sentence, 0, lo)[::-1][:1])
    if k < len(before) and (before[k][2].lower() in ("and", "but") or (before[k][2] == "," and mover.endswith("ing"))):
        # "Orders rebounded in May, *jumping* by 41,000", "rents rose 0.2% and *climbed* to
        # 4.1%": the verb shares the subject that opens the sentence
        return _opening_subject(sentence, before[k][0], any_verb=before[k][2] == ",")
    while k < len(before) and ((before[k][2].lower() in _AUX and before[k][2] != "May")
                               or _is_manner_adverb(before[k][2]) or before[k][2].lower() in _BEFORE_A_VERB
                               or _time_word_pair(before, k)):
        # "profit has risen to", "gains *significantly* adjusted downward to", "temperatures
        # *just* reaching", "the fund will *this year* reach"; "for May" is a month
        k += 2 if _time_word_pair(before, k) else 1
    j = k + 2 if k + 1 < len(before) and before[k][2] in _WEEKDAY_NAMES and before[k + 1][2].lower() == "on" else k
    if j < len(before) and before[j][2].lower() in ("and", "but") and j + 1 >= len(before):
        # "..., but on Monday *had reached* 162.78p": a day and an auxiliary after the conjunction
        return _opening_subject(sentence, before[j][0])
    if k >= len(before) and lo > 0 and before and before[-1][0] >= lo:
        before = (*before, *_inside(sentence, 0, lo)[::-1][:1])  # the relative pronoun that opens the clause
    if k < len(before) and before[k][2].lower() in ("which", "that"):
        return _antecedent(sentence, before[k][0])  # "Occupancy, *which* was hovering around 40%"
    # step over the prepositional phrases right before the verb: "Revenue *for the first
    # quarter* came to", "the list *of the missing* dropped by", "insured losses *to onshore
    # property* *for Storm Aldo* will fall between"
    for _phrase in range(3):
        stepped = False
        joined = 0  # "and"/"or" inside the phrase, which lengthen its reach by one word each
        for m in range(k, min(k + 7, len(before))):
            low = before[m][2].lower()
            if m - k - joined >= 5:
                break
            if low in ("with", "without") and m > k and (m + 1 >= len(before) or not before[m + 1][2][0].isalnum()
                                                         or mover.endswith("ing") or mover in _LIKELIHOOD):
                # "..., *with* industrial supplies falling $54 billion", "fares will ease *with* rents
                # tipped to halve to 3%": it opens a clause of its own (its verb no finite one), no phrase
                break
            if low in _PHRASE_PREPOSITIONS and m > k:
                if m - 2 >= k and before[m - 1][2][:1].isupper() and before[m - 2][2].lower() in ("the", "a", "an"):
                    break  # "in Frankfurt *the DAX index* slid": the phrase ends at its name, the subject follows
                k, stepped = m + 1, True
                break
            if low in ("and", "or") and m >= k + 2:
                if before[m - 1][2].lower() in ("the", "its", "their"):
                    break  # "added 253,000 jobs in April *and the* jobless rate fell": a new clause's subject
                joined += 1
                continue  # "Revenue from *cloud hosting and other services* rose": two things in one phrase
            if not before[m][2][0].isalnum() or (low in _STOP and low not in _PHRASE_DETERMINERS):
                break  # "Sales of *the Crisp 100 range* grew", "turnout for *this* election": names,
                # numbers and determiners may stand inside
        if not stepped or k >= len(before) or not (before[k][2][0].isalnum() and before[k][2].lower() not in _STOP):
            break
        if not any(before[m][2].lower() in _PHRASE_PREPOSITIONS for m in range(k + 1, min(k + 5, len(before)))):
            break  # no second phrase: the words here are the subject's
    # up to four words: "the *labor force participation rate* dipped", "*average hourly earnings* rose";
    # a possessor or a hyphened period ("April's", "first-half") qualifies the measure, and stops it
    words: list[str] = []
    while k < len(before) and len(words) < 4:
        w = before[k][2]
        low = w.lower()
        if low == "per" and len(words) in (1, 2) and k + 1 < len(before) and before[k + 1][2].isalpha() \
                and before[k + 1][2].lower() not in _STOP:
            words.append(low)  # "*earnings per (basic) share* rose 8%": the ratio is one measure
            k += 1
            continue
        if not w[0].isalpha() or low in _STOP or low in _DROP_LEAD or low in _AUX or is_verb(w) \
                or low.endswith(_CONTRACTED_AUX):
            break  # "they’ve edged up by 0.3%": a pronoun with its auxiliary names nothing
        if w[0].isupper() and before[k][0] != lo and not _opens_a_list_item(before, k, lo):
            break  # a name ("Harlow Foods climbed"): a subject, not a measure
        if words and (low.endswith(("'s", "’s")) or "-" in low):
            break
        words.append(low)
        k += 1
    if not words and k < len(before) and before[k][2][:1].isupper() and before[k][2].lower().rstrip(".") in _FIRM_SUFFIXES \
            and mover not in _GROWING:
        # "Tarnwell Plc fell 1.5% to 3,280": a listed firm that moves is its share price (one that
        # grew, grew its business: "Kestrel Foods grew 39%")
        name = [before[k][2]]
        m = k + 1
        while m < len(before) and before[m][2][:1].isupper() and before[m][2].isalpha() and len(name) < 4:
            name.insert(0, before[m][2])
            m += 1
        return f"{' '.join(name)} shares" if len(name) > 1 else None
    if words and words[0] in _MEASURES:
        return None  # "the death toll rose to 818": the toll is the event (measure_before)
    if words and (words[0] in ("point", "points") or words[0].endswith(("-point", "-points"))):
        return None  # "the quarter-point increase to 5.25%": the step's unit, and "increase" a noun
    if words and words[0] in _PERIOD_HEADS:
        return None  # "receipts for the fiscal year hit": a period the figure is of, not what it measures
    if words and (words[0] == "there" or (words[0] in _TIME_HEADS and k < len(before)
                                          and before[k][2].lower() in ("this", "last", "next", "that"))):
        return None  # "There were 40,000", "so far this year has passed 18,000": no subject is counted
    if len(words) == 1 and words[0] in _GENERIC_OF:
        return None  # "the number could be 15": says nothing of what is counted
    return " ".join(reversed(words)) or None


#: a phrase of cause between a subject and its verb: "the toll in the city *as a result of the
#: storm* is 900", "losses *due to the flooding* were $2 billion"
_CAUSE_PHRASE = re.compile(r"\s(?:as\s+a\s+(?:direct\s+)?(?:result|consequence)\s+of|due\s+to|because\s+of|owing\s+to)"
                           r"\s+[^,;:()]{1,60}?(?=\s+(?:is|was|were|are|has|have|had|stood|stands|rose|fell|reached)\b)")


def _without_causes(sentence: str, lo: int, start: int) -> str:
    """``sentence`` with the last phrase of cause before the figure blanked out (offsets kept)."""
    last = None
    for m in _CAUSE_PHRASE.finditer(sentence, 0, start):  # "as" cuts a clause: read from the start
        last = m
    if last is None:
        return sentence
    return sentence[: last.start()] + " " * (last.end() - last.start()) + sentence[last.end():]


def _antecedent(sentence: str, pronoun: int) -> str | None:
    """The noun phrase a relative clause opened at ``pronoun`` tells of, when it opens the
    sentence: "*Occupancy*, which was hovering around 40%, fell to zero", "*The jobless
    rate*, which stood at 4.1%, rose"."""
    toks = _inside(sentence, 0, pronoun)
    if toks and toks[-1][2] == ",":
        toks = toks[:-1]
    if len(toks) >= 3 and toks[0][2][:1].isupper() and toks[0][2].lower() not in ("the", "its", "their"):
        # "Worrisome to experts is *the rate for children and teenagers*, which had hovered around
        # 17%": the phrase after the last "the" before the comma, a preposition or "and" inside it
        back: list[str] = []
        for k in range(len(toks) - 1, -1, -1):
            w = toks[k][2]
            low = w.lower()
            if low in ("the", "its", "their"):
                inverted = k > 0 and toks[k - 1][2].lower() in ("is", "was", "are", "were")  # "Worrisome ... *is* the rate"
                if inverted and back and back[0] not in ("for", "of", "and"):
                    return " ".join(reversed(back))
                return _phrase_before_a_comma(toks)
            if not w.isalpha() or not w.islower() or low in _AUX or is_verb(w) or len(back) >= 6 \
                    or (low in _STOP and low not in ("for", "of", "and", "in")):
                return _phrase_before_a_comma(toks)
            back.append(low)
        return None
    words: list[str] = []
    for k, (_s, _e, w) in enumerate(toks):
        low = w.lower()
        if k == 0 and low in ("the", "its", "their"):
            continue
        if not w.isalpha() or low in _STOP or low in _AUX or is_verb(w) or (words and w[0].isupper()) or len(words) >= 4:
            return _phrase_before_a_comma(toks)
        words.append(low)
    return " ".join(words) or None


#: prepositions that may stand inside the noun phrase a relative clause tells of
_INSIDE_A_PHRASE = frozenset({"of", "in", "against", "with", "without", "for", "from", "on"})
_OPENS_A_NOUN_PHRASE = frozenset({"the", "a", "an", "its", "their", "this", "these", "those"})


def _phrase_before_a_comma(toks: Sequence[tuple[int, int, str]]) -> str | None:
    """The noun phrase that ends right before a relative clause's comma, read back to its
    determiner, a verb or a possessor: "..., driven by a rise in *violence against the person*,
    which soared 18%", "a fraction of Tarmia's *earnings in Ostland*, which reached €7 billion",
    "the report says *the remand population in jails*, which reached 16,000". A change's noun
    gives way to what changed ("a rise in *violence*")."""
    back: list[str] = []
    k = len(toks) - 1
    while k >= 0 and len(back) < 8:
        w = toks[k][2]
        low = w.lower()
        before = toks[k - 1][2].lower() if k > 0 else ""
        if low in _OPENS_A_NOUN_PHRASE:
            if before not in _INSIDE_A_PHRASE:
                head = toks[k - 2][2] if k > 1 else ""
                if before in _STOP and head.isalpha() and head.islower() and head not in _STOP and not is_verb(head):
                    return None  # "Net profit at *the firm*, which rose 5%": a phrase inside a noun's, whose?
                break  # the phrase's own determiner: "*the* remand population"
        elif not w.isalpha() or low in _AUX or (is_verb(w) and low not in _INSIDE_A_PHRASE) \
                or (low in _STOP and low not in _INSIDE_A_PHRASE):
            break
        elif w[0].isupper() and before not in _INSIDE_A_PHRASE:
            break  # a name is a place inside the phrase ("in Ostland"), never its head
        back.append(w if w[0].isupper() else low)
        k -= 1
    words = list(reversed(back))
    while words and (words[0] in _INSIDE_A_PHRASE or words[0] in _OPENS_A_NOUN_PHRASE):
        words.pop(0)  # "(driven by) a rise ...": the preposition that governs the phrase is not in it
    if len(words) > 2 and words[0] in CHANGE_NOUNS and words[1] == "in":
        words = words[2:]  # "a rise in violence": what rose
    if not words or len(words) > 6 or words[0] in _INSIDE_A_PHRASE or words[-1] in _INSIDE_A_PHRASE | _OPENS_A_NOUN_PHRASE:
        return None
    return " ".join(words)


def _kind_of_the_others(sentence: str, start: int) -> str | None:
    """What "others" the object of a verb are more of: the subject that opens the sentence
    ("*Firefighters* from three counties joined more than 800 others"); not when the figure
    is itself the subject ("and 30 others are missing")."""
    before = _inside(sentence, 0, start)
    if not before or not (is_verb(before[-1][2]) or before[-1][2].lower() in _FOCUS_ADVERBS | {"than", "more", "over"}):
        return None
    verbs = [k for k, (_s, _e, w) in enumerate(before) if is_verb(w) and w.islower()]
    if not verbs:
        return None
    words: list[str] = []
    for _s, _e, w in before[: verbs[0]]:
        low = w.lower()
        if not w.isalpha() or low in _STOP or low in _AUX or low in _DROP_LEAD or len(words) >= 3:
            break
        if words and w[0].isupper():
            break  # a name after the subject's words
        words.append(low)
    if not words or words[0] in ("there", "it", "he", "she", "they", "we", "i", "you"):
        return None
    return " ".join(words)


def _opening_subject(sentence: str, hi: int, any_verb: bool = False) -> str | None:
    """The noun phrase that opens the sentence as the subject of a verb of change before
    ``hi``: "*Factory orders* rebounded in May, ...", "*Median rents* rose ..."; ``any_verb``:
    a participle of change after a comma shares the subject of whatever verb opens the
    sentence ("*Exports of goods* took the hardest hit, falling $21 billion")."""
    toks = _inside(sentence, 0, hi)
    words: list[str] = []
    phrase = 0  # words of a prepositional phrase after the subject: "pump prices *for petrol* stood"
    for k, (_s, _e, w) in enumerate(toks):
        low = w.lower()
        if low in _LEVEL_MOVERS or low in _COPULAS or (any_verb and words and w.islower() and is_verb(w)):
            return " ".join(words) if words and words[0] not in ("there", "it", "this", "that") else None
        if words and not phrase and low in ("for", "of", "in", "with"):
            phrase = 1
            continue
        if phrase and w.isalpha() and w.islower() and low not in _STOP and not is_verb(w) and phrase < 4:
            phrase += 1
            continue
        if not w.isalpha() or low in _STOP or low in _AUX or low in _DROP_LEAD or is_verb(w) or len(words) >= 4 \
                or (k and w[0].isupper()) or phrase:
            return None
        words.append(low)
    return None


def _object_expected_to_move(before: Sequence[tuple[int, int, str]], k: int) -> str | None:
    """The object of a verb of expecting whose infinitive moves it to the figure: "the bank
    expected *inflation* to rise to 3.1%", "forecasts *the jobless rate* to climb to 5%"
    (``before`` reversed, ``k`` past the "to")."""
    k = _past_how_measured(before, k)
    words: list[str] = []
    while k < len(before) and len(words) < 3:
        w = before[k][2]
        low = w.lower()
        opens = k + 1 == len(before) or before[k + 1][2] in _LIST_MARKS  # a capital may open the line
        if not (w.isalpha() and (w.islower() or opens and w[0].isupper() and w[1:].islower())) or low in _STOP \
                or low in _DROP_LEAD or low in _AUX or is_verb(w):
            break
        words.append(low)
        k += 1
    if words and (k >= len(before) or before[k][2] in _LIST_MARKS) and before[k - 1][2][0].isupper():
        # "Regional growth to fall to 1.25%", "* Wages to rise by 3%": a headline's or a list
        # line's subject, its verb an infinitive with no verb of expecting before it
        return " ".join(reversed(words))
    while k < len(before) and before[k][2].lower() in _DETERMINERS | {"a", "an"}:
        k += 1
    if not words or k >= len(before) or before[k][2].lower() not in _ESTIMATING | {"expect", "forecast", "sees", "saw"}:
        return None
    return " ".join(reversed(words))


def _past_how_measured(before: Sequence[tuple[int, int, str]], k: int) -> int:
    """Past "as measured by CPI", "as defined by the bureau" (``before`` reversed from ``k``):
    how a measure is taken, between it and its verb ("Inflation as measured by the index to be 3%")."""
    for by in range(k + 1, min(k + 5, len(before) - 2)):
        if before[by][2] == "by":
            verb, as_ = before[by + 1][2], before[by + 2][2]
            if as_.lower() == "as" and verb.islower() and verb.endswith("ed"):
                return by + 3
            break
    return k


#: periods a figure is of, never what it measures ("for the fiscal *year* hit $4 trillion")
_PERIOD_HEADS = frozenset("year years quarter quarters month months week weeks half period".split())
#: words that put a verb of reaching in the future before its "to": "*likely* to top 10,000"
_LIKELIHOOD = {"likely", "unlikely", "expected", "set", "due", "poised", "projected", "forecast",
               "predicted", "tipped", "bound", "going", "about", "certain"}


def _is_manner_adverb(word: str) -> bool:
    """"significantly", "sharply", "slightly": how a figure moved, between its subject and verb."""
    low = word.lower()
    return word.islower() and len(low) > 5 and low.endswith("ly") and low not in ("family", "assembly", "supply")


_PHRASE_PREPOSITIONS = {"for", "in", "of", "from", "at", "on", "to", "with", "without"}
_PHRASE_DETERMINERS = {"the", "a", "an", "this", "last", "each", "every"}
#: the copula of a share or an amount: "*Turnout* was 61.8%", "*turnout* has been 60%"
_COPULAS = {"is", "are", "was", "were", "been", "stood", "stands", "remained", "remains"}


def _copula_of_change(before: Sequence[tuple[int, int, str]], k: int, compared_after: bool = False) -> int:
    """Where the copula of "X are (still) up/down N%" or "X are (still) N% higher" stands in
    ``before`` (reversed tokens; ``k`` is past "down 16%"), else ``len(before)``;
    ``compared_after``: "higher"/"lower" follows the figure."""
    if not compared_after and not any(before[m][2].lower() in ("up", "down", "lower", "higher") for m in range(k)):
        return len(before)
    while k < len(before) and before[k][2].lower() in ("still", "now", "already", "also", "so", "far"):
        k += 1
    return k if k < len(before) and before[k][2].lower() in _COPULAS else len(before)


_CONTRACTED_AUX = ("’ve", "'ve", "’re", "'re", "’ll", "'ll", "’d", "'d")
#: a figure followed by the comparative of its change: "1.3% *higher*", "5 per cent lower"
_COMPARED_AFTER = re.compile(r"\S+(?:\s+(?:per\s*cent|percent|points?))?\s+(?:higher|lower)\b")
#: verbs that set a measure's value with "at" ("put the magnitude at 6.5", "the toll stood at 71")
_AT_VERBS = {"put", "puts", "putting", "estimated", "estimates", "estimate", "valued", "values",
             "value", "pegged", "set", "sets", "placed", "reported", "was", "is", "stood", "stands",
             "remained", "remains", "were", "are", "measured", "recorded", "fixed", "assessed",
             "maintain", "maintains", "maintained", "kept", "keep", "keeps", "held", "hold", "holds",
             "left", "leave", "leaves"}


#: adverbs of time between a subject and its verb: "the toll *now* stands at"
_TIME_ADVERBS = {"now", "still", "currently", "already", "today"}
#: what a level stays, between its verb and "at": "held *steady* at", "was *unchanged* at"
_LEVEL_ADJECTIVES = {"steady", "unchanged", "flat", "stable", "firm", "constant", "level"}


def _noun_at(sentence: str, start: int, lo: int = 0) -> str | None:
    """The measure a figure after "at" is the value of: "put *the magnitude* at 6.5", "the
    *death toll* was at 71", "valued *the deal* at $5 billion", "reported its *magnitude* at
    6.1"; a noun of its own, so the figure never borrows one from the sentence before."""
    before = _inside(sentence, lo, start)[::-1][:7]
    if len(before) > 3 and before[2][2].lower() in _TIME_ADVERBS and before[1][2].lower() in _AT_VERBS:
        before = before[:2] + before[3:]  # "employment *now* stands at 159 million"
    before = before[:6]
    words = [w for _, _, w in before]
    if len(words) < 3 or words[0].lower() != "at":
        return None
    if words[1].lower() in _LEVEL_ADJECTIVES and words[2].lower() in _AT_VERBS and len(words) > 3:
        words = [words[0], *words[2:]]  # "growth held *steady* at 34%": the subject held it
        before = before[:1] + before[2:]
    if words[1].lower() in _AT_VERBS:  # "the toll was at 71": the noun is the verb's subject
        noun, k = words[2], 3
        while noun.lower() in _BE | {"has", "have", "had"} and k < len(words) and words[1].lower() not in _BE:
            noun, k = words[k], k + 1  # "the transaction *is* valued at $24 billion": a passive's subject
        if noun.lower() in ("which", "that"):
            return _antecedent(sentence, before[2][0])  # "The rate, *which* stood at 4.1%, rose"
        if noun == "," and len(words) > 3:  # "Turnout, put at 68% by the commission,"
            noun, k = words[3], 4
        if noun.istitle() and before[k - 1][0] == lo:
            noun = noun.lower()  # "Turnout stood at 87%": the sentence's first word
        elif _ends_a_phrase_after_the_subject(words, k):
            # "the party's share of the vote *in Sunday's poll* stood at 38%": the noun before the
            # verb closes a phrase on the subject, which is the measure
            return subject_of_mover(sentence, before[0][0], lo)
    else:  # "put the magnitude at 6.5": the noun is the verb's object
        if words[2].lower() == "to":
            return None  # "forecast *to peak* at 41.5%": a verb after "to", whose subject the movers read
        noun, k = words[1], 2
        while k < len(words) and (words[k].lower() in ("the", "its", "their", "a", "an") or words[k].islower()
                                  and words[k].lower() not in _AT_VERBS and not is_verb(words[k])):
            k += 1
        if k >= len(words) or words[k].lower() not in _AT_VERBS:
            return None
    if not noun.isalpha() or not noun.islower() or noun in _STOP or noun in _DROP_LEAD or is_verb(noun):
        return None
    modifier = words[k] if k < len(words) and words[1].lower() in _AT_VERBS else None
    if modifier and modifier.isalpha() and modifier.islower() and modifier not in _STOP | _DROP_LEAD \
            and not is_verb(modifier):
        return f"{modifier} {noun}"  # "the death toll was at 71"
    return noun


def _ends_a_phrase_after_the_subject(words: Sequence[str], k: int) -> bool:
    """``words[k - 1]`` (read backwards from a figure after "at") ends a phrase opened by a
    preposition within the next three words: "(of the vote) in Sunday's *poll*"."""
    for m in range(k, min(k + 3, len(words))):
        low = words[m].lower()
        if low in _PHRASE_PREPOSITIONS:
            return True
        if not (words[m].isalpha() or low.endswith(("'s", "’s"))) or (low in _STOP and low not in _PHRASE_DETERMINERS):
            return False
    return False


#: verbs that set a level to a figure: "*cut* interest rates to 5%", "*taking* the base rate
#: from 5.25% to 5%", "*trimmed* its workforce by 500 to 9,000"
_SETTERS = {"cut", "cuts", "cutting", "lowered", "lower", "lowers", "lowering", "reduced", "reduce",
            "reduces", "reducing", "raised", "raise", "raises", "raising", "hiked", "hike", "hikes",
            "hiking", "lifted", "lift", "lifts", "lifting", "trimmed", "trim", "trims", "slashed",
            "slash", "slashes", "taking", "take", "takes", "took", "brought", "bring", "brings",
            "bringing", "pushed", "push", "pushes", "pushing", "increased", "increase", "increases",
            "decreased", "decrease", "decreases", "boosted", "boost", "boosts", "moved", "move", "moves",
            "revised", "revise", "revises", "adjusted", "adjust", "adjusts"}
#: what may stand between the object of such a verb and the figure: other figures of the same
#: move and their units ("by a quarter of a percentage point to 5%", "from 5.25% to 5%")
_BETWEEN_OBJECT_AND_FIGURE = {"to", "from", "by", "at", ",", "%", "per", "cent", "percent", "percentage",
                              "point", "points", "basis", "bps", "bp", "a", "an", "of", "quarter", "half",
                              "about", "around", "nearly", "almost", "some", "roughly", "just", "over",
                              "under", "more", "less", "than", "$", "£", "€",
                              # the direction of the move: "adjusted *downward* to 14,000"
                              "downward", "upward", "downwards", "upwards", "lower", "higher", "down", "up"}


def object_of_setter(sentence: str, start: int, lo: int = 0) -> str | None:
    """What a verb set to the figure, named as its object: "lowered *interest rates* to 5%
    from 5.25%" (both figures), "lowered *the cost of borrowing* by a quarter of a percentage
    point to 5%", "cut *its benchmark interest rate* to five per cent". Lower-case words only:
    "cut Acme's rating to BB" names a holder, not a measure."""
    # from the sentence's start: "reduce the rate by 0.25 points, to 5 per cent" runs over a comma
    before = _inside(sentence, 0, start)[::-1][:24]
    a_range = sentence.startswith(("between", "Between"), start)
    if not before or (before[0][2].lower() not in ("to", "from", "by", "at") and not a_range):
        return None
    first = _inside(sentence, start)[:1]
    if first and first[0][2].lower() in _HEDGE_VERBS:
        return None  # "likely to surpass 5,000": the figure's own verb follows an infinitive "to"
    k = 0
    while k < len(before) and (before[k][2].lower() in _BETWEEN_OBJECT_AND_FIGURE or before[k][2][0].isdigit()
                               or is_number_word(before[k][2].lower()) or before[k][2].lower() in SCALES):
        k += 1
    # a named phrase after the object: "pegged private insured losses *from Storm Aldo* to
    # between $12bn and $18bn"
    m = k
    while m < len(before) and m - k < 4 and before[m][2][0].isupper():
        m += 1
    if m > k and m < len(before) and before[m][2].lower() in _PHRASE_PREPOSITIONS:
        k = m + 1
    words: list[str] = []
    while k < len(before) and len(words) < 5:
        w = before[k][2]
        low = w.lower()
        if low == "of" and words and k + 1 < len(before) and before[k + 1][2].islower() \
                and before[k + 1][2].lower() not in _STOP:
            words.append(low)  # "the cost *of* borrowing"
        elif not (w.isalpha() and w.islower()) or low in _STOP or low in _DROP_LEAD or low in _SETTERS \
                or low in _ESTIMATING or _is_manner_adverb(w) or (is_verb(w) and not (words and words[-1] == "of")  # "the *cost* of borrowing"
                    and not (words and low in _PARTICIPIAL_ADJECTIVES)):  # "private *insured* losses"
            break
        else:
            words.append(low)
        k += 1
    while k < len(before) and before[k][2].lower() in _DETERMINERS | {"a", "an"}:
        k += 1
    if not words or words[-1] == "of" or k >= len(before) or not (
            before[k][2].lower() in _SETTERS or before[k][2].lower() in _ESTIMATING | _AT_VERBS):
        return None
    return " ".join(reversed(words))


_SHARE_MARKS = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.I)


def _counted_of_the_level_before(sentence: str, start: int, end: int, lo: int = 0) -> str | None:
    """"Turnout was 61.8%, *up from* 55.2% in 2021": a level a figure moved from measures what
    the figure before it does (a share a share, an amount an amount)."""
    before = _inside(sentence, lo, start)[::-1]
    if len(before) < 3 or before[0][2].lower() != "from" or not (
            before[1][2].lower() in ("up", "down") or _ends_a_figure(before[1][2])):
        return None  # "up from 55.2%"; "ticked up to 4.2 percent *from* 4.1 percent"
    share = bool(_SHARE_MARKS.search(sentence, start, end))
    for k in range(2, min(len(before), 40)):
        s, e, w = before[k]
        if not w[0].isdigit():
            continue
        e = s + len(w.rstrip(",."))  # "210, the agency said": the comma ends the clause, not the figure
        rest = _inside(sentence, e)[:2]
        mark = _SHARE_MARKS.match(sentence, rest[0][0]) if rest else None
        if bool(mark) is not share:
            continue
        if rest and rest[0][2].lower() in DURATIONS:
            continue  # "over the past 10 years has doubled, up from £25 million": a span of time, no level
        stop = mark.end() if mark else e
        for _s, word_end, word in rest:  # "$3.9 billion": the scale is part of the figure
            if not mark and word.lower() in SCALES:
                stop = word_end
        return frame(sentence, s, stop).counted
    return None


#: an insertion between a subject and its verb: a bracket ("the index *(CPI)* rose") or a
#: phrase between commas that opens with a relative pronoun, an article or a participle
#: ("Revenue*, excluding fuel,* was", "The index*, which tracks prices,* rose")
_BRACKETED = re.compile(r"\s*\([^()]{1,60}\)")
_COMMA_INSERTION = re.compile(
    r",\s+(?:which|who|excluding|including|not\s+including|a|an|the|[a-z]{3,}(?:ed|ing)|as\s+[a-z]{3,}ed\s+by)\b"
    r"[^,;:()\"“”]{1,120},(?=\s)"
)


def _subject_past_insertions(sentence: str, start: int, end: int) -> str | None:
    """:func:`subject_of_mover` with the insertions before the figure's verb read past: the
    brackets before the figure and the comma insertion nearest before it (with no other comma
    between), blanked out so offsets keep."""
    head = _BRACKETED.sub(lambda m: " " * len(m.group()), sentence[:start])
    last = None
    for m in _COMMA_INSERTION.finditer(head):
        last = m
    if last is not None and "," not in head[last.end():]:
        head = head[: last.start()] + " " * (last.end() - last.start()) + head[last.end():]
    if head == sentence[:start]:
        return None
    blanked = head + sentence[start:]
    lo, _hi = clause_of(blanked, start, end)
    subject = subject_of_mover(blanked, start, lo)
    if subject is None or last is None:
        return subject
    return subject + _qualifier(sentence[last.start() : last.end()])


#: an insertion that narrows what is measured rather than describing it: "Revenue*, excluding
#: fuel,*", "Sales *(excl. VAT)*": part of the measure's name, since the narrowed and the whole
#: measure are two figures
_QUALIFIER = re.compile(r"[\s,(]*((?:excluding|including|excl\.?|incl\.?|ex)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)[\s,)]*$",
                        re.IGNORECASE)
_QUALIFIER_WORDS = {"excl": "excluding", "excl.": "excluding", "incl": "including", "incl.": "including",
                    "ex": "excluding"}


def _qualifier(insertion: str) -> str:
    """" excluding fuel" for the insertion ", excluding fuel," or "(excl. fuel)", else ""."""
    m = _QUALIFIER.fullmatch(insertion)
    if m is None:
        return ""
    words = m.group(1).lower().split()
    if any(w in _STOP for w in words[1:]):
        return ""
    return " " + " ".join([_QUALIFIER_WORDS.get(words[0], words[0]), *words[1:]])


def _first_word(sentence: str) -> int:
    toks = _tokens(sentence)
    return toks[0][0] if toks else 0


#: signs and words that make a figure a change: "Revenue *up* 6.2%", "EPS *+*8.3%"
_CHANGE_WORDS = {"up", "down"}
_SIGNS = ("+", "-", "−", "–")


def subject_of_verbless_change(sentence: str, start: int, lo: int = 0) -> str | None:
    """What changed by a figure in a verbless line, the style of headlines and bullet lists:
    "*Group revenue* up 6.2%", "*Adjusted EPS* +8.3% to 91p", "*Free cash flow* (excl. one-offs)
    down 3%". The words must open their clause and hold no verb: "sales rose, up 7%" is no
    such line."""
    toks = _inside(sentence, lo, start)
    signed = sentence.startswith(_SIGNS, start)
    if toks and toks[-1][2] in _SIGNS and toks[-1][1] == start:
        signed, toks = True, toks[:-1]  # "+7.8%" read as "7.8%" after its sign
    brackets = [m for m in _BRACKETED.finditer(sentence, toks[0][0] if toks else start, start)]
    if not toks or toks[0][0] != _first_word(sentence):
        return None  # a line's words open the sentence ("Revenue up 7%"), not a clause inside it
    before = _without_brackets(toks)[::-1]
    if before and before[0][2].lower() in _CHANGE_WORDS:
        before = before[1:]
    elif not signed:
        return None
    words = [w for _, _, w in before[::-1]]
    if not 1 <= len(words) <= 5 or not words[-1][0].isalpha():
        return None
    for k, w in enumerate(words):
        low = w.lower()
        if not (w[0].isalpha() or w == "&") or (low in _STOP and low not in ("of", "and", "per")) or low in _AUX \
                or low in _DROP_LEAD or low in _MONTHS_AND_DAYS:
            return None
        if (k or w.islower()) and (is_verb(w) or low in PRESENT_VERBS or low in _LEVEL_MOVERS):
            return None  # a verb, unless the capitalised first word ("*Adjusted* EPS +8%")
    if words[0].lower() in ("of", "and", "per"):
        return None
    narrowed = _qualifier(brackets[-1].group()) if brackets else ""
    return " ".join(w.lower() for w in words) + narrowed


#: a change told in a "with" phrase: "with *sales* up 85%", "with *operating profit* down by 3%"
_WITH_A_CHANGE = re.compile(r"\bwith\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:up|down)\s+(?:by\s+)?$")
#: verbs that only tell of a figure; the change they tell of is the better event
_TELLING_EVENTS = frozenset({"announced", "reported", "released", "published", "said", "confirmed", "show",
                             "shows", "showed", "shown", "revealed", "found", "saw", "see", "sees"})
#: nouns of a change, whose figure measures what changed: "a 6.5% *increase* in profit"
CHANGE_NOUNS = {"increase", "increases", "rise", "rises", "drop", "drops", "fall", "falls", "decline",
                 "declines", "gain", "gains", "jump", "jumps", "decrease", "decreases", "growth",
                 "reduction", "reductions", "cut", "cuts", "climb", "surge", "slump", "dip", "boost"}
#: the commonest of them, singular, as a pattern: "a 34% *growth*", "an *increase* of 12%"
CHANGE_NOUN = r"(?:increase|rise|gain|jump|growth|decline|drop|fall|decrease)"
#: words that end the measure named after "in" (a preposition, a verb of being, a determiner)
_ENDS_A_MEASURE = r"(?:the|a|an|its|their|to|from|by|at|of|on|in|for|and|as|over|with|since|during|after|before|" \
                  r"this|last|that|which|was|were|is|are|has|had|have)\b"
#: the measure after "in": lower-case words, with the common terms of accounts that hold a
#: preposition ("profit *before tax*", "earnings *per share*")
_MEASURE_WORD = rf"(?:(?:before|after)\s+tax\b|per\s+[a-z]+|(?!{_ENDS_A_MEASURE})[a-z][a-z-]*)"
_CHANGED_MEASURE = re.compile(rf"\s+in\s+((?!(?:before|after)\s+tax\b|per\b){_MEASURE_WORD}(?:\s+{_MEASURE_WORD}){{0,3}})")
#: "a 19% rise in *the murder rate*", "in *the number of burglaries*": a measure named with "the"
_CHANGED_THE_MEASURE = re.compile(rf"\s+in\s+the\s+({_MEASURE_WORD}(?:\s+{_MEASURE_WORD}){{0,3}})"
                                  rf"(?:\s+of\s+({_MEASURE_WORD}(?:\s+{_MEASURE_WORD}){{0,2}}))?")
#: what "in the ..." names when it is a time or a place, not a measure: "in the first half",
#: "in the north", "in the region"
_NOT_A_MEASURE_AFTER_THE = _TIME_HEADS | _PERIOD_HEADS | _COMPASS | _PLACE_KINDS | {
    "first", "second", "third", "fourth", "last", "past", "previous", "same", "next", "latest", "early", "late",
    "wake", "run-up", "aftermath", "region", "area", "areas", "country", "world", "capital", "north", "south",
    "east", "west", "meantime", "meanwhile", "end", "long", "short", "medium", "summer", "winter", "spring",
    "autumn", "fall", "period", "months", "years", "weeks", "days", "decade", "century", "uk", "us", "eu"}


def _measure_changed(sentence: str, end: int, hi: int | None = None) -> str | None:
    """What a change noun after a figure changed, named after "in": "a 6.5% increase *in profit
    before tax*", "a 3% drop *in sales*"; not "in the first half" (a determiner is a time or a
    place) nor "in 2023"."""
    m = _CHANGED_MEASURE.match(sentence, end, len(sentence) if hi is None else hi)
    if m is None:
        return _the_measure_changed(sentence, end, hi)
    words = m.group(1).split()
    if words[0] in _MONTHS_AND_DAYS or words[0] in _TIME_HEADS or words[0] in _DROP_LEAD \
            or (is_verb(words[0]) and "-" not in words[0]):  # "in *police-recorded* crime" is an adjective
        return None
    last = words[-1]
    if len(words) > 1 and (is_verb(last) or (last.endswith("ing") and len(last) > 5)):
        # "an 8% rise in thefts *compared* with": the measure ends at a verb before a preposition
        # ("a rise in police *recorded* crime" holds a participle before its noun)
        return " ".join(words[:-1])
    return " ".join(words)


def _the_measure_changed(sentence: str, end: int, hi: int | None = None) -> str | None:
    """A measure named with "the" after a change noun: "a 19% rise in *the murder rate*",
    "in *the number of burglaries*"; not a time or a place ("in the first half", "in the
    north"), nor a phrase running on into a verb."""
    m = _CHANGED_THE_MEASURE.match(sentence, end, len(sentence) if hi is None else hi)
    if m is None:
        return None
    words = m.group(1).split()
    if any(w in _NOT_A_MEASURE_AFTER_THE or w in _MONTHS_AND_DAYS for w in words) or is_verb(words[0]):
        return None
    if len(words) > 1 and (is_verb(words[-1]) or (words[-1].endswith("ing") and len(words[-1]) > 5)):
        words = words[:-1]  # "in the murder rate *compared* with"
    if m.group(2) and words[-1] in _GENERIC_OF and len(words) == m.group(1).count(" ") + 1:
        of = m.group(2).split()
        if any(w in _NOT_A_MEASURE_AFTER_THE or w in _MONTHS_AND_DAYS for w in of) or is_verb(of[0]):
            return None
        if len(of) > 1 and (is_verb(of[-1]) or (of[-1].endswith("ing") and len(of[-1]) > 5)):
            of = of[:-1]
        return f"{' '.join(words)} of {' '.join(of)}"  # "the number *of burglaries*"
    if words[-1] in _GENERIC_OF and words[-1] != "rate":
        return None  # "in the number" with nothing after it says nothing
    return " ".join(words)


_CHANGE_THEN_TO = re.compile(r"\b(?:" + "|".join(sorted(CHANGE_NOUNS)) + r")(?=\s+in\s)")


def _measure_of_the_change_before(sentence: str, start: int, lo: int = 0) -> str | None:
    """The level a change reached, told after it: "a 3% rise in profit before tax *to*
    $2.2 billion": the figure after "to" measures what the change changed."""
    last = None
    for m in _CHANGE_THEN_TO.finditer(sentence, lo, start):
        last = m
    if last is None:
        return None
    measure = _measure_changed(sentence, last.end(), start)
    if measure is None:
        return None
    at = sentence.find(measure, last.end())
    if at < 0:
        return None  # "the number  of" spaced otherwise than the measure read from it
    after = at + len(measure)
    if not re.fullmatch(r"\s+to\s+\S{0,3}", sentence[after:start]):
        return None  # words left between the measure and "to": no plain "rise in X to"
    return measure


_MOVE_GOES_ON = re.compile(r"[\s,]*(?:from|to|up|down)\b", re.IGNORECASE)
_AND_NEXT_FIGURE = re.compile(r"\s+(?:and|or)\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:thousand|million|billion))?(?=\s)")


def _counted_of_the_next_figure(sentence: str, end: int, hi: int) -> str | None:
    """"with 42,000 and 9,000 new jobs, respectively": a figure joined by "and" to the next
    one counts what the next one counts."""
    m = _AND_NEXT_FIGURE.match(sentence, end, hi)
    if m is None:
        return None
    # "growth of 8 and 9 *percent*": the unit the two share is no noun; what follows it may be
    unit = _UNIT_OF_THE_NEXT_FIGURE.match(sentence, m.end(), hi)
    after = counted_after(sentence, unit.end() if unit else m.end(), hi)
    return after[0] if after else None


_UNIT_OF_THE_NEXT_FIGURE = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b|points?\b)", re.I)


def _ends_a_figure(word: str) -> bool:
    return word[0].isdigit() or word.lower() in ("%", "percent", "cent") or word.lower() in SCALES


_PEOPLE_HEADS = {"people", "persons", "person", "individuals"}
#: events that make each person counted a case of a disease
_INFECTED = frozenset({"infected", "sickened", "diagnosed"})
_DWELLERS = {"residents", "inhabitants"}
#: nouns of a settled place whose "of"/"with" figure of people is its population
_SETTLEMENTS = {"city", "town", "village", "country", "nation", "state", "province", "region", "district",
                "capital", "metropolis", "island", "county", "municipality", "home"}


def _place_sized(sentence: str, start: int) -> bool:
    """The figure of people at ``start`` sizes a place: "a city *of* (around) 2.1 million",
    "the largest town *with* 800,000", "*home to* 9,000"."""
    before = [w.lower() for _, _, w in _inside(sentence, 0, start)[::-1][:6]]
    k = 0
    while k < len(before) and before[k] in _FOCUS_ADVERBS | {"than", "more", "over", "nearly", "almost", "roughly"}:
        k += 1
    if k + 1 >= len(before):
        return False
    if before[k] == "to" and before[k + 1] == "home":
        return True
    return before[k] in ("of", "with") and before[k + 1] in _SETTLEMENTS
#: nouns a number of people make up that say more than "people": "a *workforce* of 4,100
#: people" counts a firm's staff ("a crowd of 5,000 people" stays people: "5,000 people
#: gathered" is the same crowd)
_COLLECTIVES = {"workforce", "staff", "payroll"}


def _collective_of(sentence: str, start: int, lo: int = 0) -> str | None:
    noun = _noun_of(sentence, start, lo)
    return noun if noun is not None and noun.lower() in _COLLECTIVES else None


#: nouns that say little without the words before them: "equity *value*", "takeover *price*",
#: "closing share *price*" are other quantities
_HEADS_OF_A_KIND = frozenset({"value", "price", "cost", "costs", "worth", "valuation"})


_RATES = frozenset({"rate", "rates", "ratio", "ratios"})
#: adjectives that grade a measure rather than say which one it is ("a *high* fatality rate")
_GRADING = frozenset("high higher highest low lower lowest significant record overall current new total "
                     "possible average estimated reported".split())


def _rate_named(words: Sequence[tuple[int, int, str]], opening: bool = False) -> str | None:
    """A rate with the words that say which ("case fatality rate"), or None for a bare one;
    ``opening``: the word before the rate opens its line, and may be capitalised."""
    if opening and len(words) > 1 and words[1][2][1:].islower():
        words = [words[0], (words[1][0], words[1][1], words[1][2].lower()), *words[2:]]
    named = _with_its_kind(words)
    return named if " " in named else None


def _opens_the_line(before: Sequence[tuple[int, int, str]], k: int) -> bool:
    """The token at ``k`` of ``before`` (read backwards from a figure) opens its sentence or a
    list line: nothing before it, or only a list mark."""
    return k < len(before) and (k + 1 == len(before) or before[k + 1][2] in _LIST_MARKS and k + 2 == len(before))


def _rate_right_before(sentence: str, start: int, lo: int = 0) -> str | None:
    """The named rate right before a figure: "a fatality rate as high as 88%", "case fatality
    rates (up to 88%)"."""
    before = _inside(sentence, lo, start)[::-1][:4]
    if before and before[0][2] == "(":
        before = before[1:]
    if not before or before[0][2].lower() not in _RATES:
        return None
    return _rate_named(before)


def _with_its_kind(words: Sequence[tuple[int, int, str]]) -> str:
    """The head (``words[0]``, read backwards) with up to two lower-case words before it."""
    kept = [words[0][2]]
    for _, _, w in words[1:3]:
        low = w.lower()
        if not w.isalpha() or not w.islower() or low in _STOP or low in _DROP_LEAD or low in _DETERMINERS \
                or low.endswith("ly") or (is_verb(w) and not low.endswith("ed")) or low in _GRADING:
            break
        kept.insert(0, w)
    return " ".join(kept)


#: a margin told either way before its figure: "of *plus or minus* 3 points"
_EITHER_WAY = re.compile(r"\bplus\s+or\s+minus\s*$", re.I)


def _noun_of(sentence: str, start: int, lo: int = 0) -> str | None:
    """The noun a figure is the amount of: "an outlay *of* Rs 26,000 crore" -> "outlay", "a
    special package of Rs 15,000 crore" -> "package", "a fine of $5 million" -> "fine"."""
    either_way = _EITHER_WAY.search(sentence, max(lo, start - 20), start)
    if either_way is not None:
        start = either_way.start()  # "a margin of error of plus or minus 3 points"
    before = _inside(sentence, lo, start)[::-1][:3]
    if len(before) < 2 or before[0][2].lower() != "of":
        return None
    noun = before[1][2]
    low = noun.lower()
    if _opens_the_line(_inside(sentence, 0, start)[::-1], 1) and noun[1:].islower():
        noun = low  # "* Deficits of $12.7 billion in 2031": a list line's first word, capitalised
    outer = _inside(sentence, lo, start)[::-1][1:4]
    if len(outer) == 3 and outer[1][2].lower() == "of" and outer[2][2].isalpha() and outer[2][2].islower() \
            and outer[2][2].lower() not in _STOP | _GENERIC_OF and not is_verb(outer[2][2]) \
            and noun.isalpha() and noun.islower() and low not in _STOP:
        return f"{outer[2][2]} of {noun}"  # "a margin of error of 3 points", "the rate of growth of 2%"
    if low in _RATES:
        # "a high fatality rate of 88%", "* Unemployment rate of 5.5 per cent"
        return _rate_named(_inside(sentence, lo, start)[::-1][1:4], _opens_the_line(_inside(sentence, 0, start)[::-1], 2))
    if not noun.isalpha() or not noun.islower() or low in _STOP or low in _GENERIC_OF or is_verb(noun) \
            or low.endswith("ing"):
        return None
    if low in _HEADS_OF_A_KIND:
        return _with_its_kind(_inside(sentence, lo, start)[::-1][1:4])  # "an *equity value* of $10 billion"
    head = _inside(sentence, lo, start)[::-1][:6]
    j = 3 if len(head) > 3 and head[2][2].lower() in _DETERMINERS else 2
    if len(head) > j + 1 and head[j][2].lower() == "to":
        sum_noun = head[j + 1][2]
        if sum_noun.isalpha() and sum_noun[1:].islower() and sum_noun.lower() not in _STOP | _AUX \
                and not is_verb(sum_noun) and sum_noun.lower() not in PRESENT_VERBS:
            return sum_noun.lower()  # "payments to players of £31.2m", "a loan to the city of $5m": the sum's noun
    per = _inside(sentence, lo, start)[::-1][:4]
    if len(per) == 4 and per[2][2].lower() == "per" and per[3][2].isalpha() and per[3][2].islower() \
            and per[3][2].lower() not in _STOP:
        return f"{per[3][2]} per {noun}"  # "earnings per share of 163 pence": the whole ratio
    return noun
