# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/z-image-base-trainer` (Z Image Base Trainer)."""

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
from fal_models.models.z_image_base_trainer import ZImageBaseTrainerInput, ZImageBaseTrainerOutput

__all__ = [
    "ZImageBaseTrainer",
    "AsyncZImageBaseTrainer",
    "ZImageBaseTrainerInput",
    "ZImageBaseTrainerOutput",
]


class ZImageBaseTrainer(SyncEndpoint[ZImageBaseTrainerInput, ZImageBaseTrainerOutput]):
    """Z Image Base Trainer (`fal-ai/z-image-base-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/z-image-base-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image-base-trainer"
    input_model: ClassVar[type[ZImageBaseTrainerInput]] = ZImageBaseTrainerInput
    output_model: ClassVar[type[ZImageBaseTrainerOutput]] = ZImageBaseTrainerOutput
    Input = ZImageBaseTrainerInput
    Output = ZImageBaseTrainerOutput

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ZImageBaseTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
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
                "image_data_url": image_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ZImageBaseTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
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
                "image_data_url": image_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageBaseTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
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
                "image_data_url": image_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ZImageBaseTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
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
                "image_data_url": image_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._stream(payload, options)


class AsyncZImageBaseTrainer(AsyncEndpoint[ZImageBaseTrainerInput, ZImageBaseTrainerOutput]):
    """Z Image Base Trainer (`fal-ai/z-image-base-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/z-image-base-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image-base-trainer"
    input_model: ClassVar[type[ZImageBaseTrainerInput]] = ZImageBaseTrainerInput
    output_model: ClassVar[type[ZImageBaseTrainerOutput]] = ZImageBaseTrainerOutput
    Input = ZImageBaseTrainerInput
    Output = ZImageBaseTrainerOutput

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ZImageBaseTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
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
                "image_data_url": image_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ZImageBaseTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
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
                "image_data_url": image_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageBaseTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
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
                "image_data_url": image_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ZImageBaseTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
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
                "image_data_url": image_data_url,
                "steps": steps,
                "default_caption": default_caption,
                "learning_rate": learning_rate,
            }
        )
        return self._stream(payload, options)
