"""Resumable batches: the journal that records each submitted request's id (fsync'd) before its
wait begins, so a batch run again with the same journal resumes every request by its id and
never submits one twice; and the saved outputs.

Both clients' `batch()` share everything here; they differ only in how calls run at once
(threads or tasks).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from fal_models._base import OutputModel
from fal_models._exceptions import BatchJournalError, FalError, InvalidOptionError
from fal_models._options import check_int
from fal_models._progress import Progress, progress_stream
from fal_models._spending import budget_of
from fal_models._types import SubmitOptions

__all__ = [
    "BatchItem",
    "Journal",
    "check_inputs",
    "fingerprint",
    "load_saved",
    "plan",
    "run_async",
    "run_blocking",
    "save_output",
]

OutT = TypeVar("OutT", bound=OutputModel)
_VERSION = 1


@dataclass
class BatchItem(Generic[OutT]):
    """One input's outcome: its `output`, or the FalError that ended it (`error`)."""

    index: int
    request_id: str | None = None
    output: OutT | None = None
    error: FalError | None = None
    resumed: bool = False
    """The request was submitted by an earlier run of the batch and only waited for here."""


def check_inputs(inputs: object, concurrency: object) -> list[dict[str, Any]]:
    """The inputs as a list of dicts, and a usable concurrency; InvalidOptionError otherwise."""
    check_int("concurrency", concurrency, minimum=1, maximum=1024)
    if isinstance(inputs, str | bytes | Mapping) or not isinstance(inputs, Iterable):
        raise InvalidOptionError("inputs", "expected a list of inputs (one mapping each)")
    found = list(inputs)
    for i, value in enumerate(found):
        if not isinstance(value, Mapping):
            raise InvalidOptionError("inputs", f"input {i} is a {type(value).__name__}")
    return [dict(value) for value in found]


def fingerprint(endpoint_id: str, inputs: list[dict[str, Any]]) -> str:
    """What identifies a batch: its endpoint and its inputs, in order."""
    text = json.dumps([endpoint_id, inputs], sort_keys=True, default=repr, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


class Journal:
    """A batch's JSON-lines journal: a header naming the batch, then one line per submitted
    request (`{"index", "request_id"}`), each flushed and fsync'd before the wait for it begins.
    Thread-safe."""

    def __init__(self, path: str | os.PathLike[str], endpoint_id: str, batch: str, count: int):
        self.path = Path(path)
        self._lock = threading.Lock()
        self.request_ids: dict[int, str] = {}
        header = {"fal_models_batch": _VERSION, "batch": batch, "endpoint_id": endpoint_id}
        header["inputs"] = count
        if self.path.exists() and self.path.stat().st_size > 0:
            self._read(header)
        else:
            self._append(header)

    def _read(self, header: dict[str, Any]) -> None:
        lines = self.path.read_text(encoding="utf-8").splitlines()
        try:
            found = json.loads(lines[0])
        except ValueError:
            found = None
        if not isinstance(found, dict) or found.get("fal_models_batch") != _VERSION:
            raise BatchJournalError(f"{self.path} is not a batch journal")
        if found.get("batch") != header["batch"]:
            raise BatchJournalError(
                f"{self.path} was written by another batch ({found.get('endpoint_id')}, "
                f"{found.get('inputs')} inputs): its requests are not this batch's; give this "
                "batch its own journal"
            )
        for number, line in enumerate(lines[1:], start=2):
            try:
                entry = json.loads(line)
                self.request_ids[int(entry["index"])] = str(entry["request_id"])
            except (ValueError, KeyError, TypeError):
                if number == len(lines):
                    break  # a line cut short by a crash while it was written: never fsync'd
                raise BatchJournalError(f"{self.path}:{number} is not a journal entry") from None

    def record(self, index: int, request_id: str) -> None:
        """Write down a submitted request, durably, before anything waits for it."""
        with self._lock:
            self.request_ids[index] = request_id
            self._append({"index": index, "request_id": request_id})

    def _append(self, entry: dict[str, Any]) -> None:
        with self.path.open("a", encoding="utf-8") as file:
            file.write(json.dumps(entry) + "\n")
            file.flush()
            os.fsync(file.fileno())


def _saved_path(directory: Path, index: int) -> Path:
    return directory / f"{index}.json"


def load_saved(directory: Path | None, index: int, model: type[OutT]) -> OutT | None:
    """The output saved by an earlier run, if any."""
    if directory is None:
        return None
    path = _saved_path(directory, index)
    if not path.exists():
        return None
    try:
        return model.model_validate_json(path.read_bytes())
    except ValueError:
        return None  # unreadable: fetched again by its request id


def save_output(directory: Path | None, index: int, output: OutputModel) -> None:
    """Write `output` as `<index>.json` in `directory`, atomically."""
    if directory is None:
        return
    directory.mkdir(parents=True, exist_ok=True)
    data = output.model_dump_json(by_alias=True, exclude_unset=True).encode()
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{index}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, _saved_path(directory, index))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class _Plan:
    """A batch ready to run: its endpoint, validated inputs, journal and options."""

    endpoint: Any
    payloads: list[Any]
    journal: Journal
    save_to: Path | None
    options: dict[str, Any]
    progress: Progress

    def start(self, index: int) -> BatchItem[Any]:
        known = self.journal.request_ids.get(index)
        item: BatchItem[Any] = BatchItem(index, known, resumed=known is not None)
        if known is not None:
            item.output = load_saved(self.save_to, index, self.endpoint.output_model)
            if item.output is not None:
                item.output._request_id = known
                item.output._endpoint_id = self.endpoint.endpoint_id
        return item

    def done(self, item: BatchItem[Any], output: OutputModel) -> None:
        item.output = output
        save_output(self.save_to, item.index, output)


