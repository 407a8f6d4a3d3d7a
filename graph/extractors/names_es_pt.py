"""Spanish and Portuguese names of organizations, agreements, events, projects, initiatives and people.

Names in both languages are head-first: a capitalized head noun ("Ministerio", "Banco", "Foro",
"Tratado") followed by capitalized adjectives and complements joined by lower-case connectors
("Ministerio de Transporte y Comunicaciones del Perú", "Banco Nacional de Desenvolvimento
Econômico e Social"). The head gives the class (:mod:`lexicon_es_pt`). Besides capitalized names:

* companies and projects introduced by their kind in lower case: "la empresa china X",
  "la central hidroeléctrica X", "el puerto de X";
* bilateral agreements named by kind and partners: "el Tratado de Libre Comercio entre China y
  Perú", "China y Brasil elevaron sus relaciones a una Asociación Estratégica Integral";
* meetings of a multilateral body in lower case: "la cumbre del G20";
* acronyms defined in parentheses ("... Turismo (Mincetur)") and used again later;
* people: after a title ("el presidente chileno Gabriel Boric", "el ministro de Relaciones
  Exteriores de China, Wang Yi"), in apposition ("Wang Yi, canciller de China"), after an
  honorific ("Dra. Ana Gómez") and Chinese names anywhere.

Only sentences detected as Spanish or Portuguese are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..gazetteer import Gazetteer, load_cities, normalize
from ..records import ORGANIZATION_CLASSES, EntityClass, Mention, Sentence
from . import lexicon_es_pt as L
from .context import DocContext
from .known_names import Hit, scan
from .people import CHINESE_SURNAMES, chinese_names
from .registry import mention_extractor
from .text import Token, fold, tidy, tokenize

NAME = "names_es_pt"
PEOPLE = "people_es_pt"
LANGUAGES = frozenset({"es", "pt"})
C = EntityClass

_ORGS = frozenset(ORGANIZATION_CLASSES)
_DE = frozenset({"de", "del", "da", "do", "das", "dos"})
_ALWAYS_OK = _DE | L.ARTICLES | {"y", "e", "para", "sobre", "entre"}
_NOUN_SUFFIXES = ("ción", "ção", "sión", "são", "miento", "mento", "ncia", "ência", "ôncia", "dad", "dade", "apoyo",
                  "apoio", "acceso", "acesso", "ayuda", "ajuda",
                  # the plurals: "Seminario de Inversiones en Minería y Energía", "Investimentos em Energia"
                  "ciones", "ções", "siones", "sões", "mientos", "mentos", "ncias", "ências", "dades")
_REGION_TAILS = frozenset({"caribe", "pacífico", "pacifico", "atlántico", "atlântico"})
_PLACE_HEADS = frozenset({"embajada", "embaixada", "consulado", "oficina", "escritório", "visita"})
_SPLIT_HEADS = frozenset(
    """ministerio ministério banco universidad universidade embajada embaixada empresa instituto agencia agência
    comisión comissão cámara câmara fundación fundação asociación associação organización organização consejo
    conselho secretaría secretaria centro academia corporación corporação compañía companhia grupo
    superintendencia superintendência autoridad autoridade partido federación federação presidencia
    presidência cancillería foro fórum cumbre cúpula cimeira""".split()
)
_SPECIFIC_HEADS = frozenset(
    """fiscalía defensoría defensoria contraloría procuraduría superintendencia superintendência ouvidoria
    controladoria tesoro tesouro cancillería chancelaria aduana receita""".split()
)
_PARENT_HEADS = frozenset(
    """secretaría secretaria comité comitê departamento dirección direção gobierno governo alianza aliança unión
    união foro fórum organismo comunidad comunidade facultad faculdade escuela escola""".split()
)
_ABBREV = frozenset({"S", "A", "C", "V", "R", "L", "B", "Cía", "Cia", "Ltda", "Co", "Ltd", "Inc", "Corp", "Jr", "SpA"})
_LEGAL_TOKENS = frozenset({"S", "Ltda", "SA", "SAS", "SAC", "SAA", "SRL", "SpA", "Cía", "Cia", "Inc", "Ltd", "EIRELI"})
_YEARS = re.compile(r"^\d{4}(?:\s*[-–/]\s*\d{2,4})?$")
_ORDINAL_TOKEN = re.compile(r"^(?:\d{1,3}(?:ª|º|°|a|o|er|era)?|[IVXL]{1,6})$")
_ACRONYM = re.compile(r"^[A-ZÁÉÍÓÚÑÇ][A-Za-zÁÉÍÓÚÑÇáéíóúñç0-9&\-]{1,11}$")


def _is_es_pt(sentence: Sentence) -> bool:
    return sentence.language in LANGUAGES


# --------------------------------------------------------------------------- the grammar of names


@dataclass(frozen=True)
class Phrase:
    start: int  # token index, inclusive
    end: int  # token index, inclusive
    cls: EntityClass
    head: int
    confidence: float


def _head(toks: list[Token], k: int, heads: dict[str, EntityClass]) -> EntityClass | None:
    t = toks[k]
    if not (t.is_word and t.is_cap) or (t.is_upper and len(t.text) <= 3 and t.lower != "tlc"):
        return None  # acronyms ("CAF", "BID") are not head nouns
    return heads.get(t.lower)


def _paren_years(toks: list[Token], k: int) -> int | None:
    """Index of the ')' closing "(2025-2027)" opened at ``k``."""
    for m in range(k + 1, min(k + 7, len(toks))):
        if toks[m].text == ")":
            inner = "".join(t.text for t in toks[k + 1 : m])
            return m if _YEARS.match(inner) else None
    return None


def _legal_after_comma(toks: list[Token], k: int) -> bool:
    """"Empresa X, S.A. de C.V.": a comma before a legal form stays inside the name."""
    return k + 1 < len(toks) and toks[k + 1].text in _LEGAL_TOKENS


def _enumeration_after_comma(toks: list[Token], k: int, heads: dict[str, EntityClass]) -> bool:
    """"Ministerio de Ciencia, Tecnología e Innovación": capitalized words listed up to "y"/"e"."""
    m = k + 1
    seen_word = False
    while m < len(toks) and m < k + 14:
        t = toks[m]
        if t.is_word and t.is_cap and t.text not in L.STOP_CAPS and not _head(toks, m, heads):
            seen_word = True
            m += 1
        elif t.text == "," and seen_word:
            seen_word = False
            m += 1
        elif t.lower in L.CONJUNCTIONS and seen_word:
            return m + 1 < len(toks) and toks[m + 1].is_word and toks[m + 1].is_cap
        elif t.is_word and t.lower in _DE and seen_word:
            m += 1  # "Ciencia, Tecnología de la Información y ..."
        else:
            return False
    return False


_DEMONYM_HEADS = frozenset(
    """ministerio ministério viceministerio secretaría secretaria subsecretaría instituto consejo conselho
    agencia agência comisión comissão superintendencia superintendência""".split()
)


@lru_cache(maxsize=4096)
def _demonym(word: str) -> bool:
    from ..gazetteer import load_gazetteer

    return _is_demonym(word, load_gazetteer())


def _city_tail(toks: list[Token], h0: int, e: int) -> bool:
    """The words after the head are a city ("do Rio", "Histórico de Lima", "de São Paulo")."""
    words = [t.lower for t in toks[h0 + 1 : e + 1] if t.is_word]
    while words and words[0] in ("histórico", "historico", "financiero", "financeiro", "antiguo", "antigo"):
        words = words[1:]
    if not words or words[0] not in _DE:
        return False
    city = " ".join(words[1:])
    return city in L.CITIES or city in ("rio", "río")


def chains(toks: list[Token], heads: dict[str, EntityClass]) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words joined by lower-case connectors, hyphens, legal forms and
    enumerations; connectors never end a run."""
    out: list[tuple[int, int]] = []
    n, i = len(toks), 0
    while i < n:
        if not (toks[i].is_word and toks[i].is_cap):
            i += 1
            continue
        j, k, pending = i, i + 1, 0
        in_complement = False
        while k < n:
            t, prev = toks[k], toks[k - 1]
            glued = prev.end == t.start
            if t.is_word and t.is_cap:
                j, k, pending = k, k + 1, 0
            elif t.is_word and (t.lower in L.CONNECTORS or t.text in _ENGLISH_JOINERS) and pending < 3 and not glued:
                in_complement = in_complement or t.lower in _DE or t.lower == "entre"
                k, pending = k + 1, pending + 1
            elif (
                t.text in "-–—" and glued and pending == 0 and k + 1 < n and toks[k + 1].is_cap
                and toks[k + 1].start == t.end
            ):
                k += 1
            elif (
                k == j + 1 and pending == 0 and prev.lower in _DEMONYM_HEADS and t.is_word and not t.is_cap
                and k + 2 < n and toks[k + 1].lower in _DE and toks[k + 2].is_cap and _demonym(t.text)
            ):
                # "Ministerio ecuatoriano de Sectores Estratégicos": the country's adjective inside the name.
                k, pending = k + 1, pending + 1
            elif t.text == "." and glued and prev.text in _ABBREV and k == j + 1:
                j, k = k, k + 1
            elif t.text == "," and pending == 0 and (
                _legal_after_comma(toks, k) or (in_complement and _enumeration_after_comma(toks, k, heads))
            ):
                k += 1
            elif t.text == "(" and k == j + 1 and (close := _paren_years(toks, k)) is not None:
                j, k = close, close + 1
            else:
                break
        out.append((i, j))
        i = j + 1
    return out


_LEGAL_TAIL = re.compile(r"(?:s\.a\.?(?:s|c|a|b)?\.?|ltda\.?|s\.r\.l\.?|spa|c\.v\.?|cía\.?|eireli|s/a)$")
_LEGAL_LAST = frozenset(
    {"a", "s", "c", "b", "v", "l", "ltda", "spa", "cía", "eireli", ".", "sa", "sas", "sac", "saa", "srl"}
)


def _legal_end(toks: list[Token], s: int, e: int) -> bool:
    """Does the run end in a legal form ("S.A.", "Ltda.", "S.A. de C.V.", "SpA")?"""
    if e - s < 1 or toks[e].lower not in _LEGAL_LAST:
        return False
    if toks[e].text in ("SA", "SAC", "SAA") and toks[e - 1].is_cap and toks[e - 1].is_word:
        return True  # "CPFL Energia SA", "Camargo Corrêa SA" (wire style, without dots)
    tail = "".join(t.text for t in toks[max(s, e - 8) : e + 1]).lower()
    return _LEGAL_TAIL.search(tail) is not None


def _conditional_ok(toks: list[Token], k: int, head: int, gaz: Gazetteer) -> bool:
    """May the preposition at ``k`` ("en", "a", "con", "por" ...) continue the name?"""
    prev = toks[k - 1].lower
    nxt = next((t for t in toks[k + 1 : k + 3] if t.is_word and t.lower not in L.ARTICLES), None)
    if nxt is None:
        return False
    if toks[head].lower in _PLACE_HEADS:
        return True  # "Embajada de China en el Perú", "Visita de Estado a Brasil"
    if any(e.cls is C.COUNTRY or e.cls is None for e in gaz.lookup(nxt.text)) or nxt.lower in L.CITIES:
        return False
    return prev.endswith(_NOUN_SUFFIXES) and toks[k].lower not in ("con", "com", "por", "pelo", "pela")


