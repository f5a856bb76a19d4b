#include "ops/sqltype.h"

#include <QHash>

namespace retort::ops {

namespace {

struct KindName {
    SqlType::Kind kind;
    const char *name;   // as a script writes it after the module alias
};

// Generic names first: kindName() returns the first match.
const KindName kKindNames[] = {
    {SqlType::Kind::Null, "NullType"},
    {SqlType::Kind::Integer, "Integer"},
    {SqlType::Kind::BigInteger, "BigInteger"},
    {SqlType::Kind::SmallInteger, "SmallInteger"},
    {SqlType::Kind::String, "String"},
    {SqlType::Kind::Text, "Text"},
    {SqlType::Kind::Unicode, "Unicode"},
    {SqlType::Kind::UnicodeText, "UnicodeText"},
    {SqlType::Kind::Boolean, "Boolean"},
    {SqlType::Kind::DateTime, "DateTime"},
    {SqlType::Kind::Date, "Date"},
    {SqlType::Kind::Time, "Time"},
    {SqlType::Kind::Interval, "Interval"},
    {SqlType::Kind::Float, "Float"},
    {SqlType::Kind::Numeric, "Numeric"},
    {SqlType::Kind::Json, "JSON"},
    {SqlType::Kind::Enum, "Enum"},
    {SqlType::Kind::LargeBinary, "LargeBinary"},
    {SqlType::Kind::PickleType, "PickleType"},
    {SqlType::Kind::Uuid, "Uuid"},
    {SqlType::Kind::Array, "ARRAY"},
    {SqlType::Kind::AutoString, "sqlmodel.AutoString"},
    {SqlType::Kind::INTEGER, "INTEGER"},
    {SqlType::Kind::INTEGER, "INT"},
    {SqlType::Kind::BIGINT, "BIGINT"},
    {SqlType::Kind::SMALLINT, "SMALLINT"},
    {SqlType::Kind::VARCHAR, "VARCHAR"},
    {SqlType::Kind::NVARCHAR, "NVARCHAR"},
    {SqlType::Kind::CHAR, "CHAR"},
    {SqlType::Kind::NCHAR, "NCHAR"},
    {SqlType::Kind::TEXT, "TEXT"},
    {SqlType::Kind::CLOB, "CLOB"},
    {SqlType::Kind::BOOLEAN, "BOOLEAN"},
    {SqlType::Kind::DATETIME, "DATETIME"},
    {SqlType::Kind::DATE, "DATE"},
    {SqlType::Kind::TIME, "TIME"},
    {SqlType::Kind::TIMESTAMP, "TIMESTAMP"},
    {SqlType::Kind::FLOAT, "FLOAT"},
    {SqlType::Kind::REAL, "REAL"},
    {SqlType::Kind::DOUBLE, "DOUBLE"},
    {SqlType::Kind::DOUBLE_PRECISION, "DOUBLE_PRECISION"},
    {SqlType::Kind::NUMERIC, "NUMERIC"},
    {SqlType::Kind::DECIMAL, "DECIMAL"},
    {SqlType::Kind::JSON, "JSON"},
    {SqlType::Kind::BLOB, "BLOB"},
    {SqlType::Kind::BINARY, "BINARY"},
    {SqlType::Kind::VARBINARY, "VARBINARY"},
    {SqlType::Kind::UUID, "UUID"},
    {SqlType::Kind::PgJsonb, "postgresql.JSONB"},
    {SqlType::Kind::PgInet, "postgresql.INET"},
    {SqlType::Kind::PgCidr, "postgresql.CIDR"},
    {SqlType::Kind::PgMacaddr, "postgresql.MACADDR"},
    {SqlType::Kind::PgInterval, "postgresql.INTERVAL"},
    {SqlType::Kind::PgEnum, "postgresql.ENUM"},
    {SqlType::Kind::PgBytea, "postgresql.BYTEA"},
    {SqlType::Kind::PgTsvector, "postgresql.TSVECTOR"},
    {SqlType::Kind::PgMoney, "postgresql.MONEY"},
    {SqlType::Kind::PgHstore, "postgresql.HSTORE"},
    {SqlType::Kind::PgBit, "postgresql.BIT"},
    {SqlType::Kind::PgOid, "postgresql.OID"},
    {SqlType::Kind::PgRegclass, "postgresql.REGCLASS"},
    {SqlType::Kind::PgMacaddr8, "postgresql.MACADDR8"},
    {SqlType::Kind::PgInt4Range, "postgresql.INT4RANGE"},
    {SqlType::Kind::PgInt8Range, "postgresql.INT8RANGE"},
    {SqlType::Kind::PgNumRange, "postgresql.NUMRANGE"},
    {SqlType::Kind::PgDateRange, "postgresql.DATERANGE"},
    {SqlType::Kind::PgTsRange, "postgresql.TSRANGE"},
    {SqlType::Kind::PgTstzRange, "postgresql.TSTZRANGE"},
    // dialect spellings of generic / upper-case types
    {SqlType::Kind::UUID, "postgresql.UUID"},
    {SqlType::Kind::JSON, "postgresql.JSON"},
    {SqlType::Kind::Array, "postgresql.ARRAY"},
    {SqlType::Kind::TIMESTAMP, "postgresql.TIMESTAMP"},
    {SqlType::Kind::TIME, "postgresql.TIME"},
    {SqlType::Kind::DOUBLE_PRECISION, "postgresql.DOUBLE_PRECISION"},
    {SqlType::Kind::INTEGER, "postgresql.INTEGER"},
    {SqlType::Kind::BIGINT, "postgresql.BIGINT"},
    {SqlType::Kind::SMALLINT, "postgresql.SMALLINT"},
    {SqlType::Kind::VARCHAR, "postgresql.VARCHAR"},
    {SqlType::Kind::CHAR, "postgresql.CHAR"},
    {SqlType::Kind::TEXT, "postgresql.TEXT"},
    {SqlType::Kind::BOOLEAN, "postgresql.BOOLEAN"},
    {SqlType::Kind::DATE, "postgresql.DATE"},
    {SqlType::Kind::NUMERIC, "postgresql.NUMERIC"},
    {SqlType::Kind::FLOAT, "postgresql.FLOAT"},
    {SqlType::Kind::REAL, "postgresql.REAL"},
    {SqlType::Kind::DATETIME, "sqlite.DATETIME"},
    {SqlType::Kind::DATE, "sqlite.DATE"},
    {SqlType::Kind::TIME, "sqlite.TIME"},
    {SqlType::Kind::JSON, "sqlite.JSON"},
    {SqlType::Kind::INTEGER, "sqlite.INTEGER"},
    {SqlType::Kind::VARCHAR, "sqlite.VARCHAR"},
    {SqlType::Kind::TEXT, "sqlite.TEXT"},
    {SqlType::Kind::BOOLEAN, "sqlite.BOOLEAN"},
    {SqlType::Kind::NUMERIC, "sqlite.NUMERIC"},
    {SqlType::Kind::FLOAT, "sqlite.FLOAT"},
    {SqlType::Kind::REAL, "sqlite.REAL"},
    {SqlType::Kind::BLOB, "sqlite.BLOB"},
    {SqlType::Kind::CHAR, "sqlite.CHAR"},
    {SqlType::Kind::SMALLINT, "sqlite.SMALLINT"},
    {SqlType::Kind::BIGINT, "sqlite.BIGINT"},
    {SqlType::Kind::TIMESTAMP, "sqlite.TIMESTAMP"},
    {SqlType::Kind::AutoString, "AutoString"},
};

} // namespace

bool SqlType::isInteger() const
{
    switch (kind) {
    case Kind::Integer: case Kind::BigInteger: case Kind::SmallInteger:
    case Kind::INTEGER: case Kind::BIGINT: case Kind::SMALLINT:
        return true;
    default:
        return false;
    }
}

bool SqlType::isSchemaType() const
{
    return kind == Kind::Boolean || kind == Kind::BOOLEAN || isEnum();
}

const SqlType &SqlType::forDialect(const QString &dialect) const
{
    auto it = variants.constFind(dialect);
    if (it != variants.constEnd() && it.value())
        return *it.value();
    return *this;
}

QString SqlType::kindName(Kind k)
{
    for (const auto &e : kKindNames) {
        if (e.kind == k)
            return QString::fromLatin1(e.name);
    }
    return QStringLiteral("Custom");
}

QString SqlType::className() const
{
    if (kind == Kind::Custom)
        return name;
    return kindName(kind);
}

std::optional<SqlType::Kind> SqlType::kindFromClassName(const QString &qualifiedName)
{
    static const QHash<QString, Kind> map = [] {
        QHash<QString, Kind> m;
        for (const auto &e : kKindNames) {
            const QString n = QString::fromLatin1(e.name);
            if (!m.contains(n))
                m.insert(n, e.kind);
        }
        m.remove(QStringLiteral("NullType"));
        return m;
    }();
    auto it = map.constFind(qualifiedName);
    if (it == map.constEnd())
        return std::nullopt;
    return it.value();
}

bool operator==(const SqlType &a, const SqlType &b)
{
    auto samePtr = [](const std::shared_ptr<const SqlType> &x, const std::shared_ptr<const SqlType> &y) {
        if (!x || !y)
            return !x && !y;
        return *x == *y;
    };
    if (a.kind != b.kind || a.length != b.length || a.varying != b.varying || a.precision != b.precision || a.scale != b.scale
        || a.timezone != b.timezone || a.collation != b.collation || a.fields != b.fields
        || a.createConstraint != b.createConstraint || a.name != b.name || a.schema != b.schema
        || a.enumValues != b.enumValues || a.nativeEnum != b.nativeEnum
        || a.createType != b.createType || a.asUuid != b.asUuid || !samePtr(a.itemType, b.itemType)
        || a.dimensions != b.dimensions || a.customArgs != b.customArgs
        || a.variants.size() != b.variants.size())
        return false;
    for (auto it = a.variants.constBegin(); it != a.variants.constEnd(); ++it) {
        if (!b.variants.contains(it.key()) || !samePtr(it.value(), b.variants.value(it.key())))
            return false;
    }
    return true;
}

} // namespace retort::ops
