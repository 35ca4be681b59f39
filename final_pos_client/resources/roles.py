# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.roles`` (tags: Roles), derived from the
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
    RoleResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateRoleDto,
        UpdateRoleDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateRoleDtoDict,
        UpdateRoleDtoDict,
    )

_parse_create = model_parser(RoleResponseDto, "roles.create (RolesController_create)")
_parse_get = model_parser(RoleResponseDto, "roles.get (RolesController_findOne)")
_parse_update = model_parser(RoleResponseDto, "roles.update (RolesController_update)")


class RolesResource(APIResource):
    """The ``roles`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = RolesResourceWithRawResponse(self)
        self.with_streaming_response = RolesResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateRoleDto | CreateRoleDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RoleResponseDto:
        """Create a new role

        Creates one role with its permission list.

        ``POST /v1/api/roles`` (RolesController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/roles",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateRoleDto),
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
    ) -> RoleResponseDto:
        """Get a role by ID

        Returns one role by its identifier.

        ``GET /v1/api/roles/{id}`` (RolesController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/roles/{path_segment('id', id)}",
            _parse_get,
            params=None,
            json=None,
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def update(
        self,
        id: str,
        body: UpdateRoleDto | UpdateRoleDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RoleResponseDto:
        """Update a role by ID

        Partially updates one role.

        ``PATCH /v1/api/roles/{id}`` (RolesController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/roles/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateRoleDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class RolesResourceWithRawResponse:
    """``roles`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
        "update",
    )

    def __init__(self, resource: RolesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class RolesResourceWithStreamingResponse:
    """``roles`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
        "update",
    )

    def __init__(self, resource: RolesResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)
