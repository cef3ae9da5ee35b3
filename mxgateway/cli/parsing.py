"""Command-line text to values, through the library's ``parse_value``."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

__all__ = ["check_type_name", "parse_timestamp", "parse_timestamps", "parse_values"]


def parse_timestamp(text: str | None, option: str = "--timestamp") -> "dt.datetime":
    """An ISO 8601 timestamp argument (with an offset or Z), or now (UTC) when not given;
    an error names ``option``."""
    import datetime as dt

    from mxgateway.errors import InvalidArgumentError
    from mxgateway.values import parse_value

    if text is None:
        return dt.datetime.now(dt.UTC)
    try:
        value = parse_value(text, "datetime")
    except InvalidArgumentError as exc:
        raise InvalidArgumentError(f"{option}: {exc}") from None
    assert isinstance(value, dt.datetime)
    return value


def parse_timestamps(texts: "Sequence[str] | None", count: int) -> "list[dt.datetime]":
    """The ``--timestamps`` entries, or now for each of ``count`` entries."""
    if texts is None:
        return [parse_timestamp(None)] * count
    return [
        parse_timestamp(text, f"--timestamps entry {index + 1}") for index, text in enumerate(texts)
    ]


def check_type_name(type_: object, value: str | None) -> None:
    """cyclopts validator of ``--type``: a value type the library knows (a usage error else)."""
    from mxgateway.values import VALUE_TYPES

    if value is not None and value not in VALUE_TYPES:
        raise ValueError(f"Use one of {', '.join(VALUE_TYPES)}.")


def parse_values(texts: "Sequence[str]", type_name: str | None) -> list[object]:
    """Parse each ``--values`` entry with the one ``--type``; errors name the entry."""
    from mxgateway.errors import InvalidArgumentError
    from mxgateway.values import parse_value

    values = []
    for index, text in enumerate(texts):
        try:
            values.append(parse_value(text, type_name))
        except InvalidArgumentError as exc:
            raise InvalidArgumentError(f"--values entry {index + 1} ({text!r}): {exc}") from None
    return values
