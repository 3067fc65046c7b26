# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx23-v2v-trainer` (Ltx23 V2v Trainer)."""

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
from fal_models.models.ltx23_v2v_trainer import (
    Ltx23V2vTrainerInput,
    Ltx23V2vTrainerOutput,
    V2VValidation,
)

__all__ = [
    "Ltx23V2vTrainer",
    "AsyncLtx23V2vTrainer",
    "Ltx23V2vTrainerInput",
    "Ltx23V2vTrainerOutput",
]


class Ltx23V2vTrainer(SyncEndpoint[Ltx23V2vTrainerInput, Ltx23V2vTrainerOutput]):
    """Ltx23 V2v Trainer (`fal-ai/ltx23-v2v-trainer`).

    Input configuration for LTX-2.3 video-to-video (IC-LoRA) training.

    Category: training. Docs: https://fal.ai/models/fal-ai/ltx23-v2v-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx23-v2v-trainer"
    input_model: ClassVar[type[Ltx23V2vTrainerInput]] = Ltx23V2vTrainerInput
    output_model: ClassVar[type[Ltx23V2vTrainerOutput]] = Ltx23V2vTrainerOutput
    Input = Ltx23V2vTrainerInput
    Output = Ltx23V2vTrainerOutput

    def subscribe(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        debug_dataset: bool | Omit = omit,
        first_frame_conditioning_p: float | Omit = omit,
        validation: list[V2VValidation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_frame_rate: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        stg_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx23V2vTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA adaptation. Higher values increase capacity but use more
                memory. Default: 32.
            number_of_steps: The number of training steps. Default: 2000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            learning_rate: Learning rate for optimization. Higher values can lead to faster training
                but may cause overfitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            number_of_frames: Number of frames per training sample. Must satisfy frames % 8 == 1
                (e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97). Default: 89. Limits:
                minimum 9, maximum 121.
            frame_rate: Target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: Resolution to use for training. Higher resolutions require more memory.
                Default: "medium".
            aspect_ratio: Aspect ratio to use for training. Default: "1:1".
            trigger_phrase: A phrase that will trigger the LoRA style. Will be prepended to captions
                during training. Default: "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. Default: 30. Limits: minimum 1, maximum 60.
            debug_dataset: When enabled, the trainer returns a downloadable archive of your
                preprocessed training data for manual inspection. Use this to verify that your
                videos, images, and captions were processed correctly before committing to a full
                training run. Default: false.
            first_frame_conditioning_p: Probability of conditioning on the first frame during
                training. Lower values work better for video-to-video transformation. Default: 0.1.
                Limits: minimum 0, maximum 1.
            validation: A list of validation inputs with prompts and reference videos. Default: [].
                Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "worst
                quality, inconsistent motion, blurry, jittery, distorted".
            validation_number_of_frames: The number of frames in validation videos. Default: 89.
                Limits: minimum 9, maximum 121.
            validation_frame_rate: Target frames per second for validation videos. Default: 25.
                Limits: minimum 8, maximum 60.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            stg_scale: STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is
                1.0. Default: 1. Limits: minimum 0, maximum 3.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "debug_dataset": debug_dataset,
                "first_frame_conditioning_p": first_frame_conditioning_p,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_frame_rate": validation_frame_rate,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "stg_scale": stg_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        debug_dataset: bool | Omit = omit,
        first_frame_conditioning_p: float | Omit = omit,
        validation: list[V2VValidation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_frame_rate: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        stg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx23V2vTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA adaptation. Higher values increase capacity but use more
                memory. Default: 32.
            number_of_steps: The number of training steps. Default: 2000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            learning_rate: Learning rate for optimization. Higher values can lead to faster training
                but may cause overfitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            number_of_frames: Number of frames per training sample. Must satisfy frames % 8 == 1
                (e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97). Default: 89. Limits:
                minimum 9, maximum 121.
            frame_rate: Target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: Resolution to use for training. Higher resolutions require more memory.
                Default: "medium".
            aspect_ratio: Aspect ratio to use for training. Default: "1:1".
            trigger_phrase: A phrase that will trigger the LoRA style. Will be prepended to captions
                during training. Default: "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. Default: 30. Limits: minimum 1, maximum 60.
            debug_dataset: When enabled, the trainer returns a downloadable archive of your
                preprocessed training data for manual inspection. Use this to verify that your
                videos, images, and captions were processed correctly before committing to a full
                training run. Default: false.
            first_frame_conditioning_p: Probability of conditioning on the first frame during
                training. Lower values work better for video-to-video transformation. Default: 0.1.
                Limits: minimum 0, maximum 1.
            validation: A list of validation inputs with prompts and reference videos. Default: [].
                Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "worst
                quality, inconsistent motion, blurry, jittery, distorted".
            validation_number_of_frames: The number of frames in validation videos. Default: 89.
                Limits: minimum 9, maximum 121.
            validation_frame_rate: Target frames per second for validation videos. Default: 25.
                Limits: minimum 8, maximum 60.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            stg_scale: STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is
                1.0. Default: 1. Limits: minimum 0, maximum 3.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "debug_dataset": debug_dataset,
                "first_frame_conditioning_p": first_frame_conditioning_p,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_frame_rate": validation_frame_rate,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "stg_scale": stg_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        debug_dataset: bool | Omit = omit,
        first_frame_conditioning_p: float | Omit = omit,
        validation: list[V2VValidation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_frame_rate: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        stg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx23V2vTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA adaptation. Higher values increase capacity but use more
                memory. Default: 32.
            number_of_steps: The number of training steps. Default: 2000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            learning_rate: Learning rate for optimization. Higher values can lead to faster training
                but may cause overfitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            number_of_frames: Number of frames per training sample. Must satisfy frames % 8 == 1
                (e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97). Default: 89. Limits:
                minimum 9, maximum 121.
            frame_rate: Target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: Resolution to use for training. Higher resolutions require more memory.
                Default: "medium".
            aspect_ratio: Aspect ratio to use for training. Default: "1:1".
            trigger_phrase: A phrase that will trigger the LoRA style. Will be prepended to captions
                during training. Default: "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. Default: 30. Limits: minimum 1, maximum 60.
            debug_dataset: When enabled, the trainer returns a downloadable archive of your
                preprocessed training data for manual inspection. Use this to verify that your
                videos, images, and captions were processed correctly before committing to a full
                training run. Default: false.
            first_frame_conditioning_p: Probability of conditioning on the first frame during
                training. Lower values work better for video-to-video transformation. Default: 0.1.
                Limits: minimum 0, maximum 1.
            validation: A list of validation inputs with prompts and reference videos. Default: [].
                Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "worst
                quality, inconsistent motion, blurry, jittery, distorted".
            validation_number_of_frames: The number of frames in validation videos. Default: 89.
                Limits: minimum 9, maximum 121.
            validation_frame_rate: Target frames per second for validation videos. Default: 25.
                Limits: minimum 8, maximum 60.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            stg_scale: STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is
                1.0. Default: 1. Limits: minimum 0, maximum 3.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "debug_dataset": debug_dataset,
                "first_frame_conditioning_p": first_frame_conditioning_p,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_frame_rate": validation_frame_rate,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "stg_scale": stg_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        debug_dataset: bool | Omit = omit,
        first_frame_conditioning_p: float | Omit = omit,
        validation: list[V2VValidation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_frame_rate: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        stg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx23V2vTrainerOutput]:
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
            rank: The rank of the LoRA adaptation. Higher values increase capacity but use more
                memory. Default: 32.
            number_of_steps: The number of training steps. Default: 2000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            learning_rate: Learning rate for optimization. Higher values can lead to faster training
                but may cause overfitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            number_of_frames: Number of frames per training sample. Must satisfy frames % 8 == 1
                (e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97). Default: 89. Limits:
                minimum 9, maximum 121.
            frame_rate: Target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: Resolution to use for training. Higher resolutions require more memory.
                Default: "medium".
            aspect_ratio: Aspect ratio to use for training. Default: "1:1".
            trigger_phrase: A phrase that will trigger the LoRA style. Will be prepended to captions
                during training. Default: "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. Default: 30. Limits: minimum 1, maximum 60.
            debug_dataset: When enabled, the trainer returns a downloadable archive of your
                preprocessed training data for manual inspection. Use this to verify that your
                videos, images, and captions were processed correctly before committing to a full
                training run. Default: false.
            first_frame_conditioning_p: Probability of conditioning on the first frame during
                training. Lower values work better for video-to-video transformation. Default: 0.1.
                Limits: minimum 0, maximum 1.
            validation: A list of validation inputs with prompts and reference videos. Default: [].
                Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "worst
                quality, inconsistent motion, blurry, jittery, distorted".
            validation_number_of_frames: The number of frames in validation videos. Default: 89.
                Limits: minimum 9, maximum 121.
            validation_frame_rate: Target frames per second for validation videos. Default: 25.
                Limits: minimum 8, maximum 60.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            stg_scale: STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is
                1.0. Default: 1. Limits: minimum 0, maximum 3.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "debug_dataset": debug_dataset,
                "first_frame_conditioning_p": first_frame_conditioning_p,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_frame_rate": validation_frame_rate,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "stg_scale": stg_scale,
            }
        )
        return self._stream(payload, options)


class AsyncLtx23V2vTrainer(AsyncEndpoint[Ltx23V2vTrainerInput, Ltx23V2vTrainerOutput]):
    """Ltx23 V2v Trainer (`fal-ai/ltx23-v2v-trainer`).

    Input configuration for LTX-2.3 video-to-video (IC-LoRA) training.

    Category: training. Docs: https://fal.ai/models/fal-ai/ltx23-v2v-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx23-v2v-trainer"
    input_model: ClassVar[type[Ltx23V2vTrainerInput]] = Ltx23V2vTrainerInput
    output_model: ClassVar[type[Ltx23V2vTrainerOutput]] = Ltx23V2vTrainerOutput
    Input = Ltx23V2vTrainerInput
    Output = Ltx23V2vTrainerOutput

    async def subscribe(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        debug_dataset: bool | Omit = omit,
        first_frame_conditioning_p: float | Omit = omit,
        validation: list[V2VValidation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_frame_rate: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        stg_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx23V2vTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA adaptation. Higher values increase capacity but use more
                memory. Default: 32.
            number_of_steps: The number of training steps. Default: 2000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            learning_rate: Learning rate for optimization. Higher values can lead to faster training
                but may cause overfitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            number_of_frames: Number of frames per training sample. Must satisfy frames % 8 == 1
                (e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97). Default: 89. Limits:
                minimum 9, maximum 121.
            frame_rate: Target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: Resolution to use for training. Higher resolutions require more memory.
                Default: "medium".
            aspect_ratio: Aspect ratio to use for training. Default: "1:1".
            trigger_phrase: A phrase that will trigger the LoRA style. Will be prepended to captions
                during training. Default: "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. Default: 30. Limits: minimum 1, maximum 60.
            debug_dataset: When enabled, the trainer returns a downloadable archive of your
                preprocessed training data for manual inspection. Use this to verify that your
                videos, images, and captions were processed correctly before committing to a full
                training run. Default: false.
            first_frame_conditioning_p: Probability of conditioning on the first frame during
                training. Lower values work better for video-to-video transformation. Default: 0.1.
                Limits: minimum 0, maximum 1.
            validation: A list of validation inputs with prompts and reference videos. Default: [].
                Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "worst
                quality, inconsistent motion, blurry, jittery, distorted".
            validation_number_of_frames: The number of frames in validation videos. Default: 89.
                Limits: minimum 9, maximum 121.
            validation_frame_rate: Target frames per second for validation videos. Default: 25.
                Limits: minimum 8, maximum 60.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            stg_scale: STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is
                1.0. Default: 1. Limits: minimum 0, maximum 3.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "debug_dataset": debug_dataset,
                "first_frame_conditioning_p": first_frame_conditioning_p,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_frame_rate": validation_frame_rate,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "stg_scale": stg_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        debug_dataset: bool | Omit = omit,
        first_frame_conditioning_p: float | Omit = omit,
        validation: list[V2VValidation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_frame_rate: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        stg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx23V2vTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA adaptation. Higher values increase capacity but use more
                memory. Default: 32.
            number_of_steps: The number of training steps. Default: 2000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            learning_rate: Learning rate for optimization. Higher values can lead to faster training
                but may cause overfitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            number_of_frames: Number of frames per training sample. Must satisfy frames % 8 == 1
                (e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97). Default: 89. Limits:
                minimum 9, maximum 121.
            frame_rate: Target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: Resolution to use for training. Higher resolutions require more memory.
                Default: "medium".
            aspect_ratio: Aspect ratio to use for training. Default: "1:1".
            trigger_phrase: A phrase that will trigger the LoRA style. Will be prepended to captions
                during training. Default: "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. Default: 30. Limits: minimum 1, maximum 60.
            debug_dataset: When enabled, the trainer returns a downloadable archive of your
                preprocessed training data for manual inspection. Use this to verify that your
                videos, images, and captions were processed correctly before committing to a full
                training run. Default: false.
            first_frame_conditioning_p: Probability of conditioning on the first frame during
                training. Lower values work better for video-to-video transformation. Default: 0.1.
                Limits: minimum 0, maximum 1.
            validation: A list of validation inputs with prompts and reference videos. Default: [].
                Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "worst
                quality, inconsistent motion, blurry, jittery, distorted".
            validation_number_of_frames: The number of frames in validation videos. Default: 89.
                Limits: minimum 9, maximum 121.
            validation_frame_rate: Target frames per second for validation videos. Default: 25.
                Limits: minimum 8, maximum 60.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            stg_scale: STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is
                1.0. Default: 1. Limits: minimum 0, maximum 3.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "debug_dataset": debug_dataset,
                "first_frame_conditioning_p": first_frame_conditioning_p,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_frame_rate": validation_frame_rate,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "stg_scale": stg_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        debug_dataset: bool | Omit = omit,
        first_frame_conditioning_p: float | Omit = omit,
        validation: list[V2VValidation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_frame_rate: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        stg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx23V2vTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            training_data_url: URL to zip archive with videos or images. Try to use at least 10
                files, although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv
                **Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY
                videos OR ONLY images - mixed datasets are not supported. The archive can also
                contain text files with captions. Each text file should have the same name as the
                media file it corresponds to. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            rank: The rank of the LoRA adaptation. Higher values increase capacity but use more
                memory. Default: 32.
            number_of_steps: The number of training steps. Default: 2000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            learning_rate: Learning rate for optimization. Higher values can lead to faster training
                but may cause overfitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            number_of_frames: Number of frames per training sample. Must satisfy frames % 8 == 1
                (e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97). Default: 89. Limits:
                minimum 9, maximum 121.
            frame_rate: Target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: Resolution to use for training. Higher resolutions require more memory.
                Default: "medium".
            aspect_ratio: Aspect ratio to use for training. Default: "1:1".
            trigger_phrase: A phrase that will trigger the LoRA style. Will be prepended to captions
                during training. Default: "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. Default: 30. Limits: minimum 1, maximum 60.
            debug_dataset: When enabled, the trainer returns a downloadable archive of your
                preprocessed training data for manual inspection. Use this to verify that your
                videos, images, and captions were processed correctly before committing to a full
                training run. Default: false.
            first_frame_conditioning_p: Probability of conditioning on the first frame during
                training. Lower values work better for video-to-video transformation. Default: 0.1.
                Limits: minimum 0, maximum 1.
            validation: A list of validation inputs with prompts and reference videos. Default: [].
                Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "worst
                quality, inconsistent motion, blurry, jittery, distorted".
            validation_number_of_frames: The number of frames in validation videos. Default: 89.
                Limits: minimum 9, maximum 121.
            validation_frame_rate: Target frames per second for validation videos. Default: 25.
                Limits: minimum 8, maximum 60.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            stg_scale: STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is
                1.0. Default: 1. Limits: minimum 0, maximum 3.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "debug_dataset": debug_dataset,
                "first_frame_conditioning_p": first_frame_conditioning_p,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_frame_rate": validation_frame_rate,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "stg_scale": stg_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        training_data_url: FileInput,
        rank: Literal[8, 16, 32, 64, 128] | Omit = omit,
        number_of_steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        number_of_frames: int | Omit = omit,
        frame_rate: int | Omit = omit,
        resolution: Literal["low", "medium", "high"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        trigger_phrase: str | Omit = omit,
        auto_scale_input: bool | Omit = omit,
        split_input_into_scenes: bool | Omit = omit,
        split_input_duration_threshold: float | Omit = omit,
        debug_dataset: bool | Omit = omit,
        first_frame_conditioning_p: float | Omit = omit,
        validation: list[V2VValidation] | Omit = omit,
        validation_negative_prompt: str | Omit = omit,
        validation_number_of_frames: int | Omit = omit,
        validation_frame_rate: int | Omit = omit,
        validation_resolution: Literal["low", "medium", "high"] | Omit = omit,
        validation_aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        stg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx23V2vTrainerOutput]:
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
            rank: The rank of the LoRA adaptation. Higher values increase capacity but use more
                memory. Default: 32.
            number_of_steps: The number of training steps. Default: 2000. Limits: minimum 100,
                maximum 20000. Not checked by the client: slider step 100.
            learning_rate: Learning rate for optimization. Higher values can lead to faster training
                but may cause overfitting. Default: 0.0002. Limits: minimum 1e-06, maximum 1. Not
                checked by the client: slider step 0.0001.
            number_of_frames: Number of frames per training sample. Must satisfy frames % 8 == 1
                (e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97). Default: 89. Limits:
                minimum 9, maximum 121.
            frame_rate: Target frames per second for the video. Default: 25. Limits: minimum 8,
                maximum 60.
            resolution: Resolution to use for training. Higher resolutions require more memory.
                Default: "medium".
            aspect_ratio: Aspect ratio to use for training. Default: "1:1".
            trigger_phrase: A phrase that will trigger the LoRA style. Will be prepended to captions
                during training. Default: "".
            auto_scale_input: If true, videos will be automatically scaled to the target frame count
                and fps. This option has no effect on image datasets. Default: false.
            split_input_into_scenes: If true, videos above a certain duration threshold will be
                split into scenes. Default: true.
            split_input_duration_threshold: The duration threshold in seconds. If a video is longer
                than this, it will be split into scenes. Default: 30. Limits: minimum 1, maximum 60.
            debug_dataset: When enabled, the trainer returns a downloadable archive of your
                preprocessed training data for manual inspection. Use this to verify that your
                videos, images, and captions were processed correctly before committing to a full
                training run. Default: false.
            first_frame_conditioning_p: Probability of conditioning on the first frame during
                training. Lower values work better for video-to-video transformation. Default: 0.1.
                Limits: minimum 0, maximum 1.
            validation: A list of validation inputs with prompts and reference videos. Default: [].
                Limits: max items 2.
            validation_negative_prompt: A negative prompt to use for validation. Default: "worst
                quality, inconsistent motion, blurry, jittery, distorted".
            validation_number_of_frames: The number of frames in validation videos. Default: 89.
                Limits: minimum 9, maximum 121.
            validation_frame_rate: Target frames per second for validation videos. Default: 25.
                Limits: minimum 8, maximum 60.
            validation_resolution: The resolution to use for validation. Default: "high".
            validation_aspect_ratio: The aspect ratio to use for validation. Default: "1:1".
            stg_scale: STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is
                1.0. Default: 1. Limits: minimum 0, maximum 3.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "rank": rank,
                "number_of_steps": number_of_steps,
                "learning_rate": learning_rate,
                "number_of_frames": number_of_frames,
                "frame_rate": frame_rate,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "trigger_phrase": trigger_phrase,
                "auto_scale_input": auto_scale_input,
                "split_input_into_scenes": split_input_into_scenes,
                "split_input_duration_threshold": split_input_duration_threshold,
                "debug_dataset": debug_dataset,
                "first_frame_conditioning_p": first_frame_conditioning_p,
                "validation": validation,
                "validation_negative_prompt": validation_negative_prompt,
                "validation_number_of_frames": validation_number_of_frames,
                "validation_frame_rate": validation_frame_rate,
                "validation_resolution": validation_resolution,
                "validation_aspect_ratio": validation_aspect_ratio,
                "stg_scale": stg_scale,
            }
        )
        return self._stream(payload, options)
