"""Names in Arabic sentences: organizations, events, agreements, projects, initiatives and people.

Arabic names are head-first construct phrases: a head noun (:mod:`lexicon_ar`) followed by the
nouns and adjectives that name the thing ("معرض الصين الدولي للاستيراد", "وزارة الخارجية
البرازيلية"). A phrase counts as a name only when something in it is proper: a country, region
or body the gazetteer knows, an adjective such as "الدولي"/"الوطني", an ordinal, a quotation, a
Latin acronym or a transliterated name after "شركة". People are read after titles ("الرئيس
الصيني شي جين بينغ") and in bylines ("ترجمة: ...").

Everything is matched on a folded copy of the sentence (bare alef, ي for ى, no short vowels) whose
offsets map back to the printed text, so mentions keep the text exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ..gazetteer import Gazetteer, GazetteerEntry
from ..records import ORGANIZATION_CLASSES, EntityClass, Mention, Sentence
from . import lexicon_ar as L
from .context import DocContext
from .registry import mention_extractor
from .text import leftmost_longest

NAME = "names_ar"
C = EntityClass

_WORD = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+|[A-Za-z][A-Za-z0-9]*|[0-9\u0660-\u0669]+|\S")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_QUOTES = "\"“”«»'‘’"
_DASHES = "-–—"


# --------------------------------------------------------------------------- folded text


@dataclass(frozen=True)
class Folded:
    """A sentence folded for matching, with the printed offset of every folded character."""

    raw: str
    text: str
    pos: tuple[int, ...]  # pos[i]: offset in raw of folded char i; pos[len(text)] == len(raw)

    def raw_span(self, a: int, b: int) -> tuple[int, int]:
        return self.pos[a], self.pos[b - 1] + 1 if b > a else self.pos[a]


def fold_sentence(raw: str) -> Folded:
    chars: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(raw):
        if L.MARKS.match(c):
            continue
        chars.append(L.norm(c) or c)
        pos.append(i)
    pos.append(len(raw))
    return Folded(raw, "".join(chars), tuple(pos))


# --------------------------------------------------------------------------- gazetteer in Arabic


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # folded offsets
    end: int
    key: str
    kind: str


def _variants(text: str) -> set[str]:
    """Spellings the press uses for the same name: أمريكا/أميركا, the three ways of writing the Caribbean."""
    out = {text}
    for a, b in (("امريكا", "اميركا"), ("اميركا", "امريكا")):
        out |= {v.replace(a, b) for v in list(out)}
    carib = ("ومنطقة البحر الكاريبي", "ومنطقة الكاريبي", "والكاريبي")
    for v in list(out):
        for c in carib:
            if c in v:
                out |= {v.replace(c, d) for d in carib}
                break
    return out


@lru_cache(maxsize=4)
def _arabic_index(gaz: Gazetteer) -> tuple[ahocorasick.Automaton, dict[str, list[str]], frozenset[str]]:
    """Folded Arabic labels with press variants: an automaton for scanning, a dict for lookups,
    and the labels exactly as printed in the gazetteer (what ``known_names`` finds by itself)."""
    auto = ahocorasick.Automaton()
    table: dict[str, list[str]] = {}
    printed: set[str] = set()
    for entry in gaz.entries.values():
        for label in entry.labels:
            if not _ARABIC_LETTER.search(label.text):
                continue
            printed.add(label.text)
            if label.text.startswith("ال"):
                printed.add("لل" + label.text[2:])
            for form in _variants(L.norm(label.text)):
                forms = {form}
                if form.startswith("ال"):
                    forms.add("لل" + form[2:])
                for f in forms:
                    keys = table.setdefault(f, [])
                    if entry.key not in keys:
                        keys.append(entry.key)
                    if f in auto:
                        items = auto.get(f)[1]
                        if (entry.key, label.kind) not in items:
                            items.append((entry.key, label.kind))
                    else:
                        auto.add_word(f, (len(f), [(entry.key, label.kind)]))
    auto.make_automaton()
    return auto, table, frozenset(printed)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def scan_ar(text: str, gaz: Gazetteer) -> list[Hit]:
    """Leftmost-longest gazetteer hits in folded Arabic text; clitics ("و", "ب", "لل") may precede."""
    auto = _arabic_index(gaz)[0]
    hits: list[Hit] = []
    for end_idx, (length, items) in auto.iter(text):
        end = end_idx + 1
        start = end - length
        if end < len(text) and _word_char(text[end]):
            continue
        if start > 0 and _word_char(text[start - 1]) and not _after_clitic(text, start):
            continue
        key, kind = items[0]
        hits.append(Hit(start, end, key, kind))
    return leftmost_longest(hits)


def _after_clitic(text: str, start: int) -> bool:
    for clitic in L.CLITICS:
        s = start - len(clitic)
        if s >= 0 and text[s:start] == clitic and (s == 0 or not _word_char(text[s - 1])):
            return True
    return False


def lookup_ar(name: str, gaz: Gazetteer) -> list[GazetteerEntry]:
    """Gazetteer entries named ``name`` in any spelling variant (folded, quotes dropped)."""
    table = _arabic_index(gaz)[1]
    folded = " ".join(L.norm(name).translate({ord(q): " " for q in _QUOTES}).split())
    folded = re.sub(r"\s*-\s*", "-", folded)
    for v in _variants(folded):
        for form in (v, v.replace("-", " "), re.sub(r"^ال", "", v)):
            keys = table.get(form)
            if keys:
                return [e for k in keys if (e := gaz.get(k)) is not None]
    return []


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True, slots=True)
class Tok:
    text: str  # folded
    start: int  # folded offsets within the sentence
    end: int
    kind: str  # word | latin | num | punct

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


def tokenize(text: str) -> list[Tok]:
    out = []
    for m in _WORD.finditer(text):
        t = m.group(0)
        if _ARABIC_LETTER.match(t):
            kind = "word"
        elif t[0].isdigit():
            kind = "num"
        elif t[0].isalpha():
            kind = "latin"
        else:
            kind = "punct"
        out.append(Tok(t, m.start(), m.end(), kind))
    return out


@dataclass(frozen=True, slots=True)
class Parse:
    """A word split into clitics and base: "وللاستيراد" -> prefix "ول", definite, base "استيراد"."""

    prefix: str
    definite: bool
    base: str


def parses(word: str) -> list[Parse]:
    """Readings of a word, the bare word first ("وزارة" is not "و" + "زارة")."""
    out = [_article(word, "")]
    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj) :]
        if conj and len(rest) >= 2:
            out.append(_article(rest, conj))
        for prep in ("ب", "ك", "ل"):
            if rest.startswith(prep) and len(rest) > 2:
                r2 = rest[1:]
                if prep == "ل" and r2.startswith("ل") and len(r2) > 2:
                    out.append(Parse(conj + "ل", True, r2[1:]))
                else:
                    out.append(_article(r2, conj + prep))
    return out


def _article(word: str, prefix: str) -> Parse:
    if word.startswith("ال") and len(word) > 3:
        return Parse(prefix, True, word[2:])
    return Parse(prefix, False, word)


def head_of(word: str) -> tuple[Parse, EntityClass | None, bool] | None:
    """(parse, class, plural) when the word is a head noun, possibly with clitics."""
    for p in parses(word):
        if p.base in L.HEADS:
            return p, L.HEADS[p.base], False
        if p.base in L.PLURALS:
            return p, L.HEADS.get(L.PLURALS[p.base]), True
    return None


# --------------------------------------------------------------------------- names by head noun


@dataclass
class Phrase:
    first: int  # token index of the head
    last: int  # token index, inclusive
    cls: EntityClass
    plural: bool
    prefix: str  # clitics before the head ("و", "لل" ...)
    head_base: str
    anchored: bool
    only_demonyms: bool


_LATIN_OK = re.compile(r"^[A-Z0-9]{2,}$")
_TITLE_BASES = frozenset(w[2:] if w.startswith("ال") else w for w in L.TITLE_WORDS)


class _Sent:
    """One folded sentence with its tokens and gazetteer hits, indexed by token."""

    def __init__(self, raw: str, gaz: Gazetteer) -> None:
        self.f = fold_sentence(raw)
        self.toks = tokenize(self.f.text)
        self.hits = scan_ar(self.f.text, gaz)
        self.gaz = gaz
        # token index -> hit that starts in (or at the clitic-stripped start of) that token
        self.hit_at: dict[int, Hit] = {}
        self.hit_end_tok: dict[int, int] = {}
        for h in self.hits:
            ti = next((i for i, t in enumerate(self.toks) if t.start <= h.start < t.end), None)
            tj = next((i for i, t in enumerate(self.toks) if t.start < h.end <= t.end), None)
            if ti is not None and tj is not None:
                self.hit_at[ti] = h
                self.hit_end_tok[ti] = tj

    def is_demonym_hit(self, i: int) -> bool:
        h = self.hit_at.get(i)
        return h is not None and h.kind == "demonym" and h.key.startswith("country:")

    def next_word(self, i: int) -> Tok | None:
        return self.toks[i] if i < len(self.toks) else None


def _definite_ok(tok: Tok) -> Parse | None:
    """The reading of a token as a definite noun or adjective that may continue a name."""
    if not tok.is_word or tok.text in L.STOP_WORDS:
        return None
    for p in parses(tok.text):
        if p.definite and p.prefix in ("", "و", "ل") and len(p.base) >= 2:
            return p
    return None


def _indefinite(tok: Tok) -> Parse | None:
    if not tok.is_word or tok.text in L.STOP_WORDS or tok.text in L.AFTER_NAME:
        return None
    for p in parses(tok.text):
        if not p.definite and p.prefix in ("", "ل") and len(p.base) >= 2:
            return p
    return None


def _is_head_word(tok: Tok) -> bool:
    return tok.is_word and head_of(tok.text) is not None


def _leads_to_definite(s: _Sent, i: int, budget: int = 2) -> bool:
    """Is token ``i`` (an indefinite noun in construct) followed by a definite or proper word?"""
    for k in range(i + 1, min(i + 2 + budget, len(s.toks))):
        t = s.toks[k]
        if k in s.hit_at or _definite_ok(t) is not None:
            return True
        if _indefinite(t) is None:
            return False
    return False


_GENERIC_ADJ = frozenset(
    L.norm(w)
    for w in """كبرى كبيرة ضخمة عملاقة رائدة محلية أجنبية عالمية دولية وطنية حكومية خاصة عامة جديدة أخرى
    واحدة ناشئة مملوكة تابعة متخصصة مشتركة صغيرة متوسطة عديدة كثيرة مختلفة أولى ثانية ثالثة مهمة هامة""".split()
)


def _foreign_name(tok: Tok) -> bool:
    """A transliterated name after "شركة"/"مجموعة": indefinite, no feminine ending, not a common word."""
    if tok.kind == "latin":
        return True
    if not tok.is_word or tok.text in L.STOP_WORDS or tok.text in L.AFTER_NAME or tok.text in _GENERIC_ADJ:
        return False
    if tok.text.startswith("ال") or tok.text.endswith("ة") or _is_head_word(tok):
        return False
    return len(tok.text) >= 2


def _phrase_at(s: _Sent, h: int) -> Phrase | None:
    """The name whose head noun is token ``h``, if it is one."""
    toks = s.toks
    found = head_of(toks[h].text)
    if found is None:
        return None
    parse, cls, plural = found
    if cls is None:
        return None
    if parse.prefix not in ("", "و", "ف", "ل", "ب", "ك", "وب", "ول", "وك", "فب", "فل"):
        return None
    i = h + 1
    nxt = toks[i].text if i < len(toks) else ""
    two = (parse.base, L.norm(nxt))
    if two in L.TWO_WORD_HEADS:
        cls = L.TWO_WORD_HEADS[two]
        i += 1
    elif nxt and (parse.base, _bare(nxt)) in L.CLASS_BY_NEXT:
        cls = L.CLASS_BY_NEXT[(parse.base, _bare(nxt))]
    head_end = last = i - 1
    kinds: list[str] = ["head"] * (i - h)
    anchored = False
    content: list[str] = []  # kinds of content after the head: demonym / proper / word
    in_between = False
    while i < len(toks) and i - h < 18:
        t = toks[i]
        prev = kinds[-1]
        if i in s.hit_at:
            hit = s.hit_at[i]
            j = s.hit_end_tok[i]
            demonym = hit.kind == "demonym"
            lead = _lead(s.f.text, t, hit)
            if demonym and cls in (C.COMPANY, C.ORGANIZATION) and prev in ("proper", "foreign", "latin"):
                break  # "شركة هواوي الصينية": the adjective describes the firm, it is not its name
            ok = (
                prev in ("head", "construct", "lconstruct", "between", "dash")
                or (prev in ("proper",) and lead == "و")
                or (in_between and lead == "و")
                or (demonym and prev in ("def", "proper", "adj"))
                or (prev == "def" and hit.key.startswith("org:") and lead in ("ل", "لل"))
                or (prev == "def" and lead in ("لل", "ل") and not demonym)
            )
            if not ok:
                break
            anchored = True
            content.append("demonym" if demonym else "proper")
            kinds.append("proper")
            last = j
            i = j + 1
            continue
        if t.kind == "punct":
            if t.text in _DASHES and prev in ("proper", "def") and i + 1 < len(toks):
                n = toks[i + 1]
                if (i + 1) in s.hit_at or _definite_ok(n) is not None or _indefinite(n) is not None:
                    kinds.append("dash")
                    i += 1
                    continue
            if t.text in _QUOTES and prev in ("head", "def", "construct"):
                close = next((k for k in range(i + 1, min(i + 10, len(toks))) if toks[k].text in _QUOTES), None)
                if close is not None and close > i + 1:
                    anchored = True
                    content.append("quote")
                    kinds.append("quote")
                    last = close
                    i = close + 1
                    continue
            break
        if t.kind == "latin":
            if _LATIN_OK.match(t.text) and prev in ("head", "proper", "def", "latin"):
                anchored = True
                content.append("proper")
                kinds.append("latin")
                last = i
                i += 1
                continue
            break
        if t.kind == "num":
            if prev in ("year", "head", "def", "proper") and re.fullmatch(r"(?:19|20)\d\d", t.text):
                anchored = True
                kinds.append("num")
                last = i
                i += 1
                continue
            break
        w = t.text
        if w == L.BETWEEN and cls in (C.EVENT, C.AGREEMENT, C.PROJECT, C.COMPANY, C.ORGANIZATION, C.INITIATIVE):
            kinds.append("between")
            in_between = True
            i += 1
            continue
        if w in L.ABOUT and cls in (C.EVENT, C.AGREEMENT) and i + 1 < len(toks) and _definite_ok(toks[i + 1]):
            kinds.append("between")
            i += 1
            continue
        if (
            w == L.FIELD_OF[0]
            and i + 2 < len(toks)
            and toks[i + 1].text in L.FIELD_OF[1]
            and cls in (C.EVENT, C.PROJECT, C.AGREEMENT, C.COMPANY)
            and prev in ("proper", "def")
            and in_between
        ):
            kinds.append("between")
            i += 2
            continue
        if w in L.YEAR_WORDS and i + 1 < len(toks) and toks[i + 1].kind == "num":
            kinds.append("year")
            i += 1
            continue
        if w in L.STOP_WORDS:
            break
        hd = head_of(w)
        if hd is not None and hd[0].prefix.startswith(("و", "ف")):
            # "... والمنتدى": a new name coordinated; "منتدى الصين ومجموعة دول ...": one name.
            if (
                prev == "proper"
                and hd[1] in (C.INTERNATIONAL_ORGANIZATION, C.COMPANY)
                and i + 1 < len(toks)
                and ((i + 1) in s.hit_at or _bare(toks[i + 1].text) == L.norm("دول"))
            ):
                kinds.append("construct")
                i += 1
                continue
            break
        d = _definite_ok(t)
        if d is not None:
            if d.prefix == "و" and prev not in ("def", "proper", "adj", "latin"):
                break
            if (d.base in L.PERSON_NOUNS or d.base in _TITLE_BASES) and d.prefix != "ل":
                break
            kinds.append("def")
            content.append("word")
            if t.text in L.ANCHOR_WORDS:
                anchored = True
            last = i
            i += 1
            continue
        ind = _indefinite(t)
        if ind is not None:
            if w in L.CONSTRUCT_ADJECTIVES and i + 1 < len(toks) and _definite_ok(toks[i + 1]):
                kinds.append("adjc")
                i += 1
                continue
            if cls in (C.COMPANY,) and prev in ("head", "foreign") and _foreign_name(t):
                kinds.append("foreign")
                content.append("proper")
                anchored = True
                last = i
                i += 1
                continue
            lprep = prev in ("def", "proper", "head", "latin") and any(
                q.prefix == "ل" and not q.definite and len(q.base) >= 3 for q in parses(w)
            )
            if (prev in ("head", "construct", "lconstruct", "between") or lprep) and _leads_to_definite(s, i):
                kinds.append("lconstruct" if lprep else "construct")
                i += 1
                continue
        break
    if last <= head_end:
        return None
    only_demonyms = bool(content) and all(c == "demonym" for c in content)
    return Phrase(h, last, cls, plural, parse.prefix, parse.base, anchored, only_demonyms)


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _lead(text: str, tok: Tok, hit: Hit) -> str:
    """The clitics printed before a gazetteer hit inside its token ("و", "لل" ...)."""
    lead = text[tok.start : hit.start]
    if not lead and text[hit.start : hit.start + 2] == "لل" and tok.text.startswith("لل"):
        return "لل"
    return lead


def _class_refined(s: _Sent, p: Phrase) -> EntityClass:
    words = {_bare(t.text) for t in s.toks[p.first : p.last + 1]} | {t.text for t in s.toks[p.first : p.last + 1]}
    cls = p.cls
    if p.head_base in (L.norm("بنك"), L.norm("مصرف")) and words & L.PUBLIC_BANK_WORDS:
        cls = C.INTERNATIONAL_ORGANIZATION if words & L.REGIONAL_WORDS else C.GOVERNMENT_BODY
    return cls


# --------------------------------------------------------------------------- emitting


def _one_known_body(ctx: DocContext, s: _Sent, p: Phrase, m: Mention) -> Mention | None:
    """A head and one known body's name are that body: "شركة هواوي"."""
    if p.cls not in ORGANIZATION_CLASSES:
        return None
    inner = [(i, h) for i, h in s.hit_at.items() if p.first < i <= p.last and h.key.startswith("org:")]
    if len(inner) != 1:
        return None
    i, h = inner[0]
    entry = ctx.gazetteer.get(h.key)
    if entry is None or entry.cls not in ORGANIZATION_CLASSES or i != p.first + 1:
        return None
    rest = [t for k, t in enumerate(s.toks[p.first : p.last + 1], p.first) if k > s.hit_end_tok[i]]
    if rest:
        return None
    return m.model_copy(update={"key": entry.key, "cls": entry.cls, "name": entry.name, "aliases": (m.name,)})


