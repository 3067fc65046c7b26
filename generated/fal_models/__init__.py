# Generated from specs/ by `python -m generator generate`. Do not edit.
"""Typed Python client for fal.ai model endpoints, generated from schemas.

    from fal_models import FalClient

    client = FalClient()  # reads FAL_KEY
    out = client.qwen_image.subscribe(prompt="a red fox")
    print(out.images[0].url)

Every name below loads its module on first use (a module `__getattr__`), and endpoint modules
load when an endpoint is first used, so importing this package stays cheap.
"""

from typing import TYPE_CHECKING, Any

from fal_models._redaction import install_log_filter
from fal_models._version import __version__

if TYPE_CHECKING:
    from fal_models._base import (
        InputModel,
        OutputModel,
        ResponseInfo,
        parse_output,
    )
    from fal_models._batch import (
        BatchItem,
    )
    from fal_models._budget import (
        Budget,
    )
    from fal_models._client import (
        ENDPOINT_IDS,
        AsyncFalClient,
        FalClient,
    )
    from fal_models._endpoint import (
        AsyncEndpoint,
        SyncEndpoint,
    )
    from fal_models._exceptions import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BatchJournalError,
        BillingAccessError,
        BudgetExceededError,
        CostUnavailableError,
        DownloadTooLargeError,
        FalError,
        FieldError,
        FileChangedError,
        ImageDecodeError,
        InputValidationError,
        InternalServerError,
        InvalidCredentialsError,
        InvalidFileURLError,
        InvalidOptionError,
        MalformedResponseError,
        MalformedWebhookError,
        MissingCredentialsError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RealtimeError,
        RequestFailedError,
        RequestTimeoutError,
        ResponseValidationError,
        UnknownEndpointError,
        UnprocessableEntityError,
        WebhookVerificationError,
    )
    from fal_models._files import (
        FileOutput,
    )
    from fal_models._handles import (
        AsyncRequestHandle,
        RequestHandle,
    )
    from fal_models._pricing import (
        BillingEvent,
        Cost,
        CostEstimate,
        UnitPrice,
    )
    from fal_models._realtime import (
        AsyncRealtimeConnection,
        RealtimeConnection,
    )
    from fal_models._status import (
        Completed,
        InProgress,
        LogEntry,
        Queued,
        QueueStatus,
        UnknownStatus,
    )
    from fal_models._streams import (
        AsyncEndpointStream,
        EndpointStream,
    )
    from fal_models._types import (
        Omit,
        omit,
    )

__all__ = [
    "AsyncEndpoint",
    "AsyncEndpointStream",
    "AsyncFalClient",
    "AsyncRealtimeConnection",
    "AsyncRequestHandle",
    "BatchItem",
    "BillingEvent",
    "Budget",
    "Completed",
    "Cost",
    "CostEstimate",
    "ENDPOINT_IDS",
    "EndpointStream",
    "FalClient",
    "FileOutput",
    "InProgress",
    "InputModel",
    "LogEntry",
    "Omit",
    "OutputModel",
    "QueueStatus",
    "Queued",
    "RealtimeConnection",
    "RequestHandle",
    "ResponseInfo",
    "SyncEndpoint",
    "UnitPrice",
    "UnknownStatus",
    "__version__",
    "omit",
    "parse_output",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BatchJournalError",
    "BillingAccessError",
    "BudgetExceededError",
    "CostUnavailableError",
    "DownloadTooLargeError",
    "FalError",
    "FieldError",
    "FileChangedError",
    "ImageDecodeError",
    "InputValidationError",
    "InternalServerError",
    "InvalidCredentialsError",
    "InvalidFileURLError",
    "InvalidOptionError",
    "MalformedResponseError",
    "MalformedWebhookError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeError",
    "RequestFailedError",
    "RequestTimeoutError",
    "ResponseValidationError",
    "UnknownEndpointError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]

# Importing fal_models masks credentials in the HTTP libraries' log records from here on.
install_log_filter()

# name → the private module that defines it.
_EXPORTS: dict[str, str] = {
    "InputModel": "_base",
    "OutputModel": "_base",
    "ResponseInfo": "_base",
    "parse_output": "_base",
    "BatchItem": "_batch",
    "Budget": "_budget",
    "ENDPOINT_IDS": "_client",
    "AsyncFalClient": "_client",
    "FalClient": "_client",
    "AsyncEndpoint": "_endpoint",
    "SyncEndpoint": "_endpoint",
    "FileOutput": "_files",
    "AsyncRequestHandle": "_handles",
    "RequestHandle": "_handles",
    "BillingEvent": "_pricing",
    "Cost": "_pricing",
    "CostEstimate": "_pricing",
    "UnitPrice": "_pricing",
    "AsyncRealtimeConnection": "_realtime",
    "RealtimeConnection": "_realtime",
    "AsyncEndpointStream": "_streams",
    "EndpointStream": "_streams",
    "Completed": "_status",
    "InProgress": "_status",
    "LogEntry": "_status",
    "Queued": "_status",
    "QueueStatus": "_status",
    "UnknownStatus": "_status",
    "Omit": "_types",
    "omit": "_types",
    "APIConnectionError": "_exceptions",
    "APIStatusError": "_exceptions",
    "APITimeoutError": "_exceptions",
    "AuthenticationError": "_exceptions",
    "BadRequestError": "_exceptions",
    "BatchJournalError": "_exceptions",
    "BillingAccessError": "_exceptions",
    "BudgetExceededError": "_exceptions",
    "CostUnavailableError": "_exceptions",
    "DownloadTooLargeError": "_exceptions",
    "FalError": "_exceptions",
    "FieldError": "_exceptions",
    "FileChangedError": "_exceptions",
    "ImageDecodeError": "_exceptions",
    "InputValidationError": "_exceptions",
    "InternalServerError": "_exceptions",
    "InvalidCredentialsError": "_exceptions",
    "InvalidFileURLError": "_exceptions",
    "InvalidOptionError": "_exceptions",
    "MalformedResponseError": "_exceptions",
    "MalformedWebhookError": "_exceptions",
    "MissingCredentialsError": "_exceptions",
    "NotFoundError": "_exceptions",
    "PermissionDeniedError": "_exceptions",
    "RateLimitError": "_exceptions",
    "RealtimeError": "_exceptions",
    "RequestFailedError": "_exceptions",
    "RequestTimeoutError": "_exceptions",
    "ResponseValidationError": "_exceptions",
    "UnknownEndpointError": "_exceptions",
    "UnprocessableEntityError": "_exceptions",
    "WebhookVerificationError": "_exceptions",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'fal_models' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"fal_models.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
