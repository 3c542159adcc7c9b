"""Alternative execution engines for the same per-record function (``runner.process_item``)."""
