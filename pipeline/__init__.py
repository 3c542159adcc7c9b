"""Chinese medical NLP extraction pipeline: disease records in, tidy tables out.

For notebooks::

    import pipeline
    nlp = pipeline.load()                  # spaCy Language: jieba tokenizer + components
    doc = nlp("呈弥漫性色素沉着(93%)")
    tables = pipeline.run("seeds")         # dict of pandas DataFrames
    tables = pipeline.run("seeds", out="outputs")   # …and written as CSV + Parquet
"""

from .language import load
from .runner import run

__all__ = ["load", "run"]
