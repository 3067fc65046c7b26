# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/omnihuman/v1.5` (Bytedance Omnihuman V1.5)."""

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
from fal_models.models.bytedance_omnihuman_v1_5 import (
    BytedanceOmnihumanV1_5Input,
    BytedanceOmnihumanV1_5Output,
)

__all__ = [
    "BytedanceOmnihumanV1_5",
    "AsyncBytedanceOmnihumanV1_5",
    "BytedanceOmnihumanV1_5Input",
    "BytedanceOmnihumanV1_5Output",
]


class BytedanceOmnihumanV1_5(
    SyncEndpoint[BytedanceOmnihumanV1_5Input, BytedanceOmnihumanV1_5Output]
):
    """Bytedance Omnihuman V1.5 (`fal-ai/bytedance/omnihuman/v1.5`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/bytedance/omnihuman/v1.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/omnihuman/v1.5"
    input_model: ClassVar[type[BytedanceOmnihumanV1_5Input]] = BytedanceOmnihumanV1_5Input
    output_model: ClassVar[type[BytedanceOmnihumanV1_5Output]] = BytedanceOmnihumanV1_5Output
    Input = BytedanceOmnihumanV1_5Input
    Output = BytedanceOmnihumanV1_5Output

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        audio_url: FileInput,
        turbo_mode: bool | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceOmnihumanV1_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to guide the video generation.
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image to apply to the image. Only the person in the white
                area of the mask will speak. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s long
                for 1080p generation and under 60s long for 720p generation. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            turbo_mode: Generate a video at a faster rate with a slight quality trade-off. Default:
                false.
            resolution: The resolution of the generated video. Defaults to 1080p. 720p generation is
                faster and higher in quality. 1080p generation is limited to 30s audio and 720p
                generation is limited to 60s audio. Default: "1080p".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "turbo_mode": turbo_mode,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        audio_url: FileInput,
        turbo_mode: bool | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceOmnihumanV1_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to guide the video generation.
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image to apply to the image. Only the person in the white
                area of the mask will speak. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s long
                for 1080p generation and under 60s long for 720p generation. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            turbo_mode: Generate a video at a faster rate with a slight quality trade-off. Default:
                false.
            resolution: The resolution of the generated video. Defaults to 1080p. 720p generation is
                faster and higher in quality. 1080p generation is limited to 30s audio and 720p
                generation is limited to 60s audio. Default: "1080p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "turbo_mode": turbo_mode,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        audio_url: FileInput,
        turbo_mode: bool | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceOmnihumanV1_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to guide the video generation.
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image to apply to the image. Only the person in the white
                area of the mask will speak. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s long
                for 1080p generation and under 60s long for 720p generation. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            turbo_mode: Generate a video at a faster rate with a slight quality trade-off. Default:
                false.
            resolution: The resolution of the generated video. Defaults to 1080p. 720p generation is
                faster and higher in quality. 1080p generation is limited to 30s audio and 720p
                generation is limited to 60s audio. Default: "1080p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "turbo_mode": turbo_mode,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        audio_url: FileInput,
        turbo_mode: bool | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceOmnihumanV1_5Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to guide the video generation.
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image to apply to the image. Only the person in the white
                area of the mask will speak. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s long
                for 1080p generation and under 60s long for 720p generation. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            turbo_mode: Generate a video at a faster rate with a slight quality trade-off. Default:
                false.
            resolution: The resolution of the generated video. Defaults to 1080p. 720p generation is
                faster and higher in quality. 1080p generation is limited to 30s audio and 720p
                generation is limited to 60s audio. Default: "1080p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "turbo_mode": turbo_mode,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceOmnihumanV1_5(
    AsyncEndpoint[BytedanceOmnihumanV1_5Input, BytedanceOmnihumanV1_5Output]
):
    """Bytedance Omnihuman V1.5 (`fal-ai/bytedance/omnihuman/v1.5`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/bytedance/omnihuman/v1.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/omnihuman/v1.5"
    input_model: ClassVar[type[BytedanceOmnihumanV1_5Input]] = BytedanceOmnihumanV1_5Input
    output_model: ClassVar[type[BytedanceOmnihumanV1_5Output]] = BytedanceOmnihumanV1_5Output
    Input = BytedanceOmnihumanV1_5Input
    Output = BytedanceOmnihumanV1_5Output

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        audio_url: FileInput,
        turbo_mode: bool | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceOmnihumanV1_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to guide the video generation.
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image to apply to the image. Only the person in the white
                area of the mask will speak. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s long
                for 1080p generation and under 60s long for 720p generation. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            turbo_mode: Generate a video at a faster rate with a slight quality trade-off. Default:
                false.
            resolution: The resolution of the generated video. Defaults to 1080p. 720p generation is
                faster and higher in quality. 1080p generation is limited to 30s audio and 720p
                generation is limited to 60s audio. Default: "1080p".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "turbo_mode": turbo_mode,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        audio_url: FileInput,
        turbo_mode: bool | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceOmnihumanV1_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to guide the video generation.
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image to apply to the image. Only the person in the white
                area of the mask will speak. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s long
                for 1080p generation and under 60s long for 720p generation. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            turbo_mode: Generate a video at a faster rate with a slight quality trade-off. Default:
                false.
            resolution: The resolution of the generated video. Defaults to 1080p. 720p generation is
                faster and higher in quality. 1080p generation is limited to 30s audio and 720p
                generation is limited to 60s audio. Default: "1080p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "turbo_mode": turbo_mode,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        audio_url: FileInput,
        turbo_mode: bool | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceOmnihumanV1_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to guide the video generation.
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image to apply to the image. Only the person in the white
                area of the mask will speak. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s long
                for 1080p generation and under 60s long for 720p generation. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            turbo_mode: Generate a video at a faster rate with a slight quality trade-off. Default:
                false.
            resolution: The resolution of the generated video. Defaults to 1080p. 720p generation is
                faster and higher in quality. 1080p generation is limited to 30s audio and 720p
                generation is limited to 60s audio. Default: "1080p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "turbo_mode": turbo_mode,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        audio_url: FileInput,
        turbo_mode: bool | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceOmnihumanV1_5Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to guide the video generation.
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image to apply to the image. Only the person in the white
                area of the mask will speak. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s long
                for 1080p generation and under 60s long for 720p generation. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            turbo_mode: Generate a video at a faster rate with a slight quality trade-off. Default:
                false.
            resolution: The resolution of the generated video. Defaults to 1080p. 720p generation is
                faster and higher in quality. 1080p generation is limited to 30s audio and 720p
                generation is limited to 60s audio. Default: "1080p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "turbo_mode": turbo_mode,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
