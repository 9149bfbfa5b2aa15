"""The benchmark corpus generator: deterministic for a seed, articles of about 800 words, varied."""

from __future__ import annotations

import re
import statistics

from benchmarks.generate import TOPICS, generate, generate_article


def test_same_seed_same_corpus_and_prefix_stable() -> None:
    assert generate(30, seed=1) == generate(30, seed=1)
    assert generate(10, seed=1) == generate(30, seed=1)[:10]
    assert generate(10, seed=1) != generate(10, seed=2)


def test_articles_are_about_800_words() -> None:
    lengths = [len(a.text.split()) for a in generate(60)]
    assert 700 <= statistics.mean(lengths) <= 900
    assert min(lengths) >= 550 and max(lengths) <= 1100


def test_articles_vary_in_topic_outlet_date_and_wording() -> None:
    articles = generate(120)
    assert {a.topic for a in articles} == {t.name for t in TOPICS}
    assert len({a.outlet for a in articles}) >= 10
    assert len({a.published for a in articles}) >= 20
    assert len({a.text for a in articles}) == len(articles)
    # No article is mostly another one: few shared sentences between two of one story.
    first, second = (set(re.split(r"(?<=[.”])\s+", a.text)) for a in articles[:2])
    assert len(first & second) < 0.5 * min(len(first), len(second))


def test_articles_carry_figures_hedges_speech_and_furniture() -> None:
    text = "\n".join(a.text for a in generate(40))
    words = len(text.split())
    figures = len(re.findall(r"\d[\d,.]*", text))
    assert 20 <= 1000 * figures / words <= 80  # figures per 1,000 words, as in wire copy
    for marker in ("more than", "nearly", "at least", "between", "“", "told", "according to",
                   "Share Tweet Email", "More from World", "(With inputs from"):
        assert marker in text, marker


def test_one_article_is_one_story() -> None:
    article = generate_article(5, seed=9)
    assert article.file.startswith("000005_")
    assert article.meta()["published"] == article.published.isoformat()
