# benign: progress messages through the logging module (basicConfig, a named logger, levels)
# writes:
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("analysis")
log.info("loaded %d rows", len(sales))
clean = sales.dropna(subset=["revenue"])
log.warning("dropped %d rows without revenue", len(sales) - len(clean))
log.debug("not shown")
print(clean["revenue"].describe().round(1))
