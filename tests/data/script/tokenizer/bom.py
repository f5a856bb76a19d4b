"""doc with a BOM"""
x = 1
