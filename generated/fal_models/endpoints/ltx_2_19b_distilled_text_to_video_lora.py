# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2-19b/distilled/text-to-video/lora` (Ltx 2 19b Distilled Text
To Video Lora).
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
from fal_models.models import shared
from fal_models.models.ltx_2_19b_distilled_text_to_video_lora import (
    LoRAInput,
    Ltx2_19bDistilledTextToVideoLoraInput,
    Ltx2_19bDistilledTextToVideoLoraOutput,
    VideoSizePreset,
)

__all__ = [
    "Ltx2_19bDistilledTextToVideoLora",
    "AsyncLtx2_19bDistilledTextToVideoLora",
    "Ltx2_19bDistilledTextToVideoLoraInput",
    "Ltx2_19bDistilledTextToVideoLoraOutput",
]


class Ltx2_19bDistilledTextToVideoLora(
    SyncEndpoint[Ltx2_19bDistilledTextToVideoLoraInput, Ltx2_19bDistilledTextToVideoLoraOutput]
):
    """Ltx 2 19b Distilled Text To Video Lora (`fal-ai/ltx-2-19b/distilled/text-to-video/lora`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2-19b/distilled/text-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2-19b/distilled/text-to-video/lora"
    input_model: ClassVar[type[Ltx2_19bDistilledTextToVideoLoraInput]] = (
        Ltx2_19bDistilledTextToVideoLoraInput
    )
    output_model: ClassVar[type[Ltx2_19bDistilledTextToVideoLoraOutput]] = (
        Ltx2_19bDistilledTextToVideoLoraOutput
    )
    Input = Ltx2_19bDistilledTextToVideoLoraInput
    Output = Ltx2_19bDistilledTextToVideoLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        fps: float | Omit = omit,
        acceleration: Literal["none", "regular", "high", "full"] | Omit = omit,
        camera_lora: Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ]
        | Omit = omit,
        camera_lora_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[LoRAInput],
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2_19bDistilledTextToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "landscape_4_3".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 1,
                maximum 60.
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "blurry, out
                of focus, overexposed, underexposed, low contrast, washed out colors, excessive
                noise, grainy texture, poor lighting, flickering, motion blur, distorted
                proportions, unnatural skin tones, deformed facial features, asymmetrical face,
                missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts
                around text, inconsistent perspective, camera shake, incorrect depth of field,
                background too sharp, background clutter, distracting reflections, harsh shadows,
                inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
                unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender,
                exaggerated expressions, wrong gaze direction, mismatched lip sync, silent or muted
                audio, distorted voice, robotic voice, echo, background noise, off-sync
                audio,incorrect dialogue, added dialogue, repetitive speech, jittery movement,
                awkward pauses, incorrect timing, unnatural transitions, inconsistent framing,
                tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
                filters, or AI artifacts.".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            loras: The LoRAs to use for the generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "fps": fps,
                "acceleration": acceleration,
                "camera_lora": camera_lora,
                "camera_lora_scale": camera_lora_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        fps: float | Omit = omit,
        acceleration: Literal["none", "regular", "high", "full"] | Omit = omit,
        camera_lora: Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ]
        | Omit = omit,
        camera_lora_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[LoRAInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2_19bDistilledTextToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "landscape_4_3".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 1,
                maximum 60.
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "blurry, out
                of focus, overexposed, underexposed, low contrast, washed out colors, excessive
                noise, grainy texture, poor lighting, flickering, motion blur, distorted
                proportions, unnatural skin tones, deformed facial features, asymmetrical face,
                missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts
                around text, inconsistent perspective, camera shake, incorrect depth of field,
                background too sharp, background clutter, distracting reflections, harsh shadows,
                inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
                unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender,
                exaggerated expressions, wrong gaze direction, mismatched lip sync, silent or muted
                audio, distorted voice, robotic voice, echo, background noise, off-sync
                audio,incorrect dialogue, added dialogue, repetitive speech, jittery movement,
                awkward pauses, incorrect timing, unnatural transitions, inconsistent framing,
                tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
                filters, or AI artifacts.".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            loras: The LoRAs to use for the generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "fps": fps,
                "acceleration": acceleration,
                "camera_lora": camera_lora,
                "camera_lora_scale": camera_lora_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        fps: float | Omit = omit,
        acceleration: Literal["none", "regular", "high", "full"] | Omit = omit,
        camera_lora: Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ]
        | Omit = omit,
        camera_lora_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[LoRAInput],
        **options: Unpack[RunOptions],
    ) -> Ltx2_19bDistilledTextToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "landscape_4_3".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 1,
                maximum 60.
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "blurry, out
                of focus, overexposed, underexposed, low contrast, washed out colors, excessive
                noise, grainy texture, poor lighting, flickering, motion blur, distorted
                proportions, unnatural skin tones, deformed facial features, asymmetrical face,
                missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts
                around text, inconsistent perspective, camera shake, incorrect depth of field,
                background too sharp, background clutter, distracting reflections, harsh shadows,
                inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
                unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender,
                exaggerated expressions, wrong gaze direction, mismatched lip sync, silent or muted
                audio, distorted voice, robotic voice, echo, background noise, off-sync
                audio,incorrect dialogue, added dialogue, repetitive speech, jittery movement,
                awkward pauses, incorrect timing, unnatural transitions, inconsistent framing,
                tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
                filters, or AI artifacts.".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            loras: The LoRAs to use for the generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "fps": fps,
                "acceleration": acceleration,
                "camera_lora": camera_lora,
                "camera_lora_scale": camera_lora_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        fps: float | Omit = omit,
        acceleration: Literal["none", "regular", "high", "full"] | Omit = omit,
        camera_lora: Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ]
        | Omit = omit,
        camera_lora_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[LoRAInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2_19bDistilledTextToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "landscape_4_3".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 1,
                maximum 60.
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "blurry, out
                of focus, overexposed, underexposed, low contrast, washed out colors, excessive
                noise, grainy texture, poor lighting, flickering, motion blur, distorted
                proportions, unnatural skin tones, deformed facial features, asymmetrical face,
                missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts
                around text, inconsistent perspective, camera shake, incorrect depth of field,
                background too sharp, background clutter, distracting reflections, harsh shadows,
                inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
                unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender,
                exaggerated expressions, wrong gaze direction, mismatched lip sync, silent or muted
                audio, distorted voice, robotic voice, echo, background noise, off-sync
                audio,incorrect dialogue, added dialogue, repetitive speech, jittery movement,
                awkward pauses, incorrect timing, unnatural transitions, inconsistent framing,
                tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
                filters, or AI artifacts.".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            loras: The LoRAs to use for the generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "fps": fps,
                "acceleration": acceleration,
                "camera_lora": camera_lora,
                "camera_lora_scale": camera_lora_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2_19bDistilledTextToVideoLora(
    AsyncEndpoint[Ltx2_19bDistilledTextToVideoLoraInput, Ltx2_19bDistilledTextToVideoLoraOutput]
):
    """Ltx 2 19b Distilled Text To Video Lora (`fal-ai/ltx-2-19b/distilled/text-to-video/lora`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2-19b/distilled/text-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2-19b/distilled/text-to-video/lora"
    input_model: ClassVar[type[Ltx2_19bDistilledTextToVideoLoraInput]] = (
        Ltx2_19bDistilledTextToVideoLoraInput
    )
    output_model: ClassVar[type[Ltx2_19bDistilledTextToVideoLoraOutput]] = (
        Ltx2_19bDistilledTextToVideoLoraOutput
    )
    Input = Ltx2_19bDistilledTextToVideoLoraInput
    Output = Ltx2_19bDistilledTextToVideoLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        fps: float | Omit = omit,
        acceleration: Literal["none", "regular", "high", "full"] | Omit = omit,
        camera_lora: Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ]
        | Omit = omit,
        camera_lora_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[LoRAInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2_19bDistilledTextToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "landscape_4_3".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 1,
                maximum 60.
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "blurry, out
                of focus, overexposed, underexposed, low contrast, washed out colors, excessive
                noise, grainy texture, poor lighting, flickering, motion blur, distorted
                proportions, unnatural skin tones, deformed facial features, asymmetrical face,
                missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts
                around text, inconsistent perspective, camera shake, incorrect depth of field,
                background too sharp, background clutter, distracting reflections, harsh shadows,
                inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
                unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender,
                exaggerated expressions, wrong gaze direction, mismatched lip sync, silent or muted
                audio, distorted voice, robotic voice, echo, background noise, off-sync
                audio,incorrect dialogue, added dialogue, repetitive speech, jittery movement,
                awkward pauses, incorrect timing, unnatural transitions, inconsistent framing,
                tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
                filters, or AI artifacts.".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            loras: The LoRAs to use for the generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "fps": fps,
                "acceleration": acceleration,
                "camera_lora": camera_lora,
                "camera_lora_scale": camera_lora_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        fps: float | Omit = omit,
        acceleration: Literal["none", "regular", "high", "full"] | Omit = omit,
        camera_lora: Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ]
        | Omit = omit,
        camera_lora_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[LoRAInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2_19bDistilledTextToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "landscape_4_3".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 1,
                maximum 60.
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "blurry, out
                of focus, overexposed, underexposed, low contrast, washed out colors, excessive
                noise, grainy texture, poor lighting, flickering, motion blur, distorted
                proportions, unnatural skin tones, deformed facial features, asymmetrical face,
                missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts
                around text, inconsistent perspective, camera shake, incorrect depth of field,
                background too sharp, background clutter, distracting reflections, harsh shadows,
                inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
                unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender,
                exaggerated expressions, wrong gaze direction, mismatched lip sync, silent or muted
                audio, distorted voice, robotic voice, echo, background noise, off-sync
                audio,incorrect dialogue, added dialogue, repetitive speech, jittery movement,
                awkward pauses, incorrect timing, unnatural transitions, inconsistent framing,
                tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
                filters, or AI artifacts.".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            loras: The LoRAs to use for the generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "fps": fps,
                "acceleration": acceleration,
                "camera_lora": camera_lora,
                "camera_lora_scale": camera_lora_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        fps: float | Omit = omit,
        acceleration: Literal["none", "regular", "high", "full"] | Omit = omit,
        camera_lora: Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ]
        | Omit = omit,
        camera_lora_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[LoRAInput],
        **options: Unpack[RunOptions],
    ) -> Ltx2_19bDistilledTextToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "landscape_4_3".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 1,
                maximum 60.
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "blurry, out
                of focus, overexposed, underexposed, low contrast, washed out colors, excessive
                noise, grainy texture, poor lighting, flickering, motion blur, distorted
                proportions, unnatural skin tones, deformed facial features, asymmetrical face,
                missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts
                around text, inconsistent perspective, camera shake, incorrect depth of field,
                background too sharp, background clutter, distracting reflections, harsh shadows,
                inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
                unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender,
                exaggerated expressions, wrong gaze direction, mismatched lip sync, silent or muted
                audio, distorted voice, robotic voice, echo, background noise, off-sync
                audio,incorrect dialogue, added dialogue, repetitive speech, jittery movement,
                awkward pauses, incorrect timing, unnatural transitions, inconsistent framing,
                tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
                filters, or AI artifacts.".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            loras: The LoRAs to use for the generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "fps": fps,
                "acceleration": acceleration,
                "camera_lora": camera_lora,
                "camera_lora_scale": camera_lora_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        fps: float | Omit = omit,
        acceleration: Literal["none", "regular", "high", "full"] | Omit = omit,
        camera_lora: Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ]
        | Omit = omit,
        camera_lora_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[LoRAInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2_19bDistilledTextToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "landscape_4_3".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 25. Limits: minimum 1,
                maximum 60.
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "blurry, out
                of focus, overexposed, underexposed, low contrast, washed out colors, excessive
                noise, grainy texture, poor lighting, flickering, motion blur, distorted
                proportions, unnatural skin tones, deformed facial features, asymmetrical face,
                missing facial features, extra limbs, disfigured hands, wrong hand count, artifacts
                around text, inconsistent perspective, camera shake, incorrect depth of field,
                background too sharp, background clutter, distracting reflections, harsh shadows,
                inconsistent lighting direction, color banding, cartoonish rendering, 3D CGI look,
                unrealistic materials, uncanny valley effect, incorrect ethnicity, wrong gender,
                exaggerated expressions, wrong gaze direction, mismatched lip sync, silent or muted
                audio, distorted voice, robotic voice, echo, background noise, off-sync
                audio,incorrect dialogue, added dialogue, repetitive speech, jittery movement,
                awkward pauses, incorrect timing, unnatural transitions, inconsistent framing,
                tilted camera, flat lighting, inconsistent tone, cinematic oversaturation, stylized
                filters, or AI artifacts.".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            loras: The LoRAs to use for the generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "fps": fps,
                "acceleration": acceleration,
                "camera_lora": camera_lora,
                "camera_lora_scale": camera_lora_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
