"""Stage 4: attribution — what each quantity measures, for whom, when, and whether it happened."""
