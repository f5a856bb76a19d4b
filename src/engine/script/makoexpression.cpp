#include "script/makoexpression.h"

#include "script/makoexpressionnode.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace retort {

namespace {

using mako::NodePtr;
using Kind = MakoExpression::Node::Kind;

Error failure(const QString &message)
{
    return makeError(ErrorCode::Command, message);
}

Result<TemplateValue> evaluateNode(const NodePtr &node, const MakoScope &scope);

Result<TemplateValue> truthValue(const NodePtr &node, const MakoScope &scope, bool *truth)
{
    Result<TemplateValue> v = evaluateNode(node, scope);
    if (v)
        *truth = v->truthy();
    return v;
}

Result<bool> compare(const QString &op, const TemplateValue &a, const TemplateValue &b)
{
    if (op == QLatin1String("==") || op == QLatin1String("is"))
        return a == b;
    if (op == QLatin1String("!=") || op == QLatin1String("is not"))
        return !(a == b);
    if (op == QLatin1String("in") || op == QLatin1String("not in")) {
        bool found = false;
        if (b.isString() && a.isString())
            found = b.text().contains(a.text());
        else if (b.isSequence())
            found = std::find(b.items().begin(), b.items().end(), a) != b.items().end();
        else
            return failure(QStringLiteral("argument of type '%1' is not iterable").arg(b.typeName()));
        return op == QLatin1String("in") ? found : !found;
    }
    int c = 0;
    if ((a.type() == TemplateValue::Type::Int || a.type() == TemplateValue::Type::Bool)
        && (b.type() == TemplateValue::Type::Int || b.type() == TemplateValue::Type::Bool))
        c = a.integerValue() < b.integerValue() ? -1 : a.integerValue() > b.integerValue() ? 1 : 0;
    else if (a.isString() && b.isString())
        c = a.text().compare(b.text());
    else
        return failure(QStringLiteral("'%1' not supported between instances of '%2' and '%3'")
                           .arg(op, a.typeName(), b.typeName()));
    if (op == QLatin1String("<")) return c < 0;
    if (op == QLatin1String("<=")) return c <= 0;
    if (op == QLatin1String(">")) return c > 0;
    return c >= 0;
}

Result<TemplateValue> callMethod(const TemplateValue &self, const QString &method, const QList<TemplateValue> &args)
{
    auto argError = [&] {
        return failure(QStringLiteral("wrong arguments for str.%1()").arg(method));
    };
    if (!self.isString())
        return failure(QStringLiteral("'%1' object has no attribute '%2'").arg(self.typeName(), method));
    const QString &s = self.text();
    if (method == QLatin1String("join")) {
        if (args.size() != 1 || !args[0].isSequence())
            return argError();
        QStringList parts;
        for (const TemplateValue &item : args[0].items()) {
            if (!item.isString())
                return failure(QStringLiteral("sequence item: expected str instance, %1 found").arg(item.typeName()));
            parts << item.text();
        }
        return TemplateValue::string(parts.join(s));
    }
    if (method == QLatin1String("upper") && args.isEmpty())
        return TemplateValue::string(s.toUpper());
    if (method == QLatin1String("lower") && args.isEmpty())
        return TemplateValue::string(s.toLower());
    if (method == QLatin1String("strip") && args.isEmpty())
        return TemplateValue::string(s.trimmed());
    if (method == QLatin1String("replace") && args.size() == 2 && args[0].isString() && args[1].isString())
        return TemplateValue::string(QString(s).replace(args[0].text(), args[1].text()));
    if ((method == QLatin1String("startswith") || method == QLatin1String("endswith")) && args.size() == 1
        && args[0].isString())
        return TemplateValue::boolean(method == QLatin1String("startswith") ? s.startsWith(args[0].text())
                                                                           : s.endsWith(args[0].text()));
    if (method == QLatin1String("split") && args.size() <= 1) {
        QStringList parts;
        if (args.isEmpty())
            parts = s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        else if (args[0].isString() && !args[0].text().isEmpty())
            parts = s.split(args[0].text());
        else
            return argError();
        return TemplateValue::stringList(parts);
    }
    return failure(QStringLiteral("str.%1() is not supported in templates").arg(method));
}

Result<TemplateValue> evaluateCall(const NodePtr &node, const MakoScope &scope)
{
    QList<TemplateValue> args;
    for (size_t i = 1; i < node->children.size(); ++i) {
        Result<TemplateValue> a = evaluateNode(node->children[i], scope);
        if (!a)
            return a;
        args << *a;
    }
    const NodePtr &callee = node->children[0];
    if (callee->kind == Kind::Attr) {
        const NodePtr &owner = callee->children[0];
        if (owner->kind == Kind::Name) {
            const TemplateValue ownerValue = scope.lookup(owner->name);
            if (owner->name == QLatin1String("context") && ownerValue.isUndefined()
                && callee->name == QLatin1String("get")) {
                if (args.isEmpty() || args.size() > 2 || !args[0].isString())
                    return failure(QStringLiteral("context.get() takes a name and an optional default"));
                const TemplateValue v = scope.context ? scope.context->variables.value(args[0].text()) : TemplateValue();
                if (v.isUndefined())
                    return args.size() == 2 ? args[1] : TemplateValue::none();
                return v;
            }
            if (owner->name == QLatin1String("config") && callee->name == QLatin1String("get_main_option")) {
                if (args.isEmpty() || args.size() > 2 || !args[0].isString())
                    return failure(QStringLiteral("config.get_main_option() takes a key and an optional default"));
                if (!scope.context || !scope.context->mainOption)
                    return failure(QStringLiteral("config.get_main_option() is not available here"));
                const std::optional<QString> v = scope.context->mainOption(args[0].text());
                if (v)
                    return TemplateValue::string(*v);
                return args.size() == 2 ? args[1] : TemplateValue::none();
            }
        }
        Result<TemplateValue> self = evaluateNode(owner, scope);
        if (!self)
            return self;
        if (self->isUndefined())
            return failure(QStringLiteral("name '%1' is undefined").arg(self->text()));
        return callMethod(*self, callee->name, args);
    }
    if (callee->kind != Kind::Name)
        return failure(QStringLiteral("only named functions can be called in templates"));
    const TemplateValue fn = scope.lookup(callee->name);
    if (fn.type() == TemplateValue::Type::Function)
        return MakoExpression::callFunction(fn.text(), args);
    if (!fn.isUndefined())
        return failure(QStringLiteral("'%1' object is not callable").arg(fn.typeName()));
    return MakoExpression::callFunction(callee->name, args);
}

Result<TemplateValue> evaluateNode(const NodePtr &node, const MakoScope &scope)
{
    switch (node->kind) {
    case Kind::Literal:
        return node->value;
    case Kind::Name:
        return scope.lookup(node->name);
    case Kind::Tuple:
    case Kind::List: {
        std::vector<TemplateValue> items;
        for (const NodePtr &child : node->children) {
            Result<TemplateValue> v = evaluateNode(child, scope);
            if (!v)
                return v;
            items.push_back(*v);
        }
        return node->kind == Kind::Tuple ? TemplateValue::tuple(std::move(items)) : TemplateValue::list(std::move(items));
    }
    case Kind::Ternary: {
        bool truth = false;
        Result<TemplateValue> cond = truthValue(node->children[0], scope, &truth);
        if (!cond)
            return cond;
        return evaluateNode(node->children[truth ? 1 : 2], scope);
    }
    case Kind::Or:
    case Kind::And: {
        bool truth = false;
        Result<TemplateValue> left = truthValue(node->children[0], scope, &truth);
        if (!left || truth == (node->kind == Kind::Or))
            return left;
        return evaluateNode(node->children[1], scope);
    }
    case Kind::Not: {
        bool truth = false;
        Result<TemplateValue> v = truthValue(node->children[0], scope, &truth);
        if (!v)
            return v;
        return TemplateValue::boolean(!truth);
    }
    case Kind::Compare: {
        Result<TemplateValue> a = evaluateNode(node->children[0], scope);
        if (!a)
            return a;
        Result<TemplateValue> b = evaluateNode(node->children[1], scope);
        if (!b)
            return b;
        Result<bool> r = compare(node->name, *a, *b);
        if (!r)
            return r.error();
        return TemplateValue::boolean(*r);
    }
    case Kind::Add:
    case Kind::Sub:
    case Kind::Neg: {
        std::vector<TemplateValue> v;
        for (const NodePtr &child : node->children) {
            Result<TemplateValue> r = evaluateNode(child, scope);
            if (!r)
                return r;
            if (r->isUndefined())
                return failure(QStringLiteral("name '%1' is undefined").arg(r->text()));
            v.push_back(*r);
        }
        auto isInt = [](const TemplateValue &x) {
            return x.type() == TemplateValue::Type::Int || x.type() == TemplateValue::Type::Bool;
        };
        if (node->kind == Kind::Neg) {
            if (!isInt(v[0]))
                return failure(QStringLiteral("bad operand type for unary -: '%1'").arg(v[0].typeName()));
            return TemplateValue::integer(-v[0].integerValue());
        }
        if (isInt(v[0]) && isInt(v[1]))
            return TemplateValue::integer(node->kind == Kind::Add ? v[0].integerValue() + v[1].integerValue()
                                                                  : v[0].integerValue() - v[1].integerValue());
        if (node->kind == Kind::Add && v[0].isString() && v[1].isString())
            return TemplateValue::string(v[0].text() + v[1].text());
        if (node->kind == Kind::Add && v[0].type() == v[1].type() && v[0].isSequence()) {
            std::vector<TemplateValue> items = v[0].items();
            items.insert(items.end(), v[1].items().begin(), v[1].items().end());
            return v[0].type() == TemplateValue::Type::List ? TemplateValue::list(std::move(items))
                                                            : TemplateValue::tuple(std::move(items));
        }
        return failure(QStringLiteral("unsupported operand type(s) for %1: '%2' and '%3'")
                           .arg(node->kind == Kind::Add ? QStringLiteral("+") : QStringLiteral("-"),
                                v[0].typeName(), v[1].typeName()));
    }
    case Kind::Call:
        return evaluateCall(node, scope);
    case Kind::Attr: {
        Result<TemplateValue> owner = evaluateNode(node->children[0], scope);
        if (!owner)
            return owner;
        return failure(QStringLiteral("attribute '%1' of '%2' is not supported in templates")
                           .arg(node->name, owner->isUndefined() ? owner->text() : owner->typeName()));
    }
    case Kind::Subscript: {
        Result<TemplateValue> owner = evaluateNode(node->children[0], scope);
        if (!owner)
            return owner;
        Result<TemplateValue> index = evaluateNode(node->children[1], scope);
        if (!index)
            return index;
        if (index->type() != TemplateValue::Type::Int)
            return failure(QStringLiteral("indices must be integers, not %1").arg(index->typeName()));
        qint64 i = index->integerValue();
        const qint64 size = owner->isString() ? owner->text().size() : qint64(owner->items().size());
        if (!owner->isString() && !owner->isSequence())
            return failure(QStringLiteral("'%1' object is not subscriptable").arg(owner->typeName()));
        if (i < 0)
            i += size;
        if (i < 0 || i >= size)
            return failure(QStringLiteral("%1 index out of range").arg(owner->typeName()));
        if (owner->isString())
            return TemplateValue::string(owner->text().mid(int(i), 1));
        return owner->items()[size_t(i)];
    }
    }
    return failure(QStringLiteral("invalid template expression"));
}

} // namespace

