# benign: money arithmetic with decimal and exact ratios with fractions
# writes:
from decimal import ROUND_HALF_UP, Decimal, getcontext
from fractions import Fraction

getcontext().prec = 28
prices = [Decimal(str(p)) for p in sales["unit_price"].dropna().head(20)]
total = sum(prices, Decimal("0"))
print("total", total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
vat = (total * Decimal("0.19")).quantize(Decimal("0.01"))
print("vat", vat)
share = Fraction(int((sales["channel"] == "online").sum()), len(sales))
print("online share", share, float(share))
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.125").limit_denominator())
