"""The word lists of the extractor that are rules, not data: time words, stop words, group and
streak words, the words of the two languages, and the places that tell Colombian from Mexican pesos.
(The lexicon files of :mod:`figcheck.draft.lexicon` hold the vocabularies users may extend.)"""

from __future__ import annotations

import re
from functools import cache

TIME = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "decade",
        "decades",
        "century",
        "centuries",
        "old",
        "año",
        "años",
        "mes",
        "meses",
        "semana",
        "semanas",
        "día",
        "días",
        "hora",
        "horas",
        "minuto",
        "minutos",
        "siglo",
        "siglos",
        "década",
        "décadas",
    ]
)


STOP = frozenset(
    [
        "of",
        "and",
        "or",
        "the",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "have",
        "has",
        "had",
        "a",
        "an",
        "per",
        "than",
        "that",
        "which",
        "who",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "more",
        "less",
        "de",
        "la",
        "el",
        "los",
        "las",
        "del",
        "y",
        "en",
        "a",
        "que",
        "por",
        "con",
        "se",
        "un",
        "una",
        "para",
        "al",
        "lo",
        "su",
        "sus",
        "más",
        "menos",
        "como",
        "o",
        "e",
        "ya",
        "fue",
        "son",
        "fueron",
        "es",
        "era",
        "han",
        "ha",
        "sin",
        "según",
        "entre",
        "sobre",
        "tras",
        "hasta",
        "durante",
        "desde",
        "cada",
        "otros",
        "otras",
        "ellos",
        "ellas",
        "no",
        "each",
        "most",
        "respectively",
        "respectivamente",
        "times",
        "veces",
    ]
)


COPULA = frozenset(["son", "fueron", "eran", "es", "era", "were", "are", "was"])

#: Words before which a spelled number without its noun is a determiner or a pronoun, not a
#: count that takes the noun of the figures around it ("los dos", "ambos", "las tres").
SPELLED_ALONE_NOT_AFTER = frozenset(["los", "las", "ambos", "ambas", "sus", "estos", "estas",
                                     "esos", "esas", "unos", "unas", "de", "del", "cada",
                                     "entre"])  # fmt: skip
#: Names of a fuel's grade before its octane number ("Súper 95", "Premium 97").
FUEL_GRADES = frozenset(["súper", "super", "premium", "plus", "especial"])
#: Forms of "pasar", whose "de X a Y" is a move's start and its level, not a span.
PASS_VERBS = frozenset(["pasó", "pasar", "pasaron", "pasa", "pasan", "pasará", "pasarán",
                        "pasaría", "pasando", "pasado", "pasaba", "pasaban"])  # fmt: skip
#: The pronouns after "de" that pick a part of the figures counted before ("dos de ellos").
PARTITIVE_PRONOUNS = frozenset(["ellos", "ellas", "estos", "estas", "esos", "esas"])


POPULATION = frozenset(["population", "población", "habitantes", "inhabitants"])


ORDINAL_SUFFIX = frozenset(["st", "nd", "rd", "th", "s", "o", "a", "º", "ª", "er"])


CONTEXT_BEFORE = frozenset(
    [
        "page",
        "p",
        "chapter",
        "section",
        "no",
        "table",
        "figure",
        "gráfica",
        "cuadro",
        "artículo",
        "kilómetro",
        "km",
        "fase",
        "phase",
        "ley",
        "law",
        "decreto",
        "resolución",
        "article",
        "boletín",
        "quarter",
        "trimestre",
        "wave",
        "stage",
        "tier",
        "category",
        "grade",
        "zone",
        "district",
        "etapa",
        "route",
        "highway",
        "interstate",
        "carretera",
        "autopista",
        "flight",
        "vuelo",
        "prop",
        "props",
        "proposition",
        "propositions",
        "sections",
        "articles",
        "chapters",
        "tables",
        "pages",
        "phases",
        "routes",
        "artículos",
        # a place in a ranking ("en el lugar 13 del país"), an oil block ("el bloque 43"), a
        # coffee's yield factor ("factor 94", "FR 94"), an epidemiological week ("Semana
        # Epidemiológica 13"): names, not quantities
        "lugar",
        "posición",
        "bloque",
        "factor",
        "fr",
        "epidemiológica",
    ]
)


RATE_TIME = {"day": "day", "days": "day", "día": "day", "year": "year", "annum": "year",
              "año": "year", "yr": "year", "hour": "hour", "hr": "hour", "hora": "hour",
              "month": "month", "mes": "month", "mo": "month", "week": "week",
              "semana": "week"}  # fmt: skip


#: The people a per-capita rate is counted per ("29 per 100,000 residents", "8.4 deaths per
#: 1,000 live births", "per 1,00,000 populations" as Indian releases print it), and the word
#: after some of them that belongs to the denominator.
RATE_PEOPLE = frozenset(
    ["people", "residents", "population", "populations", "inhabitants", "habitantes",
     "personas", "births", "live", "adults", "children", "women", "men", "nacidos", "mujeres",
     "niños", "adultos"]
)  # fmt: skip
RATE_PEOPLE_TAIL = {"live": "births", "nacidos": "vivos"}
#: Words that name a share price: a move by one is not in a commodity's unit ("Oil hit $80 a
#: barrel. Shares of Exxon rose $2").
STOCK_WORDS = frozenset(
    ["shares", "share", "stock", "stocks", "acciones", "risers", "fallers", "gainers"]
)  # "the biggest risers on the FTSE 100 were X, up 36.6p"
#: Words of a market report that name the market or its movers ("the FTSE 250's worst
#: performer was X, off 5.1% to 322p", "X lost 12.5p to 840p, the biggest loser").
MARKET_REPORT_WORDS = STOCK_WORDS | frozenset(
    ["ftse", "loser", "losers", "winner", "winners", "riser", "faller", "performer",
     "performers", "blue-chip"]
)  # fmt: skip
#: Unit names in pint's registry that are everyday nouns when counted ("16 points", "two
#: cups", "a century"): never read as a unit of measure from the registry.
REGISTRY_NOT_UNITS = frozenset(["point", "pin", "slug", "turn", "cup", "stone", "grain", "bit",
                                "byte", "barn",
                                "knot", "century", "fortnight", "count", "cycle", "degree",
                                "radian", "percent", "pound", "ton", "second", "minute", "hour",
                                "day", "week", "month", "year", "decade", "unit", "molecule",
                                "atom", "particle", "bag", "drop", "square", "cubic", "dram",
                                "line", "pica", "rod", "chain", "link", "pole", "perch", "league",
                                "hand", "span", "foot", "gal", "shot", "tablespoon", "teaspoon",
                                "pinch", "dash", "board", "cord", "bolt", "bushel", "peck",
                                "gill", "nit", "sievert", "gray", "henry", "tesla", "weber",
                                "pascal", "kelvin", "newton", "joule", "watt", "volt", "ohm",
                                "siemens", "farad", "coulomb", "ampere", "candela", "mole",
                                "lux", "lumen", "becquerel", "curie", "hertz", "neper", "bel",
                                "galileo", "franklin", "maxwell", "gauss", "stokes", "poise",
                                "debye", "rem", "roentgen", "rad"])  # fmt: skip
#: A sentence about a price per share ("… $702.10 per share", "EPS", "shares of …").
SHARE_NAMED = re.compile(r"\b(?:per|a)\s+share\b|\bEPS\b|\bshares?\b|\bstock\b|\bacciones\b",
                         re.IGNORECASE)  # fmt: skip
#: Words right before a price level ("closed at $4.25", "rose to", "hovering around").
PRICE_BEFORE = frozenset(["at", "to", "from", "around", "about", "near", "en", "a", "de",
                          "sobre", "alrededor"])  # fmt: skip
#: Where a market closed, opened or traded: the share price of the sentence before goes on.
MARKET_VERBS = frozenset(["closed", "opened", "ended", "finished", "traded", "trading",
                          "hovering", "hovered", "settled", "cerró", "abrió", "cotizó",
                          "cotizaba", "terminó"])  # fmt: skip
