"""The measured programs: each runs in a fresh process, is given a JSON spec as its one argument,
and prints its result as one JSON line (``seconds``, ``cpu``, ...).

``hub.py`` runs ango-hub and bare httpx in ``.venv``; ``sdk.py`` runs the official SDK in
``.venv-sdk`` (stdlib and ``imerit_ango`` only). Neither imports anything from ``bench``.
"""
