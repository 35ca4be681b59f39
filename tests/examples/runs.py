"""Running the examples as a user would: README code in a fresh interpreter against a fake on a
real socket, a module with ``python -m``, an example app under uvicorn."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from final_pos_fake import FakeServer, serve
from final_pos_fake.request_log import LoggedRequest
from tests.support.processes import ServerProcess, http_server_process

REPO_ROOT = Path(__file__).resolve().parents[2]


def readme_python_blocks(section: str) -> list[str]:
    """The python code blocks of the README's ``## <section>``."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    text = readme.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    blocks: list[str] = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    return blocks


def python_process(
    args: Sequence[str], env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python <args>`` in a child process from the repository root, output captured."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def run_python(args: Sequence[str], env: dict[str, str] | None = None) -> str:
    """``python <args>`` from the repository root; its stdout, once it exited with 0."""
    completed = python_process(args, env)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def run_against_fake(code: str, api_key: str) -> tuple[str, list[LoggedRequest]]:
    """``code`` run with ``FINAL_POS_API_KEY`` / ``_BASE_URL`` naming a fresh fake: its stdout
    and the requests the fake answered."""
    with serve(api_key=api_key) as server:
        env = {**os.environ, "FINAL_POS_API_KEY": api_key, "FINAL_POS_BASE_URL": server.base_url}
        output = run_python(["-c", code], env)
        return output, list(server.app.log)


@contextmanager
def uvicorn_app(app: str, fake_server: FakeServer) -> Iterator[ServerProcess]:
    """``uvicorn <app>`` on 127.0.0.1, its ``FinalPOS`` configured for ``fake_server`` by the
    environment."""
    env = {
        **os.environ,
        "FINAL_POS_API_KEY": fake_server.api_key,
        "FINAL_POS_BASE_URL": fake_server.base_url,
    }

    def command(port: int) -> list[str]:
        uvicorn = [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1"]
        return [*uvicorn, "--port", str(port), "--log-level", "warning"]

    with http_server_process(
        command, ready_path="/openapi.json", timeout=30, cwd=REPO_ROOT, env=env
    ) as server:
        yield server
