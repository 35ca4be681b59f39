"""``python -m codegen observed``: the report, and the proposed overlay closing the loop —
applied and regenerated in a scratch copy, the client parses the observed answers typed and
``API_CHANGES.md`` describes the change."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import runpy
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import main
from codegen.observed import propose_overlay
from codegen.overlay import apply_overlay
from final_pos_client import FinalPOS
from final_pos_client._core._observe_store import Observation
from final_pos_client.errors import APIResponseValidationError, ConflictError
from final_pos_client.models import (
    CreateCategoryDto,
    CreateCustomerDto,
    CreateCustomTableRowDto,
    CreateProductDto,
    ObjectId,
    UpdateCustomerDto,
)
from final_pos_fake import FakeServer
from tests.client.reshaping import Reshape, reshaping_server
from tests.codegen import construct_variants
from tests.codegen.conftest import REPO_ROOT, RunPipeline

HEX = "0123456789abcdef01234567"


def _changed(**updates: Any) -> Any:
    return lambda body: body | updates


def _without(key: str) -> Any:
    return lambda body: {k: v for k, v in body.items() if k != key}


RULES = [
    Reshape("POST", r"/v1/api/product", body=_changed(loyaltyTier="gold", minPrice="12.50")),
    Reshape("GET", r"/v1/api/product/[^/]+", body=lambda body: [body]),
    Reshape("POST", r"/v1/api/category", body=_changed(id={"$oid": HEX})),
    Reshape(
        "POST",
        r"/v1/api/custom-table-row",
        body=lambda row: _without("companyId")(row) | {"_id": HEX},
    ),
    Reshape(
        "PATCH",
        r"/v1/api/customer/[^/]+",
        status=409,
        body=lambda _: {"statusCode": 409, "message": ["email already exists"], "error": "x"},
    ),
]


async def _workload(server: FakeServer, observe: Path | None) -> dict[str, Any]:
    """The calls whose answers differ from the description; what came back, per call."""
    results: dict[str, Any] = {}
    async with FinalPOS(
        api_key=server.api_key, base_url=server.base_url, max_retries=0, observe=observe
    ) as pos:
        product = await pos.products.create(CreateProductDto(name="Tea", product_type="simple"))
        results["product"] = product
        try:
            results["get"] = await pos.products.get(product.id)
        except APIResponseValidationError as error:
            results["get"] = error
        try:
            results["category"] = await pos.categories.create(
                CreateCategoryDto(name="Drinks", description="d")
            )
        except APIResponseValidationError as error:  # a required id of the wrong type
            results["category"] = error
        tables = await pos.request("GET", "/v1/api/custom-tables")
        try:
            results["row"] = await pos.custom_table_rows.create(
                CreateCustomTableRowDto(table_id=ObjectId(oid=tables[0]["_id"]))
            )
        except APIResponseValidationError as error:
            results["row"] = error
        customer = await pos.customers.create(
            CreateCustomerDto(email="a@b.test", first_name="A", last_name="B")
        )
        with pytest.raises(ConflictError):
            await pos.customers.update(customer.id, UpdateCustomerDto(first_name="C"))
    return results


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, FakeServer]]:
    """A recorder file from the workload against a reshaping fake (which stays up)."""
    path = tmp_path_factory.mktemp("observed") / "observed.sqlite"
    with reshaping_server() as (server, app):
        app.rules[:] = RULES
        results = asyncio.run(_workload(server, path))
        assert isinstance(results["get"], APIResponseValidationError)  # today's client: typed error
        assert isinstance(results["row"], APIResponseValidationError)
        assert isinstance(results["category"], APIResponseValidationError)
        asyncio.run(_workload(server, path))
        yield path, server


def test_the_report_lists_consistent_differing_and_never_observed(
    recorded: tuple[Path, FakeServer], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["observed", str(recorded[0])]) == 0
    report = capsys.readouterr().out
    consistent = report.split("## Consistent")[1].split("## Differing")[0]
    assert "POST /v1/api/customer: 201 x2" in consistent
    differing = report.split("## Differing")[1].split("## Notes")[0]
    assert "### POST /v1/api/product (201 x2)" in differing
    assert "201 /loyaltyTier: unknown_key (string): 2 of 2; shape string" in differing
    assert "201 /minPrice: number_as_string (expected number, got string): 2 of 2" in differing
    assert "201 /_id: string_for_oid_object (expected {$oid}, got string): 2 of 2" in differing
    assert "201 /companyId: missing_required: 2 of 2" in differing
    assert "409 (body): undocumented_status (409): 2 of 2" in differing
    assert "200 (body): list_for_object (expected object, got array): 2 of 2" in differing
    never = report.split("## Never observed")[1]
    assert "- DELETE /v1/api/product/{id}" in never
    assert "- POST /v1/api/product\n" not in never


def test_an_unreadable_path_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["observed", str(tmp_path / "missing.sqlite")]) == 2
    assert "no observations file" in capsys.readouterr().err


def test_a_type_seen_only_sometimes_is_reported_but_not_proposed() -> None:
    spec = json.loads((REPO_ROOT / "final_pos_client" / "_openapi.json").read_text())
    target = "$.components.schemas['ProductResponseDto'].properties['minPrice']"
    observations = [
        Observation("POST /v1/api/product", "201", "", "seen", "application/json", 4, "", ""),
        Observation(
            "POST /v1/api/product", "201", "/minPrice", "number_as_string", "x", 1, "", target
        ),
    ]
    assert propose_overlay(observations, spec)["actions"] == []
    observations[1] = dataclasses.replace(observations[1], count=4)
    assert [a.get("remove") for a in propose_overlay(observations, spec)["actions"]] == [True, None]


def _with_enums() -> dict[str, Any]:
    """The patched description with the string enum ``StationStatus`` and the integer enum
    ``StationPriority``."""
    spec: dict[str, Any] = json.loads(
        (REPO_ROOT / "final_pos_client" / "_openapi.json").read_text()
    )
    construct_variants.enums(spec)
    return spec


STATUS_ENUM = "$.components.schemas['StationStatus'].enum"
PRIORITY_ENUM = "$.components.schemas['StationPriority'].enum"


def _enum_proposal(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The actions proposed for unknown values of both enums, seen at a station's answers."""
    operation = "GET /v1/api/station/{id}"

    def unknown(detail: str, sample: str, target: str) -> Observation:
        return Observation(operation, "200", "/x", "unknown_enum_value", detail, 1, sample, target)

    observations = [
        Observation(operation, "200", "", "seen", "application/json", 5, "", ""),
        unknown("PAUSED", "string", STATUS_ENUM),  # seen once of 5: still a member
        unknown("{value}", "string", STATUS_ENUM),  # text never stored: nothing to propose
        unknown("MAINTENANCE", "string", STATUS_ENUM),
        unknown("7", "integer", PRIORITY_ENUM),
    ]
    actions: list[dict[str, Any]] = propose_overlay(observations, spec)["actions"]
    return actions


