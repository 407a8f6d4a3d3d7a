"""Gazetteer matching: countries, demonyms, regions and well-known organizations in any language.

One Aho-Corasick automaton over every surface form of the gazetteer scans a document in one
pass. Longest match wins, so "Latin American countries" is a region (no country), "China
Development Bank" is the bank (with China nested in it) and "Dominican Republic" is not Dominica.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ..gazetteer import Gazetteer, GazetteerEntry
from ..records import EntityClass, Mention
from . import lexicon as L
from . import lexicon_zh as ZH
from .context import DocContext
from .registry import mention_extractor
from .text import fold, leftmost_longest

# Arabic attaches conjunctions and prepositions to the word: "والصين", "بالبرازيل".
_AR_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class Form:
    key: str
    kind: str  # name | acronym | demonym
    lang: str
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    form: Form


def _lower(text: str) -> str:
    """Lower-case without changing length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _forms(entry: GazetteerEntry) -> Iterator[Form]:
    for label in entry.labels:
        yield Form(entry.key, label.kind, label.lang, label.text)
        if label.lang == "ar" and label.text.startswith("ال"):
            yield Form(entry.key, label.kind, label.lang, "لل" + label.text[2:])


@lru_cache(maxsize=4)
def _automata(gaz: Gazetteer) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    """(case-insensitive automaton for names and demonyms, case-sensitive one for acronyms)."""
    names, acronyms = ahocorasick.Automaton(), ahocorasick.Automaton()
    for entry in gaz.entries.values():
        for form in _forms(entry):
            if len(form.text) < 2:
                continue
            auto, k = (acronyms, form.text) if form.kind == "acronym" else (names, _lower(form.text))
            if k in auto:
                existing = auto.get(k)
                if form not in existing:
                    existing.append(form)
            else:
                auto.add_word(k, [form])
    names.make_automaton()
    acronyms.make_automaton()
    return names, acronyms


def _boundary_ok(text: str, start: int, end: int, form: Form) -> int | None:
    """Start offset of the match if it stands as a word here (Arabic clitics allowed), else None."""
    if _CJK.search(form.text):
        # "以北约80公里" is "about 80 km north", not NATO.
        if form.text.endswith("约") and re.match(r"[\d一二三四五六七八九十百千万两数]", text[end : end + 1]):
            return None
        return start
    after = text[end] if end < len(text) else " "
    if after.isalnum() or after == "_":
        return None
    before = text[start - 1] if start > 0 else " "
    if not before.isalnum():
        return start
    if _ARABIC.search(form.text):
        for clitic in _AR_CLITICS:
            s = start - len(clitic)
            if text[s:start] == clitic and (s == 0 or not text[s - 1].isalnum()):
                return start
    return None


def _case_ok(surface: str, form: Form) -> bool:
    c = surface[:1]
    if form.kind == "acronym" or not c.isalpha() or c.lower() == c.upper():
        return True  # acronyms are matched case-sensitively already; Arabic and Chinese have no case
    if form.kind == "demonym" and form.lang in {"es", "pt", "fr"}:
        return True  # "brasileño", "chinês" are written lower-case
    if form.kind == "name" and not form.key.startswith("country:") and len(surface.split()) >= 3:
        return True  # "the national development and reform commission": long names survive lower case
    # Proper names in Latin script are capitalized: "china" (porcelain) or "chile" (pepper) are not.
    return c.isupper() or (surface[:4].lower() == "the " and surface[4:5].isupper())


@lru_cache(maxsize=8192)
def scan(text: str, gaz: Gazetteer, exclude: str | None = None) -> list[Hit]:
    """Leftmost-longest gazetteer hits that stand as words, non-overlapping (cached: extractors of
    one sentence ask for the same text; treat the list as read-only)."""
    names, acronyms = _automata(gaz)
    hits: list[Hit] = []
    for auto, hay in ((names, _lower(text)), (acronyms, text)):
        for end_idx, forms in auto.iter(hay):
            end = end_idx + 1
            for form in forms:
                if form.key == exclude:
                    continue
                start = end - len(form.text)
                if _boundary_ok(text, start, end, form) is None:
                    continue
                if not _case_ok(text[start:end], form):
                    continue
                hits.append(Hit(start, end, form))
                break
    return leftmost_longest(hits)


