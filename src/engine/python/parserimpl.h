#pragma once

#include "python/ast.h"
#include "python/tokenizer.h"

#include <optional>

namespace retort::python {

// Recursive-descent parser over the tokenizer's tokens (comments and non-logical line breaks
// dropped). Internal to parser*.cpp / fstring.cpp. Errors: the first one is kept in m_error and
// every parse function returns null from then on. One instance per parse; not shared.
class Parser {
public:
    Parser(QList<Token> tokens, QString path, int lineOffset = 0);

    Result<ModulePtr> module();
    Result<ExprPtr> singleExpression();

private:
    // tokens
    const Token &peek(int ahead = 0) const;
    Token next();
    bool atOp(QStringView op, int ahead = 0) const { return peek(ahead).isOp(op); }
    bool atKeyword(QStringView kw, int ahead = 0) const { return peek(ahead).isName(kw); }
    bool acceptOp(QStringView op);
    bool acceptKeyword(QStringView kw);
    bool expectOp(QStringView op);
    bool expectKeyword(QStringView kw);
    bool atExpressionStart() const;
    int line() const { return peek().line + m_lineOffset; }
    std::nullptr_t fail(const QString &message, int line = 0);
    bool failed() const { return m_error.has_value(); }

    // statements (parser.cpp)
    bool statement(Block &out);
    bool simpleStatements(Block &out);
    StmtPtr simpleStatement();
    StmtPtr expressionStatement();
    StmtPtr importStatement();
    StmtPtr fromImportStatement();
    bool block(Block &out);
    StmtPtr ifStatement();
    StmtPtr whileStatement();
    StmtPtr forStatement();
    StmtPtr tryStatement();
    StmtPtr withStatement();
    StmtPtr functionDef(QList<ExprPtr> decorators, int line);
    StmtPtr classDef(QList<ExprPtr> decorators, int line);
    std::shared_ptr<Parameters> parameters(bool lambda);
    bool checkTarget(const ExprPtr &target, bool allowStar = true);
    QString dottedName();

    // expressions (parserexpr.cpp)
public:
    ExprPtr test();                 // conditional expression or lambda
private:
    ExprPtr testListStarExpr();     // a, *b, c  (tuple without parentheses)
    ExprPtr exprList();             // targets of for / comprehensions (stops before 'in')
    ExprPtr testList();             // a, b  (no stars)
    ExprPtr starOrTest();
    ExprPtr lambdaExpr();
    ExprPtr orTest();
    ExprPtr andTest();
    ExprPtr notTest();
    ExprPtr comparison();
    ExprPtr binary(int level);
    ExprPtr factor();
    ExprPtr power();
    ExprPtr primary();
    ExprPtr atom();
    ExprPtr parenthesized();
    ExprPtr listDisplay();
    ExprPtr braceDisplay();
    ExprPtr callTrailer(ExprPtr func);
    ExprPtr subscriptTrailer(ExprPtr value);
    ExprPtr sliceItem();
    ExprPtr number(const Token &token);
    ExprPtr strings();
    bool comprehensionClauses(QList<Comprehension> &out);

    // f-strings (fstring.cpp)
    bool fstringParts(const Token &token, QList<ExprPtr> &parts);
    bool fstringBody(QStringView body, bool raw, QChar quote, int line, QList<ExprPtr> &parts,
                     int depth);

    ExprPtr makeExpr(ExprKind kind, int line) const;
    StmtPtr makeStmt(StmtKind kind, int line) const;

    QList<Token> m_tokens;
    int m_pos = 0;
    QString m_path;
    int m_lineOffset = 0;
    std::optional<Error> m_error;
    Token m_end;
};

// Appends a string constant to a JoinedStr's parts, merging it with a preceding constant.
void appendLiteral(QList<ExprPtr> &parts, const QString &text, int line);

// Fills ScopeInfo for a function body: names bound locally, declared global / nonlocal.
std::shared_ptr<ScopeInfo> computeScope(const Parameters &params, const Block &body);

} // namespace retort::python
