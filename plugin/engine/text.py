"""Translatable texts of the engine, which imports no Qt: the marker ``QT_TR_NOOP`` and
:class:`Text`, a message whose template (marked) and format arguments are kept apart, so the
boundary (``i18n.tr_message``) can translate the template before formatting it."""

from __future__ import annotations

from collections.abc import Callable


def QT_TR_NOOP(text: str) -> str:
    """Mark ``text`` for ``pylupdate5`` (context ``@default``, in a class or not) without
    translating it: whoever shows it translates it with ``i18n.tr``."""
    return text


class Text:
    """``template.format(*arguments)``, translatable: ``str()`` is the English text;
    :func:`text_of` with a translate function gives it in another language. Engine errors
    carry one as their message: ``raise ScenarioError(Text(QT_TR_NOOP("{0} is missing"), key))``."""

    __slots__ = ("arguments", "template")

    def __init__(self, template: str, *arguments) -> None:
        self.template = template
        self.arguments = arguments

    def __str__(self) -> str:
        return text_of(self)

    def __repr__(self) -> str:
        return f"Text({self.template!r}, *{self.arguments!r})"

    def __eq__(self, other) -> bool:
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))

    def render(self, translate: Callable[[str], str]) -> str:
        """The text with its template (and Text arguments) passed through ``translate``."""
        return translate(self.template).format(*[_argument(a, translate) for a in self.arguments])


class Joined(Text):
    """Texts (or values) joined by ``separator``, each translated, the separator not: a list
    of per-feature sentences whose length is not known when the templates are written."""

    __slots__ = ()

    def __init__(self, separator: str, items) -> None:
        super().__init__(separator, *items)

    def __repr__(self) -> str:
        return f"Joined({self.template!r}, {list(self.arguments)!r})"

    def render(self, translate: Callable[[str], str]) -> str:
        return self.template.join(text_of(a, translate) for a in self.arguments)


def _same(text: str) -> str:
    return text


def text_of(value, translate: Callable[[str], str] = _same) -> str:
    """``value`` as text: a :class:`Text`, or an exception whose message is one, with its
    template (and those of Text or exception arguments, recursively) passed through
    ``translate``; any other value as ``str()``."""
    if isinstance(value, BaseException) and len(value.args) == 1:
        value = value.args[0]
    if not isinstance(value, Text):
        return str(value)
    return value.render(translate)


def _argument(value, translate):
    """Texts and exceptions translated; numbers and other values kept for format specs."""
    return text_of(value, translate) if isinstance(value, (Text, BaseException)) else value
