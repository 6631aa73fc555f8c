"""Small widgets of our own that the forms use in place of Qt's (registered with the form loader)."""
