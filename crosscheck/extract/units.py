"""Currencies, units of measure and of time: what may stand before or after a number.

Keys are lower case. A unit maps to (unit name, kind); kind is one of "money", "measure",
"duration", "percent". Single letters that are ordinary English words ("a", "i") or too
ambiguous on their own are left out, or accepted only when glued to the digits ("10kg", "5m").
"""

from __future__ import annotations

#: currency symbols and codes written before the number ("$1.2bn", "Rs 50 crore", "EUR 3m")
CURRENCY_PREFIX: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR",
    "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "inr": "INR",
    "rs": "INR", "rs.": "INR", "pkr": "PKR", "afn": "AFN", "a$": "AUD", "aud": "AUD",
    "c$": "CAD", "cad": "CAD", "chf": "CHF", "hk$": "HKD", "hkd": "HKD", "nz$": "NZD",
    "nzd": "NZD", "r$": "BRL", "brl": "BRL", "zar": "ZAR", "ngn": "NGN", "kes": "KES",
    "egp": "EGP", "sar": "SAR", "qar": "QAR", "aed": "AED", "kwd": "KWD", "lbp": "LBP",
    "ils": "ILS", "try": "TRY", "rub": "RUB", "uah": "UAH", "mnt": "MNT", "myr": "MYR",
    "rm": "MYR", "bgn": "BGN", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN",
    "mxn": "MXN", "idr": "IDR", "php": "PHP", "thb": "THB", "vnd": "VND", "bdt": "BDT",
    "lkr": "LKR", "npr": "NPR", "krw": "KRW", "sgd": "SGD", "tk": "BDT",
    "ringgit": "MYR", "malaysian ringgit": "MYR", "malaysia ringgit": "MYR",
    "malaysian ringgits": "MYR", "malaysia ringgits": "MYR",
}
#: currency codes that are also English words: a prefix only in capitals ("TRY 5")
CASE_SENSITIVE_CODES = {"try", "php", "rm", "tk", "sar", "ils"}

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
}

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
GLUED_ONLY = {"m", "g", "t", "l", "mi", "gs", "ha", "mb", "gb", "tb", "ev", "cl", "nm", "ml"}

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
RATE_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year",
                "hour": "hour", "minute": "minute", "annum": "year", "capita": "person",
                "person": "person", "head": "person"}

#: glued scale suffixes on digits ("80k", "1.3m", "$1.2bn")
SCALE_SUFFIX: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "l": 1e5, "cr": 1e7, "lakh": 1e5, "crore": 1e7,
}
#: glued suffixes that read as a scale only after a currency ("$2b", "£3t"): alone they are
#: bytes, tonnes or grams
CURRENCY_ONLY_SUFFIX: dict[str, float] = {"b": 1e9, "t": 1e12, "g": 1e9}
#: "20 dollars 43 cents": the minor unit after a major one
MINOR_UNITS = {"c", "cents", "cent", "¢", "pence", "p", "sen", "sens", "kopiykas", "kopecks",
               "paise", "centimes"}
#: units that read as one after "a"/"an" ("a dollar", "a kilogram", "a gallon")
A_UNITS = {"dollar", "euro", "pound", "rupee", "penny", "cent", "kilogram", "kg", "kilo", "lb",
           "gram", "ounce", "litre", "liter", "gallon", "mile", "kilometre", "kilometer", "ton",
           "tonne", "barrel", "hectare", "acre", "dime", "yen", "yuan"}

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
