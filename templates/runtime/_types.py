"""Small shared types: the `omit` sentinel for arguments not given."""

from __future__ import annotations

from typing import Any, Final, Literal

__all__ = ["Omit", "Priority", "omit"]

Priority = Literal["normal", "low"]


class Omit:
    """Marks an argument as not given: it is not sent, so fal's own default applies."""

    _instance: Omit | None = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


omit: Final = Omit()


def given(values: dict[str, Any]) -> dict[str, Any]:
    """`values` without the arguments that were not given."""
    return {k: v for k, v in values.items() if v is not omit}
