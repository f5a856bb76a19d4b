#pragma once

#include "core/result.h"
#include "python/ast.h"

#include <QString>

#include <functional>
#include <memory>

namespace retort::ops {
class MigrationContext;
}

namespace retort::python {

class Evaluator;
struct BindingState;

// Runs Alembic revision scripts without Python: load() parses a module (once; the tree is cached
// by path and source) and runs its module-level code (imports, helper functions, constants);
// runFunction("upgrade"/"downgrade", ctx) then calls a function whose op.* calls become
// operations performed through the MigrationContext. print() output and logging go to the print
// sink. Errors (syntax, NameError, uncaught raise, refused operations) carry file:line. An
// uncaught exception is ErrorCode::Internal (Alembic: a traceback, exit 1) whose message reads
// like the traceback's last line ("ValueError: ...", "sqlalchemy.exc.CompileError: ..."); an
// operation refused with Alembic's CommandError stays ErrorCode::Command ("FAILED: ...", 255).
// Thread contract: one Interpreter per thread; it is not thread-safe.
class Interpreter {
public:
    Interpreter();
    ~Interpreter();
    Interpreter(const Interpreter &) = delete;
    Interpreter &operator=(const Interpreter &) = delete;

    Result<void> load(const QString &source, const QString &path);
    // Runs the module-level code of a module parsed elsewhere (not cached).
    Result<void> load(ModulePtr module);
    Result<void> loadFile(const QString &path);

    // The parsed module of the last load (null before).
    ModulePtr module() const { return m_module; }
    bool hasFunction(const QString &name) const;
    // repr() of a module-level variable, or a null string when it is not defined.
    QString globalRepr(const QString &name) const;

    // Calls a module-level function with no arguments. With a context, op.* and the connection
    // bindings act on it; without one they raise ("op.x() needs a migration context").
    Result<void> runFunction(const QString &name, ops::MigrationContext &context);
    Result<void> runFunction(const QString &name);

    void setPrintSink(std::function<void(const QString &)> sink);
    // Where logging records go (formatted "LEVEL [logger] message\n"); unset: to the print sink.
    void setLogSink(std::function<void(const QString &)> sink);
    // What context.get_x_argument() / get_tag_argument() return (the CLI's -x and --tag).
    void setArguments(const QStringList &xArguments, const QString &tag);

    // For the bindings and tests.
    Evaluator &evaluator() { return *m_evaluator; }

private:
    Result<void> call(const QString &name);

    std::unique_ptr<Evaluator> m_evaluator;
    std::shared_ptr<BindingState> m_bindings;
    ModulePtr m_module;
    struct CacheEntry {
        QString source;
        ModulePtr module;
    };
    QHash<QString, CacheEntry> m_cache;
};

} // namespace retort::python
