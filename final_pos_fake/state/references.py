"""Strict mode: ids in a request body that must name a live record.

Only where the description's own words name the record (``customerId``: "ID of the customer";
``sessionId``: "Register session ID"; a refund's ``orderId``: "Order being refunded"...). What
the real API answers for a dangling id is not documented; the fake assumes 400 naming the
field and the missing record, like its other validation errors.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# collection -> {body key -> referenced collection}
REFERENCES: Mapping[str, Mapping[str, str]] = {
    "orders": {"customerId": "customers", "sessionId": "sessions"},
    "transactions": {"sessionId": "sessions", "orderId": "orders", "refundId": "refunds"},
    "refunds": {"orderId": "orders", "sessionId": "sessions"},
    "sessions": {"stationId": "stations"},
    "stations": {"outletId": "outlets"},
    "variants": {"productId": "products"},
}


def missing_references(
    collection: str, body: Mapping[str, Any], exists: Callable[[str, str], bool]
) -> list[str]:
    """One message per id in ``body`` that names no live record, e.g. ``customerId: no
    customer with id 'abc'``."""
    problems = []
    for key, target in REFERENCES.get(collection, {}).items():
        value = body.get(key)
        if isinstance(value, str) and not exists(target, value):
            label = target.removesuffix("s").replace("_", " ")
            problems.append(f"{key}: no {label} with id {value!r}")
    return problems
