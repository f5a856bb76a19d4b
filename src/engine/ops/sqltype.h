#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace retort::ops {

// A column type as a migration script spells it (sa.String(50), postgresql.JSONB, sa.VARCHAR(10) ...).
// Only data: the dialects in src/engine/sql decide how it renders. Plain value type; thread-safe to
// copy.
//
// Kinds are named after the SQLAlchemy class. CamelCase kinds are the generic types, UPPER-case kinds
// the SQL-standard ones (sa.VARCHAR, sa.TIMESTAMP ...), Pg* the sqlalchemy.dialects.postgresql types
// that have no generic spelling. postgresql.TIMESTAMP/TIME/UUID/JSON/ENUM/ARRAY map onto TIMESTAMP,
// TIME, UUID, JSON, PgEnum, Array; postgresql.INTERVAL onto PgInterval; sqlite.DATETIME/DATE/TIME/JSON
// onto the UPPER-case kinds (their rendering is identical); sqlmodel.AutoString onto AutoString.
struct SqlType {
    enum class Kind {
        Null,           // no type given (sa.column("x"), Column("x", ForeignKey(...)))
        // generic
        Integer, BigInteger, SmallInteger,
        String, Text, Unicode, UnicodeText,
        Boolean,
        DateTime, Date, Time, Interval,
        Float, Numeric,
        Json,
        Enum,
        LargeBinary, PickleType,
        Uuid,           // sa.Uuid (SQLAlchemy 2.0): SQLite CHAR(32), PostgreSQL UUID
        Array,          // sa.ARRAY / postgresql.ARRAY: itemType, dimensions
        AutoString,     // sqlmodel.sql.sqltypes.AutoString: VARCHAR(length)
        // SQL-standard upper-case names
        INTEGER, BIGINT, SMALLINT,
        VARCHAR, NVARCHAR, CHAR, NCHAR, TEXT, CLOB,
        BOOLEAN,
        DATETIME, DATE, TIME, TIMESTAMP,
        FLOAT, REAL, DOUBLE, DOUBLE_PRECISION, NUMERIC, DECIMAL,
        JSON,
        BLOB, BINARY, VARBINARY,
        UUID,           // sa.UUID / postgresql.UUID(as_uuid=...)
        // postgresql-only
        PgJsonb, PgInet, PgCidr, PgMacaddr, PgInterval, PgEnum, PgBytea, PgTsvector, PgMoney,
        PgHstore, PgBit, PgOid, PgRegclass, PgMacaddr8,
        PgInt4Range, PgInt8Range, PgNumRange, PgDateRange, PgTsRange, PgTstzRange,
        Custom,         // anything else: renders `name` verbatim, plus "(args)" when customArgs given
    };

    Kind kind = Kind::Null;

    std::optional<int> length;       // String/Unicode/VARCHAR/CHAR/AutoString/Enum(length=)/BIT
    bool varying = false;            // postgresql.BIT(varying=True): BIT VARYING[(n)]
    std::optional<int> precision;    // Float, Numeric, DECIMAL, TIMESTAMP/TIME (fractional secs), PgInterval
    std::optional<int> scale;        // Numeric, DECIMAL
    bool timezone = false;           // DateTime, Time, TIMESTAMP, TIME
    QString collation;               // String-family collation=
    QString fields;                  // postgresql.INTERVAL(fields="DAY TO SECOND")

    // Boolean / Enum CHECK constraints (SQLAlchemy 1.4 default: off).
    bool createConstraint = false;
    // Enum / PgEnum: the type name (PostgreSQL CREATE TYPE name; SQLite CHECK name);
    // Boolean: the CHECK constraint name; Custom: the type text.
    QString name;
    QString schema;                  // Enum/PgEnum schema=
    QStringList enumValues;          // Enum/PgEnum values in declaration order (for a Python enum
                                     // class: the member *names*, as SQLAlchemy stores them)
    bool nativeEnum = true;          // Enum(native_enum=False) renders VARCHAR(n) everywhere
    bool createType = true;          // postgresql.ENUM(create_type=False): never emit CREATE TYPE

    bool asUuid = true;              // Uuid/UUID(as_uuid=) (no effect on DDL)

    std::shared_ptr<const SqlType> itemType;   // Array
    std::optional<int> dimensions;             // Array: number of [] pairs (default 1)

    QStringList customArgs;          // Custom: rendered arguments, e.g. {"10", "2"}

    // type.with_variant(other, "postgresql"): dialect name -> type used on that dialect.
    QMap<QString, std::shared_ptr<const SqlType>> variants;

    SqlType() = default;
    explicit SqlType(Kind k) : kind(k) {}
    static SqlType string(std::optional<int> length = std::nullopt)
    {
        SqlType t(Kind::String);
        t.length = length;
        return t;
    }

    bool isNull() const { return kind == Kind::Null; }
    // Integer family (generic and upper-case): Integer, BigInteger, SmallInteger, INTEGER, BIGINT, SMALLINT.
    bool isInteger() const;
    // Enum or PgEnum (whether or not native).
    bool isEnum() const { return kind == Kind::Enum || kind == Kind::PgEnum; }
    // Types whose DDL may carry an implied CHECK constraint (Boolean/BOOLEAN, Enum).
    bool isSchemaType() const;
    // The type to use on dialect `dialect` (a with_variant entry or this type).
    const SqlType &forDialect(const QString &dialect) const;

    // The SQLAlchemy class name for a kind, as a script writes it ("String", "JSONB", "TIMESTAMP",
    // "AutoString"); for Custom, `name`.
    QString className() const;
    static QString kindName(Kind kind);
    // Looks up a class name as a script spells it after the module alias: "String", "VARCHAR",
    // "postgresql.JSONB", "sqlite.DATETIME", "sqlmodel.AutoString" (module prefixes: "postgresql.",
    // "sqlite.", "sqlmodel."; generic names need none). Returns nullopt for unknown names.
    static std::optional<Kind> kindFromClassName(const QString &qualifiedName);

    friend bool operator==(const SqlType &a, const SqlType &b);
};

} // namespace retort::ops
