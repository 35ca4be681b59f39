"""Each construct of the "1.3.0" bump, used through ``FinalPOS`` against the fake (both
transports) or as a model round trip, in the package regenerated from it."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from final_pos_client import FinalPOS, errors
from final_pos_client._core._http_client import build_http_client
from final_pos_client._core._observe_store import read
from final_pos_client.models import (
    CardTenderDto,
    CardTenderDtoKind,
    CashTenderDto,
    CreateAttachmentDto,
    CreateRefundDto,
    CreateStationDto,
    CreateTransactionDto,
    OutletStationDto,
    RefundLineItemDto,
    StationPriority,
    StationStatus,
    TransactionResponseDto,
    UpdateCustomerDto,
)
from final_pos_client.params import (
    CreateOutletDtoDict,
    CreateStationDtoDict,
    CreateTransactionDtoDict,
)
from final_pos_client.types import Unset
from final_pos_fake import FakeServer
from tests.client.conftest import TRANSPORTS

OUTLET: CreateOutletDtoDict = {
    "name": "Main",
    "address": "1 Main St",
    "city": "Springfield",
    "state": "IL",
    "country": "US",
    "postCode": "62701",
    "phone": "+15550100",
}


def _station(outlet_id: str, status: Any = "AVAILABLE", name: str = "Till") -> CreateStationDtoDict:
    return {"name": name, "outletId": outlet_id, "status": status}


# -- string enums -------------------------------------------------------------------------------


async def test_an_enum_field_is_typed_both_ways(pos: FinalPOS) -> None:
    outlet = await pos.outlets.create(OUTLET)
    body = CreateStationDto(name="Till 1", outlet_id=outlet.id, status=StationStatus.BUSY)

    station = await pos.stations.create(body)

    assert station.status is StationStatus.BUSY
    assert station.to_dict()["status"] == "BUSY"


@pytest.mark.parametrize("as_model", [False, True])
async def test_a_request_value_outside_the_enum_is_refused_before_sending(
    pos: FinalPOS, fake_server: FakeServer, as_model: bool
) -> None:
    body: Any = _station("x", status="PAUSED")
    if as_model:
        body = CreateStationDto(name="Till", outlet_id="x", status="PAUSED")

    with pytest.raises(errors.ValidationError, match=r"status: 'PAUSED' is not one of \['AVAIL"):
        await pos.stations.create(body)
    assert len(fake_server.app.log) == 0


async def test_the_fake_refuses_a_value_outside_the_enum(fake_server: FakeServer) -> None:
    async with httpx.AsyncClient(base_url=fake_server.base_url) as http:
        answer = await http.post(
            "/v1/api/station",
            json=_station("x", status="PAUSED"),
            headers={"x-api-key": fake_server.api_key},
        )
    assert answer.status_code == 400 and "status" in answer.text


# -- integer enums -------------------------------------------------------------------------------


async def test_an_integer_enum_field_is_typed_both_ways(pos: FinalPOS) -> None:
    outlet = await pos.outlets.create(OUTLET)
    body = CreateStationDto(
        name="Till 1", outlet_id=outlet.id, status="BUSY", priority=StationPriority.VALUE_1
    )

    station = await pos.stations.create(body)
    priority: StationPriority | int | Unset = station.priority

    assert priority is StationPriority.VALUE_1
    assert station.to_dict()["priority"] == 1


@pytest.mark.parametrize("as_model", [False, True])
async def test_an_integer_outside_the_enum_is_refused_before_sending(
    pos: FinalPOS, fake_server: FakeServer, as_model: bool
) -> None:
    body: Any = {**_station("x"), "priority": 7}
    if as_model:
        body = CreateStationDto(name="Till", outlet_id="x", status="BUSY", priority=7)

    with pytest.raises(errors.ValidationError, match=r"priority: 7 is not one of \[1, 2, 3\]"):
        await pos.stations.create(body)
    assert len(fake_server.app.log) == 0


# -- documented bounds of body fields --------------------------------------------------------------


@pytest.mark.parametrize("as_model", [False, True])
async def test_a_body_field_outside_its_bounds_is_refused_before_sending(
    pos: FinalPOS, fake_server: FakeServer, as_model: bool
) -> None:
    too_long: Any = {"reason": "x" * 201}
    nested: Any = {"reason": "broken", "lineItems": [{"name": "Tea", "quantity": 0}]}
    if as_model:
        too_long = CreateRefundDto(reason="x" * 201)
        nested = CreateRefundDto(reason="broken", line_items=[RefundLineItemDto(quantity=0)])

    with pytest.raises(errors.ValidationError, match=r"CreateRefundDto\.reason: 'x+' is too long"):
        await pos.refunds.create(too_long)
    with pytest.raises(errors.ValidationError, match=r"lineItems\[0\]\.quantity: 0 is out of bou"):
        await pos.refunds.create(nested)
    assert len(fake_server.app.log) == 0
    at_bound = await pos.refunds.create({"reason": "x" * 200, "lineItems": [{"quantity": 1}]})
    assert at_bound.reason == "x" * 200


# -- forward compatibility ----------------------------------------------------------------------


@pytest.fixture(params=TRANSPORTS)
async def observed_pos(
    request: pytest.FixtureRequest, fake_server: FakeServer, tmp_path: Path
) -> AsyncIterator[tuple[FinalPOS, Path]]:
    path = tmp_path / "observed.sqlite"
    http_client = build_http_client(httpx.Timeout(30.0), use_aiohttp=request.param == "aiohttp")
    client = FinalPOS(
        api_key=fake_server.api_key,
        base_url=fake_server.base_url,
        http_client=http_client,
        observe=path,
    )
    try:
        yield client, path
    finally:
        await client.aclose()
        await http_client.aclose()


async def test_an_unknown_enum_value_is_kept_as_text_and_recorded(
    observed_pos: tuple[FinalPOS, Path], fake_server: FakeServer
) -> None:
    pos, path = observed_pos
    stored = fake_server.app.store.add_record("stations", _station("o1", status="PAUSED"))

    station = await pos.stations.get(stored["id"])
    listed = await pos.stations.list()
    await pos.aclose()

    assert station.status == "PAUSED" and type(station.status) is str
    assert [s.status for s in listed] == ["PAUSED"]
    assert station.to_dict()["status"] == "PAUSED"  # written back as it came
    found = {(o.operation, o.pointer, o.kind, o.detail): o.count for o in read(path)[0]}
    assert found[("GET /v1/api/station/{id}", "/status", "unknown_enum_value", "PAUSED")] == 1
    assert found[("GET /v1/api/stations", "/*/status", "unknown_enum_value", "PAUSED")] == 1


async def test_an_unknown_integer_enum_value_is_kept_as_an_int_and_recorded(
    observed_pos: tuple[FinalPOS, Path], fake_server: FakeServer
) -> None:
    pos, path = observed_pos
    stored = fake_server.app.store.add_record("stations", {**_station("o1"), "priority": 7})

    station = await pos.stations.get(stored["id"])
    listed = await pos.stations.list()
    await pos.aclose()

    assert station.priority == 7 and type(station.priority) is int
    assert [s.priority for s in listed] == [7]
    assert station.to_dict()["priority"] == 7  # written back as it came
    found = {(o.operation, o.pointer, o.detail): o for o in read(path)[0]}
    got = found[("GET /v1/api/station/{id}", "/priority", "7")]
    assert (got.kind, got.count, got.sample) == ("unknown_enum_value", 1, "integer")
    assert got.target == "$.components.schemas['StationPriority'].enum"
    assert found[("GET /v1/api/stations", "/*/priority", "7")].kind == "unknown_enum_value"


async def test_an_unknown_oneof_variant_is_kept_as_a_dict(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    voucher = {"kind": "voucher", "code": "V-1"}
    stored = fake_server.app.store.add_record("transactions", {"amount": "5", "tender": voucher})

    transaction = await pos.transactions.get(stored["id"])

    assert transaction.tender == voucher
    assert transaction.to_dict()["tender"] == voucher


async def test_a_new_field_is_kept(pos: FinalPOS, fake_server: FakeServer) -> None:
    stored = fake_server.app.store.add_record("stations", {"name": "T", "drawer": 3})

    station = await pos.stations.get(stored["id"])

    assert station.additional_properties == {"drawer": 3}


# -- nullable -----------------------------------------------------------------------------------


async def test_null_is_sent_for_none_and_read_back_distinct_from_absent(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    customer = await pos.customers.create(
        {"email": "n@example.com", "firstName": "N", "lastName": "L", "phone": "+1555"}
    )
    untouched = await pos.customers.update(customer.id, UpdateCustomerDto(first_name="M"))
    assert untouched.phone == "+1555"  # absent: left as it was

    cleared = await pos.customers.update(customer.id, UpdateCustomerDto(phone=None))

    assert cleared.phone is None
    assert fake_server.app.store.records("customers")[0]["phone"] is None
    again = await pos.customers.update(customer.id, {"phone": None})  # a dict body too
    assert again.phone is None


# -- oneOf with a discriminator -----------------------------------------------------------------


def test_from_dict_picks_the_variant_by_the_discriminator_and_to_dict_writes_it_back() -> None:
    card = {"id": "t1", "tender": {"kind": "card", "last4": "4242"}}
    cash = {"id": "t2", "tender": {"kind": "cash", "tendered": "20", "change": "3"}}

    by_card = TransactionResponseDto.from_dict(card)
    by_cash = TransactionResponseDto.from_dict(cash)

    assert isinstance(by_card.tender, CardTenderDto) and by_card.tender.last4 == "4242"
    assert isinstance(by_cash.tender, CashTenderDto) and by_cash.tender.change == "3"
    assert by_card.to_dict() == card and by_cash.to_dict() == cash


async def test_a_union_is_sent_and_read_back_as_its_variant(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    session = fake_server.app.store.add_record("sessions", {"sessionNumber": "1"})
    body = CreateTransactionDto(
        payment_method="card",
        amount="9.50",
        currency="USD",
        type_="sale",
        balance="0",
        session_id=session["id"],
        tender=CardTenderDto(kind=CardTenderDtoKind.CARD, last4="4242"),
    )

    created = await pos.transactions.create(body)

    (stored,) = fake_server.app.store.records("transactions")
    assert stored["tender"] == {"kind": "card", "last4": "4242"}
    assert isinstance(created.tender, CardTenderDto) and created.tender.last4 == "4242"


# -- allOf and a nested path --------------------------------------------------------------------


async def test_the_nested_path_lists_an_outlets_stations_as_the_composed_model(
    pos: FinalPOS,
) -> None:
    outlet = await pos.outlets.create(OUTLET)
    other = await pos.outlets.create(CreateOutletDtoDict(**{**OUTLET, "name": "Other"}))
    await pos.stations.create(_station(outlet.id, "BUSY", "A"))
    await pos.stations.create(_station(outlet.id, "AVAILABLE", "B"))
    await pos.stations.create(_station(other.id, "BUSY", "C"))

    listed = await pos.outlets.find_stations(outlet.id)
    busy = await pos.outlets.find_stations(outlet.id, status="BUSY")

    assert sorted(s.name for s in listed if isinstance(s.name, str)) == ["A", "B"]
    assert all(isinstance(s, OutletStationDto) for s in listed)
    assert [s.name for s in busy] == ["A"]
    composed = OutletStationDto.from_dict({"id": "s", "name": "A", "outletName": "Main"})
    assert (composed.id, composed.name, composed.outlet_name) == ("s", "A", "Main")


async def test_the_nested_path_names_an_unknown_parent(pos: FinalPOS) -> None:
    with pytest.raises(errors.NotFoundError, match="Outlet with id"):
        await pos.outlets.find_stations("0" * 24)
    with pytest.raises(errors.ValidationError, match="status='PAUSED' is not one of"):
        await pos.outlets.find_stations("0" * 24, status="PAUSED")


# -- multipart upload ---------------------------------------------------------------------------


class Unseekable(io.RawIOBase):
    """A stream read once (a pipe or a socket would be)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._data.read(-1 if size is None else size)


