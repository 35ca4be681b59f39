"""Documented query bounds (``limit`` at most 100, ``skip`` at least 0) refused before sending."""

from __future__ import annotations

import pytest

from final_pos_client import FinalPOS
from final_pos_client.errors import FinalPOSError, ValidationError
from final_pos_fake import FakeServer


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"limit": 500},
            "products.list: limit=500 is out of bounds: the description allows at most 100",
        ),
        (
            {"skip": -1},
            "products.list: skip=-1 is out of bounds: the description allows at least 0",
        ),
    ],
)
async def test_a_value_outside_the_documented_bounds_is_refused_before_sending(
    pos: FinalPOS, fake_server: FakeServer, arguments: dict[str, int], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await pos.products.list(skip=arguments.get("skip", 0), limit=arguments.get("limit", 50))

    assert str(caught.value) == message
    assert isinstance(caught.value, FinalPOSError) and isinstance(caught.value, ValueError)
    assert len(fake_server.app.log) == 0  # nothing reached the server


async def test_the_bounds_themselves_are_allowed(pos: FinalPOS, fake_server: FakeServer) -> None:
    fake_server.app.store.add_record("products", {"name": "Tea", "productType": "simple"})

    assert len(await pos.products.list(skip=0, limit=100)) == 1
    assert len(await pos.products.list(skip=1, limit=0)) == 0
