"""The pure parts: identifiers, field types, model building, the single-flight cache."""

from __future__ import annotations

import asyncio
import datetime
import decimal

import attrs
import pytest

from custom_tables.cache import SingleFlightCache
from custom_tables.fields import WrongValue, field_type
from custom_tables.names import attribute_names, class_name, snake_case
from custom_tables.rows import build_row_model
from custom_tables.structure import parse_field, parse_table, plain_id


@pytest.mark.parametrize(
    ("name", "identifier"),
    [
        ("customerId", "customer_id"),
        ("isActive", "is_active"),
        ("Full Name", "full_name"),
        ("HTTPStatus", "http_status"),
        ("2fa", "f_2fa"),
        ("class", "class_"),
        ("match", "match_"),
        ("_private", "private"),
        ("e-mail", "e_mail"),
        ("###", "field"),
        ("prénom", "prénom"),
    ],
)
def test_snake_case(name: str, identifier: str) -> None:
    assert snake_case(name) == identifier
    assert identifier.isidentifier()


def test_attribute_names_are_distinct_and_avoid_row_attributes() -> None:
    names = attribute_names(["id", "ID", "createdAt", "extra", "a-b", "a_b", "aB"])
    # a field whose name is its identifier keeps it; the others get suffixes by name order
    assert names == ["id__2", "id_", "created_at_", "extra_", "a_b_2", "a_b", "a_b_3"]
    assert attribute_names(["aB", "a_b", "a-b"]) == ["a_b_3", "a_b", "a_b_2"]
    assert class_name("loyalty-points") == "LoyaltyPointsRow"
    assert class_name("2024 sales") == "Table2024SalesRow"


def test_structure_records_with_oid_or_plain_ids() -> None:
    assert plain_id({"$oid": "abc"}) == "abc" and plain_id("abc") == "abc"
    assert plain_id({"id": "abc"}) is None and plain_id(3) is None
    table = parse_table({"_id": {"$oid": "t1"}, "name": "x", "description": "d"})
    assert (table.id, table.name, table.description) == ("t1", "x", "d")
    field = parse_field({"_id": "f1", "tableId": {"$oid": "t1"}, "name": "n", "type": "date"})
    assert (field.id, field.type, field.required, field.has_default) == ("f1", "date", False, False)
    odd = parse_field({"_id": "f2", "name": "n"})
    assert odd.type == "unknown" and not odd.converter.known


def test_writes_convert_or_explain() -> None:
    number, date = field_type("number"), field_type("date")
    assert number.write(10.0) == 10 and type(number.write(10.0)) is int
    assert number.write(decimal.Decimal("2.5")) == 2.5
    assert date.write(datetime.date(2024, 1, 10)) == "2024-01-10"
    aware = datetime.datetime(2024, 1, 10, 10, tzinfo=datetime.UTC)
    assert date.write(aware) == "2024-01-10T10:00:00.000+00:00"
    assert date.write("2024-01-10T10:00:00Z") == "2024-01-10T10:00:00.000+00:00"
    assert field_type("json-string").write({"a": [1]}) == '{"a":[1]}'
    with pytest.raises(WrongValue, match="needs a timezone"):
        date.write(datetime.datetime(2024, 1, 10))
    with pytest.raises(WrongValue, match="expected a number, got bool"):
        number.write(True)


def test_model_equality_repr_asdict_and_fresh_defaults() -> None:
    fields = (
        parse_field({"_id": "1", "name": "points", "type": "number", "defaultValue": 0}),
        parse_field({"_id": "2", "name": "tags", "type": "json-string", "defaultValue": "[]"}),
    )
    row_model = build_row_model("t", fields)
    Row = row_model.model
    first, second = Row(), Row()
    assert first == second
    assert (first != second) is False
    first.tags.append("x")
    assert second.tags == [] and first != second
    assert repr(Row(points=1)) == (
        "TRow(id=None, points=1, tags=[], created_at=None, updated_at=None, extra={})"
    )
    assert attrs.asdict(Row(points=2))["points"] == 2
    assert Row(points=1) != row_model.build({"points": 1, "_id": "r"})
    with pytest.raises(TypeError):
        Row(1)  # keyword-only

    built = row_model.build({"_id": {"$oid": "r1"}, "tags": '["a"]', "other": 1})
    assert (built.id, built.points, built.tags, built.extra) == ("r1", 0, ["a"], {"other": 1})
    assert row_model.build({"tags": "[]"}).tags is not row_model.build({"tags": "[]"}).tags
    with pytest.raises(TypeError):
        hash(built)


async def test_cache_single_flight_ttl_and_failures() -> None:
    now = [0.0]
    cache: SingleFlightCache[int] = SingleFlightCache(ttl=10.0, clock=lambda: now[0])
    calls = 0

    async def load() -> int:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        return calls

    assert await asyncio.gather(*(cache.get("k", load) for _ in range(20))) == [1] * 20
    now[0] = 9.0
    assert await cache.get("k", load) == 1
    now[0] = 10.5
    assert await cache.get("k", load) == 2

    async def fail() -> int:
        await asyncio.sleep(0.01)
        raise RuntimeError("down")

    results = await asyncio.gather(
        *(cache.get("x", fail) for _ in range(3)), return_exceptions=True
    )
    assert all(isinstance(result, RuntimeError) for result in results)
    assert cache.peek("x") is None
    assert await cache.get("x", load) == 3


async def test_a_cancelled_waiter_does_not_cancel_the_shared_load() -> None:
    cache: SingleFlightCache[str] = SingleFlightCache(ttl=60.0)

    async def load() -> str:
        await asyncio.sleep(0.05)
        return "done"

    first = asyncio.ensure_future(cache.get("k", load))
    second = asyncio.ensure_future(cache.get("k", load))
    await asyncio.sleep(0.01)
    first.cancel()
    assert await second == "done"
    assert cache.peek("k") == "done"


def test_the_type_map_covers_reads_writes_text_and_wire_checks() -> None:
    from custom_tables import fields

    for name, kind in fields.FIELD_TYPES.items():
        assert kind.name == name and kind.known
        assert getattr(fields, kind.reader) is kind.read  # what frozen modules call
        assert getattr(fields, kind.writer) is kind.write
    number, date, json_string = (field_type(n) for n in ("number", "date", "json-string"))
    assert number.from_text("10") == 10 and field_type("boolean").from_text("true") is True
    assert date.from_text("2024-01-10") == "2024-01-10"
    assert field_type("string").from_text("10") == "10"
    assert json_string.from_text('[{"n":1}]') == [{"n": 1}]
    assert json_string.to_text(json_string.write([1])) == "[1]" and number.to_text(2.5) == "2.5"
    assert fields.wire_type_problem("number", True) == "a JSON number"
    assert fields.wire_type_problem("date", "2024-01-10") is None
    assert fields.wire_type_problem("json-string", "{") == "a string holding JSON text"
    assert fields.wire_type_problem("geo-point", {"any": "thing"}) is None
