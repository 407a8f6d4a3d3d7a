"""The notebooks run top to bottom (their code cells, executed in order, without Jupyter)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_run_in_order(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    monkeypatch.chdir(path.parent)
    namespace: dict[str, object] = {}
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]).replace("'../out'", repr(os.fspath(tmp_path / "out")))
        exec(compile(source, f"{path.name}", "exec"), namespace)
    assert "Huawei" in capsys.readouterr().out
