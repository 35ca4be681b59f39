"""The hand-written runtime of ``final_pos_client``: edited here, type-checked here.

``make regenerate`` writes every other module of the package and never this folder; the
generated modules import it (never the other way round, except ``_version`` and
``_body_shapes``, which the runtime reads)."""
