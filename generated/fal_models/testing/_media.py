"""Tiny real media files (a PNG, a WAV, an MP4 header, a GLB, a zip archive, safetensors weights,
JSON and text) that stand in for what a model would generate, and for files uploaded to the
emulator's storage."""

from __future__ import annotations

import base64
import io
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass

__all__ = ["IMAGE_SIZE", "MEDIA", "Media", "data_uri"]


def _png(width: int, height: int, rgb: tuple[int, int, int] = (255, 112, 0)) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _wav(samples: int = 800, rate: int = 8000) -> bytes:
    data = b"\x00\x00" * samples
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 36 + len(data))
        + b"WAVEfmt "
        + fmt
        + b"data"
        + struct.pack("<I", len(data))
        + data
    )


def _glb() -> bytes:
    """A valid glTF 2.0 binary with an empty scene: the 12-byte header and one JSON chunk."""
    scene = json.dumps({"asset": {"version": "2.0"}, "scenes": [{}], "scene": 0}).encode()
    scene += b" " * (-len(scene) % 4)
    chunk = struct.pack("<I", len(scene)) + b"JSON" + scene
    return b"glTF" + struct.pack("<II", 2, 12 + len(chunk)) + chunk


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # A fixed timestamp: the same bytes on every run.
        archive.writestr(zipfile.ZipInfo("output.txt", (2026, 1, 1, 0, 0, 0)), "emulated\n")
    return buffer.getvalue()


def _safetensors() -> bytes:
    """Weights without tensors: the 8-byte header length, then the (empty) JSON header."""
    header = b'{"__metadata__":{"format":"pt"}}'
    header += b" " * (-len(header) % 8)
    return struct.pack("<Q", len(header)) + header


@dataclass(frozen=True)
class Media:
    content_type: str
    file_name: str
    data: bytes
    width: int | None = None
    height: int | None = None


IMAGE_SIZE = 64
MEDIA: dict[str, Media] = {
    "image": Media("image/png", "image.png", _png(IMAGE_SIZE, IMAGE_SIZE), IMAGE_SIZE, IMAGE_SIZE),
    "audio": Media("audio/wav", "audio.wav", _wav()),
    # Not a playable video: a real MP4 header box, enough for content sniffing.
    "video": Media("video/mp4", "video.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 16),
    "model": Media("model/gltf-binary", "model.glb", _glb()),
    "archive": Media("application/zip", "archive.zip", _zip()),
    "weights": Media("application/octet-stream", "weights.safetensors", _safetensors()),
    "json": Media("application/json", "output.json", b'{"emulated": true}\n'),
    "file": Media("text/plain", "output.txt", b"emulated output\n"),
}


def data_uri(media: Media) -> str:
    return f"data:{media.content_type};base64,{base64.b64encode(media.data).decode('ascii')}"
