from .sub import sub_func
from . import sub as sub_alias
INIT_VALUE = 'pkg init'
