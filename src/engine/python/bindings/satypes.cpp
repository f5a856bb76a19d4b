#include "python/bindings/bindings.h"
#include "python/bindings/sqlobjects.h"

namespace retort::python {

using ops::SqlExpression;
using ops::SqlType;

// The column types of sqlalchemy (sa), its dialect modules and sqlmodel: the type classes, their
// constructor arguments and attributes.

namespace {

Value typeClass(const QString &className, SqlType::Kind kind)
{
    return makeNative(std::make_shared<TypeObject>(SqlType(kind), className, true));
}

bool isStringFamily(SqlType::Kind k)
{
    using K = SqlType::Kind;
    return k == K::String || k == K::Text || k == K::Unicode || k == K::UnicodeText || k == K::VARCHAR
           || k == K::NVARCHAR || k == K::CHAR || k == K::NCHAR || k == K::TEXT || k == K::CLOB
           || k == K::AutoString || k == K::LargeBinary || k == K::BLOB || k == K::BINARY || k == K::VARBINARY
           || k == K::PgBit;
}

std::optional<int> optInt(const Value &v)
{
    if (v.isNone())
        return std::nullopt;
    return int(v.toInt());
}

} // namespace

Value TypeObject::call(Evaluator &ev, CallArgs &a)
{
    using K = SqlType::Kind;
    if (!isClass)
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object is not callable").arg(className));
    SqlType t = type;
    const K k = t.kind;
    // positional arguments by family
    for (int i = 0; i < a.args.size(); ++i) {
        const Value &v = a.args.at(i);
        if (t.isEnum()) {
            if (!v.isStr())
                return ev.raise(QStringLiteral("NotImplementedError"),
                                QStringLiteral("Enum() with a Python enum class is not supported; pass the values as strings"));
            t.enumValues << v.s;
        } else if (k == K::Array) {
            auto item = toType(ev, v);
            if (!item)
                return {};
            t.itemType = std::make_shared<SqlType>(*item);
        } else if (k == K::Numeric || k == K::NUMERIC || k == K::DECIMAL) {
            (i == 0 ? t.precision : t.scale) = optInt(v);
        } else if (k == K::Float || k == K::FLOAT || k == K::REAL || k == K::DOUBLE || k == K::DOUBLE_PRECISION
                   || k == K::PgInterval) {
            if (i == 0)
                t.precision = optInt(v);
            else if (i == 1 && k == K::PgInterval)   // INTERVAL(precision=None, fields=None)
                t.fields = optStr(v);
        } else if (k == K::DateTime || k == K::Time || k == K::TIMESTAMP || k == K::TIME || k == K::DATETIME) {
            if (i == 0)
                t.timezone = truthy(v);
            else if (i == 1)
                t.precision = optInt(v);
        } else if (k == K::PgBit) {   // BIT(length=None, varying=False)
            if (i == 0)
                t.length = optInt(v);
            else if (i == 1)
                t.varying = truthy(v);
        } else if (isStringFamily(k)) {
            if (i == 0)
                t.length = optInt(v);
            else if (i == 1)
                t.collation = optStr(v);
        } else if (k == K::Boolean || k == K::BOOLEAN) {
            if (i == 0)
                t.createConstraint = truthy(v);
            else if (i == 1)
                t.name = optStr(v);
        } else if (k == K::Custom) {
            t.customArgs << str(v);
        }
    }
    for (const auto &kw : a.kwargs) {
        const QString &n = kw.first;
        const Value &v = kw.second;
        if (n == QLatin1String("length"))
            t.length = optInt(v);
        else if (n == QLatin1String("collation"))
            t.collation = optStr(v);
        else if (n == QLatin1String("precision"))
            t.precision = optInt(v);
        else if (n == QLatin1String("scale"))
            t.scale = optInt(v);
        else if (n == QLatin1String("timezone"))
            t.timezone = truthy(v);
        else if (n == QLatin1String("create_constraint"))
            t.createConstraint = truthy(v);
        else if (n == QLatin1String("name"))
            t.name = optStr(v);
        else if (n == QLatin1String("schema"))
            t.schema = optStr(v);
        else if (n == QLatin1String("native_enum"))
            t.nativeEnum = truthy(v);
        else if (n == QLatin1String("create_type"))
            t.createType = truthy(v);
        else if (n == QLatin1String("as_uuid"))
            t.asUuid = truthy(v);
        else if (n == QLatin1String("dimensions"))
            t.dimensions = optInt(v);
        else if (n == QLatin1String("varying"))
            t.varying = truthy(v);
        else if (n == QLatin1String("fields"))
            t.fields = optStr(v);
        else if (n == QLatin1String("item_type")) {
            auto item = toType(ev, v);
            if (!item)
                return {};
            t.itemType = std::make_shared<SqlType>(*item);
        }
        // asdecimal, none_as_null, values_callable, validate_strings, inherit_schema, metadata,
        // decimal_return_scale, astext_type, convert_unicode ...: no effect on DDL
    }
    return makeNative(std::make_shared<TypeObject>(t, className, false));
}

Value TypeObject::getAttr(Evaluator &ev, const QString &name)
{
    const SqlType self = type;
    const QString cls = className;
    if (name == QLatin1String("with_variant"))
        return Evaluator::makeBuiltin(name, [self, cls](Evaluator &ev, CallArgs &a) -> Value {
            QList<std::optional<Value>> p;
            if (!ev.bindArgs(a, QStringLiteral("with_variant"), {QStringLiteral("type_"), QStringLiteral("dialect_name")}, 2, p))
                return {};
            auto other = toType(ev, *p.at(0));
            if (!other)
                return {};
            SqlType t = self;
            ValueList dialects;
            if (!ev.iterate(p.at(1)->isStr() ? Value::list({*p.at(1)}) : *p.at(1), dialects))
                return {};
            for (const Value &d : dialects)
                t.variants.insert(str(d), std::make_shared<SqlType>(*other));
            return makeNative(std::make_shared<TypeObject>(t, cls, false));
        });
    if ((name == QLatin1String("create") || name == QLatin1String("drop")) && self.isEnum())
        return Evaluator::makeBuiltin(name, [self, create = name == QLatin1String("create")](Evaluator &ev, CallArgs &a) -> Value {
            QList<std::optional<Value>> p;
            if (!ev.bindArgs(a, QStringLiteral("create"), {QStringLiteral("bind"), QStringLiteral("checkfirst")}, 0, p))
                return {};
            const bool checkFirst = p.at(1) && truthy(*p.at(1));
            ops::Operation op = create ? ops::Operation(ops::CreateEnumType{self, checkFirst}, a.line)
                                       : ops::Operation(ops::DropEnumType{self, checkFirst}, a.line);
            runOperation(ev, op);
            return {};
        });
    if (name == QLatin1String("length") && self.length)
        return Value::integer(*self.length);
    if (name == QLatin1String("name") && !self.name.isEmpty())
        return Value::string(self.name);
    if (name == QLatin1String("enums") && self.isEnum()) {
        ValueList values;
        for (const QString &v : self.enumValues)
            values.append(Value::string(v));
        return Value::list(values);
    }
    return NativeObject::getAttr(ev, name);
}

void installSqlAlchemyTypes(const Value &sa, const Value &pg, const Value &sqlite, const Value &mysql, const Value &sqltypes)
{
    static const char *generic[] = {
        "Integer", "BigInteger", "SmallInteger", "String", "Text", "Unicode", "UnicodeText", "Boolean", "DateTime",
        "Date", "Time", "Interval", "Float", "Numeric", "JSON", "Enum", "LargeBinary", "PickleType", "Uuid", "ARRAY",
        "INTEGER", "INT", "BIGINT", "SMALLINT", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "TEXT", "CLOB", "BOOLEAN",
        "DATETIME", "DATE", "TIME", "TIMESTAMP", "FLOAT", "REAL", "DOUBLE", "DOUBLE_PRECISION", "NUMERIC", "DECIMAL",
        "BLOB", "BINARY", "VARBINARY", "UUID"};
    for (const char *n : generic) {
        const QString name = QLatin1String(n);
        if (auto k = SqlType::kindFromClassName(name)) {
            Evaluator::setModuleAttr(sa, name, typeClass(name, *k));
            // the dialect modules re-export the generic upper-case types
            if (name.toUpper() == name) {
                Evaluator::setModuleAttr(pg, name, typeClass(name, *k));
                Evaluator::setModuleAttr(sqlite, name, typeClass(name, *k));
                Evaluator::setModuleAttr(mysql, name, typeClass(name, *k));
            }
        }
    }
    static const char *pgTypes[] = {"JSONB", "INET", "CIDR", "MACADDR", "INTERVAL", "ENUM", "BYTEA", "TSVECTOR", "MONEY",
                                    "HSTORE", "BIT", "OID", "UUID", "JSON", "ARRAY", "TIMESTAMP", "TIME",
                                    "DOUBLE_PRECISION", "INTEGER", "BIGINT", "SMALLINT", "VARCHAR", "CHAR", "TEXT",
                                    "BOOLEAN", "DATE", "REGCLASS", "MACADDR8", "INT4RANGE", "INT8RANGE",
                                    "NUMRANGE", "DATERANGE", "TSRANGE", "TSTZRANGE"};
    for (const char *n : pgTypes) {
        const QString name = QLatin1String(n);
        if (auto k = SqlType::kindFromClassName(QStringLiteral("postgresql.") + name))
            Evaluator::setModuleAttr(pg, name, typeClass(name, *k));
    }
    for (const char *n : {"DATETIME", "DATE", "TIME", "JSON"}) {
        const QString name = QLatin1String(n);
        if (auto k = SqlType::kindFromClassName(name))
            Evaluator::setModuleAttr(sqlite, name, typeClass(name, *k));
    }
    if (auto k = SqlType::kindFromClassName(QStringLiteral("sqlmodel.AutoString")))
        Evaluator::setModuleAttr(sqltypes, QStringLiteral("AutoString"), typeClass(QStringLiteral("AutoString"), *k));
    Evaluator::setModuleAttr(sqltypes, QStringLiteral("GUID"), typeClass(QStringLiteral("GUID"), SqlType::Kind::Uuid));
}

} // namespace retort::python
