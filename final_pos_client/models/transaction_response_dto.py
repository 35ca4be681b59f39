# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="TransactionResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "companyId",
        "externalId",
        "paymentMethod",
        "amount",
        "currency",
        "type",
        "notes",
        "employee",
        "balance",
        "sessionId",
        "paymentData",
        "orderId",
        "refundId",
        "outletId",
        "receiptId",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "id", True, None),
    ("created_at", "createdAt", False, None),
    ("updated_at", "updatedAt", False, None),
    ("company_id", "companyId", False, None),
    ("external_id", "externalId", False, None),
    ("payment_method", "paymentMethod", False, None),
    ("amount", "amount", False, None),
    ("currency", "currency", False, None),
    ("type_", "type", False, None),
    ("notes", "notes", False, None),
    ("employee", "employee", False, None),
    ("balance", "balance", False, None),
    ("session_id", "sessionId", False, None),
    ("payment_data", "paymentData", False, None),
    ("order_id", "orderId", False, None),
    ("refund_id", "refundId", False, None),
    ("outlet_id", "outletId", False, None),
    ("receipt_id", "receiptId", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class TransactionResponseDto(ModelBase):
    """Transaction as returned by the API.

    Attributes:
        id (str): Unique identifier of the transaction. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        created_at (datetime.datetime | Unset): Creation time. Example: 2025-12-07T19:31:48.436+00:00.
        updated_at (datetime.datetime | Unset): Last update time. Example: 2025-12-07T19:35:48.436+00:00.
        company_id (str | Unset): Owning company ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        external_id (str | Unset): External ID of the transaction. Example: ext_txn_123.
        payment_method (str | Unset): Tender used (free text). Example: credit_card.
        amount (str | Unset): Amount as a decimal string. Example: 100.00.
        currency (str | Unset): ISO currency code. Example: USD.
        type_ (str | Unset): Transaction kind (free text). Example: sale.
        notes (str | Unset): Free-text notes. Example: Customer paid in full.
        employee (str | Unset): ID of the employee who processed it. Example: 507f1f77bcf86cd799439011.
        balance (str | Unset): Balance left after this transaction. Example: 0.00.
        session_id (str | Unset): Register session ID. Example: 507f1f77bcf86cd799439012.
        payment_data (TransactionPaymentDataDto | Unset): Payment processor details of a transaction.
        order_id (str | Unset): Related order ID. Example: 507f1f77bcf86cd799439013.
        refund_id (str | Unset): Related refund ID. Example: 507f1f77bcf86cd799439014.
        outlet_id (str | Unset): Outlet where it happened. Example: 507f1f77bcf86cd799439015.
        receipt_id (str | Unset): Receipt identifier. Example: RCP-2025-001.
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    company_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    amount: str | Unset = UNSET
    currency: str | Unset = UNSET
    type_: str | Unset = UNSET
    notes: str | Unset = UNSET
    employee: str | Unset = UNSET
    balance: str | Unset = UNSET
    session_id: str | Unset = UNSET
    payment_data: TransactionPaymentDataDto | Unset = UNSET
    order_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    outlet_id: str | Unset = UNSET
    receipt_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        company_id = self.company_id

        external_id = self.external_id

        payment_method = self.payment_method

        amount = self.amount

        currency = self.currency

        type_ = self.type_

        notes = self.notes

        employee = self.employee

        balance = self.balance

        session_id = self.session_id

        payment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_data, Unset):
            payment_data = self.payment_data.to_dict()

        order_id = self.order_id

        refund_id = self.refund_id

        outlet_id = self.outlet_id

        receipt_id = self.receipt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notes is not UNSET:
            field_dict["notes"] = notes
        if employee is not UNSET:
            field_dict["employee"] = employee
        if balance is not UNSET:
            field_dict["balance"] = balance
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if payment_data is not UNSET:
            field_dict["paymentData"] = payment_data
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if outlet_id is not UNSET:
            field_dict["outletId"] = outlet_id
        if receipt_id is not UNSET:
            field_dict["receiptId"] = receipt_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        id = src_dict["id"]
        if id.__class__ is not str:
            raise TypeError(f"{cls.__name__}.id must be str, got {type(id).__name__}")
        _created_at = src__get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = _datetime_fromisoformat(_created_at)

        _updated_at = src__get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = _datetime_fromisoformat(_updated_at)

        company_id = src__get("companyId", UNSET)
        external_id = src__get("externalId", UNSET)
        payment_method = src__get("paymentMethod", UNSET)
        amount = src__get("amount", UNSET)
        currency = src__get("currency", UNSET)
        type_ = src__get("type", UNSET)
        notes = src__get("notes", UNSET)
        employee = src__get("employee", UNSET)
        balance = src__get("balance", UNSET)
        session_id = src__get("sessionId", UNSET)
        _payment_data = src__get("paymentData", UNSET)
        payment_data: TransactionPaymentDataDto | Unset
        if _payment_data is UNSET:
            payment_data = UNSET
        else:
            payment_data = TransactionPaymentDataDto.from_dict(_payment_data)

        order_id = src__get("orderId", UNSET)
        refund_id = src__get("refundId", UNSET)
        outlet_id = src__get("outletId", UNSET)
        receipt_id = src__get("receiptId", UNSET)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.external_id = external_id
        instance__.payment_method = payment_method
        instance__.amount = amount
        instance__.currency = currency
        instance__.type_ = type_
        instance__.notes = notes
        instance__.employee = employee
        instance__.balance = balance
        instance__.session_id = session_id
        instance__.payment_data = payment_data
        instance__.order_id = order_id
        instance__.refund_id = refund_id
        instance__.outlet_id = outlet_id
        instance__.receipt_id = receipt_id

        if _KNOWN_KEYS.issuperset(src_dict):
            instance__.additional_properties = {}
        else:
            instance__.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return instance__

    @classmethod
    def _from_wire(cls: type[T], _wire: Any) -> T:
        """``from_dict`` for a msgspec struct of this model's wire shape (``_WIRE_FIELDS``),
        decoded by the list path (``_core._wire_decode``): no unknown keys, absent = UNSET."""
        id = _wire.id
        if id.__class__ is not str:
            raise TypeError(f"{cls.__name__}.id must be str, got {type(id).__name__}")
        _created_at = _wire.created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = _datetime_fromisoformat(_created_at)

        _updated_at = _wire.updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = _datetime_fromisoformat(_updated_at)

        company_id = _wire.company_id
        external_id = _wire.external_id
        payment_method = _wire.payment_method
        amount = _wire.amount
        currency = _wire.currency
        type_ = _wire.type_
        notes = _wire.notes
        employee = _wire.employee
        balance = _wire.balance
        session_id = _wire.session_id
        _payment_data = _wire.payment_data
        payment_data: TransactionPaymentDataDto | Unset
        if _payment_data is UNSET:
            payment_data = UNSET
        else:
            payment_data = TransactionPaymentDataDto.from_dict(_payment_data)

        order_id = _wire.order_id
        refund_id = _wire.refund_id
        outlet_id = _wire.outlet_id
        receipt_id = _wire.receipt_id

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.external_id = external_id
        instance__.payment_method = payment_method
        instance__.amount = amount
        instance__.currency = currency
        instance__.type_ = type_
        instance__.notes = notes
        instance__.employee = employee
        instance__.balance = balance
        instance__.session_id = session_id
        instance__.payment_data = payment_data
        instance__.order_id = order_id
        instance__.refund_id = refund_id
        instance__.outlet_id = outlet_id
        instance__.receipt_id = receipt_id
        instance__.additional_properties = {}
        return instance__

    @classmethod
    def from_list(cls: type[T], src_list: Iterable[Mapping[str, Any]]) -> list[T]:
        """Many items at once (a list response): ``from_dict`` each, the cyclic GC paused."""
        from_dict = cls.from_dict
        with gc_paused():
            return [from_dict(item) for item in src_list]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


# Imported last so that models referring to each other load in any order.
from ..models.transaction_payment_data_dto import TransactionPaymentDataDto  # noqa: E402
