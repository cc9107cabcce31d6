"""The worker's in-process policy layers: the static check before a cell runs and the restricted
runtime while it runs. Neither is the security boundary (the kernel layers are); they give early,
exact, readable refusals and must still hold on their own as far as they reach."""
