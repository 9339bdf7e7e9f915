"""The corpus: real specs from ../shared, each generated, imported, smoke-called and linted."""
