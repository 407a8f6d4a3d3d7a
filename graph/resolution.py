"""Entity resolution: the entities of every document become one node per real thing.

Resolution sits between the extraction records (cached per document) and the triples. It reads
the :class:`~graph.records.Entity` records of all documents and the person's decisions
(:mod:`graph.decisions`), and returns one :class:`ResolvedEntity` per real thing, the relations
mapped onto them, and the pairs it was unsure about (``clkg review``).

Units
    Each entity of a document is one *unit*. An entity whose names contradict each other (two
    ordinals or two year spans — "20th National Congress" grouped with "18th National Congress"
    — or two names a ``split`` decision keeps apart) is first cut into several units, its names,
    mentions and relations going to the part they belong to.

Comparison forms (for comparison only; every name seen stays a label, ``skos:altLabel``)
    Folded (accents, case, punctuation), "the"/"and" dropped, plural words singular. Organizations:
    trailing legal forms dropped (Co., Ltd., Corporation, Group, S.A. …) and a trailing date
    ("… on May 25"). "Latin America and the Caribbean", "Latin American and Caribbean (States |
    Countries | Community)" and "LAC" read "Latin America". Events, agreements, initiatives and
    projects: the filler words "cooperation", "cooperative", "exchange" dropped, and a gazetteer
    name inside the name replaced by the entry's preferred name ("Forum of China and Latin America
    and the Caribbean" -> "China-CELAC Forum"). Ordinals (first, 2nd, 20th, segunda …) and years
    are taken out as *qualifiers*; countries named in the name (China–Brazil) are its *countries*.
    Events, agreements and projects read "CELAC" as "Latin America" (its expansion already does).
    An Arabic or Chinese name whose every word is known also gets its English *gloss*
    (:mod:`graph.glossary`), compared by its set of words only: the same words, 0.96 (fewer than
    four: 0.85), with the series rule for ordinals; anything else, 0.

Gazetteer keys (identity)
    A unit that carries a gazetteer key (``country:BR``, ``org:powerchina``) is that entry; the
    ISO code is the identity of a country. An unkeyed unit gets the key of the one entry one of
    whose labels has the same comparison form ("Global Development Initiatives"), or of whose
    labels it is the bare form ("Ministry of Commerce" of "Ministry of Commerce of China"; "Party
    Central Committee" of "CPC Central Committee") when its own document names that entry or its
    country too (another label of it in the text, a ``basedIn`` fact, the party itself).

Blocking (near-linear)
    Candidate pairs only meet in blocks: the same comparison form; the same words in another
    order; one of the two rarest words of the form (blocks over ``MAX_BLOCK`` distinct names are
    dropped); an acronym and the initials of a name. Blocks hold distinct names, not mentions, so
    a name repeated in a thousand documents costs one comparison. People meet by the rarest word of
    their name.

Scores (RapidFuzz for spelling, rules for the rest), merged at ``MERGE_AT`` = 0.90 and above,
listed for review between ``REVIEW_AT`` = 0.70 and 0.90:

=====================================================================  ======
same gazetteer key / ISO code, or a ``merge`` decision                 1.00
same comparison form and qualifiers                                    1.00
same comparison form, one side unqualified, one qualified variant      0.95
  (several qualified variants: "Ministerial Conference" of which one?) 0.80
same words reordered (four words at least; fewer: 0.85)                0.96
same document: a shorter form with the same ordinal, one candidate     0.92
spelling variant (RapidFuzz ratio ≥ 0.95, every differing word close)  ratio
spelling variant, looser (ratio 0.85–0.95)                             ratio − 0.1
one name inside the other (organizations: not when the rest names a
  place, or a unit — "CRRC (Hong Kong)", "… International Engineering") 0.80
an acronym and a name with those initials                              0.80
people: same name words, context agrees                                0.97
people: all words of the shorter name (two at least) in the longer     0.93
people: a one-word name, the one person in the corpus with it, same
  post or country ("President Xi" / "Xi Jinping, President")           0.91
people: names agree but the context contradicts                        0.80
=====================================================================  ======

Hard conflicts are never merged and never listed: two different gazetteer keys; different
ordinals or years (First vs Second Ministerial Conference, Plan 2019–2021 vs 2022–2024);
different countries in the name (China–Brazil vs China–Chile partnership); a ``split`` decision.
A soft conflict — people whose name agrees but whose countries (``represents``) or
organizations (``affiliatedWith``, with their ``partOf`` parents) are disjoint, two Chen Weis —
keeps them apart and lists the pair for review. Pairs are merged in order of descending score
(ties broken by content), each only if the two clusters so far do not conflict.

Identity
    The identity key of a node is its gazetteer key, else ``<family>:<comparison name of its
    preferred name>``; the preferred name is the name most units use (then the longest, then
    alphabetical). Everything is sorted by content (document hash, entity id) before it is
    used, so the result, the keys and the IRIs do not depend on the order documents arrive in.
    Only when two distinct nodes would get the same key does each get ``#`` and a digest of its
    first member.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from .decisions import Decision, Side, family_label, name_key
from .gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, looks_like_acronym, normalize
from .glossary import gloss
from .ids import digest
from .records import ORGANIZATION_CLASSES, Entity, EntityClass, Extraction, Mention, Predicate

MERGE_AT = 0.90
REVIEW_AT = 0.70
MAX_BLOCK = 60  # a word shared by more distinct names than this is not a blocking key
PERSON_BLOCK = 400
MAX_HEADS = 32  # clusters of one shared name a new unit is compared with
MAX_REVIEW = 3  # review pairs one unit adds from one shared name

S_EXACT = 1.0
S_SERIES = 0.95
S_SERIES_AMBIGUOUS = 0.80
S_REORDER = 0.96
S_REORDER_SHORT = 0.85
S_SAME_DOC_SHORT = 0.92
S_CONTAINED = 0.80
S_SUBSIDIARY = 0.50
S_ACRONYM = 0.80
S_PERSON_SAME = 0.97
S_PERSON_PARTS = 0.93
S_PERSON_SPELLING = 0.85
S_PERSON_SINGLE = 0.91
S_PERSON_SINGLE_WEAK = 0.78
S_PERSON_CONTRADICTED = 0.80

C = EntityClass
_ORG = "org"
_WHY_SERIES = "same name, one without ordinal or year"
_WHY_CONTAINED = "one name inside the other"
_LEGAL = frozenset(
    "co ltd limited inc corp corporation company llc plc sa ltda group holdings holding incorporated gmbh "
    "ag srl spa sas cia".split()
)
_STOP = frozenset("of the and for on in at to with between de del la las los el y e da do dos das em no na".split())
_FILLER = frozenset({"cooperation", "cooperative", "exchange"})
_FOREIGN_SCRIPT = re.compile(r"[\u0600-\u06ff\u4e00-\u9fff]")
_UNIT_WORDS = frozenset(
    """international engineering branch subsidiary office division department institute bureau center centre
    school college academy research secretariat committee commission council fund foundation laboratory
    agency unit representative delegation embassy consulate chapter""".split()
)
_TITLES = frozenset("mr mrs ms miss dr prof professor sir madam".split())  # not "he": a surname
_ORDINALS = {
    w: n
    for n, ws in enumerate(
        [
            "", "first primer primera primero primeiro primeira", "second segundo segunda",
            "third tercer tercera tercero terceiro terceira", "fourth cuarto cuarta quarto quarta",
            "fifth quinto quinta", "sixth sexto sexta", "seventh septimo septima setimo setima",
            "eighth octavo octava oitavo oitava", "ninth noveno novena nono nona",
            "tenth decimo decima", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ]
    )
    for w in ws.split()
}
_ORD_NUM = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|o|a|er|ro|ra|do|da|to|ta|vo|va|mo|ma|no|na)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTHS = "january february march april may june july august september october november december"
_DATE_TAIL = re.compile(
    rf"\s+(?:on|in|from|since)\s+(?:(?:{'|'.join(_MONTHS.split())})(?:\s+\d{{1,2}})?(?:\s+\d{{4}})?|\d{{4}})$"
)
_REGION = [
    (re.compile(r"\blatin americ(?:a|an) and (?:the )?caribbean(?: countries| country| states| state| community"
                r"| region| nations)?\b"), "latin america"),
    (re.compile(r"\blatin american\b"), "latin america"),
    (re.compile(r"\blac\b"), "latin america"),
]
# CELAC is the community of the states of Latin America and the Caribbean, which the line above
# already reads "latin america"; for the forum's meetings and plans the acronym reads the same.
_CELAC = re.compile(r"\bcelac\b")


# --------------------------------------------------------------------------------------------
# comparison forms


def family_of(cls: EntityClass) -> str:
    return _ORG if cls in ORGANIZATION_CLASSES else cls.value


@lru_cache(maxsize=262144)
def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isalpha():
        return word[:-1]
    return word


_AR_ARTICLE = re.compile(r"^(?:وال|بال|فال|كال|لل|ال)(?=[\u0600-\u06ff]{2})")


def _arabic_article(word: str) -> str:
    """An Arabic word without its article and the prepositions glued to it ("الشراكة" -> "شراكة")."""
    return _AR_ARTICLE.sub("", word) if "\u0600" <= word[:1] <= "\u06ff" else word


def _ordinal(word: str) -> int | None:
    if word in _ORDINALS:
        return _ORDINALS[word]
    m = _ORD_NUM.match(word)
    return int(m.group(1)) if m else None


def _qualifiers(words: Sequence[str]) -> tuple[frozenset[int], frozenset[str]]:
    """The ordinals and years among a name's comparison words."""
    return (frozenset(o for w in words if (o := _ordinal(w)) is not None),
            frozenset(w for w in words if _YEAR.match(w)))


