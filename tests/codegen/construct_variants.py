"""The constructs a NestJS backend emits on a bump, each as a candidate built from ``openapi.yaml``.

Each variant is a function of the current description (a fresh copy) that changes it in place;
``constructs_1_3_0`` applies every additive one together (the "1.3.0" of issue 21). The
breaking ones start from a description and change one thing a caller depends on.
``tests/codegen/test_constructs.py`` regenerates them into scratch copies and grades them with
``python -m codegen diff``; ``tests/codegen/constructs/`` uses the regenerated package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .bump_variants import SCHEMA_REF, Spec, _dump, bumped, current

SECURITY: list[dict[str, list[str]]] = [{"X-Api-Key": []}]
STATION_STATUSES = ["AVAILABLE", "BUSY", "OFFLINE"]
STATION_PRIORITIES = [1, 2, 3]  # an integer enum (NestJS: a numeric TypeScript enum)
NESTED_PATH = "/v1/api/outlet/{outletId}/stations"
UPLOAD_PATH = "/v1/api/attachment/upload"
DECLINED_STATUS = "402"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMA_REF + name}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def enums(spec: Spec) -> None:
    """A station's status becomes the string enum ``StationStatus``, and it gains an optional
    ``priority``, the integer enum ``StationPriority`` (requests and responses)."""
    schemas = spec["components"]["schemas"]
    schemas["StationStatus"] = {
        "type": "string",
        "enum": list(STATION_STATUSES),
        "description": "What a station is doing.",
    }
    schemas["StationPriority"] = {
        "type": "integer",
        "enum": list(STATION_PRIORITIES),
        "description": "Order of a station's tickets in the kitchen (1 first).",
    }
    for name in ("CreateStationDto", "UpdateStationDto", "StationResponseDto"):
        schemas[name]["properties"]["status"] = {
            "allOf": [_ref("StationStatus")],
            "description": "Station status.",
            "example": "AVAILABLE",
        }
        schemas[name]["properties"]["priority"] = {
            "allOf": [_ref("StationPriority")],
            "description": "Station priority.",
            "example": 2,
        }


def nullable(spec: Spec) -> None:
    """A customer's phone may be ``null``: read as None, and sent as null to clear it."""
    schemas = spec["components"]["schemas"]
    for name in ("UpdateCustomerDto", "Customer"):
        phone = schemas[name]["properties"]["phone"]
        phone["nullable"] = True
        phone["description"] = "Phone number; null when none is on file (send null to clear it)."


def one_of(spec: Spec) -> None:
    """A transaction's ``tender``: a card or cash tender, told apart by ``kind``."""
    schemas = spec["components"]["schemas"]
    schemas["CardTenderDto"] = {
        "type": "object",
        "required": ["kind", "last4"],
        "properties": {
            "kind": {"type": "string", "enum": ["card"]},
            "last4": {"type": "string", "description": "Last four digits of the card."},
            "brand": {"type": "string", "description": "Card brand."},
        },
    }
    schemas["CashTenderDto"] = {
        "type": "object",
        "required": ["kind", "tendered"],
        "properties": {
            "kind": {"type": "string", "enum": ["cash"]},
            "tendered": {"type": "string", "description": "Amount handed over."},
            "change": {"type": "string", "description": "Change given back."},
        },
    }
    tender = {
        "oneOf": [_ref("CardTenderDto"), _ref("CashTenderDto")],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"card": SCHEMA_REF + "CardTenderDto", "cash": SCHEMA_REF + "CashTenderDto"},
        },
        "description": "How the customer paid.",
    }
    for name in ("CreateTransactionDto", "TransactionResponseDto"):
        schemas[name]["properties"]["tender"] = dict(tender)


def nested_path(spec: Spec) -> None:
    """``GET /v1/api/outlet/{outletId}/stations``: an outlet's stations (by status)."""
    if NESTED_PATH in spec["paths"]:
        return  # all_of added it already
    status: dict[str, Any] = {"type": "string"}
    if "StationStatus" in spec["components"]["schemas"]:
        status = _ref("StationStatus")
    spec["paths"][NESTED_PATH] = {
        "get": {
            "operationId": "OutletController_findStations",
            "tags": ["Outlet"],
            "summary": "Get the stations of an outlet",
            "description": "Lists the stations of one outlet.",
            "parameters": [
                {"name": "outletId", "in": "path", "required": True,
                 "schema": {"type": "string"}, "description": "Outlet ID"},
                {"name": "status", "in": "query", "required": False,
                 "schema": status, "description": "Only stations with this status."},
            ],
            "responses": {
                "200": {
                    "description": "The outlet's stations.",
                    "content": _json({"type": "array", "items": _ref("StationResponseDto")}),
                },
                "400": {
                    "description": "A query parameter is invalid.",
                    "content": _json(_ref("ErrorResponseDto")),
                },
            },
            "security": SECURITY,
        }
    }  # fmt: skip


