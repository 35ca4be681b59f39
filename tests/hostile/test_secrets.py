"""The API key and URL passwords appear in no log record, repr or exception (both transports,
failure paths included); bad keys and URLs with credentials are refused at construction."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest

from final_pos_client import FinalPOS, errors

from .conftest import API_KEY, Connect
from .raw_server import answer, drop, raw, raw_server
from .test_deadlines import stall_mid_body

LOGGERS = ("", "final_pos_client", "httpx", "httpcore", "aiohttp", "asyncio")
PASSWORD = "hunter2-Pa55word"


@pytest.mark.parametrize(
    "key",
    [
        "sk_live_abc\n",
        "sk_live_abc\r\nx-evil: 1",
        " sk_live_abc",
        "sk live abc",
        "sk_live_\tabc",
        "sk_live_\x00abc",
        "sk_live_ключ",
        "sk_live_\u00a0abc",
        "sk_live_\x7fabc",
    ],
)
def test_a_bad_key_is_refused_without_echoing_it(key: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        FinalPOS(api_key=key)
    shown = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert key.strip() not in shown
    assert "abc" not in shown
    with pytest.raises(errors.ConfigurationError):
        FinalPOS(api_key="good_key").with_options(api_key=key)


@pytest.mark.parametrize(
    "url",
    [
        f"https://user:{PASSWORD}@api.example.com",
        f"https://:{PASSWORD}@api.example.com",
        f"http://admin:{PASSWORD}@127.0.0.1:8000/",
        f"https://{PASSWORD}@api.example.com",
    ],
)
def test_a_base_url_with_credentials_is_refused_without_echoing_it(url: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="credentials") as caught:
        FinalPOS(api_key="k", base_url=url, allow_insecure_http=True)
    assert PASSWORD not in f"{caught.value} {caught.value!r} {caught.value.args}"
    with pytest.raises(errors.ConfigurationError):
        FinalPOS(api_key="k").with_options(base_url=url)


@pytest.mark.parametrize("bad", [True, 1.5, -1, "2", None])
def test_max_retries_must_be_a_plain_int(bad: object) -> None:
    with pytest.raises(errors.ConfigurationError, match="max_retries"):
        FinalPOS(api_key="k", max_retries=bad)  # type: ignore[arg-type]
    if bad is not None:  # None means "unchanged" in with_options
        with pytest.raises(errors.ConfigurationError, match="max_retries"):
            FinalPOS(api_key="k").with_options(max_retries=bad)  # type: ignore[arg-type]


class Everything(logging.Handler):
    """Keeps every record, formatted, from every logger."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(f"{record.getMessage()} {record.args!r} {record.exc_text or ''}")


@pytest.fixture
def every_log_record() -> Iterator[Everything]:
    handler = Everything()
    levels = {}
    for name in LOGGERS:
        logger = logging.getLogger(name)
        levels[name] = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(handler)
            logging.getLogger(name).setLevel(levels[name])


def exception_texts(error: BaseException | None) -> Iterator[str]:
    """str, repr, args and notes of ``error`` and of every exception it chains to."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield str(error)
        yield repr(error)
        yield repr(error.args)
        yield repr(getattr(error, "__notes__", []))
        error = error.__cause__ or error.__context__


async def test_the_key_shows_nowhere_on_any_path(
    connect: Connect, every_log_record: Everything
) -> None:
    unauthorized = answer(401, b'{"statusCode": 401, "message": "Invalid API key"}')
    garbage = raw(b"HTTP/1.1 abc\r\n\r\n")
    caught: list[BaseException] = []
    async with raw_server(answer(200, b"[]"), unauthorized, garbage, drop, stall_mid_body) as s:
        pos = connect(s.base_url, max_retries=0)
        await pos.products.list()
        for deadline in (30.0, 30.0, 30.0, 0.5):  # 401, garbage, dropped, stalled past it
            try:
                await pos.request("POST", "/v1/api/product", json={"name": "x"}, deadline=deadline)
            except errors.FinalPOSError as error:
                caught.append(error)
        base_url = s.base_url
    try:  # nothing listens any more: connection refused
        await pos.products.list()
    except errors.FinalPOSError as refused:
        caught.append(refused)
    await asyncio.sleep(0)
    assert [type(e) for e in caught] == [
        errors.AuthenticationError,
        errors.APIOutcomeUnknownError,
        errors.APIOutcomeUnknownError,
        errors.APIWriteSucceededError,  # stalled after its 2xx status line
        errors.APIConnectionError,
    ]
    assert every_log_record.texts  # the loggers did write
    texts = [*every_log_record.texts, repr(pos), str(pos.with_options(timeout=1.0)), base_url]
    for failure in caught:
        texts.extend(exception_texts(failure))
    assert not [text for text in texts if API_KEY in text]
