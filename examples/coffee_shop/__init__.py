"""A coffee shop's backend on Final POS: a FastAPI app (``app.py``) over the shop's POS flows
(``shop.py``). Run it against the local fake:

    python -m final_pos_fake --port 8000 --api-key K &
    FINAL_POS_API_KEY=K FINAL_POS_BASE_URL=http://127.0.0.1:8000 \\
        uvicorn examples.coffee_shop.app:app --host 127.0.0.1 --port 8080
"""