#: Words of another sum than a share's price between the stock and a figure ("the stock market
#: value of the firm rose to $3 trillion", "stock-based compensation of $40").
SUMS_NOT_PRICES = frozenset(["value", "valor", "capitalization", "capitalisation", "worth",
                             "compensation", "revenue", "revenues", "sales", "profit", "income",
                             "ingresos", "ventas", "buyback", "buybacks", "dividend",
                             "debt"])  # fmt: skip
#: Time zones printed after a time of day ("0949 GMT").
TIME_ZONES = frozenset(
    ["gmt", "utc", "et", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "a.m.", "p.m."]
)  # "9 A.M.": one token in capitals
#: Short spans of time a price is paid per ("$14,166 a second").
CLOCK_TIME = {"second": "second", "minute": "minute"}
#: Words after a figure that make it a rate in time ("248,93 pesos diarios", "2 million barrels
#: daily", "euros anuales"); a percent never takes one ("4,5 por ciento anual" is a yearly change).
PER_TIME_WORDS = {"diarios": "day", "diario": "day", "diaria": "day", "diarias": "day",
                  "daily": "day", "mensuales": "month", "mensual": "month", "monthly": "month",
                  "semanales": "week", "weekly": "week", "anual": "year",
                  "anuales": "year"}  # fmt: skip
#: Nouns after a figure that make it a change ("a 1.2-percent increase", "a 30 percent reduction").
CHANGE_NOUNS = {"increase": "up", "rise": "up", "gain": "up", "jump": "up", "growth": "up",
                "surge": "up", "expansion": "up", "decline": "down", "drop": "down",
                "decrease": "down", "fall": "down", "reduction": "down", "cut": "down",
                "loss": "down", "contraction": "down", "slump": "down"}  # fmt: skip
#: Nouns a record word describes rather than marks ("el salario mínimo", "precio máximo").
NOT_RECORD_AFTER = frozenset(["salario", "salarios", "pago", "precio", "precios", "tope",
                              "límite", "monto", "wage", "temperatura",
                              "temperaturas"])  # fmt: skip
#: Words before a bare figure that give it the unit of the figure before ("45 personas y otras
#: 120").
OTHERS = frozenset(["otras", "otros", "other", "another"])
#: Words that name a count of the dead before a bare figure ("the toll climbed to 212").
TOLL_WORDS = frozenset(["toll", "tally", "saldo"])
#: The length of an event is a duration that is the claim ("a 27-day trial", "tras 10 horas de
#: debates", "un juicio de 12 días"): its unit words, and the events. Not strikes: "a 24-hour
#: strike" names the kind of strike called (tests/test_extract_traps.py).
EVENT_UNITS = {"day": "day", "days": "day", "día": "day", "días": "day", "hour": "hour",
               "hours": "hour", "hora": "hour", "horas": "hour", "week": "week", "weeks": "week",
               "semana": "week", "semanas": "week", "minute": "minute", "minutes": "minute",
               "minuto": "minute", "minutos": "minute", "night": "day", "nights": "day",
               "noche": "day", "noches": "day"}  # fmt: skip
#: A stay, whose length is the claim ("una estadía media de 4 días", "la estadía promedio
#: alcanzará las 3,1 noches", "guests stayed 2.4 nights"): nights are days.
STAY_WORDS = frozenset(["estadía", "estadia", "estancia", "estadías", "estancias", "stay",
                        "stays", "stayed", "pernoctaron"])  # fmt: skip
EVENT_NOUNS = frozenset(["trial", "trials", "shutdown", "siege", "standoff", "debate", "debates",
                         "hearing", "hearings", "session", "deliberations", "blackout", "outage",
                         "lockdown", "quarantine", "filibuster", "juicio", "sesión", "sesiones",
                         "deliberaciones", "apagón", "bloqueo", "cuarentena", "asedio",
                         "audiencia"])  # fmt: skip
#: A family whose size names a group ("a mother of three children", "hogares con dos hijos").
FAMILY_WORDS = frozenset(
    [
        "mother",
        "father",
        "parent",
        "parents",
        "mothers",
        "fathers",
        "family",
        "families",
        "household",
        "households",
        "couple",
        "couples",
        "madre",
        "padre",
        "madres",
        "padres",
        "familia",
        "familias",
        "hogar",
        "hogares",
    ]
)
CHILDREN_WORDS = frozenset(["children", "kids", "sons", "daughters", "hijos", "hijas", "niños"])
#: A sentence about a property tax, where "mills" are dollars per $1,000 of value ("the total
#: levy will be 10.28 mills").
MILL_TAX_WORDS = frozenset(["levy", "levies", "tax", "taxes", "rate", "rates", "assessed",
                            "assessment", "property", "mill"])  # fmt: skip
#: The words that name the typical one of a group a sum is for ("$214 for the average
#: household", "for a typical family", "para el hogar promedio" is not read: its noun comes first).
TYPICAL_ONE = frozenset([("the", "average"), ("an", "average"), ("the", "typical"),
                         ("a", "typical")])  # fmt: skip
#: A reference family or household whose make-up follows ("una familia tipo, compuesta por dos
#: adultos y dos niños"), and the words that open the make-up.
FAMILY_GROUPS = frozenset(["familia", "familias", "hogar", "hogares", "family", "families",
                           "household", "households", "tipo"])  # fmt: skip
MAKEUP_OF = frozenset(tuple(p.split()) for p in (
    "compuesta por", "compuesto por", "integrada por", "integrado por", "formada por",
    "formado por", "conformada por", "conformado por", "made up of", "consisting of",
    "composed of"))  # fmt: skip
#: A prison term, a duration that is the claim ("sentenced to 12 years", "received eight years",
#: "9 años de prisión"): the two words before it, the verb right before it, the words after it.
TERM_BEFORE = frozenset(
    [
        ("sentenced", "to"),
        ("jailed", "for"),
        ("imprisoned", "for"),
        ("jail", "for"),
        ("condenado", "a"),
        ("condenada", "a"),
        ("sentenciado", "a"),
        ("sentenciada", "a"),
        ("pena", "de"),
        ("condena", "de"),
        ("term", "of"),
        ("sentence", "of"),
    ]
)
TERM_VERBS = frozenset(
    [
        "received",
        "receives",
        "serving",
        "faces",
        "facing",
        "recibió",
        "purgará",
        "purga",
    ]
)
TERM_AFTER = frozenset(
    [
        ("in", "prison"),
        ("in", "jail"),
        ("behind", "bars"),
        ("de", "prisión"),
        ("de", "cárcel"),
        ("of", "imprisonment"),
        ("in", "federal"),
    ]
)
#: Prepositions before a spelled figure whose noun repeats the figure's before ("fell in eight
#: regions, rose in eleven").
PARALLEL_PREPOSITIONS = frozenset(["in", "en", "for", "para", "across", "among", "entre"])
#: Words before a road's number, which is its name ("Highway 401", "Interstates 275 and 75",
#: "la carretera federal 57" reads "federal" first, so only the bare forms are here).
ROADS = frozenset(
    [
        "interstate",
        "interstates",
        "highway",
        "highways",
        "route",
        "routes",
        "autopista",
        "ruta",
        "rutas",
        # a metro's or a bus system's line and trunk, a district, a road (round 34: "la Línea 9
        # transportó …", "la troncal 4 de la Metrovía", "Distrito 2")
        "línea",
        "líneas",
        "linea",
        "troncal",
        "distrito",
        "carretera",
    ]
)
#: Periods a label line names after "each"/"per"/"a" ("… each year: 36,714" → per year).
LABEL_PERIODS = {"year": "year", "month": "month", "week": "week", "day": "day"}
#: Prepositions of a list of named figures that share the last one's unit ("Salud con 50,7 y
#: Defensa con 49,2 billones", "Texas with 8.1 and Utah with 2.4 million acres").
NAMED_LIST_PREPOSITIONS = frozenset(["con", "with"])
#: Articles that may stand before each bound of a range ("entre el 65% y el 68%").
ARTICLES = frozenset(["el", "la", "los", "las", "the"])
#: Nouns of an average that a periodic adjective makes a rate ("un promedio mensual de").
AVERAGE_WORDS = frozenset(["average", "promedio", "media"])
#: Quotation marks that open and close a quoted name ("the “15 Now” proposition").
OPEN_QUOTES = frozenset(['"', "“", "‘"])
CLOSE_QUOTES = frozenset(['"', "”", "’"])
#: A range stated as its low then its high (or the reverse) with "to"/"a": the words before the
#: first bound → the words between the bounds ("from a low of $59 billion to a high of $298
#: billion", "de un mínimo de 4,89 a un máximo de 5,76"). Not "tocando un mínimo de X y un
#: máximo de Y": the two extremes a price touched are two records (dev's esquina32 label).
HIGH_LOW = {
    ("low", "of"): frozenset([("to", "a", "high", "of")]),
    ("high", "of"): frozenset([("to", "a", "low", "of")]),
    ("mínimo", "de"): frozenset([("a", "un", "máximo", "de")]),
    ("máximo", "de"): frozenset([("a", "un", "mínimo", "de")]),
}
#: Words before a bare Spanish "mil" that make it a thousand of the noun after ("por debajo de
#: los mil delitos", "más de mil homicidios"); "mil" alone elsewhere is read with its digits.
THOUSAND_BEFORE = frozenset(
    [
        "los",
        "las",
        "unos",
        "unas",
        "de",
        "casi",
        "hasta",
        "con",
        "sus",
        "aproximadamente",
        "alrededor",
        "cerca",
        "poco",
        "más",
        "menos",
    ]
)
#: Words between a share's count and the noun it is a share of ("(10,364) of all new homes").
SHARE_ALL = frozenset(["all", "todos", "todas"])
#: Prefixes of a round amount of money that is the denominator of a rate ("cents per $100"):
#: the amount → pint's prefix (hUSD, kUSD, MUSD).
MONEY_PREFIXES = {100.0: "h", 1000.0: "k", 1e6: "M"}
#: Nouns that count cases of something: people only when the sentence names people as the
#: cases ("las muertes … sumaron 327 casos"), else things counted.
CASE_NOUNS = frozenset(["casos", "cases"])
#: The dead and the victims, whose cases are people ("las muertes por … sumaron 327 casos"); other
#: people in the sentence do not make cases people ("los médicos atendieron 300 casos").
CASE_PEOPLE = frozenset(["muertes", "muertos", "muertas", "defunciones", "fallecidos",
                         "fallecimientos", "decesos", "víctimas", "victimas", "deaths", "dead",
                         "victims", "fatalities", "casualties"])  # fmt: skip
