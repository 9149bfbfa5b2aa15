"""The data model: what every stage reads and writes.

Every value carries its evidence. A claim keeps the article it came from, character offsets into
that article's untouched text (``article.text[start:end] == text``), the sentence around it, and
the surface text beside the parsed value. Instances are frozen: stages build new objects, they
never edit old ones. Rendering and I/O live elsewhere; ``to_dict()`` is the only output hook.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from datetime import date
from functools import cache
from operator import attrgetter
from types import MemberDescriptorType
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

#: How a hedge reads: the class decides the interval the judge compares.
HedgeClass = Literal["exact", "more", "less", "approx", "upto", "atleast", "range", "vague", "average"]
Verdict = Literal["agree", "compatible", "conflict", "single"]


def json_ready(value: Any) -> Any:
    """Turn dataclasses, tuples and dates into JSON-ready values."""
    kind = type(value)
    # The common leaves first: a report holds millions of them.
    if value is None or kind is str or kind is int or kind is bool:
        return value
    if kind is float:
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


_plain = json_ready


class _Record:
    """Mixin: ``to_dict()`` over the dataclass fields, in declaration order; quick pickling."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        cls = type(self)
        # Names and values fetched once per class and in C (attrgetter): a large report has
        # hundreds of thousands of records.
        return dict(zip(_field_names(cls), map(_plain, _field_values(cls)(self))))  # type: ignore[arg-type]

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as (class, field values). The dataclass default for frozen slotted classes
        # calls fields() for every object on both ends, which made sending an article's
        # sentences, claims and statements back from a worker cost a good share of extracting them.
        cls = type(self)
        return _rebuild, (cls, _field_values(cls)(self))  # type: ignore[arg-type]


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))  # type: ignore[arg-type]


@cache
def _field_values(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    names = _field_names(cls)
    get = attrgetter(*names)
    return get if len(names) > 1 else lambda record: (get(record),)


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """Unpickle a record (see ``_Record.__reduce__``): set its slots past the frozen guard, each
    through its own slot descriptor (cheaper than the generic object.__setattr__ dataclasses'
    own unpickling uses), in a map run in C.

    Strings are interned: what comes back from extraction workers repeats itself (each claim
    and statement of a sentence carries the sentence; ids, events, sources recur), and one copy
    of each halves the text a large corpus holds. So are numbers and dates (see ``_shared``).
    """
    return _rebuilder(cls)(values)


@cache
def _rebuilder(cls: type) -> Callable[[tuple[Any, ...]], Any]:
    """``_rebuild`` for one class, written out field by field: a string is interned and a number
    or date shared (``_shared``) right there, and ``None``, booleans and records (most of the
    rest) pass without a call: 12% fewer instructions to unpickle what the workers send back
    than calling ``_shared`` for every value."""
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_intern": sys.intern, "_str": str,
                                 "_shared": _shared, "_shared_types": tuple(_SHARED)}
    body = ["    record = _new(_cls)"]
    for i, setter in enumerate(_slot_setters(cls)):
        namespace[f"_set{i}"] = setter
        body += [f"    v = values[{i}]",
                 "    if v.__class__ is _str:\n        v = _intern(v)",
                 "    elif v.__class__ in _shared_types:\n        v = _shared(v)",
                 f"    _set{i}(record, v)"]
    exec("def rebuild(values):\n" + "\n".join([*body, "    return record"]), namespace)  # noqa: S102
    return namespace["rebuild"]  # type: ignore[no-any-return]


#: One object for each number and date that came back from the workers. Offsets recur from
#: article to article (every article has a character 1,200), so do figures and days: a claim
#: carries some ten numbers, each its own 28-byte object when unpickled, more than the records
#: holding them. Keyed by type, since 1 == 1.0 == True as dict keys.
_SHARED: dict[type, dict[Any, Any]] = {int: {}, float: {}, date: {}}
#: Past this many values of one type, the table starts afresh: a bound, not a cache policy.
_SHARED_MAX = 1 << 20


