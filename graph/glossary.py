"""English glosses of Arabic and Chinese names, for comparing them with names in English.

Resolution reads "منتدى الابتكار العلمي والتكنولوجي بين الصين وأميركا اللاتينية" as the words
{forum, innovation, science, technology, china, latin america} and so finds the node of the
"China–Latin America Science and Technology Innovation Forum" an English document named. A gloss
is a bag of words, not a translation: it is only compared word set against word set, and only
when every word of the name is known (a gazetteer name, a glossary word, a number), else the name
has no gloss.

The glossary (``data/glossary/glossary.csv``: ``en,ar,zh``) holds the common words of the genre's
names — heads (forum, summit, fair, partnership, plan), their modifiers (science, trade, food,
sustainable), ordinals and the function words a gloss drops (``-``). English alternatives are
separated by ``|``, forms by ``;``. Countries, regions and organizations come from the gazetteer.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path

from .errors import SchemaError
from .extractors.lexicon_ar import ARTICLES, CLITICS
from .gazetteer import Gazetteer, GazetteerEntry, normalize
from .records import EntityClass

GLOSSARY_FILE = Path(__file__).parent / "data" / "glossary" / "glossary.csv"
MAX_ALTERNATIVES = 8

_AR_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\w]+")
_AR_CLITICS = tuple(sorted((*ARTICLES, *CLITICS), key=len, reverse=True))  # longest first
_ZH_SKIP = re.compile(r"[\s\-–—－·・“”\"'‘’《》〈〉()（）、，,]+")

Words = tuple[str, ...]


@dataclass(frozen=True)
class Gloss:
    """The English word sequences a name may read as."""

    readings: tuple[Words, ...]


class Glossary:
    """Arabic phrases (by their first word without article) and Chinese forms, with their English."""

    def __init__(self, rows: list[tuple[tuple[Words, ...], list[str], list[str]]]) -> None:
        self.ar: dict[str, list[tuple[Words, tuple[Words, ...]]]] = {}
        self.zh: dict[str, tuple[Words, ...]] = {}
        for english, ar_forms, zh_forms in rows:
            for form in ar_forms:
                toks = tuple(_bare(t) for t in _AR_WORD.findall(normalize(form)))
                if toks:
                    self.ar.setdefault(toks[0], []).append((toks, english))
            for form in zh_forms:
                self.zh[normalize(form)] = english
        for phrases in self.ar.values():
            phrases.sort(key=lambda p: -len(p[0]))
        self.zh_longest = max((len(k) for k in self.zh), default=1)


def _bare(token: str) -> str:
    """An Arabic word without its article ("البنية" -> "بنية")."""
    for art in ("ال", "لل"):
        if token.startswith(art) and len(token) - len(art) >= 2:
            return token[len(art):]
    return token


def _readings(token: str) -> list[str]:
    """An Arabic word as written, and without the conjunction, preposition or article glued to it."""
    out = [token]
    for p in _AR_CLITICS:
        if token.startswith(p) and len(token) - len(p) >= 2:
            out.append(token[len(p):])
    return list(dict.fromkeys(out))


@lru_cache(maxsize=2)
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """The glossary file, checked: every row has English and at least one form."""
    rows: list[tuple[tuple[Words, ...], list[str], list[str]]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            en = (row.get("en") or "").strip()
            ar = [f.strip() for f in (row.get("ar") or "").split(";") if f.strip()]
            zh = [f.strip() for f in (row.get("zh") or "").split(";") if f.strip()]
            if not en or not (ar or zh):
                raise SchemaError(
                    f"{path.name}, line {n}: a row needs English and an Arabic or Chinese form — fix the row"
                )
            english = tuple(() if alt.strip() == "-" else tuple(alt.split()) for alt in en.split("|"))
            rows.append((english, ar, zh))
    return Glossary(rows)


def _entry_words(entry: GazetteerEntry) -> Words:
    if entry.cls is not None and entry.cls is not EntityClass.COUNTRY:
        acronym = next((lb.text for lb in entry.labels if lb.kind == "acronym" and lb.lang in ("en", "und")), None)
        if acronym:
            return (acronym.lower(),)
    return tuple(re.findall(r"\w+", entry.name.lower()))


def _known(gaz: Gazetteer, text: str) -> GazetteerEntry | None:
    hits = [e for e in gaz.lookup(text) if e.cls is None or e.cls is EntityClass.COUNTRY
            or e.cls in (EntityClass.INTERNATIONAL_ORGANIZATION,)]
    return hits[0] if len(hits) == 1 else None


def gloss(name: str, gaz: Gazetteer, glossary: Glossary | None = None) -> Gloss | None:
    """The gloss of an Arabic or Chinese name, or None when some word of it is not known."""
    g = glossary or load_glossary()
    text = normalize(name)
    if re.search(r"[\u0600-\u06ff]", text):
        parts = _gloss_ar(text, gaz, g)
    elif re.search(r"[\u4e00-\u9fff]", text):
        parts = _gloss_zh(text, gaz, g)
    else:
        return None
    if parts is None:
        return None
    options = parts
    readings: list[Words] = []
    for combo in product(*options):
        readings.append(tuple(w for piece in combo for w in piece))
        if len(readings) >= MAX_ALTERNATIVES:
            break
    readings = [r for r in dict.fromkeys(readings) if r]
    return Gloss(tuple(readings)) if readings else None


def _gloss_ar(text: str, gaz: Gazetteer, g: Glossary) -> list[tuple[Words, ...]] | None:
    toks = _AR_WORD.findall(text)
    options: list[tuple[Words, ...]] = []
    i = 0
    while i < len(toks):
        if toks[i].isdigit():
            options.append(((toks[i],),))
            i += 1
            continue
        step = _gazetteer_at(toks, i, gaz)
        if step is not None:
            n, entry = step
            options.append((_entry_words(entry),))
            i += n
            continue
        hit = _glossary_at(toks, i, g)
        if hit is None:
            return None
        n, english = hit
        options.append(english)
        i += n
    return options


def _gazetteer_at(toks: list[str], i: int, gaz: Gazetteer) -> tuple[int, GazetteerEntry] | None:
    for n in range(min(6, len(toks) - i), 0, -1):
        rest = " ".join(toks[i + 1 : i + n])
        for first in _readings(toks[i]):
            entry = _known(gaz, f"{first} {rest}".strip())
            if entry is not None:
                return n, entry
    return None


def _glossary_at(toks: list[str], i: int, g: Glossary) -> tuple[int, tuple[Words, ...]] | None:
    for first in _readings(toks[i]):
        for phrase, english in g.ar.get(_bare(first), ()):
            n = len(phrase)
            if i + n > len(toks):
                continue
            if all(any(_bare(r) == want for r in _readings(toks[i + k])) for k, want in enumerate(phrase[1:], 1)):
                return n, english
    return None


def _gloss_zh(text: str, gaz: Gazetteer, g: Glossary) -> list[tuple[Words, ...]] | None:
    s = _ZH_SKIP.sub("", text)
    options: list[tuple[Words, ...]] = []
    i = 0
    while i < len(s):
        m = re.match(r"\d+", s[i:])
        if m:
            options.append(((m.group(),),))
            i += m.end()
            continue
        for n in range(min(max(g.zh_longest, 12), len(s) - i), 0, -1):
            piece = s[i : i + n]
            entry = _known(gaz, piece)
            if entry is not None:
                options.append((_entry_words(entry),))
                i += n
                break
            if piece in g.zh:
                options.append(g.zh[piece])
                i += n
                break
        else:
            return None
    return options