#: Words after "a third", "a fifth"… that make it an ordinal, not a share ("a third straight
#: month", "for a fifth time", "a quarter consecutive").
ORDINAL_AFTER = frozenset(["straight", "consecutive", "successive", "time", "times", "place",
                           "round", "term", "month", "year", "week", "day", "largest", "biggest",
                           "highest", "lowest", "vez", "lugar", "consecutivo", "consecutiva",
                           "mes", "año", "semana"])  # fmt: skip
#: "one and a half million": the words after a number word that add a half.
HALF_AFTER = frozenset([("and", "a", "half")])
#: Verbs whose "up" or "down" is no move ("make up 18% of", "took up 40%").
PHRASAL_VERBS = frozenset(["make", "makes", "made", "making", "take", "takes", "took", "taken",
                           "taking", "set", "sets", "round", "rounds", "rounded", "pick", "picks",
                           "picked", "use", "uses", "used", "sum", "sums", "summed", "tot",
                           "totted", "add", "adds", "added", "snap", "snapped", "snapping",
                           "free", "freed"])  # fmt: skip
#: People named by their age before a bound ("children under 5", "people over 65"): the bound
#: defines the group.
AGE_GROUPS = frozenset(["children", "kids", "people", "adults", "those", "youths", "teenagers",
                        "women", "men", "niños", "niñas", "menores", "personas", "adultos",
                        "jóvenes", "mujeres", "hombres"])  # fmt: skip
#: Endings of the verbs that follow such a figure ("resultaron", "died", "fueron").
VERB_ENDINGS = ("ron", "ed", "aban", "ían", "ieron")
#: Parts of a percentage point a rate moves by ("un descenso de 20 centésimas", "tres décimas");
#: not "décimas de segundo".
POINT_PARTS = {"centésimas": 0.01, "centésima": 0.01, "décimas": 0.1, "décima": 0.1}
#: Nouns of a rate: "points" in the words before them are percentage points ("esta tasa ha
#: subido 1,1 puntos", "the unemployment rate fell 0.4 points").
RATE_NOUNS = frozenset(["tasa", "rate", "tipo"])
#: An article or "no" between "y" and the next figure of a Spanish list whose unit is printed
#: once at its end ("un 37,08 y un 34,15 por ciento", "2,93 y no 2,53 por ciento").
LIST_ARTICLES = frozenset(["un", "una", "el", "la", "no"])
#: What may follow the second figure of a move shared by a verb ("aumentaron 31,2% y 27,7%,
#: respectivamente", "rose 4% and 6% in the two regions"): the clause ends there.
LISTED_MOVE_END = frozenset(["respectivamente", "respectively", "in", "en", "during", "durante",
                             "this", "last", "este", "el", "year", "on", "a", "an", "interanual",
                             "anual", "y", "and"])  # fmt: skip
#: Plural subjects of a move whose bare level after "to" is no count of them ("Prices rose to
#: 45", "Stocks fell to 1,200").
NOT_COUNTED_SUBJECTS = frozenset(["prices", "precios", "rates", "tasas", "stocks", "shares",
                                  "bonds", "yields", "sales", "ventas", "earnings", "revenues",
                                  "profits", "costs", "wages", "salaries", "levels", "niveles",
                                  "futures", "markets", "indexes", "indices", "índices",
                                  "temperatures", "temperaturas", "readings", "scores", "ratings",
                                  "odds", "points", "puntos", "tariffs", "fares", "rents",
                                  "values", "valores", "exports", "imports", "reserves",
                                  "exportaciones", "importaciones", "reservas"])  # fmt: skip
#: What horsepower is of ("a 5 HP motor", "two 300 HP engines"): "HP" before any other plural
#: noun is the brand ("3 HP printers").
HORSEPOWER_GOODS = frozenset(["engines", "motors", "pumps", "tractors", "boats", "outboards",
                              "generators", "compressors", "turbines", "cars", "trucks",
                              "vehicles", "motores", "bombas", "tractores"])  # fmt: skip
#: Nouns after a spelled round number that make it a manner of speaking ("de mil maneras", "in
#: a thousand ways", "por mil razones").
MANNER_NOUNS = frozenset(["maneras", "formas", "razones", "motivos", "ways", "reasons",
                          "pedazos", "pieces"])  # fmt: skip
#: Verbs that are a move only right before a figure in percent or money, or before "by" and it
#: ("Shares lifted 78p", "improved by 7.9 per cent", "trimmed 3%"); before a count they are not
#: ("lifted 22 satellites into orbit", "improved 12 schools"): no change words. → direction.
LIFT_WORDS = {"lifted": "up", "lifts": "up", "lifting": "up", "improved": "up", "improves": "up",
              "boosted": "up", "boosts": "up", "trimmed": "down", "trims": "down",
              "shaved": "down"}  # fmt: skip
#: A hyphenated count of rooms before a noun names a kind of home ("five-room flats", "a
#: three-bedroom house"), no quantity; a building's floors stay one ("the nine-story tower").
ROOM_WORDS = frozenset(["room", "bedroom", "bed", "bathroom", "roomed", "bedroomed"])
#: Weekdays, whose name before a small number makes it a day of the month ("el domingo 22").
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                      "domingo"])  # fmt: skip
#: Words of a central bank's rate: a move of such a rate in "points" is in basis points ("the
#: key policy rates 25 points", "la tasa de interés referencial en 150 puntos").
POLICY_RATE_WORDS = frozenset(["policy", "interest", "benchmark", "key", "repo", "overnight",
                               "monetary", "política", "monetaria", "interés", "referencia",
                               "referencial", "rectora", "tpm"])  # fmt: skip
