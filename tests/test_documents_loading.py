"""graph/documents.py: files -> normalized Document records (encodings, HTML/Markdown, sentences)."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from graph import documents
from graph.documents import (
    SUPPORTED_SUFFIXES,
    detect_language,
    discover,
    find_title_and_date,
    load_document,
    load_documents,
    normalize,
    read_text,
    split_sentences,
)
from graph.errors import DocumentError
from graph.records import Sentence

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.suffix in SUPPORTED_SUFFIXES)
MAX_SENTENCE = 2000
ES = "Bogotá — “Ministerio” de Comercio firmó un acuerdo con China en 2023."


def seed(prefix: str) -> Path:
    return next(p for p in SEED_FILES if p.name.startswith(prefix))


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def texts(text: str, language: str = "en") -> list[str]:
    sentences = split_sentences(text, language)
    assert_slices(text, sentences)
    return [s.text for s in sentences]


def assert_slices(text: str, sentences: list[Sentence]) -> None:
    assert [s.index for s in sentences] == list(range(len(sentences)))
    previous_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end


# --------------------------------------------------------------------------- encodings


def test_documents_reads_utf8(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, "a.txt", ES)) == (ES, "utf-8")


def test_documents_reads_utf8_with_bom(tmp_path: Path) -> None:
    text, encoding = read_text(write(tmp_path, "a.txt", codecs.BOM_UTF8 + ES.encode()))
    assert (text, encoding) == (ES, "utf-8-sig")


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    ],
)
def test_documents_reads_utf16_and_utf32_with_bom(tmp_path: Path, bom: bytes, codec: str, name: str) -> None:
    assert read_text(write(tmp_path, "a.txt", bom + ES.encode(codec))) == (ES, name)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (ES, "utf-16-le"),
        (ES, "utf-16-be"),
        ("وقعت الصين والبرازيل اتفاقيات جديدة في مجال الطاقة.", "utf-16-le"),
    ],
)
def test_documents_reads_utf16_without_bom(tmp_path: Path, text: str, codec: str) -> None:
    assert read_text(write(tmp_path, "a.txt", text.encode(codec))) == (text, codec)


def test_documents_reads_cp1252(tmp_path: Path) -> None:
    for text in ("Bogotá — “Ministerio”", "A cooperação entre o Brasil e a China avançou em março."):
        assert read_text(write(tmp_path, "a.txt", text.encode("cp1252"))) == (text, "cp1252")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("وثيقة سياسة الصين تجاه أمريكا اللاتينية ومنطقة البحر الكاريبي", "cp1256"),
        ("中国与拉丁美洲的合作不断深化，双方签署了多项协议。", "gb18030"),
    ],
)
def test_documents_reads_legacy_arabic_and_chinese_encodings(tmp_path: Path, text: str, codec: str) -> None:
    assert read_text(write(tmp_path, "a.txt", text.encode(codec))) == (text, codec)


def test_documents_reads_utf8_cut_inside_last_character(tmp_path: Path) -> None:
    data = (ES * 2).encode() + "ó".encode()[:1]
    text, encoding = read_text(write(tmp_path, "a.txt", data))
    assert encoding == "utf-8"
    assert text.startswith(ES + ES)


def test_documents_refuses_png_as_binary(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
    path = write(tmp_path, "picture.txt", png)
    with pytest.raises(DocumentError) as info:
        read_text(path)
    assert "binary" in info.value.problem and "PNG" in info.value.problem
    assert info.value.path == str(path)
    assert ".txt" in info.value.fix


def test_documents_refuses_pdf_with_pdftotext_hint(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as info:
        read_text(write(tmp_path, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert "binary" in info.value.problem and "PDF" in info.value.problem
    assert "pdftotext" in info.value.fix


def test_documents_refuses_nul_bytes_and_garbage(tmp_path: Path) -> None:
    for data in (b"abc\x00\x00\x01\x02\xff\xfe\x00\x10" * 20, bytes(range(1, 256)) * 8):
        with pytest.raises(DocumentError, match="binary"):
            read_text(write(tmp_path, "blob.txt", data))


@pytest.mark.parametrize(
    "data", [b"", b"  \n\t\r\n", codecs.BOM_UTF8 + b"\n", "\u00a0\u3000\u200b\n".encode()]
)
def test_documents_refuses_empty_document(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(DocumentError) as info:
        read_text(write(tmp_path, "empty.txt", data))
    assert info.value.problem == "empty document"
    assert info.value.fix == "remove it or add its text"


def test_documents_refuses_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(DocumentError, match="directory"):
        read_text(tmp_path)
    with pytest.raises(DocumentError, match="directory"):
        load_document(tmp_path)


def test_documents_refuses_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_BYTES", 16)
    with pytest.raises(DocumentError) as info:
        read_text(write(tmp_path, "big.txt", ES))
    assert "too large" in info.value.problem and "split" in info.value.fix


def test_documents_refuses_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", ES)

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(DocumentError) as info:
        read_text(path)
    assert "permission" in info.value.problem and info.value.fix


def test_documents_error_messages_are_one_line(tmp_path: Path) -> None:
    errors: list[DocumentError] = []
    for name, data in [("a.txt", b""), ("b.txt", b"%PDF-1.4"), ("c.txt", b"\x89PNG\r\n\x1a\n")]:
        with pytest.raises(DocumentError) as info:
            read_text(write(tmp_path, name, data))
        errors.append(info.value)
    with pytest.raises(DocumentError) as info:
        read_text(tmp_path / "nope.txt")
    errors.append(info.value)
    for error in errors:
        message = str(error)
        assert "\n" not in message and error.problem in message and error.fix in message


# --------------------------------------------------------------------------- discovery


def test_documents_discover_walks_folders_sorted_skipping_hidden(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.HTM", ".hidden.txt", ".git/e.txt",
                 "sub/.cache/f.txt", "image.png", "notes.docx"]:
        write(root, name, ES)
    files, errors = discover([root])
    assert errors == []
    found = [p.relative_to(root).as_posix() for p in files]
    assert found == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.HTM"]
    assert all(str(p).startswith(str(root)) for p in files)


def test_documents_discover_reports_missing_paths(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ES)
    files, errors = discover([tmp_path / "missing.txt", good])
    assert files == [good]
    assert len(errors) == 1 and errors[0].path == str(tmp_path / "missing.txt")


def test_documents_discover_keeps_explicit_text_files_and_reports_binary_ones(tmp_path: Path) -> None:
    readme = write(tmp_path, "README", ES)
    hidden = write(tmp_path, ".notes.txt", ES)
    pdf = write(tmp_path, "paper.pdf", b"%PDF-1.5\n")
    picture = write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    files, errors = discover([readme, hidden, pdf, picture])
    assert files == [readme, hidden]
    assert [e.path for e in errors] == [str(pdf), str(picture)]
    assert "pdftotext" in errors[0].fix and "PNG" in errors[1].problem


def test_documents_discover_lists_a_file_once(tmp_path: Path) -> None:
    path = write(tmp_path, "docs/a.txt", ES)
    files, errors = discover([path, tmp_path / "docs", path])
    assert files == [path] and errors == []


# --------------------------------------------------------------------------- HTML and Markdown

HTML = """<!DOCTYPE html>
<html><head><title> China and Peru sign
  port deal | Example News </title>
