"""Behaviours a mock can be given beyond answering the spec.

* :mod:`.faults`: latency, rate limits, errors, dropped connections and truncated downloads
  (:class:`~.faults.FaultConfig`, documented as ``ango_hub.mock.faults``);
* :mod:`.perturb`: four operations answering with drift from the spec, for drift checks
  (documented as ``ango_hub.mock.perturb``);
* :mod:`.strict`: refusing what the real service refuses beyond the spec (documented as
  ``ango_hub.mock.strict``);
* :mod:`.loadtest`: a large ``Load test`` project (``create_app(tasks=N)``).
"""
