"""The cell's record book: the cell's profile, its roster and the roster import, study sessions
with attendance and minutes, pledges with their progress and year-end review, the year's plan,
reporting periods, the vocabulary of the Party's documents, and the figures of a period (the
one place a period's numbers come from) with the cell's report built on them.

Uses `store/` for its tables and transactions; knows nothing of signed files or of Qt.
"""
