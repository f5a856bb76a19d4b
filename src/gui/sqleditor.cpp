#include "sqleditor.h"


namespace retort::gui {

SqlEditor::SqlEditor(QWidget *parent) : CodeEditor(parent), m_lexer(new QsciLexerSQL(this))
{
    m_lexer->setFoldComments(true);
    m_lexer->setFoldCompact(false);
    m_lexer->setBackslashEscapes(false);
    setLexer(m_lexer);
    applyFont();
}

} // namespace retort::gui
