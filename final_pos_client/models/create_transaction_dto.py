# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CreateTransactionDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "paymentMethod",
        "amount",
        "currency",
        "type",
        "balance",
        "sessionId",
        "externalId",
        "notes",
        "employee",
        "paymentData",
        "orderId",
        "refundId",
        "outletId",
        "receiptId",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("payment_method", "paymentMethod", True, None),
    ("amount", "amount", True, None),
    ("currency", "currency", True, None),
    ("type_", "type", True, None),
    ("balance", "balance", True, None),
    ("session_id", "sessionId", True, None),
    ("external_id", "externalId", False, None),
    ("notes", "notes", False, None),
    ("employee", "employee", False, None),
    ("payment_data", "paymentData", False, None),
    ("order_id", "orderId", False, None),
    ("refund_id", "refundId", False, None),
    ("outlet_id", "outletId", False, None),
    ("receipt_id", "receiptId", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class CreateTransactionDto(ModelBase):
    """Body for recording a payment transaction.

    Attributes:
        payment_method (str): Tender used (free text). Example: credit_card.
        amount (str): Amount as a decimal string. Example: 100.00.
        currency (str): ISO currency code. Example: USD.
        type_ (str): Transaction kind (free text). Example: sale.
        balance (str): Balance left after this transaction. Example: 0.00.
        session_id (str): Register session ID. Example: 507f1f77bcf86cd799439012.
        external_id (str | Unset): External ID of the transaction. Example: ext_txn_123.
        notes (str | Unset): Free-text notes. Example: Customer paid in full.
        employee (str | Unset): ID of the employee who processed it. Example: 507f1f77bcf86cd799439011.
        payment_data (TransactionPaymentDataDto | Unset): Payment processor details of a transaction.
        order_id (str | Unset): Related order ID. Example: 507f1f77bcf86cd799439013.
        refund_id (str | Unset): Related refund ID. Example: 507f1f77bcf86cd799439014.
        outlet_id (str | Unset): Outlet where it happened. Example: 507f1f77bcf86cd799439015.
        receipt_id (str | Unset): Receipt identifier. Example: RCP-2025-001.
    """

    payment_method: str
    amount: str
    currency: str
    type_: str
    balance: str
    session_id: str
    external_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    employee: str | Unset = UNSET
    payment_data: TransactionPaymentDataDto | Unset = UNSET
    order_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    outlet_id: str | Unset = UNSET
    receipt_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        payment_method = self.payment_method

        amount = self.amount

        currency = self.currency

        type_ = self.type_

        balance = self.balance

        session_id = self.session_id

        external_id = self.external_id

        notes = self.notes

        employee = self.employee

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
                "paymentMethod": payment_method,
                "amount": amount,
                "currency": currency,
                "type": type_,
                "balance": balance,
                "sessionId": session_id,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if employee is not UNSET:
            field_dict["employee"] = employee
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
        payment_method = src_dict["paymentMethod"]
        if payment_method.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.payment_method must be str, got {type(payment_method).__name__}"
            )
        amount = src_dict["amount"]
        if amount.__class__ is not str:
            raise TypeError(f"{cls.__name__}.amount must be str, got {type(amount).__name__}")
        currency = src_dict["currency"]
        if currency.__class__ is not str:
            raise TypeError(f"{cls.__name__}.currency must be str, got {type(currency).__name__}")
        type_ = src_dict["type"]
        if type_.__class__ is not str:
            raise TypeError(f"{cls.__name__}.type_ must be str, got {type(type_).__name__}")
        balance = src_dict["balance"]
        if balance.__class__ is not str:
            raise TypeError(f"{cls.__name__}.balance must be str, got {type(balance).__name__}")
        session_id = src_dict["sessionId"]
        if session_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.session_id must be str, got {type(session_id).__name__}"
            )
        external_id = src__get("externalId", UNSET)
        notes = src__get("notes", UNSET)
        employee = src__get("employee", UNSET)
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
        instance__.payment_method = payment_method
        instance__.amount = amount
        instance__.currency = currency
        instance__.type_ = type_
        instance__.balance = balance
        instance__.session_id = session_id
        instance__.external_id = external_id
        instance__.notes = notes
        instance__.employee = employee
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
        payment_method = _wire.payment_method
        if payment_method.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.payment_method must be str, got {type(payment_method).__name__}"
            )
        amount = _wire.amount
        if amount.__class__ is not str:
            raise TypeError(f"{cls.__name__}.amount must be str, got {type(amount).__name__}")
        currency = _wire.currency
        if currency.__class__ is not str:
            raise TypeError(f"{cls.__name__}.currency must be str, got {type(currency).__name__}")
        type_ = _wire.type_
        if type_.__class__ is not str:
            raise TypeError(f"{cls.__name__}.type_ must be str, got {type(type_).__name__}")
        balance = _wire.balance
        if balance.__class__ is not str:
            raise TypeError(f"{cls.__name__}.balance must be str, got {type(balance).__name__}")
        session_id = _wire.session_id
        if session_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.session_id must be str, got {type(session_id).__name__}"
            )
        external_id = _wire.external_id
        notes = _wire.notes
        employee = _wire.employee
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
        instance__.payment_method = payment_method
        instance__.amount = amount
        instance__.currency = currency
        instance__.type_ = type_
        instance__.balance = balance
        instance__.session_id = session_id
        instance__.external_id = external_id
        instance__.notes = notes
        instance__.employee = employee
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
