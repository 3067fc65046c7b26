"""Python names derived from fal endpoint ids and wire names; one place so names stay stable."""

from __future__ import annotations

import keyword
import re

DEFAULT_OWNER = "fal-ai"

_WORD = re.compile(r"[A-Za-z0-9]+")


def snake(text: str) -> str:
    """`text-to-image` → `text_to_image`, `v4.5` → `v4_5`, `imageSize` → `image_size`."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    out = "_".join(w.lower() for w in _WORD.findall(text))
    if not out:
        raise ValueError(f"cannot derive a Python name from {text!r}")
    if out[0].isdigit():
        out = "_" + out
    return out


def pascal(text: str) -> str:
    """`seedream/v4/text-to-image` → `SeedreamV4TextToImage`; `v4.5` → `V45`."""
    return "".join(w[:1].upper() + w[1:] for w in _WORD.findall(text.replace(".", "")))


def id_segments(endpoint_id: str) -> list[str]:
    """The id's segments without fal's default owner, which every attribute path would repeat."""
    segments = endpoint_id.split("/")
    if segments[0] == DEFAULT_OWNER:
        segments = segments[1:]
    return segments


def attribute_path(endpoint_id: str) -> tuple[str, ...]:
    """`fal-ai/bytedance/seedream/v4/text-to-image` → (bytedance, seedream, v4, text_to_image).

    A segment that is a member of the clients or of the endpoint classes (`run`, `close`, …) gets
    a trailing underscore wherever it appears, so a name never depends on which other endpoints
    exist (an endpoint may also be the namespace of the ids below it)."""
    return tuple(_attribute(snake(s)) for s in id_segments(endpoint_id))


def _attribute(name: str) -> str:
    name = python_identifier(name)
    return name + "_" if name in CLIENT_MEMBERS else name


def module_name(endpoint_id: str) -> str:
    return "_".join(attribute_path(endpoint_id)).lstrip("_")


def class_stem(endpoint_id: str) -> str:
    stem = pascal("/".join(id_segments(endpoint_id)))
    return stem if not stem[0].isdigit() else "M" + stem


def python_identifier(name: str) -> str:
    """Keywords and builtins-clashing names get a trailing underscore (`from` → `from_`)."""
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED:
        return name + "_"
    return name


def field_python_name(wire_name: str) -> str:
    return python_identifier(snake(wire_name))


# Attribute names an endpoint method also takes as options or that pydantic reserves.
_RESERVED = frozenset({"self", "model_config", "model_fields", "json", "dict", "copy", "schema"})


# Public members of the clients (FalClient, AsyncFalClient) and of the endpoint classes, which
# an attribute path segment must not shadow (tests/generator/test_naming.py keeps this complete).
CLIENT_MEMBERS = frozenset(
    {
        "close",
        "config",
        "deprecated",
        "drive",
        "endpoint",
        "endpoint_id",
        "handle",
        "input_model",
        "iterate",
        "output_model",
        "queue_url",
        "run",
        "run_url",
        "submit",
        "subscribe",
        "upload",
        "upload_file",
    }
)
