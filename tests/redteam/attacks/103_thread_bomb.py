# attack: thread bomb: 100000 sleeping daemon threads through the threading module from sys.modules
# expect: rejected denied error crashed timeout memory
# check: survivor
import collections

threading = collections._sys.modules["threading"]
sleep = collections._sys.modules["time"].sleep
threads = []
for _ in range(100000):
    t = threading.Thread(target=sleep, args=(60,), daemon=True)
    t.start()
    threads.append(t)
print(len(threads), "threads")
