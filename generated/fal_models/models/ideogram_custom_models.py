# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class IdeogramCustomModelsInput(InputModel):
    images_data_url: Annotated[
        str,
        Field(
            description="URL of a ZIP archive of training images. The archive must contain "
            "between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar "
            "files (``<stem>.txt``) to guide training -- captions are matched to images by "
            "filename stem.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of a ZIP archive of training images. The archive must contain between 10 and 100
    images (JPEG, PNG, or WebP). You may include caption sidecar files (``<stem>.txt``) to
    guide training -- captions are matched to images by filename stem.
    """


class IdeogramCustomModelsOutput(OutputModel):
    model_id: Annotated[str, Field(description="The Ideogram model id. Pass this to /generate.")]
    """The Ideogram model id. Pass this to /generate."""

    custom_model_uri: Annotated[
        str,
        Field(
            description="The trained model's URI. ``/generate`` resolves this automatically from "
            "the ``model_id``, but it is surfaced here for callers that use the "
            "``custom_model_uri`` on the public Ideogram v3 generate endpoint directly."
        ),
    ]
    """The trained model's URI. ``/generate`` resolves this automatically from the ``model_id``,
    but it is surfaced here for callers that use the ``custom_model_uri`` on the public
    Ideogram v3 generate endpoint directly.
    """
