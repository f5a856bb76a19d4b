#include "sql/dialect.h"

#include "sql/compiler.h"
#include "sql/postgresqldialect.h"
#include "sql/sqlitedialect.h"

namespace retort::sql {

std::unique_ptr<Dialect> Dialect::create(const QString &name)
{
    if (name == QLatin1String("sqlite"))
        return std::make_unique<SqliteDialect>();
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
        return std::make_unique<PostgresqlDialect>();
    return nullptr;
}

QString Dialect::quoteIdentifier(const QString &identifier) const
{
    bool needs = identifier.isEmpty();
    if (!needs) {
        const QChar first = identifier.at(0);
        if (first.isDigit() || first == QLatin1Char('$'))
            needs = true;
    }
    for (QChar c : identifier) {
        if (needs)
            break;
        const char16_t u = c.unicode();
        const bool legal = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_' || u == '$';
        if (!legal)   // upper case, or any other character
            needs = true;
    }
    if (!needs && isReservedWord(identifier))
        needs = true;
    if (!needs)
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString Dialect::formatTable(const QString &name, const QString &schema) const
{
    if (schema.isEmpty())
        return quoteIdentifier(name);
    // Alembic's quote_dotted: each dot-separated part of the schema is quoted on its own.
    QStringList parts;
    for (const QString &p : schema.split(QLatin1Char('.')))
        parts << quoteIdentifier(p);
    return parts.join(QLatin1Char('.')) + QLatin1Char('.') + quoteIdentifier(name);
}

Result<QString> Dialect::renderType(const ops::SqlType &type) const
{
    return Compiler(*this).type(type);
}

Result<QString> Dialect::renderLiteral(const ops::SqlValue &value, const ops::SqlType *type) const
{
    return Compiler(*this).literal(value, type);
}

Result<QString> Dialect::renderExpression(const ops::SqlExpression &expression) const
{
    return Compiler(*this).expr(expression);
}

Result<QStringList> Dialect::render(const ops::Operation &operation, RenderState &state) const
{
    return Compiler(*this).operation(operation, state);
}

Error pythonError(const QString &exceptionClass, const QString &message, int line)
{
    if (exceptionClass == QLatin1String("CommandError"))
        return makeError(ErrorCode::Command, message, {}, line);
    // SQLAlchemy's exceptions print qualified in a traceback's last line; builtins do not.
    static const QStringList sqlalchemy = {
        QStringLiteral("CompileError"), QStringLiteral("UnsupportedCompilationError"),
        QStringLiteral("ArgumentError"), QStringLiteral("CircularDependencyError"),
        QStringLiteral("NoSuchTableError"), QStringLiteral("InvalidRequestError")};
    const QString name = sqlalchemy.contains(exceptionClass) ? QStringLiteral("sqlalchemy.exc.") + exceptionClass
                                                             : exceptionClass;
    return makeError(ErrorCode::Internal, name + QLatin1String(": ") + message, {}, line);
}

const char *const kSqliteNoAlterConstraints =
    "No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode feature "
    "which allows for SQLite migrations using a copy-and-move strategy.";

const char *const kBackground = " (Background on this error at: https://sqlalche.me/e/14/l7de)";

} // namespace retort::sql
