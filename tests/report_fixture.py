"""A realistic Report built by hand, so report tests do not depend on extraction quality.

Five articles about one story (one of them hostile), numeric claims in clusters of every verdict,
an "updated" and a "possibly the same" link, furniture, a failed internal check, and statements
quoted differently by two outlets. Offsets are computed from the text, so spans always hold.
"""

from __future__ import annotations

import hashlib
from datetime import date

from crosscheck.model import (
    Article,
    Attribution,
    Check,
    Claim,
    Cluster,
    Quantity,
    Report,
    Span,
    Speaker,
    Statement,
    TimeScope,
)

DAWN = (
    "Over 80,000 Afghans return from Pakistan\n\n"
    "Share on Facebook | Share on X\n\n"
    "ISLAMABAD: More than 80,000 Afghan nationals have returned from Pakistan since April 1, "
    "the Interior Ministry said on Monday.\n\n"
    "\"We are facilitating a dignified return,\" said Talal Chaudhry, the minister of state for interior.\n\n"
    "Officials said 2,000 people crossed at Torkham on Sunday alone.\n\n"
    "Photo: AFP | More from World"
)
AFP = (
    "Pakistan deports tens of thousands of Afghans\n\n"
    "KABUL (AFP) - Nearly 85,000 Afghans have returned from Pakistan since the start of April, "
    "according to the UN refugee agency UNHCR.\n\n"
    "\"We are facilitating a safe and dignified return,\" Talal Chaudhry told AFP.\n\n"
    "About 2,000 people crossed at Torkham on Sunday, the Taliban government said.\n\n"
    "Of the returnees, 30,000 were children and 20,000 were women."
)
TOLO = (
    "Returnees face hardship at Torkham\n\n"
    "Taliban officials said 120,000 Afghans had returned from Pakistan since April 1, "
    "a figure far higher than UN estimates.\n\n"
    "Up to 3,500 families are waiting at the Torkham crossing, officials said.\n\n"
    "Mullah Abdul Kabir said: \"Pakistan must stop the forced deportations.\""
)
ARAB = (
    "Afghans leave Pakistan ahead of deadline\n\n"
    "On April 21, Pakistani officials said 95,000 Afghans had left since the start of the month.\n\n"
    "Abdul Kabir said Pakistan should stop the deportations now."
)
#: Everything an article can carry against a report: markup, template syntax, rich markup,
#: right-to-left override, emoji and a javascript: URL as its address.
HOSTILE = (
    "<script>window.__pwned = 1; alert('pwned')</script> Breaking {{ 7*7 }} [bold]news[/bold]\n\n"
    "<img src=x onerror=\"window.__pwned = 1\"> Officials said 5,000 \u202eseilimaf\u202c "
    "crossed today 🚨 <a href=\"javascript:alert(1)\">see</a> | pipe\n"
)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _article(aid: str, text: str, outlet: str, day: int | None, url: str | None, furniture: tuple[str, ...] = ()) -> Article:
    spans = tuple(Span(start=text.index(f), end=text.index(f) + len(f), text=f) for f in furniture)
    return Article(
        id=aid,
        file=f"{aid}.txt",
        text=text,
        outlet=outlet,
        published=date(2025, 4, day) if day else None,
        title=text.split("\n", 1)[0],
        url=url,
        furniture=spans,
        content_hash=_hash(text),
    )


def _claim(
    article: Article,
    phrase: str,
    number: str,
    value: float | None,
    low: float | None,
    high: float | None,
    hedge: str | None = None,
    hedge_class: str = "exact",
    source: str | None = None,
    time: str | None = None,
) -> Claim:
    text = article.text
    start = text.index(phrase)
    end = start + len(phrase)
    sentence_start = max(text.rfind("\n", 0, start) + 1, 0)
    sentence_end = text.find("\n", end)
    sentence_end = len(text) if sentence_end < 0 else sentence_end
    number_start = text.index(number, start)
    quantity = Quantity(
        start=start, end=end, text=phrase, value=value, low=low, high=high, hedge=hedge,
        hedge_class=hedge_class,  # type: ignore[arg-type]
        number_start=number_start, number_end=number_start + len(number),
    )
    return Claim(
        id=f"{article.id}:{start}-{end}",
        article=article.id,
        start=start,
        end=end,
        text=phrase,
        sentence=text[sentence_start:sentence_end],
        sentence_start=sentence_start,
        quantity=quantity,
        counted="Afghans returned",
        event="return",
        place="Pakistan",
        time=TimeScope(text=time) if time else None,
        attribution=Attribution(source=source) if source else None,
    )


