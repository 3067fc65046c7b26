# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `mirelo-ai/sfx-v1.5/video-to-audio` (Mirelo Ai Sfx V1.5 Video To Audio)."""

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
from fal_models.models.mirelo_ai_sfx_v1_5_video_to_audio import (
    MireloAiSfxV1_5VideoToAudioInput,
    MireloAiSfxV1_5VideoToAudioOutput,
)

__all__ = [
    "MireloAiSfxV1_5VideoToAudio",
    "AsyncMireloAiSfxV1_5VideoToAudio",
    "MireloAiSfxV1_5VideoToAudioInput",
    "MireloAiSfxV1_5VideoToAudioOutput",
]


class MireloAiSfxV1_5VideoToAudio(
    SyncEndpoint[MireloAiSfxV1_5VideoToAudioInput, MireloAiSfxV1_5VideoToAudioOutput]
):
    """Mirelo Ai Sfx V1.5 Video To Audio (`mirelo-ai/sfx-v1.5/video-to-audio`).

    Category: video-to-audio. Docs: https://fal.ai/models/mirelo-ai/sfx-v1.5/video-to-audio/api
    """

    endpoint_id: ClassVar[str] = "mirelo-ai/sfx-v1.5/video-to-audio"
    input_model: ClassVar[type[MireloAiSfxV1_5VideoToAudioInput]] = MireloAiSfxV1_5VideoToAudioInput
    output_model: ClassVar[type[MireloAiSfxV1_5VideoToAudioOutput]] = (
        MireloAiSfxV1_5VideoToAudioOutput
    )
    Input = MireloAiSfxV1_5VideoToAudioInput
    Output = MireloAiSfxV1_5VideoToAudioOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        start_offset: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MireloAiSfxV1_5VideoToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 8069. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            start_offset: The start offset in seconds to start the audio generation from. Default:
                0. Limits: minimum 0.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
                "start_offset": start_offset,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        start_offset: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MireloAiSfxV1_5VideoToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 8069. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            start_offset: The start offset in seconds to start the audio generation from. Default:
                0. Limits: minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
                "start_offset": start_offset,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        start_offset: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MireloAiSfxV1_5VideoToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 8069. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            start_offset: The start offset in seconds to start the audio generation from. Default:
                0. Limits: minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
                "start_offset": start_offset,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        start_offset: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MireloAiSfxV1_5VideoToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 8069. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            start_offset: The start offset in seconds to start the audio generation from. Default:
                0. Limits: minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
                "start_offset": start_offset,
            }
        )
        return self._stream(payload, options)


class AsyncMireloAiSfxV1_5VideoToAudio(
    AsyncEndpoint[MireloAiSfxV1_5VideoToAudioInput, MireloAiSfxV1_5VideoToAudioOutput]
):
    """Mirelo Ai Sfx V1.5 Video To Audio (`mirelo-ai/sfx-v1.5/video-to-audio`).

    Category: video-to-audio. Docs: https://fal.ai/models/mirelo-ai/sfx-v1.5/video-to-audio/api
    """

    endpoint_id: ClassVar[str] = "mirelo-ai/sfx-v1.5/video-to-audio"
    input_model: ClassVar[type[MireloAiSfxV1_5VideoToAudioInput]] = MireloAiSfxV1_5VideoToAudioInput
    output_model: ClassVar[type[MireloAiSfxV1_5VideoToAudioOutput]] = (
        MireloAiSfxV1_5VideoToAudioOutput
    )
    Input = MireloAiSfxV1_5VideoToAudioInput
    Output = MireloAiSfxV1_5VideoToAudioOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        start_offset: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MireloAiSfxV1_5VideoToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 8069. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            start_offset: The start offset in seconds to start the audio generation from. Default:
                0. Limits: minimum 0.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
                "start_offset": start_offset,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        start_offset: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MireloAiSfxV1_5VideoToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 8069. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            start_offset: The start offset in seconds to start the audio generation from. Default:
                0. Limits: minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
                "start_offset": start_offset,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        start_offset: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MireloAiSfxV1_5VideoToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 8069. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            start_offset: The start offset in seconds to start the audio generation from. Default:
                0. Limits: minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
                "start_offset": start_offset,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        start_offset: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MireloAiSfxV1_5VideoToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 8069. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            start_offset: The start offset in seconds to start the audio generation from. Default:
                0. Limits: minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
                "start_offset": start_offset,
            }
        )
        return self._stream(payload, options)
