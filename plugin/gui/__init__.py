"""Desktop user interface (toolbar, dock widgets, dialogs). Loaded only by ``initGui``."""
