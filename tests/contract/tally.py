"""What the contract run covered, read by the terminal summary."""

EXERCISED: set[str] = set()  # operation ids whose contract test passed
SPEC_OPERATIONS: set[str] = set()  # operation ids of the spec, filled when the tests are collected
