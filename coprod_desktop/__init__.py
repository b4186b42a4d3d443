"""coprod-desktop: run in-person co-production workshops, offline."""

__version__ = "0.1.0"
APP_NAME = "coprod-desktop"
APP_TITLE = "Co-production Workshop"
