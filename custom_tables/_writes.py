"""Row writes as the wire contract stores them: a row record plus one value record per field."""

from __future__ import annotations

import asyncio

from ._validation import WireValues
from ._wire import CustomTablesWire, value_field_id, value_record_id


async def create_row(wire: CustomTablesWire, table_id: str, values: WireValues) -> str:
    """Create the row and its values, all or nothing; returns the new row id.

    If a value write fails, the row is deleted again and the original error is raised, with
    the row id in its ``row_id`` attribute and in a note.
    """
    row_id = await wire.create_row(table_id)
    try:
        for field, value in values:
            await wire.create_value(table_id, row_id, field.id, value)
    except BaseException as error:
        await _delete_again(wire, row_id, error)
        raise
    return row_id


async def _delete_again(wire: CustomTablesWire, row_id: str, error: BaseException) -> None:
    error.row_id = row_id  # type: ignore[attr-defined]
    try:
        # shield: a cancelled create still removes its half-written row.
        await asyncio.shield(wire.delete_row(row_id))
    except Exception as delete_error:
        error.add_note(
            f"custom table row {row_id} was created, a value write failed, and deleting the "
            f"row again failed too ({type(delete_error).__name__}: {delete_error}): delete it"
        )
    else:
        error.add_note(f"custom table row {row_id} was deleted again because a value write failed")


async def update_row(
    wire: CustomTablesWire, table_id: str, table_name: str, row_id: str, values: WireValues
) -> None:
    """Change only the given fields: patch their value records, create the missing ones."""
    if not values:
        return
    records = await wire.list_values(table_id, row_id)
    if not records:
        await wire.get_row(table_name, row_id)  # an unknown row fails here, before any write
    value_ids = {value_field_id(record): value_record_id(record) for record in records}
    for field, value in values:
        value_id = value_ids.get(field.id)
        if value_id is None:
            await wire.create_value(table_id, row_id, field.id, value)
        else:
            await wire.update_value(value_id, value)
