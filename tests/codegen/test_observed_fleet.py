"""``python -m codegen observed A B ...``: the recorder files of a fleet (one per process or
machine) give the report and proposed overlay of one file holding all their answers."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from codegen.__main__ import main
from final_pos_client._core import _observe_store
from tests.client.reshaping import reshaping_server
from tests.codegen.test_observed import RULES, _workload


def _report(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["observed", *args]) == 0
    out = capsys.readouterr().out
    return out.split("\n", 1)[1]  # without the title line (it names the files)


def test_a_fleet_reports_as_one_file_with_all_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pod_a, pod_b, single = (tmp_path / f"{name}.sqlite" for name in ("pod-a", "pod-b", "all"))
    with reshaping_server() as (server, app):
        app.rules[:] = RULES
        for path in (pod_a, single, pod_b, single, pod_b, single):
            asyncio.run(_workload(server, path))

    fleet_overlay, single_overlay = tmp_path / "fleet.yaml", tmp_path / "single.yaml"
    fleet = _report(capsys, str(pod_a), str(pod_b), "--overlay", str(fleet_overlay))
    alone = _report(capsys, str(single), "--overlay", str(single_overlay))
    assert fleet.replace(str(fleet_overlay), "OUT") == alone.replace(str(single_overlay), "OUT")
    assert fleet_overlay.read_text() == single_overlay.read_text()
    assert "### POST /v1/api/product (201 x3)" in fleet
    assert "201 /companyId: missing_required: 3 of 3" in fleet


def test_files_of_different_descriptions_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.sqlite", tmp_path / "new.sqlite"
    _observe_store.write(old, {}, {"title": "Final POS", "version": "1.2.3"})
    _observe_store.write(new, {}, {"title": "Final POS", "version": "1.2.4"})
    assert main(["observed", str(old), str(new)]) == 2
    error = capsys.readouterr().err
    assert "new.sqlite was recorded against Final POS 1.2.4" in error
    assert "old.sqlite against Final POS 1.2.3" in error
