#include "codeeditor.h"


#include <QFontDatabase>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMap>

#include <algorithm>

namespace retort::gui {

namespace {

constexpr int LineNumberMargin = 0;
constexpr int SymbolMargin = 1;
constexpr int FoldMargin = 2;
constexpr int AnnotationStyleBase = 200;

QFont editorFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent), m_findBar(new QLineEdit(this)),
      // Fixed style numbers above every lexer's range: QsciStyle(-1) allocates a new number per
      // instance, and after a few dozen editors those collide with the predefined styles (32-39).
      m_errorStyle(AnnotationStyleBase, QStringLiteral("error annotation"), QColor(0x8b, 0x00, 0x00), QColor(0xfd, 0xe2, 0xe2), editorFont()),
      m_warningStyle(AnnotationStyleBase + 1, QStringLiteral("warning annotation"), QColor(0x6b, 0x4a, 0x00), QColor(0xff, 0xf4, 0xcc), editorFont()),
      m_infoStyle(AnnotationStyleBase + 2, QStringLiteral("info annotation"), QColor(0x1f, 0x3f, 0x6f), QColor(0xe3, 0xee, 0xfa), editorFont())
{
    setUtf8(true);
    setFont(editorFont());
    setMarginsFont(editorFont());
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setIndentationGuides(true);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(QColor(0xf4, 0xf6, 0xfa));
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setWrapMode(QsciScintilla::WrapNone);

    setMarginType(LineNumberMargin, QsciScintilla::NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    setMarginType(SymbolMargin, QsciScintilla::SymbolMargin);
    setMarginWidth(SymbolMargin, 14);
    setMarginSensitivity(SymbolMargin, false);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, FoldMargin);
    setMarginsBackgroundColor(QColor(0xf0, 0xf0, 0xf0));

    markerDefine(QsciScintilla::Circle, ErrorMarker);
    setMarkerBackgroundColor(QColor(0xd0, 0x30, 0x30), ErrorMarker);
    setMarkerForegroundColor(QColor(0x80, 0x10, 0x10), ErrorMarker);
    markerDefine(QsciScintilla::Circle, WarningMarker);
    setMarkerBackgroundColor(QColor(0xf0, 0xb4, 0x00), WarningMarker);
    setMarkerForegroundColor(QColor(0x90, 0x60, 0x00), WarningMarker);
    markerDefine(QsciScintilla::Circle, InfoMarker);
    setMarkerBackgroundColor(QColor(0x3a, 0x7b, 0xd5), InfoMarker);
    setMarkerForegroundColor(QColor(0x1f, 0x3f, 0x6f), InfoMarker);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);

    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->setPlaceholderText(tr("Find (Enter: next, Shift+Enter: previous, Esc: close)"));
    m_findBar->setClearButtonEnabled(true);
    m_findBar->hide();
    m_findBar->installEventFilter(this);
    connect(m_findBar, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Incremental: search again from the start of the current selection.
        int line, index, lineTo, indexTo;
        getSelection(&line, &index, &lineTo, &indexTo);
        if (line >= 0)
            setCursorPosition(line, index);
        find(text, true);
    });
    connect(m_findBar, &QLineEdit::returnPressed, this, [this] { find(m_findBar->text(), true); });
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberWidth);
    updateLineNumberWidth();
}

void CodeEditor::applyFont()
{
    if (QsciLexer *l = lexer()) {
        l->setDefaultFont(editorFont());
        l->setFont(editorFont(), -1);
    }
    setMarginsFont(editorFont());
}

void CodeEditor::setText(const QString &text)
{
    const bool readOnly = isReadOnly();
    setReadOnly(false);
    QsciScintilla::setText(text);
    setReadOnly(readOnly);
    updateLineNumberWidth();
}

void CodeEditor::updateLineNumberWidth()
{
    const int digits = std::max(3, int(QString::number(lines()).size()));
    setMarginWidth(LineNumberMargin, QString(digits + 1, QLatin1Char('9')));
}

void CodeEditor::clearDiagnostics()
{
    markerDeleteAll();
    clearAnnotations();
}

void CodeEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    clearDiagnostics();
    // Several problems on one line share an annotation; the worst severity picks the marker.
    QMap<int, QList<Diagnostic>> byLine;
    for (const Diagnostic &d : diagnostics)
        byLine[std::clamp(d.line - 1, 0, std::max(0, lines() - 1))].append(d);
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
        Diagnostic::Severity worst = Diagnostic::Severity::Info;
        QStringList texts;
        for (const Diagnostic &d : it.value()) {
            worst = std::max(worst, d.severity);
            texts << QStringLiteral("%1: %2").arg(Diagnostic::severityName(d.severity), d.message);
        }
        const int marker = worst == Diagnostic::Severity::Error ? ErrorMarker
                           : worst == Diagnostic::Severity::Warning ? WarningMarker : InfoMarker;
        markerAdd(it.key(), marker);
        const QsciStyle &style = worst == Diagnostic::Severity::Error ? m_errorStyle
                                 : worst == Diagnostic::Severity::Warning ? m_warningStyle : m_infoStyle;
        annotate(it.key(), texts.join(QLatin1Char('\n')), style);
    }
}

QList<int> CodeEditor::markedLines() const
{
    QList<int> out;
    const unsigned mask = (1u << ErrorMarker) | (1u << WarningMarker) | (1u << InfoMarker);
    int line = const_cast<CodeEditor *>(this)->markerFindNext(0, mask);
    while (line >= 0) {
        out << line + 1;
        line = const_cast<CodeEditor *>(this)->markerFindNext(line + 1, mask);
    }
    return out;
}

bool CodeEditor::find(const QString &text, bool forward)
{
    if (text.isEmpty())
        return false;
    m_lastSearch = text;
    int line, index;
    if (forward) {
        getCursorPosition(&line, &index);
    } else {
        // Backwards search starts before the current selection.
        int lineTo, indexTo;
        getSelection(&line, &index, &lineTo, &indexTo);
        if (line < 0)
            getCursorPosition(&line, &index);
    }
    return findFirst(text, false, false, false, true, forward, line, index, true);
}

void CodeEditor::showFindBar()
{
    placeFindBar();
    m_findBar->show();
    m_findBar->raise();
    m_findBar->setFocus();
    m_findBar->selectAll();
}

void CodeEditor::placeFindBar()
{
    const int width = std::min(360, std::max(160, viewport()->width() / 2));
    m_findBar->setFixedWidth(width);
    m_findBar->move(viewport()->geometry().right() - width - 8, viewport()->geometry().top() + 6);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QsciScintilla::resizeEvent(event);
    if (m_findBar->isVisible())
        placeFindBar();
}

bool CodeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findBar && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            find(m_findBar->text(), false);
            return true;
        }
    }
    return QsciScintilla::eventFilter(watched, event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        showFindBar();
        return;
    }
    if (event->matches(QKeySequence::FindNext) || event->matches(QKeySequence::FindPrevious)) {
        find(m_lastSearch.isEmpty() ? m_findBar->text() : m_lastSearch, event->matches(QKeySequence::FindNext));
        return;
    }
    if (event->key() == Qt::Key_Escape && m_findBar->isVisible()) {
        m_findBar->hide();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

} // namespace retort::gui
