#include "pythoneditor.h"


namespace retort::gui {

PythonEditor::PythonEditor(QWidget *parent) : CodeEditor(parent), m_lexer(new QsciLexerPython(this))
{
    m_lexer->setFoldComments(true);
    m_lexer->setFoldQuotes(true);
    m_lexer->setIndentationWarning(QsciLexerPython::Inconsistent);
    m_lexer->setHighlightSubidentifiers(true);
    setLexer(m_lexer);
    applyFont();
}

} // namespace retort::gui
