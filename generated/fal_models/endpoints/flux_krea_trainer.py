# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-krea-trainer` (Flux Krea Trainer)."""

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
from fal_models.models.flux_krea_trainer import FluxKreaTrainerInput, FluxKreaTrainerOutput

__all__ = [
    "FluxKreaTrainer",
    "AsyncFluxKreaTrainer",
    "FluxKreaTrainerInput",
    "FluxKreaTrainerOutput",
]


class FluxKreaTrainer(SyncEndpoint[FluxKreaTrainerInput, FluxKreaTrainerOutput]):
    """Flux Krea Trainer (`fal-ai/flux-krea-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/flux-krea-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-krea-trainer"
    input_model: ClassVar[type[FluxKreaTrainerInput]] = FluxKreaTrainerInput
    output_model: ClassVar[type[FluxKreaTrainerOutput]] = FluxKreaTrainerOutput
    Input = FluxKreaTrainerInput
    Output = FluxKreaTrainerOutput

    def subscribe(
        self,
        *,
        images_data_url: FileInput,
        trigger_word: str | None | Omit = omit,
        create_masks: bool | Omit = omit,
        steps: int | None | Omit = omit,
        is_style: bool | Omit = omit,
        is_input_format_already_preprocessed: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxKreaTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_word: Trigger word to be used in the captions. If None, a trigger word will not
                be used. If no captions are provide the trigger_word will be used instead of
                captions. If captions are the trigger word will not be used.
            create_masks: If True segmentation masks will be used in the weight the training loss.
                For people a face mask is used if possible. Default: true.
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 10000.
            is_style: If True, the training will be for a style. This will deactivate segmentation,
                captioning and will use trigger word instead. Use the trigger word to specify the
                style. Default: false.
            is_input_format_already_preprocessed: Specifies whether the input data is already in a
                processed format. When set to False (default), the system expects raw input where
                image files and their corresponding caption files share the same name (e.g.,
                'photo.jpg' and 'photo.txt'). Set to True if your data is already in a preprocessed
                format. Default: false.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_word": trigger_word,
                "create_masks": create_masks,
                "steps": steps,
                "is_style": is_style,
                "is_input_format_already_preprocessed": is_input_format_already_preprocessed,
                "data_archive_format": data_archive_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        images_data_url: FileInput,
        trigger_word: str | None | Omit = omit,
        create_masks: bool | Omit = omit,
        steps: int | None | Omit = omit,
        is_style: bool | Omit = omit,
        is_input_format_already_preprocessed: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxKreaTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_word: Trigger word to be used in the captions. If None, a trigger word will not
                be used. If no captions are provide the trigger_word will be used instead of
                captions. If captions are the trigger word will not be used.
            create_masks: If True segmentation masks will be used in the weight the training loss.
                For people a face mask is used if possible. Default: true.
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 10000.
            is_style: If True, the training will be for a style. This will deactivate segmentation,
                captioning and will use trigger word instead. Use the trigger word to specify the
                style. Default: false.
            is_input_format_already_preprocessed: Specifies whether the input data is already in a
                processed format. When set to False (default), the system expects raw input where
                image files and their corresponding caption files share the same name (e.g.,
                'photo.jpg' and 'photo.txt'). Set to True if your data is already in a preprocessed
                format. Default: false.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_word": trigger_word,
                "create_masks": create_masks,
                "steps": steps,
                "is_style": is_style,
                "is_input_format_already_preprocessed": is_input_format_already_preprocessed,
                "data_archive_format": data_archive_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        images_data_url: FileInput,
        trigger_word: str | None | Omit = omit,
        create_masks: bool | Omit = omit,
        steps: int | None | Omit = omit,
        is_style: bool | Omit = omit,
        is_input_format_already_preprocessed: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxKreaTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_word: Trigger word to be used in the captions. If None, a trigger word will not
                be used. If no captions are provide the trigger_word will be used instead of
                captions. If captions are the trigger word will not be used.
            create_masks: If True segmentation masks will be used in the weight the training loss.
                For people a face mask is used if possible. Default: true.
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 10000.
            is_style: If True, the training will be for a style. This will deactivate segmentation,
                captioning and will use trigger word instead. Use the trigger word to specify the
                style. Default: false.
            is_input_format_already_preprocessed: Specifies whether the input data is already in a
                processed format. When set to False (default), the system expects raw input where
                image files and their corresponding caption files share the same name (e.g.,
                'photo.jpg' and 'photo.txt'). Set to True if your data is already in a preprocessed
                format. Default: false.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_word": trigger_word,
                "create_masks": create_masks,
                "steps": steps,
                "is_style": is_style,
                "is_input_format_already_preprocessed": is_input_format_already_preprocessed,
                "data_archive_format": data_archive_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        trigger_word: str | None | Omit = omit,
        create_masks: bool | Omit = omit,
        steps: int | None | Omit = omit,
        is_style: bool | Omit = omit,
        is_input_format_already_preprocessed: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxKreaTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_word: Trigger word to be used in the captions. If None, a trigger word will not
                be used. If no captions are provide the trigger_word will be used instead of
                captions. If captions are the trigger word will not be used.
            create_masks: If True segmentation masks will be used in the weight the training loss.
                For people a face mask is used if possible. Default: true.
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 10000.
            is_style: If True, the training will be for a style. This will deactivate segmentation,
                captioning and will use trigger word instead. Use the trigger word to specify the
                style. Default: false.
            is_input_format_already_preprocessed: Specifies whether the input data is already in a
                processed format. When set to False (default), the system expects raw input where
                image files and their corresponding caption files share the same name (e.g.,
                'photo.jpg' and 'photo.txt'). Set to True if your data is already in a preprocessed
                format. Default: false.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_word": trigger_word,
                "create_masks": create_masks,
                "steps": steps,
                "is_style": is_style,
                "is_input_format_already_preprocessed": is_input_format_already_preprocessed,
                "data_archive_format": data_archive_format,
            }
        )
        return self._stream(payload, options)


class AsyncFluxKreaTrainer(AsyncEndpoint[FluxKreaTrainerInput, FluxKreaTrainerOutput]):
    """Flux Krea Trainer (`fal-ai/flux-krea-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/flux-krea-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-krea-trainer"
    input_model: ClassVar[type[FluxKreaTrainerInput]] = FluxKreaTrainerInput
    output_model: ClassVar[type[FluxKreaTrainerOutput]] = FluxKreaTrainerOutput
    Input = FluxKreaTrainerInput
    Output = FluxKreaTrainerOutput

    async def subscribe(
        self,
        *,
        images_data_url: FileInput,
        trigger_word: str | None | Omit = omit,
        create_masks: bool | Omit = omit,
        steps: int | None | Omit = omit,
        is_style: bool | Omit = omit,
        is_input_format_already_preprocessed: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxKreaTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_word: Trigger word to be used in the captions. If None, a trigger word will not
                be used. If no captions are provide the trigger_word will be used instead of
                captions. If captions are the trigger word will not be used.
            create_masks: If True segmentation masks will be used in the weight the training loss.
                For people a face mask is used if possible. Default: true.
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 10000.
            is_style: If True, the training will be for a style. This will deactivate segmentation,
                captioning and will use trigger word instead. Use the trigger word to specify the
                style. Default: false.
            is_input_format_already_preprocessed: Specifies whether the input data is already in a
                processed format. When set to False (default), the system expects raw input where
                image files and their corresponding caption files share the same name (e.g.,
                'photo.jpg' and 'photo.txt'). Set to True if your data is already in a preprocessed
                format. Default: false.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_word": trigger_word,
                "create_masks": create_masks,
                "steps": steps,
                "is_style": is_style,
                "is_input_format_already_preprocessed": is_input_format_already_preprocessed,
                "data_archive_format": data_archive_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        images_data_url: FileInput,
        trigger_word: str | None | Omit = omit,
        create_masks: bool | Omit = omit,
        steps: int | None | Omit = omit,
        is_style: bool | Omit = omit,
        is_input_format_already_preprocessed: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxKreaTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_word: Trigger word to be used in the captions. If None, a trigger word will not
                be used. If no captions are provide the trigger_word will be used instead of
                captions. If captions are the trigger word will not be used.
            create_masks: If True segmentation masks will be used in the weight the training loss.
                For people a face mask is used if possible. Default: true.
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 10000.
            is_style: If True, the training will be for a style. This will deactivate segmentation,
                captioning and will use trigger word instead. Use the trigger word to specify the
                style. Default: false.
            is_input_format_already_preprocessed: Specifies whether the input data is already in a
                processed format. When set to False (default), the system expects raw input where
                image files and their corresponding caption files share the same name (e.g.,
                'photo.jpg' and 'photo.txt'). Set to True if your data is already in a preprocessed
                format. Default: false.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_word": trigger_word,
                "create_masks": create_masks,
                "steps": steps,
                "is_style": is_style,
                "is_input_format_already_preprocessed": is_input_format_already_preprocessed,
                "data_archive_format": data_archive_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        images_data_url: FileInput,
        trigger_word: str | None | Omit = omit,
        create_masks: bool | Omit = omit,
        steps: int | None | Omit = omit,
        is_style: bool | Omit = omit,
        is_input_format_already_preprocessed: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxKreaTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_word: Trigger word to be used in the captions. If None, a trigger word will not
                be used. If no captions are provide the trigger_word will be used instead of
                captions. If captions are the trigger word will not be used.
            create_masks: If True segmentation masks will be used in the weight the training loss.
                For people a face mask is used if possible. Default: true.
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 10000.
            is_style: If True, the training will be for a style. This will deactivate segmentation,
                captioning and will use trigger word instead. Use the trigger word to specify the
                style. Default: false.
            is_input_format_already_preprocessed: Specifies whether the input data is already in a
                processed format. When set to False (default), the system expects raw input where
                image files and their corresponding caption files share the same name (e.g.,
                'photo.jpg' and 'photo.txt'). Set to True if your data is already in a preprocessed
                format. Default: false.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_word": trigger_word,
                "create_masks": create_masks,
                "steps": steps,
                "is_style": is_style,
                "is_input_format_already_preprocessed": is_input_format_already_preprocessed,
                "data_archive_format": data_archive_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        trigger_word: str | None | Omit = omit,
        create_masks: bool | Omit = omit,
        steps: int | None | Omit = omit,
        is_style: bool | Omit = omit,
        is_input_format_already_preprocessed: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxKreaTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trigger_word: Trigger word to be used in the captions. If None, a trigger word will not
                be used. If no captions are provide the trigger_word will be used instead of
                captions. If captions are the trigger word will not be used.
            create_masks: If True segmentation masks will be used in the weight the training loss.
                For people a face mask is used if possible. Default: true.
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 10000.
            is_style: If True, the training will be for a style. This will deactivate segmentation,
                captioning and will use trigger word instead. Use the trigger word to specify the
                style. Default: false.
            is_input_format_already_preprocessed: Specifies whether the input data is already in a
                processed format. When set to False (default), the system expects raw input where
                image files and their corresponding caption files share the same name (e.g.,
                'photo.jpg' and 'photo.txt'). Set to True if your data is already in a preprocessed
                format. Default: false.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "trigger_word": trigger_word,
                "create_masks": create_masks,
                "steps": steps,
                "is_style": is_style,
                "is_input_format_already_preprocessed": is_input_format_already_preprocessed,
                "data_archive_format": data_archive_format,
            }
        )
        return self._stream(payload, options)
