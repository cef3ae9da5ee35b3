"""Command-line text to values, through the library's ``parse_value``."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

__all__ = ["parse_timestamp", "parse_timestamps", "parse_values"]


def parse_timestamp(text: str | None) -> "dt.datetime":
    """An ISO 8601 timestamp argument (with an offset or Z), or now (UTC) when not given."""
    import datetime as dt

    from mxgateway.values import parse_value

    if text is None:
        return dt.datetime.now(dt.timezone.utc)
    value = parse_value(text, "datetime")
    assert isinstance(value, dt.datetime)
    return value


def parse_timestamps(texts: "Sequence[str] | None", count: int) -> "list[dt.datetime]":
    """The ``--timestamps`` entries, or now for each of ``count`` entries."""
    if texts is None:
        return [parse_timestamp(None)] * count
    return [parse_timestamp(text) for text in texts]


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
