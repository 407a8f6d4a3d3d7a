"""Chinese in traditional characters, read as simplified for matching only.

The extractors, lexicons and gazetteer labels of Chinese are written in simplified characters. A
document from Taiwan, Hong Kong or Macau ("習近平", "秘魯", "國家開發銀行") is folded character by
character to simplified ("习近平", "秘鲁", "国家开发银行") before the extractors see it; one
character for one, so every offset stays valid. Afterwards what the extractors found is printed in
the document's own characters again: the surface forms, the evidence sentences and the Chinese
names and roles, with the simplified name kept as an alias (so that "巴西" and "習近平" of one
document meet "巴西" and "习近平" of another).

The character table is OpenCC's (traditional to simplified characters, its first choice where a
character has several; variants used in Taiwan and Hong Kong, "「」" quotes), as shipped with the
``opencc-purepy`` package; phrase-level conversion is not used, it may change lengths.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .records import Document, Entity, Evidence, Mention, Relation

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


@lru_cache(maxsize=1)
def _dicts() -> Path:
    """OpenCC's dictionaries as the package ships them (found without importing the package)."""
    spec = find_spec("opencc_purepy")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("opencc-purepy is not installed: pip install opencc-purepy")
    return Path(next(iter(spec.submodule_search_locations))) / "dicts"


def _read(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    text = (_dicts() / name).read_text("utf-8")
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if key and values and not key.startswith("#"):
            out[key] = values.split()
    return out


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """Traditional character -> simplified character (for ``str.translate``), one for one."""
    chars = {k: v[0] for k, v in _read("TSCharacters.txt").items() if len(k) == 1 and len(v[0]) == 1}
    simplified = set(chars.values())
    for variants in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for k, vs in _read(variants).items():
            # "綫" -> "線" -> "线"; a character simplified text uses itself ("么") stays.
            if len(k) != 1 or k in chars or k in simplified:
                continue
            target = next((chars[v] for v in vs if v in chars), None)
            if target is not None:
                chars[k] = target
    for k, vs in _read("TSPunctuations.txt").items():
        if len(k) == 1 and len(vs[0]) == 1:
            chars[k] = vs[0]
    # Folding twice changes nothing.
    chars = {k: chars.get(v, v) for k, v in chars.items() if chars.get(v, v) != k}
    return {ord(k): v for k, v in chars.items()}


@lru_cache(maxsize=1)
def _scripts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a character only traditional text uses, a character only simplified text uses)."""
    traditional = "".join(chr(c) for c in table() if HAN.match(chr(c)))
    simplified = "".join(k for k, vs in _read("STCharacters.txt").items() if len(k) == 1 and k not in vs)
    return re.compile(f"[{re.escape(traditional)}]"), re.compile(f"[{re.escape(simplified)}]")


def is_traditional(text: str) -> bool:
    """Whether the Chinese of a text is written in traditional characters: at least two of them,
    and more than of the characters only simplified text uses ("國" rather than "国"; a simplified
    text may use a rare traditional one: "著名", "乾隆")."""
    traditional, simplified = _scripts()
    found = len(traditional.findall(text))
    return found >= 2 and found > len(simplified.findall(text))


def to_simplified(text: str) -> str:
    """Traditional characters as simplified, one for one (same length, same offsets)."""
    return text.translate(table())


def folded_document(document: Document) -> Document:
    """The document as the extractors should read it: itself, or its traditional characters folded."""
    if document.language != "zh" and not any(s.language == "zh" for s in document.sentences):
        return document
    if not is_traditional(document.text):
        return document
    return document.model_copy(
        update={
            "text": to_simplified(document.text),
            "title": to_simplified(document.title) if document.title else document.title,
            "sentences": tuple(s.model_copy(update={"text": to_simplified(s.text)}) for s in document.sentences),
        }
    )


class _Printed:
    """Strings of the folded document back in the characters the document prints them in."""

    def __init__(self, original: str, folded: str) -> None:
        self.original, self.folded = original, folded
        changed: dict[str, dict[str, int]] = {}
        for o, f in zip(original, folded, strict=True):
            if HAN.match(f):
                changed.setdefault(f, {}).setdefault(o, 0)
                changed[f][o] += 1
        # The document's most frequent spelling of each simplified character.
        self.chars = {f: max(counts, key=lambda o: counts[o]) for f, counts in changed.items()}
        self.chars = {f: o for f, o in self.chars.items() if o != f}

    def __call__(self, s: str) -> str:
        if not s or not HAN.search(s):
            return s
        at = self.folded.find(s)
        if at >= 0:
            return self.original[at : at + len(s)]
        return "".join(self.chars.get(c, c) for c in s)


def printed(
    document: Document, seen: Document, entities: list[Entity], relations: list[Relation]
) -> tuple[list[Entity], list[Relation]]:
    """Entities and relations found in ``seen`` (the folded ``document``) in the document's characters."""
    p = _Printed(document.text, seen.text)
    text = document.text

    def names(name: str, aliases: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        shown = p(name)
        out = [p(a) for a in aliases]
        if shown != name:
            out.append(name)  # the simplified spelling, for matching other documents
        return shown, tuple(a for a in dict.fromkeys(out) if a != shown)

    def mention(m: Mention) -> Mention:
        name, aliases = names(m.name, m.aliases)
        return m.model_copy(
            update={"text": text[m.start : m.end], "name": name, "aliases": aliases, "role": m.role and p(m.role)}
        )

    out_entities = []
    for e in entities:
        name, aliases = names(e.name, e.aliases)
        out_entities.append(
            e.model_copy(
                update={
                    "name": name,
                    "aliases": aliases,
                    "role": e.role and p(e.role),
                    "mentions": tuple(mention(m) for m in e.mentions),
                }
            )
        )
    def printed_evidence(e: Evidence) -> Evidence:
        return e.model_copy(update={"sentence": text[e.start : e.end]})

    out_relations = [
        r.model_copy(
            update={"evidence": printed_evidence(r.evidence),
                    "context": printed_evidence(r.context) if r.context else None}
        )
        for r in relations
    ]
    return out_entities, out_relations
