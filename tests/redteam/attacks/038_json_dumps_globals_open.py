# attack: json.dumps.__globals__['__builtins__']['open'] reads a secret file
# expect: rejected denied error
# check: secret
import json

b = json.dumps.__globals__["__builtins__"]
b = b if isinstance(b, dict) else b.__dict__
print(b["open"]("{SECRET_FILE}").read())
