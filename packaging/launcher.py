"""The frozen bundle's entry script, for both executables (kh130 and kh130-cli).

PyInstaller runs its entry script as a top-level `__main__`, where the package's own
`__main__.py` cannot use its relative imports; this file imports the package by name instead.
`main()` first checks the Windows version (kh130_desktop/system_check.py), before Qt is
imported; importing it here loads nothing but the package's two small modules.
"""

import sys

from kh130_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
