"""Pure numpy/scipy computations. Nothing in this package imports QGIS."""
