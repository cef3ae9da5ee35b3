"""Validated Galaxy Repository query filters and the requests built from them.

DiscoverHierarchy and BrowseChildren share one filter vocabulary. Bad input is
rejected here, before anything is sent, with an error that names the argument,
so a typo never turns into a silently unfiltered walk of a large galaxy. Every
rejection is an ``InvalidArgumentError`` (a ``ValueError``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypedDict, TypeVar

from mxgateway.checks import check_bool, check_int, check_text
from mxgateway.errors import InvalidArgumentError
from mxgateway.wire.contract import gr

__all__ = ["MAX_PAGE_SIZE", "FilterArgs", "HierarchyFilter", "ObjectRef"]

MAX_PAGE_SIZE = 5000
"""The largest page the gateway serves; the client rejects bigger requests."""

_T = TypeVar("_T")


def _as_tuple(name: str, values: Iterable[_T]) -> tuple[_T, ...]:
    """An iterable argument as a tuple; a lone str is refused rather than split into characters."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidArgumentError(f"{name} must be a list of values, not {type(values).__name__}")
    return tuple(values)


@dataclass(frozen=True, slots=True)
class ObjectRef:
    """Names one Galaxy object by exactly one of gobject id, tag name or contained path.

    Used for the root of a hierarchy walk and the parent of a browse; the
    contained path uses ``/`` between levels (e.g. ``"Area1/Line3"``).
    """

    gobject_id: int | None = None
    tag_name: str | None = None
    contained_path: str | None = None

    def __post_init__(self) -> None:
        given = [
            name
            for name, value in (
                ("gobject_id", self.gobject_id),
                ("tag_name", self.tag_name),
                ("contained_path", self.contained_path),
            )
            if value is not None
        ]
        if len(given) != 1:
            raise InvalidArgumentError(
                "name the object by exactly one of gobject id, tag name or contained path"
                f" (got {', '.join(given) or 'none'})"
            )
        if self.gobject_id is not None:
            check_int("gobject_id", self.gobject_id, minimum=1)
        elif self.tag_name is not None:
            check_text("tag_name", self.tag_name)
        else:
            path = check_text("contained_path", self.contained_path)
            if any(not segment.strip() for segment in path.split("/")):
                raise InvalidArgumentError(f"contained_path {path!r} has an empty level")

    @classmethod
    def optional(
        cls,
        label: str,
        gobject_id: int | None,
        tag_name: str | None,
        contained_path: str | None,
    ) -> ObjectRef | None:
        """A reference from the ``label``-prefixed keyword arguments; ``None`` when none is set."""
        given = [
            f"{label}_{name}"
            for name, value in (
                ("gobject_id", gobject_id),
                ("tag_name", tag_name),
                ("contained_path", contained_path),
            )
            if value is not None
        ]
        if not given:
            return None
        if len(given) > 1:
            raise InvalidArgumentError(f"pass at most one of {', '.join(given)}")
        return cls(gobject_id=gobject_id, tag_name=tag_name, contained_path=contained_path)


class FilterArgs(TypedDict, total=False):
    """The filter keywords every hierarchy and browse method accepts; see ``HierarchyFilter``."""

    category_ids: Iterable[int]
    template_chain_contains: Iterable[str]
    tag_name_glob: str | None
    include_attributes: bool
    alarm_bearing_only: bool
    historized_only: bool
    page_size: int | None


