"""Transport, token manager and pagination: the code that does I/O."""
