"""Errors the client raises surface at the public call: the flow machinery's frames (driver,
flows, request loop) are dropped from their traceback, unless FAL_MODELS_LOG=debug asks for all."""

from __future__ import annotations

import os

__all__ = ["drop_internal_frames"]


def drop_internal_frames(exc: BaseException) -> None:
    """Forget the frames `exc` went through so far; call it in the handler that caught `exc`,
    then `raise`: the traceback starts again at the caller of that handler's frame and grows
    with the caller's frames. The exception itself is untouched (message, `__cause__`,
    `__context__`, notes, request id)."""
    if os.environ.get("FAL_MODELS_LOG", "").strip().lower() != "debug":
        exc.with_traceback(None)
