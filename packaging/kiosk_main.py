# The bundle's entry point: the same `kiosk` command as the checkout's.
import sys

from kiosk.cli import main

sys.exit(main())
