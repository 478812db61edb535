"""The dates and periods printed in a text ("in January 2024", "to June 2022", "in fiscal 2023",
"between 2007 and 2012", "last year", "en 2022", "de enero a junio de 2021"), found in one pass
and read into ISO form for a draft's ``as_of`` and ``where``.

Pure: text in, :class:`Period` records out. The article's date resolves "last year" and a month
printed without a year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from figcheck.draft.scanner import INDIAN_MONEY

__all__ = [
    "HEAD_KINDS",
    "MONTHS",
    "NOT_FROM_HEAD",
    "RELATIVE_KINDS",
    "SAME_SPAN",
    "SAME_TIME",
    "Period",
    "find_periods",
    "head_period",
    "months_after",
    "resolve",
]

_EN_MONTHS = [calendar.month_name[number].lower() for number in range(1, 13)]
_ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MONTHS = {m: i + 1 for i, m in enumerate(_EN_MONTHS)} | {m: i + 1 for i, m in enumerate(_ES_MONTHS)}
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_YEAR = r"(?:19|20)\d{2}"
_ORDINAL = (
    r"first|second|third|fourth|1st|2nd|3rd|4th|primer|primero|segundo|tercer|tercero|"
    r"cuarto|primera|segunda|last|final|último|última"
)
_PART = (
    rf"\b(?:{_ORDINAL})\s+(?:quarter|half|semester|trimestre|semestre|cuatrimestre|bimestre|quincena|"
    rf"mitad)"
    rf"(?:\s+(?:of|de(?:l)?)\s+(?:the\s+year\s+|el\s+año\s+|año\s+)?(?:{_YEAR}|{_MONTH}"
    rf"(?:\s+(?:de(?:l)?\s+)?{_YEAR})?)|\s+{_YEAR}\b)?"  # "FOURTH QUARTER 2018"
)
_NOT_A_FIGURE = (  # "May 9", not "in March 15 million tonnes"
    r"(?![.,]?\d)(?!\s*(?:%|percent|per\b|por\b|million|billion|thousand|mil\b|millones))"
)
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sept": 9,
         "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
_CODE_MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7,
                "Aug": 8, "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
           "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11}  # fmt: skip
_COUNT = "|".join(_COUNTS)
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes",
         "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]  # fmt: skip
_NTH_MONTH = ["primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo",
              "noveno", "décimo", "undécimo", "duodécimo"]  # fmt: skip
#: a month named by its rank in the year: "el décimo primer mes del 2011", "el penúltimo mes de
#: 2011" (November), "el último mes del año" (December)
_MONTH_RANKS = {w: i + 1 for i, w in enumerate(_NTH_MONTH)} | {
    "décimo primer": 11, "décimo primero": 11, "decimoprimer": 11, "décimo segundo": 12,
    "penúltimo": 11, "último": 12}  # fmt: skip
_NTH_MONTH_WORDS = sorted((w.replace(" ", r"\s+") for w in _MONTH_RANKS), key=len, reverse=True)
_PATTERNS = [
    ("nth-month", rf"\b(?:{'|'.join(_NTH_MONTH_WORDS)})\s+mes\s+(?:del\s+año|de(?:l)?\s+"
                  rf"(?:este\s+año|{_YEAR}))\b"),
    ("part", _PART),
    # "the June quarter", "the September quarter of 2023" (Australia, New Zealand): the quarter
    # that ends in that month
    ("month-quarter", rf"\bthe\s+({_MONTH})\s+quarter\b(?:\s+(?:of\s+)?({_YEAR})\b)?"),
    # "in Q3", "for Q4": a quarter of the article's year (not "the Audi Q3")
    ("quarter-alone", r"\b(?:in|for|during|en|el|del)\s+Q([1-4])\b(?![-'’]?\d)"
                      r"(?!\s+(?:19|20)\d\d)(?!\s*(?-i:FY))"),  # not "for Q3 FY23"
    # "H1 2024", "1H24", "in H2": a half of that year (of the article's, with none)
    ("half-code", rf"\b(?-i:H)([12])\s*({_YEAR})\b|\b([12])(?-i:H)['’ ]?(\d{{2}}|{_YEAR})\b|"
                  rf"\b(?:in|for|during|en|el|del)\s+(?-i:H)([12])\b(?:\s*({_YEAR})\b)?"),
    # "between Q4 2012 and Q1 2013": a change from one quarter to the next, the later one's
    ("quarter-between", rf"\b(?:between|from)\s+Q[1-4]\s*{_YEAR}\s+(?:and|to)\s+"
                        rf"Q([1-4])\s*({_YEAR})\b"),
    # "Q3 FY24", "Q1 FY2025": a quarter of a fiscal year (India's: April to March)
    ("quarter-fy", rf"\bQ([1-4])\s*(?-i:FY)\s?({_YEAR}|\d{{2}})\b"),
    # "Q4 2018", "Q4'18", "4Q18", "2T de 2024", "3T 2023": a quarter of that year
    ("quarter-code", rf"\bQ([1-4])\s*({_YEAR})\b|\bQ([1-4])['’]?(\d{{2}})\b|"
                     rf"\b([1-4])Q['’]?(\d{{2}}|{_YEAR})\b|\b([1-4])T\s+(?:de(?:l)?\s+)?({_YEAR})\b"),
    # "the 2024 second semester", "its 2023 fourth quarter": the year before the part
    ("year-part", rf"\b(?:(?:in|for|during|of|en)\s+(?:the\s+|its\s+)?)?({_YEAR})\s+"
                  rf"(?:{_ORDINAL})\s+(?:quarter|half|semester)\b"),
    # "the financial year to March 31", "the business year to March", "the year through next
    # March", "the fiscal year ended March 31, 2024": the twelve months to that month (the year
    # read against the article's date when none is printed; resolve)
    ("year-to", rf"\b(?:the|its|a)\s+(?:(?:financial|fiscal|business|full)\s+)?year\s+"
                rf"(?:to|through|ending|ended)\s+(?:the\s+end\s+of\s+)?(?:(next|last)\s+)?"
                rf"({_MONTH})(?:\s+\d{{1,2}}\b)?(?:,?\s+({_YEAR})\b)?"),
    # "the year ahead", "the just-ended year", "the current business year": a year to the month
    # that the text's "year to March" names (find_periods)
    ("year-around", r"\bthe\s+(?:(?:year|twelve\s+months)\s+ahead|coming\s+year|"
                    r"(just[- ]ended)\s+(?:(?:fiscal|financial|business)\s+)?year|"
                    r"(previous)\s+(?:fiscal|financial|business)\s+year|"
                    r"current\s+(?:fiscal|financial|business)\s+year)\b"),
    # "its most recent fiscal quarter": the calendar quarter last ended before the article's date
    ("latest-quarter", r"\b(?:its|the|their)\s+(?:most\s+recent|latest|just[- ]ended)\s+"
                       r"(?:fiscal\s+|financial\s+)?quarter\b"),
    # "the first 20 days of June", "the June 1-20 period", "los primeros 20 días de junio",
    # "del 1 al 20 de junio de 2019": a span of days in a month
    ("day-span", rf"\b(?:the\s+)?first\s+(\d{{1,2}})\s+days\s+of\s+({_MONTH})(?:,?\s+({_YEAR}))?\b|"
                 rf"\blos\s+primeros\s+(\d{{1,2}})\s+días\s+de\s+({_MONTH})(?:\s+de(?:l)?\s+({_YEAR}))?\b|"
                 rf"\b({_MONTH})\s+(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\b{_NOT_A_FIGURE}(?:,?\s+({_YEAR}))?|"
                 rf"\bdel\s+(\d{{1,2}})\s+al\s+(\d{{1,2}})\s+de\s+({_MONTH})\b(?:\s+de(?:l)?\s+({_YEAR}))?"),
    # "the first 11 months of 2019", "los primeros 10 meses de 2025": January to that month
    ("first-months", rf"\b(?:the\s+)?first\s+(\d{{1,2}}|{_COUNT})\s+months\b"
                     rf"(?:\s+of\s+(?:the\s+year\s+)?({_YEAR})\b)?|"
                     rf"\blos\s+primeros\s+(\d{{1,2}}|{_COUNT})\s+meses\b"
                     rf"(?:\s+de(?:l)?\s+(?:año\s+)?({_YEAR})\b)?|"
                     # "los once primeros meses del año", "los 11 primeros meses de 2016"
                     rf"\blos\s+(\d{{1,2}}|{_COUNT})\s+primeros\s+meses\b"
                     rf"(?:\s+de(?:l)?\s+(?:año\s+)?({_YEAR})\b)?|"
                     # "acumularon en 11 meses", "cumulative in 11 months"
                     rf"\b(?:acumul[a-záéíóú]*|cumulative|accumulated)\s+(?:en|in)\s+"
                     rf"(?:los\s+|the\s+)?(\d{{1,2}}|{_COUNT})\s+(?:meses|months)\b"),
    # "the first three quarters of fiscal 2023", "los tres primeros trimestres de 2022": January
    # to the end of the last of them
    ("first-quarters", rf"\b(?:the\s+)?first\s+(two|three|2|3)\s+quarters\b(?:\s+of\s+(?:the\s+)?"
                       rf"(?:(?:fiscal|financial)\s+(?:year\s+)?)?({_YEAR})\b)?|"
                       rf"\blos\s+(?:(dos|tres)\s+primeros|primeros\s+(dos|tres))\s+trimestres\b"
                       rf"(?:\s+de(?:l)?\s+(?:año\s+)?({_YEAR})\b)?"),
    # "on Jan. 1", "Sept. 30, 2019", "Dec 31" (news style; capitalised: not "el mar 3")
    ("abbr-day", rf"(?-i:\b({'|'.join(_ABBR)}))\.?\s+(\d{{1,2}})\b{_NOT_A_FIGURE}"
                 rf"(?:,?\s+({_YEAR}))?"),
    # "Jan-2019", "28-Feb-2019": a month or a day printed as a code (aviation and trade
    # bulletins); capitalised, as printed
    ("month-code", rf"(?-i:\b(?:(\d{{1,2}})-)?({'|'.join(_CODE_MONTHS)})-({_YEAR})\b)(?![-/]\d)"),
    # "En el mes de referencia (noviembre)": the month the release is about
    ("reference-month", rf"\b(?:mes|month|periodo|período|period)\s+(?:de\s+)?referencia\s*"
                        rf"\(\s*({_MONTH})(?:\s+(?:de(?:l)?\s+)?({_YEAR}))?\s*\)"),
    ("day", rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{_NOT_A_FIGURE}(?:,?\s+({_YEAR}))?|"
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?({_MONTH})\b(?:,?\s+(?:de(?:l)?\s+)?({_YEAR}))?|"
            # "the 4th of May"
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)\s+of\s+({_MONTH})\b(?:,?\s+({_YEAR}))?"),
    # "in week 5", "week 4, 2018", "week 03/2011", "la semana epidemiológica 12", "la SE 22 de
    # 2019": a numbered week of that year (not "week 5 of the season": a team's or a show's)
    ("week-number", rf"\b(?:(?:in|during|for|from|to|since|until|by|of|en|durante|desde|hasta|"
                    rf"de)\s+(?:the\s+|la\s+)?)?(?:(?:(?:reporting|surveillance|epidemiological|"
                    rf"MMWR|ISO)\s+)?week|semana(?:\s+epidemiol[oó]gica)?(?:\s*\(SE\))?|"
                    rf"(?-i:SE))\s+(?:n[uú]mero\s+|N\.?[º°]\s*)?(\d{{1,2}})\b(?![.,]\d|\s*%)"
                    rf"(?:\s*[,/-]\s*({_YEAR})\b|\s+(?:de(?:l)?|of)\s+({_YEAR})\b)?"
                    r"(?!\s+of\s+(?:the|its|his|her|their|a|an|this|that)\b)"),
    ("weekday", rf"\b(?:{'|'.join(_DAYS)})\b"),
    # "el Puente Guadalupano" (Mexico): the long weekend that 12 December makes (resolve)
    ("holiday", r"\bpuente\s+guadalupano\b"),
    # "las elecciones del 26-J", "el 20-D" (Spain's elections): a day as its number and its
    # month's Spanish initial, after an article or an election word ("3-D" alone is no day)
    ("letter-day", r"\b(?:el|del|al|este|desde|elecciones|comicios)\s+((?:[12]?\d|3[01])-"
                   r"(?-i:[EFMAJSOND]))(?![\w-])"),
    # "between 2006 and 2012"; "in 2000 and 2001" (both years, not one of them "respectively")
    ("between", rf"\b(?:between|entre|from|de)\s+({_YEAR})\s+(?:and|y|to|a)\s+({_YEAR})\b|"
                rf"\b(?:in|during|en|durante)\s+({_YEAR})\s+(?:and|y)\s+({_YEAR})\b"
                r"(?!,?\s+(?:respectively|respectivamente)\b)"),
    ("fiscal", rf"\b(?:in\s+)?fiscal(?:\s+year)?\s+({_YEAR})(?:\s*[-–/]\s*(\d{{2,4}}))?|"
               # "FY24", "FY2024", "FY2023-24" (in capitals), "the 2023 financial year"
               rf"\b(?-i:FY)\s?({_YEAR}|\d{{2}})\b(?:\s*[-–/]\s*(\d{{2,4}}))?|"
               rf"\bthe\s+({_YEAR})\s+(?:financial|fiscal)\s+year\b"),
    (
        "month-span",
        rf"\b(?:de|from|desde|between|entre)\s+({_MONTH})(?:\s+(?:de(?:l)?\s+)?({_YEAR}))?\s+"
        rf"(?:a|al|to|through|until|hasta|and|y)\s+({_MONTH})(?:\s+(?:de(?:l)?\s+)?(?:({_YEAR})|"
        # "entre enero y octubre de este año", "from January to October this year": the year
        # of the article's date, as a span with no year is read
        r"(?:este|this)\s+(?:año|year)\b|(?:el\s+)?año\s+en\s+curso\b))?|"
        # "octubre 2019-abril 2020", "enero-marzo 2024": a span printed with a dash
        rf"\b({_MONTH})(?:\s+({_YEAR}))?\s*[-–]\s*({_MONTH})(?:\s+(?:de(?:l)?\s+)?({_YEAR}))?\b",
    ),
    (
        "month",
        rf"\b(in|to|ending|through|until|since|of|during|(?<!futures )(?<!contract )"
        # "La inflación cerró agosto en 12,4 %": a month closed
        rf"(?<!contracts )for|en|a|hasta|desde|de|durante|at|para|cerró|cerraron)"
        rf"\s+(?:the\s+end\s+of\s+)?({_MONTH})(?:\s+(?:de(?:l)?\s+)?({_YEAR})|"
        # "febrero del año pasado", "in February last year", "noviembre de este año"
        # "noviembre de ese año", "November of that year": of the year the text named last
        r"\s+(del\s+año\s+(?:pasado|anterior)|last\s+year|de\s+este\s+año|this\s+year|"
        r"de\s+ese\s+(?:mismo\s+)?año|of\s+that\s+(?:same\s+)?year))?\b"
        rf"(?![ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b{_NOT_A_FIGURE})"  # "as of March 3" is a day
        rf"(?!\s*[-–]\s*{_MONTH}\b)"  # "en enero-junio": the span
        # "gold for June delivery", "crude futures for October": a contract's month
        r"(?!\s+(?:delivery|contracts?|futures|expiry|settlement|loading|shipment)\b)",
    ),
    # "up from September’s 2.8% uplift", "October’s 8.7% hike", "March's maximum of 22.1", "a
    # drier than average March (107mm …)": a month's own figure
    ("month-owner", rf"\b({_MONTH})(?=['’]s\s+(?:[^\W\d]+\s+){{0,2}}[-+]?\d|\s+\(\s*[-+]?\d)"),
    (  # "the revised August rate of 1,249,000": a month naming a statistic's reading
        "named-month",
        rf"\bthe\s+(?:(?:revised|preliminary|previous|prior|final|advance)\s+)?({_MONTH})"
        rf"(?:\s+({_YEAR}))?(?=\s+(?:rate|figure|estimate|level|reading|total|print|pace)\b)",
    ),
    (
        "split",
        rf"\b(?:(?:in|for|during|of|by|en|de|del|para|durante)\s+(?:(?:the\s+)?(?:year\s+)?|"
        rf"el\s+(?:año\s+)?)?)?({_YEAR})\s*[-–/]\s*(\d{{2}}|{_YEAR})\b(?![-/]\d)",
    ),
    (
        "year",
        rf"\b(in|since|by|for|during|throughout|until|through|of|en|desde|de|del|hasta|para|"
        rf"durante|frente\s+a(?:l)?|ante)\s+"
        # "in the crop year 2020", "en el año agrícola 2020", "en el ejercicio 2023"
        rf"(?:(?:the\s+)?(?:(?:crop|calendar|marketing|school|academic|harvest)\s+)?year\s+|"
        rf"el\s+año\s+(?:(?:agrícola|calendario|escolar|comercial|fiscal)\s+)?|"
        rf"el\s+ejercicio\s+(?:fiscal\s+)?|el\s+)?({_YEAR})\b",
    ),
    # "by the end of the century", "by the year 2100", "by 2150": a horizon of projections
    # (a bare "by 2150" only before a stop: "rose by 2150 tonnes" is a figure)
    ("horizon", r"\bby\s+(?:the\s+end\s+of\s+(?:the|this)\s+century\b|(?:the\s+)?year\s+(21\d\d)\b|"
                r"(21\d\d)(?=\s*[,.;:)]|\s*$))"),
    # "end-2022", "mid-2022", "in late 2022", "early 2023", "calendar 2023", "year-end 2022"
    ("qualified-year", rf"\b(?:early|late|mid|end|year[- ]end|calendar)[- ]({_YEAR})\b"),
    ("to-date", rf"\bso\s+far\s+(?:this\s+year|in\s+{_YEAR})|\byear[- ]to[- ]date\b|"
                rf"\ben\s+lo\s+(?:que\s+va|corrido)\s+(?:del?\s+año|de(?:l)?\s+{_YEAR})"),
    ("trailing", r"\b(?:over|in|during|for)\s+the\s+(?:last|past|previous)\s+(?:year|12\s+months|"
                 r"twelve\s+months)\b(?!\s+(?:to|ending|through|until)\b)|"
                 r"\blos\s+últimos\s+(?:12|doce)\s+meses\b(?!\s+(?:a|al|hasta)\b)|"
                 # "un alza a doce meses de 5,0%": the twelve months to the time it is about
                 r"\b(?:alza|aumento|variación|incremento|baja|caída)\s+a\s+(?:12|doce)\s+meses\b"),
    # "ten years ago", "a decade ago", "hace diez años": that many years before the article's
    ("ago", rf"\b(?:(\d{{1,2}}|{_COUNT})\s+years|(a|one|{_COUNT})\s+decades?)\s+ago\b|"
            rf"\bhace\s+(?:(\d{{1,2}}|{_COUNT})\s+años|(una|{_COUNT})\s+décadas?)\b"),
    ("anchored", r"\ba\s+year\s+(?:earlier|ago|before)\b|"
                 r"\bthe\s+year[- ](?:ago|earlier)\s+(?:period|quarter|month|week|half)\b|"
                 r"\bthe\s+(?:previous|prior)\s+(?:year|month)\b|"
                 r"\bthe\s+(?:year|month)\s+before\b|\bun\s+año\s+(?:antes|atrás)\b|"
                 r"\bhace\s+un\s+año\b|"
                 r"\b(?:el|del)\s+(?:año|mes)\s+anterior\b"),
    # "this summer", "last winter", "el invierno pasado", "este verano": a weather season, the
    # meteorological one (three months) nearest the article's date (resolve)
    ("weather-season", r"\b(this|last|next|past)\s+(summer|winter|spring|autumn|"
                       r"fall\b(?!\s+(?:in|of|to|from|by)\b))\b|"  # not "the next fall in rates"
                       r"\b(?:el|la|del|de\s+la)\s+(verano|invierno|primavera|otoño)\s+"
                       r"(pasad[oa]|anterior|próxim[oa])\b|"
                       r"\b(?:(?:en|durante)\s+)?(este|esta)\s+(verano|invierno|primavera|otoño)\b"),
    # "this season", "last season", "this term", "esta temporada": a sport's season, in a text
    # that prints its seasons as split years (read in find_periods)
    ("season", r"\b(?:this|last|the\s+current|the\s+previous)\s+(?:season|term|campaign)\b|"
               r"\besta\s+temporada\b|\bla\s+temporada\s+(?:pasada|anterior)\b"),
    # "la quincena anterior": the fortnight before the one the article is about (governing)
    ("fortnight-back", r"\bquincena\s+(?:anterior|previa|precedente)\b|"
                       r"\bthe\s+previous\s+fortnight\b"),
    # "last week", "la semana pasada": Monday to Sunday of the week before the article's
    # "in the last week", "over the past week", "en la última semana": the seven days to the
    # article's date; "since last Monday": from that day to it
    ("trailing-week", rf"\b(?:in|over|during|for|en|durante)\s+(?:the\s+(?:last|past)\s+(?:week|"
                      rf"seven\s+days|7\s+days)|la\s+última\s+semana|los\s+últimos\s+(?:siete|7)\s+"
                      rf"días)\b|\b(?:since|desde\s+el)\s+(?:last\s+)?({'|'.join(_DAYS)})"
                      rf"(?:\s+pasado)?\b"),
    # "last week", "la semana pasada": Monday to Sunday of the week before the article's
    ("last-week", r"\blast\s+week\b|\bla\s+semana\s+pasada\b"),
    # "yesterday", "ayer", "anteayer": a day before the article's
    # "the 24 hours to 9 this morning": a weather report's rainfall day, the article's
    ("yesterday", r"\b(?:yesterday|anteayer|antier|ayer)\b|"
                  r"\bthe\s+24\s+hours\s+to\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|a\.m\.)?\s+)?"
                  r"this\s+morning\b"),
    ("relative", r"\b(last|this|next)\s+(year|month)\b|"
                 r"\bd?el\s+(?:año|mes)\s+(?:pasado|próximo|que\s+viene)\b|"
                 r"\beste\s+(?:año|mes)\b|\bel\s+próximo\s+(?:año|mes)\b"),
    ("label", rf"\b({_YEAR})(?=\s*\()"),
    # "Comparing 2019 with 2018": the first year is the figures' (the second their base)
    ("comparing", rf"\bcompar(?:ing|ando)\s+({_YEAR})(?=\s+(?:with|to|against|con|y)\s+{_YEAR}\b)"),
    ("dateline", rf"\b({_MONTH})\s+(?:de(?:l)?\s+)?({_YEAR})\b"),
    # "November was the year's second-wettest month, with 77.1mm": a month as a sentence's
    # subject (capitalised, at a sentence's start; read in find_periods)
    # "October showed …"; a title's "October: CPI Shows …"
    # "October net job growth was led by …": up to three lower-case words before the verb
    ("month-subject", rf"\b({_MONTH})(?=(?-i:\s+[a-záéíóúñ-]+){{0,3}}?\s+(?:was|were|saw|had|"
                      r"brought|recorded|showed|fue|"
                      # a Spanish preterite: "Septiembre sumó", "Octubre dejó", "Enero cerraron"
                      r"registró|cerró|trajo|[a-záéíóúñ]{2,}(?:ó|aron|ieron))\b|:[ \t])"),
]  # fmt: skip
#: Every pattern, tried only where a word may begin (not right after a letter or digit): the
#: alternation was tried at every character, 2.9 times slower on ordinary text, with the same
#: periods found on every gold text.
_FIND = re.compile(
    r"(?<![^\W_])(?:" + "|".join(f"(?P<{n.replace('-', '_')}>{p})" for n, p in _PATTERNS) + ")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    """A period as printed, and its reading."""

    text: str
    start: int
    end: int
    kind: str  # year | month | between | fiscal | month-span | relative | yesterday | …
    first: str  # ISO: "2022", "2022-06", "FY2023", or "" when a year is missing
    last: str  # the end of an interval ("" for a point)
    word: str = ""  # the preposition: "in", "to", "since"…
    fallback: str = ""  # for a month printed without a year: the year of the text's headline
    ahead: bool = False  # a day or month without a year in a statement about the future
    bound: bool = False  # "since 2007" bounding a record ("the lowest since 2007"), no span


def find_periods(text: str) -> list[Period]:
    """Every period in ``text``, in order (one pass, no backtracking beyond a few words)."""
    out: list[Period] = []
    span: Period | None = None  # the last span of months, for "the same period of 2018"
    same_until = -1
    year_seen = ""  # the year of the headline's month, for a later "in June"
    april = _april_to_march(text)
    india = _india_fiscal(text)
    seasons = _SPLIT_SEASON.search(text[:20000]) is not None
    sport = len({w.lower() for w in _SPORT.findall(text[:20000])}) >= 3
    quarters: dict[int, tuple[str, str]] = {}  # a company's quarters named by their end
    year_end = ""  # the month a "year to March" names, for "the year ahead"
    named = ""  # the last year printed, for "noviembre de ese año"
    skip = -1  # the end of a fiscal year read into the quarter before it
    for m in _FIND.finditer(text):
        if m.start() < skip:
            continue
        kind = next(k for k, v in m.groupdict().items() if v is not None and k in _KINDS)
        period = _read(m, kind.replace("_", "-"))
        if _names_no_time(text, period):
            continue
        if kind == "month_owner" and _after_a_name(text, m.start()):
            continue  # "Theresa May's party won 42%", "Theresa May (52%)": a person (review30)
        if period.kind == "month-subject":  # "November was …" opening a sentence
            opens = (
                not text[: m.start()].rstrip(" \t") or text[: m.start()].rstrip(" \t")[-1] in ".\n"
            )
            if not (m.group(0)[0].isupper() and opens):
                continue
            period = replace(period, kind="month")
        if period.kind == "weather-season" and _SOUTH.search(text[:20000]):
            period = replace(period, word=f"{period.word}:S")  # "in the southern hemisphere"
        if period.kind == "season" and not seasons:
            continue  # "this season" of a shop, a crop, a campaign: not read
        if period.kind == "quarter-fy":  # "Q3 FY24": October to December 2023 in India
            period = _fiscal_quarter(period, int(period.word), period.first, india)
        elif period.kind == "part" or (period.kind == "month-span" and _QUARTER_WORD.search(
                period.text)):  # fmt: skip
            of_fiscal = _OF_FISCAL.match(text, period.end)
            nth = _PART_READ.match(period.text)
            n = _NTH.get(nth.group(1).lower(), 0) if nth else 0
            if of_fiscal and india and n and period.first.startswith("-"):
                year = of_fiscal.group(1)  # "the third quarter of fiscal 2024"
                period = _fiscal_quarter(period, n, year if len(year) == 4 else f"20{year}", True)
                period = replace(period, text=text[period.start : of_fiscal.end()],
                                 end=of_fiscal.end())  # fmt: skip
                skip = of_fiscal.end()
        elif period.kind == "day":
            ended = _QUARTER_ENDED.search(text, max(0, period.start - 60), period.start)
            months = _MONTHS_ENDED.search(text, max(0, period.start - 60), period.start)
            if ended is not None and (period.first[:1].isdigit() or period.first[1:3] > "02"):
                period = _quarter_ended(text, period, ended, quarters)  # "the second quarter
                while out and out[-1].start >= ended.start():  # ended November 30, 2023"
                    out.pop()  # "second quarter", read as the calendar's
            elif months is not None:  # "the nine months ended Sept. 30", "six months to Jan. 31"
                period = _months_ended(text, period, months)
                while out and out[-1].start >= months.start():
                    out.pop()  # "first half", read as the calendar's
        elif period.kind == "month" and period.word in ("to", "ending", "through"):
            months = _MONTHS_BEFORE.search(text, max(0, period.start - 40), period.start)
            if months is not None:  # "the twelve-month period ending October", "the quarter
                period = _months_ended(text, period, months)  # ending March 2024"
        if period.kind == "month-that":  # "En noviembre de ese año": of the last year named
            period = replace(period, kind="month", first=f"{named}{period.first}", word="that")
        elif (period.last or period.first)[:4].isdigit():
            named = (period.last or period.first)[:4]
        if kind == "year_to":  # "the year to March": the text's years end in March
            year_end = year_end or period.word or period.last[5:7]
        if sport and kind == "part" and not period.first[:1].isdigit():
            continue  # "a 31-point third quarter": a game's quarter, not the year's
        if april and period.kind == "split" and period.first.endswith("-07"):
            begin = period.first[:4]  # India's financial year "2025-26": April 2025 to March 2026
            period = replace(period, first=f"{begin}-04", last=f"{int(begin) + 1}-03")
        if _record_since(text, period):
            period = replace(period, word="since", bound=True)  # "the lowest since 2007"
        elif _SINCE_PERIOD.search(text, max(0, period.start - 30), period.start):
            period = replace(period, word="since")  # "since the period ending April 1980"
        elif period.kind == "day" and _SINCE_DAY.search(
            text, max(0, period.start - 12), period.start
        ):
            period = replace(period, word="since")  # "its highest finish since March 8, 2020"
        if kind == "dateline" and period.start < 500:  # a headline's "JUNE 2022"
            year_seen = period.first[:4]
        elif period.first.startswith("-") and year_seen:  # "in June", after "June 2022"
            period = replace(period, fallback=year_seen)  # when the article's date is unknown
        if period.kind == "month-span" and (period.fallback or not period.first.startswith("-")):
            span = period
        elif period.kind == "year" and span is not None:
            if SAME_SPAN.search(text, max(0, period.start - 20), period.start):
                same_until = period.end + 120
            if period.start <= same_until:
                year = period.first
                period = Period(
                    period.text,
                    period.start,
                    period.end,
                    "month-span",
                    f"{year}{span.first[4:]}",
                    f"{year}{span.last[4:]}",
                    "from",
                )
        if (
            ((period.kind in ("day", "month") and period.first.startswith("-"))
             or period.kind in ("year-to", "months-to"))
            and (_AHEAD.search(text, max(0, period.start - 110), period.start))
        ):  # fmt: skip
            period = replace(period, ahead=True)  # "by 30 June", "will be passed on 3 July"
        out.append(period)
    if year_end:  # "the year ahead", "the just-ended year": years to the text's month
        out = [replace(p, kind="year-to", word=year_end) if p.kind == "year-around" else p
               for p in out]  # fmt: skip
    return _company_quarters(out, quarters) if quarters else out


def _company_quarters(periods: list[Period], quarters: dict[int, tuple[str, str]]) -> list[Period]:
    """A quarter printed without a year ("the second quarter", "In the first quarter") in a text
    that names a quarter by its end ("the second quarter ended November 30, 2023"): that
    company's quarter, before or after the naming."""
    out = []
    for period in periods:
        nth = _PART_READ.match(period.text) if _QUARTER_WORD.search(period.text) else None
        n = _NTH.get(nth.group(1).lower(), 0) if nth else 0
        if n in quarters and period.first.startswith("-") and period.last:
            first, last = quarters[n]
            period = replace(period, first=first, last=last)
        out.append(period)
    return out


