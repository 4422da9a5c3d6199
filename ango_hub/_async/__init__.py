"""The asynchronous source of the client.

``AsyncClient`` (``_client.py``) and its resources (``resources/``) are written here once.
``scripts/unasync.py`` rewrites each file without ``async``/``await`` into the synchronous
twin (``ango_hub/_client.py``, ``ango_hub/resources/``) on ``make generate``, and ``make
check-generated`` fails when the two drift apart. Edit these files, never the twins.
"""
