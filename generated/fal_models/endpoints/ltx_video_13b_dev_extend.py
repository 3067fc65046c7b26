# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-video-13b-dev/extend` (Ltx Video 13b Dev Extend)."""

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
from fal_models.models.ltx_video_13b_dev_extend import (
    ExtendVideoConditioningInput,
    LoRAWeight,
    LtxVideo13bDevExtendInput,
    LtxVideo13bDevExtendOutput,
)

__all__ = [
    "LtxVideo13bDevExtend",
    "AsyncLtxVideo13bDevExtend",
    "LtxVideo13bDevExtendInput",
    "LtxVideo13bDevExtendOutput",
]


class LtxVideo13bDevExtend(SyncEndpoint[LtxVideo13bDevExtendInput, LtxVideo13bDevExtendOutput]):
    """Ltx Video 13b Dev Extend (`fal-ai/ltx-video-13b-dev/extend`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video-13b-dev/extend/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-13b-dev/extend"
    input_model: ClassVar[type[LtxVideo13bDevExtendInput]] = LtxVideo13bDevExtendInput
    output_model: ClassVar[type[LtxVideo13bDevExtendOutput]] = LtxVideo13bDevExtendOutput
    Input = LtxVideo13bDevExtendInput
    Output = LtxVideo13bDevExtendOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "1:1", "16:9", "auto"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        first_pass_num_inference_steps: int | Omit = omit,
        second_pass_num_inference_steps: int | Omit = omit,
        second_pass_skip_initial_steps: int | Omit = omit,
        frame_rate: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_detail_pass: bool | Omit = omit,
        temporal_adain_factor: float | Omit = omit,
        tone_map_compression_ratio: float | Omit = omit,
        constant_rate_factor: int | Omit = omit,
        video: ExtendVideoConditioningInput,
        **options: Unpack[SubscribeOptions],
    ) -> LtxVideo13bDevExtendOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 17. Limits: minimum
                0, maximum 49.
            frame_rate: The frame rate of the video. Default: 24. Limits: minimum 1, maximum 60.
            expand_prompt: Whether to expand the prompt using a language model. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            enable_detail_pass: Whether to use a detail pass. If True, the model will perform a
                second pass to refine the video and enhance details. This incurs a 2.0x cost
                multiplier on the base price. Default: false.
            temporal_adain_factor: The factor for adaptive instance normalization (AdaIN) applied to
                generated video chunks after the first. This can help deal with a gradual increase
                in saturation/contrast in the generated video by normalizing the color distribution
                across the video. A high value will ensure the color distribution is more consistent
                across the video, while a low value will allow for more variation in color
                distribution. Default: 0.5. Limits: minimum 0, maximum 1, multiple of 0.05.
            tone_map_compression_ratio: The compression ratio for tone mapping. This is used to
                compress the dynamic range of the video to improve visual quality. A value of 0.0
                means no compression, while a value of 1.0 means maximum compression. Default: 0.
                Limits: minimum 0, maximum 1, multiple of 0.05.
            constant_rate_factor: The constant rate factor (CRF) to compress input media with.
                Compressed input media more closely matches the model's training data, which can
                improve motion quality. Default: 29. Limits: minimum 0, maximum 51.
            video: Video to be extended.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_frames": num_frames,
                "first_pass_num_inference_steps": first_pass_num_inference_steps,
                "second_pass_num_inference_steps": second_pass_num_inference_steps,
                "second_pass_skip_initial_steps": second_pass_skip_initial_steps,
                "frame_rate": frame_rate,
                "expand_prompt": expand_prompt,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "enable_detail_pass": enable_detail_pass,
                "temporal_adain_factor": temporal_adain_factor,
                "tone_map_compression_ratio": tone_map_compression_ratio,
                "constant_rate_factor": constant_rate_factor,
                "video": video,
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
        aspect_ratio: Literal["9:16", "1:1", "16:9", "auto"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        first_pass_num_inference_steps: int | Omit = omit,
        second_pass_num_inference_steps: int | Omit = omit,
        second_pass_skip_initial_steps: int | Omit = omit,
        frame_rate: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_detail_pass: bool | Omit = omit,
        temporal_adain_factor: float | Omit = omit,
        tone_map_compression_ratio: float | Omit = omit,
        constant_rate_factor: int | Omit = omit,
        video: ExtendVideoConditioningInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LtxVideo13bDevExtendOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 17. Limits: minimum
                0, maximum 49.
            frame_rate: The frame rate of the video. Default: 24. Limits: minimum 1, maximum 60.
            expand_prompt: Whether to expand the prompt using a language model. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            enable_detail_pass: Whether to use a detail pass. If True, the model will perform a
                second pass to refine the video and enhance details. This incurs a 2.0x cost
                multiplier on the base price. Default: false.
            temporal_adain_factor: The factor for adaptive instance normalization (AdaIN) applied to
                generated video chunks after the first. This can help deal with a gradual increase
                in saturation/contrast in the generated video by normalizing the color distribution
                across the video. A high value will ensure the color distribution is more consistent
                across the video, while a low value will allow for more variation in color
                distribution. Default: 0.5. Limits: minimum 0, maximum 1, multiple of 0.05.
            tone_map_compression_ratio: The compression ratio for tone mapping. This is used to
                compress the dynamic range of the video to improve visual quality. A value of 0.0
                means no compression, while a value of 1.0 means maximum compression. Default: 0.
                Limits: minimum 0, maximum 1, multiple of 0.05.
            constant_rate_factor: The constant rate factor (CRF) to compress input media with.
                Compressed input media more closely matches the model's training data, which can
                improve motion quality. Default: 29. Limits: minimum 0, maximum 51.
            video: Video to be extended.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_frames": num_frames,
                "first_pass_num_inference_steps": first_pass_num_inference_steps,
                "second_pass_num_inference_steps": second_pass_num_inference_steps,
                "second_pass_skip_initial_steps": second_pass_skip_initial_steps,
                "frame_rate": frame_rate,
                "expand_prompt": expand_prompt,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "enable_detail_pass": enable_detail_pass,
                "temporal_adain_factor": temporal_adain_factor,
                "tone_map_compression_ratio": tone_map_compression_ratio,
                "constant_rate_factor": constant_rate_factor,
                "video": video,
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
        aspect_ratio: Literal["9:16", "1:1", "16:9", "auto"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        first_pass_num_inference_steps: int | Omit = omit,
        second_pass_num_inference_steps: int | Omit = omit,
        second_pass_skip_initial_steps: int | Omit = omit,
        frame_rate: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_detail_pass: bool | Omit = omit,
        temporal_adain_factor: float | Omit = omit,
        tone_map_compression_ratio: float | Omit = omit,
        constant_rate_factor: int | Omit = omit,
        video: ExtendVideoConditioningInput,
        **options: Unpack[RunOptions],
    ) -> LtxVideo13bDevExtendOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 17. Limits: minimum
                0, maximum 49.
            frame_rate: The frame rate of the video. Default: 24. Limits: minimum 1, maximum 60.
            expand_prompt: Whether to expand the prompt using a language model. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            enable_detail_pass: Whether to use a detail pass. If True, the model will perform a
                second pass to refine the video and enhance details. This incurs a 2.0x cost
                multiplier on the base price. Default: false.
            temporal_adain_factor: The factor for adaptive instance normalization (AdaIN) applied to
                generated video chunks after the first. This can help deal with a gradual increase
                in saturation/contrast in the generated video by normalizing the color distribution
                across the video. A high value will ensure the color distribution is more consistent
                across the video, while a low value will allow for more variation in color
                distribution. Default: 0.5. Limits: minimum 0, maximum 1, multiple of 0.05.
            tone_map_compression_ratio: The compression ratio for tone mapping. This is used to
                compress the dynamic range of the video to improve visual quality. A value of 0.0
                means no compression, while a value of 1.0 means maximum compression. Default: 0.
                Limits: minimum 0, maximum 1, multiple of 0.05.
            constant_rate_factor: The constant rate factor (CRF) to compress input media with.
                Compressed input media more closely matches the model's training data, which can
                improve motion quality. Default: 29. Limits: minimum 0, maximum 51.
            video: Video to be extended.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_frames": num_frames,
                "first_pass_num_inference_steps": first_pass_num_inference_steps,
                "second_pass_num_inference_steps": second_pass_num_inference_steps,
                "second_pass_skip_initial_steps": second_pass_skip_initial_steps,
                "frame_rate": frame_rate,
                "expand_prompt": expand_prompt,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "enable_detail_pass": enable_detail_pass,
                "temporal_adain_factor": temporal_adain_factor,
                "tone_map_compression_ratio": tone_map_compression_ratio,
                "constant_rate_factor": constant_rate_factor,
                "video": video,
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
        aspect_ratio: Literal["9:16", "1:1", "16:9", "auto"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        first_pass_num_inference_steps: int | Omit = omit,
        second_pass_num_inference_steps: int | Omit = omit,
        second_pass_skip_initial_steps: int | Omit = omit,
        frame_rate: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_detail_pass: bool | Omit = omit,
        temporal_adain_factor: float | Omit = omit,
        tone_map_compression_ratio: float | Omit = omit,
        constant_rate_factor: int | Omit = omit,
        video: ExtendVideoConditioningInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LtxVideo13bDevExtendOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 17. Limits: minimum
                0, maximum 49.
            frame_rate: The frame rate of the video. Default: 24. Limits: minimum 1, maximum 60.
            expand_prompt: Whether to expand the prompt using a language model. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            enable_detail_pass: Whether to use a detail pass. If True, the model will perform a
                second pass to refine the video and enhance details. This incurs a 2.0x cost
                multiplier on the base price. Default: false.
            temporal_adain_factor: The factor for adaptive instance normalization (AdaIN) applied to
                generated video chunks after the first. This can help deal with a gradual increase
                in saturation/contrast in the generated video by normalizing the color distribution
                across the video. A high value will ensure the color distribution is more consistent
                across the video, while a low value will allow for more variation in color
                distribution. Default: 0.5. Limits: minimum 0, maximum 1, multiple of 0.05.
            tone_map_compression_ratio: The compression ratio for tone mapping. This is used to
                compress the dynamic range of the video to improve visual quality. A value of 0.0
                means no compression, while a value of 1.0 means maximum compression. Default: 0.
                Limits: minimum 0, maximum 1, multiple of 0.05.
            constant_rate_factor: The constant rate factor (CRF) to compress input media with.
                Compressed input media more closely matches the model's training data, which can
                improve motion quality. Default: 29. Limits: minimum 0, maximum 51.
            video: Video to be extended.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_frames": num_frames,
                "first_pass_num_inference_steps": first_pass_num_inference_steps,
                "second_pass_num_inference_steps": second_pass_num_inference_steps,
                "second_pass_skip_initial_steps": second_pass_skip_initial_steps,
                "frame_rate": frame_rate,
                "expand_prompt": expand_prompt,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "enable_detail_pass": enable_detail_pass,
                "temporal_adain_factor": temporal_adain_factor,
                "tone_map_compression_ratio": tone_map_compression_ratio,
                "constant_rate_factor": constant_rate_factor,
                "video": video,
            }
        )
        return self._stream(payload, options)


class AsyncLtxVideo13bDevExtend(
    AsyncEndpoint[LtxVideo13bDevExtendInput, LtxVideo13bDevExtendOutput]
):
    """Ltx Video 13b Dev Extend (`fal-ai/ltx-video-13b-dev/extend`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video-13b-dev/extend/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-13b-dev/extend"
    input_model: ClassVar[type[LtxVideo13bDevExtendInput]] = LtxVideo13bDevExtendInput
    output_model: ClassVar[type[LtxVideo13bDevExtendOutput]] = LtxVideo13bDevExtendOutput
    Input = LtxVideo13bDevExtendInput
    Output = LtxVideo13bDevExtendOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "1:1", "16:9", "auto"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        first_pass_num_inference_steps: int | Omit = omit,
        second_pass_num_inference_steps: int | Omit = omit,
        second_pass_skip_initial_steps: int | Omit = omit,
        frame_rate: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_detail_pass: bool | Omit = omit,
        temporal_adain_factor: float | Omit = omit,
        tone_map_compression_ratio: float | Omit = omit,
        constant_rate_factor: int | Omit = omit,
        video: ExtendVideoConditioningInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LtxVideo13bDevExtendOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 17. Limits: minimum
                0, maximum 49.
            frame_rate: The frame rate of the video. Default: 24. Limits: minimum 1, maximum 60.
            expand_prompt: Whether to expand the prompt using a language model. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            enable_detail_pass: Whether to use a detail pass. If True, the model will perform a
                second pass to refine the video and enhance details. This incurs a 2.0x cost
                multiplier on the base price. Default: false.
            temporal_adain_factor: The factor for adaptive instance normalization (AdaIN) applied to
                generated video chunks after the first. This can help deal with a gradual increase
                in saturation/contrast in the generated video by normalizing the color distribution
                across the video. A high value will ensure the color distribution is more consistent
                across the video, while a low value will allow for more variation in color
                distribution. Default: 0.5. Limits: minimum 0, maximum 1, multiple of 0.05.
            tone_map_compression_ratio: The compression ratio for tone mapping. This is used to
                compress the dynamic range of the video to improve visual quality. A value of 0.0
                means no compression, while a value of 1.0 means maximum compression. Default: 0.
                Limits: minimum 0, maximum 1, multiple of 0.05.
            constant_rate_factor: The constant rate factor (CRF) to compress input media with.
                Compressed input media more closely matches the model's training data, which can
                improve motion quality. Default: 29. Limits: minimum 0, maximum 51.
            video: Video to be extended.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_frames": num_frames,
                "first_pass_num_inference_steps": first_pass_num_inference_steps,
                "second_pass_num_inference_steps": second_pass_num_inference_steps,
                "second_pass_skip_initial_steps": second_pass_skip_initial_steps,
                "frame_rate": frame_rate,
                "expand_prompt": expand_prompt,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "enable_detail_pass": enable_detail_pass,
                "temporal_adain_factor": temporal_adain_factor,
                "tone_map_compression_ratio": tone_map_compression_ratio,
                "constant_rate_factor": constant_rate_factor,
                "video": video,
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
        aspect_ratio: Literal["9:16", "1:1", "16:9", "auto"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        first_pass_num_inference_steps: int | Omit = omit,
        second_pass_num_inference_steps: int | Omit = omit,
        second_pass_skip_initial_steps: int | Omit = omit,
        frame_rate: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_detail_pass: bool | Omit = omit,
        temporal_adain_factor: float | Omit = omit,
        tone_map_compression_ratio: float | Omit = omit,
        constant_rate_factor: int | Omit = omit,
        video: ExtendVideoConditioningInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LtxVideo13bDevExtendOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 17. Limits: minimum
                0, maximum 49.
            frame_rate: The frame rate of the video. Default: 24. Limits: minimum 1, maximum 60.
            expand_prompt: Whether to expand the prompt using a language model. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            enable_detail_pass: Whether to use a detail pass. If True, the model will perform a
                second pass to refine the video and enhance details. This incurs a 2.0x cost
                multiplier on the base price. Default: false.
            temporal_adain_factor: The factor for adaptive instance normalization (AdaIN) applied to
                generated video chunks after the first. This can help deal with a gradual increase
                in saturation/contrast in the generated video by normalizing the color distribution
                across the video. A high value will ensure the color distribution is more consistent
                across the video, while a low value will allow for more variation in color
                distribution. Default: 0.5. Limits: minimum 0, maximum 1, multiple of 0.05.
            tone_map_compression_ratio: The compression ratio for tone mapping. This is used to
                compress the dynamic range of the video to improve visual quality. A value of 0.0
                means no compression, while a value of 1.0 means maximum compression. Default: 0.
                Limits: minimum 0, maximum 1, multiple of 0.05.
            constant_rate_factor: The constant rate factor (CRF) to compress input media with.
                Compressed input media more closely matches the model's training data, which can
                improve motion quality. Default: 29. Limits: minimum 0, maximum 51.
            video: Video to be extended.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_frames": num_frames,
                "first_pass_num_inference_steps": first_pass_num_inference_steps,
                "second_pass_num_inference_steps": second_pass_num_inference_steps,
                "second_pass_skip_initial_steps": second_pass_skip_initial_steps,
                "frame_rate": frame_rate,
                "expand_prompt": expand_prompt,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "enable_detail_pass": enable_detail_pass,
                "temporal_adain_factor": temporal_adain_factor,
                "tone_map_compression_ratio": tone_map_compression_ratio,
                "constant_rate_factor": constant_rate_factor,
                "video": video,
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
        aspect_ratio: Literal["9:16", "1:1", "16:9", "auto"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        first_pass_num_inference_steps: int | Omit = omit,
        second_pass_num_inference_steps: int | Omit = omit,
        second_pass_skip_initial_steps: int | Omit = omit,
        frame_rate: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_detail_pass: bool | Omit = omit,
        temporal_adain_factor: float | Omit = omit,
        tone_map_compression_ratio: float | Omit = omit,
        constant_rate_factor: int | Omit = omit,
        video: ExtendVideoConditioningInput,
        **options: Unpack[RunOptions],
    ) -> LtxVideo13bDevExtendOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 17. Limits: minimum
                0, maximum 49.
            frame_rate: The frame rate of the video. Default: 24. Limits: minimum 1, maximum 60.
            expand_prompt: Whether to expand the prompt using a language model. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            enable_detail_pass: Whether to use a detail pass. If True, the model will perform a
                second pass to refine the video and enhance details. This incurs a 2.0x cost
                multiplier on the base price. Default: false.
            temporal_adain_factor: The factor for adaptive instance normalization (AdaIN) applied to
                generated video chunks after the first. This can help deal with a gradual increase
                in saturation/contrast in the generated video by normalizing the color distribution
                across the video. A high value will ensure the color distribution is more consistent
                across the video, while a low value will allow for more variation in color
                distribution. Default: 0.5. Limits: minimum 0, maximum 1, multiple of 0.05.
            tone_map_compression_ratio: The compression ratio for tone mapping. This is used to
                compress the dynamic range of the video to improve visual quality. A value of 0.0
                means no compression, while a value of 1.0 means maximum compression. Default: 0.
                Limits: minimum 0, maximum 1, multiple of 0.05.
            constant_rate_factor: The constant rate factor (CRF) to compress input media with.
                Compressed input media more closely matches the model's training data, which can
                improve motion quality. Default: 29. Limits: minimum 0, maximum 51.
            video: Video to be extended.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_frames": num_frames,
                "first_pass_num_inference_steps": first_pass_num_inference_steps,
                "second_pass_num_inference_steps": second_pass_num_inference_steps,
                "second_pass_skip_initial_steps": second_pass_skip_initial_steps,
                "frame_rate": frame_rate,
                "expand_prompt": expand_prompt,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "enable_detail_pass": enable_detail_pass,
                "temporal_adain_factor": temporal_adain_factor,
                "tone_map_compression_ratio": tone_map_compression_ratio,
                "constant_rate_factor": constant_rate_factor,
                "video": video,
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
        aspect_ratio: Literal["9:16", "1:1", "16:9", "auto"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        first_pass_num_inference_steps: int | Omit = omit,
        second_pass_num_inference_steps: int | Omit = omit,
        second_pass_skip_initial_steps: int | Omit = omit,
        frame_rate: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        reverse_video: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_detail_pass: bool | Omit = omit,
        temporal_adain_factor: float | Omit = omit,
        tone_map_compression_ratio: float | Omit = omit,
        constant_rate_factor: int | Omit = omit,
        video: ExtendVideoConditioningInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LtxVideo13bDevExtendOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: The aspect ratio of the video. Default: "auto".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 30. Limits: minimum 2, maximum 50.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 17. Limits: minimum
                0, maximum 49.
            frame_rate: The frame rate of the video. Default: 24. Limits: minimum 1, maximum 60.
            expand_prompt: Whether to expand the prompt using a language model. Default: false.
            reverse_video: Whether to reverse the video. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            enable_detail_pass: Whether to use a detail pass. If True, the model will perform a
                second pass to refine the video and enhance details. This incurs a 2.0x cost
                multiplier on the base price. Default: false.
            temporal_adain_factor: The factor for adaptive instance normalization (AdaIN) applied to
                generated video chunks after the first. This can help deal with a gradual increase
                in saturation/contrast in the generated video by normalizing the color distribution
                across the video. A high value will ensure the color distribution is more consistent
                across the video, while a low value will allow for more variation in color
                distribution. Default: 0.5. Limits: minimum 0, maximum 1, multiple of 0.05.
            tone_map_compression_ratio: The compression ratio for tone mapping. This is used to
                compress the dynamic range of the video to improve visual quality. A value of 0.0
                means no compression, while a value of 1.0 means maximum compression. Default: 0.
                Limits: minimum 0, maximum 1, multiple of 0.05.
            constant_rate_factor: The constant rate factor (CRF) to compress input media with.
                Compressed input media more closely matches the model's training data, which can
                improve motion quality. Default: 29. Limits: minimum 0, maximum 51.
            video: Video to be extended.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_frames": num_frames,
                "first_pass_num_inference_steps": first_pass_num_inference_steps,
                "second_pass_num_inference_steps": second_pass_num_inference_steps,
                "second_pass_skip_initial_steps": second_pass_skip_initial_steps,
                "frame_rate": frame_rate,
                "expand_prompt": expand_prompt,
                "reverse_video": reverse_video,
                "enable_safety_checker": enable_safety_checker,
                "enable_detail_pass": enable_detail_pass,
                "temporal_adain_factor": temporal_adain_factor,
                "tone_map_compression_ratio": tone_map_compression_ratio,
                "constant_rate_factor": constant_rate_factor,
                "video": video,
            }
        )
        return self._stream(payload, options)
