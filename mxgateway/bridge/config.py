"""The bridge's settings: validated dataclasses built from a TOML file and options.

A configuration is a mapping of sections (``[mqtt]``, ``[tags]``, ``[bridge]``), each
a mapping of keys. ``load_config_file`` reads one from TOML; ``merge_sections`` lays
the command-line options over it; ``BridgeConfig.from_sections`` validates the result.
Secrets never live in the file or on the command line: the broker password comes from
the environment variable named by ``password_env``, and a key that looks like a secret
(``password``, ``api_key``, ...) is refused with an error naming the key, not the value.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Final

from mxgateway.checks import check_bool, check_int, check_text
from mxgateway.errors import InvalidArgumentError
from mxgateway.options import check_seconds

__all__ = [
    "DEFAULT_PASSWORD_ENV",
    "BridgeConfig",
    "MqttSettings",
    "TagSelection",
    "load_config_file",
    "merge_sections",
]

#: The environment variable the broker password is read from unless ``password_env`` names one.
DEFAULT_PASSWORD_ENV: Final = "MXGW_MQTT_PASSWORD"
#: Keys refused anywhere in a configuration: secrets come from the environment only.
_SECRET_KEYS: Final = frozenset({"password", "api_key", "apikey", "secret", "token"})
Sections = Mapping[str, Mapping[str, Any]]


def load_config_file(path: Path) -> dict[str, dict[str, Any]]:
    """The sections of a TOML configuration file (``InvalidArgumentError`` if unreadable)."""
    document = _read_toml(path)
    sections: dict[str, dict[str, Any]] = {}
    for name, section in document.items():
        if not isinstance(section, dict):
            raise InvalidArgumentError(f"{path}: {name} must be a [{name}] table")
        sections[name] = section
    return sections


def _read_toml(path: Path) -> dict[str, Any]:
    """The parsed TOML document at ``path``."""
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except OSError as exc:
        raise InvalidArgumentError(f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidArgumentError(f"{path} is not valid TOML: {exc}") from None


def merge_sections(base: Sections, over: Sections) -> dict[str, dict[str, Any]]:
    """``base`` with every key of ``over`` that is not None laid over it, section by section."""
    merged = {name: dict(section) for name, section in base.items()}
    for name, section in over.items():
        target = merged.setdefault(name, {})
        target.update({key: value for key, value in section.items() if value is not None})
    return merged


def _strings(name: str, value: object) -> tuple[str, ...]:
    """A list of non-empty strings (a lone string counts as a list of one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise InvalidArgumentError(f"{name} must be a list of strings, not {type(value).__name__}")
    return tuple(check_text(f"{name} entry", item) for item in value)


def _path(name: str, value: object) -> Path | None:
    if value is None or isinstance(value, Path):
        return value
    return Path(check_text(name, value))


def _topic_level(name: str, value: object) -> str:
    """A topic prefix or id: no wildcards, no empty level, no leading ``$``."""
    text = check_text(name, value)
    if any(char in text for char in "+#\0") or text.startswith("$"):
        raise InvalidArgumentError(f"{name} must not contain + or # or start with $")
    if any(not level for level in text.split("/")):
        raise InvalidArgumentError(f"{name} must not have an empty topic level")
    return text


@dataclass(frozen=True)
class MqttSettings:
    """Where the broker is and how to log in (the password itself only from the environment)."""

    host: str = "localhost"
    port: int = 1883
    username: str | None = None
    password_env: str = DEFAULT_PASSWORD_ENV
    tls: bool = False
    ca_file: Path | None = None
    client_id: str | None = None
    keepalive: int = 30

    def __post_init__(self) -> None:
        check_text("mqtt host", self.host)
        check_int("mqtt port", self.port, minimum=1, maximum=65535)
        if self.username is not None:
            check_text("mqtt username", self.username)
        check_text("mqtt password_env", self.password_env)
        check_bool("mqtt tls", self.tls)
        if self.ca_file is not None and not self.ca_file.is_file():
            raise InvalidArgumentError(f"mqtt ca_file {self.ca_file} does not exist")
        if self.client_id is not None:
            check_text("mqtt client_id", self.client_id)
        check_int("mqtt keepalive", self.keepalive, minimum=5, maximum=65535)

    def password(self) -> str | None:
        """The broker password from ``password_env`` (None when that variable is unset)."""
        return os.environ.get(self.password_env) or None


@dataclass(frozen=True)
class TagSelection:
    """Which tags to bridge: a list (``tags``, ``tags_file``) or a Galaxy selection.

    The Galaxy selection goes through DiscoverHierarchy's filters: ``area`` (contained path
    of the area to start at), ``templates`` (template chain contains any), ``object_glob``
    (object tag names), ``historized_only`` and ``alarm_only`` (also applied to each
    attribute), plus ``attribute_glob`` on attribute names. Tags are subscribed in
    SubscribeBulk chunks of ``chunk_size``.
    """

    tags: tuple[str, ...] = ()
    tags_file: Path | None = None
    area: str | None = None
    templates: tuple[str, ...] = ()
    object_glob: str | None = None
    attribute_glob: str | None = None
    historized_only: bool = False
    alarm_only: bool = False
    chunk_size: int = 1000

    def __post_init__(self) -> None:
        for name in ("area", "object_glob", "attribute_glob"):
            if getattr(self, name) is not None:
                check_text(name, getattr(self, name))
        check_bool("historized_only", self.historized_only)
        check_bool("alarm_only", self.alarm_only)
        check_int("chunk_size", self.chunk_size, minimum=1, maximum=5000)
        galaxy = (
            self.area is not None
            or bool(self.templates)
            or self.object_glob is not None
            or self.historized_only
            or self.alarm_only
        )
        if (self.tags or self.tags_file is not None) and galaxy:
            raise InvalidArgumentError(
                "choose tags either as a list (tags, tags_file) or as a Galaxy selection "
                "(area, templates, object_glob, historized_only, alarm_only), not both"
            )

    @property
    def from_galaxy(self) -> bool:
        """True when the tags come from the Galaxy (no list or file was given)."""
        return not self.tags and self.tags_file is None

    def check_chosen(self) -> None:
        """Refuse a selection that names nothing, rather than bridge a whole galaxy by accident."""
        if self.from_galaxy and not (
            self.area is not None
            or self.templates
            or self.object_glob is not None
            or self.attribute_glob is not None
            or self.historized_only
            or self.alarm_only
        ):
            raise InvalidArgumentError(
                "choose the tags: a list (--tag, --tags-file) or a Galaxy selection (--area, "
                "--template, --object-glob, ...; --object-glob '*' bridges every object)"
            )

    def listed_tags(self) -> list[str]:
        """The listed tags and those of ``tags_file`` (one per line; ``#`` starts a comment)."""
        tags = list(self.tags)
        if self.tags_file is not None:
            try:
                text = self.tags_file.read_text(encoding="utf-8")
            except OSError as exc:
                raise InvalidArgumentError(
                    f"cannot read tags file {self.tags_file}: {exc.strerror}"
                ) from None
            for line in text.splitlines():
                tag = line.split("#", 1)[0].strip()
                if tag:
                    tags.append(tag)
        if not tags:
            raise InvalidArgumentError("the tag list is empty")
        return list(dict.fromkeys(tags))


@dataclass(frozen=True)
class BridgeConfig:
    """Everything a bridge needs besides the gateway connection.

    ``prefix`` is the root of the topic tree, ``bridge_id`` names this bridge under
    ``<prefix>/$bridge/``. ``allow_writes`` are tag globs (``*``, ``?``, case-insensitive)
    whose ``set`` topics are honoured; empty means read-only. ``queue_size`` bounds the
    messages held for the broker (see ``outbox`` for the drop policy).
    """

    mqtt: MqttSettings = field(default_factory=MqttSettings)
    selection: TagSelection = field(default_factory=TagSelection)
    prefix: str = "mxgateway"
    bridge_id: str = "bridge"
    allow_writes: tuple[str, ...] = ()
    queue_size: int = 100_000
    stats_interval: float = 10.0
    write_timeout: float = 30.0
    reconnect_delay: float = 1.0
    max_reconnect_delay: float = 30.0

    def __post_init__(self) -> None:
        _topic_level("prefix", self.prefix)
        _topic_level("bridge_id", self.bridge_id)
        if "/" in self.bridge_id:
            raise InvalidArgumentError("bridge_id must be one topic level (no /)")
        check_int("queue_size", self.queue_size, minimum=1, maximum=100_000_000)
        for name in ("stats_interval", "write_timeout", "reconnect_delay", "max_reconnect_delay"):
            check_seconds(name, getattr(self, name), optional=False)

    @property
    def client_id(self) -> str:
        """The MQTT client id: the configured one, else one derived from the bridge id."""
        return self.mqtt.client_id or f"mxgw-bridge-{self.bridge_id}"

    @classmethod
    def from_sections(cls, sections: Sections) -> BridgeConfig:
        """Validate a configuration given as sections (a TOML document, merged options)."""
        unknown = sorted(set(sections) - {"mqtt", "tags", "bridge"})
        if unknown:
            raise InvalidArgumentError(
                f"unknown configuration section {', '.join(unknown)}; expected mqtt, tags, bridge"
            )
        mqtt = dict(_section(sections, "mqtt", MqttSettings))
        tags = dict(_section(sections, "tags", TagSelection))
        bridge = dict(_section(sections, "bridge", cls))
        mqtt["ca_file"] = _path("mqtt ca_file", mqtt.get("ca_file"))
        tags["tags_file"] = _path("tags_file", tags.get("tags_file"))
        for name in ("tags", "templates"):
            tags[name] = _strings(name, tags.get(name, ()))
        bridge["allow_writes"] = _strings("allow_writes", bridge.get("allow_writes", ()))
        return cls(mqtt=MqttSettings(**mqtt), selection=TagSelection(**tags), **bridge)


def _section(sections: Sections, name: str, target: type) -> Mapping[str, Any]:
    """One section's keys, refusing secrets and keys ``target`` does not have."""
    section = sections.get(name, {})
    known = {f.name for f in fields(target)} - {"mqtt", "selection"}
    for key in section:
        if key.lower() in _SECRET_KEYS:
            raise InvalidArgumentError(
                f"[{name}] {key}: secrets are read from environment variables only "
                f"(set {DEFAULT_PASSWORD_ENV}, or name the variable with password_env)"
            )
        if key not in known:
            raise InvalidArgumentError(
                f"unknown key {key!r} in [{name}]; expected any of {', '.join(sorted(known))}"
            )
    return section
