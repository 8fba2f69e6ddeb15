"""The guides, read inside the program and offline: the organiser's guide and the judge's guide,
Markdown files of docs/ (shipped in the built program too) shown with their pictures.

A link to another guide or section opens in the same window; a link to a web page opens in
the system's browser. Back and Forward (Alt+Left, Alt+Right) walk the pages read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImageReader,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

#: Where the guides are: docs/ beside the program's packages (the source tree and the built
#: folder alike).
DOCS = Path(__file__).resolve().parents[1] / "docs"

#: guide → file for each language (the organiser's guide exists in both; the judge's guide
#: is for Vietnamese judges).
GUIDES: dict[str, dict[str, str]] = {
    "organiser": {"vi": "huong-dan-ban-to-chuc.md", "en": "user-guide.md"},
    "judge": {"vi": "huong-dan-giam-khao.md", "en": "huong-dan-giam-khao.md"},
}


def guide_file(guide: str, language: str) -> Path:
    files = GUIDES[guide]
    return DOCS / files.get(language, files["vi"])


def guide_title(path: Path) -> str:
    """The guide's first heading ("# Hướng dẫn …"), else its file name."""
    try:
        with path.open(encoding="utf-8") as text:
            for line in text:
                if line.startswith("# "):
                    return line[2:].strip()
    except OSError:
        pass
    return path.name


class GuideWindow(QWidget):
    """One guide, in a window of its own that stays open beside the program."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.path = path
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # web links go to the browser, guides stay here
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.browser.historyChanged.connect(self._on_page_changed)
        layout.addWidget(self.browser)
        row = QHBoxLayout()
        self.back = QPushButton(self.tr("&Back"), self)
        self.back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.back.setEnabled(False)
        self.forward = QPushButton(self.tr("&Forward"), self)
        self.forward.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.forward.setEnabled(False)
        row.addWidget(self.back)
        row.addWidget(self.forward)
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(900, 700)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self._on_page_changed()

    def _on_page_changed(self) -> None:
        self._show_title()
        self._fit_pictures()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_pictures()

    def _fit_pictures(self) -> None:
        """Shrink each screenshot wider than the page to the page's width (never enlarge)."""
        room = max(200, self.width() - 90)  # the page, less margins and the scroll bar
        folder = Path(self.browser.source().toLocalFile()).parent
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                shape = fragment.charFormat()
                if shape.isImageFormat():
                    image = shape.toImageFormat()
                    size = QImageReader(str(folder / image.name())).size()
                    if size.isValid() and size.width() > 0:
                        width = min(size.width(), room)
                        image.setWidth(width)
                        image.setHeight(size.height() * width / size.width())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image)
                fragments += 1
            block = block.next()

    def _show_title(self) -> None:
        source = self.browser.source()
        self.setWindowTitle(guide_title(Path(source.toLocalFile())))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        if target.isLocalFile() and Path(target.toLocalFile()).suffix != ".md":
            QDesktopServices.openUrl(target)  # a picture or a sample file: the system's viewer
            return
        self.browser.setSource(target)

    def text(self) -> str:
        return self.browser.toPlainText()
