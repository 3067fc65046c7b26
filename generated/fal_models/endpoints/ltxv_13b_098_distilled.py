# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltxv-13b-098-distilled` (Ltxv 13b 098 Distilled)."""

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
from fal_models.models.ltxv_13b_098_distilled import (
    LoRAWeight,
    Ltxv13b098DistilledInput,
    Ltxv13b098DistilledOutput,
)

__all__ = [
    "Ltxv13b098Distilled",
    "AsyncLtxv13b098Distilled",
    "Ltxv13b098DistilledInput",
    "Ltxv13b098DistilledOutput",
]


class Ltxv13b098Distilled(SyncEndpoint[Ltxv13b098DistilledInput, Ltxv13b098DistilledOutput]):
    """Ltxv 13b 098 Distilled (`fal-ai/ltxv-13b-098-distilled`).

    Distilled model input

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltxv-13b-098-distilled/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltxv-13b-098-distilled"
    input_model: ClassVar[type[Ltxv13b098DistilledInput]] = Ltxv13b098DistilledInput
    output_model: ClassVar[type[Ltxv13b098DistilledOutput]] = Ltxv13b098DistilledOutput
    Input = Ltxv13b098DistilledInput
    Output = Ltxv13b098DistilledOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "1:1", "16:9"] | Omit = omit,
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
        **options: Unpack[SubscribeOptions],
    ) -> Ltxv13b098DistilledOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 5. Limits: minimum
                1, maximum 11.
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
        aspect_ratio: Literal["9:16", "1:1", "16:9"] | Omit = omit,
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltxv13b098DistilledOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 5. Limits: minimum
                1, maximum 11.
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
        aspect_ratio: Literal["9:16", "1:1", "16:9"] | Omit = omit,
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
        **options: Unpack[RunOptions],
    ) -> Ltxv13b098DistilledOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 5. Limits: minimum
                1, maximum 11.
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
        aspect_ratio: Literal["9:16", "1:1", "16:9"] | Omit = omit,
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
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltxv13b098DistilledOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 5. Limits: minimum
                1, maximum 11.
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
            }
        )
        return self._stream(payload, options)


class AsyncLtxv13b098Distilled(AsyncEndpoint[Ltxv13b098DistilledInput, Ltxv13b098DistilledOutput]):
    """Ltxv 13b 098 Distilled (`fal-ai/ltxv-13b-098-distilled`).

    Distilled model input

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltxv-13b-098-distilled/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltxv-13b-098-distilled"
    input_model: ClassVar[type[Ltxv13b098DistilledInput]] = Ltxv13b098DistilledInput
    output_model: ClassVar[type[Ltxv13b098DistilledOutput]] = Ltxv13b098DistilledOutput
    Input = Ltxv13b098DistilledInput
    Output = Ltxv13b098DistilledOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "1:1", "16:9"] | Omit = omit,
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
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltxv13b098DistilledOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 5. Limits: minimum
                1, maximum 11.
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
        aspect_ratio: Literal["9:16", "1:1", "16:9"] | Omit = omit,
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltxv13b098DistilledOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 5. Limits: minimum
                1, maximum 11.
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
        aspect_ratio: Literal["9:16", "1:1", "16:9"] | Omit = omit,
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
        **options: Unpack[RunOptions],
    ) -> Ltxv13b098DistilledOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 5. Limits: minimum
                1, maximum 11.
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
        aspect_ratio: Literal["9:16", "1:1", "16:9"] | Omit = omit,
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
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltxv13b098DistilledOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            loras: LoRA weights to use for generation. Default: [].
            resolution: Resolution of the generated video. Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            seed: Random seed for generation.
            num_frames: The number of frames in the video. Default: 121. Limits: minimum 9, maximum
                1441.
            first_pass_num_inference_steps: Number of inference steps during the first pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_num_inference_steps: Number of inference steps during the second pass.
                Default: 8. Limits: minimum 2, maximum 12.
            second_pass_skip_initial_steps: The number of inference steps to skip in the initial
                steps of the second pass. By skipping some steps at the beginning, the second pass
                can focus on smaller details instead of larger changes. Default: 5. Limits: minimum
                1, maximum 11.
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
            }
        )
        return self._stream(payload, options)
