"""``multipart/form-data`` request bodies (uploads): the parts, and what a record keeps of them.

Parsed with the standard library's ``email`` parser. A file part is not stored: the record
keeps what the description's record schema names of it (``size`` in bytes, and ``name`` and
``mimeType`` when the form does not give them), so an upload answers like the real API's
record of the stored file.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from .wire import bad_request

MULTIPART = "multipart/form-data"


@dataclass(frozen=True)
class Part:
    name: str
    content: bytes
    file_name: str | None
    content_type: str | None


def parse_parts(raw: bytes, content_type: str) -> list[Part]:
    """The form's parts; 400 when the body is not a ``multipart/form-data`` form."""
    if not content_type.lower().startswith(MULTIPART) or "boundary=" not in content_type:
        raise bad_request([f"body: expected {MULTIPART} with a boundary, got {content_type!r}"])
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    if not message.is_multipart():
        raise bad_request(["body: not a multipart form"])
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise bad_request(["body: a form part has no name"])
        parts.append(_part(name, part))
    return parts


def _part(name: str, part: Message) -> Part:
    payload = part.get_payload(decode=True)
    file_name = part.get_filename()
    declared = part.get("content-type")
    return Part(
        name=name,
        content=payload if isinstance(payload, bytes) else b"",
        file_name=file_name,
        content_type=part.get_content_type() if declared else None,
    )


def form_body(parts: list[Part], binary_fields: frozenset[str]) -> dict[str, Any]:
    """Text fields as they are; for a file part, ``size`` and defaults for ``name`` and
    ``mimeType`` (a record keeps only the keys its schema names)."""
    body: dict[str, Any] = {
        p.name: p.content.decode("utf-8", "replace") for p in parts if p.name not in binary_fields
    }
    for part in parts:
        if part.name in binary_fields:
            body["size"] = len(part.content)
            if part.file_name:
                body.setdefault("name", part.file_name)
            if part.content_type:
                body.setdefault("mimeType", part.content_type)
    return body
