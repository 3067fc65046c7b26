# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-i2v-lora` (Wan I2v Lora)."""

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
from fal_models.models.wan_i2v_lora import LoraWeight, WanI2vLoraInput, WanI2vLoraOutput

__all__ = ["WanI2vLora", "AsyncWanI2vLora", "WanI2vLoraInput", "WanI2vLoraOutput"]


class WanI2vLora(SyncEndpoint[WanI2vLoraInput, WanI2vLoraOutput]):
    """Wan I2v Lora (`fal-ai/wan-i2v-lora`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-i2v-lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-i2v-lora"
    input_model: ClassVar[type[WanI2vLoraInput]] = WanI2vLoraInput
    output_model: ClassVar[type[WanI2vLoraOutput]] = WanI2vLoraOutput
    Input = WanI2vLoraInput
    Output = WanI2vLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanI2vLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "aspect_ratio": aspect_ratio,
                "loras": loras,
                "reverse_video": reverse_video,
                "turbo_mode": turbo_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanI2vLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "aspect_ratio": aspect_ratio,
                "loras": loras,
                "reverse_video": reverse_video,
                "turbo_mode": turbo_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanI2vLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "aspect_ratio": aspect_ratio,
                "loras": loras,
                "reverse_video": reverse_video,
                "turbo_mode": turbo_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanI2vLoraOutput]:
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
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "aspect_ratio": aspect_ratio,
                "loras": loras,
                "reverse_video": reverse_video,
                "turbo_mode": turbo_mode,
            }
        )
        return self._stream(payload, options)


class AsyncWanI2vLora(AsyncEndpoint[WanI2vLoraInput, WanI2vLoraOutput]):
    """Wan I2v Lora (`fal-ai/wan-i2v-lora`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-i2v-lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-i2v-lora"
    input_model: ClassVar[type[WanI2vLoraInput]] = WanI2vLoraInput
    output_model: ClassVar[type[WanI2vLoraOutput]] = WanI2vLoraOutput
    Input = WanI2vLoraInput
    Output = WanI2vLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanI2vLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "aspect_ratio": aspect_ratio,
                "loras": loras,
                "reverse_video": reverse_video,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanI2vLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "aspect_ratio": aspect_ratio,
                "loras": loras,
                "reverse_video": reverse_video,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanI2vLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "aspect_ratio": aspect_ratio,
                "loras": loras,
                "reverse_video": reverse_video,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guide_scale: float | Omit = omit,
        shift: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanI2vLoraOutput]:
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
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "guide_scale": guide_scale,
                "shift": shift,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "aspect_ratio": aspect_ratio,
                "loras": loras,
                "reverse_video": reverse_video,
                "turbo_mode": turbo_mode,
            }
        )
        return self._stream(payload, options)
