"""After the row builder: values of fields a data row hides, and rows missing required values."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from .api import CustomTablesAPI, Record
from .errors import IncompleteRowError
from .rows import RowModel, missing_values
from .structure import FieldInfo, plain_id

logger = logging.getLogger("custom_tables")

# Value-record reads in flight for a page of a table with shadowed fields.
_SHADOWED_READS = 8


async def read_shadowed(
    api: CustomTablesAPI,
    table_id: str,
    shadowed: tuple[tuple[FieldInfo, str], ...],
    rows: list[Any],
) -> None:
    """Fields named like a row key (``rowId``): their values, from the value records."""
    gate = asyncio.Semaphore(_SHADOWED_READS)

    async def read(row: Any) -> None:
        async with gate:
            records = await api.value_records(table_id, row.id)
        values = {plain_id(record.get("fieldId")): record.get("value") for record in records}
        for field, attribute in shadowed:
            if field.id in values:
                setattr(row, attribute, field.converter.read(values[field.id]))

    await asyncio.gather(*(read(row) for row in rows if row.id is not None))


def complete_rows(
    table: str,
    row_model: RowModel,
    rows: list[Any],
    records: list[Record],
    reported: set[str],
    strict: bool,
) -> list[Any]:
    """The rows with every value their model requires. Each other row raises
    ``IncompleteRowError`` (``strict``) or is left out, logged once (``reported``: row ids)."""
    complete = []
    for row, record in zip(rows, records, strict=True):
        missing = missing_values(row_model, row)
        if not missing:
            complete.append(row)
            continue
        error = IncompleteRowError(table, row.id, missing, record)
        if strict:
            raise error
        if row.id not in reported:
            reported.add(row.id)
            logger.warning("skipped: %s", error)
    return complete
