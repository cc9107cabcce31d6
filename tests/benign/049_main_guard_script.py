# benign: a script-style answer: functions and an `if __name__ == "__main__":` block that runs them
# writes: top_products.csv
import argparse


def top_products(frame, n):
    return frame.groupby("product")["revenue"].sum().nlargest(n)


def main(n=3):
    result = top_products(sales, n)
    result.to_csv("top_products.csv")
    print(result.round(2))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="top products")
    parser.add_argument("--n", type=int, default=3)
    args = parser.parse_args([])
    main(args.n)
