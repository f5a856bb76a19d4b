#include "python/staticcheck.h"

#include "python/parser.h"

#include <QSet>

#include <algorithm>

namespace retort::python {

namespace {

const QStringList &supportedRoots()
{
    static const QStringList roots = {
        QStringLiteral("alembic"), QStringLiteral("sqlalchemy"), QStringLiteral("sqlmodel"),
        QStringLiteral("typing"), QStringLiteral("typing_extensions"), QStringLiteral("__future__"),
        QStringLiteral("os"), QStringLiteral("logging"), QStringLiteral("datetime"), QStringLiteral("uuid"),
        QStringLiteral("json")};
    // re, enum, decimal: not provided yet (see installStandardModules)
    return roots;
}

// Builtins whose use needs the real Python (file access, dynamic code, ORM sessions). A set: the
// check runs over every call of every revision about to run.
bool isBannedCall(const QString &name)
{
    static const QSet<QString> banned = {
        QStringLiteral("open"), QStringLiteral("exec"), QStringLiteral("eval"), QStringLiteral("compile"),
        QStringLiteral("__import__"), QStringLiteral("input"), QStringLiteral("globals"),
        QStringLiteral("locals"), QStringLiteral("vars"), QStringLiteral("setattr"),
        QStringLiteral("delattr"), QStringLiteral("iter"), QStringLiteral("next"),
        QStringLiteral("Session"), QStringLiteral("sessionmaker")};
    return banned.contains(name);
}

class Checker {
public:
    StaticCheckResult result;
    QString path;

    void reason(int line, const QString &message)
    {
        result.supported = false;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.file = path;
        d.line = line;
        d.message = message;
        result.reasons.append(d);
    }

    void block(const Block &b)
    {
        for (const StmtPtr &s : b)
            stmt(*s);
    }

    void stmt(const Stmt &s)
    {
        switch (s.kind) {
        case StmtKind::Import:
            for (const ImportAlias &a : s.names)
                if (!isSupportedModule(a.name))
                    reason(s.line, QStringLiteral("imports '%1', which the built-in interpreter does not provide").arg(a.name));
            break;
        case StmtKind::ImportFrom:
            if (s.level > 0) {
                reason(s.line, QStringLiteral("relative import 'from %1%2 import ...'")
                                   .arg(QString(s.level, QLatin1Char('.')), s.name));
            } else if (!isSupportedModule(s.name)) {
                reason(s.line, QStringLiteral("imports from '%1', which the built-in interpreter does not provide").arg(s.name));
            } else {
                for (const ImportAlias &a : s.names) {
                    if (a.name == QLatin1String("orm") || a.name == QLatin1String("Session")
                        || a.name == QLatin1String("sessionmaker"))
                        reason(s.line, QStringLiteral("imports '%1' (ORM sessions need the project's Python)").arg(a.name));
                }
            }
            break;
        case StmtKind::ClassDef:
            reason(s.line, QStringLiteral("defines class '%1'").arg(s.name));
            return;
        case StmtKind::FunctionDef:
            if (!s.decorators.isEmpty())
                reason(s.decorators.first()->line, QStringLiteral("uses a decorator on '%1'").arg(s.name));
            break;
        default:
            break;
        }
        for (const ExprPtr *e : {&s.value, &s.target, &s.test, &s.annotation, &s.returns})
            expr(*e);
        for (const ExprPtr &e : s.targets)
            expr(e);
        for (const WithItem &w : s.items) {
            expr(w.context);
            expr(w.target);
        }
        block(s.body);
        block(s.orelse);
        block(s.finalbody);
        for (const ExceptHandler &h : s.handlers) {
            expr(h.type);
            block(h.body);
        }
        if (s.params) {
            for (const Parameter &p : std::as_const(s.params->positional))
                expr(p.defaultValue);
            for (const Parameter &p : std::as_const(s.params->keywordOnly))
                expr(p.defaultValue);
        }
    }

    void expr(const ExprPtr &node)
    {
        if (!node)
            return;
        // const access: iterating a non-const QList detaches it (allocates, and races with other
        // threads reading the same tree).
        const Expr *e = node.get();
        if (e->kind == ExprKind::Attribute && e->name == QLatin1String("orm"))
            reason(e->line, QStringLiteral("uses sqlalchemy.orm (ORM sessions need the project's Python)"));
        if (e->kind == ExprKind::Call && e->a->kind == ExprKind::Name && isBannedCall(e->a->name))
            reason(e->line, QStringLiteral("calls %1()").arg(e->a->name));
        for (const ExprPtr *c : {&e->a, &e->b, &e->c})
            expr(*c);
        for (const ExprPtr &c : e->items)
            expr(c);
        for (const ExprPtr &c : e->values)
            expr(c);
        for (const Keyword &k : e->keywords)
            expr(k.value);
        for (const Comprehension &g : e->generators) {
            expr(g.iter);
            for (const ExprPtr &c : g.ifs)
                expr(c);
        }
    }
};

} // namespace

bool isSupportedModule(const QString &name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QStringView root = dot < 0 ? QStringView(name) : QStringView(name).left(dot);
    const QStringList &roots = supportedRoots();
    if (std::none_of(roots.cbegin(), roots.cend(), [root](const QString &r) { return r == root; }))
        return false;
    if (dot < 0)
        return true;
    if (name == QLatin1String("sqlalchemy.orm") || name.startsWith(QLatin1String("sqlalchemy.orm."))
        || name.startsWith(QLatin1String("sqlalchemy.ext")) || name == QLatin1String("sqlmodel.orm")
        || name.startsWith(QLatin1String("alembic.command")) || name.startsWith(QLatin1String("alembic.config"))
        || name.startsWith(QLatin1String("alembic.autogenerate")) || name.startsWith(QLatin1String("alembic.script")))
        return false;
    return true;
}

QString formatReasons(const QList<Diagnostic> &reasons)
{
    QStringList lines;
    for (const Diagnostic &r : reasons)
        lines << QStringLiteral("  %1 (%2:%3)").arg(r.message, r.file).arg(r.line);
    return lines.join(QLatin1Char('\n'));
}

StaticCheckResult staticCheck(const Module &module)
{
    Checker c;
    c.path = module.path;
    c.block(module.body);
    return c.result;
}

StaticCheckResult staticCheck(const QString &source, const QString &path)
{
    auto parsed = parseModule(source, path);
    if (!parsed) {
        StaticCheckResult r;
        r.supported = false;
        Diagnostic d;
        d.severity = parsed.error().message.startsWith(QLatin1String("unsupported construct"))
                         ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error;
        d.file = path;
        d.line = parsed.error().line;
        d.message = parsed.error().message;
        r.reasons.append(d);
        return r;
    }
    return staticCheck(*parsed.value());
}

} // namespace retort::python
