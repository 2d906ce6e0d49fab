# A compile error of an early statement waits for the rest of the source to parse: a
# syntax error further down is the one reported (as when the whole file is parsed first).
for src in ["return 1\nx = 1 +\n", "return 1\nx = 1\n", "x = 1 +\nreturn 1\n",
            "def f():\n    nonlocal q\nx = 1 +\n", "yield 2\nwhile True:\n  pass\n"]:
    try:
        compile(src, "s", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.args[0])
# statements compile one at a time, but names, constants and code are shared by the module
src = "\n".join("v%d = %d * 2" % (i, i) for i in range(300)) + "\nr = v299 + v0\n"
g = {}
exec(src, g)
print(g["r"], len([k for k in g if k.startswith("v")]))
long_line = "t = [" + ", ".join(str(i) for i in range(2000)) + "]\n"
g = {}
exec(long_line + 's = """a\nb"""\n', g)
print(sum(g["t"]), g["s"])
