# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/reference-to-video` (Vidu Reference To Video)."""

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
from fal_models.models.vidu_reference_to_video import (
    ViduReferenceToVideoInput,
    ViduReferenceToVideoOutput,
)

__all__ = [
    "ViduReferenceToVideo",
    "AsyncViduReferenceToVideo",
    "ViduReferenceToVideoInput",
    "ViduReferenceToVideoOutput",
]


class ViduReferenceToVideo(SyncEndpoint[ViduReferenceToVideoInput, ViduReferenceToVideoOutput]):
    """Vidu Reference To Video (`fal-ai/vidu/reference-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/reference-to-video"
    input_model: ClassVar[type[ViduReferenceToVideoInput]] = ViduReferenceToVideoInput
    output_model: ClassVar[type[ViduReferenceToVideoOutput]] = ViduReferenceToVideoOutput
    Input = ViduReferenceToVideoInput
    Output = ViduReferenceToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._stream(payload, options)


class AsyncViduReferenceToVideo(
    AsyncEndpoint[ViduReferenceToVideoInput, ViduReferenceToVideoOutput]
):
    """Vidu Reference To Video (`fal-ai/vidu/reference-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/reference-to-video"
    input_model: ClassVar[type[ViduReferenceToVideoInput]] = ViduReferenceToVideoInput
    output_model: ClassVar[type[ViduReferenceToVideoOutput]] = ViduReferenceToVideoOutput
    Input = ViduReferenceToVideoInput
    Output = ViduReferenceToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._stream(payload, options)