def _core(words: list[str]) -> tuple[list[str], frozenset[str]]:
    """A name's words without its qualifiers, and the content words among them."""
    core_words = [w for w in words if _ordinal(w) is None and not _YEAR.match(w)] or words
    return core_words, frozenset(w for w in core_words if w not in _STOP)


@lru_cache(maxsize=262144)
def comparable_name(name: str, cls: EntityClass | None = None) -> str:
    """A name for comparison only: folded, "the"/"and" dropped, plurals singular; organizations
    without trailing legal forms ("CRRC Corporation Limited" -> "crrc")."""
    words = [w for w in name_key(name).split() if w not in ("the", "and")]
    if cls is None or cls in ORGANIZATION_CLASSES:
        while len(words) > 1 and words[-1] in _LEGAL:
            words.pop()
        if len(words) > 2 and words[-2:] == ["s", "a"]:
            words = words[:-2]
    return " ".join(_singular(w) for w in words)


@dataclass(frozen=True)
class Variant:
    """One name of a unit, in comparison form."""

    core: str  # comparison form without qualifiers
    words: frozenset[str]  # content words of the core
    ords: frozenset[int]
    years: frozenset[str]
    countries: frozenset[str]  # ISO codes of countries named in it
    acronym: bool = False
    parenthesized: frozenset[str] = frozenset()  # words that were in brackets
    gloss: bool = False  # the English gloss of an Arabic or Chinese name (compared by words only)

    @property
    def quals(self) -> tuple[frozenset[int], frozenset[str]]:
        return self.ords, self.years


