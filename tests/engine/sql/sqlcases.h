#pragma once

#include "ops/operation.h"

#include <QMap>
#include <QString>

#include <functional>

namespace retort::test {

// case name (tests/data/sql/oracle.py CASES) -> the same operations as C++ values.
QMap<QString, std::function<QList<ops::Operation>()>> sqlCases();
// The part of sqlCases() in sqlcasesmore.cpp.
QMap<QString, std::function<QList<ops::Operation>()>> moreSqlCases();
// add/drop/alter column, indexes, constraints (sqlcasesalter.cpp).
QMap<QString, std::function<QList<ops::Operation>()>> alterSqlCases();
// batch_alter_table (sqlcasesbatch.cpp).
QMap<QString, std::function<QList<ops::Operation>()>> batchSqlCases();


} // namespace retort::test
