// Alembic's batch_alter_table (operations/batch.py): the recreate decision, plain ALTER replay, and
// SQLite "move and copy" (ApplyBatchImpl) from copy_from or a reflected table.
#include "sql/compiler.h"

#include <QHash>
#include <QSet>

namespace retort::sql {

using namespace ops;
using EKind = ops::SqlExpression::Kind;
using TKind = ops::SqlType::Kind;

namespace {

// SQLAlchemy's TypeEngine._type_affinity, coarsely.
int affinity(const SqlType &t)
{
    if (t.isInteger())
        return 1;
    switch (t.kind) {
    case TKind::String: case TKind::Text: case TKind::Unicode: case TKind::UnicodeText: case TKind::VARCHAR:
    case TKind::NVARCHAR: case TKind::CHAR: case TKind::NCHAR: case TKind::TEXT: case TKind::CLOB:
    case TKind::AutoString: case TKind::Enum: case TKind::PgEnum:
        return 2;
    case TKind::Numeric: case TKind::NUMERIC: case TKind::DECIMAL: case TKind::Float: case TKind::FLOAT:
    case TKind::REAL: case TKind::DOUBLE: case TKind::DOUBLE_PRECISION:
        return 3;
    case TKind::Boolean: case TKind::BOOLEAN: return 4;
    case TKind::DateTime: case TKind::DATETIME: case TKind::TIMESTAMP: return 5;
    case TKind::Date: case TKind::DATE: return 6;
    case TKind::Time: case TKind::TIME: return 7;
    case TKind::Json: case TKind::JSON: case TKind::PgJsonb: return 8;
    case TKind::LargeBinary: case TKind::BLOB: case TKind::PgBytea: case TKind::BINARY: case TKind::VARBINARY: return 9;
    default:
        return 100 + int(t.kind);
    }
}

bool isJson(const SqlType &t)
{
    return t.kind == TKind::Json || t.kind == TKind::JSON || t.kind == TKind::PgJsonb;
}

void renameColumns(SqlExpression &e, const QHash<QString, QString> &names)
{
    if (e.kind == EKind::Column && names.contains(e.sql))
        e.sql = names.value(e.sql);
    for (auto &a : e.args)
        renameColumns(a, names);
}

void collectColumns(const SqlExpression &e, QSet<QString> &out)
{
    if (e.kind == EKind::Column)
        out.insert(e.sql);
    for (const auto &a : e.args)
        collectColumns(a, out);
}

// Does this recorded op make SQLite's recreate="auto" choose move-and-copy?
// (SQLiteImpl.requires_recreate_in_batch over the impl-level calls each op records.)
bool requiresRecreate(const Operation &op)
{
    if (op.is<CreateIndex>() || op.is<DropIndex>() || op.is<Execute>())
        return false;
    if (op.is<AddColumn>()) {
        const Column &c = op.as<AddColumn>().column;
        if (c.serverDefault && !c.serverDefault->isStringLiteral())
            return true;
        if (c.computed && c.computed->persisted.value_or(false))
            return true;
        // toimpl.add_column records add_constraint for the column's constraints
        if (!c.foreignKeys.isEmpty() || !c.checks.isEmpty() || (c.unique.value_or(false) && !c.index.value_or(false))
            || (c.type.isSchemaType() && c.type.createConstraint))
            return true;
        return false;
    }
    return true;
}

} // namespace

Result<QStringList> Compiler::batch(const BatchAlterTable &b, RenderState &state, int line) const
{
    bool recreate = false;
    if (b.recreate == BatchAlterTable::Recreate::Always)
        recreate = true;
    else if (b.recreate == BatchAlterTable::Recreate::Auto && !m_pg) {
        for (const Operation &op : b.ops)
            recreate = recreate || requiresRecreate(op);
    }

    QStringList out;
    if (!recreate) {
        // batch_op.execute() is not recorded by Alembic's batch impl: it runs at call time, before
        // the recorded operations that are applied when the block exits.
        for (const Operation &op : b.ops) {
            if (!op.is<Execute>())
                continue;
            auto r = operation(op, state);
            if (!r)
                return r;
            out << *r;
        }
        for (const Operation &op : b.ops) {
            if (op.is<Execute>())
                continue;
            QString before, after;
            if (auto a = std::get_if<AddColumn>(&op.op)) {
                before = a->insertBefore;
                after = a->insertAfter;
            } else if (auto a = std::get_if<AlterColumn>(&op.op)) {
                before = a->insertBefore;
                after = a->insertAfter;
            }
            if (!before.isEmpty() || !after.isEmpty())
                return pythonError(QStringLiteral("CommandError"),
                                   QStringLiteral("Can't specify insert_before or insert_after when using ALTER; "
                                                  "please specify recreate='always'"),
                                   op.line);
            auto r = operation(op, state);
            if (!r)
                return r;
            out << *r;
        }
        return out;
    }

    TableDef existing;
    if (b.copyFrom) {
        existing = *b.copyFrom;
    } else if (state.reflectTable) {
        auto r = state.reflectTable(b.table, b.schema);
        if (!r)
            return r.error();
        existing = *r;
    } else {
        return pythonError(
            QStringLiteral("CommandError"),
            QStringLiteral("This operation cannot proceed in --sql mode; batch mode with dialect %1 requires a "
                           "live database connection with which to reflect the table \"%2\". To generate a batch "
                           "SQL migration script using table \"move and copy\", a complete Table object should be "
                           "passed to the \"copy_from\" argument of the batch_alter_table() method so that table "
                           "reflection can be skipped.")
                .arg(m_d.name(), b.table),
            line);
    }
    const bool reflected = !b.copyFrom;
    const QString schema = existing.schema;
    const QString tableName = existing.name;
    const QString tempName = (QStringLiteral("_alembic_tmp_") + tableName).left(50);

    // _grab_table_elements
    struct Slot {
        QString key;            // the column's original name (SQLAlchemy's .key)
        Column column;
        bool hasExpr = false;   // copied from the old table
        SqlExpression expr;
    };
    QList<Slot> slots;
    QStringList existingOrdering;
    for (const Column &c : existing.columns) {
        Slot s;
        s.key = c.name;
        s.column = c;
        s.column.unique = false;
        s.column.index = false;
        s.column.foreignKeys.clear();   // carried as table constraints (Column._copy has no FKs)
        s.hasExpr = true;
        s.expr = SqlExpression::column(c.name, tableName);
        slots << s;
        existingOrdering << c.name;
    }
    auto slotIndex = [&slots](const QString &key) {
        for (int i = 0; i < slots.size(); ++i) {
            if (slots[i].key == key)
                return i;
        }
        return -1;
    };

    TableDef noTypeChecks = existing;
    for (Column &c : noTypeChecks.columns)
        c.type.createConstraint = false;
    QList<Constraint> named, unnamed;
    for (const Constraint &c : tableConstraints(noTypeChecks)) {
        if (reflected && c.kind == Constraint::Kind::Check && c.name.isEmpty())
            continue;
        if (!c.name.isEmpty())
            named << c;
        else
            unnamed << c;
    }
    auto findNamed = [&named](const QString &name) {
        for (int i = 0; i < named.size(); ++i) {
            if (named[i].name == name)
                return i;
        }
        return -1;
    };
    QList<Index> indexes = existing.indexes;   // Column(index=True) indexes are not carried over
    QList<Index> newIndexes;
    QList<QPair<QString, QString>> addColOrdering;

    for (const Operation &op : b.ops) {
        if (auto a = std::get_if<AlterColumn>(&op.op)) {
            const int i = slotIndex(a->column);
            if (i < 0)
                return pythonError(QStringLiteral("KeyError"), QStringLiteral("'%1'").arg(a->column), op.line);
            Slot &s = slots[i];
            if (!a->newColumnName.isEmpty() && a->newColumnName != a->column) {
                s.column.name = a->newColumnName;
                if (a->existingType && a->existingType->isSchemaType() && !a->existingType->name.isEmpty()) {
                    const int n = findNamed(a->existingType->name);
                    if (n >= 0)
                        named.removeAt(n);
                }
            }
            if (a->type) {
                s.column.type.createConstraint = false;
                if (affinity(s.column.type) != affinity(*a->type) && !isJson(*a->type) && s.hasExpr)
                    s.expr = SqlExpression::cast(s.expr, *a->type);
                s.column.type = *a->type;
            }
            if (a->nullable)
                s.column.nullable = *a->nullable;
            if (a->serverDefault.given)
                s.column.serverDefault = a->serverDefault.value;
            if (a->autoincrement)
                s.column.autoincrement = *a->autoincrement ? Column::Autoincrement::Yes : Column::Autoincrement::No;
            if (a->comment.given)
                s.column.comment = a->comment.value;
            if (!a->insertBefore.isEmpty() || !a->insertAfter.isEmpty()) {
                // alter_column(insert_before/after) reorders like add_column
                if (!a->insertBefore.isEmpty())
                    addColOrdering << qMakePair(s.key, a->insertBefore);
                if (!a->insertAfter.isEmpty())
                    addColOrdering << qMakePair(a->insertAfter, s.key);
            }
        } else if (auto a = std::get_if<AddColumn>(&op.op)) {
            // _setup_dependencies_for_add_column
            QString before = a->insertBefore, after = a->insertAfter;
            const QString colname = a->column.name;
            if (b.partialReordering.isEmpty()) {
                if (!after.isEmpty() && before.isEmpty()) {
                    const int idx = existingOrdering.indexOf(after);
                    if (idx >= 0) {
                        if (idx + 1 < existingOrdering.size())
                            before = existingOrdering[idx + 1];
                    } else {
                        for (const auto &p : addColOrdering)
                            if (p.first == after)
                                before = p.second;
                    }
                }
                if (!before.isEmpty() && after.isEmpty()) {
                    const int idx = existingOrdering.indexOf(before);
                    if (idx >= 0) {
                        if (idx - 1 >= 0)
                            after = existingOrdering[idx - 1];
                    } else {
                        for (const auto &p : addColOrdering)
                            if (p.second == before)
                                after = p.first;
                    }
                }
            }
            if (!before.isEmpty())
                addColOrdering << qMakePair(colname, before);
            if (!after.isEmpty())
                addColOrdering << qMakePair(after, colname);
            if (b.partialReordering.isEmpty() && before.isEmpty() && after.isEmpty() && !existingOrdering.isEmpty())
                addColOrdering << qMakePair(existingOrdering.last(), colname);
            Slot s;
            s.key = colname;
            s.column = a->column;
            const int i = slotIndex(colname);
            if (i >= 0)
                slots[i] = s;
            else
                slots << s;
        } else if (auto a = std::get_if<DropColumn>(&op.op)) {
            const int i = slotIndex(a->column);
            if (i < 0)
                return pythonError(QStringLiteral("KeyError"), QStringLiteral("'%1'").arg(a->column), op.line);
            slots.removeAt(i);
            existingOrdering.removeAll(a->column);
            if (a->existingType && a->existingType->isSchemaType() && !a->existingType->name.isEmpty()) {
                const int n = findNamed(a->existingType->name);
                if (n >= 0)
                    named.removeAt(n);
            }
            for (QList<Constraint> *list : {&named, &unnamed}) {
                for (Constraint &c : *list) {
                    if (c.kind == Constraint::Kind::PrimaryKey)
                        c.columns.removeAll(a->column);
                }
            }
        } else if (auto a = std::get_if<CreateConstraint>(&op.op)) {
            if (a->constraint.name.isEmpty())
                return pythonError(QStringLiteral("ValueError"), QStringLiteral("Constraint must have a name"), op.line);
            if (a->constraint.kind == Constraint::Kind::PrimaryKey) {
                for (int i = unnamed.size() - 1; i >= 0; --i) {
                    if (unnamed[i].kind == Constraint::Kind::PrimaryKey)
                        unnamed.removeAt(i);
                }
            }
            const int n = findNamed(a->constraint.name);
            if (n >= 0)
                named[n] = a->constraint;
            else
                named << a->constraint;
        } else if (auto a = std::get_if<DropConstraint>(&op.op)) {
            if (a->name.isEmpty())
                return pythonError(QStringLiteral("ValueError"), QStringLiteral("Constraint must have a name"), op.line);
            bool found = false;
            for (Slot &s : slots) {
                for (int i = s.column.checks.size() - 1; i >= 0; --i) {
                    if (s.column.checks[i].name == a->name) {
                        s.column.checks.removeAt(i);
                        found = true;
                    }
                }
            }
            if (!found) {
                const int n = findNamed(a->name);
                if (n < 0)
                    return pythonError(QStringLiteral("ValueError"), QStringLiteral("No such constraint: '%1'").arg(a->name), op.line);
                const Constraint removed = named.takeAt(n);
                if (removed.kind == Constraint::Kind::PrimaryKey) {
                    for (Slot &s : slots) {
                        if (removed.columns.contains(s.key))
                            s.column.primaryKey = false;
                    }
                }
            }
        } else if (auto a = std::get_if<CreateIndex>(&op.op)) {
            bool replaced = false;
            for (Index &i : newIndexes) {
                if (i.name == a->index.name) {
                    i = a->index;
                    replaced = true;
                }
            }
            if (!replaced)
                newIndexes << a->index;
        } else if (auto a = std::get_if<DropIndex>(&op.op)) {
            bool found = false;
            for (int i = indexes.size() - 1; i >= 0; --i) {
                if (indexes[i].name == a->name) {
                    indexes.removeAt(i);
                    found = true;
                }
            }
            if (!found)
                return pythonError(QStringLiteral("ValueError"), QStringLiteral("No such index: '%1'").arg(a->name), op.line);
        } else if (auto a = std::get_if<Execute>(&op.op)) {
            auto r = operation(op, state);   // runs right away, before the table is recreated
            if (!r)
                return r;
            out << *r;
        } else if (op.is<CreateTableComment>() || op.is<DropTableComment>()) {
            // carried by the new table's definition in Alembic; nothing to emit on SQLite
        } else {
            return pythonError(QStringLiteral("NotImplementedError"),
                               QStringLiteral("%1 is not supported inside batch_alter_table").arg(op.name()), op.line);
        }
    }

    // _adjust_self_columns_for_partial_reordering
    if (!b.partialReordering.isEmpty() || !addColOrdering.isEmpty()) {
        QList<QPair<QString, QString>> pairs;
        QStringList byIdx;
        for (const Slot &s : slots)
            byIdx << s.key;
        if (!b.partialReordering.isEmpty()) {
            for (const QStringList &tuple : b.partialReordering)
                for (int i = 1; i < tuple.size(); ++i)
                    pairs << qMakePair(tuple[i - 1], tuple[i]);
        } else {
            for (int i = 1; i < existingOrdering.size(); ++i)
                pairs << qMakePair(byIdx.value(i - 1), existingOrdering[i]);
        }
        pairs << addColOrdering;
        QHash<QString, QSet<QString>> parents;
        for (const auto &p : pairs) {
            if (p.first != p.second)
                parents[p.second].insert(p.first);
        }
        QStringList todo = byIdx;
        QSet<QString> todoSet(byIdx.begin(), byIdx.end());
        QStringList sorted;
        while (!todoSet.isEmpty()) {
            QStringList output;
            for (const QString &n : todo) {
                if (!todoSet.intersects(parents.value(n)))
                    output << n;
            }
            if (output.isEmpty())
                return pythonError(QStringLiteral("CircularDependencyError"),
                                   QStringLiteral("Circular dependency detected in batch column ordering"), line);
            for (const QString &n : output)
                todoSet.remove(n);
            QStringList rest;
            for (const QString &n : todo)
                if (todoSet.contains(n))
                    rest << n;
            todo = rest;
            sorted << output;
        }
        QList<Slot> reordered;
        for (const QString &k : sorted)
            reordered << slots[slotIndex(k)];
        slots = reordered;
    }

    // _transfer_elements_to_new_table
    QHash<QString, QString> newNames;   // key -> current name
    QSet<QString> keys;
    for (const Slot &s : slots) {
        newNames.insert(s.key, s.column.name);
        keys.insert(s.key);
    }
    TableDef nt;
    nt.name = tempName;
    nt.schema = schema;
    nt.sqliteAutoincrement = existing.sqliteAutoincrement || b.tableKwargs.sqliteAutoincrement;
    nt.sqliteWithRowid = b.tableKwargs.sqliteWithRowid ? b.tableKwargs.sqliteWithRowid : existing.sqliteWithRowid;
    for (const Slot &s : slots)
        nt.columns << s.column;
    for (const Column &c : b.tableArgColumns)
        nt.columns << c;
    QList<Constraint> transferred;
    std::optional<Constraint> pk;
    for (const QList<Constraint> *list : {&named, &unnamed}) {
        for (Constraint c : *list) {
            QSet<QString> cols(c.columns.begin(), c.columns.end());
            if (c.kind == Constraint::Kind::Check)
                collectColumns(c.condition, cols);
            if (!keys.contains(cols) )
                continue;
            for (QString &col : c.columns)
                col = newNames.value(col, col);
            renameColumns(c.condition, newNames);
            if (c.kind == Constraint::Kind::PrimaryKey) {
                if (!c.columns.isEmpty())
                    pk = c;
                continue;
            }
            transferred << c;
        }
    }
    nt.constraints = b.tableArgs;
    if (pk)
        nt.constraints.prepend(*pk);
    QList<Constraint> all = tableConstraints(nt);
    all << transferred;

    if (m_pg) {
        // PostgresqlImpl.prep_table_for_batch: drop the old table's named constraints first
        for (const Constraint &c : tableConstraints(noTypeChecks)) {
            if (c.name.isEmpty())
                continue;
            DropConstraint d;
            d.name = c.name;
            d.table = tableName;
            d.schema = schema;
            auto r = dropConstraint(d);
            if (!r)
                return r;
            out << *r;
        }
    }
    auto created = createTableAll(nt, state, &all);
    if (!created)
        return created;
    out << *created;

    QStringList insertCols, selectCols;
    for (const Slot &s : slots) {
        if (!s.hasExpr)
            continue;
        insertCols << q(s.column.name);
        auto e = expr(s.expr);
        if (!e)
            return e.error();
        selectCols << (s.expr.kind == EKind::Cast ? *e + QStringLiteral(" AS ") + q(s.key) : *e);
    }
    out << QStringLiteral("INSERT INTO %1 (%2) SELECT %3 \nFROM %4")
               .arg(table(tempName, schema), insertCols.join(QStringLiteral(", ")),
                    selectCols.join(QStringLiteral(", ")), table(tableName, schema));
    out << QStringLiteral("DROP TABLE ") + table(tableName, schema);
    out << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table(tempName, schema), q(tableName));

    // _gather_indexes_from_both_tables
    auto emitIndex = [&](Index idx, bool fromExisting) -> Result<void> {
        for (SqlExpression &e : idx.expressions) {
            if (e.kind == EKind::Column && fromExisting) {
                if (!keys.contains(e.sql))
                    return pythonError(QStringLiteral("KeyError"), QStringLiteral("'%1'").arg(e.sql), line);
            }
            renameColumns(e, newNames);
        }
        idx.table = tableName;
        idx.schema = schema;
        auto s = createIndex(idx);
        if (!s)
            return s.error();
        out << *s;
        return {};
    };
    for (const Index &i : indexes) {
        auto r = emitIndex(i, true);
        if (!r)
            return r.error();
    }
    for (const Index &i : newIndexes) {
        auto r = emitIndex(i, false);
        if (!r)
            return r.error();
    }
    return out;
}

} // namespace retort::sql