class Forms:
    """Comparison forms, with the gazetteer-dependent parts (canonical phrases, countries) cached."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._label_index: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._bare_index: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        self._longest = 1
        self._build()

    # -- gazetteer indexes -------------------------------------------------------------------
    def _build(self) -> None:
        entries = [e for e in self.gaz.entries.values() if e.cls is not None and e.cls is not C.COUNTRY]
        for e in entries:
            fam = family_of(e.cls) if e.cls else _ORG
            canonical = tuple(self._plain_words(e.name, fam))
            for label in e.labels:
                if label.kind == "demonym":
                    continue
                words = self._plain_words(label.text, fam)
                if label.kind == "name" and len(words) >= 2:
                    self._phrases.setdefault(tuple(words), canonical)
                    self._longest = max(self._longest, len(words))
                if label.kind == "name":
                    self._label_index[(fam, " ".join(words))].add(e.key)
        for e in entries:
            fam = family_of(e.cls) if e.cls else _ORG
            for bare, need in self._bare_forms(e):
                self._bare_index[(fam, " ".join(self._plain_words(bare, fam)))].add((e.key, need))

    def _bare_forms(self, e: GazetteerEntry) -> list[tuple[str, str]]:
        """Forms of the entry's names without their country or party ("Ministry of Commerce"),
        each with what the document must also name: ``country:XX`` or a party's key."""
        out: list[tuple[str, str]] = []
        parties = [p for p in self.gaz.entries.values() if p.cls is C.ORGANIZATION and " Party" in p.name]
        for label in e.labels:
            if label.kind != "name":
                continue
            t = label.text
            if e.country:
                for rx in (r"^(?P<bare>.+)\s+(?:of|de|da|do)\s+(?:the\s+|la\s+)?(?P<q>[^,]+?)$",
                           r"^(?P<bare>.+?),\s*(?P<q>[^,]+)$"):
                    m = re.match(rx, t)
                    if m and self._is_country(m.group("q"), e.country):
                        out.append((m.group("bare").rstrip(" ,"), f"country:{e.country}"))
                m = re.match(r"^(?P<q>.+?)(?:'s|’s)\s+(?P<bare>.+)$", t) or re.match(r"^(?P<q>\S+)\s+(?P<bare>.+)$", t)
                if m and self._is_country(m.group("q"), e.country):
                    out.append((m.group("bare"), f"country:{e.country}"))
            for p in parties:
                if p.key == e.key:
                    continue
                for pl in p.labels:
                    if pl.kind == "demonym" or len(pl.text) < 3:
                        continue
                    if re.search(rf"(?<!\w){re.escape(pl.text)}(?!\w)", t):
                        out.append((re.sub(rf"(?<!\w){re.escape(pl.text)}(?!\w)", "Party", t), p.key))
        return out

    def _is_country(self, text: str, iso: str) -> bool:
        text = text.strip()
        if text.lower() in ("the people's republic of china", "people's republic of china") and iso == "CN":
            return True
        return any(x.iso_code == iso for x in self.gaz.lookup(text))

    def rekey(self, fam: str, variants: Sequence[Variant]) -> set[str]:
        """Keys of gazetteer entries one of whose labels has a variant's comparison form."""
        keys: set[str] = set()
        for v in variants:
            if not v.ords and not v.years and not v.acronym:
                keys |= self._label_index.get((fam, v.core), set())
        return keys

    def bare(self, fam: str, variants: Sequence[Variant]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for v in variants:
            if not v.ords and not v.years and not v.acronym:
                found |= self._bare_index.get((fam, v.core), set())
        return found

    # -- forms of one name -------------------------------------------------------------------
    @staticmethod
    def _plain_words(name: str, fam: str) -> list[str]:
        t = name_key(normalize(name))
        if fam == _ORG:
            t = _DATE_TAIL.sub("", t)
        for rx, rep in _REGION:
            t = rx.sub(rep, t)
        if fam != _ORG:
            t = _CELAC.sub("latin america", t)
        words = [_arabic_article(w) for w in t.split() if w not in ("the", "and")]
        if fam == _ORG:
            while len(words) > 1 and words[-1] in _LEGAL:
                words.pop()
            if len(words) > 2 and words[-2:] == ["s", "a"]:
                words = words[:-2]
        elif fam != C.PERSON.value:
            words = [w for w in words if w not in _FILLER] or words
        return [_singular(w) for w in words]

    def _canonical(self, words: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 1, -1):
                hit = self._phrases.get(tuple(words[i : i + n]))
                if hit is not None:
                    out += hit
                    i += n
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    @lru_cache(maxsize=262144)  # noqa: B019 - one Forms per gazetteer, kept for the process
    def variants(self, name: str, fam: str) -> tuple[Variant, ...]:
        """The comparison forms of a name: plain and, when different, with gazetteer phrases canonical."""
        plain = self._plain_words(name, fam)
        if not plain:
            return ()
        ords, years = _qualifiers(plain)
        countries = self.countries(name) if fam != C.PERSON.value else frozenset()
        acronym = looks_like_acronym(name) and " " not in name.strip() and len(name.strip()) <= 10
        brackets = frozenset(
            _singular(w) for inner in re.findall(r"\(([^()]*)\)", name) for w in name_key(inner).split()
        )
        forms = [plain]
        if fam != _ORG or len(plain) > 1:
            canon = self._canonical(plain)
            if canon != plain:
                forms.append(canon)
        out = []
        for words in forms:
            core_words, content = _core(words)
            out.append(Variant(" ".join(core_words), content, ords, years, countries, acronym, brackets))
        if fam != C.PERSON.value and _FOREIGN_SCRIPT.search(name):
            out += self._glossed(name, fam)
        return tuple(dict.fromkeys(out))

    def _glossed(self, name: str, fam: str) -> list[Variant]:
        """Variants of an Arabic or Chinese name read in English words (:mod:`graph.glossary`)."""
        found = gloss(name, self.gaz)
        out: list[Variant] = []
        for reading in found.readings if found else ():
            english = " ".join(reading)
            words = self._plain_words(english, fam)
            if not words:
                continue
            _, content = _core(words)
            if len(content) < 2:
                continue
            ords, years = _qualifiers(words)
            core = "~" + " ".join(sorted(content))
            out.append(Variant(core, content, ords, years, self.countries(english), gloss=True))
        return out

    @lru_cache(maxsize=262144)  # noqa: B019
    def countries(self, name: str) -> frozenset[str]:
        """ISO codes of the countries a name names ("China–Brazil Partnership" -> CN, BR)."""
        tokens = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", name)
        found: set[str] = set()
        i = 0
        while i < len(tokens):
            for n in range(min(6, len(tokens) - i), 0, -1):
                hits = [e for e in self.gaz.lookup(" ".join(tokens[i : i + n])) if e.cls is C.COUNTRY and e.iso_code]
                if hits:
                    found.update(e.iso_code for e in hits if e.iso_code)
                    i += n
                    break
            else:
                i += 1
        return frozenset(found)

    @lru_cache(maxsize=65536)  # noqa: B019
    def places(self, words: frozenset[str]) -> bool:
        """Whether some of these (comparison-form) words name a country or region."""
        ws = sorted(words)
        for a in ws:
            for e in self.gaz.lookup(a):
                if e.cls is C.COUNTRY or e.cls is None:
                    return True
        for a in ws:
            for b in ws:
                if a != b and any(e.cls is C.COUNTRY or e.cls is None for e in self.gaz.lookup(f"{a} {b}")):
                    return True
        return False


@lru_cache(maxsize=4)
def _forms(gaz_id: int, gaz: Gazetteer) -> Forms:
    return Forms(gaz)


def forms_for(gaz: Gazetteer) -> Forms:
    return _forms(id(gaz), gaz)


def clear_caches() -> None:
    """Forget the cached comparison forms (benchmarks measure a cold start)."""
    for f in (Forms.variants, Forms.countries, Forms.places, comparable_name, _label_language, _singular, name_key):
        f.cache_clear()


# --------------------------------------------------------------------------------------------
# units


@dataclass
class Unit:
    """An entity of one document, or a part of one that resolution had to cut."""

    ref: str  # '<document id>/<entity id>/<part>': unique, sortable, content-derived
    doc: str
    entity: str
    part: int
    cls: EntityClass
    family: str
    key: str | None
    name: str
    language: str
    names: tuple[str, ...]  # every name of the unit (the first is its name)
    label_langs: tuple[str, ...]
    mentions: tuple[Mention, ...]
    variants: tuple[Variant, ...] = ()
    role: str | None = None
    date: str | None = None
    amount_usd: float | None = None
    sector: str | None = None
    iso_code: str | None = None
    sentence: str = ""  # the sentence of its first mention: evidence for review
    rekeyed: bool = False  # the key was inferred by resolution, not given by an extractor
    name_keys: frozenset[str] = frozenset()
    person_words: tuple[frozenset[str], ...] = ()
    countries_ctx: frozenset[str] = frozenset()
    orgs_ctx: frozenset[int] = frozenset()


@dataclass
class ResolvedEntity:
    """One node of the graph."""

    identity: str
    cls: EntityClass
    name: str
    name_language: str
    key: str | None = None
    iso_code: str | None = None
    wikidata: str | None = None
    labels: set[tuple[str, str]] = field(default_factory=set)  # (text, language)
    role: str | None = None
    date: str | None = None
    amount_usd: float | None = None
    sector: str | None = None
    documents: set[str] = field(default_factory=set)
    members: list[str] = field(default_factory=list)  # unit refs


@dataclass(frozen=True)
class ResolvedRelation:
    subject: str  # identity
    predicate: Predicate
    object: str
    document: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float
    context: tuple[str, int, int] | None = None  # a second sentence the fact rests on: text, start, end


@dataclass(frozen=True)
class Candidate:
    """A pair resolution was unsure about: two nodes, kept apart, worth a person's look."""

    left: str  # identity
    right: str
    score: float
    reason: str
    left_unit: str  # the unit refs whose comparison gave the score
    right_unit: str


@dataclass
class Resolution:
    entities: dict[str, ResolvedEntity]
    relations: list[ResolvedRelation]
    local: dict[tuple[str, str], str]  # (document id, local entity id) -> identity (of its main part)
    uncertain: list[Candidate] = field(default_factory=list)
    units: dict[str, Unit] = field(default_factory=dict)
    cluster_of: dict[str, str] = field(default_factory=dict)  # unit ref -> identity
    decisions_applied: list[Decision] = field(default_factory=list)
    decisions_idle: list[Decision] = field(default_factory=list)  # naming nothing in this corpus
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=262144)
def _label_language(text: str, fallback: str) -> str:
    if any("\u0600" <= c <= "\u06ff" for c in text):
        return "ar"
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        return "zh"
    return fallback if fallback not in ("ar", "zh", "und") else "en"


