"""The competition definition's editors: general fields and categories, rounds (criteria with
rubric bands, ranking rules, tie-break chain, components, advancement) and the prize ladder."""
