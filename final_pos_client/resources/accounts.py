# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.accounts`` (tags: Account), derived from the
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
    model_parser,
)
from ..models import (
    AccountResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateAccountDto,
        UpdateAccountDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateAccountDtoDict,
        UpdateAccountDtoDict,
    )

_parse_create = model_parser(AccountResponseDto, "accounts.create (AccountController_create)")
_parse_get = model_parser(AccountResponseDto, "accounts.get (AccountController_findOne)")
_parse_update = model_parser(AccountResponseDto, "accounts.update (AccountController_update)")
_parse_delete = json_parser("accounts.delete (AccountController_delete)")


class AccountsResource(APIResource):
    """The ``accounts`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = AccountsResourceWithRawResponse(self)
        self.with_streaming_response = AccountsResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateAccountDto | CreateAccountDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AccountResponseDto:
        """Create a new account

        Creates one account record.

        ``POST /v1/api/account`` (AccountController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/account",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateAccountDto),
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
    ) -> AccountResponseDto:
        """Get a account by ID

        Returns one account record by its identifier.

        ``GET /v1/api/account/{id}`` (AccountController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/account/{path_segment('id', id)}",
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
        body: UpdateAccountDto | UpdateAccountDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AccountResponseDto:
        """Update a account by ID

        Partially updates one account record.

        ``PATCH /v1/api/account/{id}`` (AccountController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/account/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateAccountDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a account by ID

        Deletes one account record.

        ``DELETE /v1/api/account/{id}`` (AccountController_delete).
        """
        return await self._call(
            "DELETE",
            f"/v1/api/account/{path_segment('id', id)}",
            _parse_delete,
            params=None,
            json=None,
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class AccountsResourceWithRawResponse:
    """``accounts`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
    )

    def __init__(self, resource: AccountsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AccountsResourceWithStreamingResponse:
    """``accounts`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
    )

    def __init__(self, resource: AccountsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
