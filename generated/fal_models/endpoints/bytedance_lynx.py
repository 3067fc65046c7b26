# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bytedance/lynx` (Bytedance Lynx)."""

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
from fal_models.models.bytedance_lynx import BytedanceLynxInput, BytedanceLynxOutput

__all__ = ["BytedanceLynx", "AsyncBytedanceLynx", "BytedanceLynxInput", "BytedanceLynxOutput"]


class BytedanceLynx(SyncEndpoint[BytedanceLynxInput, BytedanceLynxOutput]):
    """Bytedance Lynx (`bytedance/lynx`).

    Category: image-to-video. Docs: https://fal.ai/models/bytedance/lynx/api
    """

    endpoint_id: ClassVar[str] = "bytedance/lynx"
    input_model: ClassVar[type[BytedanceLynxInput]] = BytedanceLynxInput
    output_model: ClassVar[type[BytedanceLynxOutput]] = BytedanceLynxOutput
    Input = BytedanceLynxInput
    Output = BytedanceLynxOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        ip_scale: float | Omit = omit,
        strength: float | Omit = omit,
        frames_per_second: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        num_frames: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceLynxOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the subject image to be used for video generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt to guide video generation.
            negative_prompt: Negative prompt to guide what should not appear in the generated video.
                Default: "Bright tones, overexposed, blurred background, static, subtitles, style,
                works, paintings, images, overall gray, worst quality, low quality, JPEG compression
                residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces,
                deformed, disfigured, misshapen limbs, fused fingers, still picture, messy
                background, three legs, many people in the background, walking backwards".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 1, maximum 75.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9, 9:16, or 1:1). Default: "16:9".
            ip_scale: Identity preservation scale. Controls how closely the generated video
                preserves the subject's identity from the reference image. Default: 1. Limits:
                minimum 0, maximum 2.
            strength: Reference image scale. Controls the influence of the reference image on the
                generated video. Default: 1. Limits: minimum 0, maximum 2.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Default: 16. Limits: minimum 5, maximum 30.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 20.
            guidance_scale_2: Image guidance scale. Controls how closely the generated video follows
                the reference image. Higher values increase adherence to the reference image but may
                decrease quality. Default: 2. Limits: minimum 0, maximum 10.
            num_frames: Number of frames in the generated video. Must be between 9 to 100. Default:
                81. Limits: minimum 9, maximum 81.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "ip_scale": ip_scale,
                "strength": strength,
                "frames_per_second": frames_per_second,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "num_frames": num_frames,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        ip_scale: float | Omit = omit,
        strength: float | Omit = omit,
        frames_per_second: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        num_frames: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceLynxOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the subject image to be used for video generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt to guide video generation.
            negative_prompt: Negative prompt to guide what should not appear in the generated video.
                Default: "Bright tones, overexposed, blurred background, static, subtitles, style,
                works, paintings, images, overall gray, worst quality, low quality, JPEG compression
                residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces,
                deformed, disfigured, misshapen limbs, fused fingers, still picture, messy
                background, three legs, many people in the background, walking backwards".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 1, maximum 75.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9, 9:16, or 1:1). Default: "16:9".
            ip_scale: Identity preservation scale. Controls how closely the generated video
                preserves the subject's identity from the reference image. Default: 1. Limits:
                minimum 0, maximum 2.
            strength: Reference image scale. Controls the influence of the reference image on the
                generated video. Default: 1. Limits: minimum 0, maximum 2.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Default: 16. Limits: minimum 5, maximum 30.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 20.
            guidance_scale_2: Image guidance scale. Controls how closely the generated video follows
                the reference image. Higher values increase adherence to the reference image but may
                decrease quality. Default: 2. Limits: minimum 0, maximum 10.
            num_frames: Number of frames in the generated video. Must be between 9 to 100. Default:
                81. Limits: minimum 9, maximum 81.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "ip_scale": ip_scale,
                "strength": strength,
                "frames_per_second": frames_per_second,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "num_frames": num_frames,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        ip_scale: float | Omit = omit,
        strength: float | Omit = omit,
        frames_per_second: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        num_frames: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceLynxOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the subject image to be used for video generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt to guide video generation.
            negative_prompt: Negative prompt to guide what should not appear in the generated video.
                Default: "Bright tones, overexposed, blurred background, static, subtitles, style,
                works, paintings, images, overall gray, worst quality, low quality, JPEG compression
                residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces,
                deformed, disfigured, misshapen limbs, fused fingers, still picture, messy
                background, three legs, many people in the background, walking backwards".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 1, maximum 75.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9, 9:16, or 1:1). Default: "16:9".
            ip_scale: Identity preservation scale. Controls how closely the generated video
                preserves the subject's identity from the reference image. Default: 1. Limits:
                minimum 0, maximum 2.
            strength: Reference image scale. Controls the influence of the reference image on the
                generated video. Default: 1. Limits: minimum 0, maximum 2.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Default: 16. Limits: minimum 5, maximum 30.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 20.
            guidance_scale_2: Image guidance scale. Controls how closely the generated video follows
                the reference image. Higher values increase adherence to the reference image but may
                decrease quality. Default: 2. Limits: minimum 0, maximum 10.
            num_frames: Number of frames in the generated video. Must be between 9 to 100. Default:
                81. Limits: minimum 9, maximum 81.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "ip_scale": ip_scale,
                "strength": strength,
                "frames_per_second": frames_per_second,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "num_frames": num_frames,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        ip_scale: float | Omit = omit,
        strength: float | Omit = omit,
        frames_per_second: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        num_frames: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceLynxOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the subject image to be used for video generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt to guide video generation.
            negative_prompt: Negative prompt to guide what should not appear in the generated video.
                Default: "Bright tones, overexposed, blurred background, static, subtitles, style,
                works, paintings, images, overall gray, worst quality, low quality, JPEG compression
                residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces,
                deformed, disfigured, misshapen limbs, fused fingers, still picture, messy
                background, three legs, many people in the background, walking backwards".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 1, maximum 75.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9, 9:16, or 1:1). Default: "16:9".
            ip_scale: Identity preservation scale. Controls how closely the generated video
                preserves the subject's identity from the reference image. Default: 1. Limits:
                minimum 0, maximum 2.
            strength: Reference image scale. Controls the influence of the reference image on the
                generated video. Default: 1. Limits: minimum 0, maximum 2.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Default: 16. Limits: minimum 5, maximum 30.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 20.
            guidance_scale_2: Image guidance scale. Controls how closely the generated video follows
                the reference image. Higher values increase adherence to the reference image but may
                decrease quality. Default: 2. Limits: minimum 0, maximum 10.
            num_frames: Number of frames in the generated video. Must be between 9 to 100. Default:
                81. Limits: minimum 9, maximum 81.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "ip_scale": ip_scale,
                "strength": strength,
                "frames_per_second": frames_per_second,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "num_frames": num_frames,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceLynx(AsyncEndpoint[BytedanceLynxInput, BytedanceLynxOutput]):
    """Bytedance Lynx (`bytedance/lynx`).

    Category: image-to-video. Docs: https://fal.ai/models/bytedance/lynx/api
    """

    endpoint_id: ClassVar[str] = "bytedance/lynx"
    input_model: ClassVar[type[BytedanceLynxInput]] = BytedanceLynxInput
    output_model: ClassVar[type[BytedanceLynxOutput]] = BytedanceLynxOutput
    Input = BytedanceLynxInput
    Output = BytedanceLynxOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        ip_scale: float | Omit = omit,
        strength: float | Omit = omit,
        frames_per_second: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        num_frames: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceLynxOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the subject image to be used for video generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt to guide video generation.
            negative_prompt: Negative prompt to guide what should not appear in the generated video.
                Default: "Bright tones, overexposed, blurred background, static, subtitles, style,
                works, paintings, images, overall gray, worst quality, low quality, JPEG compression
                residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces,
                deformed, disfigured, misshapen limbs, fused fingers, still picture, messy
                background, three legs, many people in the background, walking backwards".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 1, maximum 75.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9, 9:16, or 1:1). Default: "16:9".
            ip_scale: Identity preservation scale. Controls how closely the generated video
                preserves the subject's identity from the reference image. Default: 1. Limits:
                minimum 0, maximum 2.
            strength: Reference image scale. Controls the influence of the reference image on the
                generated video. Default: 1. Limits: minimum 0, maximum 2.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Default: 16. Limits: minimum 5, maximum 30.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 20.
            guidance_scale_2: Image guidance scale. Controls how closely the generated video follows
                the reference image. Higher values increase adherence to the reference image but may
                decrease quality. Default: 2. Limits: minimum 0, maximum 10.
            num_frames: Number of frames in the generated video. Must be between 9 to 100. Default:
                81. Limits: minimum 9, maximum 81.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "ip_scale": ip_scale,
                "strength": strength,
                "frames_per_second": frames_per_second,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "num_frames": num_frames,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        ip_scale: float | Omit = omit,
        strength: float | Omit = omit,
        frames_per_second: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        num_frames: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceLynxOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the subject image to be used for video generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt to guide video generation.
            negative_prompt: Negative prompt to guide what should not appear in the generated video.
                Default: "Bright tones, overexposed, blurred background, static, subtitles, style,
                works, paintings, images, overall gray, worst quality, low quality, JPEG compression
                residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces,
                deformed, disfigured, misshapen limbs, fused fingers, still picture, messy
                background, three legs, many people in the background, walking backwards".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 1, maximum 75.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9, 9:16, or 1:1). Default: "16:9".
            ip_scale: Identity preservation scale. Controls how closely the generated video
                preserves the subject's identity from the reference image. Default: 1. Limits:
                minimum 0, maximum 2.
            strength: Reference image scale. Controls the influence of the reference image on the
                generated video. Default: 1. Limits: minimum 0, maximum 2.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Default: 16. Limits: minimum 5, maximum 30.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 20.
            guidance_scale_2: Image guidance scale. Controls how closely the generated video follows
                the reference image. Higher values increase adherence to the reference image but may
                decrease quality. Default: 2. Limits: minimum 0, maximum 10.
            num_frames: Number of frames in the generated video. Must be between 9 to 100. Default:
                81. Limits: minimum 9, maximum 81.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "ip_scale": ip_scale,
                "strength": strength,
                "frames_per_second": frames_per_second,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "num_frames": num_frames,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        ip_scale: float | Omit = omit,
        strength: float | Omit = omit,
        frames_per_second: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        num_frames: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceLynxOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the subject image to be used for video generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt to guide video generation.
            negative_prompt: Negative prompt to guide what should not appear in the generated video.
                Default: "Bright tones, overexposed, blurred background, static, subtitles, style,
                works, paintings, images, overall gray, worst quality, low quality, JPEG compression
                residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces,
                deformed, disfigured, misshapen limbs, fused fingers, still picture, messy
                background, three legs, many people in the background, walking backwards".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 1, maximum 75.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9, 9:16, or 1:1). Default: "16:9".
            ip_scale: Identity preservation scale. Controls how closely the generated video
                preserves the subject's identity from the reference image. Default: 1. Limits:
                minimum 0, maximum 2.
            strength: Reference image scale. Controls the influence of the reference image on the
                generated video. Default: 1. Limits: minimum 0, maximum 2.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Default: 16. Limits: minimum 5, maximum 30.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 20.
            guidance_scale_2: Image guidance scale. Controls how closely the generated video follows
                the reference image. Higher values increase adherence to the reference image but may
                decrease quality. Default: 2. Limits: minimum 0, maximum 10.
            num_frames: Number of frames in the generated video. Must be between 9 to 100. Default:
                81. Limits: minimum 9, maximum 81.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "ip_scale": ip_scale,
                "strength": strength,
                "frames_per_second": frames_per_second,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "num_frames": num_frames,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        ip_scale: float | Omit = omit,
        strength: float | Omit = omit,
        frames_per_second: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        num_frames: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceLynxOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the subject image to be used for video generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt to guide video generation.
            negative_prompt: Negative prompt to guide what should not appear in the generated video.
                Default: "Bright tones, overexposed, blurred background, static, subtitles, style,
                works, paintings, images, overall gray, worst quality, low quality, JPEG compression
                residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces,
                deformed, disfigured, misshapen limbs, fused fingers, still picture, messy
                background, three legs, many people in the background, walking backwards".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 1, maximum 75.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9, 9:16, or 1:1). Default: "16:9".
            ip_scale: Identity preservation scale. Controls how closely the generated video
                preserves the subject's identity from the reference image. Default: 1. Limits:
                minimum 0, maximum 2.
            strength: Reference image scale. Controls the influence of the reference image on the
                generated video. Default: 1. Limits: minimum 0, maximum 2.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Default: 16. Limits: minimum 5, maximum 30.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 5. Limits: minimum 1, maximum 20.
            guidance_scale_2: Image guidance scale. Controls how closely the generated video follows
                the reference image. Higher values increase adherence to the reference image but may
                decrease quality. Default: 2. Limits: minimum 0, maximum 10.
            num_frames: Number of frames in the generated video. Must be between 9 to 100. Default:
                81. Limits: minimum 9, maximum 81.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "ip_scale": ip_scale,
                "strength": strength,
                "frames_per_second": frames_per_second,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "num_frames": num_frames,
            }
        )
        return self._stream(payload, options)
