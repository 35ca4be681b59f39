"""``api.md`` names every per-call option a method takes (the fields of ``RequestOptions``)."""

from __future__ import annotations

import dataclasses
import inspect
from importlib import resources

from final_pos_client import FinalPOS
from final_pos_client._core._request_options import RequestOptions


def test_api_md_names_every_per_call_option() -> None:
    text = resources.files("final_pos_client").joinpath("api.md").read_text(encoding="utf-8")
    preamble = text.split("\n## ", 1)[0]
    options = [field.name for field in dataclasses.fields(RequestOptions)]
    assert "deadline" in options
    for option in options:
        assert f"`{option}`" in preamble, option


def test_every_method_takes_every_per_call_option() -> None:
    method = FinalPOS(api_key="k").products.get
    parameters = inspect.signature(method).parameters
    for field in dataclasses.fields(RequestOptions):
        assert parameters[field.name].kind is inspect.Parameter.KEYWORD_ONLY, field.name
