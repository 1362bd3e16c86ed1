"""Qt glue of the citizen flow: runs the session machine's effects as device jobs."""
