"""Custom tables that extend customers, and customers' unknown keys across read-modify-write."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from custom_tables import CustomerKeyError, CustomTables
from custom_tables.customers import customer_keys
from final_pos_client import FinalPOS
from final_pos_client.models import Customer, UpdateCustomerDto
from final_pos_client.types import UNSET
from final_pos_fake import FakeServer

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
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning about all-types, which is not linked
        customer = await tables.customer(ann)
    assert type(customer).__mro__[1] is Customer  # the generated model, plus the tables
    assert customer.first_name == "Ann"
    assert customer.custom_tables == {"loyalty-points": [row], "customer-preferences": []}
    assert (customer.loyalty_points, customer.customer_preferences) == ([row], [])
    model = await tables.customer_model()
    assert type(customer) is model and type(await tables.customer(ann)) is model
    points_model = (await tables.table("loyalty-points")).model
    assert attrs.fields(model).loyalty_points.type == list[points_model]  # type: ignore[valid-type]
    assert attrs.fields(model).loyalty_points.metadata["custom_table"] == "loyalty-points"
    assert customer.additional_properties["loyaltyTier"] == "gold"
    assert "custom_tables" not in customer.to_dict()
    assert customer.to_dict()["loyaltyTier"] == "gold"  # kept on a read-modify-write
    assert "loyalty_points" not in customer.to_dict()
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


async def test_customer_level_keys_are_typed_attributes(
    tables: CustomTables, new_customer: Callable[..., str]
) -> None:
    ann = new_customer(
        loyaltyTier="gold",
        visits=3,
        vip=True,
        favouriteShop={"city": "Oslo"},
        loyaltyPoints=7,  # snake-cases to the table attribute loyalty_points
        Email="other@example.com",  # snake-cases to the generated field email
    )
    customer = await tables.customer(ann)
    assert (customer.loyalty_tier, customer.visits, customer.vip) == ("gold", 3, True)
    assert customer.favourite_shop == {"city": "Oslo"}
    assert (customer.loyalty_points_, customer.email_) == (7, "other@example.com")
    assert customer.loyalty_points == [] and customer.email == "ann@example.com"
    keys = customer_keys(type(customer))
    assert {name: (key.wire_name, key.field_type) for name, key in keys.items()} == {
        "email_": ("Email", "string"),
        "favourite_shop": ("favouriteShop", "json"),
        "loyalty_points_": ("loyaltyPoints", "number"),
        "loyalty_tier": ("loyaltyTier", "string"),
        "vip": ("vip", "boolean"),
        "visits": ("visits", "number"),
    }
    assert type(await tables.customer(new_customer())) is type(customer)  # keys seen: same model
    bare = await tables.customer(new_customer())
    assert bare.loyalty_tier is UNSET and "loyaltyTier" not in bare.to_dict()
    with pytest.raises(CustomerKeyError, match=r"'visits'.*expected a number"):
        customer.visits = "many"
    assert customer.visits == 3


async def test_customer_keys_survive_read_modify_write_through_the_sdk(
    tables: CustomTables, pos: FinalPOS, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    ann = new_customer(loyaltyTier="gold", visits=3, favouriteShop={"city": "Oslo"})
    customer = await tables.customer(ann)
    customer.last_name = "Smith"  # another field
    await pos.customers.update(ann, UpdateCustomerDto.from_dict(customer.to_dict()))
    stored = fake_server.app.store.record("customers", ann)
    assert stored is not None and stored["lastName"] == "Smith"
    assert (stored["loyaltyTier"], stored["visits"]) == ("gold", 3)
    assert stored["favouriteShop"] == {"city": "Oslo"}

    customer = await tables.customer(ann)
    customer.loyalty_tier = "silver"  # the key itself, through its typed attribute
    customer.visits = UNSET  # removes the key
    await pos.customers.update(ann, UpdateCustomerDto.from_dict(customer.to_dict()))
    stored = fake_server.app.store.record("customers", ann)
    assert stored is not None and stored["loyaltyTier"] == "silver"
    assert (await tables.customer(ann)).loyalty_tier == "silver"


async def test_a_newly_seen_key_gives_a_new_model_at_once(
    tables: CustomTables, new_customer: Callable[..., str]
) -> None:
    first = await tables.customer(new_customer(loyaltyTier="gold"))
    second = await tables.customer(new_customer(nickname="Bo", loyaltyTier="silver"))
    assert second.nickname == "Bo" and not hasattr(type(first), "nickname")
    assert first.loyalty_tier == "gold"  # earlier customers keep their class and values
    assert await tables.customer_model() is type(second)
    mixed = await tables.customer(new_customer(loyaltyTier=3))  # another JSON type: Any
    assert customer_keys(type(mixed))["loyalty_tier"].field_type == "json"
    assert mixed.loyalty_tier == 3
    first_only = customer_keys(await CustomTables(tables.api.pos).customer_model(sample=1))
    assert {name: key.field_type for name, key in first_only.items()} == {"loyalty_tier": "string"}
    learned = CustomTables(tables.api.pos)
    assert set(customer_keys(await learned.customer_model())) == set()
    sampled = customer_keys(await learned.customer_model(sample=10))
    assert set(sampled) == {"loyalty_tier", "nickname"}


async def test_iterate_customers_reads_each_linked_table_once(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    people = [new_customer(firstName=f"C{i}") for i in range(6)]
    points = await tables.table("loyalty-points")
    await points.create_many([{"customerId": cid, "points": i} for i, cid in enumerate(people)])
    fake_server.app.log.clear()
    seen = {c.id: [r.points for r in c.loyalty_points] async for c in tables.iterate_customers()}
    assert seen == {cid: [i] for i, cid in enumerate(people)}
    for name in ("loyalty-points", "customer-preferences"):
        assert fake_server.app.log.count("GET", f"/v1/api/custom-table-data/{name}") == 1


async def test_freeze_customers_writes_a_typed_module(
    fake_server: FakeServer, tmp_path: Path, new_customer: Callable[..., str]
) -> None:
    new_customer(loyaltyTier="gold", visits=2)
    path = tmp_path / "customers_frozen.py"
    env = {"FINAL_POS_API_KEY": fake_server.api_key, "FINAL_POS_BASE_URL": fake_server.base_url}
    done = subprocess.run(
        [sys.executable, "-m", "custom_tables", "freeze", "--customers", "-o", str(path)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    source = path.read_text(encoding="utf-8")
    assert "    loyalty_points: list[LoyaltyPointsRow] = " in source
    assert "class AllTypesRow" not in source  # not linked to customers
    assert '    loyalty_tier = CustomerKey[str]("loyaltyTier", "string")' in source
    assert '    visits = CustomerKey[int | float]("visits", "number")' in source
    (tmp_path / "use_frozen.py").write_text(USE_FROZEN_CUSTOMER, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("customers_frozen", path)
    assert spec is not None and spec.loader is not None
    frozen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(frozen)
    customer = frozen.CustomerWithTables.from_dict({"id": "c1", "loyaltyTier": "gold"})
    assert (customer.loyalty_tier, customer.visits) == ("gold", UNSET)
    assert (customer.loyalty_points, customer.customer_preferences) == ([], [])
    customer.visits = 4
    assert customer.to_dict() == {"id": "c1", "loyaltyTier": "gold", "visits": 4}
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", path.name, "use_frozen.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert checked.returncode == 0, checked.stdout
    wrong = tmp_path / "wrong_frozen.py"
    wrong.write_text(USE_FROZEN_CUSTOMER.replace("tier: str", "tier: int"), encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", wrong.name],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "Incompatible types in assignment" in checked.stdout, checked.stdout


USE_FROZEN_CUSTOMER = """
from customers_frozen import CustomerWithTables
from final_pos_client.types import Unset


def tier_of(customer: CustomerWithTables) -> str:
    value = customer.loyalty_tier
    if isinstance(value, Unset) or value is None:
        return "none"
    tier: str = value
    customer.visits = 3
    return tier
"""
