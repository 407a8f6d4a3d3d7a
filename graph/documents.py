"""From files to normalized ``Document`` records.

Reading (encoding detection, binary refusal), HTML/Markdown to text, Unicode normalization,
language detection, title/date sniffing and a regex sentence splitter whose offsets always
slice back into ``Document.text``. Everything here is regex based so large corpora stay fast.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import functools
import hashlib
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from graph.errors import DocumentError
from graph.records import Document, Sentence

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "detect_language",
    "discover",
    "find_title_and_date",
    "load_document",
    "load_documents",
    "normalize",
    "read_text",
    "split_sentences",
]

_log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 50 * 1024 * 1024
_MAX_SENTENCE_CHARS = 2000

_HTML_SUFFIXES = (".html", ".htm")
_CHECK_PATH = "check the path and spelling"
_MAKE_READABLE = "make it readable (chmod u+r) or leave it out"
_MARKDOWN_SUFFIXES = (".md", ".markdown")


# --------------------------------------------------------------------------- discovery


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[DocumentError]]:
    """Expand folders into supported files; report missing paths and non-text explicit files.

    Folders are walked recursively in name order, skipping hidden entries and unsupported
    suffixes silently. Explicit files are kept whatever their suffix unless their content is
    binary (then they are reported). A file reached twice is listed once.
    """
    files: list[Path] = []
    errors: list[DocumentError] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, errors):
                add(found)
        elif path.exists():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                add(path)
                continue
            problem = _sniff_unsupported(path)
            if problem is None:
                add(path)
            else:
                errors.append(problem)
        else:
            errors.append(DocumentError(str(path), "no such file or directory", _CHECK_PATH))
    return files, errors


def _walk(root: Path, errors: list[DocumentError]) -> list[Path]:
    out: list[Path] = []
    visited = {os.path.realpath(root)}

    def visit(folder: Path) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            errors.append(
                DocumentError(str(folder), f"cannot list folder ({_reason(exc)})", "check its permissions")
            )
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue
            if is_dir:
                real = os.path.realpath(entry.path)
                if real not in visited:  # symlink loops
                    visited.add(real)
                    visit(folder / entry.name)
            elif is_file and os.path.splitext(entry.name)[1].lower() in SUPPORTED_SUFFIXES:
                out.append(folder / entry.name)

    visit(root)
    return out


def _sniff_unsupported(path: Path) -> DocumentError | None:
    """Error for an explicit file with an unsupported suffix whose first bytes are binary."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return None  # load_document reports the precise reason
    kind = _magic_kind(head)
    if kind is None and b"\x00" in head and _nul_encoding(head) is None:
        kind = "contains NUL bytes"
    if kind is None:
        return None
    return _binary_error(path, kind)


# --------------------------------------------------------------------------- reading

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"PK\x07\x08", "ZIP"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x1f\x8b", "GZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office OLE2"),
    (b"\x7fELF", "ELF executable"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"\x28\xb5\x2f\xfd", "Zstandard"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

# Encodings charset-normalizer may pick for this corpus (Western, Arabic, Chinese). cp1250 and
# friends are left out on purpose: they tie with cp1252 on short Spanish text and mangle ã/õ.
_PLAUSIBLE = ["cp1252", "cp1256", "iso8859_6", "gb18030", "big5", "utf_16_le", "utf_16_be", "mac_roman"]

# Whitespace plus the invisible characters normalize() drops: a text made only of these is empty.
_BLANK = (
    " \t\n\r\x0b\x0c\x85\xa0\xad\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\x80-\x9f\ufffd]")


class _BinaryContent(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def read_text(path: Path) -> tuple[str, str]:
    """Read a file as text; return ``(text, encoding)``. Raise ``DocumentError`` when impossible."""
    name = str(path)
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DocumentError(name, "no such file", _CHECK_PATH) from None
    except PermissionError:
        raise DocumentError(name, "permission denied", _MAKE_READABLE) from None
    except OSError as exc:
        raise DocumentError(name, f"cannot open ({_reason(exc)})", "check the file and the disk") from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(
            name, "is a directory, not a file", "pass the folder to load_documents(), which expands it"
        )
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(name, "not a regular file", "pass a regular text file (.txt/.md/.html)")
    if info.st_size > MAX_BYTES:
        raise _too_large(name, info.st_size)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise DocumentError(name, "permission denied", _MAKE_READABLE) from None
    except OSError as exc:
        raise DocumentError(name, f"cannot read ({_reason(exc)})", "check the file and the disk") from None
    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data))
    if not data.strip(b" \t\r\n\x0b\x0c"):
        raise DocumentError(name, "empty document", "remove it or add its text")
    try:
        text, encoding = _decode(data)
    except _BinaryContent as exc:
        raise _binary_error(name, exc.kind) from None
    if not text.strip(_BLANK):
        raise DocumentError(name, "empty document", "remove it or add its text")
    return text, encoding