def _shared(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return sys.intern(value)
    table = _SHARED.get(kind)
    # Not 0.0 (equal to -0.0, which must stay itself) nor NaN (equal to nothing, not even itself).
    if table is None or (kind is float and not (value == value and value)):
        return value
    if len(table) >= _SHARED_MAX:
        table.clear()
    return table.setdefault(value, value)


@cache
def _slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    return tuple(cls.__dict__[name].__set__ for name in _field_names(cls))


@dataclass(frozen=True, slots=True, kw_only=True)
class Span(_Record):
    """A stretch of an article's text: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True, kw_only=True)
class Article(_Record):
    """One article as the user gave it. ``text`` is never changed after ingest."""

    id: str
    file: str
    text: str
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    #: where each metadata value came from: {"published": "meta.jsonl" | "text: ' date 2025-04-08'" ...}
    provenance: dict[str, str] = field(default_factory=dict)
    #: page furniture (share buttons, photo credits, "More from World"): marked, not cut.
    furniture: tuple[Span, ...] = ()
    #: the article's whole-text SHA-256, for duplicate detection and incremental runs.
    content_hash: str = ""
    #: ids of earlier articles this one duplicates (identical or near-identical text).
    duplicate_of: str | None = None

    def display_name(self) -> str:
        """What a reader calls this article: the outlet, else the site, else the file, else a title.

        People name files after where they came from ("dawn.txt", "bbc-live.html"), so the file
        name says more about the source than a headline does. Only a file named by a machine
        ("003_99f1a6eaf.txt") gives way to the title, which stands in quotation marks so that a
        column of outlets does not pass a headline off as the name of a paper.
        """
        if self.outlet:
            return self.outlet
        if self.url and "//" in self.url:
            host = self.url.split("//", 1)[1].split("/", 1)[0]
            return host.removeprefix("www.")
        stem = _file_stem(self.file)
        if _names_something(stem):
            # The id is the stem, made unique (two records of one file, two "dawn.txt" in two folders).
            return self.id if self.id.startswith(stem) else stem
        if self.title:
            short = self.title if len(self.title) <= 38 else self.title[:37].rstrip(" ,;:") + "…"
            return f"“{short}”"
        return self.file


def _file_stem(file: str) -> str:
    name = file.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def _names_something(stem: str) -> bool:
    """Whether a file stem holds a word: a part of letters that is not a hex hash or a number."""
    for part in re.split(r"[\W_]+", stem):
        if re.search(r"[^\W\d_]{2}", part) and not (
            len(part) >= 8 and re.fullmatch(r"[0-9a-fA-F]+", part)
        ):
            return True
    return False


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped(_Record):
    """An input that could not be read, and why (one line, naming the file)."""

    file: str
    reason: str


# --------------------------------------------------------------------------- segment


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence(_Record):
    """A sentence with offsets into the article text. ``paragraph`` counts from 0."""

    article: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    #: True when the sentence lies in page furniture: no claims come from it.
    furniture: bool = False


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(_Record):
    """One quantity mention as the grammar reads it, with offsets into the text it was read from.

    ``value`` is the number as stated (None for a vague amount such as "tens of thousands");
    ``low``/``high`` the calibrated interval the judge compares (None = open on that side);
    ``hedge`` the hedge words as written; ``hedge_class`` how they read.
    """

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    hedge: str | None = None
    hedge_class: HedgeClass = "exact"
    kind: str = "count"  # count, percent, money, measure, duration, rate, ...
    unit: str | None = None  # currency code, unit of measure or duration unit
    #: the span of the number itself, inside [start, end)
    number_start: int = -1
    number_end: int = -1


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeScope(_Record):
    """The time a figure covers, as written, and resolved against the article's date."""

    text: str
    start: int = -1
    end: int = -1
    #: "point" (on Sunday), "since" (since the end of March), "period" (the first week of April),
    #: "until" (by the end of April) or "unresolved"
    relation: str = "unresolved"
    date_from: date | None = None
    date_to: date | None = None
    resolved: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution(_Record):
    """Where a figure or statement comes from."""

    source: str
    text: str = ""
    start: int = -1
    end: int = -1
    #: the outlet or agency it came through ("told AFP": channel AFP)
    channel: str | None = None
    anonymous: bool = False
    speaker_id: str | None = None
    #: "sentence" (in the claim's sentence), "previous" (the sentence before), "paragraph" (its lead)
    scope: str = "sentence"


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim(_Record):
    """A numeric claim: a quantity in its frame, with full provenance."""

    id: str
    article: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    quantity: Quantity
    counted: str | None = None
    event: str | None = None
    place: str | None = None
    time: TimeScope | None = None
    attribution: Attribution | None = None
    #: the day the figure was given ("a senior official said on Friday"), apart from ``time``,
    #: which is the period the figure covers; None when the sentence dates no telling
    reported_on: date | None = None
    #: the words that make the figure a forecast of what may come ("could reach", "expected the
    #: death toll to rise above"), not a count of what is or was; None for a count
    forecast: Span | None = None

    # The flat fields of the report.json contract, read from the quantity.
    @property
    def value(self) -> float | None:
        return self.quantity.value

    @property
    def low(self) -> float | None:
        return self.quantity.low

    @property
    def high(self) -> float | None:
        return self.quantity.high

    @property
    def hedge_class(self) -> HedgeClass:
        return self.quantity.hedge_class

    @property
    def kind(self) -> str:
        return self.quantity.kind

    def to_dict(self) -> dict[str, Any]:
        from crosscheck.extract.hedges import reported_hedge  # the lexicon imports this model

        q = self.quantity
        return {
            "id": self.id,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "value": _plain(q.value),
            "low": _plain(q.low),
            "high": _plain(q.high),
            # A vague amount has no hedge words; "vague" says how it reads.
            # said otherwise ("surpassed", "as high as", a denied "more than"), the plain words
            "hedge": reported_hedge(q.hedge, q.hedge_class) if q.hedge else ("vague" if q.hedge_class == "vague" else None),
            "hedge_class": q.hedge_class,
            "kind": q.kind,
            "unit": q.unit,
            "number": {"start": q.number_start, "end": q.number_end},
            "counted": self.counted,
            "event": self.event,
            "place": self.place,
            "time": self.time.text if self.time else None,
            "time_scope": _plain(self.time),
            "reported_on": _plain(self.reported_on),
            "forecast": _plain(self.forecast),
            "attribution": self.attribution.source if self.attribution else None,
            "attribution_detail": _plain(self.attribution),
        }


#: What an attributed passage is. "statement": someone said it, and the report lists it with its
#: speaker. The rest source information rather than report words, and the report keeps them
#: apart ("sourcing"): "according_to" (according to X, ...), "generic" (unnamed commentators in
#: general: "analysts say"), "habitual" (a standing line, not one occasion: "officials have long
#: been saying", "has previously accused") and "group" (testimony of an unnamed group of people:
#: "Afghans who crossed the border told AFP").
StatementKind = Literal["statement", "according_to", "generic", "habitual", "group"]
#: How a part belongs to its statement: "continues" (the next quote paragraph, the rest of the
#: same document: "the statement added"), "restates" (a headline, standfirst or lead giving the
#: same words again) or "full_quote" (the whole quote a partial quote was taken from).
PartRelation = Literal["continues", "restates", "full_quote"]


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementPart(_Record):
    """Another passage of one statement in the same article, with its own evidence.

    ``start``/``end`` cover the passage's content, as a statement's do; the cue and the speaker
    are as written there ("it added", "Afghan FM"), and ``id`` is the id the passage would have
    had as a statement of its own.
    """

    id: str
    start: int
    end: int
    content: str
    relation: PartRelation
    cue: str = ""
    direct: bool = False
    speaker_span: Span | None = None
    cue_span: Span | None = None
    #: True when the passage is a headline, standfirst or subhead line
    headline: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement(_Record):
    """A quote or a piece of reported speech. ``start``/``end`` cover the content.

    A statement is one thing said: the article may give it in several passages (``parts``), a
    headline that restates it, the paragraphs a quote runs on over. Its own span is the first
    passage of the article body that gives it.
    """

    id: str
    article: str
    start: int
    end: int
    content: str
    speaker: str | None
    speaker_id: str | None
    cue: str
    direct: bool
    speaker_span: Span | None = None
    cue_span: Span | None = None
    anonymous: bool = False
    #: how sure the speaker resolution is: 1.0 named in place, lower through pronouns
    confidence: float = 1.0
    sentence: str = ""
    kind: StatementKind = "statement"
    #: the other passages of this statement in the same article, in text order
    parts: tuple[StatementPart, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker(_Record):
    """One speaker across the corpus, with every way the articles name them."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    anonymous: bool = False


# --------------------------------------------------------------------------- align / judge


@dataclass(frozen=True, slots=True, kw_only=True)
class Link(_Record):
    """Why two items were put together (or nearly): the features compared and their scores."""

    a: str
    b: str
    score: float
    #: feature name -> score in [0, 1]; text similarities name their rapidfuzz scorer
    features: dict[str, float] = field(default_factory=dict)
    #: "merged" (above the upper threshold) or "possible" (between the thresholds)
    decision: str = "merged"


@dataclass(frozen=True, slots=True, kw_only=True)
class Check(_Record):
    """An internal check within one article: a breakdown that should sum, a share of a total."""

    article: str
    kind: str  # "sum" or "share"
    total: str  # claim id
    parts: tuple[str, ...]
    expected: float
    found: float
    ok: bool
    why: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Cluster(_Record):
    """Claims (or statements) that report the same thing, and what the judge makes of them."""

    id: str
    kind: Literal["claim", "statement"]
    members: tuple[str, ...]
    verdict: Verdict = "single"
    why: str = ""
    label: str = ""
    #: lowest and highest bound over the members, and the relative gap between the stated figures
    spread: dict[str, float | None] = field(default_factory=dict)
    severity: float = 0.0
    outlets: int = 0
    independent_sources: int = 0
    links: tuple[Link, ...] = ()
    #: cluster id -> "updated" (same quantity, other date) or "possible" (possibly the same)
    related: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Report(_Record):
    """Everything one run found. Every renderer takes this one object."""

    schema_version: str = SCHEMA_VERSION
    tool: str = "crosscheck"
    version: str = ""
    corpus: str = ""
    articles: tuple[Article, ...] = ()
    claims: tuple[Claim, ...] = ()
    statements: tuple[Statement, ...] = ()
    #: attributions that source information rather than report what someone said (Statement
    #: records whose ``kind`` is not "statement": "according to X", "analysts say" ...)
    sourcing: tuple[Statement, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    checks: tuple[Check, ...] = ()
    #: upstream source id -> article ids that share it (wire copy)
    sources: dict[str, tuple[str, ...]] = field(default_factory=dict)
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = ()
    #: reviews carried over from an earlier run (cluster id -> review record)
    reviews: dict[str, dict[str, Any]] = field(default_factory=dict)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)


# --------------------------------------------------------------------------- construction


class _Factory:
    """The default of a field with a default factory, as dataclasses shows it in signatures."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _slot_init(cls: type) -> Callable[..., None]:
    """The ``__init__`` dataclasses writes for a frozen record, setting each slot through its
    own descriptor instead of ``object.__setattr__(self, name, value)``: the same parameters,
    defaults and values, about twice as fast. Extraction builds some 400 records per article
    (sentences, quantities, spans, claims, statements), so that was a share of its time."""
    if hasattr(cls, "__post_init__"):
        return cls.__init__  # type: ignore[misc]
    namespace: dict[str, Any] = {"_MISSING": _FACTORY}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    for i, f in enumerate(fields(cls)):  # type: ignore[arg-type]
        if not f.init:
            return cls.__init__  # type: ignore[misc]
        namespace[f"_set{i}"] = cls.__dict__[f.name].__set__  # the slot's member descriptor
        param = f.name
        if f.default is not MISSING:
            namespace[f"_default{i}"] = f.default
            param = f"{f.name}=_default{i}"
        elif f.default_factory is not MISSING:
            namespace[f"_factory{i}"] = f.default_factory
            param = f"{f.name}=_MISSING"
            body.append(f"    if {f.name} is _MISSING:\n        {f.name} = _factory{i}()")
        (keyword if f.kw_only else positional).append(param)
        body.append(f"    _set{i}(self, {f.name})")
    params = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    exec(f"def __init__({params}):\n" + ("\n".join(body) or "    pass"), namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    return init  # type: ignore[no-any-return]


def _records(cls: type) -> list[type]:
    """Every slotted dataclass under ``cls`` (``slots=True`` makes a new class; the class it
    replaced may linger among the subclasses until collected, and is skipped)."""
    found: list[type] = []
    sub: type
    for sub in cls.__subclasses__():
        if is_dataclass(sub) and all(isinstance(sub.__dict__.get(f.name), MemberDescriptorType) for f in fields(sub)):
            found.append(sub)
        found += _records(sub)
    return found


for _cls in _records(_Record):
    _cls.__init__ = _slot_init(_cls)  # type: ignore[misc]
