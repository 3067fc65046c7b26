# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q1/reference-to-video` (Vidu Q1 Reference To Video)."""

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
from fal_models.models.vidu_q1_reference_to_video import (
    ViduQ1ReferenceToVideoInput,
    ViduQ1ReferenceToVideoOutput,
)

__all__ = [
    "ViduQ1ReferenceToVideo",
    "AsyncViduQ1ReferenceToVideo",
    "ViduQ1ReferenceToVideoInput",
    "ViduQ1ReferenceToVideoOutput",
]


class ViduQ1ReferenceToVideo(
    SyncEndpoint[ViduQ1ReferenceToVideoInput, ViduQ1ReferenceToVideoOutput]
):
    """Vidu Q1 Reference To Video (`fal-ai/vidu/q1/reference-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q1/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q1/reference-to-video"
    input_model: ClassVar[type[ViduQ1ReferenceToVideoInput]] = ViduQ1ReferenceToVideoInput
    output_model: ClassVar[type[ViduQ1ReferenceToVideoOutput]] = ViduQ1ReferenceToVideoOutput
    Input = ViduQ1ReferenceToVideoInput
    Output = ViduQ1ReferenceToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ1ReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Q1 model supports up to 7 reference images. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
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
        bgm: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ1ReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Q1 model supports up to 7 reference images. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
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
        bgm: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ1ReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Q1 model supports up to 7 reference images. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
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
        bgm: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ1ReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Q1 model supports up to 7 reference images. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ1ReferenceToVideo(
    AsyncEndpoint[ViduQ1ReferenceToVideoInput, ViduQ1ReferenceToVideoOutput]
):
    """Vidu Q1 Reference To Video (`fal-ai/vidu/q1/reference-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q1/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q1/reference-to-video"
    input_model: ClassVar[type[ViduQ1ReferenceToVideoInput]] = ViduQ1ReferenceToVideoInput
    output_model: ClassVar[type[ViduQ1ReferenceToVideoOutput]] = ViduQ1ReferenceToVideoOutput
    Input = ViduQ1ReferenceToVideoInput
    Output = ViduQ1ReferenceToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ1ReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Q1 model supports up to 7 reference images. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
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
        bgm: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ1ReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Q1 model supports up to 7 reference images. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
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
        bgm: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ1ReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Q1 model supports up to 7 reference images. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
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
        bgm: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ1ReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Q1 model supports up to 7 reference images. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._stream(payload, options)
