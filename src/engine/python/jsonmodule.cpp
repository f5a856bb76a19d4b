#include "python/evaluator.h"
#include "python/format.h"

#include <QRegularExpression>

#include <cmath>

namespace retort::python {

// The json module for plain data: dumps() (indent, sort_keys, separators, ensure_ascii, default)
// and loads() (objects keep their key order), with Python's exact output and error messages.

namespace {

struct DumpOptions {
    QString indent;          // null = single line
    bool hasIndent = false;
    QString itemSeparator;
    QString keySeparator;
    bool sortKeys = false;
    bool ensureAscii = true;
    Value defaultFn;
};

QString quote(const QString &s, bool ensureAscii)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        const ushort u = c.unicode();
        switch (u) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (u < 0x20 || (ensureAscii && u > 0x7f))
                out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString floatText(double f)
{
    if (std::isnan(f))
        return QStringLiteral("NaN");
    if (std::isinf(f))
        return f > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    return floatRepr(f);
}

bool dump(Evaluator &ev, const Value &v, const DumpOptions &o, int level, QString &out, int depth = 0)
{
    if (depth > 100) {
        ev.raise(QStringLiteral("RecursionError"), QStringLiteral("maximum recursion depth exceeded while encoding a JSON object"));
        return false;
    }
    const QString newline = o.hasIndent ? QLatin1Char('\n') + o.indent.repeated(level + 1) : QString();
    const QString closing = o.hasIndent ? QLatin1Char('\n') + o.indent.repeated(level) : QString();
    switch (v.type) {
    case Type::None: out += QLatin1String("null"); return true;
    case Type::Bool: out += v.b ? QLatin1String("true") : QLatin1String("false"); return true;
    case Type::Int: out += QString::number(v.i); return true;
    case Type::Float: out += floatText(v.f); return true;
    case Type::Str: out += quote(v.s, o.ensureAscii); return true;
    case Type::List:
    case Type::Tuple: {
        const ValueList &items = *sequenceItems(v);
        if (items.isEmpty()) {
            out += QLatin1String("[]");
            return true;
        }
        out += QLatin1Char('[') + newline;
        for (int i = 0; i < items.size(); ++i) {
            if (i)
                out += o.itemSeparator + newline;
            if (!dump(ev, items.at(i), o, level + 1, out, depth + 1))
                return false;
        }
        out += closing + QLatin1Char(']');
        return true;
    }
    case Type::Dict: {
        QList<QPair<QString, Value>> entries;
        for (const auto &e : v.as<DictObject>()->entries()) {
            const Value &k = e.first;
            QString key;
            if (k.isStr())
                key = k.s;
            else if (k.type == Type::Bool || k.isNone())
                key = k.isNone() ? QStringLiteral("null") : k.b ? QStringLiteral("true") : QStringLiteral("false");
            else if (k.type == Type::Int)
                key = QString::number(k.i);
            else if (k.type == Type::Float)
                key = floatText(k.f);
            else {
                ev.raise(QStringLiteral("TypeError"),
                         QStringLiteral("keys must be str, int, float, bool or None, not %1").arg(typeName(k)));
                return false;
            }
            entries.append({key, e.second});
        }
        if (o.sortKeys)
            std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        if (entries.isEmpty()) {
            out += QLatin1String("{}");
            return true;
        }
        out += QLatin1Char('{') + newline;
        for (int i = 0; i < entries.size(); ++i) {
            if (i)
                out += o.itemSeparator + newline;
            out += quote(entries.at(i).first, o.ensureAscii) + o.keySeparator;
            if (!dump(ev, entries.at(i).second, o, level + 1, out, depth + 1))
                return false;
        }
        out += closing + QLatin1Char('}');
        return true;
    }
    default:
        break;
    }
    if (!o.defaultFn.isNone()) {
        const Value replaced = ev.callFunction(o.defaultFn, {v});
        return !ev.hasException() && dump(ev, replaced, o, level, out, depth + 1);
    }
    ev.raise(QStringLiteral("TypeError"),
             QStringLiteral("Object of type %1 is not JSON serializable").arg(typeName(v).section(QLatin1Char('.'), -1)));
    return false;
}

// A recursive-descent reader with json.decoder's messages ("Expecting value: line 1 column 1 (char 0)").
class Reader {
public:
    Reader(Evaluator &ev, const QString &text) : m_ev(ev), m_s(text) {}

