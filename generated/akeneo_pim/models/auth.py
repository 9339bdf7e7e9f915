# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of auth."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "PasswordGrant",
    "RefreshTokenGrant",
    "Token",
    "TokenRequest",
]


class PasswordGrant(BaseModel):
    """Log in with a user's credentials."""

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    grant_type: Literal["password"] = Field(alias="grant_type")

    username: str = Field(alias="username")

    password: str = Field(alias="password", repr=False)


class RefreshTokenGrant(BaseModel):
    """Exchange a refresh token for a new pair of tokens."""

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    grant_type: Literal["refresh_token"] = Field(alias="grant_type")

    refresh_token: str = Field(alias="refresh_token", repr=False)


class Token(BaseModel):
    """Token"""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    access_token: str = Field(alias="access_token", repr=False)
    """Send as `Authorization: Bearer <token>`."""

    expires_in: int = Field(alias="expires_in")
    """Lifetime in seconds."""

    token_type: str = Field(alias="token_type")

    scope: str | None = Field(default=None, alias="scope")

    refresh_token: str = Field(alias="refresh_token", repr=False)


TokenRequest: TypeAlias = Annotated[
    PasswordGrant | RefreshTokenGrant, Field(discriminator="grant_type")
]
"""One of: PasswordGrant, RefreshTokenGrant."""
