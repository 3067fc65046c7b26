# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q1/image-to-video` (Vidu Q1 Image To Video)."""

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
from fal_models.models.vidu_q1_image_to_video import (
    ViduQ1ImageToVideoInput,
    ViduQ1ImageToVideoOutput,
)

__all__ = [
    "ViduQ1ImageToVideo",
    "AsyncViduQ1ImageToVideo",
    "ViduQ1ImageToVideoInput",
    "ViduQ1ImageToVideoOutput",
]


class ViduQ1ImageToVideo(SyncEndpoint[ViduQ1ImageToVideoInput, ViduQ1ImageToVideoOutput]):
    """Vidu Q1 Image To Video (`fal-ai/vidu/q1/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q1/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q1/image-to-video"
    input_model: ClassVar[type[ViduQ1ImageToVideoInput]] = ViduQ1ImageToVideoInput
    output_model: ClassVar[type[ViduQ1ImageToVideoOutput]] = ViduQ1ImageToVideoOutput
    Input = ViduQ1ImageToVideoInput
    Output = ViduQ1ImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ1ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ1ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ1ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ1ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ1ImageToVideo(AsyncEndpoint[ViduQ1ImageToVideoInput, ViduQ1ImageToVideoOutput]):
    """Vidu Q1 Image To Video (`fal-ai/vidu/q1/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q1/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q1/image-to-video"
    input_model: ClassVar[type[ViduQ1ImageToVideoInput]] = ViduQ1ImageToVideoInput
    output_model: ClassVar[type[ViduQ1ImageToVideoOutput]] = ViduQ1ImageToVideoOutput
    Input = ViduQ1ImageToVideoInput
    Output = ViduQ1ImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ1ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ1ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ1ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ1ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._stream(payload, options)
