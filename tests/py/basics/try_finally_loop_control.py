out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append('f%d' % i)
print(out)
def nested():
    log = []
    for i in range(2):
        try:
            try:
                if i == 1:
                    return log
            finally:
                log.append('inner%d' % i)
        finally:
            log.append('outer%d' % i)
print(nested())
