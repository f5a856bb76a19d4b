#include "python/evaluator.h"

#include <QStringList>

namespace retort::python {

// The methods of str ("abc".upper() ...), as bound builtins.

namespace {

using Method = Value (*)(Evaluator &, const QString &, CallArgs &);

bool args(Evaluator &ev, const CallArgs &a, const char *name, const QStringList &names, int required,
          QList<std::optional<Value>> &out)
{
    return ev.bindArgs(a, QStringLiteral("str.") + QLatin1String(name), names, required, out);
}

std::optional<QString> strArg(Evaluator &ev, const std::optional<Value> &v, const char *what)
{
    if (!v || v->isNone())
        return std::nullopt;
    if (!v->isStr()) {
        ev.raise(QStringLiteral("TypeError"),
                 QStringLiteral("%1 arg must be None or str").arg(QLatin1String(what)));
        return std::nullopt;
    }
    return v->s;
}

bool isPySpace(QChar c)
{
    return c.isSpace() || c == u'\x1c' || c == u'\x1d' || c == u'\x1e' || c == u'\x1f';
}

Value split(Evaluator &ev, const QString &s, CallArgs &a, bool fromRight)
{
    QList<std::optional<Value>> p;
    if (!args(ev, a, fromRight ? "rsplit" : "split", {QStringLiteral("sep"), QStringLiteral("maxsplit")}, 0, p))
        return {};
    const auto sep = strArg(ev, p.at(0), "sep");
    if (ev.hasException())
        return {};
    qint64 maxsplit = p.at(1) ? p.at(1)->toInt() : -1;
    ValueList out;
    if (sep) {
        if (sep->isEmpty())
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("empty separator"));
        QStringList parts = s.split(*sep);
        if (maxsplit >= 0 && parts.size() > maxsplit + 1) {
            if (fromRight) {
                const qsizetype keep = parts.size() - maxsplit;
                QStringList head = parts.mid(0, keep);
                QStringList rest = parts.mid(keep);
                parts = QStringList{head.join(*sep)} + rest;
            } else {
                QStringList head = parts.mid(0, maxsplit);
                head << parts.mid(maxsplit).join(*sep);
                parts = head;
            }
        }
        for (const QString &part : parts)
            out.append(Value::string(part));
        return Value::list(out);
    }
    // whitespace split
    QStringList words;
    const int n = s.size();
    if (!fromRight) {
        int i = 0;
        while (i < n) {
            while (i < n && isPySpace(s.at(i)))
                ++i;
            if (i >= n)
                break;
            if (maxsplit >= 0 && words.size() == maxsplit) {
                int end = n;
                words << s.mid(i, end - i);
                break;
            }
            int j = i;
            while (j < n && !isPySpace(s.at(j)))
                ++j;
            words << s.mid(i, j - i);
            i = j;
        }
    } else {
        int i = n - 1;
        while (i >= 0) {
            while (i >= 0 && isPySpace(s.at(i)))
                --i;
            if (i < 0)
                break;
            if (maxsplit >= 0 && words.size() == maxsplit) {
                words.prepend(s.left(i + 1));
                break;
            }
            int j = i;
            while (j >= 0 && !isPySpace(s.at(j)))
                --j;
            words.prepend(s.mid(j + 1, i - j));
            i = j;
        }
    }
    for (const QString &w : words)
        out.append(Value::string(w));
    return Value::list(out);
}

Value strip(Evaluator &ev, const QString &s, CallArgs &a, int mode)
{
    QList<std::optional<Value>> p;
    if (!args(ev, a, mode == 0 ? "strip" : mode == 1 ? "lstrip" : "rstrip", {QStringLiteral("chars")}, 0, p))
        return {};
    const auto chars = strArg(ev, p.at(0), "strip");
    if (ev.hasException())
        return {};
    auto strippable = [&](QChar c) { return chars ? chars->contains(c) : isPySpace(c); };
    int b = 0;
    int e = s.size();
    if (mode != 2)
        while (b < e && strippable(s.at(b)))
            ++b;
    if (mode != 1)
        while (e > b && strippable(s.at(e - 1)))
            --e;
    return Value::string(s.mid(b, e - b));
}

bool prefixes(Evaluator &ev, const Value &v, QStringList &out, const char *name)
{
    if (v.isStr()) {
        out << v.s;
        return true;
    }
    if (v.type == Type::Tuple) {
        for (const Value &item : v.as<TupleObject>()->items) {
            if (!item.isStr())
                break;
            out << item.s;
        }
        if (out.size() == v.as<TupleObject>()->items.size())
            return true;
    }
    ev.raise(QStringLiteral("TypeError"),
             QStringLiteral("%1 first arg must be str or a tuple of str, not %2").arg(QLatin1String(name), typeName(v)));
    return false;
}

Value startsEnds(Evaluator &ev, const QString &s, CallArgs &a, bool ends)
{
    const char *name = ends ? "endswith" : "startswith";
    QList<std::optional<Value>> p;
    if (!args(ev, a, name, {QStringLiteral("prefix"), QStringLiteral("start"), QStringLiteral("end")}, 1, p))
        return {};
    QStringList options;
    if (!prefixes(ev, *p.at(0), options, name))
        return {};
    QString sub = s;
    if (p.at(1) || p.at(2)) {
        qint64 b = p.at(1) && !p.at(1)->isNone() ? p.at(1)->toInt() : 0;
        qint64 e = p.at(2) && !p.at(2)->isNone() ? p.at(2)->toInt() : s.size();
        if (b < 0)
            b = std::max<qint64>(0, b + s.size());
        if (e < 0)
            e = std::max<qint64>(0, e + s.size());
        sub = b <= s.size() ? s.mid(b, std::max<qint64>(0, e - b)) : QString();
        if (b > s.size())
            return Value::boolean(false);
    }
    for (const QString &o : options)
        if (ends ? sub.endsWith(o) : sub.startsWith(o))
            return Value::boolean(true);
    return Value::boolean(false);
}

Value find(Evaluator &ev, const QString &s, CallArgs &a, const char *name, bool fromRight, bool raises)
{
    QList<std::optional<Value>> p;
    if (!args(ev, a, name, {QStringLiteral("sub"), QStringLiteral("start"), QStringLiteral("end")}, 1, p))
        return {};
    if (!p.at(0)->isStr())
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("must be str, not %1").arg(typeName(*p.at(0))));
    qint64 b = p.at(1) && !p.at(1)->isNone() ? p.at(1)->toInt() : 0;
    qint64 e = p.at(2) && !p.at(2)->isNone() ? p.at(2)->toInt() : s.size();
    if (b < 0)
        b = std::max<qint64>(0, b + s.size());
    if (e < 0)
        e = std::max<qint64>(0, e + s.size());
    e = std::min<qint64>(e, s.size());
    qint64 r = -1;
    if (b <= e) {
        const QString sub = s.mid(b, e - b);
        const qsizetype i = fromRight ? sub.lastIndexOf(p.at(0)->s) : sub.indexOf(p.at(0)->s);
        if (i >= 0)
            r = i + b;
    }
    if (r < 0 && raises)
        return ev.raise(QStringLiteral("ValueError"), QStringLiteral("substring not found"));
    return Value::integer(r);
}

