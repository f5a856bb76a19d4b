#include "script/templatevalue.h"

#include "config/pycompat.h"

namespace retort {

TemplateValue TemplateValue::undefined(const QString &name)
{
    TemplateValue v;
    v.m_text = name;
    return v;
}

TemplateValue TemplateValue::none()
{
    TemplateValue v;
    v.m_type = Type::None;
    return v;
}

TemplateValue TemplateValue::boolean(bool value)
{
    TemplateValue v;
    v.m_type = Type::Bool;
    v.m_int = value ? 1 : 0;
    return v;
}

TemplateValue TemplateValue::integer(qint64 value)
{
    TemplateValue v;
    v.m_type = Type::Int;
    v.m_int = value;
    return v;
}

TemplateValue TemplateValue::string(const QString &text)
{
    TemplateValue v;
    v.m_type = Type::String;
    v.m_text = text;
    return v;
}

TemplateValue TemplateValue::tuple(std::vector<TemplateValue> items)
{
    TemplateValue v;
    v.m_type = Type::Tuple;
    v.m_items = std::move(items);
    return v;
}

TemplateValue TemplateValue::list(std::vector<TemplateValue> items)
{
    TemplateValue v;
    v.m_type = Type::List;
    v.m_items = std::move(items);
    return v;
}

TemplateValue TemplateValue::stringTuple(const QStringList &items)
{
    std::vector<TemplateValue> values;
    for (const QString &s : items)
        values.push_back(string(s));
    return tuple(std::move(values));
}

TemplateValue TemplateValue::stringList(const QStringList &items)
{
    std::vector<TemplateValue> values;
    for (const QString &s : items)
        values.push_back(string(s));
    return list(std::move(values));
}

TemplateValue TemplateValue::object(const QString &str, const QString &repr)
{
    TemplateValue v;
    v.m_type = Type::Object;
    v.m_text = str;
    v.m_repr = repr;
    return v;
}

TemplateValue TemplateValue::function(const QString &name)
{
    TemplateValue v;
    v.m_type = Type::Function;
    v.m_text = name;
    return v;
}

bool TemplateValue::truthy() const
{
    switch (m_type) {
    case Type::Undefined:
    case Type::None:
        return false;
    case Type::Bool:
    case Type::Int:
        return m_int != 0;
    case Type::String:
        return !m_text.isEmpty();
    case Type::Tuple:
    case Type::List:
        return !m_items.empty();
    case Type::Object:
    case Type::Function:
        return true;
    }
    return false;
}

QString TemplateValue::str() const
{
    switch (m_type) {
    case Type::String:
        return m_text;
    case Type::Object:
        return m_text;
    default:
        return repr();
    }
}

QString TemplateValue::repr() const
{
    switch (m_type) {
    case Type::Undefined:
        return QStringLiteral("UNDEFINED");
    case Type::None:
        return QStringLiteral("None");
    case Type::Bool:
        return m_int ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Int:
        return QString::number(m_int);
    case Type::String:
        return pycompat::repr(m_text);
    case Type::Tuple:
    case Type::List: {
        QStringList parts;
        for (const TemplateValue &item : m_items)
            parts << item.repr();
        if (m_type == Type::List)
            return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        if (parts.size() == 1)
            return QLatin1Char('(') + parts.first() + QStringLiteral(",)");
        return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case Type::Object:
        return m_repr;
    case Type::Function:
        return QStringLiteral("<function %1>").arg(m_text);
    }
    return {};
}

QString TemplateValue::typeName() const
{
    switch (m_type) {
    case Type::Undefined: return QStringLiteral("Undefined");
    case Type::None: return QStringLiteral("NoneType");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Int: return QStringLiteral("int");
    case Type::String: return QStringLiteral("str");
    case Type::Tuple: return QStringLiteral("tuple");
    case Type::List: return QStringLiteral("list");
    case Type::Object: return QStringLiteral("object");
    case Type::Function: return QStringLiteral("function");
    }
    return {};
}

bool TemplateValue::operator==(const TemplateValue &other) const
{
    const bool numeric = (m_type == Type::Int || m_type == Type::Bool);
    const bool otherNumeric = (other.m_type == Type::Int || other.m_type == Type::Bool);
    if (numeric && otherNumeric)
        return m_int == other.m_int;
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Undefined:
    case Type::None:
        return true;
    case Type::String:
    case Type::Function:
        return m_text == other.m_text;
    case Type::Object:
        return m_text == other.m_text && m_repr == other.m_repr;
    case Type::Tuple:
    case Type::List:
        return m_items == other.m_items;
    default:
        return false;
    }
}

std::optional<QString> formatAsComma(const TemplateValue &value)
{
    if (value.type() == TemplateValue::Type::None)
        return QString();
    if (value.isString())
        return value.text();
    if (value.isSequence()) {
        QStringList parts;
        for (const TemplateValue &item : value.items()) {
            if (!item.isString())
                return std::nullopt;   // ", ".join() needs str items
            parts << item.text();
        }
        return parts.join(QStringLiteral(", "));
    }
    return std::nullopt;
}

} // namespace retort
