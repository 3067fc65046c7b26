"""The emulator's realtime WebSockets, on a loopback port of their own (websockets' threaded
server): `/{endpoint id}/realtime?fal_jwt_token=...`, msgpack frames both ways, each input
answered with its output or an `x-fal-error` frame, as fal's realtime apps do. A socket whose
token is unknown or expired, or revoked while it is open (`revoke_realtime_tokens()`), gets
fal's `{"status": "error", "error": "Unauthorized"}` frame, then a 1008 close."""

from __future__ import annotations

import contextlib
import json
import threading
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

if TYPE_CHECKING:
    from fal_models.testing._core import EmulatorCore
    from fal_models.testing._routes import Bases

__all__ = ["RealtimeServer"]


class RealtimeServer:
    """Serves realtime sessions for `core` from a background thread until `stop()`; `inputs`
    keeps every input received, `frames` the kind of each (`binary` msgpack or `text` JSON),
    `urls` every socket URL (the token in its query). `close_sessions()` closes the open ones
    as a crashed runner would."""

    def __init__(self, core: EmulatorCore, bases: Bases, host: str = "127.0.0.1") -> None:
        from websockets.sync.server import serve

        self._core = core
        self._bases = bases
        self.inputs: list[Any] = []
        self.frames: list[str] = []
        self.urls: list[str] = []
        self._open: set[Any] = set()
        self._lock = threading.Lock()
        self._server = serve(self._session, host, 0)
        port = self._server.socket.getsockname()[1]
        self.url: str = f"ws://{host}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, name=f"fal-emulator-realtime-{port}", daemon=True
        )
        self._thread.start()

    def close_sessions(self, code: int = 1011, reason: str = "runner crashed") -> int:
        """Close every open session with `code` (default 1011, an internal error: an abnormal
        close, which clients raise as an error); returns how many were open."""
        if isinstance(code, bool) or not isinstance(code, int) or not 1000 <= code <= 4999:
            raise ValueError(f"code must be a WebSocket close code (1000-4999), not {code!r}")
        with self._lock:
            sockets = list(self._open)
        for socket in sockets:
            socket.close(code, reason)
        return len(sockets)

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join()

    def _session(self, socket: Any) -> None:
        target = urlsplit(socket.request.path)
        self.urls.append(socket.request.path)
        token = dict(parse_qsl(target.query)).get("fal_jwt_token", "")
        endpoint_id = self._core.realtime_endpoint(target.path, token)
        if endpoint_id is None:
            _unauthorized(socket)
            return
        with self._lock:
            self._open.add(socket)
        try:
            self._serve(socket, endpoint_id, token)
        finally:
            with self._lock:
                self._open.discard(socket)

    def _serve(self, socket: Any, endpoint_id: str, token: str) -> None:
        import msgpack
        from websockets.exceptions import ConnectionClosed

        with contextlib.suppress(ConnectionClosed):
            for frame in socket:
                if not self._core.realtime_token_valid(token):
                    _unauthorized(socket)
                    return
                data = msgpack.unpackb(frame) if isinstance(frame, bytes) else json.loads(frame)
                self.inputs.append(data)
                self.frames.append("binary" if isinstance(frame, bytes) else "text")
                output, failure = self._core.realtime_answer(endpoint_id, data, self._bases)
                if failure is not None:
                    _error(socket, "VALIDATION_ERROR", failure)
                else:
                    socket.send(msgpack.packb(output, use_bin_type=True))


def _unauthorized(socket: Any) -> None:
    socket.send(json.dumps({"status": "error", "error": "Unauthorized"}))
    socket.close(1008, "Unauthorized")


def _error(socket: Any, error: str, reason: str) -> None:
    socket.send(json.dumps({"type": "x-fal-error", "error": error, "reason": reason}))
