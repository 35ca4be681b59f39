# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_table_value_response_dto import CustomTableValueResponseDto
from ...models.error_response_dto import ErrorResponseDto
from ...types import UNSET, Response, Unset, gc_paused


def _get_kwargs(
    *,
    table_id: str | Unset = UNSET,
    row_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tableId"] = table_id

    params["rowId"] = row_id

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/custom-table-values",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseDto | list[CustomTableValueResponseDto] | None:
    if response.status_code == 200:
        with gc_paused():
            response_200 = CustomTableValueResponseDto.from_list(response.json())
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponseDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseDto.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponseDto | list[CustomTableValueResponseDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    table_id: str | Unset = UNSET,
    row_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorResponseDto | list[CustomTableValueResponseDto]]:
    """Get all custom tables: content

     Lists stored cell values, filterable by table and by row, paged with skip/limit.

    Args:
        table_id (str | Unset):
        row_id (str | Unset):
        skip (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseDto | list[CustomTableValueResponseDto]]
    """

    kwargs = _get_kwargs(
        table_id=table_id,
        row_id=row_id,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    table_id: str | Unset = UNSET,
    row_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorResponseDto | list[CustomTableValueResponseDto] | None:
    """Get all custom tables: content

     Lists stored cell values, filterable by table and by row, paged with skip/limit.

    Args:
        table_id (str | Unset):
        row_id (str | Unset):
        skip (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseDto | list[CustomTableValueResponseDto]
    """

    return sync_detailed(
        client=client,
        table_id=table_id,
        row_id=row_id,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    table_id: str | Unset = UNSET,
    row_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorResponseDto | list[CustomTableValueResponseDto]]:
    """Get all custom tables: content

     Lists stored cell values, filterable by table and by row, paged with skip/limit.

    Args:
        table_id (str | Unset):
        row_id (str | Unset):
        skip (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseDto | list[CustomTableValueResponseDto]]
    """

    kwargs = _get_kwargs(
        table_id=table_id,
        row_id=row_id,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    table_id: str | Unset = UNSET,
    row_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorResponseDto | list[CustomTableValueResponseDto] | None:
    """Get all custom tables: content

     Lists stored cell values, filterable by table and by row, paged with skip/limit.

    Args:
        table_id (str | Unset):
        row_id (str | Unset):
        skip (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseDto | list[CustomTableValueResponseDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            table_id=table_id,
            row_id=row_id,
            skip=skip,
            limit=limit,
        )
    ).parsed