def nested_hits(text: str, gaz: Gazetteer, hits: list[Hit]) -> list[Hit]:
    """Known names inside a longer hit: "Bank of China" names China, "China-CELAC Forum" CELAC."""
    out = []
    for h in hits:
        if h.form.key.startswith(("country:", "region:")):
            continue
        inner = text[h.start : h.end]
        for sub in scan(inner, gaz, exclude=h.form.key):
            # A country or a multilateral body inside a name can be a party to it; a parent
            # company inside a subsidiary's name is only its parent; an adjective names no country
            # ("Portuguesa" in "Comunidade dos Países de Língua Portuguesa" is a language).
            entry = gaz.get(sub.form.key)
            if entry is not None and (
                (entry.cls is EntityClass.COUNTRY and sub.form.kind != "demonym")
                or (entry.cls is EntityClass.INTERNATIONAL_ORGANIZATION and sub.form.kind == "acronym")
            ):
                out.append(Hit(h.start + sub.start, h.start + sub.end, sub.form))
    return out


# "US$ 5 billion", "US dollars": a currency, not the country.
_CURRENCY_AFTER = re.compile(r"\s*(?:\$|dollars?\b|cents?\b)", re.I)
# "CRRC (Hong Kong) Co., Ltd.", "Huawei (Mexico)": a subsidiary named by its place.
_PLACE_PAREN = re.compile(r"\s*\(\s*([^()]{2,40}?)\s*\)(\s*(?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Limited|S\.A\.?|Inc\.?))?")


_LATIN_LANGS = frozenset({"es", "pt", "fr", "en"})
CONFIDENCE = {"name": 0.95, "acronym": 0.85, "demonym": 0.85}


def hit_to_mention(ctx: DocContext, entry: GazetteerEntry, hit: Hit, extractor: str) -> Mention | None:
    if entry.cls is None:
        return None
    sentence = ctx.sentence_at(hit.start)
    if hit.end > sentence.end:
        return None
    iberian = {hit.form.lang, sentence.language} <= {"es", "pt"}  # short es/pt sentences are often confused
    if (
        hit.form.lang in _LATIN_LANGS
        and hit.form.lang != sentence.language
        and not iberian
        and entry.cls is EntityClass.COUNTRY
        and not any(
            lab.text == hit.form.text and lab.lang in ("en", "und", sentence.language) for lab in entry.labels
        )
        # "Minera Chinalco Perú S.A.": the English name with its accent is still the country
        and not any(fold(lab.text) == fold(hit.form.text) for lab in entry.labels if lab.lang in ("en", "und"))
    ):
        return None  # "Mauricio" (Spanish for Mauritius) in an English sentence is a first name
    aliases = () if hit.form.text == entry.name else (ctx.text[hit.start : hit.end],)
    return Mention(
        cls=entry.cls,
        name=entry.name,
        text=ctx.text[hit.start : hit.end],
        start=hit.start,
        end=hit.end,
        sentence=sentence.index,
        language=hit.form.lang if hit.form.lang != "und" else sentence.language,
        extractor=extractor,
        confidence=CONFIDENCE.get(hit.form.kind, 0.8),
        key=entry.key,
        aliases=aliases,
        iso_code=entry.iso_code,
        adjective=hit.form.kind == "demonym",
    )


