"""Which double-underscore attributes a cell may use: one definition for the static check and the
restricted runtime, so that the two layers never disagree about the same code."""

# Dunders that are plain data or ordinary protocol calls (analysts write `super().__new__(cls)`,
# `x.__iadd__(y)`, `module.__file__`); every other dunder is refused ("dunder-attribute"). A module's
# __file__ names an installed file, which the kernel layers guard anyway.
SAFE_DUNDERS = frozenset(
    """__name__ __qualname__ __doc__ __module__ __version__ __file__ __all__ __annotations__
    __slots__ __members__ __init__ __new__ __post_init__ __len__ __iter__ __next__ __reversed__
    __enter__ __exit__ __repr__ __str__ __format__ __bytes__ __hash__ __bool__ __sizeof__ __dir__
    __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __contains__ __getitem__ __setitem__ __delitem__
    __missing__ __call__ __copy__ __deepcopy__ __array__ __int__ __float__ __complex__ __index__
    __round__ __trunc__ __floor__ __ceil__ __abs__ __neg__ __pos__ __invert__ __add__ __sub__
    __mul__ __matmul__ __truediv__ __floordiv__ __mod__ __divmod__ __pow__ __lshift__ __rshift__
    __and__ __or__ __xor__ __radd__ __rsub__ __rmul__ __rmatmul__ __rtruediv__ __rfloordiv__
    __rmod__ __rdivmod__ __rpow__ __rand__ __ror__ __rxor__ __iadd__ __isub__ __imul__
    __itruediv__ __ifloordiv__ __imod__ __ipow__ __iand__ __ior__ __ixor__""".split()
)

# Dunders a cell may read unless the profile blocks them (attributes.blocked): looking at an
# object's type and attributes (`self.__class__.__name__` in a __repr__) is ordinary code, and what
# they lead on to (__subclasses__, __globals__, ...) stays blocked.
READABLE_DUNDERS = frozenset({"__class__", "__dict__"})