def _too_large(name: str, size: int) -> DocumentError:
    return DocumentError(
        name,
        f"file too large ({size / 2**20:.1f} MB, limit {MAX_BYTES // 2**20} MB)",
        "split it into smaller files (e.g. one per article or chapter)",
    )


def _binary_error(path: str | Path, kind: str) -> DocumentError:
    what = f"looks like {kind}" if kind[0].isupper() else kind
    if kind == "PDF":
        fix = "extract its text first (e.g. pdftotext) and pass the .txt"
    else:
        fix = "convert it to .txt/.md/.html or remove it from the input"
    return DocumentError(str(path), f"binary file ({what}), not text", fix)


def _reason(exc: OSError) -> str:
    return " ".join(str(exc.strerror or exc).split())


def _magic_kind(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media"
    if head[4:8] == b"ftyp":
        return "MP4/MOV media"
    return None


def _decode(data: bytes) -> tuple[str, str]:
    """Decode bytes: magic numbers, BOM, UTF-8, BOM-less UTF-16/32, charset-normalizer, cp1252."""
    kind = _magic_kind(data[:16])
    if kind:
        raise _BinaryContent(kind)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(codec), label
            except UnicodeDecodeError:
                return body.decode(codec, errors="replace"), label
    if b"\x00" in data:
        codec_name = _nul_encoding(data)
        if codec_name is None:
            raise _BinaryContent("contains NUL bytes")
        width = 4 if "32" in codec_name else 2
        text = data[: len(data) - len(data) % width].decode(codec_name, errors="replace")
        _check_textual(text)
        return text, codec_name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        truncated = exc.end == len(data) and exc.start >= len(data) - 3  # cut inside the last character
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    non_ascii = len(lossy) - len(lossy.encode("ascii", "ignore")) - bad
    if truncated or non_ascii >= 10 * bad:  # UTF-8 with a few broken bytes
        return lossy, "utf-8"
    best = from_bytes(data, cp_isolation=_PLAUSIBLE).best()
    if best is not None:
        text = str(best)
        try:
            _check_textual(text)
            return text, codecs.lookup(best.encoding).name
        except _BinaryContent:
            pass
    text = data.decode("cp1252", errors="replace")
    _check_textual(text)
    return text, "cp1252"


def _nul_encoding(data: bytes) -> str | None:
    """UTF-16/32 without BOM, recognised by NULs at regular positions; None for other NULs."""
    sample = data[:65536]
    n4 = len(sample) // 4
    if n4 >= 2:
        quad = sample[: n4 * 4]
        zeros = [quad[i::4].count(0) for i in range(4)]
        if zeros[2] > 0.9 * n4 and zeros[3] > 0.9 * n4 and zeros[0] < 0.1 * n4:
            return "utf-32-le"
        if zeros[0] > 0.9 * n4 and zeros[1] > 0.9 * n4 and zeros[3] < 0.1 * n4:
            return "utf-32-be"
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 0.05 * half and even <= 0.02 * odd:
        return "utf-16-le"
    if even > 0.05 * half and odd <= 0.02 * even:
        return "utf-16-be"
    return None


def _check_textual(text: str) -> None:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise _BinaryContent("undecodable bytes")


# --------------------------------------------------------------------------- normalization

_REPLACEMENTS = {
    **dict.fromkeys("\u00a0\u1680\u202f\u205f\u3000", " "),
    **dict.fromkeys(map(chr, range(0x2000, 0x200B)), " "),
    # U+00AD (soft hyphen) is invisible and splits names ("Vene\xadzuela"); U+200C/U+200D are kept.
    **dict.fromkeys("\u00ad\u200b\u2060\ufeff", ""),
    **dict.fromkeys("\x0b\x0c\x85\u2028", "\n"),
    "\u2029": "\n\n",
}
_ODD_CHARS = re.compile("[" + "".join(_REPLACEMENTS) + "]")
_MULTISPACE = re.compile(r"  +")
_MANY_BLANKS = re.compile(r"\n{4,}")


def normalize(text: str) -> str:
    """NFC, plain spaces, no zero-width chars, ``\\n`` line ends, tidy blank lines; punctuation untouched."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD_CHARS.sub(lambda m: _REPLACEMENTS[m.group()], text)
    # Line by line: NFC never composes across "\n", and a single combining mark would otherwise
    # force a full normalization pass over a whole 50 MB text.
    text = "\n".join(
        (line if line.isascii() else unicodedata.normalize("NFC", line)).rstrip(" \t")
        for line in text.split("\n")
    )
    if "  " in text:
        text = _MULTISPACE.sub(" ", text)
    if "\n\n\n\n" in text:
        text = _MANY_BLANKS.sub("\n\n\n", text)
    return text.strip()


# --------------------------------------------------------------------------- language

_LETTERS = re.compile(r"[^\W\d_]+")
_ARABIC = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
                     "\ufb50-\ufdff\ufe70-\ufefc]+")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_KANA = re.compile("[\u3040-\u309f\u30a0-\u30ff]+")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+")
_EAST = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
                   "\uf900-\ufaff\U00020000-\U0003134f]+")
_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
_NON_LATIN_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u3040-\u30ff\u3400-\u4dbf"
                               "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufefc]")
_MIN_LETTERS = 20
_MIN_IDEOGRAPHS = 4


@functools.cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE, Language.ARABIC, Language.CHINESE]
    languages.append(Language.FRENCH)
    # Models load lazily, only those a text needs (trigrams for long texts): preloading all of them
    # cost ~0.8 s in every process, the same answers.
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _sample(text: str) -> str:
    if len(text) <= 8000:
        return text
    mid = len(text) // 2
    return text[:5000] + "\n" + text[mid - 1500 : mid + 1500]


def _lingua_sample(text: str) -> str:
    """lingua costs ~0.6 ms per 1,000 characters, as much as a whole extractor; 2,500 characters
    (the lead and the middle of the text) already decide between our languages."""
    if len(text) <= 2500:
        return text
    mid = len(text) // 2
    return text[:800] + "\n" + text[mid - 850 : mid + 850]


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(text) - len(pattern.sub("", text))  # much faster than len(findall()) on runs


def _script_counts(text: str) -> tuple[int, int, int, int, int, int]:
    """(letters, arabic, cjk ideographs, kana, hangul, latin)."""
    letters = _count(_LETTERS, text)
    if text.isascii():
        return letters, 0, 0, 0, 0, letters
    return (
        letters,
        _count(_ARABIC, text),
        _count(_CJK, text),
        _count(_KANA, text),
        _count(_HANGUL, text),
        _count(_LATIN, text),
    )


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ('en', 'es', 'pt', 'ar', 'zh', 'fr', ...) or 'und'."""
    sample = _sample(text)
    return _language_of(sample, _script_counts(sample))


def _language_of(sample: str, counts: tuple[int, int, int, int, int, int]) -> str:
    letters, arabic, cjk, kana, hangul, latin = counts
    if letters < _MIN_LETTERS and cjk + kana < _MIN_IDEOGRAPHS:
        return "und"
    if arabic > 0.3 * letters:
        return "ar"
    if cjk + kana > 0.3 * letters:
        return "ja" if kana > 0.2 * (cjk + kana) else "zh"
    if hangul > 0.3 * letters:
        return "ko"
    if latin < 0.5 * letters:  # Cyrillic, Greek, Devanagari...: lingua only knows our six languages
        return "und"
    found = _detector().detect_language_of(_lingua_sample(sample))
    return "und" if found is None else str(found.iso_code_639_1.name).lower()


def _script_of_language(language: str) -> str | None:
    if language == "ar":
        return "arabic"
    if language in ("zh", "ja", "ko"):
        return "cjk"
    if language in ("und", ""):
        return None
    return "latin"


# --------------------------------------------------------------------------- sentences

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# A run of stops, kept only when CJK-final or followed by space, a closer, an opening quote or the end:
# decimals, URLs and the ".," artefact are filtered inside the regex engine.
_TERMINAL = re.compile(r"[.!?؟…۔。！？｡]+(?:(?<=[。！？｡])|(?=[\s”’\"'»)\]“«„]|\Z))")
_CJK_STOPS = frozenset("。！？｡")
_CJK_CLOSERS = frozenset("”’」』）》〉)]")
_LATIN_CLOSERS = frozenset("”’\"'»)]")
_AFTER_STOP = frozenset("“«„")
_CLOSERS = "”’\"'»)]」』）》〉"
_LINE_TERMINALS = frozenset(".!?。！？｡؟…۔")
_OPENERS = frozenset("\"“‘'«„¿¡([【《「『•")
_WORD = re.compile(r"\w+")
_ALNUM = re.compile(r"[^\W_]")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_ENUMERATOR = re.compile(r"(?:\d{1,3}|[IVXLCivxlc]{1,6}|[A-Za-z])(?:\.\d{1,3})*")
_BULLET = re.compile(
    r"[ \t]*(?:[•·▪‣◦●○■□►▶✓✔*+\-–—]\s|\d{1,3}[.)]\s|\(\d{1,3}\)|\([a-zA-Z]\)\s|[a-z]\)\s)"
)
# Never end a sentence: they precede a name, number or noun.
_TITLE_ABBREVIATIONS = _words(
    """Mr Ms Mrs Messrs Dr Prof St Mt Gen Gov Sen Rep Pres Capt Col Lt Sgt Hon Rev Dept Univ Sr Sra Srta Sres
    Dra Lic Ing Excmo Excma Sto Sta Av Avda No Nos Nº Vol Vols vol vols Art art Fig fig p pp cf vs approx
    aprox núm Núm pág págs tel Tel ed eds Ed Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"""
)
# May end a sentence; do only when the next word is a typical sentence opener ("... Co. Ltd." stays whole).
_FINAL_ABBREVIATIONS = _words("Co Ltd Ltda Corp Inc Cía Cia Jr Bros Plc Esq etc Ph.D")
_NEVER_AFTER_DOTTED = frozenset({"e.g", "i.e", "E.g", "I.e"})
_STARTERS = _words(
    """The This These Those That There Then It Its He She They We His Her Their Our In On At As But However
    Meanwhile According After Before During Since Last Also Both Such While When Under With For From Other
    El La Los Las En Por Según Además Sin Con Este Esta Estos Estas Durante Tras Desde Para Asimismo
    O Os A As Em No Na Nos Nas Segundo Além Com Após Também Le Les Un Une Dans Selon Il Elle Ils"""
)
_CONTINUATION_END = frozenset(",、，;；:：-–—(/&·")
_FUNCTION_WORDS = _words(
    """a an the and or of to in on at for with by from as that which who whose into than but nor via per its
    their his her our is are was were be been has have had will would can could should may might not also
    between among about under over after before during y e o u de del la las el los en con por para que al un
    una su sus como entre sobre sin ou do da dos das em no na nos nas com os as um uma seu sua ao aos à às et
    du des le les dans pour par avec une aux sur"""
)


def split_sentences(text: str, language: str) -> list[Sentence]:
    """Split ``text`` into sentences whose ``start``/``end`` slice back to their stripped text exactly."""
    doc_script = _script_of_language(language)
    mixed = doc_script is not None and (
        doc_script != "latin" or _NON_LATIN_SCRIPT.search(text) is not None
    )
    sentences: list[Sentence] = []
    for ps, pe in _paragraphs(text):
        para = text[ps:pe]
        lang = _paragraph_language(para, doc_script, language) if mixed else language
        start = 0
        for end in _boundaries(para):
            s, e = _strip_span(para, start, end)
            start = end
            if e - s > _MAX_SENTENCE_CHARS:
                spans: Iterator[tuple[int, int]] | tuple[tuple[int, int]] = _pieces(para, s, e)
            elif s < e and (para[s].isalnum() or _ALNUM.search(para, s, e)):
                spans = ((s, e),)
            else:
                continue
            for s, e in spans:
                sentences.append(
                    Sentence(index=len(sentences), start=ps + s, end=ps + e, text=para[s:e], language=lang)
                )
    return sentences


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def _paragraph_language(para: str, doc_script: str | None, language: str) -> str:
    """The document language, unless the paragraph is clearly written in another script."""
    if doc_script == "latin":
        if _NON_LATIN_SCRIPT.search(para) is None:
            return language
    elif _LATIN.search(para) is None:
        return language
    sample = para[:400]  # enough to see a script; keeps mixed documents fast
    letters = _count(_LETTERS, sample)
    # Scripts are tested one by one so that the common case (an Arabic paragraph) costs two scans.
    if doc_script != "arabic" and letters >= 12 and _count(_ARABIC, sample) > 0.6 * letters:
        return "ar"
    if doc_script != "cjk":
        east = _count(_EAST, sample)
        if east >= _MIN_IDEOGRAPHS and east > 0.6 * letters:
            return _language_of(sample, _script_counts(sample))
    if doc_script != "latin" and letters >= 12 and _count(_LATIN, sample) > 0.6 * letters:
        return _language_of(sample, _script_counts(sample))
    return language


def _boundaries(para: str) -> list[int]:
    """Sentence end offsets within one paragraph, ending with ``len(para)``."""
    ends: list[int] = []
    n = len(para)
    for m in _TERMINAL.finditer(para):
        start, end = m.span()
        if not _CJK_STOPS.isdisjoint(m.group()):
            while end < n and para[end] in _CJK_CLOSERS:
                end += 1
            ends.append(end)  # 。！？ always end a sentence, even glued to the next one
            continue
        while end < n and para[end] in _LATIN_CLOSERS:
            end += 1
        if end < n and not para[end].isspace() and para[end] not in _AFTER_STOP:
            continue  # "3.5", "www.gov.cn", the ".," artefact
        if _latin_stop(para, start, end, n):
            ends.append(end)
    if "\n" in para:
        ends.extend(_line_stops(para))
        ends.sort()
    ends.append(n)
    return ends


def _latin_stop(para: str, start: int, end: int, n: int) -> bool:
    """Does the ``.!?`` run at ``para[start:end]`` (followed by space or end) close a sentence?"""
    j = end
    while j < n and para[j].isspace():
        j += 1
    if j >= n:
        return True
    if para[start] == "." and para[start + 1 : start + 2] != ".":
        # The word before the stop; longer than 40 characters it is no abbreviation anyway.
        k = para.rfind(" ", max(0, start - 40), start) + 1 or max(0, start - 40)
        token = para[k:start]
        if "\n" in token or "\t" in token:
            k += len(token) - len(token.replace("\t", "\n").rsplit("\n", 1)[-1])
            token = para[k:start]
        token = token.lstrip("([{\"'“‘«¿¡").rsplit("·", 1)[-1]  # "Kelvar·St. Jean"
        if token in _TITLE_ABBREVIATIONS:
            return False
        if len(token) == 1 and token.isalpha() and not token.islower():
            return False  # an initial: "A. Smith"
        if len(token) <= 9 and _ENUMERATOR.fullmatch(token) and _first_on_line(para, k):
            return False  # "1. Introduction", "II. Cooperation"
        dotted = "." in token and _DOTTED.fullmatch(token) is not None
        if token in _FINAL_ABBREVIATIONS or token.lower() == "etc" or dotted:
            if token in _NEVER_AFTER_DOTTED:
                return False
            word = _WORD.match(para, j)
            return word is not None and word.group() in _STARTERS
    return "\n" in para[end:j] or _starts_sentence(para[j])


def _first_on_line(para: str, k: int) -> bool:
    return not para[para.rfind("\n", 0, k) + 1 : k].strip(" \t•·-*")


def _starts_sentence(char: str) -> bool:
    return char.isdigit() or char in _OPENERS or (char.isalpha() and not char.islower())


def _line_stops(para: str) -> list[int]:
    """Offsets of single newlines that end a sentence (headings, list items)."""
    lines = para.split("\n")
    width = max(len(line.strip()) for line in lines)
    stops: list[int] = []
    pos = 0
    for i in range(len(lines) - 1):
        line = lines[i]
        nl = pos + len(line)
        pos = nl + 1
        body = line.strip()
        if not body or body.rstrip(_CLOSERS)[-1:] in _LINE_TERMINALS:
            continue  # punctuation rules decide
        nxt = lines[i + 1]
        if _BULLET.match(nxt) or _heading_like(line, body, nxt, width):
            stops.append(nl)
    return stops


def _heading_like(raw: str, line: str, nxt: str, width: int) -> bool:
    """A short line (title, list item) followed by a line that starts like a new sentence."""
    following = nxt.lstrip()
    if not following or not _starts_sentence(following[0]):
        return False
    if line[-1] in _CONTINUATION_END or line.rsplit(None, 1)[-1] in _FUNCTION_WORDS:
        return False
    if _BULLET.match(raw):
        return True
    # In hard-wrapped prose (wide paragraphs) a wrapped line is about as long as the widest one.
    return len(line) <= 100 and (width < 60 or len(line) <= 0.6 * width)


def _pieces(para: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Stripped, non-empty spans of ``para[start:end]``, cut below ``_MAX_SENTENCE_CHARS``."""
    s, e = _strip_span(para, start, end)
    while e - s > _MAX_SENTENCE_CHARS:
        limit = s + _MAX_SENTENCE_CHARS
        cut = max(para.rfind(ch, s + 1, limit - 1) for ch in "、,;，；،؛") + 1
        if cut <= s + 1:
            cut = para.rfind(" ", s + 1, limit)
        if cut <= s:
            cut = limit
        ps, pe = _strip_span(para, s, cut)
        if _ALNUM.search(para, ps, pe):
            yield ps, pe
        s, e = _strip_span(para, cut, e)
    if e > s and _ALNUM.search(para, s, e):
        yield s, e


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --------------------------------------------------------------------------- title and date

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan enero janeiro janvier يناير جانفي كانون_الثاني",
        "february feb febrero fevereiro février fevrier فبراير فيفري شباط",
        "march mar marzo março marco mars مارس آذار",
        "april apr abril avril أبريل ابريل إبريل أفريل نيسان",
        "may mayo maio mai مايو ماي أيار",
        "june jun junio junho juin يونيو يونيه جوان حزيران",
        "july jul julio julho juillet يوليو يوليه جويلية تموز",
        "august aug agosto août aout أغسطس اغسطس أوت آب",
        "september sep sept septiembre setiembre setembro septembre سبتمبر أيلول",
        "october oct octubre outubro octobre أكتوبر اكتوبر تشرين_الأول",
        "november nov noviembre novembro novembre نوفمبر تشرين_الثاني",
        "december dec diciembre dezembro décembre decembre ديسمبر كانون_الأول",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name.replace("_", " ")] = _number
_MONTH = "|".join(sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True))
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"

_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    # (pattern, group order, full date?)
    (re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd", True),
    (re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"), "ymd", True),
    (
        re.compile(
            _NOT_LETTER_BEFORE + rf"({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)",
            re.IGNORECASE,
        ),
        "mdy",
        True,
    ),
    (
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|º|°|ª)?\s*(?:de\s+|of\s+)?({_MONTH})"
            + _NOT_LETTER_AFTER
            + r"\.?,?\s*(?:de\s+|del\s+)?(\d{4})(?!\d)",
            re.IGNORECASE,
        ),
        "dmy",
        True,
    ),
    (re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月"), "ym", False),
    (
        re.compile(
            _NOT_LETTER_BEFORE + rf"({_MONTH})" + _NOT_LETTER_AFTER + r"\.?,?\s+(?:de\s+|del\s+)?"
            r"(\d{4})(?!\d)",
            re.IGNORECASE,
        ),
        "my",
        False,
    ),
    (re.compile(r"(?<![\d.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)"), "dmy-numeric", False),
)
# Possessive: a run of letters is never split between the three words (the same matches; the
# backtracking version took seconds on a first line of a few hundred letters, e.g. unspaced CJK).
_YEAR_LINE = re.compile(r"\W*+(?:[^\W\d]++\W*+){0,3}((?:19|20)\d{2})\W*")
# A label right before a date ("Published: June 2023", "creation date:2023-07-03", "تاريخ النشر: ...").
_DATE_LABEL_WORDS = (
    r"(?:(?<![^\W\d_])(?:date|dated|published|posted|updated|created|creation date|release date|fecha"
    r"|publicad[oa]|actualizad[oa]|data|publicação|publié|mis à jour)"
    r"|تاريخ النشر|تاريخ|النشر|نشر|日期|时间|時間|发布|發布|发表|發表)"
)
_DATE_LABEL = re.compile(
    _DATE_LABEL_WORDS + r"(?:\s+(?:on|em|el|le|en|in|at|de|do|a))?\s*[:：]?\s*$", re.IGNORECASE
)
_DATE_LABEL_WORD = re.compile(_DATE_LABEL_WORDS + r"(?![^\W\d_])", re.IGNORECASE)
# A date starting within the first 200 characters ends well before this.
_DATELINE_END = 320
_BOILERPLATE = re.compile(
    r"(?:home|home page|menu|search|share|print|detail|details|news|skip to (?:main )?content|log ?in|sign in"
    r"|subscribe|advertisement|back|back to top|top|inicio|noticias|buscar|compartir|imprimir|portada|início"
    r"|notícias|compartilhar|accueil|actualités|partager|imprimer|首页|首頁|新闻|新聞|返回|分享|打印|الرئيسية"
    r"|أخبار|طباعة|مشاركة)",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_TITLE_LIMIT = 300
_HEAD_LINES = 15


def find_title_and_date(text: str) -> tuple[str | None, str | None]:
    """Title (first real line, at most 300 chars) and first date near the top, as ISO ``YYYY[-MM[-DD]]``."""
    lines: list[str] = []
    for raw in text.split("\n", 400)[:400]:
        line = raw.strip()[:5000]
        if line:
            lines.append(line)
            if len(lines) >= _HEAD_LINES:
                break
    title: str | None = None
    for line in lines:
        if _is_boilerplate(line) or _is_date_line(line):
            continue
        title = " ".join(line.split()) if len(line) <= _TITLE_LIMIT else None
        break
    date: str | None = None
    for line in lines:
        found = _find_date(line[:2000])
        if found is not None:
            date = found[0]
            break
        if len(line) > _TITLE_LIMIT:
            break  # body prose has started: later dates are history, footnotes or references
    return title, date


def _is_boilerplate(line: str) -> bool:
    bare = line.strip(" \t•·|>»-–—:*#")
    return (
        not _LETTERS.search(line)
        or _BOILERPLATE.fullmatch(bare) is not None
        or _URL_LINE.fullmatch(line) is not None
        or line.startswith("©")
        or line.lower().startswith("copyright")
    )


def _is_date_line(line: str) -> bool:
    found = _find_date(line)
    if found is None:
        return False
    _, a, b = found
    rest = line[:a] + line[b:]
    return _count(_LETTERS, rest) <= 15


def _find_date(line: str) -> tuple[str, int, int] | None:
    """First date in ``line``: (iso, start, end).

    Full dates count in short lines, after a label or in the first 200 characters (a dateline);
    month-only, year-only and numeric dates only in short lines or after a label.
    """
    short = len(line) <= 60
    # In a long line only a dateline's date (in the first 200 characters) or a labelled one counts:
    # without a label word the month-name patterns need not read the rest of a paragraph.
    endpos = len(line) if short or _DATE_LABEL_WORD.search(line) else min(len(line), _DATELINE_END)
    best: tuple[int, int, str] | None = None
    for pattern, order, full in _DATE_PATTERNS:
        for m in pattern.finditer(line, 0, endpos):
            trusted = short or _DATE_LABEL.search(line, max(0, m.start() - 40), m.start()) is not None
            if not trusted and (not full or m.start() > 200):
                continue
            iso = _iso(m.groups(), order)
            if iso is not None:
                if best is None or (m.start(), -m.end()) < (best[0], -best[1]):
                    best = (m.start(), m.end(), iso)
                break
    if best is None:
        year = _YEAR_LINE.fullmatch(line)
        if year and (
            year.end(1) - year.start(1) == len(line.strip())
            or _DATE_LABEL.search(line, 0, year.start(1)) is not None
        ):
            return year.group(1), year.start(1), year.end(1)
    return None if best is None else (best[2], best[0], best[1])


def _iso(groups: Sequence[str | None], order: str) -> str | None:
    try:
        if order == "ymd":
            y, mo, d = int(groups[0] or ""), int(groups[1] or ""), int(groups[2] or "")
        elif order == "mdy":
            mo, d, y = _MONTHS[(groups[0] or "").lower()], int(groups[1] or ""), int(groups[2] or "")
        elif order == "dmy":
            d, mo, y = int(groups[0] or ""), _MONTHS[(groups[1] or "").lower()], int(groups[2] or "")
        elif order == "dmy-numeric":
            d, mo, y = int(groups[0] or ""), int(groups[1] or ""), int(groups[2] or "")
            if mo > 12 >= d:  # clearly month-first (US style)
                d, mo = mo, d
        elif order == "ym":
            y, mo = int(groups[0] or ""), int(groups[1] or "")
            return f"{y:04d}-{mo:02d}" if 1900 <= y <= 2100 and 1 <= mo <= 12 else None
        else:  # "my"
            mo, y = _MONTHS[(groups[0] or "").lower()], int(groups[1] or "")
            return f"{y:04d}-{mo:02d}" if 1900 <= y <= 2100 else None
        if not 1900 <= y <= 2100:
            return None
        return _dt.date(y, mo, d).isoformat()
    except (KeyError, ValueError):
        return None


def _date_from_value(value: str) -> str | None:
    """ISO date from a metadata value such as ``2023-06-08T10:00:00+08:00`` or ``June 8, 2023``."""
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return _iso(m.groups(), "ymd")
    found = _find_date(value)
    return None if found is None else found[0]


# --------------------------------------------------------------------------- HTML and Markdown

_PARA_MARK = "\ue000"
_LINE_MARK = "\ue001"
_DROP_TAGS = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object", "embed", "canvas"]
_BLOCK_TAGS = ", ".join(
    sorted(
        _words(
            """p div h1 h2 h3 h4 h5 h6 li tr section article blockquote ul ol dl dt dd table header footer
            main nav aside figure figcaption pre address hr caption details summary fieldset form center"""
        )
    )
)
_DATE_SELECTORS = (
    ('meta[property="article:published_time"]', "content"),
    ("time[datetime]", "datetime"),
    ('meta[name="date"]', "content"),
    ('meta[itemprop="datePublished"]', "content"),
    ('meta[name="pubdate"]', "content"),
    ('meta[name="publishdate"]', "content"),
    ('meta[name="DC.date"]', "content"),
    ('meta[name="dc.date"]', "content"),
)
_HTML_WS = re.compile(r"[ \t\n\r\f]+")
_MARKS = re.compile(f"[ {_PARA_MARK}{_LINE_MARK}]*[{_PARA_MARK}{_LINE_MARK}][ {_PARA_MARK}{_LINE_MARK}]*")


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip(_BLANK).lower()
    if head.startswith("<?xml"):
        return "<html" in head
    return head.startswith(("<!doctype html", "<html"))


def _html_to_text(raw: str) -> tuple[str, str | None, str | None]:
    """Visible text of an HTML page with blocks as paragraphs, plus its title and date."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(raw.replace(_PARA_MARK, "").replace(_LINE_MARK, ""))
    title = None
    for selector in ("title", "h1"):
        node = tree.css_first(selector)
        if node is not None:
            title = " ".join(normalize(node.text()).split()) or None
            if title:
                break
    date = None
    for selector, attribute in _DATE_SELECTORS:
        node = tree.css_first(selector)
        value = node.attributes.get(attribute) if node is not None else None
        if value:
            date = _date_from_value(value)
            if date:
                break
    tree.strip_tags(_DROP_TAGS, recursive=True)
    root = tree.body or tree.root
    if root is None:
        return "", title, date
    for node in root.css(_BLOCK_TAGS):
        node.insert_before(_PARA_MARK)
        node.insert_after(_PARA_MARK)
    for node in root.css("br"):
        node.insert_after(_LINE_MARK)
    for node in root.css("td, th"):
        node.insert_after(" ")
    text = _HTML_WS.sub(" ", root.text())
    text = _MARKS.sub(lambda m: "\n\n" if _PARA_MARK in m.group() else "\n", text)
    return text, title, date


_MD_FENCE = re.compile(r" {0,3}(```|~~~)")
_MD_BLANKS = re.compile(r"\n{3,}")
_MD_FRONT_MATTER = re.compile(r"---\n(.*?)\n(?:---|\.\.\.)(?:\n|\Z)", re.DOTALL)
_MD_FIELD = re.compile(r"^(title|date)[ \t]*:[ \t]*(.*)$", re.MULTILINE | re.IGNORECASE)
_MD_HEADING = re.compile(r" {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_MD_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MD_QUOTE = re.compile(r" {0,3}>[ \t]?")
_MD_REFERENCE = re.compile(r" {0,3}\[[^\]\n]+\]:[ \t]+\S+.*$")
_MD_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),
    (re.compile(r"<((?:https?://|mailto:)[^>\s]+)>"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
)


def _markdown_inline(line: str) -> str:
    for pattern, replacement in _MD_INLINE:
        line = pattern.sub(replacement, line)
    return line


def _markdown_to_text(raw: str) -> tuple[str, str | None, str | None]:
    """Plain text of a Markdown document, its title (front matter or first ``# `` heading) and date."""
    out: list[str] = []
    title: str | None = None
    date: str | None = None
    fenced = False
    text = normalize(raw)
    front = _MD_FRONT_MATTER.match(text)
    if front:
        fields = dict(_MD_FIELD.findall(front.group(1)))
        title = fields.get("title", "").strip("\"' ") or None
        date = _date_from_value(fields.get("date", "").strip("\"' "))
        text = text[front.end():]
    for line in text.split("\n"):
        if _MD_FENCE.match(line):
            fenced = not fenced
            out.append("")
            continue
        if fenced:
            out.append(line)
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            content = _markdown_inline(heading.group(2))
            if title is None and len(heading.group(1)) == 1 and content:
                title = content
            if out and out[-1]:
                out.append("")
            out.extend((content, ""))
            continue
        if _MD_SETEXT.match(line) and out and out[-1].strip():
            if title is None and line.strip().startswith("="):
                title = out[-1].strip()
            out.append("")
            continue
        if _MD_RULE.match(line) or _MD_REFERENCE.match(line):
            out.append("")
            continue
        out.append(_markdown_inline(_MD_QUOTE.sub("", line, count=1)))
    return _MD_BLANKS.sub("\n\n", "\n".join(out)), title, date


# --------------------------------------------------------------------------- loading


def load_document(path: Path) -> Document:
    """Read, convert, normalize and split one file into a ``Document``. Raise ``DocumentError``."""
    path = Path(path)
    raw, encoding = read_text(path)
    suffix = path.suffix.lower()
    title: str | None = None
    date: str | None = None
    if suffix in _HTML_SUFFIXES or _looks_like_html(raw):
        body, title, date = _html_to_text(raw)
        empty = "no visible text (only markup or scripts)"
    elif suffix in _MARKDOWN_SUFFIXES:
        body, title, date = _markdown_to_text(raw)
        empty = "empty document"
    else:
        body, empty = raw, "empty document"
    text = normalize(body)
    if not text:
        raise DocumentError(str(path), empty, "remove it or add its text")
    found_title, found_date = find_title_and_date(text)
    title = title or found_title
    if title and len(title) > _TITLE_LIMIT:
        title = title[: _TITLE_LIMIT - 1].rstrip() + "…"
    date = date or found_date
    language = detect_language(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=digest[:16],
        path=str(path),
        name=path.name,
        text=text,
        sha256=digest,
        language=language,
        encoding=encoding,
        title=title,
        date=date,
        sentences=tuple(split_sentences(text, language)),
    )


def load_documents(paths: Sequence[Path]) -> tuple[list[Document], list[DocumentError]]:
    """Discover and load every document; errors are collected, identical texts kept once (first path)."""
    files, errors = discover(paths)
    documents: list[Document] = []
    first_path: dict[str, str] = {}
    for path in files:
        try:
            document = load_document(path)
        except DocumentError as exc:
            errors.append(exc)
            continue
        except Exception as exc:  # one odd file must not stop a corpus build
            problem = " ".join(f"unexpected {type(exc).__name__}: {exc}".split())[:300]
            errors.append(DocumentError(str(path), problem, "report this clkg bug with the file attached"))
            continue
        if document.sha256 in first_path:
            _log.info("%s: same text as %s, skipped", path, first_path[document.sha256])
            continue
        first_path[document.sha256] = str(path)
        documents.append(document)
    return documents, errors
