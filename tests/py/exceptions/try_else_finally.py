def run(x):
    log = []
    try:
        log.append('try')
        if x == 'raise':
            raise RuntimeError
    except RuntimeError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
def else_raises():
    try:
        pass
    except ValueError:
        return 'caught'
    else:
        raise ValueError('from else')
try:
    else_raises()
except ValueError as e:
    print('else exc escapes', e)