async def test_an_upload_takes_bytes_a_file_or_a_path(pos: FinalPOS, tmp_path: Path) -> None:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(b"%PDF" * 1000)

    from_bytes = await pos.attachments.upload({"file": b"abc", "name": "a.txt"})
    from_file = await pos.attachments.upload({"file": io.BytesIO(b"abcdef"), "name": "b.txt"})
    from_path = await pos.attachments.upload({"file": path})

    assert (from_bytes.size, from_bytes.name) == (3, "a.txt")
    assert (from_file.size, from_file.name) == (6, "b.txt")
    assert (from_path.size, from_path.name) == (4000, "receipt.pdf")


async def test_an_upload_is_retried_only_when_it_can_be_resent(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add("POST /v1/api/attachment/upload", status=503, times=1)
    resent = await pos.attachments.upload({"file": io.BytesIO(b"x" * 10), "name": "r.txt"})
    assert resent.size == 10 and fake_server.app.log.count("POST") == 2

    fake_server.app.faults.add("POST /v1/api/attachment/upload", status=503, times=1)
    with pytest.raises(errors.InternalServerError):
        await pos.attachments.upload({"file": Unseekable(b"y" * 10), "name": "once.txt"})
    assert fake_server.app.log.count("POST") == 3  # sent once, never again


async def test_an_upload_without_its_file_is_refused_before_sending(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    with pytest.raises(errors.ValidationError, match=r"missing required field\(s\) \['file'\]"):
        await pos.attachments.upload({"name": "nothing.txt"})  # type: ignore[arg-type]
    assert len(fake_server.app.log) == 0


# -- deprecation and a new error status ---------------------------------------------------------


async def test_a_deprecated_method_warns_naming_its_replacement(pos: FinalPOS) -> None:
    body = CreateAttachmentDto(name="r", mime_type="a/b", original_url="u", url="u", path="p")
    with pytest.warns(DeprecationWarning, match=r"use FinalPOS\.attachments\.upload \(POST /v1"):
        await pos.attachments.create(body)


async def test_a_newly_documented_status_raises_its_own_class(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add("POST /v1/api/transactions", status=402, message="declined")
    body: CreateTransactionDtoDict = {
        "paymentMethod": "card",
        "amount": "1",
        "currency": "USD",
        "type": "sale",
        "balance": "0",
        "sessionId": "0" * 24,
    }
    with pytest.raises(errors.PaymentRequiredError, match="declined") as caught:
        await pos.transactions.create(body)
    assert isinstance(caught.value, errors.APIStatusError) and caught.value.status_code == 402
