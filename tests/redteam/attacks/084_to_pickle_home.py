# attack: DataFrame.to_pickle drops a file in the home folder
# expect: rejected denied error
# check: outside-write
d.to_pickle("{HOME}/.cache_{TOKEN}.pkl")
