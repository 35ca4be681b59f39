"""Each non-2xx status maps to its error class; the message names method, path, status, reason."""

from __future__ import annotations

import pytest

from final_pos_client import FinalPOS, errors
from final_pos_client.models import CreateCategoryDto
from final_pos_fake import FakeServer

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (502, errors.InternalServerError),
    (503, errors.InternalServerError),
    (418, errors.APIStatusError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
async def test_status_maps_to_its_error_class(
    pos: FinalPOS, fake_server: FakeServer, status: int, error_class: type[errors.APIStatusError]
) -> None:
    fake_server.app.faults.add("GET /v1/api/products", status=status, message="injected reason")

    with pytest.raises(error_class) as caught:
        await pos.products.list(max_retries=0)

    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.response.status_code == status
    assert isinstance(error.body, dict) and error.body["message"] == "injected reason"
    assert str(error).startswith(f"GET /v1/api/products returned {status}")
    assert "injected reason" in str(error)
    assert isinstance(error, errors.APIError) and isinstance(error, errors.FinalPOSError)


async def test_real_not_found_and_validation_errors(pos: FinalPOS) -> None:
    with pytest.raises(errors.NotFoundError) as not_found:
        await pos.categories.get("no-such-id")
    assert "GET /v1/api/category/no-such-id returned 404" in str(not_found.value)

    with pytest.raises(errors.BadRequestError) as bad:
        await pos.categories.create(CreateCategoryDto(name=7, description="x"))  # type: ignore[arg-type]
    assert "POST /v1/api/category returned 400" in str(bad.value)


async def test_wrong_key_is_authentication_error_without_the_key(
    fake_server: FakeServer,
) -> None:
    async with FinalPOS(api_key="wrong-secret-key", base_url=fake_server.base_url) as pos:
        with pytest.raises(errors.AuthenticationError) as caught:
            await pos.products.list()
    assert caught.value.status_code == 401
    assert "wrong-secret-key" not in str(caught.value)
    assert "wrong-secret-key" not in repr(caught.value)


def test_unexpected_status_of_stock_functions_is_an_api_error() -> None:
    error = errors.UnexpectedStatus(418, b"teapot")
    assert isinstance(error, errors.APIError)
    assert error.status_code == 418 and error.content == b"teapot"
