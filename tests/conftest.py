"""Shared fixtures. Tests never read ../shared: the seeds and gold live in the project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "eval" / "gold"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):
    """The seed corpus built once per test session: (output folder, BuildReport)."""
    from graph.build import build

    out = tmp_path_factory.mktemp("seed-build") / "out"
    report = build([SEEDS], out)
    return out, report


@pytest.fixture(scope="session")
def seed_store(seed_build):
    from graph.store import GraphStore

    return GraphStore.open(seed_build[0])


@pytest.fixture
def write_doc(tmp_path: Path):
    """Write a hand-written document and return its path."""

    def write(name: str, text: str | bytes) -> Path:
        p = tmp_path / "docs" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            p.write_bytes(text)
        else:
            p.write_text(text, encoding="utf-8")
        return p

    return write


@pytest.fixture
def extract_text():
    """Run the whole extraction pipeline on a hand-written English (or other) text."""
    from graph.documents import detect_language, normalize, split_sentences
    from graph.pipeline import extract
    from graph.records import Document

    def run(text: str, language: str | None = None):
        import hashlib

        text = normalize(text)
        lang = language or detect_language(text)
        digest = hashlib.sha256(text.encode()).hexdigest()
        doc = Document(
            id=digest[:16], path="<test>", name="test.txt", text=text, sha256=digest, language=lang,
            encoding="utf-8", sentences=tuple(split_sentences(text, lang)),
        )
        return extract(doc)

    return run


def _copy_seeds(dest: Path, names: list[str] | None = None) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for p in sorted(SEEDS.iterdir()):
        if names is None or p.name in names:
            shutil.copy(p, dest / p.name)
    return dest


@pytest.fixture
def copy_seeds():
    """Copy (some of) the seed documents into a folder of the test's own."""
    return _copy_seeds
