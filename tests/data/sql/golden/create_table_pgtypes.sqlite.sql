!! CompileError: (in table 'pgonly', column 'jb'): Compiler <sqlalchemy.dialects.sqlite.base.SQLiteTypeCompiler object at 0x7f72a6959c50> can't render element of type JSONB