#: words before a day or month without a year that put it ahead of the article's date ("the
#: target … by 30 June", "the 80% figure will be passed on 3 July"): this year's, even when
#: later in the year than the article's date
_AHEAD = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$|\b(?:will|shall|is\s+expected|are\s+expected|"
                    r"(?:is|are|was|were)\s+set\s+to|is\s+due|are\s+due|scheduled|se\s+espera|"
                    r"prevé|prevén|esperan?|confían?|anticipan?|pronostican?|expects?|forecasts?|"
                    r"next|upcoming|próxim[oa]s?|siguiente|"
                    # Spanish future tense: "será", "mantendrá", "recortará"
                    r"[a-záéíóúñ]+r(?:á|án))\b[^.;!?]*$", re.IGNORECASE)  # fmt: skip


#: "its second fiscal quarter ended", "the quarter, which ended", "el trimestre terminado el"
_QUARTER_ENDED = re.compile(
    rf"\b(?:({_ORDINAL})\s+)?(?:fiscal\s+|financial\s+)?(?:quarter|trimestre)(?:\s+fiscal)?\s*,?\s*"
    r"(?:which\s+|that\s+|que\s+)?(?:ended|ending|closed|terminad[oa]|finalizad[oa]|"
    r"cerrad[oa]|concluid[oa]|terminó|cerró)\s+(?:on\s+|el\s+|al\s+)?$",
    re.IGNORECASE,
)
#: "the nine-month period ended", "the six months ending", "the half year ended", "los nueve
#: meses terminados el": that many months to the day after it
_MONTHS_ENDED = re.compile(
    r"\b(?:(three|six|nine|twelve|3|6|9|12|tres|seis|nueve|doce)[- ]months?(?:[- ]period)?|"
    r"(half)[- ]year(?:ly\s+period)?|(first|second)\s+half(?:\s+of\s+the\s+year)?|"
    r"(tres|seis|nueve|doce)\s+meses)\s*,?\s*(?:which\s+|that\s+|que\s+)?"
    r"(?:ended|ending|closed|to|through|terminad[oa]s|concluid[oa]s|cerrad[oa]s|hasta|al)\s+"
    r"(?:on\s+|el\s+|al\s+)?$",
    re.IGNORECASE,
)
#: "the twelve-month period", "the quarter", "the six months" before "ending October", "to June
#: 2022": that many months to that month ("the 12 months to May 2022" stays the month, as the
#: extraction tests read it)
_MONTHS_BEFORE = re.compile(r"\b(?:(three|six|nine|3|6|9)[- ]months?(?:[- ]period)?|"
                            r"(twelve|12)[- ]months?[- ]period|(half)[- ]year|(quarter))\s+$",
                            re.IGNORECASE)  # fmt: skip
