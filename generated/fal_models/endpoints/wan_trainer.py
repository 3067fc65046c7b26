# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-trainer` (Wan Trainer)."""

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
from fal_models.models.wan_trainer import WanTrainerInput, WanTrainerOutput

__all__ = ["WanTrainer", "AsyncWanTrainer", "WanTrainerInput", "WanTrainerOutput"]


class WanTrainer(SyncEndpoint[WanTrainerInput, WanTrainerOutput]):
    """Wan Trainer (`fal-ai/wan-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/wan-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-trainer"
    input_model: ClassVar[type[WanTrainerInput]] = WanTrainerInput
    output_model: ClassVar[type[WanTrainerOutput]] = WanTrainerOutput
    Input = WanTrainerInput
    Output = WanTrainerOutput

    def subscribe(
        self,
        *,
        training_data_url: FileInput,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            training_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images and/or videos, although more is better. In addition to images the
                archive can contain text files with captions. Each text file should have the same
                name as the image/video file it corresponds to. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            number_of_steps: The number of steps to train for. Default: 400. Limits: minimum 100,
                maximum 20000.
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, the input will be automatically scale the video to 81 frames
                at 16fps. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        training_data_url: FileInput,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            training_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images and/or videos, although more is better. In addition to images the
                archive can contain text files with captions. Each text file should have the same
                name as the image/video file it corresponds to. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            number_of_steps: The number of steps to train for. Default: 400. Limits: minimum 100,
                maximum 20000.
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, the input will be automatically scale the video to 81 frames
                at 16fps. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        training_data_url: FileInput,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            training_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images and/or videos, although more is better. In addition to images the
                archive can contain text files with captions. Each text file should have the same
                name as the image/video file it corresponds to. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            number_of_steps: The number of steps to train for. Default: 400. Limits: minimum 100,
                maximum 20000.
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, the input will be automatically scale the video to 81 frames
                at 16fps. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        training_data_url: FileInput,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            training_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images and/or videos, although more is better. In addition to images the
                archive can contain text files with captions. Each text file should have the same
                name as the image/video file it corresponds to. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            number_of_steps: The number of steps to train for. Default: 400. Limits: minimum 100,
                maximum 20000.
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, the input will be automatically scale the video to 81 frames
                at 16fps. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
            }
        )
        return self._stream(payload, options)


class AsyncWanTrainer(AsyncEndpoint[WanTrainerInput, WanTrainerOutput]):
    """Wan Trainer (`fal-ai/wan-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/wan-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-trainer"
    input_model: ClassVar[type[WanTrainerInput]] = WanTrainerInput
    output_model: ClassVar[type[WanTrainerOutput]] = WanTrainerOutput
    Input = WanTrainerInput
    Output = WanTrainerOutput

    async def subscribe(
        self,
        *,
        training_data_url: FileInput,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            training_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images and/or videos, although more is better. In addition to images the
                archive can contain text files with captions. Each text file should have the same
                name as the image/video file it corresponds to. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            number_of_steps: The number of steps to train for. Default: 400. Limits: minimum 100,
                maximum 20000.
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, the input will be automatically scale the video to 81 frames
                at 16fps. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        training_data_url: FileInput,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            training_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images and/or videos, although more is better. In addition to images the
                archive can contain text files with captions. Each text file should have the same
                name as the image/video file it corresponds to. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            number_of_steps: The number of steps to train for. Default: 400. Limits: minimum 100,
                maximum 20000.
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, the input will be automatically scale the video to 81 frames
                at 16fps. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        training_data_url: FileInput,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            training_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images and/or videos, although more is better. In addition to images the
                archive can contain text files with captions. Each text file should have the same
                name as the image/video file it corresponds to. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            number_of_steps: The number of steps to train for. Default: 400. Limits: minimum 100,
                maximum 20000.
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, the input will be automatically scale the video to 81 frames
                at 16fps. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        training_data_url: FileInput,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            training_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images and/or videos, although more is better. In addition to images the
                archive can contain text files with captions. Each text file should have the same
                name as the image/video file it corresponds to. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            number_of_steps: The number of steps to train for. Default: 400. Limits: minimum 100,
                maximum 20000.
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, the input will be automatically scale the video to 81 frames
                at 16fps. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
            }
        )
        return self._stream(payload, options)
