# benign: keep going after a bad row, printing the traceback with the traceback module
# writes:
import traceback


def parse_price(value):
    return float(value)


bad = 0
for value in ["1.5", "n/a", "2.25"]:
    try:
        parse_price(value)
    except ValueError:
        bad += 1
        text = traceback.format_exc()
print(bad, text.strip().splitlines()[-1])
try:
    sales["no_such_column"]
except KeyError as error:
    traceback.print_exception(type(error), error, None, limit=1)
