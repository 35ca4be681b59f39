"""``final_pos_client/api.md``: every ``FinalPOS`` method with its parameters, return type and
summary, generated from the description (so ``make check-generated`` covers it)."""

from __future__ import annotations

import inspect
from importlib import resources

from final_pos_client import FinalPOS
from tests.contract.spec_operations import load_patched_spec


def api_md() -> str:
    return resources.files("final_pos_client").joinpath("api.md").read_text(encoding="utf-8")


def test_every_method_is_listed_with_its_parameters() -> None:
    text = api_md()
    pos = FinalPOS(api_key="k")
    for name, resource in vars(pos).items():
        if name.startswith("_") or not hasattr(resource, "with_raw_response"):
            continue
        for method_name, method in inspect.getmembers(resource, inspect.ismethod):
            if method_name.startswith("_"):
                continue
            line = next(
                (line for line in text.splitlines() if f"`pos.{name}.{method_name}(" in line),
                None,
            )
            assert line is not None, f"{name}.{method_name} missing from api.md"
            parameters = inspect.signature(method).parameters
            for parameter in parameters:
                if parameter not in {"timeout", "max_retries"} and not parameter.startswith(
                    "extra_"
                ):
                    assert f"{parameter}:" in line, (name, method_name, parameter)


def test_every_operation_summary_and_path_is_there() -> None:
    text = api_md()
    for path, item in load_patched_spec()["paths"].items():
        for verb, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            summary = " ".join(str(operation.get("summary") or operation["operationId"]).split())
            assert f"{summary} (`{verb.upper()} {path}`)" in text, operation["operationId"]
