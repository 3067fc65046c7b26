# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2-trainer/edit` (Flux 2 Trainer Edit)."""

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
from fal_models.models.flux_2_trainer_edit import Flux2TrainerEditInput, Flux2TrainerEditOutput

__all__ = [
    "Flux2TrainerEdit",
    "AsyncFlux2TrainerEdit",
    "Flux2TrainerEditInput",
    "Flux2TrainerEditOutput",
]


class Flux2TrainerEdit(SyncEndpoint[Flux2TrainerEditInput, Flux2TrainerEditOutput]):
    """Flux 2 Trainer Edit (`fal-ai/flux-2-trainer/edit`).

    Category: training. Docs: https://fal.ai/models/fal-ai/flux-2-trainer/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-trainer/edit"
    input_model: ClassVar[type[Flux2TrainerEditInput]] = Flux2TrainerEditInput
    output_model: ClassVar[type[Flux2TrainerEditOutput]] = Flux2TrainerEditOutput
    Input = Flux2TrainerEditInput
    Output = Flux2TrainerEditOutput

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2TrainerEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain up to four reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ROOT_start4.EXT, ROOT_end.EXT For example:
                photo_start.jpg, photo_start2.jpg, photo_end.jpg The zip can also contain a text
                file for each image pair. The text file should be named: ROOT.txt For example:
                photo.txt This text file can be used to specify the edit instructions for the image
                pair. If no text file is provided, the default_caption will be used. If no
                default_caption is provided, the training will fail. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 5e-05.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            output_lora_format: Dictates the naming scheme for the output weights. Default: "fal".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "output_lora_format": output_lora_format,
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
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2TrainerEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain up to four reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ROOT_start4.EXT, ROOT_end.EXT For example:
                photo_start.jpg, photo_start2.jpg, photo_end.jpg The zip can also contain a text
                file for each image pair. The text file should be named: ROOT.txt For example:
                photo.txt This text file can be used to specify the edit instructions for the image
                pair. If no text file is provided, the default_caption will be used. If no
                default_caption is provided, the training will fail. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 5e-05.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            output_lora_format: Dictates the naming scheme for the output weights. Default: "fal".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "output_lora_format": output_lora_format,
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
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2TrainerEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain up to four reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ROOT_start4.EXT, ROOT_end.EXT For example:
                photo_start.jpg, photo_start2.jpg, photo_end.jpg The zip can also contain a text
                file for each image pair. The text file should be named: ROOT.txt For example:
                photo.txt This text file can be used to specify the edit instructions for the image
                pair. If no text file is provided, the default_caption will be used. If no
                default_caption is provided, the training will fail. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 5e-05.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            output_lora_format: Dictates the naming scheme for the output weights. Default: "fal".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "output_lora_format": output_lora_format,
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
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2TrainerEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain up to four reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ROOT_start4.EXT, ROOT_end.EXT For example:
                photo_start.jpg, photo_start2.jpg, photo_end.jpg The zip can also contain a text
                file for each image pair. The text file should be named: ROOT.txt For example:
                photo.txt This text file can be used to specify the edit instructions for the image
                pair. If no text file is provided, the default_caption will be used. If no
                default_caption is provided, the training will fail. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 5e-05.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            output_lora_format: Dictates the naming scheme for the output weights. Default: "fal".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "output_lora_format": output_lora_format,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2TrainerEdit(AsyncEndpoint[Flux2TrainerEditInput, Flux2TrainerEditOutput]):
    """Flux 2 Trainer Edit (`fal-ai/flux-2-trainer/edit`).

    Category: training. Docs: https://fal.ai/models/fal-ai/flux-2-trainer/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-trainer/edit"
    input_model: ClassVar[type[Flux2TrainerEditInput]] = Flux2TrainerEditInput
    output_model: ClassVar[type[Flux2TrainerEditOutput]] = Flux2TrainerEditOutput
    Input = Flux2TrainerEditInput
    Output = Flux2TrainerEditOutput

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2TrainerEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain up to four reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ROOT_start4.EXT, ROOT_end.EXT For example:
                photo_start.jpg, photo_start2.jpg, photo_end.jpg The zip can also contain a text
                file for each image pair. The text file should be named: ROOT.txt For example:
                photo.txt This text file can be used to specify the edit instructions for the image
                pair. If no text file is provided, the default_caption will be used. If no
                default_caption is provided, the training will fail. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 5e-05.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            output_lora_format: Dictates the naming scheme for the output weights. Default: "fal".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "output_lora_format": output_lora_format,
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
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2TrainerEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain up to four reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ROOT_start4.EXT, ROOT_end.EXT For example:
                photo_start.jpg, photo_start2.jpg, photo_end.jpg The zip can also contain a text
                file for each image pair. The text file should be named: ROOT.txt For example:
                photo.txt This text file can be used to specify the edit instructions for the image
                pair. If no text file is provided, the default_caption will be used. If no
                default_caption is provided, the training will fail. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 5e-05.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            output_lora_format: Dictates the naming scheme for the output weights. Default: "fal".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "output_lora_format": output_lora_format,
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
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2TrainerEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain up to four reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ROOT_start4.EXT, ROOT_end.EXT For example:
                photo_start.jpg, photo_start2.jpg, photo_end.jpg The zip can also contain a text
                file for each image pair. The text file should be named: ROOT.txt For example:
                photo.txt This text file can be used to specify the edit instructions for the image
                pair. If no text file is provided, the default_caption will be used. If no
                default_caption is provided, the training will fail. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 5e-05.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            output_lora_format: Dictates the naming scheme for the output weights. Default: "fal".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "output_lora_format": output_lora_format,
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
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2TrainerEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to the input data zip archive. The zip should contain pairs of
                images. The images should be named: ROOT_start.EXT and ROOT_end.EXT For example:
                photo_start.jpg and photo_end.jpg The zip can also contain up to four reference
                image for each image pair. The reference images should be named: ROOT_start.EXT,
                ROOT_start2.EXT, ROOT_start3.EXT, ROOT_start4.EXT, ROOT_end.EXT For example:
                photo_start.jpg, photo_start2.jpg, photo_end.jpg The zip can also contain a text
                file for each image pair. The text file should be named: ROOT.txt For example:
                photo.txt This text file can be used to specify the edit instructions for the image
                pair. If no text file is provided, the default_caption will be used. If no
                default_caption is provided, the training will fail. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            steps: Total number of training steps. Default: 1000. Limits: minimum 100, maximum
                10000, multiple of 100.
            learning_rate: Learning rate applied to trainable parameters. Default: 5e-05.
            default_caption: Default caption to use when caption files are missing. If None, missing
                captions will cause an error.
            output_lora_format: Dictates the naming scheme for the output weights. Default: "fal".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
                "steps": steps,
                "learning_rate": learning_rate,
                "default_caption": default_caption,
                "output_lora_format": output_lora_format,
            }
        )
        return self._stream(payload, options)