def phrase(
    toks: list[Token], s: int, e: int, lang: str, gaz: Gazetteer, stops: frozenset[int] = frozenset()
) -> Phrase | None:
    """The name in tokens ``s..e`` (a run of :func:`chains`), classified by its head, or None."""
    heads = L.heads(lang)
    while s <= e and (toks[s].text in L.STOP_CAPS or toks[s].lower in L.CONNECTORS or not toks[s].is_word):
        if toks[s].lower in L.ORDINAL_WORDS and s + 1 <= e and _head(toks, s + 1, heads) is not None:
            break  # "Segundo Foro ...": an ordinal, not "según"
        s += 1
    if s > e:
        return None
    # "Minera X S.A. y Transportes Y S.A. de C.V.": a legal form ends a name, even inside a run.
    first_legal = next(
        (k for k in range(s + 1, e) if toks[k + 1].lower in L.CONJUNCTIONS | {","} and _legal_end(toks, s, k)), None
    )
    if first_legal is not None:
        e = first_legal
    if _legal_end(toks, s, e):
        # "Minera Andina del Sur S.A.": a company named before its legal form; posts before it are not.
        cut = [k for k in range(s, e) if toks[k].lower in L.TITLES or k in stops]
        if cut:
            s = cut[-1] + 1
            while s <= e and (toks[s].lower in L.CONNECTORS or not toks[s].is_word):
                s += 1
        if s >= e:
            return None
        return Phrase(s, e, C.COMPANY, e, 0.8)
    h0 = next((k for k in range(s, e + 1) if _head(toks, k, heads) is not None), None)
    if h0 is None:
        return _english_company(toks, s, e)
    if toks[e].lower in _ENGLISH_COMPANY_HEADS and heads[toks[h0].lower] is not C.COMPANY:
        # "... y Xi'an Metro Company Limited": an English company name, not the metro.
        s2 = max([k + 1 for k in range(s, h0) if toks[k].lower in L.CONJUNCTIONS or toks[k].text == ","] or [s])
        english = _english_company(toks, s2, e)
        if english is not None:
            return english
    # "Palacio de Gobierno", "Centro de Convenciones de ...": the head is a complement of another noun.
    if h0 - 2 >= s and toks[h0 - 1].lower in _DE and toks[h0 - 2].is_cap and toks[h0 - 2].is_word and not (
        toks[h0 - 2].lower in L.TITLES or toks[h0 - 2].lower.rstrip("s") in L.TITLES
        or any(x.cls is C.COUNTRY for x in gaz.lookup(toks[h0 - 2].text))
    ):
        return None
    # Only ordinals and a few adjectives stand before the head ("IV Cumbre", "Nuevo Banco ..."), and
    # the proper name of a company ("Volcan Compañía Minera").
    start = h0
    while start - 1 >= s and (
        toks[start - 1].lower in L.PRE_HEAD or _ORDINAL_TOKEN.match(toks[start - 1].text)
    ) and toks[start - 1].is_word:
        start -= 1
    if start == h0 and heads[toks[h0].lower] is C.COMPANY:
        while start - 1 >= s and toks[start - 1].is_word and toks[start - 1].is_cap and not (
            toks[start - 1].text in L.STOP_CAPS or toks[start - 1].lower in L.TITLES or start - 1 in stops
            or toks[start - 1].lower in heads
        ):
            start -= 1
    s = start
    head = toks[h0].lower
    # "Puerto de Chancay" but not "Puerto Rico"; "Central Hidroeléctrica X" but not "Central".
    after = toks[h0 + 1] if h0 + 1 <= e else None
    if head in L.NEEDS_COMPLEMENT:
        ok = after is not None and (
            after.lower in L.PREPOSITIONS
            or (after.is_cap and after.lower not in heads and any(
                toks[k].lower in _DE for k in range(h0 + 2, min(e, h0 + 4) + 1)
            ))
            or after.text[0].isdigit()
            or (head in ("central", "parque", "planta", "complejo", "complexo", "usina")
                and after.lower in L.POWER_WORDS)
            or (head == "mesa" and after.lower == "redonda")
            or (head == "estrada" and any(toks[k].text[0].isdigit() for k in range(h0 + 1, min(e, h0 + 4) + 1)))
            or (head in ("plan", "plano", "programa", "política", "agenda", "centro", "diálogo")
                and after.is_cap and after.lower not in L.GENERIC_MODIFIERS | {"nacional"})
            or (head in ("plan", "plano", "programa", "política", "agenda", "centro") and after.lower == "nacional")
        )
        if not ok:
            return None
    # Where the name ends: a post, a person, a place, or a second name after "y".
    end = e
    for k in range(h0 + 1, e + 1):
        t = toks[k]
        if k in stops:
            end = k - 1
            break
        if t.is_word and t.is_cap and t.lower in L.TITLES and toks[k - 1].is_cap:
            end = k - 1
            break
        if t.is_word and t.lower not in _ALWAYS_OK and t.lower in L.PREPOSITIONS and not _conditional_ok(
            toks, k, h0, gaz
        ):
            end = k - 1
            break
        if t.lower == "entre" and heads[head] not in (C.AGREEMENT, C.EVENT, C.INITIATIVE):
            end = k - 1  # "Estrada Nacional Número 1 entre Maputo e Xai-Xai": a route, not a name
            break
        if t.lower in L.CONJUNCTIONS and k + 1 <= e:
            r = k + 1
            if toks[r].lower in _DE and r + 1 <= e:
                r += 1  # "la Asociación X y de la Universidad Y"
            had_article = toks[r].lower in L.ARTICLES or toks[r - 1].lower in _DE
            if toks[r].lower in L.ARTICLES and r + 1 <= e:
                r += 1
            if _head(toks, r, heads) is not None and (had_article or toks[r].lower in _SPLIT_HEADS):
                if not _after_between(toks, s, k):
                    end = k - 1
                    break
            # "Universidad Nacional Mayor de San Marcos y el Jardín Botánico ...": an article and a
            # proper name of two words begin a second name (not "América Latina y el Caribe").
            if (
                toks[k + 1].lower in L.ARTICLES and r + 1 <= e and toks[r].is_cap and toks[r].is_word
                and toks[r + 1].is_cap and toks[r + 1].is_word and toks[r].lower not in _REGION_TAILS
                and not _after_between(toks, s, k)
            ):
                end = k - 1
                break
    while end > h0 and (toks[end].lower in L.CONNECTORS or (not toks[end].is_word and toks[end].text != ")")):
        end -= 1
    e = end
    cls = heads[head]
    words = [k for k in range(s, e + 1) if toks[k].is_word]
    lowers = [toks[k].lower for k in words]
    modifiers = [k for k in words if k != h0 and toks[k].lower not in L.CONNECTORS]
    if not modifiers:
        return None
    ordinal = any(toks[k].lower in L.ORDINAL_WORDS or _ORDINAL_TOKEN.match(toks[k].text) for k in words if k < h0)
    after_head = [k for k in modifiers if k > h0]
    if all(toks[k].lower in L.GENERIC_MODIFIERS or k < h0 for k in modifiers) and not (
        ordinal and cls is C.EVENT and after_head
    ) and not (cls in _ORGS and (len(after_head) >= 2 or head in _SPECIFIC_HEADS) and after_head):
        return None  # "Reunión Ministerial", "Declaración Conjunta"; not "Fiscalía Nacional Económica"
    if len(words) > 30:
        return None
    name = " ".join(t.text for t in toks[s : e + 1])
    if any(x.cls is C.COUNTRY or x.cls is None for x in gaz.lookup(name)):
        return None  # "Puerto Rico", "Centroamérica"
    confidence = 0.7
    rest = set(lowers[lowers.index(head) + 1 :]) if head in lowers else set()
    if head in ("banco",):
        if rest & L.CENTRAL_BANK_WORDS:
            cls = C.GOVERNMENT_BODY
        elif rest & L.DEVELOPMENT_WORDS:
            cls = C.INTERNATIONAL_ORGANIZATION if rest & L.REGIONAL_WORDS else C.GOVERNMENT_BODY
    elif head in ("asociación", "associação", "parceria") and rest & L.PARTNERSHIP_WORDS:
        cls = C.AGREEMENT
        if all(toks[k].lower in L.GENERIC_MODIFIERS | L.PARTNERSHIP_WORDS for k in modifiers):
            return None  # the kind alone: left to the coordination of partners
    elif head in ("plan", "plano"):
        cls = C.AGREEMENT if rest & L.AGREEMENT_PLAN_WORDS else C.INITIATIVE
    elif head in ("comunidad", "comunidade"):
        joined = " ".join(lowers)
        if "futuro compartido" in joined or "futuro compartilhado" in joined or "destino común" in joined:
            cls = C.INITIATIVE
        elif not rest & ({"estados", "naciones", "nações", "países", "andina", "del", "do"} | L.REGIONAL_WORDS):
            return None
    elif head in ("congreso", "congresso", "asamblea", "assembleia", "sesión", "sessão") and ordinal:
        cls = C.EVENT
    elif head in ("centro",) and rest & L.VENUE_WORDS:
        return None  # "Centro de Convenciones": a venue
    elif head in ("centro",) and _city_tail(toks, h0, e):
        return None  # "Centro do Rio", "Centro Histórico de Lima": a part of a city
    elif head in ("parque",) and "nacional" in rest:
        return None  # a national park is a place
    elif head in ("grupo",) and (rest & {"trabajo", "trabalho", "alto", "amigos"}):
        return None  # a working group
    elif head in ("fondo", "fundo") and rest & {"nacional", "estatal", "soberano"}:
        cls = C.GOVERNMENT_BODY
    elif head in ("organismo",) and rest & L.REGIONAL_WORDS:
        cls = C.INTERNATIONAL_ORGANIZATION
    elif head in ("organización", "organização") and not rest & (
        L.REGIONAL_WORDS | {"estados", "naciones", "nações", "países", "tratado", "cooperación", "cooperação"}
    ):
        cls = C.ORGANIZATION
    elif head in ("cámara", "câmara") and rest & {"diputados", "deputados", "senadores", "representantes"}:
        cls = C.GOVERNMENT_BODY
    elif (head in ("consejo", "conselho") and rest & {"empresarial", "empresarios", "empresários", "consultivo"}) or (
        head in ("agencia", "agência") and rest & {"noticias", "notícias", "prensa"}
    ):
        cls = C.ORGANIZATION
    elif head in ("gobierno", "governo"):
        tail = " ".join(t.text for t in toks[h0 + 1 : e + 1] if t.lower not in L.CONNECTORS or t.is_cap)
        if len(tail.split()) <= 2 and any(x.cls is C.COUNTRY for x in gaz.lookup(tail)):
            return None  # "Gobierno de Chile": the country's government, named by the country
        # "Governo da República Popular da China (2024-2028)": the same, by the country's long name.
        k = h0 + 1
        while k <= e and toks[k].lower in L.CONNECTORS:
            k += 1
        stop = next((j for j in range(k, e + 1) if toks[j].text == "("), e + 1)
        long_name = " ".join(t.text for t in toks[k:stop])
        if k <= e and toks[k].lower == "república" and any(x.cls is C.COUNTRY for x in gaz.lookup(long_name)):
            return None  # (a region's government, "Governo da Região Administrativa Especial de Macau", stays)
    elif head == "comunicado" and rest & {"prensa", "imprensa"}:
        return None  # a press release
    elif head in ("proyecto", "projeto") and rest & {"ley", "lei", "decreto", "resolución"}:
        return None  # a bill
    elif head in ("conferencia", "conferência", "rueda") and rest & {"prensa", "imprensa"}:
        return None
    elif head in ("unión", "união") and rest & (L.REGIONAL_WORDS | {"naciones", "nações"}):
        cls = C.INTERNATIONAL_ORGANIZATION
    elif head == "tlc":
        confidence = 0.75
    return Phrase(s, e, cls, h0, confidence)


def _after_between(toks: list[Token], s: int, k: int) -> bool:
    """Is the conjunction at ``k`` inside "entre X y Y" (the parties of an agreement)?"""
    return any(toks[m].lower == "entre" for m in range(s, k))


_ENGLISH_JOINERS = frozenset({"and", "of", "&"})
_ENGLISH_COMPANY_HEADS = frozenset({"company", "corporation", "group", "holdings", "co", "ltd", "limited", "inc"})


def _english_company(toks: list[Token], s: int, e: int) -> Phrase | None:
    """"China Harbour Engineering Company" printed in English inside Spanish text."""
    words = [k for k in range(s, e + 1) if toks[k].is_word]
    if len(words) < 2 or any(toks[k].lower in L.CONNECTORS and toks[k].text not in _ENGLISH_JOINERS for k in words):
        return None
    last = words[-1]
    if toks[last].lower in _ENGLISH_COMPANY_HEADS:
        return Phrase(s, e, C.COMPANY, last, 0.65)
    return None


def _parents(toks: list[Token], p: Phrase, lang: str, gaz: Gazetteer) -> Iterator[Phrase | tuple[int, int]]:
    """Larger bodies named after "de/del/da/do" inside a name, and the parties after "entre"."""
    for k in range(p.head + 1, p.end):
        word = toks[k].lower
        if word not in _DE and word != "entre":
            continue
        s = k + 1
        if s <= p.end and toks[s].lower in L.ARTICLES:
            s += 1
        if s > p.end:
            continue
        if word == "entre":
            for a, b in _split_parties(toks, s, p.end, lang):
                sub = phrase(toks, a, b, lang, gaz)
                if sub is not None and sub.cls in _ORGS:
                    yield sub
                elif sub is None:
                    yield (a, b)
            return
        sub = phrase(toks, s, p.end, lang, gaz)
        if sub is not None and sub.start == s and sub.cls in _ORGS | {C.EVENT}:
            if toks[sub.head].lower in _SPLIT_HEADS | _PARENT_HEADS:
                yield sub
        elif sub is None:
            yield (s, p.end)


