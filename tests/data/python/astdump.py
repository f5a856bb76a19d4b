"""Dump a Python file's syntax tree in the text form of retort::python::dumpModule.

Usage: python3 astdump.py FILE
The C++ side is src/engine/python/astdump.cpp; both must stay in step.
"""
import ast
import sys

BINOPS = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.Div: '/', ast.FloorDiv: '//', ast.Mod: '%',
          ast.Pow: '**', ast.LShift: '<<', ast.RShift: '>>', ast.BitOr: '|', ast.BitXor: '^',
          ast.BitAnd: '&', ast.MatMult: '@'}
UNARY = {ast.UAdd: '+', ast.USub: '-', ast.Not: 'not', ast.Invert: '~'}
CMP = {ast.Eq: '==', ast.NotEq: '!=', ast.Lt: '<', ast.LtE: '<=', ast.Gt: '>', ast.GtE: '>=',
       ast.Is: 'is', ast.IsNot: 'is not', ast.In: 'in', ast.NotIn: 'not in'}


class Dumper:
    def __init__(self):
        self.no_lines = False

    def head(self, kind, node):
        return kind if self.no_lines else '%s@%d' % (kind, node.lineno)

    def exprs(self, nodes):
        return '[' + ', '.join(self.opt(n) for n in nodes) + ']'

    def block(self, stmts):
        return '[' + ', '.join(self.stmt(s) for s in stmts) + ']'

    def opt(self, node):
        return 'None' if node is None else self.expr(node)

    def params(self, a):
        def one(arg, default=None):
            s = arg.arg
            if arg.annotation is not None:
                s += ':' + self.expr(arg.annotation)
            if default is not None:
                s += '=' + self.expr(default)
            return s
        allpos = a.posonlyargs + a.args
        defaults = [None] * (len(allpos) - len(a.defaults)) + a.defaults
        posonly = [one(p, d) for p, d in zip(allpos, defaults)][:len(a.posonlyargs)]
        pos = [one(p, d) for p, d in zip(allpos, defaults)][len(a.posonlyargs):]
        kwonly = [one(p, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)]
        return 'args([%s], [%s], %s, [%s], %s)' % (
            ', '.join(posonly), ', '.join(pos),
            '*' + one(a.vararg) if a.vararg else 'None', ', '.join(kwonly),
            '**' + one(a.kwarg) if a.kwarg else 'None')

    def expr(self, e):
        h = lambda kind: self.head(kind, e)
        if isinstance(e, ast.Name):
            return '%s(%s)' % (h('Name'), e.id)
        if isinstance(e, ast.Constant):
            v = e.value
            if v is None or v is True or v is False:
                s = repr(v)
            elif v is Ellipsis:
                s = 'Ellipsis'
            elif isinstance(v, int):
                s = 'int:%d' % v
            elif isinstance(v, float):
                s = 'float:' + repr(v)
            elif isinstance(v, str):
                s = 'str:' + repr(v)
            elif isinstance(v, bytes):
                s = 'bytes:' + repr(v)
            else:
                s = repr(v)
            return '%s(%s)' % (h('Constant'), s)
        if isinstance(e, ast.JoinedStr):
            hd = h('JoinedStr')
            saved = self.no_lines
            self.no_lines = True
            out = '%s(%s)' % (hd, self.exprs(e.values))
            self.no_lines = saved
            return out
        if isinstance(e, ast.FormattedValue):
            conv = 'None' if e.conversion == -1 else chr(e.conversion)
            return 'FormattedValue(%s, %s, %s)' % (self.expr(e.value), conv, self.opt(e.format_spec))
        if isinstance(e, ast.BinOp):
            return '%s(%s, %s, %s)' % (h('BinOp'), BINOPS[type(e.op)], self.expr(e.left), self.expr(e.right))
        if isinstance(e, ast.UnaryOp):
            return '%s(%s, %s)' % (h('UnaryOp'), UNARY[type(e.op)], self.expr(e.operand))
        if isinstance(e, ast.BoolOp):
            return '%s(%s, %s)' % (h('BoolOp'), 'and' if isinstance(e.op, ast.And) else 'or', self.exprs(e.values))
        if isinstance(e, ast.Compare):
            return '%s(%s, [%s], %s)' % (h('Compare'), self.expr(e.left),
                                         ', '.join(CMP[type(o)] for o in e.ops), self.exprs(e.comparators))
        if isinstance(e, ast.IfExp):
            return '%s(%s, %s, %s)' % (h('IfExp'), self.expr(e.test), self.expr(e.body), self.expr(e.orelse))
        if isinstance(e, ast.Lambda):
            return '%s(%s, %s)' % (h('Lambda'), self.params(e.args), self.expr(e.body))
        if isinstance(e, ast.Call):
            kws = [('**' if k.arg is None else k.arg + '=') + self.expr(k.value) for k in e.keywords]
            return '%s(%s, %s, [%s])' % (h('Call'), self.expr(e.func), self.exprs(e.args), ', '.join(kws))
        if isinstance(e, ast.Attribute):
            return '%s(%s, %s)' % (h('Attribute'), self.expr(e.value), e.attr)
        if isinstance(e, ast.Subscript):
            return '%s(%s, %s)' % (h('Subscript'), self.expr(e.value), self.expr(e.slice))
        if isinstance(e, ast.Slice):
            return 'Slice(%s, %s, %s)' % (self.opt(e.lower), self.opt(e.upper), self.opt(e.step))
        if isinstance(e, (ast.List, ast.Tuple, ast.Set)):
            return '%s(%s)' % (h(type(e).__name__), self.exprs(e.elts))
        if isinstance(e, ast.Dict):
            parts = [('**' if k is None else self.expr(k)) + ': ' + self.expr(v) for k, v in zip(e.keys, e.values)]
            return '%s([%s])' % (h('Dict'), ', '.join(parts))
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            gens = ['comprehension(%s, %s, %s)' % (self.expr(g.target), self.expr(g.iter), self.exprs(g.ifs))
                    for g in e.generators]
            elt = self.expr(e.key) + ', ' + self.expr(e.value) if isinstance(e, ast.DictComp) else self.expr(e.elt)
            return '%s(%s, [%s])' % (h(type(e).__name__), elt, ', '.join(gens))
        if isinstance(e, ast.Starred):
            return '%s(%s)' % (h('Starred'), self.expr(e.value))
        raise SystemExit('unsupported expression ' + type(e).__name__)

    def stmt(self, s):
        h = lambda kind: self.head(kind, s)
        if isinstance(s, ast.Expr):
            return '%s(%s)' % (h('Expr'), self.expr(s.value))
        if isinstance(s, ast.Assign):
            return '%s(%s, %s)' % (h('Assign'), self.exprs(s.targets), self.expr(s.value))
        if isinstance(s, ast.AugAssign):
            return '%s(%s, %s, %s)' % (h('AugAssign'), self.expr(s.target), BINOPS[type(s.op)], self.expr(s.value))
        if isinstance(s, ast.AnnAssign):
            return '%s(%s, %s, %s)' % (h('AnnAssign'), self.expr(s.target), self.expr(s.annotation), self.opt(s.value))
        if isinstance(s, ast.FunctionDef):
            return '%s(%s, %s, %s, %s, %s)' % (h('FunctionDef'), s.name, self.params(s.args), self.block(s.body),
                                               self.exprs(s.decorator_list), self.opt(s.returns))
        if isinstance(s, ast.ClassDef):
            return '%s(%s, %s, %s, %s)' % (h('ClassDef'), s.name, self.exprs(s.bases), self.block(s.body),
                                           self.exprs(s.decorator_list))
        if isinstance(s, ast.Return):
            return '%s(%s)' % (h('Return'), self.opt(s.value))
        if isinstance(s, ast.Delete):
            return '%s(%s)' % (h('Delete'), self.exprs(s.targets))
        if isinstance(s, ast.If):
            return '%s(%s, %s, %s)' % (h('If'), self.expr(s.test), self.block(s.body), self.block(s.orelse))
        if isinstance(s, ast.For):
            return '%s(%s, %s, %s, %s)' % (h('For'), self.expr(s.target), self.expr(s.iter), self.block(s.body),
                                           self.block(s.orelse))
        if isinstance(s, ast.While):
            return '%s(%s, %s, %s)' % (h('While'), self.expr(s.test), self.block(s.body), self.block(s.orelse))
        if isinstance(s, (ast.Break, ast.Continue, ast.Pass)):
            return h(type(s).__name__)
        if isinstance(s, ast.Try):
            hs = ['%s(%s, %s, %s)' % (self.head('ExceptHandler', x), self.opt(x.type), x.name or 'None',
                                      self.block(x.body)) for x in s.handlers]
            return '%s(%s, [%s], %s, %s)' % (h('Try'), self.block(s.body), ', '.join(hs), self.block(s.orelse),
                                             self.block(s.finalbody))
        if isinstance(s, ast.Raise):
            return '%s(%s, %s)' % (h('Raise'), self.opt(s.exc), self.opt(s.cause))
        if isinstance(s, ast.Assert):
            return '%s(%s, %s)' % (h('Assert'), self.expr(s.test), self.opt(s.msg))
        if isinstance(s, ast.With):
            items = ['withitem(%s, %s)' % (self.expr(i.context_expr), self.opt(i.optional_vars)) for i in s.items]
            return '%s([%s], %s)' % (h('With'), ', '.join(items), self.block(s.body))
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            names = ', '.join('alias(%s, %s)' % (a.name, a.asname or 'None') for a in s.names)
            if isinstance(s, ast.Import):
                return '%s([%s])' % (h('Import'), names)
            return '%s(%s, [%s], %d)' % (h('ImportFrom'), s.module or 'None', names, s.level)
        if isinstance(s, (ast.Global, ast.Nonlocal)):
            return '%s([%s])' % (h(type(s).__name__), ', '.join(s.names))
        raise SystemExit('unsupported statement ' + type(s).__name__)


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        tree = ast.parse(f.read(), sys.argv[1])
    d = Dumper()
    sys.stdout.write(''.join(d.stmt(s) + '\n' for s in tree.body))


if __name__ == '__main__':
    main()
