# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/arbiter/image/text` (Arbiter Image Text)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models.models.arbiter_image_text import (
    ArbiterImageTextInput,
    ArbiterImageTextOutput,
    MeasurementsPreset,
    SemanticImageInput,
)

__all__ = [
    "ArbiterImageText",
    "AsyncArbiterImageText",
    "ArbiterImageTextInput",
    "ArbiterImageTextOutput",
]


class ArbiterImageText(SyncEndpoint[ArbiterImageTextInput, ArbiterImageTextOutput]):
    """Arbiter Image Text (`fal-ai/arbiter/image/text`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/arbiter/image/text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/arbiter/image/text"
    input_model: ClassVar[type[ArbiterImageTextInput]] = ArbiterImageTextInput
    output_model: ClassVar[type[ArbiterImageTextOutput]] = ArbiterImageTextOutput
    Input = ArbiterImageTextInput
    Output = ArbiterImageTextOutput

    def subscribe(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[SemanticImageInput],
        **options: Unpack[SubscribeOptions],
    ) -> ArbiterImageTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[SemanticImageInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ArbiterImageTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[SemanticImageInput],
        **options: Unpack[RunOptions],
    ) -> ArbiterImageTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[SemanticImageInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ArbiterImageTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._stream(payload, options)


class AsyncArbiterImageText(AsyncEndpoint[ArbiterImageTextInput, ArbiterImageTextOutput]):
    """Arbiter Image Text (`fal-ai/arbiter/image/text`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/arbiter/image/text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/arbiter/image/text"
    input_model: ClassVar[type[ArbiterImageTextInput]] = ArbiterImageTextInput
    output_model: ClassVar[type[ArbiterImageTextOutput]] = ArbiterImageTextOutput
    Input = ArbiterImageTextInput
    Output = ArbiterImageTextOutput

    async def subscribe(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[SemanticImageInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ArbiterImageTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[SemanticImageInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ArbiterImageTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[SemanticImageInput],
        **options: Unpack[RunOptions],
    ) -> ArbiterImageTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[SemanticImageInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ArbiterImageTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._stream(payload, options)
