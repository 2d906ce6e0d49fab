def sub_func():
    return 'sub_func result'
SUB_CONST = 7
