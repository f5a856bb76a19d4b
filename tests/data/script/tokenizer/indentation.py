def f():
    if a:
        b = 1
            # a comment indented deeper
    # a comment at another level

        c = 2
    else:
	    d = 3
    
    while x:
        pass
        # trailing comment
def g():
  return [
1,
      2,
   3]
class K:
    def m(self):
        if self:
            if self:
                return 1
    x = 2
if a: b = 1; c = 2
