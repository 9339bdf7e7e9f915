# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of auth."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

__all__ = ["PasswordGrant", "RefreshTokenGrant", "Token", "TokenRequest"]


class PasswordGrant(_pd.BaseModel):
    """Log in with a user's credentials."""

    model_config = _pd.ConfigDict(
        extra="forbid", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    grant_type: _t.Literal["password"] = _pd.Field(alias="grant_type")

    username: str = _pd.Field(alias="username")

    password: str = _pd.Field(alias="password", repr=False)


class RefreshTokenGrant(_pd.BaseModel):
    """Exchange a refresh token for a new pair of tokens."""

    model_config = _pd.ConfigDict(
        extra="forbid", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    grant_type: _t.Literal["refresh_token"] = _pd.Field(alias="grant_type")

    refresh_token: str = _pd.Field(alias="refresh_token", repr=False)


class Token(_pd.BaseModel):
    """Token"""

    model_config = _pd.ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    access_token: str = _pd.Field(alias="access_token", repr=False)
    """Send as `Authorization: Bearer <token>`."""

    expires_in: int = _pd.Field(alias="expires_in")
    """Lifetime in seconds."""

    token_type: str = _pd.Field(alias="token_type")

    scope: str | None = _pd.Field(default=None, alias="scope")

    refresh_token: str = _pd.Field(alias="refresh_token", repr=False)


TokenRequest: _t.TypeAlias = _t.Annotated[
    PasswordGrant | RefreshTokenGrant, _pd.Field(discriminator="grant_type")
]
"""One of: PasswordGrant, RefreshTokenGrant."""
