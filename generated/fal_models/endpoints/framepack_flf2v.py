# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/framepack/flf2v` (Framepack Flf2v)."""

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
from fal_models.models.framepack_flf2v import FramepackFlf2vInput, FramepackFlf2vOutput

__all__ = ["FramepackFlf2v", "AsyncFramepackFlf2v", "FramepackFlf2vInput", "FramepackFlf2vOutput"]


class FramepackFlf2v(SyncEndpoint[FramepackFlf2vInput, FramepackFlf2vOutput]):
    """Framepack Flf2v (`fal-ai/framepack/flf2v`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/framepack/flf2v/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/framepack/flf2v"
    input_model: ClassVar[type[FramepackFlf2vInput]] = FramepackFlf2vInput
    output_model: ClassVar[type[FramepackFlf2vOutput]] = FramepackFlf2vOutput
    Input = FramepackFlf2vInput
    Output = FramepackFlf2vOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p", "480p"] | Omit = omit,
        cfg_scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        end_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FramepackFlf2vOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "480p".
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 1. Limits:
                minimum 0, maximum 7.
            guidance_scale: Guidance scale for the generation. Default: 10. Limits: minimum 0,
                maximum 32.
            num_frames: The number of frames to generate. Default: 240. Limits: minimum 30, maximum
                1800.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            end_image_url: URL of the end image input. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Determines the influence of the final frame on the generated video. Higher
                values result in the output being more heavily influenced by the last frame.
                Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "cfg_scale": cfg_scale,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "strength": strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p", "480p"] | Omit = omit,
        cfg_scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        end_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FramepackFlf2vOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "480p".
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 1. Limits:
                minimum 0, maximum 7.
            guidance_scale: Guidance scale for the generation. Default: 10. Limits: minimum 0,
                maximum 32.
            num_frames: The number of frames to generate. Default: 240. Limits: minimum 30, maximum
                1800.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            end_image_url: URL of the end image input. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Determines the influence of the final frame on the generated video. Higher
                values result in the output being more heavily influenced by the last frame.
                Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "cfg_scale": cfg_scale,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "strength": strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p", "480p"] | Omit = omit,
        cfg_scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        end_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FramepackFlf2vOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "480p".
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 1. Limits:
                minimum 0, maximum 7.
            guidance_scale: Guidance scale for the generation. Default: 10. Limits: minimum 0,
                maximum 32.
            num_frames: The number of frames to generate. Default: 240. Limits: minimum 30, maximum
                1800.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            end_image_url: URL of the end image input. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Determines the influence of the final frame on the generated video. Higher
                values result in the output being more heavily influenced by the last frame.
                Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "cfg_scale": cfg_scale,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "strength": strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p", "480p"] | Omit = omit,
        cfg_scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        end_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FramepackFlf2vOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "480p".
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 1. Limits:
                minimum 0, maximum 7.
            guidance_scale: Guidance scale for the generation. Default: 10. Limits: minimum 0,
                maximum 32.
            num_frames: The number of frames to generate. Default: 240. Limits: minimum 30, maximum
                1800.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            end_image_url: URL of the end image input. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Determines the influence of the final frame on the generated video. Higher
                values result in the output being more heavily influenced by the last frame.
                Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "cfg_scale": cfg_scale,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncFramepackFlf2v(AsyncEndpoint[FramepackFlf2vInput, FramepackFlf2vOutput]):
    """Framepack Flf2v (`fal-ai/framepack/flf2v`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/framepack/flf2v/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/framepack/flf2v"
    input_model: ClassVar[type[FramepackFlf2vInput]] = FramepackFlf2vInput
    output_model: ClassVar[type[FramepackFlf2vOutput]] = FramepackFlf2vOutput
    Input = FramepackFlf2vInput
    Output = FramepackFlf2vOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p", "480p"] | Omit = omit,
        cfg_scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        end_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FramepackFlf2vOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "480p".
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 1. Limits:
                minimum 0, maximum 7.
            guidance_scale: Guidance scale for the generation. Default: 10. Limits: minimum 0,
                maximum 32.
            num_frames: The number of frames to generate. Default: 240. Limits: minimum 30, maximum
                1800.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            end_image_url: URL of the end image input. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Determines the influence of the final frame on the generated video. Higher
                values result in the output being more heavily influenced by the last frame.
                Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "cfg_scale": cfg_scale,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "strength": strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p", "480p"] | Omit = omit,
        cfg_scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        end_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FramepackFlf2vOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "480p".
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 1. Limits:
                minimum 0, maximum 7.
            guidance_scale: Guidance scale for the generation. Default: 10. Limits: minimum 0,
                maximum 32.
            num_frames: The number of frames to generate. Default: 240. Limits: minimum 30, maximum
                1800.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            end_image_url: URL of the end image input. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Determines the influence of the final frame on the generated video. Higher
                values result in the output being more heavily influenced by the last frame.
                Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "cfg_scale": cfg_scale,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "strength": strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p", "480p"] | Omit = omit,
        cfg_scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        end_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FramepackFlf2vOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "480p".
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 1. Limits:
                minimum 0, maximum 7.
            guidance_scale: Guidance scale for the generation. Default: 10. Limits: minimum 0,
                maximum 32.
            num_frames: The number of frames to generate. Default: 240. Limits: minimum 30, maximum
                1800.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            end_image_url: URL of the end image input. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Determines the influence of the final frame on the generated video. Higher
                values result in the output being more heavily influenced by the last frame.
                Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "cfg_scale": cfg_scale,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "strength": strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p", "480p"] | Omit = omit,
        cfg_scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        end_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FramepackFlf2vOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "480p".
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 1. Limits:
                minimum 0, maximum 7.
            guidance_scale: Guidance scale for the generation. Default: 10. Limits: minimum 0,
                maximum 32.
            num_frames: The number of frames to generate. Default: 240. Limits: minimum 30, maximum
                1800.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            end_image_url: URL of the end image input. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Determines the influence of the final frame on the generated video. Higher
                values result in the output being more heavily influenced by the last frame.
                Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "cfg_scale": cfg_scale,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
