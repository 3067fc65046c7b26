# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ernie-image-trainer` (Ernie Image Trainer)."""

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
from fal_models.models.ernie_image_trainer import ErnieImageTrainerInput, ErnieImageTrainerOutput

__all__ = [
    "ErnieImageTrainer",
    "AsyncErnieImageTrainer",
    "ErnieImageTrainerInput",
    "ErnieImageTrainerOutput",
]


class ErnieImageTrainer(SyncEndpoint[ErnieImageTrainerInput, ErnieImageTrainerOutput]):
    """Ernie Image Trainer (`fal-ai/ernie-image-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/ernie-image-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ernie-image-trainer"
    input_model: ClassVar[type[ErnieImageTrainerInput]] = ErnieImageTrainerInput
    output_model: ClassVar[type[ErnieImageTrainerOutput]] = ErnieImageTrainerOutput
    Input = ErnieImageTrainerInput
    Output = ErnieImageTrainerOutput

    def subscribe(
        self,
        *,
        images_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ErnieImageTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to the input data zip archive. The zip should contain pairs of
                images and corresponding captions. The images should be named: ROOT.EXT. For
                example: 001.jpg The corresponding captions should be named: ROOT.txt. For example:
                001.txt If no text file is provided for an image, the default_caption will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train for. Default: 2000. Limits: minimum 10, maximum 40000.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            learning_rate: Learning rate. Default: 0.0005.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        images_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ErnieImageTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to the input data zip archive. The zip should contain pairs of
                images and corresponding captions. The images should be named: ROOT.EXT. For
                example: 001.jpg The corresponding captions should be named: ROOT.txt. For example:
                001.txt If no text file is provided for an image, the default_caption will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train for. Default: 2000. Limits: minimum 10, maximum 40000.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            learning_rate: Learning rate. Default: 0.0005.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        images_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ErnieImageTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to the input data zip archive. The zip should contain pairs of
                images and corresponding captions. The images should be named: ROOT.EXT. For
                example: 001.jpg The corresponding captions should be named: ROOT.txt. For example:
                001.txt If no text file is provided for an image, the default_caption will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train for. Default: 2000. Limits: minimum 10, maximum 40000.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            learning_rate: Learning rate. Default: 0.0005.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ErnieImageTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to the input data zip archive. The zip should contain pairs of
                images and corresponding captions. The images should be named: ROOT.EXT. For
                example: 001.jpg The corresponding captions should be named: ROOT.txt. For example:
                001.txt If no text file is provided for an image, the default_caption will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train for. Default: 2000. Limits: minimum 10, maximum 40000.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            learning_rate: Learning rate. Default: 0.0005.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._stream(payload, options)


class AsyncErnieImageTrainer(AsyncEndpoint[ErnieImageTrainerInput, ErnieImageTrainerOutput]):
    """Ernie Image Trainer (`fal-ai/ernie-image-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/ernie-image-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ernie-image-trainer"
    input_model: ClassVar[type[ErnieImageTrainerInput]] = ErnieImageTrainerInput
    output_model: ClassVar[type[ErnieImageTrainerOutput]] = ErnieImageTrainerOutput
    Input = ErnieImageTrainerInput
    Output = ErnieImageTrainerOutput

    async def subscribe(
        self,
        *,
        images_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ErnieImageTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to the input data zip archive. The zip should contain pairs of
                images and corresponding captions. The images should be named: ROOT.EXT. For
                example: 001.jpg The corresponding captions should be named: ROOT.txt. For example:
                001.txt If no text file is provided for an image, the default_caption will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train for. Default: 2000. Limits: minimum 10, maximum 40000.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            learning_rate: Learning rate. Default: 0.0005.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        images_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ErnieImageTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to the input data zip archive. The zip should contain pairs of
                images and corresponding captions. The images should be named: ROOT.EXT. For
                example: 001.jpg The corresponding captions should be named: ROOT.txt. For example:
                001.txt If no text file is provided for an image, the default_caption will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train for. Default: 2000. Limits: minimum 10, maximum 40000.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            learning_rate: Learning rate. Default: 0.0005.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        images_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ErnieImageTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to the input data zip archive. The zip should contain pairs of
                images and corresponding captions. The images should be named: ROOT.EXT. For
                example: 001.jpg The corresponding captions should be named: ROOT.txt. For example:
                001.txt If no text file is provided for an image, the default_caption will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train for. Default: 2000. Limits: minimum 10, maximum 40000.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            learning_rate: Learning rate. Default: 0.0005.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ErnieImageTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to the input data zip archive. The zip should contain pairs of
                images and corresponding captions. The images should be named: ROOT.EXT. For
                example: 001.jpg The corresponding captions should be named: ROOT.txt. For example:
                001.txt If no text file is provided for an image, the default_caption will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train for. Default: 2000. Limits: minimum 10, maximum 40000.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            learning_rate: Learning rate. Default: 0.0005.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._stream(payload, options)
