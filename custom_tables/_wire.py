"""The only module that talks to the API: the custom-table endpoints of the wire contract.

Everything goes through a ``final_pos_client.FinalPOS``: ``pos.request`` for the custom-table
paths (plain decoded JSON, the client's retries and errors) and ``pos.customers`` for customers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Protocol
from urllib.parse import quote

from ._errors import UnexpectedResponseError
from ._structure import plain_id

MAX_PAGE_SIZE = 100  # the server answers a larger `limit` with 400

TABLES = "/v1/api/custom-tables"
FIELDS = "/v1/api/custom-table-fields"
DATA = "/v1/api/custom-table-data/{table}"
DATA_ROW = "/v1/api/custom-table-data/{table}/{id}"
ROW = "/v1/api/custom-table-row"
ROW_BY_ID = "/v1/api/custom-table-row/{id}"
VALUE = "/v1/api/custom-table-value"
VALUE_BY_ID = "/v1/api/custom-table-value/{id}"
VALUES = "/v1/api/custom-table-values"

Record = dict[str, Any]


class RequestingClient(Protocol):
    """What this package needs of ``FinalPOS``."""

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
    ) -> Any: ...


def oid(plain: str) -> dict[str, str]:
    """Ids in custom-table write bodies are extended-JSON objects."""
    return {"$oid": plain}


def _segment(value: str) -> str:
    return quote(value, safe="")


class CustomTablesWire:
    def __init__(self, pos: RequestingClient) -> None:
        self.pos = pos

    async def list_tables(self) -> list[Record]:
        return [record async for record in self._all_pages(TABLES, {})]

    async def list_fields(self, table_id: str) -> list[Record]:
        return [record async for record in self._all_pages(FIELDS, {"tableId": table_id})]

    async def list_rows(self, table_name: str, *, skip: int, limit: int) -> list[Record]:
        path = DATA.format(table=_segment(table_name))
        return await self._page(path, {"skip": skip, "limit": limit})

    async def get_row(self, table_name: str, row_id: str) -> Record:
        path = DATA_ROW.format(table=_segment(table_name), id=_segment(row_id))
        return _record(await self.pos.request("GET", path))

    async def create_row(self, table_id: str) -> str:
        created = _record(await self.pos.request("POST", ROW, json={"tableId": oid(table_id)}))
        row_id = plain_id(created.get("_id", created.get("id")))
        if row_id is None:
            raise UnexpectedResponseError(f"created row without an id: {created!r}")
        return row_id

    async def delete_row(self, row_id: str) -> None:
        await self.pos.request("DELETE", ROW_BY_ID.format(id=_segment(row_id)))

    async def create_value(self, table_id: str, row_id: str, field_id: str, value: Any) -> Record:
        body = {
            "tableId": oid(table_id),
            "rowId": oid(row_id),
            "fieldId": oid(field_id),
            "value": value,
        }
        return _record(await self.pos.request("POST", VALUE, json=body))

    async def list_values(self, table_id: str, row_id: str) -> list[Record]:
        query = {"tableId": table_id, "rowId": row_id}
        return [record async for record in self._all_pages(VALUES, query)]

    async def update_value(self, value_id: str, value: Any) -> Record:
        path = VALUE_BY_ID.format(id=_segment(value_id))
        return _record(await self.pos.request("PATCH", path, json={"value": value}))

    async def get_customer(self, customer_id: str) -> Any:
        customers: Any = getattr(self.pos, "customers")  # noqa: B009 (not in the Protocol)
        return await customers.get(customer_id)

    async def _page(self, path: str, query: dict[str, Any]) -> list[Record]:
        answer = await self.pos.request("GET", path, params=query)
        if not isinstance(answer, list) or not all(isinstance(item, dict) for item in answer):
            raise UnexpectedResponseError(f"GET {path}: expected a JSON array of objects")
        return answer

    async def _all_pages(self, path: str, query: Mapping[str, Any]) -> AsyncIterator[Record]:
        skip = 0
        while True:
            page = await self._page(path, {**query, "skip": skip, "limit": MAX_PAGE_SIZE})
            for record in page:
                yield record
            if len(page) < MAX_PAGE_SIZE:
                return
            skip += len(page)


def value_field_id(value_record: Mapping[str, Any]) -> str | None:
    return plain_id(value_record.get("fieldId"))


def value_record_id(value_record: Mapping[str, Any]) -> str | None:
    return plain_id(value_record.get("_id", value_record.get("id")))


def _record(answer: Any) -> Record:
    if not isinstance(answer, dict):
        raise UnexpectedResponseError(f"expected a JSON object, got {type(answer).__name__}")
    return answer
