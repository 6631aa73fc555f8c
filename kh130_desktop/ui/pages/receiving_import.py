"""The receiving page's first tab: report files from a USB stick, examined first (a dry run that
writes nothing, each file with what would happen and why), then imported on "Nhập"."""

from __future__ import annotations

from pathlib import Path

from ...domain.exchange import importer, outcomes
from ..common import domain_text, existing_folder, open_file_names
from ..operations import Changes

OUTCOME_COLOURS = {
    outcomes.Outcome.ACCEPTED: "#d8f0d8", outcomes.Outcome.SUPERSEDES: "#d8f0d8", outcomes.Outcome.DUPLICATE: "#eeeeee",
    outcomes.Outcome.STALE: "#eeeeee", outcomes.Outcome.HELD: "#fff1c2", outcomes.Outcome.REJECTED: "#f8d0d0",
}


class ReceivingImport:
    """Part of ReceivingPage (pages/receiving_page.py): its `pending`, `last_results`,
    `results_model`, `import_button`, `status_label` and `_run`."""

    def _choose_files(self) -> list[str]:
        return open_file_names(self, self.tr("Chọn tệp báo cáo"), self.tr("Tệp báo cáo KH130 (*.kh130);;Mọi tệp (*)"))

    def _choose_folder(self) -> str:
        return existing_folder(self, self.tr("Chọn thư mục (ổ USB) chứa tệp báo cáo"))

    def add_files(self) -> None:
        names = self._choose_files()
        if names:
            self.dry_run([Path(n) for n in names])

    def add_folder(self) -> None:
        folder = self._choose_folder()
        if folder:
            self.dry_run([Path(folder)])

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dry_run(paths)

    def clear(self) -> None:
        self.pending = []
        self.last_results = []
        self.results_model.set_rows([])
        self.import_button.setEnabled(False)

    def _show_results(self, results: list[outcomes.FileResult], dry: bool) -> None:
        self.last_results = results
        self.results_model.set_rows(
            [(r.file_name, domain_text(r.label), r.cell_name, r.period, r.revision, domain_text(r.reason)) for r in results],
            colours=[OUTCOME_COLOURS[r.outcome] for r in results], tips=[domain_text(r.reason) for r in results])
        counts: dict[str, int] = {}
        for r in results:
            counts[domain_text(r.label)] = counts.get(domain_text(r.label), 0) + 1
        summary = ", ".join(f"{label}: {n}" for label, n in counts.items()) or self.tr("không có tệp .kh130 nào")
        if dry:
            self.status_label.setText(self.tr("Kiểm tra trước (chưa ghi gì): {s}. Bấm “Nhập” để nhập.").format(s=summary))
        else:
            self.status_label.setText(self.tr("Đã nhập: {s}.").format(s=summary))

    def dry_run(self, paths: list[Path]) -> None:
        """Show per file what would happen and why; nothing is written."""
        ctx = self.ctx
        files = importer.collect_files(paths)

        def done(results: list[outcomes.FileResult]) -> None:
            self.pending = files
            self._show_results(results, dry=True)
            self.import_button.setEnabled(bool(files))

        self._run(self.tr("Đang kiểm tra tệp…"),
                  lambda progress: importer.import_paths(ctx.store, files, dry_run=True, progress=progress), done)

    def commit_import(self) -> None:
        if not self.pending:
            return
        files, ctx = list(self.pending), self.ctx

        def done(results: list[outcomes.FileResult]) -> None:
            self.pending = []
            self.import_button.setEnabled(False)
            self._show_results(results, dry=False)

        self._run(self.tr("Đang nhập tệp báo cáo…"), lambda progress: importer.import_paths(ctx.store, files, progress=progress),
                  done, changes=Changes.RECEIVING)
