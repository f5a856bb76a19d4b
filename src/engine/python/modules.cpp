#include "python/datetimemodule.h"
#include "python/evaluator.h"

#include <QProcessEnvironment>

namespace retort::python {

// The standard-library modules migration scripts import: typing and __future__ (inert), os
// (environment reads), logging (to the print sink, in Alembic's log format); datetime, uuid and
// json live in their own files.

namespace {

// typing.Union, typing.Optional ...: subscriptable placeholders (annotations are not evaluated,
// but module-level aliases such as `Ids = List[str]` are).
class TypingForm : public NativeObject {
public:
    explicit TypingForm(QString name) : m_name(std::move(name)) {}
    QString typeName() const override { return QStringLiteral("typing._SpecialForm"); }
    Value getItem(Evaluator &, const Value &) override { return Value::object(Type::Native, shared()); }
    QString repr() const override { return QStringLiteral("typing.") + m_name; }
    std::shared_ptr<Object> shared() { return m_self.lock(); }
    std::weak_ptr<Object> m_self;

private:
    QString m_name;
};

class Logger : public NativeObject {
public:
    explicit Logger(QString name) : m_name(std::move(name)) {}
    QString typeName() const override { return QStringLiteral("Logger"); }
    Value getAttr(Evaluator &ev, const QString &name) override
    {
        static const QHash<QString, QString> levels = {
            {QStringLiteral("debug"), QStringLiteral("DEBUG")}, {QStringLiteral("info"), QStringLiteral("INFO")},
            {QStringLiteral("warning"), QStringLiteral("WARNING")}, {QStringLiteral("warn"), QStringLiteral("WARNING")},
            {QStringLiteral("error"), QStringLiteral("ERROR")}, {QStringLiteral("exception"), QStringLiteral("ERROR")},
            {QStringLiteral("critical"), QStringLiteral("CRITICAL")}};
        if (name == QLatin1String("name"))
            return Value::string(m_name);
        if (name == QLatin1String("setLevel") || name == QLatin1String("addHandler"))
            return Evaluator::makeBuiltin(name, [](Evaluator &, CallArgs &) { return Value(); });
        if (!levels.contains(name))
            return NativeObject::getAttr(ev, name);
        const QString level = levels.value(name);
        const QString logger = m_name;
        return Evaluator::makeBuiltin(QStringLiteral("Logger.") + name, [level, logger](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.isEmpty())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("missing message"));
            QString message = str(a.args.first());
            if (a.args.size() > 1) {
                Value formatted = percentFormat(ev, message, a.args.size() == 2 ? a.args.at(1) : Value::tuple(a.args.mid(1)));
                if (ev.hasException())
                    return {};
                message = formatted.s;
            }
            // Alembic's default logging config: alembic.* at INFO, everything else at WARN.
            const bool shown = level != QLatin1String("DEBUG")
                               && (level != QLatin1String("INFO") || logger == QLatin1String("alembic")
                                   || logger.startsWith(QLatin1String("alembic.")));
            if (shown)
                ev.log(QStringLiteral("%1 [%2] %3\n").arg(level.left(5).leftJustified(5), logger, message));
            return {};
        });
    }

private:
    QString m_name;
};

Value typingForm(const QString &name)
{
    auto f = std::make_shared<TypingForm>(name);
    f->m_self = f;
    return Value::object(Type::Native, f);
}

} // namespace

void installStandardModules(Evaluator &ev)
{
    Value typing = Evaluator::makeModule(QStringLiteral("typing"));
    for (const char *n : {"Any", "Union", "Optional", "List", "Dict", "Tuple", "Set", "FrozenSet", "Sequence",
                          "Mapping", "MutableMapping", "Iterable", "Iterator", "Callable", "Type", "Literal",
                          "Final", "ClassVar", "Collection", "Generator", "NoReturn", "Annotated", "TypeVar"})
        Evaluator::setModuleAttr(typing, QLatin1String(n), typingForm(QLatin1String(n)));
    Evaluator::setModuleAttr(typing, QStringLiteral("TYPE_CHECKING"), Value::boolean(false));
    Evaluator::setModuleAttr(typing, QStringLiteral("cast"), Evaluator::makeBuiltin(QStringLiteral("cast"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (a.args.size() != 2)
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("cast() takes 2 arguments"));
        return a.args.at(1);
    }));
    ev.registerModule(QStringLiteral("typing"), typing);
    ev.registerModule(QStringLiteral("typing_extensions"), typing);

    Value future = Evaluator::makeModule(QStringLiteral("__future__"));
    for (const char *n : {"annotations", "absolute_import", "division", "print_function", "unicode_literals",
                          "generator_stop", "with_statement", "nested_scopes", "generators"})
        Evaluator::setModuleAttr(future, QLatin1String(n), Value::boolean(true));
    ev.registerModule(QStringLiteral("__future__"), future);

    Value os = Evaluator::makeModule(QStringLiteral("os"));
    Value environ = Value::dict();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        environ.as<DictObject>()->insert(Value::string(key), Value::string(env.value(key)));
    Evaluator::setModuleAttr(os, QStringLiteral("environ"), environ);
    Evaluator::setModuleAttr(os, QStringLiteral("getenv"), Evaluator::makeBuiltin(QStringLiteral("getenv"), [environ](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        if (!ev.bindArgs(a, QStringLiteral("getenv"), {QStringLiteral("key"), QStringLiteral("default")}, 1, p))
            return {};
        if (const Value *v = environ.as<DictObject>()->find(*p.at(0)))
            return *v;
        return p.at(1).value_or(Value());
    }));
    Evaluator::setModuleAttr(os, QStringLiteral("sep"), Value::string(QStringLiteral("/")));
    Evaluator::setModuleAttr(os, QStringLiteral("linesep"), Value::string(QStringLiteral("\n")));
    ev.registerModule(QStringLiteral("os"), os);

    Value logging = Evaluator::makeModule(QStringLiteral("logging"));
    Evaluator::setModuleAttr(logging, QStringLiteral("getLogger"), Evaluator::makeBuiltin(QStringLiteral("getLogger"), [](Evaluator &, CallArgs &a) -> Value {
        const QString name = a.args.isEmpty() || a.args.first().isNone() ? QStringLiteral("root") : str(a.args.first());
        return Value::object(Type::Native, std::make_shared<Logger>(name));
    }));
    int level = 10;
    for (const char *n : {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}) {
        Evaluator::setModuleAttr(logging, QLatin1String(n), Value::integer(level));
        level += 10;
    }
    ev.registerModule(QStringLiteral("logging"), logging);

    installDateTimeModule(ev);
    installUuidModule(ev);
    installJsonModule(ev);
}

} // namespace retort::python
