# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2.3-22b/reference-video-to-video/lora` (Ltx 2.3 22b Reference
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
from fal_models.models.ltx_2_3_22b_reference_video_to_video_lora import (
    LoRAInput,
    Ltx2_3_22bReferenceVideoToVideoLoraInput,
    Ltx2_3_22bReferenceVideoToVideoLoraOutput,
    VideoSizePreset,
)

__all__ = [
    "Ltx2_3_22bReferenceVideoToVideoLora",
    "AsyncLtx2_3_22bReferenceVideoToVideoLora",
    "Ltx2_3_22bReferenceVideoToVideoLoraInput",
    "Ltx2_3_22bReferenceVideoToVideoLoraOutput",
]


class Ltx2_3_22bReferenceVideoToVideoLora(
    SyncEndpoint[
        Ltx2_3_22bReferenceVideoToVideoLoraInput, Ltx2_3_22bReferenceVideoToVideoLoraOutput
    ]
):
    """Ltx 2.3 22b Reference Video To Video Lora
    (`fal-ai/ltx-2.3-22b/reference-video-to-video/lora`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2.3-22b/reference-video-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2.3-22b/reference-video-to-video/lora"
    input_model: ClassVar[type[Ltx2_3_22bReferenceVideoToVideoLoraInput]] = (
        Ltx2_3_22bReferenceVideoToVideoLoraInput
    )
    output_model: ClassVar[type[Ltx2_3_22bReferenceVideoToVideoLoraOutput]] = (
        Ltx2_3_22bReferenceVideoToVideoLoraOutput
    )
    Input = Ltx2_3_22bReferenceVideoToVideoLoraInput
    Output = Ltx2_3_22bReferenceVideoToVideoLoraOutput

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
        num_inference_steps: int | Omit = omit,
        video_cfg_scale: float | Omit = omit,
        video_stg_scale: float | Omit = omit,
        video_rescaling_scale: float | Omit = omit,
        video_modality_scale: float | Omit = omit,
        audio_cfg_scale: float | Omit = omit,
        audio_stg_scale: float | Omit = omit,
        audio_rescaling_scale: float | Omit = omit,
        audio_modality_scale: float | Omit = omit,
        gradient_estimation_gamma: float | Omit = omit,
        use_restart_sampling: bool | Omit = omit,
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
        loras: list[LoRAInput],
        distill_lora_first_pass_scale: float | Omit = omit,
        distill_lora_second_pass_scale: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora_type: Literal["match_preprocessor", "union", "detailer", "none"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2_3_22bReferenceVideoToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to reference. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 40. Limits: minimum
                8, maximum 50.
            video_cfg_scale: The Classifier-Free Guidance (CFG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 3. Limits: minimum 1,
                maximum 20.
            video_stg_scale: The Spatiotemporal Guidance (STG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 0. Limits: minimum 0,
                maximum 20.
            video_rescaling_scale: The rescaling scale for the video. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            video_modality_scale: The modality scale for the video. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            audio_cfg_scale: The Classifier-Free Guidance (CFG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 7. Limits: minimum 1,
                maximum 20.
            audio_stg_scale: The Spatiotemporal Guidance (STG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 0. Limits: minimum 0,
                maximum 20.
            audio_rescaling_scale: The rescaling scale for the audio. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            audio_modality_scale: The modality scale for the audio. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            gradient_estimation_gamma: The gamma of gradient estimation during denoising. Set to 0
                to disable. Default: 2. Limits: minimum 0, maximum 10.
            use_restart_sampling: Whether to use restart sampling. This will inject a small amount
                of noise during each denoising step, which can help improve the quality of the
                generated video. Default: false.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "regular".
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
            loras: The LoRAs to use for the generation.
            distill_lora_first_pass_scale: The scale of the distill LoRA to use for the first pass.
                Set to 0 to disable. Default: 0.2. Limits: minimum 0, maximum 1.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            preprocessor: The preprocessor to use for the generation. Default: "none".
            ic_lora_type: The IC LoRA type to use for the generation. Default: "union".
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
                "num_inference_steps": num_inference_steps,
                "video_cfg_scale": video_cfg_scale,
                "video_stg_scale": video_stg_scale,
                "video_rescaling_scale": video_rescaling_scale,
                "video_modality_scale": video_modality_scale,
                "audio_cfg_scale": audio_cfg_scale,
                "audio_stg_scale": audio_stg_scale,
                "audio_rescaling_scale": audio_rescaling_scale,
                "audio_modality_scale": audio_modality_scale,
                "gradient_estimation_gamma": gradient_estimation_gamma,
                "use_restart_sampling": use_restart_sampling,
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
                "loras": loras,
                "distill_lora_first_pass_scale": distill_lora_first_pass_scale,
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
                "preprocessor": preprocessor,
                "ic_lora_type": ic_lora_type,
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
        num_inference_steps: int | Omit = omit,
        video_cfg_scale: float | Omit = omit,
        video_stg_scale: float | Omit = omit,
        video_rescaling_scale: float | Omit = omit,
        video_modality_scale: float | Omit = omit,
        audio_cfg_scale: float | Omit = omit,
        audio_stg_scale: float | Omit = omit,
        audio_rescaling_scale: float | Omit = omit,
        audio_modality_scale: float | Omit = omit,
        gradient_estimation_gamma: float | Omit = omit,
        use_restart_sampling: bool | Omit = omit,
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
        loras: list[LoRAInput],
        distill_lora_first_pass_scale: float | Omit = omit,
        distill_lora_second_pass_scale: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora_type: Literal["match_preprocessor", "union", "detailer", "none"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2_3_22bReferenceVideoToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to reference. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 40. Limits: minimum
                8, maximum 50.
            video_cfg_scale: The Classifier-Free Guidance (CFG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 3. Limits: minimum 1,
                maximum 20.
            video_stg_scale: The Spatiotemporal Guidance (STG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 0. Limits: minimum 0,
                maximum 20.
            video_rescaling_scale: The rescaling scale for the video. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            video_modality_scale: The modality scale for the video. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            audio_cfg_scale: The Classifier-Free Guidance (CFG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 7. Limits: minimum 1,
                maximum 20.
            audio_stg_scale: The Spatiotemporal Guidance (STG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 0. Limits: minimum 0,
                maximum 20.
            audio_rescaling_scale: The rescaling scale for the audio. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            audio_modality_scale: The modality scale for the audio. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            gradient_estimation_gamma: The gamma of gradient estimation during denoising. Set to 0
                to disable. Default: 2. Limits: minimum 0, maximum 10.
            use_restart_sampling: Whether to use restart sampling. This will inject a small amount
                of noise during each denoising step, which can help improve the quality of the
                generated video. Default: false.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "regular".
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
            loras: The LoRAs to use for the generation.
            distill_lora_first_pass_scale: The scale of the distill LoRA to use for the first pass.
                Set to 0 to disable. Default: 0.2. Limits: minimum 0, maximum 1.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            preprocessor: The preprocessor to use for the generation. Default: "none".
            ic_lora_type: The IC LoRA type to use for the generation. Default: "union".
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
                "num_inference_steps": num_inference_steps,
                "video_cfg_scale": video_cfg_scale,
                "video_stg_scale": video_stg_scale,
                "video_rescaling_scale": video_rescaling_scale,
                "video_modality_scale": video_modality_scale,
                "audio_cfg_scale": audio_cfg_scale,
                "audio_stg_scale": audio_stg_scale,
                "audio_rescaling_scale": audio_rescaling_scale,
                "audio_modality_scale": audio_modality_scale,
                "gradient_estimation_gamma": gradient_estimation_gamma,
                "use_restart_sampling": use_restart_sampling,
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
                "loras": loras,
                "distill_lora_first_pass_scale": distill_lora_first_pass_scale,
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
                "preprocessor": preprocessor,
                "ic_lora_type": ic_lora_type,
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
        num_inference_steps: int | Omit = omit,
        video_cfg_scale: float | Omit = omit,
        video_stg_scale: float | Omit = omit,
        video_rescaling_scale: float | Omit = omit,
        video_modality_scale: float | Omit = omit,
        audio_cfg_scale: float | Omit = omit,
        audio_stg_scale: float | Omit = omit,
        audio_rescaling_scale: float | Omit = omit,
        audio_modality_scale: float | Omit = omit,
        gradient_estimation_gamma: float | Omit = omit,
        use_restart_sampling: bool | Omit = omit,
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
        loras: list[LoRAInput],
        distill_lora_first_pass_scale: float | Omit = omit,
        distill_lora_second_pass_scale: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora_type: Literal["match_preprocessor", "union", "detailer", "none"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_3_22bReferenceVideoToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to reference. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 40. Limits: minimum
                8, maximum 50.
            video_cfg_scale: The Classifier-Free Guidance (CFG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 3. Limits: minimum 1,
                maximum 20.
            video_stg_scale: The Spatiotemporal Guidance (STG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 0. Limits: minimum 0,
                maximum 20.
            video_rescaling_scale: The rescaling scale for the video. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            video_modality_scale: The modality scale for the video. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            audio_cfg_scale: The Classifier-Free Guidance (CFG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 7. Limits: minimum 1,
                maximum 20.
            audio_stg_scale: The Spatiotemporal Guidance (STG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 0. Limits: minimum 0,
                maximum 20.
            audio_rescaling_scale: The rescaling scale for the audio. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            audio_modality_scale: The modality scale for the audio. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            gradient_estimation_gamma: The gamma of gradient estimation during denoising. Set to 0
                to disable. Default: 2. Limits: minimum 0, maximum 10.
            use_restart_sampling: Whether to use restart sampling. This will inject a small amount
                of noise during each denoising step, which can help improve the quality of the
                generated video. Default: false.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "regular".
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
            loras: The LoRAs to use for the generation.
            distill_lora_first_pass_scale: The scale of the distill LoRA to use for the first pass.
                Set to 0 to disable. Default: 0.2. Limits: minimum 0, maximum 1.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            preprocessor: The preprocessor to use for the generation. Default: "none".
            ic_lora_type: The IC LoRA type to use for the generation. Default: "union".
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
                "num_inference_steps": num_inference_steps,
                "video_cfg_scale": video_cfg_scale,
                "video_stg_scale": video_stg_scale,
                "video_rescaling_scale": video_rescaling_scale,
                "video_modality_scale": video_modality_scale,
                "audio_cfg_scale": audio_cfg_scale,
                "audio_stg_scale": audio_stg_scale,
                "audio_rescaling_scale": audio_rescaling_scale,
                "audio_modality_scale": audio_modality_scale,
                "gradient_estimation_gamma": gradient_estimation_gamma,
                "use_restart_sampling": use_restart_sampling,
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
                "loras": loras,
                "distill_lora_first_pass_scale": distill_lora_first_pass_scale,
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
                "preprocessor": preprocessor,
                "ic_lora_type": ic_lora_type,
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
        num_inference_steps: int | Omit = omit,
        video_cfg_scale: float | Omit = omit,
        video_stg_scale: float | Omit = omit,
        video_rescaling_scale: float | Omit = omit,
        video_modality_scale: float | Omit = omit,
        audio_cfg_scale: float | Omit = omit,
        audio_stg_scale: float | Omit = omit,
        audio_rescaling_scale: float | Omit = omit,
        audio_modality_scale: float | Omit = omit,
        gradient_estimation_gamma: float | Omit = omit,
        use_restart_sampling: bool | Omit = omit,
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
        loras: list[LoRAInput],
        distill_lora_first_pass_scale: float | Omit = omit,
        distill_lora_second_pass_scale: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora_type: Literal["match_preprocessor", "union", "detailer", "none"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2_3_22bReferenceVideoToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to reference. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 40. Limits: minimum
                8, maximum 50.
            video_cfg_scale: The Classifier-Free Guidance (CFG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 3. Limits: minimum 1,
                maximum 20.
            video_stg_scale: The Spatiotemporal Guidance (STG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 0. Limits: minimum 0,
                maximum 20.
            video_rescaling_scale: The rescaling scale for the video. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            video_modality_scale: The modality scale for the video. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            audio_cfg_scale: The Classifier-Free Guidance (CFG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 7. Limits: minimum 1,
                maximum 20.
            audio_stg_scale: The Spatiotemporal Guidance (STG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 0. Limits: minimum 0,
                maximum 20.
            audio_rescaling_scale: The rescaling scale for the audio. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            audio_modality_scale: The modality scale for the audio. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            gradient_estimation_gamma: The gamma of gradient estimation during denoising. Set to 0
                to disable. Default: 2. Limits: minimum 0, maximum 10.
            use_restart_sampling: Whether to use restart sampling. This will inject a small amount
                of noise during each denoising step, which can help improve the quality of the
                generated video. Default: false.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "regular".
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
            loras: The LoRAs to use for the generation.
            distill_lora_first_pass_scale: The scale of the distill LoRA to use for the first pass.
                Set to 0 to disable. Default: 0.2. Limits: minimum 0, maximum 1.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            preprocessor: The preprocessor to use for the generation. Default: "none".
            ic_lora_type: The IC LoRA type to use for the generation. Default: "union".
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
                "num_inference_steps": num_inference_steps,
                "video_cfg_scale": video_cfg_scale,
                "video_stg_scale": video_stg_scale,
                "video_rescaling_scale": video_rescaling_scale,
                "video_modality_scale": video_modality_scale,
                "audio_cfg_scale": audio_cfg_scale,
                "audio_stg_scale": audio_stg_scale,
                "audio_rescaling_scale": audio_rescaling_scale,
                "audio_modality_scale": audio_modality_scale,
                "gradient_estimation_gamma": gradient_estimation_gamma,
                "use_restart_sampling": use_restart_sampling,
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
                "loras": loras,
                "distill_lora_first_pass_scale": distill_lora_first_pass_scale,
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
                "preprocessor": preprocessor,
                "ic_lora_type": ic_lora_type,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2_3_22bReferenceVideoToVideoLora(
    AsyncEndpoint[
        Ltx2_3_22bReferenceVideoToVideoLoraInput, Ltx2_3_22bReferenceVideoToVideoLoraOutput
    ]
):
    """Ltx 2.3 22b Reference Video To Video Lora
    (`fal-ai/ltx-2.3-22b/reference-video-to-video/lora`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/ltx-2.3-22b/reference-video-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2.3-22b/reference-video-to-video/lora"
    input_model: ClassVar[type[Ltx2_3_22bReferenceVideoToVideoLoraInput]] = (
        Ltx2_3_22bReferenceVideoToVideoLoraInput
    )
    output_model: ClassVar[type[Ltx2_3_22bReferenceVideoToVideoLoraOutput]] = (
        Ltx2_3_22bReferenceVideoToVideoLoraOutput
    )
    Input = Ltx2_3_22bReferenceVideoToVideoLoraInput
    Output = Ltx2_3_22bReferenceVideoToVideoLoraOutput

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
        num_inference_steps: int | Omit = omit,
        video_cfg_scale: float | Omit = omit,
        video_stg_scale: float | Omit = omit,
        video_rescaling_scale: float | Omit = omit,
        video_modality_scale: float | Omit = omit,
        audio_cfg_scale: float | Omit = omit,
        audio_stg_scale: float | Omit = omit,
        audio_rescaling_scale: float | Omit = omit,
        audio_modality_scale: float | Omit = omit,
        gradient_estimation_gamma: float | Omit = omit,
        use_restart_sampling: bool | Omit = omit,
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
        loras: list[LoRAInput],
        distill_lora_first_pass_scale: float | Omit = omit,
        distill_lora_second_pass_scale: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora_type: Literal["match_preprocessor", "union", "detailer", "none"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2_3_22bReferenceVideoToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to reference. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 40. Limits: minimum
                8, maximum 50.
            video_cfg_scale: The Classifier-Free Guidance (CFG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 3. Limits: minimum 1,
                maximum 20.
            video_stg_scale: The Spatiotemporal Guidance (STG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 0. Limits: minimum 0,
                maximum 20.
            video_rescaling_scale: The rescaling scale for the video. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            video_modality_scale: The modality scale for the video. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            audio_cfg_scale: The Classifier-Free Guidance (CFG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 7. Limits: minimum 1,
                maximum 20.
            audio_stg_scale: The Spatiotemporal Guidance (STG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 0. Limits: minimum 0,
                maximum 20.
            audio_rescaling_scale: The rescaling scale for the audio. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            audio_modality_scale: The modality scale for the audio. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            gradient_estimation_gamma: The gamma of gradient estimation during denoising. Set to 0
                to disable. Default: 2. Limits: minimum 0, maximum 10.
            use_restart_sampling: Whether to use restart sampling. This will inject a small amount
                of noise during each denoising step, which can help improve the quality of the
                generated video. Default: false.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "regular".
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
            loras: The LoRAs to use for the generation.
            distill_lora_first_pass_scale: The scale of the distill LoRA to use for the first pass.
                Set to 0 to disable. Default: 0.2. Limits: minimum 0, maximum 1.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            preprocessor: The preprocessor to use for the generation. Default: "none".
            ic_lora_type: The IC LoRA type to use for the generation. Default: "union".
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
                "num_inference_steps": num_inference_steps,
                "video_cfg_scale": video_cfg_scale,
                "video_stg_scale": video_stg_scale,
                "video_rescaling_scale": video_rescaling_scale,
                "video_modality_scale": video_modality_scale,
                "audio_cfg_scale": audio_cfg_scale,
                "audio_stg_scale": audio_stg_scale,
                "audio_rescaling_scale": audio_rescaling_scale,
                "audio_modality_scale": audio_modality_scale,
                "gradient_estimation_gamma": gradient_estimation_gamma,
                "use_restart_sampling": use_restart_sampling,
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
                "loras": loras,
                "distill_lora_first_pass_scale": distill_lora_first_pass_scale,
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
                "preprocessor": preprocessor,
                "ic_lora_type": ic_lora_type,
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
        num_inference_steps: int | Omit = omit,
        video_cfg_scale: float | Omit = omit,
        video_stg_scale: float | Omit = omit,
        video_rescaling_scale: float | Omit = omit,
        video_modality_scale: float | Omit = omit,
        audio_cfg_scale: float | Omit = omit,
        audio_stg_scale: float | Omit = omit,
        audio_rescaling_scale: float | Omit = omit,
        audio_modality_scale: float | Omit = omit,
        gradient_estimation_gamma: float | Omit = omit,
        use_restart_sampling: bool | Omit = omit,
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
        loras: list[LoRAInput],
        distill_lora_first_pass_scale: float | Omit = omit,
        distill_lora_second_pass_scale: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora_type: Literal["match_preprocessor", "union", "detailer", "none"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2_3_22bReferenceVideoToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to reference. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 40. Limits: minimum
                8, maximum 50.
            video_cfg_scale: The Classifier-Free Guidance (CFG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 3. Limits: minimum 1,
                maximum 20.
            video_stg_scale: The Spatiotemporal Guidance (STG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 0. Limits: minimum 0,
                maximum 20.
            video_rescaling_scale: The rescaling scale for the video. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            video_modality_scale: The modality scale for the video. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            audio_cfg_scale: The Classifier-Free Guidance (CFG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 7. Limits: minimum 1,
                maximum 20.
            audio_stg_scale: The Spatiotemporal Guidance (STG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 0. Limits: minimum 0,
                maximum 20.
            audio_rescaling_scale: The rescaling scale for the audio. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            audio_modality_scale: The modality scale for the audio. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            gradient_estimation_gamma: The gamma of gradient estimation during denoising. Set to 0
                to disable. Default: 2. Limits: minimum 0, maximum 10.
            use_restart_sampling: Whether to use restart sampling. This will inject a small amount
                of noise during each denoising step, which can help improve the quality of the
                generated video. Default: false.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "regular".
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
            loras: The LoRAs to use for the generation.
            distill_lora_first_pass_scale: The scale of the distill LoRA to use for the first pass.
                Set to 0 to disable. Default: 0.2. Limits: minimum 0, maximum 1.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            preprocessor: The preprocessor to use for the generation. Default: "none".
            ic_lora_type: The IC LoRA type to use for the generation. Default: "union".
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
                "num_inference_steps": num_inference_steps,
                "video_cfg_scale": video_cfg_scale,
                "video_stg_scale": video_stg_scale,
                "video_rescaling_scale": video_rescaling_scale,
                "video_modality_scale": video_modality_scale,
                "audio_cfg_scale": audio_cfg_scale,
                "audio_stg_scale": audio_stg_scale,
                "audio_rescaling_scale": audio_rescaling_scale,
                "audio_modality_scale": audio_modality_scale,
                "gradient_estimation_gamma": gradient_estimation_gamma,
                "use_restart_sampling": use_restart_sampling,
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
                "loras": loras,
                "distill_lora_first_pass_scale": distill_lora_first_pass_scale,
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
                "preprocessor": preprocessor,
                "ic_lora_type": ic_lora_type,
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
        num_inference_steps: int | Omit = omit,
        video_cfg_scale: float | Omit = omit,
        video_stg_scale: float | Omit = omit,
        video_rescaling_scale: float | Omit = omit,
        video_modality_scale: float | Omit = omit,
        audio_cfg_scale: float | Omit = omit,
        audio_stg_scale: float | Omit = omit,
        audio_rescaling_scale: float | Omit = omit,
        audio_modality_scale: float | Omit = omit,
        gradient_estimation_gamma: float | Omit = omit,
        use_restart_sampling: bool | Omit = omit,
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
        loras: list[LoRAInput],
        distill_lora_first_pass_scale: float | Omit = omit,
        distill_lora_second_pass_scale: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora_type: Literal["match_preprocessor", "union", "detailer", "none"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_3_22bReferenceVideoToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to reference. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 40. Limits: minimum
                8, maximum 50.
            video_cfg_scale: The Classifier-Free Guidance (CFG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 3. Limits: minimum 1,
                maximum 20.
            video_stg_scale: The Spatiotemporal Guidance (STG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 0. Limits: minimum 0,
                maximum 20.
            video_rescaling_scale: The rescaling scale for the video. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            video_modality_scale: The modality scale for the video. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            audio_cfg_scale: The Classifier-Free Guidance (CFG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 7. Limits: minimum 1,
                maximum 20.
            audio_stg_scale: The Spatiotemporal Guidance (STG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 0. Limits: minimum 0,
                maximum 20.
            audio_rescaling_scale: The rescaling scale for the audio. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            audio_modality_scale: The modality scale for the audio. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            gradient_estimation_gamma: The gamma of gradient estimation during denoising. Set to 0
                to disable. Default: 2. Limits: minimum 0, maximum 10.
            use_restart_sampling: Whether to use restart sampling. This will inject a small amount
                of noise during each denoising step, which can help improve the quality of the
                generated video. Default: false.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "regular".
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
            loras: The LoRAs to use for the generation.
            distill_lora_first_pass_scale: The scale of the distill LoRA to use for the first pass.
                Set to 0 to disable. Default: 0.2. Limits: minimum 0, maximum 1.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            preprocessor: The preprocessor to use for the generation. Default: "none".
            ic_lora_type: The IC LoRA type to use for the generation. Default: "union".
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
                "num_inference_steps": num_inference_steps,
                "video_cfg_scale": video_cfg_scale,
                "video_stg_scale": video_stg_scale,
                "video_rescaling_scale": video_rescaling_scale,
                "video_modality_scale": video_modality_scale,
                "audio_cfg_scale": audio_cfg_scale,
                "audio_stg_scale": audio_stg_scale,
                "audio_rescaling_scale": audio_rescaling_scale,
                "audio_modality_scale": audio_modality_scale,
                "gradient_estimation_gamma": gradient_estimation_gamma,
                "use_restart_sampling": use_restart_sampling,
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
                "loras": loras,
                "distill_lora_first_pass_scale": distill_lora_first_pass_scale,
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
                "preprocessor": preprocessor,
                "ic_lora_type": ic_lora_type,
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
        num_inference_steps: int | Omit = omit,
        video_cfg_scale: float | Omit = omit,
        video_stg_scale: float | Omit = omit,
        video_rescaling_scale: float | Omit = omit,
        video_modality_scale: float | Omit = omit,
        audio_cfg_scale: float | Omit = omit,
        audio_stg_scale: float | Omit = omit,
        audio_rescaling_scale: float | Omit = omit,
        audio_modality_scale: float | Omit = omit,
        gradient_estimation_gamma: float | Omit = omit,
        use_restart_sampling: bool | Omit = omit,
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
        loras: list[LoRAInput],
        distill_lora_first_pass_scale: float | Omit = omit,
        distill_lora_second_pass_scale: float | Omit = omit,
        video_strength: float | Omit = omit,
        audio_strength: float | Omit = omit,
        preprocessor: Literal["depth", "canny", "pose", "none"] | Omit = omit,
        ic_lora_type: Literal["match_preprocessor", "union", "detailer", "none"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2_3_22bReferenceVideoToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            video_url: The URL of the video to reference. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            fps: The frames per second of the generated video. Default: 24. Limits: minimum 1,
                maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 40. Limits: minimum
                8, maximum 50.
            video_cfg_scale: The Classifier-Free Guidance (CFG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 3. Limits: minimum 1,
                maximum 20.
            video_stg_scale: The Spatiotemporal Guidance (STG) scale for the video. Higher values
                result in more consistent and focused video content. Default: 0. Limits: minimum 0,
                maximum 20.
            video_rescaling_scale: The rescaling scale for the video. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            video_modality_scale: The modality scale for the video. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            audio_cfg_scale: The Classifier-Free Guidance (CFG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 7. Limits: minimum 1,
                maximum 20.
            audio_stg_scale: The Spatiotemporal Guidance (STG) scale for the audio. Higher values
                result in more consistent and focused audio content. Default: 0. Limits: minimum 0,
                maximum 20.
            audio_rescaling_scale: The rescaling scale for the audio. Controls the ratio between
                classifier-free guidance and spatiotemporal guidance. Default: 0.7. Limits: minimum
                0, maximum 1.
            audio_modality_scale: The modality scale for the audio. Controls the ratio between video
                and audio modalities. Default: 3. Limits: minimum 0, maximum 10.
            gradient_estimation_gamma: The gamma of gradient estimation during denoising. Set to 0
                to disable. Default: 2. Limits: minimum 0, maximum 10.
            use_restart_sampling: Whether to use restart sampling. This will inject a small amount
                of noise during each denoising step, which can help improve the quality of the
                generated video. Default: false.
            scheduler: The scheduler to use. Default: "ltx2".
            acceleration: The acceleration level to use. Default: "regular".
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
            loras: The LoRAs to use for the generation.
            distill_lora_first_pass_scale: The scale of the distill LoRA to use for the first pass.
                Set to 0 to disable. Default: 0.2. Limits: minimum 0, maximum 1.
            distill_lora_second_pass_scale: The scale of the distill LoRA to use for the second and
                subsequent passes. Default: 0.5. Limits: minimum 0, maximum 1.
            video_strength: Video conditioning strength. Lower values represent more freedom given
                to the model to change the video content. Default: 1. Limits: minimum 0, maximum 1.
            audio_strength: Audio conditioning strength. Lower values represent more freedom given
                to the model to change the audio content. Default: 1. Limits: minimum 0, maximum 1.
            preprocessor: The preprocessor to use for the generation. Default: "none".
            ic_lora_type: The IC LoRA type to use for the generation. Default: "union".
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
                "num_inference_steps": num_inference_steps,
                "video_cfg_scale": video_cfg_scale,
                "video_stg_scale": video_stg_scale,
                "video_rescaling_scale": video_rescaling_scale,
                "video_modality_scale": video_modality_scale,
                "audio_cfg_scale": audio_cfg_scale,
                "audio_stg_scale": audio_stg_scale,
                "audio_rescaling_scale": audio_rescaling_scale,
                "audio_modality_scale": audio_modality_scale,
                "gradient_estimation_gamma": gradient_estimation_gamma,
                "use_restart_sampling": use_restart_sampling,
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
                "loras": loras,
                "distill_lora_first_pass_scale": distill_lora_first_pass_scale,
                "distill_lora_second_pass_scale": distill_lora_second_pass_scale,
                "video_strength": video_strength,
                "audio_strength": audio_strength,
                "preprocessor": preprocessor,
                "ic_lora_type": ic_lora_type,
            }
        )
        return self._stream(payload, options)
