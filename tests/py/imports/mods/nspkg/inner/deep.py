from ..leaf import twice

DOUBLE = twice(21)
