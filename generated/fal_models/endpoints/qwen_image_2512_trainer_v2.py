# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-2512-trainer-v2` (Qwen Image 2512 Trainer V2)."""

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
from fal_models.models.qwen_image_2512_trainer_v2 import (
    QwenImage2512TrainerV2Input,
    QwenImage2512TrainerV2Output,
)

__all__ = [
    "QwenImage2512TrainerV2",
    "AsyncQwenImage2512TrainerV2",
    "QwenImage2512TrainerV2Input",
    "QwenImage2512TrainerV2Output",
]


class QwenImage2512TrainerV2(
    SyncEndpoint[QwenImage2512TrainerV2Input, QwenImage2512TrainerV2Output]
):
    """Qwen Image 2512 Trainer V2 (`fal-ai/qwen-image-2512-trainer-v2`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-2512-trainer-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-2512-trainer-v2"
    input_model: ClassVar[type[QwenImage2512TrainerV2Input]] = QwenImage2512TrainerV2Input
    output_model: ClassVar[type[QwenImage2512TrainerV2Output]] = QwenImage2512TrainerV2Output
    Input = QwenImage2512TrainerV2Input
    Output = QwenImage2512TrainerV2Output

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImage2512TrainerV2Output:
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
    ) -> RequestHandle[QwenImage2512TrainerV2Output]:
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
    ) -> QwenImage2512TrainerV2Output:
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
    ) -> EndpointStream[QwenImage2512TrainerV2Output]:
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


class AsyncQwenImage2512TrainerV2(
    AsyncEndpoint[QwenImage2512TrainerV2Input, QwenImage2512TrainerV2Output]
):
    """Qwen Image 2512 Trainer V2 (`fal-ai/qwen-image-2512-trainer-v2`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-2512-trainer-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-2512-trainer-v2"
    input_model: ClassVar[type[QwenImage2512TrainerV2Input]] = QwenImage2512TrainerV2Input
    output_model: ClassVar[type[QwenImage2512TrainerV2Output]] = QwenImage2512TrainerV2Output
    Input = QwenImage2512TrainerV2Input
    Output = QwenImage2512TrainerV2Output

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImage2512TrainerV2Output:
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
    ) -> AsyncRequestHandle[QwenImage2512TrainerV2Output]:
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
    ) -> QwenImage2512TrainerV2Output:
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
    ) -> AsyncEndpointStream[QwenImage2512TrainerV2Output]:
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
