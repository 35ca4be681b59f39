# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.attachments`` (tags: Attachment), derived from the
description's operationIds (``codegen/client_operations.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import models as _models
from .._core._base_client import BaseClient
from .._core._not_given import NOT_GIVEN, NotGiven
from .._core._path import path_segment
from .._core._request_body import body_json
from .._core._request_options import (
    Body,
    DeadlineOption,
    Headers,
    Query,
    TimeoutOption,
    request_options,
)
from .._core._resource import APIResource, to_raw_response_wrapper, to_streamed_response_wrapper
from .._core._response_parsing import (
    model_parser,
)
from ..models import (
    AttachmentResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateAttachmentDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateAttachmentDtoDict,
    )

_parse_create = model_parser(
    AttachmentResponseDto, "attachments.create (AttachmentController_create)"
)
_parse_get = model_parser(AttachmentResponseDto, "attachments.get (AttachmentController_findOne)")


class AttachmentsResource(APIResource):
    """The ``attachments`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = AttachmentsResourceWithRawResponse(self)
        self.with_streaming_response = AttachmentsResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateAttachmentDto | CreateAttachmentDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AttachmentResponseDto:
        """Create a new attachment

        Registers an already uploaded file (URLs and storage path) as an attachment record;
        no file upload happens here.

        ``POST /v1/api/attachment`` (AttachmentController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/attachment",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateAttachmentDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AttachmentResponseDto:
        """Get an attachment by ID

        Fetches one attachment record by its ID.

        ``GET /v1/api/attachment/{id}`` (AttachmentController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/attachment/{path_segment('id', id)}",
            _parse_get,
            params=None,
            json=None,
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class AttachmentsResourceWithRawResponse:
    """``attachments`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
    )

    def __init__(self, resource: AttachmentsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AttachmentsResourceWithStreamingResponse:
    """``attachments`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
    )

    def __init__(self, resource: AttachmentsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
