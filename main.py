"""Launcher: ``python main.py`` is the same program as the installed ``coprod-desktop``."""

from coprod_desktop.app import main

if __name__ == "__main__":
    main()
