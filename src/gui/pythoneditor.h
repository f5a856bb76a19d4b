#pragma once

#include "codeeditor.h"

class QsciLexerPython;

namespace retort::gui {

// A CodeEditor for Python revision scripts: QsciLexerPython with the fixed-pitch font, indentation
// guides and folding on indentation.
// Threading: GUI thread only.
class PythonEditor : public CodeEditor
{
    Q_OBJECT

public:
    explicit PythonEditor(QWidget *parent = nullptr);
    QsciLexerPython *pythonLexer() const { return m_lexer; }

private:
    QsciLexerPython *m_lexer;
};

} // namespace retort::gui
