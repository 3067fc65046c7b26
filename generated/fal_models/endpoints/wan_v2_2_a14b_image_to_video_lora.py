# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.2-a14b/image-to-video/lora` (Wan V2.2 A14b Image To Video
Lora).
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
from fal_models.models.wan_v2_2_a14b_image_to_video_lora import (
    LoRAWeight,
    WanV2_2A14bImageToVideoLoraInput,
    WanV2_2A14bImageToVideoLoraOutput,
)

__all__ = [
    "WanV2_2A14bImageToVideoLora",
    "AsyncWanV2_2A14bImageToVideoLora",
    "WanV2_2A14bImageToVideoLoraInput",
    "WanV2_2A14bImageToVideoLoraOutput",
]


class WanV2_2A14bImageToVideoLora(
    SyncEndpoint[WanV2_2A14bImageToVideoLoraInput, WanV2_2A14bImageToVideoLoraOutput]
):
    """Wan V2.2 A14b Image To Video Lora (`fal-ai/wan/v2.2-a14b/image-to-video/lora`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-a14b/image-to-video/lora"
    input_model: ClassVar[type[WanV2_2A14bImageToVideoLoraInput]] = WanV2_2A14bImageToVideoLoraInput
    output_model: ClassVar[type[WanV2_2A14bImageToVideoLoraOutput]] = (
        WanV2_2A14bImageToVideoLoraOutput
    )
    Input = WanV2_2A14bImageToVideoLoraInput
    Output = WanV2_2A14bImageToVideoLoraOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_2A14bImageToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 1. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "loras": loras,
                "reverse_video": reverse_video,
                "end_image_url": end_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_2A14bImageToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 1. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "loras": loras,
                "reverse_video": reverse_video,
                "end_image_url": end_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2A14bImageToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 1. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "loras": loras,
                "reverse_video": reverse_video,
                "end_image_url": end_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_2A14bImageToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 1. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "loras": loras,
                "reverse_video": reverse_video,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_2A14bImageToVideoLora(
    AsyncEndpoint[WanV2_2A14bImageToVideoLoraInput, WanV2_2A14bImageToVideoLoraOutput]
):
    """Wan V2.2 A14b Image To Video Lora (`fal-ai/wan/v2.2-a14b/image-to-video/lora`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-a14b/image-to-video/lora"
    input_model: ClassVar[type[WanV2_2A14bImageToVideoLoraInput]] = WanV2_2A14bImageToVideoLoraInput
    output_model: ClassVar[type[WanV2_2A14bImageToVideoLoraOutput]] = (
        WanV2_2A14bImageToVideoLoraOutput
    )
    Input = WanV2_2A14bImageToVideoLoraInput
    Output = WanV2_2A14bImageToVideoLoraOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_2A14bImageToVideoLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 1. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "loras": loras,
                "reverse_video": reverse_video,
                "end_image_url": end_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_2A14bImageToVideoLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 1. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "loras": loras,
                "reverse_video": reverse_video,
                "end_image_url": end_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2A14bImageToVideoLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 1. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "loras": loras,
                "reverse_video": reverse_video,
                "end_image_url": end_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_2A14bImageToVideoLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 1. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "loras": loras,
                "reverse_video": reverse_video,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)
