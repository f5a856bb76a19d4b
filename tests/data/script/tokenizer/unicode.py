"""Ünïcödé docstring — with dashes “quotes”"""
café = 'héllo wörld'
名前 = "日本語"
Ωmega_1 = café + 名前  # コメント
