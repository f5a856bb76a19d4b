#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Copyright notice

"""docstring after comments — ünïcödé

Revision ID: aaaaaaaaaaa3
"""
revision = 'aaaaaaaaaaa3'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
