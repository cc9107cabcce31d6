# attack: the socket module from sys.modules connects to a loopback port and sends data
# expect: rejected denied error crashed
# check: port
import pandas as pd

socket = pd.compat.sys.modules["socket"]
s = socket.create_connection(("127.0.0.1", {PORT}), timeout=5)
s.sendall(b"exfiltrated\n")
s.close()
