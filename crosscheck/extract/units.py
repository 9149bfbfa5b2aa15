"""Currencies, units of measure and of time: what may stand before or after a number.

Keys are lower case. A unit maps to (unit name, kind); kind is one of "money", "measure",
"duration", "percent". Single letters that are ordinary English words ("a", "i") or too
ambiguous on their own are left out, or accepted only when glued to the digits ("10kg", "5m").
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.extract.tokens import Token, touching

#: currency symbols and codes written before the number ("$1.2bn", "Rs 50 crore", "EUR 3m")
CURRENCY_PREFIX: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR",
    "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "inr": "INR",
    "rs": "INR", "rs.": "INR", "pkr": "PKR", "afn": "AFN", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "c$": "CAD", "cad": "CAD", "chf": "CHF", "hk$": "HKD", "hkd": "HKD", "nz$": "NZD",
    "nzd": "NZD", "r$": "BRL", "brl": "BRL", "zar": "ZAR", "ngn": "NGN", "kes": "KES",
    "egp": "EGP", "sar": "SAR", "qar": "QAR", "aed": "AED", "kwd": "KWD", "lbp": "LBP",
    "ils": "ILS", "try": "TRY", "rub": "RUB", "uah": "UAH", "mnt": "MNT", "myr": "MYR",
    "rm": "MYR", "bgn": "BGN", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN",
    "mxn": "MXN", "idr": "IDR", "php": "PHP", "thb": "THB", "vnd": "VND", "bdt": "BDT",
    "lkr": "LKR", "npr": "NPR", "krw": "KRW", "sgd": "SGD", "tk": "BDT",
    "ksh": "KES", "kshs": "KES", "ksh.": "KES", "sh": "KES", "sh.": "KES", "ush": "UGX", "tsh": "TZS",
    "ringgit": "MYR", "malaysian ringgit": "MYR", "malaysia ringgit": "MYR",
    "malaysian ringgits": "MYR", "malaysia ringgits": "MYR",
}
#: currency codes that are also English words: a prefix only in capitals ("TRY 5")
CASE_SENSITIVE_CODES = {"try", "php", "rm", "tk", "sar", "ils"}
#: East African shillings as East African papers write them: "Sh2.1 billion", "Sh. 40", never "sh" in lower case
SHILLING_PREFIXES = {"sh", "sh.", "ush", "tsh"}

#: currency words and codes written after the number ("70 million dollars", "20 euros")
CURRENCY_SUFFIX: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "us$": "USD", "$": "USD",
    "bucks": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "€ur": "EUR",
    "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "sterling": "GBP", "£": "GBP",
    "rupee": "INR", "rupees": "INR", "rs": "INR", "inr": "INR", "₹": "INR", "pkr": "PKR",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rmb": "CNY",
    "afghani": "AFN", "afghanis": "AFN", "afn": "AFN", "naira": "NGN", "shilling": "KES",
    "shillings": "KES", "rand": "ZAR", "riyal": "SAR", "riyals": "SAR", "rial": "IRR",
    "rials": "IRR", "dinar": "DINAR", "dinars": "DINAR", "dirham": "AED", "dirhams": "AED",
    "shekel": "ILS", "shekels": "ILS", "ils": "ILS", "lira": "TRY", "roubles": "RUB",
    "rubles": "RUB", "rouble": "RUB", "ruble": "RUB", "hryvnia": "UAH", "uah": "UAH",
    "ringgit": "MYR", "ringgits": "MYR", "myr": "MYR", "rm": "MYR", "taka": "BDT",
    "tugrik": "MNT", "tugriks": "MNT", "mnt": "MNT", "won": "KRW", "peso": "PESO",
    "pesos": "PESO", "francs": "CHF", "franc": "CHF", "chf": "CHF", "cad": "CAD",
    "kwd": "KWD", "lbp": "LBP", "egp": "EGP", "qar": "QAR", "sar": "SAR",
    "bgn": "BGN", "le": "EGP", "l.e": "EGP", "l.e.": "EGP", "geneh": "EGP",
    "cents": "CENT", "cent": "CENT", "¢": "CENT", "pennies": "CENT", "penny": "CENT",
    "pence": "PENCE", "dimes": "DIME", "dime": "DIME",
    "kuwaiti dinar": "KWD", "lebanese pounds": "LBP", "qatari riyals": "QAR",
    "saudiriyal": "SAR", "egyptianpound": "EGP", "malaysia ringgit": "MYR",
    "malaysian ringgit": "MYR", "malaysia ringgits": "MYR", "malaysian ringgits": "MYR",
    "genihat masriya": "EGP", "us dollars": "USD", "u.s. dollars": "USD",
    # a dollar named by its country: "6.3 billion Australian dollars"
    "australian dollar": "AUD", "australian dollars": "AUD", "canadian dollar": "CAD", "canadian dollars": "CAD",
    "new zealand dollar": "NZD", "new zealand dollars": "NZD", "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "singapore dollar": "SGD", "singapore dollars": "SGD", "us dollar": "USD", "u.s. dollar": "USD",
}
#: the currencies written with a bare "$" in their own country's press: a bare "$" (read as
#: USD) may be any of them, so figures in them are compared with one another
DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "HKD", "SGD"})

#: units of measure after the number -> (unit, kind)
MEASURES: dict[str, str] = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "nm": "nm", "nanometers": "nm", "nanometres": "nm",
    "mile": "mile", "miles": "mile", "mi": "mile", "ft": "foot", "foot": "foot", "feet": "foot",
    "inch": "inch", "inches": "inch", "yard": "yard", "yards": "yard",
    "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "k.g.": "kg", "k.gs": "kg", "g": "g", "gs": "g", "g.": "g", "gram": "g", "grams": "g",
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "lb": "lb", "lbs": "lb",
    "ounce": "oz", "ounces": "oz", "oz": "oz", "ton": "t", "tons": "t", "tonne": "t",
    "tonnes": "t", "t": "t", "tpd": "t per day",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "l": "l", "ml": "ml",
    "cl": "cl", "gallon": "gallon", "gallons": "gallon", "barrel": "barrel",
    "barrels": "barrel", "bpd": "barrel per day", "cup": "cup", "cups": "cup",
    "tbsp": "tbsp", "tsp": "tsp", "hectare": "ha", "hectares": "ha", "ha": "ha",
    "acre": "acre", "acres": "acre", "km2": "km2", "km²": "km2", "sq": "sq",
    "degree": "degree", "degrees": "degree", "°c": "degC", "°f": "degF", "°": "degree",
    "mph": "mph", "kph": "km/h", "knots": "knot", "mw": "MW", "gw": "GW", "kw": "kW",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "wh": "Wh", "ghz": "GHz", "mhz": "MHz",
    "mb": "MB", "gb": "GB", "tb": "TB", "ev": "eV", "kev": "keV", "mev": "MeV", "gev": "GeV",
    "tev": "TeV", "cubic": "cubic", "square": "square", "exabytes": "EB", "bytes": "byte",
    "bits": "bit", "volts": "V", "watts": "W", "megawatts": "MW", "gigawatts": "GW",
    "kilowatts": "kW", "calories": "kcal", "magnitude": "magnitude",
    "storeys": "storey", "stories": "storey", "floors": "floor",
    "megawatt": "MW", "gigawatt": "GW", "kilowatt": "kW", "watt": "W",
    "kb": "kB", "byte": "byte", "kilobyte": "kB", "kilobytes": "kB", "megabyte": "MB", "megabytes": "MB",
    "gigabyte": "GB", "gigabytes": "GB", "terabyte": "TB", "terabytes": "TB",
    "petabyte": "PB", "petabytes": "PB", "kibibyte": "KiB", "kibibytes": "KiB",
    "mebibyte": "MiB", "mebibytes": "MiB", "gibibyte": "GiB", "gibibytes": "GiB",
    "sievert": "Sv", "sieverts": "Sv", "millisievert": "mSv", "millisieverts": "mSv",
    "microsievert": "µSv", "microsieverts": "µSv", "msv": "mSv", "µsv": "µSv", "μsv": "µSv",
    "becquerel": "Bq", "becquerels": "Bq", "bq": "Bq",
    "light-year": "ly", "light-years": "ly", "light year": "ly", "light years": "ly",
    "lightyear": "ly", "lightyears": "ly",
    "decibel": "dB", "decibels": "dB", "db": "dB",
    "nautical mile": "nmi", "nautical miles": "nmi", "nmi": "nmi",
    "metric ton": "t", "metric tons": "t", "metric tonne": "t", "metric tonnes": "t",
    "bushel": "bu", "bushels": "bu",
}
#: lengths that make areas and volumes: "square kilometres", "km^2", "cubic metres", "km cubed"
_LENGTHS = {"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
            "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m",
            "meters": "m", "mile": "mile", "miles": "mile", "foot": "foot", "feet": "foot",
            "ft": "foot", "yard": "yard", "yards": "yard", "cm": "cm", "inch": "inch",
            "inches": "inch"}
for _word, _unit in _LENGTHS.items():
    for _power, _adjective, _verb, _sign in ((2, "square", "squared", "²"), (3, "cubic", "cubed", "³")):
        MEASURES.setdefault(f"{_adjective} {_word}", f"{_unit}{_power}")
        MEASURES.setdefault(f"sq {_word}", f"{_unit}2") if _power == 2 else None
        MEASURES.setdefault(f"{_word} {_verb}", f"{_unit}{_power}")
        MEASURES.setdefault(f"{_word}^{_power}", f"{_unit}{_power}")
        MEASURES.setdefault(f"{_word}{_sign}", f"{_unit}{_power}")
    MEASURES.setdefault(f"sq {_word}", f"{_unit}2")

#: single letters and short codes that read as units only when glued to digits ("5m", "2g")
GLUED_ONLY = {"m", "g", "t", "l", "mi", "gs", "ha", "mb", "gb", "tb", "ev", "cl", "nm", "ml", "kb"}
#: ... unless written so: a spaced lower-case "g" is grams ("between 2.0 g and 7.0 g"), a spaced
#: "MB", "GB", "TB" in capitals is data ("8 MB"); "L" before "of" or punctuation is litres
SPACED_AS_WRITTEN = {"g", "MB", "GB", "TB", "kB", "KB"}

#: unit symbols that build compound units ("km/s2", "J/m^2", "mSv/h", "kg/ha", "s-1", "fb−1").
#: Case matters (mSv is not MSv). Many are read only inside a compound: a bare "W" or "s" after
#: a number is too ambiguous, "W/min" is not.
UNIT_SYMBOLS: frozenset[str] = frozenset({
    "m", "km", "cm", "mm", "µm", "μm", "nm", "mi", "ft", "in",
    "g", "kg", "mg", "µg", "μg", "t", "lb",
    "s", "ms", "min", "h", "hr",
    "J", "kJ", "MJ", "GJ", "Wh", "kWh", "MWh", "GWh", "TWh", "eV", "keV", "MeV", "GeV", "TeV",
    "cal", "kcal", "W", "kW", "MW", "GW", "TW", "N", "kN", "Pa", "kPa", "hPa", "MPa", "GPa",
    "bar", "mbar", "atm", "Hz", "kHz", "MHz", "GHz", "l", "L", "ml", "mL", "cl",
    "V", "kV", "mV", "A", "mA", "mol", "mmol", "cd", "lm", "lx", "K",
    "Sv", "mSv", "µSv", "μSv", "Gy", "mGy", "Bq", "kBq", "MBq", "fb", "pb", "ha",
})
#: symbols that may open a compound unit after a number ("A/m" is too like "a/m", "in/out" too
#: like prose; "K/s" too like thousands)
_LEADING_SYMBOLS = UNIT_SYMBOLS - {"in", "A", "K"}
#: symbols written in any case ("Km/h", "KG/m3")
_ANY_CASE = {s.lower(): s for s in ("km", "kg", "cm", "mm", "mg", "min", "hr", "kwh", "mph")
             if s in UNIT_SYMBOLS}
#: symbols that take a power on their own: areas and volumes ("50 m2", "3 km³")
_AREAS_AND_VOLUMES = {"m", "km", "cm", "mm", "mi", "ft"}
_SUPERSCRIPT_POWERS = {"²": 2, "³": 3, "⁻¹": -1, "⁻²": -2, "⁻³": -3}
_MINUS = ("-", "−", "⁻")
_PRODUCT = ("·", "⋅", "*")
#: every token (lower case) that may open a compound unit
COMPOUND_STARTS = frozenset(
    s.lower() + sup for s in _LEADING_SYMBOLS for sup in ("", *_SUPERSCRIPT_POWERS)
)


def _symbol(text: str) -> str | None:
    if text in UNIT_SYMBOLS:
        return text
    return _ANY_CASE.get(text.lower())


def _atom(tokens: list[Token], k: int) -> tuple[str, int, int] | None:
    """One unit symbol with its power at token ``k``: (symbol, power, index after).
    "m^2", "m²", "s2" (a digit glued to a symbol), "s-1", "fb−1", "cm³" (one token)."""
    n = len(tokens)
    if k >= n or tokens[k].kind != "w":
        return None
    text = tokens[k].text
    for sup, power in _SUPERSCRIPT_POWERS.items():
        if text.endswith(sup) and (symbol := _symbol(text[: -len(sup)])):
            return symbol, power, k + 1
    symbol = _symbol(text)
    if symbol is None:
        return None
    j = k + 1
    if j + 1 < n and tokens[j].text in ("^", "**") and touching(tokens, j) and touching(tokens, j + 1):
        sign, d = (-1, j + 2) if tokens[j + 1].text in _MINUS else (1, j + 1)
        if d < n and tokens[d].text in ("1", "2", "3", "4") and touching(tokens, d):
            return symbol, sign * int(tokens[d].text), d + 1
        return None
    if j < n and tokens[j].text in ("2", "3") and touching(tokens, j) and not (j + 1 < n and touching(tokens, j + 1) and tokens[j + 1].kind in ("n", "w")):
        return symbol, int(tokens[j].text), j + 1  # "s2", "m3"
    if j + 1 < n and tokens[j].text in _MINUS and touching(tokens, j) and tokens[j + 1].text in ("1", "2", "3") \
            and touching(tokens, j + 1) and not (j + 2 < n and touching(tokens, j + 2) and tokens[j + 2].kind in ("n", "w")):
        return symbol, -int(tokens[j + 1].text), j + 2  # "s-1", "fb−1"
    if j < n and tokens[j].text[:1] in "²³⁻" and touching(tokens, j):
        for sup, power in _SUPERSCRIPT_POWERS.items():
            if tokens[j].text == sup:
                return symbol, power, j + 1
    return symbol, 1, j


def read_compound_unit(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """A unit built of symbols at token ``j``: (unit as written with plain powers, index after).
    "km/s2" -> "km/s2", "J/m^2" -> "J/m2", "kg/cm³" -> "kg/cm3", "4e14 s-1" -> "s-1",
    "mSv/h" -> "mSv/h". None unless it is a compound: a "/" or a power, so a bare "m" or "s"
    stays for the simple units to read."""
    n = len(tokens)
    first = _atom(tokens, j)
    if first is None or first[0] not in _LEADING_SYMBOLS:
        return None
    parts = [first]
    ops = [""]
    k = first[2]
    while k + 1 < n and tokens[k].text in ("/", *_PRODUCT) and touching(tokens, k) and touching(tokens, k + 1):
        atom = _atom(tokens, k + 1)
        if atom is None:
            break
        ops.append("/" if tokens[k].text == "/" else "·")
        parts.append(atom)
        k = atom[2]
    if len(parts) == 1 and first[1] == 1:
        return None
    if len(parts) == 1 and first[1] > 0 and first[0] not in _AREAS_AND_VOLUMES:
        return None  # "5 s2", "3 W2": a name more often than a unit squared; "m2" is square metres
    unit = "".join(op + symbol + (str(power) if power != 1 else "") for op, (symbol, power, _) in zip(ops, parts))
    return unit, k

DURATIONS: dict[str, str] = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year",
    "yrs": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "night": "night", "nights": "night",
}

#: "a day", "per week" after a count: a rate
RATE_WORDS = {"a", "an", "per", "each", "every"}
RATE_PERIODS = {"day": "day", "week": "week", "fortnight": "fortnight", "month": "month", "year": "year",
                "hour": "hour", "minute": "minute", "annum": "year", "capita": "person",
                "person": "person", "head": "person",
                # abbreviated after a slash, as prices are: "$2.99/mo", "$120/yr"
                "mo": "month", "yr": "year"}

#: what a price or a yield is given per ("$80 a barrel", "$350 per kg", "4 tonnes per hectare",
#: "12 cents per kWh"): units of mass, volume, length, area and energy, never a bare letter
RATE_UNITS: dict[str, str] = {
    word: MEASURES[word] for word in (
        "kg", "kilogram", "kilo", "gram", "tonne", "ton", "lb", "ounce", "oz", "litre", "liter",
        "gallon", "barrel", "km", "kilometre", "kilometer", "mile", "metre", "meter", "hectare",
        "acre", "kwh", "mwh", "gwh", "square metre", "square meter", "square foot",
        "square kilometre", "square kilometer", "square mile", "cubic metre", "cubic meter",
    )
} | {"pound": "lb", "m2": "m2", "m²": "m2", "km2": "km2", "km²": "km2", "bbl": "barrel",
     "teu": "TEU", "feu": "FEU"}

#: oil output as an abbreviated rate after the number ("27.4 mb/d", "312 kb/d", "1.2 mbpd"):
#: the factor that makes it barrels a day. The IEA and OPEC write "mb/d" for millions; the
#: EIA's "Mb/d" (capital M, small b) is thousands and its "MMb/d" millions
BARRELS_A_DAY: dict[str, float] = {
    "mb/d": 1e6, "mbd": 1e6, "mbpd": 1e6, "mmb/d": 1e6, "mmbd": 1e6, "mmbpd": 1e6,
    "mmbbl/d": 1e6, "mbl/d": 1e6, "kb/d": 1e3, "kbd": 1e3, "kbpd": 1e3, "b/d": 1.0, "bbl/d": 1.0,
}
#: crop trade shorthand after the number, written in capitals ("48.0MMT", "270KHA", "3.61MT/HA"):
#: (unit, factor). Grain reports write MMT for millions of metric tonnes, KMT for thousands, MHA
#: and KHA for millions and thousands of hectares, MT/HA for the yield in tonnes a hectare.
#: Capitals only: "Mt" is a megatonne of carbon, "mt" a mountain
CROP_TRADE_UNITS: dict[str, tuple[str, float]] = {
    "MMT": ("t", 1e6), "KMT": ("t", 1e3), "MT": ("t", 1.0), "MHA": ("ha", 1e6), "KHA": ("ha", 1e3),
    "MMT/HA": ("t per ha", 1.0), "MT/HA": ("t per ha", 1.0), "T/HA": ("t per ha", 1.0),
}
#: what a money figure is paid per, glued or spaced after it in listings ("£745pcm", "£250 pw",
#: "£30,000 pa"): per calendar month, per week, per year
MONEY_PER: dict[str, str] = {"pcm": "month", "pw": "week", "pa": "year"}

#: glued scale suffixes on digits ("80k", "1.3m", "$1.2bn")
SCALE_SUFFIX: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "tr": 1e12, "l": 1e5, "cr": 1e7, "lakh": 1e5, "crore": 1e7,
}
#: glued suffixes that read as a scale only after a currency ("$2b", "£3t"): alone they are
#: bytes, tonnes or grams
CURRENCY_ONLY_SUFFIX: dict[str, float] = {"b": 1e9, "t": 1e12, "g": 1e9}
#: "20 dollars 43 cents": the minor unit after a major one
MINOR_UNITS = {"c", "cents", "cent", "¢", "pence", "p", "sen", "sens", "kopiykas", "kopecks",
               "paise", "centimes"}
#: units that read as one after "a"/"an" ("a dollar", "a kilogram", "a gallon", "a gigawatt")
A_UNITS = {"dollar", "euro", "pound", "rupee", "penny", "cent", "kilogram", "kg", "kilo", "lb",
           "gram", "ounce", "litre", "liter", "gallon", "mile", "kilometre", "kilometer", "ton",
           "tonne", "barrel", "hectare", "acre", "dime", "yen", "yuan", "watt", "kilowatt",
           "megawatt", "gigawatt", "byte", "kilobyte", "megabyte", "gigabyte", "terabyte",
           "petabyte", "kibibyte", "mebibyte", "gibibyte", "sievert", "millisievert"}

#: an open age band after its bound: "voters 50 *and older*", "children 5 *and under*"
OPEN_AGE_BANDS = frozenset(f"{joint} {side}" for joint in ("and", "or")
                           for side in ("older", "over", "above", "up", "younger", "under"))
MONTHS = {
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "may",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

#: nouns that take a number as a name, not a count ("Article 370", "Flight 17", "Route 66")
IDENTIFIER_NOUNS = {
    "article", "articles", "section", "sections", "clause", "chapter", "resolution", "flight",
    "route", "highway", "road", "room", "gate", "level", "phase", "stage", "category",
    "grade", "class", "type", "model", "version", "vol", "volume", "page", "pages", "paragraph",
    "para", "rule", "no", "nos", "number", "platform", "terminal", "block", "sector", "ward",
    "unit", "apartment", "suite", "bus", "train", "line", "channel", "station", "item",
    "act", "amendment", "annex", "appendix", "figure", "fig", "table", "episode", "season",
    "series", "week", "day", "year", "covid", "pillar", "camp", "lane", "street", "avenue",
    "district", "zone", "area", "proposition", "prop", "bill", "order", "decree", "case",
    "runway", "track", "windows", "iphone", "boeing", "airbus", "apollo", "g", "f", "su", "mig",
    "psalm", "verse", "exit", "junction", "pier", "berth", "bay", "lot", "box", "po",
}


# --------------------------------------------------------------------------- conversions


@dataclass(frozen=True, slots=True)
class Scale:
    """How a unit of measure maps onto its dimension's common unit: ``common = x * factor + offset``.

    What lets "15 miles" and "24 km", or "50F" and "10C", be compared at all.
    """

    dimension: str
    factor: float
    offset: float = 0.0

    def to_common(self, x: float) -> float:
        return x * self.factor + self.offset

    def from_common(self, x: float) -> float:
        return (x - self.offset) / self.factor


_METRES = {"km": 1000.0, "m": 1.0, "cm": 0.01, "mm": 0.001, "mile": 1609.344, "foot": 0.3048,
           "inch": 0.0254, "yard": 0.9144, "ly": 9.4607e15}
_COMMON: dict[str, tuple[str, float]] = {
    **{unit: ("length", f) for unit, f in _METRES.items()},
    **{f"{unit}2": ("area", f**2) for unit, f in _METRES.items()},
    **{f"{unit}3": ("volume", f**3) for unit, f in _METRES.items()},
    "mi2": ("area", 1609.344**2), "ft2": ("area", 0.3048**2), "ft3": ("volume", 0.3048**3),
    "ha": ("area", 1e4), "acre": ("area", 4046.8564224),
    "l": ("volume", 1e-3), "ml": ("volume", 1e-6), "cl": ("volume", 1e-5),
    "gallon": ("volume", 3.785411784e-3), "barrel": ("volume", 0.158987294928),
    # "ton" and "tonne" are one unit here: a metric tonne and a short ton are 10% apart, which
    # a figure's own rounding usually covers.
    "kg": ("mass", 1.0), "g": ("mass", 1e-3), "mg": ("mass", 1e-6), "t": ("mass", 1e3),
    "lb": ("mass", 0.45359237), "oz": ("mass", 0.028349523125),
    "mph": ("speed", 0.44704), "km/h": ("speed", 1 / 3.6), "knot": ("speed", 1852 / 3600),
    # spelled out: "50 miles per hour", "80 km per hour"
    "mile per hour": ("speed", 0.44704), "km per hour": ("speed", 1 / 3.6),
    "mile per second": ("speed", 1609.344), "km per second": ("speed", 1000.0), "m per second": ("speed", 1.0),
    "km/s": ("speed", 1000.0),
    "W": ("power", 1.0), "kW": ("power", 1e3), "MW": ("power", 1e6), "GW": ("power", 1e9),
    "Wh": ("energy", 1.0), "kWh": ("energy", 1e3), "MWh": ("energy", 1e6), "GWh": ("energy", 1e9),
    "byte": ("data", 1.0), "kB": ("data", 1e3), "MB": ("data", 1e6), "GB": ("data", 1e9),
    "TB": ("data", 1e12), "PB": ("data", 1e15), "KiB": ("data", 2.0**10), "MiB": ("data", 2.0**20),
    "GiB": ("data", 2.0**30),
    "Sv": ("dose", 1.0), "mSv": ("dose", 1e-3), "µSv": ("dose", 1e-6),
    # steps of a rate: "25 basis points" is "0.25 percentage point" (not "0.25%", a share)
    "pp": ("rate step", 1.0), "bp": ("rate step", 0.01),
}
SCALES: dict[str, Scale] = {unit: Scale(dimension, factor) for unit, (dimension, factor) in _COMMON.items()} | {
    "degC": Scale("temperature", 1.0),
    "degF": Scale("temperature", 5 / 9, -160 / 9),
}


def scale_of(unit: str | None) -> Scale | None:
    """The unit's :class:`Scale`, or None for units nothing converts to (currencies, whose rates
    move; "degree", which may be Celsius, Fahrenheit or an angle)."""
    return SCALES.get(unit) if unit else None


def dimension_of(unit: str | None) -> str | None:
    """What a unit measures ("length" for km and miles alike): units of one dimension compare.
    A unit with no :class:`Scale` is its own dimension."""
    scale = scale_of(unit)
    return scale.dimension if scale else unit


def convert(x: float, unit: str | None, into: str | None) -> float:
    """``x`` of ``unit`` expressed in ``into`` (the same dimension); unchanged when either has no scale."""
    if unit == into:
        return x
    source, target = scale_of(unit), scale_of(into)
    if source is None or target is None or source.dimension != target.dimension:
        return x
    return target.from_common(source.to_common(x))
