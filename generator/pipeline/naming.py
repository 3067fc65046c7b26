"""Python names derived from fal endpoint ids and wire names; one place so names stay stable."""

from __future__ import annotations

import keyword
import re

from pydantic import BaseModel

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


def endpoint_names(
    endpoint_id: str, python_name: str | None = None
) -> tuple[tuple[str, ...], str, str]:
    """(client attribute path, module, class stem) of an endpoint: derived from its id, or from
    the spec's `python_name` (a dotted attribute path), which pins the names of an id whose
    derived names another endpoint already had when it was imported."""
    if python_name is None:
        return attribute_path(endpoint_id), module_name(endpoint_id), class_stem(endpoint_id)
    path = tuple(python_name.split("."))
    stem = pascal("/".join(path))
    return path, "_".join(path).lstrip("_"), stem if not stem[0].isdigit() else "M" + stem


def pinned_name(endpoint_id: str, taken: set[str]) -> str | None:
    """A `python_name` for `endpoint_id` when one of its derived names is in `taken` (the
    attribute paths, modules and class stems of the other endpoints), else None: the last
    segment gets the owner (`bria/x` → `x_bria`), then a number, until nothing clashes."""
    path, module, stem = endpoint_names(endpoint_id)
    if not {".".join(path), module, stem} & taken:
        return None
    owner = snake(endpoint_id.split("/")[0])
    for n in range(1, 1000):
        last = f"{path[-1]}_{owner}" + (f"_{n}" if n > 1 else "")
        candidate = ".".join((*path[:-1], last))
        names = endpoint_names(endpoint_id, candidate)
        if not {".".join(names[0]), names[1], names[2]} & taken:
            return candidate
    raise ValueError(f"no free name for {endpoint_id}")


def taken_names(endpoint_id: str, python_name: str | None) -> set[str]:
    path, module, stem = endpoint_names(endpoint_id, python_name)
    return {".".join(path), module, stem}


def python_identifier(name: str) -> str:
    """Keywords and builtins-clashing names get a trailing underscore (`from` → `from_`)."""
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED:
        return name + "_"
    return name


def field_python_name(wire_name: str) -> str:
    """A model attribute: snake_case; a leading digit gets `field_` (`2x` → `field_2x`: a leading
    underscore would make it private to pydantic); keywords and BaseModel members get `_`."""
    name = snake(wire_name)
    if name.startswith("_") and name[1:2].isdigit():
        name = "field" + name
    if name == "self":  # a model attribute may be called self; the methods' keyword is `self_`
        return name
    if name in _MODEL_MEMBERS:
        return name + "_"
    return python_identifier(name)


# pydantic's BaseModel members (`json`, `copy`, `validate`, `model_dump`, …): a field named so
# gets a trailing underscore, as datamodel-code-generator does.
_MODEL_MEMBERS = frozenset(n for n in dir(BaseModel) if not n.startswith("_"))

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
