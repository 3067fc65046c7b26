"""Server-sent events framed line by line, for the status stream and streamed runs alike.

Hand-written (a dozen lines) because the runtime's dependencies are httpx and pydantic only.
"""

from __future__ import annotations


class SseEvents:
    """Feed it a stream's lines; `feed` returns the data of each complete `message` event."""

    def __init__(self) -> None:
        self._data: list[str] = []
        self._kind = ""

    def feed(self, line: str) -> str | None:
        """The event `line` completes, or None: a field, a comment (`: ping`), a blank
        keep-alive, or an event of another type than `message`."""
        if line.startswith("data:"):
            self._data.append(line[5:].removeprefix(" "))
        elif line.startswith("event:"):
            self._kind = line[6:].strip()
        if line:
            return None
        event, is_message = "\n".join(self._data), self._kind in ("", "message")
        self._data, self._kind = [], ""
        return event if event and is_message else None
