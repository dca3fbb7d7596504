"""The translation marker, here so the engine (which imports no Qt) can mark its labels too."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pylupdate5`` (context ``@default``) without translating it: whoever
    shows it translates it with ``i18n.tr``."""
    return text
