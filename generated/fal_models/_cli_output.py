"""What the command line prints: outputs (a readable summary or JSON), saved files, queue
statuses, and the queue position and logs shown on a terminal while a request waits.

pydantic and the file helpers load only when an output is shown, so `list`, `search` and
`--help` start without them."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from fal_models._status import Completed, InProgress, Queued, QueueStatus, UnknownStatus

__all__ = ["PROG", "Progress", "note", "print_json", "print_status", "show_output", "status_dict"]

PROG = "fal-models"
_SUMMARY_WIDTH = 160


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def note(text: str) -> None:
    """A line for the person at the terminal, on stderr (stdout is the command's output)."""
    print(f"{PROG}: {text}", file=sys.stderr, flush=True)


def show_output(output: Any, *, as_json: bool, save: Path | None) -> None:
    """The output on stdout, as JSON or one `path: value` line per value; with `save`, its
    files saved into that folder first (their paths in the summary, or on stderr)."""
    saved = _save_files(output, save) if save is not None else {}
    if as_json:
        print_json(output.model_dump(mode="json", by_alias=True))
        for file in saved.values():
            note(f"saved {file}")
        return
    for name, value, is_file in _leaves(output, ""):
        if id(value) in saved:
            print(f"{name}: {saved[id(value)]}")
        elif is_file:
            print(f"{name}: {_cut(str(getattr(value, 'url', '')))}")
        else:
            print(f"{name}: {_cut(json.dumps(value, ensure_ascii=False, default=str))}")
    if output._request_id:
        print(f"request_id: {output._request_id}")


def _cut(text: str) -> str:
    return text if len(text) <= _SUMMARY_WIDTH else text[: _SUMMARY_WIDTH - 1] + "…"


def _leaves(value: Any, path: str) -> Iterator[tuple[str, Any, bool]]:
    """(path, value, whether it is a file) of each file and each plain value in an output, in
    field order."""
    from pydantic import BaseModel

    from fal_models._files import FileOutput
    from fal_models._missing import MISSING

    if isinstance(value, FileOutput):
        yield path, value, True
    elif isinstance(value, BaseModel):
        fields = {**value.__dict__, **(value.model_extra or {})}
        for name, item in fields.items():
            if item is not MISSING:  # a field fal did not send
                yield from _leaves(item, f"{path}.{name}" if path else name)
    elif isinstance(value, list) and any(isinstance(v, BaseModel) for v in value):
        for i, item in enumerate(value):
            yield from _leaves(item, f"{path}[{i}]")
    else:
        yield path, value, False


def _save_files(output: Any, directory: Path) -> dict[int, Path]:
    """Save every file of the output into `directory`: id(file) → the path written."""
    directory.mkdir(parents=True, exist_ok=True)
    return {
        id(value): value.save(directory) for _, value, is_file in _leaves(output, "") if is_file
    }


def status_dict(status: QueueStatus) -> dict[str, Any]:
    out: dict[str, Any] = {"request_id": status.request_id}
    match status:
        case Queued(position=position):
            out |= {"status": "IN_QUEUE", "queue_position": position}
        case InProgress(logs=logs):
            out |= {"status": "IN_PROGRESS", "logs": _logs(logs)}
        case Completed(logs=logs, error=error, error_type=error_type):
            out |= {"status": "COMPLETED", "logs": _logs(logs), "error": error}
            out |= {"error_type": error_type} if error_type else {}
        case UnknownStatus(status=name):
            out |= {"status": name}
    return out


def _logs(logs: Any) -> list[dict[str, Any]] | None:
    if logs is None:
        return None
    return [{"timestamp": e.timestamp, "level": e.level, "message": e.message} for e in logs]


def print_status(status: QueueStatus) -> None:
    data = status_dict(status)
    line = data["status"]
    if "queue_position" in data:
        line += f" (position {data['queue_position']})"
    if data.get("error"):
        line += f": {data['error']}"
    print(line)
    for entry in data.get("logs") or ():
        print(f"  {entry['message']}")


class Progress:
    """Queue position and log lines while a request waits, on a terminal only."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.last = ""

    @classmethod
    def on(cls, stream: TextIO) -> Progress | None:
        return cls(stream) if stream.isatty() else None

    def update(self, status: QueueStatus) -> None:
        match status:
            case Queued(position=position):
                self._state(f"in queue, position {position}")
            case InProgress(logs=logs) | Completed(logs=logs):
                self._state("running" if isinstance(status, InProgress) else "completed")
                for entry in logs or ():
                    self._line(entry.message)

    def _state(self, text: str) -> None:
        if text != self.last:
            self.last = text
            self._line(f"[{text}]")

    def _line(self, text: str) -> None:
        self.stream.write(text.rstrip() + "\n")
        self.stream.flush()