def _keyed(ctx: DocContext, m: Mention) -> Mention:
    """A mention whose name (in any press spelling) is a gazetteer label gets that entry."""
    names = [m.name]
    if (bare := re.sub(r"(?:\s*[A-Za-z][A-Za-z0-9]*)+$", "", m.name).strip()) != m.name and bare:
        names.append(bare)
    for entry in (e for n in names for e in lookup_ar(n, ctx.gazetteer)):
        if entry.cls is None:
            return m
        compatible = (
            entry.cls == m.cls
            or (entry.cls in ORGANIZATION_CLASSES and m.cls in ORGANIZATION_CLASSES)
            or (m.cls is C.EVENT and entry.cls is C.INTERNATIONAL_ORGANIZATION and "forum" in entry.name.lower())
            or (m.cls is C.INITIATIVE and entry.cls is C.INITIATIVE)
        )
        if compatible:
            return m.model_copy(update={"key": entry.key, "cls": entry.cls, "name": entry.name, "aliases": (m.name,)})
    return m


def _printed_name(raw: str) -> str:
    t = raw.translate({ord(q): " " for q in _QUOTES})
    t = re.sub(r"\s*([-–—])\s*", r"\1", t) if re.search(r"\S\s*[-–—]\s*\S", t) else t
    return " ".join(t.split()).strip(" ،,.؛:")


