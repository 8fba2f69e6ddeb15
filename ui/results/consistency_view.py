"""Judge consistency beside the ranking: numbers per judge, two plots, the marks far from the
panel median and the agreement between judges (see judging/ranking/consistency.py for the
definitions). Plots are pyqtgraph (QtCharts is not part of PySide6-Essentials); their
coordinates are floats made from the exact values, for drawing only. The numbers in the tables
are the exact statistics rounded half-up for reading (SD is the one float statistic).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPaintEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judging.model import Role
from judging.numbers import format_places
from judging.ranking.consistency import ConsistencyReport, JudgeStats, MarkPoint
from ui.numbers import show_number, ui_language

_Index = QModelIndex | QPersistentModelIndex
_CTX = "Consistency"

_BLUE = "#2563eb"
_RED = "#dc2626"
_GREEN = "#059669"
_GREY = "#9ca3af"
_AMBER = "#d97706"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def fmt(value: Fraction | Decimal | float | None, places: int = 2) -> str:
    """Statistics for reading: half-up to ``places`` (they never feed the ranking)."""
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{value:.{places}f}"
        return text.replace(".", ",") if ui_language() == "vi" else text
    return format_places(value, places, ui_language())


def signed(value: Fraction | Decimal | None) -> str:
    text = fmt(value)
    return "+" + text if value is not None and value > 0 else text


def interpretation_text(key: str) -> str:
    return {
        "not computable": tr("not computable"),
        "none": tr("no agreement"),
        "weak": tr("weak agreement"),
        "moderate": tr("moderate agreement"),
        "strong": tr("strong agreement"),
        "very strong": tr("very strong agreement"),
        "poor": tr("poor reliability"),
        "good": tr("good reliability"),
        "excellent": tr("excellent reliability"),
    }.get(key, key)


def reason_text(reason: str) -> str:
    return {
        "fewer than two judges": tr("fewer than two judges"),
        "fewer than two entries": tr("fewer than two entries"),
        "every judge gave every entry the same total": tr(
            "every judge gave every entry the same total"
        ),
        "no two entries were scored by the same two or more judges": tr(
            "no two entries were scored by the same two or more judges"
        ),
        "no entry has two judges": tr("no entry has two judges"),
        "no variation in the totals": tr("no variation in the totals"),
    }.get(reason, reason)


def role_text(role: Role) -> str:
    return {Role.MEMBER: tr("member"), Role.CHAIR: tr("chair"), Role.TRAINEE: tr("trainee")}.get(
        role, str(role)
    )


def _aside(text: str) -> str:
    """A plain sentence beside a figure, in grey."""
    return f"<span style='color:#6b7280'>{text}</span>"


class _ReadOnlyModel(QAbstractTableModel):
    """Rows of immutable values; subclasses say the headers and the text of each cell."""

    headers: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._grey: tuple[bool, ...] = ()

    def set_cells(self, rows: Sequence[tuple[str, ...]], grey: Sequence[bool] = ()) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._grey = tuple(grey) or (False,) * len(self._rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header_texts())

    def header_texts(self) -> tuple[str, ...]:
        raise NotImplementedError

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._grey[index.row()]:
            return QBrush(QColor(_GREY))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            texts = self.header_texts()
            return texts[section] if 0 <= section < len(texts) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None


class JudgeStatsModel(_ReadOnlyModel):
    numeric = frozenset(range(3, 10))

    def header_texts(self) -> tuple[str, ...]:
        return (
            tr("Judge"),
            tr("Name"),
            tr("Role"),
            tr("Marks"),
            tr("Entries"),
            tr("Mean total"),
            tr("SD"),
            tr("Panel mean"),
            tr("Mean deviation"),
            tr("Far from median"),
        )

    def set_stats(self, stats: Sequence[JudgeStats]) -> None:
        self.set_cells(
            [
                (
                    s.judge,
                    s.judge_name,
                    role_text(s.role),
                    str(s.marks),
                    str(s.entries),
                    fmt(s.mean),
                    fmt(s.sd),
                    fmt(s.panel_mean),
                    signed(s.mean_deviation),
                    str(s.outliers),
                )
                for s in stats
            ],
            [s.role == Role.TRAINEE for s in stats],
        )


class OutlierModel(_ReadOnlyModel):
    numeric = frozenset({3, 4, 5, 6})

    def header_texts(self) -> tuple[str, ...]:
        return (
            tr("Entry"),
            tr("Criterion"),
            tr("Judge"),
            tr("Mark"),
            tr("Panel median"),
            tr("Off by"),
            tr("Panel mark"),
        )

    def set_points(
        self, points: Sequence[MarkPoint], criterion_names: Mapping[str, str] | None = None
    ) -> None:
        names = criterion_names or {}
        self.set_cells(
            [
                (
                    p.entry,
                    names.get(p.criterion, p.criterion),
                    f"{p.judge} — {p.judge_name}",
                    show_number(p.value),
                    fmt(p.median),
                    signed(p.deviation),
                    show_number(p.panel),
                )
                for p in points
            ],
            [p.role == Role.TRAINEE for p in points],
        )


class _PlotWidget(pg.PlotWidget):  # type: ignore[misc]
    """A PlotWidget whose painting is never interrupted by the cycle collector.

    pyqtgraph paints in Python; a collection pass started inside that paint can destroy a
    dropped pyqtgraph view (kept alive only by a reference cycle) whose paint device Qt is
    still using: "QPaintDevice: Cannot destroy paint device that is being painted", then a
    segfault (seen here after a language switch; pyqtgraph issue #1628 is the same family).
    Holding the collector off for the length of the paint removes that window."""

    def paintEvent(self, event: QPaintEvent) -> None:
        enabled = gc.isenabled()
        gc.disable()
        try:
            super().paintEvent(event)
        finally:
            if enabled:
                gc.enable()


def _plot() -> pg.PlotWidget:
    widget = _PlotWidget(background="w")
    item = widget.getPlotItem()
    for side in ("bottom", "left"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen("#6b7280"))
        axis.setTextPen(pg.mkPen("#374151"))
    item.showGrid(x=True, y=True, alpha=0.25)
    widget.setMinimumHeight(260)
    return widget


def _label(widget: pg.PlotWidget, title: str, x_label: str, y_label: str) -> None:
    item = widget.getPlotItem()
    item.setTitle(title, color="#111827", size="10pt")
    item.getAxis("bottom").setLabel(x_label, color="#374151")
    item.getAxis("left").setLabel(y_label, color="#374151")


class ConsistencyView(QWidget):
    """Fed a ``ConsistencyReport`` through ``set_report``; does no I/O."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.agreement = QLabel(self)
        self.agreement.setWordWrap(True)
        self.agreement.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.agreement)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.judges_model = JudgeStatsModel(self)
        self.judges_table = self._table(self.judges_model)
        self.judges_box = self._boxed("", self.judges_table)
        splitter.addWidget(self.judges_box)

        plots = QWidget(self)
        plot_row = QHBoxLayout(plots)
        plot_row.setContentsMargins(0, 0, 0, 0)
        self.spread_plot = _plot()
        self.scatter_plot = _plot()
        plot_row.addWidget(self.spread_plot)
        plot_row.addWidget(self.scatter_plot)
        splitter.addWidget(plots)

        self.outlier_model = OutlierModel(self)
        self.outlier_table = self._table(self.outlier_model)
        self.outlier_box = self._boxed("", self.outlier_table)
        splitter.addWidget(self.outlier_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 420, 180])
        layout.addWidget(splitter, 1)
        self.report: ConsistencyReport | None = None
        self._criterion_names: dict[str, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.judges_box.setTitle(tr("Judges against the panel"))
        _label(
            self.spread_plot,
            tr("Each judge's mean total ± SD against the panel"),
            tr("Judge"),
            tr("Total"),
        )
        _label(
            self.scatter_plot,
            tr("Judge's mark against the panel mark"),
            tr("Panel mark"),
            tr("Judge's mark"),
        )
        if self.report is None:
            self.outlier_box.setTitle(tr("Marks far from the panel median"))
        else:
            self.set_report(self.report)

    @staticmethod
    def _boxed(title: str, inner: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(inner)
        return box

    def _table(self, model: QAbstractTableModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def clear(self) -> None:
        self.report = None
        self.agreement.setText("")
        self.judges_model.set_stats(())
        self.outlier_model.set_points(())
        self.spread_plot.clear()
        self.scatter_plot.clear()

    def show_problem(self, message: str) -> None:
        self.clear()
        self.agreement.setText(message)

    def set_report(
        self, report: ConsistencyReport, criterion_names: Mapping[str, str] | None = None
    ) -> None:
        self.report = report
        if criterion_names is not None:
            self._criterion_names = dict(criterion_names)
        self.agreement.setText(self.agreement_html(report))
        self.judges_model.set_stats(report.judges)
        self.outlier_model.set_points(report.outliers, self._criterion_names)
        share = fmt(report.outlier_share * 100, 0)
        self.outlier_box.setTitle(
            tr("Marks far from the panel median (more than %1% of the criterion's maximum): %2")
            .replace("%1", share)
            .replace("%2", str(len(report.outliers)))
        )
        self._draw_spread(report)
        self._draw_scatter(report)

    @staticmethod
    def agreement_html(report: ConsistencyReport) -> str:
        lines = []
        icc = report.icc
        if icc.value is not None:
            lines.append(
                tr("ICC(1) = <b>%1</b> (%2) over %3 entries, %4 judge totals")
                .replace("%1", fmt(icc.value, 3))
                .replace("%2", interpretation_text(icc.interpretation))
                .replace("%3", str(icc.entries))
                .replace("%4", str(icc.ratings))
            )
        else:
            lines.append(tr("ICC(1): not computable (%1)").replace("%1", reason_text(icc.reason)))
        lines.append(
            _aside(
                tr(
                    "ICC(1) says how far the totals differ because the entries differ rather "
                    "than because the judges do: near 1, the judges score alike; near 0, a "
                    "total says more about its judge than about the entry."
                )
            )
        )
        groups = [c for c in report.concordance if c.w is not None]
        if groups:
            for c in groups[:3]:
                lines.append(
                    tr(
                        "Kendall's W = <b>%1</b> (%2) over %3 entries scored by the same %4 judges (%5)"
                    )
                    .replace("%1", fmt(c.w, 3))
                    .replace("%2", interpretation_text(c.interpretation))
                    .replace("%3", str(len(c.entries)))
                    .replace("%4", str(len(c.judges)))
                    .replace("%5", ", ".join(c.judges))
                )
            if len(groups) > 3:
                lines.append(
                    tr("… and Kendall's W of %1 smaller groups of entries").replace(
                        "%1", str(len(groups) - 3)
                    )
                )
        else:
            reason = report.concordance[0].reason if report.concordance else ""
            lines.append(tr("Kendall's W: not computable (%1)").replace("%1", reason_text(reason)))
        lines.append(
            _aside(
                tr(
                    "Kendall's W says whether judges who scored the same entries put them in "
                    "the same order: 1, the same order; 0, no common order."
                )
            )
        )
        lines.append(_aside(tr("Trainees are shown but left out of both figures.")))
        return "<br>".join(lines)

    def _draw_spread(self, report: ConsistencyReport) -> None:
        plot = self.spread_plot
        plot.clear()
        item = plot.getPlotItem()
        if item.legend is None:
            item.addLegend(offset=(-10, 10), labelTextColor="#374151")
        stats = [s for s in report.judges if s.mean is not None]
        if not stats:
            return
        xs = np.arange(len(stats), dtype=float)
        means = np.array([float(s.mean) for s in stats if s.mean is not None])
        sds = np.array([s.sd or 0.0 for s in stats])
        panel = np.array(
            [float(s.panel_mean) if s.panel_mean is not None else np.nan for s in stats]
        )
        plot.addItem(
            pg.ErrorBarItem(x=xs, y=means, height=2 * sds, beam=0.25, pen=pg.mkPen(_BLUE, width=2))
        )
        brushes = [pg.mkBrush(_AMBER if s.role == Role.TRAINEE else _BLUE) for s in stats]
        plot.plot(
            xs,
            means,
            pen=None,
            symbol="o",
            symbolSize=10,
            symbolBrush=brushes,
            symbolPen=pg.mkPen("w"),
            name=tr("judge: mean ± SD"),
        )
        plot.plot(
            xs,
            panel,
            pen=None,
            symbol="d",
            symbolSize=12,
            symbolBrush=pg.mkBrush(_RED),
            symbolPen=pg.mkPen("w"),
            name=tr("panel: mean, same entries"),
        )
        axis = item.getAxis("bottom")
        axis.setTicks([[(float(i), s.judge) for i, s in enumerate(stats)]])
        item.setXRange(-0.6, len(stats) - 0.4, padding=0)
        # Head room above the bars for the legend.
        lows = [m - d for m, d in zip(means, sds, strict=True)] + [p for p in panel if p == p]
        highs = [m + d for m, d in zip(means, sds, strict=True)] + [p for p in panel if p == p]
        low, high = float(min(lows)), float(max(highs))
        span = (high - low) or 1.0
        item.setYRange(low - 0.05 * span, high + 0.35 * span, padding=0)

    def _draw_scatter(self, report: ConsistencyReport) -> None:
        plot = self.scatter_plot
        plot.clear()
        item = plot.getPlotItem()
        if item.legend is None:
            item.addLegend(offset=(10, 10), labelTextColor="#374151")
        points = [p for p in report.points if p.panel is not None]
        if not points:
            return
        top = max(max(float(p.value), float(p.panel or 0)) for p in points)
        plot.plot([0.0, top], [0.0, top], pen=pg.mkPen(_GREY, width=1, style=Qt.PenStyle.DashLine))
        groups: tuple[tuple[str, str, Callable[[MarkPoint], bool]], ...] = (
            (tr("members' marks"), _BLUE, lambda p: not p.outlying and p.role != Role.TRAINEE),
            (tr("trainees' marks"), _AMBER, lambda p: not p.outlying and p.role == Role.TRAINEE),
            (tr("far from the median"), _RED, lambda p: p.outlying),
        )
        for name, colour, wanted in groups:
            chosen = [p for p in points if wanted(p)]
            if not chosen:
                continue
            scatter = pg.ScatterPlotItem(
                x=[float(p.panel or 0) for p in chosen],
                y=[float(p.value) for p in chosen],
                size=9,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen("w"),
                name=name,
            )
            plot.addItem(scatter)
