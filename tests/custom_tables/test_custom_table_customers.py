"""Custom tables that extend customers, and customers' unknown keys across read-modify-write."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest

from custom_tables import CustomTables
from final_pos_client import FinalPOS
from final_pos_client.models import Customer, UpdateCustomerDto
from final_pos_fake.server import FakeServer

pytestmark = pytest.mark.filterwarnings("ignore:.*unknown type .geo-point.")


async def test_rows_for_customer_across_two_linked_tables(
    tables: CustomTables, new_customer: Callable[..., str]
) -> None:
    ann, bob = new_customer(firstName="Ann"), new_customer(firstName="Bob")
    points = await tables.table("loyalty-points")
    preferences = await tables.table("customer-preferences")
    ann_points = [await points.create({"customerId": ann, "points": n}) for n in (1, 2)]
    await points.create({"customerId": bob, "points": 7})
    ann_preferences = await preferences.create({"customerId": ann, "newsletter": True})
    await preferences.create({"customerId": bob})
    await (await tables.table("all-types")).create({"text": ann})  # not a customer reference

    linked = await tables.rows_for_customer(ann)
    assert linked == {"loyalty-points": ann_points, "customer-preferences": [ann_preferences]}
    assert await tables.rows_for_customer("6b0929f0612e7d5b4b43ffff") == {
        "loyalty-points": [],
        "customer-preferences": [],
    }


async def test_customer_comes_with_its_rows(
    tables: CustomTables, new_customer: Callable[..., str]
) -> None:
    ann = new_customer(firstName="Ann", loyaltyTier="gold")
    row = await (await tables.table("loyalty-points")).create({"customerId": ann, "points": 3})
    customer = await tables.customer(ann)
    assert type(customer).__mro__[1] is Customer  # the generated model, plus one slot
    assert customer.first_name == "Ann"
    assert customer.custom_tables == {"loyalty-points": [row], "customer-preferences": []}
    assert customer.additional_properties["loyaltyTier"] == "gold"
    assert "custom_tables" not in customer.to_dict()
    assert attrs.asdict(customer)["first_name"] == "Ann"


async def test_customer_unknown_keys_survive_read_modify_write(
    pos: FinalPOS, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    ann = new_customer(firstName="Ann", loyaltyTier="gold", favouriteShop={"city": "Oslo"})
    customer = await pos.customers.get(ann)
    customer.last_name = "Smith"
    await pos.customers.update(ann, UpdateCustomerDto.from_dict(customer.to_dict()))
    stored = fake_server.app.store.record("customers", ann)
    assert stored is not None
    assert stored["lastName"] == "Smith"
    assert stored["loyaltyTier"] == "gold"
    assert stored["favouriteShop"] == {"city": "Oslo"}
    again = await pos.customers.get(ann)
    assert again.additional_properties["loyaltyTier"] == "gold"
