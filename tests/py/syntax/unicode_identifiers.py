café = 'coffee'
π = 3.14
日本 = 'japan'
print(café, π, 日本)
def naïve(ñ):
    return ñ * 2
print(naïve(21))
