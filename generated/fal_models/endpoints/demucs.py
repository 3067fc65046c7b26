# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/demucs` (Demucs)."""

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
from fal_models.models.demucs import DemucsInput, DemucsOutput, StemsPreset

__all__ = ["Demucs", "AsyncDemucs", "DemucsInput", "DemucsOutput"]


class Demucs(SyncEndpoint[DemucsInput, DemucsOutput]):
    """Demucs (`fal-ai/demucs`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/demucs/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/demucs"
    input_model: ClassVar[type[DemucsInput]] = DemucsInput
    output_model: ClassVar[type[DemucsOutput]] = DemucsOutput
    Input = DemucsInput
    Output = DemucsOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        model: Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ]
        | Omit = omit,
        stems: list[StemsPreset] | None | Omit = omit,
        segment_length: int | None | Omit = omit,
        shifts: int | Omit = omit,
        overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DemucsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to separate into stems. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Demucs model to use for separation. Default: "htdemucs_6s".
            stems: Specific stems to extract. If None, extracts all available stems. Available stems
                depend on model: vocals, drums, bass, other, guitar, piano (for 6s model). Default:
                ["vocals", "drums", "bass", "other", "guitar", "piano"].
            segment_length: Length in seconds of each segment for processing. Smaller values use
                less memory but may reduce quality. Default is model-specific.
            shifts: Number of random shifts for equivariant stabilization. Higher values improve
                quality but increase processing time. Default: 1. Limits: minimum 1, maximum 10.
            overlap: Overlap between segments (0.0 to 1.0). Higher values may improve quality but
                increase processing time. Default: 0.25. Limits: minimum 0, maximum 1.
            output_format: Output audio format for the separated stems. Default: "mp3".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "model": model,
                "stems": stems,
                "segment_length": segment_length,
                "shifts": shifts,
                "overlap": overlap,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        model: Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ]
        | Omit = omit,
        stems: list[StemsPreset] | None | Omit = omit,
        segment_length: int | None | Omit = omit,
        shifts: int | Omit = omit,
        overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DemucsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to separate into stems. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Demucs model to use for separation. Default: "htdemucs_6s".
            stems: Specific stems to extract. If None, extracts all available stems. Available stems
                depend on model: vocals, drums, bass, other, guitar, piano (for 6s model). Default:
                ["vocals", "drums", "bass", "other", "guitar", "piano"].
            segment_length: Length in seconds of each segment for processing. Smaller values use
                less memory but may reduce quality. Default is model-specific.
            shifts: Number of random shifts for equivariant stabilization. Higher values improve
                quality but increase processing time. Default: 1. Limits: minimum 1, maximum 10.
            overlap: Overlap between segments (0.0 to 1.0). Higher values may improve quality but
                increase processing time. Default: 0.25. Limits: minimum 0, maximum 1.
            output_format: Output audio format for the separated stems. Default: "mp3".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "model": model,
                "stems": stems,
                "segment_length": segment_length,
                "shifts": shifts,
                "overlap": overlap,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        model: Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ]
        | Omit = omit,
        stems: list[StemsPreset] | None | Omit = omit,
        segment_length: int | None | Omit = omit,
        shifts: int | Omit = omit,
        overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DemucsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to separate into stems. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Demucs model to use for separation. Default: "htdemucs_6s".
            stems: Specific stems to extract. If None, extracts all available stems. Available stems
                depend on model: vocals, drums, bass, other, guitar, piano (for 6s model). Default:
                ["vocals", "drums", "bass", "other", "guitar", "piano"].
            segment_length: Length in seconds of each segment for processing. Smaller values use
                less memory but may reduce quality. Default is model-specific.
            shifts: Number of random shifts for equivariant stabilization. Higher values improve
                quality but increase processing time. Default: 1. Limits: minimum 1, maximum 10.
            overlap: Overlap between segments (0.0 to 1.0). Higher values may improve quality but
                increase processing time. Default: 0.25. Limits: minimum 0, maximum 1.
            output_format: Output audio format for the separated stems. Default: "mp3".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "model": model,
                "stems": stems,
                "segment_length": segment_length,
                "shifts": shifts,
                "overlap": overlap,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        model: Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ]
        | Omit = omit,
        stems: list[StemsPreset] | None | Omit = omit,
        segment_length: int | None | Omit = omit,
        shifts: int | Omit = omit,
        overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DemucsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to separate into stems. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Demucs model to use for separation. Default: "htdemucs_6s".
            stems: Specific stems to extract. If None, extracts all available stems. Available stems
                depend on model: vocals, drums, bass, other, guitar, piano (for 6s model). Default:
                ["vocals", "drums", "bass", "other", "guitar", "piano"].
            segment_length: Length in seconds of each segment for processing. Smaller values use
                less memory but may reduce quality. Default is model-specific.
            shifts: Number of random shifts for equivariant stabilization. Higher values improve
                quality but increase processing time. Default: 1. Limits: minimum 1, maximum 10.
            overlap: Overlap between segments (0.0 to 1.0). Higher values may improve quality but
                increase processing time. Default: 0.25. Limits: minimum 0, maximum 1.
            output_format: Output audio format for the separated stems. Default: "mp3".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "model": model,
                "stems": stems,
                "segment_length": segment_length,
                "shifts": shifts,
                "overlap": overlap,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncDemucs(AsyncEndpoint[DemucsInput, DemucsOutput]):
    """Demucs (`fal-ai/demucs`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/demucs/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/demucs"
    input_model: ClassVar[type[DemucsInput]] = DemucsInput
    output_model: ClassVar[type[DemucsOutput]] = DemucsOutput
    Input = DemucsInput
    Output = DemucsOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        model: Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ]
        | Omit = omit,
        stems: list[StemsPreset] | None | Omit = omit,
        segment_length: int | None | Omit = omit,
        shifts: int | Omit = omit,
        overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DemucsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to separate into stems. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Demucs model to use for separation. Default: "htdemucs_6s".
            stems: Specific stems to extract. If None, extracts all available stems. Available stems
                depend on model: vocals, drums, bass, other, guitar, piano (for 6s model). Default:
                ["vocals", "drums", "bass", "other", "guitar", "piano"].
            segment_length: Length in seconds of each segment for processing. Smaller values use
                less memory but may reduce quality. Default is model-specific.
            shifts: Number of random shifts for equivariant stabilization. Higher values improve
                quality but increase processing time. Default: 1. Limits: minimum 1, maximum 10.
            overlap: Overlap between segments (0.0 to 1.0). Higher values may improve quality but
                increase processing time. Default: 0.25. Limits: minimum 0, maximum 1.
            output_format: Output audio format for the separated stems. Default: "mp3".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "model": model,
                "stems": stems,
                "segment_length": segment_length,
                "shifts": shifts,
                "overlap": overlap,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        model: Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ]
        | Omit = omit,
        stems: list[StemsPreset] | None | Omit = omit,
        segment_length: int | None | Omit = omit,
        shifts: int | Omit = omit,
        overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DemucsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to separate into stems. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Demucs model to use for separation. Default: "htdemucs_6s".
            stems: Specific stems to extract. If None, extracts all available stems. Available stems
                depend on model: vocals, drums, bass, other, guitar, piano (for 6s model). Default:
                ["vocals", "drums", "bass", "other", "guitar", "piano"].
            segment_length: Length in seconds of each segment for processing. Smaller values use
                less memory but may reduce quality. Default is model-specific.
            shifts: Number of random shifts for equivariant stabilization. Higher values improve
                quality but increase processing time. Default: 1. Limits: minimum 1, maximum 10.
            overlap: Overlap between segments (0.0 to 1.0). Higher values may improve quality but
                increase processing time. Default: 0.25. Limits: minimum 0, maximum 1.
            output_format: Output audio format for the separated stems. Default: "mp3".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "model": model,
                "stems": stems,
                "segment_length": segment_length,
                "shifts": shifts,
                "overlap": overlap,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        model: Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ]
        | Omit = omit,
        stems: list[StemsPreset] | None | Omit = omit,
        segment_length: int | None | Omit = omit,
        shifts: int | Omit = omit,
        overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DemucsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to separate into stems. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Demucs model to use for separation. Default: "htdemucs_6s".
            stems: Specific stems to extract. If None, extracts all available stems. Available stems
                depend on model: vocals, drums, bass, other, guitar, piano (for 6s model). Default:
                ["vocals", "drums", "bass", "other", "guitar", "piano"].
            segment_length: Length in seconds of each segment for processing. Smaller values use
                less memory but may reduce quality. Default is model-specific.
            shifts: Number of random shifts for equivariant stabilization. Higher values improve
                quality but increase processing time. Default: 1. Limits: minimum 1, maximum 10.
            overlap: Overlap between segments (0.0 to 1.0). Higher values may improve quality but
                increase processing time. Default: 0.25. Limits: minimum 0, maximum 1.
            output_format: Output audio format for the separated stems. Default: "mp3".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "model": model,
                "stems": stems,
                "segment_length": segment_length,
                "shifts": shifts,
                "overlap": overlap,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        model: Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ]
        | Omit = omit,
        stems: list[StemsPreset] | None | Omit = omit,
        segment_length: int | None | Omit = omit,
        shifts: int | Omit = omit,
        overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DemucsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to separate into stems. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Demucs model to use for separation. Default: "htdemucs_6s".
            stems: Specific stems to extract. If None, extracts all available stems. Available stems
                depend on model: vocals, drums, bass, other, guitar, piano (for 6s model). Default:
                ["vocals", "drums", "bass", "other", "guitar", "piano"].
            segment_length: Length in seconds of each segment for processing. Smaller values use
                less memory but may reduce quality. Default is model-specific.
            shifts: Number of random shifts for equivariant stabilization. Higher values improve
                quality but increase processing time. Default: 1. Limits: minimum 1, maximum 10.
            overlap: Overlap between segments (0.0 to 1.0). Higher values may improve quality but
                increase processing time. Default: 0.25. Limits: minimum 0, maximum 1.
            output_format: Output audio format for the separated stems. Default: "mp3".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "model": model,
                "stems": stems,
                "segment_length": segment_length,
                "shifts": shifts,
                "overlap": overlap,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
