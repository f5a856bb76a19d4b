// SQLAlchemy 1.4's DDLCompiler (+ SQLite/PostgreSQL overrides) for tables, columns, constraints
// and indexes, and Alembic's create_table sequence (types, table, indexes, comments).
#include "sql/compiler.h"

namespace retort::sql {

using ops::Column;
using ops::Constraint;
using ops::SqlExpression;
using ops::SqlType;
using ops::TableDef;
using EKind = ops::SqlExpression::Kind;
using TKind = ops::SqlType::Kind;

namespace {

QString deferrability(const std::optional<bool> &deferrable, const QString &initially)
{
    QString s;
    if (deferrable)
        s += *deferrable ? QStringLiteral(" DEFERRABLE") : QStringLiteral(" NOT DEFERRABLE");
    if (!initially.isEmpty())
        s += QStringLiteral(" INITIALLY ") + initially;
    return s;
}

bool integerAffinity(const SqlType &t)
{
    return t.isInteger();
}

bool numericAffinity(const SqlType &t)
{
    switch (t.kind) {
    case TKind::Numeric: case TKind::NUMERIC: case TKind::DECIMAL: case TKind::Float: case TKind::FLOAT:
    case TKind::REAL: case TKind::DOUBLE: case TKind::DOUBLE_PRECISION:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QString> Compiler::serverDefault(const SqlExpression &e, bool columnDefinition) const
{
    if (e.isStringLiteral())
        return stringLiteral(std::get<QString>(e.value));
    ExprOptions o;
    o.includeTable = false;
    auto s = expr(e, o);
    if (!s)
        return s;
    // SQLite parenthesises ColumnElement defaults (not strings, not text()).
    if (!m_pg && columnDefinition && e.kind != EKind::Text)
        return QLatin1Char('(') + *s + QLatin1Char(')');
    return s;
}

const Column *Compiler::autoincrementColumn(const TableDef &t) const
{
    const QStringList pk = t.primaryKeyColumns();
    auto validate = [](const Column &c, bool autoincTrue) {
        const SqlType &ty = c.type;
        if (!integerAffinity(ty) && !numericAffinity(ty))
            return false;
        if (autoincTrue)
            return true;
        if (c.hasDefault || !c.sequenceName.isEmpty())
            return c.hasDefault ? false : true;
        if (c.serverDefault)
            return false;
        if (!c.foreignKeys.isEmpty() && c.autoincrement != Column::Autoincrement::IgnoreFk)
            return false;
        return true;
    };
    if (pk.size() == 1) {
        const Column *c = t.column(pk.front());
        if (!c)
            return nullptr;
        if (c->autoincrement == Column::Autoincrement::Yes)
            return c;
        if ((c->autoincrement == Column::Autoincrement::Auto || c->autoincrement == Column::Autoincrement::IgnoreFk)
            && validate(*c, false))
            return c;
        return nullptr;
    }
    for (const QString &name : pk) {
        const Column *c = t.column(name);
        if (c && c->autoincrement == Column::Autoincrement::Yes)
            return c;
    }
    return nullptr;
}

Result<QString> Compiler::columnSpec(const Column &c, const TableDef *t) const
{
    QString spec = q(c.name);
    TableDef single;
    if (!t) {
        single.columns << c;
        t = &single;
    }
    const bool inPk = t->primaryKeyColumns().contains(c.name);
    const bool nullable = c.nullable.value_or(!(c.primaryKey || inPk));
    // " <type>[ DEFAULT <server default>]"
    auto typeAndDefault = [&]() -> Result<QString> {
        auto ts = type(c.type);
        if (!ts)
            return ts;
        QString out = QLatin1Char(' ') + *ts;
        if (c.serverDefault) {
            auto d = serverDefault(*c.serverDefault);
            if (!d)
                return d;
            out += QStringLiteral(" DEFAULT ") + *d;
        }
        return out;
    };
    if (m_pg) {
        const bool hasIdentity = c.identity.has_value();
        const SqlType &ty = c.type.forDialect(m_d.name());
        const bool isSmall = ty.kind == TKind::SmallInteger || ty.kind == TKind::SMALLINT;
        if (inPk && autoincrementColumn(*t) && autoincrementColumn(*t)->name == c.name
            && !hasIdentity && !c.hasDefault && c.sequenceName.isEmpty()) {
            if (ty.kind == TKind::BigInteger || ty.kind == TKind::BIGINT)
                spec += QStringLiteral(" BIGSERIAL");
            else if (isSmall)
                spec += QStringLiteral(" SMALLSERIAL");
            else
                spec += QStringLiteral(" SERIAL");
        } else {
            auto td = typeAndDefault();
            if (!td)
                return td;
            spec += *td;
        }
        if (c.computed) {
            if (c.computed->persisted == std::optional<bool>(false))
                return pythonError(QStringLiteral("CompileError"),
                                   QStringLiteral("PostrgreSQL computed columns do not support 'virtual' "
                                                  "persistence; set the 'persisted' flag to None or True for "
                                                  "PostgreSQL support."));
            ExprOptions o;
            o.includeTable = false;
            auto s = expr(c.computed->sqltext, o);
            if (!s)
                return s;
            spec += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(*s);
        }
        if (hasIdentity) {
            const auto &id = *c.identity;
            spec += id.always ? QStringLiteral(" GENERATED ALWAYS AS IDENTITY")
                              : QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY");
            QStringList o;
            if (id.increment) o << QStringLiteral("INCREMENT BY %1").arg(*id.increment);
            if (id.start) o << QStringLiteral("START WITH %1").arg(*id.start);
            if (id.minValue) o << QStringLiteral("MINVALUE %1").arg(*id.minValue);
            if (id.maxValue) o << QStringLiteral("MAXVALUE %1").arg(*id.maxValue);
            if (id.noMinValue) o << QStringLiteral("NO MINVALUE");
            if (id.noMaxValue) o << QStringLiteral("NO MAXVALUE");
            if (id.cache) o << QStringLiteral("CACHE %1").arg(*id.cache);
            if (id.order) o << (*id.order ? QStringLiteral("ORDER") : QStringLiteral("NO ORDER"));
            if (id.cycle) o << (*id.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
            if (!o.isEmpty())
                spec += QStringLiteral(" (%1)").arg(o.join(QLatin1Char(' ')));
        }
        if (!nullable && !hasIdentity)
            spec += QStringLiteral(" NOT NULL");
        else if (nullable && hasIdentity && c.nullable == std::optional<bool>(true))
            spec += QStringLiteral(" NULL");
    } else {
        auto td = typeAndDefault();
        if (!td)
            return td;
        spec += *td;
        if (!nullable)
            spec += QStringLiteral(" NOT NULL");
        if (c.primaryKey || inPk) {
            const QStringList pk = t->primaryKeyColumns();
            if (c.autoincrement == Column::Autoincrement::Yes && pk.size() != 1)
                return pythonError(QStringLiteral("CompileError"),
                                   QStringLiteral("(in table '%1', column '%2'): SQLite does not support "
                                                  "autoincrement for composite primary keys")
                                       .arg(t->name, c.name));
            if (t->sqliteAutoincrement && pk.size() == 1 && integerAffinity(c.type) && c.foreignKeys.isEmpty())
                spec += QStringLiteral(" PRIMARY KEY AUTOINCREMENT");
        }
        if (c.computed) {
            ExprOptions o;
            o.includeTable = false;
            auto s = expr(c.computed->sqltext, o);
            if (!s)
                return s;
            spec += QStringLiteral(" GENERATED ALWAYS AS (%1)").arg(*s);
            if (c.computed->persisted == std::optional<bool>(true))
                spec += QStringLiteral(" STORED");
            else if (c.computed->persisted == std::optional<bool>(false))
                spec += QStringLiteral(" VIRTUAL");
        }
    }
    for (const Constraint &check : c.checks) {
        auto s = constraint(check, t);
        if (!s)
            return s;
        if (!s->isEmpty())
            spec += QLatin1Char(' ') + *s;
    }
    return spec;
}

std::optional<Constraint> Compiler::typeCheck(const Column &column) const
{
    const SqlType &t = column.type.forDialect(m_d.name());
    if (!t.createConstraint)
        return std::nullopt;
    Constraint c;
    c.kind = Constraint::Kind::Check;
    c.name = t.name;
    c.columns << column.name;
    if (t.kind == TKind::Boolean || t.kind == TKind::BOOLEAN) {
        if (m_pg)   // native boolean
            return std::nullopt;
        c.condition = SqlExpression::binary(QStringLiteral("IN"), SqlExpression::column(column.name),
                                            SqlExpression::list({SqlExpression::literal(qint64(0)),
                                                                 SqlExpression::literal(qint64(1))}));
        return c;
    }
    if (t.isEnum()) {
        if (m_pg && t.nativeEnum)
            return std::nullopt;
        std::vector<SqlExpression> values;
        for (const QString &v : t.enumValues)
            values.push_back(SqlExpression::literal(v));
        c.condition = SqlExpression::binary(QStringLiteral("IN"), SqlExpression::column(column.name),
                                            SqlExpression::list(std::move(values)));
        return c;
    }
    return std::nullopt;
}

QList<Constraint> Compiler::tableConstraints(const TableDef &t) const
{
    QList<Constraint> out;
    bool explicitPk = false;
    for (const Constraint &c : t.constraints) {
        if (c.kind == Constraint::Kind::PrimaryKey) {
            out << c;
            explicitPk = true;
            break;
        }
    }
    if (!explicitPk) {
        Constraint pk;
        pk.kind = Constraint::Kind::PrimaryKey;
        pk.columns = t.primaryKeyColumns();
        if (!pk.columns.isEmpty()) {
            // implicit PK: the autoincrement column first (columns_autoinc_first)
            if (const Column *ai = autoincrementColumn(t)) {
                pk.columns.removeAll(ai->name);
                pk.columns.prepend(ai->name);
            }
            out << pk;
        }
    }
    for (const Constraint &c : t.constraints) {
        if (c.kind != Constraint::Kind::PrimaryKey)
            out << c;
    }
    for (const Column &col : t.columns) {
        if (col.unique.value_or(false) && !col.index.value_or(false)) {
            Constraint u;
            u.kind = Constraint::Kind::Unique;
            u.columns << col.name;
            out << u;
        }
        if (auto check = typeCheck(col))
            out << *check;
        for (const auto &fk : col.foreignKeys) {
            Constraint f;
            f.kind = Constraint::Kind::ForeignKey;
            f.name = fk.name;
            f.columns << col.name;
            f.referredSchema = fk.targetSchema();
            f.referredTable = fk.targetTable();
            f.referredColumns << fk.targetColumn();
            f.fk = fk.options;
            out << f;
        }
    }
    return out;
}

Result<QString> Compiler::constraint(const Constraint &c, const TableDef *t) const
{
    QString s;
    if (!c.name.isEmpty())
        s = QStringLiteral("CONSTRAINT %1 ").arg(q(c.name));
    auto quoted = [this](const QStringList &names) {
        QStringList out;
        for (const QString &n : names)
            out << q(n);
        return out.join(QStringLiteral(", "));
    };
    switch (c.kind) {
    case Constraint::Kind::PrimaryKey:
        if (c.columns.isEmpty())
            return QString();
        if (!m_pg && t && t->sqliteAutoincrement && c.columns.size() == 1) {
            const Column *col = t->column(c.columns.front());
            if (col && integerAffinity(col->type) && col->foreignKeys.isEmpty())
                return QString();
        }
        return s + QStringLiteral("PRIMARY KEY (%1)").arg(quoted(c.columns)) + deferrability(c.deferrable, c.initially);
    case Constraint::Kind::Unique:
        if (c.columns.isEmpty())
            return QString();
        return s + QStringLiteral("UNIQUE ") + (m_pg && c.postgresqlNullsNotDistinct ? QStringLiteral("NULLS NOT DISTINCT ") : QString())
               + QStringLiteral("(%1)").arg(quoted(c.columns)) + deferrability(c.deferrable, c.initially);
    case Constraint::Kind::ForeignKey: {
        if (!m_pg && t && t->schema != c.referredSchema)
            return QString();   // SQLite: cross-schema FKs are not rendered
        const QString remote = m_pg ? table(c.referredTable, c.referredSchema) : q(c.referredTable);
        s += QStringLiteral("FOREIGN KEY(%1) REFERENCES %2 (%3)").arg(quoted(c.columns), remote, quoted(c.referredColumns));
        if (!c.fk.match.isEmpty())
            s += QStringLiteral(" MATCH ") + c.fk.match;
        if (!c.fk.onDelete.isEmpty())
            s += QStringLiteral(" ON DELETE ") + c.fk.onDelete;
        if (!c.fk.onUpdate.isEmpty())
            s += QStringLiteral(" ON UPDATE ") + c.fk.onUpdate;
        return s + deferrability(c.fk.deferrable, c.fk.initially);
    }
    case Constraint::Kind::Check: {
        ExprOptions o;
        o.includeTable = false;
        auto cond = expr(c.condition, o);
        if (!cond)
            return cond;
        return s + QStringLiteral("CHECK (%1)").arg(*cond) + deferrability(c.deferrable, c.initially);
    }
    case Constraint::Kind::Exclude: {
        if (!m_pg)
            return pythonError(QStringLiteral("CompileError"),
                               QStringLiteral("ExcludeConstraint is only supported on PostgreSQL"));
        ExprOptions o;
        o.includeTable = false;
        QStringList elements;
        for (const auto &el : c.excludeElements) {
            auto e = expr(el.first, o);
            if (!e)
                return e;
            elements << QStringLiteral("%1 WITH %2").arg(*e, el.second);
        }
        s += QStringLiteral("EXCLUDE USING %1 (%2)")
                 .arg(c.excludeUsing.isEmpty() ? QStringLiteral("gist") : c.excludeUsing.toLower(),
                      elements.join(QStringLiteral(", ")));
        if (c.excludeWhere) {
            auto w = expr(*c.excludeWhere, o);
            if (!w)
                return w;
            s += QStringLiteral(" WHERE (%1)").arg(*w);
        }
        return s + deferrability(c.deferrable, c.initially);
    }
    }
    return QString();
}

Result<QString> Compiler::createTable(const TableDef &t, const QList<Constraint> *override) const
{
    QString text = QStringLiteral("\nCREATE ");
    if (!t.prefixes.isEmpty())
        text += t.prefixes.join(QLatin1Char(' ')) + QLatin1Char(' ');
    text += QStringLiteral("TABLE ");
    if (t.ifNotExists)
        text += QStringLiteral("IF NOT EXISTS ");
    text += table(t.name, t.schema) + QStringLiteral(" (");
    QString separator = QStringLiteral("\n");
    for (const Column &c : t.columns) {
        if (c.systemColumn)
            continue;
        auto spec = columnSpec(c, &t);
        if (!spec) {
            // SQLAlchemy re-raises a column's CompileError (UnsupportedCompilationError included)
            // as CompileError("(in table 't', column 'c'): " + its args[0]): no background link.
            Error e = spec.error();
            static const QString compileError = QStringLiteral("sqlalchemy.exc.CompileError: ");
            static const QString unsupported = QStringLiteral("sqlalchemy.exc.UnsupportedCompilationError: ");
            const bool plain = e.message.startsWith(compileError);
            if ((plain || e.message.startsWith(unsupported)) && !e.message.contains(QLatin1String("(in table"))) {
                QString inner = e.message.mid(plain ? compileError.size() : unsupported.size());
                if (inner.endsWith(QLatin1String(kBackground)))
                    inner.chop(int(qstrlen(kBackground)));
                e.message = compileError + QStringLiteral("(in table '%1', column '%2'): ").arg(t.name, c.name) + inner;
            }
            return e;
        }
        text += separator + QLatin1Char('\t') + *spec;
        separator = QStringLiteral(", \n");
    }
    QStringList constraints;
    const QList<Constraint> all = override ? *override : tableConstraints(t);
    for (const Constraint &c : all) {
        if (m_pg && c.kind == Constraint::Kind::ForeignKey && c.fk.useAlter)
            continue;
        auto s = constraint(c, &t);
        if (!s)
            return s;
        if (!s->isEmpty())
            constraints << *s;
    }
    if (!constraints.isEmpty())
        text += separator + QLatin1Char('\t') + constraints.join(QStringLiteral(", \n\t"));
    QString post;
    if (m_pg) {
        if (!t.postgresqlInherits.isEmpty()) {
            QStringList names;
            for (const QString &n : t.postgresqlInherits)
                names << q(n);
            post += QStringLiteral("\n INHERITS ( ") + names.join(QStringLiteral(", ")) + QStringLiteral(" )");
        }
        if (!t.postgresqlPartitionBy.isEmpty())
            post += QStringLiteral("\n PARTITION BY ") + t.postgresqlPartitionBy;
        if (!t.postgresqlTablespace.isEmpty())
            post += QStringLiteral("\n TABLESPACE ") + q(t.postgresqlTablespace);
    } else if (t.sqliteWithRowid == std::optional<bool>(false)) {
        post += QStringLiteral("\n WITHOUT ROWID");
    }
    text += QStringLiteral("\n)") + post + QStringLiteral("\n\n");
    return text;
}

void Compiler::collectEnums(const SqlType &typeIn, QList<SqlType> &out) const
{
    const SqlType &t = typeIn.forDialect(m_d.name());
    if (t.isEnum() && t.nativeEnum && !t.name.isEmpty() && (t.kind == TKind::Enum || t.createType))
        out << t;
    if (t.kind == TKind::Array && t.itemType)
        collectEnums(*t.itemType, out);
}

Result<QString> Compiler::createEnumType(const SqlType &t) const
{
    QStringList values;
    for (const QString &v : t.enumValues) {
        auto s = stringLiteral(v);
        values << *s;
    }
    return QStringLiteral("CREATE TYPE %1 AS ENUM (%2)").arg(enumTypeName(t), values.join(QStringLiteral(", ")));
}

QList<ops::Index> Compiler::tableIndexes(const TableDef &t) const
{
    QList<ops::Index> out = t.indexes;
    for (ops::Index &i : out) {
        i.table = t.name;
        i.schema = t.schema;
    }
    for (const Column &c : t.columns) {
        if (!c.index.value_or(false))
            continue;
        ops::Index i;
        QString label = t.name + QLatin1Char('_') + c.name;
        if (!t.schema.isEmpty())
            label = QString(t.schema).replace(QLatin1Char('.'), QLatin1Char('_')) + QLatin1Char('_') + label;
        i.name = QStringLiteral("ix_") + label;
        i.table = t.name;
        i.schema = t.schema;
        i.unique = c.unique.value_or(false);
        i.expressions.push_back(SqlExpression::column(c.name));
        i.line = c.line;
        out << i;
    }
    return out;
}

Result<QString> Compiler::createIndex(const ops::Index &index) const
{
    if (index.name.isEmpty())
        return pythonError(QStringLiteral("CompileError"), QStringLiteral("CREATE INDEX requires that the index have a name"));
    QString s = QStringLiteral("CREATE ");
    if (index.unique)
        s += QStringLiteral("UNIQUE ");
    s += QStringLiteral("INDEX ");
    if (m_pg && index.postgresqlConcurrently)
        s += QStringLiteral("CONCURRENTLY ");
    if (index.ifNotExists)
        s += QStringLiteral("IF NOT EXISTS ");
    ExprOptions o;
    o.includeTable = false;
    QStringList exprs;
    for (const SqlExpression &e : index.expressions) {
        Result<QString> r = m_pg && e.kind != EKind::Column ? grouped(e, QStringLiteral(","), o) : expr(e, o);
        if (m_pg && (e.kind == EKind::Binary || e.kind == EKind::Conjunction) && r)
            r = QLatin1Char('(') + *r + QLatin1Char(')');
        if (!r)
            return r;
        QString item = *r;
        if (m_pg && e.kind == EKind::Column) {
            for (const auto &op : index.postgresqlOps) {
                if (op.first == e.sql)
                    item += QLatin1Char(' ') + op.second;
            }
        }
        exprs << item;
    }
    if (m_pg) {
        s += QStringLiteral("%1 ON %2 ").arg(q(index.name), table(index.table, index.schema));
        if (!index.postgresqlUsing.isEmpty())
            s += QStringLiteral("USING %1 ").arg(index.postgresqlUsing.toLower());
        s += QStringLiteral("(%1)").arg(exprs.join(QStringLiteral(", ")));
        if (!index.postgresqlInclude.isEmpty()) {
            QStringList inc;
            for (const QString &c : index.postgresqlInclude)
                inc << q(c);
            s += QStringLiteral(" INCLUDE (%1)").arg(inc.join(QStringLiteral(", ")));
        }
        if (index.postgresqlNullsNotDistinct)
            s += QStringLiteral(" NULLS NOT DISTINCT");
        if (!index.postgresqlWith.isEmpty()) {
            QStringList w;
            for (const auto &kv : index.postgresqlWith)
                w << QStringLiteral("%1 = %2").arg(kv.first, kv.second);
            s += QStringLiteral(" WITH (%1)").arg(w.join(QStringLiteral(", ")));
        }
        if (!index.postgresqlTablespace.isEmpty())
            s += QStringLiteral(" TABLESPACE %1").arg(q(index.postgresqlTablespace));
        if (index.postgresqlWhere) {
            auto w = expr(*index.postgresqlWhere, o);
            if (!w)
                return w;
            s += QStringLiteral(" WHERE ") + *w;
        }
    } else {
        const QString name = index.schema.isEmpty() ? q(index.name) : table(index.name, index.schema);
        s += QStringLiteral("%1 ON %2 (%3)").arg(name, q(index.table), exprs.join(QStringLiteral(", ")));
        if (index.sqliteWhere) {
            auto w = expr(*index.sqliteWhere, o);
            if (!w)
                return w;
            s += QStringLiteral(" WHERE ") + *w;
        }
    }
    return s;
}

Result<QStringList> Compiler::createTableAll(const TableDef &t, RenderState &state,
                                             const QList<Constraint> *constraints) const
{
    QStringList out;
    if (m_pg) {
        QList<SqlType> enums;
        for (const Column &c : t.columns)
            collectEnums(c.type, enums);
        for (const SqlType &e : enums) {
            const QString key = e.schema.isEmpty() ? e.name : e.schema + QLatin1Char('.') + e.name;
            if (state.createdEnumTypes.contains(key))
                continue;
            state.createdEnumTypes.insert(key);
            auto s = createEnumType(e);
            if (!s)
                return s.error();
            out << *s;
        }
    }
    auto ct = createTable(t, constraints);
    if (!ct)
        return ct.error();
    out << ct->trimmed();
    for (const ops::Index &i : tableIndexes(t)) {
        auto s = createIndex(i);
        if (!s)
            return s.error();
        out << *s;
    }
    if (m_pg) {
        if (t.comment && !t.comment->isEmpty()) {
            out << QStringLiteral("COMMENT ON TABLE %1 IS %2").arg(table(t.name, t.schema), *stringLiteral(*t.comment));
        }
        for (const Column &c : t.columns) {
            if (c.comment && !c.comment->isEmpty())
                out << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                           .arg(table(t.name, t.schema), q(c.name), *stringLiteral(*c.comment));
        }
    }
    return out;
}

} // namespace retort::sql
