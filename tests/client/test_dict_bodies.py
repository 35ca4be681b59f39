"""Request bodies as plain dicts (wire or attribute names), checked before anything is sent."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest

from final_pos_client import FinalPOS, models
from final_pos_client._body_shapes import SHAPES
from final_pos_client.errors import ValidationError
from final_pos_client.models import AddressDto, CreateProductDto
from final_pos_fake import FakeServer


async def test_a_wire_name_dict_creates_a_customer(pos: FinalPOS, fake_server: FakeServer) -> None:
    customer = await pos.customers.create(
        {"email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace"}
    )

    assert (customer.first_name, customer.last_name) == ("Ada", "Lovelace")
    (stored,) = fake_server.app.store.records("customers")
    assert stored["firstName"] == "Ada" and stored["id"] == customer.id


async def test_attribute_names_and_nested_models_or_dicts(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    # Attribute names work at run time; the TypedDict (for type checkers) has the wire names.
    await pos.customers.create(
        {  # type: ignore[arg-type]
            "email": "b@example.com",
            "first_name": "Bea",
            "last_name": "B",
            "billing": {"address1": "1 Main St", "post_code": "10001"},
            "shipping": AddressDto(city="Berlin"),
            "metadata": [{"key": "k", "value": "v"}],
            "loyaltyCard": "L-7",  # customers take undeclared keys (custom fields)
        }
    )

    (stored,) = fake_server.app.store.records("customers")
    assert stored["firstName"] == "Bea"
    assert stored["billing"] == {"address1": "1 Main St", "postCode": "10001"}
    assert stored["shipping"] == {"city": "Berlin"}
    assert stored["metadata"] == [{"key": "k", "value": "v"}]
    assert stored["loyaltyCard"] == "L-7"


async def test_a_dict_sends_what_the_model_sends(pos: FinalPOS, fake_server: FakeServer) -> None:
    fields: dict[str, Any] = {"name": "Tea", "product_type": "simple", "sku": "T-1"}
    from_model = await pos.products.create(CreateProductDto(**fields))
    from_dict = await pos.products.create({"name": "Tea", "productType": "simple", "sku": "T-1"})

    first, second = fake_server.app.store.records("products")
    server_set = {"id", "createdAt", "updatedAt"}
    assert {k: v for k, v in first.items() if k not in server_set} == {
        k: v for k, v in second.items() if k not in server_set
    }
    assert from_model.name == from_dict.name == "Tea"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"productType": "simple"}, r"CreateProductDto: missing required field\(s\) \['name'\]"),
        ({"name": 3, "productType": "x"}, r"CreateProductDto\.name: expected str, got int 3"),
        (
            {"name": "T", "productType": "x", "skuu": "1"},
            r"unknown field 'skuu'; did you mean 'sku'",
        ),
        (
            {"name": "T", "productType": "x", "attributes": [{"name": "size"}, {"value": "L"}]},
            r"CreateProductDto\.attributes\[1\]: missing required field\(s\) \['name'\]",
        ),
        ({"name": "T", "product_type": "x", "productType": "y"}, "given twice"),
        (["name", "T"], "body must be a CreateProductDto or a dict"),
        # Models are mappings for pydantic's sake; another model is still not this body.
        (models.Customer(id="c"), "body must be a CreateProductDto or a dict.*got Customer"),
        (
            {"name": "T", "productType": "x", "attributes": [models.Customer(id="c")]},
            r"CreateProductDto\.attributes\[0\]: expected a AttributeDto or a dict, got Customer",
        ),
    ],
)
async def test_bad_dicts_fail_before_sending(
    pos: FinalPOS, fake_server: FakeServer, body: Any, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        await pos.products.create(body)
    assert len(fake_server.app.log) == 0


def test_validation_error_is_a_type_and_value_error() -> None:
    assert issubclass(ValidationError, TypeError) and issubclass(ValidationError, ValueError)


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("menuOrder", 1.5, "1"),  # number: int or float, not text
        ("menuOrder", 2, True),  # a bool is no number
    ],
)
async def test_number_fields(pos: FinalPOS, kind: str, good: object, bad: object) -> None:
    body = {"name": "c", "description": "d", kind: bad}
    with pytest.raises(ValidationError, match=f"CreateCategoryDto.{kind}: expected int or float"):
        await pos.categories.create(body)  # type: ignore[arg-type]
    body[kind] = good
    created = await pos.categories.create(body)  # type: ignore[arg-type]
    assert created.name == "c"


def test_the_field_tables_match_the_models() -> None:
    """Attribute names accepted in a dict are exactly the model constructor's."""
    for name, shape in SHAPES.items():
        model = getattr(models, name)
        constructor = {f.name for f in attrs.fields(model) if f.init}
        assert {f.attribute for f in shape.fields} == constructor, name
        assert {f.attribute for f in shape.fields if f.required} == {
            f.name for f in attrs.fields(model) if f.init and f.default is attrs.NOTHING
        }, name


def test_a_datetime_is_sent_as_iso_text() -> None:
    from final_pos_client._core._request_body import _value

    moment = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert _value(moment, "date-time", "x") == "2025-01-02T03:04:05+00:00"
    with pytest.raises(ValidationError, match="x: expected str"):
        _value(5, "date-time", "x")
