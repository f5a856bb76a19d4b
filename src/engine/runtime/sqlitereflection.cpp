#include "runtime/sqlitereflection.h"

#include "runtime/connection.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace retort {

namespace {

using ops::Column;
using ops::Constraint;
using ops::SqlExpression;
using ops::SqlType;
using Kind = ops::SqlType::Kind;

QString quoted(const QString &identifier)
{
    QString e = identifier;
    e.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + e + QLatin1Char('"');
}

QString unquote(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2 && ((name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
                             || (name.startsWith(QLatin1Char('`')) && name.endsWith(QLatin1Char('`')))
                             || (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))))
        name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return name;
}

// SQLAlchemy's _find_cols_in_sig
QStringList columnsInSignature(const QString &sig)
{
    static const QRegularExpression re(QStringLiteral("(?:\"(.+?)\")|([a-z0-9_]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    auto it = re.globalMatch(sig);
    while (it.hasNext()) {
        const auto m = it.next();
        out << (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    return out;
}

// The text between the parenthesis at `open` and its partner (quotes respected).
QString balanced(const QString &sql, qsizetype open, qsizetype *end = nullptr)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth == 0) {
                if (end)
                    *end = i;
                return sql.mid(open + 1, i - open - 1);
            }
        }
    }
    if (end)
        *end = sql.size();
    return sql.mid(open + 1);
}

Result<QList<Connection::Row>> pragma(Connection &c, const QString &schemaPrefix, const QString &name,
                                      const QString &argument)
{
    return c.query(QStringLiteral("PRAGMA %1%2(%3)").arg(schemaPrefix, name, quoted(argument)));
}

void applyArguments(SqlType &t, const QList<int> &args)
{
    switch (t.kind) {
    case Kind::VARCHAR: case Kind::NVARCHAR: case Kind::CHAR: case Kind::NCHAR: case Kind::TEXT:
        if (!args.isEmpty())
            t.length = args.at(0);
        break;
    case Kind::NUMERIC: case Kind::DECIMAL:
        if (!args.isEmpty())
            t.precision = args.at(0);
        if (args.size() > 1)
            t.scale = args.at(1);
        break;
    case Kind::FLOAT:
        if (!args.isEmpty())
            t.precision = args.at(0);
        break;
    default:
        break;
    }
}

} // namespace

SqlType SqliteReflection::typeFromDeclaration(const QString &declared)
{
    static const QRegularExpression re(QStringLiteral("^([\\w ]+)(\\(.*?\\))?"));
    const QRegularExpressionMatch m = re.match(declared.toUpper());
    const QString name = m.hasMatch() ? m.captured(1) : QString();
    const QString args = m.hasMatch() ? m.captured(2) : QString();
    static const QHash<QString, Kind> names = {
        {QStringLiteral("BIGINT"), Kind::BIGINT},     {QStringLiteral("BLOB"), Kind::BLOB},
        {QStringLiteral("BOOL"), Kind::BOOLEAN},      {QStringLiteral("BOOLEAN"), Kind::BOOLEAN},
        {QStringLiteral("CHAR"), Kind::CHAR},         {QStringLiteral("DATE"), Kind::DATE},
        {QStringLiteral("DATE_CHAR"), Kind::DATE},    {QStringLiteral("DATETIME"), Kind::DATETIME},
        {QStringLiteral("DATETIME_CHAR"), Kind::DATETIME}, {QStringLiteral("DOUBLE"), Kind::FLOAT},
        {QStringLiteral("DECIMAL"), Kind::DECIMAL},   {QStringLiteral("FLOAT"), Kind::FLOAT},
        {QStringLiteral("INT"), Kind::INTEGER},       {QStringLiteral("INTEGER"), Kind::INTEGER},
        {QStringLiteral("JSON"), Kind::JSON},         {QStringLiteral("NUMERIC"), Kind::NUMERIC},
        {QStringLiteral("REAL"), Kind::REAL},         {QStringLiteral("SMALLINT"), Kind::SMALLINT},
        {QStringLiteral("TEXT"), Kind::TEXT},         {QStringLiteral("TIME"), Kind::TIME},
        {QStringLiteral("TIME_CHAR"), Kind::TIME},    {QStringLiteral("TIMESTAMP"), Kind::TIMESTAMP},
        {QStringLiteral("VARCHAR"), Kind::VARCHAR},   {QStringLiteral("NVARCHAR"), Kind::NVARCHAR},
        {QStringLiteral("NCHAR"), Kind::NCHAR},
    };
    Kind kind;
    if (names.contains(name))
        kind = names.value(name);
    else if (name.contains(QLatin1String("INT")))
        kind = Kind::INTEGER;
    else if (name.contains(QLatin1String("CHAR")) || name.contains(QLatin1String("CLOB")) || name.contains(QLatin1String("TEXT")))
        kind = Kind::TEXT;
    else if (name.contains(QLatin1String("BLOB")) || name.isEmpty())
        kind = Kind::Null;
    else if (name.contains(QLatin1String("REAL")) || name.contains(QLatin1String("FLOA")) || name.contains(QLatin1String("DOUB")))
        kind = Kind::REAL;
    else
        kind = Kind::NUMERIC;
    SqlType type(kind);
    QList<int> numbers;
    static const QRegularExpression digits(QStringLiteral("(\\d+)"));
    auto it = digits.globalMatch(args);
    while (it.hasNext())
        numbers << it.next().captured(1).toInt();
    applyArguments(type, numbers);
    return type;
}