#: What is itself a percent, so that a bare level after its move in percent is one too ("the
#: jobless rate fell 2% to 5.1", "inflation rose 1% to 4.2").
PERCENT_NAMES = frozenset(["rates", "tasas", "inflation", "inflación", "unemployment",
                           "desempleo", "desocupación", "yield", "yields", "rendimiento",
                           "share", "shares", "participación", "percentage", "porcentaje",
                           "proportion", "proporción", "margin", "margen", "turnout",
                           "approval", "aprobación", "pobreza", "poverty", "ratio"])  # fmt: skip
#: Words after a hyphenated price ("a 10-cent rise") that are no thing it buys: a move or a
#: charge, whose figure stays an amount.
NOT_THINGS = frozenset(["rise", "increase", "drop", "fall", "cut", "hike", "gain", "decline",
                        "jump", "tax", "fee", "surcharge", "premium", "discount",
                        "raise"])  # fmt: skip
#: Order words between a count of periods and the period ("los 12 últimos meses", "los diez
#: primeros meses"): the phrase names a period.
ORDER_WORDS = frozenset(["últimos", "primeros", "próximos", "siguientes", "pasados"])
#: Words that make "points" index points, not percentage points.
INDEX_WORDS = frozenset(["index", "índice", "dow", "nasdaq", "ftse", "nikkei", "dax", "ipc",
                         "stocks", "shares", "acciones", "bolsa", "&"])  # fmt: skip
#: Nouns of an index's level or move ("46 mil 558.36 unidades", "248.88 enteros", "fell 300
#: points"): dimensionless after an index's name.
#: Street words after a house number and a name ("221 Baker Street"): the number is an address.
STREETS = frozenset(["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane",
                     "drive", "way", "place", "square", "calle", "avenida"])  # fmt: skip
#: Incoterms after a value in "$" ("$1.853,5 millones FOB"): a trade value, stated in US dollars
#: by the customs offices that print them, whatever the country's own "$".
TRADE_TERMS = frozenset(["fob", "cif"])
#: Words right before a bare index level ("closed at 13,000.5", "(2015=100) reached 118.2", "se
#: ubicó en").
LEVEL_BEFORE = frozenset(["at", "to", "en", "a", "reached", "hit", "alcanzó"])
#: Words that open a clause about another subject ("…, mientras la armadora vendió", "while
#: Ford sold"): an index named before them does not own the units after.
OTHER_CLAUSE = frozenset([";", "mientras", "while", "whereas", "but", "pero", "aunque",
                          "although", "meanwhile"])  # fmt: skip
INDEX_POINTS = frozenset(["unidades", "enteros", "puntos", "points"])
#: Words that name a stock index (INDEX_WORDS without the generic "stocks", "shares", "bolsa"):
#: they own a move in points in the sentence after them.
INDEX_NAMES = frozenset(["index", "índice", "dow", "nasdaq", "ftse", "nikkei", "dax", "ipc",
                         "s&p", "cac", "hang", "topix", "sensex", "nifty", "merval", "ibovespa",
                         "bovespa", "asx", "jse"])  # fmt: skip
#: Words of a spread or a yield, which are measured in basis points even beside an index's name
#: ("el índice de riesgo país subió a 1,900 puntos básicos").
SPREAD_WORDS = frozenset(["spread", "spreads", "riesgo", "diferencial", "embi", "yield", "yields",
                          "bond", "bonds", "bono", "bonos", "treasury", "treasuries"])  # fmt: skip
#: Words before a money figure that make it a yearly amount ("annual costs of between €60bn to
#: €80bn", "un costo anual de 5 mil millones").
#: Adjectives that make a price a rate per period ("annual costs of €60bn", "their weekly wage
#: by $21.38"): adjective → the period.
PERIODIC = {"annual": "year", "yearly": "year", "anual": "year", "anuales": "year",
            "weekly": "week", "semanal": "week", "semanales": "week", "monthly": "month",
            "mensual": "month", "mensuales": "month", "daily": "day", "hourly": "hour"}  # fmt: skip
#: The words before a count at a yearly rate ("at a seasonally adjusted annual rate of 1,241,000",
#: "un ritmo anual de 1.250.000").
ANNUAL_RATE = frozenset([("annual", "rate"), ("annualized", "rate"), ("annual", "pace"),
                         ("annualized", "pace"), ("ritmo", "anual"), ("tasa", "anual"),
                         ("ritmo", "anualizado"), ("tasa", "anualizada")])  # fmt: skip
#: Adjectives after a rate's name, before its figure ("tasa anual desestacionalizada de").
RATE_ADJECTIVES = frozenset(["desestacionalizada", "desestacionalizado", "ajustada", "ajustado"])
#: What a periodic adjective names as paid per its period ("average hourly wages were up 3.3%
#: (+$0.99 to $31.06)"): the moves and levels of its sentence are per that period.
PAY_NOUNS = frozenset(["wages", "wage", "earnings", "salary", "salaries", "pay", "salarios",
                       "salario", "rent", "rents"])  # fmt: skip
#: Nouns of a flow that a period adjective makes a rate ("la producción promedio diaria … 736.300
#: barriles", "daily crude output averaged 9.4 million barrels").
FLOW_NOUNS = frozenset(["production", "output", "producción", "bombeo", "extracción", "consumption",
                        "consumo", "exports", "exportaciones", "imports", "importaciones",
                        "throughput", "demand", "demanda", "supply", "flow", "flujo"])  # fmt: skip
#: Verbs that give or charge money to someone named before it ("costs the average taxpayer
#: $4600", "pay each taxpayer $7.59").
DATIVE_VERBS = frozenset(["cost", "costs", "costing", "pay", "pays", "paid", "paying", "give",
                          "gives", "gave", "giving", "owe", "owes", "owed", "charge", "charges",
                          "charged",
                          "save", "saves", "saved", "send", "sends", "sent", "grant", "grants",
                          "granted", "award", "awards", "awarded", "refund", "refunds",
                          "refunded", "cuesta", "cuestan", "costó", "costaron", "costará", "paga",
                          "pagan", "pagó", "pagaron", "pagará", "da", "dan", "dio", "dieron",
                          "entrega", "entregan", "entregó", "devuelve", "devolvió", "cobra",
                          "cobran", "cobró"])  # fmt: skip
#: Comparatives that bound what a group has ("families with debt greater than 40% of income",
#: "hogares con deudas mayores al 40%").
COMPARATIVES = frozenset(["greater", "more", "less", "fewer", "higher", "lower", "larger",
                          "smaller", "bigger", "mayor", "mayores", "menor", "menores", "superior",
                          "superiores", "inferior", "inferiores"])  # fmt: skip
#: Things a price is for one of after "a"/"an" ("earned $1.20 a share", "$30 a head"); people
#: nouns count too ("$50 a person").
PER_ITEM = frozenset(["share", "head", "person", "piece", "ticket", "unit", "copy", "plate", "seat",
                      "vote", "pop", "bottle", "pack", "box"])  # fmt: skip
#: Two words for hundredths of a percentage point.
BASIS_POINT_WORDS = frozenset([("basis", "points"), ("basis", "point"), ("puntos", "base"),
                               ("punto", "base"), ("puntos", "básicos"), ("punto", "básico"),
                               ("puntos", "basicos")])  # fmt: skip


#: A phrase that names what a figure is compared with, before the base ("compared with", "in
#: comparison to", "respecto del", "frente a", "en comparación con"); one list for the
#: patterns of drafting and governing, which add "than", "versus" where a base may follow them.
COMPARED_WITH = (
    r"(?:respecto\s+(?:a(?:l)?|de(?:l)?)|con\s+respecto\s+a(?:l)?|frente\s+a(?:l)?|"
    r"en\s+comparación\s+con|comparad[oa]s?\s+con|compared\s+(?:with|to)|"
    r"in\s+comparison\s+(?:with|to))"
)
#: Words for one person as a rate's denominator, beside the people nouns ("$40 per head",
#: "$10,807 per capita", "per cápita"): such a rate is per ``people``, and checks against a
#: per-capita figure.
PERSON_WORDS = frozenset(["person", "persons", "capita", "cápita", "head", "heads", "persona",
                          "personas"])  # fmt: skip
