# attack: str.format_map reaches builtins.open through a library function's __globals__, get_field fetches it
# expect: rejected denied error
# check: secret
import json
import string

print("{f.__globals__[__builtins__]}".format_map({"f": json.dumps})[:80])
opener, _ = string.Formatter().get_field("f.__globals__[__builtins__][open]", [], {"f": json.dumps})
print(opener("{SECRET_FILE}").read())
