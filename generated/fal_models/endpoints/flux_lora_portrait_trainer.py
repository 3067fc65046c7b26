# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-lora-portrait-trainer` (Flux Lora Portrait Trainer)."""

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
from fal_models.models.flux_lora_portrait_trainer import (
    FluxLoraPortraitTrainerInput,
    FluxLoraPortraitTrainerOutput,
)

__all__ = [
    "FluxLoraPortraitTrainer",
    "AsyncFluxLoraPortraitTrainer",
    "FluxLoraPortraitTrainerInput",
    "FluxLoraPortraitTrainerOutput",
]


class FluxLoraPortraitTrainer(
    SyncEndpoint[FluxLoraPortraitTrainerInput, FluxLoraPortraitTrainerOutput]
):
    """Flux Lora Portrait Trainer (`fal-ai/flux-lora-portrait-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/flux-lora-portrait-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-lora-portrait-trainer"
    input_model: ClassVar[type[FluxLoraPortraitTrainerInput]] = FluxLoraPortraitTrainerInput
    output_model: ClassVar[type[FluxLoraPortraitTrainerOutput]] = FluxLoraPortraitTrainerOutput
    Input = FluxLoraPortraitTrainerInput
    Output = FluxLoraPortraitTrainerOutput

    def subscribe(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        multiresolution_training: bool | Omit = omit,
        subject_crop: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        resume_from_checkpoint: str | Omit = omit,
        create_masks: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxLoraPortraitTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. In addition to images the archive can
                contain text files with captions. Each text file should have the same name as the
                image file it corresponds to. The captions can include a special string `[trigger]`.
                If a trigger_word is specified, it will replace `[trigger]` in the captions. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions.
            learning_rate: Learning rate to use for training. Default: 9e-05. Limits: minimum 1e-06,
                maximum 0.001.
            steps: Number of steps to train the LoRA on. Default: 2500. Limits: minimum 1, maximum
                10000.
            multiresolution_training: If True, multiresolution training will be used. Default: true.
            subject_crop: If True, the subject will be cropped from the image. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            resume_from_checkpoint: URL to a checkpoint to resume training from. Default: "".
            create_masks: If True, masks will be created for the subject. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "learning_rate": learning_rate,
                "steps": steps,
                "multiresolution_training": multiresolution_training,
                "subject_crop": subject_crop,
                "data_archive_format": data_archive_format,
                "resume_from_checkpoint": resume_from_checkpoint,
                "create_masks": create_masks,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        multiresolution_training: bool | Omit = omit,
        subject_crop: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        resume_from_checkpoint: str | Omit = omit,
        create_masks: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxLoraPortraitTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. In addition to images the archive can
                contain text files with captions. Each text file should have the same name as the
                image file it corresponds to. The captions can include a special string `[trigger]`.
                If a trigger_word is specified, it will replace `[trigger]` in the captions. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions.
            learning_rate: Learning rate to use for training. Default: 9e-05. Limits: minimum 1e-06,
                maximum 0.001.
            steps: Number of steps to train the LoRA on. Default: 2500. Limits: minimum 1, maximum
                10000.
            multiresolution_training: If True, multiresolution training will be used. Default: true.
            subject_crop: If True, the subject will be cropped from the image. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            resume_from_checkpoint: URL to a checkpoint to resume training from. Default: "".
            create_masks: If True, masks will be created for the subject. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "learning_rate": learning_rate,
                "steps": steps,
                "multiresolution_training": multiresolution_training,
                "subject_crop": subject_crop,
                "data_archive_format": data_archive_format,
                "resume_from_checkpoint": resume_from_checkpoint,
                "create_masks": create_masks,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        multiresolution_training: bool | Omit = omit,
        subject_crop: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        resume_from_checkpoint: str | Omit = omit,
        create_masks: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxLoraPortraitTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. In addition to images the archive can
                contain text files with captions. Each text file should have the same name as the
                image file it corresponds to. The captions can include a special string `[trigger]`.
                If a trigger_word is specified, it will replace `[trigger]` in the captions. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions.
            learning_rate: Learning rate to use for training. Default: 9e-05. Limits: minimum 1e-06,
                maximum 0.001.
            steps: Number of steps to train the LoRA on. Default: 2500. Limits: minimum 1, maximum
                10000.
            multiresolution_training: If True, multiresolution training will be used. Default: true.
            subject_crop: If True, the subject will be cropped from the image. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            resume_from_checkpoint: URL to a checkpoint to resume training from. Default: "".
            create_masks: If True, masks will be created for the subject. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "learning_rate": learning_rate,
                "steps": steps,
                "multiresolution_training": multiresolution_training,
                "subject_crop": subject_crop,
                "data_archive_format": data_archive_format,
                "resume_from_checkpoint": resume_from_checkpoint,
                "create_masks": create_masks,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        multiresolution_training: bool | Omit = omit,
        subject_crop: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        resume_from_checkpoint: str | Omit = omit,
        create_masks: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxLoraPortraitTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. In addition to images the archive can
                contain text files with captions. Each text file should have the same name as the
                image file it corresponds to. The captions can include a special string `[trigger]`.
                If a trigger_word is specified, it will replace `[trigger]` in the captions. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions.
            learning_rate: Learning rate to use for training. Default: 9e-05. Limits: minimum 1e-06,
                maximum 0.001.
            steps: Number of steps to train the LoRA on. Default: 2500. Limits: minimum 1, maximum
                10000.
            multiresolution_training: If True, multiresolution training will be used. Default: true.
            subject_crop: If True, the subject will be cropped from the image. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            resume_from_checkpoint: URL to a checkpoint to resume training from. Default: "".
            create_masks: If True, masks will be created for the subject. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "learning_rate": learning_rate,
                "steps": steps,
                "multiresolution_training": multiresolution_training,
                "subject_crop": subject_crop,
                "data_archive_format": data_archive_format,
                "resume_from_checkpoint": resume_from_checkpoint,
                "create_masks": create_masks,
            }
        )
        return self._stream(payload, options)


class AsyncFluxLoraPortraitTrainer(
    AsyncEndpoint[FluxLoraPortraitTrainerInput, FluxLoraPortraitTrainerOutput]
):
    """Flux Lora Portrait Trainer (`fal-ai/flux-lora-portrait-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/flux-lora-portrait-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-lora-portrait-trainer"
    input_model: ClassVar[type[FluxLoraPortraitTrainerInput]] = FluxLoraPortraitTrainerInput
    output_model: ClassVar[type[FluxLoraPortraitTrainerOutput]] = FluxLoraPortraitTrainerOutput
    Input = FluxLoraPortraitTrainerInput
    Output = FluxLoraPortraitTrainerOutput

    async def subscribe(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        multiresolution_training: bool | Omit = omit,
        subject_crop: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        resume_from_checkpoint: str | Omit = omit,
        create_masks: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxLoraPortraitTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. In addition to images the archive can
                contain text files with captions. Each text file should have the same name as the
                image file it corresponds to. The captions can include a special string `[trigger]`.
                If a trigger_word is specified, it will replace `[trigger]` in the captions. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions.
            learning_rate: Learning rate to use for training. Default: 9e-05. Limits: minimum 1e-06,
                maximum 0.001.
            steps: Number of steps to train the LoRA on. Default: 2500. Limits: minimum 1, maximum
                10000.
            multiresolution_training: If True, multiresolution training will be used. Default: true.
            subject_crop: If True, the subject will be cropped from the image. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            resume_from_checkpoint: URL to a checkpoint to resume training from. Default: "".
            create_masks: If True, masks will be created for the subject. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "learning_rate": learning_rate,
                "steps": steps,
                "multiresolution_training": multiresolution_training,
                "subject_crop": subject_crop,
                "data_archive_format": data_archive_format,
                "resume_from_checkpoint": resume_from_checkpoint,
                "create_masks": create_masks,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        multiresolution_training: bool | Omit = omit,
        subject_crop: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        resume_from_checkpoint: str | Omit = omit,
        create_masks: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxLoraPortraitTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. In addition to images the archive can
                contain text files with captions. Each text file should have the same name as the
                image file it corresponds to. The captions can include a special string `[trigger]`.
                If a trigger_word is specified, it will replace `[trigger]` in the captions. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions.
            learning_rate: Learning rate to use for training. Default: 9e-05. Limits: minimum 1e-06,
                maximum 0.001.
            steps: Number of steps to train the LoRA on. Default: 2500. Limits: minimum 1, maximum
                10000.
            multiresolution_training: If True, multiresolution training will be used. Default: true.
            subject_crop: If True, the subject will be cropped from the image. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            resume_from_checkpoint: URL to a checkpoint to resume training from. Default: "".
            create_masks: If True, masks will be created for the subject. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "learning_rate": learning_rate,
                "steps": steps,
                "multiresolution_training": multiresolution_training,
                "subject_crop": subject_crop,
                "data_archive_format": data_archive_format,
                "resume_from_checkpoint": resume_from_checkpoint,
                "create_masks": create_masks,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        multiresolution_training: bool | Omit = omit,
        subject_crop: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        resume_from_checkpoint: str | Omit = omit,
        create_masks: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxLoraPortraitTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. In addition to images the archive can
                contain text files with captions. Each text file should have the same name as the
                image file it corresponds to. The captions can include a special string `[trigger]`.
                If a trigger_word is specified, it will replace `[trigger]` in the captions. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions.
            learning_rate: Learning rate to use for training. Default: 9e-05. Limits: minimum 1e-06,
                maximum 0.001.
            steps: Number of steps to train the LoRA on. Default: 2500. Limits: minimum 1, maximum
                10000.
            multiresolution_training: If True, multiresolution training will be used. Default: true.
            subject_crop: If True, the subject will be cropped from the image. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            resume_from_checkpoint: URL to a checkpoint to resume training from. Default: "".
            create_masks: If True, masks will be created for the subject. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "learning_rate": learning_rate,
                "steps": steps,
                "multiresolution_training": multiresolution_training,
                "subject_crop": subject_crop,
                "data_archive_format": data_archive_format,
                "resume_from_checkpoint": resume_from_checkpoint,
                "create_masks": create_masks,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        trigger_phrase: str | None | Omit = omit,
        learning_rate: float | Omit = omit,
        steps: int | Omit = omit,
        multiresolution_training: bool | Omit = omit,
        subject_crop: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        resume_from_checkpoint: str | Omit = omit,
        create_masks: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxLoraPortraitTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images of a consistent style. Try to use at
                least 10 images, although more is better. In addition to images the archive can
                contain text files with captions. Each text file should have the same name as the
                image file it corresponds to. The captions can include a special string `[trigger]`.
                If a trigger_word is specified, it will replace `[trigger]` in the captions. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase to be used in the captions. If None, a trigger word will
                not be used. If no captions are provide the trigger_work will be used instead of
                captions. If captions are provided, the trigger word will replace the `[trigger]`
                string in the captions.
            learning_rate: Learning rate to use for training. Default: 9e-05. Limits: minimum 1e-06,
                maximum 0.001.
            steps: Number of steps to train the LoRA on. Default: 2500. Limits: minimum 1, maximum
                10000.
            multiresolution_training: If True, multiresolution training will be used. Default: true.
            subject_crop: If True, the subject will be cropped from the image. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            resume_from_checkpoint: URL to a checkpoint to resume training from. Default: "".
            create_masks: If True, masks will be created for the subject. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_phrase": trigger_phrase,
                "learning_rate": learning_rate,
                "steps": steps,
                "multiresolution_training": multiresolution_training,
                "subject_crop": subject_crop,
                "data_archive_format": data_archive_format,
                "resume_from_checkpoint": resume_from_checkpoint,
                "create_masks": create_masks,
            }
        )
        return self._stream(payload, options)
