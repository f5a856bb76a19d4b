#include "sql/postgresqldialect.h"

#include <QSet>

namespace retort::sql {

bool PostgresqlDialect::isReservedWord(const QString &lowerCaseWord) const
{
    // sqlalchemy.dialects.postgresql.base.RESERVED_WORDS (SQLAlchemy 1.4.46)
    static const QSet<QString> words = {
    QStringLiteral("all"), QStringLiteral("analyse"), QStringLiteral("analyze"),
    QStringLiteral("and"), QStringLiteral("any"), QStringLiteral("array"), QStringLiteral("as"),
    QStringLiteral("asc"), QStringLiteral("asymmetric"), QStringLiteral("authorization"),
    QStringLiteral("between"), QStringLiteral("binary"), QStringLiteral("both"),
    QStringLiteral("case"), QStringLiteral("cast"), QStringLiteral("check"),
    QStringLiteral("collate"), QStringLiteral("column"), QStringLiteral("constraint"),
    QStringLiteral("create"), QStringLiteral("cross"), QStringLiteral("current_catalog"),
    QStringLiteral("current_date"), QStringLiteral("current_role"),
    QStringLiteral("current_schema"), QStringLiteral("current_time"),
    QStringLiteral("current_timestamp"), QStringLiteral("current_user"), QStringLiteral("default"),
    QStringLiteral("deferrable"), QStringLiteral("desc"), QStringLiteral("distinct"),
    QStringLiteral("do"), QStringLiteral("else"), QStringLiteral("end"), QStringLiteral("except"),
    QStringLiteral("false"), QStringLiteral("fetch"), QStringLiteral("for"),
    QStringLiteral("foreign"), QStringLiteral("freeze"), QStringLiteral("from"),
    QStringLiteral("full"), QStringLiteral("grant"), QStringLiteral("group"),
    QStringLiteral("having"), QStringLiteral("ilike"), QStringLiteral("in"),
    QStringLiteral("initially"), QStringLiteral("inner"), QStringLiteral("intersect"),
    QStringLiteral("into"), QStringLiteral("is"), QStringLiteral("isnull"), QStringLiteral("join"),
    QStringLiteral("leading"), QStringLiteral("left"), QStringLiteral("like"),
    QStringLiteral("limit"), QStringLiteral("localtime"), QStringLiteral("localtimestamp"),
    QStringLiteral("natural"), QStringLiteral("new"), QStringLiteral("not"),
    QStringLiteral("notnull"), QStringLiteral("null"), QStringLiteral("of"), QStringLiteral("off"),
    QStringLiteral("offset"), QStringLiteral("old"), QStringLiteral("on"), QStringLiteral("only"),
    QStringLiteral("or"), QStringLiteral("order"), QStringLiteral("outer"), QStringLiteral("over"),
    QStringLiteral("overlaps"), QStringLiteral("placing"), QStringLiteral("primary"),
    QStringLiteral("references"), QStringLiteral("returning"), QStringLiteral("right"),
    QStringLiteral("select"), QStringLiteral("session_user"), QStringLiteral("similar"),
    QStringLiteral("some"), QStringLiteral("symmetric"), QStringLiteral("table"),
    QStringLiteral("then"), QStringLiteral("to"), QStringLiteral("trailing"),
    QStringLiteral("true"), QStringLiteral("union"), QStringLiteral("unique"),
    QStringLiteral("user"), QStringLiteral("using"), QStringLiteral("variadic"),
    QStringLiteral("verbose"), QStringLiteral("when"), QStringLiteral("where"),
    QStringLiteral("window"), QStringLiteral("with"),
    };
    return words.contains(lowerCaseWord);
}

} // namespace retort::sql
