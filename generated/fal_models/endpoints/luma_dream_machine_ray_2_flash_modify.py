# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/luma-dream-machine/ray-2-flash/modify` (Luma Dream Machine Ray 2
Flash Modify).
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
from fal_models.models.luma_dream_machine_ray_2_flash_modify import (
    LumaDreamMachineRay2FlashModifyInput,
    LumaDreamMachineRay2FlashModifyOutput,
)

__all__ = [
    "LumaDreamMachineRay2FlashModify",
    "AsyncLumaDreamMachineRay2FlashModify",
    "LumaDreamMachineRay2FlashModifyInput",
    "LumaDreamMachineRay2FlashModifyOutput",
]


class LumaDreamMachineRay2FlashModify(
    SyncEndpoint[LumaDreamMachineRay2FlashModifyInput, LumaDreamMachineRay2FlashModifyOutput]
):
    """Luma Dream Machine Ray 2 Flash Modify (`fal-ai/luma-dream-machine/ray-2-flash/modify`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/modify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-dream-machine/ray-2-flash/modify"
    input_model: ClassVar[type[LumaDreamMachineRay2FlashModifyInput]] = (
        LumaDreamMachineRay2FlashModifyInput
    )
    output_model: ClassVar[type[LumaDreamMachineRay2FlashModifyOutput]] = (
        LumaDreamMachineRay2FlashModifyOutput
    )
    Input = LumaDreamMachineRay2FlashModifyInput
    Output = LumaDreamMachineRay2FlashModifyOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        mode: Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LumaDreamMachineRay2FlashModifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to modify. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: Optional URL of the first frame image for modification. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            prompt: Instruction for modifying the video. Limits: min length 3, max length 5000.
            mode: Amount of modification to apply to the video, adhere_1 is the least amount of
                modification, reimagine_3 is the most. Default: "flex_1".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "mode": mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        mode: Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LumaDreamMachineRay2FlashModifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to modify. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: Optional URL of the first frame image for modification. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            prompt: Instruction for modifying the video. Limits: min length 3, max length 5000.
            mode: Amount of modification to apply to the video, adhere_1 is the least amount of
                modification, reimagine_3 is the most. Default: "flex_1".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "mode": mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        mode: Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaDreamMachineRay2FlashModifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to modify. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: Optional URL of the first frame image for modification. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            prompt: Instruction for modifying the video. Limits: min length 3, max length 5000.
            mode: Amount of modification to apply to the video, adhere_1 is the least amount of
                modification, reimagine_3 is the most. Default: "flex_1".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "mode": mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        mode: Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LumaDreamMachineRay2FlashModifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to modify. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: Optional URL of the first frame image for modification. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            prompt: Instruction for modifying the video. Limits: min length 3, max length 5000.
            mode: Amount of modification to apply to the video, adhere_1 is the least amount of
                modification, reimagine_3 is the most. Default: "flex_1".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "mode": mode,
            }
        )
        return self._stream(payload, options)


class AsyncLumaDreamMachineRay2FlashModify(
    AsyncEndpoint[LumaDreamMachineRay2FlashModifyInput, LumaDreamMachineRay2FlashModifyOutput]
):
    """Luma Dream Machine Ray 2 Flash Modify (`fal-ai/luma-dream-machine/ray-2-flash/modify`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/modify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-dream-machine/ray-2-flash/modify"
    input_model: ClassVar[type[LumaDreamMachineRay2FlashModifyInput]] = (
        LumaDreamMachineRay2FlashModifyInput
    )
    output_model: ClassVar[type[LumaDreamMachineRay2FlashModifyOutput]] = (
        LumaDreamMachineRay2FlashModifyOutput
    )
    Input = LumaDreamMachineRay2FlashModifyInput
    Output = LumaDreamMachineRay2FlashModifyOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        mode: Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LumaDreamMachineRay2FlashModifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to modify. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: Optional URL of the first frame image for modification. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            prompt: Instruction for modifying the video. Limits: min length 3, max length 5000.
            mode: Amount of modification to apply to the video, adhere_1 is the least amount of
                modification, reimagine_3 is the most. Default: "flex_1".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "mode": mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        mode: Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LumaDreamMachineRay2FlashModifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to modify. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: Optional URL of the first frame image for modification. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            prompt: Instruction for modifying the video. Limits: min length 3, max length 5000.
            mode: Amount of modification to apply to the video, adhere_1 is the least amount of
                modification, reimagine_3 is the most. Default: "flex_1".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "mode": mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        mode: Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaDreamMachineRay2FlashModifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to modify. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: Optional URL of the first frame image for modification. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            prompt: Instruction for modifying the video. Limits: min length 3, max length 5000.
            mode: Amount of modification to apply to the video, adhere_1 is the least amount of
                modification, reimagine_3 is the most. Default: "flex_1".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "mode": mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        mode: Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LumaDreamMachineRay2FlashModifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to modify. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: Optional URL of the first frame image for modification. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            prompt: Instruction for modifying the video. Limits: min length 3, max length 5000.
            mode: Amount of modification to apply to the video, adhere_1 is the least amount of
                modification, reimagine_3 is the most. Default: "flex_1".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "mode": mode,
            }
        )
        return self._stream(payload, options)
