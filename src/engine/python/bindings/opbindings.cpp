#include "python/bindings/bindings.h"
#include "python/bindings/opbuilders.h"
#include "python/bindings/sqlobjects.h"

#include "ops/migrationcontext.h"


namespace retort::python {

using ops::SqlExpression;

// The alembic module: op.* (operations through the MigrationContext), batch_alter_table,
// get_bind() connections and their results, get_context(), alembic.context.

bool runOperation(Evaluator &ev, const ops::Operation &operation)
{
    BindingState *state = ev.bindings();
    if (!state || !state->context) {
        ev.raise(QStringLiteral("RuntimeError"),
                 QStringLiteral("op.%1() can only be called while upgrade() or downgrade() runs").arg(operation.name()));
        return false;
    }
    auto r = state->context->run(operation);
    if (!r) {
        Error e = r.error();
        if (e.line == 0)
            e.line = operation.line;
        if (e.file.isEmpty())
            e.file = ev.file();
        ev.raiseError(e);
        return false;
    }
    return true;
}

namespace {

ops::MigrationContext *context(Evaluator &ev, const QString &what)
{
    BindingState *state = ev.bindings();
    if (!state || !state->context) {
        ev.raise(QStringLiteral("RuntimeError"),
                 QStringLiteral("%1 can only be used while upgrade() or downgrade() runs").arg(what));
        return nullptr;
    }
    return state->context;
}

class DialectObject : public NativeObject {
public:
    explicit DialectObject(QString name) : m_name(std::move(name)) {}
    QString typeName() const override { return QStringLiteral("Dialect"); }
    Value getAttr(Evaluator &ev, const QString &name) override
    {
        if (name == QLatin1String("name"))
            return Value::string(m_name);
        if (name == QLatin1String("server_version_info"))
            return Value();
        return NativeObject::getAttr(ev, name);
    }

private:
    QString m_name;
};

class RowObject : public NativeObject {
public:
    RowObject(QStringList columns, ValueList values) : m_columns(std::move(columns)), m_values(std::move(values)) {}
    QString typeName() const override { return QStringLiteral("Row"); }
    Value getAttr(Evaluator &ev, const QString &name) override
    {
        const int i = m_columns.indexOf(name);
        if (i >= 0)
            return m_values.value(i);
        if (name == QLatin1String("_mapping") || name == QLatin1String("_asdict")) {
            Value d = Value::dict();
            for (int k = 0; k < m_columns.size(); ++k)
                d.as<DictObject>()->insert(Value::string(m_columns.at(k)), m_values.value(k));
            if (name == QLatin1String("_mapping"))
                return d;
            return Evaluator::makeBuiltin(name, [d](Evaluator &, CallArgs &) { return d; });
        }
        if (name == QLatin1String("_fields"))
            return [&] { ValueList f; for (const QString &c : m_columns) f.append(Value::string(c)); return Value::tuple(f); }();
        return NativeObject::getAttr(ev, name);
    }
    Value getItem(Evaluator &ev, const Value &key) override
    {
        if (key.isStr()) {
            const int i = m_columns.indexOf(key.s);
            if (i >= 0)
                return m_values.value(i);
            return ev.raise(QStringLiteral("KeyError"), python::repr(key));
        }
        return ev.getItem(Value::tuple(m_values), key);
    }
    std::optional<Value> binaryOp(Evaluator &, const QString &op, const Value &other, bool) override
    {
        if (op == QLatin1String("=="))
            return Value::boolean(equals(Value::tuple(m_values), other));
        if (op == QLatin1String("!="))
            return Value::boolean(!equals(Value::tuple(m_values), other));
        return std::nullopt;
    }
    bool iterate(Evaluator &, ValueList &out) override
    {
        out = m_values;
        return true;
    }
    std::optional<qint64> length() const override { return m_values.size(); }
    QString repr() const override { return python::repr(Value::tuple(m_values)); }

private:
    QStringList m_columns;
    ValueList m_values;
};

class ResultObject : public NativeObject {
public:
    enum class Mode { Rows, Mappings, Scalars };
    ResultObject(ops::QueryResult r, Mode mode = Mode::Rows) : m_result(std::move(r)), m_mode(mode) {}
    QString typeName() const override { return QStringLiteral("CursorResult"); }
    static Value make(ops::QueryResult r, Mode mode = Mode::Rows)
    {
        auto obj = std::make_shared<ResultObject>(std::move(r), mode);
        obj->m_self = obj;
        return makeNative(obj);
    }

