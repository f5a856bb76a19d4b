"""sqlmodel.sql.sqltypes.AutoString: String whose length defaults to 255 on MySQL only."""
from sqlalchemy import types


class AutoString(types.TypeDecorator):
    impl = types.String
    cache_ok = True
    mysql_default_length = 255

    def load_dialect_impl(self, dialect):
        if self.impl.length is None and dialect.name in ("mysql", "mariadb"):
            return dialect.type_descriptor(types.String(self.mysql_default_length))
        return super().load_dialect_impl(dialect)
