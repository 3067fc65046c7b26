# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/davinci-magihuman` (Davinci Magihuman)."""

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
from fal_models.models.davinci_magihuman import DavinciMagihumanInput, DavinciMagihumanOutput

__all__ = [
    "DavinciMagihuman",
    "AsyncDavinciMagihuman",
    "DavinciMagihumanInput",
    "DavinciMagihumanOutput",
]


class DavinciMagihuman(SyncEndpoint[DavinciMagihumanInput, DavinciMagihumanOutput]):
    """Davinci Magihuman (`fal-ai/davinci-magihuman`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/davinci-magihuman/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/davinci-magihuman"
    input_model: ClassVar[type[DavinciMagihumanInput]] = DavinciMagihumanInput
    output_model: ClassVar[type[DavinciMagihumanOutput]] = DavinciMagihumanOutput
    Input = DavinciMagihumanInput
    Output = DavinciMagihumanOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["256p", "540p", "720p", "1080p"] | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DavinciMagihumanOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video content. Limits: min length 1.
            image_url: URL of the reference image for image-to-video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: Optional URL of the driving audio for lipsync mode. If omitted, audio is
                generated from the prompt. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Duration of the generated video in seconds. Default: 5. Limits: minimum 1,
                maximum 30.
            resolution: Output resolution. '256p' uses the official base-model 448x256 path. '1080p'
                uses the official base + 1080p super-resolution pipeline. '540p' and '720p' reuse
                that sharper 1080p SR path and downsample to the requested output size. Default:
                "256p".
            num_inference_steps: Number of denoising steps. Defaults to 8 for 256p and 32 for
                540p/720p/1080p (base + SR). Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 0, maximum
                20.
            seed: Random seed for reproducibility.
            enable_safety_checker: If enabled, runs safety checks on the prompt and input image.
                Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["256p", "540p", "720p", "1080p"] | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DavinciMagihumanOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video content. Limits: min length 1.
            image_url: URL of the reference image for image-to-video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: Optional URL of the driving audio for lipsync mode. If omitted, audio is
                generated from the prompt. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Duration of the generated video in seconds. Default: 5. Limits: minimum 1,
                maximum 30.
            resolution: Output resolution. '256p' uses the official base-model 448x256 path. '1080p'
                uses the official base + 1080p super-resolution pipeline. '540p' and '720p' reuse
                that sharper 1080p SR path and downsample to the requested output size. Default:
                "256p".
            num_inference_steps: Number of denoising steps. Defaults to 8 for 256p and 32 for
                540p/720p/1080p (base + SR). Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 0, maximum
                20.
            seed: Random seed for reproducibility.
            enable_safety_checker: If enabled, runs safety checks on the prompt and input image.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["256p", "540p", "720p", "1080p"] | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DavinciMagihumanOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video content. Limits: min length 1.
            image_url: URL of the reference image for image-to-video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: Optional URL of the driving audio for lipsync mode. If omitted, audio is
                generated from the prompt. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Duration of the generated video in seconds. Default: 5. Limits: minimum 1,
                maximum 30.
            resolution: Output resolution. '256p' uses the official base-model 448x256 path. '1080p'
                uses the official base + 1080p super-resolution pipeline. '540p' and '720p' reuse
                that sharper 1080p SR path and downsample to the requested output size. Default:
                "256p".
            num_inference_steps: Number of denoising steps. Defaults to 8 for 256p and 32 for
                540p/720p/1080p (base + SR). Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 0, maximum
                20.
            seed: Random seed for reproducibility.
            enable_safety_checker: If enabled, runs safety checks on the prompt and input image.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["256p", "540p", "720p", "1080p"] | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DavinciMagihumanOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video content. Limits: min length 1.
            image_url: URL of the reference image for image-to-video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: Optional URL of the driving audio for lipsync mode. If omitted, audio is
                generated from the prompt. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Duration of the generated video in seconds. Default: 5. Limits: minimum 1,
                maximum 30.
            resolution: Output resolution. '256p' uses the official base-model 448x256 path. '1080p'
                uses the official base + 1080p super-resolution pipeline. '540p' and '720p' reuse
                that sharper 1080p SR path and downsample to the requested output size. Default:
                "256p".
            num_inference_steps: Number of denoising steps. Defaults to 8 for 256p and 32 for
                540p/720p/1080p (base + SR). Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 0, maximum
                20.
            seed: Random seed for reproducibility.
            enable_safety_checker: If enabled, runs safety checks on the prompt and input image.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncDavinciMagihuman(AsyncEndpoint[DavinciMagihumanInput, DavinciMagihumanOutput]):
    """Davinci Magihuman (`fal-ai/davinci-magihuman`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/davinci-magihuman/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/davinci-magihuman"
    input_model: ClassVar[type[DavinciMagihumanInput]] = DavinciMagihumanInput
    output_model: ClassVar[type[DavinciMagihumanOutput]] = DavinciMagihumanOutput
    Input = DavinciMagihumanInput
    Output = DavinciMagihumanOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["256p", "540p", "720p", "1080p"] | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DavinciMagihumanOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video content. Limits: min length 1.
            image_url: URL of the reference image for image-to-video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: Optional URL of the driving audio for lipsync mode. If omitted, audio is
                generated from the prompt. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Duration of the generated video in seconds. Default: 5. Limits: minimum 1,
                maximum 30.
            resolution: Output resolution. '256p' uses the official base-model 448x256 path. '1080p'
                uses the official base + 1080p super-resolution pipeline. '540p' and '720p' reuse
                that sharper 1080p SR path and downsample to the requested output size. Default:
                "256p".
            num_inference_steps: Number of denoising steps. Defaults to 8 for 256p and 32 for
                540p/720p/1080p (base + SR). Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 0, maximum
                20.
            seed: Random seed for reproducibility.
            enable_safety_checker: If enabled, runs safety checks on the prompt and input image.
                Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["256p", "540p", "720p", "1080p"] | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DavinciMagihumanOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video content. Limits: min length 1.
            image_url: URL of the reference image for image-to-video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: Optional URL of the driving audio for lipsync mode. If omitted, audio is
                generated from the prompt. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Duration of the generated video in seconds. Default: 5. Limits: minimum 1,
                maximum 30.
            resolution: Output resolution. '256p' uses the official base-model 448x256 path. '1080p'
                uses the official base + 1080p super-resolution pipeline. '540p' and '720p' reuse
                that sharper 1080p SR path and downsample to the requested output size. Default:
                "256p".
            num_inference_steps: Number of denoising steps. Defaults to 8 for 256p and 32 for
                540p/720p/1080p (base + SR). Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 0, maximum
                20.
            seed: Random seed for reproducibility.
            enable_safety_checker: If enabled, runs safety checks on the prompt and input image.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["256p", "540p", "720p", "1080p"] | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DavinciMagihumanOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video content. Limits: min length 1.
            image_url: URL of the reference image for image-to-video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: Optional URL of the driving audio for lipsync mode. If omitted, audio is
                generated from the prompt. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Duration of the generated video in seconds. Default: 5. Limits: minimum 1,
                maximum 30.
            resolution: Output resolution. '256p' uses the official base-model 448x256 path. '1080p'
                uses the official base + 1080p super-resolution pipeline. '540p' and '720p' reuse
                that sharper 1080p SR path and downsample to the requested output size. Default:
                "256p".
            num_inference_steps: Number of denoising steps. Defaults to 8 for 256p and 32 for
                540p/720p/1080p (base + SR). Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 0, maximum
                20.
            seed: Random seed for reproducibility.
            enable_safety_checker: If enabled, runs safety checks on the prompt and input image.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["256p", "540p", "720p", "1080p"] | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DavinciMagihumanOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video content. Limits: min length 1.
            image_url: URL of the reference image for image-to-video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: Optional URL of the driving audio for lipsync mode. If omitted, audio is
                generated from the prompt. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Duration of the generated video in seconds. Default: 5. Limits: minimum 1,
                maximum 30.
            resolution: Output resolution. '256p' uses the official base-model 448x256 path. '1080p'
                uses the official base + 1080p super-resolution pipeline. '540p' and '720p' reuse
                that sharper 1080p SR path and downsample to the requested output size. Default:
                "256p".
            num_inference_steps: Number of denoising steps. Defaults to 8 for 256p and 32 for
                540p/720p/1080p (base + SR). Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 0, maximum
                20.
            seed: Random seed for reproducibility.
            enable_safety_checker: If enabled, runs safety checks on the prompt and input image.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
