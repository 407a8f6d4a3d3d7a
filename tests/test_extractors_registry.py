"""Every registered extractor, tested by default: a new one is covered as soon as it registers."""

from __future__ import annotations

import pytest

from graph.extractors.context import DocContext, EntityIndex
from graph.extractors.registry import REGISTRY, extractors
from graph.pipeline import group_mentions, settle_overlaps
from graph.records import Mention, Relation

SAMPLES = {
    "en": (
        "Wang Hai, Vice Minister of the Ministry of Commerce of China, attended the 2nd China-Peru Mining "
        "Forum held in Lima, Peru. The forum was organized by the China Chamber of Commerce of Metals and "
        "Minerals. Peru joined the Belt and Road Initiative in 2019, and the China-Peru Free Trade Agreement "
        "was upgraded. PowerChina built the San Gabán III Hydropower Station in Peru."
    ),
    "es": "El canciller de Chile, Alberto van Klaveren, visitó Beijing y firmó un acuerdo con China.",
    "pt": "O presidente Luiz Inácio Lula da Silva visitou a China e assinou acordos com o Banco da China.",
    "ar": "التقى الرئيس الصيني شي جين بينغ مع رئيس البرازيل في بكين وناقشا مبادرة الحزام والطريق.",
    "zh": "国家主席习近平在北京会见巴西总统，双方签署了共建一带一路合作文件。",
}
HOSTILE = 'Acme <img src=x onerror=alert(1)> Group Co., Ltd. said "quotes" \\ back\nslash; DROP TABLE;'


@pytest.fixture(params=sorted(SAMPLES))
def sample_doc(request, extract_text):
    return request.param, extract_text(SAMPLES[request.param], request.param)


@pytest.mark.parametrize("name", [s.name for s in extractors()])
def test_extractors_registry_entries_are_described_and_versioned(name: str) -> None:
    extractors()  # loads the built-in modules
    spec = REGISTRY[name]
    assert spec.description, f"{name} needs a docstring (its first line is shown to users)"
    assert spec.version and spec.stage in ("mentions", "relations")


def test_extractors_registry_is_not_empty() -> None:
    stages = {s.stage for s in extractors()}
    assert stages == {"mentions", "relations"}


@pytest.mark.parametrize("spec", extractors("mentions"), ids=lambda s: s.name)
def test_extractors_mentions_lie_in_their_sentence(spec, sample_doc) -> None:
    _, extraction = sample_doc
    doc = extraction.document
    ctx = DocContext(doc)
    for m in spec.func(ctx):
        assert isinstance(m, Mention)
        s = doc.sentences[m.sentence]
        assert s.start <= m.start <= m.end <= s.end, (spec.name, m)
        assert doc.text[m.start : m.end] == m.text
        assert m.extractor == spec.name


@pytest.mark.parametrize("spec", extractors("relations"), ids=lambda s: s.name)
def test_extractors_relations_point_at_entities_and_evidence(spec, sample_doc) -> None:
    _, extraction = sample_doc
    doc = extraction.document
    ctx = DocContext(doc)
    index = EntityIndex(list(extraction.entities))
    for r in spec.func(ctx, index):
        assert isinstance(r, Relation)
        assert r.subject in index.by_id and r.object in index.by_id
        assert doc.text[r.evidence.start : r.evidence.end] == r.evidence.sentence
        if r.context is not None:
            assert doc.text[r.context.start : r.context.end] == r.context.sentence
        assert r.extractor == spec.name


@pytest.mark.parametrize("spec", extractors(), ids=lambda s: s.name)
def test_extractors_are_deterministic_and_survive_hostile_text(spec, extract_text) -> None:
    ex = extract_text(HOSTILE + " " + SAMPLES["en"], "en")
    ctx = DocContext(ex.document)
    index = EntityIndex(list(ex.entities))
    args = (ctx,) if spec.stage == "mentions" else (ctx, index)
    first = list(spec.func(*args))
    second = list(spec.func(*args))
    assert first == second


def test_extractors_pipeline_groups_are_stable(extract_text) -> None:
    ex = extract_text(SAMPLES["en"], "en")
    mentions = [m for e in ex.entities for m in e.mentions]
    from graph.gazetteer import load_gazetteer

    again = group_mentions(settle_overlaps(mentions, load_gazetteer()), load_gazetteer(), ex.document.text)
    assert [e.name for e in again] == [e.name for e in ex.entities]
