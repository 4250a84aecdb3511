"""The demo: the sample study's whole life driven through the real ``vault`` command.

Not part of the library: nothing in ``vault`` imports it. ``make demo`` (``scripts/demo.py``)
and the end-to-end test (``tests/test_lifecycle.py``) run the same stages::

    from vault.demo.lifecycle import Lifecycle
    Lifecycle(Path("/tmp/demo"), echo=print).run_all()
"""
