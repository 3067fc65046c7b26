# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-trainer` (Qwen Image Trainer)."""

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
from fal_models.models.qwen_image_trainer import QwenImageTrainerInput, QwenImageTrainerOutput

__all__ = [
    "QwenImageTrainer",
    "AsyncQwenImageTrainer",
    "QwenImageTrainerInput",
    "QwenImageTrainerOutput",
]


class QwenImageTrainer(SyncEndpoint[QwenImageTrainerInput, QwenImageTrainerOutput]):
    """Qwen Image Trainer (`fal-ai/qwen-image-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-trainer"
    input_model: ClassVar[type[QwenImageTrainerInput]] = QwenImageTrainerInput
    output_model: ClassVar[type[QwenImageTrainerOutput]] = QwenImageTrainerOutput
    Input = QwenImageTrainerInput
    Output = QwenImageTrainerOutput

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to zip archive with images for training. The archive should contain
                images and corresponding text files with captions. Each text file should have the
                same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If
                text files are missing for some images, you can provide a trigger_phrase to
                automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use
                at least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            steps: Total number of training steps to perform. Default is 4000. Default: 1000.
                Limits: minimum 1, maximum 8000.
            learning_rate: Learning rate for training. Default is 5e-4. Default: 0.0005. Limits:
                minimum 1e-06, maximum 0.01.
            trigger_phrase: Default caption to use for images that don't have corresponding text
                files. If provided, missing .txt files will be created automatically. Default: "".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImageTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to zip archive with images for training. The archive should contain
                images and corresponding text files with captions. Each text file should have the
                same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If
                text files are missing for some images, you can provide a trigger_phrase to
                automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use
                at least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            steps: Total number of training steps to perform. Default is 4000. Default: 1000.
                Limits: minimum 1, maximum 8000.
            learning_rate: Learning rate for training. Default is 5e-4. Default: 0.0005. Limits:
                minimum 1e-06, maximum 0.01.
            trigger_phrase: Default caption to use for images that don't have corresponding text
                files. If provided, missing .txt files will be created automatically. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to zip archive with images for training. The archive should contain
                images and corresponding text files with captions. Each text file should have the
                same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If
                text files are missing for some images, you can provide a trigger_phrase to
                automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use
                at least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            steps: Total number of training steps to perform. Default is 4000. Default: 1000.
                Limits: minimum 1, maximum 8000.
            learning_rate: Learning rate for training. Default is 5e-4. Default: 0.0005. Limits:
                minimum 1e-06, maximum 0.01.
            trigger_phrase: Default caption to use for images that don't have corresponding text
                files. If provided, missing .txt files will be created automatically. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImageTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to zip archive with images for training. The archive should contain
                images and corresponding text files with captions. Each text file should have the
                same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If
                text files are missing for some images, you can provide a trigger_phrase to
                automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use
                at least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            steps: Total number of training steps to perform. Default is 4000. Default: 1000.
                Limits: minimum 1, maximum 8000.
            learning_rate: Learning rate for training. Default is 5e-4. Default: 0.0005. Limits:
                minimum 1e-06, maximum 0.01.
            trigger_phrase: Default caption to use for images that don't have corresponding text
                files. If provided, missing .txt files will be created automatically. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImageTrainer(AsyncEndpoint[QwenImageTrainerInput, QwenImageTrainerOutput]):
    """Qwen Image Trainer (`fal-ai/qwen-image-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-trainer"
    input_model: ClassVar[type[QwenImageTrainerInput]] = QwenImageTrainerInput
    output_model: ClassVar[type[QwenImageTrainerOutput]] = QwenImageTrainerOutput
    Input = QwenImageTrainerInput
    Output = QwenImageTrainerOutput

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to zip archive with images for training. The archive should contain
                images and corresponding text files with captions. Each text file should have the
                same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If
                text files are missing for some images, you can provide a trigger_phrase to
                automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use
                at least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            steps: Total number of training steps to perform. Default is 4000. Default: 1000.
                Limits: minimum 1, maximum 8000.
            learning_rate: Learning rate for training. Default is 5e-4. Default: 0.0005. Limits:
                minimum 1e-06, maximum 0.01.
            trigger_phrase: Default caption to use for images that don't have corresponding text
                files. If provided, missing .txt files will be created automatically. Default: "".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImageTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to zip archive with images for training. The archive should contain
                images and corresponding text files with captions. Each text file should have the
                same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If
                text files are missing for some images, you can provide a trigger_phrase to
                automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use
                at least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            steps: Total number of training steps to perform. Default is 4000. Default: 1000.
                Limits: minimum 1, maximum 8000.
            learning_rate: Learning rate for training. Default is 5e-4. Default: 0.0005. Limits:
                minimum 1e-06, maximum 0.01.
            trigger_phrase: Default caption to use for images that don't have corresponding text
                files. If provided, missing .txt files will be created automatically. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to zip archive with images for training. The archive should contain
                images and corresponding text files with captions. Each text file should have the
                same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If
                text files are missing for some images, you can provide a trigger_phrase to
                automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use
                at least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            steps: Total number of training steps to perform. Default is 4000. Default: 1000.
                Limits: minimum 1, maximum 8000.
            learning_rate: Learning rate for training. Default is 5e-4. Default: 0.0005. Limits:
                minimum 1e-06, maximum 0.01.
            trigger_phrase: Default caption to use for images that don't have corresponding text
                files. If provided, missing .txt files will be created automatically. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImageTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to zip archive with images for training. The archive should contain
                images and corresponding text files with captions. Each text file should have the
                same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If
                text files are missing for some images, you can provide a trigger_phrase to
                automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use
                at least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            steps: Total number of training steps to perform. Default is 4000. Default: 1000.
                Limits: minimum 1, maximum 8000.
            learning_rate: Learning rate for training. Default is 5e-4. Default: 0.0005. Limits:
                minimum 1e-06, maximum 0.01.
            trigger_phrase: Default caption to use for images that don't have corresponding text
                files. If provided, missing .txt files will be created automatically. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
            }
        )
        return self._stream(payload, options)
