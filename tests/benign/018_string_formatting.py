# benign: string formatting: str.format with thousands separators, f-strings, textwrap, string constants
# writes:
import string
import textwrap

total = sales["revenue"].sum()
print("Total revenue: {:,.2f}".format(total))
print(f"Average order: {sales['revenue'].mean():>12,.2f} | units {sales['units'].sum():_d}")
print("{region:<8}|{target:>10,}".format(region="North", target=400000))
print("{0:.1%} of rows have a price".format(sales["unit_price"].notna().mean()))
report = " ".join(f"{r} made {v:,.0f}." for r, v in sales.groupby("region")["revenue"].sum().items())
print(textwrap.fill(report, width=40))
print(textwrap.dedent("""
    indented
      text
"""))
print(string.ascii_uppercase[:5], string.Template("Hello $name").substitute(name="analyst"))
