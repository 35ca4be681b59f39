"""Typed custom-table rows for the Final POS API, with models built from the live structure.

```python
tables = CustomTables(pos)                  # pos: a final_pos_client.FinalPOS
table = await tables.table("loyalty-points")
row = await table.create({"customerId": cid, "points": 10})
```
"""

from .customers import CustomerKey, CustomerKeyError
from .errors import TableNotFoundError, UnexpectedResponseError, ValidationError
from .structure import FieldInfo, FieldReference
from .tables import (
    CreateResult,
    CustomTables,
    ModelMismatchError,
    Row,
    Table,
    UpsertResult,
)

__all__ = [
    "CreateResult",
    "CustomTables",
    "CustomerKey",
    "CustomerKeyError",
    "FieldInfo",
    "FieldReference",
    "ModelMismatchError",
    "Row",
    "Table",
    "TableNotFoundError",
    "UnexpectedResponseError",
    "UpsertResult",
    "ValidationError",
]
