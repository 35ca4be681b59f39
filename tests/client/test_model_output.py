"""Reading responses without meeting ``Unset``: reprs leave absent fields out, every model has
``to_dict()``/``to_json()``, and an absent field reads with a default."""

from __future__ import annotations

import enum
import json

from final_pos_client import UNSET, FinalPOS, models, value_or
from final_pos_client.models import CreateProductDto
from final_pos_fake import FakeServer


async def test_repr_shows_only_the_fields_the_api_sent(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    product = await pos.products.create(CreateProductDto(name="Tea", product_type="simple"))

    text = repr(product)
    assert text.startswith(f"ProductResponseDto(id={product.id!r}, ")
    assert "name='Tea'" in text
    assert "Unset" not in text and "UNSET" not in text and " object at 0x" not in text
    assert "sku=" not in text  # not sent by the server
    assert repr(UNSET) == "UNSET"


async def test_to_json_round_trips(pos: FinalPOS, fake_server: FakeServer) -> None:
    product = await pos.products.create(
        {"name": "Tea", "productType": "simple", "metadata": [{"key": "origin", "value": "CN"}]}
    )

    data = json.loads(product.to_json())

    assert data == product.to_dict()
    assert data["metadata"] == [{"key": "origin", "value": "CN"}]
    assert type(product).from_dict(data) == product
    assert json.loads(product.to_json(indent=2)) == data


async def test_absent_fields_read_with_a_default(pos: FinalPOS) -> None:
    product = await pos.products.create({"name": "Tea", "productType": "simple"})
    priced = await pos.products.create({"name": "Free", "productType": "simple", "minPrice": 0})

    sku: str = value_or(product.sku, "no sku")  # typed as str for mypy
    short: str = product.sku or "-"  # Unset is always false, so mypy narrows it away
    assert (sku, short) == ("no sku", "-")
    assert value_or(priced.min_price, 9.5) == 0  # a falsy value that was sent stays


def test_every_model_has_to_dict_to_json_and_a_readable_repr() -> None:
    for name in models.__all__:
        model = getattr(models, name)
        if issubclass(model, enum.Enum):  # a string or integer enum of the description: no model
            assert issubclass(model, str | int), name
            continue
        assert callable(model.to_dict) and callable(model.to_json), name
        assert model.__repr__ is not object.__repr__, name
