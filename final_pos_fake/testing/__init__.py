"""Running the fake for tests: a uvicorn server in a thread and the pytest fixtures."""
