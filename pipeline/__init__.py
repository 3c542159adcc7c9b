"""Chinese medical NLP extraction pipeline: disease records in, tidy tables out."""
