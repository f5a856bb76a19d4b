def f():
    pass



