# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/z-image-trainer` (Z Image Trainer)."""

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
from fal_models.models.z_image_trainer import ZImageTrainerInput, ZImageTrainerOutput

__all__ = ["ZImageTrainer", "AsyncZImageTrainer", "ZImageTrainerInput", "ZImageTrainerOutput"]


class ZImageTrainer(SyncEndpoint[ZImageTrainerInput, ZImageTrainerOutput]):
    """Z Image Trainer (`fal-ai/z-image-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/z-image-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image-trainer"
    input_model: ClassVar[type[ZImageTrainerInput]] = ZImageTrainerInput
    output_model: ClassVar[type[ZImageTrainerOutput]] = ZImageTrainerOutput
    Input = ZImageTrainerInput
    Output = ZImageTrainerOutput

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        training_type: Literal["content", "style", "balanced"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ZImageTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. The zip can also contain a text file for
                each image. The text file should be named: ROOT.txt For example: photo.txt This text
                file can be used to specify the edit instructions for the image pair. If no text
                file is provided, the default_caption will be used. If no default_caption is
                provided, the training will fail. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 0.0001.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            training_type: Type of training to perform. Use 'content' to focus on the content of the
                images, 'style' to focus on the style of the images, and 'balanced' to focus on a
                combination of both. Default: "balanced".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "training_type": training_type,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        training_type: Literal["content", "style", "balanced"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ZImageTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. The zip can also contain a text file for
                each image. The text file should be named: ROOT.txt For example: photo.txt This text
                file can be used to specify the edit instructions for the image pair. If no text
                file is provided, the default_caption will be used. If no default_caption is
                provided, the training will fail. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 0.0001.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            training_type: Type of training to perform. Use 'content' to focus on the content of the
                images, 'style' to focus on the style of the images, and 'balanced' to focus on a
                combination of both. Default: "balanced".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "training_type": training_type,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        training_type: Literal["content", "style", "balanced"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. The zip can also contain a text file for
                each image. The text file should be named: ROOT.txt For example: photo.txt This text
                file can be used to specify the edit instructions for the image pair. If no text
                file is provided, the default_caption will be used. If no default_caption is
                provided, the training will fail. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 0.0001.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            training_type: Type of training to perform. Use 'content' to focus on the content of the
                images, 'style' to focus on the style of the images, and 'balanced' to focus on a
                combination of both. Default: "balanced".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "training_type": training_type,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        training_type: Literal["content", "style", "balanced"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ZImageTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. The zip can also contain a text file for
                each image. The text file should be named: ROOT.txt For example: photo.txt This text
                file can be used to specify the edit instructions for the image pair. If no text
                file is provided, the default_caption will be used. If no default_caption is
                provided, the training will fail. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 0.0001.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            training_type: Type of training to perform. Use 'content' to focus on the content of the
                images, 'style' to focus on the style of the images, and 'balanced' to focus on a
                combination of both. Default: "balanced".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "training_type": training_type,
            }
        )
        return self._stream(payload, options)


class AsyncZImageTrainer(AsyncEndpoint[ZImageTrainerInput, ZImageTrainerOutput]):
    """Z Image Trainer (`fal-ai/z-image-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/z-image-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image-trainer"
    input_model: ClassVar[type[ZImageTrainerInput]] = ZImageTrainerInput
    output_model: ClassVar[type[ZImageTrainerOutput]] = ZImageTrainerOutput
    Input = ZImageTrainerInput
    Output = ZImageTrainerOutput

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        training_type: Literal["content", "style", "balanced"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ZImageTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. The zip can also contain a text file for
                each image. The text file should be named: ROOT.txt For example: photo.txt This text
                file can be used to specify the edit instructions for the image pair. If no text
                file is provided, the default_caption will be used. If no default_caption is
                provided, the training will fail. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 0.0001.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            training_type: Type of training to perform. Use 'content' to focus on the content of the
                images, 'style' to focus on the style of the images, and 'balanced' to focus on a
                combination of both. Default: "balanced".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "training_type": training_type,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        training_type: Literal["content", "style", "balanced"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ZImageTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. The zip can also contain a text file for
                each image. The text file should be named: ROOT.txt For example: photo.txt This text
                file can be used to specify the edit instructions for the image pair. If no text
                file is provided, the default_caption will be used. If no default_caption is
                provided, the training will fail. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 0.0001.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            training_type: Type of training to perform. Use 'content' to focus on the content of the
                images, 'style' to focus on the style of the images, and 'balanced' to focus on a
                combination of both. Default: "balanced".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "training_type": training_type,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        training_type: Literal["content", "style", "balanced"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. The zip can also contain a text file for
                each image. The text file should be named: ROOT.txt For example: photo.txt This text
                file can be used to specify the edit instructions for the image pair. If no text
                file is provided, the default_caption will be used. If no default_caption is
                provided, the training will fail. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 0.0001.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            training_type: Type of training to perform. Use 'content' to focus on the content of the
                images, 'style' to focus on the style of the images, and 'balanced' to focus on a
                combination of both. Default: "balanced".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "training_type": training_type,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        training_type: Literal["content", "style", "balanced"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ZImageTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. The zip can also contain a text file for
                each image. The text file should be named: ROOT.txt For example: photo.txt This text
                file can be used to specify the edit instructions for the image pair. If no text
                file is provided, the default_caption will be used. If no default_caption is
                provided, the training will fail. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 0.0001.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            training_type: Type of training to perform. Use 'content' to focus on the content of the
                images, 'style' to focus on the style of the images, and 'balanced' to focus on a
                combination of both. Default: "balanced".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "training_type": training_type,
            }
        )
        return self._stream(payload, options)
