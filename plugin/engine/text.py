"""The translation marker, here so the engine (which imports no Qt) can mark its labels too."""


def QT_TR_NOOP(text: str) -> str:
    """Mark ``text`` for ``pylupdate5`` (context ``@default``, in a class or not) without
    translating it: whoever shows it translates it with ``i18n.tr``."""
    return text
