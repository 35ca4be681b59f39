"""Every generated list and get answers against the fake with the type it declares."""

from __future__ import annotations

import inspect
import sys
import typing
from typing import Any

from final_pos_client import FinalPOS, _client, errors
from final_pos_fake import FakeServer

SIMPLE_LISTS = [
    "customers", "custom_tables", "custom_table_rows", "custom_table_values", "products",
    "variants", "categories", "outlets", "stations", "orders", "transactions", "refunds",
]  # fmt: skip


def _resources_of(pos: FinalPOS) -> dict[str, Any]:
    return {name: getattr(pos, name) for name in _client._RESOURCES}


async def test_every_simple_list_returns_its_declared_models(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.store.add_record("products", {"name": "Tea", "productType": "simple"})
    fake_server.app.store.add_record("categories", {"name": "Drinks", "description": "x"})
    non_empty = []
    for name in SIMPLE_LISTS:
        resource = _resources_of(pos)[name]
        hints = typing.get_type_hints(resource.list, vars(sys.modules[type(resource).__module__]))
        (model,) = typing.get_args(hints["return"])
        page = await resource.list(limit=100)
        assert isinstance(page, list), name
        assert all(isinstance(item, model) for item in page), name
        if page:
            non_empty.append(name)
    assert {"custom_tables", "products", "categories"} <= set(non_empty)


async def test_get_of_an_unknown_id_is_not_found_everywhere(pos: FinalPOS) -> None:
    checked = []
    for name, resource in _resources_of(pos).items():
        if not hasattr(resource, "get"):
            continue
        required = [
            p for p in inspect.signature(resource.get).parameters.values() if p.default is p.empty
        ]
        arguments = ["loyalty-points"] * (len(required) - 1) + ["000000000000000000000000"]
        try:
            await resource.get(*arguments, max_retries=0)
        except errors.NotFoundError as error:
            assert error.response.request.method == "GET"
            checked.append(name)
    getters = [name for name, r in _resources_of(pos).items() if hasattr(r, "get")]
    assert sorted(checked) == sorted(getters)
