#include "sql/sqlitedialect.h"

#include <QSet>

namespace retort::sql {

bool SqliteDialect::isReservedWord(const QString &lowerCaseWord) const
{
    // sqlalchemy.dialects.sqlite.base.SQLiteIdentifierPreparer.reserved_words (SQLAlchemy 1.4.46)
    static const QSet<QString> words = {
    QStringLiteral("add"), QStringLiteral("after"), QStringLiteral("all"), QStringLiteral("alter"),
    QStringLiteral("analyze"), QStringLiteral("and"), QStringLiteral("as"), QStringLiteral("asc"),
    QStringLiteral("attach"), QStringLiteral("autoincrement"), QStringLiteral("before"),
    QStringLiteral("begin"), QStringLiteral("between"), QStringLiteral("by"),
    QStringLiteral("cascade"), QStringLiteral("case"), QStringLiteral("cast"),
    QStringLiteral("check"), QStringLiteral("collate"), QStringLiteral("column"),
    QStringLiteral("commit"), QStringLiteral("conflict"), QStringLiteral("constraint"),
    QStringLiteral("create"), QStringLiteral("cross"), QStringLiteral("current_date"),
    QStringLiteral("current_time"), QStringLiteral("current_timestamp"), QStringLiteral("database"),
    QStringLiteral("default"), QStringLiteral("deferrable"), QStringLiteral("deferred"),
    QStringLiteral("delete"), QStringLiteral("desc"), QStringLiteral("detach"),
    QStringLiteral("distinct"), QStringLiteral("drop"), QStringLiteral("each"),
    QStringLiteral("else"), QStringLiteral("end"), QStringLiteral("escape"),
    QStringLiteral("except"), QStringLiteral("exclusive"), QStringLiteral("exists"),
    QStringLiteral("explain"), QStringLiteral("fail"), QStringLiteral("false"),
    QStringLiteral("for"), QStringLiteral("foreign"), QStringLiteral("from"),
    QStringLiteral("full"), QStringLiteral("glob"), QStringLiteral("group"),
    QStringLiteral("having"), QStringLiteral("if"), QStringLiteral("ignore"),
    QStringLiteral("immediate"), QStringLiteral("in"), QStringLiteral("index"),
    QStringLiteral("indexed"), QStringLiteral("initially"), QStringLiteral("inner"),
    QStringLiteral("insert"), QStringLiteral("instead"), QStringLiteral("intersect"),
    QStringLiteral("into"), QStringLiteral("is"), QStringLiteral("isnull"), QStringLiteral("join"),
    QStringLiteral("key"), QStringLiteral("left"), QStringLiteral("like"), QStringLiteral("limit"),
    QStringLiteral("match"), QStringLiteral("natural"), QStringLiteral("not"),
    QStringLiteral("notnull"), QStringLiteral("null"), QStringLiteral("of"),
    QStringLiteral("offset"), QStringLiteral("on"), QStringLiteral("or"), QStringLiteral("order"),
    QStringLiteral("outer"), QStringLiteral("plan"), QStringLiteral("pragma"),
    QStringLiteral("primary"), QStringLiteral("query"), QStringLiteral("raise"),
    QStringLiteral("references"), QStringLiteral("reindex"), QStringLiteral("rename"),
    QStringLiteral("replace"), QStringLiteral("restrict"), QStringLiteral("right"),
    QStringLiteral("rollback"), QStringLiteral("row"), QStringLiteral("select"),
    QStringLiteral("set"), QStringLiteral("table"), QStringLiteral("temp"),
    QStringLiteral("temporary"), QStringLiteral("then"), QStringLiteral("to"),
    QStringLiteral("transaction"), QStringLiteral("trigger"), QStringLiteral("true"),
    QStringLiteral("union"), QStringLiteral("unique"), QStringLiteral("update"),
    QStringLiteral("using"), QStringLiteral("vacuum"), QStringLiteral("values"),
    QStringLiteral("view"), QStringLiteral("virtual"), QStringLiteral("when"),
    QStringLiteral("where"),
    };
    return words.contains(lowerCaseWord);
}

} // namespace retort::sql
