"""The curated general gazetteer: countries, regions, organizations and initiatives.

Loaded from the CSV files in ``graph/data/gazetteer/`` (see ``SOURCES.md`` there). Every entry
carries all its surface forms as :class:`Label` objects: names (matched case-insensitively),
acronyms (case-sensitively) and demonyms ("Chinese", "brasileño", "الصيني", "中方").
Keys are ``country:BR``, ``region:latin-america`` and ``org:celac``.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import SchemaError
from .records import EntityClass
from .traditional_zh import HAN, to_simplified

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"
LANGS = frozenset({"en", "es", "pt", "ar", "zh"})
LABEL_LANGS = LANGS | {"und"}
KINDS = frozenset({"name", "acronym", "demonym"})
ORG_CLASSES = frozenset(
    {
        EntityClass.INTERNATIONAL_ORGANIZATION,
        EntityClass.GOVERNMENT_BODY,
        EntityClass.COMPANY,
        EntityClass.ORGANIZATION,
        EntityClass.INITIATIVE,
        EntityClass.EVENT,  # recurring, well-known events: fairs, expos, forums held every year
    }
)

COUNTRY_COLUMNS = (
    "iso2",
    "name",
    "names_en",
    "demonyms_en",
    "names_es",
    "demonyms_es",
    "names_pt",
    "demonyms_pt",
    "names_ar",
    "demonyms_ar",
    "names_zh",
    "demonyms_zh",
    "wikidata",
)
REGION_COLUMNS = ("key", "name", "names")
ORG_COLUMNS = ("key", "class", "name", "labels", "acronyms", "country", "wikidata")

_ISO2 = re.compile(r"^[A-Z]{2}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TAG = re.compile(r"^([a-z]{2,3}):(.*)$", re.S)
# Arabic short vowels, shadda, sukun, superscript alef and tatweel: absent from most printed text.
_AR_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00b7": " ",
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0622": "\u0627",  # آ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
    }
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Label:
    """One surface form of an entry."""

    text: str
    lang: str  # 'en', 'es', 'pt', 'ar', 'zh' or 'und'
    kind: str  # 'name' | 'acronym' | 'demonym'


@dataclass(frozen=True)
class GazetteerEntry:
    """A known country, region, organization or initiative."""

    key: str  # 'country:BR', 'region:latin-america', 'org:celac'
    cls: EntityClass | None  # None for regions
    name: str  # preferred English name
    labels: tuple[Label, ...]  # every surface form incl. the name itself (kind='name', lang='en')
    country: str | None  # ISO2 of home country (orgs), the ISO2 itself for countries
    iso_code: str | None  # countries only
    wikidata: str | None  # 'Q155'


def normalize(text: str, *, fold: bool = True) -> str:
    """The form :meth:`Gazetteer.lookup` compares: NFKC, plain quotes and hyphens, no Arabic
    diacritics, bare alef, single spaces, Chinese in simplified characters ("中國" as "中国");
    case-folded unless ``fold=False`` (acronyms)."""
    t = unicodedata.normalize("NFKC", text)
    t = _AR_MARKS.sub("", t).translate(_PUNCT)
    if not t.isascii() and HAN.search(t):
        t = to_simplified(t)
    t = " ".join(t.split())
    return t.casefold() if fold else t


def looks_like_acronym(text: str) -> bool:
    """True for all-capitals forms such as "USA", "U.S.", "EE. UU.", "G20" (matched case-sensitively)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 2 and not any(c.islower() for c in letters)


def script_lang(text: str) -> str:
    """'ar' or 'zh' when the text is in that script, else 'und'."""
    if _ARABIC.search(text):
        return "ar"
    if _CJK.search(text):
        return "zh"
    return "und"


