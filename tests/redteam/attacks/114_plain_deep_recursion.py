# attack: unbounded plain recursion; must end as an error, never take the app down
# expect: error
# check: survivor


def descend(level):
    return descend(level + 1) + 1


descend(0)
