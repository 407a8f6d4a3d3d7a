"""Right-to-left and CJK text passes through every output intact: Turtle, CSV, the table, the HTML view."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from graph.build import build
from graph.cli import main

DOCS = {
    "ar.txt": (
        "التقى الرئيس الصيني شي جين بينغ مع رئيس البرازيل في بكين. "
        "انضمت الأرجنتين إلى مبادرة الحزام والطريق في عام 2022.\n"
    ),
    "zh.txt": "国家主席习近平在北京会见巴西总统，双方签署了共建一带一路合作文件。\n",
    "en.txt": "President Xi Jinping met the President of Brazil in Beijing to discuss the Belt and Road Initiative.\n",
}


def _build(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([docs], out)
    return out


def test_multilingual_outputs_keep_arabic_and_chinese(tmp_path: Path) -> None:
    out = _build(tmp_path)
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert '"البرازيل"@ar' in ttl and '"巴西"@zh' in ttl and '"Brazil"@en' in ttl
    assert ttl.count("clkr:country/BR a clkg:Country") + ttl.count("<https://w3id.org/clkg/resource/country/BR> a") <= 1
    runner = CliRunner()
    q = (
        'SELECT ?l WHERE { <https://w3id.org/clkg/resource/country/BR> rdfs:label ?l '
        'FILTER(LANG(?l) IN ("ar", "zh")) } ORDER BY ?l'
    )
    table = runner.invoke(main, ["query", q, "-o", str(out)])
    assert "البرازيل" in table.output and "巴西" in table.output
    as_json = json.loads(runner.invoke(main, ["query", q, "--format", "json", "-o", str(out)]).output)
    assert {b["l"]["xml:lang"] for b in as_json["results"]["bindings"]} == {"ar", "zh"}
    csv_out = runner.invoke(main, ["export", "--format", "csv", "-o", str(out)]).stdout_bytes.decode("utf-8")
    assert "Belt and Road Initiative" in csv_out and "انضمت الأرجنتين" in csv_out
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "البرازيل" in html and "巴西" in html
    assert 'dir="auto"' in html


def test_multilingual_outputs_one_country_node_whatever_the_language(tmp_path: Path) -> None:
    out = _build(tmp_path)
    runner = CliRunner()
    rows = runner.invoke(
        main,
        ["query", "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?c clkg:isoCode \"BR\" ; clkg:mentionedIn ?d }",
         "--format", "csv", "-o", str(out)],
    ).output.splitlines()
    assert rows[1] == "3"


def test_multilingual_outputs_one_person_node_for_chinese_and_english(tmp_path: Path) -> None:
    """习近平 in a Chinese document gets its pinyin form, so the English document's Xi Jinping is the same node."""
    out = _build(tmp_path)
    runner = CliRunner()
    rows = runner.invoke(
        main,
        ["query", "SELECT ?p (COUNT(DISTINCT ?d) AS ?n) WHERE { ?p a clkg:Person ; rdfs:label|skos:altLabel "
         "\"习近平\"@zh ; clkg:mentionedIn ?d } GROUP BY ?p", "--format", "csv", "-o", str(out)],
    ).output.splitlines()
    assert len(rows) == 2 and rows[1].endswith(",2"), rows
