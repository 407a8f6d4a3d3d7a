"""Reviewable decisions: the file, the commands that write it, and that no rebuild loses one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import RDF, RDFS, SKOS

from graph.build import build, fingerprint
from graph.cli import main
from graph.decisions import Decision, Side, load_decisions, name_key, record, save_decisions
from graph.errors import ClkgError

CLKG = rdflib.Namespace("https://w3id.org/clkg/ontology#")

DOCS = {
    "huawei.txt": "Chen Wei, Vice President of Huawei, said the company would expand in Chile.",
    "sbs.txt": "Chen Wei, Dean of Shanghai Business School, welcomed the delegation from Peru.",
    "santiago.txt": "The Second Ministerial Conference of the China-CELAC Forum was held in Santiago in 2018.",
    "declaration.txt": "The Second Ministerial Conference of the Forum of China and Latin America and the Caribbean "
                       "adopted the Santiago Declaration.",
}
CONFERENCE = "Second Ministerial Conference of the China-CELAC Forum"
CONFERENCE_2 = "Second Ministerial Conference of the Forum of China and Latin America and the Caribbean"


@pytest.fixture
def corpus(write_doc) -> Path:  # type: ignore[no-untyped-def]
    for name, text in DOCS.items():
        path = write_doc(name, text)
    return path.parent


def nodes(out: Path, cls: str, label: str) -> set[str]:
    """The nodes of class ``cls`` with ``label`` as rdfs:label or skos:altLabel."""
    g = rdflib.Graph().parse(out / "graph.ttl")
    found = set()
    for s in g.subjects(RDF.type, CLKG[cls]):
        if any(str(o) == label for p in (RDFS.label, SKOS.altLabel) for o in g.objects(s, p)):
            found.add(str(s))
    return found


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


# --- the file ------------------------------------------------------------------------------------


def test_decisions_file_is_sorted_one_line_per_pair_and_later_wins(tmp_path: Path) -> None:
    path = tmp_path / "decisions.tsv"
    record(path, Decision("merge", "Organization", Side("org:powerchina"), Side("china electric power"), "t1"))
    record(path, Decision("split", "Person", Side("chen wei", ("c867616b6df744d9",)), Side("chen wei",
                                                                                     ("7cbf414959a995a8",)), "t2"))
    record(path, Decision("split", "Organization", Side("china electric power"), Side("org:powerchina"), "t3"))
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert len(lines) == 2
    assert lines == sorted(lines, key=lambda ln: (ln.split("\t")[1], ln.split("\t")[2], ln.split("\t")[3]))
    decisions = load_decisions(path)
    org = next(d for d in decisions if d.family == "Organization")
    assert (org.judgement, org.left.text(), org.right.text()) == ("split", "china electric power", "org:powerchina")
    person = next(d for d in decisions if d.family == "Person")
    assert person.left.docs == ("7cbf414959a995a8",)
    assert "http" not in path.read_text(encoding="utf-8")


def test_malformed_decision_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "decisions.tsv"
    path.write_text("# comment\nmerge\tPerson\txi jinping\tjinping xi\nperhaps\tPerson\ta\tb\n", encoding="utf-8")
    with pytest.raises(ClkgError, match=r"decisions.tsv, line 3: judgement 'perhaps'"):
        load_decisions(path)
    assert load_decisions(tmp_path / "missing.tsv") == []
    save_decisions(path, [])
    assert load_decisions(path) == []


def test_sides_are_name_keys_or_gazetteer_keys() -> None:
    assert Side.parse("Ramón Celestino Velásquez").ref == "ramon celestino velasquez"
    assert Side.parse("org:powerchina").is_key
    assert Side.parse("chen wei @7cbf414959a995a8").docs == ("7cbf414959a995a8",)
    assert name_key("The China–CELAC Forum") == "china celac forum"
    with pytest.raises(ValueError):
        Side.parse("chen wei @not-a-document")


# --- decisions survive rebuilds --------------------------------------------------------------------


def test_merge_and_split_survive_rebuilds_and_incremental_builds(corpus: Path, tmp_path: Path, write_doc) -> None:  # type: ignore[no-untyped-def]
    out, dec = tmp_path / "out", tmp_path / "decisions.tsv"
    run("build", str(corpus), "--output", str(out), "--decisions", str(dec), "--no-html")
    assert len(nodes(out, "Person", "Chen Wei")) == 2  # different organizations: kept apart
    assert nodes(out, "Event", CONFERENCE) == nodes(out, "Event", CONFERENCE_2)  # one event, two names

    # the two Chen Weis are in review; merge them there, and split the conference by hand
    listed = json.loads(run("review", "--output", str(out), "--decisions", str(dec), "--json"))
    assert any({p["left"]["label"], p["right"]["label"]} == {"Chen Wei"} for p in listed)
    answers = "".join("y\n" if {p["left"]["label"], p["right"]["label"]} == {"Chen Wei"} else "s\n" for p in listed)
    result = CliRunner().invoke(main, ["review", "--output", str(out), "--decisions", str(dec)], input=answers)
    assert result.exit_code == 0, result.output
    shown = result.output
    assert "Chen Wei" in shown and "huawei.txt" in shown and "Vice President of Huawei" in shown
    assert "1 decision(s) recorded" in shown
    fp = fingerprint()
    run("split", CONFERENCE, CONFERENCE_2, "--output", str(out), "--decisions", str(dec))
    assert fingerprint() == fp  # the decisions are not part of the extraction fingerprint
    text = dec.read_text(encoding="utf-8")
    assert "http" not in text  # keyed by names and gazetteer keys, never by IRIs
    assert "merge\tPerson\tchen wei" in text and "split\tEvent" in text

    for _ in range(2):  # the same after every rebuild
        report = build([corpus], out, decisions=dec, render=False)
        assert report.extracted == 0  # decisions act after the extraction cache
        assert len(nodes(out, "Person", "Chen Wei")) == 1
        assert nodes(out, "Event", CONFERENCE) and nodes(out, "Event", CONFERENCE_2)
        assert nodes(out, "Event", CONFERENCE).isdisjoint(nodes(out, "Event", CONFERENCE_2))

    # a new document: only it is extracted, and the decisions still hold
    write_doc("brazil.txt", "Chen Wei, Vice President of Huawei, visited Brazil. The Second Ministerial Conference "
                            "of the China-CELAC Forum was praised.")
    report = build([corpus], out, decisions=dec, render=False)
    assert report.extracted == 1
    assert len(nodes(out, "Person", "Chen Wei")) == 1
    assert nodes(out, "Event", CONFERENCE).isdisjoint(nodes(out, "Event", CONFERENCE_2))

    # without the file, the rules alone again
    build([corpus], out, render=False)
    assert len(nodes(out, "Person", "Chen Wei")) == 2


def test_an_ambiguous_label_asks_for_the_iri_and_an_iri_side_is_limited_to_its_documents(
    corpus: Path, tmp_path: Path
) -> None:
    out, dec = tmp_path / "out", tmp_path / "decisions.tsv"
    run("build", str(corpus), "--output", str(out), "--decisions", str(dec), "--no-html")
    result = CliRunner().invoke(main, ["split", "Chen Wei", "Huawei", "--output", str(out), "--decisions", str(dec)])
    assert result.exit_code == 1 and "pass the IRI" in result.output
    a, b = sorted(nodes(out, "Person", "Chen Wei"))
    run("merge", a, b, "--output", str(out), "--decisions", str(dec))
    (d,) = load_decisions(dec)
    assert d.left.ref == d.right.ref == "chen wei" and d.left.docs and d.right.docs and d.left.docs != d.right.docs
    build([corpus], out, decisions=dec, render=False)
    assert len(nodes(out, "Person", "Chen Wei")) == 1


def test_merge_and_split_commands_need_one_class_family(corpus: Path, tmp_path: Path) -> None:
    out, dec = tmp_path / "out", tmp_path / "decisions.tsv"
    run("build", str(corpus), "--output", str(out), "--decisions", str(dec), "--no-html")
    result = CliRunner().invoke(main, ["merge", "Huawei", "Santiago Declaration", "--output", str(out),
                                       "--decisions", str(dec)])
    assert result.exit_code == 2 and "class family" in result.output
    result = CliRunner().invoke(main, ["merge", "Huawei", "Nowhere Inc", "--output", str(out), "--decisions", str(dec)])
    assert result.exit_code == 1 and "no entity" in result.output
    iri = next(iter(nodes(out, "Company", "Huawei")))
    shown = run("merge", iri, "Shanghai Business School", "--output", str(out), "--decisions", str(dec))
    assert "merge\tOrganization\torg:huawei\tshanghai business school" in shown
    assert run("decisions", "--output", str(out), "--decisions", str(dec)).count("applies") == 1


def test_review_lists_and_quits(corpus: Path, tmp_path: Path) -> None:
    out, dec = tmp_path / "out", tmp_path / "decisions.tsv"
    run("build", str(corpus), "--output", str(out), "--decisions", str(dec), "--no-html")
    listed = run("review", "--output", str(out), "--decisions", str(dec), "--list")
    assert "score" in listed and "Chen Wei" in listed and "documents:" in listed
    result = CliRunner().invoke(main, ["review", "--output", str(out), "--decisions", str(dec)], input="q\n")
    assert result.exit_code == 0 and "0 decision(s) recorded" in result.output
    assert not dec.exists()
    result = CliRunner().invoke(main, ["review", "--output", str(out), "--decisions", str(dec)], input="n\nq\n")
    assert "recorded: split" in result.output
    assert load_decisions(dec)[0].judgement == "split"
    missing = CliRunner().invoke(main, ["review", "--output", str(tmp_path / "nothing")])
    assert missing.exit_code == 5


def test_build_reads_decisions_tsv_in_the_working_directory_by_default(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    cwd = tmp_path / "work"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    save_decisions(Path(cwd, "decisions.tsv"), [
        Decision("split", "Event", Side(name_key(CONFERENCE)), Side(name_key(CONFERENCE_2)))])
    result = runner.invoke(main, ["build", str(corpus), "--output", "out", "--no-html"])
    assert result.exit_code == 0, result.output
    assert nodes(Path(cwd, "out"), "Event", CONFERENCE).isdisjoint(nodes(Path(cwd, "out"), "Event", CONFERENCE_2))
    help_text = runner.invoke(main, ["build", "--help"]).output
    assert "--decisions" in help_text
