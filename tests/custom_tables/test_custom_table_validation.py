"""Bad row input raises ValidationError naming table and field, before any request."""

from __future__ import annotations

import datetime
import decimal
import math
from typing import Any

import pytest

from custom_tables import CustomTables, ValidationError
from final_pos_fake import FakeServer

FIELDS = "/v1/api/custom-table-fields"
CUSTOMER = "6b0929f0612e7d5b4b43a393"
VALID: dict[Any, Any] = {"customerId": CUSTOMER, "points": 1}

WRONG_VALUES: dict[str, list[Any]] = {
    "customerId": [1, 1.5, True, None, ["x"], {"a": 1}, b"bytes", datetime.date(2024, 1, 1)],
    "points": [
        "10",
        "ten",
        True,
        False,
        math.nan,
        math.inf,
        -math.inf,
        decimal.Decimal("NaN"),
        [1],
        {"n": 1},
        b"1",
        datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
        complex(1, 2),
    ],
    "tier": [1, 2.5, False, ["gold"], {"tier": "gold"}, b"gold", object()],
    "joinedOn": [
        "yesterday",
        "2024-13-01",
        "2024-01-32",
        "10/01/2024",
        "2024-01-10T10:00:00",  # no UTC offset
        datetime.datetime(2024, 1, 10, 10, 0),  # naive
        20240110,
        1.5,
        True,
        ["2024-01-10"],
        "",
    ],
    "isActive": ["true", "false", 1, 0, 1.0, "yes", [True], {"on": True}],
    "history": [
        {1, 2},
        object(),
        math.nan,
        [math.inf],
        {"at": datetime.date(2024, 1, 1)},
        b"[]",
        {("tuple", "key"): 1},
    ],
}

UNKNOWN_KEYS = {
    "point": "'points'",
    "Points": "'points'",
    "customerID": "'customerId'",
    "customer": "'customerId'",
    "tiers": "'tier'",
    "joinedon": "'joinedOn'",
    "is_actve": "'is_active'",
    "histroy": "'history'",
    "createdAt": "",
    "_id": "",
    "nonsense-field": "",
}

MISSING_REQUIRED: list[tuple[dict[str, Any], str]] = [
    ({"points": 1}, "customerId"),
    ({"customerId": CUSTOMER}, "points"),
    ({}, "customerId"),
    ({"customerId": CUSTOMER, "points": None}, "points"),
    ({"customer_id": None, "points": 1}, "customerId"),
]


def bad_inputs() -> list[tuple[str, dict[Any, Any], str]]:
    """(kind, row input, field the error must name)."""
    cases: list[tuple[str, dict[Any, Any], str]] = []
    for field, values in WRONG_VALUES.items():
        for value in values:
            cases.append(("wrong type", {**VALID, field: value}, field))
    for key in UNKNOWN_KEYS:
        cases.append(("unknown field", {**VALID, key: 1}, key))
    for row, field in MISSING_REQUIRED:
        cases.append(("missing", row, field))
    cases.append(("twice", {**VALID, "is_active": True, "isActive": False}, "isActive"))
    cases.append(("key type", {**VALID, 3: "x"}, "3"))
    return cases


def test_there_are_at_least_50_distinct_bad_inputs() -> None:
    cases = bad_inputs()
    assert len({repr(sorted(map(repr, row.items()))) for _, row, _ in cases}) == len(cases) >= 50


async def test_every_bad_input_is_rejected_before_any_request(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    table = await tables.table("loyalty-points")
    fake_server.app.log.clear()
    for kind, row, field in bad_inputs():
        with pytest.raises(ValidationError) as raised:
            await table.create(row)
        error = raised.value
        assert isinstance(error, ValueError)
        assert error.table == "loyalty-points", (kind, row)
        assert error.field == field, (kind, row, str(error))
        assert "'loyalty-points'" in str(error) and field in str(error)
        if kind != "missing":  # an update checks the given fields the same way
            with pytest.raises(ValidationError):
                await table.update("6b0929f0612e7d5b4b43a394", row)
    # An unknown field re-reads the structure once (it may be new); nothing else is sent.
    assert {(r.method, r.path) for r in fake_server.app.log} <= {("GET", FIELDS)}


async def test_unknown_field_names_suggest_the_closest(tables: CustomTables) -> None:
    table = await tables.table("loyalty-points")
    for key, suggestion in UNKNOWN_KEYS.items():
        with pytest.raises(ValidationError) as raised:
            await table.create({**VALID, key: 1})
        if suggestion:
            assert f"did you mean {suggestion}" in str(raised.value) or suggestion in str(
                raised.value
            ), str(raised.value)
        else:
            assert "'customerId'" in str(raised.value)


async def test_none_cannot_clear_a_value_in_an_update(tables: CustomTables) -> None:
    table = await tables.table("loyalty-points")
    with pytest.raises(ValidationError, match="no way to clear"):
        await table.update("6b0929f0612e7d5b4b43a394", {"tier": None})


async def test_input_must_be_a_dict_or_a_row_of_this_table(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    points = await tables.table("loyalty-points")
    preferences = await tables.table("customer-preferences")
    fake_server.app.log.clear()
    with pytest.raises(ValidationError, match="expected a dict or a row, got list"):
        await points.create([("points", 1)])  # type: ignore[arg-type]
    other_row = preferences.model(customer_id=CUSTOMER, preferred_channel="sms")
    with pytest.raises(ValidationError) as raised:
        await points.create(other_row)
    assert raised.value.field == "preferredChannel"
    assert {(r.method, r.path) for r in fake_server.app.log} <= {("GET", FIELDS)}
