# benign: an Enum of channels, an abstract metric class, contextlib.suppress for optional steps
# writes:
import contextlib
from abc import ABC, abstractmethod
from enum import Enum


class Channel(Enum):
    ONLINE = "online"
    STORE = "store"
    PARTNER = "partner"


class Metric(ABC):
    @abstractmethod
    def compute(self, frame): ...


class Revenue(Metric):
    def compute(self, frame):
        return round(float(frame["revenue"].sum()), 2)


for channel in Channel:
    print(channel.name, Revenue().compute(sales[sales["channel"] == channel.value]))
with contextlib.suppress(KeyError):
    sales["discount"]
print("done")