#: Abbreviations of a price per share, printed in capitals ("an EPS of $13.48", "un BPA de").
PER_SHARE_ABBREVIATIONS = frozenset(["eps", "bpa"])
#: Words after "per"/"por" that name no thing a price is per ("per cent", "per capita", "por
#: cada 100 mil", "por ejemplo", "por arriba de").
NOT_DENOMINATORS = frozenset(["cent", "centum", "capita", "ciento", "cento", "cada", "each",
                              "every", "ejemplo", "arriba", "debajo", "encima", "parte", "tanto",
                              "ello", "eso", "esto", "lo", "medio", "año", "mes", "día",
                              "semana", "trimestre"])  # fmt: skip
#: Words of price or average before "por" that make what follows a denominator ("un monto
#: promedio por remesa de 293 dólares", "el precio por tonelada").
PRICE_WORDS = frozenset(["promedio", "monto", "precio", "costo", "coste", "gasto", "ingreso",
                         "pago", "valor", "media"])  # fmt: skip
#: Words that open an adverbial after a participle ("3.5 million delivered last year", "12.19
#: million shipped so far"), so the participle is a verb and not the noun counted.
ADVERBIAL = frozenset(["last", "this", "next", "so", "since", "during", "over", "earlier",
                       "before", "ago", "through", "until", "up", "down", "out", "off", "already",
                       "yet"])  # fmt: skip
#: Words after a bare figure that are never the noun it counts: modals and prepositions ("24
#: million will have lost coverage", "28 million under the current law").
NOT_NOUNS = frozenset(["will", "would", "could", "should", "might", "must", "shall", "cannot",
                       "under", "above", "below", "into", "across", "after", "before", "since",
                       "during", "through", "against", "without", "within", "via",
                       "toward", "towards", "versus", "upon", "onto", "whose", "whom", "every",
                       "contra", "bajo", "mediante", "cuyo", "cuya",
                       # who says so, not what is counted ("241,499,431 according to the census")
                       "according", "según",
                       # words of time relative to now ("up from 12.9 million last year")
                       "last", "next", "previous", "earlier", "later", "ago", "pasado",
                       "pasada", "anterior", "próximo", "próxima", "siguiente",
                       # Spanish verbs of being and auxiliaries ("120 billones serán para salud")
                       "será", "serán", "sería", "serían", "sea", "sean", "fue", "estará",
                       "estarán", "está", "están", "ha", "han", "habrá", "habrán", "había",
                       "habían", "hubo", "irá", "irán", "va", "van",
                       # more of the same after a bare figure, not what it counts ("96 mil
                       # millones extras")
                       "extras", "adicionales",
                       # participles of recording after a bare figure ("se suma a los 115
                       # registrados", "los 228.25 millones registrados"): what it counts is
                       # the unit named before
                       "registrados", "registradas", "reportados", "reportadas",
                       "contabilizados", "contabilizadas", "acumulados", "acumuladas",
                       # Spanish demonstratives open a time or a thing named after the figure
                       # ("a 262 este año", "15 esta semana"): never what it counts (round 34)
                       "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
                       "aquel", "aquella", "aquellos", "aquellas"])  # fmt: skip
#: Modals and auxiliaries between a bare figure and its verb.
AUXILIARIES = frozenset(["would", "will", "could", "may", "might", "should", "must", "have",
                         "has", "had", "be", "been", "are", "were", "now", "already", "also",
                         "still"])  # fmt: skip
#: Verbs only people do, after a bare count ("2 million have died", "3 million fled").
PEOPLE_VERBS = frozenset(["die", "died", "vote", "voted", "flee", "fled", "emigrate", "emigrated",
                          "starve", "starved", "say", "said", "believe", "believed", "marched",
                          "protested", "signed", "enrolled", "applied", "murieron", "votaron",
                          "huyeron", "emigraron", "dijeron", "marcharon", "watched", "attended",
                          "asistieron"])  # fmt: skip
#: "lose" with what people lose ("24 Million Would Lose Health Insurance", "lost their jobs").
LOSE_VERBS = frozenset(["lose", "lost", "losing", "perderían", "perdieron", "perderán"])
PEOPLE_LOSSES = frozenset(["insurance", "coverage", "jobs", "job", "homes", "benefits", "lives",
                           "seguro", "empleo", "empleos", "cobertura"])  # fmt: skip
#: Verbs whose bare object counts people ("the blast killed 17 and injured 285").
CASUALTY_VERBS = frozenset(["killed", "kills", "kill", "killing", "injured", "injures", "injuring",
                            "wounded", "wounds", "wounding", "mató", "mataron", "hirió",
                            "hirieron"])  # fmt: skip
#: A currency named as the subject of its own price ("The pound fell to $1.21", "El euro cerró en
#: 1,08 dólares"): the word → its code ("$", "PESO", "RUPEE": the text's dollar, peso, rupee).
SUBJECT_CURRENCIES = {"pound": "GBP", "sterling": "GBP", "euro": "EUR", "dollar": "$", "yen": "JPY",
                      "yuan": "CNY", "peso": "PESO", "rupee": "RUPEE", "rand": "ZAR",
                      "franc": "CHF", "lira": "TRY", "rouble": "RUB", "ruble": "RUB",
                      "libra": "GBP", "dólar": "USD", "dolar": "USD"}  # fmt: skip
#: Words that may stand between a currency named as the subject of its price and the verb that
#: quotes it ("The euro also bought $1.09", "the euro, which bought 158 yen", "el euro hoy se
#: cambiaba a").
SUBJECT_ASIDES = frozenset([",", "which", "that", "also", "still", "then", "today", "que", "hoy",
                            "también", "ayer", "briefly", "at", "one", "stage", "point",
                            # auxiliaries: "the dollar has touched", "el dólar ha llegado a"
                            "has", "had", "have", "ha", "había", "habría"])  # fmt: skip
#: A currency's verbs of moving to or reaching a level ("The pound weakened to $1.24", "the euro
#: struck $1.18", "with the dollar reaching 151 yen").
CURRENCY_LEVEL_VERBS = frozenset(["weakened", "weakens", "strengthened", "strengthens", "struck",
                                  "hit", "hits", "hitting", "reached", "reaches", "reaching",
                                  "touched", "touching", "plunged", "slumped", "slid", "tumbled",
                                  "surged", "climbed", "firmed", "eased", "depreciated",
                                  "appreciated", "llegado", "llegó", "alcanzó", "alcanzado",
                                  "tocó", "tocado"])  # fmt: skip
#: Prepositions that name the currency a price is quoted against ("83.10 against the
#: greenback", "151.20 to the dollar", "frente al dólar", "contra el euro").
AGAINST_WORDS = frozenset(["against", "versus", "vs", "to", "frente", "contra", "ante"])
#: The dollar's names that are no currency word of the lexicon, and the words of its country
#: between the article and its name ("the U.S. dollar").
DOLLAR_NICKNAMES = frozenset(["greenback", "buck"])
DOLLAR_COUNTRY = frozenset(["u.s.", "us", "american", "u.s"])
#: Words after a clock time ("a las 12:00 horas", "at 15:00 GMT").
CLOCK_AFTER = TIME_ZONES | frozenset(["horas", "hrs", "h", "hours", "am", "pm", "local"])
#: Words between a currency and the verb that quotes it ("el dólar libre se ubicó", "la libra
#: esterlina se ofreció", "the US dollar spot traded").
#: The other countries' dollars named by an adjective after "dólar" ("el dólar canadiense").
DOLLAR_ADJECTIVES = {"canadiense": "CAD", "australiano": "AUD", "neozelandés": "NZD",
                    "hongkonés": "HKD", "singapurense": "SGD", "taiwanés": "TWD"}  # fmt: skip
CURRENCY_ADJECTIVES = frozenset(["libre", "esterlina", "estadounidense", "americano", "spot",
                                 "interbancario", "japonés", "común", "europea", "única",
                                 *DOLLAR_ADJECTIVES])  # fmt: skip
#: Verbs of a spread whose "from X to Y" is a range, not a move ("ranged from 16.3 percent in
#: Utah to 9.4 percent in New York").
RANGED = frozenset(["ranged", "ranging", "range", "ranges", "varied", "varying", "varies",
                    "spanned", "osciló", "oscilan", "oscilaron", "variaron", "fluctuó",
                    "fluctuaron", "va", "van", "iban"])  # fmt: skip
