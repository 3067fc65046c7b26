# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2-19b/distilled/audio-to-video/lora` (Ltx 2 19b Distilled
Audio To Video Lora).
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
from fal_models.models.ltx_2_19b_distilled_audio_to_video_lora import (
    LoRAInput,
    Ltx2_19bDistilledAudioToVideoLoraInput,
    Ltx2_19bDistilledAudioToVideoLoraOutput,
    VideoSizePreset,
)

__all__ = [
    "Ltx2_19bDistilledAudioToVideoLora",
    "AsyncLtx2_19bDistilledAudioToVideoLora",
    "Ltx2_19bDistilledAudioToVideoLoraInput",
    "Ltx2_19bDistilledAudioToVideoLoraOutput",
]


class Ltx2_19bDistilledAudioToVideoLora(
    SyncEndpoint[Ltx2_19bDistilledAudioToVideoLoraInput, Ltx2_19bDistilledAudioToVideoLoraOutput]
):
    """Ltx 2 19b Distilled Audio To Video Lora (`fal-ai/ltx-2-19b/distilled/audio-to-video/lora`).

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2-19b/distilled/audio-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2-19b/distilled/audio-to-video/lora"
    input_model: ClassVar[type[Ltx2_19bDistilledAudioToVideoLoraInput]] = (
        Ltx2_19bDistilledAudioToVideoLoraInput
    )
    output_model: ClassVar[type[Ltx2_19bDistilledAudioToVideoLoraOutput]] = (
        Ltx2_19bDistilledAudioToVideoLoraOutput
    )
    Input = Ltx2_19bDistilledAudioToVideoLoraInput
    Output = Ltx2_19bDistilledAudioToVideoLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_audio_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
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
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2_19bDistilledAudioToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            audio_url: The URL of the audio to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: Optional URL of an image to use as the first frame of the video. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_audio_length: When enabled, the number of frames will be calculated based on the
                audio duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Use 'auto' to match the input image
                dimensions if provided. Default: "landscape_4_3".
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
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Values below 1.0 will allow the model to
                change the audio, while a value of exactly 1.0 will use the input audio without
                modification. Default: 1. Limits: minimum 0, maximum 1.
            preprocess_audio: Whether to preprocess the audio before using it as conditioning.
                Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_audio_length": match_audio_length,
                "num_frames": num_frames,
                "video_size": video_size,
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
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_audio_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
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
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2_19bDistilledAudioToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            audio_url: The URL of the audio to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: Optional URL of an image to use as the first frame of the video. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_audio_length: When enabled, the number of frames will be calculated based on the
                audio duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Use 'auto' to match the input image
                dimensions if provided. Default: "landscape_4_3".
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
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Values below 1.0 will allow the model to
                change the audio, while a value of exactly 1.0 will use the input audio without
                modification. Default: 1. Limits: minimum 0, maximum 1.
            preprocess_audio: Whether to preprocess the audio before using it as conditioning.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_audio_length": match_audio_length,
                "num_frames": num_frames,
                "video_size": video_size,
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
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_audio_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
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
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_19bDistilledAudioToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            audio_url: The URL of the audio to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: Optional URL of an image to use as the first frame of the video. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_audio_length: When enabled, the number of frames will be calculated based on the
                audio duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Use 'auto' to match the input image
                dimensions if provided. Default: "landscape_4_3".
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
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Values below 1.0 will allow the model to
                change the audio, while a value of exactly 1.0 will use the input audio without
                modification. Default: 1. Limits: minimum 0, maximum 1.
            preprocess_audio: Whether to preprocess the audio before using it as conditioning.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_audio_length": match_audio_length,
                "num_frames": num_frames,
                "video_size": video_size,
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
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_audio_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
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
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2_19bDistilledAudioToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            audio_url: The URL of the audio to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: Optional URL of an image to use as the first frame of the video. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_audio_length: When enabled, the number of frames will be calculated based on the
                audio duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Use 'auto' to match the input image
                dimensions if provided. Default: "landscape_4_3".
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
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Values below 1.0 will allow the model to
                change the audio, while a value of exactly 1.0 will use the input audio without
                modification. Default: 1. Limits: minimum 0, maximum 1.
            preprocess_audio: Whether to preprocess the audio before using it as conditioning.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_audio_length": match_audio_length,
                "num_frames": num_frames,
                "video_size": video_size,
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
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2_19bDistilledAudioToVideoLora(
    AsyncEndpoint[Ltx2_19bDistilledAudioToVideoLoraInput, Ltx2_19bDistilledAudioToVideoLoraOutput]
):
    """Ltx 2 19b Distilled Audio To Video Lora (`fal-ai/ltx-2-19b/distilled/audio-to-video/lora`).

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2-19b/distilled/audio-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2-19b/distilled/audio-to-video/lora"
    input_model: ClassVar[type[Ltx2_19bDistilledAudioToVideoLoraInput]] = (
        Ltx2_19bDistilledAudioToVideoLoraInput
    )
    output_model: ClassVar[type[Ltx2_19bDistilledAudioToVideoLoraOutput]] = (
        Ltx2_19bDistilledAudioToVideoLoraOutput
    )
    Input = Ltx2_19bDistilledAudioToVideoLoraInput
    Output = Ltx2_19bDistilledAudioToVideoLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_audio_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
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
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2_19bDistilledAudioToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            audio_url: The URL of the audio to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: Optional URL of an image to use as the first frame of the video. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_audio_length: When enabled, the number of frames will be calculated based on the
                audio duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Use 'auto' to match the input image
                dimensions if provided. Default: "landscape_4_3".
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
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Values below 1.0 will allow the model to
                change the audio, while a value of exactly 1.0 will use the input audio without
                modification. Default: 1. Limits: minimum 0, maximum 1.
            preprocess_audio: Whether to preprocess the audio before using it as conditioning.
                Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_audio_length": match_audio_length,
                "num_frames": num_frames,
                "video_size": video_size,
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
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_audio_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
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
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2_19bDistilledAudioToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            audio_url: The URL of the audio to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: Optional URL of an image to use as the first frame of the video. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_audio_length: When enabled, the number of frames will be calculated based on the
                audio duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Use 'auto' to match the input image
                dimensions if provided. Default: "landscape_4_3".
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
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Values below 1.0 will allow the model to
                change the audio, while a value of exactly 1.0 will use the input audio without
                modification. Default: 1. Limits: minimum 0, maximum 1.
            preprocess_audio: Whether to preprocess the audio before using it as conditioning.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_audio_length": match_audio_length,
                "num_frames": num_frames,
                "video_size": video_size,
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
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_audio_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
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
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_19bDistilledAudioToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            audio_url: The URL of the audio to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: Optional URL of an image to use as the first frame of the video. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_audio_length: When enabled, the number of frames will be calculated based on the
                audio duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Use 'auto' to match the input image
                dimensions if provided. Default: "landscape_4_3".
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
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Values below 1.0 will allow the model to
                change the audio, while a value of exactly 1.0 will use the input audio without
                modification. Default: 1. Limits: minimum 0, maximum 1.
            preprocess_audio: Whether to preprocess the audio before using it as conditioning.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_audio_length": match_audio_length,
                "num_frames": num_frames,
                "video_size": video_size,
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
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        match_audio_length: bool | Omit = omit,
        num_frames: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
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
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2_19bDistilledAudioToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            audio_url: The URL of the audio to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: Optional URL of an image to use as the first frame of the video. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image to use as the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            match_audio_length: When enabled, the number of frames will be calculated based on the
                audio duration and FPS. When disabled, use the specified num_frames. Default: true.
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 9, maximum
                481.
            video_size: The size of the generated video. Use 'auto' to match the input image
                dimensions if provided. Default: "landscape_4_3".
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
            image_strength: The strength of the image to use for the video generation. Default: 1.
                Limits: minimum 0, maximum 1.
            end_image_strength: The strength of the end image to use for the video generation.
                Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Values below 1.0 will allow the model to
                change the audio, while a value of exactly 1.0 will use the input audio without
                modification. Default: 1. Limits: minimum 0, maximum 1.
            preprocess_audio: Whether to preprocess the audio before using it as conditioning.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "match_audio_length": match_audio_length,
                "num_frames": num_frames,
                "video_size": video_size,
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
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return self._stream(payload, options)
