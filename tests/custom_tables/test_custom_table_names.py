"""Any field name a company can choose gives a usable attribute (issue 9, item 7)."""

from __future__ import annotations

import importlib.util
import keyword
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from custom_tables import CustomTables
from custom_tables.freeze import freeze_source
from custom_tables.names import attribute_names
from custom_tables.rows import WIRE_NAME, build_row_model
from custom_tables.structure import parse_field
from final_pos_fake import FakeServer

ODD_NAMES = [
    "self",
    "cls",
    "class",
    "match",
    "__init__",
    "__class__",
    "mro",
    "id",
    "ID",
    "extra",
    "created_at",
    "updated_at",
    "rowId",
    "_id",
    "createdAt",
    "updatedAt",
    "customer_id",
    "CustomerID",
    "e-mail",
    "E_Mail",
    "prénom",
    "ﬁle",
    "数量",
    "###",
]
RESERVED = {"id", "created_at", "updated_at", "extra", "self", "cls"}


def test_attribute_names_are_safe_distinct_and_order_independent() -> None:
    names = attribute_names(ODD_NAMES)
    assert len(set(names)) == len(names)
    for name in names:
        assert name.isidentifier() and not keyword.iskeyword(name)
        assert not keyword.issoftkeyword(name) and not name.startswith("_")
        assert name not in RESERVED
    reordered = attribute_names(list(reversed(ODD_NAMES)))
    assert dict(zip(ODD_NAMES, names, strict=True)) == dict(
        zip(reversed(ODD_NAMES), reordered, strict=True)
    )
    assert names[ODD_NAMES.index("customer_id")] == "customer_id"  # already an identifier


def test_a_field_named_row_id_never_becomes_the_row_id() -> None:
    fields = (parse_field({"_id": "f1", "name": "rowId", "type": "string"}),)
    row_model = build_row_model("t", fields)
    assert row_model.build({"rowId": {"$oid": "r1"}}).id == "r1"
    shadowed = row_model.build({"rowId": "a value", "_id": "r2"})
    # The data row's rowId is the row's own key: the field's value comes from its value record.
    assert (shadowed.id, shadowed.row_id) == ("r2", None)
    assert row_model.shadowed == ((fields[0], "row_id"),)
    assert row_model.build({"rowId": "a value"}).id is None


@pytest.fixture
def odd_table(fake_server: FakeServer) -> list[str]:
    fields: list[dict[str, Any]] = [{"name": name, "type": "string"} for name in ODD_NAMES]
    fields.append(
        {
            "name": "customerId",
            "type": "string",
            "referenceLinkedCollection": "customers",
            "referenceLinkedField": "_id",
        }
    )
    fake_server.app.store.seed_custom_table("odd-names", fields=fields)
    return [field["name"] for field in fields]


async def test_odd_names_work_everywhere(
    tables: CustomTables,
    odd_table: list[str],
    new_customer: Callable[..., str],
    tmp_path: Path,
) -> None:
    customer_id = new_customer()
    table = await tables.table("odd-names")
    model_fields = {a.metadata[WIRE_NAME]: a.name for a in attrs.fields(table.model)[1:-3]}
    assert list(model_fields) == odd_table  # the wire name stays in the metadata
    values = {name: f"v{index}" for index, name in enumerate(odd_table)}
    values["customerId"] = customer_id
    created = await table.create(values)
    assert isinstance(created.id, str) and len(created.id) == 24
    for name, attribute in model_fields.items():
        assert getattr(created, attribute) == values[name], name
    assert await table.list() == [created]  # the row id and the rowId field, both kept
    assert [row async for row in table.iterate()] == [created]
    assert await table.find(row_id=values["rowId"]) == [created]
    updated = await table.update(created.id, {"rowId": "changed", "createdAt": "also"})
    assert (updated.id, updated.row_id, getattr(updated, model_fields["createdAt"])) == (
        created.id,
        "changed",
        "also",
    )
    created = updated

    row = table.model(**{model_fields["self"]: "s", model_fields["id"]: "i"})
    assert row.id is None and getattr(row, model_fields["self"]) == "s"
    assert [t.name for t in await tables.tables()][-1] == "odd-names"
    linked = await tables.rows_for_customer(customer_id)
    assert [r.id for r in linked["odd-names"]] == [created.id]
    customer = await tables.customer(customer_id)
    assert customer.custom_tables["odd-names"][0].id == created.id

    source = freeze_source(table.row_model, command="test")
    path = tmp_path / "frozen_odd.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("frozen_odd", path)
    assert spec is not None and spec.loader is not None
    frozen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(frozen)
    frozen_class = frozen.OddNamesRow
    assert [a.name for a in attrs.fields(frozen_class)] == [
        a.name for a in attrs.fields(table.model)
    ]
    typed = await tables.table("odd-names", model=frozen_class)
    got = await typed.get(created.id)
    assert isinstance(got, frozen_class) and attrs.asdict(got) == attrs.asdict(created)