#: Words of a market's trading that make a range of prices one of the price quoted before
#: ("Gold futures traded between $2,016.50 and $2,037.70", "within a range of").
TRADED = frozenset(["traded", "trading", "trades", "futures", "contract", "contracts", "range",
                    "ranged", "fluctuated", "osciló", "cotizó", "fluctuó", "rango"])  # fmt: skip
#: Words before a range of prices that name no other thing than the market quoted before ("It
#: traded within a range of", "Prices moved between").
RANGE_SUBJECTS = frozenset(["it", "they", "price", "prices", "metal", "contract", "session",
                            "within", "between", "intraday", "day", "week", "moved", "has",
                            "have", "had", "been", "the", "from"])  # fmt: skip
#: Verbs that quote a price after its subject ("the euro traded at", "el euro cerró en").
QUOTE_VERBS = frozenset(["traded", "trades", "trading", "closed", "closes", "stood", "stands",
                         "was", "is", "ended", "settled", "fetched", "bought", "cotizó", "cotiza",
                         "cerró", "cierra", "quedó", "terminó", "finalizó", "se"])  # fmt: skip
#: Unit words that, as a subject before a price, are something else: sterling ("the pound fell to
#: $1.21"), a place ("at the foot of the hill", "the yard").
NOT_SUBJECT_UNITS = frozenset(["pound", "libra", "foot", "yard", "pie"])
#: What a price may be of besides a unit of measure: a price of one after a list of prices per
#: kilo is not per kilo ("el kilo a 45 pesos y la caja a 300 pesos").
WHOLE_PRICED = frozenset(["caja", "cajas", "bolsa", "bolsas", "paquete", "paquetes", "pieza",
                          "piezas", "docena", "garrafa", "tanque", "costal", "bulto", "box",
                          "boxes", "bag", "bags", "pack", "packs", "dozen", "tank", "crate",
                          "each", "unit", "unidad", "cada", "mientras", "while", "whereas",
                          "pero", "but", "ingreso", "salario", "income", "wage"])  # fmt: skip
#: "barrels equivalent a day": a word between a unit and its period.
EQUIVALENT = frozenset(["equivalent", "equivalente", "equivalentes"])
#: The first word of a "label: value" line that makes its bare figure a percent ("Percentage of
#: all families with a car: 86").
LABEL_PERCENT = frozenset(["percentage", "percent", "porcentaje", "share", "proportion",
                           "proporción", "%"])  # fmt: skip
#: Labels of a multiple ("Factor by which US women are more likely …: 3"): dimensionless.
LABEL_FACTOR = frozenset(["factor", "ratio", "multiple", "cociente"])
#: Words that open a label continuing the one on the line before ("Percentage of Democrats who
#: …: 30" / "Of Republicans: 59", "Who say they do so today: 37"): the same unit.
LABEL_CONTINUED = frozenset(["of", "who", "among", "for", "and", "de", "del", "que", "entre",
                             "y"])  # fmt: skip
#: A label of one of these words alone names a part of the item on the line above ("- Passengers:
#: 30.9 million" then "- Domestic: 24.4 million"): the same unit.
LABEL_PARTS = frozenset(["domestic", "international", "foreign", "inbound", "outbound", "urban",
                         "rural", "male", "female", "males", "females", "men", "women",
                         "nacional", "nacionales", "internacional", "internacionales",
                         "extranjeros", "hombres", "mujeres"])  # fmt: skip
#: Marks that open a list item's line.
BULLETS = frozenset(["-", "•", "*", "–", "·"])
#: Verbs that price the dollar in the local currency ("a dollar bought 20 pesos", "el dólar se
#: vendió en 4.100 pesos").
DOLLAR_PRICE = frozenset(["bought", "buys", "buy", "compraba", "cambio", "trm", "exchange", "sold",
                          "cotizar", "cotizando",
                          "traded", "fetched", "vendió", "vende", "vendía", "cotizó", "cotiza",
                          "cotizaba", "costaba", "cuesta", "cerró", "closed", "abrió",
                          "opened", "compra", "venta"])  # fmt: skip
#: Names of the dollar in a sentence that prices it ("la compra de la moneda verde", also a
#: two-word name checked apart).
DOLLAR_NAMES = frozenset(["dollar", "dólar", "dolar", "greenback", "billete"])
#: The sides of a currency quote: a price of the dollar in the next sentence that names one is
#: a price of the dollar too ("Mientras que, a la venta, Afirme lo tiene en 19.30 pesos").
QUOTE_SIDES = frozenset(["compra", "venta", "buying", "selling", "bid", "ask", "sell", "buy"])


#: Words before a figure that make it the bound of a group, not a quantity ("age 16 and older",
#: "adults aged 25 to 54").
AGE = frozenset(["age", "aged", "ages", "edad", "edades"])


#: Earthquake words: a figure printed with one is a magnitude, a dimensionless level.
#: Nouns of groups defined by a size ("cities of 1 million or more", "municipios de más de 50 mil
#: habitantes"), and the words after the size that make it a bound.
GROUPS = frozenset(["cities", "towns", "counties", "places", "areas", "municipalities",
                     "communities", "firms", "companies", "businesses", "households", "families",
                     "countries", "schools", "hospitals", "ciudades", "municipios", "localidades",
                     "hogares", "empresas", "países", "comunidades", "poblaciones"])  # fmt: skip


GROUP_TAIL = frozenset([("or", "more"), ("and", "over"), ("and", "above"), ("or", "larger"),
                         ("o", "más"), ("y", "más"), ("+",), ("population",), ("residents",),
                         ("inhabitants",), ("habitantes",), ("people",), ("employees",),
                         ("workers",), ("empleados",), ("trabajadores",)])  # fmt: skip

#: The bound after the size of what a group has ("buildings with five units or more").
OR_MORE = frozenset([("or", "more"), ("or", "larger"), ("o", "más"), ("y", "más"),
                     ("and", "more"), ("or", "over")])  # fmt: skip

MDP = {"mdp": ("PESO", 1e6), "mdd": ("USD", 1e6), "mmdp": ("PESO", 1e9),
        "mmdd": ("USD", 1e9)}  # fmt: skip


LAYOUT = frozenset(["columns", "column", "columnas", "columna"])
#: What a chart is drawn with: "a line chart with four lines" is layout, not a quantity.
CHART = frozenset(["chart", "graph", "figure", "gráfica", "gráfico", "diagram"])
CHART_PARTS = frozenset(["lines", "bars", "panels", "series", "líneas", "barras", "paneles"])
#: Words after "above"/"below"/"higher"/"lower" that make the figure before them a change
#: against a level ("20 per cent above their level of January 2020", "4% below its peak").
COMPARED = frozenset(["the", "their", "its", "his", "her", "our", "a", "an", "last", "pre",
                      "year", "levels", "level", "that", "those"])  # fmt: skip


MAGNITUDE = frozenset(["magnitude", "magnitud"])
#: Words near a temperature that make it a level ("temperatures hit 46.3C", "the thermometer
#: read 41 °C"), and words that make it a difference ("warming of 1.5C", "rose by 2C").
TEMPERATURE_LEVEL = frozenset(["temperature", "temperatures", "thermometer", "thermometers",
                               "highs", "high", "highest", "lows", "low", "lowest", "max",
                               "maximum", "minimum", "mercury", "temperatura", "temperaturas",
                               "termómetro", "termómetros", "máximas", "mínimas", "máxima",
                               "mínima", "extremas", "extrema"])  # fmt: skip
#: Words of the weather that make a "c" glued to a figure degrees, not cents ("a 25c scorcher").
WEATHER_WORDS = frozenset(["warm", "warmed", "warmer", "warmest", "warming", "hot", "hotter",
                           "hottest", "cool", "cooler", "cold", "colder", "heat", "heatwave",
                           "scorcher", "swelter", "sweltered", "sweltering", "weather",
                           "forecast", "degrees", "celsius", "frost", "sunshine", "sunny",
                           "climate", "°"])  # fmt: skip