@mention_extractor("known_names", version="1")
def known_names(ctx: DocContext) -> Iterator[Mention]:
    """Countries, demonyms and well-known organizations and initiatives from the gazetteer."""
    gaz = ctx.gazetteer
    hits = scan(ctx.text, gaz)
    named = {h.form.key for h in hits if h.form.kind != "demonym"}
    for hit, nested in [*((h, False) for h in hits), *((h, True) for h in nested_hits(ctx.text, gaz, hits))]:
        entry = gaz.get(hit.form.key)
        if entry is None:
            continue
        if entry.cls is EntityClass.COUNTRY and _in_transliterated_name(ctx.text, hit.start, hit.end):
            continue
        if hit.form.kind == "demonym" and (other := L.SHARED_DEMONYMS.get(hit.form.text.casefold())):
            # "Dominican" in a text naming Dominica and not the Dominican Republic
            readings = [k for k in (entry.key, *other) if k in named]
            if entry.key not in named and len(readings) == 1:
                entry = gaz.get(readings[0]) or entry
        if entry.cls is EntityClass.COUNTRY and hit.form.kind == "acronym" and _CURRENCY_AFTER.match(
            ctx.text, hit.end
        ):
            continue
        m = hit_to_mention(ctx, entry, hit, "known_names")
        if m is None:
            continue
        if entry.cls is EntityClass.COMPANY and not nested:
            sub = _subsidiary(ctx, m, gaz)
            if sub is not None:
                yield sub
                m = m.model_copy(update={"nested": True})
        yield m.model_copy(update={"nested": nested}) if nested else m


_DOTS = ZH.NAME_DOTS


def _in_transliterated_name(text: str, start: int, end: int) -> bool:
    """"马里奥·卢贝特金" (Mario Lubetkin) holds 马里 (Mali): a country's name that runs on, in transliteration
    characters, into a middle dot, or follows one, is a syllable of a foreign name."""
    if not ("\u4e00" <= text[start] <= "\u9fff"):
        return False
    j = end
    while j < len(text) and j - end < 3 and text[j] in ZH.TRANSLITERATION:
        j += 1
    if j > end and j < len(text) and text[j] in _DOTS:
        return True
    i = start
    while i > 0 and start - i < 3 and text[i - 1] in ZH.TRANSLITERATION:
        i -= 1
    if i > 0 and text[i - 1] in _DOTS:
        return True
    # "大使萨尔瓦多·蒙卡达": right after a title and before a dotted transliterated name, "萨尔瓦多" (El Salvador)
    # is a given name (Salvador)
    after = end + 1
    while after < len(text) and text[after] in ZH.TRANSLITERATION:
        after += 1
    return (
        end < len(text) and text[end] in _DOTS and after - end > 2
        and any(text.endswith(t, 0, start) for t in ZH.TITLES)
    )


def _subsidiary(ctx: DocContext, m: Mention, gaz: Gazetteer) -> Mention | None:
    paren = _PLACE_PAREN.match(ctx.text, m.end)
    if not paren:
        return None
    inner = paren.group(1).strip()
    hits = [h for h in scan(inner, gaz) if h.form.key.startswith("country:")]
    # The whole parenthesis is a place ("(Hong Kong)"), not a note ("(hereinafter China Hydro)").
    if not hits or hits[0].start != 0 or hits[-1].end != len(inner):
        return None
    sentence = ctx.sentences[m.sentence]
    end = paren.end()
    if end > sentence.end:
        return None
    raw = ctx.text[m.start : end]
    name = " ".join(f"{m.text} ({paren.group(1).strip()}) {(paren.group(2) or '').strip()}".split())
    return Mention(
        cls=EntityClass.COMPANY, name=name, text=raw, start=m.start, end=end, sentence=m.sentence,
        language=m.language, extractor="known_names", confidence=0.8, aliases=(raw,),
    )


def country_hits(text: str, gaz: Gazetteer) -> list[tuple[int, int, GazetteerEntry]]:
    """Countries named in a piece of text (regions excluded), for relation extractors."""
    out = []
    for h in scan(text, gaz):
        if h.form.key.startswith("country:"):
            e = gaz.get(h.form.key)
            if e is not None:
                out.append((h.start, h.end, e))
    return out

