"""Printed documents in the Party format (Guideline 36-HD/VPTW): each returns the PDF's bytes.

One layout for paper, screen and printer: the preview and the printer show these same bytes.
Every header, name and place comes from the store or the cell profile, never from code.
"""

from .consolidated import ConsolidatedReport, ConsolidatedRow, consolidated_pdf
from .keyslip import keyslip_pdf, keyslip_text
from .minutes import attendance_pdf, minutes_pdf
from .personal_plan import personal_plan_pdf, personal_plans_pdf
from .report import cell_report_pdf, report_pdf

__all__ = [
    "ConsolidatedReport", "ConsolidatedRow", "attendance_pdf", "cell_report_pdf", "consolidated_pdf", "keyslip_pdf",
    "keyslip_text", "minutes_pdf", "personal_plan_pdf", "personal_plans_pdf", "report_pdf",
]
