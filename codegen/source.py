"""Stage 1, source: read the vendor's description (file or URL), parse and validate it.

Nothing is written here: the pipeline stores the bytes, untouched, in ``openapi.yaml`` only
when every later stage has succeeded (see ``codegen/swap.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from final_pos_client._core.spec_model import SpecError, resolve_pointer

# The "Download OpenAPI description" link of docs.finalpos.com. UNCONFIRMED: these machines
# cannot reach the site; this is the address Redocly-hosted references serve their description
# at (`/_spec/<description>.yaml?download`, next to the `/_mock/<description>` mock server that
# docs.finalpos.com shows as `/_mock/openapi`). Check it in a browser before relying on it.
VENDOR_DESCRIPTION_URL = "https://docs.finalpos.com/_spec/openapi.yaml?download"

DOWNLOAD_TIMEOUT_SECONDS = 30.0
SUPPORTED_VERSION_PREFIX = "3.0."


class SourceError(Exception):
    """The description could not be read, downloaded, parsed or validated."""


@dataclass(frozen=True)
class Description:
    origin: str  # the path or URL it was read from
    data: bytes  # exactly as read (stored untouched)
    document: dict[str, Any]


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
    if isinstance(document, dict) and "swagger" in document:
        raise SourceError(
            f"{origin} is a Swagger {document['swagger']} description: not supported; convert it "
            "to OpenAPI 3.0 first (e.g. `npx swagger2openapi`)"
        )
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise SourceError(f"{origin} is not an OpenAPI description (no 'openapi' and 'paths')")
    version = str(document["openapi"])
    if not version.startswith(SUPPORTED_VERSION_PREFIX):
        raise SourceError(
            f"{origin} is OpenAPI {version}: not supported; the pipeline (overlay, generator "
            "settings, report) reads OpenAPI 3.0.x only"
        )
    return document


def _local_refs(node: Any, where: str) -> Iterator[tuple[str, str]]:
    """``(ref, JSON path of the node holding it)`` for every local ``$ref``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            yield ref, where
        for key, value in node.items():
            yield from _local_refs(value, f"{where}[{key!r}]" if "/" in key else f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _local_refs(value, f"{where}[{index}]")


def _resolves(document: Any, ref: str) -> bool:
    try:
        resolve_pointer(document, ref)
    except SpecError:
        return False
    return True


def check_refs(document: dict[str, Any], origin: str) -> None:
    """Every local ``$ref`` names something that exists; the first one that does not is named."""
    for ref, where in _local_refs(document, "$"):
        if not _resolves(document, ref):
            missing = ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
            raise SourceError(
                f"{origin}: {ref} is referenced at {where} but {missing!r} is not defined"
            )


def check(document: dict[str, Any], origin: str) -> None:
    """Dangling ``$ref``s, then the OpenAPI 3.0 schema (openapi-spec-validator)."""
    check_refs(document, origin)
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "$" + "".join(f"[{part!r}]" for part in exc.absolute_path)
        raise SourceError(f"{origin} is not valid OpenAPI 3.0: {exc.message} (at {where})") from exc


def load(source: str | None, spec_path: Path) -> Description:
    """The description from ``source`` (default: ``spec_path``), parsed and validated."""
    origin = source if source is not None else str(spec_path)
    data = fetch(origin)
    document = parse(data, origin)
    check(document, origin)
    print(f"[source] read {origin} ({len(data)} bytes), valid OpenAPI {document['openapi']}")
    return Description(origin, data, document)
