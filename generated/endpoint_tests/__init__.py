# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Generated endpoint tests of the ``akeneo_pim`` client (see conftest.py for the modes)."""
