"""Small text tools shared by extractors: tokens with offsets, name normalization."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol, TypeVar

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\S")

# Machine translation often glues the next sentence onto a name: "...CommitteeExpress,",
# "Limited CompanyIn his speech". A lower->upper case change inside a word is split when one
# side is one of these words; mixed-case names ("McDonald", "iPhone", "DiDi") stay whole.
_GLUE_LEFT = frozenset(
    """Company Committee Corporation Group Corps Association Bank Institute School University
    Academy Ltd Limited Ministry Department Bureau Agency Commission Council Office Center Centre
    Forum Base College Organization Party Fund""".split()
)
_GLUE_RIGHT = frozenset(
    """In He She They It We The This That His Her Their Its Express Expressed Introduce Introduced
    Introduces Share Shared Shares Said Says State Stated States Speech Point Pointed Noted Stressed
    Believe Believes Mentioned Emphasized Added Explained Highlighted Spoke Delivered""".split()
)


class Token:
    """A word or punctuation mark with its offsets; the properties extractors ask for, precomputed."""

    __slots__ = ("end", "is_cap", "is_upper", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        c = text[0]
        self.is_word = c.isalnum()
        self.is_cap = c.isupper() or c.isdigit()
        self.is_upper = len(text) > 1 and text.isupper()
        self.lower = text.lower()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start) == (other.text, other.start)

    def __hash__(self) -> int:
        return hash((self.text, self.start))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def _split_glued(text: str, start: int) -> list[Token]:
    for i in range(1, len(text)):
        if text[i - 1].islower() and text[i].isupper():
            left, right = text[:i], text[i:]
            right_word = re.match(r"[A-Za-z]+", right)
            if left in _GLUE_LEFT or (right_word and right_word.group(0) in _GLUE_RIGHT):
                return [Token(left, start, start + i), *_split_glued(right, start + i)]
    return [Token(text, start, start + len(text))]


@lru_cache(maxsize=4096)
def tokenize(text: str) -> list[Token]:
    """Words (letters/digits, inner apostrophes) and single punctuation marks, with offsets
    (cached per text: several extractors read the same sentence; treat the list as read-only)."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if len(tok) > 3 and not tok[1:].islower() and _CASE_CHANGE.search(tok):
            out += _split_glued(tok, m.start())
        else:
            out.append(Token(tok, m.start(), m.end()))
    return out


# A lower->upper case change inside a longer word. Tested as
# ``len(tok) > 3 and not tok[1:].islower() and _CASE_CHANGE.search(tok)``: a word whose tail is
# all lower case (most) has none, and the regex is not asked.
_CASE_CHANGE = re.compile(r"[^\W\d_][A-Z]")
# A run of ordinary lower-case words (no connector among them) only ever separates names.
_GAP = "~"


def name_tokens(text: str, keep: frozenset[str]) -> list[Token]:
    """Tokens for name grammars: like :func:`tokenize`, but each run of lower-case words outside
    ``keep`` (the connectors a grammar reads) becomes one gap token ``~``, which is neither a word
    nor capitalized. Much cheaper on running text, where most words are such words."""
    out: list[Token] = []
    gap_start = -1
    gap_end = -1
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        glued = len(tok) > 3 and not tok[1:].islower() and _CASE_CHANGE.search(tok)
        if tok[0].islower() and tok not in keep and not glued:
            if gap_start < 0:
                gap_start = m.start()
            gap_end = m.end()
            continue
        if gap_start >= 0:
            out.append(Token(_GAP, gap_start, gap_end))
            gap_start = -1
        if glued:
            out += _split_glued(tok, m.start())
        else:
            out.append(Token(tok, m.start(), m.end()))
    if gap_start >= 0:
        out.append(Token(_GAP, gap_start, gap_end))
    return out


_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Accents dropped, case folded, punctuation as spaces, spaces collapsed: for comparing names."""
    t = unicodedata.normalize("NFKD", text)
    if not t.isascii():
        t = "".join(c for c in t if not unicodedata.combining(c))
    words = _NOT_ALNUM.sub(" ", t.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def tidy(text: str) -> str:
    """A name as a careful writer would print it: single spaces, no stray punctuation at the ends,
    machine-translation separators (``·``) as spaces, space-normalized parentheses and dashes."""
    t = text.replace("·", " ").replace("\n", " ")
    t = re.sub(r"\(\s+", "(", t)
    t = re.sub(r"\s+\)", ")", t)
    t = re.sub(r"(?<=\w)\(", " (", t)
    t = re.sub(r"\s*([–—])\s*", r"\1", t)
    t = re.sub(r"\s+", " ", t)
    t = t.strip(" ,.;:、，。\"'“”‘’[]")
    while (t.startswith("(") and t.count("(") > t.count(")")) or t.startswith(")"):
        t = t[1:].lstrip()
    while t.endswith("(") or (t.endswith(")") and t.count(")") > t.count("(")):
        t = t[:-1].rstrip(" ,.;:")
    if t.count("(") > t.count(")") and re.search(r"\([^()]*$", t):
        t += ")"  # "Cooperation Plan (2015-2019" -> close what the name opened
    if re.search(r"\b(?:Co|Ltd|Inc|Corp|S\.A|Ltda|Jr|Sr)$", t) and text.rstrip().rstrip(")").endswith("."):
        t += "."
    return t


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """Initials of the significant words: 'Shanghai Business School' -> 'SBS'."""
    words = [w for w in re.findall(r"[^\W_]+", name) if w.lower() not in _MINOR]
    return "".join(w[0].upper() for w in words)


_MINOR = frozenset("of and for the on in at to de del la las los el y e da do dos das".split())


def is_latin(text: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in text)


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def leftmost_longest(hits: Iterable[S]) -> list[S]:
    """Non-overlapping hits, preferring the one that starts first, then the longest."""
    chosen: list[S] = []
    last_end = -1
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if h.start >= last_end:
            chosen.append(h)
            last_end = h.end
    return chosen
