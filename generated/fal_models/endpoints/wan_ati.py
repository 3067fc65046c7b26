# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-ati` (Wan Ati)."""

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
from fal_models.models.wan_ati import TrackPoint, WanAtiInput, WanAtiOutput

__all__ = ["WanAti", "AsyncWanAti", "WanAtiInput", "WanAtiOutput"]


class WanAti(SyncEndpoint[WanAtiInput, WanAtiOutput]):
    """Wan Ati (`fal-ai/wan-ati`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-ati/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-ati"
    input_model: ClassVar[type[WanAtiInput]] = WanAtiInput
    output_model: ClassVar[type[WanAtiOutput]] = WanAtiOutput
    Input = WanAtiInput
    Output = WanAtiOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        track: list[list[TrackPoint]],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanAtiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            track: Motion tracks to guide video generation. Each track is a sequence of points
                defining a motion trajectory. Multiple tracks can control different elements or
                objects in the video. Expected format: array of tracks, where each track is an array
                of points with 'x' and 'y' coordinates (up to 121 points per track). Points will be
                automatically padded to 121 if fewer are provided. Coordinates should be within the
                image dimensions.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 40. Limits: minimum 2, maximum 40.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        track: list[list[TrackPoint]],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanAtiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            track: Motion tracks to guide video generation. Each track is a sequence of points
                defining a motion trajectory. Multiple tracks can control different elements or
                objects in the video. Expected format: array of tracks, where each track is an array
                of points with 'x' and 'y' coordinates (up to 121 points per track). Points will be
                automatically padded to 121 if fewer are provided. Coordinates should be within the
                image dimensions.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 40. Limits: minimum 2, maximum 40.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        track: list[list[TrackPoint]],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanAtiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            track: Motion tracks to guide video generation. Each track is a sequence of points
                defining a motion trajectory. Multiple tracks can control different elements or
                objects in the video. Expected format: array of tracks, where each track is an array
                of points with 'x' and 'y' coordinates (up to 121 points per track). Points will be
                automatically padded to 121 if fewer are provided. Coordinates should be within the
                image dimensions.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 40. Limits: minimum 2, maximum 40.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        track: list[list[TrackPoint]],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanAtiOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            track: Motion tracks to guide video generation. Each track is a sequence of points
                defining a motion trajectory. Multiple tracks can control different elements or
                objects in the video. Expected format: array of tracks, where each track is an array
                of points with 'x' and 'y' coordinates (up to 121 points per track). Points will be
                automatically padded to 121 if fewer are provided. Coordinates should be within the
                image dimensions.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 40. Limits: minimum 2, maximum 40.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncWanAti(AsyncEndpoint[WanAtiInput, WanAtiOutput]):
    """Wan Ati (`fal-ai/wan-ati`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-ati/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-ati"
    input_model: ClassVar[type[WanAtiInput]] = WanAtiInput
    output_model: ClassVar[type[WanAtiOutput]] = WanAtiOutput
    Input = WanAtiInput
    Output = WanAtiOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        track: list[list[TrackPoint]],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanAtiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            track: Motion tracks to guide video generation. Each track is a sequence of points
                defining a motion trajectory. Multiple tracks can control different elements or
                objects in the video. Expected format: array of tracks, where each track is an array
                of points with 'x' and 'y' coordinates (up to 121 points per track). Points will be
                automatically padded to 121 if fewer are provided. Coordinates should be within the
                image dimensions.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 40. Limits: minimum 2, maximum 40.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        track: list[list[TrackPoint]],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanAtiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            track: Motion tracks to guide video generation. Each track is a sequence of points
                defining a motion trajectory. Multiple tracks can control different elements or
                objects in the video. Expected format: array of tracks, where each track is an array
                of points with 'x' and 'y' coordinates (up to 121 points per track). Points will be
                automatically padded to 121 if fewer are provided. Coordinates should be within the
                image dimensions.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 40. Limits: minimum 2, maximum 40.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        track: list[list[TrackPoint]],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanAtiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            track: Motion tracks to guide video generation. Each track is a sequence of points
                defining a motion trajectory. Multiple tracks can control different elements or
                objects in the video. Expected format: array of tracks, where each track is an array
                of points with 'x' and 'y' coordinates (up to 121 points per track). Points will be
                automatically padded to 121 if fewer are provided. Coordinates should be within the
                image dimensions.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 40. Limits: minimum 2, maximum 40.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        track: list[list[TrackPoint]],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanAtiOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            track: Motion tracks to guide video generation. Each track is a sequence of points
                defining a motion trajectory. Multiple tracks can control different elements or
                objects in the video. Expected format: array of tracks, where each track is an array
                of points with 'x' and 'y' coordinates (up to 121 points per track). Points will be
                automatically padded to 121 if fewer are provided. Coordinates should be within the
                image dimensions.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 40. Limits: minimum 2, maximum 40.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
