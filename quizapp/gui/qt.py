"""The one module that imports PySide6: every other GUI module takes its Qt names from here."""

from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QCursor,
    QDropEvent,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QInputMethodEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

PYSIDE6_DIR = Path(PySide6.__file__).parent  # where the Qt plugins and translations ship

__all__ = [
    "PYSIDE6_DIR",
    "QAbstractItemModel", "QAbstractItemView", "QAbstractListModel", "QAction", "QActionGroup",
    "QApplication", "QButtonGroup", "QByteArray", "QColor", "QCursor", "QDropEvent", "QComboBox", "QCoreApplication", "QDialog",
    "QDialogButtonBox", "QFileDialog", "QElapsedTimer", "QEvent", "QFont", "QFontDatabase", "QFormLayout", "QFrame", "QGridLayout",
    "QGroupBox", "QGuiApplication", "QInputMethodEvent", "QHBoxLayout", "QItemSelectionModel", "QKeySequence", "QLabel",
    "QLibraryInfo", "QLineEdit", "QListView", "QLocale", "QMainWindow", "QMenu", "QMessageBox",
    "QMimeData", "QModelIndex", "QObject", "QPalette", "QPersistentModelIndex", "QPoint", "QPointF", "QProgressBar",
    "QPushButton", "QRadioButton", "QSettings", "QShortcut", "QSize", "QSizePolicy", "QSpinBox",
    "QSplitter", "QStackedWidget", "QStandardItem", "QStandardItemModel", "QTextBrowser",
    "QTextCharFormat", "QTextCursor", "QTextDocument", "QTimer", "QToolButton", "QToolTip", "QTranslator",
    "QTreeView", "QUrl", "QVBoxLayout", "QWidget", "Qt", "QtMsgType", "Signal", "Slot",
    "qInstallMessageHandler",
    # drawn widgets (timeline, charts)
    "QAbstractScrollArea", "QBrush", "QFontMetricsF", "QImage", "QPainter", "QPainterPath", "QPen",
    "QPolygonF", "QRect", "QRectF",
]

# teacher tools (browser table, editor undo, background operations, printing)
from PySide6.QtCore import QAbstractTableModel, QMarginsF, QRunnable, QSizeF, QThreadPool  # noqa: E402
from PySide6.QtGui import QPageLayout, QPageSize, QUndoCommand, QUndoStack  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QCheckBox,
    QHeaderView,
    QInputDialog,
    QPlainTextEdit,
    QProgressDialog,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
)

__all__ += [
    "QAbstractTableModel", "QCheckBox", "QHeaderView", "QInputDialog",
    "QMarginsF", "QPageLayout", "QPageSize", "QPlainTextEdit", "QPrinter", "QProgressDialog", "QRunnable",
    "QScrollArea", "QSizeF", "QTabWidget", "QTableView", "QTextEdit", "QThreadPool", "QToolBar",
    "QUndoCommand", "QUndoStack",
]
