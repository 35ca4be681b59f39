"""The README's "Testing your code" and "Observability" snippets run as written: the first as
pytest modules (pytester, the fake's plugin, pytest-asyncio auto mode), the others as scripts
against the local fake (real socket)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from final_pos_fake import FakeServer
from tests.examples.runs import REPO_ROOT

from .conftest import run_python

CASSETTE = Path(__file__).parent / "cassettes" / "readme" / "test_replays_a_cassette.yaml"


def _blocks(heading: str, *subsections: str) -> list[str]:
    """The python blocks of those ``###`` subsections of the ``##`` section ``heading``."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    blocks = []
    for subsection in subsections:
        text = section.split(f"\n### {subsection}\n", 1)[1].split("\n### ", 1)[0]
        blocks += re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    return [str(block) for block in blocks]


TESTING = ("`mock()`: an in-process fake for every `FinalPOS`", "respx, pytest-httpx, cassettes")
OBSERVABILITY = ("OpenTelemetry", "Sentry")


def test_testing_your_code_snippets_pass_as_tests(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FINAL_POS_BASE_URL", raising=False)
    blocks = _blocks("Testing your code", *TESTING)
    assert len(blocks) == 2
    modules = {f"test_readme_{number}": code for number, code in enumerate(blocks)}
    pytester.makepyfile(**modules)
    pytester.makeini(
        "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    )
    cassettes = pytester.path / "cassettes" / "test_readme_1"
    cassettes.mkdir(parents=True)
    shutil.copy(CASSETTE, cassettes / CASSETTE.name)
    tests = sum(code.count("\ndef test_") + code.count("\nasync def test_") for code in blocks)
    result = pytester.runpytest("-p", "final_pos_fake.pytest_plugin", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=tests)


@pytest.mark.parametrize("number", [0, 1])
def test_observability_snippets_run(fake_server: FakeServer, number: int) -> None:
    code = _blocks("Observability", *OBSERVABILITY)[number]
    env = {
        **os.environ,
        "FINAL_POS_API_KEY": fake_server.api_key,
        "FINAL_POS_BASE_URL": fake_server.base_url,
        "SENTRY_DSN": "http://public@127.0.0.1:9/1",  # loopback, nothing listens
    }
    completed = run_python("-c", code, env=env)
    assert completed.returncode == 0, completed.stderr
    assert fake_server.app.log.count("GET", "/v1/api/products") == 1
    if number == 0:
        assert '"kind": "SpanKind.CLIENT"' in completed.stdout
        assert "GET /v1/api/products -> 200" in completed.stderr
