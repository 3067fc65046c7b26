# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class Seed2MiniMessage(InputModel):
    role: Annotated[
        Literal["system", "user", "assistant"], Field(description="The role of the message author.")
    ]
    """The role of the message author."""

    content: Annotated[
        str | list[dict[str, Any]],
        Field(
            description="The content of the message. Can be a string for text-only messages, or a "
            "list of content parts for multimodal messages (e.g. with images)."
        ),
    ]
    """The content of the message. Can be a string for text-only messages, or a list of content
    parts for multimodal messages (e.g. with images).
    """


class Seed2MiniMessageOutput(OutputModel):
    role: Annotated[
        Literal["system", "user", "assistant"] | str,
        Field(description="The role of the message author."),
    ]
    """The role of the message author."""

    content: Annotated[
        str | list[dict[str, Any]],
        Field(
            description="The content of the message. Can be a string for text-only messages, or a "
            "list of content parts for multimodal messages (e.g. with images)."
        ),
    ]
    """The content of the message. Can be a string for text-only messages, or a list of content
    parts for multimodal messages (e.g. with images).
    """


class BytedanceSeedV2MiniInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt or question for the model.")]
    """The text prompt or question for the model."""

    image_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="URLs of images for visual understanding. Supported formats: JPEG, PNG, "
            "WebP. A maximum of 6 images is supported. Any additional images will be ignored.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP. A maximum of
    6 images is supported. Any additional images will be ignored.
    """

    video_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="URLs of videos for video understanding. Supported formats: MP4, MOV. "
            "Audio comprehension is not supported. A maximum of 3 videos is supported. Any "
            "additional videos will be ignored.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URLs of videos for video understanding. Supported formats: MP4, MOV. Audio comprehension
    is not supported. A maximum of 3 videos is supported. Any additional videos will be
    ignored.
    """

    system_prompt: Annotated[
        str | None | MISSING,
        Field(description="Optional system prompt to guide the model's behavior."),
    ] = MISSING
    """Optional system prompt to guide the model's behavior."""

    messages: Annotated[
        list[Seed2MiniMessage] | None | MISSING,
        Field(
            description="Optional prior conversation history for multi-turn conversations. Pass "
            "back the `messages` field from a previous response to provide context. The current "
            "`prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the "
            "latest user turn."
        ),
    ] = MISSING
    """Optional prior conversation history for multi-turn conversations. Pass back the `messages`
    field from a previous response to provide context. The current `prompt`, `image_urls`,
    `video_urls`, and `system_prompt` are always appended as the latest user turn.
    """

    thinking: Annotated[
        Literal["enabled", "disabled", "auto"],
        Field(
            description="Controls the model's chain-of-thought reasoning. `enabled` always "
            "includes reasoning, `disabled` never includes reasoning, `auto` lets the model "
            "decide based on the query."
        ),
    ] = "enabled"
    """Controls the model's chain-of-thought reasoning. `enabled` always includes reasoning,
    `disabled` never includes reasoning, `auto` lets the model decide based on the query.
    """

    reasoning_effort: Annotated[
        Literal["minimal", "low", "medium", "high"] | None | MISSING,
        Field(
            description="Controls the depth of reasoning before the model responds. Only "
            "applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response, "
            "`low` for faster response with light reasoning, `medium` for balanced speed and "
            "depth, `high` for deep analysis of complex issues."
        ),
    ] = MISSING
    """Controls the depth of reasoning before the model responds. Only applicable when `thinking`
    is `enabled` or `auto`. `minimal` for immediate response, `low` for faster response with
    light reasoning, `medium` for balanced speed and depth, `high` for deep analysis of
    complex issues.
    """

    max_completion_tokens: Annotated[
        int,
        Field(
            description="Controls the maximum length of the model's output, including both the "
            "model's response and its chain-of-thought content, measured in tokens.",
            ge=1,
            le=65536,
        ),
    ] = 4096
    """Controls the maximum length of the model's output, including both the model's response and
    its chain-of-thought content, measured in tokens.
    """

    temperature: Annotated[
        float,
        Field(
            description="Controls randomness in the response. Lower values make output more "
            "focused and deterministic, higher values make it more creative.",
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    """Controls randomness in the response. Lower values make output more focused and
    deterministic, higher values make it more creative.
    """

    top_p: Annotated[
        float,
        Field(
            description="Nucleus sampling parameter. The model considers tokens with top_p "
            "cumulative probability mass. Lower values narrow the token selection.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.7
    """Nucleus sampling parameter. The model considers tokens with top_p cumulative probability
    mass. Lower values narrow the token selection.
    """


class BytedanceSeedV2MiniOutput(OutputModel):
    output: Annotated[str, Field(description="The model's text response.")]
    """The model's text response."""

    reasoning_content: Annotated[
        str | None | MISSING,
        Field(
            description="The model's chain-of-thought reasoning content. Only present when "
            "`thinking` is `enabled` or `auto`."
        ),
    ] = MISSING
    """The model's chain-of-thought reasoning content. Only present when `thinking` is `enabled`
    or `auto`.
    """

    messages: Annotated[
        list[Seed2MiniMessageOutput],
        Field(
            description="The full conversation history including the model's response. Pass this "
            "back as the `messages` input field to continue the conversation."
        ),
    ]
    """The full conversation history including the model's response. Pass this back as the
    `messages` input field to continue the conversation.
    """
