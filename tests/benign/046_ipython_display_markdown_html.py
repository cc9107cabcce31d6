# benign: from IPython.display import display, Markdown, HTML, Image, as a notebook would
# writes:
from IPython.display import HTML, Image, Markdown, display

total = sales["revenue"].sum()
display(Markdown(f"**Total revenue:** {total:,.0f}"))
display(HTML(sales.groupby("region")["units"].sum().to_frame().to_html()))
display(Image(filename="chart.png"))
