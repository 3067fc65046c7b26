# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2-trainer-v2` (Flux 2 Trainer V2)."""

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
from fal_models.models.flux_2_trainer_v2 import Flux2TrainerV2Input, Flux2TrainerV2Output

__all__ = ["Flux2TrainerV2", "AsyncFlux2TrainerV2", "Flux2TrainerV2Input", "Flux2TrainerV2Output"]


class Flux2TrainerV2(SyncEndpoint[Flux2TrainerV2Input, Flux2TrainerV2Output]):
    """Flux 2 Trainer V2 (`fal-ai/flux-2-trainer-v2`).

    V2 input with multi-resolution bucketing.

    Category: training. Docs: https://fal.ai/models/fal-ai/flux-2-trainer-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-trainer-v2"
    input_model: ClassVar[type[Flux2TrainerV2Input]] = Flux2TrainerV2Input
    output_model: ClassVar[type[Flux2TrainerV2Output]] = Flux2TrainerV2Output
    Input = Flux2TrainerV2Input
    Output = Flux2TrainerV2Output

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2TrainerV2Output:
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
    ) -> RequestHandle[Flux2TrainerV2Output]:
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
    ) -> Flux2TrainerV2Output:
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
    ) -> EndpointStream[Flux2TrainerV2Output]:
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


class AsyncFlux2TrainerV2(AsyncEndpoint[Flux2TrainerV2Input, Flux2TrainerV2Output]):
    """Flux 2 Trainer V2 (`fal-ai/flux-2-trainer-v2`).

    V2 input with multi-resolution bucketing.

    Category: training. Docs: https://fal.ai/models/fal-ai/flux-2-trainer-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-trainer-v2"
    input_model: ClassVar[type[Flux2TrainerV2Input]] = Flux2TrainerV2Input
    output_model: ClassVar[type[Flux2TrainerV2Output]] = Flux2TrainerV2Output
    Input = Flux2TrainerV2Input
    Output = Flux2TrainerV2Output

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        default_caption: str | None | Omit = omit,
        output_lora_format: Literal["fal", "comfy"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2TrainerV2Output:
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
    ) -> AsyncRequestHandle[Flux2TrainerV2Output]:
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
    ) -> Flux2TrainerV2Output:
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
    ) -> AsyncEndpointStream[Flux2TrainerV2Output]:
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
