"""Values from an endpoint's pydantic models: valid example inputs, and outputs synthesized from
JSON schemas (defaults and examples where given, else the smallest value within bounds)."""

from __future__ import annotations

import functools
import math
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from fal_models.testing._media import MEDIA, Media, data_uri

__all__ = ["example_input", "example_output", "synthesize_output"]

# Below this depth, optional values and lists are left empty, so recursive types end.
_DEEP = 6


class _Synthesizer:
    """A valid instance of a pydantic JSON schema: defaults and examples where given, else the
    smallest value within bounds; objects with a `url` field become hosted files."""

    def __init__(
        self,
        root: Mapping[str, Any],
        host: Callable[[Media], str],
        *,
        required_only: bool = False,
        file_count: int = 1,
    ) -> None:
        self._defs: Mapping[str, Any] = root.get("$defs", {})
        self._host = host
        self._required_only = required_only
        self._file_count = file_count

    def value(self, schema: Mapping[str, Any], name: str = "", depth: int = 0) -> Any:
        schema = self._resolve(schema)
        if self._is_file(schema):
            return self._file(schema, name, depth)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        if schema.get("default") is not None:
            return schema["default"]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [self._resolve(s) for s in schema[key]]
                if depth > _DEEP and any(s.get("type") == "null" for s in options):
                    return None  # a recursive type ends where it may
                chosen = next((s for s in options if s.get("type") != "null"), options[0])
                return self.value(chosen, name, depth)
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                merged.update(self._resolve(part))
            return self.value(merged, name, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        examples = schema.get("examples")
        primitive = kind in ("string", "integer", "number", "boolean")
        if primitive and isinstance(examples, list) and examples:
            return examples[0]
        if kind == "object" or (kind is None and "properties" in schema):
            return self._object(schema, depth)
        if kind == "array" or (kind is None and "items" in schema):
            return self._array(schema, name, depth)
        if kind == "string":
            return _string(schema, name)
        if kind == "integer":
            return int(_number(schema, 1, integer=True))
        if kind == "number":
            return _number(schema, 0.5, integer=False)
        if kind == "boolean":
            return False
        return None

    def _resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            target = self._defs[str(schema["$ref"]).rsplit("/", 1)[-1]]
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return schema

    def _is_file(self, schema: Mapping[str, Any]) -> bool:
        props = schema.get("properties")
        if not isinstance(props, Mapping) or "url" not in props:
            return False
        url = self._resolve(props["url"])
        return url.get("type") == "string" or any(
            self._resolve(s).get("type") == "string" for s in url.get("anyOf", ())
        )

    def _object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        props: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        # Optional fields make outputs look real; deep down they only risk recursion.
        optional = not self._required_only and depth < 4
        out = {
            key: self.value(sub, key, depth + 1)
            for key, sub in props.items()
            if key in required or optional
        }
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, Mapping) and extra:
            out["example"] = self.value(extra, "example", depth + 1)
        return out

    def _array(self, schema: Mapping[str, Any], name: str, depth: int) -> list[Any]:
        if "prefixItems" in schema:  # a tuple: each item its own type
            return [self.value(s, name, depth + 1) for s in schema["prefixItems"]]
        items = self._resolve(schema.get("items") or {})
        count = self._file_count if depth == 1 and self._is_file(items) else 1
        if depth > _DEEP:
            count = 0  # a recursive type ends where it may
        count = max(count, int(schema.get("minItems", 0)))
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        return [self.value(items, name, depth + 1) for _ in range(count)]

    def _file(self, schema: Mapping[str, Any], name: str, depth: int) -> dict[str, Any]:
        props: Mapping[str, Any] = schema.get("properties", {})
        media = MEDIA["image"] if "width" in props else MEDIA[_kind(name, schema)]
        known = {
            "url": self._host(media),
            "content_type": media.content_type,
            "file_name": media.file_name,
            "file_size": len(media.data),
            "width": media.width,
            "height": media.height,
        }
        required = set(schema.get("required", ()))
        out: dict[str, Any] = {}
        for key, sub in props.items():
            if key in known and known[key] is not None:
                out[key] = known[key]
            elif key in required:
                out[key] = self.value(sub, key, depth + 1)
        return out


