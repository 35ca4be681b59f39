"""The committed generated package: auth default, typed lists, unknown keys kept."""

from __future__ import annotations

import inspect
import typing

import httpx
import pytest

from final_pos_client import AuthenticatedClient, errors
from final_pos_client.api.custom_tables_structure import custom_tables_controller_find_all
from final_pos_client.api.products import products_controller_find_all
from final_pos_client.models import (
    CreateCustomTableValueDto,
    Customer,
    CustomTableDataRow,
    CustomTableFieldResponseDto,
    CustomTableResponseDto,
    ErrorResponseDto,
    ObjectId,
    ProductResponseDto,
)

CUSTOMER_WIRE = {
    "id": "o1p2q3r4s5t6u7v8w9x0y1z2",
    "email": "ada@example.com",
    "firstName": "Ada",
    "billing": {"city": "London", "vatNumber": "GB1"},
    "loyaltyPoints": 120,
    "preferences": {"newsletter": True},
}


def test_authenticated_client_sends_the_bare_key_as_x_api_key() -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1:9", token="secret-key")
    headers = client.get_async_httpx_client().headers
    assert headers["x-api-key"] == "secret-key"
    assert "authorization" not in headers


def test_list_functions_return_typed_lists() -> None:
    # Documented error statuses (wire contract, see the overlay) parse into ErrorResponseDto.
    hints = typing.get_type_hints(products_controller_find_all.asyncio)
    assert hints["return"] == ErrorResponseDto | list[ProductResponseDto] | None
    hints = typing.get_type_hints(custom_tables_controller_find_all.asyncio)
    assert hints["return"] == ErrorResponseDto | list[CustomTableResponseDto] | None
    limit = inspect.signature(products_controller_find_all.asyncio).parameters["limit"]
    assert limit.default == 50


def test_unknown_keys_survive_a_read_modify_write() -> None:
    customer = Customer.from_dict(CUSTOMER_WIRE)
    assert customer["loyaltyPoints"] == 120
    customer.first_name = "Augusta"
    wire = customer.to_dict()
    assert wire == {**CUSTOMER_WIRE, "firstName": "Augusta"}


def test_structure_ids_accept_a_string_or_an_oid_object() -> None:
    base = {
        "name": "points",
        "type": "number",
        "createdAt": "2025-01-01T00:00:00Z",
        "updatedAt": "2025-01-01T00:00:00Z",
    }
    plain = CustomTableFieldResponseDto.from_dict({**base, "_id": "f1", "tableId": "t1"})
    assert (plain.id, plain.table_id) == ("f1", "t1")
    oid = {"$oid": "507f1f77bcf86cd799439011"}
    extended = CustomTableFieldResponseDto.from_dict({**base, "_id": oid, "tableId": oid})
    assert extended.table_id == ObjectId(oid="507f1f77bcf86cd799439011")
    assert extended.to_dict()["tableId"] == oid


def test_data_rows_accept_row_id_or_underscore_id() -> None:
    oid = {"$oid": "507f1f77bcf86cd799439011"}
    by_row_id = CustomTableDataRow.from_dict({"rowId": oid, "points": 5})
    assert by_row_id.row_id == ObjectId(oid=oid["$oid"])
    assert by_row_id["points"] == 5
    by_id = CustomTableDataRow.from_dict({"_id": "user_data_1", "fullName": "John Doe"})
    assert by_id.id == "user_data_1"
    assert by_id.to_dict() == {"_id": "user_data_1", "fullName": "John Doe"}


def _answering(status: int, body: object) -> AuthenticatedClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    return AuthenticatedClient(
        base_url="http://127.0.0.1:9",
        token="k",
        raise_on_unexpected_status=True,
        httpx_args={"transport": transport},
    )


async def test_stock_function_parses_a_documented_error_status_into_error_response_dto() -> None:
    body = {"statusCode": 401, "message": "Invalid API key", "error": "Unauthorized"}
    response = await products_controller_find_all.asyncio_detailed(client=_answering(401, body))
    assert response.status_code == 401
    assert response.parsed == ErrorResponseDto.from_dict(body)
    assert isinstance(response.parsed, ErrorResponseDto)
    assert response.parsed.status_code == 401


async def test_stock_function_still_raises_on_an_undocumented_status() -> None:
    body = {"statusCode": 503, "message": "down", "error": "Service Unavailable"}
    with pytest.raises(errors.UnexpectedStatus) as raised:
        await products_controller_find_all.asyncio(client=_answering(503, body))
    assert raised.value.status_code == 503


def test_a_value_create_needs_table_row_field_and_value() -> None:
    oid = ObjectId(oid="507f1f77bcf86cd799439011")
    body = CreateCustomTableValueDto(table_id=oid, row_id=oid, field_id=oid, value=None)
    assert body.to_dict() == {
        "tableId": {"$oid": oid.oid},
        "rowId": {"$oid": oid.oid},
        "fieldId": {"$oid": oid.oid},
        "value": None,  # a JSON null is a value; the key is always sent
    }
    with pytest.raises(TypeError, match="value"):
        CreateCustomTableValueDto(table_id=oid, row_id=oid, field_id=oid)  # type: ignore[call-arg]