    Value document()
    {
        Value v = value();
        if (m_failed)
            return {};
        skipSpace();
        if (m_pos < m_s.size())
            return fail(QStringLiteral("Extra data"), m_pos);
        return v;
    }

private:
    Value fail(const QString &what, qsizetype at)
    {
        if (m_failed)
            return {};
        m_failed = true;
        const qsizetype line = m_s.left(at).count(QLatin1Char('\n')) + 1;
        const qsizetype column = at - (m_s.lastIndexOf(QLatin1Char('\n'), at - 1) + 1) + 1;
        const QString message = QStringLiteral("%1: line %2 column %3 (char %4)").arg(what).arg(line).arg(column).arg(at);
        const Value cls = m_ev.getAttr(m_ev.module(QStringLiteral("json")), QStringLiteral("JSONDecodeError"));
        if (m_ev.hasException())
            return {};
        CallArgs a;
        a.args << Value::string(message);
        return m_ev.raiseException(m_ev.call(cls, a));
    }

    void skipSpace()
    {
        while (m_pos < m_s.size() && (m_s.at(m_pos) == QLatin1Char(' ') || m_s.at(m_pos) == QLatin1Char('\t')
                                      || m_s.at(m_pos) == QLatin1Char('\n') || m_s.at(m_pos) == QLatin1Char('\r')))
            ++m_pos;
    }

    bool literal(const char *word)
    {
        const QLatin1String w(word);
        if (m_s.mid(m_pos, w.size()) != w)
            return false;
        m_pos += w.size();
        return true;
    }

    Value value()
    {
        if (++m_depth > 500)
            return fail(QStringLiteral("Nesting too deep"), m_pos);
        skipSpace();
        Value v = valueInner();
        --m_depth;
        return v;
    }

    Value valueInner()
    {
        if (m_pos >= m_s.size())
            return fail(QStringLiteral("Expecting value"), m_pos);
        const QChar c = m_s.at(m_pos);
        if (c == QLatin1Char('"'))
            return string();
        if (c == QLatin1Char('{'))
            return object();
        if (c == QLatin1Char('['))
            return array();
        if (literal("null")) return Value();
        if (literal("true")) return Value::boolean(true);
        if (literal("false")) return Value::boolean(false);
        if (literal("NaN")) return Value::floating(std::nan(""));
        if (literal("Infinity")) return Value::floating(INFINITY);
        if (literal("-Infinity")) return Value::floating(-INFINITY);
        return number();
    }

    Value number()
    {
        static const QRegularExpression re(QStringLiteral("^(-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?"));
        const auto m = re.match(QStringView(m_s).mid(m_pos));
        if (!m.hasMatch())
            return fail(QStringLiteral("Expecting value"), m_pos);
        m_pos += m.capturedLength();
        if (m.captured(2).isEmpty() && m.captured(3).isEmpty()) {
            bool ok = false;
            const qint64 i = m.captured(1).toLongLong(&ok);
            if (ok)
                return Value::integer(i);
        }
        return Value::floating(m.captured(0).toDouble());
    }

    Value string()
    {
        const qsizetype start = m_pos++;
        QString out;
        while (true) {
            if (m_pos >= m_s.size())
                return fail(QStringLiteral("Unterminated string starting at"), start);
            const QChar c = m_s.at(m_pos++);
            if (c == QLatin1Char('"'))
                return Value::string(out);
            if (c.unicode() < 0x20)
                return fail(QStringLiteral("Invalid control character at"), m_pos - 1);
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (m_pos >= m_s.size())
                return fail(QStringLiteral("Unterminated string starting at"), start);
            const QChar e = m_s.at(m_pos++);
            switch (e.toLatin1()) {
            case '"': out += QLatin1Char('"'); break;
            case '\\': out += QLatin1Char('\\'); break;
            case '/': out += QLatin1Char('/'); break;
            case 'b': out += QLatin1Char('\b'); break;
            case 'f': out += QLatin1Char('\f'); break;
            case 'n': out += QLatin1Char('\n'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'u': {
                bool ok = false;
                const ushort u = m_s.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_s.mid(m_pos, 4).size() != 4)
                    return fail(QStringLiteral("Invalid \\uXXXX escape"), m_pos - 1);
                out += QChar(u);
                m_pos += 4;
                break;
            }
            default:
                return fail(QStringLiteral("Invalid \\escape"), m_pos - 2);
            }
        }
    }

    Value array()
    {
        ++m_pos;
        ValueList items;
        skipSpace();
        if (m_pos < m_s.size() && m_s.at(m_pos) == QLatin1Char(']')) {
            ++m_pos;
            return Value::list(items);
        }
        while (true) {
            items.append(value());
            if (m_failed)
                return {};
            skipSpace();
            if (m_pos < m_s.size() && m_s.at(m_pos) == QLatin1Char(']')) {
                ++m_pos;
                return Value::list(items);
            }
            if (m_pos >= m_s.size() || m_s.at(m_pos) != QLatin1Char(','))
                return fail(QStringLiteral("Expecting ',' delimiter"), m_pos);
            ++m_pos;
        }
    }