def _mention(
    ctx: DocContext,
    sentence: Sentence,
    s: _Sent,
    a_tok: int,
    b_tok: int,
    cls: EntityClass,
    conf: float,
    *,
    skip: int = 0,
    nested: bool = False,
    restore_article: bool = False,
    **attrs: object,
) -> Mention | None:
    """A mention over tokens ``a_tok..b_tok`` (folded): the span is the printed words, glued
    conjunctions and prepositions included ("وقمة ..."); the name drops the ``skip`` clitic
    characters ("قمة ...") and gets back the article "لل" swallowed ("للمنتدى" -> "المنتدى")."""
    fb = s.toks[b_tok].end
    ra, rb = s.f.raw_span(s.toks[a_tok].start, fb)
    name_start, _ = s.f.raw_span(s.toks[a_tok].start + skip, fb)
    name = _printed_name(sentence.text[name_start:rb])
    if restore_article:
        name = "ا" + name if name.startswith("ل") else name
    if len(name) < 3:
        return None
    return ctx.mention(sentence, ra, rb, cls, name, NAME, conf, nested=nested, **attrs)


def phrases(ctx: DocContext, sentence: Sentence, s: _Sent) -> Iterator[Mention]:
    """Named phrases of one Arabic sentence."""
    i = 0
    toks = s.toks
    while i < len(toks):
        t = toks[i]
        if not t.is_word or head_of(t.text) is None:
            i += 1
            continue
        p = _phrase_at(s, i)
        if p is None:
            i += 1
            continue
        m = _emit(ctx, sentence, s, p)
        if m is not None:
            yield m
            yield from _inner_bodies(ctx, sentence, s, m)
            i = p.last + 1
        else:
            i += 1