# Words that say what kind of file a field holds, by MEDIA key; the first kind named wins.
_KIND_WORDS = {
    "archive": {"zip", "archive", "npz", "directory", "dir", "gz"},
    "model": {"glb", "gltf", "mesh", "meshes", "obj", "fbx", "usdz", "ply", "splat", "splats"}
    | {"mtl", "3d", "model"},
    "weights": {"lora", "safetensors", "weights", "embedding", "checkpoint"},
    "json": {"json", "config", "lottie"},
    "file": {"caption", "captions", "transcript", "subtitle", "subtitles", "srt", "txt"},
    "video": {"video", "videos", "mp4", "webm"},
    "audio": {"audio", "audios", "speech", "wav", "mp3", "vocals", "drums", "bass", "guitar"}
    | {"piano", "instruments", "residual"},
    "image": {"image", "images", "thumbnail", "spritesheet", "texture", "textures", "png"}
    | {"frame", "render", "rendered", "preview"},
}
_WORD = re.compile(r"[a-z0-9]+")


def _kind(name: str, schema: Mapping[str, Any]) -> str:
    """What kind of file a field of this schema holds, from the field's name, then its type's
    title (`VideoFile`), then its description: the MEDIA key to synthesize."""
    for text in (name, str(schema.get("title", "")), str(schema.get("description", ""))):
        text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).lower()
        for word in _WORD.findall(text):
            kind = next((k for k, words in _KIND_WORDS.items() if word in words), None)
            if kind is not None:
                return kind
    return "file"


def _string(schema: Mapping[str, Any], name: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        value = datetime.now(UTC).isoformat()
    elif fmt == "date":
        value = datetime.now(UTC).date().isoformat()
    elif fmt in ("uri", "url"):
        value = "https://example.com/emulated"
    elif fmt == "email":
        value = "emulated@example.com"
    elif fmt == "uuid":
        value = str(uuid.uuid4())
    else:
        value = f"emulated {name}".strip()
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(value) < low:
        value = value.ljust(low, "x")
    return value[: int(high)] if high is not None else value


def _number(schema: Mapping[str, Any], guess: float, *, integer: bool) -> float:
    step = 1 if integer else 0.01
    low = schema.get("minimum")
    if "exclusiveMinimum" in schema:
        low = schema["exclusiveMinimum"] + step
    high = schema.get("maximum")
    if "exclusiveMaximum" in schema:
        high = schema["exclusiveMaximum"] - step
    value = guess
    if low is not None and high is not None:
        value = min(max(guess, low), high)
    elif low is not None:
        value = max(guess, low)
    elif high is not None:
        value = min(guess, high)
    multiple = schema.get("multipleOf")
    if multiple:
        value = math.ceil(value / multiple) * multiple
        if high is not None and value > high:
            value -= multiple
    return math.ceil(value) if integer else value


@functools.cache
def _schema(model: type[BaseModel]) -> dict[str, Any]:
    """A model's JSON schema; pydantic builds it afresh on every call, which costs milliseconds."""
    return model.model_json_schema()


def example_output(output_model: type[BaseModel], input: Mapping[str, Any] | None = None) -> Any:
    """A valid output of `output_model` (strict parsing accepts it), with files inlined as data
    URIs. With `input`, the `seed`, `prompt` and `num_images` given there are echoed."""
    return synthesize_output(output_model, input or {}, data_uri)


def example_input(input_model: type[BaseModel]) -> dict[str, Any]:
    """A valid input of `input_model`: its required fields only, file fields as image data URIs."""
    schema = _schema(input_model)
    synth = _Synthesizer(schema, data_uri, required_only=True)
    out: dict[str, Any] = {}
    props: Mapping[str, Any] = schema.get("properties", {})
    for key in schema.get("required", ()):
        sub = props[key]
        if sub.get("x-fal-file"):
            url = data_uri(MEDIA["image"])
            branches = [sub, *sub.get("anyOf", ())]
            out[key] = [url] if any(b.get("type") == "array" for b in branches) else url
        else:
            out[key] = synth.value(sub, key, 1)
    return out


def synthesize_output(
    output_model: type[BaseModel], input: Mapping[str, Any], host: Callable[[Media], str]
) -> Any:
    """An output of `output_model` for `input`; `host` turns each file into its URL."""
    schema = _schema(output_model)
    count = input.get("num_images")
    file_count = min(max(count, 1), 8) if isinstance(count, int) else 1
    synth = _Synthesizer(schema, host, file_count=file_count)
    output = synth.value(schema)
    props: Mapping[str, Any] = schema.get("properties", {})
    for key, kind in (("seed", int), ("prompt", str)):
        value = input.get(key)
        if key in props and isinstance(value, kind) and not isinstance(value, bool):
            output[key] = value
    return output
