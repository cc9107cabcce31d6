# benign: a small class whose __repr__ uses self.__class__.__name__, inspected with vars() and __dict__
# writes:
class Metric:
    def __init__(self, name, value, unit=""):
        self.name = name
        self.value = value
        self.unit = unit

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name}={self.value:,.2f}{self.unit})"


class Share(Metric):
    pass


metrics = [Metric("revenue", float(sales["revenue"].sum()), " EUR"),
           Share("online", float((sales["channel"] == "online").mean()))]
print(metrics)
print(vars(metrics[0]))
print(metrics[1].__dict__["name"], type(metrics[1]).__name__, isinstance(metrics[1], Metric))