_MONTHS_COUNT = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "tres": 3, "seis": 6,
                 "nueve": 9, "doce": 12, "half": 6, "first": 6, "second": 6,
                 "quarter": 3}  # fmt: skip
_QUARTER_WORD = re.compile(r"\b(?:quarter|trimestre)\b", re.IGNORECASE)
#: "the third quarter of fiscal 2024", "of FY24", "of the fiscal year 2024"
_OF_FISCAL = re.compile(rf"\s+of\s+(?:the\s+)?(?:fiscal(?:\s+year)?\s+|(?-i:FY)\s?)"
                        rf"({_YEAR}|\d{{2}})\b", re.IGNORECASE)  # fmt: skip


#: a sport's seasons printed as split years: "the 2023/24 season", "Most goals in a season: How
#: 2023/24 compared", "2023-24 becomes the most goal-laden 20-team season"
_SPLIT_SEASON = re.compile(rf"\b{_YEAR}\s*[-/–]\s*\d{{2}}\b[^.\n]{{0,50}}\b(?:season|temporada|"
                           rf"campaign)\b|"
                           rf"\b(?:season|temporada)\b[^.\n]{{0,20}}\b{_YEAR}\s*[-/–]\s*\d{{2}}\b",
                           re.IGNORECASE)  # fmt: skip


