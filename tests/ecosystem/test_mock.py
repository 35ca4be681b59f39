"""``final_pos_fake.mock()``: every ``FinalPOS`` (created before or inside, own or injected
client, both transports) talks to an in-process fake; other hosts are refused before sending;
a context manager, a decorator for sync and async functions, and the ``final_pos_mock``
fixture; the plugin's network guard, on by default, fails requests to hosts that are not
loopback (not what a mock answers), except in a test marked ``final_pos_network`` or a run
with ``--final-pos-allow-network``."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import httpx
import pytest
import respx
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import TracerProvider

import final_pos_fake
from final_pos_client import FinalPOS, errors
from final_pos_client._core._interception import SLOT
from final_pos_client.models import CreateProductDto
from final_pos_fake import FakeFinalPOS, FakeServer, RequestBlockedError
from final_pos_fake.mocking import block_network

from .conftest import MakePOS

OFFICIAL = "https://api.finalpos.com"


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to connect a socket fails the test (the fake answers in process)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was connected inside mock()")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    yield


async def test_context_manager_serves_state_faults_and_log(
    make_pos: MakePOS, no_sockets: None
) -> None:
    created_before = make_pos(base_url=OFFICIAL, api_key="any-key")
    with final_pos_fake.mock() as fake:
        fake.faults.add("POST /v1/api/product", status=503, times=1, retry_after="0")
        product = await created_before.products.create(
            CreateProductDto(name="Tea", product_type="simple")
        )
        created_inside = make_pos(base_url=OFFICIAL)
        fetched = await created_inside.products.get(product.id)
    assert fetched.name == "Tea"
    assert fake.store.records("products")[0]["id"] == product.id
    assert fake.log.count("POST", "/v1/api/product") == 2
    assert [status for _, _, status in fake.log] == [503, 201, 200]


async def test_other_hosts_are_refused_before_sending(make_pos: MakePOS, no_sockets: None) -> None:
    elsewhere = make_pos(base_url="https://pos.example.com", max_retries=3)
    refused = pytest.raises(RequestBlockedError, match=r"'pos\.example\.com'.*mock\(hosts=")
    with final_pos_fake.mock() as fake, refused:
        await elsewhere.products.list()
    assert list(fake.log) == []


async def test_hosts_and_the_base_url_variable_are_served(
    make_pos: MakePOS, monkeypatch: pytest.MonkeyPatch, no_sockets: None
) -> None:
    monkeypatch.setenv("FINAL_POS_BASE_URL", "https://staging.example.com")
    with final_pos_fake.mock(hosts=["pos.example.com"]) as fake:
        await make_pos(base_url="https://pos.example.com").products.list()
        await make_pos(base_url="https://staging.example.com").products.list()
    assert fake.log.count("GET", "/v1/api/products") == 2


async def test_an_injected_client_is_served_too(no_sockets: None) -> None:
    async with httpx.AsyncClient() as http_client:
        pos = FinalPOS(api_key="k", base_url=OFFICIAL, http_client=http_client)
        with final_pos_fake.mock() as fake:
            assert list(await pos.products.list()) == []
    assert fake.log.count("GET", "/v1/api/products") == 1


async def test_a_wrong_key_is_refused_when_the_fake_says_so(make_pos: MakePOS) -> None:
    app = final_pos_fake.create_app(api_keys=("right",))
    with final_pos_fake.mock(app), pytest.raises(errors.AuthenticationError):
        await make_pos(base_url=OFFICIAL, api_key="wrong").products.list()


decorated = final_pos_fake.mock()


@decorated
def test_decorator_on_a_sync_test(transport: str, no_sockets: None) -> None:
    pos = FinalPOS(api_key="k", base_url=OFFICIAL)
    asyncio.run(pos.products.create(CreateProductDto(name="Tea", product_type="simple")))
    asyncio.run(pos.products.list())  # a second loop, same client
    asyncio.run(pos.aclose())
    assert len(decorated.app.store.records("products")) == 1


@decorated
async def test_decorator_on_an_async_test_gets_a_fresh_fake(
    make_pos: MakePOS, no_sockets: None
) -> None:
    assert decorated.app.store.records("products") == []
    assert list(await make_pos(base_url=OFFICIAL).products.list()) == []


async def test_the_fixture(
    final_pos_mock: FakeFinalPOS, make_pos: MakePOS, no_sockets: None
) -> None:
    final_pos_mock.store.add_record("products", {"name": "Tea"})
    page = await make_pos(base_url=OFFICIAL).products.list()
    assert [product.name for product in page] == ["Tea"]


def test_nothing_is_intercepted_after_the_mock(fake_server: FakeServer) -> None:
    with final_pos_fake.mock():
        pass
    pos = FinalPOS(api_key=fake_server.api_key, base_url=fake_server.base_url)
    asyncio.run(pos.products.list())
    assert fake_server.app.log.count("GET", "/v1/api/products") == 1


GUARDED_SESSION = """
import asyncio

