"""What people see: rows rendered as tables, CSV, JSON and Markdown; bars and charts."""
