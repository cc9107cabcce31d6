# benign: a wrapped text summary from string.Template, number checks with numbers.Number
# writes:
import numbers
import string
import textwrap

template = string.Template("In $year the shop sold $units units across $regions regions, "
                           "with revenue of $revenue. The best region was $best.")
totals = sales.groupby("region")["revenue"].sum()
text = template.substitute(year=2025, units=int(sales["units"].sum()), regions=len(totals),
                           revenue=f"{totals.sum():,.0f}", best=totals.idxmax())
print(textwrap.fill(text, width=50))
print(all(isinstance(x, numbers.Number) for x in sales["units"].head()))