def _emit(ctx: DocContext, sentence: Sentence, s: _Sent, p: Phrase) -> Mention | None:
    cls = _class_refined(s, p)
    word = s.toks[p.first].text
    # Drop the conjunction or preposition glued to the head; "للمنتدى" is "ل" + "المنتدى".
    skip = len(p.prefix)
    restore = p.prefix.endswith("ل") and word[skip:].startswith("ل") and not word[skip:].startswith("ال")
    m = _mention(ctx, sentence, s, p.first, p.last, cls, 0.7, skip=skip, restore_article=restore)
    if m is None:
        return None
    if p.plural:
        keyed = _plural_keyed(ctx, m, p)
        if keyed is not None:
            return keyed
        if p.head_base in L.MEETING_PLURALS and _names_body(s, p):
            return m.model_copy(update={"cls": C.EVENT, "confidence": 0.6})
        return None
    keyed = _keyed(ctx, m)
    if keyed.key:
        return keyed
    known = _one_known_body(ctx, s, p, m)
    if known is not None:
        return known
    if not p.anchored or p.only_demonyms:
        return None
    if cls is C.AGREEMENT and p.head_base == L.norm("شراكة"):
        return None  # partnerships are read by their adjectives (see _partnerships)
    return m


def _inner_bodies(ctx: DocContext, sentence: Sentence, s: _Sent, outer: Mention) -> Iterator[Mention]:
    """Known bodies named inside a longer name ("... لمنظمة التجارة العالمية"): nested mentions."""
    for h in s.hits:
        ra, rb = s.f.raw_span(h.start, h.end)
        if not (outer.start - sentence.start <= ra and rb <= outer.end - sentence.start) or not h.key.startswith(
            "org:"
        ):
            continue
        entry = ctx.gazetteer.get(h.key)
        if entry is None or entry.cls not in ORGANIZATION_CLASSES or entry.key == outer.key:
            continue
        if (ra, rb) == (outer.start - sentence.start, outer.end - sentence.start):
            continue
        yield ctx.known_mention(sentence, ra, rb, entry, NAME, 0.8, aliases=(sentence.text[ra:rb],), nested=True)


