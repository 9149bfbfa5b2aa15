"""A corpus generator for benchmarks: N news articles of realistic length and number density.

Articles are assembled from templates, never copied from the sample corpus: six topics
(disasters, elections, money, protests, migration, health), each with a few stories set in
different places. Outlets covering one story report the same underlying figures the way real
copy does: rounded, hedged ("nearly", "more than", "at least", "up to"), as ranges, in words,
as vague amounts, now and then with a different figure altogether. Around them: quotes,
reported speech, background sentences, datelines and page furniture (share buttons, captions,
"More from World" boxes).

Deterministic: article ``i`` of seed ``s`` depends only on ``(s, i)``, so the first 100
articles of a 10,000-article corpus are the 100-article corpus.

    python -m benchmarks.generate 1000 /tmp/corpus-1000
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

TARGET_WORDS = 800

OUTLETS = (
    "Reuters", "AFP", "Associated Press", "Dawn", "The Guardian", "Al Jazeera", "BBC News",
    "The Hindu", "Le Monde", "Deutsche Welle", "The Straits Times", "Daily Nation",
    "The Globe and Mail", "El País", "ABC News", "The Times of India", "Arab News",
    "Kyiv Independent", "The Irish Times", "Channel NewsAsia",
)
AGENCIES = ("Reuters", "AFP", "AP", "Anadolu", "Xinhua", "PTI")
FIRST = ("Amina", "Daniel", "Farid", "Grace", "Hiroshi", "Ines", "Jonas", "Kamala", "Luis",
         "Maryam", "Nikolai", "Olu", "Priya", "Rafael", "Sofia", "Tariq", "Yusuf", "Zainab")
LAST = ("Ahmadi", "Baptiste", "Chen", "Diallo", "Eriksen", "Fernandes", "Gupta", "Haddad",
        "Ivanova", "Juarez", "Khan", "Lindqvist", "Mwangi", "Nakamura", "Okafor", "Petrov")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SMALL_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
               "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
               "seventeen", "eighteen", "nineteen", "twenty")


@dataclass(frozen=True)
class Fact:
    """One figure of a story: ``{n}`` in the templates is where the number goes."""

    low: float
    high: float
    templates: tuple[str, ...]
    money: str | None = None  # currency sign when the figure is an amount of money
    percent: bool = False


@dataclass(frozen=True)
class Topic:
    name: str
    places: tuple[str, ...]
    roles: tuple[str, ...]  # who speaks: "the provincial governor", "the health minister" ...
    headlines: tuple[str, ...]
    facts: tuple[Fact, ...]
    quotes: tuple[str, ...]
    reported: tuple[str, ...]
    background: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        name="disasters",
        places=("Sindh", "Sulawesi", "Kerala", "Hatay", "Mozambique's Sofala province", "Luzon"),
        roles=("the provincial disaster management authority", "the regional governor",
               "the Red Cross", "a civil defence spokesperson", "the interior minister"),
        headlines=("Death toll rises after {event} in {place}", "Rescuers race to reach survivors in {place}",
                   "{place} counts the cost of the {event}"),
        facts=(
            Fact(40, 900, ("{n} people were killed in the {event} in {place}",
                           "the death toll from the {event} rose to {n}",
                           "{n} bodies have been recovered so far")),
            Fact(200, 5000, ("{n} people were injured", "hospitals treated {n} injured people",
                             "{n} people were hurt, many of them children")),
            Fact(5000, 400000, ("{n} people have been displaced", "{n} residents fled to relief camps",
                                "{n} families are living in temporary shelters")),
            Fact(300, 60000, ("{n} homes were destroyed or damaged", "{n} houses collapsed",
                              "{n} buildings were flattened")),
            Fact(5, 900, ("the government released {n} in emergency funds",
                          "donors pledged {n} for reconstruction"), money="$"),
        ),
        quotes=("We are still pulling people out of the rubble and we fear the toll will rise",
                "Entire villages have been cut off and our teams cannot reach them by road",
                "This is the worst {event} this region has seen in a generation",
                "We need tents, clean water and medicine more than anything else"),
        reported=("rescue operations would continue through the night",
                  "roads to the worst-hit districts remained blocked by landslides",
                  "the figures were provisional and likely to change"),
        background=("Heavy rain has hampered the rescue effort, and aftershocks continued into the evening.",
                    "The region has been hit by several deadly events in the past decade.",
                    "Aid agencies warned that disease could spread in crowded camps.",
                    "Television footage showed residents digging through debris with their hands."),
    ),
    Topic(
        name="elections",
        places=("Kenya", "Indonesia", "Poland", "Mexico", "South Africa", "Bangladesh"),
        roles=("the electoral commission", "the opposition leader", "an election observer",
               "the ruling party's campaign manager", "the chief returning officer"),
        headlines=("Turnout figures disputed as {place} counts votes", "{place} election: opposition claims lead",
                   "Observers question the count in {place}"),
        facts=(
            Fact(45, 78, ("turnout reached {n}", "{n} of registered voters cast a ballot",
                          "the commission put turnout at {n}"), percent=True),
            Fact(2_000_000, 90_000_000, ("{n} people were registered to vote",
                                         "{n} voters were on the electoral roll")),
            Fact(20_000, 300_000, ("{n} polling stations opened on time",
                                   "voting took place at {n} polling stations")),
            Fact(30, 62, ("the incumbent won {n} of the vote", "the opposition alliance took {n} of the vote"),
                 percent=True),
            Fact(100, 9000, ("{n} complaints of irregularities were filed",
                             "observers logged {n} incidents at polling stations")),
        ),
        quotes=("The people have spoken and we will respect their choice",
                "We have evidence of ballot stuffing in at least three districts",
                "The count was transparent and every party had agents in the room",
                "We will challenge these results in court"),
        reported=("the final results would be announced within a week",
                  "the vote had been largely peaceful despite isolated clashes",
                  "the opposition would not accept the result until every ballot was recounted"),
        background=("Long queues formed outside polling stations in the capital from early morning.",
                    "The campaign was dominated by the cost of living and corruption.",
                    "International observers are due to publish a preliminary report.",
                    "Several candidates withdrew in the final week of the campaign."),
    ),
    Topic(
        name="money",
        places=("Nigeria", "Argentina", "Pakistan", "Egypt", "Sri Lanka", "Ghana"),
        roles=("the finance minister", "the central bank governor", "an IMF spokesperson",
               "a senior economist at a local bank", "the budget office"),
        headlines=("{place} secures bailout as inflation bites", "{place} unveils budget amid debt fears",
                   "Lenders back {place} rescue package"),
        facts=(
            Fact(1, 30, ("the International Monetary Fund approved a loan of {n}",
                         "the rescue package is worth {n}"), money="$"),
            Fact(8, 120, ("inflation rose to {n} last month", "consumer prices climbed {n} year on year"),
                 percent=True),
            Fact(5, 400, ("the government plans to spend {n} on subsidies",
                          "the budget sets aside {n} for debt service"), money="$"),
            Fact(2, 40, ("the central bank raised its key rate to {n}", "the benchmark interest rate stands at {n}"),
                 percent=True),
            Fact(1_000, 90_000, ("{n} public sector jobs will be cut", "{n} civil servants face redundancy")),
        ),
        quotes=("These measures are painful but there is no alternative",
                "Ordinary families are paying the price for years of mismanagement",
                "We expect inflation to ease in the second half of the year",
                "The programme puts the economy back on a sustainable path"),
        reported=("the currency would be allowed to float more freely",
                  "fuel subsidies would be phased out over two years",
                  "the deal still needed the approval of the fund's board"),
        background=("The currency has lost much of its value against the dollar since January.",
                    "Bread and fuel prices have become a flashpoint for public anger.",
                    "Rating agencies have downgraded the country's debt twice this year.",
                    "Business groups welcomed the plan but warned of slow growth."),
    ),
    Topic(
        name="protests",
        places=("Nairobi", "Tbilisi", "Santiago", "Dhaka", "Belgrade", "Lima"),
        roles=("the police", "a protest organiser", "a human rights group", "the interior ministry",
               "the city's mayor"),
        headlines=("Thousands march in {place} as anger grows", "Police and protesters clash in {place}",
                   "{place} protests enter second week"),
        facts=(
            Fact(2_000, 300_000, ("{n} people joined the march", "{n} protesters gathered in the main square",
                                  "{n} people filled the avenue")),
            Fact(10, 1500, ("{n} people were arrested", "police detained {n} demonstrators")),
            Fact(1, 60, ("{n} people died in the clashes", "{n} protesters were killed")),
            Fact(20, 900, ("{n} people were wounded", "{n} officers and protesters were injured")),
        ),
        quotes=("We will stay on the streets until our demands are met",
                "The police used tear gas against peaceful families",
                "Violence will not be tolerated and those responsible will be prosecuted",
                "This movement belongs to the young people of this country"),
        reported=("the march had been peaceful until late afternoon",
                  "officers had been attacked with stones and petrol bombs",
                  "further demonstrations were planned for the weekend"),
        background=("Shops along the main avenue stayed shut for a third day.",
                    "The protests began over a proposed tax increase and widened to other grievances.",
                    "Internet access was restricted in parts of the city overnight.",
                    "Opposition parties called for talks with the government."),
    ),
    Topic(
        name="migration",
        places=("the Torkham border", "Lampedusa", "the Darien Gap", "Calais", "the Rafah crossing",
                "the Evros river"),
        roles=("the UN refugee agency", "the International Organization for Migration",
               "a border official", "the migration minister", "a charity worker"),
        headlines=("Thousands cross {place} as deportations continue", "Arrivals surge at {place}",
                   "Aid groups warn of crisis at {place}"),
        facts=(
            Fact(1_000, 900_000, ("{n} people have crossed since the start of the year",
                                  "{n} migrants arrived in the past month",
                                  "{n} Afghans have returned since the drive began")),
            Fact(50, 20_000, ("{n} people were deported last week", "authorities expelled {n} people in a single day")),
            Fact(10, 800, ("{n} people have died or gone missing on the route",
                           "{n} bodies were recovered at sea")),
            Fact(1_000, 80_000, ("{n} people are waiting in transit camps",
                                 "{n} people are stranded at the crossing")),
            Fact(1, 500, ("the European Union pledged {n} to manage arrivals",
                          "donors have provided {n} in humanitarian aid"), money="€"),
        ),
        quotes=("People arrive exhausted, hungry and with nothing but the clothes they wear",
                "We are seeing more women and children than ever before",
                "Our reception centres are at three times their capacity",
                "Returns must be voluntary, safe and dignified"),
        reported=("the numbers were expected to rise in the coming weeks",
                  "many of those returning had never lived in the country",
                  "the crossing would remain open for humanitarian cases"),
        background=("Families waited for hours in the heat with their belongings piled on carts.",
                    "The route is one of the most dangerous in the world.",
                    "Neighbouring governments have tightened border controls this year.",
                    "Aid groups have called for more funding for reception centres."),
    ),
    Topic(
        name="health",
        places=("Kinshasa", "Uttar Pradesh", "Khartoum", "Lagos", "Haiti", "Yemen"),
        roles=("the World Health Organization", "the health minister", "Médecins Sans Frontières",
               "a hospital director", "the national public health institute"),
        headlines=("Cholera outbreak spreads in {place}", "{place} races to contain outbreak",
                   "Health workers stretched as cases climb in {place}"),
        facts=(
            Fact(500, 120_000, ("{n} suspected cases have been reported", "{n} people have been infected",
                                "health authorities recorded {n} cases")),
            Fact(10, 3_000, ("{n} people have died of the disease", "the outbreak has killed {n} people")),
            Fact(10_000, 3_000_000, ("{n} people have been vaccinated", "{n} vaccine doses were delivered")),
            Fact(1, 12, ("the case fatality rate stands at {n}", "{n} of those infected have died"),
                 percent=True),
            Fact(1, 90, ("the WHO appealed for {n} to fund the response",
                         "the ministry has spent {n} on treatment centres"), money="$"),
        ),
        quotes=("The next two weeks will decide whether we contain this outbreak",
                "Our clinics are full and patients are lying on the floor",
                "Clean water is the only lasting answer to this disease",
                "The vaccination campaign is reaching the most remote villages"),
        reported=("new cases had started to slow in the capital",
                  "testing capacity remained limited outside the main cities",
                  "the true number of cases was probably much higher"),
        background=("The rainy season has overwhelmed sanitation systems in poor districts.",
                    "Health workers have not been paid for several months.",
                    "Treatment centres have been set up in schools and churches.",
                    "The outbreak is the largest the country has recorded in a decade."),
    ),
)

EVENTS = {"disasters": ("earthquake", "floods", "cyclone", "landslide")}
SPEECH_CUES = ("said", "told reporters", "said in a statement", "added", "warned", "told {agency}")
REPORTED_CUES = ("said", "told {agency}", "said on {weekday}", "told a news conference",
                 "said in a statement")
GENERIC = (
    "The government has not responded to requests for comment.",
    "It was not immediately possible to verify the figures independently.",
    "Officials are expected to give an update later in the week.",
    "The situation remains fluid and numbers may be revised.",
    "Local media reported similar figures, citing officials.",
    "Residents described scenes of confusion and fear.",
    "The announcement came after days of mounting pressure.",
    "Critics say the authorities were slow to respond.",
)
FURNITURE_TOP = ("Home > World > {section}", "Share Tweet Email", "icon-facebook icon-twitter icon-whatsapp")
FURNITURE_MID = ("Advertisement", "Photo: {agency}/{name}", "Read more", "{agency}/{name}/File Photo")
FURNITURE_END = ("More from World", "Follow us on our WhatsApp Channel", "Most read",
                 "Leave a comment", "Related stories")


@dataclass(frozen=True)
class GeneratedArticle:
    file: str
    text: str
    outlet: str
    published: date
    topic: str

    def meta(self) -> dict[str, str]:
        return {"file": self.file, "outlet": self.outlet, "published": self.published.isoformat()}


# --------------------------------------------------------------------------- figures


def _round_to(value: float, rng: random.Random) -> float:
    """Round as copy does: to 2-3 significant figures, or not at all."""
    if value < 25 or rng.random() < 0.3:
        return float(round(value))
    digits = len(str(int(value)))
    keep = rng.choice((2, 2, 3))
    step = 10 ** max(0, digits - keep)
    return float(round(value / step) * step)


def _words(value: float) -> str | None:
    n = int(value)
    if n == value and 0 <= n <= 20:
        return SMALL_WORDS[n]
    return None


def _number(value: float, rng: random.Random) -> str:
    """A number as an outlet writes it: 12,400 / 1.2 million / 1.2m / seven / 3,000."""
    if value >= 1_000_000 and rng.random() < 0.75:
        scaled = value / 1_000_000
        text = f"{scaled:.1f}".rstrip("0").rstrip(".")
        return text + rng.choice((" million", " million", "m"))
    words = _words(value)
    if words and rng.random() < 0.6:
        return words
    return f"{int(value):,}" if value == int(value) else f"{value:,.1f}"


def _money(value: float, sign: str, rng: random.Random) -> str:
    """Money facts are in millions (low..high) unless above 1,000, then billions."""
    if value >= 1000:
        amount = f"{value / 1000:.1f}".rstrip("0").rstrip(".")
        return f"{sign}{amount}" + rng.choice((" billion", "bn"))
    return f"{sign}{int(value)}" + rng.choice((" million", "m", " million"))


def _percent(value: float, rng: random.Random) -> str:
    shown = f"{value:.1f}".rstrip("0").rstrip(".")
    return shown + rng.choice(("%", " per cent", " percent"))


def render_figure(fact: Fact, truth: float, rng: random.Random) -> str:
    """One outlet's way of giving a figure: hedged, rounded, ranged, vague or simply different."""
    roll = rng.random()
    if roll < 0.08:  # a different figure altogether: the conflicts crosscheck exists to find
        truth *= rng.choice((0.6, 0.75, 1.3, 1.6))
    value = _round_to(truth, rng) if not fact.percent else round(truth, rng.choice((0, 1)))

    def show(v: float) -> str:
        if fact.money:
            return _money(v, fact.money, rng)
        if fact.percent:
            return _percent(v, rng)
        return _number(v, rng)

    style = rng.random()
    if style < 0.35:
        return show(value)
    if style < 0.75:
        hedge = rng.choice(("more than", "nearly", "about", "around", "at least", "almost",
                            "over", "up to", "roughly", "some", "fewer than", "an estimated"))
        return f"{hedge} {show(value)}"
    if style < 0.88 and value >= 10:
        low = _round_to(value * rng.uniform(0.8, 0.95), rng)
        high = _round_to(value * rng.uniform(1.02, 1.2), rng)
        if low < high:
            return rng.choice(("between {a} and {b}", "{a} to {b}")).format(a=show(low), b=show(high))
    if not fact.money and not fact.percent and value >= 1000 and rng.random() < 0.5:
        return rng.choice(("thousands of", "tens of thousands of", "hundreds of")) if value < 1e6 else "millions of"
    return show(value)


