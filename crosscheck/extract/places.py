"""Which country a place name is in, from ISO 3166 (pycountry): countries, and subdivisions
whose name belongs to one country only ("Aceh", "Sindh"; not "Punjab", which two countries have).

Used by alignment to tell "162 died in Thailand" from "170 died in Sri Lanka" without a
gazetteer of cities: a name it does not know (a city, a district, a region) says nothing.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache


@cache
def _countries() -> dict[str, str]:
    import pycountry  # loaded on first use: the tables take a few tens of milliseconds

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[value.casefold()] = c.alpha_2
    owners: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        owners.setdefault(s.name.casefold(), set()).add(s.country_code)
    for name, codes in owners.items():
        if len(codes) == 1 and name not in names:
            names[name] = next(iter(codes))
    # the short forms news copy writes for a few countries ("the US", "the UK"; dots are
    # dropped before the look-up); not every ISO code, which would read "IT" or "IN" as a country
    for short, code in (("us", "US"), ("usa", "US"), ("uk", "GB"), ("uae", "AE"), ("drc", "CD")):
        names.setdefault(short, code)
    return names


_PARTS = re.compile(r",\s*|\s+and\s+|\s*&\s*")
_LEADING = re.compile(r"^(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?|central|northeastern|northwestern|"
                      r"southeastern|southwestern)\s+", re.I)


@lru_cache(maxsize=65536)
def country_of(place: str | None) -> str | None:
    """The ISO code of the one country ``place`` names or lies in; None when unknown or several.

    >>> country_of("southern Thailand"), country_of("Aceh"), country_of("Thailand and Laos")
    ('TH', 'ID', None)
    """
    if not place:
        return None
    names = _countries()
    codes = set()
    for part in _PARTS.split(place.strip()):
        whole = part.strip().casefold().replace(".", "")  # "U.S." is "US"
        part = _LEADING.sub("", part.strip()).casefold().replace(".", "")
        if not part:
            continue
        # "South Africa", "North Korea": a compass word that is part of the name
        code = names.get(whole) or names.get(whole.removeprefix("the ")) or names.get(part) \
            or names.get(part.removeprefix("the "))
        if code is None:
            return None
        codes.add(code)
    return codes.pop() if len(codes) == 1 else None


@cache
def _country_names() -> frozenset[str]:
    import pycountry

    own = {getattr(c, attr).casefold() for c in pycountry.countries
           for attr in ("name", "common_name", "official_name") if getattr(c, attr, None)}
    return frozenset(own | {"us", "usa", "uk", "uae", "drc"})


@lru_cache(maxsize=65536)
def is_country(place: str | None) -> bool:
    """``place`` names a whole country ("South Africa", "the US"), not a region in one ("Aceh").

    >>> is_country("the U.S."), is_country("Aceh"), is_country("South Africa")
    (True, False, True)
    """
    if not place:
        return False
    name = place.strip().casefold().replace(".", "")
    return name in _country_names() or name.removeprefix("the ") in _country_names()