def _plural_keyed(ctx: DocContext, m: Mention, p: Phrase) -> Mention | None:
    """A plural naming a known singular: "مبادرات التنمية العالمية" is "مبادرة التنمية العالمية"."""
    words = m.name.split()
    if not words:
        return None
    singular = L.PLURALS.get(p.head_base)
    if singular is None:
        return None
    first = L.norm(words[0])
    article = first.startswith("ال")
    words[0] = ("ال" if article else "") + singular
    # feminine heads: the plural's adjectives agree already ("مبادرات ... العالمية")
    cand = m.model_copy(update={"name": " ".join(words), "aliases": (m.name,)})
    keyed = _keyed(ctx, cand)
    if keyed.key:
        return keyed.model_copy(update={"aliases": (m.name,)})
    return None


def _names_body(s: _Sent, p: Phrase) -> bool:
    """A series of meetings "of" a known international body: "... لمنظمة التجارة العالمية"."""
    for i in range(p.first + 1, p.last + 1):
        h = s.hit_at.get(i)
        if h is not None and h.key.startswith("org:"):
            entry = s.gaz.get(h.key)
            if entry is not None and entry.cls is C.INTERNATIONAL_ORGANIZATION:
                return True
    return False


# "شراكة استراتيجية شاملة", "الشراكة الشاملة": a partnership named by its adjectives.
_PARTNERSHIP = re.compile(
    r"(?<![\w])(?:[وبل]|ول|وب)?(?P<name>(?:ال)?شراكة(?:\s+(?:ال)?(?:استراتيجية|شاملة|تعاونية|التعاونية|"
    r"الاستراتيجية|الشاملة|ودية|الودية|شاملة|متكاملة|المتكاملة)){1,3})(?![\w])"
)


