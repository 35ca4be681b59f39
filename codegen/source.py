"""Stage 1, source: read the vendor's description from a file or download it.

A downloaded (or ``--from PATH``) description is written to the spec file untouched (the bytes
as served), so the committed ``openapi.yaml`` is always what the package was generated from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import yaml

# The "Download OpenAPI description" link of docs.finalpos.com. UNCONFIRMED: these machines
# cannot reach the site; this is the address Redocly-hosted references serve their description
# at (`/_spec/<description>.yaml?download`, next to the `/_mock/<description>` mock server that
# docs.finalpos.com shows as `/_mock/openapi`). Check it in a browser before relying on it.
VENDOR_DESCRIPTION_URL = "https://docs.finalpos.com/_spec/openapi.yaml?download"

DOWNLOAD_TIMEOUT_SECONDS = 30.0


class SourceError(Exception):
    """The description could not be read, downloaded or parsed."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(source: str) -> bytes:
    """The description's bytes, from a URL or a file path."""
    if is_url(source):
        try:
            response = httpx.get(source, timeout=DOWNLOAD_TIMEOUT_SECONDS, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise SourceError(f"cannot download {source}: {exc}") from exc
        return response.content
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {source}: {exc}") from exc


def parse(data: bytes, origin: str) -> dict[str, Any]:
    """Parse YAML or JSON (JSON is read by the YAML loader too)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        document = yaml.load(data, Loader=loader)
    except yaml.YAMLError as exc:
        raise SourceError(f"{origin} is neither YAML nor JSON: {exc}") from exc
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise SourceError(f"{origin} is not an OpenAPI description (no 'openapi' and 'paths')")
    return document


def _is_the_spec_file(source: str, spec_path: Path) -> bool:
    return not is_url(source) and Path(source).resolve() == spec_path.resolve()


def load(source: str | None, spec_path: Path, *, store: bool = True) -> dict[str, Any]:
    """The description from ``source`` (default: ``spec_path``).

    With ``store``, another source's bytes are first written to ``spec_path`` untouched;
    without (``--check``), the source is only read.
    """
    from_elsewhere = source is not None and not _is_the_spec_file(source, spec_path)
    origin = source if source is not None and from_elsewhere else str(spec_path)
    data = fetch(origin)
    document = parse(data, origin)  # before writing: never overwrite the spec with junk
    print(f"[source] read {origin} ({len(data)} bytes)", flush=True)
    if from_elsewhere and store:
        spec_path.write_bytes(data)
        print(f"[source] wrote those bytes, untouched, to {spec_path}", flush=True)
    return document
