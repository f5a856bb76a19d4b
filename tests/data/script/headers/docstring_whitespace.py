"""

    leading blank lines and spaces
   	
still the first paragraph (the line above holds spaces)

second paragraph   	

"""
revision = '777777777777'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