def _partnerships(ctx: DocContext, sentence: Sentence, s: _Sent) -> Iterator[Mention]:
    """A partnership named by its adjectives, with or without the article: "(ال)شراكة (ال)شاملة"."""
    for m in _PARTNERSHIP.finditer(s.f.text):
        ra, rb = s.f.raw_span(m.start("name"), m.end("name"))
        printed = _printed_name(sentence.text[ra:rb])
        name = " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in printed.split())
        aliases = (printed,) if printed != name else ()
        yield ctx.mention(sentence, ra, rb, C.AGREEMENT, name, NAME, 0.6, aliases=aliases)


# "مجتمع ... ذو/ذي مصير/مستقبل مشترك": a community with a shared future.
_COMMUNITY = re.compile(
    r"(?<![\w])(?:[وبل]|ول|وب)?(?P<name>(?:ال)?مجتمع(?:ا|ًا)?\s+(?:[^\s،,.؛:()]+\s+){0,5}?"
    r"(?:ذي|ذو|ذا|ذات)\s+(?:ال)?(?:مصير|مستقبل)\s+(?:ال)?مشترك(?:\s+(?:للبشرية|للإنسانية|للانسانية))?)(?![\w])"
)


def _communities(ctx: DocContext, sentence: Sentence, s: _Sent) -> Iterator[Mention]:
    for m in _COMMUNITY.finditer(s.f.text):
        inner = [h for h in s.hits if m.start("name") <= h.start and h.end <= m.end("name")]
        countries = {h.key for h in inner if h.key.startswith("country:")}
        ra, rb = s.f.raw_span(m.start("name"), m.end("name"))
        name = _printed_name(sentence.text[ra:rb])
        mention = ctx.mention(sentence, ra, rb, C.INITIATIVE, name, NAME, 0.7)
        keyed = _keyed(ctx, mention)
        if keyed.key:
            yield keyed
        elif countries:
            yield _community_key(ctx, mention, countries, s.f.text[m.start("name") : m.end("name")])


