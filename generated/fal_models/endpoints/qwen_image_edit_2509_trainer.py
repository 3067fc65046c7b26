# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-edit-2509-trainer` (Qwen Image Edit 2509 Trainer)."""

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
from fal_models.models.qwen_image_edit_2509_trainer import (
    QwenImageEdit2509TrainerInput,
    QwenImageEdit2509TrainerOutput,
)

__all__ = [
    "QwenImageEdit2509Trainer",
    "AsyncQwenImageEdit2509Trainer",
    "QwenImageEdit2509TrainerInput",
    "QwenImageEdit2509TrainerOutput",
]


class QwenImageEdit2509Trainer(
    SyncEndpoint[QwenImageEdit2509TrainerInput, QwenImageEdit2509TrainerOutput]
):
    """Qwen Image Edit 2509 Trainer (`fal-ai/qwen-image-edit-2509-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-edit-2509-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-2509-trainer"
    input_model: ClassVar[type[QwenImageEdit2509TrainerInput]] = QwenImageEdit2509TrainerInput
    output_model: ClassVar[type[QwenImageEdit2509TrainerOutput]] = QwenImageEdit2509TrainerOutput
    Input = QwenImageEdit2509TrainerInput
    Output = QwenImageEdit2509TrainerOutput

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageEdit2509TrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain more than one reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ..., ROOT_end.EXT For example: photo_start.jpg,
                photo_start2.jpg, photo_end.jpg The Reference Image Count field should be set to the
                number of reference images. The zip can also contain a text file for each image
                pair. The text file should be named: ROOT.txt For example: photo.txt This text file
                can be used to specify the edit instructions for the image pair. If no text file is
                provided, the default_caption will be used. If no default_caption is provided, the
                training will fail. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
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
    ) -> RequestHandle[QwenImageEdit2509TrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain more than one reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ..., ROOT_end.EXT For example: photo_start.jpg,
                photo_start2.jpg, photo_end.jpg The Reference Image Count field should be set to the
                number of reference images. The zip can also contain a text file for each image
                pair. The text file should be named: ROOT.txt For example: photo.txt This text file
                can be used to specify the edit instructions for the image pair. If no text file is
                provided, the default_caption will be used. If no default_caption is provided, the
                training will fail. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
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
    ) -> QwenImageEdit2509TrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain more than one reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ..., ROOT_end.EXT For example: photo_start.jpg,
                photo_start2.jpg, photo_end.jpg The Reference Image Count field should be set to the
                number of reference images. The zip can also contain a text file for each image
                pair. The text file should be named: ROOT.txt For example: photo.txt This text file
                can be used to specify the edit instructions for the image pair. If no text file is
                provided, the default_caption will be used. If no default_caption is provided, the
                training will fail. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
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
    ) -> EndpointStream[QwenImageEdit2509TrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain more than one reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ..., ROOT_end.EXT For example: photo_start.jpg,
                photo_start2.jpg, photo_end.jpg The Reference Image Count field should be set to the
                number of reference images. The zip can also contain a text file for each image
                pair. The text file should be named: ROOT.txt For example: photo.txt This text file
                can be used to specify the edit instructions for the image pair. If no text file is
                provided, the default_caption will be used. If no default_caption is provided, the
                training will fail. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
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


class AsyncQwenImageEdit2509Trainer(
    AsyncEndpoint[QwenImageEdit2509TrainerInput, QwenImageEdit2509TrainerOutput]
):
    """Qwen Image Edit 2509 Trainer (`fal-ai/qwen-image-edit-2509-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-edit-2509-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-2509-trainer"
    input_model: ClassVar[type[QwenImageEdit2509TrainerInput]] = QwenImageEdit2509TrainerInput
    output_model: ClassVar[type[QwenImageEdit2509TrainerOutput]] = QwenImageEdit2509TrainerOutput
    Input = QwenImageEdit2509TrainerInput
    Output = QwenImageEdit2509TrainerOutput

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageEdit2509TrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain more than one reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ..., ROOT_end.EXT For example: photo_start.jpg,
                photo_start2.jpg, photo_end.jpg The Reference Image Count field should be set to the
                number of reference images. The zip can also contain a text file for each image
                pair. The text file should be named: ROOT.txt For example: photo.txt This text file
                can be used to specify the edit instructions for the image pair. If no text file is
                provided, the default_caption will be used. If no default_caption is provided, the
                training will fail. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
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
    ) -> AsyncRequestHandle[QwenImageEdit2509TrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain more than one reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ..., ROOT_end.EXT For example: photo_start.jpg,
                photo_start2.jpg, photo_end.jpg The Reference Image Count field should be set to the
                number of reference images. The zip can also contain a text file for each image
                pair. The text file should be named: ROOT.txt For example: photo.txt This text file
                can be used to specify the edit instructions for the image pair. If no text file is
                provided, the default_caption will be used. If no default_caption is provided, the
                training will fail. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
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
    ) -> QwenImageEdit2509TrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain more than one reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ..., ROOT_end.EXT For example: photo_start.jpg,
                photo_start2.jpg, photo_end.jpg The Reference Image Count field should be set to the
                number of reference images. The zip can also contain a text file for each image
                pair. The text file should be named: ROOT.txt For example: photo.txt This text file
                can be used to specify the edit instructions for the image pair. If no text file is
                provided, the default_caption will be used. If no default_caption is provided, the
                training will fail. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
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
    ) -> AsyncEndpointStream[QwenImageEdit2509TrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain more than one reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ..., ROOT_end.EXT For example: photo_start.jpg,
                photo_start2.jpg, photo_end.jpg The Reference Image Count field should be set to the
                number of reference images. The zip can also contain a text file for each image
                pair. The text file should be named: ROOT.txt For example: photo.txt This text file
                can be used to specify the edit instructions for the image pair. If no text file is
                provided, the default_caption will be used. If no default_caption is provided, the
                training will fail. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
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
