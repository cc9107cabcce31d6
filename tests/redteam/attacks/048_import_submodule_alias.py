# attack: import a submodule of an allowed package under a harmless alias and peel os off it in steps
# expect: rejected denied error
# check: canary
import numpy.lib.npyio as reader

helper = reader.os
unlink = helper.unlink
unlink("{CANARY_DIR}/keep.txt")