def _statement(article: Article, content: str, speaker: str, speaker_id: str, cue: str, direct: bool) -> Statement:
    start = article.text.index(content)
    return Statement(
        id=f"{article.id}:s{start}",
        article=article.id,
        start=start,
        end=start + len(content),
        content=content,
        speaker=speaker,
        speaker_id=speaker_id,
        cue=cue,
        direct=direct,
    )


def build_report() -> Report:
    dawn = _article("dawn", DAWN, "Dawn", 8, "https://www.dawn.com/news/1903000", ("Share on Facebook | Share on X", "Photo: AFP | More from World"))
    afp = _article("afp", AFP, "AFP", 8, "https://www.afp.com/en/news/afghans-return")
    tolo = _article("tolo", TOLO, "TOLOnews", 9, None)
    arab = _article("arabnews", ARAB, "Arab News", 21, "http://www.arabnews.com/node/2597000")
    hostile = _article("hostile", HOSTILE, "<b>Evil</b> Times [red]x[/red]", None, "javascript:alert(1)")

    returned = [
        _claim(dawn, "More than 80,000 Afghan nationals", "80,000", 80000, 80000, None, "More than", "more", "Interior Ministry", "since April 1"),
        _claim(afp, "Nearly 85,000 Afghans", "85,000", 85000, 76500, 85000, "Nearly", "less", "UNHCR", "since the start of April"),
        _claim(tolo, "120,000 Afghans", "120,000", 120000, 120000, 120000, None, "exact", "Taliban officials", "since April 1"),
    ]
    later = _claim(arab, "95,000 Afghans", "95,000", 95000, 95000, 95000, None, "exact", "Pakistani officials", "On April 21")
    torkham = [
        _claim(dawn, "2,000 people", "2,000", 2000, 2000, 2000, None, "exact", "Officials", "on Sunday"),
        _claim(afp, "About 2,000 people", "2,000", 2000, 1800, 2200, "About", "approx", "the Taliban government", "on Sunday"),
    ]
    children = _claim(afp, "30,000 were children", "30,000", 30000, 30000, 30000)
    women = _claim(afp, "20,000 were women", "20,000", 20000, 20000, 20000)
    families = _claim(tolo, "Up to 3,500 families", "3,500", 3500, None, 3500, "Up to", "upto", "officials")
    hostile_claim = _claim(hostile, "5,000 \u202eseilimaf\u202c", "5,000", 5000, 5000, 5000, None, "exact", "<script>x</script>")
    claims = sorted([*returned, later, *torkham, children, women, families, hostile_claim], key=lambda c: (c.article, c.start))

    chaudhry = [
        _statement(dawn, "We are facilitating a dignified return", "Talal Chaudhry", "sp-chaudhry", "said", True),
        _statement(afp, "We are facilitating a safe and dignified return", "Talal Chaudhry", "sp-chaudhry", "told", True),
    ]
    kabir = [
        _statement(tolo, "Pakistan must stop the forced deportations.", "Mullah Abdul Kabir", "sp-kabir", "said", True),
        _statement(arab, "Pakistan should stop the deportations now.", "Abdul Kabir", "sp-kabir", "said", False),
    ]
    statements = sorted([*chaudhry, *kabir], key=lambda s: (s.article, s.start))

    def ids(items: list) -> tuple[str, ...]:  # type: ignore[type-arg]
        return tuple(i.id for i in items)

    clusters = (
        Cluster(
            id="c-returned", kind="claim", members=ids(returned), verdict="conflict",
            label="Afghans returned from Pakistan since April 1",
            why="120,000 (Taliban officials) lies outside every other interval: 80,000+ and up to 85,000.",
            spread={"low": 76500, "high": None, "gap": 0.5}, severity=0.5, outlets=3, independent_sources=3,
            related={"c-later": "updated", "c-families": "possible"},
        ),
        Cluster(
            id="c-torkham", kind="claim", members=ids(torkham), verdict="compatible",
            label="People crossing at Torkham on Sunday",
            why="2,000 lies inside about 2,000 (1,800 to 2,200).", outlets=2, independent_sources=2,
        ),
        Cluster(id="c-later", kind="claim", members=ids([later]), verdict="single", label="Afghans who left by April 21",
                why="one report", outlets=1, independent_sources=1, related={"c-returned": "updated"}),
        Cluster(id="c-families", kind="claim", members=ids([families]), verdict="single", label="Families waiting at Torkham",
                why="one report", outlets=1, independent_sources=1, related={"c-returned": "possible"}),
        Cluster(id="c-children", kind="claim", members=ids([children]), verdict="single", label="Children among returnees", why="one report", outlets=1),
        Cluster(id="c-women", kind="claim", members=ids([women]), verdict="single", label="Women among returnees", why="one report", outlets=1),
        Cluster(
            id="c-hostile", kind="claim", members=ids([hostile_claim]), verdict="agree",
            label="<img src=x onerror=\"window.__pwned=1\"> {{ 7*7 }} [bold]families[/bold]",
            why="<script>window.__pwned=1</script> agrees", outlets=1,
        ),
        Cluster(id="q-chaudhry", kind="statement", members=ids(chaudhry), verdict="compatible", label="Talal Chaudhry",
                why="2 versions from 2 articles (Talal Chaudhry): paraphrased, lowest content similarity 84%", outlets=2),
        Cluster(id="q-kabir", kind="statement", members=ids(kabir), verdict="compatible", label="Abdul Kabir",
                why="2 versions from 2 articles (Abdul Kabir): paraphrased, lowest content similarity 61%", outlets=2),
    )
    return Report(
        version="0.1.0",
        corpus="afghan-returns-fixture",
        articles=(dawn, afp, tolo, arab, hostile),
        claims=tuple(claims),
        statements=tuple(statements),
        speakers=(
            Speaker(id="sp-chaudhry", name="Talal Chaudhry"),
            Speaker(id="sp-kabir", name="Abdul Kabir", aliases=("Mullah Abdul Kabir",)),
        ),
        clusters=clusters,
        checks=(
            Check(article="afp", kind="sum", total=returned[1].id, parts=(children.id, women.id), expected=85000,
                  found=50000, ok=False, why="children and women (50,000) are 35,000 short of 85,000; men not given"),
        ),
        sources={"src-dawn": ("dawn",), "src-afp": ("afp",), "src-tolo": ("tolo",), "src-arab": ("arabnews",)},
    )


