# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.sessions`` (tags: Session), derived from the
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
    SessionResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateSessionDto,
        UpdateSessionDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateSessionDtoDict,
        UpdateSessionDtoDict,
    )

_parse_create = model_parser(SessionResponseDto, "sessions.create (SessionController_create)")
_parse_update = model_parser(SessionResponseDto, "sessions.update (SessionController_update)")


class SessionsResource(APIResource):
    """The ``sessions`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = SessionsResourceWithRawResponse(self)
        self.with_streaming_response = SessionsResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateSessionDto | CreateSessionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SessionResponseDto:
        """Create a new session

        Opens (records) one register session for a station.

        ``POST /v1/api/session`` (SessionController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/session",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateSessionDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def update(
        self,
        id: str,
        body: UpdateSessionDto | UpdateSessionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SessionResponseDto:
        """Update a session by ID

        Partially updates one session, e.g. to record its closing data.

        ``PATCH /v1/api/session/{id}`` (SessionController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/session/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateSessionDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class SessionsResourceWithRawResponse:
    """``sessions`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "update",
    )

    def __init__(self, resource: SessionsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)


class SessionsResourceWithStreamingResponse:
    """``sessions`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "update",
    )

    def __init__(self, resource: SessionsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
