"""Write the algorithms' help pages into the staged plugin (``make stage``):
``help/index.html`` in English and ``help/index_<lang>.html`` per shipped translation, each
built from fresh algorithm instances made while that language's translator is installed."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_app import start_qgis


def main() -> None:
    app = start_qgis()
    from qgis.core import QgsApplication

    from clearance_planner.help import help_file, help_html
    from clearance_planner.i18n import LANGUAGES, install_translator, remove_translator

    provider = QgsApplication.processingRegistry().providerById("clearance")
    for language in ("", *LANGUAGES):
        translator = install_translator(language) if language else None
        if language and translator is None:
            raise SystemExit(f"build_help: no compiled translation for {language}")
        algorithms = [a.create() for a in provider.algorithms()]
        path = help_file(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(help_html(algorithms), encoding="utf-8")
        remove_translator(translator)
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