def _person_words(name: str) -> frozenset[str]:
    """The words of a person's name as a set; a repeated word counts twice ("Lin Lin": lin, lin#2)."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for w in name_key(name).split():
        if w in _TITLES:
            continue
        seen[w] += 1
        out.append(w if seen[w] == 1 else f"{w}#{seen[w]}")
    return frozenset(out)


def _names_of(e: Entity) -> list[str]:
    return list(dict.fromkeys((e.name, *e.aliases)))


def _conflicting(a: Sequence[Variant], b: Sequence[Variant]) -> bool:
    qa = {v.quals for v in a if v.ords or v.years}
    qb = {v.quals for v in b if v.ords or v.years}
    if not qa or not qb:
        return False
    return not any(_quals_compatible(x, y) for x in qa for y in qb)


def _quals_compatible(x: tuple[frozenset[int], frozenset[str]], y: tuple[frozenset[int], frozenset[str]]) -> bool:
    return all(not p or not q or p == q for p, q in zip(x, y, strict=True))


def _split_entity(
    doc: str, e: Entity, forms: Forms, splits: list[tuple[int, Decision]]
) -> list[tuple[list[str], list[Mention]]]:
    """The entity's names and mentions, cut into parts whose names do not contradict each other."""
    names = _names_of(e)
    fam = family_of(e.cls)
    if len(names) == 1:
        return [(names, list(e.mentions))]
    keys = {n: name_key(n) for n in names}

    def clash(a: str, b: str) -> bool:
        if fam != C.PERSON.value and fam != C.COUNTRY.value and not e.key:
            if _conflicting(forms.variants(a, fam), forms.variants(b, fam)):
                return True
        for _, d in splits:
            if d.family != family_label(e.cls):
                continue
            la = d.left.matches(e.key, {keys[a]}, doc) and not d.left.is_key
            rb = d.right.matches(e.key, {keys[b]}, doc) and not d.right.is_key
            lb = d.left.matches(e.key, {keys[b]}, doc) and not d.left.is_key
            ra = d.right.matches(e.key, {keys[a]}, doc) and not d.right.is_key
            if (la and rb) or (lb and ra):
                return True
        return False

    parts: list[list[str]] = []
    for n in names:
        fits = [p for p in parts if not any(clash(n, m) for m in p)]
        if not fits:
            parts.append([n])
            continue
        best = max(fits, key=lambda p: (max(fuzz.token_sort_ratio(keys[n], keys[m]) for m in p), -parts.index(p)))
        best.append(n)
    if len(parts) == 1:
        return [(names, list(e.mentions))]
    where = {keys[n]: i for i, p in enumerate(parts) for n in p}
    mentions: list[list[Mention]] = [[] for _ in parts]
    for m in e.mentions:
        i = where.get(name_key(m.name), where.get(name_key(m.text), 0))
        mentions[i].append(m)
    return [(p, ms) for p, ms in zip(parts, mentions, strict=True)]


def _units(
    extractions: Sequence[Extraction], gaz: Gazetteer, forms: Forms, splits: list[tuple[int, Decision]]
) -> tuple[list[Unit], dict[tuple[str, str], list[Unit]]]:
    units: list[Unit] = []
    by_entity: dict[tuple[str, str], list[Unit]] = {}
    for ex in extractions:
        doc = ex.document
        for e in ex.entities:
            parts = _split_entity(doc.id, e, forms, splits)
            mine: list[Unit] = []
            for p, (names, mentions) in enumerate(parts):
                key = e.key if p == 0 else None
                if key is None and e.cls is C.COUNTRY and e.iso_code and p == 0:
                    key = f"country:{e.iso_code}"
                first = min(mentions, key=lambda m: m.start) if mentions else None
                sentence = ""
                if first is not None and first.sentence < len(doc.sentences):
                    sentence = doc.sentences[first.sentence].text
                fam = family_of(e.cls)
                entry = gaz.get(key) if key else None
                if entry is not None and entry.cls is not None:
                    fam = family_of(entry.cls)
                main = p == 0
                u = Unit(
                    ref=f"{doc.id}/{e.id}/{p}",
                    doc=doc.id,
                    entity=e.id,
                    part=p,
                    cls=entry.cls if entry is not None and entry.cls is not None else e.cls,
                    family=fam,
                    key=key,
                    name=e.name if main else names[0],
                    language=e.language,
                    names=tuple(names),
                    label_langs=tuple(_label_language(n, e.language) for n in names),
                    mentions=tuple(mentions),
                    role=e.role if main else next((m.role for m in mentions if m.role), None),
                    date=e.date if main else next((m.date for m in mentions if m.date), None),
                    amount_usd=e.amount_usd if main else None,
                    sector=e.sector if main else None,
                    iso_code=e.iso_code if main else None,
                    sentence=sentence,
                    name_keys=frozenset(name_key(n) for n in names),
                )
                if fam == C.PERSON.value:
                    u.person_words = tuple(dict.fromkeys(_person_words(n) for n in names if _person_words(n)))
                elif not key:
                    u.variants = _unit_variants(names, fam, forms)
                mine.append(u)
            units += mine
            by_entity[(doc.id, e.id)] = mine
    return units, by_entity


def _unit_variants(names: Sequence[str], fam: str, forms: Forms) -> tuple[Variant, ...]:
    """Comparison forms of a unit's names, without the short forms a document uses once it has
    given the full name ("Training Base", "Office of the Prime Minister"): those depend on context."""
    all_forms = [(n, forms.variants(n, fam)) for n in names]
    out: list[Variant] = []
    for i, (_n, vs) in enumerate(all_forms):
        for v in vs:
            if i > 0 and not v.acronym:
                others = [w for j, (_m, ws) in enumerate(all_forms) if j != i for w in ws if not w.acronym]
                if any(v.words < w.words for w in others):
                    continue  # a shorter form of another name of the same unit
            out.append(v)
    return tuple(dict.fromkeys(out))


# --------------------------------------------------------------------------------------------
# clusters


@dataclass
class _Summary:
    keys: set[str] = field(default_factory=set)
    quals: set[tuple[frozenset[int], frozenset[str]]] = field(default_factory=set)
    countries: set[frozenset[str]] = field(default_factory=set)
    tags: set[tuple[int, int]] = field(default_factory=set)
    ctx_countries: set[str] = field(default_factory=set)
    ctx_orgs: set[int] = field(default_factory=set)

    def absorb(self, o: _Summary) -> None:
        self.keys |= o.keys
        self.quals |= o.quals
        self.countries |= o.countries
        self.tags |= o.tags
        self.ctx_countries |= o.ctx_countries
        self.ctx_orgs |= o.ctx_orgs


class _Clusters:
    def __init__(self, units: list[Unit], tags: dict[int, set[tuple[int, int]]]) -> None:
        self.parent = list(range(len(units)))
        self.summary: list[_Summary] = []
        for i, u in enumerate(units):
            s = _Summary()
            if u.key:
                s.keys.add(u.key)
            for v in u.variants:
                if v.ords or v.years:
                    s.quals.add(v.quals)
                if v.countries:
                    s.countries.add(v.countries)
            s.tags = set(tags.get(i, ()))
            self.summary.append(s)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def conflict(self, i: int, j: int) -> str | None:
        """'hard', 'soft' or None between the clusters of units i and j."""
        a, b = self.summary[self.find(i)], self.summary[self.find(j)]
        if any((d, 1 - s) in b.tags for d, s in a.tags):
            return "hard"
        if a.keys and b.keys and not a.keys & b.keys:
            return "hard"
        if a.quals and b.quals and not all(_quals_compatible(x, y) for x in a.quals for y in b.quals):
            return "hard"
        if a.countries and b.countries and not a.countries & b.countries:
            return "hard"
        if a.ctx_countries and b.ctx_countries and not a.ctx_countries & b.ctx_countries:
            return "soft"
        if a.ctx_orgs and b.ctx_orgs and not a.ctx_orgs & b.ctx_orgs:
            return "soft"
        return None

    def split_conflict(self, i: int, j: int) -> bool:
        a, b = self.summary[self.find(i)], self.summary[self.find(j)]
        return any((d, 1 - s) in b.tags for d, s in a.tags)

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        keep, drop = min(ri, rj), max(ri, rj)
        self.parent[drop] = keep
        self.summary[keep].absorb(self.summary[drop])