def test_unknown_enum_values_are_proposed_as_members_of_their_enum() -> None:
    spec = _with_enums()
    actions = _enum_proposal(spec)

    appended = [(a["target"], a["update"]) for a in actions if a["target"].endswith(".enum")]
    assert appended == [
        (STATUS_ENUM, "PAUSED"),
        (STATUS_ENUM, "MAINTENANCE"),
        (PRIORITY_ENUM, 7),
    ]
    notes = {
        a["target"]: a["update"]["x-overlay"] for a in actions if not a["target"].endswith(".enum")
    }
    assert set(notes) == {STATUS_ENUM.removesuffix(".enum"), PRIORITY_ENUM.removesuffix(".enum")}
    assert all(note.startswith("observed: ") for note in notes.values())
    patched = apply_overlay(spec, {"overlay": "1.0.0", "actions": actions})
    schemas = patched["components"]["schemas"]
    assert schemas["StationStatus"]["enum"] == [
        "AVAILABLE",
        "BUSY",
        "OFFLINE",
        "PAUSED",
        "MAINTENANCE",
    ]
    assert schemas["StationPriority"]["enum"] == [1, 2, 3, 7]
    assert "x-overlay" in schemas["StationStatus"]
    again = apply_overlay(patched, {"overlay": "1.0.0", "actions": actions})
    assert (
        again["components"]["schemas"]["StationStatus"]["enum"] == schemas["StationStatus"]["enum"]
    )


def test_the_proposed_enum_values_regenerate_as_members(
    tmp_path: Path, run_pipeline: RunPipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = yaml.safe_load((REPO_ROOT / "codegen" / "overlay.yaml").read_text())
    overlay["actions"] += _enum_proposal(_with_enums())
    scratch_overlay = tmp_path / "overlay.yaml"
    scratch_overlay.write_text(yaml.safe_dump(overlay, sort_keys=False))
    candidate = tmp_path / "candidate.yaml"
    candidate.write_text(construct_variants.candidate(construct_variants.enums))
    shutil.copytree(REPO_ROOT / "final_pos_client", tmp_path / "final_pos_client")

    run = run_pipeline(tmp_path, "--overlay", str(scratch_overlay), spec=candidate, capture=capsys)

    assert run.exit_code == 0, run.output
    models = tmp_path / "final_pos_client" / "models"
    status = runpy.run_path(str(models / "station_status.py"))["StationStatus"]
    priority = runpy.run_path(str(models / "station_priority.py"))["StationPriority"]
    assert [m.value for m in status] == ["AVAILABLE", "BUSY", "MAINTENANCE", "OFFLINE", "PAUSED"]
    assert [m.value for m in priority] == [1, 2, 3, 7]


def test_the_proposed_overlay_regenerates_a_client_that_parses_them_typed(
    recorded: tuple[Path, FakeServer],
    tmp_path: Path,
    run_pipeline: RunPipeline,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, server = recorded
    proposed = tmp_path / "proposed.yaml"
    assert main(["observed", str(path), "--overlay", str(proposed)]) == 0
    actions = yaml.safe_load(proposed.read_text())["actions"]
    assert all(action["description"] for action in actions)
    overlay = yaml.safe_load((REPO_ROOT / "codegen" / "overlay.yaml").read_text())
    overlay["actions"] += actions
    scratch_overlay = tmp_path / "overlay.yaml"
    scratch_overlay.write_text(yaml.safe_dump(overlay, sort_keys=False))
    shutil.copytree(REPO_ROOT / "final_pos_client", tmp_path / "final_pos_client")

    run = run_pipeline(tmp_path, "--overlay", str(scratch_overlay), capture=capsys)
    assert run.exit_code == 0, run.output
    changes = run.report.read_text()
    for mention in ("loyaltyTier", "minPrice", "409", "companyId", "ProductResponseDto"):
        assert mention in changes, mention

    script = (REPO_ROOT / "tests" / "codegen" / "observed_workload.py").read_text()
    done = subprocess.run(
        [sys.executable, "-c", script, server.base_url, server.api_key],
        cwd=tmp_path,  # imports the scratch final_pos_client first
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    typed = json.loads(done.stdout.strip().splitlines()[-1])
    assert typed["package"].startswith(str(tmp_path))
    assert typed["loyalty_tier"] == "gold"
    assert typed["min_price"] == "12.50" and "str" in typed["min_price_annotation"]
    assert typed["get"] == ["ProductResponseDto"]
    assert typed["category_id"] == HEX
    assert typed["row"] == "CustomTableRowResponseDto"