def _india_fiscal(text: str) -> bool:
    """``text`` counts an Indian company's or government's fiscal year (April to March): it
    prints rupees, crores or lakhs and a fiscal year ("fiscal 2024", "FY24")."""
    head = text[:20000]
    return (
        INDIAN_MONEY.search(head) is not None
        and re.search(
            r"\bfiscal\b|\bfinancial\s+year\b|(?-i:(?<![A-Za-z])FY\s?\d)", head, re.IGNORECASE
        )
        is not None
    )


def _fiscal_quarter(period: Period, n: int, year: str, april: bool) -> Period:
    """Quarter ``n`` of fiscal year ``year`` ("FY2024"): in a year that runs April to March,
    Q1 is April to June of the year before; else the fiscal year itself (its start unknown)."""
    if not april:  # its months read against the text's date (resolve)
        return replace(period, kind="fiscal", first=f"FY{year}", last="", word=f"q{n}")
    first = months_after(f"{int(year) - 1}-04", 3 * (n - 1))
    return replace(period, kind="month-span", first=first, last=months_after(first, 2), word="in")


def _quarter_ended(text: str, day: Period, ended: re.Match[str],
                   quarters: dict[int, tuple[str, str]]) -> Period:  # fmt: skip
    """The three months to ``day`` ("the second quarter ended November 30, 2023": September to
    November 2023); the other quarters of that fiscal year, by their ordinals, are kept in
    ``quarters`` for a later "the first quarter"."""
    nth = ended.group(1)
    n = _NTH.get(nth.lower(), 0) if nth else 0
    if day.first.startswith("-"):  # "the first quarter ended Sept. 30": the year read later
        last, first = day.first[:3], f"-{int(day.first[1:3]) - 2:02d}"  # (resolve), March on
        for k in range(1, n + 1) if n else ():  # the quarters before it, in its calendar year
            end = int(last[1:]) - 3 * (n - k)
            if end > 2:
                quarters.setdefault(k, (f"-{end - 2:02d}", f"-{end:02d}"))
        return Period(text[ended.start() : day.end], ended.start(), day.end, "month-span", first,
                      last, "in")  # fmt: skip
    last = day.first[:7]
    first = months_after(last, -2)
    for k in range(1, 5) if n else ():
        start = months_after(first, 3 * (k - n))
        quarters.setdefault(k, (start, months_after(start, 2)))
    return Period(text[ended.start() : day.end], ended.start(), day.end, "month-span", first, last,
                  "in")  # fmt: skip


