# attack: socket.socket found through __subclasses__ connects without importing anything
# expect: rejected denied error crashed
# check: port
import pandas  # noqa: F401  (loads socket)

sock_cls = [c for c in object.__subclasses__() if c.__name__ == "socket" and c.__module__ == "_socket"][0]
for c in sock_cls.__subclasses__():
    if c.__module__ == "socket":
        sock_cls = c
s = sock_cls(2, 1)  # AF_INET, SOCK_STREAM
s.connect(("127.0.0.1", {PORT}))
s.send(b"hello")