def plan(
    endpoint: Any,
    inputs: object,
    *,
    journal: str | os.PathLike[str],
    concurrency: object,
    budget: object,
    save_to: str | os.PathLike[str] | None,
    progress: object = None,
) -> _Plan:
    """Check everything before any request: options, every input (InputValidationError with a
    note naming the input), `progress`, and the journal (BatchJournalError for another
    batch's)."""
    values = check_inputs(inputs, concurrency)
    if not isinstance(journal, str | os.PathLike):
        raise InvalidOptionError("journal", f"expected a path, got {type(journal).__name__}")
    payloads = []
    for i, value in enumerate(values):
        try:
            payloads.append(endpoint._input(value))
        except FalError as exc:
            exc.add_note(f"input {i} of the batch")
            raise
    spending = budget_of(endpoint._client.config, budget)  # the call's, else the client's
    options: dict[str, Any] = {} if budget is None else {"budget": budget}
    endpoint._check_options(options, SubmitOptions, "batch")
    stream = progress_stream(progress)
    book = Journal(
        journal, endpoint.endpoint_id, fingerprint(endpoint.endpoint_id, values), len(values)
    )
    directory = None if save_to is None else Path(save_to)
    shown = Progress(stream, endpoint.endpoint_id, len(values), spending)
    return _Plan(endpoint, payloads, book, directory, options, shown)


def run_blocking(batch: _Plan, concurrency: int) -> list[BatchItem[Any]]:
    """Each input on a thread pool of `concurrency` threads."""

    def one(index: int) -> BatchItem[Any]:
        item = batch.start(index)
        if item.output is not None:
            batch.progress.end(item, was_in_flight=False)
            return item
        batch.progress.begin()
        try:
            if item.request_id is None:
                handle = batch.endpoint._submit(batch.payloads[index], batch.options)
                item.request_id = handle.request_id
                batch.journal.record(index, handle.request_id)
            else:
                handle = batch.endpoint.handle(item.request_id)
            batch.done(item, handle.result())
        except FalError as exc:
            item.error = exc
        batch.progress.end(item, was_in_flight=True)
        return item

    try:
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            return list(pool.map(one, range(len(batch.payloads))))
    finally:
        batch.progress.close()


async def run_async(batch: _Plan, concurrency: int) -> list[BatchItem[Any]]:
    """Each input as a task, at most `concurrency` at once."""
    gate = asyncio.Semaphore(concurrency)

    async def one(index: int) -> BatchItem[Any]:
        item = batch.start(index)
        if item.output is not None:
            batch.progress.end(item, was_in_flight=False)
            return item
        async with gate:
            batch.progress.begin()
            try:
                if item.request_id is None:
                    handle = await batch.endpoint._submit(batch.payloads[index], batch.options)
                    item.request_id = handle.request_id
                    # fsync blocks: off the event loop, but finished before the wait begins.
                    await asyncio.to_thread(batch.journal.record, index, handle.request_id)
                else:
                    handle = batch.endpoint.handle(item.request_id)
                batch.done(item, await handle.result())
            except FalError as exc:
                item.error = exc
            batch.progress.end(item, was_in_flight=True)
        return item

    try:
        return list(await asyncio.gather(*(one(i) for i in range(len(batch.payloads)))))
    finally:
        batch.progress.close()