Result<ops::TableDef> SqliteReflection::reflectTable(Connection &c, const QString &table, const QString &schema)
{
    const QString prefix = schema.isEmpty() ? QStringLiteral("main.") : quoted(schema) + QLatin1Char('.');
    auto master = c.query(QStringLiteral("SELECT sql FROM %1sqlite_master WHERE name = ? AND type = 'table'").arg(prefix),
                          {table});
    if (!master.ok())
        return master.error();
    if (master->isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("NoSuchTableError: %1").arg(table));
    const QString tableSql = master->first().value(0).toString();

    ops::TableDef def;
    def.name = table;
    def.schema = schema;

    auto info = pragma(c, prefix, QStringLiteral("table_xinfo"), table);
    if (!info.ok())
        return info.error();
    QMap<int, QString> pkByIndex;
    for (const Connection::Row &row : *info) {
        const int hidden = row.value(6).toInt();
        if (hidden == 1)
            continue;
        Column col;
        col.name = row.value(1).toString();
        QString declared = row.value(2).toString().toUpper();
        if (hidden == 2 || hidden == 3) {
            declared.remove(QRegularExpression(QStringLiteral("GENERATED|ALWAYS"), QRegularExpression::CaseInsensitiveOption));
            declared = declared.trimmed();
            static const QString tail = QStringLiteral("[^,]*\\s+AS\\s+\\(([^,]*)\\)\\s*(?:virtual|stored)?");
            const QRegularExpression gen(QRegularExpression::escape(col.name) + tail, QRegularExpression::CaseInsensitiveOption);
            ops::ComputedSpec computed;
            computed.sqltext = SqlExpression::text(gen.match(tableSql).captured(1));
            computed.persisted = hidden == 3;
            col.computed = computed;
        }
        col.type = typeFromDeclaration(declared);
        col.nullable = row.value(3).toInt() == 0;
        if (!row.value(4).isNull())
            col.serverDefault = SqlExpression::text(row.value(4).toString());
        const int pk = row.value(5).toInt();
        if (pk > 0) {
            col.primaryKey = true;
            pkByIndex.insert(pk, col.name);
        }
        def.columns << col;
    }

    // Primary key: SQLAlchemy names it only from "CONSTRAINT <name> PRIMARY KEY".
    if (!pkByIndex.isEmpty()) {
        static const QRegularExpression pkName(QStringLiteral("CONSTRAINT\\s+(\"[^\"]+\"|\\w+)\\s+PRIMARY\\s+KEY"),
                                               QRegularExpression::CaseInsensitiveOption);
        Constraint pk;
        pk.kind = Constraint::Kind::PrimaryKey;
        pk.name = unquote(pkName.match(tableSql).captured(1));
        pk.columns = pkByIndex.values();
        def.constraints << pk;
    }

    // CHECK constraints, named or not (batch drops the unnamed ones), parenthesis-balanced.
    static const QRegularExpression check(QStringLiteral("(?:CONSTRAINT\\s+(\"[^\"]+\"|\\w+)\\s+)?\\bCHECK\\s*\\("),
                                          QRegularExpression::CaseInsensitiveOption);
    for (auto it = check.globalMatch(tableSql); it.hasNext();) {
        const auto m = it.next();
        Constraint ck;
        ck.kind = Constraint::Kind::Check;
        ck.name = unquote(m.captured(1));
        ck.condition = SqlExpression::text(balanced(tableSql, m.capturedEnd() - 1).trimmed());
        def.constraints << ck;
    }

    // Indexes: 'c' = CREATE INDEX, 'u' = UNIQUE constraint, 'pk' = the primary key.
    auto indexList = pragma(c, prefix, QStringLiteral("index_list"), table);
    if (!indexList.ok())
        return indexList.error();
    static const QRegularExpression uniqueNamed(
        QStringLiteral("CONSTRAINT\\s+(\"[^\"]+\"|\\w+)\\s+UNIQUE\\s*\\(([^)]*)\\)"), QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> uniqueNameBySignature;
    for (auto it = uniqueNamed.globalMatch(tableSql); it.hasNext();) {
        const auto m = it.next();
        uniqueNameBySignature.insert(columnsInSignature(m.captured(2)).join(QLatin1Char('\x1f')), unquote(m.captured(1)));
    }
    QList<ops::Index> indexes;
    QList<Constraint> uniques;
    for (const Connection::Row &row : *indexList) {
        const QString name = row.value(1).toString();
        const QString origin = row.value(3).toString();
        if (origin == QLatin1String("pk"))
            continue;
        auto cols = pragma(c, prefix, QStringLiteral("index_info"), name);
        if (!cols.ok())
            return cols.error();
        QStringList columns;
        bool expression = false;
        for (const Connection::Row &ic : *cols) {
            if (ic.value(2).isNull())
                expression = true;
            columns << ic.value(2).toString();
        }
        if (origin == QLatin1String("u")) {
            Constraint u;
            u.kind = Constraint::Kind::Unique;
            u.columns = columns;
            u.name = uniqueNameBySignature.value(columns.join(QLatin1Char('\x1f')));
            uniques << u;
            continue;
        }
        if (expression)
            continue;   // SQLAlchemy 1.4 skips expression-based indexes
        ops::Index idx;
        idx.name = name;
        idx.table = table;
        idx.schema = schema;
        idx.unique = row.value(2).toInt() != 0;
        for (const QString &col : std::as_const(columns))
            idx.expressions.push_back(SqlExpression::column(col));
        if (row.value(4).toInt() != 0) {
            auto sql = c.query(QStringLiteral("SELECT sql FROM %1sqlite_master WHERE name = ? AND type = 'index'").arg(prefix), {name});
            if (sql.ok() && !sql->isEmpty()) {
                static const QRegularExpression where(QStringLiteral("\\)\\s+where\\s+(.+)"),
                                                      QRegularExpression::CaseInsensitiveOption
                                                          | QRegularExpression::DotMatchesEverythingOption);
                const auto m = where.match(sql->first().value(0).toString());
                if (m.hasMatch())
                    idx.sqliteWhere = SqlExpression::text(m.captured(1));
            }
        }
        indexes << idx;
    }
    std::reverse(uniques.begin(), uniques.end());   // index_list lists the newest first
    def.constraints << uniques;

    // Foreign keys from the pragma (options included); names from the CREATE TABLE text.
    auto fkList = pragma(c, prefix, QStringLiteral("foreign_key_list"), table);
    if (!fkList.ok())
        return fkList.error();
    QMap<int, Constraint> fks;
    for (const Connection::Row &row : *fkList) {
        const int id = row.value(0).toInt();
        Constraint &fk = fks[id];
        fk.kind = Constraint::Kind::ForeignKey;
        fk.referredTable = unquote(row.value(2).toString());
        fk.referredSchema = schema;
        fk.columns << row.value(3).toString();
        if (!row.value(4).isNull() && !row.value(4).toString().isEmpty())
            fk.referredColumns << row.value(4).toString();
        const QString onUpdate = row.value(5).toString().toUpper();
        const QString onDelete = row.value(6).toString().toUpper();
        if (!onUpdate.isEmpty() && onUpdate != QLatin1String("NO ACTION"))
            fk.fk.onUpdate = onUpdate;
        if (!onDelete.isEmpty() && onDelete != QLatin1String("NO ACTION"))
            fk.fk.onDelete = onDelete;
    }
    // SQLAlchemy's get_foreign_keys: pragma FKs keyed by signature (a later duplicate replaces an
    // earlier one), then the FOREIGN KEY clauses of the CREATE TABLE text claim them in text order
    // (giving names and deferrability); inline REFERENCES left over come last, unnamed.
    auto signature = [](const Constraint &k) {
        return (k.columns + QStringList{k.referredTable} + k.referredColumns).join(QLatin1Char('\x1f'));
    };
    QStringList order;
    QHash<QString, Constraint> bySignature;
    for (Constraint &fk : fks) {
        if (fk.referredColumns.isEmpty()) {
            auto referred = reflectTable(c, fk.referredTable, schema);
            if (referred.ok())
                fk.referredColumns = referred->primaryKeyColumns();
        }
        const QString sig = signature(fk);
        if (!bySignature.contains(sig))
            order << sig;
        bySignature.insert(sig, fk);
    }
    static const QRegularExpression fkClause(
        QStringLiteral("(?:CONSTRAINT\\s+(\"[^\"]+\"|\\w+)\\s+)?FOREIGN\\s+KEY\\s*\\(\\s*(.+?)\\s*\\)\\s*REFERENCES\\s+"
                       "(?:\"(.+?)\"|([a-z0-9_]+))\\s*\\((.+?)\\)[^,]*?((?:NOT\\s+)?DEFERRABLE)?(?:\\s+INITIALLY\\s+(DEFERRED|IMMEDIATE))?"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = fkClause.globalMatch(tableSql); it.hasNext();) {
        const auto m = it.next();
        Constraint parsed;
        parsed.columns = columnsInSignature(m.captured(2));
        parsed.referredTable = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
        parsed.referredColumns = columnsInSignature(m.captured(5));
        const QString sig = signature(parsed);
        if (!bySignature.contains(sig))
            continue;   // SQLAlchemy warns "could not be located in PRAGMA foreign_keys"
        Constraint fk = bySignature.take(sig);
        order.removeAll(sig);
        fk.name = unquote(m.captured(1));
        if (!m.captured(6).isEmpty())
            fk.fk.deferrable = !m.captured(6).toUpper().startsWith(QLatin1String("NOT"));
        fk.fk.initially = m.captured(7).toUpper();
        def.constraints << fk;
    }
    for (const QString &sig : std::as_const(order))
        def.constraints << bySignature.value(sig);
    def.indexes = indexes;   // PRAGMA order, as SQLAlchemy iterates it
    return def;
}

} // namespace retort