def all_of(spec: Spec) -> None:
    """The nested list answers ``OutletStationDto``: a station (allOf) plus its outlet's name."""
    if NESTED_PATH not in spec["paths"]:
        nested_path(spec)
    spec["components"]["schemas"]["OutletStationDto"] = {
        "allOf": [
            _ref("StationResponseDto"),
            {
                "type": "object",
                "properties": {"outletName": {"type": "string", "description": "Outlet name."}},
            },
        ],
        "description": "A station as listed under its outlet.",
    }
    listed = spec["paths"][NESTED_PATH]["get"]["responses"]["200"]
    listed["content"] = _json({"type": "array", "items": _ref("OutletStationDto")})


def multipart(spec: Spec) -> None:
    """``POST /v1/api/attachment/upload``: a file sent as ``multipart/form-data``."""
    schemas = spec["components"]["schemas"]
    schemas["UploadAttachmentDto"] = {
        "type": "object",
        "required": ["file"],
        "properties": {
            "file": {"type": "string", "format": "binary", "description": "The file."},
            "name": {"type": "string", "description": "File name to store."},
            "mimeType": {"type": "string", "description": "MIME type of the file."},
        },
    }
    schemas["AttachmentResponseDto"]["properties"]["size"] = {
        "type": "integer",
        "description": "Size of the stored file in bytes.",
    }
    spec["paths"][UPLOAD_PATH] = {
        "post": {
            "operationId": "AttachmentController_upload",
            "tags": ["Attachment"],
            "summary": "Upload a file as an attachment",
            "description": "Stores the uploaded file and registers it as an attachment.",
            "requestBody": {
                "required": True,
                "content": {"multipart/form-data": {"schema": _ref("UploadAttachmentDto")}},
            },
            "responses": {"201": {
                "description": "The attachment has been stored.",
                "content": _json(_ref("AttachmentResponseDto")),
            }},
            "security": SECURITY,
        }
    }  # fmt: skip


def deprecated(spec: Spec) -> None:
    """Registering an attachment by URL is deprecated in favour of the upload."""
    if UPLOAD_PATH not in spec["paths"]:
        multipart(spec)
    operation = spec["paths"]["/v1/api/attachment"]["post"]
    operation["deprecated"] = True
    operation["description"] = (
        f"{operation['description']} Deprecated: use `POST {UPLOAD_PATH}` instead."
    )


def bounds(spec: Spec) -> None:
    """A refund's reason is at most 200 characters, a refunded line's quantity at least 1
    (class-validator's @MaxLength, @Min)."""
    schemas = spec["components"]["schemas"]
    for name in ("CreateRefundDto", "UpdateRefundDto"):
        schemas[name]["properties"]["reason"]["maxLength"] = 200
    schemas["RefundLineItemDto"]["properties"]["quantity"]["minimum"] = 1


def error_status(spec: Spec) -> None:
    """Creating a transaction documents 402 (payment declined)."""
    responses = spec["paths"]["/v1/api/transactions"]["post"]["responses"]
    responses[DECLINED_STATUS] = {
        "description": "The payment was declined.",
        "content": _json(_ref("ErrorResponseDto")),
    }


ADDITIVE: dict[str, Callable[[Spec], None]] = {
    "enums": enums,
    "nullable": nullable,
    "one_of": one_of,
    "all_of": all_of,
    "multipart": multipart,
    "nested_path": nested_path,
    "deprecated": deprecated,
    "bounds": bounds,
    "error_status": error_status,
}


def required_query(spec: Spec) -> None:
    """Listing orders now requires ``outletId``."""
    spec["paths"]["/v1/api/orders"]["get"]["parameters"].append(
        {"name": "outletId", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def response_to_array(spec: Spec) -> None:
    """Getting an outlet answers a list of outlets instead of one."""
    answer = spec["paths"]["/v1/api/outlet/{id}"]["get"]["responses"]["200"]
    answer["content"] = _json({"type": "array", "items": _ref("OutletResponseDto")})


def removed_enum_value(spec: Spec) -> None:
    """``OFFLINE`` leaves the station statuses (compared with a package that has ``enums``)."""
    if "StationStatus" not in spec["components"]["schemas"]:
        enums(spec)
    spec["components"]["schemas"]["StationStatus"]["enum"].remove("OFFLINE")


BREAKING: dict[str, Callable[[Spec], None]] = {
    "required_query": required_query,
    "response_to_array": response_to_array,
    "removed_enum_value": removed_enum_value,
}


def candidate(*changes: Callable[[Spec], None], version: str | None = None) -> str:
    """The text of ``openapi.yaml`` with ``changes`` applied (and ``info.version`` set)."""
    spec = current()
    for change in changes:
        change(spec)
    if version is not None:
        spec["info"]["version"] = version
    return _dump(spec)


def release_version() -> str:
    """The next minor release of the description (1.2.4 -> 1.3.0): the "1.3.0" of issue 21."""
    return bumped(current()["info"]["version"], 1)


def constructs_1_3_0() -> str:
    """Every additive construct at once, as the next minor release."""
    return candidate(*ADDITIVE.values(), version=release_version())
