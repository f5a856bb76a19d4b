#pragma once

#include "sql/dialect.h"

namespace retort::sql {

// SQLite: SQLAlchemy's SQLiteDialect rules (reserved words, DATETIME types, parenthesised
// expression defaults, 1/0 booleans), Alembic's SQLiteImpl refusals (constraint ALTERs) and batch
// move-and-copy. Non-transactional DDL. Immutable; thread-safe.
class SqliteDialect : public Dialect {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    bool transactionalDdl() const override { return false; }
    bool isReservedWord(const QString &lowerCaseWord) const override;

protected:
    Flavor flavor() const override { return Flavor::Sqlite; }
};

} // namespace retort::sql
