"""Every knob of a run, in one frozen dataclass, with why each default is what it is."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    #: Claims whose link score reaches this are merged into one cluster.
    merge_threshold: float = 0.62
    #: Between this and merge_threshold a pair is shown as "possibly the same", not merged
    #: (two thresholds, as Meedan Check does for claim matching).
    possible_threshold: float = 0.45
    #: Statements: same speaker and content similarity (rapidfuzz token_set_ratio / 100) above this.
    statement_threshold: float = 0.5
    #: Statements of one speaker or one side between this and statement_threshold, or that only
    #: their kinds of act keep apart, are shown as "possibly the same", not merged.
    statement_possible_threshold: float = 0.35
    #: Figures within this relative gap with exact wording still "agree" (rounding in copy).
    agree_tolerance: float = 0.005
    #: Articles larger than this (characters) are cut to it, with a warning.
    max_article_chars: int = 2_000_000
    #: Worker processes for extraction; 0 means one per core.
    jobs: int = 1

    def but(self, **changes: object) -> Settings:
        """A copy with some knobs changed (frozen dataclasses have no setters)."""
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT = Settings()