@dataclass(order=True)
class _Edge:
    sort_key: tuple[float, str, str]
    i: int = field(compare=False)
    j: int = field(compare=False)
    score: float = field(compare=False)
    reason: str = field(compare=False)


def _edge(units: list[Unit], i: int, j: int, score: float, reason: str) -> _Edge:
    a, b = sorted((units[i].ref, units[j].ref))
    return _Edge((-score, a, b), i, j, score, reason)


# --------------------------------------------------------------------------------------------
# scoring names of organizations, events, agreements, initiatives, projects


def score_names(a: Variant, b: Variant, forms: Forms, fam: str) -> tuple[float, str]:
    """Score of two comparison forms of one family, and the rule that gave it (0 when apart)."""
    if not _quals_compatible(a.quals, b.quals):
        return 0.0, "different ordinals or years"
    if a.countries and b.countries and a.countries != b.countries:
        return 0.0, "different countries in the name"
    if a.core == b.core:
        if a.quals == b.quals:
            return S_EXACT, "same name"
        return S_SERIES, _WHY_SERIES
    if a.gloss or b.gloss:
        if a.words != b.words:
            return 0.0, ""
        if a.quals != b.quals:
            return S_SERIES, _WHY_SERIES
        return (S_REORDER if len(a.words) >= 4 else S_REORDER_SHORT), "the same words in another language"
    if a.acronym or b.acronym:
        acr, other = (a, b) if a.acronym else (b, a)
        if not other.acronym and _initials(other.core) == acr.core.upper().replace(" ", ""):
            return S_ACRONYM, "an acronym and a name with its initials"
        return 0.0, ""
    if a.words and a.words == b.words:
        return (S_REORDER if len(a.words) >= 4 else S_REORDER_SHORT), "same words in another order"
    small, big = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if small.words and small.words < big.words:
        extra = big.words - small.words
        if fam == _ORG and (extra & _UNIT_WORDS or forms.places(frozenset(extra))):
            return S_SUBSIDIARY, "a unit or subsidiary of the other (kept apart)"
        if len(small.words) >= 2 or fam == _ORG:
            return S_CONTAINED, _WHY_CONTAINED
    r = fuzz.ratio(a.core, b.core) / 100
    if r >= 0.85:
        diff_a, diff_b = a.words - b.words, b.words - a.words
        aligned = all(any(fuzz.ratio(x, y) >= 80 for y in diff_b) for x in diff_a) and all(
            any(fuzz.ratio(y, x) >= 80 for x in diff_a) for y in diff_b
        )
        if any(w.isdigit() for w in diff_a | diff_b):
            return 0.0, "different numbers"
        if r >= 0.95 and aligned:
            return r, "spelling variant"
        if aligned:
            return r - 0.1, "similar spelling"
        return 0.0, "different words"
    return 0.0, ""


def _initials(core: str) -> str:
    return "".join(w[0] for w in core.split() if w not in _STOP).upper()


# --------------------------------------------------------------------------------------------
# the resolver


def resolve(
    extractions: Iterable[Extraction],
    gazetteer: Gazetteer | None = None,
    decisions: Sequence[Decision] = (),
) -> Resolution:
    """Merge the documents' entities into graph nodes, honouring ``decisions``, and map their
    relations onto them. The result depends only on the set of extractions, not their order."""
    gaz = gazetteer or load_gazetteer()
    forms = forms_for(gaz)
    exs = sorted({x.document.id: x for x in extractions}.values(), key=lambda x: x.document.id)
    ordered = sorted(decisions, key=lambda d: d.pair)
    splits = [(n, d) for n, d in enumerate(ordered) if d.judgement == "split"]
    merges = [(n, d) for n, d in enumerate(ordered) if d.judgement == "merge"]
    units, by_entity = _units(exs, gaz, forms, splits)
    docs = {x.document.id: x for x in exs}
    _rekey(units, by_entity, docs, gaz, forms)

    # split decisions as cannot-link tags; merge decisions as forced links
    tags: dict[int, set[tuple[int, int]]] = defaultdict(set)
    used: set[int] = set()
    for n, d in splits:
        for i, u in enumerate(units):
            if family_label(u.cls) != d.family:
                continue
            for side, s in ((d.left, 0), (d.right, 1)):
                if side.matches(u.key, u.name_keys, u.doc):
                    tags[i].add((n, s))
        if {s for i in tags for m, s in tags[i] if m == n} == {0, 1}:
            used.add(n)
    cl = _Clusters(units, tags)
    warnings: list[str] = []

    # 1. gazetteer keys
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        if u.key:
            by_key[u.key].append(i)
    for members in by_key.values():
        _greedy(cl, members, units, None)

    # 2. merge decisions
    by_ref: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        for ref in {*u.name_keys, *([u.key] if u.key else [])}:
            by_ref[ref].append(i)

    def side_units(d: Decision, side: Side) -> list[int]:
        return [i for i in by_ref.get(side.ref, []) if family_label(units[i].cls) == d.family
                and side.matches(units[i].key, units[i].name_keys, units[i].doc)]

    for n, d in merges:
        left, right = side_units(d, d.left), side_units(d, d.right)
        if not left or not right:
            continue
        used.add(n)
        for j in [*left[1:], *right]:
            if cl.find(j) == cl.find(left[0]):
                continue
            if cl.split_conflict(left[0], j):
                warnings.append(f"merge {d.left.text()} = {d.right.text()} contradicts a split decision: not merged")
                continue
            cl.union(left[0], j)

    # 3. names of everything but people
    review: list[_Edge] = []
    edges = _name_edges(units, forms, gaz)
    _apply(cl, edges, review)

    # 4. people, with the organizations and countries of their documents resolved
    _person_context(units, by_entity, exs, cl)
    _apply(cl, _person_edges(units, cl, review), review)

    entities, cluster_of, local = _nodes(units, by_entity, cl, gaz)
    relations = _relations(exs, by_entity, cluster_of)
    uncertain = _uncertain(review, units, cl, cluster_of)
    return Resolution(
        entities=entities,
        relations=relations,
        local=local,
        uncertain=uncertain,
        units={u.ref: u for u in units},
        cluster_of=cluster_of,
        decisions_applied=[d for n, d in enumerate(ordered) if n in used],
        decisions_idle=[d for n, d in enumerate(ordered) if n not in used],
        warnings=warnings,
    )


def _greedy(cl: _Clusters, members: Sequence[int], units: list[Unit], review: list[_Edge] | None,
            score: float = S_EXACT, reason: str = "same gazetteer key") -> None:
    """Units that are the same by name or key join the first earlier cluster they do not conflict with.
    A name shared by very many different things (a common Chinese name) is compared with its
    ``MAX_HEADS`` most recent clusters only, and lists at most ``MAX_REVIEW`` of them for review:
    the cost stays linear in the number of units."""
    heads: list[int] = []
    for i in sorted(members, key=lambda k: units[k].ref):
        listed = 0
        for h in reversed(heads[-MAX_HEADS:]):
            if cl.find(h) == cl.find(i):
                break
            c = cl.conflict(h, i)
            if c is None:
                cl.union(h, i)
                break
            if c == "soft" and review is not None and listed < MAX_REVIEW:
                listed += 1
                review.append(_edge(units, h, i, S_PERSON_CONTRADICTED, reason + ", context differs"))
        else:
            heads.append(i)


