# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2.3-22b/distilled/audio-to-video` (Ltx 2.3 22b Distilled Audio
To Video).
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
from fal_models.models.ltx_2_3_22b_distilled_audio_to_video import (
    Ltx2_3_22bDistilledAudioToVideoInput,
    Ltx2_3_22bDistilledAudioToVideoOutput,
    VideoSizePreset,
)

__all__ = [
    "Ltx2_3_22bDistilledAudioToVideo",
    "AsyncLtx2_3_22bDistilledAudioToVideo",
    "Ltx2_3_22bDistilledAudioToVideoInput",
    "Ltx2_3_22bDistilledAudioToVideoOutput",
]


class Ltx2_3_22bDistilledAudioToVideo(
    SyncEndpoint[Ltx2_3_22bDistilledAudioToVideoInput, Ltx2_3_22bDistilledAudioToVideoOutput]
):
    """Ltx 2.3 22b Distilled Audio To Video (`fal-ai/ltx-2.3-22b/distilled/audio-to-video`).

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2.3-22b/distilled/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2.3-22b/distilled/audio-to-video"
    input_model: ClassVar[type[Ltx2_3_22bDistilledAudioToVideoInput]] = (
        Ltx2_3_22bDistilledAudioToVideoInput
    )
    output_model: ClassVar[type[Ltx2_3_22bDistilledAudioToVideoOutput]] = (
        Ltx2_3_22bDistilledAudioToVideoOutput
    )
    Input = Ltx2_3_22bDistilledAudioToVideoInput
    Output = Ltx2_3_22bDistilledAudioToVideoOutput

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
        scheduler: Literal["ltx2", "linear_quadratic", "beta"] | Omit = omit,
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
        distill_lora_second_pass_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2_3_22bDistilledAudioToVideoOutput:
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
                dimensions if provided. Default: "landscape_16_9".
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "news
                broadcast, 3d animation, computer graphics, pc game, console game, video game,
                cartoon, childish, watermark, logo, text, on screen text, subtitles, titles,
                signature, slowmo, static".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
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
                "scheduler": scheduler,
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
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
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
        scheduler: Literal["ltx2", "linear_quadratic", "beta"] | Omit = omit,
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
        distill_lora_second_pass_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2_3_22bDistilledAudioToVideoOutput]:
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
                dimensions if provided. Default: "landscape_16_9".
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "news
                broadcast, 3d animation, computer graphics, pc game, console game, video game,
                cartoon, childish, watermark, logo, text, on screen text, subtitles, titles,
                signature, slowmo, static".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
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
                "scheduler": scheduler,
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
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
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
        scheduler: Literal["ltx2", "linear_quadratic", "beta"] | Omit = omit,
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
        distill_lora_second_pass_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_3_22bDistilledAudioToVideoOutput:
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
                dimensions if provided. Default: "landscape_16_9".
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "news
                broadcast, 3d animation, computer graphics, pc game, console game, video game,
                cartoon, childish, watermark, logo, text, on screen text, subtitles, titles,
                signature, slowmo, static".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
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
                "scheduler": scheduler,
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
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
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
        scheduler: Literal["ltx2", "linear_quadratic", "beta"] | Omit = omit,
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
        distill_lora_second_pass_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2_3_22bDistilledAudioToVideoOutput]:
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
                dimensions if provided. Default: "landscape_16_9".
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "news
                broadcast, 3d animation, computer graphics, pc game, console game, video game,
                cartoon, childish, watermark, logo, text, on screen text, subtitles, titles,
                signature, slowmo, static".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
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
                "scheduler": scheduler,
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
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2_3_22bDistilledAudioToVideo(
    AsyncEndpoint[Ltx2_3_22bDistilledAudioToVideoInput, Ltx2_3_22bDistilledAudioToVideoOutput]
):
    """Ltx 2.3 22b Distilled Audio To Video (`fal-ai/ltx-2.3-22b/distilled/audio-to-video`).

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2.3-22b/distilled/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2.3-22b/distilled/audio-to-video"
    input_model: ClassVar[type[Ltx2_3_22bDistilledAudioToVideoInput]] = (
        Ltx2_3_22bDistilledAudioToVideoInput
    )
    output_model: ClassVar[type[Ltx2_3_22bDistilledAudioToVideoOutput]] = (
        Ltx2_3_22bDistilledAudioToVideoOutput
    )
    Input = Ltx2_3_22bDistilledAudioToVideoInput
    Output = Ltx2_3_22bDistilledAudioToVideoOutput

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
        scheduler: Literal["ltx2", "linear_quadratic", "beta"] | Omit = omit,
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
        distill_lora_second_pass_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2_3_22bDistilledAudioToVideoOutput:
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
                dimensions if provided. Default: "landscape_16_9".
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "news
                broadcast, 3d animation, computer graphics, pc game, console game, video game,
                cartoon, childish, watermark, logo, text, on screen text, subtitles, titles,
                signature, slowmo, static".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
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
                "scheduler": scheduler,
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
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
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
        scheduler: Literal["ltx2", "linear_quadratic", "beta"] | Omit = omit,
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
        distill_lora_second_pass_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2_3_22bDistilledAudioToVideoOutput]:
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
                dimensions if provided. Default: "landscape_16_9".
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "news
                broadcast, 3d animation, computer graphics, pc game, console game, video game,
                cartoon, childish, watermark, logo, text, on screen text, subtitles, titles,
                signature, slowmo, static".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
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
                "scheduler": scheduler,
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
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
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
        scheduler: Literal["ltx2", "linear_quadratic", "beta"] | Omit = omit,
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
        distill_lora_second_pass_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_3_22bDistilledAudioToVideoOutput:
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
                dimensions if provided. Default: "landscape_16_9".
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "news
                broadcast, 3d animation, computer graphics, pc game, console game, video game,
                cartoon, childish, watermark, logo, text, on screen text, subtitles, titles,
                signature, slowmo, static".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
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
                "scheduler": scheduler,
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
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
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
        scheduler: Literal["ltx2", "linear_quadratic", "beta"] | Omit = omit,
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
        distill_lora_second_pass_scale: float | Omit = omit,
        image_strength: float | Omit = omit,
        end_image_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocess_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2_3_22bDistilledAudioToVideoOutput]:
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
                dimensions if provided. Default: "landscape_16_9".
            use_multiscale: Whether to use multi-scale generation. If True, the model will generate
                the video at a smaller scale first, then use the smaller video to guide the
                generation of a video at or above your requested size. This results in better
                coherence and details. Default: true.
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "none".
            camera_lora: The camera LoRA to use. This allows you to control the camera movement of
                the generated video more accurately than just prompting the model to move the
                camera. Default: "none".
            camera_lora_scale: The scale of the camera LoRA to use. This allows you to control the
                camera movement of the generated video more accurately than just prompting the model
                to move the camera. Default: 1. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to generate the video from. Default: "news
                broadcast, 3d animation, computer graphics, pc game, console game, video game,
                cartoon, childish, watermark, logo, text, on screen text, subtitles, titles,
                signature, slowmo, static".
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
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
                "scheduler": scheduler,
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
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "image_strength": image_strength,
                "end_image_strength": end_image_strength,
                "audio_strength": audio_strength,
                "preprocess_audio": preprocess_audio,
            }
        )
        return self._stream(payload, options)