def _split_parties(toks: list[Token], s: int, e: int, lang: str) -> list[tuple[int, int]]:
    """"el Ministerio de X del Perú y el Ministerio de Y de China" -> the two parties; the "y" of an
    enumeration inside a party's name ("Ciencia, Tecnología e Innovación") does not split."""
    heads = L.heads(lang)
    fallback: list[tuple[int, int]] | None = None
    for k in range(s + 1, e):
        if toks[k].lower in L.CONJUNCTIONS:
            r = k + 1
            article = r <= e and toks[r].lower in L.ARTICLES
            if article:
                r += 1
            if r > e:
                break
            if _head(toks, r, heads) is not None:
                return [(s, k - 1), (r, e)]
            if fallback is None and (article or (toks[k - 1].is_cap and toks[r].is_cap and k - 1 > s)):
                fallback = [(s, k - 1), (r, e)]
    return fallback or [(s, e)]


# --------------------------------------------------------------------------- people


_LOWER = "a-záéíóúñâêôãõçüàèìòùïë'’"
# "Zhang XiaoQing": a pinyin given name printed in camel case keeps its second syllable.
_W = rf"[A-ZÁÉÍÓÚÑÂÊÔÃÕÇÜÀ][{_LOWER}]+(?:-[A-ZÁÉÍÓÚÑÂÊÔÃÕÇÜÀa-záéíóúñâêôãõçü][{_LOWER}]+|[A-Z][a-z]{{1,5}}(?![\w]))?"
_PARTICLE = r"(?:de\s+la|de\s+las|de\s+los|del|de|da|das|do|dos|van|von)"
PERSON_NAME = re.compile(rf"{_W}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_W}){{0,5}}")
_PLURAL_TITLES = ("presidentes", "ministros", "ministras", "cancilleres", "chanceleres", "embajadores",
                  "embaixadores", "gobernadores", "governadores", "alcaldes", "prefeitos", "vicepresidentes",
                  "mandatarios", "mandatários", "líderes", "jefes de estado", "chefes de estado")
_TITLE_WORDS = sorted(
    {*L.MULTIWORD_TITLES, *L.TITLES, *_PLURAL_TITLES}, key=len, reverse=True
)
TITLE_RX = re.compile(
    r"(?<![\w\-])(?i:(?:ex(?:-|\s+)?)?(?:"
    # hyphens first: the class put in for a space holds "\-" itself
    + "|".join(re.escape(t).replace(r"\-", r"[\s\-]+").replace(r"\ ", r"[\s\-]+") for t in _TITLE_WORDS)
    + r"))(?![\w\-])"
)
# "ex presidente", "expresidente", "ex-ministra": a former office.
FORMER_RX = re.compile(r"^(?i:ex(?:-|\s+)?)(?=\w{4})")
HONORIFIC_RX = re.compile(
    r"(?<![\w])(?:Sr|Sra|Srta|Dr|Dra|Lic|Ing|Prof|Profa|Excmo|Excma)\.\s+|(?<![\w])(?:Don|Doña|don|doña)\s+"
)
# Lower-case words allowed in a title's complement ("ministro de comercio exterior de ...").
_PORTFOLIO = frozenset(
    """economía economia hacienda fazenda comercio comércio exterior exteriores relaciones relações asuntos
    agricultura ganadería pecuária energía energia minas transporte transportes comunicaciones comunicações
    finanzas finanças industria indústria turismo cultura educación educação salud saúde defensa defesa
    justicia justiça trabajo trabalho ambiente medio meio desarrollo desenvolvimento planificación
    planejamento infraestructura infraestrutura obras públicas vivienda habitação ciencia ciência
    tecnología tecnologia innovación inovação producción produção cooperación cooperação internacional
    internacionales integración integração casa civil gabinete estado gobierno governo república nación
    nação empresa estatal junta directiva directorio consejo conselho administración administração
    comisión comissão cámara câmara diputados deputados senado partido región região provincia província
    municipio município ciudad cidade país compañía companhia grupo asociación associação instituto
    universidad universidade centro oficina departamento área división divisão negocios negócios servicios
    serviços general geral ejecutivo executivo ejecutiva executiva adjunto adjunta interino interina pro
    tempore permanente plenipotenciario extraordinario saliente entrante titular clima mudança cambio
    asia ásia américa latina caribe latinoamérica asuntos sectores estratégicos puertos portos
    aeropuertos aeroportos ciudades cidades regional nacional federal popular comunista culto pesca
    seguridad segurança social hidrocarburos minería mineração electricidad eletricidade interior
    presupuesto orçamento agrario agrário rural deportes esportes estrangeiros extranjeros""".split()
)
_COMPLEMENT_START = frozenset({"de", "del", "da", "do", "das", "dos", "para", "en", "em", "no", "na", "ante",
                               "junto", "general", "geral", "ejecutivo", "executivo", "adjunto", "pro"})


@dataclass(frozen=True)
class PersonHit:
    """A person found in a sentence: the name and the title that goes with it (sentence offsets)."""

    start: int
    end: int
    name: str
    title_start: int
    title_end: int
    role: str | None
    confidence: float


def _word_spans(text: str, pos: int, limit: int) -> Iterator[tuple[int, int, str]]:
    for m in re.finditer(r"\(|\)|,|;|[^\s,;()]+", text[pos:limit]):
        yield pos + m.start(), pos + m.end(), m.group(0)


def _title_complement(text: str, pos: int, gaz: Gazetteer) -> int:
    """End of the complement that follows a title: "de Relaciones Exteriores de China", "chino",
    "del Banco Central (BC)". Stops before the comma or the capitalized word that begins the name."""
    end = pos
    lowers = 0
    depth = 0
    prev = "title"
    countries = [
        (pos + h.start, pos + h.end) for h in scan(text[pos : pos + 160], gaz) if h.form.key.startswith("country:")
    ]
    words = list(_word_spans(text, pos, min(len(text), pos + 160)))
    for i, (a, b, w) in enumerate(words):
        low = w.lower().rstrip(".:")
        if w == "(":
            depth += 1
            continue
        if w == ")":
            if depth == 0:
                break
            depth -= 1
            end = b
            continue
        if depth:
            continue
        if w in (",", ";"):
            # "de Ciencia, Tecnología e Innovación": an enumeration inside the complement.
            nxt = words[i + 1][2] if i + 1 < len(words) else ""
            nxt2 = words[i + 2][2] if i + 2 < len(words) else ""
            if prev == "cap" and nxt[:1].isupper() and nxt2.lower() in ("y", "e", ","):
                continue
            break
        if w[:1].isupper() or w[:1].isdigit():
            # A capitalized word belongs to the complement only after a connector or inside a run,
            # and a run stops after a country: "de Chile Gabriel Boric".
            if prev not in ("connector", "cap") or any(ce == _prev_end(words, i) for _, ce in countries):
                break
            # "... e a Ministra das ...": another title begins; "... e Reforma He Lifeng": a Chinese name.
            if low in L.TITLES and i > 0 and words[i - 1][2].lower() in L.ARTICLES:
                break
            if prev == "cap" and _chinese_name_at(text, a):
                break
            # "ministro de Economía Sergio Massa": a name right after the portfolio, without a comma.
            if prev == "cap" and _name_after_portfolio(words, i, gaz):
                break
            prev, end = "cap", b
        elif low in L.CONNECTORS or low in ("ante", "junto"):
            if prev == "title" and low not in _COMPLEMENT_START:
                break
            prev = "connector"
        elif _is_demonym(w, gaz) or low in _PORTFOLIO or (prev == "title" and _DEMONYM_LIKE.fullmatch(low)) or (
            prev in ("title", "lower") and low in _TITLE_MODIFIERS
        ):
            lowers += 1
            prev, end = "lower", b
            if lowers > 6:
                break
        else:
            break
    return end


# Words that qualify a post: "secretária-executiva adjunta do MDIC", "ministro interino de ..."
_TITLE_MODIFIERS = frozenset(
    """adjunto adjunta interino interina substituto substituta suplente encargado encargada titular general
    geral ejecutivo ejecutiva executivo executiva""".split()
)


def _name_after_portfolio(words: list[tuple[int, int, str]], i: int, gaz: Gazetteer) -> bool:
    """Words i.. are a person's name of two to four capitalized words ending the run, and the word
    before them is a portfolio ("de Economía | Sergio Massa", "da Fazenda | Ana Souza")."""
    if words[i - 1][2].lower() not in _PORTFOLIO:
        return False
    j = i
    while j < len(words) and j - i < 5:
        w = words[j][2]
        particle = w.lower() in ("de", "da", "do", "dos", "das")
        if (w[:1].isupper() and w.lower() not in _PORTFOLIO) or (
            particle and j + 1 < len(words) and words[j + 1][2][:1].isupper()
        ):
            j += 1
        else:
            break
    n = j - i
    if not 2 <= n <= 4 or words[j - 1][2].lower() in ("de", "da", "do", "dos", "das"):
        return False
    if j < len(words) and (words[j][2][:1].isupper() or words[j][2] == "("):
        return False
    # "gerente de la Empresa Metro de Bogotá, Juan Camilo Ospina": the name comes after the comma, and the
    # capitalized words before it still name the body
    if j + 2 < len(words) and words[j][2] == "," and all(w[:1].isupper() for _, _, w in words[j + 1 : j + 3]):
        return False
    name_words = [w for _, _, w in words[i:j]]
    if any(w in L.STOP_CAPS or w.lower() in L.TITLES for w in name_words):
        return False
    # A known name among the words ("Estrangeiros da China") is no person's name.
    return not gaz.lookup(" ".join(name_words)) and not any(gaz.lookup(w) for w in name_words)


def _chinese_name_at(text: str, pos: int) -> bool:
    return any(a == 0 for a, _, _ in chinese_names(text[pos : pos + 40]))


# Country adjectives the gazetteer may lack ("angolano", "santotomense"): right after a title only.
_DEMONYM_LIKE = re.compile(r"[a-záéíóúñâêôãõç]{3,}(?:ano|ana|eño|eña|ense|ês|esa|ino|ina|eiro|eira|ita|í|iano|iana)")


def _prev_end(words: list[tuple[int, int, str]], i: int) -> int:
    return words[i - 1][1] if i > 0 else -1


def _is_demonym(word: str, gaz: Gazetteer) -> bool:
    w = word.strip(",.;:()")
    if not w or not w[0].islower():
        return False
    return any(
        lbl.kind == "demonym" and fold(lbl.text) == fold(w)
        for e in gaz.lookup(w) if e.cls is C.COUNTRY or e.cls is None for lbl in e.labels
    )


# Titles that are also common surnames ("Rey", "Conde", "Duque", "Reis")
_SURNAME_TITLES = frozenset({"rey", "conde", "duque", "cardenal", "obispo", "abad", "reis", "bispo"})


def _trim_name(name: str, gaz: Gazetteer, heads: dict[str, EntityClass]) -> str:
    """Cut a name before a particle that introduces a place ("Boric de Chile") or a stray word."""
    words = name.split()
    while words and (words[0] in L.STOP_CAPS or words[0].lower() in L.TITLES or words[0].lower() in heads
                     or words[0].lower().rstrip(".") in L.HONORIFICS):
        words = words[1:]
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        low = w.lower()
        if low in ("de", "del", "da", "das", "do", "dos", "la", "las", "los", "van", "von"):
            rest = " ".join(words[i + 1 :])
            if not rest or (scan(rest, gaz) and scan(rest, gaz)[0].start == 0) or rest.split()[0].lower() in heads:
                break
            out.append(w)
            i += 1
            continue
        # "Juan Ramón de la Fuente": after a particle a capitalized word is a surname, even "Fuente".
        after_particle = bool(out) and out[-1].lower() in ("de", "del", "da", "do", "la", "las", "los")
        if low in _SURNAME_TITLES and len(out) >= 2:
            out.append(w)  # "Andrés Felipe Cuéllar Rey": after a given name and a surname, a surname
            i += 1
            continue
        if (w in L.STOP_CAPS and not after_particle) or low in L.TITLES or low in heads or (
            low.rstrip(".") in L.HONORIFICS
        ):
            break
        if any(e.cls is C.COUNTRY or e.cls is None for e in gaz.lookup(w)):
            break
        out.append(w)
        i += 1
    while out and out[-1].lower() in ("de", "del", "da", "das", "do", "dos", "la", "las", "los"):
        out.pop()
    return " ".join(out)


