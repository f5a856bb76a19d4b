#include "runtime/postgresqlreflection.h"

#include "runtime/connection.h"

#include <QHash>
#include <QRegularExpression>

namespace retort {

namespace {

using ops::Column;
using ops::Constraint;
using ops::SqlExpression;
using ops::SqlType;
using Kind = ops::SqlType::Kind;

const QChar kSep(0x1f);   // separator of aggregated name lists

QStringList splitNames(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QStringList() : s.split(kSep);
}

QString fkAction(const QString &code)
{
    if (code == QLatin1String("r")) return QStringLiteral("RESTRICT");
    if (code == QLatin1String("c")) return QStringLiteral("CASCADE");
    if (code == QLatin1String("n")) return QStringLiteral("SET NULL");
    if (code == QLatin1String("d")) return QStringLiteral("SET DEFAULT");
    return {};   // 'a' = NO ACTION
}

} // namespace

SqlType PostgresqlReflection::typeFromFormatType(const QString &formatted)
{
    QString text = formatted.trimmed();
    if (text.endsWith(QLatin1String("[]"))) {
        int dims = 0;
        while (text.endsWith(QLatin1String("[]"))) {
            text.chop(2);
            ++dims;
        }
        SqlType array(Kind::Array);
        array.itemType = std::make_shared<const SqlType>(typeFromFormatType(text));
        if (dims > 1)
            array.dimensions = dims;
        return array;
    }
    static const QRegularExpression re(QStringLiteral("^([a-z ]+?)\\s*(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?( with(?:out)? time zone)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        SqlType custom(Kind::Custom);
        custom.name = formatted;
        return custom;
    }
    const QString name = m.captured(1);
    const QString a1 = m.captured(2), a2 = m.captured(3);
    const bool tz = m.captured(4) == QLatin1String(" with time zone");
    static const QHash<QString, Kind> names = {
        {QStringLiteral("integer"), Kind::INTEGER},      {QStringLiteral("bigint"), Kind::BIGINT},
        {QStringLiteral("smallint"), Kind::SMALLINT},    {QStringLiteral("text"), Kind::TEXT},
        {QStringLiteral("boolean"), Kind::BOOLEAN},      {QStringLiteral("character varying"), Kind::VARCHAR},
        {QStringLiteral("character"), Kind::CHAR},       {QStringLiteral("numeric"), Kind::NUMERIC},
        {QStringLiteral("double precision"), Kind::DOUBLE_PRECISION}, {QStringLiteral("real"), Kind::REAL},
        {QStringLiteral("date"), Kind::DATE},            {QStringLiteral("timestamp"), Kind::TIMESTAMP},
        {QStringLiteral("time"), Kind::TIME},            {QStringLiteral("interval"), Kind::PgInterval},
        {QStringLiteral("uuid"), Kind::UUID},            {QStringLiteral("json"), Kind::JSON},
        {QStringLiteral("jsonb"), Kind::PgJsonb},        {QStringLiteral("bytea"), Kind::PgBytea},
        {QStringLiteral("inet"), Kind::PgInet},          {QStringLiteral("cidr"), Kind::PgCidr},
        {QStringLiteral("macaddr"), Kind::PgMacaddr},    {QStringLiteral("tsvector"), Kind::PgTsvector},
        {QStringLiteral("money"), Kind::PgMoney},        {QStringLiteral("oid"), Kind::PgOid},
        {QStringLiteral("bit"), Kind::PgBit},
    };
    if (!names.contains(name)) {
        SqlType custom(Kind::Custom);
        custom.name = formatted;
        return custom;
    }
    SqlType t(names.value(name));
    switch (t.kind) {
    case Kind::VARCHAR: case Kind::CHAR: case Kind::PgBit:
        if (!a1.isEmpty())
            t.length = a1.toInt();
        break;
    case Kind::NUMERIC:
        if (!a1.isEmpty())
            t.precision = a1.toInt();
        if (!a2.isEmpty())
            t.scale = a2.toInt();
        break;
    case Kind::TIMESTAMP: case Kind::TIME: case Kind::PgInterval:
        if (!a1.isEmpty())
            t.precision = a1.toInt();
        t.timezone = tz;
        break;
    default:
        break;
    }
    return t;
}

Result<ops::TableDef> PostgresqlReflection::reflectTable(Connection &c, const QString &table, const QString &schema)
{
    auto oidRows = schema.isEmpty()
        ? c.query(QStringLiteral("SELECT c.oid, obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c "
                                 "WHERE c.relname = ? AND c.relkind IN ('r', 'p') AND pg_catalog.pg_table_is_visible(c.oid)"),
                  {table})
        : c.query(QStringLiteral("SELECT c.oid, obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c "
                                 "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE c.relname = ? AND n.nspname = ? AND c.relkind IN ('r', 'p')"),
                  {table, schema});
    if (!oidRows.ok())
        return oidRows.error();
    if (oidRows->isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("NoSuchTableError: %1").arg(table));
    const QString oid = oidRows->first().value(0).toString();
    ops::TableDef def;
    def.name = table;
    def.schema = schema;
    if (!oidRows->first().value(1).isNull())
        def.comment = oidRows->first().value(1).toString();

    auto columns = c.query(QStringLiteral(
        "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, "
        "pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, "
        "pg_catalog.col_description(a.attrelid, a.attnum), t.typtype, t.typname, "
        "(SELECT string_agg(e.enumlabel, chr(31) ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) "
        "FROM pg_catalog.pg_attribute a "
        "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
        "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "WHERE a.attrelid = ?::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
        {oid});
    if (!columns.ok())
        return columns.error();
    for (const Connection::Row &row : *columns) {
        Column col;
        col.name = row.value(0).toString();
        if (row.value(7).toString() == QLatin1String("e")) {
            col.type = SqlType(Kind::PgEnum);
            col.type.name = row.value(8).toString();
            col.type.enumValues = splitNames(row.value(9));
            col.type.createType = false;
        } else {
            col.type = typeFromFormatType(row.value(1).toString());
        }
        col.nullable = !row.value(2).toBool();
        const QString generated = row.value(5).toString();
        if (!row.value(3).isNull()) {
            if (generated == QLatin1String("s")) {
                ops::ComputedSpec computed;
                computed.sqltext = SqlExpression::text(row.value(3).toString());
                computed.persisted = true;
                col.computed = computed;
            } else {
                col.serverDefault = SqlExpression::text(row.value(3).toString());
            }
        }
        // SQLAlchemy: autoincrement only for a nextval() default (SERIAL) or an identity
        const bool serial = row.value(3).toString().startsWith(QLatin1String("nextval("));
        col.autoincrement = serial ? Column::Autoincrement::Yes : Column::Autoincrement::No;
        const QString identity = row.value(4).toString();
        if (identity == QLatin1String("a") || identity == QLatin1String("d")) {
            ops::IdentitySpec spec;
            spec.always = identity == QLatin1String("a");
            col.identity = spec;
            col.autoincrement = Column::Autoincrement::Yes;
        }
        if (!row.value(6).isNull())
            col.comment = row.value(6).toString();
        def.columns << col;
    }

    auto constraints = c.query(QStringLiteral(
        "SELECT con.conname, con.contype, pg_catalog.pg_get_constraintdef(con.oid), "
        "(SELECT string_agg(a.attname, chr(31) ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(n, i) "
        "  JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n), "
        "(SELECT string_agg(a.attname, chr(31) ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(n, i) "
        "  JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n), "
        "rc.relname, rn.nspname, con.confupdtype, con.confdeltype, con.condeferrable, con.condeferred, "
        "pg_catalog.pg_table_is_visible(con.confrelid) "
        "FROM pg_catalog.pg_constraint con "
        "LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid "
        "LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace "
        "WHERE con.conrelid = ?::oid AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY con.contype = 'f', con.oid"),
        {oid});
    if (!constraints.ok())
        return constraints.error();
    static const QRegularExpression checkText(QStringLiteral("^CHECK *\\((.+)\\)( NOT VALID)?$"),
                                              QRegularExpression::DotMatchesEverythingOption);
    for (const Connection::Row &row : *constraints) {
        Constraint k;
        k.name = row.value(0).toString();
        k.columns = splitNames(row.value(3));
        const QString type = row.value(1).toString();
        if (type == QLatin1String("p")) {
            k.kind = Constraint::Kind::PrimaryKey;
            for (Column &col : def.columns)
                col.primaryKey = col.primaryKey || k.columns.contains(col.name);
        } else if (type == QLatin1String("u")) {
            k.kind = Constraint::Kind::Unique;
        } else if (type == QLatin1String("c")) {
            k.kind = Constraint::Kind::Check;
            k.columns.clear();
            const auto m = checkText.match(row.value(2).toString());
            k.condition = SqlExpression::text(m.hasMatch() ? m.captured(1) : row.value(2).toString());
        } else {
            k.kind = Constraint::Kind::ForeignKey;
            k.referredTable = row.value(5).toString();
            const bool visible = row.value(11).toBool();
            if (!visible || !schema.isEmpty())
                k.referredSchema = row.value(6).toString();
            k.referredColumns = splitNames(row.value(4));
            k.fk.onUpdate = fkAction(row.value(7).toString());
            k.fk.onDelete = fkAction(row.value(8).toString());
            if (row.value(9).toBool()) {
                k.fk.deferrable = true;
                k.fk.initially = row.value(10).toBool() ? QStringLiteral("DEFERRED") : QStringLiteral("IMMEDIATE");
            }
        }
        def.constraints << k;
    }

    auto indexes = c.query(QStringLiteral(
        "SELECT i.relname, ix.indisunique, ix.indnkeyatts, am.amname, "
        "pg_catalog.pg_get_expr(ix.indpred, ix.indrelid), "
        "(SELECT string_agg(pg_catalog.pg_get_indexdef(ix.indexrelid, k, true), chr(31) ORDER BY k) "
        "  FROM generate_series(1, ix.indnkeyatts) k), "
        "(SELECT string_agg(a.attname, chr(31)) FROM pg_catalog.pg_attribute a WHERE a.attrelid = ix.indrelid AND a.attnum > 0) "
        "FROM pg_catalog.pg_index ix "
        "JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid "
        "JOIN pg_catalog.pg_am am ON am.oid = i.relam "
        "WHERE ix.indrelid = ?::oid AND NOT ix.indisprimary "
        "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = ix.indexrelid "
        "                AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x')) "
        "ORDER BY i.relname"),
        {oid});
    if (!indexes.ok())
        return indexes.error();
    for (const Connection::Row &row : *indexes) {
        ops::Index idx;
        idx.name = row.value(0).toString();
        idx.table = table;
        idx.schema = schema;
        idx.unique = row.value(1).toBool();
        const QStringList attnames = splitNames(row.value(6));
        for (const QString &element : splitNames(row.value(5))) {
            QString bare = element;
            if (bare.startsWith(QLatin1Char('"')) && bare.endsWith(QLatin1Char('"')))
                bare = bare.mid(1, bare.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            if (attnames.contains(bare))
                idx.expressions.push_back(SqlExpression::column(bare));
            else
                idx.expressions.push_back(SqlExpression::text(element));
        }
        if (row.value(3).toString() != QLatin1String("btree"))
            idx.postgresqlUsing = row.value(3).toString();
        if (!row.value(4).isNull())
            idx.postgresqlWhere = SqlExpression::text(row.value(4).toString());
        def.indexes << idx;
    }
    return def;
}

} // namespace retort
