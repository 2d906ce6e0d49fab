# str.format: 'c' is an integer presentation (right-aligned by default, no sign/#/grouping);
# strings reject sign, '#', '=' alignment and grouping; a conversion is one character.
print(repr("{:4c}".format(48)), repr("{:<4c}".format(65)), repr("{:^5c}".format(66)))
print(repr("{:05c}".format(67)), repr("{:*>3c}".format(0x263A)))
print(repr(format(97, "c")), repr(f"{98:3c}"))
cases = (
    ("{:+c}", 65), ("{:-c}", 65), ("{: c}", 65), ("{:#c}", 65), ("{:,c}", 65),
    ("{:+s}", "x"), ("{:-s}", "x"), ("{: s}", "x"), ("{:#s}", "x"), ("{:=5s}", "x"), ("{:,s}", "x"),
    ("{:s}", 1), ("{!s :}", 2), ("{0!r x}", 3), ("{!rr}", 4),
)
for fmt, arg in cases:
    try:
        print(fmt, repr(fmt.format(arg)))
    except ValueError as e:
        print(fmt, "ValueError:", e)
# the same specs stay valid where allowed
print(repr("{:-d}".format(5)), repr("{:+d}".format(5)), repr("{!r:>6}".format("a")), repr("{0!s:}".format(7)))