TEMPERATURE_CHANGE = frozenset(["warming", "warmer", "hotter", "cooler", "colder", "rise", "rises",
                                "rising", "rose", "risen", "increase", "increases", "by",
                                "above", "below", "pre", "industrial", "anomaly", "calentamiento",
                                "aumento", "más", "menos", "subió", "sobre", "change",
                                "changes", "cambio", "cambios", "variación"])  # fmt: skip


#: Words of grade or kind between "per" and its unit ("$4 per regular gallon", "per average
#: household" is not a unit and stays unread).
GRADES = frozenset(["regular", "unleaded", "premium", "midgrade", "standard", "fresh", "raw",
                    "typical"])  # fmt: skip


#: what follows a letter and a number that name a product, not an amount of money ("N95 masks")
PRODUCT_CODES = frozenset(["mask", "masks", "respirator", "respirators", "filter", "filters",
                           "mascarilla", "mascarillas", "cubrebocas"])  # fmt: skip

QUAKE = frozenset(["quake", "earthquake", "temblor", "tremor", "sismo", "terremoto"])


#: The length of a streak: "18 meses al alza", "cinco semanas consecutivas", "12 straight
#: months", "three days in a row" (the unit is the time word's).
STREAK_UNIT = {"day": "day", "days": "day", "día": "day", "días": "day", "week": "week",
                "weeks": "week", "semana": "week", "semanas": "week", "month": "month",
                "months": "month", "mes": "month", "meses": "month", "year": "year",
                "years": "year", "año": "year", "años": "year"}  # fmt: skip


STREAK_BEFORE = frozenset(["straight", "consecutive", "successive"])
#: Nouns of a streak whose length follows "to"/"of" ("winning streaks to six and four weeks").
STREAK_NOUNS = frozenset(["streak", "streaks", "run", "runs", "racha", "rachas"])
#: "6 Weekly Gains", "three monthly declines": a streak counted by the moves of each period.
PERIODIC_STREAK = {"weekly": "week", "monthly": "month", "daily": "day", "yearly": "year",
                   "annual": "year", "semanales": "week", "mensuales": "month",
                   "diarias": "day"}  # fmt: skip
STREAK_MOVES = frozenset(["gains", "losses", "declines", "increases", "advances", "drops",
                          "falls", "rises", "alzas", "caídas", "pérdidas", "ganancias",
                          "bajas"])  # fmt: skip


STREAK_AFTER = frozenset(["consecutive", "straight", "running", "consecutivos", "consecutivas",
                           "seguidos", "seguidas", "sin", "without"])  # fmt: skip


STREAK_PHRASES = frozenset([("in", "a", "row"), ("of", "gains"), ("of", "losses"), ("of", "rising"),
                             ("of", "falling"), ("of", "declines"), ("of", "increases"),
                             ("of", "decreases"), ("al", "alza"), ("a", "la"), ("de", "alza"),
                             ("de", "caídas"), ("de", "pérdidas"), ("de", "ganancias"),
                             ("de", "baja"), ("de", "alzas"), ("en", "alza"),
                             # runs of growth or results (round 24)
                             ("de", "expansión"), ("de", "crecimiento"), ("de", "contracción"),
                             ("de", "aumentos"), ("de", "descensos"), ("de", "bajas"),
                             ("de", "retrocesos"), ("de", "avances"), ("con", "merma"),
                             ("con", "mermas"), ("de", "resultados", "negativos"),
                             ("de", "resultados", "positivos"), ("of", "growth"),
                             ("of", "expansion"), ("of", "contraction")])  # fmt: skip


#: Words after "N times"/"N veces" that make it a multiple of a level ("12 times as much", "three
#: times the rate", "cinco veces lo que"), with COMPARATIVES ("four times higher"); otherwise the
#: figure counts how often something happened ("shared 12,000 times", "arrested three times").
MULTIPLE_AFTER = frozenset(["as", "the", "that", "what", "its", "their", "his", "her", "our",
                            "this", "than", "over", "más", "menos", "lo", "el", "la", "los", "las",
                            "que", "su", "sus", "tanto"])  # fmt: skip
MULTIPLES = {"doubled": 2.0, "doubling": 2.0, "double": 2.0, "doubles": 2.0, "tripled": 3.0,
              "tripling": 3.0, "triple": 3.0, "quadrupled": 4.0, "halved": 0.5, "halving": 0.5,
              "duplicó": 2.0, "triplicó": 3.0, "doble": 2.0, "twofold": 2.0, "threefold": 3.0,
              "fourfold": 4.0, "fivefold": 5.0, "tenfold": 10.0, "twice": 2.0}  # fmt: skip


EN_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "is", "that", "for", "was", "with", "on", "as", "by", "from"]
)


ES_WORDS = frozenset(
    ["el", "la", "de", "que", "los", "las", "en", "por", "del", "se", "con", "para", "una", "al"]
)


COLOMBIA = ("colombia", "bogotá", "dane", "trm", "banco de la república", "medellín",
            "manizales", "caldas", "antioquia", "cundinamarca", "barranquilla", "bucaramanga",
            "cafeteros", "quindío", "risaralda", "pereira", "huila", "tolima",
            # round 34: the Caribbean coast and other departments' capitals; Colombia's word for
            # a coffee grower (Mexico's is "cafeticultor") and its coffee warehouses
            "valledupar", "guajira", "cartagena", "santa marta", "cúcuta", "ibagué",
            "villavicencio", "montería", "popayán", "boyacá", "nariño", "caficultor",
            "almacafé")  # fmt: skip


MEXICO = ("méxico", "mexico", "banxico", "inegi", "cdmx", "mexicanos")

#: The peso of each country by the names (lower case, counted as substrings) a text about it
#: uses; Mexico's first, so a text that names none of them, or ties, reads Mexican pesos.
#: ("chile" alone is also a pepper in Mexican texts: only Chilean words and institutions count:
#: its state oil company ENAP and "bencina", Chile's word for petrol.) An English text about
#: the Philippines means Philippine pesos.
PESO_COUNTRIES = {
    "MXN": MEXICO,
    "COP": COLOMBIA,
    "ARS": ("argentina", "argentino", "indec", "buenos aires", "bcra", "porteñ", "conurbano",
            "afip", "anses", "mar del plata", "bariloche", "tucumán", "neuquén", "patagonia",
            "jujuy", "chubut"),
    "CLP": ("chilen", "banco central de chile", "santiago de chile", "enap", "bencina", "sernac",
            "valparaíso", "antofagasta"),
    "PHP": ("philippine", "filipino", "filipinas", "manila", "bangko sentral"),
    "UYU": ("uruguay", "montevideo", "ursea", "ancap"),
}  # fmt: skip

#: The Spanish-speaking countries whose press prints US dollars "$" (Ecuador, El Salvador and
#: Panama use the dollar; Venezuela's press prices oil and most goods in dollars; Costa Rica's
#: colones are printed "¢"/"₡", Honduras's lempiras "L", Guatemala's quetzales "Q"), by names
#: counted like PESO_COUNTRIES: "$" in a Spanish text that names them more than any peso's
#: country is USD ("pesos" keeps its peso).
DOLLAR_SIGN_COUNTRIES = ("venezuela", "venezolan", "pdvsa", "caracas", "ecuador", "ecuatorian",
                         "petroecuador", "guayaquil", "el salvador", "salvadoreñ", "panamá",
                         "panameñ", "costa rica", "costarricense", "aresep", "recope",
                         "honduras", "hondureñ", "tegucigalpa", "ihcafe", "ihcafé",
                         "lempira", "guatemala", "guatemaltec")  # fmt: skip

