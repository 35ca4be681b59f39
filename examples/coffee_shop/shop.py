"""The shop's POS flows on one ``FinalPOS``, without any web framework: a shift (outlet,
station, session), a sale with its payment, a refund with its money back, a customer's history.

Money is decimal text on the wire; it is computed here with ``Decimal``. Lists take no filters
(only ``skip`` and ``limit``), so lookups read every page and keep what matches.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from final_pos_client import FinalPOS
from final_pos_client.models import (
    CreateOrderDto,
    CreateOutletDto,
    CreateRefundDto,
    CreateSessionDto,
    CreateStationDto,
    CreateTransactionDto,
    OrderLineItemDto,
    OrderResponseDto,
    OrderSummaryDto,
    RefundLineItemDto,
    RefundPaymentDto,
    RefundResponseDto,
    RefundSummaryDto,
    SessionClosingAmountsDto,
    SessionResponseDto,
    TransactionResponseDto,
)

CURRENCY = "USD"
ZERO = "0.00"


class NotInOrder(LookupError):
    """A refund for a product the order does not hold (or more units than it holds)."""


@dataclass(frozen=True)
class Line:
    product_id: str
    quantity: int
    unit_price: Decimal


def money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()


async def open_shift(pos: FinalPOS, *, shop: str, cashier: str) -> SessionResponseDto:
    outlet = await pos.outlets.create(
        CreateOutletDto(
            name=shop,
            address="1 Main St",
            city="Springfield",
            state="IL",
            country="US",
            post_code="62701",
            phone="+12175550100",
        )
    )
    station = await pos.stations.create(
        CreateStationDto(name="Counter", outlet_id=outlet.id, status="AVAILABLE")
    )
    return await pos.sessions.create(
        CreateSessionDto(
            station_id=station.id,
            session_number=f"{shop}-1",
            opened_by=cashier,
            open_time=now(),
            opening_amount="100.00",
            notes=[],
            opening_note="",
            closing_amounts=SessionClosingAmountsDto(cash=ZERO, card=ZERO, oliver_pay=ZERO),
        )
    )


async def sell(
    pos: FinalPOS,
    *,
    session_id: str,
    customer_id: str,
    lines: Sequence[Line],
    payment_method: str,
    receipt_id: str,
) -> tuple[OrderResponseDto, TransactionResponseDto]:
    """The order, then its payment. A failure between the two leaves an order without payment:
    the caller gets the error and the order id is in the fake's (or the API's) records."""
    total = sum((line.unit_price * line.quantity for line in lines), Decimal(0))
    order = await pos.orders.create(
        CreateOrderDto(
            receipt_id=receipt_id,
            status="completed",
            source="coffee-shop",
            balance=ZERO,
            currency=CURRENCY,
            customer_id=customer_id,
            session_id=session_id,
            line_items=[
                OrderLineItemDto(
                    product_id=line.product_id,
                    quantity=line.quantity,
                    price=money(line.unit_price),
                    total=money(line.unit_price * line.quantity),
                )
                for line in lines
            ],
            summary=OrderSummaryDto(
                sub_total=money(total), discount_total=ZERO, total_taxes=ZERO, total=money(total)
            ),
        )
    )
    payment = await pos.transactions.create(
        CreateTransactionDto(
            type_="sale",
            payment_method=payment_method,
            amount=money(total),
            currency=CURRENCY,
            balance=ZERO,
            session_id=session_id,
            order_id=order.id,
        )
    )
    return order, payment


async def refund(
    pos: FinalPOS, *, order_id: str, product_id: str, quantity: int, reason: str
) -> tuple[RefundResponseDto, TransactionResponseDto]:
    """Refund ``quantity`` units of one product of an order, back through its payment."""
    order = await pos.orders.get(order_id)
    line = next((x for x in order.line_items or [] if x.product_id == product_id), None)
    if line is None or not isinstance(line.quantity, float | int) or line.quantity < quantity:
        raise NotInOrder(f"order {order_id} has no {quantity} x product {product_id}")
    amount = money(Decimal(str(line.price)) * quantity)
    payment = await sale_payment(pos, order_id)
    session_id = str(order.session_id)
    refunded = await pos.refunds.create(
        CreateRefundDto(
            order_id=order_id,
            session_id=session_id,
            currency=CURRENCY,
            reason=reason,
            line_items=[
                RefundLineItemDto(
                    product_id=product_id, quantity=quantity, price=str(line.price), total=amount
                )
            ],
            summary=RefundSummaryDto(total=amount, sub_total=amount, total_taxes=ZERO),
            payment=[
                RefundPaymentDto(
                    payment_type=str(payment.payment_method),
                    amount=amount,
                    transaction_id=payment.id,
                )
            ],
            balance=ZERO,
        )
    )
    money_back = await pos.transactions.create(
        CreateTransactionDto(
            type_="refund",
            payment_method=str(payment.payment_method),
            amount=amount,
            currency=CURRENCY,
            balance=ZERO,
            session_id=session_id,
            order_id=order_id,
            refund_id=refunded.id,
        )
    )
    return refunded, money_back


async def sale_payment(pos: FinalPOS, order_id: str) -> TransactionResponseDto:
    async for transaction in pos.transactions.iterate(page_size=100):
        if transaction.order_id == order_id and transaction.type_ == "sale":
            return transaction
    raise NotInOrder(f"order {order_id} has no payment")


async def history(
    pos: FinalPOS, customer_id: str
) -> list[tuple[OrderResponseDto, list[RefundResponseDto]]]:
    """The customer's orders, oldest first, each with its refunds."""
    orders = [o async for o in pos.orders.iterate(page_size=100) if o.customer_id == customer_id]
    ids = {order.id for order in orders}
    refunds = [r async for r in pos.refunds.iterate(page_size=100) if r.order_id in ids]
    return [(order, [r for r in refunds if r.order_id == order.id]) for order in orders]