def _community_key(ctx: DocContext, m: Mention, countries: set[str], folded: str) -> Mention:
    """The China–Latin America community: "مجتمع صيني-لاتيني أميركي ذي مستقبل مشترك"."""
    latin = "لاتيني" in folded or "اللاتينية" in folded or "امريكا" in folded or "اميركا" in folded
    for entry in ctx.gazetteer.by_class(C.INITIATIVE):
        low = entry.name.lower()
        if "shared future" not in low and "common destiny" not in low:
            continue
        if latin and "latin america" in low and countries == {"country:CN"} and entry.name.startswith("China"):
            return m.model_copy(update={"key": entry.key, "name": entry.name, "aliases": (m.name,)})
    return m


# --------------------------------------------------------------------------- people


def _title_at(s: _Sent, i: int) -> tuple[int, str] | None:
    """(index after the title, folded title) for a title starting at token ``i`` (clitic "و"/"ل" allowed)."""
    toks = s.toks
    for title in L.TITLES:
        words = title.split()
        if i + len(words) > len(toks):
            continue
        first = toks[i].text
        ok_first = (
            first == words[0]
            or (first[:1] in ("و", "ل", "ب") and first[1:] == words[0])
            or (first.startswith("لل") and "ال" + first[2:] == words[0])
        )
        if not ok_first:
            continue
        if all(toks[i + k].text == words[k] for k in range(1, len(words))):
            return i + len(words), title
    return None


def _name_token(tok: Tok, s: _Sent, idx: int, count: int) -> bool:
    if tok.kind == "latin":
        return tok.text[:1].isupper()
    if not tok.is_word:
        return False
    w = tok.text
    if w in L.STOP_WORDS or w in L.AFTER_NAME or w in L.TITLE_WORDS or idx in s.hit_at:
        return False
    if _is_head_word(tok) or w in _GENERIC_ADJ:
        return False
    if w.startswith("ال") and w not in L.NAME_PARTICLES:
        return False
    if w.startswith("و") and len(w) > 3 and (w[1:] in L.AFTER_NAME or w[1:] in L.STOP_WORDS or w[1:].startswith("ال")):
        return False
    if count >= 1 and len(w) > 4 and w.endswith("ات"):
        return False  # "وانغ يي مناقشات"
    return not (count >= 2 and w.endswith("ة"))


def _name_after(s: _Sent, i: int) -> int | None:
    """Index of the last token of a person's name starting at ``i``, if there is one of 2+ words."""
    toks = s.toks
    j = i
    count = 0
    limit = 3 if i < len(toks) and toks[i].text in L.CHINESE_SURNAMES_AR else 4
    while j < len(toks) and count < limit:
        t = toks[j]
        if t.text in L.NAME_PARTICLES and count >= 1 and j + 1 < len(toks):
            nxt = toks[j + 1]
            if nxt.is_word and (nxt.text.startswith("ال") or _name_token(nxt, s, j + 1, count)):
                j += 2
                count += 1
                continue
        if not _name_token(t, s, j, count):
            break
        j += 1
        count += 1
    if count < 2:
        return None
    return j - 1