    Value object()
    {
        ++m_pos;
        Value d = Value::dict();
        skipSpace();
        if (m_pos < m_s.size() && m_s.at(m_pos) == QLatin1Char('}')) {
            ++m_pos;
            return d;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_s.size() || m_s.at(m_pos) != QLatin1Char('"'))
                return fail(QStringLiteral("Expecting property name enclosed in double quotes"), m_pos);
            const Value key = string();
            if (m_failed)
                return {};
            skipSpace();
            if (m_pos >= m_s.size() || m_s.at(m_pos) != QLatin1Char(':'))
                return fail(QStringLiteral("Expecting ':' delimiter"), m_pos);
            ++m_pos;
            const Value v = value();
            if (m_failed)
                return {};
            d.as<DictObject>()->insert(key, v);
            skipSpace();
            if (m_pos < m_s.size() && m_s.at(m_pos) == QLatin1Char('}')) {
                ++m_pos;
                return d;
            }
            if (m_pos >= m_s.size() || m_s.at(m_pos) != QLatin1Char(','))
                return fail(QStringLiteral("Expecting ',' delimiter"), m_pos);
            ++m_pos;
        }
    }

    Evaluator &m_ev;
    const QString &m_s;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace

void installJsonModule(Evaluator &ev)
{
    Value json = Evaluator::makeModule(QStringLiteral("json"));
    auto cls = std::make_shared<ClassObject>();
    cls->name = QStringLiteral("JSONDecodeError");
    cls->module = QStringLiteral("json.decoder");
    cls->isException = true;
    cls->base = ev.builtinClass(QStringLiteral("ValueError"));
    Evaluator::setModuleAttr(json, QStringLiteral("JSONDecodeError"), Value::object(Type::Class, cls));
    Evaluator::setModuleAttr(json, QStringLiteral("dumps"), Evaluator::makeBuiltin(QStringLiteral("dumps"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        QList<QPair<QString, Value>> rest;
        if (!ev.bindArgs(a, QStringLiteral("dumps"), {QStringLiteral("obj")}, 1, p, nullptr, &rest))
            return {};
        DumpOptions o;
        Value separators;
        for (const auto &kw : rest) {
            if (kw.first == QLatin1String("indent") && !kw.second.isNone()) {
                o.hasIndent = true;
                o.indent = kw.second.isInt() ? QString(int(kw.second.toInt()), QLatin1Char(' ')) : str(kw.second);
            } else if (kw.first == QLatin1String("sort_keys")) {
                o.sortKeys = truthy(kw.second);
            } else if (kw.first == QLatin1String("ensure_ascii")) {
                o.ensureAscii = truthy(kw.second);
            } else if (kw.first == QLatin1String("separators")) {
                separators = kw.second;
            } else if (kw.first == QLatin1String("default")) {
                o.defaultFn = kw.second;
            } else if (kw.first != QLatin1String("skipkeys") && kw.first != QLatin1String("check_circular")
                       && kw.first != QLatin1String("allow_nan") && kw.first != QLatin1String("cls")) {
                return ev.raise(QStringLiteral("TypeError"),
                                QStringLiteral("dumps() got an unexpected keyword argument '%1'").arg(kw.first));
            }
        }
        o.itemSeparator = o.hasIndent ? QStringLiteral(",") : QStringLiteral(", ");
        o.keySeparator = QStringLiteral(": ");
        if (const ValueList *sep = sequenceItems(separators); sep && sep->size() == 2) {
            o.itemSeparator = str(sep->at(0));
            o.keySeparator = str(sep->at(1));
        }
        QString out;
        if (!dump(ev, *p.at(0), o, 0, out))
            return {};
        return Value::string(out);
    }));
    Evaluator::setModuleAttr(json, QStringLiteral("loads"), Evaluator::makeBuiltin(QStringLiteral("loads"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (a.args.isEmpty())
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("loads() missing 1 required positional argument: 's'"));
        const Value &s = a.args.first();
        if (!s.isStr() && s.type != Type::Bytes)
            return ev.raise(QStringLiteral("TypeError"),
                            QStringLiteral("the JSON object must be str, bytes or bytearray, not %1").arg(typeName(s)));
        const QString text = s.isStr() ? s.s : QString::fromUtf8(s.as<BytesObject>()->data);
        return Reader(ev, text).document();
    }));
    ev.registerModule(QStringLiteral("json"), json);
}

} // namespace retort::python