def build_large_report(clusters: int, members: int) -> Report:
    """The fixture grown to ``clusters`` more conflicts of ``members`` reports each.

    Each new cluster repeats the three "returned" figures (80,000+, nearly 85,000, 120,000) over
    and over, with the outlier last, so a view that keeps only the first rows would lose it.
    Claims are copies with their own ids; offsets still hold in their articles.
    """
    from dataclasses import replace

    base = build_report()
    returned = [c for c in base.claims if c.id in next(cl for cl in base.clusters if cl.id == "c-returned").members]
    common = [c for c in returned if c.value != 120000]
    outlier = next(c for c in returned if c.value == 120000)
    claims, grown = list(base.claims), []
    for n in range(clusters):
        copies = [replace(common[k % len(common)], id=f"big{n}-{k}") for k in range(members - 1)]
        copies.append(replace(outlier, id=f"big{n}-{members - 1}"))
        claims.extend(copies)
        grown.append(
            Cluster(
                id=f"c-big{n}", kind="claim", members=tuple(c.id for c in copies), verdict="conflict",
                label=f"Big cluster {n}", why=f"big cluster {n} disagrees", severity=0.1, outlets=3,
            )
        )
    claims.sort(key=lambda c: (c.article, c.start, c.id))
    return replace(base, claims=tuple(claims), clusters=(*base.clusters, *grown))
