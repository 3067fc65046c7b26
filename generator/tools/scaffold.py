"""`python -m generator new ENDPOINT_ID`: a commented spec to fill in, valid as written."""

from __future__ import annotations

import re
from pathlib import Path

from generator.pipeline import naming

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*(/[a-zA-Z0-9][a-zA-Z0-9._-]*)+$")

_TEMPLATE = """\
# yaml-language-server: $schema=../spec.schema.json
# A new fal endpoint. The format is documented in specs/README.md. If fal publishes an OpenAPI
# document for this endpoint, `python -m generator import-openapi URL` writes all of this for you.
id: {endpoint_id}
title: {title}
description: What the model does, in one or two sentences (shown in docstrings and the docs page).
category: {category}
docs_url: https://fal.ai/models/{endpoint_id}/api
status: active  # or deprecated (then add `replacement: other/endpoint-id`)
notes:
  - Written by hand with `python -m generator new`; say where the schema came from.

input:
  fields:
    # One entry per field, in fal's display order. `name` is the wire name.
    - name: prompt
      type: string  # string, integer, number, boolean, any, list[T], map[T], a type name, A | B
      required: true
      description: The prompt to generate an image from.
      examples: [a lighthouse at dusk, watercolour]
    - name: num_images
      type: integer
      default: 1  # fal's default: documented, never sent by the client
      minimum: 1
      maximum: 4
      description: Number of images to generate.
    # A field that takes a file URL: the client also accepts a Path, bytes or a PIL image.
    # - name: image_url
    #   type: string
    #   required: true
    #   file: true
    #   description: The image to edit.

output:
  fields:
    - name: images
      type: list[Image]  # Image and File are shared types (specs/shared.yaml)
      required: true
      description: The generated images.
    - name: seed
      type: integer
      description: The seed used for generation.

# Named types local to this endpoint (objects or enums), referenced from `type`:
# types:
#   Style:
#     enum: [auto, realistic, design]
#     description: The style of the image.

# The request and response of the docs' example (wire names); checked against the fields above.
example_input:
  prompt: a lighthouse at dusk, watercolour
"""


def scaffold(endpoint_id: str, specs_dir: Path, category: str = "text-to-image") -> Path:
    """Write `specs_dir/endpoints/<id>.yaml`; refuse an invalid id or an existing spec."""
    if not _ID.match(endpoint_id):
        raise ValueError(
            f"{endpoint_id!r} is not a fal endpoint id (owner/alias[/sub/path], lowercase owner)"
        )
    path = specs_dir / "endpoints" / (endpoint_id.replace("/", "__") + ".yaml")
    if path.exists():
        raise FileExistsError(f"{path} already exists; edit it, or re-import fal's document")
    title = " ".join(
        w[:1].upper() + w[1:] for w in re.split(r"[/_-]", "/".join(naming.id_segments(endpoint_id)))
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        _TEMPLATE.format(endpoint_id=endpoint_id, title=title, category=category), encoding="utf-8"
    )
    return path
