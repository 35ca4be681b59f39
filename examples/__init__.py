"""Runnable examples of the SDK (`make demo` runs `examples.demo`)."""
