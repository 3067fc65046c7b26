"""Python names derived from fal endpoint ids and wire names; one place so names stay stable."""

from __future__ import annotations

import keyword
import re

from pydantic import BaseModel

DEFAULT_OWNER = "fal-ai"

_WORD = re.compile(r"[A-Za-z0-9]+")


def snake(text: str) -> str:
    """`text-to-image` → `text_to_image`, `v4.5` → `v4_5`, `imageSize` → `image_size`; a
    leading digit gets `_` (`4b` → `_4b`), which callers replace by a public prefix."""
    out = _snake_words(text)
    return "_" + out if out[0].isdigit() else out


def _snake_words(text: str) -> str:
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    out = "_".join(w.lower() for w in _WORD.findall(text))
    if not out:
        raise ValueError(f"cannot derive a Python name from {text!r}")
    return out


def pascal(text: str) -> str:
    """`seedream/v4/text-to-image` → `SeedreamV4TextToImage`: each run of letters and digits
    capitalised and joined. Where two digit runs would touch (`v4.5`, `1.6b`, `sam-3-1`) an
    underscore keeps them apart: `seedream/v4.5/edit` → `SeedreamV4_5Edit`, `sana/v1.5/1.6b` →
    `SanaV1_5_1_6b`, so `4.5` never reads as 45 and distinct ids keep distinct names."""
    out = ""
    for word in _WORD.findall(text):
        if out[-1:].isdigit() and word[0].isdigit():
            out += "_"
        out += word[:1].upper() + word[1:]
    return out


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
    exist (an endpoint may also be the namespace of the ids below it). A segment that starts with
    a digit gets `v` (see `segment_name`)."""
    return tuple(_attribute(segment_name(s)) for s in id_segments(endpoint_id))


DIGIT_PREFIX = "v"


def segment_name(segment: str) -> str:
    """An id segment as a public Python name: `text-to-image` → `text_to_image`; one that starts
    with a digit gets `v`: `4b` → `v4b`, `3.2` → `v3_2`, `512` → `v512`.

    Such a segment names a variant of the model above it: a release (`bria/reimagine/3.2`), a
    size (`flux-2/klein/4b`, `sana/v1.5/1.6b`) or a resolution (`switti/512`). fal itself writes
    most releases as `v<digits>` (`v3`, `v4.5`), so `v` makes these read like their neighbours
    (`client.sana.v1_5.v1_6b`, `client.bria.reimagine.v3_2`), as "variant" where it is a size.
    A leading underscore (`_4b`) would read as private; a clash with a sibling that already
    has the `v` is rejected by the loader like any other."""
    name = _snake_words(segment)
    return DIGIT_PREFIX + name if name[0].isdigit() else name


def _attribute(name: str) -> str:
    name = python_identifier(name)
    return name + "_" if name in CLIENT_MEMBERS else name


def module_name(endpoint_id: str) -> str:
    """`fal-ai/flux-2/klein/4b` → `flux_2_klein_v4b`: the attribute path joined by `_`."""
    return "_".join(attribute_path(endpoint_id))


def class_stem(endpoint_id: str) -> str:
    """`fal-ai/flux-2/klein/4b` → `Flux2Klein4b` (see `pascal`); an id whose name would start
    with a digit gets `V`, as its attribute gets `v`."""
    return _stem(pascal("/".join(id_segments(endpoint_id))))


def _stem(name: str) -> str:
    return DIGIT_PREFIX.upper() + name if name[0].isdigit() else name


def endpoint_names(
    endpoint_id: str, python_name: str | None = None
) -> tuple[tuple[str, ...], str, str]:
    """(client attribute path, module, class stem) of an endpoint: derived from its id, or from
    the spec's `python_name` (a dotted attribute path), which pins the names of an id whose
    derived names another endpoint already had when it was imported."""
    if python_name is None:
        return attribute_path(endpoint_id), module_name(endpoint_id), class_stem(endpoint_id)
    path = tuple(python_name.split("."))
    return path, "_".join(path).lstrip("_"), _stem(pascal("/".join(path)))


def pinned_name(endpoint_id: str, taken: set[str]) -> str | None:
    """A `python_name` for `endpoint_id` when one of its derived names is in `taken` (the
    attribute paths, modules and class stems of the other endpoints), else None: the last
    segment gets the owner (`bria/x` → `x_bria`), then a number, until nothing clashes."""
    path, module, stem = endpoint_names(endpoint_id)
    if not {".".join(path), module, stem} & taken:
        return None
    owner = _snake_words(endpoint_id.split("/")[0])
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
# `response_info` is the runtime's OutputModel's own.
_MODEL_MEMBERS = frozenset(n for n in dir(BaseModel) if not n.startswith("_")) | {"response_info"}

# Attribute names an endpoint method also takes as options or that pydantic reserves.
_RESERVED = frozenset({"self", "model_config", "model_fields", "json", "dict", "copy", "schema"})


# Public members of the clients (FalClient, AsyncFalClient) and of the endpoint classes, which
# an attribute path segment must not shadow (tests/generator/test_naming.py keeps this complete).
CLIENT_MEMBERS = frozenset(
    {
        "any_endpoint",
        "batch",
        "billed_cost",
        "close",
        "config",
        "cost",
        "deprecated",
        "drive",
        "endpoint",
        "endpoint_id",
        "estimate",
        "handle",
        "input_model",
        "iterate",
        "output_model",
        "pricing",
        "queue_url",
        "realtime",
        "run",
        "run_url",
        "stream",
        "submit",
        "subscribe",
        "upload",
        "upload_file",
    }
)
