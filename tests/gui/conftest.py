from tests.qgis_support import clearance_provider  # noqa: F401 -- fixture
