# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_table_data_row import CustomTableDataRow
from ...models.error_response_dto import ErrorResponseDto
from ...types import UNSET, Response, Unset, gc_paused


def _get_kwargs(
    table_name: str,
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/custom-table-data/{table_name}".format(
            table_name=quote(str(table_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseDto | list[CustomTableDataRow] | None:
    if response.status_code == 200:
        with gc_paused():
            response_200 = CustomTableDataRow.from_list(response.json())
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponseDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponseDto.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponseDto | list[CustomTableDataRow]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_name: str,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorResponseDto | list[CustomTableDataRow]]:
    """Get all rows from a custom table

     Lists the rows of one custom table, addressed by its kebab-case name, with their values flattened.

    Args:
        table_name (str):
        skip (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseDto | list[CustomTableDataRow]]
    """

    kwargs = _get_kwargs(
        table_name=table_name,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    table_name: str,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorResponseDto | list[CustomTableDataRow] | None:
    """Get all rows from a custom table

     Lists the rows of one custom table, addressed by its kebab-case name, with their values flattened.

    Args:
        table_name (str):
        skip (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseDto | list[CustomTableDataRow]
    """

    return sync_detailed(
        table_name=table_name,
        client=client,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    table_name: str,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorResponseDto | list[CustomTableDataRow]]:
    """Get all rows from a custom table

     Lists the rows of one custom table, addressed by its kebab-case name, with their values flattened.

    Args:
        table_name (str):
        skip (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseDto | list[CustomTableDataRow]]
    """

    kwargs = _get_kwargs(
        table_name=table_name,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    table_name: str,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorResponseDto | list[CustomTableDataRow] | None:
    """Get all rows from a custom table

     Lists the rows of one custom table, addressed by its kebab-case name, with their values flattened.

    Args:
        table_name (str):
        skip (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseDto | list[CustomTableDataRow]
    """

    return (
        await asyncio_detailed(
            table_name=table_name,
            client=client,
            skip=skip,
            limit=limit,
        )
    ).parsed
