"""Honest outcomes for writes: a write answered 2xx whose body cannot be used says it succeeded
(``APIWriteSucceededError``, with the record's id); one that got no answer says the outcome is
unknown. Per fault kind of the fake, for create, update and delete, over both transports."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from final_pos_client import FinalPOS, errors
from final_pos_client.params import CreateCustomerDtoDict
from final_pos_fake import FakeServer

CUSTOMER = "/v1/api/customer"
NEW: CreateCustomerDtoDict = {"email": "ada@example.com", "firstName": "Ada", "lastName": "L"}

Write = Callable[[FinalPOS, str], Awaitable[Any]]


async def create(pos: FinalPOS, _: str) -> Any:
    return await pos.customers.create(NEW)


async def update(pos: FinalPOS, record_id: str) -> Any:
    return await pos.customers.update(record_id, {"firstName": "Grace"})


async def delete(pos: FinalPOS, record_id: str) -> Any:
    return await pos.customers.delete(record_id)


WRITES: dict[str, tuple[str, str, Write]] = {
    "create": ("POST", CUSTOMER, create),
    "update": ("PATCH", f"{CUSTOMER}/*", update),
    "delete": ("DELETE", f"{CUSTOMER}/*", delete),
}


def took_effect(fake_server: FakeServer, kind: str, existing: str) -> bool:
    records = {r["id"]: r for r in fake_server.app.store.records("customers")}
    if kind == "create":
        return len(records) == 2
    if kind == "update":
        return bool(records[existing]["firstName"] == "Grace")
    return existing not in records


async def eventually(condition: Callable[[], bool], within: float = 10.0) -> None:
    """Wait for a write the fake processes after its injected latency (bounded)."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + within
    while not condition():
        assert loop.time() < give_up, "the write never reached the fake's store"
        await asyncio.sleep(0.01)


@pytest.fixture
def existing(fake_server: FakeServer) -> str:
    record = fake_server.app.store.add_record("customers", dict(NEW))
    return str(record["id"])


@pytest.mark.parametrize("kind", WRITES)
async def test_a_cut_body_after_2xx_says_the_write_succeeded(
    pos: FinalPOS, fake_server: FakeServer, existing: str, kind: str
) -> None:
    method, pattern, write = WRITES[kind]
    fake_server.app.faults.add(f"{method} {pattern}", truncate=True)

    with pytest.raises(errors.APIWriteSucceededError) as caught:
        await write(pos, existing)

    error = caught.value
    assert isinstance(error, errors.APIOutcomeUnknownError)  # "it may have happened": it did
    assert isinstance(error, errors.APIResponseValidationError)  # the body is unusable
    assert isinstance(error, errors.APIError)  # "the call failed"
    assert not isinstance(error, errors.APITimeoutError)
    assert took_effect(fake_server, kind, existing)
    record_id = (
        existing
        if kind != "create"
        else next(
            r["id"] for r in fake_server.app.store.records("customers") if r["id"] != existing
        )
    )
    status = 201 if kind == "create" else 200
    assert error.status_code == status
    assert error.record_id == record_id
    assert f"the write succeeded ({status} " in str(error)
    assert f"record id {record_id})" in str(error)
    assert "do not send it again" in str(error)
    assert fake_server.app.log.count(method) == 1  # not retried


@pytest.mark.parametrize("kind", WRITES)
async def test_a_write_dropped_after_processing_has_an_unknown_outcome(
    pos: FinalPOS, fake_server: FakeServer, existing: str, kind: str
) -> None:
    method, pattern, write = WRITES[kind]
    fake_server.app.faults.add(f"{method} {pattern}", drop="after")

    with pytest.raises(errors.APIOutcomeUnknownError) as caught:
        await write(pos.with_options(max_retries=0), existing)

    assert not isinstance(caught.value, errors.APIWriteSucceededError)  # no status came back
    assert "may have acted on it" in str(caught.value)
    assert took_effect(fake_server, kind, existing)


@pytest.mark.parametrize("kind", WRITES)
async def test_a_write_answered_past_the_deadline_has_an_unknown_outcome(
    pos: FinalPOS, fake_server: FakeServer, existing: str, kind: str
) -> None:
    method, pattern, write = WRITES[kind]
    fake_server.app.faults.add(f"{method} {pattern}", latency=1.0)

    with pytest.raises(errors.APIOutcomeUnknownTimeoutError) as caught:
        await write(pos.with_options(deadline=0.3), existing)

    assert not isinstance(caught.value, errors.APIWriteSucceededError)
    assert "exceeded its deadline of 0.3 s" in str(caught.value)
    await eventually(lambda: took_effect(fake_server, kind, existing))


@pytest.mark.parametrize("kind", ["update", "delete"])
async def test_an_idempotent_write_dropped_after_processing_is_retried_to_an_answer(
    pos: FinalPOS,
    fake_server: FakeServer,
    existing: str,
    kind: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="final_pos_client")
    method, pattern, write = WRITES[kind]
    fake_server.app.faults.add(f"{method} {pattern}", drop="after", times=1)

    await write(pos, existing)  # the retry answers (a delete's 404 is taken as done)

    assert took_effect(fake_server, kind, existing)
    last = [r for r in caplog.records if r.name == "final_pos_client"][-1]
    assert last.levelno == logging.DEBUG  # a success, or the delete's 404 taken as done


async def test_a_write_through_request_says_it_succeeded_too(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"POST {CUSTOMER}", truncate=True)
    with pytest.raises(errors.APIWriteSucceededError) as caught:
        await pos.request("POST", CUSTOMER, json=dict(NEW))
    (created,) = fake_server.app.store.records("customers")
    assert caught.value.record_id == created["id"]


async def test_a_raw_write_says_it_succeeded_when_parsed(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"POST {CUSTOMER}", truncate=True)
    raw = await pos.customers.with_raw_response.create(NEW)
    assert raw.status_code == 201
    with pytest.raises(errors.APIWriteSucceededError):
        raw.parse()


async def test_a_streamed_write_says_it_succeeded_when_parsed(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"POST {CUSTOMER}", truncate=True)
    async with pos.customers.with_streaming_response.create(NEW) as response:
        assert response.status_code == 201
        with pytest.raises(errors.APIWriteSucceededError):
            await response.parse()


async def test_a_read_with_a_cut_body_stays_a_validation_error(
    pos: FinalPOS, fake_server: FakeServer, existing: str
) -> None:
    fake_server.app.faults.add(f"GET {CUSTOMER}/*", truncate=True)
    with pytest.raises(errors.APIResponseValidationError) as caught:
        await pos.customers.get(existing)
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)
