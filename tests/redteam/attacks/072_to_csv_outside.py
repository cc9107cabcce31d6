# attack: DataFrame.to_csv to an absolute path outside the output folder
# expect: rejected denied error
# check: canary
d.to_csv("{CANARY_DIR}/export.csv")
