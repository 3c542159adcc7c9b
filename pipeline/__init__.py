"""Chinese medical NLP extraction pipeline: disease records in, tidy tables out.

For notebooks::

    import pipeline
    nlp = pipeline.load()                  # spaCy Language: jieba tokenizer + components
    doc = nlp("呈弥漫性色素沉着(93%)")
    tables = pipeline.run("seeds")         # dict of pandas DataFrames
    tables = pipeline.run("seeds", out="outputs")   # …and written as CSV + Parquet
    tables = pipeline.run(frame)           # records in memory: a DataFrame, a list of dicts
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .language import load
    from .runner import run

__all__ = ["__version__", "load", "run"]

#: The package version (pyproject.toml reads it from here).
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import spaCy and pandas only when ``load``/``run`` are used, so that
    ``python -m pipeline --help`` and ``import pipeline.normalize`` start fast."""
    if name == "load":
        from .language import load

        return load
    if name == "run":
        from .runner import run

        return run
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
