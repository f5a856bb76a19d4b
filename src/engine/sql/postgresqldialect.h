#pragma once

#include "sql/dialect.h"

namespace retort::sql {

// PostgreSQL: SQLAlchemy's PGDialect rules (reserved words, SERIAL/BIGSERIAL, IDENTITY, native
// ENUM types created once per run, TIMESTAMP WITH/WITHOUT TIME ZONE, true/false, COMMENT ON) and
// Alembic's PostgresqlImpl (alter_column order TYPE, NULL, DEFAULT, COMMENT, RENAME; USING).
// Transactional DDL. Immutable; thread-safe.
class PostgresqlDialect : public Dialect {
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    bool transactionalDdl() const override { return true; }
    bool isReservedWord(const QString &lowerCaseWord) const override;

protected:
    Flavor flavor() const override { return Flavor::Postgresql; }
};

} // namespace retort::sql