def _months_ended(text: str, day: Period, ended: re.Match[str]) -> Period:
    """The months to ``day`` that ``ended`` counts ("the nine-month period ended September 30,
    2023": January to September 2023); a span across a year's turn needs the day's year."""
    word = next(g for g in ended.groups() if g is not None).lower()
    months = int(word) if word.isdigit() else _MONTHS_COUNT[word]
    last = day.first[:7] if day.first[:1].isdigit() else day.first[:3]
    if last.startswith("-"):  # no year: read against the article's date (resolve)
        return Period(text[ended.start() : day.end], ended.start(), day.end, "months-to", last, "",
                      str(months), ahead=day.ahead)  # fmt: skip
    else:
        first = months_after(last, 1 - months)
    return Period(text[ended.start() : day.end], ended.start(), day.end, "month-span", first,
                  last, "in")  # fmt: skip


#: the kinds a text's head may state for all its figures: a month, a span, a quarter, a year
HEAD_KINDS = frozenset(["month", "month-span", "part", "year", "between", "fiscal", "split"])
NOT_FROM_HEAD = frozenset(["since", "desde", "until", "hasta", "by", ""])  # "" : "JUNE 2022"
#: "in 2020 dollars", "a precios de 2018": a base of prices, not the figures' time
_CONSTANT = re.compile(r"\s+(?:US\s+)?(?:dollars|pesos|euros|pounds|prices|terms)\b|"
                       r"(?<=precios de \d{4})", re.IGNORECASE)  # fmt: skip
_FOOTNOTE = re.compile(r"\[\d{1,2}\]|\(\d\)")


def head_period(text: str, periods: list[Period]) -> Period | None:
    """The period a text's head states for the figures after it ("INDICADORES DE EMPLEO /
    CIFRAS DURANTE AGOSTO DE 2018 / … para agosto de 2018:"): the last month, span, quarter or
    year (with its preposition; not "since 2010") printed on the first lines (at most six, 600
    characters) before the first line that prints a figure. ``periods``: ``find_periods(text)``."""
    head, start = 0, 0
    for _ in range(6):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = _FOOTNOTE.sub("", text[start:end])
        for period in periods:  # the periods' own digits are no figure
            if start <= period.start and period.end <= end:
                line = line.replace(text[period.start : period.end], "")
        if any(c.isdigit() for c in line) or end > 600 or end - start > 200:
            break  # a figure, or a paragraph: the head is a title and short lead lines
        head, start = end, end + 1
        if start >= len(text):
            break
    stated = [p for p in periods if p.end <= head and p.kind in HEAD_KINDS
              and p.word not in NOT_FROM_HEAD and (p.first or p.last)
              and not _CONSTANT.match(text, p.end)]  # fmt: skip
    return stated[-1] if stated else None


#: words of a game's report: three of them make a quarter or a half without a year the game's
_SPORT = re.compile(r"\b(?:rebounds?|assists?|steals|touchdowns?|innings|halftime|half-time|"
                    r"free[- ]throws?|field goals?|three-pointers?|box score|quarterback|"
                    r"goalkeeper|penalty kick|overtime|playoffs?|series lead|scored)\b",
                    re.IGNORECASE)  # fmt: skip
_BUDGET_YEAR = re.compile(r"\b(?:financial|fiscal)\s+year\b|\bbudget\b", re.IGNORECASE)


_UK_MONEY = re.compile(r"£\s?\d")
_UK_PLACE = re.compile(r"\b(?:Britain|British|UK|U\.K\.|England|Scotland|Wales|HMRC|NHS)\b")


def _april_to_march(text: str) -> bool:
    """``text`` counts India's or Britain's financial years (April to March): it prints rupees,
    crores or lakhs and speaks of a financial year or a budget, or it prints pounds and names
    Britain or one of its nations. (India's crop year, July to June, is the one of a text on
    harvests: "lakh tonnes in 2015-16".)"""
    head = text[:20000]
    if _UK_MONEY.search(head) is not None and _UK_PLACE.search(head) is not None:
        return True  # Britain's financial year: "£20.1 billion in 2019-20"
    return INDIAN_MONEY.search(head) is not None and _BUDGET_YEAR.search(head) is not None


def _names_no_time(text: str, period: Period) -> bool:
    """A month or year that is no figure's time: part of a name after "for"/"of" ("Tickets for
    May Day", "the Friends of August Wilson"), or the date of a founding or a birth ("the
    office, founded in 2004,")."""
    if period.kind == "month" and _CONTRACT.search(text, max(0, period.start - 40), period.start):
        return True  # "the most traded contract for the month of July": a contract's month
    if period.kind == "month" and period.first.startswith("-") and period.word in _NAME_WORDS:
        return bool(_CAPITALISED.match(text, period.end))
    return period.kind in ("year", "month") and bool(
        _FOUNDED.search(text, max(0, period.start - 20), period.start)
    )


_NAME_WORDS = frozenset(["for", "of", "para", "at"])
_CONTRACT = re.compile(r"\b(?:contracts?|futures)\s+(?:for\s+)?(?:the\s+month\s*)?$",
                       re.IGNORECASE)  # fmt: skip
_CAPITALISED = re.compile(r"[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")
_FOUNDED = re.compile(r"\b(?:founded|established|born|created|fundad[oa]s?|nacid[oa]s?|"
                      r"cread[oa]s?)\s*$", re.IGNORECASE)  # fmt: skip
#: a superlative some words before "since"/"desde" and a period, in one clause: the bound of a
#: record ("the lowest since 2007", "el menor incremento desde marzo de 2021", "the coldest
#: March since 1962", "la más baja para ese período desde 2020"), not the figure's span
_SUPERLATIVE = re.compile(
    r"\b(?:highest|lowest|largest|biggest|smallest|greatest|most(?!\s+of\b)|fewest|best|worst|"
    r"fastest|slowest|steepest|sharpest|strongest|weakest|hottest|coldest|warmest|wettest|"
    r"driest|first\s+time|(?:el|la|los|las|su|sus|lo)\s+(?:mayor|menor|peor|mejor)(?:es)?|"
    r"más\s+(?:alt|baj|elevad|grande|fuerte|débil|pronunciad|contenid)[a-záéíóú]*|"
    r"(?:máximo|mínimo|récord)s?)\b(?:\s+[^\W\d]+){0,8}\s+"
    # the "since" before the period, when the period does not hold it: "desde principios de"
    r"(?:(?:since|desde)(?:\s+(?:early|late|mid|the\s+(?:start|beginning|end)\s+of|"
    r"principios|inicios|finales|mediados|el\s+(?:inicio|comienzo)))\s+)?$",
    re.IGNORECASE,
)


def _record_since(text: str, period: Period) -> bool:
    """``period`` bounds a record: "since 2007" after "the lowest", "de 2014" after "el menor
    incremento desde principios"."""
    got = _SUPERLATIVE.search(text, max(0, period.start - 100), period.start)
    if got is None:
        return False
    return (
        period.word in ("since", "desde")
        or re.search(r"\b(?:since|desde)\b", got.group(0), re.IGNORECASE) is not None
    )


_SINCE_PERIOD = re.compile(r"\b(?:since|desde) the period\s+$", re.IGNORECASE)
_SINCE_DAY = re.compile(r"\b(?:since|desde)\s+(?:el\s+)?$", re.IGNORECASE)
_SAME_WORD = r"(?:mism[oa]s?|igual(?:es)?|same|similar(?:es)?|este|esta)\s+"
#: "the same period of 2018", "el mismo periodo de 2018" right before a year: the span of months
#: named before, in that year
SAME_SPAN = re.compile(rf"{_SAME_WORD}(?:periodo|período|period)(?:\s+(?:de|of|in))?\s*$",
                       re.IGNORECASE)  # fmt: skip
#: "el mismo mes de 2017", "the same quarter of 2020", up to two words between: a time of the
#: period the article is about, in another year
SAME_TIME = re.compile(rf"{_SAME_WORD}(?:mes|periodo|período|lapso|trimestre|semana|quincena|"
                       r"month|period|quarter|week),?\s+(?:[^\W\d]+,?\s+){0,2}$",
                       re.IGNORECASE)  # fmt: skip


_KINDS = {p[0].replace("-", "_") for p in _PATTERNS}


_NAME_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z][a-z]+)[ \t]+$")
#: Capitalised words that stand before a month's name as words, not as a person's first name.
_BEFORE_A_MONTH = frozenset({
    "last", "this", "next", "in", "by", "since", "until", "after", "before", "during", "early",
    "late", "mid", "each", "every", "from", "of", "for", "through", "throughout", "and",
    "or", "but", "a", "an", "the", "that", "its", "his", "her", "their", "our", "average",
})  # fmt: skip


def _after_a_name(text: str, at: int) -> bool:
    """A capitalised word that is not one of :data:`_BEFORE_A_MONTH` stands right before ``at``:
    "Theresa" before "May's" (a name), not "Last" in "Last March's …"."""
    found = _NAME_BEFORE.search(text[max(0, at - 40) : at])
    return found is not None and found.group(1).lower() not in _BEFORE_A_MONTH


