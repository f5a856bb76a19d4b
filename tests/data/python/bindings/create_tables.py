from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = 'b2'
down_revision = '5da26663eaa1'

STATUS = ('draft', 'active')


def upgrade():
    status = postgresql.ENUM(*STATUS, name='order_status', create_type=False)
    status.create(op.get_bind(), checkfirst=True)
    products = op.create_table(
        'products',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('name', sa.String(255), nullable=False, comment='display name'),
        sa.Column('price', sa.Numeric(10, 2), nullable=False, server_default='0'),
        sa.Column('company_id', sa.Integer(), sa.ForeignKey('companies.id', ondelete='CASCADE'), nullable=False),
        sa.Column('status', status, nullable=True),
        sa.Column('tags', postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column('data', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb")),
        sa.Column('seq', sa.BigInteger(), sa.Identity(always=True, start=10)),
        sa.Column('total', sa.Numeric(), sa.Computed('price * 2')),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name='fk_company'),
        sa.UniqueConstraint('name', 'company_id', name='uq_name_company'),
        sa.CheckConstraint('price >= 0', name='ck_price'),
        sa.Index('ix_products_lower_name', sa.text('lower(name)')),
        schema='shop',
        comment='all products',
    )
    op.bulk_insert(products, [
        {'id': 1, 'name': 'Widget', 'price': 9.5, 'company_id': 1},
        {'id': 2, 'name': "O'Brien", 'price': 0, 'company_id': 1},
    ])
    op.create_foreign_key('fk_orders_user_id', 'orders', 'users', ['user_id'], ['id'], ondelete='SET NULL')
    op.create_unique_constraint('uq_users_email', 'users', ['email'])
    op.create_check_constraint('ck_qty', 'order_items', sa.column('quantity') > 0)
    op.create_index('ix_active', 'users', ['email'], postgresql_where=sa.text('active'), sqlite_where=sa.text('active'))
    op.alter_column('users', 'name', new_column_name='full_name', existing_type=sa.String(100),
                    server_default=None, comment=None, type_=sa.String(200))
    op.rename_table('users_new', 'users2')
    op.drop_constraint('fk_orders_user_id', 'orders', type_='foreignkey')
    op.create_table_comment('users', 'people')
    op.execute(sa.text("UPDATE users SET status = :s WHERE id = :i").bindparams(s='x', i=3))
    op.execute(sa.table('users', sa.column('email')).insert().values(email='a@b.c'))
    op.execute(sa.schema.CreateSequence(sa.Sequence('order_seq', start=100)))
    if op.get_context().dialect.name == 'postgresql':
        op.execute('SELECT 1')
    else:
        print('not postgresql:', op.get_context().dialect.name)


def downgrade():
    op.drop_table('products', schema='shop')
