"""Errors the client raises surface at the public call: the flow machinery's frames (driver,
flows, request loop) are dropped from their traceback, unless FAL_MODELS_LOG=debug asks for all."""

from __future__ import annotations

import functools
import os
import traceback
from pathlib import Path

from fal_models._environment import LOG_VARIABLE

__all__ = ["drop_internal_frames"]

_PACKAGE = str(Path(__file__).resolve().parent)


def drop_internal_frames(exc: BaseException) -> None:
    """Forget the frames `exc` went through so far; call it in the handler that caught `exc`,
    then `raise`: the traceback starts again at the caller of that handler's frame and grows
    with the caller's frames. The exception itself is untouched (message, `__cause__`,
    `__context__`, notes, request id). An error raised in the caller's own code (a callback
    such as `on_queue_update`) keeps every frame: those are the caller's to read."""
    if os.environ.get(LOG_VARIABLE, "").strip().lower() == "debug":
        return
    for frame, _ in traceback.walk_tb(exc.__traceback__):
        if not _internal(frame.f_code.co_filename):
            return
    exc.with_traceback(None)


@functools.lru_cache(maxsize=256)
def _internal(filename: str) -> bool:
    """Whether a code object's file is one of this package's (`realpath` asks the file system
    for every part of the path: asked once per file)."""
    return os.path.realpath(filename).startswith(_PACKAGE + os.sep)
