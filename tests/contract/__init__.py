"""Contract tests: every operation of the spec, through the generated client, against Prism."""
