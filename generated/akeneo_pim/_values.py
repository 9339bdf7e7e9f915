"""Akeneo product values: read with Akeneo's rules, typed by attribute kind, and written back.

A product (by identifier or uuid), a product model and a published product hold their values as
``{attribute code: [{"locale": ..., "scope": ..., "data": ...}, ...]}``. A value of an attribute
that is not localizable has ``locale`` null, one that is not scopable has ``scope`` null.

Reading (the models with such values inherit :class:`HasValues`)::

    product.value("name", locale="en_US")                 # the data, or None (or default=)
    product.value("description", locale="en_US", scope="ecommerce")
    product.values_for("name")                            # every locale / scope variant
    product.prices("price")                               # [Price(amount=Decimal("10.00"), currency="EUR")]
    product.metric("weight")                              # Metric(amount=Decimal("1.2500"), unit="KILOGRAM")
    product.option("color")                               # Option(code="red", labels={...}) (linked_data
                                                          # with with_attribute_options=True)

A value matches a request when its locale is the one asked for or null, and its scope the one
asked for or null: asking for the ``en_US`` name of a product whose name is not localizable
gives its one name. Among the matches, the most specific one wins (the asked locale before a null
one, then the asked scope before a null one). Asking with no locale (or no scope) matches only
values without one. Numbers are kept exact: Akeneo sends decimals as text (``"12.5000"``), read
as :class:`~decimal.Decimal`.

Writing::

    values = Values().set("name", "Shoe", locale="en_US").set("price", [Price("10.00", "EUR")])
    pim.products_uuid.upsert(uuid, {"values": values})    # or Product(values=values), create, upsert_many

:class:`Values` is a mapping in Akeneo's JSON shape (prices, metrics, decimals and dates written as
Akeneo expects them), so it goes wherever a body's ``values`` goes.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["FileRef", "HasValues", "Metric", "Option", "Price", "Values"]


@dataclasses.dataclass(frozen=True, slots=True)
class Price:
    """One price of a price collection: an exact amount and a currency code."""

    amount: Decimal
    currency: str

    def __init__(self, amount: Decimal | str | int, currency: str) -> None:
        object.__setattr__(self, "amount", _decimal(amount))
        object.__setattr__(self, "currency", currency)

    def to_json(self) -> dict[str, object]:
        return {"amount": _decimal_text(self.amount), "currency": self.currency}


@dataclasses.dataclass(frozen=True, slots=True)
class Metric:
    """A measured value: an exact amount and a unit code of the attribute's measurement family."""

    amount: Decimal
    unit: str

    def __init__(self, amount: Decimal | str | int, unit: str) -> None:
        object.__setattr__(self, "amount", _decimal(amount))
        object.__setattr__(self, "unit", unit)

    def to_json(self) -> dict[str, object]:
        return {"amount": _decimal_text(self.amount), "unit": self.unit}


@dataclasses.dataclass(frozen=True, slots=True)
class Option:
    """A simple or multi select option: its code, and its labels by locale when the reply has
    them (``linked_data``, asked for with ``with_attribute_options=True``)."""

    code: str
    labels: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True, slots=True)
class FileRef:
    """A file or image value: the media file code, and its download link when the reply has one."""

    code: str
    download_link: str | None = None


_MISSING: Any = object()


def _decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError(
            f"an amount is a Decimal, a text or a whole number, not {type(value).__name__}"
        )
    try:
        return Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None


def _decimal_text(value: Decimal) -> str:
    return format(value, "f")


def _field(value: object, name: str) -> Any:
    """A key of a value read from JSON (a dict) or a field of a value model (extra keys too)."""
    if isinstance(value, Mapping):
        return value.get(name)
    found = getattr(value, name, _MISSING)
    if found is not _MISSING:
        return found
    extra = getattr(value, "model_extra", None) or {}
    return extra.get(name)


