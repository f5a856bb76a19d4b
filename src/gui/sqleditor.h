#pragma once

#include "codeeditor.h"

class QsciLexerSQL;

namespace retort::gui {

// A CodeEditor for SQL (previews, offline scripts): QsciLexerSQL with the fixed-pitch font,
// folding on BEGIN/COMMIT blocks and comments.
// Threading: GUI thread only.
class SqlEditor : public CodeEditor
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    QsciLexerSQL *sqlLexer() const { return m_lexer; }

private:
    QsciLexerSQL *m_lexer;
};

} // namespace retort::gui
