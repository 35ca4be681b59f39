"""Checks run against the package regenerated from ``construct_variants.constructs_1_3_0()``
(``tests/codegen/test_constructs.py`` runs them in a scratch copy of the repository, where
that package is ``final_pos_client``); the ``pos`` fixture is the client tests' one."""

from __future__ import annotations

from tests.client.conftest import pos, retry_timing, sleeps

__all__ = ["pos", "retry_timing", "sleeps"]
