import select, sys
p = select.poll()
p.register(sys.stdin, select.POLLIN)
p.modify(sys.stdin, select.POLLIN) if hasattr(p, 'modify') else None
p.unregister(sys.stdin)
print(type(select.POLLIN).__name__, select.POLLIN != select.POLLOUT)
print(p.poll(0))
