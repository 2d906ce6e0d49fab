# a2b_base64 skips bytes outside the alphabet, ignores '=' before two data characters
# of a group, stops at a completed pad and rejects a group left incomplete.
import binascii

for data in (b"Zm9v\r\n", b"Zm*9v", b"Zg==", b"Zg==Zm9v", b"Zm9v===YmFy", b"=Zm9v",
             b"Zm8=", b"Zm8", b"Zm9vY", b"ab=cdef=", b"Zm9vYmFy==", b""):
    try:
        print(data, binascii.a2b_base64(data))
    except ValueError:
        print(data, "ValueError")
