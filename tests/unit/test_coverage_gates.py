"""scripts/coverage_gates.py: the per-part coverage floors ./run-tests holds (issue 9)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "coverage_gates.py"


@pytest.fixture(scope="module")
def gates() -> ModuleType:
    spec = importlib.util.spec_from_file_location("coverage_gates", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _file(lines: int, covered: int, branches: int = 0, covered_branches: int = 0) -> dict:
    summary = {"num_statements": lines, "covered_lines": covered}
    summary |= {"num_branches": branches, "covered_branches": covered_branches}
    return {"summary": summary}


REPORT = {
    "files": {
        "judging/ranking/engine.py": _file(90, 90, 10, 9),  # one branch missed: 99 %
        "judging/model.py": _file(100, 80),
        "ui/setup/entry_dialog.py": _file(50, 40, 10, 5),
        "ui/setup/common.py": _file(10, 0),  # not a dialog module: outside the gate
    }
}


def test_each_gate_counts_lines_and_branches_of_its_files(gates: ModuleType) -> None:
    measured = gates.measure(REPORT["files"], ("judging/*",))
    assert (measured.files, measured.covered, measured.total) == (2, 179, 200)
    assert measured.percent == pytest.approx(89.5)
    dialogs = gates.measure(REPORT["files"], ("ui/setup/*dialog*.py",))
    assert (dialogs.files, dialogs.covered, dialogs.total) == (1, 45, 60)


def test_a_gate_below_its_floor_fails_and_one_at_it_passes(gates: ModuleType) -> None:
    chosen = (
        gates.Gate("engine", ("judging/ranking/engine.py",), 100.0),
        gates.Gate("domain", ("judging/*",), 89.0),
        gates.Gate("dialogs", ("ui/setup/*dialog*.py",), 75.0),
        gates.Gate("gone", ("ui/nowhere.py",), 0.0),
    )
    lines = gates.check(REPORT, chosen)
    assert [line.split()[0] for line in lines] == ["FAIL", "ok", "ok", "FAIL"]
    assert "99.00 %" in lines[0] and "no measured file" in lines[3]


def test_the_script_reads_the_json_file_and_sets_its_exit_status(
    gates: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "coverage.json"
    path.write_text(json.dumps(REPORT), encoding="utf-8")
    assert gates.main(["coverage_gates.py", str(path)]) == 1  # the engine misses a branch
    assert "FAIL ranking engine: 99.00 %" in capsys.readouterr().out
    assert gates.main(["coverage_gates.py", str(tmp_path / "missing.json")]) == 2
