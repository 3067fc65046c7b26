# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/thinksound` (Thinksound)."""

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
from fal_models.models.thinksound import ThinksoundInput, ThinksoundOutput

__all__ = ["Thinksound", "AsyncThinksound", "ThinksoundInput", "ThinksoundOutput"]


class Thinksound(SyncEndpoint[ThinksoundInput, ThinksoundOutput]):
    """Thinksound (`fal-ai/thinksound`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/thinksound/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/thinksound"
    input_model: ClassVar[type[ThinksoundInput]] = ThinksoundInput
    output_model: ClassVar[type[ThinksoundOutput]] = ThinksoundOutput
    Input = ThinksoundInput
    Output = ThinksoundOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ThinksoundOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: A prompt to guide the audio generation. If not provided, it will be extracted
                from the video. Default: "".
            seed: The seed for the random number generator.
            num_inference_steps: The number of inference steps for audio generation. Default: 24.
                Limits: minimum 2, maximum 100.
            cfg_scale: The classifier-free guidance scale for audio generation. Default: 5. Limits:
                minimum 1, maximum 20.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "cfg_scale": cfg_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ThinksoundOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: A prompt to guide the audio generation. If not provided, it will be extracted
                from the video. Default: "".
            seed: The seed for the random number generator.
            num_inference_steps: The number of inference steps for audio generation. Default: 24.
                Limits: minimum 2, maximum 100.
            cfg_scale: The classifier-free guidance scale for audio generation. Default: 5. Limits:
                minimum 1, maximum 20.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "cfg_scale": cfg_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ThinksoundOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: A prompt to guide the audio generation. If not provided, it will be extracted
                from the video. Default: "".
            seed: The seed for the random number generator.
            num_inference_steps: The number of inference steps for audio generation. Default: 24.
                Limits: minimum 2, maximum 100.
            cfg_scale: The classifier-free guidance scale for audio generation. Default: 5. Limits:
                minimum 1, maximum 20.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "cfg_scale": cfg_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ThinksoundOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: A prompt to guide the audio generation. If not provided, it will be extracted
                from the video. Default: "".
            seed: The seed for the random number generator.
            num_inference_steps: The number of inference steps for audio generation. Default: 24.
                Limits: minimum 2, maximum 100.
            cfg_scale: The classifier-free guidance scale for audio generation. Default: 5. Limits:
                minimum 1, maximum 20.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)


class AsyncThinksound(AsyncEndpoint[ThinksoundInput, ThinksoundOutput]):
    """Thinksound (`fal-ai/thinksound`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/thinksound/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/thinksound"
    input_model: ClassVar[type[ThinksoundInput]] = ThinksoundInput
    output_model: ClassVar[type[ThinksoundOutput]] = ThinksoundOutput
    Input = ThinksoundInput
    Output = ThinksoundOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ThinksoundOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: A prompt to guide the audio generation. If not provided, it will be extracted
                from the video. Default: "".
            seed: The seed for the random number generator.
            num_inference_steps: The number of inference steps for audio generation. Default: 24.
                Limits: minimum 2, maximum 100.
            cfg_scale: The classifier-free guidance scale for audio generation. Default: 5. Limits:
                minimum 1, maximum 20.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ThinksoundOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: A prompt to guide the audio generation. If not provided, it will be extracted
                from the video. Default: "".
            seed: The seed for the random number generator.
            num_inference_steps: The number of inference steps for audio generation. Default: 24.
                Limits: minimum 2, maximum 100.
            cfg_scale: The classifier-free guidance scale for audio generation. Default: 5. Limits:
                minimum 1, maximum 20.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ThinksoundOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: A prompt to guide the audio generation. If not provided, it will be extracted
                from the video. Default: "".
            seed: The seed for the random number generator.
            num_inference_steps: The number of inference steps for audio generation. Default: 24.
                Limits: minimum 2, maximum 100.
            cfg_scale: The classifier-free guidance scale for audio generation. Default: 5. Limits:
                minimum 1, maximum 20.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ThinksoundOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: A prompt to guide the audio generation. If not provided, it will be extracted
                from the video. Default: "".
            seed: The seed for the random number generator.
            num_inference_steps: The number of inference steps for audio generation. Default: 24.
                Limits: minimum 2, maximum 100.
            cfg_scale: The classifier-free guidance scale for audio generation. Default: 5. Limits:
                minimum 1, maximum 20.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)
