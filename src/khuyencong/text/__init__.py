"""Report text: documents read into passages, passages into statements, statements into findings."""
