"""One module per row of docs/benchmarks.md; each has ``run(ctx) -> RowResult``."""
