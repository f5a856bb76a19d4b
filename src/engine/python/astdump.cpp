#include "python/format.h"
#include "python/parser.h"

#include <QStringList>

namespace retort::python {

// The text form mirrored by tests/data/python/astdump.py (from Python's own ast module):
// Kind@line(field, ...), lists in [...], strings as Python repr. Nodes inside f-strings are
// dumped without lines (Python 3.11 gets them wrong for multi-line literals).

namespace {

class Dumper {
public:
    QString expr(const ExprPtr &e);
    QString stmt(const StmtPtr &s);

private:
    QString block(const Block &b);
    QString exprs(const QList<ExprPtr> &list);
    QString params(const Parameters &p);
    QString opt(const ExprPtr &e) { return e ? expr(e) : QStringLiteral("None"); }
    QString head(const QString &kind, int line) const
    {
        return m_noLines ? kind : QStringLiteral("%1@%2").arg(kind).arg(line);
    }
    bool m_noLines = false;
};

QString Dumper::exprs(const QList<ExprPtr> &list)
{
    QStringList parts;
    for (const ExprPtr &e : list)
        parts << opt(e);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString Dumper::block(const Block &b)
{
    QStringList parts;
    for (const StmtPtr &s : b)
        parts << stmt(s);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString Dumper::params(const Parameters &p)
{
    auto one = [this](const Parameter &par) {
        QString s = par.name;
        if (par.annotation)
            s += QLatin1Char(':') + expr(par.annotation);
        if (par.defaultValue)
            s += QLatin1Char('=') + expr(par.defaultValue);
        return s;
    };
    QStringList pos;
    QStringList posOnly;
    for (int i = 0; i < p.positional.size(); ++i)
        (i < p.positionalOnly ? posOnly : pos) << one(p.positional.at(i));
    QStringList kwOnly;
    for (const Parameter &par : p.keywordOnly)
        kwOnly << one(par);
    return QStringLiteral("args([%1], [%2], %3, [%4], %5)")
        .arg(posOnly.join(QStringLiteral(", ")), pos.join(QStringLiteral(", ")),
             p.hasVarArgs ? QLatin1Char('*') + one(p.varArgs) : QStringLiteral("None"),
             kwOnly.join(QStringLiteral(", ")),
             p.hasVarKwargs ? QStringLiteral("**") + one(p.varKwargs) : QStringLiteral("None"));
}

QString Dumper::expr(const ExprPtr &e)
{
    const int l = e->line;
    switch (e->kind) {
    case ExprKind::Name:
        return head(QStringLiteral("Name"), l) + QLatin1Char('(') + e->name + QLatin1Char(')');
    case ExprKind::Constant: {
        QString v;
        switch (e->constKind) {
        case ConstKind::None: v = QStringLiteral("None"); break;
        case ConstKind::True: v = QStringLiteral("True"); break;
        case ConstKind::False: v = QStringLiteral("False"); break;
        case ConstKind::Ellipsis: v = QStringLiteral("Ellipsis"); break;
        case ConstKind::Int: v = QStringLiteral("int:") + QString::number(e->intValue); break;
        case ConstKind::Float: v = QStringLiteral("float:") + floatRepr(e->floatValue); break;
        case ConstKind::Str: v = QStringLiteral("str:") + stringRepr(e->strValue); break;
        case ConstKind::Bytes: v = QStringLiteral("bytes:") + bytesRepr(e->bytesValue); break;
        }
        return head(QStringLiteral("Constant"), l) + QLatin1Char('(') + v + QLatin1Char(')');
    }
    case ExprKind::JoinedStr: {
        const bool saved = m_noLines;
        const QString h = head(QStringLiteral("JoinedStr"), l);
        m_noLines = true;
        const QString out = h + QLatin1Char('(') + exprs(e->items) + QLatin1Char(')');
        m_noLines = saved;
        return out;
    }
    case ExprKind::FormattedValue:
        return QStringLiteral("FormattedValue(%1, %2, %3)")
            .arg(expr(e->a), e->conversion.isNull() ? QStringLiteral("None") : QString(e->conversion), opt(e->c));
    case ExprKind::BinOp:
        return head(QStringLiteral("BinOp"), l) + QStringLiteral("(%1, %2, %3)").arg(e->name, expr(e->a), expr(e->b));
    case ExprKind::UnaryOp:
        return head(QStringLiteral("UnaryOp"), l) + QStringLiteral("(%1, %2)").arg(e->name, expr(e->a));
    case ExprKind::BoolOp:
        return head(QStringLiteral("BoolOp"), l) + QStringLiteral("(%1, %2)").arg(e->name, exprs(e->items));
    case ExprKind::Compare:
        return head(QStringLiteral("Compare"), l)
               + QStringLiteral("(%1, [%2], %3)").arg(expr(e->a), e->ops.join(QStringLiteral(", ")), exprs(e->items));
    case ExprKind::IfExp:
        return head(QStringLiteral("IfExp"), l) + QStringLiteral("(%1, %2, %3)").arg(expr(e->a), expr(e->b), expr(e->c));
    case ExprKind::Lambda:
        return head(QStringLiteral("Lambda"), l) + QStringLiteral("(%1, %2)").arg(params(*e->params), expr(e->a));
    case ExprKind::Call: {
        QStringList kws;
        for (const Keyword &k : e->keywords)
            kws << (k.name.isEmpty() ? QStringLiteral("**") : k.name + QLatin1Char('=')) + expr(k.value);
        return head(QStringLiteral("Call"), l)
               + QStringLiteral("(%1, %2, [%3])").arg(expr(e->a), exprs(e->items), kws.join(QStringLiteral(", ")));
    }
    case ExprKind::Attribute:
        return head(QStringLiteral("Attribute"), l) + QStringLiteral("(%1, %2)").arg(expr(e->a), e->name);
    case ExprKind::Subscript:
        return head(QStringLiteral("Subscript"), l) + QStringLiteral("(%1, %2)").arg(expr(e->a), expr(e->b));
    case ExprKind::Slice:
        return QStringLiteral("Slice(%1, %2, %3)").arg(opt(e->a), opt(e->b), opt(e->c));
    case ExprKind::List:
        return head(QStringLiteral("List"), l) + QLatin1Char('(') + exprs(e->items) + QLatin1Char(')');
    case ExprKind::Tuple:
        return head(QStringLiteral("Tuple"), l) + QLatin1Char('(') + exprs(e->items) + QLatin1Char(')');
    case ExprKind::Set:
        return head(QStringLiteral("Set"), l) + QLatin1Char('(') + exprs(e->items) + QLatin1Char(')');
    case ExprKind::Dict: {
        QStringList parts;
        for (int i = 0; i < e->items.size(); ++i)
            parts << (e->items.at(i) ? expr(e->items.at(i)) : QStringLiteral("**")) + QStringLiteral(": ")
                         + expr(e->values.at(i));
        return head(QStringLiteral("Dict"), l) + QStringLiteral("([%1])").arg(parts.join(QStringLiteral(", ")));
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: {
        QStringList gens;
        for (const Comprehension &c : e->generators)
            gens << QStringLiteral("comprehension(%1, %2, %3)").arg(expr(c.target), expr(c.iter), exprs(c.ifs));
        const QString kind = e->kind == ExprKind::ListComp   ? QStringLiteral("ListComp")
                             : e->kind == ExprKind::SetComp  ? QStringLiteral("SetComp")
                             : e->kind == ExprKind::DictComp ? QStringLiteral("DictComp")
                                                             : QStringLiteral("GeneratorExp");
        QString elt = expr(e->a);
        if (e->kind == ExprKind::DictComp)
            elt += QStringLiteral(", ") + expr(e->b);
        return head(kind, l) + QStringLiteral("(%1, [%2])").arg(elt, gens.join(QStringLiteral(", ")));
    }
    case ExprKind::Starred:
        return head(QStringLiteral("Starred"), l) + QLatin1Char('(') + expr(e->a) + QLatin1Char(')');
    }
    return {};
}

QString Dumper::stmt(const StmtPtr &s)
{
    const int l = s->line;
    switch (s->kind) {
    case StmtKind::Expr:
        return head(QStringLiteral("Expr"), l) + QLatin1Char('(') + expr(s->value) + QLatin1Char(')');
    case StmtKind::Assign:
        return head(QStringLiteral("Assign"), l) + QStringLiteral("(%1, %2)").arg(exprs(s->targets), expr(s->value));
    case StmtKind::AugAssign:
        return head(QStringLiteral("AugAssign"), l) + QStringLiteral("(%1, %2, %3)").arg(expr(s->target), s->op, expr(s->value));
    case StmtKind::AnnAssign:
        return head(QStringLiteral("AnnAssign"), l)
               + QStringLiteral("(%1, %2, %3)").arg(expr(s->target), expr(s->annotation), opt(s->value));
    case StmtKind::FunctionDef:
        return head(QStringLiteral("FunctionDef"), l)
               + QStringLiteral("(%1, %2, %3, %4, %5)")
                     .arg(s->name, params(*s->params), block(s->body), exprs(s->decorators), opt(s->returns));
    case StmtKind::ClassDef:
        return head(QStringLiteral("ClassDef"), l)
               + QStringLiteral("(%1, %2, %3, %4)").arg(s->name, exprs(s->bases), block(s->body), exprs(s->decorators));
    case StmtKind::Return:
        return head(QStringLiteral("Return"), l) + QLatin1Char('(') + opt(s->value) + QLatin1Char(')');
    case StmtKind::Delete:
        return head(QStringLiteral("Delete"), l) + QLatin1Char('(') + exprs(s->targets) + QLatin1Char(')');
    case StmtKind::If:
        return head(QStringLiteral("If"), l) + QStringLiteral("(%1, %2, %3)").arg(expr(s->test), block(s->body), block(s->orelse));
    case StmtKind::For:
        return head(QStringLiteral("For"), l)
               + QStringLiteral("(%1, %2, %3, %4)").arg(expr(s->target), expr(s->test), block(s->body), block(s->orelse));
    case StmtKind::While:
        return head(QStringLiteral("While"), l) + QStringLiteral("(%1, %2, %3)").arg(expr(s->test), block(s->body), block(s->orelse));
    case StmtKind::Break:
        return head(QStringLiteral("Break"), l);
    case StmtKind::Continue:
        return head(QStringLiteral("Continue"), l);
    case StmtKind::Pass:
        return head(QStringLiteral("Pass"), l);
    case StmtKind::Try: {
        QStringList hs;
        for (const ExceptHandler &h : s->handlers)
            hs << head(QStringLiteral("ExceptHandler"), h.line)
                      + QStringLiteral("(%1, %2, %3)").arg(opt(h.type), h.name.isEmpty() ? QStringLiteral("None") : h.name, block(h.body));
        return head(QStringLiteral("Try"), l)
               + QStringLiteral("(%1, [%2], %3, %4)").arg(block(s->body), hs.join(QStringLiteral(", ")), block(s->orelse), block(s->finalbody));
    }
    case StmtKind::Raise:
        return head(QStringLiteral("Raise"), l) + QStringLiteral("(%1, %2)").arg(opt(s->value), opt(s->target));
    case StmtKind::Assert:
        return head(QStringLiteral("Assert"), l) + QStringLiteral("(%1, %2)").arg(expr(s->test), opt(s->value));
    case StmtKind::With: {
        QStringList items;
        for (const WithItem &i : s->items)
            items << QStringLiteral("withitem(%1, %2)").arg(expr(i.context), opt(i.target));
        return head(QStringLiteral("With"), l) + QStringLiteral("([%1], %2)").arg(items.join(QStringLiteral(", ")), block(s->body));
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
        QStringList names;
        for (const ImportAlias &a : s->names)
            names << QStringLiteral("alias(%1, %2)").arg(a.name, a.asName.isEmpty() ? QStringLiteral("None") : a.asName);
        if (s->kind == StmtKind::Import)
            return head(QStringLiteral("Import"), l) + QStringLiteral("([%1])").arg(names.join(QStringLiteral(", ")));
        return head(QStringLiteral("ImportFrom"), l)
               + QStringLiteral("(%1, [%2], %3)").arg(s->name.isEmpty() ? QStringLiteral("None") : s->name,
                                                     names.join(QStringLiteral(", "))).arg(s->level);
    }
    case StmtKind::Global:
        return head(QStringLiteral("Global"), l) + QStringLiteral("([%1])").arg(s->identifiers.join(QStringLiteral(", ")));
    case StmtKind::Nonlocal:
        return head(QStringLiteral("Nonlocal"), l) + QStringLiteral("([%1])").arg(s->identifiers.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

QString dumpModule(const Module &module)
{
    Dumper d;
    QString out;
    for (const StmtPtr &s : module.body)
        out += d.stmt(s) + QLatin1Char('\n');
    return out;
}

QString dumpExpr(const Expr &expr)
{
    Dumper d;
    return d.expr(std::make_shared<Expr>(expr));
}

} // namespace retort::python
