"""README "Recipes": each flow against the strict fake over both transports, then the whole
day as the README runs it (a fresh interpreter on a real socket)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from final_pos_client import FinalPOS
from final_pos_client.models import CreateCustomerDto, CreateProductDto
from final_pos_fake import FakeServer
from tests.examples.runs import readme_python_blocks, run_against_fake


def recipe_blocks() -> list[str]:
    blocks = readme_python_blocks("Recipes")
    assert len(blocks) == 2, "the recipes, then the day that uses them"
    return blocks


@pytest.fixture(scope="module")
def recipes() -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "readme_recipes"}
    exec(compile(recipe_blocks()[0], "README.md#recipes", "exec"), namespace)
    return namespace


async def customer_and_product(pos: FinalPOS) -> tuple[str, str]:
    customer = await pos.customers.create(
        CreateCustomerDto(email="ada@example.com", first_name="Ada", last_name="Lovelace")
    )
    product = await pos.products.create(CreateProductDto(name="Latte", product_type="Beverages"))
    return customer.id, product.id


async def test_open_session(
    recipes: dict[str, Any], pos: FinalPOS, fake_server: FakeServer
) -> None:
    session = await recipes["open_session"](pos, cashier="Jane")
    store = fake_server.app.store
    (station,) = store.records("stations")
    (outlet,) = store.records("outlets")
    assert (session.station_id, station["outletId"]) == (station["id"], outlet["id"])
    assert session.opened_by == "Jane"
    assert store.record("sessions", session.id) is not None


async def test_sale_with_a_payment(
    recipes: dict[str, Any], pos: FinalPOS, fake_server: FakeServer
) -> None:
    session = await recipes["open_session"](pos, cashier="Jane")
    customer_id, product_id = await customer_and_product(pos)
    order, payment = await recipes["sell"](
        pos, session.id, customer_id, product_id, quantity=2, unit_price="3.50"
    )
    assert (order.customer_id, order.session_id, order.summary.total) == (
        customer_id,
        session.id,
        "7.00",
    )
    assert (payment.order_id, payment.amount, payment.type_) == (order.id, "7.00", "sale")
    assert [t["id"] for t in fake_server.app.store.records("transactions")] == [payment.id]


async def test_partial_refund(recipes: dict[str, Any], pos: FinalPOS) -> None:
    session = await recipes["open_session"](pos, cashier="Jane")
    customer_id, product_id = await customer_and_product(pos)
    order, payment = await recipes["sell"](
        pos, session.id, customer_id, product_id, quantity=2, unit_price="3.50"
    )
    refund, money_back = await recipes["refund_one"](pos, order, payment, reason="cold")
    assert (refund.order_id, refund.summary.total, refund.payment[0].transaction_id) == (
        order.id,
        "3.50",
        payment.id,
    )
    assert (money_back.type_, money_back.amount, money_back.refund_id) == (
        "refund",
        "3.50",
        refund.id,
    )


async def test_close_session(recipes: dict[str, Any], pos: FinalPOS) -> None:
    session = await recipes["open_session"](pos, cashier="Jane")
    closed = await recipes["close_session"](pos, session.id, cashier="Sam", cash="120.00", card="7")
    assert (closed.id, closed.closed_by, closed.closing_amount) == (session.id, "Sam", "127.00")
    assert closed.closing_amounts.cash == "120.00"
    assert closed.opened_by == "Jane"  # an update changes only the fields it sends


async def test_customer_history(recipes: dict[str, Any], pos: FinalPOS) -> None:
    session = await recipes["open_session"](pos, cashier="Jane")
    ada, product_id = await customer_and_product(pos)
    bob = await pos.customers.create(
        CreateCustomerDto(email="bob@example.com", first_name="Bob", last_name="Smith")
    )
    sell = recipes["sell"]
    first, payment = await sell(pos, session.id, ada, product_id, quantity=2, unit_price="3.50")
    await sell(pos, session.id, bob.id, product_id, quantity=1, unit_price="3.50")
    second, _ = await sell(pos, session.id, ada, product_id, quantity=1, unit_price="4.00")
    refund, _ = await recipes["refund_one"](pos, first, payment, reason="cold")

    history = await recipes["customer_history"](pos, ada)
    assert [(order.id, [r.id for r in refunds]) for order, refunds in history] == [
        (first.id, [refund.id]),
        (second.id, []),
    ]


def test_the_day_runs_as_written() -> None:
    output, _ = run_against_fake("\n".join(recipe_blocks()), api_key="recipes-key")
    order_line, session_line = output.splitlines()
    assert re.fullmatch(r"order R-\w{6}-\w{4}: 7\.00 paid, 3\.50 refunded", order_line)
    assert session_line == "session S-0001 closed by Jane: 103.50"