Value justify(Evaluator &ev, const QString &s, CallArgs &a, const char *name, int mode)
{
    QList<std::optional<Value>> p;
    if (!args(ev, a, name, {QStringLiteral("width"), QStringLiteral("fillchar")}, 1, p))
        return {};
    const qint64 width = p.at(0)->toInt();
    QChar fill = QLatin1Char(' ');
    if (p.at(1)) {
        if (!p.at(1)->isStr() || p.at(1)->s.size() != 1)
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("The fill character must be exactly one character long"));
        fill = p.at(1)->s.at(0);
    }
    if (width <= s.size())
        return Value::string(s);
    const int padding = int(width - s.size());
    if (mode == 0)
        return Value::string(s + QString(padding, fill));
    if (mode == 1)
        return Value::string(QString(padding, fill) + s);
    const int left = padding / 2 + (padding & width & 1);
    return Value::string(QString(left, fill) + s + QString(padding - left, fill));
}

template<typename Pred>
Value charTest(const QString &s, Pred pred)
{
    if (s.isEmpty())
        return Value::boolean(false);
    for (QChar c : s)
        if (!pred(c))
            return Value::boolean(false);
    return Value::boolean(true);
}

QString titleCase(const QString &s)
{
    QString out;
    bool prevCased = false;
    for (QChar c : s) {
        out += prevCased ? c.toLower() : c.toUpper();
        prevCased = c.isLetter();
    }
    return out;
}

