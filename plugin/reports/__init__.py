"""Reports: HTML (matplotlib charts, embedded images) and PDF (QGIS print layout)."""
