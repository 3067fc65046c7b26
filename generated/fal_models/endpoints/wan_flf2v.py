# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-flf2v` (Wan Flf2v)."""

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
from fal_models.models.wan_flf2v import WanFlf2vInput, WanFlf2vOutput

__all__ = ["WanFlf2v", "AsyncWanFlf2v", "WanFlf2vInput", "WanFlf2vOutput"]


class WanFlf2v(SyncEndpoint[WanFlf2vInput, WanFlf2vOutput]):
    """Wan Flf2v (`fal-ai/wan-flf2v`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-flf2v/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-flf2v"
    input_model: ClassVar[type[WanFlf2vInput]] = WanFlf2vInput
    output_model: ClassVar[type[WanFlf2vOutput]] = WanFlf2vOutput
    Input = WanFlf2vInput
    Output = WanFlf2vOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        start_image_url: FileInput,
        end_image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanFlf2vOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            start_image_url: URL of the starting image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            end_image_url: URL of the ending image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            guide_scale: Classifier-free guidance scale. Higher values give better adherence to the
                prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        start_image_url: FileInput,
        end_image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanFlf2vOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            start_image_url: URL of the starting image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            end_image_url: URL of the ending image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            guide_scale: Classifier-free guidance scale. Higher values give better adherence to the
                prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        start_image_url: FileInput,
        end_image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanFlf2vOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            start_image_url: URL of the starting image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            end_image_url: URL of the ending image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            guide_scale: Classifier-free guidance scale. Higher values give better adherence to the
                prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        start_image_url: FileInput,
        end_image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanFlf2vOutput]:
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
            start_image_url: URL of the starting image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            end_image_url: URL of the ending image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            guide_scale: Classifier-free guidance scale. Higher values give better adherence to the
                prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncWanFlf2v(AsyncEndpoint[WanFlf2vInput, WanFlf2vOutput]):
    """Wan Flf2v (`fal-ai/wan-flf2v`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-flf2v/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-flf2v"
    input_model: ClassVar[type[WanFlf2vInput]] = WanFlf2vInput
    output_model: ClassVar[type[WanFlf2vOutput]] = WanFlf2vOutput
    Input = WanFlf2vInput
    Output = WanFlf2vOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        start_image_url: FileInput,
        end_image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanFlf2vOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            start_image_url: URL of the starting image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            end_image_url: URL of the ending image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            guide_scale: Classifier-free guidance scale. Higher values give better adherence to the
                prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        start_image_url: FileInput,
        end_image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanFlf2vOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            start_image_url: URL of the starting image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            end_image_url: URL of the ending image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            guide_scale: Classifier-free guidance scale. Higher values give better adherence to the
                prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        start_image_url: FileInput,
        end_image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanFlf2vOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            start_image_url: URL of the starting image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            end_image_url: URL of the ending image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            guide_scale: Classifier-free guidance scale. Higher values give better adherence to the
                prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        start_image_url: FileInput,
        end_image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanFlf2vOutput]:
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
            start_image_url: URL of the starting image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            end_image_url: URL of the ending image. If the input image does not match the chosen
                aspect ratio, it is resized and center cropped. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            guide_scale: Classifier-free guidance scale. Higher values give better adherence to the
                prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 10.
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
