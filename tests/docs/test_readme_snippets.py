"""Every Python snippet of README.md runs against the local fake (over a real socket).

Blocks that define functions are programs or test modules and run as such: the quickstart in
``tests/examples/test_readme.py``, the recipes in ``tests/examples/test_recipes.py``, the
testing and observability sections in ``tests/ecosystem/test_readme_sections.py``, and the
fake's pytest example here (its ``conftest.py`` and test file in a folder of their own, as a
user's suite). The other snippets run here in the README's order, each as the body of an async
function that shares the names the earlier ones defined, given the few inputs the text leaves
to the reader: a client ``pos``, a request ``body``, an httpx client of your own, and for each
snippet new customers ``cid`` and ``other`` and ``rows`` to create."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from final_pos_client import FinalPOS
from final_pos_fake import FakeServer, serve

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFTEST_START = "# conftest.py\n"
# The modules the README's `final-pos-tables freeze` commands write, and their arguments.
FROZEN_MODULES = {"loyalty_points": ("loyalty-points",), "customers": ("--customers",)}


def _python_blocks() -> list[tuple[int, str]]:
    """(line, code) of every ```python block of README.md."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    return [
        (text[: match.start()].count("\n") + 2, match.group(1))
        for match in re.finditer(r"```python\n(.*?)```", text, re.DOTALL)
    ]


def _pytest_example() -> tuple[str, str]:
    """The conftest.py block and the test block that follows it."""
    blocks = [code for _, code in _python_blocks()]
    index = next(i for i, code in enumerate(blocks) if code.startswith(CONFTEST_START))
    return blocks[index], blocks[index + 1]


def _is_a_module(code: str) -> bool:
    """A block defining functions is a program or a test module, run as one by its own test
    (the quickstart, the recipes, the testing and observability sections, the pytest example)."""
    return re.search(r"^(async )?def \w+", code, re.MULTILINE) is not None


def _inline_snippets() -> list[tuple[int, str]]:
    conftest, test_module = _pytest_example()
    skipped = {conftest, test_module}
    return [
        (line, code)
        for line, code in _python_blocks()
        if code not in skipped and not _is_a_module(code)
    ]


def _fake_env(server: FakeServer) -> dict[str, str]:
    return {
        **os.environ,
        "FINAL_POS_API_KEY": server.api_key,
        "FINAL_POS_BASE_URL": server.base_url,
    }


def test_the_pytest_example_passes_as_a_users_suite(
    fake_server: FakeServer, tmp_path: Path
) -> None:
    conftest, test_module = _pytest_example()
    (tmp_path / "conftest.py").write_text(conftest, encoding="utf-8")
    (tmp_path / "test_example.py").write_text(test_module, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o",
         "asyncio_mode=auto", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert re.search(r"\b1 passed\b", completed.stdout), completed.stdout


@pytest.fixture(scope="module")
def lenient_server() -> Iterator[FakeServer]:
    """The fake with ``lenient=True``: the options snippet sends query parameters the
    description lacks (what ``extra_query`` is for), which the strict fake refuses."""
    with serve(api_key="readme-key", lenient=True) as server:
        yield server


@pytest.fixture
async def reader_inputs(lenient_server: FakeServer) -> AsyncIterator[dict[str, Any]]:
    """What the snippets take as given, apart from the customers (see ``_customers``)."""
    async with (
        FinalPOS(api_key=lenient_server.api_key, base_url=lenient_server.base_url) as pos,
        httpx.AsyncClient() as my_httpx_client,
    ):
        yield {
            "FinalPOS": FinalPOS,
            "pos": pos,
            "body": {"email": "alan@example.com", "firstName": "Alan", "lastName": "T"},
            "my_httpx_client": my_httpx_client,
        }


async def _customers(pos: FinalPOS) -> dict[str, Any]:
    """Each snippet's own customers, with no rows yet: ``cid`` (with a customer-level key, as
    the customer snippet reads), ``other``, and ``rows`` to create for ``cid``."""
    created = []
    for name in ("Ada", "Grace"):
        payload: Any = {"email": f"{name.lower()}@example.com", "firstName": name, "lastName": "L"}
        payload["loyaltyTier"] = "gold"
        created.append((await pos.customers.create(payload)).id)
    cid, other = created
    rows = [{"customerId": cid, "points": points} for points in (1, 2, 3)]
    return {"cid": cid, "other": other, "rows": rows}


def _freeze(fake_server: FakeServer, folder: Path, module: str) -> None:
    """The README's `final-pos-tables freeze ... -o <module>.py`, into ``folder``."""
    subprocess.run(
        [sys.executable, "-m", "custom_tables", "freeze", *FROZEN_MODULES[module], "-o",
         str(folder / f"{module}.py")],
        env=_fake_env(fake_server),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )  # fmt: skip


async def test_every_other_snippet_runs_in_order(
    reader_inputs: dict[str, Any],
    lenient_server: FakeServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FINAL_POS_API_KEY", lenient_server.api_key)
    monkeypatch.setenv("FINAL_POS_BASE_URL", lenient_server.base_url)
    names: dict[str, Any] = dict(reader_inputs)
    snippets = _inline_snippets()
    assert len(snippets) >= 5
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        for line, code in snippets:
            for module in FROZEN_MODULES:
                if f"from {module} import" in code and not (tmp_path / f"{module}.py").exists():
                    _freeze(lenient_server, tmp_path, module)
            names.update(await _customers(reader_inputs["pos"]))
            names.update(await _run(line, code, names))
    finally:
        for module in FROZEN_MODULES:
            sys.modules.pop(module, None)
        for client in {id(v): v for v in names.values() if isinstance(v, FinalPOS)}.values():
            await client.aclose()  # the clients the snippets made (closing twice is harmless)


async def _run(line: int, code: str, names: dict[str, Any]) -> dict[str, Any]:
    """The snippet as the body of an async function seeing ``names``; its locals after."""
    source = "async def __snippet__():\n" + textwrap.indent(code, "    ")
    source += "\n    return locals()\n"
    scope = dict(names)
    exec(compile(source, f"README.md, the snippet at line {line}", "exec"), scope)
    try:
        defined: dict[str, Any] = await scope["__snippet__"]()
    except Exception as error:
        raise AssertionError(f"README.md line {line}: {type(error).__name__}: {error}") from error
    return defined
