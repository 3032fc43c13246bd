"""Loaders: curated registries (``soegraph.loaders.registry``) and alias helpers."""
