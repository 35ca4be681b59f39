"""The coffee shop's HTTP API (FastAPI), one ``FinalPOS`` for every request.

- ``POST /customers`` (body: Final POS's ``CreateCustomerDto``, wire names) and
  ``GET /customers/{id}``: the SDK's ``Customer`` is the response model, as it is.
- ``POST /products`` (``CreateProductDto``).
- ``POST /shifts`` ``{"cashier"}``: opens the till (outlet, station, session).
- ``POST /orders`` ``{"customer_id", "lines": [{"product_id", "quantity", "unit_price"}],
  "payment_method"}``: the order and its payment, in the open shift.
- ``POST /orders/{id}/refunds`` ``{"product_id", "quantity", "reason"}``.
- ``GET /customers/{id}/orders``: the customer's orders with their refunds.

What the SDK raises becomes an answer that says what happened (``http_error``): input refused
before sending is a 422, a write whose outcome is unknown a 503 that says to check before
retrying, an unreachable or failing Final POS a 502 or 504.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Annotated, TypeVar, cast

from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field

from final_pos_client import FinalPOS, errors
from final_pos_client.models import (
    CreateCustomerDto,
    CreateProductDto,
    Customer,
    OrderResponseDto,
    ProductResponseDto,
    RefundResponseDto,
    SessionResponseDto,
    TransactionResponseDto,
)

from . import shop

ResultT = TypeVar("ResultT")


class ShiftIn(BaseModel):
    cashier: str = Field(min_length=1)


class LineIn(BaseModel):
    product_id: str
    quantity: int = Field(ge=1, le=100)
    unit_price: Decimal = Field(gt=0, decimal_places=2)


class OrderIn(BaseModel):
    customer_id: str
    lines: list[LineIn] = Field(min_length=1)
    payment_method: str = "card"


class RefundIn(BaseModel):
    product_id: str
    quantity: int = Field(ge=1)
    reason: str


class Sale(BaseModel):  # SDK models as fields of a pydantic model
    order: OrderResponseDto
    payment: TransactionResponseDto


class Refund(BaseModel):
    refund: RefundResponseDto
    money_back: TransactionResponseDto


class HistoryEntry(BaseModel):
    order: OrderResponseDto
    refunds: list[RefundResponseDto]


class LoyaltyCard(BaseModel):
    """The shop's own view of a customer, read straight from the SDK model: a field Final POS
    left out (``UNSET``) takes the default here."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    first_name: str
    last_name: str | None = None
    phone: str | None = None


class Till:
    """The open shift and the receipt numbers of this process."""

    def __init__(self) -> None:
        self.session_id: str | None = None
        self._receipts = itertools.count(1)

    def next_receipt(self) -> str:
        return f"R-{next(self._receipts):05d}"


def create_app(pos: FinalPOS | None = None) -> FastAPI:
    """The app, owning a ``FinalPOS()`` built from the environment, or using ``pos`` (tests)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if pos is not None:
            yield
            return
        async with FinalPOS() as owned:  # FINAL_POS_API_KEY / FINAL_POS_BASE_URL
            app.state.pos = owned
            yield

    app = FastAPI(title="Coffee shop", lifespan=lifespan)
    app.state.pos = pos
    app.state.till = Till()
    app.include_router(_routes())
    return app


def http_error(error: errors.FinalPOSError) -> HTTPException:
    # Most specific first: one error may be several of these (an unknown outcome is also a
    # connection error; a pre-send ValidationError is also a ValueError).
    if isinstance(error, errors.ValidationError):
        return HTTPException(422, f"refused before sending: {error}")
    if isinstance(error, errors.APIOutcomeUnknownError):
        return HTTPException(
            503, "Final POS may or may not have done it: check before trying again"
        )
    if isinstance(error, errors.NotFoundError):
        return HTTPException(404, "not found in Final POS")
    if isinstance(error, errors.BadRequestError):
        return HTTPException(422, f"Final POS refused it: {error.message}")
    if isinstance(error, errors.APITimeoutError):
        return HTTPException(504, "Final POS did not answer in time")
    return HTTPException(502, f"Final POS failed: {type(error).__name__}")


async def call(step: Awaitable[ResultT]) -> ResultT:
    try:
        return await step
    except errors.FinalPOSError as error:
        raise http_error(error) from error
    except shop.NotInOrder as error:
        raise HTTPException(422, str(error)) from error


def final_pos(request: Request) -> FinalPOS:
    return cast(FinalPOS, request.app.state.pos)


def till(request: Request) -> Till:
    return cast(Till, request.app.state.till)


Pos = Annotated[FinalPOS, Depends(final_pos)]
OpenTill = Annotated[Till, Depends(till)]


def _routes() -> APIRouter:
    routes = APIRouter()

    @routes.post("/customers", status_code=201)
    async def create_customer(pos: Pos, customer: Annotated[CreateCustomerDto, Body()]) -> Customer:
        created = await call(pos.customers.create(customer))
        return await call(pos.customers.get(created.id))

    @routes.get("/customers/{customer_id}")
    async def get_customer(pos: Pos, customer_id: str) -> Customer:
        return await call(pos.customers.get(customer_id))

    @routes.get("/customers/{customer_id}/card")
    async def loyalty_card(pos: Pos, customer_id: str) -> LoyaltyCard:
        customer = await call(pos.customers.get(customer_id))
        return LoyaltyCard.model_validate(customer, from_attributes=True)

    @routes.post("/products", status_code=201)
    async def create_product(
        pos: Pos, product: Annotated[CreateProductDto, Body()]
    ) -> ProductResponseDto:
        return await call(pos.products.create(product))

    @routes.post("/shifts", status_code=201)
    async def open_shift(pos: Pos, register: OpenTill, shift: ShiftIn) -> SessionResponseDto:
        session = await call(shop.open_shift(pos, shop="Corner Coffee", cashier=shift.cashier))
        register.session_id = session.id
        return session

    @routes.post("/orders", status_code=201)
    async def create_order(pos: Pos, register: OpenTill, order: OrderIn) -> Sale:
        if register.session_id is None:
            raise HTTPException(409, "no open shift: POST /shifts first")
        lines = [shop.Line(x.product_id, x.quantity, x.unit_price) for x in order.lines]
        created, payment = await call(
            shop.sell(
                pos,
                session_id=register.session_id,
                customer_id=order.customer_id,
                lines=lines,
                payment_method=order.payment_method,
                receipt_id=register.next_receipt(),
            )
        )
        return Sale(order=created, payment=payment)

    @routes.post("/orders/{order_id}/refunds", status_code=201)
    async def refund(pos: Pos, order_id: str, request: RefundIn) -> Refund:
        refunded, money_back = await call(
            shop.refund(
                pos,
                order_id=order_id,
                product_id=request.product_id,
                quantity=request.quantity,
                reason=request.reason,
            )
        )
        return Refund(refund=refunded, money_back=money_back)

    @routes.get("/customers/{customer_id}/orders")
    async def order_history(pos: Pos, customer_id: str) -> list[HistoryEntry]:
        await call(pos.customers.get(customer_id))  # 404 for an unknown customer
        entries = await call(shop.history(pos, customer_id))
        return [HistoryEntry(order=order, refunds=refunds) for order, refunds in entries]

    return routes


app = create_app()
