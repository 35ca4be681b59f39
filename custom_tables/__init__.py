"""Typed custom-table rows for the Final POS API, with models built from the live structure.

```python
tables = CustomTables(pos)                  # pos: a final_pos_client.FinalPOS
table = await tables.table("loyalty-points")
row = await table.create({"customerId": cid, "points": 10})
```
"""

from ._errors import TableNotFoundError, UnexpectedResponseError, ValidationError
from ._structure import FieldInfo, FieldReference
from ._table import Table
from ._tables import CustomTables

__all__ = [
    "CustomTables",
    "FieldInfo",
    "FieldReference",
    "Table",
    "TableNotFoundError",
    "UnexpectedResponseError",
    "ValidationError",
]
