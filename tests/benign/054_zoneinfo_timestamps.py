# benign: time zones with zoneinfo and pandas tz_localize/tz_convert
# writes:
from datetime import datetime
from zoneinfo import ZoneInfo

import pandas as pd

stamp = datetime(2025, 3, 30, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
print(stamp.isoformat(), stamp.astimezone(ZoneInfo("UTC")).hour)
times = pd.to_datetime(sales["date"]).dt.tz_localize("UTC").dt.tz_convert("America/New_York")
print(times.iloc[0])
