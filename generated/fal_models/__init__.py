# Generated from specs/ by `python -m generator generate`. Do not edit.
"""Typed Python client for fal.ai model endpoints, generated from schemas.

    from fal_models import FalClient

    client = FalClient()  # reads FAL_KEY
    out = client.qwen_image.subscribe(prompt="a red fox")
    print(out.images[0].url)

Endpoint modules load on first use, so importing this package stays cheap.
"""

from fal_models._base import InputModel, OutputModel, parse_output
from fal_models._batch import BatchItem
from fal_models._budget import Budget
from fal_models._client import ENDPOINT_IDS, AsyncFalClient, FalClient
from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
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
    UnprocessableEntityError,
    WebhookVerificationError,
)
from fal_models._files import FileOutput
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._pricing import BillingEvent, Cost, CostEstimate, UnitPrice
from fal_models._realtime import AsyncRealtimeConnection, RealtimeConnection
from fal_models._status import (
    Completed,
    InProgress,
    LogEntry,
    Queued,
    QueueStatus,
    UnknownStatus,
)
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import Omit, omit
from fal_models._version import __version__

__all__ = [
    "ENDPOINT_IDS",
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
    "UnprocessableEntityError",
    "WebhookVerificationError",
]
