# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `mirelo-ai/sfx-v1/video-to-audio` (Mirelo Ai Sfx V1 Video To Audio)."""

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
from fal_models.models.mirelo_ai_sfx_v1_video_to_audio import (
    MireloAiSfxV1VideoToAudioInput,
    MireloAiSfxV1VideoToAudioOutput,
)

__all__ = [
    "MireloAiSfxV1VideoToAudio",
    "AsyncMireloAiSfxV1VideoToAudio",
    "MireloAiSfxV1VideoToAudioInput",
    "MireloAiSfxV1VideoToAudioOutput",
]


class MireloAiSfxV1VideoToAudio(
    SyncEndpoint[MireloAiSfxV1VideoToAudioInput, MireloAiSfxV1VideoToAudioOutput]
):
    """Mirelo Ai Sfx V1 Video To Audio (`mirelo-ai/sfx-v1/video-to-audio`).

    Category: video-to-audio. Docs: https://fal.ai/models/mirelo-ai/sfx-v1/video-to-audio/api
    """

    endpoint_id: ClassVar[str] = "mirelo-ai/sfx-v1/video-to-audio"
    input_model: ClassVar[type[MireloAiSfxV1VideoToAudioInput]] = MireloAiSfxV1VideoToAudioInput
    output_model: ClassVar[type[MireloAiSfxV1VideoToAudioOutput]] = MireloAiSfxV1VideoToAudioOutput
    Input = MireloAiSfxV1VideoToAudioInput
    Output = MireloAiSfxV1VideoToAudioOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MireloAiSfxV1VideoToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 2105. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MireloAiSfxV1VideoToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 2105. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
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
        **options: Unpack[RunOptions],
    ) -> MireloAiSfxV1VideoToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 2105. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
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
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MireloAiSfxV1VideoToAudioOutput]:
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
                Default: 2105. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncMireloAiSfxV1VideoToAudio(
    AsyncEndpoint[MireloAiSfxV1VideoToAudioInput, MireloAiSfxV1VideoToAudioOutput]
):
    """Mirelo Ai Sfx V1 Video To Audio (`mirelo-ai/sfx-v1/video-to-audio`).

    Category: video-to-audio. Docs: https://fal.ai/models/mirelo-ai/sfx-v1/video-to-audio/api
    """

    endpoint_id: ClassVar[str] = "mirelo-ai/sfx-v1/video-to-audio"
    input_model: ClassVar[type[MireloAiSfxV1VideoToAudioInput]] = MireloAiSfxV1VideoToAudioInput
    output_model: ClassVar[type[MireloAiSfxV1VideoToAudioOutput]] = MireloAiSfxV1VideoToAudioOutput
    Input = MireloAiSfxV1VideoToAudioInput
    Output = MireloAiSfxV1VideoToAudioOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        text_prompt: str | None | Omit = omit,
        num_samples: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MireloAiSfxV1VideoToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 2105. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MireloAiSfxV1VideoToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 2105. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
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
        **options: Unpack[RunOptions],
    ) -> MireloAiSfxV1VideoToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: A video url that can accessed from the API to process and add sound effects.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Limits:
                min length 1, max length 2083. Not checked by the client: format uri.
            text_prompt: Additional description to guide the model.
            num_samples: The number of samples to generate from the model. Default: 2. Limits:
                minimum 2, maximum 8.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
                Default: 2105. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
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
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MireloAiSfxV1VideoToAudioOutput]:
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
                Default: 2105. Limits: minimum 1.
            duration: The duration of the generated audio in seconds. Default: 10. Limits: minimum
                1, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "num_samples": num_samples,
                "seed": seed,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
