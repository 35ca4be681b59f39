"""``retry_writes="never" | "safe" | "always"`` and the log line that says why a failure is not
retried, observed from the fake's request log, over both transports."""

from __future__ import annotations

import logging

import pytest

from final_pos_client import FinalPOS, errors
from final_pos_client._core._retry_policy import (
    RetryWrites,
    failure_not_retried,
    status_not_retried,
)
from final_pos_client.params import CreateCategoryDtoDict
from final_pos_fake import FakeServer

from .test_retries import statuses

CATEGORIES = "/v1/api/categories"
CATEGORY = "/v1/api/category"
BODY: CreateCategoryDtoDict = {"name": "Drinks", "description": "Cold"}


def final_log_line(caplog: pytest.LogCaptureFixture) -> str:
    return [r.getMessage() for r in caplog.records if r.name == "final_pos_client"][-1]


async def test_safe_is_the_default(pos: FinalPOS) -> None:
    assert pos.retry_writes == "safe"
    assert pos.with_options(retry_writes="never").retry_writes == "never"
    assert pos.with_options(max_retries=1).retry_writes == "safe"


@pytest.mark.parametrize("setting", ["sometimes", "", None, 1])
def test_an_unknown_setting_is_refused(setting: object) -> None:
    with pytest.raises(errors.ConfigurationError, match="retry_writes must be 'never', 'safe'"):
        FinalPOS(api_key="k", retry_writes=setting)  # type: ignore[arg-type]


async def test_never_retries_no_write(pos: FinalPOS, fake_server: FakeServer) -> None:
    never = pos.with_options(retry_writes="never")
    created = await never.categories.create(BODY)
    path = f"{CATEGORY}/{created.id}"
    for method in ("POST", "PUT", "DELETE"):
        fake_server.app.faults.add(f"{method} {CATEGORY}*", status=503, times=1)
    with pytest.raises(errors.InternalServerError):
        await never.categories.create(BODY)
    with pytest.raises(errors.InternalServerError):
        await never.categories.update(created.id, {"name": "Tea"})
    with pytest.raises(errors.InternalServerError):
        await never.categories.delete(created.id)
    assert statuses(fake_server, "POST", CATEGORY) == [201, 503]
    assert statuses(fake_server, "PUT", path) == [503]
    assert statuses(fake_server, "DELETE", path) == [503]


async def test_never_still_retries_reads(pos: FinalPOS, fake_server: FakeServer) -> None:
    fake_server.app.faults.add(f"GET {CATEGORIES}", status=503, times=1)
    await pos.with_options(retry_writes="never").categories.list()
    assert statuses(fake_server, "GET", CATEGORIES) == [503, 200]


async def test_always_retries_a_post_the_server_may_have_acted_on(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"POST {CATEGORY}", status=500, times=1)
    fake_server.app.faults.add(f"POST {CATEGORY}", drop="after", times=1)
    await pos.with_options(retry_writes="always").categories.create(BODY)
    assert statuses(fake_server, "POST", CATEGORY) == [500, None, 201]
    # The dropped attempt was processed: "always" accepts a second record.
    assert len(fake_server.app.store.records("categories")) == 2


async def test_safe_retries_put_and_delete_but_not_post_on_500(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    created = await pos.categories.create(BODY)
    path = f"{CATEGORY}/{created.id}"
    for method in ("POST", "PUT", "DELETE"):
        fake_server.app.faults.add(f"{method} {CATEGORY}*", status=500, times=1)
    with pytest.raises(errors.InternalServerError):
        await pos.categories.create(BODY)
    await pos.categories.update(created.id, {"name": "Tea"})
    await pos.categories.delete(created.id)
    assert statuses(fake_server, "POST", CATEGORY) == [201, 500]
    assert statuses(fake_server, "PUT", path) == [500, 200]
    assert statuses(fake_server, "DELETE", path)[0] == 500


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (
            {"status": 500},
            "not retried: a POST answered 500 may have been processed (retried on 429, 503 only)",
        ),
        ({"drop": "after"}, "not retried: the POST was sent, so the server may have acted on it"),
    ],
)
async def test_the_log_says_why_a_post_is_not_retried(
    pos: FinalPOS,
    fake_server: FakeServer,
    caplog: pytest.LogCaptureFixture,
    fault: dict[str, object],
    reason: str,
) -> None:
    caplog.set_level(logging.INFO, logger="final_pos_client")
    fake_server.app.faults.add(f"POST {CATEGORY}", times=1, **fault)  # type: ignore[arg-type]
    with pytest.raises(errors.APIError):
        await pos.categories.create(BODY)
    assert final_log_line(caplog).endswith(reason)


async def test_the_log_says_when_retries_are_spent(
    pos: FinalPOS, fake_server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="final_pos_client")
    fake_server.app.faults.add(f"GET {CATEGORIES}", status=503)
    with pytest.raises(errors.InternalServerError):
        await pos.categories.list(max_retries=1)
    assert final_log_line(caplog).endswith("; not retried: no retries left (max_retries=1)")


async def test_expected_answers_log_at_debug(
    pos: FinalPOS, fake_server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="final_pos_client")
    fake_server.app.faults.add(f"POST {CATEGORY}", status=409, times=1)
    with pytest.raises(errors.NotFoundError):
        await pos.categories.get("no-such-category")
    with pytest.raises(errors.ConflictError):
        await pos.categories.create(BODY)
    with pytest.raises(errors.BadRequestError):
        await pos.request("POST", CATEGORY, json={"name": 1})  # refused by the fake: 400
    ours = [r for r in caplog.records if r.name == "final_pos_client"]
    assert [r.levelno for r in ours] == [logging.DEBUG, logging.DEBUG, logging.INFO]
    assert ours[0].getMessage().endswith("not retried: 404 is not a retryable status")


@pytest.mark.parametrize("setting", ["never", "safe", "always"])
@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
def test_the_rule_table(setting: RetryWrites, method: str) -> None:
    retried = {s for s in range(400, 600) if status_not_retried(method, s, setting) is None}
    after_sending = failure_not_retried(method, request_sent=True, retry_writes=setting) is None
    before_sending = failure_not_retried(method, request_sent=False, retry_writes=setting) is None
    if method != "GET" and setting == "never":
        assert (retried, after_sending, before_sending) == (set(), False, False)
    elif method == "POST" and setting == "safe":
        assert (retried, after_sending, before_sending) == ({429, 503}, False, True)
    else:
        assert retried == {408, 429, 500, 502, 503, 504}
        assert after_sending and before_sending