#: The countries besides the US whose currency is printed "$", by the names (lower case, whole
#: words) a text about them uses: "$" in an English text means the dollar of the country it
#: names more than the US.
#: (Provinces, states and main cities: a local paper names its city, not its country.)
DOLLAR_COUNTRIES = {
    "AUD": (
        "australia",
        "australian",
        "australians",
        "canberra",
        "sydney",
        "melbourne",
        "rba",
        "new south wales",
        "queensland",
        "tasmania",
        "brisbane",
        "perth",
        "adelaide",
        "darwin",
        "hobart",
        "asx",
        "abares",
    ),
    "CAD": (
        "canada",
        "canadian",
        "canadians",
        "ottawa",
        "toronto",
        "ontario",
        "quebec",
        "alberta",
        "british columbia",
        "manitoba",
        "saskatchewan",
        "nova scotia",
        "new brunswick",
        "newfoundland",
        "labrador",
        "prince edward island",
        "yukon",
        "nunavut",
        "northwest territories",
        "edmonton",
        "calgary",
        "vancouver",
        "winnipeg",
        "montreal",
        "montréal",
        "halifax",
        "regina",
        "saskatoon",
        "victoria, b.c.",
        "employment insurance",
    ),
    "NZD": ("new zealand", "auckland", "wellington", "christchurch", "stats nz"),
    "HKD": ("hong kong",),
    "SGD": ("singapore", "singaporean"),
    "JMD": ("jamaica", "jamaican", "jamaicans", "montego bay"),
}

#: The countries besides India whose currency is printed "Rs" or "rupees", by the names (lower
#: case, whole words) a text about them uses: "Rs" means the rupee of the country a text names
#: more than India ("OGRA proposed Rs7 per litre" in a Pakistani paper).
RUPEE_COUNTRIES = {
    "INR": ("india", "indian", "delhi", "new delhi", "mumbai", "rbi", "lok sabha"),
    "PKR": ("pakistan", "pakistani", "pakistanis", "islamabad", "karachi", "lahore", "ogra",
            "rawalpindi", "peshawar", "quetta", "state bank of pakistan"),
    "LKR": ("sri lanka", "sri lankan", "sri lankans", "colombo"),
}  # fmt: skip

#: Names of the US in a text, matched with their capitals ("US" but not "us", not "US$").
US_NAMES = re.compile(
    r"\bU\.S\.(?!\$)|\bUS\b(?!\$)|\bUSA\b|United States|\bAmerican|\bWashington\b|Wall Street"
    r"|Federal Reserve|\bFed\b"
)


#: Spanish months abbreviated as datelines print them ("BOGOTÁ, 22 ene (Reuters)"), beside the
#: ones English shares (feb, mar, jun, jul, sep, oct, nov).
ES_MONTH_ABBREVIATIONS = frozenset(["ene", "abr", "ago", "dic", "set"])


@cache
def month_words() -> frozenset[str]:
    from figcheck.draft.periods import MONTHS

    return frozenset(MONTHS) | frozenset(
        ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    )


#: Identifiers and telephone numbers: a report number ("USDL-22-0417"), "(301) 763-4636",
#: "202-691-5200", "1-800-555-0199". No alternative can backtrack far: each is anchored on a
#: fixed pattern of digit groups.
IDENTIFIER = re.compile(
    r"\b[A-Za-z]+(?:-\d+)+\b"
    r"|\(\d{3}\)\s?\d{3}-\d{4}\b"
    r"|\b(?:1-)?\d{3}-\d{3}-\d{4}\b"
    r"|\b\d{3}-\d{4}\b(?![ \t]*[A-Za-z%])"
    r"|\bIS[BS]N:?[ \t]*\d[\d-]*[\dX]"  # "ISSN: 1936-3737", "ISBN 978-3-16-148410-0"
    # a case's or a document's number: "Expediente No. 1230-2015", "núm. 47", "Nº 3"
    r"|\b(?:No|Nro|nro|Núm|núm|Num|num)\.[ \t]*\d[\d/-]*\b|(?<!\w)[Nn][º°][ \t]*\d[\d/-]*\b"
    # the number of a stock index's name ("Standard and Poor´s 500", "FTSE 100", "IBEX 35")
    r"|\b(?:Poor[’'´`]?s|S&P|FTSE|Russell|Stoxx|STOXX|Nikkei|IBEX|Ibex|CAC|ASX|DAX|MSCI)[ \t]+"
    r"(?:500|400|600|100|250|350|1000|2000|3000|50|225|35|40|200|30)\b(?![.,]\d)"
)

#: The determiners after "of"/"de" that pick a part of a named group ("180,000 of the
#: lowest-paid workers", "3.000 de los trabajadores").
OF_THE_DETERMINERS = frozenset({"the", "those", "these", "its", "their", "los", "las", "sus"})
#: "N of the M things": the words between the two numbers ("five of the six indexes", "seven of
#: its twelve divisions", "9 de los 12 meses", "tres de sus once clases").
OF_THE_PAIRS = frozenset([("of", "the"), ("of", "its"), ("of", "their"), ("de", "los"),
                          ("de", "las"), ("de", "sus")])  # fmt: skip

#: Nouns that name a run of moves after a hyphenated length ("a three-day flat run", "a 5-day
#: losing streak", "a two-week rally"); one adjective may stand between.
RUN_NOUNS = frozenset(["run", "streak", "rally", "slide", "slump", "selloff", "sell-off"])


def _inflections(stem: str) -> list[str]:
    """An English verb's forms: "raise" → raise, raises, raised, raising; "cut" → cut, cuts,
    cutting; "trim" → trimmed, trimming."""
    if stem.endswith("e"):
        return [stem, f"{stem}s", f"{stem}d", f"{stem[:-1]}ing"]
    if stem in ("cut", "trim", "slash") or stem.endswith("sh"):
        doubled = stem if stem.endswith("sh") else stem + stem[-1]
        past = f"{stem}ed" if stem.endswith("sh") else (stem if stem == "cut" else f"{doubled}ed")
        return [stem, f"{stem}es" if stem.endswith("sh") else f"{stem}s", past, f"{doubled}ing"]
    return [stem, f"{stem}s", f"{stem}ed", f"{stem}ing"]


#: Verbs by which someone moves a figure ("lifting their weekly wage by $21.38", "cuts the fee
#: by $5"): read only before "by X to Y", where a move is certain ("raised $5 million" alone is
#: an amount raised, not a move).
MOVE_VERBS = {
    form: direction
    for stems, direction in (
        (("raise", "lift", "boost", "increase", "hike", "push"), "up"),
        (("cut", "reduce", "lower", "slash", "trim", "decrease"), "down"),
    )
    for stem in stems
    for form in _inflections(stem)
}

#: Containers whose size names the unit counted ("744 mil sacos de 60 kg", "60-kg bags"): the
#: size is no quantity.
CONTAINERS = frozenset(["sacos", "saco", "sacks", "sack", "bags", "bag", "bolsas", "bultos",
                        "cajas", "boxes", "crates", "bottles", "botellas", "cans", "latas",
                        "drums", "bales", "pacas"])  # fmt: skip
#: What a sum of "pounds of" may be ("5 million pounds of public money"): sterling, not a mass.
MONEY_NOUNS = frozenset(
    ["money", "cash", "debt", "debts", "funding", "funds", "investment", "investments",
     "spending", "revenue", "revenues", "savings", "cuts", "aid", "taxpayers", "tax", "taxes",
     "profit", "profits", "losses", "sales", "damage", "damages", "assets", "income", "capital",
     "compensation", "subsidies", "fines", "loans", "borrowing", "goods", "exports", "imports",
     "contracts", "bonuses", "benefits", "wealth", "stock", "shares", "property", "support"]
)  # fmt: skip
#: What a sum is of, in Spanish and English, for a bare scaled figure in a sentence after money
#: with another scale word ("el ahorro voluntario … al pasar de 15.8 mil millones"): money still.
MONEY_TOPICS = MONEY_NOUNS | frozenset(
    ["ahorro", "ahorros", "ingresos", "ingreso", "gasto", "gastos", "presupuesto", "deuda",
     "inversión", "inversiones", "remesas", "ventas", "exportaciones", "importaciones",
     "recaudación", "ganancias", "utilidades", "pérdidas", "déficit", "superávit", "fondos",
     "financiamiento", "crédito", "créditos", "salarios", "pagos", "subsidios", "reservas",
     "budget", "deficit", "surplus", "reserves", "earnings", "payments", "wages", "costs",
     "cost", "price", "value", "valor", "monto", "costo", "precio", "dinero"]
)  # fmt: skip
