"""Reading a made-up text's statements in a test, as the pipeline reads an article's."""

from __future__ import annotations

from crosscheck.extract.speech import find_statements
from crosscheck.model import Article, Statement
from crosscheck.text import segment


def statements(text: str, article_id: str = "t") -> list[Statement]:
    article = Article(id=article_id, file=f"{article_id}.txt", text=text)
    return find_statements(article, segment(article))


def said(text: str) -> list[tuple[str, str, bool]]:
    """Each statement as (speaker, content, direct)."""
    return [(s.speaker, s.content, s.direct) for s in statements(text)]
