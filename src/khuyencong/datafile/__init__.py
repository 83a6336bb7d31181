"""Data files: YAML and JSON read into located trees, validated into a Dataset, written back,
and output files written atomically.
"""
