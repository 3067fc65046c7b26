# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/chain-of-zoom` (Chain Of Zoom)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.chain_of_zoom import ChainOfZoomInput, ChainOfZoomOutput

__all__ = ["ChainOfZoom", "AsyncChainOfZoom", "ChainOfZoomInput", "ChainOfZoomOutput"]


class ChainOfZoom(SyncEndpoint[ChainOfZoomInput, ChainOfZoomOutput]):
    """Chain Of Zoom (`fal-ai/chain-of-zoom`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/chain-of-zoom/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chain-of-zoom"
    input_model: ClassVar[type[ChainOfZoomInput]] = ChainOfZoomInput
    output_model: ClassVar[type[ChainOfZoomOutput]] = ChainOfZoomOutput
    Input = ChainOfZoomInput
    Output = ChainOfZoomOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        center_x: float | Omit = omit,
        center_y: float | Omit = omit,
        user_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ChainOfZoomOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image to zoom into. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale: Zoom scale in powers of 2. Default: 5. Limits: minimum 1, maximum 8, multiple of
                1.
            center_x: X coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            center_y: Y coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            user_prompt: Additional prompt text to guide the zoom enhancement. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "center_x": center_x,
                "center_y": center_y,
                "user_prompt": user_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        center_x: float | Omit = omit,
        center_y: float | Omit = omit,
        user_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ChainOfZoomOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image to zoom into. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale: Zoom scale in powers of 2. Default: 5. Limits: minimum 1, maximum 8, multiple of
                1.
            center_x: X coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            center_y: Y coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            user_prompt: Additional prompt text to guide the zoom enhancement. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "center_x": center_x,
                "center_y": center_y,
                "user_prompt": user_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        center_x: float | Omit = omit,
        center_y: float | Omit = omit,
        user_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChainOfZoomOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image to zoom into. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale: Zoom scale in powers of 2. Default: 5. Limits: minimum 1, maximum 8, multiple of
                1.
            center_x: X coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            center_y: Y coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            user_prompt: Additional prompt text to guide the zoom enhancement. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "center_x": center_x,
                "center_y": center_y,
                "user_prompt": user_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        center_x: float | Omit = omit,
        center_y: float | Omit = omit,
        user_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ChainOfZoomOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image to zoom into. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale: Zoom scale in powers of 2. Default: 5. Limits: minimum 1, maximum 8, multiple of
                1.
            center_x: X coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            center_y: Y coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            user_prompt: Additional prompt text to guide the zoom enhancement. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "center_x": center_x,
                "center_y": center_y,
                "user_prompt": user_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncChainOfZoom(AsyncEndpoint[ChainOfZoomInput, ChainOfZoomOutput]):
    """Chain Of Zoom (`fal-ai/chain-of-zoom`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/chain-of-zoom/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chain-of-zoom"
    input_model: ClassVar[type[ChainOfZoomInput]] = ChainOfZoomInput
    output_model: ClassVar[type[ChainOfZoomOutput]] = ChainOfZoomOutput
    Input = ChainOfZoomInput
    Output = ChainOfZoomOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        center_x: float | Omit = omit,
        center_y: float | Omit = omit,
        user_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ChainOfZoomOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image to zoom into. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale: Zoom scale in powers of 2. Default: 5. Limits: minimum 1, maximum 8, multiple of
                1.
            center_x: X coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            center_y: Y coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            user_prompt: Additional prompt text to guide the zoom enhancement. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "center_x": center_x,
                "center_y": center_y,
                "user_prompt": user_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        center_x: float | Omit = omit,
        center_y: float | Omit = omit,
        user_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ChainOfZoomOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image to zoom into. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale: Zoom scale in powers of 2. Default: 5. Limits: minimum 1, maximum 8, multiple of
                1.
            center_x: X coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            center_y: Y coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            user_prompt: Additional prompt text to guide the zoom enhancement. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "center_x": center_x,
                "center_y": center_y,
                "user_prompt": user_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        center_x: float | Omit = omit,
        center_y: float | Omit = omit,
        user_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChainOfZoomOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image to zoom into. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale: Zoom scale in powers of 2. Default: 5. Limits: minimum 1, maximum 8, multiple of
                1.
            center_x: X coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            center_y: Y coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            user_prompt: Additional prompt text to guide the zoom enhancement. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "center_x": center_x,
                "center_y": center_y,
                "user_prompt": user_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        center_x: float | Omit = omit,
        center_y: float | Omit = omit,
        user_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ChainOfZoomOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image to zoom into. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale: Zoom scale in powers of 2. Default: 5. Limits: minimum 1, maximum 8, multiple of
                1.
            center_x: X coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            center_y: Y coordinate of zoom center (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            user_prompt: Additional prompt text to guide the zoom enhancement. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "center_x": center_x,
                "center_y": center_y,
                "user_prompt": user_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
