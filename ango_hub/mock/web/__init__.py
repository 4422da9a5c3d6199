"""HTTP and spec wiring: what turns the OpenAPI document into the mock's routes and answers.

* :mod:`.spec`: the OpenAPI document (:class:`~.spec.ApiSpec`), and validation of values
  against its schemas;
* :mod:`.validation`: requests checked and converted against their operation
  (:func:`~.validation.parse_request`);
* :mod:`.handling`: what every handler shares (its signature, :func:`~.handling.handler`);
* :mod:`.errors`: the errors the mock answers with (status and ``ErrorResponse`` body);
* :mod:`.own_urls`: the URLs of files the mock serves itself, shown with the root a
  request reached it at;
* :mod:`.coverage`: which response properties of the spec the mock sends.

The app that puts them together is :mod:`ango_hub.mock.app` (:func:`~ango_hub.mock.create_app`).
"""
