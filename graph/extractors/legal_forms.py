"""Latin American companies named with their legal form, in English text (Spanish and Portuguese
text has its own grammar of names in :mod:`names_es_pt`).

"Huarong Energía de México, S.A. de C.V.", "Grupo Norteño de Autopartes, S.A.B. de C.V.", "Minera
Andina S.A.C.", "Transportes del Sur Ltda.": the legal form makes the name a company's; the name
without it is an alias.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..records import EntityClass, Mention
from .context import DocContext
from .registry import mention_extractor
from .text import tidy

NAME = "legal_forms"

_WORD = r"[A-ZÀ-Þ][\w&'’\.\-]*"
_FORM = (
    r"S\.\s?A\.\s?B\.\s+de\s+C\.\s?V\.|S\.\s?A\.\s+de\s+C\.\s?V\.|S\.\s?de\s+R\.\s?L\.(?:\s+de\s+C\.\s?V\.)?|"
    r"S\.\s?A\.\s?C\.|S\.\s?A\.\s?A\.|S\.\s?A\.\s?E\.\s?C\.\s?A\.|E\.\s?I\.\s?R\.\s?L\.|S\.\s?R\.\s?L\.|"
    r"S\.\s?A\.\s?S\.|Ltda\.?|SpA|S\.\s?A\.(?!\s?[A-Z]\.)|Sociedad\s+del\s+Estado|Sociedad\s+An[oó]nima"
)
COMPANY = re.compile(
    rf"(?<![\w\-])(?P<name>{_WORD}(?:\s+(?:{_WORD}|\d{{1,3}}|de|del|do|da|dos|das|y|e|&))*?),?\s+(?P<form>{_FORM})"
)
_LEADING = frozenset({"The", "A", "An", "In", "On", "At", "By", "From", "For", "With", "El", "La", "Los", "Las", "O",
                      "Os", "As", "Una", "Un", "Uma", "Um"})


@mention_extractor(NAME, version="1", languages={"en"})
def legal_forms(ctx: DocContext) -> Iterator[Mention]:
    """Companies whose name ends in a Latin American legal form."""
    for s in ctx.sentences:
        text = s.text
        if "S." not in text and "Ltda" not in text and "SpA" not in text and "Sociedad" not in text:
            continue
        for m in COMPANY.finditer(text):
            words = m.group("name").split()
            start = m.start("name")
            while words and (words[0] in _LEADING or words[0].lower() in ("de", "del", "y", "e")):
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end("name")
                words = words[1:]
            if not words or words[-1].lower() in ("de", "del", "do", "da", "y", "e", "&"):
                continue
            bare = tidy(text[start : m.end("name")]).rstrip(",")
            if len(bare) < 3:
                continue
            full = " ".join(text[start : m.end("form")].split())
            short = re.match(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)", text[m.end("form") :])
            aliases = (bare, short.group(1)) if short else (bare,)
            yield ctx.mention(s, start, m.end("form"), EntityClass.COMPANY, full, NAME, 0.8, aliases=aliases)
