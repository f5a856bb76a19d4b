// SQLAlchemy 1.4's SQLCompiler for the expressions migration scripts use, with literal binds.
#include "sql/compiler.h"

#include <QHash>
#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace retort::sql {

using ops::SqlExpression;
using ops::SqlType;
using ops::SqlValue;
using EKind = ops::SqlExpression::Kind;
using TKind = ops::SqlType::Kind;

namespace {

// Python's repr(float).
QString pythonFloat(double v)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    QString sci = QString::fromLatin1(buf, int(res.ptr - buf));   // "-1.2345e+20"
    const bool neg = sci.startsWith(QLatin1Char('-'));
    if (neg)
        sci.remove(0, 1);
    const int ePos = sci.indexOf(QLatin1Char('e'));
    QString digits = sci.left(ePos);
    digits.remove(QLatin1Char('.'));
    const int exp = sci.mid(ePos + 1).toInt();
    QString out;
    if (exp < -4 || exp >= 16) {
        out = digits.left(1);
        if (digits.size() > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QLatin1Char('e') + QLatin1String(exp < 0 ? "-" : "+")
               + QStringLiteral("%1").arg(std::abs(exp), 2, 10, QLatin1Char('0'));
    } else if (exp < 0) {
        out = QStringLiteral("0.") + QString(-exp - 1, QLatin1Char('0')) + digits;
    } else {
        if (digits.size() <= exp + 1) {
            out = digits + QString(exp + 1 - digits.size(), QLatin1Char('0')) + QStringLiteral(".0");
        } else {
            out = digits.left(exp + 1) + QLatin1Char('.') + digits.mid(exp + 1);
        }
    }
    return neg ? QLatin1Char('-') + out : out;
}

bool isBooleanType(const SqlType *t)
{
    return t && (t->kind == TKind::Boolean || t->kind == TKind::BOOLEAN);
}

bool isStringType(const SqlType *t)
{
    if (!t)
        return false;
    switch (t->kind) {
    case TKind::String: case TKind::Text: case TKind::Unicode: case TKind::UnicodeText: case TKind::VARCHAR:
    case TKind::NVARCHAR: case TKind::CHAR: case TKind::NCHAR: case TKind::TEXT: case TKind::CLOB:
    case TKind::AutoString: case TKind::Enum: case TKind::PgEnum:
        return true;
    default:
        return false;
    }
}

int precedence(const QString &op)
{
    static const QHash<QString, int> table = {
        {QStringLiteral("*"), 8}, {QStringLiteral("/"), 8}, {QStringLiteral("%"), 8},
        {QStringLiteral("+"), 7}, {QStringLiteral("-"), 7},
        {QStringLiteral("||"), 6},
        {QStringLiteral("="), 5}, {QStringLiteral("!="), 5}, {QStringLiteral("<"), 5},
        {QStringLiteral(">"), 5}, {QStringLiteral("<="), 5}, {QStringLiteral(">="), 5},
        {QStringLiteral("LIKE"), 5}, {QStringLiteral("NOT LIKE"), 5}, {QStringLiteral("ILIKE"), 5},
        {QStringLiteral("NOT ILIKE"), 5}, {QStringLiteral("IN"), 5}, {QStringLiteral("NOT IN"), 5},
        {QStringLiteral("IS"), 5}, {QStringLiteral("IS NOT"), 5}, {QStringLiteral("NOT"), 5},
        {QStringLiteral("IS DISTINCT FROM"), 5}, {QStringLiteral("IS NOT DISTINCT FROM"), 5},
        {QStringLiteral("AND"), 3}, {QStringLiteral("OR"), 2},
        {QStringLiteral("DESC"), 3}, {QStringLiteral("ASC"), 3},
        {QStringLiteral("NULLS FIRST"), 3}, {QStringLiteral("NULLS LAST"), 3},
        {QStringLiteral("COLLATE"), 4},
        {QStringLiteral(","), -1},
    };
    return table.value(op.toUpper(), 5);
}

bool associative(const QString &op)
{
    return op == QLatin1String("+") || op == QLatin1String("*") || op == QLatin1String("||")
           || op.compare(QLatin1String("AND"), Qt::CaseInsensitive) == 0
           || op.compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0;
}

// The precedence of an expression as an operand, or nullopt when it never needs parentheses.
std::optional<int> ownPrecedence(const SqlExpression &e)
{
    switch (e.kind) {
    case EKind::Binary:
    case EKind::Conjunction:
        if (e.kind == EKind::Conjunction && e.args.size() == 1)
            return ownPrecedence(e.args.front());
        return precedence(e.sql);
    case EKind::Unary:
        return e.sql == QLatin1String("-") ? 8 : precedence(e.sql);
    case EKind::Postfix:
        return precedence(e.sql);
    default:
        return std::nullopt;
    }
}

bool isNullish(const SqlExpression &e)
{
    return e.kind == EKind::SqlNull
           || ((e.kind == EKind::Literal || e.kind == EKind::InlineLiteral) && ops::isNone(e.value));
}

} // namespace

