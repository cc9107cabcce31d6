# attack: json.decoder.re.enum.sys.modules['shutil'] moves a file outside the zones
# expect: rejected denied error
# check: canary
import json

shutil = json.decoder.re.enum.sys.modules["shutil"]
shutil.move("{CANARY_DIR}/keep.txt", "stolen_keep.txt")