TemplateValue MakoScope::lookup(const QString &name) const
{
    if (locals) {
        auto it = locals->constFind(name);
        if (it != locals->constEnd())
            return *it;
    }
    if (context) {
        auto it = context->variables.constFind(name);
        if (it != context->variables.constEnd())
            return *it;
    }
    return TemplateValue::undefined(name);
}

Result<MakoExpression> MakoExpression::parse(const QString &source)
{
    Result<NodePtr> root = mako::parseExpression(source);
    if (!root)
        return root.error();
    MakoExpression e;
    e.m_root = *root;
    return e;
}

Result<TemplateValue> MakoExpression::evaluate(const MakoScope &scope) const
{
    if (!m_root)
        return failure(QStringLiteral("empty template expression"));
    return evaluateNode(m_root, scope);
}

Result<TemplateValue> MakoExpression::callFunction(const QString &name, const QList<TemplateValue> &args)
{
    static const QStringList known = {QStringLiteral("repr"), QStringLiteral("str"), QStringLiteral("unicode"),
                                      QStringLiteral("bool"), QStringLiteral("len"), QStringLiteral("int"),
                                      QStringLiteral("list"), QStringLiteral("tuple"), QStringLiteral("sorted"),
                                      QStringLiteral("comma")};
    if (!known.contains(name))
        return failure(QStringLiteral("function '%1' is not available in templates").arg(name));
    for (const TemplateValue &a : args)
        if (a.isUndefined() && name != QLatin1String("bool"))
            return failure(QStringLiteral("name '%1' is undefined").arg(a.text()));
    auto arity = [&](int n) -> bool { return args.size() == n; };
    if (name == QLatin1String("repr") && arity(1))
        return TemplateValue::string(args[0].repr());
    if ((name == QLatin1String("str") || name == QLatin1String("unicode")) && arity(1))
        return TemplateValue::string(args[0].str());
    if (name == QLatin1String("bool") && arity(1))
        return TemplateValue::boolean(args[0].truthy());
    if (name == QLatin1String("len") && arity(1)) {
        if (args[0].isString())
            return TemplateValue::integer(args[0].text().size());
        if (args[0].isSequence())
            return TemplateValue::integer(qint64(args[0].items().size()));
        return failure(QStringLiteral("object of type '%1' has no len()").arg(args[0].typeName()));
    }
    if (name == QLatin1String("int") && arity(1)) {
        if (args[0].type() == TemplateValue::Type::Int || args[0].type() == TemplateValue::Type::Bool)
            return TemplateValue::integer(args[0].integerValue());
        bool ok = false;
        const qint64 v = args[0].isString() ? args[0].text().trimmed().toLongLong(&ok) : 0;
        if (!ok)
            return failure(QStringLiteral("invalid literal for int(): %1").arg(args[0].repr()));
        return TemplateValue::integer(v);
    }
    if ((name == QLatin1String("list") || name == QLatin1String("tuple") || name == QLatin1String("sorted")) && arity(1)) {
        std::vector<TemplateValue> items;
        if (args[0].isSequence())
            items = args[0].items();
        else if (args[0].isString())
            for (const QChar c : args[0].text())
                items.push_back(TemplateValue::string(QString(c)));
        else
            return failure(QStringLiteral("'%1' object is not iterable").arg(args[0].typeName()));
        if (name == QLatin1String("sorted")) {
            for (const TemplateValue &i : items)
                if (!i.isString())
                    return failure(QStringLiteral("sorted() of non-str items is not supported in templates"));
            std::sort(items.begin(), items.end(),
                      [](const TemplateValue &a, const TemplateValue &b) { return a.text() < b.text(); });
        }
        return name == QLatin1String("tuple") ? TemplateValue::tuple(std::move(items))
                                              : TemplateValue::list(std::move(items));
    }
    if (name == QLatin1String("comma") && arity(1)) {
        const std::optional<QString> s = formatAsComma(args[0]);
        if (!s)
            return failure(QStringLiteral("Don't know how to comma-format %1").arg(args[0].repr()));
        return TemplateValue::string(*s);
    }
    return failure(QStringLiteral("%1() takes 1 argument (%2 given)").arg(name).arg(args.size()));
}

} // namespace retort