# --------------------------------------------------------------------------- articles


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _speaker(topic: Topic, rng: random.Random, opening: bool = True) -> str:
    """A named spokesperson (with the appositive's closing comma) or a bare role."""
    role = rng.choice(topic.roles)
    if rng.random() < 0.6:
        return f"{_person(rng)}, a spokesperson for {role},"
    return role[0].upper() + role[1:] if opening else role


def _fill(template: str, ctx: dict[str, str], rng: random.Random) -> str:
    return template.format(agency=rng.choice(AGENCIES), weekday=rng.choice(WEEKDAYS), **ctx)


def _sentence(topic: Topic, story: dict[str, float], ctx: dict[str, str], rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.42:  # a figure, often attributed
        index = rng.randrange(len(topic.facts))
        fact = topic.facts[index]
        figure = render_figure(fact, story[f"fact{index}"], rng)
        clause = _fill(rng.choice(fact.templates), {**ctx, "n": figure}, rng)
        when = rng.choice(("", "", f" on {rng.choice(WEEKDAYS)}", " since the start of the month",
                           " in the past week", " by the end of last month"))
        source = rng.random()
        if source < 0.35:
            return f"{clause[0].upper()}{clause[1:]}{when}, according to {rng.choice(topic.roles)}."
        if source < 0.6:
            cue = _fill(rng.choice(REPORTED_CUES), ctx, rng)
            return f"{_speaker(topic, rng)} {cue} that {clause}{when}."
        return f"{clause[0].upper()}{clause[1:]}{when}."
    if kind < 0.56:  # a direct quote
        quote = _fill(rng.choice(topic.quotes), ctx, rng)
        cue = _fill(rng.choice(SPEECH_CUES), ctx, rng)
        if rng.random() < 0.5:
            return f"“{quote},” {_speaker(topic, rng, opening=False)} {cue}."
        return f"{_speaker(topic, rng)} {cue}: “{quote}.”"
    if kind < 0.66:  # reported speech
        cue = _fill(rng.choice(REPORTED_CUES), ctx, rng)
        return f"{_speaker(topic, rng)} {cue} that {_fill(rng.choice(topic.reported), ctx, rng)}."
    if kind < 0.88:
        return _fill(rng.choice(topic.background), ctx, rng)
    return rng.choice(GENERIC)


def _story(topic: Topic, story_index: int, seed: int) -> tuple[dict[str, float], dict[str, str]]:
    """The underlying truth of one story: the same for every outlet covering it."""
    rng = random.Random(f"{seed}:{topic.name}:{story_index}")
    truth = {f"fact{i}": rng.uniform(f.low, f.high) for i, f in enumerate(topic.facts)}
    ctx = {"place": topic.places[story_index % len(topic.places)],
           "event": rng.choice(EVENTS.get(topic.name, ("crisis",)))}
    return truth, ctx


def generate_article(
    index: int, seed: int = 0, stories_per_topic: int = 3, words: int = TARGET_WORDS
) -> GeneratedArticle:
    """Article ``index`` of the corpus ``seed``: about ``words`` words, one story, one outlet."""
    rng = random.Random(f"{seed}:article:{index}")
    topic = TOPICS[rng.randrange(len(TOPICS))]
    story_index = rng.randrange(stories_per_topic)
    truth, ctx = _story(topic, story_index, seed)
    outlet = rng.choice(OUTLETS)
    published = date(2025, 3, 1) + timedelta(days=story_index * 20 + rng.randrange(14))
    target = int(words * rng.uniform(0.85, 1.15))

    lines: list[str] = []
    if rng.random() < 0.5:
        lines.append(rng.choice(FURNITURE_TOP).format(section=topic.name.title()))
    lines.append(_fill(rng.choice(topic.headlines), ctx, rng))
    dateline = f"{ctx['place'].upper().split(',')[0]}, {published.strftime('%B')} {published.day} ({rng.choice(AGENCIES)}) - "
    words = 0
    first = True
    while words < target:
        paragraph = " ".join(_sentence(topic, truth, ctx, rng) for _ in range(rng.randint(1, 4)))
        if first:
            paragraph = dateline + paragraph
            first = False
        lines.append(paragraph)
        words += len(paragraph.split())
        if rng.random() < 0.06:
            lines.append(_fill(rng.choice(FURNITURE_MID), {"name": _person(rng)}, rng))
    if rng.random() < 0.3:
        lines.append(f"(With inputs from {rng.choice(AGENCIES)})")
    if rng.random() < 0.6:
        lines.append(rng.choice(FURNITURE_END))
        lines.extend(_fill(rng.choice(t.headlines), _story(t, 0, seed + 1)[1], rng) for t in rng.sample(TOPICS, 2))
    text = "\n\n".join(lines) + "\n"
    file = f"{index:06d}_{topic.name}_{outlet.lower().replace(' ', '-').replace('í', 'i')}.txt"
    return GeneratedArticle(file=file, text=text, outlet=outlet, published=published, topic=topic.name)


def generate(n: int, seed: int = 0, words: int = TARGET_WORDS) -> list[GeneratedArticle]:
    return [generate_article(i, seed, words=words) for i in range(n)]


def write_corpus(folder: Path, n: int, seed: int = 0, words: int = TARGET_WORDS) -> list[GeneratedArticle]:
    """Write ``n`` articles and their ``meta.jsonl`` sidecar into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    articles = generate(n, seed, words)
    for article in articles:
        (folder / article.file).write_text(article.text, encoding="utf-8")
    with (folder / "meta.jsonl").open("w", encoding="utf-8") as meta:
        for article in articles:
            meta.write(json.dumps(article.meta()) + "\n")
    return articles


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m benchmarks.generate N FOLDER")
    write_corpus(Path(sys.argv[2]), int(sys.argv[1]))