    Value row(int i) const
    {
        ValueList values;
        for (const QVariant &v : m_result.rows.at(i))
            values.append(fromVariant(v));
        if (m_mode == Mode::Scalars)
            return values.value(0);
        if (m_mode == Mode::Mappings) {
            Value d = Value::dict();
            for (int k = 0; k < m_result.columns.size(); ++k)
                d.as<DictObject>()->insert(Value::string(m_result.columns.at(k)), values.value(k));
            return d;
        }
        return makeNative(std::make_shared<RowObject>(m_result.columns, values));
    }
    ValueList rest()
    {
        ValueList out;
        for (; m_pos < m_result.rows.size(); ++m_pos)
            out.append(row(m_pos));
        return out;
    }
    bool iterate(Evaluator &, ValueList &out) override
    {
        out = rest();
        return true;
    }
    Value getAttr(Evaluator &ev, const QString &name) override
    {
        auto self = std::static_pointer_cast<ResultObject>(shared_from_this_hack());
        auto method = [&](auto fn) { return Evaluator::makeBuiltin(name, [self, fn](Evaluator &ev, CallArgs &) -> Value { return fn(ev, *self); }); };
        if (name == QLatin1String("fetchall") || name == QLatin1String("all"))
            return method([](Evaluator &, ResultObject &r) { return Value::list(r.rest()); });
        if (name == QLatin1String("fetchone"))
            return method([](Evaluator &, ResultObject &r) {
                return r.m_pos < r.m_result.rows.size() ? r.row(r.m_pos++) : Value();
            });
        if (name == QLatin1String("first"))
            return method([](Evaluator &, ResultObject &r) {
                Value v = r.m_pos < r.m_result.rows.size() ? r.row(r.m_pos) : Value();
                r.m_pos = int(r.m_result.rows.size());
                return v;
            });
        if (name == QLatin1String("scalar"))
            return method([](Evaluator &, ResultObject &r) {
                Value v = r.m_pos < r.m_result.rows.size() && !r.m_result.rows.at(r.m_pos).isEmpty()
                              ? fromVariant(r.m_result.rows.at(r.m_pos).first()) : Value();
                r.m_pos = int(r.m_result.rows.size());
                return v;
            });
        if (name == QLatin1String("one") || name == QLatin1String("one_or_none") || name == QLatin1String("scalar_one")
            || name == QLatin1String("scalar_one_or_none")) {
            const bool orNone = name.endsWith(QLatin1String("or_none"));
            const bool scalar = name.startsWith(QLatin1String("scalar"));
            return method([orNone, scalar](Evaluator &ev, ResultObject &r) -> Value {
                const qsizetype left = r.m_result.rows.size() - r.m_pos;
                if (left == 0 && orNone)
                    return {};
                if (left != 1) {
                    const Value exc = ev.module(QStringLiteral("sqlalchemy.exc"));
                    const QString cls = left == 0 ? QStringLiteral("NoResultFound") : QStringLiteral("MultipleResultsFound");
                    Value c = exc.as<ModuleObject>()->attrs.value(cls);
                    Value e = ev.callFunction(c, {Value::string(left == 0 ? QStringLiteral("No row was found when one was required")
                                                                          : QStringLiteral("Multiple rows were found when exactly one was required"))});
                    return ev.raiseException(e);
                }
                Value v = scalar ? fromVariant(r.m_result.rows.at(r.m_pos).value(0)) : r.row(r.m_pos);
                r.m_pos = int(r.m_result.rows.size());
                return v;
            });
        }
        if (name == QLatin1String("mappings") || name == QLatin1String("scalars")) {
            const Mode mode = name == QLatin1String("mappings") ? Mode::Mappings : Mode::Scalars;
            return method([mode](Evaluator &, ResultObject &r) {
                ops::QueryResult rest = r.m_result;
                rest.rows = r.m_result.rows.mid(r.m_pos);
                r.m_pos = int(r.m_result.rows.size());
                return ResultObject::make(rest, mode);
            });
        }
        if (name == QLatin1String("keys"))
            return method([](Evaluator &, ResultObject &r) {
                ValueList keys;
                for (const QString &c : r.m_result.columns)
                    keys.append(Value::string(c));
                return Value::list(keys);
            });
        if (name == QLatin1String("close"))
            return method([](Evaluator &, ResultObject &) { return Value(); });
        if (name == QLatin1String("rowcount"))
            return Value::integer(m_result.rowsAffected);
        if (name == QLatin1String("returns_rows"))
            return Value::boolean(!m_result.columns.isEmpty());
        return NativeObject::getAttr(ev, name);
    }

