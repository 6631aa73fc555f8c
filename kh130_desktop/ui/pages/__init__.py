"""The main window's pages: each a `base.Page(ctx, parent)`, which answers refresh(),
has_unsaved_changes(), save(then), discard_changes(), new() and focus_search(), and refreshes
itself on the change notices it watches."""
