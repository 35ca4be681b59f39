"""The pipeline end to end: determinism, no-op reruns, --check, a function per operation."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from codegen.generate import RUNTIME_DIR
from codegen.pipeline import differing_files
from final_pos_client._core.spec_model import SpecModel
from tests.contract.spec_operations import argument_name, module_name

from .conftest import Run, RunPipeline

DETAILED_FUNCTIONS = {"sync_detailed", "asyncio_detailed"}
PARSED_FUNCTIONS = {"sync", "asyncio"}  # only where the success response has a body
HEADER_LINE = "# Generated from openapi.yaml by codegen"


def test_two_runs_are_byte_identical(
    baseline: Run, run_pipeline: RunPipeline, tmp_path: Path
) -> None:
    second = run_pipeline(tmp_path)
    assert second.exit_code == 0
    assert differing_files(baseline.package, second.package) == []


def test_rerun_changes_nothing_and_reports_no_api_changes(
    baseline: Run, run_pipeline: RunPipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "final_pos_client"
    shutil.copytree(baseline.package, package)
    rerun = run_pipeline(tmp_path, package=package, capture=capsys)
    assert rerun.exit_code == 0
    assert "no API changes" in rerun.output
    # Same description, nothing new to report: API_CHANGES.md keeps the last bump's report.
    assert not rerun.report.exists()
    assert differing_files(baseline.package, package) == []


def test_first_run_reports_every_operation_as_added(baseline: Run) -> None:
    report = baseline.report.read_text()
    added = [line for line in report.splitlines() if line.startswith("- `") and "(" in line]
    assert len([line for line in added if line.split("`")[1].split()[0].isupper()]) == len(
        SpecModel.parse(baseline.patched_spec()).operations
    )


def test_check_passes_on_an_up_to_date_package(
    baseline: Run, run_pipeline: RunPipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "final_pos_client"
    shutil.copytree(baseline.package, package)
    result = run_pipeline(tmp_path, "--check", package=package, capture=capsys)
    assert result.exit_code == 0, result.output
    assert "is up to date" in result.output


def test_check_names_a_modified_file_and_writes_nothing(
    baseline: Run, run_pipeline: RunPipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "final_pos_client"
    shutil.copytree(baseline.package, package)
    edited = package / "models" / "object_id.py"
    edited.write_text(edited.read_text() + "# a hand edit\n")
    (package / "models" / "stray.py").write_text("x = 1\n")
    before = {path: path.read_bytes() for path in package.rglob("*") if path.is_file()}

    result = run_pipeline(tmp_path, "--check", package=package, capture=capsys)

    assert result.exit_code == 1
    assert "models/object_id.py" in result.output
    assert "models/stray.py" in result.output
    assert "models/customer.py" not in result.output
    after = {path: path.read_bytes() for path in package.rglob("*") if path.is_file()}
    assert after == before
    assert not result.report.exists()


def _functions(module: Path) -> set[str]:
    tree = ast.parse(module.read_text())
    return {
        node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def test_every_operation_has_sync_and_async_functions(baseline: Run) -> None:
    ops = SpecModel.parse(baseline.patched_spec()).operations
    assert ops
    for op in ops:
        relative = module_name(op).split(".", 1)[1].replace(".", "/") + ".py"
        module = baseline.package / relative
        assert module.is_file(), f"{op.key} ({op.operation_id}): {relative} not generated"
        functions = _functions(module)
        assert functions >= DETAILED_FUNCTIONS, f"{relative} lacks a *_detailed function"
        if op.success and op.success.schema is not None:
            assert functions >= PARSED_FUNCTIONS, f"{relative} lacks sync/asyncio"
        source = module.read_text()
        for parameter in op.parameters:
            assert f"{argument_name(parameter.name)}:" in source, (op.key, parameter.name)


def test_every_module_says_it_is_generated(baseline: Run) -> None:
    modules = sorted(baseline.package.rglob("*.py"))
    generated = [m for m in modules if m.relative_to(baseline.package).parts[0] != "_core"]
    assert len(generated) > 150
    unmarked = [str(m) for m in generated if not m.read_text().startswith(HEADER_LINE)]
    assert unmarked == []
    assert "make regenerate" in generated[0].read_text().splitlines()[1]
    assert (baseline.package / "py.typed").is_file()


def test_a_package_built_from_scratch_gets_the_runtime_as_written(baseline: Run) -> None:
    sources = sorted(path.relative_to(RUNTIME_DIR) for path in RUNTIME_DIR.glob("*.py"))
    assert sources
    for relative in sources:
        copy = baseline.package / "_core" / relative
        assert copy.read_bytes() == (RUNTIME_DIR / relative).read_bytes(), relative


def test_regenerating_keeps_the_runtime_folder_itself_untouched(
    baseline: Run, run_pipeline: RunPipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "final_pos_client"
    shutil.copytree(baseline.package, package)
    (package / "models" / "stale.py").write_text("# not generated\n")  # forces a swap
    runtime_file = package / "_core" / "_base_client.py"
    runtime_file.write_text(runtime_file.read_text() + "# a maintainer's edit\n")
    inode = runtime_file.stat().st_ino
    result = run_pipeline(tmp_path, package=package, capture=capsys)
    assert result.exit_code == 0, result.output
    assert not (package / "models" / "stale.py").exists()
    assert runtime_file.read_text().endswith("# a maintainer's edit\n")
    assert runtime_file.stat().st_ino == inode  # moved with its folder, never rewritten


def test_check_ignores_the_runtime_and_sees_generated_edits(
    baseline: Run, run_pipeline: RunPipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "final_pos_client"
    shutil.copytree(baseline.package, package)
    (package / "_core" / "_extra_helper.py").write_text("X = 1\n")
    assert run_pipeline(tmp_path, "--check", package=package, capture=capsys).exit_code == 0
    (package / "types.py").write_text("# hand edit\n")
    result = run_pipeline(tmp_path, "--check", package=package, capture=capsys)
    assert result.exit_code == 1
    assert "types.py" in result.output and "_core" not in result.output
