# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-video-lora/multiconditioning` (Ltx Video Lora
Multiconditioning).
"""

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
from fal_models.models.ltx_video_lora_multiconditioning import (
    ImageCondition,
    LoRAWeight,
    LtxVideoLoraMulticonditioningInput,
    LtxVideoLoraMulticonditioningOutput,
    VideoCondition,
)

__all__ = [
    "LtxVideoLoraMulticonditioning",
    "AsyncLtxVideoLoraMulticonditioning",
    "LtxVideoLoraMulticonditioningInput",
    "LtxVideoLoraMulticonditioningOutput",
]


class LtxVideoLoraMulticonditioning(
    SyncEndpoint[LtxVideoLoraMulticonditioningInput, LtxVideoLoraMulticonditioningOutput]
):
    """Ltx Video Lora Multiconditioning (`fal-ai/ltx-video-lora/multiconditioning`).

    Request model for text-to-video generation with multiple conditions.

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video-lora/multiconditioning/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-lora/multiconditioning"
    input_model: ClassVar[type[LtxVideoLoraMulticonditioningInput]] = (
        LtxVideoLoraMulticonditioningInput
    )
    output_model: ClassVar[type[LtxVideoLoraMulticonditioningOutput]] = (
        LtxVideoLoraMulticonditioningOutput
    )
    Input = LtxVideoLoraMulticonditioningInput
    Output = LtxVideoLoraMulticonditioningOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        num_frames: int | Omit = omit,
        number_of_frames: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        images: list[ImageCondition] | Omit = omit,
        videos: list[VideoCondition] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LtxVideoLoraMulticonditioningOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to use. Default: "blurry, low quality, low
                resolution, inconsistent motion, jittery, distorted".
            loras: The LoRA weights to use for generation. Default: [].
            resolution: The resolution of the video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            num_frames: The number of frames in the video. Default: 89. Limits: minimum 9, maximum
                161.
            number_of_frames: The number of frames in the video. Deprecated. Use `num_frames`
                instead. Limits: minimum 9, maximum 161.
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                2, maximum 50.
            frames_per_second: The frame rate of the video. Default: 25. Limits: minimum 1, maximum
                60.
            seed: The seed to use for generation.
            enable_prompt_expansion: Whether to expand the prompt using the LLM. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            images: The image conditions to use for generation. Default: [].
            videos: The video conditions to use for generation. Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "number_of_frames": number_of_frames,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "images": images,
                "videos": videos,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        num_frames: int | Omit = omit,
        number_of_frames: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        images: list[ImageCondition] | Omit = omit,
        videos: list[VideoCondition] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LtxVideoLoraMulticonditioningOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to use. Default: "blurry, low quality, low
                resolution, inconsistent motion, jittery, distorted".
            loras: The LoRA weights to use for generation. Default: [].
            resolution: The resolution of the video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            num_frames: The number of frames in the video. Default: 89. Limits: minimum 9, maximum
                161.
            number_of_frames: The number of frames in the video. Deprecated. Use `num_frames`
                instead. Limits: minimum 9, maximum 161.
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                2, maximum 50.
            frames_per_second: The frame rate of the video. Default: 25. Limits: minimum 1, maximum
                60.
            seed: The seed to use for generation.
            enable_prompt_expansion: Whether to expand the prompt using the LLM. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            images: The image conditions to use for generation. Default: [].
            videos: The video conditions to use for generation. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "number_of_frames": number_of_frames,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "images": images,
                "videos": videos,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        num_frames: int | Omit = omit,
        number_of_frames: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        images: list[ImageCondition] | Omit = omit,
        videos: list[VideoCondition] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LtxVideoLoraMulticonditioningOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to use. Default: "blurry, low quality, low
                resolution, inconsistent motion, jittery, distorted".
            loras: The LoRA weights to use for generation. Default: [].
            resolution: The resolution of the video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            num_frames: The number of frames in the video. Default: 89. Limits: minimum 9, maximum
                161.
            number_of_frames: The number of frames in the video. Deprecated. Use `num_frames`
                instead. Limits: minimum 9, maximum 161.
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                2, maximum 50.
            frames_per_second: The frame rate of the video. Default: 25. Limits: minimum 1, maximum
                60.
            seed: The seed to use for generation.
            enable_prompt_expansion: Whether to expand the prompt using the LLM. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            images: The image conditions to use for generation. Default: [].
            videos: The video conditions to use for generation. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "number_of_frames": number_of_frames,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "images": images,
                "videos": videos,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        num_frames: int | Omit = omit,
        number_of_frames: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        images: list[ImageCondition] | Omit = omit,
        videos: list[VideoCondition] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LtxVideoLoraMulticonditioningOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to use. Default: "blurry, low quality, low
                resolution, inconsistent motion, jittery, distorted".
            loras: The LoRA weights to use for generation. Default: [].
            resolution: The resolution of the video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            num_frames: The number of frames in the video. Default: 89. Limits: minimum 9, maximum
                161.
            number_of_frames: The number of frames in the video. Deprecated. Use `num_frames`
                instead. Limits: minimum 9, maximum 161.
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                2, maximum 50.
            frames_per_second: The frame rate of the video. Default: 25. Limits: minimum 1, maximum
                60.
            seed: The seed to use for generation.
            enable_prompt_expansion: Whether to expand the prompt using the LLM. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            images: The image conditions to use for generation. Default: [].
            videos: The video conditions to use for generation. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "number_of_frames": number_of_frames,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "images": images,
                "videos": videos,
            }
        )
        return self._stream(payload, options)


