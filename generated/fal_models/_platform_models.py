# Made by `python -m generator.tools.platform_models emit` from specs/platform/pricing.json
# (fal's Platform API document, https://api.fal.ai/v1/openapi.json); do not edit by hand.
"""fal's Platform API answers the runtime reads: unit prices, estimates, billing events."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field


class UnitPrice(BaseModel):
    """Pricing information for a specific model endpoint. Most models use output-based pricing
    (e.g., per image/video with proportional adjustments for resolution/length). Some models
    use GPU-based pricing depending on architecture.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
    )
    endpoint_id: Annotated[
        str,
        Field(
            description="Endpoint identifier (e.g., 'fal-ai/wan/v2.2-a14b/text-to-video', "
            "'fal-ai/minimax/video-01/image-to-video')"
        ),
    ]
    """Endpoint identifier (e.g., 'fal-ai/wan/v2.2-a14b/text-to-video',
    'fal-ai/minimax/video-01/image-to-video')
    """

    unit_price: Annotated[
        float,
        Field(
            description="Base price per billing unit (often per generated output; may be per "
            "GPU-second for some models) in the specified currency",
            ge=0.0,
        ),
    ]
    """Base price per billing unit (often per generated output; may be per GPU-second for some
    models) in the specified currency
    """

    unit: Annotated[
        str,
        Field(
            description="Unit of measurement for billing: 'image', 'video', or provider-specific "
            "GPU/compute unit when applicable. Most models use output-based pricing."
        ),
    ]
    """Unit of measurement for billing: 'image', 'video', or provider-specific GPU/compute unit
    when applicable. Most models use output-based pricing.
    """

    currency: Annotated[
        str,
        Field(
            description="Three-letter currency code (ISO 4217, e.g., 'USD')",
            max_length=3,
            min_length=3,
        ),
    ]
    """Three-letter currency code (ISO 4217, e.g., 'USD')"""


class PricesPage(BaseModel):
    """Response containing pricing information for requested endpoints"""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
    )
    next_cursor: Annotated[
        str | None, Field(description="Cursor for the next page of results, null if no more pages")
    ]
    """Cursor for the next page of results, null if no more pages"""

    has_more: Annotated[
        bool,
        Field(
            description="Boolean indicating if more results are available (convenience field "
            "derived from next_cursor)"
        ),
    ]
    """Boolean indicating if more results are available (convenience field derived from
    next_cursor)
    """

    prices: Annotated[
        list[UnitPrice], Field(description="Pricing information for requested endpoints")
    ]
    """Pricing information for requested endpoints"""


class CostEstimate(BaseModel):
    """Cost estimation response with total cost"""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
    )
    estimate_type: Annotated[
        Literal["historical_api_price", "unit_price"],
        Field(description="The type of estimate that was performed"),
    ]
    """The type of estimate that was performed"""

    total_cost: Annotated[
        float, Field(description="Total estimated cost across all endpoints", ge=0.0)
    ]
    """Total estimated cost across all endpoints"""

    currency: Annotated[
        str,
        Field(
            description="Three-letter currency code (ISO 4217, e.g., 'USD')",
            max_length=3,
            min_length=3,
        ),
    ]
    """Three-letter currency code (ISO 4217, e.g., 'USD')"""


class AuthMethodStructured(BaseModel):
    """Structured authentication method identity. Only populated when 'auth_method_structured' is
    included in expand parameter.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
    )
    detail: Annotated[
        str,
        Field(
            description="Human-readable summary of the authentication method (key alias, login "
            "username, or 'User token'/'None')."
        ),
    ]
    """Human-readable summary of the authentication method (key alias, login username, or 'User
    token'/'None').
    """

    api_key_id: Annotated[
        str | None,
        Field(description="API key ID, present when the request was made with an API key."),
    ] = None
    """API key ID, present when the request was made with an API key."""

    login_username: Annotated[
        str | None,
        Field(
            description="Team member login username (nickname), present when the request was made "
            "with a user login token resolvable to a team member."
        ),
    ] = None
    """Team member login username (nickname), present when the request was made with a user login
    token resolvable to a team member.
    """


class BillingEvent(BaseModel):
    """Individual billing event record with details"""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
    )
    request_id: Annotated[str, Field(description="Unique identifier for the request")]
    """Unique identifier for the request"""

    endpoint_id: Annotated[
        str, Field(description="Endpoint identifier that was used (e.g., 'fal-ai/flux/dev')")
    ]
    """Endpoint identifier that was used (e.g., 'fal-ai/flux/dev')"""

    timestamp: Annotated[str, Field(description="Request timestamp in ISO8601 format")]
    """Request timestamp in ISO8601 format"""

    output_units: Annotated[
        float | None, Field(description="Custom billing units for this request", ge=0.0)
    ]
    """Custom billing units for this request"""

    unit_price: Annotated[float | None, Field(description="Unit price for this request", ge=0.0)]
    """Unit price for this request"""

    percent_discount: Annotated[
        float | None,
        Field(description="Discount percentage applied to this request (e.g., 10 = 10% discount)"),
    ]
    """Discount percentage applied to this request (e.g., 10 = 10% discount)"""

    cost_subtotal: Annotated[
        float, Field(description="Cost before discounts in USD (output_units × unit_price)", ge=0.0)
    ]
    """Cost before discounts in USD (output_units × unit_price)"""

    cost_discount: Annotated[
        float,
        Field(
            description="Discount applied to this request in USD (cost_subtotal − cost_total)",
            ge=0.0,
        ),
    ]
    """Discount applied to this request in USD (cost_subtotal − cost_total)"""

    cost_total: Annotated[
        float,
        Field(
            description="Amount charged after discounts in USD (cost_subtotal − cost_discount)",
            ge=0.0,
        ),
    ]
    """Amount charged after discounts in USD (cost_subtotal − cost_discount)"""

    cost_estimate_nano_usd: Annotated[
        float,
        Field(
            description="Amount charged after discounts in nano USD — the same charge as "
            "cost_total (1 USD = 1,000,000,000 nano USD)",
            ge=0.0,
        ),
    ]
    """Amount charged after discounts in nano USD — the same charge as cost_total (1 USD =
    1,000,000,000 nano USD)
    """

    auth_method: Annotated[
        str | None,
        Field(
            description="Authentication method label (e.g., 'Key 1', 'API Key', 'User token'). "
            "Only populated when 'auth_method' is included in expand parameter."
        ),
    ] = None
    """Authentication method label (e.g., 'Key 1', 'API Key', 'User token'). Only populated when
    'auth_method' is included in expand parameter.
    """

    auth_method_structured: Annotated[
        AuthMethodStructured | None,
        Field(
            description="Structured authentication method identity. Only populated when "
            "'auth_method_structured' is included in expand parameter."
        ),
    ] = None
    """Structured authentication method identity. Only populated when 'auth_method_structured' is
    included in expand parameter.
    """


class BillingEventsPage(BaseModel):
    """Response containing billing event data with pagination support"""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
    )
    next_cursor: Annotated[
        str | None, Field(description="Cursor for the next page of results, null if no more pages")
    ]
    """Cursor for the next page of results, null if no more pages"""

    has_more: Annotated[
        bool,
        Field(
            description="Boolean indicating if more results are available (convenience field "
            "derived from next_cursor)"
        ),
    ]
    """Boolean indicating if more results are available (convenience field derived from
    next_cursor)
    """

    billing_events: Annotated[
        list[BillingEvent], Field(description="List of billing event records")
    ]
    """List of billing event records"""
