# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-layered-trainer` (Qwen Image Layered Trainer)."""

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
from fal_models.models.qwen_image_layered_trainer import (
    QwenImageLayeredTrainerInput,
    QwenImageLayeredTrainerOutput,
)

__all__ = [
    "QwenImageLayeredTrainer",
    "AsyncQwenImageLayeredTrainer",
    "QwenImageLayeredTrainerInput",
    "QwenImageLayeredTrainerOutput",
]


class QwenImageLayeredTrainer(
    SyncEndpoint[QwenImageLayeredTrainerInput, QwenImageLayeredTrainerOutput]
):
    """Qwen Image Layered Trainer (`fal-ai/qwen-image-layered-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-layered-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-layered-trainer"
    input_model: ClassVar[type[QwenImageLayeredTrainerInput]] = QwenImageLayeredTrainerInput
    output_model: ClassVar[type[QwenImageLayeredTrainerOutput]] = QwenImageLayeredTrainerOutput
    Input = QwenImageLayeredTrainerInput
    Output = QwenImageLayeredTrainerOutput

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageLayeredTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain groups of
                images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT,
                ..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ...,
                photo_endN.png The start image is the base image that will be decomposed into
                layers. The end images are the layers that will be added to the base image.
                ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You
                can have up to 8 layers. All image groups must have the same number of output
                layers. The end images can contain transparent regions. Only PNG and WebP images are
                supported since these are the only formats that support transparency. The zip can
                also contain a text file for each image group. The text file should be named:
                ROOT.txt For example: photo.txt This text file can be used to specify a description
                of the base image. If no text file is provided, the default_caption will be used. If
                no default_caption is provided, the training will fail. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 10000,
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
    ) -> RequestHandle[QwenImageLayeredTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain groups of
                images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT,
                ..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ...,
                photo_endN.png The start image is the base image that will be decomposed into
                layers. The end images are the layers that will be added to the base image.
                ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You
                can have up to 8 layers. All image groups must have the same number of output
                layers. The end images can contain transparent regions. Only PNG and WebP images are
                supported since these are the only formats that support transparency. The zip can
                also contain a text file for each image group. The text file should be named:
                ROOT.txt For example: photo.txt This text file can be used to specify a description
                of the base image. If no text file is provided, the default_caption will be used. If
                no default_caption is provided, the training will fail. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 10000,
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
    ) -> QwenImageLayeredTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain groups of
                images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT,
                ..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ...,
                photo_endN.png The start image is the base image that will be decomposed into
                layers. The end images are the layers that will be added to the base image.
                ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You
                can have up to 8 layers. All image groups must have the same number of output
                layers. The end images can contain transparent regions. Only PNG and WebP images are
                supported since these are the only formats that support transparency. The zip can
                also contain a text file for each image group. The text file should be named:
                ROOT.txt For example: photo.txt This text file can be used to specify a description
                of the base image. If no text file is provided, the default_caption will be used. If
                no default_caption is provided, the training will fail. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 10000,
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
    ) -> EndpointStream[QwenImageLayeredTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain groups of
                images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT,
                ..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ...,
                photo_endN.png The start image is the base image that will be decomposed into
                layers. The end images are the layers that will be added to the base image.
                ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You
                can have up to 8 layers. All image groups must have the same number of output
                layers. The end images can contain transparent regions. Only PNG and WebP images are
                supported since these are the only formats that support transparency. The zip can
                also contain a text file for each image group. The text file should be named:
                ROOT.txt For example: photo.txt This text file can be used to specify a description
                of the base image. If no text file is provided, the default_caption will be used. If
                no default_caption is provided, the training will fail. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 10000,
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


class AsyncQwenImageLayeredTrainer(
    AsyncEndpoint[QwenImageLayeredTrainerInput, QwenImageLayeredTrainerOutput]
):
    """Qwen Image Layered Trainer (`fal-ai/qwen-image-layered-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/qwen-image-layered-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-layered-trainer"
    input_model: ClassVar[type[QwenImageLayeredTrainerInput]] = QwenImageLayeredTrainerInput
    output_model: ClassVar[type[QwenImageLayeredTrainerOutput]] = QwenImageLayeredTrainerOutput
    Input = QwenImageLayeredTrainerInput
    Output = QwenImageLayeredTrainerOutput

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        default_caption: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageLayeredTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain groups of
                images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT,
                ..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ...,
                photo_endN.png The start image is the base image that will be decomposed into
                layers. The end images are the layers that will be added to the base image.
                ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You
                can have up to 8 layers. All image groups must have the same number of output
                layers. The end images can contain transparent regions. Only PNG and WebP images are
                supported since these are the only formats that support transparency. The zip can
                also contain a text file for each image group. The text file should be named:
                ROOT.txt For example: photo.txt This text file can be used to specify a description
                of the base image. If no text file is provided, the default_caption will be used. If
                no default_caption is provided, the training will fail. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 10000,
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
    ) -> AsyncRequestHandle[QwenImageLayeredTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain groups of
                images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT,
                ..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ...,
                photo_endN.png The start image is the base image that will be decomposed into
                layers. The end images are the layers that will be added to the base image.
                ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You
                can have up to 8 layers. All image groups must have the same number of output
                layers. The end images can contain transparent regions. Only PNG and WebP images are
                supported since these are the only formats that support transparency. The zip can
                also contain a text file for each image group. The text file should be named:
                ROOT.txt For example: photo.txt This text file can be used to specify a description
                of the base image. If no text file is provided, the default_caption will be used. If
                no default_caption is provided, the training will fail. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 10000,
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
    ) -> QwenImageLayeredTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain groups of
                images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT,
                ..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ...,
                photo_endN.png The start image is the base image that will be decomposed into
                layers. The end images are the layers that will be added to the base image.
                ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You
                can have up to 8 layers. All image groups must have the same number of output
                layers. The end images can contain transparent regions. Only PNG and WebP images are
                supported since these are the only formats that support transparency. The zip can
                also contain a text file for each image group. The text file should be named:
                ROOT.txt For example: photo.txt This text file can be used to specify a description
                of the base image. If no text file is provided, the default_caption will be used. If
                no default_caption is provided, the training will fail. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 10000,
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
    ) -> AsyncEndpointStream[QwenImageLayeredTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain groups of
                images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT,
                ..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ...,
                photo_endN.png The start image is the base image that will be decomposed into
                layers. The end images are the layers that will be added to the base image.
                ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You
                can have up to 8 layers. All image groups must have the same number of output
                layers. The end images can contain transparent regions. Only PNG and WebP images are
                supported since these are the only formats that support transparency. The zip can
                also contain a text file for each image group. The text file should be named:
                ROOT.txt For example: photo.txt This text file can be used to specify a description
                of the base image. If no text file is provided, the default_caption will be used. If
                no default_caption is provided, the training will fail. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            learning_rate: Learning rate for LoRA parameters. Default: 0.0001.
            steps: Number of steps to train for. Default: 1000. Limits: minimum 100, maximum 10000,
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
