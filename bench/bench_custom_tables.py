"""custom_tables: model build time, row building speed against the generated static models, and
the memory of streaming rows with ``iterate``.

Goals (issue 4):
- building the row model of a 50-field table takes <= 2 ms (once per structure version);
- building 10,000 rows from wire dicts is no slower than the generated static model's
  ``from_dict`` of similar width (``ProductResponseDto``, 23 keys, on 10,000 product dicts);
  anchor: a plain hand-written attrs class with converters, measured in the same run;
- streaming 100,000 rows with ``Table.iterate`` grows peak traced memory by <= 20 MB.

Run: ``.venv/bin/python -m bench custom_tables`` (or ``make bench``); the import measures
(``bench/table_import.py``) also alone: ``.venv/bin/python -m bench.table_import``.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import time
import tracemalloc
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import httpx

from bench import table_import
from bench.fake_subprocess import API_KEY, fake_server_process
from custom_tables import CustomTables
from custom_tables.fields import read_date, read_json, read_number
from custom_tables.rows import build_row_model
from custom_tables.structure import FieldInfo, parse_field, plain_id
from final_pos_client import FinalPOS
from final_pos_client.models import ProductResponseDto
from final_pos_fake import create_app

ROWS = 10_000
STREAMED_ROWS = 100_000
REPEATS = 7
MODEL_BUILD_GOAL_MS = 2.0
ROW_SPEED_GOAL = 1.0
MEMORY_GOAL_MB = 20.0

# The product's keys besides id/createdAt/updatedAt, as custom-table fields of the same width.
PRODUCT_FIELDS = {
    "companyId": "string",
    "name": "string",
    "productType": "string",
    "externalId": "string",
    "description": "string",
    "shortDescription": "string",
    "sku": "string",
    "source": "string",
    "status": "string",
    "supplier": "string",
    "taxTable": "string",
    "fromFinal": "boolean",
    "minPrice": "number",
    "maxPrice": "number",
    "attributes": "json-string",
    "categories": "json-string",
    "images": "json-string",
    "metadata": "json-string",
    "outlets": "json-string",
    "tags": "json-string",
}
# Width-for-width scalar variant (the goal): the six array keys become scalar custom fields.
SCALAR_STAND_INS: dict[str, tuple[str, Any]] = {
    "attributes": ("date", "2024-01-10"),
    "categories": ("date", "2025-12-07T19:31:48.436+00:00"),
    "images": ("number", 12),
    "metadata": ("number", 3.25),
    "outlets": ("boolean", True),
    "tags": ("string", "sweet tea refreshing"),
}
ARRAYS = {
    "attributes": [{"name": "Size", "value": "M", "values": ["S", "M", "L"]}],
    "categories": ["6b0929f0612e7d5b4b43a001"],
    "images": ["https://example.com/image1.jpg", "https://example.com/image2.jpg"],
    "metadata": [{"key": "origin", "value": "import", "externalId": "x-1"}],
    "outlets": ["6b0929f0612e7d5b4b43a002"],
    "tags": ["sweet", "tea", "refreshing"],
}


def _scalars(index: int) -> dict[str, Any]:
    return {
        "companyId": "6b0929f0612e7d5b4b43a37e",
        "name": f"Sweet Tea {index}",
        "productType": "Beverages",
        "externalId": str(1234567890 + index),
        "description": "Sweet Tea is a refreshing drink made with tea and sugar.",
        "shortDescription": "Sweet Tea is a drink with sugar.",
        "sku": f"SKU-{index:06d}",
        "source": "woo-commerce",
        "status": "draft",
        "supplier": "Supplier 1",
        "taxTable": "6b0929f0612e7d5b4b43a003",
        "fromFinal": index % 2 == 0,
        "minPrice": 100 + index % 7,
        "maxPrice": 200.5 + index % 3,
        "createdAt": "2025-12-07T19:31:48.436+00:00",
        "updatedAt": "2025-12-07T19:35:48.436+00:00",
    }


def product_dicts(count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"{index:024x}", **_scalars(index), **json.loads(json.dumps(ARRAYS))}
        for index in range(count)
    ]


def custom_row_dicts(count: int, *, json_arrays: bool) -> list[dict[str, Any]]:
    """Flat data rows of the product-like table: the six array keys as json-string cells (JSON
    text), or as the scalar stand-ins."""
    if json_arrays:
        cells = {key: json.dumps(value) for key, value in ARRAYS.items()}
    else:
        cells = {key: value for key, (_, value) in SCALAR_STAND_INS.items()}
    return [
        {"rowId": {"$oid": f"{index:024x}"}, **_scalars(index), **cells} for index in range(count)
    ]


def product_like_fields(*, json_arrays: bool) -> tuple[FieldInfo, ...]:
    kinds = dict(PRODUCT_FIELDS)
    if not json_arrays:
        kinds.update((key, kind) for key, (kind, _) in SCALAR_STAND_INS.items())
    return tuple(
        parse_field({"_id": f"{index:024x}", "name": name, "type": kind})
        for index, (name, kind) in enumerate(kinds.items())
    )


def plain_from_wire(cls: Any, d: Mapping[str, Any]) -> Any:
    """The anchors' reader: one keyword per field, converters run in attrs' ``__init__``."""
    return cls(
        id=plain_id(d.get("rowId")),
        company_id=d.get("companyId"),
        name=d.get("name"),
        product_type=d.get("productType"),
        external_id=d.get("externalId"),
        description=d.get("description"),
        short_description=d.get("shortDescription"),
        sku=d.get("sku"),
        source=d.get("source"),
        status=d.get("status"),
        supplier=d.get("supplier"),
        tax_table=d.get("taxTable"),
        from_final=d.get("fromFinal"),
        min_price=d.get("minPrice"),
        max_price=d.get("maxPrice"),
        attributes=d.get("attributes"),
        categories=d.get("categories"),
        images=d.get("images"),
        metadata=d.get("metadata"),
        outlets=d.get("outlets"),
        tags=d.get("tags"),
        created_at=d.get("createdAt"),
        updated_at=d.get("updatedAt"),
    )


def _json_list(value: Any) -> Any:
    return read_json(value)


@attrs.define(kw_only=True)
class PlainProductRow:
    """The anchor: a hand-written attrs class with converters for the json-string variant."""

    id: str | None = None
    company_id: str | None = None
    name: str | None = None
    product_type: str | None = None
    external_id: str | None = None
    description: str | None = None
    short_description: str | None = None
    sku: str | None = None
    source: str | None = None
    status: str | None = None
    supplier: str | None = None
    tax_table: str | None = None
    from_final: bool | None = None
    min_price: Any = attrs.field(default=None, converter=read_number)
    max_price: Any = attrs.field(default=None, converter=read_number)
    attributes: Any = attrs.field(default=None, converter=_json_list)
    categories: Any = attrs.field(default=None, converter=_json_list)
    images: Any = attrs.field(default=None, converter=_json_list)
    metadata: Any = attrs.field(default=None, converter=_json_list)
    outlets: Any = attrs.field(default=None, converter=_json_list)
    tags: Any = attrs.field(default=None, converter=_json_list)
    created_at: Any = attrs.field(default=None, converter=read_date)
    updated_at: Any = attrs.field(default=None, converter=read_date)
    extra: dict[str, Any] = attrs.field(factory=dict)

    from_wire = classmethod(plain_from_wire)


@attrs.define(kw_only=True)
class PlainScalarRow:
    """The anchor for the scalar variant: same fields, the converters its types need."""

    id: str | None = None
    company_id: str | None = None
    name: str | None = None
    product_type: str | None = None
    external_id: str | None = None
    description: str | None = None
    short_description: str | None = None
    sku: str | None = None
    source: str | None = None
    status: str | None = None
    supplier: str | None = None
    tax_table: str | None = None
    from_final: bool | None = None
    min_price: Any = attrs.field(default=None, converter=read_number)
    max_price: Any = attrs.field(default=None, converter=read_number)
    attributes: Any = attrs.field(default=None, converter=read_date)
    categories: Any = attrs.field(default=None, converter=read_date)
    images: Any = attrs.field(default=None, converter=read_number)
    metadata: Any = attrs.field(default=None, converter=read_number)
    outlets: bool | None = None
    tags: str | None = None
    created_at: Any = attrs.field(default=None, converter=read_date)
    updated_at: Any = attrs.field(default=None, converter=read_date)
    extra: dict[str, Any] = attrs.field(factory=dict)

    from_wire = classmethod(plain_from_wire)


def _timed(run: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def bench_model_build() -> dict[str, float]:
    kinds = ["string", "number", "boolean", "date", "json-string"]
    fields = tuple(
        parse_field(
            {"_id": f"{i:024x}", "name": f"field{i}Value", "type": kinds[i % 5], "required": i < 5}
        )
        for i in range(50)
    )
    build_row_model("warm-up", fields)
    width = len(fields) + 4  # id, created_at, updated_at, extra

    def plain_attrs_class() -> type:
        body = {f"a{i}": attrs.field(default=None) for i in range(width)}
        return attrs.make_class("Plain", body, slots=True)

    batch = 50
    builds: list[float] = []
    plains: list[float] = []
    for _ in range(REPEATS):
        builds.append(
            _timed(lambda: [build_row_model("fifty-fields", fields) for _ in range(batch)])
        )
        plains.append(_timed(lambda: [plain_attrs_class() for _ in range(batch)]))
    per_build_ms = [seconds / batch * 1000 for seconds in builds]
    return {
        "median_ms": statistics.median(per_build_ms),
        "min_ms": min(per_build_ms),
        "plain_ratio": statistics.median(builds) / statistics.median(plains),
    }


def bench_row_building(*, json_arrays: bool) -> dict[str, float]:
    products = product_dicts(ROWS)
    rows = custom_row_dicts(ROWS, json_arrays=json_arrays)
    row_model = build_row_model("products-like", product_like_fields(json_arrays=json_arrays))
    anchor: Any = PlainProductRow if json_arrays else PlainScalarRow
    # sanity: the contenders read the same values
    sample = row_model.build(rows[1])
    assert attrs.asdict(anchor.from_wire(rows[1])) == attrs.asdict(sample)
    if json_arrays:
        assert sample.tags == ProductResponseDto.from_dict(products[1]).tags
    contenders: dict[str, Callable[[], object]] = {
        "generated": lambda: [ProductResponseDto.from_dict(d) for d in products],
        "dynamic": lambda: [row_model.build(d) for d in rows],
        "anchor": lambda: [anchor.from_wire(d) for d in rows],
    }
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for repeat in range(REPEATS):
        order = list(contenders)
        if repeat % 2:
            order.reverse()
        for name in order:
            times[name].append(_timed(contenders[name]))
    median = {name: statistics.median(values) for name, values in times.items()}
    return {
        "generated_ms": median["generated"] * 1000,
        "dynamic_ms": median["dynamic"] * 1000,
        "anchor_ms": median["anchor"] * 1000,
        "dynamic_ratio": median["dynamic"] / median["generated"],
        "anchor_ratio": median["anchor"] / median["generated"],
    }


class SyntheticRows(httpx.AsyncBaseTransport):
    """Structure from the fake (in process); the data pages of one table generated on demand, so
    that neither the rows nor the server's store are held in memory."""

    def __init__(self, table: str, total: int) -> None:
        fake: Any = create_app(api_keys=("bench-key",))
        self._fake = httpx.ASGITransport(app=fake)
        self._data_path = f"/v1/api/custom-table-data/{table}"
        self._total = total
        self.data_requests = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != self._data_path:
            return await self._fake.handle_async_request(request)
        self.data_requests += 1
        skip = int(request.url.params.get("skip", "0"))
        limit = int(request.url.params.get("limit", "50"))
        page = [self._row(i) for i in range(skip, min(skip + limit, self._total))]
        return httpx.Response(200, content=json.dumps(page).encode(), request=request)

    @staticmethod
    def _row(index: int) -> dict[str, Any]:
        return {
            "rowId": {"$oid": f"{index:024x}"},
            "customerId": f"{index % 977:024x}",
            "points": index % 1000,
            "tier": "gold" if index % 3 else "silver",
            "joinedOn": "2024-01-10",
            "isActive": index % 2 == 0,
            "history": '[{"points": 10, "at": "2024-01-10"}]',
            "createdAt": "2025-12-07T19:31:48.436+00:00",
            "updatedAt": "2025-12-07T19:35:48.436+00:00",
        }


