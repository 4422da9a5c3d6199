"""The webhooks of the mock: what fires them, how they are sent, and a receiver for tests.

* :mod:`.events`: which calls fire a webhook and the event they carry
  (:func:`~.events.fire_webhooks`);
* :mod:`.delivery`: signed POSTs from a background thread, retried and logged
  (documented as ``ango_hub.mock.delivery``);
* :mod:`.receiver`: a webhook receiver on 127.0.0.1 for tests (documented as
  ``ango_hub.mock.receiver``).
"""
