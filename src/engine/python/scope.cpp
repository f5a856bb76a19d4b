#include "python/parserimpl.h"

namespace retort::python {

// Python's symbol-table rule, reduced to what the interpreter needs: a name bound anywhere in a
// function body (assignment, for/with/except target, def, import, del) is local to it unless
// declared global or nonlocal.

static void collectTargets(const ExprPtr &target, QSet<QString> &out)
{
    if (!target)
        return;
    switch (target->kind) {
    case ExprKind::Name:
        out.insert(target->name);
        break;
    case ExprKind::Starred:
        collectTargets(target->a, out);
        break;
    case ExprKind::Tuple:
    case ExprKind::List:
        for (const ExprPtr &e : target->items)
            collectTargets(e, out);
        break;
    default:
        break;
    }
}

static void collectBlock(const Block &block, ScopeInfo &info)
{
    for (const StmtPtr &s : block) {
        switch (s->kind) {
        case StmtKind::Assign:
            for (const ExprPtr &t : s->targets)
                collectTargets(t, info.locals);
            break;
        case StmtKind::AugAssign:
        case StmtKind::AnnAssign:
            collectTargets(s->target, info.locals);
            break;
        case StmtKind::Delete:
            for (const ExprPtr &t : s->targets)
                collectTargets(t, info.locals);
            break;
        case StmtKind::For:
            collectTargets(s->target, info.locals);
            break;
        case StmtKind::With:
            for (const WithItem &item : s->items)
                collectTargets(item.target, info.locals);
            break;
        case StmtKind::FunctionDef:
        case StmtKind::ClassDef:
            info.locals.insert(s->name);
            continue; // their bodies are scopes of their own
        case StmtKind::Import:
            for (const ImportAlias &a : s->names)
                info.locals.insert(a.asName.isEmpty() ? a.name.section(QLatin1Char('.'), 0, 0) : a.asName);
            break;
        case StmtKind::ImportFrom:
            for (const ImportAlias &a : s->names)
                if (a.name != QLatin1String("*"))
                    info.locals.insert(a.asName.isEmpty() ? a.name : a.asName);
            break;
        case StmtKind::Global:
            for (const QString &n : s->identifiers)
                info.globals.insert(n);
            break;
        case StmtKind::Nonlocal:
            for (const QString &n : s->identifiers)
                info.nonlocals.insert(n);
            break;
        case StmtKind::Try:
            for (const ExceptHandler &h : s->handlers) {
                if (!h.name.isEmpty())
                    info.locals.insert(h.name);
                collectBlock(h.body, info);
            }
            break;
        default:
            break;
        }
        collectBlock(s->body, info);
        collectBlock(s->orelse, info);
        collectBlock(s->finalbody, info);
    }
}

std::shared_ptr<ScopeInfo> computeScope(const Parameters &params, const Block &body)
{
    auto info = std::make_shared<ScopeInfo>();
    for (const Parameter &p : params.positional)
        info->locals.insert(p.name);
    for (const Parameter &p : params.keywordOnly)
        info->locals.insert(p.name);
    if (params.hasVarArgs)
        info->locals.insert(params.varArgs.name);
    if (params.hasVarKwargs)
        info->locals.insert(params.varKwargs.name);
    collectBlock(body, *info);
    for (const QString &n : std::as_const(info->globals))
        info->locals.remove(n);
    for (const QString &n : std::as_const(info->nonlocals))
        info->locals.remove(n);
    return info;
}

} // namespace retort::python
