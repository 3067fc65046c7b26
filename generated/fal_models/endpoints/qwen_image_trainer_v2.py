# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-trainer-v2` (Qwen Image Trainer V2)."""

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
from fal_models.models.qwen_image_trainer_v2 import (
    QwenImageTrainerV2Input,
    QwenImageTrainerV2Output,
)

__all__ = [
    "QwenImageTrainerV2",
    "AsyncQwenImageTrainerV2",
    "QwenImageTrainerV2Input",
    "QwenImageTrainerV2Output",
]


class QwenImageTrainerV2(SyncEndpoint[QwenImageTrainerV2Input, QwenImageTrainerV2Output]):
    """Qwen Image Trainer V2 (`fal-ai/qwen-image-trainer-v2`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-trainer-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-trainer-v2"
    input_model: ClassVar[type[QwenImageTrainerV2Input]] = QwenImageTrainerV2Input
    output_model: ClassVar[type[QwenImageTrainerV2Output]] = QwenImageTrainerV2Output
    Input = QwenImageTrainerV2Input
    Output = QwenImageTrainerV2Output

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageTrainerV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive for text-to-image training. The zip
                should contain images with their corresponding text captions: image.EXT and
                image.txt For example: photo.jpg and photo.txt The text file contains the
                caption/prompt describing the target image. If no text file is provided for an
                image, the default_caption will be used. If no default_caption is provided and a
                text file is missing, the training will fail. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0005.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 30000,
                multiple of 100.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "learning_rate": learning_rate,
                "steps": steps,
                "default_caption": default_caption,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImageTrainerV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive for text-to-image training. The zip
                should contain images with their corresponding text captions: image.EXT and
                image.txt For example: photo.jpg and photo.txt The text file contains the
                caption/prompt describing the target image. If no text file is provided for an
                image, the default_caption will be used. If no default_caption is provided and a
                text file is missing, the training will fail. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0005.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 30000,
                multiple of 100.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "learning_rate": learning_rate,
                "steps": steps,
                "default_caption": default_caption,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageTrainerV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive for text-to-image training. The zip
                should contain images with their corresponding text captions: image.EXT and
                image.txt For example: photo.jpg and photo.txt The text file contains the
                caption/prompt describing the target image. If no text file is provided for an
                image, the default_caption will be used. If no default_caption is provided and a
                text file is missing, the training will fail. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0005.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 30000,
                multiple of 100.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "learning_rate": learning_rate,
                "steps": steps,
                "default_caption": default_caption,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImageTrainerV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive for text-to-image training. The zip
                should contain images with their corresponding text captions: image.EXT and
                image.txt For example: photo.jpg and photo.txt The text file contains the
                caption/prompt describing the target image. If no text file is provided for an
                image, the default_caption will be used. If no default_caption is provided and a
                text file is missing, the training will fail. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0005.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 30000,
                multiple of 100.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "learning_rate": learning_rate,
                "steps": steps,
                "default_caption": default_caption,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImageTrainerV2(AsyncEndpoint[QwenImageTrainerV2Input, QwenImageTrainerV2Output]):
    """Qwen Image Trainer V2 (`fal-ai/qwen-image-trainer-v2`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-trainer-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-trainer-v2"
    input_model: ClassVar[type[QwenImageTrainerV2Input]] = QwenImageTrainerV2Input
    output_model: ClassVar[type[QwenImageTrainerV2Output]] = QwenImageTrainerV2Output
    Input = QwenImageTrainerV2Input
    Output = QwenImageTrainerV2Output

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageTrainerV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive for text-to-image training. The zip
                should contain images with their corresponding text captions: image.EXT and
                image.txt For example: photo.jpg and photo.txt The text file contains the
                caption/prompt describing the target image. If no text file is provided for an
                image, the default_caption will be used. If no default_caption is provided and a
                text file is missing, the training will fail. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0005.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 30000,
                multiple of 100.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "learning_rate": learning_rate,
                "steps": steps,
                "default_caption": default_caption,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImageTrainerV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive for text-to-image training. The zip
                should contain images with their corresponding text captions: image.EXT and
                image.txt For example: photo.jpg and photo.txt The text file contains the
                caption/prompt describing the target image. If no text file is provided for an
                image, the default_caption will be used. If no default_caption is provided and a
                text file is missing, the training will fail. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0005.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 30000,
                multiple of 100.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "learning_rate": learning_rate,
                "steps": steps,
                "default_caption": default_caption,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageTrainerV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive for text-to-image training. The zip
                should contain images with their corresponding text captions: image.EXT and
                image.txt For example: photo.jpg and photo.txt The text file contains the
                caption/prompt describing the target image. If no text file is provided for an
                image, the default_caption will be used. If no default_caption is provided and a
                text file is missing, the training will fail. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0005.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 30000,
                multiple of 100.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "learning_rate": learning_rate,
                "steps": steps,
                "default_caption": default_caption,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImageTrainerV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive for text-to-image training. The zip
                should contain images with their corresponding text captions: image.EXT and
                image.txt For example: photo.jpg and photo.txt The text file contains the
                caption/prompt describing the target image. If no text file is provided for an
                image, the default_caption will be used. If no default_caption is provided and a
                text file is missing, the training will fail. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0005.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 30000,
                multiple of 100.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "learning_rate": learning_rate,
                "steps": steps,
                "default_caption": default_caption,
            }
        )
        return self._stream(payload, options)
