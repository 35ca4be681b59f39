"""The HTTP front: ASGI plumbing, routes, handlers, validation and the wire contract."""
