"""Hostile row input and partial failures (issue 9, item 7): nothing sent, and true notes."""

from __future__ import annotations

import asyncio
import decimal
import json
from collections.abc import Callable
from typing import Any, Literal

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custom_tables import CustomTables, ValidationError
from custom_tables.rows import values_for_create
from final_pos_client import FinalPOS
from final_pos_client.errors import APIConnectionError, APIStatusError
from final_pos_fake import FakeServer

pytestmark = pytest.mark.filterwarnings("ignore:.*unknown type 'geo-point'")


def _deep_list(depth: int) -> list[Any]:
    top: list[Any] = []
    inner = top
    for _ in range(depth):
        inner.append([])
        inner = inner[0]
    return top


BAD_INPUTS = {
    "decimal-snan": ("amount", decimal.Decimal("sNaN")),
    "deep-json": ("payload", _deep_list(100_000)),
    "deep-unknown-type": ("location", _deep_list(100_000)),
    "surrogate-string": ("text", "lone \ud800 surrogate"),
    "surrogate-json-string": ("payload", "lone \udfff surrogate"),
    "surrogate-in-json": ("payload", {"k": ["\ud800"]}),
    "int-2**1100": ("amount", 2**1100),
    "int-minus-2**1100": ("amount", -(2**1100)),
    "duplicate-json-keys": ("payload", {1: "a", "1": "b"}),
}


@pytest.mark.parametrize(("field", "value"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
async def test_bad_values_are_refused_before_any_request(
    tables: CustomTables, fake_server: FakeServer, field: str, value: Any
) -> None:
    table = await tables.table("all-types")
    fake_server.app.log.clear()
    for write in (
        lambda: table.create({"text": "ok", field: value}),
        lambda: table.update("0" * 24, {field: value}),
        lambda: table.create_many([{"text": "ok"}, {field: value}]),
    ):
        with pytest.raises(ValidationError) as raised:
            await write()
        assert (raised.value.table, raised.value.field) == ("all-types", field)
    assert list(fake_server.app.log) == []


@pytest.mark.parametrize(("drop", "retries"), [("after", 0), ("after", 2), ("before", 0)])
async def test_the_compensating_delete_note_is_true(
    fake_server: FakeServer,
    transport: str,
    new_customer: Callable[..., str],
    drop: Literal["before", "after"],
    retries: int,
) -> None:
    async with FinalPOS(
        api_key=fake_server.api_key, base_url=fake_server.base_url, max_retries=retries
    ) as pos:
        table = await CustomTables(pos).table("loyalty-points")
        faults = fake_server.app.faults
        faults.add("POST /v1/api/custom-table-value", status=400, times=1)
        faults.add("DELETE /v1/api/custom-table-row/{id}", drop=drop, times=1)
        with pytest.raises(APIStatusError) as raised:
            await table.create({"customerId": new_customer(), "points": 3})
    (note,) = raised.value.__notes__
    rows = fake_server.app.store.custom_table_rows("loyalty-points")
    if drop == "after":
        assert "deleted again" in note and rows == []
    else:
        assert "still exists and may be incomplete" in note and "delete it" in note
        assert [row["rowId"] for row in rows] == [raised.value.row_id]  # type: ignore[attr-defined]


# ---- property: any input is either refused with nothing sent, or sendable JSON ----

STRUCTURE = {
    "/v1/api/custom-tables": [{"_id": "t1", "name": "all-types"}],
    "/v1/api/custom-table-fields": [
        {"_id": f"f{i}", "tableId": "t1", "name": name, "type": kind}
        | {"createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z"}
        for i, (name, kind) in enumerate(
            [
                ("text", "string"),
                ("amount", "number"),
                ("flag", "boolean"),
                ("when", "date"),
                ("payload", "json-string"),
                ("location", "geo-point"),
            ]
        )
    ],
}
for _table in STRUCTURE["/v1/api/custom-tables"]:
    _table.update(createdAt="2024-01-01T00:00:00Z", updatedAt="2024-01-01T00:00:00Z")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**1200), max_value=2**1200)
    | st.floats()
    | st.decimals()
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=3) | st.integers(0, 3), inner, max_size=3)
    ),
    max_leaves=8,
)
row_inputs = st.dictionaries(
    st.sampled_from(["text", "amount", "flag", "when", "payload", "location", "nope"]),
    json_values | st.dates() | st.datetimes(),
    max_size=4,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(row=row_inputs)
def test_row_input_is_refused_with_nothing_sent_or_is_sendable(row: dict[str, Any]) -> None:
    writes: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json=STRUCTURE.get(request.url.path, []))
        writes.append(request)
        return httpx.Response(500, json={"statusCode": 500, "message": "stop"})

    async def attempt() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
        async with FinalPOS(
            api_key="k", base_url="https://api.test", http_client=http, max_retries=0
        ) as pos:
            table = await CustomTables(pos).table("all-types")
            try:
                await table.create(row)
            except ValidationError as error:
                assert error.table == "all-types" and error.field
                assert writes == []
                return
            except (APIStatusError, APIConnectionError):
                pass
            body = json.loads(writes[0].content)  # the row; values after it are sendable JSON
            assert body["tableId"] == {"$oid": "t1"}
            for field, value in values_for_create(table.row_model, row):
                json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")
                assert row[field.name] is not None

    asyncio.run(attempt())
