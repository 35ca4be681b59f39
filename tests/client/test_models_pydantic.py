"""Generated models in pydantic v2 and FastAPI: return annotation, ``response_model``, returned
unannotated, request bodies, OpenAPI components with the wire names, ``to_dict(by_alias=False)``,
read into a user's own model (``from_attributes``, absent fields taking its defaults); and
pydantic is imported only when it is used."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from typing import Annotated, Any

import pytest
from fastapi import Body, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from final_pos_client import models
from final_pos_client.models import CreateOrderDto, Customer
from final_pos_client.types import UNSET, ModelBase

WIRE = {
    "id": "a" * 24,
    "firstName": "Ada",
    "createdAt": "2025-01-29T09:00:00+00:00",
    "billing": {"city": "Paris"},
    "loyaltyTier": "gold",  # a key the model does not declare
}


def customer() -> Customer:
    return Customer.from_dict(WIRE)


def test_to_dict_by_alias_false_gives_attribute_names_without_absent_fields() -> None:
    assert customer().to_dict(by_alias=False) == {
        "id": "a" * 24,
        "first_name": "Ada",
        "created_at": "2025-01-29T09:00:00+00:00",
        "billing": {"city": "Paris"},
        "loyaltyTier": "gold",
    }
    assert customer().to_dict() == WIRE


def app_with_routes() -> FastAPI:
    app = FastAPI()

    @app.get("/annotated")
    async def annotated() -> Customer:
        return customer()

    @app.get("/unannotated")
    async def unannotated():  # type: ignore[no-untyped-def]  # FastAPI's jsonable_encoder path
        return [customer()]

    @app.get("/response-model", response_model=list[Customer])
    async def response_model() -> Any:
        return [customer(), {"id": "b" * 24, "lastName": "Lovelace"}]

    @app.post("/orders")
    async def create_order(order: Annotated[CreateOrderDto, Body()]) -> dict[str, Any]:
        assert isinstance(order, CreateOrderDto)
        return {"receipt": order.receipt_id, "lines": len(order.line_items or [])}

    return app


def test_fastapi_serves_models_with_their_wire_names() -> None:
    client = TestClient(app_with_routes())
    assert client.get("/annotated").json() == WIRE
    assert client.get("/unannotated").json() == [WIRE]
    assert client.get("/response-model").json() == [WIRE, {"id": "b" * 24, "lastName": "Lovelace"}]


def test_sdk_models_inside_untyped_fields_serialize_with_their_wire_names() -> None:
    app = FastAPI()

    @app.get("/summary")
    async def summary() -> dict[str, Any]:
        return {"customer": customer(), "recent": [customer()], "count": 1}

    assert TestClient(app).get("/summary").json() == {
        "customer": WIRE,
        "recent": [WIRE],
        "count": 1,
    }

    class Envelope(BaseModel):
        data: Any

    envelope = Envelope(data={"customer": customer()})
    assert json.loads(envelope.model_dump_json(by_alias=True)) == {"data": {"customer": WIRE}}
    assert envelope.model_dump()["data"]["customer"]["first_name"] == "Ada"


def test_fastapi_validates_a_model_request_body() -> None:
    client = TestClient(app_with_routes())
    order = {
        "receiptId": "R-1",
        "status": "pending",
        "source": "final",
        "balance": "0",
        "summary": {"discountTotal": "0", "total": "3.5", "totalTaxes": "0", "subTotal": "3.5"},
        "lineItems": [{"productId": "p" * 24, "quantity": 1}],
    }
    assert client.post("/orders", json=order).json() == {"receipt": "R-1", "lines": 1}
    refused = client.post("/orders", json={**order, "receiptId": 7, "summary": {}})
    assert refused.status_code == 422
    where = {tuple(error["loc"]) for error in refused.json()["detail"]}
    assert ("body", "receiptId") in where
    assert ("body", "summary", "total") in where


def test_openapi_has_one_component_per_model_with_wire_names() -> None:
    schema = TestClient(app_with_routes()).get("/openapi.json").json()
    components = schema["components"]["schemas"]
    customer_schema = components["Customer"]
    assert customer_schema["title"] == "Customer"
    assert customer_schema["required"] == ["id"]
    assert {"firstName", "createdAt", "billing"} <= set(customer_schema["properties"])
    assert customer_schema["properties"]["createdAt"]["format"] == "date-time"
    assert "first_name" not in customer_schema["properties"]
    assert customer_schema["properties"]["billing"] == {"$ref": "#/components/schemas/AddressDto"}
    order = components["CreateOrderDto"]
    assert {"receiptId", "status", "source", "balance", "summary"} <= set(order["required"])


def test_every_generated_model_has_a_pydantic_schema() -> None:
    classes = [getattr(models, name) for name in models.__all__]
    generated = [cls for cls in classes if isinstance(cls, type) and issubclass(cls, ModelBase)]
    assert len(generated) > 50
    for cls in generated:
        assert TypeAdapter(cls).json_schema()["title"] == cls.__name__


def test_pydantic_validates_from_wire_or_attribute_names_and_dumps_by_alias() -> None:
    adapter = TypeAdapter(Customer)
    read = adapter.validate_python({"id": "x", "firstName": "Ada", "extra": 1})
    assert (read.first_name, read.last_name, read.additional_properties) == (
        "Ada",
        UNSET,
        {"extra": 1},
    )
    assert adapter.validate_python({"id": "x", "first_name": "Ada"}).first_name == "Ada"
    same = customer()
    assert adapter.validate_python(same) is same
    assert adapter.dump_python(same, by_alias=True) == WIRE
    assert adapter.dump_python(same)["first_name"] == "Ada"
    with pytest.raises(ValidationError, match="id"):
        adapter.validate_python({"firstName": "Ada"})


class CustomerView(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    first_name: str | None = None
    email: str | None = None
    billing: dict[str, Any] | None = None


def test_a_pydantic_model_holding_an_sdk_model_round_trips() -> None:
    class Page(BaseModel):
        customers: list[Customer]

    page = Page.model_validate({"customers": [WIRE]})
    assert page.customers[0].first_name == "Ada"
    assert Page.model_validate(page.model_dump(by_alias=True)).model_dump(by_alias=True) == {
        "customers": [WIRE]
    }


def test_a_users_model_reads_an_sdk_model_with_absent_fields_as_defaults() -> None:
    expected = {"id": "a" * 24, "first_name": "Ada", "email": None, "billing": {"city": "Paris"}}
    assert customer().email is UNSET
    assert CustomerView.model_validate(customer(), from_attributes=True).model_dump() == expected
    assert CustomerView.model_validate(customer()).model_dump() == expected


def test_a_users_model_with_wire_name_aliases_nested_models_and_dates() -> None:
    from pydantic.alias_generators import to_camel

    class AddressView(BaseModel):
        city: str
        post_code: str = "-"

    class Listing(BaseModel):
        model_config = ConfigDict(from_attributes=True, alias_generator=to_camel)

        id: str
        first_name: str
        last_name: str | None = None
        created_at: datetime.datetime
        billing: AddressView
        shipping: AddressView | None = None

    listing = Listing.model_validate(customer(), from_attributes=True)
    assert (listing.first_name, listing.last_name, listing.shipping) == ("Ada", None, None)
    assert listing.created_at == datetime.datetime(2025, 1, 29, 9, tzinfo=datetime.UTC)
    assert listing.billing == AddressView(city="Paris")

    class Strict(Listing):
        last_name: str

    with pytest.raises(ValidationError, match="lastName"):
        Strict.model_validate(customer(), from_attributes=True)


def test_fastapi_response_model_of_the_users_own_class_takes_an_sdk_model() -> None:
    app = FastAPI()

    @app.get("/view", response_model=CustomerView)
    async def view() -> Any:
        return customer()

    assert TestClient(app).get("/view").json() == {
        "id": "a" * 24,
        "first_name": "Ada",
        "email": None,
        "billing": {"city": "Paris"},
    }


def test_the_mapping_view_holds_present_fields_by_wire_or_attribute_name() -> None:
    model = customer()
    assert isinstance(model, Mapping)
    assert list(model) == ["id", "createdAt", "firstName", "billing", "loyaltyTier"]
    assert list(model.keys()) == list(model) and len(model) == 5
    assert model["firstName"] == model["first_name"] == model.get("first_name") == "Ada"
    assert model["billing"] is model.billing and model["loyaltyTier"] == "gold"
    assert "email" not in model and model.get("email", "-") == "-"
    with pytest.raises(KeyError):
        model["email"]
    assert dict(model.items()) == dict(model) and dict(model)["createdAt"] == model.created_at
    assert bool(Customer(id="x")) and not Customer(id="x").to_dict().keys() - {"id"}
    model["loyaltyTier"] = "silver"  # unknown keys stay writable, as before
    assert model.additional_properties == {"loyaltyTier": "silver"}


def test_a_users_model_reads_the_attribute_dict() -> None:
    view = CustomerView.model_validate(customer().to_dict(by_alias=False))
    assert view.model_dump() == {
        "id": "a" * 24,
        "first_name": "Ada",
        "email": None,
        "billing": {"city": "Paris"},
    }


def test_import_final_pos_client_and_models_does_not_import_pydantic() -> None:
    code = """
        import sys
        import final_pos_client
        from final_pos_client.models import Customer
        c = Customer.from_dict({"id": "x", "firstName": "Ada"})
        c.to_dict(); c.to_dict(by_alias=False); dict(c); repr(c)
        print("pydantic" in sys.modules, "pydantic_core" in sys.modules)
    """
    completed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    assert completed.stdout.split() == ["False", "False"]


def test_nested_lists_of_models_in_both_directions() -> None:
    order = TypeAdapter(CreateOrderDto).validate_json(
        """{"receiptId": "R-1", "status": "paid", "source": "pos", "balance": "0",
            "summary": {"discountTotal": "0", "total": "7", "totalTaxes": "0"},
            "lineItems": [{"productId": "p1", "quantity": 2}, {"productId": "p2"}]}"""
    )
    assert [line.product_id for line in order.line_items or []] == ["p1", "p2"]
    snake = order.to_dict(by_alias=False)
    assert snake["line_items"] == [{"product_id": "p1", "quantity": 2}, {"product_id": "p2"}]
    assert snake["summary"] == {"discount_total": "0", "total": "7", "total_taxes": "0"}
    assert order.to_dict()["lineItems"][0] == {"productId": "p1", "quantity": 2}