class AsyncLtxVideoLoraMulticonditioning(
    AsyncEndpoint[LtxVideoLoraMulticonditioningInput, LtxVideoLoraMulticonditioningOutput]
):
    """Ltx Video Lora Multiconditioning (`fal-ai/ltx-video-lora/multiconditioning`).

    Request model for text-to-video generation with multiple conditions.

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video-lora/multiconditioning/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-lora/multiconditioning"
    input_model: ClassVar[type[LtxVideoLoraMulticonditioningInput]] = (
        LtxVideoLoraMulticonditioningInput
    )
    output_model: ClassVar[type[LtxVideoLoraMulticonditioningOutput]] = (
        LtxVideoLoraMulticonditioningOutput
    )
    Input = LtxVideoLoraMulticonditioningInput
    Output = LtxVideoLoraMulticonditioningOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        num_frames: int | Omit = omit,
        number_of_frames: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        images: list[ImageCondition] | Omit = omit,
        videos: list[VideoCondition] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LtxVideoLoraMulticonditioningOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to use. Default: "blurry, low quality, low
                resolution, inconsistent motion, jittery, distorted".
            loras: The LoRA weights to use for generation. Default: [].
            resolution: The resolution of the video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            num_frames: The number of frames in the video. Default: 89. Limits: minimum 9, maximum
                161.
            number_of_frames: The number of frames in the video. Deprecated. Use `num_frames`
                instead. Limits: minimum 9, maximum 161.
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                2, maximum 50.
            frames_per_second: The frame rate of the video. Default: 25. Limits: minimum 1, maximum
                60.
            seed: The seed to use for generation.
            enable_prompt_expansion: Whether to expand the prompt using the LLM. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            images: The image conditions to use for generation. Default: [].
            videos: The video conditions to use for generation. Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "number_of_frames": number_of_frames,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "images": images,
                "videos": videos,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        num_frames: int | Omit = omit,
        number_of_frames: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        images: list[ImageCondition] | Omit = omit,
        videos: list[VideoCondition] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LtxVideoLoraMulticonditioningOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to use. Default: "blurry, low quality, low
                resolution, inconsistent motion, jittery, distorted".
            loras: The LoRA weights to use for generation. Default: [].
            resolution: The resolution of the video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            num_frames: The number of frames in the video. Default: 89. Limits: minimum 9, maximum
                161.
            number_of_frames: The number of frames in the video. Deprecated. Use `num_frames`
                instead. Limits: minimum 9, maximum 161.
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                2, maximum 50.
            frames_per_second: The frame rate of the video. Default: 25. Limits: minimum 1, maximum
                60.
            seed: The seed to use for generation.
            enable_prompt_expansion: Whether to expand the prompt using the LLM. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            images: The image conditions to use for generation. Default: [].
            videos: The video conditions to use for generation. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "number_of_frames": number_of_frames,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "images": images,
                "videos": videos,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        num_frames: int | Omit = omit,
        number_of_frames: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        images: list[ImageCondition] | Omit = omit,
        videos: list[VideoCondition] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LtxVideoLoraMulticonditioningOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to use. Default: "blurry, low quality, low
                resolution, inconsistent motion, jittery, distorted".
            loras: The LoRA weights to use for generation. Default: [].
            resolution: The resolution of the video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            num_frames: The number of frames in the video. Default: 89. Limits: minimum 9, maximum
                161.
            number_of_frames: The number of frames in the video. Deprecated. Use `num_frames`
                instead. Limits: minimum 9, maximum 161.
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                2, maximum 50.
            frames_per_second: The frame rate of the video. Default: 25. Limits: minimum 1, maximum
                60.
            seed: The seed to use for generation.
            enable_prompt_expansion: Whether to expand the prompt using the LLM. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            images: The image conditions to use for generation. Default: [].
            videos: The video conditions to use for generation. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "number_of_frames": number_of_frames,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "images": images,
                "videos": videos,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        num_frames: int | Omit = omit,
        number_of_frames: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        images: list[ImageCondition] | Omit = omit,
        videos: list[VideoCondition] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LtxVideoLoraMulticonditioningOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to use. Default: "blurry, low quality, low
                resolution, inconsistent motion, jittery, distorted".
            loras: The LoRA weights to use for generation. Default: [].
            resolution: The resolution of the video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            num_frames: The number of frames in the video. Default: 89. Limits: minimum 9, maximum
                161.
            number_of_frames: The number of frames in the video. Deprecated. Use `num_frames`
                instead. Limits: minimum 9, maximum 161.
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                2, maximum 50.
            frames_per_second: The frame rate of the video. Default: 25. Limits: minimum 1, maximum
                60.
            seed: The seed to use for generation.
            enable_prompt_expansion: Whether to expand the prompt using the LLM. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            images: The image conditions to use for generation. Default: [].
            videos: The video conditions to use for generation. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "number_of_frames": number_of_frames,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "images": images,
                "videos": videos,
            }
        )
        return self._stream(payload, options)
