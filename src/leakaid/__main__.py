import sys

from leakaid.cli import main

sys.exit(main())
