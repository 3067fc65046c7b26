# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/image-01/subject-reference` (Minimax Image 01 Subject
Reference).
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
from fal_models.models.minimax_image_01_subject_reference import (
    MinimaxImage01SubjectReferenceInput,
    MinimaxImage01SubjectReferenceOutput,
)

__all__ = [
    "MinimaxImage01SubjectReference",
    "AsyncMinimaxImage01SubjectReference",
    "MinimaxImage01SubjectReferenceInput",
    "MinimaxImage01SubjectReferenceOutput",
]


class MinimaxImage01SubjectReference(
    SyncEndpoint[MinimaxImage01SubjectReferenceInput, MinimaxImage01SubjectReferenceOutput]
):
    """Minimax Image 01 Subject Reference (`fal-ai/minimax/image-01/subject-reference`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/minimax/image-01/subject-reference/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/image-01/subject-reference"
    input_model: ClassVar[type[MinimaxImage01SubjectReferenceInput]] = (
        MinimaxImage01SubjectReferenceInput
    )
    output_model: ClassVar[type[MinimaxImage01SubjectReferenceOutput]] = (
        MinimaxImage01SubjectReferenceOutput
    )
    Input = MinimaxImage01SubjectReferenceInput
    Output = MinimaxImage01SubjectReferenceOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"]
        | Omit = omit,
        num_images: int | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxImage01SubjectReferenceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation (max 1500 characters). Limits: min length 1,
                max length 1500.
            image_url: URL of the subject reference image to use for consistent character
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            prompt_optimizer: Whether to enable automatic prompt optimization. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"]
        | Omit = omit,
        num_images: int | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxImage01SubjectReferenceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation (max 1500 characters). Limits: min length 1,
                max length 1500.
            image_url: URL of the subject reference image to use for consistent character
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            prompt_optimizer: Whether to enable automatic prompt optimization. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"]
        | Omit = omit,
        num_images: int | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxImage01SubjectReferenceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation (max 1500 characters). Limits: min length 1,
                max length 1500.
            image_url: URL of the subject reference image to use for consistent character
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            prompt_optimizer: Whether to enable automatic prompt optimization. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"]
        | Omit = omit,
        num_images: int | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxImage01SubjectReferenceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation (max 1500 characters). Limits: min length 1,
                max length 1500.
            image_url: URL of the subject reference image to use for consistent character
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            prompt_optimizer: Whether to enable automatic prompt optimization. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxImage01SubjectReference(
    AsyncEndpoint[MinimaxImage01SubjectReferenceInput, MinimaxImage01SubjectReferenceOutput]
):
    """Minimax Image 01 Subject Reference (`fal-ai/minimax/image-01/subject-reference`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/minimax/image-01/subject-reference/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/image-01/subject-reference"
    input_model: ClassVar[type[MinimaxImage01SubjectReferenceInput]] = (
        MinimaxImage01SubjectReferenceInput
    )
    output_model: ClassVar[type[MinimaxImage01SubjectReferenceOutput]] = (
        MinimaxImage01SubjectReferenceOutput
    )
    Input = MinimaxImage01SubjectReferenceInput
    Output = MinimaxImage01SubjectReferenceOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"]
        | Omit = omit,
        num_images: int | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxImage01SubjectReferenceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation (max 1500 characters). Limits: min length 1,
                max length 1500.
            image_url: URL of the subject reference image to use for consistent character
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            prompt_optimizer: Whether to enable automatic prompt optimization. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"]
        | Omit = omit,
        num_images: int | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxImage01SubjectReferenceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation (max 1500 characters). Limits: min length 1,
                max length 1500.
            image_url: URL of the subject reference image to use for consistent character
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            prompt_optimizer: Whether to enable automatic prompt optimization. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"]
        | Omit = omit,
        num_images: int | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxImage01SubjectReferenceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation (max 1500 characters). Limits: min length 1,
                max length 1500.
            image_url: URL of the subject reference image to use for consistent character
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            prompt_optimizer: Whether to enable automatic prompt optimization. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"]
        | Omit = omit,
        num_images: int | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxImage01SubjectReferenceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation (max 1500 characters). Limits: min length 1,
                max length 1500.
            image_url: URL of the subject reference image to use for consistent character
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            prompt_optimizer: Whether to enable automatic prompt optimization. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)
