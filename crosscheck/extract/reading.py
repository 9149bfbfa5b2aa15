"""A quantity being read: the mutable record the number grammar (``numbers``) fills in and the
"not a quantity" rules (``filters``) inspect. Its own module so neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.extract.amounts import Number
from crosscheck.model import HedgeClass


@dataclass(slots=True)
class Reading:
    """A quantity being assembled; turned into a frozen Quantity at the end."""

    first: int
    after: int
    number: Number
    value: float | None
    low: float | None = None
    high: float | None = None
    hedge_first: int = -1
    hedge_after: int = -1
    hedge_class: HedgeClass = "exact"
    kind: str = "count"
    unit: str | None = None
    is_range: bool = False
    number_after: int = -1
    negative: bool = False
    #: the stated error of a measurement ("9.83 ± 0.01"): the interval is value ± it
    uncertainty: float | None = None
    #: value, low and high are final (a date, year or clock time): no hedge interval applies
    fixed: bool = False
