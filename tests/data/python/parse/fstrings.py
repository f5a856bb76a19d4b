name = "world"
width = 10
values = {'key': 3}
print(f"hello {name}")
print(f'{name!r} {name!s} {name!a}')
print(f"{values['key']:05d}")
print(f"{3.14159:.{2}f}|{name:^{width}}|")
print(F"{'nested'}" f'{"quotes"}' "plain")
print(f"""multi
line {name}
""")
print(rf"raw \d {name}")
print(f"{name = }", f"{width=:>5}")
print(f"{{}}" f"{1 + 2}" f"{'a' if width else 'b'}")
print(f"{(lambda x: x)(1)}")
sql = (
    f"PRAGMA table_info({name})"
)
