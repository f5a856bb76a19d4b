#include "ops/operation.h"

namespace retort::ops {

namespace {

struct NameOf {
    QString operator()(const CreateTable &) const { return QStringLiteral("create_table"); }
    QString operator()(const DropTable &) const { return QStringLiteral("drop_table"); }
    QString operator()(const RenameTable &) const { return QStringLiteral("rename_table"); }
    QString operator()(const AddColumn &) const { return QStringLiteral("add_column"); }
    QString operator()(const DropColumn &) const { return QStringLiteral("drop_column"); }
    QString operator()(const AlterColumn &) const { return QStringLiteral("alter_column"); }
    QString operator()(const CreateIndex &) const { return QStringLiteral("create_index"); }
    QString operator()(const DropIndex &) const { return QStringLiteral("drop_index"); }
    QString operator()(const CreateConstraint &c) const
    {
        switch (c.constraint.kind) {
        case Constraint::Kind::PrimaryKey: return QStringLiteral("create_primary_key");
        case Constraint::Kind::Unique: return QStringLiteral("create_unique_constraint");
        case Constraint::Kind::ForeignKey: return QStringLiteral("create_foreign_key");
        case Constraint::Kind::Check: return QStringLiteral("create_check_constraint");
        case Constraint::Kind::Exclude: return QStringLiteral("create_exclude_constraint");
        }
        return {};
    }
    QString operator()(const DropConstraint &) const { return QStringLiteral("drop_constraint"); }
    QString operator()(const CreateTableComment &) const { return QStringLiteral("create_table_comment"); }
    QString operator()(const DropTableComment &) const { return QStringLiteral("drop_table_comment"); }
    QString operator()(const Execute &) const { return QStringLiteral("execute"); }
    QString operator()(const BulkInsert &) const { return QStringLiteral("bulk_insert"); }
    QString operator()(const CreateEnumType &) const { return QStringLiteral("create"); }
    QString operator()(const DropEnumType &) const { return QStringLiteral("drop"); }
    QString operator()(const CreateSequence &) const { return QStringLiteral("CreateSequence"); }
    QString operator()(const DropSequence &) const { return QStringLiteral("DropSequence"); }
    QString operator()(const BatchAlterTable &) const { return QStringLiteral("batch_alter_table"); }
    QString operator()(const AutocommitBegin &) const { return QStringLiteral("autocommit_block"); }
    QString operator()(const AutocommitEnd &) const { return QStringLiteral("autocommit_block"); }
};

} // namespace

QString Operation::name() const
{
    return std::visit(NameOf{}, op);
}

} // namespace retort::ops
