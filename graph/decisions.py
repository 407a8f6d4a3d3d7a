"""Reviewable resolution decisions: a person's "same thing" / "not the same thing" judgements.

Like the judgements of OpenSanctions' nomenklatura, decisions live in a plain, diff-friendly,
tab-separated file (default ``decisions.tsv`` in the working directory; ``clkg build --decisions
FILE``) that every build honours. One line per pair, sorted, so that two people's edits merge in
version control::

    # judgement  class         left                          right                 decided               by      note
    merge        Organization  china electric power constr…  org:powerchina        2026-01-05T10:00:00Z  review  …
    split        Person        chen wei @7cbf414959a995a8    chen wei @c867616b6…  2026-01-05T10:01:00Z  split   …

A **side** names what was judged, in terms that survive rebuilds and re-extraction:

* a gazetteer key (``org:powerchina``, ``country:DM``) — the identity of a gazetteer entity, or
* a name key: the name folded (:func:`name_key`: accents, case and punctuation dropped), which
  matches every entity of the same class family that carries this name (as its name or one of
  its other names), optionally restricted to the documents listed after ``@`` (document ids are
  hashes of the text, so they survive rebuilds; ``clkg merge``/``split``/``review`` add them
  only when the name alone would also match other nodes).

Sides are never IRIs: the IRI of a node can change when a decision merges it with another.
The build fingerprint does not include this file — decisions act in resolution, after the
extraction cache — so changing a decision re-resolves without re-extracting anything.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .errors import ClkgError
from .files import write_atomic
from .records import ORGANIZATION_CLASSES, EntityClass

DEFAULT_FILE = Path("decisions.tsv")
# The decisions file of the command being run (``clkg build --decisions``); the Python API
# :func:`graph.build.build` reads it when it is not given a file (outside the CLI: none).
ACTIVE: ContextVar[Path | None] = ContextVar("clkg_decisions", default=None)
JUDGEMENTS = ("merge", "split")
FAMILIES = ("Country", "Person", "Organization", "Agreement", "Project", "Event", "Initiative")
COLUMNS = ("judgement", "class", "left", "right", "decided", "by", "note")
HEADER = (
    "# clkg resolution decisions — one judgement per line, tab-separated; `clkg build` honours them.\n"
    "# judgement: merge (the two sides are one thing) or split (two things). class: Person, Organization\n"
    "# (all four organization classes), Country, Agreement, Project, Event or Initiative. A side is a\n"
    "# gazetteer key (org:powerchina) or a folded name (accents, case, punctuation dropped), optionally\n"
    "# followed by ' @' and the ids of the documents it is limited to. Edit by hand or with clkg review,\n"
    "# clkg merge and clkg split; lines starting with '#' are comments.\n"
    "# " + "\t".join(COLUMNS) + "\n"
)
_KEY = re.compile(r"^(?:org|country|region):[a-z0-9-]+$|^country:[A-Z]{2}$")
_DOC = re.compile(r"^[0-9a-f]{6,16}$")


@functools.lru_cache(maxsize=262144)
def name_key(name: str) -> str:
    """A name as decisions compare it: NFKD, accents dropped, case-folded, anything but letters and
    digits a space, a leading "the" dropped. Deliberately independent of the extractors' code."""
    t = unicodedata.normalize("NFKD", name)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    words = "".join(c if c.isalnum() else " " for c in t).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def family_label(cls: EntityClass | str) -> str:
    """The class family a decision is about: the four organization classes are one family."""
    c = EntityClass(cls)
    return "Organization" if c in ORGANIZATION_CLASSES else c.value


@dataclass(frozen=True, order=True)
class Side:
    """What one side of a decision names: a gazetteer key or a name key, maybe limited to documents."""

    ref: str
    docs: tuple[str, ...] = ()

    @property
    def is_key(self) -> bool:
        return bool(_KEY.match(self.ref))

    def text(self) -> str:
        return self.ref + (" @" + ",".join(self.docs) if self.docs else "")

    @classmethod
    def parse(cls, text: str) -> Side:
        ref, _, docs = text.strip().partition(" @")
        ref = ref.strip()
        if not _KEY.match(ref):
            ref = name_key(ref)
        if not ref:
            raise ValueError(f"empty side {text!r}")
        ids = tuple(sorted({d.strip() for d in docs.split(",") if d.strip()}))
        bad = [d for d in ids if not _DOC.match(d)]
        if bad:
            raise ValueError(f"not a document id: {', '.join(bad)}")
        return cls(ref, ids)

    def matches(self, key: str | None, names: Iterable[str], doc: str) -> bool:
        """Whether an entity with this gazetteer key, these name keys, in this document is meant."""
        if self.docs and not any(doc.startswith(d) for d in self.docs):
            return False
        if self.is_key:
            return key == self.ref
        return self.ref in names


@dataclass(frozen=True)
class Decision:
    judgement: str  # 'merge' | 'split'
    family: str  # one of FAMILIES
    left: Side
    right: Side
    decided: str = ""
    by: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if self.judgement not in JUDGEMENTS:
            raise ValueError(f"judgement {self.judgement!r} is not merge or split")
        if self.family not in FAMILIES:
            raise ValueError(f"class {self.family!r} is not one of {', '.join(FAMILIES)}")
        if self.left.text() > self.right.text():  # one spelling per unordered pair
            left, right = self.right, self.left
            object.__setattr__(self, "left", left)
            object.__setattr__(self, "right", right)

    @property
    def pair(self) -> tuple[str, str, str]:
        return self.family, self.left.text(), self.right.text()

    def line(self) -> str:
        note = " ".join(self.note.split())
        return "\t".join((self.judgement, self.family, self.left.text(), self.right.text(), self.decided,
                          self.by, note))


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def load_decisions(path: Path | None) -> list[Decision]:
    """The decisions in ``path`` (none when the path is None or the file does not exist).

    Raises :class:`~graph.errors.ClkgError` naming the file and line of a malformed line."""
    if path is None or not Path(path).exists():
        return []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise ClkgError(f"{path}: cannot read the decisions file ({e.strerror})") from e
    out: dict[tuple[str, str, str], Decision] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) < 4:
            raise ClkgError(f"{path}, line {n}: {len(cells)} tab-separated fields, need at least 4 "
                            f"({', '.join(COLUMNS[:4])}) — fix or delete the line")
        cells += [""] * (len(COLUMNS) - len(cells))
        try:
            d = Decision(cells[0].strip().lower(), cells[1].strip(), Side.parse(cells[2]), Side.parse(cells[3]),
                         cells[4].strip(), cells[5].strip(), "\t".join(cells[6:]).strip())
        except ValueError as e:
            raise ClkgError(f"{path}, line {n}: {e} — fix or delete the line") from e
        out[d.pair] = d  # a later line about the same pair wins
    return sorted(out.values(), key=lambda d: d.pair)


def save_decisions(path: Path, decisions: Iterable[Decision]) -> None:
    """Write the decisions sorted, one per pair, atomically."""
    unique: dict[tuple[str, str, str], Decision] = {}
    for d in decisions:
        unique[d.pair] = d
    body = HEADER + "".join(d.line() + "\n" for d in sorted(unique.values(), key=lambda d: d.pair))
    write_atomic(Path(path), body.encode("utf-8"))


def record(path: Path, decision: Decision) -> list[Decision]:
    """Add a decision to the file, replacing an earlier one about the same pair; returns all."""
    kept = [d for d in load_decisions(path) if d.pair != decision.pair]
    kept.append(decision)
    save_decisions(path, kept)
    return load_decisions(path)
