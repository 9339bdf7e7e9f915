# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""One module per resource; each defines a blocking class and its ``Async`` twin."""