<meta property="article:published_time" content="2024-11-14T09:30:00+08:00">
<style>body { color: red } .SECRET_STYLE { display: none }</style>
<script>var tracking = "SECRET_SCRIPT";</script></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>China and Peru sign port deal</h1>
<p>LIMA &mdash; China&nbsp;and Peru signed an agreement on the Chancay port on Thursday. The deal
covers <b>logistics</b>.</p>
<p>Cosco Shipping Ports Ltd. holds 60%.<br>The rest belongs to Volcan.</p>
<ul><li>First item</li><li>Second item</li></ul>
<noscript>SECRET_NOSCRIPT</noscript><template><p>SECRET_TEMPLATE</p></template>
<script type="application/ld+json">{"headline": "SECRET_JSON"}</script>
</article></body></html>
"""


def test_documents_html_keeps_visible_text_only(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "page.html", HTML))
    assert "SECRET" not in doc.text and "tracking" not in doc.text and "color" not in doc.text
    assert doc.title == "China and Peru sign port deal | Example News"
    assert doc.date == "2024-11-14"
    assert doc.language == "en"
    assert "China and Peru signed an agreement" in doc.text  # &nbsp; became a plain space
    assert "covers logistics." in doc.text
    assert "Ltd. holds 60%.\nThe rest belongs to Volcan." in doc.text  # <br> is a line break
    assert "First item\n\nSecond item" in doc.text  # blocks are paragraphs
    sentences = [s.text for s in doc.sentences]
    assert "Cosco Shipping Ports Ltd. holds 60%." in sentences
    assert "First item" in sentences and "Second item" in sentences
    assert_slices(doc.text, list(doc.sentences))


def test_documents_html_title_from_h1_and_date_from_time(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Foro China-CELAC</h1><time datetime='2023-06-10'>10 de junio</time><p>El foro "
        "reunió a los ministros de Relaciones Exteriores de la región en Brasilia.</p></body></html>"
    )
    doc = load_document(write(tmp_path, "foro.htm", page))
    assert (doc.title, doc.date, doc.language) == ("Foro China-CELAC", "2023-06-10", "es")


def test_documents_html_recognised_by_content(tmp_path: Path) -> None:
    page = (
        "\n<!doctype html><html><head><meta name='date' content='2022-03-01'></head><body><script>SECRET()"
        "</script><p>Brazil and China agreed to expand soybean trade this year.</p></body></html>"
    )
    doc = load_document(write(tmp_path, "saved.txt", page))
    assert doc.text == "Brazil and China agreed to expand soybean trade this year."
    assert doc.date == "2022-03-01"


def test_documents_markdown_becomes_plain_text(tmp_path: Path) -> None:
    md = (
        "# Xi visits *Brazil*\n\n"
        "Published on **10 de junio de 2023** by [Xinhua](https://xinhua.net/a_(b)).\n\n"
        "## Background ##\n\n"
        "The visit follows the [BRICS summit](http://example.org \"title\"). Trade was `US$ 150 bn`.\n"
        "- first_item with snake_case\n"
        "- second item\n"
    )
    doc = load_document(write(tmp_path, "note.md", md))
    assert doc.title == "Xi visits Brazil"
    assert doc.date == "2023-06-10"
    for marker in ("#", "**", "](", "`", "*Brazil*"):
        assert marker not in doc.text
    assert "Published on 10 de junio de 2023 by Xinhua." in doc.text
    assert "first_item with snake_case" in doc.text
    assert [s.text for s in doc.sentences] == [
        "Xi visits Brazil",
        "Published on 10 de junio de 2023 by Xinhua.",
        "Background",
        "The visit follows the BRICS summit.",
        "Trade was US$ 150 bn.",
        "- first_item with snake_case",
        "- second item",
    ]


def test_documents_markdown_front_matter_gives_title_and_date(tmp_path: Path) -> None:
    md = '---\ntitle: "Lula en Pekín"\ndate: 2023-04-14\ntags: [china]\n---\n\n'
    md += "# Otra cosa\n\nLula se reunió con Xi."
    doc = load_document(write(tmp_path, "lula.md", md))
    assert (doc.title, doc.date) == ("Lula en Pekín", "2023-04-14")
    assert doc.text == "Otra cosa\n\nLula se reunió con Xi."


# --------------------------------------------------------------------------- normalization


def test_documents_normalize_spaces_and_invisible_characters() -> None:
    raw = (
        "\ufeffChina\u00a0y\u3000Brasil\u202fsignaron\u2009el\u200b acuerdo.  Fin   aquí.\r\n"
        "Cafe\u0301 con\u200cleche \t \r\n\r\n\r\n\r\n\r\n\r\n"
        "北京，2023年6月8日。中国、巴西·合作（试点）“好”。  \n"
    )
    assert normalize(raw) == (
        "China y Brasil signaron el acuerdo. Fin aquí.\n"
        "Café con\u200cleche\n\n\n"
        "北京，2023年6月8日。中国、巴西·合作（试点）“好”。"
    )


def test_documents_normalize_is_idempotent() -> None:
    for path in SEED_FILES:
        once = normalize(path.read_text(encoding="utf-8"))
        assert normalize(once) == once


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("China and Brazil signed new agreements on energy and infrastructure during the visit.", "en"),
        ("China y Brasil firmaron nuevos acuerdos de energía e infraestructura durante la visita.", "es"),
        ("China e Brasil assinaram novos acordos de energia e infraestrutura durante a visita.", "pt"),
        ("وقعت الصين والبرازيل اتفاقيات جديدة في مجالات الطاقة والبنية التحتية خلال الزيارة.", "ar"),
        ("中国和巴西在访问期间签署了能源和基础设施领域的新协议。", "zh"),
        ("La Chine et le Brésil ont signé de nouveaux accords sur l'énergie pendant la visite.", "fr"),
    ],
)
def test_documents_detects_language_of_short_paragraphs(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_documents_language_undetermined_for_tiny_text() -> None:
    for text in ("", "Huawei", "2023-06-08 12:00", "— · —"):
        assert detect_language(text) == "und"


def test_documents_machine_translated_english_stays_english() -> None:
    text = normalize(seed("000").read_text(encoding="utf-8"))
    assert "、" in text and "。" in text
    assert detect_language(text) == "en"


# --------------------------------------------------------------------------- sentences


def test_documents_sentences_keep_abbreviations_initials_and_numbers() -> None:
    text = (
        "Mr. Li met Dr. Rousseff and Prof. A. Smith at the U.S. Embassy in Brasília. "
        "They signed deals worth 3.5 billion, i.e. 2.800 million reais, e.g. for No. 4 port. "
        "Sales rose in 2014. The Sra. Pérez and Gen. Ortega agreed."
    )
    assert texts(text) == [
        "Mr. Li met Dr. Rousseff and Prof. A. Smith at the U.S. Embassy in Brasília.",
        "They signed deals worth 3.5 billion, i.e. 2.800 million reais, e.g. for No. 4 port.",
        "Sales rose in 2014.",
        "The Sra. Pérez and Gen. Ortega agreed.",
    ]


def test_documents_sentences_keep_company_suffixes() -> None:
    text = (
        "Huawei Technologies Co., Ltd. opened an office in Lima. China Harbour Co. Ltd. built it. "
        "The contract went to Sinohydro Corp. The company hired 2,000 workers."
    )
    assert texts(text) == [
        "Huawei Technologies Co., Ltd. opened an office in Lima.",
        "China Harbour Co. Ltd. built it.",
        "The contract went to Sinohydro Corp.",
        "The company hired 2,000 workers.",
    ]


def test_documents_sentences_period_comma_artefact_does_not_split() -> None:
    text = "The two sides have cooperated in various fields.,Especially in transport. Trade grew."
    assert texts(text) == [
        "The two sides have cooperated in various fields.,Especially in transport.",
        "Trade grew.",
    ]


def test_documents_sentences_cjk_stops_split_without_space() -> None:
    text = "The forum was held in Macao。12 ministers were discussed.。More than 100 delegates came.。"
    assert texts(text) == [
        "The forum was held in Macao。",
        "12 ministers were discussed.。",
        "More than 100 delegates came.。",
    ]
    assert texts("中国与巴西签署了协议。双方同意加强合作！这是真的吗？是的；很好。", "zh") == [
        "中国与巴西签署了协议。",
        "双方同意加强合作！",
        "这是真的吗？",
        "是的；很好。",
    ]


def test_documents_sentences_mid_sentence_line_break_is_a_space() -> None:
    text = "The agreement was signed by Brazil\nand China in 2023. It covers energy."
    assert texts(text) == ["The agreement was signed by Brazil\nand China in 2023.", "It covers energy."]


def test_documents_sentences_headings_lists_and_paragraphs() -> None:
    text = (
        "Cooperation Forum\nThe forum opened on Monday. It ended on Friday\n\n"
        "the next paragraph has no final stop\n\n"
        "Key points:\n• Brazil signed twelve agreements with\nPeru and Chile\n• Peru joined the initiative\n"
        "1. Introduction\n2. Methods and data\nThe study covers 2015 to 2020."
    )
    assert texts(text) == [
        "Cooperation Forum",
        "The forum opened on Monday.",
        "It ended on Friday",
        "the next paragraph has no final stop",
        "Key points:",
        "• Brazil signed twelve agreements with\nPeru and Chile",
        "• Peru joined the initiative",
        "1. Introduction",
        "2. Methods and data",
        "The study covers 2015 to 2020.",
    ]


def test_documents_sentences_spanish_portuguese_and_arabic_punctuation() -> None:
    spanish = "El Sr. Pérez llegó a Bogotá. ¿Qué firmó? ¡Un acuerdo con la Cía. Minera S.A. de Chile!"
    assert texts(spanish, "es") == [
        "El Sr. Pérez llegó a Bogotá.",
        "¿Qué firmó?",
        "¡Un acuerdo con la Cía. Minera S.A. de Chile!",
    ]
    assert texts("A Petrobras S.A. A empresa assinou; o governo aprovou. Fim.", "pt") == [
        "A Petrobras S.A.",
        "A empresa assinou; o governo aprovou.",
        "Fim.",
    ]
    assert texts("قال الوزير إن التعاون مستمر. وأضاف أن الصين شريك مهم؟ نعم!", "ar") == [
        "قال الوزير إن التعاون مستمر.",
        "وأضاف أن الصين شريك مهم؟",
        "نعم!",
    ]


def test_documents_sentences_quotes_stay_with_their_sentence() -> None:
    assert texts('He said "Done." Then he left. "Really?" she asked.') == [
        'He said "Done."',
        "Then he left.",
        '"Really?" she asked.',
    ]


def test_documents_sentences_runaway_sentence_is_cut_at_a_comma() -> None:
    clause = "China and the countries of Latin America have deepened their cooperation in trade"
    text = ", ".join([clause] * 60) + "."
    sentences = split_sentences(text, "en")
    assert_slices(text, sentences)
    assert len(sentences) >= 3
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(s.text.endswith((",", ".")) for s in sentences)


def test_documents_sentences_foreign_script_paragraph_gets_its_own_language() -> None:
    text = (
        "China and Brazil signed a new agreement on energy.\n\n"
        "وقعت الصين والبرازيل اتفاقية جديدة في مجال الطاقة.\n\n"
        "中国和巴西签署了新的能源协议。"
    )
    assert [(s.language, s.text[:5]) for s in split_sentences(text, "en")] == [
        ("en", "China"),
        ("ar", "وقعت "),
        ("zh", "中国和巴西"),
    ]


def test_documents_sentences_of_empty_or_punctuation_only_text() -> None:
    assert split_sentences("", "en") == []
    assert split_sentences("\n\n  \n", "en") == []
    assert split_sentences("* * *\n\n—", "en") == []


# --------------------------------------------------------------------------- title and date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("June 08, 2023", "2023-06-08"),
        ("8 June 2023", "2023-06-08"),
        ("2023-07-03", "2023-07-03"),
        ("creation date:2023-07-03", "2023-07-03"),
        ("2023年6月8日", "2023-06-08"),
        ("10 de junio de 2023", "2023-06-10"),
        ("10 de junho de 2023", "2023-06-10"),
        ("1er juin 2023", "2023-06-01"),
        ("تاريخ النشر: 10ديسمبر 2025", "2025-12-10"),
        ("10 ديسمبر 2025", "2025-12-10"),
        ("١٠ ديسمبر ٢٠٢٥", "2025-12-10"),
        ("Published: June 2023", "2023-06"),
        ("2023年6月", "2023-06"),
        ("2021", "2021"),
        ("BEIJING, March 3rd, 2021 (Xinhua) -- China and Argentina agreed to expand trade.", "2021-03-03"),
        ("Publicado em 10/06/2023", "2023-06-10"),
        ("发布时间：2023年5月", "2023-05"),
        ("In 2019 the ministers met again", None),
        ("The candidate from 2019 lost in March 2020 and an update came later that year, as reported.", None),
        ("February 30, 2023", None),
    ],
)
def test_documents_finds_dates_near_the_top(line: str, date: str | None) -> None:
    assert find_title_and_date(f"A title for the report\n\n{line}\n\nBody text follows here.") == (
        "A title for the report",
        date,
    )


def test_documents_title_skips_date_and_boilerplate_lines() -> None:
    text = "Home\n\nJune 8, 2023\n\n  Xi meets Lula in Beijing  \n\nThe two leaders met on Friday."
    assert find_title_and_date(text) == ("Xi meets Lula in Beijing", "2023-06-08")
    assert find_title_and_date("x" * 301 + "\n\nMore.") == (None, None)
    assert find_title_and_date("") == (None, None)
    # A long unspaced first line (Chinese without punctuation) is no year line, and is seen to be none at once.
    assert find_title_and_date("中" * 250 + "\n\n2021") == ("中" * 250, "2021")


def test_documents_dates_in_body_prose_are_not_the_document_date() -> None:
    body = "Since 2012 the two countries have signed many agreements and grown trade. " * 6
    text = f"A history of relations\n\n{body}\n\nIn November 2008, on November 5, 2008, a paper appeared."
    assert find_title_and_date(text) == ("A history of relations", None)


# --------------------------------------------------------------------------- seeds


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_documents_seed_sentences_slice_back_exactly(path: Path) -> None:
    doc = load_document(path)
    assert doc.sentences
    assert_slices(doc.text, list(doc.sentences))
    assert all(len(s.text) <= MAX_SENTENCE for s in doc.sentences)
    assert all(s.language == doc.language for s in doc.sentences)
    assert doc.text == normalize(doc.text)


@pytest.mark.parametrize(
    ("prefix", "language", "date"),
    [("000", "en", "2023-06-08"), ("001", "en", None), ("002", "en", "2023-07-03"), ("003", "en", None),
     ("004", "ar", "2025-12-10")],
)
def test_documents_seed_language_and_date(prefix: str, language: str, date: str | None) -> None:
    doc = load_document(seed(prefix))
    assert (doc.language, doc.date) == (language, date)
    assert doc.title


def test_documents_seed_titles() -> None:
    assert (load_document(seed("000")).title or "").startswith("Thematic Event of the 9th China-Latin")
    assert load_document(seed("004")).title == "وثيقة سياسة الصين تجاه أمريكا اللاتينية ومنطقة البحر الكاريبي"


def test_documents_seed_sentence_traps() -> None:
    sentences = [s.text for s in load_document(seed("000")).sentences]
    assert any(s.endswith("Successfully Held in Macao。") for s in sentences)
    assert any(s.startswith("12 ministerial-level heads") for s in sentences)
    assert any(s.startswith("More than 100 Chinese and foreign delegates") for s in sentences)
    assert not any(s.startswith(",") for s in sentences)
    names = [s.text for s in load_document(seed("002")).sentences]
    assert "Speech by Ms. Liu Beimin" in names
    assert any(s.startswith("Mr. Chen Jianfeng (Vice President of Shanghai Business School)") for s in names)


# --------------------------------------------------------------------------- documents


def test_documents_document_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "sub/news.txt", codecs.BOM_UTF8 + f"Title line\r\n\r\n{ES}\r\n".encode())
    doc = load_document(path)
    digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert (doc.id, doc.sha256) == (digest[:16], digest)
    assert (doc.path, doc.name, doc.encoding) == (str(path), "news.txt", "utf-8-sig")
    assert doc.text == f"Title line\n\n{ES}"
    assert (doc.title, doc.language) == ("Title line", "es")
    assert [s.text for s in doc.sentences] == ["Title line", ES]


def test_documents_load_documents_never_raises_for_bad_files(tmp_path: Path) -> None:
    good = write(tmp_path, "in/a.txt", ES)
    write(tmp_path, "in/b.txt", b"")
    write(tmp_path, "in/c.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, "in/d.html", "<html><script>only()</script></html>")
    docs, errors = load_documents([tmp_path / "in", tmp_path / "missing"])
    assert [d.path for d in docs] == [str(good)]
    assert sorted(Path(e.path).name for e in errors) == ["b.txt", "c.txt", "d.html", "missing"]
    assert all(isinstance(e, DocumentError) and "\n" not in str(e) for e in errors)


def test_documents_load_documents_dedupes_identical_text(tmp_path: Path) -> None:
    first = write(tmp_path, "in/a.txt", ES)
    write(tmp_path, "in/b.txt", codecs.BOM_UTF16_LE + (ES + "\r\n").encode("utf-16-le"))
    other = write(tmp_path, "in/c.txt", ES + " Otro.")
    docs, errors = load_documents([tmp_path / "in"])
    assert errors == []
    assert [d.path for d in docs] == [str(first), str(other)]
