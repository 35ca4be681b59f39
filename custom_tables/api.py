"""The only module that talks to the API, through the generated ``FinalPOS`` resources.

Structure records and write answers come as the generated models; flat data rows come as the
decoded JSON of ``custom_table_data`` (``with_raw_response``), because their keys are the
table's own and turning them into ``CustomTableDataRow`` first would only cost time. Paging is
the generated client's own loop (``final_pos_client._core._pagination``).

A row write follows the wire contract: a row record, then one value record per field. This
module keeps the all-or-nothing promise of ``create`` and says truthfully what was left behind.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from final_pos_client._core._pagination import MAX_PAGE_SIZE, check_page_size, iterate_pages
from final_pos_client.errors import (
    APIConnectionError,
    APIOutcomeUnknownError,
    APIResponseValidationError,
    APIStatusError,
    NotFoundError,
)
from final_pos_client.models import (
    CreateCustomTableRowDto,
    CreateCustomTableValueDto,
    ObjectId,
    UpdateCustomTableValueDto,
)

from .errors import UnexpectedResponseError
from .structure import FieldInfo, plain_id

if TYPE_CHECKING:
    from final_pos_client import FinalPOS

__all__ = ["MAX_PAGE_SIZE", "CustomTablesAPI", "Record", "WireValues", "check_page_size"]

Record = dict[str, Any]
# Checked wire values of a write, in field order.
WireValues = Sequence[tuple[FieldInfo, Any]]


def _oid(plain: str) -> ObjectId:
    return ObjectId(oid=plain)


def _records(answer: Any, what: str) -> list[Record]:
    if not isinstance(answer, list) or not all(isinstance(item, dict) for item in answer):
        raise UnexpectedResponseError(f"{what}: expected a JSON array of objects")
    return answer


class CustomTablesAPI:
    def __init__(self, pos: FinalPOS) -> None:
        self.pos = pos

    # ---- structure ----
    async def list_tables(self) -> list[Record]:
        pages = self.pos.custom_tables.iterate(page_size=MAX_PAGE_SIZE)
        return [table.to_dict() async for table in pages]

    async def list_fields(self, table_id: str) -> list[Record]:
        pages = self.pos.custom_table_fields.iterate(table_id=table_id, page_size=MAX_PAGE_SIZE)
        return [field.to_dict() async for field in pages]

    # ---- flat data rows ----
    async def list_rows(self, table_name: str, *, skip: int, limit: int) -> list[Record]:
        raw = await self.pos.custom_table_data.with_raw_response.list(
            table_name, skip=skip, limit=limit
        )
        return _records(_json(raw.http_response.content), f"rows of {table_name!r}")

    def iterate_rows(self, table_name: str, page_size: int) -> AsyncIterator[Record]:
        """Every record, page after page (``page_size`` is checked now, like the resources')."""

        async def fetch_page(skip: int, limit: int) -> list[Record]:
            return await self.list_rows(table_name, skip=skip, limit=limit)

        return iterate_pages(fetch_page, page_size)

    async def get_row(self, table_name: str, row_id: str) -> Record:
        raw = await self.pos.custom_table_data.with_raw_response.get(table_name, row_id)
        answer = _json(raw.http_response.content)
        if not isinstance(answer, dict):
            raise UnexpectedResponseError(f"row {row_id} of {table_name!r}: expected an object")
        return answer

    async def read_back(self, table_name: str, row_id: str) -> Record:
        """``get_row``, asked once more when the answer came cut short (a GET is safe to repeat)."""
        try:
            return await self.get_row(table_name, row_id)
        except UnexpectedResponseError:
            return await self.get_row(table_name, row_id)

    # ---- writes ----
    async def create_row(self, table_id: str) -> tuple[str, Record]:
        """The new (empty) row's id and record."""
        created = await self.pos.custom_table_rows.create(
            CreateCustomTableRowDto(table_id=_oid(table_id))
        )
        record = created.to_dict()
        row_id = plain_id(record.get("_id"))
        if row_id is None:
            raise UnexpectedResponseError("created row without an id")
        return row_id, record

    async def delete_row(self, row_id: str) -> None:
        await self.pos.custom_table_rows.delete(row_id)

    async def create_value(
        self, table_id: str, row_id: str, field_id: str, value: Any
    ) -> Record | None:
        """The stored value record; None when the server stored it (a 2xx answer) but its body
        could not be read."""
        body = CreateCustomTableValueDto(
            table_id=_oid(table_id), row_id=_oid(row_id), field_id=_oid(field_id), value=value
        )
        try:
            created = await self.pos.custom_table_values.create(body)
        except APIResponseValidationError:
            return None
        return created.to_dict()

    async def update_value(self, value_id: str, value: Any) -> None:
        await self.pos.custom_table_values.update(value_id, UpdateCustomTableValueDto(value=value))

    async def value_records(self, table_id: str, row_id: str) -> list[Record]:
        """A row's stored value records (``{_id, fieldId, value, ...}``)."""
        pages = self.pos.custom_table_values.iterate(
            table_id=table_id, row_id=row_id, page_size=MAX_PAGE_SIZE
        )
        return [value.to_dict() async for value in pages]

    async def value_ids(self, table_id: str, row_id: str) -> dict[str | None, str | None]:
        """``{field id: value record id}`` of a row's stored values."""
        return {
            plain_id(record.get("fieldId")): plain_id(record.get("_id"))
            for record in await self.value_records(table_id, row_id)
        }

    async def get_customer(self, customer_id: str) -> Any:
        return await self.pos.customers.get(customer_id)

    # ---- row writes as the wire contract stores them ----
    async def create_row_with_values(
        self, table_id: str, table_name: str, values: WireValues
    ) -> tuple[str, Record | None]:
        """Create the row and its values, all or nothing; returns the new row id and its flat
        data record as the write answers give it (None when an answer did not carry it).

        If a value write fails, the row is deleted again and the original error is raised,
        with the row id in its ``row_id`` attribute and a note saying what became of the row.
        """
        try:
            row_id, row = await self.create_row(table_id)
        except APIOutcomeUnknownError as error:
            error.row_id = None  # type: ignore[attr-defined]
            error.add_note(
                f"the answer to the row create was lost: an empty row may exist in custom "
                f"table {table_name!r} (its id is unknown); reads skip rows without their "
                f"required values, table.incomplete_rows() lists them"
            )
            raise
        record: Record | None = {
            "rowId": row_id,
            "createdAt": row.get("createdAt"),
            "updatedAt": row.get("updatedAt"),
        }
        try:
            for field, value in values:
                stored = await self.create_value(table_id, row_id, field.id, value)
                if stored is None or "value" not in stored:
                    record = None  # stored, but the answer did not say how: read the row back
                elif record is not None:
                    record[field.name] = stored["value"]
                    record["updatedAt"] = stored.get("updatedAt", record["updatedAt"])
        except BaseException as error:
            error.row_id = row_id  # type: ignore[attr-defined]
            # shield: a cancelled create still removes its half-written row.
            note = self.delete_again(table_name, row_id, "a value write failed")
            error.add_note(await asyncio.shield(note))
            raise
        return row_id, record

    async def delete_again(self, table_name: str, row_id: str, why: str) -> str:
        """Delete a row this package created and could not complete; a note saying the outcome."""
        try:
            await self.delete_row(row_id)
        except NotFoundError:
            pass  # an earlier attempt of the same DELETE went through
        except (APIConnectionError, APIStatusError) as delete_error:
            if not await self._row_gone(table_name, row_id):
                return (
                    f"custom table row {row_id} was created, {why}, and deleting the row again "
                    f"failed too ({type(delete_error).__name__}: {delete_error}): the row still "
                    f"exists and may be incomplete; delete it"
                )
        return f"custom table row {row_id} was deleted again because {why}"

    async def _row_gone(self, table_name: str, row_id: str) -> bool:
        """Whether the row is gone (a DELETE whose answer was lost may have succeeded)."""
        try:
            await self.get_row(table_name, row_id)
        except NotFoundError:
            return True
        except Exception:  # cannot tell: say it may exist
            return False
        return False

    async def update_row(
        self, table_id: str, table_name: str, row_id: str, values: WireValues
    ) -> None:
        """Change only the given fields: patch their value records, create the missing ones."""
        if not values:
            return
        value_ids = await self.value_ids(table_id, row_id)
        if not value_ids:
            await self.get_row(table_name, row_id)  # an unknown row fails here, before any write
        for field, value in values:
            value_id = value_ids.get(field.id)
            if value_id is None:
                await self.create_value(table_id, row_id, field.id, value)
            else:
                await self.update_value(value_id, value)


def _json(content: bytes) -> Any:
    try:
        return json.loads(content) if content.strip() else None
    except (ValueError, RecursionError) as error:
        raise UnexpectedResponseError(f"the response body is not valid JSON ({error})") from None
