def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError('insufficient')
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
dep(50)
wd(30)
print(get())
try:
    wd(1000)
except ValueError as e:
    print('ValueError', e)
dep2, _, get2 = make_account(0)
dep2(1)
print(get(), get2())