    std::weak_ptr<ResultObject> m_self;
    std::shared_ptr<Object> shared_from_this_hack() { return m_self.lock(); }

private:
    ops::QueryResult m_result;
    Mode m_mode;
    int m_pos = 0;
};

Value makeResult(ops::QueryResult r)
{
    return ResultObject::make(std::move(r));
}

// Statements that return rows go through MigrationContext::query, the rest through run().
bool returnsRows(const QString &sql)
{
    QString s = sql.trimmed();
    while (s.startsWith(QLatin1String("--"))) {
        s = s.section(QLatin1Char('\n'), 1).trimmed();
    }
    qsizetype end = 0;
    while (end < s.size() && !s.at(end).isSpace())
        ++end;
    const QString head = s.left(end).toUpper();
    return head == QLatin1String("SELECT") || head == QLatin1String("PRAGMA") || head == QLatin1String("WITH")
           || head == QLatin1String("SHOW") || head == QLatin1String("VALUES") || head == QLatin1String("EXPLAIN")
           || head.startsWith(QLatin1String("(")) || s.toUpper().contains(QLatin1String(" RETURNING "));
}

Value execute(Evaluator &ev, const Value &statement, const std::optional<Value> &params, int line)
{
    auto op = toExecuteOperation(ev, statement, line);
    if (!op)
        return {};
    if (params && !params->isNone()) {
        if (params->type != Type::Dict || !op->is<ops::Execute>()
            || !std::holds_alternative<SqlExpression>(op->as<ops::Execute>().statement))
            return ev.raise(QStringLiteral("NotImplementedError"), QStringLiteral("execute() parameters are supported with text() and a dict"));
        auto &e = std::get<SqlExpression>(op->as<ops::Execute>().statement);
        for (const auto &entry : params->as<DictObject>()->entries()) {
            auto v = toSqlValue(ev, entry.second);
            if (!v)
                return {};
            e.params.append({str(entry.first), *v});
        }
    }
    ops::MigrationContext *ctx = context(ev, QStringLiteral("the connection"));
    if (!ctx)
        return {};
    if (op->is<ops::Execute>()) {
        const auto &st = op->as<ops::Execute>().statement;
        const bool rows = std::holds_alternative<SqlExpression>(st) && returnsRows(std::get<SqlExpression>(st).sql);
        if (rows) {
            auto r = ctx->query(op->as<ops::Execute>(), line);
            if (!r) {
                Error e = r.error();
                if (e.line == 0)
                    e.line = line;
                if (e.file.isEmpty())
                    e.file = ev.file();
                return ev.raiseError(e);
            }
            return makeResult(r.value());
        }
    }
    if (!runOperation(ev, *op))
        return {};
    return makeResult({});
}

class ConnectionObject : public NativeObject {
public:
    QString typeName() const override { return QStringLiteral("Connection"); }
    Value getAttr(Evaluator &ev, const QString &name) override
    {
        if (name == QLatin1String("execute") || name == QLatin1String("exec_driver_sql") || name == QLatin1String("scalar")) {
            const bool scalar = name == QLatin1String("scalar");
            return Evaluator::makeBuiltin(name, [scalar](Evaluator &ev, CallArgs &a) -> Value {
                QList<std::optional<Value>> p;
                if (!ev.bindArgs(a, QStringLiteral("execute"), {QStringLiteral("statement"), QStringLiteral("parameters"),
                                                                QStringLiteral("execution_options")}, 1, p))
                    return {};
                Value r = execute(ev, *p.at(0), p.at(1), a.line);
                if (ev.hasException() || !scalar)
                    return r;
                return ev.callFunction(ev.getAttr(r, QStringLiteral("scalar")), {});
            });
        }
        if (name == QLatin1String("dialect") || name == QLatin1String("engine")) {
            ops::MigrationContext *ctx = context(ev, QStringLiteral("the connection"));
            return ctx ? makeNative(std::make_shared<DialectObject>(ctx->dialectName())) : Value();
        }
        if (name == QLatin1String("commit") || name == QLatin1String("rollback") || name == QLatin1String("close"))
            return Evaluator::makeBuiltin(name, [name](Evaluator &ev, CallArgs &) -> Value {
                return ev.raise(QStringLiteral("NotImplementedError"),
                                QStringLiteral("connection.%1() inside a migration is not supported; Retort runs each step in its own transaction").arg(name));
            });
        return NativeObject::getAttr(ev, name);
    }
};

class AutocommitBlock : public NativeObject {
public:
    QString typeName() const override { return QStringLiteral("autocommit_block"); }
    Value enter(Evaluator &ev) override
    {
        runOperation(ev, ops::Operation(ops::AutocommitBegin{}, ev.line()));
        return Value();
    }
    void exit(Evaluator &ev, bool exceptionPending) override
    {
        if (!exceptionPending)
            runOperation(ev, ops::Operation(ops::AutocommitEnd{}, ev.line()));
    }
};

class ContextObject : public NativeObject {
public:
    QString typeName() const override { return QStringLiteral("MigrationContext"); }
    Value getAttr(Evaluator &ev, const QString &name) override
    {
        ops::MigrationContext *ctx = context(ev, QStringLiteral("op.get_context()"));
        if (!ctx)
            return {};
        if (name == QLatin1String("autocommit_block"))
            return Evaluator::makeBuiltin(name, [](Evaluator &, CallArgs &) { return makeNative(std::make_shared<AutocommitBlock>()); });
        if (name == QLatin1String("dialect"))
            return makeNative(std::make_shared<DialectObject>(ctx->dialectName()));
        if (name == QLatin1String("as_sql"))
            return Value::boolean(ctx->asSql());
        if (name == QLatin1String("bind") || name == QLatin1String("connection"))
            return makeNative(std::make_shared<ConnectionObject>());
        if (name == QLatin1String("get_bind"))
            return Evaluator::makeBuiltin(name, [](Evaluator &, CallArgs &) { return makeNative(std::make_shared<ConnectionObject>()); });
        if (name == QLatin1String("execute"))
            return Evaluator::makeBuiltin(name, [](Evaluator &ev, CallArgs &a) -> Value {
                if (a.args.isEmpty())
                    return ev.raise(QStringLiteral("TypeError"), QStringLiteral("execute() missing the statement"));
                auto op = toExecuteOperation(ev, a.args.first(), a.line);
                if (op)
                    runOperation(ev, *op);
                return {};
            });
        return NativeObject::getAttr(ev, name);
    }
};

class BatchContext : public NativeObject {
public:
    explicit BatchContext(ops::BatchAlterTable batch, int line) : m_batch(std::make_shared<ops::BatchAlterTable>(std::move(batch))), m_line(line) {}
    QString typeName() const override { return QStringLiteral("BatchOperations"); }
    Value enter(Evaluator &) override { return makeBatchOperations(m_batch); }
    void exit(Evaluator &ev, bool exceptionPending) override
    {
        if (!exceptionPending)
            runOperation(ev, ops::Operation(*m_batch, m_line));
    }

private:
    std::shared_ptr<ops::BatchAlterTable> m_batch;
    int m_line;
};

void def(const Value &module, const QString &name, BuiltinFn fn)
{
    Evaluator::setModuleAttr(module, name, Evaluator::makeBuiltin(name, std::move(fn)));
}

} // namespace

void installAlembic(Evaluator &ev)
{
    Value op = Evaluator::makeModule(QStringLiteral("alembic.op"));
    installOperationBuilders(op);
    def(op, QStringLiteral("batch_alter_table"), [](Evaluator &ev, CallArgs &a) -> Value {
        auto batch = makeBatch(ev, a);
        return batch ? makeNative(std::make_shared<BatchContext>(*batch, a.line)) : Value();
    });
    def(op, QStringLiteral("get_bind"), [](Evaluator &ev, CallArgs &) -> Value {
        if (!context(ev, QStringLiteral("op.get_bind()")))
            return {};
        return makeNative(std::make_shared<ConnectionObject>());
    });
    def(op, QStringLiteral("get_context"), [](Evaluator &ev, CallArgs &) -> Value {
        if (!context(ev, QStringLiteral("op.get_context()")))
            return {};
        return makeNative(std::make_shared<ContextObject>());
    });
    for (const char *n : {"run_async", "invoke", "register_operation", "implementation_for"}) {
        const QString name = QLatin1String(n);
        def(op, name, [name](Evaluator &ev, CallArgs &) -> Value {
            return ev.raise(QStringLiteral("NotImplementedError"),
                            QStringLiteral("op.%1() is not supported by Retort's built-in interpreter").arg(name));
        });
    }

    Value ctxModule = Evaluator::makeModule(QStringLiteral("alembic.context"));
    def(ctxModule, QStringLiteral("is_offline_mode"), [](Evaluator &ev, CallArgs &) -> Value {
        ops::MigrationContext *ctx = context(ev, QStringLiteral("context.is_offline_mode()"));
        return ctx ? Value::boolean(ctx->isOffline()) : Value();
    });
    def(ctxModule, QStringLiteral("get_x_argument"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        if (!ev.bindArgs(a, QStringLiteral("get_x_argument"), {QStringLiteral("as_dictionary")}, 0, p))
            return {};
        const QStringList xs = ev.bindings() ? ev.bindings()->xArguments : QStringList();
        if (p.at(0) && truthy(*p.at(0))) {
            // split at the first "="; a value-less "-x foo" becomes {"foo": ""} (reference §2.1)
            Value d = Value::dict();
            for (const QString &x : xs) {
                const qsizetype eq = x.indexOf(QLatin1Char('='));
                d.as<DictObject>()->insert(Value::string(eq < 0 ? x : x.left(eq)),
                                           Value::string(eq < 0 ? QString() : x.mid(eq + 1)));
            }
            return d;
        }
        ValueList items;
        for (const QString &x : xs)
            items.append(Value::string(x));
        return Value::list(items);
    });
    def(ctxModule, QStringLiteral("get_tag_argument"), [](Evaluator &ev, CallArgs &) -> Value {
        const QString tag = ev.bindings() ? ev.bindings()->tag : QString();
        return tag.isEmpty() ? Value() : Value::string(tag);
    });
    def(ctxModule, QStringLiteral("get_context"), [](Evaluator &ev, CallArgs &) -> Value {
        if (!context(ev, QStringLiteral("context.get_context()")))
            return {};
        return makeNative(std::make_shared<ContextObject>());
    });
    def(ctxModule, QStringLiteral("get_bind"), [](Evaluator &ev, CallArgs &) -> Value {
        if (!context(ev, QStringLiteral("context.get_bind()")))
            return {};
        return makeNative(std::make_shared<ConnectionObject>());
    });
    Evaluator::setModuleAttr(ctxModule, QStringLiteral("execute"), op.as<ModuleObject>()->attrs.value(QStringLiteral("execute")));

    Value alembic = Evaluator::makeModule(QStringLiteral("alembic"));
    Evaluator::setModuleAttr(alembic, QStringLiteral("op"), op);
    Evaluator::setModuleAttr(alembic, QStringLiteral("context"), ctxModule);
    ev.registerModule(QStringLiteral("alembic"), alembic);
    ev.registerModule(QStringLiteral("alembic.op"), op);
    ev.registerModule(QStringLiteral("alembic.context"), ctxModule);
}

void installBindings(Evaluator &ev, const std::shared_ptr<BindingState> &state)
{
    ev.setBindings(state.get());
    installSqlAlchemy(ev);
    installAlembic(ev);
}

} // namespace retort::python