def _plausible(name: str, gaz: Gazetteer, heads: dict[str, EntityClass]) -> bool:
    words = name.split()
    if not words or len(words) > 7:
        return False
    if gaz.lookup(name):
        return False
    return not any(
        (w in L.STOP_CAPS and not (i and words[i - 1].lower() in ("de", "del", "da", "do", "la", "las", "los")))
        or w.lower() in heads or (w.lower() in L.TITLES and not (i >= 2 and w.lower() in _SURNAME_TITLES))
        # "Ministros Responsables de Comercio": a portfolio after a particle names an office, not a family
        or (i and words[i - 1].lower() in ("de", "del", "da", "do") and w.lower() in _OFFICE_WORDS)
        for i, w in enumerate(words)
    )


# Portfolios that never are surnames ("de Comercio", "da Fazenda"); "Campos", "Cultura" may be.
_OFFICE_WORDS = frozenset(
    """economía economia hacienda fazenda comercio comércio exteriores relaciones relações asuntos agricultura
    energía energia transportes comunicaciones comunicações finanzas finanças industria indústria turismo
    educación educação salud saúde defensa defesa justicia justiça trabajo trabalho desarrollo
    desenvolvimento planificación planejamento infraestructura infraestrutura vivienda ciencia ciência
    tecnología tecnologia innovación inovação cooperación cooperação hidrocarburos minería mineração""".split()
)


def _name_at(text: str, pos: int, gaz: Gazetteer, heads: dict[str, EntityClass]) -> tuple[int, int, str] | None:
    m = PERSON_NAME.match(text, pos)
    if not m:
        return None
    name = _trim_name(m.group(0), gaz, heads)
    if not name or not _plausible(name, gaz, heads):
        return None
    return m.start(), m.start() + len(name), name


def _person_hits(text: str, lang: str, gaz: Gazetteer) -> Iterator[PersonHit]:
    heads = L.heads(lang)
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    # Title (+ demonym / complement) (+ comma) + name.
    for t in TITLE_RX.finditer(text):
        title = FORMER_RX.sub("", t.group(0).lower())
        plural = title in _PLURAL_TITLES
        comp_end = _title_complement(text, t.end(), gaz)
        gap = re.match(r"\s*,?\s*(?:(?:Sr|Sra|Srta|Dr|Dra|Lic|Ing|Prof|Profa)\.\s+)?", text[comp_end:])
        pos = comp_end + (gap.end() if gap else 0)
        found = _name_at(text, pos, gaz, heads)
        if found is None:
            # "el presidente de la estatal chilena Codelco, Máximo Pacheco": the firm ends the title.
            firm = _FIRM_THEN_NAME.match(text, pos)
            if firm and (_known_org(firm.group("org"), gaz) or _FIRM_NOUN.search(text[t.end() : pos])):
                found = _name_at(text, firm.end(), gaz, heads)
                if found is None or len(found[2].split()) < 2:
                    continue
                comp_end = pos + len(firm.group("org"))
            else:
                continue
        a, b, name = found
        single = len(name.split()) == 1
        if single and not (title in L.STRONG_TITLES or title.rstrip("s") in L.STRONG_TITLES):
            continue
        role = tidy(text[t.start() : comp_end])
        bracket = _bracket_country(text, b, gaz) if comp_end == t.end() else None
        if bracket is not None:
            # "los mandatarios Gustavo Petro (Colombia), Luiz Inácio Lula da Silva (Brasil) y ...".
            for a2, b2, name2, c_start, c_end in _bracketed_list(text, a, gaz, heads):
                if free(a2, b2):
                    taken.append((a2, b2))
                    r2 = tidy(f"{_singular(role)} {text[c_start:c_end]}")
                    yield PersonHit(a2, b2, name2, c_start, c_end, r2, 0.75)
            continue
        if free(a, b):
            taken.append((a, b))
            yield PersonHit(a, b, name, t.start(), comp_end, role, 0.8 if not single else 0.75)
        if plural:
            # "los presidentes de Colombia, Gustavo Petro; de Brasil, ..., y de Chile, Gabriel Boric".
            cursor = b
            while True:
                more = re.match(r"\s*[,;]\s*(?:y\s+|e\s+)?((?:de|del|da|do)\s+)", text[cursor:])
                if not more:
                    break
                c_start = cursor + more.start(1)
                c_end = _title_complement(text, c_start, gaz)
                g2 = re.match(r"\s*,\s*", text[c_end:])
                if not g2:
                    break
                nxt = _name_at(text, c_end + g2.end(), gaz, heads)
                if nxt is None:
                    break
                a2, b2, name2 = nxt
                if free(a2, b2):
                    taken.append((a2, b2))
                    yield PersonHit(a2, b2, name2, c_start, c_end, tidy(f"{title} {text[c_start:c_end]}"), 0.75)
                cursor = b2
    # Name, (article) title ...: "Wang Yi, canciller de China".
    for m in re.finditer(
        rf"(?P<name>{PERSON_NAME.pattern})\s*,\s*(?:(?:el|la|o|a|su|seu|sua)\s+)?(?:(?:actual|atual|entonces|então|ex|nuevo|nueva|novo|nova)\s+)?",
        text,
    ):
        after = m.end()
        tm = TITLE_RX.match(text, after)
        if not tm:
            continue
        raw = m.group("name")
        name = _trim_name(raw, gaz, heads)
        if len(name.split()) < 2 or not _plausible(name, gaz, heads):
            continue
        if not raw.endswith(name):
            continue  # "Boric de Chile, ...": the title does not go with the trimmed name
        a = m.start("name") + len(raw) - len(name)
        b = a + len(name)
        comp_end = _title_complement(text, tm.end(), gaz)
        if free(a, b):
            taken.append((a, b))
            yield PersonHit(a, b, name, tm.start(), comp_end, tidy(text[tm.start() : comp_end]), 0.8)
    for h in HONORIFIC_RX.finditer(text):
        found = _name_at(text, h.end(), gaz, heads)
        if found is None:
            continue
        a, b, name = found
        if free(a, b):
            taken.append((a, b))
            yield PersonHit(a, b, name, h.start(), h.end(), None, 0.8)
    for a, b, name in chinese_names(text):
        if free(a, b) and not _inside_name(text, a, b):
            taken.append((a, b))
            yield PersonHit(a, b, name, a, a, None, 0.65)


_BRACKET = re.compile(r"\s*\(\s*(?P<c>[^()]{3,40}?)\s*\)")


def _singular(title: str) -> str:
    """"mandatarios" -> "mandatario", "presidentes" -> "presidente", "embajadores" -> "embajador"."""
    words = title.split()
    if not words or title.lower() not in _PLURAL_TITLES:
        return title
    w = words[0]
    w = w[:-2] if re.search(r"[rln]es$", w) else w[:-1] if w.endswith("s") else w
    return " ".join([w, *words[1:]])


