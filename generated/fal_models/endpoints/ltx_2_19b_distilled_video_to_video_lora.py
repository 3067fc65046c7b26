# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2-19b/distilled/video-to-video/lora` (Ltx 2 19b Distilled
Video To Video Lora).
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
from fal_models._uploads import FileInput
from fal_models.models import shared
from fal_models.models.ltx_2_19b_distilled_video_to_video_lora import (
    LoRAInput,
    Ltx2_19bDistilledVideoToVideoLoraInput,
    Ltx2_19bDistilledVideoToVideoLoraOutput,
    VideoSizePreset,
)

__all__ = [
    "Ltx2_19bDistilledVideoToVideoLora",
    "AsyncLtx2_19bDistilledVideoToVideoLora",
    "Ltx2_19bDistilledVideoToVideoLoraInput",
    "Ltx2_19bDistilledVideoToVideoLoraOutput",
]


class Ltx2_19bDistilledVideoToVideoLora(
    SyncEndpoint[Ltx2_19bDistilledVideoToVideoLoraInput, Ltx2_19bDistilledVideoToVideoLoraOutput]
):
    """Ltx 2 19b Distilled Video To Video Lora (`fal-ai/ltx-2-19b/distilled/video-to-video/lora`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2-19b/distilled/video-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2-19b/distilled/video-to-video/lora"
    input_model: ClassVar[type[Ltx2_19bDistilledVideoToVideoLoraInput]] = (
        Ltx2_19bDistilledVideoToVideoLoraInput
    )
    output_model: ClassVar[type[Ltx2_19bDistilledVideoToVideoLoraOutput]] = (
        Ltx2_19bDistilledVideoToVideoLoraOutput
    )
    Input = Ltx2_19bDistilledVideoToVideoLoraInput
    Output = Ltx2_19bDistilledVideoToVideoLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_video_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        match_input_fps: bool | Omit = omit,
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
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora: Literal["match_preprocessor", "canny", "depth", "pose", "detailer", "none"]
        | Omit = omit,
        ic_lora_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2_19bDistilledVideoToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: An optional URL of an audio to use as the audio for the video. If not
                provided, any audio present in the input video will be used. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_url: An optional URL of an image to use as the first frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_video_length: When enabled, the number of frames will be calculated based on the
                video duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "auto".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            match_input_fps: When true, match the output FPS to the input video's FPS instead of
                using the default target FPS. Default: true.
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
            preprocessor: The preprocessor to use for the video. When a preprocessor is used and
                `ic_lora_type` is set to `match_preprocessor`, the IC-LoRA will be loaded based on
                the preprocessor type. Default: "none".
            ic_lora: The type of IC-LoRA to load. In-Context LoRA weights are used to condition the
                video based on edge, depth, or pose videos. Only change this from
                `match_preprocessor` if your videos are already preprocessed (or you are using the
                detailer.). Default: "match_preprocessor".
            ic_lora_scale: The scale of the IC-LoRA to use. This allows you to control the strength
                of the IC-LoRA. Default: 1. Limits: minimum 0, maximum 1.
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_video_length": match_video_length,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "match_input_fps": match_input_fps,
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
                "preprocessor": preprocessor,
                "ic_lora": ic_lora,
                "ic_lora_scale": ic_lora_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_video_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        match_input_fps: bool | Omit = omit,
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
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora: Literal["match_preprocessor", "canny", "depth", "pose", "detailer", "none"]
        | Omit = omit,
        ic_lora_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2_19bDistilledVideoToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: An optional URL of an audio to use as the audio for the video. If not
                provided, any audio present in the input video will be used. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_url: An optional URL of an image to use as the first frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_video_length: When enabled, the number of frames will be calculated based on the
                video duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "auto".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            match_input_fps: When true, match the output FPS to the input video's FPS instead of
                using the default target FPS. Default: true.
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
            preprocessor: The preprocessor to use for the video. When a preprocessor is used and
                `ic_lora_type` is set to `match_preprocessor`, the IC-LoRA will be loaded based on
                the preprocessor type. Default: "none".
            ic_lora: The type of IC-LoRA to load. In-Context LoRA weights are used to condition the
                video based on edge, depth, or pose videos. Only change this from
                `match_preprocessor` if your videos are already preprocessed (or you are using the
                detailer.). Default: "match_preprocessor".
            ic_lora_scale: The scale of the IC-LoRA to use. This allows you to control the strength
                of the IC-LoRA. Default: 1. Limits: minimum 0, maximum 1.
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_video_length": match_video_length,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "match_input_fps": match_input_fps,
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
                "preprocessor": preprocessor,
                "ic_lora": ic_lora,
                "ic_lora_scale": ic_lora_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_video_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        match_input_fps: bool | Omit = omit,
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
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora: Literal["match_preprocessor", "canny", "depth", "pose", "detailer", "none"]
        | Omit = omit,
        ic_lora_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_19bDistilledVideoToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: An optional URL of an audio to use as the audio for the video. If not
                provided, any audio present in the input video will be used. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_url: An optional URL of an image to use as the first frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_video_length: When enabled, the number of frames will be calculated based on the
                video duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "auto".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            match_input_fps: When true, match the output FPS to the input video's FPS instead of
                using the default target FPS. Default: true.
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
            preprocessor: The preprocessor to use for the video. When a preprocessor is used and
                `ic_lora_type` is set to `match_preprocessor`, the IC-LoRA will be loaded based on
                the preprocessor type. Default: "none".
            ic_lora: The type of IC-LoRA to load. In-Context LoRA weights are used to condition the
                video based on edge, depth, or pose videos. Only change this from
                `match_preprocessor` if your videos are already preprocessed (or you are using the
                detailer.). Default: "match_preprocessor".
            ic_lora_scale: The scale of the IC-LoRA to use. This allows you to control the strength
                of the IC-LoRA. Default: 1. Limits: minimum 0, maximum 1.
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_video_length": match_video_length,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "match_input_fps": match_input_fps,
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
                "preprocessor": preprocessor,
                "ic_lora": ic_lora,
                "ic_lora_scale": ic_lora_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_video_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        match_input_fps: bool | Omit = omit,
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
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora: Literal["match_preprocessor", "canny", "depth", "pose", "detailer", "none"]
        | Omit = omit,
        ic_lora_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2_19bDistilledVideoToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: An optional URL of an audio to use as the audio for the video. If not
                provided, any audio present in the input video will be used. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_url: An optional URL of an image to use as the first frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_video_length: When enabled, the number of frames will be calculated based on the
                video duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "auto".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            match_input_fps: When true, match the output FPS to the input video's FPS instead of
                using the default target FPS. Default: true.
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
            preprocessor: The preprocessor to use for the video. When a preprocessor is used and
                `ic_lora_type` is set to `match_preprocessor`, the IC-LoRA will be loaded based on
                the preprocessor type. Default: "none".
            ic_lora: The type of IC-LoRA to load. In-Context LoRA weights are used to condition the
                video based on edge, depth, or pose videos. Only change this from
                `match_preprocessor` if your videos are already preprocessed (or you are using the
                detailer.). Default: "match_preprocessor".
            ic_lora_scale: The scale of the IC-LoRA to use. This allows you to control the strength
                of the IC-LoRA. Default: 1. Limits: minimum 0, maximum 1.
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_video_length": match_video_length,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "match_input_fps": match_input_fps,
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
                "preprocessor": preprocessor,
                "ic_lora": ic_lora,
                "ic_lora_scale": ic_lora_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2_19bDistilledVideoToVideoLora(
    AsyncEndpoint[Ltx2_19bDistilledVideoToVideoLoraInput, Ltx2_19bDistilledVideoToVideoLoraOutput]
):
    """Ltx 2 19b Distilled Video To Video Lora (`fal-ai/ltx-2-19b/distilled/video-to-video/lora`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2-19b/distilled/video-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2-19b/distilled/video-to-video/lora"
    input_model: ClassVar[type[Ltx2_19bDistilledVideoToVideoLoraInput]] = (
        Ltx2_19bDistilledVideoToVideoLoraInput
    )
    output_model: ClassVar[type[Ltx2_19bDistilledVideoToVideoLoraOutput]] = (
        Ltx2_19bDistilledVideoToVideoLoraOutput
    )
    Input = Ltx2_19bDistilledVideoToVideoLoraInput
    Output = Ltx2_19bDistilledVideoToVideoLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_video_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        match_input_fps: bool | Omit = omit,
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
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora: Literal["match_preprocessor", "canny", "depth", "pose", "detailer", "none"]
        | Omit = omit,
        ic_lora_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2_19bDistilledVideoToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: An optional URL of an audio to use as the audio for the video. If not
                provided, any audio present in the input video will be used. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_url: An optional URL of an image to use as the first frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_video_length: When enabled, the number of frames will be calculated based on the
                video duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "auto".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            match_input_fps: When true, match the output FPS to the input video's FPS instead of
                using the default target FPS. Default: true.
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
            preprocessor: The preprocessor to use for the video. When a preprocessor is used and
                `ic_lora_type` is set to `match_preprocessor`, the IC-LoRA will be loaded based on
                the preprocessor type. Default: "none".
            ic_lora: The type of IC-LoRA to load. In-Context LoRA weights are used to condition the
                video based on edge, depth, or pose videos. Only change this from
                `match_preprocessor` if your videos are already preprocessed (or you are using the
                detailer.). Default: "match_preprocessor".
            ic_lora_scale: The scale of the IC-LoRA to use. This allows you to control the strength
                of the IC-LoRA. Default: 1. Limits: minimum 0, maximum 1.
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_video_length": match_video_length,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "match_input_fps": match_input_fps,
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
                "preprocessor": preprocessor,
                "ic_lora": ic_lora,
                "ic_lora_scale": ic_lora_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_video_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        match_input_fps: bool | Omit = omit,
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
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora: Literal["match_preprocessor", "canny", "depth", "pose", "detailer", "none"]
        | Omit = omit,
        ic_lora_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2_19bDistilledVideoToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: An optional URL of an audio to use as the audio for the video. If not
                provided, any audio present in the input video will be used. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_url: An optional URL of an image to use as the first frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_video_length: When enabled, the number of frames will be calculated based on the
                video duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "auto".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            match_input_fps: When true, match the output FPS to the input video's FPS instead of
                using the default target FPS. Default: true.
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
            preprocessor: The preprocessor to use for the video. When a preprocessor is used and
                `ic_lora_type` is set to `match_preprocessor`, the IC-LoRA will be loaded based on
                the preprocessor type. Default: "none".
            ic_lora: The type of IC-LoRA to load. In-Context LoRA weights are used to condition the
                video based on edge, depth, or pose videos. Only change this from
                `match_preprocessor` if your videos are already preprocessed (or you are using the
                detailer.). Default: "match_preprocessor".
            ic_lora_scale: The scale of the IC-LoRA to use. This allows you to control the strength
                of the IC-LoRA. Default: 1. Limits: minimum 0, maximum 1.
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_video_length": match_video_length,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "match_input_fps": match_input_fps,
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
                "preprocessor": preprocessor,
                "ic_lora": ic_lora,
                "ic_lora_scale": ic_lora_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_video_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        match_input_fps: bool | Omit = omit,
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
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora: Literal["match_preprocessor", "canny", "depth", "pose", "detailer", "none"]
        | Omit = omit,
        ic_lora_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_19bDistilledVideoToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: An optional URL of an audio to use as the audio for the video. If not
                provided, any audio present in the input video will be used. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_url: An optional URL of an image to use as the first frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_video_length: When enabled, the number of frames will be calculated based on the
                video duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "auto".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            match_input_fps: When true, match the output FPS to the input video's FPS instead of
                using the default target FPS. Default: true.
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
            preprocessor: The preprocessor to use for the video. When a preprocessor is used and
                `ic_lora_type` is set to `match_preprocessor`, the IC-LoRA will be loaded based on
                the preprocessor type. Default: "none".
            ic_lora: The type of IC-LoRA to load. In-Context LoRA weights are used to condition the
                video based on edge, depth, or pose videos. Only change this from
                `match_preprocessor` if your videos are already preprocessed (or you are using the
                detailer.). Default: "match_preprocessor".
            ic_lora_scale: The scale of the IC-LoRA to use. This allows you to control the strength
                of the IC-LoRA. Default: 1. Limits: minimum 0, maximum 1.
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_video_length": match_video_length,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "match_input_fps": match_input_fps,
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
                "preprocessor": preprocessor,
                "ic_lora": ic_lora,
                "ic_lora_scale": ic_lora_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_video_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        generate_audio: bool | Omit = omit,
        use_multiscale: bool | Omit = omit,
        match_input_fps: bool | Omit = omit,
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
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora: Literal["match_preprocessor", "canny", "depth", "pose", "detailer", "none"]
        | Omit = omit,
        ic_lora_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2_19bDistilledVideoToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: An optional URL of an audio to use as the audio for the video. If not
                provided, any audio present in the input video will be used. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_url: An optional URL of an image to use as the first frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_video_length: When enabled, the number of frames will be calculated based on the
                video duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Default: "auto".
            generate_audio: Whether to generate audio for the video. Default: true.
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            match_input_fps: When true, match the output FPS to the input video's FPS instead of
                using the default target FPS. Default: true.
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
            preprocessor: The preprocessor to use for the video. When a preprocessor is used and
                `ic_lora_type` is set to `match_preprocessor`, the IC-LoRA will be loaded based on
                the preprocessor type. Default: "none".
            ic_lora: The type of IC-LoRA to load. In-Context LoRA weights are used to condition the
                video based on edge, depth, or pose videos. Only change this from
                `match_preprocessor` if your videos are already preprocessed (or you are using the
                detailer.). Default: "match_preprocessor".
            ic_lora_scale: The scale of the IC-LoRA to use. This allows you to control the strength
                of the IC-LoRA. Default: 1. Limits: minimum 0, maximum 1.
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_video_length": match_video_length,
                "num_frames": num_frames,
                "video_size": video_size,
                "generate_audio": generate_audio,
                "use_multiscale": use_multiscale,
                "match_input_fps": match_input_fps,
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
                "preprocessor": preprocessor,
                "ic_lora": ic_lora,
                "ic_lora_scale": ic_lora_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
            }
        )
        return self._stream(payload, options)
