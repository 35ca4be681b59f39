"""`make demo` (python -m examples.demo) runs end to end against the embedded fake."""

from __future__ import annotations

import re

from tests.examples.runs import run_python


def test_demo_shows_each_step_succeeding() -> None:
    output = run_python(["-m", "examples.demo"])

    server = re.search(r"fake Final POS API on http://127\.0\.0\.1:(\d+)", output)
    assert server is not None, output

    product = re.search(r"created product id=(\w+) name='Sweet Tea'", output)
    assert product is not None, output
    assert f"read back product id={product.group(1)} name='Sweet Tea': matches" in output
    assert "unknown id -> NotFoundError (HTTP 404)" in output

    pages = [
        (int(skip), int(count))
        for skip, count in re.findall(r"page skip=(\d+) limit=2: (\d+) item\(s\)", output)
    ]
    assert pages == [(0, 2), (2, 2), (4, 1)], output
    assert "iterate(page_size=2) yielded the same 5 categories" in output

    customer = re.search(r"created customer id=(\w+)", output)
    row = re.search(r"created row id=(\w+): customer_id=(\w+) points=120 tier='bronze'", output)
    assert customer is not None and row is not None, output
    assert row.group(2) == customer.group(1)
    assert f"read back row id={row.group(1)}: matches" in output

    requests = re.search(r"the fake answered (\d+) requests", output)
    assert requests is not None and int(requests.group(1)) > 10, output
    assert output.rstrip().endswith("demo: done, server stopped")
