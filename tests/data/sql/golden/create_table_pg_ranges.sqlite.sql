!! sqlalchemy.exc.CompileError: (in table 'pgranges', column 'i4'): Compiler <sqlalchemy.dialects.sqlite.base.SQLiteTypeCompiler object at 0x7f192f791310> can't render element of type INT4RANGE
