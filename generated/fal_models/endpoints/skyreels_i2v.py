# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/skyreels-i2v` (Skyreels I2v)."""

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
from fal_models.models.skyreels_i2v import SkyreelsI2vInput, SkyreelsI2vOutput

__all__ = ["SkyreelsI2v", "AsyncSkyreelsI2v", "SkyreelsI2vInput", "SkyreelsI2vOutput"]


class SkyreelsI2v(SyncEndpoint[SkyreelsI2vInput, SkyreelsI2vOutput]):
    """Skyreels I2v (`fal-ai/skyreels-i2v`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/skyreels-i2v/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/skyreels-i2v"
    input_model: ClassVar[type[SkyreelsI2vInput]] = SkyreelsI2vInput
    output_model: ClassVar[type[SkyreelsI2vOutput]] = SkyreelsI2vOutput
    Input = SkyreelsI2vInput
    Output = SkyreelsI2vOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SkyreelsI2vOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Random seed for generation. If not provided, a random seed will be used.
            guidance_scale: Guidance scale for generation (between 1.0 and 20.0). Default: 6.
                Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps (between 1 and 50). Higher values give
                better quality but take longer. Default: 30. Limits: minimum 1, maximum 50.
            negative_prompt: Negative prompt to guide generation away from certain attributes.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SkyreelsI2vOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Random seed for generation. If not provided, a random seed will be used.
            guidance_scale: Guidance scale for generation (between 1.0 and 20.0). Default: 6.
                Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps (between 1 and 50). Higher values give
                better quality but take longer. Default: 30. Limits: minimum 1, maximum 50.
            negative_prompt: Negative prompt to guide generation away from certain attributes.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SkyreelsI2vOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Random seed for generation. If not provided, a random seed will be used.
            guidance_scale: Guidance scale for generation (between 1.0 and 20.0). Default: 6.
                Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps (between 1 and 50). Higher values give
                better quality but take longer. Default: 30. Limits: minimum 1, maximum 50.
            negative_prompt: Negative prompt to guide generation away from certain attributes.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SkyreelsI2vOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Random seed for generation. If not provided, a random seed will be used.
            guidance_scale: Guidance scale for generation (between 1.0 and 20.0). Default: 6.
                Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps (between 1 and 50). Higher values give
                better quality but take longer. Default: 30. Limits: minimum 1, maximum 50.
            negative_prompt: Negative prompt to guide generation away from certain attributes.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncSkyreelsI2v(AsyncEndpoint[SkyreelsI2vInput, SkyreelsI2vOutput]):
    """Skyreels I2v (`fal-ai/skyreels-i2v`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/skyreels-i2v/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/skyreels-i2v"
    input_model: ClassVar[type[SkyreelsI2vInput]] = SkyreelsI2vInput
    output_model: ClassVar[type[SkyreelsI2vOutput]] = SkyreelsI2vOutput
    Input = SkyreelsI2vInput
    Output = SkyreelsI2vOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SkyreelsI2vOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Random seed for generation. If not provided, a random seed will be used.
            guidance_scale: Guidance scale for generation (between 1.0 and 20.0). Default: 6.
                Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps (between 1 and 50). Higher values give
                better quality but take longer. Default: 30. Limits: minimum 1, maximum 50.
            negative_prompt: Negative prompt to guide generation away from certain attributes.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SkyreelsI2vOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Random seed for generation. If not provided, a random seed will be used.
            guidance_scale: Guidance scale for generation (between 1.0 and 20.0). Default: 6.
                Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps (between 1 and 50). Higher values give
                better quality but take longer. Default: 30. Limits: minimum 1, maximum 50.
            negative_prompt: Negative prompt to guide generation away from certain attributes.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SkyreelsI2vOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Random seed for generation. If not provided, a random seed will be used.
            guidance_scale: Guidance scale for generation (between 1.0 and 20.0). Default: 6.
                Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps (between 1 and 50). Higher values give
                better quality but take longer. Default: 30. Limits: minimum 1, maximum 50.
            negative_prompt: Negative prompt to guide generation away from certain attributes.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SkyreelsI2vOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Random seed for generation. If not provided, a random seed will be used.
            guidance_scale: Guidance scale for generation (between 1.0 and 20.0). Default: 6.
                Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps (between 1 and 50). Higher values give
                better quality but take longer. Default: 30. Limits: minimum 1, maximum 50.
            negative_prompt: Negative prompt to guide generation away from certain attributes.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
