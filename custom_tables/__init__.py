"""Typed custom-table rows for the Final POS API, with models built from the live structure.

```python
tables = CustomTables(pos)                  # pos: a final_pos_client.FinalPOS
table = await tables.table("loyalty-points")
row = await table.create({"customerId": cid, "points": 10})
```
"""

from .client import CustomTables
from .customers import CustomerKey
from .errors import (
    CustomerKeyError,
    ImportFileError,
    ImportRowsError,
    IncompleteRowError,
    ModelMismatchError,
    RowProblem,
    StructureError,
    TableNotFoundError,
    UnexpectedResponseError,
    UnknownFieldError,
    ValidationError,
    WrongValue,
)
from .importing import ImportReport, ImportResult
from .keyed import KeyedLock
from .results import CreateResult, Row, UpsertResult
from .structure import FieldInfo, FieldReference
from .tables import Table

__all__ = [
    "CreateResult",
    "CustomTables",
    "CustomerKey",
    "CustomerKeyError",
    "FieldInfo",
    "FieldReference",
    "ImportFileError",
    "ImportReport",
    "ImportResult",
    "ImportRowsError",
    "IncompleteRowError",
    "KeyedLock",
    "ModelMismatchError",
    "Row",
    "RowProblem",
    "StructureError",
    "Table",
    "TableNotFoundError",
    "UnexpectedResponseError",
    "UnknownFieldError",
    "UpsertResult",
    "ValidationError",
    "WrongValue",
]
