"""pydantic's MISSING sentinel (an unset field that is not None), wherever the installed pydantic
keeps it: the generated models import it from here, so the package works from pydantic 2.12 on."""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["MISSING"]

if TYPE_CHECKING:
    from pydantic import MISSING
else:
    try:
        from pydantic import MISSING  # pydantic >= 2.14
    except ImportError:  # 2.12 and 2.13 keep it here (2.14 still does, with a warning)
        from pydantic.experimental.missing_sentinel import MISSING
