# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-vace` (Wan Vace)."""

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
from fal_models.models.wan_vace import WanVaceInput, WanVaceOutput

__all__ = ["WanVace", "AsyncWanVace", "WanVaceInput", "WanVaceOutput"]


class WanVace(SyncEndpoint[WanVaceInput, WanVaceOutput]):
    """Wan Vace (`fal-ai/wan-vace`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan-vace/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-vace"
    input_model: ClassVar[type[WanVaceInput]] = WanVaceInput
    output_model: ClassVar[type[WanVaceOutput]] = WanVaceOutput
    Input = WanVaceInput
    Output = WanVaceOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        task: Literal["depth", "inpainting"] | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        mask_video_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        ref_image_urls: list[FileInput] | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanVaceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). Works
                only with only reference images as input if source video or mask video is provided
                output len would be same as source up to 241 frames. Default: 81. Limits: minimum
                81, maximum 240.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            task: Task type for the model. Default: "depth".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p,580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            video_url: URL to the source video file. If provided, the model will use this video as a
                reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_video_url: URL to the source mask file. If provided, the model will use this mask
                as a reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_image_url: URL to the guiding mask file. If provided, the model will use this mask
                as a reference to create masked video. If provided mask video url will be ignored.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: Urls to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "task": task,
                "shift": shift,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "mask_image_url": mask_image_url,
                "ref_image_urls": ref_image_urls,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        task: Literal["depth", "inpainting"] | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        mask_video_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        ref_image_urls: list[FileInput] | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanVaceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). Works
                only with only reference images as input if source video or mask video is provided
                output len would be same as source up to 241 frames. Default: 81. Limits: minimum
                81, maximum 240.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            task: Task type for the model. Default: "depth".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p,580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            video_url: URL to the source video file. If provided, the model will use this video as a
                reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_video_url: URL to the source mask file. If provided, the model will use this mask
                as a reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_image_url: URL to the guiding mask file. If provided, the model will use this mask
                as a reference to create masked video. If provided mask video url will be ignored.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: Urls to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "task": task,
                "shift": shift,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "mask_image_url": mask_image_url,
                "ref_image_urls": ref_image_urls,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        task: Literal["depth", "inpainting"] | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        mask_video_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        ref_image_urls: list[FileInput] | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanVaceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). Works
                only with only reference images as input if source video or mask video is provided
                output len would be same as source up to 241 frames. Default: 81. Limits: minimum
                81, maximum 240.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            task: Task type for the model. Default: "depth".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p,580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            video_url: URL to the source video file. If provided, the model will use this video as a
                reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_video_url: URL to the source mask file. If provided, the model will use this mask
                as a reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_image_url: URL to the guiding mask file. If provided, the model will use this mask
                as a reference to create masked video. If provided mask video url will be ignored.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: Urls to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "task": task,
                "shift": shift,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "mask_image_url": mask_image_url,
                "ref_image_urls": ref_image_urls,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        task: Literal["depth", "inpainting"] | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        mask_video_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        ref_image_urls: list[FileInput] | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanVaceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). Works
                only with only reference images as input if source video or mask video is provided
                output len would be same as source up to 241 frames. Default: 81. Limits: minimum
                81, maximum 240.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            task: Task type for the model. Default: "depth".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p,580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            video_url: URL to the source video file. If provided, the model will use this video as a
                reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_video_url: URL to the source mask file. If provided, the model will use this mask
                as a reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_image_url: URL to the guiding mask file. If provided, the model will use this mask
                as a reference to create masked video. If provided mask video url will be ignored.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: Urls to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "task": task,
                "shift": shift,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "mask_image_url": mask_image_url,
                "ref_image_urls": ref_image_urls,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
            }
        )
        return self._stream(payload, options)


class AsyncWanVace(AsyncEndpoint[WanVaceInput, WanVaceOutput]):
    """Wan Vace (`fal-ai/wan-vace`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan-vace/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-vace"
    input_model: ClassVar[type[WanVaceInput]] = WanVaceInput
    output_model: ClassVar[type[WanVaceOutput]] = WanVaceOutput
    Input = WanVaceInput
    Output = WanVaceOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        task: Literal["depth", "inpainting"] | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        mask_video_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        ref_image_urls: list[FileInput] | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanVaceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). Works
                only with only reference images as input if source video or mask video is provided
                output len would be same as source up to 241 frames. Default: 81. Limits: minimum
                81, maximum 240.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            task: Task type for the model. Default: "depth".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p,580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            video_url: URL to the source video file. If provided, the model will use this video as a
                reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_video_url: URL to the source mask file. If provided, the model will use this mask
                as a reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_image_url: URL to the guiding mask file. If provided, the model will use this mask
                as a reference to create masked video. If provided mask video url will be ignored.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: Urls to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "task": task,
                "shift": shift,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "mask_image_url": mask_image_url,
                "ref_image_urls": ref_image_urls,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        task: Literal["depth", "inpainting"] | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        mask_video_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        ref_image_urls: list[FileInput] | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanVaceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). Works
                only with only reference images as input if source video or mask video is provided
                output len would be same as source up to 241 frames. Default: 81. Limits: minimum
                81, maximum 240.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            task: Task type for the model. Default: "depth".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p,580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            video_url: URL to the source video file. If provided, the model will use this video as a
                reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_video_url: URL to the source mask file. If provided, the model will use this mask
                as a reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_image_url: URL to the guiding mask file. If provided, the model will use this mask
                as a reference to create masked video. If provided mask video url will be ignored.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: Urls to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "task": task,
                "shift": shift,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "mask_image_url": mask_image_url,
                "ref_image_urls": ref_image_urls,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        task: Literal["depth", "inpainting"] | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        mask_video_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        ref_image_urls: list[FileInput] | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanVaceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). Works
                only with only reference images as input if source video or mask video is provided
                output len would be same as source up to 241 frames. Default: 81. Limits: minimum
                81, maximum 240.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            task: Task type for the model. Default: "depth".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p,580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            video_url: URL to the source video file. If provided, the model will use this video as a
                reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_video_url: URL to the source mask file. If provided, the model will use this mask
                as a reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_image_url: URL to the guiding mask file. If provided, the model will use this mask
                as a reference to create masked video. If provided mask video url will be ignored.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: Urls to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "task": task,
                "shift": shift,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "mask_image_url": mask_image_url,
                "ref_image_urls": ref_image_urls,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        task: Literal["depth", "inpainting"] | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        mask_video_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        ref_image_urls: list[FileInput] | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanVaceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). Works
                only with only reference images as input if source video or mask video is provided
                output len would be same as source up to 241 frames. Default: 81. Limits: minimum
                81, maximum 240.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            task: Task type for the model. Default: "depth".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p,580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            video_url: URL to the source video file. If provided, the model will use this video as a
                reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_video_url: URL to the source mask file. If provided, the model will use this mask
                as a reference. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            mask_image_url: URL to the guiding mask file. If provided, the model will use this mask
                as a reference to create masked video. If provided mask video url will be ignored.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: Urls to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "task": task,
                "shift": shift,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "mask_image_url": mask_image_url,
                "ref_image_urls": ref_image_urls,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
            }
        )
        return self._stream(payload, options)
