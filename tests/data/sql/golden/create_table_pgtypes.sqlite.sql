!! sqlalchemy.exc.CompileError: (in table 'pgonly', column 'jb'): Compiler <sqlalchemy.dialects.sqlite.base.SQLiteTypeCompiler object at 0x7fd2eff16d90> can't render element of type JSONB
