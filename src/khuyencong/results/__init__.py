"""Plain rows for summary, verify and scan, and the Python API."""
