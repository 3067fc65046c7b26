# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-video-trainer` (Ltx Video Trainer)."""

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
from fal_models.models.ltx_video_trainer import (
    LtxVideoTrainerInput,
    LtxVideoTrainerOutput,
    Validation,
)

__all__ = [
    "LtxVideoTrainer",
    "AsyncLtxVideoTrainer",
    "LtxVideoTrainerInput",
    "LtxVideoTrainerOutput",
]


class LtxVideoTrainer(SyncEndpoint[LtxVideoTrainerInput, LtxVideoTrainerOutput]):
    """Ltx Video Trainer (`fal-ai/ltx-video-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/ltx-video-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-trainer"
    input_model: ClassVar[type[LtxVideoTrainerInput]] = LtxVideoTrainerInput
    output_model: ClassVar[type[LtxVideoTrainerOutput]] = LtxVideoTrainerOutput
    Input = LtxVideoTrainerInput
    Output = LtxVideoTrainerOutput

    def subscribe(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        validation: list[Validation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        validation_reverse: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LtxVideoTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA. Default: 128.
            number_of_steps: The number of steps to train for. Default: 1000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            number_of_frames: The number of frames to use for training. This is the number of frames
                per second multiplied by the number of seconds. Default: 81. Limits: minimum 25,
                maximum 121.
            frame_rate: The target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: The resolution to use for training. This is the resolution of the video.
                Default: "medium".
            aspect_ratio: The aspect ratio to use for training. This is the aspect ratio of the
                video. Default: "1:1".
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. If you provide captions for a split video, the caption will be
                applied to each scene. If you do not provide captions, scenes will be
                auto-captioned. This option has no effect on image datasets. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. If you provide captions for a split video,
                the caption will be applied to each scene. If you do not provide captions, scenes
                will be auto-captioned. Default: 30. Limits: minimum 1, maximum 60.
            validation: A list of validation prompts to use during training. When providing an
                image, _all_ validation inputs must have an image. Default: []. Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "blurry,
                low quality, bad quality, out of focus".
            validation_number_of_frames: The number of frames to use for validation. Default: 81.
                Limits: minimum 8, maximum 121.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            validation_reverse: If true, the validation videos will be reversed. This is useful for
                effects that are learned in reverse and then applied in reverse. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "validation_reverse": validation_reverse,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        validation: list[Validation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        validation_reverse: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LtxVideoTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA. Default: 128.
            number_of_steps: The number of steps to train for. Default: 1000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            number_of_frames: The number of frames to use for training. This is the number of frames
                per second multiplied by the number of seconds. Default: 81. Limits: minimum 25,
                maximum 121.
            frame_rate: The target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: The resolution to use for training. This is the resolution of the video.
                Default: "medium".
            aspect_ratio: The aspect ratio to use for training. This is the aspect ratio of the
                video. Default: "1:1".
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. If you provide captions for a split video, the caption will be
                applied to each scene. If you do not provide captions, scenes will be
                auto-captioned. This option has no effect on image datasets. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. If you provide captions for a split video,
                the caption will be applied to each scene. If you do not provide captions, scenes
                will be auto-captioned. Default: 30. Limits: minimum 1, maximum 60.
            validation: A list of validation prompts to use during training. When providing an
                image, _all_ validation inputs must have an image. Default: []. Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "blurry,
                low quality, bad quality, out of focus".
            validation_number_of_frames: The number of frames to use for validation. Default: 81.
                Limits: minimum 8, maximum 121.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            validation_reverse: If true, the validation videos will be reversed. This is useful for
                effects that are learned in reverse and then applied in reverse. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "validation_reverse": validation_reverse,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        validation: list[Validation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        validation_reverse: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LtxVideoTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA. Default: 128.
            number_of_steps: The number of steps to train for. Default: 1000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            number_of_frames: The number of frames to use for training. This is the number of frames
                per second multiplied by the number of seconds. Default: 81. Limits: minimum 25,
                maximum 121.
            frame_rate: The target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: The resolution to use for training. This is the resolution of the video.
                Default: "medium".
            aspect_ratio: The aspect ratio to use for training. This is the aspect ratio of the
                video. Default: "1:1".
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. If you provide captions for a split video, the caption will be
                applied to each scene. If you do not provide captions, scenes will be
                auto-captioned. This option has no effect on image datasets. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. If you provide captions for a split video,
                the caption will be applied to each scene. If you do not provide captions, scenes
                will be auto-captioned. Default: 30. Limits: minimum 1, maximum 60.
            validation: A list of validation prompts to use during training. When providing an
                image, _all_ validation inputs must have an image. Default: []. Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "blurry,
                low quality, bad quality, out of focus".
            validation_number_of_frames: The number of frames to use for validation. Default: 81.
                Limits: minimum 8, maximum 121.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            validation_reverse: If true, the validation videos will be reversed. This is useful for
                effects that are learned in reverse and then applied in reverse. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "validation_reverse": validation_reverse,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        validation: list[Validation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        validation_reverse: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LtxVideoTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA. Default: 128.
            number_of_steps: The number of steps to train for. Default: 1000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            number_of_frames: The number of frames to use for training. This is the number of frames
                per second multiplied by the number of seconds. Default: 81. Limits: minimum 25,
                maximum 121.
            frame_rate: The target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: The resolution to use for training. This is the resolution of the video.
                Default: "medium".
            aspect_ratio: The aspect ratio to use for training. This is the aspect ratio of the
                video. Default: "1:1".
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. If you provide captions for a split video, the caption will be
                applied to each scene. If you do not provide captions, scenes will be
                auto-captioned. This option has no effect on image datasets. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. If you provide captions for a split video,
                the caption will be applied to each scene. If you do not provide captions, scenes
                will be auto-captioned. Default: 30. Limits: minimum 1, maximum 60.
            validation: A list of validation prompts to use during training. When providing an
                image, _all_ validation inputs must have an image. Default: []. Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "blurry,
                low quality, bad quality, out of focus".
            validation_number_of_frames: The number of frames to use for validation. Default: 81.
                Limits: minimum 8, maximum 121.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            validation_reverse: If true, the validation videos will be reversed. This is useful for
                effects that are learned in reverse and then applied in reverse. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "validation_reverse": validation_reverse,
            }
        )
        return self._stream(payload, options)


class AsyncLtxVideoTrainer(AsyncEndpoint[LtxVideoTrainerInput, LtxVideoTrainerOutput]):
    """Ltx Video Trainer (`fal-ai/ltx-video-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/ltx-video-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-trainer"
    input_model: ClassVar[type[LtxVideoTrainerInput]] = LtxVideoTrainerInput
    output_model: ClassVar[type[LtxVideoTrainerOutput]] = LtxVideoTrainerOutput
    Input = LtxVideoTrainerInput
    Output = LtxVideoTrainerOutput

    async def subscribe(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        validation: list[Validation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        validation_reverse: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LtxVideoTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA. Default: 128.
            number_of_steps: The number of steps to train for. Default: 1000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            number_of_frames: The number of frames to use for training. This is the number of frames
                per second multiplied by the number of seconds. Default: 81. Limits: minimum 25,
                maximum 121.
            frame_rate: The target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: The resolution to use for training. This is the resolution of the video.
                Default: "medium".
            aspect_ratio: The aspect ratio to use for training. This is the aspect ratio of the
                video. Default: "1:1".
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. If you provide captions for a split video, the caption will be
                applied to each scene. If you do not provide captions, scenes will be
                auto-captioned. This option has no effect on image datasets. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. If you provide captions for a split video,
                the caption will be applied to each scene. If you do not provide captions, scenes
                will be auto-captioned. Default: 30. Limits: minimum 1, maximum 60.
            validation: A list of validation prompts to use during training. When providing an
                image, _all_ validation inputs must have an image. Default: []. Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "blurry,
                low quality, bad quality, out of focus".
            validation_number_of_frames: The number of frames to use for validation. Default: 81.
                Limits: minimum 8, maximum 121.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            validation_reverse: If true, the validation videos will be reversed. This is useful for
                effects that are learned in reverse and then applied in reverse. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "validation_reverse": validation_reverse,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        validation: list[Validation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        validation_reverse: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LtxVideoTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA. Default: 128.
            number_of_steps: The number of steps to train for. Default: 1000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            number_of_frames: The number of frames to use for training. This is the number of frames
                per second multiplied by the number of seconds. Default: 81. Limits: minimum 25,
                maximum 121.
            frame_rate: The target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: The resolution to use for training. This is the resolution of the video.
                Default: "medium".
            aspect_ratio: The aspect ratio to use for training. This is the aspect ratio of the
                video. Default: "1:1".
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. If you provide captions for a split video, the caption will be
                applied to each scene. If you do not provide captions, scenes will be
                auto-captioned. This option has no effect on image datasets. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. If you provide captions for a split video,
                the caption will be applied to each scene. If you do not provide captions, scenes
                will be auto-captioned. Default: 30. Limits: minimum 1, maximum 60.
            validation: A list of validation prompts to use during training. When providing an
                image, _all_ validation inputs must have an image. Default: []. Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "blurry,
                low quality, bad quality, out of focus".
            validation_number_of_frames: The number of frames to use for validation. Default: 81.
                Limits: minimum 8, maximum 121.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            validation_reverse: If true, the validation videos will be reversed. This is useful for
                effects that are learned in reverse and then applied in reverse. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "validation_reverse": validation_reverse,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        validation: list[Validation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        validation_reverse: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LtxVideoTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA. Default: 128.
            number_of_steps: The number of steps to train for. Default: 1000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            number_of_frames: The number of frames to use for training. This is the number of frames
                per second multiplied by the number of seconds. Default: 81. Limits: minimum 25,
                maximum 121.
            frame_rate: The target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: The resolution to use for training. This is the resolution of the video.
                Default: "medium".
            aspect_ratio: The aspect ratio to use for training. This is the aspect ratio of the
                video. Default: "1:1".
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. If you provide captions for a split video, the caption will be
                applied to each scene. If you do not provide captions, scenes will be
                auto-captioned. This option has no effect on image datasets. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. If you provide captions for a split video,
                the caption will be applied to each scene. If you do not provide captions, scenes
                will be auto-captioned. Default: 30. Limits: minimum 1, maximum 60.
            validation: A list of validation prompts to use during training. When providing an
                image, _all_ validation inputs must have an image. Default: []. Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "blurry,
                low quality, bad quality, out of focus".
            validation_number_of_frames: The number of frames to use for validation. Default: 81.
                Limits: minimum 8, maximum 121.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            validation_reverse: If true, the validation videos will be reversed. This is useful for
                effects that are learned in reverse and then applied in reverse. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "validation_reverse": validation_reverse,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        learning_rate: float | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        validation: list[Validation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        validation_reverse: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LtxVideoTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA. Default: 128.
            number_of_steps: The number of steps to train for. Default: 1000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            number_of_frames: The number of frames to use for training. This is the number of frames
                per second multiplied by the number of seconds. Default: 81. Limits: minimum 25,
                maximum 121.
            frame_rate: The target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: The resolution to use for training. This is the resolution of the video.
                Default: "medium".
            aspect_ratio: The aspect ratio to use for training. This is the aspect ratio of the
                video. Default: "1:1".
            learning_rate: The rate at which the model learns. Higher values can lead to faster
                training, but over-fitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            trigger_phrase: The phrase that will trigger the model to generate an image. Default:
                "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. If you provide captions for a split video, the caption will be
                applied to each scene. If you do not provide captions, scenes will be
                auto-captioned. This option has no effect on image datasets. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. If you provide captions for a split video,
                the caption will be applied to each scene. If you do not provide captions, scenes
                will be auto-captioned. Default: 30. Limits: minimum 1, maximum 60.
            validation: A list of validation prompts to use during training. When providing an
                image, _all_ validation inputs must have an image. Default: []. Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "blurry,
                low quality, bad quality, out of focus".
            validation_number_of_frames: The number of frames to use for validation. Default: 81.
                Limits: minimum 8, maximum 121.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            validation_reverse: If true, the validation videos will be reversed. This is useful for
                effects that are learned in reverse and then applied in reverse. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "learning_rate": learning_rate,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "validation_reverse": validation_reverse,
            }
        )
        return self._stream(payload, options)