def _apply(cl: _Clusters, edges: list[_Edge], review: list[_Edge]) -> None:
    for e in sorted(edges, key=lambda e: e.sort_key):
        if cl.find(e.i) == cl.find(e.j):
            continue
        if e.score < MERGE_AT:
            if e.score >= REVIEW_AT:
                review.append(e)
            continue
        c = cl.conflict(e.i, e.j)
        if c is None:
            cl.union(e.i, e.j)
        elif c == "soft":
            review.append(_edge_like(e, S_PERSON_CONTRADICTED, e.reason + ", but the context differs"))


def _edge_like(e: _Edge, score: float, reason: str) -> _Edge:
    return _Edge((-score, e.sort_key[1], e.sort_key[2]), e.i, e.j, score, reason)


def _rekey(units: list[Unit], by_entity: dict[tuple[str, str], list[Unit]], docs: dict[str, Extraction],
           gaz: Gazetteer, forms: Forms) -> None:
    """Unkeyed organizations and initiatives that are a gazetteer entry by name, or by bare name and context."""
    doc_keys: dict[str, set[str]] = defaultdict(set)
    for u in units:
        if u.key:
            doc_keys[u.doc].add(u.key)
    for u in units:
        if u.key or u.family in (C.PERSON.value, C.COUNTRY.value) or not u.variants:
            continue
        keys = forms.rekey(u.family, u.variants)
        if len(keys) != 1:
            keys = set()
            for key, need in forms.bare(u.family, u.variants):
                if _context_names(u, key, need, docs[u.doc], doc_keys[u.doc], by_entity, gaz):
                    keys.add(key)
        if len(keys) == 1:
            key = keys.pop()
            entry = gaz.get(key)
            if entry is None or entry.cls is None:
                continue
            u.key = key
            u.rekeyed = True
            u.cls = entry.cls
            u.family = family_of(entry.cls)
            u.variants = ()


@lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    return text.lower()


def _context_names(u: Unit, key: str, need: str, ex: Extraction, keys_in_doc: set[str],
                   by_entity: dict[tuple[str, str], list[Unit]], gaz: Gazetteer) -> bool:
    """Whether the unit's document also names the entry ``key`` (or, for a party form, the party)."""
    if key in keys_in_doc or (not need.startswith("country:") and need in keys_in_doc):
        return True
    if need.startswith("country:"):
        for r in ex.relations:
            if r.subject == u.entity and r.predicate is Predicate.BASED_IN:
                if any(o.key == need for o in by_entity.get((u.doc, r.object), [])):
                    return True
        entry = gaz.get(key)
        if entry is None:
            return False
        text = ex.document.text
        lowered = _lowered(text)
        for label in entry.labels:
            if label.kind == "demonym" or len(label.text) < 3 or label.text.lower() not in lowered:
                continue
            if label.kind == "acronym":
                if re.search(rf"(?<!\w){re.escape(label.text)}(?!\w)", text):
                    return True
            elif label.text.casefold() not in {n.casefold() for n in u.names} and re.search(
                rf"(?<!\w){re.escape(label.text)}(?!\w)", text, re.IGNORECASE
            ):
                return True
    return False


def _name_edges(units: list[Unit], forms: Forms, gaz: Gazetteer) -> list[_Edge]:
    """Candidate pairs of unkeyed units of one family (not people), blocked by distinct names.
    The labels of the gazetteer entries present take part too, for the review of near misses."""
    # Distinct comparison forms, each with the units that carry it.
    records: dict[tuple[str, Variant], list[int]] = defaultdict(list)
    keyed: dict[str, int] = {}
    for i, u in enumerate(units):
        if u.key and u.family not in (C.PERSON.value, C.COUNTRY.value):
            if u.key not in keyed or units[keyed[u.key]].ref > u.ref:
                keyed[u.key] = i
        if u.key or u.family == C.PERSON.value:
            continue
        for v in u.variants:
            records[(u.family, v)].append(i)
    label_recs: set[tuple[str, Variant]] = set()
    for key, i in sorted(keyed.items()):
        entry = gaz.get(key)
        if entry is None:
            continue
        for label in entry.labels:
            if label.kind == "demonym":
                continue
            for v in forms.variants(label.text, units[i].family):
                r = (units[i].family, v)
                if r not in records:
                    label_recs.add(r)
                    records[r].append(i)
    edges: list[_Edge] = []
    rec_list = sorted(records, key=lambda r: (r[0], r[1].core, sorted(r[1].ords), sorted(r[1].years),
                                               sorted(r[1].countries), r[1].acronym))
    rid = {r: n for n, r in enumerate(rec_list)}

    def link(ra: tuple[str, Variant], rb: tuple[str, Variant], score: float, reason: str) -> None:
        if score < REVIEW_AT:
            return
        ia, ib = min(records[ra], key=lambda k: units[k].ref), min(records[rb], key=lambda k: units[k].ref)
        if ia != ib:
            edges.append(_edge(units, ia, ib, score, reason))

    # the same name: all units of a record are one (conflicts checked as they join); a shared
    # acronym alone is only worth a look ("CDB": China or Caribbean Development Bank)
    for r in rec_list:
        if r in label_recs:
            continue
        members = sorted(records[r], key=lambda k: units[k].ref)
        score, why = (S_ACRONYM, "the same acronym") if r[1].acronym else (S_EXACT, "same name")
        for a, b in pairwise(members):
            edges.append(_edge(units, a, b, score, why))
    # blocks over distinct names
    by_core: dict[tuple[str, str], list[tuple[str, Variant]]] = defaultdict(list)
    by_words: dict[tuple[str, frozenset[str]], list[tuple[str, Variant]]] = defaultdict(list)
    by_initials: dict[tuple[str, str], list[tuple[str, Variant]]] = defaultdict(list)
    df: dict[tuple[str, str], int] = defaultdict(int)
    for r in rec_list:
        fam, v = r
        by_core[(fam, v.core)].append(r)
        if v.words:
            by_words[(fam, v.words)].append(r)
        if v.acronym:
            by_initials[(fam, v.core.upper().replace(" ", ""))].append(r)
        elif len(v.words) >= 2:
            by_initials[(fam, _initials(v.core))].append(r)
        for w in v.words:
            df[(fam, w)] += 1
    seen: set[tuple[int, int]] = set()
    # a shorter name inside longer ones is worth a look only when it is inside one of them
    contained: dict[tuple[str, Variant], set[tuple[str, Variant]]] = defaultdict(set)

    def compare_block(block: list[tuple[str, Variant]]) -> None:
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                pa, pb = rid[block[x]], rid[block[y]]
                if (pa, pb) in seen:
                    continue
                seen.add((pa, pb))
                s, why = score_names(block[x][1], block[y][1], forms, block[x][0])
                if (block[x] in label_recs or block[y] in label_recs) and s >= MERGE_AT:
                    continue  # the same as a label: rekeying decided (it was ambiguous)
                if block[x][1].acronym and block[y][1].acronym and s == S_EXACT:
                    s, why = S_ACRONYM, "the same acronym"
                if why == _WHY_SERIES:
                    fam_x, vx = block[x]
                    group = by_core[(fam_x, vx.core)] if vx.core == block[y][1].core else by_words[(fam_x, vx.words)]
                    s = _series_score(block[x][1], block[y][1], group)
                    why = why if s == S_SERIES else "same name, but several editions have an ordinal or year"
                if why == _WHY_CONTAINED:
                    small, big = sorted((block[x], block[y]), key=lambda r: len(r[1].words))
                    contained[small].add(big)
                    continue
                link(block[x], block[y], s, why)

    for block in by_core.values():
        if len(block) > 1:
            compare_block(block)
    for block in by_words.values():
        if 1 < len(block) <= MAX_BLOCK:
            compare_block(block)
    for block in by_initials.values():
        if 1 < len(block) <= MAX_BLOCK and any(v.acronym for _, v in block):
            compare_block(block)
    rare: dict[tuple[str, str], list[tuple[str, Variant]]] = defaultdict(list)
    for r in rec_list:
        fam, v = r
        ranked = sorted((df[(fam, w)], w) for w in v.words if w not in _STOP)
        for count, w in ranked[:2]:
            if count <= MAX_BLOCK:
                rare[(fam, w)].append(r)
    for block in rare.values():
        if len(block) > 1:
            compare_block(block)
    for small in sorted(contained, key=lambda r: rid[r]):
        bigs = contained[small]
        if len({units[min(records[b], key=lambda k: units[k].ref)].ref for b in bigs}) == 1:
            link(small, next(iter(bigs)), S_CONTAINED, _WHY_CONTAINED)
    edges += _same_document_edges(units)
    return edges


