# attack: import scipy._lib._testutils (allowed by the scipy prefix); its os makes a FIFO outside and touches a file
# expect: rejected denied error
# check: canary
import scipy._lib._testutils as tu

tu.os.mkfifo("{CANARY_DIR}/pipe")
tu.os.utime("{CANARY_DIR}/keep.txt")