async def _stream(total: int) -> dict[str, float]:
    http = httpx.AsyncClient(transport=SyntheticRows("loyalty-points", total))
    async with FinalPOS(
        api_key="bench-key", base_url="http://fake.invalid", http_client=http,
        allow_insecure_http=True,
    ) as pos:  # fmt: skip
        tables = CustomTables(pos)
        table = await tables.table("loyalty-points")
        async for _ in table.iterate(page_size=100):  # warm-up: imports, first page
            break
        gc.collect()
        tracemalloc.start()
        start, _ = tracemalloc.get_traced_memory()
        started = time.perf_counter()
        count = 0
        points = 0
        async for row in table.iterate(page_size=100):
            count += 1
            points += row.points
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    await http.aclose()
    assert count == total, count
    return {"rows": count, "growth_mb": (peak - start) / 1e6, "seconds": elapsed}


def bench_streaming() -> dict[str, float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the seeded all-types table has an unknown field type
        return asyncio.run(_stream(STREAMED_ROWS))


LOOKUP_ROWS = 10_000
LOOKUPS = 1_000
LOOKUP_SCAN_GOAL = 2


async def _lookups() -> dict[str, float]:
    transport = SyntheticRows("loyalty-points", LOOKUP_ROWS)
    http = httpx.AsyncClient(transport=transport)
    async with FinalPOS(
        api_key="bench-key", base_url="http://fake.invalid", http_client=http,
        allow_insecure_http=True,
    ) as pos:  # fmt: skip
        table = await CustomTables(pos).table("loyalty-points")
        started = time.perf_counter()
        scanned = [row async for row in table.iterate(page_size=100)]
        scan_seconds = time.perf_counter() - started
        pages_per_scan = transport.data_requests
        transport.data_requests = 0
        wanted = [f"{(i * 7) % 977:024x}" for i in range(LOOKUPS)]
        started = time.perf_counter()
        found = [await table.find(customer_id=customer) for customer in wanted]
        lookup_seconds = time.perf_counter() - started
    await http.aclose()
    assert len(scanned) == LOOKUP_ROWS and all(found), "every customer has rows"
    return {
        "scans": transport.data_requests / pages_per_scan,
        "requests": transport.data_requests,
        "lookup_seconds": lookup_seconds,
        "scan_seconds": scan_seconds,
    }


def bench_lookups() -> dict[str, float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return asyncio.run(_lookups())


BULK_ROWS = 1_000
SEQUENTIAL_ROWS = 200
FAULT_RATE = 0.05


async def _bulk(
    base_url: str, bulk_rows: int, sequential_rows: int, latency: float
) -> dict[str, Any]:
    import random

    chance = random.Random(12)
    injected = 0
    control = httpx.AsyncClient(base_url=base_url)
    await control.post("/__fake__/reset")
    if latency:  # every API answer waits, as over a network
        answer = await control.post(
            "/__fake__/faults", json={"pattern": "* /v1/api/*", "latency": latency}
        )
        answer.raise_for_status()

    async def inject(request: httpx.Request) -> None:
        nonlocal injected
        if request.method == "POST" and chance.random() < FAULT_RATE:
            injected += 1
            fault = {"pattern": f"POST {request.url.path}", "status": 503, "times": 1}
            (
                await control.post("/__fake__/faults", json=fault | {"retryAfter": "0"})
            ).raise_for_status()

    http = httpx.AsyncClient(event_hooks={"request": [inject]})
    async with FinalPOS(
        api_key=API_KEY, base_url=base_url, http_client=http, max_retries=5,
        allow_insecure_http=True,
    ) as pos:  # fmt: skip
        table = await CustomTables(pos).table("all-types")
        texts = [f"row-{i}" for i in range(bulk_rows + sequential_rows)]
        rows = [{"text": text, "amount": i} for i, text in enumerate(texts)]
        started = time.perf_counter()
        for row in rows[bulk_rows:]:
            await table.create(row)
        sequential = time.perf_counter() - started
        started = time.perf_counter()
        results = await table.create_many(rows[:bulk_rows], concurrency=8)
        bulk = time.perf_counter() - started
        stored: list[str] = [row.text async for row in table.iterate(page_size=100)]
    await http.aclose()
    await control.aclose()
    return {
        "ok": sum(result.ok for result in results),
        "exactly_once": sorted(stored) == sorted(texts),
        "stored": len(stored),
        "injected": injected,
        "bulk_rows_per_s": bulk_rows / bulk,
        "sequential_rows_per_s": sequential_rows / sequential,
    }


NETWORK_LATENCY = 0.02
LATENCY_ROWS = (200, 50)


def bench_bulk_create() -> tuple[dict[str, Any], dict[str, Any]]:
    """(1,000 rows on the bare fake, CPU-bound; fewer rows with 20 ms added per answer)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # all-types has a field of an unknown type
        with fake_server_process() as base_url:
            bare = asyncio.run(_bulk(base_url, BULK_ROWS, SEQUENTIAL_ROWS, 0.0))
            slow = asyncio.run(_bulk(base_url, *LATENCY_ROWS, NETWORK_LATENCY))
    return bare, slow


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> None:
    build = bench_model_build()
    scalar = bench_row_building(json_arrays=False)
    arrays = bench_row_building(json_arrays=True)
    stream = bench_streaming()
    lookups = bench_lookups()
    bulk, slow = bench_bulk_create()
    print("## custom_tables\n")
    print("Command: `.venv/bin/python -m bench custom_tables`\n")
    print("| measure | result | goal | |")
    print("|---|---|---|---|")
    print(
        f"| row model build, 50-field table (median of {REPEATS} batches) | "
        f"{build['median_ms']:.2f} ms (best {build['min_ms']:.2f}) | <= {MODEL_BUILD_GOAL_MS} ms "
        f"| {_verdict(build['median_ms'] <= MODEL_BUILD_GOAL_MS)} |"
    )
    print(
        f"| the same build / `attrs.make_class` of a plain class as wide (no builder) | "
        f"{build['plain_ratio']:.2f}x | (context) | |"
    )
    for label, speed, goal in (
        ("23 keys, scalar cells", scalar, True),
        ("23 keys, the 6 arrays as json-string cells", arrays, False),
    ):
        print(
            f"| {ROWS:,} rows from wire dicts ({label}): dynamic model / generated "
            f"`ProductResponseDto.from_dict` | {speed['dynamic_ratio']:.2f}x "
            f"({speed['dynamic_ms']:.0f} ms vs {speed['generated_ms']:.0f} ms) | "
            + (
                f"<= {ROW_SPEED_GOAL}x | {_verdict(speed['dynamic_ratio'] <= ROW_SPEED_GOAL)} |"
                if goal
                else "(context) | |"
            )
        )
        print(
            f"| anchor ({label}): plain attrs class with converters / generated | "
            f"{speed['anchor_ratio']:.2f}x ({speed['anchor_ms']:.0f} ms) | (reference 0.82x) | |"
        )
    print(
        f"| streaming {stream['rows']:,} rows with `iterate` (page 100): peak traced memory growth "
        f"| {stream['growth_mb']:.1f} MB ({stream['seconds']:.1f} s under tracemalloc) "
        f"| <= {MEMORY_GOAL_MB:.0f} MB | {_verdict(stream['growth_mb'] <= MEMORY_GOAL_MB)} |"
    )
    print(
        f"| {LOOKUPS:,} `find(customer_id=...)` over {LOOKUP_ROWS:,} rows: table scans "
        f"({lookups['requests']:.0f} page requests) | {lookups['scans']:.0f} | "
        f"<= {LOOKUP_SCAN_GOAL} | {_verdict(lookups['scans'] <= LOOKUP_SCAN_GOAL)} |"
    )
    print(
        f"| the same {LOOKUPS:,} lookups / one plain `iterate` scan of the table | "
        f"{lookups['lookup_seconds'] / lookups['scan_seconds']:.2f}x "
        f"({lookups['lookup_seconds'] * 1000:.0f} ms vs {lookups['scan_seconds'] * 1000:.0f} ms) "
        f"| (context) | |"
    )
    once = bulk["exactly_once"] and bulk["ok"] == BULK_ROWS
    print(
        f"| `create_many` of {BULK_ROWS:,} rows (concurrency 8), {FAULT_RATE:.0%} of POSTs "
        f"answered 503 ({bulk['injected']:.0f} injected): rows created exactly once | "
        f"{bulk['ok']:.0f}/{BULK_ROWS:,}, {bulk['stored']:.0f} stored in all | all, once | "
        f"{_verdict(once)} |"
    )
    for label, run in (
        (f"{SEQUENTIAL_ROWS} rows", bulk),
        (f"{LATENCY_ROWS[1]} rows, {NETWORK_LATENCY * 1000:.0f} ms added per answer", slow),
    ):
        print(
            f"| `create_many` throughput / sequential `create` ({label}, same faults) "
            f"| {run['bulk_rows_per_s'] / run['sequential_rows_per_s']:.2f}x "
            f"({run['bulk_rows_per_s']:.0f} vs {run['sequential_rows_per_s']:.0f} rows/s) "
            f"| (context) | |"
        )
    print()
    table_import.main()  # issue 18 item 7: a 5,000-row import, a first customer()


if __name__ == "__main__":
    main()
