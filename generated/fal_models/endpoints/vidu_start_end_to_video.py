# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/start-end-to-video` (Vidu Start End To Video)."""

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
from fal_models.models.vidu_start_end_to_video import (
    ViduStartEndToVideoInput,
    ViduStartEndToVideoOutput,
)

__all__ = [
    "ViduStartEndToVideo",
    "AsyncViduStartEndToVideo",
    "ViduStartEndToVideoInput",
    "ViduStartEndToVideoOutput",
]


class ViduStartEndToVideo(SyncEndpoint[ViduStartEndToVideoInput, ViduStartEndToVideoOutput]):
    """Vidu Start End To Video (`fal-ai/vidu/start-end-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/start-end-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/start-end-to-video"
    input_model: ClassVar[type[ViduStartEndToVideoInput]] = ViduStartEndToVideoInput
    output_model: ClassVar[type[ViduStartEndToVideoOutput]] = ViduStartEndToVideoOutput
    Input = ViduStartEndToVideoInput
    Output = ViduStartEndToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduStartEndToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            start_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduStartEndToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            start_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduStartEndToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            start_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduStartEndToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            start_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._stream(payload, options)


class AsyncViduStartEndToVideo(AsyncEndpoint[ViduStartEndToVideoInput, ViduStartEndToVideoOutput]):
    """Vidu Start End To Video (`fal-ai/vidu/start-end-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/start-end-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/start-end-to-video"
    input_model: ClassVar[type[ViduStartEndToVideoInput]] = ViduStartEndToVideoInput
    output_model: ClassVar[type[ViduStartEndToVideoOutput]] = ViduStartEndToVideoOutput
    Input = ViduStartEndToVideoInput
    Output = ViduStartEndToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduStartEndToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            start_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduStartEndToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            start_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduStartEndToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            start_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput,
        seed: int | None | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduStartEndToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            start_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for generation.
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._stream(payload, options)
