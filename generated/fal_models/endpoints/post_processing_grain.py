# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/grain` (Post Processing Grain)."""

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
from fal_models.models.post_processing_grain import (
    PostProcessingGrainInput,
    PostProcessingGrainOutput,
)

__all__ = [
    "PostProcessingGrain",
    "AsyncPostProcessingGrain",
    "PostProcessingGrainInput",
    "PostProcessingGrainOutput",
]


class PostProcessingGrain(SyncEndpoint[PostProcessingGrainInput, PostProcessingGrainOutput]):
    """Post Processing Grain (`fal-ai/post-processing/grain`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/grain/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/grain"
    input_model: ClassVar[type[PostProcessingGrainInput]] = PostProcessingGrainInput
    output_model: ClassVar[type[PostProcessingGrainOutput]] = PostProcessingGrainOutput
    Input = PostProcessingGrainInput
    Output = PostProcessingGrainOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingGrainOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            grain_intensity: Film grain intensity. Default: 0.4. Limits: minimum 0, maximum 1,
                multiple of 0.01.
            grain_scale: Film grain scale. Default: 10. Limits: minimum 1, maximum 100.
            grain_style: Style of film grain to apply. Default: "modern".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingGrainOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            grain_intensity: Film grain intensity. Default: 0.4. Limits: minimum 0, maximum 1,
                multiple of 0.01.
            grain_scale: Film grain scale. Default: 10. Limits: minimum 1, maximum 100.
            grain_style: Style of film grain to apply. Default: "modern".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingGrainOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            grain_intensity: Film grain intensity. Default: 0.4. Limits: minimum 0, maximum 1,
                multiple of 0.01.
            grain_scale: Film grain scale. Default: 10. Limits: minimum 1, maximum 100.
            grain_style: Style of film grain to apply. Default: "modern".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingGrainOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            grain_intensity: Film grain intensity. Default: 0.4. Limits: minimum 0, maximum 1,
                multiple of 0.01.
            grain_scale: Film grain scale. Default: 10. Limits: minimum 1, maximum 100.
            grain_style: Style of film grain to apply. Default: "modern".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingGrain(AsyncEndpoint[PostProcessingGrainInput, PostProcessingGrainOutput]):
    """Post Processing Grain (`fal-ai/post-processing/grain`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/grain/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/grain"
    input_model: ClassVar[type[PostProcessingGrainInput]] = PostProcessingGrainInput
    output_model: ClassVar[type[PostProcessingGrainOutput]] = PostProcessingGrainOutput
    Input = PostProcessingGrainInput
    Output = PostProcessingGrainOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingGrainOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            grain_intensity: Film grain intensity. Default: 0.4. Limits: minimum 0, maximum 1,
                multiple of 0.01.
            grain_scale: Film grain scale. Default: 10. Limits: minimum 1, maximum 100.
            grain_style: Style of film grain to apply. Default: "modern".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingGrainOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            grain_intensity: Film grain intensity. Default: 0.4. Limits: minimum 0, maximum 1,
                multiple of 0.01.
            grain_scale: Film grain scale. Default: 10. Limits: minimum 1, maximum 100.
            grain_style: Style of film grain to apply. Default: "modern".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingGrainOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            grain_intensity: Film grain intensity. Default: 0.4. Limits: minimum 0, maximum 1,
                multiple of 0.01.
            grain_scale: Film grain scale. Default: 10. Limits: minimum 1, maximum 100.
            grain_style: Style of film grain to apply. Default: "modern".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingGrainOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            grain_intensity: Film grain intensity. Default: 0.4. Limits: minimum 0, maximum 1,
                multiple of 0.01.
            grain_scale: Film grain scale. Default: 10. Limits: minimum 1, maximum 100.
            grain_style: Style of film grain to apply. Default: "modern".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
            }
        )
        return self._stream(payload, options)
