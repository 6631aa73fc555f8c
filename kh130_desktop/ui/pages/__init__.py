"""The main window's pages: each a QWidget(ctx, parent) with optional refresh(),
has_unsaved_changes(), save(), new() and focus_search()."""
