# re works on bytes patterns and subjects too; a bytearray subject gives bytes pieces;
# a two-digit group reference in a template is one reference.
import re

print(re.match(rb"a+?", b"aab").group(0))
print(re.search(b"o+", b"foobar").span())
print(re.compile(b"x").split(b"fooxbarxbaz"))
print(re.compile(b"x").split(bytearray(b"fooxbar")))
print(re.sub(b"[0-9]+", b"#", b"a1b22c333"))
print(re.findall(b"[a-c]", b"xaybzc"))
print(re.match(b"\xff+", b"\xff\xfe").group(0))
try:
    re.match(123, "a")
except TypeError:
    print("TypeError")
try:
    re.sub("(a)", r"b\12", "a")
except Exception as e:
    print("invalid group")
print(re.sub("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", r"\11\10", "abcdefghijk"))
