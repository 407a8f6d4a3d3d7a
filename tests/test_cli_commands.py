"""The command line, end to end, with click's CliRunner."""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from graph.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _png_bytes() -> bytes:
    raw = b"\x00\xff\x00\x00"
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def test_cli_build_writes_turtle_html_and_store(runner: CliRunner, tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(seeds_dir), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").stat().st_size > 1000
    assert (out / "graph.html").stat().st_size > 1000
    assert (out / "store").is_dir()
    assert "documents: 5 in graph" in result.output
    assert "entities:" in result.output and "seconds:" in result.output


def test_cli_build_bad_inputs_are_reported_and_the_rest_is_built(
    runner: CliRunner, tmp_path: Path, copy_seeds
) -> None:
    docs = copy_seeds(tmp_path / "docs", ["002_7cbf414959a995a8.txt"])
    (docs / "empty.txt").write_text("", encoding="utf-8")
    (docs / "picture.txt").write_bytes(_png_bytes())
    (docs / "utf16.txt").write_bytes("President Xi Jinping visited Brazil in 2024.".encode("utf-16"))
    missing = tmp_path / "nowhere.txt"
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(docs), str(missing), "--output", str(out)])
    assert result.exit_code == 3, result.output
    lines = result.output.splitlines()
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("picture.txt" in line and "binary" in line.lower() for line in lines)
    assert any("nowhere.txt" in line for line in lines)
    assert "documents: 2 in graph" in result.output  # the seed and the UTF-16 file
    g = rdflib.Graph().parse(out / "graph.ttl")
    assert (None, rdflib.RDFS.label, rdflib.Literal("utf16.txt")) in g


def test_cli_build_with_no_readable_document_exits_8(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "empty.md").write_text("  \n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path / "d"), "--output", str(tmp_path / "out")])
    assert result.exit_code == 8


def test_cli_query_formats(runner: CliRunner, seed_build) -> None:
    out = str(seed_build[0])
    q = "SELECT ?c ?iso WHERE { ?c a clkg:Country ; clkg:isoCode ?iso } ORDER BY ?iso LIMIT 3"
    table = runner.invoke(main, ["query", q, "-o", out])
    assert table.exit_code == 0 and "(3 rows)" in table.output
    csv_out = runner.invoke(main, ["query", q, "--format", "csv", "-o", out])
    assert csv_out.output.splitlines()[0] == "c,iso"
    data = json.loads(runner.invoke(main, ["query", q, "--format", "json", "-o", out]).output)
    assert data["head"]["vars"] == ["c", "iso"] and len(data["results"]["bindings"]) == 3


def test_cli_query_from_file(runner: CliRunner, seed_build, tmp_path: Path) -> None:
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?x a clkg:Person }", encoding="utf-8")
    result = runner.invoke(main, ["query", "--file", str(q), "-o", str(seed_build[0])])
    assert result.exit_code == 0 and result.output.strip() == "true"


def test_cli_malformed_sparql_names_the_position(runner: CliRunner, seed_build) -> None:
    result = runner.invoke(main, ["query", "SELECT ?x WHERE { ?x ?p }", "-o", str(seed_build[0])])
    assert result.exit_code == 4
    assert "malformed SPARQL" in result.output and "line 1" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_query_without_build_says_how_to_fix(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["query", "ASK {}", "-o", str(tmp_path / "none")])
    assert result.exit_code == 5 and "clkg build" in result.output


@pytest.mark.parametrize(
    ("fmt", "fmt_check"),
    [
        ("turtle", lambda data: ox.parse(data, format=ox.RdfFormat.TURTLE)),
        ("nt", lambda data: ox.parse(data, format=ox.RdfFormat.N_TRIPLES)),
        ("trig", lambda data: ox.parse(data, format=ox.RdfFormat.TRIG)),
        ("nquads", lambda data: ox.parse(data, format=ox.RdfFormat.N_QUADS)),
        ("jsonld", lambda data: ox.parse(data, format=ox.RdfFormat.JSON_LD)),
        ("graphml", lambda data: __import__("networkx").read_graphml(__import__("io").BytesIO(data))),
        ("csv", lambda data: data.decode().splitlines()[0].startswith("subject,")),
    ],
)
def test_cli_export_formats_parse(runner: CliRunner, seed_build, tmp_path: Path, fmt, fmt_check) -> None:
    dest = tmp_path / f"g.{fmt}"
    result = runner.invoke(main, ["export", "--format", fmt, "--to", str(dest), "-o", str(seed_build[0])])
    assert result.exit_code == 0, result.output
    data = dest.read_bytes()
    parsed = fmt_check(data)
    assert parsed is not False
    if fmt in ("turtle", "nt", "trig", "nquads", "jsonld"):
        assert len(list(parsed)) > 100


def test_cli_export_unknown_format_lists_the_known_ones(runner: CliRunner, seed_build) -> None:
    result = runner.invoke(main, ["export", "--format", "xlsx", "-o", str(seed_build[0])])
    assert result.exit_code == 2
    assert "unknown export format 'xlsx'" in result.output and "turtle" in result.output


def test_cli_trig_export_has_one_named_graph_per_document(runner: CliRunner, seed_build) -> None:
    result = runner.invoke(main, ["export", "--format", "trig", "-o", str(seed_build[0])])
    ds = list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.TRIG))
    graphs = {str(q.graph_name) for q in ds if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert len(graphs) == 5
    assert all("/document/" in g for g in graphs)


def test_cli_stats_and_validate(runner: CliRunner, seed_build) -> None:
    out = str(seed_build[0])
    stats = runner.invoke(main, ["stats", "-o", out])
    assert stats.exit_code == 0 and "Country" in stats.output and "documents" in stats.output
    valid = runner.invoke(main, ["validate", "-o", out])
    assert valid.exit_code == 0, valid.output
    assert "conforms" in valid.output


def test_cli_extract_shows_extractor_and_confidence(runner: CliRunner, write_doc) -> None:
    doc = write_doc(
        "note.txt",
        "Wang Hai, Vice Minister of the Ministry of Transport of Peru, attended the 3rd China-Peru "
        "Port Cooperation Forum held in Lima.",
    )
    result = runner.invoke(main, ["extract", str(doc)])
    assert result.exit_code == 0, result.output
    assert "[Person] 'Wang Hai'" in result.output
    assert re.search(r"\(people, 0\.\d\d\)", result.output), result.output
    assert "--affiliatedWith-->" in result.output
    js = runner.invoke(main, ["extract", str(doc), "--json"])
    records = json.loads(js.output)
    assert {e["cls"] for e in records["entities"]} >= {"Person", "Country", "GovernmentBody", "Event"}


def test_cli_explain_prints_facts_with_sentences(runner: CliRunner, seed_build) -> None:
    result = runner.invoke(main, ["explain", "Huawei", "-o", str(seed_build[0])])
    assert result.exit_code == 0, result.output
    assert "--basedIn--> China" in result.output
    assert "000_c867616b6df744d9.txt [" in result.output


def test_cli_explain_unknown_entity_suggests(runner: CliRunner, seed_build) -> None:
    result = runner.invoke(main, ["explain", "Hwawei", "-o", str(seed_build[0])])
    assert result.exit_code == 1 and "did you mean" in result.output and "Huawei" in result.output


def test_cli_export_turtle_is_graph_ttl(runner: CliRunner, seed_build) -> None:
    out = seed_build[0]
    result = runner.invoke(main, ["export", "--format", "turtle", "-o", str(out)])
    assert result.stdout_bytes == (out / "graph.ttl").read_bytes()
