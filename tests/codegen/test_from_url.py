"""``--from URL``: the description is downloaded over a real socket and stored untouched."""

from __future__ import annotations

import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from .conftest import REPO_SPEC, Run, RunPipeline

# Bytes a YAML round trip would not preserve: a comment, odd spacing, a trailing blank line.
SERVED = REPO_SPEC.read_bytes() + b"\n# served by the test's vendor stand-in   \n\n"


class _VendorHandler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _VendorHandler.requests.append(self.path)
        if self.path != "/_spec/openapi.yaml?download":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/yaml")
        self.send_header("Content-Length", str(len(SERVED)))
        self.end_headers()
        self.wfile.write(SERVED)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def vendor_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _VendorHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_download_writes_the_served_bytes_untouched(
    baseline: Run, run_pipeline: RunPipeline, vendor_url: str, tmp_path: Path
) -> None:
    repo_spec_before = REPO_SPEC.read_bytes()
    spec_out = tmp_path / "openapi.yaml"
    package = tmp_path / "final_pos_client"
    shutil.copytree(baseline.package, package)

    url = f"{vendor_url}/_spec/openapi.yaml?download"
    result = run_pipeline(tmp_path, "--from", url, spec=spec_out, package=package)

    assert result.exit_code == 0
    assert "/_spec/openapi.yaml?download" in _VendorHandler.requests
    assert spec_out.read_bytes() == SERVED
    assert REPO_SPEC.read_bytes() == repo_spec_before
    assert (package / "_openapi.json").read_bytes() == (
        baseline.package / "_openapi.json"
    ).read_bytes()


def test_a_failed_download_leaves_everything_as_it_was(
    baseline: Run,
    run_pipeline: RunPipeline,
    vendor_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec_out = tmp_path / "openapi.yaml"
    spec_out.write_bytes(b"previous")
    result = run_pipeline(tmp_path, "--from", f"{vendor_url}/missing.yaml", spec=spec_out)
    assert result.exit_code == 2
    assert "cannot download" in capsys.readouterr().err
    assert spec_out.read_bytes() == b"previous"
    assert not (tmp_path / "final_pos_client").exists()


def test_check_from_url_reads_but_writes_nothing(
    baseline: Run, run_pipeline: RunPipeline, vendor_url: str, tmp_path: Path
) -> None:
    spec_out = tmp_path / "openapi.yaml"
    spec_out.write_bytes(b"previous")
    url = f"{vendor_url}/_spec/openapi.yaml?download"
    result = run_pipeline(
        tmp_path, "--check", "--from", url, spec=spec_out, package=baseline.package
    )
    assert result.exit_code == 0  # the served description generates the baseline package
    assert spec_out.read_bytes() == b"previous"
    assert not result.report.exists()
