"""Published tables → what should add up → checks.

The flow runs one way: a reader (xls, xlsx, csv, docx, html) gives a Grid of cells as a
reader sees them; layout finds the title block, the header and its column tree, the
numbering and label columns; relations say what should add up and how firmly the table says
so; checks weigh each relation on the displayed figures with the rounding rule of ``verify``.
"""
