#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace retort {

// A value a script.py.mako template sees or computes, with Python's str() and repr() of it:
// None, bool, int, str, tuple, list, an opaque object (the create date, the config) shown through
// given str/repr texts, a function the renderer knows by name (`comma`), or Mako's UNDEFINED
// (a name the context does not hold). Plain value type; thread-safe to copy.
class TemplateValue {
public:
    enum class Type { Undefined, None, Bool, Int, String, Tuple, List, Object, Function };

    TemplateValue() = default;   // UNDEFINED
    static TemplateValue undefined(const QString &name);
    static TemplateValue none();
    static TemplateValue boolean(bool value);
    static TemplateValue integer(qint64 value);
    static TemplateValue string(const QString &text);
    static TemplateValue tuple(std::vector<TemplateValue> items);
    static TemplateValue list(std::vector<TemplateValue> items);
    static TemplateValue stringTuple(const QStringList &items);
    static TemplateValue stringList(const QStringList &items);
    static TemplateValue object(const QString &str, const QString &repr);
    static TemplateValue function(const QString &name);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isString() const { return m_type == Type::String; }
    bool isSequence() const { return m_type == Type::Tuple || m_type == Type::List; }

    // Python truth value (UNDEFINED is false, like Mako's).
    bool truthy() const;
    // str(x) / repr(x). Neither is defined for UNDEFINED (callers report the name instead).
    QString str() const;
    QString repr() const;
    // Python's type name ("str", "tuple", "NoneType" ...), for error texts.
    QString typeName() const;

    const QString &text() const { return m_text; }   // str payload, function or undefined name
    qint64 integerValue() const { return m_int; }
    const std::vector<TemplateValue> &items() const { return m_items; }

    bool operator==(const TemplateValue &other) const;

private:
    Type m_type = Type::Undefined;
    QString m_text;
    QString m_repr;
    qint64 m_int = 0;
    std::vector<TemplateValue> m_items;
};

// The names a template is rendered with (reference §6.3), plus what `config.get_main_option()`
// answers for templates that read the ini (the multidb template). Plain value type.
struct TemplateContext {
    QHash<QString, TemplateValue> variables;
    std::function<std::optional<QString>(const QString &key)> mainOption;
};

// Alembic's util.format_as_comma: None -> "", a str unchanged, a sequence joined with ", ".
// Returns nullopt for other values (Alembic: "Don't know how to comma-format ...").
std::optional<QString> formatAsComma(const TemplateValue &value);

} // namespace retort