def _read(m: re.Match[str], kind: str) -> Period:
    g = [x for x in m.groups() if x is not None][1:]  # drop the named group itself
    text = m.group(0)
    if kind == "part":
        return _part(text, m.start(), m.end())
    if kind == "quarter-between":  # "between Q4 2012 and Q1 2013": Q1 2013
        n, year = int(g[0]), g[1]
        return Period(text, m.start(), m.end(), "month-span", f"{year}-{3 * n - 2:02d}",
                      f"{year}-{3 * n:02d}", "in")  # fmt: skip
    if kind == "quarter-fy":  # "Q3 FY24": read in find_periods (the fiscal year's start)
        year = g[1] if len(g[1]) == 4 else f"20{g[1]}"
        return Period(text, m.start(), m.end(), kind, year, "", g[0])
    if kind == "quarter-code":  # "Q4 2018", "4Q18": the quarter's months
        n, year = int(g[0]), g[1] if len(g[1]) == 4 else f"20{g[1]}"
        return Period(text, m.start(), m.end(), "month-span", f"{year}-{3 * n - 2:02d}",
                      f"{year}-{3 * n:02d}", "in")  # fmt: skip
    if kind == "first-months":  # "the first 11 months of 2019": January to November
        count, year = g[0].lower(), g[1] if len(g) > 1 else ""
        months = int(count) if count.isdigit() else _COUNTS[count]
        if not 1 < months < 12:
            return Period(text, m.start(), m.end(), kind, "", "", text.lower())
        return Period(text, m.start(), m.end(), "month-span", f"{year}-01", f"{year}-{months:02d}",
                      "in")  # fmt: skip
    if kind == "first-quarters":  # "the first three quarters of 2023": January to September
        count, year = g[0].lower(), g[1] if len(g) > 1 else ""
        months = 3 * (int(count) if count.isdigit() else _COUNTS[count])
        return Period(text, m.start(), m.end(), "month-span", f"{year}-01", f"{year}-{months:02d}",
                      "in")  # fmt: skip
    if kind == "year-part":  # "the 2024 second semester": as "the second semester of 2024"
        words = text.split()
        at = next(i for i, w in enumerate(words) if w.isdigit())
        part = _part(f"{' '.join(words[at + 1 :])} of {words[at]}", m.start(), m.end())
        return replace(part, text=text)
    if kind == "nth-month":  # "el séptimo mes del año", "el décimo mes de 2016"
        rank = re.match(r"(.+?)\s+mes\b", text, re.IGNORECASE)
        number = _MONTH_RANKS[" ".join(rank.group(1).lower().split())] if rank else 0
        dated = re.search(_YEAR, text)
        first = f"{dated.group(0) if dated else ''}-{number:02d}"
        return Period(text, m.start(), m.end(), "month", first, "", "in")
    if kind == "weather-season":  # "last winter": "last:winter" (resolve)
        when, season = (g[0], g[1]) if g[0].lower() in _WHEN else (g[1], g[0])
        return Period(text, m.start(), m.end(), kind, "", "",
                      f"{_WHEN[when.lower()]}:{_SEASONS[season.lower()]}")  # fmt: skip
    if kind == "trailing-week":  # read against the article's date (resolve)
        return Period(text, m.start(), m.end(), kind, "", "", g[0].lower() if g else "")
    if kind == "last-week":  # read against the article's date (resolve)
        return Period(text, m.start(), m.end(), kind, "", "", "in")
    if kind == "horizon":  # "by the end of the century": 2100 (a text of this century)
        return Period(text, m.start(), m.end(), "year", g[0] if g else "2100", "", "by")
    if kind == "month-code":  # "Jan-2019", "28-Feb-2019"
        number = _CODE_MONTHS[g[-2]]
        if len(g) == 3 and 1 <= int(g[0]) <= calendar.monthrange(int(g[2]), number)[1]:
            iso = f"{g[2]}-{number:02d}-{int(g[0]):02d}"
            return Period(text, m.start(), m.end(), "day", iso, "", "on")
        return Period(text, m.start(), m.end(), "month", f"{g[-1]}-{number:02d}", "", "in")
    if kind == "day":  # "May 9", "26 de julio de 2024"
        month, day, year = (g[0], g[1], g[2] if len(g) > 2 else "") if g[0][0].isalpha() else (
            g[1], g[0], g[2] if len(g) > 2 else "")  # fmt: skip
        number = MONTHS[month.lower()]
        if not 1 <= int(day) <= calendar.monthrange(int(year) if year else 2000, number)[1]:
            return Period(text, m.start(), m.end(), "month", f"{year}-{number:02d}", "", "")
        iso = f"{year}-{number:02d}-{int(day):02d}"
        return Period(text, m.start(), m.end(), kind, iso, "", "on")
    if kind == "day-span":  # "the first 20 days of June", "June 1-20", "del 1 al 20 de junio"
        words = [x for x in g if not x[0].isdigit()]
        numbers = [x for x in g if x[0].isdigit()]
        year = numbers.pop() if numbers and len(numbers[-1]) == 4 else ""
        number = MONTHS[words[0].lower()]
        days = [1, int(numbers[0])] if len(numbers) == 1 else [int(numbers[0]), int(numbers[1])]
        if not 1 <= days[0] <= days[1] <= calendar.monthrange(int(year or 2000), number)[1]:
            return Period(text, m.start(), m.end(), "month", f"{year}-{number:02d}", "", "in")
        return Period(text, m.start(), m.end(), "month-span", f"{year}-{number:02d}-{days[0]:02d}",
                      f"{year}-{number:02d}-{days[1]:02d}", "in")  # fmt: skip
    if kind == "year-to":  # "the year to March 2024": April 2023 to March 2024
        names = [x for x in g if not x[0].isdigit()]
        month = MONTHS[names[-1].lower()]
        years = [x for x in g if x[0].isdigit()]
        if years:
            last = f"{years[0]}-{month:02d}"
            return Period(text, m.start(), m.end(), "month-span", months_after(last, -11), last,
                          "in")  # fmt: skip
        # the year read against the article's date (resolve): the next such month for "the year
        # through next March" (or a forecast's, find_periods), else the last
        return Period(text, m.start(), m.end(), kind, "", "", f"{month:02d}",
                      ahead=names[0].lower() == "next")  # fmt: skip
    if kind == "year-around":  # "the year ahead": its month is the text's (find_periods)
        back = bool(g)  # "the just-ended year", "the previous fiscal year": the last one
        return Period(text, m.start(), m.end(), kind, "", "", "", ahead=not back)
    if kind == "holiday":  # "Puente Guadalupano": read against the article's date (resolve)
        return Period(text, m.start(), m.end(), kind, "", "", "guadalupano")
    if kind == "letter-day":  # "26-J": read against the article's date (resolve)
        return Period(text, m.start(), m.end(), kind, "", "", g[0])
    if kind == "weekday":  # "Friday": the last one on or before the article's date
        return Period(text, m.start(), m.end(), kind, "", "", text.lower())
    if kind == "between":
        return Period(text, m.start(), m.end(), kind, g[0], g[1], "between")
    if kind == "fiscal":
        year = g[0] if len(g[0]) == 4 else f"20{g[0]}"  # "FY24"
        return Period(text, m.start(), m.end(), kind, f"FY{year}", "", "in")
    if kind == "half-code":  # "H1 2024", "1H24", "in H2"
        n, year = int(g[0]), g[1] if len(g) > 1 else ""
        year = f"20{year}" if len(year) == 2 else year
        a, b = (1, 6) if n == 1 else (7, 12)
        return Period(text, m.start(), m.end(), "month-span", f"{year}-{a:02d}", f"{year}-{b:02d}",
                      "in")  # fmt: skip
    if kind == "month-span":  # "de enero a junio de 2021", "from July 2017 through March 2018"
        names = [x for x in g if not x[0].isdigit()]
        years = [x for x in g if x[0].isdigit()]
        a, b = MONTHS[names[0].lower()], MONTHS[names[1].lower()]
        end = years[-1] if years else ""
        start = years[0] if len(years) > 1 else str(int(end) - (a > b)) if end else ""
        return Period(text, m.start(), m.end(), kind, f"{start}-{a:02d}", f"{end}-{b:02d}", "from")
    if kind == "split":  # "2017/18", "2016-17": a crop or marketing year, July to June
        begin, close = int(g[0]), int(g[1])
        if close < 100:
            close += begin // 100 * 100
        if close == begin + 1:
            return Period(text, m.start(), m.end(), kind, f"{begin}-07", f"{close}-06", "in")
        if close > begin:  # "1976-2005": the years between
            return Period(text, m.start(), m.end(), "between", str(begin), str(close), "in")
        return Period(text, m.start(), m.end(), kind, "", "", text.lower())
    if kind == "month":
        month = MONTHS[g[1].lower()]
        year = g[2] if len(g) > 2 else ""
        if year and not year.isdigit():  # "febrero del año pasado", "noviembre de este año"
            if "ese" in year.lower().split() or "that" in year.lower().split():
                return Period(text, m.start(), m.end(), "month-that", f"-{month:02d}", "",
                              g[0].lower())  # fmt: skip
            back = "pasado" in year.lower() or "anterior" in year.lower() or "last" in year.lower()
            return Period(text, m.start(), m.end(), "month-back" if back else kind,
                          f"-{month:02d}", "", g[0].lower())  # fmt: skip
        first = f"{year}-{month:02d}" if year else f"-{month:02d}"
        return Period(text, m.start(), m.end(), kind, first, "", g[0].lower())
    if kind == "year":
        return Period(text, m.start(), m.end(), kind, g[1], "", g[0].lower())
    if kind == "month-subject":  # "November was …": that month
        return Period(text, m.start(), m.end(), kind, f"-{MONTHS[g[0].lower()]:02d}", "", "in")
    if kind == "month-owner":  # "September’s 2.8%": that month (the year read later); "March
        # (107mm …)": of the bracket's figures only (governing)
        bracket = m.string[m.end() : m.end() + 3].lstrip().startswith("(")
        return Period(text, m.start(), m.end(), "month", f"-{MONTHS[g[0].lower()]:02d}", "",
                      "(" if bracket else "of")  # fmt: skip
    if kind == "named-month":
        month, year = MONTHS[g[0].lower()], g[1] if len(g) > 1 else ""
        return Period(text, m.start(), m.end(), "month",
                      f"{year}-{month:02d}" if year else f"-{month:02d}", "", "in")  # fmt: skip
    if kind == "dateline":  # "JUNE 2022" in a headline: the month the text is about
        return Period(text, m.start(), m.end(), "month",
                      f"{g[1]}-{MONTHS[g[0].lower()]:02d}", "", "")  # fmt: skip
    if kind == "abbr-day":  # "Jan. 1", "Sept. 30, 2019"
        number, year = _ABBR[g[0]], g[2] if len(g) > 2 else ""
        if not 1 <= int(g[1]) <= calendar.monthrange(int(year) if year else 2000, number)[1]:
            return Period(text, m.start(), m.end(), "month", f"{year}-{number:02d}", "", "")
        return Period(text, m.start(), m.end(), "day", f"{year}-{number:02d}-{int(g[1]):02d}", "",
                      "on")  # fmt: skip
    if kind == "reference-month":  # "el mes de referencia (noviembre)"
        month, year = MONTHS[g[0].lower()], g[1] if len(g) > 1 else ""
        return Period(text, m.start(), m.end(), "month", f"{year}-{month:02d}", "", "in")
    if kind == "month-quarter":  # "the June quarter": April to June
        month, year = MONTHS[g[0].lower()], g[1] if len(g) > 1 else ""
        if month % 3:
            return Period(text, m.start(), m.end(), kind, "", "", text.lower())
        return Period(text, m.start(), m.end(), "month-span", f"{year}-{month - 2:02d}",
                      f"{year}-{month:02d}", "in")  # fmt: skip
    if kind == "quarter-alone":  # "in Q3": the article's year
        n = int(g[0])
        return Period(text, m.start(), m.end(), "month-span", f"-{3 * n - 2:02d}",
                      f"-{3 * n:02d}", "in")  # fmt: skip
    if kind == "week-number":  # "week 5", "semana epidemiológica 12": its days (resolve)
        epi = bool(re.search(r"epidemiol|\bSE\b|MMWR", text, re.IGNORECASE))
        week = Period(text, m.start(), m.end(), "week", "", "", f"{'epi' if epi else 'iso'}:{g[0]}")
        return _week(week, int(g[1])) if len(g) > 1 else week
    if kind == "ago":  # "ten years ago": read against the article's date
        count = g[0].lower()
        span = int(count) if count.isdigit() else _COUNTS.get(count, 1)
        span *= 10 if "decad" in text.lower() or "década" in text.lower() else 1
        return Period(text, m.start(), m.end(), kind, "", "", str(span))
    if kind == "qualified-year":  # "end-2022": the year
        return Period(text, m.start(), m.end(), "year", g[0], "", "in")
    if kind == "comparing":  # "Comparing 2019 with 2018": 2019
        return Period(text, m.start(), m.end(), "year", g[0], "", "in")
    if kind == "label":  # "2019 (17 mil 776)": a year labelling the figure in brackets
        return Period(text, m.start(), m.end(), "year", g[0], "", "")
    return Period(text, m.start(), m.end(), kind, "", "", text.lower())


