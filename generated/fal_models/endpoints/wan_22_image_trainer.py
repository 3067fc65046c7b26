# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-22-image-trainer` (Wan 22 Image Trainer)."""

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
from fal_models.models.wan_22_image_trainer import Wan22ImageTrainerInput, Wan22ImageTrainerOutput

__all__ = [
    "Wan22ImageTrainer",
    "AsyncWan22ImageTrainer",
    "Wan22ImageTrainerInput",
    "Wan22ImageTrainerOutput",
]


class Wan22ImageTrainer(SyncEndpoint[Wan22ImageTrainerInput, Wan22ImageTrainerOutput]):
    """Wan 22 Image Trainer (`fal-ai/wan-22-image-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/wan-22-image-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-22-image-trainer"
    input_model: ClassVar[type[Wan22ImageTrainerInput]] = Wan22ImageTrainerInput
    output_model: ClassVar[type[Wan22ImageTrainerOutput]] = Wan22ImageTrainerOutput
    Input = Wan22ImageTrainerInput
    Output = Wan22ImageTrainerOutput

    def subscribe(
        self,
        *,
        training_data_url: FileInput,
        trigger_phrase: str,
        include_synthetic_captions: bool | Omit = omit,
        use_face_detection: bool | Omit = omit,
        use_face_cropping: bool | Omit = omit,
        use_masks: bool | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        is_style: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Wan22ImageTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            training_data_url: URL to the training data. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase for the model.
            include_synthetic_captions: Whether to include synthetic captions. Default: false.
            use_face_detection: Whether to use face detection for the training data. When enabled,
                images will use the center of the face as the center of the image when resizing.
                Default: true.
            use_face_cropping: Whether to use face cropping for the training data. When enabled,
                images will be cropped to the face before resizing. Default: false.
            use_masks: Whether to use masks for the training data. Default: true.
            steps: Number of training steps. Default: 1000. Limits: minimum 10, maximum 6000.
            learning_rate: Learning rate for training. Default: 0.0007. Limits: minimum 1e-06,
                maximum 0.1, multiple of 1e-06.
            is_style: Whether the training data is style data. If true, face specific options like
                masking and face detection will be disabled. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
                "include_synthetic_captions": include_synthetic_captions,
                "use_face_detection": use_face_detection,
                "use_face_cropping": use_face_cropping,
                "use_masks": use_masks,
                "steps": steps,
                "learning_rate": learning_rate,
                "is_style": is_style,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        training_data_url: FileInput,
        trigger_phrase: str,
        include_synthetic_captions: bool | Omit = omit,
        use_face_detection: bool | Omit = omit,
        use_face_cropping: bool | Omit = omit,
        use_masks: bool | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        is_style: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Wan22ImageTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            training_data_url: URL to the training data. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase for the model.
            include_synthetic_captions: Whether to include synthetic captions. Default: false.
            use_face_detection: Whether to use face detection for the training data. When enabled,
                images will use the center of the face as the center of the image when resizing.
                Default: true.
            use_face_cropping: Whether to use face cropping for the training data. When enabled,
                images will be cropped to the face before resizing. Default: false.
            use_masks: Whether to use masks for the training data. Default: true.
            steps: Number of training steps. Default: 1000. Limits: minimum 10, maximum 6000.
            learning_rate: Learning rate for training. Default: 0.0007. Limits: minimum 1e-06,
                maximum 0.1, multiple of 1e-06.
            is_style: Whether the training data is style data. If true, face specific options like
                masking and face detection will be disabled. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
                "include_synthetic_captions": include_synthetic_captions,
                "use_face_detection": use_face_detection,
                "use_face_cropping": use_face_cropping,
                "use_masks": use_masks,
                "steps": steps,
                "learning_rate": learning_rate,
                "is_style": is_style,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        training_data_url: FileInput,
        trigger_phrase: str,
        include_synthetic_captions: bool | Omit = omit,
        use_face_detection: bool | Omit = omit,
        use_face_cropping: bool | Omit = omit,
        use_masks: bool | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        is_style: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan22ImageTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            training_data_url: URL to the training data. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase for the model.
            include_synthetic_captions: Whether to include synthetic captions. Default: false.
            use_face_detection: Whether to use face detection for the training data. When enabled,
                images will use the center of the face as the center of the image when resizing.
                Default: true.
            use_face_cropping: Whether to use face cropping for the training data. When enabled,
                images will be cropped to the face before resizing. Default: false.
            use_masks: Whether to use masks for the training data. Default: true.
            steps: Number of training steps. Default: 1000. Limits: minimum 10, maximum 6000.
            learning_rate: Learning rate for training. Default: 0.0007. Limits: minimum 1e-06,
                maximum 0.1, multiple of 1e-06.
            is_style: Whether the training data is style data. If true, face specific options like
                masking and face detection will be disabled. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
                "include_synthetic_captions": include_synthetic_captions,
                "use_face_detection": use_face_detection,
                "use_face_cropping": use_face_cropping,
                "use_masks": use_masks,
                "steps": steps,
                "learning_rate": learning_rate,
                "is_style": is_style,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        training_data_url: FileInput,
        trigger_phrase: str,
        include_synthetic_captions: bool | Omit = omit,
        use_face_detection: bool | Omit = omit,
        use_face_cropping: bool | Omit = omit,
        use_masks: bool | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        is_style: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Wan22ImageTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            training_data_url: URL to the training data. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase for the model.
            include_synthetic_captions: Whether to include synthetic captions. Default: false.
            use_face_detection: Whether to use face detection for the training data. When enabled,
                images will use the center of the face as the center of the image when resizing.
                Default: true.
            use_face_cropping: Whether to use face cropping for the training data. When enabled,
                images will be cropped to the face before resizing. Default: false.
            use_masks: Whether to use masks for the training data. Default: true.
            steps: Number of training steps. Default: 1000. Limits: minimum 10, maximum 6000.
            learning_rate: Learning rate for training. Default: 0.0007. Limits: minimum 1e-06,
                maximum 0.1, multiple of 1e-06.
            is_style: Whether the training data is style data. If true, face specific options like
                masking and face detection will be disabled. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
                "include_synthetic_captions": include_synthetic_captions,
                "use_face_detection": use_face_detection,
                "use_face_cropping": use_face_cropping,
                "use_masks": use_masks,
                "steps": steps,
                "learning_rate": learning_rate,
                "is_style": is_style,
            }
        )
        return self._stream(payload, options)


class AsyncWan22ImageTrainer(AsyncEndpoint[Wan22ImageTrainerInput, Wan22ImageTrainerOutput]):
    """Wan 22 Image Trainer (`fal-ai/wan-22-image-trainer`).

    Category: training. Docs: https://fal.ai/models/fal-ai/wan-22-image-trainer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-22-image-trainer"
    input_model: ClassVar[type[Wan22ImageTrainerInput]] = Wan22ImageTrainerInput
    output_model: ClassVar[type[Wan22ImageTrainerOutput]] = Wan22ImageTrainerOutput
    Input = Wan22ImageTrainerInput
    Output = Wan22ImageTrainerOutput

    async def subscribe(
        self,
        *,
        training_data_url: FileInput,
        trigger_phrase: str,
        include_synthetic_captions: bool | Omit = omit,
        use_face_detection: bool | Omit = omit,
        use_face_cropping: bool | Omit = omit,
        use_masks: bool | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        is_style: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Wan22ImageTrainerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            training_data_url: URL to the training data. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase for the model.
            include_synthetic_captions: Whether to include synthetic captions. Default: false.
            use_face_detection: Whether to use face detection for the training data. When enabled,
                images will use the center of the face as the center of the image when resizing.
                Default: true.
            use_face_cropping: Whether to use face cropping for the training data. When enabled,
                images will be cropped to the face before resizing. Default: false.
            use_masks: Whether to use masks for the training data. Default: true.
            steps: Number of training steps. Default: 1000. Limits: minimum 10, maximum 6000.
            learning_rate: Learning rate for training. Default: 0.0007. Limits: minimum 1e-06,
                maximum 0.1, multiple of 1e-06.
            is_style: Whether the training data is style data. If true, face specific options like
                masking and face detection will be disabled. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
                "include_synthetic_captions": include_synthetic_captions,
                "use_face_detection": use_face_detection,
                "use_face_cropping": use_face_cropping,
                "use_masks": use_masks,
                "steps": steps,
                "learning_rate": learning_rate,
                "is_style": is_style,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        training_data_url: FileInput,
        trigger_phrase: str,
        include_synthetic_captions: bool | Omit = omit,
        use_face_detection: bool | Omit = omit,
        use_face_cropping: bool | Omit = omit,
        use_masks: bool | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        is_style: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Wan22ImageTrainerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            training_data_url: URL to the training data. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase for the model.
            include_synthetic_captions: Whether to include synthetic captions. Default: false.
            use_face_detection: Whether to use face detection for the training data. When enabled,
                images will use the center of the face as the center of the image when resizing.
                Default: true.
            use_face_cropping: Whether to use face cropping for the training data. When enabled,
                images will be cropped to the face before resizing. Default: false.
            use_masks: Whether to use masks for the training data. Default: true.
            steps: Number of training steps. Default: 1000. Limits: minimum 10, maximum 6000.
            learning_rate: Learning rate for training. Default: 0.0007. Limits: minimum 1e-06,
                maximum 0.1, multiple of 1e-06.
            is_style: Whether the training data is style data. If true, face specific options like
                masking and face detection will be disabled. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
                "include_synthetic_captions": include_synthetic_captions,
                "use_face_detection": use_face_detection,
                "use_face_cropping": use_face_cropping,
                "use_masks": use_masks,
                "steps": steps,
                "learning_rate": learning_rate,
                "is_style": is_style,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        training_data_url: FileInput,
        trigger_phrase: str,
        include_synthetic_captions: bool | Omit = omit,
        use_face_detection: bool | Omit = omit,
        use_face_cropping: bool | Omit = omit,
        use_masks: bool | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        is_style: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan22ImageTrainerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            training_data_url: URL to the training data. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase for the model.
            include_synthetic_captions: Whether to include synthetic captions. Default: false.
            use_face_detection: Whether to use face detection for the training data. When enabled,
                images will use the center of the face as the center of the image when resizing.
                Default: true.
            use_face_cropping: Whether to use face cropping for the training data. When enabled,
                images will be cropped to the face before resizing. Default: false.
            use_masks: Whether to use masks for the training data. Default: true.
            steps: Number of training steps. Default: 1000. Limits: minimum 10, maximum 6000.
            learning_rate: Learning rate for training. Default: 0.0007. Limits: minimum 1e-06,
                maximum 0.1, multiple of 1e-06.
            is_style: Whether the training data is style data. If true, face specific options like
                masking and face detection will be disabled. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
                "include_synthetic_captions": include_synthetic_captions,
                "use_face_detection": use_face_detection,
                "use_face_cropping": use_face_cropping,
                "use_masks": use_masks,
                "steps": steps,
                "learning_rate": learning_rate,
                "is_style": is_style,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        training_data_url: FileInput,
        trigger_phrase: str,
        include_synthetic_captions: bool | Omit = omit,
        use_face_detection: bool | Omit = omit,
        use_face_cropping: bool | Omit = omit,
        use_masks: bool | Omit = omit,
        steps: int | Omit = omit,
        learning_rate: float | Omit = omit,
        is_style: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Wan22ImageTrainerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            training_data_url: URL to the training data. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            trigger_phrase: Trigger phrase for the model.
            include_synthetic_captions: Whether to include synthetic captions. Default: false.
            use_face_detection: Whether to use face detection for the training data. When enabled,
                images will use the center of the face as the center of the image when resizing.
                Default: true.
            use_face_cropping: Whether to use face cropping for the training data. When enabled,
                images will be cropped to the face before resizing. Default: false.
            use_masks: Whether to use masks for the training data. Default: true.
            steps: Number of training steps. Default: 1000. Limits: minimum 10, maximum 6000.
            learning_rate: Learning rate for training. Default: 0.0007. Limits: minimum 1e-06,
                maximum 0.1, multiple of 1e-06.
            is_style: Whether the training data is style data. If true, face specific options like
                masking and face detection will be disabled. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "training_data_url": training_data_url,
                "trigger_phrase": trigger_phrase,
                "include_synthetic_captions": include_synthetic_captions,
                "use_face_detection": use_face_detection,
                "use_face_cropping": use_face_cropping,
                "use_masks": use_masks,
                "steps": steps,
                "learning_rate": learning_rate,
                "is_style": is_style,
            }
        )
        return self._stream(payload, options)
