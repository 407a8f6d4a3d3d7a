"""Extraction quality on the dev gold must not fall below its targets (minus a 0.02 margin).

Targets (issue "Extraction quality", micro-averaged over the English seeds): entities lenient
F1 >= 0.80 with precision >= 0.85, strict F1 >= 0.70; relations F1 >= 0.55 with precision >= 0.70.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate import evaluate

MARGIN = 0.02
TARGETS = {
    "00[0-3]*": {
        ("entities_lenient", "f1"): 0.80,
        ("entities_lenient", "precision"): 0.85,
        ("entities_strict", "f1"): 0.70,
        ("relations", "f1"): 0.55,
        ("relations", "precision"): 0.70,
    },
    # issue "Read documents in the languages they are written in": the Arabic seed
    "004*": {
        ("entities_lenient", "f1"): 0.60,
        ("entities_lenient", "precision"): 0.80,
    },
}


@pytest.mark.slow
@pytest.mark.parametrize("only", sorted(TARGETS))
def test_quality_regression_dev_gold_meets_targets(only: str, gold_dir: Path, seeds_dir: Path) -> None:
    report = evaluate(gold_dir, seeds_dir, only=only)
    failures = [
        f"{kind} {measure} {report['micro'][kind][measure]:.3f} < {target - MARGIN:.2f}"
        for (kind, measure), target in TARGETS[only].items()
        if report["micro"][kind][measure] < target - MARGIN
    ]
    assert not failures, "; ".join(failures)


# Documents written to look like other publishers' (held-out when written; see README "Extraction
# quality"). Their floors are the issue's held-out allowance: the targets minus 0.10, minus the margin.
HELD_OUT = {
    "en_unseen": "en",
    "en_blind": "en",
    "en_blind2": "en",
    "en_blind3": "en",
    "es_pt_heldout": "es/pt",
    "multi_blind": "es/pt/zh",
    "multi_blind2": "es/pt/zh",
    "multi_blind3": "es/pt/zh",
    "zh_heldout": "zh",
}


@pytest.mark.slow
@pytest.mark.parametrize("folder", sorted(HELD_OUT))
def test_quality_regression_held_out_styles_meet_the_held_out_allowance(folder: str) -> None:
    data = Path(__file__).parent / "data" / folder
    report = evaluate(data / "gold", data)
    failures = [
        f"{kind} {measure} {report['micro'][kind][measure]:.3f} < {target - 0.10 - MARGIN:.2f}"
        for (kind, measure), target in TARGETS["00[0-3]*"].items()
        if report["micro"][kind][measure] < target - 0.10 - MARGIN
    ]
    assert not failures, "; ".join(failures)
