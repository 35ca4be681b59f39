# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="RefundResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "companyId",
        "orderId",
        "sessionId",
        "externalId",
        "currency",
        "fromFinal",
        "lineItems",
        "reason",
        "refundedBy",
        "refundedByExternalId",
        "summary",
        "payment",
        "balance",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "id", True, None),
    ("created_at", "createdAt", False, None),
    ("updated_at", "updatedAt", False, None),
    ("company_id", "companyId", False, None),
    ("order_id", "orderId", False, None),
    ("session_id", "sessionId", False, None),
    ("external_id", "externalId", False, None),
    ("currency", "currency", False, None),
    ("from_final", "fromFinal", False, None),
    ("line_items", "lineItems", False, "RefundLineItemDto"),
    ("reason", "reason", False, None),
    ("refunded_by", "refundedBy", False, None),
    ("refunded_by_external_id", "refundedByExternalId", False, None),
    ("summary", "summary", False, None),
    ("payment", "payment", False, "RefundPaymentDto"),
    ("balance", "balance", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class RefundResponseDto(ModelBase):
    """Refund as returned by the API.

    Attributes:
        id (str): Unique identifier of the refund. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        created_at (datetime.datetime | Unset): Creation time. Example: 2025-12-07T19:31:48.436+00:00.
        updated_at (datetime.datetime | Unset): Last update time. Example: 2025-12-07T19:35:48.436+00:00.
        company_id (str | Unset): Owning company ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        order_id (str | Unset): Order being refunded. Example: 507f1f77bcf86cd799439011.
        session_id (str | Unset): Register session ID. Example: 507f1f77bcf86cd799439012.
        external_id (str | Unset): External ID of the refund. Example: ext_refund_123.
        currency (str | Unset): ISO currency code. Example: USD.
        from_final (bool | Unset): True when the refund was created in Final.
        line_items (list[RefundLineItemDto] | Unset): Lines refunded. Example: [{'name': 'Sweet Tea', 'quantity': 1,
            'price': '5.00', 'total': '5.00', 'productId': '507f1f77bcf86cd799439011', 'variantId':
            '507f1f77bcf86cd799439012'}].
        reason (str | Unset): Why the refund was made. Example: Customer requested refund.
        refunded_by (str | Unset): User ID that issued the refund. Example: 507f1f77bcf86cd799439013.
        refunded_by_external_id (str | Unset): External ID of the issuing user. Example: ext_user_123.
        summary (RefundSummaryDto | Unset): Refund totals. Example: {'total': '100.00', 'subTotal': '90.00',
            'totalTaxes': '10.00'}.
        payment (list[RefundPaymentDto] | Unset): Payout details. Example: [{'paymentType': 'credit_card', 'amount':
            '100.00', 'transactionId': 'txn_123'}].
        balance (str | Unset): Balance after the refund. Example: 0.00.
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    company_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    from_final: bool | Unset = UNSET
    line_items: list[RefundLineItemDto] | Unset = UNSET
    reason: str | Unset = UNSET
    refunded_by: str | Unset = UNSET
    refunded_by_external_id: str | Unset = UNSET
    summary: RefundSummaryDto | Unset = UNSET
    payment: list[RefundPaymentDto] | Unset = UNSET
    balance: str | Unset = UNSET
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

        order_id = self.order_id

        session_id = self.session_id

        external_id = self.external_id

        currency = self.currency

        from_final = self.from_final

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        reason = self.reason

        refunded_by = self.refunded_by

        refunded_by_external_id = self.refunded_by_external_id

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        payment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = []
            for payment_item_data in self.payment:
                payment_item = payment_item_data.to_dict()
                payment.append(payment_item)

        balance = self.balance

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
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if from_final is not UNSET:
            field_dict["fromFinal"] = from_final
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if reason is not UNSET:
            field_dict["reason"] = reason
        if refunded_by is not UNSET:
            field_dict["refundedBy"] = refunded_by
        if refunded_by_external_id is not UNSET:
            field_dict["refundedByExternalId"] = refunded_by_external_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if payment is not UNSET:
            field_dict["payment"] = payment
        if balance is not UNSET:
            field_dict["balance"] = balance

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
        order_id = src__get("orderId", UNSET)
        session_id = src__get("sessionId", UNSET)
        external_id = src__get("externalId", UNSET)
        currency = src__get("currency", UNSET)
        from_final = src__get("fromFinal", UNSET)
        _line_items = src__get("lineItems", UNSET)
        line_items: list[RefundLineItemDto] | Unset = UNSET
        if _line_items is not UNSET:
            _line_items_from_dict = RefundLineItemDto.from_dict
            line_items = []
            for line_items_item_data in _line_items:
                line_items.append(_line_items_from_dict(line_items_item_data))

        reason = src__get("reason", UNSET)
        refunded_by = src__get("refundedBy", UNSET)
        refunded_by_external_id = src__get("refundedByExternalId", UNSET)
        _summary = src__get("summary", UNSET)
        summary: RefundSummaryDto | Unset
        if _summary is UNSET:
            summary = UNSET
        else:
            summary = RefundSummaryDto.from_dict(_summary)

        _payment = src__get("payment", UNSET)
        payment: list[RefundPaymentDto] | Unset = UNSET
        if _payment is not UNSET:
            payment = []
            for _payment___data in _payment:
                _payment___get = _payment___data.get
                _payment__payment_type = _payment___get("paymentType", UNSET)
                _payment__amount = _payment___get("amount", UNSET)
                _payment__transaction_id = _payment___get("transactionId", UNSET)
                _payment___item = _new_instance(RefundPaymentDto)
                _payment___item.payment_type = _payment__payment_type
                _payment___item.amount = _payment__amount
                _payment___item.transaction_id = _payment__transaction_id
                if _KNOWN_KEYS_REFUND_PAYMENT_DTO.issuperset(_payment___data):
                    _payment___item.additional_properties = {}
                else:
                    _payment___item.additional_properties = {
                        key: value
                        for key, value in _payment___data.items()
                        if key not in _KNOWN_KEYS_REFUND_PAYMENT_DTO
                    }

                payment.append(_payment___item)

        balance = src__get("balance", UNSET)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.order_id = order_id
        instance__.session_id = session_id
        instance__.external_id = external_id
        instance__.currency = currency
        instance__.from_final = from_final
        instance__.line_items = line_items
        instance__.reason = reason
        instance__.refunded_by = refunded_by
        instance__.refunded_by_external_id = refunded_by_external_id
        instance__.summary = summary
        instance__.payment = payment
        instance__.balance = balance

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
        order_id = _wire.order_id
        session_id = _wire.session_id
        external_id = _wire.external_id
        currency = _wire.currency
        from_final = _wire.from_final
        _line_items = _wire.line_items
        line_items: list[RefundLineItemDto] | Unset = UNSET
        if _line_items is not UNSET:
            _line_items_from_dict = RefundLineItemDto._from_wire
            line_items = []
            for line_items_item_data in _line_items:
                line_items.append(_line_items_from_dict(line_items_item_data))

        reason = _wire.reason
        refunded_by = _wire.refunded_by
        refunded_by_external_id = _wire.refunded_by_external_id
        _summary = _wire.summary
        summary: RefundSummaryDto | Unset
        if _summary is UNSET:
            summary = UNSET
        else:
            summary = RefundSummaryDto.from_dict(_summary)

        _payment = _wire.payment
        payment: list[RefundPaymentDto] | Unset = UNSET
        if _payment is not UNSET:
            payment = []
            for _payment___data in _payment:
                _payment__payment_type = _payment___data.payment_type
                _payment__amount = _payment___data.amount
                _payment__transaction_id = _payment___data.transaction_id
                _payment___item = _new_instance(RefundPaymentDto)
                _payment___item.payment_type = _payment__payment_type
                _payment___item.amount = _payment__amount
                _payment___item.transaction_id = _payment__transaction_id
                _payment___item.additional_properties = {}

                payment.append(_payment___item)

        balance = _wire.balance

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.order_id = order_id
        instance__.session_id = session_id
        instance__.external_id = external_id
        instance__.currency = currency
        instance__.from_final = from_final
        instance__.line_items = line_items
        instance__.reason = reason
        instance__.refunded_by = refunded_by
        instance__.refunded_by_external_id = refunded_by_external_id
        instance__.summary = summary
        instance__.payment = payment
        instance__.balance = balance
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
from ..models.refund_line_item_dto import RefundLineItemDto  # noqa: E402
from ..models.refund_payment_dto import _KNOWN_KEYS as _KNOWN_KEYS_REFUND_PAYMENT_DTO  # noqa: E402
from ..models.refund_payment_dto import RefundPaymentDto  # noqa: E402
from ..models.refund_summary_dto import RefundSummaryDto  # noqa: E402
