# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/live-portrait` (Live Portrait)."""

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
from fal_models.models.live_portrait import LivePortraitInput, LivePortraitOutput

__all__ = ["LivePortrait", "AsyncLivePortrait", "LivePortraitInput", "LivePortraitOutput"]


class LivePortrait(SyncEndpoint[LivePortraitInput, LivePortraitOutput]):
    """Live Portrait (`fal-ai/live-portrait`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/live-portrait/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/live-portrait"
    input_model: ClassVar[type[LivePortraitInput]] = LivePortraitInput
    output_model: ClassVar[type[LivePortraitOutput]] = LivePortraitOutput
    Input = LivePortraitInput
    Output = LivePortraitOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        blink: float | Omit = omit,
        eyebrow: float | Omit = omit,
        wink: float | Omit = omit,
        pupil_x: float | Omit = omit,
        pupil_y: float | Omit = omit,
        aaa: float | Omit = omit,
        eee: float | Omit = omit,
        woo: float | Omit = omit,
        smile: float | Omit = omit,
        flag_lip_zero: bool | Omit = omit,
        rotate_pitch: float | Omit = omit,
        rotate_yaw: float | Omit = omit,
        rotate_roll: float | Omit = omit,
        flag_eye_retargeting: bool | Omit = omit,
        flag_lip_retargeting: bool | Omit = omit,
        flag_stitching: bool | Omit = omit,
        flag_relative: bool | Omit = omit,
        flag_pasteback: bool | Omit = omit,
        flag_do_crop: bool | Omit = omit,
        flag_do_rot: bool | Omit = omit,
        dsize: int | Omit = omit,
        scale: float | Omit = omit,
        vx_ratio: float | Omit = omit,
        vy_ratio: float | Omit = omit,
        batch_size: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LivePortraitOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to drive the lip syncing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: URL of the image to be animated. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            blink: Amount to blink the eyes. Default: 0. Limits: minimum -30, maximum 30.
            eyebrow: Amount to raise or lower eyebrows. Default: 0. Limits: minimum -30, maximum 30.
            wink: Amount to wink. Default: 0. Limits: minimum 0, maximum 25.
            pupil_x: Amount to move pupils horizontally. Default: 0. Limits: minimum -45, maximum
                45.
            pupil_y: Amount to move pupils vertically. Default: 0. Limits: minimum -45, maximum 45.
            aaa: Amount to open mouth in 'aaa' shape. Default: 0. Limits: minimum -200, maximum 200.
            eee: Amount to shape mouth in 'eee' position. Default: 0. Limits: minimum -40, maximum
                40.
            woo: Amount to shape mouth in 'woo' position. Default: 0. Limits: minimum -100, maximum
                100.
            smile: Amount to smile. Default: 0. Limits: minimum -2, maximum 2.
            flag_lip_zero: Whether to set the lip to closed state before animation. Only takes
                effect when flag_eye_retargeting and flag_lip_retargeting are False. Default: true.
            rotate_pitch: Amount to rotate the face in pitch. Default: 0. Limits: minimum -45,
                maximum 45.
            rotate_yaw: Amount to rotate the face in yaw. Default: 0. Limits: minimum -45, maximum
                45.
            rotate_roll: Amount to rotate the face in roll. Default: 0. Limits: minimum -45, maximum
                45.
            flag_eye_retargeting: Whether to enable eye retargeting. Default: false.
            flag_lip_retargeting: Whether to enable lip retargeting. Default: false.
            flag_stitching: Whether to enable stitching. Recommended to set to True. Default: true.
            flag_relative: Whether to use relative motion. Default: true.
            flag_pasteback: Whether to paste-back/stitch the animated face cropping from the
                face-cropping space to the original image space. Default: true.
            flag_do_crop: Whether to crop the source portrait to the face-cropping space. Default:
                true.
            flag_do_rot: Whether to conduct the rotation when flag_do_crop is True. Default: true.
            dsize: Size of the output image. Default: 512.
            scale: Scaling factor for the face crop. Default: 2.3.
            vx_ratio: Horizontal offset ratio for face crop. Default: 0.
            vy_ratio: Vertical offset ratio for face crop. Positive values move up, negative values
                move down. Default: -0.125.
            batch_size: Batch size for the model. The larger the batch size, the faster the model
                will run, but the more memory it will consume. Default: 32.
            enable_safety_checker: Whether to enable the safety checker. If enabled, the model will
                check if the input image contains a face before processing it. The safety checker
                will process the input image. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "blink": blink,
                "eyebrow": eyebrow,
                "wink": wink,
                "pupil_x": pupil_x,
                "pupil_y": pupil_y,
                "aaa": aaa,
                "eee": eee,
                "woo": woo,
                "smile": smile,
                "flag_lip_zero": flag_lip_zero,
                "rotate_pitch": rotate_pitch,
                "rotate_yaw": rotate_yaw,
                "rotate_roll": rotate_roll,
                "flag_eye_retargeting": flag_eye_retargeting,
                "flag_lip_retargeting": flag_lip_retargeting,
                "flag_stitching": flag_stitching,
                "flag_relative": flag_relative,
                "flag_pasteback": flag_pasteback,
                "flag_do_crop": flag_do_crop,
                "flag_do_rot": flag_do_rot,
                "dsize": dsize,
                "scale": scale,
                "vx_ratio": vx_ratio,
                "vy_ratio": vy_ratio,
                "batch_size": batch_size,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        blink: float | Omit = omit,
        eyebrow: float | Omit = omit,
        wink: float | Omit = omit,
        pupil_x: float | Omit = omit,
        pupil_y: float | Omit = omit,
        aaa: float | Omit = omit,
        eee: float | Omit = omit,
        woo: float | Omit = omit,
        smile: float | Omit = omit,
        flag_lip_zero: bool | Omit = omit,
        rotate_pitch: float | Omit = omit,
        rotate_yaw: float | Omit = omit,
        rotate_roll: float | Omit = omit,
        flag_eye_retargeting: bool | Omit = omit,
        flag_lip_retargeting: bool | Omit = omit,
        flag_stitching: bool | Omit = omit,
        flag_relative: bool | Omit = omit,
        flag_pasteback: bool | Omit = omit,
        flag_do_crop: bool | Omit = omit,
        flag_do_rot: bool | Omit = omit,
        dsize: int | Omit = omit,
        scale: float | Omit = omit,
        vx_ratio: float | Omit = omit,
        vy_ratio: float | Omit = omit,
        batch_size: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LivePortraitOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to drive the lip syncing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: URL of the image to be animated. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            blink: Amount to blink the eyes. Default: 0. Limits: minimum -30, maximum 30.
            eyebrow: Amount to raise or lower eyebrows. Default: 0. Limits: minimum -30, maximum 30.
            wink: Amount to wink. Default: 0. Limits: minimum 0, maximum 25.
            pupil_x: Amount to move pupils horizontally. Default: 0. Limits: minimum -45, maximum
                45.
            pupil_y: Amount to move pupils vertically. Default: 0. Limits: minimum -45, maximum 45.
            aaa: Amount to open mouth in 'aaa' shape. Default: 0. Limits: minimum -200, maximum 200.
            eee: Amount to shape mouth in 'eee' position. Default: 0. Limits: minimum -40, maximum
                40.
            woo: Amount to shape mouth in 'woo' position. Default: 0. Limits: minimum -100, maximum
                100.
            smile: Amount to smile. Default: 0. Limits: minimum -2, maximum 2.
            flag_lip_zero: Whether to set the lip to closed state before animation. Only takes
                effect when flag_eye_retargeting and flag_lip_retargeting are False. Default: true.
            rotate_pitch: Amount to rotate the face in pitch. Default: 0. Limits: minimum -45,
                maximum 45.
            rotate_yaw: Amount to rotate the face in yaw. Default: 0. Limits: minimum -45, maximum
                45.
            rotate_roll: Amount to rotate the face in roll. Default: 0. Limits: minimum -45, maximum
                45.
            flag_eye_retargeting: Whether to enable eye retargeting. Default: false.
            flag_lip_retargeting: Whether to enable lip retargeting. Default: false.
            flag_stitching: Whether to enable stitching. Recommended to set to True. Default: true.
            flag_relative: Whether to use relative motion. Default: true.
            flag_pasteback: Whether to paste-back/stitch the animated face cropping from the
                face-cropping space to the original image space. Default: true.
            flag_do_crop: Whether to crop the source portrait to the face-cropping space. Default:
                true.
            flag_do_rot: Whether to conduct the rotation when flag_do_crop is True. Default: true.
            dsize: Size of the output image. Default: 512.
            scale: Scaling factor for the face crop. Default: 2.3.
            vx_ratio: Horizontal offset ratio for face crop. Default: 0.
            vy_ratio: Vertical offset ratio for face crop. Positive values move up, negative values
                move down. Default: -0.125.
            batch_size: Batch size for the model. The larger the batch size, the faster the model
                will run, but the more memory it will consume. Default: 32.
            enable_safety_checker: Whether to enable the safety checker. If enabled, the model will
                check if the input image contains a face before processing it. The safety checker
                will process the input image. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "blink": blink,
                "eyebrow": eyebrow,
                "wink": wink,
                "pupil_x": pupil_x,
                "pupil_y": pupil_y,
                "aaa": aaa,
                "eee": eee,
                "woo": woo,
                "smile": smile,
                "flag_lip_zero": flag_lip_zero,
                "rotate_pitch": rotate_pitch,
                "rotate_yaw": rotate_yaw,
                "rotate_roll": rotate_roll,
                "flag_eye_retargeting": flag_eye_retargeting,
                "flag_lip_retargeting": flag_lip_retargeting,
                "flag_stitching": flag_stitching,
                "flag_relative": flag_relative,
                "flag_pasteback": flag_pasteback,
                "flag_do_crop": flag_do_crop,
                "flag_do_rot": flag_do_rot,
                "dsize": dsize,
                "scale": scale,
                "vx_ratio": vx_ratio,
                "vy_ratio": vy_ratio,
                "batch_size": batch_size,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        blink: float | Omit = omit,
        eyebrow: float | Omit = omit,
        wink: float | Omit = omit,
        pupil_x: float | Omit = omit,
        pupil_y: float | Omit = omit,
        aaa: float | Omit = omit,
        eee: float | Omit = omit,
        woo: float | Omit = omit,
        smile: float | Omit = omit,
        flag_lip_zero: bool | Omit = omit,
        rotate_pitch: float | Omit = omit,
        rotate_yaw: float | Omit = omit,
        rotate_roll: float | Omit = omit,
        flag_eye_retargeting: bool | Omit = omit,
        flag_lip_retargeting: bool | Omit = omit,
        flag_stitching: bool | Omit = omit,
        flag_relative: bool | Omit = omit,
        flag_pasteback: bool | Omit = omit,
        flag_do_crop: bool | Omit = omit,
        flag_do_rot: bool | Omit = omit,
        dsize: int | Omit = omit,
        scale: float | Omit = omit,
        vx_ratio: float | Omit = omit,
        vy_ratio: float | Omit = omit,
        batch_size: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LivePortraitOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to drive the lip syncing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: URL of the image to be animated. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            blink: Amount to blink the eyes. Default: 0. Limits: minimum -30, maximum 30.
            eyebrow: Amount to raise or lower eyebrows. Default: 0. Limits: minimum -30, maximum 30.
            wink: Amount to wink. Default: 0. Limits: minimum 0, maximum 25.
            pupil_x: Amount to move pupils horizontally. Default: 0. Limits: minimum -45, maximum
                45.
            pupil_y: Amount to move pupils vertically. Default: 0. Limits: minimum -45, maximum 45.
            aaa: Amount to open mouth in 'aaa' shape. Default: 0. Limits: minimum -200, maximum 200.
            eee: Amount to shape mouth in 'eee' position. Default: 0. Limits: minimum -40, maximum
                40.
            woo: Amount to shape mouth in 'woo' position. Default: 0. Limits: minimum -100, maximum
                100.
            smile: Amount to smile. Default: 0. Limits: minimum -2, maximum 2.
            flag_lip_zero: Whether to set the lip to closed state before animation. Only takes
                effect when flag_eye_retargeting and flag_lip_retargeting are False. Default: true.
            rotate_pitch: Amount to rotate the face in pitch. Default: 0. Limits: minimum -45,
                maximum 45.
            rotate_yaw: Amount to rotate the face in yaw. Default: 0. Limits: minimum -45, maximum
                45.
            rotate_roll: Amount to rotate the face in roll. Default: 0. Limits: minimum -45, maximum
                45.
            flag_eye_retargeting: Whether to enable eye retargeting. Default: false.
            flag_lip_retargeting: Whether to enable lip retargeting. Default: false.
            flag_stitching: Whether to enable stitching. Recommended to set to True. Default: true.
            flag_relative: Whether to use relative motion. Default: true.
            flag_pasteback: Whether to paste-back/stitch the animated face cropping from the
                face-cropping space to the original image space. Default: true.
            flag_do_crop: Whether to crop the source portrait to the face-cropping space. Default:
                true.
            flag_do_rot: Whether to conduct the rotation when flag_do_crop is True. Default: true.
            dsize: Size of the output image. Default: 512.
            scale: Scaling factor for the face crop. Default: 2.3.
            vx_ratio: Horizontal offset ratio for face crop. Default: 0.
            vy_ratio: Vertical offset ratio for face crop. Positive values move up, negative values
                move down. Default: -0.125.
            batch_size: Batch size for the model. The larger the batch size, the faster the model
                will run, but the more memory it will consume. Default: 32.
            enable_safety_checker: Whether to enable the safety checker. If enabled, the model will
                check if the input image contains a face before processing it. The safety checker
                will process the input image. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "blink": blink,
                "eyebrow": eyebrow,
                "wink": wink,
                "pupil_x": pupil_x,
                "pupil_y": pupil_y,
                "aaa": aaa,
                "eee": eee,
                "woo": woo,
                "smile": smile,
                "flag_lip_zero": flag_lip_zero,
                "rotate_pitch": rotate_pitch,
                "rotate_yaw": rotate_yaw,
                "rotate_roll": rotate_roll,
                "flag_eye_retargeting": flag_eye_retargeting,
                "flag_lip_retargeting": flag_lip_retargeting,
                "flag_stitching": flag_stitching,
                "flag_relative": flag_relative,
                "flag_pasteback": flag_pasteback,
                "flag_do_crop": flag_do_crop,
                "flag_do_rot": flag_do_rot,
                "dsize": dsize,
                "scale": scale,
                "vx_ratio": vx_ratio,
                "vy_ratio": vy_ratio,
                "batch_size": batch_size,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        blink: float | Omit = omit,
        eyebrow: float | Omit = omit,
        wink: float | Omit = omit,
        pupil_x: float | Omit = omit,
        pupil_y: float | Omit = omit,
        aaa: float | Omit = omit,
        eee: float | Omit = omit,
        woo: float | Omit = omit,
        smile: float | Omit = omit,
        flag_lip_zero: bool | Omit = omit,
        rotate_pitch: float | Omit = omit,
        rotate_yaw: float | Omit = omit,
        rotate_roll: float | Omit = omit,
        flag_eye_retargeting: bool | Omit = omit,
        flag_lip_retargeting: bool | Omit = omit,
        flag_stitching: bool | Omit = omit,
        flag_relative: bool | Omit = omit,
        flag_pasteback: bool | Omit = omit,
        flag_do_crop: bool | Omit = omit,
        flag_do_rot: bool | Omit = omit,
        dsize: int | Omit = omit,
        scale: float | Omit = omit,
        vx_ratio: float | Omit = omit,
        vy_ratio: float | Omit = omit,
        batch_size: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LivePortraitOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to drive the lip syncing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: URL of the image to be animated. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            blink: Amount to blink the eyes. Default: 0. Limits: minimum -30, maximum 30.
            eyebrow: Amount to raise or lower eyebrows. Default: 0. Limits: minimum -30, maximum 30.
            wink: Amount to wink. Default: 0. Limits: minimum 0, maximum 25.
            pupil_x: Amount to move pupils horizontally. Default: 0. Limits: minimum -45, maximum
                45.
            pupil_y: Amount to move pupils vertically. Default: 0. Limits: minimum -45, maximum 45.
            aaa: Amount to open mouth in 'aaa' shape. Default: 0. Limits: minimum -200, maximum 200.
            eee: Amount to shape mouth in 'eee' position. Default: 0. Limits: minimum -40, maximum
                40.
            woo: Amount to shape mouth in 'woo' position. Default: 0. Limits: minimum -100, maximum
                100.
            smile: Amount to smile. Default: 0. Limits: minimum -2, maximum 2.
            flag_lip_zero: Whether to set the lip to closed state before animation. Only takes
                effect when flag_eye_retargeting and flag_lip_retargeting are False. Default: true.
            rotate_pitch: Amount to rotate the face in pitch. Default: 0. Limits: minimum -45,
                maximum 45.
            rotate_yaw: Amount to rotate the face in yaw. Default: 0. Limits: minimum -45, maximum
                45.
            rotate_roll: Amount to rotate the face in roll. Default: 0. Limits: minimum -45, maximum
                45.
            flag_eye_retargeting: Whether to enable eye retargeting. Default: false.
            flag_lip_retargeting: Whether to enable lip retargeting. Default: false.
            flag_stitching: Whether to enable stitching. Recommended to set to True. Default: true.
            flag_relative: Whether to use relative motion. Default: true.
            flag_pasteback: Whether to paste-back/stitch the animated face cropping from the
                face-cropping space to the original image space. Default: true.
            flag_do_crop: Whether to crop the source portrait to the face-cropping space. Default:
                true.
            flag_do_rot: Whether to conduct the rotation when flag_do_crop is True. Default: true.
            dsize: Size of the output image. Default: 512.
            scale: Scaling factor for the face crop. Default: 2.3.
            vx_ratio: Horizontal offset ratio for face crop. Default: 0.
            vy_ratio: Vertical offset ratio for face crop. Positive values move up, negative values
                move down. Default: -0.125.
            batch_size: Batch size for the model. The larger the batch size, the faster the model
                will run, but the more memory it will consume. Default: 32.
            enable_safety_checker: Whether to enable the safety checker. If enabled, the model will
                check if the input image contains a face before processing it. The safety checker
                will process the input image. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "blink": blink,
                "eyebrow": eyebrow,
                "wink": wink,
                "pupil_x": pupil_x,
                "pupil_y": pupil_y,
                "aaa": aaa,
                "eee": eee,
                "woo": woo,
                "smile": smile,
                "flag_lip_zero": flag_lip_zero,
                "rotate_pitch": rotate_pitch,
                "rotate_yaw": rotate_yaw,
                "rotate_roll": rotate_roll,
                "flag_eye_retargeting": flag_eye_retargeting,
                "flag_lip_retargeting": flag_lip_retargeting,
                "flag_stitching": flag_stitching,
                "flag_relative": flag_relative,
                "flag_pasteback": flag_pasteback,
                "flag_do_crop": flag_do_crop,
                "flag_do_rot": flag_do_rot,
                "dsize": dsize,
                "scale": scale,
                "vx_ratio": vx_ratio,
                "vy_ratio": vy_ratio,
                "batch_size": batch_size,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncLivePortrait(AsyncEndpoint[LivePortraitInput, LivePortraitOutput]):
    """Live Portrait (`fal-ai/live-portrait`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/live-portrait/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/live-portrait"
    input_model: ClassVar[type[LivePortraitInput]] = LivePortraitInput
    output_model: ClassVar[type[LivePortraitOutput]] = LivePortraitOutput
    Input = LivePortraitInput
    Output = LivePortraitOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        blink: float | Omit = omit,
        eyebrow: float | Omit = omit,
        wink: float | Omit = omit,
        pupil_x: float | Omit = omit,
        pupil_y: float | Omit = omit,
        aaa: float | Omit = omit,
        eee: float | Omit = omit,
        woo: float | Omit = omit,
        smile: float | Omit = omit,
        flag_lip_zero: bool | Omit = omit,
        rotate_pitch: float | Omit = omit,
        rotate_yaw: float | Omit = omit,
        rotate_roll: float | Omit = omit,
        flag_eye_retargeting: bool | Omit = omit,
        flag_lip_retargeting: bool | Omit = omit,
        flag_stitching: bool | Omit = omit,
        flag_relative: bool | Omit = omit,
        flag_pasteback: bool | Omit = omit,
        flag_do_crop: bool | Omit = omit,
        flag_do_rot: bool | Omit = omit,
        dsize: int | Omit = omit,
        scale: float | Omit = omit,
        vx_ratio: float | Omit = omit,
        vy_ratio: float | Omit = omit,
        batch_size: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LivePortraitOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to drive the lip syncing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: URL of the image to be animated. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            blink: Amount to blink the eyes. Default: 0. Limits: minimum -30, maximum 30.
            eyebrow: Amount to raise or lower eyebrows. Default: 0. Limits: minimum -30, maximum 30.
            wink: Amount to wink. Default: 0. Limits: minimum 0, maximum 25.
            pupil_x: Amount to move pupils horizontally. Default: 0. Limits: minimum -45, maximum
                45.
            pupil_y: Amount to move pupils vertically. Default: 0. Limits: minimum -45, maximum 45.
            aaa: Amount to open mouth in 'aaa' shape. Default: 0. Limits: minimum -200, maximum 200.
            eee: Amount to shape mouth in 'eee' position. Default: 0. Limits: minimum -40, maximum
                40.
            woo: Amount to shape mouth in 'woo' position. Default: 0. Limits: minimum -100, maximum
                100.
            smile: Amount to smile. Default: 0. Limits: minimum -2, maximum 2.
            flag_lip_zero: Whether to set the lip to closed state before animation. Only takes
                effect when flag_eye_retargeting and flag_lip_retargeting are False. Default: true.
            rotate_pitch: Amount to rotate the face in pitch. Default: 0. Limits: minimum -45,
                maximum 45.
            rotate_yaw: Amount to rotate the face in yaw. Default: 0. Limits: minimum -45, maximum
                45.
            rotate_roll: Amount to rotate the face in roll. Default: 0. Limits: minimum -45, maximum
                45.
            flag_eye_retargeting: Whether to enable eye retargeting. Default: false.
            flag_lip_retargeting: Whether to enable lip retargeting. Default: false.
            flag_stitching: Whether to enable stitching. Recommended to set to True. Default: true.
            flag_relative: Whether to use relative motion. Default: true.
            flag_pasteback: Whether to paste-back/stitch the animated face cropping from the
                face-cropping space to the original image space. Default: true.
            flag_do_crop: Whether to crop the source portrait to the face-cropping space. Default:
                true.
            flag_do_rot: Whether to conduct the rotation when flag_do_crop is True. Default: true.
            dsize: Size of the output image. Default: 512.
            scale: Scaling factor for the face crop. Default: 2.3.
            vx_ratio: Horizontal offset ratio for face crop. Default: 0.
            vy_ratio: Vertical offset ratio for face crop. Positive values move up, negative values
                move down. Default: -0.125.
            batch_size: Batch size for the model. The larger the batch size, the faster the model
                will run, but the more memory it will consume. Default: 32.
            enable_safety_checker: Whether to enable the safety checker. If enabled, the model will
                check if the input image contains a face before processing it. The safety checker
                will process the input image. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "blink": blink,
                "eyebrow": eyebrow,
                "wink": wink,
                "pupil_x": pupil_x,
                "pupil_y": pupil_y,
                "aaa": aaa,
                "eee": eee,
                "woo": woo,
                "smile": smile,
                "flag_lip_zero": flag_lip_zero,
                "rotate_pitch": rotate_pitch,
                "rotate_yaw": rotate_yaw,
                "rotate_roll": rotate_roll,
                "flag_eye_retargeting": flag_eye_retargeting,
                "flag_lip_retargeting": flag_lip_retargeting,
                "flag_stitching": flag_stitching,
                "flag_relative": flag_relative,
                "flag_pasteback": flag_pasteback,
                "flag_do_crop": flag_do_crop,
                "flag_do_rot": flag_do_rot,
                "dsize": dsize,
                "scale": scale,
                "vx_ratio": vx_ratio,
                "vy_ratio": vy_ratio,
                "batch_size": batch_size,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        blink: float | Omit = omit,
        eyebrow: float | Omit = omit,
        wink: float | Omit = omit,
        pupil_x: float | Omit = omit,
        pupil_y: float | Omit = omit,
        aaa: float | Omit = omit,
        eee: float | Omit = omit,
        woo: float | Omit = omit,
        smile: float | Omit = omit,
        flag_lip_zero: bool | Omit = omit,
        rotate_pitch: float | Omit = omit,
        rotate_yaw: float | Omit = omit,
        rotate_roll: float | Omit = omit,
        flag_eye_retargeting: bool | Omit = omit,
        flag_lip_retargeting: bool | Omit = omit,
        flag_stitching: bool | Omit = omit,
        flag_relative: bool | Omit = omit,
        flag_pasteback: bool | Omit = omit,
        flag_do_crop: bool | Omit = omit,
        flag_do_rot: bool | Omit = omit,
        dsize: int | Omit = omit,
        scale: float | Omit = omit,
        vx_ratio: float | Omit = omit,
        vy_ratio: float | Omit = omit,
        batch_size: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LivePortraitOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to drive the lip syncing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: URL of the image to be animated. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            blink: Amount to blink the eyes. Default: 0. Limits: minimum -30, maximum 30.
            eyebrow: Amount to raise or lower eyebrows. Default: 0. Limits: minimum -30, maximum 30.
            wink: Amount to wink. Default: 0. Limits: minimum 0, maximum 25.
            pupil_x: Amount to move pupils horizontally. Default: 0. Limits: minimum -45, maximum
                45.
            pupil_y: Amount to move pupils vertically. Default: 0. Limits: minimum -45, maximum 45.
            aaa: Amount to open mouth in 'aaa' shape. Default: 0. Limits: minimum -200, maximum 200.
            eee: Amount to shape mouth in 'eee' position. Default: 0. Limits: minimum -40, maximum
                40.
            woo: Amount to shape mouth in 'woo' position. Default: 0. Limits: minimum -100, maximum
                100.
            smile: Amount to smile. Default: 0. Limits: minimum -2, maximum 2.
            flag_lip_zero: Whether to set the lip to closed state before animation. Only takes
                effect when flag_eye_retargeting and flag_lip_retargeting are False. Default: true.
            rotate_pitch: Amount to rotate the face in pitch. Default: 0. Limits: minimum -45,
                maximum 45.
            rotate_yaw: Amount to rotate the face in yaw. Default: 0. Limits: minimum -45, maximum
                45.
            rotate_roll: Amount to rotate the face in roll. Default: 0. Limits: minimum -45, maximum
                45.
            flag_eye_retargeting: Whether to enable eye retargeting. Default: false.
            flag_lip_retargeting: Whether to enable lip retargeting. Default: false.
            flag_stitching: Whether to enable stitching. Recommended to set to True. Default: true.
            flag_relative: Whether to use relative motion. Default: true.
            flag_pasteback: Whether to paste-back/stitch the animated face cropping from the
                face-cropping space to the original image space. Default: true.
            flag_do_crop: Whether to crop the source portrait to the face-cropping space. Default:
                true.
            flag_do_rot: Whether to conduct the rotation when flag_do_crop is True. Default: true.
            dsize: Size of the output image. Default: 512.
            scale: Scaling factor for the face crop. Default: 2.3.
            vx_ratio: Horizontal offset ratio for face crop. Default: 0.
            vy_ratio: Vertical offset ratio for face crop. Positive values move up, negative values
                move down. Default: -0.125.
            batch_size: Batch size for the model. The larger the batch size, the faster the model
                will run, but the more memory it will consume. Default: 32.
            enable_safety_checker: Whether to enable the safety checker. If enabled, the model will
                check if the input image contains a face before processing it. The safety checker
                will process the input image. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "blink": blink,
                "eyebrow": eyebrow,
                "wink": wink,
                "pupil_x": pupil_x,
                "pupil_y": pupil_y,
                "aaa": aaa,
                "eee": eee,
                "woo": woo,
                "smile": smile,
                "flag_lip_zero": flag_lip_zero,
                "rotate_pitch": rotate_pitch,
                "rotate_yaw": rotate_yaw,
                "rotate_roll": rotate_roll,
                "flag_eye_retargeting": flag_eye_retargeting,
                "flag_lip_retargeting": flag_lip_retargeting,
                "flag_stitching": flag_stitching,
                "flag_relative": flag_relative,
                "flag_pasteback": flag_pasteback,
                "flag_do_crop": flag_do_crop,
                "flag_do_rot": flag_do_rot,
                "dsize": dsize,
                "scale": scale,
                "vx_ratio": vx_ratio,
                "vy_ratio": vy_ratio,
                "batch_size": batch_size,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        blink: float | Omit = omit,
        eyebrow: float | Omit = omit,
        wink: float | Omit = omit,
        pupil_x: float | Omit = omit,
        pupil_y: float | Omit = omit,
        aaa: float | Omit = omit,
        eee: float | Omit = omit,
        woo: float | Omit = omit,
        smile: float | Omit = omit,
        flag_lip_zero: bool | Omit = omit,
        rotate_pitch: float | Omit = omit,
        rotate_yaw: float | Omit = omit,
        rotate_roll: float | Omit = omit,
        flag_eye_retargeting: bool | Omit = omit,
        flag_lip_retargeting: bool | Omit = omit,
        flag_stitching: bool | Omit = omit,
        flag_relative: bool | Omit = omit,
        flag_pasteback: bool | Omit = omit,
        flag_do_crop: bool | Omit = omit,
        flag_do_rot: bool | Omit = omit,
        dsize: int | Omit = omit,
        scale: float | Omit = omit,
        vx_ratio: float | Omit = omit,
        vy_ratio: float | Omit = omit,
        batch_size: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LivePortraitOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to drive the lip syncing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: URL of the image to be animated. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            blink: Amount to blink the eyes. Default: 0. Limits: minimum -30, maximum 30.
            eyebrow: Amount to raise or lower eyebrows. Default: 0. Limits: minimum -30, maximum 30.
            wink: Amount to wink. Default: 0. Limits: minimum 0, maximum 25.
            pupil_x: Amount to move pupils horizontally. Default: 0. Limits: minimum -45, maximum
                45.
            pupil_y: Amount to move pupils vertically. Default: 0. Limits: minimum -45, maximum 45.
            aaa: Amount to open mouth in 'aaa' shape. Default: 0. Limits: minimum -200, maximum 200.
            eee: Amount to shape mouth in 'eee' position. Default: 0. Limits: minimum -40, maximum
                40.
            woo: Amount to shape mouth in 'woo' position. Default: 0. Limits: minimum -100, maximum
                100.
            smile: Amount to smile. Default: 0. Limits: minimum -2, maximum 2.
            flag_lip_zero: Whether to set the lip to closed state before animation. Only takes
                effect when flag_eye_retargeting and flag_lip_retargeting are False. Default: true.
            rotate_pitch: Amount to rotate the face in pitch. Default: 0. Limits: minimum -45,
                maximum 45.
            rotate_yaw: Amount to rotate the face in yaw. Default: 0. Limits: minimum -45, maximum
                45.
            rotate_roll: Amount to rotate the face in roll. Default: 0. Limits: minimum -45, maximum
                45.
            flag_eye_retargeting: Whether to enable eye retargeting. Default: false.
            flag_lip_retargeting: Whether to enable lip retargeting. Default: false.
            flag_stitching: Whether to enable stitching. Recommended to set to True. Default: true.
            flag_relative: Whether to use relative motion. Default: true.
            flag_pasteback: Whether to paste-back/stitch the animated face cropping from the
                face-cropping space to the original image space. Default: true.
            flag_do_crop: Whether to crop the source portrait to the face-cropping space. Default:
                true.
            flag_do_rot: Whether to conduct the rotation when flag_do_crop is True. Default: true.
            dsize: Size of the output image. Default: 512.
            scale: Scaling factor for the face crop. Default: 2.3.
            vx_ratio: Horizontal offset ratio for face crop. Default: 0.
            vy_ratio: Vertical offset ratio for face crop. Positive values move up, negative values
                move down. Default: -0.125.
            batch_size: Batch size for the model. The larger the batch size, the faster the model
                will run, but the more memory it will consume. Default: 32.
            enable_safety_checker: Whether to enable the safety checker. If enabled, the model will
                check if the input image contains a face before processing it. The safety checker
                will process the input image. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "blink": blink,
                "eyebrow": eyebrow,
                "wink": wink,
                "pupil_x": pupil_x,
                "pupil_y": pupil_y,
                "aaa": aaa,
                "eee": eee,
                "woo": woo,
                "smile": smile,
                "flag_lip_zero": flag_lip_zero,
                "rotate_pitch": rotate_pitch,
                "rotate_yaw": rotate_yaw,
                "rotate_roll": rotate_roll,
                "flag_eye_retargeting": flag_eye_retargeting,
                "flag_lip_retargeting": flag_lip_retargeting,
                "flag_stitching": flag_stitching,
                "flag_relative": flag_relative,
                "flag_pasteback": flag_pasteback,
                "flag_do_crop": flag_do_crop,
                "flag_do_rot": flag_do_rot,
                "dsize": dsize,
                "scale": scale,
                "vx_ratio": vx_ratio,
                "vy_ratio": vy_ratio,
                "batch_size": batch_size,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        blink: float | Omit = omit,
        eyebrow: float | Omit = omit,
        wink: float | Omit = omit,
        pupil_x: float | Omit = omit,
        pupil_y: float | Omit = omit,
        aaa: float | Omit = omit,
        eee: float | Omit = omit,
        woo: float | Omit = omit,
        smile: float | Omit = omit,
        flag_lip_zero: bool | Omit = omit,
        rotate_pitch: float | Omit = omit,
        rotate_yaw: float | Omit = omit,
        rotate_roll: float | Omit = omit,
        flag_eye_retargeting: bool | Omit = omit,
        flag_lip_retargeting: bool | Omit = omit,
        flag_stitching: bool | Omit = omit,
        flag_relative: bool | Omit = omit,
        flag_pasteback: bool | Omit = omit,
        flag_do_crop: bool | Omit = omit,
        flag_do_rot: bool | Omit = omit,
        dsize: int | Omit = omit,
        scale: float | Omit = omit,
        vx_ratio: float | Omit = omit,
        vy_ratio: float | Omit = omit,
        batch_size: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LivePortraitOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to drive the lip syncing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: URL of the image to be animated. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            blink: Amount to blink the eyes. Default: 0. Limits: minimum -30, maximum 30.
            eyebrow: Amount to raise or lower eyebrows. Default: 0. Limits: minimum -30, maximum 30.
            wink: Amount to wink. Default: 0. Limits: minimum 0, maximum 25.
            pupil_x: Amount to move pupils horizontally. Default: 0. Limits: minimum -45, maximum
                45.
            pupil_y: Amount to move pupils vertically. Default: 0. Limits: minimum -45, maximum 45.
            aaa: Amount to open mouth in 'aaa' shape. Default: 0. Limits: minimum -200, maximum 200.
            eee: Amount to shape mouth in 'eee' position. Default: 0. Limits: minimum -40, maximum
                40.
            woo: Amount to shape mouth in 'woo' position. Default: 0. Limits: minimum -100, maximum
                100.
            smile: Amount to smile. Default: 0. Limits: minimum -2, maximum 2.
            flag_lip_zero: Whether to set the lip to closed state before animation. Only takes
                effect when flag_eye_retargeting and flag_lip_retargeting are False. Default: true.
            rotate_pitch: Amount to rotate the face in pitch. Default: 0. Limits: minimum -45,
                maximum 45.
            rotate_yaw: Amount to rotate the face in yaw. Default: 0. Limits: minimum -45, maximum
                45.
            rotate_roll: Amount to rotate the face in roll. Default: 0. Limits: minimum -45, maximum
                45.
            flag_eye_retargeting: Whether to enable eye retargeting. Default: false.
            flag_lip_retargeting: Whether to enable lip retargeting. Default: false.
            flag_stitching: Whether to enable stitching. Recommended to set to True. Default: true.
            flag_relative: Whether to use relative motion. Default: true.
            flag_pasteback: Whether to paste-back/stitch the animated face cropping from the
                face-cropping space to the original image space. Default: true.
            flag_do_crop: Whether to crop the source portrait to the face-cropping space. Default:
                true.
            flag_do_rot: Whether to conduct the rotation when flag_do_crop is True. Default: true.
            dsize: Size of the output image. Default: 512.
            scale: Scaling factor for the face crop. Default: 2.3.
            vx_ratio: Horizontal offset ratio for face crop. Default: 0.
            vy_ratio: Vertical offset ratio for face crop. Positive values move up, negative values
                move down. Default: -0.125.
            batch_size: Batch size for the model. The larger the batch size, the faster the model
                will run, but the more memory it will consume. Default: 32.
            enable_safety_checker: Whether to enable the safety checker. If enabled, the model will
                check if the input image contains a face before processing it. The safety checker
                will process the input image. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "blink": blink,
                "eyebrow": eyebrow,
                "wink": wink,
                "pupil_x": pupil_x,
                "pupil_y": pupil_y,
                "aaa": aaa,
                "eee": eee,
                "woo": woo,
                "smile": smile,
                "flag_lip_zero": flag_lip_zero,
                "rotate_pitch": rotate_pitch,
                "rotate_yaw": rotate_yaw,
                "rotate_roll": rotate_roll,
                "flag_eye_retargeting": flag_eye_retargeting,
                "flag_lip_retargeting": flag_lip_retargeting,
                "flag_stitching": flag_stitching,
                "flag_relative": flag_relative,
                "flag_pasteback": flag_pasteback,
                "flag_do_crop": flag_do_crop,
                "flag_do_rot": flag_do_rot,
                "dsize": dsize,
                "scale": scale,
                "vx_ratio": vx_ratio,
                "vy_ratio": vy_ratio,
                "batch_size": batch_size,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
