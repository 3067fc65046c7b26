# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/reimagine/3.2` (Bria Reimagine 3.2)."""

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
from fal_models.models.bria_reimagine_v3_2 import BriaReimagine3_2Input, BriaReimagine3_2Output

__all__ = [
    "BriaReimagine3_2",
    "AsyncBriaReimagine3_2",
    "BriaReimagine3_2Input",
    "BriaReimagine3_2Output",
]


class BriaReimagine3_2(SyncEndpoint[BriaReimagine3_2Input, BriaReimagine3_2Output]):
    """Bria Reimagine 3.2 (`bria/reimagine/3.2`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/reimagine/3.2/api
    """

    endpoint_id: ClassVar[str] = "bria/reimagine/3.2"
    input_model: ClassVar[type[BriaReimagine3_2Input]] = BriaReimagine3_2Input
    output_model: ClassVar[type[BriaReimagine3_2Output]] = BriaReimagine3_2Output
    Input = BriaReimagine3_2Input
    Output = BriaReimagine3_2Output

    def subscribe(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        truncate_prompt: bool | Omit = omit,
        prompt_enhancer: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        depth_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        canny_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaReimagine3_2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for image generation.
            num_inference_steps: Number of inference steps. Default: 30. Limits: minimum 20, maximum
                50.
            seed: Random seed for reproducibility. Default: 5555.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default:
                "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra
                limbs,Gross proportions,Missing arms,Mutated hands,Long
                neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad
                anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 1, maximum 10.
            truncate_prompt: Whether to truncate the prompt. Default: true.
            prompt_enhancer: Whether to improve the prompt. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            depth_image_url: Depth control image (file or URL). Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            depth_scale: Depth control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            depth_preprocess: Depth image preprocess. Default: true.
            canny_image_url: Canny edge control image (file or URL). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            canny_preprocess: Canny image preprocess. Default: true.
            canny_scale: Canny edge control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "truncate_prompt": truncate_prompt,
                "prompt_enhancer": prompt_enhancer,
                "sync_mode": sync_mode,
                "depth_image_url": depth_image_url,
                "depth_scale": depth_scale,
                "depth_preprocess": depth_preprocess,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "canny_scale": canny_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        truncate_prompt: bool | Omit = omit,
        prompt_enhancer: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        depth_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        canny_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaReimagine3_2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for image generation.
            num_inference_steps: Number of inference steps. Default: 30. Limits: minimum 20, maximum
                50.
            seed: Random seed for reproducibility. Default: 5555.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default:
                "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra
                limbs,Gross proportions,Missing arms,Mutated hands,Long
                neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad
                anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 1, maximum 10.
            truncate_prompt: Whether to truncate the prompt. Default: true.
            prompt_enhancer: Whether to improve the prompt. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            depth_image_url: Depth control image (file or URL). Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            depth_scale: Depth control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            depth_preprocess: Depth image preprocess. Default: true.
            canny_image_url: Canny edge control image (file or URL). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            canny_preprocess: Canny image preprocess. Default: true.
            canny_scale: Canny edge control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "truncate_prompt": truncate_prompt,
                "prompt_enhancer": prompt_enhancer,
                "sync_mode": sync_mode,
                "depth_image_url": depth_image_url,
                "depth_scale": depth_scale,
                "depth_preprocess": depth_preprocess,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "canny_scale": canny_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        truncate_prompt: bool | Omit = omit,
        prompt_enhancer: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        depth_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        canny_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaReimagine3_2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for image generation.
            num_inference_steps: Number of inference steps. Default: 30. Limits: minimum 20, maximum
                50.
            seed: Random seed for reproducibility. Default: 5555.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default:
                "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra
                limbs,Gross proportions,Missing arms,Mutated hands,Long
                neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad
                anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 1, maximum 10.
            truncate_prompt: Whether to truncate the prompt. Default: true.
            prompt_enhancer: Whether to improve the prompt. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            depth_image_url: Depth control image (file or URL). Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            depth_scale: Depth control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            depth_preprocess: Depth image preprocess. Default: true.
            canny_image_url: Canny edge control image (file or URL). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            canny_preprocess: Canny image preprocess. Default: true.
            canny_scale: Canny edge control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "truncate_prompt": truncate_prompt,
                "prompt_enhancer": prompt_enhancer,
                "sync_mode": sync_mode,
                "depth_image_url": depth_image_url,
                "depth_scale": depth_scale,
                "depth_preprocess": depth_preprocess,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "canny_scale": canny_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        truncate_prompt: bool | Omit = omit,
        prompt_enhancer: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        depth_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        canny_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaReimagine3_2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for image generation.
            num_inference_steps: Number of inference steps. Default: 30. Limits: minimum 20, maximum
                50.
            seed: Random seed for reproducibility. Default: 5555.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default:
                "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra
                limbs,Gross proportions,Missing arms,Mutated hands,Long
                neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad
                anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 1, maximum 10.
            truncate_prompt: Whether to truncate the prompt. Default: true.
            prompt_enhancer: Whether to improve the prompt. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            depth_image_url: Depth control image (file or URL). Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            depth_scale: Depth control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            depth_preprocess: Depth image preprocess. Default: true.
            canny_image_url: Canny edge control image (file or URL). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            canny_preprocess: Canny image preprocess. Default: true.
            canny_scale: Canny edge control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "truncate_prompt": truncate_prompt,
                "prompt_enhancer": prompt_enhancer,
                "sync_mode": sync_mode,
                "depth_image_url": depth_image_url,
                "depth_scale": depth_scale,
                "depth_preprocess": depth_preprocess,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "canny_scale": canny_scale,
            }
        )
        return self._stream(payload, options)