Value noArgs(Evaluator &ev, const CallArgs &a, const char *name)
{
    if (!a.args.isEmpty() || !a.kwargs.isEmpty())
        return ev.raise(QStringLiteral("TypeError"),
                        QStringLiteral("str.%1() takes no arguments (%2 given)").arg(QLatin1String(name)).arg(a.args.size()));
    return Value::boolean(true);
}

} // namespace

Value stringAttribute(Evaluator &ev, const Value &self, const QString &name)
{
    const QString s = self.s;
    std::function<Value(Evaluator &, CallArgs &)> fn;
    const QByteArray n = name.toLatin1();
    auto simple = [&](auto body) {
        fn = [s, n, body](Evaluator &ev, CallArgs &a) -> Value {
            if (!truthy(noArgs(ev, a, n.constData())))
                return {};
            return body(s);
        };
    };
    if (name == QLatin1String("upper"))
        simple([](const QString &s) { return Value::string(s.toUpper()); });
    else if (name == QLatin1String("lower") || name == QLatin1String("casefold"))
        simple([](const QString &s) { return Value::string(s.toLower()); });
    else if (name == QLatin1String("title"))
        simple([](const QString &s) { return Value::string(titleCase(s)); });
    else if (name == QLatin1String("capitalize"))
        simple([](const QString &s) { return Value::string(s.left(1).toUpper() + s.mid(1).toLower()); });
    else if (name == QLatin1String("swapcase"))
        simple([](const QString &s) {
            QString out;
            for (QChar c : s)
                out += c.isUpper() ? c.toLower() : c.toUpper();
            return Value::string(out);
        });
    else if (name == QLatin1String("isdigit") || name == QLatin1String("isnumeric") || name == QLatin1String("isdecimal"))
        simple([](const QString &s) { return charTest(s, [](QChar c) { return c.isDigit(); }); });
    else if (name == QLatin1String("isalpha"))
        simple([](const QString &s) { return charTest(s, [](QChar c) { return c.isLetter(); }); });
    else if (name == QLatin1String("isalnum"))
        simple([](const QString &s) { return charTest(s, [](QChar c) { return c.isLetterOrNumber(); }); });
    else if (name == QLatin1String("isspace"))
        simple([](const QString &s) { return charTest(s, [](QChar c) { return isPySpace(c); }); });
    else if (name == QLatin1String("islower") || name == QLatin1String("isupper"))
        fn = [s, upper = name == QLatin1String("isupper")](Evaluator &, CallArgs &) {
            bool cased = false;
            for (QChar c : s) {
                if (upper ? c.isLower() : c.isUpper())
                    return Value::boolean(false);
                cased = cased || c.isLetter();
            }
            return Value::boolean(cased);
        };
    else if (name == QLatin1String("isidentifier"))
        simple([](const QString &s) {
            bool ok = !s.isEmpty() && (s.at(0).isLetter() || s.at(0) == u'_');
            for (QChar c : s)
                ok = ok && (c.isLetterOrNumber() || c == u'_');
            return Value::boolean(ok);
        });
    else if (name == QLatin1String("split") || name == QLatin1String("rsplit"))
        fn = [s, r = name == QLatin1String("rsplit")](Evaluator &ev, CallArgs &a) { return split(ev, s, a, r); };
    else if (name == QLatin1String("strip") || name == QLatin1String("lstrip") || name == QLatin1String("rstrip"))
        fn = [s, m = name == QLatin1String("strip") ? 0 : name == QLatin1String("lstrip") ? 1 : 2](Evaluator &ev, CallArgs &a) {
            return strip(ev, s, a, m);
        };
    else if (name == QLatin1String("startswith") || name == QLatin1String("endswith"))
        fn = [s, e = name == QLatin1String("endswith")](Evaluator &ev, CallArgs &a) { return startsEnds(ev, s, a, e); };
    else if (name == QLatin1String("find") || name == QLatin1String("rfind") || name == QLatin1String("index") || name == QLatin1String("rindex"))
        fn = [s, n](Evaluator &ev, CallArgs &a) {
            return find(ev, s, a, n.constData(), n.startsWith('r'), n.endsWith("index"));
        };
    else if (name == QLatin1String("ljust") || name == QLatin1String("rjust") || name == QLatin1String("center"))
        fn = [s, n](Evaluator &ev, CallArgs &a) {
            return justify(ev, s, a, n.constData(), n == "ljust" ? 0 : n == "rjust" ? 1 : 2);
        };
    else if (name == QLatin1String("join"))
        fn = [s](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1)
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("str.join() takes exactly one argument (%1 given)").arg(a.args.size()));
            ValueList items;
            if (!ev.iterate(a.args.first(), items))
                return {};
            QStringList parts;
            for (int i = 0; i < items.size(); ++i) {
                if (!items.at(i).isStr())
                    return ev.raise(QStringLiteral("TypeError"),
                                    QStringLiteral("sequence item %1: expected str instance, %2 found").arg(i).arg(typeName(items.at(i))));
                parts << items.at(i).s;
            }
            return Value::string(parts.join(s));
        };
    else if (name == QLatin1String("replace"))
        fn = [s](Evaluator &ev, CallArgs &a) -> Value {
            QList<std::optional<Value>> p;
            if (!args(ev, a, "replace", {QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("count")}, 2, p))
                return {};
            if (!p.at(0)->isStr() || !p.at(1)->isStr())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("replace() argument must be str"));
            qint64 count = p.at(2) ? p.at(2)->toInt() : -1;
            const QString &oldS = p.at(0)->s;
            const QString &newS = p.at(1)->s;
            if (count < 0) {
                QString r = s;
                if (oldS.isEmpty()) {
                    QString out = newS;
                    for (QChar c : s)
                        out += c + newS;
                    return Value::string(out);
                }
                return Value::string(r.replace(oldS, newS));
            }
            QString out;
            qsizetype pos = 0;
            for (qint64 i = 0; i < count; ++i) {
                const qsizetype at = s.indexOf(oldS, pos);
                if (at < 0 || oldS.isEmpty())
                    break;
                out += s.mid(pos, at - pos) + newS;
                pos = at + oldS.size();
            }
            return Value::string(out + s.mid(pos));
        };
    else if (name == QLatin1String("count"))
        fn = [s](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() < 1 || !a.args.first().isStr())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("count() argument must be str"));
            const QString &sub = a.args.first().s;
            if (sub.isEmpty())
                return Value::integer(s.size() + 1);
            qint64 c = 0;
            for (qsizetype pos = s.indexOf(sub); pos >= 0; pos = s.indexOf(sub, pos + sub.size()))
                ++c;
            return Value::integer(c);
        };
    else if (name == QLatin1String("splitlines"))
        fn = [s](Evaluator &ev, CallArgs &a) -> Value {
            QList<std::optional<Value>> p;
            if (!args(ev, a, "splitlines", {QStringLiteral("keepends")}, 0, p))
                return {};
            const bool keep = p.at(0) && truthy(*p.at(0));
            ValueList out;
            int start = 0;
            const int n = s.size();
            for (int i = 0; i < n; ++i) {
                const QChar c = s.at(i);
                if (c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == u'\x1c' || c == u'\x1d'
                    || c == u'\x1e' || c == u'\x85' || c == u'\u2028' || c == u'\u2029') {
                    int end = i;
                    if (c == u'\r' && i + 1 < n && s.at(i + 1) == u'\n')
                        ++i;
                    out.append(Value::string(s.mid(start, (keep ? i + 1 : end) - start)));
                    start = i + 1;
                }
            }
            if (start < n)
                out.append(Value::string(s.mid(start)));
            return Value::list(out);
        };
    else if (name == QLatin1String("zfill"))
        fn = [s](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || !a.args.first().isInt())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("zfill() takes exactly one integer argument"));
            const qint64 width = a.args.first().toInt();
            if (width <= s.size())
                return Value::string(s);
            const bool sign = !s.isEmpty() && (s.at(0) == u'+' || s.at(0) == u'-');
            const QString zeros(int(width - s.size()), QLatin1Char('0'));
            return Value::string(sign ? s.left(1) + zeros + s.mid(1) : zeros + s);
        };
    else if (name == QLatin1String("partition") || name == QLatin1String("rpartition"))
        fn = [s, r = name == QLatin1String("rpartition")](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || !a.args.first().isStr())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("must be str"));
            const QString &sep = a.args.first().s;
            if (sep.isEmpty())
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("empty separator"));
            const qsizetype i = r ? s.lastIndexOf(sep) : s.indexOf(sep);
            if (i < 0)
                return r ? Value::tuple({Value::string({}), Value::string({}), Value::string(s)})
                         : Value::tuple({Value::string(s), Value::string({}), Value::string({})});
            return Value::tuple({Value::string(s.left(i)), Value::string(sep), Value::string(s.mid(i + sep.size()))});
        };
    else if (name == QLatin1String("removeprefix") || name == QLatin1String("removesuffix"))
        fn = [s, suffix = name == QLatin1String("removesuffix")](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || !a.args.first().isStr())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("must be str"));
            const QString &x = a.args.first().s;
            if (!x.isEmpty() && (suffix ? s.endsWith(x) : s.startsWith(x)))
                return Value::string(suffix ? s.left(s.size() - x.size()) : s.mid(x.size()));
            return Value::string(s);
        };
    else if (name == QLatin1String("encode"))
        fn = [s](Evaluator &, CallArgs &) { return Value::bytes(s.toUtf8()); };
    else if (name == QLatin1String("expandtabs"))
        fn = [s](Evaluator &, CallArgs &a) {
            const qint64 size = a.args.isEmpty() ? 8 : a.args.first().toInt();
            QString out;
            int col = 0;
            for (QChar c : s) {
                if (c == u'\t') {
                    const int spaces = size > 0 ? int(size - col % size) : 0;
                    out += QString(spaces, QLatin1Char(' '));
                    col += spaces;
                } else {
                    out += c;
                    col = (c == u'\n' || c == u'\r') ? 0 : col + 1;
                }
            }
            return Value::string(out);
        };
    else if (name == QLatin1String("format"))
        fn = [s](Evaluator &ev, CallArgs &a) { return formatString(ev, s, a); };
    else if (name == QLatin1String("format_map"))
        fn = [s](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || a.args.first().type != Type::Dict)
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("format_map() argument must be a dict"));
            CallArgs kw;
            for (const auto &e : a.args.first().as<DictObject>()->entries())
                kw.kwargs.append({str(e.first), e.second});
            return formatString(ev, s, kw);
        };
    if (!fn)
        return ev.raise(QStringLiteral("AttributeError"), QStringLiteral("'str' object has no attribute '%1'").arg(name));
    return Evaluator::makeBuiltin(QStringLiteral("str.") + name, fn);
}

} // namespace retort::python