@dataclass(frozen=True, slots=True)
class HierarchyFilter:
    """Which objects a hierarchy walk or browse returns, validated at construction.

    Attributes:
        category_ids: keep objects of these Galaxy categories (13 = area); empty keeps all.
        template_chain_contains: keep objects whose template chain contains any of these
            templates (e.g. ``"$TestMachine"``); empty keeps all.
        tag_name_glob: keep tag names matching this glob (``*`` and ``?``, whole name,
            case-insensitive); ``None`` keeps all.
        include_attributes: send each object's attributes (the bulk of a reply).
        alarm_bearing_only: keep objects with at least one alarm attribute.
        historized_only: keep objects with at least one historized attribute.
        page_size: objects per request, 1 to ``MAX_PAGE_SIZE``; ``None`` uses the gateway's default.
    """

    category_ids: tuple[int, ...] = field(default=())
    template_chain_contains: tuple[str, ...] = field(default=())
    tag_name_glob: str | None = None
    include_attributes: bool = True
    alarm_bearing_only: bool = False
    historized_only: bool = False
    page_size: int | None = None

    def __post_init__(self) -> None:
        categories = _as_tuple("category_ids", self.category_ids)
        object.__setattr__(
            self,
            "category_ids",
            tuple(check_int("category_ids entry", c, minimum=0) for c in categories),
        )
        templates = _as_tuple("template_chain_contains", self.template_chain_contains)
        object.__setattr__(
            self,
            "template_chain_contains",
            tuple(check_text("template_chain_contains entry", t) for t in templates),
        )
        if self.tag_name_glob is not None:
            check_text("tag_name_glob", self.tag_name_glob)
        check_bool("include_attributes", self.include_attributes)
        check_bool("alarm_bearing_only", self.alarm_bearing_only)
        check_bool("historized_only", self.historized_only)
        if self.page_size is not None:
            check_int("page_size", self.page_size, minimum=1, maximum=MAX_PAGE_SIZE)

    @classmethod
    def from_args(cls, args: FilterArgs) -> HierarchyFilter:
        """The filter for a method's ``**filters`` keywords; an unknown keyword is an error."""
        unknown = sorted(set(args) - set(FilterArgs.__annotations__))
        if unknown:
            raise InvalidArgumentError(
                f"unknown filter {', '.join(unknown)};"
                f" expected any of {', '.join(FilterArgs.__annotations__)}"
            )
        return cls(
            category_ids=_as_tuple("category_ids", args.get("category_ids", ())),
            template_chain_contains=_as_tuple(
                "template_chain_contains", args.get("template_chain_contains", ())
            ),
            tag_name_glob=args.get("tag_name_glob"),
            include_attributes=args.get("include_attributes", True),
            alarm_bearing_only=args.get("alarm_bearing_only", False),
            historized_only=args.get("historized_only", False),
            page_size=args.get("page_size"),
        )

    def discover_request(
        self, root: ObjectRef | None, max_depth: int | None, page_token: str = ""
    ) -> gr.DiscoverHierarchyRequest:
        """The DiscoverHierarchy request for one page of this filter under ``root``.

        ``max_depth`` ``None`` walks every level; otherwise it must be at least 1.
        """
        depth = 0 if max_depth is None else check_int("max_depth", max_depth, minimum=1)
        request = gr.DiscoverHierarchyRequest(max_depth=depth)
        self._fill(request, page_token)
        _set_ref(request, "root", root)
        return request

    def browse_request(
        self, parent: ObjectRef | None, page_token: str = ""
    ) -> gr.BrowseChildrenRequest:
        """The BrowseChildren request for one page of ``parent``'s children (``None``: roots)."""
        request = gr.BrowseChildrenRequest()
        self._fill(request, page_token)
        _set_ref(request, "parent", parent)
        return request

    def _fill(
        self, request: gr.DiscoverHierarchyRequest | gr.BrowseChildrenRequest, page_token: str
    ) -> None:
        """Copy the filter (and the page position) into either request; they share field names."""
        request.page_size = self.page_size or 0
        request.page_token = page_token
        request.category_ids = list(self.category_ids)
        request.template_chain_contains = list(self.template_chain_contains)
        request.tag_name_glob = self.tag_name_glob or ""
        request.include_attributes = self.include_attributes
        request.alarm_bearing_only = self.alarm_bearing_only
        request.historized_only = self.historized_only


def _set_ref(
    request: gr.DiscoverHierarchyRequest | gr.BrowseChildrenRequest,
    prefix: str,
    ref: ObjectRef | None,
) -> None:
    """Set the one oneof member of a fresh ``request`` that names ``ref`` (none for ``None``)."""
    if ref is None:
        return
    if ref.gobject_id is not None:
        setattr(request, f"{prefix}_gobject_id", ref.gobject_id)
    elif ref.tag_name is not None:
        setattr(request, f"{prefix}_tag_name", ref.tag_name)
    else:
        setattr(request, f"{prefix}_contained_path", ref.contained_path)
