#include "python/evaluator.h"

#include <QUuid>

namespace retort::python {

// The uuid module: UUID(str | hex= | bytes=), uuid4(), uuid3()/uuid5() with the standard
// namespaces; str(), .hex, .bytes, .urn, .version, equality and hashing. A UUID used as a SQL
// value renders as str(uuid) (see the bindings' toSqlValue).

namespace {

class UuidObject : public NativeObject {
public:
    explicit UuidObject(QUuid id) : m_id(id) {}
    QString typeName() const override { return QStringLiteral("uuid.UUID"); }
    QString strValue() const override { return m_id.toString(QUuid::WithoutBraces); }
    QString repr() const override { return QStringLiteral("UUID('%1')").arg(strValue()); }
    std::optional<bool> equalTo(const Value &other) const override
    {
        const auto *o = other.type == Type::Native ? dynamic_cast<const UuidObject *>(other.as<NativeObject>()) : nullptr;
        return o && o->m_id == m_id;
    }
    std::optional<size_t> hash() const override { return qHash(m_id); }
    std::optional<Value> binaryOp(Evaluator &, const QString &op, const Value &other, bool reflected) override
    {
        const auto *o = other.type == Type::Native ? dynamic_cast<const UuidObject *>(other.as<NativeObject>()) : nullptr;
        if (!o)
            return std::nullopt;
        const QByteArray a = (reflected ? o : this)->m_id.toRfc4122();
        const QByteArray b = (reflected ? this : o)->m_id.toRfc4122();
        if (op == QLatin1String("<")) return Value::boolean(a < b);
        if (op == QLatin1String("<=")) return Value::boolean(a <= b);
        if (op == QLatin1String(">")) return Value::boolean(a > b);
        if (op == QLatin1String(">=")) return Value::boolean(a >= b);
        return std::nullopt;
    }
    Value getAttr(Evaluator &ev, const QString &name) override
    {
        if (name == QLatin1String("hex"))
            return Value::string(QString::fromLatin1(m_id.toRfc4122().toHex()));
        if (name == QLatin1String("bytes"))
            return Value::bytes(m_id.toRfc4122());
        if (name == QLatin1String("urn"))
            return Value::string(QStringLiteral("urn:uuid:") + strValue());
        if (name == QLatin1String("version"))
            return m_id.variant() == QUuid::DCE ? Value::integer(int(m_id.version())) : Value();
        return NativeObject::getAttr(ev, name);
    }

    QUuid m_id;
};

Value makeUuid(const QUuid &id)
{
    return Value::object(Type::Native, std::make_shared<UuidObject>(id));
}

const UuidObject *asUuid(const Value &v)
{
    return v.type == Type::Native ? dynamic_cast<const UuidObject *>(v.as<NativeObject>()) : nullptr;
}

// UUID(hex): braces, hyphens and a "urn:uuid:" prefix are ignored, then 32 hex digits.
std::optional<QUuid> parseHex(QString s)
{
    s.remove(QStringLiteral("urn:")).remove(QStringLiteral("uuid:"));
    s.remove(QLatin1Char('{')).remove(QLatin1Char('}')).remove(QLatin1Char('-'));
    if (s.size() != 32)
        return std::nullopt;
    for (const QChar c : s) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return std::nullopt;
    }
    return QUuid::fromRfc4122(QByteArray::fromHex(s.toLatin1()));
}

class UuidClass : public NativeObject {
public:
    QString typeName() const override { return QStringLiteral("uuid.UUID"); }
    QString repr() const override { return QStringLiteral("<class 'uuid.UUID'>"); }
    Value call(Evaluator &ev, CallArgs &a) override
    {
        QList<std::optional<Value>> p;
        if (!ev.bindArgs(a, QStringLiteral("UUID"), {QStringLiteral("hex"), QStringLiteral("bytes")}, 0, p))
            return {};
        if (p.at(1)) {
            if (p.at(1)->type != Type::Bytes || p.at(1)->as<BytesObject>()->data.size() != 16)
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("bytes is not a 16-char string"));
            return makeUuid(QUuid::fromRfc4122(p.at(1)->as<BytesObject>()->data));
        }
        if (!p.at(0))
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("one of the hex, bytes, bytes_le, fields, or int arguments must be given"));
        if (!p.at(0)->isStr())
            return ev.raise(QStringLiteral("AttributeError"), QStringLiteral("'%1' object has no attribute 'replace'").arg(python::typeName(*p.at(0))));
        auto id = parseHex(p.at(0)->s);
        if (!id)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("badly formed hexadecimal UUID string"));
        return makeUuid(*id);
    }
};

} // namespace

void installUuidModule(Evaluator &ev)
{
    Value uuid = Evaluator::makeModule(QStringLiteral("uuid"));
    Evaluator::setModuleAttr(uuid, QStringLiteral("UUID"), Value::object(Type::Native, std::make_shared<UuidClass>()));
    Evaluator::setModuleAttr(uuid, QStringLiteral("uuid4"), Evaluator::makeBuiltin(QStringLiteral("uuid4"), [](Evaluator &, CallArgs &) {
        return makeUuid(QUuid::createUuid());
    }));
    const QList<QPair<const char *, const char *>> namespaces = {
        {"NAMESPACE_DNS", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"}, {"NAMESPACE_URL", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"},
        {"NAMESPACE_OID", "6ba7b812-9dad-11d1-80b4-00c04fd430c8"}, {"NAMESPACE_X500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8"}};
    for (const auto &n : namespaces)
        Evaluator::setModuleAttr(uuid, QLatin1String(n.first), makeUuid(QUuid::fromString(QLatin1String(n.second))));
    for (const char *n : {"uuid3", "uuid5"}) {
        const bool md5 = n[4] == '3';
        Evaluator::setModuleAttr(uuid, QLatin1String(n), Evaluator::makeBuiltin(QLatin1String(n), [md5](Evaluator &ev, CallArgs &a) -> Value {
            const UuidObject *ns = a.args.size() == 2 ? asUuid(a.args.at(0)) : nullptr;
            if (!ns || (!a.args.at(1).isStr() && a.args.at(1).type != Type::Bytes))
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("uuid3()/uuid5() take a namespace UUID and a name"));
            const QByteArray name = a.args.at(1).isStr() ? a.args.at(1).s.toUtf8() : a.args.at(1).as<BytesObject>()->data;
            return makeUuid(md5 ? QUuid::createUuidV3(ns->m_id, name) : QUuid::createUuidV5(ns->m_id, name));
        }));
    }
    ev.registerModule(QStringLiteral("uuid"), uuid);
}

} // namespace retort::python
