# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/luma-photon/flash/reframe` (Luma Photon Flash Reframe)."""

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
from fal_models.models.luma_photon_flash_reframe import (
    LumaPhotonFlashReframeInput,
    LumaPhotonFlashReframeOutput,
)

__all__ = [
    "LumaPhotonFlashReframe",
    "AsyncLumaPhotonFlashReframe",
    "LumaPhotonFlashReframeInput",
    "LumaPhotonFlashReframeOutput",
]


class LumaPhotonFlashReframe(
    SyncEndpoint[LumaPhotonFlashReframeInput, LumaPhotonFlashReframeOutput]
):
    """Luma Photon Flash Reframe (`fal-ai/luma-photon/flash/reframe`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/luma-photon/flash/reframe/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-photon/flash/reframe"
    input_model: ClassVar[type[LumaPhotonFlashReframeInput]] = LumaPhotonFlashReframeInput
    output_model: ClassVar[type[LumaPhotonFlashReframeOutput]] = LumaPhotonFlashReframeOutput
    Input = LumaPhotonFlashReframeInput
    Output = LumaPhotonFlashReframeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        prompt: str | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LumaPhotonFlashReframeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed image.
            prompt: Optional prompt for reframing. Limits: min length 3, max length 5000.
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        prompt: str | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LumaPhotonFlashReframeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed image.
            prompt: Optional prompt for reframing. Limits: min length 3, max length 5000.
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        prompt: str | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaPhotonFlashReframeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed image.
            prompt: Optional prompt for reframing. Limits: min length 3, max length 5000.
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        prompt: str | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LumaPhotonFlashReframeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed image.
            prompt: Optional prompt for reframing. Limits: min length 3, max length 5000.
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._stream(payload, options)


class AsyncLumaPhotonFlashReframe(
    AsyncEndpoint[LumaPhotonFlashReframeInput, LumaPhotonFlashReframeOutput]
):
    """Luma Photon Flash Reframe (`fal-ai/luma-photon/flash/reframe`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/luma-photon/flash/reframe/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-photon/flash/reframe"
    input_model: ClassVar[type[LumaPhotonFlashReframeInput]] = LumaPhotonFlashReframeInput
    output_model: ClassVar[type[LumaPhotonFlashReframeOutput]] = LumaPhotonFlashReframeOutput
    Input = LumaPhotonFlashReframeInput
    Output = LumaPhotonFlashReframeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        prompt: str | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LumaPhotonFlashReframeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed image.
            prompt: Optional prompt for reframing. Limits: min length 3, max length 5000.
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        prompt: str | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LumaPhotonFlashReframeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed image.
            prompt: Optional prompt for reframing. Limits: min length 3, max length 5000.
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        prompt: str | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaPhotonFlashReframeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed image.
            prompt: Optional prompt for reframing. Limits: min length 3, max length 5000.
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        prompt: str | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LumaPhotonFlashReframeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed image.
            prompt: Optional prompt for reframing. Limits: min length 3, max length 5000.
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._stream(payload, options)
