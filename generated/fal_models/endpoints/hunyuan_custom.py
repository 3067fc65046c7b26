# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-custom` (Hunyuan Custom)."""

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
from fal_models.models.hunyuan_custom import HunyuanCustomInput, HunyuanCustomOutput

__all__ = ["HunyuanCustom", "AsyncHunyuanCustom", "HunyuanCustomInput", "HunyuanCustomOutput"]


class HunyuanCustom(SyncEndpoint[HunyuanCustomInput, HunyuanCustomOutput]):
    """Hunyuan Custom (`fal-ai/hunyuan-custom`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-custom/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-custom"
    input_model: ClassVar[type[HunyuanCustomInput]] = HunyuanCustomInput
    output_model: ClassVar[type[HunyuanCustomOutput]] = HunyuanCustomOutput
    Input = HunyuanCustomInput
    Output = HunyuanCustomOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["512p", "720p"] | Omit = omit,
        fps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanCustomOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "Aerial view, aerial
                view, overexposed, low quality, deformation, a poor composition, bad hands, bad
                teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, picture,
                black border.".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            num_inference_steps: The number of inference steps to run. Lower gets faster results,
                higher gets better results. Default: 30. Limits: minimum 10, maximum 30.
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "512p".
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 16,
                maximum 30.
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 7.5. Limits:
                minimum 1.5, maximum 13.
            num_frames: The number of frames to generate. Default: 129. Limits: minimum 81, maximum
                129.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "fps": fps,
                "cfg_scale": cfg_scale,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["512p", "720p"] | Omit = omit,
        fps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanCustomOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "Aerial view, aerial
                view, overexposed, low quality, deformation, a poor composition, bad hands, bad
                teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, picture,
                black border.".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            num_inference_steps: The number of inference steps to run. Lower gets faster results,
                higher gets better results. Default: 30. Limits: minimum 10, maximum 30.
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "512p".
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 16,
                maximum 30.
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 7.5. Limits:
                minimum 1.5, maximum 13.
            num_frames: The number of frames to generate. Default: 129. Limits: minimum 81, maximum
                129.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "fps": fps,
                "cfg_scale": cfg_scale,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["512p", "720p"] | Omit = omit,
        fps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanCustomOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "Aerial view, aerial
                view, overexposed, low quality, deformation, a poor composition, bad hands, bad
                teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, picture,
                black border.".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            num_inference_steps: The number of inference steps to run. Lower gets faster results,
                higher gets better results. Default: 30. Limits: minimum 10, maximum 30.
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "512p".
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 16,
                maximum 30.
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 7.5. Limits:
                minimum 1.5, maximum 13.
            num_frames: The number of frames to generate. Default: 129. Limits: minimum 81, maximum
                129.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "fps": fps,
                "cfg_scale": cfg_scale,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["512p", "720p"] | Omit = omit,
        fps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanCustomOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "Aerial view, aerial
                view, overexposed, low quality, deformation, a poor composition, bad hands, bad
                teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, picture,
                black border.".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            num_inference_steps: The number of inference steps to run. Lower gets faster results,
                higher gets better results. Default: 30. Limits: minimum 10, maximum 30.
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "512p".
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 16,
                maximum 30.
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 7.5. Limits:
                minimum 1.5, maximum 13.
            num_frames: The number of frames to generate. Default: 129. Limits: minimum 81, maximum
                129.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "fps": fps,
                "cfg_scale": cfg_scale,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanCustom(AsyncEndpoint[HunyuanCustomInput, HunyuanCustomOutput]):
    """Hunyuan Custom (`fal-ai/hunyuan-custom`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-custom/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-custom"
    input_model: ClassVar[type[HunyuanCustomInput]] = HunyuanCustomInput
    output_model: ClassVar[type[HunyuanCustomOutput]] = HunyuanCustomOutput
    Input = HunyuanCustomInput
    Output = HunyuanCustomOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["512p", "720p"] | Omit = omit,
        fps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanCustomOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "Aerial view, aerial
                view, overexposed, low quality, deformation, a poor composition, bad hands, bad
                teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, picture,
                black border.".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            num_inference_steps: The number of inference steps to run. Lower gets faster results,
                higher gets better results. Default: 30. Limits: minimum 10, maximum 30.
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "512p".
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 16,
                maximum 30.
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 7.5. Limits:
                minimum 1.5, maximum 13.
            num_frames: The number of frames to generate. Default: 129. Limits: minimum 81, maximum
                129.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "fps": fps,
                "cfg_scale": cfg_scale,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["512p", "720p"] | Omit = omit,
        fps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanCustomOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "Aerial view, aerial
                view, overexposed, low quality, deformation, a poor composition, bad hands, bad
                teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, picture,
                black border.".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            num_inference_steps: The number of inference steps to run. Lower gets faster results,
                higher gets better results. Default: 30. Limits: minimum 10, maximum 30.
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "512p".
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 16,
                maximum 30.
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 7.5. Limits:
                minimum 1.5, maximum 13.
            num_frames: The number of frames to generate. Default: 129. Limits: minimum 81, maximum
                129.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "fps": fps,
                "cfg_scale": cfg_scale,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["512p", "720p"] | Omit = omit,
        fps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanCustomOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "Aerial view, aerial
                view, overexposed, low quality, deformation, a poor composition, bad hands, bad
                teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, picture,
                black border.".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            num_inference_steps: The number of inference steps to run. Lower gets faster results,
                higher gets better results. Default: 30. Limits: minimum 10, maximum 30.
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "512p".
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 16,
                maximum 30.
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 7.5. Limits:
                minimum 1.5, maximum 13.
            num_frames: The number of frames to generate. Default: 129. Limits: minimum 81, maximum
                129.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "fps": fps,
                "cfg_scale": cfg_scale,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["512p", "720p"] | Omit = omit,
        fps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanCustomOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation (max 500 characters).
            negative_prompt: Negative prompt for video generation. Default: "Aerial view, aerial
                view, overexposed, low quality, deformation, a poor composition, bad hands, bad
                teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, picture,
                black border.".
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            num_inference_steps: The number of inference steps to run. Lower gets faster results,
                higher gets better results. Default: 30. Limits: minimum 10, maximum 30.
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. 720p generations cost 1.5x more
                than 480p generations. Default: "512p".
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 16,
                maximum 30.
            cfg_scale: Classifier-Free Guidance scale for the generation. Default: 7.5. Limits:
                minimum 1.5, maximum 13.
            num_frames: The number of frames to generate. Default: 129. Limits: minimum 81, maximum
                129.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "fps": fps,
                "cfg_scale": cfg_scale,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
