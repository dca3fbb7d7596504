"""The only place where QGIS layers become numpy arrays and results become layers."""
