# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.zapier_triggers`` (tags: ZapierTriggers), derived from the
description's operationIds (``codegen/client_operations.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    json_parser,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateZapierTriggerDto,
        UpdateZapierTriggerDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateZapierTriggerDtoDict,
        UpdateZapierTriggerDtoDict,
    )

_parse_create = json_parser("zapier_triggers.create (ZapierTriggersController_create)")
_parse_update = json_parser("zapier_triggers.update (ZapierTriggersController_update)")


class ZapierTriggersResource(APIResource):
    """The ``zapier_triggers`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = ZapierTriggersResourceWithRawResponse(self)
        self.with_streaming_response = ZapierTriggersResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateZapierTriggerDto | CreateZapierTriggerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Create a new zapiertrigger

        Registers a Zapier webhook subscription (trigger type, Zapier trigger ID, hook URL)
        for the company.

        ``POST /v1/api/zapier-triggers`` (ZapierTriggersController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/zapier-triggers",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateZapierTriggerDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def update(
        self,
        id: str,
        body: UpdateZapierTriggerDto | UpdateZapierTriggerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Update a zapiertrigger

        Changes fields of an existing Zapier trigger (inferred).

        ``PATCH /v1/api/zapier-triggers/{id}`` (ZapierTriggersController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/zapier-triggers/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateZapierTriggerDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class ZapierTriggersResourceWithRawResponse:
    """``zapier_triggers`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "update",
    )

    def __init__(self, resource: ZapierTriggersResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)


class ZapierTriggersResourceWithStreamingResponse:
    """``zapier_triggers`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "update",
    )

    def __init__(self, resource: ZapierTriggersResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
