# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-2512-trainer` (Qwen Image 2512 Trainer)."""

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
from fal_models.models.qwen_image_2512_trainer import (
    QwenImage2512TrainerInput,
    QwenImage2512TrainerOutput,
)

__all__ = [
    "QwenImage2512Trainer",
    "AsyncQwenImage2512Trainer",
    "QwenImage2512TrainerInput",
    "QwenImage2512TrainerOutput",
]


class QwenImage2512Trainer(SyncEndpoint[QwenImage2512TrainerInput, QwenImage2512TrainerOutput]):
    """Qwen Image 2512 Trainer (`fal-ai/qwen-image-2512-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-2512-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-2512-trainer"
    input_model: ClassVar[type[QwenImage2512TrainerInput]] = QwenImage2512TrainerInput
    output_model: ClassVar[type[QwenImage2512TrainerOutput]] = QwenImage2512TrainerOutput
    Input = QwenImage2512TrainerInput
    Output = QwenImage2512TrainerOutput

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImage2512TrainerOutput:
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
    ) -> RequestHandle[QwenImage2512TrainerOutput]:
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
    ) -> QwenImage2512TrainerOutput:
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
    ) -> EndpointStream[QwenImage2512TrainerOutput]:
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


class AsyncQwenImage2512Trainer(
    AsyncEndpoint[QwenImage2512TrainerInput, QwenImage2512TrainerOutput]
):
    """Qwen Image 2512 Trainer (`fal-ai/qwen-image-2512-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-2512-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-2512-trainer"
    input_model: ClassVar[type[QwenImage2512TrainerInput]] = QwenImage2512TrainerInput
    output_model: ClassVar[type[QwenImage2512TrainerOutput]] = QwenImage2512TrainerOutput
    Input = QwenImage2512TrainerInput
    Output = QwenImage2512TrainerOutput

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImage2512TrainerOutput:
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
    ) -> AsyncRequestHandle[QwenImage2512TrainerOutput]:
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
    ) -> QwenImage2512TrainerOutput:
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
    ) -> AsyncEndpointStream[QwenImage2512TrainerOutput]:
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
