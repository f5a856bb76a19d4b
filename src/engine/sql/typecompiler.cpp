// SQLAlchemy 1.4's GenericTypeCompiler + SQLiteTypeCompiler + PGTypeCompiler.
#include "sql/compiler.h"

namespace retort::sql {

using ops::SqlType;
using Kind = ops::SqlType::Kind;

int Compiler::enumLength(const SqlType &type)
{
    if (type.length)
        return *type.length;
    int n = 0;
    for (const QString &v : type.enumValues)
        n = std::max(n, int(v.size()));
    return n;
}

QString Compiler::enumTypeName(const SqlType &type) const
{
    return table(type.name, type.schema);
}

namespace {

QString stringType(const SqlType &t, const char *name)
{
    QString s = QString::fromLatin1(name);
    if (t.length && *t.length)
        s += QStringLiteral("(%1)").arg(*t.length);
    if (!t.collation.isEmpty())
        s += QStringLiteral(" COLLATE \"%1\"").arg(t.collation);
    return s;
}

QString numericType(const SqlType &t, const char *name)
{
    QString s = QString::fromLatin1(name);
    if (!t.precision)
        return s;
    if (!t.scale)
        return s + QStringLiteral("(%1)").arg(*t.precision);
    return s + QStringLiteral("(%1, %2)").arg(*t.precision).arg(*t.scale);
}

QString pgTimeType(const SqlType &t, const char *name)
{
    QString s = QString::fromLatin1(name);
    if (t.precision)
        s += QStringLiteral("(%1)").arg(*t.precision);
    return s + (t.timezone ? QStringLiteral(" WITH TIME ZONE") : QStringLiteral(" WITHOUT TIME ZONE"));
}

Error cantRender(const QString &dialect, const SqlType &t)
{
    const QString compiler = dialect == QLatin1String("sqlite")
                                 ? QStringLiteral("sqlalchemy.dialects.sqlite.base.SQLiteTypeCompiler")
                                 : QStringLiteral("sqlalchemy.dialects.postgresql.base.PGTypeCompiler");
    return pythonError(QStringLiteral("UnsupportedCompilationError"),
                       QStringLiteral("Compiler <%1 object at 0x0> can't render element of type %2%3")
                           .arg(compiler, t.className().section(QLatin1Char('.'), -1), QLatin1String(kBackground)));
}

} // namespace

Result<QString> Compiler::type(const SqlType &typeIn) const
{
    const SqlType &t = typeIn.forDialect(m_d.name());
    switch (t.kind) {
    case Kind::Null:
        return pythonError(QStringLiteral("CompileError"),
                           QStringLiteral("Can't generate DDL for NullType(); did you forget to specify a "
                                          "type on this Column?"));
    case Kind::Integer: case Kind::INTEGER:
        return QStringLiteral("INTEGER");
    case Kind::BigInteger: case Kind::BIGINT:
        return QStringLiteral("BIGINT");
    case Kind::SmallInteger: case Kind::SMALLINT:
        return QStringLiteral("SMALLINT");
    case Kind::String: case Kind::Unicode: case Kind::VARCHAR: case Kind::AutoString:
        return stringType(t, "VARCHAR");
    case Kind::NVARCHAR:
        return stringType(t, "NVARCHAR");
    case Kind::CHAR:
        return stringType(t, "CHAR");
    case Kind::NCHAR:
        return stringType(t, "NCHAR");
    case Kind::Text: case Kind::UnicodeText: case Kind::TEXT:
        return stringType(t, "TEXT");
    case Kind::CLOB:
        return QStringLiteral("CLOB");
    case Kind::Boolean: case Kind::BOOLEAN:
        return QStringLiteral("BOOLEAN");
    case Kind::DateTime:
        return m_pg ? pgTimeType(t, "TIMESTAMP") : QStringLiteral("DATETIME");
    case Kind::DATETIME:
        return QStringLiteral("DATETIME");
    case Kind::TIMESTAMP:
        return m_pg ? pgTimeType(t, "TIMESTAMP") : QStringLiteral("TIMESTAMP");
    case Kind::Date: case Kind::DATE:
        return QStringLiteral("DATE");
    case Kind::Time: case Kind::TIME:
        return m_pg ? pgTimeType(t, "TIME") : QStringLiteral("TIME");
    case Kind::Interval:
        return m_pg ? QStringLiteral("INTERVAL") : QStringLiteral("DATETIME");
    case Kind::PgInterval: {
        if (!m_pg)
            return cantRender(m_d.name(), t);
        QString s = QStringLiteral("INTERVAL");
        if (!t.fields.isEmpty())
            s += QLatin1Char(' ') + t.fields;
        if (t.precision)
            s += QStringLiteral(" (%1)").arg(*t.precision);
        return s;
    }
    case Kind::Float: case Kind::FLOAT:
        if (m_pg && t.precision && *t.precision)
            return QStringLiteral("FLOAT(%1)").arg(*t.precision);
        return QStringLiteral("FLOAT");
    case Kind::REAL:
        return QStringLiteral("REAL");
    case Kind::DOUBLE:
        return QStringLiteral("DOUBLE");
    case Kind::DOUBLE_PRECISION:
        if (!m_pg)
            return cantRender(m_d.name(), t);
        return QStringLiteral("DOUBLE PRECISION");
    case Kind::Numeric: case Kind::NUMERIC:
        return numericType(t, "NUMERIC");
    case Kind::DECIMAL:
        return numericType(t, "DECIMAL");
    case Kind::Json: case Kind::JSON:
        return QStringLiteral("JSON");
    case Kind::Enum:
        if (m_pg && t.nativeEnum)
            return enumTypeName(t);
        return QStringLiteral("VARCHAR(%1)").arg(enumLength(t));
    case Kind::PgEnum:
        if (!m_pg)   // postgresql.ENUM is an Enum subclass: VARCHAR(n) elsewhere
            return QStringLiteral("VARCHAR(%1)").arg(enumLength(t));
        return enumTypeName(t);
    case Kind::LargeBinary: case Kind::PickleType:
        return m_pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    case Kind::BLOB:
        return QStringLiteral("BLOB");
    case Kind::BINARY:
        return t.length && *t.length ? QStringLiteral("BINARY(%1)").arg(*t.length) : QStringLiteral("BINARY");
    case Kind::VARBINARY:
        return t.length && *t.length ? QStringLiteral("VARBINARY(%1)").arg(*t.length)
                                     : QStringLiteral("VARBINARY");
    case Kind::Uuid:
        return m_pg ? QStringLiteral("UUID") : QStringLiteral("CHAR(32)");
    case Kind::UUID:
        if (!m_pg)
            return cantRender(m_d.name(), t);
        return QStringLiteral("UUID");
    case Kind::Array: {
        if (!m_pg)
            return cantRender(m_d.name(), t);
        if (!t.itemType)
            return pythonError(QStringLiteral("ArgumentError"), QStringLiteral("ARRAY needs an item type"));
        auto inner = type(*t.itemType);
        if (!inner)
            return inner;
        QString brackets;
        for (int i = 0; i < t.dimensions.value_or(1); ++i)
            brackets += QStringLiteral("[]");
        QString s = *inner;
        const int collate = s.indexOf(QLatin1String(" COLLATE"));
        if (collate >= 0)
            return s.left(collate) + brackets + s.mid(collate);
        return s + brackets;
    }
    case Kind::PgJsonb: case Kind::PgInet: case Kind::PgCidr: case Kind::PgMacaddr: case Kind::PgBytea:
    case Kind::PgTsvector: case Kind::PgMoney: case Kind::PgHstore: case Kind::PgOid: case Kind::PgRegclass:
    case Kind::PgMacaddr8: case Kind::PgInt4Range: case Kind::PgInt8Range: case Kind::PgNumRange:
    case Kind::PgDateRange: case Kind::PgTsRange: case Kind::PgTstzRange: {
        if (!m_pg)
            return cantRender(m_d.name(), t);
        switch (t.kind) {
        case Kind::PgJsonb: return QStringLiteral("JSONB");
        case Kind::PgInet: return QStringLiteral("INET");
        case Kind::PgCidr: return QStringLiteral("CIDR");
        case Kind::PgMacaddr: return QStringLiteral("MACADDR");
        case Kind::PgBytea: return QStringLiteral("BYTEA");
        case Kind::PgTsvector: return QStringLiteral("TSVECTOR");
        case Kind::PgMoney: return QStringLiteral("MONEY");
        case Kind::PgHstore: return QStringLiteral("HSTORE");
        case Kind::PgRegclass: return QStringLiteral("REGCLASS");
        case Kind::PgMacaddr8: return QStringLiteral("MACADDR8");
        case Kind::PgInt4Range: return QStringLiteral("INT4RANGE");
        case Kind::PgInt8Range: return QStringLiteral("INT8RANGE");
        case Kind::PgNumRange: return QStringLiteral("NUMRANGE");
        case Kind::PgDateRange: return QStringLiteral("DATERANGE");
        case Kind::PgTsRange: return QStringLiteral("TSRANGE");
        case Kind::PgTstzRange: return QStringLiteral("TSTZRANGE");
        default: return QStringLiteral("OID");
        }
    }
    case Kind::PgBit:
        if (!m_pg)
            return cantRender(m_d.name(), t);
        if (t.varying)   // PGTypeCompiler.visit_BIT
            return t.length ? QStringLiteral("BIT VARYING(%1)").arg(*t.length) : QStringLiteral("BIT VARYING");
        return QStringLiteral("BIT(%1)").arg(t.length.value_or(1));
    case Kind::Custom:
        if (t.customArgs.isEmpty())
            return t.name;
        return t.name + QLatin1Char('(') + t.customArgs.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return cantRender(m_d.name(), t);
}

} // namespace retort::sql
