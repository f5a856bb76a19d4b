#pragma once

#include "core/diagnostic.h"

#include "qsciincludes.h"

#include <QList>

class QLineEdit;

namespace retort::gui {

// The QScintilla editor every code view builds on: line numbers, folding, a marker margin with
// diagnostics (a marker per problem line and the message as an annotation under it), and a find
// bar (Ctrl+F, F3 / Shift+F3, Esc). Language lexers are set by subclasses (PythonEditor,
// SqlEditor).
// Threading: GUI thread only.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    enum Marker { ErrorMarker = 0, WarningMarker = 1, InfoMarker = 2 };

    explicit CodeEditor(QWidget *parent = nullptr);

    // Shows markers and annotations for the diagnostics (1-based lines; line 0 = the first line).
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    void clearDiagnostics();
    QList<int> markedLines() const;   // 1-based, ascending (for tests and navigation)

    // Selects the next (or previous) occurrence of text, wrapping around; false when none.
    bool find(const QString &text, bool forward = true);
    void showFindBar();
    QLineEdit *findBar() const { return m_findBar; }

    void setText(const QString &text) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Applies the editor font to the lexer's styles; subclasses call it after setLexer().
    void applyFont();

private:
    void updateLineNumberWidth();
    void placeFindBar();

    QLineEdit *m_findBar;
    QsciStyle m_errorStyle;
    QsciStyle m_warningStyle;
    QsciStyle m_infoStyle;
    QString m_lastSearch;
};

} // namespace retort::gui
