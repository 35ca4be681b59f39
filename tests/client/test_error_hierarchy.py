"""Where the errors of a call sit: ``ValidationError`` (nothing sent) is a ``FinalPOSError`` but
deliberately not an ``APIError``; ``APIWriteSucceededError`` is both an outcome-unknown and a
response-validation error."""

from __future__ import annotations

import pytest

from final_pos_client import FinalPOS, errors
from final_pos_fake import FakeServer


async def test_a_body_refused_before_sending_is_not_an_api_error(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    with pytest.raises(errors.FinalPOSError) as caught:
        await pos.categories.create({"name": 1, "description": "d"})  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, errors.ValidationError)
    assert isinstance(error, ValueError) and isinstance(error, TypeError)
    assert not isinstance(error, errors.APIError)  # no call was made: nothing to retry or check
    assert len(fake_server.app.log) == 0


def test_a_succeeded_write_is_caught_by_both_readings() -> None:
    succeeded = errors.APIWriteSucceededError
    assert issubclass(succeeded, errors.APIOutcomeUnknownError)
    assert issubclass(succeeded, errors.APIResponseValidationError)
    assert issubclass(succeeded, errors.APIError)
    assert not issubclass(succeeded, errors.APITimeoutError)
    assert "APIWriteSucceededError" in errors.__all__
