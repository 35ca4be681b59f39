"""What the contract run covered, read by the terminal summary and the session's exit status."""

# Operation ids whose contract test passed, per way of calling: the stock ``api`` functions and
# the ``FinalPOS`` resources. An operation counts as exercised when both passed.
EXERCISED: dict[str, set[str]] = {"stock": set(), "resources": set()}
SPEC_OPERATIONS: set[str] = set()  # operation ids of the spec, filled when the tests are collected
CONTRACT_TESTS = ("test_operation_against_prism", "test_operation_through_finalpos")


def exercised() -> set[str]:
    return EXERCISED["stock"] & EXERCISED["resources"] & SPEC_OPERATIONS
