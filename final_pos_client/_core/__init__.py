# Hand-written: copied from codegen/runtime/__init__.py by `make regenerate`.
# Edit that file, not this copy.
"""Hand-written runtime of the generated package: ``make regenerate`` copies these modules into
``final_pos_client/_core/`` (with a header naming the source file here). Edit them here."""
