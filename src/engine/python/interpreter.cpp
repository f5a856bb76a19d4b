#include "python/interpreter.h"

#include "python/bindings/bindings.h"
#include "python/evaluator.h"
#include "python/parser.h"

#include <QFile>

namespace retort::python {

Interpreter::Interpreter()
    : m_evaluator(std::make_unique<Evaluator>()), m_bindings(std::make_shared<BindingState>())
{
    installBindings(*m_evaluator, m_bindings);
}

Interpreter::~Interpreter() = default;

Result<void> Interpreter::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), path);
    return load(QString::fromUtf8(file.readAll()), path);
}

Result<void> Interpreter::load(const QString &source, const QString &path)
{
    auto it = m_cache.constFind(path);
    if (it != m_cache.cend() && it->source == source)
        return load(it->module);
    auto parsed = parseModule(source, path);
    if (!parsed)
        return parsed.error();
    m_cache.insert(path, CacheEntry{source, parsed.value()});
    return load(parsed.value());
}

Result<void> Interpreter::load(ModulePtr module)
{
    m_module = std::move(module);
    m_bindings->context = nullptr;
    m_evaluator->takeException();
    return m_evaluator->execModule(*m_module, std::make_shared<Env>());
}

bool Interpreter::hasFunction(const QString &name) const
{
    const Value v = m_evaluator->globals()->vars.value(name);
    return v.type == Type::Function;
}

QString Interpreter::globalRepr(const QString &name) const
{
    auto &vars = m_evaluator->globals()->vars;
    auto it = vars.constFind(name);
    if (it == vars.cend())
        return {};
    return repr(it.value());
}

Result<void> Interpreter::call(const QString &name)
{
    if (!m_module)
        return makeError(ErrorCode::Internal, QStringLiteral("no module loaded"));
    const Value fn = m_evaluator->globals()->vars.value(name);
    if (fn.type != Type::Function && fn.type != Type::Builtin)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("AttributeError: module has no attribute '%1'").arg(name), m_module->path);
    m_evaluator->setFile(m_module->path);
    m_evaluator->callFunction(fn, {});
    if (m_evaluator->hasException())
        return m_evaluator->takeExceptionAsError();
    return {};
}

Result<void> Interpreter::runFunction(const QString &name, ops::MigrationContext &context)
{
    m_bindings->context = &context;
    Result<void> r = call(name);
    m_bindings->context = nullptr;
    return r;
}

Result<void> Interpreter::runFunction(const QString &name)
{
    m_bindings->context = nullptr;
    return call(name);
}

void Interpreter::setPrintSink(std::function<void(const QString &)> sink)
{
    m_evaluator->setPrintSink(std::move(sink));
}

void Interpreter::setLogSink(std::function<void(const QString &)> sink)
{
    m_evaluator->setLogSink(std::move(sink));
}

} // namespace retort::python

namespace retort::python {

void Interpreter::setArguments(const QStringList &xArguments, const QString &tag)
{
    m_bindings->xArguments = xArguments;
    m_bindings->tag = tag;
}

} // namespace retort::python
