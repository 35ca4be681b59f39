"""Tests of the regeneration pipeline (codegen/) and of what it generates."""
