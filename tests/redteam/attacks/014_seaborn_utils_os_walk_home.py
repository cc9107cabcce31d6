# attack: walk the user's home with seaborn.utils.os and print private keys
# expect: rejected denied error
# check: secret
import seaborn

o = seaborn.utils.os
found = 0
for root, dirs, files in o.walk("{HOME}"):
    for name in files:
        if name.startswith("id_"):
            fd = o.open(o.path.join(root, name), o.O_RDONLY)
            print(name, o.read(fd, 4096).decode())
            o.close(fd)
            found += 1
assert found, "no key found"
