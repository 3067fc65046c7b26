# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/turbo-flux-trainer` (Turbo Flux Trainer)."""

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
from fal_models.models.turbo_flux_trainer import TurboFluxTrainerInput, TurboFluxTrainerOutput

__all__ = [
    "TurboFluxTrainer",
    "AsyncTurboFluxTrainer",
    "TurboFluxTrainerInput",
    "TurboFluxTrainerOutput",
]


class TurboFluxTrainer(SyncEndpoint[TurboFluxTrainerInput, TurboFluxTrainerOutput]):
    """Turbo Flux Trainer (`fal-ai/turbo-flux-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/turbo-flux-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/turbo-flux-trainer"
    input_model: ClassVar[type[TurboFluxTrainerInput]] = TurboFluxTrainerInput
    output_model: ClassVar[type[TurboFluxTrainerOutput]] = TurboFluxTrainerOutput
    Input = TurboFluxTrainerInput
    Output = TurboFluxTrainerOutput

    def subscribe(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        training_style: Literal["subject", "style"] | None | Omit = omit,
        face_crop: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> TurboFluxTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions. Default: "ohwx".
            steps: Number of steps to train the LoRA on. Default: 1000. Limits: minimum 1, maximum
                10000.
            learning_rate: Learning rate for the training. Default: 0.00115. Limits: minimum 1e-07,
                maximum 0.01.
            training_style: Training style to use. Default: "subject".
            face_crop: Whether to try to detect the face and crop the images to the face. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "steps": steps,
                "learning_rate": learning_rate,
                "training_style": training_style,
                "face_crop": face_crop,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        training_style: Literal["subject", "style"] | None | Omit = omit,
        face_crop: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[TurboFluxTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions. Default: "ohwx".
            steps: Number of steps to train the LoRA on. Default: 1000. Limits: minimum 1, maximum
                10000.
            learning_rate: Learning rate for the training. Default: 0.00115. Limits: minimum 1e-07,
                maximum 0.01.
            training_style: Training style to use. Default: "subject".
            face_crop: Whether to try to detect the face and crop the images to the face. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "steps": steps,
                "learning_rate": learning_rate,
                "training_style": training_style,
                "face_crop": face_crop,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        training_style: Literal["subject", "style"] | None | Omit = omit,
        face_crop: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TurboFluxTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions. Default: "ohwx".
            steps: Number of steps to train the LoRA on. Default: 1000. Limits: minimum 1, maximum
                10000.
            learning_rate: Learning rate for the training. Default: 0.00115. Limits: minimum 1e-07,
                maximum 0.01.
            training_style: Training style to use. Default: "subject".
            face_crop: Whether to try to detect the face and crop the images to the face. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "steps": steps,
                "learning_rate": learning_rate,
                "training_style": training_style,
                "face_crop": face_crop,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        training_style: Literal["subject", "style"] | None | Omit = omit,
        face_crop: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[TurboFluxTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions. Default: "ohwx".
            steps: Number of steps to train the LoRA on. Default: 1000. Limits: minimum 1, maximum
                10000.
            learning_rate: Learning rate for the training. Default: 0.00115. Limits: minimum 1e-07,
                maximum 0.01.
            training_style: Training style to use. Default: "subject".
            face_crop: Whether to try to detect the face and crop the images to the face. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "steps": steps,
                "learning_rate": learning_rate,
                "training_style": training_style,
                "face_crop": face_crop,
            }
        )
        return self._stream(payload, options)


class AsyncTurboFluxTrainer(AsyncEndpoint[TurboFluxTrainerInput, TurboFluxTrainerOutput]):
    """Turbo Flux Trainer (`fal-ai/turbo-flux-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/turbo-flux-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/turbo-flux-trainer"
    input_model: ClassVar[type[TurboFluxTrainerInput]] = TurboFluxTrainerInput
    output_model: ClassVar[type[TurboFluxTrainerOutput]] = TurboFluxTrainerOutput
    Input = TurboFluxTrainerInput
    Output = TurboFluxTrainerOutput

    async def subscribe(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        training_style: Literal["subject", "style"] | None | Omit = omit,
        face_crop: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> TurboFluxTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions. Default: "ohwx".
            steps: Number of steps to train the LoRA on. Default: 1000. Limits: minimum 1, maximum
                10000.
            learning_rate: Learning rate for the training. Default: 0.00115. Limits: minimum 1e-07,
                maximum 0.01.
            training_style: Training style to use. Default: "subject".
            face_crop: Whether to try to detect the face and crop the images to the face. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "steps": steps,
                "learning_rate": learning_rate,
                "training_style": training_style,
                "face_crop": face_crop,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        training_style: Literal["subject", "style"] | None | Omit = omit,
        face_crop: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[TurboFluxTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions. Default: "ohwx".
            steps: Number of steps to train the LoRA on. Default: 1000. Limits: minimum 1, maximum
                10000.
            learning_rate: Learning rate for the training. Default: 0.00115. Limits: minimum 1e-07,
                maximum 0.01.
            training_style: Training style to use. Default: "subject".
            face_crop: Whether to try to detect the face and crop the images to the face. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "steps": steps,
                "learning_rate": learning_rate,
                "training_style": training_style,
                "face_crop": face_crop,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        training_style: Literal["subject", "style"] | None | Omit = omit,
        face_crop: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TurboFluxTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions. Default: "ohwx".
            steps: Number of steps to train the LoRA on. Default: 1000. Limits: minimum 1, maximum
                10000.
            learning_rate: Learning rate for the training. Default: 0.00115. Limits: minimum 1e-07,
                maximum 0.01.
            training_style: Training style to use. Default: "subject".
            face_crop: Whether to try to detect the face and crop the images to the face. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "steps": steps,
                "learning_rate": learning_rate,
                "training_style": training_style,
                "face_crop": face_crop,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        training_style: Literal["subject", "style"] | None | Omit = omit,
        face_crop: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[TurboFluxTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions. Default: "ohwx".
            steps: Number of steps to train the LoRA on. Default: 1000. Limits: minimum 1, maximum
                10000.
            learning_rate: Learning rate for the training. Default: 0.00115. Limits: minimum 1e-07,
                maximum 0.01.
            training_style: Training style to use. Default: "subject".
            face_crop: Whether to try to detect the face and crop the images to the face. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "steps": steps,
                "learning_rate": learning_rate,
                "training_style": training_style,
                "face_crop": face_crop,
            }
        )
        return self._stream(payload, options)
