# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-t2v-lora` (Wan T2v Lora)."""

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
from fal_models.models.wan_t2v_lora import LoraWeight, WanT2vLoraInput, WanT2vLoraOutput

__all__ = ["WanT2vLora", "AsyncWanT2vLora", "WanT2vLoraInput", "WanT2vLoraOutput"]


class WanT2vLora(SyncEndpoint[WanT2vLoraInput, WanT2vLoraOutput]):
    """Wan T2v Lora (`fal-ai/wan-t2v-lora`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan-t2v-lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-t2v-lora"
    input_model: ClassVar[type[WanT2vLoraInput]] = WanT2vLoraInput
    output_model: ClassVar[type[WanT2vLoraOutput]] = WanT2vLoraOutput
    Input = WanT2vLoraInput
    Output = WanT2vLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanT2vLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive).
                Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "turbo_mode": turbo_mode,
                "loras": loras,
                "reverse_video": reverse_video,
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
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanT2vLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive).
                Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "turbo_mode": turbo_mode,
                "loras": loras,
                "reverse_video": reverse_video,
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
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanT2vLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive).
                Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "turbo_mode": turbo_mode,
                "loras": loras,
                "reverse_video": reverse_video,
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
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanT2vLoraOutput]:
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
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive).
                Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "turbo_mode": turbo_mode,
                "loras": loras,
                "reverse_video": reverse_video,
            }
        )
        return self._stream(payload, options)


class AsyncWanT2vLora(AsyncEndpoint[WanT2vLoraInput, WanT2vLoraOutput]):
    """Wan T2v Lora (`fal-ai/wan-t2v-lora`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan-t2v-lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-t2v-lora"
    input_model: ClassVar[type[WanT2vLoraInput]] = WanT2vLoraInput
    output_model: ClassVar[type[WanT2vLoraOutput]] = WanT2vLoraOutput
    Input = WanT2vLoraInput
    Output = WanT2vLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | None | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanT2vLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive).
                Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "turbo_mode": turbo_mode,
                "loras": loras,
                "reverse_video": reverse_video,
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
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanT2vLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive).
                Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "turbo_mode": turbo_mode,
                "loras": loras,
                "reverse_video": reverse_video,
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
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanT2vLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "bright colors,
                overexposed, static, blurred details, subtitles, style, artwork, painting, picture,
                still, overall gray, worst quality, low quality, JPEG compression residue, ugly,
                incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, malformed limbs, fused fingers, still picture, cluttered background,
                three legs, many people in the background, walking backwards".
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive).
                Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "turbo_mode": turbo_mode,
                "loras": loras,
                "reverse_video": reverse_video,
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
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanT2vLoraOutput]:
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
            num_frames: Number of frames to generate. Must be between 81 to 100 (inclusive).
                Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 24.
                Default: 16. Limits: minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "turbo_mode": turbo_mode,
                "loras": loras,
                "reverse_video": reverse_video,
            }
        )
        return self._stream(payload, options)