def _series_score(a: Variant, b: Variant, group: list[tuple[str, Variant]]) -> float:
    """A name without ordinal or year next to one with: the same thing when it is the only
    qualified variant of that name in the corpus, else ambiguous."""
    loose, tight = (a, b) if (len(a.ords) + len(a.years)) < (len(b.ords) + len(b.years)) else (b, a)
    rivals = {v.quals for _, v in group if v.quals != loose.quals and _quals_compatible(v.quals, loose.quals)}
    return S_SERIES if len(rivals) == 1 and tight.quals in rivals else S_SERIES_AMBIGUOUS


def _same_document_edges(units: list[Unit]) -> list[_Edge]:
    """In one document, a shorter name with the same ordinal ("18th Party Congress") is the one
    longer name that contains its words ("18th National Congress of the Communist Party of China")."""
    groups: dict[tuple[str, str, frozenset[int]], list[tuple[int, Variant]]] = defaultdict(list)
    for i, u in enumerate(units):
        if u.key or u.family in (C.PERSON.value, C.COUNTRY.value, _ORG):
            continue
        for v in u.variants:
            if v.ords:
                groups[(u.doc, u.family, v.ords)].append((i, v))
    edges = []
    for members in groups.values():
        for i, v in members:
            if len(v.words) < 2:
                continue
            hosts = {j for j, w in members if j != i and v.words < w.words and _quals_compatible(v.quals, w.quals)}
            # hosts that share a comparison form are one name ("China-CELAC Forum" spelt out)
            shared = set.intersection(*({w.core for k, w in members if k == j} for j in hosts)) if hosts else set()
            if len(hosts) == 1 or shared:
                edges.append(_edge(units, i, min(hosts), S_SAME_DOC_SHORT, "same document, a shorter form"))
    return edges


# --------------------------------------------------------------------------------------------
# people


def _person_context(units: list[Unit], by_entity: dict[tuple[str, str], list[Unit]],
                    exs: Sequence[Extraction], cl: _Clusters) -> None:
    index = {u.ref: i for i, u in enumerate(units)}
    parents: dict[int, set[int]] = defaultdict(set)
    for ex in exs:
        for r in ex.relations:
            if r.predicate is Predicate.PART_OF:
                for s in by_entity.get((ex.document.id, r.subject), [])[:1]:
                    for o in by_entity.get((ex.document.id, r.object), [])[:1]:
                        parents[cl.find(index[s.ref])].add(cl.find(index[o.ref]))
    for ex in exs:
        for r in ex.relations:
            if r.predicate not in (Predicate.REPRESENTS, Predicate.AFFILIATED_WITH):
                continue
            subj = by_entity.get((ex.document.id, r.subject), [])
            obj = by_entity.get((ex.document.id, r.object), [])
            if not subj or not obj or subj[0].family != C.PERSON.value:
                continue
            target = _part_for(subj, r.evidence.start, r.evidence.end)
            o = obj[0]
            summary = cl.summary[cl.find(index[target.ref])]
            if r.predicate is Predicate.REPRESENTS and o.key and o.key.startswith("country:"):
                summary.ctx_countries.add(o.key)
            elif r.predicate is Predicate.AFFILIATED_WITH and o.family == _ORG:
                root = cl.find(index[o.ref])
                summary.ctx_orgs.add(root)
                summary.ctx_orgs |= parents.get(root, set())


def _person_edges(units: list[Unit], cl: _Clusters, review: list[_Edge]) -> list[_Edge]:
    roles: dict[int, set[str]] | None = None

    def agrees(i: int, j: int) -> bool:
        nonlocal roles
        if roles is None:
            roles = defaultdict(set)
            for k, u in enumerate(units):
                if u.family == C.PERSON.value and (head := _role_head(u.role)):
                    roles[cl.find(k)].add(head)
        a, b = cl.summary[cl.find(i)], cl.summary[cl.find(j)]
        if a.ctx_countries & b.ctx_countries or a.ctx_orgs & b.ctx_orgs:
            return True
        return bool(roles.get(cl.find(i), set()) & roles.get(cl.find(j), set()))

    people = [i for i, u in enumerate(units) if u.family == C.PERSON.value and u.person_words]
    records: dict[frozenset[str], list[int]] = defaultdict(list)
    for i in people:
        for ws in units[i].person_words:
            records[ws].append(i)
    # the same name words: one person unless the context contradicts
    for ws in sorted(records, key=lambda w: sorted(w)):
        if len(ws) >= 2:
            _greedy(cl, records[ws], units, review, S_PERSON_SAME, "same name")
    word_index: dict[str, list[frozenset[str]]] = defaultdict(list)
    for ws in records:
        for w in ws:
            word_index[w].append(ws)
    edges: list[_Edge] = []
    multi = {ws for ws in records if len(ws) >= 2}

    def rep(ws: frozenset[str]) -> list[int]:
        """One unit per cluster among those carrying these words."""
        out: dict[int, int] = {}
        for i in sorted(records[ws], key=lambda k: units[k].ref):
            out.setdefault(cl.find(i), i)
        return list(out.values())

    for ws in sorted(records, key=lambda w: sorted(w)):
        rarest = min(ws, key=lambda w: (len(word_index[w]), w))
        block = word_index[rarest]
        if len(block) > PERSON_BLOCK:
            continue
        if len(ws) >= 2:
            for other in block:
                if other == ws or len(other) < 2:
                    continue
                if ws < other:
                    score, why = S_PERSON_PARTS, "all words of the shorter name in the longer"
                elif (len(ws) == len(other) and _soft_same(ws, other)) or (
                    len(ws) < len(other) and _soft_subset(ws, other)
                ):
                    score, why = S_PERSON_SPELLING, "names spelt differently"
                else:
                    continue
                for i in rep(ws):
                    for j in rep(other):
                        edges.append(_edge(units, i, j, score, why))
        else:
            (word,) = tuple(ws)
            hosts = [o for o in word_index[word] if o in multi]
            host_clusters = {cl.find(j) for o in hosts for j in records[o]}
            for i in rep(ws):
                for o in hosts:
                    for j in rep(o):
                        positive = agrees(i, j)
                        if len(host_clusters) == 1 and positive:
                            score = S_PERSON_SINGLE
                        elif positive or len(host_clusters) == 1:
                            score = S_PERSON_SINGLE_WEAK
                        else:
                            continue
                        edges.append(_edge(units, i, j, score, "a one-word name and a full name"))
    return edges


