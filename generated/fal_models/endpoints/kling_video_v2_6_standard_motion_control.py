# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v2.6/standard/motion-control` (Kling Video V2.6
Standard Motion Control).
"""

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
from fal_models.models.kling_video_v2_6_standard_motion_control import (
    KlingVideoV2_6StandardMotionControlInput,
    KlingVideoV2_6StandardMotionControlOutput,
)

__all__ = [
    "KlingVideoV2_6StandardMotionControl",
    "AsyncKlingVideoV2_6StandardMotionControl",
    "KlingVideoV2_6StandardMotionControlInput",
    "KlingVideoV2_6StandardMotionControlOutput",
]


class KlingVideoV2_6StandardMotionControl(
    SyncEndpoint[
        KlingVideoV2_6StandardMotionControlInput, KlingVideoV2_6StandardMotionControlOutput
    ]
):
    """Kling Video V2.6 Standard Motion Control (`fal-ai/kling-video/v2.6/standard/motion-control`).

    Request model for motion control video generation.

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v2.6/standard/motion-control/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v2.6/standard/motion-control"
    input_model: ClassVar[type[KlingVideoV2_6StandardMotionControlInput]] = (
        KlingVideoV2_6StandardMotionControlInput
    )
    output_model: ClassVar[type[KlingVideoV2_6StandardMotionControlOutput]] = (
        KlingVideoV2_6StandardMotionControlOutput
    )
    Input = KlingVideoV2_6StandardMotionControlInput
    Output = KlingVideoV2_6StandardMotionControlOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV2_6StandardMotionControlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV2_6StandardMotionControlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        **options: Unpack[RunOptions],
    ) -> KlingVideoV2_6StandardMotionControlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV2_6StandardMotionControlOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV2_6StandardMotionControl(
    AsyncEndpoint[
        KlingVideoV2_6StandardMotionControlInput, KlingVideoV2_6StandardMotionControlOutput
    ]
):
    """Kling Video V2.6 Standard Motion Control (`fal-ai/kling-video/v2.6/standard/motion-control`).

    Request model for motion control video generation.

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v2.6/standard/motion-control/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v2.6/standard/motion-control"
    input_model: ClassVar[type[KlingVideoV2_6StandardMotionControlInput]] = (
        KlingVideoV2_6StandardMotionControlInput
    )
    output_model: ClassVar[type[KlingVideoV2_6StandardMotionControlOutput]] = (
        KlingVideoV2_6StandardMotionControlOutput
    )
    Input = KlingVideoV2_6StandardMotionControlInput
    Output = KlingVideoV2_6StandardMotionControlOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV2_6StandardMotionControlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV2_6StandardMotionControlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        **options: Unpack[RunOptions],
    ) -> KlingVideoV2_6StandardMotionControlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV2_6StandardMotionControlOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
            }
        )
        return self._stream(payload, options)
