#include "ops/tabledef.h"

namespace retort::ops {

QString ForeignKeySpec::targetColumn() const
{
    return target.section(QLatin1Char('.'), -1);
}

QString ForeignKeySpec::targetTable() const
{
    return target.section(QLatin1Char('.'), -2, -2);
}

QString ForeignKeySpec::targetSchema() const
{
    const int parts = target.count(QLatin1Char('.')) + 1;
    if (parts < 3)
        return {};
    return target.section(QLatin1Char('.'), 0, parts - 3);
}

const Column *TableDef::column(const QString &columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

Column *TableDef::column(const QString &columnName)
{
    for (Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

int TableDef::columnIndex(const QString &columnName) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == columnName)
            return i;
    }
    return -1;
}

QStringList TableDef::primaryKeyColumns() const
{
    for (const Constraint &c : constraints) {
        if (c.kind == Constraint::Kind::PrimaryKey)
            return c.columns;
    }
    QStringList names;
    for (const Column &c : columns) {
        if (c.primaryKey)
            names << c.name;
    }
    return names;
}

} // namespace retort::ops
