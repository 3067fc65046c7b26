# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.2-a14b/image-to-video/turbo` (Wan V2.2 A14b Image To Video
Turbo).
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
from fal_models.models.wan_v2_2_a14b_image_to_video_turbo import (
    WanV2_2A14bImageToVideoTurboInput,
    WanV2_2A14bImageToVideoTurboOutput,
)

__all__ = [
    "WanV2_2A14bImageToVideoTurbo",
    "AsyncWanV2_2A14bImageToVideoTurbo",
    "WanV2_2A14bImageToVideoTurboInput",
    "WanV2_2A14bImageToVideoTurboOutput",
]


class WanV2_2A14bImageToVideoTurbo(
    SyncEndpoint[WanV2_2A14bImageToVideoTurboInput, WanV2_2A14bImageToVideoTurboOutput]
):
    """Wan V2.2 A14b Image To Video Turbo (`fal-ai/wan/v2.2-a14b/image-to-video/turbo`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-a14b/image-to-video/turbo"
    input_model: ClassVar[type[WanV2_2A14bImageToVideoTurboInput]] = (
        WanV2_2A14bImageToVideoTurboInput
    )
    output_model: ClassVar[type[WanV2_2A14bImageToVideoTurboOutput]] = (
        WanV2_2A14bImageToVideoTurboOutput
    )
    Input = WanV2_2A14bImageToVideoTurboInput
    Output = WanV2_2A14bImageToVideoTurboOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_2A14bImageToVideoTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
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
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "end_image_url": end_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_2A14bImageToVideoTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
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
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "end_image_url": end_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2A14bImageToVideoTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
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
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "end_image_url": end_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_2A14bImageToVideoTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
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
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_2A14bImageToVideoTurbo(
    AsyncEndpoint[WanV2_2A14bImageToVideoTurboInput, WanV2_2A14bImageToVideoTurboOutput]
):
    """Wan V2.2 A14b Image To Video Turbo (`fal-ai/wan/v2.2-a14b/image-to-video/turbo`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-a14b/image-to-video/turbo"
    input_model: ClassVar[type[WanV2_2A14bImageToVideoTurboInput]] = (
        WanV2_2A14bImageToVideoTurboInput
    )
    output_model: ClassVar[type[WanV2_2A14bImageToVideoTurboOutput]] = (
        WanV2_2A14bImageToVideoTurboOutput
    )
    Input = WanV2_2A14bImageToVideoTurboInput
    Output = WanV2_2A14bImageToVideoTurboOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_2A14bImageToVideoTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
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
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "end_image_url": end_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_2A14bImageToVideoTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
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
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "end_image_url": end_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2A14bImageToVideoTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
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
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "end_image_url": end_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_2A14bImageToVideoTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
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
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            end_image_url: URL of the end image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)
