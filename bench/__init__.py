"""The side-by-side benchmarks of ango-hub, the official SDK and bare httpx (``make bench``).

``python -m bench.run`` runs every row (bench/README.md) and writes docs/benchmarks.md.
"""
