"""Entity dictionaries: building them from public lexicons and loading them."""