def _close(x: str, y: str) -> bool:
    """Two spellings of one name part ("Velasquez", "Velazquez"); short parts ("Li", "Liu") must be equal."""
    return min(len(x), len(y)) >= 4 and x[0] == y[0] and fuzz.ratio(x, y) >= 80


def _soft_same(a: frozenset[str], b: frozenset[str]) -> bool:
    da, db = sorted(a - b), sorted(b - a)
    return len(da) == len(db) <= 2 and all(any(_close(x, y) for y in db) for x in da)


def _soft_subset(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a) >= 2 and all(w in b or any(_close(w, y) for y in b) for w in a)


_ROLE_NOISE = frozenset("of the and for a an former".split())


def _role_head(role: str | None) -> str:
    if not role:
        return ""
    words = name_key(role).split()
    head = []
    for w in words:
        if w in ("of", "at", "in", "for"):
            break
        if w not in _ROLE_NOISE:
            head.append(w)
    return " ".join(head)


def _part_for(parts: list[Unit], start: int, end: int) -> Unit:
    """The part of a cut entity whose mentions lie in the evidence span (else its main part)."""
    if len(parts) == 1:
        return parts[0]
    inside = [p for p in parts if any(start <= m.start < end for m in p.mentions)]
    return inside[0] if len(inside) == 1 else parts[0]


# --------------------------------------------------------------------------------------------
# nodes and relations


def _nodes(units: list[Unit], by_entity: dict[tuple[str, str], list[Unit]], cl: _Clusters, gaz: Gazetteer
           ) -> tuple[dict[str, ResolvedEntity], dict[str, str], dict[tuple[str, str], str]]:
    groups: dict[int, list[Unit]] = defaultdict(list)
    for i, u in enumerate(units):
        groups[cl.find(i)].append(u)
    # a key kept apart by a split decision stays with the cluster an extractor gave it to (most
    # members keyed by an extractor, then the first); the others lose it
    holders: dict[str, list[list[Unit]]] = defaultdict(list)
    for members in groups.values():
        for key in {u.key for u in members if u.key}:
            holders[key].append(members)
    for key, clusters in holders.items():
        if len(clusters) < 2:
            continue
        clusters.sort(key=lambda ms: (-sum(1 for u in ms if u.key == key and not u.rekeyed), min(u.ref for u in ms)))
        for ms in clusters[1:]:
            for u in ms:
                if u.key == key:
                    u.key = None
    nodes: list[ResolvedEntity] = []
    for members in groups.values():
        members.sort(key=lambda u: u.ref)
        nodes.append(_node(members, gaz))
    # identities must be unique: a key used twice (a split decision inside one gazetteer entry)
    # or a name key shared by two different nodes gets a digest of the node's first member
    nodes.sort(key=lambda n: n.members[0])
    count: dict[str, int] = defaultdict(int)
    for n in nodes:
        count[n.identity] += 1
    seen_keys: set[str] = set()
    for n in nodes:
        if n.key and n.key in seen_keys:
            n.key, n.wikidata = None, None
        if n.key:
            seen_keys.add(n.key)
        if count[n.identity] > 1:
            n.identity = f"{n.identity}#{digest(n.members[0], length=8)}"
    entities = {n.identity: n for n in nodes}
    cluster_of = {ref: n.identity for n in nodes for ref in n.members}
    local = {k: cluster_of[parts[0].ref] for k, parts in by_entity.items()}
    return entities, cluster_of, local


def _node(members: list[Unit], gaz: Gazetteer) -> ResolvedEntity:
    keys = sorted({u.key for u in members if u.key})
    key = keys[0] if keys else None
    entry = gaz.get(key) if key else None
    votes: dict[EntityClass, int] = defaultdict(int)
    for u in members:
        votes[u.cls] += 1
    cls = entry.cls if entry and entry.cls else max(sorted(votes), key=lambda c: votes[c])
    if entry:
        name, lang = entry.name, "en"
    else:
        freq: dict[str, int] = defaultdict(int)
        for u in members:
            freq[u.name] += 1
        best = min(
            members,
            key=lambda u: (
                _label_language(u.name, "en") in ("ar", "zh"),  # a Latin-script name reads in every view
                -len(u.name.split()) if cls is C.PERSON else 0,
                -freq[u.name],
                -len(comparable_name(u.name).split()),
                u.name,
            ),
        )
        name, lang = best.name, best.language
    if key:
        identity = key
    else:
        tag = "person" if cls is C.PERSON else family_of(cls)
        identity = f"{tag}:{comparable_name(name, cls)}"
    node = ResolvedEntity(
        identity=identity,
        cls=cls,
        name=name,
        name_language=lang,
        key=key,
        iso_code=entry.iso_code if entry else None,
        wikidata=entry.wikidata if entry else None,
        members=[u.ref for u in members],
    )
    for u in members:
        node.documents.add(u.doc)
        for n, lg in zip(u.names, u.label_langs, strict=True):
            node.labels.add((n, lg))
        node.role = node.role or u.role
        node.date = node.date or u.date
        node.amount_usd = node.amount_usd if node.amount_usd is not None else u.amount_usd
        node.sector = node.sector or u.sector
        node.iso_code = node.iso_code or u.iso_code
    return node


def _relations(exs: Sequence[Extraction], by_entity: dict[tuple[str, str], list[Unit]],
               cluster_of: dict[str, str]) -> list[ResolvedRelation]:
    out = []
    for ex in exs:
        d = ex.document.id
        for r in ex.relations:
            subj, obj = by_entity.get((d, r.subject)), by_entity.get((d, r.object))
            if not subj or not obj:
                continue
            s = cluster_of[_part_for(subj, r.evidence.start, r.evidence.end).ref]
            at = r.context or r.evidence  # the object of a fact with context is named there
            o = cluster_of[_part_for(obj, at.start, at.end).ref]
            if s == o:
                continue
            context = (r.context.sentence, r.context.start, r.context.end) if r.context else None
            out.append(ResolvedRelation(s, r.predicate, o, d, r.evidence.sentence, r.evidence.start,
                                        r.evidence.end, r.extractor, r.confidence, context))
    return out


def _uncertain(review: list[_Edge], units: list[Unit], cl: _Clusters, cluster_of: dict[str, str]) -> list[Candidate]:
    best: dict[tuple[str, str], Candidate] = {}
    for e in review:
        a, b = units[e.i], units[e.j]
        if cl.find(e.i) == cl.find(e.j) or cl.conflict(e.i, e.j) == "hard":
            continue
        left, right = cluster_of[a.ref], cluster_of[b.ref]
        if left > right:
            left, right, a, b = right, left, b, a
        c = Candidate(left, right, round(e.score, 3), e.reason, a.ref, b.ref)
        old = best.get((left, right))
        if old is None or (c.score, c.left_unit, c.right_unit) > (old.score, old.left_unit, old.right_unit):
            best[(left, right)] = c
    # at most MAX_REVIEW pairs per node, the best first: a list a person can go through
    per_node: dict[str, int] = defaultdict(int)
    out = []
    for c in sorted(best.values(), key=lambda c: (-c.score, c.left, c.right)):
        if per_node[c.left] < MAX_REVIEW and per_node[c.right] < MAX_REVIEW:
            per_node[c.left] += 1
            per_node[c.right] += 1
            out.append(c)
    return out
