# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/audio-compressor` (Workflow Utilities Audio
Compressor).
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
from fal_models.models.workflow_utilities_audio_compressor import (
    WorkflowUtilitiesAudioCompressorInput,
    WorkflowUtilitiesAudioCompressorOutput,
)

__all__ = [
    "WorkflowUtilitiesAudioCompressor",
    "AsyncWorkflowUtilitiesAudioCompressor",
    "WorkflowUtilitiesAudioCompressorInput",
    "WorkflowUtilitiesAudioCompressorOutput",
]


class WorkflowUtilitiesAudioCompressor(
    SyncEndpoint[WorkflowUtilitiesAudioCompressorInput, WorkflowUtilitiesAudioCompressorOutput]
):
    """Workflow Utilities Audio Compressor (`fal-ai/workflow-utilities/audio-compressor`).

    Input model for audio dynamic range compression

    Category: audio-to-audio.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/audio-compressor/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/audio-compressor"
    input_model: ClassVar[type[WorkflowUtilitiesAudioCompressorInput]] = (
        WorkflowUtilitiesAudioCompressorInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesAudioCompressorOutput]] = (
        WorkflowUtilitiesAudioCompressorOutput
    )
    Input = WorkflowUtilitiesAudioCompressorInput
    Output = WorkflowUtilitiesAudioCompressorOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        threshold: float | Omit = omit,
        ratio: float | Omit = omit,
        attack: float | Omit = omit,
        release: float | Omit = omit,
        makeup: float | Omit = omit,
        knee: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesAudioCompressorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to compress. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            threshold: Threshold level in dB above which compression is applied (-60 to 0). Default:
                -18. Limits: minimum -60, maximum 0.
            ratio: Compression ratio (1 = no compression, higher = more compression). Default: 3.
                Limits: minimum 1, maximum 20.
            attack: Attack time in milliseconds (how fast compression starts). Default: 5. Limits:
                minimum 0.01, maximum 2000.
            release: Release time in milliseconds (how fast compression stops). Default: 50. Limits:
                minimum 0.01, maximum 9000.
            makeup: Makeup gain in dB to compensate for volume reduction. Default: 8. Limits:
                minimum 0, maximum 64.
            knee: Knee width in dB for soft knee compression (0 = hard knee). Default: 2.83. Limits:
                minimum 1, maximum 8.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "threshold": threshold,
                "ratio": ratio,
                "attack": attack,
                "release": release,
                "makeup": makeup,
                "knee": knee,
                "output_bitrate": output_bitrate,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        threshold: float | Omit = omit,
        ratio: float | Omit = omit,
        attack: float | Omit = omit,
        release: float | Omit = omit,
        makeup: float | Omit = omit,
        knee: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesAudioCompressorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to compress. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            threshold: Threshold level in dB above which compression is applied (-60 to 0). Default:
                -18. Limits: minimum -60, maximum 0.
            ratio: Compression ratio (1 = no compression, higher = more compression). Default: 3.
                Limits: minimum 1, maximum 20.
            attack: Attack time in milliseconds (how fast compression starts). Default: 5. Limits:
                minimum 0.01, maximum 2000.
            release: Release time in milliseconds (how fast compression stops). Default: 50. Limits:
                minimum 0.01, maximum 9000.
            makeup: Makeup gain in dB to compensate for volume reduction. Default: 8. Limits:
                minimum 0, maximum 64.
            knee: Knee width in dB for soft knee compression (0 = hard knee). Default: 2.83. Limits:
                minimum 1, maximum 8.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "threshold": threshold,
                "ratio": ratio,
                "attack": attack,
                "release": release,
                "makeup": makeup,
                "knee": knee,
                "output_bitrate": output_bitrate,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        threshold: float | Omit = omit,
        ratio: float | Omit = omit,
        attack: float | Omit = omit,
        release: float | Omit = omit,
        makeup: float | Omit = omit,
        knee: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesAudioCompressorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to compress. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            threshold: Threshold level in dB above which compression is applied (-60 to 0). Default:
                -18. Limits: minimum -60, maximum 0.
            ratio: Compression ratio (1 = no compression, higher = more compression). Default: 3.
                Limits: minimum 1, maximum 20.
            attack: Attack time in milliseconds (how fast compression starts). Default: 5. Limits:
                minimum 0.01, maximum 2000.
            release: Release time in milliseconds (how fast compression stops). Default: 50. Limits:
                minimum 0.01, maximum 9000.
            makeup: Makeup gain in dB to compensate for volume reduction. Default: 8. Limits:
                minimum 0, maximum 64.
            knee: Knee width in dB for soft knee compression (0 = hard knee). Default: 2.83. Limits:
                minimum 1, maximum 8.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "threshold": threshold,
                "ratio": ratio,
                "attack": attack,
                "release": release,
                "makeup": makeup,
                "knee": knee,
                "output_bitrate": output_bitrate,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        threshold: float | Omit = omit,
        ratio: float | Omit = omit,
        attack: float | Omit = omit,
        release: float | Omit = omit,
        makeup: float | Omit = omit,
        knee: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesAudioCompressorOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to compress. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            threshold: Threshold level in dB above which compression is applied (-60 to 0). Default:
                -18. Limits: minimum -60, maximum 0.
            ratio: Compression ratio (1 = no compression, higher = more compression). Default: 3.
                Limits: minimum 1, maximum 20.
            attack: Attack time in milliseconds (how fast compression starts). Default: 5. Limits:
                minimum 0.01, maximum 2000.
            release: Release time in milliseconds (how fast compression stops). Default: 50. Limits:
                minimum 0.01, maximum 9000.
            makeup: Makeup gain in dB to compensate for volume reduction. Default: 8. Limits:
                minimum 0, maximum 64.
            knee: Knee width in dB for soft knee compression (0 = hard knee). Default: 2.83. Limits:
                minimum 1, maximum 8.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "threshold": threshold,
                "ratio": ratio,
                "attack": attack,
                "release": release,
                "makeup": makeup,
                "knee": knee,
                "output_bitrate": output_bitrate,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesAudioCompressor(
    AsyncEndpoint[WorkflowUtilitiesAudioCompressorInput, WorkflowUtilitiesAudioCompressorOutput]
):
    """Workflow Utilities Audio Compressor (`fal-ai/workflow-utilities/audio-compressor`).

    Input model for audio dynamic range compression

    Category: audio-to-audio.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/audio-compressor/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/audio-compressor"
    input_model: ClassVar[type[WorkflowUtilitiesAudioCompressorInput]] = (
        WorkflowUtilitiesAudioCompressorInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesAudioCompressorOutput]] = (
        WorkflowUtilitiesAudioCompressorOutput
    )
    Input = WorkflowUtilitiesAudioCompressorInput
    Output = WorkflowUtilitiesAudioCompressorOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        threshold: float | Omit = omit,
        ratio: float | Omit = omit,
        attack: float | Omit = omit,
        release: float | Omit = omit,
        makeup: float | Omit = omit,
        knee: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesAudioCompressorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to compress. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            threshold: Threshold level in dB above which compression is applied (-60 to 0). Default:
                -18. Limits: minimum -60, maximum 0.
            ratio: Compression ratio (1 = no compression, higher = more compression). Default: 3.
                Limits: minimum 1, maximum 20.
            attack: Attack time in milliseconds (how fast compression starts). Default: 5. Limits:
                minimum 0.01, maximum 2000.
            release: Release time in milliseconds (how fast compression stops). Default: 50. Limits:
                minimum 0.01, maximum 9000.
            makeup: Makeup gain in dB to compensate for volume reduction. Default: 8. Limits:
                minimum 0, maximum 64.
            knee: Knee width in dB for soft knee compression (0 = hard knee). Default: 2.83. Limits:
                minimum 1, maximum 8.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "threshold": threshold,
                "ratio": ratio,
                "attack": attack,
                "release": release,
                "makeup": makeup,
                "knee": knee,
                "output_bitrate": output_bitrate,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        threshold: float | Omit = omit,
        ratio: float | Omit = omit,
        attack: float | Omit = omit,
        release: float | Omit = omit,
        makeup: float | Omit = omit,
        knee: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesAudioCompressorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to compress. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            threshold: Threshold level in dB above which compression is applied (-60 to 0). Default:
                -18. Limits: minimum -60, maximum 0.
            ratio: Compression ratio (1 = no compression, higher = more compression). Default: 3.
                Limits: minimum 1, maximum 20.
            attack: Attack time in milliseconds (how fast compression starts). Default: 5. Limits:
                minimum 0.01, maximum 2000.
            release: Release time in milliseconds (how fast compression stops). Default: 50. Limits:
                minimum 0.01, maximum 9000.
            makeup: Makeup gain in dB to compensate for volume reduction. Default: 8. Limits:
                minimum 0, maximum 64.
            knee: Knee width in dB for soft knee compression (0 = hard knee). Default: 2.83. Limits:
                minimum 1, maximum 8.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "threshold": threshold,
                "ratio": ratio,
                "attack": attack,
                "release": release,
                "makeup": makeup,
                "knee": knee,
                "output_bitrate": output_bitrate,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        threshold: float | Omit = omit,
        ratio: float | Omit = omit,
        attack: float | Omit = omit,
        release: float | Omit = omit,
        makeup: float | Omit = omit,
        knee: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesAudioCompressorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to compress. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            threshold: Threshold level in dB above which compression is applied (-60 to 0). Default:
                -18. Limits: minimum -60, maximum 0.
            ratio: Compression ratio (1 = no compression, higher = more compression). Default: 3.
                Limits: minimum 1, maximum 20.
            attack: Attack time in milliseconds (how fast compression starts). Default: 5. Limits:
                minimum 0.01, maximum 2000.
            release: Release time in milliseconds (how fast compression stops). Default: 50. Limits:
                minimum 0.01, maximum 9000.
            makeup: Makeup gain in dB to compensate for volume reduction. Default: 8. Limits:
                minimum 0, maximum 64.
            knee: Knee width in dB for soft knee compression (0 = hard knee). Default: 2.83. Limits:
                minimum 1, maximum 8.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "threshold": threshold,
                "ratio": ratio,
                "attack": attack,
                "release": release,
                "makeup": makeup,
                "knee": knee,
                "output_bitrate": output_bitrate,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        threshold: float | Omit = omit,
        ratio: float | Omit = omit,
        attack: float | Omit = omit,
        release: float | Omit = omit,
        makeup: float | Omit = omit,
        knee: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesAudioCompressorOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to compress. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            threshold: Threshold level in dB above which compression is applied (-60 to 0). Default:
                -18. Limits: minimum -60, maximum 0.
            ratio: Compression ratio (1 = no compression, higher = more compression). Default: 3.
                Limits: minimum 1, maximum 20.
            attack: Attack time in milliseconds (how fast compression starts). Default: 5. Limits:
                minimum 0.01, maximum 2000.
            release: Release time in milliseconds (how fast compression stops). Default: 50. Limits:
                minimum 0.01, maximum 9000.
            makeup: Makeup gain in dB to compensate for volume reduction. Default: 8. Limits:
                minimum 0, maximum 64.
            knee: Knee width in dB for soft knee compression (0 = hard knee). Default: 2.83. Limits:
                minimum 1, maximum 8.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "threshold": threshold,
                "ratio": ratio,
                "attack": attack,
                "release": release,
                "makeup": makeup,
                "knee": knee,
                "output_bitrate": output_bitrate,
            }
        )
        return self._stream(payload, options)
