"""The client's asynchronous source: ``AsyncClient``, its resources, the bulk-import engine.

Written here once, by hand. ``scripts/unasync.py`` rewrites every file without
``async``/``await`` into ``ango_hub/_sync/`` (``Client`` and its resources) on ``make
generate``, and ``make check-generated`` fails when the two drift apart. Edit the files of
``ango_hub/_async/``, never those of ``ango_hub/_sync/``.
"""
