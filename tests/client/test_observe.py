"""The shape recorder (``FinalPOS(observe=PATH)``) against a fake that answers with shapes
differing from the description, over a real socket and both transports."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from final_pos_client import FinalPOS
from final_pos_client._core._http_client import build_http_client
from final_pos_client._core._observe_store import read
from final_pos_client.errors import (
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
)
from final_pos_client.models import (
    CreateCustomerDto,
    CreateCustomTableRowDto,
    CreateProductDto,
    ObjectId,
    UpdateCustomerDto,
)
from final_pos_fake import FakeServer
from tests.client.conftest import TRANSPORTS
from tests.client.reshaping import Reshape, ReshapingApp, reshaping_server

MARKER = "zqxmarker"  # in every value the workload sends or gets back
HEX_MARKER = "abcdef0123456789abcdef01"
PRODUCT = r"/v1/api/product"
PRODUCT_ID = r"/v1/api/product/[^/]+"
Counts = dict[tuple[str, str, str, str], int]


@pytest.fixture(scope="module")
def reshaping() -> Iterator[tuple[FakeServer, ReshapingApp]]:
    with reshaping_server() as pair:
        yield pair


@pytest.fixture
def server(reshaping: tuple[FakeServer, ReshapingApp]) -> FakeServer:
    reshaping[1].rules.clear()
    reshaping[1].app.reset()
    return reshaping[0]


@pytest.fixture
def rules(reshaping: tuple[FakeServer, ReshapingApp]) -> list[Reshape]:
    return reshaping[1].rules


@pytest.fixture
def observe_file(tmp_path: Path) -> Path:
    return tmp_path / "observed.sqlite"


@pytest.fixture(params=TRANSPORTS)
async def pos(
    request: pytest.FixtureRequest, server: FakeServer, observe_file: Path
) -> AsyncIterator[FinalPOS]:
    http_client = build_http_client(httpx.Timeout(30.0), use_aiohttp=request.param == "aiohttp")
    client = FinalPOS(
        api_key=server.api_key,
        base_url=server.base_url,
        http_client=http_client,
        max_retries=0,
        observe=observe_file,
    )
    try:
        yield client
    finally:
        await client.aclose()
        await http_client.aclose()


def recorded(path: Path, operation: str | None = None) -> Counts:
    """(status, pointer, kind, detail) -> count, for ``operation`` (or all: operation in key)."""
    observations, _ = read(path)
    return {
        (o.status, o.pointer, o.kind, o.detail): o.count
        for o in observations
        if operation is None or o.operation == operation
    }


def product_body() -> CreateProductDto:
    return CreateProductDto(name=f"Tea {MARKER}", product_type="simple", sku=f"SKU-{MARKER}")


def changed(**updates: Any) -> Any:
    def apply(body: Any) -> Any:
        body.update(updates)
        return body

    return apply


def without(*keys: str) -> Any:
    def apply(body: Any) -> Any:
        for key in keys:
            body.pop(key, None)
        return body

    return apply


async def test_an_extra_field_is_kept_and_counted_per_response(
    pos: FinalPOS, rules: list[Reshape], observe_file: Path
) -> None:
    rules.append(Reshape("POST", PRODUCT, body=changed(loyaltyTier=f"gold-{MARKER}")))
    for _ in range(2):
        product = await pos.products.create(product_body())
        assert product.additional_properties["loyaltyTier"] == f"gold-{MARKER}"
    await pos.aclose()
    counts = recorded(observe_file, "POST /v1/api/product")
    assert counts[("201", "/loyaltyTier", "unknown_key", "string")] == 2
    assert counts[("201", "", "seen", "application/json")] == 2


async def test_oid_object_where_a_string_id_is_documented(
    pos: FinalPOS, rules: list[Reshape], observe_file: Path
) -> None:
    rules.append(Reshape("POST", PRODUCT, body=changed(id={"$oid": HEX_MARKER})))
    with pytest.raises(APIResponseValidationError):  # a required field: typed error, recorded
        await pos.products.create(product_body())
    await pos.aclose()
    counts = recorded(observe_file, "POST /v1/api/product")
    assert counts[("201", "/id", "oid_object_for_string", "expected string, got {$oid}")] == 1


async def test_plain_string_where_an_oid_object_is_documented(
    pos: FinalPOS, rules: list[Reshape], observe_file: Path
) -> None:
    tables = await pos.request("GET", "/v1/api/custom-tables")
    table_id = tables[0]["_id"]
    rules.append(
        Reshape("POST", r"/v1/api/custom-table-row", body=lambda row: row | {"_id": HEX_MARKER})
    )
    with pytest.raises(APIResponseValidationError):  # a required field: typed error, recorded
        await pos.custom_table_rows.create(CreateCustomTableRowDto(table_id=ObjectId(oid=table_id)))
    await pos.aclose()
    counts = recorded(observe_file, "POST /v1/api/custom-table-row")
    assert counts[("201", "/_id", "string_for_oid_object", "expected {$oid}, got string")] == 1


async def test_a_number_sent_as_a_string(
    pos: FinalPOS, rules: list[Reshape], observe_file: Path
) -> None:
    rules.append(Reshape("POST", PRODUCT, body=changed(minPrice="12.50")))
    await pos.products.create(product_body())
    await pos.aclose()
    counts = recorded(observe_file, "POST /v1/api/product")
    assert counts[("201", "/minPrice", "number_as_string", "expected number, got string")] == 1


async def test_missing_optional_and_missing_required_fields(
    pos: FinalPOS, rules: list[Reshape], observe_file: Path
) -> None:
    product = await pos.products.create(product_body())
    rules.append(Reshape("GET", PRODUCT_ID, body=without("sku")))
    assert (await pos.products.get(product.id)).id == product.id
    rules[:] = [Reshape("GET", PRODUCT_ID, body=without("id"))]
    with pytest.raises(APIResponseValidationError):
        await pos.products.get(product.id)
    await pos.aclose()
    counts = recorded(observe_file, "GET /v1/api/product/{id}")
    assert counts[("200", "/sku", "missing_optional", "")] == 1
    assert counts[("200", "/id", "missing_required", "")] == 1  # recorded before the error
    assert counts[("200", "", "seen", "application/json")] == 2


async def test_an_undocumented_409_and_its_message_template(
    pos: FinalPOS, rules: list[Reshape], observe_file: Path
) -> None:
    conflict = {
        "statusCode": 409,
        "message": [f"sku 'SKU-{MARKER}' already exists", f"name {MARKER} is taken"],
        "error": "Conflict",
    }
    rules.append(Reshape("POST", PRODUCT, body=lambda _: conflict, status=409))
    with pytest.raises(ConflictError):
        await pos.products.create(product_body())
    await pos.aclose()
    counts = recorded(observe_file, "POST /v1/api/product")
    assert counts[("409", "", "undocumented_status", "409")] == 1
    assert counts[("409", "/message", "server_message", "sku <v> already exists")] == 1
    assert counts[("409", "/message", "server_message", "name <v> is <v>")] == 1


async def test_a_list_where_an_object_is_documented(
    pos: FinalPOS, rules: list[Reshape], observe_file: Path
) -> None:
    product = await pos.products.create(product_body())
    rules.append(Reshape("GET", PRODUCT_ID, body=lambda body: [body]))
    with pytest.raises(APIResponseValidationError):
        await pos.products.get(product.id)
    await pos.aclose()
    counts = recorded(observe_file, "GET /v1/api/product/{id}")
    assert counts[("200", "", "list_for_object", "expected object, got array")] == 1


async def test_answers_as_documented_leave_only_seen_counts(
    pos: FinalPOS, observe_file: Path
) -> None:
    product = await pos.products.create(product_body())
    await pos.products.get(product.id)
    await pos.aclose()
    kinds = {kind for (_, _, kind, _) in recorded(observe_file)}
    assert kinds <= {"seen", "missing_optional"}


async def test_off_by_default_writes_nothing(
    server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FINAL_POS_OBSERVE", raising=False)
    async with FinalPOS(api_key=server.api_key, base_url=server.base_url) as pos:
        assert pos._observer is None
        await pos.products.create(product_body())
    assert list(tmp_path.iterdir()) == []


async def test_the_environment_variable_turns_it_on(
    server: FakeServer, observe_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FINAL_POS_OBSERVE", str(observe_file))
    async with FinalPOS(api_key=server.api_key, base_url=server.base_url) as pos:
        await pos.products.create(product_body())
    assert recorded(observe_file, "POST /v1/api/product")[("201", "", "seen", "application/json")]


async def test_sample_rate_zero_records_nothing(server: FakeServer, observe_file: Path) -> None:
    async with FinalPOS(
        api_key=server.api_key,
        base_url=server.base_url,
        observe=observe_file,
        observe_sample_rate=0.0,
    ) as pos:
        await pos.products.create(product_body())
    assert not observe_file.exists()


@pytest.mark.parametrize(
    "options",
    [
        {"observe_sample_rate": 1.5},
        {"observe_sample_rate": -0.1},
        {"observe_sample_rate": True},
        {"observe_sample_rate": "0.5"},
        {"observe_sample_rate": 2.0, "observe": None},  # checked even when not recording
        {"observe": 5},
    ],
    ids=repr,
)
def test_bad_observe_settings_are_configuration_errors(
    tmp_path: Path, options: dict[str, object]
) -> None:
    with pytest.raises(ConfigurationError, match="observe"):
        FinalPOS(api_key="k", **{"observe": tmp_path / "o.sqlite", **options})  # type: ignore[arg-type]


def test_a_bad_sample_rate_variable_is_a_configuration_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FINAL_POS_OBSERVE_SAMPLE_RATE", "often")
    with pytest.raises(ConfigurationError, match="FINAL_POS_OBSERVE_SAMPLE_RATE"):
        FinalPOS(api_key="k", observe=tmp_path / "o.sqlite")


async def test_no_value_sent_or_received_reaches_the_file(
    pos: FinalPOS, rules: list[Reshape], observe_file: Path
) -> None:
    """A workload whose every value carries MARKER, with reshaped answers and errors."""
    rules.append(
        Reshape(
            "POST",
            PRODUCT,
            body=changed(**{"extraField": MARKER, "note": {"inner": MARKER}, "minPrice": MARKER}),
        )
    )
    rules.append(
        Reshape(
            "PATCH",
            r"/v1/api/customer/[^/]+",
            status=409,
            body=lambda _: {"statusCode": 409, "message": [f"{MARKER} exists"], "error": MARKER},
        )
    )
    product = await pos.products.create(product_body())
    customer = await pos.customers.create(
        CreateCustomerDto(
            email=f"{MARKER}@example.com", first_name=MARKER, last_name=f"{MARKER}son"
        )
    )
    with pytest.raises(ConflictError):
        await pos.customers.update(customer.id, UpdateCustomerDto(first_name=MARKER))
    await pos.products.get(product.id)
    with pytest.raises(BadRequestError):  # the strict fake refuses the unknown filter
        await pos.request("GET", "/v1/api/products", params={"name": MARKER})
    with pytest.raises(APIStatusError):  # no operation: counted, its path not kept
        await pos.request("GET", f"/v1/api/nothing-{MARKER}")
    await pos.aclose()
    data = observe_file.read_bytes()
    for secret in (MARKER, HEX_MARKER, product.id, customer.id, pos._api_key, "example.com"):
        assert secret.encode() not in data, secret
    assert recorded(observe_file)  # the workload was recorded at all