def _bracket_country(text: str, pos: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """"(Colombia)" right at pos: the span of the bracket when it holds a country's name and nothing else."""
    m = _BRACKET.match(text, pos)
    if not m:
        return None
    c = m.group("c")
    if not any(e.cls is C.COUNTRY for e in gaz.lookup(c)):
        return None
    hits = scan(c, gaz)
    if not (hits and hits[0].start == 0 and hits[0].end == len(c)):
        return None
    return m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()


def _bracketed_list(
    text: str, pos: int, gaz: Gazetteer, heads: dict[str, EntityClass]
) -> Iterator[tuple[int, int, str, int, int]]:
    """Names each followed by their country in brackets, separated by commas and a final 'y'/'e'."""
    cursor = pos
    first = True
    while True:
        if not first:
            sep = re.match(r"\s*(?:[,;]\s*(?:(?:y|e)\s+)?|(?:y|e)\s+)", text[cursor:])
            if not sep:
                return
            cursor += sep.end()
        found = _name_at(text, cursor, gaz, heads)
        if found is None:
            return
        a, b, name = found
        if len(name.split()) < 2:
            return
        bracket = _bracket_country(text, b, gaz)
        if bracket is None:
            return
        yield a, b, name, bracket[0], bracket[1]
        cursor = bracket[1]
        first = False


_FIRM_THEN_NAME = re.compile(r"(?P<org>[A-ZÁÉÍÓÚÑÇ][\w&\-]*(?:\s+[A-ZÁÉÍÓÚÑÇ][\w&\-]*){0,2})\s*,\s*")
_FIRM_NOUN = re.compile(
    r"(?i:\b(?:empresa|estatal|compañía|companhia|firma|grupo|corporación|corporação|consorcio|consórcio)\s+"
    r"(?:[a-záéíóúñâêôãõç]+\s+)?$)"
)


def _known_org(name: str, gaz: Gazetteer) -> bool:
    hits = scan(name, gaz)
    return any(h.start == 0 and h.end == len(name) and not h.form.key.startswith("country:") for h in hits)


def _inside_name(text: str, a: int, b: int) -> bool:
    """A Chinese-looking pair glued to more capitalized words ("Xi Jinping" in a longer run) is fine;
    one preceded by a hyphen ("China-Ma ...") is not a person."""
    return a > 0 and text[a - 1] in "-–"


@lru_cache(maxsize=2048)
def _cached_person_hits(text: str, lang: str) -> tuple[PersonHit, ...]:
    from ..gazetteer import load_gazetteer

    return tuple(_person_hits(text, lang, load_gazetteer()))


def sentence_people(sentence: Sentence, gaz: Gazetteer) -> tuple[PersonHit, ...]:
    """The people of a sentence (cached: both the mention and the relation stage ask)."""
    from ..gazetteer import load_gazetteer

    if gaz is load_gazetteer():
        return _cached_person_hits(sentence.text, sentence.language)
    return tuple(_person_hits(sentence.text, sentence.language, gaz))


@mention_extractor(PEOPLE, version="1", languages=LANGUAGES)
def people_es_pt(ctx: DocContext) -> Iterator[Mention]:
    """People named with a title, in apposition, after an honorific, or with a Chinese name (es/pt)."""
    found: list[Mention] = []
    for s in ctx.sentences:
        if not _is_es_pt(s):
            continue
        for h in sentence_people(s, ctx.gazetteer):
            found.append(ctx.mention(s, h.start, h.end, C.PERSON, h.name, PEOPLE, h.confidence, role=h.role))
    yield from found
    yield from _short_names(ctx, found)


_PARTICLES = frozenset({"de", "del", "da", "das", "do", "dos", "la", "las", "los", "van", "von", "y", "e"})


def _short_names(ctx: DocContext, people: list[Mention]) -> Iterator[Mention]:
    """"Lula", "Mendoza", "Wang" later in the text: one word of a full name found before, standing alone."""
    owners: dict[str, set[str]] = {}
    for m in people:
        words = m.name.split()
        if len(words) < 2:
            continue
        chinese = any(True for _ in chinese_names(m.name))
        candidates = words[:1] if chinese else [w for w in words[1:] if w.lower() not in _PARTICLES]
        for w in candidates:
            owners.setdefault(w, set()).add(m.name)
    heads = L.heads("es") | L.heads("pt")
    cities = load_cities()
    words = [
        w for w, names in owners.items()
        if len(names) == 1 and (len(w) >= 3 or w in CHINESE_SURNAMES) and w not in L.STOP_CAPS
        and w.lower() not in heads and w.lower() not in L.TITLES and not ctx.gazetteer.lookup(w)
        and normalize(w) not in cities  # "Bogotá" alone is the city
    ]
    if not words:
        return
    taken = [(m.start, m.end) for m in people]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    rx = re.compile(r"(?<![\w\-])(" + alternatives + r")(?![\w\-])")
    for hit in rx.finditer(ctx.text):
        a, b = hit.span()
        if any(x <= a < y or x < b <= y for x, y in taken):
            continue
        sentence = ctx.sentence_at(a)
        if not _is_es_pt(sentence) or b > sentence.end:
            continue
        before = ctx.text[max(sentence.start, a - 30) : a]
        after = ctx.text[b : min(sentence.end, b + 30)]
        if re.search(r"[A-ZÁÉÍÓÚÑ][\w'’]*\s+$", before) or re.match(r"\s+[A-ZÁÉÍÓÚÑ]", after):
            if not re.search(r"(?:^|[.!?:;\"“«]\s*)[A-ZÁÉÍÓÚÑ][\w'’]*\s+$", before):
                continue  # part of a longer capitalized name ("Silva Santos"); a sentence start is fine
        yield ctx.mention(
            sentence, a - sentence.start, b - sentence.start, C.PERSON, hit.group(1), PEOPLE, 0.6
        )


# --------------------------------------------------------------------------- organizations and other names


def _tok_span(s: Sentence, toks: list[Token], a: int, b: int) -> tuple[int, int, str]:
    return toks[a].start, toks[b].end, s.text[toks[a].start : toks[b].end]


def _person_stops(toks: list[Token], people: tuple[PersonHit, ...]) -> frozenset[int]:
    starts = {h.start for h in people}
    return frozenset(k for k, t in enumerate(toks) if t.start in starts)


def _named(ctx: DocContext, s: Sentence) -> list[Mention]:
    lang = s.language
    gaz = ctx.gazetteer
    heads = L.heads(lang)
    toks = tokenize(s.text)
    stops = _person_stops(toks, sentence_people(s, gaz))
    out: list[Mention] = []
    for a, b in chains(toks, heads):
        # "la Cancillería china", "el Banco Central chileno": a country adjective closes a body's name.
        demonym = b + 1 < len(toks) and toks[b + 1].start == toks[b].end + 1 and _is_demonym(toks[b + 1].text, gaz)
        pieces = _split_chain(toks, a, b, lang, gaz, stops)
        for p in pieces:
            end = p.end + 1 if demonym and p.end == b and p.cls in _ORGS else p.end
            x, y, raw = _tok_span(s, toks, p.start, end)
            if "\n" in raw.strip():
                # a letterhead's lines ("Secretaría de Relaciones Exteriores\nCiudad de México") are two things
                raw = raw[: raw.index("\n")].rstrip()
                y = x + len(raw)
            name = _tidy_name(raw)
            if len(name) < 3:
                continue
            out.append(ctx.mention(s, x, y, p.cls, name, NAME, p.confidence))
            for q in _parents(toks, p, lang, gaz):
                if isinstance(q, Phrase):
                    q_end = end if q.end == p.end else q.end
                    qx, qy, qraw = _tok_span(s, toks, q.start, q_end)
                    out.append(ctx.mention(s, qx, qy, q.cls, tidy(qraw), NAME, q.confidence, nested=True))
                else:
                    span = (q[0], end if q[1] == p.end else q[1])
                    known = _known_nested(ctx, s, toks, span)
                    if not known and span[0] + 1 == span[1] and span[1] == p.end + 1:
                        bare = _bare_head(ctx, s, toks, span[0], span[0], lang)
                        known = [bare.model_copy(update={"nested": True})] if bare is not None else []
                    out += known
        rest = pieces[-1].end + 1 if pieces else a
        while rest <= b and (toks[rest].lower in L.CONNECTORS or not toks[rest].is_word):
            rest += 1
        if rest == b:
            bare = _bare_head(ctx, s, toks, b, b, lang)
            if bare is not None:
                out.append(bare)
    return out


def _tidy_name(raw: str) -> str:
    """:func:`tidy`, keeping the final stop of a legal form ("S.A. de C.V.", "Cía.")."""
    name = tidy(raw)
    if raw.rstrip().endswith(".") and re.search(r"(?:\b[A-Z]\.)+[A-Z]$|\b(?:Cía|Cia|Ltda)$", name):
        name += "."
    return name


def _split_chain(
    toks: list[Token], a: int, b: int, lang: str, gaz: Gazetteer, stops: frozenset[int]
) -> list[Phrase]:
    """The names in one run: a run may hold two ("el Banco X y la Universidad Y" never joins, but
    "Fondo X de la Cámara Y" is one name with a parent)."""
    out: list[Phrase] = []
    s = a
    while s <= b:
        p = phrase(toks, s, b, lang, gaz, stops)
        if p is None:
            break
        out.append(p)
        nxt = p.end + 1
        while nxt <= b and (toks[nxt].lower in L.CONNECTORS or not toks[nxt].is_word):
            nxt += 1
        if nxt <= p.end or nxt > b:
            break
        s = nxt
    return out


def _known_nested(ctx: DocContext, s: Sentence, toks: list[Token], span: tuple[int, int]) -> list[Mention]:
    """A well-known body named as the parent of a name: "Cumbre de la CELAC", "Reunión del Foro ..."."""
    a, b = toks[span[0]].start, toks[span[1]].end
    text = s.text[a:b]
    out = []
    for hit in scan(text, ctx.gazetteer):
        entry = ctx.gazetteer.get(hit.form.key)
        if entry is None or entry.cls is None or entry.cls is C.COUNTRY or hit.start != 0:
            continue
        out.append(
            ctx.mention(
                s, a + hit.start, a + hit.end, entry.cls, entry.name, NAME, 0.9, key=entry.key,
                aliases=(text[hit.start : hit.end],), nested=True,
            )
        )
    return out


def _bare_head(ctx: DocContext, s: Sentence, toks: list[Token], a: int, b: int, lang: str) -> Mention | None:
    """"la Cancillería peruana": a lone head with a country adjective names that country's body."""
    if a != b or toks[a].lower not in ("cancillería", "chancelaria", "presidencia", "presidência"):
        return None
    nxt = toks[a + 1] if a + 1 < len(toks) else None
    if nxt is None or not _is_demonym(nxt.text, ctx.gazetteer):
        return None
    x, y = toks[a].start, nxt.end
    return ctx.mention(s, x, y, C.GOVERNMENT_BODY, s.text[x:y], NAME, 0.7)


# Lower-case kinds before a name: "la central hidroeléctrica X", "el puerto (peruano) de X".
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_CAP_WORD = r"[A-ZÁÉÍÓÚÑÂÊÔÃÕÇ0-9][\w'’\-]*"
_CAP_RUN = _CAP_WORD + r"(?:\s+(?:(?:de|del|da|do|la|las|los|y|e)\s+)?" + _CAP_WORD + r"){0,6}"
_PROJECT_RX = re.compile(
    r"(?<![\w])(?P<kind>" + _alternation(L.PROJECT_KINDS) + r")"
    r"(?P<dem>\s+(?!(?:de|del|da|do|la|el)\s)[a-záéíóúñâêôãõç\-]+)?"
    r"(?P<de>\s+(?:de|del|da|do|de\s+la)\s+|\s+)"
    r"(?P<name>" + _CAP_RUN + r")"
)
# In a lookahead, so that a rejected match ("a empresa controla a distribuidora X") does not hide
# the one that starts inside it.
_COMPANY_RX = re.compile(
    r"(?=(?<![\w])(?i:la|las|el|los|a|as|o|os|una|uma|un|um)\s+(?P<kind>" + _alternation(L.COMPANY_KINDS) + r")"
    r"(?P<dem>(?:\s+[a-záéíóúñâêôãõç\-]+){0,3}?)"
    r"\s+(?P<name>[A-Z][\w&'’\-]*(?:\s+(?:[A-Z0-9&][\w&'’\-]*|de|del|do|da|and|of)){0,6}))"
)
# "la chilena Transelec", "a chinesa BYD": a feminine country adjective standing for "la empresa",
# before a one-word name that ends the phrase.
_DEMONYM_FIRM_RX = re.compile(
    r"(?<![\w])(?i:la|a)\s+(?P<dem>[a-záéíóúñâêôãõç]+)\s+"
    r"(?P<name>[A-Z]{2,6}(?![\w\-])|[A-Z][\w&\-]+(?=\s*[,.;)]|\s+(?:y|e)\s))"
)
_COMPANY_ADJECTIVES = frozenset(
    """estatal estatales privada privado pública público tecnológica tecnológico minera petrolera petroleira
    constructora construtora naviera energética energético eléctrica elétrica automotriz automotora
    telecomunicaciones telecomunicações líder multinacional de energía energia asiático asiática""".split()
)
_MEETING_RX = re.compile(
    r"(?<![\w])(?P<head>cumbre|cúpula|cimeira|reunión|reunião|conferencia|conferência|asamblea|assembleia|foro|fórum|"
    r"encuentro|encontro)(?P<mid>\s+(?:ministerial|de\s+(?:líderes|cancilleres|ministros(?:\s+de\s+\w+)?|"
    r"jefes\s+de\s+estado(?:\s+y\s+de\s+gobierno)?|presidentes|alto\s+nivel)|d[eo]s?\s+(?:líderes|chanceleres|"
    r"ministros|chefes\s+de\s+estado(?:\s+e\s+de\s+governo)?|presidentes|alto\s+nível)))?"
    r"\s+(?:de\s+la|del|de\s+los|de|da|do|dos)\s+"
)


_KIND_SYNONYMS = {"megapuerto": "puerto", "megaproyecto": "proyecto"}
# The sector of a work between its kind and its name: "el proyecto cuprífero X", "o projeto eólico Y"
_PROJECT_ADJECTIVES = frozenset(
    """minero minera cuprífero cuprífera aurífero aurífera argentífero litífero eólico eólica solar fotovoltaico
    fotovoltaica hidroeléctrico hidroeléctrica hidrelétrico hidrelétrica ferroviario ferroviaria ferroviário
    ferroviária portuario portuaria portuário portuária vial viário energético energética petrolero petrolera
    petrolífero gasífero siderúrgico siderúrgica industrial logístico logística agrícola agroindustrial
    habitacional inmobiliario imobiliário""".split()
)


_PLURAL_KINDS = {
    "centrales hidroeléctricas": "central hidroeléctrica", "centrales hidroelétricas": "central hidroelétrica",
    "usinas hidrelétricas": "usina hidrelétrica", "hidroeléctricas": "hidroeléctrica", "hidrelétricas": "hidrelétrica",
    "represas": "represa", "parques eólicos": "parque eólico", "parques solares": "parque solar", "minas": "mina",
}
_ITEM = _CAP_WORD + r"(?:\s+(?:(?:de|del|da|do|la|las|los)\s+)?" + _CAP_WORD + r"){0,3}"
_PLURAL_PROJECTS_RX = re.compile(
    r"(?<![\w])(?P<kind>" + _alternation(tuple(_PLURAL_KINDS)) + r")\s+(?P<items>" + _ITEM
    + r"(?:\s*,\s*" + _ITEM + r")*\s+(?:y|e)\s+" + _ITEM + r")"
)


def _plural_projects(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    """"las centrales hidroeléctricas Cóndor Cliff y La Barrancosa": each name after a plural kind."""
    for m in _PLURAL_PROJECTS_RX.finditer(s.text):
        kind = _PLURAL_KINDS[" ".join(m.group("kind").split())]
        items = list(re.finditer(_ITEM, m.group("items")))
        names = [_trim_name_run(it.group(0), ctx.gazetteer) for it in items]
        if len(names) < 2 or any(
            not n or ctx.gazetteer.lookup(n) or (n.split()[0] in L.STOP_CAPS and n.split()[0].lower() not in L.ARTICLES)
            for n in names
        ):
            continue
        for it, n in zip(items, names, strict=True):
            start = m.start("items") + it.start()
            canonical = f"{kind[0].upper()}{kind[1:]} {n}"
            yield ctx.mention(s, start, start + len(n), C.PROJECT, canonical, NAME, 0.6, aliases=(n,))


def _lowercase_projects(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    yield from _plural_projects(ctx, s)
    for m in _PROJECT_RX.finditer(s.text):
        dem = m.group("dem")
        if dem and not _is_demonym(dem.strip(), ctx.gazetteer) and dem.strip().lower() not in _PROJECT_ADJECTIVES:
            continue
        name = _trim_name_run(m.group("name"), ctx.gazetteer)
        if not name:
            continue
        hits = ctx.gazetteer.lookup(name)
        words = name.split()
        article_led = words[0].lower() in L.ARTICLES and len(words) >= 2 and words[1][:1].isupper()
        if hits or (words[0] in L.STOP_CAPS and not article_led) or (
            name.lower() in L.CITIES and not m.group("de").strip()
        ):
            continue  # "el puerto de Perú", "el proyecto En ..."; "la mina Las Bambas" is a name
        if m.group("kind") in ("proyecto", "projeto") and m.group("de").strip():
            continue  # "el proyecto de la Ruta ...": a description, not a name
        if any(e.cls is not None and e.cls is not C.PROJECT for e in ctx.gazetteer.lookup(name.split()[0])):
            continue  # "el proyecto Huawei ...": named after its owner
        start = m.start("kind")
        end = m.start("name") + len(name)
        kind = _KIND_SYNONYMS.get(" ".join(m.group("kind").split()), " ".join(m.group("kind").split()))
        de = " ".join(m.group("de").split())
        printed = " ".join(s.text[start:end].split())
        canonical = f"{kind[0].upper()}{kind[1:]} {de + ' ' if de else ''}{name}"
        aliases = tuple(x for x in (printed, name if not de else None) if x and x != canonical)
        yield ctx.mention(s, start, end, C.PROJECT, canonical, NAME, 0.65, aliases=aliases)


_INITIATIVE_RX = re.compile(
    r"(?<![\w])(?:el|la|o|a|un|una|um|uma|del|do|da|al|ao|à)\s+(?P<kind>programa|plan|plano|estrategia|estratégia|"
    r"iniciativa|política|agenda)(?P<adj>\s+(?:nacional|federal|estatal|gubernamental|governamental|de\s+gobierno|"
    r"de\s+governo))?\s+(?P<name>" + _CAP_RUN + r")"
)


def _lowercase_initiatives(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    """"el programa Mobilidade Verde e Inovação", "la estrategia Perú Digital": a policy named after its kind."""
    heads = L.heads(s.language)
    for m in _INITIATIVE_RX.finditer(s.text):
        name = _trim_name_run(m.group("name"), ctx.gazetteer)
        words = name.split()
        if not words or words[0] in L.STOP_CAPS or words[0].lower() in heads or len(name) < 3:
            continue
        if ctx.gazetteer.lookup(name) or (ctx.gazetteer.lookup(words[0]) and len(words) == 1):
            continue
        if len(words) == 1 and words[0].isupper():
            continue  # "el programa PAC": an acronym alone says too little
        start = m.start("name")
        printed = tidy(s.text[m.start("kind") : start + len(name)])
        yield ctx.mention(s, start, start + len(name), C.INITIATIVE, tidy(name), NAME, 0.65, aliases=(printed,))


def _trim_name_run(run: str, gaz: Gazetteer) -> str:
    words = run.split()
    out: list[str] = []
    for i, w in enumerate(words):
        if (w in L.STOP_CAPS and i > 0 and w.lower() not in L.CONNECTORS) or w.lower() in L.TITLES:
            break
        out.append(w)
    while out and out[-1].lower() in L.CONNECTORS:
        out.pop()
    return " ".join(out)


_SUCH_AS = re.compile(
    r"(?<![\w])(?:empresas|compañías|companhias|firmas|fabricantes|constructoras|construtoras|mineras|mineradoras|"
    r"bancos|grupos)(?P<dem>(?:\s+[a-záéíóúñâêôãõç\-]+){0,2}?)\s+(?:como|tales\s+como|entre\s+ellas|entre\s+elas)\s+"
)
_LIST_ITEM = re.compile(
    r"(?:(?:la|el|las|los|a|o|as|os)\s+)?(?P<name>[A-Z][\w&'’\-]*(?:\s+(?:[A-Z0-9&][\w&'’\-]*|and|of)){0,6})"
)


def _listed_companies(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    """"empresas chinas como la SPIC y la Mingyang Smart Energy": companies listed after their kind."""
    heads = L.heads(s.language)
    for m in _SUCH_AS.finditer(s.text):
        if not all(_is_demonym(w, ctx.gazetteer) or w in _COMPANY_ADJECTIVES for w in m.group("dem").split()):
            continue
        pos = m.end()
        while True:
            item = _LIST_ITEM.match(s.text, pos)
            if not item:
                break
            name = item.group("name")
            words = name.split()
            if words[0] in L.STOP_CAPS or words[0].lower() in heads or ctx.gazetteer.lookup(name):
                pass  # a known name or a head noun: left to the gazetteer and the grammar of names
            elif not any(e.cls is C.COUNTRY for e in ctx.gazetteer.lookup(words[0])):
                yield ctx.mention(s, item.start("name"), item.end("name"), C.COMPANY, tidy(name), NAME, 0.65)
            glue = re.match(r"\s*(?:\([^()]{1,14}\))?\s*(?:,|y|e)\s*(?:y\s+|e\s+)?", s.text[item.end() :])
            if not glue:
                break
            pos = item.end() + glue.end()


def _lowercase_companies(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    heads = L.heads(s.language)
    for m in _COMPANY_RX.finditer(s.text):
        dem = m.group("dem") or ""
        if not all(_is_demonym(w, ctx.gazetteer) or w in _COMPANY_ADJECTIVES for w in dem.split()):
            continue
        raw = m.group("name")
        words = raw.split()
        out: list[str] = []
        for w in words:
            if w in L.STOP_CAPS or w.lower() in L.TITLES or (w.lower() in heads and out):
                break
            out.append(w)
        while out and out[-1].lower() in L.CONNECTORS:
            out.pop()
        name = " ".join(out)
        if not name or len(name) < 2:
            continue
        entries = ctx.gazetteer.lookup(name)
        if any(e.cls is C.COUNTRY or e.cls is None for e in entries):
            continue
        if m.group("kind") in ("banco", "grupo") and len(out) == 1 and not name.isupper():
            continue
        if _head(tokenize(name), 0, heads) is not None or re.search(r"\bS\.?A\b|Ltda|\bCía\b", name):
            continue  # "la empresa Minera X S.A." is read by the grammar of names
        start = m.start("name")
        end = start + len(name)
        # "la empresa china Cosco Shipping Ports": a known name that begins with the adjective
        # ("China COSCO Shipping") must not cut this one short.
        for h in scan(s.text[m.start("kind") : end], ctx.gazetteer):
            a = m.start("kind") + h.start
            if a < start < m.start("kind") + h.end < end:
                start_span = a
                break
        else:
            start_span = start
        yield ctx.mention(s, start_span, end, C.COMPANY, tidy(name), NAME, 0.7)
    for m in _DEMONYM_FIRM_RX.finditer(s.text):
        dem, name = m.group("dem"), m.group("name")
        if not dem.endswith("a") or not _is_demonym(dem, ctx.gazetteer):
            continue
        if name in L.STOP_CAPS or name.lower() in heads or name.lower() in L.TITLES or ctx.gazetteer.lookup(name):
            continue
        yield ctx.mention(s, m.start("name"), m.end("name"), C.COMPANY, name, NAME, 0.6)


_PRO_COUNTRY = re.compile(r"(?<![\w\-])Pro(?P<country>[A-ZÁÉÍÓÚ][a-záéíóúñç]{3,})(?![\w\-])")


def pro_country(name: str, gaz: Gazetteer) -> str | None:
    """"ProChile", "ProColombia", "ProEcuador": a country's trade promotion agency; its ISO code."""
    m = _PRO_COUNTRY.fullmatch(name)
    if not m:
        return None
    return next((e.key.split(":")[1] for e in gaz.lookup(m.group("country")) if e.cls is C.COUNTRY), None)


def _promotion_agencies(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    for m in _PRO_COUNTRY.finditer(s.text):
        if pro_country(m.group(0), ctx.gazetteer) and not ctx.gazetteer.lookup(m.group(0)):
            yield ctx.mention(s, m.start(), m.end(), C.GOVERNMENT_BODY, m.group(0), NAME, 0.7)


_VISIT_RX = re.compile(
    r"(?<![\w])(?P<head>visita\s+(?:de\s+Estado|oficial|de\s+trabajo|de\s+trabalho)(?:\s+(?:y|e)\s+(?:oficial|de\s+Estado))?)"
    r"(?P<mid>(?:\s+(?:del?|da|do|de\s+la)\s+[^,.;:()]{1,60}?)?)\s+(?:a|al|à|ao|en|em|no|na|por)\s+"
    r"(?:(?:la|el|o|a)\s+)?(?=[A-ZÁÉÍÓÚ])"
)


def _visits(ctx: DocContext, s: Sentence) -> Iterator[tuple[Mention, str | None]]:
    """"la visita de Estado del presidente X a Brasil": an official visit, named by its place. The mention
    covers "visita de Estado" only, so the person and the country named in it keep their own mentions."""
    for m in _VISIT_RX.finditer(s.text):
        place, iso = None, None
        for h in scan(s.text[m.end() : m.end() + 60], ctx.gazetteer):
            entry = ctx.gazetteer.get(h.form.key)
            if h.start == 0 and entry is not None and entry.cls is C.COUNTRY and h.form.kind != "demonym":
                place, iso = s.text[m.end() : m.end() + h.end], entry.iso_code
            break
        if place is None:
            city = re.match(r"[A-ZÁÉÍÓÚ][\wáéíóúãõç]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\wáéíóúãõç]+)?", s.text[m.end() :])
            if city and city.group(0).lower() in L.CITIES:
                place, iso = city.group(0), L.CITIES[city.group(0).lower()]
        if place is None:
            continue
        name = tidy(s.text[m.start() : m.end() + len(place)])
        name = name[0].upper() + name[1:]
        yield ctx.mention(s, m.start("head"), m.end("head"), C.EVENT, name, NAME, 0.65), iso


_CORPORATE_TAIL = re.compile(
    r"(?:\s+(?:Holdings?|Participações|Participaciones|Investimentos|Inversiones))+(?:\s+(?:S\.A\.|SA|Ltda\.?))?"
    r"(?![\w\-])"
)


def _subsidiaries(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    """"BYD Brasil", "Huawei Perú": a known company named with a country is its local subsidiary."""
    hits = scan(s.text, ctx.gazetteer)
    for a, b in pairwise(hits):
        company = ctx.gazetteer.get(a.form.key)
        country = ctx.gazetteer.get(b.form.key)
        if company is None or country is None or company.cls is not C.COMPANY or country.cls is not C.COUNTRY:
            continue
        if b.form.kind == "demonym" or s.text[a.end : b.start] != " " or company.country == country.iso_code:
            continue
        after = s.text[b.end : b.end + 3]
        if re.match(r"\s+(?:de|del|da|do|y|e)\s", s.text[b.end : b.end + 5]) or after[:1].isalnum():
            continue
        printed = s.text[a.start : b.end]
        # Named "BYD (Brasil)" like the English "Huawei (Mexico)": a unit of its own, not the parent.
        name = f"{s.text[a.start : a.end]} ({s.text[b.start : b.end]})"
        corporate = _CORPORATE_TAIL.match(s.text, b.end)
        if corporate:
            # "State Grid Brazil Holding": the subsidiary's own name, printed whole.
            printed = name = s.text[a.start : corporate.end()]
            yield ctx.mention(s, a.start, corporate.end(), C.COMPANY, name, NAME, 0.8, aliases=(printed,))
            continue
        yield ctx.mention(s, a.start, b.end, C.COMPANY, name, NAME, 0.75, aliases=(printed,))


_FOREIGN_MINISTRY = re.compile(r"(?<![\w])(?:cancillería|chancelaria)\s+(?P<dem>[a-záéíóúñâêôãõç\-]+)")


def _lowercase_foreign_ministries(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    """"la cancillería colombiana": a country's foreign ministry, written in lower case."""
    for m in _FOREIGN_MINISTRY.finditer(s.text):
        if _is_demonym(m.group("dem"), ctx.gazetteer):
            name = s.text[m.start() : m.end()]
            yield ctx.mention(s, m.start(), m.end(), C.GOVERNMENT_BODY, name[0].upper() + name[1:], NAME, 0.7,
                              aliases=(name,))


_TITLE_CASE = re.compile(r"(?<![\w\-])([A-ZÁÉÍÓÚ][a-záéíóúñç]{3,9})(?![\w\-])")


@lru_cache(maxsize=4)
def _long_acronyms(gaz: Gazetteer) -> frozenset[str]:
    """Acronyms of four letters or more in the gazetteer ("CELAC", "CEPAL")."""
    return frozenset(
        lb.text for e in gaz.entries.values() for lb in e.labels
        if lb.kind == "acronym" and lb.text.isalpha() and lb.text.isupper() and len(lb.text) >= 4
    )


def _title_case_acronyms(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    """"la Celac", "según la Cepal": Spanish and Portuguese papers write long acronyms in title case."""
    known = _long_acronyms(ctx.gazetteer)
    for m in _TITLE_CASE.finditer(s.text):
        word = m.group(1)
        if fold(word).upper() not in known or word in L.STOP_CAPS or ctx.gazetteer.lookup(word):
            continue
        entry = next(
            (e for e in ctx.gazetteer.lookup(fold(word).upper()) if e.cls in _ORGS | {C.INITIATIVE}
             and any(lb.kind == "acronym" and lb.text == fold(word).upper() for lb in e.labels)),
            None,
        )
        if entry is not None and entry.cls is not None:
            yield ctx.mention(s, m.start(), m.end(), entry.cls, entry.name, NAME, 0.8, key=entry.key, aliases=(word,))


def _lowercase_meetings(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    hits = {h.start: h for h in scan(s.text, ctx.gazetteer)}
    for m in _MEETING_RX.finditer(s.text):
        if m.group("head")[0].isupper():
            continue
        hit = hits.get(m.end())
        if hit is None:
            continue
        entry = ctx.gazetteer.get(hit.form.key)
        if entry is None or entry.cls is not C.INTERNATIONAL_ORGANIZATION:
            continue
        start = m.start()
        ordinal = re.search(r"(?:\b(?:[IVXL]{1,6}|\d{1,3}(?:ª|º|a|o)?)\s+)$", s.text[max(0, start - 8) : start])
        if ordinal:
            start -= len(ordinal.group(0))
        name = " ".join(s.text[start : hit.end].split())
        yield ctx.mention(s, start, hit.end, C.EVENT, name, NAME, 0.7)


# --------------------------------------------------------------------------- bilateral agreements

KINDS: tuple[tuple[str, str], ...] = (
    ("asociación estratégica integral", "Comprehensive Strategic Partnership"),
    ("asociación estratégica global", "Global Strategic Partnership"),
    ("asociación de cooperación estratégica", "Strategic Cooperative Partnership"),
    ("asociación de cooperación integral", "Comprehensive Cooperative Partnership"),
    ("asociación integral de cooperación", "Comprehensive Cooperative Partnership"),
    ("asociación estratégica", "Strategic Partnership"),
    ("parceria estratégica global", "Global Strategic Partnership"),
    ("parceria estratégica abrangente", "Comprehensive Strategic Partnership"),
    ("parceria estratégica integral", "Comprehensive Strategic Partnership"),
    ("parceria de cooperação abrangente", "Comprehensive Cooperative Partnership"),
    ("parceria estratégica", "Strategic Partnership"),
    ("tratado de libre comercio", "Free Trade Agreement"),
    ("acuerdo de libre comercio", "Free Trade Agreement"),
    ("tratado de livre comércio", "Free Trade Agreement"),
    ("acordo de livre comércio", "Free Trade Agreement"),
    ("acuerdo de intercambio de monedas", "Currency Swap Agreement"),
    ("acuerdo de swap de monedas", "Currency Swap Agreement"),
    ("acuerdo de swap", "Currency Swap Agreement"),
    ("acordo de swap cambial", "Currency Swap Agreement"),
    ("acordo de swap de moedas", "Currency Swap Agreement"),
    ("acordo de troca de moedas", "Currency Swap Agreement"),
    ("tlc", "Free Trade Agreement"),
)


def _plural_words(kind: str) -> str:
    """"tratado de libre comercio" also as "tratados de libre comercio", "asociaciones estratégicas"."""
    out = []
    for w in kind.split():
        if w.endswith("ción"):
            out.append(re.escape(w[:-3]) + "(?:ión|iones)")
        elif w.endswith("ção"):
            out.append(re.escape(w[:-2]) + "(?:ão|ões)")
        elif w in ("de", "libre", "livre", "comercio", "comércio", "monedas", "moedas", "swap", "cambial", "tlc"):
            out.append(re.escape(w))
        else:
            out.append(re.escape(w) + "(?:s|es)?")
    return r"\s+".join(out)


_KIND_RX = re.compile(
    r"(?<![\w])(?P<kind>" + "|".join(_plural_words(k) for k, _ in KINDS) + r")(?![\w])", re.I
)
_KIND_EN = {k: en for k, en in KINDS}
_PAIR = re.compile(r"\s*[-–—]\s*")


def _country_spans(text: str, gaz: Gazetteer, lang: str = "es") -> list[tuple[int, int, str, str]]:
    """(start, end, printed, English name) of the countries named in a text (not their adjectives);
    a well-known national body ("Banco Central de la República Argentina") stands for its country."""
    out = []
    for h in scan(text, gaz):
        entry = gaz.get(h.form.key)
        if entry is None:
            continue
        if h.form.key.startswith("country:") and h.form.kind != "demonym":
            out.append((h.start, h.end, text[h.start : h.end], entry.name))
        elif entry.cls is C.GOVERNMENT_BODY and entry.country and (home := gaz.country_by_iso(entry.country)):
            label = next((lb.text for lb in home.labels if lb.lang == lang and lb.kind == "name"), home.name)
            out.append((h.start, h.end, label, home.name))
    return out


def _agreements(ctx: DocContext, s: Sentence) -> Iterator[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, Spanish/Portuguese name, aliases) of the bilateral agreements of a sentence."""
    text = s.text
    kinds = list(_KIND_RX.finditer(text))
    if not kinds:
        return
    countries = _country_spans(text, ctx.gazetteer, s.language)
    for km in kinds:
        kind_key = _kind_key(km.group("kind"))
        if kind_key is None or (kind_key == "tlc" and km.group("kind") != "TLC"):
            continue
        english = _KIND_EN[kind_key]
        after = [c for c in countries if c[0] >= km.end()]
        before = [c for c in countries if c[1] <= km.start()]
        pairs: list[tuple[tuple[int, int, str, str], tuple[int, int, str, str]]] = []
        rest = text[km.end() :]
        skip = re.match(r"\s*(?:\([A-Z]{2,6}\))?\s*", rest)
        gap = km.end() + (skip.end() if skip else 0)
        # "TLC China-Perú"
        if len(after) >= 2 and (
            (after[0][0] == gap and _PAIR.fullmatch(text[after[0][1] : after[1][0]]))
            or (_BETWEEN.fullmatch(text[gap : after[0][0]]) and _AND.fullmatch(text[after[0][1] : after[1][0]]))
        ):
            pairs.append((after[0], after[1]))  # "TLC China-Perú", "... entre China y Perú"
        # "Perú (y Chile) ... un TLC con China"
        elif after and re.fullmatch(r"\s*(?:con|com)\s+(?:el\s+|la\s+|o\s+|a\s+)?", text[gap : after[0][0]]) and before:
            anchors = _coordinated(text, before)
            cursor = after[0][0]
            partners = []
            for c in after:
                if not re.fullmatch(r"\s*(?:,|y|e)?\s*(?:y\s+|e\s+)?(?:el\s+|la\s+|o\s+|a\s+)?", text[cursor : c[0]]):
                    break
                partners.append(c)
                cursor = c[1]
            for anchor in anchors:
                pairs += [(anchor, c) for c in partners if c[3] != anchor[3]]
        # "China y Brasil elevaron sus relaciones a una Asociación Estratégica Integral"
        elif len(before) >= 2:
            a, b = before[-2], before[-1]
            clause = text[b[1] : km.start()]
            if _AND.fullmatch(text[a[1] : b[0]]) and not re.search(r"[.;:]", clause) and len(clause) < 120:
                pairs.append((a, b))
        if not pairs and _BOTH.search(text):
            pairs += _main_pair(ctx, s)
        for a, b in pairs:
            if a[3] == b[3]:
                continue
            printed = km.group("kind")
            kind_es = "TLC" if kind_key == "tlc" else printed[0].upper() + printed[1:]
            name = f"{kind_es} {a[2]}-{b[2]}"
            aliases = (f"{a[3]}–{b[3]} {english}", f"{a[3]}-{b[3]} {english}", f"{b[3]}–{a[3]} {english}")
            yield km.start(), km.end(), name, aliases


_BOTH = re.compile(
    r"(?<!\w)(?:ambos\s+países|ambas\s+naciones|los\s+dos\s+países|os\s+dois\s+países|ambos\s+os\s+países|"
    r"las\s+dos\s+partes|as\s+duas\s+partes|ambas\s+partes|ambos\s+gobiernos|os\s+dois\s+governos)\b",
    re.I,
)
_BETWEEN = re.compile(r"\s*(?:firmad[oa]\s+|suscrit[oa]\s+|assinad[oa]\s+)?entre\s+(?:el\s+|la\s+|o\s+|a\s+)?")
_AND = re.compile(r"\)?\s*(?:\([^()]{1,14}\))?\s+(?:y|e)\s+(?:el\s+|la\s+|o\s+|a\s+)?")


def _main_pair(ctx: DocContext, s: Sentence) -> list[tuple[tuple[int, int, str, str], tuple[int, int, str, str]]]:
    """"ambos países": the two countries a report is about, when two clearly lead its mentions."""
    counts: dict[str, int] = {}
    for h in _doc_hits(ctx):
        if h.form.key.startswith("country:"):
            counts[h.form.key] = counts.get(h.form.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2 or (len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]):
        return []
    out = []
    for key, _ in ranked[:2]:
        entry = ctx.gazetteer.get(key)
        if entry is None:
            return []
        label = next((lb.text for lb in entry.labels if lb.lang == s.language and lb.kind == "name"), entry.name)
        out.append((0, 0, label, entry.name))
    return [(out[0], out[1])]


def _doc_hits(ctx: DocContext) -> tuple[Hit, ...]:
    """Every gazetteer hit of a document (computed once per document)."""
    return _scan_cached(ctx.text, ctx.gazetteer)


@lru_cache(maxsize=8)
def _scan_cached(text: str, gaz: Gazetteer) -> tuple[Hit, ...]:
    return tuple(scan(text, gaz))


def _coordinated(text: str, before: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The countries coordinated as the subject at the start of the clause ("Perú y Chile cuentan con ...")."""
    group = [before[0]]
    for c in before[1:]:
        if re.fullmatch(r"\s*(?:,|y|e)\s*", text[group[-1][1] : c[0]]):
            group.append(c)
        else:
            break
    return group


_KIND_FORMS = tuple((k, re.compile(_plural_words(k), re.I)) for k, _ in KINDS)


def _kind_key(printed: str) -> str | None:
    text = " ".join(printed.split())
    for k, rx in _KIND_FORMS:
        if rx.fullmatch(text):
            return k
    return None


def is_bare_kind(name: str) -> bool:
    """"Tratado de Libre Comercio", "Asociación Estratégica Integral": a kind without its parties."""
    return _kind_key(name) is not None


# --------------------------------------------------------------------------- acronyms


_PAREN_ACR = re.compile(r"\s*\(\s*(?P<acr>[^()\s,;]{2,12})\s*\)")


def _acronyms(ctx: DocContext, mentions: list[Mention]) -> Iterator[Mention]:
    """"... Comercio Exterior y Turismo (Mincetur)": the acronym names the body, there and later."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        if (m.nested and m.cls is not C.AGREEMENT) or m.cls is C.PERSON or m.key:
            continue
        paren = _PAREN_ACR.match(ctx.text, m.end)
        if paren:
            acr = paren.group("acr")
        else:
            # "CPFL (Companhia Paulista de Força e Luz)": the acronym first, its name in brackets.
            before = _ACR_BEFORE.search(ctx.text, max(0, m.start - 20), m.start)
            if not (before and ctx.text[m.end : m.end + 2].lstrip().startswith(")")
                    and _initials(before.group("acr"), m.name)):
                continue
            acr = before.group("acr")
        if not _ACRONYM.match(acr) or not _abbreviates(acr, m.name if not m.key else m.text):
            continue
        if acr.lower() in L.STOP_CAPS:
            continue
        if ctx.gazetteer.lookup(acr):
            continue  # a known acronym: the name takes its key (see :func:`_known_acronyms`)
        if acr not in defined:
            defined[acr] = m
    if not defined:
        return
    rx = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(a) for a in defined) + r")(?![\w\-])")
    for hit in rx.finditer(ctx.text):
        m = defined[hit.group(1)]
        sentence = ctx.sentence_at(hit.start())
        if not _is_es_pt(sentence) or hit.end() > sentence.end:
            continue
        yield Mention(
            cls=m.cls, name=m.name, text=hit.group(1), start=hit.start(), end=hit.end(), sentence=sentence.index,
            language=sentence.language, extractor=NAME, confidence=min(m.confidence, 0.75),
            aliases=(hit.group(1),),
        )


def _abbreviates(acr: str, name: str) -> bool:
    """Is ``acr`` made of prefixes of the words of ``name``, in order ("BC", "Mincetur", "BNDES")?
    Acronyms with two capitals or more only need the first letter ("ApexBrasil")."""
    letters = fold(acr).replace(" ", "")
    words = [w for w in fold(name).split() if w not in L.CONNECTORS]
    if not letters or not words or letters[0] != words[0][0]:
        return False
    if sum(c.isupper() for c in acr) >= 2:
        return True

    def fit(i: int, j: int) -> bool:
        if i == len(letters):
            return True
        if j == len(words):
            return False
        n = 0
        while n < len(words[j]) and i + n < len(letters) and words[j][n] == letters[i + n]:
            n += 1
            if fit(i + n, j + 1):
                return True
        return fit(i, j + 1) if j > 0 else False

    return fit(0, 0)


@mention_extractor(NAME, version="1", languages=LANGUAGES)
def names_es_pt(ctx: DocContext) -> Iterator[Mention]:
    """Organizations, agreements, events, projects and initiatives named in Spanish or Portuguese."""
    all_mentions: list[Mention] = []
    visits: dict[str, str] = {}
    for s in ctx.sentences:
        if not _is_es_pt(s):
            continue
        named = _named(ctx, s)
        agreements = list(_agreements(ctx, s))
        for start, end, name, aliases in agreements:
            a, b = s.start + start, s.start + end
            # A capitalized agreement name that holds the kind gets the partners' names as aliases.
            host_at = next(
                (i for i, m in enumerate(named)
                 if m.cls is C.AGREEMENT and not m.nested and m.start <= a and b <= m.end), None
            )
            if host_at is not None:
                host = named[host_at]
                if is_bare_kind(host.name):
                    update = {"name": name, "aliases": (*host.aliases, *aliases)}
                else:
                    update = {"aliases": (*host.aliases, name, *aliases)}
                named[host_at] = host.model_copy(update=update)
            else:
                named.append(ctx.mention(s, start, end, C.AGREEMENT, name, NAME, 0.7, aliases=aliases, nested=True))
        named = [m for m in named if not (m.cls is C.AGREEMENT and not m.nested and is_bare_kind(m.name))]
        named += _lowercase_projects(ctx, s)
        named += _lowercase_companies(ctx, s)
        named += _promotion_agencies(ctx, s)
        named += _listed_companies(ctx, s)
        named += _title_case_acronyms(ctx, s)
        named += _lowercase_meetings(ctx, s)
        named += _lowercase_initiatives(ctx, s)
        named += _lowercase_foreign_ministries(ctx, s)
        named += _subsidiaries(ctx, s)
        named += _acronym_inside(ctx, s)
        for visit, iso in _visits(ctx, s):
            # Official visits to the same country in one report are one visit, named as first printed.
            first = visits.setdefault(iso or visit.name, visit.name)
            if first != visit.name:
                visit = visit.model_copy(update={"name": first, "aliases": (visit.name,)})
            named.append(visit)
        all_mentions += named
    all_mentions = _complete_event_names(all_mentions)
    all_mentions = _known_acronyms(ctx, all_mentions)
    all_mentions = _known_without_country(ctx, all_mentions)
    all_mentions = _named_in_apposition(ctx, all_mentions)
    all_mentions = _complete_country_less_names(all_mentions, ctx.gazetteer)
    yield from all_mentions
    yield from _acronyms(ctx, all_mentions)


_OF_COUNTRY = re.compile(r"^(?P<base>.+)\s+(?:de|del|da|do)\s+(?:(?:la|el|a|o)\s+)?(?P<country>[^,]+)$")


def _complete_country_less_names(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"Ministerio de Comercio" after "Ministerio de Comercio de China": the country left implicit."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        if m.cls in _ORGS and not m.key:
            hit = _OF_COUNTRY.match(m.name)
            if hit and len(hit.group("base").split()) >= 2 and any(
                e.cls is C.COUNTRY for e in gaz.lookup(hit.group("country"))
            ):
                full.setdefault(fold(hit.group("base")), set()).add(m.name)
    out = []
    for m in mentions:
        names = full.get(fold(m.name)) if m.cls in _ORGS and not m.key else None
        if names and len(names) == 1:
            m = m.model_copy(update={"name": next(iter(names)), "aliases": (*m.aliases, m.name)})
        out.append(m)
    return out


_APPOSED_KNOWN = re.compile(r"(?P<known>[A-ZÁÉÍÓÚ][\w\-]+(?:\s+[A-ZÁÉÍÓÚ][\w\-]+){0,3})\s*,\s*(?:o|el|la|a)\s+$")


def _named_in_apposition(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """"o Itamaraty, o Ministério das Relações Exteriores": a country-less body's name in apposition to a
    known body of the same kind is that body."""
    out = []
    for m in mentions:
        if not m.key and m.cls is C.GOVERNMENT_BODY and not m.nested and re.match(
            r"(?i:ministerio|ministério)\s", m.name
        ) and not _OF_COUNTRY.match(m.name):
            before = _APPOSED_KNOWN.search(ctx.text, max(0, m.start - 60), m.start)
            entry = next(
                (e for e in ctx.gazetteer.lookup(before.group("known")) if e.cls is C.GOVERNMENT_BODY and e.key
                 and _same_ministry(e.name, m.name)), None,
            ) if before else None
            if entry is not None:
                m = m.model_copy(update={"key": entry.key, "name": entry.name, "aliases": (*m.aliases, m.name)})
        out.append(m)
    return out


def _same_ministry(known: str, name: str) -> bool:
    """"Ministry of Foreign Affairs of Brazil" and "Ministério das Relações Exteriores": the same portfolio."""
    foreign = re.compile(r"(?i:foreign|exteriores|estrangeiros)")
    return bool(foreign.search(known)) and bool(foreign.search(name))


def _known_without_country(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """"Banco de Exportaciones e Importaciones (Eximbank)" in a report that also names "Eximbank de
    China": a known Chinese body's name printed without "de China" is that body, when the document
    names the body elsewhere. Ministries are left alone (every country has one of Commerce)."""
    out = []
    folded: str | None = None
    for m in mentions:
        if not m.key and m.cls in _ORGS and not m.nested and len(m.name.split()) >= 3 and not re.match(
            r"(?i:ministerio|ministério|secretar[íi]a|subsecretar[íi]a|viceministerio)\b", m.name
        ):
            entry = next(
                (e for prep in ("de", "da") for e in ctx.gazetteer.lookup(f"{m.name} {prep} China")
                 if e.cls in _ORGS and e.country == "CN"),
                None,
            )
            if entry is not None:
                folded = folded if folded is not None else fold(ctx.text)
            if entry is not None and folded is not None and any(
                lb.text != m.name and fold(lb.text) in folded for lb in entry.labels if len(lb.text) >= 4
            ):
                m = m.model_copy(update={"key": entry.key, "cls": entry.cls, "name": entry.name,
                                         "aliases": (*m.aliases, m.name)})
        out.append(m)
    return out


def _known_acronyms(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """"Corporación Nuclear Nacional de China (CNNC)": a name printed with the acronym of a known body
    is that body."""
    out = []
    for m in mentions:
        paren = _PAREN_ACR.match(ctx.text, m.end) if not m.key and m.cls in _ORGS and not m.nested else None
        acr = paren.group("acr") if paren else None
        if acr is None and not m.key and m.cls in _ORGS and not m.nested:
            # "CTG (Companhia Três Gargantas)": the acronym printed first, the name in brackets.
            before = _ACR_BEFORE.search(ctx.text, max(0, m.start - 20), m.start)
            if before and ctx.text[m.end : m.end + 2].lstrip().startswith(")") and _initials(
                before.group("acr"), m.name
            ):
                acr = before.group("acr")
        if acr and _ACRONYM.match(acr) and _abbreviates(acr, m.name):
            entry = next(
                (e for e in ctx.gazetteer.lookup(acr)
                 if e.cls in _ORGS and any(lb.kind == "acronym" and lb.text == acr for lb in e.labels)), None
            )
            if entry is not None:
                m = m.model_copy(update={"key": entry.key, "cls": entry.cls, "aliases": (*m.aliases, m.name)})
        out.append(m)
    return out


def _initials(acr: str, name: str) -> bool:
    """"CTG" and "Companhia Três Gargantas": the acronym is the initials of the name's words."""
    return fold(acr).replace(" ", "") == "".join(w[0] for w in fold(name).split() if w not in L.CONNECTORS)


_ACR_BEFORE = re.compile(r"(?<![\w\-])(?P<acr>[A-Z][A-Za-z0-9&\-]{1,11})\s*\(\s*$")


def _acronym_inside(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    """"Banco de Exportaciones e Importaciones (Eximbank) de China": a known body's name cut by the
    acronym in brackets before its country."""
    for m in _ACR_INSIDE.finditer(s.text):
        tail = m.group("tail")
        country = re.sub(r"^(?:de|del|da|do)\s+(?:(?:la|el|a|o)\s+)?", "", tail)
        if not any(e.cls is C.COUNTRY for e in ctx.gazetteer.lookup(country)):
            continue
        words = list(re.finditer(r"\S+", s.text[: m.start()]))[-10:]
        for k in range(len(words)):
            start = words[k].start()
            head = s.text[start : m.start()].rstrip()
            if not head[:1].isupper():
                continue
            entry = next((e for e in ctx.gazetteer.lookup(f"{head} {tail}") if e.cls in _ORGS), None)
            if entry is not None and entry.cls is not None:
                yield ctx.mention(
                    s, start, m.end(), entry.cls, entry.name, NAME, 0.9, key=entry.key, iso_code=entry.iso_code,
                    aliases=(f"{head} {tail}", m.group("acr")),
                )
                break


_ACR_INSIDE = re.compile(
    r"\s*\(\s*(?P<acr>[A-Z][A-Za-z0-9&\-]{1,11})\s*\)\s+(?P<tail>(?:de|del|da|do)\s+(?:(?:la|el|a|o)\s+)?"
    r"[A-ZÁÉÍÓÚ][\wáéíóúñãõç]+(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñãõç]+)?)"
)


def _complete_event_names(mentions: list[Mention]) -> list[Mention]:
    """"la IV Reunión Ministerial" after (or before) "la IV Reunión Ministerial del Foro China-CELAC":
    the shorter name is the same event, its body left implicit."""
    names = {fold(m.name): m.name for m in mentions if m.cls is C.EVENT and not m.nested}
    out = []
    for m in mentions:
        if m.cls is C.EVENT and not m.nested:
            short = fold(m.name)
            longer = {
                name for folded, name in names.items()
                if folded.startswith(short + " ")
                and folded[len(short) + 1 :].split()[0] in ("de", "del", "da", "do", "dos", "das")
            }
            if len(longer) == 1:
                m = m.model_copy(update={"name": longer.pop(), "aliases": (*m.aliases, m.name)})
        out.append(m)
    return out


# Heads of Spanish and Portuguese names of bodies and companies that are no English words, so a
# capitalized one inside English text starts a name in its own language ("Empresa Nacional de
# Electricidad", "Corporación Eléctrica del Ecuador", "Banco Nacional de Desenvolvimento").
_FOREIGN_ORG_HEADS = frozenset(
    w for w, cls in {**L.HEADS_ES, **L.HEADS_PT}.items()
    if cls in _ORGS and " " not in w and w not in {
        "forum", "holding", "tribunal", "red", "academia", "junta", "liga", "centro", "corte", "mercado",
        "cia", "senado", "diario", "comunidad", "comunidade", "organismo", "alianza", "sociedad", "sociedade",
    }
)
_FOREIGN_HEAD = re.compile(
    r"(?<![\w\-])(?:" + "|".join(sorted((re.escape(w.capitalize()) for w in _FOREIGN_ORG_HEADS), key=len,
                                        reverse=True)) + r")\s+(?:[A-ZÀ-Þ]|de\s|del\s|da\s|do\s|dos\s|das\s)"
)
_ENGLISH_WORD = re.compile(r"\s+(?:and|of|for|the|in|at|with|to|on)\s")
_FOREIGN_HEAD_WORDS = frozenset(w.capitalize() for w in _FOREIGN_ORG_HEADS)
_BRACKETED_SHORT = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z0-9&\-]{1,11}(?:\s[A-Z]{1,4})?)\)")


@mention_extractor("names_es_pt_in_english", version="1", languages={"en"})
def names_es_pt_in_english(ctx: DocContext) -> Iterator[Mention]:
    """Latin American bodies and companies named in Spanish or Portuguese inside English text
    ("Bolivia's state power company, Empresa Nacional de Electricidad (ENDE), ...")."""
    for s in ctx.sentences:
        if s.language != "en" or _FOREIGN_HEAD_WORDS.isdisjoint(s.text.replace("(", " ").split()):
            continue  # the word test is ~5x cheaper than the pattern, and most sentences have none
        for hit in _FOREIGN_HEAD.finditer(s.text):
            head = hit.group(0).split()[0].lower()
            lang = "pt" if head not in L.HEADS_ES else "es"
            as_foreign = s.model_copy(update={"language": lang})
            for m in _named(ctx, as_foreign):
                if m.start != s.start + hit.start() or m.cls not in _ORGS or m.nested:
                    continue
                english = _ENGLISH_WORD.search(m.text)
                if english:  # "Fundação Getulio Vargas and Enrique Dávila": the name ends with its language
                    if m.key or len(m.text[: english.start()].split()) < 2:
                        continue
                    a, cut = m.start - s.start, english.start()
                    m = ctx.mention(s, a, a + cut, m.cls, tidy(m.text[:cut]), NAME, m.confidence)
                short = _BRACKETED_SHORT.match(ctx.text, m.end)
                aliases = (short.group("short"),) if short else ()
                yield m.model_copy(update={"extractor": "names_es_pt_in_english", "language": "en",
                                           "aliases": (*m.aliases, *aliases), "confidence": min(m.confidence, 0.7)})