import httpx
import pytest

from final_pos_client import FinalPOS
from final_pos_fake import RequestBlockedError


class Answer(httpx.AsyncBaseTransport):
    # A transport of the user's own: the guard cannot tell it from a network one.

    async def handle_async_request(self, request):
        return httpx.Response(200, json=[])


def real_pos() -> FinalPOS:
    # A request the guard lets through is answered here, never by the network.
    return FinalPOS(
        api_key="k",
        base_url="https://api.finalpos.com",
        http_client=httpx.AsyncClient(transport=Answer()),
    )


def test_the_real_pos(expect_blocked):
    if expect_blocked:
        with pytest.raises(RequestBlockedError, match="final_pos_network"):
            asyncio.run(real_pos().products.list())
    else:
        assert list(asyncio.run(real_pos().products.list())) == []


@pytest.mark.final_pos_network
def test_a_marked_test_reaches_it():
    assert list(asyncio.run(real_pos().products.list())) == []


def test_httpx_mock_transport_passes():
    answer = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    client = httpx.AsyncClient(transport=answer)
    pos = FinalPOS(api_key="k", base_url="https://api.finalpos.com", http_client=client)
    assert list(asyncio.run(pos.products.list())) == []


def test_loopback_passes():
    pos = FinalPOS(api_key="test-key", base_url={base_url!r})
    assert list(asyncio.run(pos.products.list())) == []
"""

GUARD_SWITCHES = {
    "default": ([], "", True),
    "--final-pos-allow-network": (["--final-pos-allow-network"], "", False),
    "ini false": ([], "final_pos_block_network = false\n", False),
    "ini false, --final-pos-block-network": (
        ["--final-pos-block-network"],
        "final_pos_block_network = false\n",
        True,
    ),
}


@pytest.mark.final_pos_network  # lifts this suite's guard, if on: the inner session sets its own
@pytest.mark.parametrize("switch", sorted(GUARD_SWITCHES))
def test_the_network_guard_of_a_session(
    pytester: pytest.Pytester, fake_server: FakeServer, transport: str, switch: str
) -> None:
    args, ini_line, blocked = GUARD_SWITCHES[switch]
    pytester.makepyfile(test_guarded=GUARDED_SESSION.format(base_url=fake_server.base_url))
    pytester.makeconftest(
        f"import pytest\n\n@pytest.fixture\ndef expect_blocked():\n    return {blocked}\n"
    )
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n" + ini_line)
    result = pytester.runpytest(
        "-p", "final_pos_fake.pytest_plugin", "-p", "no:cacheprovider", *args
    )
    result.assert_outcomes(passed=4)
    assert SLOT.interceptor is None  # uninstalled with the session


@pytest.fixture
def guarded() -> Iterator[None]:
    """The session guard of the pytest plugin, for one test."""
    guard = block_network()
    guard.install()
    yield
    guard.uninstall()


async def test_under_the_guard_respx_answers_the_real_pos(guarded: None, make_pos: MakePOS) -> None:
    with respx.mock(base_url=OFFICIAL) as router:
        router.get("/v1/api/products").respond(200, json=[])
        assert list(await make_pos(base_url=OFFICIAL).products.list()) == []
        assert router.calls.call_count == 1


async def test_under_the_guard_an_instrumented_call_is_stopped_at_connect(
    guarded: None, make_pos: MakePOS, no_sockets: None
) -> None:
    """OpenTelemetry hooks httpx without answering: the call takes the hooked path, and the
    guard stops it where the connection would open (no socket is connected)."""
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=TracerProvider())
    try:
        with pytest.raises(RequestBlockedError, match=r"'api\.finalpos\.com'"):
            await make_pos(base_url=OFFICIAL).products.list()
    finally:
        instrumentor.uninstrument()
