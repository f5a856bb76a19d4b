// The batch_alter_table cases of tests/data/sql/oracle.py as C++ values.
#include "sqlcases.h"

#include "opbuilders.h"

namespace retort::test {

namespace {

Operation batchOp(BatchAlterTable b)
{
    for (Operation &op : b.ops) {
        std::visit([&b](auto &o) {
            if constexpr (requires { o.table; o.schema; }) {
                if constexpr (std::is_same_v<std::decay_t<decltype(o.table)>, QString>) {
                    o.table = b.table;
                    o.schema = b.schema;
                }
            }
        }, op.op);
        if (op.is<CreateIndex>()) {
            op.as<CreateIndex>().index.table = b.table;
            op.as<CreateIndex>().index.schema = b.schema;
        }
    }
    return Operation(std::move(b));
}

QList<Operation> batchCopyFrom()
{
    BatchAlterTable b;
    b.table = QStringLiteral("account");
    b.copyFrom = Table("account", {pk(C("id", T(K::Integer))), C("email", Str(100)), C("old", T(K::Integer))});
    AlterColumn a = Alter({}, "email");
    a.nullable = false;
    a.existingType = Str(100);
    b.ops.push_back(a);
    b.ops.push_back(Drop({}, "old"));
    b.ops.push_back(Add({}, withDefault(C("n", T(K::Integer)), slit("5"))));
    b.ops.push_back(CreateIndex{Idx("ix_account_email", {}, {"email"})});
    return {batchOp(b)};
}

QList<Operation> batchCopyFromRename()
{
    BatchAlterTable b;
    b.table = QStringLiteral("account");
    TableDef t = Table("account", {pk(C("id", T(K::Integer))), notNull(C("name", Str(50))), C("email", Str(100)),
                                   withDefault(C("age", T(K::Integer)), slit("0")),
                                   withFk(C("owner_id", T(K::Integer)), "owner.id"), C("nick", Str(20))});
    t.constraints << Check("ck_age", txt("age >= 0")) << Unique("uq_account_email", {"email"});
    t.indexes << Idx("ix_account_name", {}, {"name"});
    b.copyFrom = t;
    AlterColumn a = Alter({}, "email");
    a.nullable = false;
    b.ops.push_back(a);
    AlterColumn r = Alter({}, "name");
    r.newColumnName = QStringLiteral("full_name");
    r.type = Str(120);
    b.ops.push_back(r);
    b.ops.push_back(Drop({}, "nick"));
    b.ops.push_back(Cc({}, Unique("uq_account_age", {"age"})));
    Constraint fk = Fk("fk_account_owner", {"owner_id"}, "owner", {"id"});
    fk.fk.onDelete = QStringLiteral("CASCADE");
    b.ops.push_back(Cc({}, fk));
    b.ops.push_back(CreateIndex{Idx("ix_account_age", {}, {"age"})});
    return {batchOp(b)};
}

QList<Operation> batchCastAndOrder()
{
    BatchAlterTable b;
    b.table = QStringLiteral("acct");
    b.recreate = BatchAlterTable::Recreate::Always;
    b.copyFrom = Table("acct", {pk(C("id", T(K::Integer))), C("n", Str(10)), C("flag", Bool(true, "ck_flag"))});
    AlterColumn a = Alter({}, "n");
    a.type = T(K::Integer);
    a.existingType = Str(10);
    b.ops.push_back(a);
    AddColumn first = Add({}, C("first", T(K::Integer)));
    first.insertBefore = QStringLiteral("id");
    b.ops.push_back(first);
    AddColumn mid = Add({}, C("mid", T(K::Text)));
    mid.insertAfter = QStringLiteral("n");
    b.ops.push_back(mid);
    return {batchOp(b)};
}

QList<Operation> batchAddOnly()
{
    BatchAlterTable b;
    b.table = QStringLiteral("account");
    b.ops.push_back(Add({}, C("nick", Str(20))));
    b.ops.push_back(CreateIndex{Idx("ix_nick", {}, {"nick"})});
    return {batchOp(b)};
}

QList<Operation> batchNoCopyFrom()
{
    BatchAlterTable b;
    b.table = QStringLiteral("account");
    AlterColumn a = Alter({}, "email");
    a.nullable = false;
    b.ops.push_back(a);
    return {batchOp(b)};
}

QList<Operation> batchNever()
{
    BatchAlterTable b;
    b.table = QStringLiteral("account");
    b.recreate = BatchAlterTable::Recreate::Never;
    AlterColumn a = Alter({}, "email");
    a.nullable = false;
    b.ops.push_back(a);
    b.ops.push_back(Drop({}, "x"));
    return {batchOp(b)};
}

QList<Operation> batchInsertBeforeAlter()
{
    BatchAlterTable b;
    b.table = QStringLiteral("account");
    AddColumn first = Add({}, C("first", T(K::Integer)));
    first.insertBefore = QStringLiteral("id");
    b.ops.push_back(first);
    return {batchOp(b)};
}

} // namespace

QMap<QString, std::function<QList<Operation>()>> batchSqlCases()
{
    return {
        {"batch_copy_from", batchCopyFrom},
        {"batch_copy_from_rename", batchCopyFromRename},
        {"batch_cast_and_order", batchCastAndOrder},
        {"batch_add_only", batchAddOnly},
        {"batch_no_copy_from", batchNoCopyFrom},
        {"batch_never", batchNever},
        {"batch_insert_before_alter", batchInsertBeforeAlter},
    };
}

} // namespace retort::test
