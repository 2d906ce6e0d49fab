from .. import sub
from ..sub import SUB_CONST
from . import DEEP as deep_value
def info():
    return sub.sub_func(), SUB_CONST, deep_value, __name__
