"""The policy a profile file describes (resources/profiles/*.json), as the worker applies it.

The app validates profile files (unknown keys, bad values) before a worker ever sees them; this
class still refuses what it cannot use, so a bad message cannot loosen the policy silently."""

from dataclasses import dataclass, field


class ProfileError(ValueError):
    pass


def _names(section, key, value):
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ProfileError(f"{section}.{key} must be a list of non-empty strings")
    return frozenset(value)


@dataclass(frozen=True)
class Policy:
    name: str = "default"
    allowed_imports: frozenset = field(default_factory=frozenset)
    review_imports: frozenset = field(default_factory=frozenset)
    blocked_builtins: frozenset = field(default_factory=frozenset)
    blocked_attributes: frozenset = field(default_factory=frozenset)
    write_output: bool = True
    limits: dict = field(default_factory=dict)
    review_triggers: frozenset = field(default_factory=frozenset)

    @classmethod
    def from_dict(cls, profile):
        if not isinstance(profile, dict):
            raise ProfileError("a profile must be a JSON object")
        imports = profile.get("imports", {})
        return cls(
            name=str(profile.get("name", "unnamed")),
            allowed_imports=_names("imports", "allow", imports.get("allow", [])),
            review_imports=_names("imports", "review", imports.get("review", [])),
            blocked_builtins=_names("builtins", "blocked", profile.get("builtins", {}).get("blocked", [])),
            blocked_attributes=_names(
                "attributes", "blocked", profile.get("attributes", {}).get("blocked", [])
            ),
            write_output=bool(profile.get("files", {}).get("write_output", True)),
            limits=dict(profile.get("limits", {})),
            review_triggers=_names("review", "triggers", profile.get("review", {}).get("triggers", [])),
        )

    @staticmethod
    def _covered(dotted, names):
        """True when the module or one of its parent packages is listed ("pandas" covers
        "pandas.io.common")."""
        parts = dotted.split(".")
        return any(".".join(parts[:i]) in names for i in range(1, len(parts) + 1))

    def import_allowed(self, dotted):
        return self._covered(dotted, self.allowed_imports)

    def import_needs_review(self, dotted):
        return not self.import_allowed(dotted) and self._covered(dotted, self.review_imports)