def _zone_end(s: _Sent, i: int) -> int:
    """Skip the words that complete a title: portfolio, country, body ("وزير الخارجية البرازيلي")."""
    toks = s.toks
    j = i
    steps = 0
    while j < len(toks) and steps < 10:
        t = toks[j]
        if j in s.hit_at:
            j = s.hit_end_tok[j] + 1
            steps += 1
            continue
        if t.kind != "word":
            if t.text in _DASHES:
                j += 1
                steps += 1
                continue
            break
        w = t.text
        if w in L.TITLE_LINKS or w in (L.norm("في"), L.norm("لدى")):
            j += 1
            steps += 1
            continue
        if _is_head_word(t):
            j += 1
            steps += 1
            continue
        if _definite_ok(t) is not None and w not in L.STOP_WORDS:
            j += 1
            steps += 1
            continue
        if j + 1 < len(toks) and (j + 1) in s.hit_at and _indefinite(t) is not None and not w.startswith("و"):
            j += 1  # "وزير خارجية أوروغواي": the portfolio in construct with the country
            steps += 1
            continue
        break
    return j


def people(ctx: DocContext, sentence: Sentence, s: _Sent) -> Iterator[Mention]:
    toks = s.toks
    taken: set[int] = set()
    for m in L.BYLINE.finditer(s.f.text):
        i = next((k for k, t in enumerate(toks) if t.start >= m.end()), None)
        if i is None:
            continue
        end = _name_after(s, i)
        if end is None:
            continue
        taken.update(range(i, end + 1))
        men = _mention(ctx, sentence, s, i, end, C.PERSON, 0.8, role=m.group("role"))
        if men is not None:
            yield men
    i = 0
    while i < len(toks):
        found = _title_at(s, i)
        if found is None or i in taken:
            i += 1
            continue
        after, title = found
        z = _zone_end(s, after)
        end = _name_after(s, z)
        if end is None or z in taken:
            i += 1
            continue
        first = toks[i]
        skip = 0 if first.text == title.split()[0] else 1
        ra, _ = s.f.raw_span(first.start + skip, first.end)
        _, rb = s.f.raw_span(toks[z - 1].start, toks[z - 1].end) if z > i else (0, ra)
        role = _printed_name(sentence.text[ra:rb])
        men = _mention(ctx, sentence, s, z, end, C.PERSON, 0.8, role=role or None)
        if men is not None:
            taken.update(range(z, end + 1))
            yield men
        i = end + 1


def _later_mentions(ctx: DocContext, found: list[Mention]) -> Iterator[Mention]:
    """Full names seen once are mentions wherever else they are printed; so are foreign surnames."""
    people_found = [m for m in found if m.cls is C.PERSON]
    spans = {(m.start, m.end) for m in people_found}
    forms: dict[str, Mention] = {}
    for m in people_found:
        forms.setdefault(m.name, m)
        words = m.name.split()
        if len(words) >= 2 and L.norm(words[0]) not in L.CHINESE_SURNAMES_AR and len(words[-1]) >= 4:
            forms.setdefault(words[-1], m)
    for form, origin in forms.items():
        for hit in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", ctx.text):
            if (hit.start(), hit.end()) in spans or any(a <= hit.start() < b for a, b in spans):
                continue
            sentence = ctx.sentence_at(hit.start())
            if sentence.language != "ar" or hit.end() > sentence.end:
                continue
            a, b = hit.start() - sentence.start, hit.end() - sentence.start
            yield ctx.mention(sentence, a, b, C.PERSON, origin.name, NAME, 0.6, role=None)


# --------------------------------------------------------------------------- the extractor


def _variant_countries(ctx: DocContext, sentence: Sentence, s: _Sent) -> Iterator[Mention]:
    """Countries and bodies written in a spelling the printed gazetteer form misses ("الصينى", "امريكا")."""
    for h in s.hits:
        ra, rb = s.f.raw_span(h.start, h.end)
        printed = sentence.text[ra:rb]
        if printed in _arabic_index(ctx.gazetteer)[2]:
            continue  # known_names finds it as printed
        entry = ctx.gazetteer.get(h.key)
        if entry is None or entry.cls is None:
            continue
        yield ctx.known_mention(
            sentence, ra, rb, entry, NAME, 0.8, aliases=(printed,), iso_code=entry.iso_code,
            adjective=h.kind == "demonym",
        )


@mention_extractor(NAME, version="1", languages={"ar"})
def names_ar(ctx: DocContext) -> Iterator[Mention]:
    """Organizations, events, agreements, projects, initiatives and people named in Arabic."""
    found: list[Mention] = []
    for sentence in ctx.sentences:
        if sentence.language != "ar":
            continue
        s = _Sent(sentence.text, ctx.gazetteer)
        found += list(_variant_countries(ctx, sentence, s))
        found += list(phrases(ctx, sentence, s))
        found += list(_partnerships(ctx, sentence, s))
        found += list(_communities(ctx, sentence, s))
        found += list(people(ctx, sentence, s))
    yield from found
    yield from _later_mentions(ctx, found)
