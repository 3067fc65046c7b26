# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/diffrhythm` (Diffrhythm)."""

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
from fal_models.models.diffrhythm import DiffrhythmInput, DiffrhythmOutput

__all__ = ["Diffrhythm", "AsyncDiffrhythm", "DiffrhythmInput", "DiffrhythmOutput"]


class Diffrhythm(SyncEndpoint[DiffrhythmInput, DiffrhythmOutput]):
    """Diffrhythm (`fal-ai/diffrhythm`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/diffrhythm/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/diffrhythm"
    input_model: ClassVar[type[DiffrhythmInput]] = DiffrhythmInput
    output_model: ClassVar[type[DiffrhythmOutput]] = DiffrhythmOutput
    Input = DiffrhythmInput
    Output = DiffrhythmOutput

    def subscribe(
        self,
        *,
        lyrics: str,
        reference_audio_url: FileInput | Omit = omit,
        style_prompt: str | Omit = omit,
        music_duration: Literal["95s", "285s"] | Omit = omit,
        cfg_strength: float | Omit = omit,
        scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DiffrhythmOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            lyrics: The prompt to generate the song from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            reference_audio_url: The URL of the reference audio to use for the music generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            style_prompt: The style prompt to use for the music generation.
            music_duration: The duration of the music to generate. Default: "95s".
            cfg_strength: The CFG strength to use for the music generation. Default: 4. Limits:
                minimum 1, maximum 10.
            scheduler: The scheduler to use for the music generation. Default: "euler".
            num_inference_steps: The number of inference steps to use for the music generation.
                Default: 32. Limits: minimum 10, maximum 100.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "reference_audio_url": reference_audio_url,
                "style_prompt": style_prompt,
                "music_duration": music_duration,
                "cfg_strength": cfg_strength,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        lyrics: str,
        reference_audio_url: FileInput | Omit = omit,
        style_prompt: str | Omit = omit,
        music_duration: Literal["95s", "285s"] | Omit = omit,
        cfg_strength: float | Omit = omit,
        scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DiffrhythmOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            lyrics: The prompt to generate the song from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            reference_audio_url: The URL of the reference audio to use for the music generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            style_prompt: The style prompt to use for the music generation.
            music_duration: The duration of the music to generate. Default: "95s".
            cfg_strength: The CFG strength to use for the music generation. Default: 4. Limits:
                minimum 1, maximum 10.
            scheduler: The scheduler to use for the music generation. Default: "euler".
            num_inference_steps: The number of inference steps to use for the music generation.
                Default: 32. Limits: minimum 10, maximum 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "reference_audio_url": reference_audio_url,
                "style_prompt": style_prompt,
                "music_duration": music_duration,
                "cfg_strength": cfg_strength,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        lyrics: str,
        reference_audio_url: FileInput | Omit = omit,
        style_prompt: str | Omit = omit,
        music_duration: Literal["95s", "285s"] | Omit = omit,
        cfg_strength: float | Omit = omit,
        scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DiffrhythmOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            lyrics: The prompt to generate the song from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            reference_audio_url: The URL of the reference audio to use for the music generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            style_prompt: The style prompt to use for the music generation.
            music_duration: The duration of the music to generate. Default: "95s".
            cfg_strength: The CFG strength to use for the music generation. Default: 4. Limits:
                minimum 1, maximum 10.
            scheduler: The scheduler to use for the music generation. Default: "euler".
            num_inference_steps: The number of inference steps to use for the music generation.
                Default: 32. Limits: minimum 10, maximum 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "reference_audio_url": reference_audio_url,
                "style_prompt": style_prompt,
                "music_duration": music_duration,
                "cfg_strength": cfg_strength,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        lyrics: str,
        reference_audio_url: FileInput | Omit = omit,
        style_prompt: str | Omit = omit,
        music_duration: Literal["95s", "285s"] | Omit = omit,
        cfg_strength: float | Omit = omit,
        scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DiffrhythmOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            lyrics: The prompt to generate the song from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            reference_audio_url: The URL of the reference audio to use for the music generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            style_prompt: The style prompt to use for the music generation.
            music_duration: The duration of the music to generate. Default: "95s".
            cfg_strength: The CFG strength to use for the music generation. Default: 4. Limits:
                minimum 1, maximum 10.
            scheduler: The scheduler to use for the music generation. Default: "euler".
            num_inference_steps: The number of inference steps to use for the music generation.
                Default: 32. Limits: minimum 10, maximum 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "reference_audio_url": reference_audio_url,
                "style_prompt": style_prompt,
                "music_duration": music_duration,
                "cfg_strength": cfg_strength,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._stream(payload, options)


class AsyncDiffrhythm(AsyncEndpoint[DiffrhythmInput, DiffrhythmOutput]):
    """Diffrhythm (`fal-ai/diffrhythm`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/diffrhythm/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/diffrhythm"
    input_model: ClassVar[type[DiffrhythmInput]] = DiffrhythmInput
    output_model: ClassVar[type[DiffrhythmOutput]] = DiffrhythmOutput
    Input = DiffrhythmInput
    Output = DiffrhythmOutput

    async def subscribe(
        self,
        *,
        lyrics: str,
        reference_audio_url: FileInput | Omit = omit,
        style_prompt: str | Omit = omit,
        music_duration: Literal["95s", "285s"] | Omit = omit,
        cfg_strength: float | Omit = omit,
        scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DiffrhythmOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            lyrics: The prompt to generate the song from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            reference_audio_url: The URL of the reference audio to use for the music generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            style_prompt: The style prompt to use for the music generation.
            music_duration: The duration of the music to generate. Default: "95s".
            cfg_strength: The CFG strength to use for the music generation. Default: 4. Limits:
                minimum 1, maximum 10.
            scheduler: The scheduler to use for the music generation. Default: "euler".
            num_inference_steps: The number of inference steps to use for the music generation.
                Default: 32. Limits: minimum 10, maximum 100.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "reference_audio_url": reference_audio_url,
                "style_prompt": style_prompt,
                "music_duration": music_duration,
                "cfg_strength": cfg_strength,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        lyrics: str,
        reference_audio_url: FileInput | Omit = omit,
        style_prompt: str | Omit = omit,
        music_duration: Literal["95s", "285s"] | Omit = omit,
        cfg_strength: float | Omit = omit,
        scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DiffrhythmOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            lyrics: The prompt to generate the song from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            reference_audio_url: The URL of the reference audio to use for the music generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            style_prompt: The style prompt to use for the music generation.
            music_duration: The duration of the music to generate. Default: "95s".
            cfg_strength: The CFG strength to use for the music generation. Default: 4. Limits:
                minimum 1, maximum 10.
            scheduler: The scheduler to use for the music generation. Default: "euler".
            num_inference_steps: The number of inference steps to use for the music generation.
                Default: 32. Limits: minimum 10, maximum 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "reference_audio_url": reference_audio_url,
                "style_prompt": style_prompt,
                "music_duration": music_duration,
                "cfg_strength": cfg_strength,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        lyrics: str,
        reference_audio_url: FileInput | Omit = omit,
        style_prompt: str | Omit = omit,
        music_duration: Literal["95s", "285s"] | Omit = omit,
        cfg_strength: float | Omit = omit,
        scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DiffrhythmOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            lyrics: The prompt to generate the song from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            reference_audio_url: The URL of the reference audio to use for the music generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            style_prompt: The style prompt to use for the music generation.
            music_duration: The duration of the music to generate. Default: "95s".
            cfg_strength: The CFG strength to use for the music generation. Default: 4. Limits:
                minimum 1, maximum 10.
            scheduler: The scheduler to use for the music generation. Default: "euler".
            num_inference_steps: The number of inference steps to use for the music generation.
                Default: 32. Limits: minimum 10, maximum 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "reference_audio_url": reference_audio_url,
                "style_prompt": style_prompt,
                "music_duration": music_duration,
                "cfg_strength": cfg_strength,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        lyrics: str,
        reference_audio_url: FileInput | Omit = omit,
        style_prompt: str | Omit = omit,
        music_duration: Literal["95s", "285s"] | Omit = omit,
        cfg_strength: float | Omit = omit,
        scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DiffrhythmOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            lyrics: The prompt to generate the song from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            reference_audio_url: The URL of the reference audio to use for the music generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            style_prompt: The style prompt to use for the music generation.
            music_duration: The duration of the music to generate. Default: "95s".
            cfg_strength: The CFG strength to use for the music generation. Default: 4. Limits:
                minimum 1, maximum 10.
            scheduler: The scheduler to use for the music generation. Default: "euler".
            num_inference_steps: The number of inference steps to use for the music generation.
                Default: 32. Limits: minimum 10, maximum 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "reference_audio_url": reference_audio_url,
                "style_prompt": style_prompt,
                "music_duration": music_duration,
                "cfg_strength": cfg_strength,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._stream(payload, options)
