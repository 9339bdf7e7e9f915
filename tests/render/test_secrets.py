"""Credentials in generated models stay out of reprs and of validation error messages."""

from __future__ import annotations

import importlib
from types import ModuleType

import pydantic
import pytest


@pytest.fixture(scope="module")
def auth_models(akeneo: ModuleType) -> ModuleType:
    return importlib.import_module("akeneo_pim.models.auth")


def test_token_repr_hides_tokens(auth_models) -> None:  # type: ignore[no-untyped-def]
    token = auth_models.Token.model_validate(
        {"access_token": "SECRET-ACCESS", "refresh_token": "SECRET-REFRESH", "expires_in": 3600, "token_type": "bearer", "scope": None}
    )
    assert token.access_token == "SECRET-ACCESS"
    assert "SECRET" not in repr(token)
    assert "SECRET" not in str(token)


def test_validation_error_does_not_echo_tokens(auth_models) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(pydantic.ValidationError) as caught:
        # a missing field makes pydantic quote the whole input object
        auth_models.Token.model_validate_json(b'{"access_token": "SECRET-ACCESS", "refresh_token": "SECRET-REFRESH", "expires_in": 3600}')
    assert "Field required" in str(caught.value)
    assert "SECRET" not in str(caught.value)


def test_password_grant_error_does_not_echo_password(auth_models) -> None:  # type: ignore[no-untyped-def]
    password_grant = next(
        getattr(auth_models, name)
        for name in dir(auth_models)
        if isinstance(getattr(auth_models, name), type)
        and issubclass(getattr(auth_models, name), pydantic.BaseModel)
        and "password" in getattr(auth_models, name).model_fields
    )
    with pytest.raises(pydantic.ValidationError) as caught:
        password_grant.model_validate({"grant_type": "password", "password": "SECRET-PW"})
    assert "Field required" in str(caught.value)
    assert "SECRET" not in str(caught.value)
    assert "SECRET" not in repr(password_grant.model_construct(password="SECRET-PW"))