_PART_READ = re.compile(rf"({_ORDINAL})\s+(\w+)(?:.*?\b({_MONTH}))?(?:.*?({_YEAR}))?",
                        re.IGNORECASE | re.DOTALL)  # fmt: skip
_NTH = {"first": 1, "1st": 1, "primer": 1, "primero": 1, "primera": 1, "second": 2, "2nd": 2,
        "segundo": 2, "segunda": 2, "third": 3, "3rd": 3, "tercer": 3, "tercero": 3, "fourth": 4,
        "4th": 4, "cuarto": 4, "last": 0, "final": 0, "último": 0, "última": 0}  # fmt: skip


_PART_MONTHS = {"quarter": 3, "trimestre": 3, "cuatrimestre": 4, "bimestre": 2}


def _part(text: str, start: int, end: int) -> Period:
    """A quarter, a half of a year, or a half of a month ("the second quarter of 2023", "el
    primer semestre", "la primera quincena de febrero"): the span of months (or of days)."""
    got = _PART_READ.match(text)
    assert got is not None  # the same words _PART matched
    nth, unit, month, year = got.group(1).lower(), got.group(2).lower(), got.group(3), got.group(4)
    n, year = _NTH[nth], year or ""
    if unit in ("quincena", "mitad", "half") and month:  # a half of a month ("la última
        m = MONTHS[month.lower()]  # quincena de abril": the 16th to its end)
        days = calendar.monthrange(int(year) if year else 2001, m)[1]  # 2001: not a leap year
        first, last = (1, 15) if n == 1 else (16, days)
        return Period(text, start, end, "month-span", f"{year}-{m:02d}-{first:02d}",
                      f"{year}-{m:02d}-{last:02d}", "in")  # fmt: skip
    if n == 0 and not year:  # "the last quarter": the one before the article's, not read
        return Period(text, start, end, "part", "", "", text.lower())
    if unit == "quincena":  # "esta primera quincena": of the month the article is about
        return Period(text, start, end, "part", "", "", text.lower())
    months = _PART_MONTHS.get(unit, 6)
    n = n or 12 // months  # "el último trimestre de 2017": the fourth
    if n * months > 12 or month:
        return Period(text, start, end, "part", "", "", text.lower())  # "segundo mitad de…"
    a, b = (n - 1) * months + 1, n * months
    return Period(text, start, end, "month-span", f"{year}-{a:02d}", f"{year}-{b:02d}", "in")


#: kinds read back from a date ("so far this year", "over the last year", "a year earlier"): the
#: article's, or the time it is about
RELATIVE_KINDS = frozenset(["to-date", "trailing", "anchored"])


