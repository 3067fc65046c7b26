# Made by `python -m generator.tools.platform_models emit` from specs/platform/pricing.json
# (fal's Platform API document, https://api.fal.ai/v1/openapi.json); do not edit by hand.
"""fal's Platform API answers the runtime reads: unit prices, estimates, billing events."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field


class AuthMethodStructured(BaseModel):
    """Structured authentication method identity. Only populated when 'auth_method_structured' is
    included in expand parameter.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        use_attribute_docstrings=True,
    )
    detail: str
    """Human-readable summary of the authentication method (key alias, login username, or 'User
    token'/'None').
    """
    api_key_id: str | None = None
    """API key ID, present when the request was made with an API key."""
    login_username: str | None = None
    """Team member login username (nickname), present when the request was made with a user login
    token resolvable to a team member.
    """


class BillingEvent(BaseModel):
    """Individual billing event record with details"""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        use_attribute_docstrings=True,
    )
    request_id: str
    """Unique identifier for the request"""
    endpoint_id: str
    """Endpoint identifier that was used (e.g., 'fal-ai/flux/dev')"""
    timestamp: str
    """Request timestamp in ISO8601 format"""
    output_units: Annotated[float | None, Field(ge=0.0)]
    """Custom billing units for this request"""
    unit_price: Annotated[float | None, Field(ge=0.0)]
    """Unit price for this request"""
    percent_discount: float | None
    """Discount percentage applied to this request (e.g., 10 = 10% discount)"""
    cost_subtotal: Annotated[float, Field(ge=0.0)]
    """Cost before discounts in USD (output_units × unit_price)"""
    cost_discount: Annotated[float, Field(ge=0.0)]
    """Discount applied to this request in USD (cost_subtotal − cost_total)"""
    cost_total: Annotated[float, Field(ge=0.0)]
    """Amount charged after discounts in USD (cost_subtotal − cost_discount)"""
    cost_estimate_nano_usd: Annotated[float, Field(ge=0.0)]
    """Amount charged after discounts in nano USD — the same charge as cost_total (1 USD =
    1,000,000,000 nano USD)
    """
    auth_method: str | None = None
    """Authentication method label (e.g., 'Key 1', 'API Key', 'User token'). Only populated when
    'auth_method' is included in expand parameter.
    """
    auth_method_structured: AuthMethodStructured | None = None
    """Structured authentication method identity. Only populated when 'auth_method_structured' is
    included in expand parameter.
    """


class BillingEventsPage(BaseModel):
    """Response containing billing event data with pagination support"""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        use_attribute_docstrings=True,
    )
    next_cursor: str | None
    """Cursor for the next page of results, null if no more pages"""
    has_more: bool
    """Boolean indicating if more results are available (convenience field derived from
    next_cursor)
    """
    billing_events: list[BillingEvent]
    """List of billing event records"""


class CostEstimate(BaseModel):
    """Cost estimation response with total cost"""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        use_attribute_docstrings=True,
    )
    estimate_type: Literal["historical_api_price", "unit_price"]
    """The type of estimate that was performed"""
    total_cost: Annotated[float, Field(ge=0.0)]
    """Total estimated cost across all endpoints"""
    currency: Annotated[str, Field(max_length=3, min_length=3)]
    """Three-letter currency code (ISO 4217, e.g., 'USD')"""


class PricesPage(BaseModel):
    """Response containing pricing information for requested endpoints"""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        use_attribute_docstrings=True,
    )
    next_cursor: str | None
    """Cursor for the next page of results, null if no more pages"""
    has_more: bool
    """Boolean indicating if more results are available (convenience field derived from
    next_cursor)
    """
    prices: list[UnitPrice]
    """Pricing information for requested endpoints"""


class UnitPrice(BaseModel):
    """Pricing information for a specific model endpoint. Most models use output-based pricing
    (e.g., per image/video with proportional adjustments for resolution/length). Some models
    use GPU-based pricing depending on architecture.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        use_attribute_docstrings=True,
    )
    endpoint_id: str
    """Endpoint identifier (e.g., 'fal-ai/wan/v2.2-a14b/text-to-video',
    'fal-ai/minimax/video-01/image-to-video')
    """
    unit_price: Annotated[float, Field(ge=0.0)]
    """Base price per billing unit (often per generated output; may be per GPU-second for some
    models) in the specified currency
    """
    unit: str
    """Unit of measurement for billing: 'image', 'video', or provider-specific GPU/compute unit
    when applicable. Most models use output-based pricing.
    """
    currency: Annotated[str, Field(max_length=3, min_length=3)]
    """Three-letter currency code (ISO 4217, e.g., 'USD')"""
