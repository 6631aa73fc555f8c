"""Table models (QAbstractTableModel) over the domain, one per grid."""