class HasValues:
    """Reading Akeneo values (the mixin of the models that hold them; see the module's text)."""

    __slots__ = ()

    def values_for(self, attribute: str) -> list[Any]:
        """Every value of ``attribute`` (each locale and scope variant), as the reply has them."""
        values = getattr(self, "values", None) or {}
        return list(values.get(attribute) or ())

    def _match(self, attribute: str, locale: str | None, scope: str | None) -> Any:
        best, rank = _MISSING, -1
        for value in self.values_for(attribute):
            its_locale, its_scope = _field(value, "locale"), _field(value, "scope")
            if its_locale not in (None, locale) or its_scope not in (None, scope):
                continue
            specific = (its_locale is not None) * 2 + (its_scope is not None)
            if specific > rank:
                best, rank = value, specific
        return best

    def value(
        self,
        attribute: str,
        *,
        locale: str | None = None,
        scope: str | None = None,
        default: Any = None,
    ) -> Any:
        """The data of ``attribute`` for ``locale`` and ``scope`` by Akeneo's rules (see the
        module's text), or ``default`` when the product has no such value."""
        found = self._match(attribute, locale, scope)
        return default if found is _MISSING else _field(found, "data")

    def _linked(self, attribute: str, locale: str | None, scope: str | None) -> tuple[Any, Any]:
        found = self._match(attribute, locale, scope)
        if found is _MISSING:
            return None, None
        return _field(found, "data"), _field(found, "linked_data")

    def text(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> str | None:
        """A text, text area or identifier value."""
        data = self.value(attribute, locale=locale, scope=scope)
        return None if data is None else str(data)

    def number(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> Decimal | None:
        """A number value, exact (Akeneo sends decimals as text)."""
        data = self.value(attribute, locale=locale, scope=scope)
        return None if data is None else _decimal(data)

    def boolean(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> bool | None:
        """A yes/no value."""
        data = self.value(attribute, locale=locale, scope=scope)
        return None if data is None else bool(data)

    def date(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> _dt.datetime | None:
        """A date value (Akeneo sends ``2024-01-02T00:00:00+00:00``), with its offset."""
        data = self.value(attribute, locale=locale, scope=scope)
        if data is None:
            return None
        return _dt.datetime.fromisoformat(str(data).replace("Z", "+00:00"))

    def prices(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> list[Price]:
        """A price collection: one :class:`Price` per currency ([] without a value)."""
        data = self.value(attribute, locale=locale, scope=scope) or ()
        return [
            Price(_field(p, "amount"), str(_field(p, "currency")))
            for p in data
            if _field(p, "amount") is not None
        ]

    def price(
        self, attribute: str, currency: str, *, locale: str | None = None, scope: str | None = None
    ) -> Price | None:
        """The price in ``currency`` of a price collection, or None."""
        return next(
            (
                p
                for p in self.prices(attribute, locale=locale, scope=scope)
                if p.currency == currency
            ),
            None,
        )

    def metric(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> Metric | None:
        """A measured value: amount and unit."""
        data = self.value(attribute, locale=locale, scope=scope)
        if data is None or _field(data, "amount") is None:
            return None
        return Metric(_field(data, "amount"), str(_field(data, "unit")))

    def option(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> Option | None:
        """A simple select (or reference data simple select) value: its option, with its labels
        when the reply has them."""
        data, linked = self._linked(attribute, locale, scope)
        if data is None:
            return None
        labels = _field(linked, "labels") if linked is not None else None
        return Option(str(data), dict(labels or {}))

    def options(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> list[Option]:
        """A multi select (or reference data multi select) value: its options in order, with
        their labels when the reply has them (``linked_data`` keyed by option code)."""
        data, linked = self._linked(attribute, locale, scope)
        labels: dict[str, Any] = {}
        if isinstance(linked, Mapping):
            labels = {str(code): _field(entry, "labels") or {} for code, entry in linked.items()}
        elif isinstance(linked, list):
            labels = {str(_field(entry, "code")): _field(entry, "labels") or {} for entry in linked}
        return [Option(str(code), dict(labels.get(str(code)) or {})) for code in data or ()]

    def codes(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> list[str]:
        """A collection of codes: assets, reference entity records, product links."""
        data = self.value(attribute, locale=locale, scope=scope)
        return [str(code) for code in data or ()]

    def table(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> list[dict[str, Any]]:
        """A table value: its rows, each a mapping of column code to cell ([] without a value)."""
        return [dict(row) for row in self.value(attribute, locale=locale, scope=scope) or ()]

    def file(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> FileRef | None:
        """A file or image value: the media file code and its download link."""
        found = self._match(attribute, locale, scope)
        if found is _MISSING or _field(found, "data") is None:
            return None
        links = _field(found, "_links") or {}
        download = _field(links, "download") or {}
        href = _field(download, "href")
        return FileRef(str(_field(found, "data")), None if href is None else str(href))

    def typed(self, attribute: str, *, locale: str | None = None, scope: str | None = None) -> Any:
        """The data typed by the attribute's kind when the reply says it (``attribute_type``,
        sent by recent PIMs): a list of :class:`Price`, a :class:`Metric`, an :class:`Option`
        or a list of them, a :class:`FileRef`, a Decimal for a number, a datetime for a date;
        the data as it is for other kinds, or without ``attribute_type``."""
        found = self._match(attribute, locale, scope)
        if found is _MISSING:
            return None
        reader = _READERS.get(str(_field(found, "attribute_type")))
        if reader is None or _field(found, "data") is None:
            return _field(found, "data")
        return getattr(self, reader)(attribute, locale=locale, scope=scope)

    def quality_score(self, *, scope: str, locale: str) -> str | None:
        """The quality score (a letter, ``A`` to ``E``) for a channel and a locale, when the
        reply has scores (``with_quality_scores=True``)."""
        for entry in getattr(self, "quality_scores", None) or ():
            if _field(entry, "scope") == scope and _field(entry, "locale") == locale:
                data = _field(entry, "data")
                return None if data is None else str(data)
        return None

    def completeness(self, *, scope: str, locale: str) -> int | None:
        """The completeness (percent) for a channel and a locale, when the reply has it
        (``with_completenesses=True``)."""
        for entry in getattr(self, "completenesses", None) or ():
            if _field(entry, "scope") == scope and _field(entry, "locale") == locale:
                data = _field(entry, "data")
                return None if data is None else int(data)
        return None


#: the reader of each Akeneo attribute type whose data :meth:`HasValues.typed` converts
_READERS = {
    "pim_catalog_price_collection": "prices",
    "pim_catalog_metric": "metric",
    "pim_catalog_number": "number",
    "pim_catalog_date": "date",
    "pim_catalog_simpleselect": "option",
    "pim_catalog_multiselect": "options",
    "pim_catalog_reference_data_simple_select": "option",
    "pim_catalog_reference_data_multi_select": "options",
    "pim_catalog_file": "file",
    "pim_catalog_image": "file",
}


def _json(data: object) -> object:
    """``data`` as Akeneo's JSON writes it: prices and metrics as objects with a text amount,
    decimals as text, dates in RFC 3339, options by code, lists item by item."""
    if isinstance(data, Price | Metric):
        return data.to_json()
    if isinstance(data, Option | FileRef):
        return data.code
    if isinstance(data, Decimal):
        return _decimal_text(data)
    if isinstance(data, _dt.datetime):
        return data.isoformat()
    if isinstance(data, _dt.date):
        return data.isoformat()
    if isinstance(data, list | tuple):
        return [_json(item) for item in data]
    if isinstance(data, Mapping):
        return {str(k): _json(v) for k, v in data.items()}
    return data


class Values(Mapping[str, list[dict[str, object]]]):
    """Values to write, in Akeneo's shape (a mapping of attribute code to its values). Each
    :meth:`set` or :meth:`remove` returns a new builder; the one it was called on is unchanged.
    Built from an existing product's values (``Values(product.values)``), it sends them back
    unchanged but for what was set or removed."""

    __slots__ = ("_values",)

    _values: dict[str, list[dict[str, object]]]

    def __init__(self, values: Mapping[str, Iterable[Any]] | None = None) -> None:
        self._values = {}
        for attribute, entries in (values or {}).items():
            self._values[str(attribute)] = [
                {
                    "locale": _field(e, "locale"),
                    "scope": _field(e, "scope"),
                    "data": _json(_field(e, "data")),
                }
                for e in entries
            ]

    def _with(self, attribute: str, locale: str | None, scope: str | None, data: object) -> Values:
        out = Values.__new__(Values)
        out._values = {k: list(v) for k, v in self._values.items()}
        kept = [
            e
            for e in out._values.get(attribute, [])
            if (e["locale"], e["scope"]) != (locale, scope)
        ]
        out._values[attribute] = [*kept, {"locale": locale, "scope": scope, "data": _json(data)}]
        return out

    def set(
        self, attribute: str, data: object, *, locale: str | None = None, scope: str | None = None
    ) -> Values:
        """``attribute``'s value for ``locale`` and ``scope`` (None: not localizable, not
        scopable) becomes ``data``: a text, a number (a Decimal, kept exact), a bool, a date, an
        option code, a list of codes, a list of :class:`Price`, a :class:`Metric`, table rows."""
        return self._with(attribute, locale, scope, data)

    def remove(
        self, attribute: str, *, locale: str | None = None, scope: str | None = None
    ) -> Values:
        """Erase ``attribute``'s value for ``locale`` and ``scope`` (Akeneo erases a value sent
        with null data)."""
        return self._with(attribute, locale, scope, None)

    def to_dict(self) -> dict[str, list[dict[str, object]]]:
        """The JSON Akeneo expects under ``values``."""
        return {k: [dict(e) for e in v] for k, v in self._values.items()}

    def __getitem__(self, attribute: str) -> list[dict[str, object]]:
        return self._values[attribute]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Values({self.to_dict()!r})"
