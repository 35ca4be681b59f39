"""``python -m final_pos_fake``: see :mod:`final_pos_fake.cli`."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    main()
