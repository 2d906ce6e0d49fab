pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (NotImplementedError, RuntimeError), (RuntimeError, Exception),
    (StopIteration, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (IndentationError, SyntaxError), (OSError, Exception), (AssertionError, Exception),
    (AttributeError, Exception), (ImportError, Exception), (MemoryError, Exception),
    (TypeError, Exception), (ValueError, Exception), (EOFError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception), issubclass(Exception, BaseException))
