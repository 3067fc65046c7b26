# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/image-to-video` (Vidu Image To Video)."""

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
from fal_models.models.vidu_image_to_video import ViduImageToVideoInput, ViduImageToVideoOutput

__all__ = [
    "ViduImageToVideo",
    "AsyncViduImageToVideo",
    "ViduImageToVideoInput",
    "ViduImageToVideoOutput",
]


class ViduImageToVideo(SyncEndpoint[ViduImageToVideoInput, ViduImageToVideoOutput]):
    """Vidu Image To Video (`fal-ai/vidu/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/image-to-video"
    input_model: ClassVar[type[ViduImageToVideoInput]] = ViduImageToVideoInput
    output_model: ClassVar[type[ViduImageToVideoOutput]] = ViduImageToVideoOutput
    Input = ViduImageToVideoInput
    Output = ViduImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
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
    ) -> RequestHandle[ViduImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
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
    ) -> ViduImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
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
    ) -> EndpointStream[ViduImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
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


class AsyncViduImageToVideo(AsyncEndpoint[ViduImageToVideoInput, ViduImageToVideoOutput]):
    """Vidu Image To Video (`fal-ai/vidu/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/image-to-video"
    input_model: ClassVar[type[ViduImageToVideoInput]] = ViduImageToVideoInput
    output_model: ClassVar[type[ViduImageToVideoOutput]] = ViduImageToVideoOutput
    Input = ViduImageToVideoInput
    Output = ViduImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
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
    ) -> AsyncRequestHandle[ViduImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
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
    ) -> ViduImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
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
    ) -> AsyncEndpointStream[ViduImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
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
