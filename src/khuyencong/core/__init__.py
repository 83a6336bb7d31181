"""The pure core: numbers as written, exact intervals, the rounding rule, verdicts and the model.

Nothing here reads a file or imports click or rich.
"""
