# A pystone-like integer benchmark: records, procedures, string compare, globals and lists
# in the style of the classic Dhrystone loop (written from the idea, not the original code).

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = range(1, 6)


class Record:
    def __init__(self, next_rec=None, discr=0, enum=0, int_comp=0, str_comp=''):
        self.next_rec = next_rec
        self.discr = discr
        self.enum = enum
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.next_rec, self.discr, self.enum, self.int_comp, self.str_comp)


int_glob = 0
bool_glob = False
char1_glob = 'A'
char2_glob = 'B'
arr1 = [0] * 51
arr2 = [[0] * 51 for _ in range(51)]
ptr_glob = None


def proc_func1(a, b):
    return IDENT1 if a != b else IDENT2


def proc_func2(s1, s2):
    int_loc = 1
    char_loc = 'A'
    while int_loc <= 1:
        if proc_func1(s1[int_loc], s2[int_loc + 1]) == IDENT1:
            char_loc = 'A'
            int_loc += 1
    if 'W' <= char_loc <= 'Z':
        int_loc = 7
    if char_loc == 'X':
        return True
    return s1 > s2


def proc7(a, b):
    return a + b + 2


def proc8(a1, a2, i1, i2):
    global int_glob
    loc = i1 + 5
    a1[loc] = i2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        a2[loc][idx] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    int_glob = 5


def proc3(rec):
    global ptr_glob
    if rec is not None:
        ptr_glob.int_comp = proc7(10, int_glob)
    return ptr_glob.next_rec


def proc1(rec):
    nxt = rec.next_rec = ptr_glob.copy()
    rec.int_comp = 5
    nxt.int_comp = rec.int_comp
    nxt.next_rec = rec.next_rec
    nxt.next_rec = proc3(nxt.next_rec)
    if nxt.discr == IDENT1:
        nxt.int_comp = 6
        nxt.int_comp = proc7(nxt.int_comp, 10)
    else:
        rec.str_comp = nxt.str_comp
    return rec


def main(loops):
    global ptr_glob, int_glob, bool_glob, char2_glob
    ptr_glob = Record(Record(), IDENT1, IDENT3, 40, 'DHRYSTONE PROGRAM, SOME STRING')
    str1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    str2 = "DHRYSTONE PROGRAM, 2'ND STRING"
    arr2[8][7] = 10
    check = 0
    for i in range(loops):
        int1 = 2
        int2 = 3
        bool_glob = not proc_func2(str1, str2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc7(int1, int2)
            int1 += 1
        proc8(arr1, arr2, int1, int3)
        proc1(ptr_glob)
        for ch in ('A', 'B', 'C'):
            if proc_func1(ch, 'C') == IDENT2:
                char2_glob = ch
        int2 = int2 * int1
        int1 = int2 // int3
        int2 = 7 * (int2 - int3) - int1
        check = (check + int1 + int2 + int3 + ptr_glob.int_comp + int_glob) % 1000003
    return check, arr1[8], arr2[8][7] > 0, char2_glob


print(main(400000))
