# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.2-14b/animate/replace` (Wan V2.2 14b Animate Replace)."""

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
from fal_models.models.wan_v2_2_14b_animate_replace import (
    WanV2_2_14bAnimateReplaceInput,
    WanV2_2_14bAnimateReplaceOutput,
)

__all__ = [
    "WanV2_2_14bAnimateReplace",
    "AsyncWanV2_2_14bAnimateReplace",
    "WanV2_2_14bAnimateReplaceInput",
    "WanV2_2_14bAnimateReplaceOutput",
]


class WanV2_2_14bAnimateReplace(
    SyncEndpoint[WanV2_2_14bAnimateReplaceInput, WanV2_2_14bAnimateReplaceOutput]
):
    """Wan V2.2 14b Animate Replace (`fal-ai/wan/v2.2-14b/animate/replace`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.2-14b/animate/replace/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-14b/animate/replace"
    input_model: ClassVar[type[WanV2_2_14bAnimateReplaceInput]] = WanV2_2_14bAnimateReplaceInput
    output_model: ClassVar[type[WanV2_2_14bAnimateReplaceOutput]] = WanV2_2_14bAnimateReplaceOutput
    Input = WanV2_2_14bAnimateReplaceInput
    Output = WanV2_2_14bAnimateReplaceOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        use_turbo: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_2_14bAnimateReplaceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 1. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 20. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            return_frames_zip: If true, also return a ZIP archive containing per-frame images
                generated on GPU (lossless). Default: false.
            use_turbo: If true, applies quality enhancement for faster generation with improved
                quality. When enabled, parameters are automatically optimized for best results.
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "return_frames_zip": return_frames_zip,
                "use_turbo": use_turbo,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        use_turbo: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_2_14bAnimateReplaceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 1. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 20. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            return_frames_zip: If true, also return a ZIP archive containing per-frame images
                generated on GPU (lossless). Default: false.
            use_turbo: If true, applies quality enhancement for faster generation with improved
                quality. When enabled, parameters are automatically optimized for best results.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "return_frames_zip": return_frames_zip,
                "use_turbo": use_turbo,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        use_turbo: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2_14bAnimateReplaceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 1. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 20. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            return_frames_zip: If true, also return a ZIP archive containing per-frame images
                generated on GPU (lossless). Default: false.
            use_turbo: If true, applies quality enhancement for faster generation with improved
                quality. When enabled, parameters are automatically optimized for best results.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "return_frames_zip": return_frames_zip,
                "use_turbo": use_turbo,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        use_turbo: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_2_14bAnimateReplaceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 1. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 20. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            return_frames_zip: If true, also return a ZIP archive containing per-frame images
                generated on GPU (lossless). Default: false.
            use_turbo: If true, applies quality enhancement for faster generation with improved
                quality. When enabled, parameters are automatically optimized for best results.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "return_frames_zip": return_frames_zip,
                "use_turbo": use_turbo,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_2_14bAnimateReplace(
    AsyncEndpoint[WanV2_2_14bAnimateReplaceInput, WanV2_2_14bAnimateReplaceOutput]
):
    """Wan V2.2 14b Animate Replace (`fal-ai/wan/v2.2-14b/animate/replace`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.2-14b/animate/replace/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-14b/animate/replace"
    input_model: ClassVar[type[WanV2_2_14bAnimateReplaceInput]] = WanV2_2_14bAnimateReplaceInput
    output_model: ClassVar[type[WanV2_2_14bAnimateReplaceOutput]] = WanV2_2_14bAnimateReplaceOutput
    Input = WanV2_2_14bAnimateReplaceInput
    Output = WanV2_2_14bAnimateReplaceOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        use_turbo: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_2_14bAnimateReplaceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 1. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 20. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            return_frames_zip: If true, also return a ZIP archive containing per-frame images
                generated on GPU (lossless). Default: false.
            use_turbo: If true, applies quality enhancement for faster generation with improved
                quality. When enabled, parameters are automatically optimized for best results.
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "return_frames_zip": return_frames_zip,
                "use_turbo": use_turbo,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        use_turbo: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_2_14bAnimateReplaceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 1. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 20. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            return_frames_zip: If true, also return a ZIP archive containing per-frame images
                generated on GPU (lossless). Default: false.
            use_turbo: If true, applies quality enhancement for faster generation with improved
                quality. When enabled, parameters are automatically optimized for best results.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "return_frames_zip": return_frames_zip,
                "use_turbo": use_turbo,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        use_turbo: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2_14bAnimateReplaceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 1. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 20. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            return_frames_zip: If true, also return a ZIP archive containing per-frame images
                generated on GPU (lossless). Default: false.
            use_turbo: If true, applies quality enhancement for faster generation with improved
                quality. When enabled, parameters are automatically optimized for best results.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "return_frames_zip": return_frames_zip,
                "use_turbo": use_turbo,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        use_turbo: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_2_14bAnimateReplaceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 1. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 20. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            return_frames_zip: If true, also return a ZIP archive containing per-frame images
                generated on GPU (lossless). Default: false.
            use_turbo: If true, applies quality enhancement for faster generation with improved
                quality. When enabled, parameters are automatically optimized for best results.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "return_frames_zip": return_frames_zip,
                "use_turbo": use_turbo,
            }
        )
        return self._stream(payload, options)