def _relative(period: Period, anchor: str) -> Period:
    """A period counted from ``anchor`` (the article's date, or the period the article is
    about): "so far this year" runs from January to it; "over the last year" is the twelve months
    to it; "a year earlier" and "the previous month" are a year or a month before it."""
    month = anchor[:7] if len(anchor) >= 7 else ""
    if period.kind == "to-date":
        year = re.search(_YEAR, period.text)
        start = year.group(0) if year else anchor[:4]
        end = anchor if anchor[:4] == start else f"{start}-12"
        return replace(period, first=f"{start}-01", last=end)
    if period.kind == "trailing":
        if not month:
            return replace(period, first=str(int(anchor[:4]) - 1), last=anchor[:4])
        return replace(period, first=months_after(month, -11), last=month)
    yearly = "year" in period.word or "año" in period.word  # "the year-ago month"
    back = 1 if not yearly and ("month" in period.word or "mes" in period.word) else 12
    if not month:
        return replace(period, first=str(int(anchor[:4]) - back // 12), last="")
    return replace(period, first=months_after(month, -back), last="")


def months_after(month: str, months: int) -> str:
    """``YYYY-MM`` ``months`` later (earlier when negative)."""
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


#: the days a "puente" joins to 12 December, by its weekday (Monday 0): back to the Saturday
#: before a Monday or a Tuesday, on to the Sunday after a Thursday or a Friday, the weekend it
#: falls in; a Wednesday bridges nothing
_BRIDGE = {0: (-2, 0), 1: (-3, 0), 2: (0, 0), 3: (0, 3), 4: (0, 2), 5: (0, 1), 6: (-1, 0)}


#: the word that places a weather season, and the season's first month in the north
_WHEN = {"this": "this", "este": "this", "esta": "this", "last": "last", "past": "last",
         "pasado": "last", "pasada": "last", "anterior": "last", "next": "next",
         "próximo": "next", "próxima": "next"}  # fmt: skip
_SEASONS = {"spring": 3, "primavera": 3, "summer": 6, "verano": 6, "autumn": 9, "fall": 9,
            "otoño": 9, "winter": 12, "invierno": 12}  # fmt: skip
#: a text that places itself in the southern hemisphere, where summer is December to February
_SOUTH = re.compile(r"\bsouthern\s+hemisphere\b|\bhemisferio\s+sur\b|\baustral\b",
                    re.IGNORECASE)  # fmt: skip


def _weather_season(period: Period, published: str) -> Period:
    """ "this summer", "last winter", "el invierno pasado" (``period.word`` "last:12", with
    ":S" in the south): the three months of that season nearest ``published`` (a month):
    "this" the one under way, or the last one ended in the six months before, else the next;
    "last" the last one ended before the one under way; "next" the first one after."""
    when, first, *south = period.word.split(":")
    start = (int(first) + 6 * bool(south) - 1) % 12 + 1
    now = int(published[:4]) * 12 + int(published[5:7]) - 1
    starts = [y * 12 + start - 1 for y in range(int(published[:4]) - 2, int(published[:4]) + 2)]
    under_way = [s for s in starts if s <= now <= s + 2]
    ended = [s for s in starts if s + 2 < now]
    after = [s for s in starts if s > now]
    if when == "this":
        recent = [s for s in ended if now - (s + 2) <= 6]
        chosen = (under_way or recent[-1:] or after)[0]
    elif when == "last":
        chosen = [s for s in ended if not under_way or s < under_way[0]][-1]
    else:
        chosen = after[0]
    begin = f"{chosen // 12}-{chosen % 12 + 1:02d}"
    return replace(period, kind="month-span", first=begin, last=months_after(begin, 2), word="in")


def _week(period: Period, year: int) -> Period:
    """A numbered week of ``year`` (``period.word`` is "iso:5" or "epi:12"): its days, Monday
    to Sunday for an ISO week (Europe's bulletins), Sunday to Saturday for an epidemiological
    week (the Americas': week 1 holds 4 January); unread when the year has no such week."""
    scheme, number = period.word.split(":")
    n = int(number)
    try:
        if scheme == "epi":
            fourth = dt.date(year, 1, 4)
            first = fourth - dt.timedelta(days=(fourth.weekday() + 1) % 7 - 7 * (n - 1))
            if not 1 <= n <= 53 or (first + dt.timedelta(days=3)).year != year:
                return period
        else:
            first = dt.date.fromisocalendar(year, n, 1)
    except ValueError:  # "week 53" of a year with 52, "week 0"
        return period
    last = first + dt.timedelta(days=6)
    return replace(period, kind="month-span", first=first.isoformat(), last=last.isoformat(),
                   word="in")  # fmt: skip


def _guadalupano(period: Period, published: str | None) -> Period:
    """The "Puente Guadalupano": the long weekend 12 December (the Virgin of Guadalupe's day)
    makes, of the 12 December nearest the article's date (Saturday 10 to Monday 12 December
    2022); unread without a date."""
    if not published or len(published) < 7:
        return period
    year = int(published[:4]) - (published[5:7] < "07")
    day = dt.date(year, 12, 12)
    back, on = _BRIDGE[day.weekday()]
    first, last = day + dt.timedelta(days=back), day + dt.timedelta(days=on)
    return replace(period, kind="month-span", first=first.isoformat(), last=last.isoformat(),
                   word="in")  # fmt: skip


def _letter_day(period: Period, published: str | None) -> Period:
    """A day printed as "26-J" or "20-D": the last day of that number in a month of that
    Spanish initial on or before the article's date (its month when the date is a month);
    unread without a date."""
    if not published or len(published) < 7:
        return period
    number, letter = period.word.split("-")
    year = int(published[:4])
    for back in range(24):  # the months from the article's back two years, the latest first
        index = year * 12 + int(published[5:7]) - 1 - back
        y, month = index // 12, index % 12 + 1
        day = f"{y}-{month:02d}-{int(number):02d}"
        if (_ES_MONTHS[month - 1][0].upper() == letter
                and int(number) <= calendar.monthrange(y, month)[1]
                and day[: len(published)] <= published):  # fmt: skip
            return replace(period, kind="day", first=day, word="on")
    return period


def resolve(period: Period, published: str | None) -> Period:
    """Fill a missing year from the article's date ("in June", "last year", "el mes pasado"); a
    month later in the year than the article's is last year's (a text reports what has been).
    ``published`` may be another anchor for "a year earlier" (see :func:`_relative`)."""
    if not published and period.fallback and period.first.startswith("-"):
        published = period.fallback  # the headline's year ("JUNE 2022"), the date being unknown
    year = int(published[:4]) if published else None
    if period.kind == "weekday":
        if not published or len(published) < 10:
            return period
        day = dt.date.fromisoformat(published)
        back = (day.weekday() - _DAYS.index(period.word) % 7) % 7
        return replace(period, kind="day", first=(day - dt.timedelta(days=back)).isoformat())
    if period.kind == "fiscal" and period.word[:1] == "q" and published and len(published) >= 7:
        n, fiscal = int(period.word[1:]), period.first[2:]  # "Q3 FY23" of a calendar fiscal year
        if f"{fiscal}-{3 * n:02d}" <= published[:7]:  # when that quarter has ended by the date
            return replace(period, kind="month-span", first=f"{fiscal}-{3 * n - 2:02d}",
                           last=f"{fiscal}-{3 * n:02d}", word="in")  # fmt: skip
        return replace(period, word="in")  # else the fiscal year (its months unknown)
    if period.kind == "week" and published and year is not None:
        week = _week(period, year)  # "in week 52", written in January: last year's
        return week if week.first[: len(published)] <= published else _week(period, year - 1)
    if period.kind == "letter-day":
        return _letter_day(period, published)
    if period.kind == "holiday":
        return _guadalupano(period, published)
    if period.kind == "month-back" and year is not None:  # "en febrero del año pasado"
        return replace(period, kind="month", first=f"{year - 1}{period.first}")
    if period.kind == "ago" and year is not None:  # "ten years ago"
        return replace(period, kind="year", first=str(year - int(period.word)), word="in")
    if period.kind == "season" and published and len(published) >= 7 and year is not None:
        begin = year - (int(published[5:7]) < 7)  # the season running July to June
        if any(w in period.word for w in ("last", "previous", "pasada", "anterior")):
            return replace(period, kind="split", first=f"{begin - 1}-07", last=f"{begin}-06",
                           word="in")  # fmt: skip
        # "this season": from its start to the date (a season under way), as "so far this year"
        return replace(period, kind="split", first=f"{begin}-07", last=published, word="in")
    if period.kind == "weather-season" and published and len(published) >= 7:
        return _weather_season(period, published)
    if period.kind == "trailing-week" and published and len(published) >= 10:
        day = dt.date.fromisoformat(published)
        back = (day.weekday() - _DAYS.index(period.word) % 7) % 7 or 7 if period.word else 7
        return replace(period, kind="month-span", first=(day - dt.timedelta(days=back)).isoformat(),
                       last=published, word="in")  # fmt: skip
    if period.kind == "last-week" and published and len(published) >= 10:
        day = dt.date.fromisoformat(published)
        monday = day - dt.timedelta(days=day.weekday() + 7)
        return replace(period, kind="month-span", first=monday.isoformat(),
                       last=(monday + dt.timedelta(days=6)).isoformat())  # fmt: skip
    if period.kind == "yesterday":
        if not published or len(published) < 10:
            return period
        back = 1 if period.word in ("yesterday", "ayer") else 2  # anteayer, antier
        back = 0 if period.word.endswith("morning") else back  # "… to 9 this morning"
        day = dt.date.fromisoformat(published) - dt.timedelta(days=back)
        return replace(period, kind="day", first=day.isoformat(), word="on")
    if period.kind == "months-to" and year is not None:  # "the six months to January 31"
        month = int(period.first[1:3])
        if published and len(published) >= 7:  # the next such month in a forecast ("were set to
            now = int(published[5:7])  # increase by 5% in the six months to January 31"), else
            year += (month < now) if period.ahead else -(month > now)  # the last
        last = f"{year}-{month:02d}"
        return replace(period, kind="month-span", first=months_after(last, 1 - int(period.word)),
                       last=last, word="in")  # fmt: skip
    if period.kind == "year-to" and published and len(published) >= 7 and year is not None:
        month, now = int(period.word), int(published[5:7])  # "the year to March"
        if period.ahead:  # the next such month, on or after the article's
            year += month < now
        else:  # the last one, on or before it
            year -= month > now
        last = f"{year}-{month:02d}"
        return replace(period, kind="month-span", first=months_after(last, -11), last=last,
                       word="in")  # fmt: skip
    if period.kind == "latest-quarter" and published and len(published) >= 7 and year is not None:
        closed = (int(published[5:7]) - 1) // 3 * 3  # the last month of the quarter before
        if closed == 0:
            year, closed = year - 1, 12
        return replace(period, kind="month-span", first=f"{year}-{closed - 2:02d}",
                       last=f"{year}-{closed:02d}", word="in")  # fmt: skip
    if period.kind in RELATIVE_KINDS and published and year is not None:
        return _relative(period, published)
    if period.kind == "relative" and year is not None:
        word = period.word
        back = "last" in word or "pasado" in word or "anterior" in word
        shift = -1 if back else 1 if ("next" in word or "próximo" in word or "viene" in word) else 0
        if ("month" in word or "mes" in word) and published and len(published) >= 7:
            return replace(period, kind="month", first=months_after(published[:7], shift),
                           word="in")  # fmt: skip
        return replace(period, kind="year", first=str(year + shift), word="in")
    if period.first.startswith("-") and year is not None:
        end = period.last or period.first
        if published and len(published) >= 7 and end[1:3] > published[5:7] and not period.ahead:
            year -= 1  # "in December", written in January: last December
        last = f"{year}{period.last}" if period.last.startswith("-") else period.last
        return Period(period.text, period.start, period.end, period.kind, f"{year}{period.first}",
                      last, period.word)  # fmt: skip
    return period
