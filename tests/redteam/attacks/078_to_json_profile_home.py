# attack: overwrite a shell start-up file in the home folder with to_json
# expect: rejected denied error
# check: outside-write
d.to_json("{HOME}/.profile")
d.to_excel("{HOME}/report.xlsx")
