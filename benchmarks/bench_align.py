"""Time alignment and judging on synthetic claims: ``python benchmarks/bench_align.py [N]``.

Generates N claims (100,000 by default) across many stories of different kinds (disasters,
elections, money, migration, health), each story a few hundred articles from a pool of outlets,
with realistic variety: counted nouns and event verbs drawn from per-topic vocabularies, places,
time scopes, hedges, sources, and figures that are reported, re-reported with other hedges and
updated over days. Prints the claim count, the seconds taken by ``align_claims`` and by
``judge_claims`` (wall clock, then CPU time of all threads), the clusters made and the peak
memory. Pins itself to 2 cores where it can.
"""

from __future__ import annotations

import os
import random
import resource
import sys
import time
from datetime import date, timedelta

from crosscheck.align import align_claims
from crosscheck.judge import judge_claims
from crosscheck.model import Article, Attribution, Claim, Quantity, TimeScope
from crosscheck.settings import DEFAULT
from crosscheck.sources import source_map

TOPICS = {
    "disaster": (["people", "residents", "children", "homes", "buildings", "schools"],
                 ["killed", "injured", "displaced", "missing", "evacuated", "destroyed"]),
    "election": (["votes", "ballots", "voters", "seats", "polling stations", "candidates"],
                 ["cast", "counted", "won", "registered", "rejected", "contested"]),
    "money": (["dollars", "euros", "jobs", "loans", "contracts", "shares"],
              ["pledged", "spent", "allocated", "cut", "raised", "paid"]),
    "migration": (["refugees", "migrants", "asylum seekers", "families", "nationals"],
                  ["returned", "deported", "crossed", "registered", "hosted", "arrested"]),
    "health": (["cases", "patients", "doses", "hospital beds", "deaths"],
               ["confirmed", "treated", "administered", "recorded", "reported"]),
}
_SYLLABLES = ["ka", "bul", "her", "at", "la", "gos", "dha", "syl", "li", "ma", "cus", "co", "ni",
              "ro", "bi", "qui", "to", "der", "na", "ben", "gha", "zi", "mo", "sa", "pe", "shaw"]
#: 3,000 made-up place names: a story happens in a few of them, as real ones do
PLACES = sorted({"".join(random.Random(i).sample(_SYLLABLES, 3)).title() for i in range(3000)})
HEDGES = [(None, "exact"), ("more than", "more"), ("nearly", "less"), ("around", "approx"),
          ("up to", "upto"), ("at least", "atleast")]
SOURCES = [None, None, "officials", "the ministry", "the United Nations", "Red Cross", "police"]
OUTLETS = [f"Outlet {i}" for i in range(400)]


def _quantity(rng: random.Random, base: float, start: int) -> Quantity:
    hedge, cls = rng.choice(HEDGES)
    value = float(round(base * rng.uniform(0.85, 1.15), -max(0, len(str(int(base))) - 3)))
    low, high = {
        "exact": (value, value), "more": (value, value * 1.1), "less": (value * 0.9, value),
        "approx": (value * 0.95, value * 1.05), "upto": (0.0, value), "atleast": (value, value * 1.1),
    }[cls]
    text = f"{hedge + ' ' if hedge else ''}{value:,.0f}"
    return Quantity(start=start, end=start + len(text), text=text, value=value, low=low, high=high,
                    hedge=hedge, hedge_class=cls)  # type: ignore[arg-type]


def generate(n: int, seed: int = 7) -> tuple[list[Claim], list[Article]]:
    rng = random.Random(seed)
    claims: list[Claim] = []
    articles: list[Article] = []
    story = 0
    while len(claims) < n:
        story += 1
        topic = rng.choice(list(TOPICS))
        nouns, verbs = TOPICS[topic]
        day0 = date(2024, 1, 1) + timedelta(days=rng.randrange(500))
        # the quantities this story reports: each a frame with a base figure
        places = rng.sample(PLACES, rng.randint(1, 4))
        frames = [(rng.choice(nouns), rng.choice(verbs), rng.choice(places), 10 ** rng.uniform(1, 7))
                  for _ in range(rng.randint(5, 25))]
        for a in range(rng.randint(20, 300)):
            published = day0 + timedelta(days=rng.randrange(10))
            art_id = f"s{story}-a{a}"
            articles.append(Article(id=art_id, file=art_id + ".txt", text="", outlet=rng.choice(OUTLETS),
                                    published=published))
            for k in range(rng.randint(1, 8)):
                noun, verb, place, base = rng.choice(frames)
                start = k * 400
                q = _quantity(rng, base * (1 + 0.1 * (published - day0).days * rng.random()), start)
                text = f"{q.text} {noun}"
                sentence = f"In {place}, {text} were {verb} this week, {rng.choice(['officials', 'aid groups', 'reports'])} said."
                local = sentence.index(text)
                source = rng.choice(SOURCES)
                claims.append(Claim(
                    id=f"{art_id}:{start + local}", article=art_id, start=start + local,
                    end=start + local + len(text), text=text, sentence=sentence, sentence_start=start,
                    quantity=q, counted=noun, event=verb, place=place,
                    time=TimeScope(text="this week", date_from=published - timedelta(days=6),
                                   date_to=published, resolved=True) if rng.random() < 0.8 else None,
                    attribution=Attribution(source=source) if source else None,
                ))
                if len(claims) >= n:
                    return claims, articles
    return claims, articles


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:2]))
    claims, articles = generate(n)
    settings = DEFAULT.but(jobs=0)  # as the CLI runs by default: text similarities on every core
    t0, c0 = time.perf_counter(), time.process_time()
    alignment = align_claims(claims, articles, settings)
    t1, c1 = time.perf_counter(), time.process_time()
    clusters = judge_claims(alignment.groups, claims, articles, source_map(articles), settings)
    t2, c2 = time.perf_counter(), time.process_time()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    multi = sum(1 for c in clusters if len(c.members) > 1)
    print(f"{len(claims):,} claims, {len(articles):,} articles: align {t1 - t0:.1f} s, "
          f"judge {t2 - t1:.1f} s, total {t2 - t0:.1f} s; {len(clusters):,} clusters "
          f"({multi:,} with 2+ members), {len(alignment.table):,} links; peak memory {peak_mb:,.0f} MB; "
          f"CPU time align {c1 - c0:.1f} s, judge {c2 - c1:.1f} s (on a shared machine, compare these)")


if __name__ == "__main__":
    main()
