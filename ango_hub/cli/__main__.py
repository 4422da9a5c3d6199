"""``python -m ango_hub.cli``: the same as the ``ango-hub`` command."""

import sys

from ango_hub.cli import main

sys.exit(main())