Result<QString> Compiler::stringLiteral(const QString &value) const
{
    QString v = value;
    v.replace(QLatin1Char('\''), QLatin1String("''"));
    if (m_pg)   // PGDialect._backslash_escapes (no server to ask offline)
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

Result<QString> Compiler::literal(const SqlValue &value, const SqlType *type) const
{
    const QString boolTrue = m_pg ? QStringLiteral("true") : QStringLiteral("1");
    const QString boolFalse = m_pg ? QStringLiteral("false") : QStringLiteral("0");
    if (std::holds_alternative<std::monostate>(value))
        return QStringLiteral("NULL");
    if (isBooleanType(type)) {
        if (auto b = std::get_if<bool>(&value))
            return *b ? boolTrue : boolFalse;
        if (auto i = std::get_if<qint64>(&value))
            return *i ? boolTrue : boolFalse;
    }
    if (type && type->isInteger()) {
        if (auto b = std::get_if<bool>(&value))
            return QString::number(*b ? 1 : 0);
        if (auto d = std::get_if<double>(&value))
            return QString::number(qint64(*d));
    }
    if (auto b = std::get_if<bool>(&value))
        return *b ? boolTrue : boolFalse;
    if (auto i = std::get_if<qint64>(&value))
        return QString::number(*i);
    if (auto d = std::get_if<double>(&value))
        return pythonFloat(*d);
    if (auto s = std::get_if<QString>(&value)) {
        if (type && type->isInteger()) {
            bool ok = false;
            const qint64 n = s->trimmed().toLongLong(&ok);
            if (ok)
                return QString::number(n);
        }
        return stringLiteral(*s);
    }
    if (std::holds_alternative<QByteArray>(value)) {
        return pythonError(QStringLiteral("CompileError"),
                           QStringLiteral("No literal value renderer is available for literal value "
                                          "\"b'%1'\" with datatype LargeBinary")
                               .arg(QString::fromLatin1(std::get<QByteArray>(value))));
    }
    // date/time values: SQLAlchemy 2.0's literal renderers (1.4 has none)
    if (auto d = std::get_if<QDate>(&value))
        return stringLiteral(d->toString(QStringLiteral("yyyy-MM-dd")));
    auto timeText = [this](const QTime &t) {
        QString s = t.toString(QStringLiteral("HH:mm:ss"));
        if (!m_pg)
            s += QStringLiteral(".%1").arg(t.msec() * 1000, 6, 10, QLatin1Char('0'));
        else if (t.msec())
            s += QStringLiteral(".%1").arg(t.msec() * 1000, 6, 10, QLatin1Char('0'));
        return s;
    };
    if (auto t = std::get_if<QTime>(&value))
        return stringLiteral(timeText(*t));
    if (auto dt = std::get_if<QDateTime>(&value))
        return stringLiteral(dt->date().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ')
                             + timeText(dt->time()));
    return QStringLiteral("NULL");
}

Result<QString> Compiler::grouped(const SqlExpression &e, const QString &againstOp, ExprOptions options) const
{
    auto text = expr(e, options);
    if (!text)
        return text;
    const auto own = ownPrecedence(e);
    if (!own)
        return text;
    const QString ownOp = (e.kind == EKind::Conjunction && e.args.size() == 1) ? e.args.front().sql : e.sql;
    if (ownOp.compare(againstOp, Qt::CaseInsensitive) == 0 && associative(againstOp))
        return text;
    if (*own <= precedence(againstOp))
        return QLatin1Char('(') + *text + QLatin1Char(')');
    return text;
}

Result<QString> Compiler::text(const SqlExpression &e) const
{
    // TextClause._bind_params_regex: (?<![:\w\x5c]):(\w+)(?!:); "\:" is an escaped colon.
    static const QRegularExpression bind(QStringLiteral("(?<![:\\w\\\\]):(\\w+)(?!:)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    const QString &sql = e.sql;
    qsizetype pos = 0;
    auto it = bind.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        out += sql.mid(pos, m.capturedStart() - pos);
        const QString name = m.captured(1);
        QString rendered = QStringLiteral("NULL");
        for (const auto &p : e.params) {
            if (p.first == name) {
                auto lit = literal(p.second, nullptr);
                if (!lit)
                    return lit;
                rendered = *lit;
                break;
            }
        }
        out += rendered;
        pos = m.capturedEnd();
    }
    out += sql.mid(pos);
    out.replace(QLatin1String("\\:"), QLatin1String(":"));
    return out;
}

Result<QString> Compiler::expr(const SqlExpression &e, ExprOptions options) const
{
    switch (e.kind) {
    case EKind::Literal:
    case EKind::InlineLiteral:
        return literal(e.value, e.type.get());
    case EKind::Text:
        return text(e);
    case EKind::LiteralColumn:
        return e.sql;
    case EKind::SqlTrue:
        return m_pg ? QStringLiteral("true") : QStringLiteral("1");
    case EKind::SqlFalse:
        return m_pg ? QStringLiteral("false") : QStringLiteral("0");
    case EKind::SqlNull:
        return QStringLiteral("NULL");
    case EKind::Column: {
        if (options.includeTable && !e.table.isEmpty()) {
            const QString schema = e.table == options.dmlTable ? options.dmlSchema : QString();
            return table(e.table, schema) + QLatin1Char('.') + q(e.sql);
        }
        return q(e.sql);
    }
    case EKind::Function: {
        const QString lower = e.sql.toLower();
        static const QStringList ansi = {QStringLiteral("current_date"), QStringLiteral("current_time"),
                                         QStringLiteral("current_timestamp"), QStringLiteral("current_user"),
                                         QStringLiteral("localtime"), QStringLiteral("localtimestamp"),
                                         QStringLiteral("session_user"), QStringLiteral("user")};
        if (e.args.empty() && ansi.contains(lower)) {
            if (!m_pg && lower == QLatin1String("localtimestamp"))
                return QStringLiteral("DATETIME(CURRENT_TIMESTAMP, \"localtime\")");
            return e.sql.toUpper();
        }
        if (lower == QLatin1String("now") && !m_pg)
            return QStringLiteral("CURRENT_TIMESTAMP");
        if (lower == QLatin1String("count") && e.args.empty())
            return QStringLiteral("count(*)");
        QString name = e.sql;
        if (lower == QLatin1String("char_length") && !m_pg)
            name = QStringLiteral("length");
        QStringList parts;
        for (const QString &p : name.split(QLatin1Char('.'))) {
            bool legal = !p.isEmpty();
            for (QChar c : p) {
                if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') && c != QLatin1Char('$'))
                    legal = false;
            }
            parts << (legal ? p : q(p));
        }
        QStringList args;
        for (const auto &a : e.args) {
            auto s = expr(a, options);
            if (!s)
                return s;
            args << *s;
        }
        return parts.join(QLatin1Char('.')) + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case EKind::Binary: {
        if (e.args.size() != 2)
            return pythonError(QStringLiteral("ArgumentError"), QStringLiteral("binary expression needs two operands"));
        QString op = e.sql.toUpper();
        const SqlExpression &l = e.args[0];
        const SqlExpression &r = e.args[1];
        if (isNullish(r) && (op == QLatin1String("=") || op == QLatin1String("!=")))
            op = op == QLatin1String("=") ? QStringLiteral("IS") : QStringLiteral("IS NOT");
        auto ls = grouped(l, op, options);
        if (!ls)
            return ls;
        Result<QString> rs = QString();
        if (r.kind == EKind::List) {
            QStringList items;
            for (const auto &item : r.args) {
                auto s = (item.kind == EKind::Literal && !item.type) ? literal(item.value, nullptr)
                                                                     : expr(item, options);
                if (!s)
                    return s;
                items << *s;
            }
            rs = QLatin1Char('(') + items.join(QStringLiteral(", ")) + QLatin1Char(')');
        } else {
            rs = grouped(r, op, options);
        }
        if (!rs)
            return rs;
        return *ls + QLatin1Char(' ') + op + QLatin1Char(' ') + *rs;
    }
    case EKind::Conjunction: {
        QStringList parts;
        const QString op = e.sql.toUpper();
        for (const auto &a : e.args) {
            auto s = grouped(a, op, options);
            if (!s)
                return s;
            if (!s->isEmpty())
                parts << *s;
        }
        return parts.join(QLatin1Char(' ') + op + QLatin1Char(' '));
    }
    case EKind::Unary: {
        const QString op = e.sql.toUpper();
        if (e.args.empty())
            return pythonError(QStringLiteral("ArgumentError"), QStringLiteral("unary expression needs an operand"));
        const SqlExpression &x = e.args.front();
        if (op == QLatin1String("NOT") && x.kind == EKind::Binary) {
            static const QHash<QString, QString> negate = {
                {QStringLiteral("="), QStringLiteral("!=")}, {QStringLiteral("!="), QStringLiteral("=")},
                {QStringLiteral("<"), QStringLiteral(">=")}, {QStringLiteral(">"), QStringLiteral("<=")},
                {QStringLiteral("<="), QStringLiteral(">")}, {QStringLiteral(">="), QStringLiteral("<")},
                {QStringLiteral("LIKE"), QStringLiteral("NOT LIKE")}, {QStringLiteral("NOT LIKE"), QStringLiteral("LIKE")},
                {QStringLiteral("ILIKE"), QStringLiteral("NOT ILIKE")}, {QStringLiteral("IN"), QStringLiteral("NOT IN")},
                {QStringLiteral("NOT IN"), QStringLiteral("IN")}, {QStringLiteral("IS"), QStringLiteral("IS NOT")},
                {QStringLiteral("IS NOT"), QStringLiteral("IS")},
            };
            const QString inner = x.sql.toUpper();
            if (negate.contains(inner)) {
                SqlExpression flipped = x;
                flipped.sql = negate.value(inner);
                return expr(flipped, options);
            }
        }
        auto s = grouped(x, op == QLatin1String("-") ? QStringLiteral("*") : op, options);
        if (!s)
            return s;
        if (op == QLatin1String("-") || op == QLatin1String("~"))
            return op + *s;
        return op + QLatin1Char(' ') + *s;
    }
    case EKind::Postfix: {
        if (e.args.empty())
            return pythonError(QStringLiteral("ArgumentError"), QStringLiteral("postfix expression needs an operand"));
        auto s = grouped(e.args.front(), e.sql.toUpper(), options);
        if (!s)
            return s;
        return *s + QLatin1Char(' ') + e.sql.toUpper();
    }
    case EKind::List: {
        QStringList items;
        for (const auto &a : e.args) {
            auto s = expr(a, options);
            if (!s)
                return s;
            items << *s;
        }
        return QLatin1Char('(') + items.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case EKind::Cast: {
        if (e.args.empty() || !e.type)
            return pythonError(QStringLiteral("ArgumentError"), QStringLiteral("cast needs an operand and a type"));
        const SqlExpression &x = e.args.front();
        auto inner = (x.kind == EKind::Literal && !x.type) ? literal(x.value, e.type.get()) : expr(x, options);
        if (!inner)
            return inner;
        auto t = type(*e.type);
        if (!t)
            return t;
        return QStringLiteral("CAST(%1 AS %2)").arg(*inner, *t);
    }
    }
    return QString();
}

Result<QString> Compiler::dml(const ops::DmlStatement &st) const
{
    ExprOptions options;
    options.dmlTable = st.table.name;
    options.dmlSchema = st.table.schema;
    const QString target = table(st.table.name, st.table.schema);
    auto valueOf = [&](const QString &column, const SqlExpression &v) -> Result<QString> {
        const ops::Column *c = st.table.column(column);
        if ((v.kind == EKind::Literal) && !v.type && c && !c->type.isNull())
            return literal(v.value, &c->type);
        auto s = expr(v, options);
        // crud values are self_group()ed: operator expressions get parentheses
        if (s && (v.kind == EKind::Binary || v.kind == EKind::Conjunction || v.kind == EKind::Unary))
            return QLatin1Char('(') + *s + QLatin1Char(')');
        return s;
    };
    // Values in table column order (SQLAlchemy's crud ordering), then any unknown keys in call order.
    QList<QPair<QString, SqlExpression>> ordered;
    for (const ops::Column &c : st.table.columns) {
        for (const auto &kv : st.values) {
            if (kv.first == c.name) {
                ordered << kv;
                break;
            }
        }
    }
    for (const auto &kv : st.values) {
        if (!st.table.column(kv.first))
            return pythonError(QStringLiteral("CompileError"),
                               QStringLiteral("Unconsumed column names: %1").arg(kv.first));
    }
    QString where;
    if (st.where) {
        auto w = expr(*st.where, options);
        if (!w)
            return w;
        if (!w->isEmpty())
            where = QStringLiteral(" WHERE ") + *w;
    }
    switch (st.kind) {
    case ops::DmlStatement::Kind::Insert: {
        if (ordered.isEmpty())
            return QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(target);
        QStringList cols, vals;
        for (const auto &kv : ordered) {
            cols << q(kv.first);
            auto v = valueOf(kv.first, kv.second);
            if (!v)
                return v;
            vals << *v;
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(target, cols.join(QStringLiteral(", ")), vals.join(QStringLiteral(", ")));
    }
    case ops::DmlStatement::Kind::Update: {
        QStringList sets;
        for (const auto &kv : ordered) {
            auto v = valueOf(kv.first, kv.second);
            if (!v)
                return v;
            sets << q(kv.first) + QLatin1Char('=') + *v;
        }
        return QStringLiteral("UPDATE %1 SET %2%3").arg(target, sets.join(QStringLiteral(", ")), where);
    }
    case ops::DmlStatement::Kind::Delete:
        return QStringLiteral("DELETE FROM %1%2").arg(target, where);
    }
    return QString();
}

Result<QStringList> Compiler::bulkInsert(const ops::BulkInsert &op) const
{
    QStringList out;
    for (const auto &row : op.rows) {
        ops::DmlStatement st;
        st.kind = ops::DmlStatement::Kind::Insert;
        st.table = op.table;
        st.values = row;
        auto s = dml(st);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

} // namespace retort::sql
