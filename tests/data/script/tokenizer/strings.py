# every quoting style and prefix
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = r'raw \d' + R"RAW \w" + u'uni' + U"UNI"
f = b'bytes' + B"BYTES" + br'\x00' + Br"x" + bR'y' + BR"z" + rb'\n' + Rb"q" + rB'w' + RB"e"
g = f'{a}' + F"{b!r}" + fr'{c}\d' + Fr"x" + fR'y' + FR"z" + rf'{d}' + Rf"q" + rF'w' + RF"e"
h = '' + "" + '''''' + """"""
i = 'it\'s' + "say \"hi\"" + '\\' + "\\\\" + 'a\tb\nc'
j = """spans
several
   lines with 'quotes' and "quotes" and \""" escaped
"""
k = '''also
spans'''; l = 1
m = 'continued \
string'
n = "adjacent" 'strings' """joined"""
o = '# not a comment' # but this is
p = ("implicit"
     "concatenation"
     'in brackets')
q = '\x41\101\u00e9\U0001F600\N{EN DASH}\a\b\f\v\r\0'
r = b'\x00\xff\101'
s = rb'\'' + r"\"" + r'\\'
t = """a""" """b"""
u = ur = 'x'
v = bu = 1
