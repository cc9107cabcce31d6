# attack: statsmodels save_pickle writes outside the zones
# expect: rejected denied error
# check: canary
from statsmodels.iolib.smpickle import save_pickle

save_pickle({"model": 1}, "{CANARY_DIR}/model.pkl")
