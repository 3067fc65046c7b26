# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/void-video-inpainting` (Void Video Inpainting)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.void_video_inpainting import (
    VoidVideoInpaintingInput,
    VoidVideoInpaintingOutput,
)

__all__ = [
    "VoidVideoInpainting",
    "AsyncVoidVideoInpainting",
    "VoidVideoInpaintingInput",
    "VoidVideoInpaintingOutput",
]


class VoidVideoInpainting(SyncEndpoint[VoidVideoInpaintingInput, VoidVideoInpaintingOutput]):
    """Void Video Inpainting (`fal-ai/void-video-inpainting`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/void-video-inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/void-video-inpainting"
    input_model: ClassVar[type[VoidVideoInpaintingInput]] = VoidVideoInpaintingInput
    output_model: ClassVar[type[VoidVideoInpaintingOutput]] = VoidVideoInpaintingOutput
    Input = VoidVideoInpaintingInput
    Output = VoidVideoInpaintingOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        quad_mask_video_url: FileInput | Omit = omit,
        mask_prompt: str | None | Omit = omit,
        prompt: str,
        enable_pass2_refinement: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VoidVideoInpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video containing the object to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            quad_mask_video_url: URL of a mask video for the removal target. For best results this
                should be a VOID-style quadmask video with 4 grayscale values: 0=object to remove,
                63=overlap, 127=affected region, 255=background to keep. A simple binary mask
                (0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask
                video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask
                automatically. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            mask_prompt: Text description of what should be masked in the input video, such as the
                object or person to remove. Used to generate a temporary mask video with SAM-3 when
                `quad_mask_video_url` is not provided.
            prompt: Text description of the desired background after object removal.
            enable_pass2_refinement: Run VOID Pass 2 warped-noise refinement after Pass 1. This is
                slower but can improve temporal consistency on longer clips. Default: false.
            negative_prompt: Negative prompt to guide generation away from undesired outputs.
                Default: "The video is not of a high quality, it has a low resolution. Watermark
                present in each frame. The background is solid. Strange body and strange trajectory.
                Distortion.".
            num_inference_steps: Number of denoising steps. Higher values improve quality but
                increase latency. Default: 30. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                20.
            strength: Denoising strength. 1.0 means full denoising. Default: 1. Limits: minimum 0,
                maximum 1.
            seed: Random seed for reproducibility.
            num_frames: Temporal window size for inference. The backend snaps this to the nearest
                CogVideoX-safe value that works with temporal compression and patching. Valid
                outputs are 69, 77, 85, ..., 197. Default: 85. Limits: minimum 1, maximum 197.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "quad_mask_video_url": quad_mask_video_url,
                "mask_prompt": mask_prompt,
                "prompt": prompt,
                "enable_pass2_refinement": enable_pass2_refinement,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "strength": strength,
                "seed": seed,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        quad_mask_video_url: FileInput | Omit = omit,
        mask_prompt: str | None | Omit = omit,
        prompt: str,
        enable_pass2_refinement: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VoidVideoInpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video containing the object to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            quad_mask_video_url: URL of a mask video for the removal target. For best results this
                should be a VOID-style quadmask video with 4 grayscale values: 0=object to remove,
                63=overlap, 127=affected region, 255=background to keep. A simple binary mask
                (0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask
                video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask
                automatically. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            mask_prompt: Text description of what should be masked in the input video, such as the
                object or person to remove. Used to generate a temporary mask video with SAM-3 when
                `quad_mask_video_url` is not provided.
            prompt: Text description of the desired background after object removal.
            enable_pass2_refinement: Run VOID Pass 2 warped-noise refinement after Pass 1. This is
                slower but can improve temporal consistency on longer clips. Default: false.
            negative_prompt: Negative prompt to guide generation away from undesired outputs.
                Default: "The video is not of a high quality, it has a low resolution. Watermark
                present in each frame. The background is solid. Strange body and strange trajectory.
                Distortion.".
            num_inference_steps: Number of denoising steps. Higher values improve quality but
                increase latency. Default: 30. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                20.
            strength: Denoising strength. 1.0 means full denoising. Default: 1. Limits: minimum 0,
                maximum 1.
            seed: Random seed for reproducibility.
            num_frames: Temporal window size for inference. The backend snaps this to the nearest
                CogVideoX-safe value that works with temporal compression and patching. Valid
                outputs are 69, 77, 85, ..., 197. Default: 85. Limits: minimum 1, maximum 197.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "quad_mask_video_url": quad_mask_video_url,
                "mask_prompt": mask_prompt,
                "prompt": prompt,
                "enable_pass2_refinement": enable_pass2_refinement,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "strength": strength,
                "seed": seed,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        quad_mask_video_url: FileInput | Omit = omit,
        mask_prompt: str | None | Omit = omit,
        prompt: str,
        enable_pass2_refinement: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VoidVideoInpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video containing the object to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            quad_mask_video_url: URL of a mask video for the removal target. For best results this
                should be a VOID-style quadmask video with 4 grayscale values: 0=object to remove,
                63=overlap, 127=affected region, 255=background to keep. A simple binary mask
                (0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask
                video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask
                automatically. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            mask_prompt: Text description of what should be masked in the input video, such as the
                object or person to remove. Used to generate a temporary mask video with SAM-3 when
                `quad_mask_video_url` is not provided.
            prompt: Text description of the desired background after object removal.
            enable_pass2_refinement: Run VOID Pass 2 warped-noise refinement after Pass 1. This is
                slower but can improve temporal consistency on longer clips. Default: false.
            negative_prompt: Negative prompt to guide generation away from undesired outputs.
                Default: "The video is not of a high quality, it has a low resolution. Watermark
                present in each frame. The background is solid. Strange body and strange trajectory.
                Distortion.".
            num_inference_steps: Number of denoising steps. Higher values improve quality but
                increase latency. Default: 30. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                20.
            strength: Denoising strength. 1.0 means full denoising. Default: 1. Limits: minimum 0,
                maximum 1.
            seed: Random seed for reproducibility.
            num_frames: Temporal window size for inference. The backend snaps this to the nearest
                CogVideoX-safe value that works with temporal compression and patching. Valid
                outputs are 69, 77, 85, ..., 197. Default: 85. Limits: minimum 1, maximum 197.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "quad_mask_video_url": quad_mask_video_url,
                "mask_prompt": mask_prompt,
                "prompt": prompt,
                "enable_pass2_refinement": enable_pass2_refinement,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "strength": strength,
                "seed": seed,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        quad_mask_video_url: FileInput | Omit = omit,
        mask_prompt: str | None | Omit = omit,
        prompt: str,
        enable_pass2_refinement: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VoidVideoInpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video containing the object to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            quad_mask_video_url: URL of a mask video for the removal target. For best results this
                should be a VOID-style quadmask video with 4 grayscale values: 0=object to remove,
                63=overlap, 127=affected region, 255=background to keep. A simple binary mask
                (0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask
                video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask
                automatically. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            mask_prompt: Text description of what should be masked in the input video, such as the
                object or person to remove. Used to generate a temporary mask video with SAM-3 when
                `quad_mask_video_url` is not provided.
            prompt: Text description of the desired background after object removal.
            enable_pass2_refinement: Run VOID Pass 2 warped-noise refinement after Pass 1. This is
                slower but can improve temporal consistency on longer clips. Default: false.
            negative_prompt: Negative prompt to guide generation away from undesired outputs.
                Default: "The video is not of a high quality, it has a low resolution. Watermark
                present in each frame. The background is solid. Strange body and strange trajectory.
                Distortion.".
            num_inference_steps: Number of denoising steps. Higher values improve quality but
                increase latency. Default: 30. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                20.
            strength: Denoising strength. 1.0 means full denoising. Default: 1. Limits: minimum 0,
                maximum 1.
            seed: Random seed for reproducibility.
            num_frames: Temporal window size for inference. The backend snaps this to the nearest
                CogVideoX-safe value that works with temporal compression and patching. Valid
                outputs are 69, 77, 85, ..., 197. Default: 85. Limits: minimum 1, maximum 197.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "quad_mask_video_url": quad_mask_video_url,
                "mask_prompt": mask_prompt,
                "prompt": prompt,
                "enable_pass2_refinement": enable_pass2_refinement,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "strength": strength,
                "seed": seed,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncVoidVideoInpainting(AsyncEndpoint[VoidVideoInpaintingInput, VoidVideoInpaintingOutput]):
    """Void Video Inpainting (`fal-ai/void-video-inpainting`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/void-video-inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/void-video-inpainting"
    input_model: ClassVar[type[VoidVideoInpaintingInput]] = VoidVideoInpaintingInput
    output_model: ClassVar[type[VoidVideoInpaintingOutput]] = VoidVideoInpaintingOutput
    Input = VoidVideoInpaintingInput
    Output = VoidVideoInpaintingOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        quad_mask_video_url: FileInput | Omit = omit,
        mask_prompt: str | None | Omit = omit,
        prompt: str,
        enable_pass2_refinement: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VoidVideoInpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video containing the object to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            quad_mask_video_url: URL of a mask video for the removal target. For best results this
                should be a VOID-style quadmask video with 4 grayscale values: 0=object to remove,
                63=overlap, 127=affected region, 255=background to keep. A simple binary mask
                (0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask
                video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask
                automatically. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            mask_prompt: Text description of what should be masked in the input video, such as the
                object or person to remove. Used to generate a temporary mask video with SAM-3 when
                `quad_mask_video_url` is not provided.
            prompt: Text description of the desired background after object removal.
            enable_pass2_refinement: Run VOID Pass 2 warped-noise refinement after Pass 1. This is
                slower but can improve temporal consistency on longer clips. Default: false.
            negative_prompt: Negative prompt to guide generation away from undesired outputs.
                Default: "The video is not of a high quality, it has a low resolution. Watermark
                present in each frame. The background is solid. Strange body and strange trajectory.
                Distortion.".
            num_inference_steps: Number of denoising steps. Higher values improve quality but
                increase latency. Default: 30. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                20.
            strength: Denoising strength. 1.0 means full denoising. Default: 1. Limits: minimum 0,
                maximum 1.
            seed: Random seed for reproducibility.
            num_frames: Temporal window size for inference. The backend snaps this to the nearest
                CogVideoX-safe value that works with temporal compression and patching. Valid
                outputs are 69, 77, 85, ..., 197. Default: 85. Limits: minimum 1, maximum 197.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "quad_mask_video_url": quad_mask_video_url,
                "mask_prompt": mask_prompt,
                "prompt": prompt,
                "enable_pass2_refinement": enable_pass2_refinement,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "strength": strength,
                "seed": seed,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        quad_mask_video_url: FileInput | Omit = omit,
        mask_prompt: str | None | Omit = omit,
        prompt: str,
        enable_pass2_refinement: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VoidVideoInpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video containing the object to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            quad_mask_video_url: URL of a mask video for the removal target. For best results this
                should be a VOID-style quadmask video with 4 grayscale values: 0=object to remove,
                63=overlap, 127=affected region, 255=background to keep. A simple binary mask
                (0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask
                video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask
                automatically. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            mask_prompt: Text description of what should be masked in the input video, such as the
                object or person to remove. Used to generate a temporary mask video with SAM-3 when
                `quad_mask_video_url` is not provided.
            prompt: Text description of the desired background after object removal.
            enable_pass2_refinement: Run VOID Pass 2 warped-noise refinement after Pass 1. This is
                slower but can improve temporal consistency on longer clips. Default: false.
            negative_prompt: Negative prompt to guide generation away from undesired outputs.
                Default: "The video is not of a high quality, it has a low resolution. Watermark
                present in each frame. The background is solid. Strange body and strange trajectory.
                Distortion.".
            num_inference_steps: Number of denoising steps. Higher values improve quality but
                increase latency. Default: 30. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                20.
            strength: Denoising strength. 1.0 means full denoising. Default: 1. Limits: minimum 0,
                maximum 1.
            seed: Random seed for reproducibility.
            num_frames: Temporal window size for inference. The backend snaps this to the nearest
                CogVideoX-safe value that works with temporal compression and patching. Valid
                outputs are 69, 77, 85, ..., 197. Default: 85. Limits: minimum 1, maximum 197.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "quad_mask_video_url": quad_mask_video_url,
                "mask_prompt": mask_prompt,
                "prompt": prompt,
                "enable_pass2_refinement": enable_pass2_refinement,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "strength": strength,
                "seed": seed,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        quad_mask_video_url: FileInput | Omit = omit,
        mask_prompt: str | None | Omit = omit,
        prompt: str,
        enable_pass2_refinement: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VoidVideoInpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video containing the object to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            quad_mask_video_url: URL of a mask video for the removal target. For best results this
                should be a VOID-style quadmask video with 4 grayscale values: 0=object to remove,
                63=overlap, 127=affected region, 255=background to keep. A simple binary mask
                (0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask
                video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask
                automatically. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            mask_prompt: Text description of what should be masked in the input video, such as the
                object or person to remove. Used to generate a temporary mask video with SAM-3 when
                `quad_mask_video_url` is not provided.
            prompt: Text description of the desired background after object removal.
            enable_pass2_refinement: Run VOID Pass 2 warped-noise refinement after Pass 1. This is
                slower but can improve temporal consistency on longer clips. Default: false.
            negative_prompt: Negative prompt to guide generation away from undesired outputs.
                Default: "The video is not of a high quality, it has a low resolution. Watermark
                present in each frame. The background is solid. Strange body and strange trajectory.
                Distortion.".
            num_inference_steps: Number of denoising steps. Higher values improve quality but
                increase latency. Default: 30. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                20.
            strength: Denoising strength. 1.0 means full denoising. Default: 1. Limits: minimum 0,
                maximum 1.
            seed: Random seed for reproducibility.
            num_frames: Temporal window size for inference. The backend snaps this to the nearest
                CogVideoX-safe value that works with temporal compression and patching. Valid
                outputs are 69, 77, 85, ..., 197. Default: 85. Limits: minimum 1, maximum 197.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "quad_mask_video_url": quad_mask_video_url,
                "mask_prompt": mask_prompt,
                "prompt": prompt,
                "enable_pass2_refinement": enable_pass2_refinement,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "strength": strength,
                "seed": seed,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        quad_mask_video_url: FileInput | Omit = omit,
        mask_prompt: str | None | Omit = omit,
        prompt: str,
        enable_pass2_refinement: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VoidVideoInpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video containing the object to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            quad_mask_video_url: URL of a mask video for the removal target. For best results this
                should be a VOID-style quadmask video with 4 grayscale values: 0=object to remove,
                63=overlap, 127=affected region, 255=background to keep. A simple binary mask
                (0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask
                video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask
                automatically. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            mask_prompt: Text description of what should be masked in the input video, such as the
                object or person to remove. Used to generate a temporary mask video with SAM-3 when
                `quad_mask_video_url` is not provided.
            prompt: Text description of the desired background after object removal.
            enable_pass2_refinement: Run VOID Pass 2 warped-noise refinement after Pass 1. This is
                slower but can improve temporal consistency on longer clips. Default: false.
            negative_prompt: Negative prompt to guide generation away from undesired outputs.
                Default: "The video is not of a high quality, it has a low resolution. Watermark
                present in each frame. The background is solid. Strange body and strange trajectory.
                Distortion.".
            num_inference_steps: Number of denoising steps. Higher values improve quality but
                increase latency. Default: 30. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                20.
            strength: Denoising strength. 1.0 means full denoising. Default: 1. Limits: minimum 0,
                maximum 1.
            seed: Random seed for reproducibility.
            num_frames: Temporal window size for inference. The backend snaps this to the nearest
                CogVideoX-safe value that works with temporal compression and patching. Valid
                outputs are 69, 77, 85, ..., 197. Default: 85. Limits: minimum 1, maximum 197.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "quad_mask_video_url": quad_mask_video_url,
                "mask_prompt": mask_prompt,
                "prompt": prompt,
                "enable_pass2_refinement": enable_pass2_refinement,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "strength": strength,
                "seed": seed,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
