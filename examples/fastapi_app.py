"""An async web backend that owns one ``FinalPOS`` through its lifespan and serves two routes.

    FINAL_POS_API_KEY=... FINAL_POS_BASE_URL=http://127.0.0.1:8000 \\
        .venv/bin/uvicorn examples.fastapi_app:app --host 127.0.0.1 --port 8080

- ``GET /products?limit=20``: the first products of the catalogue.
- ``POST /categories`` ``{"name", "description"}``: creates a category, then reads it back.
- ``GET /categories/{category_id}``: one category.

One client serves every request (it is safe to share across tasks): its connection pool is
opened once and closed when the app shuts down. The SDK's errors become HTTP errors of this
app: input it refused before sending anything (``errors.ValidationError``, e.g. an id of
``".."``) is the caller's mistake (422), API errors are 404, 422 or 502.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, cast

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from pydantic import BaseModel

from final_pos_client import FinalPOS, errors
from final_pos_client.models import CreateCategoryDto
from final_pos_client.types import Unset


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with FinalPOS() as pos:  # key and base URL from FINAL_POS_API_KEY / _BASE_URL
        app.state.pos = pos
        yield


app = FastAPI(title="Final POS example backend", lifespan=lifespan)


def final_pos(request: Request) -> FinalPOS:
    return cast(FinalPOS, request.app.state.pos)


Pos = Annotated[FinalPOS, Depends(final_pos)]


class ProductOut(BaseModel):
    id: str
    name: str | None


class CategoryIn(BaseModel):
    name: str
    description: str


class CategoryOut(BaseModel):
    id: str
    name: str | None
    description: str | None


def _text(value: str | Unset) -> str | None:
    return None if isinstance(value, Unset) else value


def _as_http_error(error: errors.FinalPOSError) -> HTTPException:
    # First: refused before sending, so nothing reached Final POS (whatever else it subclasses).
    if isinstance(error, errors.ValidationError):
        return HTTPException(422, str(error))
    if isinstance(error, errors.NotFoundError):
        return HTTPException(404, "not found in Final POS")
    if isinstance(error, errors.BadRequestError):
        return HTTPException(422, error.message)
    return HTTPException(502, f"Final POS is unavailable ({type(error).__name__})")


@app.get("/products")
async def list_products(
    pos: Pos, limit: Annotated[int, Query(ge=1, le=100)] = 20
) -> list[ProductOut]:
    try:
        products = await pos.products.list(limit=limit)
    except errors.FinalPOSError as error:
        raise _as_http_error(error) from error
    return [ProductOut(id=p.id, name=_text(p.name)) for p in products]


@app.post("/categories", status_code=201)
async def create_category(pos: Pos, category: CategoryIn) -> CategoryOut:
    try:
        created = await pos.categories.create(
            CreateCategoryDto(name=category.name, description=category.description)
        )
        stored = await pos.categories.get(created.id)
    except errors.FinalPOSError as error:
        raise _as_http_error(error) from error
    return CategoryOut(id=stored.id, name=_text(stored.name), description=_text(stored.description))


@app.get("/categories/{category_id}")
async def get_category(pos: Pos, category_id: str) -> CategoryOut:
    try:
        stored = await pos.categories.get(category_id)
    except errors.FinalPOSError as error:
        raise _as_http_error(error) from error
    return CategoryOut(id=stored.id, name=_text(stored.name), description=_text(stored.description))
