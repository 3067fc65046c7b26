# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/dodge-burn` (Post Processing Dodge Burn)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models._uploads import FileInput
from fal_models.models.post_processing_dodge_burn import (
    PostProcessingDodgeBurnInput,
    PostProcessingDodgeBurnOutput,
)

__all__ = [
    "PostProcessingDodgeBurn",
    "AsyncPostProcessingDodgeBurn",
    "PostProcessingDodgeBurnInput",
    "PostProcessingDodgeBurnOutput",
]


class PostProcessingDodgeBurn(
    SyncEndpoint[PostProcessingDodgeBurnInput, PostProcessingDodgeBurnOutput]
):
    """Post Processing Dodge Burn (`fal-ai/post-processing/dodge-burn`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/dodge-burn/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/dodge-burn"
    input_model: ClassVar[type[PostProcessingDodgeBurnInput]] = PostProcessingDodgeBurnInput
    output_model: ClassVar[type[PostProcessingDodgeBurnOutput]] = PostProcessingDodgeBurnOutput
    Input = PostProcessingDodgeBurnInput
    Output = PostProcessingDodgeBurnOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingDodgeBurnOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingDodgeBurnOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingDodgeBurnOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingDodgeBurnOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingDodgeBurn(
    AsyncEndpoint[PostProcessingDodgeBurnInput, PostProcessingDodgeBurnOutput]
):
    """Post Processing Dodge Burn (`fal-ai/post-processing/dodge-burn`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/dodge-burn/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/dodge-burn"
    input_model: ClassVar[type[PostProcessingDodgeBurnInput]] = PostProcessingDodgeBurnInput
    output_model: ClassVar[type[PostProcessingDodgeBurnOutput]] = PostProcessingDodgeBurnOutput
    Input = PostProcessingDodgeBurnInput
    Output = PostProcessingDodgeBurnOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingDodgeBurnOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingDodgeBurnOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingDodgeBurnOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingDodgeBurnOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
            }
        )
        return self._stream(payload, options)