class Gazetteer:
    """Entries by key, with an exact-match index of their normalized surface forms."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        self._folded: dict[str, list[str]] = {}
        self._exact: dict[str, list[str]] = {}
        self._iso: dict[str, str] = {}
        for entry in entries:
            self.entries[entry.key] = entry
            if entry.iso_code:
                self._iso[entry.iso_code] = entry.key
            for label in entry.labels:
                if label.kind == "acronym":
                    index, form = self._exact, normalize(label.text, fold=False)
                else:
                    index, form = self._folded, normalize(label.text)
                keys = index.setdefault(form, [])
                if entry.key not in keys:
                    keys.append(entry.key)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.entries)} entries)"

    def get(self, key: str) -> GazetteerEntry | None:
        """The entry with this key ('country:BR', 'org:celac'), or None."""
        return self.entries.get(key)

    def by_class(self, cls: EntityClass) -> list[GazetteerEntry]:
        """All entries of one class, in file order."""
        return [e for e in self.entries.values() if e.cls is cls]

    def lookup(self, text: str) -> list[GazetteerEntry]:
        """Entries with a surface form equal to ``text`` after :func:`normalize`: names and
        demonyms case-insensitively, acronyms case-sensitively."""
        keys = list(self._folded.get(normalize(text), ()))
        for key in self._exact.get(normalize(text, fold=False), ()):
            if key not in keys:
                keys.append(key)
        return [self.entries[k] for k in keys]

    def country_by_iso(self, iso2: str) -> GazetteerEntry | None:
        """The country entry for an ISO 3166-1 alpha-2 code (any case), or None."""
        key = self._iso.get(iso2.strip().upper())
        return self.entries[key] if key else None


class _Reader:
    """Reads one CSV file, remembering where it is so that errors can name file and line."""

    def __init__(self, path: Path, columns: tuple[str, ...]) -> None:
        self.path = path
        self.columns = columns
        self.line = 0

    def error(self, problem: str, fix: str = "fix the row") -> SchemaError:
        return SchemaError(f"{self.path.name}, line {self.line}: {problem} — {fix}")

    def rows(self) -> Iterable[dict[str, str]]:
        try:
            handle = self.path.open(encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise SchemaError(f"{self.path}: cannot read gazetteer file ({exc.strerror})") from exc
        with handle:
            reader = csv.reader(handle)
            self.line = 1
            header = next(reader, None)
            if header is None or tuple(h.strip() for h in header) != self.columns:
                raise self.error(f"header is {header!r}", f"use the columns {','.join(self.columns)}")
            for row in reader:
                self.line = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(self.columns):
                    raise self.error(
                        f"{len(row)} fields instead of {len(self.columns)}",
                        "quote cells that contain commas",
                    )
                yield {c: cell.strip() for c, cell in zip(self.columns, row, strict=True)}

    def items(self, cell: str, column: str) -> list[str]:
        """The ``|``-separated items of a cell; empty items are an error."""
        if not cell:
            return []
        parts = [p.strip() for p in cell.split("|")]
        if any(not p for p in parts):
            raise self.error(f"empty item in column {column!r}", "remove the stray '|'")
        return parts

    def tagged(self, item: str, default: str, column: str) -> tuple[str, str]:
        """Split an optional language tag: 'es:Foro China-CELAC' -> ('es', 'Foro China-CELAC')."""
        m = _TAG.match(item)
        if not m:
            return default, item
        lang, text = m.group(1), m.group(2).strip()
        if lang not in LANGS:
            raise self.error(
                f"unknown language tag {lang!r} in column {column!r}", "use en, es, pt, ar or zh"
            )
        if not text:
            raise self.error(f"empty label after tag {lang!r} in column {column!r}")
        return lang, text

    def wikidata(self, cell: str) -> str | None:
        if not cell:
            return None
        if not _QID.match(cell):
            raise self.error(f"wikidata {cell!r} is not a Q-id", "write it as Q123 or leave it empty")
        return cell

    def key(self, cell: str, seen: set[str]) -> str:
        if not _SLUG.match(cell):
            raise self.error(f"key {cell!r} is not a lower-case slug", "use letters, digits and '-'")
        if cell in seen:
            raise self.error(f"duplicate key {cell!r}")
        seen.add(cell)
        return cell


def _add(labels: list[Label], text: str, lang: str, kind: str) -> None:
    label = Label(text, lang, kind)
    if label not in labels:
        labels.append(label)


def _name_kind(text: str, kind: str) -> str:
    """All-capitals names ("USA", "EE. UU.") are acronyms: matched case-sensitively."""
    return "acronym" if kind == "name" and looks_like_acronym(text) else kind


def _load_countries(path: Path) -> list[GazetteerEntry]:
    r = _Reader(path, COUNTRY_COLUMNS)
    out: list[GazetteerEntry] = []
    seen: set[str] = set()
    for row in r.rows():
        iso = row["iso2"]
        if not _ISO2.match(iso):
            raise r.error(f"iso2 {iso!r} is not two capital letters")
        if iso in seen:
            raise r.error(f"duplicate iso2 {iso!r}")
        seen.add(iso)
        if not row["name"]:
            raise r.error("empty name")
        labels = [Label(row["name"], "en", "name")]
        for lang in ("en", "es", "pt", "ar", "zh"):
            for kind, column in (("name", f"names_{lang}"), ("demonym", f"demonyms_{lang}")):
                for text in r.items(row[column], column):
                    _add(labels, text, lang, _name_kind(text, kind))
        out.append(
            GazetteerEntry(
                key=f"country:{iso}",
                cls=EntityClass.COUNTRY,
                name=row["name"],
                labels=tuple(labels),
                country=iso,
                iso_code=iso,
                wikidata=r.wikidata(row["wikidata"]),
            )
        )
    return out


def _load_regions(path: Path) -> list[GazetteerEntry]:
    r = _Reader(path, REGION_COLUMNS)
    out: list[GazetteerEntry] = []
    seen: set[str] = set()
    for row in r.rows():
        key = r.key(row["key"], seen)
        if not row["name"]:
            raise r.error("empty name")
        labels = [Label(row["name"], "en", "name")]
        for item in r.items(row["names"], "names"):
            lang, text = r.tagged(item, "", "names")
            lang = lang or script_lang(text)
            # Lower-case forms are adjectives ("latinoamericano"): demonyms, as for countries.
            kind = "demonym" if text[:1].islower() else _name_kind(text, "name")
            _add(labels, text, lang, kind)
        out.append(GazetteerEntry(f"region:{key}", None, row["name"], tuple(labels), None, None, None))
    return out


def _load_organizations(path: Path, countries: set[str]) -> list[GazetteerEntry]:
    r = _Reader(path, ORG_COLUMNS)
    out: list[GazetteerEntry] = []
    seen: set[str] = set()
    for row in r.rows():
        key = r.key(row["key"], seen)
        try:
            cls = EntityClass(row["class"])
        except ValueError:
            cls = None
        if cls not in ORG_CLASSES:
            raise r.error(
                f"class {row['class']!r} is not allowed",
                "use " + ", ".join(sorted(c.value for c in ORG_CLASSES)),
            )
        assert cls is not None
        if not row["name"]:
            raise r.error("empty name")
        country = row["country"] or None
        if country is not None and country not in countries:
            raise r.error(f"country {country!r} is not an ISO2 code of countries.csv")
        labels = [Label(row["name"], "en", "name")]
        for item in r.items(row["labels"], "labels"):
            lang, text = r.tagged(item, "en", "labels")
            _add(labels, text, lang, _name_kind(text, "name"))
        for item in r.items(row["acronyms"], "acronyms"):
            lang, text = r.tagged(item, "und", "acronyms")
            _add(labels, text, lang, "acronym")
        out.append(
            GazetteerEntry(
                key=f"org:{key}",
                cls=cls,
                name=row["name"],
                labels=tuple(labels),
                country=country,
                iso_code=None,
                wikidata=r.wikidata(row["wikidata"]),
            )
        )
    return out


def _load(directory: Path) -> Gazetteer:
    countries = _load_countries(directory / "countries.csv")
    regions = _load_regions(directory / "regions.csv")
    orgs = _load_organizations(directory / "organizations.csv", {c.iso_code for c in countries if c.iso_code})
    return Gazetteer([*countries, *regions, *orgs])


@functools.cache
def _default() -> Gazetteer:
    return _load(DATA_DIR)


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The gazetteer from ``directory`` (default: the packaged data, loaded once and cached).

    Raises :class:`~graph.errors.SchemaError` naming file, line and problem for a malformed row.
    """
    if directory is None or Path(directory).resolve() == DATA_DIR.resolve():
        return _default()
    return _load(Path(directory))


@functools.lru_cache(maxsize=2)
def load_cities(path: Path | None = None) -> dict[str, str]:
    """Capitals and large cities of the field (``cities.csv``), folded name -> ISO code of their country.
    Cities are no entities: they only tell where a place "held in Lima" or a firm "based in Monterrey" is."""
    path = path or DATA_DIR / "cities.csv"
    reader = _Reader(path, ("city", "country", "labels"))
    out: dict[str, str] = {}
    for row in reader.rows():
        iso = (row.get("country") or "").strip().upper()
        if len(iso) != 2 or not (row.get("city") or "").strip():
            raise reader.error("a row needs a city and a two-letter ISO code")
        for name in [row["city"], *(row.get("labels") or "").split("|")]:
            if name.strip():
                out[normalize(name)] = iso
    return out
