# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pasd` (Pasd)."""

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
from fal_models.models.pasd import PasdInput, PasdOutput

__all__ = ["Pasd", "AsyncPasd", "PasdInput", "PasdOutput"]


class Pasd(SyncEndpoint[PasdInput, PasdOutput]):
    """Pasd (`fal-ai/pasd`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/pasd/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pasd"
    input_model: ClassVar[type[PasdInput]] = PasdInput
    output_model: ClassVar[type[PasdOutput]] = PasdOutput
    Input = PasdInput
    Output = PasdOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: int | None | Omit = omit,
        steps: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        conditioning_scale: float | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PasdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image to super-resolve. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: Upscaling factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (10-50). Default: 25. Limits: minimum 10, maximum 50.
            guidance_scale: Guidance scale for diffusion (1.0-20.0). Default: 7. Limits: minimum 1,
                maximum 20.
            conditioning_scale: ControlNet conditioning scale (0.1-1.0). Default: 0.8. Limits:
                minimum 0.1, maximum 1.
            prompt: Additional prompt to guide super-resolution. Default: "".
            negative_prompt: Negative prompt to avoid unwanted artifacts. Default: "blurry, dirty,
                messy, frames, deformed, dotted, noise, raster lines, unclear, lowres,
                over-smoothed, painting, ai generated".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "conditioning_scale": conditioning_scale,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        scale: int | None | Omit = omit,
        steps: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        conditioning_scale: float | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PasdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image to super-resolve. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: Upscaling factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (10-50). Default: 25. Limits: minimum 10, maximum 50.
            guidance_scale: Guidance scale for diffusion (1.0-20.0). Default: 7. Limits: minimum 1,
                maximum 20.
            conditioning_scale: ControlNet conditioning scale (0.1-1.0). Default: 0.8. Limits:
                minimum 0.1, maximum 1.
            prompt: Additional prompt to guide super-resolution. Default: "".
            negative_prompt: Negative prompt to avoid unwanted artifacts. Default: "blurry, dirty,
                messy, frames, deformed, dotted, noise, raster lines, unclear, lowres,
                over-smoothed, painting, ai generated".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "conditioning_scale": conditioning_scale,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        scale: int | None | Omit = omit,
        steps: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        conditioning_scale: float | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PasdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image to super-resolve. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: Upscaling factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (10-50). Default: 25. Limits: minimum 10, maximum 50.
            guidance_scale: Guidance scale for diffusion (1.0-20.0). Default: 7. Limits: minimum 1,
                maximum 20.
            conditioning_scale: ControlNet conditioning scale (0.1-1.0). Default: 0.8. Limits:
                minimum 0.1, maximum 1.
            prompt: Additional prompt to guide super-resolution. Default: "".
            negative_prompt: Negative prompt to avoid unwanted artifacts. Default: "blurry, dirty,
                messy, frames, deformed, dotted, noise, raster lines, unclear, lowres,
                over-smoothed, painting, ai generated".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "conditioning_scale": conditioning_scale,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: int | None | Omit = omit,
        steps: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        conditioning_scale: float | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PasdOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image to super-resolve. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: Upscaling factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (10-50). Default: 25. Limits: minimum 10, maximum 50.
            guidance_scale: Guidance scale for diffusion (1.0-20.0). Default: 7. Limits: minimum 1,
                maximum 20.
            conditioning_scale: ControlNet conditioning scale (0.1-1.0). Default: 0.8. Limits:
                minimum 0.1, maximum 1.
            prompt: Additional prompt to guide super-resolution. Default: "".
            negative_prompt: Negative prompt to avoid unwanted artifacts. Default: "blurry, dirty,
                messy, frames, deformed, dotted, noise, raster lines, unclear, lowres,
                over-smoothed, painting, ai generated".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "conditioning_scale": conditioning_scale,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncPasd(AsyncEndpoint[PasdInput, PasdOutput]):
    """Pasd (`fal-ai/pasd`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/pasd/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pasd"
    input_model: ClassVar[type[PasdInput]] = PasdInput
    output_model: ClassVar[type[PasdOutput]] = PasdOutput
    Input = PasdInput
    Output = PasdOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: int | None | Omit = omit,
        steps: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        conditioning_scale: float | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PasdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image to super-resolve. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: Upscaling factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (10-50). Default: 25. Limits: minimum 10, maximum 50.
            guidance_scale: Guidance scale for diffusion (1.0-20.0). Default: 7. Limits: minimum 1,
                maximum 20.
            conditioning_scale: ControlNet conditioning scale (0.1-1.0). Default: 0.8. Limits:
                minimum 0.1, maximum 1.
            prompt: Additional prompt to guide super-resolution. Default: "".
            negative_prompt: Negative prompt to avoid unwanted artifacts. Default: "blurry, dirty,
                messy, frames, deformed, dotted, noise, raster lines, unclear, lowres,
                over-smoothed, painting, ai generated".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "conditioning_scale": conditioning_scale,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        scale: int | None | Omit = omit,
        steps: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        conditioning_scale: float | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PasdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image to super-resolve. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: Upscaling factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (10-50). Default: 25. Limits: minimum 10, maximum 50.
            guidance_scale: Guidance scale for diffusion (1.0-20.0). Default: 7. Limits: minimum 1,
                maximum 20.
            conditioning_scale: ControlNet conditioning scale (0.1-1.0). Default: 0.8. Limits:
                minimum 0.1, maximum 1.
            prompt: Additional prompt to guide super-resolution. Default: "".
            negative_prompt: Negative prompt to avoid unwanted artifacts. Default: "blurry, dirty,
                messy, frames, deformed, dotted, noise, raster lines, unclear, lowres,
                over-smoothed, painting, ai generated".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "conditioning_scale": conditioning_scale,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        scale: int | None | Omit = omit,
        steps: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        conditioning_scale: float | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PasdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image to super-resolve. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: Upscaling factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (10-50). Default: 25. Limits: minimum 10, maximum 50.
            guidance_scale: Guidance scale for diffusion (1.0-20.0). Default: 7. Limits: minimum 1,
                maximum 20.
            conditioning_scale: ControlNet conditioning scale (0.1-1.0). Default: 0.8. Limits:
                minimum 0.1, maximum 1.
            prompt: Additional prompt to guide super-resolution. Default: "".
            negative_prompt: Negative prompt to avoid unwanted artifacts. Default: "blurry, dirty,
                messy, frames, deformed, dotted, noise, raster lines, unclear, lowres,
                over-smoothed, painting, ai generated".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "conditioning_scale": conditioning_scale,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: int | None | Omit = omit,
        steps: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        conditioning_scale: float | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PasdOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image to super-resolve. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: Upscaling factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (10-50). Default: 25. Limits: minimum 10, maximum 50.
            guidance_scale: Guidance scale for diffusion (1.0-20.0). Default: 7. Limits: minimum 1,
                maximum 20.
            conditioning_scale: ControlNet conditioning scale (0.1-1.0). Default: 0.8. Limits:
                minimum 0.1, maximum 1.
            prompt: Additional prompt to guide super-resolution. Default: "".
            negative_prompt: Negative prompt to avoid unwanted artifacts. Default: "blurry, dirty,
                messy, frames, deformed, dotted, noise, raster lines, unclear, lowres,
                over-smoothed, painting, ai generated".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "conditioning_scale": conditioning_scale,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        return self._stream(payload, options)
