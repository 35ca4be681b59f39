"""vcrpy records ``FinalPOS`` calls and replays them with the server gone, on both transports;
pytest-recording's ``@pytest.mark.vcr`` replays a committed cassette without any network."""

from __future__ import annotations

from pathlib import Path

import pytest
import vcr
from vcr.errors import CannotOverwriteExistingCassetteException

from final_pos_client.models import CreateProductDto
from final_pos_fake import serve

from .conftest import MakePOS

CASSETTES = Path(__file__).parent / "cassettes"


async def _create_and_list(pos_maker: MakePOS, base_url: str) -> list[str]:
    pos = pos_maker(base_url=base_url, max_retries=0)
    created = await pos.products.create(CreateProductDto(name="Tea", product_type="simple"))
    return [created.id, *(product.id for product in await pos.products.list())]


async def test_record_then_replay_with_the_server_gone(make_pos: MakePOS, tmp_path: Path) -> None:
    cassette = tmp_path / "products.yaml"
    recorder = vcr.VCR(filter_headers=["x-api-key"])
    with serve(api_key="test-key") as server:
        base_url = server.base_url
        with recorder.use_cassette(str(cassette), record_mode="once"):
            recorded = await _create_and_list(make_pos, base_url)
    assert "test-key" not in cassette.read_text()

    with recorder.use_cassette(str(cassette), record_mode="none") as replay:
        replayed = await _create_and_list(make_pos, base_url)
    assert replayed == recorded
    assert replay.play_count == 2
    not_recorded = make_pos(base_url=base_url, max_retries=0).products.get(recorded[0])
    with recorder.use_cassette(str(cassette), record_mode="none"):  # noqa: SIM117
        with pytest.raises(CannotOverwriteExistingCassetteException):
            await not_recorded


@pytest.fixture
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def default_cassette_name() -> str:
    return "products_list"


@pytest.fixture
def vcr_config() -> dict[str, object]:
    return {"filter_headers": ["x-api-key"]}


@pytest.mark.vcr
async def test_pytest_recording_replays_a_committed_cassette(make_pos: MakePOS) -> None:
    page = await make_pos().products.list()
    assert [product.name for product in page] == ["Sweet Tea"]
