# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-video-lora-training` (Hunyuan Video Lora Training)."""

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
from fal_models.models.hunyuan_video_lora_training import (
    HunyuanVideoLoraTrainingInput,
    HunyuanVideoLoraTrainingOutput,
)

__all__ = [
    "HunyuanVideoLoraTraining",
    "AsyncHunyuanVideoLoraTraining",
    "HunyuanVideoLoraTrainingInput",
    "HunyuanVideoLoraTrainingOutput",
]


class HunyuanVideoLoraTraining(
    SyncEndpoint[HunyuanVideoLoraTrainingInput, HunyuanVideoLoraTrainingOutput]
):
    """Hunyuan Video Lora Training (`fal-ai/hunyuan-video-lora-training`).

    Category: training. Docs: https://fal.ai/models/fal-ai/hunyuan-video-lora-training/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-lora-training"
    input_model: ClassVar[type[HunyuanVideoLoraTrainingInput]] = HunyuanVideoLoraTrainingInput
    output_model: ClassVar[type[HunyuanVideoLoraTrainingOutput]] = HunyuanVideoLoraTrainingOutput
    Input = HunyuanVideoLoraTrainingInput
    Output = HunyuanVideoLoraTrainingOutput

    def subscribe(
        self,
        *,
        images_data_url: FileInput,
        steps: int,
        trigger_word: str | Omit = omit,
        learning_rate: float | Omit = omit,
        do_caption: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanVideoLoraTrainingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 5000.
            trigger_word: The trigger word to use. Default: "".
            learning_rate: Learning rate to use for training. Default: 0.0001.
            do_caption: Whether to generate captions for the images. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "trigger_word": trigger_word,
                "learning_rate": learning_rate,
                "do_caption": do_caption,
                "data_archive_format": data_archive_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        images_data_url: FileInput,
        steps: int,
        trigger_word: str | Omit = omit,
        learning_rate: float | Omit = omit,
        do_caption: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanVideoLoraTrainingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 5000.
            trigger_word: The trigger word to use. Default: "".
            learning_rate: Learning rate to use for training. Default: 0.0001.
            do_caption: Whether to generate captions for the images. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "trigger_word": trigger_word,
                "learning_rate": learning_rate,
                "do_caption": do_caption,
                "data_archive_format": data_archive_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        images_data_url: FileInput,
        steps: int,
        trigger_word: str | Omit = omit,
        learning_rate: float | Omit = omit,
        do_caption: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoLoraTrainingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 5000.
            trigger_word: The trigger word to use. Default: "".
            learning_rate: Learning rate to use for training. Default: 0.0001.
            do_caption: Whether to generate captions for the images. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "trigger_word": trigger_word,
                "learning_rate": learning_rate,
                "do_caption": do_caption,
                "data_archive_format": data_archive_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        steps: int,
        trigger_word: str | Omit = omit,
        learning_rate: float | Omit = omit,
        do_caption: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanVideoLoraTrainingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 5000.
            trigger_word: The trigger word to use. Default: "".
            learning_rate: Learning rate to use for training. Default: 0.0001.
            do_caption: Whether to generate captions for the images. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "trigger_word": trigger_word,
                "learning_rate": learning_rate,
                "do_caption": do_caption,
                "data_archive_format": data_archive_format,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanVideoLoraTraining(
    AsyncEndpoint[HunyuanVideoLoraTrainingInput, HunyuanVideoLoraTrainingOutput]
):
    """Hunyuan Video Lora Training (`fal-ai/hunyuan-video-lora-training`).

    Category: training. Docs: https://fal.ai/models/fal-ai/hunyuan-video-lora-training/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-lora-training"
    input_model: ClassVar[type[HunyuanVideoLoraTrainingInput]] = HunyuanVideoLoraTrainingInput
    output_model: ClassVar[type[HunyuanVideoLoraTrainingOutput]] = HunyuanVideoLoraTrainingOutput
    Input = HunyuanVideoLoraTrainingInput
    Output = HunyuanVideoLoraTrainingOutput

    async def subscribe(
        self,
        *,
        images_data_url: FileInput,
        steps: int,
        trigger_word: str | Omit = omit,
        learning_rate: float | Omit = omit,
        do_caption: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanVideoLoraTrainingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 5000.
            trigger_word: The trigger word to use. Default: "".
            learning_rate: Learning rate to use for training. Default: 0.0001.
            do_caption: Whether to generate captions for the images. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "trigger_word": trigger_word,
                "learning_rate": learning_rate,
                "do_caption": do_caption,
                "data_archive_format": data_archive_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        images_data_url: FileInput,
        steps: int,
        trigger_word: str | Omit = omit,
        learning_rate: float | Omit = omit,
        do_caption: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanVideoLoraTrainingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 5000.
            trigger_word: The trigger word to use. Default: "".
            learning_rate: Learning rate to use for training. Default: 0.0001.
            do_caption: Whether to generate captions for the images. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "trigger_word": trigger_word,
                "learning_rate": learning_rate,
                "do_caption": do_caption,
                "data_archive_format": data_archive_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        images_data_url: FileInput,
        steps: int,
        trigger_word: str | Omit = omit,
        learning_rate: float | Omit = omit,
        do_caption: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoLoraTrainingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 5000.
            trigger_word: The trigger word to use. Default: "".
            learning_rate: Learning rate to use for training. Default: 0.0001.
            do_caption: Whether to generate captions for the images. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "trigger_word": trigger_word,
                "learning_rate": learning_rate,
                "do_caption": do_caption,
                "data_archive_format": data_archive_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        steps: int,
        trigger_word: str | Omit = omit,
        learning_rate: float | Omit = omit,
        do_caption: bool | Omit = omit,
        data_archive_format: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanVideoLoraTrainingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images. Try to use at least 4 images in general
                the more the better. In addition to images the archive can contain text files with
                captions. Each text file should have the same name as the image file it corresponds
                to. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            steps: Number of steps to train the LoRA on. Limits: minimum 1, maximum 5000.
            trigger_word: The trigger word to use. Default: "".
            learning_rate: Learning rate to use for training. Default: 0.0001.
            do_caption: Whether to generate captions for the images. Default: true.
            data_archive_format: The format of the archive. If not specified, the format will be
                inferred from the URL.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "steps": steps,
                "trigger_word": trigger_word,
                "learning_rate": learning_rate,
                "do_caption": do_caption,
                "data_archive_format": data_archive_format,
            }
        )
        return self._stream(payload, options)