class AsyncBriaReimagine3_2(AsyncEndpoint[BriaReimagine3_2Input, BriaReimagine3_2Output]):
    """Bria Reimagine 3.2 (`bria/reimagine/3.2`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/reimagine/3.2/api
    """

    endpoint_id: ClassVar[str] = "bria/reimagine/3.2"
    input_model: ClassVar[type[BriaReimagine3_2Input]] = BriaReimagine3_2Input
    output_model: ClassVar[type[BriaReimagine3_2Output]] = BriaReimagine3_2Output
    Input = BriaReimagine3_2Input
    Output = BriaReimagine3_2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        truncate_prompt: bool | Omit = omit,
        prompt_enhancer: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        depth_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        canny_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaReimagine3_2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for image generation.
            num_inference_steps: Number of inference steps. Default: 30. Limits: minimum 20, maximum
                50.
            seed: Random seed for reproducibility. Default: 5555.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default:
                "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra
                limbs,Gross proportions,Missing arms,Mutated hands,Long
                neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad
                anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 1, maximum 10.
            truncate_prompt: Whether to truncate the prompt. Default: true.
            prompt_enhancer: Whether to improve the prompt. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            depth_image_url: Depth control image (file or URL). Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            depth_scale: Depth control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            depth_preprocess: Depth image preprocess. Default: true.
            canny_image_url: Canny edge control image (file or URL). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            canny_preprocess: Canny image preprocess. Default: true.
            canny_scale: Canny edge control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "truncate_prompt": truncate_prompt,
                "prompt_enhancer": prompt_enhancer,
                "sync_mode": sync_mode,
                "depth_image_url": depth_image_url,
                "depth_scale": depth_scale,
                "depth_preprocess": depth_preprocess,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "canny_scale": canny_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        truncate_prompt: bool | Omit = omit,
        prompt_enhancer: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        depth_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        canny_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaReimagine3_2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for image generation.
            num_inference_steps: Number of inference steps. Default: 30. Limits: minimum 20, maximum
                50.
            seed: Random seed for reproducibility. Default: 5555.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default:
                "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra
                limbs,Gross proportions,Missing arms,Mutated hands,Long
                neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad
                anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 1, maximum 10.
            truncate_prompt: Whether to truncate the prompt. Default: true.
            prompt_enhancer: Whether to improve the prompt. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            depth_image_url: Depth control image (file or URL). Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            depth_scale: Depth control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            depth_preprocess: Depth image preprocess. Default: true.
            canny_image_url: Canny edge control image (file or URL). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            canny_preprocess: Canny image preprocess. Default: true.
            canny_scale: Canny edge control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "truncate_prompt": truncate_prompt,
                "prompt_enhancer": prompt_enhancer,
                "sync_mode": sync_mode,
                "depth_image_url": depth_image_url,
                "depth_scale": depth_scale,
                "depth_preprocess": depth_preprocess,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "canny_scale": canny_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        truncate_prompt: bool | Omit = omit,
        prompt_enhancer: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        depth_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        canny_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaReimagine3_2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for image generation.
            num_inference_steps: Number of inference steps. Default: 30. Limits: minimum 20, maximum
                50.
            seed: Random seed for reproducibility. Default: 5555.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default:
                "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra
                limbs,Gross proportions,Missing arms,Mutated hands,Long
                neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad
                anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 1, maximum 10.
            truncate_prompt: Whether to truncate the prompt. Default: true.
            prompt_enhancer: Whether to improve the prompt. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            depth_image_url: Depth control image (file or URL). Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            depth_scale: Depth control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            depth_preprocess: Depth image preprocess. Default: true.
            canny_image_url: Canny edge control image (file or URL). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            canny_preprocess: Canny image preprocess. Default: true.
            canny_scale: Canny edge control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "truncate_prompt": truncate_prompt,
                "prompt_enhancer": prompt_enhancer,
                "sync_mode": sync_mode,
                "depth_image_url": depth_image_url,
                "depth_scale": depth_scale,
                "depth_preprocess": depth_preprocess,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "canny_scale": canny_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        truncate_prompt: bool | Omit = omit,
        prompt_enhancer: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        depth_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        canny_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaReimagine3_2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for image generation.
            num_inference_steps: Number of inference steps. Default: 30. Limits: minimum 20, maximum
                50.
            seed: Random seed for reproducibility. Default: 5555.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default:
                "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra
                limbs,Gross proportions,Missing arms,Mutated hands,Long
                neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad
                anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 1, maximum 10.
            truncate_prompt: Whether to truncate the prompt. Default: true.
            prompt_enhancer: Whether to improve the prompt. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            depth_image_url: Depth control image (file or URL). Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            depth_scale: Depth control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            depth_preprocess: Depth image preprocess. Default: true.
            canny_image_url: Canny edge control image (file or URL). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            canny_preprocess: Canny image preprocess. Default: true.
            canny_scale: Canny edge control strength (0.0 to 1.0). Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "truncate_prompt": truncate_prompt,
                "prompt_enhancer": prompt_enhancer,
                "sync_mode": sync_mode,
                "depth_image_url": depth_image_url,
                "depth_scale": depth_scale,
                "depth_preprocess": depth_preprocess,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "canny_scale": canny_scale,
            }
        )
        return self._stream(payload, options)
